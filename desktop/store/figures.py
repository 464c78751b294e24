"""Figures: what units recorded against the plan's targets, summed in SQL,
and the progress built from them by the domain's rules."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from ..collector import collector_paused
from ..domain.activity import ENGLISH, mask_to_themes
from ..domain.consolidation import consolidated_progress
from ..domain.lineage import YearLine, fold_keyed, lineage_note, year_line
from ..domain.period import (
    clamp,
    period_months,
    period_plan,
    period_years,
    plan_period,
    window_for,
    year_holding,
    year_period,
)
from ..domain.plan import Unit, shift_year
from ..domain.progress import ProgressRow, Tally, default_on, unit_progress
from ..domain.reach import Details, DetailSums, Reach
from ..domain.rules import counted_until, on_time_until
from ..domain.text import Message, template
from .detail_sums import summed_details
from .errors import WorkspaceError
from .repository import Repository

COUNTED_TABLES = ("plans", "targets", "units", "activities", "report_texts")
NO_UNIT = template("Không tìm thấy đơn vị.")


def period_where(period: tuple[date, date], table: str = "") -> tuple[str, list]:
    """The SQL condition (and its parameters) on `year` and `date` selecting
    the activities of a period; a calendar year is `year = ?` alone.
    `table`: the name the activities go by in the query, when joined."""
    at = f"{table}." if table else ""
    years = period_years(period)
    if len(years) == 1 and period[0] == date(years[0], 1, 1):
        return f"{at}year = ?", [years[0]]
    marks = ", ".join("?" for _ in years)
    return f"{at}year IN ({marks}) AND {at}date >= ?", [*years, period[0].isoformat()]


def record_counts(conn) -> dict[str, int]:
    """Record counts, shown before a restore and in the about box."""
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in COUNTED_TABLES
    }


def _add_tally(a: Tally, b: Tally) -> Tally:
    return Tally(
        total=a.total + b.total,
        on_time=a.on_time + b.on_time,
        cost=a.cost + b.cost,
        count=a.count + b.count,
    )


@dataclass(frozen=True)
class ConsolidatedView:
    tallies: dict[tuple[int, str | None], Tally]
    units: list[Unit]
    line: YearLine
    previous: dict[tuple[int, str | None], Tally]  # the same period of the year before
    notes: dict[int, str]  # successor id -> what its figures take in


class FiguresRepository(Repository):
    """`ws.figures`: tallies, progress, and the counts of the workspace."""

    def period(self, year: int) -> tuple[date, date]:
        """The period the year's figures are counted over (its plan's window)."""
        return year_period(year, self.window(year))

    def year_holding(self, day: date, near: int) -> int:
        """The year whose period holds `day`: `near` when it does, else the
        year of the plan whose window takes it in (20/12/2023 belongs to 2024
        under Nghị định 09); the rule of domain.period.year_holding."""
        return year_holding(day, self.period, near)

    def overlap(self, year: int, unit_id: int | None = None) -> tuple[date, date, int] | None:
        """Where the year's period starts before the year before's ends (a
        calendar year followed by a Nghị định 09 window): the shared days and
        how many activities of one unit (None: every unit) lie in them, counted
        in both years; None when the periods meet without overlapping."""
        start = self.period(year)[0]
        end = self.period(year - 1)[1]
        if end < start:
            return None
        unit_clause = "" if unit_id is None else " AND unit_id = ?"
        count = self.conn.execute(
            "SELECT count(*) FROM activities WHERE year IN (?, ?) AND date BETWEEN ? AND ?"
            f"{unit_clause}",
            [start.year, end.year, start.isoformat(), end.isoformat()]
            + ([] if unit_id is None else [unit_id]),
        ).fetchone()[0]
        return start, end, count

    def window(self, year: int) -> str:
        """The window the year's plan counts its year over; a year without a
        plan, the nearest plan's (domain.period.window_for)."""
        windows = dict(self.conn.execute("SELECT year, year_window FROM plans"))
        return window_for(year, windows)

    def tallies(
        self, unit_id: int, year: int, on: date, window: str | None = None
    ) -> dict[str | None, Tally]:
        """One unit's tallies by target code (None: other activities);
        `window`: count the year over that window rather than its plan's."""
        return {code: t for (_, code), t in self._tallies(year, on, unit_id, window).items()}

    def unit_target_tallies(
        self, year: int, on: date, window: str | None = None
    ) -> dict[tuple[int, str | None], Tally]:
        """Every unit's tallies by (unit id, target code): what the
        consolidated progress is built from."""
        return self._tallies(year, on, None, window)

    def _cut_offs(self, year: int, on: date) -> tuple[str, dict[str, str]]:
        """The last counted day, and for each target whose on-time window
        closes before it, that window's last day (ISO dates). The days come
        from the domain's rules; a code the plan does not have (and other
        activities) has no window and is never late."""
        plan = self.ws.plans.get(year)
        until = counted_until(on)
        cut = {
            t.code: on_time_until(t).isoformat()
            for t in (plan.targets if plan else [])
            if on_time_until(t) < until
        }
        return until.isoformat(), cut

    def _tallies(
        self, year: int, on: date, unit_id: int | None, window: str | None = None
    ) -> dict[tuple[int, str | None], Tally]:
        """The one tally query: per unit and target code, the quantities
        counted up to `on`, the part on time against the target's due window,
        the cost and the number of records. The cut-off days come from the
        domain's rules; a code the plan does not have (and other activities)
        has no window and is never late. Reads only the covering index
        (schema v4): the windows are inlined rather than joined."""
        plan = self.ws.plans.get(year)
        if window is not None and plan is not None:
            plan = replace(plan, window=window)
        plan = period_plan(plan)
        period = plan_period(plan) if plan else year_period(year, window or self.window(year))
        if unit_id is None and period == year_period(year):
            # Every unit over a calendar year: the tallies the triggers keep.
            return self._all_units_tallies(year, on)
        until = min(counted_until(on), period[1])
        where, where_params = period_where(period)
        # Targets whose on-time cut-off comes before the counted days end;
        # for any other code everything counted is on time.
        cut = [
            (t.code, on_time_until(t).isoformat())
            for t in (plan.targets if plan else [])
            if on_time_until(t) < until
        ]
        if cut:
            cases = " ".join("WHEN ? THEN ?" for _ in cut)
            on_time = (
                f"total(CASE WHEN date <= CASE target_code {cases} ELSE '9999-12-31' END "
                "THEN quantity ELSE 0 END)"
            )
        else:
            on_time = "total(quantity)"
        unit_clause = "" if unit_id is None else " AND unit_id = ?"
        rows = self.conn.execute(
            f"SELECT unit_id, target_code, total(quantity), {on_time}, total(cost), count(*) "
            f"FROM activities WHERE {where}{unit_clause} AND date <= ? "
            "GROUP BY unit_id, target_code",
            [
                *(v for pair in cut for v in pair),
                *where_params,
                *([] if unit_id is None else [unit_id]),
                until.isoformat(),
            ],
        ).fetchall()
        # total() never overflows (sum() stops with "integer overflow"); the
        # bounds on imports keep the figures whole numbers well within a float.
        return {
            (r[0], r[1]): Tally(total=int(r[2]), on_time=int(r[3]), cost=int(r[4]), count=r[5])
            for r in rows
        }

    def _all_units_tallies(self, year: int, on: date) -> dict[tuple[int, str | None], Tally]:
        """Every unit's tallies: the year's kept sums per unit and code, less
        what lies after a cut-off day. Those activities (dated after `on`, or
        after their target's window) are read as ranges of the consolidation
        index (year, target_code, date), one per code the year has."""
        until, cut = self._cut_offs(year, on)
        cursor = self.conn.cursor()
        cursor.row_factory = None  # plain tuples: 100,000 rows for a ministry
        codes = [
            r[0]
            for r in cursor.execute(
                "SELECT DISTINCT code FROM activity_tallies WHERE year = ? AND code <> ''", (year,)
            )
        ]
        # Per code, the day after which its activities are not on time: the
        # window's end or the counted days' end, whichever comes first.
        after = [(code, min(cut.get(code, until), until)) for code in codes] or [("", until)]
        values = ", ".join(f"(?{3 + 2 * i}, ?{4 + 2 * i})" for i in range(len(after)))
        # What lies beyond: per unit and code, the quantity after the code's
        # day, and the quantity, cost and records after the counted days.
        late = {
            (r[0], r[1]): r[2:]
            for r in cursor.execute(
                f"""
                WITH c(code, day) AS (VALUES {values})
                SELECT a.unit_id, a.target_code, total(a.quantity),
                    total(CASE WHEN a.date > ?1 THEN a.quantity ELSE 0 END),
                    total(CASE WHEN a.date > ?1 THEN a.cost ELSE 0 END),
                    total(a.date > ?1)
                FROM c CROSS JOIN activities a
                    ON a.year = ?2 AND a.target_code = c.code AND a.date > c.day
                GROUP BY a.unit_id, a.target_code
                UNION ALL
                SELECT unit_id, '', total(quantity), total(quantity), total(cost), count(*)
                FROM activities WHERE year = ?2 AND target_code IS NULL AND date > ?1
                GROUP BY unit_id
                """,  # ?3...: the codes' days
                [until, year, *(v for pair in after for v in pair)],
            )
        }
        # The kept sums less what lies beyond, subtracted here rather than
        # joined in SQL (a ministry: 108,000 sums, a few thousand with late
        # records).
        kept = cursor.execute(
            "SELECT unit_id, nullif(code, ''), quantity, quantity, cost, records "
            "FROM activity_tallies WHERE year = ?",
            (year,),
        ).fetchall()
        # Every kept sum as it is (one C-level pass), then the few with
        # records beyond the cut-off days put right.
        keys = ((r[0], r[1]) for r in kept)
        out = dict(zip(keys, map(Tally._make, (r[2:] for r in kept)), strict=True))
        for (unit_id, code), beyond in late.items():
            key = (unit_id, code or None)
            t = out.get(key)
            if t is None:
                continue
            if t.count > beyond[3]:
                out[key] = Tally(
                    int(t.total - beyond[1]),
                    int(t.total - beyond[0]),
                    int(t.cost - beyond[2]),
                    int(t.count - beyond[3]),
                )
            else:
                del out[key]
        return out

    def progress(self, unit_id: int, year: int, on: date | None = None) -> list[ProgressRow]:
        plan = period_plan(self.ws.plans.require(year))
        unit = self.ws.units.get(unit_id)
        if unit is None:
            raise WorkspaceError(Message(NO_UNIT))
        on = clamp(on or default_on(year), plan_period(plan))
        return unit_progress(plan, unit, self.tallies(unit_id, year, on), on)

    def taking_part(self, with_records: set[int], line: YearLine | None = None) -> list[Unit]:
        """Units whose figures make up the province's: those expected to
        report, the department itself and any unit with records (`with_records`);
        with `line`, not the units that count under their successor."""
        self_unit = self.ws.units.self_unit()
        expected = self.ws.units.expected()
        return [
            u
            for u in self.ws.units.all()
            if (expected.get(u.id) or u.id in with_records or (self_unit and u.id == self_unit.id))
            and not (line and line.folded(u.id))
            and not (line and u.id in line.later and u.id not in with_records)
        ]

    # -- the department's view, along the lineage --------------------------------

    def year_line(self, year: int) -> YearLine:
        """How `year`'s figures fold along the units' lineage (domain.lineage)."""
        ids = {u.name: u.id for u in self.ws.units.all()}
        return year_line(self.ws.units.lineage(), ids, year)

    def consolidated_view(self, year: int, on: date) -> ConsolidatedView:
        """The one place the department's figures meet the lineage: the
        year's tallies with each renamed or merged unit's under its
        successor, the units taking part (predecessors left out), the same
        period of the year before folded the same way (empty when no records
        of it are held), and the note each successor's figures carry."""
        line = self.year_line(year)
        raw = self.unit_target_tallies(year, on)
        tallies = fold_keyed(raw, line, _add_tally)
        units = self.taking_part({unit_id for unit_id, _ in raw}, line)
        # The year before over the same window as this year's plan.
        before = self.unit_target_tallies(year - 1, shift_year(on, -1), self.window(year))
        previous = fold_keyed(before, line, _add_tally)
        held = {unit_id for unit_id, _ in raw}
        notes = {
            sid: lineage_note(line, sid, held, self._recorded_before(sid, year, absorbed))
            for sid, absorbed in line.absorbed.items()
        }
        return ConsolidatedView(
            tallies, units, line, previous, {k: v for k, v in notes.items() if v}
        )

    def previous_year(self, unit_id: int, year: int, on: date) -> dict[str, int] | None:
        """A unit's totals by target code over the same period of the year
        before, the units renamed or merged into it included (their figures
        count under it); None when none of them has records of that year."""
        line = self.year_line(year)
        ids = [unit_id, *(p for p, s in line.into.items() if s == unit_id)]
        marks = ", ".join("?" for _ in ids)
        # The year before over the same window as this year's plan.
        window = self.window(year)
        where, params = period_where(year_period(year - 1, window))
        held = self.conn.execute(
            f"SELECT 1 FROM activities WHERE {where} AND unit_id IN ({marks}) LIMIT 1",
            [*params, *ids],
        ).fetchone()
        if held is None:
            return None
        totals: dict[str, int] = {}
        for uid in ids:
            for code, t in self.tallies(uid, year - 1, shift_year(on, -1), window).items():
                if code:
                    totals[code] = totals.get(code, 0) + t.total
        return totals

    def _recorded_before(self, unit_id: int, year: int, absorbed) -> int:
        """Activities a successor recorded in `year` before its first merger of that year."""
        during = [a.effective for a in absorbed if a.effective.year == year]
        if not during:
            return 0
        return self.conn.execute(
            "SELECT count(*) FROM activities WHERE unit_id = ? AND year = ? AND date < ?",
            (unit_id, year, min(during).isoformat()),
        ).fetchone()[0]

    def consolidated(self, year: int, on: date | None = None) -> list[ProgressRow]:
        """The consolidated progress of a year (see domain.consolidation),
        renamed and merged units under their successor."""
        plan = period_plan(self.ws.plans.require(year))
        on = clamp(on or default_on(year), plan_period(plan))
        # A ministry's 100,000 tallies are no cycles: the collector only scans them.
        with collector_paused():
            view = self.consolidated_view(year, on)
            return consolidated_progress(
                plan, view.units, view.tallies, on, previous=view.previous, notes=view.notes
            )

    def history(self, unit_id: int) -> list[dict]:
        """A unit's figures year by year, its predecessors' included (a merged
        or renamed unit's earlier years appear under today's unit): year,
        activities, quantity, cost, and the units they were recorded by."""
        from ..domain.lineage import predecessors_of

        unit = self.ws.units.get(unit_id)
        if unit is None:
            raise WorkspaceError(Message(NO_UNIT))
        names = [unit.name, *predecessors_of(unit.name, self.ws.units.lineage())]
        ids = {u.name: u.id for u in self.ws.units.all() if u.name in names}
        marks = ", ".join("?" for _ in ids)
        years: dict[int, dict] = {}
        by_id = {v: k for k, v in ids.items()}
        # Each year over its period (its plan's window): a record of 20/12 under
        # the Nghị định 09 window counts in the next year, as its reports do.
        held = [
            r[0]
            for r in self.conn.execute(
                f"SELECT DISTINCT year FROM activities WHERE unit_id IN ({marks})",
                list(ids.values()),
            )
        ]
        found = []
        for year in sorted(set(held) | {y + 1 for y in held}):
            period = self.period(year)
            where, params = period_where(period)
            found += [
                (r[0], year, *r[1:])
                for r in self.conn.execute(
                    "SELECT unit_id, count(*), total(quantity), total(cost) FROM activities "
                    f"WHERE unit_id IN ({marks}) AND {where} AND date <= ? GROUP BY unit_id",
                    [*ids.values(), *params, period[1].isoformat()],
                )
            ]
        for unit_ref, year, count, quantity, cost in found:
            row = years.setdefault(
                year, {"year": year, "activities": 0, "quantity": 0, "cost": 0, "units": []}
            )
            row["activities"] += count
            row["quantity"] += int(quantity)
            row["cost"] += int(cost)
            row["units"].append(by_id[unit_ref])
        return [years[y] for y in sorted(years)]

    def details(
        self, year: int, on: date, unit_id: int | None = None
    ) -> dict[tuple[int, str | None, str], Details]:
        """What units recorded beyond the quantities, by (unit id, target
        code, form), counted up to `on` like the tallies: reach sums (None
        where nothing was recorded), the quantity in English, the cost by
        source of funding, the activities by theme."""
        period = self.period(year)
        until = min(counted_until(on), period[1]).isoformat()
        in_period, period_params = period_where(period)
        unit_clause = "" if unit_id is None else " AND unit_id = ?"
        params = [*period_params, *([] if unit_id is None else [unit_id]), until]
        where = f"WHERE {in_period}{unit_clause} AND date <= ?"
        out: dict[tuple[int, str | None, str], Details] = {}
        marks = ", ".join("?" for _ in ENGLISH)
        # One pass over the year's records, grouped finely enough for every
        # figure (a year repeats a few forms, sources and theme sets).
        for r in self.conn.execute(
            "SELECT unit_id, target_code, form, funding, themes, "
            "total(views), count(views), total(reach), count(reach), total(shares), "
            f"count(shares), total(CASE WHEN language IN ({marks}) THEN quantity ELSE 0 END), "
            "total(quantity), count(*), count(CASE WHEN views IS NOT NULL OR reach IS NOT NULL "
            "OR shares IS NOT NULL THEN 1 END), total(cost) "
            f"FROM activities {where} GROUP BY unit_id, target_code, form, funding, themes",
            [*ENGLISH, *params],
        ):
            part = Details(
                reach=Reach(*(int(r[i]) if r[i + 1] else None for i in (5, 7, 9))),
                english=int(r[11]),
                quantity=int(r[12]),
                count=r[13],
                with_reach=r[14],
                funding={r[3]: int(r[15])} if r[15] else {},
                themes={n: r[13] for n in mask_to_themes(r[4])},
            )
            key = (r[0], r[1], r[2])
            found = out.get(key)
            if found is None:
                out[key] = part
            else:
                found.add(part)
        return out

    def details_summed(self, year: int, on: date, leave_out: set[int]) -> DetailSums:
        """`details` summed over every unit but those in `leave_out`: what
        the consolidated report says of reach, English, themes and funding
        (store.detail_sums)."""
        period = self.period(year)
        until = min(counted_until(on), period[1]).isoformat()
        return summed_details(
            self.conn, period_where(period), period_where(period, "a"), until, leave_out
        )

    def other_by_form(
        self, unit_id: int | None, year: int, on: date | None = None
    ) -> list[tuple[str, int, int, int]]:
        """Activities outside numbered tasks of one unit (or of every unit when
        `unit_id` is None): (form, records, quantity, cost)."""
        period = self.period(year)
        until = min(counted_until(on or period[1]), period[1])
        where, where_params = period_where(period)
        unit_clause = "" if unit_id is None else "unit_id = ? AND "
        params = ([] if unit_id is None else [unit_id]) + [*where_params, until.isoformat()]
        return [
            (r[0], r[1], int(r[2]), int(r[3]))
            for r in self.conn.execute(
                "SELECT form, count(*), total(quantity), total(cost) FROM activities "
                f"WHERE {unit_clause}{where} AND target_code IS NULL AND date <= ? "
                "GROUP BY form ORDER BY total(quantity) DESC, form",
                params,
            )
        ]

    def active_months(
        self, unit_id: int | None, year: int, on: date
    ) -> dict[str, set[tuple[int, int]]]:
        """The months (year, month) with at least one activity counted up to
        `on`, per target code, for one unit (None: every unit)."""
        period = self.period(year)
        until = min(counted_until(on), period[1])
        where, where_params = period_where(period)
        unit_clause = "" if unit_id is None else "unit_id = ? AND "
        params = ([] if unit_id is None else [unit_id]) + [*where_params, until.isoformat()]
        months: dict[str, set[tuple[int, int]]] = {}
        for code, y, m in self.conn.execute(
            "SELECT DISTINCT target_code, CAST(substr(date, 1, 4) AS INTEGER), "
            "CAST(substr(date, 6, 2) AS INTEGER) FROM activities "
            f"WHERE {unit_clause}{where} AND target_code IS NOT NULL AND date <= ?",
            params,
        ):
            months.setdefault(code, set()).add((y, m))
        return months

    def monthly_totals(
        self, unit_id: int, year: int, target_code: str | None, on: date | None = None
    ) -> list[int]:
        """Quantities per reporting month of the year's period (12 values,
        domain.period.period_months) for one target code (None: other
        activities): the activities the year's figures count up to `on`
        (default: the whole period), month by month."""
        period = self.period(year)
        until = min(counted_until(on), period[1]) if on else period[1]
        starts = [first.isoformat() for first, _ in period_months(period)]
        totals = [0] * 12
        where, where_params = period_where(period)
        code_clause = "target_code IS NULL" if target_code is None else "target_code = ?"
        params: list = [unit_id, *where_params, until.isoformat()]
        params += [] if target_code is None else [target_code]
        for day, qty in self.conn.execute(
            f"SELECT date, total(quantity) FROM activities "
            f"WHERE unit_id = ? AND {where} AND date <= ? AND {code_clause} GROUP BY date",
            params,
        ):
            # The month whose first day is the last one at or before `day`.
            index = bisect_right(starts, day) - 1
            if 0 <= index < 12:
                totals[index] += int(qty)
        return totals

    def counts(self) -> dict[str, int]:
        """Record counts, shown before a restore and in the about box."""
        return record_counts(self.conn)
