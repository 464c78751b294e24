"""Spreadsheet and CSV files as plain rows of cell values.

XLSX is read with python-calamine (fast, streaming, no formulas evaluated);
CSV is decoded from UTF-8 (with or without BOM), UTF-16 or Windows-1258.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from dataclasses import dataclass
from itertools import chain, islice, repeat
from pathlib import Path

from ..domain.text import Count, Message, message_of, nfc, template
from .csvfile import unescape_cell
from .file_messages import CANNOT_READ_FILE, FILE_NOT_FOUND
from .limits import (
    MAX_GRID_CELLS,
    TableReadError,
    check_grid,
    check_spreadsheet,
    check_text_file,
)

__all__ = ["Sheet", "TableReadError", "read_csv", "read_table_file", "read_xlsx"]


@dataclass
class Sheet:
    name: str | None  # None for CSV
    rows: list[list[object]]  # cell values; row i is spreadsheet row i + 1


_HEAD = 64 << 10

TOO_MANY_CELLS = template(
    "Tệp “{name}” có hơn {limit} ô (đã đến dòng {row}): quá lớn để là một danh sách hoạt động. "
    "Hãy kiểm tra lại tệp đã chọn, hoặc chia danh sách thành nhiều tệp."
)
CANNOT_OPEN = template("Không mở được tệp “{name}” ({reason}).")
NOT_CSV_TEXT = template("Tệp “{name}” không phải tệp văn bản CSV.")
BROKEN_TEXT = template(
    "Không đọc được tệp “{name}”: tệp văn bản bị hỏng hoặc bị cắt dở (ký tự {encoding} sai)."
)
UNKNOWN_ENCODING = template(
    "Không đọc được tệp “{name}”: mã ký tự không phải UTF-8, UTF-16 hay Windows-1258."
)
BAD_CSV = template("Tệp “{name}” không đúng định dạng CSV ({reason}).")
BROKEN_XLSX = template(
    "Không đọc được tệp Excel “{name}”: tệp bị hỏng hoặc không phải tệp .xlsx ({reason})."
)
BROKEN_SHEET = template("Không đọc được trang “{sheet}” của tệp “{name}” ({reason}).")
NOT_A_TABLE = template("Tệp “{name}” không phải tệp Excel (.xlsx) hay CSV.")


def _refusal(text: str, /, **values) -> TableReadError:
    return TableReadError(Message(text, **values))


def _csv_encoding(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if len(head) >= 4 and head[1:2] == b"\x00" and head[3:4] == b"\x00":
        return "utf-16-le"
    return "utf-8"


def _lines(f):
    """The text's lines, each in NFC (Windows-1258 writes tone marks apart,
    and a mark never crosses a line)."""
    for line in f:
        if not line.isascii() and not unicodedata.is_normalized("NFC", line):
            line = unicodedata.normalize("NFC", line)
        yield line


def _too_many_cells(path: Path, rows: int) -> TableReadError:
    return _refusal(TOO_MANY_CELLS, name=path.name, limit=Count(MAX_GRID_CELLS), row=Count(rows))


def _delimiter(f) -> str:
    """The delimiter sniffed from the beginning of the open file `f`."""
    sample = nfc(f.read(4096))
    f.seek(0)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _open_rows(f, lines):
    """A CSV reader over `lines` of the open file `f`, its delimiter sniffed
    from the file's beginning."""
    return csv.reader(lines(f), delimiter=_delimiter(f))


def _read_rows_one_by_one(path: Path, encoding: str) -> list[list[object]]:
    """The rows, streamed from the file line by line; refused past
    MAX_GRID_CELLS cells."""
    rows: list[list[object]] = []
    cells = 0
    with open(path, encoding=encoding, newline="") as f:
        for row in _open_rows(f, _lines):
            if "'" in "".join(row):  # text the app escaped when writing it (see csvfile)
                row = [unescape_cell(c) for c in row]
            rows.append(row)
            cells += len(row)
            if cells > MAX_GRID_CELLS:
                raise _too_many_cells(path, len(rows))
    return rows


_BATCH = 1024  # rows taken from the reader at once


def _nfc_lines(f):
    # normalize() hands back the line itself when it is in NFC already.
    return map(unicodedata.normalize, repeat("NFC"), f)


def _split(line: str, delimiter: str) -> list[str]:
    """What the CSV reader makes of a line without quotes or NUL."""
    text = line.rstrip("\r\n")
    return text.split(delimiter) if text else []


def _batches(lines, delimiter: str):
    """The CSV records of `lines`, a list of them per batch of lines. A line
    without quotes or NUL (most) is its own record, its cells between the
    delimiters, as the CSV reader makes it; a line with either goes to the
    reader, which takes as many more lines as its quoted cell runs over."""
    while True:
        batch = list(islice(lines, _BATCH))
        if not batch:
            return
        text = "".join(batch)
        if '"' not in text and "\x00" not in text:
            rows = [line.rstrip("\r\n").split(delimiter) for line in batch]
            if [""] in rows:  # empty lines: no cell at all, as the reader gives them
                rows = [r if r != [""] else [] for r in rows]
            yield rows
            continue
        rows = []
        own = iter(batch)
        on = chain(own, lines)  # a quoted cell may run on past this batch
        for line in own:
            if '"' in line or "\x00" in line:
                rows.append(next(csv.reader(chain((line,), on), delimiter=delimiter)))
            else:
                rows.append(_split(line, delimiter))
        yield rows


