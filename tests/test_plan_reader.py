"""Reading a plan document: phrase rules, the seed plan read back as the
built-in one, plans of other years in DOCX, PDF and text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import plan_documents as docs
import pytest

from desktop.domain import plan_phrases as ph
from desktop.domain.plan_proposal import proposal_to_plan
from desktop.domain.plan_reader import (
    PlanReadError,
    SourceLine,
    read_plan_text,
)
from desktop.io.plan_document import PlanDocumentError, read_document_lines
from desktop.store.workspace import load_builtin_plan

SEED = Path(__file__).resolve().parent.parent / "resources" / "ke-hoach-2023.txt"
YEAR = (date(2023, 1, 1), date(2023, 12, 31))


def _yearly(phrase: str) -> list[int]:
    return [o.yearly(*YEAR) for o in ph.read_outputs(phrase)]


# -- frequency phrases -------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "numbers"),
    [
        ("01 số/tuần", [52]),
        ("01 số/chuyên mục/tuần", [52]),
        ("02 kỳ/tháng", [24]),
        ("01 kỳ/1 trang/tháng", [12]),
        ("khoảng 15 tin, bài/tháng", [180]),
        ("khoảng 15 tin, bài, video/tháng (bao gồm tiếng Anh và tiếng Việt).", [180]),
        ("06 số/năm", [6]),
        ("02 sản phẩm/quý", [8]),
        ("mỗi tuần 01 phóng sự/chương trình phát thanh.", [52]),
        ("hằng quý 01 số", [4]),
        ("ít nhất 04 tin, bài/tháng", [48]),
        ("01 lần/6 tháng", [2]),
        ("mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng", [12, 36]),
        ("05 băng rôn/đơn vị", [5]),
        ("02 tin, bài/đơn vị/tháng", [24]),
    ],
)
def test_frequency_gives_the_yearly_number(phrase, numbers):
    assert _yearly(phrase) == numbers


def test_repeat_output_is_its_own_measure():
    made, repeated = ph.read_outputs("mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng")
    assert (made.measure, made.action) == ("chuyên mục", "")
    assert (repeated.measure, repeated.action, repeated.period) == ("lần", "phát lại", "thang")


def test_outputs_named_for_print_and_online_are_two():
    outs = ph.read_outputs(
        "01 kỳ/1 trang/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử)."
    )
    assert [(o.label, o.yearly(*YEAR)) for o in outs] == [("báo in", 12), ("báo điện tử", 24)]
    assert [ph.output_suffix(o.label) for o in outs] == ["IN", "DT"]


def test_frequency_within_a_shorter_window_counts_its_periods():
    (out,) = ph.read_outputs("01 chương trình/tuần")
    assert out.yearly(date(2025, 4, 1), date(2025, 9, 30)) == 26
    (out,) = ph.read_outputs("04 tin, bài/tháng")
    assert out.yearly(date(2025, 1, 1), date(2025, 6, 30)) == 24


@pytest.mark.parametrize("phrase", ["thường xuyên", "theo yêu cầu", "", "Năm 2023"])
def test_frequency_without_a_number_gives_nothing(phrase):
    assert ph.read_outputs(phrase) == []


@pytest.mark.parametrize(
    ("title", "count", "measure"),
    [
        ("Tổ chức 02 lớp tập huấn kỹ năng số cho cán bộ cấp xã", 2, "lớp tập huấn kỹ năng số"),
        ("Tổ chức 03 hội nghị tập huấn về chuyển đổi số", 3, "hội nghị tập huấn"),
        ("Sản xuất 10 video clip ngắn", 10, "video clip ngắn"),
        ("Tổ chức tuyên truyền Ngày Chuyển đổi số và Tuần lễ Chuyển đổi số", 1, "sự kiện"),
        ("Tổ chức Thi video clip về Tổ Công nghệ số cộng đồng", 1, "cuộc thi"),
        ("Tổ chức Hội thi tìm hiểu về chuyển đổi số", 1, "cuộc thi"),
        ("Hướng dẫn các đơn vị tổ chức truyền thông", 1, "văn bản hướng dẫn"),
    ],
)
def test_count_in_the_task_words(title, count, measure):
    assert ph.count_in_task(title) == ph.TaskCount(count, measure)


@pytest.mark.parametrize(
    "title",
    [
        "Đặt hàng các cơ quan báo chí sản xuất các video clip",
        "UBND cấp huyện chỉ đạo UBND cấp xã triển khai tuyên truyền",
        "Vận hành Trang tin điện tử Chuyển đổi số năm 2023",
    ],
)
def test_task_without_a_count(title):
    assert ph.count_in_task(title) is None


# -- period phrases ----------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("Quý I/2023", "2023-01-01", "2023-03-31"),
        ("Quý II/2023", "2023-04-01", "2023-06-30"),
        ("Quý III/2023", "2023-07-01", "2023-09-30"),
        ("Quý IV/2023", "2023-10-01", "2023-12-31"),
        ("Quý 3 năm 2023", "2023-07-01", "2023-09-30"),
        ("Quý II, III/2023", "2023-04-01", "2023-09-30"),
        ("6 tháng đầu năm", "2023-01-01", "2023-06-30"),
        ("6 tháng cuối năm 2023", "2023-07-01", "2023-12-31"),
        ("Năm 2023", "2023-01-01", "2023-12-31"),
        ("Trong năm 2023.", "2023-01-01", "2023-12-31"),
        ("Thường xuyên", "2023-01-01", "2023-12-31"),
        ("Tháng 10/2023", "2023-10-01", "2023-10-31"),
        ("Tháng 2/2024", "2024-02-01", "2024-02-29"),
        ("Từ tháng 3 đến tháng 5/2023", "2023-03-01", "2023-05-31"),
        ("Trước ngày 30/6/2023", "2023-01-01", "2023-06-30"),
        ("Từ ngày 01/3/2023 đến ngày 15/4/2023", "2023-03-01", "2023-04-15"),
    ],
)
def test_period_gives_the_due_window(phrase, start, end):
    w = ph.due_window(phrase, 2023)
    assert (w.start.isoformat(), w.end.isoformat()) == (start, end)
    assert w.label == phrase.rstrip(".")


@pytest.mark.parametrize("phrase", ["khi có yêu cầu", "Quý V/2023", "Tháng 13/2023", ""])
def test_period_not_understood(phrase):
    assert ph.due_window(phrase, 2023) is None


# -- units -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "levels"),
    [
        (
            "Trung tâm Truyền thông-Văn hóa-Thể thao các huyện, thị xã, thành phố",
            ("huyện", "thị xã", "thành phố"),
        ),
        ("UBND các xã, phường, đặc khu", ("xã", "phường", "đặc khu")),
        ("UBND cấp xã", ("xã",)),
        ("UBND huyện Bình Sơn", ()),
        ("Sở Khoa học và Công nghệ", ()),
    ],
)
def test_per_unit_leads(lead, levels):
    assert ph.unit_levels(lead) == levels


def test_lead_lists_split_at_organisation_names():
    assert ph.split_units("Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh") == [
        "Báo Quảng Ngãi",
        "Đài Phát thanh và Truyền hình tỉnh",
    ]
    assert ph.split_units("Sở Khoa học và Công nghệ") == ["Sở Khoa học và Công nghệ"]
    assert ph.split_units("Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học).") == [
        "Văn phòng UBND tỉnh (Trung tâm Công báo và Tin học)"
    ]


# -- the seed plan -----------------------------------------------------------


def _seed_lines() -> list[SourceLine]:
    return read_document_lines(SEED)


def test_seed_reads_as_the_builtin_plan():
    builtin, _units = load_builtin_plan()
    proposal = read_plan_text(_seed_lines(), 2023)
    plan, new_kinds = proposal_to_plan(proposal, builtin.unit_kinds, builtin.forms)
    assert new_kinds == []  # every lead is one of the built-in unit kinds
    assert len(plan.targets) == 17

    def key(t):
        return (
            t.code,
            t.task,
            t.target,
            t.due_start,
            t.due_end,
            t.due_label,
            t.per_unit,
            t.lead_kinds,
        )

    assert [key(t) for t in plan.targets] == [key(t) for t in builtin.targets]
    assert plan.title == builtin.title
    assert plan.subject == builtin.subject
    assert plan.issuer == builtin.issuer
    assert plan.report_deadline == builtin.report_deadline == date(2023, 12, 1)
    assert plan.consolidator == builtin.consolidator == "Sở Thông tin và Truyền thông"
    assert len(plan.themes) == len(builtin.themes) == 8
    assert plan.themes[2].title.endswith("xây dựng chính quyền số")  # joined across the page break
    # the measures the plan states with its frequency
    measures = {t.code: t.measure for t in plan.targets}
    assert measures["III.2.b/IN"] == measures["III.2.b/DT"] == "kỳ"
    assert measures["III.2.d"] == "tin, bài, video"
    assert measures["III.2.đ/SX"] == "chuyên mục"
    assert measures["III.2.đ/PL"] == "lượt phát lại"
    assert measures["III.3.b"] == measures["III.3.d"] == "cuộc thi"


def test_seed_keeps_every_line_it_did_not_take():
    proposal = read_plan_text(_seed_lines(), 2023)
    texts = {u.text for u in proposal.unread}
    assert any(t.startswith("Thực hiện Kế hoạch số 122/KH-UBND") for t in texts)
    assert "2. Sở Tài chính" in texts
    assert "Đặng Văn Minh" in texts
    # the deadline line fed the proposal, so it is not listed
    assert not any("trước ngày 01/12/2023" in t for t in texts)
    # each target carries the sentences it came from
    t = proposal.target("III.2.b/DT")
    assert "02 kỳ/tháng (đối với báo điện tử)" in t.source
    assert t.source.startswith("b) Thực hiện chuyên trang")


def test_uninterpretable_lines_are_listed_with_a_reason():
    lines = docs.PLAN_2026[:]
    proposal = read_plan_text([SourceLine(i + 1, t) for i, t in enumerate(lines)], 2026)
    unread = {u.text: u for u in proposal.unread}
    stray = unread["Các nhiệm vụ phát sinh trong năm sẽ được giao bằng văn bản riêng."]
    assert stray.section == "III. NHIỆM VỤ VÀ HÌNH THỨC TRUYỀN THÔNG"
    assert "không rõ" in stray.reason
    freq = unread["Tần suất: thường xuyên theo nhu cầu của người dân."]
    assert "III.4.2" in freq.reason
    assert proposal.target("III.4.2").target is None
    # nothing is lost: every non-empty line fed the proposal or is listed
    assert len(proposal.unread) >= 10


def test_a_text_that_is_not_a_plan_is_refused():
    lines = [SourceLine(1, "Biên bản họp"), SourceLine(2, "Nội dung: bàn về công tác năm 2026.")]
    with pytest.raises(PlanReadError, match="Không thấy phần nhiệm vụ"):
        read_plan_text(lines, 2026)


# -- plans of other years, as DOCX, PDF and text -------------------------------

WRITERS = {"docx": docs.write_docx, "pdf": docs.write_pdf, "txt": docs.write_txt}
PLANS = {
    2026: (docs.PLAN_2026_HEADER, docs.PLAN_2026, docs.EXPECTED_2026),
    2025: (docs.PLAN_2025_HEADER, docs.PLAN_2025, docs.EXPECTED_2025),
}


@pytest.mark.parametrize("kind", ["docx", "pdf", "txt"])
@pytest.mark.parametrize("year", [2026, 2025])
def test_other_years_read_into_codes_numbers_windows(tmp_path, kind, year):
    header, paragraphs, expected = PLANS[year]
    path = WRITERS[kind](tmp_path / f"ke-hoach-{year}.{kind}", header, paragraphs)
    proposal = read_plan_text(read_document_lines(path), year)
    got = {
        t.code: (t.target, t.due_start.isoformat(), t.due_end.isoformat(), t.per_unit)
        for t in proposal.targets
    }
    assert got == expected
    assert proposal.year == year
    assert proposal.issuer == "UBND tỉnh Quảng Ngãi"
    assert proposal.consolidator == "Sở Khoa học và Công nghệ"
    if year == 2026:
        assert (proposal.number, proposal.signed_date) == ("45/KH-UBND", date(2026, 2, 20))
        assert proposal.report_deadline == date(2026, 11, 25)
        assert proposal.title == "Kế hoạch truyền thông về chuyển đổi số tỉnh Quảng Ngãi năm 2026"
        assert proposal.target("III.1.1/PT").lead_units == (
            "Báo và Phát thanh, Truyền hình Quảng Ngãi",
        )
        assert proposal.target("III.2.2").lead_units == ("Sở Khoa học và Công nghệ",)
        assert proposal.target("III.2.2").partners == "Báo và Phát thanh, Truyền hình Quảng Ngãi"
        assert proposal.target("III.2.1/PL").unit_levels == ("xã", "phường", "đặc khu")
        assert proposal.target("III.3.1").measure == "lớp tập huấn kỹ năng truyền thông số"
        assert len(proposal.themes) == 4
    else:
        assert (proposal.number, proposal.signed_date) == ("38/KH-UBND", date(2025, 3, 14))
        assert proposal.report_deadline == date(2025, 12, 5)
        assert proposal.title.endswith("đổi mới sáng tạo tỉnh Quảng Ngãi năm 2025")
        assert proposal.target("III.4").unit_levels == ("huyện", "thị xã", "thành phố")
        assert len(proposal.themes) == 2


@pytest.mark.parametrize("kind", ["docx", "pdf", "txt"])
def test_a_plan_worded_otherwise_reads_the_same_from_every_format(tmp_path, kind):
    path = WRITERS[kind](tmp_path / f"kh-210.{kind}", docs.PLAN_210_HEADER, docs.PLAN_210)
    proposal = read_plan_text(read_document_lines(path), 2026)
    got = {
        t.code: (t.target, t.due_start.isoformat(), t.due_end.isoformat(), t.per_unit)
        for t in proposal.targets
    }
    assert got == docs.EXPECTED_210
    # "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI" with the motto between them (a
    # PDF reads the header row by row), and not "UBND tỉnh ban hành …".
    assert proposal.issuer == "UBND tỉnh Quảng Ngãi"
    assert (proposal.number, proposal.signed_date) == ("210/KH-UBND", date(2026, 3, 5))
    assert proposal.report_deadline == date(2026, 11, 30)
    assert proposal.consolidator == "Sở Khoa học và Công nghệ"
    assert proposal.target("III.2.b").measure == "băng rôn"  # "05 băng rôn/đơn vị"
    assert proposal.target("III.1.a").lead_units == ("Báo và Phát thanh, Truyền hình Quảng Ngãi",)
    assert proposal.target("III.3.b").lead_units == ("Tỉnh đoàn Quảng Ngãi",)
    assert proposal.target("III.3.a").partners == "Sở Nội vụ"
    assert len(proposal.themes) == 3
    assert any(u.text.startswith("Nơi nhận") for u in proposal.unread)


def test_new_plan_units_become_kinds_named_as_the_plan_names_them():
    builtin, _ = load_builtin_plan()
    lines = [SourceLine(i + 1, t) for i, t in enumerate(docs.PLAN_2026)]
    plan, new = proposal_to_plan(read_plan_text(lines, 2026), builtin.unit_kinds, builtin.forms)
    # "Văn phòng UBND tỉnh" is the built-in kind written without its parenthesis
    assert {k.name for k in new} == {
        "Báo và Phát thanh, Truyền hình Quảng Ngãi",
        "Sở Khoa học và Công nghệ",
        "UBND các xã, phường, đặc khu",
    }
    assert plan.target("III.1.3").lead_kinds == ("vp_ubnd",)
    by_name = {k.name: k.code for k in plan.unit_kinds}
    # "Tỉnh đoàn Quảng Ngãi" is the built-in kind; the province's new units are new kinds
    assert plan.target("III.3.3").lead_kinds == ("tinh_doan",)
    assert plan.target("III.2.2").lead_kinds == (by_name["Sở Khoa học và Công nghệ"],)
    assert plan.consolidator == "Sở Khoa học và Công nghệ"
    assert len({k.code for k in plan.unit_kinds}) == len(plan.unit_kinds)


def test_pdf_without_text_layer_is_refused(tmp_path):
    path = docs.write_scanned_pdf(tmp_path / "ke-hoach-scan.pdf")
    with pytest.raises(PlanDocumentError, match="không có lớp chữ") as e:
        read_document_lines(path)
    assert "ke-hoach-scan.pdf" in str(e.value)


def test_damaged_and_oversized_documents_are_refused(tmp_path, monkeypatch):
    bad = tmp_path / "hong.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00" * 100)
    with pytest.raises(PlanDocumentError, match="hong.pdf"):
        read_document_lines(bad)
    fake = tmp_path / "gia.docx"
    fake.write_bytes(b"not a zip at all")
    with pytest.raises(PlanDocumentError, match="không phải tệp DOCX"):
        read_document_lines(fake)
    big = tmp_path / "lon.txt"
    big.write_text("x" * 2000, encoding="utf-8")
    monkeypatch.setattr("desktop.io.plan_document.MAX_FILE_BYTES", 1000)
    with pytest.raises(PlanDocumentError, match="quá lớn"):
        read_document_lines(big)
