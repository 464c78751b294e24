"""An Excel 97-2003 (.xls) file gets its pre-read check too: the farthest cell
of each sheet is found in the file's own records (a compound file holding a
BIFF8 "Workbook" stream, built here byte by byte) and a grid beyond the
bound is refused before the reader allocates it."""

from __future__ import annotations

import struct
import subprocess
import sys

import pytest

from desktop.io.limits import MAX_GRID_CELLS, SpreadsheetLimitError, check_spreadsheet
from desktop.io.tables import TableReadError, read_table_file
from desktop.io.xls_grid import sheet_extents

END, FREE, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF


def _record(rec: int, body: bytes) -> bytes:
    return struct.pack("<HH", rec, len(body)) + body


def _bof(kind: int) -> bytes:
    return _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 0x06))


def biff_workbook(cells: list[tuple[int, int, float]], *, claimed=(1, 1)) -> bytes:
    """Globals (BOF, one BOUNDSHEET, EOF) then one worksheet holding NUMBER cells."""
    name = b"Trang1"

    def globals_part(offset: int) -> bytes:
        sheet = _record(0x0085, struct.pack("<IHBB", offset, 0, len(name), 0) + name)
        return _bof(0x0005) + sheet + _record(0x000A, b"")

    head = globals_part(0)
    head = globals_part(len(head))
    dims = _record(0x0200, struct.pack("<IIHHH", 0, claimed[0], 0, claimed[1], 0))
    body = b"".join(_record(0x0203, struct.pack("<HHHd", r, c, 0, v)) for r, c, v in cells)
    return head + _bof(0x0010) + dims + body + _record(0x000A, b"")


def compound_file(stream: bytes) -> bytes:
    """A version-3 compound file (512-byte sectors) holding `stream` as
    "Workbook": sector 0 the FAT, 1 the directory, the stream after."""
    stream = stream + b"\x00" * (-len(stream) % 512)
    if len(stream) < 4096:
        stream += b"\x00" * (4096 - len(stream))
    n = len(stream) // 512
    fat = [FATSECT, END] + [3 + i for i in range(n - 1)] + [END]
    fat += [FREE] * (128 - len(fat))
    assert len(fat) == 128, "one FAT sector holds 128 entries"
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<IIII", header, 0x2C, 1, 1, 0, 4096)
    struct.pack_into("<IIII", header, 0x3C, END, 0, END, 0)
    struct.pack_into("<109I", header, 0x4C, 0, *([FREE] * 108))

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        e = bytearray(128)
        raw = (name + "\x00").encode("utf-16-le")
        e[: len(raw)] = raw
        struct.pack_into("<HBB", e, 0x40, len(raw), kind, 1)
        struct.pack_into("<III", e, 0x44, NOSTREAM, NOSTREAM, child)
        struct.pack_into("<II", e, 0x74, start, size)
        return bytes(e)

    directory = entry("Root Entry", 5, 1, END, 0) + entry("Workbook", 2, NOSTREAM, 2, len(stream))
    directory += b"\x00" * (512 - len(directory))
    return bytes(header) + struct.pack("<128I", *fat) + directory + stream


def _cells(n: int, far: tuple[int, int] | None = None) -> list[tuple[int, int, float]]:
    cells = [(r, c, float(r * 10 + c)) for r in range(n) for c in range(5)]
    if far:
        cells.append((*far, 1.0))
    return cells


def test_the_farthest_cell_is_found_in_the_records():
    data = compound_file(biff_workbook(_cells(100, far=(40_000, 250))))
    assert sheet_extents(data) == [(40_001, 251)]


