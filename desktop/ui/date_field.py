"""A date field that takes typing the way officers type.

A plain line edit: a click puts the cursor where it lands, Ctrl+A then
typing replaces everything, and any of the shapes `read_typed_date` reads is
accepted ("10/06/2023", "1/6/23", "10062023"). On leaving the field a good
date is shown as dd/mm/yyyy; an impossible one (31/02/2023) stays as typed
with the reason under it, never moved to a nearby day. The button beside it
opens a calendar in the interface language.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

from ..domain.dates import (
    BAD_MONTH,
    EMPTY,
    NO_SUCH_DAY,
    DateProblem,
    TypedDateError,
    format_date,
    read_typed_date,
)


def describe_date_problem(problem: DateProblem) -> str:
    """The reason a typed date is refused, in the interface language."""
    if problem.code == EMPTY:
        return QCoreApplication.translate("dates", "chưa có ngày")
    if problem.code == BAD_MONTH:
        return QCoreApplication.translate(
            "dates", "“{0}”: không có tháng {1} (tháng từ 1 đến 12)"
        ).format(problem.text, problem.month)
    if problem.code == NO_SUCH_DAY:
        return QCoreApplication.translate("dates", "“{0}”: tháng {1}/{2} chỉ có {3} ngày").format(
            problem.text, problem.month, problem.year, problem.days_in_month
        )
    return QCoreApplication.translate(
        "dates", "“{0}” không phải ngày (gõ ngày/tháng/năm, ví dụ 10/06/2023)"
    ).format(problem.text)


class DateField(QLineEdit):
    """Typed date entry; `date()` is the date or None, `problem()` why not."""

    date_changed = Signal(object)  # the new date (or None)

    def __init__(self, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.year = year  # taken when only day and month are typed
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setToolTip(self.tr("Gõ ngày/tháng/năm: 10/06/2023, 1/6/23 hoặc 10062023; F4 mở lịch"))
        self.setMaxLength(20)
        self.calendar_action = QAction(self)
        self.calendar_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.calendar_action.setToolTip(self.tr("Chọn trên lịch (F4)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.tidy)
        self.textEdited.connect(lambda _t: self.date_changed.emit(self.date()))
        self.popup: QMenu | None = None

    # -- value -------------------------------------------------------------------------

    def date(self) -> date | None:
        try:
            return read_typed_date(self.text(), self.year)
        except TypedDateError:
            return None

    def problem(self) -> str:
        """Why the text is not a date, or "" when it is one."""
        try:
            read_typed_date(self.text(), self.year)
        except TypedDateError as e:
            return describe_date_problem(e.problem)
        return ""

    def set_date(self, d: date | None) -> None:
        self.setText(format_date(d) if d else "")
        self.date_changed.emit(d)

    def setDate(self, d: QDate | date) -> None:  # noqa: N802 - the QDateEdit name
        """Set from a QDate or a date (as a QDateEdit is set)."""
        self.set_date(date(d.year(), d.month(), d.day()) if isinstance(d, QDate) else d)

    def tidy(self) -> None:
        """A good date is shown whole; anything else stays as typed."""
        d = self.date()
        if d is not None and self.text() != format_date(d):
            self.setText(format_date(d))

    # -- calendar ----------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_F4 or (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        calendar = QCalendarWidget()
        calendar.setLocale(QLocale())
        calendar.setGridVisible(True)
        current = self.date() or date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(qd: QDate) -> None:
            self.set_date(date(qd.year(), qd.month(), qd.day()))
            menu.close()

        calendar.activated.connect(chosen)
        calendar.clicked.connect(chosen)
        self.popup = menu
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setFocus()
