"""An activity's form as the officer writes it, matched to the workspace's forms.

Lists kept by hand name a form in their own words: "Video clip", "Clip",
"Chuyên mục truyền hình", "Văn bản hướng dẫn", "Bài viết". A word is matched
to a form of the catalogue when its meaning is clear: case, spacing and
accents ignored, known synonyms, or a longer name that begins with a form
(or with a synonym). A word that matches nothing is kept as written: it is
the officer's own form, never a reason to refuse a row.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from .text import clean_line, fold


class FormMatchKind(StrEnum):
    EXACT = "exact"  # the form itself, up to case, spacing and accents
    SYNONYM = "synonym"  # a known other name of the form ("Clip" -> Video)
    PREFIX = "prefix"  # a longer name beginning with a form ("Video clip" -> Video)
    NEW = "new"  # nothing in the catalogue: the officer's word is kept

    @property
    def label(self) -> str:
        return MATCH_LABELS[self]


MATCH_LABELS = {
    FormMatchKind.EXACT: "đúng tên",
    FormMatchKind.SYNONYM: "tên gọi khác",
    FormMatchKind.PREFIX: "tên dài hơn",
    FormMatchKind.NEW: "hình thức mới",
}

# Other names of the catalogue's forms, folded, by the form they mean. A
# synonym only applies when its form is in the workspace's catalogue.
FORM_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Tin bài": (
        "tin",
        "bai",
        "tin tuc",
        "bai viet",
        "bai bao",
        "tin bai viet",
        "tin anh",
        "bai tuyen truyen",
        "tin tuyen truyen",
        "tin dang",
        "bai dang tren cong",
        "bai dang tren bao",
        "bai dang tren trang",
        "bai dang tren website",
    ),
    "Phóng sự": ("phong su anh", "ky su", "phong van"),
    "Chuyên mục": ("chuyen de", "chuong trinh chuyen de", "phat lai", "phat lai chuyen muc"),
    "Chuyên trang": ("trang chuyen de",),
    "Video": (
        "clip",
        "video clip",
        "videoclip",
        "phim",
        "phim ngan",
        "phim tai lieu",
        "do hoa",
        "infographic",
        "motion graphic",
    ),
    "Bản tin": ("ban tin so", "ban tin dien tu", "thong tin so"),
    "Sự kiện": (
        "hoi nghi",
        "hoi thao",
        "toa dam",
        "tap huan",
        "boi duong",
        "le",
        "le phat dong",
        "ngay hoi",
        "trien lam",
        "dien dan",
        "hoat dong truc tiep",
    ),
    "Cuộc thi": ("hoi thi", "thi", "thi tim hieu", "giai thuong"),
    "Banner": (
        "bang ron",
        "bang zon",
        "pano",
        "panno",
        "ap phich",
        "poster",
        "bien quang cao",
        "khau hieu",
        "bang hieu",
    ),
    "Bài đăng mạng xã hội": (
        "bai dang",
        "mang xa hoi",
        "facebook",
        "fanpage",
        "zalo",
        "tiktok",
        "youtube",
        "bai dang facebook",
        "bai dang zalo",
        "dang facebook",
        "dang zalo",
        "trang mang xa hoi",
    ),
    "Văn bản": (
        "cong van",
        "huong dan",
        "ke hoach",
        "quyet dinh",
        "thong bao",
        "chi thi",
        "bao cao",
    ),
}


@dataclass(frozen=True)
class FormMatch:
    """What a written form means: `form` is the catalogue's name, or the
    officer's word (cleaned) when `kind` is NEW; empty when nothing was written."""

    written: str
    form: str
    kind: FormMatchKind

    @property
    def is_new(self) -> bool:
        return self.kind is FormMatchKind.NEW

    @property
    def exact(self) -> bool:
        return self.kind is FormMatchKind.EXACT


def form_key(text: str) -> str:
    """Folded words of a form name without punctuation: "Video-clip (ngắn)" ->
    "video clip ngan"."""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def match_form(
    value: object,
    forms: tuple[str, ...] | list[str],
    aliases: tuple[tuple[str, str], ...] = (),
) -> FormMatch:
    """The catalogue form `value` means (see the module's notes). `aliases`
    are the workspace's own other names, (form_key of the word, form): words
    the officer merged into a form."""
    if value is None:
        written = ""
    elif isinstance(value, float) and value == int(value):
        written = str(int(value))
    else:
        written = clean_line(str(value))
    return _match(written, tuple(forms), aliases)


@lru_cache(maxsize=4096)
def _match(written: str, forms: tuple[str, ...], aliases: tuple[tuple[str, str], ...]) -> FormMatch:
    if not written:
        return FormMatch(written, "", FormMatchKind.NEW)
    names = _names(forms, aliases)
    key = form_key(written)
    compact = key.replace(" ", "")
    hit = names.get(key) or names.get(compact)
    if hit is not None:
        form, kind = hit
        return FormMatch(written, form, kind)
    # The longest name (form or synonym) the written words begin with.
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        hit = names.get(" ".join(words[:n]))
        if hit is not None:
            return FormMatch(written, hit[0], FormMatchKind.PREFIX)
    return FormMatch(written, written, FormMatchKind.NEW)


@lru_cache(maxsize=64)
def _names(
    forms: tuple[str, ...], aliases: tuple[tuple[str, str], ...] = ()
) -> dict[str, tuple[str, FormMatchKind]]:
    """Every folded name that means a form: the forms themselves (also without
    spaces), then the workspace's aliases, then the synonyms, so a form of
    the catalogue always wins."""
    names: dict[str, tuple[str, FormMatchKind]] = {}
    for form in forms:
        key = form_key(form)
        if key:
            names.setdefault(key, (form, FormMatchKind.EXACT))
            names.setdefault(key.replace(" ", ""), (form, FormMatchKind.EXACT))
    by_key = {form_key(f): f for f in forms}
    for key, form in aliases:
        if form_key(form) in by_key:
            names.setdefault(key, (by_key[form_key(form)], FormMatchKind.SYNONYM))
    for target, synonyms in FORM_SYNONYMS.items():
        form = by_key.get(form_key(target))
        if form is None:
            continue
        for syn in synonyms:
            names.setdefault(syn, (form, FormMatchKind.SYNONYM))
            names.setdefault(syn.replace(" ", ""), (form, FormMatchKind.SYNONYM))
    return names


def new_forms(matches: list[tuple[FormMatch, int]]) -> list[tuple[str, int]]:
    """The officer's new forms with their row counts, most rows first:
    [(FormMatch, rows)...] -> [("Ảnh", 12), ("Livestream", 3)]. Spellings of
    one word ("Ảnh", "ảnh") are one form, named as first written."""
    names: dict[str, str] = {}
    counts: dict[str, int] = {}
    for m, rows in matches:
        if m.is_new and m.form:
            key = names.setdefault(form_key(m.form), m.form)
            counts[key] = counts.get(key, 0) + rows
    return sorted(counts.items(), key=lambda kv: (-kv[1], fold(kv[0])))


def describe_new_forms(counts: list[tuple[str, int]]) -> str:
    """ "2 hình thức mới: Ảnh (12 dòng), Livestream (3 dòng)"; empty when none."""
    if not counts:
        return ""
    listed = ", ".join(f"{form} ({rows} dòng)" for form, rows in counts)
    return f"{len(counts)} hình thức mới: {listed}"
