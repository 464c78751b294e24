"""The one way into a workspace file: checks, migrations, connection settings."""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..domain.text import Message, template
from . import schema
from .errors import WorkspaceError
from .schema import APPLICATION_ID, LATEST_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BEFORE_MIGRATION = "before-migration"
# The page size of a new workspace file (see _prepare).
PAGE_SIZE = 16384

# The store's messages (desktop.domain.text.Message): the interface translates them.
KEPT_RESTORE = template(
    "Tệp được giữ nguyên, không bị xóa; hãy khôi phục từ bản sao lưu hoặc mở tệp khác."
)
KEPT_CHANGE = template("Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn còn nguyên.")
BUSY = template(
    "Tệp dữ liệu{where} đang bận vì một chương trình khác đang ghi vào; đã chờ 10 giây mà "
    "chưa xong. {kept} Hãy thử lại sau ít phút."
)
DISK_FULL = template(
    "Ổ đĩa chứa tệp dữ liệu{where} đã đầy. {kept} Hãy giải phóng dung lượng rồi thử lại."
)
READ_ONLY = template(
    "Tệp dữ liệu{where} chỉ cho phép đọc (tệp hoặc thư mục bị khóa ghi, hoặc ổ đĩa chỉ đọc). "
    "{kept} Hãy chép tệp sang thư mục có quyền ghi rồi mở lại."
)
DAMAGED = template(
    "Tệp dữ liệu{where} bị hỏng. {kept} Hãy đóng ứng dụng và khôi phục từ bản sao lưu "
    "(Công cụ > Khôi phục từ bản sao lưu...)."
)
DISK_ERROR = template(
    "Lỗi đọc/ghi ổ đĩa khi lưu tệp dữ liệu{where} (ổ USB bị rút ra hoặc ổ mạng mất kết nối?). "
    "{kept} Hãy kiểm tra ổ đĩa rồi thử lại."
)
NOT_SAVED = template("Không lưu được vào tệp dữ liệu{where} ({error}). {kept}")
FOLDER_GONE = template(
    "Không còn thư mục “{folder}” chứa tệp dữ liệu (ổ USB đã rút ra, ổ mạng mất kết nối, "
    "hoặc thư mục bị đổi tên?). Tệp dữ liệu không bị hỏng: hãy cắm lại ổ hoặc kết nối lại "
    "rồi mở lại."
)
READ_ONLY_PLACE = template(
    "Tệp dữ liệu “{path}” nằm ở nơi chỉ cho phép đọc (ổ đĩa, thư mục hoặc tệp bị khóa ghi). "
    "Tệp không bị hỏng và không cần khôi phục: hãy chép tệp sang thư mục có quyền ghi rồi mở "
    "tệp đó, hoặc nhờ cán bộ kỹ thuật mở quyền ghi."
)
NO_READ_PERMISSION = template("Không có quyền đọc tệp “{path}”.")
CANNOT_READ = template("Không đọc được tệp “{path}” ({reason}).")
EMPTY_FILE = template("Tệp “{path}” rỗng (0 byte), không phải dữ liệu của ứng dụng.")
NOT_OURS = template("Tệp “{path}” không phải tệp dữ liệu của ứng dụng Báo cáo CĐS.")
CUT_SHORT = template("Tệp “{path}” bị cắt cụt, không đọc được.")
NAME_TOO_LONG = template(
    "Tên tệp dữ liệu “{name}” quá dài ({size} byte, tối đa {limit}): các bản sao lưu và tệp "
    "đi kèm của nó sẽ không ghi được. Hãy đặt tên ngắn hơn."
)
PATH_TOO_LONG = template(
    "Đường dẫn “{path}” quá dài (tối đa {limit} ký tự): các bản sao lưu và tệp đi kèm sẽ "
    "không ghi được. Hãy chọn thư mục hoặc tên ngắn hơn."
)
ORPHAN_LOG = template(
    "Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi đã lưu của "
    "nó: không tạo tệp mới ở đó (sẽ làm mất các thay đổi ấy). Nếu bên cạnh có tệp "
    "“…truoc-khoi-phuc…”, hãy đưa tệp đó về (Công cụ > Khôi phục từ bản sao lưu... hoặc lệnh "
    'python -m desktop restore TỆP --db "{path}"); nếu không, hãy tìm lại tệp dữ liệu.'
)
INTEGRITY = template(
    "Tệp “{path}” bị hỏng: kiểm tra toàn vẹn phát hiện {count} lỗi (đầu tiên: {first}). {kept}"
)
A_FOLDER = template("“{path}” là một thư mục, không phải tệp dữ liệu.")
NOT_FOUND = template("Không tìm thấy tệp dữ liệu “{path}”.")
NO_FOLDER_MADE = template("Không tạo được thư mục “{folder}” ({reason}).")
CANNOT_OPEN = template("Không mở được tệp “{path}” ({error}).")
DAMAGED_OR_FOREIGN = template(
    "Tệp “{path}” bị hỏng hoặc không phải tệp dữ liệu của ứng dụng ({error}). {kept}"
)
OTHER_PROGRAM = template(
    "Tệp “{path}” là cơ sở dữ liệu của chương trình khác, không phải dữ liệu của ứng dụng "
    "Báo cáo CĐS. Tệp được giữ nguyên."
)
NEWER_VERSION = template(
    "Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng (cấu trúc dữ liệu số {version}, "
    "phiên bản này chỉ đọc được đến số {latest}). Hãy cập nhật ứng dụng để mở tệp này. Tệp "
    "được giữ nguyên."
)


