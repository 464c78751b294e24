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
    clean_line,
    clean_multiline,
    fold,
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
    drafts = unit_drafts(data)
    blocks: list[Block] = [Para("I. KẾT QUẢ THỰC HIỆN", Style.HEADING1)]
    blocks.append(Para(period_sentence(data.on)))
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
        rows.append(("", OTHER_CODE_LABEL, other_label(form), "", "", format_int(quantity), "", ""))
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
    data = gather_unit(ws, year, unit, options.on, options.report_date, options.texts)
    return unit_report(data, options, progress)


def suggest_assessment(ws: Workspace, year: int, unit: Unit | None = None) -> dict[str, str]:
    """A draft of section II (Ưu điểm / Tồn tại, hạn chế / Nguyên nhân) from the
    figures, for the officer to edit. Keys: UU_DIEM, TON_TAI, NGUYEN_NHAN."""
    return assessment_draft(gather_unit(ws, year, unit))


def assessment_draft(data: UnitReportData) -> dict[str, str]:
    """The draft of section II from the gathered figures."""
    drafts = unit_drafts(data)
    return {key: drafts[key] for key in ASSESSMENT_KEYS}


def _met(r: ProgressRow) -> bool:
    return r.status in (Status.MET, Status.MET_LATE)


def rows_drafts(
    rows: list[ProgressRow],
    *,
    who: str,
    year: int,
    addressee: str,
    next_targets: list,
    previous: dict[str, int] | None = None,
    other_count: int = 0,
) -> dict[str, str]:
    """Drafts of sections II to IV from progress rows: what was met, what
    fell short and by how much, the comparison with the previous year, next
    year's targets. `who`: the unit (or "các đơn vị") the sentences speak of."""
    targeted = [r for r in rows if r.target]
    met = [r for r in targeted if _met(r)]
    missed = [r for r in targeted if not _met(r)]
    good = []
    if targeted:
        good.append(
            f"Hoàn thành {format_int(len(met))}/{format_int(len(targeted))} chỉ tiêu được giao."
        )
    for r in met:
        good.append(
            f"{target_item_title(r)}: thực hiện {format_int(r.actual)}/{format_int(r.target)} "
            f"{r.measure}, đạt {format_percent(r.percent)} kế hoạch."
        )
    for r in rows:
        if not r.target and r.actual:
            good.append(f"{target_item_title(r)}: thực hiện {format_int(r.actual)} {r.measure}.")
    if other_count:
        good.append(
            f"Thực hiện thêm {format_int(other_count)} hoạt động truyền thông khác ngoài Kế hoạch."
        )
    weak = []
    for r in missed:
        gap = r.target - r.actual
        done = (
            f"thực hiện {format_int(r.actual)}/{format_int(r.target)} {r.measure}, "
            f"đạt {format_percent(r.percent)}"
            if r.actual
            else "chưa thực hiện"
        )
        weak.append(f"{target_item_title(r)}: {done}, còn thiếu {format_int(gap)} {r.measure}.")
    if previous:
        for r in rows:
            before = previous.get(r.code)
            if before and r.actual != before:
                line = (
                    f"{target_item_title(r)}: {format_int(r.actual)} {r.measure}, "
                    f"{change_phrase(r.actual, before, year - 1)} "
                    f"({format_int(before)} {r.measure})."
                )
                (good if r.actual > before else weak).append(line)
    if not good:
        good.append(f"Đến nay {who} chưa ghi nhận kết quả thực hiện các nhiệm vụ năm {year}.")
    if not weak:
        weak.append(
            "Các chỉ tiêu được giao đều đã hoàn thành."
            if targeted
            else f"Kế hoạch không giao chỉ tiêu cụ thể nên chưa có căn cứ đánh giá mức độ "
            f"hoàn thành của {who}."
        )
    causes = []
    if missed:
        causes.append(
            "Nhân lực làm công tác truyền thông còn kiêm nhiệm; kinh phí và thời lượng dành cho "
            "tuyên truyền về chuyển đổi số còn hạn chế."
        )
        late = [r for r in rows if r.status == Status.MET_LATE]
        if late:
            codes = ", ".join(r.code for r in late)
            causes.append(f"Một số nhiệm vụ hoàn thành sau thời hạn của Kế hoạch ({codes}).")
    else:
        causes.append(
            "Các nhiệm vụ được phân công cụ thể, bám sát Kế hoạch và theo dõi tiến độ thường xuyên."
        )
    if next_targets:
        direction = [
            f"Năm {year + 1}, {who} tập trung thực hiện các nhiệm vụ theo Kế hoạch năm {year + 1}:"
        ]
        for t in next_targets:
            goal = f": {format_int(t.target)} {t.measure}" if t.target else ""
            direction.append(f"- {t.title} (mục {t.code}){goal};")
        direction[-1] = direction[-1][:-1] + "."
    else:
        direction = [
            f"Tiếp tục triển khai các nhiệm vụ truyền thông về chuyển đổi số trong năm {year + 1}."
        ]
        for r in missed:
            direction.append(
                f"Hoàn thành phần còn thiếu của nhiệm vụ {r.code} "
                f"({format_int(r.target - r.actual)} {r.measure})."
            )
    addressee = addressee or "cơ quan cấp trên"
    proposal = (
        f"Đề nghị {addressee} tiếp tục hướng dẫn, cung cấp tài liệu truyền thông về chuyển đổi số"
    )
    if missed:
        proposal += ", hỗ trợ kinh phí để hoàn thành các chỉ tiêu chưa đạt"
    return {
        UU_DIEM: "\n".join(good),
        TON_TAI: "\n".join(weak),
        NGUYEN_NHAN: "\n".join(causes),
        PHUONG_HUONG: "\n".join(direction),
        DE_XUAT: proposal + ".",
    }


def unit_drafts(data: UnitReportData) -> dict[str, str]:
    """The drafts standing in for the unit's empty sections (every narrative
    section but the remarks on other activities and costs)."""
    targeted = [r for r in data.rows if r.target]
    chi_dao = (
        f"{data.unit.name} đã triển khai {format_int(len(data.rows))} nhiệm vụ được giao trong "
        f"Kế hoạch truyền thông về Chuyển đổi số năm {data.year}"
    )
    if data.rows:
        chi_dao += f", trong đó {format_int(len(targeted))} nhiệm vụ có chỉ tiêu cụ thể."
    else:
        chi_dao = (
            f"{data.unit.name} triển khai các hoạt động truyền thông về chuyển đổi số theo "
            f"Kế hoạch năm {data.year}."
        )
    drafts = rows_drafts(
        data.rows,
        who=data.unit.name,
        year=data.year,
        addressee=clean_line(data.unit.addressee),
        next_targets=data.next_targets,
        previous=data.previous,
        other_count=sum(o[1] for o in data.other),
    )
    drafts[CHI_DAO] = chi_dao
    return drafts
