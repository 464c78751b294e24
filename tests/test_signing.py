"""Digital signatures (Nghị định 30/2020, Phụ lục I): the person's and the
agency's PAdES signatures on a real report, checked with pyHanko's own
validator and with `verify`, on the rendered page, after one changed byte and
after an incremental edit; wrong PIN, certificates that cannot sign, the
appendix's text-only signature, and a SoftHSM2 token for the PKCS#11 path."""

from __future__ import annotations

import hashlib
import io
import json
import os

import pytest

from desktop.cli import main
from desktop.signing.credentials import SignError, open_p12
from desktop.signing.placement import find_layout
from desktop.signing.sign import FIELD_AGENCY, FIELD_PERSON, remembered_image, sign_pdf
from desktop.signing.verify import STATE_ALTERED, STATE_UNTRUSTED, STATE_VALID, verify_pdf
from tests.signing_fixtures import (
    BLUE,
    PIN,
    RED,
    SOFTHSM_LIB,
    make_appendix_pdf,
    make_pki,
    make_report_pdf,
    make_softhsm_token,
    softhsm_available,
)


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """A report signed by the person, then (incrementally) by the agency."""
    folder = tmp_path_factory.mktemp("signing")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        pki = make_pki(folder / "pki")
        report = make_report_pdf(folder)
        with open_p12(pki.person_p12, PIN) as c:
            person = sign_pdf(report, folder / "ky-1.pdf", "ca-nhan", c, image=pki.signature_png)
        with open_p12(pki.agency_p12, PIN) as c:
            agency = sign_pdf(person.out, folder / "ky-2.pdf", "co-quan", c, image=pki.seal_png)
    return {"folder": folder, "pki": pki, "report": report, "person": person, "agency": agency}


