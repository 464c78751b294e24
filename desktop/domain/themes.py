"""An activity's content themes as the officer writes them, matched to the
plan's themes (its "Nội dung tuyên truyền" section).

A list may give a theme by its number ("2", "Chủ đề 2", "ND2") or in words:
the theme's title, or words of it that no other theme shares ("Kinh tế số",
"Tổ Công nghệ số cộng đồng"); case, accents and punctuation ignored. Words
found in several themes are refused with their numbers rather than guessed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .plan import Theme
from .text import fold

# Words that say nothing on their own.
_STOP = {"va", "cua", "ve", "cac", "cho", "tai", "trong", "the", "nhung", "voi", "tuyen", "truyen"}
_NUMBERED = re.compile(r"^(?:chu de|noi dung|cd|nd|so)?\s*(\d{1,3})(?:\s.*)?$")


def theme_key(text: str) -> str:
    """Folded, punctuation as spaces: "Kinh tế số;" -> "kinh te so"."""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def _words(key: str) -> set[str]:
    return {w for w in key.split() if w not in _STOP}


@lru_cache(maxsize=4096)
def match_theme(text: str, themes: tuple[Theme, ...]) -> tuple[int | None, str | None]:
    """(theme number, None) or (None, why not) for one written theme."""
    key = theme_key(text)
    if not key:
        return None, None
    numbers = {t.number for t in themes}
    numbered = _NUMBERED.match(key)
    if numbered:
        n = int(numbered.group(1))
        if n in numbers:
            return n, None
        lo, hi = (min(numbers), max(numbers)) if numbers else (1, 8)
        return None, f"“{text}” không phải số chủ đề (từ {lo} đến {hi})"
    titles = [(t.number, theme_key(t.title)) for t in themes]
    same = [n for n, title in titles if title == key]
    if not same:
        padded = f" {key} "
        same = [n for n, title in titles if padded in f" {title} "]
    if not same:
        words = _words(key)
        if words and (len(words) >= 2 or any(len(w) >= 4 for w in words)):
            same = [n for n, title in titles if words <= _words(title)]
    if len(same) == 1:
        return same[0], None
    if len(same) > 1:
        listed = ", ".join(str(n) for n in same)
        return None, f"“{text}” có trong nhiều chủ đề ({listed}); hãy ghi số chủ đề"
    return None, f"“{text}” không khớp chủ đề nào của kế hoạch; hãy ghi số chủ đề"


def match_themes(text: str, themes: tuple[Theme, ...]) -> tuple[tuple[int, ...], str | None]:
    """Every theme a cell names: the whole cell as one theme, else its parts
    split at ";" (or line breaks, "+"), a part that matches nothing split
    again at ","."""
    whole, _ = match_theme(text, themes)
    if whole is not None:
        return (whole,), None
    found: set[int] = set()
    for part in re.split(r"[;\n+]", text):
        if not part.strip():
            continue
        number, error = match_theme(part.strip(), themes)
        if number is None and "," in part:
            pieces = [p.strip() for p in part.split(",") if p.strip()]
            matched = [match_theme(p, themes) for p in pieces]
            if all(n is not None for n, _ in matched):
                found.update(n for n, _ in matched)
                continue
            error = next(e for n, e in matched if n is None) if len(pieces) > 1 else error
        if number is None:
            return (), error
        found.add(number)
    return tuple(sorted(found)), None


def theme_phrase(title: str) -> str:
    """A theme's title inside a sentence: its first letter in lower case
    (unless the first word is an abbreviation such as "CNTT"), its own
    semicolons as commas (the sentence separates themes with semicolons)."""
    title = title.rstrip(" .;").replace("; ", ", ").replace(";", ",")
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first[1:2].isupper():
        return title
    return title[:1].lower() + title[1:]
