"""Kế hoạch → Nhập kế hoạch từ văn bản: the review dialog writes nothing
before Lưu, shows each target beside its sentence and the lines not read,
and saves the officer's corrections."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.ui.plan_import_dialog import COLUMNS
from desktop.ui.plan_page import PlanPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import plan_documents as docs  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "resources" / "ke-hoach-2023.txt"


def _row(dialog, code: str) -> int:
    col = COLUMNS.index("code")
    for r in range(dialog.table.rowCount()):
        if dialog.table.item(r, col).text() == code:
            return r
    raise AssertionError(code)


def test_seed_is_reviewed_beside_its_sentences_and_nothing_is_written(ctx, qtbot):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    before = ctx.workspace.plans.get(2023)
    assert page.import_document(SEED)
    dialog = page.import_dialog
    assert dialog.table.rowCount() == 17
    r = _row(dialog, "III.2.b/DT")
    assert dialog.table.item(r, COLUMNS.index("target")).text() == "24"
    assert (
        "02 kỳ/tháng (đối với báo điện tử)" in dialog.table.item(r, COLUMNS.index("source")).text()
    )
    assert dialog.unread.rowCount() == len(dialog.proposal.unread) > 0
    texts = {dialog.unread.item(i, 3).text() for i in range(dialog.unread.rowCount())}
    assert "2. Sở Tài chính" in texts
    assert dialog.consolidator.text() == "Sở Thông tin và Truyền thông"
    # the year has a plan: saving needs the replace box
    assert dialog.replace_box.isVisibleTo(dialog)
    dialog.save()
    assert "đã có kế hoạch" in dialog.error.text()
    after = ctx.workspace.plans.get(2023)
    assert [(t.code, t.target, t.title) for t in after.targets] == [
        (t.code, t.target, t.title) for t in before.targets
    ]
    dialog.reject()


def test_a_new_year_is_corrected_and_saved(ctx, qtbot, tmp_path):
    path = docs.write_docx(tmp_path / "kh-2026.docx", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.import_document(path)
    dialog = page.import_dialog
    assert not dialog.replace_box.isVisibleTo(dialog)
    assert ctx.workspace.plans.get(2026) is None
    r = _row(dialog, "III.4.1")
    dialog.table.item(r, COLUMNS.index("target")).setText("abc")
    dialog.save()
    assert "III.4.1" in dialog.error.text() and ctx.workspace.plans.get(2026) is None
    dialog.table.item(r, COLUMNS.index("target")).setText("6")
    r2 = _row(dialog, "III.3.1")
    dialog.table.item(r2, COLUMNS.index("per_unit")).setCheckState(Qt.CheckState.Checked)
    dialog.deadline.setText("30/11/2026")
    dialog.save()
    assert dialog.saved and dialog.error.text() == ""
    plan = ctx.workspace.plans.get(2026)
    assert plan.target("III.4.1").target == 6
    assert plan.target("III.3.1").per_unit is True
    assert plan.target("III.2.1/PL").target == 48
    assert plan.report_deadline.isoformat() == "2026-11-30"
    assert plan.consolidator == "Sở Khoa học và Công nghệ"
    assert ctx.year == 2026


def test_scanned_pdf_is_explained(ctx, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "desktop.ui.plan_page.QMessageBox.warning", lambda _p, title, text: shown.append(text)
    )
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert not page.import_document(docs.write_scanned_pdf(tmp_path / "scan.pdf"))
    assert shown and "không có lớp chữ" in shown[0]
    assert page.import_dialog is None


def test_plan_file_is_loaded_after_confirmation(ctx, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.io.plan_file import write_plan_file

    ws = ctx.workspace
    published = replace(
        ws.plans.get(2023),
        year=2026,
        number="45/KH-UBND",
        targets=[
            replace(
                t, due_start=t.due_start.replace(year=2026), due_end=t.due_end.replace(year=2026)
            )
            for t in ws.plans.get(2023).targets
        ],
    )
    path = write_plan_file(tmp_path / "kh.cdskh", published, ws.units.all())
    asked = []

    def answer(_parent, _title, text):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("desktop.ui.plan_page.QMessageBox.question", answer)
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.import_document(path)
    assert "17 chỉ tiêu" in asked[0]
    assert ctx.workspace.plans.get(2026).number == "45/KH-UBND"
    assert ctx.year == 2026


def test_rows_keep_to_a_few_lines_and_the_whole_sentence_is_in_the_tooltip(ctx, qtbot):
    from desktop.ui.plan_import_dialog import ROW_LINES
    from desktop.ui.tables import CELL_PADDING, line_height

    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.import_document(SEED)
    dialog = page.import_dialog
    table = dialog.table
    tallest = ROW_LINES * line_height(table.fontMetrics()) + 2 * CELL_PADDING
    assert {table.rowHeight(r) for r in range(table.rowCount())} == {tallest}
    source = table.item(0, COLUMNS.index("source"))
    assert source.toolTip() == source.text() and source.text().count("\n") >= 3
    dialog.reject()


def test_the_lines_not_used_give_their_reason_in_english(ctx, qtbot, qapp):
    import re

    from desktop.ui.startup import install_translation, remove_translations

    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.import_document(SEED)
    vietnamese = [page.import_dialog.unread.item(r, 2).text() for r in range(3)]
    page.import_dialog.reject()
    assert vietnamese[0] == "phần mở đầu (căn cứ ban hành)"
    assert install_translation(qapp, "en")
    try:
        assert page.import_document(SEED)
        unread = page.import_dialog.unread
        reasons = {unread.item(r, 2).text() for r in range(unread.rowCount())}
        assert unread.item(0, 2).text() == "opening (legal grounds)"
        assert "purpose and requirements: no targets" in reasons
        assert [r for r in reasons if re.search(r"[À-ỹ]", r)] == []
        page.import_dialog.reject()
    finally:
        remove_translations(qapp)


def test_the_opening_part_and_a_refusal_in_english(english, ctx, qtbot):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    assert page.import_document(SEED)
    dialog = page.import_dialog
    assert dialog.proposal.unread[0].section == "Phần mở đầu"  # kept in Vietnamese
    assert dialog.unread.item(0, 1).text() == "Opening part"
    dialog.title.setText("")
    dialog.save()
    assert dialog.error.text() == "The plan has no title."
    dialog.reject()
