"""Tiến độ: each target the unit leads or works under, against the plan's pace.

A chart shows the selected target month by month (cumulative actual against
the expected line); double-clicking a target opens its activities.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.due import period_as_of
from ..domain.period import in_period, months_to, period_months, period_plan
from ..domain.plan import OTHER_ACTIVITIES, Target
from ..domain.progress import ProgressRow, Status
from ..domain.rules import elapsed_share
from . import numbers
from .context import AppContext
from .date_field import DateField
from .lazy import RefreshWhenShown
from .tables import add_table_menu, fit_headers, wrap_rows
from .texts import translated

STATUS_COLOURS = {
    Status.MET: "#c8e6c9",
    Status.MET_LATE: "#fff3c4",
    Status.NOT_MET: "#ffcdd2",
    Status.ON_TRACK: "#d7ecff",
    Status.BEHIND: "#ffe0b2",
    Status.NO_TARGET: "#eeeeee",
}
(
    COL_CODE,
    COL_TITLE,
    COL_MEASURE,
    COL_TARGET,
    COL_ACTUAL,
    COL_PERCENT,
    COL_EXPECTED,
    COL_STATUS,
) = range(8)
NUMERIC = {COL_TARGET, COL_ACTUAL, COL_EXPECTED}


class ProgressModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ProgressRow] = []
        self.headers = [
            self.tr("Mã"),
            self.tr("Nhiệm vụ"),
            self.tr("Đơn vị tính"),
            self.tr("Chỉ tiêu"),
            self.tr("Thực hiện"),
            self.tr("Tỉ lệ"),
            self.tr("Dự kiến đến nay"),
            self.tr("Trạng thái"),
        ]

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.percent
        if role == Qt.ItemDataRole.BackgroundRole and col == COL_STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not row.leads:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def text(self, row: ProgressRow, col: int) -> str:
        if col == COL_CODE:
            return row.code
        if col == COL_TITLE:
            return row.title
        if col == COL_MEASURE:
            return row.measure
        if col == COL_TARGET:
            return numbers.integer(row.target) if row.target is not None else "—"
        if col == COL_ACTUAL:
            return numbers.integer(row.actual)
        if col == COL_PERCENT:
            return numbers.percent(row.percent)
        if col == COL_EXPECTED:
            return numbers.decimal(row.expected) if row.expected is not None else "—"
        return translated(row.status.label)


class PercentBarDelegate(QStyledItemDelegate):
    """The percentage drawn as a progress bar (capped at 100, text shows the real value)."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        percent = index.data(Qt.ItemDataRole.UserRole)
        if percent is None:
            super().paint(painter, option, index)
            return
        bar = QStyleOptionProgressBar()
        # one line high, centred in a row made for two lines of title
        height = min(option.rect.height() - 8, option.fontMetrics.height() + 8)
        bar.rect = option.rect.adjusted(3, 0, -3, 0)
        bar.rect.setHeight(height)
        bar.rect.moveCenter(option.rect.center())
        bar.minimum = 0
        bar.maximum = 100
        bar.progress = int(min(percent, 100))
        bar.text = index.data(Qt.ItemDataRole.DisplayRole)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        # Qt 6 draws a bar across only with State_Horizontal (else it fills upwards).
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


def cumulative(values: list[int]) -> list[int]:
    out, total = [], 0
    for v in values:
        total += v
        out.append(total)
    return out


def expected_by_month(target: Target, period: tuple[date, date]) -> list[float] | None:
    """Expected count at the end of each reporting month of the year's
    period (domain.period.period_months; None without a number)."""
    if target.target is None:
        return None
    return [target.target * elapsed_share(target, last) for _, last in period_months(period)]


