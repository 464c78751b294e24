"""Submission packages: one ZIP file a unit sends to the department.

The format is documented in README.md ("Submission package format"). Writing
is whole or not at all; reading trusts nothing inside the file: every part
is named in the manifest with a safe name, read with a size bound and checked
against its SHA-256 before anything is used.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import re
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath

from .. import __version__
from ..domain.activity import Activity
from ..domain.period import CALENDAR, plan_period, window_of
from ..domain.plan import Plan, Unit, same_unit_name
from ..domain.text import Count, Message, clean_line
from ..files import atomic_path
from ..store.columns import ACTIVITIES, PLANS, TARGETS, UNITS
from . import package_messages as msgs
from .file_messages import CANNOT_READ_FILE, DONE
from .package_parts import (
    _CHUNK,
    MAX_PART_BYTES,
    Part,
    _checked_parts,
    _read_member,
)
from .package_stream import package_period, package_window, write_activity_parts, year_activities
from .package_values import (
    MAX_PACKAGE_ACTIVITIES,
    PackageError,
    activities_from_rows,
    brief,
    is_int,
    json_entries,
    json_value,
    no_lone_surrogates,
    refusal,
)

EXTENSION = ".cdsgoi"
FORMAT = "baocao-cds/goi-bao-cao"
FORMAT_VERSION = 1

MANIFEST = "manifest.json"
UNIT_PART = "don-vi.json"
PLAN_PART = "ke-hoach.json"
ACTIVITIES_PART = "hoat-dong.json"
ACTIVITIES_CSV_PART = "hoat-dong.csv"
TEXTS_PART = "noi-dung-bao-cao.json"
REPORT_DOCX_PART = "bao-cao/bao-cao.docx"
REPORT_PDF_PART = "bao-cao/bao-cao.pdf"
ATTACHMENTS_DIR = "dinh-kem"

# Bounds against hostile or broken files ("zip bombs").
MAX_MANIFEST_BYTES = 1 << 20
MAX_DATA_PART_BYTES = 128 << 20
# The activities: a department's consolidated year too (a province's 262,000
# activities take 140 MB), up to MAX_PACKAGE_ACTIVITIES of them.
MAX_ACTIVITIES_PART_BYTES = MAX_PART_BYTES
MAX_PARTS = 20_000
# A report's texts: its sections, details and a remark per task of the plan
# (at most 2,000 tasks, plan_file.MAX_TARGETS), far under this.
MAX_TEXTS = 5_000


ProgressFn = Callable[[int, int, str], None]


@dataclass
class AttachmentInfo:
    activity_uid: str
    name: str
    source: Path
    size: int


@dataclass
class WrittenPackage:
    path: Path
    unit: str
    year: int
    activities: int
    parts: list[Part]
    size: int
    # The signatures on the report PDF given to carry (`report_pdf`).
    report_signatures: int = 0


@dataclass
class Package:
    """A package read and checked: everything needed to store it."""

    source: Path
    sha256: str
    manifest: dict
    unit: Unit
    year: int
    created_at: datetime
    app_version: str
    schema_version: int
    activities: list[Activity]
    texts: dict[str, str]
    plan_codes: list[str]
    parts: list[Part] = field(default_factory=list)
    # The report PDF's signatures on receipt: (state, line), see signing.verify.
    signature: tuple[str, str] = ("", "")
    # The window of the package's own plan: its activities are those of the
    # year's period under it (a package whose plan names none: the calendar year).
    window: str = CALENDAR

    @property
    def unit_name(self) -> str:
        return self.unit.name

    @property
    def period(self):
        return package_period(self.year, self.window)


# -- writing -------------------------------------------------------------------


def activity_record(a: Activity) -> dict:
    return ACTIVITIES.record(a)


def unit_record(u: Unit) -> dict:
    return UNITS.record(u)


def plan_record(plan: Plan, codes_used: list[str]) -> dict:
    return {
        **PLANS.record(plan),
        "window": window_of(plan),
        "codes_used": codes_used,
        "targets": [TARGETS.record(t) for t in plan.targets],
    }


def attachments_for(ws, unit_id: int, year: int) -> list[AttachmentInfo]:
    """The year's attachment files that exist on disk, for the size shown
    before the officer chooses to include them."""
    return [
        AttachmentInfo(uid, name, source, source.stat().st_size)
        for uid, name, source in ws.attachments.files_of_year(unit_id, year)
        if source.is_file()
    ]


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def _safe_file_name(name: str, index: int) -> str:
    """An attachment's stored name: ASCII only, its extension kept."""
    suffix = PurePosixPath(name.replace("\\", "/")).suffix.lower()
    suffix = suffix if re.fullmatch(r"\.[0-9a-z]{1,10}", suffix) else ""
    return f"{index:05d}{suffix}"


