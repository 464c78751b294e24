"""A proposal read from a plan document, as the app's plan: lead units
matched to the workspace's unit kinds (or new kinds named as the plan names
them), and the JSON shape `plan import --json` prints."""

from __future__ import annotations

import re

from . import plan_phrases as ph
from .plan import Plan, Target, Theme, UnitKind
from .plan_reader import PlanProposal
from .text import fold

# -- the proposal as the app's plan ----------------------------------------


def _kind_code(name: str, taken: set[str]) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", fold(name)) if w not in ("va", "cac")]
    base = "".join(w[0] for w in words)[:10] or "dv"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}{n}", n + 1
    return code


def match_kind(name: str, kinds: list[UnitKind]) -> UnitKind | None:
    """The unit kind a lead's name stands for, by its spelling-free key (the
    name, or the name without its parenthesis)."""
    keys = {ph.canonical_unit_key(name), ph.canonical_unit_key(re.sub(r"\([^)]*\)", "", name))}
    for kind in kinds:
        kind_keys = {
            ph.canonical_unit_key(kind.name),
            ph.canonical_unit_key(re.sub(r"\([^)]*\)", "", kind.name)),
        }
        if keys & kind_keys:
            return kind
    return None


def proposal_to_plan(
    proposal: PlanProposal, kinds: list[UnitKind], forms: list[str]
) -> tuple[Plan, list[UnitKind]]:
    """The proposal as a plan: each lead unit is matched to a known unit kind
    (or becomes a new kind named as the plan names it). Returns the plan and
    the kinds it uses that were not known."""
    known = list(kinds)
    taken = {k.code for k in known}
    new: list[UnitKind] = []
    targets = []
    for i, t in enumerate(proposal.targets):
        codes = []
        for name in t.lead_units:
            kind = match_kind(name, known)
            if kind is None:
                kind = UnitKind(_kind_code(name, taken), name)
                taken.add(kind.code)
                known.append(kind)
                new.append(kind)
            if kind.code not in codes:
                codes.append(kind.code)
        targets.append(
            Target(
                code=t.code,
                task=t.task,
                title=t.title,
                measure=t.measure,
                target=t.target,
                due_start=t.due_start,
                due_end=t.due_end,
                due_label=t.due_label,
                lead_kinds=tuple(codes),
                per_unit=t.per_unit,
                coordinators=t.partners,
                frequency=t.frequency,
                sort_order=i,
            )
        )
    used = {c for t in targets for c in t.lead_kinds}
    plan = Plan(
        year=proposal.year,
        title=proposal.title,
        issuer=proposal.issuer,
        number=proposal.number,
        signed_date=proposal.signed_date,
        subject=proposal.subject,
        report_deadline=proposal.report_deadline,
        consolidator=proposal.consolidator,
        targets=targets,
        themes=[Theme(i + 1, title) for i, title in enumerate(proposal.themes)],
        forms=list(forms),
        unit_kinds=[k for k in known if k.code in used or k in kinds],
    )
    return plan, new


def proposal_json(proposal: PlanProposal, plan: Plan) -> dict:
    """The proposal in the shape of `plan show --json`, with each target's
    source sentences and the lines not interpreted."""
    from .plan import plan_as_json

    return plan_as_json(
        plan,
        sources={t.code: t.source for t in proposal.targets},
        uninterpreted=[
            {"line": u.line, "text": u.text, "section": u.section, "reason": u.reason}
            for u in proposal.unread
        ],
    )
