"""Long work off the GUI thread: one small helper for import, export, report
and backup.

`run_job` runs a plain function in the thread pool. The function receives a
`JobProgress` as its first argument, reports through it and checks
`progress.cancelled` to stop early. Success and failure arrive on the GUI
thread; a progress dialog appears only when the work takes longer than a
moment, and its "Hủy" button asks the work to stop.
"""

from __future__ import annotations

import threading
import traceback
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .texts import translated_message

DIALOG_DELAY_MS = 400


class JobCancelled(Exception):
    """Raised inside a job when the officer pressed "Hủy"."""


class JobProgress:
    """Handed to the job function; thread-safe."""

    def __init__(self, signals: _Signals):
        self._signals = signals
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Stop here if cancelled."""
        if self._cancel.is_set():
            raise JobCancelled()

    def update(self, done: int, total: int = 0, text: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable, args: tuple, kwargs: dict, signals: _Signals, progress: JobProgress
    ):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals, self.progress = signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.progress, *self.args, **self.kwargs)
        except JobCancelled:
            self.signals.cancelled.emit()
        except BaseException as e:  # delivered to the GUI thread, never lost
            self.signals.failed.emit(e, "".join(traceback.format_exception(e)))
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)
        finally:
            from .readers import release_thread

            release_thread()  # a pool thread holds no file between jobs


class Job(QObject):
    """A running job; keep a reference until it finishes (run_job does)."""

    done = Signal(object)
    error = Signal(object, str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.signals = _Signals()
        self.progress = JobProgress(self.signals)
        self.dialog: QProgressDialog | None = None
        self.finished = False


_running: set[Job] = set()


def run_job(
    parent: QWidget | None,
    title: str,
    fn: Callable,
    *args,
    on_done: Callable[[object], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    pool: QThreadPool | None = None,
    **kwargs,
) -> Job:
    """Run `fn(progress, *args, **kwargs)` off the GUI thread (in `pool`,
    the global one unless told: the writer runs its jobs on its own thread)."""
    job = Job()
    _running.add(job)
    if pool is not None:
        _pools.add(pool)
    cancel = QCoreApplication.translate("jobs", "Hủy") if cancellable else ""
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("jobs", "Đang xử lý"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(DIALOG_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    job.dialog = dialog

    def on_progress(done: int, total: int, text: str) -> None:
        if job.finished:
            return
        dialog.setMaximum(total)
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(translated_message(text))

    def finish() -> None:
        job.finished = True
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        _running.discard(job)

    def ok(result: object) -> None:
        finish()
        job.done.emit(result)
        if on_done:
            on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        finish()
        job.error.emit(exc, details)
        if on_error:
            on_error(exc, details)
        else:
            from .errors import show_error

            show_error(parent, exc, details)

    def cancelled() -> None:
        finish()
        job.cancelled.emit()
        if on_cancel:
            on_cancel()

    job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
    job.signals.finished.connect(ok, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    job.signals.cancelled.connect(cancelled, Qt.ConnectionType.QueuedConnection)
    dialog.canceled.connect(job.progress.cancel)
    # The dialog shows itself after DIALOG_DELAY_MS only if work is still running.
    QTimer.singleShot(0, lambda: None if job.finished else dialog.setValue(0))
    (pool or QThreadPool.globalInstance()).start(
        _Runnable(fn, args, kwargs, job.signals, job.progress)
    )
    return job


_pools: weakref.WeakSet[QThreadPool] = weakref.WeakSet()


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Block until all background work is done (used on exit and in tests)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    for pool in list(_pools):
        try:
            done = pool.waitForDone(timeout_ms) and done
        except RuntimeError:  # its owner is gone, and its threads with it
            pass
    return done
