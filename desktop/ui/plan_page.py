"""Kế hoạch: the year's plan document and its targets, editable; copy to a new year."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.activity import parse_date_text
from ..domain.plan import Plan, Target, UnitKind
from ..domain.text import NumberError
from ..store import WorkspaceError
from . import numbers
from .activity_form import FieldError
from .context import AppContext
from .errors import show_error
from .forms_panel import FormsPanel
from .geometry import ScrollWhenShort, input_dialog, resize_within_screen
from .plan_period import PeriodBox
from .tables import add_table_menu, wrap_rows
from .texts import translated_error, translated_message
from .writer import PLAN, UNIT


def _date_text(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def _read_date(edit: QLineEdit, error: FieldError, *, required: bool) -> tuple[date | None, bool]:
    """(date or None, ok). Shows the problem under the field."""
    text = edit.text().strip()
    if not text:
        if required:
            error.show_message(QCoreApplication.translate("PlanPage", "Chưa có ngày (dd/mm/yyyy)"))
            return None, False
        error.show_message("")
        return None, True
    d = parse_date_text(text)
    if d is None:
        error.show_message(
            QCoreApplication.translate("PlanPage", "“{0}” không phải ngày dạng dd/mm/yyyy").format(
                text
            )
        )
        return None, False
    error.show_message("")
    return d, True


class TargetDialog(QDialog):
    """Edit one target: its number, due window and which unit kinds lead it."""

    def __init__(self, target: Target, kinds: list[UnitKind], parent: QWidget | None = None):
        super().__init__(parent)
        self.target = target
        self.result_target: Target | None = None
        self.setWindowTitle(self.tr("Chỉ tiêu {0}").format(target.code))
        title = QLabel(target.title)
        title.setWordWrap(True)
        self.number = QLineEdit(numbers.integer(target.target) if target.target is not None else "")
        self.number.setPlaceholderText(self.tr("để trống nếu kế hoạch không nêu số"))
        self.measure = QLineEdit(target.measure)
        self.due_start = QLineEdit(_date_text(target.due_start))
        self.due_end = QLineEdit(_date_text(target.due_end))
        self.due_label = QLineEdit(target.due_label)
        self.per_unit = QCheckBox(self.tr("Mỗi đơn vị chủ trì đều phải đạt đủ chỉ tiêu"))
        self.per_unit.setChecked(target.per_unit)
        self.errors = {k: FieldError() for k in ("number", "due_start", "due_end", "lead")}
        kinds_box = QGroupBox(self.tr("Đơn vị chủ trì"))
        grid = QGridLayout(kinds_box)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for i, kind in enumerate(kinds):
            box = QCheckBox(kind.name)
            box.setChecked(kind.code in target.lead_kinds)
            self.kind_boxes[kind.code] = box
            grid.addWidget(box, i // 2, i % 2)

        form = QFormLayout()
        form.addRow(self.tr("Nhiệm vụ"), title)
        form.addRow(self.tr("Số chỉ tiêu"), _stack(self.number, self.errors["number"]))
        form.addRow(self.tr("Đơn vị tính"), self.measure)
        form.addRow(self.tr("Từ ngày"), _stack(self.due_start, self.errors["due_start"]))
        form.addRow(self.tr("Đến ngày"), _stack(self.due_end, self.errors["due_end"]))
        form.addRow(self.tr("Thời hạn (ghi trong báo cáo)"), self.due_label)
        form.addRow("", self.per_unit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(kinds_box)
        layout.addWidget(self.errors["lead"])
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 480)

    def accept(self) -> None:
        ok = True
        number = None
        try:
            number = numbers.read_whole(self.number.text())
            if number is not None and number < 0:
                raise NumberError(self.tr("không được âm"))
            self.errors["number"].show_message("")
        except NumberError as e:
            self.errors["number"].show_message(translated_message(e.message))
            ok = False
        start, ok_start = _read_date(self.due_start, self.errors["due_start"], required=True)
        end, ok_end = _read_date(self.due_end, self.errors["due_end"], required=True)
        ok = ok and ok_start and ok_end
        if start and end and start > end:
            self.errors["due_end"].show_message(self.tr("Ngày kết thúc phải sau ngày bắt đầu"))
            ok = False
        kinds = tuple(code for code, box in self.kind_boxes.items() if box.isChecked())
        if not kinds:
            self.errors["lead"].show_message(self.tr("Chọn ít nhất một loại đơn vị chủ trì"))
            ok = False
        else:
            self.errors["lead"].show_message("")
        if not ok:
            return
        self.result_target = replace(
            self.target,
            target=number,
            measure=self.measure.text().strip(),
            due_start=start,
            due_end=end,
            due_label=self.due_label.text().strip(),
            lead_kinds=kinds,
            per_unit=self.per_unit.isChecked(),
        )
        super().accept()


def _stack(widget: QWidget, error: FieldError) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


class PlanPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan: Plan | None = None
        self.target_dialog: TargetDialog | None = None

        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Sao chép kế hoạch sang năm..."))
        self.copy_button.clicked.connect(self.copy_plan)
        self.import_button = QPushButton(self.tr("Nhập kế hoạch từ văn bản…"))
        self.import_button.setObjectName("importPlanButton")
        self.import_button.setToolTip(
            self.tr("Đọc kế hoạch đã ban hành (DOCX, PDF, TXT) hoặc tệp kế hoạch của Sở (.cdskh)")
        )
        self.import_button.clicked.connect(self.choose_document)
        self.import_dialog = None
        # A plan the app made from another year's: the officer says when she
        # has checked it, and it stops being marked (and flagged before issue).
        self.checked_button = QPushButton(self.tr("Đã kiểm tra kế hoạch"))
        self.checked_button.setObjectName("planCheckedButton")
        self.checked_button.setToolTip(
            self.tr(
                "Nhiệm vụ, chỉ tiêu, thời hạn và đơn vị tổng hợp của kế hoạch này đã được kiểm tra:"
                " thôi ghi “tạo từ kế hoạch năm …”"
            )
        )
        self.checked_button.clicked.connect(self.mark_checked)
        self.checked_button.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.checked_button)
        top.addWidget(self.import_button)
        top.addWidget(self.copy_button)

        self.info = QGroupBox(self.tr("Văn bản kế hoạch"))
        self.number = QLineEdit()
        self.signed = QLineEdit()
        self.signed.setPlaceholderText("dd/mm/yyyy")
        self.issuer = QLineEdit()
        self.title = QLineEdit()
        self.subject = QLineEdit()
        self.deadline = QLineEdit()
        self.deadline.setPlaceholderText("dd/mm/yyyy")
        self.consolidator = QLineEdit()
        self.consolidator.setObjectName("planConsolidator")
        self.consolidator.setToolTip(
            self.tr("Đơn vị nhận báo cáo của các đơn vị để tổng hợp, như kế hoạch ghi")
        )
        self.period = PeriodBox(ctx)
        self.errors = {"signed": FieldError(), "deadline": FieldError()}
        grid = QGridLayout(self.info)
        rows = (
            (self.tr("Tên kế hoạch"), self.title, self.tr("Số hiệu"), self.number),
            (
                self.tr("Trích yếu"),
                self.subject,
                self.tr("Ngày ký"),
                _stack(self.signed, self.errors["signed"]),
            ),
            (
                self.tr("Cơ quan ban hành"),
                self.issuer,
                self.tr("Hạn gửi báo cáo"),
                _stack(self.deadline, self.errors["deadline"]),
            ),
            (self.tr("Đơn vị tổng hợp"), self.consolidator, "", None),
        )
        for r, (l1, w1, l2, w2) in enumerate(rows):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            if w2 is not None:
                grid.addWidget(QLabel(l2), r, 2)
                grid.addWidget(w2, r, 3)
        # The button saves the fields above it, from the last row's free cells
        # (a row less to the page's height); the period below stores itself.
        self.save_info_button = QPushButton(self.tr("Lưu thông tin kế hoạch"))
        self.save_info_button.clicked.connect(self.save_info)
        grid.addWidget(self.save_info_button, len(rows) - 1, 2, 1, 2, Qt.AlignmentFlag.AlignRight)
        # The period the year is counted over: stored as soon as confirmed.
        grid.addWidget(QLabel(self.tr("Kỳ số liệu")), len(rows), 0)
        grid.addWidget(self.period, len(rows), 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 1)

        self.targets = QTableWidget(0, 7)
        self.targets.setObjectName("targetsTable")
        self.targets.setHorizontalHeaderLabels(
            [
                self.tr("Mã"),
                self.tr("Nhiệm vụ"),
                self.tr("Đơn vị tính"),
                self.tr("Chỉ tiêu"),
                self.tr("Thời hạn"),
                self.tr("Đơn vị chủ trì"),
                self.tr("Mỗi đơn vị"),
            ]
        )
        self.targets.verticalHeader().setVisible(False)
        self.targets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.targets.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets.setWordWrap(False)
        header = self.targets.horizontalHeader()
        header.setObjectName("targetsHeader")
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 90), (2, 150), (3, 70), (4, 170), (5, 220), (6, 80)):
            self.targets.setColumnWidth(col, width)
        self.targets.doubleClicked.connect(lambda index: self.edit_target(index.row()))
        self.edit_button = QPushButton(self.tr("Sửa chỉ tiêu..."))
        self.edit_button.clicked.connect(lambda: self.edit_target(self.targets.currentRow()))
        row_height = wrap_rows(self.targets)
        # at least three targets in view, whatever the panels below ask for
        header_height = self.targets.horizontalHeader().sizeHint().height()
        self.targets.setMinimumHeight(3 * row_height + header_height + 4)
        self.edit_target_action = QAction(self.tr("Sửa chỉ tiêu..."), self)
        self.edit_target_action.triggered.connect(
            lambda: self.edit_target(self.targets.currentRow())
        )
        add_table_menu(self.targets, lambda: [self.edit_target_action])
        targets_box = QWidget()
        targets_layout = QVBoxLayout(targets_box)
        targets_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Nhiệm vụ và chỉ tiêu (nhấp đúp để sửa)")))
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        targets_layout.addLayout(bar)
        targets_layout.addWidget(self.targets)

        # The three panels share the page's height. The plan's fields are shown
        # whole while there is room and scroll (four fields high at the least)
        # on a short screen such as 1280×720; the targets (three rows at the
        # least) and the forms give up their room first, the targets taking
        # most of what is left over.
        self.info_scroll = ScrollWhenShort(self.info, 4 * self.number.sizeHint().height())
        self.info_scroll.setObjectName("planInfoScroll")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(self.info_scroll)
        self.splitter.addWidget(targets_box)
        self.forms_panel = FormsPanel(ctx)
        self.splitter.addWidget(self.forms_panel)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

        ctx.year_changed.connect(self.refresh)
        ctx.plan_changed.connect(self.refresh)
        ctx.data_changed.connect(lambda: self.forms_panel.show_plan(self.plan))
        self.refresh()

    def state_widgets(self) -> dict[str, object]:
        return {"plan/splitter": self.splitter, "plan/header": self.targets.horizontalHeader()}

    def refresh(self, *_args) -> None:
        ws = self.ctx.workspace
        self.plan = ws.plans.get(self.ctx.year)
        self.forms_panel.show_plan(self.plan)
        self.period.show_plan(self.plan)
        has_plan = self.plan is not None
        self.checked_button.setVisible(has_plan and self.plan.derived_from is not None)
        self.info.setEnabled(has_plan)
        self.edit_button.setEnabled(has_plan)
        if not has_plan:
            years = ws.plans.years()
            self.heading.setText(
                self.tr("Chưa có kế hoạch năm {0}. Các năm đã có: {1}.").format(
                    self.ctx.year, ", ".join(map(str, years)) or "—"
                )
            )
            for edit in (
                self.number,
                self.signed,
                self.issuer,
                self.title,
                self.subject,
                self.deadline,
                self.consolidator,
            ):
                edit.clear()
            self.targets.setRowCount(0)
            return
        p = self.plan
        heading = self.tr("Kế hoạch năm {0}: {1}").format(p.year, p.title)
        if p.derived_from is not None:
            heading += " " + self.tr("(tạo từ kế hoạch năm {0} — cần kiểm tra chỉ tiêu)").format(
                p.derived_from
            )
        self.heading.setText(heading)
        self.number.setText(p.number)
        self.signed.setText(_date_text(p.signed_date))
        self.issuer.setText(p.issuer)
        self.title.setText(p.title)
        self.subject.setText(p.subject)
        self.deadline.setText(_date_text(p.report_deadline))
        self.consolidator.setText(p.consolidator)
        kind_names = {k.code: k.name for k in p.unit_kinds}
        self.targets.setRowCount(len(p.targets))
        for r, t in enumerate(p.targets):
            cells = (
                t.code,
                t.title,
                t.measure,
                numbers.integer(t.target) if t.target is not None else "—",
                f"{_date_text(t.due_start)} – {_date_text(t.due_end)}",
                "; ".join(kind_names.get(k, k) for k in t.lead_kinds),
                self.tr("Có") if t.per_unit else "",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.targets.setItem(r, c, item)

    def save_info(self) -> bool:
        if self.plan is None:
            return False
        signed, ok1 = _read_date(self.signed, self.errors["signed"], required=False)
        deadline, ok2 = _read_date(self.deadline, self.errors["deadline"], required=False)
        if not (ok1 and ok2):
            return False
        try:
            self.ctx.writer.write(
                (PLAN,),
                lambda ws, *args, **kwargs: ws.plans.update_info(*args, **kwargs),
                self.plan.year,
                title=self.title.text(),
                issuer=self.issuer.text(),
                number=self.number.text(),
                signed_date=signed,
                subject=self.subject.text(),
                report_deadline=deadline,
            )
            if self.consolidator.text().strip() != self.plan.consolidator:
                self.ctx.writer.write(
                    (PLAN, UNIT),
                    lambda ws, year, name: ws.plans.set_consolidator(year, name),
                    self.plan.year,
                    self.consolidator.text(),
                )
        except Exception as e:
            show_error(self, e)
            return False
        return True

    def mark_checked(self) -> None:
        if self.plan is None or self.plan.derived_from is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Đã kiểm tra kế hoạch"),
            self.tr(
                "Kế hoạch năm {0} được tạo từ kế hoạch năm {1}. Anh/chị đã kiểm tra nhiệm vụ, chỉ"
                " tiêu, thời hạn và đơn vị tổng hợp, và chúng đúng với kế hoạch năm {0}?"
            ).format(self.plan.year, self.plan.derived_from),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.writer.write(
                (PLAN,), lambda ws, year: ws.plans.mark_checked(year), self.plan.year
            )
        except Exception as e:
            show_error(self, e)

    def edit_target(self, row: int) -> None:
        if self.plan is None or not 0 <= row < len(self.plan.targets):
            return
        self.target_dialog = TargetDialog(self.plan.targets[row], self.plan.unit_kinds, self)
        self.target_dialog.accepted.connect(self._target_edited)
        self.target_dialog.open()

    def _target_edited(self) -> None:
        dialog = self.target_dialog
        if dialog is None or dialog.result_target is None or self.plan is None:
            return
        try:
            self.ctx.writer.write(
                (PLAN,), lambda ws: ws.plans.save_target(self.plan.year, dialog.result_target)
            )
        except Exception as e:
            show_error(self, e)

    def copy_plan(self) -> None:
        ws = self.ctx.workspace
        years = ws.plans.years()
        if not years:
            return
        source = self.ctx.year if self.ctx.year in years else years[-1]
        dialog = input_dialog(
            self,
            self.tr("Sao chép kế hoạch"),
            self.tr("Sao chép kế hoạch năm {0} sang năm:").format(source),
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(2000, 2100)
        dialog.setIntValue(max(years[-1] + 1, self.ctx.year if self.ctx.year not in years else 0))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.copy_plan_to(source, dialog.intValue())

    def copy_plan_to(self, source: int, target: int) -> bool:
        try:
            self.ctx.writer.write((PLAN,), lambda ws: ws.plans.copy(source, target))
        except WorkspaceError as e:
            QMessageBox.warning(self, self.tr("Không sao chép được"), translated_error(e))
            return False
        except Exception as e:
            show_error(self, e)
            return False
        self.ctx.set_year(target)
        return True

    # -- reading a plan document -------------------------------------------------

    def choose_document(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn văn bản kế hoạch"),
            str(self.ctx.settings.value("paths/plans", str(Path.home()))),
            self.tr("Văn bản kế hoạch (*.docx *.pdf *.txt *.cdskh);;Mọi tệp (*)"),
        )
        if name:
            self.ctx.settings.setValue("paths/plans", str(Path(name).parent))
            self.import_document(Path(name))

    def import_document(self, path: Path) -> bool:
        """Read the document and open the review dialog (non-modal); a plan
        file (.cdskh) is loaded after a confirmation."""
        from ..domain.plan_reader import PlanReadError, read_plan_text
        from ..io.plan_document import PlanDocumentError, read_document_lines
        from ..io.plan_file import EXTENSION
        from .plan_import_dialog import PlanImportDialog

        if path.suffix.lower() == EXTENSION:
            return self.load_plan_file(path)
        try:
            proposal = read_plan_text(read_document_lines(path), None)
        except (PlanDocumentError, PlanReadError) as e:
            QMessageBox.warning(self, self.tr("Không đọc được kế hoạch"), translated_error(e))
            return False
        except Exception as e:
            show_error(self, e)
            return False
        self.import_dialog = PlanImportDialog(self.ctx, proposal, path.name, self)
        self.import_dialog.accepted.connect(self._document_saved)
        self.import_dialog.open()
        return True

    def _document_saved(self) -> None:
        dialog = self.import_dialog
        if dialog is None or not dialog.saved:
            return
        self.ctx.set_year(dialog.proposal.year)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Đã lưu kế hoạch"),
            "\n".join(dialog.changes.lines()) if dialog.changes else "",
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("planSavedBox")
        box.open()

    def load_plan_file(self, path: Path) -> bool:
        from ..io.plan_file import PlanFileError, read_plan_file
        from ..store.plan_versions import load_published_plan, preview_plan

        ws = self.ctx.workspace
        try:
            pf = read_plan_file(path)
            preview = preview_plan(ws, pf.plan)
        except PlanFileError as e:
            QMessageBox.warning(self, self.tr("Không nạp được tệp kế hoạch"), translated_error(e))
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Nạp tệp kế hoạch"),
            self.tr("Nạp “{0}” ({1} chỉ tiêu, {2} đơn vị) cho năm {3}?").format(
                pf.plan.title, len(pf.plan.targets), len(pf.units), pf.plan.year
            )
            + "\n\n"
            + "\n".join(preview.lines()),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.ctx.writer.write(
                (PLAN, UNIT),
                lambda w: load_published_plan(
                    w, pf.plan, pf.kinds, pf.units, created_at=pf.created_at.isoformat()
                ),
            )
        except Exception as e:
            show_error(self, e)
            return False
        self.ctx.set_year(pf.plan.year)
        return True
