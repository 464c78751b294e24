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


def merged_away(name: str, lineage: list[Succession], on: date) -> Succession | None:
    """When the unit `name` (as typed: an addressee) had been renamed or
    merged into another by `on`: the step that ended it, its successor
    being the unit it is today. None when it still exists."""
    from .plan_phrases import canonical_unit_key

    key = canonical_unit_key(name) if name else ""
    steps = [
        s for s in lineage if key and canonical_unit_key(s.predecessor) == key and s.effective <= on
    ]
    if not steps:
        return None
    first = min(steps, key=lambda s: s.effective)
    now = successor_of(first.successor, lineage, on)
    return Succession(first.predecessor, now, first.effective)


# -- a year's figures along the lineage ------------------------------------------


@dataclass(frozen=True)
class Absorbed:
    """A predecessor whose figures of the year count under its successor."""

    predecessor: str
    predecessor_id: int
    successor_id: int
    effective: date


@dataclass(frozen=True)
class YearLine:
    """How the figures of one year fold along the lineage: every unit that
    was renamed or merged by the year's end counts under the unit it became
    (its successor's successor, …). The department's view (consolidated
    progress, the consolidated report, comparisons with the year before) is
    built from figures folded this way, so a predecessor is never also a
    unit of its own."""

    year: int
    into: dict[int, int]  # predecessor id -> successor id
    absorbed: dict[int, list[Absorbed]]  # successor id -> its predecessors
    # Units made by a renaming or merger only after the year: in that year
    # they take no part unless they recorded something.
    later: frozenset[int] = frozenset()

    def target(self, unit_id: int) -> int:
        return self.into.get(unit_id, unit_id)

    def folded(self, unit_id: int) -> bool:
        return unit_id in self.into


def year_line(lineage: list[Succession], ids: dict[str, int], year: int) -> YearLine:
    """The fold of `year`'s figures: successions effective by 31/12 of the
    year, followed to their end as of that day. `ids`: unit name -> id."""
    end = date(year, 12, 31)
    into: dict[int, int] = {}
    absorbed: dict[int, list[Absorbed]] = {}
    # In the workspace's order of units (the plan's list, then the others).
    for s in sorted(lineage, key=lambda s: (ids.get(s.predecessor, 0), s.effective)):
        if s.effective > end or s.predecessor not in ids:
            continue
        final = successor_of(s.predecessor, lineage, on=end)
        if final == s.predecessor or final not in ids:
            continue
        pid, sid = ids[s.predecessor], ids[final]
        if pid in into:
            continue
        into[pid] = sid
        absorbed.setdefault(sid, []).append(Absorbed(s.predecessor, pid, sid, s.effective))
    firsts: dict[str, date] = {}
    for s in lineage:
        firsts[s.successor] = min(firsts.get(s.successor, s.effective), s.effective)
    later = frozenset(ids[n] for n, first in firsts.items() if first > end and n in ids)
    return YearLine(year, into, absorbed, later)


def fold_keyed(values: dict, line: YearLine, add) -> dict:
    """`values` keyed by (unit id, …) with each predecessor's entries added
    (`add(a, b)`) into its successor's."""
    if not line.into:  # no unit renamed or merged: nothing to fold
        return dict(values)
    out: dict = {}
    for key, value in values.items():
        unit_id, *rest = key
        new = (line.target(unit_id), *rest)
        out[new] = add(out[new], value) if new in out else value
    return out


def lineage_note(line: YearLine, successor_id: int, held: set[int], own_before: int = 0) -> str:
    """What the successor's figures of the year take in, stated plainly:
    "gồm số liệu của Đài …, Báo … trước ngày 19/05/2025" (a merger during
    the year), "gồm số liệu của … (trước khi sáp nhập)" (earlier), and the
    predecessors whose figures are not held: "chưa có số liệu của … trước
    ngày …". `held`: ids of the units whose figures the department holds;
    `own_before`: activities the successor itself recorded before the date
    (the same work may then be counted twice: said so, to be checked)."""
    parts = []
    start = date(line.year, 1, 1)
    groups: dict[tuple[bool, date], list[str]] = {}
    for a in line.absorbed.get(successor_id, []):
        if a.effective <= start and a.predecessor_id not in held:
            continue  # merged before the year began and nothing recorded since
        groups.setdefault((a.predecessor_id in held, a.effective), []).append(a.predecessor)
    for (has, effective), names in sorted(groups.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
        who = ", ".join(names)
        when = f"trước ngày {effective:%d/%m/%Y}" if effective > start else "trước khi sáp nhập"
        parts.append(f"{'gồm' if has else 'chưa có'} số liệu của {who} {when}")
    during = [a.effective for a in line.absorbed.get(successor_id, []) if a.effective > start]
    if during and successor_id not in held and any(p.startswith("gồm") for p in parts):
        parts.append(f"chưa có số liệu của chính đơn vị từ ngày {min(during):%d/%m/%Y}")
    if during and own_before and any(p.startswith("gồm") for p in parts):
        parts.append(
            f"đơn vị cũng tự ghi {own_before} hoạt động trước ngày {min(during):%d/%m/%Y}, "
            "cần kiểm tra trùng lặp"
        )
    return "; ".join(parts)
