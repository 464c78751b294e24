"""Levels without a server: units -> department -> ministry.

Each unit sends its package to the department; the department exports its
consolidated year as one package, which the ministry receives like a unit's.
The ministry's figures per target are the department's, activity for
activity, including two units' activities that share day, target, title and
link. A package written from README's format alone (not by the app's
writer) is received with the same figures.
"""

from __future__ import annotations

import importlib.util
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.plan import new_unit_defaults
from desktop.io.package import PackageError, read_package, write_package
from desktop.io.package_import import Outcome, receive_packages
from desktop.store import ActivityFilter, Workspace

YEAR = 2023
DAI = "Đài Phát thanh và Truyền hình tỉnh"
BAO = "Báo Quảng Ngãi"
SO = "Sở Thông tin và Truyền thông"
BO = "Bộ Thông tin và Truyền thông (thử nghiệm)"
ON = date(YEAR, 12, 31)

# The same day, target, title and link at two units: two activities.
SHARED = Activity(date(YEAR, 3, 8), "Tuyên truyền Ngày Phụ nữ số", "Tin bài", "III.2.d")


def _unit_workspace(path: Path, name: str, activities: list[Activity]) -> Workspace:
    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name(name))
    ws.activities.insert_many(activities, ws.units.require_self_unit().id)
    return ws


def _tallies(ws) -> dict[str | None, tuple[int, int, int]]:
    """Per target code: (activities, quantity, cost) over every unit."""
    sums: Counter = Counter()
    for (_, code), t in ws.figures.unit_target_tallies(YEAR, ON).items():
        sums[code, "count"] += t.count
        sums[code, "total"] += t.total
        sums[code, "cost"] += t.cost
    codes = {code for code, _ in sums}
    return {c: (sums[c, "count"], sums[c, "total"], sums[c, "cost"]) for c in codes}


