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

from ..domain.consolidation import UnitShare, on_time, submission_status
from ..domain.plan import Unit, is_consolidator, issuer_scope
from ..domain.progress import ProgressRow, Status
from ..domain.reach import DetailSums
from ..domain.text import Message, clean_line, format_decimal, format_int, format_money, template
from ..store.errors import WorkspaceError
from ..store.workspace import Workspace
from .context import (
    DE_XUAT,
    ESTIMATE_AT,
    NGUYEN_NHAN,
    PHUONG_HUONG,
    POINT_LETTERS,
    TON_TAI,
    TOTAL_LABEL,
    UU_DIEM,
    assessment_blocks,
    estimate_note,
    estimate_sentence,
    estimate_wanted,
    estimates,
    figures_sentence,
    idle_by_code,
    other_estimate,
    other_item,
    other_label,
    period_sentence,
    rows_drafts,
    target_columns,
    target_item_title,
    targets_total_row,
    total_parts,
)
from .details import (
    funding_sentence,
    task_extra,
    themes_sentence,
    with_extra,
    with_reach_columns,
)
from .gather import CONSOLIDATED_PREFIX, ConsolidatedData, gather_consolidated
from .header import ReportOptions, header_fields, plan_name, recipients_lines
from .model import Appendix, Block, Column, Para, ReportDocument, Style, Table

# The department's own texts for the consolidated report live beside its unit
# report's texts, under these prefixed keys.
PREFIX = CONSOLIDATED_PREFIX
TEXT_KEYS = (UU_DIEM, TON_TAI, NGUYEN_NHAN, PHUONG_HUONG, DE_XUAT)

