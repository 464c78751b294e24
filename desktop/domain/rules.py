"""The rules of counting and judging progress, as plain functions.

Which day's activities count, which are on time, when a target is met, met
late, over, or on pace. The store's tally query takes its cut-off days from
here (`counted_until`, `on_time_until`), so the SQL and these rules cannot
drift apart.
"""

from __future__ import annotations

from datetime import date

from .plan import Target


def counted_until(on: date) -> date:
    """The last day whose activities count in figures "as of" `on`: `on` itself."""
    return on


def is_counted(day: date, on: date) -> bool:
    return day <= counted_until(on)


def on_time_until(target: Target) -> date:
    """The last day an activity is on time for a target: the due window's last day."""
    return target.due_end


def is_on_time(day: date, target: Target | None) -> bool:
    """On time against the target's due window. An activity outside the
    plan's numbered targets (None) has no window and is never late."""
    return target is None or day <= on_time_until(target)


def window_over(target: Target, on: date) -> bool:
    """The due window is over as of `on`; its last day already counts as over,
    so a finished year reads "Không đạt" rather than "Chậm tiến độ"."""
    return on >= target.due_end


def elapsed_share(target: Target, on: date) -> float:
    """The part of the due window gone by `on` (both ends counted)."""
    if on < target.due_start:
        return 0.0
    if window_over(target, on):
        return 1.0
    return ((on - target.due_start).days + 1) / target.window_days()


def expected_by(goal: int, target: Target, on: date) -> float:
    """What the pace asks for by `on`: the goal in proportion to the window gone."""
    return goal * elapsed_share(target, on)


def is_met(on_time: int, goal: int) -> bool:
    """Met: the quantities recorded on time reach the goal."""
    return on_time >= goal


def is_met_late(on_time: int, total: int, goal: int) -> bool:
    """Met late: the goal is reached only with what was recorded after the window."""
    return not is_met(on_time, goal) and total >= goal


def is_on_pace(total: int, expected: float) -> bool:
    return total >= expected
