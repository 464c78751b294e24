"""Every CSV file the app writes goes through `write_csv_rows`: UTF-8 with a
BOM (so Excel reads the Vietnamese letters), written whole or not at all,
and every text cell that a spreadsheet would take for a formula (beginning
with =, @, +, -, a tab or a carriage return) escaped with a leading
apostrophe. `unescape_cell` undoes exactly that when the app reads a CSV,
so a title such as "=HYPERLINK(...)" or "- Tin ngắn" goes round unchanged.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..files import atomic_path

FORMULA_STARTS = ("=", "@", "+", "-", "\t", "\r")


def _needs_escape(text: str) -> bool:
    # A text already beginning with an apostrophe before a formula sign gets
    # one more, so unescaping is exact.
    while text.startswith("'"):
        text = text[1:]
    return text.startswith(FORMULA_STARTS)


def escape_cell(value: object) -> object:
    """A cell as written to CSV: text that looks like a formula escaped."""
    if isinstance(value, str) and _needs_escape(value):
        return "'" + value
    return value


def unescape_cell(value: object) -> object:
    """The text a cell written by `escape_cell` held."""
    if isinstance(value, str) and value.startswith("'") and _needs_escape(value[1:]):
        return value[1:]
    return value


def write_csv_rows(
    path: Path | str, headers: Sequence[str], rows: Iterable[Sequence[object]]
) -> int:
    """Write a CSV file (header row first); returns the number of rows."""
    count = 0
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow([escape_cell(h) for h in headers])
            for row in rows:
                w.writerow([escape_cell(c) for c in row])
                count += 1
    return count
