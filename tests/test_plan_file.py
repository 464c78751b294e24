"""Storing a plan read from a document, and plan files (.cdskh): written,
read back, replaced by a newer version, refused when tampered with."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from datetime import date

import plan_documents as docs
import pytest

from desktop.domain.activity import Activity
from desktop.domain.plan_proposal import proposal_to_plan
from desktop.domain.plan_reader import read_plan_text
from desktop.io.plan_file import PlanFileError, read_plan_file, write_plan_file
from desktop.store import Workspace, WorkspaceError
from desktop.store.plan_versions import load_published_plan, preview_plan, save_plan


def _plan_2026(ws):
    proposal = read_plan_text(docs.source_lines(docs.PLAN_2026_HEADER, docs.PLAN_2026), 2026)
    return proposal_to_plan(proposal, ws.plans.unit_kinds(), ws.plans.get(2023).forms)


def test_plan_read_from_a_document_is_stored_whole(ws):
    plan, new_kinds = _plan_2026(ws)
    changes = save_plan(ws, plan, kinds=new_kinds)
    assert changes.replaced is False and len(changes.added) == 13
    stored = ws.plans.get(2026)
    assert [t.code for t in stored.targets] == [t.code for t in plan.targets]
    assert stored.consolidator == "Sở Khoa học và Công nghệ"
    assert stored.number == "45/KH-UBND" and stored.signed_date == date(2026, 2, 20)
    assert stored.target("III.2.1/PL").target == 48
    names = {k.name for k in ws.plans.unit_kinds()}
    assert "UBND các xã, phường, đặc khu" in names
    assert stored.forms == ws.plans.get(2023).forms
    # the built-in plan is untouched
    assert len(ws.plans.get(2023).targets) == 17


def test_a_year_with_a_plan_is_not_overwritten_without_replace(ws):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    with pytest.raises(WorkspaceError, match="đã có kế hoạch"):
        save_plan(ws, plan, kinds=kinds)


def test_replacing_keeps_activities_and_lists_codes_that_disappear(unit_ws):
    ws = unit_ws
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    unit = ws.units.require_self_unit()
    for code in ("III.1.3", "III.4.2", None):
        ws.activities.add(
            Activity(
                date=date(2026, 3, 2),
                target_code=code,
                form="Tin bài",
                title=f"Hoạt động {code}",
                quantity=2,
            ),
            unit.id,
        )
    newer = replace(
        plan,
        targets=[
            replace(t, target=300) if t.code == "III.1.3" else t
            for t in plan.targets
            if t.code != "III.4.2"
        ],
    )
    preview = preview_plan(ws, newer)
    assert preview.removed == ["III.4.2"]
    assert preview.removed_in_use == {"III.4.2": 1}
    assert ws.plans.get(2026).target("III.4.2") is not None  # previewing wrote nothing
    changes = save_plan(ws, newer, replace=True, kinds=kinds)
    assert changes.replaced
    assert changes.changed == [("III.1.3", ["số chỉ tiêu"])]
    assert changes.removed_in_use == {"III.4.2": 1}
    assert any("III.4.2" in line and "1 hoạt động" in line for line in changes.lines())
    stored = ws.plans.get(2026)
    assert stored.target("III.4.2") is None and stored.target("III.1.3").target == 300
    codes = sorted(
        (r[0] or "")
        for r in ws.conn.execute("SELECT target_code FROM activities WHERE year = 2026")
    )
    assert codes == ["", "III.1.3", "III.4.2"]  # every activity keeps its code


def test_plan_file_round_trip_carries_units_and_kinds(ws, tmp_path):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    out = write_plan_file(tmp_path / "ke-hoach-2026.cdskh", ws.plans.get(2026), ws.units.all())
    pf = read_plan_file(out)
    assert pf.plan.year == 2026
    assert [(t.code, t.target, t.due_start, t.lead_kinds) for t in pf.plan.targets] == [
        (t.code, t.target, t.due_start, t.lead_kinds) for t in ws.plans.get(2026).targets
    ]
    assert pf.plan.consolidator == "Sở Khoa học và Công nghệ"
    assert {k.name for k in pf.kinds} >= {"Sở Khoa học và Công nghệ", "Tỉnh đoàn Quảng Ngãi"}
    assert len(pf.units) == len(ws.units.all())
    with zipfile.ZipFile(out) as zf:
        names = sorted(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert names == ["don-vi.json", "ke-hoach.json", "loai-don-vi.json", "manifest.json"]
    assert manifest["format"] == "baocao-cds/ke-hoach" and manifest["year"] == 2026
    assert all(len(p["sha256"]) == 64 for p in manifest["parts"])


def test_a_unit_loads_the_published_plan_and_a_newer_file_replaces_it(ws, tmp_path):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    commune_kind = next(
        k for k in ws.plans.unit_kinds() if k.name == "UBND các xã, phường, đặc khu"
    )
    ws.units.save(
        replace(
            ws.units.by_name("UBND huyện Ba Tơ"),
            id=None,
            name="UBND xã Ba Tơ",
            kind="xa",
            lead_kinds=(commune_kind.code,),
        )
    )
    first = write_plan_file(tmp_path / "v1.cdskh", ws.plans.get(2026), ws.units.all())

    commune = Workspace.open(tmp_path / "xa.cdsdb")
    try:
        pf = read_plan_file(first)
        load_published_plan(
            commune, pf.plan, pf.kinds, pf.units, created_at=pf.created_at.isoformat()
        )
        unit = commune.units.by_name("UBND xã Ba Tơ")
        assert unit.lead_kinds == (commune_kind.code,)
        assert commune.plans.get(2026).target("III.2.1/SX").lead_kinds == (commune_kind.code,)
        # the same file again: nothing newer
        with pytest.raises(WorkspaceError, match="không mới hơn"):
            load_published_plan(
                commune, pf.plan, pf.kinds, pf.units, created_at=pf.created_at.isoformat()
            )
        # the department corrects a number and publishes again
        newer_plan = ws.plans.get(2026)
        newer_plan.targets = [
            replace(t, target=36) if t.code == "III.2.1/SX" else t for t in newer_plan.targets
        ]
        second = write_plan_file(tmp_path / "v2.cdskh", newer_plan, ws.units.all())
        pf2 = read_plan_file(second)
        changes = load_published_plan(
            commune, pf2.plan, pf2.kinds, pf2.units, created_at=pf2.created_at.isoformat()
        )
        assert changes.replaced and changes.changed == [("III.2.1/SX", ["số chỉ tiêu"])]
        assert commune.plans.get(2026).target("III.2.1/SX").target == 36
    finally:
        commune.close()


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, change(info.filename, zin.read(info.filename)))
    return dst


def test_a_tampered_plan_file_is_refused(ws, tmp_path):
    good = write_plan_file(tmp_path / "ke-hoach.cdskh", ws.plans.get(2023), ws.units.all())
    tampered = _rewrite(
        good,
        tmp_path / "sua.cdskh",
        lambda name, data: (
            data.replace(b'"target": 52', b'"target": 5') if name == "ke-hoach.json" else data
        ),
    )
    with pytest.raises(PlanFileError, match="SHA-256") as e:
        read_plan_file(tampered)
    assert "sua.cdskh" in str(e.value)

    def unsafe(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["parts"][0]["path"] = "../ke-hoach.json"
        return json.dumps(manifest).encode()

    with pytest.raises(PlanFileError, match="không an toàn"):
        read_plan_file(_rewrite(good, tmp_path / "duong-dan.cdskh", unsafe))
    truncated = tmp_path / "cat.cdskh"
    truncated.write_bytes(good.read_bytes()[:300])
    with pytest.raises(PlanFileError, match="cat.cdskh"):
        read_plan_file(truncated)
    not_zip = tmp_path / "gia.cdskh"
    not_zip.write_text("xin chào", encoding="utf-8")
    with pytest.raises(PlanFileError, match="không phải tệp kế hoạch"):
        read_plan_file(not_zip)
