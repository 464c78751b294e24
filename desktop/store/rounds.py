"""Values of a long insert made one round ahead, on a second thread.

A large insert alternates two kinds of work: making each row's values in
Python, and SQLite moving a round of rows into the table and its indexes.
SQLite does the second without holding Python's lock, so with two cores the
next round's values can be made meanwhile. The caller and the maker never
run Python at the same time: the maker works only between `make_next()` and
the caller's next wait, which the caller spends inside one long SQLite
statement (two threads both running Python would pass the lock back and
forth after every row and be slower than one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")

# Rows per round: large enough that the thread hand-over is rare, small
# enough that the first round (made before any other work can start) is short.
# A shorter insert (a received package of 2,000 rows) goes in a few rounds of
# at least MIN_ROUND, so it too has a round to overlap.
ROUND = 10_000
MIN_ROUND = 1_000


class RoundMaker(Generic[T]):
    """`for values in RoundMaker(items, make)` gives `[make(i) for i in
    round]` round by round; `make_next()` starts the next round on a second
    thread. Used as a context manager, it never leaves that thread running."""

    def __init__(self, items: Sequence[T], make: Callable[[T], tuple], size: int | None = None):
        self._items = items
        self._make = make
        if size is None:
            size = min(ROUND, max(MIN_ROUND, len(items) // 4))
        self._size = max(1, int(size))
        self._next = 0  # index of the first item not yet given to a round
        self._thread: threading.Thread | None = None
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
        if self._thread is None and self._next < len(self._items):
            self._thread = threading.Thread(target=self._work, name="insert-rounds", daemon=True)
            self._thread.start()

    def _wait(self) -> list[tuple] | None:
        if self._thread is None:
            return None
        self._thread.join()
        self._thread = None
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
        if self._thread is not None:
            self._thread.join()
            self._thread = None
