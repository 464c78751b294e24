"""Progress against the plan's targets, and the pace expected by a date."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from .plan import Plan, Target, Unit


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


@dataclass(frozen=True)
class Tally:
    """What a unit recorded under one target code, up to the `on` date."""

    total: int = 0  # sum of quantities in the year up to `on`
    on_time: int = 0  # the part dated on or before the end of the due window
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


def default_on(year: int, today: date | None = None) -> date:
    """Today during the year; 31/12 once the year is over; 1/1 before it."""
    today = today or date.today()
    if today.year > year:
        return date(year, 12, 31)
    if today.year < year:
        return date(year, 1, 1)
    return today


def elapsed_share(target: Target, on: date) -> float:
    if on < target.due_start:
        return 0.0
    if on >= target.due_end:
        return 1.0
    return ((on - target.due_start).days + 1) / target.window_days()


def evaluate(target: Target, tally: Tally, on: date, target_value: int | None = None) -> tuple:
    """(percent, expected, status) for one target. `target_value` overrides the
    plan's number (consolidation multiplies per-unit targets)."""
    goal = target.target if target_value is None else target_value
    if goal is None:
        return None, None, Status.NO_TARGET
    percent = tally.total * 100.0 / goal if goal else None
    expected = goal * elapsed_share(target, on)
    if tally.on_time >= goal:
        status = Status.MET
    elif tally.total >= goal:
        status = Status.MET_LATE
    elif on >= target.due_end:  # the last day counts as over: a finished year reads "Không đạt"
        status = Status.NOT_MET
    elif tally.total >= expected:
        status = Status.ON_TRACK
    else:
        status = Status.BEHIND
    return percent, expected, status


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
