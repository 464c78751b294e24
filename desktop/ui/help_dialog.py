"""Trợ giúp: the user guide shipped with the app, and the About box."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..paths import asset
from .geometry import resize_within_screen

GUIDE = ("resources", "help", "huong-dan.html")
# The guide's file in the interface language: its name is a translated text,
# so the English interface opens the English guide.
GUIDE_FILE = QT_TRANSLATE_NOOP("GuideDialog", "huong-dan.html")


def guide_path():
    name = QCoreApplication.translate("GuideDialog", GUIDE_FILE)
    path = asset(*GUIDE[:-1], name)
    return path if path.exists() else asset(*GUIDE)


class GuideDialog(QDialog):
    """The user guide (resources/help/huong-dan.html; user-guide.html in English)."""

    def __init__(self, parent: QWidget | None = None, anchor: str = ""):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        path = guide_path()
        if path.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
            if anchor:
                self.browser.scrollToAnchor(anchor)
        else:
            self.browser.setPlainText(
                self.tr("Không tìm thấy tệp hướng dẫn “{0}”; bản cài đặt có thể thiếu tệp.").format(
                    path
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 820, 640)
