"""The consolidated report, written and read back: every figure against the units' data."""

from __future__ import annotations

import os
import subprocess
from datetime import date, datetime

import docx
import pytest
from package_fixtures import (
    BAO,
    BINH_SON,
    DAI,
    DAI_LATER,
    LY_SON,
    SO,
    SO_DATA,
    UNIT_DATA,
    build_exchange,
)
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.text import format_decimal, format_int
from desktop.io.package_import import receive_packages
from desktop.reports.consolidated import build_consolidated_report, text_key
from desktop.reports.context import ReportOptions
from desktop.reports.pipeline import write_report
from desktop.store import Workspace

YEAR = 2023
# The department and the units whose packages it received.
REPORTED = {SO, DAI, BAO, BINH_SON, LY_SON}


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The department's workspace after receiving every package, and its report."""
    folder = tmp_path_factory.mktemp("baocao-tonghop")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        # Made before the deadline (01/12), received on 28/11.
        ex = build_exchange(folder, created_at=datetime(2023, 11, 25, 8, 0))
        db = folder / "so.cdsdb"
        with Workspace.open(db) as ws:
            so = ws.units.set_self_unit(ws.units.by_name(SO))
            ws.activities.insert_many(SO_DATA, so.id)
            ws.texts.set_report_texts(
                so.id, YEAR, {text_key("de_xuat"): "Đề nghị UBND tỉnh bố trí kinh phí."}
            )
            files = [*ex.packages.values(), ex.dai_newer, ex.tampered, ex.truncated]
            receive_packages(ws, files, received_at=datetime(2023, 11, 28, 9, 0))
            out = folder / "tong-hop.docx"
            options = ReportOptions(number="15", report_date=date(2024, 1, 10))
            report = build_consolidated_report(ws, YEAR, options)
            write_report(report, docx=out, pdf=folder / "tong-hop.pdf")
        yield ex, db, docx.Document(str(out))


def _texts(document) -> list[str]:
    """Paragraphs of the body, then those of the header and signature tables."""
    cells = [p.text for t in document.tables[:2] for c in t._cells for p in c.paragraphs]
    return [p.text for p in document.paragraphs] + cells


def _tables(document) -> list[list[list[str]]]:
    return [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]


# The report is dated after the year: its figures count up to 31/12.
CUTOFF = date(2023, 12, 31)


def _province_totals() -> dict[str, int]:
    totals: dict[str, int] = {}
    for a in [a for acts in UNIT_DATA.values() for a in acts] + SO_DATA + DAI_LATER:
        if a.target_code and a.date <= CUTOFF:
            totals[a.target_code] = totals.get(a.target_code, 0) + a.quantity
    return totals


def _table_with_header(document, first: str, second: str):
    for rows in _tables(document):
        if rows and rows[0][:2] == [first, second]:
            yield rows


def test_heading_and_submissions(written):
    _, _, document = written
    text = "\n".join(_texts(document))
    assert "Tổng hợp kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm\xa02023" in text
    assert "Số: 15/BC-STTTT" in text
    assert "Quảng Ngãi, ngày 10 tháng 01 năm 2024" in text
    assert "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi." in text
    assert (
        "Sở Thông tin và Truyền thông đã nhận báo cáo của 4/18 đơn vị "
        "phải báo cáo (hạn nộp ngày 01/12/2023), đều đúng hạn." in text
    )
    assert f"Các đơn vị đã báo cáo: {DAI}, {BAO}, {BINH_SON}, {LY_SON}." in text
    missing = next(p for p in _texts(document) if p.startswith("Các đơn vị chưa báo cáo:"))
    assert "Tỉnh đoàn Quảng Ngãi" in missing and "UBND huyện Ba Tơ" in missing
    assert DAI not in missing and missing.count(",") == 13  # 14 units
    assert "Đề nghị UBND tỉnh bố trí kinh phí." in text
    (submissions,) = _table_with_header(document, "STT", "Đơn vị")
    by_unit = {row[1]: row for row in submissions[1:]}
    assert by_unit[DAI][2:] == ["25/11/2023", "28/11/2023", "Đã nộp, đúng hạn", format_int(93 + 12)]
    assert by_unit[BINH_SON][2:] == ["25/11/2023", "28/11/2023", "Đã nộp, đúng hạn", "26"]
    assert by_unit["Sở Tài chính"][2:] == ["", "", "Chưa nộp", ""]
    assert len(submissions) == 1 + 18 + 1
    # Tổng cộng: the units that sent of those listed, and their activities.
    sent = [int(r[5].replace(".", "")) for r in submissions[1:-1] if r[5]]
    assert submissions[-1][1] == "Tổng cộng: 4/18 đơn vị đã báo cáo"
    assert submissions[-1][5] == format_int(sum(sent)) and len(sent) == 4


