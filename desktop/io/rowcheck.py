"""Checking the rows of an activity list against the plan of each row's year.

Rows are checked by the shared per-field rules that make up
`desktop.domain.activity.validate`; a file's task column may hold a target's
code or words of its title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ..domain.activity import (
    Activity,
    Problem,
    activity_or_problems,
    check_cost,
    check_date,
    check_form,
    check_language,
    check_link,
    check_notes,
    check_quantity,
    check_target_code,
    check_themes,
    check_title,
    parse_date_value,
)
from ..domain.period import plan_period, year_holding
from ..domain.plan import Plan, Target
from ..domain.reach import check_funding, check_reach
from ..domain.text import Message, clean_line, fold, template
from .file_messages import shortened
from .listformat import header_key
from .valuemap import ValueRules

# Why a row's value is refused (the list reading's own checks).
SEVERAL_TARGETS = template("“{text}” khớp với nhiều chỉ tiêu ({codes}); hãy ghi rõ mã chỉ tiêu")
NO_SUCH_TARGET = template("“{text}” không phải mã hay tên chỉ tiêu nào trong kế hoạch năm {year}")
NOT_A_DATE_NUMBER = template("“{value}” không phải ngày (cần ngày dạng dd/mm/yyyy)")
NO_PLAN_FOR_YEAR = template("chưa có kế hoạch năm {year} trong dữ liệu")
NO_FORM_COLUMN = template(
    "tệp không có cột Hình thức và chỉ tiêu của dòng không cho biết hình thức; "
    "hãy chọn cột Hình thức"
)

# Excel counts days from 30/12/1899 (its 1900 leap-year bug folded in).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 1, 1) - _EXCEL_EPOCH).days


# -- the task of a row: a code or a recognisable title ------------------------

_STOP = {"va", "cua", "tren", "ve", "cac", "cho", "tai", "trong", "the", "so"}


def _tokens(text: str) -> set[str]:
    return {t for t in header_key(text).split() if t not in _STOP}


# Abbreviations of the plans' words as officers write them, by folded form.
_WRITTEN_OUT = {
    "cds": "chuyển đổi số",
    "cntt": "công nghệ thông tin",
    "mxh": "mạng xã hội",
    "dvc": "dịch vụ công",
    "dvctt": "dịch vụ công trực tuyến",
    "tttt": "thông tin và truyền thông",
    "tt&tt": "thông tin và truyền thông",
}
_ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:CĐS|CDS|CNTT|MXH|DVCTT|DVC|TT&TT|TTTT)(?!\w)", re.IGNORECASE
)


class TaskMatcher:
    """Resolves what a file writes in its task column to a target code of a
    plan: the code itself (any case, with or without accents) or words of
    the task title that point to exactly one target."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self._cache: dict[str, tuple[str | None, str | None]] = {}
        self._by_code = {t.code: t for t in plan.targets}
        self._by_folded_code: dict[str, list[Target]] = {}
        for t in plan.targets:
            self._by_folded_code.setdefault(fold(t.code), []).append(t)
        self._titles = [(t, header_key(t.title), _tokens(t.title)) for t in plan.targets]

    def resolve(self, value: object) -> tuple[str | None, str | None]:
        """(code or None, problem message or None)."""
        text = clean_line(str(value)) if value is not None else ""
        if isinstance(value, float) and value.is_integer():
            text = str(int(value))
        if not text:
            return None, None
        if text in self._by_code:
            return text, None
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._match(text)
        return hit

    def _match(self, text: str) -> tuple[str | None, str | None]:
        found = self._match_words(text)
        if found[0] is None:
            # Officers shorten the plan's words ("tìm hiểu về CĐS"): read
            # again with the usual abbreviations written out.
            written_out = _ABBREVIATIONS.sub(lambda m: _WRITTEN_OUT[fold(m.group(0))], text)
            if written_out != text:
                again = self._match_words(written_out)
                if again[0] is not None:
                    return again
        return found

    def _match_words(self, text: str) -> tuple[str | None, str | None]:
        folded = fold(text).replace(" ", "")
        same = self._by_folded_code.get(folded, [])
        if len(same) == 1:
            return same[0].code, None
        key = header_key(text)
        words = _tokens(text)
        candidates = []
        if len(key) >= 8:
            candidates = [t for t, title, _ in self._titles if key in title or title in key]
        # Words of the title, or one distinctive word ("Zalo"), naming one target only.
        if not candidates and (len(words) >= 2 or any(len(w) >= 4 for w in words)):
            candidates = [t for t, _, toks in self._titles if words <= toks]
        if not candidates:
            # The beginning of a task title copied, then details added
            # ("... của Đài - tháng 3"): the title sharing the longest run of
            # leading words, when no other shares as many.
            runs = sorted(
                ((_common_words(key, title), t) for t, title, _ in self._titles),
                key=lambda x: -x[0],
            )
            if runs and runs[0][0] >= 4:
                best = [t for n, t in runs if n == runs[0][0]]
                if len(best) == 1:
                    return best[0].code, None
                candidates = best
        if len(candidates) == 1:
            return candidates[0].code, None
        if len(candidates) > 1:
            codes = ", ".join(t.code for t in candidates[:6])
            return None, Message(SEVERAL_TARGETS, text=text, codes=codes)
        return None, Message(NO_SUCH_TARGET, text=text, year=self.plan.year)


