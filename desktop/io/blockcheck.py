"""Checking the rows of a sheet a block at a time, column by column.

A list repeats a few dates, codes, forms, languages, themes and amounts on
thousands of rows: each column of a block is looked up in the remembered
checks of `RowChecker` in one C call (`map` over the memo), titles and links
are found clean for the whole column at once (a few string calls over the
joined column), and the Activity of every good row is made in one call.

A row the block cannot settle by itself (its date blank, its date cell the
header's, a value the officer chose to leave out, any problem in any field,
a year without a plan) is only marked: the row-by-row check
(`RowChecker.check`) gives it, so its refusal, its messages and their order
are exactly those of the general path.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Sequence
from itertools import compress, repeat, starmap
from operator import itemgetter

from ..domain.activity import MAX_TITLE, Activity, check_link, check_title
from .listformat import FIELDS
from .listlayout import is_blank

BLOCK = 5000  # rows checked together; progress is told at each block's first row
LINK_LIMIT = 4000  # check_link's bound

_first = itemgetter(0)
_second = itemgetter(1)
_third = itemgetter(2)


def looked_up(memo: dict, values: Sequence[object]) -> list:
    """memo's entry for each value, as `rowcheck._Memo` keys them: a text
    by itself, any other value with its type (1, 1.0 and True apart). A
    column of text (most) is looked up as it is, any other through
    (type, value) keys: a text keyed so is checked as the same text."""
    if set(map(type, values)) == {str}:
        return list(map(memo.__getitem__, values))
    return list(map(memo.__getitem__, zip(map(type, values), values, strict=True)))


def clean_texts(values: Sequence[object], limit: int, empty_ok: bool) -> bool:
    """True when every value is text that `clean_line` leaves as it is (in
    NFC, printable, no doubled, leading or trailing space) and is at most
    `limit` characters long (and not empty, unless `empty_ok`): the checked
    value of each cell is then the cell itself.

    The column is joined by single spaces, which no mark composes with and
    which no other space may touch: the whole is in NFC exactly when each
    cell is, printable exactly when each is, and holds a doubled space (or
    starts or ends with one) exactly when some cell does, or is empty."""
    if empty_ok:
        if set(map(type, values)) != {str}:  # a number, a date or nothing among them
            return False
        joined = " ".join(filter(None, values))  # empty cells left out
    else:
        try:
            joined = " ".join(values)
        except TypeError:
            return False
    if not joined.isprintable() or "  " in joined or joined[:1] == " " or joined[-1:] == " ":
        return False
    if not joined.isascii() and not unicodedata.is_normalized("NFC", joined):
        return False
    if not empty_ok and not all(values):
        return False
    return max(map(len, values), default=0) <= limit


def checked_texts(values: Sequence[object], check, limit: int, empty_ok: bool) -> list:
    """check(value) for each value: (value, None) for a column found clean at once."""
    if clean_texts(values, limit, empty_ok):
        return list(zip(values, repeat(None)))
    return list(map(check, values))


# The Activity fields a row gives, in the order the block passes them (the
# list format's own columns); every other field keeps its default (a fresh
# list for a default factory).
ROW_FIELDS = FIELDS


def _positional_plan() -> list[tuple[str, object]]:
    """How each Activity field is passed positionally: ("row", index into
    ROW_FIELDS), ("value", default) or ("factory", default factory)."""
    plan: list[tuple[str, object]] = []
    for f in dataclasses.fields(Activity):
        if f.name in ROW_FIELDS:
            plan.append(("row", ROW_FIELDS.index(f.name)))
        elif f.default is not dataclasses.MISSING:
            plan.append(("value", f.default))
        else:
            plan.append(("factory", f.default_factory))
    return plan


_POSITIONAL = _positional_plan()


def make_activities(columns: list[Sequence[object]], n: int) -> list[Activity]:
    """Activity(**{ROW_FIELDS[i]: columns[i][k]}) for each of the n rows k,
    in one C call: every field passed by position, defaults repeated, a
    default factory called once per row."""
    args = []
    for kind, what in _POSITIONAL:
        if kind == "row":
            args.append(columns[what])
        elif kind == "value":
            args.append(repeat(what, n))
        else:
            args.append(starmap(what, repeat((), n)))
    return list(map(Activity, *args))


def check_columns(
    checker,
    values: dict[str, Sequence[object]],
    n: int,
    has_form: bool,
    special: set[int],
) -> list[Activity]:
    """The Activities of the block's rows not in `special`, in order; rows
    with any problem (or with a year that has no plan) are added to
    `special`, left to the row-by-row check. `values` holds the cells of
    the mapped fields (after the officer's value choices)."""

    def column(f: str) -> Sequence[object]:
        got = values.get(f)
        return [None] * n if got is None else got

    def looked(memo: dict, f: str) -> list:
        got = values.get(f)
        if got is None:  # a field the sheet has no column for: one check
            return [memo[type(None), None]] * n
        return looked_up(memo, got)

    def mark(results: list, at=_second) -> None:
        if any(map(at, results)):
            special.update(compress(range(n), map(at, results)))

    if len(special) >= n:
        return []
    dates = looked_up(checker._date, column("date"))
    mark(dates)  # the reader's own message (text that is no date)
    checked_dates = list(map(_third, dates))
    mark(checked_dates)
    days = list(map(_first, dates))
    plans: dict = {}
    years = None
    if checker.year:
        checks = checker._checks(checker.year)
        if checks is None:
            special.update(range(n))
            return []
    else:
        known = set(compress(days, [i not in special for i in range(n)]))
        known.discard(None)
        year_of = {d: checker.year_of(d) for d in known}
        distinct = sorted(set(year_of.values()))
        if not distinct:
            return []
        plans = {y: checker._checks(y) for y in distinct}
        no_plan = {y for y, p in plans.items() if p is None}
        if no_plan:
            special.update(i for i, d in enumerate(days) if year_of.get(d) in no_plan)
        if len(special) >= n:
            return []
        checks = plans[distinct[0]]
        if len(distinct) > 1:
            years = list(map(year_of.get, days))

    def by_plan(name: str, cells: Sequence[object]) -> list:
        """A field checked against the plan of each row's year."""
        if years is None:
            return looked_up(getattr(checks, name), cells)
        memos = {y: getattr(p, name) for y, p in plans.items() if p is not None}
        out = []
        for y, v in zip(years, cells, strict=True):
            memo = memos.get(y)
            if memo is None:
                out.append((None, None, (None, None)))
            else:
                out.append(memo[v] if v.__class__ is str else memo[v.__class__, v])
        return out

    codes = by_plan("code", column("target_code"))
    mark(codes)  # the task matcher's own message
    checked_codes = list(map(_third, codes))
    mark(checked_codes)
    code_values = list(map(_first, codes))
    if has_form:
        forms = column("form")
    else:
        # No form column: the usual form of the row's task, if it has one.
        form_of = {}
        for y_code in set(zip(years or repeat(None), code_values, strict=False)):
            y, code = y_code
            plan_checks = checks if years is None else plans.get(y)
            if code is not None and plan_checks is not None:
                form_of[y_code] = plan_checks.usual_form[str, code]
        forms = list(map(form_of.get, zip(years or repeat(None), code_values, strict=False)))
    checked_forms = by_plan("form", forms)
    themes = by_plan("themes", column("themes"))
    titles = checked_texts(column("title"), check_title, MAX_TITLE, empty_ok=False)
    links = checked_texts(column("link"), check_link, LINK_LIMIT, empty_ok=True)
    quantities = looked(checker._quantity, "quantity")
    languages = looked(checker._language, "language")
    costs = looked(checker._cost, "cost")
    notes = looked(checker._notes, "notes")
    views = looked(checker._reach, "views")
    reach = looked(checker._reach, "reach")
    shares = looked(checker._reach, "shares")
    funding = looked(checker._funding, "funding")
    checked = (
        checked_dates, checked_codes, checked_forms, titles, quantities, languages, links,
        costs, themes, notes, views, reach, shares, funding,
    )  # fmt: skip
    for results in checked[2:]:
        mark(results)
    if len(special) >= n:
        return []
    columns = [map(_first, c) for c in checked]
    if special:
        good = [1] * n
        for i in special:
            good[i] = 0
        columns = [compress(c, good) for c in columns]
    return make_activities(columns, n - len(special))


def date_special(value: object, header_date: object) -> bool:
    """A date cell that needs the row-by-row check to decide whether the row
    is one at all: blank (a blank row, or a row missing its date) or equal to
    the header's date cell (the header repeated on a printed page)."""
    return is_blank(value) or value == header_date
