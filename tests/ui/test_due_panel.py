"""The "Việc cần làm" panel on the start page, and statuses in English."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.domain.activity import Activity
from desktop.domain.progress import Status
from desktop.ui.activities_page import ActivitiesPage
from desktop.ui.progress_page import ProgressPage
from desktop.ui.startup import install_translation, remove_translations
from desktop.ui.texts import translated


def act(d, code, qty=1):
    return Activity(date=d, title=f"{code} {d}", form="Chuyên mục", target_code=code, quantity=qty)


@pytest.fixture
def page(ctx, qtbot, unit_ws):
    unit_ws.activities.add(act(date(2023, 6, 5), "III.2.a/TH", 2))
    unit_ws.activities.add(act(date(2023, 6, 13), "III.2.a/TH"))
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def in_december_2026(monkeypatch):
    """The real day is 01/12/2026 for the panel."""
    import desktop.ui.due_panel as due_panel

    class Today(date):
        @classmethod
        def today(cls):
            return date(2026, 12, 1)

    monkeypatch.setattr(due_panel, "date", Today)


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_due_figures_against_a_fixed_date(page):
    page.due.refresh(date(2023, 6, 14))
    rows = cells(page.due.table)
    assert [r[0].split(" – ")[0] for r in rows] == ["III.2.a/PT", "III.2.a/TH"]  # behind first
    # Week 12..14/06: 52 * 3 / 365; month 1..14/06: 52 * 14 / 365.
    assert rows[0][1:] == ["0,4 / 0", "2 / 0", "Chậm, thiếu 2"]
    assert rows[1][1:] == ["0,4 / 1", "2 / 3", "Kịp tiến độ"]
    assert not page.due.banner.isVisible()


def test_due_figures_and_states_in_english(english, page):
    page.due.refresh(date(2023, 6, 14))
    rows = cells(page.due.table)
    assert rows[0][1:] == ["0.4 / 0", "2 / 0", "Behind, 2 short"]
    assert rows[1][1:] == ["0.4 / 1", "2 / 3", "On pace"]
    headers = [page.due.table.horizontalHeaderItem(c).text() for c in (1, 2)]
    assert headers == ["This week (12/06–18/06): due / done", "This month (06/2023): due / done"]
    page.due.refresh(date(2023, 11, 17))
    assert (
        page.due.banner.text() == "14 days left until the 2023 yearly report is due (01/12/2023)."
    )


def test_deadline_banner_from_14_days_before(page, unit_ws):
    assert unit_ws.plans.get(2023).report_deadline == date(2023, 12, 1)
    page.due.refresh(date(2023, 11, 16))
    assert not page.due.banner.isVisible()
    page.due.refresh(date(2023, 11, 17))
    assert page.due.banner.isVisible()
    assert page.due.banner.text() == "Còn 14 ngày đến hạn gửi báo cáo năm 2023 (01/12/2023)."
    page.due.refresh(date(2023, 12, 1))
    assert page.due.banner.text() == "Hôm nay (01/12/2023) là hạn gửi báo cáo năm 2023."
    page.due.refresh(date(2023, 12, 4))
    assert page.due.banner.text() == "Hạn gửi báo cáo năm 2023 là 01/12/2023, đã quá 3 ngày."


def test_a_past_years_deadline_counts_from_the_real_day(page, in_december_2026):
    """Working on 2023 in December 2026: the figures stop at 31/12/2023, the
    deadline is as far behind as it really is."""
    page.due.on = None
    page.due.refresh()
    assert page.due.banner.text() == "Hạn gửi báo cáo năm 2023 là 01/12/2023, đã quá 1.096 ngày."


def test_the_department_sees_who_has_not_sent(ctx, qtbot, ws):
    ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.due.refresh(date(2023, 11, 20))
    text = page.due.banner.text()
    assert text.startswith("Còn 11 ngày đến hạn gửi báo cáo năm 2023 (01/12/2023). Chưa gửi (")
    expected = [e for e in ws.submissions.expected_units(2023) if e.expected]
    assert f"Chưa gửi ({len(expected)}): " in text
    assert expected[0].unit.name in text


def test_windows_closing_soon_are_named(ctx, qtbot, ws):
    ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.due.refresh(date(2023, 9, 10))
    assert "III.3.a hết hạn 30/09/2023 (còn 20 ngày, còn thiếu 1)" in page.due.closing.text()


def test_statuses_in_english(ctx, qtbot, qapp, unit_ws):
    install_translation(qapp, "en")
    try:
        assert [translated(s.label) for s in Status] == [
            "Met",
            "Met (late)",
            "Not met",
            "On track",
            "Behind",
            "No target",
        ]
        page = ProgressPage(ctx)
        qtbot.addWidget(page)
        page.refresh()
        model = page.table.model()
        shown = {model.index(r, model.columnCount() - 1).data() for r in range(model.rowCount())}
        assert shown and shown <= {
            "Met",
            "Met (late)",
            "Not met",
            "On track",
            "Behind",
            "No target",
        }
    finally:
        remove_translations(qapp)


def test_progress_as_of_a_typed_date_and_by_quarter(ctx, qtbot, unit_ws):
    for month in range(1, 13):
        unit_ws.activities.add(act(date(2023, month, 10), "III.2.a/TH", 4))
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.show()
    actual = {r.code: r.actual for r in page.model.rows}
    assert actual["III.2.a/TH"] == 48  # the year is over: counted to 31/12
    page.as_of.setFocus()
    qtbot.keyClick(page.as_of, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(page.as_of, "15/5/23")
    qtbot.keyClick(page.as_of, Qt.Key.Key_Return)
    assert page.as_of.text() == "15/05/2023"
    assert "15/05/2023" in page.heading.text()
    assert {r.code: r.actual for r in page.model.rows}["III.2.a/TH"] == 20
    page.period.setCurrentIndex(page.period.findData("q3"))
    page.period.activated.emit(page.period.currentIndex())
    assert page.as_of.text() == "30/09/2023"
    assert {r.code: r.actual for r in page.model.rows}["III.2.a/TH"] == 36
    page.period.setCurrentIndex(page.period.findData("h1"))
    page.period.activated.emit(page.period.currentIndex())
    assert {r.code: r.actual for r in page.model.rows}["III.2.a/TH"] == 24


def test_a_year_without_a_plan_says_what_to_do_instead_of_an_empty_table(page):
    page.due.refresh(date(2026, 6, 1))
    assert page.due.table.rowCount() == 0
    assert not page.due.table.isVisible()
    assert page.due.empty.isVisible()
    assert page.due.empty.text().startswith(
        "Năm 2026 chưa có kế hoạch nên chưa có chỉ tiêu để theo dõi."
    )
    assert "Nhập kế hoạch từ văn bản…" in page.due.empty.text()
    # Back in the plan's year the table returns and the hint goes.
    page.due.refresh(date(2023, 6, 14))
    assert page.due.table.isVisible() and not page.due.empty.isVisible()
    page.due.setChecked(False)  # folded away: nothing of it shows
    assert not page.due.table.isVisible() and not page.due.empty.isVisible()


def test_a_past_years_windows_say_they_ended_not_0_days_left(page, in_december_2026):
    page.due.on = None
    page.due.refresh()
    rows = cells(page.due.table)
    assert [r[3] for r in rows] == ["Đã kết thúc ngày 31/12/2023"] * 2
    assert page.due.closing.text() == (
        "Mọi hạn chỉ tiêu năm 2023 của đơn vị đã kết thúc (hạn cuối cùng kết thúc ngày 31/12/2023)."
    )
    assert "còn 0 ngày" not in page.due.closing.text()
    assert "Sắp hết hạn" not in page.due.closing.text()
    assert page.due.table.item(0, 3).foreground().color() != Qt.GlobalColor.darkRed
    # The columns say which week and month they count, not "this week".
    headers = [page.due.table.horizontalHeaderItem(c).text() for c in (1, 2)]
    assert headers == ["Tuần 25/12–31/12/2023: cần / đã làm", "Tháng 12/2023: cần / đã làm"]


def test_a_past_years_windows_in_english(english, page, in_december_2026):
    page.due.on = None
    page.due.refresh()
    assert [r[3] for r in cells(page.due.table)] == ["Ended 31/12/2023"] * 2
    headers = [page.due.table.horizontalHeaderItem(c).text() for c in (1, 2)]
    assert headers == ["Week 25/12–31/12/2023: due / done", "Month 12/2023: due / done"]
    assert page.due.closing.text() == (
        "Every due window of the unit's 2023 targets has ended (the last ended 31/12/2023)."
    )


def test_on_its_last_day_a_window_ends_today(page):
    page.due.refresh(date(2023, 12, 31))
    assert page.due.closing.text() == (
        "Sắp hết hạn: III.2.a/PT hết hạn hôm nay (31/12/2023, còn thiếu 52); "
        "III.2.a/TH hết hạn hôm nay (31/12/2023, còn thiếu 49)"
    )
    assert [r[3] for r in cells(page.due.table)] == ["Chậm, thiếu 4,4"] * 2


def test_a_window_ended_before_the_day_is_listed_as_ended(english, page, unit_ws):
    plan = unit_ws.plans.get(2023)
    pt = next(t for t in plan.targets if t.code == "III.2.a/PT")
    unit_ws.plans.save_target(2023, replace(pt, due_end=date(2023, 6, 10)))
    page.due.refresh(date(2023, 6, 14))
    rows = cells(page.due.table)
    assert [(r[0].split(" – ")[0], r[3]) for r in rows] == [
        ("III.2.a/TH", "On pace"),
        ("III.2.a/PT", "Ended 10/06/2023"),
    ]
    assert page.due.closing.text() == "No target's due window ends in the next 30 days."
