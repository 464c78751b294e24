"""Nhập dữ liệu: lists kept in Excel/CSV and last year's workspace files.

Choose files -> the sheets found, each sheet's header row and the column of
every field are shown and can be corrected -> a preview of the rows exactly
as they will be stored and the list of rejected rows (file, sheet, row,
reason), which can be saved as Excel -> "Nhập" writes everything in one
transaction, or "Hủy" leaves the workspace untouched. Reading and checking
run off the GUI thread; the writing too, on its own connection.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import FIELD_LABELS, Activity, Problem, format_themes
from ..domain.text import format_int
from ..files import FileWriteError
from ..io.importer import (
    ImportSession,
    ImportSummary,
    check_import,
    commit_import,
    open_import,
    owner_warning,
    plan_lookup,
    value_choices,
)
from ..io.listformat import FIELDS, REJECT_HEADERS, ImportResult, reject_cells
from ..io.listlayout import HEADER_SCAN_ROWS, SheetChoice
from ..io.previous import PreviousImportError
from ..io.rejects import refused_rows, write_rejects
from ..io.rowcheck import excel_serial_date
from ..io.valuemap import apply_remembered, merge_stored
from ..store import Workspace, WorkspaceError
from .context import AppContext
from .geometry import resize_within_screen
from .import_values import RefusedRowsModel, ValueMapPanel
from .jobs import run_job
from .texts import translated
from .writer import ACTIVITIES, MAPPINGS, PLAN, TEXTS, UNIT

NO_COLUMN = -1
_ROOT = QModelIndex()
FILE_FILTER = QT_TRANSLATE_NOOP(
    "ImportDialog",
    "Bảng tính, CSV, dữ liệu năm trước (*.xlsx *.xlsm *.csv *.txt *.cdsdb);;Mọi tệp (*)",
)


class PreviewModel(QAbstractTableModel):
    """The valid rows as they will be stored, with where each came from."""

    COLUMNS = (QT_TRANSLATE_NOOP("PreviewModel", "Nguồn"), *(FIELD_LABELS[f] for f in FIELDS))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.activities: list[Activity] = []
        self.sources: list[tuple[str, str | None, int]] = []

    def set_result(self, result: ImportResult | None) -> None:
        self.beginResetModel()
        self.activities = list(result.activities) if result else []
        self.sources = list(result.sources) if result else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if section == 0:
                return QCoreApplication.translate("PreviewModel", self.COLUMNS[0])
            return translated(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.activities[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (5, 8):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            file, sheet, row = self.sources[index.row()]
            line = QCoreApplication.translate("PreviewModel", "dòng {0}").format(row)
            return " · ".join(x for x in (file, sheet, line) if x)
        value = {
            1: a.date.strftime("%d/%m/%Y"),
            2: a.target_code or "",
            3: a.form,
            4: a.title,
            5: format_int(a.quantity),
            6: a.language,
            7: a.link,
            8: format_int(a.cost) if a.cost else "",
            9: format_themes(a.themes),
            10: a.notes.replace("\n", " ⏎ "),
        }
        return value[col]


class RejectsModel(QAbstractTableModel):
    """Every rejected row: file, sheet, row, column and the reason."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(REJECT_HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translated(REJECT_HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = reject_cells(self.problems[index.row()])[index.column()]
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problems[index.row()].describe()
        return None


# -- work done off the GUI thread ---------------------------------------------


def _read_job(progress, paths: list[str], remembered: dict, plans, stored: dict) -> tuple:
    session = open_import(paths, remembered.get, progress.update)
    progress.check()
    progress.update(0, 0, QCoreApplication.translate("ImportDialog", "Đang kiểm tra các dòng..."))
    return (session, *_check_job(progress, session, plans, stored, {}))


def _check_job(progress, session: ImportSession, plans, stored: dict, chosen: dict) -> tuple:
    """(values to confirm, checked rows): the values of the mapped columns not
    recognised exactly, with the choices remembered for these headers and
    those made in the dialog, then every row checked with them."""
    values = apply_remembered(value_choices(session, plans.latest(), stored.get), chosen)
    return values, check_import(session, plans, None, lambda _row: progress.check(), values)


def _commit_job(
    progress, ws: Workspace, session: ImportSession, result: ImportResult, values: list
):
    # On the writer's thread and connection, while the window keeps reading.
    return commit_import(session, result, ws, values=values)


def import_changes(summary: ImportSummary) -> set[str]:
    """What an import changed, for the writer to announce."""
    names = {ACTIVITIES, MAPPINGS}
    if summary.derived_plans or summary.new_forms:
        names.add(PLAN)
    for prev in summary.previous:
        names.add(TEXTS)
        if prev.plans_added:
            names.add(PLAN)
        if prev.profile_taken:
            names.add(UNIT)
    return names


