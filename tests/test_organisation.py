"""Today's organisation: the consolidating unit comes from the plan, local
units of a kind (xã, phường, đặc khu), units merged with an effective date."""

from __future__ import annotations

import json
import re
from datetime import date

import plan_documents as docs
import pytest
from docx import Document

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.lineage import Succession, predecessors_of, successor_of
from desktop.domain.plan import Unit, is_consolidator, local_kind, new_unit_defaults
from desktop.domain.plan_proposal import proposal_to_plan
from desktop.domain.plan_reader import read_plan_text
from desktop.store import Workspace, WorkspaceError
from desktop.store.plan_versions import save_plan


def _plan_2026(ws):
    proposal = read_plan_text(docs.source_lines(docs.PLAN_2026_HEADER, docs.PLAN_2026), 2026)
    return proposal_to_plan(proposal, ws.plans.unit_kinds(), ws.plans.get(2023).forms)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("UBND xã Ba Tơ", "xa"),
        ("Ủy ban nhân dân phường Trương Quang Trọng", "phuong"),
        ("UBND đặc khu Lý Sơn", "dac_khu"),
        ("UBND huyện Bình Sơn", "ubnd_huyen"),
        ("Sở Khoa học và Công nghệ", None),
    ],
)
def test_local_kinds_from_the_name(name, kind):
    assert local_kind(name) == kind


def test_a_new_commune_leads_what_the_plan_gives_each_commune(ws):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    plan = ws.plans.get(2026)
    commune_kind = next(k.code for k in plan.unit_kinds if k.name == "UBND các xã, phường, đặc khu")
    for name, kind in (("UBND xã Ba Tơ", "xa"), ("UBND đặc khu Lý Sơn", "dac_khu")):
        unit = new_unit_defaults(name, plan)
        assert unit.kind == kind
        assert unit.lead_kinds == (commune_kind,)
        assert unit.addressee == "Sở Khoa học và Công nghệ"
        assert unit.leads(plan.target("III.2.1/SX")) and not unit.leads(plan.target("III.2.2"))
    dept = new_unit_defaults("Sở Khoa học và Công nghệ", plan)
    assert dept.consolidator and is_consolidator(dept, plan)
    assert dept.addressee == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert dept.leads(plan.target("III.2.2"))


def test_the_plans_consolidator_is_marked_and_can_be_chosen(ws):
    skhcn = new_unit_defaults("Sở Khoa học và Công nghệ")
    ws.units.save(skhcn)
    assert not ws.units.by_name("Sở Khoa học và Công nghệ").consolidator
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    assert ws.units.by_name("Sở Khoa học và Công nghệ").consolidator
    ws.plans.set_consolidator(2026, "Văn phòng UBND tỉnh")
    assert ws.plans.get(2026).consolidator == "Văn phòng UBND tỉnh"
    assert ws.units.by_name("Văn phòng UBND tỉnh").consolidator
    with pytest.raises(WorkspaceError, match="Chưa có kế hoạch năm 2030"):
        ws.plans.set_consolidator(2030, "X")


