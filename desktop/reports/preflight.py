"""Kiểm tra trước khi phát hành: what a report still lacks before it is
exported or sent upward.

`check_unit_report(data, report)` (and `check_consolidated_report` for the
department's consolidated report) reads the gathered data and the built
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

from ..domain.plan import same_unit_name
from ..domain.progress import Status
from ..domain.text import clean_line, clean_multiline, format_int
from .consolidated import TEXT_KEYS
from .fonts import FORMAT_CHARS, HEADER_MAX_LINES, fit_header
from .gather import ConsolidatedData, UnitReportData
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
PLACE_SUBMISSIONS = "submissions"  # the units' packages received (Tổng hợp)

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


# Each finding's message, by its code, with its arguments in braces; the
# interface shows the same texts in its own language (ui/preflight_texts.py,
# checked against these by tests/ui/test_preflight_texts.py).
MESSAGES = {
    "signer_name": "Chưa có họ tên người ký báo cáo: nhập ở trang Đơn vị "
    '(hoặc lệnh: unit set --signer-name "HỌ TÊN").',
    "signer_title": "Chưa có chức vụ người ký: nhập ở trang Đơn vị "
    "(lệnh: unit set --signer-title).",
    "abbreviation": "Chưa có chữ viết tắt tên đơn vị: số hiệu in “Số: .../BC-” thiếu phần "
    "sau; nhập ở trang Đơn vị (hoặc lệnh: unit set --abbreviation PTTH).",
    "number": "Chưa có số báo cáo: nhập số ở trang Báo cáo (hoặc report --number 05), "
    "hoặc để trống cho văn thư điền khi phát hành.",
    "plan_citation": "Câu trích dẫn kế hoạch năm {year} còn thiếu {missing}: nhập ở trang "
    "Kế hoạch (hoặc lệnh: plan set --number 45/KH-UBND --signed-date YYYY-MM-DD "
    '--issuer "UBND tỉnh ...").',
    "section_empty": "Mục “{section}” chưa có nội dung: báo cáo đang in bản nháp lập từ số "
    "liệu; hãy xem lại, sửa hoặc chấp nhận bản nháp.",
    "causes_empty": "Mục “{section}” chưa có nội dung: bản nháp chỉ nêu số liệu của {count} "
    "nhiệm vụ chưa đạt chỉ tiêu, không nêu nguyên nhân; hãy ghi nguyên nhân.",
    "after_cutoff": "{count} hoạt động sau ngày {on} (ngày số liệu tính đến) không được tính "
    "trong báo cáo: đổi ngày báo cáo hoặc ngày số liệu nếu cần tính cả các hoạt động này.",
    "task_short": "Nhiệm vụ {code} đạt {actual}/{target} {measure}, chưa có giải trình: nhập "
    "nhận xét cho nhiệm vụ này.",
    "profile_default": "Hồ sơ của “{unit}” vẫn là thông tin mặc định của ứng dụng: kiểm tra cơ "
    "quan chủ quản, địa danh, người ký, nơi nhận ở trang Đơn vị.",
    "header_cut": "{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in cắt "
    "bớt phần cuối (dấu “…”). Hãy viết gọn ở trang Đơn vị.",
    "header_shrunk": "{line} ở đầu báo cáo quá dài ({count} ký tự, quá {lines} dòng): bản in "
    "thu nhỏ chữ còn {size} pt. Hãy viết gọn ở trang Đơn vị.",
    "units_missing": "{count} đơn vị phải báo cáo chưa có số liệu ({units}): báo cáo tổng hợp "
    "ghi các đơn vị này là “Chưa báo cáo”; nhận gói báo cáo của các đơn vị ở trang Tổng hợp "
    "(hoặc lệnh: consolidate GÓI.cdsgoi) trước khi phát hành nếu còn kịp.",
    "period_overlap": "Kỳ số liệu năm {year} bắt đầu từ ngày {start}, trước khi kỳ của năm "
    "{previous} kết thúc ({end}): {count} hoạt động từ ngày {start} đến ngày {end} được tính ở cả "
    "hai năm. Hãy chọn cùng một kỳ số liệu cho hai năm ở trang Kế hoạch (hoặc lệnh: plan set "
    "--window), hoặc ghi rõ điều này trong báo cáo.",
    "addressee_self": "Báo cáo gửi (Kính gửi) “{addressee}”, {reason}: báo cáo không thể gửi "
    'cho chính mình. Nhập nơi nhận ở trang Đơn vị (hoặc lệnh: unit set --addressee "...").',
    "addressee_gone": "Báo cáo gửi (Kính gửi) “{addressee}”, đơn vị đã đổi tên hoặc sáp nhập "
    "thành “{successor}” từ ngày {on}: hãy gửi cho “{successor}”, nhập ở trang Đơn vị (hoặc "
    'lệnh: unit set --addressee "{successor}").',
    "plan_derived": "Kế hoạch năm {year} chưa phải kế hoạch đã ban hành: ứng dụng tạo từ kế "
    "hoạch năm {source}, nên nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp vẫn là của năm "
    "{source}, kể cả nơi nhận báo cáo “{addressee}”. Hãy nạp kế hoạch năm {year} ở trang Kế "
    "hoạch → “Nhập kế hoạch từ văn bản…” (hoặc lệnh: plan import TỆP --year {year} --replace), "
    "hoặc kiểm tra từng mục rồi bấm “Đã kiểm tra kế hoạch” (lệnh: plan set --year {year} "
    "--checked).",
    "glyph": "Ký tự “{char}” ({codepoint}) trong “{excerpt}” không có trong phông chữ của bản "
    "PDF: bản PDF in dấu “□” thay cho ký tự này (bản Word giữ nguyên). Hãy sửa đoạn văn có "
    "ký tự đó.",
}
# Why an addressee is the issuing unit itself, named in "addressee_self" ({reason}).
ADDRESSEE_REASONS = {
    "self": "là chính đơn vị ban hành",
    "predecessor": "là đơn vị đã đổi tên hoặc sáp nhập vào đơn vị ban hành",
}
# The parts of the plan citation, named in "plan_citation" ({missing}).
PLAN_PARTS = {"number": "số hiệu", "signed_date": "ngày ký", "issuer": "cơ quan ban hành"}
# The header's lines, named in "header_cut" and "header_shrunk" ({line}).
HEADER_LABELS = {"governing_body": "Tên cơ quan chủ quản", "name": "Tên đơn vị"}


def render(template: str, args: dict[str, str], words: dict[str, dict[str, str]]) -> str:
    """A message from its template; an argument named in `words` is a key
    (or keys, comma-separated) said in those words: the section, the plan's
    missing parts, the header's line (Vietnamese here, the interface's own
    language in the app)."""
    values = dict(args)
    for name, said in words.items():
        if name in values:
            values[name] = ", ".join(said.get(k, k) for k in values[name].split(","))
    return template.format(**values)


def words() -> dict[str, dict[str, str]]:
    return {
        "section": SECTION_LABELS,
        "missing": PLAN_PARTS,
        "line": HEADER_LABELS,
        "reason": ADDRESSEE_REASONS,
    }


@dataclass(frozen=True)
class Finding:
    """What to fix (`code`, with `args`) and where (`place`, `key`). The
    message is made from the code; the interface translates it."""

    place: str
    key: str
    code: str
    args: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return render(MESSAGES[self.code], dict(self.args), words())


def _args(**values) -> tuple[tuple[str, str], ...]:
    return tuple((k, str(v)) for k, v in values.items())


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
                    "glyph",
                    _args(char=ch, codepoint=f"U+{ord(ch):04X}", excerpt=_excerpt(text, i)),
                )
            )
    return findings


# The header's lines and the unit profile's field they come from.
HEADER_LINES = (
    ("governing_body", "governing_body", Style.GOVERNING),
    ("unit_name_upper", "name", Style.UNIT),
)


def long_header_lines(report: ReportDocument) -> list[Finding]:
    """Header lines (governing body, unit name) too long for the header's
    column: both renderings set them smaller, or cut them."""
    findings = []
    width = HEADER_LEFT_MM * 72 / 25.4
    for field, key, style in HEADER_LINES:
        text = report.fields.get(field, "")
        spec = report.styles[style]
        fit = fit_header(text, spec.size, width, spec.bold)
        if not (fit.shrunk or fit.cut):
            continue
        args = _args(line=key, count=format_int(len(text)), lines=HEADER_MAX_LINES)
        if fit.cut:
            findings.append(Finding(PLACE_UNIT, key, "header_cut", args))
        else:
            args += _args(size=f"{fit.size:g}")
            findings.append(Finding(PLACE_UNIT, key, "header_shrunk", args))
    return findings


def _signer(report: ReportDocument) -> list[Finding]:
    """The signer's name and title the report prints, when blank."""
    findings = []
    if not clean_line(report.fields.get("signer_name")):
        findings.append(Finding(PLACE_UNIT, "signer_name", "signer_name"))
    if not clean_line(report.fields.get("signer_title")):
        findings.append(Finding(PLACE_UNIT, "signer_title", "signer_title"))
    if not clean_line(report.fields.get("abbreviation")):
        findings.append(Finding(PLACE_UNIT, "abbreviation", "abbreviation"))
    return findings


