"""Read a plan document's text into a proposed plan.

The province's plans are shaped alike: a header (issuer, number, place and
date), "KẾ HOẠCH" and the subject, then Roman-numbered sections: purpose,
the content themes ("Nội dung tuyên truyền"), the tasks ("Hình thức tuyên
truyền" or "Nhiệm vụ"), funding, organisation ("Tổ chức thực hiện"). Each
task is numbered in the plan's own way (1., a), 1.1.) and followed by its
fields: frequency, lead unit, partners, time. The reader keeps the plan's
numbering as the target codes and turns each stated output into a target.

Every line is accounted for: it fed a field of the proposal, or it is listed
in `unread` with its section and the reason, so the officer sees what the
reader did not take.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from . import plan_phrases as ph
from . import plan_reasons as rs
from .plan_lines import (
    BULLET,
    LETTERED,
    NUMBERED,
    NUMBERED_BARE,
    ROMAN,
    SourceLine,
    field_of,
    logical_lines,
)
from .plan_reasons import reason
from .text import fold


@dataclass(frozen=True)
class Unread:
    line: int
    text: str
    section: str
    reason: str


@dataclass
class ProposedTarget:
    code: str
    task: str
    title: str
    measure: str
    target: int | None
    due_start: date
    due_end: date
    due_label: str
    lead_units: tuple[str, ...] = ()
    partners: str = ""
    per_unit: bool = False
    unit_levels: tuple[str, ...] = ()
    frequency: str = ""
    source: str = ""
    line: int = 0


@dataclass
class PlanProposal:
    year: int
    title: str = ""
    subject: str = ""
    issuer: str = ""
    number: str = ""
    signed_date: date | None = None
    report_deadline: date | None = None
    consolidator: str = ""
    targets: list[ProposedTarget] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    year_in_text: int | None = None

    def target(self, code: str) -> ProposedTarget | None:
        return next((t for t in self.targets if t.code == code), None)


class PlanReadError(Exception):
    """The text is not a plan the reader can take; the message says why."""


# -- sections --------------------------------------------------------------


def _section_kind(heading: str) -> str:
    folded = fold(heading)
    if any(w in folded for w in ("hinh thuc", "nhiem vu", "giai phap", "hoat dong")):
        return "tasks"
    if "noi dung" in folded:
        return "themes"
    if "kinh phi" in folded:
        return "funding"
    if "to chuc thuc hien" in folded or "trach nhiem" in folded:
        return "organisation"
    if "muc dich" in folded or "yeu cau" in folded or "muc tieu" in folded:
        return "purpose"
    return "other"


@dataclass
class _Item:
    code_parts: tuple[str, ...]
    title: str
    line: int
    fields: dict[str, str] = field(default_factory=dict)
    field_lines: dict[str, int] = field(default_factory=dict)
    children: list[_Item] = field(default_factory=list)
    parent: _Item | None = None
    source: list[str] = field(default_factory=list)


def _title_case(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


def _issuer_of(text: str) -> str | None:
    m = re.match(
        r"^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ)\s+(.+)$", text, re.I
    )
    if not m:
        return None
    # A place's name, not a sentence ("UBND tỉnh ban hành Kế hoạch …").
    words = m.group(2).strip(" .").split()
    if not words or len(words) > 5 or any(not w[:1].isupper() for w in words):
        return None
    level = "tỉnh" if fold(m.group(1)) == "tinh" else "thành phố"
    return f"UBND {level} {_title_case(m.group(2).strip(' .'))}"


def _strip_end(text: str) -> str:
    return text.strip().rstrip(" .;:").strip()


def read_plan_text(lines: list[SourceLine], year: int | None = None) -> PlanProposal:
    """Read a plan's lines (from a DOCX, PDF or text file) into a proposal.
    `year`: the year the officer is importing for, used when the text names
    none."""
    logical = logical_lines(lines)
    if not logical:
        raise PlanReadError(reason(rs.NO_TEXT))
    proposal = PlanProposal(year=year or 0)
    unread = proposal.unread

    # -- header: everything before the first Roman-numbered section
    index = 0
    section = "header"
    section_title = reason(rs.OPENING)
    awaiting_subject = False
    pending_issuer = ""
    subject_lines: list[str] = []
    while index < len(logical):
        line = logical[index]
        text = line.text
        if ROMAN.match(text) and _roman_value(text):
            break
        folded = fold(text)
        index += 1
        if awaiting_subject:
            if folded.startswith(("thuc hien", "can cu", "de trien khai", "nham")) or (
                subject_lines and text.endswith(":")
            ):
                awaiting_subject = False
            else:
                subject_lines.append(text)
                continue
        if pending_issuer and re.match(r"^(TỈNH|THÀNH PHỐ)\s", text):
            text = f"{pending_issuer} {text}"
        if folded in ("uy ban nhan dan", "ubnd"):
            pending_issuer = text
            continue
        # In a PDF the header's two columns come row by row: the motto may
        # stand between "ỦY BAN NHÂN DÂN" and "TỈNH …".
        if not folded.startswith(("cong hoa xa hoi chu nghia", "doc lap")):
            pending_issuer = ""
        issuer = _issuer_of(text)
        if issuer and not proposal.issuer:
            proposal.issuer = issuer
            continue
        m = re.match(r"^Số\s*:?\s*([0-9A-Za-zĐđ][0-9A-Za-zĐđ/\-.]*)", text)
        if m and "/" in m.group(1):
            proposal.number = m.group(1).rstrip(".")
            continue
        if re.search(r"ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}", folded) and len(text) < 80:
            proposal.signed_date = ph.find_date(text, year or date.today().year)
            continue
        if folded.startswith(("cong hoa xa hoi chu nghia", "doc lap - tu do", "doc lap – tu do")):
            continue
        m = re.match(r"^KẾ HOẠCH\b\s*(.*)$", text, re.I)
        if m and fold(text).startswith("ke hoach") and text[:8].isupper():
            awaiting_subject = True
            if m.group(1).strip():
                subject_lines.append(m.group(1).strip())
            continue
        if folded.startswith(("thuc hien", "can cu")):
            if not proposal.issuer:
                m2 = re.search(r"\b(UBND|Ủy ban nhân dân|UBND)\s+tỉnh\s+ban hành", text)
                if m2:
                    proposal.issuer = "UBND tỉnh"
        unread.append(Unread(line.number, text, section_title, reason(rs.HEADER)))
    subject = _strip_end(" ".join(subject_lines))
    if subject:
        proposal.subject = (
            subject[0].lower() + subject[1:] if subject[:2] != subject[:2].upper() else subject
        )
        proposal.title = "Kế hoạch " + proposal.subject
    m = re.search(r"\bnăm\s+(\d{4})\b", proposal.subject)
    if m:
        proposal.year_in_text = int(m.group(1))
    if not proposal.year:
        proposal.year = proposal.year_in_text or (
            proposal.signed_date.year if proposal.signed_date else 0
        )
    if not proposal.year:
        raise PlanReadError(reason(rs.NO_YEAR))
    plan_year = proposal.year
    if proposal.issuer in ("", "UBND tỉnh"):
        m = re.search(r"\btỉnh\s+((?:[A-ZĐ][^\s,.;]*\s?)+)", proposal.subject)
        if m:
            proposal.issuer = f"UBND tỉnh {m.group(1).strip()}"

    # -- body
    roots: list[_Item] = []
    stack: list[_Item] = []
    roman = ""
    tasks_title = ""
    task_section_seen = False
    closing = False
    for line in logical[index:]:
        text = line.text
        folded = fold(text)
        if closing:
            unread.append(Unread(line.number, text, "Nơi nhận", reason(rs.CLOSING)))
            continue
        if folded.startswith("noi nhan"):
            closing = True
            unread.append(Unread(line.number, text, "Nơi nhận", reason(rs.CLOSING)))
            continue
        rm = ROMAN.match(text)
        if rm and _roman_value(text):
            section = _section_kind(rm.group(2))
            if section == "tasks" and task_section_seen:
                section = "other"
            section_title = _strip_end(text)
            if section == "tasks":
                task_section_seen = True
                roman = rm.group(1)
                stack = []
                tasks_title = section_title
            continue
        if section == "themes":
            body = _item_body(text)
            if body is None:
                unread.append(Unread(line.number, text, section_title, reason(rs.LEAD_IN)))
            else:
                proposal.themes.append(_strip_end(body))
            continue
        if section == "tasks":
            _read_task_line(line, roman, stack, roots, unread, section_title)
            continue
        if section == "organisation":
            if _read_organisation_line(text, proposal, plan_year):
                continue
        unread.append(
            Unread(
                line.number,
                text,
                section_title,
                reason(rs.SECTION_REASON.get(section, rs.NOT_READ)),
            )
        )

    if not task_section_seen:
        raise PlanReadError(reason(rs.NO_TASKS))
    for item in _leaves(roots):
        proposal.targets.extend(_targets_of(item, plan_year, unread, tasks_title))
    unread.sort(key=lambda u: u.line)
    return proposal


def _roman_value(text: str) -> str:
    m = ROMAN.match(text)
    return m.group(1) if m and m.group(1) else ""


def _item_body(text: str) -> str | None:
    for pattern in (BULLET, LETTERED):
        m = pattern.match(text)
        if m:
            return m.group(m.lastindex)
    m = NUMBERED.match(text) or NUMBERED_BARE.match(text)
    if m:
        return m.group(2)
    if text.endswith(":"):
        return None
    return text


def _read_task_line(
    line: SourceLine,
    roman: str,
    stack: list[_Item],
    roots: list[_Item],
    unread: list[Unread],
    section_title: str,
) -> None:
    text = line.text
    fields = field_of(text)
    if fields is not None:
        if not stack:
            unread.append(Unread(line.number, text, section_title, reason(rs.STRAY)))
            return
        item = stack[-1]
        for name, value in fields:
            if name in item.fields:
                item.fields[name] += "; " + value
            else:
                item.fields[name] = value
                item.field_lines[name] = line.number
        item.source.append(text)
        return
    m = NUMBERED.match(text) or NUMBERED_BARE.match(text)
    if m:
        parts = tuple(m.group(1).split("."))
        while stack and (
            stack[-1].code_parts[-1].isalpha() or len(stack[-1].code_parts) - 1 >= len(parts)
        ):
            stack.pop()
        _push(
            stack, roots, _Item((roman, *parts), _strip_end(m.group(2)), line.number, source=[text])
        )
        return
    m = LETTERED.match(text)
    if m:
        while stack and stack[-1].code_parts[-1].isalpha():
            stack.pop()
        parent_parts = stack[-1].code_parts if stack else (roman,)
        _push(
            stack,
            roots,
            _Item((*parent_parts, m.group(1)), _strip_end(m.group(2)), line.number, source=[text]),
        )
        return
    if stack and stack[-1].fields == {} and not stack[-1].children and not BULLET.match(text):
        # a task's explanation under its title
        stack[-1].source.append(text)
        unread.append(Unread(line.number, text, section_title, reason(rs.EXPLANATION)))
        return
    unread.append(Unread(line.number, text, section_title, reason(rs.UNCLEAR)))


def _push(stack: list[_Item], roots: list[_Item], item: _Item) -> None:
    if stack:
        item.parent = stack[-1]
        stack[-1].children.append(item)
    else:
        roots.append(item)
    stack.append(item)


def _leaves(items: list[_Item]):
    for item in items:
        if item.children:
            yield from _leaves(item.children)
        else:
            yield item


def _inherited(item: _Item, name: str) -> tuple[str, int] | None:
    node: _Item | None = item
    while node is not None:
        if name in node.fields:
            return node.fields[name], node.field_lines[name]
        node = node.parent
    return None


def _replace_channels(title: str, channel: str) -> str:
    split = ph.channel_split(title)
    if split is None:
        return f"{title} ({channel})"
    (a, b), _ = split
    return f"{title[:a]}({channel}){title[b:]}"


def _default_measure(title: str) -> str:
    folded = fold(title)
    for words, measure in (
        ("video clip, phong su", "video clip, phóng sự"),
        ("phong su", "phóng sự"),
        ("tin, bai", "tin, bài"),
        ("tin bai", "tin, bài"),
        ("video", "video"),
        ("ban tin", "số bản tin"),
        ("cuoc thi", "cuộc thi"),
        ("tap huan", "lớp tập huấn"),
    ):
        if words in folded:
            return measure
    return "hoạt động"


def _targets_of(
    item: _Item, year: int, unread: list[Unread], section_title: str
) -> list[ProposedTarget]:
    task = ".".join(item.code_parts)
    title = item.title
    due = _inherited(item, "due")
    window = None
    if due:
        window = ph.due_window(due[0], year)
        if window is None:
            unread.append(
                Unread(
                    due[1],
                    f"Thời gian thực hiện: {due[0]}",
                    section_title,
                    reason(rs.NO_DUE, task=task, year=year),
                )
            )
    if window is None:
        window = ph.Window(date(year, 1, 1), date(year, 12, 31), f"Năm {year}")
    lead = _inherited(item, "lead")
    lead_units = tuple(ph.split_units(lead[0])) if lead else ()
    if not lead_units:
        unread.append(Unread(item.line, item.title, section_title, reason(rs.NO_LEAD, task=task)))
    levels: list[str] = []
    for name in lead_units:
        for level in ph.unit_levels(name):
            if level not in levels:
                levels.append(level)
    partners = _inherited(item, "partners")
    frequency = item.fields.get("frequency", "")
    outputs = ph.read_outputs(frequency) if frequency else []
    if frequency and not outputs:
        unread.append(
            Unread(
                item.field_lines["frequency"],
                f"Tần suất: {frequency}",
                section_title,
                reason(rs.NO_COUNT, task=task),
            )
        )
    source = "\n".join(item.source)
    base = dict(
        task=task,
        due_start=window.start,
        due_end=window.end,
        due_label=window.label,
        lead_units=lead_units,
        partners=_strip_end(partners[0]) if partners else "",
        per_unit=bool(levels),
        unit_levels=tuple(levels),
        source=source,
        line=item.line,
    )
    if not outputs:
        counted = ph.count_in_task(title)
        return [
            ProposedTarget(
                code=task,
                title=title,
                measure=counted.measure if counted else _default_measure(title),
                target=counted.count if counted else None,
                frequency=frequency,
                **base,
            )
        ]
    channels = ph.channel_split(title)
    if len(outputs) == 1 and channels is not None:
        out = outputs[0]
        return [
            ProposedTarget(
                code=f"{task}/{ph.output_suffix(ch)}",
                title=_replace_channels(title, ch),
                measure=out.measure,
                target=out.yearly(window.start, window.end),
                frequency=out.phrase,
                **base,
            )
            for ch in channels[1]
        ]
    if len(outputs) == 1:
        out = outputs[0]
        return [
            ProposedTarget(
                code=task,
                title=title,
                measure=out.measure,
                target=out.yearly(window.start, window.end),
                frequency=out.phrase,
                **base,
            )
        ]
    has_repeat = any(o.action for o in outputs)
    targets = []
    used: set[str] = set()
    for out in outputs:
        if out.label:
            suffix = ph.output_suffix(out.label)
            own_title = _replace_channels(title, out.label)
        elif out.action:
            suffix = ph.output_suffix(out.action)
            own_title = f"{title} ({out.action})"
        elif has_repeat:
            suffix = "SX"
            own_title = title
        else:
            suffix = ph.output_suffix(out.measure)
            own_title = f"{title} ({out.measure})"
        base_suffix, n = suffix, 2
        while suffix in used:
            suffix, n = f"{base_suffix}{n}", n + 1
        used.add(suffix)
        measure = out.measure
        if out.action and fold(measure) in ("lan", "luot"):
            measure = f"lượt {out.action}"
        targets.append(
            ProposedTarget(
                code=f"{task}/{suffix}",
                title=own_title,
                measure=measure,
                target=out.yearly(window.start, window.end),
                frequency=out.phrase,
                **base,
            )
        )
    return targets


_SEND_TO = re.compile(r"\b(?:gui|ve|cho)\s+(?:ve\s+)?")
_NAME_END = re.compile(
    r"\s+(?:de\s+)?tong hop|\s+truoc\b|\s+cham nhat\b|\s+trong\b|\s+dinh ky\b|\s*[(,;]"
)


def _consolidator_in(text: str, folded: str) -> str:
    """ "… gửi Sở Khoa học và Công nghệ để tổng hợp" -> "Sở Khoa học và Công nghệ"."""
    same = len(text) == len(folded)
    heads = "|".join(h.replace(" ", r"\s+") for h in ph.ORG_HEADS)
    for m in _SEND_TO.finditer(folded):
        rest = folded[m.end() :]
        if not re.match(rf"(?:{heads})\b(?!\s+cao)", rest):
            continue
        end = _NAME_END.search(rest)
        stop = m.end() + (end.start() if end else len(rest))
        name = _strip_end(text[m.end() : stop] if same else folded[m.end() : stop])
        if name:
            return name[0].upper() + name[1:]
    return ""


def _read_organisation_line(text: str, proposal: PlanProposal, year: int) -> bool:
    folded = fold(text)
    if "tong hop" not in folded or "bao cao" not in folded:
        return False
    took = False
    name = _consolidator_in(text, folded)
    if name and not proposal.consolidator:
        proposal.consolidator = name
        took = True
    m = re.search(r"\btruoc\s+(?:ngay\s+)?", folded)
    if m:
        deadline = ph.find_date(
            text[m.end() :] if len(text) == len(folded) else folded[m.end() :], year
        )
        if deadline and not proposal.report_deadline:
            proposal.report_deadline = deadline
            took = True
    return took
