"""Reading connections, one per thread.

SQLite connections stay on the thread that opened them, so every thread that
reads the workspace gets its own connection, opened the same way in this one
place. The GUI thread reads on the workspace the window was opened with (see
`AppContext.reader`); background jobs read here. A job's reader is closed when
the job ends (`release_thread`), so a pool thread never holds the file between
jobs; the activity list's loading thread keeps its reader warm from one
keystroke to the next until `close_readers` closes it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from ..store import Workspace

_local = threading.local()


def reader(path: Path | str) -> Workspace:
    """This thread's reading connection to the workspace at `path`."""
    cache = getattr(_local, "by_path", None)
    if cache is None:
        cache = _local.by_path = {}
    key = str(Path(path))
    ws = cache.get(key)
    if ws is None:
        # A reader never writes: a write through it fails loudly instead of
        # going round the one writer.
        ws = cache[key] = Workspace.open_read_only(path)
    return ws


def release_thread() -> None:
    """Close this thread's readers (at the end of a background job)."""
    cache = getattr(_local, "by_path", None) or {}
    for ws in cache.values():
        try:
            ws.close()
        except Exception:  # closing is best effort; the file is not changed
            pass
    cache.clear()


def open_readers() -> int:
    """How many readers this thread holds (for tests)."""
    return len(getattr(_local, "by_path", None) or {})
