"""Kế hoạch: the year's plan and its targets."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .context import AppContext


class PlanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self)

    def state_widgets(self) -> dict[str, object]:
        return {}
