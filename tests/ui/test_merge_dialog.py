"""Đổi tên, sáp nhập đơn vị, driven from the Tổng hợp page as the officer would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from package_fixtures import BAO, DAI, SO
from PySide6.QtCore import Qt

from desktop.domain.activity import Activity
from desktop.store import Workspace
from desktop.ui.consolidation_page import ConsolidationPage
from desktop.ui.context import AppContext

NEW = "Báo và Phát thanh, Truyền hình Quảng Ngãi"


@pytest.fixture
def page(tmp_path, settings, qapp, qtbot):
    qapp.setProperty("testing", True)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    ws.plans.copy(2023, 2025)
    ws.units.set_self_unit(ws.units.by_name(SO))
    for name, code, count in ((DAI, "III.2.a/TH", 19), (BAO, "III.2.b/IN", 4)):
        ws.activities.insert_many(
            [
                Activity(
                    date=date(2025, 1, 2) + timedelta(days=7 * i),
                    title=f"{code} số {i + 1}",
                    form="Chuyên mục",
                    target_code=code,
                )
                for i in range(count)
            ],
            ws.units.by_name(name).id,
        )
    ctx = AppContext(ws, settings, year=2025)
    widget = ConsolidationPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    ctx.writer.close()
    ws.close()


def _tick(dialog, name: str) -> None:
    items = dialog.olds.findItems(name, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    items[0].setCheckState(Qt.CheckState.Checked)


def _breakdown(page, code: str) -> list[list[str]]:
    row = [r.code for r in page.rows].index(code)
    page.progress.selectRow(row)
    table = page.breakdown
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_two_units_merged_from_the_page_and_undone(page, qtbot, type_text):
    assert _breakdown(page, "III.2.a/TH")[0][:4] == [DAI, "✓", "52", "19"]
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    assert dialog.isVisible()
    assert SO not in [dialog.olds.item(i).text() for i in range(dialog.olds.count())]
    assert not dialog.confirm_button.isEnabled()
    assert dialog.summary.text() == "Chọn ít nhất một đơn vị cũ."
    _tick(dialog, DAI)
    _tick(dialog, BAO)
    type_text(dialog.successor, NEW)
    assert dialog.kind.currentData() == "bao_chi"  # from the first old unit
    type_text(dialog.effective, "19/5/2025")
    assert dialog.confirm_button.isEnabled()
    assert dialog.summary.text().startswith(
        f"“{DAI}”, “{BAO}” sáp nhập thành “{NEW}” từ ngày 19/05/2025. Đơn vị mới sẽ được thêm."
    )

    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (f"Đã ghi nhận: từ ngày 19/05/2025, {DAI}; {BAO} → “{NEW}”.")
    ws = page.ctx.workspace
    lineage = ws.units.lineage()
    assert [(s.predecessor, s.successor, s.effective) for s in lineage] == [
        (BAO, NEW, date(2025, 5, 19)),
        (DAI, NEW, date(2025, 5, 19)),
    ]
    new = ws.units.by_name(NEW)
    assert new.kind == "bao_chi" and set(new.lead_kinds) == {"dai_ptth", "bao"}
    # The page shows the predecessors' figures under the new unit, said so.
    note = (
        f"gồm số liệu của {DAI}, {BAO} trước ngày 19/05/2025; "
        "chưa có số liệu của chính đơn vị từ ngày 19/05/2025"
    )
    row = _breakdown(page, "III.2.a/TH")[0]
    assert row[:4] == [f"{NEW} ({note})", "✓", "52", "19"]
    assert row[6] == ""  # nothing of 2024 is held
    assert _breakdown(page, "III.2.b/IN")[0][:4] == [f"{NEW} ({note})", "✓", "12", "4"]
    expected = {e.unit.name: e.expected for e in page.expected}
    assert expected[DAI] is False and expected[BAO] is False and expected[NEW] is True
    names = [page.submissions.item(r, 0).text() for r in range(page.submissions.rowCount())]
    assert f"{DAI} (nay là {NEW})" in names and NEW in names

    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Đã hoàn tác việc đổi tên, sáp nhập."
    assert ws.units.lineage() == [] and ws.units.by_name(NEW) is None
    assert _breakdown(page, "III.2.a/TH")[0][:4] == [DAI, "✓", "52", "19"]
    assert not dialog.undo_button.isEnabled()


def test_a_renaming_into_an_existing_unit_and_a_refusal(page, type_text):
    page.merge_units()
    dialog = page.merge_dialog
    _tick(dialog, DAI)
    type_text(dialog.successor, DAI.upper())
    assert dialog.summary.text() == "Đơn vị mới không thể là một trong các đơn vị cũ."
    assert not dialog.confirm_button.isEnabled()
    dialog.successor.clear()
    type_text(dialog.successor, "Sở Tài chính")
    type_text(dialog.effective, "31/2/2025")
    assert not dialog.confirm_button.isEnabled()
    assert "31/2/2025" in dialog.summary.text()
    dialog.effective.clear()
    type_text(dialog.effective, "1/7/2025")
    assert dialog.summary.text().startswith(
        f"“{DAI}” đổi tên thành “Sở Tài chính” từ ngày 01/07/2025. Đơn vị mới đảm nhận"
    )
    assert dialog.confirm()
    ws = page.ctx.workspace
    finance = ws.units.by_name("Sở Tài chính")
    assert "dai_ptth" in finance.lead_kinds and "so_nganh" in finance.lead_kinds
    assert dialog.undo_last()
    finance = ws.units.by_name("Sở Tài chính")
    assert "dai_ptth" not in finance.lead_kinds and ws.units.lineage() == []


def test_the_reports_that_went_to_the_old_unit_follow_the_merger(
    tmp_path, settings, qapp, qtbot, type_text
):
    from desktop.ui.merge_dialog import MergeUnitsDialog

    qapp.setProperty("testing", True)
    ws = Workspace.open(tmp_path / "stc.cdsdb")
    me = ws.units.set_self_unit(ws.units.by_name("Sở Tài chính"))
    assert me.addressee == SO
    senders = [u.name for u in ws.units.all() if u.addressee == SO]
    ctx = AppContext(ws, settings, year=2023)
    dialog = MergeUnitsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _tick(dialog, SO)
    skhcn = "Sở Khoa học và Công nghệ"
    type_text(dialog.successor, skhcn)
    type_text(dialog.effective, "1/3/2025")
    assert dialog.confirm()
    assert dialog.message.text() == (
        f"Đã ghi nhận: từ ngày 01/03/2025, {SO} → “{skhcn}”. "
        f"Báo cáo của {len(senders)} đơn vị nay gửi “{skhcn}”."
    )
    assert ws.units.self_unit().addressee == skhcn
    assert dialog.undo_last()
    assert ws.units.self_unit().addressee == SO
    ctx.writer.close()
    ws.close()
