"""Packages of a batch read and checked ahead, in a process of their own.

Receiving many packages alternates two kinds of work: reading and checking
a package (its ZIP, its JSON, every field: the interpreter's work) and
storing it (SQLite's, the rows' values made meanwhile on a second thread).
The threads of one process share one interpreter lock, so checking the next
package in a thread only slows the store down; a child process (started the
'spawn' way, like a report's, which the frozen app supports) checks it on
the other core meanwhile.

The child opens the workspace read-only for its plans, checks the packages
in the order given with the same `check_package` the caller would run, and
sends each result over a pipe: a refusal as it is, a Package with its
activities as plain tuples (far quicker to send and to make again than the
objects). The pipe holds only some tens of kB: the child runs at most one
large package ahead (or the few small ones the pipe holds). Until the child
is ready, the caller checks the first packages itself and the child skips
them; a package too large to be worth sending, or any the child could not
send, is left to the caller too (`take` gives None), as are all those after
the child stopped for any reason. A package is thus always checked by
exactly the same code, in one process or the other.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable
from dataclasses import fields, replace
from operator import attrgetter
from pathlib import Path

from ..domain.activity import Activity

# A batch of this many packages or more is read ahead by a child process.
READ_AHEAD_FROM = 4
# Larger files (a unit's year of some 75,000 activities; a department's
# consolidated year is several MB) are checked by the caller: the two
# processes would each hold all their activities at once.
MAX_SENT_BYTES = 2 << 20
STOP_GRACE_S = 2.0
_WAIT_S = 0.1  # how often a wait for the child lets the caller cancel

_READY = "ready"
_FIELDS = tuple(f.name for f in fields(Activity))
_values = attrgetter(*_FIELDS)


def _packed(result):
    """A check's result as sent over the pipe."""
    from .package import Package

    if isinstance(result, Package):
        return ("package", replace(result, activities=[]), list(map(_values, result.activities)))
    return ("other", result, None)


def _unpacked(kind: str, result, rows):
    if kind == "package":
        activities = list(map(Activity, *zip(*rows, strict=True))) if rows else []
        return replace(result, activities=activities)
    return result


def _child(workspace: str, paths: list[str], claimed, conn, check_package, max_sent: int) -> None:
    """Check `paths` in order with `check_package(path, plan_for)` (those
    below `claimed.value` are the caller's) and send each result, with its
    place, over `conn`."""
    gc.disable()  # many short-lived objects, none in cycles (as in the caller)
    from ..store import Workspace

    ws = Workspace.open_read_only(workspace)
    try:
        conn.send((_READY, -1, None, None))
        for i, path in enumerate(paths):
            if i < claimed.value:
                continue
            file = Path(path)
            try:
                small = file.stat().st_size <= max_sent
            except OSError:
                small = False
            if not small:
                conn.send(("caller", i, None, None))
                continue
            kind, result, rows = _packed(check_package(file, ws.plans.require))
            try:
                conn.send((kind, i, result, rows))
            except Exception:  # a value the pipe cannot carry: the caller checks it
                conn.send(("caller", i, None, None))
    finally:
        ws.close()
        conn.close()


class PackageReader:
    """`take(i)` gives `check_package(paths[i], plan_for)` as made by the
    child (a module-level function, which the child imports), or None when
    the caller is to check it itself. Ask in order; `close()` (or leaving
    the `with`) stops the child."""

    def __init__(self, workspace: Path | str, paths: list[Path], check_package: Callable):
        self._count = len(paths)
        self._ready = False
        self._gone = False
        self._early = None  # a message read before its turn
        self._check: Callable[[], None] | None = None
        mp = multiprocessing.get_context("spawn")
        self._claimed = mp.Value("i", 0, lock=False)
        self._conn, child_conn = mp.Pipe(duplex=False)
        try:
            self.process = mp.Process(
                target=_child,
                args=(
                    str(workspace),
                    [str(p) for p in paths],
                    self._claimed,
                    child_conn,
                    check_package,
                    MAX_SENT_BYTES,
                ),
                daemon=True,
            )
            self.process.start()
        except Exception:  # no child: the caller checks every package
            self._gone = True
            self.process = None
        finally:
            child_conn.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def wait_ready(self, timeout: float) -> bool:
        """Wait up to `timeout` seconds for the child to be ready; whether it is."""
        if not self._ready and not self._gone and self._conn.poll(timeout):
            self._receive()
        return self._ready

    def take(self, i: int, check: Callable[[], None] | None = None):
        """The child's check of package `i`, or None: the caller checks it.
        `check()` is called while waiting for the child (the officer's Hủy
        raises from it)."""
        self._check = check
        if self._gone or i >= self._count:
            return None
        if not self._ready:
            if not self._conn.poll(0):
                self._claimed.value = i + 1  # the child skips it
                return None
            if self._receive() is None:
                return None
        while True:
            message, self._early = self._early, None
            if message is None:
                message = self._receive()
            if message is None:
                return None
            kind, place, result, rows = message
            if place < i:  # one the caller checked itself as the child started
                continue
            if place > i:  # `i` was not the child's: kept for its own turn
                self._early = message
                return None
            if kind == "caller":
                return None
            return _unpacked(kind, result, rows)

    def _receive(self):
        while self._check is not None and not self._waited():
            self._check()  # raises to stop the batch: past the catch below
        try:
            message = self._conn.recv()
        except (EOFError, OSError):  # the child stopped: the caller goes on alone
            self._gone = True
            return None
        except Exception:  # a message that cannot be read: likewise
            self.close()
            return None
        if message[0] == _READY:
            self._ready = True
        return message

    def _waited(self) -> bool:
        """Whether the child's next message (or its end) came within _WAIT_S."""
        try:
            return self._conn.poll(_WAIT_S)
        except (EOFError, OSError):
            return True  # the reading that follows finds the child gone

    def close(self) -> None:
        self._gone = True
        try:
            self._conn.close()
        except OSError:
            pass
        process, self.process = self.process, None
        if process is None:
            return
        # The child only reads; one held up sending its next result stops here.
        process.join(0.05)
        if process.is_alive():
            process.terminate()
            process.join(STOP_GRACE_S)
            if process.is_alive():
                process.kill()
                process.join()
