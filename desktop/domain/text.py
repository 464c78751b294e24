"""Vietnamese text helpers: normalisation, accent folding, number formats."""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# Messages are declared at the bottom of the app (files.py raises them too);
# every layer above takes them from here.
from ..messages import MESSAGE_TEMPLATES, Message, template  # noqa: F401

_SPACES = re.compile(r"\s+")
# Control characters other than tab/newline are dropped from one-line fields;
# Word pastes vertical tabs and form feeds as line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def has_lone_surrogate(text: str) -> bool:
    """A code point no file can hold (from a JSON \\ud800 escape, or bytes
    of a command line that are not UTF-8): such text cannot be stored."""
    return not text.isascii() and _LONE_SURROGATE.search(text) is not None


def clean_surrogates(text: str) -> str:
    """The text as it can be shown: each lone surrogate as U+FFFD."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def clean_line(text: str | None) -> str:
    """One-line field: NFC, control characters removed, spaces collapsed."""
    if not text:
        return ""
    if not text.isascii():  # ASCII text is NFC already
        text = unicodedata.normalize("NFC", text)
    # Most cells are already clean: printable (no control characters or
    # whitespace but the plain space), no doubled or outer spaces.
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    text = text.replace("\x0b", " ").replace("\x0c", " ")
    text = _CONTROL.sub("", text)
    return _SPACES.sub(" ", text).strip()


def clean_multiline(text: str | None) -> str:
    """Free text: NFC, Word's vertical tab/form feed become line breaks,
    NUL and other control characters dropped, line ends unified."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    return _CONTROL.sub("", text).strip()


def _nonspacing_marks_bmp() -> re.Pattern:
    """Every non-spacing mark (category Mn) and invisible format character
    (Cf: zero-width space and joiners, direction marks, soft hyphen, BOM) of
    the Basic Multilingual Plane as one character class, so folding strips
    accents in C rather than per character, and a name with a zero-width
    space folds like the name without it."""
    marks = [cp for cp in range(0x10000) if unicodedata.category(chr(cp)) in ("Mn", "Cf")]
    ranges, start, prev = [], marks[0], marks[0]
    for cp in marks[1:] + [-1]:
        if cp != prev + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else "")
            )
            start = cp
        prev = cp
    return re.compile("[" + "".join(ranges) + "]+")


_MARKS = _nonspacing_marks_bmp()


def fold(text: str | None) -> str:
    """Accent- and case-insensitive key: "Chuyển Đổi Số" -> "chuyen doi so"."""
    if not text:
        return ""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFD", text))
        text = text.replace("đ", "d").replace("Đ", "D")
        if not text.isascii() and max(text) > "\uffff":  # marks beyond the BMP: one by one
            text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Mn", "Cf"))
    # str.split() splits on exactly the whitespace that \s matches, and faster
    return " ".join(text.lower().split())


class _FoldedWords(dict):
    """Folded words by word. Titles and notes repeat a few hundred words, so
    folding each distinct word once beats folding every text. Words that
    need no folding but lowering (ASCII: numbers, links) are not kept, and
    the whole is emptied when it grows past a bound."""

    LIMIT = 200_000

    def __missing__(self, word: str) -> str:
        if word.isascii():
            return word.lower()
        if len(self) >= self.LIMIT:
            self.clear()
        folded = self[word] = fold(word)
        return folded


_FOLDED_WORDS = _FoldedWords()


def fold_words(text: str | None) -> str:
    """The same as `fold`, faster on long texts made of repeated words. Folding
    never turns a non-space into a space, so folding word by word (dropping
    words that were only marks) gives the same key."""
    if not text:
        return ""
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(filter(None, map(_FOLDED_WORDS.__getitem__, text.split())))


