"""The main window: a section list on the left, the chosen section on the
right, the year selector on top and the figures of the list in the status bar.

Other parts of the app add their commands through `self.menus` (or
`file_menu`, `edit_menu`, `tools_menu`, `help_menu`) with a one-line edit.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..logs import log_file
from . import numbers
from .activities_page import ActivitiesPage
from .backup_dialogs import START_CHECKS_MS, add_backup_actions, start_open_checks
from .context import AppContext
from .file_dialogs import EXPORT, LIST_TEMPLATE, save_file
from .icons import icon
from .jobs import run_job
from .plan_page import PlanPage
from .progress_page import ProgressPage
from .send_dialog import add_send_action
from .status_bar import StatusBar
from .tools_menu import add_folders, add_tools, open_folder
from .unit_page import UnitPage

APP_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Báo cáo Chuyển đổi số")
# Beside a section name in the sidebar: its icon, the gaps and the margins.
SIDEBAR_ROOM = 56


class PlaceholderPage(QWidget):
    """Stands in for a section whose module is not part of this build."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)

    def refresh(self) -> None:
        """Nothing to refresh."""


def _report_page(ctx: AppContext, parent: QWidget) -> QWidget:
    try:
        from .report_page import ReportPage
    except ImportError:
        text = QCoreApplication.translate(
            "MainWindow", "Phần lập báo cáo chưa có trong bản cài đặt này."
        )
        return PlaceholderPage(text, parent)
    return ReportPage(ctx, parent)


