"""The refused rows as a list the officer corrects and imports again.

Each refused row keeps its original cells in the list format's columns, then
where it came from (file, sheet, row) and why it was refused. Corrected in
Excel, the file imports alone: the extra columns are not list columns, and a
line without cells (a file that could not be read) is a blank row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.activity import Problem
from ..files import atomic_path
from .csvfile import write_csv_rows
from .listformat import FIELDS, HEADERS

PLACE_HEADERS = ("Tệp", "Trang", "Dòng", "Lý do")
REJECTS_HEADERS = HEADERS + PLACE_HEADERS


@dataclass
class RefusedRow:
    """One refused row: its cells by field as the file had them."""

    source: str
    sheet: str | None
    row: int | None
    cells: dict[str, object] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def reason(self) -> str:
        return "; ".join(f"{p.label}: {p.message}" if p.field else p.message for p in self.problems)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def refused_rows(result) -> list[RefusedRow]:
    """Every refused row of an ImportResult, with file-level problems as rows
    without cells, in the order they were found."""
    rows = list(result.refused)
    seen = {(r.source, r.sheet, r.row) for r in rows}
    for p in result.rejected:
        if (p.source, p.sheet, p.row) not in seen:
            seen.add((p.source, p.sheet, p.row))
            rows.append(
                RefusedRow(
                    p.source or "",
                    p.sheet,
                    p.row,
                    {},
                    [
                        q
                        for q in result.rejected
                        if (q.source, q.sheet, q.row) == (p.source, p.sheet, p.row)
                    ],
                )
            )
    return rows


def rejects_cells(r: RefusedRow, date_of=None) -> list[str]:
    cells = []
    for f in FIELDS:
        value = r.cells.get(f)
        if f == "date" and date_of is not None and isinstance(value, (int, float)):
            d = date_of(value)
            value = d if d is not None else value
        cells.append(_text(value))
    return cells + [r.source, r.sheet or "", "" if r.row is None else str(r.row), r.reason()]


def write_rejects(path: Path | str, rows: list[RefusedRow], date_of=None) -> int:
    """The refused rows as CSV (UTF-8 with BOM) or XLSX, chosen by the
    file's extension; written whole or not at all. Returns the row count."""
    path = Path(path)
    lines = [rejects_cells(r, date_of) for r in rows]
    if path.suffix.lower() == ".xlsx":
        _write_xlsx(path, lines)
    else:
        write_csv_rows(path, REJECTS_HEADERS, lines)
    return len(lines)


def _write_xlsx(path: Path, lines: list[list[str]]) -> None:
    import xlsxwriter

    with atomic_path(path) as tmp:
        # Every cell is text: nothing copied from a file turns into a formula.
        wb = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        ws = wb.add_worksheet("Dòng bị từ chối")
        bold = wb.add_format({"bold": True, "font_name": "Times New Roman", "border": 1})
        text = wb.add_format({"font_name": "Times New Roman", "num_format": "@", "valign": "top"})
        widths = (12, 14, 16, 60, 10, 12, 40, 16, 10, 30, 12, 14, 14, 18, 24, 14, 8, 80)
        for col, (h, w) in enumerate(zip(REJECTS_HEADERS, widths, strict=True)):
            ws.set_column(col, col, w)
            ws.write_string(0, col, h, bold)
        ws.freeze_panes(1, 0)
        for row, cells in enumerate(lines, start=1):
            for col, value in enumerate(cells):
                ws.write_string(row, col, value, text)
        wb.close()
