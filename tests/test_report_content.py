"""What a report says, read back from the DOCX and the PDF: the data period,
the consolidated report's honesty about who reported, the drafts standing in
for empty sections, the pre-flight check and the command line that fills
what the report needs."""

from __future__ import annotations

from datetime import date, datetime

import docx
import pytest
from pypdf import PdfReader
from test_report import all_paragraphs, make_workspace

from desktop.cli import main
from desktop.domain.progress import report_cutoff

YEAR = 2023


def _docx_texts(path) -> list[str]:
    return [p.text for p in all_paragraphs(docx.Document(str(path)))]


def _docx_tables(path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _report(db, out, *extra) -> int:
    return main(["report", "--db", str(db), "--year", str(YEAR), "--out", str(out), *extra])


@pytest.fixture
def dai_db(tmp_path):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    return db


# -- 1. the data period ---------------------------------------------------------------


def test_report_cutoff_follows_the_report_date():
    assert report_cutoff(YEAR, date(2023, 12, 5)) == date(2023, 12, 5)
    assert report_cutoff(YEAR, date(2024, 1, 5)) == date(2023, 12, 31)
    assert report_cutoff(YEAR, date(2022, 12, 30)) == date(2023, 1, 1)
    assert report_cutoff(YEAR, None, today=date(2024, 3, 1)) == date(2023, 12, 31)
    assert report_cutoff(YEAR, None, today=date(2023, 6, 1)) == date(2023, 6, 1)


def test_report_on_leaves_december_out(dai_db, tmp_path, capsys):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    code = _report(dai_db, out, "--pdf", str(pdf), "--on", "2023-11-30", "--date", "2023-12-05")
    assert code == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    assert "Số liệu tính đến ngày 30/11/2023." in texts
    assert "tính đến ngày 30/11/2023" in _pdf_text(pdf)
    # 36 TV programmes, three of them in December; 52 radio ones, four in December.
    assert any(t.startswith("Thực hiện 33/52 chuyên mục, đạt 63,5% kế hoạch") for t in texts)
    assert any(t.startswith("Thực hiện 48/52 chuyên mục, đạt 92,3% kế hoạch") for t in texts)
    tables = _docx_tables(out)
    targets = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    by_code = {row[1]: row for row in targets[1:]}
    assert by_code["III.2.a/TH"][5] == "33" and by_code["III.2.a/PT"][5] == "48"
    activities = next(t for t in tables if t[0][:2] == ["STT", "Ngày"])
    days = [date(*reversed([int(x) for x in row[1].split("/")])) for row in activities[1:]]
    assert days and max(days) <= date(2023, 11, 30)
    assert len([d for d in days if d.year == YEAR]) == 33 + 48 + 4


def test_report_date_sets_the_cutoff(dai_db, tmp_path, capsys):
    out = tmp_path / "bc.docx"
    assert _report(dai_db, out, "--date", "2023-12-05") == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    assert "Số liệu tính đến ngày 05/12/2023." in texts
    assert _report(dai_db, out, "--date", "2024-01-05") == 0
    assert "Số liệu tính đến ngày 31/12/2023." in _docx_texts(out)


# -- 2. the consolidated report is honest about who reported -------------------------


@pytest.fixture
def one_district(tmp_path, monkeypatch):
    """The department after receiving one district's package, made on 30/11
    (before the deadline of 01/12) and received on 05/12."""
    from package_fixtures import BINH_SON, SO, UNIT_DATA, make_unit_workspace

    from desktop.domain.activity import Activity
    from desktop.io.package import write_package
    from desktop.io.package_import import receive_packages
    from desktop.store import Workspace

    monkeypatch.setenv("BAOCAO_CDS_DATA_DIR", str(tmp_path / "data"))
    unit_db = tmp_path / "binh-son.cdsdb"
    other = Activity(date(2023, 8, 1), "Pano CĐS tại chợ", "Pano", None, quantity=2, cost=700_000)
    make_unit_workspace(unit_db, BINH_SON, [*UNIT_DATA[BINH_SON], other])
    package = tmp_path / "binh-son.cdsgoi"
    with Workspace.open(unit_db, create=False) as ws:
        write_package(ws, YEAR, package, created_at=datetime(2023, 11, 30, 16, 0))
    db = tmp_path / "so.cdsdb"
    with Workspace.open(db) as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        receive_packages(ws, [package], received_at=datetime(2023, 12, 5, 9, 0))
    return db


def test_consolidated_report_over_the_units_that_reported(one_district, tmp_path, capsys):
    out, pdf = tmp_path / "th.docx", tmp_path / "th.pdf"
    code = _report(one_district, out, "--consolidated", "--pdf", str(pdf), "--date", "2024-01-10")
    assert code == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    text = "\n".join(texts)
    assert "Số liệu tính đến ngày 31/12/2023." in texts
    # Kinds and their names come from the plan.
    assert "UBND cấp huyện 1/13 đơn vị" in text
    assert (
        "đã nhận báo cáo của 1/18 đơn vị phải báo cáo (hạn nộp ngày 01/12/2023), đều đúng hạn."
        in text
    )
    assert (
        "Tổng hợp từ 1/13 đơn vị thực hiện đã báo cáo: Thực hiện 12/12 chuyên mục, "
        "đạt 100% kế hoạch. Đánh giá: Đạt." in texts
    )
    # A unit that did not report is never counted as zero.
    assert "Chưa báo cáo: đơn vị thực hiện (Tỉnh đoàn Quảng Ngãi) chưa gửi báo cáo." in texts
    assert "156" not in text  # 12 per district, over the one that reported
    assert "UBND huyện Ba Tơ: chưa báo cáo" in text
    assert "Tổng kinh phí thực hiện toàn tỉnh: 4.700.000 đồng, trong đó:" in texts
    assert "- UBND huyện Bình Sơn: 4.700.000 đồng." in texts
    tables = _docx_tables(out)
    submissions = next(t for t in tables if t[0][:2] == ["STT", "Đơn vị"])
    assert submissions[0][2:4] == ["Ngày lập", "Ngày nhận"]
    row = next(r for r in submissions if r[1] == "UBND huyện Bình Sơn")
    assert row[2:5] == ["30/11/2023", "05/12/2023", "Đã nộp, đúng hạn"]
    tinh_doan = next(r for r in submissions if r[1] == "Tỉnh đoàn Quảng Ngãi")
    assert tinh_doan[4] == "Chưa nộp"
    province = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    contest = next(r for r in province if r[1] == "III.3.d")  # Tỉnh đoàn's contest
    assert contest[5:] == ["", "", "Chưa báo cáo"]
    assert "Tỉnh đoàn Quảng Ngãi: Chưa báo cáo" in text
    pdf_text = " ".join(_pdf_text(pdf).split())
    assert "1/13 đơn vị thực hiện đã báo cáo" in pdf_text and "Chưa báo cáo" in pdf_text
