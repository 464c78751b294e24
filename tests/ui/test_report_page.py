"""Báo cáo page: typing autosaves per unit and year, the suggested draft, the
preview pages, export in the background to DOCX and PDF."""

from __future__ import annotations

import subprocess
from datetime import date

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.reports import context as rc
from desktop.ui import report_page
from desktop.ui.report_page import ReportPage


@pytest.fixture
def page(ctx, qtbot, add):
    for week in range(10):
        add(date(2023, 1, 2 + week), f"Chuyên mục CĐS tuần {week + 1}", link=f"https://x.vn/{week}")
    add(date(2023, 3, 1), "Tin hội nghị", code=None, form="Tin bài")
    ctx.settings.setValue(report_page.OPEN_AFTER_KEY, False)
    widget = ReportPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def texts(ctx):
    return ctx.workspace.texts.report_texts(ctx.unit.id, 2023)


def test_typing_autosaves_and_survives_reopening(page, ctx, qtbot, type_text):
    box = page.boxes[rc.CHI_DAO]
    box.setFocus()
    type_text(box, "Ban hành kế hoạch {{ x }}")
    qtbot.waitUntil(lambda: texts(ctx).get(rc.CHI_DAO) == "Ban hành kế hoạch {{ x }}")
    assert page.save_status.text().startswith("Đã lưu lúc")
    type_text(page.number, "7")
    page.has_date.setChecked(True)
    page.report_date.setDate(date(2024, 1, 5))
    type_text(page.signer_name, "Lê Văn Cường")
    # Leaving the page saves at once, without waiting for the timer.
    page.hide()
    stored = texts(ctx)
    assert stored[rc.META_NUMBER] == "7"
    assert stored[rc.META_DATE] == "2024-01-05"
    assert stored[rc.META_SIGNER_NAME] == "Lê Văn Cường"
    again = ReportPage(ctx)
    qtbot.addWidget(again)
    assert again.boxes[rc.CHI_DAO].toPlainText() == "Ban hành kế hoạch {{ x }}"
    assert again.number.text() == "7" and again.has_date.isChecked()


def test_task_remarks_have_one_box_per_task(page, ctx, qtbot, type_text):
    key = rc.task_key("III.2.a/TH")
    assert key in page.boxes and rc.task_key("III.2.a/PT") in page.boxes
    type_text(page.boxes[key], "Phát sóng tối thứ Bảy")
    qtbot.waitUntil(lambda: texts(ctx).get(key) == "Phát sóng tối thứ Bảy")
    # Above each box: the task, then its figures and their state.
    from PySide6.QtWidgets import QLabel

    from desktop.domain.progress import STATUS_LABELS

    layout = page.tasks_layout
    labels = [layout.itemAt(i).widget() for i in range(layout.count())]
    lines = [w.text().split("<br/>") for w in labels if isinstance(w, QLabel)]
    assert len(lines) == len([k for k in page.boxes if k.startswith(rc.task_key(""))])
    [tv] = [figures for head, figures in lines if head.startswith("<b>III.2.a/TH</b> — ")]
    assert tv == "10/52 chuyên mục, 19,2% — Không đạt"
    assert all(f.rsplit(" — ", 1)[1] in set(STATUS_LABELS.values()) for _, f in lines)


def test_suggestion_fills_empty_assessment(page, ctx, qtbot, monkeypatch):
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    missing = page.boxes[rc.TON_TAI].toPlainText()
    assert "III.2.a/TH" in missing and "còn thiếu 42 chuyên mục" in missing
    assert texts(ctx)[rc.TON_TAI] == missing
    # With text already there, "No" keeps it and fills only the empty parts.
    page.boxes[rc.UU_DIEM].setPlainText("Ý của đơn vị")
    page.boxes[rc.NGUYEN_NHAN].setPlainText("")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.suggest_button, Qt.MouseButton.LeftButton)
    assert page.boxes[rc.UU_DIEM].toPlainText() == "Ý của đơn vị"
    assert page.boxes[rc.NGUYEN_NHAN].toPlainText()
    assert texts(ctx)[rc.UU_DIEM] == "Ý của đơn vị"


