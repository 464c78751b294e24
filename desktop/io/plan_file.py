"""Plan files (.cdskh): the department publishes a year's plan, with its
units and their kinds, as one checksummed file its units load.

A ZIP archive like the submission package: `manifest.json` lists every part
with its size and SHA-256; part names are of the safe ASCII form; every part
is read with its declared size as a hard bound and checked before anything
is used. Any mismatch refuses the whole file.

| part | content |
|---|---|
| `ke-hoach.json` | the plan: document fields, consolidator, themes, forms, targets |
| `loai-don-vi.json` | the unit kinds: `code`, `name` |
| `don-vi.json` | the units: profile, `kind`, `lead_kinds`, `consolidator` |
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from .. import __version__
from ..domain.period import CALENDAR, WINDOWS
from ..domain.plan import Plan, Target, Theme, Unit, UnitKind
from ..domain.text import Count, Message, clean_line, message_of, template
from ..files import atomic_path
from .package import (
    MANIFEST,
    PackageError,
    _checked_parts,
    _json_bytes,
    _read_member,
    _unit_from_record,
    _write_part,
    file_sha256,
    unit_record,
)
from .package_values import json_value

EXTENSION = ".cdskh"
FORMAT = "baocao-cds/ke-hoach"
FORMAT_VERSION = 1
PLAN_PART = "ke-hoach.json"
KINDS_PART = "loai-don-vi.json"
UNITS_PART = "don-vi.json"
MAX_FILE_BYTES = 20 << 20
MAX_PART_BYTES = 16 << 20
MAX_TARGETS = 2_000
MAX_UNITS = 20_000
MAX_TEXT = 2_000


class PlanFileError(Exception):
    """The file is not a plan file that can be trusted; the message (a
    domain.text.Message) says why."""


CANNOT_READ = template("Không đọc được tệp “{path}”: {reason}.")
TOO_LARGE = template("Tệp kế hoạch “{name}” bị từ chối: quá lớn ({size} MB).")
REFUSED = template("Tệp kế hoạch “{name}” bị từ chối: {reason}.")
DAMAGED = template(
    "Tệp kế hoạch “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn. Hãy đề "
    "nghị nơi gửi gửi lại."
)
NOT_A_PLAN_FILE = template("đây không phải tệp kế hoạch của ứng dụng (hoặc tệp bị cắt)")
TOO_MANY_PARTS = template("tệp có quá nhiều phần bên trong")
NO_MANIFEST = template("không có manifest.json: đây không phải tệp kế hoạch")
NOT_ITS_MANIFEST = template("manifest.json không phải của tệp kế hoạch")
NEWER_APP = template(
    "tệp được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng"
)
MISSING_PART = template("thiếu phần “{name}”")
BAD_CREATED_AT = template("thời điểm tạo tệp trong manifest.json không hợp lệ")
OTHER_YEAR = template("năm trong manifest.json khác năm của kế hoạch")
BAD_PART = template("phần “{name}” không đúng cấu trúc")
BAD_FIELD = template("trường “{key}” không hợp lệ")
MISSING_FIELD = template("thiếu trường “{key}”")
BAD_DATE = template("ngày “{key}” không hợp lệ: {value}")
BAD_YEAR = template("năm của kế hoạch không hợp lệ")
BAD_TARGETS = template("danh sách chỉ tiêu không hợp lệ")
BAD_TARGET_NUMBER = template("số chỉ tiêu của {code} không hợp lệ")
UNKNOWN_LEAD = template("đơn vị chủ trì của {code} không có trong tệp")
BAD_DUE = template("thời hạn của {code} không hợp lệ")
BAD_THEMES = template("danh sách nội dung tuyên truyền không hợp lệ")
BAD_WINDOW = template("kỳ số liệu “{window}” không hợp lệ (chỉ nhận {windows})")


def _refuse(text: str, **values) -> PlanFileError:
    return PlanFileError(Message(text, **values))


@dataclass
class PlanFile:
    source: Path
    sha256: str
    created_at: datetime
    app_version: str
    plan: Plan
    kinds: list[UnitKind]
    units: list[Unit]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def plan_file_record(plan: Plan) -> dict:
    return {
        "year": plan.year,
        "title": plan.title,
        "subject": plan.subject,
        "issuer": plan.issuer,
        "number": plan.number,
        "signed_date": _iso(plan.signed_date),
        "report_deadline": _iso(plan.report_deadline),
        "consolidator": plan.consolidator,
        "window": plan.window,
        "themes": [{"number": t.number, "title": t.title} for t in plan.themes],
        "forms": list(plan.forms),
        "targets": [
            {
                "code": t.code,
                "task": t.task,
                "title": t.title,
                "measure": t.measure,
                "target": t.target,
                "frequency": t.frequency,
                "due_label": t.due_label,
                "due_start": t.due_start.isoformat(),
                "due_end": t.due_end.isoformat(),
                "lead_kinds": list(t.lead_kinds),
                "per_unit": t.per_unit,
                "coordinators": t.coordinators,
            }
            for t in plan.targets
        ],
    }


def write_plan_file(out: Path | str, plan: Plan, units: list[Unit]) -> Path:
    """Write the plan with its units and their kinds, whole or not at all."""
    out = Path(out)
    used = {k for t in plan.targets for k in t.lead_kinds}
    used |= {k for u in units for k in u.lead_kinds}
    kinds = [k for k in plan.unit_kinds if k.code in used]
    unit_rows = [{**unit_record(u), "consolidator": u.consolidator} for u in units]
    contents = [
        (PLAN_PART, "plan", _json_bytes(plan_file_record(plan))),
        (KINDS_PART, "unit_kinds", _json_bytes([{"code": k.code, "name": k.name} for k in kinds])),
        (UNITS_PART, "units", _json_bytes(unit_rows)),
    ]
    with atomic_path(out) as target:
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            parts = [_write_part(zf, name, role, content) for name, role, content in contents]
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "app_version": __version__,
                "created_at": datetime.now().astimezone().isoformat(timespec="microseconds"),
                "year": plan.year,
                "title": plan.title,
                "parts": [p.__dict__ for p in parts],
            }
            zf.writestr(MANIFEST, _json_bytes(manifest))
    return out


# -- reading -------------------------------------------------------------------


def read_plan_file(path: Path | str) -> PlanFile:
    """Open and check a plan file; PlanFileError names the file and the reason."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise _refuse(CANNOT_READ, path=str(path), reason=e.strerror or str(e)) from e
    if size > MAX_FILE_BYTES:
        raise _refuse(TOO_LARGE, name=path.name, size=Count(size >> 20))
    try:
        return _read(path)
    except (PackageError, PlanFileError) as e:
        raise _refuse(REFUSED, name=path.name, reason=message_of(e)) from e
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
        ValueError,
    ) as e:
        raise _refuse(DAMAGED, name=path.name) from e
    except OSError as e:
        raise _refuse(CANNOT_READ, path=str(path), reason=e.strerror or str(e)) from e


