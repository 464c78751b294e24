"""Hoạt động: the list of activities with filters, search and the edit actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import LANGUAGES
from ..domain.period import in_period
from ..domain.plan import OTHER_ACTIVITIES, Plan
from ..store.workspace import ActivityFilter
from . import numbers
from .activities_model import COL_DATE, COL_TITLE, ActivitiesModel
from .combos import ElidedComboBox
from .context import AppContext
from .due_panel import DuePanel
from .errors import show_error
from .icons import icon
from .period_filter import month_choices, over_period
from .tables import fit_headers
from .texts import translated
from .writer import ACTIVITIES

SEARCH_DELAY_MS = 150
IMPORT = "import"  # undo steps: an import, and an import undone from the history
UNIMPORT = "unimport"
ALL = None  # item data of the "any" entry of a filter box


class ActivitiesPage(QWidget):
    """The officer's everyday list: filter, search, add, edit, delete, undo."""

    summary_changed = Signal(str)
    show_requested = Signal()  # a shortcut used elsewhere wants this page visible
    notice = Signal(str)  # a passing message for the status bar

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dialog = None  # the open activity form, if any
        # Undo and redo history: (kind, ids, snapshots) with kind "add",
        # "edit" or "delete" (the snapshots are what the step took away), or
        # IMPORT / UNIMPORT with the import's id (its rows wait in the store).
        self._undo: list[tuple[str, list[int], list[dict]]] = []
        self._redo: list[tuple[str, list[int], list[dict]]] = []
        self._before_edit: list[dict] = []
        self._building = False
        self.summary_text = ""

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tiêu đề, ghi chú, đường dẫn (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.month = QComboBox()
        self.target = ElidedComboBox()
        self.form = QComboBox()
        self.theme = ElidedComboBox()
        self.language = QComboBox()
        self.clear_button = QPushButton(self.tr("Bỏ lọc"))
        self.target.setMinimumContentsLength(14)
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme.setMinimumContentsLength(12)
        self.theme.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )

        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("padding: 12px; font-size: 11pt; color: #1f4e79;")
        self.empty_hint.hide()
        self.due = DuePanel(ctx, self)
        self.due.refresh()
        self.model = ActivitiesModel(ctx.workspace, self)
        self.model.set_header_labels(
            [
                self.tr("Ngày"),
                self.tr("Chỉ tiêu"),
                self.tr("Hình thức"),
                self.tr("Tiêu đề"),
                self.tr("Số lượng"),
                self.tr("Ngôn ngữ"),
                self.tr("Kinh phí (đồng)"),
                self.tr("Chủ đề"),
            ]
        )
        self.table = QTableView()
        self.table.setObjectName("activitiesTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setObjectName("activitiesHeader")
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(COL_DATE, Qt.SortOrder.DescendingOrder)
        for col, width in enumerate((90, 120, 150, 360, 75, 90, 120, 70)):
            self.table.setColumnWidth(col, width)
        fit_headers(self.table)  # "Kinh phí (đồng)" beside its sort arrow

        self._make_actions()
        self._layout()
        self._connect()
        self.reload_choices()
        self.apply_filter()

    # -- construction ----------------------------------------------------------

    def _make_actions(self) -> None:
        self.new_action = QAction(icon("add"), self.tr("Thêm hoạt động"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_action = QAction(self.tr("Sửa"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_Return))
        # Enter edits only while the list has focus (forms use Enter themselves).
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.duplicate_action = QAction(self.tr("Nhân bản"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.delete_action = QAction(icon("delete"), self.tr("Xóa"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_action = QAction(icon("undo"), self.tr("Hoàn tác"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(icon("redo"), self.tr("Làm lại"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setEnabled(False)
        self.redo_action.triggered.connect(self.redo)
        self.addAction(self.redo_action)
        self.find_action = QAction(self.tr("Tìm kiếm"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        for action in (self.new_action, self.duplicate_action, self.undo_action, self.find_action):
            self.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for label, box in (
            (self.tr("Tháng"), self.month),
            (self.tr("Chỉ tiêu"), self.target),
            (self.tr("Hình thức"), self.form),
            (self.tr("Chủ đề"), self.theme),
            (self.tr("Ngôn ngữ"), self.language),
        ):
            box.setToolTip(label)
            box.setAccessibleName(label)
            filters.addWidget(box, 1)
        filters.addWidget(self.clear_button)

        buttons = QHBoxLayout()
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            self.undo_action,
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.due)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.installEventFilter(self)
        for box in (self.month, self.target, self.form, self.theme, self.language):
            box.currentIndexChanged.connect(self._filter_box_changed)
        self.clear_button.clicked.connect(self.clear_filters)
        self.table.activated.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.loaded.connect(self._show_summary)
        self.model.load_failed.connect(lambda e: show_error(self, e))
        self.new_action.triggered.connect(self.new_activity)
        self.edit_action.triggered.connect(self.edit_selected)
        self.duplicate_action.triggered.connect(self.duplicate_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action.triggered.connect(self.undo)
        self.find_action.triggered.connect(self.focus_search)
        self.ctx.year_changed.connect(self._year_changed)
        self.ctx.plan_changed.connect(self.reload_choices)
        self.ctx.data_changed.connect(self.refresh)

    def closeEvent(self, event) -> None:
        self._search_timer.stop()  # a closed list runs no pending search
        super().closeEvent(event)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.FocusIn:
            self.model.warm_up()
        return super().eventFilter(watched, event)

    # -- filters ---------------------------------------------------------------

    def _choices_plan(self) -> Plan | None:
        """The year's plan, or the latest one when the year has none yet."""
        plan = self.ctx.plan()
        if plan is None:
            years = self.ctx.workspace.plans.years()
            plan = self.ctx.workspace.plans.get(years[-1]) if years else None
        return plan

    def reload_choices(self) -> None:
        """Fill the filter boxes from the year's plan, keeping the choices made."""
        plan = self._choices_plan()
        self._building = True
        try:
            _fill(
                self.month,
                [(self.tr("Cả năm"), ALL)] + month_choices(self.ctx.year, self.ctx.period()),
            )
            targets = [(self.tr("Mọi chỉ tiêu"), ALL)]
            if plan:
                targets += [(f"{t.code} – {t.title}", t.code) for t in plan.targets]
            targets.append((translated(OTHER_ACTIVITIES), ""))
            _fill(self.target, targets)
            forms = [(self.tr("Mọi hình thức"), ALL)] + [
                (f, f) for f in (plan.forms if plan else [])
            ]
            _fill(self.form, forms)
            themes = [(self.tr("Mọi chủ đề"), ALL)]
            if plan:
                themes += [(f"{t.number}. {t.title}", t.number) for t in plan.themes]
            _fill(self.theme, themes)
            _fill(
                self.language,
                [(self.tr("Mọi ngôn ngữ"), ALL)] + [(translated(lang), lang) for lang in LANGUAGES],
            )
        finally:
            self._building = False
        self.apply_filter()

    def _filter_box_changed(self) -> None:
        if not self._building:
            self.apply_filter()

    def current_filter(self) -> ActivityFilter:
        unit = self.ctx.workspace.units.self_unit()
        flt = ActivityFilter(
            unit_id=unit.id if unit else -1,
            year=self.ctx.year,
            month=self.month.currentData(),
            target_code=self.target.currentData(),
            form=self.form.currentData(),
            theme=self.theme.currentData(),
            language=self.language.currentData(),
            search=self.search.text(),
        )
        # The plan's period (ui.period_filter): what the year's figures count.
        return over_period(flt, self.ctx.year, self.ctx.period())

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._show_summary()

    def apply_search(self) -> None:
        """After typing: count in the background so typing never stalls."""
        self.model.set_filter_in_background(self.current_filter())

    def refresh(self) -> None:
        """Reload after a write, keeping the selection where possible."""
        ids = self.selected_ids()
        self.model.reload()
        self._show_summary()
        if ids:
            self.select_ids(ids[:1])

    def clear_filters(self) -> None:
        self._building = True
        for box in (self.month, self.target, self.form, self.theme, self.language):
            box.setCurrentIndex(0)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._building = False
        self.apply_filter()

    def show_target(self, code: str | None) -> None:
        """Show only the activities under one target ("" = other activities)."""
        self._building = True
        for box in (self.month, self.form, self.theme, self.language):
            box.setCurrentIndex(0)
        index = self.target.findData(code if code is not None else "")
        self.target.setCurrentIndex(max(index, 0))
        self._building = False
        self.apply_filter()

    def _year_changed(self, _year: int) -> None:
        self.reload_choices()

    def _show_summary(self) -> None:
        m = self.model
        text = self.tr("{0} hoạt động · Số lượng: {1} · Kinh phí: {2}").format(
            numbers.integer(m.count),
            numbers.integer(m.total_quantity),
            self.tr("{0} đồng").format(numbers.integer(m.total_cost)),
        )
        self.summary_text = text
        self.summary_changed.emit(text)
        self.empty_hint.setText(
            self.tr(
                "Chưa có hoạt động nào trong năm {0}. Thêm hoạt động: Ctrl+N. "
                "Nhập danh sách từ Excel hoặc CSV: Ctrl+I."
            ).format(self.ctx.year)
            if not self._filtered()
            else self.tr("Không có hoạt động nào khớp bộ lọc. Bấm “Bỏ lọc” để xem tất cả.")
        )
        self.empty_hint.setVisible(m.count == 0)

    def _filtered(self) -> bool:
        boxes = (self.month, self.target, self.form, self.theme, self.language)
        return bool(self.search.text().strip()) or any(b.currentIndex() > 0 for b in boxes)

    def _table_menu(self, pos) -> None:
        """Right-click on the list: the actions on the rows chosen."""
        menu = QMenu(self)
        for action in (
            self.new_action,
            self.edit_action,
            self.duplicate_action,
            self.delete_action,
            None,
            self.undo_action,
            self.redo_action,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def focus_search(self) -> None:
        self.show_requested.emit()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- selection -------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        ids = (self.model.activity_id(r) for r in self.selected_rows())
        return [i for i in ids if i is not None]

    def select_ids(self, ids: list[int]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        for activity_id in ids:
            row = self.model.row_of(activity_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(index)

    def _update_actions(self) -> None:
        rows = len(self.table.selectionModel().selectedRows())
        self.edit_action.setEnabled(rows == 1)
        self.duplicate_action.setEnabled(rows == 1)
        self.delete_action.setEnabled(rows > 0)

    # -- editing ---------------------------------------------------------------

    def _open_form(self, activity_id: int | None, duplicate: bool = False) -> None:
        from .activity_form import ActivityDialog

        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        if self.ctx.workspace.units.self_unit() is None:
            return
        self.show_requested.emit()
        editing = activity_id is not None and not duplicate
        self._before_edit = self.ctx.workspace.activities.snapshot([activity_id]) if editing else []
        self.dialog = ActivityDialog(self.ctx, activity_id, duplicate=duplicate, parent=self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def new_activity(self) -> None:
        self._open_form(None)

    def edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._open_form(ids[0])

    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._open_form(ids[0], duplicate=True)

    def _saved(self, activity_id: int) -> None:
        before = [b for b in self._before_edit if b["activity"]["id"] == activity_id]
        self._record(("edit", [activity_id], before) if before else ("add", [activity_id], []))
        self._before_edit = []
        self.select_ids([activity_id])
        saved = self.ctx.workspace.activities.get(activity_id)
        if saved is not None and not in_period(saved.date, self.ctx.period()):
            year = self.ctx.workspace.figures.year_holding(saved.date, self.ctx.year)
            self.notice.emit(
                self.tr("Đã lưu hoạt động vào năm {0}; chọn năm {0} để xem.").format(year)
            )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if len(ids) > 1:
            answer = QMessageBox.question(
                self,
                self.tr("Xóa hoạt động"),
                self.tr(
                    "Xóa {0} hoạt động đã chọn?\nCó thể hoàn tác bằng Ctrl+Z trong phiên làm việc này."
                ).format(numbers.integer(len(ids))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        first_row = self.selected_rows()[0]
        try:
            snapshots = self.ctx.writer.write((ACTIVITIES,), lambda ws: ws.activities.delete(ids))
        except Exception as e:  # explained to the officer, the list stays as it was
            show_error(self, e)
            return
        self._record(("delete", ids, snapshots))
        if self.model.count:
            row = min(first_row, self.model.count - 1)
            self.table.selectRow(row)

    def _record(self, step: tuple[str, list[int], list[dict]]) -> None:
        self._undo.append(step)
        self._redo.clear()
        self._update_history()

    def _update_history(self) -> None:
        self.undo_action.setEnabled(bool(self._undo))
        self.redo_action.setEnabled(bool(self._redo))

    def _apply(self, step, backwards: bool):
        """Undo (backwards) or redo one step; returns the step for the other list."""
        kind, ids, snapshots = step
        acts = self.ctx.writer.write
        if kind in (IMPORT, UNIMPORT):
            # An import is one step: its rows taken out, or put back, together.
            batch = ids[0]
            if (kind == IMPORT) == backwards:
                acts((ACTIVITIES,), lambda ws: ws.imports.undo(batch))
            else:
                acts((ACTIVITIES,), lambda ws: ws.imports.redo(batch))
            return kind, ids, []
        if kind == "add" and backwards or kind == "delete" and not backwards:
            taken = acts((ACTIVITIES,), lambda ws: ws.activities.delete(ids))
        elif kind == "edit":
            taken = acts((ACTIVITIES,), lambda ws: ws.activities.replace_with(ids, snapshots))
        else:  # an add redone, a delete undone: put the rows back
            acts((ACTIVITIES,), lambda ws: ws.activities.restore(snapshots))
            taken = []
        return kind, ids, taken

    def record_import(self, summary) -> None:
        """An import just written: Ctrl+Z undoes all of it in one step."""
        batch = getattr(summary, "batch_id", None)
        if batch is not None:
            self._record((IMPORT, [batch], []))

    def undo_import(self, batch_id: int) -> bool:
        """ "Hoàn tác lần nhập này" from the history, itself undone by Ctrl+Z."""
        try:
            self.ctx.writer.write((ACTIVITIES,), lambda ws: ws.imports.undo(batch_id))
        except Exception as e:
            show_error(self, e)
            return False
        self._record((UNIMPORT, [batch_id], []))
        self.notice.emit(self.tr("Đã hoàn tác lần nhập. Ctrl+Z để nhập lại như cũ."))
        return True

    def redo_import(self, batch_id: int) -> bool:
        """ "Làm lại lần nhập này" from the history, itself undone by Ctrl+Z."""
        try:
            self.ctx.writer.write((ACTIVITIES,), lambda ws: ws.imports.redo(batch_id))
        except Exception as e:
            show_error(self, e)
            return False
        self._record((IMPORT, [batch_id], []))
        self.notice.emit(self.tr("Đã làm lại lần nhập. Ctrl+Z để hoàn tác."))
        return True

    def undo(self) -> None:
        """Undo the last add, edit or delete (Ctrl+Z)."""
        self._step(self._undo, self._redo, backwards=True)

    def redo(self) -> None:
        """Redo what was undone last (Ctrl+Y)."""
        self._step(self._redo, self._undo, backwards=False)

    undo_delete = undo

    def _step(self, source: list, target: list, backwards: bool) -> None:
        if not source:
            return
        step = source.pop()
        try:
            target.append(self._apply(step, backwards))
        except Exception as e:
            source.append(step)
            show_error(self, e)
            return
        self._update_history()
        kind, ids, _ = step
        if kind in (IMPORT, UNIMPORT):
            taken_out = (kind == IMPORT) == backwards
            self.notice.emit(
                (
                    self.tr("Đã hoàn tác lần nhập: các hoạt động của lần nhập đã được gỡ ra.")
                    if taken_out
                    else self.tr("Đã đưa lại các hoạt động của lần nhập.")
                )
                + " "
                + (self.tr("Ctrl+Y để làm lại.") if backwards else self.tr("Ctrl+Z để hoàn tác."))
            )
            return
        if not (kind == "add" and backwards or kind == "delete" and not backwards):
            self.select_ids(ids[:1])
        self.notice.emit(
            self.tr("Đã hoàn tác. Ctrl+Y để làm lại.")
            if backwards
            else self.tr("Đã làm lại. Ctrl+Z để hoàn tác.")
        )


def _fill(box: QComboBox, items: list[tuple[str, object]]) -> None:
    """Replace a combo box's items, keeping the current choice when it still exists."""
    current = box.currentData()
    box.clear()
    for text, data in items:
        box.addItem(text, data)
        if isinstance(text, str) and len(text) > 40:
            box.setItemData(box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
    index = box.findData(current) if current is not None else 0
    box.setCurrentIndex(max(index, 0))
