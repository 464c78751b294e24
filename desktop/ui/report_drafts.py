"""The Báo cáo page's drafts and pre-flight check: each empty section shows
the draft the report prints in its place, the page follows the activities,
and before export or sending the pre-flight check lists what is missing,
each item opening the place to fix it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from ..reports import context as rc
from ..reports.context import unit_drafts, unit_report
from ..reports.fonts import covered_characters
from ..reports.gather import gather_unit
from ..reports.preflight import (
    PLACE_ACTIVITIES,
    PLACE_PLAN,
    PLACE_REPORT,
    PLACE_TASK,
    PLACE_TEXTS,
    PLACE_UNIT,
    Finding,
    check_unit_report,
)
from ..store.errors import WorkspaceError
from .preflight_dialog import PreflightDialog
from .texts import translated_error

# The sections printed from a draft while empty, as the page names them.
DRAFT_SECTIONS = {
    rc.CHI_DAO: "I.1",
    rc.UU_DIEM: "II.1",
    rc.TON_TAI: "II.2",
    rc.NGUYEN_NHAN: "II.3",
    rc.PHUONG_HUONG: "III",
    rc.DE_XUAT: "IV",
}


class DraftsAndChecks:
    """Mixed into `ReportPage` (its boxes, fields and context); its texts are
    translated in the page's context."""

    def _follow_data(self) -> None:
        """The activities changed: new figures in the task list (a newly used
        target gets its box), new drafts; what the officer typed is kept."""
        if self._unit_id is None:
            return
        self.save_now()
        texts = self.ctx.reader().texts.report_texts(self._unit_id, self._year)
        self._loading = True
        try:
            self._rebuild_tasks(texts)
        finally:
            self._loading = False
        self._show_drafts()
        self._mark_stale()

    _drafts_stale = False

    def _show_drafts(self) -> None:
        """Each empty section shows, greyed, the draft the report prints in
        its place; the note lists the sections still at their draft. Made
        while the page is on screen, else when it is next shown: the drafts
        gather the whole report's figures (seconds for a large year), which
        the window's start need not wait for."""
        if not self.isVisible():
            self._drafts_stale = True
            return
        self._drafts_stale = False
        drafts: dict[str, str] = {}
        ws = self.ctx.reader()
        if self._unit_id is not None and ws.plans.get(self._year) is not None:
            drafts = unit_drafts(gather_unit(ws, self._year))
        for key in DRAFT_SECTIONS:
            draft = drafts.get(key, "")
            self.boxes[key].setPlaceholderText(
                QCoreApplication.translate(
                    "ReportPage", "Bản nháp từ số liệu (báo cáo in bản này khi để trống):"
                )
                + "\n"
                + draft
                if draft
                else ""
            )
        self._show_draft_note()

    def _show_draft_note(self) -> None:
        waiting = [
            label
            for key, label in DRAFT_SECTIONS.items()
            if self.boxes[key].placeholderText() and not self.boxes[key].toPlainText().strip()
        ]
        if not waiting:
            self.draft_note.setText("")
        else:
            self.draft_note.setText(
                QCoreApplication.translate(
                    "ReportPage",
                    "Các mục đang in bản nháp từ số liệu: {sections}. Sửa nội dung, hoặc bấm "
                    "“Gợi ý nội dung” để nhận bản nháp và sửa tiếp.",
                ).format(sections=", ".join(waiting))
            )

    # -- suggested draft ---------------------------------------------------------------

    def suggest(self) -> None:
        """Take the drafts built from the figures into the empty sections (or
        every section), to edit from there."""
        try:
            draft = unit_drafts(gather_unit(self.ctx.reader(), self.ctx.year))
        except WorkspaceError as e:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("ReportPage", "Không gợi ý được"),
                translated_error(e),
            )
            return
        keys = tuple(DRAFT_SECTIONS)
        filled = [k for k in keys if self.boxes[k].toPlainText().strip()]
        replace_all = False
        if filled:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("ReportPage", "Gợi ý nội dung"),
                QCoreApplication.translate(
                    "ReportPage",
                    "Một số mục đã có nội dung. Thay toàn bộ bằng bản gợi ý?\n"
                    "Chọn “No” để chỉ điền vào các mục còn trống.",
                ),
            )
            replace_all = answer == QMessageBox.StandardButton.Yes
        for key in keys:
            if replace_all or key not in filled:
                self.boxes[key].setPlainText(draft[key])
        self.save_now()

    # -- pre-flight check ---------------------------------------------------------------

    def preflight_findings(self) -> list[Finding]:
        """What the report still lacks (Kiểm tra trước khi phát hành)."""
        self.save_now()
        return self._findings()

    def _findings(self) -> list[Finding]:
        """The findings from what is saved, on the calling thread's reader
        (no widget is touched: a job may run it)."""
        ws = self.ctx.reader()
        if self._unit_id is None or ws.plans.get(self._year) is None:
            return []
        data = gather_unit(ws, self._year)
        return check_unit_report(data, unit_report(data), covered_characters())

    def _paused_findings(self) -> list[Finding]:
        # The check makes many short-lived objects, none in cycles: full
        # scans of the collector meanwhile would hold the window up too.
        from ..collector import collector_paused

        with collector_paused():
            return self._findings()

    def confirm_preflight(self, go_on: str) -> bool:
        """Before export or sending: the findings, if any, in a dialog; True
        to go on. Choosing a finding opens the place to fix it."""
        return self._confirm(self.preflight_findings(), go_on)

    def _confirm(self, findings: list[Finding], go_on: str) -> bool:
        if not findings:
            return True
        dialog = PreflightDialog(findings, go_on, self)
        dialog.fix_requested.connect(self.open_place)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def check_then(self, go_on: str, proceed: Callable[[], None]) -> None:
        """`confirm_preflight` with the check made off the GUI thread (it
        gathers the whole report's figures: seconds for a large year, during
        which the window keeps answering); `proceed()` when the officer may
        go on."""
        from .jobs import run_job

        self.save_now()
        self._jobs.append(
            run_job(
                self,
                QCoreApplication.translate("ReportPage", "Đang kiểm tra báo cáo..."),
                lambda _progress: self._paused_findings(),
                on_done=lambda findings: self._confirm(findings, go_on) and proceed(),
                on_error=self._job_failed,
            )
        )

    def open_place(self, finding: Finding) -> None:
        """Show where `finding` is fixed: a box or field of this page, or the
        section of the window (Đơn vị, Kế hoạch, Hoạt động)."""
        window = self.window()
        sections = {PLACE_UNIT: "unit", PLACE_PLAN: "plan", PLACE_ACTIVITIES: "activities"}
        if finding.place in sections and hasattr(window, "show_section"):
            window.show_section(sections[finding.place])
            return
        widget = None
        if finding.place == PLACE_TEXTS:
            widget = self.boxes.get(finding.key)
        elif finding.place == PLACE_TASK:
            widget = self.boxes.get(rc.task_key(finding.key))
        elif finding.place == PLACE_REPORT:
            widget = self.number
        if widget is not None:
            if hasattr(window, "show_section"):
                window.show_section("report")
            self.editor_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
