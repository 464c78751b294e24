"""Backups of a workspace and restoring them.

Copies are made with SQLite's online backup API, so they are consistent even
while the workspace is open and being written. They land in the backup folder
(the data folder's `backups` unless the officer chose another, for example a
USB drive) under names that carry the workspace's name, the time and why the
copy was made:

    workspace_2024-03-05_08-30-12_hang-ngay.cdsdb

Automatic copies (daily on first open, before an import, before an upgrade)
are pruned to the newest of each of the last 7 days, 4 weeks and 12 months,
plus the newest few of any kind; copies the officer asked for are never pruned.
A restore never deletes anything: the current file is renamed aside first.
"""

from __future__ import annotations

import json
import os
import re
import socket
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ..domain.text import Message, message_of
from ..files import FileWriteError, atomic_path
from ..logs import get_logger
from ..paths import data_dir
from .backup_identity import UNKNOWN, Identity, file_workspace_id, read_identity, workspace_id
from .backup_messages import (
    CANNOT_OPEN,
    CANNOT_OPEN_BACKUP,
    DAMAGED,
    EXISTS,
    FOLDER_NOT_WRITABLE,
    FOLDER_UNUSABLE,
    INTO_ITSELF,
    NEWER,
    NOT_A_BACKUP,
    NOT_FOUND,
    NOT_MADE,
    NOT_MADE_IN,
    NOT_MADE_SQLITE,
    UNREADABLE,
    WRITING,
)
from .connection import describe_file_problem
from .errors import WorkspaceError
from .figures import record_counts
from .schema import APPLICATION_ID, LATEST_VERSION
from .units import self_unit_name
from .untrusted import (
    TIME_BUDGET_S,
    OutOfTime,
    foreign_schema_problem,
    open_untrusted,
    time_budget,
    too_slow_message,
    value_problem,
)

SUFFIX = ".cdsdb"
SETTINGS_FILE = "settings.json"

KIND_DAILY = "hang-ngay"
KIND_IMPORT = "truoc-nhap"
KIND_MIGRATION = "truoc-nang-cap"
KIND_MANUAL = "thu-cong"
KIND_LABELS = {
    KIND_DAILY: "Tự động hằng ngày",
    KIND_IMPORT: "Trước khi nhập dữ liệu",
    KIND_MIGRATION: "Trước khi nâng cấp dữ liệu",
    KIND_MANUAL: "Sao lưu thủ công",
}
AUTOMATIC_KINDS = (KIND_DAILY, KIND_IMPORT, KIND_MIGRATION)

KEEP_RECENT = 3
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

_STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})(?:-(?P<n>\d+))?"
    r"_(?P<kind>[a-z-]+)(?:-v\d+)?\.cdsdb$"
)


class BackupError(WorkspaceError):
    """A backup could not be made or restored; the message says why."""


# -- where backups go ----------------------------------------------------------


def _settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def load_settings() -> dict:
    """The settings shared by the command line and the app (a small JSON file
    in the data folder); a missing or unreadable file means defaults."""
    try:
        with _settings_path().open(encoding="utf-8") as f:
            value = json.load(f)
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def save_settings(values: dict) -> None:
    try:
        with atomic_path(_settings_path()) as tmp:
            tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    except FileWriteError as e:
        raise BackupError(message_of(e)) from e


def default_backup_dir() -> Path:
    return data_dir() / "backups"


def get_backup_dir() -> Path:
    """The folder backups go to (not created here: a USB drive may be absent)."""
    chosen = load_settings().get("backup_dir")
    return Path(chosen) if chosen else default_backup_dir()


def set_backup_dir(folder: Path | str | None) -> Path:
    """Choose the backup folder (None: back to the default). The folder must
    exist or be creatable and accept files."""
    settings = load_settings()
    if folder is None or Path(folder) == default_backup_dir():
        settings.pop("backup_dir", None)
        save_settings(settings)
        return default_backup_dir()
    folder = Path(folder).expanduser().resolve()
    _usable_folder(folder)
    settings["backup_dir"] = str(folder)
    save_settings(settings)
    return folder


