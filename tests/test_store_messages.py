"""The store's refusals are messages with their templates
(desktop.domain.text.Message) that the interface translates; the command line
and the log keep reading them in the same Vietnamese words."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.text import Message
from desktop.store import WorkspaceError
from desktop.store.connection import explain_sqlite_error
from desktop.store.lock import LockOwner, _locked_message


def test_the_lock_names_who_holds_the_file_in_the_same_words():
    owner = LockOwner(pid=1, host=socket.gethostname(), user="an", since="2026-12-01T08:30:00")
    message = _locked_message(Path("so.cdsdb"), owner)
    assert message == (
        "Tệp dữ liệu “so.cdsdb” đang được mở trong một cửa sổ khác của ứng dụng (trên máy này, "
        "người dùng “an”, từ 08:30 ngày 01/12/2026). Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở "
        "lại. Mỗi tệp dữ liệu chỉ mở ở một nơi để không ai ghi đè lên việc của người khác."
    )
    # the holder is a message of its own inside the refusal, its time another
    assert isinstance(message.values["owner"], Message)
    assert message.values["owner"].values["since"].values == {"time": "08:30", "day": "01/12/2026"}
    other = LockOwner(pid=1, host="may-khac", user="", since="không rõ")
    assert "(trên máy “may-khac”, từ không rõ)." in _locked_message(Path("so.cdsdb"), other)


def test_a_failed_save_reads_as_before():
    message = explain_sqlite_error(sqlite3.OperationalError("database is locked"), "ws.cdsdb")
    assert message == (
        "Tệp dữ liệu “ws.cdsdb” đang bận vì một chương trình khác đang ghi vào; đã chờ 10 giây "
        "mà chưa xong. Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn còn nguyên. "
        "Hãy thử lại sau ít phút."
    )
    assert explain_sqlite_error(sqlite3.OperationalError("x"), "") == (
        "Không lưu được vào tệp dữ liệu (x). Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu "
        "trước đó vẫn còn nguyên."
    )


def test_a_year_without_a_plan_is_refused_in_the_same_words(ws):
    with pytest.raises(WorkspaceError) as e:
        ws.plans.require(2031)
    assert str(e.value) == (
        "Chưa có kế hoạch năm 2031 (các năm đã có: 2023). Hãy sao chép kế hoạch năm trước sang "
        "năm 2031."
    )
    assert e.value.args[0].values["year"] == "2031"


def test_restore_and_backup_refusals_on_the_command_line(ws, tmp_path, capsys):
    ws.close()
    other = tmp_path / "ghi-chu.cdsdb"
    other.write_text("không phải dữ liệu", encoding="utf-8")
    assert main(["restore", str(other), "--db", str(ws.path)]) == 1
    assert f"Tệp “{other}” không phải tệp dữ liệu của ứng dụng Báo cáo CĐS." in (
        capsys.readouterr().err
    )
    assert main(["restore", str(ws.path), "--db", str(ws.path)]) == 1
    assert "Tệp sao lưu chính là tệp dữ liệu đang dùng; không có gì để khôi phục." in (
        capsys.readouterr().err
    )
    blocker = tmp_path / "tep"
    blocker.write_text("x")
    assert main(["backup", "--db", str(ws.path), "--to", str(blocker)]) == 1
    assert f"Đã có tệp “{blocker}”; không ghi đè. Hãy chọn tên tệp khác." in (
        capsys.readouterr().err
    )


def test_a_year_beyond_any_unit_reads_as_before(unit_ws):
    from desktop.domain.activity import MAX_YEAR_COST, year_totals_problem

    unit = unit_ws.units.self_unit()
    cost = MAX_YEAR_COST + 1_000_000
    assert year_totals_problem(cost, 5, unit.name, 2023, "ds.csv") == (
        "tổng kinh phí năm 2023 của “Đài Phát thanh và Truyền hình tỉnh” (từ ds.csv) sẽ là "
        "1.000.000.001.000.000 đồng, vượt mức 1.000.000.000.000.000 đồng mà không đơn vị nào "
        "đạt tới; hãy kiểm tra cột Kinh phí"
    )
    assert year_totals_problem(3, 2_000_000_000, "Xã A", 2024) == (
        "tổng số lượng năm 2024 của “Xã A” sẽ là 2.000.000.000, vượt mức 1.000.000.000 mà không "
        "đơn vị nào đạt tới; hãy kiểm tra cột Số lượng"
    )
    assert year_totals_problem(3, 5, "Xã A", 2024) is None


def test_files_that_cannot_be_written_read_as_before(tmp_path):
    import errno

    from desktop.files import FileWriteError, atomic_path, explain_os_error

    target = tmp_path / "bc.docx"
    assert explain_os_error(target, PermissionError(errno.EACCES, "x")) == (
        f"Không ghi được tệp “{target}”: tệp đang mở trong chương trình khác (Word, Excel...) "
        "hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác."
    )
    assert explain_os_error(target, OSError(errno.ENOSPC, "full")) == (
        f"Không ghi được tệp “{target}”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi "
        "lưu khác."
    )
    assert explain_os_error(target, OSError(errno.EIO, "I/O error")) == (
        f"Không ghi được tệp “{target}” (I/O error)."
    )
    with pytest.raises(FileWriteError) as e:
        with atomic_path(tmp_path / "khong-co" / "bc.docx"):
            pass
    assert str(e.value) == (
        f"Không ghi được tệp “{tmp_path / 'khong-co' / 'bc.docx'}”: thư mục không tồn tại."
    )
