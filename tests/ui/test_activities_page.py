"""The activities list and form, driven as an officer would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.store.workspace import ActivityFilter
from desktop.ui.activities_model import COL_COST, COL_DATE, COL_TARGET, COL_TITLE
from desktop.ui.activities_page import ActivitiesPage


@pytest.fixture
def page(ctx, qtbot):
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


def shown(page, row: int, col: int) -> str:
    return page.model.index(row, col).data()


def all_rows(ws) -> list:
    unit = ws.units.self_unit()
    return ws.activities.page(ActivityFilter(unit_id=unit.id), limit=1000)


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_add_activity_through_the_form(page, qtbot, unit_ws, type_text):
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    # The unit's own targets come first in the picker, other activities last.
    codes = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert codes[:4] == ["III.2.a/PT", "III.2.a/TH", None, "III.1"]  # None: a separator
    assert codes[-2:] == [None, ""]
    assert dialog.target.itemText(codes.index("III.2.a/TH")).startswith("III.2.a/TH – Chuyên mục")
    assert dialog.target.currentData() == "III.2.a/PT"  # the unit's first own target
    dialog.date.setDate(QDate(2023, 3, 15))
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/TH"))
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    type_text(dialog.title, "Chuyên mục Chuyển đổi số số 11")
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "2")
    qtbot.keyClicks(dialog.cost, "1500000")
    dialog.cost.editingFinished.emit()
    assert dialog.cost.text() == "1.500.000"
    dialog.theme_boxes[2].setChecked(True)
    dialog.theme_boxes[5].setChecked(True)
    save(dialog, qtbot)

    assert not dialog.isVisible()
    rows = all_rows(unit_ws)
    assert len(rows) == 1
    r = rows[0]
    assert (r["date"], r["target_code"], r["title"], r["quantity"], r["cost"], r["themes"]) == (
        "2023-03-15",
        "III.2.a/TH",
        "Chuyên mục Chuyển đổi số số 11",
        2,
        1_500_000,
        0b10010,
    )
    assert shown(page, 0, COL_DATE) == "15/03/2023"
    assert shown(page, 0, COL_TITLE) == "Chuyên mục Chuyển đổi số số 11"
    assert shown(page, 0, COL_COST) == "1.500.000"
    assert page.summary_text == "1 hoạt động · Số lượng: 2 · Kinh phí: 1.500.000 đồng"
    assert page.selected_ids() == [r["id"]]


def test_invalid_input_is_refused_with_messages_beside_the_fields(page, qtbot, unit_ws, type_text):
    page.new_activity()
    dialog = page.dialog
    dialog.form.setCurrentIndex(0)  # "— chọn hình thức —"
    dialog.quantity.setText("0")
    type_text(dialog.cost, "1,5 triệu")
    save(dialog, qtbot)

    assert dialog.isVisible()
    assert all_rows(unit_ws) == []
    assert dialog.errors["title"].isVisible()
    assert dialog.errors["title"].text() == "Chưa có tiêu đề"
    assert dialog.errors["form"].text() == "Chưa chọn hình thức"
    assert dialog.errors["quantity"].text() == "Phải là số nguyên từ 1 trở lên"
    assert "1,5 triệu" in dialog.errors["cost"].text()
    assert not dialog.errors["date"].isVisible()
    assert "4 chỗ cần sửa" in dialog.banner.text()

    # Fixing them saves, and the messages go away.
    dialog.form.setCurrentIndex(dialog.form.findData("Tin bài"))
    type_text(dialog.title, "Tin hội nghị chuyển đổi số")
    dialog.quantity.setText("1")
    dialog.cost.setText("1.500.000")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    assert [r["title"] for r in all_rows(unit_ws)] == ["Tin hội nghị chuyển đổi số"]


def test_a_date_outside_any_plan_year_is_refused(page, qtbot, unit_ws, type_text):
    page.new_activity()
    dialog = page.dialog
    dialog.date.setDate(QDate(2031, 5, 1))
    dialog.form.setCurrentIndex(dialog.form.findData("Tin bài"))
    type_text(dialog.title, "Tin năm sau")
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert "Chưa có kế hoạch năm 2031" in dialog.errors["date"].text()
    assert all_rows(unit_ws) == []


def test_edit_with_enter(page, qtbot, unit_ws, add):
    activity_id = add(date(2023, 2, 1), "Chuyên mục số 5")
    page.refresh()
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.dialog
    assert dialog.windowTitle() == "Sửa hoạt động"
    assert dialog.title.text() == "Chuyên mục số 5"
    dialog.title.setText("Chuyên mục số 5 (phát lại)")
    save(dialog, qtbot)
    stored = unit_ws.activities.get(activity_id)
    assert stored.title == "Chuyên mục số 5 (phát lại)"
    assert shown(page, 0, COL_TITLE) == "Chuyên mục số 5 (phát lại)"
    assert len(all_rows(unit_ws)) == 1


def test_duplicate_refuses_an_identical_copy_then_saves_a_changed_one(page, qtbot, unit_ws, add):
    add(date(2023, 2, 1), "Chuyên mục tuần 5", cost=8_500_000, themes=(2,))
    page.refresh()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    assert dialog.windowTitle() == "Nhân bản hoạt động"
    assert dialog.title.text() == "Chuyên mục tuần 5"
    assert dialog.cost.text() == "8.500.000"
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert "Đã có hoạt động cùng ngày" in dialog.errors["title"].text()
    assert len(all_rows(unit_ws)) == 1

    dialog.date.setDate(QDate(2023, 2, 8))
    dialog.title.setText("Chuyên mục tuần 6")
    save(dialog, qtbot)
    rows = sorted(all_rows(unit_ws), key=lambda r: r["date"])
    assert [(r["date"], r["title"], r["cost"], r["themes"]) for r in rows] == [
        ("2023-02-01", "Chuyên mục tuần 5", 8_500_000, 2),
        ("2023-02-08", "Chuyên mục tuần 6", 8_500_000, 2),
    ]


def test_closing_with_unsaved_changes_asks(page, qtbot, unit_ws, monkeypatch, type_text):
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return (
            QMessageBox.StandardButton.Cancel
            if len(asked) == 1
            else QMessageBox.StandardButton.Discard
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.new_activity()
    dialog = page.dialog
    dialog.reject()  # nothing typed: closes without asking
    assert asked == [] and not dialog.isVisible()

    page.new_activity()
    dialog = page.dialog
    type_text(dialog.title, "Bài chưa xong")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Hoạt động có thay đổi chưa lưu. Lưu trước khi đóng?"]
    assert dialog.isVisible()  # "Hủy" keeps the form open
    dialog.reject()
    assert not dialog.isVisible()
    assert all_rows(unit_ws) == []


def test_delete_and_undo(page, qtbot, unit_ws, add, monkeypatch):
    ids = [add(date(2023, 1, d), f"Tin {d}", code=None, form="Tin bài") for d in range(1, 6)]
    page.refresh()
    # The newest first: row 0 is "Tin 5".
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(all_rows(unit_ws)) == 4
    assert page.summary_text.startswith("4 hoạt động")
    assert page.undo_action.isEnabled()

    questions = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: questions.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    page.table.selectAll()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert len(questions) == 1 and questions[0].startswith("Xóa 4 hoạt động đã chọn?")
    assert all_rows(unit_ws) == []

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(r["id"] for r in all_rows(unit_ws)) == ids[:4]
    page.undo_action.trigger()
    assert sorted(r["id"] for r in all_rows(unit_ws)) == ids
    assert not page.undo_action.isEnabled()
    assert shown(page, 0, COL_TITLE) == "Tin 5"


def test_filters(page, unit_ws, add):
    add(date(2023, 1, 5), "Chuyên mục tháng 1", code="III.2.a/TH")
    add(date(2023, 2, 5), "Phát thanh tháng 2", code="III.2.a/PT")
    add(
        date(2023, 2, 9),
        "Tin tháng 2",
        code=None,
        form="Tin bài",
        language="Tiếng Anh",
        themes=(3,),
    )
    add(date(2022, 2, 9), "Tin năm trước", code=None, form="Tin bài")
    page.refresh()
    assert page.model.count == 3  # only the chosen year

    page.month.setCurrentIndex(page.month.findData(2))
    assert page.model.count == 2
    page.target.setCurrentIndex(page.target.findText("Hoạt động khác"))
    assert page.model.count == 1
    assert shown(page, 0, COL_TITLE) == "Tin tháng 2"
    assert shown(page, 0, COL_TARGET) == "Hoạt động khác"

    page.clear_filters()
    assert page.model.count == 3
    page.form.setCurrentIndex(page.form.findData("Chuyên mục"))
    assert page.model.count == 2
    page.form.setCurrentIndex(0)
    page.theme.setCurrentIndex(page.theme.findData(3))
    assert [shown(page, r, COL_TITLE) for r in range(page.model.count)] == ["Tin tháng 2"]
    page.theme.setCurrentIndex(0)
    page.language.setCurrentIndex(page.language.findData("Tiếng Anh"))
    assert page.model.count == 1
    page.clear_filters()
    page.show_target("III.2.a/PT")
    assert [shown(page, r, COL_TITLE) for r in range(page.model.count)] == ["Phát thanh tháng 2"]


def test_search_ignores_accents(page, qtbot, add):
    add(date(2023, 3, 1), "Hội thảo Chuyển đổi số cấp tỉnh", code=None, form="Sự kiện")
    add(date(2023, 3, 2), "Tọa đàm chính quyền số", code=None, form="Sự kiện")
    add(
        date(2023, 3, 3),
        "Ngày hội công nghệ",
        code=None,
        form="Sự kiện",
        notes="Trải nghiệm chuyển đổi số",
    )
    page.refresh()
    page.search.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "chuyen doi so")
    qtbot.waitUntil(lambda: page.model.count == 2)
    assert sorted(shown(page, r, COL_TITLE) for r in range(2)) == [
        "Hội thảo Chuyển đổi số cấp tỉnh",
        "Ngày hội công nghệ",
    ]
    assert page.summary_text.startswith("2 hoạt động")
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.count == 3)


def test_sorting_by_a_column_runs_in_the_database(page, add):
    add(date(2023, 1, 1), "Bản tin B", code=None, form="Bản tin", cost=300)
    add(date(2023, 1, 2), "Bản tin A", code=None, form="Bản tin", cost=100)
    add(date(2023, 1, 3), "Bản tin C", code=None, form="Bản tin", cost=200)
    page.refresh()
    page.table.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    assert [shown(page, r, COL_TITLE) for r in range(3)] == ["Bản tin A", "Bản tin B", "Bản tin C"]
    page.table.sortByColumn(COL_COST, Qt.SortOrder.DescendingOrder)
    assert [shown(page, r, COL_COST) for r in range(3)] == ["300", "200", "100"]


def test_attachments_are_copied_into_the_workspace_and_removable(
    page, qtbot, unit_ws, add, tmp_path
):
    source = tmp_path / "giay-moi.pdf"
    source.write_bytes(b"%PDF-1.4 giay moi")
    activity_id = add(date(2023, 4, 1), "Hội nghị trực tuyến")
    page.refresh()
    page.table.selectRow(0)
    page.edit_selected()
    dialog = page.dialog
    dialog.add_files([source])
    save(dialog, qtbot)
    atts = unit_ws.attachments.of_activity(activity_id)
    assert [a["name"] for a in atts] == ["giay-moi.pdf"]
    copy = unit_ws.attachments.path(atts[0]["rel_path"])
    assert copy.read_bytes() == b"%PDF-1.4 giay moi"
    assert unit_ws.files_dir in copy.parents
    source.unlink()  # the copy stays with the workspace

    page.edit_selected()
    dialog = page.dialog
    assert dialog.attachment_list.item(0).text() == "giay-moi.pdf"
    assert (
        dialog.attachment_file(dialog.attachment_list.item(0).data(Qt.ItemDataRole.UserRole))
        == copy
    )
    dialog.attachment_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_file_button, Qt.MouseButton.LeftButton)
    assert dialog.attachment_list.count() == 0
    save(dialog, qtbot)
    assert unit_ws.attachments.of_activity(activity_id) == []
    assert not copy.exists()


def test_large_lists_are_read_page_by_page(page, unit_ws):
    unit = unit_ws.units.self_unit()
    from desktop.domain.activity import Activity

    unit_ws.activities.insert_many(
        [
            Activity(date=date(2023, 1 + i % 12, 1 + i % 28), title=f"Tin số {i}", form="Tin bài")
            for i in range(1200)
        ],
        unit.id,
    )
    page.refresh()
    assert page.model.count == 1200
    assert len(page.model._pages) <= 2  # only what the view showed
    page.table.scrollToBottom()
    last = page.model.index(1199, COL_TITLE).data()
    assert last.startswith("Tin số")
    assert len(page.model._pages) <= 4


def test_search_reads_a_replaced_workspace_file_afresh(page, qtbot, unit_ws, add, tmp_path):
    import os
    import sqlite3

    from desktop.domain.activity import Activity
    from desktop.store import Workspace

    add(date(2023, 3, 1), "Hội thảo chuyển đổi số", code=None, form="Sự kiện")
    page.refresh()
    with qtbot.waitSignal(page.model.loaded):
        page.search.setText("hoi thao")
    assert page.model.count == 1
    # The file is replaced by a copy holding one more match, as a restore does.
    copy = tmp_path / "restored.cdsdb"
    src, dst = sqlite3.connect(unit_ws.path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    dst.close()
    with Workspace.open(copy) as restored:
        restored.activities.add(
            Activity(date=date(2023, 3, 2), title="Hội thảo thứ hai", form="Sự kiện")
        )
    unit_ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # nothing of the old file left
    os.replace(copy, unit_ws.path)
    with qtbot.waitSignal(page.model.loaded):
        page.search.setText("hoi thao ")
    assert page.model.count == 2


def test_delete_key_in_the_search_box_edits_text_only(page, qtbot, unit_ws, add):
    add(date(2023, 1, 1), "Tin một", code=None, form="Tin bài")
    page.refresh()
    page.table.selectRow(0)
    page.search.setFocus()
    page.search.setText("abc")
    page.search.setCursorPosition(0)
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.search.text() == "bc"
    assert len(all_rows(unit_ws)) == 1


def test_an_attachment_opens_with_the_system_viewer(
    page, qtbot, unit_ws, add, tmp_path, monkeypatch
):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    source = tmp_path / "anh-hoi-nghi.jpg"
    source.write_bytes(b"\xff\xd8\xff jpeg")
    activity_id = add(date(2023, 4, 1), "Hội nghị")
    unit_ws.attachments.add(activity_id, source)
    page.refresh()
    page.table.selectRow(0)
    page.edit_selected()
    dialog = page.dialog
    dialog.attachment_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    stored = unit_ws.attachments.path(unit_ws.attachments.of_activity(activity_id)[0]["rel_path"])
    assert opened == [str(stored)]

    # No application for the file's kind: said, not silent.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) and False)
    qtbot.mouseClick(dialog.open_file_button, Qt.MouseButton.LeftButton)
    box = dialog.open_problem
    assert box.isVisible() and box.windowTitle() == "Không mở được tệp"
    assert "chưa có ứng dụng nào mở được tệp .jpg" in box.text()
    box.accept()
