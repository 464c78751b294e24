"""The report as a PDF (reportlab), laid out as the built-in template.

A4 with the decree's margins, Times New Roman (or Liberation Serif) embedded,
page numbers centred in the header from page 2, each appendix numbered from 1
on its own pages (landscape where the appendix asks), appendix header rows
repeated on every page. Text stays selectable and searchable.

Large tables are drawn by `GridTable`, a flowable that wraps cell text with
the font's metrics and draws rows directly: a reportlab `Table` of 20,000
rows of Paragraphs would take minutes. Long paragraphs are set in pieces
(`pdf_text`); the header's and the signature's columns, when a value in them
would not fit on a page, are set one after the other, whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Indenter,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from .. import __version__
from ..collector import collector_paused
from ..files import atomic_path
from .fonts import (
    draw_runs,
    drawable,
    fit_header,
    font_name,
    register_fonts,
    run_markup,
    short_rule_width,
    string_width,
)
from .model import (
    HEADER_DISTANCE_MM,
    HEADER_LEFT_MM,
    HEADER_RIGHT_MM,
    MARGIN_BOTTOM_MM,
    MARGIN_LEFT_MM,
    MARGIN_RIGHT_MM,
    MARGIN_TOP_MM,
    SHORT_RULE_SHARE,
    SIGN_SPACE_LINES,
    SIGNATURE_GAP_PT,
    Block,
    Para,
    ReportDocument,
    Style,
    StyleSpec,
    Table,
)
from .pdf_text import paragraphs, wrap_cell

# Word's "single" line of Times New Roman is about 1.15 of the font size.
_SINGLE_LINE = 1.15
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
# Cell margins as in the DOCX tables: 57 twips left and right, Word's
# line box above and below (about 1 pt here).
CELL_PAD_X = 57 / 20
CELL_PAD_Y = 1.0
RULE_THICKNESS = 0.75


def paragraph_style(style: str, styles: Mapping[str, StyleSpec]) -> ParagraphStyle:
    return _paragraph_style(str(style), styles[Style(style)])


@cache
def _paragraph_style(style: str, spec: StyleSpec) -> ParagraphStyle:
    return ParagraphStyle(
        style,
        fontName=font_name(spec.bold, spec.italic),
        fontSize=spec.size,
        leading=spec.size * _SINGLE_LINE * spec.line_spacing,
        alignment=_ALIGN[spec.align],
        firstLineIndent=spec.first_line_mm * mm,
        spaceBefore=spec.space_before,
        spaceAfter=spec.space_after,
        keepWithNext=int(spec.keep_with_next),
        splitLongWords=1,
    )


def para(text: str, style: str, styles: Mapping[str, StyleSpec], width: float) -> list[Flowable]:
    """Officer text in a column `width` wide: escaped (never markup), the
    fallback fonts where the style's font has no glyph, without what no font
    can draw, line breaks kept; a long one in pieces that look as one."""
    return paragraphs(text, paragraph_style(style, styles), width)


class GridTable(Flowable):
    """A table with grid lines whose header row repeats on every page.

    Cell text is wrapped once, up front; splitting a page is a binary search
    on the rows' cumulative heights, so the work grows with the number of rows.
    """

    def __init__(
        self,
        table: Table | None,
        width: float,
        max_height: float,
        styles: Mapping[str, StyleSpec] | None = None,
        _shared: dict | None = None,
        _start: int = 0,
        _end: int | None = None,
    ):
        super().__init__()
        self._shared = _shared or self._prepare(table, width, max_height, styles)
        self._start = _start
        self._end = len(self._shared["rows"]) if _end is None else _end
        self.width = width

    @staticmethod
    def _prepare(
        table: Table, width: float, max_height: float, styles: Mapping[str, StyleSpec]
    ) -> dict:
        total = sum(c.width for c in table.columns)
        widths = [width * c.width / total for c in table.columns]
        head = styles[Style.TABLE_HEAD]
        body = styles[Style.TABLE_TEXT]
        head_font, body_font = font_name(bold=True), font_name()
        head_lead = head.size * _SINGLE_LINE
        body_lead = body.size * _SINGLE_LINE
        inner = [w_ - 2 * CELL_PAD_X for w_ in widths]
        head_lines = [
            wrap_cell(drawable(c.title), head_font, head.size, iw)
            for c, iw in zip(table.columns, inner, strict=True)
        ]
        head_h = max(len(x) for x in head_lines) * head_lead + 2 * CELL_PAD_Y
        # A row never taller than a page: longer cells continue on a next row.
        max_lines = max(int((max_height - head_h - 2 * CELL_PAD_Y) // body_lead), 1)
        rows: list[list[list[str]]] = []
        for row in table.rows:
            cells = [
                wrap_cell(drawable(v), body_font, body.size, iw) if v else []
                for v, iw in zip(row, inner, strict=True)
            ]
            longest = max((len(c) for c in cells), default=0)
            for first in range(0, max(longest, 1), max_lines):
                rows.append([c[first : first + max_lines] for c in cells])
        heights = [
            max(max((len(c) for c in r), default=0), 1) * body_lead + 2 * CELL_PAD_Y for r in rows
        ]
        cumulative = [0.0]
        for h in heights:
            cumulative.append(cumulative[-1] + h)
        xs = [0.0]
        for w_ in widths:
            xs.append(xs[-1] + w_)
        return {
            "widths": widths,
            "xs": xs,
            "aligns": [c.align for c in table.columns],
            "head_lines": head_lines,
            "head_h": head_h,
            "rows": rows,
            "cum": cumulative,
            "head_font": head_font,
            "body_font": body_font,
            "head_size": head.size,
            "body_size": body.size,
            "head_lead": head_lead,
            "body_lead": body_lead,
        }

    def _height(self, start: int, end: int) -> float:
        cum = self._shared["cum"]
        return self._shared["head_h"] + cum[end] - cum[start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.height = self._height(self._start, self._end)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        cum = self._shared["cum"]
        room = avail_height - self._shared["head_h"] + cum[self._start]
        end = bisect.bisect_right(cum, room) - 1
        if end <= self._start:
            return []
        if end >= self._end:
            return [self]
        return [
            GridTable(None, self.width, 0, None, self._shared, self._start, end),
            GridTable(None, self.width, 0, None, self._shared, end, self._end),
        ]

    def draw(self) -> None:
        s = self._shared
        canv = self.canv
        xs, widths, aligns = s["xs"], s["widths"], s["aligns"]
        top = self.height
        canv.setLineWidth(0.5)
        text = canv.beginText()
        y = top
        text.setFont(s["head_font"], s["head_size"])
        self._draw_row(
            text,
            s["head_lines"],
            ["center"] * len(widths),
            y,
            s["head_lead"],
            s["head_font"],
            s["head_size"],
        )
        y -= s["head_h"]
        lines_y = [top, y]
        text.setFont(s["body_font"], s["body_size"])
        cum = s["cum"]
        for i in range(self._start, self._end):
            self._draw_row(
                text, s["rows"][i], aligns, y, s["body_lead"], s["body_font"], s["body_size"]
            )
            y -= cum[i + 1] - cum[i]
            lines_y.append(y)
        canv.drawText(text)
        path = canv.beginPath()
        for ly in lines_y:
            path.moveTo(0, ly)
            path.lineTo(xs[-1], ly)
        for x in xs:
            path.moveTo(x, top)
            path.lineTo(x, y)
        canv.drawPath(path, stroke=1, fill=0)

    def _draw_row(self, text, cells, aligns, top, lead, font, size) -> None:
        xs, widths = self._shared["xs"], self._shared["widths"]
        baseline0 = top - CELL_PAD_Y - size * 0.9
        for col, lines in enumerate(cells):
            align = aligns[col]
            for n, line in enumerate(lines):
                y = baseline0 - n * lead
                if align == "left":
                    x = xs[col] + CELL_PAD_X
                else:
                    lw = string_width(line, font, size)
                    if align == "right":
                        x = xs[col] + widths[col] - CELL_PAD_X - lw
                    else:
                        x = xs[col] + (widths[col] - lw) / 2
                text.setTextOrigin(x, y)
                draw_runs(text, line, font, size)


# Styles whose paragraphs make the PDF's outline, with their level.
OUTLINE_LEVELS = {
    str(Style.HEADING1): 0,
    str(Style.HEADING2): 1,
    str(Style.APPENDIX_LABEL): 0,
}


class _Report(BaseDocTemplate):
    """Page templates: the first page without a number, then numbered pages;
    each appendix starts a count of its own."""

    def __init__(self, filename: str, page_number: StyleSpec, **kw):
        super().__init__(filename, **kw)
        self.section_start = 1
        self.page_number_spec = page_number
        templates = []
        for orient, size in (("P", A4), ("L", landscape(A4))):
            page_w, page_h = size
            frame = Frame(
                MARGIN_LEFT_MM * mm,
                MARGIN_BOTTOM_MM * mm,
                page_w - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm,
                page_h - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"frame{orient}",
            )
            templates += [
                PageTemplate(
                    f"first{orient}",
                    [frame],
                    onPage=self._start_section,
                    pagesize=size,
                    autoNextPageTemplate=f"later{orient}",
                ),
                PageTemplate(f"later{orient}", [frame], onPage=self._page_number, pagesize=size),
            ]
        self.addPageTemplates(templates)

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab name)
        """Headings and appendices in the PDF's outline (its bookmarks)."""
        style = getattr(getattr(flowable, "style", None), "name", "")
        level = OUTLINE_LEVELS.get(style)
        if level is None:
            return
        text = flowable.getPlainText().replace("\n", " ").strip()
        if not text:
            return
        self._outline_count = getattr(self, "_outline_count", 0) + 1
        key = f"muc{self._outline_count}"
        self.canv.bookmarkPage(key)
        # An entry one level deeper than the last one (a heading right after
        # an appendix's label) is allowed; deeper jumps are not.
        level = min(level, getattr(self, "_outline_level", -1) + 1)
        self._outline_level = level
        self.canv.addOutlineEntry(text, key, level=level, closed=False)

    def _start_section(self, canv, doc) -> None:
        self.section_start = canv.getPageNumber()

    def _page_number(self, canv, doc) -> None:
        number = canv.getPageNumber() - self.section_start + 1
        page_w, page_h = canv._pagesize
        spec = self.page_number_spec
        canv.setFont(font_name(), spec.size)
        x = MARGIN_LEFT_MM * mm + (page_w - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm) / 2
        canv.drawCentredString(x, page_h - HEADER_DISTANCE_MM * mm - spec.size * 0.9, str(number))


