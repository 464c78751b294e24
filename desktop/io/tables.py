"""Spreadsheet and CSV files as plain rows of cell values.

XLSX is read with python-calamine (fast, streaming, no formulas evaluated);
CSV is decoded from UTF-8 (with or without BOM), UTF-16 or Windows-1258.
"""

from __future__ import annotations

import csv
import io
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..domain.text import nfc
from .limits import TableReadError, check_grid, check_spreadsheet, check_text_file

__all__ = ["Sheet", "TableReadError", "read_csv", "read_table_file", "read_xlsx"]


@dataclass
class Sheet:
    name: str | None  # None for CSV
    rows: list[list[object]]  # cell values; row i is spreadsheet row i + 1


def _decode_csv(data: bytes, path: Path) -> str:
    try:
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8")
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if len(data) >= 4 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
            return data.decode("utf-16-le")
    except UnicodeDecodeError as e:
        raise TableReadError(
            f"Không đọc được tệp “{path.name}”: tệp văn bản bị hỏng hoặc bị cắt dở "
            f"(ký tự {e.encoding.upper()} sai ở byte thứ {e.start + 1})."
        ) from e
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1258 writes Vietnamese with combining tone marks: compose them.
        return unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError as e:
        raise TableReadError(
            f"Không đọc được tệp “{path.name}”: mã ký tự không phải UTF-8, UTF-16 hay Windows-1258."
        ) from e


def read_csv(path: Path) -> Sheet:
    check_text_file(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise TableReadError(f"Không mở được tệp “{path.name}” ({e.strerror or e}).") from e
    if (
        b"\x00" in data[:4096]
        and not data.startswith((b"\xff\xfe", b"\xfe\xff"))
        and data[1:2] != b"\x00"
    ):
        raise TableReadError(f"Tệp “{path.name}” không phải tệp văn bản CSV.")
    # One normalisation of the whole text costs far less than one per cell.
    text = nfc(_decode_csv(data, path))
    sample = text[:4096]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    # A long cell (a whole article pasted in) is read whole so the row check
    # can name its row and field; the file's size bounds it.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = list(reader)
    except csv.Error as e:
        raise TableReadError(f"Tệp “{path.name}” không đúng định dạng CSV ({e}).") from e
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


def read_xlsx(path: Path) -> list[Sheet]:
    from python_calamine import CalamineWorkbook

    check_spreadsheet(path)  # refuses zip bombs and absurd sheet sizes before reading
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except Exception as e:  # calamine raises its own error types for broken files
        raise TableReadError(
            f"Không đọc được tệp Excel “{path.name}”: tệp bị hỏng hoặc không phải tệp .xlsx ({e})."
        ) from e
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
        except Exception as e:
            raise TableReadError(
                f"Không đọc được trang “{name}” của tệp “{path.name}” ({e})."
            ) from e
        rows = [[_nfc_cell(c) for c in row] for row in data]
        sheets.append(Sheet(name, rows))
    return sheets


def read_table_file(path: Path | str) -> list[Sheet]:
    path = Path(path)
    if not path.exists():
        raise TableReadError(f"Không tìm thấy tệp “{path}”.")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        return read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return [read_csv(path)]
    raise TableReadError(f"Tệp “{path.name}” không phải tệp Excel (.xlsx) hay CSV.")
