"""The report as a document model that both writers (DOCX and PDF) render.

A `ReportDocument` is built by a context builder (`context.build_unit_report`
for one unit; a consolidated report builds its own) and holds:

- `fields`: the inline values of the template's placeholders, by name
  (``{{ unit_name }}`` takes ``fields["unit_name"]``). Values are plain text,
  always inserted literally.
- `body`: the blocks of the report's body, in order (headings, paragraphs,
  tables), placed where the template has ``{{ body }}``.
- `recipients`: the lines of "Nơi nhận" (``{{ recipients }}``).
- `appendices`: each one a new section with its own page numbering
  (``{{ appendices }}`` at the end of the template).

Blocks are `Para` (a paragraph of one `Style`) and `Table` (columns with
relative widths and alignments, header rows repeated on every page, rows of
plain strings). Nothing in the model knows about DOCX or PDF, so a report with
different sections is a different model rendered by the same writers.

The page and type sizes of the official format (Nghị định 30/2020) live here
too so that the template maker, the DOCX writer and the PDF writer agree.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

# -- page (millimetres) -------------------------------------------------------
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 20.0
MARGIN_BOTTOM_MM = 20.0
MARGIN_LEFT_MM = 30.0
MARGIN_RIGHT_MM = 17.0
HEADER_DISTANCE_MM = 10.0
TEXT_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
LANDSCAPE_TEXT_WIDTH_MM = PAGE_HEIGHT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
# Header block and signature block: left and right columns.
# The right column holds the national title at 13 pt bold on one line.
HEADER_RIGHT_MM = 97.0
HEADER_LEFT_MM = TEXT_WIDTH_MM - HEADER_RIGHT_MM
FIRST_LINE_INDENT_MM = 12.7
SPACE_AFTER_PT = 6
LINE_SPACING = 1.15
# A short rule is this share of the text above it (the decree asks 1/3-1/2).
SHORT_RULE_SHARE = 0.4

FONT_NAME = "Times New Roman"


class Style(StrEnum):
    """Paragraph kinds of the body; each is a named style in the template."""

    BODY = "CDSBody"  # justified, first-line indent
    HEADING1 = "CDSHeading1"  # "I. KẾT QUẢ THỰC HIỆN": upper, bold
    HEADING2 = "CDSHeading2"  # "1. Công tác chỉ đạo": bold
    POINT = "CDSPoint"  # "a) ...": regular
    RECIPIENT = "CDSRecipient"  # "- Như trên;" 11 pt
    APPENDIX_LABEL = "CDSAppendixLabel"  # "Phụ lục I"
    APPENDIX_TITLE = "CDSAppendixTitle"
    APPENDIX_NOTE = "CDSAppendixNote"  # "(Kèm theo Báo cáo số ...)"
    TABLE_HEAD = "CDSTableHead"
    TABLE_TEXT = "CDSTableText"
    TABLE_CENTER = "CDSTableCenter"
    TABLE_NUMBER = "CDSTableNumber"
    # The frame of the document (header block, title, signature, page number).
    GOVERNING = "CDSGoverning"  # "UBND TỈNH QUẢNG NGÃI": 13, regular
    UNIT = "CDSUnit"  # issuing unit: 13, bold
    NUMBER = "CDSNumber"  # "Số: 05/BC-STTTT": 13
    NATION = "CDSNation"  # national title: 13, bold
    MOTTO = "CDSMotto"  # 14, bold
    PLACE_DATE = "CDSPlaceDate"  # 14, italic
    RULE = "CDSRule"  # an empty paragraph whose bottom border is a rule (under the motto)
    SHORT_RULE = "CDSShortRule"  # the same, sized by the app to the text above it
    TITLE = "CDSTitle"  # "BÁO CÁO"
    SUBJECT = "CDSSubject"
    ADDRESSEE = "CDSAddressee"
    SIGN_TITLE = "CDSSignTitle"  # "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    SIGN_SPACE = "CDSSignSpace"  # room for the signature and seal
    SIGN_NAME = "CDSSignName"
    RECIPIENTS_HEAD = "CDSRecipientsHead"  # "Nơi nhận:" 12, bold italic
    PAGE_NUMBER = "CDSPageNumber"  # 14, centred in the header


@dataclass(frozen=True)
class StyleSpec:
    """How a style looks: size in points, weight, slant, alignment, indent."""

    size: float
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # left | center | right | justify
    first_line_mm: float = 0.0
    space_before: float = 0.0
    space_after: float = SPACE_AFTER_PT
    line_spacing: float = LINE_SPACING
    keep_with_next: bool = False


_TABLE = {"space_after": 0.0, "line_spacing": 1.0}
STYLE_SPECS: dict[str, StyleSpec] = {
    Style.BODY: StyleSpec(14, first_line_mm=FIRST_LINE_INDENT_MM),
    Style.HEADING1: StyleSpec(
        14, bold=True, first_line_mm=FIRST_LINE_INDENT_MM, keep_with_next=True
    ),
    Style.HEADING2: StyleSpec(
        14, bold=True, first_line_mm=FIRST_LINE_INDENT_MM, keep_with_next=True
    ),
    Style.POINT: StyleSpec(14, first_line_mm=FIRST_LINE_INDENT_MM, keep_with_next=True),
    Style.RECIPIENT: StyleSpec(11, align="left", space_after=0.0, line_spacing=1.0),
    Style.APPENDIX_LABEL: StyleSpec(14, bold=True, align="center", space_after=0.0),
    Style.APPENDIX_TITLE: StyleSpec(14, bold=True, align="center", space_after=0.0),
    Style.APPENDIX_NOTE: StyleSpec(14, italic=True, align="center", space_after=12.0),
    Style.TABLE_HEAD: StyleSpec(12, bold=True, align="center", **_TABLE),
    Style.TABLE_TEXT: StyleSpec(12, align="left", **_TABLE),
    Style.TABLE_CENTER: StyleSpec(12, align="center", **_TABLE),
    Style.TABLE_NUMBER: StyleSpec(12, align="right", **_TABLE),
    Style.GOVERNING: StyleSpec(13, align="center", **_TABLE),
    Style.UNIT: StyleSpec(13, bold=True, align="center", **_TABLE),
    Style.NUMBER: StyleSpec(13, align="center", space_before=6.0, **_TABLE),
    Style.NATION: StyleSpec(13, bold=True, align="center", **_TABLE),
    Style.MOTTO: StyleSpec(14, bold=True, align="center", **_TABLE),
    Style.PLACE_DATE: StyleSpec(14, italic=True, align="center", space_before=6.0, **_TABLE),
    Style.RULE: StyleSpec(4, align="center", **_TABLE),
    Style.SHORT_RULE: StyleSpec(4, align="center", **_TABLE),
    Style.TITLE: StyleSpec(14, bold=True, align="center", space_before=24.0, space_after=0.0),
    Style.SUBJECT: StyleSpec(14, bold=True, align="center", **_TABLE),
    Style.ADDRESSEE: StyleSpec(14, align="center", space_before=12.0, space_after=12.0),
    Style.SIGN_TITLE: StyleSpec(14, bold=True, align="center", **_TABLE),
    Style.SIGN_SPACE: StyleSpec(14, align="center", **_TABLE),
    Style.SIGN_NAME: StyleSpec(14, bold=True, align="center", **_TABLE),
    Style.RECIPIENTS_HEAD: StyleSpec(12, bold=True, italic=True, align="left", **_TABLE),
    Style.PAGE_NUMBER: StyleSpec(14, align="center", **_TABLE),
}
# Empty lines left for the signature and seal.
SIGN_SPACE_LINES = 4
# Space between the closing sentence and the signature block.
SIGNATURE_GAP_PT = 6


@dataclass(frozen=True)
class Para:
    """One paragraph of plain text in one style."""

    text: str
    style: Style = Style.BODY


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width, alignment of its cells
    ("left", "center" or "right")."""

    title: str
    width: float
    align: str = "left"


