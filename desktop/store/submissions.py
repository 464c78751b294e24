"""Received submission packages and the consolidated figures of a year.

Queries and writes for the department's workspace: which units sent their
package, replacing a unit's year with a newer package in one transaction,
and the per-unit tallies the consolidated progress is built from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ..domain.activity import Activity
from ..domain.consolidation import consolidated_progress
from ..domain.plan import Unit
from ..domain.progress import ProgressRow, Tally, default_on
from .errors import WorkspaceError
from .workspace import Workspace, now_iso


@dataclass(frozen=True)
class Submission:
    id: int
    unit_id: int
    year: int
    package_sha256: str
    created_at: datetime
    received_at: datetime
    app_version: str
    schema_version: int
    stored_path: str
    current: bool


@dataclass(frozen=True)
class ExpectedUnit:
    """One row of the submissions view."""

    unit: Unit
    expected: bool
    submission: Submission | None  # the package in use
    first_received: date | None  # when the unit first sent a package of the year
    activities: int


def _submission(r) -> Submission:
    return Submission(
        id=r["id"],
        unit_id=r["unit_id"],
        year=r["year"],
        package_sha256=r["package_sha256"],
        created_at=datetime.fromisoformat(r["created_at"]),
        received_at=datetime.fromisoformat(r["received_at"]),
        app_version=r["app_version"],
        schema_version=r["schema_version"],
        stored_path=r["stored_path"],
        current=bool(r["current"]),
    )


def find_by_sha(ws: Workspace, sha256: str) -> Submission | None:
    row = ws.conn.execute(
        "SELECT * FROM submissions WHERE package_sha256 = ? ORDER BY id LIMIT 1", (sha256,)
    ).fetchone()
    return _submission(row) if row else None


def current_submission(ws: Workspace, unit_id: int, year: int) -> Submission | None:
    row = ws.conn.execute(
        "SELECT * FROM submissions WHERE unit_id = ? AND year = ? AND current = 1",
        (unit_id, year),
    ).fetchone()
    return _submission(row) if row else None


def submissions(ws: Workspace, year: int, unit_id: int | None = None) -> list[Submission]:
    """Every package received for a year (history included), newest first."""
    sql = "SELECT * FROM submissions WHERE year = ?"
    params: list = [year]
    if unit_id is not None:
        sql += " AND unit_id = ?"
        params.append(unit_id)
    return [
        _submission(r) for r in ws.conn.execute(sql + " ORDER BY created_at DESC, id DESC", params)
    ]


def unit_for_package(ws: Workspace, unit: Unit) -> Unit:
    """The workspace's unit with the package unit's name (accent- and
    case-insensitive), or the package's unit added (not yet saved: id None)."""
    existing = ws.unit_by_name(unit.name)
    return existing if existing is not None else replace(unit, id=None, consolidator=False)


def store_package(
    ws: Workspace,
    unit: Unit,
    year: int,
    *,
    sha256: str,
    created_at: datetime,
    app_version: str,
    schema_version: int,
    stored_path: str,
    activities: list[Activity],
    texts: dict[str, str],
    make_current: bool,
    received_at: datetime | None = None,
) -> int:
    """Record a received package in one transaction. When `make_current`,
    the unit's activities and report texts of the year are replaced by the
    package's, and earlier packages become history. Returns the unit id."""
    with ws.import_transaction():
        unit_id = unit.id if unit.id is not None else ws._save_unit(unit)
        if make_current:
            ws.conn.execute(
                "UPDATE submissions SET current = 0 WHERE unit_id = ? AND year = ?", (unit_id, year)
            )
            ws.conn.execute(
                "DELETE FROM activities WHERE unit_id = ? AND year = ?", (unit_id, year)
            )
            taken = _uids_in_use(ws, [a.uid for a in activities if a.uid])
            fresh = [replace(a, uid=None) if a.uid in taken else a for a in activities]
            _, skipped = ws.insert_activities(fresh, unit_id)
            if skipped:
                raise WorkspaceError(
                    f"có {skipped} hoạt động trùng nhau (cùng ngày, chỉ tiêu, tiêu đề và đường dẫn)"
                )
            ws.conn.execute(
                "DELETE FROM report_texts WHERE unit_id = ? AND year = ?", (unit_id, year)
            )
            ws.set_report_texts(unit_id, year, texts)
        ws.conn.execute(
            "INSERT INTO submissions(unit_id, year, package_sha256, created_at, received_at, "
            "app_version, schema_version, stored_path, current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                unit_id,
                year,
                sha256,
                created_at.isoformat(timespec="microseconds"),
                received_at.isoformat(timespec="seconds") if received_at else now_iso(),
                app_version,
                schema_version,
                stored_path,
                int(make_current),
            ),
        )
    return unit_id


def _uids_in_use(ws: Workspace, uids: list[str]) -> set[str]:
    """uids already held by another unit's activities: a copied activity
    keeps its identity only once in the department's workspace."""
    taken: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        taken.update(
            r[0]
            for r in ws.conn.execute(f"SELECT uid FROM activities WHERE uid IN ({marks})", chunk)
        )
    return taken


