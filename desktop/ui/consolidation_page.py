"""Tổng hợp: the department's view of the units' submissions.

Top: the report deadline, "Nhận gói báo cáo..." (many files at once) and
"Xuất báo cáo tổng hợp..."; packages may also be dropped on the page. Tab "Tình hình nộp báo cáo": every expected
unit with its status (editable "Phải nộp"). Tab "Tiến độ toàn tỉnh": each
target summed over the units; the selected target's per-unit breakdown shows
below it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMimeData, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.consolidation import report_deadline, submission_status
from ..domain.progress import ProgressRow, Status
from ..io.package import EXTENSION
from ..io.package_import import Outcome
from ..reports.gather import ConsolidatedData, gather_consolidated
from ..reports.header import ReportOptions
from ..reports.process import ReportRequest
from ..store import Workspace
from ..store import submissions as subs
from . import numbers
from .consolidated_check import check_then
from .consolidated_texts_dialog import ConsolidatedTextsDialog
from .consolidation_progress import ProgressTab, _item
from .context import AppContext
from .file_dialogs import REPORT, save_file
from .jobs import run_job
from .lazy import RefreshWhenShown
from .progress_page import STATUS_COLOURS
from .report_process import report_in_process
from .send_dialog import explain_error, report_template
from .signature_line import kept_signature
from .tables import add_table_menu, wrap_rows
from .texts import translated, translated_error, translated_message
from .writer import PLAN, SUBMISSIONS

SUBMISSION_HEADERS = (
    QT_TRANSLATE_NOOP("ConsolidationPage", "Đơn vị"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Phải nộp"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Tình trạng"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Ngày nhận"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Gói tạo lúc"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Số hoạt động"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Chữ ký số"),
)
# The report's signatures on receipt (states of desktop.signing.verify).
SIGNATURE_COLOURS = {
    "hop-le": STATUS_COLOURS[Status.MET],
    "khong-tin-cay": STATUS_COLOURS[Status.MET_LATE],
    "bi-sua": STATUS_COLOURS[Status.NOT_MET],
}
PROGRESS_HEADERS = (
    QT_TRANSLATE_NOOP("ConsolidationPage", "Mã"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Nhiệm vụ"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Đơn vị tính"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Số đơn vị"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Chỉ tiêu toàn tỉnh"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Kết quả"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Tỉ lệ"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Đánh giá"),
)
BREAKDOWN_HEADERS = (
    QT_TRANSLATE_NOOP("ConsolidationPage", "Đơn vị"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Chủ trì"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Chỉ tiêu"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Kết quả"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Tỉ lệ"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Đánh giá"),
    QT_TRANSLATE_NOOP("ConsolidationPage", "Cùng kỳ năm trước"),
)
SUBMITTED_COLOURS = {
    "Đã nộp, đúng hạn": STATUS_COLOURS[Status.MET],
    "Đã nộp, trễ hạn": STATUS_COLOURS[Status.MET_LATE],
    "Chưa nộp": STATUS_COLOURS[Status.NOT_MET],
}


def _table(headers: tuple[str, ...], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("ConsolidationPage", h) for h in headers]
    )
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _local_files(mime: QMimeData) -> list[Path]:
    """Files dropped from the file manager or an e-mail client's saved attachments."""
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


