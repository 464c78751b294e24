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
from dataclasses import dataclass, field
from datetime import date

from ..domain.activity import Activity
from ..domain.consolidation import consolidated_progress, report_deadline
from ..domain.lineage import Succession, merged_away, predecessors_of
from ..domain.period import clamp, period_plan, period_years, plan_period
from ..domain.plan import Plan, Target, Unit
from ..domain.progress import ProgressRow, report_cutoff, total_cost, unit_progress
from ..domain.reach import DetailSums
from ..domain.text import fold
from ..store import submissions as subs
from ..store.plans import load_builtin_plan
from ..store.workspace import ActivityFilter, Workspace

# form, records, quantity, cost
OtherByForm = list[tuple[str, int, int, int]]
# The report's own date among the officer's texts (ISO), when set.
META_DATE = "meta:date"


def period_filter(
    unit_id: int | None, year: int, period: tuple[date, date], on: date
) -> ActivityFilter:
    """The activities of one unit (None: every unit) in the year's period up to `on`."""
    years = period_years(period)
    if years == (year,):
        return ActivityFilter(unit_id=unit_id, year=year, date_to=on)
    return ActivityFilter(unit_id=unit_id, years=years, date_from=period[0], date_to=on)


def _stored_date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


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
    # Next year's targets the unit leads, when that plan is held (for the
    # draft of "Phương hướng").
    next_targets: list[Target] = field(default_factory=list)
    # Activities of the year recorded after the cut-off (left out).
    after_cutoff: int = 0
    # The built-in profile of a unit of that name (None: not a built-in unit).
    default_profile: Unit | None = None
    # Per target code, the months with at least one activity.
    months: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # The cost of everything counted, other activities included
    # (`domain.progress.total_cost`).
    total_cost: int = 0
    # Reach, English, funding and themes by (unit id, target code, form).
    details: dict = field(default_factory=dict)
    # The days this year's period shares with the year before's, and the
    # activities in them (figures.overlap); None when the periods do not overlap.
    overlap: tuple[date, date, int] | None = None
    # The units renamed or merged into the issuing unit (its predecessors).
    predecessors: tuple[str, ...] = ()
    # The addressee's renaming or merger, when it no longer exists today.
    addressee_gone: Succession | None = None


def _lineage_of(ws: Workspace, unit: Unit) -> dict:
    """What the check before issuing reads of the workspace's renamings and
    mergers for the issuing unit: its predecessors, and its addressee's
    renaming or merger when that unit no longer exists today."""
    lineage = ws.units.lineage()
    return {
        "predecessors": tuple(predecessors_of(unit.name, lineage)),
        "addressee_gone": merged_away(unit.addressee, lineage, date.today()),
    }


