"""The report preview is drawn by itself: as soon as the Báo cáo page is
shown (no button pressed), and again when the activities change."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.ui import report_page
from desktop.ui.main_window import MainWindow
from desktop.ui.report_preview import ReportPreview
from desktop.ui.writer import ACTIVITIES


@pytest.fixture
def window(ctx, qtbot, add):
    for week in range(4):
        add(date(2023, 1, 2 + 7 * week), f"Chuyên mục CĐS tuần {week + 1}")
    ctx.settings.setValue(report_page.AUTO_PREVIEW_KEY, True)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_preview_is_drawn_when_the_page_opens_and_follows_the_data(window, ctx, qtbot, monkeypatch):
    runs = []
    original = ReportPreview.run
    monkeypatch.setattr(
        ReportPreview, "run", lambda self, *a, **k: runs.append(1) or original(self, *a, **k)
    )
    page = window.report
    assert window.current_section() == "activities"
    assert page.preview_page_count() == 0 and runs == []  # not drawn while hidden

    window.show_section("report")
    qtbot.waitUntil(lambda: page.preview_page_count() >= 1, timeout=60000)
    assert len(runs) == 1
    assert page.preview_status.text().startswith("Xem trước")
    assert not page.preview.stale

    ctx.writer.write(
        (ACTIVITIES,),
        lambda ws: ws.activities.add(
            Activity(date=date(2023, 2, 1), title="Tin mới", form="Tin bài", target_code=None)
        ),
    )
    assert page.preview.stale
    qtbot.waitUntil(lambda: len(runs) == 2, timeout=10000)
    qtbot.waitUntil(lambda: not page.preview.running() and not page.preview.stale, timeout=60000)
    assert page.preview_page_count() >= 1


def test_a_hidden_page_waits_until_shown(window, ctx, qtbot):
    page = window.report
    ctx.data_changed.emit()
    qtbot.wait(300)
    assert page.preview_page_count() == 0 and not page.preview.running()


def test_a_year_without_a_plan_says_why_in_the_pane_without_a_message_box(window, ctx, qtbot):
    from PySide6.QtWidgets import QApplication

    ctx.set_year(2026)  # the workspace has only the 2023 plan
    window.show_section("report")
    page = window.report
    qtbot.waitUntil(lambda: page.preview.reason.isVisible(), timeout=60000)
    assert page.preview.reason.text().startswith("Chưa có kế hoạch năm 2026")
    assert page.preview_status.text() == "Chưa lập được bản xem trước."
    assert page.preview_page_count() == 0
    assert QApplication.activeModalWidget() is None  # opening a page pops nothing up
    # Back to a year with a plan: the pages replace the reason.
    ctx.set_year(2023)
    qtbot.waitUntil(lambda: page.preview_page_count() >= 1, timeout=60000)
    assert not page.preview.reason.isVisible()
