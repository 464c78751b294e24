"""Kiểm tra trước khi phát hành: the findings of the pre-flight check before
the report is exported or sent, each one opening the place to fix it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..reports.preflight import Finding
from .geometry import resize_within_screen
from .preflight_texts import finding_text


class PreflightDialog(QDialog):
    """Lists the findings. "Sửa mục này" (or a double click) asks to open the
    finding's place (`fix_requested`) and closes the dialog without going on;
    "Vẫn tiếp tục" goes on as it stands."""

    fix_requested = Signal(object)  # Finding

    def __init__(
        self,
        findings: list[Finding],
        go_on: str,
        parent: QWidget | None = None,
        *,
        cancel: bool = True,
    ):
        super().__init__(parent)
        self.setObjectName("preflightDialog")
        self.setWindowTitle(self.tr("Kiểm tra trước khi phát hành"))
        self.findings = findings
        head = QLabel(
            self.tr("Báo cáo còn {n} mục cần xem lại. Chọn một mục rồi bấm “Sửa mục này”.").format(
                n=len(findings)
            )
        )
        head.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("findings")
        self.items.setWordWrap(True)
        for finding in findings:
            item = QListWidgetItem(finding_text(finding))
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.items.addItem(item)
        self.items.setCurrentRow(0)
        self.items.itemDoubleClicked.connect(lambda _item: self.fix_current())
        self.fix_button = QPushButton(self.tr("Sửa mục này"))
        self.fix_button.setObjectName("fix")
        self.fix_button.clicked.connect(self.fix_current)
        buttons = QDialogButtonBox()
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.go_on_button = buttons.addButton(go_on, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_on_button.setObjectName("goOn")
        if cancel:  # without: a check for its own sake, `go_on` only closes
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.items, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 420)

    def fix_current(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        finding = item.data(Qt.ItemDataRole.UserRole)
        self.reject()
        self.fix_requested.emit(finding)
