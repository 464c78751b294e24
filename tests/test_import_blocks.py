"""The column-wise check of a block of rows (desktop/io/blockcheck.py) must
give exactly what the row-by-row check gives: the same accepted rows, the
same refusals with the same messages naming file, sheet, row and field, the
same totals, choices and progress, on lists full of awkward cells."""

from __future__ import annotations

import dataclasses
import random
import unicodedata
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_import_memo import COLUMNS

from desktop.domain.activity import MAX_TITLE, Activity, check_link, check_title
from desktop.io import smartlist
from desktop.io.blockcheck import (
    BLOCK,
    LINK_LIMIT,
    ROW_FIELDS,
    checked_texts,
    clean_texts,
    make_activities,
)
from desktop.io.importer import ImportSession, PlanLookup, check_import
from desktop.io.listlayout import SheetChoice, SourceFile
from desktop.io.tables import Sheet
from desktop.io.valuemap import ValueChoice
from desktop.store.workspace import load_builtin_plan

PLAN = load_builtin_plan()[0]

NFD = unicodedata.normalize("NFD", "Chuyển đổi số ở xã Đức Phổ")
# Cells that trip one rule or another, beside those of test_import_memo.
AWKWARD = {
    "title": [NFD, "a\ud800b", "=HYPERLINK(\"http://x\")", "+84 đường dây", "nul\x00x",
              "nbsp\u00a0x", "zw\u200bx", "x\u3000", "x" * 100_000, "\u0301dấu đầu", "Tab\tx"],
    "link": [NFD, "h\ud800", "https://a.vn/ x", " https://a.vn", "x" * 10_000, 7, True],
    "date": [datetime(2022, 6, 1), "02/01/2024", date(2040, 5, 5), float("nan"), "Ngày"],
    "form": ["Clip", "Hình thức", NFD],
    "notes": ["\x00\x7f", NFD, "n" * 100_001],
}  # fmt: skip
HEADER = ["STT", "Ngày", "Mã chỉ tiêu", "Hình thức", "Tiêu đề", "Số lượng", "Ngôn ngữ",
          "Đường dẫn", "Kinh phí (đồng)", "Chủ đề", "Ghi chú"]  # fmt: skip
FIELDS = ["date", "target_code", "form", "title", "quantity", "language", "link", "cost",
          "themes", "notes"]  # fmt: skip


def good_row(rng: random.Random, i: int) -> list[object]:
    day = date(2023, 1, 1 + i % 28)
    return [
        i,
        rng.choice([day, datetime(2023, 3, 1 + i % 28), f"{1 + i % 28:02d}/04/2023", 45000.0]),
        rng.choice(["III.2.d", "III.2.a/TH", "", "iii.2.d"]),
        rng.choice(["Tin bài", "Video", "tin bai"]),
        rng.choice(["Tin về chuyển đổi số {}", "Chuyển đổi số cấp xã, số {}", "Plain {}"]).format(
            i
        ),
        rng.choice([1, 1.0, "2", ""]),
        rng.choice(["Tiếng Việt", "", "EN"]),
        rng.choice([f"https://a.vn/{i}", ""]),
        rng.choice([0, "1.500.000", 500000.0, ""]),
        rng.choice(["1", "1; 2", "", 2.0]),
        rng.choice(["", "Phát lại"]),
    ]


def awkward_row(rng: random.Random, i: int) -> list[object]:
    row = good_row(rng, i)
    for field in rng.sample(FIELDS, rng.choice([1, 1, 2, 4])):
        values = COLUMNS[field] + AWKWARD.get(field, [])
        row[1 + FIELDS.index(field)] = rng.choice(values)
    return row


def sheet_rows(seed: int, n: int, bad: float) -> list[list[object]]:
    """A list as kept by hand: merged title rows, the header, rows mostly good,
    blank rows, the header repeated, short rows and a total row."""
    rng = random.Random(seed)
    rows: list[list[object]] = [["DANH SÁCH TIN, BÀI NĂM 2023"] + [""] * 10, [""] * 11, HEADER]
    for i in range(1, n + 1):
        r = rng.random()
        if r < 0.01:
            rows.append([""] * 11)
        elif r < 0.015:
            rows.append([None, " ", "\t"])
        elif r < 0.018:
            rows.append(list(HEADER))
        elif r < 0.02:
            rows.append([i, "01/02/2023"])
        elif r < 0.02 + bad:
            rows.append(awkward_row(rng, i))
        else:
            rows.append(good_row(rng, i))
    rows.append(["Tổng cộng", None, None, None, None, 17])
    return rows


