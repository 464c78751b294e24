"""Texts the officer writes: the report's texts per unit and year, and the
column mappings remembered from earlier imports."""

from __future__ import annotations

import json

from ..domain.field_limits import report_text_problem
from ..domain.text import clean_multiline
from .columns import now_iso
from .errors import WorkspaceError
from .repository import Repository


def _rows(unit_id: int, year: int, texts: dict[str, str]) -> list[tuple]:
    """The rows of report texts to write, each checked for its length: one
    too long is refused before anything is written."""
    stamp = now_iso()
    rows = []
    for key, value in texts.items():
        text = clean_multiline(value)
        problem = report_text_problem(year, key, text)
        if problem is not None:
            raise WorkspaceError(problem)
        rows.append((unit_id, year, key, text, stamp))
    return rows


class TextsRepository(Repository):
    """`ws.texts`: the report_texts and import_mappings tables."""

    # -- report texts ----------------------------------------------------------

    def report_texts(self, unit_id: int, year: int) -> dict[str, str]:
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT key, text FROM report_texts WHERE unit_id = ? AND year = ?", (unit_id, year)
            )
        }

    def set_report_text(self, unit_id: int, year: int, key: str, text: str) -> None:
        self.set_report_texts(unit_id, year, {key: text})

    def set_report_texts(self, unit_id: int, year: int, texts: dict[str, str]) -> None:
        rows = _rows(unit_id, year, texts)
        with self.ws.transaction():
            self.conn.executemany(
                "INSERT INTO report_texts(unit_id, year, key, text, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(unit_id, year, key) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                rows,
            )

    def add_missing(self, unit_id: int, year: int, texts: dict[str, str]) -> tuple[int, int]:
        """Add report texts the workspace does not have yet, never overwriting
        one already written. Returns (added, already present)."""
        rows = _rows(unit_id, year, texts)
        with self.ws.transaction():
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT INTO report_texts(unit_id, year, key, text, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(unit_id, year, key) DO NOTHING",
                rows,
            )
            added = self.conn.total_changes - before
        return added, len(texts) - added

    def delete_year(self, unit_id: int, year: int) -> None:
        """Remove a unit's report texts of a year, in the caller's transaction."""
        self.conn.execute(
            "DELETE FROM report_texts WHERE unit_id = ? AND year = ?", (unit_id, year)
        )

    def years(self, unit_id: int) -> list[int]:
        """Years the unit has report texts for."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT year FROM report_texts WHERE unit_id = ? ORDER BY year", (unit_id,)
            )
        ]

    # -- remembered import column mappings -----------------------------------------

    def import_mapping_data(self, signature: str) -> dict | None:
        """Everything remembered for this header layout: the columns, and the
        value choices beside them."""
        row = self.conn.execute(
            "SELECT mapping FROM import_mappings WHERE signature = ?", (signature,)
        ).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def import_mapping(self, signature: str) -> dict[str, int] | None:
        """The field -> column mapping chosen last time for this header layout."""
        data = self.import_mapping_data(signature)
        if data is None:
            return None
        return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}

    def import_mappings(self) -> dict[str, dict[str, int]]:
        """Every remembered mapping by layout signature (read once, then used
        off the GUI thread)."""
        signatures = [r[0] for r in self.conn.execute("SELECT signature FROM import_mappings")]
        return {s: m for s in signatures if (m := self.import_mapping(s)) is not None}

    def save_import_mapping(self, signature: str, mapping: dict[str, int]) -> None:
        with self.ws.transaction():
            self.conn.execute(
                "INSERT INTO import_mappings(signature, mapping, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, "
                "updated_at = excluded.updated_at",
                (signature, json.dumps(mapping, sort_keys=True), now_iso()),
            )
