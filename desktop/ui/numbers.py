"""Numbers as the interface shows them and reads them back.

The domain writes numbers the Vietnamese way ("1.096", "67,3%"), which is
what the reports, the command line, the files and the log keep. The
interface shows them in its own language: in English the comma groups
thousands and the point marks decimals ("1,096", "67.3%").

Reading what the officer types into a number field follows the interface
language too. In Vietnamese it is the domain's own reading
(`parse_whole_number`). In English:

- "1500000", "1,500,000" and "1 500 000" are 1500000 (a money field also
  takes "VND" or "đ" before or after);
- a point is a decimal point, so a whole-number field refuses it: "1.5"
  has a decimal part, and "1.500" or "1.500.000" (which the Vietnamese
  interface reads as 1500 and 1500000) is refused with a note to write
  1,500 or 1500, never read as either;
- anything else with a comma out of place ("1,5", "15,00") is refused.

Each refusal is a NumberError whose message is already in English; a
number the field showed (integer()) always reads back as itself.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ..domain.text import (
    HAS_DECIMALS,
    NumberError,
    fold,
    format_decimal,
    format_int,
    format_percent,
    parse_whole_number,
)

# The interface language of numbers, set with the translation (startup.py).
_language = {"code": "vi"}

# Vietnamese "1.234,5" -> English "1,234.5"
_SWAP = str.maketrans(".,", ",.")
# Read on the folded text: "VND"/"VNĐ" before or after, "đồng"/"dong"/"đ" after.
_MONEY_BEFORE = re.compile(r"^vnd\s*")
_MONEY_AFTER = re.compile(r"\s*(dong|d|vnd)$")
_PLAIN = re.compile(r"^[0-9]+$")
_GROUPED = re.compile(r"^[0-9]{1,3}(?:(?:,[0-9]{3})+|(?: [0-9]{3})+)$")
_POINT_GROUPED = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{3})+$")
_DECIMAL = re.compile(r"^[0-9][0-9, ]*\.[0-9]+$|^\.[0-9]+$")


def use_language(code: str) -> None:
    """Numbers follow the interface language `code` ("vi", "en")."""
    _language["code"] = code


def english() -> bool:
    return _language["code"] != "vi"


def integer(value: int | float) -> str:
    """1234567 -> "1.234.567" (Vietnamese) or "1,234,567" (English)."""
    text = format_int(value)
    return text.translate(_SWAP) if english() else text


def decimal(value: float, places: int = 1) -> str:
    """76.923 -> "76,9" or "76.9"; the domain's rounding (99.95 -> 99.9)."""
    text = format_decimal(value, places)
    return text.translate(_SWAP) if english() else text


def percent(value: float | None, places: int = 1) -> str:
    """67.25 -> "67,3%" or "67.3%"; None -> ""."""
    text = format_percent(value, places)
    return text.translate(_SWAP) if english() else text


def count_again(text: str) -> str:
    """A count the layers below wrote the Vietnamese way (`format_int`:
    "1.096"), written the interface's way; any other text as it is."""
    try:
        value = parse_whole_number(text)
    except NumberError:
        return text
    return text if value is None else integer(value)


def read_whole(text: str | None, *, money: bool = False) -> int | None:
    """What the officer typed in a whole-number field: the number, None when
    empty, or NumberError naming why it is not read (see the module's rules)."""
    if not english():
        return parse_whole_number(text, money=money)
    raw = " ".join((text or "").split())
    value = fold(raw)
    if not value:
        return None
    if money:
        value = _MONEY_AFTER.sub("", _MONEY_BEFORE.sub("", value))
    if re.search(r"[a-z]", value):
        raise NumberError(
            QCoreApplication.translate(
                "numbers", "“{0}” có chữ; hãy ghi số đầy đủ, viết kiểu tiếng Anh: 1,500,000"
            ).format(raw)
        )
    if _PLAIN.match(value) or _GROUPED.match(value):
        return int(re.sub(r"[^0-9]", "", value))
    if _POINT_GROUPED.match(value):
        whole = int(value.replace(".", ""))
        raise NumberError(
            QCoreApplication.translate(
                "numbers",
                "“{0}” không rõ: trong giao diện tiếng Anh dấu chấm là dấu thập phân; "
                "hãy ghi {1} hoặc {2}",
            ).format(raw, f"{whole:,}", whole)
        )
    if _DECIMAL.match(value):
        raise NumberError(QCoreApplication.translate("messages", HAS_DECIMALS).format(text=raw))
    raise NumberError(
        QCoreApplication.translate(
            "numbers", "“{0}” không phải là số nguyên viết kiểu tiếng Anh (ví dụ 1,500,000)"
        ).format(raw)
    )


def entry_text(text: str, *, money: bool = False, dash: bool = False) -> tuple[str, str | None]:
    """A number field's text as the domain is to read it, and why it is
    refused (None when it is not). In Vietnamese the text goes as typed; in
    English it goes as plain digits, read by `read_whole` (`dash`: a lone
    dash, "not recorded", goes as typed)."""
    if not english() or (dash and text.strip() in ("-", "–", "—")):
        return text, None
    try:
        value = read_whole(text, money=money)
    except NumberError as e:
        return text, e.message
    return ("" if value is None else str(value)), None


def entry_texts(
    texts: dict[str, str], *, money: set[str], dash: set[str]
) -> tuple[dict[str, str], dict[str, str]]:
    """`entry_text` of each field by name: (texts for the domain, the reason
    for each field refused)."""
    out, refused = {}, {}
    for name, text in texts.items():
        out[name], problem = entry_text(text, money=name in money, dash=name in dash)
        if problem is not None:
            refused[name] = problem
    return out, refused
