"""Fill a report template (.docx) with a `ReportDocument`.

The template is checked whole before anything is rendered: a file that is
not a Word document, a missing style, or a placeholder that is unknown,
unbalanced or typed with curly quotes is refused with a `TemplateError` that
names the problem and where it is. A placeholder that Word split into several
runs while it was edited is still recognised (the paragraph's runs are read
as one text).

Values are inserted as text, never read as template syntax: an officer who
types "{{ x }}" gets exactly that in the report.

Generated content (body blocks, tables of thousands of rows) is written as
WordprocessingML text and parsed once, which keeps 20,000 rows in a second or
two; python-docx objects are only used for the template's own paragraphs.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from lxml import etree

from ..io.atomic import atomic_path
from .fonts import balanced_lines, short_rule_width, xml_safe
from .make_template import default_template_path
from .model import (
    BLOCK_NAMES,
    FIELD_NAMES,
    LANDSCAPE_TEXT_WIDTH_MM,
    SHORT_RULE_SHARE,
    STYLE_SPECS,
    TEXT_WIDTH_MM,
    Appendix,
    Block,
    Para,
    ReportDocument,
    Style,
    Table,
)
from .ooxml import (
    PPR_ORDER,
    RUN_PR,
    SECTPR_ORDER,
    para_xml,
    parse_fragment,
    put_child,
    text_xml,
    twips,
    w,
)

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
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
_CELL_STYLE = {"left": Style.TABLE_TEXT, "center": Style.TABLE_CENTER, "right": Style.TABLE_NUMBER}
# A paragraph that only ends a section: as small as Word allows.
_TINY_PPR = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'


class TemplateError(Exception):
    """The template cannot be used; the message says why, in Vietnamese."""


@dataclass
class _Slot:
    """A template paragraph holding placeholders."""

    p: etree._Element
    texts: list[etree._Element]  # its w:t elements, in order
    matches: list[tuple[int, int, str]]  # start, end, name in the joined text
    only_placeholders: bool


def _own_texts(p: etree._Element) -> list[etree._Element]:
    """The paragraph's w:t, without those of paragraphs nested in text boxes."""
    return [t for t in p.iter(w("t")) if next(t.iterancestors(w("p"))) is p]


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


def _scan_paragraph(
    p: etree._Element, where: str, known: set[str], problems: list[str]
) -> _Slot | None:
    texts = _own_texts(p)
    joined = "".join(t.text or "" for t in texts)
    if "{" not in joined and "}" not in joined:
        return None
    context = f"{where}, đoạn “{_excerpt(joined)}”"
    if _STATEMENT.search(joined):
        problems.append(
            f"{context}: mẫu chỉ dùng chỗ điền dạng {{{{ tên }}}}; "
            "không dùng được câu lệnh {% ... %} hay chú thích {# ... #}."
        )
        return None
    matches = []
    rest = joined
    for m in _PLACEHOLDER.finditer(joined):
        inner = m.group(1).strip()
        if any(ch in inner for ch in _CURLY):
            problems.append(
                f"{context}: chỗ điền “{m.group(0)}” có dấu nháy cong (“ ” ‘ ’); "
                "tên chỗ điền không có dấu nháy, ví dụ {{ unit_name }}."
            )
        elif not _NAME.match(inner):
            problems.append(f"{context}: chỗ điền “{_excerpt(m.group(0))}” viết sai.")
        elif inner not in known:
            problems.append(
                f"{context}: không có trường “{inner}”. Các trường dùng được: "
                + ", ".join(sorted(known))
                + "."
            )
        else:
            matches.append((m.start(), m.end(), inner))
        rest = rest.replace(m.group(0), " " * len(m.group(0)), 1)
    if "{{" in rest or "}}" in rest or re.search(r"\{\s*\{|\}\s*\}", rest):
        problems.append(
            f"{context}: có dấu ngoặc “{{{{” hoặc “}}}}” không thành cặp "
            "(chỗ điền bị tách dòng hoặc thiếu ngoặc)."
        )
        return None
    only = not _PLACEHOLDER.sub("", joined).strip()
    return _Slot(p, texts, matches, only) if matches else None


