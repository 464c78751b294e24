"""Received submission packages (the department's workspace).

Which units sent their package, and replacing a unit's year with a newer
package in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ..domain.activity import Activity
from ..domain.plan import Unit, takes_part
from ..domain.text import Message, template
from .columns import now_iso
from .errors import WorkspaceError
from .repository import Repository

# Received packages are kept under the workspace's folder, by year, named by
# their checksum.
RECEIVED_DIR = "goi-da-nhan"
SAME_ACTIVITIES = template(
    "có {count} hoạt động trùng nhau (cùng ngày, chỉ tiêu, tiêu đề và đường dẫn)"
)
NO_SUCH_PACKAGE = template("Không có gói này trong dữ liệu tổng hợp.")


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
    # The report PDF's digital signatures on receipt: a state of
    # desktop.signing.verify ("hop-le", "bi-sua", "khong-tin-cay", "chua-ky";
    # "" when not checked) and the line shown ("Đã ký: … — hợp lệ").
    signature_state: str = ""
    signature_text: str = ""


@dataclass(frozen=True)
class ExpectedUnit:
    """One row of the submissions view."""

    unit: Unit
    expected: bool
    submission: Submission | None  # the package in use
    first_received: date | None  # when the unit first sent a package of the year
    activities: int
    # When the unit made the first package it sent of the year (the
    # package's own creation time): what lateness is judged by.
    first_created: date | None = None


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
        signature_state=r["signature_state"],
        signature_text=r["signature_text"],
    )


class SubmissionsRepository(Repository):
    """`ws.submissions`: the submissions table, and storing a received package."""

    def find_by_sha(self, sha256: str) -> Submission | None:
        row = self.conn.execute(
            "SELECT * FROM submissions WHERE package_sha256 = ? ORDER BY id LIMIT 1", (sha256,)
        ).fetchone()
        return _submission(row) if row else None

    def current(self, unit_id: int, year: int) -> Submission | None:
        row = self.conn.execute(
            "SELECT * FROM submissions WHERE unit_id = ? AND year = ? AND current = 1",
            (unit_id, year),
        ).fetchone()
        return _submission(row) if row else None

    def history(self, year: int, unit_id: int | None = None) -> list[Submission]:
        """Every package received for a year (history included), newest first."""
        sql = "SELECT * FROM submissions WHERE year = ?"
        params: list = [year]
        if unit_id is not None:
            sql += " AND unit_id = ?"
            params.append(unit_id)
        return [
            _submission(r)
            for r in self.conn.execute(sql + " ORDER BY created_at DESC, id DESC", params)
        ]

    def unit_for_package(self, unit: Unit) -> Unit:
        """The workspace's unit with the package unit's name (accent- and
        case-insensitive), or the package's unit added (not yet saved: id None)."""
        existing = self.ws.units.by_name(unit.name)
        return existing if existing is not None else replace(unit, id=None, consolidator=False)

    def store_package(
        self,
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
        signature: tuple[str, str] = ("", ""),
        backup: bool = True,
    ) -> int:
        """Record a received package in one transaction (after a backup: it
        is an import). When `make_current`, the unit's activities and report
        texts of the year are replaced by the package's, and earlier packages
        become history. `signature`: the report's signature state and line.
        `backup` False: the caller made the safety backup already.
        Returns the unit id."""
        ws = self.ws
        with ws.import_transaction() if backup else ws.transaction():
            unit_id = unit.id if unit.id is not None else ws.units.put(unit)
            if make_current:
                self._replace_year(unit_id, year, activities, texts)
            self.conn.execute(
                "INSERT INTO submissions(unit_id, year, package_sha256, created_at, received_at, "
                "app_version, schema_version, stored_path, current, signature_state, "
                "signature_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    signature[0],
                    signature[1],
                ),
            )
        return unit_id

    def _replace_year(
        self, unit_id: int, year: int, activities: list[Activity], texts: dict[str, str]
    ) -> None:
        """The unit's year becomes a package's, in the caller's transaction;
        every package of it becomes history."""
        ws = self.ws
        self.conn.execute(
            "UPDATE submissions SET current = 0 WHERE unit_id = ? AND year = ?", (unit_id, year)
        )
        ws.activities.delete_year(unit_id, year)
        # A copied activity keeps its identity only once in the department's workspace.
        taken = ws.activities.uids_in_use([a.uid for a in activities if a.uid])
        fresh = [replace(a, uid=None) if a.uid in taken else a for a in activities]
        _, skipped = ws.activities.insert_many(fresh, unit_id)
        if skipped:
            raise WorkspaceError(Message(SAME_ACTIVITIES, count=str(skipped)))
        ws.texts.delete_year(unit_id, year)
        ws.texts.set_report_texts(unit_id, year, texts)

    def make_current(
        self, submission_id: int, activities: list[Activity], texts: dict[str, str]
    ) -> None:
        """The department's choice: the received package `submission_id` (its
        `activities` and `texts` read again from its kept copy) becomes the
        one in use for its unit's year, in one transaction after a backup."""
        row = self.conn.execute(
            "SELECT unit_id, year FROM submissions WHERE id = ?", (submission_id,)
        ).fetchone()
        if row is None:
            raise WorkspaceError(Message(NO_SUCH_PACKAGE))
        with self.ws.import_transaction():
            self._replace_year(row[0], row[1], activities, texts)
            self.conn.execute("UPDATE submissions SET current = 1 WHERE id = ?", (submission_id,))

    def expected_units(self, year: int, counts: bool = True) -> list[ExpectedUnit]:
        """Every unit except the department itself, whether it must report
        (`expected`: ticked by hand for the year, else the rule), and its package of the year in use (None: not
        yet received). Without `counts` the activities are not counted (0)."""
        self_unit = self.ws.units.self_unit()
        rows = (
            self.conn.execute(
                "SELECT u.id, u.expected, count(a.id) FROM units u LEFT JOIN activities a "
                "ON a.unit_id = u.id AND a.year = ? GROUP BY u.id ORDER BY u.id",
                (year,),
            ).fetchall()
            if counts
            else self.conn.execute("SELECT id, expected, 0 FROM units ORDER BY id").fetchall()
        )
        current = {
            s.unit_id: s
            for s in (
                _submission(r)
                for r in self.conn.execute(
                    "SELECT * FROM submissions WHERE year = ? AND current = 1", (year,)
                )
            )
        }
        first, made = {}, {}
        for r in self.conn.execute(
            "SELECT unit_id, min(received_at), min(created_at) FROM submissions "
            "WHERE year = ? GROUP BY unit_id",
            (year,),
        ):
            first[r[0]] = datetime.fromisoformat(r[1]).date()
            made[r[0]] = datetime.fromisoformat(r[2]).date()
        units = {u.id: u for u in self.ws.units.all()}
        # A unit renamed or merged by the year's end no longer reports (its
        # successor reports the whole year, the predecessor's figures before
        # the date included: figures.consolidated_view); nor does one that
        # has no part in the year's plan.
        plan = self.ws.plans.get(year)
        gone = {s.predecessor for s in self.ws.units.lineage() if s.effective <= date(year, 12, 31)}
        later = self.ws.figures.year_line(year).later
        ticked = self.ws.units.expected_in(year)
        result = []
        for unit_id, expected, count in rows:
            if self_unit is not None and unit_id == self_unit.id:
                continue
            unit = units[unit_id]
            must = ticked.get(unit_id)
            if must is None:
                must = bool(expected) and unit.name not in gone and takes_part(unit, plan)
                # A unit made by a merger after the year did not exist in it.
                must = must and not (unit_id in later and not count and unit_id not in current)
            sub = current.get(unit_id)
            result.append(
                ExpectedUnit(unit, must, sub, first.get(unit_id), count, made.get(unit_id))
            )
        return result
