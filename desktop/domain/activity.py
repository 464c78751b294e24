"""Activities and the rules a valid one follows.

Validation is shared by the form, the importers and the command line: each
rule returns `Problem`s (field and a message in Vietnamese), never raises.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from .forms import match_form
from .plan import Plan, Theme
from .reach import check_funding, check_reach
from .text import (
    Count,
    Message,
    NumberError,
    clean_line,
    clean_multiline,
    fold,
    joined,
    parse_whole_number,
    template,
)
from .themes import match_themes

LANGUAGES = ("Tiếng Việt", "Tiếng Anh", "Tiếng Việt và Tiếng Anh")
# The languages in which an activity reaches English readers.
ENGLISH = LANGUAGES[1:]
DEFAULT_LANGUAGE = LANGUAGES[0]
MAX_TITLE = 2000
# A form is a few words ("Chuyên mục truyền hình"); a longer new one is no form.
MAX_FORM = 120
MAX_NOTES = 100_000
MAX_QUANTITY = 1_000_000
MAX_COST = 10**14
# A unit's year in total: far beyond what any province spends or publishes
# (its whole yearly budget is some 10^13 đồng), and far below where sums
# stop being exact.
MAX_YEAR_COST = 10**15
MAX_YEAR_QUANTITY = 10**9


YEAR_COST_TOO_HIGH = template(
    "tổng kinh phí năm {year} của “{unit}”{source} sẽ là {cost} đồng, vượt mức {limit} đồng mà "
    "không đơn vị nào đạt tới; hãy kiểm tra cột Kinh phí"
)
YEAR_QUANTITY_TOO_HIGH = template(
    "tổng số lượng năm {year} của “{unit}”{source} sẽ là {quantity}, vượt mức {limit} mà không "
    "đơn vị nào đạt tới; hãy kiểm tra cột Số lượng"
)
FROM_SOURCE = template(" (từ {where})")
# Where a refused value is (Problem.describe).
IN_SHEET = template("trang “{sheet}”")
IN_ROW = template("dòng {row}")
IN_COLUMN = template("cột “{field}”: {message}")


def year_totals_problem(
    cost: float, quantity: float, unit: str, year: int, where: str = ""
) -> Message | None:
    """Why a unit's year with these totals cannot be real (None when it can)."""
    source = Message(FROM_SOURCE, where=where) if where else ""
    values = {"year": str(year), "unit": unit, "source": source}
    if cost > MAX_YEAR_COST:
        return Message(
            YEAR_COST_TOO_HIGH,
            cost=Count(round(cost)),
            limit=Count(MAX_YEAR_COST),
            **values,
        )
    if quantity > MAX_YEAR_QUANTITY:
        return Message(
            YEAR_QUANTITY_TOO_HIGH,
            quantity=Count(round(quantity)),
            limit=Count(MAX_YEAR_QUANTITY),
            **values,
        )
    return None


# Field names as the officer sees them (the list format's headers).
FIELD_LABELS = {
    "date": "Ngày",
    "target_code": "Mã chỉ tiêu",
    "form": "Hình thức",
    "title": "Tiêu đề",
    "quantity": "Số lượng",
    "language": "Ngôn ngữ",
    "link": "Đường dẫn",
    "cost": "Kinh phí (đồng)",
    "themes": "Chủ đề",
    "notes": "Ghi chú",
    "views": "Lượt xem",
    "reach": "Lượt tiếp cận",
    "shares": "Lượt chia sẻ",
    "funding": "Nguồn kinh phí",
}


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    row: int | None = None
    sheet: str | None = None
    source: str | None = None

    @property
    def label(self) -> str:
        return FIELD_LABELS.get(self.field, self.field)

    def describe(self) -> str:
        """Where and why, as one Message: "a.xlsx, trang “T1”, dòng 4: cột “Ngày”: …"."""
        where = []
        if self.source:
            where.append(self.source)
        if self.sheet:
            where.append(Message(IN_SHEET, sheet=self.sheet))
        if self.row is not None:
            where.append(Message(IN_ROW, row=self.row))
        body = (
            Message(IN_COLUMN, field=Message(self.label), message=self.message)
            if self.field
            else self.message
        )
        return joined(": ", [joined(", ", where), body]) if where else body