def expected_units(ws: Workspace, year: int) -> list[ExpectedUnit]:
    """Every unit except the department itself, whether it must report
    (`expected`, editable), and its package of the year in use (None: not
    yet received)."""
    self_unit = ws.self_unit()
    rows = ws.conn.execute(
        "SELECT u.id, u.expected, count(a.id) FROM units u "
        "LEFT JOIN activities a ON a.unit_id = u.id AND a.year = ? GROUP BY u.id ORDER BY u.id",
        (year,),
    ).fetchall()
    current = {
        s.unit_id: s
        for s in (
            _submission(r)
            for r in ws.conn.execute(
                "SELECT * FROM submissions WHERE year = ? AND current = 1", (year,)
            )
        )
    }
    first = {
        r[0]: datetime.fromisoformat(r[1]).date()
        for r in ws.conn.execute(
            "SELECT unit_id, min(received_at) FROM submissions WHERE year = ? GROUP BY unit_id",
            (year,),
        )
    }
    units = {u.id: u for u in ws.units()}
    result = []
    for unit_id, expected, count in rows:
        if self_unit is not None and unit_id == self_unit.id:
            continue
        sub = current.get(unit_id)
        result.append(ExpectedUnit(units[unit_id], bool(expected), sub, first.get(unit_id), count))
    return result


def all_units_expected(ws: Workspace) -> dict[int, bool]:
    return {r[0]: bool(r[1]) for r in ws.conn.execute("SELECT id, expected FROM units")}


def set_unit_expected(ws: Workspace, unit_id: int, expected: bool) -> None:
    with ws.transaction():
        ws.conn.execute("UPDATE units SET expected = ? WHERE id = ?", (int(expected), unit_id))


def set_report_deadline(ws: Workspace, year: int, deadline: date | None) -> None:
    with ws.transaction():
        ws.conn.execute(
            "UPDATE plans SET report_deadline = ? WHERE year = ?",
            (deadline.isoformat() if deadline else None, year),
        )


def unit_target_tallies(ws: Workspace, year: int, on: date) -> dict[tuple[int, str | None], Tally]:
    """(unit id, target code) -> what the unit recorded up to `on`: the one
    query behind the consolidated progress. It reads only the covering index
    (schema v4); the due dates of targets that end before `on` are inlined
    rather than joined, for speed."""
    plan = ws.plan(year)
    ended = [
        (t.code, t.due_end.isoformat()) for t in (plan.targets if plan else []) if t.due_end < on
    ]
    if ended:
        cases = " ".join("WHEN ? THEN ?" for _ in ended)
        on_time = f"sum(CASE WHEN date <= CASE target_code {cases} ELSE '9999-12-31' END THEN quantity ELSE 0 END)"
    else:
        on_time = "sum(quantity)"
    rows = ws.conn.execute(
        f"SELECT unit_id, target_code, sum(quantity), {on_time}, sum(cost), count(*) "
        "FROM activities WHERE year = ? AND date <= ? GROUP BY unit_id, target_code",
        [*(v for pair in ended for v in pair), year, on.isoformat()],
    ).fetchall()
    return {(r[0], r[1]): Tally(total=r[2], on_time=r[3], cost=r[4], count=r[5]) for r in rows}


def attachment_files(ws: Workspace, unit_id: int, year: int) -> list[tuple[str, str, Path]]:
    """(activity uid, file name, path on disk) of the year's attachments."""
    rows = ws.conn.execute(
        "SELECT a.uid, t.name, t.rel_path FROM attachments t JOIN activities a "
        "ON a.id = t.activity_id WHERE a.unit_id = ? AND a.year = ? ORDER BY a.date, t.id",
        (unit_id, year),
    ).fetchall()
    return [(uid, name, ws.files_dir / rel) for uid, name, rel in rows]


def taking_part(ws: Workspace, with_records: set[int]) -> list[Unit]:
    """Units whose figures make up the province's: those expected to
    report, the department itself and any unit with records (`with_records`)."""
    self_unit = ws.self_unit()
    expected = all_units_expected(ws)
    return [
        u
        for u in ws.units()
        if expected.get(u.id) or u.id in with_records or (self_unit and u.id == self_unit.id)
    ]


def consolidated(ws: Workspace, year: int, on: date | None = None) -> list[ProgressRow]:
    """The consolidated progress of a year (see domain.consolidation)."""
    on = on or default_on(year)
    plan = ws.plan_for(year)
    tallies = unit_target_tallies(ws, year, on)
    units = taking_part(ws, {unit_id for unit_id, _ in tallies})
    return consolidated_progress(plan, units, tallies, on)


def other_by_form_all(
    ws: Workspace, year: int, on: date | None = None
) -> list[tuple[str, int, int, int]]:
    """Activities outside numbered tasks of every unit: (form, records, quantity, cost)."""
    return ws.other_by_form(None, year, on)
