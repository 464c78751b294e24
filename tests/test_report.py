"""The year-end report: figures from the data, the DOCX read back against the
official format (Nghị định 30/2020), the template checks, the PDF text, the
command line, and the DOCX opened in LibreOffice."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.files import FileWriteError
from desktop.reports import context as rc
from desktop.reports.context import ReportOptions, build_unit_report, suggest_assessment
from desktop.reports.docx_writer import write_docx
from desktop.reports.fonts import text_width, wrap_words
from desktop.reports.header import document_number, plan_citation, vn_date
from desktop.reports.make_template import default_template_path
from desktop.reports.model import (
    HEADER_LEFT_MM,
    HEADER_RIGHT_MM,
    LANDSCAPE_TEXT_WIDTH_MM,
    TEXT_WIDTH_MM,
    Style,
)
from desktop.reports.pipeline import write_report
from desktop.reports.template import TemplateError, load_template
from desktop.store import Workspace

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TNR = "Times New Roman"
OFFICER_TEXT = (
    'Chỉ đạo {{ unit_name }} và {% for x in y %} =HYPERLINK("http://x") <b>đậm</b> & xong'
)
DAI = "Đài Phát thanh và Truyền hình tỉnh"


def _activities(code, year, count, form="Chuyên mục", cost=0, month_step=True):
    return [
        Activity(
            date=date(year, 1 + (i % 12), 1 + (i // 12) % 28),
            title=f"{form} {code or 'khác'} số {i + 1}",
            form=form,
            target_code=code,
            link=f"https://ptth.example.vn/{year}/{code or 'khac'}/{i + 1}",
            cost=cost if i < 3 else 0,
        )
        for i in range(count)
    ]


def make_workspace(path: Path) -> Workspace:
    """Đài PT-TH tỉnh: 36 TV programmes of 52 (32 in 2022), 52 radio ones (52 in
    2022), other activities in two forms, 1.500.000 đồng spent."""
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(ws.units.by_name(DAI))
    ws.units.save(replace(unit, signer_name="Trần Thị Bình"))
    ws.plans.copy(2023, 2022)
    acts = _activities("III.2.a/TH", 2023, 36, cost=500_000)
    acts += _activities("III.2.a/PT", 2023, 52)
    acts += _activities("III.2.a/TH", 2022, 32) + _activities("III.2.a/PT", 2022, 52)
    acts += [
        Activity(date(2023, 3, 2), "Tin ngày hội", "Tin bài", quantity=2),
        Activity(date(2023, 3, 3), "Tin hội thảo", "Tin bài", quantity=2),
        Activity(date(2023, 3, 4), "Tin cuối tuần", "Tin bài", quantity=1),
        Activity(date(2023, 5, 9), "Video hướng dẫn VNeID", "Video", quantity=1),
    ]
    ws.activities.insert_many(acts, unit.id)
    ws.texts.set_report_texts(
        unit.id,
        2023,
        {
            rc.CHI_DAO: OFFICER_TEXT + "\nBan hành kế hoạch triển khai.",
            rc.task_key("III.2.a/TH"): "Chuyên mục phát sóng tối thứ Bảy hằng tuần.",
            rc.DE_XUAT: "Đề nghị bố trí thêm kinh phí.",
            rc.META_NUMBER: "5",
            rc.META_DATE: "2024-01-05",
        },
    )
    return ws


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    ws = make_workspace(folder / "dai.cdsdb")
    report = build_unit_report(ws, 2023, options=ReportOptions(on=date(2023, 12, 31)))
    docx_path = write_docx(report, folder / "bao-cao.docx")
    pdf_path = write_report(report, pdf=folder / "bao-cao.pdf").pdf
    yield {"ws": ws, "report": report, "docx": docx_path, "pdf": pdf_path, "folder": folder}
    ws.close()


@pytest.fixture(scope="module")
def document(built):
    return docx.Document(str(built["docx"]))


@pytest.fixture(scope="module")
def body_xml(built):
    with zipfile.ZipFile(built["docx"]) as z:
        return z.read("word/document.xml").decode("utf-8")


# -- effective formatting (direct, then the style chain) ----------------------------


def font_attr(paragraph, name, run=None):
    if run is not None and getattr(run.font, name) is not None:
        return getattr(run.font, name)
    style = paragraph.style
    while style is not None:
        value = getattr(style.font, name)
        if value is not None:
            return value
        style = style.base_style
    return None


def para_attr(paragraph, name):
    value = getattr(paragraph.paragraph_format, name)
    style = paragraph.style
    while value is None and style is not None:
        value = getattr(style.paragraph_format, name)
        style = style.base_style
    return value


def paragraphs_with_style(document, style):
    return [p for p in document.paragraphs if p.style.style_id == style]


def all_paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def find(document, text):
    return next(p for p in all_paragraphs(document) if p.text.startswith(text))


# -- the model ---------------------------------------------------------------------


def test_vietnamese_dates_and_numbers():
    assert vn_date(date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert vn_date(date(2023, 6, 29)) == "ngày 29 tháng 6 năm 2023"
    assert vn_date(date(2023, 12, 15)) == "ngày 15 tháng 12 năm 2023"
    assert vn_date(date(2023, 2, 9)) == "ngày 09 tháng 02 năm 2023"
    assert document_number("5") == "05"
    assert document_number("12") == "12"
    assert document_number("").strip() == ""


def test_plan_citation_uses_the_plans_number_and_date():
    from desktop.domain.plan import Plan

    plan = Plan(
        2023,
        "Kế hoạch",
        issuer="UBND tỉnh Quảng Ngãi",
        number="12/KH-UBND",
        signed_date=date(2023, 1, 5),
        subject="truyền thông về Chuyển đổi số năm 2023",
    )
    assert plan_citation(plan) == (
        "Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2023 của UBND tỉnh Quảng Ngãi "
        "về truyền thông về Chuyển đổi số năm 2023"
    )
    assert plan_citation(replace(plan, number="7")).startswith("Kế hoạch số 07/KH-UBND")


def test_plan_citation_leaves_out_what_is_not_known():
    """No blanks to fill by hand in a report sent out: what is known is cited."""
    from desktop.domain.plan import Plan

    plan = Plan(2023, "Kế hoạch truyền thông về Chuyển đổi số năm 2023", issuer="UBND tỉnh A")
    assert plan_citation(plan) == (
        "Kế hoạch của UBND tỉnh A về truyền thông về Chuyển đổi số năm 2023"
    )
    assert plan_citation(replace(plan, number="12")) == (
        "Kế hoạch số 12/KH-UBND của UBND tỉnh A về truyền thông về Chuyển đổi số năm 2023"
    )
    dated = replace(plan, signed_date=date(2023, 3, 9), subject="truyền thông năm 2023")
    assert plan_citation(dated) == (
        "Kế hoạch ngày 09 tháng 3 năm 2023 của UBND tỉnh A về truyền thông năm 2023"
    )
    assert plan_citation(Plan(2023, "Truyền thông số năm 2023")) == (
        "Kế hoạch về Truyền thông số năm 2023"
    )


def test_deputy_signs_on_two_lines(tmp_path):
    with make_workspace(tmp_path / "kt.cdsdb") as ws:
        unit = ws.units.require_self_unit()
        ws.texts.set_report_texts(
            unit.id,
            2023,
            {rc.META_SIGNER_AUTHORITY: "KT. GIÁM ĐỐC", rc.META_SIGNER_TITLE: "PHÓ GIÁM ĐỐC"},
        )
        report = build_unit_report(ws, 2023, options=ReportOptions(signer_name="Phạm Văn Dũng"))
    out = write_docx(report, tmp_path / "kt.docx")
    right = docx.Document(str(out)).tables[1].cell(0, 1).paragraphs
    assert [right[0].text, right[1].text, right[-1].text] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Phạm Văn Dũng",
    ]
    assert all(font_attr(p, "bold") for p in (right[0], right[1], right[-1]))
    pdf_text = " ".join(_pdf_pages(write_report(report, pdf=tmp_path / "kt.pdf").pdf)[:4])
    assert "KT. GIÁM ĐỐC" in pdf_text and "PHÓ GIÁM ĐỐC" in pdf_text


def test_model_sections_and_figures(built):
    report = built["report"]
    texts = [b.text for b in report.body]
    headings = [b.text for b in report.body if b.style == Style.HEADING1]
    assert headings == [
        "I. KẾT QUẢ THỰC HIỆN",
        "II. ĐÁNH GIÁ CHUNG",
        "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    items = [b.text for b in report.body if b.style == Style.HEADING2]
    assert items == [
        "1. Công tác chỉ đạo, triển khai",
        "2. Kết quả thực hiện các nhiệm vụ",
        "3. Hoạt động truyền thông khác",
        "4. Kinh phí thực hiện",
        "1. Ưu điểm",
        "2. Tồn tại, hạn chế",
        "3. Nguyên nhân",
    ]
    assert "Thực hiện 52/52 chuyên mục, đạt 100% kế hoạch; bằng năm 2022. Đánh giá: Đạt." in texts
    assert (
        "Thực hiện 36/52 chuyên mục, đạt 69,2% kế hoạch; tăng 12,5% so với năm 2022. "
        "Đánh giá: Không đạt." in texts
    )
    th = texts.index(next(t for t in texts if t.startswith("b) ") and "III.2.a/TH" in t))
    assert texts[th + 2] == "Chuyên mục phát sóng tối thứ Bảy hằng tuần."
    assert "- Tin bài: 5 sản phẩm từ 3 hoạt động;" in texts
    assert "- Video: 1 sản phẩm." in texts
    assert "Tổng kinh phí thực hiện: 1.500.000 đồng, trong đó:" in texts
    # Empty sections read a draft from the figures, never "Không có."
    ii = texts.index("II. ĐÁNH GIÁ CHUNG")
    assert texts[ii + 2] == "Hoàn thành 1/2 chỉ tiêu được giao."
    assert "Không có." not in texts
    assert report.recipients == ["- Như trên;", "- Ban Giám đốc Đài;", "- Lưu: VT."]
    assert report.fields["number"] == "05"
    assert report.fields["place_date"] == "Quảng Ngãi, ngày 05 tháng 01 năm 2024"
    # The sample plan has no number or date: none is left blank in the text.
    assert report.fields["plan_citation"].startswith("Kế hoạch của ")
    assert "\u00a0" not in report.fields["plan_citation"]


def test_appendix_rows_match_the_data(built):
    targets, activities = built["report"].appendices
    rows = targets.blocks[0].rows
    assert rows[0] == ("1", "III.2.a/PT", rows[0][2], "chuyên mục", "52", "52", "100", "Đạt")
    assert rows[1][1:] == (
        "III.2.a/TH",
        rows[1][2],
        "chuyên mục",
        "52",
        "36",
        "69,2",
        "Không đạt",
    )
    assert rows[2][1:3] == ("Khác", "Hoạt động khác: Tin bài") and rows[2][5] == "5"
    # Tổng cộng: the products of every row (the tasks count different things
    # once other activities are in, so no sum of targets), the targets met.
    assert rows[3][1:3] == ("Khác", "Hoạt động khác: Video") and rows[3][5] == "1"
    assert rows[4] == ("", "", "Tổng cộng", "sản phẩm", "", "94", "", "Đạt 1/2")
    *listed, total = activities.blocks[0].rows
    assert len(listed) == 36 + 52 + 4
    assert total == ("", "", "", "", "Tổng cộng: 92 hoạt động", "94", "", "")
    dates = [date(int(r[1][6:]), int(r[1][3:5]), int(r[1][:2])) for r in listed]
    assert dates == sorted(dates)
    assert [r[0] for r in listed[:3]] == ["1", "2", "3"]


def test_suggested_assessment_uses_the_figures(built):
    draft = suggest_assessment(built["ws"], 2023)
    assert "Hoàn thành 1/2 chỉ tiêu được giao" in draft[rc.UU_DIEM]
    assert "còn thiếu 16 chuyên mục" in draft[rc.TON_TAI]
    # The cause's draft states the facts of the shortfall, nothing invented.
    assert "(mục III.2.a/TH): đạt 36/52 chuyên mục, còn thiếu 16" in draft[rc.NGUYEN_NHAN]
    assert "Nhân lực" not in draft[rc.NGUYEN_NHAN]


# -- the DOCX against the format ------------------------------------------------------


def test_page_setup_of_every_section(document):
    sections = document.sections
    assert len(sections) == 3  # the report, Phụ lục I, Phụ lục II
    for s in sections:
        assert 20 <= s.top_margin.mm <= 25 and 20 <= s.bottom_margin.mm <= 25
        assert 30 <= s.left_margin.mm <= 35 and 15 <= s.right_margin.mm <= 20
        assert s.different_first_page_header_footer
    main_section = sections[0]
    assert round(main_section.page_width.mm) == 210 and round(main_section.page_height.mm) == 297
    assert main_section.orientation == WD_ORIENT.PORTRAIT
    assert sections[2].orientation == WD_ORIENT.LANDSCAPE
    assert round(sections[2].page_width.mm) == 297


def test_page_numbers_in_header_from_page_two_and_per_appendix(document):
    main_section = document.sections[0]
    header = main_section.header._element
    instr = "".join(t.text for t in header.iter(f"{W}instrText"))
    assert instr.strip() == "PAGE"
    number_p = main_section.header.paragraphs[0]
    assert para_attr(number_p, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    assert 13 <= font_attr(number_p, "size").pt <= 14
    first = main_section.first_page_header._element
    assert not list(first.iter(f"{W}instrText"))
    for appendix in document.sections[1:]:
        num = appendix._sectPr.find(f"{W}pgNumType")
        assert num.get(f"{W}start") == "1"
        assert appendix.header.is_linked_to_previous  # the same centred number


SLOTS = ("ascii", "hAnsi", "eastAsia", "cs")


def effective_fonts(document, run) -> dict[str, str | None]:
    """A run's font in each slot: its own, else its paragraph style's chain
    (basedOn), else the document defaults."""
    found: dict[str, str | None] = dict.fromkeys(SLOTS)

    def take(rfonts):
        if rfonts is not None:
            for slot in SLOTS:
                if found[slot] is None and rfonts.get(f"{W}{slot}"):
                    found[slot] = rfonts.get(f"{W}{slot}")

    take(run.find(f"{W}rPr/{W}rFonts"))
    p = run.getparent()
    while p is not None and p.tag != f"{W}p":
        p = p.getparent()
    style_el = p.find(f"{W}pPr/{W}pStyle") if p is not None else None
    styles = {st.get(f"{W}styleId"): st for st in document.styles.element.iter(f"{W}style")}
    style_id = style_el.get(f"{W}val") if style_el is not None else None
    seen = set()
    while style_id and style_id in styles and style_id not in seen:
        seen.add(style_id)
        st = styles[style_id]
        take(st.find(f"{W}rPr/{W}rFonts"))
        based = st.find(f"{W}basedOn")
        style_id = based.get(f"{W}val") if based is not None else None
    defaults = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    take(defaults.find(f"{W}rFonts"))
    return found


def test_changing_the_body_style_font_changes_every_style(built, tmp_path):
    """Styles are chained from one body style (CDSBody): in the generated
    file, a new font on CDSBody alone reaches headings, list items, table
    text, the header block and the signature; headings and points are
    followed by the body style."""
    doc = docx.Document(str(built["docx"]))
    styles = {st.style_id: st for st in doc.styles if st.style_id.startswith("CDS")}
    assert set(styles) == {str(s) for s in Style}
    for style_id, st in styles.items():
        if style_id != Style.BODY:
            assert st.base_style.style_id == Style.BODY, style_id
            assert st.element.find(f"{W}rPr/{W}rFonts") is None, style_id
    for style_id in (Style.HEADING1, Style.HEADING2, Style.POINT):
        assert styles[style_id].next_paragraph_style.style_id == Style.BODY
    body_fonts = styles[Style.BODY].element.find(f"{W}rPr/{W}rFonts")
    for slot in SLOTS:
        body_fonts.set(f"{W}{slot}", "Arial")
    changed = tmp_path / "arial.docx"
    doc.save(str(changed))
    doc = docx.Document(str(changed))
    runs = [r for r in doc.element.body.iter(f"{W}r") if r.find(f"{W}t") is not None]
    by_style: dict[str, set] = {}
    for run in runs:
        p = run.getparent()
        while p.tag != f"{W}p":
            p = p.getparent()
        style_id = p.find(f"{W}pPr/{W}pStyle").get(f"{W}val")
        by_style.setdefault(style_id, set()).update(effective_fonts(doc, run).values())
    for style_id in (
        Style.HEADING1,
        Style.HEADING2,
        Style.POINT,
        Style.BODY,
        Style.TABLE_TEXT,
        Style.TABLE_HEAD,
        Style.UNIT,
        Style.SIGN_NAME,
        Style.APPENDIX_TITLE,
    ):
        assert by_style[str(style_id)] == {"Arial"}, style_id
    assert {f for fonts in by_style.values() for f in fonts} == {"Arial"}


def test_times_new_roman_everywhere(document, body_xml):
    styles = document.styles.element
    defaults = styles.find(f"{W}docDefaults").find(f"{W}rPrDefault").find(f"{W}rPr")
    fonts = defaults.find(f"{W}rFonts")
    assert {fonts.get(f"{W}{slot}") for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {TNR}
    for style in styles.iter(f"{W}style"):
        rfonts = style.find(f"{W}rPr/{W}rFonts")
        if rfonts is not None:
            assert rfonts.get(f"{W}eastAsia") == TNR, style.get(f"{W}styleId")
    body = document.element.body
    runs = [r for r in body.iter(f"{W}r") if r.find(f"{W}t") is not None]
    assert len(runs) > 500
    for run in runs:
        # The run's font is its style chain's: no run sets its own.
        assert run.find(f"{W}rPr/{W}rFonts") is None
        assert set(effective_fonts(document, run).values()) == {TNR}
    assert "w:shd" not in body_xml  # no shading anywhere


def _rule_width_mm(p, cell_mm):
    fmt = p.paragraph_format
    return cell_mm - (fmt.left_indent or 0) / 36000 - (fmt.right_indent or 0) / 36000


def _has_bottom_border(p):
    style = p.style.element
    return style.find(f"{W}pPr/{W}pBdr/{W}bottom") is not None


def test_header_block(document):
    header = document.tables[0]
    borders = header._tbl.tblPr.find(f"{W}tblBorders")
    assert {b.get(f"{W}val") for b in borders} == {"nil"}
    left, right = header.cell(0, 0).paragraphs, header.cell(0, 1).paragraphs
    gov, unit, rule = left
    # The place name is held together by a non-breaking space.
    assert gov.text == "UBND TỈNH QUẢNG\u00a0NGÃI"
    assert font_attr(gov, "size").pt == 13 and not font_attr(gov, "bold")
    # A long name is broken into two even lines, as a typist would.
    assert unit.text == "ĐÀI PHÁT THANH VÀ\nTRUYỀN HÌNH TỈNH"
    assert font_attr(unit, "size").pt == 13 and font_attr(unit, "bold")
    assert _has_bottom_border(rule) and rule.text == ""
    unit_width = max(text_width(line, 13, True) for line in unit.text.split("\n")) * 25.4 / 72
    share = _rule_width_mm(rule, HEADER_LEFT_MM) / unit_width
    assert 1 / 3 <= share <= 1 / 2
    nation, motto, motto_rule = right
    assert nation.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and font_attr(nation, "bold")
    assert font_attr(nation, "size").pt == 13
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and font_attr(motto, "bold")
    assert font_attr(motto, "size").pt == 14
    motto_width = text_width(motto.text, 14, True) * 25.4 / 72
    assert _has_bottom_border(motto_rule)
    assert abs(_rule_width_mm(motto_rule, HEADER_RIGHT_MM) - motto_width) < 1.0
    number = header.cell(1, 0).paragraphs[0]
    assert number.text == "Số: 05/BC-PTTH"
    assert font_attr(number, "size").pt == 13 and not font_attr(number, "bold")
    assert para_attr(number, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    place = header.cell(1, 1).paragraphs[0]
    assert place.text == "Quảng Ngãi, ngày 05 tháng 01 năm 2024"
    assert font_attr(place, "italic") and font_attr(place, "size").pt == 14
    assert para_attr(place, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    # No rows of underscores standing in for rules.
    assert all("___" not in p.text for p in all_paragraphs(document))


def test_title_subject_and_addressee(document):
    title = find(document, "BÁO CÁO")
    assert (
        title.text == "BÁO CÁO" and font_attr(title, "bold") and font_attr(title, "size").pt == 14
    )
    assert para_attr(title, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    subject = find(document, "Kết quả thực hiện Kế hoạch")
    assert subject.text == "Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm\xa02023"
    assert (
        font_attr(subject, "bold") and para_attr(subject, "alignment") == WD_ALIGN_PARAGRAPH.CENTER
    )
    paragraphs = document.paragraphs
    rule = paragraphs[[p._p for p in paragraphs].index(subject._p) + 1]
    assert _has_bottom_border(rule)
    lines = wrap_words(subject.text, 14, TEXT_WIDTH_MM * 72 / 25.4, True)
    subject_width = max(text_width(x, 14, True) for x in lines) * 25.4 / 72
    assert 1 / 3 <= _rule_width_mm(rule, TEXT_WIDTH_MM) / subject_width <= 1 / 2
    addressee = find(document, "Kính gửi:")
    assert addressee.text == "Kính gửi: Sở Thông tin và Truyền thông."
    assert 13 <= font_attr(addressee, "size").pt <= 14 and not font_attr(addressee, "bold")
    opening = find(document, "Thực hiện Kế hoạch của UBND tỉnh")
    assert "của UBND tỉnh Quảng Ngãi về truyền thông về Chuyển đổi số" in opening.text
    assert opening.text.endswith(
        "Đài Phát thanh và Truyền hình tỉnh báo cáo kết quả thực hiện như sau:"
    )


def test_body_paragraph_format(document):
    body = paragraphs_with_style(document, Style.BODY)
    assert len(body) > 15
    for p in body[:3]:
        assert para_attr(p, "alignment") == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert abs(para_attr(p, "first_line_indent").cm - 1.27) < 0.01
        assert para_attr(p, "space_after").pt >= 6
        assert 1.0 <= para_attr(p, "line_spacing") <= 1.5
        assert 13 <= font_attr(p, "size").pt <= 14
    for style in (Style.HEADING1, Style.HEADING2):
        for p in paragraphs_with_style(document, style):
            assert font_attr(p, "bold"), p.text
    for p in paragraphs_with_style(document, Style.HEADING1):
        assert p.text == p.text.upper()
    points = paragraphs_with_style(document, Style.POINT)
    assert points[0].text.startswith("a) ") and not font_attr(points[0], "bold")
    closing = find(document, "Trên đây là báo cáo")
    assert closing.text.endswith("./.")


def test_figures_and_literal_officer_text(document):
    texts = [p.text for p in document.paragraphs]
    assert OFFICER_TEXT in texts
    assert (
        "Thực hiện 36/52 chuyên mục, đạt 69,2% kế hoạch; tăng 12,5% so với năm 2022. "
        "Đánh giá: Không đạt." in texts
    )
    assert "Tổng kinh phí thực hiện: 1.500.000 đồng, trong đó:" in texts
    assert texts.count("Không có.") == 0  # II.1-3 and III print their drafts


def test_signature_and_recipients(document):
    sign = document.tables[1]
    left, right = sign.cell(0, 0).paragraphs, sign.cell(0, 1).paragraphs
    head = left[0]
    assert head.text == "Nơi nhận:"
    assert (
        font_attr(head, "bold") and font_attr(head, "italic") and font_attr(head, "size").pt == 12
    )
    assert para_attr(head, "alignment") == WD_ALIGN_PARAGRAPH.LEFT
    entries = [p.text for p in left[1:]]
    assert entries == ["- Như trên;", "- Ban Giám đốc Đài;", "- Lưu: VT."]
    assert all(font_attr(p, "size").pt == 11 for p in left[1:])
    # No authority line for this unit: the empty placeholder line is gone.
    assert right[0].text == "GIÁM ĐỐC" and font_attr(right[0], "bold")
    assert right[-1].text == "Trần Thị Bình" and font_attr(right[-1], "bold")
    assert para_attr(right[-1], "alignment") == WD_ALIGN_PARAGRAPH.CENTER


def test_appendices(document):
    labels = paragraphs_with_style(document, Style.APPENDIX_LABEL)
    assert [p.text for p in labels] == ["Phụ lục I", "Phụ lục II"]
    for p in labels:
        assert font_attr(p, "bold") and font_attr(p, "size").pt == 14
    notes = paragraphs_with_style(document, Style.APPENDIX_NOTE)
    assert notes[0].text == (
        "(Kèm theo Báo cáo số 05/BC-PTTH ngày 05 tháng 01 năm 2024 "
        "của Đài Phát thanh và Truyền hình tỉnh)"
    )
    assert font_attr(notes[0], "italic")
    targets, activities = document.tables[2], document.tables[3]
    assert [c.text for c in targets.rows[0].cells] == [
        "STT",
        "Mục KH",
        "Nhiệm vụ",
        "Đơn vị tính",
        "Chỉ tiêu",
        "Kết quả",
        "Tỷ lệ (%)",
        "Đánh giá",
    ]
    assert [c.text for c in activities.rows[0].cells] == [
        "STT",
        "Ngày",
        "Mục KH",
        "Hình thức",
        "Tiêu đề",
        "Số lượng",
        "Đường dẫn",
        "Ghi chú",
    ]
    assert len(activities.rows) == 1 + 92 + 1
    assert [c.text for c in activities.rows[-1].cells][4:6] == ["Tổng cộng: 92 hoạt động", "94"]
    for table, width_mm in ((targets, TEXT_WIDTH_MM), (activities, LANDSCAPE_TEXT_WIDTH_MM)):
        header_pr = table.rows[0]._tr.find(f"{W}trPr")
        assert header_pr.find(f"{W}tblHeader") is not None
        assert table.rows[1]._tr.find(f"{W}trPr/{W}tblHeader") is None
        grid = [int(c.get(f"{W}w")) for c in table._tbl.find(f"{W}tblGrid")]
        assert sum(grid) / 1440 * 25.4 <= width_mm + 0.5
    head_cell = targets.rows[0].cells[0].paragraphs[0]
    assert font_attr(head_cell, "bold")
    row = [c.text for c in targets.rows[2].cells]
    assert row[1] == "III.2.a/TH" and row[4:] == ["52", "36", "69,2", "Không đạt"]


# -- the template --------------------------------------------------------------------


def _edited_template(tmp_path, find_text, runs):
    """A copy of the built-in template with one paragraph's text replaced by `runs`."""
    doc = docx.Document(str(default_template_path()))
    for p in all_paragraphs(doc):
        if find_text in p.text:
            for r in p.runs[1:]:
                r._r.getparent().remove(r._r)
            p.runs[0].text = runs[0]
            for extra in runs[1:]:
                p.add_run(extra)
            break
    else:
        raise AssertionError(find_text)
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("runs", "message"),
    [
        (["{{ ten_don_vi }}"], "không có trường “ten_don_vi”"),
        (["{{ “unit_name” }}"], "dấu nháy cong"),
        (["{{ unit_name }"], "không thành cặp"),
        (["{{ unit_name"], "không thành cặp"),
        (["{% for x in y %}{{ unit_name }}{% endfor %}"], "không dùng được câu lệnh"),
    ],
)
def test_broken_placeholders_are_refused(tmp_path, runs, message):
    path = _edited_template(tmp_path, "{{ subject }}", runs)
    with pytest.raises(TemplateError) as e:
        load_template(path)
    assert message in str(e.value) and "mau.docx" in str(e.value)


