"""The app's activity list format (CSV and XLSX): its columns and headers,
writing lists, templates and rejected rows. Reading any list is smartlist.py's part.

Header row: Ngày | Mã chỉ tiêu | Hình thức | Tiêu đề | Số lượng | Ngôn ngữ |
Đường dẫn | Kinh phí (đồng) | Chủ đề | Ghi chú | Lượt xem | Lượt tiếp cận |
Lượt chia sẻ | Nguồn kinh phí
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.activity import Activity, Problem, format_themes
from ..domain.text import fold
from ..files import atomic_path
from .csvfile import write_csv_rows

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
    "views",
    "reach",
    "shares",
    "funding",
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
    "Lượt xem",
    "Lượt tiếp cận",
    "Lượt chia sẻ",
    "Nguồn kinh phí",
)
REQUIRED = ("date", "form", "title")
HEADER_MAX_CHARS = 200


def header_key(text: object) -> str:
    """Folded header text without punctuation: "Kinh phí (đồng)" -> "kinh phi dong"."""
    # No header is longer than this; a pasted article in a data cell must not
    # cost seconds every time rows are scanned for the header.
    folded = fold(str(text or "")[:HEADER_MAX_CHARS])
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


@dataclass
class ImportResult:
    activities: list[Activity] = field(default_factory=list)
    sources: list[tuple[str, str | None, int]] = field(default_factory=list)  # file, sheet, row
    rejected: list[Problem] = field(default_factory=list)
    inserted: int = 0
    skipped: int = 0
    totals_skipped: int = 0  # "Tổng cộng" rows, not activities
    skipped_by_choice: int = 0  # rows of values the officer chose to leave out
    refused: list = field(default_factory=list)  # RefusedRow: each refused row's cells
    derived_plans: dict = field(default_factory=dict)  # year -> Plan made for it
    # The year an accepted day's rows were checked against and are filed
    # under, for the days it is not their calendar year's (a plan on the
    # Nghị định 09 window takes 15–31/12 of the year before): its plan gets
    # their new forms.
    years: dict = field(default_factory=dict)

    def year_of(self, day) -> int:
        return self.years.get(day, day.year)

    @property
    def rejected_rows(self) -> int:
        return len({(p.source, p.sheet, p.row) for p in self.rejected if p.row is not None})

    @property
    def rows_read(self) -> int:
        return len(self.activities) + self.rejected_rows


def import_activities(ws, activities: list[Activity], unit_id: int) -> tuple[int, int]:
    """Write activities in one transaction, after the backup an import makes;
    returns (inserted, already present)."""
    with ws.import_transaction():
        return ws.activities.insert_many(activities, unit_id)


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
        # Not recorded stays empty, never 0.
        "" if a.views is None else a.views,
        "" if a.reach is None else a.reach,
        "" if a.shares is None else a.shares,
        a.funding,
    ]


def write_csv(path: Path | str, activities: Iterable[Activity]) -> int:
    """The list format as CSV (an export, a package's `hoat-dong.csv`);
    formula-like text escaped (see csvfile)."""
    return write_csv_rows(path, HEADERS, (activity_cells(a) for a in activities))


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
        widths = (12, 14, 16, 60, 10, 12, 40, 16, 10, 40, 12, 14, 14, 18)
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


REJECT_HEADERS = ("Tệp", "Trang", "Dòng", "Cột", "Lý do")


def reject_cells(p: Problem) -> list[object]:
    return [p.source or "", p.sheet or "", p.row or "", p.label if p.field else "", p.message]


def write_rejects_xlsx(path: Path | str, problems: list[Problem]) -> None:
    """The rejected rows as a workbook the officer corrects the source from;
    every cell is text, so nothing copied from a file turns into a formula."""
    import xlsxwriter

    with atomic_path(path) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp),
            {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False},
        )
        ws = wb.add_worksheet("Dòng bị từ chối")
        bold = wb.add_format({"bold": True, "font_name": "Times New Roman", "border": 1})
        text = wb.add_format({"font_name": "Times New Roman", "text_wrap": True, "valign": "top"})
        for col, (h, w) in enumerate(zip(REJECT_HEADERS, (24, 16, 8, 18, 80), strict=True)):
            ws.set_column(col, col, w)
            ws.write_string(0, col, h, bold)
        ws.freeze_panes(1, 0)
        for row, p in enumerate(problems, start=1):
            for col, value in enumerate(reject_cells(p)):
                if isinstance(value, int):
                    ws.write_number(row, col, value, text)
                else:
                    ws.write_string(row, col, value, text)
        wb.close()


def write_rejects_csv(path: Path | str, problems: list[Problem]) -> None:
    write_csv_rows(path, REJECT_HEADERS, (reject_cells(p) for p in problems))
