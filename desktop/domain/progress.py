"""Progress against the plan's targets, and the pace expected by a date."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from .activity import Activity
from .period import clamp, year_period
from .plan import Plan, Target, Unit
from .rules import (
    expected_by,
    is_counted,
    is_met,
    is_met_late,
    is_on_pace,
    is_on_time,
    window_over,
)


class Status(StrEnum):
    MET = "met"
    MET_LATE = "met_late"
    NOT_MET = "not_met"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_TARGET = "no_target"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.MET: "Đạt",
    Status.MET_LATE: "Đạt (trễ hạn)",
    Status.NOT_MET: "Không đạt",
    Status.ON_TRACK: "Đúng tiến độ",
    Status.BEHIND: "Chậm tiến độ",
    Status.NO_TARGET: "Không có chỉ tiêu",
}


class Tally(NamedTuple):
    """What a unit recorded under one target code, up to the `on` date (a
    named tuple: a ministry's consolidated progress makes 100,000 of them)."""

    total: int = 0  # sum of quantities in the year up to `on`
    on_time: int = 0  # the part on time against the due window (rules.is_on_time)
    cost: int = 0
    count: int = 0  # number of activity records


@dataclass
class ProgressRow:
    code: str
    title: str
    measure: str
    target: int | None
    actual: int
    percent: float | None
    expected: float | None
    status: Status
    leads: bool = True
    cost: int = 0
    units: int = 1  # units carrying it (consolidated progress)
    breakdown: list = field(default_factory=list)
    # The same period of the year before, when its records are held
    # (consolidated progress).
    previous: int | None = None

    def as_json(self) -> dict:
        return {
            "code": self.code,
            "title": self.title,
            "target": self.target,
            "actual": self.actual,
            "percent": None if self.percent is None else round(self.percent, 1),
            "expected": None if self.expected is None else round(self.expected, 1),
            "status": self.status.value,
        }


def default_on(
    year: int, today: date | None = None, period: tuple[date, date] | None = None
) -> date:
    """Today during the year's period (default: the calendar year); its last
    day once it is over; its first day before it."""
    return clamp(today or date.today(), period or year_period(year))


def report_cutoff(
    year: int,
    report_date: date | None,
    today: date | None = None,
    period: tuple[date, date] | None = None,
) -> date:
    """The last day a report's figures count ("Số liệu tính đến ngày ..."):
    the report's date within the year's period (default: the calendar year),
    its last day for a report dated after it, its first day for one dated
    before it; without a date, `default_on`."""
    if report_date is None:
        return default_on(year, today, period)
    return clamp(report_date, period or year_period(year))


def full_year_estimate(actual: int, share: float) -> int | None:
    """What the pace so far gives by the end of the window (`share`: the
    part of the window gone, domain.rules.elapsed_share); None before it
    starts. An estimate, never a figure recorded."""
    if share <= 0:
        return None
    return round(actual / min(share, 1.0))


def evaluate(target: Target, tally: Tally, on: date, target_value: int | None = None) -> tuple:
    """(percent, expected, status) for one target. `target_value` overrides the
    plan's number (consolidation multiplies per-unit targets)."""
    goal = target.target if target_value is None else target_value
    if goal is None:
        return None, None, Status.NO_TARGET
    percent = tally.total * 100.0 / goal if goal else None
    expected = expected_by(goal, target, on)
    if is_met(tally.on_time, goal):
        status = Status.MET
    elif is_met_late(tally.on_time, tally.total, goal):
        status = Status.MET_LATE
    elif window_over(target, on):
        status = Status.NOT_MET
    elif is_on_pace(tally.total, expected):
        status = Status.ON_TRACK
    else:
        status = Status.BEHIND
    return percent, expected, status


def tally_activities(
    activities: Iterable[Activity], targets: dict[str, Target], on: date
) -> dict[str | None, Tally]:
    """The tallies by target code (None: other activities) of some activities,
    by the rules alone: what the store's tally query computes in SQL."""
    sums: dict[str | None, list[int]] = {}
    for a in activities:
        if not is_counted(a.date, on):
            continue
        code = a.target_code or None
        s = sums.setdefault(code, [0, 0, 0, 0])
        s[0] += a.quantity
        if is_on_time(a.date, targets.get(code) if code else None):
            s[1] += a.quantity
        s[2] += a.cost
        s[3] += 1
    return {code: Tally(*s) for code, s in sums.items()}


def total_cost(tallies: Iterable[Tally]) -> int:
    """The cost of everything recorded, other activities included: the one
    sum every figure and report of costs uses. Exact whatever the size (the
    store adds with total(), which never overflows; here Python integers),
    and never below zero."""
    return sum(max(int(t.cost), 0) for t in tallies)


def unit_progress(
    plan: Plan, unit: Unit, tallies: dict[str | None, Tally], on: date
) -> list[ProgressRow]:
    """Rows for every target the unit leads and every target it has
    activities under, in the plan's order. Other activities are not a row
    here; see `other_activities`."""
    rows: list[ProgressRow] = []
    for t in plan.targets:
        leads = unit.leads(t)
        tally = tallies.get(t.code)
        if not leads and (tally is None or tally.count == 0):
            continue
        tally = tally or Tally()
        percent, expected, status = evaluate(t, tally, on)
        rows.append(
            ProgressRow(
                code=t.code,
                title=t.title,
                measure=t.measure,
                target=t.target,
                actual=tally.total,
                percent=percent,
                expected=expected,
                status=status,
                leads=leads,
                cost=tally.cost,
            )
        )
    return rows
