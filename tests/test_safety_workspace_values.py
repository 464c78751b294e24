"""A workspace file from another computer holds only what the app writes:
a file opened with --db is refused when it carries a trigger or view of
its own (it would run with the app's writes), and a backup restored or a
previous year's file imported is refused when a column holds what the app
never writes (the tables' declared types are not enforced by SQLite, and a
read-only connection checks none of their CHECK constraints). Nothing the
officer has is changed by a refusal."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.io.previous import PreviousImportError, read_previous_workspace
from desktop.store import Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def sample(tmp_path) -> Path:
    """A unit's workspace of three activities, checkpointed into one file."""
    path = tmp_path / "mau.cdsdb"
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
    ws.activities.insert_many(
        [
            Activity(date=date(2023, 3, d), title=f"Chuyên mục số {d}", form="Chuyên mục")
            for d in (1, 8, 15)
        ],
        unit.id,
    )
    ws.close()
    return path


def _altered(sample: Path, name: str, *statements: str) -> Path:
    """A copy of the sample with statements run past every check."""
    path = sample.with_name(name)
    shutil.copy(sample, path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for sql in statements:
        conn.execute(sql)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    return path


def test_a_file_with_a_trigger_of_its_own_is_not_opened(sample, capsys):
    path = _altered(
        sample,
        "co-trigger.cdsdb",
        "CREATE TRIGGER xoa AFTER INSERT ON report_texts BEGIN DELETE FROM activities; END",
    )
    before = _digest(path)
    texts = path.with_name("texts.json")
    texts.write_text('{"year": 2023, "texts": {}}', encoding="utf-8")
    assert main(["texts", "import", "--db", str(path), "--year", "2023", str(texts)]) == 1
    err = capsys.readouterr().err
    assert f"Tệp “{path}” chứa “xoa” (trigger) mà ứng dụng không bao giờ tạo" in err
    assert _digest(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 3


@pytest.mark.parametrize(
    ("statement", "table", "column"),
    [
        ("UPDATE activities SET date = '2023-02-31' WHERE id = 1", "activities", "date"),
        ("UPDATE activities SET date = '99999-01-01' WHERE id = 1", "activities", "date"),
        ("UPDATE activities SET quantity = 'abc' WHERE id = 1", "activities", "quantity"),
        ("UPDATE activities SET quantity = -5 WHERE id = 1", "activities", "quantity"),
        ("UPDATE activities SET cost = 1e308 WHERE id = 1", "activities", "cost"),
        ("UPDATE activities SET title = x'00ff' WHERE id = 1", "activities", "title"),
        ("UPDATE activities SET created_at = 'hôm qua' WHERE id = 1", "activities", "created_at"),
        ("UPDATE units SET name = x'41' WHERE id = 1", "units", "name"),
        ("UPDATE meta SET value = 'abc' WHERE key = 'self_unit_id'", "meta", "value"),
        # Lists the app reads back as JSON: of the shape it writes.
        ("UPDATE units SET recipients = 'Sở KH&CN' WHERE id = 1", "units", "recipients"),
        ("UPDATE units SET lead_kinds = '[1, 2]' WHERE id = 1", "units", "lead_kinds"),
        ("UPDATE targets SET lead_kinds = '{}' WHERE rowid = 1", "targets", "lead_kinds"),
        (
            "INSERT INTO import_mappings VALUES ('k', '[1', '2026-01-01T00:00:00')",
            "import_mappings",
            "mapping",
        ),
    ],
)
def test_a_backup_holding_what_the_app_never_writes_is_not_restored(
    sample, tmp_path, capsys, statement, table, column
):
    backup = _altered(sample, "ban-sao.cdsdb", statement)
    workspace = tmp_path / "dang-dung.cdsdb"
    shutil.copy(sample, workspace)
    before = _digest(workspace)
    assert main(["restore", str(backup), "--db", str(workspace)]) == 1
    err = capsys.readouterr().err
    assert f"Tệp “{backup}”: cột “{column}” của bảng “{table}” có 1 giá trị sai kiểu" in err
    assert _digest(workspace) == before
    assert not list(tmp_path.glob("*truoc-khoi-phuc*"))  # nothing was put aside either

    with pytest.raises(PreviousImportError, match=f"cột “{column}” của bảng “{table}”"):
        read_previous_workspace(backup)


def test_the_sample_itself_restores(sample, tmp_path, capsys):
    workspace = tmp_path / "dang-dung.cdsdb"
    shutil.copy(sample, workspace)
    assert main(["restore", str(sample), "--db", str(workspace)]) == 0
    assert "3 hoạt động" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("statement", "table"),
    [
        ("UPDATE activities SET notes = CAST(x'c3283a' AS TEXT)", "activities"),
        (  # a text no check names: a unit's governing body, printed in the report's header
            "UPDATE units SET governing_body = CAST(x'55c328' AS TEXT) WHERE id = 1",
            "units",
        ),
        (  # an officer's written paragraph
            "INSERT INTO report_texts (unit_id, year, key, text, updated_at) VALUES "
            "(1, 2023, 'ket_qua', CAST(x'43c328' AS TEXT), '2026-01-01T00:00:00')",
            "report_texts",
        ),
        (  # a tally's target code (the consolidated progress reads it)
            "UPDATE activity_tallies SET code = CAST(x'49c328' AS TEXT)",
            "activity_tallies",
        ),
    ],
)
def test_text_that_is_not_utf8_in_any_table_is_refused(sample, tmp_path, capsys, statement, table):
    backup = _altered(sample, "chu-hong.cdsdb", statement)
    workspace = tmp_path / "dang-dung.cdsdb"
    shutil.copy(sample, workspace)
    before = _digest(workspace)
    assert main(["restore", str(backup), "--db", str(workspace)]) == 1
    assert f"bảng “{table}” có chữ không phải UTF-8" in capsys.readouterr().err
    assert _digest(workspace) == before
    with pytest.raises(PreviousImportError, match=f"bảng “{table}” có chữ không phải UTF-8"):
        read_previous_workspace(backup)


def test_tallies_that_differ_from_the_activities_are_refused(sample, tmp_path, capsys):
    # The stored tally says 10 where the three activities add up to 3: the
    # department's consolidated figures would be read from the wrong one.
    backup = _altered(
        sample,
        "tong-sai.cdsdb",
        "DROP TRIGGER activity_tallies_update",
        "UPDATE activity_tallies SET quantity = 10",
    )
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT quantity, records FROM activity_tallies").fetchall() == [
            (10, 3)
        ]
    workspace = tmp_path / "dang-dung.cdsdb"
    shutil.copy(sample, workspace)
    before = _digest(workspace)
    assert main(["restore", str(backup), "--db", str(workspace)]) == 1
    err = capsys.readouterr().err
    assert (
        f"Tệp “{backup}”: số liệu tổng hợp lưu trong tệp không khớp với các hoạt động của "
        "chính tệp đó (1 dòng)"
    ) in err
    assert _digest(workspace) == before