def _addressee(unit, predecessors: tuple[str, ...], gone=None) -> list[Finding]:
    """A report addressed to its own unit, or to a unit merged into it (a
    profile kept from before the merger: "Kính gửi: Sở Thông tin và Truyền
    thông" in the Sở Khoa học và Công nghệ's report), or to a unit that no
    longer exists (`gone`: its renaming or merger, lineage.merged_away)."""
    addressee = clean_line(unit.addressee)
    if not addressee:
        return []
    if same_unit_name(addressee, unit.name):
        reason = "self"
    elif any(same_unit_name(addressee, name) for name in predecessors):
        reason = "predecessor"
    elif gone is not None and not same_unit_name(gone.successor, unit.name):
        args = _args(addressee=addressee, successor=gone.successor, on=f"{gone.effective:%d/%m/%Y}")
        return [Finding(PLACE_UNIT, "addressee", "addressee_gone", args)]
    else:
        return []
    return [
        Finding(
            PLACE_UNIT, "addressee", "addressee_self", _args(addressee=addressee, reason=reason)
        )
    ]


def _overlap(data) -> list[Finding]:
    """Activities counted in this year and the year before too (a calendar
    year followed by a Nghị định 09 window)."""
    if data.overlap is None or not data.overlap[2]:
        return []
    start, end, count = data.overlap
    args = _args(
        year=data.year,
        previous=data.year - 1,
        start=f"{start:%d/%m/%Y}",
        end=f"{end:%d/%m/%Y}",
        count=format_int(count),
    )
    return [Finding(PLACE_PLAN, "window", "period_overlap", args)]