def write_package(
    ws,
    year: int,
    out: Path | str,
    *,
    include_attachments: bool = False,
    report_writer: Callable[[Path, Path], None] | None = None,
    report_pdf: Path | str | None = None,
    progress: ProgressFn | None = None,
    consolidated: bool = False,
) -> WrittenPackage:
    """Write the self unit's submission package for `year` to `out`.

    `report_writer(docx_path, pdf_path)` renders the year-end report into the
    two paths; without it the package carries no report files. `report_pdf`:
    the signed copy of the report, carried instead of the PDF just rendered;
    refused unless it is this unit's report of `year` with no broken signature.
    `consolidated`: the department's consolidated year (its own activities and
    every unit's it received), each activity naming the unit that recorded it
    in `source`; the next level receives it like a unit's package.
    """
    out = Path(out)
    unit = ws.units.require_self_unit()
    plan = ws.plans.require(year)
    step = progress or (lambda done, total, text: None)
    signatures = 0
    if report_pdf is not None:
        signatures = check_signed_report(Path(report_pdf), unit.name, year)
    texts = ws.texts.report_texts(unit.id, year)
    attachments = attachments_for(ws, unit.id, year) if include_attachments else []
    with tempfile.TemporaryDirectory(prefix="cdsgoi-") as tmp_name:
        tmp = Path(tmp_name)
        json_path, csv_path = tmp / ACTIVITIES_PART, tmp / "hoat-dong.csv"
        count, codes_used = write_activity_parts(
            year_activities(ws, unit, plan_period(plan), consolidated),
            activity_record,
            json_path,
            csv_path,
        )
        step(1, 4, Message(msgs.PREPARING))
        contents: list[tuple[str, str, bytes | Path]] = [
            (UNIT_PART, "unit", _json_bytes(unit_record(unit))),
            (PLAN_PART, "plan", _json_bytes(plan_record(plan, codes_used))),
            (ACTIVITIES_PART, "activities", json_path),
            (TEXTS_PART, "texts", _json_bytes(texts)),
            (ACTIVITIES_CSV_PART, "activities_csv", csv_path),
        ]
        if report_writer is not None:
            step(2, 4, Message(msgs.MAKING_REPORT))
            docx_path, pdf_path = tmp / "bao-cao.docx", tmp / "bao-cao.pdf"
            report_writer(docx_path, pdf_path)
            contents.append((REPORT_DOCX_PART, "report_docx", docx_path))
            if report_pdf is None:
                contents.append((REPORT_PDF_PART, "report_pdf", pdf_path))
        if report_pdf is not None:
            contents.append((REPORT_PDF_PART, "report_pdf", Path(report_pdf)))
        attachment_index = []
        for i, att in enumerate(attachments, start=1):
            stored = f"{ATTACHMENTS_DIR}/{_safe_file_name(att.name, i)}"
            contents.append((stored, "attachment", att.source))
            attachment_index.append(
                {"activity_uid": att.activity_uid, "name": att.name, "path": stored}
            )
        if attachments:
            contents.append(("dinh-kem.json", "attachments_index", _json_bytes(attachment_index)))

        step(3, 4, Message(msgs.WRITING_PACKAGE))
        parts: list[Part] = []
        with atomic_path(out) as target:
            with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                for name, role, content in contents:
                    parts.append(_write_part(zf, name, role, content))
                manifest = {
                    "format": FORMAT,
                    "format_version": FORMAT_VERSION,
                    "app_version": __version__,
                    "schema_version": ws.schema_version,
                    "created_at": datetime.now().astimezone().isoformat(timespec="microseconds"),
                    "unit": unit.name,
                    "year": year,
                    "activities": count,
                    **({"consolidated": True} if consolidated else {}),
                    "parts": [p.__dict__ for p in parts],
                }
                zf.writestr(MANIFEST, _json_bytes(manifest))
    step(4, 4, Message(DONE))
    return WrittenPackage(out, unit.name, year, count, parts, out.stat().st_size, signatures)


