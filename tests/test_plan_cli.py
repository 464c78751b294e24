"""`plan import`, `plan show`, `plan export` on real workspaces and files."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import plan_documents as docs
import pytest

from desktop.cli import main
from desktop.store import Workspace

SEED = Path(__file__).resolve().parent.parent / "resources" / "ke-hoach-2023.txt"


@pytest.fixture
def dept_db(tmp_path, capsys):
    db = tmp_path / "so.cdsdb"
    assert main(["init", "--db", str(db), "--unit", "Sở Thông tin và Truyền thông"]) == 0
    capsys.readouterr()
    return db


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def _key(t):
    return (t["code"], t["target"], t["due_start"], t["due_end"], t["per_unit"], t["lead_kinds"])


def test_seed_dry_run_proposes_the_builtin_plan_and_writes_nothing(dept_db, capsys):
    assert main(["plan", "show", "--db", str(dept_db), "--year", "2023", "--json"]) == 0
    shown = _json(capsys)
    before = dept_db.read_bytes()
    args = ["plan", "import", str(SEED), "--db", str(dept_db), "--year", "2023"]
    assert main([*args, "--dry-run", "--json"]) == 0
    proposed = _json(capsys)
    assert len(proposed["targets"]) == 17
    assert [_key(t) for t in proposed["targets"]] == [_key(t) for t in shown["targets"]]
    assert proposed["consolidator"] == shown["consolidator"] == "Sở Thông tin và Truyền thông"
    assert proposed["plan"]["report_deadline"] == shown["plan"]["report_deadline"] == "2023-12-01"
    # the same shape: every key of `plan show` is in the proposal and back
    assert proposed["plan"].keys() == shown["plan"].keys()
    assert proposed["targets"][0].keys() == shown["targets"][0].keys()
    assert proposed["targets"][0]["source"].startswith("1. Hướng dẫn các đơn vị")
    assert shown["targets"][0]["lead_units"] == ["Sở Thông tin và Truyền thông"]
    assert proposed["uninterpreted"] and proposed["written"] is False
    assert proposed["changes"]["added"] == [] and proposed["changes"]["removed"] == []
    assert dept_db.read_bytes() == before
    # without --replace the year's plan stays
    assert main(args) == 1
    assert "đã có kế hoạch" in capsys.readouterr().err


def test_import_a_new_year_from_docx_then_show_it(dept_db, tmp_path, capsys):
    path = docs.write_docx(tmp_path / "kh-2026.docx", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    assert main(["plan", "import", str(path), "--db", str(dept_db), "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "Đã lưu kế hoạch năm 2026 (13 chỉ tiêu)" in out
    assert "III.4.2" in out and "không đọc được số lượng" in out
    assert main(["plan", "show", "--db", str(dept_db), "--year", "2026", "--json"]) == 0
    shown = _json(capsys)
    got = {
        t["code"]: (t["target"], t["due_start"], t["due_end"], t["per_unit"])
        for t in shown["targets"]
    }
    assert got == docs.EXPECTED_2026
    assert shown["consolidator"] == "Sở Khoa học và Công nghệ"
    assert shown["plan"]["number"] == "45/KH-UBND"
    by_code = {t["code"]: t for t in shown["targets"]}
    assert by_code["III.2.1/SX"]["lead_units"] == ["UBND các xã, phường, đặc khu"]


def test_a_plan_of_another_year_is_refused(dept_db, tmp_path, capsys):
    path = docs.write_txt(tmp_path / "kh.txt", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    assert main(["plan", "import", str(path), "--db", str(dept_db), "--year", "2025"]) == 1
    assert "là kế hoạch năm 2026" in capsys.readouterr().err


def test_scanned_pdf_is_refused_with_the_reason(dept_db, tmp_path, capsys):
    path = docs.write_scanned_pdf(tmp_path / "scan.pdf")
    assert main(["plan", "import", str(path), "--db", str(dept_db), "--year", "2026"]) == 1
    err = capsys.readouterr().err
    assert "không có lớp chữ" in err and "scan.pdf" in err


def test_replace_reports_what_changed(dept_db, tmp_path, capsys):
    first = docs.write_txt(tmp_path / "v1.txt", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    assert main(["plan", "import", str(first), "--db", str(dept_db), "--year", "2026"]) == 0
    changed = [p.replace("04 số/năm", "06 số/năm") for p in docs.PLAN_2026]
    second = docs.write_txt(tmp_path / "v2.txt", docs.PLAN_2026_HEADER, changed)
    capsys.readouterr()
    args = ["plan", "import", str(second), "--db", str(dept_db), "--year", "2026", "--json"]
    assert main([*args, "--replace"]) == 0
    result = _json(capsys)
    assert result["changes"]["replaced"] is True
    assert result["changes"]["changed"] == [{"code": "III.4.1", "fields": ["số chỉ tiêu"]}]
    with Workspace.open(dept_db, create=False) as ws:
        assert ws.plans.get(2026).target("III.4.1").target == 6


def test_plan_file_from_the_department_to_a_commune(dept_db, tmp_path, capsys):
    src = docs.write_pdf(tmp_path / "kh-2026.pdf", docs.PLAN_2026_HEADER, docs.PLAN_2026)
    assert main(["plan", "import", str(src), "--db", str(dept_db), "--year", "2026"]) == 0
    out = tmp_path / "ke-hoach-2026.cdskh"
    assert main(["plan", "export", "--db", str(dept_db), "--year", "2026", "--out", str(out)]) == 0
    assert "Đã xuất kế hoạch năm 2026" in capsys.readouterr().out

    commune = tmp_path / "xa.cdsdb"
    assert main(["init", "--db", str(commune), "--unit", "UBND xã Ba Tơ", "--year", "2026"]) == 0
    capsys.readouterr()
    args = ["plan", "import", str(out), "--db", str(commune), "--year", "2026"]
    assert main([*args, "--json"]) == 0
    loaded = _json(capsys)
    assert loaded["consolidator"] == "Sở Khoa học và Công nghệ"
    with Workspace.open(commune, create=False) as ws:
        assert ws.plans.get(2026).target("III.2.1/PL").target == 48
        assert ws.plans.get(2026).consolidator == "Sở Khoa học và Công nghệ"

    tampered = tmp_path / "sua.cdskh"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "ke-hoach.json":
                data = data.replace(b'"target": 48', b'"target": 4')
            zout.writestr(info.filename, data)
    assert main(["plan", "import", str(tampered), "--db", str(commune), "--year", "2026"]) == 1
    assert "SHA-256" in capsys.readouterr().err


def test_plan_without_subcommand_shows_usage(capsys):
    assert main(["plan"]) == 2
    assert "import" in capsys.readouterr().out


def test_refusals_keep_their_vietnamese_words(dept_db, tmp_path, capsys):
    """The interface translates these messages; the command line shows them
    as they always read."""
    path = tmp_path / "ke-hoach.cdskh"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ghi-chu.txt", "không phải kế hoạch")
    assert main(["plan", "import", str(path), "--db", str(dept_db), "--year", "2026"]) == 1
    assert (
        "Tệp kế hoạch “ke-hoach.cdskh” bị từ chối: không có manifest.json: đây không phải tệp "
        "kế hoạch." in capsys.readouterr().err
    )
    scan = docs.write_scanned_pdf(tmp_path / "scan.pdf")
    assert main(["plan", "import", str(scan), "--db", str(dept_db), "--year", "2026"]) == 1
    assert (
        "Tệp PDF “scan.pdf” không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc "
        "được nội dung kế hoạch. Hãy dùng bản DOCX hoặc PDF xuất từ Word, hoặc nhận dạng chữ "
        "(OCR) tệp này trước khi nhập." in capsys.readouterr().err
    )
    empty = tmp_path / "trong.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["plan", "import", str(empty), "--db", str(dept_db), "--year", "2026"]) == 1
    assert "Văn bản không có chữ nào để đọc." in capsys.readouterr().err
