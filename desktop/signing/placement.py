"""Where the signatures go on a report, found from the PDF's own text.

Nghị định 30/2020 (Phụ lục I) puts the person's signature image between the
signer's title ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC") and name, in the space the
report leaves for it, and the agency's seal over the left third of that
image; an appendix sent as its own file carries the agency's signature as
text at the top right of its first page. The signature block is the right
half of the row that starts with "Nơi nhận:": its lines from that level
down, and the widest vertical gap between them is the space.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..domain.text import Message, template
from .credentials import SignError

RECIPIENTS_HEAD = "nơi nhận"
APPENDIX_HEAD = "phụ lục"
# A gap between the title and the name this tall at least is the signing space.
MIN_SPACE_PT = 28.0
# Width offered to the signature image: at least this much, centred on the block.
MIN_SPACE_WIDTH_PT = 200.0
# "(Kèm theo Báo cáo số 05/BC-STTTT ngày ...)": the number of the main document.
# Why a PDF's layout cannot be read (declared messages).
NOT_READABLE = template("Tệp không phải PDF hoặc đã hỏng, không đọc được nội dung.")
NO_PAGES = template("Tệp PDF không có trang nào.")
_DOC_NUMBER = re.compile(r"\bsố\s*:?\s*(\d*\s*/\s*[A-ZĐ]{1,6}-[0-9A-Za-zĐđ.-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, origin at the page's lower left corner."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    def as_tuple(self) -> tuple[int, int, int, int]:
        return (round(self.x0), round(self.y0), round(self.x1), round(self.y1))


@dataclass(frozen=True)
class Line:
    text: str
    box: Box


@dataclass(frozen=True)
class SignatureSpace:
    page: int  # 0-based
    box: Box  # the free space between the last title line and the name
    title: tuple[Line, ...]
    name: Line


@dataclass(frozen=True)
class DocumentLayout:
    pages: int
    first_page_size: tuple[float, float]
    space: SignatureSpace | None  # None: no signature block (an appendix on its own)
    is_appendix: bool
    document_number: str  # "05/BC-STTTT" when the first page names it, else ""


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _lines(page) -> list[Line]:
    textpage = page.get_textpage()
    try:
        lines = []
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = _clean(textpage.get_text_bounded(left, bottom, right, top))
            if text:
                lines.append(Line(text, Box(left, bottom, right, top)))
        return lines
    finally:
        textpage.close()


def _signature_space(page_ix: int, page_width: float, lines: list[Line]) -> SignatureSpace | None:
    heads = [ln for ln in lines if ln.text.lower().startswith(RECIPIENTS_HEAD)]
    if not heads:
        return None
    head = heads[0]
    half = page_width * 0.45
    right = sorted(
        (ln for ln in lines if ln.box.x0 >= half and ln.box.y1 <= head.box.y1 + 6),
        key=lambda ln: -ln.box.y1,
    )
    if len(right) < 2:
        return None
    gaps = [(right[i].box.y0 - right[i + 1].box.y1, i) for i in range(len(right) - 1)]
    gap, i = max(gaps)
    if gap < MIN_SPACE_PT:
        return None
    title, name = tuple(right[: i + 1]), right[i + 1]
    block = title + (name,)
    x0 = min(ln.box.x0 for ln in block)
    x1 = max(ln.box.x1 for ln in block)
    if x1 - x0 < MIN_SPACE_WIDTH_PT:
        mid = (x0 + x1) / 2
        x0, x1 = mid - MIN_SPACE_WIDTH_PT / 2, mid + MIN_SPACE_WIDTH_PT / 2
    x1 = min(x1, page_width)
    box = Box(x0, name.box.y1, x1, title[-1].box.y0)
    return SignatureSpace(page=page_ix, box=box, title=title, name=name)


def find_layout(data: bytes) -> DocumentLayout:
    """Read the PDF's text and find the signing space (or tell an appendix)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise SignError(Message(NOT_READABLE)) from None
    try:
        pages = len(doc)
        if pages == 0:
            raise SignError(Message(NO_PAGES))
        first = doc[0]
        width, height = first.get_size()
        first_lines = _lines(first)
        first.close()
        top_texts = [ln.text for ln in sorted(first_lines, key=lambda ln: -ln.box.y1)]
        # The page number (when there is one) sits above everything else.
        head_texts = [t for t in top_texts if not t.isdigit()][:2]
        is_appendix = any(t.lower().startswith(APPENDIX_HEAD) for t in head_texts)
        match = _DOC_NUMBER.search(" ".join(top_texts[:12]))
        number = re.sub(r"\s+", "", match.group(1)) if match else ""
        space = None
        if not is_appendix:
            for i in range(pages):
                page = doc[i]
                try:
                    lines = first_lines if i == 0 else _lines(page)
                    space = _signature_space(i, page.get_size()[0], lines)
                finally:
                    page.close()
                if space is not None or any(
                    ln.text.lower().startswith(RECIPIENTS_HEAD) for ln in lines
                ):
                    break
        return DocumentLayout(
            pages=pages,
            first_page_size=(width, height),
            space=space,
            is_appendix=is_appendix,
            document_number=number,
        )
    finally:
        doc.close()
