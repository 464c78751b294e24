"""What a report says beyond the counts, for the unit's report and the
consolidated one alike: reach per task, the share in English of tasks the
plan asks in both languages, the content themes covered and the sources of
funding. Each sentence appears only where something was recorded: never a
filler, never "0 lượt xem".
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain.plan import Plan
from ..domain.progress import ProgressRow
from ..domain.reach import (
    OTHER_FUNDING,
    REACH_FIELDS,
    REACH_WORDS,
    SOCIALISED,
    STATE_BUDGET,
    Details,
    asks_english,
    summed,
)
from ..domain.text import format_int, format_money, format_percent
from ..domain.themes import theme_phrase
from .model import Column

REACH_TITLES = {"views": "Lượt xem", "reach": "Lượt tiếp cận", "shares": "Lượt chia sẻ"}


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]


def reach_sentence(d: Details | None) -> str:
    """ "Các sản phẩm đạt 12.345 lượt xem và 2.100 lượt chia sẻ (số liệu
    của 5/12 hoạt động có ghi nhận)." Empty when nothing above 0 was recorded."""
    if d is None:
        return ""
    parts = [
        f"{format_int(value)} {REACH_WORDS[name]}"
        for name in REACH_FIELDS
        if (value := getattr(d.reach, name))
    ]
    if not parts:
        return ""
    text = f"Các sản phẩm đạt {_joined(parts)}"
    if 0 < d.with_reach < d.count:
        text += (
            f" (số liệu của {format_int(d.with_reach)}/{format_int(d.count)} hoạt động có ghi nhận)"
        )
    return text + "."


def english_sentence(row: ProgressRow, target, d: Details | None) -> str:
    """For a task the plan asks in English too: "Trong đó có tiếng Anh: 45
    tin, bài, video (25%)." Nothing when nothing was done yet."""
    if not row.actual or target is None or not asks_english(target.title, target.frequency or ""):
        return ""
    english = d.english if d is not None else 0
    if not english:
        return f"Chưa có {row.measure or 'sản phẩm'} bằng tiếng Anh."
    share = english * 100.0 / row.actual
    return (
        f"Trong đó có tiếng Anh: {format_int(english)} {row.measure} "
        f"({format_percent(min(share, 100.0))})."
    )


def task_extra(row: ProgressRow, plan: Plan, d: Details | None) -> str:
    """The sentences added to a task's figures (reach, English), or ""."""
    parts = [english_sentence(row, plan.target(row.code), d), reach_sentence(d)]
    return " ".join(p for p in parts if p)


def with_extra(sentence: str, extra: str) -> str:
    """The figures' sentence with `extra` added before its judgement
    ("… đạt 11,1% kế hoạch. Trong đó có tiếng Anh: … Đánh giá: Không đạt.")."""
    if not extra:
        return sentence
    head, mark, judgement = sentence.partition(" Đánh giá: ")
    return f"{head} {extra}{mark}{judgement}" if mark else f"{sentence} {extra}"


def themes_sentence(plan: Plan, details: Sequence[Details]) -> str:
    """ "Nội dung tuyên truyền tập trung vào: kinh tế số … (12 hoạt động);
    Tổ Công nghệ số cộng đồng (8)." Empty when no theme was recorded."""
    counts = summed(details).themes
    titles = {t.number: t.title for t in plan.themes}
    items = sorted(
        ((n, c) for n, c in counts.items() if c and n in titles), key=lambda x: (-x[1], x[0])
    )
    if not items:
        return ""
    parts = [
        f"{theme_phrase(titles[n])} ({format_int(c)}{' hoạt động' if i == 0 else ''})"
        for i, (n, c) in enumerate(items)
    ]
    return "Nội dung tuyên truyền tập trung vào: " + "; ".join(parts) + "."


def funding_sentence(details: Sequence[Details]) -> str:
    """ "Về nguồn kinh phí: ngân sách nhà nước 50.000.000 đồng (ngân sách
    tỉnh 30.000.000 đồng, ngân sách xã 20.000.000 đồng), xã hội hóa
    10.000.000 đồng." Empty when no source of funding was recorded."""
    funding = summed(details).funding
    if not any(cost for source, cost in funding.items() if source):
        return ""
    state = [(s, funding[s]) for s in STATE_BUDGET if funding.get(s)]
    parts = []
    if state:
        total = sum(cost for _, cost in state)
        levels = ", ".join(
            s.lower() if len(state) == 1 else f"{s.lower()} {format_money(cost)}"
            for s, cost in state
        )
        parts.append(f"ngân sách nhà nước {format_money(total)} ({levels})")
    if funding.get(SOCIALISED):
        parts.append(f"xã hội hóa {format_money(funding[SOCIALISED])}")
    if funding.get(OTHER_FUNDING):
        parts.append(f"nguồn khác {format_money(funding[OTHER_FUNDING])}")
    if funding.get(""):
        parts.append(f"chưa ghi nguồn {format_money(funding[''])}")
    return "Về nguồn kinh phí: " + "; ".join(parts) + "."


def with_reach_columns(
    columns: Sequence[Column], rows: list[tuple[str, ...]], details: Sequence[Details | None]
) -> tuple[tuple[Column, ...], list[tuple[str, ...]]]:
    """Phụ lục I with a column for each reach figure any row recorded (row i
    takes `details[i]`; rows beyond them, such as a totals row, take the sum)."""
    present = [
        name
        for name in REACH_FIELDS
        if any(d is not None and getattr(d.reach, name) for d in details)
    ]
    if not present:
        return tuple(columns), rows
    total = summed(d for d in details if d is not None)
    out = []
    for i, row in enumerate(rows):
        d = details[i] if i < len(details) else total
        cells = []
        for name in present:
            value = getattr(d.reach, name) if d is not None else None
            cells.append(format_int(value) if value else "")
        out.append((*row, *cells))
    added = tuple(Column(REACH_TITLES[name], 16, "right") for name in present)
    return (*columns, *added), out
