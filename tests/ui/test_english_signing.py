"""Ký số in the English interface: the sign dialog's refusals (a wrong PIN,
a file that is no certificate, no image chosen), the signatures of a
received report on the Tổng hợp page, a trusted root refused, and a report's
process that stopped, all in English; the command line keeps the Vietnamese
(tests/test_signing_messages.py)."""

from __future__ import annotations

import shutil
from datetime import timedelta, timezone

from PySide6.QtCore import Qt

from desktop.store import Workspace
from desktop.ui.sign_dialog import SignDialog
from tests.signing_fixtures import PIN, received_signed_report

DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"


def _sign(dialog, qtbot, report, key, pin, out, image=None) -> str:
    dialog.source.setText(str(report))
    dialog.key.setText(str(key))
    dialog.image.setText(str(image) if image else "")
    dialog.pin.setText(pin)
    dialog.out.setText(str(out))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=30000)
    return dialog.message.text()


def test_the_sign_dialog_refuses_in_english(english, ctx, qtbot, tmp_path, pki_and_report):
    pki, report = pki_and_report
    dialog = SignDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Sign the report"
    out = tmp_path / "signed.pdf"

    shown = _sign(dialog, qtbot, report, pki.person_p12, "wrong", out, pki.signature_png)
    assert shown == (
        "The PIN (password) of the certificate file “person.p12” is wrong. No file was written."
    )
    not_a_key = tmp_path / "not-a-key.p12"
    not_a_key.write_text("not a certificate")
    shown = _sign(dialog, qtbot, report, not_a_key, PIN, out, pki.signature_png)
    assert shown == (
        f"“{not_a_key}” is not a PKCS#12 certificate file (.p12, .pfx), or the file is damaged."
    )
    # The agency's seal, never chosen for this certificate.
    dialog.role.setCurrentIndex(dialog.role.findData("co-quan"))
    shown = _sign(dialog, qtbot, report, pki.agency_p12, PIN, out)
    assert shown == (
        "No seal image chosen (a PNG image with a transparent background) for the certificate "
        "of Sở Thông tin và Truyền thông: choose an image (--image)."
    )
    dialog.role.setCurrentIndex(dialog.role.findData("ca-nhan"))
    shown = _sign(dialog, qtbot, report, pki.person_p12, PIN, out, not_a_key)
    assert shown == "Signature image “not-a-key.p12” is not a readable PNG image."
    assert not out.exists()
    # A refusal inside a message: an unreadable report PDF.
    junk = tmp_path / "junk.pdf"
    junk.write_text("%PDF-1.7 nothing")
    shown = _sign(dialog, qtbot, junk, pki.person_p12, PIN, out, pki.signature_png)
    assert shown == "The file is not a PDF or is damaged; its content cannot be read."


def test_the_sign_dialog_says_when_it_signed_in_english(
    english, ctx, qtbot, tmp_path, pki_and_report
):
    pki, report = pki_and_report
    dialog = SignDialog(ctx, report)
    qtbot.addWidget(dialog)
    out = tmp_path / "signed.pdf"
    shown = _sign(dialog, qtbot, report, pki.person_p12, PIN, out, pki.signature_png)
    when = dialog.result_value.signed_at.astimezone(timezone(timedelta(hours=7)))
    assert shown == (
        f"Signed “{out}”: digital signature of Nguyễn Văn An, Phó Giám đốc, at "
        f"{when:%d/%m/%Y %H:%M}. The original file is unchanged."
    )


def _received_page(tmp_path, settings, qtbot, pki, report):
    from desktop.signing.vn_time import vn_datetime

    page, ws, cell, signed = received_signed_report(tmp_path, settings, qtbot, pki, report)
    return page, ws, cell, vn_datetime(signed.signed_at)


def test_a_received_reports_signatures_in_english(
    english, tmp_path, settings, qapp, qtbot, data_dir, pki_and_report
):
    pki, report = pki_and_report
    (data_dir / "tin-cay").mkdir()
    shutil.copy(pki.root_pem, data_dir / "tin-cay" / "goc.pem")
    qapp.setProperty("testing", True)
    page, ws, cell, when = _received_page(tmp_path, settings, qtbot, pki, report)
    assert cell == f"Signed: Nguyễn Văn An, Phó Giám đốc, {when} — valid"
    assert page.submissions.horizontalHeaderItem(6).text() == "Digital signature"
    # The line is kept in Vietnamese; only the page translates it.
    kept = ws.submissions.current(ws.units.by_name(DAI).id, 2023)
    assert kept.signature_text == f"Đã ký: Nguyễn Văn An, Phó Giám đốc, {when} — hợp lệ"
    ws.close()


def test_a_signature_from_no_trusted_root_in_english(
    english, tmp_path, settings, qapp, qtbot, data_dir, pki_and_report
):
    pki, report = pki_and_report
    qapp.setProperty("testing", True)
    page, ws, cell, when = _received_page(tmp_path, settings, qtbot, pki, report)
    assert cell == (
        f"Signed: Nguyễn Văn An, Phó Giám đốc, {when} — certificate not from a trusted root"
    )
    ws.close()


def test_a_refused_trusted_root_in_english(
    english, tmp_path, settings, qapp, qtbot, data_dir, pki_and_report
):
    from desktop.ui.consolidation_page import ConsolidationPage
    from desktop.ui.context import AppContext

    pki, report = pki_and_report
    qapp.setProperty("testing", True)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    ws.units.set_self_unit(ws.units.by_name(SO))
    page = ConsolidationPage(AppContext(ws, settings, year=2023))
    qtbot.addWidget(page)
    page.add_trusted_root(report)  # far too big for a certificate
    assert page.summary.text() == "“dai.pdf” is too large to be a root certificate file."
    junk = tmp_path / "goc.pem"
    junk.write_text("không phải chứng thư")
    page.add_trusted_root(junk)
    assert page.summary.text() == "“goc.pem” is not a root certificate file (PEM or DER)."
    page.add_trusted_root(tmp_path / "none.pem")
    assert (
        page.summary.text() == f"The root certificate file “{tmp_path / 'none.pem'}” was not found."
    )
    ws.close()


def test_a_report_process_that_stopped_in_english(english, qtbot):
    from desktop.domain.text import Message
    from desktop.reports.process import DIED, ReportProcessError
    from desktop.ui.texts import translated_error

    error = ReportProcessError(Message(DIED, code=-9))
    assert str(error) == (
        "Tiến trình lập báo cáo dừng bất thường (mã -9); chưa ghi tệp nào mới. Hãy thử lại; "
        "nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận hỗ trợ."
    )
    assert translated_error(error) == (
        "The report-making process stopped unexpectedly (code -9); no new file was written. "
        "Try again; if it fails again, send the log file to support."
    )
