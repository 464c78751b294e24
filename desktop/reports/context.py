"""Build a unit's year-end report (a `ReportDocument`).

`unit_report(data)` builds, from the gathered data (`gather.gather_unit`),
the header fields, the body sections in the order of the official report,
the recipients and the two appendices; `build_unit_report(ws, year)` gathers
and builds. The officer's own texts are stored per unit and year
through `Workspace.report_texts` under the keys defined here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ..domain.plan import Unit
from ..domain.progress import ProgressRow, Status
from ..domain.text import (
    clean_multiline,
    format_decimal,
    format_int,
    format_money,
    format_percent,
)
from ..store.workspace import Workspace
from .gather import UnitReportData, _stored_date, gather_unit
from .header import (
    ReportOptions,
    header_fields,
    recipients_lines,
)
from .model import (
    Appendix,
    Block,
    Column,
    Para,
    ReportDocument,
    Style,
    Table,
)

# -- keys of the officer's texts (report_texts) ---------------------------------
CHI_DAO = "chi_dao"  # I.1 Công tác chỉ đạo, triển khai
KHAC = "khac"  # I.3 remarks on other activities
KINH_PHI = "kinh_phi"  # I.4 remarks on costs
UU_DIEM = "uu_diem"  # II.1
TON_TAI = "ton_tai"  # II.2
NGUYEN_NHAN = "nguyen_nhan"  # II.3
PHUONG_HUONG = "phuong_huong"  # III
DE_XUAT = "de_xuat"  # IV
META_NUMBER = "meta:number"
META_DATE = "meta:date"  # ISO date
META_SIGNER_AUTHORITY = "meta:signer_authority"
META_SIGNER_TITLE = "meta:signer_title"
META_SIGNER_NAME = "meta:signer_name"
TASK_PREFIX = "task:"  # "task:III.2.a/TH": the unit's remarks on one task

NARRATIVE_KEYS = (CHI_DAO, KHAC, KINH_PHI, UU_DIEM, TON_TAI, NGUYEN_NHAN, PHUONG_HUONG, DE_XUAT)
ASSESSMENT_KEYS = (UU_DIEM, TON_TAI, NGUYEN_NHAN)


def task_key(code: str) -> str:
    return TASK_PREFIX + code


NONE_TEXT = "Không có."
OTHER_CODE_LABEL = "Khác"
# Points inside an item: the Vietnamese alphabet without the accented vowels' doubles.
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def paragraphs(text: str | None, style: Style = Style.BODY) -> list[Para]:
    """The officer's text, one paragraph per line, or "Không có."."""
    lines = [line.strip() for line in clean_multiline(text).split("\n")]
    paras = [Para(line, style) for line in lines if line]
    return paras or [Para(NONE_TEXT, style)]


def _list_lines(items: list[str]) -> list[Para]:
    """ "- a;" ... "- z." as body paragraphs."""
    return [Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)]


def change_phrase(actual: int, previous: int, previous_year: int) -> str:
    if previous == 0:
        return f"năm {previous_year} chưa thực hiện"
    change = (actual - previous) * 100.0 / previous
    if round(change, 1) == 0:
        return f"bằng năm {previous_year}"
    word = "tăng" if change > 0 else "giảm"
    return f"{word} {format_percent(abs(change))} so với năm {previous_year}"


def figures_sentence(row: ProgressRow, previous: int | None, previous_year: int) -> str:
    """ "Thực hiện 40/52 chuyên mục, đạt 76,9% kế hoạch; tăng 12,5% so với năm 2022.
    Đánh giá: Không đạt."""
    if row.target:
        text = (
            f"Thực hiện {format_int(row.actual)}/{format_int(row.target)} {row.measure}, "
            f"đạt {format_percent(row.percent)} kế hoạch"
        )
    else:
        text = f"Thực hiện {format_int(row.actual)} {row.measure}"
        if row.target is None:
            text += " (Kế hoạch không giao chỉ tiêu cụ thể)"
    if previous is not None:
        text += f"; {change_phrase(row.actual, previous, previous_year)}"
    return f"{text}. Đánh giá: {row.status.label}."


def target_item_title(row: ProgressRow) -> str:
    return f"{row.title} (mục {row.code})"


def _task_blocks(data: UnitReportData) -> list[Block]:
    blocks: list[Block] = []
    for i, row in enumerate(data.rows):
        letter = POINT_LETTERS[i % len(POINT_LETTERS)]
        blocks.append(Para(f"{letter}) {target_item_title(row)}", Style.POINT))
        previous = None if data.previous is None else data.previous.get(row.code, 0)
        blocks.append(Para(figures_sentence(row, previous, data.year - 1)))
        remarks = clean_multiline(data.texts.get(task_key(row.code)))
        if remarks:
            blocks += paragraphs(remarks)
    return blocks or [Para(NONE_TEXT)]


