"""Plans whose numbers come from Word's automatic numbering: the task codes
exist only through numbering.xml, and the reader must get them as Word shows
them (and in Vietnamese letters where the plan letters its points so)."""

from __future__ import annotations

from datetime import date

import plan_documents as docs
import pytest
from lxml import etree

from desktop.domain.plan_reader import read_plan_text
from desktop.io.docx_numbering import Numbering, format_number, letter
from desktop.io.plan_document import read_document_lines

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(xml: str, styles: str = "") -> Numbering:
    root = etree.fromstring(f"<w:numbering {NS}>{xml}</w:numbering>")
    style_root = etree.fromstring(f"<w:styles {NS}>{styles}</w:styles>")
    return Numbering(root, style_root)


def _p(num: str | None = None, ilvl: int | None = None, style: str | None = None):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        lvl = "" if ilvl is None else f'<w:ilvl w:val="{ilvl}"/>'
        ppr += f'<w:numPr>{lvl}<w:numId w:val="{num}"/></w:numPr>'
    return etree.fromstring(f"<w:p {NS}><w:pPr>{ppr}</w:pPr></w:p>")


def _lvl(ilvl: int, fmt: str, text: str, start: int = 1, extra: str = "") -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def test_levels_count_restart_and_show_their_pattern():
    n = _numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "upperRoman", "%1.", start=3)
        + _lvl(1, "decimal", "%2.")
        + _lvl(2, "decimal", "%2.%3.")
        + _lvl(3, "lowerLetter", "%4)")
        + "</w:abstractNum>"
        '<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>'
    )
    labels = [n.label(_p("5", lvl)) for lvl in (0, 1, 2, 2, 1, 3, 3, 3, 3, 3, 0, 1, 2, 3)]
    assert labels == [
        "III.",
        "1.",
        "1.1.",
        "1.2.",
        "2.",
        "a)",
        "b)",
        "c)",
        "d)",
        "e)",  # as Word shows it
        "IV.",
        "1.",  # restarted under the new section
        "1.1.",
        "a)",
    ]
    assert n.label(_p()) == "" and n.label(_p("0", 0)) == "" and n.label(_p("99", 0)) == ""


def test_a_restarted_list_a_never_restarting_level_legal_numbers_and_styles():
    n = _numbering(
        '<w:abstractNum w:abstractNumId="1">' + _lvl(0, "lowerLetter", "%1)") + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="2">'
        + _lvl(0, "decimal", "%1.")
        + _lvl(1, "lowerRoman", "%1.%2", extra='<w:lvlRestart w:val="0"/><w:isLgl/>')
        + "</w:abstractNum>"
        '<w:abstractNum w:abstractNumId="3">' + _lvl(0, "bullet", "\u2022") + "</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>',
        styles='<w:style w:type="paragraph" w:styleId="Gach"><w:pPr><w:numPr>'
        '<w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="GachNho"><w:basedOn w:val="Gach"/></w:style>',
    )
    assert [n.label(_p("1", 0)) for _ in range(3)] == ["a)", "b)", "c)"]
    # "Restart at a": a new w:num with a start override counts on its own.
    assert [n.label(_p("2", 0)) for _ in range(2)] == ["a)", "b)"]
    # Legal numbering shows the upper level in decimal; level 2 never restarts.
    assert [n.label(_p("3", lvl)) for lvl in (0, 1, 1, 0, 1)] == [
        "1.",
        "1.i",
        "1.ii",
        "2.",
        "2.iii",
    ]
    assert n.label(_p(style="GachNho")) == "-"  # a bullet, through the style's base


