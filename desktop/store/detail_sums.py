"""The consolidated report's details (reach, English, themes, funding)
summed in SQL over every unit whose figures are held.

A ministry holds millions of activities: grouping them by unit, code, form,
source and themes at once made a sort of every record and close to a
million groups in Python. Here each figure is read where it is cheap:

- per code, the activities, quantities and costs from the consolidation
  index (year, target_code, date, unit_id, quantity, cost), already in code
  order, so no sort;
- reach, English and funding only from the records that have any, reached
  unit by unit through the list index (unit_id, year, date, ...);
- themes per set of themes from the list index alone.

The sums equal those of `FiguresRepository.details` added up over the same
units (tests/test_consolidated_figures.py pins them).
"""

from __future__ import annotations

import json
from collections.abc import Collection

from ..domain.activity import ENGLISH, mask_to_themes
from ..domain.reach import Details, DetailSums, Reach

Where = tuple[str, list]  # an SQL condition and its parameters


def summed_details(
    conn, period: Where, joined: Where, until: str, leave_out: Collection[int]
) -> DetailSums:
    """The details of the activities in the period (`period`: its condition
    on the activities' year and date; `joined`: the same on the activities
    as `a`) dated up to `until` (ISO), of every unit but those in `leave_out`."""
    cursor = conn.cursor()
    cursor.row_factory = None
    left = json.dumps(sorted(leave_out))
    out = DetailSums()
    unit_clause = " AND unit_id NOT IN (SELECT value FROM json_each(?))" if leave_out else ""
    cost = 0
    for code, count, quantity, spent in cursor.execute(
        "SELECT target_code, count(*), total(quantity), total(cost) FROM activities "
        f"WHERE {period[0]} AND date <= ?{unit_clause} GROUP BY target_code",
        [*period[1], until, *([left] if leave_out else [])],
    ):
        out.codes[code] = Details(quantity=int(quantity), count=count)
        cost += int(spent)
    # The period's rows counted up to the day, unit by unit, less the units
    # left out.
    rows = (
        f"FROM units u CROSS JOIN activities a ON a.unit_id = u.id AND {joined[0]} "
        "AND a.date <= ? WHERE u.id NOT IN (SELECT value FROM json_each(?))"
    )
    rows_params = [*joined[1], until, left]
    marks = ", ".join("?" for _ in ENGLISH)
    funding: dict[str, int] = {}
    for r in cursor.execute(
        "SELECT a.target_code, a.form, a.funding, total(a.views), count(a.views), "
        "total(a.reach), count(a.reach), total(a.shares), count(a.shares), "
        f"total(CASE WHEN a.language IN ({marks}) THEN a.quantity ELSE 0 END), "
        "count(CASE WHEN a.views IS NOT NULL OR a.reach IS NOT NULL OR a.shares IS NOT NULL "
        f"THEN 1 END), total(a.cost) {rows} AND (a.views IS NOT NULL OR a.reach IS NOT "
        f"NULL OR a.shares IS NOT NULL OR a.funding <> '' OR a.language IN ({marks})) "
        "GROUP BY a.target_code, a.form, a.funding",
        [*ENGLISH, *rows_params, *ENGLISH],
    ):
        code, form, source = r[0], r[1], r[2]
        for into in [out.codes[code]] + (
            [out.other_forms.setdefault(form, Details())] if code is None else []
        ):
            into.add(
                Details(
                    reach=Reach(*(int(r[i]) if r[i + 1] else None for i in (3, 5, 7))),
                    english=int(r[9]),
                    with_reach=r[10],
                )
            )
        if source and r[11]:
            funding[source] = funding.get(source, 0) + int(r[11])
    # What no source was recorded for: the rest of the cost.
    unsourced = cost - sum(funding.values())
    if unsourced:
        funding[""] = unsourced
    themes: dict[int, int] = {}
    for mask, count in cursor.execute(
        f"SELECT a.themes, count(*) {rows} AND a.themes <> 0 GROUP BY a.themes",
        rows_params,
    ):
        for n in mask_to_themes(mask):
            themes[n] = themes.get(n, 0) + count
    total = out.total
    for d in out.codes.values():
        total.add(d)
    total.funding, total.themes = funding, themes
    return out