class ProgressChart(QWidget):
    """Cumulative actual by month (bars) against the expected line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = ""
        self._tail = ""
        self.actual: list[int] = []
        self.expected: list[float] | None = None
        self.goal: int | None = None
        self.setMinimumHeight(180)

    def set_data(
        self,
        title: str,
        actual: list[int],
        expected: list[float] | None,
        goal: int | None,
        *,
        tail: str = "",
    ) -> None:
        """`tail` (the period) ends the title and is never cut: a title too
        long for the chart is shortened before it, whole in the tooltip."""
        self.title, self._tail = title + tail, tail
        self.actual, self.expected, self.goal = actual, expected, goal
        self.setToolTip(self.title)
        self.update()

    def shown_title(self, width: int | None = None) -> str:
        """The title as drawn in `width` pixels (the chart's own by default)."""
        fm = self.fontMetrics()
        room = (self.width() if width is None else width) - 16
        if fm.horizontalAdvance(self.title) <= room:
            return self.title
        head = self.title[: len(self.title) - len(self._tail)]
        room -= fm.horizontalAdvance(self._tail)
        return fm.elidedText(head, Qt.TextElideMode.ElideRight, max(room, 0)) + self._tail

    def _scale(self) -> float:
        values = (
            [float(v) for v in self.actual] + list(self.expected or []) + [float(self.goal or 0)]
        )
        return _nice_ceiling(max(values + [1.0]))

    def axis_labels(self) -> list[str]:
        """The vertical axis' five labels, bottom first, in the interface's numbers."""
        scale = self._scale()
        return [numbers.integer(scale * i / 4) for i in range(5)]

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        fm = p.fontMetrics()
        if not self.actual and self.expected is None and self.goal is None:
            # Nothing to draw: what the officer can do, whole, in the middle.
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(16, 8, self.width() - 32, self.height() - 16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.title,
            )
            return
        labels = self.axis_labels()
        left, top, right, bottom = (
            max(fm.horizontalAdvance(text) for text in ["00000", *labels]) + 12,
            fm.height() * 2 + 8,
            16,
            fm.height() + 10,
        )
        plot = QRectF(left, top, self.width() - left - right, self.height() - top - bottom)
        p.setPen(self.palette().text().color())
        p.drawText(
            QRectF(8, 4, self.width() - 16, fm.height() + 2),
            Qt.AlignmentFlag.AlignLeft,
            self.shown_title(),
        )
        if plot.width() < 50 or plot.height() < 40:
            return
        scale = self._scale()

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / scale

        grid_pen = QPen(QColor("#dddddd"))
        for i in range(5):
            v = scale * i / 4
            y = y_of(v)
            p.setPen(grid_pen)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                labels[i],
            )
        slot = plot.width() / 12
        bar_brush = QBrush(QColor("#4f81bd"))
        # One text for the twelve labels, so a language can use month names.
        months = self.tr("T1,T2,T3,T4,T5,T6,T7,T8,T9,T10,T11,T12").split(",")
        for m in range(12):
            x = plot.left() + slot * m
            p.setPen(self.palette().text().color())
            p.drawText(
                QRectF(x, plot.bottom() + 2, slot, fm.height() + 4),
                Qt.AlignmentFlag.AlignCenter,
                months[m],
            )
            if m < len(self.actual):
                h = plot.bottom() - y_of(self.actual[m])
                p.fillRect(QRectF(x + slot * 0.2, plot.bottom() - h, slot * 0.6, h), bar_brush)
        if self.expected:
            path = QPainterPath(QPointF(plot.left(), y_of(0)))
            for m, v in enumerate(self.expected):
                path.lineTo(QPointF(plot.left() + slot * (m + 1), y_of(v)))
            pen = QPen(QColor("#c0504d"), 2)
            p.setPen(pen)
            p.drawPath(path)
        # Legend
        ly = fm.height() + 8
        p.fillRect(QRectF(left, ly, 14, 10), bar_brush)
        p.setPen(self.palette().text().color())
        actual_label = self.tr("Thực hiện lũy kế")
        p.drawText(QPointF(left + 18, ly + 10), actual_label)
        if self.expected:
            x = left + 30 + fm.horizontalAdvance(actual_label)
            p.setPen(QPen(QColor("#c0504d"), 2))
            p.drawLine(QPointF(x, ly + 5), QPointF(x + 16, ly + 5))
            p.setPen(self.palette().text().color())
            p.drawText(QPointF(x + 20, ly + 10), self.tr("Dự kiến theo tiến độ kế hoạch"))
        p.end()


def _nice_ceiling(value: float) -> float:
    """A round axis maximum at or above `value` (4 grid steps)."""
    step = 1.0
    while step * 4 < value:
        for factor in (2, 2.5, 2):
            step *= factor
            if step * 4 >= value:
                break
    return step * 4


