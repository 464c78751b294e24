"""A process killed at any moment (power cut, task manager) leaves the
workspace as before or with the whole change, and it opens cleanly next time.

Each test runs the real code in a child process and kills it with SIGKILL at
moments it can observe from outside: the pre-import copy appearing, the
write-ahead log growing, the temporary file of an export appearing.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest

from desktop.io.listformat import HEADERS
from desktop.store import Workspace

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs SIGKILL to cut a process off"
)

ROWS = 20_000
UNIT = "Đài Phát thanh và Truyền hình tỉnh"
GUARD_SECONDS = 60  # only stops a hung test; nothing asserts on time


def _wait_for(predicate, proc: subprocess.Popen) -> bool:
    """Poll until `predicate()` holds; False if the child ended first."""
    end = time.monotonic() + GUARD_SECONDS
    while time.monotonic() < end:
        if predicate():
            return True
        if proc.poll() is not None:
            return predicate()
        time.sleep(0.002)
    raise AssertionError("child process neither reached the moment nor ended")


def _kill(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    proc.wait()


def _env(data_dir: Path) -> dict:
    return {**os.environ, "BAOCAO_CDS_DATA_DIR": str(data_dir), "PYTHONUNBUFFERED": "1"}


def _check_sound(path: Path) -> dict[str, int]:
    """Opens cleanly (integrity checked by Workspace.open) and gives counts."""
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Workspace.open(path, create=False) as ws:
        return ws.figures.counts()


@pytest.fixture(scope="module")
def big_list(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash") / "danh-sach.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        for i in range(ROWS):
            w.writerow(
                [
                    f"{1 + i % 28:02d}/{1 + (i // 28) % 12:02d}/2023",
                    "",
                    "Tin bài",
                    f"Tin chuyển đổi số số {i}",
                    1 + i % 3,
                    "Tiếng Việt",
                    f"https://baoquangngai.vn/tin/{i}",
                    0,
                    "",
                    "",
                ]
            )
    return path


@pytest.fixture
def unit_db(db_path) -> Path:
    with Workspace.open(db_path) as ws:
        ws.units.set_self_unit(ws.units.by_name(UNIT))
    return db_path


def _wal_bigger_than(db: Path, size: int):
    wal = Path(str(db) + "-wal")
    return lambda: wal.exists() and wal.stat().st_size > size


def test_import_killed_at_several_moments_is_all_or_nothing(big_list, unit_db, data_dir):
    cmd = [sys.executable, "-m", "desktop", "import", str(big_list), "--db", str(unit_db)]
    # The write-ahead log grows while the rows are written, before the commit.
    sizes = (65_536, 1_000_000, 4_000_000, 8_000_000)
    cut_short = 0
    for size in sizes:
        proc = subprocess.Popen(cmd, env=_env(data_dir), stdout=subprocess.DEVNULL)
        try:
            _wait_for(_wal_bigger_than(unit_db, size), proc)
        finally:
            _kill(proc)
        counts = _check_sound(unit_db)
        assert counts["activities"] in (0, ROWS), f"killed with the log past {size} bytes"
        cut_short += proc.returncode == -signal.SIGKILL and counts["activities"] == 0
        if counts["activities"] == ROWS:
            break  # the import got through whole; nothing more to cut
    assert cut_short >= 1  # at least one kill really landed inside the import
    # the workspace still takes the whole import afterwards
    done = subprocess.run(cmd, env=_env(data_dir), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _check_sound(unit_db)["activities"] == ROWS


_EDIT_SCRIPT = """
import sys
from desktop.store import Workspace
ws = Workspace.open(sys.argv[1], create=False)
unit = ws.units.self_unit()
ids = ws.conn.execute("SELECT id FROM activities").fetchall()
ids = [r[0] for r in ids]
i = 0
while True:
    ws.texts.set_report_texts(unit.id, 2023, {"ket_qua": f"lần {i}", "ton_tai": f"lần {i}"})
    snap = ws.activities.delete(ids)
    ws.activities.restore(snap)
    if i == 3:
        print("ready", flush=True)
    i += 1
