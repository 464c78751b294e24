"""A batch of packages received in a row: each package in its own
transaction, the log copied back into the workspace file every few tens of
MB while the batch runs and whole at its end, however the batch ends."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import threading

import pytest
from package_fixtures import BAO, BINH_SON, DAI, LY_SON, SO, UNIT_DATA, YEAR, build_exchange

from desktop.io import package_import
from desktop.io.package_import import Outcome, receive_packages
from desktop.store import Workspace

UNITS = (DAI, BAO, BINH_SON)


@pytest.fixture(scope="module")
def exchange(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lo-goi")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        return build_exchange(folder)


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


def outcomes(results) -> list[tuple]:
    return [(r.path.name, r.outcome, str(r.message), r.unit, r.year, r.activities) for r in results]


def mixed_batch(exchange) -> list:
    """Good packages among refused ones, one twice, one replaced by a newer."""
    return [
        exchange.packages[DAI],
        exchange.tampered,
        exchange.packages[BAO],
        exchange.flipped,
        exchange.packages[DAI],
        exchange.truncated,
        exchange.dai_newer,
        exchange.not_a_package,
        exchange.packages[BINH_SON],
        exchange.packages[LY_SON],
    ]


def received_both_ways(exchange, tmp_path, monkeypatch, prepare=None) -> list:
    """The batch received with the next package read ahead, then again into
    another workspace one package at a time: each time the results, the
    activities held and the threads that read packages."""
    readers = []
    read = package_import.read_package

    def spied(path, plan_for):
        readers.append(threading.current_thread().name)
        return read(path, plan_for)

    monkeypatch.setattr(package_import, "read_package", spied)
    found = []
    for name, ahead in (("truoc.cdsdb", package_import.READ_AHEAD_BYTES), ("tung-goi.cdsdb", -1)):
        monkeypatch.setattr(package_import, "READ_AHEAD_BYTES", ahead)
        with Workspace.open(tmp_path / name) as ws:
            ws.units.set_self_unit(ws.units.by_name(SO))
            if prepare:
                prepare(ws)
            found.append(outcomes(receive_packages(ws, mixed_batch(exchange))))
            found.append(ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0])
        found.append(readers[:])
        readers.clear()
    return found


def test_packages_read_ahead_are_received_as_one_at_a_time(exchange, tmp_path, monkeypatch):
    ahead, held_ahead, read_ahead, one_by_one, held, read = received_both_ways(
        exchange, tmp_path, monkeypatch
    )
    assert ahead == one_by_one
    assert held_ahead == held > 0
    kinds = [r[1] for r in ahead]
    assert kinds.count(Outcome.REFUSED) == 4 and Outcome.IDENTICAL in kinds
    assert Outcome.REPLACED in kinds
    # Packages were read on the second thread, the refused ones again on the
    # writer's; one at a time, every package on the writer's.
    here = threading.current_thread().name
    assert read_ahead.count("nhan-goi_0") >= 3 and read_ahead.count(here) >= 3, read_ahead
    assert read == [here] * len(read)


def test_a_year_without_a_plan_is_refused_alike_when_read_ahead(exchange, tmp_path, monkeypatch):
    def without_plan(ws):
        ws.plans.delete(ws.plans.get(YEAR).id)

    ahead, held_ahead, _, one_by_one, held, _ = received_both_ways(
        exchange, tmp_path, monkeypatch, without_plan
    )
    assert ahead == one_by_one and held_ahead == held == 0
    assert all(r[1] is Outcome.REFUSED for r in ahead)
    assert f"Chưa có kế hoạch năm {YEAR}" in ahead[0][2]
