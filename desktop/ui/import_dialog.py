"""Nhập dữ liệu: lists kept in Excel/CSV and last year's workspace files.

Choose files -> the sheets found, each sheet's header row and the column of
every field are shown and can be corrected -> a preview of the rows exactly
as they will be stored and the list of rejected rows (file, sheet, row,
reason), which can be saved as Excel -> "Nhập" writes everything in one
transaction, or "Hủy" leaves the workspace untouched. Reading and checking
run off the GUI thread; the writing too, on its own connection.

The parts: `ImportFlow` (import_flow.py) holds the states and runs the
work, `SheetsPanel` (import_sheets.py) the sheets and columns, the models
(import_models.py, import_values.py) the tables; the dialog lays them out
and shows what the flow says.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..files import FileWriteError
from ..io.importer import ImportSummary, owner_warning, plan_lookup
from ..io.previous import PreviousImportError
from ..io.rejects import refused_rows, write_rejects
from ..io.rowcheck import excel_serial_date
from ..store import WorkspaceError
from . import numbers
from .context import AppContext
from .file_dialogs import REJECTS, save_file
from .geometry import resize_within_screen
from .import_flow import CHECKING, DONE, READING, WRITING, ImportFlow, import_changes
from .import_models import PreviewModel, RejectsModel
from .import_sheets import NO_COLUMN, SheetsPanel
from .import_texts import owner_line, summary_lines
from .import_values import RefusedRowsModel, ValueMapPanel
from .texts import translated_error

__all__ = ["NO_COLUMN", "ImportDialog", "PreviewModel", "RejectsModel", "import_changes"]

FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Bảng tính, CSV, dữ liệu năm trước (*.xlsx *.xlsm *.csv *.txt *.cdsdb);;Mọi tệp (*)",
)


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, paths: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nhập dữ liệu từ tệp"))
        resize_within_screen(self, 1180, 760)
        self._warning = None
        reader = ctx.reader()
        remembered = reader.texts.import_mappings()
        # Everything remembered per header layout, value choices included.
        stored = {s: reader.texts.import_mapping_data(s) for s in remembered}
        me = reader.units.self_unit()
        self.flow = ImportFlow(
            ctx.writer,
            plan_lookup(reader),
            remembered,
            stored,
            self,
            own_unit=me.name if me is not None else None,
        )
        self.flow.read.connect(self.sheets_read)
        self.flow.checked.connect(lambda _result: self._show_result())
        self.flow.written.connect(self._import_done)
        self.flow.stopped.connect(self._stopped)
        self.flow.failed.connect(self._job_failed)
        self.flow.state_changed.connect(self._state_changed)

        self._build(remembered)
        self._update_buttons()
        if paths:
            self.load(paths)
        else:
            QTimer.singleShot(0, self.choose_files)

    # What the flow holds, as the window and its tests read it.
    @property
    def busy(self) -> bool:
        return self.flow.busy

    @property
    def _stale(self) -> bool:
        return self.flow.stale

    @property
    def session(self):
        return self.flow.session

    @property
    def result(self):
        return self.flow.result

    @property
    def summary(self) -> ImportSummary | None:
        return self.flow.summary

    @property
    def values(self) -> list:
        return self.flow.values

    # -- layout ------------------------------------------------------------

    def _build(self, remembered: dict) -> None:
        top = QHBoxLayout()
        self.files_label = QLabel(self.tr("Chưa chọn tệp."))
        self.files_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn tệp..."))
        self.choose_button.clicked.connect(self.choose_files)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.choose_button)

        self.sheets = SheetsPanel(remembered)
        self.sheets.changed.connect(self.flow.mark_stale)
        self.tree = self.sheets.tree
        self.mapping_box = self.sheets.mapping_box
        self.header_spin = self.sheets.header_spin
        self.combos = self.sheets.combos
        self.remembered_label = self.sheets.remembered_label

        self.preview_model = PreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setAlternatingRowColors(True)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setWordWrap(False)
        row_height = self.fontMetrics().height() + 8
        self.preview.verticalHeader().setDefaultSectionSize(row_height)
        self.rejects_model = RejectsModel(self)
        self.rejects = QTableView()
        self.rejects.setModel(self.rejects_model)
        self.rejects.setAlternatingRowColors(True)
        self.rejects.verticalHeader().setVisible(False)
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.rejects.verticalHeader().setDefaultSectionSize(row_height)
        self.save_rejects_button = QPushButton(self.tr("Lưu danh sách dòng bị từ chối ra Excel..."))
        self.save_rejects_button.clicked.connect(lambda: self.save_rejects())
        rejects_page = QWidget()
        rl = QVBoxLayout(rejects_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.rejects)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_rejects_button)
        rl.addLayout(row)
        self.values_panel = ValueMapPanel()
        self.values_panel.changed.connect(self._values_changed)
        self.refused_model = RefusedRowsModel(self)
        self.refused_model.edited.connect(self.flow.mark_stale)
        self.refused = QTableView()
        self.refused.setModel(self.refused_model)
        self.refused.verticalHeader().setVisible(False)
        self.refused.setAlternatingRowColors(True)
        fix_page = QWidget()
        fl = QVBoxLayout(fix_page)
        fl.setContentsMargins(0, 0, 0, 0)
        fix_note = QLabel(
            self.tr(
                "Sửa ô sai ngay tại đây (ô tô đỏ); các dòng được kiểm tra lại trước khi nhập. "
                "Tệp gốc không bị thay đổi."
            )
        )
        fix_note.setWordWrap(True)
        fl.addWidget(fix_note)
        fl.addWidget(self.refused, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.preview, self.tr("Xem trước"))
        self.tabs.addTab(rejects_page, self.tr("Dòng bị từ chối"))
        self.tabs.addTab(self.values_panel, self.tr("Giá trị cần xác nhận"))
        self.tabs.addTab(fix_page, self.tr("Sửa dòng bị từ chối"))
        self.owner_check = QCheckBox()
        self.owner_check.setVisible(False)
        self.owner_check.toggled.connect(lambda _on: self._update_buttons())

        lower = QSplitter(Qt.Orientation.Vertical)
        lower.addWidget(self.sheets)
        lower.addWidget(self.tabs)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)

        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.import_button = QPushButton(self.tr("Nhập"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.owner_check)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(lower, 1)
        layout.addLayout(buttons)

    # -- choosing and reading files ------------------------------------------

    def choose_files(self) -> None:
        start = str(self.ctx.settings.value("paths/import", str(Path.home())))
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn tệp cần nhập"), start, self.tr(FILE_FILTER)
        )
        if names:
            self.ctx.settings.setValue("paths/import", str(Path(names[0]).parent))
            self.load(names)
        elif self.session is None:
            self.reject()  # opened from the menu and no file chosen: nothing to show

    def load(self, paths: list[str]) -> None:
        self.paths = [str(p) for p in paths]
        self.files_label.setText(", ".join(Path(p).name for p in self.paths))
        self.flow.load(self.paths)

    def sheets_read(self, session) -> None:
        self.sheets.fill(session)

    # -- checking ---------------------------------------------------------------

    def recheck(self) -> None:
        """Check the rows again with the sheets and columns as now chosen."""
        self.flow.recheck()

    def _values_changed(self) -> None:
        self.flow.choose_values(self.values_panel.chosen())

    def _stopped(self, what: str) -> None:
        if what == READING:
            self._show_idle(self.tr("Đã dừng đọc tệp; chưa ghi gì."))
        else:
            self._show_idle(self.tr("Đã dừng kiểm tra."))

    def _show_result(self) -> None:
        result, values = self.result, self.values
        plan = self.flow.plans.latest()
        self.values_panel.set_values(values, plan)
        self.tabs.setTabText(
            2, self.tr("Giá trị cần xác nhận ({0})").format(numbers.integer(len(values)))
        )
        sheets = {
            (c.source, c.name): c
            for src in (self.session.tables if self.session else [])
            for c in src.sheets
        }
        self.refused_model.set_rows(refused_rows(result), sheets)
        self.refused.resizeColumnsToContents()
        self._warning = owner_warning(result, plan, self.ctx.reader())
        self.owner_check.setChecked(False)
        self.owner_check.setVisible(self._warning is not None)
        if self._warning is not None:
            self.owner_check.setText(self.tr("Vẫn nhập vào dữ liệu của đơn vị mình"))
        self.preview_model.set_result(result)
        self.rejects_model.set_problems(result.rejected)
        self.preview.resizeColumnsToContents()
        for col in (4, 7, 10):
            self.preview.setColumnWidth(col, min(self.preview.columnWidth(col), 320))
        self.rejects.resizeColumnsToContents()
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.tabs.setTabText(
            0,
            self.tr("Xem trước ({0} dòng hợp lệ)").format(numbers.integer(len(result.activities))),
        )
        rejects_tab = self.tr("Dòng bị từ chối ({0})").format(numbers.integer(result.rejected_rows))
        unreadable = sum(1 for p in result.rejected if p.row is None)
        if unreadable:
            rejects_tab += " " + self.tr("· tệp, trang không đọc được ({0})").format(unreadable)
        self.tabs.setTabText(1, rejects_tab)
        self._show_idle(self._status_text())

    def _status_text(self) -> str:
        r = self.result
        if r is None:
            return ""
        parts = [
            self.tr("{0} dòng hợp lệ sẽ được nhập").format(numbers.integer(len(r.activities))),
            self.tr("{0} dòng bị từ chối").format(numbers.integer(r.rejected_rows)),
        ]
        if r.totals_skipped:
            parts.append(
                self.tr("{0} dòng tổng cộng bỏ qua").format(numbers.integer(r.totals_skipped))
            )
        if self.session and self.session.previous:
            n = sum(len(p.activities) for p in self.session.previous)
            parts.append(self.tr("{0} hoạt động từ dữ liệu năm trước").format(numbers.integer(n)))
        if r.skipped_by_choice:
            parts.append(
                self.tr("{0} dòng bỏ qua theo lựa chọn").format(
                    numbers.integer(r.skipped_by_choice)
                )
            )
        files = [p for p in r.rejected if p.row is None]
        text = "; ".join(parts) + self.tr(". Chưa ghi gì cho đến khi bấm “Nhập”.")
        if self._warning is not None:
            text = owner_line(self._warning) + " " + text
        if files:
            text += " " + self.tr(
                "Có {0} tệp/trang không đọc được (xem “Dòng bị từ chối”)."
            ).format(numbers.integer(len(files)))
        return text

    # -- importing ------------------------------------------------------------------

    def start_import(self) -> None:
        if self._warning is not None and not self.owner_check.isChecked():
            return
        self.flow.commit()

    def _import_done(self, summary: ImportSummary) -> None:
        text = "\n".join(summary_lines(summary))
        self.status_label.setText(text)
        self.status_label.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.sheets.freeze()
        self.cancel_button.setText(self.tr("Đóng"))
        self.refused_model.editable = False
        self.values_panel.setEnabled(False)
        self.owner_check.setEnabled(False)
        # The refused rows can still be saved, corrected in Excel and imported.
        self._update_buttons()

    def _job_failed(self, exc: BaseException, details: str) -> None:
        explained = (PreviousImportError, WorkspaceError, FileWriteError)
        if isinstance(exc, explained):
            self._show_idle("")
            self.status_label.setText(
                self.tr("Không nhập được: {0} Dữ liệu không thay đổi.").format(
                    translated_error(exc)
                )
            )
            self.status_label.setStyleSheet("color: #b00020;")
            return
        from .errors import show_error

        self._show_idle(self.tr("Có lỗi; dữ liệu không thay đổi."))
        show_error(self, exc, details)

    def save_rejects(self, path: str | None = None) -> bool:
        """Save the refused rows with their cells, as XLSX or CSV by the
        name's extension (asks where when no path is given), to be corrected
        and imported again."""
        if self.result is None or not self.result.rejected:
            return False
        if path is None:
            chosen = save_file(
                self,
                self.ctx.settings,
                REJECTS,
                self.tr("Lưu danh sách dòng bị từ chối"),
                "dong-bi-tu-choi.xlsx",
                self.tr("Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)"),
            )
            if chosen is None:
                return False
            path = str(chosen)
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".xlsx"
        try:
            write_rejects(path, refused_rows(self.result), excel_serial_date)
        except FileWriteError as e:
            self.status_label.setText(translated_error(e))
            self.status_label.setStyleSheet("color: #b00020;")
            return False
        self.status_label.setText(
            self.tr("Đã lưu danh sách dòng bị từ chối vào “{0}”.").format(path)
        )
        return True

    # -- state --------------------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        busy_text = {
            READING: self.tr("Đang đọc tệp..."),
            CHECKING: self.tr("Đang kiểm tra lại các dòng..."),
            WRITING: self.tr("Đang ghi vào dữ liệu..."),
        }
        if state in busy_text:
            self._show_idle(busy_text[state])
        else:
            self._update_buttons()

    def _show_idle(self, text: str) -> None:
        """The status line and what can be done now, as the flow's state says."""
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.flow.busy
        self.sheets.set_busy(busy or self.flow.state == DONE)
        if self.flow.state == DONE:
            self.sheets.freeze()
        self.import_button.setEnabled(
            self.flow.can_commit() and (self._warning is None or self.owner_check.isChecked())
        )
        self.refused.setEnabled(not busy)
        self.save_rejects_button.setEnabled(
            not busy and self.result is not None and bool(self.result.rejected)
        )

    def reject(self) -> None:
        """Hủy / Đóng: nothing is written that was not confirmed with "Nhập"."""
        if not self.flow.cancel():
            return  # the one transaction finishes (or rolls back) before closing
        super().reject()
