"""The bundled fallback fonts of the PDF: what the report's serif font has
no glyph for is drawn, character by character, with the first of these
that has it and serves that part of Unicode (resources/fonts, their
licences beside them):

- Noto Emoji (monochrome) for emoji and pictographs;
- Noto Sans Symbols and Symbols 2 for other symbols;
- WenQuanYi Micro Hei for Chinese, Japanese (kana) and Korean (Hangul);
- Noto Sans Thai, Lao, Armenian and Georgian.

Each font serves only the blocks listed for it. Scripts written right to
left or that need shaping to be readable (Arabic, Hebrew, the Indic
scripts, Khmer, Myanmar...) are deliberately not served: reportlab would
draw them in the wrong order or with broken clusters, so they keep the
visible replacement that the pre-flight check lists.

The fonts are embedded as subsets, as the serif font is.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import asset

_SYMBOL_BLOCKS = ((0x2000, 0x2BFF), (0x1F000, 0x1FBFF))
_EMOJI_BLOCKS = (*_SYMBOL_BLOCKS, (0x3030, 0x3030), (0x303D, 0x303D), (0x3297, 0x3299))
_CJK_BLOCKS = (
    (0x1100, 0x11FF),  # Hangul Jamo
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x2FF0, 0x303F),  # ideographic description, CJK symbols and punctuation
    (0x3040, 0x9FFF),  # kana, bopomofo, Hangul compatibility jamo, CJK ideographs
    (0xA960, 0xA97F),  # Hangul Jamo extended A
    (0xAC00, 0xD7FF),  # Hangul syllables, Jamo extended B
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # half- and full-width forms
    (0x20000, 0x3FFFF),  # CJK ideographs, extensions
)


@dataclass(frozen=True)
class Fallback:
    name: str  # the reportlab font name
    file: str  # in resources/fonts
    blocks: tuple[tuple[int, int], ...]  # the code points it serves
    subfont: int = 0  # the face in a font collection


FALLBACKS = (
    Fallback("ReportFallback-Emoji", "NotoEmoji-Regular.ttf", _EMOJI_BLOCKS),
    Fallback("ReportFallback-Symbols", "NotoSansSymbols-Regular.ttf", _SYMBOL_BLOCKS),
    Fallback("ReportFallback-Symbols2", "NotoSansSymbols2-Regular.ttf", _SYMBOL_BLOCKS),
    Fallback("ReportFallback-CJK", "wqy-microhei.ttc", _CJK_BLOCKS),
    Fallback("ReportFallback-Thai", "NotoSansThai-Regular.ttf", ((0x0E00, 0x0E7F),)),
    Fallback("ReportFallback-Lao", "NotoSansLao-Regular.ttf", ((0x0E80, 0x0EFF),)),
    Fallback(
        "ReportFallback-Armenian",
        "NotoSansArmenian-Regular.ttf",
        ((0x0530, 0x058F), (0xFB13, 0xFB17)),
    ),
    Fallback(
        "ReportFallback-Georgian",
        "NotoSansGeorgian-Regular.ttf",
        ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
    ),
)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """A subset's ToUnicode CMap with each character as UTF-16 (reportlab's
    own writes a code point past U+FFFF as five hex digits, which readers
    misread: an emoji would be copied out of the PDF as two wrong letters)."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


_lock = threading.Lock()
_map: dict[str, str] | None = None


def fallback_map() -> dict[str, str]:
    """Each character a fallback font draws, with that font's name; the
    fonts are registered with reportlab on the first call (thread-safe)."""
    global _map
    with _lock:
        if _map is not None:
            return _map
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        chars: dict[str, str] = {}
        for fb in FALLBACKS:
            font = TTFont(
                fb.name, str(asset("resources", "fonts", fb.file)), subfontIndex=fb.subfont
            )
            pdfmetrics.registerFont(font)
            for code in font.face.charToGlyph:
                ch = chr(code)
                if ch not in chars and any(lo <= code <= hi for lo, hi in fb.blocks):
                    chars[ch] = fb.name
        _map = chars
        return _map
