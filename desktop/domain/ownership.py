"""Whose list is it: a list of another unit's activities, caught before writing.

A station's officer who imports the department's list into the station's
workspace would file the department's work under the station. The tasks the
rows are coded to tell: when most coded rows belong to tasks led by one kind
of unit and none to a task this unit leads, the list looks like that unit's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .plan import Plan, Unit


@dataclass(frozen=True)
class OwnerWarning:
    owner: str  # the leading unit as the plan names it
    rows: int  # coded rows of tasks it leads
    coded: int  # every coded row

    def describe(self) -> str:
        return (
            f"Danh sách này có vẻ của {self.owner}: {self.rows}/{self.coded} dòng thuộc "
            f"nhiệm vụ do {self.owner} chủ trì"
        )


def likely_other_owner(codes: Iterable[str | None], plan: Plan, unit: Unit) -> OwnerWarning | None:
    """A warning when the coded rows (their target codes; None for other
    activities) mostly belong to tasks another kind of unit leads and none to
    a task `unit` leads; None otherwise."""
    targets = {t.code: t for t in plan.targets}
    per_code = Counter(c for c in codes if c is not None and c in targets)
    coded = sum(per_code.values())
    if not coded:
        return None
    if any(unit.leads(targets[c]) for c in per_code):
        return None
    per_kind: Counter[str] = Counter()
    for code, rows in per_code.items():
        for kind in targets[code].lead_kinds:
            per_kind[kind] += rows
    if not per_kind:
        return None
    kind, rows = max(per_kind.items(), key=lambda kv: (kv[1], kv[0]))
    if rows * 2 <= coded:
        return None
    names = {k.code: k.name for k in plan.unit_kinds}
    return OwnerWarning(names.get(kind, kind), rows, coded)
