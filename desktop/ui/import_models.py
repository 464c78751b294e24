"""The import dialog's two tables: the rows as they will be stored, and the
rows refused with their reasons."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ..domain.activity import FIELD_LABELS, Activity, Problem, format_themes
from ..io.listformat import FIELDS, REJECT_HEADERS, ImportResult, reject_cells
from . import numbers
from .texts import translated, translated_message

_ROOT = QModelIndex()
# The column of a refused row naming its field (listformat.REJECT_HEADERS).
_FIELD_COLUMN = 3


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
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (5, 8, 11, 12, 13):
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
            5: numbers.integer(a.quantity),
            6: translated(a.language),
            7: a.link,
            8: numbers.integer(a.cost) if a.cost else "",
            9: format_themes(a.themes),
            10: a.notes.replace("\n", " ⏎ "),
            11: _count(a.views),
            12: _count(a.reach),
            13: _count(a.shares),
            14: a.funding,
        }
        return value[col]


def _count(value: int | None) -> str:
    """A reach figure as shown: empty when not recorded, 0 when recorded as 0."""
    return "" if value is None else numbers.integer(value)


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
            problem = self.problems[index.row()]
            if index.column() == len(REJECT_HEADERS) - 1:
                return translated_message(problem.message)
            if index.column() == _FIELD_COLUMN and problem.field:
                return translated(problem.label)
            return str(translated_message(reject_cells(problem)[index.column()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return translated_message(self.problems[index.row()].describe())
        return None
