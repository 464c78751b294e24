"""What a report says, read back from the DOCX and the PDF: the data period,
the consolidated report's honesty about who reported, the drafts standing in
for empty sections, the pre-flight check and the command line that fills
what the report needs."""

from __future__ import annotations

import json
from datetime import date, datetime

import docx
import pytest
from pypdf import PdfReader
from test_report import all_paragraphs, make_workspace

from desktop.cli import main
from desktop.domain.progress import report_cutoff

YEAR = 2023


def _docx_texts(path) -> list[str]:
    return [p.text for p in all_paragraphs(docx.Document(str(path)))]


def _docx_tables(path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def _pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _report(db, out, *extra) -> int:
    return main(["report", "--db", str(db), "--year", str(YEAR), "--out", str(out), *extra])


@pytest.fixture
def dai_db(tmp_path):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    return db


# -- 1. the data period ---------------------------------------------------------------


def test_report_cutoff_follows_the_report_date():
    assert report_cutoff(YEAR, date(2023, 12, 5)) == date(2023, 12, 5)
    assert report_cutoff(YEAR, date(2024, 1, 5)) == date(2023, 12, 31)
    assert report_cutoff(YEAR, date(2022, 12, 30)) == date(2023, 1, 1)
    assert report_cutoff(YEAR, None, today=date(2024, 3, 1)) == date(2023, 12, 31)
    assert report_cutoff(YEAR, None, today=date(2023, 6, 1)) == date(2023, 6, 1)


def test_report_on_leaves_december_out(dai_db, tmp_path, capsys):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    code = _report(dai_db, out, "--pdf", str(pdf), "--on", "2023-11-30", "--date", "2023-12-05")
    assert code == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    assert "Số liệu tính đến ngày 30/11/2023." in texts
    assert "tính đến ngày 30/11/2023" in _pdf_text(pdf)
    # 36 TV programmes, three of them in December; 52 radio ones, four in December.
    assert any(t.startswith("Thực hiện 33/52 chuyên mục, đạt 63,5% kế hoạch") for t in texts)
    assert any(t.startswith("Thực hiện 48/52 chuyên mục, đạt 92,3% kế hoạch") for t in texts)
    tables = _docx_tables(out)
    targets = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    by_code = {row[1]: row for row in targets[1:]}
    assert by_code["III.2.a/TH"][5] == "33" and by_code["III.2.a/PT"][5] == "48"
    activities = next(t for t in tables if t[0][:2] == ["STT", "Ngày"])
    assert activities[-1][4].startswith("Tổng cộng:")
    days = [date(*reversed([int(x) for x in row[1].split("/")])) for row in activities[1:-1]]
    assert days and max(days) <= date(2023, 11, 30)
    assert len([d for d in days if d.year == YEAR]) == 33 + 48 + 4


def test_report_date_sets_the_cutoff(dai_db, tmp_path, capsys):
    out = tmp_path / "bc.docx"
    assert _report(dai_db, out, "--date", "2023-12-05") == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    assert "Số liệu tính đến ngày 05/12/2023." in texts
    assert _report(dai_db, out, "--date", "2024-01-05") == 0
    assert "Số liệu tính đến ngày 31/12/2023." in _docx_texts(out)


# -- 2. the consolidated report is honest about who reported -------------------------


@pytest.fixture
def one_district(tmp_path, monkeypatch):
    """The department after receiving one district's package, made on 30/11
    (before the deadline of 01/12) and received on 05/12."""
    from package_fixtures import BINH_SON, SO, UNIT_DATA, made_at, make_unit_workspace

    from desktop.domain.activity import Activity
    from desktop.io.package import write_package
    from desktop.io.package_import import receive_packages
    from desktop.store import Workspace

    monkeypatch.setenv("BAOCAO_CDS_DATA_DIR", str(tmp_path / "data"))
    unit_db = tmp_path / "binh-son.cdsdb"
    other = Activity(date(2023, 8, 1), "Pano CĐS tại chợ", "Pano", None, quantity=2, cost=700_000)
    make_unit_workspace(unit_db, BINH_SON, [*UNIT_DATA[BINH_SON], other])
    package = tmp_path / "binh-son.cdsgoi"
    with Workspace.open(unit_db, create=False) as ws:
        write_package(ws, YEAR, package)
    made_at(package, datetime(2023, 11, 30, 16, 0))
    db = tmp_path / "so.cdsdb"
    with Workspace.open(db) as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        receive_packages(ws, [package], received_at=datetime(2023, 12, 5, 9, 0))
    return db


def test_consolidated_report_over_the_units_that_reported(one_district, tmp_path, capsys):
    out, pdf = tmp_path / "th.docx", tmp_path / "th.pdf"
    code = _report(one_district, out, "--consolidated", "--pdf", str(pdf), "--date", "2024-01-10")
    assert code == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    text = "\n".join(texts)
    assert "Số liệu tính đến ngày 31/12/2023." in texts
    # Kinds and their names come from the plan.
    assert "UBND cấp huyện 1/13 đơn vị" in text
    assert (
        "đã nhận báo cáo của 1/18 đơn vị phải báo cáo (hạn nộp ngày 01/12/2023), đều đúng hạn."
        in text
    )
    assert (
        "Tổng hợp từ 1/13 đơn vị thực hiện đã báo cáo: Thực hiện 12/12 chuyên mục, "
        "đạt 100% kế hoạch. Đánh giá: Đạt." in texts
    )
    # A unit that did not report is never counted as zero.
    assert "Chưa báo cáo: đơn vị thực hiện (Tỉnh đoàn Quảng Ngãi) chưa gửi báo cáo." in texts
    assert "156" not in text  # 12 per district, over the one that reported
    assert "UBND huyện Ba Tơ: chưa báo cáo" in text
    assert "Tổng kinh phí thực hiện toàn tỉnh: 4.700.000 đồng, trong đó:" in texts
    assert "- UBND huyện Bình Sơn: 4.700.000 đồng." in texts
    tables = _docx_tables(out)
    submissions = next(t for t in tables if t[0][:2] == ["STT", "Đơn vị"])
    assert submissions[0][2:4] == ["Ngày lập", "Ngày nhận"]
    row = next(r for r in submissions if r[1] == "UBND huyện Bình Sơn")
    assert row[2:5] == ["30/11/2023", "05/12/2023", "Đã nộp, đúng hạn"]
    tinh_doan = next(r for r in submissions if r[1] == "Tỉnh đoàn Quảng Ngãi")
    assert tinh_doan[4] == "Chưa nộp"
    province = next(t for t in tables if t[0][:2] == ["STT", "Mục KH"])
    contest = next(r for r in province if r[1] == "III.3.d")  # Tỉnh đoàn's contest
    assert contest[5:] == ["", "", "Chưa báo cáo"]
    assert "Tỉnh đoàn Quảng Ngãi: Chưa báo cáo" in text
    pdf_text = " ".join(_pdf_text(pdf).split())
    assert "1/13 đơn vị thực hiện đã báo cáo" in pdf_text and "Chưa báo cáo" in pdf_text


# -- 3. no filler: drafts from the data --------------------------------------------------


def _section(texts: list[str], heading: str) -> list[str]:
    """The paragraphs under a heading, up to the next heading."""
    start = texts.index(heading) + 1
    end = start
    while end < len(texts) and not (
        texts[end][:2] in ("1.", "2.", "3.") or texts[end].split(".")[0] in ("II", "III", "IV")
    ):
        end += 1
    return texts[start:end]


def test_empty_sections_read_drafts_from_the_data(dai_db, tmp_path, capsys):
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    assert _report(dai_db, out, "--pdf", str(pdf)) == 0, capsys.readouterr().err
    texts = _docx_texts(out)
    assert not any("Không có." in t for t in texts)
    assert "Không có." not in _pdf_text(pdf)
    good = _section(texts, "1. Ưu điểm")
    assert "Hoàn thành 1/2 chỉ tiêu được giao." in good
    # 36 TV programmes against 32 the year before.
    assert any("(mục III.2.a/TH): 36 chuyên mục, tăng 12,5% so với năm 2022" in t for t in good)
    weak = _section(texts, "2. Tồn tại, hạn chế")
    assert any(
        "(mục III.2.a/TH): thực hiện 36/52 chuyên mục, đạt 69,2%, còn thiếu 16 chuyên mục." in t
        for t in weak
    )
    direction = _section(texts, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    assert "Hoàn thành phần còn thiếu của nhiệm vụ III.2.a/TH (16 chuyên mục)." in direction
    # The officer's own text stays as written.
    assert "Đề nghị bố trí thêm kinh phí." in _section(texts, "IV. ĐỀ XUẤT, KIẾN NGHỊ")


def test_direction_draft_names_next_years_targets(dai_db, tmp_path, capsys):
    from desktop.store import Workspace

    with Workspace.open(dai_db, create=False) as ws:
        ws.plans.copy(2023, 2024)
    out = tmp_path / "bc.docx"
    assert _report(dai_db, out) == 0, capsys.readouterr().err
    direction = _section(_docx_texts(out), "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024")
    assert direction[0].startswith("Năm 2024, Đài Phát thanh và Truyền hình tỉnh tập trung")
    assert any(t.endswith("(mục III.2.a/PT): 52 chuyên mục;") for t in direction)
    assert direction[-1].endswith(".")


# -- 4. the pre-flight check and 5. the command line that fills what it names ----------


@pytest.fixture
def default_db(tmp_path):
    """A unit at its built-in profile, on the built-in plan, with no texts."""
    from test_report import DAI, _activities

    from desktop.store import Workspace

    db = tmp_path / "dai.cdsdb"
    with Workspace.open(db) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        acts = _activities("III.2.a/TH", YEAR, 40) + _activities("III.2.a/PT", YEAR, 52)
        ws.activities.insert_many(acts, unit.id)
    return db


def test_check_strict_until_the_report_is_complete(default_db, tmp_path, capsys):
    db = str(default_db)
    check = ["--date", "2024-01-05", "--check", "--strict"]
    assert main(["report", "--db", db, "--year", "2023", *check]) == 1
    out = capsys.readouterr().out
    assert "Kiểm tra trước khi phát hành" in out
    assert "Chưa có họ tên người ký" in out
    assert "Câu trích dẫn kế hoạch năm 2023 còn thiếu số hiệu" in out
    assert "Mục “II.1. Ưu điểm” chưa có nội dung" in out
    assert "Nhiệm vụ III.2.a/TH đạt 40/52 chuyên mục, chưa có giải trình" in out
    assert "vẫn là thông tin mặc định" in out
    assert "Chưa có số báo cáo" in out

    assert main(["unit", "set", "--db", db, "--signer-name", "Trần Thị Bình"]) == 0
    assert main(["unit", "show", "--db", db]) == 0
    assert "Người ký: Trần Thị Bình" in capsys.readouterr().out
    plan_args = ["--number", "45/KH-UBND", "--signed-date", "2023-01-05"]
    assert main(["plan", "set", "--db", db, "--year", "2023", *plan_args]) == 0
    assert (
        main(["plan", "set", "--db", db, "--year", "2023", "--issuer", "UBND tỉnh Quảng Ngãi"]) == 0
    )
    texts = {
        "chi_dao": "Ban hành kế hoạch triển khai.",
        "uu_diem": "Phát sóng đều đặn.",
        "ton_tai": "Chuyên mục truyền hình chưa đủ số kỳ.",
        "nguyen_nhan": "Thiếu phóng viên.",
        "phuong_huong": "Duy trì các chuyên mục.",
        "de_xuat": "Đề nghị bố trí thêm kinh phí.",
        "task:III.2.a/TH": "Tạm dừng 3 tháng để sửa trường quay.",
        "meta:number": "12",
    }
    file = tmp_path / "noi-dung.json"
    file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    assert main(["texts", "import", "--db", db, "--year", "2023", str(file)]) == 0
    capsys.readouterr()
    assert main(["report", "--db", db, "--year", "2023", *check]) == 0, capsys.readouterr().out
    assert "không còn mục nào cần sửa" in capsys.readouterr().out
    out = tmp_path / "bc.docx"
    assert (
        main(["report", "--db", db, "--year", "2023", "--date", "2024-01-05", "--out", str(out)])
        == 0
    )
    written = _docx_texts(out)
    assert "Trần Thị Bình" in written
    assert "Số: 12/BC-PTTH" in written
    assert any(
        "Kế hoạch số 45/KH-UBND ngày 05 tháng 01 năm 2023 của UBND tỉnh Quảng Ngãi" in t
        for t in written
    )
    assert "Tạm dừng 3 tháng để sửa trường quay." in written
    exported = tmp_path / "xuat.json"
    assert main(["texts", "export", "--db", db, "--year", "2023", str(exported)]) == 0
    # The date the report was issued with is kept with the texts (export carries it).
    assert json.loads(exported.read_text(encoding="utf-8")) == {**texts, "meta:date": "2024-01-05"}


def test_texts_file_is_checked(default_db, tmp_path, capsys):
    db = str(default_db)
    bad = tmp_path / "sai.json"
    bad.write_text(json.dumps({"uu_diem": "Tốt", "ghi_chu": "x"}), encoding="utf-8")
    assert main(["texts", "import", "--db", db, "--year", "2023", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "khóa “ghi_chu” không phải nội dung báo cáo" in err and "Traceback" not in err
    bad.write_text(json.dumps({"task:IX.9": "x"}), encoding="utf-8")
    assert main(["texts", "import", "--db", db, "--year", "2023", str(bad)]) == 1
    assert "task:IX.9" in capsys.readouterr().err
    bad.write_text("[1, 2]", encoding="utf-8")
    assert main(["texts", "import", "--db", db, "--year", "2023", str(bad)]) == 1
    assert "đối tượng JSON" in capsys.readouterr().err


def test_report_texts_file_for_one_issue(default_db, tmp_path, capsys):
    db = str(default_db)
    file = tmp_path / "nd.json"
    file.write_text(json.dumps({"uu_diem": "Phát sóng đúng lịch."}), encoding="utf-8")
    out = tmp_path / "bc.docx"
    code = main(["report", "--db", db, "--year", "2023", "--out", str(out), "--texts", str(file)])
    assert code == 0, capsys.readouterr().err
    assert "Phát sóng đúng lịch." in _docx_texts(out)
    # Used for this report only: the stored texts are unchanged.
    exported = tmp_path / "xuat.json"
    assert main(["texts", "export", "--db", db, "--year", "2023", str(exported)]) == 0
    assert "uu_diem" not in json.loads(exported.read_text(encoding="utf-8"))


def test_check_lists_activities_after_the_cutoff(dai_db, capsys):
    args = ["report", "--db", str(dai_db), "--year", "2023", "--check", "--on", "2023-11-30"]
    assert main(args) == 0  # without --strict the check only reports
    out = capsys.readouterr().out
    # 3 TV and 4 radio programmes are dated in December.
    assert "7 hoạt động sau ngày 30/11/2023" in out


# -- 6. wording --------------------------------------------------------------------------


def _row(target, actual, status, measure="chuyên mục"):
    from desktop.domain.progress import ProgressRow

    percent = None if not target else actual * 100 / target
    return ProgressRow("III.2.c", "Trang tin", measure, target, actual, percent, None, status)


def test_sentences_a_clerk_would_sign():
    from desktop.domain.progress import Status
    from desktop.reports.context import figures_sentence, other_item, other_label

    no_target = figures_sentence(_row(None, 5, Status.NO_TARGET, "tin, bài"), None, 2022)
    assert no_target == "Thực hiện 5 tin, bài (Kế hoạch không giao chỉ tiêu cụ thể)."
    nothing = figures_sentence(_row(52, 0, Status.NOT_MET), None, 2022)
    assert nothing == "Chưa thực hiện (chỉ tiêu: 52 chuyên mục). Đánh giá: Không đạt."
    assert "Thực hiện 0" not in figures_sentence(_row(None, 0, Status.NO_TARGET), None, 2022)
    assert other_item("Video", 1, 3) == "Video: 3 sản phẩm từ 1 hoạt động"
    assert other_item("Tin bài", 2, 2) == "Tin bài: 2 sản phẩm"
    assert other_label("Khác") == "Hoạt động khác"
    assert other_label("Tin bài") == "Hoạt động khác: Tin bài"


def test_percent_never_rounds_up_to_100():
    from desktop.domain.text import format_percent

    assert format_percent(99.95) == "99,9%"
    assert format_percent(99.999) == "99,9%"
    assert format_percent(100.0) == "100%"
    assert format_percent(76.96) == "77%"
    assert format_percent(105.56) == "105,6%"


def test_cost_lines_start_with_the_task(built_texts):
    costs = [t for t in built_texts if t.startswith("- ") and t.rstrip(";.").endswith("đồng")]
    assert costs and all(not t[2:3].isdigit() and not t.startswith("- III") for t in costs)


@pytest.fixture
def built_texts(dai_db, tmp_path):
    out = tmp_path / "bc.docx"
    assert _report(dai_db, out, "--number", "05/BC-PTTH") == 0
    return _docx_texts(out)


def test_number_given_whole_is_not_doubled(built_texts):
    from desktop.reports.header import document_number

    assert "Số: 05/BC-PTTH" in built_texts
    assert document_number("05/BC-BQN") == "05" and document_number("5") == "05"


def test_header_lines_break_only_between_names():
    from desktop.reports.fonts import balanced_lines
    from desktop.reports.header import NBSP, keep_names_together

    text = keep_names_together("BCH ĐOÀN TNCS HỒ CHÍ MINH TỈNH QUẢNG NGÃI", "Quảng Ngãi")
    assert f"HỒ{NBSP}CHÍ{NBSP}MINH" in text and f"QUẢNG{NBSP}NGÃI" in text
    for width in range(60, 260, 10):
        for line in balanced_lines(text, 13, width):
            assert not line.startswith(("CHÍ", "MINH", "NGÃI"))
    assert keep_names_together("UBND HUYỆN BÌNH SƠN", "Bình Sơn") == f"UBND HUYỆN BÌNH{NBSP}SƠN"


@pytest.mark.parametrize(
    "text", ["SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "BÁO QUẢNG NGÃI", "TỈNH ĐOÀN QUẢNG NGÃI"]
)
def test_short_rule_a_third_to_a_half_of_the_line_above(text):
    from desktop.reports.fonts import balanced_lines, short_rule_width, text_width
    from desktop.reports.model import HEADER_LEFT_MM, SHORT_RULE_SHARE

    avail = HEADER_LEFT_MM * 72 / 25.4
    rule = short_rule_width(text, 13, True, avail, SHORT_RULE_SHARE)
    longest = max(text_width(line, 13, True) for line in balanced_lines(text, 13, avail, True))
    assert 1 / 3 <= rule / longest <= 1 / 2
    # As the DOCX holds it: the lines with a break between them.
    joined = "\n".join(balanced_lines(text, 13, avail, True))
    assert short_rule_width(joined, 13, True, avail, SHORT_RULE_SHARE) == pytest.approx(rule)


# -- 8. the PDF's metadata and navigation ------------------------------------------------


def _fonts(reader):
    """(name, embedded) of every font the pages use."""
    seen = {}
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            seen[str(font.get("/BaseFont"))] = embedded
    return seen


def test_pdf_metadata_outline_and_fonts(dai_db, tmp_path, capsys):
    from desktop import __version__

    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    assert _report(dai_db, out, "--pdf", str(pdf)) == 0, capsys.readouterr().err
    reader = PdfReader(str(pdf))
    meta = reader.metadata
    assert meta.title == "Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm 2023"
    assert meta.author == "Đài Phát thanh và Truyền hình tỉnh"
    assert meta.creator == f"Báo cáo CĐS {__version__}"
    assert "Liberation" not in (meta.subject or "") and meta.subject.startswith("Báo cáo")
    assert reader.trailer["/Root"]["/Lang"] == "vi-VN"
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "I. KẾT QUẢ THỰC HIỆN"
    assert "II. ĐÁNH GIÁ CHUNG" in titles and "Phụ lục I" in titles and "Phụ lục II" in titles
    nested = [i for i in reader.outline if isinstance(i, list)]
    assert any(x.title == "1. Công tác chỉ đạo, triển khai" for x in nested[0])
    fonts = _fonts(reader)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


# -- 7. a Word-native DOCX ---------------------------------------------------------------


def test_docx_is_word_native(dai_db, tmp_path, capsys):
    import zipfile
    from datetime import datetime as dt

    from lxml import etree

    from desktop import __version__

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    out = tmp_path / "bc.docx"
    assert _report(dai_db, out) == 0, capsys.readouterr().err
    with zipfile.ZipFile(out) as z:
        styles = etree.fromstring(z.read("word/styles.xml"))
        settings = etree.fromstring(z.read("word/settings.xml"))
        theme_name = next(n for n in z.namelist() if n.startswith("word/theme/"))
        theme = etree.fromstring(z.read(theme_name))
        app = z.read("docProps/app.xml").decode("utf-8")
    by_id = {s.get(f"{w}styleId"): s for s in styles.iter(f"{w}style")}

    def level(style_id):
        el = by_id[style_id].find(f"{w}pPr/{w}outlineLvl")
        return None if el is None else el.get(f"{w}val")

    assert level("CDSHeading1") == "0" and level("CDSHeading2") == "1"
    assert level("CDSAppendixLabel") == "0" and level("CDSBody") is None
    for style_id in ("CDSHeading1", "CDSHeading2", "CDSPoint"):
        assert by_id[style_id].find(f"{w}next").get(f"{w}val") == "CDSBody"
    modes = [
        s.get(f"{w}val")
        for s in settings.iter(f"{w}compatSetting")
        if s.get(f"{w}name") == "compatibilityMode"
    ]
    assert modes == ["15"]
    lang = styles.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr/{w}lang")
    assert lang.get(f"{w}val") == "vi-VN" and lang.get(f"{w}eastAsia") == "vi-VN"
    for group in ("majorFont", "minorFont"):
        font_group = next(theme.iter(f"{a}{group}"))
        assert font_group.find(f"{a}latin").get("typeface") == "Times New Roman"
        assert font_group.find(f"{a}ea").get("typeface") == "Times New Roman"
        assert font_group.findall(f"{a}font") == []
    props = docx.Document(str(out)).core_properties
    assert props.title == "Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm 2023"
    assert props.author == "Đài Phát thanh và Truyền hình tỉnh"
    assert props.created.year == dt.now().year and props.modified == props.created
    assert __version__ in props.comments and props.language == "vi-VN"
    assert "<Application>Báo cáo CĐS</Application>" in app and "Microsoft" not in app


def _pdftotext(path) -> str:
    import subprocess

    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_pdf_and_docx_say_the_same(tmp_path):
    """Emoji, Chinese, Japanese, Korean, Thai, joiners, direction marks, a
    byte order mark and a variation selector, and an edited sentence of the
    template: both renderings carry the same text, drawn in the PDF with the
    bundled fallback fonts, every font embedded."""
    import subprocess

    from test_report import _edited_template

    from desktop.reports import context as rc
    from desktop.reports.context import build_unit_report
    from desktop.reports.fonts import REPLACEMENT
    from desktop.reports.pipeline import write_report

    ws = make_workspace(tmp_path / "dai.cdsdb")
    unit = ws.units.self_unit()
    odd = (
        "Hội nghị 🎉 trực\u200d tuyến \u200fvề 中文 한국어 日本語です \ufeffchuyển\u200b đổi số "
        "❤\ufe0f ✅ ภาษาไทย."
    )
    clean = "Hội nghị 🎉 trực tuyến về 中文 한국어 日本語です chuyển đổi số ❤ ✅ ภาษาไทย."
    ws.texts.set_report_texts(unit.id, YEAR, {rc.UU_DIEM: odd})
    report = build_unit_report(ws, YEAR)
    ws.close()
    template = _edited_template(
        tmp_path, "Trên đây là", ["Trên đây là báo cáo của {{ unit_name }} (bản sửa)./."]
    )
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    write_report(report, docx=out, pdf=pdf, template=template)
    docx_texts = _docx_texts(out)
    # The invisible format characters are removed from both renderings.
    assert clean in docx_texts and odd not in docx_texts
    text = _pdftotext(pdf)
    flat = " ".join(text.split())
    assert clean in flat and REPLACEMENT not in text
    closing = "Trên đây là báo cáo của Đài Phát thanh và Truyền hình tỉnh (bản sửa)./."
    assert closing in docx_texts and closing in flat
    # Every body paragraph of the DOCX reads the same in the PDF (pypdf
    # keeps a wrapped table heading's lines together).
    flat = " ".join(_pdf_text(pdf).split())
    assert clean in flat
    body = [t for t in docx_texts if t and len(t) < 80 and not t.startswith("http")]
    missing = [t for t in body if " ".join(t.split()) not in flat]
    assert not missing, missing[:5]
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:] if line.strip()]
    names = [row[0].split("+")[-1] for row in rows]
    assert any(n.startswith("NotoEmoji") for n in names), names
    assert any(n.startswith("WenQuanYi") for n in names), names
    assert any(n.startswith("NotoSansThai") for n in names), names
    # Columns: name, type, encoding, emb, sub, uni, object, generation.
    assert all(row[-5] == "yes" for row in rows), fonts.stdout


def test_a_script_no_bundled_font_covers_is_listed(tmp_path):
    """Devanagari has no bundled font: the PDF shows the visible box, the
    DOCX keeps the text, and the pre-flight check names the character;
    what the fallback fonts draw is not listed."""
    from desktop.reports import context as rc
    from desktop.reports.context import unit_report
    from desktop.reports.fonts import REPLACEMENT, covered_characters
    from desktop.reports.gather import gather_unit
    from desktop.reports.pipeline import write_report
    from desktop.reports.preflight import PLACE_TEXT, check_unit_report

    ws = make_workspace(tmp_path / "dai.cdsdb")
    unit = ws.units.self_unit()
    ws.texts.set_report_texts(unit.id, YEAR, {rc.UU_DIEM: "Xin chào नमस्ते 🎉 中文 한국어\u200d."})
    data = gather_unit(ws, YEAR)
    report = unit_report(data)
    ws.close()
    findings = check_unit_report(data, report, covered_characters())
    listed = [f.key for f in findings if f.place == PLACE_TEXT]
    assert listed[:1] == ["न"] and "🎉" not in listed and "中" not in listed
    assert "\u200d" not in listed
    assert "(U+0928)" in next(f.message for f in findings if f.key == "न")
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    write_report(report, docx=out, pdf=pdf)
    assert "Xin chào नमस्ते 🎉 中文 한국어." in _docx_texts(out)
    boxes = REPLACEMENT * len("नमस्ते")
    assert f"Xin chào {boxes} 🎉 中文 한국어." in " ".join(_pdftotext(pdf).split())


def test_the_signature_block_keeps_with_the_closing_sentence(tmp_path, capsys, monkeypatch):
    """The radio-TV station's sample as of 20/11/2023: its closing sentence
    ends a page, so the signature block would stand alone on the next one.
    The closing sentence goes with it in the PDF, and the DOCX asks Word for
    the same (keep with next, rows that do not split)."""
    from desktop.reports.ooxml import w
    from desktop.store.sample import sample_workspace

    monkeypatch.setenv("BAOCAO_CDS_DATA_DIR", str(tmp_path / "data"))
    db = tmp_path / "dai.cdsdb"
    sample_workspace(db).close()
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    argv = ["--on", "2023-11-20", "--number", "07", "--pdf", str(pdf)]
    assert _report(db, out, *argv) == 0, capsys.readouterr().err
    pages = [page.extract_text() for page in PdfReader(str(pdf)).pages]
    signed = next(i for i, text in enumerate(pages) if "Nơi nhận:" in text)
    assert "Trên đây là báo cáo" in pages[signed]

    body = docx.Document(str(out)).element.body
    table = next(
        t
        for t in body.iter(w("tbl"))
        if any(s.get(w("val")) == "CDSRecipientsHead" for s in t.iter(w("pStyle")))
    )
    before = table.getprevious()
    assert "".join(before.itertext()).startswith("Trên đây là báo cáo")
    assert before.find(f"{w('pPr')}/{w('keepNext')}") is not None
    rows = table.findall(w("tr"))
    assert rows and all(r.find(f"{w('trPr')}/{w('cantSplit')}") is not None for r in rows)
