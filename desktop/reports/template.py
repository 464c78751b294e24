"""The report template (.docx): loaded, checked, and read for what both
renderings of a report take from it.

The template is checked whole before anything is rendered: a file that is
not a Word document, a missing style, or a placeholder that is unknown,
unbalanced or typed with curly quotes is refused with a `TemplateError` that
names the problem and where it is. A placeholder that Word split into several
runs while it was edited is still recognised (the paragraph's runs are read
as one text).

From a checked template come:
- its fixed sentences (`Frame`: title, national title, number line, the
  sentences before and after the body, the signature lines...), as the
  officer wrote them, placeholders included;
- its styles (`StyleSpec` per CDS style: size, weight, slant, alignment,
  indent, spacing), the built-in values standing in for what a style leaves
  unset.

`ReportTemplate.describe(report)` puts both into a `ReportDocument`; the DOCX
writer fills the template itself, the PDF writer draws the described
document, so an edited sentence or style shows in both.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..domain.text import Count, Message, joined, template
from .fonts import printable
from .make_template import default_template_path
from .model import (
    BLOCK_NAMES,
    FIELD_NAMES,
    PLACEHOLDER,
    STYLE_SPECS,
    Frame,
    Para,
    ReportDocument,
    Style,
    StyleSpec,
    Table,
)
from .ooxml import w

_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
_CURLY = "“”‘’„‟«»"
_STATEMENT = re.compile(r"\{%|%\}|\{#|#\}")
# Styles the generated blocks refer to: the template must define them.
REQUIRED_STYLES = tuple(
    str(s)
    for s in (
        Style.BODY,
        Style.HEADING1,
        Style.HEADING2,
        Style.POINT,
        Style.RECIPIENT,
        Style.APPENDIX_LABEL,
        Style.APPENDIX_TITLE,
        Style.APPENDIX_NOTE,
        Style.TABLE_HEAD,
        Style.TABLE_TEXT,
        Style.TABLE_CENTER,
        Style.TABLE_NUMBER,
    )
)


class TemplateError(Exception):
    """The template cannot be used; the message (a domain.text.Message) says
    why, in Vietnamese."""


# Why a template cannot be used, as messages the interface translates. The
# placeholders' braces are doubled where the message has values.
TEMPLATE_NAME = template("Mẫu báo cáo “{path}”")
BODY_PART = template("phần thân")
HEADER_PART = template("đầu trang")
FOOTER_PART = template("chân trang")
IN_PARAGRAPH = template("{where}, đoạn “{excerpt}”")
STATEMENT = template(
    "{context}: mẫu chỉ dùng chỗ điền dạng {{{{ tên }}}}; không dùng được câu lệnh {{% ... %}} "
    "hay chú thích {{# ... #}}."
)
CURLY_QUOTES = template(
    "{context}: chỗ điền “{placeholder}” có dấu nháy cong (“ ” ‘ ’); tên chỗ điền không có "
    "dấu nháy, ví dụ {{ unit_name }}."
)
MISWRITTEN = template("{context}: chỗ điền “{placeholder}” viết sai.")
UNKNOWN_FIELD = template("{context}: không có trường “{field}”. Các trường dùng được: {fields}.")
UNPAIRED = template(
    "{context}: có dấu ngoặc “{{{{” hoặc “}}}}” không thành cặp (chỗ điền bị tách dòng hoặc "
    "thiếu ngoặc)."
)
MORE_PROBLEMS = template("và {count} vấn đề khác.")
TOO_BIG = template(
    "{name} quá lớn để là một mẫu báo cáo (tối đa {packed} MB khi nén, {unpacked} MB khi giải "
    "nén). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn."
)
NOT_FOUND = template("{name}: không tìm thấy tệp.")
NOT_WORD = template(
    "{name} bị hỏng hoặc không phải tệp Word (.docx). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn. "
    "({error})"
)
BAD_XML = template("{name} bị hỏng: nội dung XML không đọc được ({error}).")
CANNOT_READ = template("{name}: không đọc được tệp ({reason}).")
MISSING_STYLES = template("thiếu kiểu định dạng (style): {styles}.")
TOO_MANY_PLACEHOLDERS = template(
    "{name} không dùng được: có quá nhiều dấu mở chỗ điền “{{{{” (hơn {limit}; một mẫu báo cáo "
    "chỉ cần vài chục chỗ điền). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn."
)
BLOCK_NOT_ALONE = template(
    "chỗ điền “{{{{ {block} }}}}” phải nằm riêng một đoạn, không có chữ nào khác."
)
BLOCK_PLACE = template("chỗ điền “{{{{ {block} }}}}” phải nằm trong phần thân hoặc ô bảng.")
BLOCK_TWICE = template("chỗ điền “{{{{ {block} }}}}” xuất hiện nhiều lần.")
NO_BODY = template("thiếu chỗ điền “{{ body }}” (nội dung báo cáo).")
UNUSABLE = template("{name} không dùng được:\n- {problems}")


@dataclass
class Slot:
    """A template paragraph holding placeholders."""

    p: etree._Element
    texts: list[etree._Element]  # its w:t elements, in order
    matches: list[tuple[int, int, str]]  # start, end, name in the joined text
    only_placeholders: bool


def own_texts(p: etree._Element) -> list[etree._Element]:
    """The paragraph's w:t, without those of paragraphs nested in text boxes."""
    return [t for t in p.iter(w("t")) if next(t.iterancestors(w("p"))) is p]


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _scan_paragraph(
    p: etree._Element, where: Message, known: set[str], problems: list[Message]
) -> Slot | None:
    texts = own_texts(p)
    joined = "".join(t.text or "" for t in texts)
    if "{" not in joined and "}" not in joined:
        return None
    context = Message(IN_PARAGRAPH, where=where, excerpt=_excerpt(joined))
    if _STATEMENT.search(joined):
        problems.append(Message(STATEMENT, context=context))
        return None
    matches = []
    pieces = []  # the text with every placeholder blanked out
    done = 0
    for m in PLACEHOLDER.finditer(joined):
        pieces += [joined[done : m.start()], " " * (m.end() - m.start())]
        done = m.end()
        inner = m.group(1).strip()
        if any(ch in inner for ch in _CURLY):
            problems.append(Message(CURLY_QUOTES, context=context, placeholder=m.group(0)))
        elif not _NAME.match(inner):
            problems.append(Message(MISWRITTEN, context=context, placeholder=_excerpt(m.group(0))))
        elif inner not in known:
            problems.append(
                Message(
                    UNKNOWN_FIELD, context=context, field=inner, fields=", ".join(sorted(known))
                )
            )
        else:
            matches.append((m.start(), m.end(), inner))
    rest = "".join(pieces) + joined[done:]
    if "{{" in rest or "}}" in rest or re.search(r"\{\s*\{|\}\s*\}", rest):
        problems.append(Message(UNPAIRED, context=context))
        return None
    only = not PLACEHOLDER.sub("", joined).strip()
    return Slot(p, texts, matches, only) if matches else None


