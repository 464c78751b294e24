"""A package's activity parts written as the activities are read.

A department's consolidated year holds hundreds of thousands of activities
(a province: 130 units of 2,000 each); they are streamed from the store
into `hoat-dong.json` and `hoat-dong.csv` in one pass instead of being held
as objects, records and one JSON text at once (1.6 GB for 262,000). The
JSON is the same text `json.dumps(records, ensure_ascii=False, indent=1)`
makes of the whole list.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..domain.activity import Activity
from ..domain.plan import Unit
from .listformat import write_csv


def year_activities(ws, unit: Unit, year: int, consolidated: bool) -> Iterator[Activity]:
    """The unit's activities of the year by date; `consolidated`: every
    activity of the year in the workspace, one of another unit naming it in
    `source` (before the source it already had, when it came from a level
    below)."""
    from ..store import ActivityFilter

    if not consolidated:
        yield from ws.activities.iterate(ActivityFilter(unit_id=unit.id, year=year))
        return
    names = {u.id: u.name for u in ws.units.all()}
    for a in ws.activities.iterate(ActivityFilter(year=year)):
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
    with open(json_path, "w", encoding="utf-8", newline="\n") as out:

        def passing() -> Iterator[Activity]:
            # Each activity goes to the JSON list on its way to the CSV writer.
            nonlocal count
            for a in activities:
                text = json.dumps(record(a), ensure_ascii=False, indent=1)
                out.write(("[\n " if count == 0 else ",\n ") + text.replace("\n", "\n "))
                count += 1
                if a.target_code:
                    codes.add(a.target_code)
                yield a

        write_csv(csv_path, passing())
        out.write("\n]" if count else "[]")
    return count, sorted(codes)
