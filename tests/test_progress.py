"""Progress and every status, on hand-made data."""

from datetime import date, timedelta

import pytest

from desktop.domain.activity import Activity
from desktop.domain.progress import Status, Tally, default_on, evaluate


def act(d, code, qty=1, title=None, form="Chuyên mục", cost=0):
    return Activity(
        date=d, title=title or f"{code} {d}", form=form, target_code=code, quantity=qty, cost=cost
    )


@pytest.fixture
def stttt(ws):
    return ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))


def rows_by_code(ws, unit, on):
    return {r.code: r for r in ws.figures.progress(unit.id, 2023, on)}


def test_met_on_time_and_met_late_for_a_quarter_target(ws, stttt):
    ws.activities.add(act(date(2023, 8, 15), "III.3.a", form="Sự kiện"))  # inside Q3: met
    ws.activities.add(act(date(2023, 11, 2), "III.3.b", form="Cuộc thi"))  # after Q3: met late
    rows = rows_by_code(ws, stttt, date(2023, 12, 31))
    assert rows["III.3.a"].status == Status.MET
    assert rows["III.3.b"].status == Status.MET_LATE
    assert rows["III.3.b"].actual == 1 and rows["III.3.b"].percent == 100.0


def test_not_met_after_window(ws, stttt):
    rows = rows_by_code(ws, stttt, date(2023, 4, 10))
    assert rows["III.1"].status == Status.NOT_MET  # Q1 over, nothing recorded
    assert rows["III.1"].expected == 1
    assert rows["III.3.a"].status == Status.ON_TRACK  # window not started: expected 0
    assert rows["III.3.a"].expected == 0


def test_on_track_and_behind_against_pace(ws, stttt):
    # III.2.e: 52 a year. By 30/06 (181 days) expected 52*181/365 = 25.8
    for week in range(26):  # weekly from 01/01 to 25/06
        ws.activities.add(
            act(
                date(2023, 1, 1) + timedelta(days=7 * week),
                "III.2.e",
                title=f"Phóng sự {week}",
                form="Phóng sự",
            )
        )
    rows = rows_by_code(ws, stttt, date(2023, 6, 30))
    r = rows["III.2.e"]
    assert r.actual == 26
    assert r.expected == pytest.approx(52 * 181 / 365)
    assert r.status == Status.ON_TRACK
    assert r.percent == pytest.approx(50.0)
    r = rows_by_code(ws, stttt, date(2023, 8, 1))["III.2.e"]
    assert r.status == Status.BEHIND


def test_no_target_rows_and_other_activities(ws, stttt):
    ws.activities.add(act(date(2023, 3, 1), "III.2.g", qty=40, form="Bài đăng mạng xã hội"))
    ws.activities.add(act(date(2023, 3, 2), None, qty=3, form="Tin bài", title="Tin khác"))
    ws.activities.add(act(date(2023, 3, 3), None, qty=2, form="Banner", title="Banner khác"))
    rows = rows_by_code(ws, stttt, date(2023, 12, 31))
    assert rows["III.2.g"].status == Status.NO_TARGET
    assert rows["III.2.g"].actual == 40 and rows["III.2.g"].percent is None
    assert ws.figures.other_by_form(stttt.id, 2023) == [("Tin bài", 1, 3, 0), ("Banner", 1, 2, 0)]


def test_rows_cover_led_targets_and_targets_with_activities_only(ws):
    dai = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
    ws.activities.add(act(date(2023, 5, 5), "III.2.e", form="Phóng sự"))  # not led, but worked on
    rows = ws.figures.progress(dai.id, 2023, date(2023, 12, 31))
    assert [r.code for r in rows] == ["III.2.a/PT", "III.2.a/TH", "III.2.e"]
    assert [r.leads for r in rows] == [True, True, False]


def test_district_carries_per_unit_targets_in_full(ws):
    binh_son = ws.units.set_self_unit(ws.units.by_name("UBND huyện Bình Sơn"))
    for m in range(1, 13):
        ws.activities.add(act(date(2023, m, 10), "III.2.đ/SX"))
        ws.activities.add(act(date(2023, m, 20), "III.2.đ/PL", qty=3))
    rows = rows_by_code(ws, binh_son, date(2023, 12, 31))
    assert (rows["III.2.đ/SX"].target, rows["III.2.đ/SX"].actual, rows["III.2.đ/SX"].status) == (
        12,
        12,
        Status.MET,
    )
    assert (rows["III.2.đ/PL"].target, rows["III.2.đ/PL"].actual, rows["III.2.đ/PL"].status) == (
        36,
        36,
        Status.MET,
    )
    assert rows["III.3.c"].status == Status.NO_TARGET


def test_activities_after_on_date_are_not_counted(ws, stttt):
    ws.activities.add(act(date(2023, 2, 1), "III.4.a", form="Bản tin"))
    ws.activities.add(act(date(2023, 9, 1), "III.4.a", form="Bản tin"))
    assert rows_by_code(ws, stttt, date(2023, 6, 30))["III.4.a"].actual == 1
    assert rows_by_code(ws, stttt, date(2023, 12, 31))["III.4.a"].actual == 2


def test_evaluate_pure_rules():
    from desktop.domain.plan import Target

    t = Target("X", "X", "x", "x", 10, date(2023, 1, 1), date(2023, 12, 31), "", ("a",))
    assert evaluate(t, Tally(total=10, on_time=10), date(2023, 5, 1))[2] == Status.MET
    assert evaluate(t, Tally(total=9, on_time=9), date(2024, 1, 1))[2] == Status.NOT_MET
    assert (
        evaluate(t, Tally(total=5, on_time=5), date(2023, 7, 1))[2] == Status.ON_TRACK
    )  # 4,99 expected
    assert (
        evaluate(t, Tally(total=5, on_time=5), date(2023, 7, 2))[2] == Status.BEHIND
    )  # 5,01 expected


def test_default_on_date():
    assert default_on(2023, today=date(2026, 11, 28)) == date(2023, 12, 31)
    assert default_on(2026, today=date(2026, 11, 28)) == date(2026, 11, 28)
    assert default_on(2027, today=date(2026, 11, 28)) == date(2027, 1, 1)
