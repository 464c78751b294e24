"""Đơn vị: the unit's profile used by the report."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from .context import AppContext


class UnitPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        QVBoxLayout(self)
