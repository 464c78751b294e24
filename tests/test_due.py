"""What is due, against a fixed date: Wednesday 14 June 2023."""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from desktop.domain.activity import Activity
from desktop.domain.due import (
    MONTH,
    WEEK,
    closing_windows,
    due_lines,
    period_days,
    period_start,
    report_deadline,
)

ON = date(2023, 6, 14)


def act(d, code, qty=1):
    return Activity(
        date=d, title=f"{code} {d} {qty}", form="Chuyên mục", target_code=code, quantity=qty
    )


def lines(ws, unit, on, period):
    start = period_start(on, period)
    now = ws.figures.tallies(unit.id, on.year, on)
    before = ws.figures.tallies(unit.id, on.year, start - timedelta(days=1))
    return due_lines(ws.plans.get(on.year), unit, now, before, on, period)


def test_period_starts():
    assert period_start(ON, WEEK) == date(2023, 6, 12)  # Monday
    assert period_start(ON, MONTH) == date(2023, 6, 1)
    assert period_start(date(2023, 1, 1), WEEK) == date(2022, 12, 26)


def test_period_days():
    assert period_days(ON, WEEK) == (date(2023, 6, 12), date(2023, 6, 18))
    assert period_days(ON, MONTH) == (date(2023, 6, 1), date(2023, 6, 30))
    assert period_days(date(2024, 2, 10), MONTH) == (date(2024, 2, 1), date(2024, 2, 29))
    assert period_days(date(2023, 12, 31), MONTH) == (date(2023, 12, 1), date(2023, 12, 31))
    # Under Nghị định 09 a reporting month runs from the 15th to the 14th.
    nd09 = (date(2022, 12, 15), date(2023, 12, 14))
    assert period_days(ON, MONTH, nd09) == (date(2023, 5, 15), date(2023, 6, 14))
    assert period_days(date(2022, 12, 20), MONTH, nd09) == (date(2022, 12, 15), date(2023, 1, 14))


@pytest.fixture
def station(unit_ws):
    unit_ws.activities.add(act(date(2023, 5, 20), "III.2.a/PT"))  # before June: not this month
    unit_ws.activities.add(act(date(2023, 6, 5), "III.2.a/TH", 2))
    unit_ws.activities.add(act(date(2023, 6, 13), "III.2.a/TH"))
    unit_ws.activities.add(act(date(2023, 6, 20), "III.2.a/PT", 5))  # after the date: not counted
    return unit_ws


def test_this_month_expected_against_done_behind_first(station):
    unit = station.units.self_unit()
    got = lines(station, unit, ON, MONTH)
    # 52 a year over 365 days; 1..14 June are 14 days: 52 * 14 / 365.
    assert [(x.code, round(x.expected, 3), x.done, x.behind) for x in got] == [
        ("III.2.a/PT", 1.995, 0, True),
        ("III.2.a/TH", 1.995, 3, False),
    ]
    assert round(got[0].shortfall, 3) == 1.995 and got[1].shortfall == 0


def test_this_week_expected_against_done(station):
    unit = station.units.self_unit()
    got = lines(station, unit, ON, WEEK)
    # 12..14 June: 52 * 3 / 365 = 0.427, under half a unit: nobody is behind yet.
    assert [(x.code, round(x.expected, 3), x.done, x.behind) for x in got] == [
        ("III.2.a/PT", 0.427, 0, False),
        ("III.2.a/TH", 0.427, 1, False),
    ]


def test_windows_closing_soon(ws):
    unit = ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))
    ws.activities.add(
        Activity(date=date(2023, 8, 1), title="Hội thảo", form="Sự kiện", target_code="III.3.b")
    )
    on = date(2023, 9, 10)
    got = closing_windows(ws.plans.get(2023), unit, ws.figures.tallies(unit.id, 2023, on), on)
    # III.3.a (Q3, not met) closes in 20 days; III.3.b is met; III.1 closed in March;
    # the year-long targets close in 112 days, beyond the 30 looked at.
    assert [(w.code, w.due_end, w.days_left, w.missing) for w in got] == [
        ("III.3.a", date(2023, 9, 30), 20, 1)
    ]


