"""Ký số: sign the report PDF as the competent person or as the agency.

A small form: the PDF, the role, the key (a PKCS#12 file or a token's
PKCS#11 driver), the signature or seal image (remembered per certificate),
the PIN and where the signed copy goes. Signing runs off the GUI thread; the
PIN is cleared from the form as soon as it has been used and never kept. The
signed copy of the year is remembered so that "Gửi báo cáo" carries it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..signing.credentials import SignError, find_pkcs11_libraries, open_p12, open_token
from ..signing.sign import ROLE_AGENCY, ROLE_PERSON, sign_pdf
from ..signing.vn_time import vn_datetime
from .context import AppContext
from .geometry import resize_within_screen
from .jobs import run_job
from .texts import translated_error

SIGNED_KEY = "signing/signed_pdf/{year}"  # the signed copy of a year's report
KEY_FILE_KEY = "signing/key_file"
LIBRARY_KEY = "signing/pkcs11_library"


def signed_report(settings, year: int) -> Path | None:
    """The signed copy of `year`'s report made in this app, when it still exists."""
    value = str(settings.value(SIGNED_KEY.format(year=year), "") or "")
    return Path(value) if value and Path(value).is_file() else None


def _sign(progress, source, out, role, key_kind, key, labels, image, pin):
    progress.update(0, 0, "")
    if key_kind == "p12":
        opener = open_p12(key, pin)
    else:
        token_label, cert_label = labels
        opener = open_token(key, pin, token_label or None, cert_label or None)
    with opener as credential:
        return sign_pdf(source, out, role, credential, image=image)


