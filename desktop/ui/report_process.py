"""A report made in its own process, as a background job of the window.

`report_in_process(progress, request)` runs as `run_job`'s function: its
thread only waits on the report's process (`reports.process`), so the
window keeps handling events however large the year; the job's "Hủy" stops
the process, and an error raised there arrives here as itself.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..reports.pipeline import ReportFiles
from ..reports.process import BUILDING, WRITING, ReportCancelled, ReportRequest, make_report
from .jobs import JobCancelled, JobProgress

STAGE_TEXTS = {
    BUILDING: QT_TRANSLATE_NOOP("ReportPage", "Đang xuất báo cáo..."),
    WRITING: QT_TRANSLATE_NOOP("ReportPage", "Đang ghi tệp..."),
}


def report_in_process(progress: JobProgress, request: ReportRequest) -> ReportFiles:
    """Build and write the report of `request` in a child process."""

    def on_stage(stage: str) -> None:
        progress.update(0, 0, QCoreApplication.translate("ReportPage", STAGE_TEXTS[stage]))

    try:
        return make_report(request, on_stage, lambda: progress.cancelled)
    except ReportCancelled:
        raise JobCancelled() from None
