"""A date that does not exist is refused with the reason (the month has no
such day, there is no month 13), in a list and on the command line; it is
never moved to a nearby day."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.domain.activity import parse_date_value


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("31/02/2023", "tháng 2 năm 2023 chỉ có 28 ngày, không có ngày 31"),
        ("29/2/23", "tháng 2 năm 2023 chỉ có 28 ngày, không có ngày 29"),
        ("31.04.2023", "tháng 4 năm 2023 chỉ có 30 ngày, không có ngày 31"),
        ("14/13/2023", "không có tháng 13"),
    ],
)
def test_a_day_that_does_not_exist_says_why(text, reason):
    day, message = parse_date_value(text)
    assert day is None
    assert str(message) == f"“{text}” không phải ngày có thật: {reason}"


def test_other_shapes_are_no_date_and_real_days_are_read():
    assert str(parse_date_value("ngày 5")[1]) == "“ngày 5” không phải ngày dạng dd/mm/yyyy"
    assert parse_date_value("29/02/2024")[0].isoformat() == "2024-02-29"


@pytest.mark.parametrize(
    ("value", "reason"),
    [("2023-02-30", "tháng 2 năm 2023 không có ngày 30"), ("2023-13-01", "không có tháng 13")],
)
def test_the_command_line_says_why_too(unit_db_file, capsys, value, reason):
    argv = ["report", "--db", str(unit_db_file), "--year", "2023", "--date", value]
    with pytest.raises(SystemExit):
        main([*argv, "--out", "x.docx"])
    assert f"“{value}” không phải ngày có thật ({reason})" in capsys.readouterr().err
