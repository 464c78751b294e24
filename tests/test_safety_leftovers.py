"""Lower-class attacks: a lock file that is a link, formula-like text in the
CSV files the app writes, invisible characters making a look-alike unit, and
temporary files left by killed runs."""

from __future__ import annotations

import csv
import os
import time
import unicodedata
import zipfile
from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.io.csvfile import escape_cell, unescape_cell
from desktop.io.listformat import write_csv, write_rejects_csv
from desktop.io.package import write_package
from desktop.io.rejects import RefusedRow, write_rejects
from desktop.io.tables import read_table_file
from desktop.store import Workspace
from desktop.store import backup as bk
from desktop.store.lock import WorkspaceLock, lock_path
from desktop.store.tempfiles import clean_stale_temporaries, is_own_temporary

FORMULAS = ["=1+1", "@SUM(A1)", "+84 905", "-Tin ngắn", "\tTab", "\rCR", "'=đã có dấu nháy"]


# -- the lock file -----------------------------------------------------------------------


def test_a_lock_file_that_is_a_link_never_touches_its_target(tmp_path):
    target = tmp_path / "quan-trong.txt"
    target.write_text("không được ghi đè", encoding="utf-8")
    ws_path = tmp_path / "ws.cdsdb"
    Workspace.open(ws_path).close()
    lock_path(ws_path).symlink_to(target)
    with Workspace.open(ws_path, create=False, lock=True) as ws:
        assert ws._lock.held
        assert not lock_path(ws_path).is_symlink()
    assert target.read_text(encoding="utf-8") == "không được ghi đè"
    with WorkspaceLock(ws_path):
        pass
    assert target.read_text(encoding="utf-8") == "không được ghi đè"


# -- formula-like text in every CSV -------------------------------------------------------


@pytest.mark.parametrize("text", FORMULAS + ["Tin thường", "'bình thường", "", "a=b"])
def test_escaping_is_undone_exactly(text):
    assert unescape_cell(escape_cell(text)) == text
    written = escape_cell(text)
    assert not str(written).startswith(("=", "@", "+", "-", "\t", "\r"))


def _raw_cells(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_the_list_csv_escapes_formulas_and_reads_back_unchanged(tmp_path):
    rows = [
        Activity(date(2023, 3, i + 1), title, "Tin, bài", notes=title, quantity=1)
        for i, title in enumerate(FORMULAS)
    ]
    out = tmp_path / "ds.csv"
    write_csv(out, rows)
    raw = _raw_cells(out)[1:]
    for cells in raw:
        assert not any(c.startswith(("=", "@", "+", "-", "\t", "\r")) for c in cells), cells
    read = read_table_file(out)[0].rows[1:]
    titles = [r[3] for r in read]
    assert titles == FORMULAS


def test_the_package_csv_escapes_formulas(unit_ws, tmp_path):
    unit_ws.activities.insert_many(
        [Activity(date(2023, 3, 1), '=HYPERLINK("http://x")', "Tin, bài")],
        unit_ws.units.self_unit().id,
    )
    out = tmp_path / "goi.cdsgoi"
    write_package(unit_ws, 2023, out)
    with zipfile.ZipFile(out) as zf:
        text = zf.read("hoat-dong.csv").decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text


def test_both_rejects_csv_files_escape_formulas(tmp_path):
    from desktop.domain.activity import Problem

    out = tmp_path / "loi.csv"
    write_rejects_csv(out, [Problem("title", "=cmd|' /C calc'!A0", source="+ds.csv", row=3)])
    assert all(not c.startswith(("=", "+")) for row in _raw_cells(out) for c in row)
    out2 = tmp_path / "loi2.csv"
    row = RefusedRow(source="@ds.csv", sheet=None, row=2, cells={"title": "-2+3"})
    write_rejects(out2, [row])
    assert all(not c.startswith(("=", "+", "-", "@")) for r in _raw_cells(out2) for c in r)


# -- look-alike units --------------------------------------------------------------------


@pytest.mark.parametrize(
    "spelling",
    [
        "Sở Thông tin\u200b và Truyền thông",
        "Sở Thông tin và Truyền thông\u2060",
        "\ufeffSở Thông tin và Truyền thông",
        "Sở Thông tin và Truy\u00adền thông",
        unicodedata.normalize("NFD", "Sở Thông tin và Truyền thông"),
    ],
)
def test_invisible_characters_do_not_make_a_new_unit(ws, spelling):
    real = ws.units.by_name("Sở Thông tin và Truyền thông")
    assert real is not None
    assert ws.units.by_name(spelling) == real


# -- temporary files left by killed runs -----------------------------------------------------


def _aged(path, hours: float = 24) -> None:
    past = time.time() - hours * 3600
    os.utime(path, (past, past))


def test_stale_temporaries_of_the_app_are_removed_on_opening(tmp_path, data_dir):
    ws_path = tmp_path / "ws.cdsdb"
    Workspace.open(ws_path).close()
    own = [
        tmp_path / ".ws.cdsdb.dang-khoi-phuc.tmp",
        tmp_path / ".bao-cao.docx.ab12cd_9.tmp",
        tmp_path / ".goi.cdsgoi.k2j4h6g8.tmp",
        tmp_path / ".ws_2024-01-01_08-00-00_hang-ngay.cdsdb.qwertyui.tmp-journal",
    ]
    folder = bk.get_backup_dir()
    folder.mkdir(parents=True, exist_ok=True)
    own.append(folder / ".ws_2024-01-01_08-00-00_hang-ngay.cdsdb.zxcvbnm1.tmp")
    received = tmp_path / "ws.files" / "goi-da-nhan" / "2023"
    received.mkdir(parents=True)
    own.append(received / f".{'ab' * 32}.tmp")  # a package being kept when the run was killed
    kept = [
        tmp_path / ".ghi-chu.tmp",  # not the app's name
        tmp_path / "bao-cao.docx.ab12cd_9.tmp",  # not hidden
        tmp_path / ".bao-cao.txt.ab12cd_9.tmp",  # an extension the app never writes
    ]
    fresh = tmp_path / ".bao-cao.pdf.fresh123.tmp"  # another copy may be writing it now
    for p in own + kept + [fresh]:
        p.write_bytes(b"x")
    for p in own + kept:
        _aged(p)
    with Workspace.open(ws_path, create=False, lock=True):
        pass
    assert [p for p in own if p.exists()] == []
    assert all(p.exists() for p in kept) and fresh.exists()


def test_only_the_apps_own_names_count():
    assert is_own_temporary(".ws.cdsdb.abcdefgh.tmp")
    assert is_own_temporary("." + "a" * 64 + ".tmp")
    assert not is_own_temporary(".ws.cdsdb.tmp")
    assert not is_own_temporary("ws.cdsdb.abcdefgh.tmp")
    assert not is_own_temporary(".luanvan.doc.abcdefgh.tmp")


def test_cleaning_keeps_what_it_cannot_remove(tmp_path):
    d = tmp_path / ".x.docx.abcdefgh.tmp"
    d.mkdir()  # a folder of that name is not a file
    _aged(d)
    assert clean_stale_temporaries(tmp_path) == []
    assert d.exists()
