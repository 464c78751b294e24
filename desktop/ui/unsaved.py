"""Before the window closes: nothing the officer typed is dropped without
being asked. The report's texts are saved as they are typed; one that could
not be saved (too long, the disk full) keeps the window open unless the
officer chooses to drop it. The unit's profile is saved with its button;
edits not saved yet are offered to be saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _asked(window, name: str, icon, title: str, text: str) -> QMessageBox:
    """The question before closing, named for the tests to answer it."""
    box = QMessageBox(window)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    return box


def report_texts_kept(window, report: QWidget) -> bool:
    """The report's texts are saved, or the officer chose to drop the part
    that could not be (False: stay, on the report page)."""
    save_now = getattr(report, "save_now", None)
    if save_now is None or save_now():
        return True
    box = _asked(
        window,
        "unsavedReportTexts",
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Unsaved", "Nội dung báo cáo chưa lưu"),
        QCoreApplication.translate(
            "Unsaved",
            "Một phần nội dung báo cáo vừa sửa chưa lưu được (lý do đã báo). "
            "Nếu đóng bây giờ, phần đó sẽ mất.",
        ),
    )
    stay = box.addButton(
        QCoreApplication.translate("Unsaved", "Ở lại để sửa"), QMessageBox.ButtonRole.RejectRole
    )
    box.addButton(
        QCoreApplication.translate("Unsaved", "Đóng, bỏ phần chưa lưu"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.setDefaultButton(stay)
    box.exec()
    if box.clickedButton() is stay:
        window.show_section("report")
        return False
    return True


def unit_profile_kept(window, unit_page) -> bool:
    """The unit's profile has no edits left unsaved: saved now, dropped by
    the officer's choice, or none (False: stay, on the unit page)."""
    if not unit_page.has_unsaved_changes():
        return True
    box = _asked(
        window,
        "unsavedUnit",
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Thông tin đơn vị chưa lưu"),
        QCoreApplication.translate(
            "Unsaved", "Thông tin đơn vị đã sửa nhưng chưa lưu. Lưu trước khi đóng?"
        ),
    )
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    box.setDefaultButton(buttons.Save)
    box.exec()
    answer = box.standardButton(box.clickedButton()) if box.clickedButton() else buttons.Cancel
    if answer == buttons.Discard:
        return True
    if answer == buttons.Save and unit_page.save():
        return True
    window.show_section("unit")  # cancelled, or the save was refused and says why
    return False
