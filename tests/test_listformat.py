"""The app's list format: good rows, each kind of bad row, duplicates, export."""

import csv
import sqlite3
from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.io.listformat import (
    HEADERS,
    ImportResult,
    write_csv,
    write_template,
    write_xlsx,
)
from desktop.io.smartlist import read_list_file
from desktop.store import ActivityFilter


def write_rows(path, rows, header=HEADERS, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def read(ws, path, year=None):
    return read_list_file(path, lambda y: ws.plans.get(y) if y else ws.plans.get(2023), year=year)


GOOD = [
    [
        "05/01/2023",
        "III.2.a/TH",
        "Chuyên mục",
        "Chuyển đổi số số 1",
        "1",
        "Tiếng Việt",
        "https://ptth/1",
        "1.500.000",
        "1;2",
        "ghi chú",
    ],
    ["12/01/2023", "", "tin bài", "Tin hoạt động khác", "", "", "", "", "", ""],
    [
        "19/01/2023",
        "III.2.a/PT",
        "Chuyên mục",
        "Digital transformation",
        "2",
        "Tiếng Anh",
        "",
        "2000000",
        "3, 8",
        "",
    ],
]


def test_good_rows_are_read_with_defaults(unit_ws, tmp_path):
    result = read(unit_ws, write_rows(tmp_path / "a.csv", GOOD))
    assert result.rejected == []
    a, b, c = result.activities
    assert (a.date, a.target_code, a.form, a.quantity, a.cost, a.themes, a.link) == (
        date(2023, 1, 5),
        "III.2.a/TH",
        "Chuyên mục",
        1,
        1_500_000,
        (1, 2),
        "https://ptth/1",
    )
    assert (b.target_code, b.form, b.quantity, b.language, b.cost, b.themes) == (
        None,
        "Tin bài",
        1,
        "Tiếng Việt",
        0,
        (),
    )
    assert (c.quantity, c.language, c.cost, c.themes) == (2, "Tiếng Anh", 2_000_000, (3, 8))


@pytest.mark.parametrize(
    "row,field,fragment",
    [
        (["31/02/2023", "", "Tin bài", "T", "", "", "", "", "", ""], "Ngày", "31/02/2023"),
        (["", "", "Tin bài", "T", "", "", "", "", "", ""], "Ngày", "chưa có ngày"),
        (["01/02/2023", "III.9", "Tin bài", "T", "", "", "", "", "", ""], "Mã chỉ tiêu", "III.9"),
        (["01/02/2023", "", "", "T", "", "", "", "", "", ""], "Hình thức", "chưa chọn"),
        (["01/02/2023", "", "Tin bài", "", "", "", "", "", "", ""], "Tiêu đề", "chưa có tiêu đề"),
        (["01/02/2023", "", "Tin bài", "T", "0", "", "", "", "", ""], "Số lượng", "từ 1"),
        (["01/02/2023", "", "Tin bài", "T", "2,5", "", "", "", "", ""], "Số lượng", "2,5"),
        (
            ["01/02/2023", "", "Tin bài", "T", "", "Tiếng Pháp", "", "", "", ""],
            "Ngôn ngữ",
            "Tiếng Pháp",
        ),
        (
            ["01/02/2023", "", "Tin bài", "T", "", "", "", "1,5 triệu", "", ""],
            "Kinh phí (đồng)",
            "1,5 triệu",
        ),
        # a minus sign is read, and the reason given is the sign
        (
            ["01/02/2023", "", "Tin bài", "T", "", "", "", "-5", "", ""],
            "Kinh phí (đồng)",
            "không được âm",
        ),
        (["01/02/2023", "", "Tin bài", "T", "", "", "", "", "9", ""], "Chủ đề", "9"),
    ],
)
def test_each_kind_of_bad_row_is_rejected_with_row_and_reason(
    unit_ws, tmp_path, row, field, fragment
):
    result = read(unit_ws, write_rows(tmp_path / "bad.csv", [GOOD[0], row]))
    assert len(result.activities) == 1  # the good row still imports
    [problem] = result.rejected
    assert (problem.source, problem.row, problem.label) == ("bad.csv", 3, field)
    assert fragment in problem.message
    assert problem.describe().startswith("bad.csv, dòng 3: cột “" + field)


def test_row_of_another_year_is_refused_when_year_is_given(unit_ws, tmp_path):
    rows = [GOOD[0], ["01/02/2024", "", "Tin bài", "T", "", "", "", "", "", ""]]
    result = read(unit_ws, write_rows(tmp_path / "y.csv", rows), year=2023)
    assert len(result.activities) == 1
    assert "không thuộc năm 2023" in result.rejected[0].message


def test_file_without_header_is_reported(unit_ws, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    result = read(unit_ws, path)
    assert result.activities == []
    assert "không tìm thấy dòng tiêu đề" in result.rejected[0].message


def test_importing_twice_adds_nothing(unit_ws, tmp_path):
    unit = unit_ws.units.self_unit()
    path = write_rows(tmp_path / "a.csv", GOOD)
    assert unit_ws.activities.insert_many(read(unit_ws, path).activities, unit.id) == (3, 0)
    assert unit_ws.activities.insert_many(read(unit_ws, path).activities, unit.id) == (0, 3)
    assert unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id)) == (3, 4, 3_500_000)


