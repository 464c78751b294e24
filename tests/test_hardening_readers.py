"""Files that used to end in an unexpected error, each now refused (or read)
with a Vietnamese message naming the file: a plan PDF whose startxref is
past any offset, a report template whose compressed data is damaged, a
texts file of brackets nested thousands deep, a number cell of thousands of
digits, a plan whose Word numbering starts at a number of 4300 digits."""

from __future__ import annotations

import re
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import check_cost, check_quantity
from desktop.domain.reach import check_reach
from desktop.domain.text import MAX_DIGITS, NumberError, parse_whole_number
from desktop.io.docx_numbering import MAX_NUMBER, Numbering
from desktop.io.plan_document import PDF_DAMAGED, PlanDocumentError, read_document_lines
from desktop.reports.template import NOT_WORD, TemplateError, load_template

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NINES = "9" * 4300  # the most digits Python reads; one more count has 4301


@pytest.fixture
def db(unit_db_file) -> Path:
    return unit_db_file


def _pdf_with_huge_startxref() -> bytes:
    text = zlib.compress(b"BT /F1 12 Tf 40 800 Td (Ke hoach) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(text) + text + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    return bytes(out) + b"startxref\n" + b"9" * 25 + b"\n%%EOF\n"


# -- 2. a plan PDF the reader cannot open ------------------------------------------


def test_plan_import_refuses_a_pdf_with_a_huge_startxref(db, tmp_path, capsys):
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(_pdf_with_huge_startxref())
    argv = ["plan", "import", str(pdf), "--db", str(db), "--year", "2023", "--dry-run"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Tệp PDF “ke-hoach.pdf” bị hỏng, không đọc được (")
    assert "không mong đợi" not in err


@pytest.mark.parametrize(
    "error, reason",
    [
        (AssertionError(), "AssertionError"),  # a bare assert says nothing: named instead
        (RecursionError("maximum recursion depth exceeded"), "maximum recursion depth exceeded"),
        (OverflowError("Python int too large"), "Python int too large"),
    ],
)
def test_every_failure_of_the_pdf_reader_is_a_damaged_file(tmp_path, monkeypatch, error, reason):
    import pypdf

    def reader(*args, **kwargs):
        raise error

    monkeypatch.setattr(pypdf, "PdfReader", reader)
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(_pdf_with_huge_startxref())
    with pytest.raises(PlanDocumentError) as e:
        read_document_lines(pdf)
    message = e.value.args[0]
    assert message.template == PDF_DAMAGED
    assert str(message) == f"Tệp PDF “ke-hoach.pdf” bị hỏng, không đọc được ({reason})."


# -- 3. a template whose compressed data is damaged --------------------------------


def _template_with_bad_deflate(path: Path) -> Path:
    """The built-in template with the deflate data of its document.xml made a
    reserved block type: zlib fails on it before any checksum is reached."""
    from desktop.reports.make_template import default_template_path

    with (
        zipfile.ZipFile(default_template_path()) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item.filename, src.read(item))
    with zipfile.ZipFile(path) as z:
        at = z.getinfo("word/document.xml").header_offset
    data = bytearray(path.read_bytes())
    name_len, extra_len = struct.unpack("<HH", data[at + 26 : at + 30])
    data[at + 30 + name_len + extra_len] = 0xFF
    path.write_bytes(bytes(data))
    return path


def test_report_refuses_a_template_with_damaged_compressed_data(db, tmp_path, capsys):
    tpl = _template_with_bad_deflate(tmp_path / "mau.docx")
    out = tmp_path / "bao-cao.docx"
    argv = ["report", "--db", str(db), "--year", "2023", "--out", str(out), "--template", str(tpl)]
    assert main(argv) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: Mẫu báo cáo “{tpl}” bị hỏng hoặc không phải tệp Word (.docx). Hãy chọn lại "
        "mẫu hoặc dùng mẫu có sẵn. (Error -3 while decompressing data: invalid block type)\n"
    )
    assert not out.exists()


def test_a_template_cut_short_in_its_compressed_data_is_refused(tmp_path, monkeypatch):
    import docx

    def document(*args, **kwargs):
        raise EOFError  # zipfile: the compressed data ended before its end marker

    monkeypatch.setattr(docx, "Document", document)
    tpl = tmp_path / "mau.docx"
    with zipfile.ZipFile(tpl, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(TemplateError) as e:
        load_template(tpl)
    message = e.value.args[0]
    assert message.template == NOT_WORD and message.values["error"] == "EOFError"


# -- 4. a texts file nested thousands deep -----------------------------------------


@pytest.mark.parametrize(
    "deep", ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000]
)
def test_texts_nested_too_deep_are_refused_by_import_and_report(db, tmp_path, capsys, deep):
    path = tmp_path / "noi-dung.json"
    path.write_text(deep, encoding="utf-8")
    refusal = (
        f"Lỗi: Tệp “{path}” không phải tệp JSON đọc được: các ngoặc lồng nhau quá sâu "
        '(nội dung báo cáo là một đối tượng {"khóa": "nội dung"}).\n'
    )
    assert main(["texts", "import", "--db", str(db), "--year", "2023", str(path)]) == 1
    assert capsys.readouterr().err == refusal
    out = tmp_path / "bao-cao.docx"
    argv = ["report", "--db", str(db), "--year", "2023", "--out", str(out), "--texts", str(path)]
    assert main(argv) == 1
    assert capsys.readouterr().err == refusal
    assert not out.exists()


# -- 5. numbers of thousands of digits ---------------------------------------------


def test_a_quantity_of_5000_digits_is_refused_on_its_row(db, tmp_path, capsys):
    src = tmp_path / "ds.csv"
    src.write_text(
        "Ngày,Tiêu đề,Hình thức,Số lượng,Kinh phí\n"
        f"15/03/2023,Tin,Phóng sự,{'9' * 5000},\n"
        f"16/03/2023,Tin hai,Phóng sự,1,{'1.' + '.'.join(['000'] * 1700)}\n",
        encoding="utf-8",
    )
    assert main(["import", str(src), "--db", str(db), "--dry-run"]) == 1
    out = capsys.readouterr().out
    assert "Bị từ chối: 2." in out
    assert "ds.csv, dòng 2: cột “Số lượng”: quá lớn" in out
    assert "ds.csv, dòng 3: cột “Kinh phí (đồng)”: quá lớn" in out


def test_whole_numbers_are_bounded_in_digits_before_they_are_read():
    for text in ("9" * 5000, "1" * (MAX_DIGITS + 1), "1." + ".".join(["000"] * 1500)):
        with pytest.raises(NumberError) as e:
            parse_whole_number(text)
        assert e.value.message == "quá lớn"
    assert parse_whole_number("1" * MAX_DIGITS) == int("1" * MAX_DIGITS)
    assert parse_whole_number("0" * 5000 + "7") == 7  # leading zeros are no digits of worth
    assert parse_whole_number("1.500.000") == 1_500_000
    with pytest.raises(NumberError) as e:
        parse_whole_number("²")  # a digit to Python, no number to int()
    assert str(e.value.message) == "“²” không phải là số nguyên viết đúng cách (ví dụ 1.500.000)"
    assert check_quantity("9" * 5000) == (1, "quá lớn")
    assert check_cost("9" * 5000) == (0, "quá lớn")
    assert check_reach("9" * 5000) == (None, "quá lớn")


# -- 5. Word numbering that starts at 4300 nines -------------------------------------


def _numbering(xml: str) -> Numbering:
    from lxml import etree

    root = etree.fromstring(f'<w:numbering xmlns:w="{W_NS}">{xml}</w:numbering>')
    return Numbering(root, None)


def _p(num: str):
    from lxml import etree

    return etree.fromstring(
        f'<w:p xmlns:w="{W_NS}"><w:pPr><w:numPr><w:ilvl w:val="0"/>'
        f'<w:numId w:val="{num}"/></w:numPr></w:pPr></w:p>'
    )


@pytest.mark.parametrize("fmt", ["decimal", "decimalZero", "lowerLetter", "upperRoman"])
def test_numbering_values_are_held_to_a_bound(fmt):
    n = _numbering(
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{NINES}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/>'
        '</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="-{NINES}"/></w:lvlOverride></w:num>'
    )
    # past the letters' and Roman numerals' bounds every format writes digits
    assert [n.label(_p("1")) for _ in range(2)] == [f"{MAX_NUMBER}.", f"{MAX_NUMBER + 1}."]
    assert n.label(_p("2")) == f"{-MAX_NUMBER}."


def test_a_plan_docx_numbered_from_4300_nines_is_read(tmp_path):
    from docx import Document
    from docx.oxml import parse_xml

    ns = f'xmlns:w="{W_NS}"'
    doc = Document()
    numbering = doc.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    numbering.append(
        parse_xml(
            f'<w:abstractNum {ns} w:abstractNumId="7"><w:lvl w:ilvl="0">'
            f'<w:start w:val="{NINES}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
            "</w:lvl></w:abstractNum>"
        )
    )
    numbering.append(parse_xml(f'<w:num {ns} w:numId="1"><w:abstractNumId w:val="7"/></w:num>'))
    numbering.append(
        parse_xml(
            f'<w:num {ns} w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0">'
            f'<w:startOverride w:val="{NINES}"/></w:lvlOverride></w:num>'
        )
    )
    for num, text in (("1", "Một"), ("1", "Hai"), ("2", "Ba")):
        p = doc.add_paragraph(text)
        p._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>')
        )
    path = tmp_path / "ke-hoach.docx"
    doc.save(str(path))
    lines = [line.text for line in read_document_lines(path) if line.text.strip()]
    assert lines == [f"{MAX_NUMBER}. Một", f"{MAX_NUMBER + 1}. Hai", f"{MAX_NUMBER}. Ba"]
    assert not any(re.search(r"\d{17}", line) for line in lines)
