"""Bounds at the edges: a previous-year file with more rows than years of a
unit's records, and a new workspace whose name leaves no room for its
backups and companions."""

from __future__ import annotations

import sqlite3

import pytest
from import_fixtures import make_v1_workspace

from desktop.cli import main
from desktop.io import previous
from desktop.io.previous import PreviousImportError, read_previous_workspace
from desktop.store import Workspace, WorkspaceError
from desktop.store import backup as bk


def test_a_previous_year_file_with_too_many_rows_is_refused_before_reading(tmp_path, monkeypatch):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    conn = sqlite3.connect(src)
    count = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    conn.close()
    assert count >= 2
    monkeypatch.setattr(previous, "MAX_PREVIOUS_ACTIVITIES", count - 1)
    loaded = []
    real = previous._check_activities
    monkeypatch.setattr(previous, "_check_activities", lambda *a: loaded.append(a) or real(*a))
    with pytest.raises(
        PreviousImportError, match=r"2022\.cdsdb.*hơn .* dòng trong bảng “activities”"
    ):
        read_previous_workspace(src)
    assert loaded == []  # refused before any activity was read
    monkeypatch.setattr(previous, "MAX_PREVIOUS_ACTIVITIES", count)
    assert len(read_previous_workspace(src).activities) == count


def test_a_new_workspace_with_a_name_too_long_for_its_backups_is_refused(tmp_path, capsys):
    stem = "dữ-liệu-" * 17
    while len(f"{stem}.cdsdb".encode()) < 220:
        stem += "x"
    long = tmp_path / f"{stem}.cdsdb"
    with pytest.raises(WorkspaceError, match="quá dài"):
        Workspace.open(long)
    assert main(["init", "--db", str(long), "--unit", "Báo Quảng Ngãi"]) == 1
    assert "quá dài" in capsys.readouterr().err and not long.exists()
    # the longest name allowed still gets every backup and temporary file
    fits = tmp_path / ("d" * (190 - len(".cdsdb")) + ".cdsdb")
    with Workspace.open(fits) as ws:
        made = bk.backup_before_migration(ws.conn, 99, ws.path)
        assert made.exists() and len(made.name.encode()) + 14 <= 255
