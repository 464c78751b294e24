"""Imports that add nothing write nothing, and what a refusal quotes of a
cell is short: every row refused (or every row already present) leaves the
workspace file byte for byte as it was, with no column mapping remembered;
a cell of megabytes is quoted by its first characters in the messages, the
file of refused rows and a package's refusal, while the file of refused rows
keeps the cell itself whole."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from desktop.cli import main
from desktop.domain.activity import FIELD_LABELS
from desktop.domain.text import Message
from desktop.io.file_messages import SHOWN_CHARS, shortened, shown_value
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.listformat import FIELDS, HEADERS
from desktop.io.package_values import PackageError, activities_from_rows
from desktop.io.rejects import refused_rows

HEADER = "Ngày,Tiêu đề,Hình thức,Mã chỉ tiêu,Số lượng,Link,Kinh phí\n"
HUGE = 50_000


@pytest.fixture
def db(unit_db_file) -> Path:
    return unit_db_file


def contents(path: Path) -> tuple[str, dict[str, int]]:
    """The workspace's SQL dump and the row count of every table."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        return "\n".join(conn.iterdump()), counts
    finally:
        conn.close()


def negative_list(path: Path, rows: int = 3) -> Path:
    lines = [
        f"15/03/2023,Phóng sự {i},Phóng sự,,-5,https://example.vn/{i},1000\n" for i in range(rows)
    ]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


# -- 1. an import that adds nothing writes nothing --------------------------------


def test_a_refused_cli_import_leaves_the_workspace_byte_for_byte(db, tmp_path, capsys):
    csv_path = negative_list(tmp_path / "am.csv")
    before_bytes = db.read_bytes()
    before = contents(db)
    assert main(["import", str(csv_path), "--db", str(db)]) == 1
    captured = capsys.readouterr()
    assert "Không nhập được dòng nào" in captured.err
    assert "am.csv, dòng 2: cột “Số lượng”" in captured.out
    assert contents(db) == before
    assert before[1]["import_mappings"] == 0
    assert db.read_bytes() == before_bytes


def test_a_refused_import_writes_no_mapping_even_for_a_chosen_layout(unit_ws, tmp_path):
    path = tmp_path / "tay.csv"
    path.write_text("Ngày,Cột A,Cột B,Cột C\n08/05/2023,Tin bài,Tin nhớ,-3\n", encoding="utf-8")
    session = open_import([path], unit_ws.texts.import_mapping)
    [choice] = session.tables[0].sheets
    choice.set_header_row(0)
    choice.mapping.update({"form": 1, "title": 2, "quantity": 3})
    choice.enabled = True
    result = check_import(session, plan_lookup(unit_ws))
    summary = commit_import(session, result, unit_ws)
    assert (summary.inserted, summary.rejected, summary.nothing_written) == (0, 1, True)
    assert summary.batch_id is None
    count = unit_ws.conn.execute
    assert count("SELECT count(*) FROM import_mappings").fetchone()[0] == 0
    assert count("SELECT count(*) FROM imports").fetchone()[0] == 0


def test_a_reimport_of_rows_already_present_writes_nothing(db, tmp_path, capsys):
    csv_path = tmp_path / "ds.csv"
    csv_path.write_text(HEADER + "15/03/2023,Phóng sự CĐS,Phóng sự,,2,,0\n", encoding="utf-8")
    assert main(["import", str(csv_path), "--db", str(db)]) == 0
    assert "Đã nhập 1 dòng" in capsys.readouterr().out
    before_bytes = db.read_bytes()
    before = contents(db)
    assert before[1]["import_mappings"] == 1
    assert main(["import", str(csv_path), "--db", str(db)]) == 0
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 1." in capsys.readouterr().out
    assert contents(db) == before
    assert db.read_bytes() == before_bytes


def test_only_the_sheets_that_gave_rows_have_their_mapping_remembered(unit_ws, tmp_path):
    path = tmp_path / "hai-trang.xlsx"
    wb = openpyxl.Workbook()
    good = wb.active
    good.title = "Đúng"
    good.append(["Ngày", "Tiêu đề", "Hình thức", "Số lượng"])
    good.append(["15/03/2023", "Tin đúng", "Tin bài", 1])
    bad = wb.create_sheet("Sai")
    bad.append(["Ngày đăng", "Tên tin bài", "Loại", "SL"])
    bad.append(["16/03/2023", "Tin sai", "Tin bài", -1])
    wb.save(path)
    session = open_import([path], unit_ws.texts.import_mapping)
    signatures = {c.name: c.signature() for c in session.tables[0].sheets}
    assert len(set(signatures.values())) == 2
    summary = commit_import(session, check_import(session, plan_lookup(unit_ws)), unit_ws)
    assert (summary.inserted, summary.rejected) == (1, 1)
    assert set(unit_ws.texts.import_mappings()) == {signatures["Đúng"]}


def test_a_trial_of_a_refused_import_writes_nothing_either(db, tmp_path, capsys):
    csv_path = negative_list(tmp_path / "am.csv")
    before_bytes = db.read_bytes()
    assert main(["import", str(csv_path), "--db", str(db), "--dry-run"]) == 1
    assert "sẽ nhập 0" in capsys.readouterr().out
    assert db.read_bytes() == before_bytes


# -- 2. a cell's value is quoted short ----------------------------------------------


