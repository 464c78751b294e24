"""The serif font of the report: Times New Roman where the system has it,
otherwise the bundled Liberation Serif (same metrics, full Vietnamese), with
the bundled fallback fonts (`fallback`) for emoji and other scripts.

Also splits text into runs of one font each, measures it (to wrap table
cells and size the short rules under the unit name and the subject), and
cleans text the same way for both renderings.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..fontfiles import LIBERATION_FILES, STYLES, find_times
from ..paths import asset
from .fallback import fallback_map

FAMILY = "ReportSerif"


@dataclass(frozen=True)
class FontInfo:
    family: str  # the reportlab family name
    source: str  # "Times New Roman" or "Liberation Serif"
    files: dict


_lock = threading.Lock()
_info: FontInfo | None = None


def register_fonts() -> FontInfo:
    """Register the report font family with reportlab once (thread-safe)."""
    global _info
    with _lock:
        if _info is not None:
            return _info
        files = find_times()
        source = "Times New Roman"
        if files is None:
            files = {s: asset("resources", "fonts", LIBERATION_FILES[s]) for s in STYLES}
            source = "Liberation Serif"
        names = {s: f"{FAMILY}-{s}" for s in STYLES}
        for style in STYLES:
            pdfmetrics.registerFont(TTFont(names[style], str(files[style])))
        pdfmetrics.registerFontFamily(
            FAMILY,
            normal=names["regular"],
            bold=names["bold"],
            italic=names["italic"],
            boldItalic=names["bolditalic"],
        )
        for bold in (0, 1):
            for italic in (0, 1):
                key = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
                addMapping(FAMILY, bold, italic, names[key])
        _info = FontInfo(FAMILY, source, files)
        return _info


def font_name(bold: bool = False, italic: bool = False) -> str:
    register_fonts()
    key = ("bold" if bold else "") + ("italic" if italic else "") or "regular"
    return f"{FAMILY}-{key}"


def font_runs(text: str, base: str) -> list[tuple[str, str]]:
    """`text` as runs of (font name, piece): the report font `base` where it
    has the glyph, else the fallback font that has it (else `base`)."""
    main = _main or main_characters()
    if main.issuperset(text):
        return [(base, text)]
    other = fallback_map()
    runs: list[tuple[str, str]] = []
    current, start = base, 0
    for i, ch in enumerate(text):
        font = base if ch in main else other.get(ch, base)
        if font != current:
            if i > start:
                runs.append((current, text[start:i]))
            current, start = font, i
    if len(text) > start:
        runs.append((current, text[start:]))
    return runs


def string_width(text: str, base: str, size: float) -> float:
    """Width in points of one line set in `base` and its fallbacks."""
    if (_main or main_characters()).issuperset(text):
        return pdfmetrics.stringWidth(text, base, size)
    return sum(pdfmetrics.stringWidth(piece, font, size) for font, piece in font_runs(text, base))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of one line of text."""
    return string_width(text, font_name(bold), size)


def run_markup(text: str, base: str) -> str:
    """Paragraph markup of plain `text` (escaped: officer text is never
    markup) with each fallback run in its own font."""
    return "".join(
        escape(piece) if font == base else f'<font name="{font}">{escape(piece)}</font>'
        for font, piece in font_runs(text, base)
    )


def draw_runs(text_object, line: str, base: str, size: float) -> None:
    """Draw `line` at the text object's cursor, switching to the fallback
    fonts where needed and back to `base` after."""
    if (_main or main_characters()).issuperset(line):
        text_object.textOut(line)
        return
    for font, piece in font_runs(line, base):
        text_object.setFont(font, size)
        text_object.textOut(piece)
    text_object.setFont(base, size)


