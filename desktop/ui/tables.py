"""What every table of the window shares: rows tall enough for two lines of
Vietnamese (stacked diacritics such as ặ, ỗ included), columns never
narrower than their header with its sort arrow, and a right-click menu that
offers the page's actions and copying the rows chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontMetrics, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

# Letters with the tallest stacks above and below the line.
TALL_LETTERS = "ẶẪỖỮẴỠặẫỗữẵỡỵỹ"
CELL_PADDING = 8  # above and below the text, inside the cell


def line_height(metrics: QFontMetrics) -> int:
    """One line of Vietnamese: the font's line spacing or the height the
    tallest stacked letters take, whichever is larger."""
    return max(metrics.lineSpacing(), metrics.boundingRect(TALL_LETTERS).height())


def wrap_rows(view: QTableView, lines: int = 2) -> int:
    """Word-wrapped cells, every row tall enough for `lines` lines; returns
    the row height. The rest of a longer text is elided and in the tooltip."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    height = lines * line_height(view.fontMetrics()) + 2 * CELL_PADDING
    header = view.verticalHeader()
    header.setMinimumSectionSize(height)
    header.setDefaultSectionSize(height)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return height


def fit_headers(view: QTableView) -> None:
    """No column narrower than its header's text and sort arrow."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    for col in range(model.columnCount()):
        if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Interactive:
            continue
        wanted = header.sectionSizeHint(col)
        if header.sectionSize(col) < wanted:
            header.resizeSection(col, wanted)


def selected_text(view: QTableView) -> str:
    """The rows chosen as text (cells by tabs, rows by lines), headers first."""
    model = view.model()
    selection = view.selectionModel()
    if model is None or selection is None:
        return ""
    rows = sorted({i.row() for i in selection.selectedIndexes()}) or (
        [view.currentIndex().row()] if view.currentIndex().isValid() else []
    )
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    head = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
    lines = ["\t".join(head)]
    for r in rows:
        cells = (model.index(r, c).data() for c in columns)
        lines.append("\t".join("" if v is None else str(v).replace("\n", " ") for v in cells))
    return "\n".join(lines)


def copy_rows(view: QTableView) -> str:
    text = selected_text(view)
    QGuiApplication.clipboard().setText(text)
    return text


def add_table_menu(
    view: QTableView,
    actions: Callable[[], Iterable[QAction | None]] = lambda: (),
) -> QAction:
    """Right-click on `view`: `actions()` (None for a separator), then
    "Sao chép các dòng đã chọn" (Ctrl+C). The menu shown is kept as
    `view.context_menu`. Returns the copy action."""
    copy = QAction(QCoreApplication.translate("Tables", "Sao chép các dòng đã chọn"), view)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    copy.triggered.connect(lambda: copy_rows(view))
    view.addAction(copy)
    if view.selectionBehavior() != QAbstractItemView.SelectionBehavior.SelectRows:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def show(pos) -> None:
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row(), index.parent()):
            view.selectRow(index.row())
        menu = QMenu(view)
        for action in actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if menu.actions():
            menu.addSeparator()
        menu.addAction(copy)
        view.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(show)
    return copy
