"""A year's plan stored whole, or replaced by a newer version of it.

Replacing keeps every recorded activity: activities keep their target codes, and a code
the new version no longer has is reported with how many activities use it.
"""

from __future__ import annotations

from dataclasses import replace as replace_unit

from ..domain.plan import Plan, PlanChanges, Unit, UnitKind, compare_plans, same_unit_name
from ..domain.text import Message, template
from .errors import WorkspaceError
from .plans import NEGATIVE_TARGET, STARTS_AFTER_END

NO_CODE = template("Có chỉ tiêu chưa có mã.")
SAME_CODE = template("Mã chỉ tiêu {code} bị trùng; mỗi chỉ tiêu cần một mã riêng.")
YEAR_HAS_PLAN = template(
    "Năm {year} đã có kế hoạch “{title}”. Muốn thay bằng kế hoạch mới, hãy chọn thay thế "
    "(--replace); các hoạt động đã ghi được giữ nguyên."
)
NOT_NEWER = template(
    "Tệp kế hoạch năm {year} này không mới hơn tệp đã nạp (lập lúc {loaded}); không thay đổi gì."
)


def codes_in_use(ws, year: int) -> dict[str, int]:
    """Target code -> number of activities of the year recorded under it."""
    return ws.activities.codes_in_use(year)


def preview_plan(ws, plan: Plan) -> PlanChanges:
    """What saving `plan` would change, without writing."""
    changes = compare_plans(ws.plans.get(plan.year), plan)
    in_use = codes_in_use(ws, plan.year)
    changes.removed_in_use = {c: in_use[c] for c in changes.removed if c in in_use}
    return changes


def _check(plan: Plan) -> None:
    seen = set()
    for t in plan.targets:
        if not t.code.strip():
            raise WorkspaceError(Message(NO_CODE))
        if t.code in seen:
            raise WorkspaceError(Message(SAME_CODE, code=t.code))
        seen.add(t.code)
        if t.due_start > t.due_end:
            raise WorkspaceError(Message(STARTS_AFTER_END, code=t.code))
        if t.target is not None and t.target < 0:
            raise WorkspaceError(Message(NEGATIVE_TARGET, code=t.code))


def save_plan(
    ws, plan: Plan, *, replace: bool = False, kinds: list[UnitKind] | None = None
) -> PlanChanges:
    """Store `plan` for its year in one transaction. A year that already has
    a plan is refused unless `replace`; then its document fields, targets,
    themes (and forms, when the new plan lists any) are replaced."""
    _check(plan)
    with ws.transaction():
        old = ws.plans.get(plan.year)
        if old is not None and not replace:
            raise WorkspaceError(Message(YEAR_HAS_PLAN, year=str(plan.year), title=old.title))
        changes = preview_plan(ws, plan)
        ws.plans.insert_unit_kinds(list(kinds or []) + list(plan.unit_kinds))
        if plan.consolidator:
            ws.units.mark_consolidator(plan.consolidator, plan)
            if old is not None:
                # The units' reports go where the new plan says.
                ws.units.follow_consolidator(old.consolidator, plan.consolidator)
        if old is None:
            ws.plans.insert(plan)
            return changes
        # only targets, themes and forms refer to a plan: they go with it
        ws.plans.delete(old.id)
        ws.plans.insert(Plan(**{**plan.__dict__, "forms": list(plan.forms or old.forms)}))
    return changes


def _meta_key(year: int) -> str:
    return f"plan_file:{year}"


def _identity(plan: Plan) -> tuple[str, str]:
    from ..domain.text import fold

    return fold(plan.issuer), fold(plan.number or plan.title)


def load_published_plan(
    ws,
    plan: Plan,
    kinds: list[UnitKind],
    units: list[Unit],
    *,
    created_at: str,
    replace: bool = False,
) -> PlanChanges:
    """Load a plan file the department published, in one transaction: its
    plan (a newer file of the same plan, or any file over a plan that has no
    document number, replaces the stored targets; another plan needs
    `replace`), its unit kinds, and its units. A unit already in
    the workspace keeps its profile and takes the file's kind and lead kinds;
    a unit not yet there is added."""
    with ws.transaction():
        old = ws.plans.get(plan.year)
        key = _meta_key(plan.year)
        loaded = ws.get_meta(key)
        # A plan without a document number is a copy of another year's (or
        # typed by hand): the published plan takes its place.
        same = old is not None and (not old.number or _identity(old) == _identity(plan))
        if old is not None and same and loaded and created_at <= loaded and not replace:
            raise WorkspaceError(Message(NOT_NEWER, year=str(plan.year), loaded=str(loaded)))
        old_consolidator = old.consolidator if old else ""
        changes = save_plan(ws, plan, replace=replace or same, kinds=kinds)
        for unit in units:
            existing = ws.units.by_name(unit.name)
            if existing is None:
                ws.units.put(replace_unit(unit, id=None))
            else:
                addressee = existing.addressee
                if plan.consolidator and (
                    not addressee
                    or same_unit_name(addressee, old_consolidator)
                    or same_unit_name(addressee, plan.consolidator)
                ):
                    # reports went to the consolidator of the plan replaced
                    addressee = unit.addressee or plan.consolidator
                ws.units.put(
                    replace_unit(
                        existing,
                        kind=unit.kind or existing.kind,
                        lead_kinds=unit.lead_kinds or existing.lead_kinds,
                        addressee=addressee,
                        consolidator=unit.consolidator or existing.consolidator,
                    )
                )
        if plan.consolidator:
            ws.units.mark_consolidator(plan.consolidator, plan)
        ws.set_meta(key, created_at)
    return changes
