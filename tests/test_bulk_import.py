"""Large imports take the bulk path (a staging table, the import's id written
with each row, tallies added in one statement): the rows, tallies, indexes
and history they leave are the same as row-by-row inserts leave, and a
spreadsheet's text reaches the checks in NFC whichever way it was read."""

from __future__ import annotations

import csv
import unicodedata
from datetime import date, datetime, timedelta

import pytest
import xlsxwriter

from desktop.domain.activity import Activity
from desktop.io.importer import check_import, commit_import, open_import, plan_lookup
from desktop.io.tables import read_xlsx
from desktop.store import ActivityFilter, Workspace
from desktop.store.activities import STAGED_FROM

ROWS = STAGED_FROM + 120
CODES = ["III.2.a/TH", "III.2.d", ""]


def _csv_list(path, rows: int, start: int = 0):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Ngày đăng", "Mã chỉ tiêu", "Hình thức", "Tên tin, bài", "SL", "Link"])
        for i in range(start, start + rows):
            day = date(2023, 1, 1) + timedelta(days=i % 365)
            w.writerow(
                [
                    day.strftime("%d/%m/%Y"),
                    CODES[i % 3],
                    "Tin bài" if i % 2 else "Phóng sự",
                    f"Chuyển đổi số ở cơ sở, số {i}",
                    1 + i % 3,
                    f"https://ptth.quangngai.gov.vn/cds/{i}.html",
                ]
            )
    return path


def _import(ws, *paths):
    session = open_import([str(p) for p in paths], ws.texts.import_mapping)
    result = check_import(session, plan_lookup(ws), None)
    assert result.rejected == []
    return commit_import(session, result, ws)


def _marked(ws, batch) -> int:
    return ws.conn.execute(
        "SELECT count(*) FROM activities WHERE import_id IS ?", (batch,)
    ).fetchone()[0]


def test_a_large_import_writes_its_batch_with_every_row(unit_ws, tmp_path):
    small = _import(unit_ws, _csv_list(tmp_path / "it.csv", 30, start=5000))
    assert small.inserted == 30 and _marked(unit_ws, small.batch_id) == 30
    summary = _import(unit_ws, _csv_list(tmp_path / "nhieu.csv", ROWS))
    assert summary.inserted == ROWS
    assert _marked(unit_ws, summary.batch_id) == ROWS
    assert _marked(unit_ws, None) == 0
    # New uids: unique, and growing with the rows' order (the uid index is
    # filled in order); a second import's never meet the first's.
    uids = [
        r[0]
        for r in unit_ws.conn.execute(
            "SELECT uid FROM activities WHERE import_id = ? ORDER BY id", (summary.batch_id,)
        )
    ]
    assert len(set(uids)) == ROWS and uids == sorted(uids)
    assert all(len(u) == 32 and int(u, 16) >= 0 for u in uids)
    earlier = {r[0] for r in unit_ws.conn.execute("SELECT uid FROM activities WHERE id <= 30")}
    assert not earlier & set(uids)
    [latest, first] = unit_ws.imports.history()
    assert (latest.id, latest.added, latest.present) == (summary.batch_id, ROWS, ROWS)
    assert latest.files == ("nhieu.csv",) and first.id == small.batch_id

    again = _import(unit_ws, tmp_path / "nhieu.csv")
    assert (again.inserted, again.skipped, again.batch_id) == (0, ROWS, None)
    assert unit_ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 2

    assert unit_ws.imports.undo(summary.batch_id) == ROWS
    flt = ActivityFilter(unit_id=unit_ws.units.self_unit().id)
    assert unit_ws.activities.count_and_sums(flt)[0] == 30
    assert unit_ws.imports.redo(summary.batch_id) == ROWS
    assert unit_ws.activities.count_and_sums(flt)[0] == 30 + ROWS


def test_a_trial_import_leaves_no_batch(unit_ws, tmp_path):
    path = _csv_list(tmp_path / "thu.csv", ROWS)
    session = open_import([str(path)], unit_ws.texts.import_mapping)
    result = check_import(session, plan_lookup(unit_ws), None)
    trial = commit_import(session, result, unit_ws, dry_run=True)
    assert trial.inserted == ROWS and trial.batch_id is None
    assert unit_ws.conn.execute("SELECT count(*) FROM imports").fetchone()[0] == 0
    assert unit_ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0


