"""The department's side: receive submission packages into its workspace.

Each package is read and checked whole before anything is stored; a refused
package leaves the workspace as it was. The accepted file is kept under the
workspace's own folder with a name made from its checksum (never a name
taken from the package).
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from ..collector import collector_paused
from ..domain.plan import Plan
from ..domain.text import Count, Message, message_of, template
from ..store import WorkspaceError
from ..store.submissions import RECEIVED_DIR
from .file_messages import DONE
from .package import EXTENSION, Package, PackageError, file_sha256, read_package
from .package_choice import kept_activities
from .package_messages import PACKAGE_REFUSED
from .package_reader import READ_AHEAD_FROM, PackageReader
from .package_stream import period_filter

# How far a package's creation time may be past its receipt before the
# sender's clock is taken to be wrong.
FUTURE_TOLERANCE = timedelta(days=1)

# A batch commits its packages in groups, each package in its own savepoint
# (whole or absent): committing each of 130 packages wrote the same pages of
# the table's date- and uid-ordered indexes 130 times. A group is committed
# once it holds this many activities or this many seconds have passed, so a
# crash takes back at most the last few seconds of receiving (their files
# stay, to receive again) and the window sees the packages as they come.
GROUP_ACTIVITIES = 20_000
GROUP_SECONDS = 2.0


# What receiving says of each package (Received.message).
RECEIVED_LINE = template("“{name}”: {unit} năm {year}: {what}.")
ADDED_WHAT = template("đã nhận {count} hoạt động")
REPLACED_WHAT = template("gói mới hơn (tạo lúc {created}) thay cho gói trước; {count} hoạt động")
HISTORY_WHAT = template("gói cũ hơn gói đang dùng, chỉ lưu làm lịch sử")
ALREADY_RECEIVED = template("“{name}”: gói của {unit} năm {year} đã nhận trước đó, bỏ qua.")
REFUSED_FOR = template("Gói “{name}” bị từ chối: {reason}")
OWN_PACKAGE = template("Gói “{name}” bị từ chối: đây là gói của chính đơn vị “{unit}”.")
UNREADABLE_DATA = template(
    "Gói “{name}” bị từ chối: có dữ liệu không đọc được ({kind}); chi tiết ghi ở {log}."
)
CHANGED_WHILE_RECEIVED = template("Tệp “{name}” đã thay đổi trong lúc nhận; hãy nhận lại gói này.")
COPY_NOT_KEPT = template("Không lưu được bản sao gói “{name}” vào thư mục “{folder}”: {reason}.")
# Outcome.label
ADDED_LABEL = template("Đã nhận")
REPLACED_LABEL = template("Đã thay bằng gói mới hơn")
HISTORY_LABEL = template("Gói cũ hơn gói đang dùng: chỉ lưu làm lịch sử")
IDENTICAL_LABEL = template("Đã nhận trước đó: bỏ qua")
REFUSED_LABEL = template("Bị từ chối")


class Outcome(StrEnum):
    ADDED = "added"  # first package of the unit and year
    REPLACED = "replaced"  # newer than the one held: replaces it, the older kept as history
    HISTORY = "history"  # older than the one held: kept as history only
    IDENTICAL = "identical"  # already received: skipped
    REFUSED = "refused"

    @property
    def label(self) -> Message:
        return Message(
            {
                Outcome.ADDED: ADDED_LABEL,
                Outcome.REPLACED: REPLACED_LABEL,
                Outcome.HISTORY: HISTORY_LABEL,
                Outcome.IDENTICAL: IDENTICAL_LABEL,
                Outcome.REFUSED: REFUSED_LABEL,
            }[self]
        )


@dataclass
class Received:
    path: Path
    outcome: Outcome
    message: str  # a Message: the interface shows it in its own language
    unit: str = ""
    year: int | None = None
    activities: int = 0
    signature: str = ""  # the report's signatures: "Đã ký: … — hợp lệ", "Chưa ký"

    @property
    def ok(self) -> bool:
        return self.outcome is not Outcome.REFUSED


def receive_packages(
    ws,
    paths: Iterable[Path | str],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    check: Callable[[], None] | None = None,
    received_at: datetime | None = None,
    label: str = "Đang nhận “{}”",
) -> list[Received]:
    """Receive every file in turn; one refused file does not stop the others.

    One safety backup is made before the first package (each package is then
    stored in its own savepoint, the packages committed in groups: see
    GROUP_ACTIVITIES); `progress(done, total, text)` is told before each
    package, `label` formatting the file's name."""
    paths = [Path(p) for p in paths]
    results: list[Received] = []
    # Each package makes tens of thousands of short-lived objects, none in
    # cycles: the cyclic collector would otherwise run over them again and again.
    with collector_paused(), ws.spaced_checkpoints(), ws.savepoints_in_memory():
        _receive_each(ws, paths, results, progress, check, received_at, label)
    if progress:
        progress(len(paths), len(paths), Message(DONE))
    return results


