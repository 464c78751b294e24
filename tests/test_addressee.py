"""A report is never addressed to its own unit: a merger that makes the unit
the successor of the one it reported to takes over where that one reported,
and the check before issuing names an addressee that is the unit itself or
a unit merged into it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.cli import main
from desktop.domain.plan import new_unit_defaults
from desktop.store import Workspace

OLD = "Sở Thông tin và Truyền thông"
NEW = "Sở Khoa học và Công nghệ"
PROVINCE = "Ủy ban nhân dân tỉnh Quảng Ngãi"


def _department(path):
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(new_unit_defaults(NEW, ws.plans.require(2023)))
    assert unit.addressee == OLD  # the 2023 plan sends the reports to the old department
    assert ws.units.by_name(OLD).addressee == PROVINCE
    return ws


def test_the_successor_of_its_addressee_reports_where_that_one_did(tmp_path):
    ws = _department(tmp_path / "so.cdsdb")
    successor, undo = ws.units.merge_undoable([OLD], ws.units.self_unit(), date(2025, 3, 1))
    assert successor.addressee == PROVINCE and successor.consolidator
    ws.units.undo_merge(undo)
    assert ws.units.self_unit().addressee == OLD
    # A merger of units it did not report to leaves its addressee alone.
    merged = ws.units.merge(["Sở Tài chính"], ws.units.self_unit(), date(2025, 3, 1))
    assert merged.addressee == OLD
    ws.close()


def test_the_check_names_an_addressee_that_is_the_unit_or_merged_into_it(tmp_path, capsys):
    path = tmp_path / "so.cdsdb"
    ws = _department(path)
    ws.units.merge([OLD], ws.units.self_unit(), date(2025, 3, 1))
    args = ["report", "--db", str(path), "--year", "2023", "--check"]
    ws.units.put(replace(ws.units.self_unit(), addressee=PROVINCE))
    assert main(args) == 0
    assert "Kính gửi" not in capsys.readouterr().out
    for addressee, reason in (
        (OLD, "là đơn vị đã đổi tên hoặc sáp nhập vào đơn vị ban hành"),
        (NEW, "là chính đơn vị ban hành"),
    ):
        ws.units.put(replace(ws.units.self_unit(), addressee=addressee))
        for extra in ([], ["--consolidated"]):
            assert main([*args, *extra]) == 0
            out = capsys.readouterr().out
            assert f"Báo cáo gửi (Kính gửi) “{addressee}”, {reason}" in out, out
            assert "unit set --addressee" in out
    ws.close()
