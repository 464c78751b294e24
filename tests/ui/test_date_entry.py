"""Typing dates into the activity form, and a new entry starting from the last one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.store.workspace import ActivityFilter
from desktop.ui.activities_page import ActivitiesPage
from desktop.ui.activity_form import ActivityDialog
from desktop.ui.date_field import DateField
from desktop.ui.startup import install_translation, remove_translations


@pytest.fixture
def field(qtbot):
    f = DateField(year=2023)
    qtbot.addWidget(f)
    f.show()
    qtbot.waitExposed(f)
    f.setFocus()
    return f


def leave(field) -> None:
    field.editingFinished.emit()


def test_select_all_then_typing_replaces_the_date(field, qtbot):
    field.set_date(date(2023, 6, 25))
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "10/06/2023")
    leave(field)
    assert field.text() == "10/06/2023"
    assert field.date() == date(2023, 6, 10)


@pytest.mark.parametrize(
    "typed, shown",
    [("1/6/23", "01/06/2023"), ("10062023", "10/06/2023"), ("5.9", "05/09/2023")],
)
def test_officers_shapes_are_read_and_shown_whole(field, qtbot, typed, shown):
    qtbot.keyClicks(field, typed)
    leave(field)
    assert field.text() == shown


def test_a_click_puts_the_cursor_where_it_lands(field, qtbot):
    field.set_date(date(2023, 6, 25))
    field.setCursorPosition(len(field.text()))
    # Click between the day's two digits, then retype the second one.
    probe = QPoint(0, field.height() // 2)
    while field.cursorPositionAt(probe) < 1:
        probe.setX(probe.x() + 1)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=probe)
    assert field.cursorPosition() == 1
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, "8")
    leave(field)
    assert field.date() == date(2023, 6, 28)


def test_an_impossible_date_is_refused_with_a_reason(field, qtbot):
    qtbot.keyClicks(field, "31/02/2023")
    leave(field)
    assert field.text() == "31/02/2023"  # not moved to 28/02
    assert field.date() is None
    assert field.problem() == "“31/02/2023”: tháng 2/2023 chỉ có 28 ngày"


def test_the_calendar_speaks_vietnamese(field, qtbot, qapp):
    install_translation(qapp, "vi")
    assert QLocale().name() == "vi_VN"
    # Qt's own texts come in Vietnamese too (standard buttons).
    assert qapp.translate("QPlatformTheme", "Cancel") != "Cancel"
    field.show_calendar()
    cal = field.popup.actions()[0].defaultWidget()
    assert cal.locale().language() == QLocale.Language.Vietnamese
    assert cal.locale().dayName(1) == QLocale("vi_VN").dayName(1)
    field.popup.close()
    remove_translations(qapp)


def _save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def test_the_form_refuses_31_february_and_saves_nothing(ctx, qtbot, unit_ws, type_text):
    dialog = ActivityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, "31/02/2023")
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    type_text(dialog.title, "Bản tin tháng hai")
    _save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["date"].text() == "“31/02/2023”: tháng 2/2023 chỉ có 28 ngày"
    unit = unit_ws.units.self_unit()
    assert unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))[0] == 0
    dialog.done(0)


def test_a_new_entry_starts_from_the_last_date_target_and_form(ctx, qtbot, unit_ws, type_text):
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    page.new_action.trigger()
    dialog = page.dialog
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, "14/7/23")
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/TH"))
    dialog.form.setCurrentIndex(dialog.form.findData("Chuyên mục"))
    type_text(dialog.title, "Chuyên mục số 1")
    _save(dialog, qtbot)
    assert not dialog.isVisible()

    page.new_action.trigger()
    second = page.dialog
    assert second is not dialog
    assert second.date.text() == "14/07/2023"
    assert second.target.currentData() == "III.2.a/TH"
    assert second.form.currentData() == "Chuyên mục"
    assert second.title.text() == ""
    second.reject()


def test_the_last_values_are_remembered_for_the_next_start(
    ctx, qtbot, unit_ws, settings, type_text
):
    """Saved, the app closed and started again (a new context on the same
    settings folder): the first new entry starts from the last one's values."""
    from desktop.ui.context import AppContext
    from desktop.ui.startup import make_settings

    dialog = ActivityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date.setFocus()
    qtbot.keyClick(dialog.date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.date, "3.8.2023")
    dialog.target.setCurrentIndex(dialog.target.findData("III.2.a/PT"))
    dialog.form.setCurrentIndex(dialog.form.findData("Tin bài"))
    type_text(dialog.title, "Tin chuyển đổi số")
    _save(dialog, qtbot)
    assert not dialog.isVisible()
    settings.sync()

    again = AppContext(unit_ws, make_settings(), year=2023)
    fresh = ActivityDialog(again)
    qtbot.addWidget(fresh)
    assert fresh.date.text() == "03/08/2023"
    assert fresh.target.currentData() == "III.2.a/PT"
    assert fresh.form.currentData() == "Tin bài"
    assert fresh.title.text() == ""
    # In another year the remembered day does not apply: that year's 1 January.
    other = ActivityDialog(AppContext(unit_ws, make_settings(), year=2024))
    qtbot.addWidget(other)
    assert other.date.text() == "01/01/2024"