def _parts(doc) -> list[tuple[str, etree._Element]]:
    parts = [("phần thân", doc.element.body)]
    for rel in doc.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            label = "đầu trang" if rel.reltype == RT.HEADER else "chân trang"
            parts.append((label, rel.target_part.element))
    return parts


def load_template(path: Path | str | None = None) -> tuple[object, list[_Slot]]:
    """Open and check a template; returns the document and its placeholders.
    Raises TemplateError naming every problem found."""
    path = Path(path) if path else default_template_path()
    name = f"Mẫu báo cáo “{path}”"
    if not path.is_file():
        raise TemplateError(f"{name}: không tìm thấy tệp.")
    try:
        doc = docx.Document(str(path))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as e:
        raise TemplateError(
            f"{name} bị hỏng hoặc không phải tệp Word (.docx). Hãy chọn lại mẫu hoặc dùng mẫu có sẵn. ({e})"
        ) from e
    except etree.XMLSyntaxError as e:
        raise TemplateError(f"{name} bị hỏng: nội dung XML không đọc được ({e}).") from e
    except OSError as e:
        raise TemplateError(f"{name}: không đọc được tệp ({e.strerror or e}).") from e
    problems: list[str] = []
    style_ids = {s.get(w("styleId")) for s in doc.styles.element.iter(w("style"))}
    missing = [s for s in REQUIRED_STYLES if s not in style_ids]
    if missing:
        problems.append(f"thiếu kiểu định dạng (style): {', '.join(missing)}.")
    known = set(FIELD_NAMES) | set(BLOCK_NAMES)
    slots: list[_Slot] = []
    for where, root in _parts(doc):
        for p in root.iter(w("p")):
            slot = _scan_paragraph(p, where, known, problems)
            if slot:
                slots.append(slot)
    names = [m[2] for s in slots for m in s.matches]
    for slot in slots:
        blocks = [m[2] for m in slot.matches if m[2] in BLOCK_NAMES]
        if blocks and (len(slot.matches) > 1 or not slot.only_placeholders):
            problems.append(
                f"chỗ điền “{{{{ {blocks[0]} }}}}” phải nằm riêng một đoạn, không có chữ nào khác."
            )
        if blocks and slot.p.getparent().tag not in (w("body"), w("tc")):
            problems.append(
                f"chỗ điền “{{{{ {blocks[0]} }}}}” phải nằm trong phần thân hoặc ô bảng."
            )
    for block in BLOCK_NAMES:
        if names.count(block) > 1:
            problems.append(f"chỗ điền “{{{{ {block} }}}}” xuất hiện nhiều lần.")
    if "body" not in names:
        problems.append("thiếu chỗ điền “{{ body }}” (nội dung báo cáo).")
    if problems:
        raise TemplateError(f"{name} không dùng được:\n- " + "\n- ".join(problems))
    return doc, slots


# -- filling ---------------------------------------------------------------------