def _other_blocks(data: UnitReportData) -> list[Block]:
    remarks = clean_multiline(data.texts.get(KHAC))
    if not data.other:
        return paragraphs(remarks)
    records = sum(o[1] for o in data.other)
    blocks: list[Block] = [
        Para(
            f"Ngoài các nhiệm vụ theo Kế hoạch, {data.unit.name} thực hiện "
            f"{format_int(records)} hoạt động truyền thông khác, gồm:"
        )
    ]
    blocks += _list_lines(
        [
            f"{form}: {format_int(quantity)} ({format_int(count)} hoạt động)"
            for form, count, quantity, _ in data.other
        ]
    )
    if remarks:
        blocks += paragraphs(remarks)
    return blocks


def _cost_blocks(data: UnitReportData) -> list[Block]:
    remarks = clean_multiline(data.texts.get(KINH_PHI))
    items = [(f"{r.code} ({r.title})", r.cost) for r in data.rows if r.cost]
    if data.other_cost:
        items.append(("Hoạt động truyền thông khác", data.other_cost))
    if not items:
        return paragraphs(remarks)
    total = sum(cost for _, cost in items)
    blocks: list[Block] = [Para(f"Tổng kinh phí thực hiện: {format_money(total)}, trong đó:")]
    blocks += _list_lines([f"{label}: {format_money(cost)}" for label, cost in items])
    if remarks:
        blocks += paragraphs(remarks)
    return blocks


def period_sentence(on: date) -> str:
    """The data period every figure of a report is counted over."""
    return f"Số liệu tính đến ngày {on:%d/%m/%Y}."


