"""The department's side: receiving packages, submissions, consolidated progress."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from package_fixtures import (
    BAO,
    BINH_SON,
    DAI,
    DAI_LATER,
    LY_SON,
    SO,
    SO_DATA,
    UNIT_DATA,
    YEAR,
)

from desktop.domain.activity import Activity
from desktop.domain.consolidation import report_deadline, submission_status
from desktop.domain.progress import Status
from desktop.io.package_import import Outcome, receive_packages
from desktop.store import Workspace

END = date(2023, 12, 31)


@pytest.fixture
def dept(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        so = ws.units.set_self_unit(ws.units.by_name(SO))
        ws.activities.insert_many(SO_DATA, so.id)
        yield ws


def _receive_all(ex, ws):
    files = [
        ex.packages[DAI],
        ex.tampered,
        ex.packages[BAO],
        ex.truncated,
        ex.packages[BINH_SON],
        ex.packages[LY_SON],
        ex.packages[DAI],  # sent twice
        ex.dai_newer,
        ex.not_a_package,
    ]
    return receive_packages(ws, files, received_at=datetime(2023, 11, 28, 9, 30))


def test_receiving_many_packages(exchange, dept):
    results = _receive_all(exchange, dept)
    assert [r.outcome for r in results] == [
        Outcome.ADDED,
        Outcome.REFUSED,
        Outcome.ADDED,
        Outcome.REFUSED,
        Outcome.ADDED,
        Outcome.ADDED,
        Outcome.IDENTICAL,
        Outcome.REPLACED,
        Outcome.REFUSED,
    ]
    dai = dept.units.by_name(DAI)
    history = dept.submissions.history(YEAR, dai.id)
    assert [s.current for s in history] == [True, False]  # the newer one in use, the older kept
    # The newer package's time is written as every date-time: dd/mm/yyyy hh:mm.
    made = history[0].created_at.strftime("%d/%m/%Y %H:%M")
    assert f"gói mới hơn (tạo lúc {made}) thay cho gói trước" in str(results[7].message)
    assert all((dept.files_dir / s.stored_path).is_file() for s in history)
    # The Đài's year is exactly its newer package: replaced, not added to.
    count, quantity, _ = dept.activities.count_and_sums(_flt(dai.id))
    assert count == len(UNIT_DATA[DAI]) + len(DAI_LATER)
    assert quantity == sum(a.quantity for a in UNIT_DATA[DAI] + DAI_LATER)
    assert (
        dept.texts.report_texts(dai.id, YEAR)["chi_dao"]
        == "Ban Giám đốc giao phòng Thời sự thực hiện."
    )
    # Sending the older package again after the newer one changes nothing.
    again = receive_packages(dept, [exchange.packages[DAI]])
    assert again[0].outcome is Outcome.IDENTICAL
    assert dept.activities.count_and_sums(_flt(dai.id))[0] == count


def _flt(unit_id):
    from desktop.store import ActivityFilter

    return ActivityFilter(unit_id=unit_id, year=YEAR)


def test_older_package_after_newer_is_kept_as_history_only(exchange, dept):
    receive_packages(dept, [exchange.dai_newer])
    results = receive_packages(dept, [exchange.packages[DAI]])
    assert results[0].outcome is Outcome.HISTORY
    dai = dept.units.by_name(DAI)
    assert dept.activities.count_and_sums(_flt(dai.id))[0] == len(UNIT_DATA[DAI]) + len(DAI_LATER)
    assert [s.current for s in dept.submissions.history(YEAR, dai.id)] == [True, False]


def test_unit_unknown_to_the_department_is_added(exchange, tmp_path):
    with Workspace.open(tmp_path / "so2.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        bao = ws.units.by_name(BAO)
        with ws.transaction():
            ws.conn.execute("UPDATE units SET name = 'Báo QN (cũ)' WHERE id = ?", (bao.id,))
        results = receive_packages(ws, [exchange.packages[BAO]])
        assert results[0].outcome is Outcome.ADDED
        added = ws.units.by_name("BÁO QUẢNG NGÃI")
        assert added is not None and added.id != bao.id and added.abbreviation == "BQN"


def test_consolidated_progress_figures(exchange, dept):
    _receive_all(exchange, dept)
    rows = {r.code: r for r in dept.figures.consolidated(YEAR, END)}
    plan = dept.plans.require(YEAR)
    assert list(rows) == [t.code for t in plan.targets]
    totals = {}
    for a in [a for acts in UNIT_DATA.values() for a in acts] + SO_DATA + DAI_LATER:
        if a.target_code:
            totals[a.target_code] = totals.get(a.target_code, 0) + a.quantity
    for code, row in rows.items():
        assert row.actual == totals.get(code, 0), code
    # Per-unit targets: 12 programmes for each of the 13 districts.
    sx = rows["III.2.đ/SX"]
    assert (sx.target, sx.units, sx.actual) == (12 * 13, 13, 18)
    assert sx.percent == pytest.approx(18 * 100 / 156)
    assert sx.status is Status.NOT_MET
    shares = {s.unit.name: s for s in sx.breakdown}
    assert len(shares) == 13
    assert (shares[BINH_SON].target, shares[BINH_SON].actual, shares[BINH_SON].status) == (
        12,
        12,
        Status.MET,
    )
    assert (shares[LY_SON].actual, shares[LY_SON].percent) == (6, 50.0)
    assert shares["UBND huyện Ba Tơ"].actual == 0
    pl = rows["III.2.đ/PL"]
    assert (pl.target, pl.actual) == (36 * 13, 30)
    # Other targets: the plan's number, carried by the leading unit.
    pt = rows["III.2.a/PT"]
    assert (pt.target, pt.actual, pt.units, pt.status) == (52, 52, 1, Status.MET)
    assert rows["III.2.a/TH"].cost == 52 * 2_000_000
    assert rows["III.2.b/IN"].status is Status.MET
    assert (rows["III.2.b/DT"].actual, rows["III.2.b/DT"].target) == (20, 24)
    assert (rows["III.1"].actual, rows["III.1"].status) == (1, Status.MET)
    assert rows["III.4.a"].actual == 6
    # A unit contributing to a target it does not lead is listed, without a target of its own.
    event = rows["III.3.a"]
    contrib = {s.unit.name: s for s in event.breakdown}
    assert (
        contrib[DAI].carries is False and contrib[DAI].target is None and contrib[DAI].actual == 2
    )
    assert contrib[SO].carries is True
    assert rows["III.3.c"].target is None and rows["III.3.c"].actual == 8
    # Activities outside numbered tasks, every unit together.
    assert dept.figures.other_by_form(None, YEAR, END) == [
        ("Tin bài", 1, 5, 0),
        ("Banner", 1, 3, 0),
    ]


def test_submissions_view_and_deadline(exchange, dept):
    _receive_all(exchange, dept)
    plan = dept.plans.require(YEAR)
    deadline = report_deadline(plan)
    assert deadline == date(2023, 12, 1)
    rows = {r.unit.name: r for r in dept.submissions.expected_units(YEAR)}
    assert SO not in rows  # the department does not report to itself
    assert len(rows) == 5 + 13
    assert rows[DAI].first_received == date(2023, 11, 28)
    assert submission_status(rows[DAI].first_received, deadline) == "Đã nộp, đúng hạn"
    assert rows[DAI].activities == len(UNIT_DATA[DAI]) + len(DAI_LATER)
    assert rows["Tỉnh đoàn Quảng Ngãi"].submission is None
    assert submission_status(None, deadline) == "Chưa nộp"
    dept.plans.set_report_deadline(YEAR, date(2023, 11, 15))
    assert submission_status(
        rows[BAO].first_received, report_deadline(dept.plans.require(YEAR))
    ) == ("Đã nộp, trễ hạn")
    dept.units.set_expected(dept.units.by_name("Sở Tài chính").id, False)
    rows = {r.unit.name: r for r in dept.submissions.expected_units(YEAR)}
    assert rows["Sở Tài chính"].expected is False and rows[BAO].expected is True
    assert submission_status(None, deadline, expected=False) == "Không phải nộp"


def test_own_package_and_year_without_plan_are_refused(dept, tmp_path):
    from desktop.io.package import write_package
    from desktop.io.package_import import receive_package

    own = write_package(dept, YEAR, tmp_path / "so.cdsgoi").path
    result = receive_package(dept, own)
    assert result.outcome is Outcome.REFUSED
    assert result.message == f"Gói “so.cdsgoi” bị từ chối: đây là gói của chính đơn vị “{SO}”."
    with Workspace.open(tmp_path / "dai2024.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.plans.copy(2023, 2024)
        ws.activities.add(Activity(date(2024, 3, 1), "Năm sau", "Chuyên mục"))
        later = write_package(ws, 2024, tmp_path / "dai2024.cdsgoi").path
    result = receive_package(dept, later)
    assert result.outcome is Outcome.REFUSED
    assert "Chưa có kế hoạch năm 2024" in result.message
    assert dept.submissions.history(2024) == []


def _target(code: str, target: int | None, *, per_unit: bool = False, lead: str = "huyen"):
    from desktop.domain.plan import Target

    return Target(
        code=code,
        task=code,
        title=f"Nhiệm vụ {code}",
        measure="chuyên mục",
        target=target,
        due_start=date(2023, 1, 1),
        due_end=date(2023, 12, 31),
        due_label="năm 2023",
        lead_kinds=(lead,),
        per_unit=per_unit,
    )


def test_consolidated_progress_rules_on_plain_data():
    from desktop.domain.consolidation import consolidated_progress, province_target
    from desktop.domain.plan import Plan, Unit
    from desktop.domain.progress import Tally

    plan = Plan(
        2023,
        "KH",
        targets=[
            _target("A", 12, per_unit=True),
            _target("B", 10, lead="so"),
            _target("C", 5, per_unit=True, lead="nobody"),
        ],
    )
    units = [
        Unit("Huyện 1", lead_kinds=("huyen",), id=1),
        Unit("Huyện 2", lead_kinds=("huyen",), id=2),
        Unit("Sở 1", lead_kinds=("so",), id=3),
        Unit("Sở 2", lead_kinds=("so",), id=4),
    ]
    tallies = {
        (1, "A"): Tally(total=12, on_time=12, count=12),
        (2, "A"): Tally(total=3, on_time=3, count=3),
        (3, "B"): Tally(total=4, on_time=4, count=4),
        (4, "B"): Tally(total=7, on_time=7, count=7),
        (1, "B"): Tally(total=1, on_time=1, count=1),
        (2, None): Tally(total=9, on_time=9, count=9),
    }
    a, b, c = consolidated_progress(plan, units, tallies, date(2023, 12, 31))
    assert (a.target, a.actual, a.units, a.status) == (24, 15, 2, Status.NOT_MET)
    assert [(s.unit.name, s.target, s.actual, s.status) for s in a.breakdown] == [
        ("Huyện 1", 12, 12, Status.MET),
        ("Huyện 2", 12, 3, Status.NOT_MET),
    ]
    # Two leading units share one number: the province's, none of their own.
    assert (b.target, b.actual, b.units, b.status) == (10, 12, 2, Status.MET)
    assert [(s.unit.name, s.carries, s.target) for s in b.breakdown] == [
        ("Sở 1", True, None),
        ("Sở 2", True, None),
        ("Huyện 1", False, None),
    ]
    # A per-unit target nobody carries has no province number.
    assert (c.target, c.status, c.breakdown) == (None, Status.NO_TARGET, [])
    assert province_target(plan.targets[0], 13) == 156 and province_target(plan.targets[1], 3) == 10


def test_a_report_counts_as_sent_the_day_its_package_was_made():
    from desktop.domain.consolidation import sent_on

    made, received = date(2023, 11, 30), date(2023, 12, 4)
    assert sent_on(made, received) == made
    # A package cannot be sent after it arrived: a later date is a wrong clock.
    assert sent_on(date(2024, 1, 9), received) == received
    assert sent_on(None, received) == received
    assert sent_on(made, None) == made
    assert sent_on(None, None) is None
    deadline = date(2023, 12, 1)
    assert submission_status(sent_on(made, received), deadline) == "Đã nộp, đúng hạn"
    assert submission_status(sent_on(date(2024, 1, 9), received), deadline) == "Đã nộp, trễ hạn"
