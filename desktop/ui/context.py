"""What every window and page shares: the open workspace, the chosen year,
the settings, the one writer, and signals telling pages to refresh."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QObject, QSettings, Signal

from ..domain.plan import Plan, Unit, working_year
from ..domain.progress import default_on
from ..store import Workspace
from . import readers
from .period_texts import period_caption, period_span
from .writer import ACTIVITIES, META, PLAN, SUBMISSIONS, UNIT, Writer


class AppContext(QObject):
    """Shared state of one open workspace.

    Pages read through `reader()` (on the GUI thread that is `workspace`, the
    connection the window was opened with; a background job gets its own
    thread's reader) and write only through `writer`, whose `changed` signal
    says what changed. The older signals below follow from it.
    """

    year_changed = Signal(int)
    data_changed = Signal()  # activities added, edited, deleted, imported or received
    plan_changed = Signal()  # plan or targets edited, plan copied
    unit_changed = Signal()  # unit profile edited

    def __init__(self, workspace: Workspace, settings: QSettings, year: int | None = None):
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self._gui_thread = threading.current_thread()
        self.writer = Writer(workspace.path)
        self.writer.changed.connect(self._announce)
        years = workspace.plans.years()
        stored = workspace.get_meta("current_year")
        self._year = year or (int(stored) if stored else working_year(years, date.today().year))

    @property
    def changed(self):
        """The writer's signal: a frozenset naming what changed."""
        return self.writer.changed

    def _announce(self, names: frozenset) -> None:
        if PLAN in names:
            self.plan_changed.emit()
        if UNIT in names:
            self.unit_changed.emit()
        if ACTIVITIES in names or SUBMISSIONS in names:
            self.data_changed.emit()

    def reader(self) -> Workspace:
        """The reading connection of the calling thread."""
        if threading.current_thread() is self._gui_thread:
            return self.workspace
        return readers.reader(self.workspace.path)

    @property
    def path(self):
        return self.workspace.path

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            self.writer.write((META,), lambda ws: ws.set_meta("current_year", str(year)))
            self.year_changed.emit(year)

    @property
    def unit(self) -> Unit:
        return self.reader().units.require_self_unit()

    def plan(self) -> Plan | None:
        return self.reader().plans.get(self._year)

    def period(self) -> tuple:
        """The first and last day the year's figures count (the plan's window)."""
        return self.reader().figures.period(self._year)

    def period_caption(self) -> str:
        """The period named for a page: "Kỳ báo cáo 15/12/2022 – 14/12/2023"."""
        return period_caption(self._year, self.reader().figures.window(self._year), self.period())

    def period_span(self) -> str:
        """The period's days for a heading that names the year already."""
        return period_span(self.reader().figures.window(self._year), self.period())

    def on_date(self):
        """Today within the year's period, its last day once it is over."""
        return default_on(self._year, period=self.period())

    def close(self) -> None:
        """Finish the writes asked for and close every connection."""
        from .activities_model import close_readers

        self.writer.wait()
        self.writer.close()
        close_readers()
        self.workspace.close()
