"""The report's period and what it adds up: the annual window of Nghị định
09/2019, the full-year estimate, the totals rows and Ghi chú, the facts of
"Nguyên nhân"; read back from the DOCX and the PDF made on a real workspace."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from test_report import DAI, all_paragraphs

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.period import idle_months, months_phrase, year_period
from desktop.reports import context as rc
from desktop.store import Workspace

YEAR = 2023
TH, PT = "III.2.a/TH", "III.2.a/PT"


def _docx_texts(path) -> list[str]:
    return [p.text for p in all_paragraphs(docx.Document(str(path)))]


def _docx_tables(path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _section(texts: list[str], heading: str, end: str) -> list[str]:
    start = texts.index(heading) + 1
    return texts[start : texts.index(end, start)]


def _weekly(code: str, days: list[date], **kw) -> list[Activity]:
    return [
        Activity(d, f"{code} ngày {d:%d/%m/%Y}", "Chuyên mục", target_code=code, **kw) for d in days
    ]


@pytest.fixture
def gaps_db(tmp_path):
    """Đài PT-TH: TV programmes every month but July to September (40 of
    52), radio ones every week of the year (52)."""
    db = tmp_path / "dai.cdsdb"
    with Workspace.open(db) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.units.save(replace(unit, signer_name="Trần Thị Bình"))
        months = [m for m in range(1, 13) if m not in (7, 8, 9)]
        tv = [date(YEAR, m, d) for m in months for d in (1, 8, 15, 22)][:36]
        tv += [date(YEAR, 12, d) for d in (26, 27, 28, 29)]
        radio = [date(YEAR, 1, 2) + (date(YEAR, 1, 8) - date(YEAR, 1, 1)) * i for i in range(52)]
        acts = _weekly(TH, tv) + _weekly(PT, radio, notes="Phát lại 19h")
        ws.activities.insert_many(acts, unit.id)
    return db


def test_months_without_activity_are_named():
    active = {(YEAR, m) for m in (1, 2, 3, 4, 5, 6, 10, 11, 12)}
    idle = idle_months(active, date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert idle == [(YEAR, 7), (YEAR, 8), (YEAR, 9)]
    assert months_phrase(idle, YEAR) == "tháng 7–9"
    assert months_phrase([(YEAR, 2), (YEAR, 7), (YEAR, 8)], YEAR) == "tháng 2, tháng 7–8"
    assert months_phrase([(YEAR - 1, 12), (YEAR, 1)], YEAR) == "tháng 12/2022–01/2023"
    assert idle_months(set(), date(YEAR, 3, 1), date(YEAR, 2, 1)) == []


def test_causes_state_the_shortfall_from_the_data(gaps_db, tmp_path, capsys):
    out = tmp_path / "bc.docx"
    code = main(["report", "--db", str(gaps_db), "--year", "2023", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    causes = _section(texts, "3. Nguyên nhân", f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {YEAR + 1}")
    tv = next(line for line in causes if f"(mục {TH})" in line)
    assert tv.endswith(
        ": đạt 40/52 chuyên mục, còn thiếu 12; không có hoạt động nào trong tháng 7–9."
    )
    # Nothing invented: radio met its target and has no line; no stock cause.
    assert not any(PT in line for line in causes)
    assert not any("kiêm nhiệm" in line or "kinh phí" in line for line in causes)


def test_totals_rows_and_notes_column(gaps_db, tmp_path, capsys):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    code = main(
        ["report", "--db", str(gaps_db), "--year", "2023", "--out", str(out), "--pdf", str(pdf)]
    )
    assert code == 0, capsys.readouterr().err
    tables = _docx_tables(out)
    targets = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    # Both tasks count "chuyên mục": targets and results add up.
    assert targets[-1] == ["", "", "Tổng cộng", "chuyên mục", "104", "92", "", "Đạt 1/2"]
    activities = next(t for t in tables if t[0][:2] == ["STT", "Ngày"])
    assert activities[0][-1] == "Ghi chú"
    notes = {row[-1] for row in activities[1:-1] if row[2] == PT}
    assert notes == {"Phát lại 19h"}
    assert {row[-1] for row in activities[1:-1] if row[2] == TH} == {""}
    assert activities[-1][4:6] == ["Tổng cộng: 92 hoạt động", "92"]
    text = _pdf_text(pdf)
    assert "Tổng cộng: 92 hoạt động" in text and "Ghi chú" in text


def test_year_periods():
    assert year_period(YEAR) == (date(2023, 1, 1), date(2023, 12, 31))
    assert year_period(YEAR, "nd09") == (date(2022, 12, 15), date(2023, 12, 14))


def test_causes_draft_without_targets_short():
    row = rc.ProgressRow(TH, "Chuyên mục", "chuyên mục", 52, 52, 100.0, 52.0, rc.Status.MET)
    drafts = rc.rows_drafts([row], who="Đài", year=YEAR, addressee="", next_targets=[])
    assert drafts[rc.NGUYEN_NHAN] == "Các chỉ tiêu được giao đều đạt (1/1)."
