"""A workspace: one SQLite file holding plans, units, activities and report texts.

`Workspace` opens and closes the file, runs transactions and holds the meta
values; every entity is read and written through its repository:

    ws.plans        plans, targets, themes, forms, unit kinds   (plans.py)
    ws.units        units and the workspace's own unit          (units.py)
    ws.activities   activities: filter, page, insert, update... (activities.py)
    ws.figures      tallies, progress, counts                   (figures.py)
    ws.texts        report texts, remembered import mappings    (texts.py)
    ws.attachments  files attached to activities                (attachments.py)
    ws.submissions  received packages (department)              (submissions.py)
    ws.imports      the history of imports, undo and redo of one (imports.py)

Every write is one transaction (or joins the caller's).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import opencheck
from .activities import ActivitiesRepository, ActivityFilter
from .attachments import AttachmentsRepository
from .backup_identity import workspace_id
from .columns import now_iso
from .connection import BEFORE_MIGRATION, open_connection, transaction
from .figures import FiguresRepository
from .forms import FormsRepository
from .imports import ImportsRepository
from .opencheck import OpenChecks, pending_for
from .plans import PlansRepository, load_builtin_plan
from .submissions import SubmissionsRepository
from .texts import TextsRepository
from .units import UnitsRepository

__all__ = ["ActivityFilter", "Workspace", "load_builtin_plan", "now_iso"]


class Workspace:
    """An open workspace file. Create with `Workspace.open(path)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = Path(path)
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self._lock = None
        # Set by the backups: the state of the last automatic copy, and why the
        # last one failed (shown by the window), if it did.
        self._backup_key: tuple[int, int] | None = None
        self.backup_problem: str | None = None
        # The checks left to the background when opened with deferred_checks.
        self.checks: OpenChecks | None = None
        self.forms = FormsRepository(self)
        self.plans = PlansRepository(self)
        self.units = UnitsRepository(self)
        self.activities = ActivitiesRepository(self)
        self.figures = FiguresRepository(self)
        self.texts = TextsRepository(self)
        self.attachments = AttachmentsRepository(self)
        self.submissions = SubmissionsRepository(self)
        self.imports = ImportsRepository(self)

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        seed: bool = True,
        check_integrity: bool = True,
        before_migrate=None,
        lock: bool = False,
        daily_backup: bool = False,
        deferred_checks: bool = False,
    ) -> Workspace:
        """Open a workspace, creating it (seeded with the built-in plan) when
        the file does not exist and `create` is set.

        `lock` holds the workspace for this process (the app does, so a second
        copy is told it is open); `daily_backup` makes the day's first backup
        (the app and the command line do when the officer opens a workspace).
        A migration is preceded by a backup unless `before_migrate` says otherwise.

        With `deferred_checks` the integrity check of a large existing file
        (unless it is about to be upgraded) and the daily backup are not made here but
        by `start_checks()` in the background (see opencheck.py): opening then
        costs no time in proportion to the file's size; writes wait for the
        check's verdict.
        """
        from . import backup
        from .lock import WorkspaceLock

        path = Path(path)
        deferred_checks = deferred_checks and opencheck.worth_deferring(path)
        if before_migrate is None:

            def before_migrate(conn, old_version):
                return backup.backup_before_migration(conn, old_version, path)

        holder = WorkspaceLock(path).acquire() if lock else None
        try:
            conn, created = open_connection(
                path,
                create=create,
                before_migrate=before_migrate,
                check_integrity=BEFORE_MIGRATION if deferred_checks else check_integrity,
            )
        except BaseException:
            if holder:
                holder.release()
            raise
        ws = cls(path, conn)
        ws._lock = holder
        ws._protect()
        if created and seed:
            ws.seed_builtin()
        if lock or daily_backup:
            ws._clean_temporaries()
        if deferred_checks and not created:
            ident = workspace_id(ws.conn)
            ws.checks = OpenChecks(
                path,
                (lambda: backup.daily_backup_file(ws, ident)) if daily_backup else None,
                backup_due=lambda: (
                    daily_backup and not backup.has_daily_backup(path.stem, workspace_id=ident)
                ),
            )
        elif daily_backup and not created:
            backup.daily_backup(ws)
        return ws

    def start_checks(self) -> None:
        """Start the deferred integrity check and daily backup (if any)."""
        if self.checks is not None:
            self.checks.start()

    def _clean_temporaries(self) -> None:
        """Temporary files of killed runs (a report, a backup, a restore)
        beside the workspace and in its backup folder."""
        from .submissions import RECEIVED_DIR
        from .tempfiles import clean_stale_temporaries

        clean_stale_temporaries(self.path.parent)
        for folder in getattr(self, "_protected", ()):
            clean_stale_temporaries(folder)
        received = self.files_dir / RECEIVED_DIR
        if received.is_dir():
            for year in received.iterdir():
                if year.is_dir():
                    clean_stale_temporaries(year)

    @classmethod
    def open_read_only(cls, path: Path | str) -> Workspace:
        """An existing workspace opened for reading only (a background reader,
        a report's process): never created, seeded or migrated here, and a
        write through it fails loudly."""
        ws = cls.open(path, create=False, seed=False, check_integrity=False)
        ws.conn.execute("PRAGMA query_only = ON")
        return ws

    def _protect(self) -> None:
        """No file the app writes may land on this workspace, its companions
        or its backups while it is open."""
        from ..files import protect_workspace
        from .backup import get_backup_dir

        try:
            folders: tuple[Path, ...] = (get_backup_dir(),)
        except Exception:  # an unreadable settings file: the workspace itself is still guarded
            folders = ()
        self._protected = folders
        protect_workspace(self.path, folders)

    def close(self) -> None:
        if self.checks is not None:
            self.checks.finish()
            self.checks.release()
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()
        protected = getattr(self, "_protected", None)
        if protected is not None:
            from ..files import release_workspace

            release_workspace(self.path, protected)
            self._protected = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------

    def transaction(self):
        self._before_write()
        return transaction(self.conn)

    def _before_write(self) -> None:
        if self.conn.in_transaction:
            return
        checks = self.checks or pending_for(self.path)
        if checks is not None:
            checks.before_write()

    def import_transaction(self):
        """The transaction of an import: a backup of the workspace first (unless
        already inside a transaction), so a wrong import can be undone."""
        from .backup import backup_before_import

        self._before_write()
        backup_before_import(self)
        return transaction(self.conn)

    @contextmanager
    def large_write(self, cache_mb: int = 64) -> Iterator[None]:
        """A bigger page cache while many rows go in: 100,000 activities touch
        every index of the table, and with the default 2 MB cache pages spill to disk."""
        previous = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        self.conn.execute(f"PRAGMA cache_size = {-1024 * int(cache_mb)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(previous)}")

    @contextmanager
    def savepoints_in_memory(self) -> Iterator[None]:
        """Savepoints inside a long transaction (a group of received packages)
        keep the pages they change in memory, not in a temporary file: each
        package changes pages of the table's indexes the packages before it
        changed too. Changing the setting drops the connection's temporary
        tables, which hold nothing between two writes."""
        previous = self.conn.execute("PRAGMA temp_store").fetchone()[0]
        self.conn.execute("PRAGMA temp_store = MEMORY")
        try:
            yield
        finally:
            try:
                if not self.conn.in_transaction:
                    self.conn.execute(f"PRAGMA temp_store = {int(previous)}")
            except sqlite3.Error:
                pass

    @contextmanager
    def spaced_checkpoints(self, wal_mb: int = 64) -> Iterator[None]:
        """Many transactions in a row (a batch of packages, in groups):
        the log is copied back into the file once it holds `wal_mb` MB rather
        than after every transaction past 4 MB, which rewrote the same pages
        of the table's indexes for each package; at the end the log is copied
        back whole, as after one import. Every transaction stays atomic."""
        previous = self.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        page = self.conn.execute("PRAGMA page_size").fetchone()[0]
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {(wal_mb << 20) // page}")
        try:
            yield
        finally:
            try:
                self.conn.execute(f"PRAGMA wal_autocheckpoint = {int(previous)}")
                if not self.conn.in_transaction:
                    self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:
                pass  # a file that cannot be written: said by what failed in the batch

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def files_dir(self) -> Path:
        """Folder beside the workspace file for attachments and received packages."""
        return self.path.with_name(self.path.stem + ".files")

    # -- meta ----------------------------------------------------------------

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_meta(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def seed_builtin(self) -> None:
        """A new workspace starts with the built-in plan and its units."""
        plan, units = load_builtin_plan()
        with self.transaction():
            if self.plans.years():
                return
            self.plans.insert_unit_kinds(plan.unit_kinds)
            self.plans.insert(plan)
            for u in units:
                self.units.put(u)
            self.set_meta("created_at", now_iso())
