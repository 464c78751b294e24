"""Fill a report template (.docx) with a described `ReportDocument`.

The template was checked when it was loaded (`template.load_template`).
Values are inserted as text, never read as template syntax: an officer who
types "{{ x }}" gets exactly that in the report.

Generated content (body blocks, tables of thousands of rows) is written as
WordprocessingML text and parsed once, which keeps 20,000 rows in a second or
two; python-docx objects are only used for the template's own paragraphs.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path

from lxml import etree

from .. import __version__
from ..files import atomic_path
from .fonts import clean_text, fit_header, short_rule_width
from .model import (
    BLOCK_NAMES,
    FONT_NAME,
    LANDSCAPE_TEXT_WIDTH_MM,
    SHORT_RULE_SHARE,
    TEXT_WIDTH_MM,
    Appendix,
    Block,
    Para,
    ReportDocument,
    Style,
    StyleSpec,
    Table,
)
from .ooxml import (
    PPR_ORDER,
    RPR_ORDER,
    RUN_PR,
    SECTPR_ORDER,
    para_xml,
    parse_fragment,
    put_child,
    text_xml,
    twips,
    w,
)
from .template import ReportTemplate, Slot, load_template

_CELL_STYLE = {"left": Style.TABLE_TEXT, "center": Style.TABLE_CENTER, "right": Style.TABLE_NUMBER}
# A paragraph that only ends a section: as small as Word allows.
_TINY_PPR = '<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'


# -- filling ---------------------------------------------------------------------


def _fill_inline(slot: Slot, fields: dict[str, str]) -> None:
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
    stays a line break; invisible format characters removed, as in the PDF."""
    return clean_text(str(value)).replace("\t", " ")


def _property(text: str) -> str:
    """A core property value: one line, at most the 255 characters the
    format allows (a longer name shortened with "…")."""
    text = " ".join(clean_text(text).split())
    return text if len(text) <= 255 else text[:254] + "…"


# Header lines that break evenly when too long for their column, set
# smaller (or cut) when even that takes more than three lines.
BALANCED_STYLES = (Style.GOVERNING, Style.UNIT)


def _balance_header_lines(
    slots: list[Slot], fields: dict[str, str], styles: Mapping[str, StyleSpec]
) -> dict[str, str]:
    fields = dict(fields)
    for slot in slots:
        if not slot.only_placeholders or len(slot.matches) != 1:
            continue
        style = slot.p.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style.get(w("val")) if style is not None else ""
        name = slot.matches[0][2]
        if style_id in BALANCED_STYLES and name in fields:
            spec = styles[style_id]
            fit = fit_header(fields[name], spec.size, _container_width_pt(slot.p), spec.bold)
            fields[name] = "\n".join(fit.lines)
            if fit.shrunk:
                _set_run_size(slot.p, fit.size)
    return fields


def _set_run_size(p: etree._Element, size: float) -> None:
    """Every run of the paragraph set at `size` points (a header line too
    long for its column at its style's size)."""
    half_points = str(round(size * 2))
    for run in p.iter(w("r")):
        rpr = run.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            run.insert(0, rpr)
        for tag in ("sz", "szCs"):
            el = etree.Element(w(tag))
            el.set(w("val"), half_points)
            put_child(rpr, el, RPR_ORDER)


def _remove_if_empty(slot: Slot) -> None:
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


def _size_short_rules(doc, styles: Mapping[str, StyleSpec]) -> None:
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
        spec = styles.get(above_style.get(w("val")) if above_style is not None else "")
        size, bold = (spec.size, spec.bold) if spec else (14, True)
        avail = _container_width_pt(p)
        text = _text_with_breaks(above)
        rule = short_rule_width(text, size, bold, avail, SHORT_RULE_SHARE)
        side = str(max(round((avail - rule) / 2 * 20), 0))
        ind = etree.Element(w("ind"))
        ind.set(w("left"), side)
        ind.set(w("right"), side)
        put_child(ppr, ind, PPR_ORDER)


