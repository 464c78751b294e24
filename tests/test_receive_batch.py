"""A batch of packages received in a row: each package in its own
savepoint, committed in groups, the log copied back into the workspace file every few tens of
MB while the batch runs and whole at its end, however the batch ends."""

from __future__ import annotations

import gc
import shutil
import sqlite3

import pytest
from package_fixtures import BAO, BINH_SON, DAI, SO, UNIT_DATA

from desktop.io.package_import import Outcome, receive_packages
from desktop.store import Workspace
from desktop.store.submissions import RECEIVED_DIR

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
    assert setting(dept, "temp_store") != 2

    def progress(done, total, text):
        during.append(
            (setting(dept, "wal_autocheckpoint"), gc.isenabled(), setting(dept, "temp_store"))
        )

    results = receive_packages(dept, [exchange.packages[u] for u in UNITS], progress=progress)
    assert [r.outcome for r in results] == [Outcome.ADDED] * len(UNITS)
    # Meanwhile the log was copied back every 64 MB, and no cyclic collection
    # ran; the last word ("Xong") is said once the batch is over.
    # Savepoints kept their pages in memory (temp_store 2) while it ran.
    temp = setting(dept, "temp_store")
    assert temp != 2
    assert during == [((64 << 20) // page, False, 2)] * len(UNITS) + [(before, True, temp)]
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


def _seen_by_another_connection(ws) -> int:
    with sqlite3.connect(ws.path) as other:
        return other.execute("SELECT count(*) FROM submissions").fetchone()[0]


@pytest.mark.parametrize("group, seen", [(None, [0, 0, 0]), (1, [0, 1, 2])])
def test_packages_are_committed_in_groups(exchange, dept, monkeypatch, group, seen):
    """By default the three packages go in one commit (another connection,
    the window's, sees none of them until the batch ends); a group of one
    activity commits each package on its own."""
    import desktop.io.package_import as receiving

    if group is not None:
        monkeypatch.setattr(receiving, "GROUP_ACTIVITIES", group)
    during = []

    def progress(done, total, text):
        if done < total:
            during.append(_seen_by_another_connection(dept))

    results = receive_packages(dept, [exchange.packages[u] for u in UNITS], progress=progress)
    assert [r.outcome for r in results] == [Outcome.ADDED] * len(UNITS)
    assert during == seen
    assert _seen_by_another_connection(dept) == len(UNITS)
    assert not dept.conn.in_transaction


def _received_copies(ws) -> list[str]:
    folder = ws.files_dir / RECEIVED_DIR
    return sorted(p.name for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_a_package_failing_inside_a_group_takes_back_only_its_own_rows(exchange, dept, monkeypatch):
    """The second package fails after its activities went in: they are taken
    back (its savepoint), the first and third stay and are committed."""
    from desktop.store.activities import ActivitiesRepository
    from desktop.store.errors import WorkspaceError

    real = ActivitiesRepository.insert_many

    def failing(self, activities, unit_id, import_id=None):
        counted = real(self, activities, unit_id, import_id)
        if self.ws.units.get(unit_id).name == BAO:
            raise WorkspaceError("ổ đĩa báo lỗi giữa chừng")
        return counted

    monkeypatch.setattr(ActivitiesRepository, "insert_many", failing)
    results = receive_packages(dept, [exchange.packages[u] for u in UNITS])
    assert [r.outcome for r in results] == [Outcome.ADDED, Outcome.REFUSED, Outcome.ADDED]
    assert "ổ đĩa báo lỗi giữa chừng" in results[1].message
    held = dict(
        dept.conn.execute(
            "SELECT u.name, count(*) FROM activities a JOIN units u ON u.id = a.unit_id "
            "GROUP BY u.name"
        ).fetchall()
    )
    assert held == {DAI: len(UNIT_DATA[DAI]), BINH_SON: len(UNIT_DATA[BINH_SON])}
    units = {
        r[0]
        for r in dept.conn.execute(
            "SELECT u.name FROM submissions s JOIN units u ON u.id = s.unit_id"
        )
    }
    assert units == {DAI, BINH_SON}
    assert len(_received_copies(dept)) == 2
    # the tallies equal a recount (the failed package's rows left none behind)
    tallies = dept.conn.execute(
        "SELECT year, unit_id, code, quantity, cost, records FROM activity_tallies ORDER BY 1, 2, 3"
    ).fetchall()
    recount = dept.conn.execute(
        "SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), count(*) "
        "FROM activities GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    ).fetchall()
    assert [tuple(t) for t in tallies] == [tuple(r) for r in recount]


def test_a_group_whose_commit_fails_is_refused_whole_and_can_be_received_again(
    exchange, dept, monkeypatch
):
    """SQLite refuses the group's COMMIT (here a foreign key checked only at
    commit): every package of the group is reported refused, nothing of them
    is in the workspace, their kept copies are gone, and they go in again."""
    import desktop.io.package_import as receiving

    real = receiving.store_checked

    def breaking(ws, pkg, **kw):
        received = real(ws, pkg, **kw)
        if pkg.unit_name == BAO:
            ws.conn.execute("PRAGMA defer_foreign_keys = ON")
            ws.conn.execute(
                "INSERT INTO attachments (activity_id, name, rel_path, added_at) "
                "VALUES (987654321, 'x', 'x', '2026-12-01')"
            )
        return received

    monkeypatch.setattr(receiving, "store_checked", breaking)
    results = receive_packages(dept, [exchange.packages[u] for u in UNITS])
    assert [r.outcome for r in results] == [Outcome.REFUSED] * len(UNITS)
    assert all("FOREIGN KEY" in r.message or "IntegrityError" in r.message for r in results)
    assert not dept.conn.in_transaction
    assert dept.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
    assert dept.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
    assert _received_copies(dept) == []
    monkeypatch.setattr(receiving, "store_checked", real)
    again = receive_packages(dept, [exchange.packages[u] for u in UNITS])
    assert [r.outcome for r in again] == [Outcome.ADDED] * len(UNITS)
    assert dept.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == sum(
        len(UNIT_DATA[u]) for u in UNITS
    )