def _fill_inline(slot: _Slot, fields: dict[str, str]) -> None:
    """Replace inline placeholders in the w:t elements, keeping the formatting
    of the run where each placeholder starts."""
    bounds = []
    pos = 0
    for t in slot.texts:
        length = len(t.text or "")
        bounds.append((pos, pos + length))
        pos += length
    for start, end, name in reversed(slot.matches):
        if name in BLOCK_NAMES:
            continue
        value = text_xml_value(fields.get(name, ""))
        first = next(i for i, (a, b) in enumerate(bounds) if a <= start < b)
        last = next(i for i, (a, b) in enumerate(bounds) if a < end <= b)
        lines = value.split("\n")
        for i in range(first, last + 1):
            t = slot.texts[i]
            a, _ = bounds[i]
            text = t.text or ""
            head = text[: start - a] if i == first else ""
            tail = text[end - a :] if i == last else ""
            moved = i == first and len(lines) > 1  # the tail follows the last line
            t.text = head + (lines[0] if i == first else "") + ("" if moved else tail)
            t.set(_XML_SPACE, "preserve")
            if i == first and len(lines) > 1:
                _add_line_breaks(t, lines[1:], tail)


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _add_line_breaks(t: etree._Element, lines: list[str], tail: str) -> None:
    """More lines of a value in the same run, after line breaks (w:br)."""
    anchor = t
    for i, line in enumerate(lines):
        br = etree.Element(w("br"))
        anchor.addnext(br)
        nt = etree.Element(w("t"))
        nt.text = line + (tail if i == len(lines) - 1 else "")
        nt.set(_XML_SPACE, "preserve")
        br.addnext(nt)
        anchor = nt


def text_xml_value(value: str) -> str:
    """A field value as it goes into a w:t (lxml escapes it); a line break
    stays a line break."""
    return xml_safe(str(value)).replace("\t", " ")


# Header lines that break evenly when too long for their column.
BALANCED_STYLES = (Style.GOVERNING, Style.UNIT)


def _balance_header_lines(slots: list[_Slot], fields: dict[str, str]) -> dict[str, str]:
    fields = dict(fields)
    for slot in slots:
        if not slot.only_placeholders or len(slot.matches) != 1:
            continue
        style = slot.p.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style.get(w("val")) if style is not None else ""
        name = slot.matches[0][2]
        if style_id in BALANCED_STYLES and name in fields:
            spec = STYLE_SPECS[style_id]
            lines = balanced_lines(fields[name], spec.size, _container_width_pt(slot.p), spec.bold)
            fields[name] = "\n".join(lines)
    return fields


def _remove_if_empty(slot: _Slot) -> None:
    """A paragraph made only of placeholders whose values are empty goes away
    (e.g. no "KT." line), except the last paragraph of a table cell."""
    if not slot.only_placeholders or any(m[2] in BLOCK_NAMES for m in slot.matches):
        return
    if "".join(t.text or "" for t in slot.texts).strip():
        return
    parent = slot.p.getparent()
    if parent.tag == w("tc") and len(parent.findall(w("p"))) == 1:
        return
    parent.remove(slot.p)


def _size_short_rules(doc) -> None:
    """Rules under the unit name and the subject: a share of the text above."""
    for p in list(doc.element.body.iter(w("p"))):
        ppr = p.find(w("pPr"))
        style = ppr.find(w("pStyle")) if ppr is not None else None
        if style is None or style.get(w("val")) != Style.SHORT_RULE:
            continue
        above = p.getprevious()
        if above is None or above.tag != w("p"):
            continue
        above_style = above.find(f"{w('pPr')}/{w('pStyle')}")
        spec = STYLE_SPECS.get(above_style.get(w("val")) if above_style is not None else "")
        size, bold = (spec.size, spec.bold) if spec else (14, True)
        avail = _container_width_pt(p)
        text = "".join(t.text or "" for t in _own_texts(above))
        rule = short_rule_width(text, size, bold, avail, SHORT_RULE_SHARE)
        side = str(max(round((avail - rule) / 2 * 20), 0))
        ind = etree.Element(w("ind"))
        ind.set(w("left"), side)
        ind.set(w("right"), side)
        put_child(ppr, ind, PPR_ORDER)


def _container_width_pt(p: etree._Element) -> float:
    cell = p.getparent()
    if cell.tag == w("tc"):
        width = cell.find(f"{w('tcPr')}/{w('tcW')}")
        if width is not None and width.get(w("type"), "dxa") == "dxa":
            return int(width.get(w("w"))) / 20
    return twips(TEXT_WIDTH_MM) / 20


# -- generated blocks ---------------------------------------------------------------