@dataclass
class Table:
    """A grid table. The header row is repeated at the top of every page;
    `rows` are tuples of plain strings, one per column."""

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]


Block = Para | Table


@dataclass
class Appendix:
    """An appendix: a new section, numbered on its own from 1 (no number on
    its first page), optionally landscape for wide tables."""

    label: str  # "Phụ lục I"
    title: str  # upper case title
    note: str  # "(Kèm theo Báo cáo số ... của ...)"
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False


# ``{{ name }}`` in a template's text. No brace inside: each match attempt
# stops at the next brace, so a paragraph of a hundred thousand "{{" is
# scanned in linear time (a lazy ".*?" would rescan the rest from each one).
PLACEHOLDER = re.compile(r"\{\{([^{}]*)\}\}")


def fill_placeholders(text: str, fields: Mapping[str, str]) -> str:
    """`text` with each ``{{ name }}`` replaced by its field's value, taken
    literally; the names of the blocks (body...) leave nothing."""
    return PLACEHOLDER.sub(lambda m: str(fields.get(m.group(1).strip(), "")), text)


@dataclass(frozen=True)
class Frame:
    """The template's own text around the generated content: its paragraphs
    by style, in document order (the header block, title, subject,
    addressee, signature...), and the body-style sentences right before and
    after the body (opening, closing)."""

    by_style: Mapping[str, tuple[str, ...]]
    opening: tuple[str, ...] = ()
    closing: tuple[str, ...] = ()

    def lines(self, style: str) -> tuple[str, ...]:
        return self.by_style.get(str(style), ())

    def first(self, style: str) -> str:
        lines = self.lines(style)
        return lines[0] if lines else ""

    def filled(self, fields: Mapping[str, str]) -> Frame:
        return Frame(
            {k: tuple(fill_placeholders(t, fields) for t in v) for k, v in self.by_style.items()},
            tuple(fill_placeholders(t, fields) for t in self.opening),
            tuple(fill_placeholders(t, fields) for t in self.closing),
        )


