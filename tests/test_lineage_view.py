"""The department's view along the lineage: the Đài and the Báo merged into
the Báo và Phát thanh, Truyền hình Quảng Ngãi on 19/5/2025. Their packages of
2025 (before the merger) count under the new unit, with a note saying so, in
the consolidated progress, the Tổng hợp page and the consolidated DOCX; their
2024 figures are the new unit's "year before"; neither is a unit of its own
that has not reported."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import docx
import pytest
from package_fixtures import BAO, DAI, SO

from desktop.domain.activity import Activity
from desktop.domain.plan import Unit
from desktop.io.package import write_package
from desktop.io.package_import import receive_packages
from desktop.reports.consolidated import build_consolidated_report
from desktop.reports.context import ReportOptions
from desktop.reports.pipeline import write_report
from desktop.store import Workspace

NEW = "Báo và Phát thanh, Truyền hình Quảng Ngãi"
MERGED_ON = date(2025, 5, 19)
NOTE = f"gồm số liệu của {DAI}, {BAO} trước ngày 19/05/2025"


def _weekly(code: str, start: date, count: int, quantity: int = 1) -> list[Activity]:
    return [
        Activity(
            date=start + timedelta(days=7 * i),
            title=f"Chuyên mục {code} số {i + 1} ({start:%Y})",
            form="Chuyên mục",
            target_code=code,
            quantity=quantity,
        )
        for i in range(count)
    ]


# What each unit sent: the Đài and the Báo until the merger (and all of
# 2024), the new unit from the merger on.
SENT = {
    (DAI, 2024): _weekly("III.2.a/TH", date(2024, 1, 4), 30),
    (BAO, 2024): _weekly("III.2.b/IN", date(2024, 1, 9), 10),
    (DAI, 2025): _weekly("III.2.a/TH", date(2025, 1, 2), 19),  # to 8/5
    (BAO, 2025): _weekly("III.2.b/IN", date(2025, 1, 7), 4, quantity=1),
    (NEW, 2025): _weekly("III.2.a/TH", date(2025, 5, 22), 25)
    + _weekly("III.2.b/IN", date(2025, 6, 3), 6),
}


def _unit_package(folder, name: str, year: int) -> object:
    db = folder / f"{len(list(folder.glob('*.cdsdb')))}.cdsdb"
    with Workspace.open(db) as ws:
        for y in (2024, 2025):
            ws.plans.copy(2023, y)
        existing = ws.units.by_name(name)
        unit = existing or Unit(
            name, short_name=name, kind="bao_chi", lead_kinds=("dai_ptth", "bao"), addressee=SO
        )
        unit = ws.units.set_self_unit(unit)
        ws.activities.insert_many(SENT[(name, year)], unit.id)
        out = folder / f"{db.stem}-{year}.cdsgoi"
        write_package(ws, year, out)
    return out


@pytest.fixture(scope="module")
def department(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sap-nhap")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        packages = [_unit_package(folder, name, year) for name, year in SENT]
        db = folder / "so.cdsdb"
        with Workspace.open(db) as ws:
            ws.plans.copy(2023, 2024)
            ws.plans.copy(2023, 2025)
            ws.units.set_self_unit(ws.units.by_name(SO))
            results = receive_packages(ws, packages, received_at=datetime(2025, 11, 20, 9, 0))
            assert all(r.ok for r in results), [r.message for r in results]
            new = ws.units.by_name(NEW)
            ws.units.merge([DAI, BAO], new, MERGED_ON)
            report = build_consolidated_report(
                ws, 2025, ReportOptions(number="7", report_date=date(2026, 1, 8))
            )
            out = folder / "tong-hop-2025.docx"
            write_report(report, docx=out)
        yield db, docx.Document(str(out))


def _row(rows, code):
    return next(r for r in rows if r.code == code)


def test_the_predecessors_figures_count_under_the_successor(department):
    db, _ = department
    with Workspace.open(db, create=False) as ws:
        rows = ws.figures.consolidated(2025, date(2025, 12, 31))
        expected = {e.unit.name: e for e in ws.submissions.expected_units(2025)}
    tv = _row(rows, "III.2.a/TH")
    assert tv.actual == 19 + 25 and tv.target == 52 and tv.units == 1
    assert [s.unit.name for s in tv.breakdown] == [NEW]
    share = tv.breakdown[0]
    assert share.actual == 44 and share.target == 52 and share.carries
    assert share.note == NOTE
    assert share.previous == 30  # the Đài's 2024, under its successor
    assert tv.previous == 30
    paper = _row(rows, "III.2.b/IN")
    assert paper.actual == 4 + 6 and [s.unit.name for s in paper.breakdown] == [NEW]
    assert paper.breakdown[0].previous == 10
    # The predecessors no longer report on their own; the new unit does.
    assert expected[DAI].expected is False and expected[BAO].expected is False
    assert expected[NEW].expected is True
    # 2024 is before the merger: the Đài and the Báo are units of their own.
    with Workspace.open(db, create=False) as ws:
        before = ws.figures.consolidated(2024, date(2024, 12, 31))
    assert {s.unit.name for s in _row(before, "III.2.a/TH").breakdown} == {DAI}
    assert _row(before, "III.2.a/TH").breakdown[0].note == ""


def test_the_consolidated_docx_shows_the_successor_with_the_note(department):
    _, document = department
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"{NEW} 44/52 chuyên mục ({NOTE}; năm 2024: 30)" in text
    assert f"{NEW} 10/12 kỳ ({NOTE}; năm 2024: 10)" in text
    assert (
        "Số liệu của các đơn vị đã đổi tên, sáp nhập được tổng hợp dưới đơn vị hiện nay: "
        f"{NEW} ({NOTE})." in text
    )
    # Province-wide, against the same period of 2024.
    assert "Thực hiện 44/52 chuyên mục, đạt 84,6% kế hoạch; tăng 46,7% so với năm 2024" in text
    missing = next(p.text for p in document.paragraphs if p.text.startswith("Các đơn vị chưa"))
    assert "UBND huyện Ba Tơ" in missing  # the other units have not reported
    assert DAI not in missing and BAO not in missing and NEW not in missing
    reported = next(p.text for p in document.paragraphs if p.text.startswith("Các đơn vị đã báo"))
    assert NEW in reported and DAI not in reported and BAO not in reported
    for p in document.paragraphs:
        if p.text.startswith("Kết quả theo đơn vị"):
            assert f"{DAI} " not in p.text.replace(NOTE, "")
    tables = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    shares = [r for r in tables if r[1:2] == ["III.2.a/TH"] and r[3:5] == ["52", "44"]]
    assert shares, "the new unit's table in Phụ lục III"
    assert f"Số liệu {NOTE}." in text


def test_a_predecessor_not_yet_received_is_said_so(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.plans.copy(2023, 2025)
        ws.units.set_self_unit(ws.units.by_name(SO))
        new = ws.units.save(Unit(NEW, kind="bao_chi", lead_kinds=("dai_ptth", "bao")))
        ws.activities.insert_many(SENT[(DAI, 2025)], ws.units.by_name(DAI).id)
        ws.units.merge([DAI, BAO], ws.units.get(new), MERGED_ON)
        rows = ws.figures.consolidated(2025, date(2025, 12, 31))
    share = _row(rows, "III.2.a/TH").breakdown[0]
    assert share.unit.name == NEW and share.actual == 19
    assert share.note == (
        f"gồm số liệu của {DAI} trước ngày 19/05/2025; chưa có số liệu của {BAO} trước ngày "
        "19/05/2025; chưa có số liệu của chính đơn vị từ ngày 19/05/2025"
    )
    assert share.previous is None  # nothing of 2024 is held


def test_the_successors_own_report_compares_with_its_predecessors_year(department):
    from desktop.reports.gather import gather_unit

    db, _ = department
    with Workspace.open(db, create=False) as ws:
        new = ws.units.by_name(NEW)
        data = gather_unit(ws, 2025, unit=new, on=date(2025, 12, 31))
        dai = gather_unit(ws, 2024, unit=ws.units.by_name(DAI), on=date(2024, 12, 31))
    assert data.previous == {"III.2.a/TH": 30, "III.2.b/IN": 10}
    assert dai.previous is None  # nothing of 2023 is held


def test_phu_luc_ii_lists_the_predecessors_packages_under_today_s_unit(department):
    _, document = department
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    listed = {r[1]: r for r in rows if len(r) == 6 and r[0].isdigit()}
    note = f"(nay là {NEW}, từ ngày 19/05/2025)"
    assert f"{DAI} {note}" in listed and f"{BAO} {note}" in listed
    assert listed[f"{DAI} {note}"][5] == "19"
    assert NEW in listed
    total = next(r for r in rows if len(r) == 6 and r[1].startswith("Tổng cộng:"))
    # The new unit reported; its predecessors' packages are not units of their own.
    must = sum(1 for r in listed if r not in (f"{DAI} {note}", f"{BAO} {note}"))
    assert total[1] == f"Tổng cộng: 1/{must} đơn vị đã báo cáo"
    assert total[5] == str(19 + 4 + 31)


def test_the_successors_own_records_before_the_date_are_flagged(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.plans.copy(2023, 2025)
        ws.units.set_self_unit(ws.units.by_name(SO))
        new = ws.units.save(Unit(NEW, kind="bao_chi", lead_kinds=("dai_ptth", "bao")))
        ws.activities.insert_many(SENT[(DAI, 2025)], ws.units.by_name(DAI).id)
        ws.activities.insert_many(SENT[(BAO, 2025)], ws.units.by_name(BAO).id)
        # The new unit's own copy of two of the Đài's activities before the merger.
        ws.activities.insert_many(SENT[(DAI, 2025)][:2] + SENT[(NEW, 2025)], new)
        ws.units.merge([DAI, BAO], ws.units.get(new), MERGED_ON)
        rows = ws.figures.consolidated(2025, date(2025, 12, 31))
    share = _row(rows, "III.2.a/TH").breakdown[0]
    assert share.actual == 19 + 2 + 25
    assert share.note == (
        f"{NOTE}; đơn vị cũng tự ghi 2 hoạt động trước ngày 19/05/2025, cần kiểm tra trùng lặp"
    )
