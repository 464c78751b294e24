"""Every speed and memory figure of the app, one script after another.

Each benchmark builds its own synthetic workspace and prints lines of the form
"what: measured X vs target Y"; this runner collects those lines into one
summary with the load average. Run on a quiet machine: the targets are
wall-clock times (where the machine is shared, the CPU times printed beside
them say what the code costs). Exits 1 when a benchmark reports a missed
target or fails.

    .venv/bin/python benchmarks/run_all.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (
    "bench_report.py",
    "bench_import.py",
    "bench_gui.py",
    "bench_report_gui.py",
    "bench_consolidation.py",
    "bench_receive.py",
    "bench_ministry.py",
    "bench_levels.py",
    "bench_backup.py",
    "bench_signing.py",
    "bench_csv_memory.py",
)


def main() -> int:
    summary: list[str] = []
    failed = False
    for name in SCRIPTS:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        proc = subprocess.run([sys.executable, str(HERE / name)], capture_output=True, text=True)
        print(proc.stdout, end="")
        if proc.returncode != 0:
            failed = True
            print(proc.stderr, end="", file=sys.stderr)
        summary += [
            line for line in proc.stdout.splitlines() if "target" in line or "mục tiêu" in line
        ]
        print(f"   ({time.perf_counter() - started:.0f} s)\n", flush=True)
    print("== Summary")
    print("\n".join(summary))
    # The machine may be shared: wall times are worth as much as the load was low.
    loads = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"(load average at the end, 1/5/15 min: {loads}; CPU times are printed beside wall times)"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