@dataclass
class Activity:
    date: date
    title: str
    form: str
    target_code: str | None = None
    quantity: int = 1
    language: str = DEFAULT_LANGUAGE
    link: str = ""
    cost: int = 0
    themes: tuple[int, ...] = ()
    notes: str = ""
    unit_id: int | None = None
    id: int | None = None
    uid: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    attachments: list[str] = field(default_factory=list)
    # The unit that recorded it, for an activity received in a department's
    # consolidated package ("" for the unit's own).
    source: str = ""
    # Reach where the unit recorded it (None: not recorded, unlike 0).
    views: int | None = None
    reach: int | None = None
    shares: int | None = None
    # One of reach.FUNDING_SOURCES, "" when not recorded.
    funding: str = ""

    @property
    def year(self) -> int:
        return self.date.year

    def dedup_key(self) -> tuple:
        return (
            self.unit_id, self.date, self.target_code or "", self.title, self.link, self.source
        )  # fmt: skip


def themes_to_mask(themes: tuple[int, ...] | list[int]) -> int:
    mask = 0
    for t in themes:
        mask |= 1 << (t - 1)
    return mask


def mask_to_themes(mask: int) -> tuple[int, ...]:
    return tuple(i + 1 for i in range(32) if mask >> i & 1)


def format_themes(themes: tuple[int, ...] | list[int]) -> str:
    return "; ".join(str(t) for t in sorted(themes))


_DATE_SEPARATORS = str.maketrans({"-": "/", ".": "/"})


@lru_cache(maxsize=4096)
def parse_date_text(text: str) -> date | None:
    """dd/mm/yyyy, also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and d/m/yy (20yy);
    None when it is not such a date. Day first, as Vietnamese write it."""
    parts = text.strip().translate(_DATE_SEPARATORS).split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) not in (2, 4):
        return None
    year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    try:
        return date(year, int(parts[1]), int(parts[0]))
    except ValueError:
        return None


# The reasons a field is refused (codes: the interface shows them in its language).
NO_DATE = template("chưa có ngày")
NOT_A_DATE = template("“{text}” không phải ngày dạng dd/mm/yyyy")
NO_SUCH_MONTH = template("“{text}” không phải ngày có thật: không có tháng {month}")
NO_SUCH_DAY = template(
    "“{text}” không phải ngày có thật: tháng {month} năm {year} chỉ có {days} ngày, không có "
    "ngày {day}"
)
NOT_A_THEME = template("“{value}” không phải số chủ đề")
THEME_RANGE = template("“{value}” không phải số chủ đề (từ {low} đến {high})")
OTHER_YEAR = template("ngày {day} không thuộc năm {year}")
OUTSIDE_PERIOD = template("ngày {day} nằm ngoài kỳ số liệu năm {year} ({first} – {last})")
UNKNOWN_TARGET = template("“{code}” không có trong kế hoạch năm {year}")
NO_FORM = template("chưa chọn hình thức")
UNKNOWN_FORM = template("“{form}” không phải hình thức có trong danh mục ({forms})")
NO_TITLE = template("chưa có tiêu đề")
TITLE_TOO_LONG = template("dài {length} ký tự, tối đa {limit}")
QUANTITY_BELOW_ONE = template("phải là số nguyên từ 1 trở lên")
QUANTITY_TOO_LARGE = template("quá lớn (tối đa 1.000.000)")
UNKNOWN_LANGUAGE = template("“{text}” phải là Tiếng Việt, Tiếng Anh hoặc Tiếng Việt và Tiếng Anh")
LINK_TOO_LONG = template("đường dẫn quá dài")
COST_NEGATIVE = template("không được âm")
COST_TOO_LARGE = template("quá lớn")
NOTES_TOO_LONG = template("ghi chú quá dài (tối đa 100.000 ký tự)")


