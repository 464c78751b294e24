"""Window sizes that fit the screen: 1366×768 laptops with a taskbar are common."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window frame and title bar around a dialog.
FRAME_MARGIN = (24, 64)
# Beside a dialog's title in its title bar: the icon and the window buttons.
TITLE_ROOM = 160


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, or to what the screen can show; never
    narrower than the window's title needs (a title bar cuts it otherwise)."""
    title = widget.windowTitle()
    if title:
        width = max(width, widget.fontMetrics().horizontalAdvance(title) + TITLE_ROOM)
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - FRAME_MARGIN[0])
        height = min(height, available.height() - FRAME_MARGIN[1])
    widget.resize(width, height)