def test_a_tally_missing_is_refused_too(sample, tmp_path, capsys):
    backup = _altered(
        sample,
        "thieu-tong.cdsdb",
        "DROP TRIGGER activity_tallies_delete",
        "DELETE FROM activity_tallies",
    )
    workspace = tmp_path / "dang-dung.cdsdb"
    shutil.copy(sample, workspace)
    assert main(["restore", str(backup), "--db", str(workspace)]) == 1
    assert "không khớp với các hoạt động" in capsys.readouterr().err


def test_a_damaged_text_in_the_open_workspace_is_explained_not_unexpected(sample, capsys):
    # The officer's own file, damaged in one text (opening checks the pages,
    # not every text): reading it says what happened and what to do.
    damaged = _altered(
        sample, "hong-mot-cho.cdsdb", "UPDATE units SET place = CAST(x'51c328' AS TEXT)"
    )
    out = damaged.with_name("bc.docx")
    argv = ["report", "--db", str(damaged), "--year", "2023", "--out", str(out)]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(
        f"Lỗi: Tệp dữ liệu “{damaged}” bị hỏng ở một chỗ nên không đọc được (Could not decode"
    )
    assert "Hãy khôi phục từ bản sao lưu gần nhất (Công cụ > Khôi phục từ bản sao lưu..." in err
    assert "không mong đợi" not in err and not out.exists()
