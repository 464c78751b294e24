"""The plan: its targets, content themes, unit kinds and units."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

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
    governing_body: str = "UBND TỈNH QUẢNG NGÃI"
    place: str = "Quảng Ngãi"
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
        targets=targets,
        themes=list(plan.themes),
        forms=list(plan.forms),
        unit_kinds=list(plan.unit_kinds),
    )


def derived_note(source_year: int) -> str:
    return f"tạo từ kế hoạch năm {source_year} — cần kiểm tra chỉ tiêu"


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


def new_unit_defaults(name: str) -> Unit:
    """A unit that is not in the plan: a department by default."""
    return Unit(
        name=name,
        short_name=name,
        abbreviation="",
        kind="so_nganh",
        lead_kinds=("so_nganh",),
        signer_title="GIÁM ĐỐC",
        addressee="Sở Thông tin và Truyền thông",
        recipients=("Lãnh đạo đơn vị",),
    )


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
