"""The period a plan's year is counted over, and the months inside it.

A plan counts its year either over the calendar year (1/1 to 31/12) or over
the annual reporting window of Nghị định 09/2019/NĐ-CP (15/12 of the
previous year to 14/12 of the year). Every figure of the year (progress,
reports and their appendices) is counted inside that period, up to the
report's cut-off.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

CALENDAR = "calendar"
ND09 = "nd09"
WINDOWS = (CALENDAR, ND09)
WINDOW_LABELS = {
    CALENDAR: "năm dương lịch (01/01 – 31/12)",
    ND09: "kỳ báo cáo năm theo Nghị định 09/2019/NĐ-CP (15/12 năm trước – 14/12)",
}


def year_period(year: int, window: str = CALENDAR) -> tuple[date, date]:
    """The first and last day of a plan's year under its window."""
    if window == ND09:
        return date(year - 1, 12, 15), date(year, 12, 14)
    return date(year, 1, 1), date(year, 12, 31)


def plan_period(plan) -> tuple[date, date]:
    return year_period(plan.year, getattr(plan, "window", CALENDAR) or CALENDAR)


def _next_month(day: date) -> date:
    """The same day of the next month (periods start on the 1st or the 15th)."""
    return (
        day.replace(year=day.year + 1, month=1)
        if day.month == 12
        else day.replace(month=day.month + 1)
    )


def period_months(period: tuple[date, date]) -> list[tuple[date, date]]:
    """The twelve reporting months of a year's period, (first, last day):
    calendar months for the calendar year; under Nghị định 09 (Art. 12) month
    m runs from the 15th of the month before to the 14th of month m, so "T1"
    of 2023 is 15/12/2022 – 14/01/2023. A period that is not a whole number of
    months ends its last month on the period's last day."""
    start, end = period
    months = []
    first = start
    while first <= end:
        following = _next_month(first)
        months.append((first, min(following - timedelta(days=1), end)))
        first = following
    return months


def month_index(day: date, period: tuple[date, date]) -> int | None:
    """Which reporting month of the period (0 for T1) holds `day`; None outside it."""
    for i, (first, last) in enumerate(period_months(period)):
        if first <= day <= last:
            return i
    return None


def months_to(on: date, period: tuple[date, date]) -> int:
    """How many reporting months have begun by `on` (0 before the period, 12 after it)."""
    return sum(1 for first, _ in period_months(period) if first <= on)


def in_period(day: date, period: tuple[date, date]) -> bool:
    return period[0] <= day <= period[1]


def period_share(on: date, period: tuple[date, date]) -> float:
    """The part of the period gone by `on` (both ends counted), 0 to 1."""
    start, end = period
    gone = ((on - start).days + 1) / ((end - start).days + 1)
    return min(max(gone, 0.0), 1.0)


def clamp(day: date, period: tuple[date, date]) -> date:
    start, end = period
    return min(max(day, start), end)


def months_between(start: date, end: date) -> list[tuple[int, int]]:
    """The months (year, month) from `start`'s to `end`'s, both included."""
    months: list[tuple[int, int]] = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months


def idle_months(active: set[tuple[int, int]], start: date, end: date) -> list[tuple[int, int]]:
    """The months from `start` to `end` with no activity (`active`: the
    months that have some)."""
    if end < start:
        return []
    return [ym for ym in months_between(start, end) if ym not in active]


def month_runs(months: list[tuple[int, int]]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Consecutive months grouped into (first, last) runs."""
    runs: list[list[tuple[int, int]]] = []
    for ym in months:
        if runs:
            y, m = runs[-1][1]
            following = (y + 1, 1) if m == 12 else (y, m + 1)
            if ym == following:
                runs[-1][1] = ym
                continue
        runs.append([ym, ym])
    return [(a, b) for a, b in runs]


def months_phrase(months: list[tuple[int, int]], year: int) -> str:
    """ "tháng 7–9", "tháng 2, tháng 7–9", "tháng 12/2022–02/2023": months
    of `year` by their number alone, others with their year."""

    def one(ym: tuple[int, int], with_year: bool) -> str:
        return f"{ym[1]:02d}/{ym[0]}" if with_year else str(ym[1])

    parts = []
    for first, last in month_runs(months):
        with_year = first[0] != year or last[0] != year
        if first == last:
            parts.append(f"tháng {one(first, with_year)}")
        else:
            parts.append(f"tháng {one(first, with_year)}–{one(last, with_year)}")
    return ", ".join(parts)


def period_plan(plan):
    """The plan with its targets' due windows inside its period: under the
    Nghị định 09 window a target due from 1/1 starts on 15/12 of the previous
    year, and none ends after 14/12. A calendar plan is returned as it is."""
    if plan is None or getattr(plan, "window", CALENDAR) != ND09:
        return plan
    start, end = plan_period(plan)
    first = date(plan.year, 1, 1)
    targets = []
    for t in plan.targets:
        due_start = start if t.due_start <= first else t.due_start
        due_end = min(t.due_end, end)
        targets.append(replace(t, due_start=min(due_start, due_end), due_end=due_end))
    return replace(plan, targets=targets)


def window_of(plan) -> str:
    return getattr(plan, "window", CALENDAR) or CALENDAR


def window_for(year: int, windows: dict[int, str]) -> str:
    """The window a year is counted over, from the plans' (`windows`: year ->
    window): its own plan's; for a year without a plan, the nearest year's
    (the later one on a tie), as the plan it gets is derived from that one;
    so the days after an ND09 window's end count in the next year, once."""
    if year in windows:
        return windows[year] or CALENDAR
    if not windows:
        return CALENDAR
    nearest = min(windows, key=lambda y: (abs(y - year), -y))
    return windows[nearest] or CALENDAR


def year_holding(
    day: date,
    period_of: Callable[[int], tuple[date, date] | None],
    near: int | None = None,
) -> int:
    """The year a day's activities are counted in: `near` when its period
    holds the day, else the day's own year when its period does, else the
    next year's (under Nghị định 09, 20/12/2023 belongs to 2024); the day's
    own year when none does. `period_of(year)`: the year's period under its
    plan's window (None: the year has no plan to count it)."""
    for year in (near, day.year, day.year + 1):
        if year is None:
            continue
        period = period_of(year)
        if period is not None and in_period(day, period):
            return year
    return day.year


def period_years(period: tuple[date, date]) -> tuple[int, ...]:
    """The calendar years (the activities' `year`) a period spans."""
    return tuple(range(period[0].year, period[1].year + 1))
