"""Long text in the PDF: a texts file of one very long word (accepted under
the file's size limit), a very long paragraph, an activity title of a whole
page pasted many times. reportlab broke a paragraph's lines again for every
page and the table cells cut a long word by measuring ever longer prefixes,
so such a report took minutes (the fuzzer's 1.5 MB word: more than 90 s).
Here the inputs are small; what is checked is that the PDF is written, the
text all there, in order, broken across lines, and laid out as before."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date

import pytest
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from test_report import make_workspace

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.reports import context as rc
from desktop.reports.context import build_unit_report
from desktop.reports.fonts import balanced_lines, drawable, fit_header, font_name, text_width
from desktop.reports.pdf_text import CHUNK_CHARS, markup, paragraphs, wrap_cell
from desktop.reports.pipeline import write_report

GAPS = re.compile(r"\s+")


def long_word(n: int) -> str:
    """A word with no space whose every stretch is different (a piece lost or
    out of order would show)."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[(i * 7 + i // 26) % 26] for i in range(n))


def numbered_words(n: int) -> str:
    return " ".join(f"từ{i}" for i in range(n))


def pdf_text(path, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def squeezed(text: str) -> str:
    return GAPS.sub("", text)


def body(text: str) -> str:
    """pdftotext's text without the page numbers (the first line of a page
    from page 2 on), squeezed."""
    pages = []
    for page in text.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and lines[0].strip().isdigit():
            lines = lines[1:]
        pages.append("".join(lines))
    return squeezed("".join(pages))


def _cli_report(tmp_path, db, *extra: str):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    args = ["report", "--db", str(db), "--year", "2023", "--out", str(out), "--pdf", str(pdf)]
    assert main([*args, *extra]) == 0
    return pdf


def test_a_texts_file_of_one_long_word_imported_then_reported(tmp_path, capsys):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    word = long_word(40_000)
    texts = tmp_path / "noi-dung.json"
    texts.write_text(json.dumps({rc.CHI_DAO: word}), encoding="utf-8")
    assert main(["texts", "import", "--db", str(db), "--year", "2023", str(texts)]) == 0
    pdf = _cli_report(tmp_path, db)
    capsys.readouterr()
    text = pdf_text(pdf)
    # Whole and in order, broken into lines no wider than the page.
    assert word in body(text)
    pieces = [line for line in text.splitlines() if line and line in word]
    assert len(pieces) > 100
    assert "".join(pieces) == word
    width = (210 - 30 - 17) * 72 / 25.4
    assert all(text_width(line, 14) <= width + 0.01 for line in pieces)


def test_a_long_word_given_with_report_texts_without_importing(tmp_path, capsys):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    word = long_word(25_000)
    texts = tmp_path / "lan-nay.json"
    texts.write_text(json.dumps({rc.UU_DIEM: "Ưu điểm: " + word + " hết."}), encoding="utf-8")
    pdf = _cli_report(tmp_path, db, "--texts", str(texts))
    capsys.readouterr()
    assert f"Ưuđiểm:{word}hết." in body(pdf_text(pdf))


def test_a_long_paragraph_of_words_is_whole_and_in_order(tmp_path):
    words = numbered_words(12_000)
    odd = f"{words} {long_word(9_000)} 😀 kết\nthúc\n\ndòng sau"
    with make_workspace(tmp_path / "dai.cdsdb") as ws:
        unit = ws.units.require_self_unit()
        ws.texts.set_report_texts(unit.id, 2023, {rc.PHUONG_HUONG: odd})
        report = build_unit_report(ws, 2023)
    pdf = write_report(report, pdf=tmp_path / "dai.pdf").pdf
    assert squeezed(odd) in body(pdf_text(pdf))


def test_an_activity_title_of_a_long_word_fills_the_table_rows(tmp_path):
    """A title this long cannot be imported; a workspace file from elsewhere
    may hold one. The appendix's cell is cut line by line, every piece kept."""
    title = long_word(30_000)
    with make_workspace(tmp_path / "dai.cdsdb") as ws:
        unit = ws.units.require_self_unit()
        ws.activities.insert_many(
            [Activity(date(2023, 6, 1), "Tin ngắn", "Tin bài", quantity=1)], unit.id
        )
        ws.conn.execute("UPDATE activities SET title = ? WHERE title = 'Tin ngắn'", (title,))
        report = build_unit_report(ws, 2023)
    pdf = write_report(report, pdf=tmp_path / "dai.pdf").pdf
    # In the order drawn (the cell's lines one after the other, the row's
    # other cells before its first line, the table's head on every page).
    ends = [line.split()[-1] for line in pdf_text(pdf, "-raw").splitlines() if line.strip()]
    pieces = [end for end in ends if re.fullmatch("[a-z]+", end)]
    first = next(i for i, end in enumerate(pieces) if len(end) > 20 and title.startswith(end))
    assert len(pieces) - first > 500
    assert "".join(pieces[first:]).startswith(title)


# -- the pieces themselves --------------------------------------------------------------


def _lines(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 1e9)
    bl = paragraph.blPara
    out = []
    for line in bl.lines:
        words = line[1] if bl.kind == 0 else [getattr(f, "text", "") for f in line.words]
        out.append(" ".join(GAPS.sub(" ", str(w)).strip() for w in words).strip())
    return [GAPS.sub(" ", line) for line in out]


STYLE = ParagraphStyle(
    "body",
    fontName=font_name(),
    fontSize=14,
    leading=16.1,
    firstLineIndent=36,
    alignment=TA_JUSTIFY,
    splitLongWords=1,
)


@pytest.mark.parametrize(
    "text",
    [
        numbered_words(5_000),
        long_word(20_000),
        numbered_words(40) + " " + long_word(12_000) + " " + numbered_words(40),
        "\n".join(numbered_words(i % 90) for i in range(120)),
        "\n\n".join(numbered_words(300) for _ in range(12)),
        " ".join(["ok😀ok", "Nguyễn\u00a0Văn\u00a0An", "&<b>"] * 2_000),
    ],
    ids=["words", "word", "word-among-words", "lines", "blank-lines", "fallback-and-nbsp"],
)
@pytest.mark.parametrize("width", [187.0, 462.0])
def test_a_long_paragraph_in_pieces_breaks_as_one_paragraph(text, width):
    """The pieces end where the whole paragraph's lines end: the same lines,
    in the same order (the page looks as if it were one paragraph)."""
    assert len(text) > CHUNK_CHARS
    pieces = paragraphs(text, STYLE, width)
    assert len(pieces) > 1
    whole = _lines(Paragraph(markup(drawable(text), STYLE.fontName), STYLE), width)
    assert [line for p in pieces for line in _lines(p, width)] == whole
    # Only the first piece indents its first line; spacing only around the whole.
    assert all(p.style.firstLineIndent == 0 for p in pieces[1:])


def test_a_short_paragraph_stays_one_paragraph():
    (only,) = paragraphs("Một đoạn ngắn\nhai dòng.", STYLE, 462)
    assert only.style is STYLE


def test_a_cell_word_is_cut_into_pieces_as_wide_as_the_column():
    font, size, width = font_name(), 11.0, 120.0
    word = long_word(5_000)
    lines = wrap_cell(f"Đầu {word} cuối", font, size, width)
    assert "".join(lines).replace(" ", "") == f"Đầu{word}cuối"
    for line in lines:
        assert pdfmetrics.stringWidth(line, font, size) <= width
    # Every piece of the word as long as fits: one more letter would not.
    inner = [line for line in lines if line in word]
    assert len(inner) > 50
    for line, after in zip(inner, inner[1:], strict=False):
        assert pdfmetrics.stringWidth(line + after[0], font, size) > width


def test_a_cell_of_one_wide_letter_per_line_keeps_every_letter():
    font, size = font_name(), 11.0
    lines = wrap_cell("W" * 50, font, size, 1.0)
    assert lines == ["W"] * 50


def test_a_header_line_of_thousands_of_words_is_not_balanced():
    """Balancing tried every break of the text (minutes for a unit name
    pasted thousands of times); a text wider than two lines never fits two."""
    long = "Sở Thông tin " * 5_000
    assert balanced_lines(long, 13, 187, True) == [long]
    assert balanced_lines("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", 13, 187, True) == [
        "SỞ THÔNG TIN VÀ",
        "TRUYỀN THÔNG",
    ]
    fit = fit_header(long, 13, 187, True)
    assert fit.cut and len(fit.lines) <= 3


def test_a_link_too_wide_for_its_cell_breaks_after_slashes_and_hyphens():
    font, size, width = font_name(), 10.0, 90.0
    link = (
        "https://sokhcn.quangngai.gov.vn/chuyen-doi-so/tin-tuc-su-kien/huong-dan-su-dung-"
        "dich-vu-cong-truc-tuyen-muc-do-toan-trinh-2023-05-05.html"
    )
    lines = wrap_cell(link, font, size, width)
    assert "".join(lines) == link and len(lines) >= 4
    for line in lines:
        assert pdfmetrics.stringWidth(line, font, size) <= width
    # Each line but the last ends where a person would break the link, and
    # is still at least half as wide as what would fit.
    for line in lines[:-1]:
        assert line[-1] in "/-.", line
    assert "tin-tuc-" in "".join(lines[:4]) and not any(line.startswith("uc-") for line in lines)
