"""The checks of an opened workspace that read the whole file: the integrity
check and the day's first backup.

Both cost time in proportion to the file (seconds for a ministry's gigabyte),
so the app does not make the officer wait for them before the window shows:
a large workspace is opened with `deferred_checks`, the window starts them
once it is on screen, and they run on connections of their own in a
thread. Safety is kept:

- every write waits for the integrity check's verdict (running it there and
  then if it has not started), and a damaged file refuses the write with the
  same message an opening would have given;
- the day's copy is taken right after a sound check (never of a damaged
  file), and closing the workspace waits for it, so a day the workspace was
  opened still gets its copy.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from ..domain.text import Message, template
from ..logs import get_logger
from .connection import integrity_problem, kept_restore
from .errors import WorkspaceError

# Below this size the checks take well under a second: made while opening,
# where a damaged file is met by the offer of its latest backup.
DEFER_FROM_BYTES = 64 * 1024 * 1024
UNREADABLE = template("Tệp “{path}” bị hỏng hoặc không đọc được ({error}). {kept}")


def worth_deferring(path: Path) -> bool:
    try:
        return Path(path).stat().st_size >= DEFER_FROM_BYTES
    except OSError:
        return False


# The checks still to be waited for, by workspace file: another connection
# of this process to the same file (the window's writer) waits for them too.
_pending: dict[str, OpenChecks] = {}
_pending_lock = threading.Lock()


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def pending_for(path: Path) -> OpenChecks | None:
    with _pending_lock:
        return _pending.get(_key(path))


class OpenChecks:
    """The integrity check of one workspace file, then (when asked) the day's
    backup, in a background thread started by `start()`."""

    def __init__(
        self,
        path: Path,
        daily_backup: Callable[[], None] | None = None,
        backup_due: Callable[[], bool] | None = None,
    ):
        self.path = Path(path)
        self._daily_backup = daily_backup
        self._backup_due = backup_due
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._checked = threading.Event()
        self._finished = threading.Event()
        self._problem: str | None = None
        with _pending_lock:
            _pending[_key(self.path)] = self

    def release(self) -> None:
        """The workspace that opened the file has closed it."""
        with _pending_lock:
            if _pending.get(_key(self.path)) is self:
                del _pending[_key(self.path)]

    # -- running -------------------------------------------------------------

    def start(self) -> None:
        """Run the check and then the backup in the background (once)."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="workspace-checks", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        try:
            if not self._checked.is_set():
                self._check()
            if self._problem is None and self._daily_backup is not None:
                try:
                    self._daily_backup()
                except Exception as e:  # logged; the window reads ws.backup_problem
                    get_logger().warning("Không sao lưu hằng ngày được: %s", e)
        finally:
            self._finished.set()

    def _check(self) -> None:
        problem: str | None
        try:
            conn = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                problem = integrity_problem(conn, self.path)
            finally:
                conn.close()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
            problem = Message(UNREADABLE, path=str(self.path), error=str(e), kept=kept_restore())
        if problem:
            get_logger().error("Kiểm tra toàn vẹn: %s", problem)
        self._problem = problem
        self._checked.set()

    # -- asking ----------------------------------------------------------------

    @property
    def checked(self) -> bool:
        return self._checked.is_set()

    @property
    def finished(self) -> bool:
        """The check and the backup after it are both over."""
        return self._finished.is_set()

    @property
    def problem(self) -> str | None:
        """Why the file is damaged (once checked), else None."""
        return self._problem

    def verdict(self) -> str | None:
        """Wait for the check (running it here if it was never started) and
        return the problem found, if any."""
        if not self._checked.is_set():
            with self._lock:
                started = self._thread is not None
                if not started and not self._checked.is_set():
                    self._check()
            self._checked.wait()
        return self._problem

    def before_write(self) -> None:
        """Refuse a write to a damaged file (waiting for the check if needed)."""
        problem = self.verdict()
        if problem:
            raise WorkspaceError(problem)

    def finish(self) -> None:
        """On close: the day's copy is made (if closed before it began) or
        finished, never abandoned; a check nobody needs any more (no copy
        due) is not started."""
        if self._thread is None:
            if self._backup_due is None or not self._backup_due():
                return
            self.start()
        self.wait()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the check and the day's backup to end (on close)."""
        if self._thread is None:
            return True
        return self._finished.wait(timeout)
