"""Drafts standing in for a report's empty narrative sections, built from
the figures alone: what was met, what fell short and by how much (with the
months of its window without any activity), the comparison with the
previous year, next year's targets. Nothing here makes up a cause."""

from __future__ import annotations

from datetime import date

from ..domain.period import idle_months, months_phrase, plan_period
from ..domain.progress import ProgressRow, Status
from ..domain.text import clean_line, format_int, format_percent
from .gather import UnitReportData
from .header import plan_name
from .keys import ASSESSMENT_KEYS, CHI_DAO, DE_XUAT, NGUYEN_NHAN, PHUONG_HUONG, TON_TAI, UU_DIEM


def change_phrase(actual: int, previous: int, previous_year: int) -> str:
    if previous == 0:
        return f"năm {previous_year} chưa thực hiện"
    change = (actual - previous) * 100.0 / previous
    if round(change, 1) == 0:
        return f"bằng năm {previous_year}"
    word = "tăng" if change > 0 else "giảm"
    return f"{word} {format_percent(abs(change))} so với năm {previous_year}"


def target_item_title(row: ProgressRow) -> str:
    return f"{row.title} (mục {row.code})"


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
    idle: dict[str, list[tuple[int, int]]] | None = None,
) -> dict[str, str]:
    """Drafts of sections II to IV from progress rows: what was met, what
    fell short and by how much, the comparison with the previous year, next
    year's targets. `who`: the unit (or "các đơn vị") the sentences speak of;
    `idle`: per target code, the months of its window without any activity
    (the facts "Nguyên nhân" states: no cause is made up)."""
    targeted = [r for r in rows if r.target]
    met = [r for r in targeted if _met(r)]
    missed = [r for r in targeted if not _met(r)]
    good = []
    started = [r for r in targeted if r.actual]
    if met:
        good.append(
            f"Hoàn thành {format_int(len(met))}/{format_int(len(targeted))} chỉ tiêu được giao."
        )
    elif started:
        # Nothing met yet is no strength; what was taken up is.
        good.append(
            f"Đã triển khai thực hiện {format_int(len(started))}/{format_int(len(targeted))} "
            "nhiệm vụ có chỉ tiêu được giao."
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
    causes = [shortfall_line(r, (idle or {}).get(r.code), year) for r in missed]
    late = [r for r in rows if r.status == Status.MET_LATE]
    if late:
        codes = ", ".join(r.code for r in late)
        causes.append(f"Một số nhiệm vụ hoàn thành sau thời hạn của Kế hoạch ({codes}).")
    if not causes:
        causes.append(
            f"Các chỉ tiêu được giao đều đạt ({format_int(len(met))}/{format_int(len(targeted))})."
            if targeted
            else "Kế hoạch không giao chỉ tiêu cụ thể."
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


def shortfall_line(row: ProgressRow, idle: list[tuple[int, int]] | None, year: int) -> str:
    """ "Chuyên mục … (mục III.2.a/TH): đạt 40/52 chuyên mục, còn thiếu 12;
    không có hoạt động nào trong tháng 7–9." From the figures alone."""
    gap = format_int(row.target - row.actual)
    if row.actual:
        text = (
            f"{target_item_title(row)}: đạt {format_int(row.actual)}/{format_int(row.target)} "
            f"{row.measure}, còn thiếu {gap}"
        )
        if idle:
            text += f"; không có hoạt động nào trong {months_phrase(idle, year)}"
    else:
        text = f"{target_item_title(row)}: chưa có hoạt động nào, còn thiếu {gap} {row.measure}"
    return text + "."


def idle_by_code(
    plan, rows: list[ProgressRow], months: dict[str, set[tuple[int, int]]], on: date
) -> dict[str, list[tuple[int, int]]]:
    """For each task short of its target, the months of its due window up to
    `on` (inside the plan's period) without any activity."""
    period = plan_period(plan)
    idle = {}
    for r in rows:
        target = plan.target(r.code)
        if target is None or not r.target or r.status in (Status.MET, Status.MET_LATE):
            continue
        start = max(target.due_start, period[0])
        end = min(target.due_end, on, period[1])
        idle[r.code] = idle_months(months.get(r.code, set()), start, end)
    return idle


def unit_drafts(data: UnitReportData) -> dict[str, str]:
    """The drafts standing in for the unit's empty sections (every narrative
    section but the remarks on other activities and costs)."""
    targeted = [r for r in data.rows if r.target]
    chi_dao = (
        f"{data.unit.name} đã triển khai {format_int(len(data.rows))} nhiệm vụ được giao trong "
        f"{plan_name(data.plan, data.year)}"
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
        idle=idle_by_code(data.plan, data.rows, data.months, data.on),
    )
    drafts[CHI_DAO] = chi_dao
    return drafts
