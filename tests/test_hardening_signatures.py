"""Damaged signatures and unreadable PDFs offered for checking: a signature
whose certificate bytes were changed is a broken signature (`verify` exits
1, the package's report is refused at export and marked altered on
receipt), never an unexpected error; a PDF the reader cannot open (a
startxref past any offset, an /Encrypt with short keys, a broken appended
xref) is refused naming the file."""

from __future__ import annotations

import re
import shutil
import zlib

import pytest

from desktop.cli import main
from desktop.io.package import write_package
from desktop.signing.credentials import SignError
from desktop.signing.verify import (
    PDF_UNREADABLE,
    SIGNATURES_UNREADABLE,
    STATE_ALTERED,
    report_mismatch,
    verify_bytes,
)
from desktop.store import Workspace
from tests.signing_fixtures import PERSON, signed_unit_report

DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"


@pytest.fixture(scope="module")
def unit(tmp_path_factory):
    """The Đài's workspace and its report signed by the person."""
    folder = tmp_path_factory.mktemp("hardening-signatures")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki, db, _report, signed = signed_unit_report(folder, DAI)
    return {"folder": folder, "pki": pki, "db": db, "signed": signed.out}


def _damaged_certificate(data: bytes, where: str) -> bytes:
    """The signed PDF with one bit of the signer's certificate (inside the
    signature's /Contents) flipped: its last byte (the certificate no longer
    matches the hash the signature names) or a length byte of its body (the
    certificate no longer parses)."""
    from asn1crypto import cms

    contents = re.search(rb"/Contents\s*<([0-9a-fA-F]+)>", data)
    der = bytearray(bytes.fromhex(contents.group(1).decode()))
    signed_data = cms.ContentInfo.load(bytes(der))["content"]
    (cert,) = [
        c.chosen.dump()
        for c in signed_data["certificates"]
        if c.chosen.subject.native.get("common_name") == PERSON
    ]
    start = bytes(der).index(cert)
    der[start + (len(cert) - 1 if where == "end" else 5)] ^= 0x01
    return data[: contents.start(1)] + bytes(der).hex().encode() + data[contents.end(1) :]


