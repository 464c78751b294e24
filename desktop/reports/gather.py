"""The gather step: every store read a report needs, in one place.

`gather_unit` and `gather_consolidated` read the workspace (the plan once)
and return plain data; the builders (`context.unit_report`,
`consolidated.consolidated_report`) turn that data into a `ReportDocument`
without touching the store. The unit's activities are not loaded here: the
data carries a stream over them, read once while the appendix is built, so
100,000 activities never sit in memory as objects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from ..domain.activity import Activity
from ..domain.consolidation import consolidated_progress, report_deadline
from ..domain.plan import Plan, Unit
from ..domain.progress import ProgressRow, default_on, unit_progress
from ..store import submissions as subs
from ..store.workspace import ActivityFilter, Workspace

# form, records, quantity, cost
OtherByForm = list[tuple[str, int, int, int]]


@dataclass
class UnitReportData:
    """The figures a unit report is made of (also used for the suggested draft)."""

    unit: Unit
    plan: Plan
    year: int
    on: date
    rows: list[ProgressRow]
    previous: dict[str, int] | None  # code -> total of the previous year, when it has data
    other: OtherByForm
    other_cost: int
    texts: dict[str, str]
    # The year's activities by date, streamed from the store when called;
    # the appendix reads them once.
    activities: Callable[[], Iterable[Activity]]


def gather_unit(
    ws: Workspace, year: int, unit: Unit | None = None, on: date | None = None
) -> UnitReportData:
    unit = unit or ws.units.require_self_unit()
    plan = ws.plans.require(year)
    on = on or default_on(year)
    rows = unit_progress(plan, unit, ws.figures.tallies(unit.id, year, on), on)
    previous = None
    if year - 1 in ws.activities.years(unit.id):
        tallies = ws.figures.tallies(unit.id, year - 1, date(year - 1, 12, 31))
        previous = {code: t.total for code, t in tallies.items() if code}
    other = ws.figures.other_by_form(unit.id, year, on)
    unit_id = unit.id

    def activities() -> Iterator[Activity]:
        return ws.activities.iterate(ActivityFilter(unit_id=unit_id, year=year))

    return UnitReportData(
        unit=unit,
        plan=plan,
        year=year,
        on=on,
        rows=rows,
        previous=previous,
        other=other,
        other_cost=sum(o[3] for o in other),
        texts=ws.texts.report_texts(unit.id, year),
        activities=activities,
    )


# The department's own texts for the consolidated report live beside its unit
# report's texts, under these prefixed keys.
CONSOLIDATED_PREFIX = "tong_hop:"


@dataclass
class ConsolidatedData:
    plan: Plan
    year: int
    on: date
    department: Unit
    rows: list[ProgressRow]
    expected: list[subs.ExpectedUnit]
    deadline: date
    other: OtherByForm
    texts: dict[str, str]

    @property
    def reported(self) -> list[subs.ExpectedUnit]:
        return [e for e in self.expected if e.submission is not None]

    @property
    def missing(self) -> list[subs.ExpectedUnit]:
        return [e for e in self.expected if e.submission is None and e.expected]


def gather_consolidated(ws: Workspace, year: int, on: date | None = None) -> ConsolidatedData:
    on = on or default_on(year)
    plan = ws.plans.require(year)
    department = ws.units.require_self_unit()
    texts = ws.texts.report_texts(department.id, year)
    tallies = ws.figures.unit_target_tallies(year, on)
    units = ws.figures.taking_part({unit_id for unit_id, _ in tallies})
    prefix = CONSOLIDATED_PREFIX
    return ConsolidatedData(
        plan=plan,
        year=year,
        on=on,
        department=department,
        rows=consolidated_progress(plan, units, tallies, on),
        expected=ws.submissions.expected_units(year),
        deadline=report_deadline(plan),
        other=ws.figures.other_by_form(None, year, on),
        texts={k[len(prefix) :]: v for k, v in texts.items() if k.startswith(prefix)},
    )
