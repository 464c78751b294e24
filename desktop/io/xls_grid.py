"""The cell grid of an Excel 97-2003 (.xls) file, read from its own records
before the reader sees it.

An .xls file is a compound file (sectors chained by a FAT) holding a
"Workbook" stream of BIFF records. The reader allocates a sheet's grid from
the farthest cell it finds, so the farthest row and column of every cell
record of each sheet are taken here, whatever the sheet's DIMENSIONS record
claims, and without building any cell. Everything is bounded by the file's
size. A file this cannot make sense of is refused (limits.py): the reader
trusts the same sector sizes, chains and sheet positions, and allocates or
jumps by them unchecked.
"""

from __future__ import annotations

import struct

_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF
_MAX_SECTOR = 0xFFFFFFFA

# BIFF8 records naming one cell (row, column first) and the two naming a run
# of cells in one row (row, first column, ..., last column as the last word).
_CELLS = {0x0006, 0x0201, 0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x00D6, 0x0406}
_RUNS = {0x00BD, 0x00BE}
_BOF, _EOF = 0x0809, 0x000A
_BOUNDSHEET = 0x0085


class NotCompound(Exception):
    """Not a compound file this can read; the reader explains the file."""


def _sectors(data: bytes, fat: list[int], start: int, size: int, shift: int) -> bytes:
    out = bytearray()
    seen = 0
    sector = start
    limit = len(data) >> shift
    while sector != _END and len(out) < size:
        if sector > _MAX_SECTOR or sector >= limit or seen > limit:
            raise NotCompound("chuỗi sector hỏng")
        offset = (sector + 1) << shift
        out += data[offset : offset + (1 << shift)]
        sector = fat[sector] if sector < len(fat) else _END
        seen += 1
    return bytes(out[:size])


def workbook_stream(data: bytes) -> bytes:
    """The "Workbook" (or "Book") stream of a compound file held in `data`."""
    if not data.startswith(_MAGIC) or len(data) < 512:
        raise NotCompound("không phải tệp ghép")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise NotCompound("kích thước sector lạ")
    n_fat, first_dir = struct.unpack_from("<II", data, 0x2C)
    cutoff, first_mini, n_mini, first_difat, n_difat = struct.unpack_from("<IIIII", data, 0x38)
    difat = list(struct.unpack_from("<109I", data, 0x4C))
    sector, hops = first_difat, 0
    per = (1 << shift) // 4 - 1
    while sector not in (_END, _FREE) and hops < n_difat and hops <= len(data) >> shift:
        offset = (sector + 1) << shift
        words = (
            struct.unpack_from(f"<{per + 1}I", data, offset)
            if offset + (per + 1) * 4 <= len(data)
            else ()
        )
        if not words:
            break
        difat += words[:per]
        sector, hops = words[per], hops + 1
    fat: list[int] = []
    for s in difat[:n_fat]:
        if s > _MAX_SECTOR:
            continue
        offset = (s + 1) << shift
        chunk = data[offset : offset + (1 << shift)]
        fat += struct.unpack(f"<{len(chunk) // 4}I", chunk[: len(chunk) // 4 * 4])
    directory = _sectors(data, fat, first_dir, len(data), shift)
    entries = [directory[i : i + 128] for i in range(0, len(directory) - 127, 128)]
    if not entries:
        raise NotCompound("không có thư mục")
    root = entries[0]
    for e in entries:
        name_len = struct.unpack_from("<H", e, 0x40)[0]
        name = e[: max(0, name_len - 2)].decode("utf-16-le", "replace")
        if e[0x42] == 2 and name in ("Workbook", "Book"):
            start, size = struct.unpack_from("<II", e, 0x74)
            size = min(size, len(data))
            if size >= cutoff:
                return _sectors(data, fat, start, size, shift)
            # A small stream lives in the mini stream, chained by the mini FAT.
            mini_fat_bytes = _sectors(data, fat, first_mini, n_mini << shift, shift)
            mini_fat = list(struct.unpack(f"<{len(mini_fat_bytes) // 4}I", mini_fat_bytes))
            root_start, root_size = struct.unpack_from("<II", root, 0x74)
            mini = _sectors(data, fat, root_start, min(root_size, len(data)), shift)
            out, sector, hops = bytearray(), start, 0
            while sector != _END and len(out) < size and hops <= len(mini) // 64:
                if sector >= len(mini_fat):
                    raise NotCompound("chuỗi mini sector hỏng")
                out += mini[sector * 64 : sector * 64 + 64]
                sector, hops = mini_fat[sector], hops + 1
            return bytes(out[:size])
    raise NotCompound("không có luồng Workbook")


def sheet_extents(data: bytes) -> list[tuple[int, int]]:
    """(rows, columns) reached by the cells of each substream of an .xls file
    that holds any.

    Every substream counts, whatever kind its BOF record names (the reader
    takes cells from chart and macro sheets too), and every sheet the
    workbook lists must start at a BOF record inside the stream (the reader
    jumps there without looking)."""
    stream = workbook_stream(data)
    extents: list[tuple[int, int]] = []
    starts: set[int] = set()
    listed: list[int] = []
    pos, in_sheet, rows, cols = 0, False, 0, 0
    end = len(stream) - 4
    while pos <= end:
        rec, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4 : pos + 4 + length]
        if rec == _BOF:
            starts.add(pos)
        pos += 4 + length
        if rec == _BOUNDSHEET and len(body) >= 4:
            listed.append(struct.unpack_from("<I", body, 0)[0])
        if rec == _BOF and len(body) >= 4:
            in_sheet = True
            rows = cols = 0
        elif rec == _EOF:
            if in_sheet and rows:
                extents.append((rows, cols))
            in_sheet = False
        elif in_sheet and rec in _CELLS and len(body) >= 4:
            r, c = struct.unpack_from("<HH", body, 0)
            rows, cols = max(rows, r + 1), max(cols, c + 1)
        elif in_sheet and rec in _RUNS and len(body) >= 6:
            r = struct.unpack_from("<H", body, 0)[0]
            last = struct.unpack_from("<H", body, len(body) - 2)[0]
            rows, cols = max(rows, r + 1), max(cols, last + 1)
    if in_sheet and rows:
        extents.append((rows, cols))
    if any(p not in starts for p in listed):
        raise NotCompound("vị trí trang tính không trỏ vào đầu một trang")
    return extents
