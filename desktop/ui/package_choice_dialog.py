"""Tổng hợp page: "Chọn gói đang dùng...": every package received of a unit's
year, and the department's choice of the one in use (a package dated in the
future, or a correction to undo)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..io.package_choice import use_submission
from ..io.package_import import dated_after_receipt
from .errors import show_error
from .geometry import resize_within_screen
from .writer import SUBMISSIONS


class PackageChoiceDialog(QDialog):
    def __init__(self, ctx, unit_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("packageChoice")
        self.ctx = ctx
        ws = ctx.workspace
        unit = ws.units.get(unit_id)
        self.history = ws.submissions.history(ctx.year, unit_id)
        self.setWindowTitle(self.tr("Chọn gói đang dùng"))
        label = QLabel(
            self.tr(
                "Các gói của {0} năm {1}. Số liệu của đơn vị trong năm là số liệu của gói "
                "đang dùng; chọn gói khác để dùng gói đó."
            ).format(unit.name if unit else "", ctx.year)
        )
        label.setWordWrap(True)
        self.table = QTableWidget(len(self.history), 4)
        self.table.setObjectName("packages")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tạo lúc"), self.tr("Nhận lúc"), self.tr("Mã gói"), self.tr("Trạng thái")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for r, s in enumerate(self.history):
            state = self.tr("đang dùng") if s.current else self.tr("lưu làm lịch sử")
            if dated_after_receipt(s.created_at, s.received_at):
                state += self.tr(" — ngày tạo sau ngày nhận (đồng hồ máy gửi sai?)")
            cells = (
                f"{s.created_at:%d/%m/%Y %H:%M}",
                f"{s.received_at:%d/%m/%Y %H:%M}",
                s.package_sha256[:12],
                state,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                self.table.setItem(r, c, item)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(
            self.tr("Dùng gói này"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("usePackage")
        self.use_button.setEnabled(False)
        self.table.itemSelectionChanged.connect(self._selected)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 640, 300)

    def _chosen(self):
        row = self.table.currentRow()
        return self.history[row] if 0 <= row < len(self.history) else None

    def _selected(self) -> None:
        chosen = self._chosen()
        self.use_button.setEnabled(chosen is not None and not chosen.current)

    def accept(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.current:
            super().accept()
            return
        try:
            self.ctx.writer.write((SUBMISSIONS,), use_submission, chosen)
        except Exception as e:  # explained to the officer; nothing was changed
            show_error(self, e)
            return
        super().accept()
