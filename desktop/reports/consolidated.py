"""The department's consolidated report: "Báo cáo tổng hợp kết quả thực hiện
Kế hoạch truyền thông về Chuyển đổi số năm YYYY".

Built as a `ReportDocument` from the department's gathered data
(`gather.gather_consolidated`) and rendered by the same pipeline and
template as a unit's report, so it keeps the official
format. Body: who reported and who did not, the province-wide figures per
target (with the units behind them), other activities, costs, then the
department's own assessment texts. Appendices: the province-wide targets,
the submissions, and one table per unit.
"""

from __future__ import annotations

from ..domain.consolidation import UnitShare, submission_status
from ..domain.plan import Unit, is_consolidator
from ..domain.progress import ProgressRow, Status
from ..domain.text import format_decimal, format_int, format_money
from ..store.errors import WorkspaceError
from ..store.workspace import Workspace
from .context import (
    DE_XUAT,
    NGUYEN_NHAN,
    NONE_TEXT,
    PHUONG_HUONG,
    POINT_LETTERS,
    TARGET_COLUMNS,
    TON_TAI,
    UU_DIEM,
    assessment_blocks,
    figures_sentence,
    target_item_title,
)
from .gather import CONSOLIDATED_PREFIX, ConsolidatedData, gather_consolidated
from .header import ReportOptions, header_fields, recipients_lines
from .model import Appendix, Block, Column, Para, ReportDocument, Style, Table

# The department's own texts for the consolidated report live beside its unit
# report's texts, under these prefixed keys.
PREFIX = CONSOLIDATED_PREFIX
TEXT_KEYS = (UU_DIEM, TON_TAI, NGUYEN_NHAN, PHUONG_HUONG, DE_XUAT)

SUBMISSION_COLUMNS = (
    Column("STT", 10, "center"),
    Column("Đơn vị", 70),
    Column("Ngày nhận", 24, "center"),
    Column("Tình trạng", 32, "center"),
    Column("Số hoạt động", 20, "right"),
)
SHARE_COLUMNS = (
    Column("STT", 10, "center"),
    Column("Mục KH", 22, "center"),
    Column("Nhiệm vụ", 60),
    Column("Chỉ tiêu", 16, "right"),
    Column("Kết quả", 16, "right"),
    Column("Tỷ lệ (%)", 16, "right"),
    Column("Đánh giá", 22, "center"),
)


def text_key(key: str) -> str:
    return PREFIX + key


def _share_text(share: UnitShare, measure: str) -> str:
    if share.target:
        return f"{share.unit.name} {format_int(share.actual)}/{format_int(share.target)} {measure}"
    return f"{share.unit.name} {format_int(share.actual)} {measure}"


def _submission_blocks(data: ConsolidatedData) -> list[Block]:
    expected = [e for e in data.expected if e.expected]
    late = [e for e in data.reported if e.first_received and e.first_received > data.deadline]
    blocks: list[Block] = [
        Para(
            f"Đến ngày {data.on:%d/%m/%Y}, Sở đã nhận báo cáo của "
            f"{format_int(len([e for e in expected if e.submission]))}/{format_int(len(expected))} "
            f"đơn vị phải báo cáo (hạn nộp ngày {data.deadline:%d/%m/%Y}), trong đó "
            f"{format_int(len(late))} đơn vị nộp trễ hạn."
        )
    ]
    names = [e.unit.name for e in data.reported]
    blocks.append(
        Para("Các đơn vị đã báo cáo: " + (", ".join(names) + "." if names else "không có."))
    )
    missing = [e.unit.name for e in data.missing]
    blocks.append(
        Para("Các đơn vị chưa báo cáo: " + (", ".join(missing) + "." if missing else "không có."))
    )
    return blocks


def _task_blocks(data: ConsolidatedData) -> list[Block]:
    blocks: list[Block] = []
    for i, row in enumerate(data.rows):
        blocks.append(
            Para(f"{POINT_LETTERS[i % len(POINT_LETTERS)]}) {target_item_title(row)}", Style.POINT)
        )
        sentence = figures_sentence(row, None, data.year - 1)
        if row.units > 1:
            sentence = f"Toàn tỉnh ({format_int(row.units)} đơn vị thực hiện): {sentence}"
        blocks.append(Para(sentence))
        active = [s for s in row.breakdown if s.actual or s.target]
        if active:
            blocks.append(
                Para(
                    "Kết quả theo đơn vị: "
                    + "; ".join(_share_text(s, row.measure) for s in active)
                    + "."
                )
            )
    return blocks or [Para(NONE_TEXT)]


def _other_blocks(data: ConsolidatedData) -> list[Block]:
    if not data.other:
        return [Para(NONE_TEXT)]
    records = sum(o[1] for o in data.other)
    items = [f"{form}: {format_int(q)} ({format_int(c)} hoạt động)" for form, c, q, _ in data.other]
    return [
        Para(
            f"Ngoài các nhiệm vụ theo Kế hoạch, các đơn vị thực hiện {format_int(records)} "
            "hoạt động truyền thông khác, gồm:"
        ),
        *[Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)],
    ]


def _cost_blocks(data: ConsolidatedData) -> list[Block]:
    by_unit: dict[str, int] = {}
    for row in data.rows:
        for share in row.breakdown:
            if share.cost:
                by_unit[share.unit.name] = by_unit.get(share.unit.name, 0) + share.cost
    other_cost = sum(o[3] for o in data.other)
    total = sum(r.cost for r in data.rows) + other_cost
    if not total:
        return [Para(NONE_TEXT)]
    items = [f"{name}: {format_money(cost)}" for name, cost in by_unit.items()]
    if other_cost:
        items.append(f"Hoạt động truyền thông khác: {format_money(other_cost)}")
    return [
        Para(f"Tổng kinh phí thực hiện toàn tỉnh: {format_money(total)}, trong đó:"),
        *[Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)],
    ]