def _table_xml(table: Table, width_mm: float) -> str:
    total = sum(c.width for c in table.columns)
    widths = [twips(width_mm * c.width / total) for c in table.columns]
    border = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    borders = "".join(
        border.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    out = [
        f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{x}"/>' for x in widths),
        "</w:tblGrid>",
        "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
    ]
    for col, width in zip(table.columns, widths, strict=True):
        out.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            f"{para_xml(col.title, Style.TABLE_HEAD)}</w:tc>"
        )
    out.append("</w:tr>")
    # Every data cell: style of its column, fonts set on the run.
    openers = [
        f'<w:tc><w:p><w:pPr><w:pStyle w:val="{_CELL_STYLE[c.align]}"/></w:pPr>'
        for c in table.columns
    ]
    run_open = f'<w:r>{RUN_PR}<w:t xml:space="preserve">'
    for row in table.rows:
        out.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for opener, value in zip(openers, row, strict=True):
            if value:
                out.append(f"{opener}{run_open}{text_xml(value)}</w:t></w:r></w:p></w:tc>")
            else:
                out.append(f"{opener}</w:p></w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def blocks_xml(blocks: Sequence[Block], width_mm: float = TEXT_WIDTH_MM) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Para):
            out.append(para_xml(block.text, block.style))
        else:
            out.append(_table_xml(block, width_mm))
            # A table is always followed by a paragraph in Word.
            out.append(para_xml("", Style.TABLE_TEXT))
    return "".join(out)


def _appendix_sect_pr(main: etree._Element, landscape: bool) -> etree._Element:
    """Section properties of an appendix: the main section's page set-up,
    page numbers restarting at 1, no number on its first page, headers
    inherited from the main section."""
    sect = copy.deepcopy(main)
    for tag in ("headerReference", "footerReference", "pgNumType", "titlePg", "type"):
        for el in sect.findall(w(tag)):
            sect.remove(el)
    size = sect.find(w("pgSz"))
    width, height = sorted((int(size.get(w("w"))), int(size.get(w("h")))))
    if landscape:
        size.set(w("w"), str(height))
        size.set(w("h"), str(width))
        size.set(w("orient"), "landscape")
    else:
        size.set(w("w"), str(width))
        size.set(w("h"), str(height))
        size.attrib.pop(w("orient"), None)
    for el in parse_fragment('<w:pgNumType w:start="1"/><w:titlePg/>'):
        put_child(sect, el, SECTPR_ORDER)
    return sect


def _section_break(sect: etree._Element) -> str:
    return f"<w:p><w:pPr>{_TINY_PPR}{etree.tostring(sect, encoding=str)}</w:pPr></w:p>"


def _appendices_xml(appendices: list[Appendix], body: etree._Element) -> str:
    """The appendices as new sections: the main section ends where
    ``{{ appendices }}`` stood; the last appendix's set-up becomes the body's."""
    main = body.find(w("sectPr"))
    out = [_section_break(main)]
    for i, appendix in enumerate(appendices):
        width = LANDSCAPE_TEXT_WIDTH_MM if appendix.landscape else TEXT_WIDTH_MM
        out += [
            para_xml(appendix.label, Style.APPENDIX_LABEL),
            para_xml(appendix.title, Style.APPENDIX_TITLE),
            para_xml(appendix.note, Style.APPENDIX_NOTE),
            blocks_xml(appendix.blocks, width),
        ]
        sect = _appendix_sect_pr(main, appendix.landscape)
        if i < len(appendices) - 1:
            out.append(_section_break(sect))
        else:
            body.replace(main, sect)
    return "".join(out)


def _block_xml(slot: _Slot, report: ReportDocument, body: etree._Element) -> str:
    name = slot.matches[0][2]
    if name == "body":
        return blocks_xml(report.body)
    if name == "recipients":
        style = slot.p.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style.get(w("val")) if style is not None else Style.RECIPIENT
        lines = report.recipients or [""]
        return "".join(para_xml(line, style_id) for line in lines)
    return _appendices_xml(report.appendices, body) if report.appendices else ""


def _write_package(doc, out: Path, body_xml: dict[bytes, bytes]) -> None:
    """Save the package with the generated XML spliced into document.xml as
    text: moving 100,000 parsed elements into the document tree would take
    far longer than writing them."""
    buffer = io.BytesIO()
    doc.save(buffer)
    document = etree.tostring(doc.element, encoding="UTF-8", xml_declaration=True, standalone=True)
    for marker, xml in body_xml.items():
        document = document.replace(marker, xml, 1)
    with atomic_path(out) as tmp:
        with (
            zipfile.ZipFile(buffer) as source,
            zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
        ):
            for item in source.infolist():
                data = document if item.filename == "word/document.xml" else source.read(item)
                target.writestr(item.filename, data)


@dataclass
class FrameTexts:
    """The template's own sentences around the generated content, filled in:
    what the PDF writer sets so that the PDF reads like the DOCX."""

    nation: str
    motto: str
    number_line: str
    title: str
    addressee: str
    opening: list[str]
    closing: list[str]
    recipients_head: str


def _style_of(p: etree._Element) -> str:
    style = p.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val")) if style is not None else ""


def _text_of(p: etree._Element) -> str:
    return "".join(t.text or "" for t in _own_texts(p))


def frame_texts(report: ReportDocument, template: Path | str | None = None) -> FrameTexts:
    """Read the fixed sentences of `template` (checked as for the DOCX) with
    the report's fields put in."""
    doc, slots = load_template(template)
    for slot in slots:
        _fill_inline(slot, report.fields)
    body = doc.element.body
    paragraphs = list(body.iter(w("p")))

    def first(style: Style) -> str:
        return next((_text_of(p) for p in paragraphs if _style_of(p) == style), "")

    body_slot = next(s.p for s in slots if s.matches[0][2] == "body")
    top = list(body)
    at = top.index(body_slot)
    # Body-style paragraphs of the template right before and after {{ body }}.
    opening = []
    for el in reversed(top[:at]):
        if el.tag != w("p") or _style_of(el) != Style.BODY:
            break
        opening.insert(0, _text_of(el))
    closing = []
    for el in top[at + 1 :]:
        if el.tag != w("p") or _style_of(el) != Style.BODY or _text_of(el).startswith("{{"):
            break
        closing.append(_text_of(el))
    return FrameTexts(
        nation=first(Style.NATION),
        motto=first(Style.MOTTO),
        number_line=first(Style.NUMBER),
        title=first(Style.TITLE),
        addressee=first(Style.ADDRESSEE),
        opening=[t for t in opening if t.strip()],
        closing=[t for t in closing if t.strip()],
        recipients_head=first(Style.RECIPIENTS_HEAD),
    )


def write_docx(
    report: ReportDocument,
    out: Path | str,
    template: Path | str | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """Render `report` on `template` (default: the built-in one) into `out`,
    written whole or not at all. `check` is called between steps (it may
    raise to cancel)."""
    doc, slots = load_template(template)
    check = check or (lambda: None)
    fields = _balance_header_lines(slots, report.fields)
    for slot in slots:
        _fill_inline(slot, fields)
    for slot in slots:
        _remove_if_empty(slot)
    _size_short_rules(doc)
    check()
    body = doc.element.body
    spliced: dict[bytes, bytes] = {}
    for i, slot in enumerate(s for s in slots if s.matches[0][2] in BLOCK_NAMES):
        marker = f"cds-block-{i}"
        spliced[f"<!--{marker}-->".encode()] = _block_xml(slot, report, body).encode()
        slot.p.addprevious(etree.Comment(marker))
        slot.p.getparent().remove(slot.p)
        check()
    out = Path(out)
    _write_package(doc, out, spliced)
    return out