def test_a_refused_template_lists_its_problems_in_the_same_words(tmp_path):
    """The interface translates the refusal (a message made of messages); the
    command line and the log read it as they always did."""
    from desktop.reports.model import BLOCK_NAMES, FIELD_NAMES

    path = _edited_template(tmp_path, "{{ subject }}", ["{{ ten_don_vi }} {{ “unit_name” }}"])
    with pytest.raises(TemplateError) as e:
        load_template(path)
    where = "phần thân, đoạn “{{ ten_don_vi }} {{ “unit_name” }}”"
    fields = ", ".join(sorted(set(FIELD_NAMES) | set(BLOCK_NAMES)))
    assert str(e.value) == (
        f"Mẫu báo cáo “{path}” không dùng được:\n"
        f"- {where}: không có trường “ten_don_vi”. Các trường dùng được: {fields}.\n"
        f"- {where}: chỗ điền “{{{{ “unit_name” }}}}” có dấu nháy cong (“ ” ‘ ’); tên chỗ điền "
        "không có dấu nháy, ví dụ { unit_name }."
    )
    assert e.value.args[0].values["name"].values == {"path": str(path)}


def test_block_placeholder_must_stand_alone(tmp_path):
    path = _edited_template(tmp_path, "{{ body }}", ["Nội dung: {{ body }}"])
    with pytest.raises(TemplateError, match="phải nằm riêng một đoạn"):
        load_template(path)


