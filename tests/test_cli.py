"""The command line: exit codes, Vietnamese messages, --json output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent

LIST = (
    "Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề,Số lượng,Ngôn ngữ,Đường dẫn,Kinh phí (đồng),Chủ đề,Ghi chú\n"
    '05/01/2023,III.2.đ/SX,Chuyên mục,Chuyên mục tháng 1,1,Tiếng Việt,,"1.500.000",1;2,\n'
    "06/01/2023,III.2.đ/PL,Chuyên mục,Phát lại tháng 1,3,,,,,\n"
    "07/01/2023,,Tin bài,Tin khác,2,,,,,\n"
    "32/01/2023,,Tin bài,Sai ngày,1,,,,,\n"
)


@pytest.fixture
def district_db(tmp_path, capsys):
    db = tmp_path / "bs.cdsdb"
    assert main(["init", "--db", str(db), "--unit", "UBND huyện Bình Sơn"]) == 0
    assert "Đã tạo dữ liệu cho “UBND huyện Bình Sơn”" in capsys.readouterr().out
    return db


def test_import_counts_and_rejected_rows(district_db, tmp_path, capsys):
    src = tmp_path / "list.csv"
    src.write_text(LIST, encoding="utf-8")
    rejects = tmp_path / "rej.csv"
    assert main(["import", str(src), "--db", str(district_db), "--rejects", str(rejects)]) == 0
    out = capsys.readouterr().out
    assert "Đã nhập 3 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 1." in out
    assert "list.csv, dòng 5: cột “Ngày”: “32/01/2023” không phải ngày" in out
    assert "32/01/2023" in rejects.read_text(encoding="utf-8-sig")
    assert main(["import", str(src), "--db", str(district_db)]) == 0
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 3. Bị từ chối: 1." in capsys.readouterr().out


def test_dry_run_writes_nothing(district_db, tmp_path, capsys):
    src = tmp_path / "list.csv"
    src.write_text(LIST, encoding="utf-8")
    assert main(["import", str(src), "--db", str(district_db), "--dry-run"]) == 0
    assert "chưa ghi gì" in capsys.readouterr().out
    assert main(["progress", "--db", str(district_db), "--year", "2023", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(r["actual"] == 0 for r in rows)


def test_progress_json_has_the_defined_keys_and_values(district_db, tmp_path, capsys):
    src = tmp_path / "list.csv"
    src.write_text(LIST, encoding="utf-8")
    main(["import", str(src), "--db", str(district_db)])
    capsys.readouterr()
    assert (
        main(
            ["progress", "--db", str(district_db), "--year", "2023", "--on", "2023-01-31", "--json"]
        )
        == 0
    )
    rows = json.loads(capsys.readouterr().out)
    assert [r["code"] for r in rows] == ["III.2.đ/SX", "III.2.đ/PL", "III.3.c"]
    sx = rows[0]
    assert set(sx) == {"code", "title", "target", "actual", "percent", "expected", "status"}
    assert (sx["target"], sx["actual"], sx["percent"], sx["status"]) == (12, 1, 8.3, "behind")
    assert sx["expected"] == round(12 * 31 / 365, 1)
    assert rows[2] == {
        **rows[2],
        "target": None,
        "percent": None,
        "expected": None,
        "status": "no_target",
    }


def test_progress_table_in_vietnamese(district_db, capsys):
    assert main(["progress", "--db", str(district_db), "--year", "2023"]) == 0
    out = capsys.readouterr().out
    assert "Tiến độ năm 2023 của UBND huyện Bình Sơn" in out
    assert "Không đạt" in out and "Không có chỉ tiêu" in out


def test_user_errors_exit_1_with_message(tmp_path, district_db, capsys):
    assert main(["progress", "--db", str(tmp_path / "none.cdsdb"), "--year", "2023"]) == 1
    assert "Không tìm thấy tệp dữ liệu" in capsys.readouterr().err
    assert main(["progress", "--db", str(district_db), "--year", "2030"]) == 1
    assert "Chưa có kế hoạch năm 2030" in capsys.readouterr().err
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    assert main(["import", str(bad), "--db", str(district_db)]) == 1
    err = capsys.readouterr().err
    assert "bad.xlsx" in err and "Không nhập gì" in err
    assert main(["init", "--db", str(district_db), "--unit", "Báo Quảng Ngãi"]) == 1
    assert "đã là dữ liệu của “UBND huyện Bình Sơn”" in capsys.readouterr().err


def test_init_new_unit_and_later_year(tmp_path, capsys):
    db = tmp_path / "new.cdsdb"
    assert main(["init", "--db", str(db), "--unit", "Sở Y tế", "--year", "2024"]) == 0
    from desktop.store import Workspace

    with Workspace.open(db, create=False) as ws:
        unit = ws.units.self_unit()
        assert (unit.name, unit.governing_body, unit.place) == (
            "Sở Y tế",
            "UBND TỈNH QUẢNG NGÃI",
            "Quảng Ngãi",
        )
        assert ws.plans.years() == [2023, 2024]


def test_real_process_exit_codes_and_help(tmp_path, district_db):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )

    r = run("--help")
    assert r.returncode == 0 and "import" in r.stdout and "progress" in r.stdout
    r = run("progress", "--help")
    assert r.returncode == 0 and "--json" in r.stdout
    r = run("progress", "--db", str(district_db))  # --year missing
    assert r.returncode == 2 and "Lỗi cú pháp lệnh" in r.stderr
    r = run("progress", "--db", str(tmp_path / "missing.cdsdb"), "--year", "2023")
    assert r.returncode == 1 and "Không tìm thấy" in r.stderr and "Traceback" not in r.stderr
    r = run("progress", "--db", str(district_db), "--year", "2023", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)[0]["code"] == "III.2.đ/SX"


def test_init_works_on_this_year_when_it_has_a_plan_else_on_the_latest(
    tmp_path, monkeypatch, capsys
):
    """No year is written into `init`: without --year it takes this year when
    the workspace has its plan (here after the 2024 plan was added), else the
    latest plan's year; the window and the first-run dialog share the rule."""
    from datetime import date

    from desktop.cli import setup
    from desktop.domain.plan import working_year
    from desktop.store import Workspace

    class Today(date):
        @classmethod
        def today(cls):
            return cls(2024, 11, 30)

    monkeypatch.setattr(setup, "date", Today)
    first = tmp_path / "first.cdsdb"
    assert main(["init", "--db", str(first), "--unit", "Sở Y tế"]) == 0
    assert "kế hoạch năm 2023" in capsys.readouterr().out
    with Workspace.open(first, create=False) as ws:
        assert ws.get_meta("current_year") == "2023" and ws.plans.years() == [2023]

    later = tmp_path / "later.cdsdb"
    assert main(["init", "--db", str(later), "--unit", "Sở Y tế", "--year", "2024"]) == 0
    capsys.readouterr()
    with Workspace.open(later, create=False) as ws:
        ws.set_meta("current_year", "")
    assert main(["init", "--db", str(later), "--unit", "Sở Y tế"]) == 0
    assert "kế hoạch năm 2024" in capsys.readouterr().out
    with Workspace.open(later, create=False) as ws:
        assert ws.get_meta("current_year") == "2024"

    assert working_year([2023, 2024], 2026) == 2024
    assert working_year([2023, 2026], 2026) == 2026
    assert working_year([], 2026) == 2026
