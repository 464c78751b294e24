"""A hostile previous-year workspace file is data, not a schema to trust:
bounded in size before any copy, refused when it holds views, triggers or
virtual tables, every query interrupted past a time budget, every activity
checked like a list row. Cases that could hang run in a child process."""

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from import_fixtures import make_v1_workspace

from desktop.io import previous
from desktop.io.previous import PreviousImportError, read_previous_workspace

CHILD_TIMEOUT_S = 120


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_in_child(path):
    """(return code, output) of reading the file in a separate process."""
    code = textwrap.dedent(
        f"""
        import sys
        from desktop.io.previous import PreviousImportError, read_previous_workspace
        try:
            read_previous_workspace({str(path)!r})
        except PreviousImportError as e:
            print(e)
            sys.exit(3)
        print("ĐÃ ĐỌC")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
    )
    return done.returncode, done.stdout + done.stderr


def hostile(tmp_path, *statements):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    conn = sqlite3.connect(src, isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    return src


def test_view_standing_in_for_the_activities_table_is_refused(tmp_path):
    src = hostile(
        tmp_path,
        "ALTER TABLE activities RENAME TO real_activities",
        "CREATE VIEW activities AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
        "SELECT i + 1 FROM n) SELECT a.* FROM real_activities a, n ORDER BY n.i DESC",
    )
    before = digest(src)
    rc, out = read_in_child(src)
    assert rc == 3, out
    assert str(src) in out and "“activities” (view)" in out and "Traceback" not in out
    assert digest(src) == before


def test_recursive_trigger_is_refused_without_running(tmp_path):
    src = hostile(
        tmp_path,
        "CREATE TRIGGER endless AFTER UPDATE ON activities BEGIN "
        "SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n); END",
        "CREATE TRIGGER endless_insert AFTER INSERT ON units BEGIN "
        "SELECT count(*) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT i FROM n); END",
    )
    rc, out = read_in_child(src)
    assert rc == 3, out
    assert str(src) in out and "“endless" in out and "(trigger)" in out


def test_huge_text_is_refused_naming_file_activity_and_field(tmp_path):
    src = hostile(
        tmp_path,
        "UPDATE activities SET notes = printf('%.*c', 42 << 20, 'x') WHERE uid = 'u2'",
        "UPDATE activities SET title = printf('%.*c', 3000, 'x') WHERE uid = 'u1'",
    )
    with pytest.raises(PreviousImportError) as e:
        read_previous_workspace(src)
    msg = str(e.value)
    assert str(src) in msg
    assert "cột “Ghi chú”: quá dài (tối đa 100.000 ký tự)" in msg
    assert "cột “Tiêu đề”: quá dài (tối đa 2.000 ký tự)" in msg


def test_quantity_cost_and_unknown_code_are_refused_like_a_list_row(tmp_path):
    src = hostile(
        tmp_path,
        "UPDATE activities SET quantity = 1000000000000000 WHERE uid = 'u1'",
        "UPDATE activities SET cost = 900000000000000000 WHERE uid = 'u2'",
        "UPDATE activities SET target_code = 'XX.99/KHONG' WHERE uid = 'u3'",
    )
    with pytest.raises(PreviousImportError) as e:
        read_previous_workspace(src)
    msg = str(e.value)
    assert str(src) in msg
    assert "ngày 07/01/2022: cột “Số lượng”: quá lớn (tối đa 1.000.000)" in msg
    assert "ngày 14/01/2022: cột “Kinh phí (đồng)”: quá lớn" in msg
    assert "“XX.99/KHONG” không có trong kế hoạch năm 2022" in msg


def test_oversized_file_is_refused_before_any_copy(tmp_path, monkeypatch):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    with src.open("r+b") as f:
        f.truncate(previous.MAX_PREVIOUS_BYTES + 1)  # sparse: no real disk used
    copies = []
    monkeypatch.setattr(previous.shutil, "copyfile", lambda *a: copies.append(a))
    with pytest.raises(PreviousImportError, match="quá lớn") as e:
        read_previous_workspace(src)
    assert str(src) in str(e.value) and "tối đa 2.048 MB" in str(e.value)
    assert copies == []


def test_a_query_past_the_time_budget_is_interrupted(tmp_path):
    code = textwrap.dedent(
        """
        import sqlite3
        from pathlib import Path
        from desktop.io.previous import PreviousImportError, _time_budget
        conn = sqlite3.connect(":memory:")
        try:
            with _time_budget(conn, Path("nam-truoc.cdsdb"), budget=0.5):
                conn.execute(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                    "SELECT count(*) FROM n"
                ).fetchone()
        except PreviousImportError as e:
            print(e)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=CHILD_TIMEOUT_S
    )
    assert "Tệp “nam-truoc.cdsdb” không đọc được trong thời gian cho phép" in done.stdout, (
        done.stdout + done.stderr
    )


def test_ordinary_file_still_reads(tmp_path):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    rc, out = read_in_child(src)
    assert rc == 0 and "ĐÃ ĐỌC" in out, out