def parse_date_value(value: object) -> tuple[date | None, str | None]:
    """A date cell or "dd/mm/yyyy" text -> (date, None), or (None, reason)."""
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    text = _text(value).strip()
    if not text:
        return None, Message(NO_DATE)
    d = parse_date_text(text)
    if d is None:
        return None, _no_such_date(text)
    return d, None


def _no_such_date(text: str) -> str:
    """Why `text` is no date: a day or month that does not exist (31/02/2023,
    14/13/2023) said as such, never moved to a nearby day; any other shape
    is not a date written dd/mm/yyyy."""
    parts = text.strip().translate(_DATE_SEPARATORS).split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[2]) not in (2, 4):
        return Message(NOT_A_DATE, text=text)
    day, month = int(parts[0]), int(parts[1])
    year = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    if not 1 <= month <= 12:
        return Message(NO_SUCH_MONTH, text=text, month=str(month))
    if year < 1:
        return Message(NOT_A_DATE, text=text)
    days = calendar.monthrange(year, month)[1]
    return Message(NO_SUCH_DAY, text=text, day=str(day), month=str(month), year=str(year),
                   days=str(days))  # fmt: skip


def parse_themes(
    value: object, valid: set[int], themes: tuple[Theme, ...] = ()
) -> tuple[tuple[int, ...], str | None]:
    """ "1; 3,5" -> (1, 3, 5); with the plan's `themes`, words too ("Kinh tế
    số; Chủ đề 5", see domain.themes). Returns (themes, error message or None)."""
    if value is None:
        return (), None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and not value.is_integer():
            return (), Message(NOT_A_THEME, value=value)
        parts = [str(int(value))]
    else:
        text = clean_line(str(value))
        if not text:
            return (), None
        parts = [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]
        if themes and not all(p.isdigit() for p in parts):
            return match_themes(text, themes)
    found: set[int] = set()
    for p in parts:
        if not p.isdigit() or int(p) not in valid:
            lo, hi = (min(valid), max(valid)) if valid else (1, 8)
            return (), Message(THEME_RANGE, value=p, low=lo, high=hi)
        found.add(int(p))
    return tuple(sorted(found)), None


@dataclass
class RawActivity:
    """An activity as typed or read from a file, before validation."""

    date: object = None
    target_code: object = None
    form: object = None
    title: object = None
    quantity: object = None
    language: object = None
    link: object = None
    cost: object = None
    themes: object = None
    notes: object = None
    views: object = None
    reach: object = None
    shares: object = None
    funding: object = None


def _text(value: object) -> str:
    if value.__class__ is str:  # most cells: no conversion
        return value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


_LANGUAGE_ALIASES = {
    "tieng viet": LANGUAGES[0],
    "viet": LANGUAGES[0],
    "vi": LANGUAGES[0],
    "tieng anh": LANGUAGES[1],
    "anh": LANGUAGES[1],
    "en": LANGUAGES[1],
    "english": LANGUAGES[1],
    "tieng viet va tieng anh": LANGUAGES[2],
    "tieng viet tieng anh": LANGUAGES[2],
    "tieng viet va anh": LANGUAGES[2],
    "viet va anh": LANGUAGES[2],
    "viet anh": LANGUAGES[2],
    "anh viet": LANGUAGES[2],
    "song ngu": LANGUAGES[2],
    "song ngu viet anh": LANGUAGES[2],
    "vi en": LANGUAGES[2],
    "en vi": LANGUAGES[2],
    "both": LANGUAGES[2],
    "bilingual": LANGUAGES[2],
    "ca hai": LANGUAGES[2],
}


# Imports check the same few theme lists on every row: remember them.
@lru_cache(maxsize=64)
def _language_named(text: str) -> str:
    folded = fold(text)
    named = _LANGUAGE_ALIASES.get(folded)
    if named is None:  # "Việt - Anh", "vi/en", "Tiếng Việt, Tiếng Anh"
        words = " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())
        named = _LANGUAGE_ALIASES.get(words, "")
    return named


@lru_cache(maxsize=1024, typed=True)
def _themes(value: object, themes: tuple[Theme, ...]) -> tuple[tuple[int, ...], str | None]:
    return parse_themes(value, {t.number for t in themes}, themes)


