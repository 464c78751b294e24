"""The plan: its targets, content themes, unit kinds and units."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .period import CALENDAR, WINDOWS
from .text import clean_line, fold

OTHER_ACTIVITIES = "Hoạt động khác"


@dataclass(frozen=True)
class Target:
    code: str
    task: str
    title: str
    measure: str
    target: int | None
    due_start: date
    due_end: date
    due_label: str
    lead_kinds: tuple[str, ...]
    per_unit: bool = False
    coordinators: str = ""
    frequency: str = ""
    sort_order: int = 0

    def window_days(self) -> int:
        return (self.due_end - self.due_start).days + 1


@dataclass(frozen=True)
class Theme:
    number: int
    title: str


@dataclass(frozen=True)
class UnitKind:
    code: str
    name: str


@dataclass
class Plan:
    year: int
    title: str
    issuer: str = ""
    number: str = ""
    signed_date: date | None = None
    subject: str = ""
    report_deadline: date | None = None
    # The unit that receives the units' reports and consolidates them, as the
    # plan names it ("gửi Sở ... để tổng hợp").
    consolidator: str = ""
    targets: list[Target] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    unit_kinds: list[UnitKind] = field(default_factory=list)
    id: int | None = None
    # The year of the plan this one was copied from when it was made for
    # activities of a year without a plan; its targets still need checking.
    derived_from: int | None = None
    # The workspace's own other names of forms: (folded word, form), words
    # the officer merged into a form.
    form_aliases: tuple[tuple[str, str], ...] = ()
    # The period the year is counted over (domain.period): "calendar" or
    # "nd09" (15/12 of the previous year to 14/12).
    window: str = CALENDAR

    @property
    def derived_note(self) -> str:
        if self.derived_from is None:
            return ""
        return derived_note(self.derived_from)

    def target(self, code: str) -> Target | None:
        for t in self.targets:
            if t.code == code:
                return t
        return None


@dataclass
class Unit:
    name: str
    short_name: str = ""
    abbreviation: str = ""
    kind: str = ""
    lead_kinds: tuple[str, ...] = ()
    # Both come from the plan and the workspace (see `new_unit_defaults`).
    governing_body: str = ""
    place: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    addressee: str = ""
    recipients: tuple[str, ...] = ()
    archive: str = "VT"
    consolidator: bool = False
    id: int | None = None

    def leads(self, target: Target) -> bool:
        return any(kind in self.lead_kinds for kind in target.lead_kinds)


def shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _shift_label(label: str, old_year: int, new_year: int) -> str:
    return label.replace(str(old_year), str(new_year))


def copy_plan_to_year(plan: Plan, year: int) -> Plan:
    """The plan carried into another year: same codes, dates shifted, labels
    and titles re-dated; number and signing date left for the new document."""
    delta = year - plan.year
    targets = [
        replace(
            t,
            title=_shift_label(t.title, plan.year, year),
            due_start=shift_year(t.due_start, delta),
            due_end=shift_year(t.due_end, delta),
            due_label=_shift_label(t.due_label, plan.year, year),
        )
        for t in plan.targets
    ]
    return Plan(
        year=year,
        title=_shift_label(plan.title, plan.year, year),
        issuer=plan.issuer,
        number="",
        signed_date=None,
        subject=_shift_label(plan.subject, plan.year, year),
        report_deadline=shift_year(plan.report_deadline, delta) if plan.report_deadline else None,
        consolidator=plan.consolidator,
        window=plan.window,
        targets=targets,
        themes=list(plan.themes),
        forms=list(plan.forms),
        unit_kinds=list(plan.unit_kinds),
    )


def derived_note(source_year: int) -> str:
    return f"tạo từ kế hoạch năm {source_year} — cần kiểm tra chỉ tiêu"


def working_year(plan_years: list[int] | tuple[int, ...], this_year: int) -> int:
    """The year a workspace works on when none is chosen: this year when it
    has a plan, else the latest year with one, else this year."""
    if this_year in plan_years or not plan_years:
        return this_year
    return max(plan_years)


def nearest_year(years: list[int] | tuple[int, ...], year: int) -> int | None:
    """The year among `years` closest to `year` (the later one of two as close):
    the plan a year without one is derived from."""
    if not years:
        return None
    return min(years, key=lambda y: (abs(y - year), -y))


def derive_plan(plan: Plan, year: int) -> Plan:
    """The plan of a year that has none, made from another year's plan and
    marked as such."""
    derived = copy_plan_to_year(plan, year)
    derived.derived_from = plan.year
    return derived


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _kind_name(data: dict, code: str | None) -> str:
    return next((k["name"] for k in data.get("unit_kinds", ()) if k["code"] == code), "")


def plan_from_dict(data: dict) -> tuple[Plan, list[Unit]]:
    """Read the built-in plan file's structure (resources/plan-2023.json)."""
    p = data["plan"]
    targets = [
        Target(
            code=t["code"],
            task=t["task"],
            title=t["title"],
            measure=t["measure"],
            target=t["target"],
            due_start=date.fromisoformat(t["due_start"]),
            due_end=date.fromisoformat(t["due_end"]),
            due_label=t["due_label"],
            lead_kinds=tuple(t["lead_kinds"]),
            per_unit=bool(t.get("per_unit")),
            coordinators=t.get("coordinators", ""),
            frequency=t.get("frequency", ""),
            sort_order=i,
        )
        for i, t in enumerate(data["targets"])
    ]
    plan = Plan(
        year=p["year"],
        title=p["title"],
        issuer=p.get("issuer", ""),
        number=p.get("number", ""),
        signed_date=_d(p.get("signed_date")),
        subject=p.get("subject", ""),
        report_deadline=_d(p.get("report_deadline")),
        consolidator=p.get("consolidator") or _kind_name(data, p.get("consolidator_kind")),
        window=p.get("window") if p.get("window") in WINDOWS else CALENDAR,
        targets=targets,
        themes=[Theme(t["number"], t["title"]) for t in data["themes"]],
        forms=list(data["forms"]),
        unit_kinds=[UnitKind(k["code"], k["name"]) for k in data["unit_kinds"]],
    )
    units = [
        Unit(
            name=u["name"],
            short_name=u.get("short_name", u["name"]),
            abbreviation=u["abbreviation"],
            kind=u["kind"],
            lead_kinds=tuple(u["lead_kinds"]),
            governing_body=u.get("governing_body", ""),
            place=u.get("place", ""),
            signer_authority=u.get("signer_authority", ""),
            signer_title=u.get("signer_title", ""),
            addressee=u.get("addressee", ""),
            recipients=tuple(u.get("recipients", ())),
            archive=u.get("archive", "VT"),
            consolidator=bool(u.get("consolidator")),
        )
        for u in data["units"]
    ]
    dd = data["district_defaults"]
    for d in data["districts"]:
        units.append(
            Unit(
                name=d["name"],
                short_name=d["name"],
                abbreviation=dd["abbreviation"],
                kind=dd["kind"],
                lead_kinds=tuple(dd["lead_kinds"]),
                governing_body=dd["governing_body"],
                place=d["place"],
                signer_authority=dd["signer_authority"],
                signer_title=dd["signer_title"],
                addressee=dd["addressee"],
                recipients=tuple(dd["recipients"]),
                archive=dd["archive"],
            )
        )
    return plan, units