def kept_restore() -> Message:
    return Message(KEPT_RESTORE)


class WorkspaceLocationError(WorkspaceError):
    """The workspace's drive or folder cannot be written, or is gone: the
    file is not damaged, and no backup is the answer."""


class WorkspaceWriteError(WorkspaceError):
    """A change could not be saved (disk full, read-only, busy...); nothing
    already saved was lost and the change was not half-made."""


# Words in SQLite's messages for failures of the disk or file, not of the program.
_FILE_PROBLEMS = (
    "locked",
    "busy",
    "full",
    "readonly",
    "read-only",
    "i/o",
    "disk",
    "malformed",
    "not a database",
    "corrupt",
)


def is_file_problem(e: Exception) -> bool:
    text = str(e).lower()
    return any(word in text for word in _FILE_PROBLEMS)


DAMAGED_READ = template(
    "Tệp dữ liệu{where} bị hỏng ở một chỗ nên không đọc được ({error}). Những gì đã lưu không "
    "bị thay đổi. Hãy khôi phục từ bản sao lưu gần nhất (Công cụ > Khôi phục từ bản sao "
    "lưu..., hoặc lệnh restore)."
)


def damaged_read(e: BaseException, path: object = "") -> Message | None:
    """A read that failed because the workspace file is damaged (a page
    SQLite finds malformed, text stored that is not UTF-8), in plain
    Vietnamese; None for any other failure."""
    if not isinstance(e, sqlite3.DatabaseError):
        return None
    text = str(e)
    damaged = ("malformed", "not a database", "corrupt", "Could not decode to UTF-8")
    if not any(word in text for word in damaged):
        return None
    where = f" “{path}”" if path else ""
    return Message(DAMAGED_READ, where=where, error=text[:120])


def explain_sqlite_error(e: Exception, path: object = "") -> Message:
    """A SQLite failure while saving, in plain Vietnamese."""
    text = str(e).lower()
    values = {"where": f" “{path}”" if path else "", "kept": Message(KEPT_CHANGE)}
    if "locked" in text or "busy" in text:
        return Message(BUSY, **values)
    if "full" in text:
        return Message(DISK_FULL, **values)
    if "readonly" in text or "read-only" in text:
        return Message(READ_ONLY, **values)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return Message(DAMAGED, **values)
    if "i/o" in text or "disk" in text:
        return Message(DISK_ERROR, **values)
    return Message(NOT_SAVED, error=str(e), **values)


def _connect(path: Path, *, create: bool) -> sqlite3.Connection:
    uri_mode = "rwc" if create else "rw"
    uri = f"{path.resolve().as_uri()}?mode={uri_mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def _read_only_place(path: Path) -> bool:
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (AttributeError, OSError):  # no statvfs on Windows
        pass
    if not os.access(folder, os.W_OK):
        return True
    return path.exists() and not os.access(path, os.W_OK)


