"""The department's Tổng hợp page, driven as the officer would."""

from __future__ import annotations

import re
from datetime import date

import docx
import pytest
from package_fixtures import BAO, BINH_SON, DAI, LY_SON, SO, SO_DATA
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from desktop.store import Workspace
from desktop.ui.consolidation_page import ConsolidationPage
from desktop.ui.context import AppContext


@pytest.fixture
def page(tmp_path, settings, qapp, qtbot):
    qapp.setProperty("testing", True)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    so = ws.units.set_self_unit(ws.units.by_name(SO))
    ws.activities.insert_many(SO_DATA, so.id)
    ctx = AppContext(ws, settings, year=2023)
    widget = ConsolidationPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    ws.close()


def _column(table, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def _row_of(table, text: str, col: int = 0) -> int:
    return _column(table, col).index(text)


def test_receive_packages_and_read_the_province_figures(page, exchange, qtbot):
    ws = page.ctx.workspace
    assert page.summary.text() == "Đã nhận báo cáo của 0/18 đơn vị phải nộp; chưa nộp: 18."
    files = [*exchange.packages.values(), exchange.tampered, exchange.truncated, exchange.dai_newer]
    page.receive(files)
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=20000)
    box = page.result_box
    assert box.text() == "Đã xử lý 7 gói; nhận 5, bị từ chối 2."
    assert "bao-sua.cdsgoi” bị từ chối" in box.detailedText()
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()

    assert page.summary.text() == "Đã nhận báo cáo của 4/18 đơn vị phải nộp; chưa nộp: 14."
    table = page.submissions
    for name in (DAI, BAO, BINH_SON, LY_SON):
        assert table.item(_row_of(table, name), 2).text().startswith("Đã nộp")
    assert table.item(_row_of(table, "Tỉnh đoàn Quảng Ngãi"), 2).text() == "Chưa nộp"
    assert table.item(_row_of(table, BINH_SON), 5).text() == "26"
    newer, older = table.item(_row_of(table, DAI), 2).toolTip().split("\n")
    assert newer.startswith("Gói tạo lúc ") and newer.endswith(" (đang dùng)")
    # Times as every date of the interface: dd/mm/yyyy hh:mm.
    assert re.fullmatch(r"Gói tạo lúc \d\d/\d\d/\d{4} \d\d:\d\d, nhận \d\d/\d\d/\d{4} .*", newer)
    current = ws.submissions.current(ws.units.by_name(DAI).id, 2023)
    made = table.item(_row_of(table, DAI), 4).text()
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", made)
    assert made == current.created_at.strftime("%d/%m/%Y %H:%M")
    assert older.endswith(" (lưu làm lịch sử)")
    assert table.item(_row_of(table, DAI), 5).text() == "105"
    # Chọn gói đang dùng lists both packages, times dd/mm/yyyy hh:mm.
    from desktop.ui.package_choice_dialog import PackageChoiceDialog

    choice = PackageChoiceDialog(page.ctx, ws.units.by_name(DAI).id, page)
    qtbot.addWidget(choice)
    rows = [[choice.table.item(r, c).text() for c in (0, 1)] for r in range(2)]
    when = r"\d\d/\d\d/\d{4} \d\d:\d\d"
    assert all(re.fullmatch(when, text) for row in rows for text in row), rows
    assert made in (rows[0][0], rows[1][0])

    # One click on a target shows the units behind its figure.
    page.tabs.setCurrentIndex(1)
    progress = page.progress
    row = _row_of(progress, "III.2.đ/SX")
    # Over the districts that reported (2 of 13), as in the consolidated
    # report: the others are not counted as zeros.
    assert [progress.item(row, c).text() for c in (3, 4, 5, 6, 7)] == [
        "2/13",
        "24",
        "18",
        "75%",
        "Không đạt",
    ]
    assert progress.item(row, 3).toolTip() == "2 trong 13 đơn vị thực hiện đã báo cáo"
    # A task whose units have not reported: not reported, no rate, no verdict.
    unknown = _row_of(progress, "III.2.d")
    assert [progress.item(unknown, c).text() for c in (6, 7)] == ["", "Chưa báo cáo"]
    assert page.coverage.text().startswith("Số liệu toàn tỉnh tính trên các đơn vị đã báo cáo (")
    assert "UBND cấp huyện: 2/13" in page.coverage.text()
    rect = progress.visualItemRect(progress.item(row, 1))
    qtbot.mouseClick(progress.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    breakdown = page.breakdown
    assert breakdown.rowCount() == 13
    binh_son = _row_of(breakdown, BINH_SON)
    assert [breakdown.item(binh_son, c).text() for c in range(6)] == [
        BINH_SON,
        "✓",
        "12",
        "12",
        "100%",
        "Đạt",
    ]
    ba_to = _row_of(breakdown, "UBND huyện Ba Tơ")
    assert [breakdown.item(ba_to, c).text() for c in range(6)] == [
        "UBND huyện Ba Tơ",
        "✓",
        "",
        "",
        "",
        "Chưa báo cáo",
    ]
    assert _column(breakdown, 5).count("Chưa báo cáo") == 11
    assert "III.2.đ/SX" in page.breakdown_label.text()
    assert ws.submissions.current(ws.units.by_name(DAI).id, 2023) is not None

    # The page gathers what it shows and nothing of the report's text: the
    # same rows and reporting units as the consolidated report's data.
    from desktop.reports.gather import gather_consolidated

    full = gather_consolidated(ws, 2023, page.ctx.on_date())
    assert page.data.rows == full.rows and page.data.reporting == full.reporting
    assert full.details and page.data.details is None and page.data.other == []


def test_expected_units_and_deadline_are_edited_in_place(page, qtbot):
    ws = page.ctx.workspace
    table = page.submissions
    row = _row_of(table, "Sở Tài chính")
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    # The check box sits at the cell's left edge.
    box = rect.topLeft() + QPoint(12, rect.height() // 2)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)
    assert ws.units.expected_in(2023) == {ws.units.by_name("Sở Tài chính").id: False}
    assert page.summary.text() == "Đã nhận báo cáo của 0/17 đơn vị phải nộp; chưa nộp: 17."
    row = _row_of(table, "Sở Tài chính")
    assert table.item(row, 2).text() == "Không phải nộp"
    assert table.item(row, 1).checkState() == Qt.CheckState.Unchecked

    page.deadline_edit.setFocus()
    page.deadline_edit.setDate(QDate(2023, 11, 20))
    assert ws.plans.require(2023).report_deadline == date(2023, 11, 20)


def _click_expected(table, qtbot, name: str) -> None:
    row = _row_of(table, name)
    table.scrollToItem(table.item(row, 1))
    rect = table.visualItemRect(table.item(row, 1))
    box = rect.topLeft() + QPoint(12, rect.height() // 2)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=box)


def test_a_tick_wins_for_a_unit_with_no_part_in_the_plan(page, qtbot):
    from desktop.domain.plan import Unit

    ws = page.ctx.workspace
    ws.units.save(Unit("Hội Nhà báo tỉnh", lead_kinds=("hoi_nha_bao",)))
    page.refresh()
    table = page.submissions
    assert table.item(_row_of(table, "Hội Nhà báo tỉnh"), 1).checkState() == Qt.CheckState.Unchecked
    _click_expected(table, qtbot, "Hội Nhà báo tỉnh")
    row = _row_of(table, "Hội Nhà báo tỉnh")
    assert table.item(row, 1).checkState() == Qt.CheckState.Checked
    assert page.summary.text() == "Đã nhận báo cáo của 0/19 đơn vị phải nộp; chưa nộp: 19."
    assert ws.units.expected_in(2023) == {ws.units.by_name("Hội Nhà báo tỉnh").id: True}


def test_consolidated_report_is_written_from_the_page(page, exchange, qtbot, tmp_path):
    from desktop.io.package_import import receive_packages

    receive_packages(page.ctx.workspace, list(exchange.packages.values()))
    page.refresh()
    out = tmp_path / "tong-hop.docx"
    page.write_report(out, with_pdf=True)
    qtbot.waitUntil(lambda: "Đã lưu báo cáo tổng hợp" in page.summary.text(), timeout=20000)
    pdf = out.with_suffix(".pdf")
    assert page.summary.text() == f"Đã lưu báo cáo tổng hợp: “{out}” và “{pdf}”."
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Tổng hợp kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm\xa02023" in text
    # Over the two districts that reported, not all thirteen.
    assert "Thực hiện 18/24 chuyên mục, đạt 75% kế hoạch" in text


def test_packages_dropped_on_the_page_are_received(page, exchange, qtbot):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(exchange.packages[BAO]))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=20000)
    assert page.result_box.text() == "Đã xử lý 1 gói; nhận 1, bị từ chối 0."
    table = page.submissions
    assert table.item(_row_of(table, BAO), 2).text().startswith("Đã nộp")


def test_department_assessment_is_typed_and_kept(page, qtbot):
    from desktop.reports.consolidated import build_consolidated_report
    from desktop.ui.consolidated_texts_dialog import ConsolidatedTextsDialog

    page.texts_button.click()
    dialog = page.findChild(ConsolidatedTextsDialog)
    assert dialog is not None and dialog.isVisible()
    # Vietnamese arrives as committed input-method text, as a paste would.
    dialog.edits["de_xuat"].insertPlainText("Đề nghị bố trí kinh phí năm 2024.")
    dialog.edits["uu_diem"].insertPlainText("Các đơn vị báo cáo đầy đủ.")
    dialog.accept()
    ws = page.ctx.workspace
    texts = ws.texts.report_texts(ws.units.self_unit().id, 2023)
    assert texts["tong_hop:de_xuat"] == "Đề nghị bố trí kinh phí năm 2024."
    body = [b.text for b in build_consolidated_report(ws, 2023).body if hasattr(b, "text")]
    assert "Đề nghị bố trí kinh phí năm 2024." in body
    assert "Các đơn vị báo cáo đầy đủ." in body
    page.texts_button.click()
    again = [d for d in page.findChildren(ConsolidatedTextsDialog) if d.isVisible()][-1]
    assert again.edits["uu_diem"].toPlainText() == "Các đơn vị báo cáo đầy đủ."


def test_the_department_chooses_the_package_in_use(page, exchange, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    ws = page.ctx.workspace
    page.receive([exchange.packages[DAI], exchange.dai_newer])
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=20000)
    page.result_box.close()
    table = page.submissions
    assert table.item(_row_of(table, DAI), 5).text() == "105"
    dai = ws.units.by_name(DAI)
    older = next(s for s in ws.submissions.history(2023, dai.id) if not s.current)

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "packageChoice":
            QTimer.singleShot(20, choose)
            return
        rows = dialog.table
        row = next(
            r for r in range(rows.rowCount()) if rows.item(r, 2).text() == older.package_sha256[:12]
        )
        assert rows.item(row, 3).text() == "lưu làm lịch sử"
        rows.selectRow(row)
        assert dialog.use_button.isEnabled()
        dialog.use_button.click()

    QTimer.singleShot(0, choose)
    page.choose_package(dai.id)
    qtbot.waitUntil(lambda: table.item(_row_of(table, DAI), 5).text() == "93", timeout=10000)
    assert ws.submissions.current(dai.id, 2023).id == older.id


def test_the_page_reads_the_figures_only_once_on_screen(tmp_path, settings, qapp, qtbot):
    ws = Workspace.open(tmp_path / "so-an.cdsdb")
    try:
        so = ws.units.set_self_unit(ws.units.by_name(SO))
        ws.activities.insert_many(SO_DATA, so.id)
        widget = ConsolidationPage(AppContext(ws, settings, year=2023))
        qtbot.addWidget(widget)
        assert widget.summary.text() == "" and widget.rows == []
        widget.show()
        assert widget.summary.text().startswith("Đã nhận báo cáo của 0/")
        assert widget.rows
    finally:
        ws.close()


def test_the_submissions_table_copies_its_rows_and_offers_the_package_choice(page, exchange, qtbot):
    from PySide6.QtGui import QGuiApplication

    page.receive([exchange.packages[DAI]])
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=20000)
    page.result_box.close()
    table = page.submissions
    sent, missing = _row_of(table, DAI), _row_of(table, "Tỉnh đoàn Quảng Ngãi")

    def right_click(row: int) -> list[str]:
        rect = table.visualRect(table.model().index(row, 0))
        table.customContextMenuRequested.emit(rect.center())
        menu = table.context_menu
        texts = [a.text() for a in menu.actions()]
        menu.close()
        return texts

    assert right_click(sent) == ["Chọn gói đang dùng...", "", "Sao chép các dòng đã chọn"]
    assert table.currentRow() == sent
    assert right_click(missing) == ["Sao chép các dòng đã chọn"]

    QGuiApplication.clipboard().clear()
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    table.setFocus()
    table.selectRow(sent)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    head, row = QGuiApplication.clipboard().text().splitlines()
    assert head.split("\t")[0] == table.horizontalHeaderItem(0).text()
    assert row.split("\t")[0] == DAI
    assert row.split("\t")[2].startswith("Đã nộp")
    assert row.split("\t")[5] == table.item(sent, 5).text() == "93"