def test_department_publishes_commune_reports_department_consolidates(tmp_path, capsys):
    """The whole year under today's organisation, on the command line."""
    dept = tmp_path / "skhcn.cdsdb"
    assert (
        main(["init", "--db", str(dept), "--unit", "Sở Khoa học và Công nghệ", "--year", "2026"])
        == 0
    )
    src = docs.write_docx(tmp_path / "kh.docx", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    args = ["--db", str(dept), "--year", "2026"]
    assert main(["plan", "import", str(src), *args, "--replace"]) == 0
    with Workspace.open(dept, create=False) as ws:
        ws.units.save(new_unit_defaults("UBND xã Ba Tơ", ws.plans.get(2026)))
    plan_file = tmp_path / "ke-hoach-2026.cdskh"
    assert main(["plan", "export", *args, "--out", str(plan_file)]) == 0

    commune = tmp_path / "xa.cdsdb"
    assert main(["init", "--db", str(commune), "--unit", "UBND xã Ba Tơ", "--year", "2026"]) == 0
    assert main(["plan", "import", str(plan_file), "--db", str(commune), "--year", "2026"]) == 0
    with Workspace.open(commune, create=False) as ws:
        unit = ws.units.require_self_unit()
        assert unit.kind == "xa" and unit.addressee == "Sở Khoa học và Công nghệ"
        for month in (1, 2, 3):
            ws.activities.add(
                Activity(
                    date=date(2026, month, 10),
                    target_code="III.2.1/SX",
                    form="Chuyên mục",
                    title=f"Chuyên mục chuyển đổi số tháng {month}",
                ),
                unit.id,
            )
    capsys.readouterr()
    assert main(["consolidate", str(plan_file), "--db", str(commune)]) == 1
    assert "năm 2026: Sở Khoa học và Công nghệ" in capsys.readouterr().err

    package = tmp_path / "xa-2026.cdsgoi"
    assert main(["export", "--db", str(commune), "--year", "2026", "--out", str(package)]) == 0
    assert main(["consolidate", str(package), "--db", str(dept)]) == 0
    # the Sở Thông tin và Truyền thông merged into the Sở Khoa học và Công nghệ on 1/3/2025
    merge = ["unit", "merge", "Sở Thông tin và Truyền thông", "--into", "Sở Khoa học và Công nghệ"]
    assert main([*merge, "--on", "2025-03-01", "--db", str(dept)]) == 0
    report = tmp_path / "tong-hop.docx"
    assert main(["report", *args, "--consolidated", "--out", str(report)]) == 0
    text = "\n".join(p.text for p in Document(report).paragraphs)
    tables = "\n".join(c.text for t in Document(report).tables for r in t.rows for c in r.cells)
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in " ".join((text + tables).split())
    assert "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi" in text
    assert "Thông tin và Truyền thông" not in text + tables
    capsys.readouterr()
    assert main(["progress", "--db", str(commune), "--year", "2026", "--json"]) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["III.2.1/SX"]["actual"] == 3 and rows["III.2.1/SX"]["target"] == 24


def test_lineage_follows_renames_and_mergers():
    lineage = [
        Succession("Đài PT-TH tỉnh", "Báo và PT-TH Quảng Ngãi", date(2025, 5, 19)),
        Succession("Báo Quảng Ngãi", "Báo và PT-TH Quảng Ngãi", date(2025, 5, 19)),
        Succession("Sở TT&TT", "Sở KH&CN", date(2025, 3, 1)),
    ]
    assert successor_of("Đài PT-TH tỉnh", lineage) == "Báo và PT-TH Quảng Ngãi"
    assert successor_of("Đài PT-TH tỉnh", lineage, on=date(2025, 1, 1)) == "Đài PT-TH tỉnh"
    assert predecessors_of("Báo và PT-TH Quảng Ngãi", lineage) == [
        "Đài PT-TH tỉnh",
        "Báo Quảng Ngãi",
    ]
    assert successor_of("Sở KH&CN", lineage) == "Sở KH&CN"


def test_a_merged_units_earlier_figures_appear_under_its_successor(ws, tmp_path, capsys):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    station = ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh")
    paper = ws.units.by_name("Báo Quảng Ngãi")
    for unit, n in ((station, 3), (paper, 2)):
        for i in range(n):
            ws.activities.add(
                Activity(date=date(2023, 4, i + 1), form="Tin bài", title=f"Tin {i}", cost=1000),
                unit.id,
            )
    merged = ws.units.merge(
        [station.name, paper.name],
        new_unit_defaults("Báo và Phát thanh, Truyền hình Quảng Ngãi"),
        date(2025, 5, 19),
    )
    assert set(merged.lead_kinds) >= {"dai_ptth", "bao"}
    ws.activities.add(
        Activity(date=date(2026, 2, 1), form="Tin bài", title="Tin 2026", quantity=4), merged.id
    )
    history = ws.figures.history(merged.id)
    assert [(r["year"], r["activities"], r["quantity"], r["cost"]) for r in history] == [
        (2023, 5, 5, 5000),
        (2026, 1, 4, 0),
    ]
    assert sorted(history[0]["units"]) == sorted([station.name, paper.name])
    must = {e.unit.name: e.expected for e in ws.submissions.expected_units(2026)}
    assert must[station.name] is False and must[merged.name] is True
    assert must["UBND huyện Ba Tơ"] is False  # no district has a part in a 2026 plan
    assert {e.unit.name: e.expected for e in ws.submissions.expected_units(2023)}[station.name]
    assert [s.successor for s in ws.units.lineage()] == [merged.name, merged.name]
    with pytest.raises(WorkspaceError, match="Không có đơn vị"):
        ws.units.merge(["Đơn vị không có"], merged, date(2025, 1, 1))
    ws.close()
    capsys.readouterr()
    db = str(ws.path)
    assert main(["unit", "history", "--db", db, "--unit", merged.name, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["years"][0]["activities"] == 5
    assert (
        main(
            [
                "unit",
                "merge",
                "Sở Thông tin và Truyền thông",
                "--into",
                "Sở Khoa học và Công nghệ",
                "--on",
                "2025-03-01",
                "--db",
                db,
            ]
        )
        == 0
    )
    with Workspace.open(db, create=False) as again:
        skhcn = again.units.by_name("Sở Khoa học và Công nghệ")
        assert "stttt" in skhcn.lead_kinds
        assert again.units.lineage()[0].predecessor == "Sở Thông tin và Truyền thông"


def test_a_unit_has_part_as_lead_partner_or_consolidator():
    from desktop.domain.plan import Plan, Target, Unit, has_part

    target = Target(
        code="1",
        task="",
        title="Tin bài",
        measure="tin",
        target=10,
        due_start=date(2026, 1, 1),
        due_end=date(2026, 12, 31),
        due_label="",
        lead_kinds=("xa",),
        per_unit=True,
        coordinators="Công an tỉnh, Tỉnh đoàn Quảng Ngãi",
    )
    plan = Plan(year=2026, title="KH", consolidator="Sở Khoa học và Công nghệ", targets=[target])
    assert has_part(Unit("UBND xã Ba Tơ", lead_kinds=("xa",)), plan)
    assert has_part(Unit("Tỉnh đoàn Quảng Ngãi", lead_kinds=("doan",)), plan)
    assert has_part(Unit("Sở Khoa học và Công nghệ", lead_kinds=()), plan)
    assert not has_part(Unit("UBND huyện Ba Tơ", lead_kinds=("ubnd_huyen",)), plan)
    assert has_part(Unit("UBND huyện Ba Tơ", lead_kinds=("ubnd_huyen",)), None)


def test_a_tick_for_a_year_wins_over_who_takes_part(ws):
    plan, kinds = _plan_2026(ws)
    save_plan(ws, plan, kinds=kinds)
    district = ws.units.by_name("UBND huyện Ba Tơ")
    finance = ws.units.by_name("Sở Tài chính")

    def must(year):
        return {e.unit.id: e.expected for e in ws.submissions.expected_units(year)}

    assert must(2026)[district.id] is False and must(2026)[finance.id] is True
    ws.units.set_expected(district.id, True, 2026)
    ws.units.set_expected(finance.id, False, 2026)
    assert must(2026)[district.id] is True and must(2026)[finance.id] is False
    assert must(2023)[district.id] is True and must(2023)[finance.id] is True  # 2023 untouched
    ws.units.set_expected(district.id, False, 2023)
    assert must(2023)[district.id] is False and must(2026)[district.id] is True
    assert ws.units.expected_in(2026) == {district.id: True, finance.id: False}


def test_a_new_units_header_comes_from_the_plans_province_not_the_code():
    """Another province's plan gives its own governing body and place name; a
    commune dates its papers at its own name (Nghị định 30) and has no
    governing-body line; without a plan nothing is made up."""
    from desktop.domain.plan import Plan

    binh_dinh = Plan(2026, "Kế hoạch truyền thông", issuer="UBND tỉnh Bình Định")
    dept = new_unit_defaults("Sở Y tế", binh_dinh)
    assert (dept.governing_body, dept.place) == ("UBND TỈNH BÌNH ĐỊNH", "Bình Định")
    city = Plan(2026, "Kế hoạch", issuer="Ủy ban nhân dân thành phố Đà Nẵng")
    assert new_unit_defaults("Sở Nội vụ", city).governing_body == "UBND THÀNH PHỐ ĐÀ NẴNG"
    commune = new_unit_defaults("UBND xã Tịnh Sơn", binh_dinh)
    assert (commune.governing_body, commune.place) == ("", "Tịnh Sơn")
    ward = new_unit_defaults("Ủy ban nhân dân phường Trương Quang Trọng", binh_dinh)
    assert ward.place == "Trương Quang Trọng"
    alone = new_unit_defaults("Sở Y tế")
    assert (alone.governing_body, alone.place) == ("", "")
    ministry = Plan(2026, "Kế hoạch", issuer="Bộ Khoa học và Công nghệ")
    assert new_unit_defaults("Cục Chuyển đổi số", ministry).place == ""


def _init(db, unit: str) -> None:
    """A workspace of `unit` on the 2023 plan, made by `init`."""
    assert main(["init", "--db", str(db), "--unit", unit, "--year", "2023"]) == 0


def test_the_successor_of_the_plans_consolidator_receives_and_reports(tmp_path, capsys):
    """The 2023 plan names the Sở Thông tin và Truyền thông; at the end of
    2026 its reports are consolidated by the Sở Khoa học và Công nghệ that
    absorbed it. Recording the merger passes the role on; the refusal before
    it says both ways to give it."""
    dept = tmp_path / "so-khcn.cdsdb"
    _init(dept, "Sở Khoa học và Công nghệ")
    dai = tmp_path / "dai.cdsdb"
    _init(dai, "Đài Phát thanh và Truyền hình tỉnh")
    package = tmp_path / "dai.cdsgoi"
    assert main(["export", "--db", str(dai), "--year", "2023", "--out", str(package)]) == 0
    capsys.readouterr()

    assert main(["consolidate", str(package), "--db", str(dept)]) == 1
    err = capsys.readouterr().err
    assert "không phải đơn vị tổng hợp" in err and "năm 2023: Sở Thông tin và Truyền thông" in err
    assert "unit merge ... --into “Sở Khoa học và Công nghệ”" in err
    assert "plan set --year NĂM --consolidator “Sở Khoa học và Công nghệ”" in err

    merge = ["unit", "merge", "Sở Thông tin và Truyền thông", "--into", "Sở Khoa học và Công nghệ"]
    assert main([*merge, "--on", "2025-03-01", "--db", str(dept)]) == 0
    with Workspace.open(dept, create=False) as ws:
        assert ws.units.self_unit().consolidator  # the window shows its Tổng hợp page too
    capsys.readouterr()
    assert main(["consolidate", str(package), "--db", str(dept)]) == 0
    assert "bị từ chối: 0" in capsys.readouterr().out
    report = tmp_path / "tong-hop.docx"
    argv = ["report", "--db", str(dept), "--year", "2023", "--consolidated", "--out", str(report)]
    assert main(argv) == 0


def test_plan_set_names_the_consolidating_unit(tmp_path, capsys):
    dept = tmp_path / "so-khcn.cdsdb"
    _init(dept, "Sở Khoa học và Công nghệ")
    capsys.readouterr()
    argv = ["plan", "set", "--db", str(dept), "--year", "2023"]
    assert main([*argv, "--consolidator", "  "]) == 1
    assert "không được để trống" in capsys.readouterr().err
    assert main([*argv, "--consolidator", "Sở Khoa học và Công nghệ"]) == 0
    assert "Đơn vị tổng hợp: Sở Khoa học và Công nghệ" in capsys.readouterr().out
    with Workspace.open(dept, create=False) as ws:
        assert ws.plans.get(2023).consolidator == "Sở Khoa học và Công nghệ"
        assert ws.units.self_unit().consolidator


def test_a_successor_of_the_named_consolidator_consolidates(ws):
    plan = ws.plans.get(2023)
    assert plan.consolidator == "Sở Thông tin và Truyền thông"
    dept = Unit("Sở Khoa học và Công nghệ")
    lineage = [Succession("Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ",
                          date(2025, 3, 1))]  # fmt: skip
    assert not is_consolidator(dept, plan)
    assert is_consolidator(dept, plan, lineage)
    # Through two steps (a renaming after the merger) too; never backwards.
    renamed = [*lineage, Succession("Sở Khoa học và Công nghệ", "Sở KH&CN mới", date(2026, 1, 1))]
    assert is_consolidator(Unit("Sở KH&CN mới"), plan, renamed)
    assert not is_consolidator(Unit("Sở Thông tin và Truyền thông mới"), plan, renamed)


def test_a_unit_not_bound_to_report_that_sent_its_package_is_counted_alike(tmp_path, capsys):
    """A commune the 2023 plan does not list sends its package: the body's
    sentence, its list of units and Phụ lục II's total count it the same
    way, and the late ones are counted among those received."""
    dept = tmp_path / "so.cdsdb"
    _init(dept, "Sở Thông tin và Truyền thông")
    commune = tmp_path / "xa.cdsdb"
    _init(commune, "UBND xã Bình Châu")
    with Workspace.open(commune, create=False) as ws:
        unit = ws.units.self_unit()
        ws.activities.add(
            Activity(date=date(2023, 5, 2), form="Hội nghị", title="Hội nghị chuyển đổi số"),
            unit.id,
        )
    package = tmp_path / "xa.cdsgoi"
    assert main(["export", "--db", str(commune), "--year", "2023", "--out", str(package)]) == 0
    assert main(["consolidate", str(package), "--db", str(dept)]) == 0
    report = tmp_path / "tong-hop.docx"
    argv = ["report", "--db", str(dept), "--year", "2023", "--consolidated", "--out", str(report)]
    assert main([*argv, "--on", "2023-06-30"]) == 0
    document = Document(report)
    texts = [p.text for p in document.paragraphs]
    (sentence,) = [t for t in texts if "đã nhận báo cáo của" in t]
    total = next(
        c.text for t in document.tables for r in t.rows for c in r.cells if "Tổng cộng:" in c.text
    )
    received, counted = total.split("Tổng cộng: ")[1].split(" ")[0].split("/")
    assert sentence.startswith(
        f"Sở Thông tin và Truyền thông đã nhận báo cáo của {received}/{counted} đơn vị phải báo cáo"
    )
    assert received == "1"
    # Received in 2026, after the deadline of 01/12/2023: late, whatever day
    # the figures are counted to (no "Đến ngày 30/06/2023" before it).
    assert sentence.endswith("trong đó 1 đơn vị nộp trễ hạn.")
    assert "Các đơn vị đã báo cáo: UBND xã Bình Châu." in texts


def test_units_merged_after_the_year_report_through_their_successor(tmp_path, capsys):
    """The 2023 report made at the end of 2026: the Đài and the Báo became
    the Báo và Phát thanh, Truyền hình Quảng Ngãi in 2025, which sends the
    2023 figures; the Sở TT&TT is the department itself now. None of them
    is listed as not reported, and Phụ lục II says where their figures are."""
    new = "Báo và Phát thanh, Truyền hình Quảng Ngãi"
    olds = ["Đài Phát thanh và Truyền hình tỉnh", "Báo Quảng Ngãi"]
    press = tmp_path / "bao-ptth.cdsdb"
    _init(press, olds[0])
    assert main(["unit", "merge", *olds, "--into", new, "--on", "2025-08-01",
                 "--db", str(press)]) == 0  # fmt: skip
    with Workspace.open(press, create=False) as ws:
        successor = ws.units.by_name(new)
        ws.units.set_self_unit(successor)
        for week in range(3):
            ws.activities.add(
                Activity(date=date(2023, 3, 6 + 7 * week), target_code="III.2.a/TH",
                         form="Chuyên mục", title=f"Chuyên mục CĐS tuần {week + 1}"),
                successor.id,
            )  # fmt: skip
    package = tmp_path / "bao-ptth.cdsgoi"
    assert main(["export", "--db", str(press), "--year", "2023", "--out", str(package)]) == 0

    dept = tmp_path / "so-khcn.cdsdb"
    _init(dept, "Sở Khoa học và Công nghệ")
    for args in (
        [
            "Sở Thông tin và Truyền thông",
            "--into",
            "Sở Khoa học và Công nghệ",
            "--on",
            "2025-03-01",
        ],
        [*olds, "--into", new, "--on", "2025-08-01"],
    ):
        assert main(["unit", "merge", *args, "--db", str(dept)]) == 0
    assert main(["consolidate", str(package), "--db", str(dept)]) == 0
    report = tmp_path / "tong-hop.docx"
    argv = ["report", "--db", str(dept), "--year", "2023", "--consolidated", "--out", str(report)]
    assert main(argv) == 0
    document = Document(report)
    texts = [p.text for p in document.paragraphs]
    missing = next(t for t in texts if t.startswith("Các đơn vị chưa báo cáo:"))
    for name in [*olds, "Sở Thông tin và Truyền thông"]:
        assert name not in missing
    assert not any(f"{olds[0]}: chưa báo cáo" in t for t in texts)
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows]
    (dai,) = [r for r in rows if r[1].startswith(olds[0])]
    assert dai[1] == f"{olds[0]} (nay là {new})"
    assert dai[4] == f"Số liệu trong báo cáo của {new}"
    total = next(r[1] for r in rows if r[1].startswith("Tổng cộng:"))
    (sentence,) = [t for t in texts if "đã nhận báo cáo của" in t]
    count = total.split(": ")[1].split(" ")[0]
    assert count in sentence  # the same count in both
    # The count by kind of unit adds up to the same.
    (by_kind,) = [t for t in texts if t.startswith("Đã báo cáo: ")]
    pairs = re.findall(r"(\d+)/(\d+) đơn vị", by_kind)
    sent, must = (sum(int(p[i]) for p in pairs) for i in (0, 1))
    assert f"{sent}/{must}" == count
