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

from ..domain.period import ND09, period_share, plan_period
from ..domain.plan import Unit
from ..domain.progress import ProgressRow, Status, full_year_estimate
from ..domain.reach import by_code, other_by_form
from ..domain.rules import elapsed_share
from ..domain.text import (
    clean_line,
    clean_multiline,
    fold,
    format_decimal,
    format_int,
    format_money,
    format_percent,
)
from ..store.workspace import Workspace
from .details import (
    funding_sentence,
    task_extra,
    themes_sentence,
    with_extra,
    with_reach_columns,
)
from .drafts import (
    assessment_draft,
    change_phrase,
    idle_by_code,
    rows_drafts,
    shortfall_line,
    target_item_title,
    unit_drafts,
)
from .gather import UnitReportData, _stored_date, gather_unit
from .header import (
    ReportOptions,
    header_fields,
    plan_name,
    recipients_lines,
)
from .keys import (
    ASSESSMENT_KEYS,
    CHI_DAO,
    DE_XUAT,
    KHAC,
    KINH_PHI,
    META_DATE,
    META_NUMBER,
    META_SIGNER_AUTHORITY,
    META_SIGNER_NAME,
    META_SIGNER_TITLE,
    NARRATIVE_KEYS,
    NGUYEN_NHAN,
    PHUONG_HUONG,
    TASK_PREFIX,
    TON_TAI,
    UU_DIEM,
    task_key,
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

# The text keys and the drafts are reached through this module too.
__all__ = [
    "ACTIVITY_COLUMNS",
    "ASSESSMENT_KEYS",
    "CHI_DAO",
    "DE_XUAT",
    "KHAC",
    "KINH_PHI",
    "META_DATE",
    "META_NUMBER",
    "META_SIGNER_AUTHORITY",
    "META_SIGNER_NAME",
    "META_SIGNER_TITLE",
    "NARRATIVE_KEYS",
    "NGUYEN_NHAN",
    "OTHER_CODE_LABEL",
    "PHUONG_HUONG",
    "POINT_LETTERS",
    "TARGET_COLUMNS",
    "TASK_PREFIX",
    "TON_TAI",
    "TOTAL_LABEL",
    "UU_DIEM",
    "activity_rows",
    "assessment_blocks",
    "assessment_draft",
    "body_blocks",
    "build_unit_report",
    "change_phrase",
    "figures_sentence",
    "idle_by_code",
    "other_item",
    "other_label",
    "paragraphs",
    "period_sentence",
    "rows_drafts",
    "shortfall_line",
    "suggest_assessment",
    "target_item_title",
    "target_rows",
    "targets_total_row",
    "task_key",
    "total_parts",
    "unit_drafts",
    "unit_report",
]

OTHER_CODE_LABEL = "Khác"
# Points inside an item: the Vietnamese alphabet without the accented vowels' doubles.
POINT_LETTERS = "a b c d đ e g h i k l m n o p q r s t u v x y".split()


def paragraphs(text: str | None, style: Style = Style.BODY, draft: str = "") -> list[Para]:
    """The officer's text, one paragraph per line; when it is empty, the
    draft built from the data (never a filler such as "Không có.")."""
    lines = [line.strip() for line in clean_multiline(text or draft).split("\n")]
    return [Para(line, style) for line in lines if line]


def _list_lines(items: list[str]) -> list[Para]:
    """ "- a;" ... "- z." as body paragraphs."""
    return [Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)]


def figures_sentence(row: ProgressRow, previous: int | None, previous_year: int) -> str:
    """ "Thực hiện 40/52 chuyên mục, đạt 76,9% kế hoạch; tăng 12,5% so với năm 2022.
    Đánh giá: Không đạt." A task without a target is not judged; nothing
    done reads "Chưa thực hiện", never "Thực hiện 0"."""
    if row.target:
        if row.actual:
            text = (
                f"Thực hiện {format_int(row.actual)}/{format_int(row.target)} {row.measure}, "
                f"đạt {format_percent(row.percent)} kế hoạch"
            )
        else:
            text = f"Chưa thực hiện (chỉ tiêu: {format_int(row.target)} {row.measure})"
    elif row.actual:
        text = f"Thực hiện {format_int(row.actual)} {row.measure}"
    else:
        text = "Chưa thực hiện"
    if row.target is None:
        text += " (Kế hoạch không giao chỉ tiêu cụ thể)"
    if previous is not None:
        text += f"; {change_phrase(row.actual, previous, previous_year)}"
    if row.status == Status.NO_TARGET or not row.target:
        return f"{text}."
    return f"{text}. Đánh giá: {row.status.label}."


