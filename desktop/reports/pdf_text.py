"""Text of any length in the PDF, laid out in time that grows with its length.

reportlab breaks a paragraph's lines anew for every page the paragraph goes
on to, and takes each word off the front of a list, so one paragraph of a
whole texts file (1.5 MB, or a single word that long) took minutes. A long
paragraph is set here as consecutive Paragraphs of a few thousand characters
each, cut where a line of the whole paragraph ends (found by reportlab's own
line breaking of a window of the text), so the page looks as if it were one.

A table cell's text (`wrap_cell`) is broken here with the font's metrics; a
word wider than the column (a link, a value pasted without spaces) is cut
line by line, each cut found by measuring pieces about a line long.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from .fonts import cut_word, drawable, main_characters, run_markup, string_width

# A paragraph (or a line of it) longer than this is set in pieces.
CHUNK_CHARS = 3000
# What reportlab may drop between words (Python's whitespace, and the few
# characters reportlab adds to it).
_GAPS = re.compile("[\\s\u200b]+")
# What reportlab strips at a paragraph's start (a no-break space it keeps).
_LEADING = re.compile("[^\\S\u00a0]+")
_LAYOUT_HEIGHT = 1e9
# A word this long (characters) may be cut into lines here; of a longer one,
# this much at a time. Lines of a word in one Paragraph: at most _WORD_LINES.
_LONG_WORD = 200
_WORD_SPAN = 50 * CHUNK_CHARS
_WORD_LINES = 40


def markup(text: str, base: str) -> str:
    """Drawable text as Paragraph markup set in `base`: escaped (officer text
    is never markup), the fallback fonts where `base` has no glyph, line
    breaks kept."""
    return run_markup(text, base).replace("\n", "<br/>")


def paragraphs(text: str, pstyle: ParagraphStyle, width: float) -> list[Flowable]:
    """Officer text set in `pstyle` in a column `width` wide: one Paragraph,
    or for a long text consecutive ones that together look like one."""
    text = drawable(text)
    if len(text) <= CHUNK_CHARS:
        return [Paragraph(markup(text, pstyle.fontName), pstyle)]
    # The space before and the first line's indent go with the first piece,
    # the space after and keeping with the next paragraph with the last.
    later = _variant(pstyle, "continued", firstLineIndent=0, spaceBefore=0, allowOrphans=1)
    head = _variant(pstyle, pstyle.name, spaceAfter=0, keepWithNext=0)
    middle = _variant(later, later.name, spaceAfter=0, keepWithNext=0)
    pieces = _pieces(text, pstyle, later, width)
    out: list[Flowable] = []
    for n, (piece, mid_line) in enumerate(pieces):
        last = n == len(pieces) - 1
        style = (pstyle if last else head) if n == 0 else (later if last else middle)
        kind = _Inside if mid_line else Paragraph
        out.append(kind(markup(piece, style.fontName), style))
    return out


class _Inside(Paragraph):
    """A piece whose last line is inside the paragraph: justified like the
    others, also after the piece is split at a page's end (reportlab makes
    the two parts of the same class)."""

    _JustifyLast = 1


def _variant(style: ParagraphStyle, name: str, **changes) -> ParagraphStyle:
    return ParagraphStyle(name, parent=style, **changes)


def _pieces(
    text: str, first: ParagraphStyle, later: ParagraphStyle, width: float
) -> list[tuple[str, bool]]:
    """`text` as pieces of about CHUNK_CHARS: whole lines (a blank line goes
    with the line after it, as reportlab drops a last blank line), a line too
    long cut where a line of the paragraph ends. Each piece with whether it
    ends inside a line of the text."""
    out: list[tuple[str, bool]] = []
    group: list[str] = []
    size = 0

    def close() -> None:
        nonlocal group, size
        blank = 0
        while blank < len(group) and not group[len(group) - 1 - blank].strip():
            blank += 1
        kept = group[: len(group) - blank]
        if kept:
            out.append(("\n".join(kept), False))
        group = group[len(group) - blank :]
        size = sum(len(line) + 1 for line in group)

    for line in text.split("\n"):
        if group and line.strip() and size + len(line) > CHUNK_CHARS:
            close()
        if len(line) <= CHUNK_CHARS:
            group.append(line)
            size += len(line) + 1
            continue
        style = first if not out and not group else later
        start = 0
        while len(line) - start > CHUNK_CHARS:
            # A cut is a line end: the blank lines before it go with it.
            pieces = _word_lines(line, start, style, width)
            if pieces:
                # The lines of a long word as words that each fill a line:
                # the same lines, without reportlab measuring the word letter
                # by letter (a space is never drawn at the end of a line, and
                # a line break would leave a blank line where a page breaks).
                for n in range(0, len(pieces), _WORD_LINES):
                    lines = " ".join(pieces[n : n + _WORD_LINES])
                    out.append(("\n".join([*group, lines]), False))
                    group = []
                    start += sum(len(piece) for piece in pieces[n : n + _WORD_LINES])
            else:
                end = start + _kept_length(line[start : start + CHUNK_CHARS], style, width)
                out.append(("\n".join([*group, line[start:end]]), True))
                group = []
                start = end
                gap = _LEADING.match(line, start)
                if gap:
                    start = gap.end()
            size = 0
            style = later
        group.append(line[start:])
        size += len(line) - start + 1
    if group:
        out.append(("\n".join(group), False))
    return out


def _word_lines(line: str, start: int, style: ParagraphStyle, width: float) -> list[str]:
    """At a line start, the whole lines of a word wider than the column that
    starts there (the lines reportlab would cut it into, but the last), or
    nothing. Only the word's first _WORD_SPAN characters are looked at."""
    gap = _GAPS.search(line, start, start + _WORD_SPAN)
    word = line[start : gap.start() if gap else start + _WORD_SPAN]
    if len(word) < _LONG_WORD or not main_characters().issuperset(word):
        return []
    font, size = style.fontName, style.fontSize
    later = width - style.leftIndent - style.rightIndent
    first = later - style.firstLineIndent
    if pdfmetrics.stringWidth(word, font, size) <= first:
        return []
    return cut_word(word, font, size, later, pdfmetrics.stringWidth, first)[:-1]


