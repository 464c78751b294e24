"""Báo cáo: the unit's year-end report.

The officer writes the narrative parts (saved per unit and year while typing),
sets the number, date and signer, sees the pages as they will print, and
exports DOCX or PDF in the background.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from html import escape as _html
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.field_limits import MAX_META_TEXT
from ..files import FileWriteError, atomic_path
from ..reports import context as rc
from ..reports.context import ReportOptions, build_unit_report
from ..reports.make_template import default_template_path
from ..reports.model import ReportDocument
from ..reports.process import ReportRequest
from ..reports.template import TemplateError
from ..store.errors import WorkspaceError
from . import numbers
from .context import AppContext
from .errors import show_error
from .file_dialogs import REPORT, REPORT_TEMPLATE, open_file, save_file
from .jobs import run_job
from .report_drafts import DRAFT_SECTIONS, DraftsAndChecks
from .report_preview import ReportPreview
from .report_process import report_in_process
from .report_texts import TextsAutosave
from .texts import translated, translated_error

TEMPLATE_KEY = "report/template"
AUTO_PREVIEW_KEY = "report/auto_preview"  # draw the preview without being asked
OPEN_AFTER_KEY = "report/open_after_export"


class _TextBox(QPlainTextEdit):
    """A narrative part: plain text, one paragraph per line."""

    def __init__(self, key: str, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(key)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(72)
        self.setMaximumHeight(160)


class ReportPage(DraftsAndChecks, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self._unit_id: int | None = None
        self._year: int | None = None
        self._task_boxes: list[_TextBox] = []
        self._jobs: list = []
        self.autosave = TextsAutosave(ctx.writer, parent=self)
        self.autosave.failed.connect(lambda e: show_error(self, e))
        self._build()
        self.autosave.status.connect(self.save_status.setText)
        ctx.year_changed.connect(lambda _year: self.refresh())
        ctx.unit_changed.connect(self.refresh)
        ctx.plan_changed.connect(self.refresh)
        # Activities added, edited, imported or received: the figures, the
        # tasks (and their boxes) and the drafts follow.
        ctx.data_changed.connect(self._follow_data)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_now)
        self.refresh()

    # -- layout ------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("reportHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)

        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("để trống cho văn thư điền khi phát hành"))
        self.number.setMaximumWidth(260)
        self.number.setMaxLength(MAX_META_TEXT)
        self.number.textEdited.connect(lambda _t: self._changed(rc.META_NUMBER))
        self.has_date = QCheckBox(self.tr("Ghi ngày"))
        self.has_date.setObjectName("hasDate")
        self.report_date = QDateEdit()
        self.report_date.setObjectName("reportDate")
        self.report_date.setDisplayFormat("dd/MM/yyyy")
        self.report_date.setCalendarPopup(True)
        self.has_date.toggled.connect(self.report_date.setEnabled)
        self.has_date.toggled.connect(lambda _on: self._changed(rc.META_DATE))
        self.report_date.dateChanged.connect(lambda _d: self._changed(rc.META_DATE))
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.report_date)
        date_row.addStretch(1)
        self.signer_authority = self._line(rc.META_SIGNER_AUTHORITY, self.tr("ví dụ: KT. GIÁM ĐỐC"))
        self.signer_title = self._line(rc.META_SIGNER_TITLE, self.tr("ví dụ: PHÓ GIÁM ĐỐC"))
        self.signer_name = self._line(rc.META_SIGNER_NAME, self.tr("họ và tên người ký"))
        meta = QFormLayout()
        meta.addRow(self.tr("Số báo cáo"), self.number)
        meta.addRow(self.tr("Ngày báo cáo"), date_row)
        meta.addRow(self.tr("Thẩm quyền ký"), self.signer_authority)
        meta.addRow(self.tr("Chức vụ người ký"), self.signer_title)
        meta.addRow(self.tr("Người ký"), self.signer_name)
        meta_box = QGroupBox(self.tr("Số, ngày và người ký"))
        meta_box.setLayout(meta)

        self.boxes: dict[str, _TextBox] = {}
        sections = QVBoxLayout()
        sections.addWidget(meta_box)
        sections.addWidget(
            self._group(
                self.tr("I.1. Công tác chỉ đạo, triển khai"),
                [self._box(rc.CHI_DAO, self.tr("Văn bản chỉ đạo, phân công, hội nghị..."))],
            )
        )
        self.tasks_group = QGroupBox(
            self.tr("I.2. Nhận xét từng nhiệm vụ (số liệu do ứng dụng tính)")
        )
        self.tasks_layout = QVBoxLayout(self.tasks_group)
        sections.addWidget(self.tasks_group)
        sections.addWidget(
            self._group(
                self.tr("I.3. Hoạt động truyền thông khác (ghi thêm)"),
                [
                    self._box(
                        rc.KHAC,
                        self.tr("Số liệu theo hình thức do ứng dụng tính; ghi thêm nếu cần"),
                    )
                ],
            )
        )
        sections.addWidget(
            self._group(
                self.tr("I.4. Kinh phí thực hiện (ghi thêm)"),
                [
                    self._box(
                        rc.KINH_PHI,
                        self.tr("Tổng kinh phí do ứng dụng tính; ghi thêm nguồn kinh phí..."),
                    )
                ],
            )
        )
        self.suggest_button = QPushButton(self.tr("Gợi ý nội dung"))
        self.suggest_button.setObjectName("suggest")
        self.suggest_button.setToolTip(
            self.tr(
                "Điền các mục còn trống bằng bản nháp từ số liệu (chỉ tiêu đạt, chưa đạt, so với năm trước) để sửa lại"
            )
        )
        self.suggest_button.clicked.connect(self.suggest)
        assessment = self._group(
            self.tr("II. Đánh giá chung"),
            [
                QLabel(self.tr("1. Ưu điểm")),
                self._box(rc.UU_DIEM, ""),
                QLabel(self.tr("2. Tồn tại, hạn chế")),
                self._box(rc.TON_TAI, ""),
                QLabel(self.tr("3. Nguyên nhân")),
                self._box(rc.NGUYEN_NHAN, ""),
                self.suggest_button,
            ],
        )
        sections.addWidget(assessment)
        self.direction_group = self._group("", [self._box(rc.PHUONG_HUONG, "")])
        sections.addWidget(self.direction_group)
        sections.addWidget(
            self._group(self.tr("IV. Đề xuất, kiến nghị"), [self._box(rc.DE_XUAT, "")])
        )
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setWordWrap(True)
        sections.addWidget(self.draft_note)
        sections.addStretch(1)
        editor = QWidget()
        editor.setLayout(sections)
        self.editor_scroll = editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setWidget(editor)

        self.preview = preview = ReportPreview()
        preview.requested.connect(self.update_preview)
        preview.failed.connect(self._job_failed)
        self.preview_button, self.preview_status = preview.button, preview.status
        self.pages_layout = preview.pages_layout

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(editor_scroll)
        splitter.addWidget(preview)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.export_docx_button = QPushButton(self.tr("Xuất DOCX"))
        self.export_docx_button.setObjectName("exportDocx")
        self.export_docx_button.clicked.connect(lambda: self.export("docx"))
        self.export_pdf_button = QPushButton(self.tr("Xuất PDF"))
        self.export_pdf_button.setObjectName("exportPdf")
        self.export_pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.sign_button = QPushButton(self.tr("Ký số..."))
        self.sign_button.setObjectName("signPdf")
        self.sign_button.clicked.connect(self.open_sign_dialog)
        self.last_pdf: Path | None = None
        self.open_after = QCheckBox(self.tr("Mở tệp sau khi xuất"))
        self.open_after.setObjectName("openAfter")
        self.open_after.setChecked(self._settings().value(OPEN_AFTER_KEY, True, type=bool))
        self.open_after.toggled.connect(lambda on: self._settings().setValue(OPEN_AFTER_KEY, on))
        # Off by default: an estimate is added only when asked for.
        self.estimate = QCheckBox(self.tr("Thêm cột “Ước thực hiện cả năm”"))
        self.estimate.setObjectName("estimate")
        self.estimate.setToolTip(
            self.tr(
                "Báo cáo trước khi hết năm: Phụ lục I thêm số ước tính cả năm theo tiến độ đến "
                "ngày số liệu, ghi rõ là số ước tính"
            )
        )
        self.save_status = QLabel()
        self.save_status.setObjectName("saveStatus")
        self.save_status.setWordWrap(True)
        self.template_label = QLabel()
        self.template_label.setObjectName("templateLabel")
        self.copy_template_button = QPushButton(self.tr("Lưu mẫu để chỉnh sửa..."))
        self.copy_template_button.setObjectName("copyTemplate")
        self.copy_template_button.setToolTip(
            self.tr("Lưu bản sao mẫu báo cáo (DOCX) để sửa câu chữ, định dạng trong Word")
        )
        self.copy_template_button.clicked.connect(self.save_template_copy)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.template_label)
        bottom.addWidget(self.copy_template_button)
        bottom.addWidget(self.estimate)
        bottom.addWidget(self.open_after)
        bottom.addWidget(self.export_docx_button)
        bottom.addWidget(self.export_pdf_button)
        bottom.addWidget(self.sign_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _line(self, key: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(key)
        edit.setMaxLength(MAX_META_TEXT)
        edit.setPlaceholderText(placeholder)
        edit.textEdited.connect(lambda _t: self._changed(key))
        return edit

    def _box(self, key: str, placeholder: str) -> _TextBox:
        box = _TextBox(key, placeholder or self.tr("Để trống: báo cáo in bản nháp lập từ số liệu"))
        box.textChanged.connect(lambda: self._changed(key))
        self.boxes[key] = box
        return box

    def _group(self, title: str, widgets: list[QWidget]) -> QGroupBox:
        group = QGroupBox(title)
        layout = QVBoxLayout(group)
        for w in widgets:
            layout.addWidget(w)
        return group

    def _settings(self) -> QSettings:
        return self.ctx.settings

    # -- loading and saving ---------------------------------------------------------

    def refresh(self) -> None:
        """Reload the texts of the current unit and year (saving edits first)."""
        self.save_now()
        ws = self.ctx.reader()
        unit = ws.units.self_unit()
        year = self.ctx.year
        self._unit_id = unit.id if unit else None
        self._year = year
        self.autosave.start(self._unit_id, year)
        self.heading.setText(
            self.tr("Báo cáo kết quả năm {year} — {unit}").format(
                year=year, unit=unit.name if unit else ""
            )
        )
        self.direction_group.setTitle(
            self.tr("III. Phương hướng, nhiệm vụ năm {year}").format(year=year + 1)
        )
        texts = ws.texts.report_texts(unit.id, year) if unit else {}
        self._loading = True
        try:
            for key, box in self.boxes.items():
                if not key.startswith(rc.TASK_PREFIX):
                    box.setPlainText(texts.get(key, ""))
            self.number.setText(texts.get(rc.META_NUMBER, ""))
            stored = texts.get(rc.META_DATE, "")
            try:
                chosen = date.fromisoformat(stored) if stored else None
            except ValueError:
                chosen = None
            self.has_date.setChecked(chosen is not None)
            self.report_date.setEnabled(chosen is not None)
            self.report_date.setDate(QDate(chosen or date.today()))
            self.signer_authority.setText(texts.get(rc.META_SIGNER_AUTHORITY, ""))
            self.signer_title.setText(texts.get(rc.META_SIGNER_TITLE, ""))
            self.signer_name.setText(texts.get(rc.META_SIGNER_NAME, ""))
            if unit:
                self.signer_authority.setPlaceholderText(
                    unit.signer_authority or self.tr("(không có)")
                )
                self.signer_title.setPlaceholderText(unit.signer_title)
                self.signer_name.setPlaceholderText(
                    unit.signer_name or self.tr("họ và tên người ký")
                )
            self._rebuild_tasks(texts)
        finally:
            self._loading = False
        self.save_status.setText("")
        self._show_drafts()
        self._mark_stale()

    def _rebuild_tasks(self, texts: dict[str, str]) -> None:
        for box in self._task_boxes:
            self.boxes.pop(box.key, None)
        while self.tasks_layout.count():
            item = self.tasks_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self._task_boxes = []
        rows = []
        if self._unit_id is not None and self.ctx.reader().plans.get(self._year) is not None:
            rows = self.ctx.reader().figures.progress(self._unit_id, self._year)
        if not rows:
            self.tasks_layout.addWidget(QLabel(self.tr("Năm này đơn vị chưa có nhiệm vụ nào.")))
        for row in rows:
            figures = f"{numbers.integer(row.actual)}"
            if row.target:
                figures += (
                    f"/{numbers.integer(row.target)} {row.measure}, {numbers.percent(row.percent)}"
                )
            else:
                figures += f" {row.measure}"
            label = QLabel(
                f"<b>{row.code}</b> — {_html(row.title)}<br/>{_html(figures)}"
                f" — {_html(translated(row.status.label))}"
            )
            label.setWordWrap(True)
            box = self._box(rc.task_key(row.code), self.tr("Nhận xét của đơn vị về nhiệm vụ này"))
            box.setPlainText(texts.get(box.key, ""))
            self._task_boxes.append(box)
            self.tasks_layout.addWidget(label)
            self.tasks_layout.addWidget(box)

    def _value(self, key: str) -> str:
        if key == rc.META_NUMBER:
            return self.number.text()
        if key == rc.META_DATE:
            return (
                self.report_date.date().toPython().isoformat() if self.has_date.isChecked() else ""
            )
        line = {
            rc.META_SIGNER_AUTHORITY: self.signer_authority,
            rc.META_SIGNER_TITLE: self.signer_title,
            rc.META_SIGNER_NAME: self.signer_name,
        }.get(key)
        if line is not None:
            return line.text()
        return self.boxes[key].toPlainText()

    def _changed(self, key: str) -> None:
        if self._loading or self._unit_id is None:
            return
        self.autosave.edit(key, self._value(key))
        if key in DRAFT_SECTIONS:
            self._show_draft_note()
        self._mark_stale()

    def save_now(self) -> bool:
        """Write the edits waiting for the autosave; False if that failed (the
        edits stay queued and are tried again)."""
        return self.autosave.save_now()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.save_now()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.save_now()
        super().closeEvent(event)

    # -- report, preview and export ---------------------------------------------------------

    def report_options(self) -> ReportOptions:
        """What this page sets for the issue beyond the stored texts."""
        return ReportOptions(estimate=self.estimate.isChecked())

    def report_builder(self) -> Callable[[], ReportDocument] | None:
        """The texts saved, a function building the report: called in a
        background job, it reads on that job's own connection."""
        if not self.save_now():
            return None
        ctx, year = self.ctx, self.ctx.year
        options = self.report_options()
        return lambda: build_unit_report(ctx.reader(), year, options=options)

    def report_request(self, **files: str) -> ReportRequest | None:
        """The texts saved, what a report's process needs to build this
        unit's report and write it to `files` (docx=..., pdf=...)."""
        if not self.save_now():
            return None
        template = self.template_path()
        return ReportRequest(
            workspace=str(self.ctx.path),
            year=self.ctx.year,
            template=str(template) if template else None,
            options=self.report_options(),
            **files,
        )

    def build_report(self) -> ReportDocument | None:
        """The report from the saved texts, built here (for scripts and tests)."""
        build = self.report_builder()
        try:
            return build() if build else None
        except WorkspaceError as e:
            QMessageBox.warning(self, self.tr("Chưa lập được báo cáo"), translated_error(e))
            return None

    def template_path(self) -> Path | None:
        value = str(self._settings().value(TEMPLATE_KEY, "") or "").strip()
        return Path(value) if value else None

    def _show_template(self) -> None:
        chosen = self.template_path()
        self.template_label.setText(
            self.tr("Mẫu: {name}").format(name=chosen.name)
            if chosen
            else self.tr("Mẫu: có sẵn của ứng dụng")
        )
        self.template_label.setToolTip(str(chosen or default_template_path()))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._show_template()  # the template may have been changed in Cài đặt
        super().showEvent(event)
        if self._drafts_stale:
            self._show_drafts()
        if self.auto_preview() and self.preview.stale:
            from .report_preview import SHOW_DELAY_MS

            self.preview.schedule(SHOW_DELAY_MS)

    def auto_preview(self) -> bool:
        return self._settings().value(AUTO_PREVIEW_KEY, True, type=bool)

    def save_template_copy(self) -> None:
        """Save a copy of the template in use for the unit to edit, and offer
        to use that copy from now on."""
        target = save_file(
            self,
            self._settings(),
            REPORT_TEMPLATE,
            self.tr("Lưu mẫu báo cáo"),
            "mau-bao-cao.docx",
            self.tr("Tài liệu Word (*.docx)"),
            ".docx",
        )
        if target is None:
            return
        source = self.template_path() or default_template_path()
        try:
            with atomic_path(target) as tmp:
                shutil.copyfile(source, tmp)
        except (FileWriteError, OSError) as e:
            QMessageBox.warning(self, self.tr("Không lưu được mẫu"), translated_error(e))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mẫu báo cáo"),
            self.tr(
                "Đã lưu “{path}”. Mở tệp bằng Word hoặc LibreOffice để sửa câu chữ, định dạng; "
                "giữ nguyên các chỗ điền dạng {{{{ ... }}}}.\n\nDùng mẫu này khi xuất báo cáo?"
            ).format(path=target),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._settings().setValue(TEMPLATE_KEY, str(target))
            self._show_template()

    def _mark_stale(self) -> None:
        self.preview.mark_stale(redraw=self.auto_preview())

    def update_preview(self) -> None:
        request = self.report_request()
        if request is not None:
            self._jobs.append(self.preview.run(request))

    def preview_page_count(self) -> int:
        return self.preview.page_count()

    def _default_name(self, kind: str) -> str:
        unit = self.ctx.reader().units.self_unit()
        abbreviation = (unit.abbreviation if unit else "") or "DV"
        return f"Bao-cao-CDS-{self.ctx.year}-{abbreviation}.{kind}"

    def export(self, kind: str) -> None:
        """Check (in the background), ask where, then write the DOCX or PDF
        in the background."""
        self.check_then(self.tr("Vẫn xuất báo cáo"), lambda: self._export_to(kind))

    def _export_to(self, kind: str) -> None:
        title = self.tr("Lưu báo cáo (Word)") if kind == "docx" else self.tr("Lưu báo cáo (PDF)")
        pattern = (
            self.tr("Tài liệu Word (*.docx)") if kind == "docx" else self.tr("Tệp PDF (*.pdf)")
        )
        path = save_file(
            self, self._settings(), REPORT, title, self._default_name(kind), pattern, f".{kind}"
        )
        if path is None:
            return
        request = self.report_request(**{kind: str(path)})
        if request is None:
            return
        for button in (self.export_docx_button, self.export_pdf_button):
            button.setEnabled(False)
        self._jobs.append(
            run_job(
                self,
                self.tr("Đang xuất báo cáo..."),
                report_in_process,
                request,
                on_done=lambda files: self._exported(files.docx or files.pdf),
                on_error=self._job_failed,
                on_cancel=self._export_finished,
            )
        )

    def _export_finished(self) -> None:
        for button in (self.export_docx_button, self.export_pdf_button):
            button.setEnabled(True)

    def _exported(self, path: Path) -> None:
        self._export_finished()
        if path.suffix.lower() == ".pdf":
            self.last_pdf = path
        self.save_status.setText(self.tr("Đã xuất “{path}”.").format(path=path))
        if self.open_after.isChecked():
            open_file(self, path)

    def open_sign_dialog(self) -> None:
        """Ký số: the PDF just exported (or one chosen) signed by the person or the agency."""
        from .sign_dialog import SignDialog

        self.sign_dialog = SignDialog(self.ctx, self.last_pdf, self)
        self.sign_dialog.open()

    def _job_failed(self, exc: BaseException, details: str) -> None:
        self._export_finished()
        self.preview_button.setEnabled(True)
        if isinstance(exc, WorkspaceError):
            QMessageBox.warning(self, self.tr("Chưa lập được báo cáo"), translated_error(exc))
        elif isinstance(exc, (TemplateError, FileWriteError)):
            QMessageBox.warning(self, self.tr("Không xuất được báo cáo"), translated_error(exc))
        else:
            show_error(self, exc, details)
