"""Start the desktop application."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .paths import asset, data_dir, default_db_path
from .store import Workspace, WorkspaceError

ORGANISATION = "BaoCaoCDS"
LANGUAGES = ("vi", "en")
# Set by the benchmark: print the seconds from start to the first rows on
# screen, then quit.
FIRST_PAGE_ENV = "BAOCAO_CDS_REPORT_FIRST_PAGE"


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m desktop", add_help=False)
    p.add_argument("--db", type=Path)
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--smoke-test", action="store_true")
    args, _ = p.parse_known_args(argv)
    return args


def make_settings() -> QSettings:
    """Settings live in an ini file in the data folder, so a portable copy and
    the tests (which point the data folder elsewhere) keep their own."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def create_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
        app.setStyle("Fusion")
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(ORGANISATION)
    QGuiApplication.setApplicationDisplayName("Báo cáo CĐS")
    # Every size drawn for its size (16 px for title bars, 256 px for docks).
    app.setWindowIcon(QIcon(str(asset("resources", "icons", "app.ico"))))
    return app


_translators: list[QTranslator] = []


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Load the interface language. The app's texts are written in Vietnamese;
    for "vi" only Qt's own texts (standard buttons, text menus) are loaded,
    for another language the app's translation file. Returns whether the
    app's texts were translated."""
    remove_translations(app)
    if language == "vi":
        _load(app, "qtbase_vi.qm")
        return False
    return _load(app, f"baocao_{language}.qm")


def remove_translations(app: QCoreApplication) -> None:
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()


def _load(app: QCoreApplication, name: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(str(asset("resources", "translations", name))):
        return False
    app.installTranslator(translator)
    _translators.append(translator)
    return True


def open_workspace_interactively(path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Open the workspace file, or explain in Vietnamese why it cannot be opened.

    Returns None when it could not be opened (the officer has been told).
    """
    from .store.lock import WorkspaceLockedError

    try:
        return Workspace.open(path, lock=True, daily_backup=True)
    except WorkspaceLockedError as e:
        _explain_open_failure(parent, path, str(e))
    except WorkspaceError as e:
        if not Path(path).exists():
            _explain_open_failure(parent, path, str(e))
            return None
        # A broken file is kept as it is; offer the latest backup or another file.
        from .ui.backup_dialogs import offer_recovery

        return offer_recovery(parent, Path(path), str(e))
    except OSError as e:
        reason = QCoreApplication.translate(
            "app", "Không đọc hoặc tạo được tệp ({0}). Hãy kiểm tra thư mục."
        ).format(e.strerror or e)
        _explain_open_failure(parent, path, reason)
    return None


def _explain_open_failure(parent: QWidget | None, path: Path, message: str) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("app", "Không mở được dữ liệu"),
        QCoreApplication.translate("app", "Không mở được tệp dữ liệu “{0}”.\n\n{1}").format(
            path, message
        ),
    )


class _FirstPageProbe(QObject):
    """Prints the time to the first painted rows of the activities list and quits."""

    def __init__(self, started: float, window):
        super().__init__(window)
        self.started = started
        self.window = window
        window.activities.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.window.activities.model.count:
            QTimer.singleShot(0, self._report)
            watched.removeEventFilter(self)
        return False

    def _report(self) -> None:
        print(f"FIRST_PAGE {time.perf_counter() - self.started:.3f}", flush=True)
        QApplication.instance().quit()


def run_gui(argv: list[str]) -> int:
    started = time.perf_counter()
    args = parse_gui_args(argv)
    if args.smoke_test:
        try:
            from .smoke import run_smoke_test
        except ImportError:
            print("Bản cài đặt này không có kiểm tra nhanh (--smoke-test).", file=sys.stderr)
            return 2
        return run_smoke_test()

    from .ui.errors import install_excepthook

    app = create_application()
    install_excepthook()
    settings = make_settings()
    install_translation(app, args.lang or str(settings.value("ui/language", "vi")))

    window = start_main_window(args.db or default_db_path(), settings)
    if window is None:
        return 1
    if os.environ.get(FIRST_PAGE_ENV):
        _FirstPageProbe(started, window)
    window.show()
    code = app.exec()

    from .ui.jobs import wait_for_jobs

    wait_for_jobs()
    # After a restore the workspace lives in a newer window than the first.
    from .ui.main_window import MainWindow

    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.ctx.workspace.close()
    return code


def start_main_window(path: Path, settings: QSettings):
    """Open the workspace, ask for the unit on first run, build the window.
    None when the officer could not or chose not to go on."""
    from .ui.context import AppContext
    from .ui.first_run import FirstRunDialog
    from .ui.main_window import MainWindow

    ws = open_workspace_interactively(path)
    if ws is None:
        return None
    if ws.self_unit() is None:
        dialog = FirstRunDialog(ws)
        if dialog.exec() != FirstRunDialog.DialogCode.Accepted:
            ws.close()
            return None
        ws.set_meta("current_year", str(dialog.year()))
    return MainWindow(AppContext(ws, settings))
