"""The window's start when a restore was killed half-way by an earlier
version: the file it kept aside is offered, never an empty new workspace."""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.domain.activity import Activity
from desktop.store import restore as rs
from desktop.ui.startup import open_workspace_interactively
from tests.ui.modal import when_modal


def _filled(unit_ws, n: int) -> Path:
    unit_ws.conn.execute("PRAGMA wal_autocheckpoint = 0")
    unit_ws.activities.insert_many(
        [
            Activity(date=date(2023, 1, 1) + timedelta(days=i % 300), title=f"Tin {i}", form="Tin")
            for i in range(n)
        ],
        unit_ws.units.self_unit().id,
    )
    return unit_ws.path


def test_start_offers_the_file_kept_aside_and_puts_it_back(qapp, unit_ws):
    qapp.setProperty("testing", True)
    path = _filled(unit_ws, 300)
    unit_ws.close()
    aside = rs.aside_name(path)
    os.replace(path, aside)  # killed right after the first rename
    seen = []

    def use(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Dùng tệp được giữ lại").click()

    when_modal("leftoverFound", use)
    ws = open_workspace_interactively(path)
    assert ws is not None
    try:
        assert ws.figures.counts()["activities"] == 300
        assert ws.units.self_unit().name == "Đài Phát thanh và Truyền hình tỉnh"
    finally:
        ws.close()
    assert aside.name in seen[0]


def test_start_with_a_lone_wal_does_not_create_a_workspace(qapp, unit_ws, monkeypatch):
    qapp.setProperty("testing", True)
    path = _filled(unit_ws, 10)
    # another connection keeps the WAL alive while the main file goes away
    import sqlite3

    keep = sqlite3.connect(path)
    keep.execute("SELECT 1 FROM activities").fetchone()
    unit_ws.close()
    wal = Path(f"{path}-wal").read_bytes()
    path.unlink()
    keep.close()
    Path(f"{path}-wal").write_bytes(wal)
    when_modal(
        "leftoverFound", lambda box: next(b for b in box.buttons() if b.text() == "Thoát").click()
    )
    assert open_workspace_interactively(path) is None
    assert not path.exists() and Path(f"{path}-wal").read_bytes() == wal


def test_a_workspace_gone_from_its_path_is_offered_its_own_backup(qapp, unit_ws, data_dir):
    from desktop.store import backup as bk

    qapp.setProperty("testing", True)
    path = _filled(unit_ws, 40)
    copy = bk.make_backup(unit_ws.conn, unit_ws.path, bk.KIND_DAILY)
    unit_ws.close()
    path.unlink()  # deleted by mistake
    seen = []

    def restore(box: QMessageBox) -> None:
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == "Khôi phục bản sao lưu gần nhất").click()

    when_modal("leftoverFound", restore)
    ws = open_workspace_interactively(path)
    assert ws is not None
    try:
        assert ws.figures.counts()["activities"] == 40
        assert ws.get_meta("restored_from") == str(copy)
    finally:
        ws.close()
    assert "Có bản sao lưu của chính tệp này" in seen[0]


def test_a_new_workspace_can_still_be_made_in_place_of_a_deleted_one(qapp, unit_ws, data_dir):
    from desktop.store import backup as bk

    qapp.setProperty("testing", True)
    path = _filled(unit_ws, 5)
    bk.make_backup(unit_ws.conn, unit_ws.path, bk.KIND_DAILY)
    unit_ws.close()
    path.unlink()
    when_modal(
        "leftoverFound",
        lambda box: next(b for b in box.buttons() if b.text() == "Tạo tệp dữ liệu mới").click(),
    )
    ws = open_workspace_interactively(path)
    assert ws is not None
    try:
        assert ws.figures.counts()["activities"] == 0
    finally:
        ws.close()
