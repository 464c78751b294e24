"""What every window and page shares: the open workspace, the chosen year,
the settings, and signals telling pages to refresh."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from ..domain.plan import Plan, Unit
from ..domain.progress import default_on
from ..store import Workspace


class AppContext(QObject):
    """Shared state of one open workspace.

    Pages read and write only through `self.workspace` (the store's methods)
    and listen to the signals to refresh themselves.
    """

    year_changed = Signal(int)
    data_changed = Signal()  # activities added, edited, deleted or imported
    plan_changed = Signal()  # plan or targets edited, plan copied
    unit_changed = Signal()  # unit profile edited

    def __init__(self, workspace: Workspace, settings: QSettings, year: int | None = None):
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        years = workspace.plans.years()
        stored = workspace.get_meta("current_year")
        self._year = year or (int(stored) if stored else (years[-1] if years else 2023))

    @property
    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        if year != self._year:
            self._year = year
            self.workspace.set_meta("current_year", str(year))
            self.year_changed.emit(year)

    @property
    def unit(self) -> Unit:
        return self.workspace.units.require_self_unit()

    def plan(self) -> Plan | None:
        return self.workspace.plans.get(self._year)

    def on_date(self):
        return default_on(self._year)