# The kinds of a local unit (chính quyền địa phương) by the word its name
# starts with: "UBND xã Ba Tơ", "UBND phường Trương Quang Trọng", "UBND đặc
# khu Lý Sơn", and the districts of before 1/7/2025.
LOCAL_KINDS = {"xa": "xã", "phuong": "phường", "dac_khu": "đặc khu", "ubnd_huyen": "huyện"}
# The kinds of the local units since 1/7/2025, as a plan names them: offered
# among the plan's unit kinds once a unit of that kind is in the workspace,
# even where the plan (or the year it was made from) does not name them.
LOCAL_KIND_NAMES = {"xa": "UBND xã", "phuong": "UBND phường", "dac_khu": "UBND đặc khu"}
_LOCAL_NAME = re.compile(
    r"^(?:ubnd|uy ban nhan dan)\s+(xa|phuong|dac khu|huyen|thi xa|thanh pho|thi tran)\s+\S"
)


def local_kind(name: str) -> str | None:
    """ "UBND xã Ba Tơ" -> "xa"; "UBND đặc khu Lý Sơn" -> "dac_khu"; None for
    a unit that is not a local People's Committee."""
    m = _LOCAL_NAME.match(fold(name))
    if not m:
        return None
    word = m.group(1)
    if word in ("huyen", "thi xa", "thanh pho"):
        return "ubnd_huyen"
    return {"xa": "xa", "phuong": "phuong", "thi tran": "xa", "dac khu": "dac_khu"}[word]


