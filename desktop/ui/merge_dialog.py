"""Đổi tên, sáp nhập đơn vị: the department records that units were renamed
or merged into one from a date (the Đài Phát thanh và Truyền hình tỉnh and the
Báo Quảng Ngãi became the Báo và Phát thanh, Truyền hình Quảng Ngãi on
19/5/2025).

The officer ticks the old units, types the new unit's name (or an existing
unit's), picks its kind and the effective date, reads what will happen and
confirms. The change is one transaction through the writer; "Hoàn tác" puts it
back while the dialog is open.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.field_limits import MAX_UNIT_LINE
from ..domain.plan import LOCAL_KINDS, Unit, local_kind, local_lead_kinds, new_unit_defaults
from ..domain.text import clean_line, fold
from ..store import WorkspaceError
from . import numbers
from .context import AppContext
from .date_field import DateField
from .geometry import resize_within_screen
from .texts import translated_error
from .writer import SUBMISSIONS, UNIT

# The kinds a unit can be, as the officer reads them.
KIND_LABELS = {
    "so_nganh": QT_TRANSLATE_NOOP("MergeUnitsDialog", "Sở, ban, ngành"),
    "bao_chi": QT_TRANSLATE_NOOP("MergeUnitsDialog", "Cơ quan báo chí"),
    "doan_the": QT_TRANSLATE_NOOP("MergeUnitsDialog", "Đoàn thể"),
    "xa": QT_TRANSLATE_NOOP("MergeUnitsDialog", "UBND xã"),
    "phuong": QT_TRANSLATE_NOOP("MergeUnitsDialog", "UBND phường"),
    "dac_khu": QT_TRANSLATE_NOOP("MergeUnitsDialog", "UBND đặc khu"),
    "ubnd_huyen": QT_TRANSLATE_NOOP("MergeUnitsDialog", "UBND huyện (trước 01/7/2025)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeUnitsDialog", text)


class MergeUnitsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Đổi tên, sáp nhập đơn vị"))
        self.undo = None  # what the last merge changed (store.units.MergeUndo)
        ws = ctx.workspace
        self_unit = ws.units.self_unit()
        self.units = [u for u in ws.units.all() if not (self_unit and u.id == self_unit.id)]

        self.olds = QListWidget()
        self.olds.setObjectName("mergeOlds")
        for u in self.units:
            item = QListWidgetItem(u.name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, u.name)
            self.olds.addItem(item)
        self.olds.itemChanged.connect(lambda _i: self._changed())
        self.successor = QLineEdit()
        self.successor.setObjectName("mergeSuccessor")
        self.successor.setMaxLength(MAX_UNIT_LINE)
        self.successor.setPlaceholderText(self.tr("Tên đơn vị mới, hoặc tên một đơn vị đã có"))
        completer = QCompleter([u.name for u in ws.units.all()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.successor.setCompleter(completer)
        self.successor.textChanged.connect(self._name_typed)
        self.kind = QComboBox()
        self.kind.setObjectName("mergeKind")
        kinds = dict(KIND_LABELS)
        for u in ws.units.all():
            kinds.setdefault(u.kind, u.kind)
        for code, label in kinds.items():
            if code:
                self.kind.addItem(_tr(label), code)
        self.kind.currentIndexChanged.connect(lambda _i: self._changed())
        self.effective = DateField()
        self.effective.setObjectName("mergeEffective")
        self.effective.date_changed.connect(lambda _d: self._changed())
        self.summary = QLabel()
        self.summary.setObjectName("mergeSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("mergeMessage")
        self.message.setWordWrap(True)

        self.confirm_button = QPushButton(self.tr("Xác nhận đổi tên, sáp nhập"))
        self.confirm_button.setObjectName("mergeConfirm")
        self.confirm_button.clicked.connect(self.confirm)
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("mergeUndo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)

        form = QFormLayout()
        form.addRow(self.tr("Đơn vị cũ (chọn một để đổi tên, nhiều để sáp nhập)"), self.olds)
        form.addRow(self.tr("Đơn vị mới"), self.successor)
        form.addRow(self.tr("Loại đơn vị"), self.kind)
        form.addRow(self.tr("Có hiệu lực từ ngày"), self.effective)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        resize_within_screen(self, 640, 520)
        self._changed()

    # -- choosing ---------------------------------------------------------------

    def chosen(self) -> list[str]:
        return [
            self.olds.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.olds.count())
            if self.olds.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_kind(self, code: str) -> None:
        index = self.kind.findData(code)
        if index >= 0:
            self.kind.setCurrentIndex(index)

    def _name_typed(self, text: str) -> None:
        existing = self._existing(text)
        kind = existing.kind if existing else local_kind(text)
        if kind is None:
            olds = [u for u in self.units if u.name in self.chosen()]
            kind = olds[0].kind if olds else None
        if kind:
            self.set_kind(kind)
        self._changed()

    def _existing(self, name: str) -> Unit | None:
        key = fold(clean_line(name))
        return next((u for u in self.ctx.workspace.units.all() if fold(u.name) == key), None)

    def problem(self) -> str:
        """Why the merge cannot be recorded as it stands, or ""."""
        olds, name = self.chosen(), clean_line(self.successor.text())
        if not olds:
            return self.tr("Chọn ít nhất một đơn vị cũ.")
        if not name:
            return self.tr("Gõ tên đơn vị mới.")
        if any(fold(o) == fold(name) for o in olds):
            return self.tr("Đơn vị mới không thể là một trong các đơn vị cũ.")
        if not self.effective.text().strip():
            return self.tr("Gõ ngày có hiệu lực.")
        return self.effective.problem()

    def _changed(self) -> None:
        problem = self.problem()
        self.confirm_button.setEnabled(not problem)
        if problem:
            self.summary.setText(problem)
            return
        olds, name = self.chosen(), clean_line(self.successor.text())
        when = f"{self.effective.date():%d/%m/%Y}"
        what = (
            self.tr("“{0}” đổi tên thành “{1}” từ ngày {2}.").format(olds[0], name, when)
            if len(olds) == 1
            else self.tr("{0} sáp nhập thành “{1}” từ ngày {2}.").format(
                ", ".join(f"“{o}”" for o in olds), name, when
            )
        )
        new = self._existing(name) is None
        self.summary.setText(
            what
            + " "
            + (self.tr("Đơn vị mới sẽ được thêm. ") if new else "")
            + self.tr(
                "Đơn vị mới đảm nhận các nhiệm vụ của đơn vị cũ; số liệu của đơn vị cũ "
                "(cả các năm trước) được tổng hợp dưới đơn vị mới. Số liệu đã có không bị xóa."
            )
        )

    # -- writing ----------------------------------------------------------------

    def successor_unit(self) -> Unit:
        """The new unit as it will be stored: an existing unit of that name,
        else a profile taken from the first old unit, of the chosen kind."""
        name = clean_line(self.successor.text())
        kind = self.kind.currentData() or ""
        existing = self._existing(name)
        if existing is not None:
            return replace(existing, kind=kind or existing.kind)
        plans = self.ctx.workspace.plans.years()
        plan = self.ctx.workspace.plans.get(self.ctx.year) or (
            self.ctx.workspace.plans.get(plans[-1]) if plans else None
        )
        first = next((u for u in self.units if u.name == self.chosen()[0]), None)
        if kind in LOCAL_KINDS or first is None:
            unit = new_unit_defaults(name, plan)
            leads = local_lead_kinds(kind, plan) or unit.lead_kinds
            return replace(unit, kind=kind or unit.kind, lead_kinds=leads)
        return replace(first, id=None, name=name, short_name="", kind=kind, consolidator=False)

    def confirm(self) -> bool:
        if self.problem():
            return False
        olds, effective = self.chosen(), self.effective.date()
        successor = self.successor_unit()
        try:
            unit, self.undo = self.ctx.writer.write(
                (UNIT, SUBMISSIONS), _merge, olds, successor, effective
            )
        except WorkspaceError as e:
            self.message.setText(translated_error(e))
            return False
        done = self.tr("Đã ghi nhận: từ ngày {0}, {1} → “{2}”.").format(
            f"{effective:%d/%m/%Y}", "; ".join(olds), unit.name
        )
        if self.undo.readdressed:
            done += " " + self.tr("Báo cáo của {0} đơn vị nay gửi “{1}”.").format(
                numbers.integer(len(self.undo.readdressed)), unit.name
            )
        self.message.setText(done)
        self.undo_button.setEnabled(True)
        self.confirm_button.setEnabled(False)
        return True

    def undo_last(self) -> bool:
        if self.undo is None:
            return False
        try:
            self.ctx.writer.write((UNIT, SUBMISSIONS), _undo, self.undo)
        except WorkspaceError as e:
            self.message.setText(translated_error(e))
            return False
        self.undo = None
        self.undo_button.setEnabled(False)
        self.message.setText(self.tr("Đã hoàn tác việc đổi tên, sáp nhập."))
        self._changed()
        return True


def _merge(ws, olds: list[str], successor: Unit, effective: date):
    return ws.units.merge_undoable(olds, successor, effective)


def _undo(ws, undo) -> None:
    ws.units.undo_merge(undo)