@dataclass
class ReportDocument:
    """Everything a writer needs; see the module docstring.

    A builder fills the content (fields, body, recipients, appendices); a
    template then describes it (`template.ReportTemplate.describe`) with its
    `frame`, filled with the fields, and its `styles`. Both renderings read
    the same described document."""

    fields: dict[str, str]
    body: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    appendices: list[Appendix] = field(default_factory=list)
    frame: Frame | None = None
    styles: Mapping[str, StyleSpec] = field(default_factory=lambda: STYLE_SPECS)

    def block_placeholders(self) -> dict[str, object]:
        return {"body": self.body, "recipients": self.recipients, "appendices": self.appendices}


# Placeholders of the built-in template (inline fields). A context builder
# must fill all of them; a template may use any subset.
FIELD_NAMES = (
    "governing_body",  # "UBND TỈNH QUẢNG NGÃI"
    "unit_name_upper",  # "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    "unit_name",  # "Sở Khoa học và Công nghệ"
    "number",  # "05" or blank
    "abbreviation",  # "STTTT"
    "place_date",  # "Quảng Ngãi, ngày 05 tháng 3 năm 2024"
    "subject",  # "Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm 2023"
    "addressee",  # the plan's consolidating unit
    "closing_request",  # "kính gửi <đơn vị tổng hợp> tổng hợp" / "kính báo cáo ..."
    "plan_citation",  # "Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2023 của UBND tỉnh ... về ..."
    "plan_name",  # "Kế hoạch truyền thông về Chuyển đổi số năm 2023"
    "year",
    "next_year",
    "signer_authority",  # "KT. GIÁM ĐỐC" or ""
    "signer_title",  # "GIÁM ĐỐC"
    "signer_name",
)
BLOCK_NAMES = ("body", "recipients", "appendices")

# The fixed sentences of the built-in template (the PDF writer reads them
# back from the template in use, edited or not).
TITLE = "BÁO CÁO"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
NUMBER_LINE = "Số: {number}/BC-{abbreviation}"
ADDRESSEE_LINE = "Kính gửi: {addressee}."
OPENING = "Thực hiện {plan_citation}, {unit_name} báo cáo kết quả thực hiện như sau:"
CLOSING = "Trên đây là báo cáo kết quả thực hiện {plan_name} của {unit_name}, {closing_request}./."
RECIPIENTS_HEAD = "Nơi nhận:"
