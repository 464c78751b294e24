"""A report made in a process of its own (as the window exports): the same
files as written here, errors arriving as themselves, a cancel leaving
nothing behind, and the workspace opened there for reading only."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import docx
import pytest
from pypdf import PdfReader

from desktop.domain.activity import Activity
from desktop.reports.context import build_unit_report
from desktop.reports.pipeline import write_report
from desktop.reports.process import (
    BUILDING,
    WRITING,
    ReportCancelled,
    ReportProcess,
    ReportProcessError,
    ReportRequest,
    make_report,
)
from desktop.store import ActivityFilter, Workspace, WorkspaceError

YEAR = 2023


@pytest.fixture
def stored(unit_ws):
    for week in range(5):
        unit_ws.activities.add(
            Activity(
                date=date(YEAR, 2, 1) + timedelta(weeks=week),
                title=f"Chuyên mục chuyển đổi số số {week + 1}",
                form="Chuyên mục",
                target_code="III.2.a/TH",
                cost=250_000,
            )
        )
    return unit_ws


def _docx_texts(path) -> list[str]:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return [p.text for p in document.paragraphs] + cells


def _pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


def test_the_process_writes_the_report_written_here(stored, tmp_path):
    stages = []
    request = ReportRequest(
        str(stored.path), YEAR, docx=str(tmp_path / "bc.docx"), pdf=str(tmp_path / "bc.pdf")
    )
    files = make_report(request, stages.append)
    assert files.docx == tmp_path / "bc.docx" and files.pdf == tmp_path / "bc.pdf"
    assert stages == [BUILDING, WRITING]
    here = write_report(
        build_unit_report(stored, YEAR),
        docx=tmp_path / "here.docx",
        pdf=tmp_path / "here.pdf",
    )
    texts = _docx_texts(files.docx)
    assert texts == _docx_texts(here.docx)
    assert "Chuyên mục chuyển đổi số số 5" in texts
    assert _pdf_text(files.pdf) == _pdf_text(here.pdf)
    assert "Chuyên mục chuyển đổi số số 5" in _pdf_text(files.pdf)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf", ".tmp")) == [
        "bc.docx",
        "bc.pdf",
        "here.docx",
        "here.pdf",
    ]


def test_a_refusal_in_the_process_arrives_as_itself(stored, tmp_path):
    # The unit's own workspace holds no consolidated report.
    request = ReportRequest(
        str(stored.path), YEAR, consolidated=True, docx=str(tmp_path / "tong-hop.docx")
    )
    with pytest.raises(WorkspaceError, match="không phải đơn vị tổng hợp") as raised:
        make_report(request)
    assert any("Trong tiến trình lập báo cáo" in n for n in raised.value.__notes__)
    assert not (tmp_path / "tong-hop.docx").exists()


def test_a_cancelled_report_leaves_the_old_file_and_no_temporary_one(stored, tmp_path):
    target = tmp_path / "bc.docx"
    target.write_bytes(b"the previous report")
    process = ReportProcess(ReportRequest(str(stored.path), YEAR, docx=str(target)))
    with pytest.raises(ReportCancelled):
        process.wait(cancelled=lambda: True)
    assert not process.process.is_alive()
    assert target.read_bytes() == b"the previous report"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_process_that_dies_is_reported_in_vietnamese(stored, tmp_path):
    process = ReportProcess(ReportRequest(str(stored.path), YEAR, docx=str(tmp_path / "bc.docx")))
    process.process.kill()
    with pytest.raises(ReportProcessError, match="dừng bất thường"):
        process.wait()
    assert not (tmp_path / "bc.docx").exists()


def test_the_workspace_opened_read_only_refuses_writes(stored):
    reader = Workspace.open_read_only(stored.path)
    try:
        assert reader.units.self_unit().name == "Đài Phát thanh và Truyền hình tỉnh"
        with pytest.raises(sqlite3.OperationalError, match="readonly|query_only"):
            reader.conn.execute("DELETE FROM activities")
    finally:
        reader.close()
    assert len(list(stored.activities.iterate(ActivityFilter()))) == 5
