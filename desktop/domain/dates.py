"""Dates as officers type them: day first, with or without separators.

`read_typed_date` accepts "10/06/2023", "1/6/23", "10-06-2023", "10.6.2023",
"10 06 2023", "10062023" and "100623"; a day and month alone ("10/6") take the
year given. It never guesses a nearby day: 31/02/2023 is refused, and the
reason comes back as a code with its parts so the interface can word it in
the officer's language.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

# Problem codes.
EMPTY = "empty"  # nothing typed
NOT_A_DATE = "not_a_date"  # not day, month, year in a shape we read
BAD_MONTH = "bad_month"  # month outside 1..12
NO_SUCH_DAY = "no_such_day"  # the month has fewer days (31/02, 29/02/2023, 00/05)

_SEPARATED = re.compile(r"^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})(?:\s*[/.\-\s]\s*(\d{2}|\d{4}))?$")


@dataclass(frozen=True)
class DateProblem:
    code: str
    text: str = ""
    day: int = 0
    month: int = 0
    year: int = 0

    @property
    def days_in_month(self) -> int:
        if 1 <= self.month <= 12 and self.year > 0:
            return calendar.monthrange(self.year, self.month)[1]
        return 0


class TypedDateError(ValueError):
    def __init__(self, problem: DateProblem):
        super().__init__(problem.code)
        self.problem = problem


def _parts(text: str) -> tuple[str, str, str | None] | None:
    m = _SEPARATED.match(text)
    if m:
        return m.group(1), m.group(2), m.group(3)
    if text.isdigit() and len(text) in (8, 6):
        return text[:2], text[2:4], text[4:]
    if text.isdigit() and len(text) == 4:
        return text[:2], text[2:], None
    return None


def read_typed_date(text: str | None, year: int | None = None) -> date:
    """The date typed, or TypedDateError with a DateProblem.

    Two-digit years are 20yy. Without a year, `year` is used (and without
    one of those the text is not a date)."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise TypedDateError(DateProblem(EMPTY))
    parts = _parts(cleaned)
    if parts is None or (parts[2] is None and year is None):
        raise TypedDateError(DateProblem(NOT_A_DATE, cleaned))
    day, month = int(parts[0]), int(parts[1])
    y = year if parts[2] is None else int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
    assert y is not None
    if not 1 <= month <= 12:
        raise TypedDateError(DateProblem(BAD_MONTH, cleaned, day, month, y))
    if y < 1 or not 1 <= day <= calendar.monthrange(y, month)[1]:
        raise TypedDateError(DateProblem(NO_SUCH_DAY, cleaned, day, month, y))
    return date(y, month, day)


def format_date(d: date) -> str:
    return f"{d:%d/%m/%Y}"
