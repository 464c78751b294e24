"""Excel and CSV lists as units keep them: titles above the header, synonyms,
several sheets, total rows, date and number forms, encodings, remembered
mappings, re-import and failed import."""

from datetime import date, datetime

import openpyxl
import pytest

from desktop.domain.activity import Activity
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.listformat import HEADERS, write_template, write_xlsx
from desktop.io.listlayout import header_field, open_table_source
from desktop.store import ActivityFilter


def messy_workbook(path, sheets):
    """A workbook as a unit keeps it: merged title rows, a header on row 5,
    an STT column, blank rows and a total row. `sheets` maps a sheet name to
    data rows (Ngày, Nhiệm vụ, Loại, Tên tin bài, SL, Thành tiền, Link)."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:H1")
        ws["A1"] = "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH QUẢNG NGÃI"
        ws.merge_cells("A2:H2")
        ws["A2"] = "DANH SÁCH TIN, BÀI TUYÊN TRUYỀN CHUYỂN ĐỔI SỐ"
        ws.merge_cells("A3:H3")
        ws["A3"] = f"({name} năm 2023)"
        ws.append([])
        ws.append(
            ["STT", "Ngày đăng", "Nhiệm vụ", "Loại", "Tên tin, bài", "SL", "Thành tiền", "Link"]
        )
        for i, row in enumerate(rows, start=1):
            ws.append([i, *row])
        ws.append([])
        ws.append(["Tổng cộng", None, None, None, None, sum(r[4] or 0 for r in rows), None, None])
    wb.save(path)
    return path


@pytest.fixture
def tv(unit_ws):
    return unit_ws


def run_import(ws, paths, year=None, dry_run=False):
    session = open_import(paths, ws.texts.import_mapping)
    result = check_import(session, plan_lookup(ws), year)
    summary = commit_import(session, result, ws, dry_run=dry_run)
    return session, result, summary


def stored(ws):
    return [
        (a.date, a.target_code, a.form, a.title, a.quantity, a.cost, a.link)
        for a in ws.activities.iterate(ActivityFilter(unit_id=ws.units.self_unit().id))
    ]


def test_header_synonyms_with_or_without_accents_any_case():
    cases = {
        "Ngày": "date",
        "NGAY DANG": "date",
        "Thời gian": "date",
        "ngày đăng tải": "date",
        "Tiêu đề": "title",
        "Tên tin, bài": "title",
        "NOI DUNG": "title",
        "Số lượng": "quantity",
        "SL": "quantity",
        "Số tin": "quantity",
        "Kinh phí (đồng)": "cost",
        "Chi phí": "cost",
        "thanh tien": "cost",
        "Đường dẫn": "link",
        "LINK": "link",
        "URL": "link",
        "Mục KH": "target_code",
        "Mã chỉ tiêu": "target_code",
        "Nhiệm vụ": "target_code",
        "Hình thức": "form",
        "Loại": "form",
        "Ngôn ngữ": "language",
        "Chủ đề": "themes",
        "Ghi chú": "notes",
        "STT": None,
        "Người thực hiện": None,
        # a column in millions is the cost, its cells multiplied (test_scaled_money)
        "Kinh phí (triệu đồng)": "cost",
        "Ngày (dd/mm/yyyy)": "date",
        "Chi phí (VNĐ)": "cost",
    }
    assert {h: header_field(h) for h in cases} == cases


def test_merged_titles_several_sheets_total_row_and_task_titles(tv, tmp_path):
    path = messy_workbook(
        tmp_path / "ds.xlsx",
        {
            "Tháng 1": [
                (
                    datetime(2023, 1, 6),
                    "III.2.a/TH",
                    "Chuyên mục",
                    "CĐS tuần 1",
                    1,
                    "1.500.000 đ",
                    "https://tv/1",
                ),
                (datetime(2023, 1, 13), "iii.2.a/th", "chuyên mục", "CĐS tuần 2", 1, 0, ""),
            ],
            "Tháng 2": [
                # the task given by words of its title instead of its code
                (
                    "03/02/2023",
                    "Chuyên mục chuyển đổi số trên sóng phát thanh",
                    "Chuyên mục",
                    "PT tuần 5",
                    2,
                    None,
                    "",
                ),
                ("10/02/2023", "", "Tin bài", "Tin ngoài kế hoạch", 1, None, ""),
            ],
        },
    )
    session, result, summary = run_import(tv, [path])
    [source] = session.tables
    assert [(c.name, c.header_row + 1) for c in source.sheets] == [("Tháng 1", 5), ("Tháng 2", 5)]
    assert result.rejected == []
    assert result.totals_skipped == 2
    assert result.sources[0] == ("ds.xlsx", "Tháng 1", 6)
    assert (summary.inserted, summary.skipped, summary.rejected) == (4, 0, 0)
    assert stored(tv) == [
        (date(2023, 1, 6), "III.2.a/TH", "Chuyên mục", "CĐS tuần 1", 1, 1_500_000, "https://tv/1"),
        (date(2023, 1, 13), "III.2.a/TH", "Chuyên mục", "CĐS tuần 2", 1, 0, ""),
        (date(2023, 2, 3), "III.2.a/PT", "Chuyên mục", "PT tuần 5", 2, 0, ""),
        (date(2023, 2, 10), None, "Tin bài", "Tin ngoài kế hoạch", 1, 0, ""),
    ]


def test_each_date_form_and_serial_numbers(tv, tmp_path):
    import xlsxwriter

    path = tmp_path / "dates.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    sh = wb.add_worksheet("Quý I")
    sh.write_row(0, 0, ["Thời gian", "Hình thức", "Nội dung"])
    values = [
        datetime(2023, 3, 1),  # a date cell
        44987,  # Excel serial for 02/03/2023 in a number cell
        "03/03/2023",
        "4/3/23",
        "05-03-2023",
        "06.03.2023",
    ]
    for i, v in enumerate(values, start=1):
        if isinstance(v, datetime):
            sh.write_datetime(i, 0, v, wb.add_format({"num_format": "dd/mm/yyyy"}))
        else:
            sh.write(i, 0, v)
        sh.write_row(i, 1, ["Tin bài", f"Tin {i}"])
    wb.close()
    _, result, _ = run_import(tv, [path])
    assert result.rejected == []
    assert [a.date for a in result.activities] == [date(2023, 3, d) for d in range(1, 7)]


def test_bad_rows_are_rejected_with_file_sheet_row_and_reason(tv, tmp_path):
    path = messy_workbook(
        tmp_path / "bad.xlsx",
        {
            "T3": [
                ("01/03/2023", "", "Tin bài", "Tốt", 1, "1.500.000", ""),
                ("31/02/2023", "", "Tin bài", "Sai ngày", 1, None, ""),
                ("02/03/2023", "", "Tin bài", "Kinh phí chữ", 1, "1,5 triệu", ""),
                ("03/03/2023", "Chuyên mục Chuyển đổi số", "Chuyên mục", "Mơ hồ", 1, None, ""),
                ("04/03/2023", "Tổ chức hội nghị", "Tin bài", "Không có", 1, None, ""),
                ("05/03/2023", "", "Thư tay", "Sai hình thức", 1, None, ""),
            ]
        },
    )
    _, result, summary = run_import(tv, [path])
    # A form the catalogue lacks is the officer's word, not a reason to refuse.
    assert [(a.title, a.form) for a in result.activities] == [
        ("Tốt", "Tin bài"),
        ("Sai hình thức", "Thư tay"),
    ]
    assert summary.rejected == 4
    assert summary.new_forms == [("Thư tay", 1)]
    got = [(p.source, p.sheet, p.row, p.label) for p in result.rejected]
    assert got == [
        ("bad.xlsx", "T3", 7, "Ngày"),
        ("bad.xlsx", "T3", 8, "Kinh phí (đồng)"),
        ("bad.xlsx", "T3", 9, "Mã chỉ tiêu"),
        ("bad.xlsx", "T3", 10, "Mã chỉ tiêu"),
    ]
    msgs = [p.describe() for p in result.rejected]
    assert "bad.xlsx, trang “T3”, dòng 7: cột “Ngày”: “31/02/2023” không phải ngày" in msgs[0]
    assert "1,5 triệu" in msgs[1] and "có chữ" in msgs[1]
    assert "khớp với nhiều chỉ tiêu (III.2.a/PT, III.2.a/TH" in msgs[2]
    assert "không phải mã hay tên chỉ tiêu" in msgs[3]


def test_missing_form_column_takes_the_targets_form_only_when_the_plan_says_it(tv, tmp_path):
    path = tmp_path / "noform.csv"
    path.write_text(
        "Ngày,Mã chỉ tiêu,Tiêu đề\n"
        "01/03/2023,III.2.a/TH,Chuyên mục tuần 9\n"  # measured in "chuyên mục"
        "02/03/2023,III.2.d,Tin cổng\n"  # measured in "tin, bài, video": no single form
        "03/03/2023,,Tin khác\n",
        encoding="utf-8",
    )
    _, result, _ = run_import(tv, [path])
    assert [(a.title, a.form) for a in result.activities] == [("Chuyên mục tuần 9", "Chuyên mục")]
    assert [(p.row, p.field) for p in result.rejected] == [(3, "form"), (4, "form")]
    assert "không có cột Hình thức" in result.rejected[0].message


def cp1258_bytes(text):
    """Windows-1258 as Vietnamese Windows writes it: base letters such as ơ, ê
    precomposed, tone marks as separate combining characters."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + tones).encode("cp1258")
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_encodings_are_read_and_normalised(tv, tmp_path, encoding):
    import unicodedata

    text = (
        "Ngày;Hình thức;Tên tin, bài;Ghi chú\n07/04/2023;Tin bài;Hội nghị chuyển đổi số;Đã đăng\n"
    )
    path = tmp_path / f"{encoding}.csv"
    if encoding == "cp1258":
        path.write_bytes(cp1258_bytes(text))
    else:
        path.write_text(text, encoding=encoding)
    _, result, _ = run_import(tv, [path])
    assert result.rejected == []
    [a] = result.activities
    assert a.title == "Hội nghị chuyển đổi số" == unicodedata.normalize("NFC", a.title)
    assert a.notes == "Đã đăng"