def test_every_province_figure(written):
    ex, db, document = written
    totals = _province_totals()
    with Workspace.open(db, create=False) as ws:
        plan = ws.plans.require(YEAR)
        units = ws.units.all()
    province = next(_table_with_header(document, "STT", "Mục KH"))
    *province, total = province
    assert total[2] == "Tổng cộng" and total[3] == "sản phẩm"
    assert total[5] == format_int(sum(int(r[5].replace(".", "") or 0) for r in province[1:]))
    by_code = {row[1]: row for row in province[1:]}
    for t in plan.targets:
        row = by_code[t.code]
        actual = totals.get(t.code, 0)
        if t.target is None:
            assert row[4] == "" and row[6] == "" and row[5] == format_int(actual)
            continue
        leading = [u for u in units if u.leads(t)]
        reported = [u for u in leading if u.name in REPORTED]
        if leading and not reported:
            # Its units have not reported: unknown, not zero.
            assert row[4] == format_int(t.target) and row[6:] == ["", "Chưa báo cáo"], t.code
            continue
        assert row[5] == format_int(actual), t.code
        # Over the units that reported only.
        goal = t.target * len(reported) if t.per_unit else t.target
        assert row[4] == format_int(goal), t.code
        assert row[6] == format_decimal(actual * 100 / goal), t.code
    assert by_code["III.2.đ/SX"][4:] == ["24", "18", "75", "Không đạt"]
    assert by_code["III.2.d"][4:] == ["180", "", "", "Chưa báo cáo"]
    assert by_code["III.2.a/PT"][4:] == ["52", "52", "100", "Đạt"]
    others = [row for row in province[1:] if row[1] == "Khác"]
    assert [(r[2], r[5]) for r in others] == [
        ("Hoạt động khác: Tin bài", "5"),
        ("Hoạt động khác: Banner", "3"),
    ]
    text = "\n".join(_texts(document))
    assert (
        "Tổng hợp từ 2/13 đơn vị thực hiện đã báo cáo: Thực hiện 18/24 chuyên mục, "
        "đạt 75% kế hoạch." in text
    )
    assert "UBND huyện Bình Sơn 12/12 chuyên mục; UBND huyện Lý Sơn 6/12 chuyên mục" in text
    assert "Tổng kinh phí thực hiện toàn tỉnh: 164.000.000 đồng, trong đó:" in text


def test_appendix_table_per_unit(written):
    _, _, document = written
    texts = _texts(document)
    start = texts.index("KẾT QUẢ THỰC HIỆN THEO TỪNG ĐƠN VỊ")
    units = [p.split(". ", 1)[1] for p in texts[start:] if p.split(". ")[0].isdigit()]
    assert units[:5] == [
        SO,
        DAI,
        BAO,
        "Văn phòng UBND tỉnh: Chưa báo cáo",
        "Tỉnh đoàn Quảng Ngãi: Chưa báo cáo",
    ]
    assert f"{BINH_SON}" in units and "UBND huyện Ba Tơ: Chưa báo cáo" in units
    assert len(units) == 1 + 18  # the department and every unit that must report
    per_unit = list(_table_with_header(document, "STT", "Mục KH"))[1:]
    reported = [u for u in units if not u.endswith("Chưa báo cáo")]
    assert reported == [SO, DAI, BAO, BINH_SON, LY_SON]
    tables = dict(zip(reported, per_unit, strict=True))
    assert [r[1:] for r in tables[BAO][1:]] == [
        ["III.2.b/IN", tables[BAO][1][2], "12", "12", "100", "Đạt"],
        ["III.2.b/DT", tables[BAO][2][2], "24", "20", "83,3", "Không đạt"],
        # Both count "số": their targets add up.
        ["", "Tổng cộng", "36", "32", "", "Đạt 1/2"],
    ]
    dai = {r[1]: r for r in tables[DAI][1:]}
    assert dai["III.2.a/PT"][3:] == ["52", "52", "100", "Đạt"]
    assert dai["III.3.a"][3:] == ["", "2", "", ""]  # contributed to a task it does not lead


def _pdf_text(path) -> str:
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def test_pdf_carries_the_same_figures(written):
    ex, db, _ = written
    text = _pdf_text(db.parent / "tong-hop.pdf")
    assert "Tổng hợp kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm" in text
    assert (
        "Tổng hợp từ 2/13 đơn vị thực hiện đã báo cáo: Thực hiện 18/24 chuyên mục, đạt 75% kế hoạch"
        in text
    )
    assert "Phụ lục III" in text and "KẾT QUẢ THỰC HIỆN THEO TỪNG ĐƠN VỊ" in text
    assert "Đã nộp, đúng hạn" in text and "Chưa nộp" in text


def test_docx_opens_and_paginates_in_libreoffice(written, tmp_path):
    _, db, _ = written
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(db.parent / "tong-hop.docx"),
        ],
        capture_output=True,
        check=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    converted = tmp_path / "tong-hop.pdf"
    pages = len(PdfReader(str(converted)).pages)
    assert pages >= 8  # body, then three appendices each starting a page
    text = _pdf_text(converted)
    assert "Thực hiện 18/24 chuyên mục, đạt 75% kế hoạch" in text


def test_cli_consolidated_report(written, tmp_path, capsys):
    ex, db, _ = written
    out, pdf = tmp_path / "cli.docx", tmp_path / "cli.pdf"
    args = ["report", "--db", str(db), "--year", "2023", "--consolidated", "--out", str(out)]
    assert main([*args, "--pdf", str(pdf), "--number", "7"]) == 0, capsys.readouterr().err
    texts = _texts(docx.Document(str(out)))
    assert "Số: 07/BC-STTTT" in texts
    assert any("Thực hiện 18/24 chuyên mục" in t for t in texts)
    assert "Thực hiện 18/24 chuyên mục" in _pdf_text(pdf)
    unit_db = ex.unit_db[DAI]
    assert (
        main(
            ["report", "--db", str(unit_db), "--year", "2023", "--consolidated", "--out", str(out)]
        )
        == 1
    )
    assert "không phải đơn vị tổng hợp" in capsys.readouterr().err