def body_blocks(data: UnitReportData) -> list[Block]:
    t = data.texts
    blocks: list[Block] = [Para("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1)]
    blocks.append(Para(period_sentence(data.on)))
    blocks.append(Para("1. Công tác chỉ đạo, triển khai", Style.HEADING2))
    blocks += paragraphs(t.get(CHI_DAO))
    blocks.append(Para("2. Kết quả thực hiện các nhiệm vụ", Style.HEADING2))
    blocks += _task_blocks(data)
    blocks.append(Para("3. Hoạt động truyền thông khác", Style.HEADING2))
    blocks += _other_blocks(data)
    blocks.append(Para("4. Kinh phí thực hiện", Style.HEADING2))
    blocks += _cost_blocks(data)
    return blocks + assessment_blocks(t, data.year)


def assessment_blocks(texts: dict[str, str], year: int) -> list[Block]:
    """Sections II to IV: the officer's assessment, next year's direction and
    proposals (shared by the unit's and the consolidated report)."""
    blocks: list[Block] = [Para("II. ĐÁNH GIÁ CHUNG", Style.HEADING1)]
    blocks.append(Para("1. Ưu điểm", Style.HEADING2))
    blocks += paragraphs(texts.get(UU_DIEM))
    blocks.append(Para("2. Tồn tại, hạn chế", Style.HEADING2))
    blocks += paragraphs(texts.get(TON_TAI))
    blocks.append(Para("3. Nguyên nhân", Style.HEADING2))
    blocks += paragraphs(texts.get(NGUYEN_NHAN))
    blocks.append(Para(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}", Style.HEADING1))
    blocks += paragraphs(texts.get(PHUONG_HUONG))
    blocks.append(Para("IV. ĐỀ XUẤT, KIẾN NGHỊ", Style.HEADING1))
    blocks += paragraphs(texts.get(DE_XUAT))
    return blocks


TARGET_COLUMNS = (
    Column("STT", 12, "center"),
    Column("Mục KH", 22, "center"),
    Column("Nhiệm vụ", 53),
    Column("Đơn vị tính", 20, "center"),
    Column("Chỉ tiêu", 14, "right"),
    Column("Kết quả", 14, "right"),
    Column("Tỷ lệ (%)", 14, "right"),
    Column("Đánh giá", 16, "center"),
)
ACTIVITY_COLUMNS = (
    Column("STT", 14, "center"),
    Column("Ngày", 22, "center"),
    Column("Mục KH", 22, "center"),
    Column("Hình thức", 28),
    Column("Tiêu đề", 88),
    Column("Số lượng", 16, "right"),
    Column("Đường dẫn", 62),
)


def target_rows(data: UnitReportData) -> list[tuple[str, ...]]:
    rows = []
    for r in data.rows:
        rows.append(
            (
                "",
                r.code,
                r.title,
                r.measure,
                "" if r.target is None else format_int(r.target),
                format_int(r.actual),
                "" if r.percent is None else format_decimal(r.percent),
                "" if r.status == Status.NO_TARGET else r.status.label,
            )
        )
    for form, _, quantity, _ in data.other:
        rows.append(
            ("", OTHER_CODE_LABEL, f"Hoạt động khác: {form}", "", "", format_int(quantity), "", "")
        )
    return [(str(i), *row[1:]) for i, row in enumerate(rows, 1)]


def activity_rows(
    data: UnitReportData, progress: Callable[[int], None] | None = None
) -> list[tuple[str, ...]]:
    """Every activity of the year, by date, as the appendix's rows."""
    rows = []
    for i, a in enumerate(data.activities(), 1):
        rows.append(
            (
                str(i),
                a.date.strftime("%d/%m/%Y"),
                a.target_code or OTHER_CODE_LABEL,
                a.form,
                a.title,
                format_int(a.quantity),
                a.link,
            )
        )
        if progress and i % 5000 == 0:
            progress(i)
    return rows


def unit_report(
    data: UnitReportData,
    options: ReportOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReportDocument:
    """The unit's report from its gathered data (no store read but the
    activities' stream)."""
    options = options or ReportOptions()
    unit, t, year = data.unit, data.texts, data.year
    header = header_fields(
        unit,
        data.plan,
        year,
        subject=f"Kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm {year}",
        number=options.number if options.number is not None else t.get(META_NUMBER),
        report_date=options.report_date or _stored_date(t.get(META_DATE)),
        signer_authority=t.get(META_SIGNER_AUTHORITY),
        signer_title=t.get(META_SIGNER_TITLE),
        signer_name=options.signer_name or t.get(META_SIGNER_NAME),
    )
    note = header.appendix_note
    appendices = [
        Appendix(
            "Phụ lục I",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
            note,
            [Table(TARGET_COLUMNS, target_rows(data))],
        ),
        Appendix(
            "Phụ lục II",
            "DANH MỤC SẢN PHẨM TRUYỀN THÔNG",
            note,
            [Table(ACTIVITY_COLUMNS, activity_rows(data, progress))],
            landscape=True,
        ),
    ]
    return ReportDocument(
        fields=header.fields,
        body=body_blocks(data),
        recipients=recipients_lines(unit),
        appendices=appendices,
    )


def build_unit_report(
    ws: Workspace,
    year: int,
    unit: Unit | None = None,
    options: ReportOptions | None = None,
    progress: Callable[[int], None] | None = None,
) -> ReportDocument:
    """Gather the unit's data from `ws` and build its report."""
    options = options or ReportOptions()
    data = gather_unit(ws, year, unit, options.on, options.report_date)
    return unit_report(data, options, progress)


def suggest_assessment(ws: Workspace, year: int, unit: Unit | None = None) -> dict[str, str]:
    """A draft of section II (Ưu điểm / Tồn tại, hạn chế / Nguyên nhân) from the
    figures, for the officer to edit. Keys: UU_DIEM, TON_TAI, NGUYEN_NHAN."""
    return assessment_draft(gather_unit(ws, year, unit))


def assessment_draft(data: UnitReportData) -> dict[str, str]:
    """The draft of section II from the gathered figures."""
    targeted = [r for r in data.rows if r.target]
    met = [r for r in targeted if r.status in (Status.MET, Status.MET_LATE)]
    missed = [r for r in targeted if r.status not in (Status.MET, Status.MET_LATE)]
    good = []
    if targeted:
        good.append(
            f"Hoàn thành {len(met)}/{len(targeted)} chỉ tiêu được giao trong {data.plan.title or 'Kế hoạch'}."
        )
    for r in met:
        good.append(
            f"{r.title} (mục {r.code}): thực hiện {format_int(r.actual)}/{format_int(r.target)} "
            f"{r.measure}, đạt {format_percent(r.percent)} kế hoạch."
        )
    untargeted = [r for r in data.rows if not r.target and r.actual]
    for r in untargeted:
        good.append(f"{r.title} (mục {r.code}): thực hiện {format_int(r.actual)} {r.measure}.")
    if data.other:
        count = sum(o[1] for o in data.other)
        good.append(
            f"Thực hiện thêm {format_int(count)} hoạt động truyền thông khác ngoài Kế hoạch."
        )
    weak = []
    for r in missed:
        gap = r.target - r.actual
        weak.append(
            f"{r.title} (mục {r.code}): thực hiện {format_int(r.actual)}/{format_int(r.target)} "
            f"{r.measure}, đạt {format_percent(r.percent)}, còn thiếu {format_int(gap)} {r.measure}."
        )
    causes = []
    if missed:
        causes.append(
            "Nhân lực làm công tác truyền thông còn kiêm nhiệm; kinh phí và thời lượng dành cho "
            "tuyên truyền về chuyển đổi số còn hạn chế."
        )
        late = [r for r in data.rows if r.status == Status.MET_LATE]
        if late:
            codes = ", ".join(r.code for r in late)
            causes.append(f"Một số nhiệm vụ hoàn thành sau thời hạn của Kế hoạch ({codes}).")
    return {
        UU_DIEM: "\n".join(good) or NONE_TEXT,
        TON_TAI: "\n".join(weak) or NONE_TEXT,
        NGUYEN_NHAN: "\n".join(causes) or NONE_TEXT,
    }
