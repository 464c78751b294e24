"""Odd text as officers paste it: Word's vertical tabs and form feeds, NUL
bytes, emoji, right-to-left marks, 50.000 characters, and text that looks
like template syntax or a spreadsheet formula. It is stored as typed where
sensible and goes through to a DOCX and a PDF that open, always as plain text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from desktop.domain.activity import RawActivity, validate
from desktop.domain.text import clean_line, clean_multiline
from desktop.io.listformat import write_xlsx
from desktop.reports import context as rc
from desktop.reports.context import build_unit_report
from desktop.reports.pipeline import write_report
from desktop.store import ActivityFilter, Workspace

UNIT = "Đài Phát thanh và Truyền hình tỉnh"

ODD = {
    "word paste": "Dòng một\vDòng hai\fTrang mới\x00hết",
    "emoji": "Tuyên truyền 📱🚀 chuyển đổi số 👍🏽",
    "right to left": "\u200fمرحبا\u200f và \u202eđảo chiều\u202c",
    "template": "{{ unit_name }} {% for x in y %}{{ x }}{% endfor %} {# ghi chú #}",
    "formula": '=HYPERLINK("http://vi-du.example","Bấm vào đây")',
    "xml": "<w:p>&amp; </w:t>]]> \"'",
}
LONG = "Chuyển đổi số là nhiệm vụ của cả hệ thống chính trị. " * 1000  # > 50.000 chars


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chu-la")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        ws = Workspace.open(folder / "ws.cdsdb")
        unit = ws.units.set_self_unit(ws.units.by_name(UNIT))
        plan = ws.plans.get(2023)
        stored = {}
        for i, (name, text) in enumerate(ODD.items()):
            raw = RawActivity(
                date=f"{i + 1:02d}/05/2023",
                form="Tin bài",
                title=text,
                notes=f"{text}\n{LONG}" if name == "word paste" else text,
            )
            activity, problems = validate(raw, plan)
            assert activity is not None, (name, problems)
            stored[name] = ws.activities.get(ws.activities.add(activity, unit.id))
        ws.texts.set_report_texts(
            unit.id,
            2023,
            {
                rc.PHUONG_HUONG: LONG,
                rc.DE_XUAT: "\n".join(ODD.values()),
                rc.KHAC: ODD["template"],
            },
        )
        report = build_unit_report(ws, 2023)
        files = write_report(report, docx=folder / "bao-cao.docx", pdf=folder / "bao-cao.pdf")
        out = {
            "docx": files.docx,
            "pdf": files.pdf,
            "xlsx": folder / "danh-sach.xlsx",
            "stored": stored,
            "texts": ws.texts.report_texts(unit.id, 2023),
            "folder": folder,
        }
        write_xlsx(out["xlsx"], ws.activities.iterate(ActivityFilter()))
        ws.close()
    return out


def test_activities_keep_text_as_typed_where_sensible(built):
    stored = built["stored"]
    for name in ("emoji", "right to left", "template", "formula", "xml"):
        assert stored[name].title == ODD[name], name
        assert stored[name].notes == ODD[name], name
    # Word's line breaks become spaces in a one-line title; NUL bytes go
    paste = stored["word paste"]
    assert paste.title == "Dòng một Dòng hai Trang mớihết" == clean_line(ODD["word paste"])
    assert paste.notes.startswith("Dòng một\nDòng hai\nTrang mớihết\n")
    assert len(paste.notes) > 50_000 and "\x00" not in paste.notes


def test_report_texts_stored_whole(built):
    texts = built["texts"]
    assert texts[rc.PHUONG_HUONG] == LONG.strip() and len(texts[rc.PHUONG_HUONG]) > 50_000
    assert texts[rc.KHAC] == ODD["template"]
    assert texts[rc.DE_XUAT] == clean_multiline("\n".join(ODD.values()))


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_docx_carries_odd_text_literally(built):
    text = _docx_text(built["docx"])
    for name in ("emoji", "template", "formula", "xml"):
        assert ODD[name] in text, name
    # Direction marks and overrides are removed, as from the PDF.
    assert "مرحبا và đảo chiều" in text and "\u200f" not in text and "\u202e" not in text
    assert "Dòng một Dòng hai Trang mớihết" in text
    assert LONG.strip()[:5000] in text
    assert "unit_name }}" in text  # the template engine did not fill it in


def _pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True, timeout=60
    )
    return " ".join(done.stdout.split())


def _whole_long_text(text: str, pdf: Path) -> bool:
    """All 1000 sentences of the long text are there; a page number printed
    between two pages may split one sentence per page break."""
    pages = len(PdfReader(str(pdf)).pages)
    return text.count("nhiệm vụ của cả hệ thống chính trị") >= 1000 - pages


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is in .ci/setup")
def test_pdf_carries_odd_text_literally(built):
    text = _pdf_text(built["pdf"])
    assert "{{ unit_name }} {% for x in y %}{{ x }}{% endfor %}" in text
    assert '=HYPERLINK("http://vi-du.example","Bấm vào đây")' in text
    assert "<w:p>&amp; </w:t>]]>" in text
    assert ODD["emoji"] in text  # drawn with the bundled emoji font
    assert _whole_long_text(text, built["pdf"])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/setup")
def test_libreoffice_opens_the_docx(built, tmp_path):
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(built["docx"]),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = _pdf_text(tmp_path / "bao-cao.pdf")
    assert "{{ unit_name }}" in text and "=HYPERLINK(" in text
    assert _whole_long_text(text, tmp_path / "bao-cao.pdf")


def test_xlsx_export_writes_formula_like_text_as_text(built):
    wb = load_workbook(built["xlsx"])
    sheet = wb.active
    titles = {row[3].value: row[3] for row in sheet.iter_rows(min_row=2)}
    cell = titles[ODD["formula"]]
    assert cell.data_type == "s"  # a string, not a formula
    assert titles[ODD["template"]].data_type == "s"
    assert ODD["emoji"] in titles and ODD["right to left"] in titles
    assert date(2023, 5, 1).strftime("%d/%m/%Y") in [r[0].value for r in sheet.iter_rows(min_row=2)]