def session_of(rows, mapping=None) -> ImportSession:
    mapping = mapping or {f: i + 1 for i, f in enumerate(FIELDS)}
    choice = SheetChoice("danh-sach.xlsx", Sheet("Năm 2023", rows), 2, dict(mapping))
    return ImportSession(tables=[SourceFile(path=Path("danh-sach.xlsx"), sheets=[choice])])


def cell(value: object) -> tuple:
    """A value with its type, so 1, 1.0 and True, or a str and a Message, differ."""
    return type(value).__name__, repr(value), getattr(value, "template", None)


def outcome(result, calls) -> dict:
    def problem(p):
        return p.field, cell(p.message), p.row, p.sheet, p.source

    return {
        "activities": [
            [(f.name, cell(getattr(a, f.name))) for f in dataclasses.fields(a)]
            for a in result.activities
        ],
        "sources": result.sources,
        "rejected": [problem(p) for p in result.rejected],
        "refused": [
            (
                r.source,
                r.sheet,
                r.row,
                sorted((k, cell(v)) for k, v in r.cells.items()),
                [problem(p) for p in r.problems],
            )
            for r in result.refused
        ],  # fmt: skip
        "totals": result.totals_skipped,
        "by_choice": result.skipped_by_choice,
        "derived": sorted(result.derived_plans),
        "progress": calls,
    }


def both_ways(monkeypatch, session, plans, year=None, values=None):
    """The outcome of the column-wise check, and of the row-by-row check alone."""

    def run():
        calls: list[int] = []
        result = check_import(session, PlanLookup(dict(plans)), year, calls.append, values)
        return outcome(result, calls)

    fast = run()
    with monkeypatch.context() as m:

        def every_row_alone(checker, values, n, has_form, special):
            special.update(range(n))
            return []

        m.setattr(smartlist, "check_columns", every_row_alone)
        general = run()
    return fast, general


PLANS = {2023: PLAN, 2022: replace(PLAN, year=2022)}


@pytest.mark.parametrize(("seed", "bad"), [(1, 0.0), (2, 0.05), (3, 0.5)])
@pytest.mark.parametrize("year", [None, 2023])
def test_blocks_give_what_rows_give(monkeypatch, seed, bad, year):
    rows = sheet_rows(seed, BLOCK + 700, bad)
    fast, general = both_ways(monkeypatch, session_of(rows), PLANS, year)
    assert fast == general
    # The lists hold what the comparison is about.
    assert len(fast["activities"]) > BLOCK // 2
    assert fast["totals"] == 1 and fast["progress"]
    if bad:
        assert fast["refused"] and fast["rejected"]


