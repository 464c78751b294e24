"""The two-level round at a province's scale: a department holding 130
units' years of 2,000 activities each exports its consolidated year as one
package (`export --consolidated`), and the ministry's workspace receives it
like a unit's.

The department's workspace is built like the ministry's in
bench_ministry.py (direct SQL, cached under the temp folder). Each step runs
in its own process, so its peak memory is its own. Printed: the export's
time, CPU and peak memory, the package's size, and whether the ministry
received it (the target: it does, with every activity), with its time.

    .venv/bin/python benchmarks/bench_levels.py [--units N] [--rebuild]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_ministry  # noqa: E402

from desktop.store.schema import LATEST_VERSION  # noqa: E402

PER_UNIT = 2_000
DEPARTMENT = "Sở Thông tin và Truyền thông"
MINISTRY = "Bộ Thông tin và Truyền thông (thử nghiệm)"
YEAR = bench_ministry.YEAR


def department_path(units: int) -> Path:
    folder = Path(tempfile.gettempdir()) / "baocao-cds-bench"
    folder.mkdir(exist_ok=True)
    return folder / f"so-{units}x{PER_UNIT}-v{LATEST_VERSION}-own.cdsdb"


def export_step(db: Path, out: Path) -> dict:
    from bench_gui import peak_rss_mb

    from desktop.io.package import write_package
    from desktop.store import Workspace

    with Workspace.open(db, create=False, check_integrity=False) as ws:
        t0, c0 = time.perf_counter(), time.process_time()
        written = write_package(ws, YEAR, out, consolidated=True)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "wall": wall,
        "cpu": cpu,
        "memory": peak_rss_mb(),
        "activities": written.activities,
        "size_mb": out.stat().st_size / 2**20,
    }


def receive_step(package: Path, db: Path) -> dict:
    from bench_gui import peak_rss_mb

    from desktop.domain.plan import new_unit_defaults
    from desktop.io.package_import import receive_packages
    from desktop.store import Workspace

    with Workspace.open(db) as ws:
        ws.units.set_self_unit(new_unit_defaults(MINISTRY))
        t0, c0 = time.perf_counter(), time.process_time()
        (result,) = receive_packages(ws, [package])
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        held = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    return {
        "wall": wall,
        "cpu": cpu,
        "memory": peak_rss_mb(),
        "ok": result.ok,
        "message": result.message,
        "held": held,
    }


def _child(step: str, *args: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, __file__, f"--{step}", *map(str, args)], capture_output=True, text=True
    )
    if proc.returncode:
        print(proc.stderr, file=sys.stderr)
        raise SystemExit(1)
    return json.loads(proc.stdout.splitlines()[-1])


def main() -> int:
    if "--export" in sys.argv:
        print(json.dumps(export_step(Path(sys.argv[-2]), Path(sys.argv[-1]))))
        return 0
    if "--receive" in sys.argv:
        print(json.dumps(receive_step(Path(sys.argv[-2]), Path(sys.argv[-1]))))
        return 0
    units = int(sys.argv[sys.argv.index("--units") + 1]) if "--units" in sys.argv else 130
    db = department_path(units)
    if "--rebuild" in sys.argv or not db.exists():
        bench_ministry.UNITS, bench_ministry.PER_UNIT = units, PER_UNIT
        bench_ministry.MINISTRY = DEPARTMENT
        t0 = time.perf_counter()
        bench_ministry.build(db)
        print(f"(built {db} in {time.perf_counter() - t0:.0f} s)")
    with tempfile.TemporaryDirectory() as tmp:
        package, ministry = Path(tmp) / "so.cdsgoi", Path(tmp) / "bo.cdsdb"
        env_dir = Path(tmp) / "data"
        os.environ["BAOCAO_CDS_DATA_DIR"] = str(env_dir)
        out = _child("export", db, package)
        got = _child("receive", package, ministry)
    load = os.getloadavg()[0]
    what = f"{units} units x {PER_UNIT:,} activities ({out['activities']:,})"
    print(
        f"levels: department's consolidated package ({what}): export {out['wall']:.1f} s, "
        f"CPU {out['cpu']:.1f} s, peak memory {out['memory']:.0f} MB, "
        f"package {out['size_mb']:.0f} MB [load {load:.1f}]"
    )
    ok = got["ok"] and got["held"] >= out["activities"]
    verdict = "OK" if ok else f"REFUSED: {got['message']}"
    print(
        f"levels: the ministry receives it: {got['held']:,} activities held, "
        f"{got['wall']:.1f} s, CPU {got['cpu']:.1f} s, peak memory {got['memory']:.0f} MB "
        f"vs target: received whole {verdict} [load {load:.1f}]"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
