"""The import dialog walked as an officer would: file -> sheets, header row
and columns -> preview and rejected rows -> "Nhập" (or "Hủy", writing nothing)."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.store import ActivityFilter
from desktop.ui.import_dialog import ImportDialog


@pytest.fixture
def messy_xlsx(tmp_path):
    """Two monthly sheets under merged titles, an STT column, a total row,
    a bad row and a sheet of notes without any table."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    data = {
        "Tháng 1": [
            (
                datetime(2023, 1, 6),
                "III.2.a/TH",
                "Chuyên mục",
                "Chuyển đổi số tuần 1",
                1,
                "1.500.000",
            ),
            ("13/01/2023", "III.2.a/TH", "Chuyên mục", "Chuyển đổi số tuần 2", 1, None),
            ("32/01/2023", "", "Tin bài", "Ngày sai", 1, None),
        ],
        "Tháng 2": [
            ("03/02/2023", "", "Tin bài", "Tin ngoài kế hoạch", 2, "1,5 triệu"),
            ("10/02/2023", "", "Phóng sự", "Phóng sự chính quyền số", 1, 2_000_000),
        ],
    }
    for name, rows in data.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:G1")
        ws["A1"] = "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH"
        ws.merge_cells("A2:G2")
        ws["A2"] = f"DANH SÁCH CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ {name.upper()}"
        ws.append([])
        ws.append(
            ["STT", "Ngày phát sóng", "Mã chỉ tiêu", "Loại", "Tên chương trình", "SL", "Chi phí"]
        )
        for i, r in enumerate(rows, start=1):
            ws.append([i, *r])
        ws.append(["Tổng cộng", None, None, None, None, len(rows), None])
    notes = wb.create_sheet("Ghi chú")
    notes["A1"] = "Số liệu do phòng Thời sự tổng hợp."
    path = tmp_path / "Danh sách CĐS 2023.xlsx"
    wb.save(path)
    return path


def titles(ws):
    return [a.title for a in ws.activities.iterate(ActivityFilter(unit_id=ws.units.self_unit().id))]


def open_dialog(ctx, qtbot, paths):
    dialog = ImportDialog(ctx, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=30000)
    return dialog