def _parts(doc) -> list[tuple[Message, etree._Element]]:
    parts = [(Message(BODY_PART), doc.element.body)]
    for rel in doc.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            label = Message(HEADER_PART if rel.reltype == RT.HEADER else FOOTER_PART)
            parts.append((label, rel.target_part.element))
    return parts


# A template has a few dozen placeholders; a few hundred "{{" is already far
# more than any real one. Past this it is refused before it is checked
# placeholder by placeholder, and at most this many problems are listed.
MAX_PLACEHOLDERS = 500
MAX_PROBLEMS = 20


def _problem_list(problems: list[Message]) -> Message:
    shown = problems[:MAX_PROBLEMS]
    more = len(problems) - len(shown)
    tail = [Message(MORE_PROBLEMS, count=Count(more))] if more > 0 else []
    return joined("\n- ", shown + tail)


# A report template is a few dozen kilobytes; a logo or two may make it a few
# megabytes. Anything far larger (or a package that unpacks to far more) is
# not a template and would only fill the memory.
MAX_TEMPLATE_BYTES = 20 * 1024 * 1024
MAX_TEMPLATE_UNPACKED_BYTES = 100 * 1024 * 1024


def _too_big(name: Message) -> Message:
    return Message(
        TOO_BIG,
        name=name,
        packed=str(MAX_TEMPLATE_BYTES // (1024 * 1024)),
        unpacked=str(MAX_TEMPLATE_UNPACKED_BYTES // (1024 * 1024)),
    )


def _check_unpacked_size(name: Message, data: bytes) -> None:
    """Refuse a package whose parts, once unpacked, would be too large; the
    sizes come from the zip directory before anything is unpacked."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if sum(item.file_size for item in package.infolist()) > MAX_TEMPLATE_UNPACKED_BYTES:
            raise TemplateError(_too_big(name))


def load_template(path: Path | str | None = None) -> ReportTemplate:
    """Open and check a template (default: the built-in one). Raises
    TemplateError naming every problem found."""
    if isinstance(path, ReportTemplate):
        return path
    path = Path(path) if path else default_template_path()
    name = Message(TEMPLATE_NAME, path=str(path))
    if not path.is_file():
        raise TemplateError(Message(NOT_FOUND, name=name))
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateError(_too_big(name))
        data = path.read_bytes()
        _check_unpacked_size(name, data)
        doc = docx.Document(io.BytesIO(data))
    except (
        zipfile.BadZipFile,
        PackageNotFoundError,
        KeyError,
        ValueError,
        # a part whose compressed data is damaged fails in zlib or ends early,
        # before its checksum is reached
        zlib.error,
        EOFError,
    ) as e:
        error = str(e).strip() or type(e).__name__
        raise TemplateError(Message(NOT_WORD, name=name, error=error)) from e
    except etree.XMLSyntaxError as e:
        raise TemplateError(Message(BAD_XML, name=name, error=str(e))) from e
    except OSError as e:
        raise TemplateError(Message(CANNOT_READ, name=name, reason=e.strerror or str(e))) from e
    problems: list[Message] = []
    style_ids = {s.get(w("styleId")) for s in doc.styles.element.iter(w("style"))}
    missing = [s for s in REQUIRED_STYLES if s not in style_ids]
    if missing:
        problems.append(Message(MISSING_STYLES, styles=", ".join(missing)))
    known = set(FIELD_NAMES) | set(BLOCK_NAMES)
    slots: list[Slot] = []
    opened = 0
    for where, root in _parts(doc):
        for p in root.iter(w("p")):
            opened += text_of(p).count("{{")
            if opened > MAX_PLACEHOLDERS:
                raise TemplateError(
                    Message(TOO_MANY_PLACEHOLDERS, name=name, limit=str(MAX_PLACEHOLDERS))
                )
            slot = _scan_paragraph(p, where, known, problems)
            if slot:
                slots.append(slot)
    names = [m[2] for s in slots for m in s.matches]
    for slot in slots:
        blocks = [m[2] for m in slot.matches if m[2] in BLOCK_NAMES]
        if blocks and (len(slot.matches) > 1 or not slot.only_placeholders):
            problems.append(Message(BLOCK_NOT_ALONE, block=blocks[0]))
        if blocks and slot.p.getparent().tag not in (w("body"), w("tc")):
            problems.append(Message(BLOCK_PLACE, block=blocks[0]))
    for block in BLOCK_NAMES:
        if names.count(block) > 1:
            problems.append(Message(BLOCK_TWICE, block=block))
    if "body" not in names:
        problems.append(Message(NO_BODY))
    if problems:
        raise TemplateError(Message(UNUSABLE, name=name, problems=_problem_list(problems)))
    return ReportTemplate(path, data, _read_frame(doc, slots), _read_styles(doc))


# -- what the renderings share -------------------------------------------------------


def style_of(p: etree._Element) -> str:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val")) if style is not None else ""


def text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in own_texts(p))


def _read_frame(doc, slots: list[Slot]) -> Frame:
    """The template's own paragraphs by style, and the body-style sentences
    right before and after ``{{ body }}``; blocks' own paragraphs left out."""
    block_paras = {s.p for s in slots if any(m[2] in BLOCK_NAMES for m in s.matches)}
    by_style: dict[str, list[str]] = {}
    body = doc.element.body
    for p in body.iter(w("p")):
        if p not in block_paras:
            by_style.setdefault(style_of(p), []).append(text_of(p))
    body_slot = next(s.p for s in slots if s.matches[0][2] == "body")
    top = list(body)
    at = top.index(body_slot)
    opening: list[str] = []
    for el in reversed(top[:at]):
        if el.tag != w("p") or style_of(el) != Style.BODY:
            break
        opening.insert(0, text_of(el))
    closing: list[str] = []
    for el in top[at + 1 :]:
        if el.tag != w("p") or style_of(el) != Style.BODY or el in block_paras:
            break
        closing.append(text_of(el))
    return Frame(
        by_style={k: tuple(v) for k, v in by_style.items()},
        opening=tuple(t for t in opening if t.strip()),
        closing=tuple(t for t in closing if t.strip()),
    )


_ALIGN_NAMES = {
    WD_ALIGN_PARAGRAPH.LEFT: "left",
    WD_ALIGN_PARAGRAPH.CENTER: "center",
    WD_ALIGN_PARAGRAPH.RIGHT: "right",
    WD_ALIGN_PARAGRAPH.JUSTIFY: "justify",
}


def _read_styles(doc) -> dict[str, StyleSpec]:
    """Every CDS style as the template defines it; what a style leaves unset
    (or the style itself, for the optional ones) keeps the built-in value."""
    defined = {s.style_id: s for s in doc.styles if s.style_id in STYLE_SPECS}
    specs: dict[str, StyleSpec] = {}
    for style_id, spec in STYLE_SPECS.items():
        st = defined.get(str(style_id))
        if st is None:
            specs[style_id] = spec
            continue
        font, pf = st.font, st.paragraph_format
        changes: dict[str, object] = {}
        if font.size is not None and font.size.pt > 0:
            changes["size"] = round(font.size.pt, 2)
        if font.bold is not None:
            changes["bold"] = bool(font.bold)
        if font.italic is not None:
            changes["italic"] = bool(font.italic)
        if pf.alignment in _ALIGN_NAMES:
            changes["align"] = _ALIGN_NAMES[pf.alignment]
        if pf.first_line_indent is not None:
            changes["first_line_mm"] = max(round(pf.first_line_indent.mm, 2), 0.0)
        if pf.space_before is not None:
            changes["space_before"] = round(pf.space_before.pt, 2)
        if pf.space_after is not None:
            changes["space_after"] = round(pf.space_after.pt, 2)
        if isinstance(pf.line_spacing, float) and 0.5 <= pf.line_spacing <= 3:
            changes["line_spacing"] = round(pf.line_spacing, 3)
        if pf.keep_with_next is not None:
            changes["keep_with_next"] = bool(pf.keep_with_next)
        specs[style_id] = replace(spec, **changes)
    return specs


@dataclass(frozen=True)
class ReportTemplate:
    """A checked template: its file's bytes (the DOCX writer fills a fresh
    copy of them), its fixed sentences and its styles."""

    path: Path
    data: bytes
    frame: Frame
    styles: dict[str, StyleSpec]

    def open(self) -> tuple[object, list[Slot]]:
        """A fresh python-docx document of the template and its placeholders."""
        doc = docx.Document(io.BytesIO(self.data))
        known = set(FIELD_NAMES) | set(BLOCK_NAMES)
        slots = []
        for where, root in _parts(doc):
            for p in root.iter(w("p")):
                slot = _scan_paragraph(p, where, known, [])
                if slot:
                    slots.append(slot)
        return doc, slots

    def describe(self, report: ReportDocument) -> ReportDocument:
        """`report` with this template's frame (its fields put in) and styles."""
        return replace(report, frame=self.frame.filled(report.fields), styles=self.styles)


def _printable_blocks(blocks):
    out = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(replace(block, text=printable(block.text)))
        elif isinstance(block, Table):
            rows = [tuple(printable(cell) for cell in row) for row in block.rows]
            out.append(Table(block.columns, rows))
        else:
            out.append(block)
    return out


def printable_document(report: ReportDocument) -> ReportDocument:
    """The report with every text as the PDF prints it (`fonts.printable`):
    format characters removed, a character the fonts cannot draw shown as a
    visible box (listed by the pre-flight check), never dropped."""
    return replace(
        report,
        fields={k: printable(v) for k, v in report.fields.items()},
        body=_printable_blocks(report.body),
        recipients=[printable(r) for r in report.recipients],
        appendices=[
            replace(
                a,
                label=printable(a.label),
                title=printable(a.title),
                note=printable(a.note),
                blocks=_printable_blocks(a.blocks),
            )
            for a in report.appendices
        ],
    )


def describe(report: ReportDocument, template: Path | str | ReportTemplate | None = None):
    """`report` described by `template` (default: the built-in one); a report
    already described is kept as it is when no template is named."""
    if template is None and report.frame is not None:
        return report
    return load_template(template).describe(report)