def _text_with_breaks(p: etree._Element) -> str:
    """The paragraph's own text, its line breaks as newlines."""
    parts = []
    for el in p.iter(w("t"), w("br")):
        if next(el.iterancestors(w("p"))) is not p:
            continue
        parts.append("\n" if el.tag == w("br") else el.text or "")
    return "".join(parts)


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
    return "".join(_blocks_parts(blocks, width_mm))


def _blocks_parts(blocks: Sequence[Block], width_mm: float) -> Iterator[str]:
    """The blocks' XML one block at a time (a ministry's appendix holds
    thousands of unit tables: never all of them in memory as text)."""
    for block in blocks:
        if isinstance(block, Para):
            yield para_xml(block.text, block.style)
        else:
            yield _table_xml(block, width_mm)
            # A table is always followed by a paragraph in Word.
            yield para_xml("", Style.TABLE_TEXT)


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


def _appendices_parts(appendices: list[Appendix], body: etree._Element) -> Iterator[str]:
    """The appendices as new sections: the main section ends where
    ``{{ appendices }}`` stood; the last appendix's set-up becomes the body's
    (done at once, before the document is serialised; the XML itself is
    produced piece by piece as it is written)."""
    main = body.find(w("sectPr"))
    sects = [_appendix_sect_pr(main, a.landscape) for a in appendices]
    first_break = _section_break(main)
    body.replace(main, sects[-1])

    def parts() -> Iterator[str]:
        yield first_break
        for i, appendix in enumerate(appendices):
            width = LANDSCAPE_TEXT_WIDTH_MM if appendix.landscape else TEXT_WIDTH_MM
            yield para_xml(appendix.label, Style.APPENDIX_LABEL)
            yield para_xml(appendix.title, Style.APPENDIX_TITLE)
            yield para_xml(appendix.note, Style.APPENDIX_NOTE)
            yield from _blocks_parts(appendix.blocks, width)
            if i < len(appendices) - 1:
                yield _section_break(sects[i])

    return parts()


def _block_parts(slot: Slot, report: ReportDocument, body: etree._Element) -> Iterable[str]:
    name = slot.matches[0][2]
    if name == "body":
        return _blocks_parts(report.body, TEXT_WIDTH_MM)
    if name == "recipients":
        style = slot.p.find(f"{w('pPr')}/{w('pStyle')}")
        style_id = style.get(w("val")) if style is not None else Style.RECIPIENT
        lines = report.recipients or [""]
        return [para_xml(line, style_id) for line in lines]
    return _appendices_parts(report.appendices, body) if report.appendices else []


