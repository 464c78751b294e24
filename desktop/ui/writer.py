"""The one writer: every change to the workspace made by the window.

`Writer` owns the only writing connection, opened on its own thread. A short
write (a form saved, texts autosaved) is `write(...)`: the caller waits the
moment it takes. A long one (an import, packages received) is `submit(...)`:
it runs behind the delayed progress dialog while the window stays responsive.
Both run one after the other on the writer's thread, each in the order asked,
and after each the writer announces what changed (`changed`, a frozenset of
the names below), so pages refresh from that instead of being told by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..store import Workspace
from .jobs import Job, run_job

# What a write may change; pages listen for the ones they show.
ACTIVITIES = "activities"
PLAN = "plan"
UNIT = "unit"
TEXTS = "texts"
SUBMISSIONS = "submissions"
MAPPINGS = "mappings"
META = "meta"
ALL = frozenset({ACTIVITIES, PLAN, UNIT, TEXTS, SUBMISSIONS, MAPPINGS, META})

Changes = Iterable[str] | Callable[[object], Iterable[str]]


class _Call(QRunnable):
    def __init__(self, fn: Callable[[], object]):
        super().__init__()
        self.fn = fn
        self.result: object = None
        self.error: BaseException | None = None
        self.done = threading.Event()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            self.result = self.fn()
        except BaseException as e:  # handed back to the caller
            self.error = e
        finally:
            self.done.set()


class Writer(QObject):
    """Owns the writing connection to one workspace file."""

    changed = Signal(object)  # frozenset of ACTIVITIES, PLAN, UNIT, ...

    def __init__(self, path: Path | str, parent: QObject | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self._ws: Workspace | None = None
        self._thread: threading.Thread | None = None
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # the connection lives on this one thread

    # -- on the writer's thread ------------------------------------------------

    def _connection(self) -> Workspace:
        if self._ws is None:
            self._ws = Workspace.open(self.path, create=False, seed=False, check_integrity=False)
            self._thread = threading.current_thread()
        return self._ws

    def _on_writer_thread(self) -> bool:
        return self._thread is not None and threading.current_thread() is self._thread

    # -- asking for writes -------------------------------------------------------

    def write(self, changes: Changes, fn: Callable, *args, **kwargs):
        """Run `fn(workspace, *args, **kwargs)` on the writing connection and
        return its result (or raise its error), then announce `changes`."""
        if self._on_writer_thread():
            return fn(self._connection(), *args, **kwargs)
        call = _Call(lambda: fn(self._connection(), *args, **kwargs))
        self._pool.start(call)
        call.done.wait()
        if call.error is not None:
            raise call.error
        self.announce(changes, call.result)
        return call.result

    def submit(
        self,
        parent,
        title: str,
        changes: Changes,
        fn: Callable,
        *args,
        on_done: Callable[[object], None] | None = None,
        **kwargs,
    ) -> Job:
        """Run `fn(progress, workspace, *args)` on the writing connection off
        the GUI thread, behind the delayed progress dialog. `changes` is
        announced before `on_done` gets the result."""

        def work(progress, *a, **k):
            return fn(progress, self._connection(), *a, **k)

        def done(result) -> None:
            self.announce(changes, result)
            if on_done is not None:
                on_done(result)

        return run_job(parent, title, work, *args, on_done=done, pool=self._pool, **kwargs)

    def announce(self, changes: Changes, result: object = None) -> None:
        names = frozenset(changes(result) if callable(changes) else changes)
        if names:
            self.changed.emit(names)

    def wait(self) -> None:
        """Until every write asked for is done."""
        self._pool.waitForDone()

    def close(self) -> None:
        """Close the writing connection (on exit, before a restore); the next
        write opens it again."""

        def close() -> None:
            if self._ws is not None:
                self._ws.close()
                self._ws = None
                self._thread = None

        call = _Call(close)
        self._pool.start(call)
        call.done.wait()
