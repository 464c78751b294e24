"""Start the desktop application (start-up itself is desktop/ui/startup.py)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from .paths import default_db_path
from .ui.main_window import MainWindow
from .ui.startup import (
    LANGUAGES,
    create_application,
    install_translation,
    make_settings,
    start_main_window,
)

# Set by the benchmark: print the seconds from start to the first rows on
# screen (and the process's CPU seconds by then), then quit.
FIRST_PAGE_ENV = "BAOCAO_CDS_REPORT_FIRST_PAGE"


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m desktop", add_help=False)
    p.add_argument("--db", type=Path)
    p.add_argument("--lang", choices=LANGUAGES)
    p.add_argument("--smoke-test", action="store_true")
    args, _ = p.parse_known_args(argv)
    return args


def choose_language(args: argparse.Namespace, settings) -> tuple[str, bool]:
    """(the interface language of this run, whether --lang chose it over the saved one)."""
    if args.lang:
        return args.lang, True
    return str(settings.value("ui/language", "vi")), False


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
        wall, cpu = time.perf_counter() - self.started, time.process_time()
        print(f"FIRST_PAGE {wall:.3f} {cpu:.3f}", flush=True)
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
    language, by_command_line = choose_language(args, settings)
    install_translation(app, language, command_line=by_command_line)

    window = start_main_window(args.db or default_db_path(), settings, MainWindow)
    if window is None:
        return 1
    if os.environ.get(FIRST_PAGE_ENV):
        _FirstPageProbe(started, window)
    window.show()
    code = app.exec()

    from .ui.jobs import wait_for_jobs

    wait_for_jobs()
    # After a restore the workspace lives in a newer window than the first.
    for widget in app.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.ctx.close()
    return code
