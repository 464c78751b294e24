"""Check the signatures of a received report with pyHanko's validator.

For each signature: is it intact (the signed bytes unchanged), does it cover
the whole file or what was added after it (another signature is normal; any
other change means the report was altered after signing), who signed and
when, and does the certificate chain lead to a root the department trusts
(the government roots shipped with the app, those it added in its data
folder's `tin-cay` folder, and any named on the command line). Offline: no
revocation lists are fetched; the chain is checked at the signing time.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.text import Message, template
from ..paths import asset, data_dir
from ..pdf_errors import DAMAGED_PDF_ERRORS, pdf_error_text
from .changes import diff_policy
from .credentials import SignError, cert_info
from .sign import FIELD_AGENCY, FIELD_PERSON, ROLE_AGENCY, ROLE_PERSON, read_pdf
from .vn_time import iso_vn, vn_datetime

TRUST_FOLDER = "tin-cay"  # in the data folder: roots the department added
MAX_ROOT_BYTES = 64 << 10
STATE_VALID = "hop-le"
STATE_ALTERED = "bi-sua"
STATE_UNTRUSTED = "khong-tin-cay"
STATE_UNSIGNED = "chua-ky"
# What the signatures' check says (declared messages; desktop/ui/texts_signing.py
# marks them): each state in words, the summing-up line, each signature's notes.
STATE_WORDS = {
    STATE_VALID: Message(template("hợp lệ")),
    STATE_ALTERED: Message(template("bị sửa sau khi ký")),
    STATE_UNTRUSTED: Message(template("chứng thư số không thuộc gốc tin cậy")),
    STATE_UNSIGNED: Message(template("chưa ký")),
}
UNSIGNED = template("Chưa ký")
SIGNED = template("Đã ký: {people} — {state}")
UNCHECKED = template("Không kiểm tra được chữ ký số: {problem}")
EXPIRED_AT_SIGNING = template("chứng thư số đã hết hạn hoặc chưa có hiệu lực vào lúc ký")
REVOKED = template("chứng thư số đã bị thu hồi")
NOT_FOR_SIGNING = template(
    "chứng thư số không được phép dùng để ký (mục đích sử dụng khóa không có “ký số”)"
)
NO_TRUSTED_ROOT = template("chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy nào")
SIGNATURE_UNREADABLE = template("không đọc được chữ ký")
SIGNATURE_ADDED = template("chữ ký {name}")
CONTENT_CHANGED = template("nội dung bị thay đổi")
FORM_DATA = template("dữ liệu biểu mẫu")
# Why a signed file or a root certificate cannot be read.
NOT_A_ROOT_FILE = template("“{path}” không phải tệp chứng thư gốc (PEM hoặc DER).")
ROOT_TOO_BIG = template("“{path}” quá lớn để là tệp chứng thư gốc.")
ROOT_NOT_FOUND = template("Không tìm thấy tệp chứng thư gốc “{path}”.")
ROOT_UNREADABLE = template("Không đọc được tệp chứng thư gốc “{path}” ({reason}).")
FILE_UNREADABLE = template("Không đọc được tệp “{path}” ({reason}).")
NOT_A_ROOT = template("“{path}” không phải chứng thư gốc (chứng thư của tổ chức cấp).")
SIGNATURES_UNREADABLE = template("Tệp PDF hỏng, không đọc được các chữ ký số ({error}).")


@dataclass(frozen=True)
class SignatureCheck:
    field: str
    role: str  # ROLE_PERSON, ROLE_AGENCY or "" (a signature this app did not make)
    signer: str
    title: str
    organization: str
    signed_at: datetime | None
    intact: bool  # the signed bytes and the signature itself are unchanged
    whole_file: bool  # nothing was added after this signature
    added_after: tuple[str, ...]  # what was added after it, in words
    altered_after: bool  # something other than signatures was changed after it
    trusted: bool  # the chain leads to a trusted root
    trust_note: str  # why not, in words

    @property
    def state(self) -> str:
        if not self.intact or self.altered_after:
            return STATE_ALTERED
        if not self.trusted:
            return STATE_UNTRUSTED
        return STATE_VALID

    @property
    def broken(self) -> bool:
        return self.state == STATE_ALTERED

    @property
    def who(self) -> str:
        parts = [self.signer, self.title]
        if self.signed_at is not None:
            parts.append(vn_datetime(self.signed_at))
        return ", ".join(p for p in parts if p)

    def as_json(self) -> dict:
        d = asdict(self)
        d["signed_at"] = iso_vn(self.signed_at) if self.signed_at else None
        d["added_after"] = list(self.added_after)
        d["state"] = self.state
        d["state_text"] = STATE_WORDS[self.state]
        return d


@dataclass(frozen=True)
class Verdict:
    """All the signatures of one file, and the one line that sums them up."""

    signatures: tuple[SignatureCheck, ...] = field(default_factory=tuple)

    @property
    def state(self) -> str:
        if not self.signatures:
            return STATE_UNSIGNED
        states = {s.state for s in self.signatures}
        for worst in (STATE_ALTERED, STATE_UNTRUSTED):
            if worst in states:
                return worst
        return STATE_VALID

    @property
    def broken(self) -> bool:
        return any(s.broken for s in self.signatures)

    @property
    def text(self) -> Message:
        """ "Đã ký: Nguyễn Văn A, Giám đốc, 05/12/2023 14:02 — hợp lệ", or "Chưa ký"."""
        if not self.signatures:
            return Message(UNSIGNED)
        people = "; ".join(s.who for s in self.signatures)
        return Message(SIGNED, people=people, state=STATE_WORDS[self.state])

    def as_json(self) -> dict:
        return {
            "state": self.state,
            "text": self.text,
            "signatures": [s.as_json() for s in self.signatures],
        }


def unchecked(error: SignError) -> Message:
    """The line kept for a report whose signatures could not be checked."""
    from ..domain.text import message_of

    return Message(UNCHECKED, problem=message_of(error))


def stored_verdict(state: str, text: str) -> str:
    """The message a kept line (a submission's signature text, written from
    `Verdict.text` or `unchecked`) was made from, so that the interface shows
    it in its own language; any other text as it is."""
    if text == UNSIGNED:
        return Message(UNSIGNED)
    words = STATE_WORDS.get(state)
    head, tail = SIGNED.split("{people}")[0], f" — {words}"
    if words is not None and text.startswith(head) and text.endswith(tail):
        people = text[len(head) : len(text) - len(tail)]
        if people:
            return Message(SIGNED, people=people, state=words)
    head = UNCHECKED.split("{problem}")[0]
    if text.startswith(head):
        problem = text[len(head) :]
        before, after = SIGNATURES_UNREADABLE.split("{error}")
        if problem.startswith(before) and problem.endswith(after):
            error = problem[len(before) : len(problem) - len(after)]
            problem = Message(SIGNATURES_UNREADABLE, error=error)
        return Message(UNCHECKED, problem=problem)
    return text


def _load_certs(data: bytes, where: str):
    from asn1crypto import pem, x509

    try:
        if pem.detect(data):
            return [x509.Certificate.load(der) for _t, _h, der in pem.unarmor(data, multiple=True)]
        return [x509.Certificate.load(data)]
    except Exception:
        raise SignError(Message(NOT_A_ROOT_FILE, path=where)) from None


def trusted_roots(extra: Iterable[Path | str] = ()) -> list:
    """The roots the department trusts: shipped, added in the data folder, and `extra`."""
    roots = []
    folders = [asset("resources", "trust"), data_dir() / TRUST_FOLDER]
    files = [p for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())]
    files = [p for p in files if p.suffix.lower() in (".pem", ".crt", ".cer", ".der")]
    for path in [*files, *(Path(p) for p in extra)]:
        try:
            if path.stat().st_size > MAX_ROOT_BYTES:
                raise SignError(Message(ROOT_TOO_BIG, path=str(path)))
            data = path.read_bytes()
        except FileNotFoundError:
            raise SignError(Message(ROOT_NOT_FOUND, path=str(path))) from None
        except OSError as e:
            raise SignError(
                Message(ROOT_UNREADABLE, path=str(path), reason=e.strerror or str(e))
            ) from e
        roots += _load_certs(data, str(path))
    return roots


def add_trusted_root(path: Path | str) -> tuple[Path, str]:
    """Copy a root certificate (PEM or DER) into the data folder's trusted
    roots; returns where it went and the name it certifies."""
    from ..domain.text import message_of
    from ..files import FileWriteError, atomic_path

    path = Path(path)
    try:
        if path.stat().st_size > MAX_ROOT_BYTES:
            raise SignError(Message(ROOT_TOO_BIG, path=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise SignError(Message(ROOT_NOT_FOUND, path=str(path))) from None
    except OSError as e:
        raise SignError(
            Message(FILE_UNREADABLE, path=str(path), reason=e.strerror or str(e))
        ) from e
    certs = _load_certs(data, path.name)
    if not certs or not all(c.ca for c in certs):
        raise SignError(Message(NOT_A_ROOT, path=path.name))
    info = cert_info(certs[0])
    folder = data_dir() / TRUST_FOLDER
    target = folder / f"{info.fingerprint[:16]}{'.pem' if b'-----BEGIN' in data else '.der'}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as tmp:
            tmp.write_bytes(data)
    except (OSError, FileWriteError) as e:
        raise SignError(message_of(e)) from e
    return target, info.name or info.organization


def _role(field_name: str) -> str:
    if field_name.startswith(FIELD_PERSON):
        return ROLE_PERSON
    if field_name.startswith(FIELD_AGENCY):
        return ROLE_AGENCY
    return ""


def _trust_note(status) -> str:
    if status.trusted:
        return ""
    indic = getattr(status, "trust_problem_indic", None)
    name = getattr(indic, "name", "") or ""
    if "EXPIRED" in name or "OUT_OF_BOUNDS" in name:
        return Message(EXPIRED_AT_SIGNING)
    if "REVOKED" in name:
        return Message(REVOKED)
    if "CHAIN_CONSTRAINTS" in name:
        return Message(NOT_FOR_SIGNING)
    return Message(NO_TRUSTED_ROOT)


def _pdf_read_errors() -> tuple[type[BaseException], ...]:
    from pyhanko.pdf_utils.misc import PdfError

    return (PdfError, *DAMAGED_PDF_ERRORS)


def _signatures(reader) -> tuple[list, list[str]]:
    """The document's signatures (type /Sig) in signing order, and apart the
    names of the fields whose signature bytes do not parse at all: one such
    field is one broken signature, and the others are still checked."""
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature

    parsed, unparsed = [], []
    for fq_name, sig_obj, sig_field in enumerate_sig_fields(reader, filled_status=True):
        kind = sig_obj.get_object().get("/Type")
        if kind is not None and str(kind) == "/DocTimeStamp":
            continue
        try:
            sig = EmbeddedPdfSignature(reader, sig_field, fq_name)
            sig.signed_revision  # noqa: B018 (read now: it fails on a broken byte range)
        except Exception:
            unparsed.append(str(fq_name))
            continue
        if sig.sig_object_type == "/Sig":
            parsed.append(sig)
    parsed.sort(key=lambda sig: sig.signed_revision)
    return parsed, unparsed


def _unreadable(name: str, claimed, info) -> SignatureCheck:
    """A signature that cannot be read: no good signature."""
    return SignatureCheck(
        field=name,
        role=_role(name),
        signer=info.name if info else "",
        title=info.title if info else "",
        organization=info.organization if info else "",
        signed_at=claimed,
        intact=False,
        whole_file=False,
        added_after=(),
        altered_after=True,
        trusted=False,
        trust_note=Message(SIGNATURE_UNREADABLE),
    )


def _claims(sig):
    """When a signature says it was made and whose certificate it names, as
    far as they can be read (None when not): a damaged signature may fail on
    either, and is then reported broken, not left to crash the check."""
    try:
        claimed = sig.self_reported_timestamp
    except Exception:
        claimed = None
    try:
        cert = sig.signer_cert
        info = cert_info(cert) if cert is not None else None
    except Exception:
        info = None
    return claimed, info


def verify_bytes(data: bytes, roots: Sequence = ()) -> Verdict:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel, SuspiciousModification
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs, unparsed = _signatures(reader)
    except _pdf_read_errors() as e:
        raise SignError(Message(SIGNATURES_UNREADABLE, error=pdf_error_text(e))) from None
    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"})
    policy = diff_policy()
    checks = []
    for i, sig in enumerate([*sigs, *unparsed]):
        if isinstance(sig, str):  # a field whose signature bytes do not even parse
            checks.append(_unreadable(sig, None, None))
            continue
        name = str(sig.field_name)
        claimed, info = _claims(sig)
        vc = ValidationContext(
            trust_roots=list(roots),
            allow_fetching=False,
            revocation_mode="soft-fail",
            moment=claimed,
        )
        try:
            status = validate_pdf_signature(sig, vc, key_usage_settings=usage, diff_policy=policy)
        except Exception:
            # A signature the validator cannot even read is no good signature.
            checks.append(_unreadable(name, claimed, info))
            continue
        info = cert_info(status.signing_cert)
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
        later = [str(s.field_name) for s in sigs[i + 1 :]]
        added: list[str] = []
        altered = status.coverage not in (
            SignatureCoverageLevel.ENTIRE_FILE,
            SignatureCoverageLevel.ENTIRE_REVISION,
        )
        if not whole:
            for later_name in later:
                added.append(Message(SIGNATURE_ADDED, name=later_name))
            level = status.modification_level
            if isinstance(status.diff_result, SuspiciousModification) or (
                level is not None and level > ModificationLevel.FORM_FILLING
            ):
                altered = True
                added.append(Message(CONTENT_CHANGED))
            elif not later:
                added.append(Message(FORM_DATA))
        checks.append(
            SignatureCheck(
                field=name,
                role=_role(name),
                signer=info.name,
                title=info.title,
                organization=info.organization,
                signed_at=status.signer_reported_dt or claimed,
                intact=bool(status.intact and status.valid),
                whole_file=whole,
                added_after=tuple(added),
                altered_after=altered,
                trusted=bool(status.trusted),
                trust_note=_trust_note(status),
            )
        )
    return Verdict(tuple(checks))


def verify_pdf(path: Path | str, extra_roots: Iterable[Path | str] = ()) -> Verdict:
    from ..logs import get_logger

    path = Path(path)
    data = read_pdf(path, "kiểm tra")
    roots = trusted_roots(extra_roots)
    try:
        return verify_bytes(data, roots)
    except SignError as e:
        # The officer is told which file cannot be read; the reader's own
        # (English) words go to the log.
        get_logger().warning("verify %s: %s", path.name, e)
        reason = Message(PDF_UNREADABLE)
        raise SignError(Message(FILE_UNREADABLE, path=str(path), reason=reason)) from None


def _folded(text: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# Why a PDF is not the report a package may carry (report_mismatch).
PDF_UNREADABLE = template("tệp PDF hỏng, không đọc được")
OTHER_UNITS_REPORT = template("đây là báo cáo của “{author}”, không phải của {unit}")
UNKNOWN_UNIT = template("không rõ đơn vị")
OTHER_YEARS_REPORT = template("đây không phải báo cáo năm {year} (tiêu đề: “{title}”)")


def report_mismatch(data: bytes, unit_name: str, year: int) -> str | None:
    """Why `data` is not `unit_name`'s report of `year` (None: it is). The
    app's report PDF names the unit as its author and the year in its title;
    a PDF without them must show both on its first page."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        info = reader.metadata or {}
        author, title = str(info.get("/Author") or ""), str(info.get("/Title") or "")
        if not (author and title):
            first = reader.pages[0].extract_text() if reader.pages else ""
            author = author or (unit_name if _folded(unit_name) in _folded(first) else "")
            title = title or first
    except (PyPdfError, *DAMAGED_PDF_ERRORS):
        return Message(PDF_UNREADABLE)
    if _folded(author) != _folded(unit_name):
        return Message(OTHER_UNITS_REPORT, author=author or Message(UNKNOWN_UNIT), unit=unit_name)
    if f"năm {year}" not in _folded(title):
        return Message(OTHER_YEARS_REPORT, year=year, title=title[:120])
    return None


def describe(check: SignatureCheck) -> list[str]:
    """The lines `verify` prints for one signature."""
    lines = [f"Chữ ký “{check.field}”: {STATE_WORDS[check.state]}"]
    lines.append(f"  Người ký: {', '.join(p for p in (check.signer, check.title) if p) or '?'}")
    if check.organization and check.organization != check.signer:
        lines.append(f"  Cơ quan: {check.organization}")
    if check.signed_at is not None:
        lines.append(f"  Thời gian ký: {iso_vn(check.signed_at)} ({vn_datetime(check.signed_at)})")
    lines.append(
        "  Nguyên vẹn: có" if check.intact else "  Nguyên vẹn: KHÔNG — nội dung đã ký bị thay đổi"
    )
    if check.whole_file:
        lines.append("  Phạm vi: toàn bộ tệp")
    else:
        lines.append(f"  Phạm vi: tệp đến lúc ký; thêm sau đó: {', '.join(check.added_after)}")
    lines.append(
        "  Chuỗi chứng thư: dẫn tới gốc tin cậy"
        if check.trusted
        else f"  Chuỗi chứng thư: {check.trust_note}"
    )
    return lines
