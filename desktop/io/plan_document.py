"""The text of a plan document as issued: DOCX, PDF with a text layer, or
plain text. Files come from outside, so each is bounded in size, pages,
characters and time, and refused with a Vietnamese reason."""

from __future__ import annotations

import re
import time
import zipfile
from pathlib import Path

from ..domain.plan_lines import SourceLine
from ..domain.text import Count, Message, template
from ..pdf_errors import DAMAGED_PDF_ERRORS, pdf_error_text

MAX_FILE_BYTES = 30 << 20
MAX_DOCX_PARTS = 2_000
MAX_DOCX_XML_BYTES = 60 << 20  # document.xml and the rest, uncompressed
MAX_PDF_PAGES = 300
MAX_TEXT_CHARS = 3_000_000
MAX_SECONDS = 60.0
# A page of a plan holds a thousand characters or more; a page of a scan
# holds none (at most a stray page number).
MIN_CHARS_PER_PAGE = 40

SUFFIXES = (".docx", ".pdf", ".txt")


class PlanDocumentError(Exception):
    """The file cannot be read as a plan document; the message (a
    domain.text.Message) says why."""


CANNOT_OPEN = template("Không mở được tệp “{name}”: {reason}.")
TOO_LARGE = template(
    "Tệp “{name}” quá lớn ({size} MB, tối đa {limit} MB) cho một văn bản kế hoạch; không đọc."
)
EMPTY = template("Tệp “{name}” trống.")
NOT_VALID = template(
    "Tệp “{name}” không phải tệp {kind} hợp lệ (có thể bị hỏng hoặc đổi đuôi tệp)."
)
OLD_WORD = template(
    "Tệp “{name}” là định dạng Word cũ (.doc): hãy mở bằng Word hoặc LibreOffice "
    "và lưu thành .docx hoặc PDF rồi nhập lại."
)
TOO_MUCH_TEXT = template(
    "Tệp “{name}” có quá nhiều chữ ({chars} ký tự) cho một văn bản kế hoạch; không đọc."
)
NOT_TEXT = template("Tệp “{name}” không phải văn bản chữ (DOCX, PDF hoặc TXT mã UTF-8).")
DAMAGED_OPEN = template("Tệp “{name}” bị hỏng, không mở được ({reason}).")
NOT_WORD = template("Tệp “{name}” không phải văn bản Word (.docx).")
UNUSUAL_ZIP = template(
    "Tệp “{name}” bất thường: khi giải nén chiếm {size} MB trong {parts} phần, vượt giới "
    "hạn an toàn; không đọc."
)
DAMAGED_READ = template("Tệp “{name}” bị hỏng, không đọc được ({reason}).")
PDF_PASSWORD = template(
    "Tệp PDF “{name}” được đặt mật khẩu; hãy lưu bản không mật khẩu rồi nhập lại."
)
PDF_DAMAGED = template("Tệp PDF “{name}” bị hỏng, không đọc được ({reason}).")
PDF_TOO_MANY_PAGES = template(
    "Tệp PDF “{name}” có {pages} trang, quá nhiều cho một văn bản kế hoạch (tối đa {limit}); "
    "không đọc."
)
PDF_TOO_SLOW = template(
    "Đọc tệp PDF “{name}” quá lâu (hơn {seconds} giây, dừng ở trang {page}); tệp có thể bị "
    "hỏng. Hãy dùng bản DOCX của văn bản."
)
PDF_PAGE_DAMAGED = template("Tệp PDF “{name}”: trang {page} bị hỏng, không đọc được ({reason}).")
PDF_NO_TEXT = template(
    "Tệp PDF “{name}” không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc "
    "được nội dung kế hoạch. Hãy dùng bản DOCX hoặc PDF xuất từ Word, hoặc nhận dạng chữ "
    "(OCR) tệp này trước khi nhập."
)


def _refuse(text: str, path: Path, **values) -> PlanDocumentError:
    return PlanDocumentError(Message(text, name=path.name, **values))


def _check_size(path: Path) -> int:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise _refuse(CANNOT_OPEN, path, reason=e.strerror or str(e)) from e
    if size > MAX_FILE_BYTES:
        raise _refuse(TOO_LARGE, path, size=Count(size >> 20), limit=Count(MAX_FILE_BYTES >> 20))
    if size == 0:
        raise _refuse(EMPTY, path)
    return size


