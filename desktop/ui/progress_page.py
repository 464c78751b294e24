"""Tiến độ: progress against the plan's targets."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .context import AppContext


class ProgressPage(QWidget):
    target_activated = Signal(object)  # target code, "" for other activities

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self)

    def state_widgets(self) -> dict[str, object]:
        return {}
