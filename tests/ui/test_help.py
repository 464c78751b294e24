"""Trợ giúp: the guide shipped with the app, About with the version, the last section."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.ui.main_window import MainWindow


def test_f1_opens_the_vietnamese_guide(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    text = window.guide.browser.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng Báo cáo CĐS")
    assert "31/02/2023" in text and "Ctrl+N" in text and "Việc cần làm" in text
    window.guide.close()


def test_about_shows_the_version_and_licences(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    seen = []

    def read_and_close():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.about()
    assert f"Phiên bản {__version__}" in seen[0]
    assert "LGPL" in seen[0] and "CC0" in seen[0]


def test_the_last_section_is_restored(ctx, qtbot):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show_section("progress")
    first.save_state()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_section() == "progress"


def test_undo_and_redo_an_add_and_an_edit(ctx, qtbot, unit_ws, add):
    from datetime import date

    from desktop.store.workspace import ActivityFilter
    from desktop.ui.activities_page import ActivitiesPage

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    unit = unit_ws.units.self_unit()

    def titles():
        rows = unit_ws.activities.page(ActivityFilter(unit_id=unit.id), limit=100)
        return sorted(r["title"] for r in rows)

    first = add(date(2023, 3, 1), "Tin một")
    page._open_form(first)
    dialog = page.dialog
    dialog.title.setText("Tin một (sửa)")
    assert dialog.save()
    page.new_activity()
    dialog = page.dialog
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    dialog.title.setText("Tin hai")
    assert dialog.save()
    assert titles() == ["Tin hai", "Tin một (sửa)"]
    page.undo_action.trigger()  # the add
    assert titles() == ["Tin một (sửa)"]
    page.undo_action.trigger()  # the edit
    assert titles() == ["Tin một"]
    assert not page.undo_action.isEnabled() and page.redo_action.isEnabled()
    page.redo_action.trigger()
    assert titles() == ["Tin một (sửa)"]
    page.redo_action.trigger()
    assert titles() == ["Tin hai", "Tin một (sửa)"]
    assert not page.redo_action.isEnabled()


def test_an_empty_list_says_what_to_do(ctx, qtbot):
    from desktop.ui.activities_page import ActivitiesPage

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.empty_hint.isVisible()
    assert "Ctrl+N" in page.empty_hint.text() and "Ctrl+I" in page.empty_hint.text()


def test_the_english_interface_opens_the_english_guide(ctx, qtbot, qapp):
    from desktop.ui.help_dialog import GuideDialog, guide_path
    from desktop.ui.startup import install_translation, remove_translations

    assert guide_path().name == "huong-dan.html"
    assert install_translation(qapp, "en")
    try:
        assert guide_path().name == "user-guide.html"
        dialog = GuideDialog(anchor="phim-tat")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "User guide"
        text = dialog.browser.toPlainText()
        assert text.startswith("Báo cáo CĐS user guide")
        assert "Redo this import" in text and "What is due" in text and "Ctrl+N" in text
        assert "Hướng dẫn" not in text
    finally:
        remove_translations(qapp)
    # The two guides have the same sections and the same keyboard shortcuts.
    vi = guide_path().read_text(encoding="utf-8")
    en = guide_path().with_name("user-guide.html").read_text(encoding="utf-8")
    assert vi.count("<h2>") == en.count("<h2>") and vi.count("<tr>") == en.count("<tr>")
    assert 'name="phim-tat"' in en
