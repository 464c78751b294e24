"""`--smoke-test`: proves that an installed copy of the app works end to end.

Everything happens in a throw-away folder, so the officer's own workspace,
data folder and settings are never touched: open the main window on a new
workspace, choose a unit, record an activity and see it in the window, write
the year's report as DOCX and PDF, read both files back, and sign the PDF
with a throw-away PKCS#12 certificate and check the signature.

Prints one result line; exit code 0 when every step passed, 1 naming the step
that failed and why.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from .paths import DATA_DIR_ENV, DB_ENV

SMOKE_UNIT = "Đài Phát thanh và Truyền hình tỉnh"
SMOKE_YEAR = 2023
# The emoji and the Chinese are drawn with the bundled fallback fonts: read back
# from the PDF, they show that the installed copy ships them.
SMOKE_TITLE = "Kiểm tra nhanh: chuyên mục Chuyển đổi số 📱 数字化"
SMOKE_TARGET = "III.2.a/TH"
SMOKE_SIGNER = "Nguyễn Văn Kiểm"
SMOKE_PIN = "smoke-1234"


class SmokeFailure(Exception):
    """A step ran but its result was wrong."""


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _prefer_offscreen() -> None:
    """With no display to draw on (CI, a server), render off screen."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _utf8_output() -> None:
    # A redirected console on Windows defaults to a code page without Vietnamese letters.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


