"""Putting a backup in place of a workspace, so that no moment of it can
leave the workspace's path missing, and what a start does with the file a
restore kept aside.

A restore:
  1. checks the backup as an untrusted file (backup.inspect_backup) and copies
     it, whole and flushed, to a temporary file beside the workspace;
  2. folds the workspace's WAL into its main file (a checkpoint), so the
     workspace is one file and no companion of it can be separated from it;
  3. keeps the current file aside under a "…truoc-khoi-phuc-<time>…" name
     by a hard link (a copy where the drive has none): the workspace's path
     still holds it;
  4. replaces the workspace by the copy in one rename.
Killed at any point, the workspace's path holds the old or the new file,
whole; the backup and (from step 3) the file kept aside stay as they are.

A workspace whose path is missing while a file kept aside by a restore is
beside it (left by an older version of the app, or moved by hand) is not
recreated empty: `find_leftover` names that file, the window offers it and
the command line names it, and `restore_backup(leftover, workspace)` puts it
back together with a WAL left at the workspace's path.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.text import Message
from ..files import explain_os_error
from ..logs import get_logger
from . import backup_messages as bm
from .backup import (
    _STAMP_FORMAT,
    BackupError,
    BackupInfo,
    identity_of,
    inspect_backup,
    list_backups,
)

ASIDE_MARK = "truoc-khoi-phuc"
# SQLite's companions of a database file; -journal is a rollback journal.
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    info: BackupInfo
    workspace: Path
    kept_aside: Path | None  # the replaced file, kept aside; None if there was none


def _with(path: Path, suffix: str) -> Path:
    return Path(f"{path}{suffix}")


def aside_name(workspace: Path, when: datetime | None = None) -> Path:
    when = when or datetime.now()
    base = f"{workspace.stem}.{ASIDE_MARK}-{when.strftime(_STAMP_FORMAT)}"
    candidate = workspace.with_name(base + workspace.suffix)
    n = 2
    while any(_with(candidate, s).exists() for s in ("", "-wal", "-shm")):
        candidate = workspace.with_name(f"{base}-{n}{workspace.suffix}")
        n += 1
    return candidate


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _copy_database(source_path: Path, dest: Path) -> None:
    """Copy a closed database file through the backup API (so a WAL-mode file
    is copied with its committed changes), mark it restored and flush it.
    Nothing of the source's schema runs (trusted_schema off)."""
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(dest, isolation_level=None)
    try:
        source.execute("PRAGMA trusted_schema = OFF")
        target.execute("PRAGMA trusted_schema = OFF")
        source.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [
                ("restored_from", str(source_path)),
                ("restored_at", datetime.now().isoformat(timespec="seconds")),
            ],
        )
    finally:
        target.close()
        source.close()
    with open(dest, "rb+") as f:
        os.fsync(f.fileno())


def _companions(workspace: Path) -> list[Path]:
    return [p for p in (_with(workspace, s) for s in COMPANIONS) if p.exists()]


def checkpoint(workspace: Path) -> bool:
    """Fold the workspace's WAL into its main file and leave no companion
    beside it. False when that could not be done (a damaged file): the
    companions are then kept aside with it."""
    if not any(_with(workspace, s).exists() for s in ("-wal", "-journal")):
        return True  # nothing but a -shm, which SQLite rebuilds: the file is whole
    try:
        conn = sqlite3.connect(
            f"{workspace.resolve().as_uri()}?mode=rw", uri=True, isolation_level=None, timeout=10
        )
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection of a WAL file removes its -wal
    except sqlite3.Error as e:
        get_logger().warning("Không gộp được nhật ký của %s: %s", workspace, e)
        return False
    return not any(_with(workspace, s).exists() for s in ("-wal", "-journal"))


def _link_or_copy(source: Path, dest: Path) -> None:
    """`dest` names the same data as `source`, which stays where it is: a
    hard link, or where the drive has none a flushed copy renamed into place."""
    try:
        os.link(source, dest)
        return
    except OSError as e:
        if e.errno == errno.EEXIST:
            raise
    tmp = dest.with_name(f".{dest.name}.dang-khoi-phuc.tmp")
    try:
        shutil.copyfile(source, tmp)
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def _keep_aside(workspace: Path) -> Path:
    """The current file (and, when it could not be checkpointed, its WAL)
    also under a "truoc-khoi-phuc" name; the workspace's path still holds it."""
    aside = aside_name(workspace)
    whole = checkpoint(workspace)
    if not whole:
        for suffix in ("-wal", "-journal"):
            if _with(workspace, suffix).exists():
                _link_or_copy(_with(workspace, suffix), _with(aside, suffix))
    _link_or_copy(workspace, aside)
    _fsync_folder(workspace.parent)
    return aside


def _is_leftover_of(path: Path, workspace: Path) -> bool:
    name = path.name
    return (
        path.parent.resolve() == workspace.parent.resolve()
        and name.startswith(f"{workspace.stem}.{ASIDE_MARK}-")
        and name.endswith(workspace.suffix)
    )