def location_problem(path: Path) -> Message | None:
    """Why the place of a workspace, not the file, stops it being opened:
    its folder is gone (a USB drive pulled out, a network drive dropped) or
    cannot be written (a read-only drive, folder or file). None otherwise."""
    path = Path(path)
    if not path.parent.is_dir():
        return Message(FOLDER_GONE, folder=str(path.parent))
    if _read_only_place(path):
        return Message(READ_ONLY_PLACE, path=str(path))
    return None


def describe_file_problem(path: Path) -> Message | None:
    """Why an existing file cannot be a workspace, in plain words, or None."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(100)
    except PermissionError:
        return Message(NO_READ_PERMISSION, path=str(path))
    except OSError as e:
        return Message(CANNOT_READ, path=str(path), reason=e.strerror or str(e))
    if size == 0:
        return Message(EMPTY_FILE, path=str(path))
    if not head.startswith(SQLITE_HEADER):
        return Message(NOT_OURS, path=str(path))
    if len(head) < 100:
        return Message(CUT_SHORT, path=str(path))
    return None


# The longest name the app derives from a workspace's is its backup's
# temporary file (".NAME_YYYY-MM-DD_HH-MM-SS-NN_truoc-nang-cap-vNN.cdsdb.XXXXXXXX.tmp",
# 62 bytes more than the name's stem); a file system takes 255 bytes a name.
MAX_NAME_BYTES = 190
# Windows programs still stumble on paths past 260 characters.
MAX_PATH_CHARS = 200


def _refuse_long_name(path: Path) -> None:
    """A new workspace whose name leaves no room for its backups, companions
    and temporary files is refused when it would be created."""
    size = len(path.name.encode("utf-8", "surrogateescape"))
    if size > MAX_NAME_BYTES:
        raise WorkspaceError(
            Message(NAME_TOO_LONG, name=path.name, size=str(size), limit=str(MAX_NAME_BYTES))
        )
    if os.name == "nt" and len(str(path.resolve())) > MAX_PATH_CHARS:
        raise WorkspaceError(Message(PATH_TOO_LONG, path=str(path), limit=str(MAX_PATH_CHARS)))


def _refuse_orphan_log(path: Path) -> None:
    """A WAL left where the workspace is missing holds committed changes of
    the file that was there: a new file created now would make SQLite throw
    them away."""
    wal = Path(f"{path}-wal")
    try:
        if wal.stat().st_size == 0:
            return
    except OSError:
        return
    raise WorkspaceError(Message(ORPHAN_LOG, path=str(path), wal=str(wal)))


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error. A nested call is
    a savepoint of the outer transaction: its error takes back its own
    writes only, so a caller that catches it (a batch going on with its next
    package) never keeps half of what failed."""
    if conn.in_transaction:
        with _savepoint(conn):
            yield conn
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except (sqlite3.OperationalError, sqlite3.DatabaseError) as e:
        if isinstance(e, sqlite3.IntegrityError) or not is_file_problem(e):
            raise
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolls back itself when the file cannot be written
        raise WorkspaceWriteError(explain_sqlite_error(e, database_file(conn))) from e


_savepoints = itertools.count(1)


@contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    name = f"nested_{next(_savepoints)}"
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # SQLite may have rolled the whole back itself
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
    conn.execute(f"RELEASE {name}")


def database_file(conn: sqlite3.Connection) -> str:
    """The file behind a connection, for messages."""
    try:
        return conn.execute("PRAGMA database_list").fetchone()[2]
    except sqlite3.Error:
        return ""


def integrity_problem(conn: sqlite3.Connection, path: Path) -> Message | None:
    """`PRAGMA quick_check` in plain Vietnamese: None when the file is sound."""
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result == "ok":
        return None
    problems = [line for line in result.splitlines() if not line.startswith("***")]
    first = (problems or [result])[0][:120]
    return Message(
        INTEGRITY, path=str(path), count=str(len(problems) or 1), first=first, kept=kept_restore()
    )


def _foreign_schema(path: Path) -> Message | None:
    """What of the file's schema this app never creates (a trigger, a view):
    a workspace file from another computer is opened only without any, as
    a trigger would run with the app's own writes."""
    from .untrusted import OutOfTime, foreign_schema_problem, too_slow_message

    try:
        return foreign_schema_problem(path)
    except OutOfTime:
        return too_slow_message(path)


