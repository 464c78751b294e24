"""The pre-flight check's messages: codes in the check, texts in the
interface's language (the same Vietnamese as the command line, English in
the English interface)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from desktop.reports import preflight
from desktop.ui import preflight_texts
from desktop.ui.preflight_dialog import PreflightDialog
from desktop.ui.report_page import ReportPage
from desktop.ui.startup import install_translation, remove_translations

VIETNAMESE = re.compile(r"[À-ỹ]")


def test_interface_texts_are_the_checks_own():
    assert preflight_texts.MESSAGES == preflight.MESSAGES
    assert preflight_texts.SECTIONS == preflight.SECTION_LABELS
    assert preflight_texts.PLAN_PARTS == preflight.PLAN_PARTS
    assert preflight_texts.HEADER_LABELS == preflight.HEADER_LABELS
    assert preflight_texts.ADDRESSEE_REASONS == preflight.ADDRESSEE_REASONS


@pytest.fixture
def findings(ctx, qtbot, add):
    add(date(2023, 1, 2), "Chuyên mục CĐS tuần 1")
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    found = page.preflight_findings()
    codes = {f.code for f in found}
    assert {"signer_name", "task_short", "causes_empty", "section_empty"} <= codes
    return found


def test_vietnamese_interface_shows_the_checks_messages(findings, qtbot):
    dialog = PreflightDialog(findings, "Vẫn xuất báo cáo")
    qtbot.addWidget(dialog)
    shown = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert shown == [f.message for f in findings]
    causes = next(f.message for f in findings if f.code == "causes_empty")
    assert causes.startswith("Mục “II.3. Nguyên nhân” chưa có nội dung: bản nháp chỉ nêu số liệu")


def test_english_interface_translates_every_message(findings, qapp, qtbot):
    assert install_translation(qapp, "en")
    try:
        dialog = PreflightDialog(findings, "Export anyway")
        qtbot.addWidget(dialog)
        shown = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    finally:
        remove_translations(qapp)
    by_code = dict(zip((f.code for f in findings), shown, strict=True))
    assert by_code["signer_name"].startswith("The signer's name is missing")
    assert "“II.3. Causes”" in by_code["causes_empty"]
    # Only the data stays as written (the task's measure, the unit's name).
    assert by_code["task_short"].startswith("Task III.2.a/TH: 1/52 chuyên mục")
    with_data = {"task_short", "profile_default", "glyph"}
    for f, text in zip(findings, shown, strict=True):
        assert text != f.message
        if f.code not in with_data:
            assert not VIETNAMESE.search(text), text
