"""Every unit's tallies kept beside the activities (schema v15): after
random inserts, edits, deletions, undo, a year deleted and packages received
and replaced, the kept sums equal a recount of the activities, and the
consolidated tallies as of any day equal those counted row by row with the
domain's rules. Real SQLite files throughout."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.domain.activity import Activity
from desktop.domain.progress import Tally
from desktop.domain.rules import is_counted, is_on_time
from desktop.io.package import write_package
from desktop.io.package_import import receive_package
from desktop.store import ActivityFilter, Workspace, schema
from desktop.store.activities import STAGED_FROM
from desktop.store.schema import LATEST_VERSION, TALLIES_DEFERRED
from tests.package_fixtures import SO, make_unit_workspace

UNITS = [
    "Đài Phát thanh và Truyền hình tỉnh",
    "Báo Quảng Ngãi",
    "UBND huyện Bình Sơn",
    "UBND huyện Lý Sơn",
]
DAYS = [
    date(2023, 3, 31),
    date(2023, 6, 30),
    date(2023, 9, 30),
    date(2023, 11, 5),
    date(2023, 12, 31),
]


def _kept(ws) -> dict:
    return {
        (r[0], r[1], r[2]): (r[3], r[4], r[5])
        for r in ws.conn.execute(
            "SELECT year, unit_id, code, quantity, cost, records FROM activity_tallies"
        )
    }


def _recount(ws) -> dict:
    return {
        (r[0], r[1], r[2]): (r[3], r[4], r[5])
        for r in ws.conn.execute(
            "SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), count(*) "
            "FROM activities GROUP BY 1, 2, 3"
        )
    }


def _row_by_row(ws, year: int, on: date) -> dict:
    targets = {t.code: t for t in ws.plans.require(year).targets}
    found: dict = {}
    for unit_id, day, code, quantity, cost in ws.conn.execute(
        "SELECT unit_id, date, target_code, quantity, cost FROM activities WHERE year = ?", (year,)
    ):
        day = date.fromisoformat(day)
        if not is_counted(day, on):
            continue
        t = found.setdefault((unit_id, code), [0, 0, 0, 0])
        t[0] += quantity
        t[1] += quantity if is_on_time(day, targets.get(code)) else 0
        t[2] += cost
        t[3] += 1
    return {k: Tally(total=v[0], on_time=v[1], cost=v[2], count=v[3]) for k, v in found.items()}


def _check(ws) -> None:
    assert _kept(ws) == _recount(ws)
    for on in DAYS:
        assert ws.figures.unit_target_tallies(2023, on) == _row_by_row(ws, 2023, on)


def _random_activities(rng: random.Random, codes: list, n: int, tag: str) -> list[Activity]:
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=rng.randrange(365)),
            title=f"Tin {tag} số {i}",
            form="Tin bài",
            target_code=rng.choice(codes),
            quantity=rng.randint(1, 5),
            cost=rng.choice((0, 0, 250_000, 1_000_000)),
        )
        for i in range(n)
    ]


@pytest.fixture
def dept(tmp_path):
    ws = Workspace.open(tmp_path / "so.cdsdb")
    ws.units.set_self_unit(ws.units.by_name(SO))
    yield ws
    ws.close()


def test_kept_tallies_equal_a_recount_through_every_kind_of_write(dept, tmp_path):
    ws = dept
    rng = random.Random(18)
    codes = [t.code for t in ws.plans.require(2023).targets] + [None, None, "XX.9"]
    units = [ws.units.by_name(n).id for n in UNITS] + [ws.units.self_unit().id]
    for round_ in range(4):
        for unit_id in units:
            ws.activities.insert_many(
                _random_activities(rng, codes, rng.randint(5, 40), f"{round_}-{unit_id}"), unit_id
            )
        _check(ws)
        ids = [r[0] for r in ws.conn.execute("SELECT id FROM activities")]
        for activity_id in rng.sample(ids, 15):  # edits of every counted field
            a = ws.activities.get(activity_id)
            ws.activities.update(
                replace(
                    a,
                    target_code=rng.choice(codes),
                    quantity=rng.randint(1, 9),
                    cost=rng.choice((0, 500_000)),
                    date=date(2023, 1, 1) + timedelta(days=rng.randrange(365)),
                )
            )
        _check(ws)
        gone = ws.activities.delete(rng.sample(ids, 10))
        _check(ws)
        ws.activities.restore(gone[:5])  # undo of half of them
        _check(ws)
    # A bulk insert (the staged path, its tallies added in one statement),
    # with rows already held among it: those are skipped and not counted.
    own = [
        r[0] for r in ws.conn.execute("SELECT id FROM activities WHERE unit_id = ?", (units[1],))
    ]
    held = [replace(ws.activities.get(i), id=None, uid=None) for i in rng.sample(own, 20)]
    bulk = _random_activities(rng, codes, STAGED_FROM + 100, "lo") + held
    assert ws.activities.insert_many(bulk, units[1]) == (STAGED_FROM + 100, len(held))
    assert ws.get_meta(TALLIES_DEFERRED) is None
    _check(ws)
    # A bulk insert whose every row goes in (tallies added up from the rows
    # themselves), over two years and with activities outside the targets.
    fresh = _random_activities(rng, codes, STAGED_FROM + 50, "hi")
    fresh = [
        replace(a, date=a.date.replace(year=2024), target_code=None) if i % 7 == 0 else a
        for i, a in enumerate(fresh)
    ]
    assert ws.activities.insert_many(fresh, units[0]) == (STAGED_FROM + 50, 0)
    assert ws.get_meta(TALLIES_DEFERRED) is None
    assert (2024, units[0], "") in _kept(ws)
    _check(ws)
    # Another year, then deleted whole.
    ws.activities.insert_many(
        [
            replace(a, date=a.date.replace(year=2024))
            for a in _random_activities(rng, codes, 30, "y")
        ],
        units[0],
    )
    _check(ws)
    ws.activities.delete_year(units[0], 2024)
    assert not any(year == 2024 for year, _, _ in _kept(ws))
    _check(ws)


def test_a_package_received_then_replaced_leaves_exact_tallies(dept, tmp_path):
    ws = dept
    rng = random.Random(5)
    codes = [t.code for t in ws.plans.require(2023).targets] + [None]
    unit_db = tmp_path / "dai.cdsdb"
    first = _random_activities(rng, codes, 60, "dai")
    make_unit_workspace(unit_db, UNITS[0], first)
    with Workspace.open(unit_db) as unit_ws:
        write_package(unit_ws, 2023, tmp_path / "dai-1.cdsgoi")
        unit_ws.activities.delete(
            [r[0] for r in unit_ws.conn.execute("SELECT id FROM activities LIMIT 20")]
        )
        unit_ws.activities.insert_many(
            _random_activities(rng, codes, 25, "dai-bo-sung"), unit_ws.units.self_unit().id
        )
        write_package(unit_ws, 2023, tmp_path / "dai-2.cdsgoi")
    got = receive_package(ws, tmp_path / "dai-1.cdsgoi")
    assert got.ok, got.message
    _check(ws)
    dai = ws.units.by_name(UNITS[0]).id
    assert ws.activities.count_and_sums(ActivityFilter(unit_id=dai, year=2023))[0] == 60
    assert receive_package(ws, tmp_path / "dai-2.cdsgoi").ok
    assert ws.activities.count_and_sums(ActivityFilter(unit_id=dai, year=2023))[0] == 65
    _check(ws)


def test_an_older_workspace_gets_its_tallies_when_upgraded(dept, tmp_path):
    ws = dept
    rng = random.Random(11)
    codes = [t.code for t in ws.plans.require(2023).targets] + [None]
    for name in UNITS:
        ws.activities.insert_many(
            _random_activities(rng, codes, 30, name), ws.units.by_name(name).id
        )
    expected = _recount(ws)
    path = ws.path
    ws.close()
    # The file as the version before kept it: no tallies, the former index.
    conn = sqlite3.connect(path, isolation_level=None)
    for trigger in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER activity_tallies_{trigger}")
    conn.execute("DROP TABLE activity_tallies")
    conn.execute("DROP INDEX activities_consolidation")
    conn.execute(
        "CREATE INDEX activities_consolidation "
        "ON activities (year, unit_id, target_code, date, quantity, cost)"
    )
    before_tallies = schema.MIGRATIONS.index(schema._v15)  # the version before
    conn.execute(f"PRAGMA user_version = {before_tallies}")
    conn.close()
    with Workspace.open(path, create=False) as again:
        assert again.schema_version == LATEST_VERSION
        assert _kept(again) == expected
        _check(again)


def test_only_the_apps_own_triggers_pass_a_foreign_file_check(dept, tmp_path):
    from desktop.store import backup as bk
    from desktop.store.untrusted import foreign_schema_problem

    ws = dept
    ws.activities.insert_many(
        _random_activities(random.Random(3), [None], 5, "sao"), ws.units.self_unit().id
    )
    copy = bk.make_backup(ws.conn, ws.path, bk.KIND_MANUAL)
    assert foreign_schema_problem(copy) is None
    assert bk.inspect_backup(copy).counts["activities"] == 5
    # The same name with another body: altered outside the app.
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("DROP TRIGGER activity_tallies_insert")
    conn.execute(
        "CREATE TRIGGER activity_tallies_insert AFTER INSERT ON activities BEGIN "
        "DELETE FROM meta; END"
    )
    conn.close()
    problem = foreign_schema_problem(copy)
    assert problem is not None and "“activity_tallies_insert” (trigger)" in problem
