"""A ministry-level workspace: 6,000 units x 300 activities (1.8 million).

The workspace is built with direct SQL (a recursive query, indexes made
after the rows) and cached under the temp folder, keyed by the schema
version; then measured on the real paths:

- start: the app's process start until the activities list has painted its
  first rows (as in bench_gui.py), target <= 2 s;
- consolidated progress (one tally query plus the domain sums), <= 1 s;
- consolidated report: gathered and written as DOCX, <= 15 s;
- peak memory of the process doing the progress and the report, <= 500 MB.

    .venv/bin/python benchmarks/bench_ministry.py [--rebuild]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from desktop.domain.plan import new_unit_defaults  # noqa: E402
from desktop.store import Workspace  # noqa: E402
from desktop.store.schema import LATEST_VERSION  # noqa: E402

UNITS = 6_000
PER_UNIT = 300
YEAR = 2023
MINISTRY = "Bộ Thông tin và Truyền thông (thử nghiệm)"
TARGETS = {"first_start": 2.0, "start": 2.0, "progress": 1.0, "report": 15.0, "memory": 500.0}


def cached_path() -> Path:
    folder = Path(tempfile.gettempdir()) / "baocao-cds-bench"
    folder.mkdir(exist_ok=True)
    return folder / f"bo-{UNITS}x{PER_UNIT}-v{LATEST_VERSION}-own.cdsdb"


def build(path: Path) -> None:
    tmp = path.with_suffix(".building")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    ws = Workspace.open(tmp)
    ws.units.set_self_unit(new_unit_defaults(MINISTRY))
    with ws.transaction():  # the ministry consolidates its plan's year
        ws.conn.execute("UPDATE units SET consolidator = 1 WHERE name = ?", (MINISTRY,))
        ws.conn.execute("UPDATE plans SET consolidator = ?", (MINISTRY,))
    plan = ws.plans.require(YEAR)
    codes = [t.code for t in plan.targets] + [None, None, None]
    forms = list(plan.forms)
    conn = ws.conn
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activities' "
        "AND sql IS NOT NULL"
    ).fetchall()
    with ws.transaction():
        conn.executemany(
            "INSERT INTO units(name, short_name, kind) VALUES (?, ?, 'xa')",
            [(f"Đơn vị thử nghiệm số {i:05d}",) * 2 for i in range(1, UNITS + 1)],
        )
        first = conn.execute("SELECT min(id) FROM units WHERE name LIKE 'Đơn vị thử%'").fetchone()[
            0
        ]
        conn.execute("CREATE TEMP TABLE codes (k INTEGER PRIMARY KEY, code TEXT)")
        conn.executemany("INSERT INTO codes VALUES (?, ?)", list(enumerate(codes)))
        conn.execute("CREATE TEMP TABLE forms (k INTEGER PRIMARY KEY, form TEXT)")
        conn.executemany("INSERT INTO forms VALUES (?, ?)", list(enumerate(forms)))
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {name}")
        conn.execute(
            f"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {UNITS * PER_UNIT - 1})
            INSERT INTO activities (uid, unit_id, year, date, target_code, form, title, quantity,
                language, link, cost, themes, notes, created_at, updated_at, search_text, source)
            SELECT printf('%032x', i), {first} + i / {PER_UNIT}, {YEAR},
                date('{YEAR}-01-01', '+' || ((i * 7 + i / {PER_UNIT}) % 365) || ' days'),
                (SELECT code FROM codes WHERE k = i % {len(codes)}),
                (SELECT form FROM forms WHERE k = i % {len(forms)}),
                'Tin bài chuyển đổi số số ' || i, 1 + i % 3, 'Tiếng Việt',
                'https://don-vi.gov.vn/tin-' || i, (i % 4) * 500000, i % 8, '',
                '{YEAR}-11-01T08:00:00', '{YEAR}-11-01T08:00:00',
                'tin bai chuyen doi so so ' || i, ''
            FROM n ORDER BY 2, 4
            """
        )
        # The ministry's own year: the list the window opens on.
        conn.execute(
            "INSERT INTO activities (uid, unit_id, year, date, target_code, form, title, "
            "quantity, language, link, cost, themes, notes, created_at, updated_at, search_text, "
            "source) SELECT 'bo' || uid, (SELECT id FROM units WHERE name = ?), year, date, "
            "target_code, form, title, quantity, language, link, cost, themes, notes, created_at, "
            "updated_at, search_text, source FROM activities WHERE unit_id = ?",
            (MINISTRY, first),
        )
        for _, sql in indexes:
            conn.execute(sql)
    conn.execute("ANALYZE")
    ws.close()
    tmp.replace(path)