def gather_unit(
    ws: Workspace,
    year: int,
    unit: Unit | None = None,
    on: date | None = None,
    report_date: date | None = None,
    texts: dict[str, str] | None = None,
) -> UnitReportData:
    """The unit's figures up to `on` (default: the report's cut-off from its
    date, `report_date` or the stored one); `texts`: the officer's texts for
    this issue, over the stored ones."""
    unit = unit or ws.units.require_self_unit()
    plan = ws.plans.require(year)
    period = plan_period(plan)
    plan = period_plan(plan)
    texts = {**ws.texts.report_texts(unit.id, year), **(texts or {})}
    stored = report_date or _stored_date(texts.get(META_DATE))
    # Within the plan's period, whatever the date asked for.
    on = clamp(on or report_cutoff(year, stored, period=period), period)
    tallies = ws.figures.tallies(unit.id, year, on)
    rows = unit_progress(plan, unit, tallies, on)
    cost = total_cost(tallies.values())
    # The same period of the previous year, the unit's predecessors' included.
    previous = ws.figures.previous_year(unit.id, year, on)
    other = ws.figures.other_by_form(unit.id, year, on)
    unit_id = unit.id
    next_plan = ws.plans.get(year + 1)
    next_targets = [t for t in next_plan.targets if unit.leads(t)] if next_plan else []
    counted = ws.activities.count_and_sums
    after = (
        counted(period_filter(unit_id, year, period, period[1]))[0]
        - counted(period_filter(unit_id, year, period, on))[0]
    )
    default = next((u for u in load_builtin_plan()[1] if fold(u.name) == fold(unit.name)), None)

    def activities() -> Iterator[Activity]:
        return ws.activities.iterate(period_filter(unit_id, year, period, on))

    return UnitReportData(
        unit=unit,
        plan=plan,
        year=year,
        on=on,
        rows=rows,
        previous=previous,
        other=other,
        other_cost=sum(o[3] for o in other),
        texts=texts,
        activities=activities,
        next_targets=next_targets,
        after_cutoff=after,
        default_profile=default,
        overlap=ws.figures.overlap(year, unit_id),
        **_lineage_of(ws, unit),
        months=ws.figures.active_months(unit.id, year, on),
        total_cost=cost,
        details=ws.figures.details(year, on, unit_id),
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
    # Every unit taking part (reported or not), and the ids of those whose
    # figures are held: the department and every unit that sent a package
    # or whose records the department holds. The figures are over these.
    taking_part: list[Unit] = field(default_factory=list)
    reporting: set[int] = field(default_factory=set)
    # Each unit's cost of activities outside numbered tasks.
    other_cost_by_unit: dict[int, int] = field(default_factory=dict)
    next_targets: list[Target] = field(default_factory=list)
    # Per target code, the months with at least one activity of any unit.
    months: dict[str, set[tuple[int, int]]] = field(default_factory=dict)
    # unit id -> what its figures take in from units merged into it.
    notes: dict[int, str] = field(default_factory=dict)
    # unit id of a renamed or merged unit -> (today's unit, the date).
    merged_into: dict[int, tuple[str, date]] = field(default_factory=dict)
    # unit id of a unit merged after the year into one that reported (or
    # into the department) -> today's unit: it reported through that one.
    reported_by: dict[int, str] = field(default_factory=dict)
    # The province's cost over every unit whose figures are held, other
    # activities included (`domain.progress.total_cost`).
    total_cost: int = 0
    # Reach, English, funding and themes summed over the units whose figures
    # are held (None: not gathered, as for the Tổng hợp page).
    details: DetailSums | None = None
    # The days shared with the year before's period and every unit's
    # activities in them (figures.overlap), as for a unit's report.
    overlap: tuple[date, date, int] | None = None
    # The units renamed or merged into the issuing unit (its predecessors).
    predecessors: tuple[str, ...] = ()
    # The addressee's renaming or merger, when it no longer exists today.
    addressee_gone: Succession | None = None
    _leading: dict[str, list[Unit]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @property
    def reported(self) -> list[subs.ExpectedUnit]:
        return [e for e in self.expected if e.submission is not None]

    @property
    def missing(self) -> list[subs.ExpectedUnit]:
        return [e for e in self.expected if e.unit.id not in self.reporting and e.expected]

    def leading(self, target: Target) -> list[Unit]:
        """The units taking part that lead `target`, in their order; found
        once per target, and asked once per set of kinds (a ministry's
        6,000 units have a handful)."""
        found = self._leading.get(target.code)
        if found is None:
            by_kinds: dict[tuple[str, ...], bool] = {}
            found = []
            for u in self.taking_part:
                leads = by_kinds.get(u.lead_kinds)
                if leads is None:
                    leads = by_kinds[u.lead_kinds] = u.leads(target)
                if leads:
                    found.append(u)
            self._leading[target.code] = found
        return found

    def carriers(self, target) -> tuple[int, int]:
        """(units leading `target` that reported, units leading it)."""
        leading = self.leading(target)
        return len([u for u in leading if u.id in self.reporting]), len(leading)


def gather_consolidated(
    ws: Workspace,
    year: int,
    on: date | None = None,
    report_date: date | None = None,
    texts: dict[str, str] | None = None,
    with_months: bool = True,
    with_text_figures: bool = True,
) -> ConsolidatedData:
    """The department's figures up to `on`; `with_months`: also the months
    with activity per task (what the drafts need, not the Tổng hợp page);
    `with_text_figures`: also the reach, language and funding details and
    the other activities by form (what the report's text says, not the
    Tổng hợp page, which shows the progress rows and who reported)."""
    plan = ws.plans.require(year)
    period = plan_period(plan)
    plan = period_plan(plan)
    on = clamp(on or report_cutoff(year, report_date, period=period), period)
    department = ws.units.require_self_unit()
    texts = {**ws.texts.report_texts(department.id, year), **(texts or {})}
    # Renamed and merged units count under their successor (figures.consolidated_view).
    view = ws.figures.consolidated_view(year, on)
    tallies, units = view.tallies, view.units
    expected = ws.submissions.expected_units(year)
    reporting = {department.id} | {
        e.unit.id for e in expected if e.submission is not None or e.activities
    }
    reporting |= {unit_id for unit_id, _ in tallies}
    reporting = {view.line.target(unit_id) for unit_id in reporting}
    held = [u for u in units if u.id in reporting]
    reported_by = _reported_through_successor(ws, expected, reporting, department)
    reporting |= set(reported_by)
    next_plan = ws.plans.get(year + 1)
    prefix = CONSOLIDATED_PREFIX
    return ConsolidatedData(
        overlap=ws.figures.overlap(year),
        **_lineage_of(ws, department),
        plan=plan,
        year=year,
        on=on,
        department=department,
        rows=consolidated_progress(
            plan, held, tallies, on, previous=view.previous, notes=view.notes
        ),
        notes=view.notes,
        merged_into={
            a.predecessor_id: (ws.units.get(a.successor_id).name, a.effective)
            for absorbed in view.line.absorbed.values()
            for a in absorbed
        },
        expected=expected,
        reported_by=reported_by,
        taking_part=units,
        reporting=reporting,
        next_targets=list(next_plan.targets) if next_plan else [],
        other_cost_by_unit={
            unit_id: t.cost for (unit_id, code), t in tallies.items() if code is None and t.cost
        },
        deadline=report_deadline(plan),
        total_cost=total_cost(tallies.values()),
        other=ws.figures.other_by_form(None, year, on) if with_text_figures else [],
        texts={k[len(prefix) :]: v for k, v in texts.items() if k.startswith(prefix)},
        months=ws.figures.active_months(None, year, on) if with_months else {},
        details=(
            # A renamed or merged unit's details count with its successor's.
            ws.figures.details_summed(
                year,
                on,
                {u.id for u in ws.units.all() if view.line.target(u.id) not in reporting},
            )
            if with_text_figures
            else None
        ),
    )


def _reported_through_successor(
    ws: Workspace, expected: list, reporting: set[int], department: Unit
) -> dict[int, str]:
    """The units bound to report that were merged after the year (a 2023
    report made in 2026: the Đài Phát thanh và Truyền hình tỉnh became
    part of the Báo và Phát thanh, Truyền hình Quảng Ngãi in 2025) and whose
    unit today reported, or is the department itself: id -> today's unit.
    Such a unit no longer exists to send its own report."""
    from ..domain.lineage import successor_of

    lineage = ws.units.lineage()
    if not lineage:
        return {}
    ids = {u.name: u.id for u in ws.units.all()}
    found: dict[int, str] = {}
    for e in expected:
        today = successor_of(e.unit.name, lineage)
        unit_id = ids.get(today)
        if e.unit.id in reporting or today == e.unit.name or unit_id is None:
            continue
        if unit_id == department.id or unit_id in reporting:
            found[e.unit.id] = today
    return found
