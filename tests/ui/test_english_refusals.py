"""The English interface explains refusals from the plan files, the store and
the reports in English: the lower layers raise a Message (Vietnamese text
with its template and values), the windows translate it, also the reason
nested inside a refusal."""

from __future__ import annotations

import re
import zipfile

import plan_documents as docs
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.plan_page import PlanPage

VIETNAMESE = re.compile(r"[À-ỹ]")


def _when_box(seen: list) -> None:
    """Read the text of the next message box that comes up (modal), and close it."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def test_a_refused_plan_file_is_explained_in_english(english, ctx, qtbot, tmp_path):
    path = tmp_path / "ke-hoach.cdskh"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ghi-chu.txt", "không phải kế hoạch")
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    seen: list[str] = []
    _when_box(seen)
    assert not page.load_plan_file(path)
    assert seen == [
        "The plan file “ke-hoach.cdskh” was refused: there is no manifest.json: "
        "this is not a plan file."
    ]


def test_a_scanned_plan_document_is_explained_in_english(english, ctx, qtbot, tmp_path):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    seen: list[str] = []
    _when_box(seen)
    assert not page.import_document(docs.write_scanned_pdf(tmp_path / "scan.pdf"))
    assert seen == [
        "The PDF file “scan.pdf” has no text layer (it may be a scan or a photo), so the plan "
        "cannot be read from it. Use the DOCX, or a PDF saved from Word, or run text "
        "recognition (OCR) on this file before importing it."
    ]
    assert page.import_dialog is None


def test_an_unusable_backup_folder_is_explained_in_english(english, qapp, qtbot, tmp_path):
    from desktop.store import backup as bk
    from desktop.ui.backup_dialogs import BackupFolderDialog

    blocker = tmp_path / "tep"
    blocker.write_text("x")
    dialog = BackupFolderDialog()
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(blocker / "con"))
    seen: list[str] = []
    _when_box(seen)
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert seen[0].startswith(f"The backup folder “{blocker / 'con'}” cannot be used (")
    assert seen[0].endswith(
        "). If it is on a USB or network drive, check that it is plugged in or connected."
    )
    assert bk.get_backup_dir() == bk.default_backup_dir()


def test_a_file_that_is_no_backup_is_refused_in_english(english, ctx, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.backup_dialogs import RestoreDialog

    other = tmp_path / "ghi-chu.cdsdb"
    other.write_text("không phải dữ liệu", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    dialog = RestoreDialog(ctx.workspace.path, ctx.workspace.figures.counts())
    qtbot.addWidget(dialog)
    seen: list[str] = []
    _when_box(seen)
    dialog._other_clicked()
    assert seen == [f"The file “{other}” is not a data file of this app."]


def test_a_workspace_open_elsewhere_is_explained_in_english(english, qapp, unit_ws, monkeypatch):
    from desktop.store.lock import acquire_lock
    from desktop.ui.startup import open_workspace_interactively

    path = unit_ws.path
    unit_ws.close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    lock = acquire_lock(path)
    try:
        assert open_workspace_interactively(path) is None
    finally:
        lock.release()
    assert len(shown) == 1
    assert (
        f"The data file “{path}” is open in another window of the app (on this computer"
        in (shown[0])
    )
    assert "Each data file is open in one place only" in shown[0]
    assert not VIETNAMESE.search(shown[0].replace(str(path), ""))


def _template_with(tmp_path, text: str):
    """The built-in report template with its “{{ subject }}” paragraph replaced by `text`."""
    import docx

    from desktop.reports.make_template import default_template_path

    doc = docx.Document(str(default_template_path()))
    paragraph = next(p for p in doc.paragraphs if "{{ subject }}" in p.text)
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = text
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    return path


def test_a_broken_report_template_is_explained_in_english(
    english, ctx, qtbot, tmp_path, monkeypatch, add
):
    from datetime import date

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui import report_page
    from desktop.ui.report_page import ReportPage

    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1")
    broken = _template_with(tmp_path, "{{ ten_don_vi }} {{ “unit_name” }}")
    ctx.settings.setValue(report_page.TEMPLATE_KEY, str(broken))
    ctx.settings.setValue(report_page.OPEN_AFTER_KEY, False)
    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.show()
    out = tmp_path / "bc.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    seen: list[str] = []
    _when_box(seen)
    qtbot.mouseClick(page.export_docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=30000)
    lines = seen[0].split("\n")
    where = "the body, paragraph “{{ ten_don_vi }} {{ “unit_name” }}”"
    assert lines[0] == f"The report template “{broken}” cannot be used:"
    assert lines[1].startswith(
        f"- {where}: there is no field “ten_don_vi”. The fields that can be used: "
    )
    assert lines[2] == (
        f"- {where}: the placeholder “{{{{ “unit_name” }}}}” has curly quotes (“ ” ‘ ’); a "
        "placeholder's name has no quotes, for example { unit_name }."
    )
    assert len(lines) == 3
    assert not out.exists()
    qtbot.waitUntil(page.export_docx_button.isEnabled)


def test_counts_in_a_refusal_are_written_each_language_its_way(english):
    from pathlib import Path

    import pytest

    from desktop.io.plan_document import PlanDocumentError, _limit_text
    from desktop.ui.texts import translated_error

    with pytest.raises(PlanDocumentError) as e:
        _limit_text(Path("kh.txt"), 3_000_001)
    assert str(e.value) == (
        "Tệp “kh.txt” có quá nhiều chữ (3.000.001 ký tự) cho một văn bản kế hoạch; không đọc."
    )
    assert translated_error(e.value) == (
        "The file “kh.txt” holds too much text (3,000,001 characters) for a plan document; "
        "it was not read."
    )


def test_a_year_beyond_any_unit_in_english(english):
    from desktop.domain.activity import MAX_YEAR_COST, year_totals_problem
    from desktop.ui.texts import translated_message

    problem = year_totals_problem(MAX_YEAR_COST + 1_000_000, 5, "Xã A", 2023, "ds.csv")
    assert translated_message(problem) == (
        "the total cost of 2023 for “Xã A” (from ds.csv) would be VND 1,000,000,001,000,000, "
        "beyond the VND 1,000,000,000,000,000 no unit reaches; check the Cost column"
    )


def test_a_file_that_cannot_be_written_is_explained_in_english(english, qapp, tmp_path):
    import errno

    from desktop.files import FileWriteError, atomic_path, explain_os_error
    from desktop.ui.errors import show_error
    from desktop.ui.texts import translated_message

    seen: list[str] = []
    _when_box(seen)
    try:
        with atomic_path(tmp_path):
            pass
    except FileWriteError as e:
        show_error(None, e)
    assert seen == [f"“{tmp_path}” is a folder, not a file name."]
    busy = explain_os_error(tmp_path / "bc.docx", PermissionError(errno.EACCES, "denied"))
    assert translated_message(busy) == (
        f"Cannot write the file “{tmp_path / 'bc.docx'}”: it is open in another program (Word, "
        "Excel...) or the folder cannot be written to. Close the file or choose another place to "
        "save it."
    )


def test_a_damaged_workspace_read_is_explained_not_unexpected(english, qapp):
    import sqlite3

    from desktop.ui.errors import show_error

    seen: list[str] = []
    _when_box(seen)
    show_error(None, sqlite3.DatabaseError("database disk image is malformed"))
    assert seen == [
        "The data file is damaged in one place and cannot be read (database disk image is "
        "malformed). Nothing saved was changed. Restore it from the latest backup (Tools > "
        "Restore from backup..., or the restore command)."
    ]
