"""Tiến độ, Kế hoạch and Đơn vị pages, and the first-run dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMessageBox

from desktop.ui.first_run import FirstRunDialog
from desktop.ui.plan_page import PlanPage
from desktop.ui.progress_page import (
    COL_ACTUAL,
    COL_CODE,
    COL_EXPECTED,
    COL_PERCENT,
    COL_STATUS,
    COL_TARGET,
    ProgressPage,
    cumulative,
)
from desktop.ui.unit_page import UnitPage


def cell(view, row: int, col: int) -> str:
    return view.model().index(row, col).data()


def test_progress_figures_and_statuses(ctx, qtbot, add):
    # 2023 is over: weekly TV programmes 52/52 (met), radio 26/52 (not met).
    for week in range(52):
        add(
            date(2023, 1, 2) + (date(2023, 1, 9) - date(2023, 1, 2)) * week,
            f"Truyền hình tuần {week + 1}",
        )
    for week in range(26):
        add(
            date(2023, 1, 4) + (date(2023, 1, 11) - date(2023, 1, 4)) * week,
            f"Phát thanh tuần {week + 1}",
            code="III.2.a/PT",
        )
    add(date(2023, 5, 1), "Tin hội thảo", code=None, form="Tin bài", cost=2_000_000)
    add(date(2023, 5, 2), "Tin tập huấn", code=None, form="Tin bài")
    add(date(2023, 6, 1), "Phóng sự Lý Sơn", code=None, form="Phóng sự", quantity=3)
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()

    rows = {cell(page.table, r, COL_CODE): r for r in range(page.model.rowCount())}
    assert set(rows) == {"III.2.a/PT", "III.2.a/TH"}
    th, pt = rows["III.2.a/TH"], rows["III.2.a/PT"]
    assert [
        cell(page.table, th, c)
        for c in (COL_TARGET, COL_ACTUAL, COL_PERCENT, COL_EXPECTED, COL_STATUS)
    ] == [
        "52",
        "52",
        "100%",
        "52",
        "Đạt",
    ]
    assert [cell(page.table, pt, c) for c in (COL_ACTUAL, COL_PERCENT, COL_STATUS)] == [
        "26",
        "50%",
        "Không đạt",
    ]
    assert (
        page.model.index(th, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole).color().name()
        == "#c8e6c9"
    )
    assert (
        page.model.index(pt, COL_STATUS).data(Qt.ItemDataRole.BackgroundRole).color().name()
        == "#ffcdd2"
    )
    assert "đến ngày 31/12/2023" in page.heading.text()

    # Other activities by form, the largest first.
    other = [[page.other.item(r, c).text() for c in range(4)] for r in range(page.other.rowCount())]
    assert other == [["Phóng sự", "1", "3", "0"], ["Tin bài", "2", "2", "2.000.000"]]

    # The chart follows the selected target: cumulative by month, expected line to 26/52.
    page.table.selectRow(pt)
    assert page.chart.title.startswith("III.2.a/PT")
    # A narrow chart shortens the task's title, never the period at its end.
    assert page.chart.title.endswith(" · Năm 2023 (01/01/2023 – 31/12/2023)")
    assert page.chart.shown_title(5000) == page.chart.title
    narrow = page.chart.shown_title(420)
    assert narrow.startswith("III.2.a/PT – ") and "…" in narrow
    assert narrow.endswith(" · Năm 2023 (01/01/2023 – 31/12/2023)")
    assert page.chart.fontMetrics().horizontalAdvance(narrow) <= 420 - 16
    assert page.chart.toolTip() == page.chart.title
    assert page.chart.actual[-1] == 26 and len(page.chart.actual) == 12
    assert page.chart.actual == cumulative(
        ctx.workspace.figures.monthly_totals(ctx.unit.id, 2023, "III.2.a/PT")
    )
    assert round(page.chart.expected[5]) == 26  # half the year: half of 52
    assert page.chart.expected[-1] == 52
    assert not page.chart.grab().isNull()

    # Double-clicking a target asks for its activities.
    with qtbot.waitSignal(page.target_activated) as signal:
        rect = page.table.visualRect(page.model.index(th, COL_CODE))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["III.2.a/TH"]


def test_progress_on_track_and_behind_during_the_year(ctx, qtbot, add, monkeypatch):
    from desktop.ui.context import AppContext

    monkeypatch.setattr(AppContext, "on_date", lambda self: date(2023, 7, 2))
    for day in range(1, 28):  # 27 by 2 July, ahead of the 26.1 expected
        add(date(2023, 1, day), f"Truyền hình số {day}")
    add(date(2023, 1, 4), "Phát thanh tuần 1", code="III.2.a/PT")
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.show()  # its figures are read while it is on screen
    statuses = {
        cell(page.table, r, COL_CODE): cell(page.table, r, COL_STATUS)
        for r in range(page.model.rowCount())
    }
    assert statuses == {"III.2.a/TH": "Đúng tiến độ", "III.2.a/PT": "Chậm tiến độ"}
    assert "đến ngày 02/07/2023" in page.heading.text()
    # New records refresh the page.
    for day in range(1, 29):
        add(date(2023, 2, day), f"Phát thanh số {day}", code="III.2.a/PT")
    ctx.data_changed.emit()
    statuses = {
        cell(page.table, r, COL_CODE): cell(page.table, r, COL_STATUS)
        for r in range(page.model.rowCount())
    }
    assert statuses["III.2.a/PT"] == "Đúng tiến độ"


def test_the_percent_bar_fills_across_to_its_share(ctx, qtbot, add):
    """26 of 52 done: the left half of the bar is filled, the right half not
    (it was drawn filling upwards, the whole width tinted)."""
    for week in range(26):
        add(date(2023, 1, 4) + (date(2023, 1, 11) - date(2023, 1, 4)) * week, f"Tuần {week}")
    page = ProgressPage(ctx)
    qtbot.addWidget(page)
    page.resize(1160, 630)
    page.show()
    qtbot.waitExposed(page)
    codes = [r.code for r in page.model.rows]
    row = codes.index("III.2.a/TH")
    assert cell(page.table, row, COL_PERCENT) == "50%"
    page.table.clearSelection()
    page.table.setCurrentIndex(page.model.index(codes.index("III.2.a/PT"), COL_CODE))
    rect = page.table.visualRect(page.model.index(row, COL_PERCENT))
    image = page.table.viewport().grab(rect).toImage()
    # Above and below the middle: the fill stops half way across at every height.
    for y in (image.height() // 2 - 5, image.height() // 2 + 5):
        filled = image.pixelColor(image.width() // 5, y)
        empty = image.pixelColor(image.width() * 4 // 5, y)
        assert filled != empty, y


def test_plan_copy_to_a_new_year(ctx, qtbot, monkeypatch):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.targets.rowCount() == len(ctx.workspace.plans.get(2023).targets)
    assert page.targets.item(1, 0).text() == "III.2.a/PT"
    asked = []

    def answer(dialog):
        asked.append((dialog.windowTitle(), dialog.labelText(), dialog.intValue()))
        dialog.setIntValue(2024)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", answer)
    with qtbot.waitSignal(ctx.year_changed):
        qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    assert asked == [("Sao chép kế hoạch", "Sao chép kế hoạch năm 2023 sang năm:", 2024)]
    plan = ctx.workspace.plans.get(2024)
    assert plan is not None and ctx.year == 2024
    assert [t.code for t in plan.targets] == [t.code for t in ctx.workspace.plans.get(2023).targets]
    assert plan.target("III.3.a").due_end == date(2024, 9, 30)
    assert page.heading.text().startswith("Kế hoạch năm 2024")
    assert page.targets.item(11, 4).text() == "01/07/2024 – 30/09/2024"

    # Copying onto a year that has a plan is refused with the store's message.
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not page.copy_plan_to(2023, 2024)
    assert warnings == ["Năm 2024 đã có kế hoạch; không sao chép đè lên."]


def test_plan_info_and_target_edits(ctx, qtbot):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.number.setText("45/KH-UBND")
    page.signed.setText("31/02/2023")
    assert not page.save_info()
    assert page.errors["signed"].text() == "“31/02/2023” không phải ngày dạng dd/mm/yyyy"
    page.signed.setText("15/03/2023")
    with qtbot.waitSignal(ctx.plan_changed):
        qtbot.mouseClick(page.save_info_button, Qt.MouseButton.LeftButton)
    plan = ctx.workspace.plans.get(2023)
    assert (plan.number, plan.signed_date) == ("45/KH-UBND", date(2023, 3, 15))

    row = [page.targets.item(r, 0).text() for r in range(page.targets.rowCount())].index(
        "III.2.a/TH"
    )
    page.edit_target(row)
    dialog = page.target_dialog
    dialog.number.setText("abc")
    dialog.due_end.setText("01/01/2022")
    dialog.accept()
    assert dialog.isVisible()
    assert "abc" in dialog.errors["number"].text()
    assert dialog.errors["due_end"].text() == "Ngày kết thúc phải sau ngày bắt đầu"
    dialog.number.setText("48")
    dialog.due_end.setText("30/11/2023")
    dialog.kind_boxes["bao"].setChecked(True)
    qtbot.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    target = ctx.workspace.plans.get(2023).target("III.2.a/TH")
    assert (target.target, target.due_end, set(target.lead_kinds)) == (
        48,
        date(2023, 11, 30),
        {"dai_ptth", "bao"},
    )
    assert page.targets.item(row, 3).text() == "48"


def test_a_made_up_plan_is_marked_checked_from_its_page(ctx, qtbot, monkeypatch):
    from desktop.domain.plan import derive_plan

    ws = ctx.workspace
    ws.plans.add(derive_plan(ws.plans.require(2023), 2026))
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.checked_button.isVisible()  # 2023: the plan as issued
    ctx.set_year(2026)
    qtbot.waitUntil(lambda: page.heading.text().startswith("Kế hoạch năm 2026"))
    assert "(tạo từ kế hoạch năm 2023 — cần kiểm tra chỉ tiêu)" in page.heading.text()
    assert page.checked_button.isVisible()
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or next(answers)
    )
    qtbot.mouseClick(page.checked_button, Qt.MouseButton.LeftButton)
    assert ws.plans.require(2026).derived_from == 2023  # "No": nothing changes
    with qtbot.waitSignal(ctx.plan_changed):
        qtbot.mouseClick(page.checked_button, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("Kế hoạch năm 2026 được tạo từ kế hoạch năm 2023.")
    assert ws.plans.require(2026).derived_from is None
    qtbot.waitUntil(lambda: not page.checked_button.isVisible())
    assert "tạo từ kế hoạch" not in page.heading.text()


def test_unit_profile_edit(ctx, qtbot, type_text):
    page = UnitPage(ctx)
    qtbot.addWidget(page)
    assert page.name.text() == "Đài Phát thanh và Truyền hình tỉnh"
    assert page.governing_body.text() == "UBND TỈNH QUẢNG NGÃI"
    page.signer_name.clear()
    type_text(page.signer_name, "Nguyễn Văn An")
    page.recipients.setPlainText("Như trên;\n  Ban Giám đốc Đài\n\nLưu: VT")
    page.archive.setText("VT, TCHC")
    with qtbot.waitSignal(ctx.unit_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    unit = ctx.workspace.units.self_unit()
    assert unit.signer_name == "Nguyễn Văn An"
    assert unit.recipients == ("Như trên;", "Ban Giám đốc Đài", "Lưu: VT")
    assert unit.archive == "VT, TCHC"
    assert page.message.text() == "Đã lưu."

    page.name.clear()
    assert not page.save()
    assert page.name_error.text() == "Tên đơn vị không được để trống."
    page.name.setText("Báo Quảng Ngãi")  # another unit's name
    assert not page.save()
    assert page.name_error.text() == "Đã có đơn vị tên “Báo Quảng Ngãi”."
    assert ctx.workspace.units.self_unit().name == "Đài Phát thanh và Truyền hình tỉnh"


def test_first_run_choose_a_unit_of_the_plan(ws, qtbot):
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()  # nothing chosen
    assert dialog.isVisible()
    assert dialog.unit_error.text() == "Hãy chọn hoặc gõ tên đơn vị."
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findText("Báo Quảng Ngãi"))
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2023))
    dialog.accept()
    assert not dialog.isVisible() and dialog.year() == 2023
    assert ws.get_meta("current_year") == "2023"  # with the unit, in one transaction
    unit = ws.units.self_unit()
    assert (unit.name, unit.governing_body, unit.place, unit.lead_kinds) == (
        "Báo Quảng Ngãi",
        "TỈNH ỦY QUẢNG NGÃI",
        "Quảng Ngãi",
        ("bao",),
    )


def test_first_run_new_unit_gets_defaults(ws, qtbot, type_text):
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.unit_box.lineEdit(), "Sở Giáo dục và Đào tạo")
    dialog.accept()
    unit = ws.units.self_unit()
    assert unit.name == "Sở Giáo dục và Đào tạo"
    assert (unit.governing_body, unit.place) == ("UBND TỈNH QUẢNG NGÃI", "Quảng Ngãi")
    assert unit.id not in {u.id for u in ws.units.all()[:6]}


def test_first_run_name_cannot_pass_a_header_line(ws, qtbot):
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.unit_box.lineEdit().setText("Ủy ban nhân dân xã " * 30)  # 570 characters pasted
    assert len(dialog.unit_box.lineEdit().text()) == 300


def test_first_run_new_commune_is_dated_at_its_own_name(ws, qtbot, type_text):
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.unit_box.lineEdit(), "UBND xã Tịnh Sơn")
    dialog.accept()
    unit = ws.units.self_unit()
    assert (unit.name, unit.kind) == ("UBND xã Tịnh Sơn", "xa")
    # Nghị định 30: a commune's papers carry its own name as the place, and
    # its header has no governing-body line above the commune's name.
    assert (unit.governing_body, unit.place) == ("", "Tịnh Sơn")


def test_first_run_offers_the_units_of_the_chosen_years_plan(ws, qtbot, type_text):
    import plan_documents as docs

    from desktop.domain.plan import new_unit_defaults
    from desktop.domain.plan_proposal import proposal_to_plan
    from desktop.domain.plan_reader import read_plan_text
    from desktop.store.plan_versions import save_plan

    proposal = read_plan_text(docs.source_lines(docs.PLAN_2026_HEADER, docs.PLAN_2026), 2026)
    plan, kinds = proposal_to_plan(proposal, ws.plans.unit_kinds(), ws.plans.get(2023).forms)
    save_plan(ws, plan, kinds=kinds)
    for name in ("UBND xã Ba Tơ", "UBND phường Trương Quang Trọng"):
        ws.units.save(new_unit_defaults(name, ws.plans.get(2026)))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2026))
    offered = {dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())}
    assert {"UBND xã Ba Tơ", "UBND phường Trương Quang Trọng"} <= offered
    assert "Sở Khoa học và Công nghệ" in offered  # the plan's consolidator
    assert not {n for n in offered if "huyện" in n}
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2023))
    offered = {dialog.unit_box.itemText(i) for i in range(dialog.unit_box.count())}
    assert "UBND huyện Ba Tơ" in offered and "UBND xã Ba Tơ" not in offered
    type_text(dialog.unit_box.lineEdit(), "UBND xã Mới")
    dialog.year_box.setCurrentIndex(dialog.year_box.findData(2026))
    assert dialog.unit_box.currentText() == "UBND xã Mới"
    dialog.accept()
    assert ws.units.self_unit().name == "UBND xã Mới"


def test_unit_profile_lines_are_bounded(ctx, qtbot, type_text):
    page = UnitPage(ctx)
    qtbot.addWidget(page)
    # A line of the header cannot be typed or pasted past its limit...
    assert page.signer_name.maxLength() == page.governing_body.maxLength() == 300
    page.signer_name.setText("N" * 400)
    assert len(page.signer_name.text()) == 300
    # ...and a recipient (one line of a free text box) is refused on saving, named.
    page.recipients.setPlainText("Như trên;\n" + "S" * 301)
    assert not page.save()
    assert page.message.text().startswith(
        "Một nơi nhận của đơn vị “Đài Phát thanh và Truyền hình tỉnh” quá dài (301 ký tự"
    )
    assert page.name_error.text() == ""
    assert ctx.workspace.units.self_unit().signer_name != "N" * 300  # nothing was saved
