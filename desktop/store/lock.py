"""One app window per workspace: a lock file beside the workspace.

The lock file (`ten.cdsdb.lock`) says who holds the workspace (computer,
user, process, since when) so the second copy of the app can tell the officer
in plain words. The holding itself is an operating-system lock on that file,
which the system drops when the process ends however it ends, so a lock left
by a crash or power cut is recognised as stale and taken over. Where the file
system has no such locks (some network drives), a lock of a process that no
longer runs on this computer counts as stale.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.text import Message, template
from ..logs import get_logger
from .errors import WorkspaceError

_WINDOWS = os.name == "nt"
# Windows locks bytes: lock one far past the text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 30


AT_TIME = template("{time} ngày {day}")
HELD_HERE = template("trên máy này, từ {since}")
HELD_HERE_BY = template("trên máy này, người dùng “{user}”, từ {since}")
HELD_ON = template("trên máy “{host}”, từ {since}")
HELD_ON_BY = template("trên máy “{host}”, người dùng “{user}”, từ {since}")
LOCKED = template(
    "Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng. Hãy dùng cửa sổ "
    "đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai ghi đè lên "
    "việc của người khác."
)
LOCKED_BY = template(
    "Tệp dữ liệu “{path}” đang được mở trong một cửa sổ khác của ứng dụng ({owner}). Hãy "
    "dùng cửa sổ đó, hoặc đóng nó rồi mở lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai "
    "ghi đè lên việc của người khác."
)


class WorkspaceLockedError(WorkspaceError):
    """The workspace is open in another copy of the app."""

    def __init__(self, message: str, owner: LockOwner | None = None):
        super().__init__(message)
        self.owner = owner


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    user: str
    since: str

    def describe(self) -> Message:
        try:
            at = datetime.fromisoformat(self.since)
            since = Message(AT_TIME, time=at.strftime("%H:%M"), day=at.strftime("%d/%m/%Y"))
        except ValueError:
            since = self.since
        here = self.host == socket.gethostname()
        if self.user:
            text = HELD_HERE_BY if here else HELD_ON_BY
            return Message(text, host=self.host, user=self.user, since=since)
        return Message(HELD_HERE if here else HELD_ON, host=self.host, since=since)


def lock_path(workspace: Path | str) -> Path:
    workspace = Path(workspace)
    return workspace.with_name(workspace.name + ".lock")


def _try_os_lock(fd: int) -> bool | None:
    """True if this descriptor now holds the lock, False if another process
    holds it, None if the file system cannot lock."""
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError as e:
        if e.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK):
            return False
        return None


def _os_unlock(fd: int) -> None:
    try:
        if _WINDOWS:
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if _WINDOWS:
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_owner(path: Path) -> LockOwner | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
        return LockOwner(
            int(data["pid"]), str(data["host"]), str(data.get("user", "")), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _owner_is_live(owner: LockOwner | None) -> bool:
    """Without OS locks: a lock counts unless its process is gone from this computer."""
    if owner is None:
        return False
    if owner.host != socket.gethostname():
        return True
    return owner.pid != os.getpid() and _pid_alive(owner.pid)


def _locked_message(workspace: Path, owner: LockOwner | None) -> Message:
    if owner and owner.host:
        return Message(LOCKED_BY, path=str(workspace), owner=owner.describe())
    return Message(LOCKED, path=str(workspace))


class WorkspaceLock:
    """Held while a workspace is open in the app; `release()` when closing."""

    def __init__(self, workspace: Path | str):
        self.workspace = Path(workspace)
        self.path = lock_path(workspace)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> WorkspaceLock:
        if self._fd is not None:
            return self
        try:
            fd = _open_lock_file(self.path)
        except OSError as e:
            # A folder where nothing can be written (read-only share): the
            # workspace itself will say so on the first save; do not block reading.
            get_logger().warning("Không tạo được tệp khóa %s: %s", self.path, e)
            return self
        got = _try_os_lock(fd)
        if got is False or (got is None and _owner_is_live(_read_owner(self.path))):
            os.close(fd)
            owner = _read_owner(self.path)
            raise WorkspaceLockedError(_locked_message(self.workspace, owner), owner)
        info = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": _user_name(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps(info, ensure_ascii=False).encode("utf-8"))
        except OSError as e:
            get_logger().warning("Không ghi được tệp khóa %s: %s", self.path, e)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)
        except OSError:
            pass
        _os_unlock(fd)
        os.close(fd)
        try:
            self.path.unlink()
        except OSError:
            pass  # another copy may just have taken it; it rewrites the file anyway

    def __enter__(self) -> WorkspaceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


# Never through a link: a lock file that is a link to another file would
# have that file truncated and overwritten.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _open_lock_file(path: Path) -> int:
    """The lock file, opened (or created) as a file of its own. A link put
    at its name is removed (the link only, never what it points to) and a
    file of the app's own created in its place."""
    if path.is_symlink():
        get_logger().warning("Tệp khóa %s là một liên kết; xóa liên kết, tạo tệp khóa mới", path)
        path.unlink()
    try:
        return os.open(path, os.O_RDWR | _NOFOLLOW)
    except FileNotFoundError:
        pass
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    except FileExistsError:  # another copy created it a moment ago
        return os.open(path, os.O_RDWR | _NOFOLLOW)


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some service environments
        return ""


def acquire_lock(workspace: Path | str) -> WorkspaceLock:
    """Hold `workspace` for this process or raise WorkspaceLockedError."""
    return WorkspaceLock(workspace).acquire()


def lock_owner(workspace: Path | str) -> LockOwner | None:
    """Who holds the workspace now, or None when nobody does (a lock file
    left by a crashed process does not count)."""
    path = lock_path(workspace)
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDWR | _NOFOLLOW)
    except OSError:
        return None
    try:
        got = _try_os_lock(fd)
        if got:
            _os_unlock(fd)
            return None
        owner = _read_owner(path)
        if got is None and not _owner_is_live(owner):
            return None
        return owner or LockOwner(0, "", "", "")
    finally:
        os.close(fd)


def check_not_locked(workspace: Path | str) -> None:
    """Raise WorkspaceLockedError if another copy of the app has the workspace open."""
    owner = lock_owner(workspace)
    if owner is not None:
        raise WorkspaceLockedError(_locked_message(Path(workspace), owner), owner)