def measure_inside(path: Path) -> dict:
    """Run in a child process: consolidated progress, report, peak memory."""
    from bench_gui import peak_rss_mb

    from desktop.reports.consolidated import build_consolidated_report
    from desktop.reports.pipeline import write_report

    with Workspace.open(path, create=False, check_integrity=False) as ws:
        on = date(YEAR, 12, 31)
        times, cpus = [], []
        for _ in range(3):
            t0, c0 = time.perf_counter(), time.process_time()
            rows = ws.figures.consolidated(YEAR, on)
            times.append(time.perf_counter() - t0)
            cpus.append(time.process_time() - c0)
        assert rows
        with tempfile.TemporaryDirectory() as tmp:
            t0, c0 = time.perf_counter(), time.process_time()
            report = build_consolidated_report(ws, YEAR)
            write_report(report, docx=Path(tmp) / "tong-hop.docx")
            report_s, report_cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "progress": statistics.median(times),
        "progress_cpu": statistics.median(cpus),
        "report": report_s,
        "report_cpu": report_cpu,
        "memory": peak_rss_mb(),
    }


def main() -> int:
    if "--inside" in sys.argv:
        print(json.dumps(measure_inside(Path(sys.argv[-1]))))
        return 0
    path = cached_path()
    if "--rebuild" in sys.argv or not path.exists():
        t0 = time.perf_counter()
        build(path)
        print(f"(built {path} in {time.perf_counter() - t0:.0f} s)")
    import bench_gui
    from bench_gui import measure_start

    cpu: dict[str, float] = {}

    with tempfile.TemporaryDirectory() as data_dir:
        try:
            # The day's first start (the check and the day's copy of the
            # gigabyte run behind the window), then the best of three more.
            first_start = measure_start(path, Path(data_dir), first_only=True)
            cpu["first_start"] = bench_gui.last_start_cpu
            start = measure_start(path, Path(data_dir))
            cpu["start"] = bench_gui.last_start_cpu
        except subprocess.TimeoutExpired:
            first_start = start = float("inf")  # over bench_gui's 120 s limit
    proc = subprocess.run(
        [sys.executable, __file__, "--inside", str(path)], capture_output=True, text=True
    )
    if proc.returncode:
        print(proc.stderr, file=sys.stderr)
        return 1
    inside = json.loads(proc.stdout.splitlines()[-1])
    cpu["progress"], cpu["report"] = inside.pop("progress_cpu"), inside.pop("report_cpu")
    got = {"first_start": first_start, "start": start, **inside}
    load = os.getloadavg()[0]
    what = f"{UNITS:,} units x {PER_UNIT} activities"
    labels = {
        "first_start": ("day's first start to first rows of the list", "s"),
        "start": ("start to first rows of the list", "s"),
        "progress": ("consolidated progress", "s"),
        "report": ("consolidated report DOCX", "s"),
        "memory": ("peak memory, progress and report", "MB"),
    }
    failed = False
    for key, (label, unit) in labels.items():
        ok = got[key] <= TARGETS[key]
        failed |= not ok
        spent = f", CPU {cpu[key]:.2f} s" if key in cpu else ""
        print(
            f"ministry {label} ({what}): measured {got[key]:.2f} {unit}{spent} vs target "
            f"<= {TARGETS[key]:g} {unit} {'OK' if ok else 'TOO SLOW'} [load {load:.1f}]"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
