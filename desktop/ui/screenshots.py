"""Screenshots of the main sections, for the README.

    python -m desktop.ui.screenshots OUTDIR [--size 1366x768] [--lang vi|en]

Runs the app off screen (no display needed) on a sample workspace made in a
throw-away folder: the radio-TV station of the built-in 2023 plan with a
year of activities. The officer's own data folder and settings are never
touched. Writes one PNG per section and prints their names.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

FILES = {
    "activities": "hoat-dong.png",
    "progress": "tien-do.png",
    "report": "bao-cao.png",
    "plan": "ke-hoach.png",
    "unit": "don-vi.png",
}


def _settle(app, rounds: int = 30) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.02)


def _wait_for_preview(app, page, limit_s: float = 120.0) -> None:
    """The Báo cáo page draws its preview by itself: wait for the pages."""
    import time

    preview = getattr(page, "preview", None)
    if preview is None:
        return
    end = time.monotonic() + limit_s
    while time.monotonic() < end and (preview.stale or preview.running()):
        _settle(app, 5)
    _settle(app, 10)


def take(outdir: Path, size: tuple[int, int] = (1366, 768), lang: str = "vi") -> list[Path]:
    """Write the screenshots into `outdir`; returns the files written."""
    folder = Path(tempfile.mkdtemp(prefix="baocao-anh-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # An off-screen display as large as the window, so nothing is squeezed.
        config = folder / "screen.json"
        screen = {"name": "shot", "x": 0, "y": 0, "width": size[0], "height": size[1] + 40}
        screen.update(logicalDpi=96, logicalBaseDpi=96, dpr=1)
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["BAOCAO_CDS_DATA_DIR"] = str(folder / "data")
    from ..store.sample import SAMPLE_DAY, sample_workspace
    from .context import AppContext
    from .main_window import MainWindow
    from .startup import create_application, install_translation, make_settings

    app = create_application()
    settings = make_settings()
    install_translation(app, lang)
    ws = sample_workspace(folder / "mau.cdsdb")
    ctx = AppContext(ws, settings, year=2023)
    window = MainWindow(ctx)
    window.show()
    window.setGeometry(0, 0, *size)
    window.activities.due.refresh(SAMPLE_DAY)
    window.progress.as_of.set_date(SAMPLE_DAY)
    window.progress.as_of.editingFinished.emit()
    _settle(app)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for row, (key, _title, _page) in enumerate(window.sections):
        if key not in FILES:
            continue
        window.sidebar.setCurrentRow(row)
        _settle(app, 40)
        if key == "report":
            _wait_for_preview(app, window.report)
        target = outdir / FILES[key]
        tmp = target.with_suffix(".tmp.png")
        if not window.grab().save(str(tmp), "PNG"):
            raise OSError(f"cannot write {target}")
        os.replace(tmp, target)
        written.append(target)
    from .jobs import wait_for_jobs

    wait_for_jobs()
    window.close()
    ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    args = parser.parse_args(argv)
    w, h = (int(x) for x in args.size.lower().split("x"))
    for path in take(args.outdir, (w, h), args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
