"""Spreadsheets built to walk around the size checks: a sheet stored outside
the usual folder, the far cell written first, tabs or prefixes inside tags,
OpenDocument rows and cells repeated by the billion, and number cells that
are not numbers. Each must be refused (or read) with a message naming the
file, in a separate process held under 1.5 GB, so a reader that tried to
allocate the grid would fail the test instead of killing the test run."""

from __future__ import annotations

import csv
import io
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from test_safety_input import (
    _CONTENT_TYPES,
    _RELS,
    _WORKBOOK,
    _WORKBOOK_RELS,
    _cell,
    _data_row,
    _header_row,
)

from desktop.cli import main
from desktop.io.listformat import HEADERS
from desktop.io.tables import TableReadError, read_table_file
from desktop.store import ActivityFilter, Workspace

MEMORY_LIMIT = 1536 << 20

_READ_IN_CHILD = """
import sys
from desktop.io.tables import TableReadError, read_table_file
try:
    sheets = read_table_file(sys.argv[1])
except TableReadError as e:
    print("REFUSED", e)
    sys.exit(0)
print("READ", [len(s.rows) for s in sheets])
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def read_in_child(path: Path) -> str:
    """What reading `path` ends in, in a process of at most 1.5 GB."""
    done = subprocess.run(
        [sys.executable, "-c", _READ_IN_CHILD, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8", "PYTHONPATH": str(Path.cwd())},
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, f"reader died ({done.returncode}): {done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr
    return done.stdout


def xlsx(path: Path, sheet_xml: str, *, part="xl/worksheets/sheet1.xml", target=None) -> Path:
    """A workbook whose one sheet (stored at `part`, pointed at by `target`)
    holds the given sheetData XML."""
    rels = _WORKBOOK_RELS
    if target is not None:
        rels = rels.replace('Target="worksheets/sheet1.xml"', f'Target="{target}"')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", rels)
        zf.writestr(
            part,
            '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
            'openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            + sheet_xml
            + "</sheetData></worksheet>",
        )
    return path


FAR = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
# Far in the columns only: 3.000 rows x 16.384 columns, about 2 GB for the reader.
WIDE = '<row r="3000"><c r="XFD3000" t="inlineStr"><is><t>x</t></is></c></row>'
HEAD = _header_row() + _data_row(2, "Tin")


@pytest.mark.parametrize(
    ("name", "build"),
    [
        (
            "ngoai-thu-muc.xlsx",
            lambda p: xlsx(p, HEAD + FAR, part="xl/khac/s.xml", target="khac/s.xml"),
        ),
        (
            "duong-tuyet-doi.xlsx",
            lambda p: xlsx(p, HEAD + FAR, part="zz/s.xml", target="/zz/s.xml"),
        ),
        ("o-xa-truoc.xlsx", lambda p: xlsx(p, FAR + HEAD)),
        (
            "dong-giam-dan.xlsx",
            lambda p: xlsx(
                p,
                FAR.replace("1048576", "900000")
                + "".join(
                    f'<row r="{r}"><c r="J{r}" t="inlineStr"><is><t>x</t></is></c></row>'
                    for r in range(899_999, 899_000, -1)
                )
                + HEAD,
            ),
        ),
        ("tab.xlsx", lambda p: xlsx(p, HEAD + WIDE.replace('<c r="', '<c\tr="'))),
        ("xuong-dong.xlsx", lambda p: xlsx(p, HEAD + WIDE.replace('<c r="', '<c\n r = "'))),
        (
            "thuoc-tinh-truoc.xlsx",
            lambda p: xlsx(
                p, HEAD + WIDE.replace('r="XFD3000" t="inlineStr"', 't="inlineStr" r="XFD3000"')
            ),
        ),
        ("nhay-don.xlsx", lambda p: xlsx(p, HEAD + WIDE.replace('"', "'"))),
        (
            "tien-to.xlsx",
            lambda p: xlsx(
                p,
                HEAD + '<x:row r="3000" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/'
                '2006/main"><x:c r="XFD3000" t="inlineStr"><x:is><x:t>y</x:t></x:is></x:c></x:row>',
            ),
        ),
        (
            "khong-dia-chi.xlsx",
            lambda p: xlsx(p, HEAD + '<row r="3000">' + "<c><v>1</v></c>" * 16384 + "</row>"),
        ),
    ],
)
def test_sheets_that_hide_their_far_cell_are_refused_before_reading(tmp_path, name, build):
    path = build(tmp_path / name)
    assert path.stat().st_size < 200_000
    out = read_in_child(path)
    assert out.startswith("REFUSED"), out
    assert name in out and "quá lớn để đọc an toàn" in out


def test_the_same_files_written_plainly_still_read(tmp_path):
    """The checks refuse by what a sheet holds, not by how it is written."""
    for name, xml in {
        "tab-nho.xlsx": HEAD.replace('<c r="', '<c\tr="'),
        "nhay-don-nho.xlsx": HEAD.replace('"', "'"),
        "khong-dia-chi-nho.xlsx": '<row r="1">'
        + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADERS)
        + "</row>",
    }.items():
        sheets = read_table_file(xlsx(tmp_path / name, xml))
        assert sheets[0].rows[0][:2] == list(HEADERS[:2]), name


CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Hoạt động">{}</table:table>'
    "</office:spreadsheet></office:body></office:document-content>"
)


def _ods_cell(text: str, repeat: int = 1) -> str:
    rep = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return f'<table:table-cell office:value-type="string"{rep}><text:p>{text}</text:p></table:table-cell>'


def ods(path: Path, rows_xml: str) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
            '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
            '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
            'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
        )
        zf.writestr("content.xml", CONTENT.format(rows_xml), compress_type=zipfile.ZIP_DEFLATED)
    return path


ODS_HEAD = "<table:table-row>" + "".join(_ods_cell(h) for h in HEADERS) + "</table:table-row>"


@pytest.mark.parametrize(
    ("name", "rows"),
    [
        (
            "o-lap.ods",
            '<table:table-row table:number-rows-repeated="100000">'
            + _ods_cell("x", 16384)
            + "</table:table-row>",
        ),
        (
            "dong-lap.ods",
            ODS_HEAD
            + '<table:table-row table:number-rows-repeated="1000000000">'
            + _ods_cell("x", 100)
            + "</table:table-row>",
        ),
        (
            "o-trong-giua.ods",
            ODS_HEAD + '<table:table-row table:number-rows-repeated="1048000">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
            "<table:table-row>"
            + '<table:table-cell table:number-columns-repeated="50"/>'
            + _ods_cell("cuối")
            + "</table:table-row>",
        ),
    ],
)
def test_ods_repeated_rows_and_cells_are_counted(tmp_path, name, rows):
    path = ods(tmp_path / name, rows)
    out = read_in_child(path)
    assert out.startswith("REFUSED"), out
    assert name in out and "quá lớn để đọc an toàn" in out


def test_ods_as_office_suites_write_it_reads(tmp_path):
    """Empty rows and cells repeated to the sheet's edge cost nothing."""
    path = ods(
        tmp_path / "binh-thuong.ods",
        ODS_HEAD
        + "<table:table-row>"
        + "".join(_ods_cell(v) for v in ["01/03/2023", "", "Tin bài", "Tin ODS"])
        + '<table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
        + '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>',
    )
    assert read_in_child(path).startswith("READ [2]")
    sheets = read_table_file(path)
    assert sheets[0].rows[1][3] == "Tin ODS"