def wrap_words(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy line breaking at spaces (enough to size a rule)."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        trial = f"{current} {word}" if current else word
        if current and text_width(trial, size, bold) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines


def short_rule_width(text: str, size: float, bold: bool, avail: float, share: float) -> float:
    """Length (points) of the rule under `text` set in a column `avail` wide:
    `share` of its longest line, the lines broken as both writers break a
    header line (at its own line breaks, else balanced, else wrapped)."""
    if "\n" in text:
        lines = [line for line in text.split("\n") if line.strip()] or [""]
    else:
        lines = balanced_lines(text, size, avail, bold)
    if any(text_width(line, size, bold) > avail for line in lines):
        lines = wrap_words(" ".join(lines), size, avail, bold) or [""]
    longest = max(text_width(line, size, bold) for line in lines)
    return max(min(longest, avail) * share, 24.0)


# XML 1.0 cannot hold these; Word and PDF cannot show them either.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    return _XML_INVALID.sub("", text)


# Invisible format characters (zero-width joiners and spaces, direction
# marks and embeddings, soft hyphen, byte order mark, tags, variation
# selectors): removed the same way from both renderings.
FORMAT_CHARS = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef]"
)


def clean_text(text: str) -> str:
    """Text as both renderings print it before any font is involved: what
    XML cannot hold and the invisible format characters removed."""
    text = xml_safe(text)
    return text if text.isascii() else FORMAT_CHARS.sub("", text)


# What stands, in both renderings, for a character the report font has no
# glyph for (emoji, other scripts); the pre-flight check lists each one.
REPLACEMENT = "\u25a1"


def printable(text: str) -> str:
    """`text` as both renderings print it: format characters removed, a
    character the font cannot draw replaced by a visible box."""
    text = clean_text(text)
    if text.isascii() or (_main or main_characters()).issuperset(text):
        return text
    covered = covered_characters()
    if covered.issuperset(text):
        return text
    mark = REPLACEMENT if REPLACEMENT in covered else "?"
    return "".join(ch if ch in covered or ch == "\t" else mark for ch in text)


_main: frozenset[str] | None = None
_covered: frozenset[str] | None = None


def main_characters() -> frozenset[str]:
    """The characters the report font itself has a glyph for."""
    global _main
    if _main is None:
        face = pdfmetrics.getFont(font_name()).face
        _main = frozenset(chr(code) for code in face.charToGlyph) | {"\n"}
    return _main


def covered_characters() -> frozenset[str]:
    """The characters the PDF can draw: the report font's and those of the
    bundled fallback fonts."""
    global _covered
    if _covered is None:
        _covered = main_characters() | frozenset(fallback_map())
    return _covered


def drawable(text: str) -> str:
    """Text with the characters no font of the PDF has a glyph for removed
    (direction marks, control characters), so a PDF never fails."""
    text = xml_safe(text).replace("\t", " ")
    if (_main or main_characters()).issuperset(text):
        return text  # the fallback fonts are not even loaded
    covered = covered_characters()
    if covered.issuperset(text):
        return text
    return "".join(ch for ch in text if ch in covered)


# More words than two lines of a header column could ever hold.
_BALANCED_WORDS = 400


def balanced_lines(text: str, size: float, width: float, bold: bool = False) -> list[str]:
    """A header line too long for its column, broken into two lines of even
    length at a space ("SỞ THÔNG TIN VÀ / TRUYỀN THÔNG"), as a typist would;
    longer text is left to the usual wrapping."""
    # Ordinary spaces only: a non-breaking space holds a name together.
    words = [word for word in text.split(" ") if word]
    if len(words) < 2 or len(words) > _BALANCED_WORDS:
        return [text]
    full = text_width(text, size, bold)
    # Wider than two full lines and the space between them: it never fits
    # in two (not tried: trying every break of a long text takes minutes).
    if full <= width or full > 2 * width + text_width(" ", size, bold):
        return [text]
    best: tuple[float, list[str]] | None = None
    for i in range(1, len(words)):
        lines = [" ".join(words[:i]), " ".join(words[i:])]
        widest = max(text_width(line, size, bold) for line in lines)
        if widest <= width and (best is None or widest < best[0]):
            best = (widest, lines)
    return best[1] if best else [text]


