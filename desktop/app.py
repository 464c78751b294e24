"""Start the desktop application."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def parse_gui_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m desktop", add_help=False)
    p.add_argument("--db", type=Path)
    p.add_argument("--lang", choices=("vi", "en"))
    p.add_argument("--smoke-test", action="store_true")
    args, _ = p.parse_known_args(argv)
    return args


def run_gui(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from .paths import default_db_path
    from .store import Workspace

    args = parse_gui_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open(args.db or default_db_path())
    window = QMainWindow()
    window.setWindowTitle("Báo cáo Chuyển đổi số")
    unit = ws.self_unit()
    window.setCentralWidget(
        QLabel(f"Dữ liệu: {ws.path}\nĐơn vị: {unit.name if unit else 'chưa chọn'}")
    )
    window.resize(1000, 700)
    window.show()
    return app.exec()
