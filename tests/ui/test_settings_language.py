"""The Settings dialog shows the interface language in use; when the command
line (--lang) chose it over the saved one, a note under the choice says so
(in the language in use) and Save keeps the saved language unless the
officer picks one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.app import choose_language, parse_gui_args
from desktop.ui.geometry import FRAME_MARGIN
from desktop.ui.settings_dialog import LANGUAGE_KEY, SettingsDialog
from desktop.ui.startup import install_translation, language_in_use, remove_translations


def _dialog(settings, qtbot):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    return dialog


def test_the_command_line_language_is_shown_with_a_note(settings, qapp, qtbot):
    settings.setValue(LANGUAGE_KEY, "vi")
    language, by_command_line = choose_language(parse_gui_args(["--lang", "en"]), settings)
    assert (language, by_command_line) == ("en", True)
    assert install_translation(qapp, language, command_line=by_command_line)
    try:
        assert language_in_use() == ("en", True)
        dialog = _dialog(settings, qtbot)
        assert dialog.language.currentData() == "en"
        assert dialog.language.currentText() == "English"
        note = dialog.language_note
        assert note is not None
        assert note.text() == (
            "The command line (--lang) chose English for this run; "
            "the saved language is Tiếng Việt."
        )
        # under the choice, in the form
        assert dialog.form.getWidgetPosition(note)[0] == 1
        assert dialog.form.getWidgetPosition(dialog.language)[0] == 0
        dialog.show()
        qtbot.waitExposed(dialog)
        assert note.isVisible()
        smallest = dialog.minimumSizeHint()
        assert smallest.width() <= 1280 - FRAME_MARGIN[0]
        assert smallest.height() <= 720 - FRAME_MARGIN[1]
        # Saving another setting does not make this run's language the saved one.
        dialog.template.setText("/tmp/mau.docx")
        dialog.accept()
        assert settings.value(LANGUAGE_KEY) == "vi"
        assert settings.value("report/template") == "/tmp/mau.docx"
    finally:
        remove_translations(qapp)
    assert language_in_use() == ("vi", False)


def test_the_note_in_vietnamese_and_a_language_picked_is_saved(settings, qapp, qtbot):
    settings.setValue(LANGUAGE_KEY, "en")
    install_translation(qapp, "vi", command_line=True)
    try:
        dialog = _dialog(settings, qtbot)
        assert dialog.language.currentData() == "vi"
        assert dialog.language_note is not None
        assert dialog.language_note.text() == (
            "Dòng lệnh (--lang) chọn Tiếng Việt cho lần chạy này; ngôn ngữ đã lưu là English."
        )
        dialog.accept()
        assert settings.value(LANGUAGE_KEY) == "en"

        # Picked with the keys, away and back: this run's language becomes the saved one.
        dialog = _dialog(settings, qtbot)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        assert dialog.language.currentData() == "en"
        qtbot.keyClick(dialog.language, Qt.Key.Key_Up)
        assert dialog.language.currentData() == "vi"
        assert dialog.language_picked
        dialog.accept()
        assert settings.value(LANGUAGE_KEY) == "vi"
    finally:
        remove_translations(qapp)


def test_no_note_when_the_language_is_the_saved_one(settings, qapp, qtbot):
    settings.setValue(LANGUAGE_KEY, "en")
    assert choose_language(parse_gui_args([]), settings) == ("en", False)
    for command_line in (False, True):
        assert install_translation(qapp, "en", command_line=command_line)
        try:
            dialog = _dialog(settings, qtbot)
            assert dialog.language.currentData() == "en"
            assert dialog.language_note is None
            assert dialog.form.rowCount() == 2
            dialog.language.setCurrentIndex(dialog.language.findData("vi"))
            dialog.accept()
            assert settings.value(LANGUAGE_KEY) == "vi"
            settings.setValue(LANGUAGE_KEY, "en")
        finally:
            remove_translations(qapp)
