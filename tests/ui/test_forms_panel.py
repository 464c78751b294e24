"""Kế hoạch page: the officer's own forms listed with their activities,
renamed or merged (every activity follows); a derived plan says so."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.store import ActivityFilter, WorkspaceError
from desktop.ui.plan_page import PlanPage
from tests.real_lists import department_rows, hand_kept_list, write_list_csv


def _table(panel) -> dict[str, str]:
    t = panel.table
    return {t.item(r, 0).text(): t.item(r, 1).text() for r in range(t.rowCount())}


def _forms(ws) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in ws.activities.iterate(ActivityFilter(unit_id=ws.units.self_unit().id)):
        counts[a.form] = counts.get(a.form, 0) + 1
    return counts


def test_new_forms_renamed_and_merged_from_the_plan_page(ctx, qtbot, tmp_path, capsys):
    src = hand_kept_list(tmp_path / "quy.xlsx")
    assert main(["import", str(src), "--db", str(ctx.workspace.path)]) == 0
    capsys.readouterr()
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    ctx.plan_changed.emit()
    # Off screen the panel does not count (every unit's activities in a
    # department's workspace); it does when shown.
    assert _table(page.forms_panel) == {}
    page.show()
    table = _table(page.forms_panel)
    assert (table["Ảnh"], table["Livestream"], table["Video"], table["Tin bài"]) == (
        "12",
        "3",
        "10",
        "27",
    )
    assert table["Phóng sự"] == "0"
    assert page.forms_panel.merge("Livestream", "Video")
    assert page.forms_panel.rename("Ảnh", "Ảnh hoạt động")
    table = _table(page.forms_panel)
    assert "Livestream" not in table and "Ảnh" not in table
    assert (table["Video"], table["Ảnh hoạt động"]) == ("13", "12")
    assert _forms(ctx.workspace) == {"Tin bài": 27, "Video": 13, "Ảnh hoạt động": 12}
    # A merge into a form the catalogue lacks is refused; nothing changes.
    with pytest.raises(WorkspaceError, match="Không có hình thức “Không có”"):
        ctx.workspace.forms.merge("Tin bài", "Không có")
    assert _forms(ctx.workspace)["Tin bài"] == 27
    # The merged word is remembered: the next list writing it lands in Video.
    assert ("livestream", "Video") in ctx.workspace.forms.aliases()


def test_a_derived_plan_says_so_on_the_plan_page(ctx, qtbot, tmp_path, capsys):
    src = write_list_csv(tmp_path / "2022.csv", department_rows(2022)[:10])
    assert main(["import", str(src), "--db", str(ctx.workspace.path), "--force"]) == 0
    capsys.readouterr()
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    ctx.set_year(2022)
    assert page.heading.text().endswith("(tạo từ kế hoạch năm 2023 — cần kiểm tra chỉ tiêu)")
    ctx.set_year(2023)
    assert "cần kiểm tra" not in page.heading.text()