def test_a_far_cell_is_refused_before_the_reader_whatever_the_dimensions_say(tmp_path):
    path = tmp_path / "o-xa.xls"
    path.write_bytes(compound_file(biff_workbook(_cells(100, far=(65_535, 255)), claimed=(5, 5))))
    assert 65_536 * 256 > MAX_GRID_CELLS
    with pytest.raises(SpreadsheetLimitError, match="o-xa.xls.*dòng 65.536"):
        check_spreadsheet(path)
    # and through the reader's entry point, in a process of its own
    done = subprocess.run(
        [sys.executable, "-c",
         "import sys\nfrom desktop.io.tables import TableReadError, read_table_file\n"
         "try:\n    read_table_file(sys.argv[1])\nexcept TableReadError as e:\n"
         "    print('REFUSED', e)\n", str(path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0 and "REFUSED" in done.stdout, done.stdout + done.stderr


def test_an_ordinary_sheet_passes_the_check(tmp_path):
    path = tmp_path / "binh-thuong.xls"
    path.write_bytes(compound_file(biff_workbook(_cells(300))))
    check_spreadsheet(path)
    rows = read_table_file(path)[0].rows
    assert len(rows) == 300 and rows[1][:2] == [10.0, 11.0]


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "không phải tệp ghép"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 5000, "kích thước sector lạ"),
    ],
)
def test_a_compound_file_that_cannot_be_followed_is_refused(tmp_path, junk, reason):
    """The reader trusts the same header and chains and allocates by them: a
    file whose structure cannot be followed is not handed to it."""
    path = tmp_path / "hong.xls"
    path.write_bytes(junk)
    with pytest.raises(SpreadsheetLimitError) as refused:
        check_spreadsheet(path)
    assert str(refused.value) == (
        f"Tệp “hong.xls” không đọc được như tệp Excel 97-2003 ({reason}): tệp bị hỏng. "
        "Hãy mở tệp bằng Excel rồi lưu lại dạng .xlsx."
    )


def test_a_compound_file_with_broken_records_is_left_to_the_reader(tmp_path):
    path = tmp_path / "hong.xls"
    path.write_bytes(compound_file(b"\x09\x08\xff\xff" + b"\x00" * 64))
    check_spreadsheet(path)  # its structure holds; the reader says what is wrong
    with pytest.raises(TableReadError, match="hong.xls"):
        read_table_file(path)


@pytest.mark.parametrize("kind", [0x0000, 0x0005, 0x0006, 0x0020, 0x0040, 0x0100])
def test_cells_of_any_kind_of_substream_count(tmp_path, kind):
    """The reader takes cells from chart, macro and odd substreams too: a far
    cell there is refused like one in a worksheet."""
    stream = biff_workbook(_cells(3, far=(65_535, 65_535)))
    stream = stream.replace(_bof(0x0010), _bof(kind))
    path = tmp_path / "loai-khac.xls"
    path.write_bytes(compound_file(stream))
    with pytest.raises(SpreadsheetLimitError, match="loai-khac.xls.*ngoài giới hạn của Excel"):
        check_spreadsheet(path)


def test_a_sheet_the_workbook_places_outside_its_stream_is_refused(tmp_path):
    stream = biff_workbook(_cells(3))
    at = stream.index(b"\x85\x00")  # the BOUNDSHEET record
    offset = struct.unpack_from("<I", stream, at + 4)[0]
    assert stream[offset : offset + 2] == b"\x09\x08"  # it points at the sheet's BOF
    moved = stream[: at + 4] + struct.pack("<I", 0xFFFFFF00) + stream[at + 8 :]
    path = tmp_path / "lech.xls"
    path.write_bytes(compound_file(moved))
    with pytest.raises(SpreadsheetLimitError, match="lech.xls.*không trỏ vào đầu một trang"):
        check_spreadsheet(path)
    # The workbook as written reads.
    good = tmp_path / "dung.xls"
    good.write_bytes(compound_file(stream))
    assert len(read_table_file(good)[0].rows) == 3


def test_a_panic_inside_the_reader_is_a_refusal(tmp_path, monkeypatch):
    """A damaged file the reader did not expect makes it panic, which comes up
    as a BaseException that is not an Exception: still a plain refusal."""
    import python_calamine

    class PanicException(BaseException):
        pass

    def panics(_path):
        raise PanicException("range start index 4294967040 out of range")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", panics)
    path = tmp_path / "so-lieu.xls"
    path.write_bytes(compound_file(biff_workbook(_cells(3))))
    with pytest.raises(TableReadError, match="so-lieu.xls.*4294967040"):
        read_table_file(path)

    def interrupted(_path):
        raise KeyboardInterrupt

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", interrupted)
    with pytest.raises(KeyboardInterrupt):
        read_table_file(path)
