"""The activities table: a thin model over paged workspace queries.

Only the pages the view asks for are fetched (a few hundred rows each) and a
handful are kept, so a workspace of hundreds of thousands of records scrolls
without holding them in memory. Sorting and filtering run in SQLite.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..domain.activity import format_themes, mask_to_themes
from ..domain.plan import OTHER_ACTIVITIES
from ..store import Workspace
from ..store.workspace import ActivityFilter
from . import numbers
from .readers import reader, release_thread
from .texts import translated

COL_DATE, COL_TARGET, COL_FORM, COL_TITLE, COL_QUANTITY, COL_LANGUAGE, COL_COST, COL_THEMES = range(
    8
)
# (database column for ORDER BY, header shown)
COLUMNS = (
    ("date", QT_TRANSLATE_NOOP("ActivitiesPage", "Ngày")),
    ("target_code", QT_TRANSLATE_NOOP("ActivitiesPage", "Chỉ tiêu")),
    ("form", QT_TRANSLATE_NOOP("ActivitiesPage", "Hình thức")),
    ("title", QT_TRANSLATE_NOOP("ActivitiesPage", "Tiêu đề")),
    ("quantity", QT_TRANSLATE_NOOP("ActivitiesPage", "Số lượng")),
    ("language", QT_TRANSLATE_NOOP("ActivitiesPage", "Ngôn ngữ")),
    ("cost", QT_TRANSLATE_NOOP("ActivitiesPage", "Kinh phí (đồng)")),
    ("themes", QT_TRANSLATE_NOOP("ActivitiesPage", "Chủ đề")),
)
NUMERIC = {COL_QUANTITY, COL_COST}

PAGE_SIZE = 200
MAX_PAGES = 12

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


_pool: QThreadPool | None = None


class _CloseReaders(QRunnable):
    def run(self) -> None:
        release_thread()


def close_readers() -> None:
    """Close the background reading connections (before the workspace file is
    replaced by a restore: Windows cannot rename a file that is open). The load
    pool has one thread, so the closing runs where the readers live."""
    if _pool is not None:
        _pool.start(_CloseReaders())
        _pool.waitForDone()


def _load_pool() -> QThreadPool:
    """One thread for the list's background loads: its reader stays warm,
    and long jobs in the global pool never hold a search back."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(120_000)
    return _pool


class _Warm(QRunnable):
    """Reads the list index once so the first search finds it in memory."""

    def __init__(self, path, flt: ActivityFilter):
        super().__init__()
        self.path, self.flt = path, flt

    def run(self) -> None:
        try:
            reader(self.path).activities.count_and_sums(self.flt)
        except Exception:  # only a head start; a real load reports errors
            pass


class _LoadSignals(QObject):
    loaded = Signal(int, object)  # request number, (totals, first page) or the exception

    def __init__(self):
        super().__init__()
        self.latest = 0  # the newest request number; older queued loads are skipped


class _Load(QRunnable):
    """Count, sum and read the first page on a connection of its own, off the
    GUI thread (a search over a very large workspace takes a moment)."""

    def __init__(
        self, path, flt: ActivityFilter, sort: str, descending: bool, number: int, signals
    ):
        super().__init__()
        self.path, self.flt, self.sort, self.descending = path, flt, sort, descending
        self.number, self.signals = number, signals

    def run(self) -> None:
        if self.signals.latest != self.number:
            return  # typing went on while this waited: only the newest counts
        try:
            ws = reader(self.path)
            totals = ws.activities.count_and_sums(self.flt)
            page = (
                ws.activities.page(
                    self.flt, sort=self.sort, descending=self.descending, limit=PAGE_SIZE
                )
                if totals[0]
                else []
            )
            result: object = (totals, page)
        except Exception as e:  # reported on the GUI thread
            result = e
        self.signals.loaded.emit(self.number, result)


