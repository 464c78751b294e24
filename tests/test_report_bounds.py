"""The report within bounds: a template built to be slow to check is
refused with the reason; a governing body or unit name far too long for the
header's column is set smaller or cut the same way in both renderings (and
the pre-flight check says so); costs come from the domain's one sum."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date

import docx
import pytest
from test_report import _edited_template, all_paragraphs, make_workspace

from desktop.domain.activity import Activity
from desktop.domain.field_limits import unit_problem
from desktop.domain.progress import total_cost
from desktop.domain.text import clean_line, format_money
from desktop.reports.context import unit_report
from desktop.reports.fonts import HEADER_MAX_LINES, HEADER_MIN_SIZE
from desktop.reports.gather import gather_unit
from desktop.reports.pipeline import write_report
from desktop.reports.preflight import PLACE_UNIT, check_unit_report
from desktop.reports.template import MAX_PLACEHOLDERS, TemplateError, load_template

YEAR = 2023


def _pdf_first_page(path) -> str:
    return subprocess.run(
        ["pdftotext", "-l", "1", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def test_a_paragraph_of_a_hundred_thousand_braces_is_refused(tmp_path):
    """Checked in linear time (a lazy pattern took minutes here) and refused
    before each "{{" is examined, naming the file."""
    path = _edited_template(tmp_path, "Trên đây là", ["{{" * 100_000])
    with pytest.raises(TemplateError) as e:
        load_template(path)
    message = str(e.value)
    assert str(path) in message and "quá nhiều dấu mở chỗ điền" in message
    assert f"hơn {MAX_PLACEHOLDERS}" in message


def test_many_broken_placeholders_list_a_bounded_number_of_problems(tmp_path):
    runs = ["{{ khong_co }} " * (MAX_PLACEHOLDERS - 50)]
    path = _edited_template(tmp_path, "Trên đây là", runs)
    with pytest.raises(TemplateError) as e:
        load_template(path)
    message = str(e.value)
    assert message.count("không có trường “khong_co”") == 20
    assert f"và {MAX_PLACEHOLDERS - 70} vấn đề khác." in message


def _long_names(ws, times: int):
    """The unit's name and governing body repeated `times` times. Past the
    store's bound of a header line (field_limits) they are written as a
    workspace made before that bound holds them: its report must still be set."""
    unit = ws.units.self_unit()
    long = replace(
        unit,
        governing_body="Ủy ban nhân dân tỉnh Quảng Ngãi " * times,
        name="Đài Phát thanh và Truyền hình " * times,
    )
    if unit_problem(long) is None:
        ws.units.save(long)
        return
    with ws.transaction():
        ws.conn.execute(
            "UPDATE units SET governing_body = ?, name = ? WHERE id = ?",
            (clean_line(long.governing_body), clean_line(long.name), unit.id),
        )


def _header_paragraph(path, start: str):
    doc = docx.Document(str(path))
    return next(p for p in all_paragraphs(doc) if p.text.startswith(start))


def test_a_governing_body_far_too_long_is_cut_alike_in_both(tmp_path):
    """A name pasted a hundred times: both renderings are written (the PDF
    used to fail on a header taller than the page, the DOCX on its core
    properties), the header takes three lines at the smallest size, ends
    with "…" in both, and the pre-flight check names both fields."""
    ws = make_workspace(tmp_path / "dai.cdsdb")
    _long_names(ws, 100)
    data = gather_unit(ws, YEAR)
    report = unit_report(data)  # the appendix streams the activities
    ws.close()
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    write_report(report, docx=out, pdf=pdf)
    governing = _header_paragraph(out, "ỦY BAN NHÂN DÂN")
    lines = governing.text.split("\n")
    assert len(lines) == HEADER_MAX_LINES and lines[-1].endswith("…")
    sizes = {r.font.size.pt for r in governing.runs if r.text}
    assert sizes == {HEADER_MIN_SIZE}
    unit = _header_paragraph(out, "ĐÀI PHÁT THANH")
    assert len(unit.text.split("\n")) == HEADER_MAX_LINES and unit.text.endswith("…")
    page = _pdf_first_page(pdf)
    for line in lines + unit.text.split("\n"):
        assert line.replace("\xa0", " ") in page.replace("\xa0", " "), line
    props = docx.Document(str(out)).core_properties
    assert len(props.author) == 255 and props.author.endswith("…")
    findings = {f.key: f.message for f in check_unit_report(data, report) if f.place == PLACE_UNIT}
    assert (
        "cắt bớt" in findings["governing_body"]
        and "Tên cơ quan chủ quản" in (findings["governing_body"])
    )
    assert "cắt bớt" in findings["name"]


def test_a_long_unit_name_is_set_smaller_not_cut(tmp_path):
    ws = make_workspace(tmp_path / "dai.cdsdb")
    _long_names(ws, 3)
    data = gather_unit(ws, YEAR)
    report = unit_report(data)  # the appendix streams the activities
    ws.close()
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    write_report(report, docx=out, pdf=pdf)
    unit = _header_paragraph(out, "ĐÀI PHÁT THANH")
    assert "…" not in unit.text and len(unit.text.split("\n")) <= HEADER_MAX_LINES
    assert " ".join(unit.text.split()) == " ".join(("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH " * 3).split())
    size = {r.font.size.pt for r in unit.runs if r.text}
    assert len(size) == 1 and HEADER_MIN_SIZE <= size.pop() < 13
    page = " ".join(_pdf_first_page(pdf).split())
    assert " ".join(unit.text.split()) in page
    findings = {f.key: f.message for f in check_unit_report(data, report) if f.place == PLACE_UNIT}
    assert "thu nhỏ chữ" in findings["name"]


def test_ordinary_header_lines_are_not_flagged(tmp_path):
    ws = make_workspace(tmp_path / "dai.cdsdb")
    data = gather_unit(ws, YEAR)
    keys = {f.key for f in check_unit_report(data, unit_report(data)) if f.place == PLACE_UNIT}
    ws.close()
    assert not keys & {"governing_body", "name"}


def test_the_report_states_the_domain_total_cost(tmp_path):
    """The report's total is `domain.progress.total_cost` over the unit's
    tallies, other activities included, exact for sums far past 64 bits."""
    ws = make_workspace(tmp_path / "dai.cdsdb")
    unit = ws.units.self_unit()
    ws.activities.add(
        Activity(date(2023, 6, 1), "Tin khác", "Tin bài", quantity=1, cost=250_000), unit.id
    )
    data = gather_unit(ws, YEAR)
    expected = total_cost(ws.figures.tallies(unit.id, YEAR, data.on).values())
    assert data.total_cost == expected == 1_750_000
    texts = [b.text for b in unit_report(data).body if hasattr(b, "text")]
    assert f"Tổng kinh phí thực hiện: {format_money(expected)}, trong đó:" in texts
    with ws.conn:
        ws.conn.execute("UPDATE activities SET cost = 9000000000000000000 WHERE title = 'Tin khác'")
    data = gather_unit(ws, YEAR)
    texts = [b.text for b in unit_report(data).body if hasattr(b, "text")]
    ws.close()
    assert data.total_cost == 9 * 10**18 + 1_500_000
    assert any(t.startswith("Tổng kinh phí thực hiện: 9.000.000.000.001.500.000") for t in texts)
