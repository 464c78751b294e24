"""What is due: this week's and this month's pace per target, the due
windows closing soon, and the report deadline counting down.

Plain figures from the tallies the store sums and the pace rules in
`rules`; the interface words and draws them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .consolidation import report_deadline as plan_deadline
from .period import month_index, period_months, year_period
from .plan import Plan, Unit
from .progress import Tally
from .rules import expected_by

WEEK = "week"
MONTH = "month"
BANNER_DAYS = 14  # the report deadline banner shows from this many days before
CLOSING_DAYS = 30  # a due window "closes soon" within this many days

# The state of a target in a period, as a code the interface words.
ON_PACE = "on_pace"
BEHIND = "behind"
ENDED = "ended"  # its due window ended before the day looked from


def period_start(on: date, period: str, span: tuple[date, date] | None = None) -> date:
    """The first day of the week (Monday) or month that holds `on`; with the
    year's period `span`, the month is its reporting month (domain.period:
    from the 15th under Nghị định 09)."""
    if period == WEEK:
        return on - timedelta(days=on.weekday())
    if period == MONTH:
        index = month_index(on, span) if span else None
        return on.replace(day=1) if index is None else period_months(span)[index][0]
    raise ValueError(period)


def period_days(on: date, period: str, span: tuple[date, date] | None = None) -> tuple[date, date]:
    """The first and last day of the week (Monday to Sunday) or of the
    (reporting) month that holds `on`."""
    if period == WEEK:
        first = period_start(on, period)
        return first, first + timedelta(days=6)
    # Outside the year's period (or without one): the calendar month.
    if span is None or month_index(on, span) is None:
        span = year_period(on.year)
    return period_months(span)[month_index(on, span)]


@dataclass(frozen=True)
class DueLine:
    """One target in one period: what the pace asks for from the period's
    first day up to `on`, against what was recorded in those days."""

    code: str
    title: str
    period: str
    expected: float
    done: int
    due_end: date
    ended: bool = False  # the window ended before the day looked from

    @property
    def shortfall(self) -> float:
        return max(self.expected - self.done, 0.0)

    @property
    def behind(self) -> bool:
        """Falling behind the pace; a window that has ended is past pacing."""
        # Half a unit of tolerance: the pace of a period is rarely a whole number.
        return not self.ended and self.expected - self.done >= 0.5

    @property
    def state(self) -> str:
        if self.ended:
            return ENDED
        return BEHIND if self.behind else ON_PACE


def _followed(plan: Plan, unit: Unit):
    return [t for t in plan.targets if t.target is not None and unit.leads(t)]


def due_lines(
    plan: Plan,
    unit: Unit,
    now: dict[str | None, Tally],
    before: dict[str | None, Tally],
    on: date,
    period: str,
    span: tuple[date, date] | None = None,
    today: date | None = None,
) -> list[DueLine]:
    """The unit's targets with a number, for the period holding `on`.

    `now` are the tallies as of `on`, `before` as of the day before the
    period starts (empty when that day lies in the previous year). The ones
    falling behind come first, most behind first; then the others in plan
    order; last those whose window ended before `today` (the real day,
    default `on`: a past year is looked at from today while its figures
    stop at its last day). Targets whose window does not meet the period are left
    out. `span`: the year's period, whose reporting months "this month" follows."""
    seen_from = max(today or on, on)
    start = period_start(on, period, span)
    day_before = start - timedelta(days=1)
    lines: list[DueLine] = []
    for t in _followed(plan, unit):
        if t.due_end < start or t.due_start > on:
            continue
        expected = expected_by(t.target, t, on) - expected_by(t.target, t, day_before)
        done = now.get(t.code, Tally()).total - before.get(t.code, Tally()).total
        ended = t.due_end < seen_from
        lines.append(DueLine(t.code, t.title, period, expected, done, t.due_end, ended))
    order = {line.code: i for i, line in enumerate(lines)}
    return sorted(lines, key=lambda x: (x.ended, not x.behind, -x.shortfall, order[x.code]))


@dataclass(frozen=True)
class ClosingWindow:
    code: str
    title: str
    due_end: date
    days_left: int
    goal: int
    on_time: int

    @property
    def missing(self) -> int:
        return max(self.goal - self.on_time, 0)

    @property
    def ends_today(self) -> bool:
        return self.days_left == 0


def closing_windows(
    plan: Plan,
    unit: Unit,
    now: dict[str | None, Tally],
    on: date,
    within: int = CLOSING_DAYS,
    today: date | None = None,
) -> list[ClosingWindow]:
    """The unit's targets not yet met whose due window ends within `within`
    days of `today` (the real day, default `on`; that day included), soonest
    first. A window that ended before it is not closing: it is over, however
    the figures of `now` (as of `on`) stand."""
    seen_from = max(today or on, on)
    out = []
    for t in _followed(plan, unit):
        left = (t.due_end - seen_from).days
        if not 0 <= left <= within:
            continue
        tally = now.get(t.code, Tally())
        if tally.on_time >= t.target:
            continue
        out.append(ClosingWindow(t.code, t.title, t.due_end, left, t.target, tally.on_time))
    return sorted(out, key=lambda w: (w.due_end, w.code))


def windows_over(plan: Plan, unit: Unit, today: date) -> date | None:
    """The day the last of the unit's due windows ended, when every one
    ended before `today`; None while one is still open (or none is followed)."""
    ends = [t.due_end for t in _followed(plan, unit)]
    if not ends or max(ends) >= today:
        return None
    return max(ends)


@dataclass(frozen=True)
class Deadline:
    day: date
    days_left: int  # negative once it has passed

    @property
    def banner(self) -> bool:
        """Shown from BANNER_DAYS days before the deadline, and after it."""
        return self.days_left <= BANNER_DAYS


def report_deadline(plan: Plan, on: date) -> Deadline:
    """The plan's report deadline (01/12 when it names none) counted from `on`."""
    day = plan_deadline(plan)
    return Deadline(day, (day - on).days)


# Periods of the progress view: the whole year, a quarter or a half-year,
# as the number of the year's reporting months they end with.
PERIODS = ("year", "q1", "q2", "q3", "q4", "h1", "h2")
_LAST_MONTH = {"year": 12, "q1": 3, "q2": 6, "q3": 9, "q4": 12, "h1": 6, "h2": 12}


def period_as_of(
    year: int, period: str, latest: date, span: tuple[date, date] | None = None
) -> date:
    """The day progress is counted to for a period of the year: the last day
    of its last reporting month (31/03 for Quý I of a calendar year, 14/03
    under Nghị định 09; `span`: the year's period, default the calendar
    year), or `latest` (today within the year) when that comes first."""
    months = period_months(span or year_period(year))
    return min(months[_LAST_MONTH[period] - 1][1], latest)
