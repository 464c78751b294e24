"""Consolidated progress: the province's figures summed over the units.

A target carried "per unit" (each district centre must produce 12
programmes) counts once per unit carrying it: the province-wide target is
the plan's number times the number of those units. Any other target is the
plan's number, carried by its leading unit(s). Every unit's records under a
code add to the result, leading or not, and each row keeps the per-unit
breakdown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial

from .plan import Plan, Target, Unit
from .progress import ProgressRow, Status, Tally, evaluate


def report_deadline(plan: Plan) -> date:
    """When units must have sent their reports: the plan's date, 01/12 by default."""
    return plan.report_deadline or date(plan.year, 12, 1)


def on_time(day: date, deadline: date) -> bool:
    """A report sent (or made) on `day` is in time: on the deadline itself too."""
    return day <= deadline


def sent_on(made: date | None, received: date | None) -> date | None:
    """The day a unit's report counts as sent, what đúng hạn / trễ hạn is
    judged by everywhere (the Tổng hợp page, the consolidated report,
    `submissions list`): the day the unit made its package. A package comes
    by e-mail or on a USB stick and the officer receives it in the app when
    she can, so the day of receipt says when she did, not when the unit
    sent it. Never later than the day it arrived: a package cannot be sent
    after it was received (a later date is the sender's wrong clock)."""
    if made is None or received is None:
        return made or received
    return min(made, received)


def submission_status(sent: date | None, deadline: date, expected: bool = True) -> str:
    """The unit's state for the year: `sent` is the day its first package
    counts as sent (`sent_on`), None when none came."""
    if sent is None:
        return "Chưa nộp" if expected else "Không phải nộp"
    return "Đã nộp, đúng hạn" if on_time(sent, deadline) else "Đã nộp, trễ hạn"


@dataclass(frozen=True)
class UnitShare:
    """One unit's part of a consolidated target."""

    unit: Unit
    carries: bool  # the unit leads this target
    target: int | None  # what this unit alone must reach (None: no own number)
    actual: int
    percent: float | None
    status: Status | None  # None for a unit that only contributed
    cost: int = 0
    # The same period of the year before (its predecessors' figures summed
    # in; None: no records of that year held), and what the figures take in
    # from units merged into this one ("gồm số liệu của … trước ngày …").
    previous: int | None = None
    note: str = ""


def _sum(tallies: Iterable[Tally]) -> Tally:
    """The tallies added up, field by field (a tally is a named tuple)."""
    sums = [sum(column) for column in zip(*tallies, strict=True)]
    return Tally(*sums) if sums else Tally()


def province_target(target: Target, carriers: int) -> int | None:
    if target.target is None:
        return None
    return target.target * carriers if target.per_unit else target.target


def _share(
    target: Target,
    unit: Unit,
    tally: Tally,
    on: date,
    lead_count: int,
    previous: int | None = None,
    note: str = "",
    carries: bool | None = None,
) -> UnitShare:
    if carries is None:
        carries = unit.leads(target)
    own: int | None = None
    if carries and target.target is not None and (target.per_unit or lead_count == 1):
        own = target.target
    if own is None:
        return UnitShare(unit, carries, None, tally.total, None, None, tally.cost, previous, note)
    percent, _, status = evaluate(target, tally, on, target_value=own)
    return UnitShare(unit, carries, own, tally.total, percent, status, tally.cost, previous, note)


def _shares(
    target: Target,
    shown: list[Unit],
    recorded: dict[int, Tally],
    on: date,
    lead_count: int,
    last: dict[int, int] | None,
    notes: dict[int, str],
    leading: set,
) -> list[UnitShare]:
    none = Tally()
    return [
        _share(
            target,
            u,
            recorded.get(u.id, none),
            on,
            lead_count,
            None if last is None else last.get(u.id, 0),
            notes.get(u.id, ""),
            u.lead_kinds in leading,
        )
        for u in shown
    ]


class Shares(Sequence):
    """A target's per-unit breakdown (a list of UnitShare), made when first
    read: a ministry's consolidated progress has 100,000 unit shares, and
    its totals are read far more often than every unit's part."""

    __slots__ = ("_make", "_items")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, make: Callable[[], list[UnitShare]]):
        self._make: Callable[[], list[UnitShare]] | None = make
        self._items: list[UnitShare] | None = None

    def _list(self) -> list[UnitShare]:
        if self._items is None:
            assert self._make is not None
            self._items, self._make = self._make(), None
        return self._items

    def __len__(self) -> int:
        return len(self._list())

    def __getitem__(self, index):
        return self._list()[index]

    def __iter__(self) -> Iterator[UnitShare]:
        return iter(self._list())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Shares):
            other = other._list()
        return isinstance(other, list) and self._list() == other

    def __repr__(self) -> str:
        return repr(self._list())


def consolidated_progress(
    plan: Plan,
    units: list[Unit],
    tallies: dict[tuple[int, str | None], Tally],
    on: date,
    *,
    previous: dict[tuple[int, str | None], Tally] | None = None,
    notes: dict[int, str] | None = None,
) -> list[ProgressRow]:
    """One row per target of the plan, in the plan's order.

    `units` are the units taking part (those expected to report, the
    department itself, and any unit whose records are held); `tallies` maps
    (unit id, target code) to what that unit recorded up to `on`. Renamed
    and merged units are already folded under their successor (see
    domain.lineage). `previous`: the same for the same period of the year
    before, when records of it are held; `notes`: unit id -> what its
    figures take in from its predecessors.
    """
    notes = notes or {}
    before: dict[str, dict[int, int]] = {}
    for (unit_id, code), tally in (previous or {}).items():
        if code is not None:
            before.setdefault(code, {})[unit_id] = tally.total
    by_code: dict[str, dict[int, Tally]] = {}
    for (unit_id, code), tally in tallies.items():
        if code is not None:
            recorded = by_code.get(code)
            if recorded is None:
                recorded = by_code[code] = {}
            recorded[unit_id] = tally
    units_by_id = {u.id: u for u in units}
    # Units of the same kinds lead the same targets: asked once per kinds
    # (a ministry's thousands of communes share a handful).
    kinds = {u.lead_kinds: u for u in units}
    rows: list[ProgressRow] = []
    for t in plan.targets:
        leading = {k for k, u in kinds.items() if u.leads(t)}
        carriers = [u for u in units if u.lead_kinds in leading]
        recorded = by_code.get(t.code, {})
        goal = province_target(t, len(carriers))
        total = _sum(recorded.values())
        if goal is None or (t.per_unit and not carriers):
            percent, expected, status = None, None, Status.NO_TARGET
            goal = None
        else:
            percent, expected, status = evaluate(t, total, on, target_value=goal)
        carrier_ids = {u.id for u in carriers}
        contributors = [
            units_by_id[i] for i in recorded if i in units_by_id and i not in carrier_ids
        ]
        shown = carriers + contributors
        last = before.get(t.code, {}) if previous else None
        breakdown = Shares(
            partial(_shares, t, shown, recorded, on, len(carriers), last, notes, leading)
        )
        rows.append(
            ProgressRow(
                code=t.code,
                title=t.title,
                measure=t.measure,
                target=goal,
                actual=total.total,
                percent=percent,
                expected=expected,
                status=status,
                leads=bool(carriers),
                cost=total.cost,
                units=len(carriers),
                breakdown=breakdown,
                previous=None if last is None else sum(last.values()),
            )
        )
    return rows