SUBMISSION_COLUMNS = (
    Column("STT", 10, "center"),
    Column("Đơn vị", 52),
    Column("Ngày lập", 22, "center"),
    Column("Ngày nhận", 22, "center"),
    Column("Tình trạng", 38, "center"),
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


def _share_text(share: UnitShare, measure: str, previous_year: int) -> str:
    if share.target:
        text = f"{share.unit.name} {format_int(share.actual)}/{format_int(share.target)} {measure}"
    else:
        text = f"{share.unit.name} {format_int(share.actual)} {measure}"
    extra = [share.note] if share.note else []
    if share.previous:
        extra.append(f"năm {previous_year}: {format_int(share.previous)}")
    return f"{text} ({'; '.join(extra)})" if extra else text


NOT_REPORTED = "Chưa báo cáo"
NOT_THE_CONSOLIDATOR = template(
    "Dữ liệu “{path}” là của “{unit}”, không phải đơn vị tổng hợp; báo cáo tổng hợp năm "
    "{year} chỉ lập từ dữ liệu của {who}."
)
CONSOLIDATOR = template("đơn vị tổng hợp")


def coverage_phrases(data: ConsolidatedData) -> list[str]:
    """ "UBND cấp huyện 1/13 đơn vị" per kind of the units that must report,
    in the plan's order of kinds (names from the plan)."""
    return [
        f"{name or 'các đơn vị khác'} {format_int(sent)}/{format_int(must)} đơn vị"
        for name, sent, must in coverage_counts(data)
    ]


def coverage_counts(data: ConsolidatedData) -> list[tuple[str, int, int]]:
    """(kind's name, units that reported, units that must report) per kind
    of the units that must report, in the plan's order; "" for the kinds the
    plan does not name, counted together."""
    names = {k.code: k.name for k in data.plan.unit_kinds}
    order = [k.code for k in data.plan.unit_kinds]
    by_kind: dict[str, list[bool]] = {}
    units, reported = counted_units(data)  # as the sentence above it counts them
    received = {e.unit.id for e in reported}
    for e in units:
        by_kind.setdefault(e.unit.kind, []).append(e.unit.id in received)
    # Kinds the plan does not name are counted together.
    named: dict[str, list[bool]] = {}
    for k, flags in by_kind.items():
        named.setdefault(k if k in names else "", []).extend(flags)
    kinds = sorted(named, key=lambda k: order.index(k) if k in order else len(order))
    return [(names.get(k, ""), sum(named[k]), len(named[k])) for k in kinds]


def _is_late(e, deadline) -> bool:
    return e.sent_on is not None and not on_time(e.sent_on, deadline)


def counted_units(data: ConsolidatedData) -> tuple[list, list]:
    """(the units counted, those of them whose report was received): every
    unit that must report or sent a package, a renamed or merged one's
    package counted with today's unit. The body's sentence and Phụ lục II's
    total say the same."""
    listed = [e for e in data.expected if e.expected or e.submission]
    units = [e for e in listed if e.unit.id not in data.merged_into | data.reported_by]
    # Received: its own package, or figures held for it (the packages of the
    # units merged into it, records the department keeps for it).
    return units, [e for e in units if e.submission or e.unit.id in data.reporting]


def _submission_blocks(data: ConsolidatedData) -> list[Block]:
    units, reported = counted_units(data)
    late = [e for e in reported if _is_late(e, data.deadline)]
    # No date: the reports were received by the day this report is made,
    # whatever day its figures are counted to.
    sentence = (
        f"{data.department.name} đã nhận báo cáo của "
        f"{format_int(len(reported))}/{format_int(len(units))} "
        f"đơn vị phải báo cáo (hạn nộp ngày {data.deadline:%d/%m/%Y})"
    )
    sentence += (
        f", trong đó {format_int(len(late))} đơn vị nộp trễ hạn." if late else ", đều đúng hạn."
    )
    if not reported:
        sentence = sentence.split(" (hạn nộp")[0] + f" (hạn nộp ngày {data.deadline:%d/%m/%Y})."
    blocks: list[Block] = [Para(sentence)]
    coverage = coverage_phrases(data)
    if coverage:
        blocks.append(Para("Đã báo cáo: " + "; ".join(coverage) + "."))
    names = [e.unit.name for e in reported]
    if names:
        blocks.append(Para("Các đơn vị đã báo cáo: " + ", ".join(names) + "."))
    merged = _lineage_sentence(data)
    if merged:
        blocks.append(Para(merged))
    missing = [e.unit.name for e in data.missing]
    if missing:
        blocks.append(Para("Các đơn vị chưa báo cáo: " + ", ".join(missing) + "."))
        blocks.append(
            Para(
                f"Số liệu{_across(data)} dưới đây chỉ tổng hợp từ các đơn vị đã báo cáo; "
                "các đơn vị chưa báo cáo không được tính là chưa thực hiện."
            )
        )
    else:
        blocks.append(Para("Tất cả các đơn vị phải báo cáo đã gửi báo cáo."))
    return blocks


def _lineage_sentence(data: ConsolidatedData) -> str:
    """Units renamed or merged: their figures are counted under today's unit."""
    names = {u.id: u.name for u in data.taking_part}
    parts = [f"{names[i]} ({note})" for i, note in data.notes.items() if i in names]
    if not parts:
        return ""
    return (
        "Số liệu của các đơn vị đã đổi tên, sáp nhập được tổng hợp dưới đơn vị hiện nay: "
        + "; ".join(parts)
        + "."
    )


def unreported_units(data: ConsolidatedData, row: ProgressRow) -> list[Unit]:
    """The units leading `row`'s target when none of them has reported (its
    figures are then unknown, not zero); empty otherwise."""
    target = data.plan.target(row.code)
    if target is None:
        return []
    leading = data.leading(target)
    if any(u.id in data.reporting for u in leading):
        return []
    return leading


def _task_blocks(data: ConsolidatedData) -> list[Block]:
    blocks: list[Block] = []
    missing_ids = {e.unit.id for e in data.missing}
    sums = _details(data)
    themes = themes_sentence(data.plan, [sums.total])
    if themes:
        blocks.append(Para(themes))
    details = sums.codes
    for i, row in enumerate(data.rows):
        blocks.append(
            Para(f"{POINT_LETTERS[i % len(POINT_LETTERS)]}) {target_item_title(row)}", Style.POINT)
        )
        sentence = figures_sentence(row, row.previous, data.year - 1)
        target = data.plan.target(row.code)
        held, leading = data.carriers(target) if target else (row.units, row.units)
        unreported = unreported_units(data, row)
        if unreported:
            names = ", ".join(u.name for u in unreported)
            sentence = f"{NOT_REPORTED}: đơn vị thực hiện ({names}) chưa gửi báo cáo."
            if row.actual:
                sentence += (
                    f" Các đơn vị khác đã báo cáo thực hiện {format_int(row.actual)} {row.measure}."
                )
        elif leading > 1 or held < leading:
            sentence = (
                f"Tổng hợp từ {format_int(held)}/{format_int(leading)} đơn vị thực hiện "
                f"đã báo cáo: {sentence}"
            )
        if not unreported:
            extra = task_extra(row, data.plan, details.get(row.code))
            sentence = with_extra(sentence, extra)
        blocks.append(Para(sentence))
        parts = [
            _share_text(s, row.measure, data.year - 1)
            for s in row.breakdown
            if s.actual or s.target
        ]
        if target and not unreported:
            parts += [
                f"{u.name}: {NOT_REPORTED.lower()}"
                for u in data.leading(target)
                if u.id in missing_ids
            ]
        if parts:
            blocks.append(Para("Kết quả theo đơn vị: " + "; ".join(parts) + "."))
    return blocks or [Para("Kế hoạch không có nhiệm vụ được đánh số.")]


def missing_leaders(data: ConsolidatedData, row: ProgressRow) -> list[Unit]:
    """The units leading `row`'s target that must report and have not: each
    reads "Chưa báo cáo" beside the figures of those that did."""
    target = data.plan.target(row.code)
    if target is None:
        return []
    missing = {e.unit.id for e in data.missing}
    return [u for u in data.leading(target) if u.id in missing]


def _details(data: ConsolidatedData) -> DetailSums:
    """The details summed over the units whose figures are held (those that reported)."""
    return data.details or DetailSums()


def _other_blocks(data: ConsolidatedData) -> list[Block]:
    if not data.other:
        return [Para("Các đơn vị đã báo cáo không có hoạt động truyền thông ngoài Kế hoạch.")]
    records = sum(o[1] for o in data.other)
    items = [other_item(form, c, q) for form, c, q, _ in data.other]
    return [
        Para(
            f"Ngoài các nhiệm vụ theo Kế hoạch, các đơn vị thực hiện {format_int(records)} "
            "hoạt động truyền thông khác, gồm:"
        ),
        *[Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)],
    ]