def test_report_deadline_counts_down_and_shows_a_banner_from_14_days(ws):
    plan = replace(ws.plans.get(2023), report_deadline=date(2023, 12, 1))
    assert report_deadline(plan, date(2023, 11, 16)).days_left == 15
    assert not report_deadline(plan, date(2023, 11, 16)).banner
    assert report_deadline(plan, date(2023, 11, 17)).banner
    assert report_deadline(plan, date(2023, 12, 3)).days_left == -2
    assert report_deadline(plan, date(2023, 12, 3)).banner
    # Without a date in the plan the deadline is 1 December.
    assert report_deadline(replace(plan, report_deadline=None), ON).day == date(2023, 12, 1)


def test_quarter_and_half_year_are_counted_to_their_last_day_or_today():
    from desktop.domain.due import period_as_of

    latest = date(2023, 12, 31)
    assert [period_as_of(2023, p, latest) for p in ("q1", "q2", "q3", "q4", "h1", "h2")] == [
        date(2023, 3, 31),
        date(2023, 6, 30),
        date(2023, 9, 30),
        date(2023, 12, 31),
        date(2023, 6, 30),
        date(2023, 12, 31),
    ]
    # During the year a period not over yet is counted to today.
    assert period_as_of(2023, "h1", date(2023, 5, 2)) == date(2023, 5, 2)
    assert period_as_of(2023, "q1", date(2023, 5, 2)) == date(2023, 3, 31)


def test_a_past_year_seen_from_today_has_its_windows_ended_not_closing(station):
    """2023 opened on 01/12/2026: the figures stop at 31/12/2023, the windows
    ending that day are over (not "0 days left") and none is closing soon."""
    from desktop.domain.due import ENDED, windows_over

    unit = station.units.self_unit()
    plan = station.plans.get(2023)
    on, today = date(2023, 12, 31), date(2026, 12, 1)
    now = station.figures.tallies(unit.id, 2023, on)
    before = station.figures.tallies(unit.id, 2023, date(2023, 11, 30))
    got = due_lines(plan, unit, now, before, on, MONTH, today=today)
    assert [(x.code, x.state, x.ended, x.behind, x.due_end) for x in got] == [
        ("III.2.a/PT", ENDED, True, False, date(2023, 12, 31)),
        ("III.2.a/TH", ENDED, True, False, date(2023, 12, 31)),
    ]
    assert closing_windows(plan, unit, now, on, today=today) == []
    assert windows_over(plan, unit, today) == date(2023, 12, 31)
    # On its last day the window is still open: it ends today, 0 days left.
    last = closing_windows(plan, unit, now, on)
    assert [(w.code, w.days_left, w.ends_today) for w in last] == [
        ("III.2.a/PT", 0, True),
        ("III.2.a/TH", 0, True),
    ]
    assert windows_over(plan, unit, on) is None
    assert {x.state for x in due_lines(plan, unit, now, before, on, MONTH)} == {"behind"}


def test_a_window_ended_before_the_day_comes_last_and_is_not_closing(station):
    from desktop.domain.due import BEHIND, ENDED, ON_PACE

    unit = station.units.self_unit()
    plan = station.plans.get(2023)
    pt = next(t for t in plan.targets if t.code == "III.2.a/PT")
    station.plans.save_target(2023, replace(pt, due_end=date(2023, 6, 10)))
    plan = station.plans.get(2023)
    got = lines(station, unit, ON, MONTH)
    # III.2.a/PT's window ended on 10/06, four days before: past pacing, listed last.
    assert [(x.code, x.state, x.due_end) for x in got] == [
        ("III.2.a/TH", ON_PACE, date(2023, 12, 31)),
        ("III.2.a/PT", ENDED, date(2023, 6, 10)),
    ]
    now = station.figures.tallies(unit.id, 2023, ON)
    assert [w.code for w in closing_windows(plan, unit, now, ON)] == []
    # Three days before its end it was still closing, and behind.
    on = date(2023, 6, 7)
    now = station.figures.tallies(unit.id, 2023, on)
    assert [(w.code, w.days_left) for w in closing_windows(plan, unit, now, on)] == [
        ("III.2.a/PT", 3)
    ]
    assert [(x.code, x.state) for x in lines(station, unit, on, MONTH)][0] == ("III.2.a/PT", BEHIND)
