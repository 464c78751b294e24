"""Word's automatic numbering, as Word displays it.

A paragraph numbered by Word carries no number in its text: it names a list
(`w:numPr`: `w:numId` and the level `w:ilvl`, directly or through its style),
and `numbering.xml` says how each level counts (`w:abstractNum`: start value,
format — decimal, lowerLetter, upperRoman, … — the label's pattern such as
"%1.%2." and when a level restarts; `w:num` may override the start). Reading
such a plan without the numbers loses the task codes ("III.", "1.", "a)"), so
the labels are computed here, one counter per list and level, and put back
in front of the paragraph's text.

Letters: Word counts a, b, c, d, e, f …; a Vietnamese plan counts its points
in the Vietnamese alphabet (a, b, c, d, đ, e, g, h …, Nghị định 30/2020),
which Word's own numbering cannot show. When the document itself letters
points that way somewhere (a typed "đ)"), its automatic letters are read in
that order too; otherwise as Word displays them (the same as a PDF printed
from it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LATIN = "abcdefghijklmnopqrstuvwxyz"
VIETNAMESE = "abcdđeghiklmnopqrstuvxy"
# Counters past these are shown in decimal (a hostile start value stays short).
MAX_LETTER_COUNT = 26 * 20
MAX_ROMAN = 3999
# Numbers read from the file (start values, levels) are held within this:
# Word itself counts no further than 32767, and Python will not write an
# integer of more than 4300 digits, which a hostile start of 4300 nines
# would reach at its first count.
MAX_NUMBER = 10**15
LEVELS = 9
# A label is a few characters ("III.", "1.2.3.", "a)"); a hostile file's
# longer pattern is cut, so labels never outgrow the text's own bounds.
MAX_PATTERN = 40
# "đ)" or "đ." typed at the start of a paragraph: the document letters its
# points in the Vietnamese alphabet.
TYPED_VIETNAMESE_POINT = re.compile(r"^\s*[đĐ]\s*[).]\s+\S")


def _val(el, name: str, default: str | None = None) -> str | None:
    child = el.find(W + name) if el is not None else None
    if child is None:
        return default
    return child.get(W + "val", default)


def _int(text: str | None, default: int) -> int:
    try:
        value = int(text) if text is not None else default
    except ValueError:
        return default
    return max(-MAX_NUMBER, min(value, MAX_NUMBER))


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False  # w:isLgl: every level shown in decimal
    suffix: str = "tab"


def _level(el) -> Level:
    restart = _val(el, "lvlRestart")
    return Level(
        start=_int(_val(el, "start"), 1),
        fmt=_val(el, "numFmt", "decimal") or "decimal",
        text=(_val(el, "lvlText", "") or "")[:MAX_PATTERN],
        restart=None if restart is None else _int(restart, 0),
        legal=el.find(W + "isLgl") is not None,
        suffix=_val(el, "suff", "tab") or "tab",
    )


def roman(n: int) -> str:
    if n <= 0 or n > MAX_ROMAN:
        return str(n)
    out = []
    for value, letters in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letter(n: int, alphabet: str) -> str:
    """Word's letters: a … z, then aa … zz, aaa …"""
    if n <= 0 or n > MAX_LETTER_COUNT:
        return str(n)
    size = len(alphabet)
    return alphabet[(n - 1) % size] * ((n - 1) // size + 1)


def format_number(n: int, fmt: str, vietnamese: bool) -> str:
    alphabet = VIETNAMESE if vietnamese else LATIN
    if fmt == "lowerLetter":
        return letter(n, alphabet)
    if fmt == "upperLetter":
        return letter(n, alphabet).upper()
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)  # decimal, and the formats a plan does not use


@dataclass
class _List:
    """The counters of one list (an abstract numbering, or a w:num that
    restarts it)."""

    levels: dict[int, Level]
    counters: dict[int, int] = field(default_factory=dict)