def open_connection(
    path: Path,
    *,
    create: bool = False,
    before_migrate=None,
    check_integrity: bool | str = True,
) -> tuple[sqlite3.Connection, bool]:
    """Open (and if needed create or migrate) a workspace file.

    Returns the connection and whether the file was newly created. Raises
    WorkspaceError with a Vietnamese message; a refused file is left untouched.
    `before_migrate(conn, old_version)` runs before an existing file is
    migrated (used for the safety backup). `check_integrity` may be
    BEFORE_MIGRATION: checked only when the file is about to be upgraded (the
    caller checks it otherwise, see opencheck.py).
    """
    path = Path(path)
    exists = path.exists()
    if exists and path.is_dir():
        raise WorkspaceError(Message(A_FOLDER, path=str(path)))
    if not exists and not create:
        if not path.parent.is_dir():
            raise WorkspaceLocationError(location_problem(path) or str(path))
        raise WorkspaceError(Message(NOT_FOUND, path=str(path)))
    if exists:
        problem = describe_file_problem(path) or _foreign_schema(path)
        if problem:
            raise WorkspaceError(problem)
    else:
        _refuse_orphan_log(path)
        _refuse_long_name(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise WorkspaceError(
                Message(NO_FOLDER_MADE, folder=str(path.parent), reason=e.strerror or str(e))
            ) from e
    try:
        conn = _connect(path, create=not exists)
    except sqlite3.Error as e:
        _refuse_for_location(path, e)
        raise WorkspaceError(Message(CANNOT_OPEN, path=str(path), error=str(e))) from e
    try:
        created = _prepare(conn, path, exists, before_migrate, check_integrity)
    except WorkspaceError:
        conn.close()
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError) as e:
        # A damaged page can also hold text that is not UTF-8 any more.
        conn.close()
        if "malformed" not in str(e) and "not a database" not in str(e):
            _refuse_for_location(path, e)
        if is_file_problem(e) and "malformed" not in str(e) and "not a database" not in str(e):
            raise WorkspaceWriteError(explain_sqlite_error(e, path)) from e
        raise WorkspaceError(
            Message(DAMAGED_OR_FOREIGN, path=str(path), error=str(e), kept=kept_restore())
        ) from e
    return conn, created


def _refuse_for_location(path: Path, e: Exception) -> None:
    """A SQLite failure that comes from where the file is, said as such."""
    problem = location_problem(path)
    if problem:
        raise WorkspaceLocationError(problem) from e


def _prepare(conn, path: Path, exists: bool, before_migrate, check_integrity) -> bool:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if exists and (app_id != APPLICATION_ID or version == 0):
        if tables or app_id:
            raise WorkspaceError(Message(OTHER_PROGRAM, path=str(path)))
    if version > LATEST_VERSION:
        raise WorkspaceError(
            Message(NEWER_VERSION, path=str(path), version=str(version), latest=str(LATEST_VERSION))
        )
    if check_integrity == BEFORE_MIGRATION:
        check_integrity = version < LATEST_VERSION
    if check_integrity and exists and version:
        problem = integrity_problem(conn, path)
        if problem:
            raise WorkspaceError(problem)
    if not tables and not version and not app_id:
        # A new file: larger pages than SQLite's 4 KB default. The rows and
        # index entries of activities are wide (titles, links, search text):
        # a bulk insert then splits and logs a quarter as many pages (100,000
        # rows: about 0.3 s less of 1.9 s). A file whose header is written
        # keeps its own size, so existing workspaces are unchanged.
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    if version < LATEST_VERSION:
        if exists and version and before_migrate is not None:
            before_migrate(conn, version)
        migrate(conn, version)
    return not exists or version == 0


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = LATEST_VERSION) -> None:
    """Run each missing step in its own transaction, recording the version
    inside the same transaction so a crash leaves a consistent file."""
    for version in range(from_version + 1, to_version + 1):
        with transaction(conn):
            current = conn.execute("PRAGMA user_version").fetchone()[0]
            if current >= version:
                continue
            schema.MIGRATIONS[version - 1](conn)
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('migrated_v' || ?, ?)",
                (version, datetime.now().isoformat(timespec="seconds")),
            )
