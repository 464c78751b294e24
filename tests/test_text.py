import pytest

from desktop.domain.text import (
    NumberError,
    clean_line,
    clean_multiline,
    fold,
    format_decimal,
    format_int,
    format_money,
    format_percent,
    parse_whole_number,
)


def test_fold_removes_accents_and_case():
    assert fold("Chuyển Đổi Số") == "chuyen doi so"
    assert fold("  ĐÀI   phát thanh ") == "dai phat thanh"


def test_vietnamese_number_formats():
    assert format_int(1234) == "1.234"
    assert format_int(1500000) == "1.500.000"
    assert format_int(0) == "0"
    assert format_decimal(76.923) == "76,9"
    assert format_decimal(100.0) == "100"
    assert format_decimal(1234.56) == "1.234,6"
    assert format_percent(76.923) == "76,9%"
    assert format_percent(None) == ""
    assert format_money(1500000) == "1.500.000 đồng"


@pytest.mark.parametrize(
    "text,value",
    [
        ("1.500.000", 1500000),
        ("1500000", 1500000),
        ("1 500 000", 1500000),
        ("1.500.000 đ", 1500000),
        ("1.500.000 đồng", 1500000),
        ("1,500,000", 1500000),
        (2000, 2000),
        (3.0, 3),
        ("", None),
        (None, None),
    ],
)
def test_parse_whole_number_accepts(text, value):
    assert parse_whole_number(text, money=True) == value


@pytest.mark.parametrize("text", ["1,5 triệu", "1,5", "1,500", "abc", "1.5.00", 2.5, "12.34"])
def test_parse_whole_number_refuses_with_reason(text):
    with pytest.raises(NumberError) as e:
        parse_whole_number(text, money=True)
    assert str(e.value)


def test_clean_text_handles_pasted_control_characters():
    assert clean_line("Tin\x0bbài\x00 mới\x0c") == "Tin bài mới"
    assert clean_multiline("Dòng 1\x0bDòng 2\r\nDòng 3\x00") == "Dòng 1\nDòng 2\nDòng 3"
    # NFC: a decomposed "ố" becomes one code point
    assert clean_line("so\u0302\u0301") == "s\u1ed1"