class ActivitiesModel(QAbstractTableModel):
    """Rows matching an ActivityFilter, fetched page by page on demand."""

    loaded = Signal()  # a background load has been applied
    load_failed = Signal(object)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.filter = ActivityFilter()
        self.sort_column = COL_DATE
        self.descending = True
        self.count = 0
        self.total_quantity = 0
        self.total_cost = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._headers = [QCoreApplication.translate("ActivitiesPage", h) for _, h in COLUMNS]
        self._muted = QBrush(QColor("#6b6b6b"))
        self._request = 0
        # Not parented: a load still running when the model goes away emits
        # into an object that is still alive.
        self._signals = _LoadSignals()
        self._signals.loaded.connect(self._apply_load, Qt.ConnectionType.QueuedConnection)

    # -- loading ---------------------------------------------------------------

    def set_filter(self, flt: ActivityFilter) -> None:
        self.filter = flt
        self.reload()

    def set_filter_in_background(self, flt: ActivityFilter) -> None:
        """Like set_filter, but the counting runs off the GUI thread; the
        list keeps showing the previous result until `loaded` is emitted.
        Only the latest request is applied."""
        self.filter = flt
        self._request += 1
        self._signals.latest = self._request
        _load_pool().start(
            _Load(
                self.workspace.path,
                flt,
                COLUMNS[self.sort_column][0],
                self.descending,
                self._request,
                self._signals,
            )
        )

    def warm_up(self) -> None:
        """Prepare the background reader (called when a search is about to be typed)."""
        _load_pool().start(_Warm(self.workspace.path, self.filter))

    def _apply_load(self, number: int, result: object) -> None:
        if number != self._request:
            return  # a newer request is on its way
        if isinstance(result, Exception):
            self.load_failed.emit(result)
            return
        (count, quantity, cost), page = result
        self.beginResetModel()
        self._pages.clear()
        self.count, self.total_quantity, self.total_cost = count, quantity, cost
        if page:
            self._pages[0] = page
        self.endResetModel()
        self.loaded.emit()

    def reload(self) -> None:
        """Re-count and drop cached pages (after a filter change or a write)."""
        self._request += 1  # a background load still running is out of date
        self._signals.latest = self._request
        self.beginResetModel()
        self._pages.clear()
        self.count, self.total_quantity, self.total_cost = self.workspace.activities.count_and_sums(
            self.filter
        )
        self.endResetModel()

    def set_header_labels(self, labels: list[str]) -> None:
        self._headers = labels
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(labels) - 1)

    def _page(self, number: int) -> list:
        page = self._pages.get(number)
        if page is None:
            page = self.workspace.activities.page(
                self.filter,
                sort=COLUMNS[self.sort_column][0],
                descending=self.descending,
                offset=number * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page

    def row_record(self, row: int):
        """The database row (sqlite3.Row) shown at `row`, or None."""
        if not 0 <= row < self.count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def activity_id(self, row: int) -> int | None:
        rec = self.row_record(row)
        return rec["id"] if rec is not None else None

    def row_of(self, activity_id: int, search_limit: int = 5000) -> int | None:
        """Row showing an activity, looked up among the first rows only."""
        for row in range(min(self.count, search_limit)):
            if self.activity_id(row) == activity_id:
                return row
        return None

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.count

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            rec = self.row_record(index.row())
            if rec is None:
                return None
            text = self._text(rec, col)
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if col in (COL_TITLE, COL_TARGET) else None
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_TARGET:
            rec = self.row_record(index.row())
            if rec is not None and not rec["target_code"]:
                return self._muted
        return None

    @staticmethod
    def _text(rec, col: int) -> str:
        if col == COL_DATE:
            return date.fromisoformat(rec["date"]).strftime("%d/%m/%Y")
        if col == COL_TARGET:
            return rec["target_code"] or translated(OTHER_ACTIVITIES)
        if col == COL_QUANTITY:
            return numbers.integer(rec["quantity"])
        if col == COL_COST:
            return numbers.integer(rec["cost"]) if rec["cost"] else ""
        if col == COL_THEMES:
            return format_themes(mask_to_themes(rec["themes"]))
        if col == COL_LANGUAGE:
            return translated(rec["language"])
        return rec[COLUMNS[col][0]]

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.endResetModel()
