"""Peak memory reading hostile and large CSV lists (target: under 1.5 GB).

Three files near the 300 MB cap a CSV list may have, each read in a process
of its own so its peak resident memory (ru_maxrss) is its own:
  tiny    300 MB of one-character cells (about 150 million cells)
  wide    300 MB of rows of 2,000 empty cells
  real    300 MB of realistic rows (Vietnamese titles, 11 columns)
Each must end in the cell cap's refusal (or be read) within 60 s and under
1.5 GB. Prints measured vs target, wall and CPU time.

    .venv/bin/python benchmarks/bench_csv_memory.py [--mb 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MB = 1536
TARGET_S = 60.0

_READER = """
import resource, sys, time
sys.path.insert(0, sys.argv[2])
from desktop.io.tables import TableReadError, read_table_file
t0, c0 = time.perf_counter(), time.process_time()
try:
    sheets = read_table_file(sys.argv[1])
    outcome = f"read {sum(len(s.rows) for s in sheets):,} rows"
except TableReadError as e:
    outcome = "refused: " + str(e)[:90]
wall, cpu = time.perf_counter() - t0, time.process_time() - c0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{peak}\\t{wall:.1f}\\t{cpu:.1f}\\t{outcome}")
"""


def _write(path: Path, line: bytes, size: int) -> None:
    block = line * max(1, (8 << 20) // len(line))
    with open(path, "wb") as f:
        f.write("Ngày,Tiêu đề,Hình thức\n".encode())
        written = 0
        while written < size:
            piece = block[: size - written]
            f.write(piece)
            written += len(piece)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=300)
    args = parser.parse_args()
    size = (args.mb << 20) - (1 << 20)
    title = "Tuyên truyền chuyển đổi số trên sóng phát thanh và truyền hình tỉnh"
    real = f"05/01/2023,III.2.a/TH,Chuyên mục,{title},1,Tiếng Việt,,2000000,,,\n".encode()
    cases = {
        "tiny": b"a," * 500 + b"a\n",
        "wide": b"," * 2000 + b"\n",
        "real": real,
    }
    failed = False
    with tempfile.TemporaryDirectory(prefix="bench-csv-") as folder:
        for name, line in cases.items():
            path = Path(folder) / f"{name}.csv"
            _write(path, line, size)
            done = subprocess.run(
                [sys.executable, "-c", _READER, str(path), str(ROOT)],
                capture_output=True,
                text=True,
                timeout=600,
            )
            if done.returncode != 0:
                print(f"{name:5}  FAILED (exit {done.returncode}): {done.stderr.strip()[-300:]}")
                failed = True
                continue
            peak, wall, cpu, outcome = done.stdout.strip().split("\t", 3)
            ok = int(peak) <= TARGET_MB and float(wall) <= TARGET_S
            failed |= not ok
            print(
                f"{name:5}  {path.stat().st_size >> 20} MB  peak {int(peak):,} MB "
                f"(target ≤ {TARGET_MB:,})  {wall} s wall, {cpu} s CPU (target ≤ {TARGET_S:.0f} s)"
                f"  {'ok' if ok else 'MISSED'}  {outcome}"
            )
            os.unlink(path)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
