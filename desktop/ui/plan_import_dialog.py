"""Nhập kế hoạch từ văn bản: the plan read from its document, reviewed in a
table (each target beside the sentence it came from), corrected, then saved.
Nothing is written before Lưu; the lines the reader did not take are listed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import parse_date_text
from ..domain.plan_phrases import split_units, unit_levels
from ..domain.plan_proposal import proposal_to_plan
from ..domain.plan_reader import PlanProposal, ProposedTarget
from ..domain.text import NumberError
from . import numbers
from .context import AppContext
from .errors import show_error
from .geometry import resize_within_screen
from .tables import wrap_rows
from .texts import translated_error, translated_message

COLUMNS = ("code", "title", "measure", "target", "start", "end", "leads", "per_unit", "source")
EDITABLE = {"code", "title", "measure", "target", "start", "end", "leads"}
# Lines of text each target row shows; the whole text is in the cell's tooltip.
ROW_LINES = 4


def _d(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class PlanImportDialog(QDialog):
    """Review a proposal; `saved` is True once the plan is stored."""

    def __init__(
        self,
        ctx: AppContext,
        proposal: PlanProposal,
        source_name: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.proposal = proposal
        self.saved = False
        self.changes = None
        ws = ctx.workspace
        self.existing = ws.plans.get(proposal.year)
        self.setWindowTitle(
            self.tr("Nhập kế hoạch năm {0} từ “{1}”").format(proposal.year, source_name)
        )

        info = QGroupBox(self.tr("Văn bản kế hoạch"))
        self.title = QLineEdit(proposal.title)
        self.number = QLineEdit(proposal.number)
        self.signed = QLineEdit(_d(proposal.signed_date))
        self.issuer = QLineEdit(proposal.issuer)
        self.consolidator = QLineEdit(proposal.consolidator)
        self.deadline = QLineEdit(_d(proposal.report_deadline))
        for edit in (self.signed, self.deadline):
            edit.setPlaceholderText("dd/mm/yyyy")
        grid = QGridLayout(info)
        rows = (
            (self.tr("Tên kế hoạch"), self.title, self.tr("Số hiệu"), self.number),
            (self.tr("Cơ quan ban hành"), self.issuer, self.tr("Ngày ký"), self.signed),
            (
                self.tr("Đơn vị tổng hợp"),
                self.consolidator,
                self.tr("Hạn gửi báo cáo"),
                self.deadline,
            ),
        )
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(QLabel(l2), r, 2)
            grid.addWidget(w2, r, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)

        self.table = QTableWidget(len(proposal.targets), len(COLUMNS))
        self.table.setObjectName("proposalTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Nhiệm vụ"),
                self.tr("Đơn vị tính"),
                self.tr("Chỉ tiêu"),
                self.tr("Từ ngày"),
                self.tr("Đến ngày"),
                self.tr("Đơn vị chủ trì"),
                self.tr("Mỗi đơn vị"),
                self.tr("Câu trong văn bản"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMNS.index("source"), QHeaderView.ResizeMode.Stretch)
        for name, width in (
            ("code", 90),
            ("measure", 120),
            ("target", 70),
            ("start", 90),
            ("end", 90),
            ("leads", 200),
            ("per_unit", 70),
        ):
            self.table.setColumnWidth(COLUMNS.index(name), width)
        for r, t in enumerate(proposal.targets):
            self._fill_row(r, t)
        # Rows as tall as a task's title usually is; the whole sentence is in
        # each cell's tooltip (rows sized to the longest sentence let one row
        # fill the table).
        wrap_rows(self.table, ROW_LINES)

        self.unread = QTableWidget(len(proposal.unread), 4)
        self.unread.setObjectName("unreadTable")
        self.unread.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Mục"), self.tr("Lý do"), self.tr("Nội dung")]
        )
        self.unread.verticalHeader().setVisible(False)
        self.unread.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.unread.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for r, u in enumerate(proposal.unread):
            for c, text in enumerate(
                (str(u.line), translated_message(u.section), translated_message(u.reason), u.text)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.unread.setItem(r, c, item)
        self.unread.resizeColumnsToContents()
        self.unread.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        unread_box = QGroupBox(
            self.tr("{0} dòng không dùng để lập chỉ tiêu (kiểm tra xem có bỏ sót gì không)").format(
                numbers.integer(len(proposal.unread))
            )
        )
        QVBoxLayout(unread_box).addWidget(self.unread)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(
            QLabel(
                self.tr(
                    "{0} chỉ tiêu đọc được. Sửa trực tiếp trong bảng (nhấp đúp vào ô), rồi bấm "
                    "Lưu kế hoạch; chưa có gì được ghi."
                ).format(len(proposal.targets))
            )
        )
        top_layout.addWidget(self.table)
        splitter.addWidget(top)
        splitter.addWidget(unread_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.replace_box = QCheckBox(
            self.tr(
                "Thay kế hoạch đã có của năm {0} (các hoạt động đã ghi được giữ nguyên mã)"
            ).format(proposal.year)
        )
        self.replace_box.setVisible(self.existing is not None)
        self.error = QLabel()
        self.error.setObjectName("proposalError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Lưu kế hoạch"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, 1200, 760)

    def _fill_row(self, r: int, t: ProposedTarget) -> None:
        values = {
            "code": t.code,
            "title": t.title,
            "measure": t.measure,
            "target": "" if t.target is None else str(t.target),
            "start": _d(t.due_start),
            "end": _d(t.due_end),
            "leads": "; ".join(t.lead_units),
            "source": t.source,
        }
        for c, name in enumerate(COLUMNS):
            if name == "per_unit":
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Checked if t.per_unit else Qt.CheckState.Unchecked)
            else:
                item = QTableWidgetItem(values[name])
                item.setToolTip(values[name])
                if name not in EDITABLE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    item.setForeground(QBrush(QColor("#555555")))
                if name == "target":
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
            self.table.setItem(r, c, item)

    def _cell(self, r: int, name: str) -> str:
        item = self.table.item(r, COLUMNS.index(name))
        return item.text().strip() if item is not None else ""

    def edited_targets(self) -> list[ProposedTarget]:
        """The table's rows as targets; ValueError names the row and the field."""
        targets = []
        codes: set[str] = set()
        for r, original in enumerate(self.proposal.targets):
            row = self.tr("Dòng {0}").format(r + 1)
            code = self._cell(r, "code")
            if not code:
                raise ValueError(self.tr("{0}: chưa có mã chỉ tiêu.").format(row))
            if code in codes:
                raise ValueError(self.tr("{0}: mã {1} bị trùng.").format(row, code))
            codes.add(code)
            try:
                number = numbers.read_whole(self._cell(r, "target"))
            except NumberError as e:
                message = translated_message(e.message)
                raise ValueError(
                    self.tr("{0} ({1}), chỉ tiêu: {2}").format(row, code, message)
                ) from e
            if number is not None and number < 0:
                raise ValueError(self.tr("{0} ({1}): chỉ tiêu không được âm.").format(row, code))
            start = parse_date_text(self._cell(r, "start"))
            end = parse_date_text(self._cell(r, "end"))
            if start is None or end is None:
                raise ValueError(
                    self.tr("{0} ({1}): ngày phải viết dạng dd/mm/yyyy.").format(row, code)
                )
            if start > end:
                raise ValueError(
                    self.tr("{0} ({1}): ngày bắt đầu sau ngày kết thúc.").format(row, code)
                )
            leads = tuple(split_units(self._cell(r, "leads")))
            per_unit_item = self.table.item(r, COLUMNS.index("per_unit"))
            per_unit = per_unit_item.checkState() == Qt.CheckState.Checked
            targets.append(
                replace(
                    original,
                    code=code,
                    task=original.task if code.startswith(original.task) else code.split("/")[0],
                    title=self._cell(r, "title"),
                    measure=self._cell(r, "measure"),
                    target=number,
                    due_start=start,
                    due_end=end,
                    due_label=original.due_label
                    if (start, end) == (original.due_start, original.due_end)
                    else f"{start:%d/%m/%Y} – {end:%d/%m/%Y}",
                    lead_units=leads,
                    per_unit=per_unit,
                    unit_levels=tuple(lv for n in leads for lv in unit_levels(n)),
                )
            )
        return targets

    def edited_proposal(self) -> PlanProposal:
        signed = parse_date_text(self.signed.text()) if self.signed.text().strip() else None
        deadline = parse_date_text(self.deadline.text()) if self.deadline.text().strip() else None
        if self.signed.text().strip() and signed is None:
            raise ValueError(self.tr("Ngày ký phải viết dạng dd/mm/yyyy."))
        if self.deadline.text().strip() and deadline is None:
            raise ValueError(self.tr("Hạn gửi báo cáo phải viết dạng dd/mm/yyyy."))
        if not self.title.text().strip():
            raise ValueError(self.tr("Chưa có tên kế hoạch."))
        return replace(
            self.proposal,
            title=self.title.text().strip(),
            number=self.number.text().strip(),
            issuer=self.issuer.text().strip(),
            signed_date=signed,
            report_deadline=deadline,
            consolidator=self.consolidator.text().strip(),
            targets=self.edited_targets(),
        )

    def save(self) -> None:
        from ..store.plan_versions import save_plan

        self.error.setText("")
        try:
            proposal = self.edited_proposal()
        except ValueError as e:
            self.error.setText(translated_error(e))
            return
        if self.existing is not None and not self.replace_box.isChecked():
            self.error.setText(
                self.tr(
                    "Năm {0} đã có kế hoạch. Hãy đánh dấu “Thay kế hoạch đã có” để lưu kế hoạch này."
                ).format(proposal.year)
            )
            return
        ws = self.ctx.workspace
        forms = self.existing.forms if self.existing else self._forms()
        plan, new_kinds = proposal_to_plan(proposal, ws.plans.unit_kinds(), forms)
        try:
            self.changes = save_plan(
                ws, plan, replace=self.replace_box.isChecked(), kinds=new_kinds
            )
        except Exception as e:
            show_error(self, e)
            return
        self.saved = True
        self.ctx.plan_changed.emit()
        self.accept()

    def _forms(self) -> list[str]:
        ws = self.ctx.workspace
        years = ws.plans.years()
        if years:
            return ws.plans.get(years[-1]).forms
        from ..store.workspace import load_builtin_plan

        return load_builtin_plan()[0].forms
