"""Tổng hợp, tab "Tiến độ toàn tỉnh": each target over the units that have
reported (the consolidated report's gathered data), the coverage by kind of
unit above it, and the selected target's units below, those that have not
reported shown as such."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem

from ..domain.progress import Status
from ..reports.consolidated import coverage_counts, missing_leaders, unreported_units
from . import numbers
from .progress_page import STATUS_COLOURS
from .texts import translated


def _item(text: str, *, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _status_text(status: Status | None) -> str:
    return "" if status is None else translated(status.label)


class ProgressTab:
    """The progress tab's filling, for ConsolidationPage (its `data`, `rows`,
    `progress`, `coverage`, `breakdown` and `breakdown_label`)."""

    def _fill_coverage(self) -> None:
        counts = coverage_counts(self.data) if self.data else []
        if not counts:
            self.coverage.setText("")
            return
        parts = [
            QCoreApplication.translate("ConsolidationPage", "{0}: {1}/{2}").format(
                name or QCoreApplication.translate("ConsolidationPage", "các đơn vị khác"),
                numbers.integer(sent),
                numbers.integer(must),
            )
            for name, sent, must in counts
        ]
        self.coverage.setText(
            QCoreApplication.translate(
                "ConsolidationPage", "Số liệu toàn tỉnh tính trên các đơn vị đã báo cáo ({0})."
            ).format("; ".join(parts))
        )

    def _fill_progress(self) -> None:
        table = self.progress
        selected = table.currentRow()
        table.setRowCount(len(self.rows))
        data = self.data
        for r, row in enumerate(self.rows):
            target = data.plan.target(row.code) if data else None
            held, leading = data.carriers(target) if target else (row.units, row.units)
            unreported = bool(data and unreported_units(data, row))
            cells = (
                row.code,
                row.title,
                row.measure,
                f"{numbers.integer(held)}/{numbers.integer(leading)}"
                if leading
                else numbers.integer(row.units),
                "—" if row.target is None else numbers.integer(row.target),
                numbers.integer(row.actual) if row.actual or not unreported else "",
                "" if unreported or row.percent is None else numbers.percent(row.percent),
                QCoreApplication.translate("ConsolidationPage", "Chưa báo cáo")
                if unreported
                else translated(row.status.label),
            )
            for c, text in enumerate(cells):
                table.setItem(r, c, _item(text, number=c in (3, 4, 5, 6)))
            if not unreported:
                table.item(r, 7).setBackground(QBrush(QColor(STATUS_COLOURS[row.status])))
            table.item(r, 1).setToolTip(row.title)
            if leading:
                table.item(r, 3).setToolTip(
                    QCoreApplication.translate(
                        "ConsolidationPage", "{0} trong {1} đơn vị thực hiện đã báo cáo"
                    ).format(held, leading)
                )
        if self.rows:
            table.selectRow(min(max(selected, 0), len(self.rows) - 1))
        self._show_breakdown()

    def _show_breakdown(self) -> None:
        r = self.progress.currentRow()
        row = self.rows[r] if 0 <= r < len(self.rows) else None
        shares = row.breakdown if row else []
        missing = missing_leaders(self.data, row) if row and self.data else []
        self.breakdown_label.setText(
            QCoreApplication.translate(
                "ConsolidationPage", "Kết quả theo đơn vị – {0} ({1})"
            ).format(row.code, row.measure)
            if row
            else ""
        )
        self.breakdown.setRowCount(len(shares) + len(missing))
        for i, s in enumerate(shares):
            # A successor's figures say what they take in from the units
            # merged into it.
            cells = (
                f"{s.unit.name} ({s.note})" if s.note else s.unit.name,
                "✓" if s.carries else "",
                "" if s.target is None else numbers.integer(s.target),
                numbers.integer(s.actual),
                numbers.percent(s.percent) if s.percent is not None else "",
                _status_text(s.status),
                "" if s.previous is None else numbers.integer(s.previous),
            )
            for c, text in enumerate(cells):
                self.breakdown.setItem(i, c, _item(text, number=c in (2, 3, 4, 6)))
            if s.note:
                self.breakdown.item(i, 0).setToolTip(s.note)
            if s.status is not None:
                self.breakdown.item(i, 5).setBackground(QBrush(QColor(STATUS_COLOURS[s.status])))
        for i, u in enumerate(missing, len(shares)):
            cells = (
                u.name,
                "✓",
                "",
                "",
                "",
                QCoreApplication.translate("ConsolidationPage", "Chưa báo cáo"),
                "",
            )
            for c, text in enumerate(cells):
                self.breakdown.setItem(i, c, _item(text, number=c in (2, 3, 4, 6)))