def test_without_a_form_column_and_with_years_without_a_plan(monkeypatch):
    rows = sheet_rows(4, BLOCK + 50, 0.1)
    for i, row in enumerate(rows[3:]):
        if len(row) > 1 and i % 3 == 0:
            row[1] = [date(2022, 5, 1), date(2024, 2, 2), date(2050, 1, 1)][i % 9 // 3]
    mapping = {f: i + 1 for i, f in enumerate(FIELDS) if f != "form"}
    fast, general = both_ways(monkeypatch, session_of(rows, mapping), PLANS)
    assert fast == general
    assert fast["derived"] == [2024]
    messages = {p[1][1] for p in fast["rejected"]}
    assert any("chưa có kế hoạch năm 2050" in m for m in messages)
    assert any("không có cột Hình thức" in m for m in messages)
    assert {a[0][1][1] for a in fast["activities"]} >= {"datetime.date(2022, 5, 1)"}


def test_with_the_officers_value_choices(monkeypatch):
    rows = sheet_rows(5, BLOCK + 300, 0.1)
    values = [
        ValueChoice("form", "tin bai", 0, "Tin bài", "map", "Tin bài"),
        ValueChoice("form", "Clip", 0, None, "keep"),
        ValueChoice("target_code", "iii.2.d", 0, "III.2.d", "skip"),
        ValueChoice("language", "EN", 0, "Tiếng Anh", "map", "Tiếng Việt"),
        ValueChoice("themes", "1; 2", 0, None, "skip"),
    ]
    fast, general = both_ways(monkeypatch, session_of(rows), PLANS, None, values)
    assert fast == general
    assert fast["by_choice"] > 100
    forms = {dict(a)["form"][1] for a in fast["activities"]}
    assert "'tin bai'" not in forms and "'Tin bài'" in forms


@pytest.mark.parametrize("seed", range(6))
def test_small_sheets_of_any_cells(monkeypatch, seed):
    rng = random.Random(seed)
    rows = sheet_rows(seed, rng.choice([1, 7, 60]), rng.choice([0.3, 1.0]))
    fast, general = both_ways(monkeypatch, session_of(rows), PLANS, rng.choice([None, 2023]))
    assert fast == general


# -- titles and links found clean for a whole column ------------------------

TEXT = st.lists(
    st.sampled_from(["a", "Đ", "ễ", " ", "  ", "\u00a0", "\t", "\n", "\x0b", "\x00", "\u0301",
                     "e\u0302", "\u2126", "\ud800", "\u200b", ",", "'", "x" * 30]),
    max_size=12,
).map("".join)  # fmt: skip
CELLS = st.lists(st.one_of(TEXT, TEXT, st.none(), st.integers(0, 3), st.floats()), max_size=8)


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_a_column_found_clean_is_what_each_check_gives(values):
    for check, limit, empty_ok in ((check_title, MAX_TITLE, False), (check_link, 40, True)):
        assert checked_texts(values, check, limit, empty_ok) == list(map(check, values))
        if clean_texts(values, limit, empty_ok):
            assert all(check(v) == (v, None) and type(v) is str for v in values)


def test_columns_as_lists_write_them_are_found_clean():
    titles = ["Chuyển đổi số cấp xã", "Tin, bài về dịch vụ công (số 2)", "Zalo OA", "x" * 2000]
    assert clean_texts(titles, MAX_TITLE, empty_ok=False)
    assert clean_texts([f"https://a.vn/{i}" for i in range(9)] + ["", ""], LINK_LIMIT, True)
    # And the cells that each need their own check are not.
    for odd in (NFD, " x", "x ", "a  b", "", "a\tb", "x" * 2001, None, 5):
        assert not clean_texts([*titles[:3], odd], MAX_TITLE, empty_ok=False), odd
    assert not clean_texts(["", "h" * 4001], LINK_LIMIT, empty_ok=True)


def test_activities_made_in_one_call_are_those_made_by_name():
    rows = [
        [date(2023, 1, 2), "III.2.d", "Video", "Một", 2, "Tiếng Anh", "https://a.vn", 5, (1, 3),
         "ghi", 10, None, 3, "Ngân sách"],
        [date(2023, 1, 3), None, "Tin bài", "Hai", 1, "Tiếng Việt", "", 0, (), "", None, None,
         None, ""],
    ]  # fmt: skip
    made = make_activities([list(c) for c in zip(*rows, strict=True)], len(rows))
    assert made == [Activity(**dict(zip(ROW_FIELDS, r, strict=True))) for r in rows]
    assert made[0].attachments == [] and made[0].attachments is not made[1].attachments


def test_a_header_chosen_by_hand_whose_date_cell_is_a_date(monkeypatch):
    # The header row repeated is left out; a row that only shares its date is read.
    rows = sheet_rows(6, 300, 0.1)
    header = [None, date(2023, 1, 5), "III.2.d", "Video", "Tiêu đề", 1, "", "", 0, "", ""]
    rows[2] = header
    rows[10:10] = [list(header), list(header), header[:4] + ["Khác"] + header[5:]]
    fast, general = both_ways(monkeypatch, session_of(rows), PLANS)
    assert fast == general
    read = {row for _, _, row in fast["sources"]}
    assert 11 not in read and 12 not in read and 13 in read
