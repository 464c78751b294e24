"""Units: the workspace's own unit and every unit it knows of."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from ..domain.field_limits import unit_problem
from ..domain.lineage import Succession
from ..domain.plan import Plan, Unit, same_unit_name
from ..domain.text import Message, clean_line, fold, template
from .columns import UNITS, read_unit
from .errors import WorkspaceError
from .repository import Repository

SELF_UNIT_KEY = "self_unit_id"

# The store's messages about units (desktop.domain.text.Message).
NO_NAME = template("Tên đơn vị không được để trống.")
NAME_TAKEN = template("Đã có đơn vị tên “{name}”.")
NO_SELF_UNIT = template(
    "Dữ liệu này chưa chọn đơn vị. Hãy mở ứng dụng để chọn, hoặc dùng lệnh "
    "“init --unit TÊN ĐƠN VỊ”."
)
NO_OLD_UNIT = template("Chưa nêu đơn vị cũ nào.")
NO_SUCH_UNIT = template("Không có đơn vị “{name}” trong dữ liệu.")
NO_NEW_NAME = template("Chưa nêu tên đơn vị mới.")
OWN_SUCCESSOR = template("“{name}” không thể kế thừa chính mình.")
HAS_OWN_FIGURES = template("Không hoàn tác được: “{name}” đã có số liệu riêng.")


@dataclass(frozen=True)
class MergeUndo:
    """What a merge changed: the successor as it was (None: the merge added
    it), the predecessors, and the lineage records it replaced."""

    successor_before: Unit | None
    successor_id: int
    predecessor_ids: tuple[int, ...]
    replaced: tuple[tuple, ...] = ()
    # (unit id, addressee before): the units whose reports went to a
    # predecessor and now go to the successor.
    readdressed: tuple[tuple[int, str], ...] = ()


@lru_cache(maxsize=8192)
def _folded_name(name: str) -> str:
    return fold(name)


def _copy(unit: Unit) -> Unit:
    """A shallow copy of a unit (its fields are strings, numbers and tuples)."""
    twin = object.__new__(Unit)
    twin.__dict__.update(unit.__dict__)
    return twin


def self_unit_name(conn) -> str | None:
    """The name of the workspace's own unit, read from a bare connection."""
    row = conn.execute(
        "SELECT u.name FROM meta m JOIN units u ON u.id = CAST(m.value AS INTEGER) WHERE m.key = ?",
        (SELF_UNIT_KEY,),
    ).fetchone()
    return row[0] if row else None