def _activities(n: int) -> list[Activity]:
    stamp = datetime(2023, 5, 1, 8, 30)
    return [
        Activity(
            date=date(2023, 1, 1) + timedelta(days=(i * 7) % 365),
            title=f"Tọa đàm “Công dân số” lần {i}" + (" – Đ" if i % 5 == 0 else ""),
            form=["Tin bài", "Video", "Chuyên mục"][i % 3],
            target_code=CODES[i % 3] or None,
            quantity=1 + i % 4,
            language="Tiếng Anh" if i % 9 == 0 else "Tiếng Việt",
            link="" if i % 4 == 0 else f"https://example.gov.vn/{i}",
            cost=(i % 3) * 250_000,
            themes=(1, 3) if i % 2 else (),
            notes="" if i % 6 else "Phát lại\nlần hai",
            uid=f"uid-{i:06d}",
            created_at=stamp if i % 2 else None,
            updated_at=stamp if i % 2 else None,
            views=i if i % 10 == 0 else None,
            funding="ngân sách tỉnh" if i % 8 == 0 else "",
        )
        for i in range(n)
    ]


def _state(ws) -> tuple:
    rows = ws.conn.execute("SELECT * FROM activities ORDER BY id").fetchall()
    stamp_free = [
        tuple(r[k] for k in r.keys() if k not in ("created_at", "updated_at")) for r in rows
    ]
    stamps = [(r["created_at"], r["updated_at"]) for r in rows if r["uid"] < "uid-000010"]
    tallies = ws.conn.execute("SELECT * FROM activity_tallies ORDER BY 1, 2, 3").fetchall()
    indexes = [tuple(r) for r in ws.conn.execute("PRAGMA index_list(activities)")]
    return stamp_free, [tuple(t) for t in tallies], sorted(indexes), stamps


@pytest.mark.parametrize("present", [0, 40], ids=["fresh", "with-rows"])
def test_the_bulk_path_stores_what_row_by_row_inserts_store(tmp_path, present):
    held = _activities(ROWS)
    results = []
    for name, chunk in (("bulk", ROWS), ("rows", STAGED_FROM - 1)):
        ws = Workspace.open(tmp_path / f"{name}.cdsdb")
        unit = ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh").id
        if present:  # rows already present, skipped by the identity rule
            assert ws.activities.insert_many(held[:present], unit) == (present, 0)
        for start in range(0, ROWS, chunk):
            ws.activities.insert_many(held[start : start + chunk], unit)
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        results.append(_state(ws))
        ws.close()
    bulk, rows = results
    assert len(bulk[0]) == ROWS
    assert [r[5] for r in bulk[0][:3]] == ["III.2.a/TH", "III.2.d", None]  # target codes
    # views, reach, shares: NULL stays NULL, 0 stays 0
    assert [r[-5:-2] for r in bulk[0][:11:10]] == [(0, None, None), (10, None, None)]
    assert bulk[:3] == rows[:3]
    # A row that had its times keeps them; the others get the time of the write.
    assert ("2023-05-01T08:30:00", "2023-05-01T08:30:00") in bulk[3]
    found = [r for r in bulk[0] if r[1] == "uid-000005"]
    assert found and "toa dam “cong dan so” lan 5 – d https://example.gov.vn/5" in found[0]


def test_spreadsheet_text_reaches_the_checks_in_nfc(tmp_path):
    path = tmp_path / "nfd.xlsx"
    composed = "Hội nghị chuyển đổi số"
    wb = xlsxwriter.Workbook(str(path))
    sheet = wb.add_worksheet("A")
    sheet.write_row(0, 0, ["Ngày", "Tên tin, bài", "SL"])
    sheet.write_row(1, 0, ["01/02/2023", unicodedata.normalize("NFD", composed), 2])
    sheet.write_row(2, 0, ["02/02/2023", composed, 3.5])
    wb.close()
    [read] = read_xlsx(path)
    assert read.rows[1][1] == composed and read.rows[2][1] == composed
    assert read.rows[1][2] == 2 and read.rows[2][2] == 3.5

    plain = tmp_path / "nfc.xlsx"
    wb = xlsxwriter.Workbook(str(plain))
    wb.add_worksheet("B").write_row(0, 0, ["Ngày", composed, 1.0])
    wb.close()
    [read] = read_xlsx(plain)
    assert read.rows == [["Ngày", composed, 1.0]]
