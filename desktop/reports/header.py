"""The header fields every report shares (the unit's and the consolidated
one): issuing unit, number, place and date, addressee, plan citation,
signature; and the small rules they are written by."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..domain.plan import Plan, Unit
from ..domain.text import clean_line, fold

# Blank left for the clerk: non-breaking spaces survive both writers.
BLANK = "\u00a0" * 7


NBSP = "\u00a0"
# Names a line never breaks inside, besides the unit's own place name.
PERSON_NAMES = ("Hồ Chí Minh",)
# Words that come before a place's name ("TỈNH QUẢNG NGÃI").
_ADMIN_WORDS = ("tỉnh", "thành phố", "thị xã", "huyện", "quận", "thị trấn", "xã", "phường")


def keep_names_together(text: str, place: str = "") -> str:
    """`text` with non-breaking spaces inside the names a clerk never breaks
    across lines: a person's name ("HỒ CHÍ MINH"), the unit's place name, and
    the place name at the end of a header line ("... TỈNH QUẢNG NGÃI")."""
    names = [n for n in (*PERSON_NAMES, place) if len(clean_line(n).split()) > 1]
    for name in names:
        words = clean_line(name).split()
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
        text = pattern.sub(lambda m: NBSP.join(m.group(0).split()), text)
    words = text.split(" ")
    lowered = [w.lower() for w in words]
    for i in range(len(words) - 1, 0, -1):
        if lowered[i - 1] in ("tỉnh", "huyện", "quận", "xã", "phường", "phố") or (
            " ".join(lowered[max(i - 2, 0) : i]) in _ADMIN_WORDS
        ):
            rest = words[i:]
            if 1 < len(rest) <= 4:
                return " ".join(words[:i] + [NBSP.join(rest)])
            break
    return text


def no_lone_last_word(text: str) -> str:
    """`text` whose last word is kept on one line with the word before it:
    a subject that wraps never leaves its year ("năm 2023") or its last
    word alone on the last line."""
    head, space, last = text.rstrip().rpartition(" ")
    return f"{head}{NBSP}{last}" if space and head.strip() else text


def closing_request(unit: Unit) -> str:
    """The closing sentence's request: units send their report to the
    department to be consolidated; the department reports to its superior."""
    addressee = clean_line(unit.addressee)
    if unit.consolidator:
        return f"kính báo cáo {addressee}"
    return f"kính gửi {addressee} tổng hợp"


def vn_date(d: date | None, *, blank_year: int | None = None) -> str:
    """ "ngày 05 tháng 01 năm 2024": days 1-9 and months 1-2 take a leading zero.
    No date: blanks for the clerk (with the year when known)."""
    if d is None:
        year = str(blank_year) if blank_year else BLANK
        return f"ngày{BLANK}tháng{BLANK}năm {year}"
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def document_number(text: str | None) -> str:
    """ "5" -> "05"; "05/BC-BQN" -> "05" (the template adds "/BC-" and the
    unit's abbreviation); blank stays blank (the clerk fills it in at issue)."""
    text = clean_line(text).split("/")[0].strip()
    if not text:
        return BLANK
    if text.isdigit():
        return f"{int(text):02d}"
    return text


# A plan named by neither its title nor its subject: what the app is for.
GENERIC_PLAN = "Kế hoạch truyền thông về Chuyển đổi số"


# Words that lead into the place in a plan's title, left out with it.
_PLACE_LEADS = (["tren", "dia", "ban"], ["cua"], ["tai"])


def plan_name(plan: Plan, year: int) -> str:
    """The plan as the report names it, from the plan's own title: "Kế
    hoạch truyền thông về Chuyển đổi số tỉnh Quảng Ngãi năm 2023" -> "Kế
    hoạch truyền thông về Chuyển đổi số năm 2023". The issuer's own place
    ("tỉnh Quảng Ngãi" of "UBND tỉnh Quảng Ngãi") is left out, as every unit
    reporting on it is of that province; the year is added when the title
    does not carry it. Without a title, the subject names it."""
    name = clean_line(plan.title)
    if not name and clean_line(plan.subject):
        name = f"Kế hoạch {clean_line(plan.subject)}"
    name = name or GENERIC_PLAN
    if not fold(name).startswith("ke hoach"):
        name = f"Kế hoạch {name[0].lower()}{name[1:]}"
    issuer = clean_line(plan.issuer).split()
    if len(issuer) > 2 and fold(issuer[0]) == "ubnd":
        place = issuer[1:]
        words = name.split()
        folded = [fold(w) for w in words]
        wanted = [fold(w) for w in place]
        for i in range(len(words) - len(place), 0, -1):
            if folded[i : i + len(place)] == wanted:
                start = i
                for lead in _PLACE_LEADS:  # "... trên địa bàn tỉnh Quảng Ngãi"
                    if i - len(lead) > 0 and folded[i - len(lead) : i] == lead:
                        start = i - len(lead)
                        break
                words = words[:start] + words[i + len(place) :]
                break
        name = " ".join(words)
    if str(year) not in name:
        name = f"{name} năm {year}"
    return name


def plan_citation(plan: Plan) -> str:
    """ "Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2023 của UBND tỉnh ... về ...".
    What is not known is left out rather than left blank or made up: without
    its number and date the plan is cited by who issued it and what about
    ("Kế hoạch của UBND tỉnh ... về ..."), by its title when neither is known.
    The report check names what is missing."""
    number = clean_line(plan.number)
    if number.isdigit():
        number = f"{int(number):02d}/KH-UBND"
    parts = ["Kế hoạch"]
    if number:
        parts.append(f"số {number}")
    if plan.signed_date:
        parts.append(vn_date(plan.signed_date))
    issuer, subject = clean_line(plan.issuer), clean_line(plan.subject)
    if not subject:  # "Kế hoạch truyền thông về ..." gives "về truyền thông về ..."
        title = clean_line(plan.title)
        head = "kế hoạch "
        subject = title[len(head) :] if title.casefold().startswith(head) else title
    if issuer:
        parts.append(f"của {issuer}")
    if subject:
        parts.append(f"về {subject}")
    return " ".join(parts)


def recipients_lines(unit: Unit) -> list[str]:
    """ "- Như trên;" first, the unit's own, "- Lưu: VT, ...." last."""
    archive = clean_line(unit.archive) or "VT"
    lines = ["Như trên"] + [r.rstrip(";.") for r in unit.recipients if clean_line(r)]
    lines.append(f"Lưu: {archive}")
    return [f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)]