class Rule(Flowable):
    """A centred solid line (the rules under the unit, the motto and the subject)."""

    def __init__(self, width: float):
        super().__init__()
        self.width = width
        self.height = 5.0
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setLineWidth(RULE_THICKNESS)
        # Drawn at the bottom, as Word draws a paragraph's bottom border: the
        # line sits a few points below the text above.
        self.canv.line(0, 1.0, self.width, 1.0)


def _rule(
    text: str,
    style: str,
    avail: float,
    styles: Mapping[str, StyleSpec],
    share: float = SHORT_RULE_SHARE,
) -> Rule:
    spec = styles[Style(style)]
    return Rule(short_rule_width(text, spec.size, spec.bold, avail, share))


def _header_lines(
    text: str, style: Style, avail: float, styles: Mapping[str, StyleSpec]
) -> tuple[Paragraph, str]:
    """A header line broken (and if need be set smaller or cut) as the DOCX
    sets it, and its text as set (for the rule under it)."""
    spec = styles[style]
    fit = fit_header(drawable(text), spec.size, avail, spec.bold)
    pstyle = paragraph_style(style, styles)
    if fit.shrunk:
        pstyle = ParagraphStyle(
            pstyle.name,
            parent=pstyle,
            fontSize=fit.size,
            leading=fit.size * _SINGLE_LINE * spec.line_spacing,
        )
    markup_lines = "<br/>".join(run_markup(x, pstyle.fontName) for x in fit.lines)
    return Paragraph(markup_lines, pstyle), "\n".join(fit.lines)