def _derived(plan, year: int, unit) -> list[Finding]:
    """A plan the app made from another year's (an officer working before
    the year's plan reached her): its tasks, targets, dates and
    consolidating department are that year's, and so may be the report's
    addressee (a department since merged away)."""
    if plan is None or plan.derived_from is None:
        return []
    addressee = clean_line(unit.addressee) or clean_line(plan.consolidator) or "(chưa có)"
    args = _args(year=year, source=plan.derived_from, addressee=addressee)
    return [Finding(PLACE_PLAN, "derived", "plan_derived", args)]


def _plan_citation(plan, year: int) -> list[Finding]:
    """The parts of the plan the report cites that are blank."""
    missing = [
        part
        for part, value in (
            ("number", plan.number),
            ("signed_date", plan.signed_date),
            ("issuer", plan.issuer),
        )
        if not value
    ]
    if not missing:
        return []
    args = _args(year=year, missing=",".join(missing))
    return [Finding(PLACE_PLAN, missing[0], "plan_citation", args)]


# At most this many units are named in "units_missing" (then "…").
MISSING_NAMED = 10


def check_consolidated_report(
    data: ConsolidatedData,
    report: ReportDocument,
    covered: frozenset[str] | None = None,
) -> list[Finding]:
    """What the department's consolidated report still lacks: units that
    must report and have not, the signer, the plan citation, the
    department's own texts (Đánh giá, kiến nghị) left to their drafts, header
    lines too long, characters the PDF cannot draw (`covered`; None: not
    checked). The number may stay blank for the clerk, as printed."""
    findings: list[Finding] = []
    missing = [e.unit.name for e in data.missing]
    if missing:
        named = "; ".join(missing[:MISSING_NAMED]) + ("; …" if len(missing) > MISSING_NAMED else "")
        args = _args(count=format_int(len(missing)), units=named)
        findings.append(Finding(PLACE_SUBMISSIONS, "", "units_missing", args))
    findings += _signer(report)
    findings += _addressee(data.department, data.predecessors, data.addressee_gone)
    findings += _derived(data.plan, data.year, data.department)
    findings += _plan_citation(data.plan, data.year)
    findings += _overlap(data)
    for key in TEXT_KEYS:
        if not clean_multiline(data.texts.get(key)):
            findings.append(Finding(PLACE_TEXTS, key, "section_empty", _args(section=key)))
    findings += long_header_lines(report)
    if covered is not None:
        findings += undrawable(report, covered)
    return findings


