"""The Báo cáo page's parts driven alone: the texts' autosave and the
preview pane, which builds the report off the GUI thread."""

from __future__ import annotations

import threading
from datetime import date, timedelta

import pytest

from desktop.reports import context as rc
from desktop.reports.context import build_unit_report
from desktop.ui.report_preview import ReportPreview
from desktop.ui.report_texts import TextsAutosave
from desktop.ui.writer import TEXTS


@pytest.fixture
def autosave(ctx, qtbot):
    saver = TextsAutosave(ctx.writer, interval_ms=50)
    saver.start(ctx.unit.id, 2023)
    saver.statuses = []
    saver.status.connect(saver.statuses.append)
    return saver


def stored(ctx):
    return ctx.workspace.texts.report_texts(ctx.unit.id, 2023)


def test_edits_wait_for_the_pause_then_save_together(autosave, ctx, qtbot):
    announced = []
    ctx.changed.connect(announced.append)
    autosave.edit(rc.CHI_DAO, "Ban hành kế hoạch")
    autosave.edit(rc.DE_XUAT, "Đề nghị kinh phí")
    assert autosave.statuses == ["Đang lưu...", "Đang lưu..."]
    assert rc.CHI_DAO not in stored(ctx)  # not yet: the typing may go on
    qtbot.waitUntil(lambda: not autosave.pending)
    assert stored(ctx)[rc.CHI_DAO] == "Ban hành kế hoạch"
    assert stored(ctx)[rc.DE_XUAT] == "Đề nghị kinh phí"
    assert announced == [frozenset({TEXTS})]
    assert autosave.statuses[-1].startswith("Đã lưu lúc")


def test_a_failed_save_keeps_the_edits_queued(autosave, ctx, qtbot):
    failures = []
    autosave.failed.connect(failures.append)
    autosave.start(999_999, 2023)  # no such unit: the store refuses
    autosave.edit(rc.CHI_DAO, "Không mất")
    assert not autosave.save_now()
    assert failures and autosave.pending == {rc.CHI_DAO: "Không mất"}
    assert autosave.statuses[-1] == "Chưa lưu được!"
    autosave.start(ctx.unit.id, 2023)
    assert autosave.save_now() and autosave.pending == {}
    assert stored(ctx)[rc.CHI_DAO] == "Không mất"


def test_edits_without_a_unit_are_not_queued(ctx, qtbot):
    saver = TextsAutosave(ctx.writer)
    saver.edit(rc.CHI_DAO, "bỏ qua")
    assert saver.pending == {} and saver.save_now()


def test_preview_builds_off_the_gui_thread_and_shows_pages(ctx, qtbot, add):
    for week in range(6):
        add(date(2023, 1, 2) + timedelta(weeks=week), f"Chuyên mục tuần {week + 1}")
    pane = ReportPreview()
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    built_on = []

    def build():
        built_on.append(threading.current_thread())
        return build_unit_report(ctx.reader(), 2023)

    pane.run(build, None)
    assert not pane.button.isEnabled()
    qtbot.waitUntil(lambda: pane.page_count() >= 3, timeout=30000)
    assert built_on and built_on[0] is not threading.main_thread()
    assert pane.button.isEnabled() and pane.status.text().startswith("Xem trước")
    pane.mark_stale()
    assert pane.status.text().startswith("Nội dung đã thay đổi")


def test_preview_pages_are_shown_one_per_turn_of_the_event_loop(qtbot):
    """Forty drawn pages converted and scaled at once held the window up a
    quarter of a second; each now goes in on its own turn."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QColor, QImage

    pane = ReportPreview()
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    page = QImage(1240, 1754, QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    width = max(pane.scroll.viewport().width() - 40, 200)  # before any page is in
    pane.show_pages(([page] * 5, 12))
    assert pane.page_count() == 1
    assert pane.status.text() == "Xem trước 5/12 trang (xuất tệp để xem đủ)."
    qtbot.waitUntil(lambda: pane.page_count() == 5)
    widths = {pane.pages_layout.itemAt(i).widget().pixmap().width() for i in range(5)}
    assert widths == {width}  # one width for every page, as the pane was
    pane.show_pages(([page] * 3, 3))  # a new drawing replaces the pages still to come
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: pane.page_count() == 3 and not pane._waiting)
    qtbot.wait(50)
    assert pane.page_count() == 3


def test_preview_failure_is_handed_on(ctx, qtbot):
    pane = ReportPreview()
    qtbot.addWidget(pane)
    failures = []
    pane.failed.connect(lambda exc, details: failures.append(exc))

    def build():
        raise ValueError("không lập được")

    pane.run(build, None)
    qtbot.waitUntil(lambda: bool(failures), timeout=30000)
    assert str(failures[0]) == "không lập được" and pane.button.isEnabled()
    assert pane.page_count() == 0 and pane.status.text() == "Chưa có bản xem trước."
