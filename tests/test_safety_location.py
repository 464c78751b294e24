"""A read-only drive or folder, or a location that is gone, is explained as
such: never "bị hỏng", never a restore offered, nothing created.

The tests run as root, for whom chmod does not make a folder read-only, and
no read-only mount is at hand: a read-only place is simulated by opening the
workspace through a read-only SQLite connection (`mode=ro`, so SQLite itself
refuses every write exactly as on a read-only drive) and, for the folder
check, by `os.access` answering as it would for a folder without write access.
"""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.cli import main
from desktop.store import Workspace, connection
from desktop.store.connection import WorkspaceLocationError


def _read_only_sqlite(monkeypatch) -> None:
    def connect(path, *, create):
        uri = f"{path.resolve().as_uri()}?mode=ro"
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)

    monkeypatch.setattr(connection, "_connect", connect)


def _read_only_folder(monkeypatch, folder) -> None:
    real = os.access

    def access(path, mode, *a, **k):
        if mode & os.W_OK and str(path).startswith(str(folder)):
            return False
        return real(path, mode, *a, **k)

    monkeypatch.setattr(connection.os, "access", access)


@pytest.fixture
def delete_mode(tmp_path):
    """A workspace whose journal is not yet WAL (as a restored copy is): opening
    it for writing must change the file."""
    path = tmp_path / "ro" / "ws.cdsdb"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def test_a_read_only_folder_is_explained_not_called_damaged(delete_mode, monkeypatch, capsys):
    _read_only_sqlite(monkeypatch)
    _read_only_folder(monkeypatch, delete_mode.parent)
    before = delete_mode.read_bytes()
    with pytest.raises(WorkspaceLocationError) as e:
        Workspace.open(delete_mode, create=False)
    assert "chỉ cho phép đọc" in str(e.value) and "bị hỏng" not in str(e.value).split("không bị")[0]
    assert main(["progress", "--db", str(delete_mode), "--year", "2023"]) == 1
    err = capsys.readouterr().err
    assert "chỉ cho phép đọc" in err and "khôi phục từ bản sao lưu" not in err
    assert delete_mode.read_bytes() == before


def test_a_read_only_drive_in_the_window_offers_no_restore(qapp, delete_mode, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import startup

    qapp.setProperty("testing", True)
    _read_only_sqlite(monkeypatch)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(startup, "offer_recovery", lambda *a: pytest.fail("restore offered"))
    assert startup.open_workspace_interactively(delete_mode) is None
    assert len(shown) == 1 and "chỉ cho phép đọc" in shown[0]
    assert "bị hỏng" not in shown[0]


def test_a_vanished_location_is_explained_and_nothing_is_created(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import startup

    qapp.setProperty("testing", True)
    gone = tmp_path / "usb" / "du-lieu" / "ws.cdsdb"
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    assert startup.open_workspace_interactively(gone) is None
    assert "Không còn thư mục" in shown[0] and not (tmp_path / "usb").exists()


def test_a_location_gone_is_explained_by_every_command(tmp_path, capsys):
    path = tmp_path / "o-mang" / "ws.cdsdb"
    Workspace.open(path).close()
    (tmp_path / "o-mang").rename(tmp_path / "mat")  # the network drive dropped
    with pytest.raises(WorkspaceLocationError, match="Không còn thư mục"):
        Workspace.open(path, create=False)
    assert main(["progress", "--db", str(path), "--year", "2023"]) == 1
    err = capsys.readouterr().err
    assert "Không còn thư mục" in err and "bị hỏng" not in err.split("không bị")[0]
