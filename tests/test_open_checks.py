"""A large workspace opens without reading the whole file: the integrity
check and the day's first backup run in the background afterwards, writes
wait for the check's verdict (a damaged file refuses them) and closing waits
for the day's copy. Real files: a damaged one is made by overwriting pages."""

from __future__ import annotations

import random
import sqlite3
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.domain.activity import Activity
from desktop.store import Workspace, WorkspaceError, opencheck
from desktop.store import backup as bk


@pytest.fixture(autouse=True)
def every_file_is_large(monkeypatch):
    monkeypatch.setattr(opencheck, "DEFER_FROM_BYTES", 0)


def _year(n: int) -> list[Activity]:
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=i % 365),
            title=f"Tin chuyển đổi số số {i} về dịch vụ công trực tuyến toàn trình",
            form="Tin bài",
            link=f"https://don-vi.gov.vn/tin/{i}",
        )
        for i in range(n)
    ]


@pytest.fixture
def saved(unit_ws) -> Path:
    unit_ws.activities.insert_many(_year(1500), unit_ws.units.self_unit().id)
    path = unit_ws.path
    unit_ws.close()
    return path


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    finally:
        conn.close()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file (activities, not the schema)."""
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    rng = random.Random(7)
    for page in range(pages // 2, pages // 2 + 3):
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    path.write_bytes(bytes(data))


def _add(ws: Workspace, title: str) -> None:
    ws.activities.add(Activity(date=date(2023, 5, 2), title=title, form="Tin bài"))


def test_opening_leaves_the_check_and_the_days_copy_to_the_background(saved):
    ws = Workspace.open(saved, create=False, daily_backup=True, deferred_checks=True)
    try:
        assert ws.checks is not None and not ws.checks.checked
        assert bk.list_backups(saved.stem) == []
        ws.start_checks()
        assert ws.checks.wait(60)
        assert ws.checks.problem is None
        copies = bk.list_backups(saved.stem)
        assert [c.kind for c in copies] == [bk.KIND_DAILY]
        assert _count(copies[0].path) == 1500
        _add(ws, "Sau khi kiểm tra")
    finally:
        ws.close()
    assert _count(saved) == 1501


def test_a_write_before_the_check_waits_for_it(saved):
    ws = Workspace.open(saved, create=False, deferred_checks=True)
    try:
        _add(ws, "Ghi ngay khi mở")  # runs the check there and then
        assert ws.checks.checked and ws.checks.problem is None
    finally:
        ws.close()
    assert _count(saved) == 1501


def test_a_damaged_file_opens_but_refuses_every_write(saved):
    _damage(saved)
    before = saved.read_bytes()
    ws = Workspace.open(saved, create=False, daily_backup=True, deferred_checks=True)
    try:
        ws.start_checks()
        with pytest.raises(WorkspaceError, match="bị hỏng"):
            _add(ws, "Không được ghi")
        assert "bị hỏng" in ws.checks.problem
        with pytest.raises(WorkspaceError, match="bị hỏng"):
            with ws.import_transaction():
                pass
        # Another connection of the process to the same file (the window's
        # writer) is refused as well.
        other = Workspace.open(saved, create=False, seed=False, check_integrity=False)
        try:
            with pytest.raises(WorkspaceError, match="bị hỏng"):
                other.set_meta("current_year", "2024")
        finally:
            other.close()
        assert ws.checks.wait(60)
    finally:
        ws.close()
    # No copy of a damaged file pushes a sound one out; the file is untouched.
    assert bk.list_backups(saved.stem) == []
    assert saved.read_bytes() == before


def test_closing_before_the_checks_began_still_makes_the_days_copy(saved):
    ws = Workspace.open(saved, create=False, daily_backup=True, deferred_checks=True)
    ws.close()
    assert [c.kind for c in bk.list_backups(saved.stem)] == [bk.KIND_DAILY]
    # The day has its copy: the next opening and closing read nothing more.
    ws = Workspace.open(saved, create=False, daily_backup=True, deferred_checks=True)
    ws.close()
    assert not ws.checks.checked
    assert len(bk.list_backups(saved.stem)) == 1


def test_writes_from_another_thread_wait_for_the_running_check(saved):
    ws = Workspace.open(saved, create=False, deferred_checks=True)
    results = []

    def write() -> None:
        other = Workspace.open(saved, create=False, seed=False, check_integrity=False)
        try:
            _add(other, "Từ luồng ghi")
            results.append(ws.checks.checked)
        finally:
            other.close()

    ws.start_checks()
    t = threading.Thread(target=write)
    t.start()
    t.join(60)
    ws.close()
    assert results == [True]
    assert _count(saved) == 1501


def test_a_small_workspace_is_still_checked_while_opening(saved, monkeypatch):
    monkeypatch.setattr(opencheck, "DEFER_FROM_BYTES", 10**12)
    _damage(saved)
    with pytest.raises(WorkspaceError, match="bị hỏng"):
        Workspace.open(saved, create=False, daily_backup=True, deferred_checks=True)