def read_document_lines(path: Path | str) -> list[SourceLine]:
    """The lines of a plan document, in reading order."""
    path = Path(path)
    _check_size(path)
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(8)
    if head.startswith(b"%PDF"):
        return _pdf_lines(path)
    if head.startswith(b"PK"):
        return _docx_lines(path)
    if suffix in (".pdf", ".docx"):
        raise _refuse(NOT_VALID, path, kind=suffix[1:].upper())
    if suffix == ".doc":
        raise _refuse(OLD_WORD, path)
    return _text_lines(path)


def _limit_text(path: Path, chars: int) -> None:
    if chars > MAX_TEXT_CHARS:
        raise _refuse(TOO_MUCH_TEXT, path, chars=Count(chars))


def _text_lines(path: Path) -> list[SourceLine]:
    data = path.read_bytes()
    text = None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1258")
            except UnicodeDecodeError:
                text = None
    if text is None or "\x00" in text:
        raise _refuse(NOT_TEXT, path)
    _limit_text(path, len(text))
    # columns set apart by tabs (a header copied from a table) are lines of their own
    return [
        SourceLine(i + 1, part)
        for i, line in enumerate(text.splitlines())
        for part in (line.split("\t") if "\t" in line.strip() else [line])
    ]


# -- DOCX ------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Tables are walked as elements, never through python-docx's cells (which
# expand every w:gridSpan into that many cells, and rebuild a row's cells
# for each column): a span is clamped, and the cells of every table of the
# document together, and how deep tables sit inside tables, are bounded.
MAX_GRID_SPAN = 64
MAX_TABLE_CELLS = 50_000
MAX_TABLE_DEPTH = 16
# Why such a file is refused (the reason of DAMAGED_READ, as a damaged part's is).
_MANY_CELLS = "có hơn {limit} ô bảng, quá nhiều cho một văn bản kế hoạch"
_TOO_DEEP = "có bảng lồng trong bảng quá {limit} tầng"


def _grid_int(props, tag: str) -> int:
    """A w:tcPr / w:trPr count (w:gridSpan, w:gridBefore) as 0..MAX_GRID_SPAN;
    0 when absent or not a number."""
    item = props.find(_W + tag) if props is not None else None
    value = item.get(_W + "val") if item is not None else None
    try:
        return max(0, min(int(value), MAX_GRID_SPAN)) if value is not None else 0
    except ValueError:
        return 0


def _table_cells(tbl, room: int) -> list:
    """The w:tc of one table in reading order: column by column (a header
    table: issuer above number on the left, motto above place and date on
    the right), each cell once, at its first grid column; the continuation
    of a vertically merged cell is the cell above it, already read. Past
    `room` cells the walk stops (the table is refused)."""
    placed = []
    filled: set[int] = set()  # grid columns a row above has a cell in
    for r, tr in enumerate(tbl.iterchildren(_W + "tr")):
        col = _grid_int(tr.find(_W + "trPr"), "gridBefore")
        for tc in tr.iterchildren(_W + "tc"):
            props = tc.find(_W + "tcPr")
            span = max(1, _grid_int(props, "gridSpan"))
            merge = props.find(_W + "vMerge") if props is not None else None
            continued = merge is not None and merge.get(_W + "val", "continue") == "continue"
            if not (continued and col in filled):
                placed.append((col, r, tc))
                if len(placed) > room:
                    return placed
            filled.update(range(col, col + span))
            col += span
    placed.sort(key=lambda x: (x[0], x[1]))
    return [tc for _, _, tc in placed]


