"""Tables as officers read them: two lines of Vietnamese per row with the
stacked diacritics whole, right-click menus with the page's actions and
copying, no header narrower than its text and sort arrow, status messages in
their own area beside the counters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.activities_model import COL_COST
from desktop.ui.main_window import MainWindow
from desktop.ui.tables import TALL_LETTERS, line_height

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(ctx, qtbot, add):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", cost=2_000_000)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    return w


def fits_two_lines(table) -> None:
    metrics = table.fontMetrics()
    assert table.wordWrap()
    height = table.rowHeight(0)
    # two lines of the tallest stacked letters, with room above and below
    assert height >= 2 * metrics.boundingRect(TALL_LETTERS).height() + 8
    assert height >= 2 * metrics.lineSpacing() + 8
    assert height >= 2 * line_height(metrics)


def right_click(qtbot, table, row: int, col: int = 1):
    rect = table.visualRect(table.model().index(row, col))
    table.customContextMenuRequested.emit(rect.center())
    menu = table.context_menu
    return menu, [a.text() for a in menu.actions()]


def test_progress_rows_hold_two_lines_and_offer_their_actions(window, qtbot):
    window.show_section("progress")
    table = window.progress.table
    fits_two_lines(table)
    row = next(
        r for r in range(table.model().rowCount()) if table.model().rows[r].code == "III.2.a/TH"
    )
    menu, texts = right_click(qtbot, table, row)
    assert texts == ["Xem các hoạt động của chỉ tiêu này", "", "Sao chép các dòng đã chọn"]
    with qtbot.waitSignal(window.progress.target_activated) as shown:
        menu.actions()[0].trigger()
    assert shown.args == ["III.2.a/TH"]
    menu.close()
    menu.actions()[-1].trigger()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Mã\t") and copied[1].startswith("III.2.a/TH\t")


def test_plan_targets_rows_and_menu(window, qtbot, monkeypatch):
    window.show_section("plan")
    table = window.plan_page.targets
    fits_two_lines(table)
    edited = []
    monkeypatch.setattr(window.plan_page, "edit_target", lambda row: edited.append(row))
    menu, texts = right_click(qtbot, table, 2)
    assert texts == ["Sửa chỉ tiêu...", "", "Sao chép các dòng đã chọn"]
    menu.actions()[0].trigger()
    assert edited == [2]
    menu.close()


def test_no_header_narrower_than_its_text_and_sort_arrow(window):
    header = window.activities.table.horizontalHeader()
    assert header.isSortIndicatorShown()
    header.setSortIndicator(COL_COST, Qt.SortOrder.AscendingOrder)
    for col in range(header.count()):
        if header.sectionResizeMode(col) == header.ResizeMode.Interactive:
            assert header.sectionSize(col) >= header.sectionSizeHint(col), col
    cost = window.activities.model.headerData(COL_COST, Qt.Orientation.Horizontal)
    assert cost == "Kinh phí (đồng)"
    assert header.sectionSize(COL_COST) > header.fontMetrics().horizontalAdvance(cost) + 10


def test_status_messages_keep_clear_of_the_counters(window, qtbot):
    bar = window.statusBar()
    counters = window.status_text
    assert counters.text().startswith("1 hoạt động")
    long = "Đã xuất 1.234 hoạt động ra “" + "/thư mục rất dài" * 30 + "/hoat-dong-2023.xlsx”."
    bar.showMessage(long, 10000)
    QApplication.processEvents()
    message = bar.message
    assert bar.currentMessage() == long and message.toolTip() == long
    assert counters.isVisible() and counters.text().startswith("1 hoạt động")
    shown = message.geometry()
    assert shown.right() < counters.geometry().left()
    assert message.text().endswith("…")
    assert message.fontMetrics().horizontalAdvance(message.text()) <= shown.width()
    bar.clearMessage()
    assert bar.currentMessage() == "" and message.text() == ""


def test_dialog_titles_have_room(ctx, qtbot):
    from desktop.ui.import_history import ImportHistoryDialog

    dialog = ImportHistoryDialog(ctx, None)
    qtbot.addWidget(dialog)
    title = dialog.windowTitle()
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(title) + 160
