"""Imports recorded as batches: the history lists each (date, files, rows),
an import is undone as one step (its rows only, whatever was added or edited
since) and redone with the same ids, attachments included."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.store import ActivityFilter, WorkspaceError
from desktop.store.schema import LATEST_VERSION
from tests.real_lists import department_year, hand_kept_list, station_list


def run_import(ws, path):
    session = open_import([str(path)], ws.texts.import_mapping)
    result = check_import(session, plan_lookup(ws), None)
    return commit_import(session, result, ws)


def count(ws) -> int:
    return ws.activities.count_and_sums(ActivityFilter(unit_id=ws.units.self_unit().id))[0]


def test_an_import_is_recorded_with_its_rows(unit_ws, tmp_path):
    assert unit_ws.schema_version == LATEST_VERSION
    own = unit_ws.activities.add(
        Activity(date=date(2023, 1, 2), title="Ghi tay", form="Tin bài", target_code=None)
    )
    summary = run_import(unit_ws, station_list(tmp_path / "Đài 2023.xlsx"))
    assert summary.inserted == 104 and summary.batch_id is not None
    [batch] = unit_ws.imports.history()
    assert batch.id == summary.batch_id
    assert batch.files == ("Đài 2023.xlsx",)
    assert (batch.added, batch.present, batch.undone) == (104, 104, False)
    marked = unit_ws.conn.execute(
        "SELECT count(*) FROM activities WHERE import_id = ?", (batch.id,)
    ).fetchone()[0]
    assert marked == 104
    assert (
        unit_ws.conn.execute("SELECT import_id FROM activities WHERE id = ?", (own,)).fetchone()[0]
        is None
    )


def test_importing_the_same_list_again_adds_nothing_and_records_nothing(unit_ws, tmp_path):
    path = station_list(tmp_path / "Đài 2023.xlsx")
    run_import(unit_ws, path)
    again = run_import(unit_ws, path)
    assert (again.inserted, again.skipped, again.batch_id) == (0, 104, None)
    assert len(unit_ws.imports.history()) == 1


def test_undo_after_other_edits_takes_only_the_imports_rows_and_redo_puts_them_back(
    unit_ws, tmp_path
):
    first = run_import(unit_ws, station_list(tmp_path / "Đài 2023.xlsx"))
    second = run_import(unit_ws, department_year(tmp_path / "Sở 2023.xlsx"))
    added_later = unit_ws.activities.add(
        Activity(date=date(2023, 12, 1), title="Sau khi nhập", form="Tin bài", target_code=None)
    )
    before = count(unit_ws)
    ids = [
        r[0]
        for r in unit_ws.conn.execute(
            "SELECT id FROM activities WHERE import_id = ? ORDER BY id", (first.batch_id,)
        )
    ]
    edited = unit_ws.activities.get(ids[0])
    edited.title = "Chuyên mục đã sửa sau khi nhập"
    unit_ws.activities.update(edited)

    assert unit_ws.imports.undo(first.batch_id) == 104
    assert count(unit_ws) == before - 104
    assert unit_ws.activities.get(added_later) is not None
    assert unit_ws.imports.get(second.batch_id).present == second.inserted
    undone = unit_ws.imports.get(first.batch_id)
    assert undone.undone and undone.present == 0

    assert unit_ws.imports.redo(first.batch_id) == 104
    assert count(unit_ws) == before
    assert unit_ws.activities.get(ids[0]).title == "Chuyên mục đã sửa sau khi nhập"
    assert not unit_ws.imports.get(first.batch_id).undone
    # nothing left to redo twice
    assert not unit_ws.imports.can_redo(first.batch_id)


def test_undo_keeps_attachments_for_the_redo(unit_ws, tmp_path):
    summary = run_import(unit_ws, station_list(tmp_path / "Đài 2023.xlsx"))
    first_id = unit_ws.conn.execute(
        "SELECT min(id) FROM activities WHERE import_id = ?", (summary.batch_id,)
    ).fetchone()[0]
    proof = tmp_path / "anh.png"
    proof.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    unit_ws.attachments.add(first_id, proof)
    assert len(unit_ws.attachments.of_activity(first_id)) == 1
    unit_ws.imports.undo(summary.batch_id)
    assert unit_ws.attachments.of_activity(first_id) == []
    unit_ws.imports.redo(summary.batch_id)
    assert [a["name"] for a in unit_ws.attachments.of_activity(first_id)] == ["anh.png"]


def test_a_failed_undo_changes_nothing(unit_ws, tmp_path):
    with pytest.raises(WorkspaceError, match="Không có lần nhập"):
        unit_ws.imports.undo(12345)


def _rows(ws) -> list[tuple]:
    return [tuple(r) for r in ws.conn.execute("SELECT * FROM activities ORDER BY id")]


def _tallies(ws) -> list[tuple]:
    return [tuple(r) for r in ws.conn.execute("SELECT * FROM activity_tallies ORDER BY 1, 2, 3")]


def _dai_workspace(path):
    from desktop.store import Workspace

    ws = Workspace.open(path)
    ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
    return ws


def test_an_undone_import_is_redone_after_closing_and_reopening(tmp_path):
    from desktop.store import Workspace

    path = tmp_path / "dai.cdsdb"
    ws = _dai_workspace(path)
    ws.activities.add(
        Activity(date=date(2023, 1, 2), title="Ghi tay", form="Tin bài", target_code=None)
    )
    summary = run_import(ws, station_list(tmp_path / "Đài 2023.xlsx"))
    first_id = ws.conn.execute(
        "SELECT min(id) FROM activities WHERE import_id = ?", (summary.batch_id,)
    ).fetchone()[0]
    proof = tmp_path / "anh.png"
    proof.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    ws.attachments.add(first_id, proof)
    rows, tallies = _rows(ws), _tallies(ws)
    [before] = ws.imports.history()
    assert ws.imports.undo(summary.batch_id) == 104
    assert count(ws) == 1 and len(_rows(ws)) == 1
    ws.close()

    with Workspace.open(path) as again:
        [undone] = again.imports.history()
        assert undone.undone and undone.redoable and undone.present == 0
        assert again.imports.redo(summary.batch_id) == 104
    with Workspace.open(path) as reopened:
        assert _rows(reopened) == rows
        assert _tallies(reopened) == tallies
        assert [a["name"] for a in reopened.attachments.of_activity(first_id)] == ["anh.png"]
        [redone] = reopened.imports.history()
        assert redone == before
        assert reopened.conn.execute("SELECT count(*) FROM undone_activities").fetchone()[0] == 0


def test_a_redo_after_new_activities_took_the_ids_gives_new_ones(unit_ws, tmp_path):
    summary = run_import(unit_ws, station_list(tmp_path / "Đài 2023.xlsx"))
    titles = sorted(a.title for a in unit_ws.activities.iterate(ActivityFilter()))
    unit_ws.imports.undo(summary.batch_id)
    own = unit_ws.activities.add(
        Activity(date=date(2023, 12, 1), title="Sau khi hoàn tác", form="Tin bài", target_code=None)
    )
    assert unit_ws.conn.execute("SELECT max(id) FROM activities").fetchone()[0] == own
    assert unit_ws.imports.redo(summary.batch_id) == 104
    assert unit_ws.activities.get(own).title == "Sau khi hoàn tác"
    after = sorted(a.title for a in unit_ws.activities.iterate(ActivityFilter()))
    assert after == sorted([*titles, "Sau khi hoàn tác"])
    batch = unit_ws.imports.get(summary.batch_id)
    assert (batch.present, batch.undone, batch.redoable) == (104, False, False)
    # undone again and redone again, under the new ids
    assert unit_ws.imports.undo(summary.batch_id) == 104
    assert unit_ws.imports.redo(summary.batch_id) == 104
    recount = unit_ws.conn.execute(
        "SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), count(*) "
        "FROM activities GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    ).fetchall()
    assert _tallies(unit_ws) == [tuple(r) for r in recount]


def test_only_the_latest_undone_imports_keep_their_rows(unit_ws, tmp_path):
    from desktop.store.imports import UNDONE_KEPT

    batches = []
    for n in range(UNDONE_KEPT + 1):
        path = hand_kept_list(tmp_path / f"Tin bài {n}.xlsx", prefix=f"Tin lần {n} số")
        batches.append(run_import(unit_ws, path).batch_id)
    for batch in batches:
        unit_ws.imports.undo(batch)
    kept = [b.id for b in unit_ws.imports.history() if b.redoable]
    assert sorted(kept) == batches[1:]
    with pytest.raises(WorkspaceError, match=f"chỉ giữ {UNDONE_KEPT} lần hoàn tác gần nhất"):
        unit_ws.imports.redo(batches[0])
    assert unit_ws.imports.get(batches[0]).undone
    assert unit_ws.imports.redo(batches[-1]) > 0


def test_a_redo_that_would_bring_rows_back_twice_is_refused(unit_ws, tmp_path):
    path = station_list(tmp_path / "Đài 2023.xlsx")
    summary = run_import(unit_ws, path)
    unit_ws.imports.undo(summary.batch_id)
    again = run_import(unit_ws, path)
    assert again.inserted == 104
    rows = _rows(unit_ws)
    with pytest.raises(WorkspaceError, match="Dữ liệu không thay đổi"):
        unit_ws.imports.redo(summary.batch_id)
    assert _rows(unit_ws) == rows
    assert unit_ws.imports.get(summary.batch_id).undone
