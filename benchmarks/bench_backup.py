"""Safety costs on a workspace of 200,000 activities (about 200 MB).

Times the real code paths: the copy made before every import (target 1 s),
the day's first open with its copy (target 1.5 s), an open on a day that
already has its copy (target 0.3 s, the integrity check included), a fully
checked restore (target 5 s), and the spreadsheet check before reading a
200,000-row XLSX (target 15% of reading it). Prints measured vs target.

    .venv/bin/python benchmarks/bench_backup.py
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.domain.activity import Activity  # noqa: E402
from desktop.io.limits import check_spreadsheet  # noqa: E402
from desktop.io.listformat import write_xlsx  # noqa: E402
from desktop.store import Workspace  # noqa: E402
from desktop.store import backup as bk  # noqa: E402
from desktop.store import restore as rs  # noqa: E402

ROWS = 200_000
FORMS = ("Tin bài", "Phóng sự", "Chuyên mục", "Video", "Bài đăng mạng xã hội")


def activities(n: int) -> list[Activity]:
    start = date(2019, 1, 1)
    return [
        Activity(
            date=start + timedelta(days=i % 1800),
            title=f"Tuyên truyền chuyển đổi số ở xã số {i % 184}, bài {i}",
            form=FORMS[i % len(FORMS)],
            quantity=1 + i % 3,
            link=f"https://baoquangngai.vn/chuyen-doi-so/{i}.htm",
            cost=(i % 7) * 500_000,
            notes="Phối hợp với UBND huyện" if i % 5 == 0 else "",
        )
        for i in range(n)
    ]


def line(label: str, seconds: float, target: float) -> None:
    verdict = "ok" if seconds <= target else "CHẬM"
    print(f"{label:<48} {seconds:7.3f} s   mục tiêu {target:5.2f} s   {verdict}")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["BAOCAO_CDS_DATA_DIR"] = str(folder / "data")
        path = folder / "workspace.cdsdb"
        ws = Workspace.open(path)
        unit = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
        rows = activities(ROWS)
        ws.activities.insert_many(rows, unit.id)
        ws.close()
        print(f"Workspace: {ROWS:,} activities, {path.stat().st_size / 1e6:.0f} MB")
        for p in bk.default_backup_dir().glob("*.cdsdb"):
            p.unlink()

        ws = Workspace.open(path, create=False)
        t = time.perf_counter()
        with ws.import_transaction():  # all present: the copy is the cost
            ws.activities.insert_many(rows[:10], unit.id)
        line("Copy before an import", time.perf_counter() - t, 1.0)
        ws.close()

        t = time.perf_counter()
        Workspace.open(path, create=False, daily_backup=True, lock=True).close()
        line("First open of the day (with its copy)", time.perf_counter() - t, 1.5)
        t = time.perf_counter()
        Workspace.open(path, create=False, daily_backup=True, lock=True).close()
        line("Later open the same day", time.perf_counter() - t, 0.3)

        latest = bk.latest_backup(path.stem)
        t = time.perf_counter()
        rs.restore_backup(latest.path, path)
        line("Restore (integrity check, copy, swap)", time.perf_counter() - t, 5.0)

        xlsx = folder / "danh-sach.xlsx"
        write_xlsx(xlsx, rows)
        from desktop.io.tables import read_table_file

        t = time.perf_counter()
        check_spreadsheet(xlsx)
        checked = time.perf_counter() - t
        t = time.perf_counter()
        read_table_file(xlsx)
        reading = time.perf_counter() - t
        line(f"Spreadsheet check ({reading:.1f} s to read the file)", checked, reading * 0.15)


if __name__ == "__main__":
    main()