class ConsolidationPage(ProgressTab, RefreshWhenShown, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ProgressRow] = []
        self.data: ConsolidatedData | None = None
        self.expected: list[subs.ExpectedUnit] = []
        self.merged_into: dict[int, str] = {}  # renamed or merged unit id -> today's unit
        self._filling = False

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setObjectName("deadline")
        self.deadline_edit.setDisplayFormat("dd/MM/yyyy")
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.dateChanged.connect(self._deadline_changed)
        self.receive_button = QPushButton(self.tr("Nhận gói báo cáo..."))
        self.receive_button.setObjectName("receive")
        self.receive_button.clicked.connect(self.choose_packages)
        self.export_button = QPushButton(self.tr("Xuất báo cáo tổng hợp..."))
        self.export_button.setObjectName("exportReport")
        self.export_button.clicked.connect(self.export_report)
        self.texts_button = QPushButton(self.tr("Đánh giá, kiến nghị..."))
        self.texts_button.clicked.connect(self.edit_texts)
        # Off by default, as in the unit's report: an estimate only when asked for.
        self.estimate = QCheckBox(self.tr("Thêm cột “Ước thực hiện cả năm”"))
        self.estimate.setObjectName("consolidatedEstimate")
        self.estimate.setToolTip(
            self.tr(
                "Báo cáo trước khi hết năm: Phụ lục I thêm số ước tính cả năm theo tiến độ đến "
                "ngày số liệu, ghi rõ là số ước tính"
            )
        )
        self.trust_button = QPushButton(self.tr("Thêm chứng thư gốc tin cậy..."))
        self.trust_button.setObjectName("addTrust")
        self.trust_button.setToolTip(
            self.tr("Chữ ký số trên các báo cáo nhận sau đó được kiểm tra tới chứng thư gốc này")
        )
        self.trust_button.clicked.connect(self.choose_trusted_root)
        self.merge_button = QPushButton(self.tr("Đổi tên, sáp nhập đơn vị..."))
        self.merge_button.setObjectName("mergeUnits")
        self.merge_button.setToolTip(
            self.tr("Ghi nhận đơn vị đổi tên hoặc sáp nhập thành đơn vị mới từ một ngày")
        )
        self.merge_button.clicked.connect(self.merge_units)
        self.merge_dialog = None

        # The title, the deadline and the estimate's choice on one line, the
        # tools on the next: on one line they squeezed each other's texts at
        # 1280 pixels.
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(QLabel(self.tr("Hạn nộp báo cáo:")))
        top.addWidget(self.deadline_edit)
        top.addWidget(self.estimate)
        tools = QHBoxLayout()
        for button in (
            self.receive_button,
            self.texts_button,
            self.trust_button,
            self.merge_button,
            self.export_button,
        ):
            tools.addWidget(button)
        tools.addStretch(1)

        self.submissions = _table(SUBMISSION_HEADERS, "submissions")
        self.submissions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.submissions.itemChanged.connect(self._expected_toggled)
        self.choose_package_action = QAction(self.tr("Chọn gói đang dùng..."), self)
        self.choose_package_action.triggered.connect(self._choose_selected_package)

        self.progress = _table(PROGRESS_HEADERS, "consolidatedProgress")
        self.progress.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.progress.itemSelectionChanged.connect(self._show_breakdown)
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage.setWordWrap(True)
        self.breakdown_label = QLabel()
        self.breakdown = _table(BREAKDOWN_HEADERS, "breakdown")
        self.breakdown.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        wrap_rows(self.progress)  # two-line task titles, diacritics whole
        self.export_action = QAction(self.tr("Xuất báo cáo tổng hợp..."), self)
        self.export_action.triggered.connect(self.export_report)
        add_table_menu(self.submissions, self._submission_actions)
        add_table_menu(self.progress, lambda: [self.export_action])
        add_table_menu(self.breakdown)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.breakdown_label)
        lower_layout.addWidget(self.breakdown)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("consolidationSplitter")
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.coverage)
        upper_layout.addWidget(self.progress)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([400, 220])

        self.tabs = QTabWidget()
        self.tabs.addTab(self.submissions, self.tr("Tình hình nộp báo cáo"))
        self.tabs.addTab(self.splitter, self.tr("Tiến độ toàn tỉnh"))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.setAcceptDrops(True)
        ctx.year_changed.connect(self.refresh_when_shown)
        ctx.data_changed.connect(self.refresh_when_shown)
        ctx.plan_changed.connect(self.refresh_when_shown)
        self.refresh_when_shown()

    # -- showing ----------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        ws, year = self.ctx.workspace, self.ctx.year
        plan = ws.plans.get(year)
        # The period the figures below count (the plan's window), named.
        self.title.setText(
            self.tr("Tổng hợp báo cáo năm {0} ({1})").format(year, self.ctx.period_span())
        )
        enabled = plan is not None
        for w in (self.deadline_edit, self.receive_button, self.export_button, self.texts_button):
            w.setEnabled(enabled)
        if plan is None:
            self.summary.setText(self.tr("Chưa có kế hoạch năm {0}.").format(year))
            self.expected, self.rows, self.data = [], [], None
        else:
            deadline = report_deadline(plan)
            self.deadline_edit.blockSignals(True)
            self.deadline_edit.setDate(QDate(deadline.year, deadline.month, deadline.day))
            self.deadline_edit.blockSignals(False)
            self.expected = ws.submissions.expected_units(year)
            line = ws.figures.year_line(year)
            names = {u.id: u.name for u in ws.units.all()}
            self.merged_into = {p: names.get(s, "") for p, s in line.into.items()}
            # The figures of the consolidated report: over the units that
            # reported, the others shown as not reported.
            self.data = gather_consolidated(
                ws, year, self.ctx.on_date(), with_months=False, with_text_figures=False
            )
            self.rows = self.data.rows
            must = [e for e in self.expected if e.expected]
            sent = [e for e in must if e.submission is not None]
            self.summary.setText(
                self.tr("Đã nhận báo cáo của {0}/{1} đơn vị phải nộp; chưa nộp: {2}.").format(
                    numbers.integer(len(sent)),
                    numbers.integer(len(must)),
                    numbers.integer(len(must) - len(sent)),
                )
            )
        self._fill_submissions(plan and report_deadline(plan))
        self._fill_coverage()
        self._fill_progress()

    def _fill_submissions(self, deadline: date | None) -> None:
        self._filling = True
        table = self.submissions
        table.setRowCount(len(self.expected))
        header = table.horizontalHeaderItem(2)
        header.setToolTip(
            self.tr(
                "Đúng hạn hay trễ hạn: ngày đơn vị tạo gói đầu tiên của năm (không muộn hơn"
                " ngày nhận) so với hạn nộp báo cáo {0}."
            ).format(f"{deadline:%d/%m/%Y}")
            if deadline
            else ""
        )
        for r, e in enumerate(self.expected):
            status = submission_status(e.sent_on, deadline, e.expected) if deadline else ""
            successor = self.merged_into.get(e.unit.id)
            name = _item(
                self.tr("{0} (nay là {1})").format(e.unit.name, successor)
                if successor
                else e.unit.name
            )
            name.setData(Qt.ItemDataRole.UserRole, e.unit.id)
            table.setItem(r, 0, name)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if e.expected else Qt.CheckState.Unchecked)
            table.setItem(r, 1, check)
            status_item = _item(translated(status) if status else "")
            if status in SUBMITTED_COLOURS:
                status_item.setBackground(QBrush(QColor(SUBMITTED_COLOURS[status])))
            table.setItem(r, 2, status_item)
            table.setItem(r, 3, _item(f"{e.first_received:%d/%m/%Y}" if e.first_received else ""))
            if e.submission:
                history = self.ctx.workspace.submissions.history(self.ctx.year, e.unit.id)
                status_item.setToolTip(
                    "\n".join(
                        self.tr("Gói tạo lúc {0}, nhận {1}{2}").format(
                            f"{h.created_at:%d/%m/%Y %H:%M}",
                            f"{h.received_at:%d/%m/%Y}",
                            self.tr(" (đang dùng)") if h.current else self.tr(" (lưu làm lịch sử)"),
                        )
                        for h in history
                    )
                )
            created = e.submission.created_at if e.submission else None
            table.setItem(r, 4, _item(f"{created:%d/%m/%Y %H:%M}" if created else ""))
            table.setItem(
                r, 5, _item(numbers.integer(e.activities) if e.submission else "", number=True)
            )
            signature = _item(kept_signature(e.submission))
            state = e.submission.signature_state if e.submission else ""
            if state in SIGNATURE_COLOURS:
                signature.setBackground(QBrush(QColor(SIGNATURE_COLOURS[state])))
            table.setItem(r, 6, signature)
        self._filling = False

    # -- editing ----------------------------------------------------------------

    def _expected_toggled(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        unit_id = self.submissions.item(item.row(), 0).data(Qt.ItemDataRole.UserRole)
        expected = item.checkState() == Qt.CheckState.Checked
        # The page refreshes from what the writer announces.
        self.ctx.writer.write(
            (SUBMISSIONS,),
            lambda ws, u, on, y: ws.units.set_expected(u, on, y),
            unit_id,
            expected,
            self.ctx.year,
        )

    def _selected_submitter(self) -> int | None:
        """The unit of the chosen row of "Tình hình nộp báo cáo" when it has sent a package."""
        row = self.submissions.currentRow()
        if row < 0 or row >= len(self.expected) or self.expected[row].submission is None:
            return None
        return self.expected[row].unit.id

    def _submission_actions(self) -> list[QAction]:
        return [self.choose_package_action] if self._selected_submitter() is not None else []

    def _choose_selected_package(self) -> None:
        unit_id = self._selected_submitter()
        if unit_id is not None:
            self.choose_package(unit_id)

    def choose_package(self, unit_id: int) -> None:
        """The department chooses which received package of the unit is in use."""
        from .package_choice_dialog import PackageChoiceDialog

        self.package_dialog = PackageChoiceDialog(self.ctx, unit_id, self)
        self.package_dialog.exec()

    def _deadline_changed(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day())
        self.ctx.writer.write(
            (PLAN,), lambda ws, y, d: ws.plans.set_report_deadline(y, d), self.ctx.year, day
        )

    def merge_units(self) -> None:
        from .merge_dialog import MergeUnitsDialog

        self.merge_dialog = MergeUnitsDialog(self.ctx, self)
        self.merge_dialog.show()

    def edit_texts(self) -> None:
        dialog = ConsolidatedTextsDialog(self.ctx, self)
        dialog.open()

    def choose_trusted_root(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn chứng thư gốc tin cậy"),
            str(Path.home()),
            self.tr("Chứng thư (*.pem *.crt *.cer *.der)"),
        )
        if name:
            self.add_trusted_root(Path(name))

    def add_trusted_root(self, path: Path) -> None:
        from ..signing.credentials import SignError
        from ..signing.verify import add_trusted_root

        try:
            _, who = add_trusted_root(path)
        except SignError as e:
            self.summary.setText(translated_error(e))
            return
        self.summary.setText(
            self.tr("Đã thêm chứng thư gốc tin cậy “{0}”; áp dụng cho các gói nhận từ nay.").format(
                who
            )
        )

    # -- receiving --------------------------------------------------------------

    def choose_packages(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn các gói báo cáo của đơn vị"),
            str(self.ctx.settings.value("paths/packages", str(Path.home()))),
            self.tr("Gói báo cáo (*{0} *.zip);;Mọi tệp (*)").format(EXTENSION),
        )
        if names:
            self.ctx.settings.setValue("paths/packages", str(Path(names[0]).parent))
            self.receive(names)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.receive_button.isEnabled() and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event.mimeData())
        if files:
            event.acceptProposedAction()
            self.receive(files)

    def receive(self, paths: list[str | Path]) -> None:
        """Check the packages and store the good ones, off the GUI thread on
        the one writer; the page refreshes from what it announces."""
        self.ctx.writer.submit(
            self,
            self.tr("Đang kiểm tra các gói báo cáo..."),
            (SUBMISSIONS,),
            _receive_job,
            [Path(p) for p in paths],
            self.tr("Đang kiểm tra “{0}”"),
            on_done=self._show_received,
        )

    def _show_received(self, results: list) -> None:
        self.last_results = results
        refused = sum(1 for r in results if not r.ok)
        skipped = sum(1 for r in results if r.outcome is Outcome.IDENTICAL)
        received = len(results) - refused - skipped
        box = QMessageBox(self)
        box.setObjectName("receiveResult")
        box.setWindowTitle(self.tr("Nhận gói báo cáo"))
        box.setIcon(QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information)
        if skipped:
            counts = self.tr(
                "Đã xử lý {0} gói; nhận {1}, bỏ qua {2} gói đã nhận trước đó, bị từ chối {3}."
            ).format(
                numbers.integer(len(results)),
                numbers.integer(received),
                numbers.integer(skipped),
                numbers.integer(refused),
            )
        else:
            counts = self.tr("Đã xử lý {0} gói; nhận {1}, bị từ chối {2}.").format(
                numbers.integer(len(results)), numbers.integer(received), numbers.integer(refused)
            )
        box.setText(counts)
        # Each package's line in the interface language (the command line and
        # the log keep the Vietnamese).
        lines = [translated_message(r.message) for r in results]
        box.setInformativeText("\n".join(lines[:20]))
        box.setDetailedText("\n".join(lines))
        box.open()
        self.result_box = box

    # -- report -----------------------------------------------------------------

    def export_report(self) -> None:
        """Kiểm tra trước khi phát hành first (ui.consolidated_check), then the file."""
        check_then(self, self.report_options(), self.choose_report_file)

    def report_options(self) -> ReportOptions:
        return ReportOptions(estimate=self.estimate.isChecked())

    def choose_report_file(self) -> None:
        year = self.ctx.year
        name = save_file(
            self,
            self.ctx.settings,
            REPORT,
            self.tr("Lưu báo cáo tổng hợp"),
            f"bao-cao-tong-hop-{year}.docx",
            self.tr("Tài liệu Word (*.docx)"),
            ".docx",
        )
        if name is not None:
            self.write_report(name, with_pdf=True)

    def write_report(self, docx_path: Path, *, with_pdf: bool) -> None:
        if docx_path.suffix.lower() != ".docx":
            docx_path = docx_path.with_name(docx_path.name + ".docx")
        pdf_path = docx_path.with_suffix(".pdf") if with_pdf else None
        template = report_template(self.ctx.settings)
        request = ReportRequest(
            workspace=str(self.ctx.path),
            year=self.ctx.year,
            consolidated=True,
            docx=str(docx_path),
            pdf=str(pdf_path) if pdf_path else None,
            template=str(template) if template else None,
            options=self.report_options(),
        )

        def write(progress):
            # Built and written in a process of its own: the window stays free.
            report_in_process(progress, request)
            return docx_path, pdf_path

        def done(paths) -> None:
            docx_out, pdf_out = paths
            shown = (
                self.tr("“{0}” và “{1}”").format(docx_out, pdf_out) if pdf_out else f"“{docx_out}”"
            )
            self.summary.setText(self.tr("Đã lưu báo cáo tổng hợp: {0}.").format(shown))

        run_job(
            self,
            self.tr("Đang tạo báo cáo tổng hợp..."),
            write,
            on_done=done,
            on_error=lambda exc, details: explain_error(self, exc, details),
        )

    def state_widgets(self) -> dict[str, object]:
        return {"consolidation/splitter": self.splitter}


def _receive_job(progress, ws: Workspace, files: list[Path], checking: str) -> list:
    """Receive the packages (on the writer's thread), reporting each in turn;
    one already received is recognised by its checksum without being read."""
    from ..io.package_import import receive_packages

    return receive_packages(
        ws, files, progress=progress.update, check=progress.check, label=checking
    )