def same_unit_name(a: str, b: str) -> bool:
    """Two spellings of one unit's name (accents, case, spaces, dashes aside)."""
    from .plan_phrases import canonical_unit_key

    return bool(a and b) and canonical_unit_key(a) == canonical_unit_key(b)


_PEOPLES_COMMITTEE = (["ubnd"], ["uy", "ban", "nhan", "dan"])
_PROVINCE_LEVEL = (["tinh"], ["thanh", "pho"])


def issuer_province(plan: Plan | None) -> tuple[str, str]:
    """The governing body and the place name a department of the plan's
    province writes in its header, from the plan's issuer: "UBND tỉnh Quảng
    Ngãi" -> ("UBND TỈNH QUẢNG NGÃI", "Quảng Ngãi"); an issuer that is not a
    provincial People's Committee gives its own name and no place; ("", "")
    without a plan."""
    issuer = clean_line(plan.issuer) if plan else ""
    words, folded = issuer.split(), fold(issuer).split()
    if not words or len(words) != len(folded):
        return issuer.upper(), ""
    for head in _PEOPLES_COMMITTEE:
        if folded[: len(head)] != head:
            continue
        rest = len(head)
        for level in _PROVINCE_LEVEL:
            if folded[rest : rest + len(level)] == level and len(words) > rest + len(level):
                place = " ".join(words[rest + len(level) :])
                return " ".join(["UBND", *words[rest:]]).upper(), place
    return issuer.upper(), ""


def issuer_scope(plan: Plan | None) -> str:
    """The level of the area a provincial People's Committee's plan covers,
    as its issuer writes it: "UBND tỉnh Quảng Ngãi" -> "tỉnh", "UBND thành
    phố Đà Nẵng" -> "thành phố"; "" for any other issuer (a ministry's plan)."""
    issuer = clean_line(plan.issuer) if plan else ""
    words, folded = issuer.split(), fold(issuer).split()
    if len(words) != len(folded):
        return ""
    for head in _PEOPLES_COMMITTEE:
        if folded[: len(head)] == head:
            rest = folded[len(head) :]
            for level in _PROVINCE_LEVEL:
                if rest[: len(level)] == level and len(rest) > len(level):
                    return " ".join(words[len(head) : len(head) + len(level)]).lower()
    return ""


def local_place(name: str) -> str:
    """A commune's, ward's or special zone's own name, the place its papers
    are dated at (Nghị định 30): "UBND xã Tịnh Sơn" -> "Tịnh Sơn"."""
    m = _LOCAL_NAME.match(fold(name))
    if not m:
        return ""
    skip = len(m.group(0).split()) - 1  # the words before the name's first one
    return " ".join(clean_line(name).split()[skip:])


def superior_of(plan: Plan) -> str:
    """Whom the consolidating unit reports to: the plan's issuer, written out
    ("UBND tỉnh Quảng Ngãi" -> "Ủy ban nhân dân tỉnh Quảng Ngãi")."""
    issuer = clean_line(plan.issuer)
    if fold(issuer).startswith("ubnd "):
        return "Ủy ban nhân dân " + issuer[5:]
    return issuer


