"""The English interface shows the file layer's messages in English: what
receiving says of each package, why a package, a previous-year workspace file
or a list file is refused. The file layer words them in Vietnamese for the
command line, the log and the files (desktop.domain.text.Message keeps the
template and values); the interface translates them, a message built on
another message (a package refused for a reason) part by part."""

from __future__ import annotations

import re

from desktop.domain.activity import check_title
from desktop.domain.text import HAS_WORDS, Message, joined, message_of, replaced
from desktop.ui.texts import translated_error, translated_message

VIETNAMESE = re.compile(r"[À-ỹ]")


def test_a_message_made_of_messages_is_translated_part_by_part(english):
    _, no_title = check_title("")
    both = joined("; ", [Message(HAS_WORDS, text="1,5 triệu"), no_title, Message("Ngày")])
    assert str(both) == (
        "“1,5 triệu” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000; chưa có tiêu đề; Ngày"
    )
    assert translated_message(both) == (
        "“1,5 triệu” has words in it; write the number in full, for example 1.500.000; "
        "no title yet; Date"
    )
    assert translated_message(joined(", ", [])) == ""
    # braces in the separator are kept as they are
    assert str(joined("{}", ["a", "b"])) == "a{}b"


def test_an_exception_keeps_its_message_for_the_interface(english):
    error = ValueError(Message(HAS_WORDS, text="x"))
    assert message_of(error).template == HAS_WORDS
    assert translated_error(error) == (
        "“x” has words in it; write the number in full, for example 1.500.000"
    )
    assert translated_error(ValueError("plain text")) == "plain text"
    assert translated_error(ValueError("a", "b")) == "('a', 'b')"


def test_replaced_reaches_every_part():
    inner = Message(HAS_WORDS, text="/tmp/copy")
    outer = joined(": ", ["/tmp/copy", inner])
    again = replaced(outer, "/tmp/copy", "/home/a.cdsdb")
    assert str(again) == (
        "/home/a.cdsdb: “/home/a.cdsdb” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000"
    )
    assert again.values["part1"].template == HAS_WORDS
    assert replaced("plain /tmp/copy", "/tmp/copy", "x") == "plain x"
