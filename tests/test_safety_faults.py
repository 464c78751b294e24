"""Broken files, a second copy of the app, a full disk, read-only places:
each gives a clear Vietnamese message and nothing already saved is lost."""

from __future__ import annotations

import errno
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.files import FileWriteError
from desktop.io.listformat import write_csv
from desktop.store import Workspace, WorkspaceError
from desktop.store import backup as bk
from desktop.store import restore as rs
from desktop.store.connection import WorkspaceWriteError
from desktop.store.lock import WorkspaceLockedError, acquire_lock, lock_owner, lock_path

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


def _activity(i: int) -> Activity:
    return Activity(date=date(2023, 4, 1), title=f"Phóng sự chuyển đổi số {i}", form="Phóng sự")


@pytest.fixture(scope="module")
def real_workspace_bytes(tmp_path_factory) -> bytes:
    """A checkpointed real workspace with a few hundred activities."""
    path = tmp_path_factory.mktemp("real") / "ws.cdsdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(path.parent / "data"))
        with Workspace.open(path) as ws:
            unit = ws.units.set_self_unit(ws.units.by_name(UNIT))
            ws.activities.insert_many([_activity(i) for i in range(600)], unit.id)
            ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path.read_bytes()


def _corrupt_pages(data: bytes) -> bytes:
    """Overwrite whole pages (not the first) with noise, as a failing disk would."""
    damaged = bytearray(data)
    rng = random.Random(7)
    for page in range(2, 7):
        damaged[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    return bytes(damaged)


def _foreign_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE khach_hang (ten TEXT)")
    conn.commit()
    conn.close()


BROKEN = {
    "empty": (lambda real: b"", "rỗng"),
    "random bytes": (lambda real: random.Random(3).randbytes(20_000), "không phải tệp dữ liệu"),
    "text file": (lambda real: "Ngày,Tiêu đề\n".encode() * 100, "không phải tệp dữ liệu"),
    "header only": (lambda real: real[:60], "cắt cụt"),
    "truncated workspace": (lambda real: real[: len(real) // 2], "bị hỏng"),
    "first page only": (lambda real: real[:4096], "bị hỏng"),
    "corrupted pages": (_corrupt_pages, "bị hỏng"),
}


@pytest.mark.parametrize("kind", list(BROKEN))
def test_broken_file_is_refused_untouched_by_app_and_cli(
    kind, real_workspace_bytes, tmp_path, capsys
):
    make, words = BROKEN[kind]
    path = tmp_path / "hong.cdsdb"
    data = make(real_workspace_bytes)
    path.write_bytes(data)
    with pytest.raises(WorkspaceError) as e:
        Workspace.open(path, create=False)
    assert words in str(e.value) and str(path) in str(e.value)
    assert "\n" not in str(e.value) and len(str(e.value)) < 400
    assert main(["progress", "--db", str(path), "--year", "2023"]) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert path.read_bytes() == data
    # the app may create the file when missing, but never over a broken one
    with pytest.raises(WorkspaceError):
        Workspace.open(path, create=True)
    assert path.read_bytes() == data


def test_foreign_database_is_refused_untouched(tmp_path, capsys):
    path = tmp_path / "khac.sqlite"
    _foreign_db(path)
    data = path.read_bytes()
    assert main(["progress", "--db", str(path), "--year", "2023"]) == 1
    assert "chương trình khác" in capsys.readouterr().err
    assert path.read_bytes() == data


def test_restore_from_latest_backup_after_corruption(real_workspace_bytes, tmp_path):
    """What the app offers for a broken workspace: the latest copy put back,
    the broken file kept aside for anyone who wants to rescue it."""
    path = tmp_path / "ws.cdsdb"
    path.write_bytes(real_workspace_bytes)
    with Workspace.open(path, create=False, daily_backup=True):
        pass
    broken = _corrupt_pages(real_workspace_bytes)
    path.write_bytes(broken)
    latest = bk.latest_backup("ws")
    result = rs.restore_backup(latest.path, path)
    assert result.kept_aside.read_bytes() == broken
    with Workspace.open(path, create=False) as ws:
        assert ws.figures.counts()["activities"] == 600


# -- two copies of the app ------------------------------------------------------------------

_HOLD_SCRIPT = """
import sys, time
from desktop.store import Workspace
ws = Workspace.open(sys.argv[1], create=False, lock=True)
print("open", flush=True)
time.sleep(60)
"""


def test_second_copy_is_told_the_workspace_is_open_and_a_dead_copy_does_not_block(
    real_workspace_bytes, tmp_path, capsys
):
    path = tmp_path / "ws.cdsdb"
    path.write_bytes(real_workspace_bytes)
    copy = tmp_path / "ban-sao.cdsdb"
    assert main(["backup", "--db", str(path), "--to", str(copy)]) == 0
    script = tmp_path / "hold.py"
    script.write_text(_HOLD_SCRIPT, encoding="utf-8")
    child = subprocess.Popen(
        [sys.executable, str(script), str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout.readline().strip() == "open"
        owner = lock_owner(path)
        assert owner is not None and owner.pid == child.pid
        with pytest.raises(WorkspaceLockedError) as e:
            Workspace.open(path, create=False, lock=True)
        assert "đang được mở trong một cửa sổ khác" in str(e.value)
        assert "trên máy này" in str(e.value)
        capsys.readouterr()
        assert main(["restore", str(copy), "--db", str(path)]) == 1
        assert "đang được mở" in capsys.readouterr().err
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    # killed without cleaning up: the lock file is still there but stale
    assert lock_path(path).exists()
    assert lock_owner(path) is None
    with Workspace.open(path, create=False, lock=True) as ws:
        assert ws.figures.counts()["activities"] == 600
        assert lock_owner(path).pid == os.getpid()
    assert not lock_path(path).exists()


def test_lock_within_one_process_and_release(tmp_path):
    path = tmp_path / "ws.cdsdb"
    with Workspace.open(path, lock=True):
        with pytest.raises(WorkspaceLockedError):
            acquire_lock(path)
    acquire_lock(path).release()


def test_lock_file_with_garbage_is_taken_over(tmp_path):
    path = tmp_path / "ws.cdsdb"
    lock_path(path).write_bytes(b"\x00garbage{")
    with Workspace.open(path, lock=True):
        assert lock_owner(path).pid == os.getpid()


_WRITER_SCRIPT = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('dang_ghi', '1')")
print("writing", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def test_write_while_another_process_writes_waits_or_explains(real_workspace_bytes, tmp_path):
    path = tmp_path / "ws.cdsdb"
    path.write_bytes(real_workspace_bytes)
    script = tmp_path / "writer.py"
    script.write_text(_WRITER_SCRIPT, encoding="utf-8")
    with Workspace.open(path, create=False) as ws:
        unit = ws.units.self_unit()
        # a short write by another process: this one waits and then saves
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), "0.5"], stdout=subprocess.PIPE, text=True
        )
        assert child.stdout.readline().strip() == "writing"
        ws.activities.add(_activity(9001), unit.id)
        child.wait()
        assert ws.get_meta("dang_ghi") == "1"
        # a write that outlasts the wait: a plain message, nothing half-saved
        ws.conn.execute("PRAGMA busy_timeout = 300")
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), "30"], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout.readline().strip() == "writing"
            with pytest.raises(WorkspaceWriteError) as e:
                ws.activities.add(_activity(9002), unit.id)
        finally:
            child.send_signal(signal.SIGKILL)
            child.wait()
        assert "đang bận" in str(e.value) and "chưa được lưu" in str(e.value)
        assert ws.figures.counts()["activities"] == 601
        ws.activities.add(_activity(9002), unit.id)
        assert ws.figures.counts()["activities"] == 602


# -- full disk, read-only -------------------------------------------------------------------


def test_full_disk_while_saving_loses_nothing(unit_ws, capsys):
    unit = unit_ws.units.self_unit()
    unit_ws.activities.insert_many([_activity(i) for i in range(50)], unit.id)
    pages = unit_ws.conn.execute("PRAGMA page_count").fetchone()[0]
    unit_ws.conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(WorkspaceWriteError) as e:
        unit_ws.activities.insert_many([_activity(1000 + i) for i in range(5000)], unit.id)
    assert "đã đầy" in str(e.value) and str(unit_ws.path) in str(e.value)
    assert unit_ws.figures.counts()["activities"] == 50
    with pytest.raises(WorkspaceWriteError):
        sections = ("ket_qua", "uu_diem", "ton_tai", "nguyen_nhan", "de_xuat")
        unit_ws.texts.set_report_texts(unit.id, 2023, {k: "x" * 90_000 for k in sections})
    assert unit_ws.texts.report_texts(unit.id, 2023) == {}
    unit_ws.conn.execute("PRAGMA max_page_count = 1073741823")
    unit_ws.activities.add(_activity(77), unit.id)
    assert unit_ws.figures.counts()["activities"] == 51


def test_read_only_workspace_says_so(unit_ws, db_path):
    unit_ws.activities.add(_activity(1))
    unit_ws.close()
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    ws = Workspace(db_path, conn)
    with pytest.raises(WorkspaceWriteError, match="chỉ cho phép đọc"):
        ws.activities.add(_activity(2))
    with pytest.raises(WorkspaceWriteError, match="chỉ cho phép đọc"):
        ws.set_meta("current_year", "2024")
    assert ws.figures.counts()["activities"] == 1
    conn.close()


def _refuse(err: int):
    def fail(*args, **kwargs):
        raise OSError(err, os.strerror(err))

    return fail


@pytest.mark.parametrize(
    ("err", "words"),
    [
        (errno.EACCES, "không cho phép ghi"),
        (errno.EROFS, "chỉ cho phép đọc"),
        (errno.ENOSPC, "đã đầy"),
    ],
)
def test_export_to_a_read_only_or_full_place_keeps_the_old_file(tmp_path, monkeypatch, err, words):
    target = tmp_path / "danh-sach.csv"
    write_csv(target, [_activity(1)])
    old = target.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", _refuse(err))
    with pytest.raises(FileWriteError, match=words):
        write_csv(target, [_activity(2)])
    monkeypatch.undo()
    monkeypatch.setattr(os, "replace", _refuse(err))
    with pytest.raises(FileWriteError, match=words):
        write_csv(target, [_activity(3)])
    monkeypatch.undo()
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["danh-sach.csv", "data"]


@pytest.mark.parametrize(
    ("err", "words"), [(errno.EROFS, "chỉ cho phép đọc"), (errno.ENOSPC, "đã đầy")]
)
def test_backup_to_a_read_only_or_full_drive_is_explained(
    unit_ws, tmp_path, monkeypatch, err, words, capsys
):
    unit_ws.activities.add(_activity(1))
    unit_ws.close()
    monkeypatch.setattr(os, "replace", _refuse(err))
    assert main(["backup", "--db", str(unit_ws.path), "--to", str(tmp_path / "usb.cdsdb")]) == 1
    out = capsys.readouterr().err
    assert words in out and "Traceback" not in out
    monkeypatch.undo()
    assert not (tmp_path / "usb.cdsdb").exists()
    with Workspace.open(unit_ws.path, create=False) as ws:
        assert ws.figures.counts()["activities"] == 1


def test_unexpected_error_in_cli_is_logged_not_shown_as_traceback(
    unit_ws, monkeypatch, capsys, caplog
):
    unit_ws.close()

    def boom(*args):
        raise RuntimeError("lỗi bất ngờ trong bộ đếm")

    monkeypatch.setattr(bk, "record_counts", boom)
    assert main(["backup", "--db", str(unit_ws.path)]) == 1
    err = capsys.readouterr().err
    assert "Lỗi không mong đợi" in err and "Traceback" not in err
    assert "lỗi bất ngờ trong bộ đếm" in caplog.text and "Traceback" in caplog.text


def test_user_errors_are_logged_too(tmp_path, capsys, caplog):
    missing = tmp_path / "khong-co.cdsdb"
    assert main(["progress", "--db", str(missing), "--year", "2023"]) == 1
    assert "Không tìm thấy tệp dữ liệu" in capsys.readouterr().err
    assert "Lệnh progress" in caplog.text and str(missing) in caplog.text


def test_lock_without_file_system_locks_judges_by_process(tmp_path, monkeypatch):
    """Some network drives cannot lock files: then a lock counts while its
    process runs on this computer, or when it was taken on another one."""
    import json
    import socket

    from desktop.store import lock as lk

    monkeypatch.setattr(lk, "_try_os_lock", lambda fd: None)
    path = tmp_path / "ws.cdsdb"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        cases = [
            (child.pid, socket.gethostname(), True),  # alive here
            (2**22 + 12345, socket.gethostname(), False),  # no such process: stale
            (os.getpid(), "may-tinh-khac", True),  # another computer: cannot tell, respected
        ]
        for pid, host, held in cases:
            info = {"pid": pid, "host": host, "user": "cb", "since": "2024-03-05T08:30:00"}
            lock_path(path).write_text(json.dumps(info), encoding="utf-8")
            if held:
                with pytest.raises(WorkspaceLockedError) as e:
                    acquire_lock(path)
                assert lock_owner(path).pid == pid
                if host != socket.gethostname():
                    assert "“may-tinh-khac”" in str(e.value) and "08:30 ngày 05/03/2024" in str(
                        e.value
                    )
            else:
                assert lock_owner(path) is None
                acquire_lock(path).release()
    finally:
        child.kill()
        child.wait()