def _save_package(
    doc,
    out: Path,
    body_xml: dict[bytes, Iterable[str]],
    check: Callable[[], None] = lambda: None,
) -> None:
    """Save the package with the generated XML spliced into document.xml as
    text: moving 100,000 parsed elements into the document tree would take
    far longer than writing them. The generated parts are encoded and
    compressed as they come, so a report of thousands of tables never holds
    its whole text in memory."""
    buffer = io.BytesIO()
    doc.save(buffer)
    document = etree.tostring(doc.element, encoding="UTF-8", xml_declaration=True, standalone=True)
    places = sorted((document.index(marker), marker) for marker in body_xml)
    with (
        zipfile.ZipFile(buffer) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        for item in source.infolist():
            if item.filename != "word/document.xml":
                data = source.read(item)
                if item.filename == "docProps/app.xml":
                    data = _app_properties(data)
                target.writestr(item.filename, data)
                continue
            with target.open(item.filename, "w") as stream:
                start = 0
                for at, marker in places:
                    stream.write(document[start:at])
                    for n, part in enumerate(body_xml[marker]):
                        stream.write(part.encode())
                        if n % 500 == 499:
                            check()
                    start = at + len(marker)
                stream.write(document[start:])


# Styles in the document's outline (Navigation Pane, PDF bookmarks), by level.
OUTLINE_LEVELS = {Style.HEADING1: 0, Style.HEADING2: 1, Style.APPENDIX_LABEL: 0}
# Styles after which Enter goes back to the body style.
NEXT_IS_BODY = (
    Style.HEADING1,
    Style.HEADING2,
    Style.POINT,
    Style.APPENDIX_LABEL,
    Style.APPENDIX_TITLE,
    Style.APPENDIX_NOTE,
)
LANGUAGE = "vi-VN"
WORD_URI = "http://schemas.microsoft.com/office/word"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _keep_signature_with_closing(doc) -> None:
    """The signature block never stands alone on a page: its table's rows do
    not split, and the paragraph before it (the closing sentence) keeps with
    it, as a clerk would set it."""
    body = doc.element.body
    for table in body.findall(w("tbl")):
        styles = {el.get(w("val")) for el in table.iter(w("pStyle"))}
        if str(Style.SIGN_NAME) not in styles and str(Style.RECIPIENTS_HEAD) not in styles:
            continue
        for tr in table.findall(w("tr")):
            trpr = tr.find(w("trPr"))
            if trpr is None:
                trpr = etree.Element(w("trPr"))
                tr.insert(1 if tr.find(w("tblPrEx")) is not None else 0, trpr)
            if trpr.find(w("cantSplit")) is None:
                etree.SubElement(trpr, w("cantSplit"))
        before = table.getprevious()
        if before is not None and before.tag == w("p"):
            ppr = before.find(w("pPr"))
            if ppr is None:
                ppr = etree.Element(w("pPr"))
                before.insert(0, ppr)
            put_child(ppr, etree.Element(w("keepNext")), PPR_ORDER)
        return


def _word_native(doc, report: ReportDocument) -> None:
    """What makes Word treat the file as its own: outline levels and "next
    style" on the CDS styles, the current compatibility mode (15), Vietnamese
    as the language, Times New Roman as the theme's fonts, and the core
    properties of this report."""
    styles_el = doc.styles.element
    by_id = {st.get(w("styleId")): st for st in styles_el.findall(w("style"))}
    for style_id, level in OUTLINE_LEVELS.items():
        st = by_id.get(str(style_id))
        if st is None:
            continue
        ppr = st.find(w("pPr"))
        if ppr is None:
            ppr = etree.SubElement(st, w("pPr"))
        outline = etree.Element(w("outlineLvl"))
        outline.set(w("val"), str(level))
        put_child(ppr, outline, PPR_ORDER)
    for style_id in NEXT_IS_BODY:
        st = by_id.get(str(style_id))
        if st is None or str(Style.BODY) not in by_id:
            continue
        nxt = st.find(w("next"))
        if nxt is None:
            nxt = etree.Element(w("next"))
            # After name, aliases and basedOn (the schema's order).
            anchor = None
            for tag in ("basedOn", "aliases", "name"):
                anchor = st.find(w(tag))
                if anchor is not None:
                    break
            if anchor is not None:
                anchor.addnext(nxt)
            else:
                st.insert(0, nxt)
        nxt.set(w("val"), str(Style.BODY))
    # Language of every run by default.
    defaults = styles_el.find(w("docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
        if rpr is not None:
            lang = rpr.find(w("lang"))
            if lang is None:
                lang = etree.SubElement(rpr, w("lang"))
            lang.set(w("val"), LANGUAGE)
            lang.set(w("eastAsia"), LANGUAGE)
            lang.set(w("bidi"), "ar-SA")
    _compat_mode(doc.settings.element)
    _theme_fonts(doc)
    props = doc.core_properties
    now = datetime.now().replace(microsecond=0)
    props.title = _property(report.fields.get("subject", ""))
    props.subject = _property(report.fields.get("subject", ""))
    props.author = _property(report.fields.get("unit_name", ""))
    props.last_modified_by = _property(report.fields.get("unit_name", ""))
    props.created = now
    props.modified = now
    props.revision = 1
    props.language = LANGUAGE
    props.comments = f"Báo cáo CĐS {__version__}"
    props.keywords = "báo cáo; chuyển đổi số"
    props.category = "Báo cáo"


def _compat_mode(settings: etree._Element) -> None:
    compat = settings.find(w("compat"))
    if compat is None:
        compat = etree.SubElement(settings, w("compat"))
    for old in compat.findall(w("compatSetting")):
        if old.get(w("name")) == "compatibilityMode":
            compat.remove(old)
    setting = etree.SubElement(compat, w("compatSetting"))
    setting.set(w("name"), "compatibilityMode")
    setting.set(w("uri"), WORD_URI)
    setting.set(w("val"), "15")


def _theme_fonts(doc) -> None:
    """Times New Roman for the theme's major and minor fonts in every script
    (the library's theme names Japanese and other fonts)."""
    for rel in doc.part.rels.values():
        if rel.reltype.endswith("/theme"):
            part = rel.target_part
            root = etree.fromstring(part.blob)
            for group in ("majorFont", "minorFont"):
                for font_group in root.iter(f"{A}{group}"):
                    for child in list(font_group):
                        if child.tag == f"{A}font":
                            font_group.remove(child)
                        elif child.tag in (f"{A}latin", f"{A}ea", f"{A}cs"):
                            child.set("typeface", FONT_NAME)
            part._blob = etree.tostring(
                root, xml_declaration=True, encoding="UTF-8", standalone=True
            )


def _app_properties(data: bytes) -> bytes:
    """docProps/app.xml naming this application and its version."""
    root = etree.fromstring(data)
    ns = root.nsmap.get(None, "")
    for name, value in (("Application", "Báo cáo CĐS"), ("AppVersion", _app_version())):
        el = root.find(f"{{{ns}}}{name}")
        if el is None:
            el = etree.SubElement(root, f"{{{ns}}}{name}")
        el.text = value
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _app_version() -> str:
    """AppVersion as Office writes it: "XX.YYYY"."""
    parts = [int(p) if p.isdigit() else 0 for p in __version__.split(".")[:2]] + [0, 0]
    return f"{parts[0]:02d}.{parts[1]:04d}"


def render_docx(
    report: ReportDocument,
    template: ReportTemplate,
    out: Path,
    check: Callable[[], None] | None = None,
) -> Path:
    """Fill a fresh copy of `template` with `report` (described by that
    template) and save it to `out` as it is: the caller makes the write
    atomic. `check` is called between steps (it may raise to cancel)."""
    doc, slots = template.open()
    check = check or (lambda: None)
    styles = report.styles
    fields = _balance_header_lines(slots, report.fields, styles)
    for slot in slots:
        _fill_inline(slot, fields)
    for slot in slots:
        _remove_if_empty(slot)
    _size_short_rules(doc, styles)
    _keep_signature_with_closing(doc)
    _word_native(doc, report)
    check()
    body = doc.element.body
    spliced: dict[bytes, Iterable[str]] = {}
    for i, slot in enumerate(s for s in slots if s.matches[0][2] in BLOCK_NAMES):
        marker = f"cds-block-{i}"
        spliced[f"<!--{marker}-->".encode()] = _block_parts(slot, report, body)
        slot.p.addprevious(etree.Comment(marker))
        slot.p.getparent().remove(slot.p)
        check()
    _save_package(doc, out, spliced, check)
    return out


def write_docx(
    report: ReportDocument,
    out: Path | str,
    template: Path | str | ReportTemplate | None = None,
    check: Callable[[], None] | None = None,
) -> Path:
    """Render `report` on `template` (default: the built-in one) into `out`,
    written whole or not at all."""
    loaded = load_template(template)
    out = Path(out)
    with atomic_path(out) as tmp:
        render_docx(loaded.describe(report), loaded, tmp, check)
    return out
