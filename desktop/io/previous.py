"""A previous year's workspace file of this app, brought into the current one.

The source file is never touched: it is copied to a temporary folder and the
copy is migrated to the current schema, so a file from any earlier version
can be read. Files from a newer version, corrupt files and other databases
are refused with the store's own messages, naming the officer's file.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..domain.activity import Activity
from ..domain.plan import Plan, Unit, new_unit_defaults
from ..domain.text import fold
from ..store import ActivityFilter, Workspace, WorkspaceError
from ..store.connection import SQLITE_HEADER
from ..store.workspace import load_builtin_plan


class PreviousImportError(Exception):
    """The previous workspace cannot be brought in; the message says why."""


def is_workspace_file(path: Path | str) -> bool:
    """A SQLite file (what this app saves), whatever its extension."""
    path = Path(path)
    if path.suffix.lower() == ".cdsdb":
        return True
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


@dataclass
class PreviousWorkspace:
    """Everything read from a previous workspace, held in memory."""

    path: Path
    schema_version: int
    unit: Unit
    plans: list[Plan] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    report_texts: dict[int, dict[str, str]] = field(default_factory=dict)  # year -> key -> text

    @property
    def name(self) -> str:
        return self.path.name

    def activity_years(self) -> list[int]:
        return sorted({a.date.year for a in self.activities})


def read_previous_workspace(path: Path | str) -> PreviousWorkspace:
    """Read a workspace file of this app through a migrated temporary copy."""
    path = Path(path)
    if not path.exists():
        raise PreviousImportError(f"Không tìm thấy tệp “{path}”.")
    with tempfile.TemporaryDirectory(prefix="cds-nhap-") as folder:
        copy = Path(folder) / "nam-truoc.cdsdb"
        try:
            shutil.copyfile(path, copy)
            # A file last closed uncleanly keeps recent changes in its -wal file.
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as e:
            raise PreviousImportError(f"Không đọc được tệp “{path}” ({e.strerror or e}).") from e
        version = _stored_version(copy)
        try:
            src = Workspace.open(copy, create=False, seed=False, before_migrate=_no_backup)
        except WorkspaceError as e:
            raise PreviousImportError(str(e).replace(str(copy), str(path))) from e
        try:
            return _read(src, path, version)
        except (sqlite3.Error, ValueError, KeyError, IndexError, TypeError) as e:
            # Damage that the quick check on opening does not see (a changed
            # byte inside a record) shows up only when the rows are read.
            raise PreviousImportError(
                f"Tệp “{path}” bị hỏng: không đọc được dữ liệu bên trong ({e}). "
                "Hãy dùng một bản sao lưu của tệp đó."
            ) from e
        finally:
            src.close()


def _no_backup(conn: sqlite3.Connection, old_version: int) -> None:
    """The copy being migrated is thrown away afterwards; the original is the backup."""


def _stored_version(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0


def _read(src: Workspace, path: Path, version: int) -> PreviousWorkspace:
    unit = src.units.self_unit()
    if unit is None:
        raise PreviousImportError(
            f"Tệp “{path}” chưa chọn đơn vị nên không có hoạt động nào để nhập."
        )
    plans = [p for p in (src.plans.get(y) for y in src.plans.years()) if p is not None]
    activities = list(src.activities.iterate(ActivityFilter(unit_id=unit.id)))
    texts = {y: src.texts.report_texts(unit.id, y) for y in src.texts.years(unit.id)}
    return PreviousWorkspace(path, version, unit, plans, activities, texts)


def is_untouched_profile(unit: Unit) -> bool:
    """The unit profile is still as the plan (or a new unit's defaults) gave it."""
    _, builtin = load_builtin_plan()
    defaults = [u for u in builtin if fold(u.name) == fold(unit.name)]
    defaults.append(new_unit_defaults(unit.name))
    defaults.append(new_unit_defaults(unit.name, load_builtin_plan()[0]))
    return any(replace(d, id=unit.id) == unit for d in defaults)


@dataclass
class PreviousSummary:
    name: str
    unit_name: str
    profile_taken: bool = False
    plans_added: list[int] = field(default_factory=list)
    inserted: int = 0
    skipped: int = 0
    texts_added: int = 0
    texts_present: int = 0

    def describe(self) -> str:
        parts = [f"“{self.name}” (dữ liệu của {self.unit_name})"]
        if self.profile_taken:
            parts.append("đã lấy thông tin đơn vị")
        if self.plans_added:
            parts.append("thêm kế hoạch năm " + ", ".join(map(str, self.plans_added)))
        parts.append(f"{self.inserted} hoạt động mới, {self.skipped} đã có sẵn")
        parts.append(f"{self.texts_added} đoạn báo cáo mới, {self.texts_present} đã có sẵn")
        return "; ".join(parts)


def apply_previous(ws: Workspace, prev: PreviousWorkspace) -> PreviousSummary:
    """Bring a previous workspace in, inside the caller's transaction (or one
    of its own): unit profile if untouched, missing plans, activities
    (already present ones skipped), report texts not yet written."""
    summary = PreviousSummary(prev.name, prev.unit.name)
    with ws.import_transaction():
        current = ws.units.self_unit()
        if current is None:
            existing = ws.units.by_name(prev.unit.name)
            current = ws.units.set_self_unit(
                replace(prev.unit, id=existing.id if existing else None)
            )
            summary.profile_taken = True
        elif fold(current.name) != fold(prev.unit.name):
            raise PreviousImportError(
                f"Tệp “{prev.path}” là dữ liệu của “{prev.unit.name}”, khác đơn vị của dữ liệu "
                f"đang mở (“{current.name}”). Không nhập để tránh lẫn số liệu hai đơn vị."
            )
        elif is_untouched_profile(current) and replace(prev.unit, id=current.id) != current:
            ws.units.save(replace(prev.unit, id=current.id, name=current.name))
            summary.profile_taken = True
        for plan in prev.plans:
            if ws.plans.get(plan.year) is None:
                ws.plans.add(plan)
                summary.plans_added.append(plan.year)
        summary.inserted, summary.skipped = ws.activities.insert_many(prev.activities, current.id)
        for year, texts in sorted(prev.report_texts.items()):
            added, present = ws.texts.add_missing(current.id, year, texts)
            summary.texts_added += added
            summary.texts_present += present
    return summary