def test_damaged_template_is_refused(tmp_path, built):
    broken = tmp_path / "hong.docx"
    broken.write_bytes(default_template_path().read_bytes()[:3000])
    with pytest.raises(TemplateError, match="bị hỏng"):
        write_docx(built["report"], tmp_path / "out.docx", broken)
    assert not (tmp_path / "out.docx").exists()
    text = tmp_path / "text.docx"
    text.write_text("không phải Word", encoding="utf-8")
    with pytest.raises(TemplateError, match="bị hỏng"):
        load_template(text)


def test_placeholder_split_across_runs_and_edited_wording(tmp_path, built):
    path = _edited_template(tmp_path, "{{ subject }}", ["Về việc: {{ sub", "je", "ct }} (bản sửa)"])
    out = write_docx(built["report"], tmp_path / "out.docx", path)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert (
        "Về việc: Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm\xa02023 (bản sửa)"
        in texts
    )


def test_pdf_follows_the_templates_wording(tmp_path, built):
    path = _edited_template(
        tmp_path, "Trên đây là", ["Trên đây là báo cáo của {{ unit_name }} (bản sửa)./."]
    )
    pages = _pdf_pages(write_report(built["report"], pdf=tmp_path / "sua.pdf", template=path).pdf)
    whole = " ".join(" ".join(p.split()) for p in pages)
    assert "Trên đây là báo cáo của Đài Phát thanh và Truyền hình tỉnh (bản sửa)./." in whole
    assert "kính gửi Sở Thông tin và Truyền thông tổng hợp" not in whole
    broken = _edited_template(tmp_path, "{{ subject }}", ["{{ chu_de }}"])
    with pytest.raises(TemplateError, match="chu_de"):
        write_report(built["report"], pdf=tmp_path / "hong.pdf", template=broken)


