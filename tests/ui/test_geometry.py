"""Dialogs open no larger than the screen can show."""

from desktop.ui.geometry import FRAME_MARGIN, resize_within_screen


def test_large_dialog_is_cut_to_the_screen(qtbot):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    resize_within_screen(dialog, available.width() + 500, available.height() + 500)
    assert dialog.width() == available.width() - FRAME_MARGIN[0]
    assert dialog.height() == available.height() - FRAME_MARGIN[1]
    resize_within_screen(dialog, 300, 200)
    assert (dialog.width(), dialog.height()) == (300, 200)


def test_import_dialog_fits_the_screen(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.import_dialog import ImportDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    available = dialog.screen().availableGeometry()
    assert dialog.height() <= available.height() - FRAME_MARGIN[1]
    assert dialog.width() <= available.width() - FRAME_MARGIN[0]