def _read(path: Path) -> PlanFile:
    if not zipfile.is_zipfile(path):
        raise _refuse(NOT_A_PLAN_FILE)
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: i for i in zf.infolist()}
        if len(members) > 50:
            raise _refuse(TOO_MANY_PARTS)
        info = members.get(MANIFEST)
        if info is None:
            raise _refuse(NO_MANIFEST)
        manifest = json_value(_read_member(zf, info, 1 << 20, MANIFEST), MANIFEST)
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(NOT_ITS_MANIFEST)
        version = manifest.get("format_version")
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise _refuse(NEWER_APP, version=str(manifest.get("app_version")))
        parts = _checked_parts(zf, members, manifest)
        by_role = {p.role: p for p in parts}
        for role, name in (("plan", PLAN_PART), ("unit_kinds", KINDS_PART), ("units", UNITS_PART)):
            if role not in by_role:
                raise _refuse(MISSING_PART, name=name)

        def load(role: str):
            part = by_role[role]
            data = _read_member(zf, members[part.path], min(MAX_PART_BYTES, part.size), part.path)
            return json_value(data, part.path)

        plan_data, kinds_data, units_data = load("plan"), load("unit_kinds"), load("units")
    try:
        created_at = datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError as e:
        raise _refuse(BAD_CREATED_AT) from e
    kinds = _kinds(kinds_data)
    plan = _plan(plan_data, kinds)
    if manifest.get("year") != plan.year:
        raise _refuse(OTHER_YEAR)
    if not isinstance(units_data, list) or len(units_data) > MAX_UNITS:
        raise _refuse(BAD_PART, name=UNITS_PART)
    units = []
    for row in units_data:
        unit = _unit_from_record(row)
        unit.consolidator = bool(row.get("consolidator")) if isinstance(row, dict) else False
        units.append(unit)
    return PlanFile(
        source=path,
        sha256=file_sha256(path),
        created_at=created_at,
        app_version=str(manifest.get("app_version", "")),
        plan=plan,
        kinds=kinds,
        units=units,
    )


