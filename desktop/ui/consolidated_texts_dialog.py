"""The department's own assessment for the consolidated report: ưu điểm,
tồn tại, nguyên nhân, phương hướng, đề xuất (Tổng hợp → "Đánh giá chung...")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext
from .geometry import resize_within_screen
from .writer import TEXTS


class ConsolidatedTextsDialog(QDialog):
    """The department's own assessment for the consolidated report."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        from ..reports.consolidated import TEXT_KEYS, text_key
        from ..reports.context import DE_XUAT, NGUYEN_NHAN, PHUONG_HUONG, TON_TAI, UU_DIEM

        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Đánh giá chung, phương hướng, kiến nghị (báo cáo tổng hợp)"))
        labels = {
            UU_DIEM: self.tr("Ưu điểm"),
            TON_TAI: self.tr("Tồn tại, hạn chế"),
            NGUYEN_NHAN: self.tr("Nguyên nhân"),
            PHUONG_HUONG: self.tr("Phương hướng, nhiệm vụ năm {0}").format(ctx.year + 1),
            DE_XUAT: self.tr("Đề xuất, kiến nghị"),
        }
        unit = ctx.unit
        stored = ctx.reader().texts.report_texts(unit.id, ctx.year)
        self.edits: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        for key in TEXT_KEYS:
            layout.addWidget(QLabel(labels[key]))
            edit = QPlainTextEdit(stored.get(text_key(key), ""))
            edit.setObjectName(key)
            layout.addWidget(edit)
            self.edits[key] = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 620)

    def accept(self) -> None:
        from ..reports.consolidated import text_key

        self.ctx.writer.write(
            (TEXTS,),
            lambda ws, *args: ws.texts.set_report_texts(*args),
            self.ctx.unit.id,
            self.ctx.year,
            {text_key(k): e.toPlainText() for k, e in self.edits.items()},
        )
        super().accept()
