"""The main window fits a 1280×720 screen (about 656 pixels of height left
under a window manager's title bar and panel) in the unit's copy and in the
department's, in Vietnamese and in English: the Kế hoạch page's three panels
share the height, the plan's fields scrolling when the screen is short. At
1366×768 every control and text of the page is shown whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QWidget

from desktop.ui.geometry import FRAME_MARGIN
from desktop.ui.main_window import MainWindow
from desktop.ui.startup import install_translation, remove_translations

UNITS = {"unit": "Đài Phát thanh và Truyền hình tỉnh", "department": "Sở Thông tin và Truyền thông"}


def _window(ws, ctx, copy, language, qapp, qtbot, size):
    ws.units.set_self_unit(ws.units.by_name(UNITS[copy]))
    if language != "vi":
        assert install_translation(qapp, language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # After the first showing (which keeps the window on the tests' small screen).
    window.resize(*size)
    window.show_section("plan")
    qtbot.wait(20)
    return window


def _cut(page: QWidget) -> list[tuple[str, str]]:
    """The page's controls and texts not shown whole (clipped by a parent or
    squeezed below their own smallest size, a wrapped text below its lines)."""
    cut = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, (QLabel, QAbstractButton, QLineEdit, QComboBox)):
            continue
        if not widget.isVisibleTo(page) or (isinstance(widget, QLabel) and not widget.text()):
            continue
        needed = widget.minimumSizeHint().height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
        shown = widget.visibleRegion().boundingRect()
        if shown != widget.rect() or widget.height() < needed:
            cut.append((type(widget).__name__, getattr(widget, "text", lambda: "")()))
    return cut


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("copy", ["unit", "department"])
def test_the_window_fits_1280_by_720(copy, language, ws, ctx, qapp, qtbot):
    room = (1280 - FRAME_MARGIN[0], 720 - FRAME_MARGIN[1])
    assert room[1] == 656
    try:
        window = _window(ws, ctx, copy, language, qapp, qtbot, room)
        assert (window.consolidation is not None) == (copy == "department")
        smallest = window.minimumSizeHint()
        assert smallest.height() <= room[1], smallest
        assert smallest.width() <= room[0], smallest
        assert window.minimumSize().height() <= room[1]
        assert window.minimumSize().width() <= room[0]
        # The window really is that size, its layout no taller than it.
        assert (window.width(), window.height()) == room
        assert window.centralWidget().height() >= window.centralWidget().minimumSizeHint().height()

        page = window.plan_page
        assert page.isVisible()
        splitter = page.splitter
        assert splitter.minimumSizeHint().height() <= splitter.height()
        # Targets and forms keep their own smallest size; the plan's fields scroll.
        targets = page.targets
        assert targets.height() >= targets.minimumHeight() > 0
        forms = page.forms_panel
        assert forms.height() >= forms.minimumSizeHint().height()
        scroll = page.info_scroll
        assert scroll.widget() is page.info
        assert scroll.height() >= scroll.minimumSizeHint().height()
        hidden = page.info.height() - scroll.viewport().height()
        assert hidden <= 0 or scroll.verticalScrollBar().maximum() >= hidden
        # Outside the scrolled fields nothing is cut.
        outside = [c for c in _cut(page) if c not in _cut(page.info)]
        assert outside == []
    finally:
        if language != "vi":
            remove_translations(qapp)


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("copy", ["unit", "department"])
def test_the_plan_page_shows_everything_at_1366_by_768(copy, language, ws, ctx, qapp, qtbot):
    room = (1366 - FRAME_MARGIN[0], 768 - FRAME_MARGIN[1])
    try:
        window = _window(ws, ctx, copy, language, qapp, qtbot, room)
        assert (window.width(), window.height()) == room
        page = window.plan_page
        scroll = page.info_scroll
        assert not scroll.verticalScrollBar().isVisible()
        assert scroll.viewport().height() >= page.info.minimumSizeHint().height()
        assert page.targets.height() >= page.targets.minimumHeight()
        assert page.forms_panel.table.height() >= page.forms_panel.table.minimumSizeHint().height()
        assert page.save_info_button.isVisible()
        assert _cut(page) == []
        assert len(page.findChildren(QLineEdit)) >= 7
    finally:
        if language != "vi":
            remove_translations(qapp)