def test_in_time_is_judged_on_the_page_as_in_the_report(page, exchange, qtbot, tmp_path):
    """A package made before the deadline and received after it is in time on
    the page as in the consolidated report (and `submissions list`)."""
    import shutil
    from datetime import datetime

    from package_fixtures import made_at

    from desktop.io.package_import import receive_packages
    from desktop.reports.consolidated import submission_rows
    from desktop.reports.gather import gather_consolidated

    ws = page.ctx.workspace
    package = shutil.copy(exchange.packages[DAI], tmp_path / "dai.cdsgoi")
    made_at(package, datetime(2023, 11, 25, 8, 0))
    receive_packages(ws, [package], received_at=datetime(2023, 11, 28, 9, 0))
    [sub] = ws.submissions.history(2023)
    assert (sub.created_at.date(), sub.received_at.date()) == (
        date(2023, 11, 25),
        date(2023, 11, 28),
    )
    table = page.submissions
    for day, expected in (
        (QDate(2023, 11, 26), "Đã nộp, đúng hạn"),
        (QDate(2023, 11, 25), "Đã nộp, đúng hạn"),
        (QDate(2023, 11, 24), "Đã nộp, trễ hạn"),
    ):
        page.deadline_edit.setFocus()
        page.deadline_edit.setDate(day)
        qtbot.waitUntil(lambda d=day: ws.plans.require(2023).report_deadline == d.toPython())
        # The statuses follow the new deadline at once.
        qtbot.waitUntil(lambda e=expected: table.item(_row_of(table, DAI), 2).text() == e)
        tip = table.horizontalHeaderItem(2).toolTip()
        assert "ngày đơn vị tạo gói" in tip and tip.endswith(f"{day.toPython():%d/%m/%Y}.")
        rows = submission_rows(gather_consolidated(ws, 2023, with_text_figures=False))
        [line] = [r for r in rows if r[1] == DAI]
        assert line[4] == expected