def _cost_blocks(data: ConsolidatedData) -> list[Block]:
    by_unit: dict[int, int] = {}
    names: dict[int, str] = {}
    for row in data.rows:
        for share in row.breakdown:
            names[share.unit.id] = share.unit.name
            if share.cost:
                by_unit[share.unit.id] = by_unit.get(share.unit.id, 0) + share.cost
    # A unit's cost takes in its activities outside numbered tasks too.
    for u in data.taking_part:
        names.setdefault(u.id, u.name)
    for unit_id, cost in data.other_cost_by_unit.items():
        by_unit[unit_id] = by_unit.get(unit_id, 0) + cost
    total = data.total_cost
    if not total:
        return [Para("Các đơn vị đã báo cáo chưa ghi nhận kinh phí thực hiện.")]
    order = {u.id: i for i, u in enumerate(data.taking_part)}
    items = [
        f"{names.get(unit_id, '')}: {format_money(cost)}"
        for unit_id, cost in sorted(by_unit.items(), key=lambda kv: order.get(kv[0], 1 << 30))
        if cost
    ]
    blocks = [
        Para(f"Tổng kinh phí thực hiện{_across(data)}: {format_money(total)}, trong đó:"),
        *[Para(f"- {item}{'.' if i == len(items) - 1 else ';'}") for i, item in enumerate(items)],
    ]
    funding = funding_sentence([_details(data).total])
    return blocks + ([Para(funding)] if funding else [])


def _across(data: ConsolidatedData) -> str:
    """ " toàn tỉnh" (" toàn thành phố") for a provincial plan's figures
    added up over its units; "" for a plan of another issuer."""
    scope = issuer_scope(data.plan)
    return f" toàn {scope}" if scope else ""


