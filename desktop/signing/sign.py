"""Sign a report PDF as Nghị định 30/2020 (Phụ lục I) describes, with pyHanko.

- `ROLE_PERSON` ("ca-nhan"): the competent person's PAdES signature; its
  appearance is the signature image (blue, transparent PNG) centred between
  the signer's title and name.
- `ROLE_AGENCY` ("co-quan"): the agency's signature, a second one added as
  an incremental update (possibly later, on another computer); its appearance
  is the seal image (red, transparent PNG, at its real size) over the left
  third of the person's signature, and it records the agency and the time
  (ISO 8601, +07:00). An appendix sent as its own file gets the agency's
  signature as text only, at the top right of its first page (Times New
  Roman 10, upright, black).

The source file is never changed; the signed copy is written whole or not at all.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.text import Message, message_of, template
from ..files import FileWriteError, atomic_path
from ..logs import get_logger
from .credentials import CertInfo, Credential, SignError, check_certificate
from .placement import Box, DocumentLayout, find_layout
from .vn_time import iso_vn, now_vn

ROLE_PERSON = "ca-nhan"
ROLE_AGENCY = "co-quan"
ROLES = (ROLE_PERSON, ROLE_AGENCY)
FIELD_PERSON = "ChuKyCaNhan"
FIELD_AGENCY = "ChuKyCoQuan"

MAX_PDF_BYTES = 300 << 20
MAX_IMAGE_BYTES = 5 << 20
MAX_IMAGE_SIDE = 5000
MM = 72 / 25.4
# A seal image without a resolution is drawn at the usual seal size.
DEFAULT_SEAL_MM = 36.0
# The appendix signature: right margin of the page, near the top edge.
APPENDIX_RIGHT_MM = 15.0
APPENDIX_TOP_MM = 8.0
APPENDIX_FONT_SIZE = 10
SETTINGS_KEY = "signature_images"

log = get_logger()

# Why a PDF cannot be signed (declared messages; desktop/ui/texts_signing.py marks them).
SIGNATURE_IMAGE = template("hình chữ ký")
SEAL_IMAGE = template("hình con dấu")
# The same at the start of a sentence.
SIGNATURE_IMAGE_START = template("Hình chữ ký")
SEAL_IMAGE_START = template("Hình con dấu")
IMAGE_NOT_FOUND = template("Không tìm thấy {what} “{path}”.")
IMAGE_UNREADABLE = template("Không đọc được {what} “{path}” ({reason}).")
IMAGE_TOO_BIG = template("{what} “{name}” quá lớn (tối đa 5 MB).")
IMAGE_NOT_PNG = template("{what} “{name}” phải là tệp PNG nền trong suốt.")
IMAGE_TOO_WIDE = template("{what} “{name}” quá lớn (tối đa 5000 điểm ảnh).")
IMAGE_BROKEN = template("{what} “{name}” không phải ảnh PNG đọc được.")
PDF_TOO_BIG_TO_SIGN = template("Tệp “{name}” quá lớn để ký (tối đa 300 MB).")
PDF_TOO_BIG_TO_CHECK = template("Tệp “{name}” quá lớn để kiểm tra (tối đa 300 MB).")
PDF_NOT_FOUND = template("Không tìm thấy tệp “{path}”.")
PDF_UNREADABLE = template("Không đọc được tệp “{path}” ({reason}).")
NOT_A_PDF = template("Tệp “{name}” không phải tệp PDF.")
NO_SIGNING_SPACE_IN_FILE = template(
    "Không tìm thấy chỗ ký trong tệp (dòng chức vụ, khoảng trống và họ tên người ký dưới "
    "“Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan)."
)
NO_SIGNING_SPACE_IN_APPENDIX = template(
    "Không tìm thấy chỗ ký trong phụ lục (dòng chức vụ, khoảng trống và họ tên người ký dưới "
    "“Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan)."
)
NO_SEAL_SPACE = template(
    "Không tìm thấy chỗ đóng dấu trong tệp (dòng chức vụ và họ tên người ký dưới "
    "“Nơi nhận:”), và trang đầu không phải một phụ lục."
)
NO_SUCH_ROLE = template("Vai trò ký “{role}” không có: dùng “ca-nhan” hoặc “co-quan”.")
SAME_FILE = template("Tệp đã ký phải là tệp khác tệp gốc: tệp gốc được giữ nguyên.")
NO_IMAGE_CHOSEN = template(
    "Chưa chọn {what} (ảnh PNG nền trong suốt) cho chứng thư số của {who}: hãy chọn ảnh (--image)."
)
ALREADY_SIGNED = template("Tệp đã có chữ ký số của người có thẩm quyền.")
SIGNING_FAILED = template("Không ký được tệp: {kind}: {error}")
# What a PDF was read for (read_pdf's `purpose`).
_TOO_BIG = {"ký": PDF_TOO_BIG_TO_SIGN, "kiểm tra": PDF_TOO_BIG_TO_CHECK}
# The image each kind of signature needs: mid-sentence, and at a sentence's start.
_IMAGES = {
    "person": (SIGNATURE_IMAGE, SIGNATURE_IMAGE_START),
    "seal": (SEAL_IMAGE, SEAL_IMAGE_START),
}


@dataclass(frozen=True)
class SignResult:
    out: Path
    role: str
    field: str
    signer: CertInfo
    signed_at: datetime
    page: int  # 0-based page of the visible signature
    box: tuple[int, int, int, int]  # its rectangle in PDF points
    image: Path | None


# -- remembered images ---------------------------------------------------------


def remembered_image(fingerprint: str) -> Path | None:
    """The signature or seal image last used with this certificate."""
    from ..store.backup import load_settings

    value = load_settings().get(SETTINGS_KEY, {}).get(fingerprint)
    return Path(value) if isinstance(value, str) and value else None


def remember_image(fingerprint: str, image: Path) -> None:
    from ..store.backup import BackupError, load_settings, save_settings

    settings = load_settings()
    images = settings.get(SETTINGS_KEY)
    if not isinstance(images, dict):
        images = {}
    images[fingerprint] = str(Path(image).resolve())
    settings[SETTINGS_KEY] = images
    try:
        save_settings(settings)
    except BackupError as e:  # the signature itself is made; only the memory failed
        log.warning("signature image not remembered: %s", e)


def _load_png(path: Path, kind: str):
    """The signature ("person") or seal ("seal") image, refused with a reason."""
    from PIL import Image, UnidentifiedImageError

    what, start = (Message(t) for t in _IMAGES[kind])
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SignError(Message(IMAGE_NOT_FOUND, what=what, path=str(path))) from None
    except OSError as e:
        raise SignError(
            Message(IMAGE_UNREADABLE, what=what, path=str(path), reason=e.strerror or str(e))
        ) from e
    if size > MAX_IMAGE_BYTES:
        raise SignError(Message(IMAGE_TOO_BIG, what=start, name=path.name))
    try:
        img = Image.open(path)
        if img.format != "PNG":
            raise SignError(Message(IMAGE_NOT_PNG, what=start, name=path.name))
        if max(img.size) > MAX_IMAGE_SIDE:
            raise SignError(Message(IMAGE_TOO_WIDE, what=start, name=path.name))
        dpi = img.info.get("dpi")
        img.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise SignError(Message(IMAGE_BROKEN, what=start, name=path.name)) from None
    return img.convert("RGBA"), dpi


# -- appearances ---------------------------------------------------------------


def _image_style(img):
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=PdfImage(img),
        background_opacity=1.0,
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
        ),
    )


def _text_page(text_lines: list[str], folder: Path) -> tuple[Path, float, float]:
    """The appendix signature drawn as a one-page PDF exactly its size, with
    the report's serif font (Times New Roman, or Liberation Serif with the
    same metrics), 10 pt, upright, black, each line flush right."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from ..fontfiles import serif_regular

    font = "SignatureSerif"
    if font not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font, str(serif_regular())))
    stringWidth = pdfmetrics.stringWidth  # noqa: N806
    size = APPENDIX_FONT_SIZE
    leading = size + 2
    width = max(stringWidth(t, font, size) for t in text_lines) + 2
    height = leading * len(text_lines) + 2
    path = folder / "chu-ky-van-ban.pdf"
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, size)
    for i, line in enumerate(text_lines):
        c.drawRightString(width - 1, height - 1 - size - i * leading + 2, line)
    c.showPage()
    c.save()
    return path, width, height