def test_reimport_adds_nothing_and_counts_present_rows(tv, tmp_path):
    path = messy_workbook(
        tmp_path / "a.xlsx",
        {"T1": [("05/01/2023", "", "Tin bài", f"Tin {i}", 1, None, "") for i in range(3)]},
    )
    assert run_import(tv, [path])[2].inserted == 3
    _, _, again = run_import(tv, [path])
    assert (again.inserted, again.skipped) == (0, 3)
    assert again.describe() == "Đã nhập 0, đã có sẵn 3, bị từ chối 0."
    assert len(stored(tv)) == 3


def test_dry_run_counts_but_writes_nothing(tv, tmp_path):
    path = messy_workbook(
        tmp_path / "a.xlsx", {"T1": [("05/01/2023", "", "Tin bài", "X", 1, None, "")]}
    )
    _, _, summary = run_import(tv, [path], dry_run=True)
    assert summary.inserted == 1
    assert stored(tv) == []
    assert tv.conn.execute("SELECT count(*) FROM import_mappings").fetchone()[0] == 0


def test_failed_import_leaves_workspace_exactly_as_before(tv, tmp_path, monkeypatch):
    tv.activities.add(Activity(date=date(2023, 1, 2), title="Có trước", form="Tin bài"))
    before = tv.conn.execute("SELECT * FROM activities").fetchall()
    path = messy_workbook(
        tmp_path / "a.xlsx",
        {"T1": [("05/01/2023", "", "Tin bài", f"Tin {i}", 1, None, "") for i in range(5)]},
    )
    session = open_import([path], tv.texts.import_mapping)
    result = check_import(session, plan_lookup(tv))

    # the disk fills up while the mappings are saved, after the rows went in
    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(tv.texts, "save_import_mapping", broken)
    with pytest.raises(OSError):
        commit_import(session, result, tv)
    assert tv.conn.execute("SELECT * FROM activities").fetchall() == before
    assert tv.conn.execute("SELECT count(*) FROM import_mappings").fetchone()[0] == 0


