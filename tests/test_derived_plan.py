"""A plan the app made from another year's, and where the reports go when the
year's consolidating unit changes: the units that sent their reports to the
one named before follow the plan, and the check before issuing says that a
made-up plan still holds the other year's tasks and addressee until the
officer loads the real plan or marks it checked."""

from __future__ import annotations

from dataclasses import replace

import docx

from desktop.cli import main
from desktop.domain.plan import derive_plan, new_unit_defaults
from desktop.store import Workspace
from desktop.store.plan_versions import save_plan

OLD = "Sở Thông tin và Truyền thông"
NEW = "Sở Khoa học và Công nghệ"
PROVINCE = "Ủy ban nhân dân tỉnh Quảng Ngãi"
COMMUNE = "UBND xã Ba Tơ"
CHOSEN = "UBND huyện Ba Tơ (cũ)"


def _commune(path) -> Workspace:
    """A commune's workspace at the end of 2026, its plan made from 2023's."""
    ws = Workspace.open(path)
    plan = ws.plans.require(2023)
    unit = ws.units.set_self_unit(new_unit_defaults(COMMUNE, plan))
    assert unit.addressee == OLD
    ws.plans.add(derive_plan(plan, 2026))
    assert ws.plans.require(2026).derived_from == 2023
    return ws


def test_units_follow_the_consolidator_the_officer_names(tmp_path):
    ws = _commune(tmp_path / "xa.cdsdb")
    ws.units.save(new_unit_defaults(NEW, ws.plans.require(2023)))
    other = ws.units.by_name("Sở Tài chính")
    ws.units.put(replace(other, addressee=CHOSEN))
    followers = {u.name for u in ws.units.all() if u.addressee == OLD and not u.consolidator}
    assert COMMUNE in followers and len(followers) > 5

    moved = ws.plans.set_consolidator(2026, NEW)
    assert {u.name for u in moved} == followers - {NEW}
    assert ws.units.self_unit().addressee == NEW
    # An addressee the officer chose, and a consolidating unit's (its
    # superior), stay as they were.
    assert ws.units.by_name("Sở Tài chính").addressee == CHOSEN
    assert ws.units.by_name(OLD).addressee == PROVINCE
    assert ws.units.by_name(NEW).consolidator and ws.units.by_name(NEW).addressee != NEW
    # Naming the same unit again moves nobody.
    assert ws.plans.set_consolidator(2026, NEW) == []
    ws.close()


def test_the_real_plan_loaded_over_the_made_one_sends_the_reports_where_it_says(tmp_path):
    ws = _commune(tmp_path / "xa.cdsdb")
    real = replace(ws.plans.require(2026), consolidator=NEW, number="12/KH-UBND", id=None)
    real.derived_from = None
    save_plan(ws, real, replace=True)
    stored = ws.plans.require(2026)
    assert stored.consolidator == NEW and stored.derived_from is None
    assert ws.units.self_unit().addressee == NEW
    ws.close()


def _findings(capsys, args) -> str:
    assert main(args) == 0
    return capsys.readouterr().out


def test_the_check_says_the_plan_is_made_up_until_it_is_loaded_or_checked(tmp_path, capsys):
    path = tmp_path / "xa.cdsdb"
    _commune(path).close()
    check = ["report", "--db", str(path), "--year", "2026", "--check"]
    out = _findings(capsys, check)
    assert (
        "Kế hoạch năm 2026 chưa phải kế hoạch đã ban hành: ứng dụng tạo từ kế hoạch năm 2023, "
        "nên nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp vẫn là của năm 2023, kể cả nơi nhận "
        f"báo cáo “{OLD}”." in out
    )
    assert "plan import TỆP --year 2026 --replace" in out
    assert "plan set --year 2026 --checked" in out

    plan_set = ["plan", "set", "--db", str(path), "--year", "2026"]
    out = _findings(capsys, [*plan_set, "--consolidator", NEW])
    assert f"Nơi nhận báo cáo (Kính gửi) của {COMMUNE} đổi theo: {NEW}." in out
    assert f"đơn vị khác trước gửi báo cáo cho {OLD}, nay gửi {NEW}." in out
    assert "khi đã kiểm tra xong: plan set --year 2026 --checked" in out
    out = _findings(capsys, check)
    assert f"kể cả nơi nhận báo cáo “{NEW}”" in out

    report = tmp_path / "bc.docx"
    _findings(capsys, ["report", "--db", str(path), "--year", "2026", "--out", str(report)])
    text = [p.text for p in docx.Document(str(report)).paragraphs]
    assert f"Kính gửi: {NEW}." in text
    assert not any(OLD in line for line in text)

    out = _findings(capsys, [*plan_set, "--checked"])
    assert "Đã kiểm tra: không còn ghi “tạo từ kế hoạch năm 2023”." in out
    assert "chưa phải kế hoạch đã ban hành" not in _findings(capsys, check)
    with Workspace.open(path, create=False) as ws:
        assert ws.plans.require(2026).derived_from is None
    out = _findings(capsys, [*plan_set, "--checked"])
    assert "không do ứng dụng tạo từ năm khác: không có gì phải đánh dấu" in out


def test_the_consolidated_check_says_it_too(tmp_path, capsys):
    path = tmp_path / "so.cdsdb"
    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name(OLD))
    ws.plans.add(derive_plan(ws.plans.require(2023), 2026))
    ws.close()
    args = ["report", "--db", str(path), "--year", "2026", "--check", "--consolidated"]
    out = _findings(capsys, args)
    assert "tạo từ kế hoạch năm 2023, nên nhiệm vụ" in out
    assert f"kể cả nơi nhận báo cáo “{PROVINCE}”" in out
