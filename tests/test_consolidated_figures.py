"""The consolidated figures as the report shows them, pinned on a small
department: units' packages with reach (views, reach, shares), English,
funding sources, themes and other activities, and two units merged during
the year whose figures count under their successor. The consolidated
report is read back from its DOCX; the figures are worked out by hand from
the activities below."""

from __future__ import annotations

from datetime import date, datetime

import docx
import pytest
from package_fixtures import BAO, DAI, LY_SON, SO

from desktop.domain.activity import Activity
from desktop.domain.plan import new_unit_defaults
from desktop.io.package import write_package
from desktop.io.package_import import receive_packages
from desktop.reports.consolidated import build_consolidated_report
from desktop.reports.context import ReportOptions
from desktop.reports.pipeline import write_report
from desktop.store import Workspace

YEAR = 2023
VP = "Văn phòng UBND tỉnh"
NEW = "Báo và Phát thanh, Truyền hình Quảng Ngãi"
MERGED_ON = date(2023, 7, 1)

A = Activity
SENT: dict[str, list[Activity]] = {
    VP: [
        A(date(2023, 3, 1), "Tin chính quyền số", "Tin bài", "III.2.d", quantity=10,
          views=10_000, shares=2_000, themes=(2,), cost=30_000_000, funding="Ngân sách tỉnh"),
        A(date(2023, 4, 1), "Digital government news", "Tin bài", "III.2.d", quantity=4,
          language="Tiếng Anh", views=2_345, themes=(2, 5), cost=20_000_000,
          funding="Ngân sách xã"),
        A(date(2023, 5, 1), "Tin không ghi lượt xem", "Tin bài", "III.2.d", quantity=5,
          cost=5_000_000),
        A(date(2023, 7, 1), "Banner trên cổng", "Banner", None, views=0),
        A(date(2023, 8, 1), "Tờ rơi chuyển đổi số", "Tờ rơi", None, quantity=3, reach=1_200,
          cost=2_000_000, funding="Khác"),
    ],
    DAI: [
        A(date(2023, 1, 5), "Chuyên mục 1", "Chuyên mục", "III.2.a/TH", views=500, themes=(5,),
          cost=1_000_000, funding="Ngân sách tỉnh"),
        A(date(2023, 2, 5), "Chuyên mục 2", "Chuyên mục", "III.2.a/TH", views=700, reach=90,
          themes=(1, 5), cost=1_000_000, funding="Ngân sách tỉnh"),
        A(date(2023, 6, 5), "Tọa đàm số", "Tọa đàm", None, quantity=2, views=40),
    ],
    BAO: [
        A(date(2023, 2, 10), "Chuyên trang 1", "Chuyên trang", "III.2.b/IN", shares=15,
          themes=(3,), cost=3_000_000, funding="Xã hội hóa"),
        A(date(2023, 3, 10), "Chuyên trang 2", "Chuyên trang", "III.2.b/IN", views=1_000,
          themes=(3,), cost=3_000_000),
    ],
    LY_SON: [
        A(date(2023, 4, 20), "Video song ngữ", "Video", "III.2.d", quantity=2,
          language="Tiếng Việt và Tiếng Anh", views=300, themes=(2,), cost=4_000_000,
          funding="Ngân sách huyện"),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def department(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tong-hop")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        packages = []
        for i, (name, activities) in enumerate(SENT.items()):
            with Workspace.open(folder / f"{i}.cdsdb") as ws:
                unit = ws.units.set_self_unit(ws.units.by_name(name))
                ws.activities.insert_many(activities, unit.id)
                packages.append(folder / f"{i}.cdsgoi")
                write_package(ws, YEAR, packages[-1])
        db = folder / "so.cdsdb"
        with Workspace.open(db) as ws:
            so = ws.units.set_self_unit(ws.units.by_name(SO))
            ws.activities.insert_many(
                [
                    A(date(2023, 9, 9), "Tin của Sở", "Tin bài", "III.2.d", quantity=1,
                      views=55, themes=(1,), cost=500_000, funding="Ngân sách tỉnh"),
                ],
                so.id,
            )  # fmt: skip
            results = receive_packages(ws, packages, received_at=datetime(2023, 12, 20, 9, 0))
            assert all(r.ok for r in results), [r.message for r in results]
            ws.units.merge([DAI, BAO], new_unit_defaults(NEW), MERGED_ON)
            report = build_consolidated_report(
                ws, YEAR, ReportOptions(number="9", report_date=date(2024, 1, 5))
            )
            write_report(report, docx=folder / "tong-hop.docx")
            rows = ws.figures.consolidated(YEAR, date(2023, 12, 31))
        document = docx.Document(str(folder / "tong-hop.docx"))
        yield rows, document


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _table(document, first: list[str]) -> list[list[str]]:
    return next(
        [[c.text for c in row.cells] for row in t.rows]
        for t in document.tables
        if [c.text for c in t.rows[0].cells][: len(first)] == first
    )


NOTE = f"gồm số liệu của {DAI}, {BAO} trước ngày 01/07/2023; chưa có số liệu của chính đơn vị từ ngày 01/07/2023"


def test_totals_per_target_and_the_units_behind_them(department):
    rows, _ = department
    got = {
        r.code: (
            r.actual,
            r.target,
            [(s.unit.name, s.actual, s.note) for s in r.breakdown if s.actual],
        )
        for r in rows
        if r.actual
    }
    assert got == {
        "III.2.a/TH": (2, 52, [(NEW, 2, NOTE)]),
        "III.2.b/IN": (2, 12, [(NEW, 2, NOTE)]),
        "III.2.d": (22, 180, [(VP, 19, ""), (SO, 1, ""), (LY_SON, 2, "")]),
    }


def test_task_sentences_with_english_and_reach(department):
    texts = _paragraphs(department[1])
    # 4 in English (VP) and 2 bilingual (Lý Sơn) of 22; 4 of the 5 activities
    # recorded their reach: 10.000 + 2.345 + 300 + 55 views.
    assert (
        "Thực hiện 22/180 tin, bài, video, đạt 12,2% kế hoạch. Trong đó có tiếng Anh: 6 tin, "
        "bài, video (27,3%). Các sản phẩm đạt 12.700 lượt xem và 2.000 lượt chia sẻ (số liệu "
        "của 4/5 hoạt động có ghi nhận). Đánh giá: Không đạt." in texts
    )
    # The merged units' reach counts under their successor.
    assert (
        "Thực hiện 2/52 chuyên mục, đạt 3,8% kế hoạch. Các sản phẩm đạt 1.200 lượt xem và 90 "
        "lượt tiếp cận. Đánh giá: Không đạt." in texts
    )
    assert (
        "Thực hiện 2/12 kỳ, đạt 16,7% kế hoạch. Các sản phẩm đạt 1.000 lượt xem và 15 lượt "
        "chia sẻ. Đánh giá: Không đạt." in texts
    )
    assert (
        "Kết quả theo đơn vị: Văn phòng UBND tỉnh 19/180 tin, bài, video; Sở Thông tin và "
        "Truyền thông 1 tin, bài, video; UBND huyện Lý Sơn 2 tin, bài, video." in texts
    )


def test_themes_funding_and_costs(department):
    texts = _paragraphs(department[1])
    themes = next(t for t in texts if t.startswith("Nội dung tuyên truyền tập trung vào: "))
    # Theme 2: three activities, theme 5: three, themes 1 and 3: two each.
    counts = [part.rsplit("(", 1)[1] for part in themes.split("; ")]
    assert counts == ["3 hoạt động)", "3)", "2)", "2)."]
    assert themes.startswith("Nội dung tuyên truyền tập trung vào: nội dung, tầm quan trọng")
    assert (
        "Về nguồn kinh phí: ngân sách nhà nước 56.500.000 đồng (ngân sách tỉnh 32.500.000 "
        "đồng, ngân sách huyện 4.000.000 đồng, ngân sách xã 20.000.000 đồng); xã hội hóa "
        "3.000.000 đồng; nguồn khác 2.000.000 đồng; chưa ghi nguồn 8.000.000 đồng." in texts
    )
    start = texts.index("Tổng kinh phí thực hiện toàn tỉnh: 69.500.000 đồng, trong đó:")
    assert texts[start + 1 : start + 5] == [
        "- Sở Thông tin và Truyền thông: 500.000 đồng;",
        "- Văn phòng UBND tỉnh: 57.000.000 đồng;",
        "- UBND huyện Lý Sơn: 4.000.000 đồng;",
        f"- {NEW}: 8.000.000 đồng.",
    ]
    start = texts.index(
        "Ngoài các nhiệm vụ theo Kế hoạch, các đơn vị thực hiện 3 hoạt động truyền thông khác, gồm:"
    )
    assert texts[start + 1 : start + 4] == [
        "- Tờ rơi: 3 sản phẩm từ 1 hoạt động;",
        "- Sự kiện: 2 sản phẩm từ 1 hoạt động;",
        "- Banner: 1 sản phẩm.",
    ]


def test_phu_luc_i_with_the_reach_columns(department):
    table = _table(department[1], ["STT", "Mục KH", "Nhiệm vụ", "Đơn vị tính"])
    assert table[0][-3:] == ["Lượt xem", "Lượt tiếp cận", "Lượt chia sẻ"]
    got = {(r[1], r[2] if r[1] in ("Khác", "") else ""): r[4:] for r in table[1:]}
    assert got[("III.2.a/TH", "")] == ["52", "2", "3,8", "Không đạt", "1.200", "90", ""]
    assert got[("III.2.b/IN", "")] == ["12", "2", "16,7", "Không đạt", "1.000", "", "15"]
    assert got[("III.2.d", "")] == ["180", "22", "12,2", "Không đạt", "12.700", "", "2.000"]
    assert got[("III.3.d", "")] == ["1", "", "", "Chưa báo cáo", "", "", ""]
    assert got[("Khác", "Hoạt động khác: Tờ rơi")] == ["", "3", "", "", "", "1.200", ""]
    assert got[("Khác", "Hoạt động khác: Sự kiện")] == ["", "2", "", "", "40", "", ""]
    # Zero views recorded is not printed.
    assert got[("Khác", "Hoạt động khác: Banner")] == ["", "1", "", "", "", "", ""]
    assert got[("", "Tổng cộng")] == ["", "32", "", "Đạt 0/13", "14.940", "1.290", "2.015"]


def test_the_lineage_notes(department):
    document = department[1]
    texts = _paragraphs(document)
    assert (
        "Số liệu của các đơn vị đã đổi tên, sáp nhập được tổng hợp dưới đơn vị hiện nay: "
        f"{NEW} ({NOTE})." in texts
    )
    assert f"Số liệu {NOTE}." in texts
    assert f"Các đơn vị đã báo cáo: Văn phòng UBND tỉnh, UBND huyện Lý Sơn, {NEW}." in texts
    table = _table(document, ["STT", "Đơn vị", "Ngày lập"])
    assert [r[1] for r in table[1:3]] == [
        f"{DAI} (nay là {NEW}, từ ngày 01/07/2023)",
        f"{BAO} (nay là {NEW}, từ ngày 01/07/2023)",
    ]
    # Today's unit has no package of its own: its figures came in its
    # predecessors' packages, so it is counted received, and says how.
    assert table[-2][1:5] == [NEW, "", "", "Số liệu qua gói của đơn vị trước sáp nhập"]
    assert table[-1][1:] == ["Tổng cộng: 3/17 đơn vị đã báo cáo", "", "", "", "11"]
    shares = [
        [[c.text for c in row.cells] for row in t.rows]
        for t in document.tables
        if [c.text for c in t.rows[0].cells][:2] == ["STT", "Mục KH"] and len(t.columns) == 7
    ]
    assert [s[-1][-3:] for s in shares] == [
        ["1", "", "Đạt 0/5"],
        ["19", "", "Đạt 0/1"],
        ["2", "", "Đạt 0/2"],
        ["4", "", "Đạt 0/4"],
    ]


# -- the sums in SQL against the per-unit details --------------------------------


def _mixed(n: int, unit: int) -> list[Activity]:
    """Activities varied in every field the details read."""
    languages = ["Tiếng Việt", "Tiếng Anh", "Tiếng Việt và Tiếng Anh"]
    sources = ["", "Ngân sách tỉnh", "Ngân sách xã", "Xã hội hóa", "Khác"]
    codes = ["III.2.d", "III.2.a/TH", None, "III.1"]
    forms = ["Tin bài", "Video", "Banner"]
    return [
        A(
            date(2023, 1 + (i * 5 + unit) % 12, 1 + i % 28),
            f"Hoạt động {unit}-{i}",
            forms[(i + unit) % 3],
            codes[i % 4],
            quantity=1 + i % 3,
            language=languages[i % 3],
            views=None if i % 4 == 0 else i * 10,
            reach=None if i % 3 else i,
            shares=0 if i % 5 == 0 else None,
            themes=tuple(t for t in (1, 2, 5, 7) if (i + unit) >> (t % 4) & 1),
            cost=(i % 4) * 1_000_000,
            funding=sources[(i + unit) % 5],
        )
        for i in range(n)
    ]


@pytest.mark.parametrize(
    ("window", "on"), [("calendar", date(2023, 10, 15)), ("nd09", date(2023, 12, 31))]
)
def test_the_sums_equal_the_per_unit_details_added_up(tmp_path, window, on):
    """Over the calendar year up to a day, and over the window of Nghị định
    09 (15/12/2022 – 14/12/2023: the December before counts, the end of
    December does not)."""
    from desktop.domain.reach import Details, by_code, other_by_form, summed

    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.plans.copy(2023, 2022)
        ws.plans.set_window(YEAR, window)
        ids = [ws.units.by_name(name).id for name in (SO, VP, DAI, BAO, LY_SON)]
        for k, unit_id in enumerate(ids):
            ws.activities.insert_many(_mixed(40 + 7 * k, k), unit_id)
            edges = [
                A(day, f"Ngoài năm {k}-{day}", "Video", "III.2.d", views=7, themes=(2,),
                  cost=1_000_000, funding="Xã hội hóa", language="Tiếng Anh")
                for day in (date(2022, 12, 10), date(2022, 12, 20), date(2023, 12, 20))
            ]  # fmt: skip
            ws.activities.insert_many(edges, unit_id)
        per_unit = ws.figures.details(YEAR, on)
        first, last = ws.figures.period(YEAR)
        assert (
            sum(d.count for d in per_unit.values())
            == ws.conn.execute(
                "SELECT count(*) FROM activities WHERE date BETWEEN ? AND ?",
                (first.isoformat(), min(on, last).isoformat()),
            ).fetchone()[0]
        )
        for leave_out in (set(), {ids[2]}, {ids[0], ids[4]}):
            kept = set(ids) - leave_out
            sums = ws.figures.details_summed(YEAR, on, leave_out)
            codes = by_code(per_unit, kept)
            assert set(sums.codes) == set(codes)
            for code, d in codes.items():
                got = sums.codes[code]
                assert (got.reach, got.english, got.quantity, got.count, got.with_reach) == (
                    d.reach,
                    d.english,
                    d.quantity,
                    d.count,
                    d.with_reach,
                ), code
            forms = other_by_form(per_unit, kept)
            assert {f: d.reach for f, d in sums.other_forms.items()} == {
                f: d.reach for f, d in forms.items() if d.reach
            }
            whole = summed(d for (u, _, _), d in per_unit.items() if u in kept)
            assert sums.total.funding == {s: c for s, c in whole.funding.items() if c}
            assert sums.total.themes == whole.themes
            assert (sums.total.reach, sums.total.count, sums.total.english) == (
                whole.reach,
                whole.count,
                whole.english,
            )
            assert whole.count and whole.funding and whole.themes and whole.reach
            assert isinstance(sums.total, Details)


def test_the_sums_read_the_indexes(tmp_path):
    """Each query reaches the activities through an index (the consolidation
    index in code order, the list index unit by unit), never a scan of the
    whole table."""
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        plans = []
        trace = ws.conn.set_trace_callback
        trace(plans.append)
        ws.figures.details_summed(YEAR, date(2023, 12, 31), {1})
        trace(None)
        queries = [q for q in plans if q.lstrip().startswith("SELECT") and "activities" in q]
        assert len(queries) == 3
        steps = []
        for q in queries:
            steps += [r[3] for r in ws.conn.execute("EXPLAIN QUERY PLAN " + q)]
    assert steps == [
        # per code: the consolidation index in code order, no sort
        "SEARCH activities USING COVERING INDEX activities_consolidation (year=?)",
        "LIST SUBQUERY 1",
        "SCAN json_each VIRTUAL TABLE INDEX 1:",
        # reach, English and funding: the rows unit by unit
        "SCAN u USING COVERING INDEX sqlite_autoindex_units_1",
        "LIST SUBQUERY 1",
        "SCAN json_each VIRTUAL TABLE INDEX 1:",
        "SEARCH a USING INDEX activities_list (unit_id=? AND year=? AND date<?)",
        "USE TEMP B-TREE FOR GROUP BY",
        # themes: the list index alone
        "SCAN u USING COVERING INDEX sqlite_autoindex_units_1",
        "LIST SUBQUERY 1",
        "SCAN json_each VIRTUAL TABLE INDEX 1:",
        "SEARCH a USING COVERING INDEX activities_list (unit_id=? AND year=? AND date<?)",
        "USE TEMP B-TREE FOR GROUP BY",
    ]
