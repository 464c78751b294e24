"""Ký số in the app: the Báo cáo page's dialog signs with a PKCS#12 file,
explains a wrong PIN, and the signed copy goes into the package; the
department's Tổng hợp page shows who signed each package."""

from __future__ import annotations

import re
import zipfile
from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from desktop.signing.verify import STATE_VALID, verify_pdf
from desktop.store import Workspace
from desktop.ui.sign_dialog import SignDialog, signed_report
from tests.signing_fixtures import PIN, received_signed_report

DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"


def _fill(dialog, report, key, image, pin, out):
    dialog.source.setText(str(report))
    dialog.key.setText(str(key))
    dialog.image.setText(str(image))
    dialog.pin.setText(pin)
    dialog.out.setText(str(out))


def test_sign_dialog_signs_and_the_package_carries_the_signed_copy(
    ctx, qtbot, tmp_path, pki_and_report
):
    from desktop.ui.send_dialog import SendDialog

    pki, report = pki_and_report
    dialog = SignDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.out.text() == str(report.with_name("dai-da-ky.pdf"))
    out = tmp_path / "da-ky.pdf"
    _fill(dialog, report, pki.person_p12, pki.signature_png, "sai-pin", out)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=30000)
    assert "Mã PIN (mật khẩu) của tệp chứng thư số “person.p12” không đúng" in dialog.message.text()
    assert dialog.pin.text() == "" and not out.exists()

    dialog.pin.setText(PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    # The time as every date of the interface: dd/mm/yyyy hh:mm, Vietnam time.
    when = dialog.result_value.signed_at.astimezone(timezone(timedelta(hours=7)))
    assert dialog.message.text() == (
        f"Đã ký “{out}”: chữ ký số của Nguyễn Văn An, Phó Giám đốc, lúc "
        f"{when:%d/%m/%Y %H:%M}. Tệp gốc giữ nguyên."
    )
    assert re.search(r", lúc \d\d/\d\d/20\d\d \d\d:\d\d\. ", dialog.message.text())
    assert dialog.pin.text() == ""
    assert verify_pdf(out, [pki.root_pem]).state == STATE_VALID
    assert signed_report(ctx.settings, 2023) == out
    assert PIN not in " ".join(str(ctx.settings.value(k)) for k in ctx.settings.allKeys())

    send = SendDialog(ctx)
    qtbot.addWidget(send)
    assert send.signed_box.isChecked() and str(out) in send.signed_box.text()
    send.path_edit.setText(str(tmp_path / "goi.cdsgoi"))
    qtbot.mouseClick(send.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(send.create_button.isEnabled, timeout=60000)
    with zipfile.ZipFile(tmp_path / "goi.cdsgoi") as zf:
        assert zf.read("bao-cao/bao-cao.pdf") == out.read_bytes()


def test_report_page_opens_the_dialog_on_the_pdf_just_exported(ctx, qtbot, tmp_path):
    from desktop.ui.report_page import ReportPage

    page = ReportPage(ctx)
    qtbot.addWidget(page)
    page.last_pdf = tmp_path / "bao-cao.pdf"
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert page.sign_dialog.source.text() == str(tmp_path / "bao-cao.pdf")
    assert page.sign_dialog.isVisible()
    page.sign_dialog.close()


def test_consolidation_page_shows_the_signer_of_each_package(
    tmp_path, settings, qapp, qtbot, data_dir, pki_and_report
):
    import shutil

    pki, report = pki_and_report
    (data_dir / "tin-cay").mkdir()
    shutil.copy(pki.root_pem, data_dir / "tin-cay" / "goc.pem")
    qapp.setProperty("testing", True)
    page, ws, cell, signed = received_signed_report(tmp_path, settings, qtbot, pki, report)
    table = page.submissions
    when = signed.signed_at.strftime("%d/%m/%Y %H:%M")
    assert cell == f"Đã ký: Nguyễn Văn An, Phó Giám đốc, {when} — hợp lệ"
    header = table.horizontalHeaderItem(6).text()
    assert header == "Chữ ký số"
    ws.close()


def test_the_department_adds_a_trusted_root(
    tmp_path, settings, qapp, qtbot, data_dir, pki_and_report
):
    from desktop.signing.verify import trusted_roots
    from desktop.ui.consolidation_page import ConsolidationPage
    from desktop.ui.context import AppContext

    pki, report = pki_and_report
    qapp.setProperty("testing", True)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    ws.units.set_self_unit(ws.units.by_name(SO))
    page = ConsolidationPage(AppContext(ws, settings, year=2023))
    qtbot.addWidget(page)
    assert trusted_roots() == []
    page.add_trusted_root(pki.root_pem)
    assert "Đã thêm chứng thư gốc tin cậy “Root CA thử nghiệm”" in page.summary.text()
    assert [r.subject.native["common_name"] for r in trusted_roots()] == ["Root CA thử nghiệm"]
    page.add_trusted_root(report)  # far too big for a certificate
    assert "“dai.pdf” quá lớn để là tệp chứng thư gốc." == page.summary.text()
    junk = tmp_path / "goc.pem"
    junk.write_text("không phải chứng thư")
    page.add_trusted_root(junk)
    assert "“goc.pem” không phải tệp chứng thư gốc" in page.summary.text()
    leaf = tmp_path / "ca-nhan.der"
    leaf.write_bytes(
        pki.person_cert.public_bytes(
            __import__("cryptography").hazmat.primitives.serialization.Encoding.DER
        )
    )
    page.add_trusted_root(leaf)
    assert "“ca-nhan.der” không phải chứng thư gốc" in page.summary.text()
    assert len(trusted_roots()) == 1
    ws.close()


@pytest.fixture
def gui_token(tmp_path, pki_and_report, monkeypatch):
    """A fresh SoftHSM2 token for this test alone: the library is unloaded
    before and after, so it reads this token's configuration."""
    import pkcs11

    from tests.signing_fixtures import SOFTHSM_LIB, make_softhsm_token, softhsm_available

    if not softhsm_available():
        pytest.skip("SoftHSM2 is not installed (bash .ci/setup installs the softhsm2 package)")
    pkcs11.unload(str(SOFTHSM_LIB))
    monkeypatch.setenv("SOFTHSM2_CONF", "")
    make_softhsm_token(tmp_path / "hsm", pki_and_report[0], label="token-gui")
    yield SOFTHSM_LIB
    pkcs11.unload(str(SOFTHSM_LIB))


def test_sign_dialog_signs_with_a_token_and_a_certificate_label(
    ctx, qtbot, tmp_path, pki_and_report, gui_token
):
    pki, report = pki_and_report
    dialog = SignDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cert_label.isEnabled() and not dialog.token_label.isEnabled()
    dialog.key_kind.setCurrentIndex(dialog.key_kind.findData("pkcs11"))
    assert dialog.cert_label.isEnabled() and dialog.token_label.isEnabled()
    out = tmp_path / "token-da-ky.pdf"
    _fill(dialog, report, gui_token, pki.signature_png, PIN, out)
    dialog.token_label.setText("token-gui")
    dialog.cert_label.setText("khac")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.sign_button.isEnabled, timeout=30000)
    assert dialog.message.text() == "Trên token không có chứng thư số “khac”."
    assert not out.exists()

    dialog.cert_label.setText("chu-ky")
    dialog.pin.setText(PIN)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=30000)
    # The time as every date of the interface: dd/mm/yyyy hh:mm, Vietnam time.
    when = dialog.result_value.signed_at.astimezone(timezone(timedelta(hours=7)))
    assert dialog.message.text() == (
        f"Đã ký “{out}”: chữ ký số của Nguyễn Văn An, Phó Giám đốc, lúc "
        f"{when:%d/%m/%Y %H:%M}. Tệp gốc giữ nguyên."
    )
    assert re.search(r", lúc \d\d/\d\d/20\d\d \d\d:\d\d\. ", dialog.message.text())
    assert verify_pdf(out, [pki.root_pem]).state == STATE_VALID
