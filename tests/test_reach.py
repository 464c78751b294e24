"""More of what real reports say: reach (views, reach, shares), content
themes, the share in English and the sources of funding, from the rules to
the stored workspace, lists, packages and the report read back."""

from __future__ import annotations

import csv
import json
import sqlite3
import zipfile
from datetime import date

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from desktop.domain.activity import LANGUAGES, Activity, RawActivity, check_language, validate
from desktop.domain.reach import FUNDING_SOURCES, check_funding, check_reach
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.listformat import HEADERS, write_csv
from desktop.io.package import write_package
from desktop.io.package_import import receive_packages
from desktop.reports.consolidated import build_consolidated_report
from desktop.reports.context import ReportOptions, build_unit_report
from desktop.reports.pipeline import write_report
from desktop.store import ActivityFilter, Workspace
from desktop.store.connection import migrate
from desktop.store.plans import load_builtin_plan
from desktop.store.schema import LATEST_VERSION

YEAR = 2023
VP = "Văn phòng UBND tỉnh"
DAI = "Đài Phát thanh và Truyền hình tỉnh"
SO = "Sở Thông tin và Truyền thông"


# -- the rules ------------------------------------------------------------------


def test_reach_empty_is_not_recorded_and_zero_is_zero():
    assert check_reach(None) == (None, None)
    assert check_reach("") == (None, None)
    assert check_reach(" - ") == (None, None)
    assert check_reach(0) == (0, None)
    assert check_reach("12.345") == (12345, None)
    assert check_reach(2100.0) == (2100, None)
    assert check_reach("-5")[1] is not None
    assert check_reach(-5) == (None, "không được âm")
    assert check_reach("12,5 nghìn")[1].startswith("“12,5 nghìn” có chữ")
    assert check_reach(10**9 + 1) == (None, "quá lớn (tối đa 1.000.000.000)")
    assert check_reach(10**9) == (10**9, None)


def test_funding_in_officers_words():
    assert check_funding("") == ("", None)
    assert check_funding("NS tỉnh") == ("Ngân sách tỉnh", None)
    assert check_funding("ngân sách cấp xã") == ("Ngân sách xã", None)
    assert check_funding("Nguồn xã hội hóa") == ("Xã hội hóa", None)
    assert check_funding("XHH") == ("Xã hội hóa", None)
    assert check_funding("Tài trợ") == ("Xã hội hóa", None)
    assert check_funding("nguồn khác") == ("Khác", None)
    assert check_funding("Ngân sách nhà nước")[1].startswith("“Ngân sách nhà nước” chưa rõ cấp")
    assert check_funding("Vay ngân hàng") == (
        "",
        "“Vay ngân hàng” phải là một trong: " + ", ".join(FUNDING_SOURCES),
    )


def test_language_both():
    assert check_language("Song ngữ") == (LANGUAGES[2], None)
    assert check_language("Việt - Anh") == (LANGUAGES[2], None)
    assert check_language("Tiếng Việt, Tiếng Anh") == (LANGUAGES[2], None)
    assert check_language("vi/en") == (LANGUAGES[2], None)
    assert check_language("Tiếng Anh") == ("Tiếng Anh", None)
    assert check_language("Tiếng Pháp")[1] == (
        "“Tiếng Pháp” phải là Tiếng Việt, Tiếng Anh hoặc Tiếng Việt và Tiếng Anh"
    )


def test_validate_names_the_field_of_a_bad_count():
    plan = load_builtin_plan()[0]
    raw = RawActivity(date="05/03/2023", form="Tin bài", title="Tin", views="nhiều", shares="-3")
    activity, problems = validate(raw, plan)
    assert activity is None
    assert [(p.label, str(p.message)[:14]) for p in problems] == [
        ("Lượt xem", "“nhiều” có chữ"),
        ("Lượt chia sẻ", "không được âm"),  # the minus sign is read: the reason is the sign
    ]


# -- the workspace ----------------------------------------------------------------


