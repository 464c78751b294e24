"""One pause of Python's cyclic garbage collector, shared by every layer.

Large pieces of work here (reading and writing a list of 100,000 rows,
building a long report, a ministry's consolidated progress) make hundreds of
thousands of small objects, none of them in reference cycles. The collector
would otherwise set off full scans of an ever larger heap, each holding every
thread, the window's too. Work running at the same time in several threads
shares one pause; the collector runs again when the last of them ends, and
is left alone if it was already off.

When a pause ends, everything made meanwhile is counted as old at once
(`gc.freeze()` then `gc.unfreeze()` move every tracked object to the oldest
generation without looking at any): otherwise the first allocation after
the pause walks all of it as young objects, a tenth of a second for a list
of 100,000 rows, at the start of whatever comes next. Cycles among them are
still collected, by the next full collection.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.freeze()
                gc.unfreeze()
                gc.enable()
