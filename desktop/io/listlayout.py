"""Where the table sits in a sheet of an activity list, and which column
holds which field.

The header row may sit anywhere in the first rows under titles and merged
cells; headers are matched by folded synonyms ("Ngày đăng", "Tên tin, bài",
"SL", "Link"...). The officer can correct the header row and the column of
every field; the chosen mapping is remembered per header layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.text import Message, clean_line, message_of, template
from .listformat import FIELDS, header_key
from .tables import Sheet, TableReadError, read_table_file

HEADER_SCAN_ROWS = 20
NO_HEADER_IN = template(
    "không tìm thấy dòng tiêu đề cột trong {rows} dòng đầu (cần ít nhất cột Ngày "
    "và cột Tiêu đề, Tên tin, bài hoặc Nội dung); hãy chọn dòng tiêu đề"
)
NO_HEADER = Message(NO_HEADER_IN, rows=HEADER_SCAN_ROWS)

# Folded header texts per field; a header may also start with one ("Ngày đăng tải").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "ngay",
        "ngay dang",
        "ngay dang tai",
        "ngay dang tin",
        "ngay phat song",
        "ngay phat hanh",
        "ngay thuc hien",
        "ngay thang",
        "ngay thang nam",
        "thoi gian",
        "thoi gian dang",
        "thoi gian thuc hien",
    ),
    "target_code": (
        "ma chi tieu",
        "muc kh",
        "muc ke hoach",
        "nhiem vu",
        "chi tieu",
        "ma nhiem vu",
        "nhiem vu ke hoach",
        "thuoc nhiem vu",
    ),
    "form": ("hinh thuc", "loai", "loai hinh", "the loai", "hinh thuc tuyen truyen"),
    "title": (
        "tieu de",
        "ten tin bai",
        "ten tin",
        "ten bai",
        "ten bai viet",
        "noi dung",
        "ten chuong trinh",
        "ten hoat dong",
        "ten san pham",
        "trich yeu",
    ),
    "quantity": ("so luong", "sl", "so tin", "so tin bai", "so ky", "so buoi", "so lan"),
    "language": ("ngon ngu",),
    "link": ("duong dan", "link", "url", "lien ket", "dia chi dang tai", "duong link"),
    "cost": ("kinh phi", "chi phi", "thanh tien", "so tien", "kinh phi dong", "kinh phi vnd"),
    "themes": (
        "chu de",
        "nhom chu de",
        "noi dung tuyen truyen chu de",
        "chu de tuyen truyen",
        "noi dung tuyen truyen",
        "nhom noi dung",
    ),
    "notes": ("ghi chu", "ghi chu khac"),
    "views": (
        "luot xem",
        "so luot xem",
        "luot doc",
        "so luot doc",
        "luot xem nghe",
        "view",
        "views",
    ),
    "reach": (
        "luot tiep can",
        "so luot tiep can",
        "tiep can",
        "so nguoi tiep can",
        "luot tiep can uoc tinh",
        "reach",
    ),
    "shares": ("luot chia se", "so luot chia se", "chia se", "luot share", "share", "shares"),
    "funding": (
        "nguon kinh phi",
        "nguon von",
        "nguon chi",
        "nguon ngan sach",
        "nguon kinh phi thuc hien",
    ),
}
IGNORED = ("stt", "tt", "so tt", "so thu tu")
# Unit words after a header ("Kinh phí (đồng)", "Ngày (dd/mm/yyyy)") do not change its meaning.
_TRAILING_WORDS = {"dong", "vnd", "d", "dd", "mm", "yyyy", "yy", "nam"}
# A column in thousands, millions or billions of đồng ("Kinh phí (triệu
# đồng)") is the cost, its numbers multiplied (money_scale) so they are
# stored in đồng; a header of other words with one of these is no field.
_SCALED_MONEY = {"nghin": 1_000, "ngan": 1_000, "trieu": 1_000_000, "ty": 1_000_000_000}

_EXACT: dict[str, str] = {key: f for f, keys in SYNONYMS.items() for key in keys}


def header_field(cell: object) -> str | None:
    """The field a header cell names, or None ("STT" and unknown headers)."""
    key = header_key(cell)
    if not key or key in IGNORED:
        return None
    if _SCALED_MONEY.keys() & set(key.split()):
        return "cost" if money_scale(cell) > 1 else None
    if key in _EXACT:
        return _EXACT[key]
    words = key.split()
    while len(words) > 1 and words[-1] in _TRAILING_WORDS:
        words.pop()
        if " ".join(words) in _EXACT:
            return _EXACT[" ".join(words)]
    # "Ngày đăng tải trên cổng" -> the longest synonym the header starts with.
    best, best_len = None, 0
    for syn, f in _EXACT.items():
        if len(syn) > best_len and key.startswith(syn + " "):
            best, best_len = f, len(syn)
    return best


def money_scale(cell: object) -> int:
    """How many đồng one unit of a cost column is: 1 for "Kinh phí (đồng)",
    1.000.000 for "Kinh phí (triệu đồng)", "Chi phí (tr.đ)"... A header
    naming a scale but not a sum of money (a cost synonym) is 1."""
    key = header_key(cell)
    words = key.replace("tr d", "trieu dong").split() if key else []
    scales = [_SCALED_MONEY[w] for w in words if w in _SCALED_MONEY]
    if len(scales) != 1:
        return 1
    rest = " ".join(w for w in words if w not in _SCALED_MONEY and w not in _TRAILING_WORDS)
    return scales[0] if rest in SYNONYMS["cost"] else 1


def guess_mapping(cells: list[object]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for i, cell in enumerate(cells):
        f = header_field(cell)
        if f and f not in mapping:
            mapping[f] = i
    return mapping


def signature(cells: list[object]) -> str:
    """The layout of a header row: its folded cells, trailing blanks dropped."""
    keys = [header_key(c) for c in cells]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)


def detect_header(rows: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    """The row among the first 20 that names the most fields, provided it
    names at least the date and the title."""
    best: tuple[int, dict[str, int]] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = guess_mapping(row)
        if "date" in mapping and "title" in mapping:
            if best is None or len(mapping) > len(best[1]):
                best = (i, mapping)
    return best


@dataclass
class SheetChoice:
    """One sheet of a file and how to read it; the dialog edits these."""

    source: str  # file name shown in messages
    sheet: Sheet
    header_row: int | None  # 0-based; None: no table recognised
    mapping: dict[str, int] = field(default_factory=dict)
    enabled: bool = True
    remembered: bool = False  # the mapping came from a previous import

    @property
    def name(self) -> str | None:
        return self.sheet.name

    def header_cells(self) -> list[object]:
        if self.header_row is None or self.header_row >= len(self.sheet.rows):
            return []
        return self.sheet.rows[self.header_row]

    def column_count(self) -> int:
        return max((len(r) for r in self.sheet.rows[: (self.header_row or 0) + 50]), default=0)

    def column_label(self, col: int, header_row: int | None = None) -> str:
        """ "B: Ngày đăng": the column letter and its header text (of the
        chosen header row, or of `header_row` while none is chosen)."""
        row = self.header_row if header_row is None else header_row
        rows = self.sheet.rows
        cells = rows[row] if row is not None and row < len(rows) else []
        text = clean_line(str(cells[col])) if col < len(cells) and cells[col] is not None else ""
        return f"{_column_letter(col)}: {text}" if text else _column_letter(col)

    def signature(self) -> str:
        return signature(self.header_cells())

    def set_header_row(self, row: int, remembered: Callable[[str], dict | None] | None = None):
        """Move the header to another row and map its columns afresh."""
        self.header_row = row
        self.mapping = guess_mapping(self.header_cells())
        self.remembered = False
        _apply_remembered(self, remembered)

    def missing(self) -> list[str]:
        return [f for f in ("date", "title") if f not in self.mapping]


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _apply_remembered(choice: SheetChoice, remembered) -> None:
    if remembered is None or choice.header_row is None:
        return
    stored = remembered(choice.signature())
    width = len(choice.header_cells())
    if stored and all(f in FIELDS and 0 <= c < width for f, c in stored.items()):
        choice.mapping = dict(stored)
        choice.remembered = True


def _remembered_layout(source: str, sheet: Sheet, remembered) -> SheetChoice | None:
    """A sheet whose header row has a layout the officer mapped before."""
    if remembered is None:
        return None
    for i, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        if any(not is_blank(c) for c in row):
            choice = SheetChoice(source, sheet, i)
            _apply_remembered(choice, remembered)
            if choice.remembered:
                return choice
    return None


@dataclass
class SourceFile:
    path: Path
    sheets: list[SheetChoice] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def open_table_source(
    path: Path | str, remembered: Callable[[str], dict | None] | None = None
) -> SourceFile:
    """Read a spreadsheet or CSV and detect, per sheet, its header and columns."""
    path = Path(path)
    source = SourceFile(path)
    try:
        sheets = read_table_file(path)
    except TableReadError as e:
        source.error = message_of(e)
        return source
    for sheet in sheets:
        choice = _remembered_layout(path.name, sheet, remembered)
        if choice is None:
            found = detect_header(sheet.rows)
            if found is None:
                choice = SheetChoice(path.name, sheet, None, enabled=False)
            else:
                choice = SheetChoice(path.name, sheet, found[0], found[1])
        source.sheets.append(choice)
    return source


def is_blank(value: object) -> bool:
    """An empty cell: nothing, or only spaces."""
    return value is None or value == "" or (isinstance(value, str) and not value.strip())