def format_int(value: int | float) -> str:
    """1234567 -> "1.234.567" (Vietnamese thousands separator)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(int(round(value))):,}".replace(",", ".")


def format_decimal(value: float, places: int = 1) -> str:
    """76.923 -> "76,9"; whole numbers keep no decimals: 100.0 -> "100".
    A value short of 100 never rounds up to it: 99.95 -> "99,9"."""
    rounded = round(value, places)
    if value < 100 <= rounded:
        rounded = math.floor(value * 10**places) / 10**places
    if rounded == int(rounded):
        return format_int(int(rounded))
    whole, frac = f"{abs(rounded):.{places}f}".split(".")
    sign = "-" if rounded < 0 else ""
    return f"{sign}{format_int(int(whole))},{frac.rstrip('0')}"


def format_percent(value: float | None, places: int = 1) -> str:
    return "" if value is None else format_decimal(value, places) + "%"


def format_money(value: int | None) -> str:
    return format_int(value or 0) + " đồng"


class Count(int):
    """A whole number among a Message's values: written "1.096" in the
    message's own (Vietnamese) text, while the interface, which knows the
    number behind it, writes it its own way. A year or a code stays a plain
    value."""

    def __format__(self, spec: str) -> str:
        return format_int(self) if not spec else super().__format__(spec)


def message_of(exc: BaseException) -> str:
    """What an exception says: the Message it was raised with (its template
    and values kept, so a message built on it still translates), else its text."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Message):
        return exc.args[0]
    return str(exc)


def joined(separator: str, parts) -> Message:
    """Messages (or plain texts) joined by `separator` as one Message whose
    parts each keep their template: its own template is placeholders and the
    separator, nothing to translate."""
    parts = list(parts)
    names = [f"part{i}" for i in range(len(parts))]
    glue = separator.replace("{", "{{").replace("}", "}}")
    return Message(glue.join("{" + n + "}" for n in names), **dict(zip(names, parts, strict=True)))


def replaced(message: str, old: str, new: str) -> str:
    """`message` with `old` replaced by `new` in its text and in every value
    (a Message stays a Message, its parts too)."""
    if not isinstance(message, Message):
        return message.replace(old, new)
    values = {
        k: replaced(v, old, new) if isinstance(v, str) else v for k, v in message.values.items()
    }
    return Message(message.template, **values)


NOT_A_NUMBER = template("không phải là số")
NOT_A_NUMBER_TEXT = template("“{text}” không phải là số")
HAS_DECIMALS = template("“{text}” có phần lẻ, phải là số nguyên")
HAS_WORDS = template("“{text}” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000")
THOUSANDS_OR_DECIMAL = template("“{text}” không rõ là số lẻ hay số nghìn; hãy ghi 1.500 hoặc 1500")
BADLY_WRITTEN = template("“{text}” không phải là số nguyên viết đúng cách (ví dụ 1.500.000)")
# The words a field says of a number past its bound (domain.activity says so of a cost).
TOO_LARGE = template("quá lớn")
# Far more digits than any count or sum kept; Python refuses to read a text of
# more than 4300 digits, and a longer one is no number anyone wrote.
MAX_DIGITS = 100


class NumberError(ValueError):
    """A number written in a way that cannot be read without guessing; its
    `message` is a Message."""

    @property
    def message(self) -> str:
        return self.args[0]


_MONEY_SUFFIX = re.compile(r"\s*(đồng|dong|đ|d|vnd|vnđ)\s*$", re.IGNORECASE)
_GROUPED = re.compile(r"^\d{1,3}([.,\s]\d{3})+$")


