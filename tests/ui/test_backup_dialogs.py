"""Backups from the window: "Sao lưu ngay", "Khôi phục...", the backup folder,
and the offer to restore when the workspace will not open."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.activity import Activity
from desktop.store import ActivityFilter, Workspace
from desktop.store import backup as bk
from desktop.store.lock import acquire_lock, lock_owner
from desktop.ui.backup_dialogs import BackupFolderDialog, RestoreDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.startup import open_workspace_interactively
from tests.ui.modal import when_modal


def _action(window, name: str):
    return next(a for a in window.tools_menu.actions() if a.objectName() == name)


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()


def test_menu_has_the_backup_commands(window):
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "Sao lưu ngay" in texts and "Khôi phục từ bản sao lưu..." in texts
    assert "Thư mục sao lưu..." in texts


def test_backup_now_copies_the_workspace_while_it_is_open(window, ctx, add, qtbot):
    add(date(2023, 3, 1), "Tin trước khi sao lưu")
    _action(window, "backupNow").trigger()
    qtbot.waitUntil(lambda: any(e.kind == bk.KIND_MANUAL for e in bk.list_backups("ws")))
    entry = next(e for e in bk.list_backups("ws") if e.kind == bk.KIND_MANUAL)
    assert bk.inspect_backup(entry.path).counts["activities"] == 1
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "backupDone") is not None)
    box = window.findChild(QMessageBox, "backupDone")
    assert str(entry.path) in box.text()
    assert "Đã sao lưu" in window.statusBar().currentMessage()


def test_restore_dialog_lists_backups_with_date_kind_and_counts(ctx, add, qtbot):
    ws = ctx.workspace
    first = bk.make_backup(ws.conn, ws.path)
    for i in range(3):
        add(date(2023, 4, 1 + i), f"Tin {i}")
    second = bk.make_backup(ws.conn, ws.path)
    dialog = RestoreDialog(ws.path, ws.figures.counts())
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert table.item(0, 4).text() == second.name and table.item(0, 2).text() == "3"
    assert table.item(1, 4).text() == first.name and table.item(1, 2).text() == "0"
    assert table.item(0, 1).text() == "Sao lưu thủ công"
    assert table.item(0, 3).text() == "Đài Phát thanh và Truyền hình tỉnh"
    table.selectRow(1)
    assert "0 hoạt động" in dialog.details.text()
    assert "Dữ liệu hiện tại: 3 hoạt động" in dialog.details.text()
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_menu_reopens_the_workspace_and_keeps_the_old_file(
    qapp, unit_ws, settings, add, qtbot
):
    from desktop.ui.context import AppContext

    qapp.setProperty("testing", True)
    path = unit_ws.path
    unit_ws.close()
    ws = Workspace.open(path, create=False, lock=True)
    old = bk.make_backup(ws.conn, ws.path)
    ws.activities.add(Activity(date=date(2023, 5, 2), title="Tin mới nhập nhầm", form="Tin bài"))
    window = MainWindow(AppContext(ws, settings, year=2023))
    window.show()
    # a search done before the restore leaves a warm reading connection behind
    window.activities.model.set_filter_in_background(ActivityFilter(search="nhầm"))
    qtbot.waitUntil(lambda: window.activities.model.count == 1)
    seen = {}

    def choose_oldest(dialog: RestoreDialog) -> None:
        row = next(
            r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 4).text() == old.name
        )
        dialog.table.selectRow(row)
        when_modal("confirmRestore", confirm)
        dialog.restore_button.click()

    def confirm(box: QMessageBox) -> None:
        seen["question"] = box.text() + "\n" + box.informativeText()
        _click(box, "Khôi phục")

    when_modal("restoreDialog", choose_oldest)
    _action(window, "restoreBackup").trigger()
    assert "0 hoạt động" in seen["question"] and "Dữ liệu hiện tại: 1 hoạt động" in seen["question"]
    assert "không bị xóa" in seen["question"]
    windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(windows) == 1 and windows[0] is not window
    new = windows[0]
    try:
        assert new.ctx.workspace.figures.counts()["activities"] == 0
        # searching the reopened workspace reads the restored file, not the old one
        model = new.activities.model
        loads = []
        model._signals.loaded.connect(lambda number, result: loads.append(result))
        model.set_filter_in_background(ActivityFilter())
        qtbot.waitUntil(lambda: len(loads) == 1)
        assert loads[0][0][0] == 0 and model.count == 0
        assert "Đã khôi phục" in new.statusBar().currentMessage()
        assert lock_owner(path) is not None  # the reopened workspace is held again
        aside = list(path.parent.glob("ws.truoc-khoi-phuc-*.cdsdb"))
        assert len(aside) == 1
        with Workspace.open(aside[0], create=False) as kept:
            assert kept.figures.counts()["activities"] == 1
    finally:
        new.ctx.workspace.close()
        new.close()


def test_backup_folder_can_be_moved_to_a_usb_drive(qtbot, tmp_path, type_text):
    dialog = BackupFolderDialog()
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text() == str(bk.default_backup_dir())
    usb = tmp_path / "USB" / "Sao lưu"
    dialog.path_edit.clear()
    type_text(dialog.path_edit, str(usb))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert bk.get_backup_dir() == usb.resolve() and usb.is_dir()


def test_unusable_backup_folder_is_explained_and_not_saved(qapp, qtbot, tmp_path):
    blocker = tmp_path / "tep"
    blocker.write_text("x")
    dialog = BackupFolderDialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(blocker / "con"))
    seen = []

    def read_and_close(box) -> None:
        seen.append(box.text())
        box.accept()

    when_modal("", read_and_close)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "thư mục sao lưu" in seen[0].lower() and str(blocker / "con") in seen[0]
    assert bk.get_backup_dir() == bk.default_backup_dir()


def _break(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    rng = random.Random(5)
    for page in range(2, 6):
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_broken_workspace_offers_the_latest_backup(qapp, unit_ws, add):
    qapp.setProperty("testing", True)
    for i in range(4):
        add(date(2023, 6, 1 + i), f"Tin {i}")
    path = unit_ws.path
    unit_ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    bk.make_backup(unit_ws.conn, path, bk.KIND_DAILY)
    unit_ws.close()
    broken = _break(path)
    seen = []

    def restore(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        _click(box, "Khôi phục bản sao lưu gần nhất")

    when_modal("openFailed", restore)
    ws = open_workspace_interactively(path)
    assert ws is not None
    try:
        assert ws.figures.counts()["activities"] == 4
    finally:
        ws.close()
    assert "bị hỏng" in seen[0] and "Có bản sao lưu lúc" in seen[0]
    aside = list(path.parent.glob("ws.truoc-khoi-phuc-*.cdsdb"))
    assert len(aside) == 1 and aside[0].read_bytes() == broken


def test_broken_workspace_can_open_another_file(qapp, unit_ws, tmp_path, monkeypatch):
    qapp.setProperty("testing", True)
    other = tmp_path / "khac.cdsdb"
    Workspace.open(other).close()
    path = unit_ws.path
    unit_ws.close()
    broken = _break(path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    when_modal("openFailed", lambda box: _click(box, "Mở tệp khác..."))
    ws = open_workspace_interactively(path)
    assert ws is not None and ws.path == other
    ws.close()
    assert path.read_bytes() == broken


def test_second_copy_is_told_the_workspace_is_open(qapp, unit_ws, monkeypatch):
    path = unit_ws.path
    unit_ws.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    lock = acquire_lock(path)
    try:
        assert open_workspace_interactively(path) is None
    finally:
        lock.release()
    assert len(shown) == 1 and "đang được mở trong một cửa sổ khác" in shown[0]
    ws = open_workspace_interactively(path)
    assert ws is not None
    ws.close()


def test_window_left_open_past_midnight_makes_the_days_copy(window, qtbot):
    from desktop.ui.backup_dialogs import daily_check

    assert window.daily_backup_timer.isActive()
    assert daily_check(window)  # no copy from today yet (the fixture opened without one)
    qtbot.waitUntil(lambda: bk.has_daily_backup("ws"))
    assert not daily_check(window)


def test_failed_automatic_copy_is_shown_in_the_status_bar(ctx, qtbot):
    ctx.workspace.backup_problem = "Không dùng được thư mục sao lưu “E:\\SaoLuu”."
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: "Chưa sao lưu tự động được" in w.statusBar().currentMessage())
    assert "E:\\SaoLuu" in w.statusBar().currentMessage()
