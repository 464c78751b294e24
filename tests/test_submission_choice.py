"""The department chooses which received package of a unit is in use: a
package dated in the future (a clock set ahead) cannot stay in use for good."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta

import pytest
from package_fixtures import DAI, DAI_LATER, SO, SO_DATA, UNIT_DATA, YEAR, made_at

from desktop.cli import main
from desktop.io.package_choice import ChoiceError, find_submission, use_submission
from desktop.io.package_import import Outcome, receive_package
from desktop.store import ActivityFilter, Workspace


@pytest.fixture
def dept(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        so = ws.units.set_self_unit(ws.units.by_name(SO))
        ws.activities.insert_many(SO_DATA, so.id)
        yield ws


def _dai_count(ws) -> int:
    dai = ws.units.by_name(DAI)
    return ws.activities.count_and_sums(ActivityFilter(unit_id=dai.id, year=YEAR))[0]


def test_a_package_dated_in_the_future_gives_way_to_the_next_one(exchange, dept, tmp_path):
    ahead = tmp_path / "dai-tuong-lai.cdsgoi"
    ahead.write_bytes(exchange.packages[DAI].read_bytes())
    made_at(ahead, datetime.now() + timedelta(days=400))
    assert receive_package(dept, ahead).outcome is Outcome.ADDED
    # the corrected package, made now, is older by its own date but is used
    assert receive_package(dept, exchange.dai_newer).outcome is Outcome.REPLACED
    assert _dai_count(dept) == len(UNIT_DATA[DAI]) + len(DAI_LATER)


def test_the_department_switches_the_package_in_use_and_back(exchange, dept):
    receive_package(dept, exchange.packages[DAI])
    receive_package(dept, exchange.dai_newer)
    assert _dai_count(dept) == len(UNIT_DATA[DAI]) + len(DAI_LATER)
    first = next(s for s in dept.submissions.history(YEAR) if not s.current)
    chosen = find_submission(dept, "đài phát thanh và truyền hình tỉnh", first.package_sha256[:10])
    assert chosen.id == first.id
    assert use_submission(dept, chosen) == len(UNIT_DATA[DAI])
    assert _dai_count(dept) == len(UNIT_DATA[DAI])
    current = [s for s in dept.submissions.history(YEAR) if s.current]
    assert [s.id for s in current] == [first.id]
    texts = dept.texts.report_texts(dept.units.by_name(DAI).id, YEAR)
    assert texts["chi_dao"].startswith("Ban Giám đốc")
    other = next(s for s in dept.submissions.history(YEAR) if not s.current)
    use_submission(dept, other)
    assert _dai_count(dept) == len(UNIT_DATA[DAI]) + len(DAI_LATER)


def test_a_changed_kept_copy_is_refused_and_nothing_changes(exchange, dept):
    receive_package(dept, exchange.packages[DAI])
    receive_package(dept, exchange.dai_newer)
    old = next(s for s in dept.submissions.history(YEAR) if not s.current)
    (dept.files_dir / old.stored_path).write_bytes(b"PK\x03\x04 not it")
    with pytest.raises(ChoiceError, match="bị thay đổi"):
        use_submission(dept, old)
    assert _dai_count(dept) == len(UNIT_DATA[DAI]) + len(DAI_LATER)
    with pytest.raises(ChoiceError, match="quá ngắn"):
        find_submission(dept, DAI, "ab")
    with pytest.raises(ChoiceError, match="Không có đơn vị"):
        find_submission(dept, "Đơn vị không có", "abcdefabcdef")


def test_cli_submissions_list_and_use(exchange, dept, capsys):
    receive_package(dept, exchange.packages[DAI])
    receive_package(dept, exchange.dai_newer)
    path = dept.path
    first = next(s for s in dept.submissions.history(YEAR) if not s.current)
    dept.close()
    assert main(["submissions", "list", "--db", str(path), "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert first.package_sha256[:12] in out and "đang dùng" in out and "2 gói." in out
    args = ["submissions", "use", "--db", str(path), "--unit", DAI]
    assert main([*args, "--package", first.package_sha256[:12]]) == 0
    assert f"{len(UNIT_DATA[DAI])} hoạt động" in capsys.readouterr().out
    with Workspace.open(path, create=False) as ws:
        assert _dai_count(ws) == len(UNIT_DATA[DAI])
    assert main([*args, "--package", "ffffffffffff"]) == 1
    assert "Không có gói nào" in capsys.readouterr().err


def test_cli_submissions_list_says_whether_each_package_came_in_time(
    exchange, dept, capsys, tmp_path
):
    package = shutil.copy(exchange.packages[DAI], tmp_path / "dai.cdsgoi")
    made_at(package, datetime(2023, 11, 25, 8, 0))
    receive_package(dept, package, received_at=datetime(2023, 11, 28, 9, 0))
    [sub] = dept.submissions.history(YEAR)
    made, received = sub.created_at.date(), sub.received_at.date()
    assert made < received  # made 25/11, received 28/11
    path = dept.path

    def line_for_deadline(deadline):
        dept.plans.set_report_deadline(YEAR, deadline)
        assert main(["submissions", "list", "--db", str(path), "--year", str(YEAR)]) == 0
        out = capsys.readouterr().out
        [line] = [x for x in out.splitlines() if DAI in x]
        return line, out

    line, _ = line_for_deadline(made - timedelta(days=1))
    assert "trễ hạn" in line and "đúng hạn" not in line
    # Made on the deadline itself, or before it and received after it: in
    # time, judged as the Tổng hợp page and the consolidated report judge it.
    for deadline in (made, received - timedelta(days=1)):
        line, out = line_for_deadline(deadline)
        assert "đúng hạn" in line and "trễ hạn" not in line
    assert "hạn nộp báo cáo của kế hoạch" in out