def test_walk_from_file_to_imported_rows(ctx, qtbot, messy_xlsx, tmp_path):
    changed = []
    ctx.data_changed.connect(lambda: changed.append(True))
    dialog = open_dialog(ctx, qtbot, [messy_xlsx])

    # the sheets found, with their header rows; the notes sheet is left out
    top = dialog.tree.topLevelItem(0)
    assert top.text(0) == "Danh sách CĐS 2023.xlsx"
    sheets = [
        (top.child(i).text(0), top.child(i).text(1), top.child(i).checkState(0)) for i in range(3)
    ]
    assert sheets == [
        ("Trang “Tháng 1”", "4", Qt.CheckState.Checked),
        ("Trang “Tháng 2”", "4", Qt.CheckState.Checked),
        ("Trang “Ghi chú”", "chưa tìm thấy", Qt.CheckState.Unchecked),
    ]
    # the columns as matched from the synonyms
    assert dialog.mapping_box.title() == "Cột của trang “Tháng 1”"
    assert dialog.header_spin.value() == 4
    assert dialog.combos["date"].currentText() == "B: Ngày phát sóng"
    assert dialog.combos["title"].currentText() == "E: Tên chương trình"
    assert dialog.combos["cost"].currentText() == "G: Chi phí"
    assert dialog.combos["language"].currentText() == "— không có —"

    # preview and rejected rows as the officer sees them
    assert dialog.tabs.tabText(0) == "Xem trước (3 dòng hợp lệ)"
    assert dialog.tabs.tabText(1) == "Dòng bị từ chối (2)"
    model = dialog.preview_model
    first = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert first[:6] == [
        "Danh sách CĐS 2023.xlsx · Tháng 1 · dòng 5",
        "06/01/2023",
        "III.2.a/TH",
        "Chuyên mục",
        "Chuyển đổi số tuần 1",
        "1",
    ]
    assert first[8] == "1.500.000"
    rejects = dialog.rejects_model
    rows = [
        [rejects.data(rejects.index(r, c)) for c in range(5)] for r in range(rejects.rowCount())
    ]
    assert rows[0][:4] == ["Danh sách CĐS 2023.xlsx", "Tháng 1", "7", "Ngày"]
    assert "32/01/2023" in rows[0][4]
    assert rows[1][:4] == ["Danh sách CĐS 2023.xlsx", "Tháng 2", "5", "Kinh phí (đồng)"]
    assert "1,5 triệu" in rows[1][4]
    assert "2 dòng tổng cộng bỏ qua" in dialog.status_label.text()
    assert titles(ctx.workspace) == []  # nothing written before "Nhập"

    # the rejected rows saved as Excel: their cells in the list format, then
    # where they came from and why
    out = tmp_path / "loi.xlsx"
    assert dialog.save_rejects(str(out))
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề"]
    assert header[-4:] == ["Tệp", "Trang", "Dòng", "Lý do"]
    second = [c.value for c in sheet[3]]
    assert second[:4] == ["03/02/2023", "", "Tin bài", "Tin ngoài kế hoạch"]
    assert second[7] == "1,5 triệu"
    assert second[-3:-1] == ["Tháng 2", "5"] and "Kinh phí (đồng)" in second[-1]

    # leaving the February sheet out re-checks without it
    feb = top.child(1)
    feb.setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Xem trước (2 dòng hợp lệ)", timeout=30000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert dialog.status_label.text() == "Đã nhập 2, đã có sẵn 0, bị từ chối 1."
    assert dialog.cancel_button.text() == "Đóng" and not dialog.import_button.isEnabled()
    assert changed == [True]
    assert titles(ctx.workspace) == ["Chuyển đổi số tuần 1", "Chuyển đổi số tuần 2"]
    assert ctx.workspace.activities.count_and_sums(ActivityFilter(unit_id=ctx.unit.id)) == (
        2,
        2,
        1_500_000,
    )

    # the same file again: nothing added, and said so
    again = open_dialog(ctx, qtbot, [messy_xlsx])
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.summary is not None, timeout=30000)
    assert again.status_label.text() == "Đã nhập 1, đã có sẵn 2, bị từ chối 2."
    assert len(titles(ctx.workspace)) == 3


def test_corrected_columns_are_used_and_remembered(ctx, qtbot, tmp_path):
    src = tmp_path / "so-lieu.csv"
    src.write_text(
        "Ngày,Cột 1,Cột 2\n05/03/2023,Tin bài,Hội thảo chuyển đổi số\n", encoding="utf-8"
    )
    dialog = open_dialog(ctx, qtbot, [src])
    item = dialog.tree.topLevelItem(0).child(0)
    assert item.text(1) == "chưa tìm thấy"
    dialog.tree.setCurrentItem(item)
    dialog.combos["form"].setCurrentIndex(dialog.combos["form"].findText("B: Cột 1"))
    dialog.combos["title"].setCurrentIndex(dialog.combos["title"].findText("C: Cột 2"))
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Xem trước (1 dòng hợp lệ)", timeout=30000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30000)
    assert item.text(1) == "1" and item.checkState(0) == Qt.CheckState.Checked
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert titles(ctx.workspace) == ["Hội thảo chuyển đổi số"]

    other = tmp_path / "so-lieu-thang-4.csv"
    other.write_text("Ngày,Cột 1,Cột 2\n05/04/2023,Video,Video hướng dẫn\n", encoding="utf-8")
    second = open_dialog(ctx, qtbot, [other])
    assert second.remembered_label.text().startswith("Dùng cách ghép cột đã chọn lần trước")
    assert second.combos["title"].currentText() == "C: Cột 2"
    assert second.tabs.tabText(0) == "Xem trước (1 dòng hợp lệ)"


def test_cancel_writes_nothing(ctx, qtbot, messy_xlsx):
    counts = ctx.workspace.figures.counts()
    dialog = open_dialog(ctx, qtbot, [messy_xlsx])
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert ctx.workspace.figures.counts() == counts
    assert ctx.workspace.texts.import_mappings() == {}
    assert titles(ctx.workspace) == []