def _usable_folder(folder: Path) -> Path:
    """Create `folder` if needed and prove a file can be written there."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(folder / ".kiem-tra-ghi") as tmp:
            tmp.write_bytes(b"ok")
        (folder / ".kiem-tra-ghi").unlink()
    except FileWriteError as e:
        raise BackupError(
            Message(FOLDER_NOT_WRITABLE, folder=str(folder), reason=message_of(e))
        ) from e
    except OSError as e:
        raise BackupError(
            Message(FOLDER_UNUSABLE, folder=str(folder), reason=e.strerror or str(e))
        ) from e
    return folder


# -- making backups -------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def backup_to(
    conn: sqlite3.Connection,
    dest: Path,
    *,
    source: Path | None = None,
    kind: str = KIND_MANUAL,
    number: int = 0,
) -> Path:
    """Copy the open database to `dest`, whole or not at all. The copy records
    when and from where it was made in its own `meta` table, and `number`,
    its place among the workspace's backups (0: not numbered)."""
    dest = Path(dest)
    if source is not None and _same_file(source, dest):
        raise BackupError(Message(INTO_ITSELF, path=str(source)))
    if dest.exists():
        raise BackupError(Message(EXISTS, path=str(dest)))
    if conn.in_transaction:
        # A copy taken now would include changes that may still be rolled back.
        raise BackupError(Message(WRITING))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        with atomic_path(dest) as tmp:
            target = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.backup(target, pages=4096)
                target.execute("PRAGMA journal_mode = DELETE")
                target.executemany(
                    "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("backup_made_at", datetime.now().isoformat(timespec="seconds")),
                        ("backup_kind", kind),
                        ("backup_source", str(source) if source else ""),
                        ("backup_host", socket.gethostname()),
                        ("backup_seq", str(number)),
                    ],
                )
            finally:
                target.close()
    except FileWriteError as e:
        raise BackupError(Message(NOT_MADE, reason=message_of(e))) from e
    except OSError as e:
        raise BackupError(
            Message(NOT_MADE_IN, folder=str(dest.parent), reason=e.strerror or str(e))
        ) from e
    except sqlite3.Error as e:
        raise BackupError(Message(NOT_MADE_SQLITE, error=str(e))) from e
    return dest


