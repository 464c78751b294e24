"""One import, from chosen files to rows written: the path shared by the
import dialog and the command line.

1. `open_import(paths, remembered)` reads every file: spreadsheets and CSV lists
   (header and columns detected, remembered mappings applied) and previous
   workspace files (read through a migrated copy). Nothing is written.
2. `check_import(session, plan_lookup(ws))` checks every row against the
   plan of its year.
3. `commit_import(session, result, ws)` writes everything in one transaction;
   `dry_run=True` runs the same writes and rolls them back, to count what
   would be new and what is already present.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.activity import Problem
from ..domain.plan import Plan
from ..store import Workspace
from .listformat import ImportResult
from .listlayout import SourceFile, open_table_source
from .previous import (
    PreviousImportError,
    PreviousSummary,
    PreviousWorkspace,
    apply_previous,
    is_workspace_file,
    read_previous_workspace,
)
from .smartlist import read_sources, remember_mappings


@dataclass
class ImportSession:
    tables: list[SourceFile] = field(default_factory=list)
    previous: list[PreviousWorkspace] = field(default_factory=list)
    file_errors: list[Problem] = field(default_factory=list)  # files that cannot be read at all


@dataclass
class ImportSummary:
    inserted: int = 0
    skipped: int = 0
    rejected: int = 0
    previous: list[PreviousSummary] = field(default_factory=list)

    def describe(self) -> str:
        return f"Đã nhập {self.inserted}, đã có sẵn {self.skipped}, bị từ chối {self.rejected}."


def _assign_ordered_uids(activities: list) -> None:
    """Give new rows uids that grow with their position (time, a random part,
    a counter): still unique across workspaces, but they go into the uid index
    in order instead of at random places, which makes large imports much faster."""
    prefix = f"{time.time_ns():016x}{os.urandom(4).hex()}"
    for i, a in enumerate(activities):
        if a.uid is None:
            a.uid = f"{prefix}{i:08x}"


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a list is read, checked and
    written: the hundreds of thousands of cells, rows and activities made
    (none of them in reference cycles) would otherwise set off full scans of
    an ever larger heap, about half the time of a large import."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _DryRun(Exception):
    """Raised to roll back a trial import."""


def open_import(
    paths: list[Path | str],
    remembered: Callable[[str], dict | None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ImportSession:
    """Read the chosen files. `remembered(signature)` gives the column mapping
    chosen before for a header layout (ws.texts.import_mapping, or a dict's
    get when reading off the GUI thread)."""
    session = ImportSession()
    with _collector_paused():
        for i, p in enumerate(paths):
            path = Path(p)
            if progress is not None:
                progress(i, len(paths), f"Đang đọc “{path.name}”...")
            if not path.exists():
                session.file_errors.append(
                    Problem("", f"Không tìm thấy tệp “{path}”.", source=path.name)
                )
            elif is_workspace_file(path):
                try:
                    session.previous.append(read_previous_workspace(path))
                except PreviousImportError as e:
                    session.file_errors.append(Problem("", str(e), source=path.name))
            else:
                source = open_table_source(path, remembered)
                if source.error:
                    session.file_errors.append(Problem("", source.error, source=path.name))
                else:
                    session.tables.append(source)
    return session


def plan_lookup(ws: Workspace) -> Callable[[int | None], Plan | None]:
    """Plans by year, all read now so the lookup can be used from a worker
    thread; None (a row without a readable date) gets the latest plan so the
    row's other fields are still checked."""
    plans: dict[int | None, Plan | None] = {y: ws.plans.get(y) for y in ws.plans.years()}
    if plans:
        plans[None] = plans[max(y for y in plans if y is not None)]
    return plans.get


def check_import(
    session: ImportSession,
    plan_for_year: Callable[[int | None], Plan | None],
    year: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Check every row of the table sources; nothing is written."""
    result = ImportResult()
    result.rejected.extend(session.file_errors)
    with _collector_paused():
        return read_sources(session.tables, plan_for_year, year, result, progress)


def commit_import(
    session: ImportSession,
    result: ImportResult,
    ws: Workspace,
    *,
    dry_run: bool = False,
) -> ImportSummary:
    """Write the previous workspaces, the checked rows and the chosen column
    mappings in one transaction. Any failure rolls all of it back."""
    summary = ImportSummary(rejected=result.rejected_rows)
    # Rows go in by date: the table's indexes are ordered by date, and
    # inserting in that order touches far fewer pages.
    rows = sorted(result.activities, key=lambda a: a.date)
    _assign_ordered_uids(rows)
    try:
        # A trial run writes nothing that stays, so it needs no safety backup.
        begin = ws.transaction if dry_run else ws.import_transaction
        with _collector_paused(), ws.large_write(), begin():
            for prev in session.previous:
                s = apply_previous(ws, prev)
                summary.previous.append(s)
                summary.inserted += s.inserted
                summary.skipped += s.skipped
            if result.activities:
                unit = ws.units.require_self_unit()
                inserted, skipped = ws.activities.insert_many(rows, unit.id)
                summary.inserted += inserted
                summary.skipped += skipped
            remember_mappings(ws, session.tables)
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    return summary
