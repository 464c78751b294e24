"""Hostile and odd files offered for import: each is refused or read with a
clear message naming the file (and row and field where there is one), the
process never dies, and the workspace is left as it was."""

from __future__ import annotations

import csv
import io
import struct
import subprocess
import sys
import unicodedata
import zipfile
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.io import limits
from desktop.io.listformat import HEADERS, write_xlsx
from desktop.io.tables import TableReadError, read_table_file
from desktop.store import ActivityFilter, Workspace

UNIT = "Đài Phát thanh và Truyền hình tỉnh"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Hoạt động" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _header_row() -> str:
    cells = "".join(_cell(f"{chr(65 + i)}1", h) for i, h in enumerate(HEADERS))
    return f'<row r="1">{cells}</row>'


def _data_row(n: int, title: str) -> str:
    return (
        f'<row r="{n}">{_cell(f"A{n}", "01/03/2023")}{_cell(f"C{n}", "Tin bài")}'
        f"{_cell(f'D{n}', title)}</row>"
    )


def make_xlsx(path: Path, rows_xml) -> Path:
    """A minimal workbook whose one sheet holds the given row XML pieces."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
        zf.writestr("_rels/.rels", _RELS)
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(
                b'<?xml version="1.0" encoding="UTF-8"?><worksheet '
                b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            )
            for piece in rows_xml:
                f.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            f.write(b"</sheetData></worksheet>")
    return path


def _declare_huge(path: Path, member: str) -> None:
    """Rewrite the zip's central directory so `member` claims 4 GB unpacked."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46 : at + 46 + name_len]) == name:
            struct.pack_into("<I", data, at + 24, 0xFFFFFFF0)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    """File -> words its refusal must contain."""
    folder = tmp_path_factory.mktemp("doc-hai")
    files: dict[str, tuple[Path, str]] = {}

    good = folder / "tot.xlsx"
    write_xlsx(good, [Activity(date=date(2023, 3, 1), title="Tin", form="Tin bài")])
    data = good.read_bytes()

    p = folder / "ngau-nhien.xlsx"
    p.write_bytes(bytes((i * 7919) % 251 for i in range(50_000)))
    files["random"] = (p, "không phải tệp .xlsx")

    p = folder / "cat-do.xlsx"
    p.write_bytes(data[: len(data) // 2])
    files["truncated"] = (p, "bị hỏng")

    p = folder / "bom-khai-gian.xlsx"
    p.write_bytes(data)
    _declare_huge(p, "xl/worksheets/sheet1.xml")
    files["declared bomb"] = (p, "vượt giới hạn an toàn")

    p = make_xlsx(folder / "bom-that.xlsx", [_header_row()] + [b" " * (1 << 20)] * 410)
    files["real bomb"] = (p, "vượt giới hạn an toàn")

    p = folder / "qua-nhieu-phan.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("xl/workbook.xml", _WORKBOOK)
        for i in range(limits.MAX_ENTRIES + 1):
            zf.writestr(f"xl/media/a{i}.bin", b"")
    files["too many parts"] = (p, "vượt giới hạn an toàn")

    p = make_xlsx(
        folder / "o-lac-xa.xlsx",
        [_header_row(), '<row r="1048576">', _cell("XFD1048576", "x"), "</row>"],
    )
    files["far cell"] = (p, "cột thứ 16.384")

    p = make_xlsx(
        folder / "trieu-dong.xlsx",
        [_header_row(), _data_row(2, "Tin")]
        + [f'<row r="{r}"><c r="J{r}" s="1"/></row>' for r in range(3, 1_048_577)],
    )
    files["million rows with empty cells"] = (p, "dòng 1.048.576")

    p = folder / "nhi-phan.csv"
    p.write_bytes(b"\x00\x01\x02PK" * 3000)
    files["binary csv"] = (p, "không phải tệp văn bản CSV")
    return files


def test_each_hostile_file_is_refused_with_its_reason(hostile):
    for what, (path, words) in hostile.items():
        with pytest.raises(TableReadError) as e:
            read_table_file(path)
        assert words in str(e.value), what
        assert path.name in str(e.value), what


def test_importing_hostile_files_changes_nothing(hostile, db_path, tmp_path, data_dir):
    with Workspace.open(db_path) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(UNIT))
        ws.activities.add(Activity(date=date(2023, 2, 1), title="Đã có", form="Tin bài"), unit.id)
    paths = [str(p) for p, _ in hostile.values()]
    # a separate process: a reader that died would take the process with it
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "import", *paths, "--db", str(db_path)],
        capture_output=True,
        text=True,
        env={"BAOCAO_CDS_DATA_DIR": str(data_dir), "PATH": "", "PYTHONIOENCODING": "utf-8"},
        timeout=300,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "Không nhập gì" in done.stderr
    for path, words in hostile.values():
        assert path.name in done.stderr and words in done.stderr
    with Workspace.open(db_path, create=False) as ws:
        assert ws.figures.counts()["activities"] == 1
        assert [a.title for a in ws.activities.iterate(ActivityFilter())] == ["Đã có"]


