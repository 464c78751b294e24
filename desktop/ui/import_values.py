"""Two panels of the import dialog: the values mapped once (each distinct
form, task, language and theme not recognised exactly, with its count, the
proposed match and the officer's choice) and the refused rows, corrected in
place and checked again before anything is written."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import FIELD_LABELS, LANGUAGES
from ..domain.plan import Plan
from ..io.listformat import FIELDS
from ..io.rejects import PLACE_HEADERS, RefusedRow
from ..io.valuemap import ValueChoice
from . import numbers
from .texts import translated

_ROOT = QModelIndex()


class ValueMapPanel(QWidget):
    """The values to confirm: one row each, the choice in a drop-down."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.values: list[ValueChoice] = []
        self.plan: Plan | None = None
        self._combos: list[QComboBox] = []
        self.note = QLabel(
            self.tr(
                "Các giá trị dưới đây không trùng đúng danh mục. Hãy xác nhận hoặc chọn lại; "
                "lựa chọn được ghi nhớ cùng cách đọc cột cho các tệp có cùng tiêu đề."
            )
        )
        self.note.setWordWrap(True)
        headers = [
            self.tr("Cột"),
            self.tr("Giá trị trong tệp"),
            self.tr("Số dòng"),
            self.tr("Đề xuất"),
            self.tr("Lựa chọn"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def set_values(self, values: list[ValueChoice], plan: Plan | None) -> None:
        self.values = list(values)
        self.plan = plan
        self._combos = []
        self.table.setRowCount(len(values))
        for row, v in enumerate(values):
            cells = [
                translated(FIELD_LABELS.get(v.field, v.field)),
                v.written,
                numbers.integer(v.rows),
                v.proposal if v.proposal is not None else self.tr("(không có)"),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
            combo = QComboBox()
            options = self._options(v, plan)
            for label, action, to in options:
                combo.addItem(label, (action, to))
            current = next(
                (
                    i
                    for i, (_, a, t) in enumerate(options)
                    if a == v.action and (a != "map" or t == v.to)
                ),
                0,
            )
            combo.setCurrentIndex(current)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._chosen(r))
            self._combos.append(combo)
            self.table.setCellWidget(row, 4, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def _options(self, v: ValueChoice, plan: Plan | None) -> list[tuple[str, str, str | None]]:
        """(label, action, to) the officer can choose for one value."""
        keep = (
            self.tr("Giữ nguyên “{0}” (hình thức mới)").format(v.written)
            if v.field == "form"
            else self.tr("Giữ nguyên (kiểm tra theo quy tắc)")
        )
        options: list[tuple[str, str, str | None]] = [(keep, "keep", None)]
        if plan is not None:
            if v.field == "form":
                options += [(f, "map", f) for f in plan.forms]
            elif v.field == "target_code":
                options.append((self.tr("Hoạt động khác (không thuộc nhiệm vụ)"), "map", ""))
                options += [(f"{t.code} — {t.title[:60]}", "map", t.code) for t in plan.targets]
            elif v.field == "language":
                options += [(language, "map", language) for language in LANGUAGES]
            else:
                options += [
                    (f"{t.number}. {t.title[:60]}", "map", str(t.number)) for t in plan.themes
                ]
        options.append((self.tr("Bỏ qua các dòng này"), "skip", None))
        return options

    def combo(self, field: str, written: str) -> QComboBox:
        row = next(i for i, v in enumerate(self.values) if (v.field, v.written) == (field, written))
        return self._combos[row]

    def _chosen(self, row: int) -> None:
        action, to = self._combos[row].currentData()
        self.values[row] = replace(self.values[row], action=action, to=to)
        self.changed.emit()

    def chosen(self) -> list[ValueChoice]:
        """The values as the officer left them."""
        return list(self.values)


class RefusedRowsModel(QAbstractTableModel):
    """The refused rows with their cells; a cell of a mapped column can be
    corrected here, in the list as read (nothing is written to the file)."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RefusedRow] = []
        self.sheets: dict[tuple[str, str | None], object] = {}  # (file, sheet) -> SheetChoice
        self.editable = True

    def set_rows(self, rows: list[RefusedRow], sheets: dict) -> None:
        self.beginResetModel()
        self.rows = [r for r in rows if r.row is not None]
        self.sheets = sheets
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(FIELDS) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Tệp, trang, dòng")
        if section == len(FIELDS) + 1:
            return translated(PLACE_HEADERS[-1])
        return translated(FIELD_LABELS[FIELDS[section - 1]])

    def _column(self, r: RefusedRow, field: str) -> int | None:
        choice = self.sheets.get((r.source, r.sheet))
        return None if choice is None else choice.mapping.get(field)

    def flags(self, index: QModelIndex):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if 1 <= index.column() <= len(FIELDS) and self.editable:
            r = self.rows[index.row()]
            if self._column(r, FIELDS[index.column() - 1]) is not None:
                return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                where = [r.source] + ([r.sheet] if r.sheet else []) + [str(r.row)]
                return ", ".join(where)
            if col == len(FIELDS) + 1:
                return r.reason()
            value = r.cells.get(FIELDS[col - 1])
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and 1 <= col <= len(FIELDS):
            if any(p.field == FIELDS[col - 1] for p in r.problems):
                return QBrush(QColor("#fde0dc"))
        if role == Qt.ItemDataRole.ToolTipRole and col == len(FIELDS) + 1:
            return r.reason()
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        r = self.rows[index.row()]
        field = FIELDS[index.column() - 1]
        choice = self.sheets[(r.source, r.sheet)]
        col = choice.mapping[field]
        cells = choice.sheet.rows[r.row - 1]
        while len(cells) <= col:
            cells.append(None)
        text = str(value)
        cells[col] = text
        r.cells[field] = text
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True
