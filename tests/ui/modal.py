"""Answering modal dialogs in GUI tests."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(name: str, act) -> None:
    """Run `act(widget)` as soon as the modal dialog called `name` is up."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QWidget) and widget.objectName() == name:
            act(widget)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
