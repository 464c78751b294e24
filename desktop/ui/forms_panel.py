"""The forms of the year's plan on the Kế hoạch page: the catalogue and the
officer's own words brought by imports, with their activities; a form can be
renamed or merged into another, every activity following in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain.plan import Plan
from ..store import WorkspaceError
from . import numbers
from .context import AppContext
from .errors import show_error
from .geometry import input_dialog
from .lazy import RefreshWhenShown
from .texts import translated_error
from .writer import ACTIVITIES, PLAN


class FormsPanel(RefreshWhenShown, QGroupBox):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(self.tr("Hình thức"), parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self.forms: list[str] = []
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("formsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Hình thức"), self.tr("Số hoạt động")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rename_button = QPushButton(self.tr("Đổi tên..."))
        self.rename_button.clicked.connect(self.ask_rename)
        self.merge_button = QPushButton(self.tr("Gộp vào hình thức khác..."))
        self.merge_button.clicked.connect(self.ask_merge)
        note = QLabel(
            self.tr(
                "Hình thức mới từ danh sách nhập được giữ đúng lời của người nhập; có thể đổi tên "
                "hoặc gộp vào hình thức khác, mọi hoạt động đi theo."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.refresh_when_shown()

    def refresh(self) -> None:
        plan = self.plan
        self.forms = list(plan.forms) if plan else []
        counts = self.ctx.workspace.forms.counts(plan.year) if plan else {}
        self.table.setRowCount(len(self.forms))
        for row, form in enumerate(self.forms):
            self.table.setItem(row, 0, QTableWidgetItem(form))
            count = QTableWidgetItem(numbers.integer(counts.get(form, 0)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
        self.setEnabled(plan is not None)

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self.forms[row] if 0 <= row < len(self.forms) else None

    def ask_rename(self) -> None:
        old = self._selected()
        if old is None:
            return
        dialog = input_dialog(
            self, self.tr("Đổi tên hình thức"), self.tr("Tên mới của “{0}”:").format(old)
        )
        dialog.setTextValue(old)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.rename(old, dialog.textValue())

    def ask_merge(self) -> None:
        old = self._selected()
        others = [f for f in self.forms if f != old]
        if old is None or not others:
            return
        dialog = input_dialog(self, self.tr("Gộp hình thức"), self.tr("Gộp “{0}” vào:").format(old))
        dialog.setComboBoxItems(others)
        dialog.setComboBoxEditable(False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.merge(old, dialog.textValue())

    def rename(self, old: str, new: str) -> bool:
        return self._write(lambda ws: ws.forms.rename(old, new))

    def merge(self, old: str, into: str) -> bool:
        return self._write(lambda ws: ws.forms.merge(old, into))

    def _write(self, fn) -> bool:
        try:
            self.ctx.writer.write((PLAN, ACTIVITIES), fn)
        except WorkspaceError as e:
            QMessageBox.warning(self, self.tr("Không đổi được hình thức"), translated_error(e))
            return False
        except Exception as e:
            show_error(self, e)
            return False
        return True
