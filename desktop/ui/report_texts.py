"""The report's texts while the officer types: every edit queued and saved a
moment after the last keystroke, through the one writer.

`TextsAutosave` knows nothing of the widgets: the page hands it each edit
(`edit(key, value)`) and shows what it says (`status`); a test drives it
alone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from .writer import TEXTS, Writer

AUTOSAVE_MS = 700


class TextsAutosave(QObject):
    """The edits of one unit's texts for one year, waiting to be saved."""

    status = Signal(str)  # "Đang lưu...", "Đã lưu lúc ...", "Chưa lưu được!"
    failed = Signal(object)  # the exception of a save that did not go through

    def __init__(self, writer: Writer, interval_ms: int = AUTOSAVE_MS, parent=None):
        super().__init__(parent)
        self.writer = writer
        self.unit_id: int | None = None
        self.year: int | None = None
        self.pending: dict[str, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.save_now)

    def start(self, unit_id: int | None, year: int) -> None:
        """Edits from now on belong to this unit and year (save the earlier
        ones first: `save_now`)."""
        self.unit_id, self.year = unit_id, year

    def edit(self, key: str, value: str) -> None:
        """Queue one edit; it is saved when the typing pauses."""
        if self.unit_id is None:
            return
        self.pending[key] = value
        self.status.emit(QCoreApplication.translate("ReportPage", "Đang lưu..."))
        self.timer.start()

    def save_now(self) -> bool:
        """Write the edits waiting; False if that failed (they stay queued and
        are tried again with the next save)."""
        self.timer.stop()
        if not self.pending or self.unit_id is None:
            return True
        texts = dict(self.pending)
        try:
            self.writer.write(
                (TEXTS,),
                lambda ws, *args: ws.texts.set_report_texts(*args),
                self.unit_id,
                self.year,
                texts,
            )
        except Exception as e:  # the text stays in the editor and in the queue
            self.status.emit(QCoreApplication.translate("ReportPage", "Chưa lưu được!"))
            self.failed.emit(e)
            return False
        for key, value in texts.items():
            if self.pending.get(key) == value:
                del self.pending[key]
        self.status.emit(
            QCoreApplication.translate("ReportPage", "Đã lưu lúc {time}").format(
                time=datetime.now().strftime("%H:%M:%S")
            )
        )
        return True
