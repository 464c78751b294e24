"""Shared fixtures: a fresh data folder and workspace file for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.store import Workspace  # noqa: E402


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Every test gets its own data folder (logs, backups, settings)."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BAOCAO_CDS_DATA_DIR", str(folder))
    monkeypatch.delenv("BAOCAO_CDS_DB", raising=False)
    return folder


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "ws.cdsdb"


@pytest.fixture
def ws(db_path):
    """A new workspace seeded with the built-in plan, no unit chosen yet."""
    w = Workspace.open(db_path)
    yield w
    w.close()


@pytest.fixture
def unit_ws(ws):
    """A workspace belonging to the Đài Phát thanh và Truyền hình tỉnh."""
    ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
    return ws


@pytest.fixture
def unit_db_file(tmp_path, capsys):
    """The Đài Phát thanh và Truyền hình tỉnh's workspace made by `init`, closed."""
    from desktop.cli import main

    path = tmp_path / "u.cdsdb"
    assert main(["init", "--db", str(path), "--unit", "Đài Phát thanh và Truyền hình tỉnh",
                 "--year", "2023"]) == 0  # fmt: skip
    capsys.readouterr()
    return path


@pytest.fixture
def dept_path(tmp_path):
    """The department's (the plan's consolidating unit's) empty workspace."""
    from package_fixtures import SO

    from desktop.store import Workspace

    path = tmp_path / "so.cdsdb"
    with Workspace.open(path) as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
    return path


@pytest.fixture(scope="module")
def exchange(tmp_path_factory):
    """Units' packages and the department's workspace of package_fixtures,
    built once for a test module."""
    from package_fixtures import build_exchange

    folder = tmp_path_factory.mktemp("goi")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        return build_exchange(folder)
