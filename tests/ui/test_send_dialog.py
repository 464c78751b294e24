"""Gửi báo cáo: the unit writes its package from the dialog."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import docx
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from desktop.ui.send_dialog import SendDialog, format_size


def test_format_size():
    assert format_size(0) == "0 KB"
    assert format_size(3002) == "3 KB"
    assert format_size(1_572_864) == "1,5 MB"


def test_send_dialog_writes_the_package_with_report_and_attachments(ctx, add, qtbot, tmp_path):
    for week in range(3):
        add(date(2023, 1, 5 + 7 * week), f"Chuyên mục CĐS số {week + 1}")
    photo = tmp_path / "Phóng sự.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 2046)
    ctx.workspace.attachments.add(add(date(2023, 2, 1), "Có ảnh"), photo)

    dialog = SendDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.attach_box.text() == "Kèm tệp đính kèm (1 tệp, 2 KB)"
    assert dialog.attach_box.isEnabled() and not dialog.attach_box.isChecked()
    dialog.path_edit.clear()
    qtbot.keyClicks(dialog.path_edit, str(tmp_path / "goi-dai"))
    box = dialog.attach_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert dialog.attach_box.isChecked()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.create_button.isEnabled, timeout=60000)

    path = tmp_path / "goi-dai.cdsgoi"
    assert f"Đã tạo gói “{path}” (4 hoạt động" in dialog.result.text()
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        roles = {p["role"] for p in manifest["parts"]}
        report = docx.Document(io.BytesIO(zf.read("bao-cao/bao-cao.docx")))
        pdf = PdfReader(io.BytesIO(zf.read("bao-cao/bao-cao.pdf")))
        assert zf.read("dinh-kem/00001.jpg") == photo.read_bytes()
    assert {"report_docx", "report_pdf", "attachment", "attachments_index"} <= roles
    body = "\n".join(p.text for p in report.paragraphs)
    assert "Thực hiện 4/52 chuyên mục" in body
    assert "Thực hiện 4/52 chuyên mục" in " ".join(page.extract_text() for page in pdf.pages)


def test_send_dialog_counts_the_plan_period(ctx, add, qtbot, tmp_path):
    """Under the Nghị định 09 window the package carries 15/12/2022 –
    14/12/2023: the dialog counts and attaches what the package will carry."""
    ctx.workspace.plans.set_window(2023, "nd09")
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8" + b"x" * 2046)
    ctx.workspace.attachments.add(add(date(2022, 12, 20), "Tháng 12 năm trước"), photo)
    ctx.workspace.attachments.add(add(date(2023, 12, 20), "Sau kỳ báo cáo"), photo)
    ctx.workspace.attachments.add(add(date(2022, 12, 15), "Ngày đầu kỳ"), photo)
    add(date(2023, 6, 1), "Giữa năm")
    dialog = SendDialog(ctx)
    qtbot.addWidget(dialog)
    assert "Gói gồm 3 hoạt động" in dialog.findChild(QLabel).text()
    assert dialog.attach_box.text() == "Kèm tệp đính kèm (2 tệp, 4 KB)"


def test_a_broken_template_is_explained_and_nothing_written(ctx, add, qtbot, tmp_path):
    from desktop.ui.settings_dialog import TEMPLATE_KEY

    add(date(2023, 1, 5), "Chuyên mục CĐS số 1")
    broken = tmp_path / "mau-hong.docx"
    broken.write_bytes(b"not a docx")
    ctx.settings.setValue(TEMPLATE_KEY, str(broken))
    dialog = SendDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "goi.cdsgoi"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(dialog, "refusal_box", None) is not None, timeout=30000)
    assert "mau-hong.docx" in dialog.refusal_box.text()
    assert "bị hỏng hoặc không phải tệp Word" in dialog.refusal_box.text()
    assert dialog.result.text() == "Chưa tạo được gói."
    assert not list(tmp_path.glob("*goi*"))  # neither the package nor a temporary file


def test_send_command_checks_the_report_off_the_window_thread(window, qtbot, add, monkeypatch):
    """Gửi báo cáo: the same pre-flight check as an export, made in the
    background; the send dialog opens once it is made."""
    import threading

    from PySide6.QtGui import QAction

    add(date(2023, 1, 6), "Chuyên mục CĐS tuần 1")
    checked_on = []
    real = window.report._findings
    monkeypatch.setattr(
        window.report,
        "_findings",
        lambda: checked_on.append(threading.current_thread()) or real(),
    )
    action = window.findChild(QAction, "sendReport")
    action.trigger()
    assert getattr(window, "send_dialog", None) is None  # not yet: the check is being made
    qtbot.waitUntil(lambda: isinstance(getattr(window, "send_dialog", None), SendDialog))
    assert len(checked_on) == 1 and checked_on[0] is not threading.main_thread()
    window.send_dialog.reject()