def body_blocks(data: ConsolidatedData) -> list[Block]:
    t = data.texts
    blocks: list[Block] = [Para("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1)]
    blocks.append(Para("1. Tình hình báo cáo của các đơn vị", Style.HEADING2))
    blocks += _submission_blocks(data)
    blocks.append(Para("2. Kết quả thực hiện các nhiệm vụ trên toàn tỉnh", Style.HEADING2))
    blocks += _task_blocks(data)
    blocks.append(Para("3. Hoạt động truyền thông khác", Style.HEADING2))
    blocks += _other_blocks(data)
    blocks.append(Para("4. Kinh phí thực hiện", Style.HEADING2))
    blocks += _cost_blocks(data)
    return blocks + assessment_blocks(t, data.year)


def _status(status: Status | None) -> str:
    return "" if status is None or status == Status.NO_TARGET else status.label


def province_rows(data: ConsolidatedData) -> list[tuple[str, ...]]:
    rows = [
        (
            str(i),
            r.code,
            r.title,
            r.measure,
            "" if r.target is None else format_int(r.target),
            format_int(r.actual),
            "" if r.percent is None else format_decimal(r.percent),
            _status(r.status),
        )
        for i, r in enumerate(data.rows, 1)
    ]
    for form, _, quantity, _ in data.other:
        rows.append(
            (
                str(len(rows) + 1),
                "Khác",
                f"Hoạt động khác: {form}",
                "",
                "",
                format_int(quantity),
                "",
                "",
            )
        )
    return rows


def submission_rows(data: ConsolidatedData) -> list[tuple[str, ...]]:
    return [
        (
            str(i),
            e.unit.name,
            f"{e.first_received:%d/%m/%Y}" if e.first_received else "",
            submission_status(e.first_received, data.deadline),
            format_int(e.activities) if e.submission else "",
        )
        for i, e in enumerate([e for e in data.expected if e.expected or e.submission], 1)
    ]


def unit_tables(data: ConsolidatedData) -> list[Block]:
    """For every unit with a share in the figures, in the workspace's order
    (departments, then districts): its heading and table."""
    per_unit: dict[int, list[tuple[ProgressRow, UnitShare]]] = {}
    names: dict[int, Unit] = {}
    missing = {e.unit.id for e in data.missing}
    for row in data.rows:
        for share in row.breakdown:
            if share.actual or share.target:
                per_unit.setdefault(share.unit.id, []).append((row, share))
                names[share.unit.id] = share.unit
    blocks: list[Block] = []
    for n, (unit_id, pairs) in enumerate(sorted(per_unit.items()), 1):
        note = " (chưa gửi báo cáo)" if unit_id in missing else ""
        blocks.append(Para(f"{n}. {names[unit_id].name}{note}", Style.HEADING2))
        rows = [
            (
                str(i),
                row.code,
                row.title,
                "" if share.target is None else format_int(share.target),
                format_int(share.actual),
                "" if share.percent is None else format_decimal(share.percent),
                _status(share.status),
            )
            for i, (row, share) in enumerate(pairs, 1)
        ]
        blocks.append(Table(SHARE_COLUMNS, rows))
    return blocks or [Para(NONE_TEXT)]


def consolidated_report(
    data: ConsolidatedData, options: ReportOptions | None = None
) -> ReportDocument:
    """The consolidated report from the department's gathered data."""
    options = options or ReportOptions()
    unit, year = data.department, data.year
    header = header_fields(
        unit,
        data.plan,
        year,
        subject=f"Tổng hợp kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số năm {year}",
        number=options.number or "",
        report_date=options.report_date,
        signer_authority=None,
        signer_title=None,
        signer_name=options.signer_name,
    )
    note = header.appendix_note
    appendices = [
        Appendix(
            "Phụ lục I",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU TRÊN TOÀN TỈNH",
            note,
            [Table(TARGET_COLUMNS, province_rows(data))],
        ),
        Appendix(
            "Phụ lục II",
            "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
            note,
            [Table(SUBMISSION_COLUMNS, submission_rows(data))],
        ),
        Appendix("Phụ lục III", "KẾT QUẢ THỰC HIỆN THEO TỪNG ĐƠN VỊ", note, unit_tables(data)),
    ]
    return ReportDocument(
        fields=header.fields,
        body=body_blocks(data),
        recipients=recipients_lines(unit),
        appendices=appendices,
    )


def build_consolidated_report(
    ws: Workspace, year: int, options: ReportOptions | None = None
) -> ReportDocument:
    """Gather the department's data from `ws` and build the consolidated
    report; refused for a workspace that is not the consolidating unit's."""
    options = options or ReportOptions()
    data = gather_consolidated(ws, year, options.on)
    unit = data.department
    if not is_consolidator(unit, data.plan):
        who = data.plan.consolidator if data.plan and data.plan.consolidator else "đơn vị tổng hợp"
        raise WorkspaceError(
            f"Dữ liệu “{ws.path}” là của “{unit.name}”, không phải đơn vị tổng hợp; "
            f"báo cáo tổng hợp năm {year} chỉ lập từ dữ liệu của {who}."
        )
    return consolidated_report(data, options)