def find_leftovers(workspace: Path | str) -> list[Path]:
    """Files a restore kept aside beside the workspace, newest first."""
    workspace = Path(workspace)
    try:
        entries = list(os.scandir(workspace.parent))
    except OSError:
        return []
    found = []
    for e in entries:
        path = Path(e.path)
        if _is_leftover_of(path, workspace) and e.is_file():
            try:
                found.append((e.stat().st_mtime, path))
            except OSError:
                continue
    return [p for _, p in sorted(found, reverse=True)]


def find_leftover(workspace: Path | str) -> Path | None:
    """When the workspace's path is missing: the newest file a restore kept
    aside beside it, if it is newer than every backup of the workspace."""
    workspace = Path(workspace)
    if workspace.exists():
        return None
    leftovers = find_leftovers(workspace)
    if not leftovers:
        return None
    newest = leftovers[0]
    try:
        changed = max(
            _with(newest, s).stat().st_mtime for s in ("", "-wal") if _with(newest, s).exists()
        )
    except (OSError, ValueError):
        return None
    for entry in list_backups(workspace.stem, None, identity_of(workspace)):
        try:
            if entry.path.stat().st_mtime >= changed:
                return None
        except OSError:
            continue
    return newest


def lost_workspace_backup(workspace: Path | str):
    """When the workspace's path is missing but the workspace is known (its
    identity remembered from an earlier backup): its latest backup, or None."""
    workspace = Path(workspace)
    if workspace.exists():
        return None
    ident = identity_of(workspace)
    if not ident:
        return None
    own = [e for e in list_backups(workspace.stem, None, ident) if e.identity.workspace_id == ident]
    return own[0] if own else None


def orphan_log(workspace: Path | str) -> Path | None:
    """A WAL left at a workspace's path without its main file (changes no
    new file may be created over)."""
    wal = _with(Path(workspace), "-wal")
    try:
        return wal if not Path(workspace).exists() and wal.stat().st_size > 0 else None
    except OSError:
        return None


def _put_leftover_back(leftover: Path, workspace: Path, info: BackupInfo) -> RestoreResult:
    """The file kept aside by a restore killed half-way goes back to the
    workspace's path with its WAL (its own, or the one left at the path)."""
    own_wal, left_wal = _with(leftover, "-wal"), _with(workspace, "-wal")
    if own_wal.exists() and own_wal.stat().st_size == 0:
        # made empty by reading the file read-only: nothing of it to keep
        own_wal.unlink()
        _with(leftover, "-shm").unlink(missing_ok=True)
    if own_wal.exists() and left_wal.exists():
        raise BackupError(
            Message(bm.TWO_LOGS, own=str(own_wal), left=str(left_wal), leftover=str(leftover))
        )
    try:
        if own_wal.exists():
            _link_or_copy(own_wal, left_wal)
        _with(workspace, "-shm").unlink(missing_ok=True)
        _link_or_copy(leftover, workspace)
        _fsync_folder(workspace.parent)
    except OSError as e:
        raise BackupError(Message(bm.NOT_PUT_BACK, reason=explain_os_error(workspace, e))) from e
    get_logger().info("Đưa %s về %s", leftover, workspace)
    return RestoreResult(info, workspace, None)


def restore_backup(backup: Path | str, workspace: Path | str) -> RestoreResult:
    """Put a backup in place of a workspace file that is not open; the
    current file is kept aside (see the module's description)."""
    from .backup import _same_file
    from .lock import WorkspaceLock

    backup, workspace = Path(backup), Path(workspace)
    if _same_file(backup, workspace):
        raise BackupError(Message(bm.SAME_FILE))
    info = inspect_backup(backup)
    with WorkspaceLock(workspace):
        if not workspace.exists() and _is_leftover_of(backup, workspace):
            return _put_leftover_back(backup, workspace, info)
        if orphan_log(workspace):
            raise BackupError(
                Message(
                    bm.ORPHAN_LOG,
                    path=str(workspace),
                    wal=str(orphan_log(workspace)),
                    advice=_leftover_advice(workspace),
                )
            )
        return _replace(backup, workspace, info)


def _leftover_advice(workspace: Path) -> Message:
    leftovers = find_leftovers(workspace)
    if not leftovers:
        return Message(bm.FIND_THE_FILE)
    return Message(bm.PUT_LEFTOVER_BACK, leftover=str(leftovers[0]), path=str(workspace))


def _replace(backup: Path, workspace: Path, info: BackupInfo) -> RestoreResult:
    tmp = workspace.with_name(f".{workspace.name}.dang-khoi-phuc.tmp")
    aside = None
    try:
        workspace.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        _copy_database(backup, tmp)
        if workspace.exists():
            aside = _keep_aside(workspace)
            # Its companions are kept aside with it (or empty): none may
            # meet the restored file.
            for companion in _companions(workspace):
                companion.unlink()
        os.replace(tmp, workspace)
        _fsync_folder(workspace.parent)
    except OSError as e:
        raise BackupError(Message(bm.NOT_RESTORED, reason=explain_os_error(workspace, e))) from e
    except sqlite3.Error as e:
        raise BackupError(Message(bm.CANNOT_READ_BACKUP, path=str(backup), error=str(e))) from e
    finally:
        tmp.unlink(missing_ok=True)
    get_logger().info("Khôi phục %s từ %s; tệp cũ: %s", workspace, backup, aside)
    return RestoreResult(info, workspace, aside)
