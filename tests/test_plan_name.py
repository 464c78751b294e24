"""The report names the plan it reports on from the plan itself: its subject
line, the first section's draft and the closing sentence follow the plan's
own title, whatever a later year's plan is called."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import docx

from desktop.domain.activity import Activity
from desktop.domain.plan import Plan, copy_plan_to_year, issuer_scope
from desktop.reports.consolidated import build_consolidated_report
from desktop.reports.context import ReportOptions, build_unit_report
from desktop.reports.header import plan_name
from desktop.reports.model import Para
from desktop.reports.pipeline import write_report
from desktop.store import Workspace

NEW_TITLE = (
    "Kế hoạch Thông tin, tuyên truyền về chuyển đổi số, phát triển khoa học, công nghệ "
    "và đổi mới sáng tạo tỉnh Quảng Ngãi năm 2026"
)
NEW_NAME = (
    "Kế hoạch Thông tin, tuyên truyền về chuyển đổi số, phát triển khoa học, công nghệ "
    "và đổi mới sáng tạo năm 2026"
)


def test_the_plan_is_named_by_its_title_without_the_issuers_place():
    plan = Plan(2023, "Kế hoạch truyền thông về Chuyển đổi số tỉnh Quảng Ngãi năm 2023")
    plan = replace(plan, issuer="UBND tỉnh Quảng Ngãi")
    assert plan_name(plan, 2023) == "Kế hoạch truyền thông về Chuyển đổi số năm 2023"
    assert plan_name(replace(plan, title=NEW_TITLE, year=2026), 2026) == NEW_NAME
    city = Plan(2026, "Kế hoạch tuyên truyền chuyển đổi số thành phố Đà Nẵng năm 2026")
    city = replace(city, issuer="UBND thành phố Đà Nẵng")
    assert plan_name(city, 2026) == "Kế hoạch tuyên truyền chuyển đổi số năm 2026"
    on_the_area = "Kế hoạch truyền thông về Chuyển đổi số năm 2026 trên địa bàn tỉnh Quảng Ngãi"
    assert plan_name(replace(plan, title=on_the_area), 2026) == (
        "Kế hoạch truyền thông về Chuyển đổi số năm 2026"
    )
    of_the_area = "Kế hoạch chuyển đổi số của tỉnh Quảng Ngãi năm 2026"
    assert plan_name(replace(plan, title=of_the_area), 2026) == ("Kế hoạch chuyển đổi số năm 2026")
    # Another issuer's place stays: it is part of what the plan is about.
    other = replace(city, issuer="UBND tỉnh Quảng Nam")
    assert plan_name(other, 2026) == city.title


def test_a_title_without_its_year_or_its_kind_is_completed():
    assert plan_name(Plan(2026, "Kế hoạch truyền thông số"), 2026) == (
        "Kế hoạch truyền thông số năm 2026"
    )
    assert plan_name(Plan(2026, "Truyền thông về Chuyển đổi số năm 2026"), 2026) == (
        "Kế hoạch truyền thông về Chuyển đổi số năm 2026"
    )
    by_subject = Plan(2026, "", subject="tuyên truyền về chuyển đổi số năm 2026")
    assert plan_name(by_subject, 2026) == "Kế hoạch tuyên truyền về chuyển đổi số năm 2026"
    assert plan_name(Plan(2026, ""), 2026) == "Kế hoạch truyền thông về Chuyển đổi số năm 2026"
    # A period in the title is not the report's year.
    period = Plan(2026, "Kế hoạch truyền thông giai đoạn 2021-2025")
    assert plan_name(period, 2026) == "Kế hoạch truyền thông giai đoạn 2021-2025 năm 2026"


def _texts(path) -> str:
    d = docx.Document(str(path))
    cells = [p.text for t in d.tables for c in t._cells for p in c.paragraphs]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_a_later_plans_title_is_the_one_the_reports_name(tmp_path):
    ws = Workspace.open(tmp_path / "dai.cdsdb")
    source = ws.plans.get(2023)
    ws.plans.add(replace(copy_plan_to_year(source, 2026), title=NEW_TITLE))
    unit = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
    ws.set_meta("current_year", "2026")
    ws.activities.insert_many(
        [
            Activity(
                date=date(2026, 3, 2 + i),
                title=f"Chuyên mục Chuyển đổi số số {i + 1}",
                form="Chuyên mục",
                target_code="III.2.a/TH",
            )
            for i in range(3)
        ],
        unit.id,
    )
    options = ReportOptions(report_date=date(2026, 12, 10))
    report = build_unit_report(ws, 2026, options=options)
    # the last two words kept on one line (a no-break space)
    assert report.fields["subject"].replace("\xa0", " ") == f"Kết quả thực hiện {NEW_NAME}"
    assert report.fields["subject"].endswith("năm\xa02026")
    out = tmp_path / "bao-cao.docx"
    write_report(report, docx=out)
    text = _texts(out)
    assert f"Kết quả thực hiện {NEW_NAME}"[:-5] + "\xa02026" in text
    assert f"đã triển khai 2 nhiệm vụ được giao trong {NEW_NAME}" in text
    assert f"Trên đây là báo cáo kết quả thực hiện {NEW_NAME} của" in text
    assert "Kế hoạch truyền thông về Chuyển đổi số năm 2026" not in text

    ws.close()

    so = Workspace.open(tmp_path / "so-tonghop.cdsdb")
    so.plans.add(replace(copy_plan_to_year(so.plans.get(2023), 2026), title=NEW_TITLE))
    so.units.set_self_unit(so.units.by_name(source.consolidator))
    consolidated = build_consolidated_report(so, 2026, options=options)
    assert (
        consolidated.fields["subject"] == f"Tổng hợp kết quả thực hiện {NEW_NAME}"[:-5] + "\xa02026"
    )
    lines = _lines(consolidated)
    assert "2. Kết quả thực hiện các nhiệm vụ trên toàn tỉnh" in lines
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TRÊN TOÀN TỈNH" in lines
    assert any(x.startswith("Số liệu toàn tỉnh dưới đây chỉ tổng hợp") for x in lines)

    # The same consolidation under a city's plan, then under a ministry's.
    _issued_by(so, "UBND thành phố Đà Nẵng")
    lines = _lines(build_consolidated_report(so, 2026, options=options))
    assert "2. Kết quả thực hiện các nhiệm vụ trên toàn thành phố" in lines
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TRÊN TOÀN THÀNH PHỐ" in lines
    _issued_by(so, "Bộ Khoa học và Công nghệ")
    lines = _lines(build_consolidated_report(so, 2026, options=options))
    assert "2. Kết quả thực hiện các nhiệm vụ" in lines
    assert "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU" in lines
    assert any(x.startswith("Số liệu dưới đây chỉ tổng hợp") for x in lines)
    assert not any("toàn tỉnh" in x.lower() for x in lines)
    so.close()


def _issued_by(ws, issuer: str) -> None:
    p = ws.plans.get(2026)
    ws.plans.update_info(
        2026,
        title=p.title,
        issuer=issuer,
        number=p.number,
        signed_date=p.signed_date,
        subject=p.subject,
        report_deadline=p.report_deadline,
    )


def _lines(report) -> list[str]:
    body = [b.text for b in report.body if isinstance(b, Para)]
    return body + [a.title for a in report.appendices]


def test_the_area_a_plan_covers_is_read_from_its_issuer():
    assert issuer_scope(Plan(2026, "", issuer="UBND tỉnh Quảng Ngãi")) == "tỉnh"
    assert issuer_scope(Plan(2026, "", issuer="Ủy ban nhân dân Thành phố Huế")) == "thành phố"
    assert issuer_scope(Plan(2026, "", issuer="Bộ Khoa học và Công nghệ")) == ""
    assert issuer_scope(Plan(2026, "", issuer="UBND tỉnh")) == ""
    assert issuer_scope(None) == ""