def test_number_cells_that_are_not_numbers_are_named(unit_ws, tmp_path, capsys):
    def num(ref: str, v: str) -> str:
        return f'<c r="{ref}"><v>{v}</v></c>'

    rows = [_header_row()]
    for n, (qty, cost) in enumerate([("NaN", "1"), ("1", "inf"), ("-inf", "1"), ("2", "5")], 2):
        rows.append(
            f'<row r="{n}">{_cell(f"A{n}", "01/03/2023")}{_cell(f"C{n}", "Tin bài")}'
            f"{_cell(f'D{n}', f'Tin {n}')}{num(f'E{n}', qty)}{num(f'H{n}', cost)}</row>"
        )
    path = xlsx(tmp_path / "khong-phai-so.xlsx", "".join(rows))
    unit_ws.close()
    assert main(["import", str(path), "--db", str(unit_ws.path)]) == 0
    out = capsys.readouterr().out
    assert "Lỗi không mong đợi" not in out
    for row, field in [(2, "Số lượng"), (3, "Kinh phí"), (4, "Số lượng")]:
        line = next(x for x in out.splitlines() if f"dòng {row}" in x)
        assert "khong-phai-so.xlsx" in line and field in line, out
    with Workspace.open(unit_ws.path, create=False) as ws:
        assert [a.title for a in ws.activities.iterate(ActivityFilter())] == ["Tin 5"]
        assert ws.figures.counts()["activities"] == 1