def _common_words(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.split(), b.split(), strict=False):
        if x != y:
            break
        n += 1
    return n


def usual_form(target: Target, forms: list[str]) -> str | None:
    """The form a target is counted in, when the plan's measure for it is
    exactly one of the forms (a programme target "chuyên mục" -> Chuyên mục).
    Targets measured in mixed units ("tin, bài, video") have none."""
    measure = fold(target.measure)
    return next((f for f in forms if fold(f) == measure), None)


# -- cell values ---------------------------------------------------------------


def excel_serial_date(value: float) -> date | None:
    if _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    return None


def date_of(value: object) -> tuple[date | None, str | None]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        d = excel_serial_date(value)
        if d is None:
            return None, Message(NOT_A_DATE_NUMBER, value=f"{value:g}")
        return d, None
    if isinstance(value, datetime):
        return value.date(), None
    return parse_date_value(value)


class _Memo(dict):
    """One field check remembered by raw cell value within one import: lists
    repeat the same dates, forms, codes and amounts on thousands of rows.
    Looked up as memo[value] for text (most cells; a text equals only a
    text) and memo[type(value), value] for any other value (1, 1.0 and True
    are equal keys), a plain dict lookup once the value was seen; cell
    values as the readers give them are all hashable."""

    def __init__(self, check: Callable[[object], tuple]):
        super().__init__()
        self.check = check

    def __missing__(self, key: object) -> tuple:
        result = self[key] = self.check(key if key.__class__ is str else key[1])
        return result


class _PlanChecks:
    """The checks of the fields that depend on one plan, remembered."""

    def __init__(self, plan: Plan, kept_forms: tuple[str, ...] = ()):
        matcher = TaskMatcher(plan)
        # Words the officer chose to keep as written are forms of their own.
        forms = tuple(plan.forms) + kept_forms

        def code(value: object) -> tuple:
            code, error = matcher.resolve(value)
            return code, error, check_target_code(code, plan)

        self.code = _Memo(code)
        self.usual_form = _Memo(lambda code: usual_form(plan.target(code), plan.forms))
        # A word matching no form is the officer's own form, never a refusal.
        aliases = plan.form_aliases
        self.form = _Memo(lambda value: check_form(value, forms, allow_new=True, aliases=aliases))
        self.themes = _Memo(lambda value: check_themes(value, plan))


