"""The activity form's reach, funding and language fields, driven as an officer would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.ui.activities_page import ActivitiesPage


@pytest.fixture
def page(ctx, qtbot):
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_reach_and_funding_saved_and_empty_stays_not_recorded(page, qtbot, unit_ws, type_text):
    page.new_activity()
    dialog = page.dialog
    dialog.date.setDate(QDate(2023, 3, 15))
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    type_text(dialog.title, "Chuyên mục có lượt xem")
    assert dialog.reach_edits["views"].placeholderText() == "chưa ghi nhận"
    qtbot.keyClicks(dialog.reach_edits["views"], "12345")
    dialog.reach_edits["views"].editingFinished.emit()
    assert dialog.reach_edits["views"].text() == "12.345"
    qtbot.keyClicks(dialog.reach_edits["shares"], "0")
    dialog.funding.setCurrentIndex(dialog.funding.findData("Xã hội hóa"))
    dialog.language.setCurrentText("Tiếng Việt và Tiếng Anh")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    (a,) = unit_ws.activities.iterate(_year_filter(unit_ws))
    assert (a.views, a.reach, a.shares, a.funding, a.language) == (
        12345, None, 0, "Xã hội hóa", "Tiếng Việt và Tiếng Anh",
    )  # fmt: skip


def _year_filter(ws):
    from desktop.store.workspace import ActivityFilter

    return ActivityFilter(unit_id=ws.units.self_unit().id, year=2023)


def test_a_bad_count_is_named_beside_its_field(page, qtbot, unit_ws, type_text):
    page.new_activity()
    dialog = page.dialog
    dialog.form.setCurrentIndex(dialog.form.findData("Tin bài"))
    type_text(dialog.title, "Tin có lượt chia sẻ sai")
    type_text(dialog.reach_edits["shares"], "khoảng 3 nghìn")
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["shares"].isVisible()
    assert dialog.errors["shares"].text().startswith("“khoảng 3 nghìn” có chữ")
    assert unit_ws.activities.ids(_year_filter(unit_ws)) == []


def test_editing_keeps_what_was_recorded(page, qtbot, unit_ws, add):
    activity_id = add(date(2023, 2, 1), "Chuyên mục số 5", views=700, funding="Ngân sách tỉnh")
    page.refresh()
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.reach_edits["views"].text() == "700"
    assert dialog.reach_edits["reach"].text() == ""
    assert dialog.funding.currentData() == "Ngân sách tỉnh"
    dialog.title.setText("Chuyên mục số 5 (phát lại)")
    save(dialog, qtbot)
    stored = unit_ws.activities.get(activity_id)
    assert (stored.title, stored.views, stored.reach, stored.funding) == (
        "Chuyên mục số 5 (phát lại)", 700, None, "Ngân sách tỉnh",
    )  # fmt: skip


def test_import_preview_shows_reach_and_funding(qapp):
    from desktop.domain.activity import Activity
    from desktop.io.listformat import ImportResult
    from desktop.ui.import_models import PreviewModel

    model = PreviewModel()
    result = ImportResult(
        activities=[
            Activity(date(2023, 3, 1), "Tin 1", "Tin bài", views=12345, shares=0, funding="Khác")
        ],
        sources=[("danh-sach.xlsx", "Sheet", 2)],
    )
    model.set_result(result)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert dict(zip(headers, cells, strict=True))["Lượt xem"] == "12.345"
    assert headers[-4:] == ["Lượt xem", "Lượt tiếp cận", "Lượt chia sẻ", "Nguồn kinh phí"]
    assert cells[-4:] == ["12.345", "", "0", "Khác"]
