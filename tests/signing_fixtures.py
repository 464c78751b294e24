"""A throw-away PKI for the signing tests: a root, the person's and the
agency's certificates, an expired one, one not yet valid, one not meant for
signing; PKCS#12 files of them; the blue signature and the red seal images;
a report PDF with a signature block; a SoftHSM2 token holding the person's key."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from PIL import Image, ImageDraw

PIN = "1234"
PERSON = "Nguyễn Văn An"
PERSON_TITLE = "Phó Giám đốc"
AGENCY = "Sở Thông tin và Truyền thông"
BLUE = (20, 40, 200)
RED = (220, 20, 30)
SOFTHSM_LIB = Path("/usr/lib/softhsm/libsofthsm2.so")


@dataclass
class Pki:
    folder: Path
    root_pem: Path
    person_p12: Path
    agency_p12: Path
    expired_p12: Path
    future_p12: Path
    no_signing_p12: Path
    no_usage_p12: Path
    other_root_pem: Path
    signature_png: Path
    seal_png: Path
    person_key: rsa.RSAPrivateKey
    person_cert: x509.Certificate


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str, org: str | None = None, title: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    if title:
        attrs.append(x509.NameAttribute(NameOID.TITLE, title))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


def _root(cn: str):
    key = _key()
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=3650))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _leaf(root_key, root_cert, name, start, end, signing: bool | None = True):
    """A certificate issued by the root; `signing` None: no key usage extension at all."""
    key = _key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(root_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    )
    if signing is not None:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=signing,
                content_commitment=signing,
                key_encipherment=not signing,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    return key, builder.sign(root_key, hashes.SHA256())


def _p12(path: Path, key, cert, root_cert) -> Path:
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"cert",
            key,
            cert,
            [root_cert],
            serialization.BestAvailableEncryption(PIN.encode()),
        )
    )
    return path


def signature_image(path: Path) -> Path:
    """A blue handwritten-like stroke on a transparent background, 600×240."""
    img = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rectangle((40, 90, 560, 150), fill=BLUE + (255,))
    d.line((40, 200, 560, 40), fill=BLUE + (255,), width=24)
    img.save(path)
    return path


def seal_image(path: Path, dpi: int = 300, mm: float = 36.0) -> Path:
    """A red round seal, `mm` across at `dpi`, transparent outside and inside the ring."""
    side = round(mm / 25.4 * dpi)
    img = Image.new("RGBA", (side, side), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((0, 0, side - 1, side - 1), outline=RED + (255,), width=side // 10)
    d.ellipse((side * 0.3, side * 0.3, side * 0.7, side * 0.7), fill=RED + (255,))
    img.save(path, dpi=(dpi, dpi))
    return path


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    root_key, root_cert = _root("Root CA thử nghiệm")
    _, other_root = _root("Gốc khác")
    now = datetime.now(UTC)
    valid = (now - timedelta(days=30), now + timedelta(days=365))
    person_key, person_cert = _leaf(
        root_key, root_cert, _name(PERSON, AGENCY, PERSON_TITLE), *valid
    )
    agency_key, agency_cert = _leaf(root_key, root_cert, _name(AGENCY, AGENCY), *valid)
    exp_key, exp_cert = _leaf(
        root_key,
        root_cert,
        _name("Lê Văn Cũ", AGENCY),
        now - timedelta(days=800),
        now - timedelta(days=400),
    )
    fut_key, fut_cert = _leaf(
        root_key,
        root_cert,
        _name("Lê Văn Mới", AGENCY),
        now + timedelta(days=10),
        now + timedelta(days=400),
    )
    ns_key, ns_cert = _leaf(
        root_key, root_cert, _name("Máy chủ thư", AGENCY), *valid, signing=False
    )
    nu_key, nu_cert = _leaf(
        root_key, root_cert, _name("Trần Văn Chung", AGENCY), *valid, signing=None
    )
    root_pem = folder / "root.pem"
    root_pem.write_bytes(root_cert.public_bytes(serialization.Encoding.PEM))
    other_pem = folder / "other-root.pem"
    other_pem.write_bytes(other_root.public_bytes(serialization.Encoding.PEM))
    return Pki(
        folder=folder,
        root_pem=root_pem,
        person_p12=_p12(folder / "person.p12", person_key, person_cert, root_cert),
        agency_p12=_p12(folder / "agency.p12", agency_key, agency_cert, root_cert),
        expired_p12=_p12(folder / "expired.p12", exp_key, exp_cert, root_cert),
        future_p12=_p12(folder / "future.p12", fut_key, fut_cert, root_cert),
        no_signing_p12=_p12(folder / "no-signing.p12", ns_key, ns_cert, root_cert),
        no_usage_p12=_p12(folder / "no-usage.p12", nu_key, nu_cert, root_cert),
        other_root_pem=other_pem,
        signature_png=signature_image(folder / "chu-ky.png"),
        seal_png=seal_image(folder / "con-dau.png"),
        person_key=person_key,
        person_cert=person_cert,
    )


def make_report_pdf(
    folder: Path, name: str = "bao-cao.pdf", unit_name: str = AGENCY, db: Path | None = None
) -> Path:
    """The unit's year-end report with a signer: KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Nguyễn Văn An
    (in the workspace `db`, made when it does not exist)."""
    from desktop.reports.context import ReportOptions, build_unit_report
    from desktop.reports.pipeline import write_report
    from desktop.store import Workspace

    ws = Workspace.open(db or folder / "sign-report.cdsdb")
    try:
        unit = ws.units.self_unit() or ws.units.set_self_unit(ws.units.by_name(unit_name))
        ws.units.save(
            replace(
                unit,
                signer_authority="KT. GIÁM ĐỐC",
                signer_title="PHÓ GIÁM ĐỐC",
                signer_name=PERSON,
            )
        )
        report = build_unit_report(ws, 2023, options=ReportOptions(on=date(2023, 12, 31)))
        write_report(report, pdf=folder / name)
        return folder / name
    finally:
        ws.close()


def signed_unit_report(folder: Path, unit_name: str):
    """(pki, workspace, report PDF, the report signed by the person) of the
    unit, all in `folder` (the caller sets the data folder)."""
    from desktop.signing.credentials import open_p12
    from desktop.signing.sign import sign_pdf

    pki = make_pki(folder / "pki")
    db = folder / "dai.cdsdb"
    report = make_report_pdf(folder, "dai.pdf", unit_name=unit_name, db=db)
    with open_p12(pki.person_p12, PIN) as c:
        signed = sign_pdf(report, folder / "dai-da-ky.pdf", "ca-nhan", c, image=pki.signature_png)
    return pki, db, report, signed


def make_appendix_pdf(path: Path) -> Path:
    """An appendix sent as its own file: "Phụ lục I" at the top of page 1."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.reports.fonts import font_name

    c = canvas.Canvas(str(path), pagesize=A4)
    w, h = A4
    c.setFont(font_name(bold=True), 14)
    c.drawCentredString(w / 2, h - 80, "Phụ lục I")
    c.drawCentredString(w / 2, h - 100, "DANH MỤC SẢN PHẨM TRUYỀN THÔNG")
    c.setFont(font_name(italic=True), 14)
    c.drawCentredString(
        w / 2, h - 120, "(Kèm theo Báo cáo số 05/BC-STTTT ngày 05 tháng 12 năm 2023"
    )
    c.drawCentredString(w / 2, h - 138, "của Sở Thông tin và Truyền thông)")
    c.showPage()
    c.save()
    return path


