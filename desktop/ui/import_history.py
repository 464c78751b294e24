"""Lịch sử nhập: every import of the workspace (when, which files, how many
activities, how many are still there), "Hoàn tác lần nhập này", which
takes one import's activities out in one step (Ctrl+Z puts them back), and
"Làm lại lần nhập này", which puts an undone import's activities back, also
after the workspace was closed and opened again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..store.imports import UNDONE_KEPT, ImportBatch
from . import numbers
from .geometry import resize_within_screen

COL_WHEN, COL_FILES, COL_ADDED, COL_PRESENT, COL_STATE = range(5)


class ImportHistoryDialog(QDialog):
    """Opened from Công cụ → Lịch sử nhập…; `page` is the activities page,
    which holds the undo history."""

    def __init__(self, ctx, page, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.page = page
        self.setObjectName("importHistory")
        self.setWindowTitle(self.tr("Lịch sử nhập"))
        resize_within_screen(self, 820, 420)
        self.batches: list[ImportBatch] = []

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importHistoryTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời điểm nhập"),
                self.tr("Tệp"),
                self.tr("Số hoạt động đã nhập"),
                self.tr("Hiện còn"),
                self.tr("Trạng thái"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FILES, QHeaderView.ResizeMode.Stretch)
        for col in (COL_WHEN, COL_ADDED, COL_PRESENT, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.empty = QLabel(self.tr("Chưa có lần nhập nào. Nhập danh sách hoạt động: Ctrl+I."))
        self.empty.setWordWrap(True)
        self.note = QLabel(
            self.tr(
                "Hoàn tác một lần nhập gỡ ra mọi hoạt động của lần nhập đó còn trong dữ liệu "
                "(kể cả những hoạt động đã sửa sau khi nhập); hoạt động nhập hoặc thêm ở lần "
                "khác không bị ảnh hưởng. Ctrl+Z ngay sau đó, hoặc “Làm lại lần nhập này” (cả "
                "sau khi đóng ứng dụng), đưa chúng trở lại."
            )
        )
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Hoàn tác lần nhập này"))
        self.undo_button.setObjectName("undoImport")
        self.undo_button.clicked.connect(self.undo_selected)
        self.redo_button = QPushButton(self.tr("Làm lại lần nhập này"))
        self.redo_button.setObjectName("redoImport")
        self.redo_button.clicked.connect(self.redo_selected)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        ctx.data_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self.batches = self.ctx.reader().imports.history()
        self.table.setRowCount(len(self.batches))
        for row, b in enumerate(self.batches):
            files = ", ".join(b.files)
            cells = [
                b.created_at.strftime("%d/%m/%Y %H:%M"),
                files,
                numbers.integer(b.added),
                numbers.integer(b.present),
                self.tr("Đã hoàn tác") if b.undone else self.tr("Đang dùng"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (COL_ADDED, COL_PRESENT):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == COL_FILES:
                    item.setToolTip(files)
                if col == COL_STATE and b.undone and not b.redoable:
                    item.setToolTip(
                        self.tr(
                            "Các hoạt động của lần nhập này không còn được giữ để làm lại (chỉ "
                            "giữ {0} lần hoàn tác gần nhất); hãy nhập lại tệp nếu cần."
                        ).format(UNDONE_KEPT)
                    )
                self.table.setItem(row, col, item)
            if selected is not None and b.id == selected.id:
                self.table.selectRow(row)
        if self.batches and not self.table.selectedItems():
            self.table.selectRow(0)
        self.empty.setVisible(not self.batches)
        self._update_buttons()

    def selected(self) -> ImportBatch | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.batches):
            return None
        return self.batches[rows[0].row()]

    def _update_buttons(self) -> None:
        b = self.selected()
        self.undo_button.setEnabled(b is not None and not b.undone and b.present > 0)
        self.redo_button.setEnabled(b is not None and b.undone and b.redoable)

    def undo_selected(self) -> bool:
        b = self.selected()
        if b is None or b.undone or b.present == 0:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Hoàn tác lần nhập"),
            self.tr(
                "Gỡ ra {0} hoạt động của lần nhập “{1}” lúc {2}?\n"
                "Có thể đưa lại bằng Ctrl+Z, hoặc sau này bằng “Làm lại lần nhập này”."
            ).format(
                numbers.integer(b.present),
                ", ".join(b.files),
                b.created_at.strftime("%d/%m/%Y %H:%M"),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        done = self.page.undo_import(b.id)
        self.reload()
        return done

    def redo_selected(self) -> bool:
        b = self.selected()
        if b is None or not b.undone or not b.redoable:
            return False
        done = self.page.redo_import(b.id)
        self.reload()
        return done