def _task_blocks(data: UnitReportData) -> list[Block]:
    blocks: list[Block] = []
    themes = themes_sentence(data.plan, list(data.details.values()))
    if themes:
        blocks.append(Para(themes))
    details = by_code(data.details)
    for i, row in enumerate(data.rows):
        letter = POINT_LETTERS[i % len(POINT_LETTERS)]
        blocks.append(Para(f"{letter}) {target_item_title(row)}", Style.POINT))
        previous = None if data.previous is None else data.previous.get(row.code, 0)
        sentence = figures_sentence(row, previous, data.year - 1)
        extra = task_extra(row, data.plan, details.get(row.code))
        blocks.append(Para(with_extra(sentence, extra)))
        remarks = clean_multiline(data.texts.get(task_key(row.code)))
        if remarks:
            blocks += paragraphs(remarks)
    return blocks or [Para(f"Kế hoạch không giao nhiệm vụ cụ thể cho {data.unit.name}.")]


def other_item(form: str, count: int, quantity: int) -> str:
    """ "Video: 3 sản phẩm" (one each), "Tin bài: 5 sản phẩm từ 3 hoạt động"."""
    text = f"{form}: {format_int(quantity)} sản phẩm"
    if count != quantity:
        text += f" từ {format_int(count)} hoạt động"
    return text


def other_label(form: str) -> str:
    """The appendix's name of other activities of one form ("Hoạt động khác:
    Tin bài"); a form itself called "Khác" reads "Hoạt động khác"."""
    if fold(form) in ("", fold(OTHER_CODE_LABEL), "hoat dong khac"):
        return "Hoạt động khác"
    return f"Hoạt động khác: {form}"


def _other_blocks(data: UnitReportData) -> list[Block]:
    remarks = clean_multiline(data.texts.get(KHAC))
    if not data.other:
        return paragraphs(
            remarks,
            draft=f"Ngoài các nhiệm vụ theo Kế hoạch, {data.unit.name} chưa ghi nhận hoạt động "
            f"truyền thông khác đến ngày {data.on:%d/%m/%Y}.",
        )
    records = sum(o[1] for o in data.other)
    blocks: list[Block] = [
        Para(
            f"Ngoài các nhiệm vụ theo Kế hoạch, {data.unit.name} thực hiện "
            f"{format_int(records)} hoạt động truyền thông khác, gồm:"
        )
    ]
    blocks += _list_lines([other_item(form, count, q) for form, count, q, _ in data.other])
    if remarks:
        blocks += paragraphs(remarks)
    return blocks


def _cost_blocks(data: UnitReportData) -> list[Block]:
    remarks = clean_multiline(data.texts.get(KINH_PHI))
    items = [(target_item_title(r), r.cost) for r in data.rows if r.cost]
    if data.other_cost:
        items.append(("Hoạt động truyền thông khác", data.other_cost))
    if not items:
        return paragraphs(
            remarks,
            draft=f"{data.unit.name} chưa ghi nhận kinh phí cho các hoạt động truyền thông "
            f"đến ngày {data.on:%d/%m/%Y}.",
        )
    total = data.total_cost
    blocks: list[Block] = [Para(f"Tổng kinh phí thực hiện: {format_money(total)}, trong đó:")]
    blocks += _list_lines([f"{label}: {format_money(cost)}" for label, cost in items])
    funding = funding_sentence(list(data.details.values()))
    if funding:
        blocks.append(Para(funding))
    if remarks:
        blocks += paragraphs(remarks)
    return blocks


def period_sentence(on: date, plan=None) -> str:
    """The data period every figure of a report is counted over: up to `on`,
    from the window's first day for a plan counted over the annual window of
    Nghị định 09/2019."""
    if plan is not None and plan.window == ND09:
        start = plan_period(plan)[0]
        return f"Số liệu từ ngày {start:%d/%m/%Y} đến ngày {on:%d/%m/%Y}."
    return f"Số liệu tính đến ngày {on:%d/%m/%Y}."


def estimate_sentence(data) -> str:
    """The body's word that Phụ lục I's estimate column is an estimate (the
    unit's and the consolidated report's data alike)."""
    end = plan_period(data.plan)[1]
    return (
        f"Cột “Ước thực hiện cả năm” của Phụ lục I là số ước tính đến ngày "
        f"{end:%d/%m/%Y} theo tiến độ bình quân đến ngày {data.on:%d/%m/%Y}, "
        "không phải số liệu đã thực hiện."
    )