def _text(record: dict, key: str, *, required: bool = False) -> str:
    value = record.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _refuse(BAD_FIELD, key=key)
    value = clean_line(value)
    if required and not value:
        raise _refuse(MISSING_FIELD, key=key)
    return value


def _date(record: dict, key: str, *, required: bool = False) -> date | None:
    value = record.get(key)
    if value is None and not required:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as e:
        raise _refuse(BAD_DATE, key=key, value=repr(value)) from e


def _kinds(data: object) -> list[UnitKind]:
    if not isinstance(data, list) or len(data) > MAX_UNITS:
        raise _refuse(BAD_PART, name=KINDS_PART)
    kinds = []
    for row in data:
        if not isinstance(row, dict):
            raise _refuse(BAD_PART, name=KINDS_PART)
        kinds.append(UnitKind(_text(row, "code", required=True), _text(row, "name", required=True)))
    return kinds


def _plan(data: object, kinds: list[UnitKind]) -> Plan:
    if not isinstance(data, dict):
        raise _refuse(BAD_PART, name=PLAN_PART)
    year = data.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise _refuse(BAD_YEAR)
    rows = data.get("targets")
    if not isinstance(rows, list) or len(rows) > MAX_TARGETS:
        raise _refuse(BAD_TARGETS)
    known = {k.code for k in kinds}
    targets = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            raise _refuse(BAD_TARGETS)
        number = row.get("target")
        if number is not None and (
            not isinstance(number, int) or isinstance(number, bool) or not 0 <= number <= 10**9
        ):
            raise _refuse(BAD_TARGET_NUMBER, code=repr(row.get("code")))
        leads = row.get("lead_kinds", [])
        if not isinstance(leads, list) or not all(isinstance(k, str) and k in known for k in leads):
            raise _refuse(UNKNOWN_LEAD, code=repr(row.get("code")))
        start = _date(row, "due_start", required=True)
        end = _date(row, "due_end", required=True)
        if start > end:
            raise _refuse(BAD_DUE, code=repr(row.get("code")))
        code = _text(row, "code", required=True)
        targets.append(
            Target(
                code=code,
                task=_text(row, "task") or code.split("/")[0],
                title=_text(row, "title", required=True),
                measure=_text(row, "measure"),
                target=number,
                due_start=start,
                due_end=end,
                due_label=_text(row, "due_label"),
                lead_kinds=tuple(leads),
                per_unit=bool(row.get("per_unit")),
                coordinators=_text(row, "coordinators"),
                frequency=_text(row, "frequency"),
                sort_order=i,
            )
        )
    themes_data = data.get("themes", [])
    forms_data = data.get("forms", [])
    if not isinstance(themes_data, list) or not isinstance(forms_data, list):
        raise _refuse(BAD_PART, name=PLAN_PART)
    themes = []
    for row in themes_data[:200]:
        if not isinstance(row, dict) or not isinstance(row.get("number"), int):
            raise _refuse(BAD_THEMES)
        themes.append(Theme(row["number"], _text(row, "title", required=True)))
    forms = [clean_line(f) for f in forms_data[:500] if isinstance(f, str) and len(f) < 200]
    window = data.get("window", CALENDAR)
    if window not in WINDOWS:
        raise _refuse(BAD_WINDOW, window=str(window)[:40], windows=", ".join(WINDOWS))
    return Plan(
        year=year,
        title=_text(data, "title", required=True),
        subject=_text(data, "subject"),
        issuer=_text(data, "issuer"),
        number=_text(data, "number"),
        signed_date=_date(data, "signed_date"),
        report_deadline=_date(data, "report_deadline"),
        consolidator=_text(data, "consolidator"),
        window=window,
        targets=targets,
        themes=themes,
        forms=[f for f in forms if f],
        unit_kinds=kinds,
    )
