"""The import dialog's states, without the dialog.

    idle → reading → checked ⇄ stale → checking → checked → writing → done

`ImportFlow` reads the files and checks the rows off the GUI thread, holds
"Nhập" back while the rows shown are older than the choices made (stale),
and commits on the one writer. With the rows it keeps the values to
confirm (not recognised exactly) and the choices made for them. The dialog
shows what it says; a test drives it alone: `load(paths)`, change a
sheet's choice and `mark_stale()`, `recheck()`, `commit()`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ..io.importer import (
    ImportSession,
    ImportSummary,
    check_import,
    commit_import,
    open_import,
    value_choices,
)
from ..io.listformat import ImportResult
from ..io.valuemap import apply_remembered, merge_stored
from ..store import Workspace
from .jobs import Job, run_job
from .writer import ACTIVITIES, MAPPINGS, PLAN, TEXTS, UNIT, Writer

IDLE = "idle"
READING = "reading"
CHECKED = "checked"
STALE = "stale"
CHECKING = "checking"
WRITING = "writing"
DONE = "done"
BUSY = frozenset({READING, CHECKING, WRITING})
RECHECK_MS = 250


# -- work done off the GUI thread ---------------------------------------------


def _read_job(
    progress, paths: list[str], remembered: dict, plans, stored: dict, own_unit: str | None
) -> tuple:
    session = open_import(paths, remembered.get, progress.update, own_unit=own_unit)
    progress.check()
    progress.update(0, 0, QCoreApplication.translate("ImportDialog", "Đang kiểm tra các dòng..."))
    return (session, *_check_job(progress, session, plans, stored, {}))


def _check_job(progress, session: ImportSession, plans, stored: dict, chosen: dict) -> tuple:
    """(values to confirm, checked rows): the values of the mapped columns not
    recognised exactly, with the choices remembered for these headers and
    those made in the dialog, then every row checked with them."""
    values = apply_remembered(value_choices(session, plans.latest(), stored.get), chosen)
    return values, check_import(session, plans, None, lambda _row: progress.check(), values)


def _commit_job(
    progress, ws: Workspace, session: ImportSession, result: ImportResult, values: list
):
    # On the writer's thread and connection, while the window keeps reading.
    return commit_import(session, result, ws, values=values)


def import_changes(summary: ImportSummary) -> set[str]:
    """What an import changed, for the writer to announce."""
    names = {ACTIVITIES, MAPPINGS}
    if summary.derived_plans or summary.new_forms:
        names.add(PLAN)
    for prev in summary.previous:
        names.add(TEXTS)
        if prev.plans_added:
            names.add(PLAN)
        if prev.profile_taken:
            names.add(UNIT)
    return names


def snapshot(session: ImportSession) -> ImportSession:
    """A copy the worker can read while the officer keeps editing mappings."""
    tables = [
        replace(src, sheets=[replace(c, mapping=dict(c.mapping)) for c in src.sheets])
        for src in session.tables
    ]
    return ImportSession(tables, list(session.previous), list(session.file_errors))


class ImportFlow(QObject):
    """One import, from the files chosen to the rows written.

    `plans` is the plan lookup, `remembered` the column choices remembered
    per header layout and `stored` everything remembered for each of them
    (the value choices too)."""

    state_changed = Signal(str)
    read = Signal(object)  # the ImportSession, once the files are read
    checked = Signal(object)  # the ImportResult of the latest check
    written = Signal(object)  # the ImportSummary
    stopped = Signal(str)  # a read or check cancelled: which state stopped
    failed = Signal(object, str)  # exception, details; nothing was written

    def __init__(
        self,
        writer: Writer,
        plans,
        remembered: dict,
        stored: dict,
        parent=None,
        *,
        own_unit: str | None = None,
    ):
        super().__init__(parent)
        self.writer = writer
        # The workspace's own unit: another unit's previous workspace file is
        # refused as soon as it is read.
        self.own_unit = own_unit
        self.plans = plans
        self.remembered = remembered
        self.stored = stored
        self.state = IDLE
        self.session: ImportSession | None = None
        self.result: ImportResult | None = None
        self.summary: ImportSummary | None = None
        self.values: list = []  # values to confirm, as last checked
        self.chosen: dict = {}  # choices made for them in this import, as remembered
        self.job: Job | None = None
        self.pending = False  # a change arrived while busy: check again after
        self._window = parent
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self.recheck)

    # -- state ---------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.state in BUSY

    @property
    def stale(self) -> bool:
        """The rows shown are older than the choices made."""
        return self.state == STALE or self.pending

    def _set(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def can_commit(self) -> bool:
        has_rows = self.result is not None and bool(self.result.activities)
        has_previous = self.session is not None and bool(self.session.previous)
        return self.state == CHECKED and not self.pending and (has_rows or has_previous)

    # -- steps ------------------------------------------------------------------------

    def load(self, paths: list[str]) -> None:
        """Read and check the files in the background."""
        self.summary = None
        self.pending = False
        self._set(READING)
        self.job = run_job(
            self._window,
            QCoreApplication.translate("ImportDialog", "Đang đọc và kiểm tra tệp..."),
            _read_job,
            [str(p) for p in paths],
            self.remembered,
            self.plans,
            self.stored,
            self.own_unit,
            on_done=self._read_done,
            on_error=self._failed,
            on_cancel=lambda: self._stopped(READING),
        )

    def _read_done(self, payload) -> None:
        self.session, values, result = payload
        self.chosen = {}
        self.read.emit(self.session)
        self._checked((values, result))

    def choose_values(self, choices: list) -> None:
        """Values confirmed or mapped in the dialog: check the rows with them."""
        self.chosen = merge_stored(self.chosen, choices)
        self.mark_stale()

    def mark_stale(self) -> None:
        """The choices changed: hold "Nhập" back until the rows are checked
        again (soon, when the choosing pauses)."""
        if self.state == DONE:
            return
        if self.busy:
            self.pending = True
        elif self.state in (CHECKED, STALE):
            self._set(STALE)
        self.timer.start()

    def recheck(self) -> None:
        """Check the rows again with the sheets, columns and values as now chosen."""
        if self.session is None or self.state == DONE:
            return
        if self.busy:
            self.pending = True
            return
        self.pending = False
        self._set(CHECKING)
        self.job = run_job(
            self._window,
            QCoreApplication.translate("ImportDialog", "Đang kiểm tra các dòng..."),
            _check_job,
            snapshot(self.session),
            self.plans,
            self.stored,
            self.chosen,
            on_done=self._checked,
            on_error=self._failed,
            on_cancel=lambda: self._stopped(CHECKING),
        )

    def _checked(self, payload) -> None:
        self.values, self.result = payload
        self._set(STALE if self.pending else CHECKED)
        self.checked.emit(self.result)
        if self.pending:
            self.recheck()

    def commit(self) -> bool:
        """Write everything checked, in one transaction on the writer."""
        if not self.can_commit():
            return False
        self._set(WRITING)
        self.job = self.writer.submit(
            self._window,
            QCoreApplication.translate("ImportDialog", "Đang nhập dữ liệu..."),
            import_changes,
            _commit_job,
            snapshot(self.session),
            self.result,
            list(self.values),
            on_done=self._written,
            on_error=self._failed,
            cancellable=False,
        )
        return True

    def _written(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.timer.stop()
        self._set(DONE)
        self.written.emit(summary)

    def _after_busy(self) -> None:
        self._set(CHECKED if self.result is not None else IDLE)

    def _stopped(self, what: str) -> None:
        self._after_busy()  # a change that came meanwhile still holds "Nhập" back
        self.stopped.emit(what)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.pending = False
        self._after_busy()
        self.failed.emit(exc, details)

    def cancel(self) -> bool:
        """Stop what runs; False while writing (the one transaction finishes
        or rolls back first)."""
        if self.state == WRITING:
            return False
        if self.job is not None and not self.job.finished:
            self.job.progress.cancel()
        self.timer.stop()
        return True
