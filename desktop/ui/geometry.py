"""Window sizes that fit the screen: 1366×768 laptops with a taskbar are common."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QFrame, QInputDialog, QLayout, QScrollArea, QWidget

# Room left for the window frame and title bar around a dialog.
FRAME_MARGIN = (24, 64)
# Beside a dialog's title in its title bar: the icon and the window buttons.
TITLE_ROOM = 160


def title_width(widget: QWidget) -> int:
    """The width the title bar needs for the window's title as drawn: the
    application's name after it ("… — Báo cáo CĐS"), in a bold font as most
    window managers draw it, beside the icon and the window buttons."""
    title = widget.windowTitle()
    name = QGuiApplication.applicationDisplayName()
    if name and name not in title:
        title = f"{title} — {name}"
    font = QFont(widget.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + TITLE_ROOM


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, or to what the screen can show; never
    narrower than the window's title needs (a title bar cuts it otherwise)."""
    if widget.windowTitle():
        width = max(width, title_width(widget))
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - FRAME_MARGIN[0])
        height = min(height, available.height() - FRAME_MARGIN[1])
    widget.resize(width, height)


class ScrollWhenShort(QScrollArea):
    """A panel shown whole when there is room, scrolled up and down when the
    window is too short for it: no shorter than `min_height`, never narrower
    than the panel's own smallest layout (it never scrolls sideways), so it
    neither hides a control nor makes the window taller than the screen."""

    def __init__(self, panel: QWidget, min_height: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_height = min_height
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(panel)

    def _frame(self) -> int:
        return 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        height = min(self.min_height, inner.height()) + self._frame()
        return QSize(inner.width() + bar + self._frame(), height)

    def sizeHint(self) -> QSize:
        # QScrollArea bounds its hint to 24 lines of text: the panel's whole height here
        inner = self.widget().sizeHint()
        smallest = self.minimumSizeHint()
        return QSize(max(inner.width(), smallest.width()), inner.height() + self._frame())


class _TitledInputDialog(QInputDialog):
    """QInputDialog lays itself out when shown, at the width of its field;
    this one then widens to its title."""

    def showEvent(self, event) -> None:
        super().showEvent(event)
        width = title_width(self)
        layout = self.layout()
        if layout is not None:  # its own constraint would hold it at the field's width
            layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
        self.setMinimumWidth(width)
        if self.width() < width:
            self.resize(width, self.height())


def input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A question of one value (QInputDialog), wide enough for its title:
    Qt's own getInt/getText size it to the field, and the title bar cut a
    title such as "Copy plan to year" to "Copy p...". The caller sets the
    kind of value and calls exec()."""
    dialog = _TitledInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog
