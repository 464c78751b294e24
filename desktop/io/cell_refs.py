"""Where the cells of a sheet's XML reach, from the bytes alone.

Every known writer puts a cell as `<c r="B12" ...`, its reference first. A
sheet written only that way is bounded by searches over its bytes; anything
else (a cell without its reference first, tabs or line breaks inside tags,
prefixed element names, single quotes) is left to the XML parser
(limits.py), which sees the cells exactly as any reader would.

Most sheets are settled by one search a piece of XML: every cell plain, none
past the farthest row and column already known (the rows and columns so far,
and the cell written last in the piece). A piece that search cannot settle
(rows out of order, a new widest column) is searched the general way: the
farthest row by a few rounds of "any row above this one?", the widest column
among the references of two and three letters.
"""

from __future__ import annotations

import functools
import re

# The reader's own bounds for one sheet.
SHEET_ROWS = 1_048_576
SHEET_COLUMNS = 16_384
SINGLE_LETTER_COLUMNS = 26

_PLAIN_REF = b'<c r="'
_PLAIN_ROWS = re.compile(rb'<c r="[A-Z]{1,3}([1-9]\d{0,6})"')
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([1-9]\d{0,6})"')
_PLAIN_COLUMNS = {
    n: re.compile(rb'<c r="([A-Z]{%d})[1-9]' % n) for n in (3, 2)
}  # same-length letters sort as the columns they name
_UNPLAIN_CELL = re.compile(rb'<c(?! r="[A-Z]{1,3}[1-9]\d{0,6}")[\s/>]')
_PREFIXED_CELL = re.compile(rb":c[\s/>]")


def column_number(letters: bytes | str) -> int:
    """ "A" -> 1, "Z" -> 26, "AA" -> 27, "XFD" -> 16384."""
    n = 0
    for ch in letters.decode() if isinstance(letters, bytes) else letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def plain_reach(
    data: bytes, last_row: int, widest: int, start: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """(farthest row, widest column of two or three letters, 0 if none) of
    the cells so far (`last_row`, `widest`) and of those in `data[start:end]`,
    a piece of a sheet's XML starting at a `<` and cut before one (searched
    in place, not copied out); None when some cell in it is not plain."""
    end = len(data) if end is None else end
    reach = _within(data, last_row, widest, start, end)
    if reach is not None:
        return reach
    return general_reach(data, last_row, widest, start, end)


def general_reach(
    data: bytes, last_row: int, widest: int, start: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """The same as `plain_reach`, by the general searches alone."""
    end = len(data) if end is None else end
    if _UNPLAIN_CELL.search(data, start, end) or _PREFIXED_CELL.search(data, start, end):
        return None
    last_row = _farthest_row(data, last_row, start, end)
    for letters, pattern in _PLAIN_COLUMNS.items():
        if letters > 2 or widest < SHEET_COLUMNS:
            found = pattern.findall(data, start, end)
            if found:
                widest = max(widest, column_number(max(found)))
                break
    return last_row, widest


def _within(
    data: bytes, last_row: int, widest: int, start: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """(last row, widest column of two or three letters) so far with `data`
    taken in, in one search, when every cell of `data` is plain and none
    lies beyond the farthest row and column already known (the rows and
    columns so far, and the cell written last in `data`); None when that
    one search cannot tell, and the general searches settle it."""
    end = len(data) if end is None else end
    at = data.rfind(_PLAIN_REF, start, end)
    m = _PLAIN_CELL.match(data, at, end) if at >= 0 else None
    if m is None:
        return None
    letters, digits = m.groups()
    row = max(last_row, int(digits))
    wide = max(widest, column_number(letters) if len(letters) > 1 else 0)
    if _PREFIXED_CELL.search(data, start, end) or _beyond(row, wide).search(data, start, end):
        return None
    return row, wide


@functools.lru_cache(maxsize=64)
def _beyond(row: int, widest: int) -> re.Pattern[bytes]:
    """A search for any cell that is not plain or lies past `row` or past
    column `widest` (single letters are always within: they count as 26).

    The closing quote is tried with each row alternative, the longest
    first: most cells of a long sheet have as many digits as the farthest
    row, and each is then settled by the first alternative tried instead of
    after the shorter ones have failed on its last digit."""
    columns = [b"[A-Z]"]
    if widest > SINGLE_LETTER_COLUMNS:
        letters = _column_letters(widest)
        columns.append(_not_above(letters, b"A", b"Z", b"A"))
    rows = b"|".join(a + b'"' for a in _not_above_alternatives(str(row).encode(), b"0", b"9", b"1"))
    return re.compile(rb'<c(?! r="(?:' + b"|".join(columns) + b")(?:" + rows + rb"))[\s/>]")


def _not_above(top: bytes, low: bytes, high: bytes, first: bytes) -> bytes:
    """A pattern for the strings of `top`'s length, over the characters
    low..high (the first at least `first`), that do not sort after `top`,
    and for every shorter such string: the numbers 1..top written without
    leading zeros, or the column names A..top."""
    return b"(?:" + b"|".join(_not_above_alternatives(top, low, high, first)) + b")"


def _not_above_alternatives(top: bytes, low: bytes, high: bytes, first: bytes) -> list[bytes]:
    """`_not_above`'s alternatives: those of `top`'s length first, then the
    one for every shorter string."""
    n = len(top)
    alternatives = []
    for i in range(n):
        start = first[0] if i == 0 else low[0]
        if top[i] > start:
            rest = n - i - 1
            alternatives.append(
                re.escape(top[:i])
                + b"[%c-%c]" % (start, top[i] - 1)
                + (b"[%c-%c]{%d}" % (low[0], high[0], rest) if rest else b"")
            )
    alternatives.append(re.escape(top))
    if n > 1:
        alternatives.append(b"[%c-%c][%c-%c]{0,%d}" % (first[0], high[0], low[0], high[0], n - 2))
    return alternatives


def _column_letters(number: int) -> bytes:
    """27 -> b"AA": the letters of a column number (column_number's inverse)."""
    letters = b""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = bytes([65 + rem]) + letters
    return letters


def _greater_row(row: int) -> re.Pattern[bytes]:
    """A search for a plain cell reference whose row is above `row`."""
    digits = str(row)
    above = [rb"[1-9]\d{%d,}" % len(digits)]
    for i, d in enumerate(digits):
        if d != "9":
            above.append(
                digits[:i].encode() + b"[%d-9]" % (int(d) + 1) + rb"\d{%d}" % (len(digits) - i - 1)
            )
    return re.compile(rb'<c r="[A-Z]{1,3}(?:' + b"|".join(above) + b")")


def _farthest_row(data: bytes, best: int, start: int, end: int) -> int:
    """The highest row of the plain cell references in `data` (or `best`).

    Rows usually ascend, so the last reference is taken first and a search
    confirms that none is above it; a few more rounds settle rows written in
    another order, and a full count settles the rest."""
    at = data.rfind(_PLAIN_REF, start, end)
    if at < 0:
        return best
    m = _PLAIN_ROWS.match(data, at, end)
    if m:
        best = max(best, int(m.group(1)))
    pos = start
    for _round in range(8):
        m = _greater_row(best).search(data, pos, end)
        if m is None:
            return best
        row = _PLAIN_ROWS.match(data, m.start(), end)
        best = max(best, int(row.group(1)) if row else best)
        pos = m.start() + 1
    return max(best, max(map(int, _PLAIN_ROWS.findall(data, start, end)), default=0))