def _docx_lines(path: Path) -> list[SourceLine]:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            total = sum(i.file_size for i in infos)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise _refuse(DAMAGED_OPEN, path, reason=str(e)) from e
    if "word/document.xml" not in names:
        raise _refuse(NOT_WORD, path)
    if len(infos) > MAX_DOCX_PARTS or total > MAX_DOCX_XML_BYTES:
        raise _refuse(UNUSUAL_ZIP, path, size=Count(total >> 20), parts=Count(len(infos)))
    from docx import Document
    from docx.text.paragraph import Paragraph

    try:
        doc = Document(str(path))
    except Exception as e:  # python-docx raises many kinds for a damaged part
        raise _refuse(DAMAGED_READ, path, reason=str(e)) from e
    body = doc.element.body
    # Far too much text is refused before any paragraph is looked at (all
    # the text of the body, some of which, in text boxes, is not read).
    _limit_text(path, sum(map(len, body.itertext(_W + "t", with_tail=False))))
    elements: list = []  # the w:p read, in reading order
    cells = 0

    def add_table(tbl, depth: int) -> None:
        nonlocal cells
        if depth > MAX_TABLE_DEPTH:
            raise _refuse(DAMAGED_READ, path, reason=_TOO_DEEP.format(limit=MAX_TABLE_DEPTH))
        found = _table_cells(tbl, MAX_TABLE_CELLS - cells)
        cells += len(found)
        if cells > MAX_TABLE_CELLS:
            reason = _MANY_CELLS.format(limit=Count(MAX_TABLE_CELLS))
            raise _refuse(DAMAGED_READ, path, reason=reason)
        for tc in found:
            # a cell's paragraphs, then the tables inside it
            elements.extend(tc.iterchildren(_W + "p"))
            for inner in tc.iterchildren(_W + "tbl"):
                add_table(inner, depth + 1)

    for child in body.iterchildren():
        if child.tag == _W + "p":
            elements.append(child)
        elif child.tag == _W + "tbl":
            add_table(child, 1)
    paragraphs = [Paragraph(p, doc) for p in elements]
    # Numbers that Word draws from its numbering ("III.", "1.2.", "a)") are
    # not in the paragraphs' text: put them back (io.docx_numbering).
    from .docx_numbering import document_numbering

    typed = [p.text for p in paragraphs]
    numbering = document_numbering(doc, typed)
    texts = []
    for p, text in zip(paragraphs, typed, strict=True):
        label = numbering.label(p._p)
        texts.append(f"{label} {text}" if label and text.strip() else text)
    lines = []
    for text in texts:
        lines.extend(text.replace("\x0b", "\n").split("\n"))
    _limit_text(path, sum(map(len, lines)))
    return [SourceLine(i + 1, t) for i, t in enumerate(lines)]


# -- PDF -------------------------------------------------------------------

_WRAP_SHARE = 0.88  # a line reaching this share of the widest line ran to the margin


def _pdf_lines(path: Path) -> list[SourceLine]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    started = time.monotonic()
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise _refuse(PDF_PASSWORD, path)
        pages = len(reader.pages)
    except PlanDocumentError:
        raise
    except (PyPdfError, OSError, *DAMAGED_PDF_ERRORS) as e:
        raise _refuse(PDF_DAMAGED, path, reason=pdf_error_text(e, 1000)) from e
    if pages > MAX_PDF_PAGES:
        raise _refuse(PDF_TOO_MANY_PAGES, path, pages=Count(pages), limit=Count(MAX_PDF_PAGES))
    page_texts: list[str] = []
    chars = 0
    for i in range(pages):
        if time.monotonic() - started > MAX_SECONDS:
            raise _refuse(PDF_TOO_SLOW, path, seconds=str(int(MAX_SECONDS)), page=str(i + 1))
        try:
            text = reader.pages[i].extract_text(extraction_mode="layout") or ""
        except Exception as e:  # pypdf raises many kinds for a damaged page
            raise _refuse(PDF_PAGE_DAMAGED, path, page=str(i + 1), reason=str(e)) from e
        chars += len(text)
        _limit_text(path, chars)
        page_texts.append(text)
    visible = sum(len(re.sub(r"\s", "", t)) for t in page_texts)
    if visible < MIN_CHARS_PER_PAGE * max(1, pages) // 2:
        raise _refuse(PDF_NO_TEXT, path)
    return _layout_lines(page_texts)


def _layout_lines(page_texts: list[str]) -> list[SourceLine]:
    """Lines from pypdf's layout text (characters placed by position): the
    right end of each line tells whether it ran to the margin (wrapped).
    Indentation is dropped."""
    raw = [line.rstrip() for text in page_texts for line in text.splitlines()]
    widths = sorted(len(line) for line in raw if line.strip())
    if not widths:
        return []
    # the body's right margin: the width most long lines reach
    margin = widths[int(len(widths) * 0.9)] if len(widths) > 4 else widths[-1]
    lines = []
    for i, line in enumerate(raw):
        text = re.sub(r"\s{2,}", "  ", line.strip())
        wrapped = len(line) >= margin * _WRAP_SHARE
        # two columns side by side (the header): read them as two lines
        if "     " in line.strip():
            parts = [p for p in re.split(r"\s{5,}", line.strip()) if p]
            for part in parts:
                lines.append(SourceLine(i + 1, part, False))
            continue
        lines.append(SourceLine(i + 1, text, wrapped))
    return lines