def body_blocks(data: UnitReportData, estimate: bool = False) -> list[Block]:
    t = data.texts
    drafts = unit_drafts(data)
    blocks: list[Block] = [Para("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1)]
    blocks.append(Para(period_sentence(data.on, data.plan)))
    if estimate:
        blocks.append(Para(estimate_sentence(data)))
    blocks.append(Para("1. Công tác chỉ đạo, triển khai", Style.HEADING2))
    blocks += paragraphs(t.get(CHI_DAO), draft=drafts[CHI_DAO])
    blocks.append(Para("2. Kết quả thực hiện các nhiệm vụ", Style.HEADING2))
    blocks += _task_blocks(data)
    blocks.append(Para("3. Hoạt động truyền thông khác", Style.HEADING2))
    blocks += _other_blocks(data)
    blocks.append(Para("4. Kinh phí thực hiện", Style.HEADING2))
    blocks += _cost_blocks(data)
    return blocks + assessment_blocks(t, data.year, drafts)


def assessment_blocks(
    texts: dict[str, str], year: int, drafts: dict[str, str] | None = None
) -> list[Block]:
    """Sections II to IV: the officer's assessment, next year's direction and
    proposals (shared by the unit's and the consolidated report); an empty
    one takes its draft from `drafts`."""
    d = drafts or {}
    blocks: list[Block] = [Para("II. ĐÁNH GIÁ CHUNG", Style.HEADING1)]
    blocks.append(Para("1. Ưu điểm", Style.HEADING2))
    blocks += paragraphs(texts.get(UU_DIEM), draft=d.get(UU_DIEM, ""))
    blocks.append(Para("2. Tồn tại, hạn chế", Style.HEADING2))
    blocks += paragraphs(texts.get(TON_TAI), draft=d.get(TON_TAI, ""))
    blocks.append(Para("3. Nguyên nhân", Style.HEADING2))
    blocks += paragraphs(texts.get(NGUYEN_NHAN), draft=d.get(NGUYEN_NHAN, ""))
    blocks.append(Para(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}", Style.HEADING1))
    blocks += paragraphs(texts.get(PHUONG_HUONG), draft=d.get(PHUONG_HUONG, ""))
    blocks.append(Para("IV. ĐỀ XUẤT, KIẾN NGHỊ", Style.HEADING1))
    blocks += paragraphs(texts.get(DE_XUAT), draft=d.get(DE_XUAT, ""))
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
ESTIMATE_TITLE = "Ước thực hiện cả năm (*)"
# Where the estimate goes: after "Kết quả".
ESTIMATE_AT = 6


def target_columns(estimate: bool = False) -> tuple[Column, ...]:
    if not estimate:
        return TARGET_COLUMNS
    cols = list(TARGET_COLUMNS)
    cols[2] = Column("Nhiệm vụ", 45)
    cols.insert(ESTIMATE_AT, Column(ESTIMATE_TITLE, 16, "right"))
    return tuple(cols)


def estimates(data) -> tuple[dict[str, int | None], int | None]:
    """The full-year estimate of each task from its pace so far (its due
    window's part gone by the cut-off), and of the other activities (the
    period's part gone); for the unit's and the consolidated report's data."""
    by_code: dict[str, int | None] = {}
    for r in data.rows:
        target = data.plan.target(r.code)
        by_code[r.code] = (
            full_year_estimate(r.actual, elapsed_share(target, data.on)) if target else None
        )
    other = sum(o[2] for o in data.other)
    return by_code, (other_estimate(data, other) if data.other else None)


def other_estimate(data, quantity: int) -> int | None:
    """The full-year estimate of activities outside numbered tasks: their
    quantity over the part of the period gone by the cut-off."""
    return full_year_estimate(quantity, period_share(data.on, plan_period(data.plan)))


def estimate_wanted(data, options: ReportOptions) -> bool:
    """The estimate column is added when asked for and the figures stop
    before the period's last day (after it there is nothing to estimate)."""
    return options.estimate and data.on < plan_period(data.plan)[1]


def estimate_note(data) -> str:
    end = plan_period(data.plan)[1]
    return (
        f"(*) Ước thực hiện cả năm: số ước tính theo tiến độ bình quân đến ngày "
        f"{data.on:%d/%m/%Y} (kết quả đã thực hiện chia cho phần thời gian đã qua của kỳ thực "
        f"hiện từng nhiệm vụ, đến ngày {end:%d/%m/%Y}); không phải số liệu đã thực hiện."
    )


ACTIVITY_COLUMNS = (
    Column("STT", 12, "center"),
    Column("Ngày", 22, "center"),
    Column("Mục KH", 22, "center"),
    Column("Hình thức", 26),
    Column("Tiêu đề", 76),
    Column("Số lượng", 16, "right"),
    Column("Đường dẫn", 48),
    Column("Ghi chú", 30),
)
TOTAL_LABEL = "Tổng cộng"


def total_parts(
    items: list[tuple[str, int | None, int, Status | None]], other_quantity: int = 0
) -> tuple[str, str, str, str]:
    """A table's "Tổng cộng" from its rows' (measure, target, actual,
    status): the unit counted ("sản phẩm" when the rows count different
    things), the targets' sum (only when they all count the same thing), the
    products recorded (other activities included), the targets met among
    those with a number ("Đạt 3/5")."""
    targeted = [i for i in items if i[1]]
    met = [i for i in targeted if i[3] in (Status.MET, Status.MET_LATE)]
    measures = {i[0] for i in items}
    same = len(measures) == 1 and not other_quantity
    measure = next(iter(measures)) if same else "sản phẩm"
    goal = format_int(sum(i[1] for i in targeted)) if same and targeted else ""
    actual = format_int(sum(i[2] for i in items) + other_quantity)
    judged = f"Đạt {format_int(len(met))}/{format_int(len(targeted))}" if targeted else ""
    return measure, goal, actual, judged


def targets_total_row(
    rows: list[ProgressRow], other_quantity: int, estimate: int | None = None
) -> tuple[str, ...]:
    """Phụ lục I's last row (`estimate`: the estimates' sum, when that
    column is shown)."""
    parts = [(r.measure, r.target, r.actual, r.status) for r in rows]
    measure, goal, actual, judged = total_parts(parts, other_quantity)
    row = ("", "", TOTAL_LABEL, measure, goal, actual, "", judged)
    if estimate is None:
        return row
    return (*row[:ESTIMATE_AT], format_int(estimate), *row[ESTIMATE_AT:])


def target_rows(data: UnitReportData, estimate: bool = False) -> list[tuple[str, ...]]:
    """Phụ lục I: every task, the other activities by form, "Tổng cộng";
    with `estimate`, the full-year estimate after "Kết quả"."""
    by_code, _ = estimates(data) if estimate else ({}, None)
    rows = []
    extra = []
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
        extra.append(by_code.get(r.code))
    for form, _, quantity, _ in data.other:
        rows.append(("", OTHER_CODE_LABEL, other_label(form), "", "", format_int(quantity), "", ""))
        extra.append(other_estimate(data, quantity))
    rows = [(str(i), *row[1:]) for i, row in enumerate(rows, 1)]
    if estimate:
        rows = [
            (*row[:ESTIMATE_AT], "" if e is None else format_int(e), *row[ESTIMATE_AT:])
            for row, e in zip(rows, extra, strict=True)
        ]
    if rows:
        other = sum(o[2] for o in data.other)
        total = sum(e for e in extra if e is not None) if estimate else None
        rows.append(targets_total_row(data.rows, other, total))
    return rows


def target_table(data: UnitReportData, estimate: bool = False):
    """Phụ lục I's columns and rows, with the reach the unit recorded (and
    the full-year estimate with `estimate`)."""
    codes, forms = by_code(data.details), other_by_form(data.details)
    details = [codes.get(r.code) for r in data.rows] + [forms.get(o[0]) for o in data.other]
    return with_reach_columns(target_columns(estimate), target_rows(data, estimate), details)


def activity_rows(
    data: UnitReportData, progress: Callable[[int], None] | None = None
) -> list[tuple[str, ...]]:
    """Every activity of the year, by date, as the appendix's rows, then
    "Tổng cộng" (the activities and their quantities). Ghi chú: the
    activity's notes, empty when it has none."""
    rows = []
    quantity = 0
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
                clean_line(a.notes),
            )
        )
        quantity += a.quantity
        if progress and i % 5000 == 0:
            progress(i)
    if rows:
        count = f"{TOTAL_LABEL}: {format_int(len(rows))} hoạt động"
        rows.append(("", "", "", "", count, format_int(quantity), "", ""))
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
        subject=f"Kết quả thực hiện {plan_name(data.plan, year)}",
        number=options.number if options.number is not None else t.get(META_NUMBER),
        report_date=options.report_date or _stored_date(t.get(META_DATE)),
        signer_authority=t.get(META_SIGNER_AUTHORITY),
        signer_title=t.get(META_SIGNER_TITLE),
        signer_name=options.signer_name or t.get(META_SIGNER_NAME),
    )
    note = header.appendix_note
    estimate = estimate_wanted(data, options)
    targets: list[Block] = [Table(*target_table(data, estimate))]
    if estimate:
        targets.append(Para(estimate_note(data)))
    appendices = [
        Appendix("Phụ lục I", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", note, targets),
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
        body=body_blocks(data, estimate),
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
    data = gather_unit(ws, year, unit, options.on, options.report_date, options.texts)
    return unit_report(data, options, progress)


def suggest_assessment(ws: Workspace, year: int, unit: Unit | None = None) -> dict[str, str]:
    """A draft of section II (Ưu điểm / Tồn tại, hạn chế / Nguyên nhân) from the
    figures, for the officer to edit. Keys: UU_DIEM, TON_TAI, NGUYEN_NHAN."""
    return assessment_draft(gather_unit(ws, year, unit))
