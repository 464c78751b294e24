"""A package's activity parts written as the activities are read.

A department's consolidated year holds hundreds of thousands of activities
(a province: 130 units of 2,000 each); they are streamed from the store
into `hoat-dong.json` and `hoat-dong.csv` in one pass instead of being held
as objects, records and one JSON text at once (1.6 GB for 262,000). The
JSON list holds one activity per line, each written by the json module's
compact C encoder (its indented output goes through the pure-Python encoder,
which was 40% of a consolidated export's time).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from ..domain.activity import Activity
from ..domain.period import CALENDAR, WINDOWS, period_years, year_period
from ..domain.plan import Unit
from ..domain.text import Message, template
from .listformat import write_csv
from .package_values import PackageError

BAD_WINDOW = template("phần “{part}”: kỳ số liệu “{window}” không hợp lệ ({windows})")


def period_filter(period: tuple[date, date], unit_id: int | None = None):
    """The filter of the activities inside a period (of one unit, when given)."""
    from ..store import ActivityFilter

    return ActivityFilter(
        unit_id=unit_id, years=period_years(period), date_from=period[0], date_to=period[1]
    )


def package_window(plan_record: object, part: str) -> str:
    """The window of a package's plan (its part `part`): a plan that names
    none (a package made before packages followed the plan's period) is the
    calendar year."""
    window = plan_record.get("window") if isinstance(plan_record, dict) else None
    if window is None:
        return CALENDAR
    if window not in WINDOWS:
        shown = window if isinstance(window, str) else json.dumps(window, ensure_ascii=False)
        raise PackageError(
            Message(BAD_WINDOW, part=part, window=shown[:40], windows=", ".join(WINDOWS))
        )
    return window


def package_period(year: int, window: str) -> tuple[date, date]:
    """The days a package of `year` covers: its plan's period."""
    return year_period(year, window)


def year_activities(
    ws, unit: Unit, period: tuple[date, date], consolidated: bool
) -> Iterator[Activity]:
    """The unit's activities inside the period (its plan's year) by date;
    `consolidated`: every activity of the period in the workspace, one of
    another unit naming it in `source` (before the source it already had,
    when it came from a level below)."""
    if not consolidated:
        yield from ws.activities.iterate(period_filter(period, unit.id))
        return
    names = {u.id: u.name for u in ws.units.all()}
    for a in ws.activities.iterate(period_filter(period)):
        if a.unit_id != unit.id:
            a.source = " / ".join(filter(None, (names.get(a.unit_id, ""), a.source)))
        yield a


def write_activity_parts(
    activities: Iterable[Activity],
    record: Callable[[Activity], dict],
    json_path: Path,
    csv_path: Path,
) -> tuple[int, list[str]]:
    """Write the activities as the JSON list and the CSV list in one pass;
    (how many, the target codes they use, sorted)."""
    count = 0
    codes: set[str] = set()
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": ")).encode
    with open(json_path, "w", encoding="utf-8", newline="\n") as out:

        def passing() -> Iterator[Activity]:
            # Each activity goes to the JSON list on its way to the CSV writer.
            nonlocal count
            for a in activities:
                out.write("[\n" if count == 0 else ",\n")
                out.write(dumps(record(a)))
                count += 1
                if a.target_code:
                    codes.add(a.target_code)
                yield a

        write_csv(csv_path, passing())
        out.write("\n]" if count else "[]")
    return count, sorted(codes)