def _vp_workspace(path) -> Workspace:
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(ws.units.by_name(VP))
    acts = [
        Activity(
            date(2023, 3, 1), "Tin chính quyền số", "Tin bài", "III.2.d", quantity=10,
            language="Tiếng Việt", views=10_000, shares=2_000, themes=(2,),
            cost=30_000_000, funding="Ngân sách tỉnh",
        ),
        Activity(
            date(2023, 4, 1), "Digital government news", "Tin bài", "III.2.d", quantity=4,
            language="Tiếng Anh", views=2_345, themes=(2, 5),
            cost=20_000_000, funding="Ngân sách xã",
        ),
        Activity(
            date(2023, 5, 1), "Song ngữ về kinh tế số", "Video", "III.2.d", quantity=1,
            language="Tiếng Việt và Tiếng Anh", shares=100, themes=(5,),
            cost=10_000_000, funding="Xã hội hóa",
        ),
        # Recorded nothing of its reach: the report's figures say so.
        Activity(date(2023, 6, 1), "Tin không ghi lượt xem", "Tin bài", "III.2.d", quantity=5,
                 cost=5_000_000),
        # Zero views recorded: never printed as "0 lượt xem".
        Activity(date(2023, 7, 1), "Banner trên cổng", "Banner", None, views=0),
    ]  # fmt: skip
    ws.activities.insert_many(acts, unit.id)
    return ws


def test_stored_and_read_back_none_distinct_from_zero(tmp_path):
    with _vp_workspace(tmp_path / "vp.cdsdb") as ws:
        got = {a.title: a for a in ws.activities.iterate(ActivityFilter(year=YEAR))}
    assert (got["Tin chính quyền số"].views, got["Tin chính quyền số"].reach) == (10_000, None)
    assert got["Banner trên cổng"].views == 0
    assert got["Tin không ghi lượt xem"].views is None
    assert got["Digital government news"].funding == "Ngân sách xã"
    assert got["Tin không ghi lượt xem"].funding == ""
    conn = sqlite3.connect(tmp_path / "vp.cdsdb")
    nulls = conn.execute("SELECT count(*) FROM activities WHERE views IS NULL").fetchone()[0]
    assert nulls == 2
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE activities SET shares = -1")
    conn.close()


def test_migration_keeps_older_activities_not_recorded(tmp_path):
    """A workspace of the previous version gains the columns; its activities
    have no reach recorded and no source of funding."""
    path = tmp_path / "old.cdsdb"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 0, LATEST_VERSION - 1)
    conn.execute("INSERT INTO units(id, name) VALUES (1, 'Đơn vị cũ')")
    conn.execute(
        "INSERT INTO activities(uid, unit_id, year, date, form, title, created_at, updated_at) "
        "VALUES ('u1', 1, 2023, '2023-05-01', 'Tin bài', 'Tin cũ', '2023-05-01', '2023-05-01')"
    )
    conn.close()
    with Workspace.open(path, create=False) as ws:
        (a,) = ws.activities.iterate(ActivityFilter(unit_id=1, year=YEAR))
    assert (a.title, a.views, a.reach, a.shares, a.funding) == ("Tin cũ", None, None, None, "")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()


# -- lists --------------------------------------------------------------------------


def _import(ws, path):
    session = open_import([path], ws.texts.import_mapping)
    result = check_import(session, plan_lookup(ws), None)
    commit_import(session, result, ws)
    return result