def test_chosen_mapping_is_remembered_for_the_same_layout(tv, tmp_path):
    def write(path):
        path.write_text(
            "Ngày,Cột A,Cột B,Cột C\n08/05/2023,Tin bài,Tin được nhớ,3\n", encoding="utf-8"
        )
        return path

    first = open_import([write(tmp_path / "a.csv")], tv.texts.import_mapping)
    [choice] = first.tables[0].sheets
    assert choice.header_row is None  # no title column recognised
    choice.set_header_row(0)
    choice.mapping.update({"form": 1, "title": 2, "quantity": 3})
    choice.enabled = True
    result = check_import(first, plan_lookup(tv))
    assert commit_import(first, result, tv).inserted == 1

    second = open_table_source(write(tmp_path / "b.csv"), tv.texts.import_mapping)
    [again] = second.sheets
    assert again.remembered and again.header_row == 0
    assert again.mapping == {"date": 0, "form": 1, "title": 2, "quantity": 3}


def test_file_that_is_not_a_list_is_reported(tv, tmp_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK not really")
    session, result, _ = run_import(tv, [bad])
    assert [p.source for p in session.file_errors] == ["x.xlsx"]
    assert "bị hỏng" in result.rejected[0].message


def test_export_of_a_year_then_import_into_empty_workspace_is_identical(tv, tmp_path):
    from desktop.store import Workspace

    acts = [
        Activity(
            date=date(2023, 5, d),
            title=t,
            form="Tin bài",
            target_code=c,
            quantity=q,
            cost=k,
            link=lk,
            themes=th,
            notes=n,
            language=lang,
        )
        for d, t, c, q, k, lk, th, n, lang in [
            (1, "=SUM(A1:A2)", "III.2.a/TH", 1, 0, "", (1,), "", "Tiếng Việt"),
            (
                2,
                "+84 đường dây nóng",
                None,
                3,
                1_500_000,
                "@page",
                (2, 8),
                "dòng 1\ndòng 2",
                "Tiếng Anh",
            ),
            (3, "-giảm giấy tờ", "III.2.a/PT", 2, 7, "https://x/y?a=1", (), "", "Tiếng Việt"),
        ]
    ]
    tv.activities.insert_many(acts, tv.units.self_unit().id)
    tv.activities.add(Activity(date=date(2024, 1, 1), title="Năm sau", form="Tin bài"))
    out = tmp_path / "xuat.xlsx"
    assert write_xlsx(out, tv.activities.iterate(ActivityFilter(year=2023))) == 3
    sheet = openpyxl.load_workbook(out).active
    formula_like = [(c, sheet[c].value, sheet[c].data_type) for c in ("D2", "D3", "G3", "D4")]
    assert formula_like == [
        ("D2", "=SUM(A1:A2)", "s"),
        ("D3", "+84 đường dây nóng", "s"),
        ("G3", "@page", "s"),
        ("D4", "-giảm giấy tờ", "s"),
    ]
    other = Workspace.open(tmp_path / "moi.cdsdb")
    other.units.set_self_unit(other.units.by_name(tv.units.self_unit().name))
    run_import(other, [out])
    assert stored(other) == [r for r in stored(tv) if r[0].year == 2023]
    other.close()


def test_blank_template_reads_as_an_empty_list(tv, tmp_path):
    write_template(tmp_path / "mau.xlsx")
    session, result, summary = run_import(tv, [tmp_path / "mau.xlsx"])
    assert session.tables[0].sheets[0].mapping == {
        f: i
        for i, f in enumerate(
            [
                "date",
                "target_code",
                "form",
                "title",
                "quantity",
                "language",
                "link",
                "cost",
                "themes",
                "notes",
                "views",
                "reach",
                "shares",
                "funding",
            ]
        )
    }
    assert (summary.inserted, result.rejected) == (0, [])
    assert [c.value for c in openpyxl.load_workbook(tmp_path / "mau.xlsx").active[1]] == list(
        HEADERS
    )


def test_import_makes_a_backup_first_but_a_dry_run_does_not(tv, tmp_path, data_dir):
    path = messy_workbook(
        tmp_path / "a.xlsx", {"T1": [("05/01/2023", "", "Tin bài", "X", 1, None, "")]}
    )
    tv.activities.add(Activity(date=date(2023, 1, 2), title="Có trước", form="Tin bài"))

    def backups():
        return sorted(p.name for p in data_dir.rglob("*.cdsdb"))

    run_import(tv, [path], dry_run=True)
    assert backups() == []
    run_import(tv, [path])
    assert len(backups()) == 1


@pytest.mark.parametrize(
    "written,code",
    [
        ("III.2.a/TH", "III.2.a/TH"),
        ("iii.2.d/sx", "III.2.đ/SX"),  # typed without đ, any case
        ("Zalo", "III.2.g"),
        ("Bản tin số", "III.4.a"),
        ("phat lai", "III.2.đ/PL"),
        ("Chuyên mục Chuyển đổi số trên sóng truyền hình của Đài - tháng 3", "III.2.a/TH"),
        ("Video", None),  # several targets: refused, not guessed
        ("Tổ công nghệ số cộng đồng", None),
    ],
)
def test_task_written_as_code_or_recognisable_title(tv, written, code):
    from desktop.io.rowcheck import TaskMatcher

    found, problem = TaskMatcher(tv.plans.get(2023)).resolve(written)
    assert found == code
    assert (problem is None) == (code is not None)


def test_a_task_written_with_the_usual_abbreviations_is_found(unit_ws):
    from desktop.io.rowcheck import TaskMatcher

    matcher = TaskMatcher(unit_ws.plans.get(2023))
    assert matcher.resolve("Cuộc thi tìm hiểu về CĐS trong đoàn viên thanh niên") == (
        "III.3.d",
        None,
    )
    assert matcher.resolve("Chuyên mục CDS trên sóng truyền hình")[0] == "III.2.a/TH"
    # "TT&TT" written out: the task the Sở Thông tin và Truyền thông leads by guidance.
    assert matcher.resolve("Sở TT&TT hướng dẫn") == ("III.1", None)
    # An abbreviation alone names no task, and says so with the officer's words.
    assert matcher.resolve("CĐS") == (
        None,
        "“CĐS” không phải mã hay tên chỉ tiêu nào trong kế hoạch năm 2023",
    )
