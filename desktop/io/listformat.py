"""The app's activity list format (CSV and XLSX) and importing it.

Header row: Ngày | Mã chỉ tiêu | Hình thức | Tiêu đề | Số lượng | Ngôn ngữ |
Đường dẫn | Kinh phí (đồng) | Chủ đề | Ghi chú
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.activity import (
    Activity,
    Problem,
    RawActivity,
    format_themes,
    parse_date_value,
    validate,
)
from ..domain.text import fold
from .atomic import atomic_path
from .tables import Sheet, TableReadError, read_table_file

FIELDS = (
    "date",
    "target_code",
    "form",
    "title",
    "quantity",
    "language",
    "link",
    "cost",
    "themes",
    "notes",
)
HEADERS = (
    "Ngày",
    "Mã chỉ tiêu",
    "Hình thức",
    "Tiêu đề",
    "Số lượng",
    "Ngôn ngữ",
    "Đường dẫn",
    "Kinh phí (đồng)",
    "Chủ đề",
    "Ghi chú",
)
REQUIRED = ("date", "form", "title")


def header_key(text: object) -> str:
    """Folded header text without punctuation: "Kinh phí (đồng)" -> "kinh phi dong"."""
    folded = fold(str(text or ""))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


_EXACT = {header_key(h): f for h, f in zip(HEADERS, FIELDS, strict=True)}


def match_header(cells: list[object]) -> dict[str, int]:
    """Map fields to column indexes for a row of the list format's headers."""
    mapping: dict[str, int] = {}
    for i, cell in enumerate(cells):
        f = _EXACT.get(header_key(cell))
        if f and f not in mapping:
            mapping[f] = i
    return mapping


@dataclass
class SheetLayout:
    """Where the data of one sheet is: its header row and column mapping."""

    sheet: Sheet
    header_row: int  # 0-based index into sheet.rows
    mapping: dict[str, int]


def detect_layout(sheet: Sheet) -> SheetLayout | None:
    """The list format's header is the first non-empty row."""
    for i, row in enumerate(sheet.rows[:20]):
        if any(str(c).strip() for c in row if c is not None):
            mapping = match_header(row)
            if all(f in mapping for f in REQUIRED):
                return SheetLayout(sheet, i, mapping)
            return None
    return None


@dataclass
class ImportResult:
    activities: list[Activity] = field(default_factory=list)
    sources: list[tuple[str, str | None, int]] = field(default_factory=list)  # file, sheet, row
    rejected: list[Problem] = field(default_factory=list)
    inserted: int = 0
    skipped: int = 0

    @property
    def rows_read(self) -> int:
        return len(self.activities) + len({(p.source, p.sheet, p.row) for p in self.rejected})


def _is_blank(row: list[object]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in row)


def read_list_file(
    path: Path | str, plan_for_year, year: int | None = None, result: ImportResult | None = None
) -> ImportResult:
    """Read one list-format file. `plan_for_year(year)` gives the plan that
    checks each row (a row's year decides which plan applies; None asks for
    the plan to check a row whose date is unreadable)."""
    path = Path(path)
    result = result or ImportResult()
    try:
        sheets = read_table_file(path)
    except TableReadError as e:
        result.rejected.append(Problem("", str(e), source=path.name))
        return result
    found = False
    for sheet in sheets:
        layout = detect_layout(sheet)
        if layout is None:
            continue
        found = True
        _rows_by_year(layout, plan_for_year, path.name, result, year)
    if not found:
        result.rejected.append(
            Problem(
                "",
                "không tìm thấy dòng tiêu đề cột (cần ít nhất các cột Ngày, Hình thức, Tiêu đề)",
                source=path.name,
            )
        )
    return result


def _rows_by_year(
    layout: SheetLayout, plan_for_year, source: str, result: ImportResult, year: int | None
) -> None:
    """Validate every data row under the header against the plan of the row's
    own year; valid rows go to result.activities, problems to result.rejected."""
    for index in range(layout.header_row + 1, len(layout.sheet.rows)):
        row = layout.sheet.rows[index]
        if _is_blank(row):
            continue
        raw = RawActivity(
            **{f: (row[c] if c < len(row) else None) for f, c in layout.mapping.items()}
        )
        where = {"row": index + 1, "sheet": layout.sheet.name, "source": source}
        d, _ = parse_date_value(raw.date)
        plan = plan_for_year(year or (d.year if d else None))
        if plan is None:
            result.rejected.append(
                Problem("date", f"chưa có kế hoạch năm {year or d.year} trong dữ liệu", **where)
            )
            continue
        activity, problems = validate(raw, plan, year=year)
        if activity is None:
            result.rejected.extend(Problem(p.field, p.message, **where) for p in problems)
        else:
            result.activities.append(activity)
            result.sources.append((source, layout.sheet.name, index + 1))


def import_activities(ws, activities: list[Activity], unit_id: int) -> tuple[int, int]:
    """Write activities in one transaction; returns (inserted, already present)."""
    return ws.insert_activities(activities, unit_id)


# -- writing -----------------------------------------------------------------


def activity_cells(a: Activity) -> list[object]:
    return [
        a.date.strftime("%d/%m/%Y"),
        a.target_code or "",
        a.form,
        a.title,
        a.quantity,
        a.language,
        a.link,
        a.cost,
        format_themes(a.themes),
        a.notes,
    ]


def write_csv(path: Path | str, activities: Iterable[Activity]) -> int:
    count = 0
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(HEADERS)
            for a in activities:
                w.writerow(activity_cells(a))
                count += 1
    return count


def write_xlsx(
    path: Path | str, activities: Iterable[Activity], *, sheet_name: str = "Hoạt động"
) -> int:
    """Write the list format as XLSX. Every text cell is written as text, so
    a title such as "=HYPERLINK(...)" never becomes a formula."""
    import xlsxwriter

    count = 0
    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        ws = wb.add_worksheet(sheet_name[:31])
        bold = wb.add_format(
            {"bold": True, "font_name": "Times New Roman", "border": 1, "text_wrap": True}
        )
        text = wb.add_format({"font_name": "Times New Roman", "num_format": "@"})
        number = wb.add_format({"font_name": "Times New Roman", "num_format": "#,##0"})
        widths = (12, 14, 16, 60, 10, 12, 40, 16, 10, 40)
        for col, (h, w) in enumerate(zip(HEADERS, widths, strict=True)):
            ws.set_column(col, col, w)
            ws.write_string(0, col, h, bold)
        ws.freeze_panes(1, 0)
        for row, a in enumerate(activities, start=1):
            cells = activity_cells(a)
            for col, value in enumerate(cells):
                if isinstance(value, int):
                    ws.write_number(row, col, value, number)
                else:
                    ws.write_string(row, col, value, text)
            count += 1
        wb.close()
    return count


def write_template(path: Path | str) -> None:
    """A blank list with the header row only."""
    if str(path).lower().endswith(".csv"):
        write_csv(path, [])
    else:
        write_xlsx(path, [])


def write_rejects_csv(path: Path | str, problems: list[Problem]) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            w = csv.writer(f)
            w.writerow(["Tệp", "Trang", "Dòng", "Cột", "Lý do"])
            for p in problems:
                w.writerow(
                    [
                        p.source or "",
                        p.sheet or "",
                        p.row or "",
                        p.label if p.field else "",
                        p.message,
                    ]
                )
