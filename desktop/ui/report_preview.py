"""The report's preview: its first pages drawn as they will print.

`ReportPreview` is the pane (button, status, pages). `run(request)` builds
the report and writes its PDF in a process of its own and draws the pages
in a background job, so a large year never holds the window up. The page
asks for pages by itself (`schedule`): as soon as it is shown and, while
shown, a moment after the texts or figures change; a change arriving while
pages are drawn has them drawn again once that run ends. A test drives the
pane alone.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..collector import collector_paused
from ..reports.model import ReportDocument
from ..reports.pipeline import write_report
from ..reports.process import ReportRequest
from ..store.errors import WorkspaceError
from .jobs import Job, JobProgress, run_job
from .report_process import report_in_process
from .texts import translated_error

PREVIEW_PAGES = 40
SHOW_DELAY_MS = 150  # the page is painted first, then its preview is drawn
CHANGE_DELAY_MS = 1500  # after the last keystroke or change
PREVIEW_SCALE = 1.5  # 108 dpi, scaled down to the pane's width when shown


def render_preview(
    progress: JobProgress,
    report: ReportDocument | ReportRequest | Callable[[], ReportDocument],
    limit: int,
    template: Path | None = None,
) -> tuple[list, int]:
    """The report's first `limit` PDF pages as images, and the page count.
    `report` may be a request: the report is then built and its PDF written
    in a process of its own (`template` is the request's); or a function
    building it, called here (off the GUI thread)."""
    import pypdfium2 as pdfium

    images: list[QImage] = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preview.pdf"
        if isinstance(report, ReportRequest):
            progress.update(
                0, 0, QCoreApplication.translate("ReportPage", "Đang tạo bản xem trước...")
            )
            report_in_process(progress, replace(report, docx=None, pdf=str(path)))
        else:
            with collector_paused():
                if callable(report):
                    progress.update(
                        0, 0, QCoreApplication.translate("ReportPage", "Đang tạo bản xem trước...")
                    )
                    report = report()
                progress.check()
                write_report(report, pdf=path, template=template, check=progress.check)
        pdf = pdfium.PdfDocument(str(path))
        try:
            total = len(pdf)
            for i in range(min(limit, total)):
                progress.check()
                progress.update(
                    i,
                    min(limit, total),
                    QCoreApplication.translate("ReportPage", "Đang vẽ trang xem trước..."),
                )
                page = pdf[i]
                bitmap = page.render(scale=PREVIEW_SCALE, rev_byteorder=True)
                image = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                )
                images.append(image.copy())  # the bitmap's memory goes away below
                bitmap.close()
                page.close()
        finally:
            pdf.close()
    return images, total


class ReportPreview(QWidget):
    """The preview pane of the Báo cáo page."""

    requested = Signal()  # "Cập nhật bản xem trước" pressed, or the pages are due
    failed = Signal(object, str)  # exception, details

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.job: Job | None = None
        self.stale = True  # the pages shown (if any) are older than the report
        self.again = False  # asked for while a run was going: run once more after
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._due)
        self.button = QPushButton(
            QCoreApplication.translate("ReportPage", "Cập nhật bản xem trước")
        )
        self.button.setObjectName("preview")
        self.button.clicked.connect(self.requested)
        self.status = QLabel(QCoreApplication.translate("ReportPage", "Chưa có bản xem trước."))
        self.status.setWordWrap(True)
        self.pages = QWidget()
        self.pages.setObjectName("previewPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(12)
        self.pages.setStyleSheet("#previewPages { background: #7a7a7a; }")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.button)
        top.addWidget(self.status, 1)
        # Why there are no pages (no plan for the year...), above them.
        self.reason = QLabel()
        self.reason.setObjectName("previewReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(
            "#previewReason { background: white; padding: 12px; font-size: 11pt; }"
        )
        self.reason.hide()
        layout.addLayout(top)
        layout.addWidget(self.reason)
        layout.addWidget(self.scroll, 1)

    def run(
        self,
        report: ReportRequest | Callable[[], ReportDocument],
        template: Path | None = None,
    ) -> Job:
        """Build the report and draw its pages, in the background: the report
        of a request in a process of its own, or the one a function builds."""
        self.timer.stop()
        self.stale = False
        self.again = False
        self.button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("ReportPage", "Đang vẽ bản xem trước..."))
        self.job = run_job(
            self,
            QCoreApplication.translate("ReportPage", "Đang tạo bản xem trước..."),
            render_preview,
            report,
            PREVIEW_PAGES,
            template,
            on_done=self.show_pages,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        return self.job

    def running(self) -> bool:
        return self.job is not None and not self.job.finished

    def schedule(self, delay_ms: int = CHANGE_DELAY_MS) -> None:
        """Draw the pages a moment from now (again after the run going on)."""
        if self.running():
            self.again = True
        else:
            self.timer.start(delay_ms)

    def _due(self) -> None:
        if self.running():
            self.again = True
        elif self.isVisible():
            self.requested.emit()

    def _after_run(self) -> None:
        self.button.setEnabled(True)
        if self.again or self.stale:
            self.again = False
            self.schedule()

    def _cancelled(self) -> None:
        self.stale = True
        self.button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("ReportPage", "Chưa có bản xem trước."))

    def _failed(self, exc: BaseException, details: str) -> None:
        self.stale = True
        self.again = False
        self.button.setEnabled(True)
        self.status.setText(QCoreApplication.translate("ReportPage", "Chưa có bản xem trước."))
        if isinstance(exc, WorkspaceError):
            # Why the report cannot be made yet (no plan for the year...): said
            # where the pages would be, not in a window that opening the page
            # would pop up; exporting still says it in a message box.
            self.show_reason(translated_error(exc))
            return
        self.failed.emit(exc, details)

    def show_reason(self, text: str) -> None:
        self.clear()
        self.reason.setText(text)
        self.reason.show()
        self.status.setText(
            QCoreApplication.translate("ReportPage", "Chưa lập được bản xem trước.")
        )

    def show_pages(self, result: tuple[list, int]) -> None:
        images, total = result
        self.clear()
        # One page at a time, each in its own turn of the event loop: the
        # forty pages' conversions and scaling at once held the window up
        # for a quarter of a second.
        self._waiting = list(images)
        # As wide as the pane allows (before any page is in), never wider than rendered.
        self._width = max(self.scroll.viewport().width() - 40, 200)
        self._add_page()
        shown = len(images)
        if shown < total:
            text = QCoreApplication.translate(
                "ReportPage", "Xem trước {shown}/{total} trang (xuất tệp để xem đủ)."
            )
        else:
            text = QCoreApplication.translate("ReportPage", "Xem trước {total} trang.")
        self.status.setText(text.format(shown=shown, total=total))
        self._after_run()

    _waiting: list = []  # pages drawn and not yet shown
    _width = 200  # the width they are shown at

    def _add_page(self) -> None:
        if not self._waiting:
            return
        image = self._waiting.pop(0)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > self._width:
            pixmap = pixmap.scaledToWidth(self._width, Qt.TransformationMode.SmoothTransformation)
        label = QLabel()
        label.setPixmap(pixmap)
        label.setStyleSheet("background: white;")
        self.pages_layout.addWidget(label)
        if self._waiting:
            QTimer.singleShot(0, self._add_page)

    def clear(self) -> None:
        self._waiting = []
        self.reason.hide()
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def mark_stale(self, redraw: bool = True) -> None:
        """The pages shown are older than the texts and figures: say so and,
        with `redraw` while shown, draw them again a moment later."""
        self.stale = True
        if self.pages_layout.count() and not self.running():
            self.status.setText(
                QCoreApplication.translate(
                    "ReportPage", "Nội dung đã thay đổi — bản xem trước sẽ được vẽ lại."
                )
                if redraw
                else QCoreApplication.translate(
                    "ReportPage",
                    "Nội dung đã thay đổi — bấm “Cập nhật bản xem trước” để xem lại.",
                )
            )
        if redraw and self.isVisible():
            self.schedule()

    def page_count(self) -> int:
        return self.pages_layout.count()
