"""Sums that cannot overflow: a list or a package whose costs add up to more
than any unit spends is refused with the reason, naming the unit, before it is
stored; figures over rows already stored never stop with "integer overflow"."""

from __future__ import annotations

import csv
import json
from datetime import date

from package_fixtures import DAI, SO
from test_safety_packages import forge, rows_of

from desktop.cli import main
from desktop.domain.activity import MAX_COST, Activity
from desktop.io.listformat import HEADERS
from desktop.io.package_import import Outcome, receive_package
from desktop.store import ActivityFilter, Workspace

UNIT = "Đài Phát thanh và Truyền hình tỉnh"


def test_a_package_adding_up_beyond_any_unit_is_refused(exchange, tmp_path):
    rows = rows_of(exchange.packages[DAI])
    for row in rows[:11]:
        row["cost"] = MAX_COST  # each allowed, together beyond any unit's year
    package = forge(
        exchange.packages[DAI], tmp_path / "ty-ty.cdsgoi", hoat_dong_json=json.dumps(rows).encode()
    )
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        result = receive_package(ws, package)
        assert result.outcome is Outcome.REFUSED
        assert "ty-ty.cdsgoi" in result.message and "tổng kinh phí năm 2023" in result.message
        assert DAI in result.message
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
        # the figures still add up
        assert all(r.actual >= 0 for r in ws.figures.consolidated(2023))


def test_a_list_adding_up_beyond_any_unit_is_refused_and_nothing_written(unit_ws, tmp_path, capsys):
    path = tmp_path / "kinh-phi-lon.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(11):
            w.writerow(
                ["01/03/2023", "", "Tin bài", f"Tin {i}", "1", "", "", str(MAX_COST), "", ""]
            )
    unit_ws.close()
    assert main(["import", str(path), "--db", str(unit_ws.path)]) == 1
    err = capsys.readouterr().err
    assert "tổng kinh phí năm 2023" in err and UNIT in err and "kinh-phi-lon.csv" in err
    assert "Lỗi không mong đợi" not in err
    with Workspace.open(unit_ws.path, create=False) as ws:
        assert ws.figures.counts()["activities"] == 0


def test_figures_over_huge_stored_costs_do_not_overflow(unit_ws):
    """Rows written before any bound (or by another program) still add up."""
    unit = unit_ws.units.self_unit()
    unit_ws.activities.add(Activity(date=date(2023, 3, 1), title="A", form="Tin bài"), unit.id)
    unit_ws.activities.add(Activity(date=date(2023, 3, 2), title="B", form="Tin bài"), unit.id)
    with unit_ws.conn:
        unit_ws.conn.execute(
            "UPDATE activities SET cost = 9000000000000000000, quantity = 9000000000000000000"
        )
    count, quantity, cost = unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))
    assert count == 2 and cost == 18 * 10**18 and quantity == 18 * 10**18
    others = unit_ws.figures.other_by_form(unit.id, 2023)
    assert others and others[0][3] == 18 * 10**18
    assert sum(unit_ws.figures.monthly_totals(unit.id, 2023, None)) == 18 * 10**18
    unit_ws.figures.progress(unit.id, 2023)
