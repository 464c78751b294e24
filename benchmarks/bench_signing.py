"""Signing and checking a long report: the person's signature, then the
agency's, then `verify` of both, on the PDF of a 20,000-activity year.

Builds the workspace of bench_report.py, writes its PDF, makes a throw-away
root and two PKCS#12 files, then times the real path (placement found from
the PDF's text, pyHanko's PAdES signing, its validator) and prints measured
vs target.

    .venv/bin/python benchmarks/bench_signing.py [--count 20000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_report import build_workspace  # noqa: E402
from cryptography import x509  # noqa: E402
from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import ec  # noqa: E402
from cryptography.hazmat.primitives.serialization import pkcs12  # noqa: E402
from cryptography.x509.oid import NameOID  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from desktop.reports.context import ReportOptions, build_unit_report  # noqa: E402
from desktop.reports.pipeline import write_report  # noqa: E402
from desktop.signing.credentials import open_p12  # noqa: E402
from desktop.signing.sign import sign_pdf  # noqa: E402
from desktop.signing.verify import verify_pdf  # noqa: E402

TARGET_SIGN_S = 3.0  # each signature, on a 20,000-activity report
TARGET_VERIFY_S = 2.0  # both signatures checked
PIN = "bench"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _pki(folder: Path) -> tuple[Path, Path, Path]:
    now = datetime.now(UTC)
    root_key = ec.generate_private_key(ec.SECP256R1())
    root = (
        x509.CertificateBuilder()
        .subject_name(_name("Gốc đo"))
        .issuer_name(_name("Gốc đo"))
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    files = []
    for who in ("Nguyễn Văn An", "Sở Thông tin và Truyền thông"):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(who))
            .issuer_name(root.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=30))
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=True,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .sign(root_key, hashes.SHA256())
        )
        path = folder / f"{len(files)}.p12"
        path.write_bytes(
            pkcs12.serialize_key_and_certificates(
                b"k", key, cert, [root], serialization.BestAvailableEncryption(PIN.encode())
            )
        )
        files.append(path)
    root_pem = folder / "root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return files[0], files[1], root_pem


def _image(path: Path, colour, size) -> Path:
    img = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((4, 4, size[0] - 4, size[1] - 4), outline=colour, width=20)
    img.save(path, dpi=(300, 300))
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        os.environ["BAOCAO_CDS_DATA_DIR"] = str(tmp / "data")
        ws = build_workspace(tmp / "bench.cdsdb", args.count)
        report = build_unit_report(ws, 2023, options=ReportOptions())
        pdf = tmp / "bao-cao.pdf"
        write_report(report, pdf=pdf)
        ws.close()
        person, agency, root = _pki(tmp)
        signature = _image(tmp / "chu-ky.png", (20, 40, 200, 255), (600, 240))
        seal = _image(tmp / "con-dau.png", (220, 20, 30, 255), (425, 425))

        started, cpu = time.perf_counter(), time.process_time()
        with open_p12(person, PIN) as c:
            first = sign_pdf(pdf, tmp / "ky-1.pdf", "ca-nhan", c, image=signature)
        person_s, person_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        with open_p12(agency, PIN) as c:
            second = sign_pdf(first.out, tmp / "ky-2.pdf", "co-quan", c, image=seal)
        agency_s, agency_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        verdict = verify_pdf(second.out, [root])
        verify_s, verify_cpu = time.perf_counter() - started, time.process_time() - cpu
        assert verdict.state == "hop-le", verdict.text
        size_mb = pdf.stat().st_size / 1e6
    print(
        f"report PDF of {args.count:,} activities: {size_mb:.1f} MB, signature on page {first.page + 1}"
    )
    print(f"load average: {os.getloadavg()[0]:.1f} (wall time, CPU time of this process)")
    for what, wall, cpu, target in (
        ("sign as the person:", person_s, person_cpu, TARGET_SIGN_S),
        ("sign as the agency:", agency_s, agency_cpu, TARGET_SIGN_S),
        ("verify both:", verify_s, verify_cpu, TARGET_VERIFY_S),
    ):
        print(f"{what:<20} {wall:.2f} s, CPU {cpu:.2f} s (target ≤ {target:.0f} s)")


if __name__ == "__main__":
    main()