def test_a_million_formatted_empty_rows_read_quickly(tmp_path):
    path = make_xlsx(
        tmp_path / "dinh-dang.xlsx",
        [_header_row(), _data_row(2, "Tin chuyển đổi số")]
        + [f'<row r="{r}" s="1" customFormat="1"/>' for r in range(3, 1_048_577)],
    )
    sheets = read_table_file(path)
    assert len(sheets[0].rows) == 2
    assert sheets[0].rows[1][3] == "Tin chuyển đổi số"


def test_ten_megabyte_cell_is_named_by_row_and_field(unit_ws, tmp_path, capsys):
    long_title = "Chuyển đổi số " * 750_000  # about 10 MB of text
    xlsx = make_xlsx(
        tmp_path / "o-dai.xlsx", [_header_row(), _data_row(2, "Tin ngắn"), _data_row(3, long_title)]
    )
    text = io.StringIO()
    w = csv.writer(text)
    w.writerow(HEADERS)
    w.writerow(["01/03/2023", "", "Tin bài", "Tin ngắn khác", 1, "", "", "", "", ""])
    w.writerow(["01/03/2023", "", "Tin bài", "Tin", 1, "", "", "", "", long_title])
    w.writerow(["02/03/2023", "", "Tin bài", long_title, 1, "", "", "", "", ""])
    big_csv = tmp_path / "o-dai.csv"
    big_csv.write_text(text.getvalue(), encoding="utf-8")
    unit_ws.close()
    assert main(["import", str(xlsx), str(big_csv), "--db", str(unit_ws.path)]) == 0
    out = capsys.readouterr().out
    assert "o-dai.xlsx" in out and "dòng 3" in out and "Tiêu đề" in out
    assert "o-dai.csv, dòng 3" in out and "o-dai.csv, dòng 4" in out
    with Workspace.open(unit_ws.path, create=False) as ws:
        titles = sorted(a.title for a in ws.activities.iterate(ActivityFilter()))
    # the long title and the over-long notes refuse their rows; the others go in
    assert titles == ["Tin ngắn", "Tin ngắn khác"]


def test_too_big_csv_is_refused_before_reading(tmp_path, monkeypatch):
    path = tmp_path / "rat-lon.csv"
    path.write_text(",".join(HEADERS) + "\n" + "x," * 600_000, encoding="utf-8")
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1 << 20)
    with pytest.raises(TableReadError, match="quá lớn để là một danh sách"):
        read_table_file(path)


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def _to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: tone marks as separate characters."""
    out = b""
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in decomposed if m in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONE_MARKS))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return out


VIETNAMESE_ROW = ["05/03/2023", "", "Phóng sự", "Phóng sự chuyển đổi số ở Lý Sơn", 1]


@pytest.mark.parametrize(
    ("encoding", "readable"),
    [
        ("utf-8", True),
        ("utf-8-sig", True),
        ("utf-16", True),
        ("utf-16-le", True),
        ("cp1258", True),
        ("shift_jis", False),
    ],
)
def test_text_encodings(unit_ws, tmp_path, capsys, encoding, readable):
    text = io.StringIO()
    w = csv.writer(text)
    w.writerow(HEADERS)
    w.writerow(VIETNAMESE_ROW)
    path = tmp_path / f"ma-{encoding}.csv"
    raw = text.getvalue()
    if encoding == "shift_jis":
        raw = raw.replace("Ngày", "日付").replace("Tiêu đề", "題名")
    path.write_bytes(
        _to_cp1258(raw) if encoding == "cp1258" else raw.encode(encoding, errors="replace")
    )
    unit_ws.close()
    code = main(["import", str(path), "--db", str(unit_ws.path)])
    captured = capsys.readouterr()
    with Workspace.open(unit_ws.path, create=False) as ws:
        count = ws.figures.counts()["activities"]
    if readable:
        assert code == 0 and count == 1, captured
        with Workspace.open(unit_ws.path, create=False) as ws:
            assert [a.title for a in ws.activities.iterate(ActivityFilter())] == [VIETNAMESE_ROW[3]]
    else:
        assert code == 1 and count == 0
        assert path.name in captured.err and "Traceback" not in captured.err


def test_zip_bomb_disguised_as_a_package_is_refused(unit_ws, tmp_path):
    from desktop.io.package import PackageError, read_package, write_package

    unit_ws.activities.add(Activity(date=date(2023, 6, 1), title="Phóng sự", form="Phóng sự"))
    written = write_package(unit_ws, 2023, tmp_path / "goi.cdsgoi")
    plan = unit_ws.plans.get(2023)
    with zipfile.ZipFile(written.path) as zf:
        biggest = max(zf.infolist(), key=lambda i: i.file_size).filename
    bomb = tmp_path / "bom.cdsgoi"
    bomb.write_bytes(Path(written.path).read_bytes())
    _declare_huge(bomb, biggest)
    before = unit_ws.figures.counts()
    with pytest.raises(PackageError) as e:
        read_package(bomb, lambda year: plan)
    assert "bom.cdsgoi" in str(e.value)
    assert unit_ws.figures.counts() == before