def check_signed_report(path: Path, unit_name: str, year: int) -> int:
    """The signed report a package will carry: a PDF of this unit and year
    whose signatures are not broken; the number of its signatures."""
    from ..signing.credentials import SignError
    from ..signing.verify import report_mismatch, verify_bytes

    try:
        if path.stat().st_size > MAX_PART_BYTES:
            raise refusal(msgs.REPORT_TOO_BIG, name=path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise refusal(msgs.SIGNED_REPORT_NOT_FOUND, path=str(path)) from None
    except OSError as e:
        raise refusal(CANNOT_READ_FILE, path=str(path), reason=e.strerror or str(e)) from e
    if not data.lstrip()[:5] == b"%PDF-":
        raise refusal(msgs.NOT_A_PDF, name=path.name)
    problem = report_mismatch(data, unit_name, year)
    if problem:
        raise refusal(msgs.REPORT_MISMATCH, name=path.name, problem=problem)
    try:
        verdict = verify_bytes(data)
    except SignError as e:
        raise refusal(msgs.REPORT_UNCHECKED, name=path.name, problem=e) from None
    if verdict.broken:
        raise refusal(msgs.SIGNATURE_BROKEN, name=path.name, verdict=verdict.text)
    return len(verdict.signatures)


def _write_part(zf: zipfile.ZipFile, name: str, role: str, content: bytes | Path) -> Part:
    digest = hashlib.sha256()
    size = 0
    info = zipfile.ZipInfo(name, date_time=datetime.now().timetuple()[:6])
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as dst:
        src = io.BytesIO(content) if isinstance(content, bytes) else open(content, "rb")
        with src:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
    return Part(name, role, size, digest.hexdigest())


# -- reading -------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def read_package(path: Path | str, plan_for_year: Callable[[int], Plan]) -> Package:
    """Open and check a package. Raises PackageError (message naming the file)
    when it is not a package, is truncated or damaged, or any checksum differs.
    `plan_for_year(year)` gives the plan its activities are checked against."""
    path = Path(path)
    try:
        return _read_package(path, plan_for_year)
    except PackageError as e:
        raise refusal(msgs.PACKAGE_REFUSED, name=path.name, reason=e) from e
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        NotImplementedError,  # an unknown compression method
        RuntimeError,  # an encrypted member
        ValueError,
    ) as e:
        raise refusal(msgs.PACKAGE_DAMAGED, name=path.name) from e
    except OSError as e:
        if e.errno == errno.EINVAL:
            # A member offset the archive's own directory sends before the file's
            # start: the file was read, its contents are damaged.
            raise refusal(msgs.PACKAGE_DAMAGED, name=path.name) from e
        raise refusal(msgs.PACKAGE_UNREADABLE, path=str(path), reason=e.strerror or str(e)) from e


def _check_plan_year(plan_data: object, year: int) -> None:
    """The plan part is an object, of the package's own year when it names
    one: its window decides which days the package's activities cover."""
    if not isinstance(plan_data, dict):
        raise refusal(msgs.BAD_STRUCTURE, part=PLAN_PART)
    plan_year = plan_data.get("year", year)
    if type(plan_year) is not int:
        raise refusal(msgs.BAD_STRUCTURE, part=PLAN_PART)
    if plan_year != year:
        raise refusal(msgs.PLAN_OF_OTHER_YEAR, part=PLAN_PART, plan_year=plan_year, year=year)


