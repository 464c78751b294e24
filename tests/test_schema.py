"""Schema, migrations and refusing files that are not ours or too new."""

import sqlite3

import pytest

from desktop.store import Workspace, WorkspaceError
from desktop.store.connection import migrate
from desktop.store.schema import APPLICATION_ID, LATEST_VERSION


def test_new_workspace_is_at_latest_version_with_wal_and_foreign_keys(ws):
    assert ws.schema_version == LATEST_VERSION
    assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert ws.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {r[0] for r in ws.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "plans",
        "targets",
        "themes",
        "units",
        "activities",
        "report_texts",
        "attachments",
        "import_mappings",
        "submissions",
        "meta",
        "unit_kinds",
        "forms",
    } <= tables


def _make_v1_file(path):
    """A workspace as the first version of the app wrote it, with one activity."""
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, 0, 1)
    conn.execute("INSERT INTO units(id, name) VALUES (1, 'Đơn vị cũ')")
    conn.execute(
        "INSERT INTO activities(uid, unit_id, year, date, form, title, created_at, updated_at) "
        "VALUES ('u1', 1, 2022, '2022-05-01', 'Tin bài', 'Chuyển đổi số ở xã', '2022-05-01', '2022-05-01')"
    )
    conn.close()


def test_old_file_is_migrated_step_by_step_and_backed_up_first(tmp_path, data_dir):
    path = tmp_path / "old.cdsdb"
    _make_v1_file(path)
    with Workspace.open(path) as ws:
        assert ws.schema_version == LATEST_VERSION
        row = ws.conn.execute("SELECT search_text FROM activities").fetchone()
        assert row[0].startswith("chuyen doi so o xa")
        assert ws.get_meta("migrated_v2") and ws.get_meta("migrated_v3")
        assert (
            ws.plans.years() == []
        )  # an existing file is never re-seeded behind the officer's back
    backups = list((data_dir / "backups").glob("old_*_truoc-nang-cap-v1.cdsdb"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT title FROM activities").fetchone()[0] == "Chuyển đổi số ở xã"


def test_migration_step_is_atomic(tmp_path, monkeypatch):
    from desktop.store import schema

    path = tmp_path / "old.cdsdb"
    _make_v1_file(path)

    def broken_v3(conn):
        conn.execute("CREATE TABLE import_mappings (signature TEXT)")
        raise RuntimeError("power cut")

    steps = list(schema.MIGRATIONS)
    steps[2] = broken_v3
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    with pytest.raises(RuntimeError):
        Workspace.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2  # v2 landed whole, v3 not at all
    assert "import_mappings" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    monkeypatch.undo()
    with Workspace.open(path) as ws:  # opens cleanly and finishes the migration
        assert ws.schema_version == LATEST_VERSION


def test_file_from_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "new.cdsdb"
    Workspace.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="phiên bản mới hơn"):
        Workspace.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "rỗng"),
        (b"Hello, this is a text file\n" * 10, "không phải tệp dữ liệu"),
        (b"SQLite format 3\x00" + b"\x00" * 20, "cắt cụt"),
    ],
)
def test_files_that_are_not_workspaces_are_refused_untouched(tmp_path, content, message):
    path = tmp_path / "x.cdsdb"
    path.write_bytes(content)
    with pytest.raises(WorkspaceError, match=message):
        Workspace.open(path)
    assert path.read_bytes() == content


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="chương trình khác"):
        Workspace.open(path)
    assert path.read_bytes() == before


def test_missing_file_is_not_created_when_not_asked(tmp_path):
    with pytest.raises(WorkspaceError, match="Không tìm thấy"):
        Workspace.open(tmp_path / "none.cdsdb", create=False)
    assert not (tmp_path / "none.cdsdb").exists()


def test_list_orders_page_through_all_rows_and_follow_edits(unit_ws):
    """Orders without an index of their own are computed once and sliced;
    a write refreshes them."""
    from datetime import date

    from desktop.domain.activity import Activity
    from desktop.store import ActivityFilter

    unit = unit_ws.units.self_unit()
    titles = [f"Tin {n:03d}" for n in range(250)]
    unit_ws.activities.insert_many(
        [
            Activity(date=date(2023, 1, 1 + n % 28), title=t, form="Tin bài")
            for n, t in enumerate(titles)
        ],
        unit.id,
    )
    flt = ActivityFilter(unit_id=unit.id, year=2023)
    pages = [
        unit_ws.activities.page(flt, sort="title", descending=True, offset=o, limit=100)
        for o in (0, 100, 200)
    ]
    assert [r["title"] for page in pages for r in page] == sorted(titles, reverse=True)
    unit_ws.activities.add(Activity(date=date(2023, 2, 1), title="Tin 999", form="Tin bài"))
    assert (
        unit_ws.activities.page(flt, sort="title", descending=True, limit=1)[0]["title"]
        == "Tin 999"
    )
    by_cost = unit_ws.activities.page(flt, sort="cost", limit=300)
    assert len(by_cost) == 251


def test_no_index_per_sort_order(ws):
    """Each index costs every imported row; sort orders are served without them."""
    names = {
        r[0]
        for r in ws.conn.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'activities' AND type = 'index'"
        )
    }
    assert not any(n.startswith("activities_by_") for n in names)
    assert {"activities_identity", "activities_list", "activities_consolidation"} <= names
