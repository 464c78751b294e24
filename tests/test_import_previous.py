"""A previous year's workspace file: read through a migrated copy (the source
is never modified), unit profile, plan, activities and report texts brought in
one transaction, re-import adds nothing, newer/corrupt files refused."""

import hashlib
import sqlite3
from dataclasses import replace

import pytest
from import_fixtures import UNIT, make_v1_workspace

from desktop.cli import main
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.previous import PreviousImportError, read_previous_workspace
from desktop.store import ActivityFilter, Workspace


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_an_old_version_file_never_modifies_it(tmp_path, data_dir):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    before = digest(src)
    prev = read_previous_workspace(src)
    assert prev.schema_version == 1
    assert prev.unit.signer_name == "Nguyễn Văn A"
    assert [p.year for p in prev.plans] == [2022]
    assert [a.title for a in prev.activities] == ["CĐS 2022 số 1", "CĐS 2022 số 2", "Tin khác 2022"]
    assert digest(src) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2022.cdsdb", "data"]
    # the throwaway copy is migrated without a safety backup of its own
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_previous_workspace_brings_unit_plan_activities_and_texts(tmp_path):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    ws.units.set_self_unit(ws.units.by_name(UNIT))  # untouched profile from the plan
    unit = ws.units.self_unit()
    session = open_import([src], ws.texts.import_mapping)
    summary = commit_import(session, check_import(session, plan_lookup(ws)), ws)
    assert (summary.inserted, summary.skipped) == (3, 0)
    [prev] = summary.previous
    assert prev.profile_taken and prev.plans_added == [2022] and prev.texts_added == 2
    assert ws.units.self_unit().signer_name == "Nguyễn Văn A"
    assert ws.units.self_unit().id == unit.id
    assert ws.plans.years() == [2022, 2023]
    assert ws.plans.get(2022).target("III.2.a/TH").target == 52
    assert ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id, year=2022)) == (
        3,
        5,
        2_000_000,
    )
    assert ws.texts.report_texts(unit.id, 2022) == {
        "ket_qua": "Năm 2022 Đài đã thực hiện tốt.",
        "kien_nghi": "Đề nghị bổ sung kinh phí.",
    }
    # the 2022 plan can now be carried into 2024
    assert ws.plans.copy(2022, 2024).year == 2024

    again = open_import([src], ws.texts.import_mapping)
    summary2 = commit_import(again, check_import(again, plan_lookup(ws)), ws)
    assert (summary2.inserted, summary2.skipped) == (0, 3)
    assert summary2.previous[0].texts_present == 2 and not summary2.previous[0].plans_added
    assert ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))[0] == 3
    ws.close()


def test_edited_profile_and_texts_are_kept(tmp_path):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    unit = ws.units.set_self_unit(ws.units.by_name(UNIT))
    ws.units.save(replace(unit, signer_name="Trần Thị B"))
    ws.texts.set_report_text(unit.id, 2022, "ket_qua", "Đã sửa tay.")
    session = open_import([src], ws.texts.import_mapping)
    [prev] = commit_import(session, check_import(session, plan_lookup(ws)), ws).previous
    assert not prev.profile_taken
    assert ws.units.self_unit().signer_name == "Trần Thị B"
    assert ws.texts.report_texts(unit.id, 2022)["ket_qua"] == "Đã sửa tay."
    assert (prev.texts_added, prev.texts_present) == (1, 1)
    ws.close()


def test_workspace_without_unit_takes_the_previous_one(tmp_path):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    session = open_import([src], ws.texts.import_mapping)
    commit_import(session, check_import(session, plan_lookup(ws)), ws)
    assert ws.units.self_unit().name == UNIT and ws.units.self_unit().signer_name == "Nguyễn Văn A"
    assert len([u for u in ws.units.all() if u.name == UNIT]) == 1
    ws.close()


def test_other_units_file_is_refused_and_nothing_written(tmp_path):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    ws.units.set_self_unit(ws.units.by_name("Báo Quảng Ngãi"))
    counts = ws.figures.counts()
    session = open_import([src], ws.texts.import_mapping)
    with pytest.raises(PreviousImportError, match="khác đơn vị"):
        commit_import(session, check_import(session, plan_lookup(ws)), ws)
    assert ws.figures.counts() == counts and ws.plans.years() == [2023]
    ws.close()


def test_newer_and_corrupt_files_are_refused_with_the_stores_message(tmp_path):
    newer = tmp_path / "moi.cdsdb"
    Workspace.open(newer).close()
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(PreviousImportError, match="phiên bản mới hơn") as e:
        read_previous_workspace(newer)
    assert str(newer) in str(e.value)
    broken = tmp_path / "hong.cdsdb"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    with pytest.raises(PreviousImportError, match="hong.cdsdb"):
        read_previous_workspace(broken)


def test_cli_imports_previous_workspace_and_list_together(tmp_path, capsys):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    db = tmp_path / "2023.cdsdb"
    assert main(["init", "--db", str(db), "--unit", UNIT]) == 0
    lst = tmp_path / "ds.csv"
    lst.write_text(
        "Ngày,Hình thức,Tiêu đề\n05/01/2023,Tin bài,Tin 2023\n,,Tổng cộng\n", encoding="utf-8"
    )
    capsys.readouterr()
    assert main(["import", str(src), str(lst), "--db", str(db), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Kiểm tra (chưa ghi gì): sẽ nhập 4; Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    assert main(["import", str(src), str(lst), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "thêm kế hoạch năm 2022" in out
    assert "Đã nhập 4 dòng. Đã có sẵn (bỏ qua): 0. Bị từ chối: 0." in out
    assert "Bỏ qua 1 dòng tổng cộng." in out
    assert main(["import", str(src), str(lst), "--db", str(db)]) == 0
    assert "Đã nhập 0 dòng. Đã có sẵn (bỏ qua): 4." in capsys.readouterr().out
    with Workspace.open(db, create=False) as ws:
        assert ws.activities.years() == [2022, 2023]
        unit_id = ws.units.self_unit().id
        assert ws.activities.count_and_sums(ActivityFilter(unit_id=unit_id, year=2023)) == (1, 1, 0)
        assert ws.activities.count_and_sums(ActivityFilter(unit_id=unit_id, year=2022)) == (
            3,
            5,
            2_000_000,
        )


def test_other_units_file_is_refused_as_soon_as_it_is_read(tmp_path, capsys):
    src = make_v1_workspace(tmp_path / "2022.cdsdb")
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    ws.units.set_self_unit(ws.units.by_name("Báo Quảng Ngãi"))
    session = open_import([src], ws.texts.import_mapping, own_unit="Báo Quảng Ngãi")
    assert session.previous == []
    [problem] = session.file_errors
    assert problem.source == "2022.cdsdb"
    assert str(problem.message) == (
        f"Tệp “{src}” là dữ liệu của “{UNIT}”, khác đơn vị của dữ liệu đang mở "
        "(“Báo Quảng Ngãi”). Không nhập để tránh lẫn số liệu hai đơn vị."
    )
    # the same unit, written another way, is the same unit
    same = open_import([src], ws.texts.import_mapping, own_unit=UNIT.upper())
    assert len(same.previous) == 1 and same.file_errors == []
    ws.close()
    # the command line refuses it before writing anything
    assert main(["import", "--db", str(tmp_path / "2023.cdsdb"), str(src)]) != 0
    assert "khác đơn vị của dữ liệu đang mở" in capsys.readouterr().err
    ws = Workspace.open(tmp_path / "2023.cdsdb")
    assert ws.plans.years() == [2023] and ws.imports.history() == []
    ws.close()