def _borderless(cells: list[list], widths: Sequence[float], top: float = 0) -> RLTable:
    table = RLTable(cells, colWidths=list(widths))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # An empty cell would be set in the table's default font
                # (Helvetica, not embedded): the report's font instead.
                ("FONTNAME", (0, 0), (-1, -1), font_name()),
                # Paragraphs fill their cell; the short rules under the unit
                # and the motto are centred in it, as in the DOCX.
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _columns(
    rows: list[list[list[Flowable]]],
    widths: Sequence[float],
    max_height: float,
    top: float = 0,
) -> list[Flowable]:
    """Borderless table rows as wide as the frame; a row with a cell that
    would not fit on a page (a number or a name pasted thousands of times,
    thousands of recipients) as its cells one after the other, each in its
    own column: a table row cannot go on to the next page, and the text is
    kept whole."""
    room = max_height - top - 1  # the row's padding, and a point to spare
    out: list[Flowable] = []
    table: list[list[list[Flowable]]] = []
    total = sum(widths)
    for row in rows:
        if all(_fits(cell, w, room) for cell, w in zip(row, widths, strict=True)):
            table.append(row)
            continue
        if table:
            out.append(_borderless(table, widths, top))
            table = []
        out += [Spacer(1, top)] if top else []
        x = 0.0
        for cell, w in zip(row, widths, strict=True):
            out += [Indenter(x, total - x - w), *cell, Indenter(-x, -(total - x - w))]
            x += w
    if table:
        out.append(_borderless(table, widths, top))
    return out