def backup_name(workspace_path: Path, kind: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{Path(workspace_path).stem}_{when.strftime(_STAMP_FORMAT)}_{kind}{SUFFIX}"


def make_backup(
    conn: sqlite3.Connection,
    workspace_path: Path,
    kind: str = KIND_MANUAL,
    *,
    folder: Path | None = None,
    label: str = "",
) -> Path:
    """A new backup in the backup folder (never over an existing file); prunes
    old automatic copies of the same workspace afterwards."""
    folder = _usable_folder(Path(folder) if folder else get_backup_dir())
    when = datetime.now()
    name = backup_name(workspace_path, kind + label, when)
    dest = folder / name
    n = 2
    while dest.exists():
        dest = folder / name.replace(f"_{kind}", f"-{n}_{kind}", 1)
        n += 1
    stem = Path(workspace_path).stem
    ident = workspace_id(conn)
    # One above every backup of this workspace in the folder, whatever the clock says.
    number = 1 + max((e.number for e in list_backups(stem, folder, ident)), default=0)
    backup_to(conn, dest, source=Path(workspace_path), kind=kind, number=number)
    get_logger().info("Sao lưu %s -> %s", workspace_path, dest)
    if ident:
        remember_identity(Path(workspace_path), ident)
    if kind in AUTOMATIC_KINDS:
        try:
            prune_backups(stem, folder, ident, newest=dest)
        except OSError as e:  # a copy that cannot be removed is kept, not an error
            get_logger().warning("Không xóa được bản sao lưu cũ: %s", e)
    return dest


def remember_identity(workspace_path: Path, ident: str) -> None:
    """Keep the workspace's identity in the settings, so the backups of a
    workspace too damaged to be read are still told from another's."""
    key = os.path.normcase(os.path.realpath(workspace_path))
    settings = load_settings()
    known = settings.get("workspace_ids")
    known = known if isinstance(known, dict) else {}
    if known.get(key) == ident:
        return
    known[key] = ident
    settings["workspace_ids"] = known
    try:
        save_settings(settings)
    except BackupError as e:
        get_logger().warning("Không ghi được mã tệp dữ liệu: %s", e)


def identity_of(workspace_path: Path | str) -> str | None:
    """The identity of a workspace file: read from it, or, when it cannot
    be read, as remembered when it was last backed up."""
    found = file_workspace_id(Path(workspace_path)) if Path(workspace_path).exists() else None
    if found:
        return found
    known = load_settings().get("workspace_ids")
    if isinstance(known, dict):
        value = known.get(os.path.normcase(os.path.realpath(workspace_path)))
        return str(value) if value else None
    return None


def backup_file(
    workspace_path: Path | str, kind: str = KIND_MANUAL, *, folder: Path | None = None
) -> Path:
    """Back up a workspace through a connection of its own, so it can run off
    the GUI thread while the window keeps the workspace open."""
    workspace_path = Path(workspace_path)
    try:
        conn = sqlite3.connect(f"{workspace_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        raise BackupError(Message(CANNOT_OPEN, path=str(workspace_path), error=str(e))) from e
    try:
        return make_backup(conn, workspace_path, kind, folder=folder)
    finally:
        conn.close()


def backup_before_migration(conn: sqlite3.Connection, old_version: int, path: Path) -> Path:
    """Safety copy of a workspace about to be upgraded; the upgrade does not
    start if it fails."""
    return make_backup(conn, path, KIND_MIGRATION, label=f"-v{old_version}")


def _change_key(ws) -> tuple[int, int]:
    """Changes made through this connection and by others since it opened."""
    return ws.conn.total_changes, ws.conn.execute("PRAGMA data_version").fetchone()[0]


def backup_before_import(ws) -> Path | None:
    """Copy the workspace before an import, unless nothing changed since the
    previous copy this session made. A failed copy is logged (and kept in
    `ws.backup_problem` for the window) but does not stop the import: the
    import itself is one transaction."""
    if ws.conn.in_transaction:
        return None
    key = _change_key(ws)
    if ws._backup_key == key:
        return None
    try:
        dest = make_backup(ws.conn, ws.path, KIND_IMPORT)
    except WorkspaceError as e:
        get_logger().warning("Không sao lưu được trước khi nhập: %s", e)
        ws.backup_problem = message_of(e)
        return None
    ws._backup_key = key
    ws.backup_problem = None
    return dest


def has_daily_backup(
    stem: str,
    today: date | None = None,
    folder: Path | None = None,
    workspace_id: str | None = None,
) -> bool:
    today = today or date.today()
    return any(
        e.kind == KIND_DAILY and e.made_at.date() == today
        for e in list_backups(stem, folder, workspace_id)
    )


def daily_backup(ws, today: date | None = None) -> Path | None:
    """The day's first copy, made when a workspace is opened (and checked again
    while the app stays open) if the backup folder has none of it from today.
    Failures are logged and kept in `ws.backup_problem`, never block opening."""
    try:
        folder = get_backup_dir()
        if has_daily_backup(ws.path.stem, today, folder, workspace_id(ws.conn)):
            return None
        dest = make_backup(ws.conn, ws.path, KIND_DAILY, folder=folder)
    except WorkspaceError as e:
        get_logger().warning("Không sao lưu hằng ngày được: %s", e)
        ws.backup_problem = message_of(e)
        return None
    ws._backup_key = _change_key(ws)
    ws.backup_problem = None
    return dest


def daily_backup_file(ws, ident: str | None, today: date | None = None) -> Path | None:
    """The day's first copy made through a connection of its own (from the
    background, while the window uses `ws.conn`); `ident`: the workspace's
    identity, read when it was opened. Failures are logged and kept in
    `ws.backup_problem`."""
    try:
        folder = get_backup_dir()
        if has_daily_backup(ws.path.stem, today, folder, ident):
            return None
        dest = backup_file(ws.path, KIND_DAILY, folder=folder)
    except WorkspaceError as e:
        get_logger().warning("Không sao lưu hằng ngày được: %s", e)
        ws.backup_problem = message_of(e)
        return None
    ws.backup_problem = None
    return dest


# -- finding and pruning ----------------------------------------------------------


@dataclass(frozen=True)
class BackupEntry:
    """A backup file found in the backup folder, known from its name."""

    path: Path
    workspace: str
    made_at: datetime
    kind: str
    seq: int = 1  # copies made within the same second
    identity: Identity = UNKNOWN  # read from the file when listing one workspace's copies

    @property
    def number(self) -> int:
        return self.identity.number

    @property
    def order(self) -> tuple:
        """Newest last: by the backup's number, then by its time."""
        return (self.identity.number, self.made_at, self.seq)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def automatic(self) -> bool:
        return self.kind in AUTOMATIC_KINDS


def parse_backup_name(path: Path) -> BackupEntry | None:
    m = _NAME.match(Path(path).name)
    if not m:
        return None
    try:
        made_at = datetime.strptime(m["stamp"], _STAMP_FORMAT)
    except ValueError:
        return None
    kind = m["kind"]
    if kind not in KIND_LABELS:
        return None
    return BackupEntry(Path(path), m["stem"], made_at, kind, int(m["n"] or 1))


def list_backups(
    stem: str | None = None, folder: Path | None = None, workspace_id: str | None = None
) -> list[BackupEntry]:
    """Backups in the folder (of one workspace when `stem` is given), newest
    first. With `workspace_id`, copies of another workspace of the same name
    are left out (copies made before workspaces had an identity cannot be
    told apart and stay)."""
    folder = Path(folder) if folder else get_backup_dir()
    try:
        names = [e for e in os.scandir(folder) if e.is_file() and e.name.endswith(SUFFIX)]
    except OSError:
        return []
    entries = [parse_backup_name(Path(e.path)) for e in names]
    found = [e for e in entries if e and (stem is None or e.workspace == stem)]
    if stem is not None:
        found = [replace(e, identity=read_identity(e.path)) for e in found]
    if workspace_id:
        found = [e for e in found if e.identity.workspace_id in (None, workspace_id)]
    return sorted(found, key=lambda e: e.order, reverse=True)


def backups_to_keep(entries: list[BackupEntry], newest: Path | None = None) -> set[Path]:
    """The newest few (by number, so a clock set back cannot make a new copy
    look old), the copy just made (`newest`), and the newest of each of the
    last 7 days, 4 weeks and 12 months that have copies."""
    ordered = sorted(entries, key=lambda e: e.order, reverse=True)
    keep = {e.path for e in ordered[:KEEP_RECENT]}
    if newest is not None:
        keep.add(Path(newest))
    for period, limit in (
        (lambda d: d.date(), KEEP_DAILY),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKLY),
        (lambda d: (d.year, d.month), KEEP_MONTHLY),
    ):
        seen: set = set()
        for e in ordered:
            p = period(e.made_at)
            if p not in seen and len(seen) < limit:
                seen.add(p)
                keep.add(e.path)
    return keep


def prune_backups(
    stem: str,
    folder: Path | None = None,
    workspace_id: str | None = None,
    *,
    newest: Path | None = None,
) -> list[Path]:
    """Remove automatic copies of one workspace that fall outside the plan.
    Copies made by hand, copies of another workspace of the same name and
    files the app did not name are never touched."""
    automatic = [e for e in list_backups(stem, folder, workspace_id) if e.automatic]
    keep = backups_to_keep(automatic, newest)
    removed = []
    for e in automatic:
        if e.path not in keep:
            e.path.unlink()
            removed.append(e.path)
    return removed


def latest_backup(
    stem: str, folder: Path | None = None, workspace_id: str | None = None
) -> BackupEntry | None:
    found = list_backups(stem, folder, workspace_id)
    return found[0] if found else None


# -- checking (restoring: restore.py) --------------------------------------------------------


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, shown before restoring it."""

    path: Path
    made_at: datetime | None
    version: int
    counts: dict[str, int]
    unit_name: str | None

    def describe(self) -> str:
        when = self.made_at.strftime("%H:%M ngày %d/%m/%Y") if self.made_at else "không rõ"
        c = self.counts
        unit = f"; đơn vị: {self.unit_name}" if self.unit_name else ""
        return (
            f"Bản sao lưu lúc {when}{unit}: {c.get('activities', 0)} hoạt động, "
            f"{c.get('plans', 0)} kế hoạch, {c.get('units', 0)} đơn vị, "
            f"{c.get('report_texts', 0)} đoạn văn báo cáo."
        )


def inspect_backup(path: Path | str, *, check: str | None = "integrity_check") -> BackupInfo:
    """Open a backup read-only and check that it is a sound workspace of a
    version this app reads (`check`: "integrity_check", "quick_check", or None
    to only read its counts for a list). Raises BackupError saying what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(Message(NOT_FOUND, path=str(path)))
    problem = describe_file_problem(path)
    if problem:
        raise BackupError(problem)
    # A backup comes back from a folder or a USB drive anyone could write to:
    # read as an untrusted file, nothing of its schema runs, none of it kept.
    try:
        problem = foreign_schema_problem(path)
    except OutOfTime as e:
        raise BackupError(too_slow_message(path)) from e
    if problem:
        raise BackupError(problem)
    try:
        conn = open_untrusted(path)
    except sqlite3.Error as e:
        raise BackupError(Message(CANNOT_OPEN_BACKUP, path=str(path), error=str(e))) from e
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID or version < 1:
            raise BackupError(Message(NOT_A_BACKUP, path=str(path)))
        if version > LATEST_VERSION:
            raise BackupError(Message(NEWER, path=str(path)))
        # The schema holds only the app's own objects (checked above); with
        # it trusted the check also tests every row against the tables' CHECK
        # constraints, as opening the restored file will.
        conn.execute("PRAGMA trusted_schema = ON")
        with time_budget(conn, max(TIME_BUDGET_S, path.stat().st_size / 10e6)):
            result = conn.execute(f"PRAGMA {check}").fetchone()[0] if check else "ok"
            conn.execute("PRAGMA trusted_schema = OFF")
            problem = value_problem(conn, path) if check else None
        if result != "ok":
            raise BackupError(Message(DAMAGED, path=str(path), result=str(result)))
        if problem:
            raise BackupError(problem)
        counts = record_counts(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'backup_made_at'").fetchone()
        made = row[0] if row else None
        unit_name = self_unit_name(conn)
    except OutOfTime as e:
        raise BackupError(too_slow_message(path)) from e
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:  # a damaged page: not UTF-8
        raise BackupError(Message(UNREADABLE, path=str(path), error=str(e))) from e
    finally:
        conn.close()
    entry = parse_backup_name(path)
    made_at = datetime.fromisoformat(made) if made else (entry.made_at if entry else None)
    return BackupInfo(path, made_at, version, counts, unit_name)
