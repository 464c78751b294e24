"""The English interface explains refusals from the plan files, the store and
the reports in English: the lower layers raise a Message (Vietnamese text
with its template and values), the windows translate it, also the reason
nested inside a refusal."""

from __future__ import annotations

import zipfile

import plan_documents as docs

from desktop.ui.plan_page import PlanPage
from tests.ui.modal import when_modal


def _read_box(seen: list) -> callable:
    def read_and_close(box) -> None:
        seen.append(box.text())
        box.accept()

    return read_and_close


def test_a_refused_plan_file_is_explained_in_english(english, ctx, qtbot, tmp_path):
    path = tmp_path / "ke-hoach.cdskh"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ghi-chu.txt", "không phải kế hoạch")
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    seen: list[str] = []
    when_modal("", _read_box(seen))
    assert not page.load_plan_file(path)
    assert seen == [
        "The plan file “ke-hoach.cdskh” was refused: there is no manifest.json: "
        "this is not a plan file."
    ]


def test_a_scanned_plan_document_is_explained_in_english(english, ctx, qtbot, tmp_path):
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    seen: list[str] = []
    when_modal("", _read_box(seen))
    assert not page.import_document(docs.write_scanned_pdf(tmp_path / "scan.pdf"))
    assert seen == [
        "The PDF file “scan.pdf” has no text layer (it may be a scan or a photo), so the plan "
        "cannot be read from it. Use the DOCX, or a PDF saved from Word, or run text "
        "recognition (OCR) on this file before importing it."
    ]
    assert page.import_dialog is None
