"""Kế hoạch: the period the plan's year is counted over (the calendar year or
the annual window of Nghị định 09/2019), chosen after a confirmation, with
the change undone in one click. It goes through the store's
`plans.set_window`, like `plan set --window`; every progress view follows."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ..domain.period import CALENDAR, ND09, plan_period, window_of, year_period
from ..domain.plan import Plan
from .context import AppContext
from .errors import show_error
from .period_texts import period_caption, window_name
from .writer import PLAN


def _store_window(ws, year: int, window: str) -> None:
    ws.plans.set_window(year, window)


class PeriodBox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self.choice = QComboBox()
        self.choice.setObjectName("planWindow")
        for window in (CALENDAR, ND09):
            self.choice.addItem(window_name(window), window)
        self.choice.setToolTip(
            self.tr("Tiến độ, Việc cần làm, Tổng hợp và báo cáo đều tính số liệu trong kỳ này")
        )
        self.caption = QLabel()
        self.caption.setObjectName("planPeriodCaption")
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("planWindowUndo")
        self.undo_button.hide()
        self._before: tuple[int, str] | None = None  # (year, window) the undo puts back
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.undo_button)
        self.choice.activated.connect(self._chosen)
        self.undo_button.clicked.connect(self.undo)

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        window = window_of(plan)
        self.choice.setCurrentIndex(max(self.choice.findData(window), 0))
        self.caption.setText(
            period_caption(plan.year, window, plan_period(plan)) if plan is not None else ""
        )
        if plan is None or (self._before and self._before[0] != plan.year):
            self._before = None
            self.undo_button.hide()

    def _chosen(self, _index: int = 0) -> None:
        plan = self.plan
        window = self.choice.currentData()
        if plan is None or window == window_of(plan):
            return
        if not self.confirm(plan.year, window):
            self.show_plan(plan)  # the choice goes back to what is stored
            return
        before = window_of(plan)
        if self._store(plan.year, window):
            self._before = (plan.year, before)
            self.undo_button.setToolTip(
                self.tr("Trở lại: {0}").format(
                    period_caption(plan.year, before, year_period(plan.year, before))
                )
            )
            self.undo_button.show()

    def confirm(self, year: int, window: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Kỳ số liệu của năm {0}").format(year),
            self.tr(
                "Tính số liệu năm {0} trong {1}?\n\nTiến độ, Việc cần làm, Tổng hợp và báo cáo "
                "sẽ tính lại theo kỳ này; các hoạt động đã ghi không thay đổi."
            ).format(year, period_caption(year, window, year_period(year, window))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmPlanWindow")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def undo(self) -> None:
        if self._before is None:
            return
        year, window = self._before
        if self._store(year, window):
            self._before = None
            self.undo_button.hide()

    def _store(self, year: int, window: str) -> bool:
        try:
            self.ctx.writer.write((PLAN,), _store_window, year, window)
        except Exception as e:
            show_error(self, e)
            return False
        return True
