"""The report's period and what it adds up: the annual window of Nghị định
09/2019, the full-year estimate, the totals rows and Ghi chú, the facts of
"Nguyên nhân"; read back from the DOCX and the PDF made on a real workspace."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import docx
import pytest
from pypdf import PdfReader
from test_report import DAI, all_paragraphs

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.period import idle_months, months_phrase, year_period
from desktop.domain.text import format_int
from desktop.io.plan_file import read_plan_file
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


def test_strengths_draft_before_any_target_is_met():
    """Mid-year, nothing met yet: "Ưu điểm" says what was taken up, never
    "Hoàn thành 0/2"; the shortfall stays under "Tồn tại"."""
    rows = [
        rc.ProgressRow(TH, "Chuyên mục", "chuyên mục", 52, 39, 75.0, 45.0, rc.Status.BEHIND),
        rc.ProgressRow(PT, "Chuyên mục", "chuyên mục", 52, 0, 0.0, 45.0, rc.Status.BEHIND),
    ]
    drafts = rc.rows_drafts(rows, who="Đài", year=YEAR, addressee="", next_targets=[])
    assert drafts[rc.UU_DIEM] == "Đã triển khai thực hiện 1/2 nhiệm vụ có chỉ tiêu được giao."
    assert "còn thiếu 13 chuyên mục" in drafts[rc.TON_TAI]


# -- the annual window of Nghị định 09/2019 -----------------------------------------


def _main(*args) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def window_db(tmp_path):
    """Đài PT-TH: a TV programme on 20/12/2022 (inside the 2023 window, outside
    the calendar year), ten in January to November 2023, one on 16/12/2023
    (after the window); radio every week of 2023."""
    db = tmp_path / "dai.cdsdb"
    with Workspace.open(db) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.units.save(replace(unit, signer_name="Trần Thị Bình"))
        ws.plans.copy(2023, 2022)
        tv = [date(2022, 12, 20), *(date(YEAR, m, 10) for m in range(1, 11)), date(YEAR, 11, 30)]
        tv.append(date(YEAR, 12, 16))
        radio = [date(YEAR, 1, 2) + (date(YEAR, 1, 8) - date(YEAR, 1, 1)) * i for i in range(52)]
        ws.activities.insert_many(_weekly(TH, tv) + _weekly(PT, radio), unit.id)
    return db


def test_plan_window_is_stored_shown_and_carried_by_plan_files(window_db, tmp_path, capsys):
    assert _main("plan", "set", "--db", window_db, "--year", YEAR, "--window", "nd09") == 0
    out = capsys.readouterr().out
    assert "Kỳ số liệu: kỳ báo cáo năm theo Nghị định 09/2019" in out
    assert "từ 15/12/2022 đến 14/12/2023" in out
    assert _main("plan", "show", "--db", window_db, "--year", YEAR, "--json") == 0
    assert json.loads(capsys.readouterr().out)["plan"]["window"] == "nd09"
    # The other details stay as they were; a wrong value is refused.
    with Workspace.open(window_db, create=False) as ws:
        assert ws.plans.require(YEAR).window == "nd09"
        assert ws.plans.require(YEAR - 1).window == "calendar"
    with pytest.raises(SystemExit):
        _main("plan", "set", "--db", window_db, "--year", YEAR, "--window", "quy")
    capsys.readouterr()
    cdskh = tmp_path / "ke-hoach-2023.cdskh"
    assert _main("plan", "export", "--db", window_db, "--year", YEAR, "--out", cdskh) == 0
    assert read_plan_file(cdskh).plan.window == "nd09"
    other = tmp_path / "khac.cdsdb"
    Workspace.open(other).close()
    assert _main("plan", "import", cdskh, "--db", other, "--year", YEAR, "--replace") == 0
    with Workspace.open(other, create=False) as ws:
        assert ws.plans.require(YEAR).window == "nd09"


def _texts_and_tables(db, tmp_path, *extra):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    code = _main("report", "--db", db, "--year", YEAR, "--out", out, "--pdf", pdf, *extra)
    assert code == 0
    return _docx_texts(out), _docx_tables(out), _pdf_text(pdf)


def _rows(tables, first_two):
    return next(t for t in tables if t[0][:2] == first_two)


def test_window_counts_from_15_12_to_14_12(window_db, tmp_path, capsys):
    _main("plan", "set", "--db", window_db, "--year", YEAR, "--window", "nd09")
    texts, tables, pdf = _texts_and_tables(window_db, tmp_path, "--date", "2024-01-05")
    assert "Số liệu từ ngày 15/12/2022 đến ngày 14/12/2023." in texts
    assert "Số liệu từ ngày 15/12/2022 đến ngày 14/12/2023." in pdf
    # 20/12/2022 counts, 16/12/2023 does not: 12 of the 13 recorded.
    by_code = {r[1]: r for r in _rows(tables, ["STT", "Mục KH"])[1:]}
    assert by_code[TH][4:] == ["52", "12", "23,1", "Không đạt"]
    listed = _rows(tables, ["STT", "Ngày"])[1:-1]
    days = [r[1] for r in listed]
    assert days[0] == "20/12/2022" and "16/12/2023" not in days
    # Radio every Monday of 2023: those of 18 and 25/12 fall after the window.
    assert len(listed) == 12 + 50
    # The window's end is the year's end: a final report judges, not paces.
    assert by_code[PT][4:] == ["52", "50", "96,2", "Không đạt"]


def test_report_on_cuts_within_the_window(window_db, tmp_path, capsys):
    _main("plan", "set", "--db", window_db, "--year", YEAR, "--window", "nd09")
    texts, tables, pdf = _texts_and_tables(window_db, tmp_path, "--on", "2023-11-29")
    assert "Số liệu từ ngày 15/12/2022 đến ngày 29/11/2023." in texts
    by_code = {r[1]: r for r in _rows(tables, ["STT", "Mục KH"])[1:]}
    assert by_code[TH][5] == "11"  # 20/12/2022 and ten to 10/10; not 30/11
    days = [r[1] for r in _rows(tables, ["STT", "Ngày"])[1:-1]]
    assert days[0] == "20/12/2022" and "30/11/2023" not in days
    # --on beyond the window stops at its last day.
    texts, _, _ = _texts_and_tables(window_db, tmp_path, "--on", "2023-12-31")
    assert "Số liệu từ ngày 15/12/2022 đến ngày 14/12/2023." in texts


def test_calendar_year_is_the_default(window_db, tmp_path, capsys):
    texts, tables, _ = _texts_and_tables(window_db, tmp_path, "--date", "2024-01-05")
    assert "Số liệu tính đến ngày 31/12/2023." in texts
    by_code = {r[1]: r for r in _rows(tables, ["STT", "Mục KH"])[1:]}
    assert by_code[TH][5] == "12"  # 2023 only: eleven plus 16/12
    days = [r[1] for r in _rows(tables, ["STT", "Ngày"])[1:-1]]
    assert "20/12/2022" not in days and "16/12/2023" in days


def test_progress_follows_the_window(window_db, capsys):
    _main("plan", "set", "--db", window_db, "--year", YEAR, "--window", "nd09")
    capsys.readouterr()
    args = ("progress", "--db", window_db, "--year", YEAR, "--on", "2023-12-31", "--json")
    assert _main(*args) == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[TH]["actual"] == 12 and rows[TH]["status"] == "not_met"


# -- the full-year estimate ---------------------------------------------------------------


def test_estimate_column_from_the_pace_so_far(gaps_db, tmp_path, capsys):
    texts, tables, pdf = _texts_and_tables(gaps_db, tmp_path, "--on", "2023-06-30", "--estimate")
    targets = _rows(tables, ["STT", "Mục KH"])
    assert targets[0][5:8] == ["Kết quả", "Ước thực hiện cả năm (*)", "Tỷ lệ (%)"]
    by_code = {r[1]: r for r in targets[1:]}
    # Radio: 26 weeks to 30/06, 181 of 365 days gone: about 52 for the year.
    assert by_code[PT][5:7] == ["26", str(round(26 * 365 / 181))]
    assert by_code[TH][5:7] == ["24", str(round(24 * 365 / 181))]
    assert targets[-1][6] == format_int(round(26 * 365 / 181) + round(24 * 365 / 181))
    # Said to be an estimate, in the body and under the table, in both files.
    honest = "là số ước tính đến ngày 31/12/2023 theo tiến độ bình quân đến ngày 30/06/2023"
    assert any(honest in t for t in texts)
    assert any(t.startswith("(*) Ước thực hiện cả năm: số ước tính") for t in texts)
    assert "không phải số liệu đã thực hiện" in pdf.replace("\n", " ")


def test_no_estimate_unless_asked_or_once_the_year_is_over(gaps_db, tmp_path, capsys):
    _, tables, _ = _texts_and_tables(gaps_db, tmp_path, "--on", "2023-06-30")
    assert "Ước thực hiện cả năm (*)" not in _rows(tables, ["STT", "Mục KH"])[0]
    capsys.readouterr()
    texts, tables, _ = _texts_and_tables(gaps_db, tmp_path, "--on", "2023-12-31", "--estimate")
    assert "Ước thực hiện cả năm (*)" not in _rows(tables, ["STT", "Mục KH"])[0]
    assert "Không thêm cột ước thực hiện" in capsys.readouterr().out
    assert not any("Ước thực hiện" in t for t in texts)


def test_check_names_causes_left_to_the_draft(gaps_db, capsys):
    code = _main("report", "--db", gaps_db, "--year", YEAR, "--check", "--strict")
    out = capsys.readouterr().out
    assert code == 1
    assert (
        "- Mục “II.3. Nguyên nhân” chưa có nội dung: bản nháp chỉ nêu số liệu của 1 nhiệm vụ "
        "chưa đạt chỉ tiêu, không nêu nguyên nhân; hãy ghi nguyên nhân." in out
    )
    assert "- Mục “II.2. Tồn tại, hạn chế” chưa có nội dung: báo cáo đang in bản nháp" in out
    # The officer's causes clear it.
    with Workspace.open(gaps_db, create=False) as ws:
        unit = ws.units.require_self_unit()
        ws.texts.set_report_texts(unit.id, YEAR, {rc.NGUYEN_NHAN: "Thiếu phóng viên quý III."})
    _main("report", "--db", gaps_db, "--year", YEAR, "--check")
    assert "II.3. Nguyên nhân" not in capsys.readouterr().out