def huge_cells() -> dict[str, str]:
    """A value of HUGE characters for each field whose refusal quotes it."""
    return {
        "date": "d" * HUGE,
        "target_code": "Z" * HUGE,
        "quantity": "x" * HUGE,
        "language": "q" * HUGE,
        "cost": "c" * HUGE,
        "themes": "y" * HUGE,
        "views": "v" * HUGE,
        "funding": "w" * HUGE,
    }


def huge_list(path: Path) -> Path:
    """The app's list format, one row per field with a huge value in it."""
    good = {"date": "15/03/2023", "form": "Tin bài", "quantity": "1"}
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow(HEADERS)
        for i, (field, value) in enumerate(huge_cells().items()):
            row = {**good, "title": f"Tin {i}", field: value}
            out.writerow([row.get(f, "") for f in FIELDS])
    return path


def test_every_field_of_a_list_quotes_a_huge_cell_short(unit_ws, tmp_path):
    path = huge_list(tmp_path / "lon.csv")
    session = open_import([path], unit_ws.texts.import_mapping)
    result = check_import(session, plan_lookup(unit_ws), 2023)
    assert not result.activities
    by_field = {p.field: p for p in result.rejected}
    assert set(by_field) == set(huge_cells())
    for field, value in huge_cells().items():
        text = str(by_field[field].describe())
        assert len(text) < 400, (field, len(text))
        assert f"“{value[:SHOWN_CHARS]}…”" in text, (field, text)
        assert f"cột “{FIELD_LABELS[field]}”" in text


def test_the_rejects_file_keeps_the_cell_whole_and_its_reason_short(db, tmp_path, capsys):
    path = huge_list(tmp_path / "lon.csv")
    out = tmp_path / "tu-choi.csv"
    assert (
        main(["import", str(path), "--db", str(db), "--year", "2023", "--rejects", str(out)]) == 1
    )
    printed = capsys.readouterr().out
    assert len(printed) < 8 * 400 + 1000  # one short line per refused row
    csv.field_size_limit(10 * HUGE)
    with open(out, encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header[-1] == "Lý do" and len(rows) == len(huge_cells())
    for row, (field, value) in zip(rows, huge_cells().items(), strict=True):
        assert row[FIELDS.index(field)] == value  # the cell as the file had it
        assert len(row[-1]) < 400 and f"“{value[:SHOWN_CHARS]}…”" in row[-1]


def test_refused_rows_of_a_result_keep_the_original_cells(unit_ws, tmp_path):
    path = huge_list(tmp_path / "lon.csv")
    session = open_import([path], unit_ws.texts.import_mapping)
    rows = refused_rows(check_import(session, plan_lookup(unit_ws), 2023))
    assert [len(r.cells["quantity"]) for r in rows if r.problems[0].field == "quantity"] == [HUGE]
    assert all(len(r.reason()) < 400 for r in rows)


@pytest.mark.parametrize("field", ["target_code", "language", "funding", "date"])
def test_a_package_entry_quotes_a_huge_value_short(unit_ws, field):
    plan = unit_ws.plans.require(2023)
    value = "Z" * 100_000
    row = {"date": "2023-03-15", "form": "Tin bài", "title": "Tin", "quantity": 1, field: value}
    with pytest.raises(PackageError) as e:
        activities_from_rows([row], plan, 2023)
    message = str(e.value)
    assert f"mục 1, cột “{FIELD_LABELS[field]}”" in message
    assert len(message) < 400, len(message)
    assert f"“{value[:SHOWN_CHARS]}…”" in message


def test_shortened_keeps_the_template_and_shortens_only_quoted_values():
    long = "a" * 500
    inner = Message("“{text}” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000", text=long)
    outer = Message(
        "cột “{field}”: {message} ({forms})", field="Số lượng", message=inner, forms=long
    )
    short = shortened(outer)
    assert isinstance(short, Message) and short.template == outer.template
    assert short.values["message"].template == inner.template
    assert short.values["message"].values["text"] == "a" * SHOWN_CHARS + "…"
    assert short.values["forms"] == long  # not a quoted value: a list the plan gives
    assert shortened(inner.values["text"][:10]) == "a" * 10
    same = Message("“{text}” không phải ngày", text="32/01/2023")
    assert shortened(same) is same
    assert shown_value("b" * SHOWN_CHARS) == "b" * SHOWN_CHARS
    # a plain text (themes) has each quoted part shortened
    plain = f"“{long}” không khớp chủ đề nào của kế hoạch; hãy ghi số chủ đề"
    assert (
        shortened(plain)
        == f"“{'a' * SHOWN_CHARS}…” không khớp chủ đề nào của kế hoạch; hãy ghi số chủ đề"
    )


def test_a_new_form_longer_than_any_form_is_refused_with_its_length(tmp_path):
    """A list keeps its own words for forms ("Video clip"), but a cell of
    thousands of characters is no form: refused, not added to the catalogue."""
    from desktop.domain.activity import MAX_FORM, check_form

    forms = ("Tin bài", "Chuyên mục")
    form, problem = check_form("Video clip", forms, allow_new=True)
    assert (form, problem) == ("Video clip", None)
    form, problem = check_form("Hình thức " * 10_000, forms, allow_new=True)
    assert len(form) == MAX_FORM
    assert str(problem) == f"dài 99.999 ký tự, tối đa {MAX_FORM}"
