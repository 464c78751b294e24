"""Make the built-in report template, report_templates/bao-cao-don-vi.docx.

    python -m desktop.reports.make_template [OUT.docx]

The template is an ordinary Word document: page set-up, named styles (CDS...)
for every element of the official format, the fixed sentences, and
placeholders such as ``{{ unit_name }}`` that the app fills. A unit may copy
it and edit the wording or the styles in Word or LibreOffice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt
from lxml import etree

from ..paths import asset
from .fonts import text_width
from .model import (
    ADDRESSEE_LINE,
    CLOSING,
    HEADER_DISTANCE_MM,
    HEADER_LEFT_MM,
    HEADER_RIGHT_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    MOTTO,
    NATION,
    NUMBER_LINE,
    OPENING,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RECIPIENTS_HEAD,
    SIGN_SPACE_LINES,
    SIGNATURE_GAP_PT,
    STYLE_SPECS,
    TEXT_WIDTH_MM,
    TITLE,
    Style,
)
from .ooxml import PPR_ORDER, TBLPR_ORDER, parse_fragment, put_child, set_fonts, twips, w

DEFAULT_TEMPLATE = ("report_templates", "bao-cao-don-vi.docx")

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def default_template_path() -> Path:
    return asset(*DEFAULT_TEMPLATE)


def ph(name: str) -> str:
    return "{{ " + name + " }}"


def _sentence(sentence: str) -> str:
    """A fixed sentence with its fields turned into placeholders."""
    return sentence.format_map(_Placeholders())


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return ph(key)


def _fonts_everywhere(doc) -> None:
    styles = doc.styles.element
    defaults = styles.find(w("docDefaults"))
    rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
    set_fonts(rpr)
    lang = rpr.find(w("lang"))
    if lang is None:
        lang = etree.SubElement(rpr, w("lang"))
    lang.set(w("val"), "vi-VN")
    lang.set(w("eastAsia"), "vi-VN")
    for style_rpr in styles.iter(w("rPr")):
        if style_rpr.find(w("rFonts")) is not None:
            set_fonts(style_rpr)


def _add_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    set_fonts(normal.element.get_or_add_rPr())
    # One body style carries the font; every other CDS style is based on it,
    # so changing the body style's font changes the whole report.
    body = None
    for style_id, spec in STYLE_SPECS.items():
        st = doc.styles.add_style(str(style_id), WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = normal if body is None else body
        st.quick_style = True
        st.font.size = Pt(spec.size)
        st.font.bold = spec.bold
        st.font.italic = spec.italic
        if body is None:
            set_fonts(st.element.get_or_add_rPr())
            body = st
        pf = st.paragraph_format
        pf.alignment = _ALIGN[spec.align]
        pf.first_line_indent = Mm(spec.first_line_mm) if spec.first_line_mm else Mm(0)
        pf.left_indent = Mm(0)
        pf.right_indent = Mm(0)
        pf.space_before = Pt(spec.space_before)
        pf.space_after = Pt(spec.space_after)
        pf.keep_with_next = spec.keep_with_next
        pf.widow_control = True
        if style_id in (Style.RULE, Style.SHORT_RULE):
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(spec.size)
            put_child(
                st.element.get_or_add_pPr(),
                parse_fragment(
                    '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr>'
                )[0],
                PPR_ORDER,
            )
        else:
            pf.line_spacing = spec.line_spacing


def _set_page(section, landscape: bool = False) -> None:
    long, short = Mm(PAGE_HEIGHT_MM), Mm(PAGE_WIDTH_MM)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.top_margin = Mm(MARGIN_TOP_MM)
    section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
    section.left_margin = Mm(MARGIN_LEFT_MM)
    section.right_margin = Mm(MARGIN_RIGHT_MM)
    section.header_distance = Mm(HEADER_DISTANCE_MM)
    section.footer_distance = Mm(HEADER_DISTANCE_MM)
    section.gutter = Mm(0)


def _page_number_header(section) -> None:
    """Page number centred in the header from page 2; page 1 has none."""
    section.different_first_page_header_footer = True
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.style = str(Style.PAGE_NUMBER)
    rpr = ""
    for el in parse_fragment(
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>2</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    ):
        p._p.append(el)
    first = section.first_page_header
    first.is_linked_to_previous = False
    first.paragraphs[0].style = str(Style.PAGE_NUMBER)


def _borderless_table(doc, rows: int, widths_mm: tuple[float, float], top_pt: float = 0):
    table = doc.add_table(rows=rows, cols=2)
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    for el in parse_fragment(
        "<w:tblBorders>"
        + "".join(
            f'<w:{edge} w:val="nil"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + "</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="{round(top_pt * 20)}" w:type="dxa"/>'
        '<w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
    ):
        put_child(tbl_pr, el, TBLPR_ORDER)
    for tag in ("tblStyle", "tblLook"):
        el = tbl_pr.find(w(tag))
        if el is not None:
            tbl_pr.remove(el)
    width = tbl_pr.find(w("tblW"))
    width.set(w("type"), "dxa")
    width.set(w("w"), str(twips(sum(widths_mm))))
    for i, col in enumerate(table.columns):
        col.width = Mm(widths_mm[i])
        for cell in col.cells:
            cell.width = Mm(widths_mm[i])
    return table


def _cell_paragraphs(cell, items: list[tuple[str, Style]]) -> None:
    first = True
    for text, style in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.style = str(style)
        if text:
            _run(p, text)


def _run(p, text: str) -> None:
    # No font on the run itself: it comes from the style chain (CDSBody).
    p.add_run(text)


def _rule_indent(p, width_pt: float, avail_mm: float) -> None:
    side = max((avail_mm - width_pt * 25.4 / 72) / 2, 0)
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)


def build_template(out: Path) -> None:
    doc = Document()
    _fonts_everywhere(doc)
    _add_styles(doc)
    section = doc.sections[0]
    _set_page(section)
    _page_number_header(section)
    body = doc.element.body
    for p in list(body.iter(w("p"))):
        body.remove(p)

    header = _borderless_table(doc, 2, (HEADER_LEFT_MM, HEADER_RIGHT_MM))
    _cell_paragraphs(
        header.cell(0, 0),
        [
            (ph("governing_body"), Style.GOVERNING),
            (ph("unit_name_upper"), Style.UNIT),
            ("", Style.SHORT_RULE),
        ],
    )
    # Short rules get their width from the filled text; a third of the column
    # shows in the template itself.
    _rule_indent(header.cell(0, 0).paragraphs[2], HEADER_LEFT_MM / 3 * 72 / 25.4, HEADER_LEFT_MM)
    _cell_paragraphs(
        header.cell(0, 1), [(NATION, Style.NATION), (MOTTO, Style.MOTTO), ("", Style.RULE)]
    )
    motto_spec = STYLE_SPECS[Style.MOTTO]
    _rule_indent(
        header.cell(0, 1).paragraphs[2],
        text_width(MOTTO, motto_spec.size, bold=True),
        HEADER_RIGHT_MM,
    )
    _cell_paragraphs(header.cell(1, 0), [(_sentence(NUMBER_LINE), Style.NUMBER)])
    _cell_paragraphs(header.cell(1, 1), [(ph("place_date"), Style.PLACE_DATE)])

    for text, style in (
        (TITLE, Style.TITLE),
        (ph("subject"), Style.SUBJECT),
        ("", Style.SHORT_RULE),
        (_sentence(ADDRESSEE_LINE), Style.ADDRESSEE),
        (_sentence(OPENING), Style.BODY),
        (ph("body"), Style.BODY),
        (_sentence(CLOSING), Style.BODY),
    ):
        p = doc.add_paragraph(style=str(style))
        if text:
            _run(p, text)
        elif style == Style.SHORT_RULE:
            _rule_indent(p, TEXT_WIDTH_MM / 6 * 72 / 25.4, TEXT_WIDTH_MM)

    sign = _borderless_table(doc, 1, (HEADER_LEFT_MM, HEADER_RIGHT_MM), SIGNATURE_GAP_PT)
    _cell_paragraphs(
        sign.cell(0, 0),
        [(RECIPIENTS_HEAD, Style.RECIPIENTS_HEAD), (ph("recipients"), Style.RECIPIENT)],
    )
    _cell_paragraphs(
        sign.cell(0, 1),
        [
            (ph("signer_authority"), Style.SIGN_TITLE),
            (ph("signer_title"), Style.SIGN_TITLE),
            *[("", Style.SIGN_SPACE)] * SIGN_SPACE_LINES,
            (ph("signer_name"), Style.SIGN_NAME),
        ],
    )
    p = doc.add_paragraph(style=str(Style.BODY))
    _run(p, ph("appendices"))
    core = doc.core_properties
    core.title = "Báo cáo kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số"
    core.author = ""
    core.comments = "Mẫu báo cáo theo Nghị định 30/2020/NĐ-CP"
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0]) if argv else default_template_path()
    build_template(out)
    print(f"{out} ({TEXT_WIDTH_MM:g} mm text width)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