def test_target_not_writable_keeps_old_file(tmp_path, built):
    with pytest.raises(FileWriteError, match="thư mục không tồn tại"):
        write_docx(built["report"], tmp_path / "khong-co" / "bc.docx")
    target = tmp_path / "bc.docx"
    target.write_bytes(b"old")
    with pytest.raises(TemplateError):
        write_docx(built["report"], target, tmp_path / "missing.docx")
    assert target.read_bytes() == b"old"


# -- the PDF -----------------------------------------------------------------------


def _pdf_pages(path):
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]


def test_pdf_text_and_page_numbers(built):
    pages = _pdf_pages(built["pdf"])
    assert len(pages) >= 4
    first = pages[0]
    for text in (
        "BÁO CÁO",
        "Số: 05/BC-PTTH",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Quảng Ngãi, ngày 05 tháng 01 năm 2024",
        "Kính gửi: Sở Thông tin và Truyền thông.",
    ):
        assert text in first
    whole = " ".join(" ".join(p.split()) for p in pages)
    assert "Thực hiện 36/52 chuyên mục, đạt 69,2% kế hoạch; tăng 12,5% so với năm 2022." in whole
    assert '{{ unit_name }} và {% for x in y %} =HYPERLINK("http://x") <b>đậm</b> & xong' in whole
    assert "./." in whole and "Nơi nhận:" in whole and "- Lưu: VT." in whole
    # No number on page 1; "2" centred at the top of page 2.
    assert first.strip().splitlines()[0].strip() != "1"
    assert pages[1].strip().splitlines()[0].strip() == "2"
    appendix_starts = [i for i, p in enumerate(pages) if p.strip().startswith("Phụ lục")]
    assert len(appendix_starts) == 2
    last = appendix_starts[1]
    assert "DANH MỤC SẢN PHẨM TRUYỀN THÔNG" in pages[last]
    if len(pages) > last + 1:
        assert pages[last + 1].strip().splitlines()[0].strip() == "2"
    reader = PdfReader(str(built["pdf"]))
    assert reader.pages[last].mediabox.width > reader.pages[last].mediabox.height
    fonts = set()
    for page in reader.pages[:2]:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if font["/Subtype"] == "/Type1":
                continue  # reportlab lists Helvetica on every page; no text uses it
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded
            fonts.add(str(font["/BaseFont"]))
    assert fonts and all("Serif" in f or "Times" in f for f in fonts)