@dataclass
class ReportOptions:
    """What the officer sets for this issue of the report; None: the stored
    value (report texts), then the unit profile."""

    number: str | None = None
    report_date: date | None = None
    signer_name: str | None = None
    on: date | None = None
    # The officer's texts for this issue only, over the stored ones.
    texts: dict[str, str] | None = None
    # Add "Ước thực hiện cả năm" (from the pace so far) to Phụ lục I when the
    # figures stop before the end of the year's period.
    estimate: bool = False


@dataclass(frozen=True)
class Header:
    """The template's inline fields, and the note under each appendix's title."""

    fields: dict[str, str]
    appendix_note: str


def header_fields(
    unit: Unit,
    plan: Plan,
    year: int,
    *,
    subject: str,
    number: str | None,
    report_date: date | None,
    signer_authority: str | None,
    signer_title: str | None,
    signer_name: str | None,
) -> Header:
    """The fields of a report issued by `unit` on `plan`'s year; `number`,
    `report_date` and the signer as decided by the caller (blank: left for
    the clerk; the signer's lines: the unit profile when None)."""
    number_text = document_number(number)
    date_text = vn_date(report_date, blank_year=date.today().year)
    abbreviation = clean_line(unit.abbreviation)
    place = clean_line(unit.place)
    fields = {
        "governing_body": keep_names_together(clean_line(unit.governing_body).upper(), place),
        "unit_name_upper": keep_names_together(clean_line(unit.name).upper(), place),
        "unit_name": clean_line(unit.name),
        "number": number_text,
        "abbreviation": abbreviation,
        "place_date": f"{place}, {date_text}" if place else date_text[0].upper() + date_text[1:],
        "subject": no_lone_last_word(subject),
        "addressee": clean_line(unit.addressee),
        "closing_request": closing_request(unit),
        "plan_citation": plan_citation(plan),
        "plan_name": plan_name(plan, year),
        "year": str(year),
        "next_year": str(year + 1),
        "signer_authority": clean_line(signer_authority or unit.signer_authority),
        "signer_title": clean_line(signer_title or unit.signer_title),
        "signer_name": clean_line(signer_name or unit.signer_name),
    }
    note = (
        f"(Kèm theo Báo cáo số {number_text}/BC-{abbreviation} {date_text} "
        f"của {fields['unit_name']})"
    )
    return Header(fields, note)
