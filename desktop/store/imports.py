"""Imports as batches: every import is recorded (when, which files, how many
activities it added and the range of their ids) and each activity it added
carries its id (`activities.import_id`), so an import is undone as one step,
right after it or later from the history, and redone.

Undoing keeps the rows it takes away in the workspace itself
(`undone_activities`, schema v17: each activity's columns and its
attachments' as JSON), in the same transaction as the removal, so a redo
puts them back with their times and attachments after the workspace was
closed and opened again. Only the latest `UNDONE_KEPT` undone imports keep
their rows; an older one stays undone. When activities added since took the
ids the rows had, the redo gives them new ids after the highest; a redo that
would bring back an activity already present again (the same list imported
since) is refused and changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..domain.text import Message, template
from .columns import now_iso
from .errors import WorkspaceError
from .repository import Repository

# The undone imports whose rows are kept for a redo, the latest first.
UNDONE_KEPT = 5
NOT_KEPT = template(
    "Không làm lại được lần nhập này: các hoạt động đã hoàn tác không còn được giữ (chỉ giữ "
    "{kept} lần hoàn tác gần nhất). Hãy nhập lại tệp."
)
ALREADY_BACK = template(
    "Không làm lại được lần nhập này: sau khi hoàn tác đã có hoạt động trùng với hoạt động "
    "của lần nhập. Dữ liệu không thay đổi."
)
NO_SUCH_IMPORT = template("Không có lần nhập số {number} trong dữ liệu này.")


@dataclass(frozen=True)
class ImportBatch:
    """One import as the history lists it."""

    id: int
    created_at: datetime
    files: tuple[str, ...]
    added: int  # activities the import added
    present: int  # of these, still in the workspace (edited ones included)
    undone_at: datetime | None
    redoable: bool = False  # undone, and its rows are kept for a redo

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

    def begin(self, files: Iterable[str]) -> tuple[int, int]:
        """At the start of an import's transaction: (mark, batch id). The
        batch is recorded at once so the bulk insert writes its id with each
        row (`insert_many(..., import_id=)`) instead of a second pass over
        them; `record` completes it, or removes it when nothing was added."""
        mark = self.mark()
        with self.ws.transaction():
            batch = self.conn.execute(
                "INSERT INTO imports (created_at, files, added, first_id, last_id) "
                "VALUES (?, ?, 0, ?, ?)",
                (now_iso(), json.dumps(list(files), ensure_ascii=False), mark + 1, mark + 1),
            ).lastrowid
        return mark, batch

    def record(self, mark: int, files: Iterable[str], batch: int | None = None) -> int | None:
        """After an import's rows went in (same transaction): record the
        import (or complete the one `begin` started) and mark its rows that
        do not carry it yet. None when it added nothing."""
        with self.ws.transaction():
            last = self.conn.execute("SELECT ifnull(max(id), 0) FROM activities").fetchone()[0]
            if last <= mark:
                if batch is not None:
                    self.conn.execute("DELETE FROM imports WHERE id = ?", (batch,))
                return None
            if batch is None:
                batch = self.conn.execute(
                    "INSERT INTO imports (created_at, files, added, first_id, last_id) "
                    "VALUES (?, ?, 0, ?, ?)",
                    (now_iso(), json.dumps(list(files), ensure_ascii=False), mark + 1, last),
                ).lastrowid
            self.conn.execute(
                "UPDATE activities SET import_id = ? WHERE id > ? AND import_id IS NOT ?",
                (batch, mark, batch),
            )
            added = self.conn.execute(
                "SELECT count(*) FROM activities WHERE id > ?", (mark,)
            ).fetchone()[0]
            self.conn.execute(
                "UPDATE imports SET added = ?, last_id = ? WHERE id = ?", (added, last, batch)
            )
        return batch

    # -- reading ------------------------------------------------------------------

    def history(self, limit: int = 200) -> list[ImportBatch]:
        """The latest imports first."""
        rows = self.conn.execute(
            "SELECT i.id, i.created_at, i.files, i.added, i.undone_at, "
            "(SELECT count(*) FROM activities a WHERE a.id BETWEEN i.first_id AND i.last_id "
            " AND a.import_id = i.id) AS present, "
            "EXISTS (SELECT 1 FROM undone_activities u WHERE u.import_id = i.id) AS redoable "
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
        transaction; returns how many. Their rows are kept in the workspace
        for `redo`, in the same transaction."""
        with self.ws.transaction():
            first, last = self._range(batch_id)
            where = "a.id BETWEEN ? AND ? AND a.import_id = ?"
            params = (first, last, batch_id)
            row = _json_object("a", self._columns("activities"))
            attachment = _json_object("t", self._columns("attachments"))
            self.conn.execute("DELETE FROM undone_activities WHERE import_id = ?", (batch_id,))
            self.conn.execute(
                "INSERT INTO undone_activities (import_id, activity_id, data, attached) "
                f"SELECT ?, a.id, {row}, (SELECT json_group_array({attachment}) "
                f"FROM attachments t WHERE t.activity_id = a.id) FROM activities a WHERE {where}",
                (batch_id, *params),
            )
            taken = self.conn.execute(
                "DELETE FROM activities WHERE id BETWEEN ? AND ? AND import_id = ?", params
            ).rowcount
            self.conn.execute(
                "UPDATE imports SET undone_at = ? WHERE id = ?", (now_iso(), batch_id)
            )
            # Only the latest undone imports keep their rows.
            self.conn.execute(
                "DELETE FROM undone_activities WHERE import_id NOT IN (SELECT id FROM imports "
                "WHERE undone_at IS NOT NULL ORDER BY undone_at DESC, id DESC LIMIT ?)",
                (UNDONE_KEPT,),
            )
        return taken

    def can_redo(self, batch_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM undone_activities WHERE import_id = ? LIMIT 1", (batch_id,)
        ).fetchone()
        return row is not None

    def redo(self, batch_id: int) -> int:
        """Put back what `undo` took out of this import, in one transaction."""
        self._range(batch_id)
        if not self.can_redo(batch_id):
            raise WorkspaceError(Message(NOT_KEPT, kept=str(UNDONE_KEPT)))
        try:
            with self.ws.transaction():
                put = self._put_back(batch_id)
                self.conn.execute("DELETE FROM undone_activities WHERE import_id = ?", (batch_id,))
                self.conn.execute("UPDATE imports SET undone_at = NULL WHERE id = ?", (batch_id,))
        except sqlite3.IntegrityError as e:
            raise WorkspaceError(Message(ALREADY_BACK)) from e
        return put

    # -- helpers ------------------------------------------------------------------------

    def _put_back(self, batch_id: int) -> int:
        """Insert the kept rows of the import (the caller's transaction),
        under new ids after the highest when added activities took theirs."""
        kept = "SELECT activity_id, data, attached FROM undone_activities WHERE import_id = ?"
        first = self.conn.execute(kept + " LIMIT 1", (batch_id,)).fetchone()
        # The columns the rows were kept with that the table still has.
        columns = [c for c in self._columns("activities") if c in json.loads(first[1])]
        taken = self.conn.execute(
            f"SELECT 1 FROM ({kept}) k JOIN activities a ON a.id = k.activity_id LIMIT 1",
            (batch_id,),
        ).fetchone()
        if taken:
            top = self.conn.execute("SELECT ifnull(max(id), 0) FROM activities").fetchone()[0]
            new_id = f"{int(top)} + row_number() OVER (ORDER BY activity_id)"
        else:
            new_id = "activity_id"
        rows = f"SELECT {new_id} AS new_id, data, attached FROM ({kept})"
        values = ", ".join("new_id" if c == "id" else _extract("data", c) for c in columns)
        put = self.conn.execute(
            f"INSERT INTO activities ({', '.join(columns)}) SELECT {values} FROM ({rows})",
            (batch_id,),
        ).rowcount
        attached = f"SELECT new_id, j.value AS att FROM ({rows}) r, json_each(r.attached) j"
        att_columns = self._columns("attachments")
        clash = self.conn.execute(
            f"SELECT 1 FROM ({attached}) k JOIN attachments t "
            "ON t.id = json_extract(k.att, '$.id') LIMIT 1",
            (batch_id,),
        ).fetchone()
        if clash:  # attachments added since took their ids: new ones
            att_columns = [c for c in att_columns if c != "id"]
        att_values = ", ".join(
            "new_id" if c == "activity_id" else _extract("att", c) for c in att_columns
        )
        self.conn.execute(
            f"INSERT INTO attachments ({', '.join(att_columns)}) "
            f"SELECT {att_values} FROM ({attached})",
            (batch_id,),
        )
        if taken:
            self.conn.execute(
                "UPDATE imports SET first_id = ?, last_id = ? WHERE id = ?",
                (int(top) + 1, int(top) + put, batch_id),
            )
        return put

    def _columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({table})")]

    def _range(self, batch_id: int) -> tuple[int, int]:
        row = self.conn.execute(
            "SELECT first_id, last_id FROM imports WHERE id = ?", (batch_id,)
        ).fetchone()
        if row is None:
            raise WorkspaceError(Message(NO_SUCH_IMPORT, number=str(batch_id)))
        return row[0], row[1]


def _json_object(alias: str, columns: list[str]) -> str:
    return "json_object(" + ", ".join(f"'{c}', {alias}.{c}" for c in columns) + ")"


def _extract(source: str, column: str) -> str:
    return f"json_extract({source}, '$.\"{column}\"')"


def _batch(r) -> ImportBatch:
    return ImportBatch(
        id=r["id"],
        created_at=datetime.fromisoformat(r["created_at"]),
        files=tuple(json.loads(r["files"] or "[]")),
        added=r["added"],
        present=r["present"],
        undone_at=datetime.fromisoformat(r["undone_at"]) if r["undone_at"] else None,
        redoable=bool(r["redoable"]),
    )