def test_appendix_header_repeats_on_every_pdf_page(tmp_path, built):
    report = built["report"]
    table = report.appendices[1].blocks[0]
    long = replace(
        table,
        rows=[
            (str(i), "01/02/2023", "Khác", "Tin bài", f"Tin {i}", "1", "", "")
            for i in range(1, 301)
        ],
    )
    doc = replace(report, appendices=[replace(report.appendices[1], blocks=[long])])
    pages = _pdf_pages(write_report(doc, pdf=tmp_path / "dai.pdf").pdf)
    appendix = [p for p in pages if "Tin 1" in p or "Tin 2" in p]
    assert len(appendix) >= 5
    assert all("Tiêu đề" in p and "Đường dẫn" in p for p in appendix)


def test_pdf_survives_any_officer_text(tmp_path):
    odd = "Mở đầu\x01\x07 \u200fمرحبا\u200f 😀 <tag> & \ttab " + "Chuyển đổi số " * 3600
    folder = tmp_path
    with make_workspace(folder / "odd.cdsdb") as ws:
        unit = ws.units.require_self_unit()
        ws.texts.set_report_texts(unit.id, 2023, {rc.PHUONG_HUONG: odd, rc.KHAC: "🎉🎉"})
        report = build_unit_report(ws, 2023)
    assert len(odd) > 50_000
    pdf = write_report(report, pdf=folder / "odd.pdf").pdf
    out = write_docx(report, folder / "odd.docx")
    whole = " ".join(" ".join(p.split()) for p in _pdf_pages(pdf))
    assert "Mở đầu" in whole and "tag> & tab Chuyển đổi số" in whole
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    # Direction marks removed from both; the emoji drawn with the bundled
    # fallback font; Arabic (no bundled font) shown in the PDF as boxes.
    assert any(t.startswith("Mở đầu مرحبا 😀 <tag> &") for t in texts)
    assert "Mở đầu □□□□□ 😀 <tag> & tab" in whole


