"""Real lists import whole: forms in the officer's words, a past year, fixable
rejects, the right unit, exit codes. Driven through the command line, as an
officer (or a script) would, against real workspace files."""

from __future__ import annotations

import csv
import json
from datetime import date

import openpyxl
import pytest
from docx import Document

from desktop.cli import main
from desktop.store import Workspace
from tests.real_lists import (
    BINH_SON,
    DAI,
    SO,
    TAI_CHINH,
    department_rows,
    department_year,
    district_list,
    hand_kept_list,
    station_list,
    write_list_csv,
)


def _init(path, unit, capsys, *extra):
    assert main(["init", "--db", str(path), "--unit", unit, *extra]) == 0
    capsys.readouterr()
    return path


def _progress(db, year, capsys):
    assert (
        main(["progress", "--db", str(db), "--year", str(year), "--on", f"{year}-12-31", "--json"])
        == 0
    )
    return {r["code"]: r for r in json.loads(capsys.readouterr().out)}


def _docx_text(path) -> str:
    doc = Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def test_the_departments_year_imports_whole_and_meets_III_1(tmp_path, capsys):
    db = _init(tmp_path / "so.cdsdb", SO, capsys)
    src = department_year(tmp_path / "so-2023.xlsx")
    assert main(["import", str(src), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 91 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    progress = _progress(db, 2023, capsys)
    assert progress["III.1"]["actual"] == 1
    assert progress["III.1"]["status"] == "met"
    assert progress["III.4.a"]["actual"] == 6
    with Workspace.open(db, create=False) as ws:
        forms = {f for f, *_ in ws.figures.other_by_form(ws.units.self_unit().id, 2023)}
        iii1 = ws.conn.execute("SELECT form FROM activities WHERE target_code = 'III.1'").fetchall()
    assert forms == {"Sự kiện"}  # Hội nghị, Tập huấn, Hội thảo
    assert [r[0] for r in iii1] == ["Văn bản"]
    report = tmp_path / "bc.docx"
    assert main(["report", "--db", str(db), "--year", "2023", "--out", str(report)]) == 0
    rows = [[c.text for c in r.cells] for t in Document(str(report)).tables for r in t.rows]
    iii1 = next(r for r in rows if r[1] == "III.1")
    assert iii1[-3:] == ["1", "100", "Đạt"]


def test_a_hand_kept_list_keeps_new_forms_and_names_them(tmp_path, capsys):
    db = _init(tmp_path / "stc.cdsdb", TAI_CHINH, capsys)
    src = hand_kept_list(tmp_path / "so-tai-chinh.xlsx")
    assert main(["import", str(src), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 52 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    assert "2 hình thức mới: Ảnh (12 dòng), Livestream (3 dòng)" in out
    with Workspace.open(db, create=False) as ws:
        assert ws.plans.get(2023).forms[-2:] == ["Ảnh", "Livestream"]
        unit = ws.units.self_unit()
        by_form = {f: q for f, _, q, _ in ws.figures.other_by_form(unit.id, 2023)}
        assert by_form == {"Tin bài": 27, "Ảnh": 12, "Video": 10, "Livestream": 3}
        # The plan page merges the officer's word into a catalogue form.
        assert ws.forms.merge("Livestream", "Video") == 3
        by_form = {f: q for f, _, q, _ in ws.figures.other_by_form(unit.id, 2023)}
        assert by_form == {"Tin bài": 27, "Ảnh": 12, "Video": 13}
        assert "Livestream" not in ws.plans.get(2023).forms
    # Imported again: the kept form is known now, nothing new, nothing twice.
    assert main(["import", str(src), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 52. Bị từ chối: 0." in out
    assert "hình thức mới" not in out


def test_station_and_district_lists_reach_the_consolidated_report(tmp_path, capsys):
    dai = _init(tmp_path / "dai.cdsdb", DAI, capsys)
    assert main(["import", str(station_list(tmp_path / "dai.xlsx")), "--db", str(dai)]) == 0
    assert "Đã nhập 104 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in capsys.readouterr().out
    assert _progress(dai, 2023, capsys)["III.2.a/TH"]["status"] == "met"
    bs = _init(tmp_path / "bs.cdsdb", BINH_SON, capsys)
    assert main(["import", str(district_list(tmp_path / "bs.csv")), "--db", str(bs)]) == 0
    assert "Đã nhập 24 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in capsys.readouterr().out
    progress = _progress(bs, 2023, capsys)
    assert (progress["III.2.đ/SX"]["actual"], progress["III.2.đ/PL"]["actual"]) == (12, 36)
    stc = _init(tmp_path / "stc.cdsdb", TAI_CHINH, capsys)
    assert main(["import", str(hand_kept_list(tmp_path / "stc.xlsx")), "--db", str(stc)]) == 0
    so = _init(tmp_path / "so.cdsdb", SO, capsys)
    assert main(["import", str(department_year(tmp_path / "so.xlsx")), "--db", str(so)]) == 0
    packages = []
    for db in (dai, bs, stc):
        out = tmp_path / f"{db.stem}.cdsgoi"
        assert main(["export", "--db", str(db), "--year", "2023", "--out", str(out)]) == 0
        packages.append(str(out))
    assert main(["consolidate", *packages, "--db", str(so)]) == 0
    capsys.readouterr()
    with Workspace.open(so, create=False) as ws:
        rows = {r.code: r for r in ws.figures.consolidated(2023, date(2023, 12, 31))}
    assert rows["III.2.a/TH"].actual == 52
    assert rows["III.2.a/PT"].actual == 52
    assert rows["III.2.đ/SX"].actual == 12
    assert rows["III.1"].actual == 1
    report = tmp_path / "tong-hop.docx"
    args = ["report", "--db", str(so), "--year", "2023", "--consolidated", "--out", str(report)]
    assert main(args) == 0
    text = _docx_text(report)
    assert "Ảnh" in text  # the officer's own form, in the other activities by form


def test_a_2022_list_goes_into_a_2023_workspace_under_2022(tmp_path, capsys):
    db = _init(tmp_path / "so.cdsdb", SO, capsys)
    src = write_list_csv(tmp_path / "so-2022.csv", department_rows(2022)[:80])
    assert main(["import", str(src), "--db", str(db), "--dry-run"]) == 0
    assert "Sẽ tạo kế hoạch năm 2022 (tạo từ kế hoạch năm 2023" in capsys.readouterr().out
    with Workspace.open(db, create=False) as ws:
        assert ws.plans.years() == [2023]
    assert main(["import", str(src), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 80 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    assert "Đã tạo kế hoạch năm 2022 (tạo từ kế hoạch năm 2023 — cần kiểm tra chỉ tiêu)" in out
    with Workspace.open(db, create=False) as ws:
        assert ws.plans.years() == [2022, 2023]
        assert ws.plans.get(2022).derived_from == 2023
        assert ws.plans.get(2023).derived_from is None
        assert ws.activities.years(ws.units.self_unit().id) == [2022]
    assert main(["import", str(department_year(tmp_path / "so-2023.xlsx")), "--db", str(db)]) == 0
    capsys.readouterr()
    report = tmp_path / "bc.docx"
    assert main(["report", "--db", str(db), "--year", "2023", "--out", str(report)]) == 0
    assert "so với năm 2022" in _docx_text(report)


def test_plan_copy_both_ways_and_refuses_to_overwrite(tmp_path, capsys):
    db = _init(tmp_path / "dai.cdsdb", DAI, capsys)
    assert main(["plan", "copy", "--from", "2023", "--to", "2022", "--db", str(db)]) == 0
    assert "2022" in capsys.readouterr().out
    assert main(["plan", "copy", "--from", "2022", "--to", "2024", "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["plan", "copy", "--from", "2023", "--to", "2022", "--db", str(db)]) == 1
    assert "--replace" in capsys.readouterr().err
    with Workspace.open(db, create=False) as ws:
        ws.plans.save_target(2022, ws.plans.get(2022).target("III.1").__class__(
            **{**ws.plans.get(2022).target("III.1").__dict__, "target": 7}
        ))  # fmt: skip
    assert (
        main(["plan", "copy", "--from", "2023", "--to", "2022", "--db", str(db), "--replace"]) == 0
    )
    capsys.readouterr()
    with Workspace.open(db, create=False) as ws:
        assert ws.plans.years() == [2022, 2023, 2024]
        p22, p24 = ws.plans.get(2022), ws.plans.get(2024)
        assert p22.target("III.1").target == 1  # replaced by the copy
        assert p22.target("III.2.a/TH").due_end == date(2022, 12, 31)
        assert p24.target("III.2.a/TH").due_end == date(2024, 12, 31)


def test_init_for_a_year_without_a_plan_and_a_failed_init(tmp_path, capsys):
    db = tmp_path / "bs.cdsdb"
    assert main(["init", "--db", str(db), "--unit", BINH_SON, "--year", "2022"]) == 0
    assert "tạo từ kế hoạch năm 2023 — cần kiểm tra chỉ tiêu" in capsys.readouterr().out
    with Workspace.open(db, create=False) as ws:
        assert ws.plans.get(2022).derived_from == 2023
    bad = tmp_path / "moi.cdsdb"
    assert main(["init", "--db", str(bad), "--unit", BINH_SON, "--year", "1900"]) == 1
    assert "1900" in capsys.readouterr().err
    assert not any(p.name.startswith("moi") for p in tmp_path.iterdir())


def _bad_list(path):
    rows = [
        [
            date(2023, 3, 1),
            "III.2.đ/SX",
            "Chuyên mục phát thanh",
            "Chuyên mục tháng 3",
            1,
            "1.500.000",
        ],
        [
            date(2023, 4, 1),
            "III.2.đ/SX",
            "Chuyên mục phát thanh",
            "Chuyên mục tháng 4",
            1,
            "1,5 triệu",
        ],
        ["31/02/2023", "III.2.đ/SX", "Chuyên mục", "Chuyên mục ngày sai", 1, ""],
        [date(2023, 5, 1), "III.9", "Chuyên mục", "Mã sai", 1, ""],
        [date(2023, 6, 1), "", "Tin bài", "Tin đúng", 2, ""],
    ]
    return write_list_csv(path, rows)


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_rejects_round_trip(tmp_path, capsys, ext):
    db = _init(tmp_path / "bs.cdsdb", BINH_SON, capsys)
    src = _bad_list(tmp_path / "bs.csv")
    rejects = tmp_path / f"loi.{ext}"
    assert main(["import", str(src), "--db", str(db), "--rejects", str(rejects)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 2 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 3." in out
    assert "“1,5 triệu” có chữ" in out  # money stays strict
    if ext == "csv":
        with open(rejects, encoding="utf-8-sig", newline="") as f:
            table = list(csv.reader(f))
    else:
        sheet = openpyxl.load_workbook(rejects).active
        table = [[c if c is not None else "" for c in r] for r in sheet.iter_rows(values_only=True)]
    header, *lines = table
    assert header[:4] == ["Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề"]
    assert header[-4:] == ["Tệp", "Trang", "Dòng", "Lý do"]
    col = {h: i for i, h in enumerate(header)}
    assert [r[col["Dòng"]] for r in lines] == ["3", "4", "5"]
    assert lines[0][col["Tiêu đề"]] == "Chuyên mục tháng 4"
    assert lines[0][col["Kinh phí (đồng)"]] == "1,5 triệu"
    assert "có chữ" in lines[0][col["Lý do"]]
    assert lines[1][col["Ngày"]] == "31/02/2023"
    assert all(r[col["Tệp"]] == "bs.csv" for r in lines)
    # The officer corrects two of them in the file and imports it alone.
    lines[0][col["Kinh phí (đồng)"]] = "1.500.000"
    lines[1][col["Ngày"]] = "28/02/2023"
    fixed = tmp_path / f"da-sua.{ext}"
    if ext == "csv":
        with open(fixed, "w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows([header, *lines])
    else:
        wb = openpyxl.Workbook()
        for r in [header, *lines]:
            wb.active.append(r)
        wb.save(fixed)
    assert main(["import", str(fixed), "--db", str(db)]) == 0
    assert "Đã nhập 2 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 1." in capsys.readouterr().out
    assert main(["import", str(src), "--db", str(db)]) == 0
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 2. Bị từ chối: 3." in capsys.readouterr().out
    with Workspace.open(db, create=False) as ws:
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 4


def test_a_list_of_another_unit_needs_force(tmp_path, capsys):
    db = _init(tmp_path / "dai.cdsdb", DAI, capsys)
    src = department_year(tmp_path / "so.xlsx")
    assert main(["import", str(src), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert (
        "Danh sách này có vẻ của Sở Thông tin và Truyền thông: 86/86 dòng thuộc nhiệm vụ "
        "do Sở Thông tin và Truyền thông chủ trì" in captured.out + captured.err
    )
    assert "--force" in captured.err
    with Workspace.open(db, create=False) as ws:
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
    # A trial warns but writes nothing either way.
    assert main(["import", str(src), "--db", str(db), "--dry-run"]) == 0
    assert "Danh sách này có vẻ của Sở Thông tin" in capsys.readouterr().out
    assert main(["import", str(src), "--db", str(db), "--force"]) == 0
    assert "Đã nhập 91 dòng." in capsys.readouterr().out


def test_every_row_refused_exits_1_with_its_counts(tmp_path, capsys):
    db = _init(tmp_path / "bs.cdsdb", BINH_SON, capsys)
    rows = [
        [date(2023, 3, 1), "", "Tin bài", "Tin", 1, "2 triệu"],
        ["x", "", "Tin", "Tin 2", 1, ""],
    ]
    src = write_list_csv(tmp_path / "sai.csv", rows)
    assert main(["import", str(src), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 2." in captured.out