def test_list_with_officers_headers(tmp_path):
    """An officer's sheet: "Số lượt xem", "Lượt tiếp cận", "Chia sẻ", "Nguồn
    kinh phí", "Nội dung tuyên truyền" in words, "Song ngữ"."""
    path = tmp_path / "danh-sach.xlsx"
    wb = openpyxl.Workbook()
    sh = wb.active
    sh.append(["STT", "Ngày đăng", "Mục KH", "Hình thức", "Tên tin, bài", "Ngôn ngữ",
               "Số lượt xem", "Lượt tiếp cận", "Chia sẻ", "Kinh phí", "Nguồn kinh phí",
               "Nội dung tuyên truyền"])  # fmt: skip
    sh.append([1, "01/03/2023", "III.2.d", "Tin bài", "Tin 1", "Tiếng Việt", "12.345", 3000,
               "", "1.000.000", "NS tỉnh", "Kinh tế số; Tổ Công nghệ số cộng đồng"])  # fmt: skip
    sh.append([2, "02/03/2023", "III.2.d", "Tin bài", "Tin 2", "Song ngữ", 0, None, "15",
               None, None, "Chủ đề 1"])  # fmt: skip
    sh.append([3, "03/03/2023", "III.2.d", "Tin bài", "Tin 3", "", "nhiều", None, "",
               None, "Vay", ""])  # fmt: skip
    sh.append([4, "04/03/2023", "III.2.d", "Tin bài", "Tin 4", "", "", None, "",
               None, "", "chính quyền số"])  # fmt: skip
    wb.save(path)
    with Workspace.open(tmp_path / "vp.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(VP))
        result = _import(ws, path)
        got = {a.title: a for a in ws.activities.iterate(ActivityFilter(year=YEAR))}
    assert sorted(got) == ["Tin 1", "Tin 2"]
    one, two = got["Tin 1"], got["Tin 2"]
    assert (one.views, one.reach, one.shares, one.funding) == (12345, 3000, None, "Ngân sách tỉnh")
    assert one.themes == (2, 5)
    assert (two.views, two.reach, two.shares, two.funding) == (0, None, 15, "")
    assert two.language == "Tiếng Việt và Tiếng Anh" and two.themes == (1,)
    reasons = sorted(p.describe() for p in result.rejected)
    assert any("dòng 4: cột “Lượt xem”: “nhiều” có chữ" in r for r in reasons), reasons
    assert any("cột “Nguồn kinh phí”: “Vay” phải là một trong" in r for r in reasons), reasons
    assert any(
        "dòng 5: cột “Chủ đề”: “chính quyền số” có trong nhiều chủ đề (2, 3)" in r for r in reasons
    ), reasons


def test_list_format_round_trip_keeps_not_recorded_empty(tmp_path):
    with _vp_workspace(tmp_path / "vp.cdsdb") as ws:
        out = tmp_path / "xuat.csv"
        write_csv(out, ws.activities.iterate(ActivityFilter(year=YEAR)))
        before = sorted(
            (a.title, a.views, a.reach, a.shares, a.funding, a.language, a.themes)
            for a in ws.activities.iterate(ActivityFilter(year=YEAR))
        )
    with open(out, encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == HEADERS
    assert rows[0][-4:] == ["Lượt xem", "Lượt tiếp cận", "Lượt chia sẻ", "Nguồn kinh phí"]
    by_title = {r[3]: r for r in rows[1:]}
    assert by_title["Tin không ghi lượt xem"][-4:] == ["", "", "", ""]
    assert by_title["Banner trên cổng"][-4] == "0"
    with Workspace.open(tmp_path / "other.cdsdb") as other:
        other.units.set_self_unit(other.units.by_name(VP))
        _import(other, out)
        after = sorted(
            (a.title, a.views, a.reach, a.shares, a.funding, a.language, a.themes)
            for a in other.activities.iterate(ActivityFilter(year=YEAR))
        )
    assert after == before


# -- packages -------------------------------------------------------------------------


def test_package_round_trip_and_an_older_package(tmp_path):
    with _vp_workspace(tmp_path / "vp.cdsdb") as ws:
        pkg = tmp_path / "vp.cdsgoi"
        write_package(ws, YEAR, pkg)
    with zipfile.ZipFile(pkg) as zf:
        rows = json.loads(zf.read("hoat-dong.json"))
    first = next(r for r in rows if r["title"] == "Tin chính quyền số")
    assert (first["views"], first["reach"], first["shares"], first["funding"]) == (
        10000, None, 2000, "Ngân sách tỉnh",
    )  # fmt: skip
    # The same package as an older app wrote it: no reach or funding keys.
    old = tmp_path / "vp-cu.cdsgoi"
    _rewrite_activities(pkg, old, lambda r: {k: v for k, v in r.items()
                                              if k not in ("views", "reach", "shares", "funding")})  # fmt: skip
    bad = tmp_path / "vp-sai.cdsgoi"
    _rewrite_activities(pkg, bad, lambda r: {**r, "views": "nhiều"} if r["views"] else r)
    with Workspace.open(tmp_path / "so.cdsdb") as so:
        so.units.set_self_unit(so.units.by_name(SO))
        (refused,) = receive_packages(so, [bad])
        assert not refused.ok
        assert "cột “Lượt xem”: phải là số nguyên hoặc null" in refused.message
        receive_packages(so, [pkg])
        vp = so.units.by_name(VP)
        got = {a.title: a for a in so.activities.iterate(ActivityFilter(unit_id=vp.id))}
        assert got["Tin chính quyền số"].shares == 2000
        assert got["Banner trên cổng"].views == 0
        assert got["Song ngữ về kinh tế số"].funding == "Xã hội hóa"
    with Workspace.open(tmp_path / "so2.cdsdb") as so:
        so.units.set_self_unit(so.units.by_name(SO))
        receive_packages(so, [old])
        vp = so.units.by_name(VP)
        got = list(so.activities.iterate(ActivityFilter(unit_id=vp.id)))
        assert len(got) == 5
        assert {(a.views, a.reach, a.shares, a.funding) for a in got} == {(None, None, None, "")}


def _rewrite_activities(source, target, change):
    """Copy a package with its activity list changed, checksums made anew."""
    import hashlib

    with zipfile.ZipFile(source) as src:
        manifest = json.loads(src.read("manifest.json"))
        parts = {i.filename: src.read(i) for i in src.infolist()}
    rows = [change(r) for r in json.loads(parts["hoat-dong.json"])]
    parts["hoat-dong.json"] = json.dumps(rows, ensure_ascii=False).encode("utf-8")
    for part in manifest["parts"]:
        data = parts[part["path"]]
        part["size"], part["sha256"] = len(data), hashlib.sha256(data).hexdigest()
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)


# -- the report -------------------------------------------------------------------------


def _docx_paragraphs(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs]


def _docx_tables(path):
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages)


