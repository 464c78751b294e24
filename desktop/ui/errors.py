"""Unexpected errors: a Vietnamese dialog with copyable details, and the log."""

from __future__ import annotations

import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..files import FileWriteError
from ..logs import get_logger, log_file
from .texts import translated_error, translated_message

# Errors whose message already explains the problem to the officer.
EXPLAINED: tuple[type[BaseException], ...] = (FileWriteError,)


def _explained_types() -> tuple[type[BaseException], ...]:
    from ..store.errors import WorkspaceError

    return (*EXPLAINED, WorkspaceError)


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    """Explain an error. Known problems show their own message; anything else
    says what happened in plain words, with the technical details (copyable)
    behind "Show details", and goes to the log file."""
    from ..store.connection import damaged_read

    details = details or "".join(traceback.format_exception(exc))
    damage = damaged_read(exc)  # the file, not the program: say what to do about it
    if damage is not None or isinstance(exc, _explained_types()):
        if damage is not None:
            get_logger().error("Tệp dữ liệu hỏng:\n%s", details)
        else:
            get_logger().warning("%s", exc)
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("errors", "Không thực hiện được"),
            translated_message(damage) if damage is not None else translated_error(exc),
        )
        return
    get_logger().error("Lỗi không mong đợi:\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("errors", "Có lỗi xảy ra"))
    box.setText(
        QCoreApplication.translate(
            "errors",
            "Ứng dụng gặp một lỗi không mong đợi. Dữ liệu đã lưu không bị mất; "
            "bạn có thể tiếp tục làm việc.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("errors", "Chi tiết kỹ thuật đã được ghi vào “{0}”.").format(
            log_file()
        )
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if QApplication.instance() is not None and not QApplication.instance().property("testing"):
        box.exec()
    else:
        box.show()


def install_excepthook() -> None:
    """Route every uncaught exception on the GUI thread to `show_error`."""

    def hook(exc_type, exc, tb):
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            show_error(QApplication.activeWindow(), exc, details)
        except Exception:  # the dialog itself failed: at least log it
            get_logger().error("%s", details)

    sys.excepthook = hook
