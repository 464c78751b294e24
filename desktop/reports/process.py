"""A report built and written in a process of its own.

Assembling a large DOCX (its XML and zip) and laying out the PDF keep the
interpreter busy for seconds; in a thread of the window's process they
would hold the window up all that time. `ReportProcess(request)` starts a
child (the 'spawn' way, which the frozen app supports too): it opens the
workspace read-only by its path, gathers, builds and writes the files with
`write_report` (each written whole or not at all) and tells the parent what
stage it is at and how it ended, over a pipe. The parent's `wait` only
polls that pipe, so whatever thread calls it leaves the interpreter free.

`cancel` asks the child to stop between steps; a child that does not stop
soon is terminated, and the temporary files it left are removed.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.text import Message, message_of, template
from .header import ReportOptions
from .pipeline import ReportFiles

BUILDING = "building"
WRITING = "writing"
STOP_GRACE_S = 3.0
POLL_S = 0.05
# The child stopped without saying why (a declared message).
DIED = template(
    "Tiến trình lập báo cáo dừng bất thường (mã {code}); chưa ghi tệp nào mới. Hãy thử lại; "
    "nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận hỗ trợ."
)


class ReportCancelled(Exception):
    """The report was cancelled before its files were written."""


class ReportProcessError(Exception):
    """The report's process ended without saying how; the message says so in Vietnamese."""


@dataclass(frozen=True)
class ReportRequest:
    """Everything the child needs, by value: which report of which
    workspace, the files to write and the template to write them on."""

    workspace: str
    year: int
    consolidated: bool = False
    docx: str | None = None
    pdf: str | None = None
    template: str | None = None
    options: ReportOptions | None = None


def _build(ws, request: ReportRequest):
    if request.consolidated:
        from .consolidated import build_consolidated_report

        return build_consolidated_report(ws, request.year, request.options)
    from .context import build_unit_report

    return build_unit_report(ws, request.year, options=request.options)


def produce(request: ReportRequest, say: Callable[[str], None], check: Callable[[], None]):
    """Build and write the report of `request` (in whatever process calls it)."""
    from ..store import Workspace
    from .pipeline import write_report

    ws = Workspace.open_read_only(request.workspace)
    try:
        say(BUILDING)
        report = _build(ws, request)
        check()
        say(WRITING)
        return write_report(
            report,
            docx=request.docx,
            pdf=request.pdf,
            template=request.template,
            check=check,
        )
    finally:
        ws.close()


def _sendable(exc: BaseException) -> BaseException:
    """`exc` if it survives the pipe, else a plain one with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return ReportProcessError(message_of(exc) or type(exc).__name__)


def _child(request: ReportRequest, conn, stop) -> None:
    # Nothing here is in a cycle; the collector would only scan the large
    # document again and again.
    gc.disable()
    if hasattr(os, "nice"):
        # A background task: the window the officer works in comes first.
        try:
            os.nice(5)
        except OSError:
            pass

    def check() -> None:
        if stop.is_set():
            raise ReportCancelled()

    try:
        files = produce(request, lambda stage: conn.send(("stage", stage)), check)
    except ReportCancelled:
        conn.send(("cancelled", None))
    except BaseException as e:
        conn.send(("error", (_sendable(e), "".join(traceback.format_exception(e)))))
    else:
        conn.send(("done", files))
    finally:
        conn.close()


class ReportProcess:
    """One report being made in a child process."""

    def __init__(self, request: ReportRequest):
        self.request = request
        mp = multiprocessing.get_context("spawn")
        self._conn, child_conn = mp.Pipe(duplex=False)
        self._stop = mp.Event()
        self.process = mp.Process(
            target=_child, args=(request, child_conn, self._stop), daemon=True
        )
        self.process.start()
        child_conn.close()  # the child's end lives on in the child only

    def wait(
        self,
        on_stage: Callable[[str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ReportFiles:
        """The files written. Raises what the child raised (its traceback as a
        note), ReportCancelled when `cancelled()` turned true or the child
        stopped on request, ReportProcessError when it died without a word."""
        try:
            while True:
                if cancelled is not None and cancelled():
                    self.cancel()
                    raise ReportCancelled()
                if self._conn.poll(POLL_S):
                    try:
                        kind, value = self._conn.recv()
                    except EOFError:
                        self.process.join(STOP_GRACE_S)
                        raise self._died() from None
                    if kind == "stage":
                        if on_stage is not None:
                            on_stage(value)
                        continue
                    self.process.join(STOP_GRACE_S)
                    if kind == "done":
                        return value
                    if kind == "cancelled":
                        raise ReportCancelled()
                    exc, details = value
                    exc.add_note("Trong tiến trình lập báo cáo:\n" + details)
                    raise exc
                if not self.process.is_alive() and not self._conn.poll(0):
                    raise self._died()
        finally:
            self._conn.close()

    def _died(self) -> ReportProcessError:
        code = self.process.exitcode
        return ReportProcessError(Message(DIED, code=code))

    def cancel(self) -> None:
        """Ask the child to stop; terminate it if it does not stop soon."""
        self._stop.set()
        self.process.join(STOP_GRACE_S)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(STOP_GRACE_S)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
            self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        """The temporary files of a child stopped mid-write (the targets
        themselves are untouched: they are replaced only when whole)."""
        for target in (self.request.docx, self.request.pdf):
            if target is None:
                continue
            target = Path(target)
            for tmp in target.parent.glob(f".{target.name}.*.tmp"):
                try:
                    tmp.unlink()
                except OSError:
                    pass


def make_report(
    request: ReportRequest,
    on_stage: Callable[[str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ReportFiles:
    """Build and write `request`'s report in a child process and wait for it."""
    return ReportProcess(request).wait(on_stage, cancelled)
