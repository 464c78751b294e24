"""Slips that would destroy a workspace: an export, a rejects list, a report
or a copy aimed at the workspace itself, one of its companions, a link to it
or one of its backups. Each is refused with exit code 1 and the reason, and
the workspace is left as it was."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.io.listformat import HEADERS
from desktop.store import Workspace

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


@pytest.fixture
def workspace(tmp_path) -> Path:
    # named like a report so that `report --out` can aim at it too
    path = tmp_path / "du-lieu.docx"
    with Workspace.open(path) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(UNIT))
        ws.activities.add(Activity(date=date(2023, 3, 1), title="Tin", form="Tin bài"), unit.id)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def intact(path: Path, before: str) -> None:
    """Still the workspace (opening it may checkpoint it, so bytes may move)."""
    assert path.read_bytes()[:16] == b"SQLite format 3\x00", before
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 1
    finally:
        conn.close()


def bad_list(tmp_path: Path) -> Path:
    path = tmp_path / "ds.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        w.writerow(["01/03/2023", "", "Tin bài", "Tin mới", "1", "", "", "", "", ""])
        w.writerow(["99/99/2023", "", "Tin bài", "Dòng sai", "1", "", "", "", "", ""])
    return path


@pytest.mark.parametrize(
    "command",
    [
        lambda ws, tmp: ["export", "--db", str(ws), "--year", "2023", "--out", str(ws)],
        lambda ws, tmp: ["export", "--db", str(ws), "--year", "2023", "--out", f"{ws}-wal"],
        lambda ws, tmp: ["export", "--db", str(ws), "--year", "2023", "--out", f"{ws}.lock"],
        lambda ws, tmp: ["import", str(bad_list(tmp)), "--db", str(ws), "--rejects", str(ws)],
        lambda ws, tmp: ["import", str(bad_list(tmp)), "--db", str(ws), "--rejects", f"{ws}-shm"],
        lambda ws, tmp: ["report", "--db", str(ws), "--year", "2023", "--out", str(ws)],
    ],
    ids=["export", "export-wal", "export-lock", "rejects", "rejects-shm", "report"],
)
def test_writing_over_the_workspace_is_refused(workspace, tmp_path, capsys, command):
    before = digest(workspace)
    code = main(command(workspace, tmp_path))
    captured = capsys.readouterr()
    assert code == 1, captured
    assert "đó là tệp dữ liệu đang dùng" in captured.err, captured.err
    assert "Lỗi không mong đợi" not in captured.err
    intact(workspace, before)
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))


def test_a_link_to_the_workspace_is_the_workspace(workspace, tmp_path, capsys):
    link = tmp_path / "goi.cdsgoi"
    link.symlink_to(workspace)
    before = digest(workspace)
    code = main(["export", "--db", str(workspace), "--year", "2023", "--out", str(link)])
    assert code == 1
    assert "đó là tệp dữ liệu đang dùng" in capsys.readouterr().err
    intact(workspace, before)
    assert link.is_symlink()


def test_a_backup_is_not_overwritten_by_an_export(workspace, data_dir, capsys):
    assert main(["backup", "--db", str(workspace)]) == 0
    copy = next((data_dir / "backups").glob("*.cdsdb"))
    kept = digest(copy)
    capsys.readouterr()
    code = main(["export", "--db", str(workspace), "--year", "2023", "--out", str(copy)])
    assert code == 1
    assert "bản sao lưu" in capsys.readouterr().err
    assert digest(copy) == kept


def test_other_targets_are_still_written(workspace, tmp_path):
    out = tmp_path / "goi.cdsgoi"
    assert main(["export", "--db", str(workspace), "--year", "2023", "--out", str(out)]) == 0
    assert out.stat().st_size > 0
    rejects = tmp_path / "tu-choi.csv"
    assert (
        main(["import", str(bad_list(tmp_path)), "--db", str(workspace), "--rejects", str(rejects)])
        == 0
    )
    assert "Dòng sai" in rejects.read_text(encoding="utf-8-sig")