class _Group:
    """The packages stored since the last commit of a batch: one transaction,
    each package a savepoint in it (ws.transaction nested). `commit()` makes
    them durable; if that fails, each is reported refused with the reason and
    the copies kept for them are removed."""

    def __init__(self, ws, results: list[Received]):
        self.ws, self.results = ws, results
        self._transaction = None
        self._pending: list[int] = []  # their places in results
        self._kept: list[Path] = []  # package copies made for them
        self._activities = 0
        self._opened = 0.0

    def store(self, pkg: Package, received_at: datetime | None) -> None:
        if self._transaction is None:
            self._transaction = self.ws.transaction()
            self._transaction.__enter__()
            self._opened = time.monotonic()
        received = store_checked(
            self.ws, pkg, received_at=received_at, backup=False, kept=self._kept
        )
        self.results.append(received)
        if received.ok:
            self._pending.append(len(self.results) - 1)
            self._activities += len(pkg.activities)
        if self._activities >= GROUP_ACTIVITIES or time.monotonic() - self._opened >= GROUP_SECONDS:
            self.commit()

    def commit(self) -> None:
        transaction, self._transaction = self._transaction, None
        pending, self._pending = self._pending, []
        kept, self._kept = self._kept, []
        self._activities = 0
        if transaction is None:
            return
        try:
            transaction.__exit__(None, None, None)
        except Exception as e:  # nothing of the group was stored
            if self.ws.conn.in_transaction:  # a COMMIT refused leaves it open
                try:
                    self.ws.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite rolled back itself
            for i in pending:
                path = self.results[i].path
                self.results[i] = (
                    _not_stored(path, e) if isinstance(e, WorkspaceError) else _unexpected(path, e)
                )
            for copy in kept:
                copy.unlink(missing_ok=True)

    def abandon(self, error: BaseException) -> None:
        """The batch stops on `error` (the officer cancelled, or worse): what
        the group holds is whole, so it is committed if it can be."""
        if self._transaction is not None and isinstance(error, Exception):
            self.commit()
        elif self._transaction is not None:
            transaction, self._transaction = self._transaction, None
            transaction.__exit__(type(error), error, error.__traceback__)
            for copy in self._kept:
                copy.unlink(missing_ok=True)


