"""The quick ways a list is read must find what the general ways find: the
reach of a sheet's cells from one search a piece of XML (cell_refs.py)
against the general searches, and a CSV read a batch of rows at a time
against the same file read line by line, on awkward files of every kind."""

from __future__ import annotations

import codecs
import io
import random
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from desktop.io import cell_refs, limits, tables
from desktop.io.cell_refs import column_number, general_reach, plain_reach
from desktop.io.tables import TableReadError, read_csv

# -- the reach of a sheet's cells -----------------------------------------------


def test_the_bounds_searched_for_are_exactly_the_rows_and_columns_within():
    for top in [*range(1, 1200), 9_999, 10_000, 99_999, 100_003, 1_048_576, 9_999_999]:
        pattern = re.compile(cell_refs._not_above(str(top).encode(), b"0", b"9", b"1"))
        near = {1, 9, 10, top - 1, top, top + 1, top * 10, top // 10 + 1}
        for n in sorted(near | set(range(1, min(top, 400) * 3, 7))):
            if n > 0:
                assert bool(pattern.fullmatch(str(n).encode())) == (n <= top), (top, n)
        assert not pattern.fullmatch(b"0") and not pattern.fullmatch(b"0" + str(top).encode())
    for top in [*range(27, 800), 16_384, 17_576]:
        letters = cell_refs._column_letters(top)
        assert column_number(letters) == top
        pattern = re.compile(cell_refs._not_above(letters, b"A", b"Z", b"A"))
        for n in {1, 26, 27, top - 1, top, top + 1, top + 30, 703, 16_384, 17_576}:
            if n <= 17_576:
                assert bool(pattern.fullmatch(cell_refs._column_letters(n))) == (n <= top)


def test_the_search_past_a_row_finds_exactly_the_cells_beyond_it():
    """Each row alternative carries its own closing quote, longest first: a
    cell at the bound is within, one row past it, or a row with a digit more
    or less, is told apart whatever order the alternatives are tried in."""
    for row in (1, 7, 9, 10, 99, 100, 101, 190_000, 200_001, 999_999, 1_048_576):
        search = cell_refs._beyond(row, 0).search
        for n in {1, 2, 9, 10, row // 10 or 1, row - 1 or 1, row, row + 1, row * 10, row + 9}:
            cell = f'<row r="{n}"><c r="B{n}" s="1"><v>1</v></c></row>'.encode()
            assert (search(cell) is not None) == (n > row), (row, n)
        assert search(b'<c r="B0"/>') and search(b'<c r="B1x"/>') and search(b'<c r="B"/>')
    wide = cell_refs._beyond(50, 30).search  # column AD
    assert wide(b'<c r="AD50"/>') is None and wide(b'<c r="Z50"/>') is None
    assert wide(b'<c r="AE50"/>') and wide(b'<c r="AD51"/>') and wide(b'<c r="AAA1"/>')


def _letters(n: int) -> str:
    return cell_refs._column_letters(n).decode()


def sheet_xml(rng: random.Random) -> bytes:
    """A sheet as writers put it, sometimes with rows out of order, a far
    cell, columns of two or three letters and cells written otherwise."""
    rows = list(range(1, rng.choice([2, 6, 60, 900]) + 1))
    if rng.random() < 0.2:
        rng.shuffle(rows)
    widest = rng.choice([3, 11, 26, 27, 30, 80, 703, 900, 16_384, 17_000])
    odd = rng.choice([0, 0, 0.002, 0.02])
    out = []
    for r in rows:
        if rng.random() < 0.01:
            r = rng.choice([r * 10, 99_999, 1_048_576, 9_999_999])
        cells = []
        for c in sorted(rng.sample(range(1, widest + 1), min(widest, rng.choice([1, 3, 11])))):
            ref = f"{_letters(c)}{r}"
            k = rng.random()
            if k < odd:
                cells.append(
                    rng.choice(
                        [
                            f'<c t="s" r="{ref}"><v>1</v></c>',
                            "<c><v>1</v></c>",
                            f'<c\tr="{ref}"/>',
                            f'<x:c r="{ref}"><v>1</v></x:c>',
                            f'<c r="{ref.lower()}"/>',
                            f"<c r='{ref}'/>",
                            f'<c r="{ref}0000000"/>',
                        ]
                    )  # fmt: skip
                )
            else:
                cells.append(f'<c r="{ref}" s="1"><v>{rng.randrange(1000)}</v></c>')
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return (
        '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        '2006/main" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<cols><col min="1" max="2"/></cols><sheetData>'
        + "".join(out)
        + "</sheetData><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>"
    ).encode()


def extent(data: bytes, chunk: int, monkeypatch) -> object:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", data)
    monkeypatch.setattr(limits, "_CHUNK", chunk)
    with zipfile.ZipFile(buf) as zf:
        try:
            return limits._sheet_extent(zf, zf.getinfo("xl/worksheets/sheet1.xml"), Path("a.xlsx"))
        except limits.SpreadsheetLimitError as e:
            return str(e)


@pytest.mark.parametrize("seed", range(40))
def test_one_search_a_piece_finds_the_reach_the_general_searches_find(monkeypatch, seed):
    rng = random.Random(seed)
    data = sheet_xml(rng)
    within = cell_refs._within
    for chunk in (8 << 20, 4096, rng.randrange(20, 400)):
        monkeypatch.setattr(cell_refs, "_within", within)
        quick = extent(data, chunk, monkeypatch)
        monkeypatch.setattr(cell_refs, "_within", lambda *args: None)
        assert quick == extent(data, chunk, monkeypatch), chunk


@pytest.mark.parametrize("seed", range(12))
def test_a_piece_searched_in_place_is_the_piece_copied_out(seed):
    rng = random.Random(seed)
    data = sheet_xml(rng)
    marks = [i for i in range(len(data)) if data[i : i + 1] == b"<"] + [len(data)]
    for _ in range(20):
        start, end = sorted(rng.sample(marks, 2))
        for last_row, widest in ((0, 0), (rng.randrange(1, 50), rng.choice([0, 30, 800]))):
            assert plain_reach(data, last_row, widest, start, end) == plain_reach(
                data[start:end], last_row, widest
            ), (start, end)


def test_a_read_with_no_tag_in_it_is_searched_with_the_piece_before(monkeypatch):
    """A text longer than a read (no `<` in it) joins the tag it belongs to;
    a far cell after it is still found, with reads of every size."""
    long_text = "chuyển đổi số " * 400
    data = (
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
        + long_text
        + '</t></is></c></row><row r="7"><c r="AB700"/></row><row r="8"><c r="B8"/></row>'
        "</sheetData></worksheet>"
    ).encode()
    for chunk in (64, 333, 4096, 8 << 20):
        assert extent(data, chunk, monkeypatch) == (700, 28), chunk


def test_pieces_the_quick_search_settles_and_those_it_leaves():
    plain = b"".join(b'<row r="%d"><c r="A%d"/><c r="K%d"/></row>' % (r, r, r) for r in (1, 2, 3))
    assert cell_refs._within(plain, 0, 0) == (3, 0) == general_reach(plain, 0, 0)
    wide = plain.replace(b'r="K', b'r="AD') + b'<row r="4"><c r="B4"/></row>'
    assert cell_refs._within(wide, 0, 0) is None  # a new widest column, before its last cell
    assert plain_reach(wide, 0, 0) == (4, 30)
    assert cell_refs._within(wide, 0, 30) == (4, 30)
    back = plain + b'<row r="2"><c r="A2"/></row>'  # the last cell is not the farthest row
    assert cell_refs._within(back, 0, 0) is None and plain_reach(back, 0, 0) == (3, 0)
    for odd in (b"<c><v>1</v></c>", b'<x:c r="A9"/>', b'<c\tr="A9"/>', b'<c r="a9"/>'):
        assert plain_reach(plain + odd, 0, 0) is None, odd
    assert plain_reach(b'<row r="1"><c r="XFD1048576"/></row>', 0, 0) == (1_048_576, 16_384)


# -- CSV read in batches --------------------------------------------------------

NFD = unicodedata.normalize("NFD", "Chuyển đổi số")
LINES = [
    "Ngày,Tiêu đề,Ghi chú",
    "01/02/2023,Tin một,",
    f"02/02/2023,{NFD},nhận xét",
    '03/02/2023,"Tin, có dấu phẩy","dòng một\ndòng hai"',
    "04/02/2023,'=HYPERLINK(\"x\"),'- gạch đầu",
    "",
    '05/02/2023,"nửa ""ngoặc""",x',
    "06/02/2023,a\tb,\x0bc",
    "Tổng cộng,,",
    "07/02/2023,x,y,z,w,thừa",
    "08/02/2023," + "dài " * 3000,
    '09/02/2023,"' + "một dòng\n" * 1100 + '",cuối',  # a quoted cell over batches
    'ab"c,giữa "ngoặc" lạc,x"',
    "nul\x00ở giữa,y",
    ",,,",
    "10/02/2023,x,",
]


def csv_file(tmp_path: Path, rng: random.Random, name: str) -> Path:
    choices = LINES[1:] if rng.random() < 0.5 else [x for x in LINES[1:] if '"' not in x]
    lines = [LINES[0]] + [rng.choice(choices) for _ in range(rng.choice([1, 40, 2500]))]
    if rng.random() < 0.1:
        lines.append('"mở ngoặc không đóng,x')
    end = rng.choice(["\n", "\r\n", "\r"])
    sep = rng.choice([",", ";", "\t"])
    text = end.join(line.replace(",", sep) for line in lines) + rng.choice(["", end])
    encoding = rng.choice(["utf-8-sig", "utf-8", "utf-16", "cp1258"])
    path = tmp_path / name
    path.write_bytes(codecs.encode(text, encoding, errors="replace"))
    return path


def read_both(path: Path, monkeypatch) -> tuple[object, object]:
    def outcome():
        try:
            return [[(type(c).__name__, c) for c in r] for r in read_csv(path).rows]
        except TableReadError as e:
            return str(e)

    quick = outcome()
    with monkeypatch.context() as m:
        m.setattr(tables, "_read_rows_in_batches", tables._read_rows_one_by_one)
        return quick, outcome()


@pytest.mark.parametrize("seed", range(16))
def test_a_csv_read_in_batches_is_the_csv_read_line_by_line(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    path = csv_file(tmp_path, rng, f"ds-{seed}.csv")
    quick, general = read_both(path, monkeypatch)
    assert quick == general
    if rng.random() < 0.5:  # refused past its bound of cells, at the same row
        monkeypatch.setattr(tables, "MAX_GRID_CELLS", rng.choice([2, 50, 3001, 9000]))
        quick, general = read_both(path, monkeypatch)
        assert quick == general


def test_batches_put_lines_in_nfc_unescape_and_stop_at_the_bound(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    rows = ["Ngày,Tiêu đề"] + [f"0{1 + i % 9}/02/2023,{NFD} {i}" for i in range(3000)]
    path.write_text("\n".join(rows + ["09/02/2023,'=1+2"]), encoding="utf-8")
    read = read_csv(path).rows
    assert read[1][1] == unicodedata.normalize("NFC", NFD) + " 0"
    assert read[-1] == ["09/02/2023", "=1+2"]
    monkeypatch.setattr(tables, "MAX_GRID_CELLS", 4001)
    with pytest.raises(TableReadError, match="đã đến dòng 2.001"):
        read_csv(path)


def test_a_file_the_batches_stumble_on_is_read_line_by_line(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_bytes("Ngày,Tiêu đề\n01/02/2023,Tin\n".encode() + b"02/02/2023,\xe0 \x81\n")
    calls = []
    one_by_one = tables._read_rows_one_by_one
    monkeypatch.setattr(
        tables, "_read_rows_one_by_one", lambda *a: calls.append(a[1]) or one_by_one(*a)
    )
    with pytest.raises(TableReadError, match="không phải UTF-8, UTF-16 hay Windows-1258"):
        read_csv(path)
    assert calls == ["utf-8", "cp1258"]


# -- an XLSX sheet's cells put in NFC ---------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_a_sheet_found_in_nfc_at_once_is_the_sheet_made_cell_by_cell(seed):
    rng = random.Random(seed)
    values = [1.0, 2.5, 0.0, 7, True, None, "", "Chuyển đổi số", "ascii", 1e308, -1e308]
    odd = [NFD, "\u2126", float("nan"), float("inf"), float("-inf"), "e\u0301\u0323"]
    data = [
        [rng.choice(values if rng.random() > 0.002 else odd) for _ in range(8)]
        for _ in range(rng.choice([1, 50, 2000]))
    ]
    got = tables._nfc_rows(data)
    want = [[tables._nfc_cell(c) for c in row] for row in data]
    assert [[(type(c), repr(c)) for c in r] for r in got] == [
        [(type(c), repr(c)) for c in r] for r in want
    ]
