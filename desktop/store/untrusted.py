"""Workspace files that come from outside (a previous year's file, a backup
about to be restored) read as data, not as a schema to trust.

Such a file is first looked at through a read-only connection with
`trusted_schema` off, every query interrupted past a time budget; views,
virtual tables and triggers other than the app's own (word for word the
ones keeping the tallies, schema.TALLY_TRIGGERS) are refused, and
the tables the app reads must be real tables. The previous-year import and
the restore of a backup both go through `foreign_schema_problem`.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..domain.text import Count, Message, template
from .schema import is_own_trigger

# The longest any query on such a file may run before it is interrupted.
TIME_BUDGET_S = 20.0
# The tables read from such a file: each must be a real table.
READ_TABLES = ("meta", "units", "plans", "targets", "activities", "report_texts")


class OutOfTime(Exception):
    """A query on an untrusted file ran past its time budget."""


TOO_SLOW = template(
    "Tệp “{path}” không đọc được trong thời gian cho phép ({seconds} giây): tệp này không "
    "phải dữ liệu bình thường của ứng dụng. Hãy dùng một bản sao lưu của tệp đó."
)
FOREIGN_OBJECT = template(
    "Tệp “{path}” chứa “{name}” ({kind}) mà ứng dụng không bao giờ tạo: tệp đã bị sửa ngoài "
    "ứng dụng nên không được dùng."
)
NOT_A_TABLE = template("Tệp “{path}”: “{name}” không phải bảng dữ liệu; không dùng tệp này.")


def too_slow_message(path: Path, budget: float = TIME_BUDGET_S) -> Message:
    return Message(TOO_SLOW, path=str(path), seconds=Count(max(1, int(budget))))


@contextmanager
def time_budget(conn: sqlite3.Connection, budget: float = TIME_BUDGET_S) -> Iterator[None]:
    """Interrupt any query on `conn` running past `budget` seconds: the
    interrupted query's error becomes OutOfTime. The clock starts here, so
    checks the app itself asks for (quick_check, a migration) go before it."""
    deadline = time.monotonic() + budget
    expired = False

    def check() -> int:
        nonlocal expired
        if time.monotonic() > deadline:
            expired = True
            return 1
        return 0

    conn.set_progress_handler(check, 10_000)
    try:
        yield
    except sqlite3.Error as e:
        if expired:
            raise OutOfTime(str(e)) from e
        raise
    finally:
        conn.set_progress_handler(None, 0)


def open_untrusted(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    """A read-only connection on which nothing of the file's schema runs."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def foreign_schema_problem(
    path: Path, shown: Path | None = None, *, has_wal: bool | None = None
) -> Message | None:
    """Why the file's schema holds something this app never creates, or None.

    `shown` is the name given in the message (the officer's file when `path`
    is a temporary copy). A file SQLite cannot read at all gives None: the
    store's own checks name what is wrong with it. Raises OutOfTime when
    even the schema cannot be read within the budget."""
    shown = shown or path
    if has_wal is None:
        has_wal = Path(f"{path}-wal").exists()
    try:
        conn = open_untrusted(path, immutable=not has_wal)
    except sqlite3.Error:
        return None
    try:
        with time_budget(conn):
            rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged page can hold non-UTF-8
        return None
    finally:
        conn.close()
    kinds = {name: kind for kind, name, _ in rows}
    for kind, name, sql in rows:
        foreign = (
            kind == "view"
            or (kind == "trigger" and not is_own_trigger(name, sql))
            or (kind == "table" and (sql or "").lstrip().upper().startswith("CREATE VIRTUAL"))
        )
        if foreign:
            return Message(FOREIGN_OBJECT, path=str(shown), name=str(name), kind=str(kind))
    for name in READ_TABLES:
        if name in kinds and kinds[name] != "table":
            return Message(NOT_A_TABLE, path=str(shown), name=name)
    return None
