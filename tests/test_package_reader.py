"""A batch of packages read and checked ahead in a child process
(desktop/io/package_reader.py): the department ends with exactly what
receiving them one by one in the process gives (outcomes, messages, the
activities, tallies and packages stored), whether the child serves every
package, none, or stops half-way; and no child outlives its batch."""

from __future__ import annotations

import pytest

import desktop.io.package_import as package_import
import desktop.io.package_reader as package_reader
from desktop.io.package_import import Outcome, receive_packages
from desktop.io.package_reader import PackageReader
from desktop.store import Workspace
from tests.package_fixtures import BAO, BINH_SON, DAI, LY_SON, SO


def _batch(exchange) -> list:
    p = exchange.packages
    return [
        p[DAI],
        p[BAO],
        exchange.tampered,
        p[BINH_SON],
        p[DAI],  # the same file twice in one batch
        exchange.flipped,
        p[LY_SON],
        exchange.dai_newer,
        exchange.truncated,
        exchange.not_a_package,
    ]


def _department(path) -> Workspace:
    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name(SO))
    return ws


def _state(ws) -> tuple:
    def rows(sql):
        return ws.conn.execute(sql).fetchall()

    return (
        rows(
            "SELECT u.name, a.date, a.target_code, a.form, a.title, a.quantity, a.cost, a.themes, "
            "a.link, a.notes, a.uid FROM activities a JOIN units u ON u.id = a.unit_id "
            "ORDER BY 1, 2, 5"
        ),
        rows("SELECT * FROM activity_tallies ORDER BY 1, 2, 3"),
        rows(
            "SELECT u.name, s.year, s.package_sha256, s.current, s.created_at FROM submissions s "
            "JOIN units u ON u.id = s.unit_id ORDER BY 3"
        ),
    )


def _outcomes(results) -> list:
    return [
        (r.path.name, r.outcome, str(r.message), r.unit, r.year, r.activities, r.signature)
        for r in results
    ]


class _Counting(PackageReader):
    """The reader, waited for until its child is ready, counting what it serves."""

    made: list[_Counting] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.served = 0
        self.made.append(self)
        assert self.wait_ready(120), "the reading process did not start"

    def take(self, i, check=None):
        result = super().take(i, check)
        self.served += result is not None
        return result


@pytest.fixture
def counting(monkeypatch):
    _Counting.made = []
    monkeypatch.setattr(package_import, "PackageReader", _Counting)
    return _Counting


def _received_alone(exchange, path, monkeypatch) -> tuple:
    """The batch received with every package checked in this process."""
    with monkeypatch.context() as m:
        m.setattr(package_import, "READ_AHEAD_FROM", 10**6)
        ws = _department(path)
        try:
            return _outcomes(receive_packages(ws, _batch(exchange))), _state(ws)
        finally:
            ws.close()


def test_a_batch_read_ahead_stores_what_reading_each_in_turn_stores(
    exchange, tmp_path, monkeypatch, counting
):
    alone = _received_alone(exchange, tmp_path / "alone.cdsdb", monkeypatch)
    ws = _department(tmp_path / "ahead.cdsdb")
    results = receive_packages(ws, _batch(exchange))
    ahead = (_outcomes(results), _state(ws))
    ws.close()
    assert ahead == alone
    [reader] = counting.made
    # Every package of the batch came from the child (none had been received).
    assert reader.served == len(_batch(exchange))
    assert reader.process is None  # closed with its batch
    outcomes = [r.outcome for r in results]
    assert outcomes.count(Outcome.REFUSED) == 4
    assert outcomes.count(Outcome.IDENTICAL) == 1
    assert sum(1 for row in ahead[1][2] if row[3]) == 4  # one package in use per unit


def test_a_child_that_stops_half_way_leaves_the_rest_to_the_caller(exchange, tmp_path, monkeypatch):
    class Dying(_Counting):
        def take(self, i, check=None):
            if i == 3 and self.process is not None:
                self.process.kill()
                self.process.join()
            return super().take(i, check)

    Dying.made = []
    monkeypatch.setattr(package_import, "PackageReader", Dying)
    alone = _received_alone(exchange, tmp_path / "alone.cdsdb", monkeypatch)
    ws = _department(tmp_path / "ahead.cdsdb")
    ahead = (_outcomes(receive_packages(ws, _batch(exchange))), _state(ws))
    ws.close()
    assert ahead == alone
    [reader] = Dying.made
    # Served up to its stop, and what it had sent before it (small packages:
    # the pipe holds several); any after it checked here.
    assert reader.served >= 3


def test_large_files_are_checked_by_the_caller(exchange, tmp_path, monkeypatch, counting):
    monkeypatch.setattr(package_reader, "MAX_SENT_BYTES", 1)
    alone = _received_alone(exchange, tmp_path / "alone.cdsdb", monkeypatch)
    ws = _department(tmp_path / "ahead.cdsdb")
    ahead = (_outcomes(receive_packages(ws, _batch(exchange))), _state(ws))
    ws.close()
    assert ahead == alone
    assert counting.made[0].served == 0


def test_packages_received_before_are_not_read_again(exchange, tmp_path, counting):
    ws = _department(tmp_path / "so.cdsdb")
    first = receive_packages(ws, _batch(exchange)[:4])
    assert [r.outcome for r in first].count(Outcome.ADDED) == 3
    counting.made.clear()
    again = receive_packages(ws, _batch(exchange))
    ws.close()
    [reader] = counting.made
    # Ten files, four of them received before (one listed twice): the other six go to the child.
    assert reader._count == 6
    assert [r.outcome for r in again[:4]] == [
        Outcome.IDENTICAL,
        Outcome.IDENTICAL,
        Outcome.REFUSED,
        Outcome.IDENTICAL,
    ]


def test_a_cancelled_batch_stops_its_child(exchange, tmp_path, counting):
    class Stop(Exception):
        """The officer's Hủy."""

    ws = _department(tmp_path / "so.cdsdb")
    seen = []

    def check():
        seen.append(1)
        if len(seen) > 2:
            raise Stop

    with pytest.raises(Stop):
        receive_packages(ws, _batch(exchange), check=check)
    [reader] = counting.made
    assert reader.process is None
    stored = ws.conn.execute("SELECT count(DISTINCT unit_id) FROM activities").fetchone()[0]
    ws.close()
    assert stored == 2  # the two packages received before the cancel, kept


def test_a_reader_whose_child_cannot_start_leaves_every_package_to_the_caller(exchange, tmp_path):
    missing = tmp_path / "khong-co.cdsdb"  # the child cannot open it: it stops at once
    with PackageReader(missing, _batch(exchange), package_import.check_package) as reader:
        reader.process.join(60)
        assert [reader.take(i) for i in range(len(_batch(exchange)))] == [None] * 10


def _slow_check(path, plan_for):
    """A check that takes far longer than any test waits (run in the child)."""
    import time

    time.sleep(60)


def test_waiting_for_the_child_can_be_cancelled(exchange, tmp_path):
    import time

    class Stop(Exception):
        """The officer's Hủy."""

    started = time.monotonic()

    def check():
        if time.monotonic() - started > 0.5:
            raise Stop

    db = tmp_path / "so.cdsdb"
    _department(db).close()
    with PackageReader(db, _batch(exchange), _slow_check) as reader:
        assert reader.wait_ready(120)
        started = time.monotonic()
        with pytest.raises(Stop):
            reader.take(0, check)
        assert time.monotonic() - started < 10
        process = reader.process
    assert not process.is_alive()  # stopped with its reader, in the middle of a check
