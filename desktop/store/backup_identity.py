"""Which workspace a backup belongs to, and its place among that
workspace's backups, read from the backup's own `meta` table.

Every workspace holds a random identity (`workspace_id`, schema v12) that
its backups carry with them, so two workspaces of the same file name (two
units' `du-lieu.cdsdb` sharing a backup folder) never mix their copies. Each
backup also gets a number one above the highest of that workspace's backups
in the folder (`backup_seq`): the order of backups does not depend on the
computer's clock, which may have been set back.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

IDENTITY_KEY = "workspace_id"
NUMBER_KEY = "backup_seq"


@dataclass(frozen=True)
class Identity:
    workspace_id: str | None  # None: made before identities, or unreadable
    number: int  # 0: made before numbering, or unreadable


UNKNOWN = Identity(None, 0)
_cache: dict[tuple[str, int, int], Identity] = {}


def workspace_id(conn: sqlite3.Connection) -> str | None:
    """The identity of the workspace open on `conn` (None before schema v12)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (IDENTITY_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row and row[0] else None


def read_identity(path: Path) -> Identity:
    """The identity and number a backup file carries (cached by path, size
    and modification time: a backup file is never changed once written)."""
    try:
        st = path.stat()
    except OSError:
        return UNKNOWN
    key = (str(path), st.st_size, st.st_mtime_ns)
    found = _cache.get(key)
    if found is not None:
        return found
    found = _read(path)
    if len(_cache) > 10_000:
        _cache.clear()
    _cache[key] = found
    return found


def _read(path: Path) -> Identity:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return UNKNOWN
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        rows = dict(
            conn.execute(
                "SELECT key, value FROM meta WHERE key IN (?, ?)", (IDENTITY_KEY, NUMBER_KEY)
            ).fetchall()
        )
    except sqlite3.Error:
        return UNKNOWN
    finally:
        conn.close()
    try:
        number = int(rows.get(NUMBER_KEY) or 0)
    except (TypeError, ValueError):
        number = 0
    ident = rows.get(IDENTITY_KEY)
    return Identity(str(ident) if ident else None, max(0, number))


def file_workspace_id(path: Path) -> str | None:
    """The identity of a workspace file, read without changing it (None
    when it cannot be read: a damaged file)."""
    path = Path(path)
    # Read-only, and without a WAL beside it immutable too: nothing is
    # created beside the file (a damaged one stays exactly as it is).
    wal = Path(f"{path}-wal").exists()
    uri = f"{path.resolve().as_uri()}?mode=ro" + ("" if wal else "&immutable=1")
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        return workspace_id(conn)
    finally:
        conn.close()