"""


def test_edits_killed_mid_way_leave_whole_changes(unit_db, tmp_path, data_dir):
    from datetime import date, timedelta

    from desktop.domain.activity import Activity

    with Workspace.open(unit_db, create=False) as ws:
        unit = ws.units.self_unit()
        ws.activities.insert_many(
            [
                Activity(
                    date=date(2023, 3, 1) + timedelta(days=i % 200),
                    title=f"Bài {i}",
                    form="Tin bài",
                )
                for i in range(3000)
            ],
            unit.id,
        )
    script = tmp_path / "edit.py"
    script.write_text(_EDIT_SCRIPT, encoding="utf-8")
    for pause in (0.0, 0.03, 0.11, 0.27):
        proc = subprocess.Popen(
            [sys.executable, str(script), str(unit_db)],
            env=_env(data_dir),
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout.readline().strip() == "ready"
            time.sleep(pause)
        finally:
            _kill(proc)
        assert proc.returncode == -signal.SIGKILL
        counts = _check_sound(unit_db)
        assert counts["activities"] in (0, 3000)
        with Workspace.open(unit_db, create=False) as ws:
            texts = ws.texts.report_texts(unit.id, 2023)
            assert texts["ket_qua"] == texts["ton_tai"]


_EXPORT_SCRIPT = """
import sys
from datetime import date, timedelta
from desktop.domain.activity import Activity
from desktop.io.listformat import write_csv
rows = (
    Activity(date=date(2023, 1, 1) + timedelta(days=i % 365), title=f"Bài {i} " * 20, form="Tin bài")
    for i in range(400_000)
)
write_csv(sys.argv[1], rows)
"""


def test_export_killed_mid_write_leaves_the_old_file(tmp_path, data_dir):
    from desktop.io.listformat import write_csv

    target = tmp_path / "xuat" / "danh-sach.csv"
    target.parent.mkdir()
    write_csv(target, [])
    old = target.read_bytes()
    script = tmp_path / "export.py"
    script.write_text(_EXPORT_SCRIPT, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), str(target)], env=_env(data_dir))

    def writing() -> bool:
        return any(
            p.name.endswith(".tmp") and p.stat().st_size > 1_000_000
            for p in target.parent.iterdir()
        )

    try:
        assert _wait_for(writing, proc)
    finally:
        _kill(proc)
    assert proc.returncode == -signal.SIGKILL
    assert target.read_bytes() == old


_REPORT_SCRIPT = """
import sys
from pathlib import Path
from desktop.reports.context import build_unit_report
from desktop.reports.pipeline import write_report
from desktop.store import Workspace
with Workspace.open(sys.argv[1], create=False) as ws:
    report = build_unit_report(ws, 2023)
out = Path(sys.argv[2])
write_report(report, docx=out / "bao-cao.docx", pdf=out / "bao-cao.pdf")
"""


def test_report_killed_mid_write_leaves_the_previous_files(unit_db, tmp_path, data_dir):
    from datetime import date, timedelta

    from desktop.domain.activity import Activity

    with Workspace.open(unit_db, create=False) as ws:
        unit = ws.units.self_unit()
        ws.activities.insert_many(
            [
                Activity(
                    date=date(2023, 1, 1) + timedelta(days=i % 365),
                    title=f"Tin {i}",
                    form="Tin bài",
                )
                for i in range(20_000)
            ],
            unit.id,
        )
    out = tmp_path / "bao-cao"
    out.mkdir()
    previous = {"bao-cao.docx": b"ban truoc (docx)", "bao-cao.pdf": b"ban truoc (pdf)"}
    for name, data in previous.items():
        (out / name).write_bytes(data)
    script = tmp_path / "report.py"
    script.write_text(_REPORT_SCRIPT, encoding="utf-8")
    for name in previous:

        def writing(name=name) -> bool:
            return any(
                p.name.startswith(f".{name}.") and p.name.endswith(".tmp") for p in out.iterdir()
            )

        proc = subprocess.Popen(
            [sys.executable, str(script), str(unit_db), str(out)], env=_env(data_dir)
        )
        try:
            assert _wait_for(writing, proc)
        finally:
            _kill(proc)
        assert proc.returncode == -signal.SIGKILL
        # the file being written when the process died is the previous one, whole
        assert (out / name).read_bytes() == previous[name]
    # the Word file finished before the PDF was cut off: it is whole and opens
    assert docx.Document(str(out / "bao-cao.docx")).paragraphs


def test_ctrl_c_during_an_import_explains_and_saves_nothing_half(big_list, unit_db, data_dir):
    cmd = [sys.executable, "-m", "desktop", "import", str(big_list), "--db", str(unit_db)]
    proc = subprocess.Popen(
        cmd, env=_env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        _wait_for(_wal_bigger_than(unit_db, 65_536), proc)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=GUARD_SECONDS)
    finally:
        _kill(proc)
    assert _check_sound(unit_db)["activities"] in (0, ROWS)
    assert "Traceback" not in err
    if proc.returncode != 0:  # the import may have finished before the key press arrived
        assert proc.returncode == 1 and "Đã dừng theo yêu cầu" in err