def _snapshot(session: ImportSession) -> ImportSession:
    """A copy the worker can read while the officer keeps editing mappings."""
    tables = [
        replace(src, sheets=[replace(c, mapping=dict(c.mapping)) for c in src.sheets])
        for src in session.tables
    ]
    return ImportSession(tables, list(session.previous), list(session.file_errors))


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, paths: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nhập dữ liệu từ tệp"))
        resize_within_screen(self, 1180, 760)
        self.session: ImportSession | None = None
        self.result: ImportResult | None = None
        self.summary: ImportSummary | None = None
        self.busy = False
        self._recheck_pending = False
        self._current: SheetChoice | None = None
        self._loading_panel = False
        self._writing = False
        self._stale = False
        self._job = None
        reader = ctx.reader()
        self._plans = plan_lookup(reader)
        self._remembered = reader.texts.import_mappings()
        # Everything remembered per header layout, value choices included.
        self._stored = {s: reader.texts.import_mapping_data(s) for s in self._remembered}
        self.values: list = []  # values to confirm, as last checked
        self._chosen: dict = {}  # choices made in this dialog, as remembered
        self._warning = None

        self._build()
        self._recheck_timer = QTimer(self)
        self._recheck_timer.setSingleShot(True)
        self._recheck_timer.setInterval(250)
        self._recheck_timer.timeout.connect(self.recheck)
        self._update_buttons()
        if paths:
            self.load(paths)
        else:
            QTimer.singleShot(0, self.choose_files)

    # -- layout ------------------------------------------------------------

    def _build(self) -> None:
        top = QHBoxLayout()
        self.files_label = QLabel(self.tr("Chưa chọn tệp."))
        self.files_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Chọn tệp..."))
        self.choose_button.clicked.connect(self.choose_files)
        top.addWidget(self.files_label, 1)
        top.addWidget(self.choose_button)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                self.tr("Tệp và trang (đánh dấu trang cần nhập)"),
                self.tr("Dòng tiêu đề"),
                self.tr("Số dòng"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemChanged.connect(self._sheet_toggled)
        self.tree.currentItemChanged.connect(self._sheet_selected)

        self.mapping_box = QGroupBox(self.tr("Cột của trang"))
        form = QFormLayout(self.mapping_box)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, HEADER_SCAN_ROWS)
        self.header_spin.setToolTip(
            self.tr("Dòng chứa tên các cột (Ngày, Tiêu đề...). Các dòng trên đó được bỏ qua.")
        )
        self.header_spin.valueChanged.connect(self._header_changed)
        form.addRow(self.tr("Dòng tiêu đề:"), self.header_spin)
        self.remembered_label = QLabel()
        self.remembered_label.setWordWrap(True)
        form.addRow(self.remembered_label)
        self.combos: dict[str, QComboBox] = {}
        for f in FIELDS:
            combo = QComboBox()
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(lambda _i, f=f: self._column_changed(f))
            label = translated(FIELD_LABELS[f]) + (" *" if f in ("date", "title") else "")
            form.addRow(label + ":", combo)
            self.combos[f] = combo
        self.combos["form"].setToolTip(
            self.tr(
                "Nếu tệp không có cột Hình thức, dòng thuộc chỉ tiêu được đo bằng đúng một "
                "hình thức (ví dụ chỉ tiêu tính bằng chuyên mục) lấy hình thức đó; "
                "các dòng khác bị từ chối."
            )
        )
        form.addRow(QLabel(self.tr("* bắt buộc")))
        self.mapping_box.setEnabled(False)

        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.tree)
        upper.addWidget(self.mapping_box)
        upper.setStretchFactor(0, 3)
        upper.setStretchFactor(1, 2)

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
        self.refused_model.edited.connect(self._schedule_recheck)
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
        lower.addWidget(upper)
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
        self.summary = None
        self._set_busy(True, self.tr("Đang đọc tệp..."))
        self._job = run_job(
            self,
            self.tr("Đang đọc và kiểm tra tệp..."),
            _read_job,
            self.paths,
            self._remembered,
            self._plans,
            self._stored,
            on_done=self._read_done,
            on_error=self._job_failed,
            on_cancel=lambda: self._set_busy(False, self.tr("Đã dừng đọc tệp; chưa ghi gì.")),
        )

    def _read_done(self, payload) -> None:
        self.session, values, result = payload
        self._chosen = {}
        self._fill_tree()
        self._show_result((values, result))

    # -- sheets, header row and columns -------------------------------------------

    def _fill_tree(self) -> None:
        self._current = None
        self._load_panel()
        self.tree.blockSignals(True)
        self.tree.clear()
        red = QBrush(QColor("#b00020"))
        first_sheet = None
        for problem in self.session.file_errors:
            item = QTreeWidgetItem([f"{problem.source}: {problem.message}"])
            item.setForeground(0, red)
            item.setToolTip(0, problem.message)
            self.tree.addTopLevelItem(item)
        for prev in self.session.previous:
            years = ", ".join(map(str, prev.activity_years())) or "-"
            plans = ", ".join(str(p.year) for p in prev.plans) or "-"
            item = QTreeWidgetItem(
                [
                    self.tr("{0}: dữ liệu năm trước, hoạt động năm {1}, kế hoạch năm {2}").format(
                        prev.name, years, plans
                    ),
                    "",
                    format_int(len(prev.activities)),
                ]
            )
            item.setToolTip(
                0,
                self.tr("Dữ liệu của {0}: {1} hoạt động, {2} năm có báo cáo").format(
                    prev.unit.name, format_int(len(prev.activities)), len(prev.report_texts)
                ),
            )
            self.tree.addTopLevelItem(item)
        for si, src in enumerate(self.session.tables):
            top = QTreeWidgetItem([src.name])
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for ci, choice in enumerate(src.sheets):
                child = QTreeWidgetItem(top)
                child.setData(0, Qt.ItemDataRole.UserRole, (si, ci))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self._describe_sheet(child, choice)
                if first_sheet is None and choice.header_row is not None:
                    first_sheet = child
            top.setExpanded(True)
        self.tree.blockSignals(False)
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
        if first_sheet is not None:
            self.tree.setCurrentItem(first_sheet)

    def _describe_sheet(self, item: QTreeWidgetItem, choice: SheetChoice) -> None:
        name = self.tr("Trang “{0}”").format(choice.name) if choice.name else self.tr("Bảng CSV")
        item.setText(0, name)
        item.setCheckState(0, Qt.CheckState.Checked if choice.enabled else Qt.CheckState.Unchecked)
        if choice.header_row is None:
            item.setText(1, self.tr("chưa tìm thấy"))
            item.setText(2, "")
            item.setToolTip(0, self.tr("Chọn trang này rồi chọn dòng tiêu đề và các cột."))
        else:
            item.setText(1, format_int(choice.header_row + 1))
            item.setText(2, format_int(max(0, len(choice.sheet.rows) - choice.header_row - 1)))
            item.setToolTip(0, "")

    def _choice_of(self, item: QTreeWidgetItem | None) -> SheetChoice | None:
        if item is None or self.session is None:
            return None
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if not key:
            return None
        si, ci = key
        return self.session.tables[si].sheets[ci]

    def _sheet_selected(self, item, _previous=None) -> None:
        self._current = self._choice_of(item)
        self._load_panel()

    def _sheet_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        choice = self._choice_of(item)
        if choice is None or column != 0:
            return
        enabled = item.checkState(0) == Qt.CheckState.Checked
        if enabled != choice.enabled:
            choice.enabled = enabled
            self._schedule_recheck()

    def _load_panel(self) -> None:
        choice = self._current
        self._loading_panel = True
        try:
            self.mapping_box.setEnabled(choice is not None and not self.busy)
            if choice is None:
                self.mapping_box.setTitle(self.tr("Cột của trang"))
                self.remembered_label.setText("")
                for combo in self.combos.values():
                    combo.clear()
                return
            self.mapping_box.setTitle(
                self.tr("Cột của {0}").format(
                    self.tr("trang “{0}”").format(choice.name) if choice.name else choice.source
                )
            )
            rows = max(1, min(HEADER_SCAN_ROWS, len(choice.sheet.rows)))
            self.header_spin.setRange(1, rows)
            self.header_spin.setValue((choice.header_row or 0) + 1)
            if choice.remembered:
                self.remembered_label.setText(
                    self.tr("Dùng cách ghép cột đã chọn lần trước cho tệp cùng mẫu.")
                )
            elif choice.header_row is None:
                self.remembered_label.setText(
                    self.tr("Chưa nhận ra dòng tiêu đề: hãy chọn dòng tiêu đề và cột cho từng mục.")
                )
            else:
                self.remembered_label.setText(self.tr("Các cột được nhận tự động; có thể sửa."))
            shown_row = self.header_spin.value() - 1
            labels = [choice.column_label(c, shown_row) for c in range(choice.column_count())]
            for f, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("— không có —"), NO_COLUMN)
                for c, text in enumerate(labels):
                    combo.addItem(text, c)
                col = (
                    choice.mapping.get(f, NO_COLUMN) if choice.header_row is not None else NO_COLUMN
                )
                combo.setCurrentIndex(max(0, combo.findData(col)))
        finally:
            self._loading_panel = False

    def _header_changed(self, value: int) -> None:
        choice = self._current
        if self._loading_panel or choice is None or choice.header_row == value - 1:
            return
        choice.set_header_row(value - 1, self._remembered.get)
        choice.enabled = True
        self._refresh_current_item()
        self._load_panel()
        self._schedule_recheck()

    def _column_changed(self, f: str) -> None:
        choice = self._current
        if self._loading_panel or choice is None:
            return
        col = self.combos[f].currentData()
        fresh = choice.header_row is None
        if fresh:
            # The first column chosen on a sheet without a recognised header:
            # take the shown row as the header, with what it names already mapped.
            choice.set_header_row(self.header_spin.value() - 1, None)
            choice.enabled = True
            self._refresh_current_item()
        if col is None or col == NO_COLUMN:
            choice.mapping.pop(f, None)
        else:
            # One column feeds one field: free it from any other field first.
            for other, c in list(choice.mapping.items()):
                if c == col and other != f:
                    del choice.mapping[other]
                    self._loading_panel = True
                    self.combos[other].setCurrentIndex(0)
                    self._loading_panel = False
            choice.mapping[f] = col
        choice.remembered = False
        if fresh:
            self._load_panel()
        self._schedule_recheck()

    def _refresh_current_item(self) -> None:
        item = self.tree.currentItem()
        if item is not None and self._current is not None:
            self.tree.blockSignals(True)
            self._describe_sheet(item, self._current)
            self.tree.blockSignals(False)

    # -- checking ---------------------------------------------------------------

    def _schedule_recheck(self) -> None:
        # Until the rows are checked with the new choice, "Nhập" would write
        # rows read the old way: hold it back.
        self._stale = True
        self._update_buttons()
        self._recheck_timer.start()

    def recheck(self) -> None:
        """Check the rows again with the sheets and columns as now chosen."""
        if self.session is None:
            return
        if self.busy:
            self._recheck_pending = True
            return
        self._stale = False
        self._set_busy(True, self.tr("Đang kiểm tra lại các dòng..."))
        self._job = run_job(
            self,
            self.tr("Đang kiểm tra các dòng..."),
            _check_job,
            _snapshot(self.session),
            self._plans,
            self._stored,
            self._chosen,
            on_done=self._show_result,
            on_error=self._job_failed,
            on_cancel=lambda: self._set_busy(False, self.tr("Đã dừng kiểm tra.")),
        )

    def _values_changed(self) -> None:
        self._chosen = merge_stored(self._chosen, self.values_panel.chosen())
        self._schedule_recheck()

    def _show_result(self, payload) -> None:
        values, result = payload
        self.result = result
        self.values = values
        plan = self._plans.latest()
        self.values_panel.set_values(values, plan)
        self.tabs.setTabText(
            2, self.tr("Giá trị cần xác nhận ({0})").format(format_int(len(values)))
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
            0, self.tr("Xem trước ({0} dòng hợp lệ)").format(format_int(len(result.activities)))
        )
        rejects_tab = self.tr("Dòng bị từ chối ({0})").format(format_int(result.rejected_rows))
        unreadable = sum(1 for p in result.rejected if p.row is None)
        if unreadable:
            rejects_tab += " " + self.tr("· tệp, trang không đọc được ({0})").format(unreadable)
        self.tabs.setTabText(1, rejects_tab)
        self._set_busy(False, self._status_text())
        if self._recheck_pending:
            self._recheck_pending = False
            self.recheck()

    def _status_text(self) -> str:
        r = self.result
        if r is None:
            return ""
        parts = [
            self.tr("{0} dòng hợp lệ sẽ được nhập").format(format_int(len(r.activities))),
            self.tr("{0} dòng bị từ chối").format(format_int(r.rejected_rows)),
        ]
        if r.totals_skipped:
            parts.append(self.tr("{0} dòng tổng cộng bỏ qua").format(format_int(r.totals_skipped)))
        if self.session and self.session.previous:
            n = sum(len(p.activities) for p in self.session.previous)
            parts.append(self.tr("{0} hoạt động từ dữ liệu năm trước").format(format_int(n)))
        if r.skipped_by_choice:
            parts.append(
                self.tr("{0} dòng bỏ qua theo lựa chọn").format(format_int(r.skipped_by_choice))
            )
        files = [p for p in r.rejected if p.row is None]
        text = "; ".join(parts) + self.tr(". Chưa ghi gì cho đến khi bấm “Nhập”.")
        if self._warning is not None:
            text = self.tr("Cảnh báo: {0}.").format(self._warning.describe()) + " " + text
        if files:
            text += " " + self.tr(
                "Có {0} tệp/trang không đọc được (xem “Dòng bị từ chối”)."
            ).format(format_int(len(files)))
        return text

    # -- importing ------------------------------------------------------------------

    def start_import(self) -> None:
        if (
            self.busy
            or self._stale
            or self.session is None
            or self.result is None
            or self.summary is not None
        ):
            return
        self._set_busy(True, self.tr("Đang ghi vào dữ liệu..."))
        self._writing = True
        self._job = self.ctx.writer.submit(
            self,
            self.tr("Đang nhập dữ liệu..."),
            import_changes,
            _commit_job,
            _snapshot(self.session),
            self.result,
            list(self.values),
            on_done=self._import_done,
            on_error=self._job_failed,
            cancellable=False,
        )

    def _import_done(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.busy = self._writing = False
        text = self.tr("Đã nhập {0}, đã có sẵn {1}, bị từ chối {2}.").format(
            format_int(summary.inserted), format_int(summary.skipped), format_int(summary.rejected)
        )
        for prev in summary.previous:
            text += "\n" + self.tr("Dữ liệu năm trước: {0}.").format(prev.describe())
        for line in summary.notes():
            text += "\n" + line
        self.status_label.setText(text)
        self.status_label.setStyleSheet("font-weight: bold; color: #1b5e20;")
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.mapping_box.setEnabled(False)
        self.tree.setEnabled(False)
        self.cancel_button.setText(self.tr("Đóng"))
        self.refused_model.editable = False
        self.values_panel.setEnabled(False)
        self.owner_check.setEnabled(False)
        # The refused rows can still be saved, corrected in Excel and imported.
        self._update_buttons()

    def _job_failed(self, exc: BaseException, details: str) -> None:
        self._writing = False
        explained = (PreviousImportError, WorkspaceError, FileWriteError)
        if isinstance(exc, explained):
            self._set_busy(False, "")
            self.status_label.setText(
                self.tr("Không nhập được: {0} Dữ liệu không thay đổi.").format(str(exc))
            )
            self.status_label.setStyleSheet("color: #b00020;")
            return
        from .errors import show_error

        self._set_busy(False, self.tr("Có lỗi; dữ liệu không thay đổi."))
        show_error(self, exc, details)

    def save_rejects(self, path: str | None = None) -> bool:
        """Save the refused rows with their cells, as XLSX or CSV by the
        name's extension (asks where when no path is given), to be corrected
        and imported again."""
        if self.result is None or not self.result.rejected:
            return False
        if path is None:
            start = Path(str(self.ctx.settings.value("paths/import", str(Path.home()))))
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Lưu danh sách dòng bị từ chối"),
                str(start / "dong-bi-tu-choi.xlsx"),
                self.tr("Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)"),
            )
            if not path:
                return False
            if not path.lower().endswith((".xlsx", ".csv")):
                path += ".xlsx"
        try:
            write_rejects(path, refused_rows(self.result), excel_serial_date)
        except FileWriteError as e:
            self.status_label.setText(str(e))
            self.status_label.setStyleSheet("color: #b00020;")
            return False
        self.status_label.setText(
            self.tr("Đã lưu danh sách dòng bị từ chối vào “{0}”.").format(path)
        )
        return True

    # -- state --------------------------------------------------------------------------

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        self._update_buttons()
        self.mapping_box.setEnabled(not busy and self._current is not None)

    def _update_buttons(self) -> None:
        has_rows = self.result is not None and bool(self.result.activities)
        has_previous = self.session is not None and bool(self.session.previous)
        self.import_button.setEnabled(
            not self.busy
            and not self._stale
            and self.summary is None
            and (has_rows or has_previous)
            and (self._warning is None or self.owner_check.isChecked())
        )
        self.refused.setEnabled(not self.busy)
        self.save_rejects_button.setEnabled(
            not self.busy and self.result is not None and bool(self.result.rejected)
        )

    def reject(self) -> None:
        """Hủy / Đóng: nothing is written that was not confirmed with "Nhập"."""
        if self._writing:
            return  # the one transaction finishes (or rolls back) before closing
        if self._job is not None and not self._job.finished:
            self._job.progress.cancel()
        self._recheck_timer.stop()
        super().reject()