def _kept_length(window: str, style: ParagraphStyle, width: float) -> int:
    """How much of `window` (the start of a long line) its lines but the last
    two hold, as reportlab breaks them: those end where they would in the whole
    line (the last two may not: the window cuts a word, and a word cut short may
    fit where the whole one would have been split)."""
    probe = Paragraph(markup(window, style.fontName), style)
    probe.wrap(width, _LAYOUT_HEIGHT)
    lines = probe.blPara.lines
    if len(lines) > 2:
        end = _end_of_lines(window, lines[:-2], probe.blPara.kind)
        if end:
            return end
    # A column wide enough for the whole window: cut at a space.
    gap = max((m.start() for m in _GAPS.finditer(window)), default=0)
    return gap or len(window)


def _end_of_lines(window: str, lines: list, kind: int) -> int | None:
    """The end in `window` of the text of `lines` (reportlab's broken lines
    of it): their words found one after the other, whatever was dropped
    between them."""
    pos = 0
    for line in lines:
        words = line[1] if kind == 0 else [getattr(f, "text", "") for f in line.words]
        for word in words:
            for token in _GAPS.split(str(word)):
                if not token:
                    continue
                at = window.find(token, pos)
                if at < 0:
                    return None
                pos = at + len(token)
    return pos


def wrap_cell(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the column (a link)
    is cut where it reaches the edge."""
    # Text the report font draws alone (nearly all) is measured directly.
    width_of = pdfmetrics.stringWidth if main_characters().issuperset(text) else string_width
    if "\n" not in text and width_of(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    for source in text.split("\n"):
        current = ""
        for word in source.split(" "):
            trial = f"{current} {word}" if current else word
            if width_of(trial, font, size) <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            if width_of(word, font, size) > width:
                pieces = cut_word(word, font, size, width, width_of)
                lines += pieces[:-1]
                word = pieces[-1]
            current = word
        lines.append(current)
    return lines