class UnitsRepository(Repository):
    """`ws.units`: reads and writes of the units table."""

    def all(self) -> list[Unit]:
        """Every unit by id. Read once per state of the file: a ministry's
        6,000 units are asked for several times by one consolidated view."""
        stamp = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        cached = getattr(self, "_all_cache", None)
        if cached is None or cached[0] != stamp:
            units = [
                read_unit(r)
                for r in self.conn.execute(f"SELECT {UNITS.select_list} FROM units ORDER BY id")
            ]
            self._all_cache = cached = (stamp, units)
        # Copies: a caller may change its units (their fields are immutable values).
        return [_copy(u) for u in cached[1]]

    def get(self, unit_id: int) -> Unit | None:
        row = self.conn.execute(
            f"SELECT {UNITS.select_list} FROM units WHERE id = ?", (unit_id,)
        ).fetchone()
        return read_unit(row) if row else None

    def by_name(self, name: str) -> Unit | None:
        """The unit of that name, accents and case aside (the first by id)."""
        key = fold(name)
        # Names alone, each folded once: a batch of packages asks after each
        # write, when the units `all` keeps are out of date.
        for unit_id, unit_name in self.conn.execute("SELECT id, name FROM units ORDER BY id"):
            if _folded_name(unit_name) == key:
                return self.get(unit_id)
        return None

    def put(self, u: Unit) -> int:
        """Insert (id None) or update a unit in the caller's transaction."""
        problem = unit_problem(u)
        if problem is not None:
            raise WorkspaceError(problem)
        if u.id is None:
            return self.conn.execute(UNITS.insert_sql(), UNITS.insert_params()(u)).lastrowid
        self.conn.execute(UNITS.update_sql(), (*UNITS.update_params()(u), u.id))
        return u.id

    def save(self, unit: Unit) -> int:
        if not clean_line(unit.name):
            raise WorkspaceError(Message(NO_NAME))
        try:
            with self.ws.transaction():
                return self.put(unit)
        except sqlite3.IntegrityError as e:
            raise WorkspaceError(Message(NAME_TAKEN, name=unit.name)) from e

    def self_unit(self) -> Unit | None:
        """The unit this workspace belongs to, once chosen."""
        value = self.ws.get_meta(SELF_UNIT_KEY)
        return self.get(int(value)) if value else None

    def set_self_unit(self, unit: Unit, *, current_year: int | None = None) -> Unit:
        """Make `unit` this workspace's own unit (adding it if new), and with
        `current_year` the year the app opens on, in one transaction."""
        with self.ws.transaction():
            existing = self.by_name(unit.name) if unit.id is None else None
            if existing is not None:
                unit = replace(unit, id=existing.id) if unit != existing else existing
            uid = self.put(unit)
            self.ws.set_meta(SELF_UNIT_KEY, str(uid))
            if current_year is not None:
                self.ws.set_meta("current_year", str(current_year))
        return self.get(uid)

    def require_self_unit(self) -> Unit:
        unit = self.self_unit()
        if unit is None:
            raise WorkspaceError(Message(NO_SELF_UNIT))
        return unit

    def mark_consolidator(self, name: str, plan: Plan | None = None) -> Unit | None:
        """The unit a plan names as its consolidating unit is one (in the
        caller's transaction); its reports go to the plan's issuer. None when
        the workspace has no unit of that name."""
        from ..domain.plan import same_unit_name, superior_of

        for u in self.all():
            if same_unit_name(u.name, name):
                if not u.consolidator:
                    addressee = superior_of(plan) if plan and plan.issuer else u.addressee
                    self.put(replace(u, consolidator=True, addressee=addressee))
                return self.get(u.id)
        return None

    def follow_consolidator(self, old: str, new: str) -> list[Unit]:
        """The units whose reports went to `old`, the consolidating unit a
        year's plan named before, now send them to `new` (in the caller's
        transaction): their addressee was the plan's, so it follows the
        plan, as the report's "Kính gửi" and closing request must. A
        consolidating unit (its reports go to its superior) and `new`
        itself are left as they are. Returns the units changed."""
        old, new = clean_line(old), clean_line(new)
        if not old or not new or same_unit_name(old, new):
            return []
        moved = self._readdress([old], new, keep=lambda u: u.consolidator)
        return [self.get(unit_id) for unit_id, _ in moved]

    def _readdress(
        self, olds: list[str], new: str, keep: Callable[[Unit], bool] = lambda u: False
    ) -> list[tuple[int, str]]:
        """Every unit addressed to one of `olds` is addressed to `new`
        instead, except `new` itself, the `olds` and those `keep` keeps (in
        the caller's transaction). (unit id, addressee before) of each."""
        changed = []
        for u in self.all():
            if keep(u) or same_unit_name(u.name, new):
                continue
            if any(same_unit_name(u.name, old) for old in olds):
                continue
            if any(same_unit_name(u.addressee, old) for old in olds):
                changed.append((u.id, u.addressee))
                self.put(replace(u, addressee=new))
        return changed

    # -- lineage -----------------------------------------------------------------

    def lineage(self) -> list[Succession]:
        return [
            Succession(r[0], r[1], date.fromisoformat(r[2]))
            for r in self.conn.execute(
                "SELECT p.name, s.name, l.effective FROM unit_lineage l "
                "JOIN units p ON p.id = l.predecessor_id JOIN units s ON s.id = l.successor_id "
                "ORDER BY l.effective, p.name"
            )
        ]

    def merge(self, predecessors: list[str], successor: Unit, effective: date) -> Unit:
        """Record that `predecessors` became `successor` on `effective` (one
        name: a renaming). The successor is added when new, and leads what
        its predecessors led; the predecessors keep their records, and their
        figures count under the successor from the year of the date on
        (figures.consolidated_view). One transaction."""
        return self.merge_undoable(predecessors, successor, effective)[0]

    def merge_undoable(
        self, predecessors: list[str], successor: Unit, effective: date
    ) -> tuple[Unit, MergeUndo]:
        """`merge`, and what `undo_merge` needs to put things back."""
        names = [clean_line(n) for n in predecessors if clean_line(n)]
        if not names:
            raise WorkspaceError(Message(NO_OLD_UNIT))
        with self.ws.transaction():
            olds = []
            for name in names:
                unit = self.by_name(name)
                if unit is None:
                    raise WorkspaceError(Message(NO_SUCH_UNIT, name=name))
                olds.append(unit)
            target = self.by_name(successor.name)
            if not clean_line(successor.name):
                raise WorkspaceError(Message(NO_NEW_NAME))
            if target is not None and any(u.id == target.id for u in olds):
                raise WorkspaceError(Message(OWN_SUCCESSOR, name=successor.name))
            old_rows = tuple(
                tuple(r)
                for r in self.conn.execute(
                    "SELECT predecessor_id, successor_id, effective FROM unit_lineage "
                    f"WHERE predecessor_id IN ({', '.join('?' for _ in olds)})",
                    [u.id for u in olds],
                )
            )
            leads = list((target or successor).lead_kinds)
            for u in olds:
                leads += [k for k in u.lead_kinds if k not in leads]
            # The successor of the consolidating unit consolidates in its place.
            consolidates = (target or successor).consolidator or any(u.consolidator for u in olds)
            taken = {"lead_kinds": tuple(leads), "consolidator": consolidates}
            # A unit that reported to one of its predecessors reports where that one did.
            base = target or successor
            addressed = next((u for u in olds if same_unit_name(base.addressee, u.name)), None)
            if addressed is not None and clean_line(addressed.addressee):
                if not same_unit_name(addressed.addressee, base.name):
                    taken["addressee"] = addressed.addressee
            if target is None:
                target_id = self.put(replace(successor, id=None, **taken))
            else:
                target_id = self.put(replace(target, **taken))
            for u in olds:
                self.conn.execute(
                    "INSERT OR REPLACE INTO unit_lineage(predecessor_id, successor_id, effective) "
                    "VALUES (?, ?, ?)",
                    (u.id, target_id, effective.isoformat()),
                )
            # The units that reported to a predecessor report to its
            # successor, once the merger has taken effect (one recorded ahead
            # of its date changes nothing yet: the check before issuing names
            # the addressee when the day comes).
            readdressed = ()
            if effective <= date.today():
                new = self.get(target_id).name
                readdressed = tuple(self._readdress([u.name for u in olds], new))
        undo = MergeUndo(
            successor_before=target,
            successor_id=target_id,
            predecessor_ids=tuple(u.id for u in olds),
            replaced=old_rows,
            readdressed=readdressed,
        )
        return self.get(target_id), undo

    def undo_merge(self, undo: MergeUndo) -> None:
        """Put back what a merge changed, in one transaction: its lineage
        records (and any it replaced), the successor's leads, and the
        successor itself when the merge added it — refused once the new unit
        has records or packages of its own."""
        with self.ws.transaction():
            sid = undo.successor_id
            for pid in undo.predecessor_ids:
                self.conn.execute(
                    "DELETE FROM unit_lineage WHERE predecessor_id = ? AND successor_id = ?",
                    (pid, sid),
                )
            self.conn.executemany(
                "INSERT OR REPLACE INTO unit_lineage(predecessor_id, successor_id, effective) "
                "VALUES (?, ?, ?)",
                undo.replaced,
            )
            for unit_id, addressee in undo.readdressed:
                unit = self.get(unit_id)
                if unit is not None:
                    self.put(replace(unit, addressee=addressee))
            if undo.successor_before is not None:
                self.put(undo.successor_before)
                return
            held = self.conn.execute(
                "SELECT (SELECT count(*) FROM activities WHERE unit_id = ?) + "
                "(SELECT count(*) FROM submissions WHERE unit_id = ?) + "
                "(SELECT count(*) FROM unit_lineage WHERE successor_id = ? OR predecessor_id = ?)",
                (sid, sid, sid, sid),
            ).fetchone()[0]
            if held:
                unit = self.get(sid)
                raise WorkspaceError(Message(HAS_OWN_FIGURES, name=unit.name if unit else ""))
            self.conn.execute("DELETE FROM units WHERE id = ?", (sid,))

    # -- who must report (the department's workspace) ----------------------------

    def expected(self) -> dict[int, bool]:
        """unit id -> whether the unit must send its report."""
        return {r[0]: bool(r[1]) for r in self.conn.execute("SELECT id, expected FROM units")}

    def expected_in(self, year: int) -> dict[int, bool]:
        """unit id -> must report in `year`, as ticked or unticked by hand for
        that year (units left to the rule are absent)."""
        return {
            r[0]: bool(r[1])
            for r in self.conn.execute(
                "SELECT unit_id, expected FROM unit_expected WHERE year = ?", (year,)
            )
        }

    def set_expected(self, unit_id: int, expected: bool, year: int | None = None) -> None:
        """Whether the unit must report: for `year` only (wins over the rule
        of who takes part in that year's plan), or for every year (None)."""
        with self.ws.transaction():
            if year is None:
                self.conn.execute(
                    "UPDATE units SET expected = ? WHERE id = ?", (int(expected), unit_id)
                )
            else:
                self.conn.execute(
                    "INSERT OR REPLACE INTO unit_expected(unit_id, year, expected) "
                    "VALUES (?, ?, ?)",
                    (unit_id, year, int(expected)),
                )
