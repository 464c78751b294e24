"""Consolidated progress for a year: 50 units x 17 targets, 200,000 activities.

Builds a department workspace with 50 units (the plan's units, the 13
districts and added departments), 200,000 activities of 2023 spread over the
17 targets and other activities, then times the real consolidated-progress
path (one store query plus the domain sums) and prints measured vs target.

    .venv/bin/python benchmarks/bench_consolidation.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.domain.activity import Activity  # noqa: E402
from desktop.domain.plan import new_unit_defaults  # noqa: E402
from desktop.store import Workspace  # noqa: E402

UNITS = 50
ACTIVITIES = 200_000
TARGET_MS = 100.0


def build(path: Path) -> Workspace:
    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name("Sở Thông tin và Truyền thông"))
    existing = ws.units.all()
    for i in range(UNITS - len(existing)):
        ws.units.save(new_unit_defaults(f"Sở ngành thử nghiệm {i + 1:02d}"))
    units = ws.units.all()
    plan = ws.plans.require(2023)
    codes = [t.code for t in plan.targets] + [None] * 3
    rng = random.Random(2023)
    start = date(2023, 1, 1)
    per_unit = ACTIVITIES // len(units)
    with ws.transaction():
        for u in units:
            batch = [
                Activity(
                    date=start + timedelta(days=rng.randrange(365)),
                    title=f"Tin bài CĐS {u.id}-{n}",
                    form=rng.choice(plan.forms),
                    target_code=rng.choice(codes),
                    quantity=rng.randint(1, 3),
                    cost=rng.choice((0, 0, 500_000, 1_500_000)),
                )
                for n in range(per_unit)
            ]
            ws.activities.insert_many(batch, u.id)
    ws.conn.execute("ANALYZE")
    return ws


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        ws = build(Path(tmp) / "so.cdsdb")
        count = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        units = ws.conn.execute("SELECT count(*) FROM units").fetchone()[0]
        targets = len(ws.plans.require(2023).targets)
        on = date(2023, 12, 31)
        ws.figures.consolidated(2023, on)  # warm the page cache as an open app would be
        times = []
        for _ in range(7):
            t0 = time.perf_counter()
            rows = ws.figures.consolidated(2023, on)
            times.append((time.perf_counter() - t0) * 1000)
        ws.close()
    assert len(rows) == targets
    median = statistics.median(times)
    print(
        f"consolidated progress ({units} units x {targets} targets, {count:,} activities): "
        f"measured {median:.1f} ms (median of 7, worst {max(times):.1f} ms) vs target "
        f"<= {TARGET_MS:.0f} ms -> {'OK' if median <= TARGET_MS else 'TOO SLOW'}"
    )


if __name__ == "__main__":
    main()
