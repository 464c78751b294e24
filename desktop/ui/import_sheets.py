"""The import dialog's upper half: the files and sheets found (a sheet is
ticked to be imported) and, for the sheet selected, its header row and the
column of every field, which the officer can correct. Every correction is
made on the session's sheet choice and announced with `changed`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
)

from ..domain.activity import FIELD_LABELS
from ..io.importer import ImportSession
from ..io.listformat import FIELDS
from ..io.listlayout import HEADER_SCAN_ROWS, SheetChoice
from . import numbers
from .texts import translated, translated_message

NO_COLUMN = -1


class SheetsPanel(QSplitter):
    """Sheets and columns of one import session."""

    changed = Signal()  # a sheet ticked or not, a header row or a column chosen

    def __init__(self, remembered: dict, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.remembered = remembered
        self.session: ImportSession | None = None
        self.current: SheetChoice | None = None
        self.busy = False
        self._loading = False

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [
                QCoreApplication.translate(
                    "ImportDialog", "Tệp và trang (đánh dấu trang cần nhập)"
                ),
                QCoreApplication.translate("ImportDialog", "Dòng tiêu đề"),
                QCoreApplication.translate("ImportDialog", "Số dòng"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemChanged.connect(self._sheet_toggled)
        self.tree.currentItemChanged.connect(self._sheet_selected)

        self.mapping_box = QGroupBox(QCoreApplication.translate("ImportDialog", "Cột của trang"))
        form = QFormLayout(self.mapping_box)
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, HEADER_SCAN_ROWS)
        self.header_spin.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "Dòng chứa tên các cột (Ngày, Tiêu đề...). Các dòng trên đó được bỏ qua.",
            )
        )
        self.header_spin.valueChanged.connect(self._header_changed)
        form.addRow(QCoreApplication.translate("ImportDialog", "Dòng tiêu đề:"), self.header_spin)
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
            QCoreApplication.translate(
                "ImportDialog",
                "Nếu tệp không có cột Hình thức, dòng thuộc chỉ tiêu được đo bằng đúng một "
                "hình thức (ví dụ chỉ tiêu tính bằng chuyên mục) lấy hình thức đó; "
                "các dòng khác bị từ chối.",
            )
        )
        form.addRow(QLabel(QCoreApplication.translate("ImportDialog", "* bắt buộc")))
        self.mapping_box.setEnabled(False)

        # The columns scroll on a small screen rather than push the dialog
        # past its bottom edge.
        self.mapping_scroll = QScrollArea()
        self.mapping_scroll.setWidgetResizable(True)
        self.mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mapping_scroll.setWidget(self.mapping_box)
        self.mapping_scroll.setMinimumWidth(self.mapping_box.minimumSizeHint().width() + 24)
        self.addWidget(self.tree)
        self.addWidget(self.mapping_scroll)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.mapping_box.setEnabled(not busy and self.current is not None)

    def freeze(self) -> None:
        """After the import: shown, no longer changed."""
        self.mapping_box.setEnabled(False)
        self.tree.setEnabled(False)

    # -- the tree ------------------------------------------------------------------

    def fill(self, session: ImportSession) -> None:
        self.session = session
        self.current = None
        self._load_panel()
        self.tree.blockSignals(True)
        self.tree.clear()
        red = QBrush(QColor("#b00020"))
        first_sheet = None
        for problem in session.file_errors:
            message = translated_message(problem.message)
            item = QTreeWidgetItem([f"{problem.source}: {message}"])
            item.setForeground(0, red)
            item.setToolTip(0, message)
            self.tree.addTopLevelItem(item)
        for prev in session.previous:
            years = ", ".join(map(str, prev.activity_years())) or "-"
            plans = ", ".join(str(p.year) for p in prev.plans) or "-"
            item = QTreeWidgetItem(
                [
                    QCoreApplication.translate(
                        "ImportDialog",
                        "{0}: dữ liệu năm trước, hoạt động năm {1}, kế hoạch năm {2}",
                    ).format(prev.name, years, plans),
                    "",
                    numbers.integer(len(prev.activities)),
                ]
            )
            item.setToolTip(
                0,
                QCoreApplication.translate(
                    "ImportDialog", "Dữ liệu của {0}: {1} hoạt động, {2} năm có báo cáo"
                ).format(
                    prev.unit.name, numbers.integer(len(prev.activities)), len(prev.report_texts)
                ),
            )
            self.tree.addTopLevelItem(item)
        for si, src in enumerate(session.tables):
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
        if choice.name:
            name = QCoreApplication.translate("ImportDialog", "Trang “{0}”").format(choice.name)
        else:
            name = QCoreApplication.translate("ImportDialog", "Bảng CSV")
        item.setText(0, name)
        item.setCheckState(0, Qt.CheckState.Checked if choice.enabled else Qt.CheckState.Unchecked)
        if choice.header_row is None:
            item.setText(1, QCoreApplication.translate("ImportDialog", "chưa tìm thấy"))
            item.setText(2, "")
            item.setToolTip(
                0,
                QCoreApplication.translate(
                    "ImportDialog", "Chọn trang này rồi chọn dòng tiêu đề và các cột."
                ),
            )
        else:
            item.setText(1, numbers.integer(choice.header_row + 1))
            item.setText(2, numbers.integer(max(0, len(choice.sheet.rows) - choice.header_row - 1)))
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
        self.current = self._choice_of(item)
        self._load_panel()

    def _sheet_toggled(self, item: QTreeWidgetItem, column: int) -> None:
        choice = self._choice_of(item)
        if choice is None or column != 0:
            return
        enabled = item.checkState(0) == Qt.CheckState.Checked
        if enabled != choice.enabled:
            choice.enabled = enabled
            self.changed.emit()

    def _refresh_current_item(self) -> None:
        item = self.tree.currentItem()
        if item is not None and self.current is not None:
            self.tree.blockSignals(True)
            self._describe_sheet(item, self.current)
            self.tree.blockSignals(False)

    # -- header row and columns ---------------------------------------------------------

    def _load_panel(self) -> None:
        choice = self.current
        self._loading = True
        try:
            self.mapping_box.setEnabled(choice is not None and not self.busy)
            if choice is None:
                self.mapping_box.setTitle(
                    QCoreApplication.translate("ImportDialog", "Cột của trang")
                )
                self.remembered_label.setText("")
                for combo in self.combos.values():
                    combo.clear()
                return
            if choice.name:
                where = QCoreApplication.translate("ImportDialog", "trang “{0}”").format(
                    choice.name
                )
            else:
                where = choice.source
            self.mapping_box.setTitle(
                QCoreApplication.translate("ImportDialog", "Cột của {0}").format(where)
            )
            rows = max(1, min(HEADER_SCAN_ROWS, len(choice.sheet.rows)))
            self.header_spin.setRange(1, rows)
            self.header_spin.setValue((choice.header_row or 0) + 1)
            if choice.remembered:
                text = QCoreApplication.translate(
                    "ImportDialog", "Dùng cách ghép cột đã chọn lần trước cho tệp cùng mẫu."
                )
            elif choice.header_row is None:
                text = QCoreApplication.translate(
                    "ImportDialog",
                    "Chưa nhận ra dòng tiêu đề: hãy chọn dòng tiêu đề và cột cho từng mục.",
                )
            else:
                text = QCoreApplication.translate(
                    "ImportDialog", "Các cột được nhận tự động; có thể sửa."
                )
            self.remembered_label.setText(text)
            shown_row = self.header_spin.value() - 1
            labels = [choice.column_label(c, shown_row) for c in range(choice.column_count())]
            for f, combo in self.combos.items():
                combo.clear()
                combo.addItem(QCoreApplication.translate("ImportDialog", "— không có —"), NO_COLUMN)
                for c, label in enumerate(labels):
                    combo.addItem(label, c)
                col = (
                    choice.mapping.get(f, NO_COLUMN) if choice.header_row is not None else NO_COLUMN
                )
                combo.setCurrentIndex(max(0, combo.findData(col)))
        finally:
            self._loading = False

    def _header_changed(self, value: int) -> None:
        choice = self.current
        if self._loading or choice is None or choice.header_row == value - 1:
            return
        choice.set_header_row(value - 1, self.remembered.get)
        choice.enabled = True
        self._refresh_current_item()
        self._load_panel()
        self.changed.emit()

    def _column_changed(self, f: str) -> None:
        choice = self.current
        if self._loading or choice is None:
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
                    self._loading = True
                    self.combos[other].setCurrentIndex(0)
                    self._loading = False
            choice.mapping[f] = col
        choice.remembered = False
        if fresh:
            self._load_panel()
        self.changed.emit()
