"""Backups told apart by the workspace's own identity (not its file name),
numbered so that a clock set back neither reorders them nor prunes a new copy."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import datetime, timedelta

import pytest

from desktop.store import Workspace, schema
from desktop.store import backup as bk
from desktop.store.backup_identity import read_identity
from desktop.store.connection import migrate


class _Clock:
    """`datetime` as the backup module sees it, with a clock set by the test."""

    def __init__(self, start: datetime):
        self.now_value = start

    def install(self, monkeypatch) -> None:
        clock = self

        class FixedDateTime(datetime):
            @classmethod
            def now(cls, tz=None):
                return clock.now_value

        monkeypatch.setattr(bk, "datetime", FixedDateTime)


def _id(path) -> str:
    with Workspace.open(path, create=False) as ws:
        return ws.get_meta("workspace_id")


def test_every_workspace_has_an_identity_also_after_an_upgrade(tmp_path):
    a, b = tmp_path / "a.cdsdb", tmp_path / "b.cdsdb"
    Workspace.open(a).close()
    Workspace.open(b).close()
    assert uuid.UUID(_id(a)) and _id(a) != _id(b)
    # a file of the version before identities gets one when it is upgraded
    old = tmp_path / "cu.cdsdb"
    conn = sqlite3.connect(old, isolation_level=None)
    migrate(conn, 0, schema.MIGRATIONS.index(schema._v12))
    assert conn.execute("SELECT count(*) FROM meta WHERE key = 'workspace_id'").fetchone()[0] == 0
    conn.close()
    assert uuid.UUID(_id(old)) and _id(old) not in (_id(a), _id(b))


def test_recovery_never_offers_another_workspace_of_the_same_name(tmp_path):
    mine, theirs = tmp_path / "toi" / "du-lieu.cdsdb", tmp_path / "ho" / "du-lieu.cdsdb"
    with Workspace.open(mine) as ws:
        ws.units.set_self_unit(ws.units.by_name("Báo Quảng Ngãi"))
        own = bk.make_backup(ws.conn, ws.path, bk.KIND_DAILY)
    with Workspace.open(theirs) as ws:
        ws.units.set_self_unit(ws.units.by_name("UBND huyện Lý Sơn"))
        other = bk.make_backup(ws.conn, ws.path, bk.KIND_MANUAL)  # newer, same file name
    assert {e.path for e in bk.list_backups("du-lieu")} == {own, other}  # by name alone: both
    mine_id = bk.identity_of(mine)
    assert [e.path for e in bk.list_backups("du-lieu", None, mine_id)] == [own]
    # the workspace broken beyond reading: its identity is remembered
    mine.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert bk.identity_of(mine) == mine_id
    latest = bk.latest_backup("du-lieu", workspace_id=bk.identity_of(mine))
    assert latest.path == own
    assert bk.inspect_backup(latest.path).unit_name == "Báo Quảng Ngãi"


def test_pruning_leaves_another_workspaces_copies_of_the_same_name(tmp_path, monkeypatch):
    clock = _Clock(datetime(2024, 1, 1, 8, 0))
    clock.install(monkeypatch)
    theirs = tmp_path / "ho" / "ws.cdsdb"
    with Workspace.open(theirs) as ws:
        old_theirs = [bk.make_backup(ws.conn, ws.path, bk.KIND_IMPORT)]
        for _ in range(4):
            clock.now_value += timedelta(minutes=1)
            old_theirs.append(bk.make_backup(ws.conn, ws.path, bk.KIND_IMPORT))
    mine = tmp_path / "toi" / "ws.cdsdb"
    with Workspace.open(mine) as ws:
        for _ in range(10):
            clock.now_value += timedelta(minutes=1)
            bk.make_backup(ws.conn, ws.path, bk.KIND_IMPORT)
    assert all(p.exists() for p in old_theirs[-bk.KEEP_RECENT :])
    assert len(bk.list_backups("ws", None, bk.identity_of(mine))) == bk.KEEP_RECENT


def test_a_clock_set_back_does_not_prune_the_new_copy(tmp_path, monkeypatch):
    clock = _Clock(datetime(2024, 1, 15, 9, 0))
    clock.install(monkeypatch)
    path = tmp_path / "ws.cdsdb"
    with Workspace.open(path) as ws:
        for _ in range(15):  # one copy a month for fifteen months
            bk.make_backup(ws.conn, ws.path, bk.KIND_DAILY)
            clock.now_value += timedelta(days=31)
        clock.now_value = datetime(2022, 6, 1, 9, 0)  # the battery died: the clock went back
        new = bk.make_backup(ws.conn, ws.path, bk.KIND_DAILY)
        clock.now_value += timedelta(hours=1)
        newer = bk.make_backup(ws.conn, ws.path, bk.KIND_IMPORT)
    assert new.exists() and newer.exists()
    entries = bk.list_backups("ws", None, bk.identity_of(path))
    assert [e.path for e in entries[:2]] == [newer, new]
    assert bk.latest_backup("ws", workspace_id=bk.identity_of(path)).path == newer
    assert read_identity(newer).number == read_identity(new).number + 1 == 17


def test_a_backup_carries_its_number_and_identity(unit_ws):
    first = bk.make_backup(unit_ws.conn, unit_ws.path)
    second = bk.make_backup(unit_ws.conn, unit_ws.path)
    ident = unit_ws.get_meta("workspace_id")
    assert read_identity(first).workspace_id == ident == read_identity(second).workspace_id
    assert (read_identity(first).number, read_identity(second).number) == (1, 2)


@pytest.mark.parametrize("junk", [b"", b"x", b"SQLite format 3\x00" + b"\x00" * 200])
def test_unreadable_backup_files_have_no_identity(tmp_path, junk):
    p = tmp_path / "ws_2024-01-01_08-00-00_hang-ngay.cdsdb"
    p.write_bytes(junk)
    assert read_identity(p).workspace_id is None and read_identity(p).number == 0