@pytest.fixture(scope="module")
def vp_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reach")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        with _vp_workspace(folder / "vp.cdsdb") as ws:
            report = build_unit_report(ws, YEAR, options=ReportOptions(on=date(2023, 12, 31)))
            write_report(report, docx=folder / "bc.docx", pdf=folder / "bc.pdf")
    return folder


def test_report_task_paragraph_reach_and_english(vp_report):
    texts = _docx_paragraphs(vp_report / "bc.docx")
    task = next(t for t in texts if t.startswith("Thực hiện 20/180 tin, bài, video"))
    # 4 English + 1 bilingual of 20; 2 of 4 activities recorded their reach.
    assert task.startswith(
        "Thực hiện 20/180 tin, bài, video, đạt 11,1% kế hoạch. Trong đó có tiếng Anh: 5 tin, "
        "bài, video (25%). Các sản phẩm"
    )
    assert task.endswith("có ghi nhận). Đánh giá: Không đạt.")
    assert (
        "Các sản phẩm đạt 12.345 lượt xem và 2.100 lượt chia sẻ "
        "(số liệu của 3/4 hoạt động có ghi nhận)." in task
    )
    assert not any("0 lượt xem" in t for t in texts)
    assert not any("lượt tiếp cận" in t for t in texts)


def test_report_themes_and_funding_sentences(vp_report):
    texts = _docx_paragraphs(vp_report / "bc.docx")
    themes = [t for t in texts if t.startswith("Nội dung tuyên truyền tập trung vào:")]
    assert themes == [
        "Nội dung tuyên truyền tập trung vào: nội dung, tầm quan trọng, ý nghĩa, mục tiêu và "
        "tác động của chuyển đổi số, chính quyền số, kinh tế số, xã hội số, kỹ năng số "
        "(2 hoạt động); tuyên truyền, hướng dẫn hoạt động của Tổ Công nghệ số cộng đồng (2)."
    ]
    assert "Tổng kinh phí thực hiện: 65.000.000 đồng, trong đó:" in texts
    assert (
        "Về nguồn kinh phí: ngân sách nhà nước 50.000.000 đồng (ngân sách tỉnh 30.000.000 đồng, "
        "ngân sách xã 20.000.000 đồng); xã hội hóa 10.000.000 đồng; chưa ghi nguồn "
        "5.000.000 đồng." in texts
    )


def test_report_appendix_reach_columns(vp_report):
    table = next(t for t in _docx_tables(vp_report / "bc.docx") if t[0][:2] == ["STT", "Mục KH"])
    assert table[0][-2:] == ["Lượt xem", "Lượt chia sẻ"]
    row = next(r for r in table if r[1] == "III.2.d")
    assert row[-2:] == ["12.345", "2.100"]
    banner = next(r for r in table if r[2] == "Hoạt động khác: Banner")
    assert banner[-2:] == ["", ""]
    # The totals row sums what was recorded.
    assert table[-1][2] == "Tổng cộng" and table[-1][-2:] == ["12.345", "2.100"]


def test_pdf_says_the_same(vp_report):
    text = _pdf_text(vp_report / "bc.pdf")
    assert "Trong đó có tiếng Anh: 5 tin, bài, video (25%)." in text
    assert "12.345 lượt xem và 2.100 lượt chia sẻ" in text
    assert "xã hội hóa 10.000.000 đồng" in text
    assert "Nội dung tuyên truyền tập trung vào:" in text


