"""Saving from the window when the disk is full: a plain message, the form
stays open with what was typed, nothing already saved is lost."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from desktop.store.workspace import ActivityFilter
from desktop.ui.activities_page import ActivitiesPage


@pytest.fixture
def page(ctx, qtbot):
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _limit_pages(ctx, pages: int) -> None:
    """The disk of the one writing connection holds `pages` pages."""
    ctx.writer.write((), lambda ws: ws.conn.execute(f"PRAGMA max_page_count = {pages}"))


def test_full_disk_while_saving_the_form(page, qtbot, ctx, unit_ws, add, type_text):
    add(date(2023, 3, 1), "Đã lưu từ trước")
    pages = unit_ws.conn.execute("PRAGMA page_count").fetchone()[0]
    _limit_pages(ctx, pages)

    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.dialog
    dialog.date.setDate(QDate(2023, 3, 15))
    dialog.form.setCurrentIndex(dialog.form.findData("Phóng sự"))
    type_text(dialog.title, "Phóng sự chuyển đổi số")
    dialog.notes.setPlainText("Ghi chép dài. " * 5000)  # needs pages the disk does not have
    seen = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    assert seen and "đã đầy" in seen[0] and "chưa được lưu" in seen[0]
    assert "Traceback" not in seen[0]
    assert dialog.isVisible() and dialog.title.text() == "Phóng sự chuyển đổi số"
    unit = unit_ws.units.self_unit()
    titles = [r["title"] for r in unit_ws.activities.page(ActivityFilter(unit_id=unit.id))]
    assert titles == ["Đã lưu từ trước"]

    # space freed: the same form saves
    _limit_pages(ctx, 1073741823)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    titles = [r["title"] for r in unit_ws.activities.page(ActivityFilter(unit_id=unit.id))]
    assert sorted(titles) == ["Phóng sự chuyển đổi số", "Đã lưu từ trước"]
