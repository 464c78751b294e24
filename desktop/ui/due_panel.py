""" "Việc cần làm" on the start page: the report deadline counting down, this
week's and this month's pace per target (those falling behind first), and the
due windows closing soon. The figures come from `domain.due`."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.due import (
    ENDED,
    MONTH,
    WEEK,
    closing_windows,
    due_lines,
    period_days,
    period_start,
    report_deadline,
    windows_over,
)
from ..domain.period import period_plan, plan_period, window_of
from . import numbers
from .context import AppContext
from .period_texts import period_caption

BANNER_STYLE = "background: #fff4ce; border: 1px solid #d9a400; padding: 6px; color: #4a3700;"
LATE_STYLE = "background: #fde7e9; border: 1px solid #b00020; padding: 6px; color: #5c0010;"


class DuePanel(QGroupBox):
    """What is due as of a day (today by default, `refresh(on)` in tests)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duePanel")
        self.setTitle(self.tr("Việc cần làm"))
        self.setCheckable(True)  # unchecked: folded away
        self.on: date | None = None
        self.banner = QLabel()
        self.banner.setObjectName("deadlineBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("dueTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Chỉ tiêu"),
                self.tr("Tuần này: cần / đã làm"),
                self.tr("Tháng này: cần / đã làm"),
                self.tr("Tình trạng"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.closing = QLabel()
        self.closing.setObjectName("closingWindows")
        self.closing.setWordWrap(True)
        self.period_label = QLabel()
        self.period_label.setObjectName("duePeriod")
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.period_label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.closing)
        self.toggled.connect(self._folded)
        ctx.data_changed.connect(self.refresh)
        ctx.plan_changed.connect(self.refresh)
        ctx.year_changed.connect(lambda _y: self.refresh())

    def _folded(self, shown: bool) -> None:
        # An empty table is never shown: the line under it says why and what to do.
        has_rows = self.table.rowCount() > 0
        self.table.setVisible(shown and has_rows)
        for w in (self.closing, self.period_label):
            w.setVisible(shown and bool(w.text()))
        self.empty.setVisible(shown and not has_rows)

    def refresh(self, on: date | None = None) -> None:
        if isinstance(on, date):
            self.on = on
        day = self.on or self.ctx.on_date()
        ws = self.ctx.reader()
        # The year whose period holds the day, its targets' windows inside that
        # period (domain.period): what the progress page and the report count.
        year = ws.figures.year_holding(day, self.ctx.year)
        plan = period_plan(ws.plans.get(year))
        unit = ws.units.self_unit()
        if plan is None or unit is None:
            self.table.setRowCount(0)
            self.banner.hide()
            self.closing.setText("")
            self.period_label.setText("")
            self.empty.setText(
                self.tr(
                    "Năm {0} chưa có kế hoạch nên chưa có chỉ tiêu để theo dõi. Ở trang "
                    "Kế hoạch, nhập kế hoạch năm {0} từ văn bản của tỉnh (nút “Nhập kế "
                    "hoạch từ văn bản…”) hoặc sao chép kế hoạch của một năm đã có."
                ).format(year)
                if plan is None
                else self.tr("Chưa chọn đơn vị: chọn đơn vị ở trang Đơn vị.")
            )
            self._folded(self.isChecked())
            return
        span = plan_period(plan)
        self.period_label.setText(
            self.tr("Số liệu tính trong {0}.").format(period_caption(year, window_of(plan), span))
        )
        now = ws.figures.tallies(unit.id, year, day)
        # Windows end by the real day: a past year's are over, not "0 days left".
        today = self.on or date.today()
        periods = {}
        for period in (WEEK, MONTH):
            before_day = period_start(day, period, span) - timedelta(days=1)
            before = ws.figures.tallies(unit.id, year, before_day) if before_day >= span[0] else {}
            periods[period] = due_lines(plan, unit, now, before, day, period, span, today)
        self._headers(day, day == today, span)
        week = {x.code: x for x in periods[WEEK]}
        month = periods[MONTH]  # behind first: the order shown
        self.table.setRowCount(len(month))
        for r, line in enumerate(month):
            w = week.get(line.code)
            behind = line.behind or (w is not None and w.behind)
            cells = [
                f"{line.code} – {line.title}",
                self._pair(w.expected, w.done) if w else "—",
                self._pair(line.expected, line.done),
                self._state(line, behind),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if behind:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        self._fit_rows()
        self.empty.setText(self.tr("Không có chỉ tiêu nào của đơn vị đang trong hạn."))
        self.closing.setText(self._closing(plan, unit, now, day, today))
        self._folded(self.isChecked())
        # The deadline counts from the real day, not the year's last day: a
        # past year's report is as late as it really is.
        self._banner(plan, unit, today)

    def _headers(self, day: date, current: bool, span: tuple[date, date]) -> None:
        """The week and month columns name their days: "this week" only when
        the day looked from is today; a past year's say which week they are."""
        (w0, w1), (m0, m1) = (period_days(day, p, span) for p in (WEEK, MONTH))
        week = f"{w0:%d/%m}–{w1:%d/%m}" if current else f"{w0:%d/%m}–{w1:%d/%m/%Y}"
        whole_month = m0.day == 1 and (m1 + timedelta(days=1)).day == 1
        month = f"{m0:%m/%Y}" if whole_month else f"{m0:%d/%m}–{m1:%d/%m/%Y}"
        if current:
            texts = (
                self.tr("Tuần này ({0}): cần / đã làm").format(week),
                self.tr("Tháng này ({0}): cần / đã làm").format(month),
            )
        else:
            texts = (
                self.tr("Tuần {0}: cần / đã làm").format(week),
                self.tr("Tháng {0}: cần / đã làm").format(month),
            )
        for col, text in zip((1, 2), texts, strict=True):
            self.table.horizontalHeaderItem(col).setText(text)

    def _state(self, line, behind: bool) -> str:
        if line.state == ENDED:
            return self.tr("Đã kết thúc ngày {0}").format(f"{line.due_end:%d/%m/%Y}")
        if behind:
            return self.tr("Chậm, thiếu {0}").format(numbers.decimal(line.shortfall))
        return self.tr("Kịp tiến độ")

    def _closing(self, plan, unit, now, day: date, today: date) -> str:
        windows = closing_windows(plan, unit, now, day, today=today)
        if windows:
            return self.tr("Sắp hết hạn: {0}").format("; ".join(map(self._window, windows)))
        over = windows_over(plan, unit, today)
        if over is not None:
            return self.tr(
                "Mọi hạn chỉ tiêu năm {0} của đơn vị đã kết thúc (hạn cuối cùng kết thúc ngày {1})."
            ).format(plan.year, f"{over:%d/%m/%Y}")
        return self.tr("Không có hạn chỉ tiêu nào kết thúc trong 30 ngày tới.")

    def _window(self, w) -> str:
        end, missing = f"{w.due_end:%d/%m/%Y}", numbers.integer(w.missing)
        if w.ends_today:
            return self.tr("{0} hết hạn hôm nay ({1}, còn thiếu {2})").format(w.code, end, missing)
        return self.tr("{0} hết hạn {1} (còn {2} ngày, còn thiếu {3})").format(
            w.code, end, numbers.integer(w.days_left), missing
        )

    def _fit_rows(self, most: int = 5) -> None:
        """As tall as its rows (at most `most`, then it scrolls)."""
        rows = min(max(self.table.rowCount(), 1), most)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + 2
        )
        self.table.setFixedHeight(height)

    def _pair(self, expected: float, done: int) -> str:
        return f"{numbers.decimal(expected)} / {numbers.integer(done)}"

    def _banner(self, plan, unit, day: date) -> None:
        deadline = report_deadline(plan, day)
        if not deadline.banner:
            self.banner.hide()
            return
        when = f"{deadline.day:%d/%m/%Y}"
        if deadline.days_left > 0:
            text = self.tr("Còn {0} ngày đến hạn gửi báo cáo năm {1} ({2}).").format(
                numbers.integer(deadline.days_left), plan.year, when
            )
        elif deadline.days_left == 0:
            text = self.tr("Hôm nay ({0}) là hạn gửi báo cáo năm {1}.").format(when, plan.year)
        else:
            text = self.tr("Hạn gửi báo cáo năm {0} là {1}, đã quá {2} ngày.").format(
                plan.year, when, numbers.integer(-deadline.days_left)
            )
        if unit.consolidator:
            names = [
                e.unit.name
                for e in self.ctx.reader().submissions.expected_units(plan.year, counts=False)
                if e.expected and e.first_received is None
            ]
            text += " " + (
                self.tr("Chưa gửi ({0}): {1}.").format(len(names), ", ".join(names))
                if names
                else self.tr("Mọi đơn vị đã gửi.")
            )
        self.banner.setText(text)
        self.banner.setStyleSheet(LATE_STYLE if deadline.days_left < 0 else BANNER_STYLE)
        self.banner.show()