def _tiny_pdf(trailer_extra: bytes = b"") -> bytes:
    """A one-page PDF written by hand, its xref exact."""
    text = zlib.compress(b"BT /F1 12 Tf 40 800 Td (Bao cao) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(text) + text + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _startxref_huge() -> bytes:
    return re.sub(rb"startxref\n\d+", b"startxref\n" + b"9" * 25, _tiny_pdf())


def _encrypted_short_keys() -> bytes:
    return _tiny_pdf(b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -1 >> ")


def _bad_appended_xref(signed: bytes) -> bytes:
    """An incremental update whose trailer points before the file began."""
    at = len(signed) + 1
    return signed + (
        b"\n1 0 obj\n<< /Type /Catalog /Pages 9999 0 R >>\nendobj\n"
        b"xref\n0 1\n0000000000 65535 f \n"
        b"trailer\n<< /Size 99999999999 /Root 1 0 R /Prev 99999999999999999999 >>\n"
        b"startxref\n%d\n%%%%EOF\n" % at
    )


# -- a damaged signature is a broken one -------------------------------------------


@pytest.mark.parametrize("where", ["end", "length"])
def test_a_damaged_signer_certificate_is_a_broken_signature(unit, tmp_path, capsys, where):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(_damaged_certificate(unit["signed"].read_bytes(), where))
    verdict = verify_bytes(bad.read_bytes())
    (check,) = verdict.signatures
    assert (verdict.state, verdict.broken) == (STATE_ALTERED, True)
    assert (check.field, check.intact, check.trusted) == ("ChuKyCaNhan", False, False)
    assert check.trust_note == "không đọc được chữ ký"
    assert check.signed_at is not None  # the time the signature states is still shown

    assert main(["verify", str(bad), "--trust", str(unit["pki"].root_pem)]) == 1
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "Chữ ký “ChuKyCaNhan”: bị sửa sau khi ký" in captured.out
    assert "Nguyên vẹn: KHÔNG" in captured.out
    assert "Chuỗi chứng thư: không đọc được chữ ký" in captured.out
    assert captured.out.rstrip().endswith("— bị sửa sau khi ký")


def test_export_refuses_a_report_whose_signature_is_damaged(unit, tmp_path, capsys):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(_damaged_certificate(unit["signed"].read_bytes(), "end"))
    out = tmp_path / "dai.cdsgoi"
    argv = ["export", "--db", str(unit["db"]), "--year", "2023", "--out", str(out)]
    assert main(argv + ["--report-pdf", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không gửi được tệp “hong.pdf”: Đã ký: ")
    assert err.rstrip().endswith("— bị sửa sau khi ký. Hãy ký lại từ bản báo cáo gốc.")
    assert not out.exists()


def test_a_package_with_a_damaged_signature_is_received_as_altered(
    unit, tmp_path, data_dir, capsys
):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(_damaged_certificate(unit["signed"].read_bytes(), "length"))
    package = tmp_path / "hong.cdsgoi"
    with Workspace.open(unit["db"], create=False) as ws:
        # Written past the export's own check, as a hand-made package could be.
        write_package(
            ws,
            2023,
            package,
            report_writer=lambda docx, pdf: (docx.write_bytes(b"docx"), shutil.copy(bad, pdf)),
        )
    db = tmp_path / "so.cdsdb"
    assert main(["init", "--db", str(db), "--unit", SO]) == 0
    (data_dir / "tin-cay").mkdir(exist_ok=True)
    shutil.copy(unit["pki"].root_pem, data_dir / "tin-cay" / "goc.pem")
    capsys.readouterr()
    assert main(["consolidate", str(package), "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "bị từ chối: 0" in captured.out
    assert "Chữ ký số: Đã ký: " in captured.out and "— bị sửa sau khi ký" in captured.out
    with Workspace.open(db, create=False) as ws:
        sub = ws.submissions.current(ws.units.by_name(DAI).id, 2023)
        assert sub.signature_state == STATE_ALTERED


# -- a PDF the reader cannot open is refused, naming the file ----------------------


@pytest.mark.parametrize(
    "name, make",
    [
        ("startxref.pdf", lambda signed: _startxref_huge()),  # OverflowError in the reader
        ("mat-khau.pdf", lambda signed: _encrypted_short_keys()),  # /U and /O not 32 bytes
        ("xref-hong.pdf", _bad_appended_xref),  # a bare AssertionError in the reader
    ],
)
def test_an_unreadable_pdf_is_refused_naming_the_file(unit, tmp_path, capsys, name, make):
    path = tmp_path / name
    path.write_bytes(make(unit["signed"].read_bytes()))
    assert main(["verify", str(path), "--trust", str(unit["pki"].root_pem)]) == 1
    assert capsys.readouterr().err == (
        f"Lỗi: Không đọc được tệp “{path}” (tệp PDF hỏng, không đọc được).\n"
    )
    # On receipt (no file name to give) the line kept says why, with the reader's words.
    with pytest.raises(SignError) as e:
        verify_bytes(path.read_bytes())
    message = e.value.args[0]
    assert message.template == SIGNATURES_UNREADABLE
    assert message.values["error"].strip()  # never empty, even for a bare assert


def test_the_bare_assert_is_named_in_the_kept_line(unit):
    with pytest.raises(SignError) as e:
        verify_bytes(_bad_appended_xref(unit["signed"].read_bytes()))
    assert str(e.value) == "Tệp PDF hỏng, không đọc được các chữ ký số (AssertionError)."


def test_a_report_pdf_with_a_huge_startxref_is_not_this_units_report():
    assert report_mismatch(_startxref_huge(), DAI, 2023) == PDF_UNREADABLE


# -- a signature whose bytes do not parse is one broken signature ---------------------


def _unparsable_last_signature(data: bytes) -> bytes:
    """The last signature's /Contents zeroed: no CMS structure left to read."""
    contents = list(re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", data))[-1]
    zeros = b"0" * (contents.end(1) - contents.start(1))
    return data[: contents.start(1)] + zeros + data[contents.end(1) :]


def test_a_signature_that_does_not_parse_leaves_the_others_checked(unit, tmp_path, capsys):
    from desktop.signing.credentials import open_p12
    from desktop.signing.sign import sign_pdf
    from tests.signing_fixtures import PIN

    pki = unit["pki"]
    with open_p12(pki.agency_p12, PIN) as c:
        both = sign_pdf(
            unit["signed"], tmp_path / "hai-chu-ky.pdf", "co-quan", c, image=pki.seal_png
        )
    bad = tmp_path / "chu-ky-hong.pdf"
    bad.write_bytes(_unparsable_last_signature(both.out.read_bytes()))

    verdict = verify_bytes(bad.read_bytes(), pki_roots(pki))
    person, agency = verdict.signatures
    # The person's signature, made before, is still read and still good.
    assert (person.field, person.signer, person.intact, person.trusted) == (
        "ChuKyCaNhan",
        PERSON,
        True,
        True,
    )
    assert (agency.field, agency.role, agency.intact, agency.trusted) == (
        "ChuKyCoQuan",
        "co-quan",
        False,
        False,
    )
    assert agency.trust_note == "không đọc được chữ ký"
    assert (verdict.state, verdict.broken) == (STATE_ALTERED, True)

    assert main(["verify", str(bad), "--trust", str(pki.root_pem)]) == 1
    captured = capsys.readouterr()
    assert captured.err == ""
    assert "Chữ ký “ChuKyCaNhan”: hợp lệ" in captured.out
    assert "Chữ ký “ChuKyCoQuan”: bị sửa sau khi ký" in captured.out


def pki_roots(pki):
    from asn1crypto import pem, x509

    _, _, der = pem.unarmor(pki.root_pem.read_bytes())
    return [x509.Certificate.load(der)]
