from datetime import date

import pytest

from desktop.domain.dates import (
    BAD_MONTH,
    EMPTY,
    NO_SUCH_DAY,
    NOT_A_DATE,
    TypedDateError,
    format_date,
    read_typed_date,
)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10/06/2023", date(2023, 6, 10)),
        ("1/6/23", date(2023, 6, 1)),
        ("01-06-2023", date(2023, 6, 1)),
        ("1.6.2023", date(2023, 6, 1)),
        ("10 06 2023", date(2023, 6, 10)),
        ("10062023", date(2023, 6, 10)),
        ("100623", date(2023, 6, 10)),
        (" 29/02/2024 ", date(2024, 2, 29)),
        ("31/12/2023", date(2023, 12, 31)),
    ],
)
def test_typed_dates_are_read_day_first(text, expected):
    assert read_typed_date(text) == expected


def test_day_and_month_alone_take_the_given_year():
    assert read_typed_date("5/9", 2023) == date(2023, 9, 5)
    assert read_typed_date("0509", 2024) == date(2024, 9, 5)
    with pytest.raises(TypedDateError) as e:
        read_typed_date("5/9")
    assert e.value.problem.code == NOT_A_DATE


@pytest.mark.parametrize(
    "text, code, days",
    [
        ("31/02/2023", NO_SUCH_DAY, 28),
        ("29/02/2023", NO_SUCH_DAY, 28),
        ("31/04/2023", NO_SUCH_DAY, 30),
        ("00/05/2023", NO_SUCH_DAY, 31),
        ("10/13/2023", BAD_MONTH, 0),
        ("", EMPTY, 0),
        ("ngày mai", NOT_A_DATE, 0),
        ("1/2/203", NOT_A_DATE, 0),
        ("1234567", NOT_A_DATE, 0),
    ],
)
def test_impossible_dates_are_refused_not_moved(text, code, days):
    with pytest.raises(TypedDateError) as e:
        read_typed_date(text)
    assert e.value.problem.code == code
    assert e.value.problem.days_in_month == days


def test_format_date():
    assert format_date(date(2023, 6, 1)) == "01/06/2023"
