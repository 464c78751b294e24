"""A restore that cannot lose the workspace: killed at each of its steps,
the next start finds every committed row (in the workspace, or in the file
kept aside that the start then offers); a WAL left without its file is never
thrown away by a new, empty workspace; a backup is read as an untrusted file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.store import Workspace, WorkspaceError
from desktop.store import backup as bk
from desktop.store import restore as rs

ROWS = 5000

_WRITER = """
import os, sys
from datetime import date, timedelta
from desktop.domain.activity import Activity
from desktop.store import Workspace
ws = Workspace.open(sys.argv[1], create=False)
ws.conn.execute("PRAGMA wal_autocheckpoint = 0")
unit = ws.units.self_unit().id
rows = [Activity(date=date(2023, 1, 1) + timedelta(days=i % 300), title=f"Tin sau {i}",
                 form="Tin, bài") for i in range(int(sys.argv[2]))]
with ws.transaction():
    ws.activities.insert_many(rows, unit)
os._exit(0)  # a crash: the committed rows stay in the WAL
"""

# Runs a restore and dies (no clean-up of any kind) at the n-th file step.
_KILLER = """
import os, shutil, sys
n = int(sys.argv[3])
calls = [0]
def step(real):
    def wrapped(*a, **k):
        calls[0] += 1
        if calls[0] == n:
            os._exit(9)
        return real(*a, **k)
    return wrapped
for name in ("replace", "link", "unlink", "fsync", "rename"):
    setattr(os, name, step(getattr(os, name)))
shutil.copyfile = step(shutil.copyfile)
from desktop.store import restore
restore.restore_backup(sys.argv[1], sys.argv[2])
print("finished", flush=True)
"""


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    finally:
        conn.close()


def _env(data_dir: Path) -> dict:
    return {**os.environ, "BAOCAO_CDS_DATA_DIR": str(data_dir)}


@pytest.fixture
def crashed(unit_ws, data_dir, tmp_path):
    """A workspace with 25 activities in a backup and 5,000 more committed
    only to its WAL by an app that then crashed."""
    unit_ws.activities.insert_many(
        [
            Activity(date=date(2023, 1, 1) + timedelta(days=i), title=f"Tin {i}", form="Tin, bài")
            for i in range(25)
        ],
        unit_ws.units.self_unit().id,
    )
    copy = bk.make_backup(unit_ws.conn, unit_ws.path)
    path = unit_ws.path
    unit_ws.close()
    subprocess.run(
        [sys.executable, "-c", _WRITER, str(path), str(ROWS)],
        check=True,
        env=_env(data_dir),
        timeout=120,
    )
    assert Path(f"{path}-wal").stat().st_size > 0
    return path, copy


def _all_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_restore_killed_at_every_step_loses_nothing(crashed, data_dir, tmp_path):
    path, copy = crashed
    before = _all_files(path.parent)
    n = 1
    while True:
        run = tmp_path / f"lan-{n}"
        run.mkdir()
        for name, data in before.items():
            (run / name).write_bytes(data)
        workspace = run / path.name
        done = subprocess.run(
            [sys.executable, "-c", _KILLER, str(copy), str(workspace), str(n)],
            capture_output=True,
            text=True,
            env=_env(data_dir),
            timeout=120,
        )
        # The path never goes missing, and the 5,025 rows are somewhere whole.
        assert workspace.exists(), (n, sorted(p.name for p in run.iterdir()))
        with Workspace.open(workspace, create=False) as ws:
            assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            now = ws.figures.counts()["activities"]
        kept = [_count(p) for p in rs.find_leftovers(workspace)]
        if done.returncode == 0:
            assert "finished" in done.stdout
            assert now == 25 and kept == [25 + ROWS]
            break
        assert done.returncode == 9, done.stderr
        assert now == 25 + ROWS or (now == 25 and kept == [25 + ROWS]), (n, now, kept)
        n += 1
    assert n > 4  # the restore has several steps, each was cut


def test_restore_whose_rename_fails_keeps_the_workspace(crashed, monkeypatch):
    path, copy = crashed
    real = os.replace

    def failing(a, b):
        if Path(b) == path:
            raise OSError(28, "No space left on device")
        return real(a, b)

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(bk.BackupError, match="ổ đĩa đã đầy"):
        rs.restore_backup(copy, path)
    monkeypatch.undo()
    assert _count(path) == 25 + ROWS
    assert not list(path.parent.glob(".*.tmp"))


def _old_style_kill(path: Path, *, wal_moved: bool) -> Path:
    """What a restore of an earlier version left when killed between its
    renames: the main file renamed aside, its WAL still at the path (or
    moved too)."""
    aside = rs.aside_name(path)
    os.replace(path, aside)
    if wal_moved:
        os.replace(f"{path}-wal", f"{aside}-wal")
    Path(f"{path}-shm").unlink(missing_ok=True)
    return aside


def test_a_wal_left_without_its_file_is_never_replaced_by_an_empty_workspace(crashed, capsys):
    path, _ = crashed
    aside = _old_style_kill(path, wal_moved=False)
    wal = Path(f"{path}-wal").read_bytes()
    with pytest.raises(WorkspaceError, match="nhật ký"):
        Workspace.open(path)
    assert main(["init", "--db", str(path), "--unit", "Sở Thông tin và Truyền thông"]) == 1
    assert "nhật ký" in capsys.readouterr().err
    assert not path.exists() and Path(f"{path}-wal").read_bytes() == wal
    # the file kept aside, put back with the WAL left at the path: every row
    assert main(["restore", str(aside), "--db", str(path)]) == 0
    assert _count(path) == 25 + ROWS


def test_start_names_the_file_a_killed_restore_kept_aside(crashed, capsys):
    path, _ = crashed
    aside = _old_style_kill(path, wal_moved=True)
    assert rs.find_leftover(path) == aside
    assert main(["progress", "--db", str(path), "--year", "2023"]) == 1
    err = capsys.readouterr().err
    assert str(aside) in err and "restore" in err
    assert not path.exists()
    assert main(["restore", str(aside), "--db", str(path)]) == 0
    assert _count(path) == 25 + ROWS


def test_a_leftover_older_than_a_backup_is_not_offered(crashed, data_dir):
    path, _ = crashed
    aside = _old_style_kill(path, wal_moved=True)
    for p in (aside, Path(f"{aside}-wal")):
        os.utime(p, (1_600_000_000, 1_600_000_000))
    assert rs.find_leftover(path) is None


def test_a_backup_with_a_foreign_trigger_is_refused(unit_ws, tmp_path):
    copy = bk.make_backup(unit_ws.conn, unit_ws.path)
    path = unit_ws.path
    unit_ws.close()
    conn = sqlite3.connect(copy)
    conn.execute("CREATE TRIGGER xoa AFTER INSERT ON meta BEGIN DELETE FROM activities; END")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with pytest.raises(bk.BackupError, match="“xoa” \\(trigger\\)"):
        rs.restore_backup(copy, path)
    assert path.read_bytes() == original
    assert not rs.find_leftovers(path)


def test_a_deleted_workspace_is_not_silently_replaced_and_its_backup_is_named(unit_ws, capsys):
    copy = bk.make_backup(unit_ws.conn, unit_ws.path, bk.KIND_DAILY)
    path = unit_ws.path
    unit_ws.close()
    path.unlink()
    assert main(["progress", "--db", str(path), "--year", "2023"]) == 1
    err = capsys.readouterr().err
    assert str(copy) in err and "restore" in err
    assert main(["restore", str(copy), "--db", str(path)]) == 0
    assert path.exists()
