"""The tables of a DOCX plan read from their elements: a w:gridSpan of a
billion columns is one cell read once, merged cells are read once in column
order, and a document with more table cells, deeper tables or more text than
a plan has is refused naming the file, before its paragraphs are looked at."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx.table
import pytest

from desktop.cli import main
from desktop.io import docx_numbering, plan_document
from desktop.io.plan_document import (
    MAX_TABLE_CELLS,
    MAX_TABLE_DEPTH,
    MAX_TEXT_CHARS,
    PlanDocumentError,
    read_document_lines,
)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_with_body(path: Path, body: str) -> Path:
    """A Word document whose body starts with `body` (WordprocessingML)."""
    from docx import Document

    Document().save(path)
    with zipfile.ZipFile(path) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    start = xml.index("<w:body>") + len("<w:body>")
    parts["word/document.xml"] = (xml[:start] + body + xml[start:]).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def para(text: str = "") -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" if text else "<w:p/>"


def cell(text: str = "", props: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{para(text)}</w:tc>"


def texts(path: Path) -> list[str]:
    return [line.text for line in read_document_lines(path) if line.text]


@pytest.fixture
def no_docx_cells(monkeypatch):
    """python-docx's cells expand every span and are rebuilt for each
    column: the reading never asks for them."""

    def refused(self):
        raise AssertionError("python-docx cells used")

    monkeypatch.setattr(docx.table._Row, "cells", property(refused))
    monkeypatch.setattr(docx.table.Table, "_cells", property(refused))


def test_a_span_of_a_billion_columns_is_one_cell_read_once(tmp_path, no_docx_cells):
    span = '<w:gridSpan w:val="999999999"/>'
    restart = span + '<w:vMerge w:val="restart"/>'
    rows = "<w:tr>" + cell("Đầu bảng", restart) + "</w:tr>"
    rows += ("<w:tr>" + cell("", span + "<w:vMerge/>") + "</w:tr>") * 50
    # a span that is no number, or has more digits than int() reads, counts as one column
    not_a_number = '<w:gridSpan w:val="x"/>'
    too_long = '<w:gridSpan w:val="' + "9" * 5000 + '"/>'
    odd = "<w:tr>" + cell("Lạ", not_a_number) + cell("Số", too_long) + "</w:tr>"
    body = f"<w:tbl>{rows}</w:tbl><w:tbl>{odd}</w:tbl>{para('Sau bảng')}"
    path = docx_with_body(tmp_path / "gop.docx", body)
    assert texts(path) == ["Đầu bảng", "Lạ", "Số", "Sau bảng"]


def test_merged_cells_are_read_once_column_by_column(tmp_path, no_docx_cells):
    restart, cont = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    rows = [
        cell("A", '<w:gridSpan w:val="2"/>') + cell("C"),
        cell("D") + cell("E") + cell("F"),
        cell("G", restart) + cell("H") + cell("I"),
        cell("", cont) + cell("J") + cell("K"),
        # a row starting one column in (w:gridBefore)
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + cell("L") + cell("M"),
    ]
    table = "<w:tbl>" + "".join(f"<w:tr>{r}</w:tr>" for r in rows) + "</w:tbl>"
    path = docx_with_body(tmp_path / "tron.docx", table)
    assert texts(path) == ["A", "D", "G", "E", "H", "J", "L", "C", "F", "I", "K", "M"]


def test_a_header_table_as_python_docx_writes_it_reads_each_column_down(tmp_path):
    from docx import Document

    doc = Document()
    table = doc.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("UBND TỈNH", "CỘNG HÒA"), ("SỞ TT&TT", "Độc lập"), ("Số: 1", "")]):
        table.cell(r, 0).text = a
        table.cell(r, 1).text = b
    inner = table.cell(2, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Trong 1"
    inner.cell(0, 1).text = "Trong 2"
    doc.add_paragraph("I. MỤC ĐÍCH")
    doc.save(tmp_path / "dau.docx")
    assert texts(tmp_path / "dau.docx") == [
        "UBND TỈNH",
        "SỞ TT&TT",
        "Số: 1",
        "CỘNG HÒA",
        "Độc lập",
        "Trong 1",
        "Trong 2",
        "I. MỤC ĐÍCH",
    ]


def big_table(path: Path, rows: int, cols: int) -> Path:
    row = "<w:tr>" + cell("x") * cols + "</w:tr>"
    return docx_with_body(path, "<w:tbl>" + row * rows + "</w:tbl>")


def test_more_table_cells_than_a_plan_has_are_refused_naming_the_file(tmp_path, no_docx_cells):
    cols = 60
    path = big_table(tmp_path / "nhieu-o.docx", MAX_TABLE_CELLS // cols + 1, cols)
    with pytest.raises(PlanDocumentError) as e:
        read_document_lines(path)
    message = str(e.value)
    assert "“nhieu-o.docx”" in message and "có hơn 50.000 ô bảng" in message, message
    # just below the bound the table is read, every cell once
    path = big_table(tmp_path / "vua.docx", MAX_TABLE_CELLS // cols, cols)
    assert len(texts(path)) == (MAX_TABLE_CELLS // cols) * cols


def test_the_plan_command_refuses_such_a_table_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "so.cdsdb"
    assert main(["init", "--db", str(db), "--unit", "Sở Thông tin và Truyền thông"]) == 0
    before = db.read_bytes()
    path = big_table(tmp_path / "bang.docx", 1000, 60)
    capsys.readouterr()
    args = ["plan", "import", str(path), "--db", str(db), "--year", "2023"]
    assert main([*args, "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "Tệp “bang.docx” bị hỏng, không đọc được (có hơn 50.000 ô bảng" in err, err
    assert db.read_bytes() == before


def test_tables_nested_deeper_than_a_plan_has_are_refused(tmp_path):
    depth = MAX_TABLE_DEPTH + 1
    nested = "<w:tbl><w:tr><w:tc>" * depth + para("đáy") + "</w:tc></w:tr></w:tbl>" * depth
    path = docx_with_body(tmp_path / "long.docx", nested)
    with pytest.raises(PlanDocumentError, match="“long.docx”.*lồng trong bảng quá 16 tầng"):
        read_document_lines(path)
    inside = "<w:tbl><w:tr><w:tc>" * MAX_TABLE_DEPTH + para("đáy")
    inside += "</w:tc></w:tr></w:tbl>" * MAX_TABLE_DEPTH
    assert texts(docx_with_body(tmp_path / "sau.docx", inside)) == ["đáy"]


def test_far_too_much_text_is_refused_before_any_paragraph_is_read(tmp_path, monkeypatch):
    def not_reached(*args, **kwargs):
        raise AssertionError("paragraphs read")

    monkeypatch.setattr(docx_numbering, "document_numbering", not_reached)
    monkeypatch.setattr(plan_document, "_table_cells", not_reached)
    line = "- In 1 tờ rơi"
    count = MAX_TEXT_CHARS // len(line) // 50 + 1
    body = f"<w:tbl><w:tr>{cell(line)}</w:tr></w:tbl>" + para(line * 50) * count
    path = docx_with_body(tmp_path / "dai.docx", body)
    with pytest.raises(PlanDocumentError) as e:
        read_document_lines(path)
    assert str(e.value).startswith("Tệp “dai.docx” có quá nhiều chữ (3.000.")
    assert "cho một văn bản kế hoạch; không đọc." in str(e.value)