def _fits(cell: list[Flowable], width: float, max_height: float) -> bool:
    height = 0.0
    for flowable in cell:
        height += flowable.wrap(width, max_height)[1]
        height += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        if height > max_height:
            return False
    return True


def _blocks(
    blocks: Sequence[Block], width: float, max_height: float, styles: Mapping[str, StyleSpec]
) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, Para):
            out += para(block.text, block.style, styles, width)
        else:
            out.append(GridTable(block, width, max_height, styles))
    return out


def story(report: ReportDocument) -> list[Flowable]:
    """The flowables of a described report: the frame's texts and styles
    come from the template, the content from the builder."""
    frame = report.frame
    styles = report.styles

    left, right = HEADER_LEFT_MM * mm, HEADER_RIGHT_MM * mm
    text_w = left + right

    def p(text: str, style: Style, width: float = text_w) -> list[Flowable]:
        return para(text, style, styles, width)

    page_h = A4[1] - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * mm
    left_top = []
    governing = frame.first(Style.GOVERNING)
    if governing.strip():
        left_top.append(_header_lines(governing, Style.GOVERNING, left, styles)[0])
    unit_para, unit = _header_lines(frame.first(Style.UNIT), Style.UNIT, left, styles)
    left_top += [unit_para, _rule(unit, Style.UNIT, left, styles)]
    motto = frame.first(Style.MOTTO)
    right_top = [
        *p(frame.first(Style.NATION), Style.NATION, right),
        *p(motto, Style.MOTTO, right),
        _rule(motto, Style.MOTTO, right, styles, share=1.0),
    ]
    subject = frame.first(Style.SUBJECT)
    number = p(frame.first(Style.NUMBER), Style.NUMBER, left)
    place_date = p(frame.first(Style.PLACE_DATE), Style.PLACE_DATE, right)
    flow = _columns([[left_top, right_top], [number, place_date]], (left, right), page_h)
    flow += [
        *p(frame.first(Style.TITLE), Style.TITLE),
        *p(subject, Style.SUBJECT),
        _rule(subject, Style.SUBJECT, text_w, styles),
        *p(frame.first(Style.ADDRESSEE), Style.ADDRESSEE),
    ]
    for text in frame.opening:
        flow += p(text, Style.BODY)
    flow += _blocks(report.body, text_w, page_h, styles)
    closing = [p(text, Style.BODY) for text in frame.closing]
    for paragraph in closing[:-1]:
        flow += paragraph
    sign_right: list[Flowable] = []
    for text in frame.lines(Style.SIGN_TITLE):
        if text.strip():
            sign_right += p(text, Style.SIGN_TITLE, right)
    sign_right.append(Spacer(1, SIGN_SPACE_LINES * styles[Style.SIGN_SPACE].size * _SINGLE_LINE))
    sign_right += p(frame.first(Style.SIGN_NAME), Style.SIGN_NAME, right)
    sign_left = p(frame.first(Style.RECIPIENTS_HEAD), Style.RECIPIENTS_HEAD, left)
    for line in report.recipients:
        sign_left += p(line, Style.RECIPIENT, left)
    # The signature block never stands alone on a page: the closing sentence
    # goes with it.
    signature = _columns([[sign_left, sign_right]], (left, right), page_h, SIGNATURE_GAP_PT)
    flow.append(KeepTogether([*(closing[-1] if closing else []), *signature]))
    for appendix in report.appendices:
        orient = "L" if appendix.landscape else "P"
        size = landscape(A4) if appendix.landscape else A4
        width = size[0] - (MARGIN_LEFT_MM + MARGIN_RIGHT_MM) * mm
        height = size[1] - (MARGIN_TOP_MM + MARGIN_BOTTOM_MM) * mm
        flow += [
            NextPageTemplate(f"first{orient}"),
            PageBreak(),
            *p(appendix.label, Style.APPENDIX_LABEL, width),
            *p(appendix.title, Style.APPENDIX_TITLE, width),
            *p(appendix.note, Style.APPENDIX_NOTE, width),
        ]
        flow += _blocks(appendix.blocks, width, height, styles)
    return flow