class _Smoke:
    """The steps, sharing the temporary folder and what earlier steps made."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.db_path = folder / "smoke.cdsdb"
        self.docx_path = folder / "bao-cao.docx"
        self.pdf_path = folder / "bao-cao.pdf"
        self.app = None
        self.window = None
        self.report = None
        self.pdf_pages = 0
        self.facts: list[str] = []

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [
            ("môi trường cho chương trình khác", self.check_child_environment),
            ("tạo dữ liệu và chọn đơn vị", self.set_up_unit),
            ("mở cửa sổ chính", self.open_window),
            ("nạp bản dịch tiếng Anh", self.load_english),
            ("thêm hoạt động", self.add_activity),
            ("xuất báo cáo DOCX và PDF", self.write_reports),
            ("kiểm tra tệp DOCX", self.check_docx),
            ("kiểm tra tệp PDF", self.check_pdf),
            ("xem trước báo cáo", self.check_preview),
            ("ký số và kiểm tra chữ ký", self.sign_pdf),
            ("nhận gói báo cáo của các đơn vị", self.receive_packages),
        ]

    @property
    def workspace(self):
        return self.window.ctx.workspace

    def check_child_environment(self) -> None:
        """Programs the app starts (the file opener, LibreOffice) must load the
        system's libraries, not the copies inside the frozen app's folder."""
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle:
            search_path = os.environ.get("LD_LIBRARY_PATH", "").split(os.pathsep)
            _expect(bundle not in search_path, f"LD_LIBRARY_PATH vẫn trỏ vào “{bundle}”")

    def set_up_unit(self) -> None:
        """What the first-run dialog does: a new workspace with the built-in plan
        and the officer's unit chosen from it."""
        from .store import Workspace

        with Workspace.open(self.db_path) as ws:
            _expect(SMOKE_YEAR in ws.plans.years(), f"chưa có kế hoạch năm {SMOKE_YEAR}")
            unit = ws.units.by_name(SMOKE_UNIT)
            _expect(unit is not None, f"kế hoạch không có đơn vị “{SMOKE_UNIT}”")
            unit = ws.units.set_self_unit(unit)
            ws.units.save(replace(unit, signer_name=SMOKE_SIGNER))
            ws.set_meta("current_year", str(SMOKE_YEAR))

    def open_window(self) -> None:
        from .ui.main_window import MainWindow
        from .ui.startup import create_application, make_settings, start_main_window

        self.app = create_application()
        self.window = start_main_window(self.db_path, make_settings(), MainWindow)
        _expect(self.window is not None, "không mở được dữ liệu")
        self.window.show()
        self.app.processEvents()
        _expect(self.window.isVisible(), "cửa sổ chính không hiện lên")
        _expect(self.window.ctx.unit.name == SMOKE_UNIT, "cửa sổ chính mở sai đơn vị")
        _expect(
            bool(self.window.windowIcon().availableSizes()), "không nạp được biểu tượng ứng dụng"
        )
        self.facts.append("cửa sổ chính")

    def load_english(self) -> None:
        from .ui.startup import install_translation

        _expect(install_translation(self.app, "en"), "không nạp được tệp baocao_en.qm")
        install_translation(self.app, "vi")

    @staticmethod
    def _activity():
        from .domain.activity import Activity

        return Activity(
            date=date(SMOKE_YEAR, 3, 15),
            title=SMOKE_TITLE,
            form="chuyên mục",
            target_code=SMOKE_TARGET,
            quantity=2,
            cost=1_500_000,
            themes=(1, 2),
        )

    def add_activity(self) -> None:
        from .ui.activities_model import COL_TITLE

        activity_id = self.workspace.activities.add(self._activity())
        self.window.ctx.data_changed.emit()
        self.app.processEvents()
        model = self.window.activities.model
        row = model.row_of(activity_id)
        _expect(row is not None, "hoạt động vừa thêm không hiện trong danh sách")
        shown = model.data(model.index(row, COL_TITLE))
        _expect(shown == SMOKE_TITLE, f"danh sách hiện “{shown}” thay cho tiêu đề vừa nhập")

    def write_reports(self) -> None:
        """As the Báo cáo section exports: built and written in a process of
        its own (the frozen program started again for it)."""
        from .reports.context import build_unit_report
        from .reports.process import ReportRequest, make_report

        request = ReportRequest(
            str(self.db_path), SMOKE_YEAR, docx=str(self.docx_path), pdf=str(self.pdf_path)
        )
        files = make_report(request)
        _expect(files.docx == self.docx_path, "tiến trình lập báo cáo không ghi tệp DOCX")
        self.report = build_unit_report(self.workspace, SMOKE_YEAR)  # for the preview

    def check_docx(self) -> None:
        import docx

        document = docx.Document(str(self.docx_path))
        text = "\n".join(p.text for p in document.paragraphs)
        cells = "\n".join(
            cell.text for table in document.tables for row in table.rows for cell in row.cells
        )
        _expect("BÁO CÁO" in text, "tệp DOCX thiếu tiêu đề “BÁO CÁO”")
        _expect(SMOKE_TITLE in cells, "phụ lục của tệp DOCX thiếu hoạt động vừa thêm")
        self.facts.append(f"DOCX {len(document.paragraphs)} đoạn, {len(document.tables)} bảng")

    def check_pdf(self) -> None:
        from pypdf import PdfReader

        from .reports.fonts import register_fonts

        reader = PdfReader(str(self.pdf_path))
        pages = len(reader.pages)
        _expect(pages > 0, "tệp PDF không có trang nào")
        # Table cells wrap long titles onto several lines.
        words = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
        _expect("BÁO CÁO" in words, "chữ trong tệp PDF không đọc được (thiếu “BÁO CÁO”)")
        _expect(SMOKE_TITLE in words, "phụ lục của tệp PDF thiếu hoạt động vừa thêm")
        self.pdf_pages = pages
        self.facts.append(f"PDF {pages} trang, phông {register_fonts().source}")

    def check_preview(self) -> None:
        """The report section's page preview (PDF pages drawn by PDFium)."""
        from .ui.report_preview import render_preview

        images, total = render_preview(_Unattended(), self.report, 1)
        _expect(
            total == self.pdf_pages, f"bản xem trước có {total} trang, tệp PDF có {self.pdf_pages}"
        )
        page = images[0]
        dark = sum(
            page.pixelColor(x, y).lightness() < 128
            for x in range(0, page.width(), 8)
            for y in range(0, page.height() // 3, 8)
        )
        _expect(dark > 0, "trang xem trước trống trơn")
        self.facts.append("xem trước")

    def sign_pdf(self) -> None:
        """Sign the report as the person with a PKCS#12 file made here, then
        check the signature the way the department does."""
        from .signing.credentials import open_p12
        from .signing.sign import sign_pdf
        from .signing.verify import STATE_VALID, verify_pdf

        p12, root, image = _throwaway_certificate(self.folder)
        signed = self.folder / "bao-cao-da-ky.pdf"
        with open_p12(p12, SMOKE_PIN) as credential:
            result = sign_pdf(self.pdf_path, signed, "ca-nhan", credential, image=image)
        verdict = verify_pdf(signed, [root])
        _expect(verdict.state == STATE_VALID, f"chữ ký vừa tạo không hợp lệ: {verdict.text}")
        _expect(
            verdict.signatures[0].signer == SMOKE_SIGNER,
            f"chữ ký mang tên “{verdict.signatures[0].signer}”",
        )
        self.facts.append(f"ký số trang {result.page + 1}")

    def receive_packages(self) -> None:
        """As Tổng hợp receives a batch: four units' packages, read and
        checked ahead by a process of its own (the frozen program started
        again for it), then stored by the department's workspace."""
        from .io import package_import
        from .io.package import write_package
        from .io.package_reader import PackageReader
        from .store import Workspace

        served: list[int] = []

        class Waited(PackageReader):
            def __init__(self, *args):
                super().__init__(*args)
                _expect(self.wait_ready(60), "tiến trình đọc gói không khởi động được")

            def take(self, i, check=None):
                result = super().take(i, check)
                served.append(result is not None)
                return result

        dept_path = self.folder / "so.cdsdb"
        with Workspace.open(dept_path) as dept:
            units = [u for u in dept.units.all() if u.name != SMOKE_UNIT][:5]
            head, others = units[0], units[1:]
            dept.units.set_self_unit(head)
        packages = []
        for n, unit in enumerate(others):
            with Workspace.open(self.folder / f"don-vi-{n}.cdsdb") as ws:
                me = ws.units.set_self_unit(ws.units.by_name(unit.name))
                ws.activities.add(
                    replace(self._activity(), title=f"{SMOKE_TITLE} ({n + 1})"), me.id
                )
                packages.append(self.folder / f"goi-{n}.cdsgoi")
                write_package(ws, SMOKE_YEAR, packages[-1])
        original = package_import.PackageReader
        package_import.PackageReader = Waited
        try:
            with Workspace.open(dept_path) as dept:
                results = package_import.receive_packages(dept, packages)
                stored = dept.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        finally:
            package_import.PackageReader = original
        refused = [str(r.message) for r in results if not r.ok]
        _expect(not refused, f"gói bị từ chối: {refused[:1]}")
        _expect(stored == len(packages), f"nhận {stored} hoạt động thay cho {len(packages)}")
        _expect(all(served), "có gói không do tiến trình đọc gói kiểm tra")
        self.facts.append(f"nhận {len(packages)} gói")

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.workspace.close()
            self.window.deleteLater()


def _throwaway_certificate(folder: Path) -> tuple[Path, Path, Path]:
    """A self-signed signing certificate in a PKCS#12 file, its PEM (the
    trusted root for the check) and a blue signature image."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    from PIL import Image, ImageDraw

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, SMOKE_SIGNER)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    p12 = folder / "ky-thu.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"smoke", key, cert, None, serialization.BestAvailableEncryption(SMOKE_PIN.encode())
        )
    )
    root = folder / "ky-thu.pem"
    root.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    image = Image.new("RGBA", (300, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).line((10, 100, 290, 20), fill=(20, 40, 200, 255), width=12)
    png = folder / "chu-ky.png"
    image.save(png)
    return p12, root, png


class _Unattended:
    """Stands in for a progress dialog: nobody watches or cancels."""

    def check(self) -> None:
        """Never cancelled."""

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        """Nothing to show."""


def run_smoke_test() -> int:
    """Run every step; print the result; return the process exit code."""
    _utf8_output()
    _prefer_offscreen()
    started = time.monotonic()
    saved_env = {key: os.environ.get(key) for key in (DATA_DIR_ENV, DB_ENV)}
    # The log file stays open in the temporary data folder; Windows cannot delete it then.
    with tempfile.TemporaryDirectory(prefix="baocao-cds-smoke-", ignore_cleanup_errors=True) as tmp:
        folder = Path(tmp)
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        os.environ.pop(DB_ENV, None)
        smoke = _Smoke(folder)
        step = ""
        try:
            for name, run in smoke.steps():
                step = name
                run()
        except SmokeFailure as e:
            print(f"SMOKE TEST FAILED: bước “{step}”: {e}")
            return 1
        except Exception as e:  # a crash is a failure too; its traceback helps whoever builds
            traceback.print_exc()
            print(f"SMOKE TEST FAILED: bước “{step}”: {type(e).__name__}: {e}")
            return 1
        finally:
            smoke.close()
            for key, value in saved_env.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
    print(f"SMOKE TEST OK: kiểm tra nhanh đạt ({'; '.join(smoke.facts)}; {seconds} giây)")
    return 0
