"""Signing keys: a PKCS#12 file (.p12/.pfx) or a token through its PKCS#11 driver.

The PIN is only ever held in memory for the time it takes to open the key; it
is never written, logged or kept. Every problem the officer can meet (wrong
PIN, no token, an expired certificate, a certificate not meant for signing)
raises `SignError` with a plain Vietnamese reason.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import x509

from ..domain.text import Message, template
from .vn_time import VN_TZ, vn_datetime

MAX_P12_BYTES = 1 << 20  # a PKCS#12 file holds a key and a few certificates

# Where token drivers install their PKCS#11 library on Windows (the token's own
# installer puts it in System32): the ePass2003/3003 tokens that most Vietnamese
# certification services hand out, and SafeNet eToken. Checked in this order;
# every one found is offered. Any other driver is chosen by its path.
WINDOWS_PKCS11_LIBRARIES = (
    "eps2003csp11.dll",
    "ShuttleCsp11_3003.dll",
    "eTPKCS11.dll",
)
# Linux: the same drivers' usual places, OpenSC, and SoftHSM (a software token).
LINUX_PKCS11_LIBRARIES = (
    "/usr/lib/libcastle.so.1.0.0",
    "/usr/lib/libeTPkcs11.so",
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/softhsm/libsofthsm2.so",
)


class SignError(Exception):
    """Signing or checking could not be done; the message (a Message: the
    interface translates it) says why in Vietnamese."""


# Why a key cannot sign (declared messages; desktop/ui/texts_signing.py marks them).
A_CERTIFICATE = template("chứng thư số")
NOT_YET_VALID = template(
    "Chứng thư số của {who} chưa có hiệu lực: hiệu lực từ {since}. Hãy kiểm tra đồng hồ "
    "máy tính hoặc dùng chứng thư khác."
)
EXPIRED = template(
    "Chứng thư số của {who} đã hết hạn ngày {until}. Hãy gia hạn chứng thư với nhà cung cấp "
    "dịch vụ chứng thực chữ ký số."
)
NOT_FOR_SIGNING = template(
    "Chứng thư số của {who} không dùng để ký (mục đích sử dụng khóa không có “ký số”). Hãy "
    "chọn chứng thư ký số."
)
P12_TOO_BIG = template("“{path}” quá lớn để là tệp chứng thư số PKCS#12 (.p12, .pfx).")
P12_NOT_FOUND = template("Không tìm thấy tệp chứng thư số “{path}”.")
P12_UNREADABLE = template("Không đọc được tệp chứng thư số “{path}” ({reason}).")
NOT_A_P12 = template("“{path}” không phải tệp chứng thư số PKCS#12 (.p12, .pfx) hoặc tệp đã hỏng.")
WRONG_P12_PIN = template(
    "Mã PIN (mật khẩu) của tệp chứng thư số “{name}” không đúng. Không có tệp nào được ghi."
)
NO_KEY_IN_P12 = template("Tệp “{name}” không chứa khóa ký kèm chứng thư số.")
WRONG_TOKEN_PIN = template("Mã PIN của token không đúng. Không có tệp nào được ghi.")
TOKEN_LOCKED = template(
    "Token đã bị khóa vì nhập sai mã PIN nhiều lần. Hãy liên hệ nhà cung cấp để mở khóa."
)
PIN_LENGTH = template("Mã PIN không đúng độ dài token yêu cầu.")
NO_TOKEN_PLUGGED = template("Không thấy token: hãy cắm token vào máy rồi thử lại.")
TOKEN_FAILED = template("Token báo lỗi khi ký ({error}). Hãy rút token ra, cắm lại rồi thử lại.")
NO_LIBRARY = template("Không tìm thấy thư viện PKCS#11 của token “{library}”.")
BAD_LIBRARY = template(
    "Không nạp được thư viện PKCS#11 “{library}”: tệp không phải trình điều khiển token hoặc "
    "không hợp với máy (32/64 bit)."
)
NO_SUCH_TOKEN = template("Không thấy token “{label}”: hãy cắm token vào máy rồi thử lại.")
NO_TOKEN = template("Không thấy token nào: hãy cắm token vào máy rồi thử lại.")
MANY_TOKENS = template("Có nhiều token đang cắm ({names}): hãy chọn một (--token-label).")
NO_SUCH_CERTIFICATE = template("Trên token không có chứng thư số “{label}”.")
NO_CERTIFICATE_WITH_KEY = template("Trên token không có chứng thư số nào kèm khóa ký.")
MANY_CERTIFICATES = template("Token có nhiều chứng thư số ({names}): hãy chọn một (--cert-label).")
NO_KEY_FOR_CERTIFICATE = template("Trên token không có khóa ký của chứng thư số đã chọn.")


@dataclass(frozen=True)
class CertInfo:
    """What a certificate says about its holder, for messages and records."""

    name: str  # common name: the person's full name, or the agency's name
    title: str  # the person's title (X.509 `title`), empty when absent
    organization: str
    fingerprint: str  # SHA-256 of the certificate, hex
    not_before: datetime
    not_after: datetime

    @property
    def label(self) -> str:
        return ", ".join(p for p in (self.name, self.title) if p)


def cert_info(cert: x509.Certificate) -> CertInfo:
    subject = cert.subject.native
    return CertInfo(
        name=str(subject.get("common_name", "")),
        title=str(subject.get("title", "")),
        organization=str(subject.get("organization_name", "")),
        fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        not_before=cert.not_valid_before,
        not_after=cert.not_valid_after,
    )


def check_certificate(cert: x509.Certificate, now: datetime | None = None) -> CertInfo:
    """Refuse a certificate that cannot sign now: expired, not yet valid, or
    whose key usage does not include signing."""
    info = cert_info(cert)
    now = now or datetime.now(VN_TZ)
    who = info.label or Message(A_CERTIFICATE)
    if now < info.not_before:
        raise SignError(Message(NOT_YET_VALID, who=who, since=vn_datetime(info.not_before)))
    if now > info.not_after:
        raise SignError(Message(EXPIRED, who=who, until=vn_datetime(info.not_after)))
    usage = cert.key_usage_value
    # Without the extension the receiver's validator refuses the signature too.
    if usage is None or not ({"digital_signature", "non_repudiation"} & set(usage.native)):
        raise SignError(Message(NOT_FOR_SIGNING, who=who))
    return info


@dataclass
class Credential:
    """An opened key: the pyHanko signer and its certificate."""

    signer: object  # pyhanko.sign.signers.Signer
    certificate: x509.Certificate
    source: str  # "tệp …" or "token …", for messages

    @property
    def info(self) -> CertInfo:
        return cert_info(self.certificate)


# -- PKCS#12 -------------------------------------------------------------------


@contextmanager
def open_p12(path: Path | str, pin: str) -> Iterator[Credential]:
    from asn1crypto import pkcs12 as asn1_pkcs12
    from pyhanko.sign.signers import SimpleSigner

    path = Path(path)
    try:
        if path.stat().st_size > MAX_P12_BYTES:
            raise SignError(Message(P12_TOO_BIG, path=str(path)))
        data = path.read_bytes()
    except FileNotFoundError:
        raise SignError(Message(P12_NOT_FOUND, path=str(path))) from None
    except OSError as e:
        raise SignError(Message(P12_UNREADABLE, path=str(path), reason=e.strerror or str(e))) from e
    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 (parses the whole structure)
    except Exception:
        raise SignError(Message(NOT_A_P12, path=str(path))) from None
    try:
        signer = SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=pin.encode())
    except (ValueError, TypeError):
        raise SignError(Message(WRONG_P12_PIN, name=path.name)) from None
    if signer.signing_cert is None or signer.signing_key is None:
        raise SignError(Message(NO_KEY_IN_P12, name=path.name))
    yield Credential(signer=signer, certificate=signer.signing_cert, source=f"tệp {path.name}")


# -- PKCS#11 tokens ------------------------------------------------------------


def find_pkcs11_libraries() -> list[Path]:
    """The token drivers found at their usual install places on this computer."""
    if sys.platform == "win32":
        root = Path(os.environ.get("SystemRoot", r"C:\Windows"))
        folders = [root / "System32", root / "SysWOW64"]
        candidates = [folder / name for name in WINDOWS_PKCS11_LIBRARIES for folder in folders]
    else:
        candidates = [Path(p) for p in LINUX_PKCS11_LIBRARIES]
    return [p for p in candidates if p.is_file()]


def _pkcs11_error_text(e: Exception) -> Message:
    import pkcs11.exceptions as p11e

    if isinstance(e, p11e.PinIncorrect):
        return Message(WRONG_TOKEN_PIN)
    if isinstance(e, p11e.PinLocked):
        return Message(TOKEN_LOCKED)
    if isinstance(e, p11e.PinLenRange):
        return Message(PIN_LENGTH)
    if isinstance(e, p11e.TokenNotPresent | p11e.NoSuchToken | p11e.DeviceRemoved):
        return Message(NO_TOKEN_PLUGGED)
    return Message(TOKEN_FAILED, error=type(e).__name__)


def _token_label(token) -> str:
    return str(token.label).strip()


@contextmanager
def open_token(
    library: Path | str,
    pin: str,
    token_label: str | None = None,
    cert_label: str | None = None,
) -> Iterator[Credential]:
    """Open a session on the token (the only one plugged in, or the one
    labelled `token_label`) and pick the signing certificate (the one
    labelled `cert_label`, or the only one with a private key)."""
    import pkcs11
    from pkcs11 import Attribute, ObjectClass
    from pkcs11.exceptions import PKCS11Error
    from pyhanko.sign.pkcs11 import PKCS11Signer

    library = Path(library)
    if not library.is_file():
        raise SignError(Message(NO_LIBRARY, library=str(library)))
    try:
        lib = pkcs11.lib(str(library))
    except Exception:
        raise SignError(Message(BAD_LIBRARY, library=str(library))) from None
    try:
        tokens = [slot.get_token() for slot in lib.get_slots(token_present=True)]
    except PKCS11Error as e:
        raise SignError(_pkcs11_error_text(e)) from None
    if token_label:
        tokens = [t for t in tokens if _token_label(t) == token_label]
        if not tokens:
            raise SignError(Message(NO_SUCH_TOKEN, label=token_label))
    if not tokens:
        raise SignError(Message(NO_TOKEN))
    if len(tokens) > 1:
        names = ", ".join(f"“{_token_label(t)}”" for t in tokens)
        raise SignError(Message(MANY_TOKENS, names=names))
    try:
        session = tokens[0].open(user_pin=pin)
    except PKCS11Error as e:
        raise SignError(_pkcs11_error_text(e)) from None
    try:
        try:
            certs = list(session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}))
            key_ids = {
                bytes(k[Attribute.ID])
                for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})
            }
        except PKCS11Error as e:
            raise SignError(_pkcs11_error_text(e)) from None
        if cert_label:
            certs = [c for c in certs if str(c[Attribute.LABEL]) == cert_label]
            if not certs:
                raise SignError(Message(NO_SUCH_CERTIFICATE, label=cert_label))
        else:
            certs = [c for c in certs if bytes(c[Attribute.ID]) in key_ids]
            if not certs:
                raise SignError(Message(NO_CERTIFICATE_WITH_KEY))
        if len(certs) > 1:
            names = ", ".join(f"“{c[Attribute.LABEL]}”" for c in certs)
            raise SignError(Message(MANY_CERTIFICATES, names=names))
        cert_obj = certs[0]
        certificate = x509.Certificate.load(bytes(cert_obj[Attribute.VALUE]))
        key_id = bytes(cert_obj[Attribute.ID])
        if key_id not in key_ids:
            raise SignError(Message(NO_KEY_FOR_CERTIFICATE))
        signer = PKCS11Signer(session, signing_cert=certificate, key_id=key_id)
        yield Credential(
            signer=signer, certificate=certificate, source=f"token {_token_label(tokens[0])}"
        )
    finally:
        try:
            session.close()
        except Exception:
            pass
