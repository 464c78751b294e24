"""Files written whole or not at all: write beside the target, then rename.
The bottom layer: imports nothing from the rest of the app but its messages."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .messages import Message, template


class FileWriteError(Exception):
    """A file could not be written; the message (a desktop.messages.Message)
    says why in Vietnamese."""


# Why a file cannot be written, as messages the interface translates.
OPEN_ELSEWHERE = template(
    "Không ghi được tệp “{path}”: tệp đang mở trong chương trình khác (Word, Excel...) hoặc "
    "thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác."
)
DISK_FULL = template(
    "Không ghi được tệp “{path}”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi lưu khác."
)
READ_ONLY_DISK = template("Không ghi được tệp “{path}”: ổ đĩa chỉ cho phép đọc.")
NO_FOLDER = template("Không ghi được tệp “{path}”: thư mục không tồn tại.")
NOT_WRITTEN = template("Không ghi được tệp “{path}” ({reason}).")
OPEN_WORKSPACE = template(
    "Không ghi vào “{path}”: đó là tệp dữ liệu đang dùng “{workspace}” (hoặc tệp đi kèm của "
    "nó); ghi vào đó sẽ làm mất dữ liệu. Hãy chọn tên tệp khác."
)
A_BACKUP = template(
    "Không ghi vào “{path}”: đó là một bản sao lưu của “{workspace}”; ghi đè sẽ làm mất bản "
    "sao lưu. Hãy chọn tên tệp khác."
)
A_FOLDER = template("“{path}” là một thư mục, không phải tên tệp.")


def explain_os_error(path: Path, e: OSError) -> Message:
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM):
        return Message(OPEN_ELSEWHERE, path=str(path))
    if e.errno == errno.ENOSPC:
        return Message(DISK_FULL, path=str(path))
    if e.errno == errno.EROFS:
        return Message(READ_ONLY_DISK, path=str(path))
    if e.errno == errno.ENOENT:
        return Message(NO_FOLDER, path=str(path))
    return Message(NOT_WRITTEN, path=str(path), reason=e.strerror or str(e))


# The files of the workspaces open in this process (the database and the
# companions SQLite and the app keep beside it) and their backup folders: no
# export, report, list or copy may be written over them, whatever name or
# link the officer typed.
COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
_protected_files: dict[str, tuple[str, int]] = {}  # real path -> (workspace, times opened)
_protected_folders: dict[str, tuple[str, int]] = {}


def _real(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(path)))


def _count(table: dict[str, tuple[str, int]], key: str, owner: str, step: int) -> None:
    _, n = table.get(key, (owner, 0))
    if n + step > 0:
        table[key] = (owner, n + step)
    else:
        table.pop(key, None)


def protect_workspace(path: Path | str, folders: tuple[Path, ...] = ()) -> None:
    """Refuse, from now until `release_workspace`, every write over the
    workspace at `path`, its companions and the files in `folders`."""
    owner = str(path)
    for suffix in COMPANIONS:
        _count(_protected_files, _real(f"{path}{suffix}"), owner, 1)
    for folder in folders:
        _count(_protected_folders, _real(folder), owner, 1)


def release_workspace(path: Path | str, folders: tuple[Path, ...] = ()) -> None:
    owner = str(path)
    for suffix in COMPANIONS:
        _count(_protected_files, _real(f"{path}{suffix}"), owner, -1)
    for folder in folders:
        _count(_protected_folders, _real(folder), owner, -1)


def refuse_protected(target: Path | str) -> None:
    """Raise FileWriteError when writing `target` would overwrite an open
    workspace, one of its companions or one of its backups."""
    real = _real(target)
    hit = _protected_files.get(real)
    if hit is not None:
        raise FileWriteError(Message(OPEN_WORKSPACE, path=str(target), workspace=hit[0]))
    folder = _protected_folders.get(os.path.dirname(real))
    if folder is not None and os.path.lexists(real):
        raise FileWriteError(Message(A_BACKUP, path=str(target), workspace=folder[0]))


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces
    the target in one step, on failure it is removed and the target is kept.
    An open workspace and its companions are never a target."""
    target = Path(target)
    refuse_protected(target)
    if target.is_dir():
        raise FileWriteError(Message(A_FOLDER, path=str(target)))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as e:
        raise FileWriteError(explain_os_error(target, e)) from e
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        # mkstemp creates the file readable by its owner only; give the
        # finished file the permissions any other saved file would get.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except OSError as e:
        _remove_quietly(tmp)
        raise FileWriteError(explain_os_error(target, e)) from e
    except BaseException:
        _remove_quietly(tmp)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
