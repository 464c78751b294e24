"""Texts of a unit's profile and of its report are bounded wherever they come
from (the officer in the app or on the command line, a texts file, a unit's
package, a previous year's file): a line of the report's header past 300
characters, a report detail past 200 or a section past 100,000 is refused,
naming the field, and nothing is written."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from package_fixtures import DAI
from test_safety_packages import forge, parts_of

from desktop.cli import main
from desktop.domain.field_limits import (
    MAX_META_TEXT,
    MAX_SECTION_TEXT,
    MAX_UNIT_LINE,
    report_text_problem,
    unit_problem,
)
from desktop.domain.plan import Unit
from desktop.io.package_import import Outcome, receive_package
from desktop.io.previous import PreviousImportError, read_previous_workspace
from desktop.store import Workspace, WorkspaceError


def test_a_unit_line_is_refused_past_its_limit_after_cleaning():
    assert unit_problem(Unit("Đài", governing_body="A" * MAX_UNIT_LINE)) is None
    # Spaces a cleaned line loses are not counted.
    assert unit_problem(Unit("Đài", place="Quảng   Ngãi" + " " * 400)) is None
    problem = unit_problem(Unit("Đài", signer_name="B" * (MAX_UNIT_LINE + 1)))
    assert str(problem) == (
        "Họ tên người ký của đơn vị “Đài” quá dài (301 ký tự, tối đa 300): đây là một dòng "
        "của báo cáo, hãy viết gọn lại."
    )
    long_name = unit_problem(Unit("Ủy ban " * 100))
    assert str(long_name).startswith("Tên đơn vị của đơn vị “Ủy ban Ủy ban")
    assert "…” quá dài (700 ký tự" in str(long_name)  # the name quoted is cut short
    one_recipient = unit_problem(Unit("Đài", recipients=("Sở", "C" * 301)))
    assert str(one_recipient).startswith("Một nơi nhận của đơn vị “Đài” quá dài (301 ký tự")
    many = unit_problem(Unit("Đài", recipients=tuple(f"Nơi {i}" for i in range(201))))
    assert str(many) == "Đơn vị “Đài” có 201 nơi nhận báo cáo (tối đa 200): hãy bỏ bớt."


def test_a_report_detail_and_a_section_have_their_own_limits():
    assert report_text_problem(2023, "meta:signer_name", "N" * MAX_META_TEXT) is None
    assert str(report_text_problem(2023, "meta:signer_name", "N" * 201)) == (
        "Đoạn “meta:signer_name” của báo cáo năm 2023 quá dài (201 ký tự, tối đa 200): hãy "
        "viết gọn lại hoặc đưa phần chi tiết vào phụ lục."
    )
    # The consolidated report's details are details too.
    assert "tối đa 200" in str(report_text_problem(2023, "tong_hop:meta:number", "1" * 201))
    assert report_text_problem(2023, "uu_diem", "x" * MAX_SECTION_TEXT) is None
    assert "(100.001 ký tự, tối đa 100.000)" in str(
        report_text_problem(2023, "uu_diem", "x" * (MAX_SECTION_TEXT + 1))
    )


def test_unit_set_refuses_a_signer_name_too_long(unit_db_file, capsys):
    argv = ["unit", "set", "--db", str(unit_db_file)]
    assert main(argv + ["--signer-name", "Nguyễn Văn An", "--signer-title", "PHÓ GIÁM ĐỐC"]) == 0
    capsys.readouterr()
    assert main(argv + ["--signer-name", "N" * 301, "--signer-title", "GIÁM ĐỐC"]) == 1
    err = capsys.readouterr().err
    assert "Họ tên người ký của đơn vị “Đài Phát thanh và Truyền hình tỉnh” quá dài" in err
    with Workspace.open(unit_db_file, create=False) as ws:
        unit = ws.units.self_unit()
        # Nothing of the refused change was kept, not even its valid field.
        assert (unit.signer_name, unit.signer_title) == ("Nguyễn Văn An", "PHÓ GIÁM ĐỐC")


def test_a_texts_file_with_a_section_too_long_is_refused(unit_db_file, tmp_path, capsys):
    texts = tmp_path / "noi-dung.json"
    texts.write_text(
        json.dumps({"chi_dao": "Đã chỉ đạo.", "uu_diem": "x" * (MAX_SECTION_TEXT + 1)}),
        encoding="utf-8",
    )
    argv = ["texts", "import", "--db", str(unit_db_file), "--year", "2023", str(texts)]
    assert main(argv) == 1
    assert "Đoạn “uu_diem” của báo cáo năm 2023 quá dài" in capsys.readouterr().err
    with Workspace.open(unit_db_file, create=False) as ws:
        unit = ws.units.self_unit()
        assert ws.texts.report_texts(unit.id, 2023) == {}  # not even the short one


def test_the_store_refuses_whatever_the_caller(unit_db_file):
    with Workspace.open(unit_db_file, create=False) as ws:
        unit = ws.units.self_unit()
        with pytest.raises(WorkspaceError, match="Kính gửi của đơn vị"):
            ws.units.save(Unit(unit.name, addressee="S" * 400, id=unit.id))
        with pytest.raises(WorkspaceError, match="quá dài"):
            ws.texts.add_missing(unit.id, 2023, {"khac": "y" * (MAX_SECTION_TEXT + 5)})
        assert ws.units.self_unit().addressee == unit.addressee
        assert ws.texts.report_texts(unit.id, 2023) == {}


def _altered(source, target, *statements):
    shutil.copy(source, target)
    with sqlite3.connect(target) as conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return target


def test_a_previous_year_file_with_a_profile_line_too_long_is_refused(
    unit_db_file, tmp_path, capsys
):
    previous = _altered(
        unit_db_file,
        tmp_path / "nam-truoc.cdsdb",
        f"UPDATE units SET governing_body = '{'U' * 5000}' "
        "WHERE id = (SELECT value FROM meta WHERE key = 'self_unit_id')",
    )
    with pytest.raises(PreviousImportError) as e:
        read_previous_workspace(previous)
    assert str(e.value) == (
        f"Tệp “{previous}”: Cơ quan chủ quản của đơn vị “Đài Phát thanh và Truyền hình tỉnh” "
        "quá dài (5.000 ký tự, tối đa 300): đây là một dòng của báo cáo, hãy viết gọn lại. "
        "Không nhập."
    )


def test_a_previous_year_file_with_a_text_too_long_is_refused(unit_db_file, tmp_path):
    previous = _altered(
        unit_db_file,
        tmp_path / "nam-truoc.cdsdb",
        "INSERT INTO report_texts (unit_id, year, key, text, updated_at) VALUES "
        f"((SELECT value FROM meta WHERE key = 'self_unit_id'), 2023, 'meta:number', "
        f"'{'9' * 500}', '2026-01-01T00:00:00')",
    )
    with pytest.raises(PreviousImportError, match="Đoạn “meta:number” của báo cáo năm 2023"):
        read_previous_workspace(previous)


def test_a_package_with_a_section_too_long_is_refused(exchange, dept_path, tmp_path):
    _, parts = parts_of(exchange.packages[DAI])
    texts = json.loads(parts["noi-dung-bao-cao.json"])
    texts["uu_diem"] = "z" * (MAX_SECTION_TEXT + 1)
    package = forge(
        exchange.packages[DAI],
        tmp_path / "doan-dai.cdsgoi",
        noi_dung_bao_cao_json=json.dumps(texts).encode(),
    )
    with Workspace.open(dept_path, create=False) as ws:
        result = receive_package(ws, package)
        assert result.outcome is Outcome.REFUSED
        assert "doan-dai.cdsgoi" in result.message
        assert "Đoạn “uu_diem” của báo cáo năm 2023 quá dài" in result.message
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
        assert ws.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0


def test_a_package_from_a_new_unit_with_a_line_too_long_is_refused(exchange, dept_path, tmp_path):
    _, parts = parts_of(exchange.packages[DAI])
    profile = json.loads(parts["don-vi.json"])
    # A unit the department does not have yet: its profile is stored on receipt.
    profile.update(name="Ủy ban nhân dân xã Mới", short_name="UBND xã Mới")
    profile["signer_title"] = "G" * 1000
    package = forge(
        exchange.packages[DAI],
        tmp_path / "dong-dai.cdsgoi",
        manifest_change=lambda m: m.update(unit=profile["name"]),
        don_vi_json=json.dumps(profile).encode(),
    )
    with Workspace.open(dept_path, create=False) as ws:
        result = receive_package(ws, package)
        assert result.outcome is Outcome.REFUSED, result.message
        assert "Chức vụ người ký của đơn vị" in result.message
        assert ws.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
