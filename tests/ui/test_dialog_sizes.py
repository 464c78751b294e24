"""Every dialog fits a 1280×720 screen (its smallest layout inside the
screen less the window frame) and is wide enough for its title, in
Vietnamese and in English, so no title bar cuts the title and no button
falls below the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.io.plan_document import read_document_lines
from desktop.reports.context import unit_report
from desktop.reports.gather import gather_unit
from desktop.reports.preflight import check_unit_report
from desktop.ui.geometry import FRAME_MARGIN, title_width
from desktop.ui.startup import install_translation, remove_translations

SMALL_SCREEN = (1280, 720)
SEED = Path(__file__).resolve().parents[2] / "resources" / "ke-hoach-2023.txt"


def _dialogs(ctx, monkeypatch):
    from desktop.domain.plan_reader import read_plan_text
    from desktop.ui.activity_form import ActivityDialog
    from desktop.ui.backup_dialogs import BackupFolderDialog, RestoreDialog
    from desktop.ui.consolidated_texts_dialog import ConsolidatedTextsDialog
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.help_dialog import GuideDialog
    from desktop.ui.import_dialog import ImportDialog
    from desktop.ui.import_history import ImportHistoryDialog
    from desktop.ui.merge_dialog import MergeUnitsDialog
    from desktop.ui.plan_import_dialog import PlanImportDialog
    from desktop.ui.plan_page import TargetDialog
    from desktop.ui.preflight_dialog import PreflightDialog
    from desktop.ui.send_dialog import SendDialog
    from desktop.ui.settings_dialog import SettingsDialog
    from desktop.ui.sign_dialog import SignDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    ws = ctx.workspace
    plan = ws.plans.get(2023)
    proposal = read_plan_text(read_document_lines(SEED), None)
    data = gather_unit(ws, 2023)
    findings = check_unit_report(data, unit_report(data))
    assert len(findings) >= 8
    return [
        ActivityDialog(ctx),
        RestoreDialog(ws.path, ws.figures.counts()),
        BackupFolderDialog(),
        ConsolidatedTextsDialog(ctx),
        FirstRunDialog(ws),
        GuideDialog(),
        ImportDialog(ctx),
        ImportHistoryDialog(ctx, None),
        MergeUnitsDialog(ctx),
        PlanImportDialog(ctx, proposal, SEED.name),
        TargetDialog(plan.targets[0], plan.unit_kinds),
        PreflightDialog(findings, "Gửi"),
        SendDialog(ctx),
        SettingsDialog(ctx.settings),
        SignDialog(ctx),
    ]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_fits_a_small_screen_and_its_title(language, ctx, qapp, qtbot, monkeypatch):
    if language != "vi":
        assert install_translation(qapp, language)
    try:
        dialogs = _dialogs(ctx, monkeypatch)
        too_big, cut_titles = [], []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            room = (SMALL_SCREEN[0] - FRAME_MARGIN[0], SMALL_SCREEN[1] - FRAME_MARGIN[1])
            if smallest.width() > room[0] or smallest.height() > room[1]:
                too_big.append((type(dialog).__name__, smallest.width(), smallest.height()))
            # Opened no larger than the screen (the tests' screen is smaller still).
            available = dialog.screen().availableGeometry()
            if dialog.height() > available.height() - FRAME_MARGIN[1]:
                too_big.append((type(dialog).__name__, "opened", dialog.width(), dialog.height()))
            title = dialog.windowTitle()
            needed = title_width(dialog)
            if dialog.width() < min(needed, room[0]):
                cut_titles.append((type(dialog).__name__, title, dialog.width(), needed))
        assert too_big == []
        assert cut_titles == []
        assert len(dialogs) == 15
    finally:
        if language != "vi":
            remove_translations(qapp)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_one_value_questions_are_as_wide_as_their_titles(
    language, ctx, qapp, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QDialog, QInputDialog

    from desktop.ui.forms_panel import FormsPanel
    from desktop.ui.plan_page import PlanPage

    asked = []

    def answer(dialog):
        # as laid out on screen: Qt sizes the dialog when it is shown
        dialog.show()
        qapp.processEvents()
        asked.append((dialog.windowTitle(), dialog.width(), title_width(dialog)))
        dialog.close()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QInputDialog, "exec", answer)
    if language != "vi":
        assert install_translation(qapp, language)
    try:
        page = PlanPage(ctx)
        qtbot.addWidget(page)
        page.copy_plan()
        forms = FormsPanel(ctx)
        qtbot.addWidget(forms)
        forms.show_plan(ctx.workspace.plans.get(2023))
        forms.refresh()
        forms.table.selectRow(0)
        forms.ask_rename()
        forms.ask_merge()
        assert len(asked) == 3
        for title, width, needed in asked:
            assert needed <= width <= SMALL_SCREEN[0] - FRAME_MARGIN[0], title
        assert ctx.workspace.plans.years() == [2023]
    finally:
        if language != "vi":
            remove_translations(qapp)