def softhsm_available() -> bool:
    return SOFTHSM_LIB.is_file() and shutil.which("softhsm2-util") is not None


def make_softhsm_token(folder: Path, pki: Pki, label: str = "ca-nhan") -> dict[str, str]:
    """A SoftHSM2 token `label` (user PIN 1234) holding the person's key and
    certificate under the label "chu-ky"; returns the environment it needs."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--so-pin",
            "5678",
            "--pin",
            PIN,
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    key_pem = folder / "person-key.pem"
    key_pem.write_bytes(
        pki.person_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        [
            "softhsm2-util",
            "--import",
            str(key_pem),
            "--token",
            label,
            "--label",
            "chu-ky",
            "--id",
            "01",
            "--pin",
            PIN,
        ],
        check=True,
        env=env,
        capture_output=True,
    )
    key_pem.unlink()
    os.environ["SOFTHSM2_CONF"] = str(conf)
    lib = pkcs11.lib(str(SOFTHSM_LIB))
    token = lib.get_token(token_label=label)
    with token.open(rw=True, user_pin=PIN) as session:
        der = pki.person_cert.public_bytes(serialization.Encoding.DER)
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: "chu-ky",
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: pki.person_cert.subject.public_bytes(),
                Attribute.VALUE: der,
            }
        )
    return {"SOFTHSM2_CONF": str(conf)}


def received_signed_report(tmp_path: Path, settings, qtbot, pki, report: Path):
    """The radio-TV station's report signed by the person, sent in its
    package and received on the department's Tổng hợp page: (the page, the
    department's workspace, the package's "Chữ ký số" cell, the signing)."""
    from desktop.io.package import write_package
    from desktop.signing.credentials import open_p12
    from desktop.signing.sign import sign_pdf
    from desktop.store import Workspace
    from desktop.ui.consolidation_page import ConsolidationPage
    from desktop.ui.context import AppContext

    unit, department = "Đài Phát thanh và Truyền hình tỉnh", "Sở Thông tin và Truyền thông"
    with open_p12(pki.person_p12, PIN) as c:
        signed = sign_pdf(report, tmp_path / "ky.pdf", "ca-nhan", c, image=pki.signature_png)
    package = tmp_path / "dai.cdsgoi"
    with Workspace.open(tmp_path / "dai.cdsdb") as unit_db:
        unit_db.units.set_self_unit(unit_db.units.by_name(unit))
        write_package(unit_db, 2023, package, report_pdf=signed.out)
    ws = Workspace.open(tmp_path / "so.cdsdb")
    ws.units.set_self_unit(ws.units.by_name(department))
    page = ConsolidationPage(AppContext(ws, settings, year=2023))
    qtbot.addWidget(page)
    page.show()
    page.receive([package])
    qtbot.waitUntil(lambda: getattr(page, "result_box", None) is not None, timeout=30000)
    page.result_box.close()
    table = page.submissions
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    return page, ws, table.item(names.index(unit), 6).text(), signed
