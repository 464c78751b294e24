"""`progress --consolidated`: the department reads the units' figures summed
from the command line, as the Tổng hợp page shows them; without the flag it
sees its own and is told where the consolidated figures are."""

from __future__ import annotations

import json

from package_fixtures import BINH_SON, DAI, LY_SON, SO, SO_DATA, YEAR

from desktop.cli import main
from desktop.io.package_import import receive_package
from desktop.store import Workspace


def _department(exchange, tmp_path):
    path = tmp_path / "so.cdsdb"
    with Workspace.open(path) as ws:
        so = ws.units.set_self_unit(ws.units.by_name(SO))
        ws.activities.insert_many(SO_DATA, so.id)
        for name in (DAI, BINH_SON, LY_SON):
            assert receive_package(ws, exchange.packages[name]).ok
    return path


def test_progress_consolidated_sums_every_unit(exchange, tmp_path, capsys):
    path = _department(exchange, tmp_path)
    args = ["progress", "--db", str(path), "--year", str(YEAR), "--on", f"{YEAR}-12-31"]
    assert main([*args, "--consolidated", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    # Bình Sơn's 12 programmes and Lý Sơn's 6 under one per-district target.
    assert rows["III.2.đ/SX"]["actual"] == 18
    assert rows["III.2.a/TH"]["actual"] == 52  # the Đài's weekly programme
    assert rows["III.4.a"]["actual"] == 6  # the department's own newsletters
    assert rows["III.2.đ/SX"]["units"] >= 2
    assert main([*args, "--consolidated"]) == 0
    out = capsys.readouterr().out
    assert "tổng hợp của các đơn vị" in out and "Số đơn vị" in out
    [line] = [x for x in out.splitlines() if x.startswith("III.2.đ/SX ")]
    assert " 18 " in line
    # Its own progress: only its own records, and where to find the rest.
    assert main([*args, "--json"]) == 0
    own = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert own.get("III.2.đ/SX", {"actual": 0})["actual"] == 0
    assert own["III.4.a"]["actual"] == 6
    assert main(args) == 0
    assert "--consolidated" in capsys.readouterr().out


def test_a_unit_is_not_pointed_to_consolidated_figures(exchange, tmp_path, capsys):
    path = tmp_path / "dai.cdsdb"
    with Workspace.open(path) as ws:
        ws.units.set_self_unit(ws.units.by_name(DAI))
    assert main(["progress", "--db", str(path), "--year", str(YEAR)]) == 0
    assert "--consolidated" not in capsys.readouterr().out


def test_a_unit_the_plan_gives_no_target_is_told_so(tmp_path, capsys):
    from desktop.domain.plan import new_unit_defaults

    path = tmp_path / "xa.cdsdb"
    with Workspace.open(path) as ws:
        ws.units.set_self_unit(new_unit_defaults("UBND xã Ba Tơ", ws.plans.require(YEAR)))
    assert main(["progress", "--db", str(path), "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert f"Kế hoạch năm {YEAR} không giao chỉ tiêu nào cho UBND xã Ba Tơ" in out
    assert "Mã chỉ tiêu" not in out
