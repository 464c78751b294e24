"""Gửi báo cáo: the unit writes its submission package for the department.

Shows what goes in (the year's activities, the report), offers the
attachments with their total size first, and writes the package in the
background to a file the officer then sends by e-mail, USB or messaging.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..io.package import EXTENSION, attachments_for, write_package
from ..io.package_stream import period_filter
from ..reports.pipeline import unit_report_writer
from . import numbers
from .context import AppContext
from .geometry import resize_within_screen
from .jobs import run_job
from .texts import translated_error


def report_template(settings) -> Path | None:
    """The unit's own report template chosen in Cài đặt, if any."""
    from .settings_dialog import TEMPLATE_KEY

    value = str(settings.value(TEMPLATE_KEY, "") or "").strip()
    return Path(value) if value else None


def explain_error(parent: QWidget, exc: BaseException, details: str) -> None:
    """A refused template or package reads as what it is; anything else goes
    to the error dialog."""
    from ..io.package import PackageError
    from ..reports.template import TemplateError
    from .errors import show_error

    if isinstance(exc, (TemplateError, PackageError)):
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("errors", "Không thực hiện được"),
            translated_error(exc),
            parent=parent,
        )
        box.setObjectName("refusal")
        box.open()
        parent.refusal_box = box
    else:
        show_error(parent, exc, details)


def format_size(size: int) -> str:
    """ "1,5 MB", "820 KB": the size an officer reads before attaching."""
    if size >= 1 << 20:
        return f"{numbers.decimal(size / (1 << 20))} MB"
    return f"{numbers.integer(max(1, round(size / 1024)) if size else 0)} KB"


def _receiver(ctx: AppContext) -> str:
    """Where the package goes: the plan's consolidating unit."""
    plan = ctx.plan()
    if plan is not None and plan.consolidator:
        return plan.consolidator
    return ctx.unit.addressee or QCoreApplication.translate("SendDialog", "đơn vị tổng hợp")


class SendDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Gửi báo cáo"))
        ws, year, unit = ctx.workspace, ctx.year, ctx.unit
        # What the package will carry: the activities of the plan's period.
        count = ws.activities.count_and_sums(period_filter(ws.figures.period(year), unit.id))[0]
        self.attachments = attachments_for(ws, unit.id, year)
        size = sum(a.size for a in self.attachments)

        intro = QLabel(
            self.tr(
                "Tạo gói báo cáo năm {0} của {1} để gửi {3} (qua thư "
                "điện tử, USB hoặc tin nhắn). Gói gồm {2} hoạt động, thông tin đơn vị, các chỉ "
                "tiêu, nội dung báo cáo và tệp báo cáo DOCX, PDF; có mã kiểm tra để nơi nhận phát "
                "hiện tệp bị hỏng hoặc bị sửa."
            ).format(year, unit.name, numbers.integer(count), _receiver(ctx))
        )
        intro.setWordWrap(True)
        self.attach_box = QCheckBox(
            self.tr("Kèm tệp đính kèm ({0} tệp, {1})").format(
                numbers.integer(len(self.attachments)), format_size(size)
            )
            if self.attachments
            else self.tr("Kèm tệp đính kèm (không có tệp nào)")
        )
        self.attach_box.setObjectName("attachments")
        self.attach_box.setEnabled(bool(self.attachments))

        folder = Path(str(ctx.settings.value("paths/packages", str(Path.home()))))
        abbreviation = (unit.abbreviation or "don-vi").replace("/", "-")
        self.path_edit = QLineEdit(str(folder / f"bao-cao-{abbreviation}-{year}{EXTENSION}"))
        self.path_edit.setObjectName("packagePath")
        browse = QPushButton(self.tr("Chọn..."))
        browse.clicked.connect(self.choose_path)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lưu gói vào:")))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        from .sign_dialog import signed_report

        self.signed = signed_report(ctx.settings, year)
        self.signed_box = QCheckBox(
            self.tr("Gửi bản báo cáo PDF đã ký số “{0}”").format(self.signed)
            if self.signed
            else self.tr("Gửi bản báo cáo PDF đã ký số (chưa có: ký ở mục Báo cáo)")
        )
        self.signed_box.setObjectName("signedReport")
        self.signed_box.setEnabled(self.signed is not None)
        self.signed_box.setChecked(self.signed is not None)

        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = self.buttons.addButton(
            self.tr("Tạo gói báo cáo"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("create")
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.attach_box)
        layout.addWidget(self.signed_box)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 620, 260)

    def choose_path(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu gói báo cáo"),
            self.path_edit.text(),
            self.tr("Gói báo cáo (*{0})").format(EXTENSION),
        )
        if name:
            self.path_edit.setText(name)

    def target_path(self) -> Path:
        path = Path(self.path_edit.text().strip())
        return path if path.suffix.lower() == EXTENSION else path.with_name(path.name + EXTENSION)

    def create(self) -> None:
        path = self.target_path()
        self.ctx.settings.setValue("paths/packages", str(path.parent))
        ctx, year = self.ctx, self.ctx.year
        attach = self.attach_box.isChecked()
        signed = self.signed if self.signed_box.isChecked() else None
        template = report_template(self.ctx.settings)
        self.create_button.setEnabled(False)
        self.result.setText(self.tr("Đang tạo gói..."))

        def write(progress):
            reader = ctx.reader()  # this job's thread's own
            return write_package(
                reader,
                year,
                path,
                include_attachments=attach,
                report_writer=unit_report_writer(reader, year, template),
                report_pdf=signed,
                progress=lambda done, total, text: (
                    progress.check(),
                    progress.update(done, total, text),
                ),
            )

        def done(written) -> None:
            self.create_button.setEnabled(True)
            self.written = written
            self.result.setText(
                self.tr("Đã tạo gói “{0}” ({1} hoạt động, {2}). Hãy gửi tệp này cho Sở.").format(
                    written.path, numbers.integer(written.activities), format_size(written.size)
                )
            )

        def failed(exc, details) -> None:
            self.create_button.setEnabled(True)
            self.result.setText(self.tr("Chưa tạo được gói."))
            explain_error(self, exc, details)

        run_job(self, self.tr("Đang tạo gói báo cáo..."), write, on_done=done, on_error=failed)


def add_send_action(window) -> QAction | None:
    """The "Gửi báo cáo..." command in the main window's Tệp menu; the department
    consolidates rather than sends, so its window has none."""
    if window.ctx.unit.consolidator:
        return None
    action = QAction(
        QCoreApplication.translate("MainWindow", "Gửi báo cáo (tạo gói gửi Sở)..."), window
    )
    action.setObjectName("sendReport")

    def open_dialog() -> None:
        # The same pre-flight check as before an export, made off the window's thread.
        report = getattr(window, "report", None)
        go_on = QCoreApplication.translate("MainWindow", "Vẫn gửi báo cáo")

        def show() -> None:
            window.send_dialog = SendDialog(window.ctx, window)
            window.send_dialog.open()

        if hasattr(report, "check_then"):
            report.check_then(go_on, show)
        else:
            show()

    action.triggered.connect(open_dialog)
    window.file_menu.insertAction(window.settings_action, action)
    window.file_menu.insertSeparator(window.settings_action)
    return action