def _consolidation_page(ctx: AppContext, parent: QWidget) -> QWidget | None:
    try:
        from .consolidation_page import ConsolidationPage
    except ImportError:
        return None
    return ConsolidationPage(ctx, parent)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._placed = False
        self.setObjectName("mainWindow")
        self.setMinimumSize(QSize(760, 480))

        self.activities = ActivitiesPage(ctx, self)
        self.progress = ProgressPage(ctx, self)
        self.report = _report_page(ctx, self)
        self.plan_page = PlanPage(ctx, self)
        self.unit_page = UnitPage(ctx, self)
        # (key, title, page); the keys stay stable for settings and other modules
        self.sections: list[tuple[str, str, QWidget]] = [
            ("activities", self.tr("Hoạt động"), self.activities),
            ("progress", self.tr("Tiến độ"), self.progress),
            ("report", self.tr("Báo cáo"), self.report),
        ]
        self.consolidation = _consolidation_page(ctx, self) if ctx.unit.consolidator else None
        if self.consolidation is not None:
            self.sections.append(("consolidation", self.tr("Tổng hợp"), self.consolidation))
        self.sections += [
            ("plan", self.tr("Kế hoạch"), self.plan_page),
            ("unit", self.tr("Đơn vị"), self.unit_page),
        ]

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sections")
        self.sidebar.setIconSize(QSize(20, 20))
        # As wide as the longest section name with its icon, never scrolled sideways.
        widest = max(self.fontMetrics().horizontalAdvance(t) for _k, t, _p in self.sections)
        item_width = max(150, widest + SIDEBAR_ROOM)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setMinimumWidth(item_width + 2 * self.sidebar.frameWidth())
        self.stack = QStackedWidget()
        for key, title, page in self.sections:
            item = QListWidgetItem(icon(key), title)
            item.setSizeHint(QSize(item_width, 40))
            self.sidebar.addItem(item)
            self.stack.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._section_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([160, 1200])
        self.setCentralWidget(self.splitter)

        self._make_toolbar()
        self._make_menus()
        self.send_action = add_send_action(self)
        self.tools = add_tools(self)
        self.backup_actions = add_backup_actions(self)
        self.tools.update(add_folders(self))
        self.setStatusBar(StatusBar(self))
        self.status_text = QLabel()
        self.status_text.setObjectName("statusCounters")
        self.statusBar().addPermanentWidget(self.status_text)
        self.activities.summary_changed.connect(self._show_summary)
        self.activities.show_requested.connect(lambda: self.show_section("activities"))
        self.activities.notice.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.activities._show_summary()
        self.progress.target_activated.connect(self.show_target_activities)
        ctx.year_changed.connect(self._year_changed)
        ctx.plan_changed.connect(self.reload_years)
        ctx.data_changed.connect(self.reload_years)
        ctx.unit_changed.connect(self._update_title)
        self._update_title()
        self.restore_state()
        # The section open when the window was last closed.
        last = str(ctx.settings.value("main/section", ""))
        keys = self.section_keys()
        self.sidebar.setCurrentRow(keys.index(last) if last in keys else 0)

    # -- construction ----------------------------------------------------------

    def _make_toolbar(self) -> None:
        bar = QToolBar(self.tr("Năm"))
        bar.setObjectName("yearToolbar")
        bar.setMovable(False)
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setStyleSheet("font-weight: bold; padding: 0 8px;")
        bar.addWidget(self.unit_label)
        spacer = QWidget()
        spacer.setSizePolicy(
            spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred
        )
        bar.addWidget(spacer)
        bar.addWidget(QLabel(self.tr("Năm: ")))
        self.year_box = QComboBox()
        self.year_box.setObjectName("yearBox")
        self.year_box.setMinimumContentsLength(6)
        self.year_box.currentIndexChanged.connect(self._year_chosen)
        bar.addWidget(self.year_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.reload_years()

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Tệp"))
        self.edit_menu = bar.addMenu(self.tr("&Sửa"))
        self.view_menu = bar.addMenu(self.tr("&Xem"))
        self.tools_menu = bar.addMenu(self.tr("&Công cụ"))
        self.help_menu = bar.addMenu(self.tr("Trợ &giúp"))
        self.menus = {
            "file": self.file_menu,
            "edit": self.edit_menu,
            "view": self.view_menu,
            "tools": self.tools_menu,
            "help": self.help_menu,
        }

        self.import_action = self.file_menu.addAction(self.tr("Nhập danh sách hoạt động..."))
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_files)
        self.export_action = self.file_menu.addAction(
            self.tr("Xuất danh sách đang lọc ra Excel...")
        )
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_xlsx)
        self.template_action = self.file_menu.addAction(self.tr("Lưu tệp mẫu danh sách..."))
        self.template_action.triggered.connect(self.save_template)
        self.file_menu.addSeparator()
        self.settings_action = self.file_menu.addAction(self.tr("Cài đặt..."))
        self.settings_action.triggered.connect(self.open_settings)
        self.file_menu.addSeparator()
        quit_action = self.file_menu.addAction(self.tr("Thoát"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        page = self.activities
        for action in (page.new_action, page.edit_action, page.duplicate_action):
            self.edit_menu.addAction(action)
        self.edit_menu.addAction(page.delete_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(page.undo_action)
        self.edit_menu.addAction(page.redo_action)
        self.edit_menu.addAction(page.find_action)

        self.section_actions: list[QAction] = []
        for i, (key, title, _page) in enumerate(self.sections):
            action = self.view_menu.addAction(title)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, k=key: self.show_section(k))
            self.section_actions.append(action)

        self.guide_action = self.help_menu.addAction(icon("help"), self.tr("Hướng dẫn sử dụng"))
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: self.show_guide())
        shortcuts = self.help_menu.addAction(self.tr("Phím tắt"))
        shortcuts.triggered.connect(lambda: self.show_guide("phim-tat"))
        logs = self.help_menu.addAction(self.tr("Mở thư mục nhật ký"))
        logs.triggered.connect(self.open_log_folder)
        self.help_menu.addSeparator()
        about = self.help_menu.addAction(self.tr("Giới thiệu"))
        about.triggered.connect(self.about)

    # -- sections and year -----------------------------------------------------

    def section_keys(self) -> list[str]:
        return [key for key, _title, _page in self.sections]

    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow(self.section_keys().index(key))

    def current_section(self) -> str:
        return self.sections[self.stack.currentIndex()][0]

    def _section_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.sections[row][2]
        # The figures in the status bar describe the activities list only.
        self.status_text.setVisible(page is self.activities)
        if page is self.activities:
            self.activities.table.setFocus()
        self.statusBar().clearMessage()

    def show_target_activities(self, code: str | None) -> None:
        self.activities.show_target(code)
        self.show_section("activities")

    def reload_years(self) -> None:
        ws = self.ctx.workspace
        unit = ws.units.self_unit()
        years = set(ws.plans.years()) | {self.ctx.year}
        if unit is not None:
            years |= set(ws.activities.years(unit.id))
        wanted = sorted(years)
        if [self.year_box.itemData(i) for i in range(self.year_box.count())] == wanted:
            return
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for y in wanted:
            label = str(y) if y in ws.plans.years() else self.tr("{0} (chưa có kế hoạch)").format(y)
            self.year_box.addItem(label, y)
        self.year_box.setCurrentIndex(self.year_box.findData(self.ctx.year))
        self.year_box.blockSignals(False)

    def _year_chosen(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if year is not None:
            self.ctx.set_year(year)

    def _year_changed(self, year: int) -> None:
        self.reload_years()
        self.year_box.blockSignals(True)
        self.year_box.setCurrentIndex(self.year_box.findData(year))
        self.year_box.blockSignals(False)
        self._update_title()

    def _update_title(self) -> None:
        unit = self.ctx.workspace.units.self_unit()
        name = unit.name if unit else ""
        self.unit_label.setText(name)
        self.setWindowTitle(f"{self.tr(APP_TITLE)} – {name} – {self.ctx.year}")

    def _show_summary(self, text: str) -> None:
        self.status_text.setText(text)

    # -- import and export -----------------------------------------------------

    def import_files(self, paths: list[str] | None = None) -> None:
        """Nhập dữ liệu: lists and last year's files through the import dialog
        (preview, corrections, then one transaction). Once written, Ctrl+Z
        undoes the whole import."""
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx, paths, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.flow.written.connect(self.activities.record_import)
        self.import_dialog = dialog
        dialog.open()

    def show_import_history(self) -> None:
        from .import_history import ImportHistoryDialog

        self.import_history = ImportHistoryDialog(self.ctx, self.activities, self)
        self.import_history.open()

    def export_xlsx(self) -> None:
        from ..io.listformat import write_xlsx

        flt = self.activities.current_filter()
        chosen = save_file(
            self,
            self.ctx.settings,
            EXPORT,
            self.tr("Xuất danh sách ra Excel"),
            f"hoat-dong-{self.ctx.year}.xlsx",
            self.tr("Bảng tính Excel (*.xlsx)"),
            ".xlsx",
        )
        if chosen is None:
            return
        name = str(chosen)
        ctx = self.ctx

        def export(progress, path):
            reader = ctx.reader()  # this job's thread's own
            total = reader.activities.count_and_sums(flt)[0]

            def rows():
                for i, a in enumerate(reader.activities.iterate(flt)):
                    if i % 500 == 0:
                        progress.check()
                        progress.update(i, total)
                    yield a

            return write_xlsx(path, rows())

        run_job(
            self,
            self.tr("Đang xuất danh sách..."),
            export,
            name,
            on_done=lambda count: self.statusBar().showMessage(
                self.tr("Đã xuất {0} hoạt động ra “{1}”.").format(numbers.integer(count), name),
                10000,
            ),
        )

    def save_template(self) -> None:
        from ..io.listformat import write_template

        name = save_file(
            self,
            self.ctx.settings,
            LIST_TEMPLATE,
            self.tr("Lưu tệp mẫu"),
            "mau-danh-sach-hoat-dong.xlsx",
            self.tr("Bảng tính Excel (*.xlsx)"),
            ".xlsx",
        )
        if name is not None:
            try:
                write_template(name)
            except Exception as e:
                from .errors import show_error

                show_error(self, e)

    # -- dialogs ---------------------------------------------------------------

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        self.settings_dialog = SettingsDialog(self.ctx.settings, self)
        self.settings_dialog.open()

    def about(self) -> None:
        counts = self.ctx.workspace.figures.counts()
        QMessageBox.about(
            self,
            self.tr("Giới thiệu"),
            f"<h3>{self.tr(APP_TITLE)}</h3>"
            + self.tr("<p>Phiên bản {0}</p>").format(__version__)
            + self.tr("<p>Dữ liệu: {0}<br/>Số hoạt động: {1}<br/>Thư mục nhật ký: {2}</p>").format(
                self.ctx.workspace.path, numbers.integer(counts["activities"]), log_file().parent
            )
            + self.tr(
                "<p>Giấy phép của các thành phần đi kèm: Qt và PySide6 (LGPL v3), "
                "python-docx và openpyxl (MIT), reportlab (BSD), phông Liberation, "
                "Noto Emoji và Noto Sans (SIL Open Font License 1.1), phông WenQuanYi Micro Hei "
                "(Apache 2.0), bộ biểu tượng của ứng dụng (CC0 1.0).</p>"
            ),
        )

    def show_guide(self, anchor: str = "") -> None:
        from .help_dialog import GuideDialog

        self.guide = GuideDialog(self, anchor)
        self.guide.show()

    def open_log_folder(self) -> None:
        open_folder(self, log_file().parent, self.tr("Thư mục nhật ký"))

    # -- window state ----------------------------------------------------------

    def _state_widgets(self) -> dict[str, object]:
        """Splitters and headers whose state is kept between sessions."""
        widgets = {
            "main/splitter": self.splitter,
            "activities/header": self.activities.table.horizontalHeader(),
        }
        widgets.update(self.progress.state_widgets())
        widgets.update(self.plan_page.state_widgets())
        return widgets

    def restore_state(self) -> None:
        s = self.ctx.settings
        geometry = s.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._first_placement()
        state = s.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for key, widget in self._state_widgets().items():
            value = s.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                widget.restoreState(value)
        self.keep_on_screen()

    def save_state(self) -> None:
        s = self.ctx.settings
        s.setValue("main/geometry", self.saveGeometry())
        s.setValue("main/state", self.saveState())
        s.setValue("main/section", self.current_section())
        for key, widget in self._state_widgets().items():
            s.setValue(key, widget.saveState())
        s.sync()

    def _first_placement(self) -> None:
        """First start: nearly the whole screen (1366×768 laptops are common), centred."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 720)
            return
        available = screen.availableGeometry()
        self.resize(min(1400, available.width() - 40), min(900, available.height() - 60))
        frame = self.frameGeometry()
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    def keep_on_screen(self) -> None:
        """Bring the window back when it was saved on a screen no longer present
        or is larger than the screen it is on now."""
        frame = self.frameGeometry()
        screen = QGuiApplication.screenAt(frame.center()) or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        if self.isMaximized():
            return
        width = min(self.width(), available.width() - (frame.width() - self.width()))
        height = min(self.height(), available.height() - (frame.height() - self.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not available.contains(frame):
            x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
            y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
            self.move(x, y)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._placed:
            # The frame's size is known once shown: check the placement again.
            self._placed = True
            self.keep_on_screen()
            # The checks that read the whole file wait until the window is up.
            QTimer.singleShot(START_CHECKS_MS, lambda: start_open_checks(self))

    def closeEvent(self, event: QCloseEvent) -> None:
        from .unsaved import report_texts_kept, unit_profile_kept

        if not (report_texts_kept(self, self.report) and unit_profile_kept(self, self.unit_page)):
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