def test_a_far_cell_in_a_csv_like_name_is_not_trusted(tmp_path):
    """An .xlsx renamed .ods (or the other way) is checked by what it holds."""
    path = xlsx(tmp_path / "doi-ten.ods", HEAD + FAR)
    out = read_in_child(path)
    assert out.startswith("REFUSED") and "doi-ten.ods" in out


def test_csv_rows_are_read_whole_not_as_a_grid(tmp_path):
    text = io.StringIO()
    csv.writer(text).writerow(HEADERS)
    path = tmp_path / "ds.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    assert read_table_file(path)[0].rows[0] == list(HEADERS)


def test_the_readers_own_grid_is_checked_before_values_are_made(tmp_path, monkeypatch):
    """Formats read without a check of their own (Excel 97-2003) are still
    refused by the grid the reader reports, before it becomes Python values."""
    from desktop.io import tables

    path = xlsx(tmp_path / "luoi.xlsx", HEAD + WIDE)
    monkeypatch.setattr(tables, "check_spreadsheet", lambda p: None)
    with pytest.raises(TableReadError) as e:
        read_table_file(path)
    assert "luoi.xlsx" in str(e.value) and "trang “Hoạt động”" in str(e.value)
    assert "cột thứ 16.384" in str(e.value)


@pytest.mark.parametrize(
    ("name", "cell"),
    [
        ("dong-qua-dai.xlsx", '<c r="A99999999999999999999"><v>1</v></c>'),  # parsed path
        ("cot-qua-dai.xlsx", '<c r="' + "A" * 5_000 + '1"><v>1</v></c>'),
        ("dong-bay-chu-so.xlsx", '<c r="B2000000"><v>1</v></c>'),  # plain path, 2 M rows
        ("cot-ba-chu.xlsx", '<c r="ZZZ5"><v>1</v></c>'),  # column 18.278
    ],
)
def test_a_cell_past_the_last_row_or_column_of_any_sheet_is_refused(tmp_path, name, cell):
    """Small grids by count, but past the reader's own bounds, where its
    arithmetic overflows and the process is ended: refused before it."""
    path = xlsx(tmp_path / name, HEAD + f'<row r="9">{cell}</row>')
    out = read_in_child(path)
    assert out.startswith("REFUSED"), out
    assert name in out and "nằm ngoài giới hạn của Excel (1.048.576 dòng, 16.384 cột)" in out


def test_ods_spaces_written_as_a_count_are_bounded(tmp_path):
    spaces = '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="2000000000"/>b'
    path = ods(tmp_path / "dau-cach.ods", ODS_HEAD + f"<table:table-row>{spaces}</text:p>"
               "</table:table-cell></table:table-row>")  # fmt: skip
    out = read_in_child(path)
    assert out.startswith("REFUSED") and "dau-cach.ods" in out
    assert "ghi 2.000.000.000 dấu cách bằng số đếm" in out
    few = ods(tmp_path / "it-dau-cach.ods", ODS_HEAD + "<table:table-row>" + spaces.replace(
        "2000000000", "3") + "</text:p></table:table-cell></table:table-row>")  # fmt: skip
    assert read_table_file(few)[0].rows[1][0] == "a   b"


def test_ods_a_row_holding_something_repeated_past_any_list_is_refused(tmp_path):
    rows = ('<table:table-row table:number-rows-repeated="200000">' + _ods_cell("Tin lặp")
            + "</table:table-row>")  # fmt: skip
    out = read_in_child(ods(tmp_path / "lap-dong.ods", ODS_HEAD + rows))
    assert out.startswith("REFUSED"), out
    assert "lap-dong.ods" in out and "lặp lại dòng có dữ liệu 199.999 lần (tối đa 10.000)" in out
    few = rows.replace("200000", "3")
    assert read_in_child(ods(tmp_path / "vai-dong.ods", ODS_HEAD + few)).startswith("READ [4]")