def test_unreadable_file_is_listed_and_nothing_to_import(ctx, qtbot, tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a workbook")
    dialog = open_dialog(ctx, qtbot, [bad])
    assert dialog.tree.topLevelItem(0).text(0).startswith("hong.xlsx: Không đọc được tệp Excel")
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.tabText(1) == "Dòng bị từ chối (0) · tệp, trang không đọc được (1)"
    assert "1 tệp/trang không đọc được" in dialog.status_label.text()
    assert titles(ctx.workspace) == []


def test_previous_year_workspace_through_the_dialog(ctx, qtbot, tmp_path):
    from import_fixtures import make_v1_workspace

    src = make_v1_workspace(tmp_path / "Dữ liệu 2022.cdsdb")
    before = src.read_bytes()
    plan_changes = []
    ctx.plan_changed.connect(lambda: plan_changes.append(True))
    dialog = open_dialog(ctx, qtbot, [src])
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == (
        "Dữ liệu 2022.cdsdb: dữ liệu năm trước, hoạt động năm 2022, kế hoạch năm 2022"
    )
    assert item.toolTip(0) == (
        "Dữ liệu của Đài Phát thanh và Truyền hình tỉnh: 3 hoạt động, 1 năm có báo cáo"
    )
    assert item.text(2) == "3"
    assert "3 hoạt động từ dữ liệu năm trước" in dialog.status_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert dialog.status_label.text().startswith("Đã nhập 3, đã có sẵn 0, bị từ chối 0.")
    assert "thêm kế hoạch năm 2022" in dialog.status_label.text()
    assert plan_changes == [True]
    assert ctx.workspace.plans.years() == [2022, 2023]
    assert ctx.workspace.activities.years(ctx.unit.id) == [2022]
    assert src.read_bytes() == before


def test_choosing_other_files_replaces_the_first_choice(
    ctx, qtbot, messy_xlsx, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    notes = tmp_path / "ghi-chu.csv"
    notes.write_text("Chỉ là ghi chú\nkhông có bảng\n", encoding="utf-8")
    dialog = open_dialog(ctx, qtbot, [messy_xlsx])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(notes)], ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.files_label.text() == "ghi-chu.csv", timeout=30000
    )
    qtbot.waitUntil(lambda: dialog.tabs.tabText(0) == "Xem trước (0 dòng hợp lệ)", timeout=30000)
    assert dialog.tree.topLevelItemCount() == 1
    assert not dialog.mapping_box.isEnabled()  # no sheet chosen yet, nothing of the old file
    assert not dialog.import_button.isEnabled()
    assert "không tìm thấy dòng tiêu đề" in dialog.rejects_model.problems[0].message


def test_nhap_waits_for_the_rows_checked_with_a_changed_column(ctx, qtbot, messy_xlsx):
    dialog = open_dialog(ctx, qtbot, [messy_xlsx])
    assert dialog.import_button.isEnabled()
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(1))
    assert dialog.mapping_box.title() == "Cột của trang “Tháng 2”"
    combo = dialog.combos["cost"]
    combo.setCurrentIndex(combo.findText("— không có —"))
    assert not dialog.import_button.isEnabled()  # old rows are not written
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=30000)
    # February's costs are no longer read, so its "1,5 triệu" row is no longer refused
    assert dialog.tabs.tabText(0) == "Xem trước (4 dòng hợp lệ)"


def test_another_units_workspace_file_is_refused_before_importing(ctx, qtbot, tmp_path):
    """Refused when it is read, with the reason, not only after “Nhập”."""
    from import_fixtures import make_v1_workspace

    src = make_v1_workspace(tmp_path / "Dữ liệu 2022.cdsdb")  # the station's
    ws = ctx.workspace
    ws.units.set_self_unit(ws.units.by_name("Báo Quảng Ngãi"))
    dialog = open_dialog(ctx, qtbot, [src])
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == (
        f"Dữ liệu 2022.cdsdb: Tệp “{src}” là dữ liệu của “Đài Phát thanh và Truyền hình tỉnh”, "
        "khác đơn vị của dữ liệu đang mở (“Báo Quảng Ngãi”). "
        "Không nhập để tránh lẫn số liệu hai đơn vị."
    )
    assert not dialog.import_button.isEnabled()
    assert dialog.tabs.tabText(1) == "Dòng bị từ chối (0) · tệp, trang không đọc được (1)"
    assert "hoạt động từ dữ liệu năm trước" not in dialog.status_label.text()
    assert ctx.workspace.plans.years() == [2023]