def render_pdf(report: ReportDocument, out: Path, check: Callable[[], None] | None = None) -> Path:
    """Draw a described `report` into `out` as it is: the caller makes the
    write atomic. `check` is called between steps (it may raise to cancel)."""
    if report.frame is None:
        raise ValueError("the report has not been described by a template")
    from .template import printable_document

    report = printable_document(report)
    info = register_fonts()
    with collector_paused():
        flow = story(report)
        if check:
            check()
        # One line of plain spaces in the properties (the subject's last
        # words are bound for the page only).
        subject = " ".join(report.fields.get("subject", "").split())
        doc = _Report(
            str(out),
            report.styles[Style.PAGE_NUMBER],
            pagesize=A4,
            title=subject,
            author=report.fields.get("unit_name", ""),
            subject=f"Báo cáo: {subject}",
            creator=f"Báo cáo CĐS {__version__}",
            producer=f"Báo cáo CĐS {__version__} (ReportLab, phông {info.source})",
            lang="vi-VN",
            leftMargin=MARGIN_LEFT_MM * mm,
            rightMargin=MARGIN_RIGHT_MM * mm,
            topMargin=MARGIN_TOP_MM * mm,
            bottomMargin=MARGIN_BOTTOM_MM * mm,
            # Otherwise every page names Helvetica, a font that is not embedded.
            initialFontName=font_name(),
            initialFontSize=14,
        )
        doc.build(flow)
    return out


def write_pdf(
    report: ReportDocument, out: Path | str, check: Callable[[], None] | None = None
) -> Path:
    """Draw a described `report` into `out`, written whole or not at all."""
    out = Path(out)
    with atomic_path(out) as tmp:
        render_pdf(report, tmp, check)
    return out
