"""Values of a long insert made one round ahead, on a second thread.

A large insert alternates two kinds of work: making each row's values in
Python, and SQLite moving a round of rows into the table and its indexes.
SQLite does the second without holding Python's lock, so with two cores the
next round's values can be made meanwhile. The caller and the maker never
run Python at the same time: the maker works only between `make_next()` and
the caller's next wait, which the caller spends inside one long SQLite
statement (two threads both running Python would pass the lock back and
forth after every row and be slower than one).

The second thread is started once and kept, idle between rounds: starting a
thread makes the caller wait until the new thread has run, which costs the
caller a few milliseconds each time (hundreds of times in a batch of
received packages). Handing a round to the kept thread does not wait.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

# Rows per round: large enough that the thread hand-over is rare, small
# enough that the first round (made before any other work can start) is short.
# A shorter insert (a received package of 2,000 rows) goes in a few rounds of
# at least MIN_ROUND, so it too has a round to overlap.
ROUND = 10_000
MIN_ROUND = 500


class _Job:
    """One round handed to the kept thread; `done` is set when it has run."""

    __slots__ = ("work", "done")

    def __init__(self, work: Callable[[], None]):
        self.work = work
        self.done = threading.Event()


_jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
_worker: threading.Thread | None = None
_worker_lock = threading.Lock()
_pending = 0  # rounds handed over and not yet waited for (read by tests)


def _serve() -> None:
    while True:
        job = _jobs.get()
        try:
            job.work()  # RoundMaker._work keeps its own error
        finally:
            job.done.set()


def _hand_over(work: Callable[[], None]) -> _Job:
    """Run `work` on the kept thread (started the first time); returns at once."""
    global _worker, _pending
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_serve, name="insert-rounds", daemon=True)
            _worker.start()
        _pending += 1
    job = _Job(work)
    _jobs.put(job)
    return job


def _finished(job: _Job) -> None:
    global _pending
    job.done.wait()
    with _worker_lock:
        _pending -= 1


def rounds_running() -> int:
    """Rounds handed to the second thread and not yet collected (0 once every
    RoundMaker has left its `with`)."""
    return _pending


class RoundMaker(Generic[T]):
    """`for values in RoundMaker(items, make)` gives `[make(i) for i in
    round]` round by round; `make_next()` starts the next round on a second
    thread. Used as a context manager, it never leaves a round running there."""

    def __init__(self, items: Sequence[T], make: Callable[[T], tuple], size: int | None = None):
        self._items = items
        self._make = make
        if size is None:
            size = min(ROUND, max(MIN_ROUND, len(items) // 4))
        self._size = max(1, int(size))
        self._next = 0  # index of the first item not yet given to a round
        self._job: _Job | None = None
        self._made: list[tuple] | None = None
        self._error: BaseException | None = None

    def _round(self) -> list[tuple]:
        start, self._next = self._next, min(self._next + self._size, len(self._items))
        return list(map(self._make, self._items[start : self._next]))

    def _work(self) -> None:
        try:
            self._made = self._round()
        except BaseException as e:  # handed to the caller at its next wait
            self._error = e

    def make_next(self) -> None:
        """Start making the next round (if any) on the second thread."""
        if self._job is None and self._next < len(self._items):
            self._job = _hand_over(self._work)

    def _wait(self) -> list[tuple] | None:
        if self._job is None:
            return None
        _finished(self._job)
        self._job = None
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        made, self._made = self._made, None
        return made

    def __iter__(self) -> Iterator[list[tuple]]:
        if self._items:
            yield self._round()  # the first round: nothing to overlap it with
        while True:
            made = self._wait()
            if made is None:
                if self._next >= len(self._items):
                    return
                made = self._round()  # the caller did not ask ahead
            yield made

    def __enter__(self) -> RoundMaker[T]:
        return self

    def __exit__(self, *exc) -> None:
        if self._job is not None:
            _finished(self._job)
            self._job = None
