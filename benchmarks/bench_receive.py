"""Receiving 130 units' packages of 2,000 activities each (260,000 activities).

Target: within 1.5x the time of importing the same 260,000 rows from one CSV
file (measured here too, on the same machine and load); receiving again a
package already received: well under a second (target 0.5 s for all 130).
The packages are written by `format_writer.py` from README's documented
format, not by the app's writer.

    .venv/bin/python benchmarks/bench_receive.py [--units N] [--profile]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import build_csv, rows  # noqa: E402
from bench_import import run as run_import  # noqa: E402
from format_writer import write_format_package  # noqa: E402

from desktop.io.package_import import Outcome, receive_packages  # noqa: E402
from desktop.store import Workspace  # noqa: E402

YEAR = 2023
PER_UNIT = 2_000
RATIO = 1.5
IDENTICAL_TARGET_S = 0.5
SO = "Sở Thông tin và Truyền thông"


def plan_record(plan) -> dict:
    return {
        "year": plan.year,
        "title": plan.title,
        "issuer": plan.issuer,
        "number": plan.number,
        "signed_date": plan.signed_date.isoformat() if plan.signed_date else None,
        "report_deadline": None,
        "targets": [
            {"code": t.code, "title": t.title, "measure": t.measure, "target": t.target,
             "per_unit": t.per_unit, "lead_kinds": list(t.lead_kinds),
             "due_start": t.due_start.isoformat(), "due_end": t.due_end.isoformat()}
            for t in plan.targets
        ],
    }  # fmt: skip


def unit_activities(n: int, unit_no: int, codes: list, forms: list[str]) -> list[dict]:
    rng = random.Random(unit_no)
    start = date(YEAR, 1, 1)
    out = []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(365))
        out.append(
            {
                "uid": f"{unit_no:08x}{i:024x}",
                "date": day.isoformat(),
                "target_code": rng.choice(codes),
                "form": rng.choice(forms),
                "title": f"Tin bài chuyển đổi số của đơn vị {unit_no}, số {i + 1}",
                "quantity": rng.choice((1, 1, 2, 3)),
                "language": "Tiếng Việt",
                "link": f"https://don-vi-{unit_no}.gov.vn/tin-{i + 1}.html",
                "cost": rng.choice((0, 0, 500_000)),
                "themes": rng.choice(([], [1], [1, 3])),
                "notes": "",
                "created_at": "2023-11-01T08:00:00",
                "updated_at": "2023-11-01T08:00:00",
            }
        )
    out.sort(key=lambda a: a["date"])
    return out


def build_packages(folder: Path, units: int, plan) -> list[Path]:
    codes = [t.code for t in plan.targets] + [None, None]
    forms = list(plan.forms)
    paths = []
    for u in range(1, units + 1):
        unit = {"name": f"UBND xã thử nghiệm số {u:03d}", "kind": "xa", "place": "Quảng Ngãi"}
        paths.append(
            write_format_package(
                folder / f"goi-{u:03d}.cdsgoi",
                unit=unit,
                year=YEAR,
                plan=plan_record(plan),
                activities=unit_activities(PER_UNIT, u, codes, forms),
                texts={"chi_dao": f"Đơn vị {u} đã chỉ đạo."},
            )
        )
    return paths


def department(path: Path) -> Workspace:
    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name(SO))
    return ws


def main() -> int:
    units = int(sys.argv[sys.argv.index("--units") + 1]) if "--units" in sys.argv else 130
    total = units * PER_UNIT
    with tempfile.TemporaryDirectory() as tmp:
        # Safety backups and logs go to a throw-away data folder, not the user's.
        os.environ["BAOCAO_CDS_DATA_DIR"] = str(Path(tmp) / "data")
        folder = Path(tmp)
        ws = department(folder / "so.cdsdb")
        packages = build_packages(folder, units, ws.plans.require(YEAR))
        t0, cpu0 = time.perf_counter(), time.process_time()
        if "--profile" in sys.argv:
            from pyinstrument import Profiler

            with Profiler() as p:
                results = receive_packages(ws, packages)
            p.print(show_all=False)
        else:
            results = receive_packages(ws, packages)
        receive_s, receive_cpu = time.perf_counter() - t0, time.process_time() - cpu0
        refused = [r.message for r in results if not r.ok]
        assert not refused, refused[:2]
        stored = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        t0 = time.perf_counter()
        again = receive_packages(ws, packages)
        identical_s = time.perf_counter() - t0
        assert all(r.outcome is Outcome.IDENTICAL for r in again)
        ws.close()

        csv_path = folder / "danh-sach.csv"
        build_csv(csv_path, rows(total))
        import_s, inserted, phases = run_import(csv_path, folder / "csv.cdsdb")
    limit = RATIO * import_s
    load = os.getloadavg()[0]
    ok1 = receive_s <= limit and stored == total
    ok2 = identical_s <= IDENTICAL_TARGET_S
    print(
        f"receive {units} packages x {PER_UNIT:,} activities ({stored:,} stored): measured "
        f"{receive_s:.2f} s (CPU {receive_cpu:.2f} s) vs target <= {RATIO}x CSV import of "
        f"{inserted:,} rows ({import_s:.2f} s -> {limit:.2f} s; ratio {receive_s / import_s:.2f}x) "
        f"{'OK' if ok1 else 'TOO SLOW'} [load {load:.1f}]\n  CSV import: {phases}"
    )
    print(
        f"receive the same {units} packages again (recognised by SHA-256): measured "
        f"{identical_s:.2f} s vs target <= {IDENTICAL_TARGET_S} s {'OK' if ok2 else 'TOO SLOW'}"
    )
    return 0 if ok1 and ok2 else 1


if __name__ == "__main__":
    sys.exit(main())
