"""The department's window at 1280×720, in Vietnamese and in English: the
sidebar is as wide as its longest section name (no sideways scrolling), and
the window's smallest layout, Tổng hợp's buttons with their whole texts
included (the tools have a line of their own below the title and the
deadline), fits the screen."""

from __future__ import annotations

import pytest

from desktop.ui.geometry import FRAME_MARGIN
from desktop.ui.main_window import MainWindow
from desktop.ui.startup import install_translation, remove_translations

SO = "Sở Thông tin và Truyền thông"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_departments_window_at_1280_by_720(language, ctx, ws, qapp, qtbot):
    ws.units.set_self_unit(ws.units.by_name(SO))
    if language != "vi":
        assert install_translation(qapp, language)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1280 - FRAME_MARGIN[0], 720 - FRAME_MARGIN[1])
        window.show()
        qtbot.waitExposed(window)
        room = 1280 - FRAME_MARGIN[0]
        assert window.minimumSizeHint().width() <= room
        window.show_section("consolidation")
        qtbot.wait(50)

        sidebar = window.sidebar
        assert not sidebar.horizontalScrollBar().isVisible()
        metrics = sidebar.fontMetrics()
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            rect = sidebar.visualItemRect(item)
            text_room = rect.width() - sidebar.iconSize().width()
            assert metrics.horizontalAdvance(item.text()) < text_room, item.text()
            assert rect.right() <= sidebar.viewport().width()

        # Buttons and labels keep their whole text as long as the window is
        # no narrower than its layouts' smallest size: that fits 1280 pixels.
        page = window.consolidation
        assert page.minimumSizeHint().width() + sidebar.minimumWidth() <= room
    finally:
        if language != "vi":
            remove_translations(qapp)