def test_preview_shows_pages(page, qtbot):
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_page_count() >= 3, timeout=30000)
    first = page.pages_layout.itemAt(0).widget().pixmap()
    assert first.width() < first.height()  # A4 portrait
    assert page.preview_status.text().startswith("Xem trước")


def test_export_docx_and_pdf(page, ctx, qtbot, tmp_path, monkeypatch, type_text):
    type_text(page.boxes[rc.DE_XUAT], "Đề nghị hỗ trợ kinh phí")
    target = {"docx": tmp_path / "bao cao.docx", "pdf": tmp_path / "bao cao.pdf"}
    asked = []

    def save_dialog(parent, title, suggested, pattern):
        asked.append(suggested)
        kind = "docx" if "docx" in pattern else "pdf"
        return str(target[kind]), pattern

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    qtbot.mouseClick(page.export_docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: target["docx"].exists() and page.export_pdf_button.isEnabled(), timeout=60000
    )
    assert asked[0].endswith("Bao-cao-CDS-2023-PTTH.docx")
    paragraphs = [p.text for p in docx.Document(str(target["docx"])).paragraphs]
    assert "Đề nghị hỗ trợ kinh phí" in paragraphs
    assert "Đã xuất" in page.save_status.text()
    qtbot.mouseClick(page.export_pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: target["pdf"].exists() and page.export_docx_button.isEnabled(), timeout=60000
    )
    text = subprocess.run(
        ["pdftotext", str(target["pdf"]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Đề nghị hỗ trợ kinh phí" in text and "BÁO CÁO" in text


def test_the_check_before_export_runs_off_the_window_thread(page, qtbot, tmp_path, monkeypatch):
    """The pre-flight check gathers the whole report: the window keeps
    answering meanwhile, and the file is asked for once it is made."""
    import threading

    checked_on = []
    real = page._findings
    monkeypatch.setattr(
        page, "_findings", lambda: checked_on.append(threading.current_thread()) or real()
    )
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda parent, title, suggested, pattern: asked.append(suggested) or ("", ""),
    )
    qtbot.mouseClick(page.export_docx_button, Qt.MouseButton.LeftButton)
    assert asked == []  # not yet: the check is being made
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=30000)
    assert len(checked_on) == 1 and checked_on[0] is not threading.main_thread()


def test_broken_template_is_explained(page, ctx, qtbot, tmp_path, monkeypatch):
    broken = tmp_path / "mau.docx"
    broken.write_bytes(b"not a zip")
    ctx.settings.setValue(report_page.TEMPLATE_KEY, str(broken))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    out = tmp_path / "bc.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    qtbot.mouseClick(page.export_docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "mau.docx" in shown[0] and "bị hỏng" in shown[0]
    assert not out.exists()
    assert page.export_docx_button.isEnabled()


def test_template_copy_for_editing(page, ctx, qtbot, tmp_path, monkeypatch):
    from desktop.reports.make_template import default_template_path

    assert page.template_label.text() == "Mẫu: có sẵn của ứng dụng"
    target = tmp_path / "mau-cua-dai"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.copy_template_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "mau-cua-dai.docx"
    assert saved.read_bytes() == default_template_path().read_bytes()
    assert ctx.settings.value(report_page.TEMPLATE_KEY) == str(saved)
    assert page.template_label.text() == "Mẫu: mau-cua-dai.docx"


def test_empty_sections_show_their_draft(page, qtbot, type_text):
    box = page.boxes[rc.TON_TAI]
    assert box.toPlainText() == ""
    assert "còn thiếu 42 chuyên mục" in box.placeholderText()
    assert "II.2" in page.draft_note.text() and "I.1" in page.draft_note.text()
    type_text(box, "Còn thiếu phóng viên")
    assert "II.2" not in page.draft_note.text() and "II.1" in page.draft_note.text()


def test_drafts_are_gathered_when_the_page_is_shown(ctx, qtbot, add, monkeypatch):
    """The window's start does not wait for the drafts of a page nobody is
    looking at: they gather the whole report's figures."""
    from desktop.ui import report_drafts

    add(date(2023, 1, 2), "Chuyên mục CĐS tuần 1")
    gathered = []
    real = report_drafts.gather_unit
    monkeypatch.setattr(
        report_drafts, "gather_unit", lambda *a, **k: gathered.append(1) or real(*a, **k)
    )
    widget = ReportPage(ctx)
    qtbot.addWidget(widget)
    assert gathered == []
    assert "còn thiếu" not in widget.boxes[rc.TON_TAI].placeholderText()
    widget.show()
    assert gathered == [1]
    assert "còn thiếu 51 chuyên mục" in widget.boxes[rc.TON_TAI].placeholderText()
    assert "II.2" in widget.draft_note.text()
    widget.hide()
    ctx.year_changed.emit(2023)  # a change while hidden: gathered when next shown
    assert gathered == [1]
    widget.show()
    assert gathered == [1, 1]


def test_page_follows_the_activities(page, ctx, qtbot):
    from desktop.domain.activity import Activity
    from desktop.ui.writer import ACTIVITIES

    key = rc.task_key("III.3.a")
    assert key not in page.boxes
    before = page.boxes[rc.TON_TAI].placeholderText()
    event = Activity(date(2023, 4, 1), "Ngày hội CĐS", "Sự kiện", target_code="III.3.a")
    more = [
        Activity(date(2023, 5, 1 + i), f"Chuyên mục {i}", "Chuyên mục", target_code="III.2.a/TH")
        for i in range(5)
    ]

    def add(ws):
        unit = ws.units.require_self_unit()
        ws.activities.insert_many([event, *more], unit.id)

    ctx.writer.write((ACTIVITIES,), add)
    # A newly used target gets its box, and the figures move on, without a restart.
    qtbot.waitUntil(lambda: key in page.boxes)
    assert "còn thiếu 37 chuyên mục" in page.boxes[rc.TON_TAI].placeholderText() != before


def test_preflight_lists_and_opens_the_place(page, ctx, qtbot, monkeypatch):
    from desktop.ui import preflight_dialog

    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 0  # the officer chose to fix first

    monkeypatch.setattr(preflight_dialog.PreflightDialog, "exec", fake_exec)
    assert page.confirm_preflight("Vẫn xuất báo cáo") is False
    (dialog,) = shown
    messages = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert any("II.2. Tồn tại, hạn chế" in m for m in messages)
    assert any("Chưa có họ tên người ký" in m for m in messages)
    row = next(i for i, m in enumerate(messages) if "II.2. Tồn tại, hạn chế" in m)
    dialog.items.setCurrentRow(row)
    qtbot.mouseClick(dialog.fix_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.boxes[rc.TON_TAI].hasFocus())


def test_estimate_box_adds_the_column_and_is_off_by_default(page, ctx, qtbot):
    assert not page.estimate.isChecked()
    page.has_date.setChecked(True)
    page.report_date.setDate(date(2023, 6, 30))
    table = page.build_report().appendices[0].blocks[0]
    assert rc.ESTIMATE_TITLE not in [c.title for c in table.columns]
    assert not page.report_request(docx="bc.docx").options.estimate
    page.estimate.click()
    table = page.build_report().appendices[0].blocks[0]
    at = [c.title for c in table.columns].index(rc.ESTIMATE_TITLE)
    tv = next(r for r in table.rows if r[1] == "III.2.a/TH")
    # Ten weekly programmes to 30/06 (181 of 365 days): about 20 for the year.
    assert tv[at - 1 : at + 1] == ("10", "20")
    assert page.report_request(docx="bc.docx").options.estimate


def test_report_texts_are_bounded(page, ctx, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(report_page, "show_error", lambda parent, e: shown.append(str(e)))
    # A detail of the header or the signature is one short line.
    assert page.number.maxLength() == page.signer_name.maxLength() == 200
    page.number.setText("7" * 300)
    assert page.number.text() == "7" * 200
    # A section past 100,000 characters is refused on saving, naming it; it
    # stays in its box (and in the queue) for the officer to shorten.
    box = page.boxes[rc.UU_DIEM]
    box.setPlainText("x" * 100_001)
    assert not page.save_now()
    assert page.save_status.text() == "Chưa lưu được!"
    assert shown and shown[-1].startswith(f"Đoạn “{rc.UU_DIEM}” của báo cáo năm 2023 quá dài")
    assert rc.UU_DIEM not in texts(ctx)
    box.setPlainText("Đúng tiến độ.")
    assert page.save_now()
    assert texts(ctx)[rc.UU_DIEM] == "Đúng tiến độ."