class ProgressPage(RefreshWhenShown, QWidget):
    """Progress against the plan's targets. Its figures (the other activities
    by form read every record of the year) are read while it is on screen,
    else when it is next shown: the window's start does not wait for them."""

    target_activated = Signal(object)  # target code, "" for other activities

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("progressHeading")
        self.heading.setStyleSheet("font-weight: bold;")
        self.model = ProgressModel(self)
        self.table = QTableView()
        self.table.setObjectName("progressTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(COL_PERCENT, PercentBarDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setObjectName("progressHeader")
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            (COL_CODE, 90),
            (COL_MEASURE, 150),
            (COL_TARGET, 70),
            (COL_ACTUAL, 80),
            (COL_PERCENT, 120),
            (COL_EXPECTED, 110),
            (COL_STATUS, 120),
        ):
            self.table.setColumnWidth(col, width)

        self.chart = ProgressChart()
        self.other_heading = QLabel(
            self.tr("Hoạt động khác (ngoài các nhiệm vụ của kế hoạch), theo hình thức")
        )
        self.other = QTableWidget(0, 4)
        self.other.setObjectName("otherTable")
        self.other.setHorizontalHeaderLabels(
            [
                self.tr("Hình thức"),
                self.tr("Số hoạt động"),
                self.tr("Số lượng"),
                self.tr("Kinh phí (đồng)"),
            ]
        )
        self.other.verticalHeader().setVisible(False)
        self.other.setWordWrap(False)
        self.other.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.other.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.other.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        other_box = QWidget()
        other_layout = QVBoxLayout(other_box)
        other_layout.setContentsMargins(0, 0, 0, 0)
        other_layout.addWidget(self.other_heading)
        other_layout.addWidget(self.other)

        self.lower = QSplitter(Qt.Orientation.Horizontal)
        self.lower.setObjectName("progressLowerSplitter")
        self.lower.addWidget(self.chart)
        self.lower.addWidget(other_box)
        self.lower.setSizes([700, 400])
        wrap_rows(self.table)  # two-line task titles, diacritics whole
        fit_headers(self.table)
        self.show_activities_action = QAction(self.tr("Xem các hoạt động của chỉ tiêu này"), self)
        self.show_activities_action.triggered.connect(
            lambda: self._activate(self.table.currentIndex().row())
        )
        add_table_menu(self.table, lambda: [self.show_activities_action])
        self.show_other_action = QAction(self.tr("Xem các hoạt động khác"), self)
        self.show_other_action.triggered.connect(lambda: self.target_activated.emit(""))
        add_table_menu(self.other, lambda: [self.show_other_action])
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("progressSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower)
        self.splitter.setSizes([230, 420])

        self.period = QComboBox()
        self.period.setObjectName("progressPeriod")
        for code, label in (
            ("year", self.tr("Cả năm")),
            ("q1", self.tr("Quý I")),
            ("q2", self.tr("Quý II")),
            ("q3", self.tr("Quý III")),
            ("q4", self.tr("Quý IV")),
            ("h1", self.tr("6 tháng đầu năm")),
            ("h2", self.tr("6 tháng cuối năm")),
        ):
            self.period.addItem(label, code)
        self.as_of = DateField(year=ctx.year)
        self.as_of.setObjectName("progressAsOf")
        self.as_of.setMaximumWidth(160)
        self.as_of_error = QLabel()
        self.as_of_error.setStyleSheet("color: #b00020;")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Kỳ")))
        top.addWidget(self.period)
        top.addWidget(QLabel(self.tr("Tính đến ngày")))
        top.addWidget(self.as_of)
        top.addWidget(self.as_of_error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self._chosen_on: date | None = None
        self.period.activated.connect(self._period_chosen)
        self.as_of.editingFinished.connect(self._as_of_typed)
        ctx.year_changed.connect(self._year_changed)

        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_chart(cur.row())
        )
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.other.doubleClicked.connect(lambda _index: self.target_activated.emit(""))
        for signal in (ctx.year_changed, ctx.data_changed, ctx.plan_changed, ctx.unit_changed):
            signal.connect(self.refresh_when_shown)
        self.refresh_when_shown()

    def state_widgets(self) -> dict[str, object]:
        return {
            "progress/splitter": self.splitter,
            "progress/lower": self.lower,
            "progress/header": self.table.horizontalHeader(),
        }

    def _year_changed(self, year: int) -> None:
        self._chosen_on = None
        self.as_of.year = year
        self.period.setCurrentIndex(0)
        self.refresh_when_shown()

    def _period_chosen(self, _index: int = 0) -> None:
        self._chosen_on = period_as_of(
            self.ctx.year, self.period.currentData(), self.ctx.on_date(), self.ctx.period()
        )
        self.refresh_when_shown()

    def _as_of_typed(self) -> None:
        d = self.as_of.date()
        if d is None:
            self.as_of_error.setText(self.as_of.problem())
            return
        if not in_period(d, self.ctx.period()):
            self.as_of_error.setText(
                self.tr("ngày phải thuộc kỳ số liệu: {0}").format(self.ctx.period_caption())
            )
            return
        self.as_of_error.setText("")
        if d != self._chosen_on:
            self._chosen_on = d
            self.refresh_when_shown()

    def as_of_date(self) -> date:
        """The day the figures are counted to: the one chosen, else today (or
        the period's last day once it is over)."""
        chosen = self._chosen_on
        if chosen and in_period(chosen, self.ctx.period()):
            return chosen
        return self.ctx.on_date()

    def refresh(self, *_args) -> None:
        ws = self.ctx.workspace
        unit = ws.units.self_unit()
        year = self.ctx.year
        on = self.as_of_date()
        if self.as_of.date() != on:
            self.as_of.set_date(on)
        current = self.table.currentIndex().row()
        if unit is None or ws.plans.get(year) is None:
            self.heading.setText(
                self.tr("Chưa có kế hoạch năm {0}. Hãy sao chép kế hoạch ở mục Kế hoạch.").format(
                    year
                )
            )
            self.model.set_rows([])
            self._fill_other([])
            self.chart.set_data("", [], None, None)
            return
        self.heading.setText(
            self.tr("Tiến độ thực hiện kế hoạch năm {0} đến ngày {1} ({2})").format(
                year, on.strftime("%d/%m/%Y"), self.ctx.period_span()
            )
        )
        self.model.set_rows(ws.figures.progress(unit.id, year, on))
        self._fill_other(ws.figures.other_by_form(unit.id, year, on))
        if self.model.rows:
            self.table.selectRow(min(max(current, 0), len(self.model.rows) - 1))
            self._show_chart(self.table.currentIndex().row())  # the same row, a new day
        else:
            self.chart.set_data(
                self.tr(
                    "Kế hoạch năm {0} không giao chỉ tiêu nào cho {1}. Để giao: ở trang Kế "
                    "hoạch, bấm đúp vào chỉ tiêu và chọn loại đơn vị chủ trì."
                ).format(year, unit.name),
                [],
                None,
                None,
            )

    def _fill_other(self, rows: list[tuple[str, int, int, int]]) -> None:
        self.other.setRowCount(len(rows))
        for r, (form, records, quantity, cost) in enumerate(rows):
            for c, text in enumerate(
                (form, numbers.integer(records), numbers.integer(quantity), numbers.integer(cost))
            ):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.other.setItem(r, c, item)
        if not rows:
            self.other_heading.setText(
                self.tr("Không có hoạt động nào ngoài các nhiệm vụ của kế hoạch.")
            )
        else:
            self.other_heading.setText(
                self.tr("{0} ({1}), theo hình thức").format(
                    translated(OTHER_ACTIVITIES), self.tr("ngoài các nhiệm vụ của kế hoạch")
                )
            )

    def _show_chart(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        progress = self.model.rows[row]
        ws = self.ctx.workspace
        unit = ws.units.self_unit()
        plan = period_plan(ws.plans.get(self.ctx.year))
        target = plan.target(progress.code) if plan else None
        if unit is None or target is None:
            return
        # The months of the plan's period (from 15/12 under Nghị định 09), up
        # to the day the figures are counted to, like the table above.
        period = self.ctx.period()
        on = self.as_of_date()
        monthly = ws.figures.monthly_totals(unit.id, self.ctx.year, progress.code, on)
        actual = cumulative(monthly)[: months_to(on, period)]
        self.chart.set_data(
            f"{progress.code} – {progress.title}",
            actual,
            expected_by_month(target, period),
            target.target,
            tail=f" · {self.ctx.period_caption()}",
        )

    def _activate(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.target_activated.emit(self.model.rows[row].code)