@pytest.fixture(scope="module")
def levels(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("levels")
    dai = [
        Activity(date(YEAR, 1, 5 + i), f"Chuyên mục CĐS số {i + 1}", "Chuyên mục", "III.2.a/TH",
                 cost=1_000_000) for i in range(12)
    ] + [SHARED]  # fmt: skip
    bao = [
        Activity(date(YEAR, 2, 1 + i), f"Chuyên trang CĐS số {i + 1}", "Chuyên trang", "III.2.b/IN",
                 quantity=2) for i in range(9)
    ] + [SHARED, Activity(date(YEAR, 5, 1), "Tin bài khác", "Tin bài", None, quantity=4)]  # fmt: skip
    packages = []
    for name, acts in ((DAI, dai), (BAO, bao)):
        with _unit_workspace(tmp / f"{len(packages)}.cdsdb", name, acts) as ws:
            packages.append(write_package(ws, YEAR, tmp / f"{len(packages)}.cdsgoi").path)
    own = [Activity(date(YEAR, 6, 1), "Hội nghị tập huấn CĐS", "Hội nghị", None)]
    dept = _unit_workspace(tmp / "so.cdsdb", SO, own)
    received = receive_packages(dept, packages, received_at=datetime(2023, 11, 28, 9, 0))
    assert [r.outcome for r in received] == [Outcome.ADDED, Outcome.ADDED]
    yield tmp, dept, dai + bao + own
    dept.close()


def _ministry(path: Path) -> Workspace:
    ws = Workspace.open(path)
    ws.units.set_self_unit(new_unit_defaults(BO))
    return ws


def test_consolidated_year_received_by_the_next_level(levels):
    tmp, dept, every = levels
    out = tmp / "so-tong-hop.cdsgoi"
    written = write_package(dept, YEAR, out, consolidated=True)
    assert written.activities == len(every) == 25
    pkg = read_package(out, dept.plans.require)
    assert pkg.manifest["consolidated"] is True
    assert pkg.unit_name == SO
    sources = Counter(a.source for a in pkg.activities)
    assert sources == {DAI: 13, BAO: 11, "": 1}

    with _ministry(tmp / "bo.cdsdb") as bo:
        [result] = receive_packages(bo, [out])
        assert result.outcome is Outcome.ADDED, result.message
        assert result.activities == 25
        so = bo.units.by_name(SO)
        # The department is one unit at the ministry, its year exactly the consolidated one.
        assert bo.activities.count_and_sums(ActivityFilter(unit_id=so.id, year=YEAR)) == (
            25,
            sum(a.quantity for a in every),
            sum(a.cost for a in every),
        )
        assert _tallies(bo) == _tallies(dept)
        shared = [
            a for a in bo.activities.iterate(ActivityFilter(year=YEAR)) if a.title == SHARED.title
        ]
        assert sorted(a.source for a in shared) == sorted([DAI, BAO])
        # The same file again is recognised without being read.
        [again] = receive_packages(bo, [out])
        assert again.outcome is Outcome.IDENTICAL
        assert again.activities == 25


def test_export_consolidated_command(levels, capsys):
    tmp, dept, every = levels
    out = tmp / "cli-tong-hop.cdsgoi"
    assert main(["export", "--db", str(dept.path), "--year", str(YEAR), "--out", str(out),
                 "--consolidated"]) == 0  # fmt: skip
    assert "tổng hợp" in capsys.readouterr().out
    pkg = read_package(out, dept.plans.require)
    assert len(pkg.activities) == len(every)
    assert pkg.manifest["consolidated"] is True


def test_package_written_from_the_documented_format(levels):
    """A package made by another system from README's format alone gives the
    same figures as the app's own package of the same activities."""
    tmp, dept, _ = levels
    spec = importlib.util.spec_from_file_location(
        "format_writer", Path(__file__).resolve().parents[1] / "benchmarks" / "format_writer.py"
    )
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    dai = dept.units.by_name(DAI)
    records = [
        {"uid": f"{i:032x}", "date": a.date.isoformat(), "target_code": a.target_code,
         "form": a.form, "title": a.title, "quantity": a.quantity, "language": a.language,
         "link": a.link, "cost": a.cost, "themes": list(a.themes), "notes": a.notes,
         "created_at": "2023-11-01T08:00:00", "updated_at": "2023-11-01T08:00:00"}
        for i, a in enumerate(dept.activities.iterate(ActivityFilter(unit_id=dai.id, year=YEAR)))
    ]  # fmt: skip
    plan = dept.plans.require(YEAR)
    plan_part = {
        "year": YEAR, "title": plan.title, "issuer": plan.issuer, "number": plan.number,
        "signed_date": None, "report_deadline": None,
        "targets": [{"code": t.code, "title": t.title, "measure": t.measure, "target": t.target,
                     "per_unit": t.per_unit, "lead_kinds": list(t.lead_kinds),
                     "due_start": t.due_start.isoformat(), "due_end": t.due_end.isoformat()}
                    for t in plan.targets],
    }  # fmt: skip
    out = writer.write_format_package(
        tmp / "doc.cdsgoi", unit={"name": DAI}, year=YEAR, plan=plan_part, activities=records
    )
    with Workspace.open(tmp / "so2.cdsdb") as other:
        other.units.set_self_unit(other.units.by_name(SO))
        [result] = receive_packages(other, [out])
        assert result.outcome is Outcome.ADDED, result.message
        flt = ActivityFilter(unit_id=other.units.by_name(DAI).id, year=YEAR)
        assert other.activities.count_and_sums(flt) == dept.activities.count_and_sums(
            ActivityFilter(unit_id=dai.id, year=YEAR)
        )
        assert other.figures.tallies(other.units.by_name(DAI).id, YEAR, ON) == dept.figures.tallies(
            dai.id, YEAR, ON
        )


def test_a_consolidated_year_larger_than_the_other_parts_bound(levels, monkeypatch):
    """A province's consolidated year (262,000 activities: 140 MB of JSON)
    is over the bound on the unit, plan and texts parts (128 MB): the
    activities part has its own, up to the activities a package may hold.
    Shown here with the bounds made small."""
    import desktop.io.package as package

    tmp, dept, every = levels
    out = tmp / "so-lon.cdsgoi"
    write_package(dept, YEAR, out, consolidated=True)
    with zipfile.ZipFile(out) as zf:
        size = zf.getinfo("hoat-dong.json").file_size
        other = max(zf.getinfo(n).file_size for n in ("don-vi.json", "ke-hoach.json"))
    assert size > other
    monkeypatch.setattr(package, "MAX_DATA_PART_BYTES", other)
    assert len(read_package(out, dept.plans.require).activities) == len(every)
    monkeypatch.setattr(package, "MAX_ACTIVITIES_PART_BYTES", size - 1)
    with pytest.raises(PackageError, match="“hoat-dong.json” quá lớn"):
        read_package(out, dept.plans.require)
    monkeypatch.setattr(package, "MAX_ACTIVITIES_PART_BYTES", size)
    monkeypatch.setattr(package, "MAX_DATA_PART_BYTES", other - 1)
    with pytest.raises(PackageError, match="quá lớn"):
        read_package(out, dept.plans.require)
