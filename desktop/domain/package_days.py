"""Which received package a unit's activities of each day come from.

A unit's package covers its plan's period: the calendar year, or the window
of Nghị định 09 (15/12 of the year before to 14/12). Packages of two years
on different windows share days (a 2022 package on the calendar year and a
2023 one on the window both carry 15–31/12/2022): each such day's
activities are those of the newest package in use covering it (the one made
last, the later received on a tie), whatever the order they were received
in, so a day is never counted twice nor left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Held:
    """A package in use (or coming into use) for the days of its period;
    `rank`: the larger is the newer; `ref`: what the caller knows it by."""

    rank: tuple
    period: tuple[date, date]
    ref: object = None

    def covers(self, day: date) -> bool:
        return self.period[0] <= day <= self.period[1]


def _newest(day: date, held: list[Held]) -> Held | None:
    covering = [h for h in held if h.covers(day)]
    return max(covering, key=lambda h: h.rank) if covering else None


def rewrites(
    incoming: Held, replaced: list[Held], others: list[Held]
) -> list[tuple[date, date, Held | None]]:
    """The runs of days (first, last) whose activities change when
    `incoming` takes the place of `replaced` (the packages of its year in use
    until now) beside `others` (the unit's packages in use of other years),
    each with the package whose activities those days now hold (None: no
    package covers them any more: they hold none)."""
    spans = [incoming.period, *(h.period for h in replaced)]
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    before, after = [*replaced, *others], [incoming, *others]
    runs: list[tuple[date, date, Held | None]] = []
    day = first
    while day <= last:
        was, now = _newest(day, before), _newest(day, after)
        # A day held by another package before and after keeps its activities;
        # every day the incoming package wins is written again from it.
        if now is incoming or now is not was:
            if runs and runs[-1][2] is now and runs[-1][1] == day - timedelta(days=1):
                runs[-1] = (runs[-1][0], day, now)
            else:
                runs.append((day, day, now))
        day += timedelta(days=1)
    return runs
