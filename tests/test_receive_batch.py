"""A batch of packages received in a row: each package in its own
transaction, the log copied back into the workspace file every few tens of
MB while the batch runs and whole at its end, however the batch ends."""

from __future__ import annotations

import gc
import shutil
import sqlite3

import pytest
from package_fixtures import BAO, BINH_SON, DAI, SO, UNIT_DATA

from desktop.io.package_import import Outcome, receive_packages
from desktop.store import Workspace

UNITS = (DAI, BAO, BINH_SON)


@pytest.fixture
def dept(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        yield ws


def setting(ws, name: str) -> int:
    return ws.conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_the_batch_is_in_the_workspace_file_itself_when_it_ends(exchange, dept, tmp_path):
    before = setting(dept, "wal_autocheckpoint")
    page = setting(dept, "page_size")
    during = []

    def progress(done, total, text):
        during.append((setting(dept, "wal_autocheckpoint"), gc.isenabled()))

    results = receive_packages(dept, [exchange.packages[u] for u in UNITS], progress=progress)
    assert [r.outcome for r in results] == [Outcome.ADDED] * len(UNITS)
    # Meanwhile the log was copied back every 64 MB, and no cyclic collection
    # ran; the last word ("Xong") is said once the batch is over.
    assert during == [((64 << 20) // page, False)] * len(UNITS) + [(before, True)]
    assert setting(dept, "wal_autocheckpoint") == before
    assert gc.isenabled()
    # The workspace file alone, without its log, holds every package.
    alone = tmp_path / "chi-tep.cdsdb"
    shutil.copyfile(dept.path, alone)
    with sqlite3.connect(alone) as copy:
        held = copy.execute("SELECT count(*) FROM activities").fetchone()[0]
        sent = copy.execute("SELECT count(*) FROM submissions").fetchone()[0]
    assert held == sum(len(UNIT_DATA[u]) for u in UNITS)
    assert sent == len(UNITS)


class Stop(Exception):
    pass


def test_a_batch_stopped_halfway_keeps_what_it_received_and_the_usual_log(exchange, dept):
    before = setting(dept, "wal_autocheckpoint")
    calls = 0

    def check():
        nonlocal calls
        calls += 1
        if calls == 2:
            raise Stop

    with pytest.raises(Stop):
        receive_packages(dept, [exchange.packages[u] for u in UNITS], check=check)
    assert setting(dept, "wal_autocheckpoint") == before
    assert gc.isenabled()
    held = dept.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert held == len(UNIT_DATA[DAI])
    assert not dept.conn.in_transaction
