"""What an import did, worded by the interface: the same Vietnamese as the
command line's (ImportSummary.notes, PreviousSummary.describe,
OwnerWarning.describe), and English in the English interface, through the
import dialog on real files."""

from __future__ import annotations

import re

import openpyxl
from PySide6.QtCore import Qt

from desktop.domain.ownership import OwnerWarning
from desktop.io.importer import ImportSummary, check_import, commit_import, open_import, plan_lookup
from desktop.store import backup as bk
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.import_texts import owner_line, summary_lines
from desktop.ui.startup import backup_kind, backup_summary, install_translation, remove_translations

VIETNAMESE = re.compile(r"[À-ỹ]")


def _new_forms_list(path):
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề", "Số lượng"])
    sheet.append(["06/01/2023", "III.2.a/TH", "Livestream", "Trực tiếp chuyển đổi số", 1])
    sheet.append(["13/01/2023", "III.2.a/TH", "Livestream", "Trực tiếp tuần 2", 1])
    sheet.append(["20/01/2023", "", "Ảnh", "Ảnh hội nghị", 3])
    wb.save(path)
    return path


def test_the_vietnamese_lines_are_the_command_lines(unit_ws, tmp_path):
    from import_fixtures import make_v1_workspace

    paths = [_new_forms_list(tmp_path / "ds.xlsx"), make_v1_workspace(tmp_path / "cu.cdsdb")]
    session = open_import([str(p) for p in paths], unit_ws.texts.import_mapping)
    summary = commit_import(session, check_import(session, plan_lookup(unit_ws), None), unit_ws)
    assert summary.new_forms and summary.previous
    expected = [summary.describe()]
    expected += [f"Dữ liệu năm trước: {p.describe()}." for p in summary.previous]
    expected += summary.notes()
    assert summary_lines(summary) == expected
    assert "2 hình thức mới: Livestream (2 dòng), Ảnh (1 dòng)." in expected

    made = ImportSummary(inserted=5, derived_plans=[])
    made.skipped_by_choice = 2
    assert summary_lines(made) == [made.describe(), *made.notes()]
    warning = OwnerWarning("Sở Thông tin và Truyền thông", 4, 5)
    assert owner_line(warning) == f"Cảnh báo: {warning.describe()}."


def test_the_import_summary_in_english(english, ctx, qtbot, tmp_path):
    from import_fixtures import make_v1_workspace

    paths = [_new_forms_list(tmp_path / "ds.xlsx"), make_v1_workspace(tmp_path / "cu.cdsdb")]
    dialog = ImportDialog(ctx, [str(p) for p in paths])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.result is not None and not dialog.busy, timeout=30000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=30000)
    lines = dialog.status_label.text().splitlines()
    assert lines[0] == "Imported 6, already present 0, refused 0."
    assert lines[1] == (
        "Previous year's data: “cu.cdsdb” (Đài Phát thanh và Truyền hình tỉnh's data); "
        "unit profile taken; 2022 plan added; 3 new activities, 0 already present; "
        "2 new report passages, 0 already present."
    )
    assert lines[2] == "2 new forms: Livestream (2 rows), Ảnh (1 rows)."
    # Only the data (names of units, files and forms) stays Vietnamese.
    for line in lines:
        words = line.replace("Đài Phát thanh và Truyền hình tỉnh", "").replace("Ảnh", "")
        assert not VIETNAMESE.search(words), line


def test_a_backup_described_in_both_languages(ctx, qapp, tmp_path):
    path = bk.make_backup(ctx.workspace.conn, ctx.workspace.path, bk.KIND_DAILY)
    info = bk.inspect_backup(path, check=None)
    [entry] = [e for e in bk.list_backups(ctx.workspace.path.stem, path.parent) if e.path == path]
    assert backup_summary(info) == info.describe()
    assert backup_kind(entry) == "Tự động hằng ngày"
    assert install_translation(qapp, "en")
    try:
        assert backup_kind(entry) == "Daily, automatic"
        text = backup_summary(info)
        assert text.startswith("Backup made at ") and " activities, 1 plans, " in text
        assert not VIETNAMESE.search(text.replace(info.unit_name or "", ""))
    finally:
        remove_translations(qapp)
