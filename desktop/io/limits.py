"""Checks that run before a spreadsheet reaches the reader.

The reader (calamine) builds each sheet as one dense grid spanning the first
to the last cell, in memory, at once. A 5 KB file holding one cell in A1 and
one in XFD1048576 asks it for 17 billion cells and ends the process; a zip
whose parts declare gigabytes ("zip bomb") fills memory too. Both are caught
here from the zip's own directory and one streaming pass over each sheet's XML,
so hostile or damaged files are refused with a clear message within seconds.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from ..domain.text import format_int

MAX_TEXT_BYTES = 300 << 20  # a CSV list; 200.000 rows take about 30 MB
MAX_ENTRIES = 10_000
MAX_PART_BYTES = 400 << 20  # one sheet's XML; a 200.000-row list is about 120 MB
MAX_TOTAL_BYTES = 800 << 20
# The reader's grid: rows x columns between the first and the last cell.
MAX_GRID_CELLS = 8_000_000
SINGLE_LETTER_COLUMNS = 26
_CHUNK = 8 << 20  # zipfile reads far faster in big pieces

_CELL = re.compile(rb"<(?:\w+:)?c\b[^>]*>|<(?:\w+:)?c\b[^>]*/>")
_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d{1,7})"')
_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*?\sr="(\d{1,7})"')
# Only cells carry letters in an `r` attribute (rows carry digits).
_WIDE_REF = re.compile(rb' r="([A-Z]{2,3})\d')


# What zipfile raises for damaged, truncated, encrypted or oddly compressed parts.
_BROKEN_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


class TableReadError(Exception):
    """A file that cannot be read as a table; the message names the file.
    Raised by these checks and by the readers in tables.py."""


class SpreadsheetLimitError(TableReadError):
    """The file is beyond what can be read safely; the message says why."""


def column_number(letters: bytes | str) -> int:
    """ "A" -> 1, "Z" -> 26, "AA" -> 27, "XFD" -> 16384."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def check_zip(path: Path, label: str) -> zipfile.ZipFile:
    """Open a zip and refuse it when its directory declares too many parts or
    too many bytes. The caller closes the returned file."""
    try:
        zf = zipfile.ZipFile(path)
    except _BROKEN_ZIP as e:
        raise SpreadsheetLimitError(
            f"Tệp “{path.name}” bị hỏng hoặc không phải {label} (không mở được phần nén: {e})."
        ) from e
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    biggest = max((i.file_size for i in infos), default=0)
    if len(infos) > MAX_ENTRIES or total > MAX_TOTAL_BYTES or biggest > MAX_PART_BYTES:
        zf.close()
        raise SpreadsheetLimitError(
            f"Tệp “{path.name}” bất thường: khi giải nén sẽ chiếm {format_int(total >> 20)} MB "
            f"trong {format_int(len(infos))} phần, vượt giới hạn an toàn. Tệp có thể bị hỏng hoặc "
            "được tạo để làm treo máy; không đọc."
        )
    return zf


def check_text_file(path: Path) -> None:
    """Refuse a CSV/text list too big to be a list of activities (it is read whole)."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader explains a file it cannot open
    if size > MAX_TEXT_BYTES:
        raise SpreadsheetLimitError(
            f"Tệp “{path.name}” dài {format_int(size >> 20)} MB, quá lớn để là một danh sách "
            f"hoạt động (tối đa {format_int(MAX_TEXT_BYTES >> 20)} MB). Hãy kiểm tra lại tệp đã chọn."
        )


def check_spreadsheet(path: Path | str) -> None:
    """Refuse an .xlsx/.xlsm whose zip or sheet grids are beyond safe limits.
    Other formats pass through to the reader unchanged."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm", ".ods"):
        return
    with open(path, "rb") as f:
        if f.read(4) != b"PK\x03\x04":
            return  # not a zip at all: the reader explains what it is
    zf = check_zip(path, "tệp Excel")
    with zf:
        for info in zf.infolist():
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                rows, cols = _sheet_extent(zf, info, path)
                if rows * cols > MAX_GRID_CELLS:
                    raise SpreadsheetLimitError(
                        f"Tệp “{path.name}” có một trang tính trải đến dòng {format_int(rows)}, "
                        f"cột thứ {format_int(cols)}: quá lớn để đọc an toàn. Thường do một ô lạc "
                        "ở rất xa vùng dữ liệu (nhấn Ctrl+End trong Excel để thấy ô cuối cùng); "
                        "hãy xóa các dòng, cột trống thừa rồi lưu lại tệp."
                    )


def _sheet_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[int, int]:
    """(last row, width bound) of the cells in one sheet, in one pass.

    Rows ascend in the XML, so the last cell gives the last row. Columns
    with one letter are bounded by 26 without looking at each cell; only
    wider references are parsed."""
    last_row = 0
    widest = 0
    tail = b""
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    break
                data = tail + chunk
                cut = data.rfind(b"<")
                if cut <= 0:
                    cut = len(data)
                data, tail = data[:cut], data[cut:]
                last_row = max(last_row, _last_cell_row(data))
                for letters in _WIDE_REF.findall(data):
                    widest = max(widest, column_number(letters))
        if tail:
            last_row = max(last_row, _last_cell_row(tail))
    except _BROKEN_ZIP as e:
        raise SpreadsheetLimitError(
            f"Tệp Excel “{path.name}” bị hỏng (không giải nén được trang “{info.filename}”: {e})."
        ) from e
    width = max(widest, SINGLE_LETTER_COLUMNS if last_row else 0)
    return last_row, width


def _last_cell_row(data: bytes) -> int:
    """Row of the last cell in a piece of sheet XML (0 if it has none)."""
    pos = len(data)
    while True:
        start = max(0, pos - 65536)
        cells = list(_CELL.finditer(data, start, pos))
        if cells:
            tag = cells[-1].group(0)
            ref = _REF.search(tag)
            if ref:
                return int(ref.group(2))
            rows = list(_ROW.finditer(data, 0, cells[-1].start()))
            return int(rows[-1].group(1)) if rows else 0
        if start == 0:
            return 0
        pos = start + 64  # overlap so a tag cut at the window edge is still seen
