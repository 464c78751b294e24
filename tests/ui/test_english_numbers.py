"""Numbers in the English interface: shown with the comma for thousands and
the point for decimals (desktop/ui/numbers.py), read back from the fields the
English way without ever guessing; the Vietnamese interface, the reports
and the domain keep the Vietnamese way."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.text import NumberError, format_int, format_percent
from desktop.ui import numbers
from desktop.ui.activities_model import COL_COST, COL_QUANTITY
from desktop.ui.activities_page import ActivitiesPage
from desktop.ui.context import AppContext
from desktop.ui.progress_page import (
    COL_ACTUAL,
    COL_CODE,
    COL_EXPECTED,
    COL_PERCENT,
    COL_TARGET,
    ProgressPage,
)
from desktop.ui.report_page import ReportPage


def save(dialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def stored(ws, activity_id: int) -> tuple[int, int]:
    a = ws.activities.get(activity_id)
    return a.quantity, a.cost


@pytest.fixture
def mid_year(monkeypatch):
    monkeypatch.setattr(AppContext, "on_date", lambda self: date(2023, 7, 2))


def test_numbers_follow_the_installed_language(qapp, english):
    assert numbers.integer(1096) == "1,096"
    assert numbers.integer(-1_500_000) == "-1,500,000"
    assert numbers.decimal(1234.56) == "1,234.6"
    assert numbers.percent(67.3077) == "67.3%"
    assert numbers.percent(99.95) == "99.9%"  # short of 100 never shows 100
    assert numbers.percent(None) == ""
    # the domain (reports, command line, files) stays Vietnamese meanwhile
    assert (format_int(1096), format_percent(67.3077)) == ("1.096", "67,3%")


def test_vietnamese_numbers_when_no_translation_is_installed():
    assert numbers.integer(1096) == "1.096"
    assert numbers.decimal(1234.56) == "1.234,6"
    assert numbers.percent(67.3077) == "67,3%"
    assert numbers.read_whole("1.500.000", money=True) == 1_500_000
    assert numbers.read_whole("1.500") == 1500
    with pytest.raises(NumberError):
        numbers.read_whole("1,500")  # could be 1,5: the domain refuses it


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("  ", None),
        ("2500000", 2_500_000),
        ("2,500,000", 2_500_000),
        ("1,500", 1500),
        ("2 500 000", 2_500_000),
        ("VND 2,500,000", 2_500_000),
        ("2,500,000 VND", 2_500_000),
        ("2,500,000 đ", 2_500_000),
        ("2.500.000 đồng", "“2.500.000 đồng” is unclear"),
        (
            "1.500",
            "“1.500” is unclear: in the English interface a point marks decimals; "
            "write 1,500 or 1500",
        ),  # fmt: skip
        ("1.5", "“1.5” has a decimal part"),
        ("1,500.00", "“1,500.00” has a decimal part"),
        ("1,5", "“1,5” is not a whole number written properly (for example 1,500,000)"),
        ("15,00", "“15,00” is not a whole number written properly"),
        ("1,50,000", "“1,50,000” is not a whole number written properly"),
        ("-5", "“-5” is not a whole number written properly"),
        (
            "1,5 triệu",
            "“1,5 triệu” has words in it; write the number in full, for example 1,500,000",
        ),
    ],
)
def test_reading_a_cost_typed_in_english(english, text, value):
    if not isinstance(value, str):
        assert numbers.read_whole(text, money=True) == value
        return
    with pytest.raises(NumberError) as refused:
        numbers.read_whole(text, money=True)
    assert refused.value.message.startswith(value), refused.value.message


def test_what_a_field_shows_reads_back_as_itself(english):
    for value in (0, 7, 999, 1000, 1096, 1_500_000, 123_456_789_000):
        assert numbers.read_whole(numbers.integer(value), money=True) == value
        assert numbers.entry_text(numbers.integer(value)) == (str(value), None)


def test_the_activities_list_and_status_bar_in_english(english, window, ctx, add):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", quantity=1096, cost=1_500_000)
    add(date(2023, 1, 13), "Chuyên mục CĐS tuần 2", cost=250_000)
    window.ctx.data_changed.emit()
    page = window.activities
    assert page.summary_text == "Activities: 2 · Quantity: 1,097 · Cost: VND 1,750,000"
    assert window.status_text.text() == page.summary_text
    row = next(r for r in range(page.model.rowCount()) if page.model.index(r, COL_COST).data())
    shown = {page.model.index(r, COL_QUANTITY).data() for r in range(page.model.rowCount())}
    assert shown == {"1,096", "1"}
    assert page.model.index(row, COL_COST).data() in {"1,500,000", "250,000"}


def test_the_vietnamese_status_bar_is_unchanged(window, add):
    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", quantity=1096, cost=1_500_000)
    window.ctx.data_changed.emit()
    page = window.activities
    assert page.summary_text == "1 hoạt động · Số lượng: 1.096 · Kinh phí: 1.500.000 đồng"
    assert page.model.index(0, COL_QUANTITY).data() == "1.096"


def test_a_cost_field_round_trip_in_english(english, ctx, qtbot, add, unit_ws, type_text):
    activity_id = add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", quantity=1200, cost=1_500_000)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_ids([activity_id])

    # Opened and saved without a change: the same numbers are stored.
    page.edit_selected()
    dialog = page.dialog
    assert (dialog.quantity.text(), dialog.cost.text()) == ("1,200", "1,500,000")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    assert stored(unit_ws, activity_id) == (1200, 1_500_000)

    # Typed the English way: read as meant, shown the English way.
    page.edit_selected()
    dialog = page.dialog
    dialog.cost.clear()
    type_text(dialog.cost, "2,500,000")
    save(dialog, qtbot)
    assert not dialog.isVisible()
    assert stored(unit_ws, activity_id) == (1200, 2_500_000)

    page.edit_selected()
    dialog = page.dialog
    dialog.cost.clear()
    type_text(dialog.cost, "3500000")
    dialog.cost.editingFinished.emit()
    assert dialog.cost.text() == "3,500,000"
    dialog.reach_edits["views"].setText("12345")
    dialog.reach_edits["views"].editingFinished.emit()
    assert dialog.reach_edits["views"].text() == "12,345"
    save(dialog, qtbot)
    assert stored(unit_ws, activity_id) == (1200, 3_500_000)
    assert unit_ws.activities.get(activity_id).views == 12345

    # Never a guess: "1,5" and "1.500" are refused, nothing is written.
    page.edit_selected()
    dialog = page.dialog
    dialog.cost.setText("1,5")
    dialog.quantity.setText("1.500")
    save(dialog, qtbot)
    assert dialog.isVisible()
    assert dialog.errors["cost"].text() == (
        "“1,5” is not a whole number written properly (for example 1,500,000)"
    )
    assert dialog.errors["quantity"].text() == (
        "“1.500” is unclear: in the English interface a point marks decimals; write 1,500 or 1500"
    )
    assert "2 problem(s) to fix" in dialog.banner.text()
    assert stored(unit_ws, activity_id) == (1200, 3_500_000)
    dialog.done(0)


def test_a_cost_field_in_vietnamese_reads_the_vietnamese_way(ctx, qtbot, add, unit_ws):
    activity_id = add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1", cost=1_500_000)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.select_ids([activity_id])
    page.edit_selected()
    dialog = page.dialog
    assert dialog.cost.text() == "1.500.000"
    save(dialog, qtbot)
    assert stored(unit_ws, activity_id) == (1, 1_500_000)
    page.edit_selected()
    dialog = page.dialog
    dialog.cost.setText("2.500.000")
    save(dialog, qtbot)
    assert stored(unit_ws, activity_id) == (1, 2_500_000)


def progress_rows(ctx, qtbot) -> dict[str, list[str]]:
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    cols = (COL_TARGET, COL_ACTUAL, COL_PERCENT, COL_EXPECTED)
    rows = {}
    for r in range(page.model.rowCount()):
        code = page.model.index(r, COL_CODE).data()
        rows[code] = [page.model.index(r, c).data() for c in cols]
    return page, rows


def test_a_progress_row_and_the_chart_in_english(english, mid_year, ctx, qtbot, add):
    add(date(2023, 1, 4), "Phát thanh tháng 1", code="III.2.a/PT", quantity=35)
    add(date(2023, 1, 6), "Truyền hình tháng 1", quantity=1096)
    page, rows = progress_rows(ctx, qtbot)
    # 35 of 52 is 67.3%; 26.1 expected by 2 July
    assert rows["III.2.a/PT"] == ["52", "35", "67.3%", "26.1"]
    assert rows["III.2.a/TH"] == ["52", "1,096", "2,107.7%", "26.1"]
    page.table.selectRow(list(rows).index("III.2.a/TH"))
    assert page.chart.axis_labels() == ["0", "500", "1,000", "1,500", "2,000"]
    assert not page.chart.grab().isNull()


def test_a_progress_row_in_vietnamese(mid_year, ctx, qtbot, add):
    add(date(2023, 1, 4), "Phát thanh tháng 1", code="III.2.a/PT", quantity=35)
    add(date(2023, 1, 6), "Truyền hình tháng 1", quantity=1096)
    page, rows = progress_rows(ctx, qtbot)
    assert rows["III.2.a/PT"] == ["52", "35", "67,3%", "26,1"]
    assert rows["III.2.a/TH"] == ["52", "1.096", "2.107,7%", "26,1"]
    page.table.selectRow(list(rows).index("III.2.a/TH"))
    assert page.chart.axis_labels() == ["0", "500", "1.000", "1.500", "2.000"]


def test_the_due_panel_and_the_report_page_in_english(english, ctx, qtbot, add):
    add(date(2023, 6, 5), "Truyền hình tháng 6", quantity=1096)
    page = ActivitiesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.due.refresh(date(2023, 6, 14))
    cells = {
        page.due.table.item(r, 0).text().split(" – ")[0]: page.due.table.item(r, 2).text()
        for r in range(page.due.table.rowCount())
    }
    assert cells == {"III.2.a/PT": "2 / 0", "III.2.a/TH": "2 / 1,096"}
    # the week of 12..14/06 holds none of them
    week = [page.due.table.item(r, 1).text() for r in range(page.due.table.rowCount())]
    assert week == ["0.4 / 0", "0.4 / 0"]

    report = ReportPage(ctx)
    qtbot.addWidget(report)
    shown = " ".join(
        report.tasks_layout.itemAt(i).widget().text()
        for i in range(report.tasks_layout.count())
        if hasattr(report.tasks_layout.itemAt(i).widget(), "text")
    )
    assert "1,096/52" in shown and "2,107.7%" in shown
    assert "1.096" not in shown and "2.107,7%" not in shown


def test_the_interface_formats_numbers_through_one_module():
    """No module of desktop/ui but numbers.py calls the domain's Vietnamese
    number formats: a new one would show Vietnamese numbers in English."""
    import ast
    from pathlib import Path

    domain_formats = {"format_int", "format_decimal", "format_percent", "format_money"}
    ui = Path(numbers.__file__).parent
    offenders = []
    for path in sorted(ui.glob("*.py")):
        if path.name == "numbers.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("domain.text"):
                offenders += [
                    f"{path.name}: {a.name}" for a in node.names if a.name in domain_formats
                ]
            if isinstance(node, ast.Attribute) and node.attr in domain_formats:
                offenders.append(f"{path.name}: .{node.attr}")
    assert offenders == []


def test_a_count_in_a_domain_message_is_written_by_the_interface(english):
    import pickle

    from desktop.domain.activity import check_title
    from desktop.domain.text import Count
    from desktop.ui.texts import translated_message

    _, message = check_title("a" * 2345)
    assert message == "dài 2.345 ký tự, tối đa 2.000"  # the command line and files
    assert translated_message(message) == "2,345 characters long, at most 2,000"
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again.values["length"], Count)
    assert translated_message(again) == "2,345 characters long, at most 2,000"
    assert f"{Count(2023):d}" == "2023"  # a format of its own keeps it plain


def test_a_count_in_vietnamese_stays_as_the_domain_wrote_it():
    from desktop.domain.activity import check_title
    from desktop.ui.texts import translated_message

    _, message = check_title("a" * 2345)
    assert translated_message(message) == "dài 2.345 ký tự, tối đa 2.000"


def test_the_pre_flight_check_counts_in_english(english):
    from desktop.reports.preflight import PLACE_TASK, Finding
    from desktop.ui.preflight_texts import finding_text

    args = (("code", "III.2.a/TH"), ("actual", "1.096"), ("target", "2.000"), ("measure", "bài"))
    finding = Finding(PLACE_TASK, "III.2.a/TH", "task_short", args)
    assert "1.096/2.000" in finding.message  # the command line's text
    shown = finding_text(finding)
    assert "1,096/2,000" in shown and "1.096" not in shown