def test_failed_import_leaves_workspace_unchanged(unit_ws, tmp_path):
    unit = unit_ws.units.self_unit()
    acts = read(unit_ws, write_rows(tmp_path / "a.csv", GOOD)).activities
    broken = Activity(
        date=date(2023, 3, 1), title="x", form="Tin bài", quantity=0
    )  # violates CHECK
    from desktop.store import WorkspaceError

    with pytest.raises((WorkspaceError, sqlite3.IntegrityError)):
        unit_ws.activities.insert_many([*acts, broken], unit.id)
    assert unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))[0] == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_then_import_into_empty_workspace_gives_identical_data(unit_ws, tmp_path, suffix):
    from desktop.store import Workspace

    unit = unit_ws.units.self_unit()
    acts = read(unit_ws, write_rows(tmp_path / "a.csv", GOOD)).activities
    acts.append(
        Activity(
            date=date(2023, 4, 1),
            title='=HYPERLINK("http://x")',
            form="Banner",
            notes="dòng 1\ndòng 2",
            link="+84 máy",
        )
    )
    unit_ws.activities.insert_many(acts, unit.id)
    out = tmp_path / f"out{suffix}"
    writer = write_xlsx if suffix == ".xlsx" else write_csv
    assert writer(out, unit_ws.activities.iterate(ActivityFilter(unit_id=unit.id))) == 4
    other = Workspace.open(tmp_path / "other.cdsdb")
    other.units.set_self_unit(other.units.by_name(unit.name))
    back = read(other, out)
    assert back.rejected == []
    other.activities.insert_many(back.activities, other.units.self_unit().id)

    def snapshot(w):
        return [
            (
                a.date,
                a.target_code,
                a.form,
                a.title,
                a.quantity,
                a.language,
                a.link,
                a.cost,
                a.themes,
                a.notes,
            )
            for a in w.activities.iterate(ActivityFilter(unit_id=w.units.self_unit().id))
        ]

    assert snapshot(other) == snapshot(unit_ws)
    other.close()


def test_xlsx_export_writes_formula_like_text_as_text(unit_ws, tmp_path):
    import openpyxl

    unit_ws.activities.add(Activity(date=date(2023, 4, 1), title="=1+2", form="Banner", link="@x"))
    out = tmp_path / "f.xlsx"
    write_xlsx(out, unit_ws.activities.iterate(ActivityFilter()))
    sheet = openpyxl.load_workbook(out).active
    assert sheet["D2"].value == "=1+2" and sheet["D2"].data_type == "s"
    assert sheet["G2"].value == "@x"


def test_blank_template_has_only_the_header(tmp_path):
    import openpyxl

    write_template(tmp_path / "mau.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "mau.xlsx").active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    assert sheet.max_row == 1
    assert ImportResult().rows_read == 0


def test_written_files_get_ordinary_permissions(tmp_path):
    import os
    import stat

    out = tmp_path / "mau.csv"
    write_template(out)
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~mask
