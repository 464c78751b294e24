"""A new workspace file gets 16 KB pages (store/connection.PAGE_SIZE); one
made with SQLite's 4 KB pages keeps them and works the same: opened, a
large insert, its backup restored. Real SQLite files throughout."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from desktop.domain.activity import Activity
from desktop.store import Workspace
from desktop.store.activities import STAGED_FROM
from desktop.store.backup import make_backup
from desktop.store.connection import PAGE_SIZE
from desktop.store.restore import restore_backup

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


def _page_size(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()


def _batch(n: int) -> list[Activity]:
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=i % 365),
            title=f"Chuyên mục chuyển đổi số kỳ {i}",
            form="Chuyên mục",
            target_code="III.2.a/TH",
        )
        for i in range(n)
    ]


def test_a_new_workspace_has_large_pages(tmp_path):
    path = tmp_path / "moi.cdsdb"
    Workspace.open(path).close()
    assert PAGE_SIZE == 16384
    assert _page_size(path) == PAGE_SIZE


def test_a_workspace_with_small_pages_keeps_them_and_works(tmp_path, monkeypatch):
    path = tmp_path / "cu.cdsdb"
    monkeypatch.setattr("desktop.store.connection.PAGE_SIZE", 4096)
    Workspace.open(path).close()  # as made before the pages grew
    monkeypatch.undo()
    assert _page_size(path) == 4096
    with Workspace.open(path) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(UNIT)).id
        assert ws.activities.insert_many(_batch(STAGED_FROM * 3), unit) == (STAGED_FROM * 3, 0)
        copy = make_backup(ws.conn, ws.path)
        ws.activities.delete_year(unit, 2023)
    assert _page_size(path) == 4096
    restore_backup(copy, path)
    assert _page_size(path) == 4096
    with Workspace.open(path) as ws:
        count = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        tallies = ws.conn.execute("SELECT sum(records) FROM activity_tallies").fetchone()[0]
    assert count == tallies == STAGED_FROM * 3