@lru_cache(maxsize=4096, typed=True)
def parse_whole_number(text: str | int | float | None, *, money: bool = False) -> int | None:
    """Read a whole number written the Vietnamese way.

    "1.500.000", "1 500 000", "1.500.000 đ", 1500000 -> 1500000. Empty -> None.
    Words such as "1,5 triệu" or a decimal part are refused with a reason
    (NumberError) rather than guessed.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise NumberError(Message(NOT_A_NUMBER))
    if isinstance(text, int):
        return text
    if isinstance(text, float):
        if not math.isfinite(text):
            raise NumberError(Message(NOT_A_NUMBER_TEXT, text=str(text)))
        if not text.is_integer():
            raise NumberError(Message(HAS_DECIMALS, text=format_decimal(text, 3)))
        return int(text)
    raw = clean_line(str(text))
    if not raw:
        return None
    value = _MONEY_SUFFIX.sub("", raw) if money else raw
    value = value.strip()
    folded = fold(value)
    if re.search(r"[a-z]", folded):
        raise NumberError(Message(HAS_WORDS, text=raw))
    # A minus sign is read, so the field can say why a negative is refused.
    sign, value = _signed(value)
    if value.isdecimal():  # not isdigit(): "²" is a digit but writes no number
        return sign * _whole(value)
    if _GROUPED.match(value):
        separators = {ch for ch in value if not ch.isdigit()}
        if separators == {","} and value.count(",") == 1:
            # "1,500" reads as 1,5 in Vietnamese: refuse instead of guessing.
            raise NumberError(Message(THOUSANDS_OR_DECIMAL, text=raw))
        if len(separators) == 1:
            return sign * _whole(re.sub(r"\D", "", value))
    raise NumberError(Message(BADLY_WRITTEN, text=raw))


_VN_DECIMAL = re.compile(r"^(\d{1,3}(\.\d{3})+|\d+),\d+$")  # 1.234,5 / 1234,5
_DOT_DECIMAL = re.compile(r"^\d+\.(\d{1,2}|\d{4,})$")  # 1.5, 2.25: a dot that groups no thousands


def parse_scaled_money(text: object, scale: int) -> int | None:
    """A sum of money in a column counted in thousands or millions of đồng
    ("Kinh phí (triệu đồng)"), in đồng: 1,5 -> 1.500.000 with scale 10**6.
    The decimal comma is the Vietnamese one; a dot groups thousands unless
    it cannot ("1.5"). A sum that is not a whole number of đồng, or a text
    that could be read two ways, raises NumberError as parse_whole_number."""
    if text is None or isinstance(text, bool):
        return parse_whole_number(text, money=True)
    if isinstance(text, int):
        return text * scale
    if isinstance(text, float):
        if not math.isfinite(text):
            return parse_whole_number(text, money=True)
        amount = Decimal(repr(text)) * scale
        raw = ""
    else:
        raw = clean_line(str(text))
        value = _MONEY_SUFFIX.sub("", raw).strip()
        sign, value = _signed(value)
        if not value:
            return None
        if re.fullmatch(r"\d{1,3},\d{3}", value):  # 1,500: 1,5 or 1500? never guessed
            raise NumberError(Message(THOUSANDS_OR_DECIMAL, text=raw))
        if _VN_DECIMAL.match(value):
            digits = value.replace(".", "").replace(",", ".")
        elif _DOT_DECIMAL.match(value):
            digits = value
        else:
            whole = parse_whole_number(raw, money=True)
            return None if whole is None else whole * scale
        if len(digits) > MAX_DIGITS:
            raise NumberError(Message(TOO_LARGE))
        try:
            amount = sign * Decimal(digits) * scale
        except InvalidOperation:
            raise NumberError(Message(BADLY_WRITTEN, text=raw)) from None
    if amount != amount.to_integral_value():  # less than one đồng: no one writes that
        shown = raw if not isinstance(text, float) else format(text, ".10g").replace(".", ",")
        raise NumberError(Message(HAS_DECIMALS, text=shown))
    return int(amount)


def _signed(value: str) -> tuple[int, str]:
    """(-1, the rest) for a number written with a minus sign ("-5", "−5"),
    else (1, the text)."""
    if value[:1] in ("-", "\u2212") and len(value) > 1:
        return -1, value[1:].strip()
    return 1, value


def _whole(digits: str) -> int:
    """The number the digits write, refused when they are too many to read."""
    digits = digits.lstrip("0") or "0"
    if len(digits) > MAX_DIGITS:
        raise NumberError(Message(TOO_LARGE))
    return int(digits)