def _pdf_sigs(path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    with open(path, "rb") as f:
        reader = PdfFileReader(io.BytesIO(f.read()), strict=False)
    return list(reader.embedded_signatures)


def test_both_signatures_validate_with_the_library_validator(signed):
    from asn1crypto import pem, x509
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    _, _, der = pem.unarmor(signed["pki"].root_pem.read_bytes())
    vc = ValidationContext(trust_roots=[x509.Certificate.load(der)])
    sigs = _pdf_sigs(signed["agency"].out)
    assert [s.field_name for s in sigs] == [FIELD_PERSON, FIELD_AGENCY]
    person, agency = (validate_pdf_signature(s, vc) for s in sigs)
    assert person.bottom_line and agency.bottom_line
    assert person.intact and person.valid and person.trusted
    assert person.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert agency.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sigs[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    assert person.signing_cert.subject.native["common_name"] == "Nguyễn Văn An"
    # The agency's signature records the agency and the time in ISO 8601, +07:00.
    reason = str(sigs[1].sig_object["/Reason"])
    assert reason.startswith("Sở Thông tin và Truyền thông ký số lúc ")
    assert reason.endswith("+07:00")
    assert str(sigs[1].sig_object["/M"]).endswith("+07'00'")


def test_the_unsigned_and_the_person_signed_files_stay_as_they_were(signed):
    assert not _pdf_sigs(signed["report"])
    assert [s.field_name for s in _pdf_sigs(signed["person"].out)] == [FIELD_PERSON]
    # The agency's signature is an incremental update: the person's file is its start.
    first = signed["person"].out.read_bytes()
    assert signed["agency"].out.read_bytes().startswith(first)


def test_verify_prints_each_signature_and_exits_0(signed, capsys):
    pki = signed["pki"]
    code = main(["verify", str(signed["agency"].out), "--trust", str(pki.root_pem)])
    out = capsys.readouterr().out
    assert code == 0
    assert "Chữ ký “ChuKyCaNhan”: hợp lệ" in out
    assert "Người ký: Nguyễn Văn An, Phó Giám đốc" in out
    assert "thêm sau đó: chữ ký ChuKyCoQuan" in out
    assert "Phạm vi: toàn bộ tệp" in out
    assert "Chuỗi chứng thư: dẫn tới gốc tin cậy" in out
    stamp = signed["person"].signed_at.strftime("%d/%m/%Y %H:%M")
    assert f"Đã ký: Nguyễn Văn An, Phó Giám đốc, {stamp}; Sở Thông tin và Truyền thông" in out
    assert out.rstrip().endswith("— hợp lệ")

    assert main(["verify", str(signed["agency"].out), "--json", "--trust", str(pki.root_pem)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["state"] == STATE_VALID
    person, agency = data["signatures"]
    assert person["signed_at"].endswith("+07:00")
    assert (person["intact"], person["whole_file"], person["trusted"]) == (True, False, True)
    assert person["added_after"] == ["chữ ký ChuKyCoQuan"]
    assert (agency["role"], agency["whole_file"]) == ("co-quan", True)


def test_a_root_not_trusted_is_said_but_is_not_a_broken_signature(signed, capsys):
    pki = signed["pki"]
    assert main(["verify", str(signed["agency"].out), "--trust", str(pki.other_root_pem)]) == 0
    out = capsys.readouterr().out
    assert "không dẫn tới chứng thư gốc tin cậy" in out
    assert verify_pdf(signed["agency"].out).state == STATE_UNTRUSTED


def test_one_changed_byte_is_reported_as_altered(signed, tmp_path, capsys):
    data = bytearray(signed["agency"].out.read_bytes())
    # A byte of the page text the person signed (inside the first signed range).
    at = data.index(b"stream", 3000) + 40
    data[at] ^= 0x01
    bad = tmp_path / "sua.pdf"
    bad.write_bytes(bytes(data))
    assert main(["verify", str(bad), "--trust", str(signed["pki"].root_pem)]) == 1
    out = capsys.readouterr().out
    assert "Nguyên vẹn: KHÔNG" in out
    assert out.rstrip().endswith("— bị sửa sau khi ký")


def test_an_incremental_edit_after_signing_is_reported(signed, tmp_path, capsys):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStamp, TextStampStyle

    edited = tmp_path / "them.pdf"
    edited.write_bytes(signed["agency"].out.read_bytes())
    with edited.open("rb+") as f:
        w = IncrementalPdfFileWriter(f)
        TextStamp(w, TextStampStyle(stamp_text="Sửa sau khi ký")).apply(0, 100, 100)
        w.write_in_place()
    verdict = verify_pdf(edited, [signed["pki"].root_pem])
    person, agency = verdict.signatures
    assert person.intact and agency.intact  # the signed revisions are untouched...
    assert agency.altered_after and "nội dung bị thay đổi" in agency.added_after
    assert verdict.state == STATE_ALTERED  # ...but the file was changed after them
    assert main(["verify", str(edited), "--trust", str(signed["pki"].root_pem)]) == 1
    assert "bị sửa sau khi ký" in capsys.readouterr().out


# -- the rendered page ----------------------------------------------------------


def _render(path, page_ix, scale=2.0):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()  # signature fields are widgets: drawn with the forms
    page = doc[page_ix]
    height = page.get_size()[1]
    image = page.render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
    doc.close()
    return image, height


def _near(pixel, colour, tol=40):
    return all(abs(a - b) <= tol for a, b in zip(pixel, colour, strict=True))


def _count(image, box, height, colour, scale=2.0):
    """Pixels of `colour` inside `box` (PDF points)."""
    x0, y0, x1, y1 = box
    n = 0
    for x in range(int(x0 * scale) + 1, int(x1 * scale) - 1, 2):
        for y in range(int((height - y1) * scale) + 1, int((height - y0) * scale) - 1, 2):
            n += _near(image.getpixel((x, y)), colour)
    return n


def test_signature_lies_between_title_and_name_and_seal_over_its_left_third(signed):
    layout = find_layout(signed["report"].read_bytes())
    space = layout.space
    assert [ln.text for ln in space.title] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert space.name.text == "Nguyễn Văn An"
    person, agency = signed["person"], signed["agency"]
    assert person.page == agency.page == space.page
    x0, y0, x1, y1 = person.box
    assert y0 >= space.name.box.y1 and y1 <= space.title[-1].box.y0
    name_centre = (space.name.box.x0 + space.name.box.x1) / 2
    assert abs((x0 + x1) / 2 - name_centre) < 3

    # Person's file: the blue signature drawn in its box, nothing drawn over the name.
    image, height = _render(person.out, person.page)
    assert _count(image, person.box, height, BLUE) > 200
    assert _count(image, space.name.box.as_tuple(), height, BLUE) == 0

    # Both: the seal (36 mm at 300 dpi) overlaps the left third of the signature only.
    sx0, sy0, sx1, sy1 = agency.box
    assert abs((sx1 - sx0) - 36 / 25.4 * 72) < 1.5
    third = x0 + (x1 - x0) / 3
    assert sx1 == pytest.approx(third, abs=1.5) and sx0 < x0
    image, height = _render(agency.out, agency.page)
    left_third = (x0, y0, third - 2, y1)
    rest = (third + 3, y0, x1, y1)
    assert _count(image, left_third, height, RED) > 100
    assert _count(image, rest, height, RED) == 0
    assert _count(image, rest, height, BLUE) > 100


def _flattened_lines(path, page_ix=0):
    """The page's text lines with the signature appearances drawn into it."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    doc.init_forms()
    page = doc[page_ix]
    page.flatten()
    page.close()
    page = doc[page_ix]
    tp = page.get_textpage()
    lines = [
        (tp.get_text_bounded(*tp.get_rect(i)), tp.get_rect(i)) for i in range(tp.count_rects())
    ]
    doc.close()
    return lines


def _fonts(form) -> set[str]:
    names = set()
    resources = form.get("/Resources", {})
    for font in resources.get("/Font", {}).values():
        names.add(str(font.get_object().get("/BaseFont")))
    for x in resources.get("/XObject", {}).values():
        names |= _fonts(x.get_object())
    return names


def test_appendix_gets_the_agency_text_signature_at_the_top_right(signed, tmp_path):
    from pypdf import PdfReader

    appendix = make_appendix_pdf(tmp_path / "phu-luc.pdf")
    with open_p12(signed["pki"].agency_p12, PIN) as c:
        result = sign_pdf(appendix, tmp_path / "phu-luc-ky.pdf", "co-quan", c)
    assert result.page == 0 and result.image is None
    x0, y0, x1, y1 = result.box
    width = 595.28
    assert x1 == pytest.approx(width - 15 / 25.4 * 72, abs=1) and y1 > 800
    lines = [(text, rect) for text, rect in _flattened_lines(result.out) if rect[1] >= y0 - 1]
    iso = result.signed_at.isoformat()
    assert [t for t, _ in lines] == ["Sở Thông tin và Truyền thông", "Số: 05/BC-STTTT", iso]
    assert iso.endswith("+07:00")
    for _text, (_left, bottom, right, top) in lines:
        assert right == pytest.approx(x1, abs=2.5)  # flush right, top right of the page
        assert 5 <= top - bottom <= 10  # 10 pt text
    annot = PdfReader(result.out).pages[0]["/Annots"][0].get_object()
    fonts = _fonts(annot["/AP"]["/N"].get_object())
    assert any("Times" in f or "LiberationSerif" in f for f in fonts), fonts
    assert not any("Bold" in f or "Italic" in f for f in fonts), fonts
    image, height = _render(result.out, 0)
    assert _count(image, result.box, height, (0, 0, 0)) > 30
    v = verify_pdf(result.out, [signed["pki"].root_pem])
    assert v.state == STATE_VALID and v.signatures[0].role == "co-quan"
    with pytest.raises(SignError, match="Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan"):
        with open_p12(signed["pki"].person_p12, PIN) as c:
            sign_pdf(appendix, tmp_path / "x.pdf", "ca-nhan", c, image=signed["pki"].signature_png)


# -- refusals --------------------------------------------------------------------


def _sign_cli(src, out, p12, role="ca-nhan", pin=PIN, image=None, monkeypatch=None):
    monkeypatch.setenv("TEST_PIN", pin)
    argv = ["sign", str(src), "--out", str(out), "--role", role, "--p12", str(p12)]
    argv += ["--pin-env", "TEST_PIN"]
    if image:
        argv += ["--image", str(image)]
    return main(argv)


@pytest.mark.parametrize(
    ("which", "pin", "message"),
    [
        ("person_p12", "0000", "Mã PIN (mật khẩu) của tệp chứng thư số “person.p12” không đúng"),
        ("expired_p12", PIN, "Chứng thư số của Lê Văn Cũ đã hết hạn ngày"),
        ("future_p12", PIN, "Chứng thư số của Lê Văn Mới chưa có hiệu lực"),
        ("no_signing_p12", PIN, "Chứng thư số của Máy chủ thư không dùng để ký"),
        ("no_usage_p12", PIN, "Chứng thư số của Trần Văn Chung không dùng để ký"),
    ],
)
def test_refused_keys_write_nothing(signed, tmp_path, capsys, monkeypatch, which, pin, message):
    src = signed["report"]
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "ky.pdf"
    pki = signed["pki"]
    code = _sign_cli(
        src, out, getattr(pki, which), pin=pin, image=pki.signature_png, monkeypatch=monkeypatch
    )
    err = capsys.readouterr().err
    assert code == 1
    assert message in err
    assert pin not in err.replace("1234", "") or pin == PIN
    assert not out.exists() and not list(tmp_path.glob(".ky.pdf.*"))
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before


def test_pin_is_never_logged(signed, tmp_path, data_dir, monkeypatch, capsys):
    secret = "98765-bi-mat"
    _sign_cli(
        signed["report"],
        tmp_path / "a.pdf",
        signed["pki"].person_p12,
        pin=secret,
        monkeypatch=monkeypatch,
    )
    captured = capsys.readouterr()
    logs = "".join(p.read_text(encoding="utf-8") for p in data_dir.rglob("*.log"))
    assert secret not in captured.out + captured.err + logs
    settings = data_dir / "settings.json"
    assert not settings.exists() or secret not in settings.read_text(encoding="utf-8")


def test_image_is_remembered_per_certificate(signed, tmp_path, monkeypatch, capsys):
    pki = signed["pki"]
    first = tmp_path / "lan-1.pdf"
    assert (
        _sign_cli(
            signed["report"],
            first,
            pki.person_p12,
            image=pki.signature_png,
            monkeypatch=monkeypatch,
        )
        == 0
    )
    fingerprint = signed["person"].signer.fingerprint
    assert remembered_image(fingerprint) == pki.signature_png.resolve()
    # No --image: the remembered one is used.
    again = tmp_path / "lan-2.pdf"
    assert _sign_cli(signed["report"], again, pki.person_p12, monkeypatch=monkeypatch) == 0
    assert "Đã ký “" in capsys.readouterr().out
    # The agency's certificate has none yet.
    code = _sign_cli(
        again, tmp_path / "lan-3.pdf", pki.agency_p12, role="co-quan", monkeypatch=monkeypatch
    )
    assert code == 1
    assert "Chưa chọn hình con dấu" in capsys.readouterr().err


def test_signing_twice_as_the_person_and_over_the_source_are_refused(
    signed, tmp_path, monkeypatch, capsys
):
    pki = signed["pki"]
    code = _sign_cli(
        signed["person"].out,
        tmp_path / "b.pdf",
        pki.person_p12,
        image=pki.signature_png,
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "đã có chữ ký số của người có thẩm quyền" in capsys.readouterr().err
    src = tmp_path / "goc.pdf"
    src.write_bytes(signed["report"].read_bytes())
    code = _sign_cli(src, src, pki.person_p12, image=pki.signature_png, monkeypatch=monkeypatch)
    assert code == 1 and "tệp gốc được giữ nguyên" in capsys.readouterr().err


def test_unsigned_file_and_not_a_pdf(signed, tmp_path, capsys):
    assert main(["verify", str(signed["report"])]) == 0
    assert "Tệp chưa có chữ ký số." in capsys.readouterr().out
    junk = tmp_path / "x.pdf"
    junk.write_text("không phải PDF")
    assert main(["verify", str(junk)]) == 1
    assert "không phải tệp PDF" in capsys.readouterr().err


# -- PKCS#11: a SoftHSM2 token holding the person's key -------------------------


@pytest.fixture(scope="module")
def token(signed):
    if not softhsm_available():
        pytest.skip("SoftHSM2 is not installed (bash .ci/setup installs the softhsm2 package)")
    make_softhsm_token(signed["folder"] / "hsm", signed["pki"])
    return SOFTHSM_LIB


def test_sign_with_a_token(signed, token, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TEST_PIN", PIN)
    out = tmp_path / "token.pdf"
    argv = ["sign", str(signed["report"]), "--out", str(out), "--role", "ca-nhan"]
    argv += ["--pkcs11-lib", str(token), "--token-label", "ca-nhan", "--pin-env", "TEST_PIN"]
    argv += ["--image", str(signed["pki"].signature_png)]
    assert main(argv) == 0, capsys.readouterr().err
    assert "chữ ký số của Nguyễn Văn An, Phó Giám đốc" in capsys.readouterr().out
    verdict = verify_pdf(out, [signed["pki"].root_pem])
    assert verdict.state == STATE_VALID
    assert verdict.signatures[0].signer == "Nguyễn Văn An"
    # The same certificate by its label on the token.
    monkeypatch.setenv("TEST_PIN", PIN)
    argv2 = [a if a != str(out) else str(tmp_path / "token2.pdf") for a in argv] + [
        "--cert-label",
        "chu-ky",
    ]
    assert main(argv2) == 0


def test_token_wrong_pin_and_missing_token(signed, token, tmp_path, monkeypatch, capsys):
    out = tmp_path / "token.pdf"
    base = ["sign", str(signed["report"]), "--out", str(out), "--role", "ca-nhan"]
    base += ["--pkcs11-lib", str(token), "--pin-env", "TEST_PIN"]
    base += ["--image", str(signed["pki"].signature_png)]
    monkeypatch.setenv("TEST_PIN", "0000")
    assert main(base + ["--token-label", "ca-nhan"]) == 1
    assert "Mã PIN của token không đúng" in capsys.readouterr().err
    monkeypatch.setenv("TEST_PIN", PIN)
    assert main(base + ["--token-label", "khong-co"]) == 1
    assert "Không thấy token “khong-co”" in capsys.readouterr().err
    assert main(base + ["--token-label", "ca-nhan", "--cert-label", "khac"]) == 1
    assert "Trên token không có chứng thư số “khac”" in capsys.readouterr().err
    assert not out.exists()
    assert os.environ.get("SOFTHSM2_CONF")