def _read_package(path: Path, plan_for_year: Callable[[int], Plan]) -> Package:
    if not path.is_file():
        raise refusal(msgs.NOT_A_FILE if path.exists() else msgs.NO_SUCH_FILE)
    if not zipfile.is_zipfile(path):
        raise refusal(msgs.NOT_A_PACKAGE)
    with zipfile.ZipFile(path) as zf:
        listed = zf.infolist()
        if len(listed) > MAX_PARTS:
            raise refusal(msgs.TOO_MANY_PARTS)
        members = {i.filename: i for i in listed}
        if len(members) != len(listed):
            # Two parts of one name: tools differ on which one they show, so
            # what is checked here could differ from what a person reads.
            raise refusal(msgs.DUPLICATE_PART)
        info = members.get(MANIFEST)
        if info is None:
            raise refusal(msgs.NO_MANIFEST)
        manifest = json_value(_read_member(zf, info, MAX_MANIFEST_BYTES, MANIFEST), MANIFEST)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise refusal(msgs.NOT_OUR_MANIFEST)
        no_lone_surrogates(manifest, MANIFEST)
        version = manifest.get("format_version")
        if not is_int(version) or version > FORMAT_VERSION:
            raise refusal(msgs.NEWER_APP, version=str(manifest.get("app_version")))
        declared = _manifest_fields(manifest)
        checked: dict[str, bytes] = {}
        parts = _checked_parts(zf, members, manifest, checked)
        by_role = {p.role: p for p in parts}
        for role, name in (
            ("unit", UNIT_PART),
            ("plan", PLAN_PART),
            ("activities", ACTIVITIES_PART),
        ):
            if role not in by_role:
                raise refusal(msgs.MISSING_PART, part=name)

        def load(role: str):
            part = by_role[role]
            return json_value(
                _read_member(zf, members[part.path], MAX_DATA_PART_BYTES, part.path), part.path
            )

        unit = _unit_from_record(load("unit"))
        named = manifest.get("unit")
        if isinstance(named, str) and named and not same_unit_name(named, unit.name):
            # The unit the package says it is from, and the profile it carries.
            raise refusal(msgs.UNIT_DIFFERS, named=named[:80], unit=unit.name[:80])
        plan_data = load("plan")
        texts = load("texts") if "texts" in by_role else {}
        report = by_role.get("report_pdf")
        signature = (
            _report_signature(_read_member(zf, members[report.path], report.size, report.path))
            if report is not None
            else ("", "")
        )
        part = by_role["activities"]
        activity_data = checked.pop(part.path, None)
        checked.clear()
        if activity_data is None or MAX_ACTIVITIES_PART_BYTES < MAX_PART_BYTES:
            activity_data = _read_member(
                zf, members[part.path], MAX_ACTIVITIES_PART_BYTES, part.path
            )

    year = manifest["year"]
    created_at = _parse_time(manifest.get("created_at"))
    _check_plan_year(plan_data, year)
    window = package_window(plan_data, PLAN_PART)
    plan = plan_for_year(year)
    activities = activities_from_rows(
        json_entries(
            activity_data,
            ACTIVITIES_PART,
            MAX_PACKAGE_ACTIVITIES if declared is None else declared,
        ),
        plan,
        year,
        unit.name,
        period=package_period(year, window),
    )
    del activity_data
    if declared is not None and len(activities) != declared:
        raise refusal(
            msgs.COUNT_DIFFERS,
            part=ACTIVITIES_PART,
            found=Count(len(activities)),
            declared=Count(declared),
        )
    if not isinstance(texts, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in texts.items()
    ):
        raise refusal(msgs.BAD_STRUCTURE, part=TEXTS_PART)
    if len(texts) > MAX_TEXTS:
        raise refusal(msgs.TOO_MANY_TEXTS, part=TEXTS_PART, count=Count(len(texts)))
    codes = plan_data.get("codes_used", []) if isinstance(plan_data, dict) else []
    if not isinstance(codes, list):
        raise refusal(msgs.BAD_STRUCTURE, part=PLAN_PART)
    return Package(
        source=path,
        sha256=file_sha256(path),
        manifest=manifest,
        unit=unit,
        year=year,
        created_at=created_at,
        app_version=manifest.get("app_version") or "",
        schema_version=manifest.get("schema_version") or 0,
        activities=activities,
        texts=texts,
        plan_codes=[c for c in codes if isinstance(c, str)],
        parts=parts,
        signature=signature,
        window=window,
    )