# One check per field, each (clean value, message or None): validate() applies
# them all, and an import applies them once per distinct cell value.


def check_date(
    value: object, year: int | None = None, period: tuple[date, date] | None = None
) -> tuple[date | None, str | None]:
    """A date, of `year` when given; with `period` (the year's, under its
    plan's window), inside it: the calendar year says "không thuộc năm"."""
    d, err = parse_date_value(value)
    if d is None:
        return d, err
    if period is not None and not period[0] <= d <= period[1]:
        if period == (date(period[0].year, 1, 1), date(period[0].year, 12, 31)):
            return None, Message(OTHER_YEAR, day=f"{d:%d/%m/%Y}", year=period[0].year)
        return None, Message(
            OUTSIDE_PERIOD,
            day=f"{d:%d/%m/%Y}",
            year=year if year is not None else period[1].year,
            first=f"{period[0]:%d/%m/%Y}",
            last=f"{period[1]:%d/%m/%Y}",
        )
    if period is None and year is not None and d.year != year:
        return None, Message(OTHER_YEAR, day=f"{d:%d/%m/%Y}", year=year)
    return d, err


def check_target_code(value: object, plan: Plan) -> tuple[str | None, str | None]:
    code = clean_line(_text(value)) or None
    if code is not None and plan.target(code) is None:
        return code, Message(UNKNOWN_TARGET, code=code, year=plan.year)
    return code, None


def check_form(
    value: object,
    forms: tuple[str, ...],
    *,
    allow_new: bool = False,
    aliases: tuple[tuple[str, str], ...] = (),
) -> tuple[str, str | None]:
    """The catalogue form the text means (desktop.domain.forms). A word that
    matches none is kept as written when `allow_new` (lists the officer
    imports), refused otherwise."""
    match = match_form(value, forms, aliases)
    if not match.form:
        return "", Message(NO_FORM)
    if match.is_new and len(match.form) > MAX_FORM:
        length, limit = Count(len(match.form)), Count(MAX_FORM)
        return match.form[:MAX_FORM], Message(TITLE_TOO_LONG, length=length, limit=limit)
    if match.is_new and not allow_new:
        return match.form, Message(UNKNOWN_FORM, form=match.form, forms=", ".join(forms))
    return match.form, None


def check_title(value: object) -> tuple[str, str | None]:
    title = clean_line(_text(value))
    if not title:
        return title, Message(NO_TITLE)
    if len(title) > MAX_TITLE:
        return title, Message(TITLE_TOO_LONG, length=Count(len(title)), limit=Count(MAX_TITLE))
    return title, None


def check_quantity(value: object) -> tuple[int, str | None]:
    try:
        q = parse_whole_number(value)
    except NumberError as e:
        return 1, e.message
    if q is None:
        return 1, None
    if q < 1:
        return 1, Message(QUANTITY_BELOW_ONE)
    if q > MAX_QUANTITY:
        return 1, Message(QUANTITY_TOO_LARGE)
    return q, None


def check_language(value: object) -> tuple[str, str | None]:
    text = clean_line(_text(value))
    if not text:
        return DEFAULT_LANGUAGE, None
    language = _language_named(text)
    if not language:
        return language, Message(UNKNOWN_LANGUAGE, text=text)
    return language, None


def check_link(value: object) -> tuple[str, str | None]:
    link = clean_line(_text(value))
    return link, (Message(LINK_TOO_LONG) if len(link) > 4000 else None)


def check_cost(value: object) -> tuple[int, str | None]:
    try:
        c = parse_whole_number(value, money=True)
    except NumberError as e:
        return 0, e.message
    if c is None:
        return 0, None
    if c < 0:
        return 0, Message(COST_NEGATIVE)
    if c > MAX_COST:
        return 0, Message(COST_TOO_LARGE)
    return c, None


def check_themes(value: object, plan: Plan) -> tuple[tuple[int, ...], str | None]:
    return _themes(value, tuple(plan.themes))


