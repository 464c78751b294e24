"""Công cụ: the tools in one menu (the report's pre-flight check, reading a
plan document, the import history, backups, the data and log folders)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMessageBox


def open_folder(parent, folder: Path, title: str) -> bool:
    """Open a folder in the file manager, or say where it is when none opens."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(
        parent,
        title,
        QCoreApplication.translate(
            "MainWindow", "Không mở được trình quản lý tệp. Thư mục nằm ở:\n{0}"
        ).format(folder),
    )
    return False


def check_report(window) -> None:
    """Kiểm tra báo cáo: the pre-flight check of this year's report, on its own."""
    from .preflight_dialog import PreflightDialog

    report = window.report
    if not hasattr(report, "preflight_findings"):
        return
    findings = report.preflight_findings()
    if not findings:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Kiểm tra báo cáo"),
            QCoreApplication.translate(
                "MainWindow", "Báo cáo năm {0} không còn mục nào cần xem lại."
            ).format(window.ctx.year),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setObjectName("reportCheckedBox")
        window.report_check = box
        box.open()
        return
    dialog = PreflightDialog(
        findings, QCoreApplication.translate("MainWindow", "Đóng"), window, cancel=False
    )
    dialog.fix_requested.connect(report.open_place)
    window.report_check = dialog
    dialog.open()


def read_plan_document(window) -> None:
    window.show_section("plan")
    window.plan_page.choose_document()


def add_tools(window) -> dict[str, QAction]:
    """Fill `window.tools_menu`; the backup commands are added to it by
    `add_backup_actions`, after these. Returns the actions by name."""
    menu = window.tools_menu
    made: dict[str, QAction] = {}

    def add(name: str, text: str, slot) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        made[name] = action
        return action

    add(
        "checkReport",
        QCoreApplication.translate("MainWindow", "Kiểm tra báo cáo trước khi phát hành..."),
        lambda: check_report(window),
    )
    add(
        "readPlan",
        QCoreApplication.translate("MainWindow", "Đọc kế hoạch từ văn bản..."),
        lambda: read_plan_document(window),
    )
    menu.addSeparator()
    add(
        "importHistory",
        QCoreApplication.translate("MainWindow", "Lịch sử nhập..."),
        window.show_import_history,
    )
    menu.addSeparator()
    return made


def add_folders(window) -> dict[str, QAction]:
    """The folder commands, last in the menu."""
    menu = window.tools_menu
    menu.addSeparator()
    data = menu.addAction(QCoreApplication.translate("MainWindow", "Mở thư mục dữ liệu"))
    data.setObjectName("openDataFolder")
    data.triggered.connect(
        lambda: open_folder(
            window,
            window.ctx.workspace.path.parent,
            QCoreApplication.translate("MainWindow", "Thư mục dữ liệu"),
        )
    )
    logs = menu.addAction(QCoreApplication.translate("MainWindow", "Mở thư mục nhật ký"))
    logs.setObjectName("openLogFolder")
    logs.triggered.connect(window.open_log_folder)
    return {"openDataFolder": data, "openLogFolder": logs}
