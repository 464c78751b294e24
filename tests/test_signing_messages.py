"""The signing layer's refusals and results are declared messages: the
command line, the JSON and the kept line of a received package show the
same Vietnamese as before, word for word, and each keeps its template and
values for the interface to translate (tests/ui/test_english_signing.py)."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from desktop.domain.text import Message
from desktop.signing import verify
from desktop.signing.credentials import WRONG_P12_PIN, SignError, open_p12
from desktop.signing.sign import sign_pdf
from desktop.signing.vn_time import vn_datetime
from tests.signing_fixtures import PIN, make_pki, make_report_pdf


@pytest.fixture(scope="module")
def pki_and_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ky-so-loi")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki = make_pki(folder / "pki")
        report = make_report_pdf(folder)
        with open_p12(pki.person_p12, PIN) as c:
            signed = sign_pdf(report, folder / "ky.pdf", "ca-nhan", c, image=pki.signature_png)
    return pki, report, signed


def _sign(monkeypatch, report, out, key, pin, role="ca-nhan", image=None):
    monkeypatch.setenv("TEST_PIN", pin)
    argv = ["sign", str(report), "--out", str(out), "--role", role, "--p12", str(key)]
    argv += ["--pin-env", "TEST_PIN"] + (["--image", str(image)] if image else [])
    return main(argv)


def test_the_command_line_refusals_word_for_word(pki_and_report, tmp_path, monkeypatch, capsys):
    pki, report, _ = pki_and_report
    out = tmp_path / "ky.pdf"
    assert _sign(monkeypatch, report, out, pki.person_p12, "0000", image=pki.signature_png) == 1
    assert capsys.readouterr().err == (
        "Lỗi: Mã PIN (mật khẩu) của tệp chứng thư số “person.p12” không đúng. Không có tệp "
        "nào được ghi.\n"
    )
    not_a_key = tmp_path / "x.p12"
    not_a_key.write_text("không phải khóa")
    assert _sign(monkeypatch, report, out, not_a_key, PIN) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: “{not_a_key}” không phải tệp chứng thư số PKCS#12 (.p12, .pfx) hoặc tệp đã hỏng.\n"
    )
    assert _sign(monkeypatch, report, out, pki.agency_p12, PIN, role="co-quan") == 1
    assert capsys.readouterr().err == (
        "Lỗi: Chưa chọn hình con dấu (ảnh PNG nền trong suốt) cho chứng thư số của Sở Thông "
        "tin và Truyền thông: hãy chọn ảnh (--image).\n"
    )
    assert _sign(monkeypatch, report, out, pki.person_p12, PIN, image=not_a_key) == 1
    assert capsys.readouterr().err == "Lỗi: Hình chữ ký “x.p12” không phải ảnh PNG đọc được.\n"
    assert _sign(monkeypatch, report, out, pki.expired_p12, PIN, image=pki.signature_png) == 1
    with open_p12(pki.expired_p12, PIN) as c:
        until = vn_datetime(c.info.not_after)
    assert capsys.readouterr().err == (
        f"Lỗi: Chứng thư số của Lê Văn Cũ đã hết hạn ngày {until}. Hãy gia hạn chứng thư với "
        "nhà cung cấp dịch vụ chứng thực chữ ký số.\n"
    )
    assert not out.exists()


def test_the_refusal_keeps_its_template_and_values(pki_and_report):
    pki, _, _ = pki_and_report
    with pytest.raises(SignError) as caught, open_p12(pki.person_p12, "0000"):
        pass
    message = caught.value.args[0]
    assert isinstance(message, Message)
    assert message.template == WRONG_P12_PIN and message.values == {"name": "person.p12"}


def test_verify_prints_the_same_vietnamese(pki_and_report, capsys):
    pki, report, signed = pki_and_report
    when = vn_datetime(signed.signed_at)
    assert main(["verify", str(report)]) == 0
    assert capsys.readouterr().out == "Tệp chưa có chữ ký số.\n"
    assert main(["verify", str(signed.out), "--trust", str(pki.other_root_pem)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Chữ ký “ChuKyCaNhan”: chứng thư số không thuộc gốc tin cậy"
    assert out[-2] == "  Chuỗi chứng thư: chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy nào"
    assert out[-1] == (
        f"Đã ký: Nguyễn Văn An, Phó Giám đốc, {when} — chứng thư số không thuộc gốc tin cậy"
    )
    assert main(["verify", str(signed.out), "--json", "--trust", str(pki.root_pem)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["text"] == f"Đã ký: Nguyễn Văn An, Phó Giám đốc, {when} — hợp lệ"
    assert data["signatures"][0]["state_text"] == "hợp lệ"
    junk = report.with_name("rac.pem")
    junk.write_text("không phải chứng thư")
    assert main(["verify", str(report), "--trust", str(junk)]) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: “{junk}” không phải tệp chứng thư gốc (PEM hoặc DER).\n"
    )


def test_a_kept_line_gives_back_its_message(pki_and_report):
    pki, _, signed = pki_and_report
    verdict = verify.verify_pdf(signed.out, [pki.root_pem])
    line = str(verdict.text)  # what the store keeps
    again = verify.stored_verdict(verdict.state, line)
    assert again == line and again.template == verify.SIGNED
    assert again.values["state"].template == "hợp lệ"
    assert verify.stored_verdict("chua-ky", "Chưa ký").template == verify.UNSIGNED
    failed = verify.unchecked(SignError(Message(verify.SIGNATURES_UNREADABLE, error="xref")))
    assert str(failed) == (
        "Không kiểm tra được chữ ký số: Tệp PDF hỏng, không đọc được các chữ ký số (xref)."
    )
    back = verify.stored_verdict("bi-sua", str(failed))
    assert back.template == verify.UNCHECKED
    assert back.values["problem"].template == verify.SIGNATURES_UNREADABLE
    # A line of another making stays as it was.
    assert verify.stored_verdict("hop-le", "Đã ký: ai đó — hỏng") == "Đã ký: ai đó — hỏng"
    assert not isinstance(verify.stored_verdict("hop-le", "Đã ký: ai đó — hỏng"), Message)
