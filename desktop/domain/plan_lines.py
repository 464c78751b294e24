"""The lines of a plan document as the reader sees them: page and layout
breaks joined back into sentences, and the markers that give the plan its
shape (Roman sections, numbered and lettered items, bullets, "label: value"
fields)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import clean_line, fold


@dataclass(frozen=True)
class SourceLine:
    """One line of the document's text. `wrapped`: the line runs to the right
    margin, so the next line continues it (known for PDF; None otherwise)."""

    number: int
    text: str
    wrapped: bool | None = None


# -- logical lines -----------------------------------------------------------

# A Roman section; in a PDF printed from Word's numbering the tab after the
# number may come out as nothing ("II.NỘI DUNG TUYÊN TRUYỀN"): a capital
# letter straight after the point starts the heading too.
ROMAN = re.compile(r"^(X{0,1}(?:IX|IV|V?I{0,3}))\s*[.)](?:\s+|(?=[A-ZÀ-Ỹ]))(\S.*)$")
NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})(?:\.|\))\s+(\S.*)$")
NUMBERED_BARE = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,2})\s+(\S.*)$")
LETTERED = re.compile(r"^([a-zđ])\s*[).]\s+(\S.*)$")
BULLET = re.compile(r"^[-–—•·+*]\s*(\S.*)$")
_HEADER_LINE = re.compile(
    r"^(so\s*:|noi nhan\s*:|ke hoach\b|cong hoa xa hoi|doc lap\s*-|ubnd\b|uy ban nhan dan\b|"
    r"tm\.|kt\.|chu tich\b|pho chu tich\b)"
)
_TERMINAL = (".", ":", ";", "!", "?", "./.")
_CONNECTORS = {
    "va",
    "cua",
    "cac",
    "cho",
    "tren",
    "voi",
    "ve",
    "hoac",
    "nhung",
    "tai",
    "trong",
    "de",
    "theo",
    "la",
    "gom",
    "tu",
    "den",
    "duoc",
    "thuc",
    "so",
}


def _is_structural(text: str) -> bool:
    m = ROMAN.match(text)
    if m and m.group(1):
        return True
    if NUMBERED.match(text) or NUMBERED_BARE.match(text) or LETTERED.match(text):
        return True
    if BULLET.match(text):
        return True
    folded = fold(text)
    if _HEADER_LINE.match(folded):
        return True
    return field_of(text) is not None


def _unbalanced(text: str) -> bool:
    opened = text.count("(") > text.count(")")
    quotes = text.count("“") > text.count("”") or text.count('"') % 2 == 1
    return opened or quotes


def _continues(prev: SourceLine, prev_text: str, nxt: str) -> bool:
    if _is_structural(nxt):
        return False
    if prev.wrapped:
        return True
    first = nxt[:1]
    if first.islower() or first in ",;)”":
        return True
    if prev_text.endswith(_TERMINAL):
        return False
    if _unbalanced(prev_text):
        return True
    last_word = fold(prev_text).rsplit(" ", 1)[-1]
    return last_word in _CONNECTORS


def logical_lines(lines: list[SourceLine]) -> list[SourceLine]:
    """Join the lines a page or a layout broke in the middle of a sentence;
    empty lines are dropped. The joined line keeps the first line's number."""
    out: list[SourceLine] = []
    for line in lines:
        text = clean_line(line.text)
        if not text:
            continue
        if out and _continues(out[-1], out[-1].text, text):
            last = out[-1]
            joiner = "" if last.text.endswith(("-", "/")) and not last.text.endswith(" -") else " "
            out[-1] = SourceLine(last.number, last.text + joiner + text, line.wrapped)
        else:
            out.append(SourceLine(line.number, text, line.wrapped))
    return out


# -- fields of a task ------------------------------------------------------

_FIELD_LABELS = {
    "frequency": (
        "tan suat",
        "tuan suat",
        "so luong",
        "chi tieu",
        "san pham",
        "khoi luong",
        "ket qua du kien",
        "ket qua",
    ),
    "lead": (
        "don vi chu tri",
        "co quan chu tri",
        "don vi thuc hien",
        "co quan thuc hien",
        "chu tri thuc hien",
        "chu tri",
    ),
    "partners": ("don vi phoi hop", "co quan phoi hop", "phoi hop thuc hien", "phoi hop"),
    "due": (
        "thoi gian thuc hien",
        "thoi gian hoan thanh",
        "thoi han hoan thanh",
        "thoi han",
        "thoi gian",
        "tien do",
    ),
    "funding": ("kinh phi thuc hien", "nguon kinh phi", "kinh phi"),
    "details": ("noi dung", "hinh thuc", "doi tuong", "yeu cau", "ghi chu"),
}
_LABEL_TO_FIELD = {label: name for name, labels in _FIELD_LABELS.items() for label in labels}
_LABELS_RE = re.compile(
    r"(?:^|(?<=[;.])\s*)("
    + "|".join(sorted((re.escape(lb) for lb in _LABEL_TO_FIELD), key=len, reverse=True))
    + r")\s*:\s*"
)


def field_of(text: str) -> list[tuple[str, str]] | None:
    """ "Đơn vị chủ trì: Sở X; phối hợp: Sở Y" -> [("lead", "Sở X"),
    ("partners", "Sở Y")]; None when the line is not a field line."""
    body = BULLET.match(text)
    body_text = body.group(1) if body else text
    folded = fold(body_text)
    matches = list(_LABELS_RE.finditer(folded))
    if not matches or matches[0].start() != 0:
        return None
    same = len(folded) == len(body_text)
    fields = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(folded)
        value = body_text[m.end() : end] if same else folded[m.end() : end]
        fields.append((_LABEL_TO_FIELD[m.group(1)], value.strip(" ;")))
    return fields
