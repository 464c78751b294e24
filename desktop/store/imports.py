"""Imports as batches: every import is recorded (when, which files, how many
activities it added and the range of their ids) and each activity it added
carries its id (`activities.import_id`), so an import is undone as one step,
right after it or later from the history, and redone.

Undoing keeps the rows it takes away in temporary tables of the writing
connection (never in the workspace file), from which a redo puts them back
with their ids, times and attachments. A redo therefore works while the
connection that undid stays open; after that the import stays undone.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .columns import now_iso
from .errors import WorkspaceError
from .repository import Repository

STASH = "temp.undone_activities"
STASH_ATTACHMENTS = "temp.undone_attachments"


@dataclass(frozen=True)
class ImportBatch:
    """One import as the history lists it."""

    id: int
    created_at: datetime
    files: tuple[str, ...]
    added: int  # activities the import added
    present: int  # of these, still in the workspace (edited ones included)
    undone_at: datetime | None

    @property
    def undone(self) -> bool:
        return self.undone_at is not None


class ImportsRepository(Repository):
    """`ws.imports`: the history of imports, undo and redo of one."""

    # -- recording, inside the import's transaction ------------------------------

    def mark(self) -> int:
        """The highest activity id before an import writes: every row it adds
        gets a higher one (the one writer holds the file meanwhile)."""
        return self.conn.execute("SELECT ifnull(max(id), 0) FROM activities").fetchone()[0]

    def record(self, mark: int, files: Iterable[str]) -> int | None:
        """After an import's rows went in (same transaction): record the
        import and mark its rows. None when it added nothing."""
        with self.ws.transaction():
            last = self.conn.execute("SELECT ifnull(max(id), 0) FROM activities").fetchone()[0]
            if last <= mark:
                return None
            batch = self.conn.execute(
                "INSERT INTO imports (created_at, files, added, first_id, last_id) "
                "VALUES (?, ?, 0, ?, ?)",
                (now_iso(), json.dumps(list(files), ensure_ascii=False), mark + 1, last),
            ).lastrowid
            added = self.conn.execute(
                "UPDATE activities SET import_id = ? WHERE id > ?", (batch, mark)
            ).rowcount
            self.conn.execute("UPDATE imports SET added = ? WHERE id = ?", (added, batch))
        return batch

    # -- reading ------------------------------------------------------------------

    def history(self, limit: int = 200) -> list[ImportBatch]:
        """The latest imports first."""
        rows = self.conn.execute(
            "SELECT i.id, i.created_at, i.files, i.added, i.undone_at, "
            "(SELECT count(*) FROM activities a WHERE a.id BETWEEN i.first_id AND i.last_id "
            " AND a.import_id = i.id) AS present "
            "FROM imports i ORDER BY i.id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [_batch(r) for r in rows]

    def get(self, batch_id: int) -> ImportBatch | None:
        return next((b for b in self.history(limit=-1) if b.id == batch_id), None)

    def last(self) -> ImportBatch | None:
        found = self.history(limit=1)
        return found[0] if found else None

    # -- undo and redo ----------------------------------------------------------------

    def undo(self, batch_id: int) -> int:
        """Take the import's activities (those still present) out, in one
        transaction; returns how many. They wait in the connection's
        temporary tables for `redo`."""
        with self.ws.transaction():
            first, last = self._range(batch_id)
            self._make_stash()
            where = "id BETWEEN ? AND ? AND import_id = ?"
            params = (first, last, batch_id)
            self._drop_stash(batch_id)
            self.conn.execute(f"INSERT INTO {STASH} SELECT * FROM activities WHERE {where}", params)
            self.conn.execute(
                f"INSERT INTO {STASH_ATTACHMENTS} SELECT * FROM attachments WHERE activity_id IN "
                f"(SELECT id FROM {STASH} WHERE import_id = ?)",
                (batch_id,),
            )
            taken = self.conn.execute(f"DELETE FROM activities WHERE {where}", params).rowcount
            self.conn.execute(
                "UPDATE imports SET undone_at = ? WHERE id = ?", (now_iso(), batch_id)
            )
        return taken

    def can_redo(self, batch_id: int) -> bool:
        if not self._has_stash():
            return False
        row = self.conn.execute(
            f"SELECT 1 FROM {STASH} WHERE import_id = ? LIMIT 1", (batch_id,)
        ).fetchone()
        return row is not None

    def redo(self, batch_id: int) -> int:
        """Put back what `undo` took out of this import, in one transaction."""
        self._range(batch_id)
        if not self.can_redo(batch_id):
            raise WorkspaceError(
                "Không làm lại được lần nhập này: các hoạt động đã hoàn tác không còn được giữ "
                "(ứng dụng đã đóng hoặc dữ liệu đã được mở lại). Hãy nhập lại tệp."
            )
        try:
            with self.ws.transaction():
                put = self.conn.execute(
                    f"INSERT INTO activities SELECT * FROM {STASH} WHERE import_id = ?",
                    (batch_id,),
                ).rowcount
                self.conn.execute(
                    f"INSERT INTO attachments SELECT * FROM {STASH_ATTACHMENTS} WHERE activity_id "
                    f"IN (SELECT id FROM {STASH} WHERE import_id = ?)",
                    (batch_id,),
                )
                self._drop_stash(batch_id)
                self.conn.execute("UPDATE imports SET undone_at = NULL WHERE id = ?", (batch_id,))
        except sqlite3.IntegrityError as e:
            raise WorkspaceError(
                "Không làm lại được lần nhập này: sau khi hoàn tác đã có hoạt động trùng với "
                "hoạt động của lần nhập. Dữ liệu không thay đổi."
            ) from e
        return put

    # -- helpers ------------------------------------------------------------------------

    def _range(self, batch_id: int) -> tuple[int, int]:
        row = self.conn.execute(
            "SELECT first_id, last_id FROM imports WHERE id = ?", (batch_id,)
        ).fetchone()
        if row is None:
            raise WorkspaceError(f"Không có lần nhập số {batch_id} trong dữ liệu này.")
        return row[0], row[1]

    def _has_stash(self) -> bool:
        found = self.conn.execute(
            "SELECT count(*) FROM temp.sqlite_master WHERE name IN "
            "('undone_activities', 'undone_attachments')"
        ).fetchone()[0]
        return found == 2

    def _make_stash(self) -> None:
        if not self._has_stash():
            self.conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS undone_activities AS "
                "SELECT * FROM main.activities WHERE 0"
            )
            self.conn.execute(
                "CREATE TEMP TABLE IF NOT EXISTS undone_attachments AS "
                "SELECT * FROM main.attachments WHERE 0"
            )

    def _drop_stash(self, batch_id: int) -> None:
        if not self._has_stash():
            return
        self.conn.execute(
            f"DELETE FROM {STASH_ATTACHMENTS} WHERE activity_id IN "
            f"(SELECT id FROM {STASH} WHERE import_id = ?)",
            (batch_id,),
        )
        self.conn.execute(f"DELETE FROM {STASH} WHERE import_id = ?", (batch_id,))


def _batch(r) -> ImportBatch:
    return ImportBatch(
        id=r["id"],
        created_at=datetime.fromisoformat(r["created_at"]),
        files=tuple(json.loads(r["files"] or "[]")),
        added=r["added"],
        present=r["present"],
        undone_at=datetime.fromisoformat(r["undone_at"]) if r["undone_at"] else None,
    )
