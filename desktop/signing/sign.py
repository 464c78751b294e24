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


def _load_png(path: Path, what: str):
    from PIL import Image, UnidentifiedImageError

    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SignError(f"Không tìm thấy {what} “{path}”.") from None
    except OSError as e:
        raise SignError(f"Không đọc được {what} “{path}” ({e.strerror or e}).") from e
    if size > MAX_IMAGE_BYTES:
        raise SignError(f"{what.capitalize()} “{path.name}” quá lớn (tối đa 5 MB).")
    try:
        img = Image.open(path)
        if img.format != "PNG":
            raise SignError(f"{what.capitalize()} “{path.name}” phải là tệp PNG nền trong suốt.")
        if max(img.size) > MAX_IMAGE_SIDE:
            raise SignError(f"{what.capitalize()} “{path.name}” quá lớn (tối đa 5000 điểm ảnh).")
        dpi = img.info.get("dpi")
        img.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise SignError(f"{what.capitalize()} “{path.name}” không phải ảnh PNG đọc được.") from None
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
            raise SignError(f"Tệp “{path.name}” quá lớn để {purpose} (tối đa 300 MB).")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SignError(f"Không tìm thấy tệp “{path}”.") from None
    except OSError as e:
        raise SignError(f"Không đọc được tệp “{path}” ({e.strerror or e}).") from e
    if not data.lstrip()[:5] == b"%PDF-":
        raise SignError(f"Tệp “{path.name}” không phải tệp PDF.")
    return data


def plan_role(layout: DocumentLayout, role: str) -> str:
    """'person', 'seal' or 'appendix': what a signature of `role` looks like here."""
    if role == ROLE_PERSON:
        if layout.space is None:
            what = "phụ lục" if layout.is_appendix else "tệp"
            raise SignError(
                f"Không tìm thấy chỗ ký trong {what} (dòng chức vụ, khoảng trống và họ tên người "
                "ký dưới “Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan "
                "(--role co-quan)."
            )
        return "person"
    if layout.space is not None:
        return "seal"
    if layout.is_appendix:
        return "appendix"
    raise SignError(
        "Không tìm thấy chỗ đóng dấu trong tệp (dòng chức vụ và họ tên người ký dưới "
        "“Nơi nhận:”), và trang đầu không phải một phụ lục."
    )


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
        raise SignError(f"Vai trò ký “{role}” không có: dùng “ca-nhan” hoặc “co-quan”.")
    if out.resolve() == source.resolve():
        raise SignError("Tệp đã ký phải là tệp khác tệp gốc: tệp gốc được giữ nguyên.")
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
            what = "hình chữ ký" if kind == "person" else "hình con dấu"
            raise SignError(
                f"Chưa chọn {what} (ảnh PNG nền trong suốt) cho chứng thư số của "
                f"{info.label}: hãy chọn ảnh (--image)."
            )

    with tempfile.TemporaryDirectory(prefix="baocao-ky-") as scratch_dir:
        scratch = Path(scratch_dir)
        reason = location = None
        if kind == "person":
            if FIELD_PERSON in existing:
                raise SignError("Tệp đã có chữ ký số của người có thẩm quyền.")
            img, _dpi = _load_png(image_path, "hình chữ ký")
            field, page = FIELD_PERSON, layout.space.page
            box = _fit(img, layout.space.box)
            style = _image_style(img)
            reason = f"{info.label} ký ban hành văn bản"
        else:
            agency = info.organization or info.name
            if kind == "seal":
                img, dpi = _load_png(image_path, "hình con dấu")
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
        raise SignError(str(e)) from e
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


def _explain_signing_failure(e: Exception) -> str:
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
    return f"Không ký được tệp: {type(e).__name__}: {e}"