def body_blocks(data: ConsolidatedData, estimate: bool = False) -> list[Block]:
    t = data.texts
    blocks: list[Block] = [Para("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1)]
    blocks.append(Para(period_sentence(data.on, data.plan)))
    if estimate:
        blocks.append(Para(estimate_sentence(data)))
    blocks.append(Para("1. Tình hình báo cáo của các đơn vị", Style.HEADING2))
    blocks += _submission_blocks(data)
    across = f" trên{_across(data)}" if _across(data) else ""
    blocks.append(Para(f"2. Kết quả thực hiện các nhiệm vụ{across}", Style.HEADING2))
    blocks += _task_blocks(data)
    blocks.append(Para("3. Hoạt động truyền thông khác", Style.HEADING2))
    blocks += _other_blocks(data)
    blocks.append(Para("4. Kinh phí thực hiện", Style.HEADING2))
    blocks += _cost_blocks(data)
    drafts = rows_drafts(
        data.rows,
        who="các đơn vị",
        year=data.year,
        addressee=clean_line(data.department.addressee),
        next_targets=data.next_targets,
        other_count=sum(o[1] for o in data.other),
        idle=idle_by_code(data.plan, data.rows, data.months, data.on),
    )
    return blocks + assessment_blocks(t, data.year, drafts)


def _status(status: Status | None) -> str:
    return "" if status is None or status == Status.NO_TARGET else status.label


def province_rows(data: ConsolidatedData, estimate: bool = False) -> list[tuple[str, ...]]:
    """Phụ lục I's rows; with `estimate`, the full-year estimate after
    "Kết quả" (the unit report's rule, `context.estimates`), left blank for
    a task some of whose units have not reported."""
    rows = []
    by_code, _ = estimates(data) if estimate else ({}, None)
    extra: list[int | None] = []
    for i, r in enumerate(data.rows, 1):
        target = "" if r.target is None else format_int(r.target)
        if unreported_units(data, r):
            actual = format_int(r.actual) if r.actual else ""
            rows.append((str(i), r.code, r.title, r.measure, target, actual, "", NOT_REPORTED))
            extra.append(None)
            continue
        extra.append(by_code.get(r.code))
        rows.append(
            (
                str(i),
                r.code,
                r.title,
                r.measure,
                target,
                format_int(r.actual),
                "" if r.percent is None else format_decimal(r.percent),
                _status(r.status),
            )
        )
    for form, _, quantity, _ in data.other:
        rows.append(
            (
                str(len(rows) + 1),
                "Khác",
                other_label(form),
                "",
                "",
                format_int(quantity),
                "",
                "",
            )
        )
    if estimate:
        extra += [other_estimate(data, quantity) for _, _, quantity, _ in data.other]
        rows = [
            (*row[:ESTIMATE_AT], "" if e is None else format_int(e), *row[ESTIMATE_AT:])
            for row, e in zip(rows, extra, strict=True)
        ]
    if rows:
        total = sum(e for e in extra if e is not None) if estimate else None
        rows.append(targets_total_row(data.rows, sum(o[2] for o in data.other), total))
    return rows


def province_table(data: ConsolidatedData, estimate: bool = False):
    """Phụ lục I's columns and rows, with the reach of the units that
    reported (and the full-year estimate with `estimate`)."""
    sums = _details(data)
    codes, forms = sums.codes, sums.other_forms
    details = [None if unreported_units(data, r) else codes.get(r.code) for r in data.rows]
    details += [forms.get(o[0]) for o in data.other]
    return with_reach_columns(target_columns(estimate), province_rows(data, estimate), details)


def _listed_name(data: ConsolidatedData, unit: Unit) -> str:
    """A renamed or merged unit's package is listed under its own name, with
    the unit it became (its figures count there)."""
    if unit.id in data.merged_into:
        successor, effective = data.merged_into[unit.id]
        return f"{unit.name} (nay là {successor}, từ ngày {effective:%d/%m/%Y})"
    return (
        f"{unit.name} (nay là {data.reported_by[unit.id]})"
        if unit.id in data.reported_by
        else (unit.name)
    )


HELD_FOR = "Số liệu qua gói của đơn vị trước sáp nhập"
HELD = "Sở giữ số liệu, chưa nộp gói"


def _received_status(data: ConsolidatedData, e) -> str:
    """A unit's line of Phụ lục II: its package's, or, without one, where its
    figures come from when they are held (so the total counts it received)."""
    if e.submission is None and e.unit.id in data.reported_by:
        return f"Số liệu trong báo cáo của {data.reported_by[e.unit.id]}"
    if e.submission is None and e.unit.id in data.reporting:
        merged = {successor for successor, _ in data.merged_into.values()}
        return HELD_FOR if e.unit.name in merged else HELD
    return submission_status(e.sent_on, data.deadline)


def submission_rows(data: ConsolidatedData) -> list[tuple[str, ...]]:
    listed = [e for e in data.expected if e.expected or e.submission]
    rows = [
        (
            str(i),
            _listed_name(data, e.unit),
            f"{e.first_created:%d/%m/%Y}" if e.first_created else "",
            f"{e.first_received:%d/%m/%Y}" if e.first_received else "",
            _received_status(data, e),
            format_int(e.activities) if e.submission else "",
        )
        for i, e in enumerate(listed, 1)
    ]
    if rows:
        sent = [e for e in listed if e.submission]
        # Units, not packages: a merged unit's package counts with today's unit.
        units, reported = counted_units(data)
        rows.append(
            (
                "",
                f"{TOTAL_LABEL}: {format_int(len(reported))}/{format_int(len(units))} đơn vị "
                "đã báo cáo",
                "",
                "",
                "",
                format_int(sum(e.activities for e in sent)),
            )
        )
    return rows


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
    for u in data.taking_part:
        if u.id in missing:
            per_unit.setdefault(u.id, [])
            names[u.id] = u
    blocks: list[Block] = []
    for n, (unit_id, pairs) in enumerate(sorted(per_unit.items()), 1):
        if unit_id in missing:
            blocks.append(Para(f"{n}. {names[unit_id].name}: {NOT_REPORTED}", Style.HEADING2))
            continue
        blocks.append(Para(f"{n}. {names[unit_id].name}", Style.HEADING2))
        if data.notes.get(unit_id):
            blocks.append(Para(f"Số liệu {data.notes[unit_id]}."))
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
        parts = [(row.measure, share.target, share.actual, share.status) for row, share in pairs]
        _, goal, actual, judged = total_parts(parts)
        rows.append(("", "", TOTAL_LABEL, goal, actual, "", judged))
        blocks.append(Table(SHARE_COLUMNS, rows))
    return blocks or [Para("Chưa có đơn vị nào báo cáo.")]


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
        subject=f"Tổng hợp kết quả thực hiện {plan_name(data.plan, year)}",
        number=options.number or "",
        report_date=options.report_date,
        signer_authority=None,
        signer_title=None,
        signer_name=options.signer_name,
    )
    note = header.appendix_note
    estimate = estimate_wanted(data, options)
    targets: list[Block] = [Table(*province_table(data, estimate))]
    if estimate:
        targets.append(Para(estimate_note(data)))
    appendices = [
        Appendix(
            "Phụ lục I",
            "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
            + (f" TRÊN{_across(data)}".upper() if _across(data) else ""),
            note,
            targets,
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
        body=body_blocks(data, estimate),
        recipients=recipients_lines(unit),
        appendices=appendices,
    )


def build_consolidated_report(
    ws: Workspace, year: int, options: ReportOptions | None = None
) -> ReportDocument:
    """Gather the department's data from `ws` and build the consolidated
    report; refused for a workspace that is not the consolidating unit's."""
    options = options or ReportOptions()
    return consolidated_report(consolidated_data(ws, year, options), options)


def consolidated_data(
    ws: Workspace, year: int, options: ReportOptions | None = None
) -> ConsolidatedData:
    """The department's gathered data for its report (what the pre-flight
    check reads too); refused for a workspace that is not the consolidating
    unit's."""
    options = options or ReportOptions()
    data = gather_consolidated(ws, year, options.on, options.report_date, options.texts)
    unit = data.department
    if not is_consolidator(unit, data.plan, ws.units.lineage()):
        plan = data.plan
        who = plan.consolidator if plan and plan.consolidator else Message(CONSOLIDATOR)
        raise WorkspaceError(
            Message(
                NOT_THE_CONSOLIDATOR, path=str(ws.path), unit=unit.name, year=str(year), who=who
            )
        )
    return data