# -- command line and LibreOffice -------------------------------------------------------


def test_cli_report(tmp_path, capsys):
    db = tmp_path / "dai.cdsdb"
    make_workspace(db).close()
    out, pdf = tmp_path / "bc.docx", tmp_path / "bc.pdf"
    code = main(
        [
            "report",
            "--db",
            str(db),
            "--year",
            "2023",
            "--out",
            str(out),
            "--pdf",
            str(pdf),
            "--number",
            "7",
            "--date",
            "2024-02-03",
        ]
    )
    assert code == 0, capsys.readouterr().err
    texts = [p.text for p in all_paragraphs(docx.Document(str(out)))]
    assert "Số: 07/BC-PTTH" in texts
    assert "Quảng Ngãi, ngày 03 tháng 02 năm 2024" in texts
    assert "Số: 07/BC-PTTH" in _pdf_pages(pdf)[0]
    bad = tmp_path / "mau.docx"
    bad.write_bytes(b"PK\x03\x04 hong")
    code = main(
        ["report", "--db", str(db), "--year", "2023", "--out", str(out), "--template", str(bad)]
    )
    err = capsys.readouterr().err
    assert code == 1 and "bị hỏng" in err and "Traceback" not in err
    code = main(["report", "--db", str(db), "--year", "2031", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1 and "Chưa có kế hoạch năm 2031" in err
    folder = tmp_path / "thu-muc.docx"
    folder.mkdir()
    code = main(["report", "--db", str(db), "--year", "2023", "--out", str(folder)])
    err = capsys.readouterr().err
    assert code == 1 and "là một thư mục" in err


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is installed by .ci/setup")
def test_libreoffice_opens_and_paginates(built, tmp_path):
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(built["docx"]),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "bao-cao.pdf"
    pages = _pdf_pages(pdf)
    assert len(pages) > 1
    assert "BÁO CÁO" in pages[0] and "Số: 05/BC-PTTH" in pages[0]
    assert pages[1].strip().splitlines()[0].strip() == "2"
    reader = PdfReader(str(pdf))
    assert round(float(reader.pages[0].mediabox.width) * 25.4 / 72) == 210
    assert any(p.strip().startswith("Phụ lục II") for p in pages)


@pytest.mark.parametrize(
    "unit,closing",
    [
        ("Báo Quảng Ngãi", "kính gửi Sở Thông tin và Truyền thông tổng hợp./."),
        ("Sở Thông tin và Truyền thông", "kính báo cáo Ủy ban nhân dân tỉnh Quảng Ngãi./."),
    ],
)
def test_closing_sentence_asks_what_the_addressee_does(tmp_path, unit, closing):
    from docx import Document

    from desktop.cli import main

    db = tmp_path / "w.cdsdb"
    assert main(["init", "--db", str(db), "--unit", unit]) == 0
    out = tmp_path / "bc.docx"
    assert main(["report", "--db", str(db), "--year", "2023", "--out", str(out)]) == 0
    texts = [p.text for p in Document(out).paragraphs]
    [sentence] = [t for t in texts if t.startswith("Trên đây là báo cáo")]
    assert sentence.endswith(f"của {unit}, {closing}")


def test_a_wrapping_subject_never_leaves_its_year_alone():
    from desktop.reports.header import no_lone_last_word

    assert no_lone_last_word("Kết quả thực hiện Kế hoạch năm 2023") == (
        "Kết quả thực hiện Kế hoạch năm\xa02023"
    )
    assert no_lone_last_word("Báo cáo") == "Báo\xa0cáo"
    assert no_lone_last_word("Một") == "Một"
    assert no_lone_last_word("") == ""
