"""Settings: interface language and the report template."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .geometry import resize_within_screen

LANGUAGE_KEY = "ui/language"
TEMPLATE_KEY = "report/template"


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Cài đặt"))

        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(
            max(self.language.findData(str(settings.value(LANGUAGE_KEY, "vi"))), 0)
        )
        self.template = QLineEdit(str(settings.value(TEMPLATE_KEY, "")))
        self.template.setPlaceholderText(self.tr("Mẫu có sẵn của ứng dụng"))
        browse = QPushButton(self.tr("Chọn..."))
        browse.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        self.form.addRow(self.tr("Mẫu báo cáo (DOCX)"), template_row)
        note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."))
        note.setWordWrap(True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 180)

    def choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn mẫu báo cáo"),
            self.template.text(),
            self.tr("Tài liệu Word (*.docx)"),
        )
        if name:
            self.template.setText(name)

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(TEMPLATE_KEY, self.template.text().strip())
        self.settings.sync()
        super().accept()
