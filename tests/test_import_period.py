"""A list's rows take their year from the period of that year's plan: under
the annual window of Nghị định 09/2019 (15/12 of the year before to 14/12)
`import --year 2023` takes 15–31/12/2022 and refuses 15/12/2023, which
belongs to 2024's period; a calendar plan's year stays 01/01–31/12. Real
workspaces, real CSV and XLSX files, the figures read back."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime

import docx
import openpyxl
import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.domain.period import year_holding, year_period
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.previous import PreviousImportError, read_previous_workspace
from desktop.store import ActivityFilter, Workspace

DAI = "Đài Phát thanh và Truyền hình tỉnh"
TH = "III.2.a/TH"
HEADER = "Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề,Số lượng\n"


def _main(*args) -> int:
    return main([str(a) for a in args])


def _csv(path, rows: list[tuple[str, str, str]]):
    """A list with one row per (day, form, title), every row of task TH."""
    lines = [f"{day},{TH},{form},{title},1\n" for day, form, title in rows]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


@pytest.fixture
def dai_db(tmp_path, capsys):
    """The Đài's workspace with the 2023 plan, no other year's."""
    db = tmp_path / "dai.cdsdb"
    assert _main("init", "--db", db, "--unit", DAI) == 0
    capsys.readouterr()
    return db


def _window(db, year: int, window: str = "nd09") -> None:
    assert _main("plan", "set", "--db", db, "--year", year, "--window", window) == 0


def _progress(db, capsys, year: int, on: str) -> dict:
    capsys.readouterr()
    assert _main("progress", "--db", db, "--year", year, "--on", on, "--json") == 0
    return {r["code"]: r for r in json.loads(capsys.readouterr().out)}


def _stored_days(db) -> list[date]:
    with Workspace.open(db, create=False) as ws:
        unit = ws.units.self_unit()
        return sorted(a.date for a in ws.activities.iterate(ActivityFilter(unit_id=unit.id)))


def test_the_year_holding_a_day_follows_each_plans_window():
    windows = {2022: "calendar", 2023: "nd09"}

    def period_of(year):
        return year_period(year, windows[year]) if year in windows else None

    assert year_holding(date(2022, 12, 20), period_of, near=2023) == 2023
    # Shared by 2022's calendar year and 2023's window: its own year first.
    assert year_holding(date(2022, 12, 20), period_of) == 2022
    assert year_holding(date(2023, 12, 14), period_of) == 2023
    # After 2023's window, with no 2024 plan to take it: its own year.
    assert year_holding(date(2023, 12, 15), period_of) == 2023
    windows[2024] = "nd09"
    assert year_holding(date(2023, 12, 15), period_of) == 2024
    windows[2022] = "nd09"
    assert year_holding(date(2022, 12, 20), period_of) == 2023


def test_window_year_takes_the_days_from_15_12_of_the_year_before(dai_db, tmp_path, capsys):
    _window(dai_db, 2023)
    src = _csv(
        tmp_path / "ds.csv",
        [
            ("15/12/2022", "Chuyên mục", "Chuyên mục 15/12/2022"),
            ("31/12/2022", "Chuyên mục", "Chuyên mục 31/12/2022"),
            ("14/12/2022", "Chuyên mục", "Chuyên mục 14/12/2022"),
            ("10/05/2023", "Chuyên mục", "Chuyên mục 10/05/2023"),
            ("14/12/2023", "Chuyên mục", "Chuyên mục 14/12/2023"),
            ("15/12/2023", "Chuyên mục", "Chuyên mục 15/12/2023"),
        ],
    )
    capsys.readouterr()
    assert _main("import", src, "--db", dai_db, "--year", 2023) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 4 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 2." in out
    assert (
        "ds.csv, dòng 4: cột “Ngày”: ngày 14/12/2022 nằm ngoài kỳ số liệu năm 2023 "
        "(15/12/2022 – 14/12/2023)" in out
    )
    assert (
        "ds.csv, dòng 7: cột “Ngày”: ngày 15/12/2023 nằm ngoài kỳ số liệu năm 2023 "
        "(15/12/2022 – 14/12/2023)" in out
    )
    assert "kế hoạch năm 2022" not in out  # the December rows are 2023's
    assert _stored_days(dai_db) == [
        date(2022, 12, 15),
        date(2022, 12, 31),
        date(2023, 5, 10),
        date(2023, 12, 14),
    ]
    with Workspace.open(dai_db, create=False) as ws:
        assert ws.plans.years() == [2023]
    # Tiến độ counts the four; so does the report's Phụ lục I and II.
    assert _progress(dai_db, capsys, 2023, "2023-12-14")[TH]["actual"] == 4
    report = tmp_path / "bc.docx"
    assert _main("report", "--db", dai_db, "--year", 2023, "--out", report) == 0
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in docx.Document(report).tables]
    appendix_1 = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    assert next(r for r in appendix_1 if r[1] == TH)[5] == "4"
    appendix_2 = next(t for t in tables if t[0][:2] == ["STT", "Ngày"])
    days = [r[1] for r in appendix_2[1:-1]]
    assert days[:2] == ["15/12/2022", "31/12/2022"] and len(days) == 4


def test_days_after_the_window_go_to_the_next_window_year(dai_db, tmp_path, capsys):
    """A sheet of date cells: 15–31/12/2023 belong to 2024 when 2024's plan
    is on the window, refused from 2023's (on the window too)."""
    with Workspace.open(dai_db, create=False) as ws:
        ws.plans.copy(2023, 2024)
    _window(dai_db, 2023)
    _window(dai_db, 2024)
    path = tmp_path / "thang-12.xlsx"
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Tháng 12"
    sheet.append(["Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề", "Số lượng"])
    for day in (14, 15, 31):
        sheet.append([datetime(2023, 12, day), TH, "Chuyên mục", f"Chuyên mục {day}/12", 1])
    sheet.append([datetime(2024, 12, 15), TH, "Chuyên mục", "Chuyên mục 15/12/2024", 1])
    for row in sheet.iter_rows(min_row=2, max_col=1):
        row[0].number_format = "dd/mm/yyyy"
    wb.save(path)
    capsys.readouterr()
    assert _main("import", path, "--db", dai_db, "--year", 2023, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "sẽ nhập 1;" in out
    assert (
        "thang-12.xlsx, trang “Tháng 12”, dòng 3: cột “Ngày”: ngày 15/12/2023 nằm ngoài kỳ "
        "số liệu năm 2023 (15/12/2022 – 14/12/2023)" in out
    )
    assert _main("import", path, "--db", dai_db, "--year", 2024) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 2 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 2." in out
    assert (
        "thang-12.xlsx, trang “Tháng 12”, dòng 2: cột “Ngày”: ngày 14/12/2023 nằm ngoài kỳ "
        "số liệu năm 2024 (15/12/2023 – 14/12/2024)" in out
    )
    assert "dòng 5: cột “Ngày”: ngày 15/12/2024 nằm ngoài kỳ số liệu năm 2024" in out
    assert _progress(dai_db, capsys, 2024, "2024-12-14")[TH]["actual"] == 2
    assert _progress(dai_db, capsys, 2023, "2023-12-14")[TH]["actual"] == 0


def test_calendar_year_refuses_31_12_of_the_year_before_as_before(dai_db, tmp_path, capsys):
    src = _csv(
        tmp_path / "ds.csv",
        [
            ("31/12/2022", "Chuyên mục", "Chuyên mục 31/12/2022"),
            ("01/01/2023", "Chuyên mục", "Chuyên mục 01/01/2023"),
            ("31/12/2023", "Chuyên mục", "Chuyên mục 31/12/2023"),
        ],
    )
    assert _main("import", src, "--db", dai_db, "--year", 2023) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 2 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 1." in out
    assert "  - ds.csv, dòng 2: cột “Ngày”: ngày 31/12/2022 không thuộc năm 2023\n" in out
    assert _progress(dai_db, capsys, 2023, "2023-12-31")[TH]["actual"] == 2
    # Without --year the day is 2022's, in a plan made for it, as before.
    assert _main("import", src, "--db", dai_db) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 1 dòng." in out
    assert "Đã tạo kế hoạch năm 2022 (tạo từ kế hoạch năm 2023" in out


def test_without_a_year_each_row_joins_the_plan_of_its_period(unit_ws, tmp_path):
    """The import dialog's path (no year chosen): 20/12/2022 is checked
    against 2023's window plan and its new form joins 2023's forms; no plan
    is made for 2022. 20/12/2023 falls in 2024, made from 2023's plan."""
    unit_ws.plans.set_window(2023, "nd09")
    src = _csv(
        tmp_path / "ds.csv",
        [
            ("20/12/2022", "Livestream", "Livestream cuối năm"),
            ("10/05/2023", "Chuyên mục", "Chuyên mục tháng 5"),
            ("20/12/2023", "Podcast", "Podcast cuối năm"),
        ],
    )
    session = open_import([src], unit_ws.texts.import_mapping)
    result = check_import(session, plan_lookup(unit_ws), None)
    assert result.rejected == []
    summary = commit_import(session, result, unit_ws)
    assert summary.inserted == 3
    assert [p.year for p in summary.derived_plans] == [2024]
    assert unit_ws.plans.years() == [2023, 2024]
    assert unit_ws.plans.get(2024).window == "nd09"
    assert "Livestream" in unit_ws.plans.get(2023).forms
    assert "Podcast" in unit_ws.plans.get(2024).forms
    assert "Podcast" not in unit_ws.plans.get(2023).forms
    assert "Livestream" not in unit_ws.plans.get(2024).forms


def _window_workspace_file(path, activities: list[Activity]):
    """A workspace file of the Đài whose only plan, 2023's, is on the window."""
    with Workspace.open(path) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.plans.set_window(2023, "nd09")
        ws.activities.insert_many(activities, unit.id)
    return path


def test_previous_workspace_activities_take_the_year_of_its_plans_period(tmp_path):
    src = _window_workspace_file(
        tmp_path / "cu.cdsdb",
        [
            Activity(date(2022, 12, 20), "Chuyên mục 20/12/2022", "Chuyên mục", target_code=TH),
            Activity(date(2023, 5, 10), "Chuyên mục 10/05/2023", "Chuyên mục", target_code=TH),
        ],
    )
    prev = read_previous_workspace(src)
    assert prev.activity_years() == [2023]
    with Workspace.open(tmp_path / "moi.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.plans.set_window(2023, "nd09")
        session = open_import([src], ws.texts.import_mapping, own_unit=DAI)
        summary = commit_import(session, check_import(session, plan_lookup(ws)), ws)
        assert summary.inserted == 2
        unit_id = ws.units.self_unit().id
        progress = {r.code: r for r in ws.figures.progress(unit_id, 2023, date(2023, 12, 14))}
    assert progress[TH].actual == 2


def test_previous_workspace_code_checked_against_the_plan_of_its_period(tmp_path):
    src = _window_workspace_file(
        tmp_path / "cu.cdsdb",
        [Activity(date(2022, 12, 20), "Chuyên mục lạ", "Chuyên mục", target_code=TH)],
    )
    conn = sqlite3.connect(src)
    with conn:
        conn.execute("UPDATE activities SET target_code = 'XX.99/KHONG'")
    conn.close()
    with pytest.raises(PreviousImportError) as e:
        read_previous_workspace(src)
    msg = str(e.value)
    assert str(src) in msg
    assert (
        "ngày 20/12/2022: cột “Mã chỉ tiêu”: “XX.99/KHONG” không có trong kế hoạch năm 2023 "
        "của tệp" in msg
    )
