"""Received submission packages (the department's workspace).

Which units sent their package, and replacing a unit's year with a newer
package in one transaction.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from ..domain.activity import OUTSIDE_PERIOD, Activity
from ..domain.consolidation import sent_on as day_sent
from ..domain.package_days import Held, rewrites
from ..domain.period import CALENDAR, WINDOWS, year_period
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
    # The window of the package's own plan: the days it covers are the
    # year's period under it (packages received before it was kept: calendar).
    window: str = CALENDAR

    @property
    def period(self) -> tuple[date, date]:
        return year_period(self.year, self.window)


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

    @property
    def sent_on(self) -> date | None:
        """The day the unit's report counts as sent (domain.consolidation.sent_on)."""
        return day_sent(self.first_created, self.first_received)


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
        window=r["year_window"] if r["year_window"] in WINDOWS else CALENDAR,
    )


def _aware(d: datetime) -> datetime:
    return d if d.tzinfo else d.astimezone()


# Reads the activities of a received package in use again, from its kept copy.
ReadActivities = Callable[[Submission], list[Activity]]


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
        read_activities: ReadActivities,
        backup: bool = True,
        window: str = CALENDAR,
    ) -> int:
        """Record a received package in one transaction (after a backup: it
        is an import). When `make_current`, the unit's activities of the
        package's period (the year under its plan's `window`) and its report
        texts of the year are replaced by the package's, and earlier packages
        become history (see `_replace_year` for the days two years share).
        `signature`: the report's signature state and line.
        `backup` False: the caller made the safety backup already.
        Returns the unit id."""
        ws = self.ws
        with ws.import_transaction() if backup else ws.transaction():
            unit_id = unit.id if unit.id is not None else ws.units.put(unit)
            if make_current:
                incoming = Held((_aware(created_at), sys.maxsize), year_period(year, window))
                self._replace_year(unit_id, year, incoming, activities, texts, read_activities)
            self.conn.execute(
                "INSERT INTO submissions(unit_id, year, package_sha256, created_at, received_at, "
                "app_version, schema_version, stored_path, current, signature_state, "
                "signature_text, year_window) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    window,
                ),
            )
        return unit_id

    def _held(self, unit_id: int, year: int) -> list[Held]:
        """The unit's packages in use of the year and the years beside it
        (the only ones whose periods can share days with it)."""
        return [
            Held((_aware(s.created_at), s.id), s.period, s)
            for s in (
                _submission(r)
                for r in self.conn.execute(
                    "SELECT * FROM submissions WHERE unit_id = ? AND current = 1 "
                    "AND year BETWEEN ? AND ?",
                    (unit_id, year - 1, year + 1),
                )
            )
        ]

    def _replace_year(
        self,
        unit_id: int,
        year: int,
        incoming: Held,
        activities: list[Activity],
        texts: dict[str, str],
        read_activities: ReadActivities,
    ) -> None:
        """The unit's year becomes a package's (`incoming`: its rank and
        period), in the caller's transaction; every package of the year
        becomes history. The days of its period are the package's, except
        those a newer package in use of the year before or after also covers
        (a calendar year and a window share 15–31/12): they keep that one's
        activities. Days the year's package in use until now covered and
        another package now holds get that one's, read again from its copy
        (`read_activities`); days no package covers any more hold none."""
        ws = self.ws
        first, last = incoming.period
        outside = next((a for a in activities if not first <= a.date <= last), None)
        if outside is not None:
            raise WorkspaceError(
                Message(
                    OUTSIDE_PERIOD,
                    day=f"{outside.date:%d/%m/%Y}",
                    year=year,
                    first=f"{first:%d/%m/%Y}",
                    last=f"{last:%d/%m/%Y}",
                )
            )
        held = self._held(unit_id, year)
        replaced = [h for h in held if h.ref.year == year]
        others = [h for h in held if h.ref.year != year]
        self.conn.execute(
            "UPDATE submissions SET current = 0 WHERE unit_id = ? AND year = ?", (unit_id, year)
        )
        runs = rewrites(incoming, replaced, others)
        for first, last, _ in runs:
            self.conn.execute(
                "DELETE FROM activities WHERE unit_id = ? AND year IN (?, ?) "
                "AND date >= ? AND date <= ?",
                (unit_id, first.year, last.year, first.isoformat(), last.isoformat()),
            )
        kept = self._activities_of_runs(runs, incoming, activities, read_activities)
        # A copied activity keeps its identity only once in the department's workspace.
        taken = ws.activities.uids_in_use([a.uid for a in kept if a.uid])
        fresh = [replace(a, uid=None) if a.uid in taken else a for a in kept]
        _, skipped = ws.activities.insert_many(fresh, unit_id)
        if skipped:
            raise WorkspaceError(Message(SAME_ACTIVITIES, count=str(skipped)))
        ws.texts.delete_year(unit_id, year)
        ws.texts.set_report_texts(unit_id, year, texts)

    @staticmethod
    def _activities_of_runs(
        runs, incoming: Held, activities: list[Activity], read_activities: ReadActivities
    ) -> list[Activity]:
        """The activities the rewritten days hold: each run's from its package."""
        kept: list[Activity] = []
        for source in {id(h): h for _, _, h in runs if h is not None}.values():
            spans = [(a, b) for a, b, h in runs if h is source]
            found = activities if source is incoming else read_activities(source.ref)
            if len(spans) == 1 and spans[0] == source.period:
                kept.extend(found)
            else:
                kept.extend(a for a in found if any(f <= a.date <= t for f, t in spans))
        return kept

    def make_current(
        self,
        submission_id: int,
        activities: list[Activity],
        texts: dict[str, str],
        read_activities: ReadActivities,
    ) -> None:
        """The department's choice: the received package `submission_id` (its
        `activities` and `texts` read again from its kept copy) becomes the
        one in use for its unit's year, in one transaction after a backup;
        `read_activities` reads another package in use again (the days two
        years share)."""
        row = self.conn.execute(
            "SELECT * FROM submissions WHERE id = ?", (submission_id,)
        ).fetchone()
        if row is None:
            raise WorkspaceError(Message(NO_SUCH_PACKAGE))
        sub = _submission(row)
        incoming = Held((_aware(sub.created_at), sub.id), sub.period, sub)
        with self.ws.import_transaction():
            self._replace_year(sub.unit_id, sub.year, incoming, activities, texts, read_activities)
            self.conn.execute("UPDATE submissions SET current = 1 WHERE id = ?", (submission_id,))

    def expected_units(self, year: int, counts: bool = True) -> list[ExpectedUnit]:
        """Every unit except the department itself, whether it must report
        (`expected`: ticked by hand for the year, else the rule), and its package of the year in use (None: not
        yet received). Without `counts` the activities are not counted (0)."""
        self_unit = self.ws.units.self_unit()
        first, last = self.ws.figures.period(year)
        rows = (
            self.conn.execute(
                "SELECT u.id, u.expected, count(a.id) FROM units u LEFT JOIN activities a "
                "ON a.unit_id = u.id AND a.year IN (?, ?) AND a.date >= ? AND a.date <= ? "
                "GROUP BY u.id ORDER BY u.id",
                (first.year, last.year, first.isoformat(), last.isoformat()),
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
