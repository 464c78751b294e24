"""Officers keep costs in the unit they think in: "Kinh phí (triệu đồng)"
with 1,5 and 2, "Thành tiền (nghìn đồng)". Such a column is the cost, each
cell multiplied into đồng (it used to be left out, every cost stored as 0);
a cell that cannot be read one way only is refused with the reason, and a
negative cost says that it is negative."""

from __future__ import annotations

import pytest
import xlsxwriter

from desktop.domain.text import NumberError, parse_scaled_money, parse_whole_number
from desktop.io.listlayout import header_field, money_scale
from desktop.io.smartlist import read_list_file


@pytest.mark.parametrize(
    ("header", "scale"),
    [
        ("Kinh phí (triệu đồng)", 1_000_000),
        ("Chi phí (tr.đ)", 1_000_000),
        ("Thành tiền (nghìn đồng)", 1_000),
        ("Số tiền (ngàn đ)", 1_000),
        ("Kinh phí (tỷ đồng)", 1_000_000_000),
        ("Kinh phí (đồng)", 1),
        ("Kinh phí (VNĐ)", 1),
    ],
)
def test_a_cost_column_and_its_unit(header, scale):
    assert header_field(header) == "cost"
    assert money_scale(header) == scale


def test_other_headers_with_a_scale_word_are_no_cost():
    assert header_field("Số triệu lượt xem") is None
    assert money_scale("Số triệu lượt xem") == 1
    assert header_field("Nguồn kinh phí") == "funding"


@pytest.mark.parametrize(
    ("cell", "dong"),
    [
        ("1,5", 1_500_000),  # the Vietnamese decimal comma
        ("2", 2_000_000),
        (2, 2_000_000),
        (1.2, 1_200_000),  # a number cell; binary 1.2 is no trouble
        ("1.500", 1_500_000_000),  # a dot groups thousands
        ("1.234,5", 1_234_500_000),
        ("1.5", 1_500_000),  # a dot that can group nothing is a decimal point
        ("0,25 đ", 250_000),
        ("", None),
        (None, None),
    ],
)
def test_cells_of_a_column_in_millions(cell, dong):
    assert parse_scaled_money(cell, 1_000_000) == dong


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ("1,500", "không rõ là số lẻ hay số nghìn"),
        ("0,0000001", "“0,0000001” có phần lẻ"),  # less than one đồng
        ("khoảng 2", "có chữ"),
    ],
)
def test_cells_read_no_single_way_are_refused(cell, words):
    with pytest.raises(NumberError) as e:
        parse_scaled_money(cell, 1_000_000)
    assert words in str(e.value.message)


def test_a_minus_sign_is_read_so_a_negative_is_named():
    assert parse_whole_number("-500.000đ", money=True) == -500_000
    assert parse_whole_number("\u22123") == -3
    assert parse_scaled_money("-1,5", 1_000_000) == -1_500_000
    with pytest.raises(NumberError):
        parse_whole_number("-")


def _list(tmp_path, suffix, header, cells):
    rows = [(f"0{i + 1}/03/2023", "Tin bài", f"Tin số {i + 1}", c) for i, c in enumerate(cells)]
    path = tmp_path / f"ds{suffix}"
    if suffix == ".csv":
        lines = [f"Ngày đăng,Hình thức,Tên tin bài,{header}"]
        lines += [",".join(f'"{v}"' for v in row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        wb = xlsxwriter.Workbook(str(path))
        sheet = wb.add_worksheet()
        sheet.write_row(0, 0, ["Ngày đăng", "Hình thức", "Tên tin bài", header])
        for r, row in enumerate(rows, start=1):
            sheet.write_row(r, 0, row)
        wb.close()
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_list_in_millions_is_stored_in_dong(ws, tmp_path, suffix):
    plan = ws.plans.get(2023)
    cells = ["1,5", "2", "1,500", "-1"] if suffix == ".csv" else [1.5, 2, 0.75, -1]
    path = _list(tmp_path, suffix, "Kinh phí (triệu đồng)", cells)
    result = read_list_file(path, lambda year: plan, 2023)
    costs = {a.title: a.cost for a in result.activities}
    if suffix == ".csv":
        assert costs == {"Tin số 1": 1_500_000, "Tin số 2": 2_000_000}
        assert [(p.row, str(p.message)) for p in result.rejected] == [
            (4, "“1,500” không rõ là số lẻ hay số nghìn; hãy ghi 1.500 hoặc 1500"),
            (5, "không được âm"),
        ]
    else:
        assert costs == {"Tin số 1": 1_500_000, "Tin số 2": 2_000_000, "Tin số 3": 750_000}
        assert [(p.row, str(p.message)) for p in result.rejected] == [(5, "không được âm")]


def test_a_rejected_row_keeps_the_cell_as_written(ws, tmp_path):
    plan = ws.plans.get(2023)
    path = _list(tmp_path, ".csv", "Kinh phí (nghìn đồng)", ["1,500", "250"])
    result = read_list_file(path, lambda year: plan, 2023)
    assert [a.cost for a in result.activities] == [250_000]
    (refused,) = result.refused
    assert "1,500" in refused.cells.values()  # the rejects file shows what the officer wrote
