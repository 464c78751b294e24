"""A large insert goes in rounds, the next round's values made on a second
thread while SQLite moves the current one in (desktop/store/rounds.py). The
rows, uids, tallies and skipped duplicates are the same whatever the round
size, and a failure in a late round leaves nothing written."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

import desktop.store.rounds as rounds
from desktop.domain.activity import Activity
from desktop.store import Workspace
from desktop.store.activities import STAGED_FROM
from desktop.store.rounds import RoundMaker

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


def test_rounds_give_what_one_map_gives_in_order():
    items = list(range(23))
    for size in (1, 5, 23, 100):
        made = []
        with RoundMaker(items, lambda i: (i, i * i), size) as maker:
            for n, values in enumerate(maker):
                assert len(values) <= size
                if n % 2 == 0:  # asked ahead on some rounds only
                    maker.make_next()
                made += values
        assert made == [(i, i * i) for i in items], size
    assert list(RoundMaker([], lambda i: (i,), 3)) == []


def test_a_failure_while_making_ahead_reaches_the_caller_and_no_round_is_left():
    def make(i):
        if i == 7:
            raise ValueError("hàng 7 hỏng")
        return (i,)

    seen = []
    with pytest.raises(ValueError, match="hàng 7 hỏng"):
        with RoundMaker(list(range(10)), make, 3) as maker:
            for values in maker:
                seen += values
                maker.make_next()
    assert seen == [(0,), (1,), (2,), (3,), (4,), (5,)]
    assert rounds.rounds_running() == 0


def _activities(n: int, tag: str) -> list[Activity]:
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=i % 365),
            title=f"Bản tin chuyển đổi số {tag} số {i}",
            form=("Tin bài", "Video")[i % 2],
            target_code=("III.2.a/TH", None, "III.2.d")[i % 3],
            quantity=1 + i % 3,
            cost=(i % 4) * 100_000,
            link=f"https://baoquangngai.vn/{tag}/{i}",
            notes="Đăng lại" if i % 5 == 0 else "",
        )
        for i in range(n)
    ]


def _state(ws) -> tuple:
    rows = ws.conn.execute(
        "SELECT id, unit_id, date, target_code, form, title, quantity, cost, link, notes, "
        "search_text, import_id FROM activities ORDER BY id"
    ).fetchall()
    tallies = ws.conn.execute("SELECT * FROM activity_tallies ORDER BY 1, 2, 3").fetchall()
    return [tuple(r) for r in rows], [tuple(t) for t in tallies]


def _fill(path, size, monkeypatch) -> tuple[tuple, list[str], tuple[int, int]]:
    monkeypatch.setattr(rounds, "ROUND", size)
    monkeypatch.setattr(rounds, "MIN_ROUND", min(size, rounds.MIN_ROUND))
    ws = Workspace.open(path)
    unit = ws.units.by_name(UNIT).id
    first = _activities(60, "a")
    ws.activities.insert_many(first, unit)
    # 700 rows where rows of the first insert and repeats of this one's own
    # earlier rows come back in late rounds: all skipped.
    batch = _activities(640, "b")
    batch = batch[:400] + [replace(a) for a in first[:30]] + batch[400:] + batch[:30]
    counted = ws.activities.insert_many(sorted(batch, key=lambda a: a.date), unit)
    state = _state(ws)
    uids = [r[0] for r in ws.conn.execute("SELECT uid FROM activities ORDER BY id")]
    assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ws.close()
    return state, uids, counted


def test_many_rounds_store_what_one_round_stores(tmp_path, monkeypatch):
    one, uids_one, counted_one = _fill(tmp_path / "one.cdsdb", 10_000, monkeypatch)
    many, uids_many, counted_many = _fill(tmp_path / "many.cdsdb", 37, monkeypatch)
    assert counted_one == counted_many == (640, 60)
    assert one == many
    assert len(one[0]) == 700
    # new uids are unique and grow with the row's place, across rounds too
    staged = uids_many[60:]
    assert len(set(staged)) == 640 and staged == sorted(staged)
    assert len({u[:24] for u in staged}) == 1  # one prefix for the whole insert
    # the tallies are those of a recount
    recount = sorted(
        tuple(r)
        for r in sqlite3.connect(tmp_path / "many.cdsdb").execute(
            "SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), count(*) "
            "FROM activities GROUP BY 1, 2, 3"
        )
    )
    assert sorted(many[1]) == recount


def test_a_bad_row_in_a_late_round_leaves_nothing_written(tmp_path, monkeypatch):
    monkeypatch.setattr(rounds, "ROUND", 50)
    monkeypatch.setattr(rounds, "MIN_ROUND", 50)
    ws = Workspace.open(tmp_path / "w.cdsdb")
    unit = ws.units.by_name(UNIT).id
    ws.activities.insert_many(_activities(10, "a"), unit)
    before = _state(ws)
    batch = _activities(STAGED_FROM + 100, "b")
    batch[STAGED_FROM + 60] = replace(batch[STAGED_FROM + 60], quantity=0)  # CHECK fails
    with pytest.raises(sqlite3.IntegrityError):
        ws.activities.insert_many(batch, unit)
    assert _state(ws) == before
    # the staging table went with the rolled-back transaction
    assert not ws.conn.execute("SELECT 1 FROM sqlite_temp_master WHERE type = 'table'").fetchall()
    assert rounds.rounds_running() == 0
    # and the workspace takes the corrected batch
    batch[STAGED_FROM + 60] = replace(batch[STAGED_FROM + 60], quantity=1)
    assert ws.activities.insert_many(batch, unit) == (STAGED_FROM + 100, 0)
    ws.close()


def test_the_tallies_of_a_large_insert_read_only_the_new_rows(tmp_path):
    """A large insert that skipped some rows reads its tallies back from the
    new rows alone (one whose every row went in adds them up itself)."""
    ws = Workspace.open(tmp_path / "w.cdsdb")
    unit = ws.units.by_name(UNIT).id
    batch = _activities(STAGED_FROM, "a")
    ws.activities.insert_many(batch[:3], unit)
    plans = []
    ws.conn.set_trace_callback(plans.append)
    assert ws.activities.insert_many(batch, unit) == (STAGED_FROM - 3, 3)
    ws.conn.set_trace_callback(None)
    [grouped] = [s for s in plans if s.startswith("INSERT INTO activity_tallies")]
    plan = ws.conn.execute("EXPLAIN QUERY PLAN " + grouped.split(" ON CONFLICT")[0]).fetchall()
    assert any("INTEGER PRIMARY KEY (rowid>?)" in r[3] for r in plan), plan
    assert not any("activities_list" in r[3] for r in plan), plan
    ws.close()


def test_the_second_thread_is_kept_between_inserts(tmp_path):
    """Each insert hands its rounds to the same kept thread instead of
    starting one (starting a thread makes the caller wait for it)."""
    ws = Workspace.open(tmp_path / "w.cdsdb")
    unit = ws.units.by_name(UNIT).id
    ws.activities.insert_many(_activities(STAGED_FROM * 3, "a"), unit)
    first = rounds._worker
    assert first is not None and first.is_alive()
    ws.activities.insert_many(_activities(STAGED_FROM * 3, "b"), unit)
    assert rounds._worker is first
    assert rounds.rounds_running() == 0
    assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == STAGED_FROM * 6
    ws.close()
