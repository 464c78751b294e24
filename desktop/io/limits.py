"""Checks that run before a spreadsheet reaches the reader.

The reader (calamine) builds each sheet as one dense grid spanning the first
to the last cell, in memory, at once. A 5 KB file holding one cell in A1 and
one in XFD1048576 asks it for 17 billion cells and ends the process; a zip
whose parts declare gigabytes ("zip bomb") fills memory too. Both are caught
here, from what the file really holds rather than from what it says about
itself: the zip's own directory, the sheets the workbook's relationships point
at (wherever they are stored in the zip), and one bounded pass over each
sheet's XML that finds the farthest cell whatever order, spacing or prefixes
it is written with (searches over the bytes, cell_refs.py, for cells written
plainly; the XML parser for any other). An OpenDocument sheet (.ods) is walked the same way,
counting the rows and cells it repeats. Hostile or damaged files are refused
with a clear message within seconds, before the reader allocates anything.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from ..domain.activity import IN_SHEET
from ..domain.text import Count, Message, template
from .cell_refs import (
    SHEET_COLUMNS,
    SHEET_ROWS,
    SINGLE_LETTER_COLUMNS,
    column_number,
    plain_reach,
)

MAX_TEXT_BYTES = 300 << 20  # a CSV list; 200.000 rows take about 30 MB
MAX_ENTRIES = 10_000
MAX_PART_BYTES = 400 << 20  # one sheet's XML; a 200.000-row list is about 120 MB
MAX_TOTAL_BYTES = 800 << 20
MAX_XLS_BYTES = 200 << 20  # an Excel 97-2003 file: at most 65.536 rows of 256 columns
MAX_INDEX_BYTES = 16 << 20  # workbook.xml and its relationships: a few KB in real files
# The reader's grid: rows x columns between the first and the last cell.
MAX_GRID_CELLS = 8_000_000
_CHUNK = 8 << 20  # zipfile reads far faster in big pieces

_REF = re.compile(r"\s*([A-Za-z]+)(\d+)\s*")


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


ZIP_BROKEN = template(
    "Tệp “{name}” bị hỏng hoặc không phải {kind} (không mở được phần nén: {reason})."
)
SPREADSHEET_FILE = template("tệp bảng tính")
EXCEL_FILE = template("tệp Excel")
ZIP_TOO_BIG = template(
    "Tệp “{name}” bất thường: khi giải nén sẽ chiếm {size} MB trong {parts} phần, vượt giới hạn "
    "an toàn. Tệp có thể bị hỏng hoặc được tạo để làm treo máy; không đọc."
)
TEXT_TOO_BIG = template(
    "Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB). "
    "Hãy kiểm tra lại tệp đã chọn."
)
XLS_TOO_BIG = template(
    "Tệp “{name}” dài {size} MB, quá lớn để là một danh sách hoạt động (tối đa {limit} MB)."
)
GRID_TOO_BIG = template(
    "Tệp “{name}” có {where} trải đến dòng {rows}, cột thứ {cols}: quá lớn để đọc an toàn. "
    "Thường do một ô lạc ở rất xa vùng dữ liệu (nhấn Ctrl+End trong Excel để thấy ô cuối "
    "cùng); hãy xóa các dòng, cột trống thừa rồi lưu lại tệp."
)
GRID_BEYOND = template(
    "Tệp “{name}” có {where} chứa ô nằm ngoài giới hạn của Excel ({rows} dòng, {cols} cột): "
    "tệp bị hỏng hoặc đã bị sửa ngoài Excel; không đọc. Hãy mở tệp bằng Excel rồi lưu lại."
)
XLS_BROKEN = template(
    "Tệp “{name}” không đọc được như tệp Excel 97-2003 ({reason}): tệp bị hỏng. "
    "Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx."
)
ODS_SPACES_TOO_MANY = template(
    "Tệp “{name}” ghi {count} dấu cách bằng số đếm, quá nhiều để là dữ liệu thật: "
    "tệp bị hỏng hoặc đã bị sửa; không đọc."
)
ODS_ROWS_REPEATED = template(
    "Tệp “{name}” có {where} lặp lại dòng có dữ liệu {count} lần (tối đa {limit}): "
    "tệp bị hỏng hoặc đã bị sửa; không đọc."
)
A_SHEET = template("một trang tính")
PART_BROKEN = template(
    "Tệp “{name}” bị hỏng hoặc không đúng định dạng (phần “{part}” không đọc được: {reason})."
)
HAS_DOCTYPE = template("có khai báo DOCTYPE")
BAD_CELL_REF = template("ô có địa chỉ “{ref}” không hợp lệ")
PART_OVER_LIMIT = template(
    "Tệp “{name}”: phần “{part}” lớn hơn giới hạn an toàn ({limit} MB); không đọc."
)
SHEET_UNZIP_BROKEN = template(
    "Tệp Excel “{name}” bị hỏng (không giải nén được trang “{part}”: {reason})."
)
SHEET_TOO_BIG = template(
    "Tệp “{name}” bất thường: trang “{part}” lớn hơn {limit} MB khi giải nén, vượt giới hạn "
    "an toàn."
)


def _limit(text: str, /, **values) -> SpreadsheetLimitError:
    return SpreadsheetLimitError(Message(text, **values))


def check_zip(path: Path, label: str) -> zipfile.ZipFile:
    """Open a zip and refuse it when its directory declares too many parts or
    too many bytes (`label`, a Message, says what the file should be: "tệp
    Excel"). The caller closes the returned file."""
    try:
        zf = zipfile.ZipFile(path)
    except _BROKEN_ZIP as e:
        raise _limit(ZIP_BROKEN, name=path.name, kind=label, reason=str(e)) from e
    infos = zf.infolist()
    total = sum(i.file_size for i in infos)
    biggest = max((i.file_size for i in infos), default=0)
    if len(infos) > MAX_ENTRIES or total > MAX_TOTAL_BYTES or biggest > MAX_PART_BYTES:
        zf.close()
        raise _limit(ZIP_TOO_BIG, name=path.name, size=Count(total >> 20), parts=Count(len(infos)))
    return zf


def check_text_file(path: Path) -> None:
    """Refuse a CSV/text list too big to be a list of activities (it is read whole)."""
    try:
        size = path.stat().st_size
    except OSError:
        return  # the reader explains a file it cannot open
    if size > MAX_TEXT_BYTES:
        raise _limit(
            TEXT_TOO_BIG,
            name=path.name,
            size=Count(size >> 20),
            limit=Count(MAX_TEXT_BYTES >> 20),
        )


def _too_big(path: Path, rows: int, cols: int, sheet: str | None = None) -> SpreadsheetLimitError:
    where = Message(IN_SHEET, sheet=sheet) if sheet else Message(A_SHEET)
    return _limit(GRID_TOO_BIG, name=path.name, where=where, rows=Count(rows), cols=Count(cols))


def _broken(path: Path, part: str, why: object) -> SpreadsheetLimitError:
    reason = why if isinstance(why, Message) else str(why)
    return _limit(PART_BROKEN, name=path.name, part=part, reason=reason)


def check_grid(path: Path, rows: int, cols: int, sheet: str | None = None) -> None:
    """Refuse a sheet whose grid (rows x columns) is beyond what is read safely,
    or that reaches past the last row or column any spreadsheet has (the
    reader's own arithmetic overflows there, whatever the grid's size)."""
    if rows > SHEET_ROWS or cols > SHEET_COLUMNS:
        where = Message(IN_SHEET, sheet=sheet) if sheet else Message(A_SHEET)
        raise _limit(
            GRID_BEYOND,
            name=path.name,
            where=where,
            rows=Count(SHEET_ROWS),
            cols=Count(SHEET_COLUMNS),
        )
    if rows * cols > MAX_GRID_CELLS:
        raise _too_big(path, rows, cols, sheet)


def check_spreadsheet(path: Path | str) -> None:
    """Refuse a spreadsheet whose zip, sheet grids or size are beyond safe
    limits, before any reader sees it. CSV and other formats pass through."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".ods", ".xls"):
        return
    try:
        with open(path, "rb") as f:
            magic = f.read(4)
            size = f.seek(0, 2)
    except OSError:
        return  # the reader explains a file it cannot open
    if magic != b"PK\x03\x04":
        if suffix == ".xls" or magic == b"\xd0\xcf\x11\xe0":
            _check_xls_size(path, size)
            if magic == b"\xd0\xcf\x11\xe0":
                _check_xls_grid(path)
        return  # not a zip: the reader explains what it is
    # The reader goes by the file's name; both layouts are checked whatever
    # the name says, so a renamed file cannot slip past.
    zf = check_zip(path, Message(SPREADSHEET_FILE if suffix == ".ods" else EXCEL_FILE))
    with zf:
        for name in _xlsx_sheet_parts(zf, path):
            rows, cols = _sheet_extent(zf, zf.getinfo(name), path)
            check_grid(path, rows, cols)
        _check_ods(zf, path)


def _check_xls_size(path: Path, size: int) -> None:
    # An Excel 97-2003 sheet holds at most 65.536 x 256 cells, which the
    # reader can hold; the file's size bounds the rest (the strings).
    if size > MAX_XLS_BYTES:
        raise _limit(
            XLS_TOO_BIG,
            name=path.name,
            size=Count(size >> 20),
            limit=Count(MAX_XLS_BYTES >> 20),
        )


def _check_xls_grid(path: Path) -> None:
    """Each sheet's grid as far as its cells reach (see xls_grid), checked
    before the reader allocates it."""
    from .xls_grid import NotCompound, sheet_extents

    try:
        data = path.read_bytes()
    except OSError:
        return  # the reader explains a file it cannot open
    try:
        extents = sheet_extents(data)
    except (NotCompound, struct.error) as e:
        # The reader trusts the same structure (sector sizes, chains, sheet
        # positions) and allocates from it: a file this cannot follow is
        # refused rather than handed to it.
        raise _limit(XLS_BROKEN, name=path.name, reason=str(e) or "cấu trúc hỏng") from e
    for rows, cols in extents:
        check_grid(path, rows, cols)


# -- XLSX -----------------------------------------------------------------------


def _parse_xml(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, parser, limit: int) -> None:
    """Feed one part to an expat parser, at most `limit` bytes, refusing DTDs
    (no real spreadsheet part has one; entities could hide what it holds)."""

    def no_dtd(*_args):
        raise _broken(path, info.filename, Message(HAS_DOCTYPE))

    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    read = 0
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                if read > limit:
                    raise _limit(
                        PART_OVER_LIMIT,
                        name=path.name,
                        part=info.filename,
                        limit=Count(limit >> 20),
                    )
                parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as e:
        raise _broken(path, info.filename, expat.errors.messages[e.code]) from e
    except _BROKEN_ZIP as e:
        raise _broken(path, info.filename, e) from e


def _local(name: str) -> str:
    return name[name.rfind(":") + 1 :]


def _relationships(zf: zipfile.ZipFile, rels_name: str, path: Path) -> list[tuple[str, str, str]]:
    """(Id, Type, Target) of every internal relationship in a .rels part."""
    try:
        info = zf.getinfo(rels_name)
    except KeyError:
        return []
    found: list[tuple[str, str, str]] = []

    def start(name, attrs):
        if _local(name) == "Relationship" and attrs.get("TargetMode", "") != "External":
            found.append((attrs.get("Id", ""), attrs.get("Type", ""), attrs.get("Target", "")))

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    _parse_xml(zf, info, path, parser, MAX_INDEX_BYTES)
    return found


def _sheet_ids(zf: zipfile.ZipFile, workbook: str, path: Path) -> set[str]:
    """The relationship ids the workbook's `<sheet>` elements point at."""
    ids: set[str] = set()

    def start(name, attrs):
        if _local(name) == "sheet":
            ids.update(v for k, v in attrs.items() if _local(k) == "id")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    _parse_xml(zf, zf.getinfo(workbook), path, parser, MAX_INDEX_BYTES)
    return ids


def _part_names(folder: str, target: str) -> set[str]:
    """Every name a reader may take a relationship's target for."""
    target = target.replace("\\", "/")
    if target.startswith("/"):
        return {target.lstrip("/")}
    return {
        posixpath.normpath(posixpath.join(folder, target)).lstrip("/"),
        target,
        "xl/" + target,
    }


def _xlsx_sheet_parts(zf: zipfile.ZipFile, path: Path) -> list[str]:
    """The parts a reader will read as sheets: those the workbook's own
    relationships point at, wherever they are stored, and any part kept in
    the usual sheet folder."""
    names = set(zf.namelist())
    parts = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    workbooks = {"xl/workbook.xml"}
    for _id, kind, target in _relationships(zf, "_rels/.rels", path):
        if kind.endswith("/officeDocument"):
            workbooks |= _part_names("", target)
    for workbook in sorted(workbooks & names):
        folder, base = posixpath.split(workbook)
        ids = _sheet_ids(zf, workbook, path)
        for rel_id, kind, target in _relationships(
            zf, posixpath.join(folder, "_rels", base + ".rels"), path
        ):
            if rel_id in ids or kind.endswith("sheet"):
                parts |= _part_names(folder, target) & names
    return sorted(parts)


def _sheet_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[int, int]:
    """(last row, width bound) of the cells in one sheet."""
    try:
        with zf.open(info) as f:
            start = f.read(4)
    except _BROKEN_ZIP as e:
        raise _limit(SHEET_UNZIP_BROKEN, name=path.name, part=info.filename, reason=str(e)) from e
    if start.startswith(b"\xef\xbb\xbf"):
        start = start[3:]
    if start[:1] == b"<" and b"\x00" not in start:
        extent = _plain_extent(zf, info, path)
        if extent is not None:
            return extent
    return _parsed_extent(zf, info, path)


def _plain_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[int, int] | None:
    """The extent of a sheet whose every cell starts `<c r="REF"`, in a few
    fast searches; None when some cell is written otherwise."""
    last_row = 0
    widest = 0
    tail = b""
    read = 0
    try:
        with zf.open(info) as f:
            while True:
                chunk = f.read(_CHUNK)
                read += len(chunk)
                if read > MAX_PART_BYTES:
                    raise _limit(
                        SHEET_TOO_BIG,
                        name=path.name,
                        part=info.filename,
                        limit=Count(MAX_PART_BYTES >> 20),
                    )
                # The piece that spans two reads (the last one's tail from
                # its last `<`, and this one's head up to its first) is
                # joined and searched alone; the rest of this read is
                # searched in place up to its last `<`, not copied out.
                first = chunk.find(b"<")
                if first < 0:  # the end of the sheet, or not one tag begins here
                    pieces = [(tail + chunk, 0, len(tail) + len(chunk))]
                    cut = len(chunk)
                else:
                    cut = chunk.rfind(b"<")
                    joined = tail + chunk[:first]
                    pieces = [(joined, 0, len(joined)), (chunk, first, cut)]
                tail = chunk[cut:]
                for data, start, end in pieces:
                    if end > start:
                        reach = plain_reach(data, last_row, widest, start, end)
                        if reach is None:
                            return None
                        last_row, widest = reach
                if not chunk:
                    break
    except _BROKEN_ZIP as e:
        raise _limit(SHEET_UNZIP_BROKEN, name=path.name, part=info.filename, reason=str(e)) from e
    width = max(widest, SINGLE_LETTER_COLUMNS if last_row else 0)
    return last_row, width


def _parsed_extent(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[int, int]:
    """The farthest cell of a sheet, walked with the XML parser: a cell is
    where its reference says, or next to the previous one in its row."""
    row = 0
    col = 0
    last_row = 0
    last_col = 0

    def start(name, attrs):
        nonlocal row, col, last_row, last_col
        local = name[name.rfind(":") + 1 :]
        if local == "c":
            ref = attrs.get("r")
            if ref is None:
                col += 1
                at = row
            else:
                m = _REF.fullmatch(ref)
                if m is None:
                    raise _broken(path, info.filename, Message(BAD_CELL_REF, ref=ref[:20]))
                letters, digits = m.groups()
                col = column_number(letters.upper()) if len(letters) < 8 else SHEET_COLUMNS + 1
                at = int(digits) if len(digits) < 10 else SHEET_ROWS + 1
            last_row = max(last_row, at)
            last_col = max(last_col, col)
        elif local == "row":
            ref = attrs.get("r")
            if ref is None:
                row += 1
            else:
                ref = ref.strip()
                row = int(ref) if ref.isdigit() and len(ref) < 10 else SHEET_ROWS + 1
            col = 0

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    _parse_xml(zf, info, path, parser, MAX_PART_BYTES)
    return last_row, last_col


# -- ODS ------------------------------------------------------------------------


# A cell holds at most this many characters in any office suite: a run of
# spaces an OpenDocument file writes as one count is bounded by it, and all
# of them together by MAX_SPACES (the reader writes each space out).
MAX_CELL_CHARS = 32_767
MAX_SPACES = 10_000_000
# Rows holding something that one row's repeat count makes (a real list's
# rows differ; the reader writes each repeated row out).
MAX_REPEATED_ROWS = 10_000


def _count_spaces(path: Path, state: dict, count: int) -> None:
    state["spaces"] += count
    if count > MAX_CELL_CHARS or state["spaces"] > MAX_SPACES:
        shown = count if count > MAX_CELL_CHARS else state["spaces"]
        raise _limit(ODS_SPACES_TOO_MANY, name=path.name, count=Count(shown))


def _check_repeats(path: Path, state: dict) -> None:
    if state["repeated"] > MAX_REPEATED_ROWS:
        where = Message(IN_SHEET, sheet=state["table"]) if state["table"] else Message(A_SHEET)
        raise _limit(
            ODS_ROWS_REPEATED,
            name=path.name,
            where=where,
            count=Count(min(state["repeated"], SHEET_ROWS)),
            limit=Count(MAX_REPEATED_ROWS),
        )


def _check_ods(zf: zipfile.ZipFile, path: Path) -> None:
    """Walk content.xml counting what each table really spans: rows and cells
    repeated by `number-rows-repeated` / `number-columns-repeated` count as
    many times as they say, up to the last row and cell that hold something
    (empty repeats at the end, as every office suite writes, cost nothing)."""
    try:
        info = zf.getinfo("content.xml")
    except KeyError:
        return
    state = {"table": None, "spaces": 0, "repeated": 0}
    row = 0
    last_row = 0
    widest = 0
    row_span = 1
    row_filled = 0  # columns up to the last cell holding something in this row
    col = 0
    cell: list[int] | None = None  # [first column, span, holds something]
    depth_in_cell = 0

    def repeat(attrs, what: str) -> int:
        for k, v in attrs.items():
            if k.endswith(what):
                v = v.strip()
                if not v.isdigit():
                    return 1
                return int(v) if len(v) < 10 else SHEET_ROWS * SHEET_COLUMNS
        return 1

    def start(name, attrs):
        nonlocal row, last_row, widest, row_span, row_filled, col, cell, depth_in_cell
        local = name[name.rfind(":") + 1 :]
        if cell is not None:
            depth_in_cell += 1
            cell[2] = 1
            if local == "s":  # <text:s text:c="N"/>: N spaces, made by the reader
                c = next((v.strip() for k, v in attrs.items() if k.endswith(":c")), "1")
                _count_spaces(path, state, int(c[:19]) if c.isdigit() else 1)
            return
        if local == "table":
            state["table"] = attrs.get("table:name") or next(
                (v for k, v in attrs.items() if k.endswith(":name")), ""
            )
            row = last_row = widest = state["repeated"] = 0
        elif local == "table-row":
            row_span = repeat(attrs, "number-rows-repeated")
            row_filled = 0
            col = 0
        elif local in ("table-cell", "covered-table-cell"):
            span = repeat(attrs, "number-columns-repeated")
            filled = any(k.endswith("value-type") for k in attrs)
            cell = [col, span, int(filled)]
            col = min(col + span, SHEET_COLUMNS + 1)
            depth_in_cell = 0

    def end(name):
        nonlocal row, last_row, widest, row_filled, cell, depth_in_cell
        if cell is not None:
            if depth_in_cell:
                depth_in_cell -= 1
                return
            first, span, filled = cell
            cell = None
            if filled:
                row_filled = max(row_filled, min(first + span, SHEET_COLUMNS))
            return
        local = name[name.rfind(":") + 1 :]
        if local == "table-row":
            if row_filled:
                last_row = min(row + row_span, SHEET_ROWS)
                widest = max(widest, row_filled)
                state["repeated"] += row_span - 1
            row = min(row + row_span, SHEET_ROWS)
        elif local == "table":
            check_grid(path, last_row, widest, state["table"])
            _check_repeats(path, state)

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    _parse_xml(zf, info, path, parser, MAX_PART_BYTES)
