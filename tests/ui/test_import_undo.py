"""An import undone as one step: Ctrl+Z right after it takes every row it
added out, Ctrl+Y puts them back; from Công cụ → Lịch sử nhập… an earlier
import is undone after other edits, and Ctrl+Z brings it back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.store import ActivityFilter
from desktop.ui.main_window import MainWindow
from tests.real_lists import hand_kept_list, station_list

CTRL = Qt.KeyboardModifier.ControlModifier


def count(ws) -> int:
    return ws.activities.count_and_sums(ActivityFilter(unit_id=ws.units.self_unit().id))[0]


def import_through_the_dialog(window, qtbot, path) -> int:
    """Nhập dữ liệu as the officer does it: the file, "Nhập", then "Đóng"."""
    window.import_files([str(path)])
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=30000)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    inserted = dialog.summary.inserted
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # "Đóng"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    return inserted


def test_ctrl_z_undoes_a_whole_import_and_ctrl_y_redoes_it(window, ctx, qtbot, add, tmp_path):
    add(date(2023, 2, 1), "Ghi trước khi nhập")
    before = count(ctx.workspace)
    n = import_through_the_dialog(window, qtbot, station_list(tmp_path / "Đài 2023.xlsx"))
    assert n == 104
    assert count(ctx.workspace) == before + n
    assert window.activities.model.count == before + n

    window.activities.table.setFocus()
    qtbot.keyClick(window.activities.table, Qt.Key.Key_Z, CTRL)
    assert count(ctx.workspace) == before
    assert window.activities.model.count == before
    assert "Ctrl+Y" in window.statusBar().currentMessage()
    [batch] = ctx.workspace.imports.history()
    assert batch.undone

    qtbot.keyClick(window.activities.table, Qt.Key.Key_Y, CTRL)
    assert count(ctx.workspace) == before + n
    assert window.activities.model.count == before + n
    assert not ctx.workspace.imports.history()[0].undone


def test_undo_an_earlier_import_from_the_history_after_other_edits(
    window, ctx, qtbot, tmp_path, monkeypatch
):
    first = import_through_the_dialog(window, qtbot, station_list(tmp_path / "Đài 2023.xlsx"))
    second = import_through_the_dialog(
        window, qtbot, hand_kept_list(tmp_path / "Tin bài 2023.xlsx")
    )
    # another edit after both imports: a row of the first one deleted by hand
    window.activities.table.selectRow(0)
    qtbot.keyClick(window.activities.table, Qt.Key.Key_Delete)
    total = count(ctx.workspace)
    assert total == first + second - 1

    action = next(a for a in window.tools_menu.actions() if a.objectName() == "importHistory")
    action.trigger()
    history = window.import_history
    qtbot.waitExposed(history)
    table = history.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Tin bài 2023.xlsx", "Đài 2023.xlsx"]
    assert [table.item(r, 2).text() for r in range(2)] == [str(second), str(first)]

    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    rect = table.visualRect(table.model().index(1, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert history.selected().files == ("Đài 2023.xlsx",)
    present = history.selected().present
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert "Gỡ ra" in asked[0] and "Đài 2023.xlsx" in asked[0]
    assert count(ctx.workspace) == total - present
    assert table.item(1, 4).text() == "Đã hoàn tác"
    assert table.item(0, 4).text() == "Đang dùng"
    assert not history.undo_button.isEnabled()
    history.accept()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # Ctrl+Z undoes that undo: the first import's rows are back
    qtbot.keyClick(window.activities.table, Qt.Key.Key_Z, CTRL)
    assert count(ctx.workspace) == total


def test_an_undone_import_is_redone_from_the_history_after_reopening(
    window, ctx, settings, qtbot, tmp_path, monkeypatch
):
    from desktop.store import Workspace
    from desktop.ui.context import AppContext

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    n = import_through_the_dialog(window, qtbot, station_list(tmp_path / "Đài 2023.xlsx"))
    rows = [tuple(r) for r in ctx.workspace.conn.execute("SELECT * FROM activities ORDER BY id")]
    next(a for a in window.tools_menu.actions() if a.objectName() == "importHistory").trigger()
    history = window.import_history
    history.table.selectRow(0)
    assert not history.redo_button.isEnabled()
    qtbot.mouseClick(history.undo_button, Qt.MouseButton.LeftButton)
    assert count(ctx.workspace) == 0
    assert history.redo_button.isEnabled()
    history.accept()
    window.close()
    path = ctx.workspace.path
    ctx.close()

    # The workspace opened again: Ctrl+Y has nothing to redo, the history has.
    again = AppContext(Workspace.open(path), settings, year=2023)
    try:
        reopened = MainWindow(again)
        qtbot.addWidget(reopened)
        reopened.show()
        assert not reopened.activities.redo_action.isEnabled()
        next(
            a for a in reopened.tools_menu.actions() if a.objectName() == "importHistory"
        ).trigger()
        history = reopened.import_history
        history.table.selectRow(0)
        assert history.table.item(0, 4).text() == "Đã hoàn tác"
        assert history.redo_button.isEnabled() and not history.undo_button.isEnabled()
        qtbot.mouseClick(history.redo_button, Qt.MouseButton.LeftButton)
        assert count(again.workspace) == n
        got = [
            tuple(r) for r in again.workspace.conn.execute("SELECT * FROM activities ORDER BY id")
        ]
        assert got == rows
        assert history.table.item(0, 4).text() == "Đang dùng"
        assert history.table.item(0, 3).text() == str(n)
        assert not history.redo_button.isEnabled()
        history.accept()
        # and Ctrl+Z takes the import out again
        reopened.activities.undo()
        assert count(again.workspace) == 0
        assert again.workspace.imports.last().redoable
    finally:
        again.close()
