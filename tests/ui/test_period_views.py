"""Every view counts the plan's period: under the Nghị định 09 window
(15/12 of the year before to 14/12) the progress table, its monthly chart,
"Việc cần làm", the consolidated progress and the previous-year comparison
count the activities the report counts, on both sides of each boundary,
and each once."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.due import period_as_of
from desktop.domain.period import year_period
from desktop.reports.gather import gather_consolidated, gather_unit
from desktop.ui.due_panel import DuePanel
from desktop.ui.progress_page import ProgressPage

TH = "III.2.a/TH"
# Three in the 2022 window (15/12/2021 – 14/12/2022), four in 2023's, one in 2024's.
DAYS = {
    2022: [date(2021, 12, 20), date(2022, 6, 10), date(2022, 12, 10)],
    2023: [date(2022, 12, 20), date(2023, 1, 5), date(2023, 6, 10), date(2023, 12, 10)],
    2024: [date(2023, 12, 16)],
}


@pytest.fixture
def nd09_ws(unit_ws):
    unit_ws.plans.copy(2023, 2022)
    unit_ws.plans.copy(2023, 2024)
    for year in (2022, 2023, 2024):
        unit_ws.plans.set_window(year, "nd09")
    unit = unit_ws.units.require_self_unit()
    acts = [
        Activity(d, f"Chuyên mục {d:%d/%m/%Y}", "Chuyên mục", target_code=TH)
        for days in DAYS.values()
        for d in days
    ]
    unit_ws.activities.insert_many(acts, unit.id)
    return unit_ws


def _th(rows):
    return next(r for r in rows if r.code == TH)


def test_report_progress_and_consolidation_count_the_same_window(nd09_ws):
    ws = nd09_ws
    unit = ws.units.require_self_unit()
    report = gather_unit(ws, 2023, report_date=date(2024, 1, 5))
    assert report.on == date(2023, 12, 14)
    assert _th(report.rows).actual == 4
    assert report.previous[TH] == 3  # 15/12/2021 – 14/12/2022, the same window a year before
    assert _th(ws.figures.progress(unit.id, 2023)).actual == 4
    assert _th(ws.figures.consolidated(2023)).actual == 4
    assert _th(gather_consolidated(ws, 2023).rows).actual == 4
    view = ws.figures.consolidated_view(2023, date(2023, 12, 14))
    assert view.previous[(unit.id, TH)].total == 3
    # Each activity in one year only: 3 + 4 + 1 of the 8 recorded.
    counted = [_th(ws.figures.progress(unit.id, y)).actual for y in (2022, 2023, 2024)]
    assert counted == [3, 4, 1]
    # The chart's months: T1 runs 15/12/2022 – 14/01/2023, T12 15/11 – 14/12/2023.
    assert ws.figures.monthly_totals(unit.id, 2023, TH) == [2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1]
    # Quarters end on the 14th under the window.
    span = year_period(2023, "nd09")
    assert period_as_of(2023, "q1", date(2023, 12, 14), span) == date(2023, 3, 14)
    assert period_as_of(2023, "year", date(2023, 12, 14), span) == date(2023, 12, 14)


def test_progress_page_and_chart_follow_the_window(nd09_ws, ctx, qtbot):
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.as_of_date() == date(2023, 12, 14)  # the window's last day, once it is over
    assert page.heading.text() == (
        "Tiến độ thực hiện kế hoạch năm 2023 đến ngày 14/12/2023 "
        "(kỳ báo cáo 15/12/2022 – 14/12/2023)"
    )
    row = next(i for i, r in enumerate(page.model.rows) if r.code == TH)
    assert page.model.rows[row].actual == 4
    page.table.selectRow(row)
    assert page.chart.actual == [2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 4]
    assert page.chart.actual[-1] == _th(gather_unit(nd09_ws, 2023).rows).actual
    assert page.chart.expected[-1] == 52
    assert "Kỳ báo cáo 15/12/2022 – 14/12/2023" in page.chart.title
    # "As of" a day of the window before 1/1: counted and charted to it.
    page.as_of.setText("20/12/2022")
    page._as_of_typed()
    assert page.as_of_error.text() == ""
    assert "đến ngày 20/12/2022" in page.heading.text()
    assert page.model.rows[row].actual == 1
    assert page.chart.actual == [1]
    # A day after the window is refused with the period named.
    page.as_of.setText("16/12/2023")
    page._as_of_typed()
    assert "Kỳ báo cáo 15/12/2022 – 14/12/2023" in page.as_of_error.text()
    assert page.model.rows[row].actual == 1
    # Back to the calendar year: 5/1, 10/6, 10/12 and 16/12/2023.
    nd09_ws.plans.set_window(2023, "calendar")
    page.as_of.setText("31/12/2023")
    page._as_of_typed()
    page.refresh()
    assert page.heading.text() == (
        "Tiến độ thực hiện kế hoạch năm 2023 đến ngày 31/12/2023 (01/01/2023 – 31/12/2023)"
    )
    assert page.model.rows[row].actual == 4
    assert page.chart.actual == [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 4]


def test_due_view_counts_the_reporting_month_and_window(nd09_ws, ctx, qtbot):
    panel = DuePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh(date(2023, 12, 12))
    assert panel.period_label.text() == "Số liệu tính trong Kỳ báo cáo 15/12/2022 – 14/12/2023."
    rows = {
        panel.table.item(r, 0).text().split(" – ")[0]: panel.table.item(r, 2).text()
        for r in range(panel.table.rowCount())
    }
    # This month is 15/11 – 12/12: the pace asks 52 × 28/365, done: 10/12.
    assert rows[TH] == "4 / 1"
    # The window closes on 14/12, not 31/12: 2 days left, 48 of 52 missing.
    assert "III.2.a/TH hết hạn 14/12/2023 (còn 2 ngày, còn thiếu 48)" in panel.closing.text()
    # 20/12/2023 lies in the 2024 window: its own month, from 15/12/2023.
    panel.refresh(date(2023, 12, 20))
    assert "15/12/2023 – 14/12/2024" in panel.period_label.text()
    rows = {
        panel.table.item(r, 0).text().split(" – ")[0]: panel.table.item(r, 2).text()
        for r in range(panel.table.rowCount())
    }
    assert rows[TH].endswith(" / 1")


def test_plan_page_chooses_the_period_and_the_progress_follows(nd09_ws, ctx, qtbot, capsys):
    from modal import when_modal
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.plan_page import PlanPage

    nd09_ws.plans.set_window(2023, "calendar")
    plan_page, progress = PlanPage(ctx), ProgressPage(ctx)
    for w in (plan_page, progress):
        qtbot.addWidget(w)
        w.show()
    box = plan_page.period
    row = next(i for i, r in enumerate(progress.model.rows) if r.code == TH)
    assert box.choice.currentData() == "calendar"
    assert box.caption.text() == "Năm 2023 (01/01/2023 – 31/12/2023)"
    assert progress.model.rows[row].actual == 4  # 5/1, 10/6, 10/12, 16/12/2023

    def choose_nd09() -> None:
        box.choice.setCurrentIndex(box.choice.findData("nd09"))
        box.choice.activated.emit(box.choice.currentIndex())

    # Asked first; "No" stores nothing and puts the choice back.
    when_modal("confirmPlanWindow", lambda m: m.button(QMessageBox.StandardButton.No).click())
    choose_nd09()
    assert nd09_ws.plans.require(2023).window == "calendar"
    assert box.choice.currentData() == "calendar" and box.undo_button.isHidden()

    # "Yes": stored through the store, the progress recounted at once.
    when_modal("confirmPlanWindow", lambda m: m.button(QMessageBox.StandardButton.Yes).click())
    choose_nd09()
    assert nd09_ws.plans.require(2023).window == "nd09"
    assert main(["plan", "show", "--db", str(nd09_ws.path), "--year", "2023"]) == 0
    assert "Kỳ số liệu: kỳ báo cáo năm theo Nghị định 09/2019" in capsys.readouterr().out
    assert box.caption.text() == "Kỳ báo cáo 15/12/2022 – 14/12/2023"
    assert progress.model.rows[row].actual == 4  # 20/12/2022, 5/1, 10/6, 10/12/2023
    assert progress.heading.text().endswith("(kỳ báo cáo 15/12/2022 – 14/12/2023)")
    progress.table.selectRow(row)
    assert progress.chart.actual[0] == 2

    # One click undoes it.
    assert not box.undo_button.isHidden()
    box.undo_button.click()
    assert nd09_ws.plans.require(2023).window == "calendar"
    assert box.choice.currentData() == "calendar" and box.undo_button.isHidden()
    assert progress.heading.text().endswith("đến ngày 31/12/2023 (01/01/2023 – 31/12/2023)")
    assert progress.chart.actual[0] == 1


def test_activity_list_shows_the_window(nd09_ws, ctx, qtbot):
    """The list of the year holds what its figures count: from 15/12 of the
    year before to 14/12, a month being the reporting month."""
    from desktop.ui.activities_model import COL_DATE
    from desktop.ui.activities_page import ActivitiesPage

    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()

    def dates() -> list[str]:
        return sorted(page.model.index(r, COL_DATE).data() for r in range(page.model.count))

    assert page.model.count == 4 == _th(ctx.workspace.figures.progress(ctx.unit.id, 2023)).actual
    assert "20/12/2022" in dates() and "16/12/2023" not in dates()
    page.month.setCurrentIndex(page.month.findData(1))
    assert page.month.currentText() == "Tháng 1 (15/12 – 14/01)"
    page.apply_filter()
    assert sorted(dates()) == ["05/01/2023", "20/12/2022"]
    # Under the calendar year: the calendar year's records, calendar months.
    nd09_ws.plans.set_window(2023, "calendar")
    page.reload_choices()
    page.month.setCurrentIndex(0)
    page.apply_filter()
    assert page.model.count == 4 and "16/12/2023" in dates() and "20/12/2022" not in dates()
    assert page.month.itemText(1) == "Tháng 1"


def test_a_year_without_a_plan_takes_the_nearest_window(unit_ws):
    """Only 2023 has a plan, on the window: 2024's period is its window too, so
    16/12/2023 counts in 2024 (not lost, not twice), and the unit's history
    year by year agrees with the progress of each year."""
    from desktop.domain.period import window_for

    assert window_for(2024, {2023: "nd09"}) == "nd09"
    assert window_for(2021, {2022: "calendar", 2023: "nd09"}) == "calendar"
    assert window_for(2025, {2023: "calendar", 2027: "nd09"}) == "nd09"  # a tie: the later
    assert window_for(2024, {}) == "calendar"
    unit_ws.plans.set_window(2023, "nd09")
    unit = unit_ws.units.require_self_unit()
    days = [date(2022, 12, 10), date(2022, 12, 20), date(2023, 6, 10), date(2023, 12, 16)]
    unit_ws.activities.insert_many(
        [Activity(d, f"Tin {d}", "Chuyên mục", target_code=TH) for d in days], unit.id
    )
    assert unit_ws.figures.period(2024) == (date(2023, 12, 15), date(2024, 12, 14))
    assert unit_ws.figures.period(2022) == (date(2021, 12, 15), date(2022, 12, 14))
    history = {r["year"]: r["activities"] for r in unit_ws.figures.history(unit.id)}
    assert history == {2022: 1, 2023: 2, 2024: 1}
    assert _th(unit_ws.figures.progress(unit.id, 2023)).actual == 2
    assert sum(history.values()) == len(days)


def test_a_calendar_year_then_a_window_is_checked_for_the_days_counted_twice(unit_ws):
    """2022 over the calendar year, 2023 over the window: 15–31/12/2022 count
    in both years' figures; both reports' checks say so, with the count."""
    from desktop.reports.consolidated import consolidated_report
    from desktop.reports.context import unit_report
    from desktop.reports.preflight import check_consolidated_report, check_unit_report

    unit_ws.plans.copy(2023, 2022)
    unit_ws.plans.set_window(2023, "nd09")
    unit = unit_ws.units.require_self_unit()
    days = [date(2022, 12, 10), date(2022, 12, 20), date(2023, 1, 5)]
    unit_ws.activities.insert_many(
        [Activity(d, f"Tin {d}", "Chuyên mục", target_code=TH) for d in days], unit.id
    )
    counted = [_th(unit_ws.figures.progress(unit.id, y)).actual for y in (2022, 2023)]
    assert counted == [2, 2]  # 20/12/2022 in both
    data = gather_unit(unit_ws, 2023)
    assert data.overlap == (date(2022, 12, 15), date(2022, 12, 31), 1)
    found = [f for f in check_unit_report(data, unit_report(data)) if f.code == "period_overlap"]
    assert [f.message for f in found] == [
        "Kỳ số liệu năm 2023 bắt đầu từ ngày 15/12/2022, trước khi kỳ của năm 2022 kết thúc "
        "(31/12/2022): 1 hoạt động từ ngày 15/12/2022 đến ngày 31/12/2022 được tính ở cả hai "
        "năm. Hãy chọn cùng một kỳ số liệu cho hai năm ở trang Kế hoạch (hoặc lệnh: plan set "
        "--window), hoặc ghi rõ điều này trong báo cáo."
    ]
    consolidated = gather_consolidated(unit_ws, 2023)
    codes = [
        f.code for f in check_consolidated_report(consolidated, consolidated_report(consolidated))
    ]
    assert "period_overlap" in codes
    # The same window for both years: nothing shared, nothing to say.
    unit_ws.plans.set_window(2022, "nd09")
    assert gather_unit(unit_ws, 2023).overlap is None
    counted = [_th(unit_ws.figures.progress(unit.id, y)).actual for y in (2022, 2023)]
    assert counted == [1, 2]