def _receive_each(ws, paths, results, progress, check, received_at, label) -> None:
    from ..store.backup import backup_before_import

    backed_up = False
    group = _Group(ws, results)
    # Packages not received before: from a few of them on, read and checked
    # ahead in a process of their own while the ones before are stored.
    shas = [_sha_or_blank(path) for path in paths]  # each file read once for it
    before = [already_received(ws, path, shas[i]) for i, path in enumerate(paths)]
    ahead = [i for i, known in enumerate(before) if known is None]
    places = {i: n for n, i in enumerate(ahead)}
    reader = None
    if len(ahead) >= READ_AHEAD_FROM and ws.path.is_file():
        reader = PackageReader(ws.path, [paths[i] for i in ahead], check_package)
    try:
        for i, path in enumerate(paths):
            if check:
                check()
            if progress:
                progress(i, len(paths), label.format(path.name))
            # Taken whatever follows, so the reader's results stay in step;
            # outside the package's own errors: the officer's Hủy stops the batch.
            read = reader.take(places[i], check) if reader is not None and i in places else None
            try:
                # One received before stays so; another may be by now (twice in the batch).
                known = before[i] or already_received(ws, path, shas[i])
                if known is not None:
                    results.append(known)
                    continue
                checked = read if read is not None else check_package(path, ws.plans.require)
                if isinstance(checked, Received):
                    results.append(checked)
                    continue
                if not backed_up:
                    group.commit()  # the copy is taken outside any transaction
                    backup_before_import(ws)
                    backed_up = True
                group.store(checked, received_at)
            except (WorkspaceError, PackageError) as e:
                results.append(_refused(path, e))
            except Exception as e:  # nothing of it was stored: refuse it, receive the others
                results.append(_unexpected(path, e))
    except BaseException as e:
        group.abandon(e)
        raise
    finally:
        if reader is not None:
            reader.close()
    group.commit()


def _sha_or_blank(path: Path) -> str:
    """The file's checksum, "" when it is no regular file (a pipe or a device
    would be read forever) or cannot be read: the check then says why."""
    try:
        if not Path(path).is_file():
            return ""
        return file_sha256(path)
    except OSError:
        return ""


def receive_package(ws, path: Path | str, *, received_at: datetime | None = None) -> Received:
    """Check one package and store it; `received_at` defaults to now."""
    known = already_received(ws, path)
    if known is not None:
        return known
    checked = check_package(path, ws.plans.require)
    if isinstance(checked, Received):
        return checked
    return store_checked(ws, checked, received_at=received_at)


def already_received(ws, path: Path | str, sha256: str | None = None) -> Received | None:
    """A file received before, recognised by its SHA-256 alone (nothing of
    it is read but its bytes for the checksum, unless `sha256` gives it:
    "" for a file that could not be read); None otherwise."""
    path = Path(path)
    if sha256 is None:
        sha256 = _sha_or_blank(path)
    if not sha256:
        return None  # the reading that follows says why
    known = ws.submissions.find_by_sha(sha256)
    if known is None:
        return None
    unit = ws.units.get(known.unit_id)
    name = unit.name if unit is not None else ""
    # The unit's activities of the year, when this package is the one in use.
    count = (
        ws.activities.count_and_sums(period_filter(known.period, known.unit_id))[0]
        if known.current
        else 0
    )
    return Received(
        path,
        Outcome.IDENTICAL,
        Message(ALREADY_RECEIVED, name=path.name, unit=name, year=known.year),
        name,
        known.year,
        count,
        known.signature_text,
    )


def check_package(path: Path | str, plan_for: Callable[[int], Plan]) -> Package | Received:
    """Read and check a package without touching the workspace (safe to run
    off the GUI thread with a reading connection's `plan_for`): the Package,
    or a refusal."""
    path = Path(path)
    try:
        return read_package(path, plan_for)
    except PackageError as e:
        return Received(path, Outcome.REFUSED, message_of(e))
    except WorkspaceError as e:
        return _refused(path, e)
    except Exception as e:  # a value no check foresaw: refuse this package, go on with the rest
        return _unexpected(path, e)


def _refused(path: Path, e: Exception) -> Received:
    return Received(
        path, Outcome.REFUSED, Message(REFUSED_FOR, name=path.name, reason=message_of(e))
    )


def _not_stored(path: Path, e: WorkspaceError) -> Received:
    """A checked package the workspace could not store."""
    return Received(
        path, Outcome.REFUSED, Message(PACKAGE_REFUSED, name=path.name, reason=message_of(e))
    )


def _unexpected(path: Path, e: Exception) -> Received:
    from ..logs import log_exception

    log = log_exception(e)
    return Received(
        path,
        Outcome.REFUSED,
        Message(UNREADABLE_DATA, name=path.name, kind=type(e).__name__, log=str(log)),
    )