def test_report_without_any_recorded_says_nothing_of_it(tmp_path):
    with Workspace.open(tmp_path / "dai.cdsdb") as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.activities.add(
            Activity(date(2023, 1, 2), "Chuyên mục 1", "Chuyên mục", "III.2.a/TH", cost=100),
            unit.id,
        )
        report = build_unit_report(ws, YEAR, options=ReportOptions(on=date(2023, 12, 31)))
        write_report(report, docx=tmp_path / "bc.docx")
    texts = _docx_paragraphs(tmp_path / "bc.docx")
    joined = "\n".join(texts)
    for words in ("lượt xem", "lượt chia sẻ", "tiếng Anh", "Nội dung tuyên truyền tập trung",
                  "Về nguồn kinh phí"):  # fmt: skip
        assert words not in joined
    table = next(t for t in _docx_tables(tmp_path / "bc.docx") if t[0][:2] == ["STT", "Mục KH"])
    assert table[0][-1] == "Đánh giá"


def test_consolidated_sums_over_units_that_reported(tmp_path):
    with _vp_workspace(tmp_path / "vp.cdsdb") as ws:
        write_package(ws, YEAR, tmp_path / "vp.cdsgoi")
    with Workspace.open(tmp_path / "dai.cdsdb") as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        ws.activities.add(
            Activity(date(2023, 1, 2), "Chuyên mục 1", "Chuyên mục", "III.2.a/TH", views=500,
                     themes=(5,), cost=1_000_000, funding="Ngân sách tỉnh"),
            unit.id,
        )  # fmt: skip
        write_package(ws, YEAR, tmp_path / "dai.cdsgoi")
    with Workspace.open(tmp_path / "so.cdsdb") as so:
        so.units.set_self_unit(so.units.by_name(SO))
        receive_packages(so, [tmp_path / "vp.cdsgoi", tmp_path / "dai.cdsgoi"])
        report = build_consolidated_report(so, YEAR, ReportOptions(report_date=date(2024, 1, 5)))
        write_report(report, docx=tmp_path / "th.docx")
    texts = _docx_paragraphs(tmp_path / "th.docx")
    joined = "\n".join(texts)
    assert "Trong đó có tiếng Anh: 5 tin, bài, video (25%)." in joined
    assert "Các sản phẩm đạt 500 lượt xem." in joined
    assert (
        "Nội dung tuyên truyền tập trung vào: tuyên truyền, hướng dẫn hoạt động của Tổ Công nghệ "
        "số cộng đồng (3 hoạt động); nội dung, tầm quan trọng" in joined
    )
    assert (
        "Về nguồn kinh phí: ngân sách nhà nước 51.000.000 đồng (ngân sách tỉnh 31.000.000 đồng, "
        "ngân sách xã 20.000.000 đồng); xã hội hóa 10.000.000 đồng; chưa ghi nguồn "
        "5.000.000 đồng." in texts
    )
    table = next(t for t in _docx_tables(tmp_path / "th.docx") if t[0][:2] == ["STT", "Mục KH"])
    assert table[0][-2:] == ["Lượt xem", "Lượt chia sẻ"]
    assert next(r for r in table if r[1] == "III.2.a/TH")[-2:] == ["500", ""]
    assert next(r for r in table if r[1] == "III.2.d")[-2:] == ["12.345", "2.100"]


def test_consolidated_reach_of_a_merged_unit_counts_under_its_successor(tmp_path):
    from desktop.domain.plan import new_unit_defaults

    with _vp_workspace(tmp_path / "vp.cdsdb") as ws:
        write_package(ws, YEAR, tmp_path / "vp.cdsgoi")
    with Workspace.open(tmp_path / "so.cdsdb") as so:
        so.units.set_self_unit(so.units.by_name(SO))
        receive_packages(so, [tmp_path / "vp.cdsgoi"])
        so.units.merge([VP], new_unit_defaults("Văn phòng Tỉnh ủy và UBND tỉnh"), date(2023, 1, 1))
        report = build_consolidated_report(so, YEAR, ReportOptions(report_date=date(2024, 1, 5)))
        write_report(report, docx=tmp_path / "th.docx")
    joined = "\n".join(_docx_paragraphs(tmp_path / "th.docx"))
    assert "12.345 lượt xem và 2.100 lượt chia sẻ" in joined
    assert "Về nguồn kinh phí: ngân sách nhà nước 50.000.000 đồng" in joined


def test_import_dialog_proposes_the_themes_words_name():
    from desktop.io.valuemap import _propose

    plan = load_builtin_plan()[0]
    assert _propose("themes", "2; 5", plan, None) == (True, None)
    assert _propose("themes", "Kinh tế số, Tổ Công nghệ số cộng đồng", plan, None) == (
        False,
        "2; 5",
    )
    assert _propose("themes", "chính quyền số", plan, None) == (False, None)