def _report_signature(data: bytes) -> tuple[str, str]:
    """The digital signatures of the package's report PDF, checked against
    the roots the department trusts: (state, the line shown)."""
    from ..signing.credentials import SignError
    from ..signing.verify import STATE_ALTERED, trusted_roots, unchecked, verify_bytes

    try:
        verdict = verify_bytes(data, trusted_roots())
    except SignError as e:
        return STATE_ALTERED, unchecked(e)
    return verdict.state, verdict.text


def _manifest_fields(manifest: dict) -> int | None:
    """Check the manifest's own fields; the number of activities it declares
    (None when it does not say)."""
    year = manifest.get("year")
    if not is_int(year) or not 2000 <= year <= 2100:
        raise refusal(msgs.BAD_YEAR)
    schema = manifest.get("schema_version", 0)
    if not is_int(schema) or not 0 <= schema <= 10_000:
        raise refusal(msgs.BAD_SCHEMA, value=brief(schema))
    if not isinstance(manifest.get("app_version", ""), str):
        raise refusal(msgs.BAD_APP_VERSION)
    if not isinstance(manifest.get("created_at"), str):
        raise refusal(msgs.BAD_CREATED_AT)
    declared = manifest.get("activities")
    if declared is None:
        return None
    if not is_int(declared) or not 0 <= declared <= MAX_PACKAGE_ACTIVITIES:
        raise refusal(msgs.BAD_COUNT, value=brief(declared), limit=Count(MAX_PACKAGE_ACTIVITIES))
    return declared


def _parse_time(value: object) -> datetime:
    try:
        stamp = datetime.fromisoformat(str(value))
    except (ValueError, OverflowError) as e:
        raise refusal(msgs.BAD_CREATED_AT) from e
    try:
        return stamp if stamp.tzinfo else stamp.astimezone()
    except (ValueError, OverflowError) as e:  # year 1 has no local time before it
        raise refusal(msgs.BAD_CREATED_AT) from e


def _text_field(record: dict, key: str) -> str:
    value = record.get(key, "")
    return clean_line(value) if isinstance(value, str) else ""


# Characters that turn the text around them: a name holding one reads as
# another (U+202E shows "ABC" as "CBA"). Zero-width ones, which copying from
# a document leaves, fold away when names are compared.
_HIDING = re.compile("[\u202a-\u202e\u2066-\u2069]")


def _unit_from_record(record: object) -> Unit:
    if not isinstance(record, dict) or not _text_field(record, "name"):
        raise refusal(msgs.NO_UNIT_NAME, part=UNIT_PART)
    if _HIDING.search(_text_field(record, "name")):
        raise refusal(msgs.HIDDEN_CHARACTERS, part=UNIT_PART)

    def strings(key: str) -> tuple[str, ...]:
        value = record.get(key, [])
        return (
            tuple(clean_line(v) for v in value if isinstance(v, str))
            if isinstance(value, list)
            else ()
        )

    return Unit(
        name=_text_field(record, "name"),
        short_name=_text_field(record, "short_name"),
        abbreviation=_text_field(record, "abbreviation"),
        kind=_text_field(record, "kind"),
        lead_kinds=strings("lead_kinds"),
        governing_body=_text_field(record, "governing_body"),
        place=_text_field(record, "place"),
        signer_authority=_text_field(record, "signer_authority"),
        signer_title=_text_field(record, "signer_title"),
        signer_name=_text_field(record, "signer_name"),
        addressee=_text_field(record, "addressee"),
        recipients=strings("recipients"),
        archive=_text_field(record, "archive") or "VT",
    )
