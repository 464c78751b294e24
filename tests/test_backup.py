"""Backups: naming, retention, the backup folder setting, automatic copies
(daily, before import, before upgrade) and restoring without losing anything."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.store import Workspace
from desktop.store import backup as bk
from desktop.store import restore as rs
from desktop.store.connection import migrate
from desktop.store.lock import WorkspaceLockedError, acquire_lock
from desktop.store.schema import APPLICATION_ID, LATEST_VERSION


def _activities(n: int, start: int = 0) -> list[Activity]:
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=i % 300),
            title=f"Tin chuyển đổi số {i}",
            form="Tin, bài",
        )
        for i in range(start, start + n)
    ]


@pytest.fixture
def filled(unit_ws):
    with unit_ws.import_transaction():
        unit_ws.activities.insert_many(_activities(25), unit_ws.units.self_unit().id)
    return unit_ws


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    finally:
        conn.close()


# -- making copies -----------------------------------------------------------------


def test_backup_is_a_sound_copy_with_its_date_and_counts(filled, tmp_path):
    dest = bk.make_backup(filled.conn, filled.path)
    assert dest.parent == bk.default_backup_dir()
    assert dest.name.startswith("ws_") and dest.name.endswith("_thu-cong.cdsdb")
    entry = bk.parse_backup_name(dest)
    assert entry.workspace == "ws" and entry.kind == bk.KIND_MANUAL
    assert abs((entry.made_at - datetime.now()).total_seconds()) < 120
    info = bk.inspect_backup(dest)
    assert info.counts["activities"] == 25
    assert info.unit_name == "Đài Phát thanh và Truyền hình tỉnh"
    assert "25 hoạt động" in info.describe()
    # a self-contained file: no WAL beside it
    assert not Path(str(dest) + "-wal").exists()


def test_backup_while_another_connection_is_writing_copies_committed_state(filled):
    writer = sqlite3.connect(filled.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM activities")
    dest = bk.make_backup(filled.conn, filled.path)
    writer.execute("ROLLBACK")
    writer.close()
    assert _count(dest) == 25


def test_backup_never_writes_over_a_file(filled, tmp_path):
    with pytest.raises(bk.BackupError, match="chính nó"):
        bk.backup_to(filled.conn, filled.path, source=filled.path)
    existing = tmp_path / "old.cdsdb"
    existing.write_bytes(b"keep me")
    with pytest.raises(bk.BackupError, match="không ghi đè"):
        bk.backup_to(filled.conn, existing, source=filled.path)
    assert existing.read_bytes() == b"keep me"
    # two copies in the same second get different names
    first = bk.make_backup(filled.conn, filled.path)
    second = bk.make_backup(filled.conn, filled.path)
    assert first != second and first.exists() and second.exists()


def test_backup_inside_a_transaction_is_refused(filled, tmp_path):
    with filled.transaction():
        with pytest.raises(bk.BackupError, match="Đang ghi"):
            bk.backup_to(filled.conn, tmp_path / "x.cdsdb")


# -- the backup folder setting ---------------------------------------------------------


def test_backup_folder_setting_is_shared_through_a_json_file(filled, tmp_path, data_dir):
    usb = tmp_path / "usb" / "saoluu"
    assert bk.set_backup_dir(usb) == usb.resolve()
    settings = json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))
    assert settings["backup_dir"] == str(usb.resolve())
    assert bk.get_backup_dir() == usb.resolve()
    dest = bk.make_backup(filled.conn, filled.path)
    assert dest.parent == usb.resolve()
    assert bk.set_backup_dir(None) == bk.default_backup_dir()
    assert "backup_dir" not in json.loads((data_dir / "settings.json").read_text("utf-8"))


def test_unusable_backup_folder_is_refused_and_the_setting_kept(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(bk.BackupError, match="thư mục sao lưu"):
        bk.set_backup_dir(blocker / "sub")
    assert bk.get_backup_dir() == bk.default_backup_dir()


def test_broken_settings_file_means_defaults(data_dir):
    (data_dir / "settings.json").write_text("{not json", encoding="utf-8")
    assert bk.get_backup_dir() == bk.default_backup_dir()


# -- retention ------------------------------------------------------------------------


def _fake(folder: Path, stem: str, when: datetime, kind: str) -> Path:
    p = folder / bk.backup_name(Path(f"{stem}.cdsdb"), kind, when)
    p.write_bytes(b"x")
    return p


def test_retention_keeps_7_daily_4_weekly_12_monthly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = datetime(2024, 12, 31, 18, 0)
    # two automatic copies a day for 400 days
    for day in range(400):
        for hour in (8, 14):
            _fake(folder, "ws", now - timedelta(days=day, hours=18 - hour), bk.KIND_IMPORT)
    manual = _fake(folder, "ws", now - timedelta(days=300), bk.KIND_MANUAL)
    other = _fake(folder, "khac", now - timedelta(days=300), bk.KIND_DAILY)
    stranger = folder / "ghi-chu.cdsdb"
    stranger.write_bytes(b"x")
    bk.prune_backups("ws", folder)
    left = [e for e in bk.list_backups("ws", folder) if e.automatic]
    days = {e.made_at.date() for e in left}
    # newest 3 copies + newest of each of 7 days, 4 weeks, 12 months (overlapping)
    assert {now.date() - timedelta(days=d) for d in range(7)} <= days
    assert len({e.made_at.isocalendar()[:2] for e in left}) >= 4
    months = {(e.made_at.year, e.made_at.month) for e in left}
    assert len(months) == 12 and (2024, 1) in months and (2023, 12) not in months
    assert len(left) <= bk.KEEP_RECENT + 7 + 4 + 12
    assert len(left) >= 7 + 12 - 1  # daily and monthly slots overlap at most one month
    assert manual.exists() and other.exists() and stranger.exists()


def test_backups_to_keep_picks_newest_of_each_day():
    base = datetime(2024, 5, 10, 9, 0)
    entries = [
        bk.BackupEntry(Path(f"/b/{i}"), "ws", base - timedelta(hours=i * 5), bk.KIND_IMPORT)
        for i in range(30)
    ]
    keep = bk.backups_to_keep(entries)
    newest_per_day: dict = {}
    for e in entries:
        newest_per_day.setdefault(e.made_at.date(), e.path)
    assert set(list(newest_per_day.values())[:7]) <= keep
    assert Path("/b/1") in keep and Path("/b/2") in keep  # the newest three
    assert Path("/b/3") not in keep  # same day as /b/2, older, beyond the newest three


# -- automatic copies -----------------------------------------------------------------


def test_daily_backup_once_a_day_on_open(filled, db_path):
    filled.close()
    assert [e.kind for e in bk.list_backups("ws")] == [bk.KIND_IMPORT]
    Workspace.open(db_path, create=False, daily_backup=True).close()
    Workspace.open(db_path, create=False, daily_backup=True).close()
    daily = [e for e in bk.list_backups("ws") if e.kind == bk.KIND_DAILY]
    assert len(daily) == 1
    assert _count(daily[0].path) == 25


def test_daily_backup_skipped_for_a_new_workspace(tmp_path):
    Workspace.open(tmp_path / "moi.cdsdb", daily_backup=True).close()
    assert bk.list_backups("moi") == []


def test_daily_backup_to_a_missing_usb_drive_does_not_block_opening(
    filled, db_path, tmp_path, caplog
):
    filled.close()
    usb = tmp_path / "usb"
    bk.set_backup_dir(usb)
    usb.rmdir()
    usb.write_text("ổ USB đã rút")  # the folder is gone; a file stands in its way
    with Workspace.open(db_path, create=False, daily_backup=True) as ws:
        assert ws.figures.counts()["activities"] == 25
        assert str(usb) in ws.backup_problem  # the window shows it
    assert "Không sao lưu hằng ngày được" in caplog.text


def test_import_makes_a_copy_of_the_state_before_it(filled):
    unit = filled.units.self_unit()

    def import_rows():
        with filled.import_transaction():
            filled.activities.insert_many(_activities(10, start=100), unit.id)

    import_rows()
    copies = [e for e in bk.list_backups("ws") if e.kind == bk.KIND_IMPORT]
    # the fixture's import made one copy (0 activities), this one another (25)
    assert sorted(_count(e.path) for e in copies) == [0, 25]
    import_rows()
    # nothing changed since the last copy: the same list again (all skipped) needs none
    import_rows()
    copies = [e for e in bk.list_backups("ws") if e.kind == bk.KIND_IMPORT]
    assert [_count(e.path) for e in copies] == [35, 25, 0]


def test_inserting_activities_makes_no_copy_by_itself(filled):
    before = bk.list_backups("ws")
    filled.activities.insert_many(_activities(3, start=700), filled.units.self_unit().id)
    assert bk.list_backups("ws") == before
    assert filled.figures.counts()["activities"] == 28


def test_import_inside_an_outer_transaction_is_not_copied_mid_way(filled):
    before = len(bk.list_backups("ws"))
    with filled.import_transaction():
        filled.activities.insert_many(_activities(5, start=500), filled.units.self_unit().id)
    after = bk.list_backups("ws")
    assert len(after) == before + 1
    assert _count(after[0].path) == 25


def test_upgrade_makes_a_copy_of_the_old_version_first(tmp_path):
    path = tmp_path / "cu.cdsdb"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 0, 1)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.close()
    with Workspace.open(path, create=False) as ws:
        assert ws.schema_version == LATEST_VERSION
    copies = [e for e in bk.list_backups("cu") if e.kind == bk.KIND_MIGRATION]
    assert len(copies) == 1 and copies[0].path.name.endswith("_truoc-nang-cap-v1.cdsdb")
    check = sqlite3.connect(copies[0].path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    check.close()


# -- restoring -------------------------------------------------------------------------


def test_restore_keeps_the_current_file_aside_and_puts_the_backup_in_place(filled, db_path):
    copy = bk.make_backup(filled.conn, filled.path)
    filled.activities.insert_many(_activities(7, start=900), filled.units.self_unit().id)
    filled.close()
    result = rs.restore_backup(copy, db_path)
    assert result.info.counts["activities"] == 25
    assert result.kept_aside.exists() and "truoc-khoi-phuc" in result.kept_aside.name
    assert _count(result.kept_aside) == 32
    with Workspace.open(db_path, create=False) as ws:
        assert ws.figures.counts()["activities"] == 25
        assert ws.get_meta("restored_from") == str(copy)
    assert copy.exists()
    # no temporary file left beside the workspace
    assert sorted(p.name for p in db_path.parent.glob(".ws*")) == []


def test_restore_moves_a_leftover_wal_with_the_old_file(filled, db_path, tmp_path):
    copy = bk.make_backup(filled.conn, filled.path)
    # a crashed app leaves its last changes in the WAL: keep them with the old file
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("DELETE FROM activities WHERE id <= 5")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for s in ("", "-wal", "-shm"):
        Path(str(crashed / "ws.cdsdb") + s).write_bytes(Path(str(db_path) + s).read_bytes())
    other.close()
    filled.close()
    target = crashed / "ws.cdsdb"
    result = rs.restore_backup(copy, target)
    assert not Path(str(target) + "-wal").exists() or _count(target) == 25
    assert _count(target) == 25
    assert _count(result.kept_aside) == 20


def test_restore_refuses_unsound_backups_and_changes_nothing(filled, db_path, tmp_path):
    good = bk.make_backup(filled.conn, filled.path)
    filled.close()
    original = db_path.read_bytes()
    cases = {
        "rong.cdsdb": b"",
        "rac.cdsdb": b"\x00\x01 not a database at all" * 10,
        "cut.cdsdb": good.read_bytes()[:3000],
    }
    foreign = tmp_path / "khac.db"
    c = sqlite3.connect(foreign)
    c.execute("CREATE TABLE t(x)")
    c.commit()
    c.close()
    newer = tmp_path / "moi.cdsdb"
    newer.write_bytes(good.read_bytes())
    c = sqlite3.connect(newer)
    c.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    c.commit()
    c.close()
    paths = [foreign, newer]
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    for p in paths:
        with pytest.raises(bk.BackupError):
            rs.restore_backup(p, db_path)
    assert db_path.read_bytes() == original
    assert not list(db_path.parent.glob("*truoc-khoi-phuc*"))


def test_restore_refuses_a_workspace_open_in_the_app(filled, db_path):
    copy = bk.make_backup(filled.conn, filled.path)
    lock = acquire_lock(db_path)
    try:
        with pytest.raises(WorkspaceLockedError, match="đang được mở"):
            rs.restore_backup(copy, db_path)
    finally:
        lock.release()
    assert rs.restore_backup(copy, db_path).kept_aside is not None


def test_restore_to_a_missing_workspace_creates_it(filled, tmp_path):
    copy = bk.make_backup(filled.conn, filled.path)
    target = tmp_path / "moi" / "ws.cdsdb"
    result = rs.restore_backup(copy, target)
    assert result.kept_aside is None and _count(target) == 25


# -- command line ------------------------------------------------------------------------


def test_cli_backup_and_restore(filled, db_path, tmp_path, capsys):
    filled.close()
    usb = tmp_path / "usb" / "ban-sao.cdsdb"
    assert main(["backup", "--db", str(db_path), "--to", str(usb)]) == 0
    out = capsys.readouterr().out
    assert f"vào “{usb}”" in out and "25 hoạt động" in out
    assert main(["backup", "--db", str(db_path), "--to", str(usb)]) == 1
    assert "không ghi đè" in capsys.readouterr().err
    assert main(["backup", "--db", str(db_path)]) == 0
    assert "_thu-cong.cdsdb" in capsys.readouterr().out
    assert main(["backup", "--db", str(db_path), "--list"]) == 0
    assert "Sao lưu thủ công" in capsys.readouterr().out

    with Workspace.open(db_path, create=False) as ws:
        ws.activities.insert_many(_activities(3, start=700), ws.units.self_unit().id)
    assert main(["restore", str(usb), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "25 hoạt động" in out and "truoc-khoi-phuc" in out and "Đã khôi phục" in out
    assert _count(db_path) == 25
    aside = list(db_path.parent.glob("ws.truoc-khoi-phuc-*.cdsdb"))
    assert len(aside) == 1 and _count(aside[0]) == 28


def test_cli_restore_errors_exit_1(filled, db_path, tmp_path, capsys):
    filled.close()
    junk = tmp_path / "junk.cdsdb"
    junk.write_bytes(b"PK\x03\x04 this is a zip, not a backup")
    assert main(["restore", str(junk), "--db", str(db_path)]) == 1
    assert "không phải tệp dữ liệu" in capsys.readouterr().err
    assert main(["restore", str(tmp_path / "khong-co.cdsdb"), "--db", str(db_path)]) == 1
    assert "Không tìm thấy tệp sao lưu" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["restore", "--db", str(db_path)])
    assert exit_info.value.code == 2


def test_cli_set_backup_dir(tmp_path, capsys):
    folder = tmp_path / "usb"
    assert main(["backup", "--set-dir", str(folder)]) == 0
    assert str(folder) in capsys.readouterr().out
    assert bk.get_backup_dir() == folder.resolve()
    assert main(["backup", "--set-dir", "mac-dinh"]) == 0
    assert bk.get_backup_dir() == bk.default_backup_dir()
