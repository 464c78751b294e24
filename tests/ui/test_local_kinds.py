"""Since 1/7/2025 communes, wards and the special zone report directly: a
plan made from a year of districts does not name them, yet the officer can
give them its targets on the Kế hoạch page, and their progress counts them."""

from __future__ import annotations

from datetime import date

from desktop.domain.activity import Activity
from desktop.domain.plan import new_unit_defaults
from desktop.store import Workspace
from desktop.ui.plan_page import TargetDialog


def _commune(tmp_path):
    ws = Workspace.open(tmp_path / "xa.cdsdb")
    plan = ws.plans.require(2023)
    ws.units.set_self_unit(new_unit_defaults("UBND xã Ba Tơ", plan))
    return ws


def test_a_workspace_without_communes_offers_the_plans_kinds_only(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        codes = [k.code for k in ws.plans.require(2023).unit_kinds]
    assert "ubnd_huyen" in codes and "xa" not in codes and "phuong" not in codes


def test_a_commune_is_given_a_target_of_a_plan_that_does_not_name_it(tmp_path, qtbot):
    ws = _commune(tmp_path)
    unit = ws.units.self_unit()
    assert (unit.kind, unit.lead_kinds) == ("xa", ("xa",))
    plan = ws.plans.require(2023)
    kinds = {k.code: k.name for k in plan.unit_kinds}
    assert kinds["xa"] == "UBND xã" and "phuong" not in kinds
    # Before: the district target is not the commune's.
    assert [r.code for r in ws.figures.progress(unit.id, 2023, date(2023, 12, 31))] == []

    target = next(t for t in plan.targets if t.code == "III.3.c")
    dialog = TargetDialog(target, plan.unit_kinds)
    qtbot.addWidget(dialog)
    box = dialog.kind_boxes["xa"]
    assert box.text() == "UBND xã" and not box.isChecked()
    box.setChecked(True)
    dialog.accept()
    assert dialog.result_target is not None
    assert dialog.result_target.lead_kinds == ("ubnd_huyen", "xa")
    ws.plans.save_target(2023, dialog.result_target)

    ws.activities.insert_many(
        [Activity(date(2023, 3, 26), "Ngày hội CĐS xã Ba Tơ", "Sự kiện", "III.3.c", quantity=2)],
        unit.id,
    )
    [row] = ws.figures.progress(unit.id, 2023, date(2023, 12, 31))
    assert (row.code, row.actual, row.target) == ("III.3.c", 2, target.target)
    ws.close()


def test_the_progress_page_says_how_to_give_the_commune_a_target(tmp_path, settings, qapp, qtbot):
    from desktop.ui.context import AppContext
    from desktop.ui.progress_page import ProgressPage

    ws = _commune(tmp_path)
    page = ProgressPage(AppContext(ws, settings, year=2023))
    qtbot.addWidget(page)
    page.refresh()
    assert page.table.model().rowCount() == 0
    assert page.chart.title.startswith(
        "Kế hoạch năm 2023 không giao chỉ tiêu nào cho UBND xã Ba Tơ. Để giao: ở trang Kế hoạch"
    )
    ws.close()
