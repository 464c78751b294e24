"""Messages the file readers and writers share (each template declared
once): a file not found, a file the system cannot read, a long task done;
and how a value taken from a file is quoted in a message (`shortened`)."""

from __future__ import annotations

import re

from ..domain.text import Message, template
from ..store.connection import CANNOT_READ as CANNOT_READ_FILE

__all__ = [
    "CANNOT_READ_FILE",
    "DONE",
    "FILE_NOT_FOUND",
    "READING",
    "SHOWN_CHARS",
    "shortened",
    "shown_value",
]

FILE_NOT_FOUND = template("Không tìm thấy tệp “{path}”.")
READING = template("Đang đọc “{name}”...")
DONE = template("Xong")

# A value quoted in a message shows at most this many characters (a cell of
# megabytes would otherwise be repeated whole in every message about it).
SHOWN_CHARS = 80
_QUOTED_FIELD = re.compile(r"“\{(\w+)\}”")
_QUOTED_TEXT = re.compile(r"“([^”]*)”")


def shown_value(text: str) -> str:
    """`text` as quoted in a message: its first SHOWN_CHARS characters then
    "…" when it is longer."""
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def _quoted(match: re.Match) -> str:
    return "“" + shown_value(match.group(1)) + "”"


def shortened(message: str) -> str:
    """A problem's message with every value it quotes (“{text}” in its
    template, in the messages it is made of too) shortened by `shown_value`;
    a Message stays a Message with the same template, so it still
    translates. A plain text has each “…” part shortened the same way. The
    file's own path (`path`) is the officer's, not the file's: kept whole."""
    if isinstance(message, Message):
        values = message.values
        if not values:
            return message
        quoted = set(_QUOTED_FIELD.findall(message.template))
        kept = {}
        for key, value in values.items():
            if isinstance(value, Message):
                value = shortened(value)
            elif isinstance(value, str) and key != "path":
                value = shown_value(value) if key in quoted else shortened(value)
            kept[key] = value
        if all(kept[k] is values[k] for k in values):
            return message
        return Message(message.template, **kept)
    if isinstance(message, str) and len(message) > SHOWN_CHARS:
        text = _QUOTED_TEXT.sub(_quoted, message)
        # a value holding a closing quote itself: what is left of it after the last one
        first, last = text.find("“"), text.rfind("”")
        if len(text) > 4 * SHOWN_CHARS and 0 <= first < last:
            text = text[: first + 1] + shown_value(text[first + 1 : last]) + text[last:]
        return text
    return message
