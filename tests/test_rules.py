"""The rules of counting at their boundaries: on time up to the due window's
last day, counted up to the `on` day, other activities' costs in the totals.

Each rule is checked as a plain function and through the store's one tally
query, for a unit's progress and for the consolidation alike, so moving a
rule (or the SQL) by one day fails here.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain.activity import Activity
from desktop.domain.progress import Status, Tally, tally_activities, total_cost
from desktop.domain.rules import (
    counted_until,
    expected_by,
    is_counted,
    is_met,
    is_met_late,
    is_on_pace,
    is_on_time,
    on_time_until,
    window_over,
)
from desktop.store import ActivityFilter

DAY = timedelta(days=1)
YEAR = 2023
CODE = "III.3.a"  # due 01/07 – 30/09/2023, one event, led by the Sở TTTT


@pytest.fixture
def so(ws):
    return ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))


@pytest.fixture
def target(ws):
    t = ws.plans.get(YEAR).target(CODE)
    assert (t.due_start, t.due_end, t.target) == (date(YEAR, 7, 1), date(YEAR, 9, 30), 1)
    return t


def act(day, code=CODE, qty=1, cost=0, title=None, form="Sự kiện"):
    return Activity(
        date=day,
        title=title or f"{code} {day} {qty}",
        form=form,
        target_code=code,
        quantity=qty,
        cost=cost,
    )


def both_tallies(ws, unit, on):
    """The unit's tallies and its part of the consolidation's, which must agree."""
    own = ws.figures.tallies(unit.id, YEAR, on)
    everyone = ws.figures.unit_target_tallies(YEAR, on)
    assert {code: t for (uid, code), t in everyone.items() if uid == unit.id} == own
    return own


# -- on time against the due window ---------------------------------------------


def test_rule_on_time_up_to_the_due_windows_last_day(target):
    assert on_time_until(target) == date(YEAR, 9, 30)
    assert is_on_time(date(YEAR, 9, 30), target)
    assert not is_on_time(date(YEAR, 10, 1), target)
    assert is_on_time(date(YEAR, 7, 1), target)
    # an other activity (no target) has no window: never late
    assert is_on_time(date(YEAR, 12, 31), None)


def test_store_counts_the_last_day_on_time_and_the_next_day_late(ws, so, target):
    ws.activities.add(act(target.due_end, qty=3))
    ws.activities.add(act(target.due_end + DAY, qty=5))
    for on in (date(YEAR, 12, 31), target.due_end + DAY):
        tally = both_tallies(ws, so, on)[CODE]
        assert tally == Tally(total=8, on_time=3, cost=0, count=2)
    # the same by the rules alone
    activities = list(ws.activities.iterate(ws_filter(so)))
    assert tally_activities(activities, {CODE: target}, date(YEAR, 12, 31))[CODE] == Tally(
        8, 3, 0, 2
    )


def test_met_on_the_last_day_met_late_on_the_next(ws, so, target):
    ws.activities.add(act(target.due_end))
    assert progress_status(ws, so) == (Status.MET, Status.MET)
    ws.activities.delete(ws.activities.ids(ws_filter(so)))
    ws.activities.add(act(target.due_end + DAY))
    assert progress_status(ws, so) == (Status.MET_LATE, Status.MET_LATE)


def ws_filter(unit):
    return ActivityFilter(unit_id=unit.id, year=YEAR)


def progress_status(ws, unit, on=date(YEAR, 12, 31)):
    own = {r.code: r for r in ws.figures.progress(unit.id, YEAR, on)}[CODE]
    province = {r.code: r for r in ws.figures.consolidated(YEAR, on)}[CODE]
    return own.status, province.status


# -- counted up to the `on` day -------------------------------------------------------


def test_rule_counted_up_to_the_on_day():
    on = date(YEAR, 8, 15)
    assert counted_until(on) == on
    assert is_counted(on, on)
    assert not is_counted(on + DAY, on)


def test_store_counts_the_on_day_and_not_the_next(ws, so, target):
    on = date(YEAR, 8, 15)
    ws.activities.add(act(on, qty=2, cost=100_000))
    ws.activities.add(act(on + DAY, qty=7, cost=900_000))
    ws.activities.add(act(on, code=None, qty=4, cost=10_000, form="Tin bài"))
    ws.activities.add(act(on + DAY, code=None, qty=6, cost=90_000, form="Tin bài"))
    tallies = both_tallies(ws, so, on)
    assert tallies[CODE] == Tally(total=2, on_time=2, cost=100_000, count=1)
    assert tallies[None] == Tally(total=4, on_time=4, cost=10_000, count=1)
    assert ws.figures.other_by_form(so.id, YEAR, on) == [("Tin bài", 1, 4, 10_000)]
    assert ws.figures.other_by_form(None, YEAR, on) == [("Tin bài", 1, 4, 10_000)]
    activities = list(ws.activities.iterate(ws_filter(so)))
    assert tally_activities(activities, {CODE: target}, on) == tallies
    # one day later both count
    later = both_tallies(ws, so, on + DAY)
    assert (later[CODE].total, later[None].total) == (9, 10)


def test_met_counted_on_the_on_day_only(ws, so, target):
    on = date(YEAR, 8, 15)
    ws.activities.add(act(on + DAY))
    assert progress_status(ws, so, on) == (Status.BEHIND, Status.BEHIND)
    assert progress_status(ws, so, on + DAY) == (Status.MET, Status.MET)


# -- other activities' costs in the totals ------------------------------------------------


def test_an_other_activitys_cost_is_in_the_units_and_the_provinces_totals(ws, so):
    on = date(YEAR, 12, 31)
    ws.activities.add(act(date(YEAR, 8, 1), cost=500_000))
    ws.activities.add(
        act(date(YEAR, 5, 2), code=None, cost=1_500_000, form="Tin bài", title="Tin khác")
    )
    dai = ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh")
    ws.activities.add(
        act(date(YEAR, 6, 3), code=None, cost=250_000, form="Phóng sự", title="Phóng sự khác"),
        dai.id,
    )

    unit_tallies = ws.figures.tallies(so.id, YEAR, on)
    assert unit_tallies[None].cost == 1_500_000
    assert total_cost(unit_tallies.values()) == 2_000_000
    # what the unit report adds up: its rows' costs and the other activities'
    rows = ws.figures.progress(so.id, YEAR, on)
    other = ws.figures.other_by_form(so.id, YEAR, on)
    assert sum(r.cost for r in rows) + sum(o[3] for o in other) == 2_000_000

    province = ws.figures.unit_target_tallies(YEAR, on)
    assert province[(dai.id, None)].cost == 250_000
    assert total_cost(province.values()) == 2_250_000
    # what the consolidated report adds up
    rows = ws.figures.consolidated(YEAR, on)
    other = ws.figures.other_by_form(None, YEAR, on)
    assert sum(r.cost for r in rows) + sum(o[3] for o in other) == 2_250_000


# -- met, late, over and pace as plain functions ----------------------------------------------


def test_rules_met_late_over_and_pace(target):
    assert is_met(on_time=1, goal=1) and not is_met(on_time=0, goal=1)
    assert is_met_late(on_time=0, total=1, goal=1)
    assert not is_met_late(on_time=1, total=1, goal=1)
    assert not is_met_late(on_time=0, total=0, goal=1)
    # the window's last day already counts as over; the day before does not
    assert window_over(target, target.due_end)
    assert not window_over(target, target.due_end - DAY)
    # pace: 92 days in the window, 46 gone by 15/08 (both ends counted)
    assert expected_by(92, target, date(YEAR, 8, 15)) == pytest.approx(46)
    assert expected_by(92, target, target.due_start - DAY) == 0
    assert expected_by(92, target, target.due_end) == 92
    assert is_on_pace(46, 46.0) and not is_on_pace(45, 46.0)
