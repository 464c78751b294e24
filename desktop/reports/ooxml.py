"""Small WordprocessingML helpers shared by the template maker and the DOCX writer."""

from __future__ import annotations

from xml.sax.saxutils import escape

from lxml import etree

from .fonts import clean_text
from .model import FONT_NAME

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NSDECL = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}"'


def w(tag: str) -> str:
    """Clark name of a w: element or attribute: w("p") -> "{ns}p"."""
    return f"{{{W_NS}}}{tag}"


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


RFONTS = (
    f'<w:rFonts w:ascii="{FONT_NAME}" w:hAnsi="{FONT_NAME}" '
    f'w:eastAsia="{FONT_NAME}" w:cs="{FONT_NAME}"/>'
)
# Generated runs carry no properties of their own: the font comes from the
# paragraph's style, based on the body style (CDSBody).
RUN_PR = ""


def text_xml(text: str) -> str:
    """Escaped text for a w:t, with what XML cannot hold and the invisible
    format characters removed (as in the PDF). Officer text goes through
    here: it is data, never markup."""
    return escape(clean_text(text).replace("\t", " "))


def run_xml(text: str, rpr: str = RUN_PR) -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text_xml(text)}</w:t></w:r>'


def para_xml(text: str, style: str, extra_ppr: str = "") -> str:
    run = run_xml(text) if text else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}</w:pPr>{run}</w:p>'


def parse_fragment(xml: str) -> list[etree._Element]:
    """Parse a run of body elements written as text, in one go."""
    root = etree.fromstring(f"<w:body {NSDECL}>{xml}</w:body>".encode())
    return list(root)


# Schema order of the property elements this package writes (Word refuses
# properties out of order).
PPR_ORDER = (
    "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers "
    "pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE "
    "autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents "
    "suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle "
    "rPr sectPr pPrChange"
).split()
TBLPR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
    "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription"
).split()
RPR_ORDER = (
    "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint "
    "noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u "
    "effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath"
).split()
SECTPR_ORDER = (
    "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
    "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter "
    "docGrid printerSettings sectPrChange"
).split()


def put_child(parent: etree._Element, child: etree._Element, order: list[str]) -> None:
    """Put `child` in its schema position, replacing one of the same tag
    (several headerReference elements may coexist: none is replaced)."""
    name = etree.QName(child).localname
    existing = parent.find(child.tag)
    if existing is not None and name != "headerReference":
        parent.remove(existing)
    rank = order.index(name)
    for el in parent:
        local = etree.QName(el).localname
        if local in order and order.index(local) > rank:
            el.addprevious(child)
            return
    parent.append(child)


def set_fonts(rpr: etree._Element) -> None:
    """Times New Roman in every slot (ASCII, other Latin, East Asian,
    complex), replacing theme fonts."""
    fonts = rpr.find(w("rFonts"))
    if fonts is None:
        fonts = etree.SubElement(rpr, w("rFonts"))
        rpr.remove(fonts)
        rpr.insert(0, fonts)
    for attr in list(fonts.attrib):
        del fonts.attrib[attr]
    for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(w(slot), FONT_NAME)
