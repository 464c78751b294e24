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
from .startup import language_in_use

LANGUAGE_KEY = "ui/language"
TEMPLATE_KEY = "report/template"


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Cài đặt"))

        # The language in use is shown; when the command line (--lang) chose it
        # for this run, a note says so and names the saved one, which Save keeps
        # unless the officer picks a language here.
        self.saved_language = str(settings.value(LANGUAGE_KEY, "vi"))
        in_use, by_command_line = language_in_use()
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(in_use), 0))
        # Picked by the officer (from the list or with the keys), even the one shown.
        self.language_picked = False
        self.language.activated.connect(self._language_picked)
        self.language_note: QLabel | None = None
        saved_index = self.language.findData(self.saved_language)
        if by_command_line and in_use != self.saved_language and saved_index >= 0:
            self.language_note = QLabel(
                self.tr(
                    "Dòng lệnh (--lang) chọn {0} cho lần chạy này; ngôn ngữ đã lưu là {1}."
                ).format(self.language.currentText(), self.language.itemText(saved_index))
            )
            self.language_note.setObjectName("languageOverride")
            self.language_note.setWordWrap(True)
        self.template = QLineEdit(str(settings.value(TEMPLATE_KEY, "")))
        self.template.setPlaceholderText(self.tr("Mẫu có sẵn của ứng dụng"))
        browse = QPushButton(self.tr("Chọn..."))
        browse.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(browse)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        if self.language_note is not None:
            self.form.addRow("", self.language_note)
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

    def _language_picked(self, _index: int) -> None:
        self.language_picked = True

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
        language = self.language.currentData()
        if self.language_note is not None and not self.language_picked:
            language = self.saved_language  # this run's language only, not picked here
        self.settings.setValue(LANGUAGE_KEY, language)
        self.settings.setValue(TEMPLATE_KEY, self.template.text().strip())
        self.settings.sync()
        super().accept()