class SignDialog(QDialog):
    def __init__(self, ctx: AppContext, pdf: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_value = None
        self.setWindowTitle(self.tr("Ký số báo cáo"))
        settings = ctx.settings

        self.source = QLineEdit(str(pdf) if pdf else "")
        self.source.setObjectName("source")
        self.source.textChanged.connect(self._suggest_out)
        self.role = QComboBox()
        self.role.setObjectName("role")
        self.role.addItem(self.tr("Người có thẩm quyền (chữ ký cá nhân)"), ROLE_PERSON)
        self.role.addItem(self.tr("Cơ quan (đóng dấu)"), ROLE_AGENCY)
        self.key_kind = QComboBox()
        self.key_kind.setObjectName("keyKind")
        self.key_kind.addItem(self.tr("Tệp chứng thư số (.p12, .pfx)"), "p12")
        self.key_kind.addItem(self.tr("Token USB (PKCS#11)"), "pkcs11")
        self.key = QLineEdit(str(settings.value(KEY_FILE_KEY, "") or ""))
        self.key.setObjectName("key")
        self.key_kind.currentIndexChanged.connect(self._key_kind_changed)
        self.token_label = QLineEdit()
        self.token_label.setObjectName("tokenLabel")
        self.token_label.setPlaceholderText(self.tr("bỏ trống khi chỉ cắm một token"))
        self.cert_label = QLineEdit()
        self.cert_label.setObjectName("certLabel")
        self.cert_label.setPlaceholderText(
            self.tr("bỏ trống khi token chỉ có một chứng thư số để ký")
        )
        self.image = QLineEdit()
        self.image.setObjectName("image")
        self.image.setPlaceholderText(self.tr("bỏ trống: dùng hình đã chọn lần trước"))
        self.pin = QLineEdit()
        self.pin.setObjectName("pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.out = QLineEdit()
        self.out.setObjectName("out")
        self._suggest_out()

        form = QFormLayout()
        form.addRow(self.tr("Tệp PDF cần ký"), self._with_browse(self.source, self._choose_source))
        form.addRow(self.tr("Ký với tư cách"), self.role)
        form.addRow(self.tr("Khóa ký"), self.key_kind)
        form.addRow(self.tr("Tệp hoặc thư viện"), self._with_browse(self.key, self._choose_key))
        form.addRow(self.tr("Tên token"), self.token_label)
        form.addRow(self.tr("Tên chứng thư số trên token"), self.cert_label)
        form.addRow(
            self.tr("Hình chữ ký / con dấu (PNG)"),
            self._with_browse(self.image, self._choose_image),
        )
        form.addRow(self.tr("Mã PIN"), self.pin)
        form.addRow(self.tr("Lưu bản đã ký"), self._with_browse(self.out, self._choose_out))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = buttons.addButton(
            self.tr("Ký số"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("sign")
        buttons.accepted.connect(self.sign)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 0)
        self._token_fields_enabled()

    def _with_browse(self, edit: QLineEdit, choose) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        button = QPushButton(self.tr("Chọn..."))
        button.clicked.connect(choose)
        row.addWidget(button)
        return row

    def _suggest_out(self) -> None:
        text = self.source.text().strip()
        if text and hasattr(self, "out"):
            src = Path(text)
            self.out.setText(str(src.with_name(f"{src.stem}-da-ky.pdf")))

    def _token_fields_enabled(self) -> None:
        on_token = self.key_kind.currentData() == "pkcs11"
        self.token_label.setEnabled(on_token)
        self.cert_label.setEnabled(on_token)

    def _key_kind_changed(self) -> None:
        self._token_fields_enabled()
        if self.key_kind.currentData() == "pkcs11":
            found = find_pkcs11_libraries()
            saved = str(self.ctx.settings.value(LIBRARY_KEY, "") or "")
            self.key.setText(saved or (str(found[0]) if found else ""))
        else:
            self.key.setText(str(self.ctx.settings.value(KEY_FILE_KEY, "") or ""))

    def _pick(self, edit: QLineEdit, title: str, pattern: str, save: bool = False) -> None:
        start = edit.text() or str(Path.home())
        if save:
            name, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        else:
            name, _ = QFileDialog.getOpenFileName(self, title, start, pattern)
        if name:
            edit.setText(name)

    def _choose_source(self) -> None:
        self._pick(self.source, self.tr("Chọn tệp PDF cần ký"), self.tr("Tệp PDF (*.pdf)"))

    def _choose_key(self) -> None:
        if self.key_kind.currentData() == "p12":
            pattern = self.tr("Chứng thư số (*.p12 *.pfx)")
        else:
            pattern = self.tr("Thư viện PKCS#11 (*.dll *.so *.dylib)")
        self._pick(self.key, self.tr("Chọn khóa ký"), pattern)

    def _choose_image(self) -> None:
        self._pick(self.image, self.tr("Chọn hình chữ ký hoặc con dấu"), self.tr("Ảnh PNG (*.png)"))

    def _choose_out(self) -> None:
        self._pick(self.out, self.tr("Lưu bản đã ký"), self.tr("Tệp PDF (*.pdf)"), save=True)

    def sign(self) -> None:
        source, out, key = (e.text().strip() for e in (self.source, self.out, self.key))
        if not (source and out and key):
            self.message.setText(self.tr("Hãy chọn tệp PDF, khóa ký và nơi lưu bản đã ký."))
            return
        pin = self.pin.text()
        self.pin.clear()
        kind = self.key_kind.currentData()
        self.ctx.settings.setValue(KEY_FILE_KEY if kind == "p12" else LIBRARY_KEY, key)
        image = self.image.text().strip() or None
        self.sign_button.setEnabled(False)
        self.message.setText(self.tr("Đang ký..."))
        run_job(
            self,
            self.tr("Đang ký số..."),
            _sign,
            Path(source),
            Path(out),
            self.role.currentData(),
            kind,
            Path(key),
            (self.token_label.text().strip(), self.cert_label.text().strip()),
            Path(image) if image else None,
            pin,
            on_done=self._signed,
            on_error=self._failed,
            cancellable=False,
        )

    def _signed(self, result) -> None:
        self.sign_button.setEnabled(True)
        self.result_value = result
        self.ctx.settings.setValue(SIGNED_KEY.format(year=self.ctx.year), str(result.out))
        self.message.setText(
            self.tr("Đã ký “{0}”: chữ ký số của {1}, lúc {2}. Tệp gốc giữ nguyên.").format(
                result.out, result.signer.label, vn_datetime(result.signed_at)
            )
        )

    def _failed(self, exc: BaseException, details: str) -> None:
        self.sign_button.setEnabled(True)
        if isinstance(exc, SignError):
            self.message.setText(translated_error(exc))
        else:
            from .errors import show_error

            self.message.setText(self.tr("Không ký được."))
            show_error(self, exc, details)
