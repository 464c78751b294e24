"""Công cụ holds the tools: the report's pre-flight check, reading a plan
document, the import history, backups, the data and log folders."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox


def action(window, name):
    return next(a for a in window.tools_menu.actions() if a.objectName() == name)


def test_the_tools_menu_lists_the_tools_in_order(window):
    texts = [a.text() for a in window.tools_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Kiểm tra báo cáo trước khi phát hành...",
        "Đọc kế hoạch từ văn bản...",
        "Lịch sử nhập...",
        "Sao lưu ngay",
        "Khôi phục từ bản sao lưu...",
        "Thư mục sao lưu...",
        "Mở thư mục dữ liệu",
        "Mở thư mục nhật ký",
    ]
    # the backups left the Tệp menu for Công cụ
    assert "Sao lưu ngay" not in [a.text() for a in window.file_menu.actions()]


def test_report_check_lists_what_the_report_lacks(window, qtbot):
    action(window, "checkReport").trigger()
    dialog = window.report_check
    qtbot.waitExposed(dialog)
    assert dialog.objectName() == "preflightDialog"
    assert dialog.items.count() >= 1  # a fresh workspace: no signer, no number...
    assert dialog.go_on_button.text() == "Đóng"
    dialog.reject()


def test_read_plan_opens_the_plan_page_and_asks_for_the_document(window, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a[1]) or ("", "")
    )
    action(window, "readPlan").trigger()
    assert window.current_section() == "plan"
    assert asked == ["Chọn văn bản kế hoạch"]


def test_data_folder_opens_or_says_where_it_is(window, ctx, monkeypatch):
    opened, told = [], []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toLocalFile()) or False
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    action(window, "openDataFolder").trigger()
    assert opened == [str(ctx.workspace.path.parent)]
    assert told and str(ctx.workspace.path.parent) in told[0]