def check_unit_report(
    data: UnitReportData,
    report: ReportDocument,
    covered: frozenset[str] | None = None,
) -> list[Finding]:
    """What the unit's report still lacks; `covered`: the characters the PDF
    can draw (None: not checked)."""
    f = report.fields
    findings = _signer(report)
    unit, plan = data.unit, data.plan
    if clean_line(f.get("number", "").replace(BLANK, "")) == "":
        findings.append(Finding(PLACE_REPORT, "meta:number", "number"))
    findings += _addressee(unit, data.predecessors, data.addressee_gone)
    findings += _derived(plan, data.year, unit)
    findings += _plan_citation(plan, data.year)
    findings += _overlap(data)
    short = [r for r in data.rows if r.target and r.status not in (Status.MET, Status.MET_LATE)]
    for key in SECTION_LABELS:
        if not clean_multiline(data.texts.get(key)):
            if key == "nguyen_nhan" and short:
                # Its draft states the shortfall only: the cause is the officer's.
                args = _args(section=key, count=format_int(len(short)))
                findings.append(Finding(PLACE_TEXTS, key, "causes_empty", args))
            else:
                findings.append(Finding(PLACE_TEXTS, key, "section_empty", _args(section=key)))
    if data.after_cutoff:
        args = _args(count=format_int(data.after_cutoff), on=f"{data.on:%d/%m/%Y}")
        findings.append(Finding(PLACE_ACTIVITIES, "", "after_cutoff", args))
    for row in short:
        if not clean_multiline(data.texts.get(f"task:{row.code}")):
            args = _args(
                code=row.code,
                actual=format_int(row.actual),
                target=format_int(row.target),
                measure=row.measure,
            )
            findings.append(Finding(PLACE_TASK, row.code, "task_short", args))
    if data.default_profile is not None and all(
        getattr(unit, name) == getattr(data.default_profile, name) for name in PROFILE_FIELDS
    ):
        args = _args(unit=unit.name)
        findings.append(Finding(PLACE_UNIT, "profile", "profile_default", args))
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