def store_checked(
    ws,
    pkg: Package,
    *,
    received_at: datetime | None = None,
    backup: bool = True,
    kept: list[Path] | None = None,
) -> Received:
    """Store a checked package: added, replacing the unit's year, kept as
    history, or skipped when already received. `backup` False: the caller
    made the safety backup before a batch of packages. `kept` is told the
    package's copy when this made it (for a caller whose commit comes later)."""
    path = pkg.source
    self_unit = ws.units.self_unit()
    unit = ws.submissions.unit_for_package(pkg.unit)
    if self_unit is not None and unit.id == self_unit.id:
        return Received(
            path,
            Outcome.REFUSED,
            Message(OWN_PACKAGE, name=path.name, unit=self_unit.name),
            pkg.unit_name,
            pkg.year,
        )
    if ws.submissions.find_by_sha(pkg.sha256) is not None:
        return Received(
            path,
            Outcome.IDENTICAL,
            Message(ALREADY_RECEIVED, name=path.name, unit=unit.name, year=pkg.year),
            unit.name,
            pkg.year,
            len(pkg.activities),
        )
    current = ws.submissions.current(unit.id, pkg.year) if unit.id is not None else None
    # Same instant (a re-export within the same microsecond): the later received wins.
    # A package in use that says it was made after it was received came from
    # a clock set ahead: its time is no reason to keep it, the later one wins.
    newer = (
        current is None
        or pkg.created_at >= current.created_at
        or dated_after_receipt(current.created_at, current.received_at)
    )
    stored, made = _keep_copy(ws, path, pkg.year, pkg.sha256)
    try:
        ws.submissions.store_package(
            unit,
            pkg.year,
            sha256=pkg.sha256,
            created_at=pkg.created_at,
            app_version=pkg.app_version,
            schema_version=pkg.schema_version,
            stored_path=stored.relative_to(ws.files_dir).as_posix(),
            activities=pkg.activities,
            texts=pkg.texts,
            make_current=newer,
            received_at=received_at,
            signature=pkg.signature,
            backup=backup,
            window=pkg.window,
            read_activities=kept_activities(ws),
        )
    except WorkspaceError as e:
        stored.unlink(missing_ok=True)
        return _not_stored(path, e)
    except BaseException:
        stored.unlink(missing_ok=True)
        raise
    if made and kept is not None:
        kept.append(stored)
    count = Count(len(pkg.activities))
    if current is None:
        outcome, text = Outcome.ADDED, Message(ADDED_WHAT, count=count)
    elif newer:
        created = f"{pkg.created_at:%d/%m/%Y %H:%M}"
        outcome, text = Outcome.REPLACED, Message(REPLACED_WHAT, created=created, count=count)
    else:
        outcome, text = Outcome.HISTORY, Message(HISTORY_WHAT)
    return Received(
        path,
        outcome,
        Message(RECEIVED_LINE, name=path.name, unit=unit.name, year=pkg.year, what=text),
        unit.name,
        pkg.year,
        len(pkg.activities),
        pkg.signature[1],
    )


def dated_after_receipt(created_at: datetime, received_at: datetime) -> bool:
    """A package made (by its own clock) well after it was received."""

    def aware(d: datetime) -> datetime:
        return d if d.tzinfo else d.astimezone()

    return aware(created_at) > aware(received_at) + FUTURE_TOLERANCE


def _keep_copy(ws, path: Path, year: int, sha256: str) -> tuple[Path, bool]:
    """Copy the package under the workspace folder, named by its checksum:
    (the copy, whether this made it)."""
    folder = ws.files_dir / RECEIVED_DIR / str(year)
    target = folder / f"{sha256}{EXTENSION}"
    made = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            made = True
            tmp = folder / f".{sha256}.tmp"
            shutil.copyfile(path, tmp)
            if file_sha256(tmp) != sha256:
                tmp.unlink()
                raise WorkspaceError(Message(CHANGED_WHILE_RECEIVED, name=path.name))
            tmp.replace(target)
    except OSError as e:
        raise WorkspaceError(
            Message(COPY_NOT_KEPT, name=path.name, folder=str(folder), reason=e.strerror or str(e))
        ) from e
    return target, made
