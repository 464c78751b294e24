"""Kiểm tra trước khi phát hành: what a report still lacks before it is
exported or sent upward.

`check_unit_report(data, report)` reads the gathered data and the built
report (no store access) and returns `Finding`s, each naming what to fix
and the place to fix it (`place` and `key`: the unit profile's field, the
plan, one of the officer's texts, a task's remarks, the activities, the
report's text). The Báo cáo page opens that place; `report --check` prints
the findings and `--strict` fails while any remain.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from ..domain.progress import Status
from ..domain.text import clean_line, clean_multiline, format_int
from .fonts import FORMAT_CHARS, HEADER_MAX_LINES, fit_header
from .gather import UnitReportData
from .header import BLANK
from .model import HEADER_LEFT_MM, Para, ReportDocument, Style, Table

# Where a finding is fixed.
PLACE_UNIT = "unit"  # the unit profile (key: the field)
PLACE_PLAN = "plan"  # the plan's details (key: the field)
PLACE_REPORT = "report"  # this issue of the report: number, date (key: the text key)
PLACE_TEXTS = "texts"  # one of the officer's texts (key: the text key)
PLACE_TASK = "task"  # a task's remarks (key: the target code)
PLACE_ACTIVITIES = "activities"  # the activity list
PLACE_TEXT = "text"  # the report's text: a character the PDF cannot draw

# Sections of the body the officer writes, with the heading they read under.
SECTION_LABELS = {
    "chi_dao": "I.1. Công tác chỉ đạo, triển khai",
    "uu_diem": "II.1. Ưu điểm",
    "ton_tai": "II.2. Tồn tại, hạn chế",
    "nguyen_nhan": "II.3. Nguyên nhân",
    "phuong_huong": "III. Phương hướng, nhiệm vụ năm sau",
    "de_xuat": "IV. Đề xuất, kiến nghị",
}
# The fields of the unit profile a report prints, compared with the
# built-in profile to tell one never filled in.
PROFILE_FIELDS = (
    "governing_body",
    "place",
    "signer_authority",
    "signer_title",
    "signer_name",
    "addressee",
    "recipients",
    "archive",
)


@dataclass(frozen=True)
class Finding:
    place: str
    key: str
    message: str


def _excerpt(text: str, at: int) -> str:
    start = max(at - 20, 0)
    piece = text[start : at + 20]
    return ("…" if start else "") + piece + ("…" if at + 20 < len(text) else "")


def report_strings(report: ReportDocument) -> Iterator[str]:
    """Every text the report prints: its fields, body, recipients, appendices."""
    yield from report.fields.values()
    blocks = list(report.body)
    for appendix in report.appendices:
        yield appendix.label
        yield appendix.title
        yield appendix.note
        blocks += appendix.blocks
    for block in blocks:
        if isinstance(block, Para):
            yield block.text
        elif isinstance(block, Table):
            for column in block.columns:
                yield column.title
            for row in block.rows:
                yield from row
    yield from report.recipients


def undrawable(report: ReportDocument, covered: frozenset[str]) -> list[Finding]:
    """Characters of the report the PDF's fonts have no glyph for (each one
    once, with where it is). Invisible format characters (and variation
    selectors) are not listed: both renderings remove them."""
    findings: list[Finding] = []
    seen: set[str] = set()
    for text in report_strings(report):
        for i, ch in enumerate(text):
            if ch in covered or ch in seen or ch in "\n\t":
                continue
            if unicodedata.category(ch) == "Cf" or FORMAT_CHARS.match(ch):
                continue
            seen.add(ch)
            findings.append(
                Finding(
                    PLACE_TEXT,
                    ch,
                    f"Ký tự “{ch}” (U+{ord(ch):04X}) trong “{_excerpt(text, i)}” không có trong "
                    "phông chữ của bản PDF: bản PDF in dấu “□” thay cho ký tự này (bản Word giữ nguyên). "
                    "Hãy sửa đoạn văn có ký tự đó.",
                )
            )
    return findings


# The header's lines, the unit profile's field they come from, and its label.
HEADER_LINES = (
    ("governing_body", "governing_body", Style.GOVERNING, "Tên cơ quan chủ quản"),
    ("unit_name_upper", "name", Style.UNIT, "Tên đơn vị"),
)


def long_header_lines(report: ReportDocument) -> list[Finding]:
    """Header lines (governing body, unit name) too long for the header's
    column: both renderings set them smaller, or cut them."""
    findings = []
    width = HEADER_LEFT_MM * 72 / 25.4
    for field, key, style, label in HEADER_LINES:
        text = report.fields.get(field, "")
        spec = report.styles[style]
        fit = fit_header(text, spec.size, width, spec.bold)
        if not (fit.shrunk or fit.cut):
            continue
        what = (
            "bản in cắt bớt phần cuối (dấu “…”)"
            if fit.cut
            else f"bản in thu nhỏ chữ còn {fit.size:g} pt"
        )
        findings.append(
            Finding(
                PLACE_UNIT,
                key,
                f"{label} ở đầu báo cáo quá dài ({format_int(len(text))} ký tự, quá "
                f"{HEADER_MAX_LINES} dòng): {what}. Hãy viết gọn ở trang Đơn vị.",
            )
        )
    return findings


def check_unit_report(
    data: UnitReportData,
    report: ReportDocument,
    covered: frozenset[str] | None = None,
) -> list[Finding]:
    """What the unit's report still lacks; `covered`: the characters the PDF
    can draw (None: not checked)."""
    f = report.fields
    findings: list[Finding] = []
    unit, plan = data.unit, data.plan
    if not clean_line(f.get("signer_name")):
        findings.append(
            Finding(
                PLACE_UNIT,
                "signer_name",
                "Chưa có họ tên người ký báo cáo: nhập ở trang Đơn vị "
                '(hoặc lệnh: unit set --signer-name "HỌ TÊN").',
            )
        )
    if not clean_line(f.get("signer_title")):
        findings.append(
            Finding(
                PLACE_UNIT,
                "signer_title",
                "Chưa có chức vụ người ký: nhập ở trang Đơn vị (lệnh: unit set --signer-title).",
            )
        )
    if clean_line(f.get("number", "").replace(BLANK, "")) == "":
        findings.append(
            Finding(
                PLACE_REPORT,
                "meta:number",
                "Chưa có số báo cáo: nhập số ở trang Báo cáo (hoặc report --number 05), "
                "hoặc để trống cho văn thư điền khi phát hành.",
            )
        )
    missing = [
        label
        for label, value in (
            ("số hiệu", plan.number),
            ("ngày ký", plan.signed_date),
            ("cơ quan ban hành", plan.issuer),
        )
        if not value
    ]
    if missing:
        findings.append(
            Finding(
                PLACE_PLAN,
                "number"
                if not plan.number
                else "signed_date"
                if not plan.signed_date
                else "issuer",
                f"Câu trích dẫn kế hoạch năm {data.year} còn thiếu {', '.join(missing)}: nhập ở "
                "trang Kế hoạch (hoặc lệnh: plan set --number 45/KH-UBND --signed-date "
                'YYYY-MM-DD --issuer "UBND tỉnh ...").',
            )
        )
    for key, label in SECTION_LABELS.items():
        if not clean_multiline(data.texts.get(key)):
            findings.append(
                Finding(
                    PLACE_TEXTS,
                    key,
                    f"Mục “{label}” chưa có nội dung: báo cáo đang in bản nháp lập từ số liệu; "
                    "hãy xem lại, sửa hoặc chấp nhận bản nháp.",
                )
            )
    if data.after_cutoff:
        findings.append(
            Finding(
                PLACE_ACTIVITIES,
                "",
                f"{format_int(data.after_cutoff)} hoạt động sau ngày {data.on:%d/%m/%Y} (ngày số "
                "liệu tính đến) không được tính trong báo cáo: đổi ngày báo cáo hoặc ngày số "
                "liệu nếu cần tính cả các hoạt động này.",
            )
        )
    for row in data.rows:
        short = row.target and row.status not in (Status.MET, Status.MET_LATE)
        if short and not clean_multiline(data.texts.get(f"task:{row.code}")):
            findings.append(
                Finding(
                    PLACE_TASK,
                    row.code,
                    f"Nhiệm vụ {row.code} đạt {format_int(row.actual)}/{format_int(row.target)} "
                    f"{row.measure}, chưa có giải trình: nhập nhận xét cho nhiệm vụ này.",
                )
            )
    if data.default_profile is not None and all(
        getattr(unit, name) == getattr(data.default_profile, name) for name in PROFILE_FIELDS
    ):
        findings.append(
            Finding(
                PLACE_UNIT,
                "profile",
                f"Hồ sơ của “{unit.name}” vẫn là thông tin mặc định của ứng dụng: kiểm tra cơ quan "
                "chủ quản, địa danh, người ký, nơi nhận ở trang Đơn vị.",
            )
        )
    findings += long_header_lines(report)
    if covered is not None:
        findings += undrawable(report, covered)
    return findings


def format_findings(findings: list[Finding]) -> str:
    if not findings:
        return "Kiểm tra trước khi phát hành: không còn mục nào cần sửa."
    lines = [f"Kiểm tra trước khi phát hành: {format_int(len(findings))} mục cần xem lại:"]
    lines += [f"- {f.message}" for f in findings]
    return "\n".join(lines)
