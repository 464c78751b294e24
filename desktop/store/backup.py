"""Consistent copies of a workspace through SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from ..paths import data_dir


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_to(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy the open database to `dest`, whole or not at all."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    target = sqlite3.connect(tmp)
    try:
        conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    finally:
        target.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, dest)
    return dest


def backup_before_migration(conn: sqlite3.Connection, old_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_to(conn, backup_dir() / f"truoc-nang-cap-v{old_version}-{stamp}.cdsdb")