class Numbering:
    """The numbering of one document: `label(paragraph element)` gives the
    text Word shows before the paragraph ("III.", "1.2.", "a)", "-") or ""."""

    def __init__(self, numbering_el, styles_el, *, vietnamese_letters: bool = False):
        self.vietnamese = vietnamese_letters
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstract id -> numbering style id
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        self.style_based: dict[str, str] = {}
        self.level_style: dict[tuple[str, str], int] = {}  # (abstract, pStyle) -> level
        self.lists: dict[str, _List] = {}
        if numbering_el is not None:
            self._read_numbering(numbering_el)
        if styles_el is not None:
            self._read_styles(styles_el)

    def _read_numbering(self, root) -> None:
        for a in root.iter(W + "abstractNum"):
            aid = a.get(W + "abstractNumId")
            levels = {}
            for lvl in a.iter(W + "lvl"):
                ilvl = _int(lvl.get(W + "ilvl"), 0)
                if 0 <= ilvl < LEVELS:
                    levels[ilvl] = _level(lvl)
                    style = _val(lvl, "pStyle")
                    if style:
                        self.level_style[(aid, style)] = ilvl
            self.abstract[aid] = levels
            link = _val(a, "numStyleLink")
            if link:
                self.style_links[aid] = link
        for n in root.iter(W + "num"):
            nid = n.get(W + "numId")
            aid = _val(n, "abstractNumId")
            starts: dict[int, int] = {}
            overrides: dict[int, Level] = {}
            for o in n.iter(W + "lvlOverride"):
                ilvl = _int(o.get(W + "ilvl"), 0)
                start = _val(o, "startOverride")
                if start is not None:
                    starts[ilvl] = _int(start, 1)
                lvl = o.find(W + "lvl")
                if lvl is not None:
                    overrides[ilvl] = _level(lvl)
            self.nums[nid] = (aid, starts, overrides)

    def _read_styles(self, root) -> None:
        for s in root.iter(W + "style"):
            sid = s.get(W + "styleId")
            ppr = s.find(W + "pPr")
            numpr = ppr.find(W + "numPr") if ppr is not None else None
            if numpr is not None:
                num = _val(numpr, "numId")
                ilvl = _val(numpr, "ilvl")
                self.style_num[sid] = (num, None if ilvl is None else _int(ilvl, 0))
            based = _val(s, "basedOn")
            if based:
                self.style_based[sid] = based

    # -- a paragraph -------------------------------------------------------------

    def _style_numbering(self, style: str | None) -> tuple[str | None, int | None, str | None]:
        seen = set()
        while style and style not in seen:
            seen.add(style)
            if style in self.style_num:
                num, ilvl = self.style_num[style]
                return num, ilvl, style
            style = self.style_based.get(style)
        return None, None, None

    def _abstract_of(self, num: str) -> str | None:
        aid = self.nums[num][0]
        link = self.style_links.get(aid)
        if link:  # the list is defined by a numbering style
            target, _, _ = self._style_numbering(link)
            if target in self.nums and self.nums[target][0] != aid:
                return self.nums[target][0]
        return aid

    def label(self, p) -> str:
        ppr = p.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        num = _val(numpr, "numId") if numpr is not None else None
        ilvl_text = _val(numpr, "ilvl") if numpr is not None else None
        style = _val(ppr, "pStyle") if ppr is not None else None
        style_num, style_ilvl, numbered_style = self._style_numbering(style)
        if num is None:
            num = style_num
        if num is None or num == "0" or num not in self.nums:
            return ""
        aid = self._abstract_of(num)
        levels = dict(self.abstract.get(aid, {}))
        _, starts, overrides = self.nums[num]
        levels.update(overrides)
        if ilvl_text is not None:
            ilvl = _int(ilvl_text, 0)
        elif style_ilvl is not None:
            ilvl = style_ilvl
        else:
            ilvl = self.level_style.get((aid, numbered_style or ""), 0)
        if ilvl not in levels:
            return ""
        # A w:num that restarts a level counts on its own; others share the
        # abstract numbering's counters (Word continues such lists).
        key = f"num:{num}" if (starts or overrides) else f"abstract:{aid}"
        lst = self.lists.get(key)
        if lst is None:
            lst = self.lists[key] = _List(levels)
            for lvl, start in starts.items():
                if lvl in lst.levels:
                    lst.levels[lvl] = Level(**{**lst.levels[lvl].__dict__, "start": start})
        counters = lst.counters
        level = lst.levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = lst.levels[deeper].restart if deeper in lst.levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return "-"

        def number(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lvl = lst.levels.get(k, Level())
            value = counters.get(k, lvl.start)
            fmt = "decimal" if level.legal and k < ilvl else lvl.fmt
            return format_number(value, fmt, self.vietnamese)

        return re.sub(r"%([1-9])", number, level.text).strip()


def document_numbering(doc, texts: list[str] | None = None) -> Numbering:
    """The numbering of a python-docx document; `texts`: its paragraphs'
    typed text, to tell whether its letters are Vietnamese."""
    part = doc.part
    numbering_el = None
    try:
        for rel in part.rels.values():
            if rel.reltype.endswith("/numbering") and not rel.is_external:
                numbering_el = rel.target_part.element
    except (AttributeError, KeyError, ValueError):
        numbering_el = None
    try:
        styles_el = part.styles.element if hasattr(part, "styles") else None
    except (AttributeError, KeyError, ValueError, NotImplementedError):
        styles_el = None
    vietnamese = any(TYPED_VIETNAMESE_POINT.match(t) for t in texts or ())
    return Numbering(numbering_el, styles_el, vietnamese_letters=vietnamese)
