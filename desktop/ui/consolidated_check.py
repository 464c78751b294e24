"""Tổng hợp: Kiểm tra trước khi phát hành before the consolidated report is
exported, as the Báo cáo page does for the unit's report: the findings of
`reports.preflight.check_consolidated_report` (codes the interface words,
`preflight_texts`), each one opening the place to fix it. The check reads
and builds the whole report, so it runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ..reports.consolidated import consolidated_data, consolidated_report
from ..reports.fonts import covered_characters
from ..reports.header import ReportOptions
from ..reports.preflight import (
    PLACE_PLAN,
    PLACE_SUBMISSIONS,
    PLACE_TEXTS,
    PLACE_UNIT,
    Finding,
    check_consolidated_report,
)
from ..store import Workspace
from .jobs import run_job
from .preflight_dialog import PreflightDialog
from .send_dialog import explain_error


def consolidated_findings(ws: Workspace, year: int, options: ReportOptions) -> list[Finding]:
    """What the consolidated report of `year` still lacks, as it would be exported."""
    data = consolidated_data(ws, year, options)
    report = consolidated_report(data, options)
    return check_consolidated_report(data, report, covered_characters())


def check_then(page, options: ReportOptions, then: Callable[[], None]) -> None:
    """Check the consolidated report of the page's year; without findings
    `then()` at once, otherwise the findings: "Vẫn xuất báo cáo" goes on
    with `then()`, "Sửa mục này" opens the finding's place instead."""
    ctx, year = page.ctx, page.ctx.year

    def work(_progress):
        return consolidated_findings(ctx.reader(), year, options)

    def done(findings: list[Finding]) -> None:
        if not findings:
            then()
            return
        go_on = QCoreApplication.translate("ConsolidationPage", "Vẫn xuất báo cáo")
        dialog = PreflightDialog(findings, go_on, page)
        dialog.accepted.connect(then)
        dialog.fix_requested.connect(lambda finding: open_place(page, finding))
        page.preflight = dialog
        dialog.open()

    run_job(
        page,
        QCoreApplication.translate("ConsolidationPage", "Đang kiểm tra báo cáo tổng hợp..."),
        work,
        on_done=done,
        on_error=lambda exc, details: explain_error(page, exc, details),
    )


def open_place(page, finding: Finding) -> None:
    """Where a finding is fixed: the submissions (receive the missing
    packages), the department's texts, or the window's Đơn vị / Kế hoạch."""
    window = page.window()
    sections = {PLACE_UNIT: "unit", PLACE_PLAN: "plan"}
    if finding.place in sections and hasattr(window, "show_section"):
        window.show_section(sections[finding.place])
    elif finding.place == PLACE_TEXTS:
        page.edit_texts()
    elif finding.place == PLACE_SUBMISSIONS:
        page.tabs.setCurrentWidget(page.submissions)
        page.receive_button.setFocus()