def takes_part(unit: Unit, plan: Plan | None) -> bool:
    """The unit has a part in the year's plan: it leads one of its targets,
    or it is a department (every sở, ban, ngành communicates within its remit
    and reports). A district of before 1/7/2025 has no part in a later plan."""
    if plan is None:
        return True
    return "so_nganh" in unit.lead_kinds or any(unit.leads(t) for t in plan.targets)


def is_consolidator(unit: Unit, plan: Plan | None, lineage: Sequence = ()) -> bool:
    """The unit consolidates the units' reports: marked so, named by the plan
    as the unit the reports are sent to, or the successor of that unit
    (`lineage`: the workspace's Successions; the Sở Thông tin và Truyền
    thông a 2023 plan names became part of the Sở Khoa học và Công nghệ)."""
    if unit.consolidator:
        return True
    if not plan or not plan.consolidator:
        return False
    if same_unit_name(plan.consolidator, unit.name):
        return True
    from .lineage import predecessors_of

    return any(same_unit_name(plan.consolidator, p) for p in predecessors_of(unit.name, lineage))


def has_part(unit: Unit, plan: Plan | None) -> bool:
    """The unit belongs among the plan's units: it takes part (leads one of
    its targets, also by a kind its per-unit targets apply to), works with a
    lead as a named partner, or consolidates the reports. No plan: any unit."""
    if plan is None:
        return True
    if takes_part(unit, plan) or is_consolidator(unit, plan):
        return True
    from .text import fold_words

    name = fold_words(unit.name)
    return bool(name) and any(name in fold_words(t.coordinators) for t in plan.targets)


def local_lead_kinds(kind: str, plan: Plan | None) -> tuple[str, ...]:
    """The plan's kinds a local unit of `kind` leads: those the plan gives to
    each unit of its level ("UBND các xã, phường, đặc khu" for a xã)."""
    from .plan_phrases import unit_levels

    if plan is None or kind not in LOCAL_KINDS:
        return ()
    level = LOCAL_KINDS[kind]
    return tuple(
        k.code
        for k in plan.unit_kinds
        if level in unit_levels(k.name) or (level == "huyện" and k.code.endswith("_huyen"))
    )


def new_unit_defaults(name: str, plan: Plan | None = None) -> Unit:
    """A unit that is not in the plan's list: a local People's Committee when
    its name says so, otherwise a department. Its reports go to the plan's
    consolidating unit."""
    addressee = plan.consolidator if plan else ""
    kind = local_kind(name)
    if kind is not None:
        return Unit(
            name=name,
            short_name=name,
            abbreviation="UBND",
            kind=kind,
            lead_kinds=local_lead_kinds(kind, plan) or (kind,),
            governing_body="",
            place=local_place(name) if kind != "ubnd_huyen" else "",
            signer_authority="TM. ỦY BAN NHÂN DÂN",
            signer_title="CHỦ TỊCH",
            addressee=addressee,
            recipients=("TT Đảng ủy, TT HĐND", "CT, các PCT UBND"),
            archive="VT",
        )
    governing, place = issuer_province(plan)
    unit = Unit(
        name=name,
        short_name=name,
        abbreviation="",
        kind="so_nganh",
        governing_body=governing,
        place=place,
        lead_kinds=("so_nganh",),
        signer_title="GIÁM ĐỐC",
        addressee=addressee,
        recipients=("Lãnh đạo đơn vị",),
    )
    if plan is not None and same_unit_name(plan.consolidator, name):
        unit.consolidator = True
        unit.addressee = superior_of(plan)
        lead = [k.code for k in plan.unit_kinds if same_unit_name(k.name, name)]
        unit.lead_kinds = (*lead, "so_nganh")
    return unit