# A header line (governing body, unit name) takes at most this many lines
# of its column; a longer one is set smaller, down to HEADER_MIN_SIZE, and
# past that cut with "…" (the pre-flight check warns in both cases).
HEADER_MAX_LINES = 3
HEADER_MIN_SIZE = 9.0
# More than this could never fit the lines above, whatever the size: it is
# not measured (a name pasted a hundred times stays quick to lay out).
_HEADER_MEASURED = 1000


@dataclass(frozen=True)
class HeaderFit:
    lines: list[str]
    size: float
    shrunk: bool  # set smaller than its style
    cut: bool  # shortened with "…"


def _wrap_cut(text: str, size: float, width: float, bold: bool) -> list[str]:
    """Words wrapped to `width`; a word wider than it is cut at the edge."""
    lines: list[str] = []
    for line in wrap_words(text, size, width, bold):
        if len(line) > 1 and text_width(line, size, bold) > width:
            lines += cut_word(line, font_name(bold), size, width, string_width)
        else:
            lines.append(line)
    return lines


# Characters after which a word too wide for its column (a link) is cut,
# when one lies in the second half of the piece that fits.
_BREAK_AFTER = frozenset("/-.?&=_,;:")


def cut_word(
    word: str, font: str, size: float, width: float, width_of, first: float | None = None
) -> list[str]:
    """`word` cut into pieces as wide as the column (the first `first` wide
    if given), at least a character each. Each cut is found from the piece's
    start, measuring pieces twice as long until one is too wide, then
    halving: the work grows with the length of the word, not its square.
    A piece ends after the last of _BREAK_AFTER in its second half, if any,
    as a link is broken by hand ("…/tin-tuc-" then "su-kien/…")."""
    pieces: list[str] = []
    start, n = 0, len(word)
    full = width
    width = full if first is None else first
    while start < n:
        good, step = start + 1, 16
        while True:
            probe = min(start + step, n)
            if width_of(word[start:probe], font, size) > width:
                bad = probe
                break
            good = probe
            if probe == n:
                bad = n + 1
                break
            step *= 2
        while bad - good > 1:
            mid = (good + bad) // 2
            if width_of(word[start:mid], font, size) <= width:
                good = mid
            else:
                bad = mid
        if good < n:  # where a link breaks well: after a slash, a hyphen, a dot...
            for at in range(good - 1, start + (good - start) // 2, -1):
                if word[at] in _BREAK_AFTER:
                    good = at + 1
                    break
        pieces.append(word[start:good])
        start = good
        width = full
    return pieces


def fit_header(text: str, size: float, width: float, bold: bool = False) -> HeaderFit:
    """A header line as both renderings set it in a column `width` wide: its
    own line breaks, else balanced in two, else wrapped; at most
    HEADER_MAX_LINES lines, smaller if need be, cut as the last resort."""
    if "\n" in text:
        lines = [line for line in text.split("\n") if line.strip()] or [""]
    else:
        lines = balanced_lines(text, size, width, bold)
    if all(text_width(line, size, bold) <= width for line in lines):
        if len(lines) <= HEADER_MAX_LINES:
            return HeaderFit(lines, size, False, False)
    flat = " ".join(" ".join(lines).split())
    measured = flat[:_HEADER_MEASURED]
    trial = size
    while True:
        lines = _wrap_cut(measured, trial, width, bold) or [""]
        if len(lines) <= HEADER_MAX_LINES and len(measured) == len(flat):
            return HeaderFit(lines, trial, trial < size, False)
        if trial <= HEADER_MIN_SIZE:
            break
        trial = max(trial - 0.5, HEADER_MIN_SIZE)
    kept = lines[:HEADER_MAX_LINES]
    last = kept[-1].rstrip()
    while last and text_width(last + "…", trial, bold) > width:
        last = last[:-1].rstrip()
    kept[-1] = last + "…"
    return HeaderFit(kept, trial, trial < size, True)
