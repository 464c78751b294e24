"""The import dialog's values mapped once, refused rows corrected in place,
the wrong-unit warning, and the rejects still savable after "Nhập"."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from desktop.cli import main
from desktop.io.listformat import FIELDS
from desktop.store import ActivityFilter
from tests.real_lists import department_year, hand_kept_list, write_list_csv
from tests.ui.test_import_dialog import open_dialog


def _forms(ws) -> dict[str, int]:
    counts: dict[str, int] = {}
    for a in ws.activities.iterate(ActivityFilter(unit_id=ws.units.self_unit().id)):
        counts[a.form] = counts.get(a.form, 0) + 1
    return counts


def _choose(dialog, qtbot, field, written, label):
    combo = dialog.values_panel.combo(field, written)
    index = combo.findText(label)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog._stale, timeout=30000)


def test_values_confirmed_once_are_remembered_and_applied_by_the_command_line(
    ctx, qtbot, tmp_path, capsys
):
    src = hand_kept_list(tmp_path / "quy.xlsx")
    dialog = open_dialog(ctx, qtbot, [src])
    panel = dialog.values_panel
    listed = [(v.field, v.written, v.rows, v.proposal, v.action) for v in panel.values]
    assert listed == [
        ("form", "Ảnh", 12, None, "keep"),
        ("form", "Video clip", 10, "Video", "map"),
        ("form", "Livestream", 3, None, "keep"),
    ]
    assert dialog.tabs.tabText(2) == "Giá trị cần xác nhận (3)"
    table = panel.table
    assert [table.item(1, c).text() for c in range(4)] == ["Hình thức", "Video clip", "10", "Video"]
    assert panel.combo("form", "Video clip").currentText() == "Video"
    assert panel.combo("form", "Ảnh").currentText() == "Giữ nguyên “Ảnh” (hình thức mới)"
    # The officer merges Livestream into Video and leaves the photos out.
    _choose(dialog, qtbot, "form", "Livestream", "Video")
    _choose(dialog, qtbot, "form", "Ảnh", "Bỏ qua các dòng này")
    assert dialog.tabs.tabText(0) == "Xem trước (40 dòng hợp lệ)"
    assert "12 dòng bỏ qua theo lựa chọn" in dialog.status_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert "Bỏ qua 12 dòng theo lựa chọn giá trị." in dialog.status_label.text()
    assert _forms(ctx.workspace) == {"Tin bài": 27, "Video": 13}

    # Next quarter's list, same headers: the command line applies the choices.
    nxt = hand_kept_list(tmp_path / "quy-sau.xlsx", prefix="Bài CĐS quý sau")
    assert main(["import", str(nxt), "--db", str(ctx.workspace.path)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 40 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    assert "Bỏ qua 12 dòng theo lựa chọn giá trị." in out
    assert "hình thức mới" not in out
    assert _forms(ctx.workspace) == {"Tin bài": 54, "Video": 26}

    # And the dialog shows them as remembered.
    again = open_dialog(ctx, qtbot, [nxt])
    remembered = {(v.written, v.action, v.to, v.remembered) for v in again.values_panel.values}
    assert ("Livestream", "map", "Video", True) in remembered
    assert ("Ảnh", "skip", None, True) in remembered
    assert ("Video clip", "map", "Video", False) in remembered


def test_a_refused_row_corrected_in_place_and_rejects_saved_after_import(ctx, qtbot, tmp_path):
    rows = [
        ["05/01/2023", "III.2.a/TH", "Chuyên mục truyền hình", "CĐS tuần 1", 1, "1.500.000"],
        ["12/01/2023", "III.2.a/TH", "Chuyên mục truyền hình", "CĐS tuần 2", 1, "1,5 triệu"],
        ["32/01/2023", "III.2.a/TH", "Chuyên mục truyền hình", "CĐS tuần 3", 1, ""],
    ]
    src = write_list_csv(tmp_path / "dai.csv", rows)
    dialog = open_dialog(ctx, qtbot, [src])
    model = dialog.refused_model
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == "dai.csv, 3"
    cost = model.index(0, 8)
    assert model.data(cost) == "1,5 triệu"
    # The reason comes last, after the cells of every field.
    assert "có chữ" in model.data(model.index(0, len(FIELDS) + 1))
    assert model.flags(cost) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 6)) & Qt.ItemFlag.ItemIsEditable  # no Đường dẫn column
    assert model.setData(cost, "1.500.000")
    assert not dialog.import_button.isEnabled()  # checked again before Nhập
    qtbot.waitUntil(lambda: not dialog.busy and not dialog._stale, timeout=30000)
    assert dialog.tabs.tabText(0) == "Xem trước (2 dòng hợp lệ)"
    assert model.rowCount() == 1
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert dialog.status_label.text().startswith("Đã nhập 2, đã có sẵn 0, bị từ chối 1.")
    costs = sorted(
        a.cost for a in ctx.workspace.activities.iterate(ActivityFilter(unit_id=ctx.unit.id))
    )
    assert costs == [1_500_000, 1_500_000]
    # Still savable after Nhập, as the list to correct and import again.
    assert dialog.save_rejects_button.isEnabled()
    out = tmp_path / "con-loi.xlsx"
    assert dialog.save_rejects(str(out))
    sheet = openpyxl.load_workbook(out).active
    assert [c.value for c in sheet[2]][:4] == [
        "32/01/2023",
        "III.2.a/TH",
        "Chuyên mục truyền hình",
        "CĐS tuần 3",
    ]


def test_a_list_of_another_unit_asks_before_writing(ctx, qtbot, tmp_path):
    src = department_year(tmp_path / "so.xlsx")
    dialog = open_dialog(ctx, qtbot, [src])
    text = dialog.status_label.text()
    assert text.startswith(
        "Cảnh báo: Danh sách này có vẻ của Sở Thông tin và Truyền thông: 86/86 dòng thuộc "
        "nhiệm vụ do Sở Thông tin và Truyền thông chủ trì."
    )
    assert dialog.owner_check.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.owner_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    assert dialog.status_label.text().startswith("Đã nhập 91, đã có sẵn 0, bị từ chối 0.")