def check_notes(value: object) -> tuple[str, str | None]:
    notes = clean_multiline(_text(value))
    return notes, (Message(NOTES_TOO_LONG) if len(notes) > MAX_NOTES else None)


def activity_or_problems(
    checked: list[tuple[str, tuple[object, str | None]]],
) -> tuple[Activity | None, list[Problem]]:
    """The Activity of checked fields [(field, (value, message))...], or None
    and a Problem for every message, in the order given."""
    problems = [Problem(f, msg) for f, (_, msg) in checked if msg]
    if problems:
        return None, problems
    return Activity(**{f: value for f, (value, _) in checked}), []


def validate(
    raw: RawActivity, plan: Plan, *, year: int | None = None, allow_new_forms: bool = False
) -> tuple[Activity | None, list[Problem]]:
    """Check one activity against the rules of the list format and the plan.

    Returns the clean Activity (or None) and every problem found, so a form
    can show them all beside their fields at once. With `allow_new_forms` (a
    unit's package), a form the catalogue lacks is the unit's own word.
    """
    return activity_or_problems(
        [
            ("date", check_date(raw.date, year)),
            ("target_code", check_target_code(raw.target_code, plan)),
            (
                "form",
                check_form(
                    raw.form,
                    tuple(plan.forms),
                    allow_new=allow_new_forms,
                    aliases=plan.form_aliases,
                ),
            ),
            ("title", check_title(raw.title)),
            ("quantity", check_quantity(raw.quantity)),
            ("language", check_language(raw.language)),
            ("link", check_link(raw.link)),
            ("cost", check_cost(raw.cost)),
            ("themes", check_themes(raw.themes, plan)),
            ("notes", check_notes(raw.notes)),
            ("views", check_reach(raw.views)),
            ("reach", check_reach(raw.reach)),
            ("shares", check_reach(raw.shares)),
            ("funding", check_funding(raw.funding)),
        ]
    )


class RepeatedChecks:
    """`validate` for many records of one plan and year, each distinct value
    of a field checked once: a package's 2,000 activities repeat the same
    dates, codes, forms, amounts and themes. Gives what `validate` gives.
    `period`: the dates taken (a package's plan's period) instead of `year`'s."""

    def __init__(
        self,
        plan: Plan,
        *,
        year: int | None = None,
        allow_new_forms: bool = False,
        period: tuple[date, date] | None = None,
    ):
        forms, aliases = tuple(plan.forms), plan.form_aliases
        self._checks = {
            "date": lambda v: check_date(v, year, period),
            "target_code": lambda v: check_target_code(v, plan),
            "form": lambda v: check_form(v, forms, allow_new=allow_new_forms, aliases=aliases),
            "quantity": check_quantity,
            "language": check_language,
            "cost": check_cost,
            "themes": lambda v: check_themes(v, plan),
            "notes": check_notes,
            "reach": check_reach,
            "funding": check_funding,
        }
        self._seen: dict[tuple, tuple] = {}

    def _field(self, name: str, value: object) -> tuple:
        key = (name, value.__class__, value)
        try:
            return self._seen[key]
        except KeyError:
            result = self._seen[key] = self._checks[name](value)
            return result
        except TypeError:  # a value that cannot be a key: checked each time
            return self._checks[name](value)

    def validate(self, raw: RawActivity) -> tuple[Activity | None, list[Problem]]:
        field_ = self._field
        return activity_or_problems(
            [
                ("date", field_("date", raw.date)),
                ("target_code", field_("target_code", raw.target_code)),
                ("form", field_("form", raw.form)),
                ("title", check_title(raw.title)),
                ("quantity", field_("quantity", raw.quantity)),
                ("language", field_("language", raw.language)),
                ("link", check_link(raw.link)),
                ("cost", field_("cost", raw.cost)),
                ("themes", field_("themes", raw.themes)),
                ("notes", field_("notes", raw.notes)),
                ("views", field_("reach", raw.views)),
                ("reach", field_("reach", raw.reach)),
                ("shares", field_("reach", raw.shares)),
                ("funding", field_("funding", raw.funding)),
            ]
        )