class RowChecker:
    """Validates rows against the plan of each row's year by the per-field
    rules of `validate`, each distinct cell value of a field checked once.

    A row's year is the one asked for (`year`, the dates refused outside
    its plan's period), else the year whose plan's period holds its date
    (domain.period.year_holding): under Nghị định 09, 20/12/2022 is a row
    of 2023."""

    def __init__(
        self,
        plan_for_year: Callable[[int | None], Plan | None],
        year: int | None,
        rules: ValueRules | None = None,
    ):
        self.plan_for_year = plan_for_year
        self.year = year
        self.rules = rules or ValueRules()
        self._plans: dict[int | None, _PlanChecks | None] = {}
        self._periods: dict[int, tuple[date, date] | None] = {}
        self._years: dict[date, int] = {}
        period = self.period(year) if year else None

        def check_day(value: object) -> tuple:
            d, error = date_of(value)
            return d, error, check_date(d, year, period)

        self._date = _Memo(check_day)
        self._quantity = _Memo(check_quantity)
        self._language = _Memo(check_language)
        self._cost = _Memo(check_cost)
        self._notes = _Memo(check_notes)  # mostly empty or a few repeated remarks
        self._reach = _Memo(check_reach)  # views, reach and shares alike
        self._funding = _Memo(check_funding)

    def period(self, year: int) -> tuple[date, date] | None:
        """The period of the year's plan (None: the year has no plan)."""
        try:
            return self._periods[year]
        except KeyError:
            plan = self.plan_for_year(year)
            period = self._periods[year] = None if plan is None else plan_period(plan)
            return period

    def year_of(self, day: date) -> int:
        """The year a row of `day` is checked against and filed under."""
        if self.year:
            return self.year
        try:
            return self._years[day]
        except KeyError:
            year = self._years[day] = year_holding(day, self.period)
            return year

    def _checks(self, year: int | None) -> _PlanChecks | None:
        try:
            return self._plans[year]
        except KeyError:
            plan = self.plan_for_year(year)
            checks = self._plans[year] = (
                _PlanChecks(plan, tuple(self.rules.kept_forms)) if plan else None
            )
            return checks

    def check(self, values: dict[str, object], has_form_column: bool):
        """(Activity or None, problems) for one row's cell values by field."""
        get = values.get
        v = get("date")
        d, date_error, checked_date = (
            self._date[v] if v.__class__ is str else self._date[v.__class__, v]
        )
        wanted = self.year or (self.year_of(d) if d else None)
        checks = self._checks(wanted)
        if checks is None:
            return None, [Problem("date", Message(NO_PLAN_FOR_YEAR, year=wanted))]
        v = get("target_code")
        code, code_error, checked_code = (
            checks.code[v] if v.__class__ is str else checks.code[v.__class__, v]
        )
        form = get("form")
        if not has_form_column and code is not None:
            form = checks.usual_form[str, code]
        checked_form = (
            checks.form[form] if form.__class__ is str else checks.form[form.__class__, form]
        )
        title = check_title(get("title"))
        v = get("quantity")
        quantity = self._quantity[v] if v.__class__ is str else self._quantity[v.__class__, v]
        v = get("language")
        language = self._language[v] if v.__class__ is str else self._language[v.__class__, v]
        link = check_link(get("link"))
        v = get("cost")
        cost = self._cost[v] if v.__class__ is str else self._cost[v.__class__, v]
        v = get("themes")
        themes = checks.themes[v] if v.__class__ is str else checks.themes[v.__class__, v]
        v = get("notes")
        notes = self._notes[v] if v.__class__ is str else self._notes[v.__class__, v]
        v = get("views")
        views = self._reach[v] if v.__class__ is str else self._reach[v.__class__, v]
        v = get("reach")
        reach = self._reach[v] if v.__class__ is str else self._reach[v.__class__, v]
        v = get("shares")
        shares = self._reach[v] if v.__class__ is str else self._reach[v.__class__, v]
        v = get("funding")
        funding = self._funding[v] if v.__class__ is str else self._funding[v.__class__, v]
        if not (
            code_error or checked_date[1] or checked_code[1] or checked_form[1] or title[1]
            or quantity[1] or language[1] or link[1] or cost[1] or themes[1] or notes[1]
            or views[1] or reach[1] or shares[1] or funding[1]
        ):  # fmt: skip
            # A good row (most are): only the values to assemble. A date
            # error always comes with validate's own date message.
            return Activity(
                date=checked_date[0],
                target_code=checked_code[0],
                form=checked_form[0],
                title=title[0],
                quantity=quantity[0],
                language=language[0],
                link=link[0],
                cost=cost[0],
                themes=themes[0],
                notes=notes[0],
                views=views[0],
                reach=reach[0],
                shares=shares[0],
                funding=funding[0],
            ), []
        activity, problems = activity_or_problems(
            [
                ("date", checked_date),
                ("target_code", checked_code),
                ("form", checked_form),
                ("title", title),
                ("quantity", quantity),
                ("language", language),
                ("link", link),
                ("cost", cost),
                ("themes", themes),
                ("notes", notes),
                ("views", views),
                ("reach", reach),
                ("shares", shares),
                ("funding", funding),
            ]
        )
        extra = []
        if date_error:
            extra.append(Problem("date", date_error))
        if code_error:
            extra.append(Problem("target_code", code_error))
        if not has_form_column and not form:
            problems = [p for p in problems if p.field != "form"]
            extra.append(Problem("form", Message(NO_FORM_COLUMN)))
        if extra:
            problems = [p for p in problems if not (p.field == "date" and date_error)]
            activity, problems = None, extra + problems
        # A cell's value is quoted at most SHOWN_CHARS long (the cell itself
        # stays whole for the file of refused rows).
        return activity, [Problem(p.field, shortened(p.message)) for p in problems]