def _read_rows_in_batches(path: Path, encoding: str) -> list[list[object]]:
    """The same rows as `_read_rows_one_by_one`, a batch of lines at a time
    (each line put in NFC, split as the CSV reader would, the cells counted
    and looked at for escaped text in a few C calls per batch)."""
    rows: list[list[object]] = []
    cells = 0
    with open(path, encoding=encoding, newline="") as f:
        delimiter = _delimiter(f)
        for batch in _batches(_nfc_lines(f), delimiter):
            if "'" in "".join(chain.from_iterable(batch)):
                batch = [[unescape_cell(c) for c in r] if "'" in "".join(r) else r for r in batch]
            more = sum(map(len, batch))
            if cells + more > MAX_GRID_CELLS:
                for row in batch:
                    rows.append(row)
                    cells += len(row)
                    if cells > MAX_GRID_CELLS:
                        raise _too_many_cells(path, len(rows))
            rows.extend(batch)
            cells += more
    return rows


def _read_rows(path: Path, encoding: str) -> list[list[object]]:
    """The rows, streamed from the file (never whole in memory); refused
    past MAX_GRID_CELLS cells. Read in batches; a file the batches stumble
    on (text not in `encoding`, broken CSV) is read again line by line, so
    what stops it, and where, is exactly what a line-by-line read meets."""
    try:
        return _read_rows_in_batches(path, encoding)
    except (UnicodeDecodeError, csv.Error):
        return _read_rows_one_by_one(path, encoding)


def read_csv(path: Path) -> Sheet:
    """A CSV list read as a stream: the file is never whole in memory, and
    reading stops with a refusal as soon as it holds more cells than a sheet
    may, so a file of millions of tiny cells stays within its bound."""
    check_text_file(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(_HEAD)
    except OSError as e:
        raise _refusal(CANNOT_OPEN, name=path.name, reason=e.strerror or str(e)) from e
    if (
        b"\x00" in head[:4096]
        and not head.startswith((b"\xff\xfe", b"\xfe\xff"))
        and head[1:2] != b"\x00"
    ):
        raise _refusal(NOT_CSV_TEXT, name=path.name)
    encoding = _csv_encoding(head)
    # A long cell (a whole article pasted in) is read whole so the row check
    # can name its row and field; the file's size bounds it.
    csv.field_size_limit(max(csv.field_size_limit(), size + 1))
    try:
        try:
            rows = _read_rows(path, encoding)
        except UnicodeDecodeError as e:
            if encoding != "utf-8":
                raise _refusal(BROKEN_TEXT, name=path.name, encoding=e.encoding.upper()) from e
            try:  # not UTF-8: Windows-1258, as Vietnamese offices long saved text
                rows = _read_rows(path, "cp1258")
            except UnicodeDecodeError as e2:
                raise _refusal(UNKNOWN_ENCODING, name=path.name) from e2
    except csv.Error as e:
        raise _refusal(BAD_CSV, name=path.name, reason=str(e)) from e
    except OSError as e:
        raise _refusal(CANNOT_READ_FILE, path=path.name, reason=e.strerror or str(e)) from e
    return Sheet(None, rows)


def _nfc_cell(value: object) -> object:
    """A text cell in NFC; most cells (numbers, dates, plain ASCII, text
    already composed) are returned as they are without a copy. A number cell
    that is not a number (NaN, infinite) becomes its text, so the row check
    names its row and field like any other bad value."""
    if value.__class__ is not str:
        if value.__class__ is float and not math.isfinite(value):
            return "NaN" if value != value else ("-Infinity" if value < 0 else "Infinity")
        return value
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def _nfc_rows(data: list[list[object]]) -> list[list[object]]:
    """The reader's rows with every cell as `_nfc_cell` makes it. Most sheets
    need no change at all: that is found for the whole sheet at once (all its
    text joined by line breaks, which no mark composes across, checked in
    one call; every number finite), and only a sheet that needs a change is
    walked cell by cell. The numbers are summed: a sum that is finite has
    no infinite or NaN term (a sum too big to be finite only sends the
    sheet the long way)."""
    texts = "\n".join([c for row in data for c in row if c.__class__ is str])
    if (texts.isascii() or unicodedata.is_normalized("NFC", texts)) and math.isfinite(
        sum([c for row in data for c in row if c.__class__ is float])
    ):
        return data
    return [[_nfc_cell(c) for c in row] for row in data]


def _reader_failed(e: BaseException) -> bool:
    """An error of the reader's own: its exceptions, and a panic inside it,
    which comes up as a BaseException that is not an Exception (a damaged
    file it did not expect); an interrupt or exit still goes through."""
    return isinstance(e, Exception) or type(e).__name__ == "PanicException"


def read_xlsx(path: Path) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    check_spreadsheet(path)  # refuses zip bombs and absurd sheet sizes before reading
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except BaseException as e:  # calamine raises its own error types for broken files
        if not _reader_failed(e):
            raise
        raise _refusal(BROKEN_XLSX, name=path.name, reason=message_of(e)) from e
    sheets = []
    for name in wb.sheet_names:
        try:
            sheet = wb.get_sheet_by_name(name)
            # The grid as the reader sees it (from A1 to the last cell), before
            # it becomes Python values.
            end = sheet.end
            if end is not None:
                check_grid(path, end[0] + 1, end[1] + 1, name)
            data = sheet.to_python(skip_empty_area=False)
        except TableReadError:
            raise
        except BaseException as e:
            if not _reader_failed(e):
                raise
            raise _refusal(BROKEN_SHEET, sheet=name, name=path.name, reason=message_of(e)) from e
        sheets.append(Sheet(name, _nfc_rows(data)))
    return sheets


def read_table_file(path: Path | str) -> list[Sheet]:
    path = Path(path)
    if not path.exists():
        raise _refusal(FILE_NOT_FOUND, path=str(path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return [read_csv(path)]
    raise _refusal(NOT_A_TABLE, name=path.name)