_COMPARED = (
    ("title", "tên nhiệm vụ"),
    ("measure", "đơn vị tính"),
    ("target", "số chỉ tiêu"),
    ("due_start", "ngày bắt đầu"),
    ("due_end", "ngày kết thúc"),
    ("lead_kinds", "đơn vị chủ trì"),
    ("per_unit", "giao cho mỗi đơn vị"),
)


@dataclass
class PlanChanges:
    """What a newer version of a year's plan changes in the stored one."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[tuple[str, list[str]]] = field(default_factory=list)
    # codes that disappear while recorded activities use them -> how many
    removed_in_use: dict[str, int] = field(default_factory=dict)
    replaced: bool = False

    def lines(self) -> list[str]:
        out = []
        if self.added:
            out.append(f"Thêm {len(self.added)} chỉ tiêu: {', '.join(self.added)}")
        for code, fields in self.changed:
            out.append(f"Chỉ tiêu {code}: đổi {', '.join(fields)}")
        if self.removed:
            out.append(f"Bỏ {len(self.removed)} chỉ tiêu: {', '.join(self.removed)}")
        for code, n in self.removed_in_use.items():
            out.append(
                f"Mã {code} không còn trong kế hoạch nhưng có {n} hoạt động đã ghi: các hoạt động "
                "được giữ nguyên mã, báo cáo xếp vào hoạt động khác cho đến khi sửa mã"
            )
        return out or ["Không có thay đổi chỉ tiêu"]

    def as_json(self) -> dict:
        return {
            "replaced": self.replaced,
            "added": self.added,
            "removed": self.removed,
            "changed": [{"code": c, "fields": f} for c, f in self.changed],
            "removed_in_use": self.removed_in_use,
        }


def compare_plans(old: Plan | None, new: Plan) -> PlanChanges:
    changes = PlanChanges(replaced=old is not None)
    if old is None:
        changes.added = [t.code for t in new.targets]
        return changes
    before = {t.code: t for t in old.targets}
    after = {t.code: t for t in new.targets}
    changes.added = [c for c in after if c not in before]
    changes.removed = [c for c in before if c not in after]
    for code, t in after.items():
        if code in before:
            fields = [
                label
                for name, label in _COMPARED
                if getattr(t, name) != getattr(before[code], name)
            ]
            if fields:
                changes.changed.append((code, fields))
    return changes


def plan_as_json(
    plan: Plan, *, sources: dict[str, str] | None = None, uninterpreted: list[dict] | None = None
) -> dict:
    """A plan as `plan show --json` and `plan import --json` print it: the
    document's fields, the consolidating unit, the targets with their lead
    units by code and by name, and (for a proposal read from a document) the
    sentence each target came from and the lines not interpreted."""
    names = {k.code: k.name for k in plan.unit_kinds}
    sources = sources or {}
    return {
        "plan": {
            "year": plan.year,
            "title": plan.title,
            "subject": plan.subject,
            "issuer": plan.issuer,
            "number": plan.number,
            "signed_date": plan.signed_date.isoformat() if plan.signed_date else None,
            "report_deadline": plan.report_deadline.isoformat() if plan.report_deadline else None,
            "consolidator": plan.consolidator,
            "window": plan.window,
        },
        "consolidator": plan.consolidator,
        "themes": [{"number": t.number, "title": t.title} for t in plan.themes],
        "unit_kinds": [{"code": k.code, "name": k.name} for k in plan.unit_kinds],
        "targets": [
            {
                "code": t.code,
                "task": t.task,
                "title": t.title,
                "measure": t.measure,
                "target": t.target,
                "frequency": t.frequency,
                "per_unit": t.per_unit,
                "lead_kinds": list(t.lead_kinds),
                "lead_units": [names.get(k, k) for k in t.lead_kinds],
                "coordinators": t.coordinators,
                "due_label": t.due_label,
                "due_start": t.due_start.isoformat(),
                "due_end": t.due_end.isoformat(),
                "source": sources.get(t.code, ""),
            }
            for t in plan.targets
        ],
        "uninterpreted": list(uninterpreted or []),
    }