def test_letters_in_word_and_vietnamese_order_and_bounds():
    assert [letter(i, "abcdefghijklmnopqrstuvwxyz") for i in (1, 5, 26, 27)] == [
        "a",
        "e",
        "z",
        "aa",
    ]
    assert [format_number(i, "lowerLetter", True) for i in range(1, 9)] == list("abcdđegh")
    assert format_number(5, "upperLetter", True) == "Đ"
    assert format_number(24, "lowerLetter", True) == "aa"
    assert format_number(4, "upperRoman", False) == "IV"
    assert format_number(9, "lowerRoman", False) == "ix"
    assert format_number(7, "decimalZero", False) == "07"
    assert format_number(10**9, "upperRoman", False) == str(10**9)
    assert format_number(10**9, "lowerLetter", False) == str(10**9)
    hostile = _numbering(
        '<w:abstractNum w:abstractNumId="0">'
        + _lvl(0, "decimal", "%1" * 5000, start=10**12)
        + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    assert hostile.label(_p("1", 0)) == str(10**12) * 20  # the pattern cut to 40 characters


def _proposal(path, year):
    return read_plan_text(read_document_lines(path), year)


def test_a_plan_numbered_by_word_is_read_with_its_codes(tmp_path):
    path = docs.write_numbered_docx(
        tmp_path / "kh-2026.docx", docs.PLAN_2026_HEADER, docs.PLAN_2026
    )
    text = "\n".join(line.text for line in read_document_lines(path))
    assert "III. NHIỆM VỤ VÀ HÌNH THỨC TRUYỀN THÔNG" in text
    assert "1.1. Thực hiện chuyên mục Chuyển đổi số" in text
    assert "- Tần suất: 02 số/tuần." in text
    # Without the numbering, the same document has no codes at all.
    from docx import Document

    raw = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "1.1. Thực hiện" not in raw and "III. NHIỆM VỤ" not in raw
    proposal = _proposal(path, 2026)
    got = {
        t.code: (t.target, t.due_start.isoformat(), t.due_end.isoformat(), t.per_unit)
        for t in proposal.targets
    }
    assert got == docs.EXPECTED_2026
    assert proposal.consolidator == "Sở Khoa học và Công nghệ"
    assert proposal.report_deadline == date(2026, 11, 25)
    leads = {t.code: t.lead_units for t in proposal.targets}
    assert leads["III.1.3"] == ("Văn phòng UBND tỉnh",)


@pytest.mark.parametrize(
    ("typed_point", "codes"),
    [
        # Nothing in the plan letters its points in Vietnamese: as Word shows them.
        (False, ["III.2.a", "III.2.b", "III.2.c", "III.2.d", "III.2.e", "III.2.f", "III.2.g"]),
        # The plan types "đ)" elsewhere: its automatic letters are Vietnamese too.
        (True, ["III.2.a", "III.2.b", "III.2.c", "III.2.d", "III.2.đ", "III.2.e", "III.2.g"]),
    ],
)
def test_lettered_tasks_numbered_by_word(tmp_path, typed_point, codes):
    paragraphs = docs.lettered_plan_2027(typed_point)
    path = docs.write_numbered_docx(
        tmp_path / "kh-2027.docx", docs.PLAN_2027_HEADER, paragraphs, keep_typed=("II.",)
    )
    proposal = _proposal(path, 2027)
    assert [t.code for t in proposal.targets] == ["III.1", *codes]
    assert [t.target for t in proposal.targets] == [1, 52, 12, 24, 180, 4, 6, 2]
    assert [t.measure for t in proposal.targets][4:6] == ["tin, bài", "hội nghị"]
    windows = [(t.due_start, t.due_end) for t in proposal.targets]
    assert windows[0] == (date(2027, 1, 1), date(2027, 3, 31))
    assert windows[1] == (date(2027, 1, 1), date(2027, 12, 31))
    assert windows[5] == (date(2027, 7, 1), date(2027, 9, 30))
    assert windows[7] == (date(2027, 1, 1), date(2027, 6, 30))
    assert proposal.targets[1].lead_units == ("Báo và Phát thanh, Truyền hình Quảng Ngãi",)
    assert proposal.targets[0].lead_units == ("Sở Khoa học và Công nghệ",)
    assert len(proposal.themes) == 5
    assert proposal.number == "12/KH-UBND"
    assert proposal.report_deadline == date(2027, 12, 1)
    assert proposal.consolidator == "Sở Khoa học và Công nghệ"


def test_a_pdf_printed_from_word_numbering_loses_the_tab_after_a_roman_number():
    """Printed from Word or LibreOffice, "II.<tab>NỘI DUNG" comes out of the
    PDF's text layer as "II.NỘI DUNG": still a section."""
    import re

    squeezed = [re.sub(r"^([IVX]+)\. ", r"\1.", t) for t in docs.PLAN_2026]
    assert "III.NHIỆM VỤ VÀ HÌNH THỨC TRUYỀN THÔNG" in squeezed
    proposal = read_plan_text(docs.source_lines(docs.PLAN_2026_HEADER, squeezed), 2026)
    assert {t.code: t.target for t in proposal.targets} == {
        code: v[0] for code, v in docs.EXPECTED_2026.items()
    }
    assert len(proposal.themes) == 4
    assert proposal.report_deadline == date(2026, 11, 25)
