"""Backups in the app: "Sao lưu ngay", "Khôi phục...", the backup folder, and
the offer to restore when a workspace cannot be opened.

The main window gets its commands from `add_backup_actions(window)`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..logs import get_logger
from ..store import Workspace, WorkspaceError
from ..store import backup as bk
from ..store import restore as rs
from . import numbers
from .errors import show_error
from .geometry import resize_within_screen
from .jobs import run_job
from .startup import (
    FILE_FILTER,
    backup_kind,
    backup_summary,
    backup_time,
    start_main_window,
    under_test,
)
from .texts import translated_message

DAILY_CHECK_MS = 30 * 60 * 1000


def _tr(text: str) -> str:
    """The translation of a text marked with QT_TRANSLATE_NOOP("backup", ...)."""
    return QCoreApplication.translate("backup", text)


# -- restore dialog --------------------------------------------------------------------


class RestoreDialog(QDialog):
    """The backups of this workspace, newest first, with their date, why they
    were made and what they hold; the officer picks one (or another file) and
    confirms. `chosen` is the backup to restore once accepted."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("backup", "Thời điểm"),
        QT_TRANSLATE_NOOP("backup", "Loại"),
        QT_TRANSLATE_NOOP("backup", "Hoạt động"),
        QT_TRANSLATE_NOOP("backup", "Đơn vị"),
        QT_TRANSLATE_NOOP("backup", "Tệp"),
    )

    def __init__(self, workspace: Path, current_counts: dict[str, int] | None, parent=None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("backup", "Khôi phục từ bản sao lưu"))
        self.workspace = Path(workspace)
        self.current_counts = current_counts
        self.chosen: bk.BackupInfo | None = None
        self._infos: list[bk.BackupInfo | None] = []

        intro = QLabel(
            QCoreApplication.translate(
                "backup",
                "Chọn bản sao lưu để khôi phục. Dữ liệu hiện tại không bị xóa: tệp được đổi tên "
                "(thêm “truoc-khoi-phuc” và thời điểm) và để ngay cạnh tệp dữ liệu.",
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self._restore_clicked())
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            QCoreApplication.translate("backup", "Khôi phục"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setEnabled(False)
        self.other_button = self.buttons.addButton(
            QCoreApplication.translate("backup", "Chọn tệp khác..."),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("backup", "Đóng")
        )
        self.restore_button.clicked.connect(self._restore_clicked)
        self.other_button.clicked.connect(self._other_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 820, 420)
        self.load()

    def load(self) -> None:
        folder = bk.get_backup_dir()
        self.folder_label.setText(
            QCoreApplication.translate("backup", "Thư mục sao lưu: {0}").format(folder)
        )
        entries = bk.list_backups(self.workspace.stem, folder, bk.identity_of(self.workspace))
        self.table.setRowCount(len(entries))
        self._infos = []
        for row, entry in enumerate(entries):
            try:
                info = bk.inspect_backup(entry.path, check=None)
            except WorkspaceError:
                info = None
            self._infos.append(info)
            activities = (
                numbers.integer(info.counts["activities"])
                if info
                else QCoreApplication.translate("backup", "không đọc được")
            )
            cells = (
                backup_time(info or entry),
                backup_kind(entry),
                activities,
                (info.unit_name or "") if info else "",
                entry.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        else:
            self.details.setText(
                QCoreApplication.translate(
                    "backup", "Chưa có bản sao lưu nào của “{0}” trong thư mục này."
                ).format(self.workspace.name)
            )

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        info = self._infos[rows[0].row()] if rows else None
        self.restore_button.setEnabled(info is not None)
        if info is not None:
            self.details.setText(self._describe(info))
        elif rows:
            self.details.setText(
                QCoreApplication.translate("backup", "Tệp sao lưu này bị hỏng hoặc không đọc được.")
            )

    def _describe(self, info: bk.BackupInfo) -> str:
        text = backup_summary(info)
        if self.current_counts is not None:
            text += "\n" + QCoreApplication.translate(
                "backup", "Dữ liệu hiện tại: {0} hoạt động."
            ).format(numbers.integer(self.current_counts["activities"]))
        return text

    def selected_info(self) -> bk.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._infos[rows[0].row()] if rows else None

    def _restore_clicked(self) -> None:
        info = self.selected_info()
        if info is not None:
            self._confirm(info)

    def _other_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("backup", "Chọn tệp sao lưu"),
            str(bk.get_backup_dir()),
            _tr(FILE_FILTER),
        )
        if not name:
            return
        try:
            info = bk.inspect_backup(name, check=None)
        except WorkspaceError as e:
            show_error(self, e)
            return
        self._confirm(info)

    def _confirm(self, info: bk.BackupInfo) -> None:
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("backup", "Khôi phục dữ liệu"))
        box.setText(
            QCoreApplication.translate("backup", "Khôi phục bản sao lưu lúc {0}?").format(
                backup_time(info)
            )
        )
        box.setInformativeText(
            self._describe(info)
            + "\n\n"
            + QCoreApplication.translate(
                "backup",
                "Tệp dữ liệu hiện tại được giữ lại bên cạnh (không bị xóa); "
                "ứng dụng sẽ mở lại dữ liệu sau khi khôi phục.",
            )
        )
        yes = box.addButton(
            QCoreApplication.translate("backup", "Khôi phục"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("backup", "Không"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(yes)
        box.exec()
        if box.clickedButton() is yes:
            self.chosen = info
            self.accept()


# -- backup folder ------------------------------------------------------------------------


class BackupFolderDialog(QDialog):
    """Where backups go: the data folder by default, or a folder the officer
    picks (a USB drive, a network folder)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backupFolderDialog")
        self.setWindowTitle(QCoreApplication.translate("backup", "Thư mục sao lưu"))
        self.path_edit = QLineEdit(str(bk.get_backup_dir()))
        self.path_edit.setObjectName("backupFolder")
        self.path_edit.setMinimumWidth(420)
        browse = QPushButton(QCoreApplication.translate("backup", "Chọn..."))
        browse.clicked.connect(self._browse)
        default = QPushButton(QCoreApplication.translate("backup", "Mặc định"))
        default.clicked.connect(lambda: self.path_edit.setText(str(bk.default_backup_dir())))
        open_button = QPushButton(QCoreApplication.translate("backup", "Mở thư mục"))
        open_button.clicked.connect(self._open_folder)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        row.addWidget(default)
        row.addWidget(open_button)
        note = QLabel(
            QCoreApplication.translate(
                "backup",
                "Ứng dụng tự sao lưu mỗi ngày khi mở, trước mỗi lần nhập và trước khi nâng cấp "
                "dữ liệu; giữ 7 bản hằng ngày, 4 bản hằng tuần và 12 bản hằng tháng. Bản sao "
                "lưu thủ công (Sao lưu ngay) được giữ cho đến khi bạn tự xóa.",
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("backup", "Lưu")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("backup", "Hủy")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(QCoreApplication.translate("backup", "Bản sao lưu được lưu vào thư mục:"))
        )
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("backup", "Chọn thư mục sao lưu"),
            self.path_edit.text(),
        )
        if folder:
            self.path_edit.setText(folder)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.path_edit.text()))

    def save(self) -> None:
        text = self.path_edit.text().strip()
        try:
            bk.set_backup_dir(Path(text) if text else None)
        except WorkspaceError as e:
            show_error(self, e)
            return
        self.accept()


# -- main window commands -------------------------------------------------------------------


def backup_now(window) -> None:
    """Copy the open workspace to the backup folder off the GUI thread."""
    path = window.ctx.workspace.path

    def done(dest: Path) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("backup", "Đã sao lưu vào “{0}”.").format(dest), 15000
        )
        box = QMessageBox(window)
        box.setObjectName("backupDone")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QCoreApplication.translate("backup", "Sao lưu"))
        box.setText(
            QCoreApplication.translate("backup", "Đã sao lưu dữ liệu vào:\n{0}").format(dest)
        )
        if under_test():
            box.show()
        else:
            box.exec()

    run_job(
        window,
        QCoreApplication.translate("backup", "Đang sao lưu dữ liệu..."),
        lambda _progress: bk.backup_file(path),
        on_done=done,
        cancellable=False,
    )


def restore_into_window(window, backup: Path) -> QWidget | None:
    """Close the workspace, put the backup in place (the current file kept
    aside) and reopen it in a new window, which is returned."""
    from .jobs import wait_for_jobs

    ctx = window.ctx
    path = ctx.workspace.path
    wait_for_jobs()
    window.save_state()
    ctx.close()
    try:
        result = rs.restore_backup(backup, path)
    except WorkspaceError as e:
        show_error(window, e)
        ctx.workspace = Workspace.open(path, create=False, lock=True)
        return None
    # A window of the same kind as the one the restore was asked from.
    new_window = start_main_window(path, ctx.settings, type(window))
    if new_window is None:
        return None
    new_window.show()
    kept = (
        QCoreApplication.translate(
            "backup", " Dữ liệu trước khi khôi phục được giữ tại “{0}”."
        ).format(result.kept_aside)
        if result.kept_aside
        else ""
    )
    new_window.statusBar().showMessage(
        QCoreApplication.translate("backup", "Đã khôi phục từ bản sao lưu lúc {0}.").format(
            backup_time(result.info)
        )
        + kept,
        30000,
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.close()
    return new_window


def open_restore_dialog(window) -> QWidget | None:
    ws = window.ctx.workspace
    dialog = RestoreDialog(ws.path, ws.figures.counts(), window)
    window.restore_dialog = dialog
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return None
    return restore_into_window(window, dialog.chosen.path)


class _DailyBackup(QRunnable):
    """The day's copy for a window left open past midnight, made quietly."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    def run(self) -> None:
        try:
            bk.backup_file(self.path, bk.KIND_DAILY)
        except WorkspaceError as e:
            get_logger().warning("Không sao lưu hằng ngày được: %s", e)


def daily_check(window) -> bool:
    """Start the day's copy if the backup folder has none from today; True if started."""
    path = window.ctx.workspace.path
    if bk.has_daily_backup(path.stem, workspace_id=bk.identity_of(path)):
        return False
    QThreadPool.globalInstance().start(_DailyBackup(path))
    return True


START_CHECKS_MS = 500  # after the window is shown
_CHECKS_POLL_MS = 500


def start_open_checks(window) -> None:
    """Start the integrity check and the day's copy left to the background
    when a large workspace was opened (store/opencheck.py); tell the officer
    if the check finds the file damaged (writes are then refused), and put a
    failed copy in the status bar."""
    ws = window.ctx.workspace
    checks = ws.checks
    if checks is None or getattr(window, "checks_timer", None) is not None:
        return
    ws.start_checks()
    told = []

    def poll() -> None:
        if checks.checked and checks.problem and not told:
            told.append(True)
            QMessageBox.critical(
                window,
                QCoreApplication.translate("backup", "Tệp dữ liệu bị hỏng"),
                QCoreApplication.translate(
                    "backup",
                    "{0}\n\nMọi thay đổi sẽ không được lưu vào tệp này. Hãy dùng "
                    "Công cụ > Khôi phục từ bản sao lưu...",
                ).format(translated_message(checks.problem)),
            )
        if checks.finished:
            window.checks_timer.stop()
            if ws.backup_problem:
                text = QCoreApplication.translate(
                    "backup", "Chưa sao lưu tự động được: {0}"
                ).format(translated_message(ws.backup_problem))
                window.statusBar().showMessage(text, 120_000)

    window.checks_timer = QTimer(window)
    window.checks_timer.setInterval(_CHECKS_POLL_MS)
    window.checks_timer.timeout.connect(poll)
    window.checks_timer.start()


def add_backup_actions(window) -> list[QAction]:
    """The Công cụ menu's "Sao lưu ngay", "Khôi phục..." and "Thư mục sao lưu...";
    a check every half hour for the day's copy; and a word in the status bar
    when the last automatic copy failed (a USB drive not plugged in...)."""
    backup_action = QAction(QCoreApplication.translate("backup", "Sao lưu ngay"), window)
    backup_action.setObjectName("backupNow")
    backup_action.triggered.connect(lambda: backup_now(window))
    restore_action = QAction(
        QCoreApplication.translate("backup", "Khôi phục từ bản sao lưu..."), window
    )
    restore_action.setObjectName("restoreBackup")
    restore_action.triggered.connect(lambda: open_restore_dialog(window))
    folder_action = QAction(QCoreApplication.translate("backup", "Thư mục sao lưu..."), window)
    folder_action.setObjectName("backupFolder")
    folder_action.triggered.connect(lambda: BackupFolderDialog(window).exec())
    actions = [backup_action, restore_action, folder_action]
    for action in actions:
        window.tools_menu.addAction(action)
    window.daily_backup_timer = QTimer(window)
    window.daily_backup_timer.setInterval(DAILY_CHECK_MS)
    window.daily_backup_timer.timeout.connect(lambda: daily_check(window))
    window.daily_backup_timer.start()
    problem = window.ctx.workspace.backup_problem
    if problem:
        # After the window is built: choosing the first section clears messages.
        text = QCoreApplication.translate("backup", "Chưa sao lưu tự động được: {0}").format(
            translated_message(problem)
        )
        QTimer.singleShot(0, lambda: window.statusBar().showMessage(text, 120_000))
    return actions