def _page_style(path: Path):
    from pyhanko.pdf_utils import content, layout
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=content.ImportedPdfPage(str(path)),
        background_opacity=1.0,
        border_width=0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MAX,
            y_align=layout.AxisAlignment.ALIGN_MAX,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.NO_SCALING,
        ),
    )


def _fit(img, space: Box) -> Box:
    """The image scaled to fill the space's height (and no wider than it), centred."""
    w, h = img.size
    scale = min((space.width - 8) / w, (space.height - 4) / h)
    cx, cy = space.centre
    return Box(cx - w * scale / 2, cy - h * scale / 2, cx + w * scale / 2, cy + h * scale / 2)


def _seal_box(img, dpi, person: Box) -> Box:
    """The seal at its real size, its right edge a third of the way into the
    person's signature, level with it."""
    w, h = img.size
    if dpi and dpi[0] and dpi[1] and dpi[0] > 1:
        width, height = w / float(dpi[0]) * 72, h / float(dpi[1]) * 72
    else:
        height = DEFAULT_SEAL_MM * MM
        width = height * w / h
    right = person.x0 + person.width / 3
    cy = person.centre[1]
    return Box(right - width, cy - height / 2, right, cy + height / 2)


def _existing_fields(data: bytes) -> dict[str, Box | None]:
    """Signature fields already in the file and the rectangles of their widgets."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    found: dict[str, Box | None] = {}
    for name, _value, ref in enumerate_sig_fields(reader, filled_status=None):
        field = ref.get_object()
        rect = field.get("/Rect")
        if rect is None and "/Kids" in field:
            rect = field["/Kids"][0].get_object().get("/Rect")
        found[str(name)] = Box(*(float(v) for v in rect)) if rect is not None else None
    return found


def _unique(name: str, taken: dict) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name}{n}" in taken:
        n += 1
    return f"{name}{n}"


# -- signing -------------------------------------------------------------------


async def _sign_async(writer, pdf_signer, moment: datetime, out: io.BytesIO) -> None:
    """pyHanko's signing steps, with the signing time fixed in Vietnam time
    (the library otherwise takes the computer's own time zone)."""
    from pyhanko.pdf_utils import misc
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    session = pdf_signer.init_signing_session(writer)
    session.system_time = moment
    validation_info = await session.perform_presign_validation(writer)
    reserved = await session.estimate_signature_container_size(validation_info, tight=False)
    tbs = session.prepare_tbs_document(validation_info=validation_info, bytes_reserved=reserved)
    digest, output = tbs.digest_tbs_document(in_place=False, output=out)
    post = await tbs.perform_signature(
        document_digest=digest.document_digest,
        pdf_cms_signed_attrs=PdfCMSSignedAttributes(signing_time=moment),
    )
    await post.post_signature_processing(output, chunk_size=misc.DEFAULT_CHUNK_SIZE)


def read_pdf(path: Path, purpose: str = "ký") -> bytes:
    """A PDF's bytes, bounded in size; `purpose` names what the officer was doing
    ("ký", "kiểm tra") in the refusal."""
    try:
        if path.stat().st_size > MAX_PDF_BYTES:
            raise SignError(Message(_TOO_BIG[purpose], name=path.name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise SignError(Message(PDF_NOT_FOUND, path=str(path))) from None
    except OSError as e:
        raise SignError(Message(PDF_UNREADABLE, path=str(path), reason=e.strerror or str(e))) from e
    if not data.lstrip()[:5] == b"%PDF-":
        raise SignError(Message(NOT_A_PDF, name=path.name))
    return data


def plan_role(layout: DocumentLayout, role: str) -> str:
    """'person', 'seal' or 'appendix': what a signature of `role` looks like here."""
    if role == ROLE_PERSON:
        if layout.space is None:
            where = NO_SIGNING_SPACE_IN_APPENDIX if layout.is_appendix else NO_SIGNING_SPACE_IN_FILE
            raise SignError(Message(where))
        return "person"
    if layout.space is not None:
        return "seal"
    if layout.is_appendix:
        return "appendix"
    raise SignError(Message(NO_SEAL_SPACE))


def sign_pdf(
    source: Path | str,
    out: Path | str,
    role: str,
    credential: Credential,
    image: Path | str | None = None,
    now: datetime | None = None,
) -> SignResult:
    """Sign `source` into `out` as `role` with `credential`.

    `image`: the signature image (person) or the seal image (agency); when
    None, the one last used with the same certificate. Raises SignError with
    the reason; then nothing is written.
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    source, out = Path(source), Path(out)
    if role not in ROLES:
        raise SignError(Message(NO_SUCH_ROLE, role=role))
    if out.resolve() == source.resolve():
        raise SignError(Message(SAME_FILE))
    moment = (now or now_vn()).replace(microsecond=0)
    info = check_certificate(credential.certificate, moment)
    data = read_pdf(source)
    layout = find_layout(data)
    kind = plan_role(layout, role)
    existing = _existing_fields(data)

    image_path = Path(image) if image else None
    if kind != "appendix" and image_path is None:
        image_path = remembered_image(info.fingerprint)
        if image_path is None or not image_path.is_file():
            what = Message(_IMAGES[kind][0])
            raise SignError(Message(NO_IMAGE_CHOSEN, what=what, who=info.label))

    with tempfile.TemporaryDirectory(prefix="baocao-ky-") as scratch_dir:
        scratch = Path(scratch_dir)
        reason = location = None
        if kind == "person":
            if FIELD_PERSON in existing:
                raise SignError(Message(ALREADY_SIGNED))
            img, _dpi = _load_png(image_path, "person")
            field, page = FIELD_PERSON, layout.space.page
            box = _fit(img, layout.space.box)
            style = _image_style(img)
            reason = f"{info.label} ký ban hành văn bản"
        else:
            agency = info.organization or info.name
            if kind == "seal":
                img, dpi = _load_png(image_path, "seal")
                page = layout.space.page
                person = existing.get(FIELD_PERSON) or _fit(img, layout.space.box)
                box = _seal_box(img, dpi, person)
                style = _image_style(img)
            else:
                image_path = None
                width, height = layout.first_page_size
                lines = [agency]
                if layout.document_number:
                    lines.append(f"Số: {layout.document_number}")
                lines.append(iso_vn(moment))
                text_pdf, w, h = _text_page(lines, scratch)
                right = width - APPENDIX_RIGHT_MM * MM
                top = height - APPENDIX_TOP_MM * MM
                box = Box(right - w, top - h, right, top)
                style = _page_style(text_pdf)
                page = 0
            field = _unique(FIELD_AGENCY, existing)
            reason = f"{agency} ký số lúc {iso_vn(moment)}"
            location = agency

        meta = signers.PdfSignatureMetadata(
            field_name=field,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=reason,
            location=location,
            name=info.name or None,
        )
        spec = fields.SigFieldSpec(sig_field_name=field, on_page=page, box=box.as_tuple())
        pdf_signer = signers.PdfSigner(
            meta, signer=credential.signer, stamp_style=style, new_field_spec=spec
        )
        buffer = io.BytesIO()
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            asyncio.run(_sign_async(writer, pdf_signer, moment, buffer))
        except SignError:
            raise
        except Exception as e:
            raise SignError(_explain_signing_failure(e)) from e
    try:
        with atomic_path(out) as tmp:
            tmp.write_bytes(buffer.getvalue())
    except FileWriteError as e:
        raise SignError(message_of(e)) from e
    if image_path is not None and image:
        remember_image(info.fingerprint, image_path)
    log.info("signed %s as %s into %s", source.name, role, out.name)
    return SignResult(
        out=out,
        role=role,
        field=field,
        signer=info,
        signed_at=moment,
        page=page,
        box=box.as_tuple(),
        image=image_path,
    )


def _explain_signing_failure(e: Exception) -> Message:
    try:
        from pkcs11.exceptions import PKCS11Error
    except ImportError:  # pragma: no cover
        PKCS11Error = ()  # noqa: N806
    if PKCS11Error and isinstance(e, PKCS11Error):
        from .credentials import _pkcs11_error_text

        return _pkcs11_error_text(e)
    cause = e.__cause__ or e.__context__
    if PKCS11Error and isinstance(cause, PKCS11Error):
        from .credentials import _pkcs11_error_text

        return _pkcs11_error_text(cause)
    log.exception("signing failed")
    return Message(SIGNING_FAILED, kind=type(e).__name__, error=str(e))
