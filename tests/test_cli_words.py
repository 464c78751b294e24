"""The command line's own words (usage, headings, refusals of a wrong
command) are Vietnamese like the rest of it."""

from __future__ import annotations

import pytest

from desktop.cli import main


def test_help_is_in_vietnamese(capsys):
    with pytest.raises(SystemExit) as e:
        main(["report", "--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: python -m desktop report")
    assert "\ntùy chọn:\n" in out and "xem hướng dẫn này rồi thoát" in out
    assert "usage:" not in out and "show this help" not in out


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["report", "--out", "x.docx"], "thiếu tham số bắt buộc: --year"),
        (["report", "--year", "2023", "--bad"], "tham số không nhận ra: --bad"),
        (["report", "--year", "hai"], "tham số --year: giá trị không hợp lệ: 'hai'"),
        (
            ["plan", "set", "--year", "2023", "--window", "xx"],
            "tham số --window: lựa chọn không hợp lệ: 'xx' (chọn một trong 'calendar', 'nd09')",
        ),
    ],
)
def test_a_wrong_command_is_refused_in_vietnamese(capsys, argv, words):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert f"Lỗi cú pháp lệnh: {words}\n" in err
    assert err.startswith("cách dùng: ")
