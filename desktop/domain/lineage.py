"""Units that succeed one another: renamed, or merged into a new unit, from
an effective date (the Đài Phát thanh và Truyền hình tỉnh and the Báo Quảng
Ngãi became the Báo và Phát thanh, Truyền hình Quảng Ngãi on 19/5/2025).
Figures of earlier years follow the line to today's unit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Succession:
    predecessor: str
    successor: str
    effective: date


def predecessors_of(name: str, lineage: list[Succession]) -> list[str]:
    """Every unit whose line leads to `name` (its predecessors, theirs, …),
    nearest first; a circle in the records is followed once."""
    found: list[str] = []
    todo = [name]
    while todo:
        current = todo.pop(0)
        for s in lineage:
            if s.successor == current and s.predecessor not in found and s.predecessor != name:
                found.append(s.predecessor)
                todo.append(s.predecessor)
    return found


def successor_of(name: str, lineage: list[Succession], on: date | None = None) -> str:
    """The unit `name` is today (or on `on`): the end of its line."""
    seen = {name}
    current = name
    while True:
        nxt = [s for s in lineage if s.predecessor == current and (on is None or s.effective <= on)]
        if not nxt or nxt[0].successor in seen:
            return current
        current = nxt[0].successor
        seen.add(current)
