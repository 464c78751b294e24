"""First run: which unit this workspace belongs to, and which year to start with."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..domain.field_limits import MAX_UNIT_LINE
from ..domain.plan import (
    LOCAL_KINDS,
    Plan,
    Unit,
    has_part,
    issuer_province,
    local_place,
    new_unit_defaults,
    same_unit_name,
    working_year,
)
from ..domain.text import clean_line
from ..store import Workspace
from .activity_form import FieldError
from .errors import show_error
from .geometry import resize_within_screen


class FirstRunDialog(QDialog):
    """Choose the unit from the plan's list or type a new name."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.unit: Unit | None = None
        self.setWindowTitle(self.tr("Bắt đầu sử dụng"))

        intro = QLabel(
            self.tr(
                "Chọn đơn vị của bạn trong danh sách (hoặc gõ tên đơn vị mới) và năm làm việc. "
                "Thông tin đơn vị (cơ quan chủ quản, người ký, nơi nhận...) được điền sẵn "
                "và có thể sửa sau ở mục Đơn vị."
            )
        )
        intro.setWordWrap(True)
        self.unit_box = QComboBox()
        self.unit_box.setEditable(True)
        self.unit_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_box.lineEdit().setPlaceholderText(self.tr("Tên đơn vị"))
        self.unit_box.lineEdit().setMaxLength(MAX_UNIT_LINE)
        self.unit_box.setMinimumContentsLength(40)
        self.unit_error = FieldError()
        self.year_box = QComboBox()
        years = workspace.plans.years()
        this_year = date.today().year
        for y in sorted(set(years) | {this_year}):
            self.year_box.addItem(str(y), y)
        self.year_box.setCurrentIndex(self.year_box.findData(working_year(years, this_year)))
        self._fill_units()
        self.year_box.currentIndexChanged.connect(self._fill_units)

        form = QFormLayout()
        unit_cell = QVBoxLayout()
        unit_cell.addWidget(self.unit_box)
        unit_cell.addWidget(self.unit_error)
        form.addRow(self.tr("Đơn vị"), unit_cell)
        form.addRow(self.tr("Năm làm việc"), self.year_box)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bắt đầu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Thoát"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        resize_within_screen(self, 560, 220)

    def year(self) -> int:
        return self.year_box.currentData()

    def plan(self) -> Plan | None:
        """The chosen year's plan, or the latest one for a year without."""
        plans = self.workspace.plans
        return plans.get(self.year()) or (plans.get(plans.years()[-1]) if plans.years() else None)

    def _fill_units(self) -> None:
        """Offer the units with a part in the chosen year's plan; a name
        already typed stays."""
        typed = self.unit_box.currentText()
        plan = self.plan()
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem("", None)
        names = []
        for u in self.workspace.units.all():
            if has_part(u, plan):
                self.unit_box.addItem(u.name, u.id)
                names.append(u.name)
        # The plan's consolidator is offered even before it is a unit here.
        if plan is not None and plan.consolidator:
            if not any(same_unit_name(plan.consolidator, n) for n in names):
                self.unit_box.addItem(plan.consolidator, None)
        self.unit_box.setCurrentIndex(0)
        self.unit_box.setEditText(typed)
        self.unit_box.blockSignals(False)

    def chosen_unit(self) -> Unit | None:
        """The unit as it will be stored: one of the plan's, or a new one."""
        name = clean_line(self.unit_box.currentText())
        if not name:
            return None
        existing = self.workspace.units.by_name(name)
        plan = self.plan()
        unit = existing or new_unit_defaults(name, plan)
        # A profile from the plan may leave these blank; the report needs
        # them: the plan's province (a commune's header has no governing body).
        governing, place = issuer_province(plan)
        if not unit.governing_body and unit.kind not in LOCAL_KINDS and unit.kind != "ubnd_huyen":
            unit.governing_body = governing
        if not unit.place:
            unit.place = local_place(unit.name) or place
        return unit

    def accept(self) -> None:
        unit = self.chosen_unit()
        if unit is None:
            self.unit_error.show_message(self.tr("Hãy chọn hoặc gõ tên đơn vị."))
            self.unit_box.setFocus()
            return
        try:
            # The unit and the year to open on, in one transaction.
            self.unit = self.workspace.units.set_self_unit(unit, current_year=self.year())
        except Exception as e:  # explained; the dialog stays open
            show_error(self, e)
            return
        super().accept()
