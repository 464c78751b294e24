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
BAD_VALUES = template(
    "Tệp “{path}”: cột “{column}” của bảng “{table}” có {count} giá trị sai kiểu hoặc không "
    "phải ngày thật (ứng dụng không bao giờ ghi như vậy): tệp đã hỏng hoặc bị sửa ngoài ứng "
    "dụng nên không được dùng."
)

# What each column the app reads back must hold: its SQLite type ("integer",
# "text"), whether NULL is allowed, and for dates that they are real days.
# A read-only connection checks no CHECK constraint (integrity_check skips
# them there), so the tables' own conditions are asked here too.
_DAY = "date"
_STAMP = "stamp"
# JSON the app reads back: a list of texts, a list, an object.
_WORDS = "words"
_LIST = "list"
_OBJECT = "object"
_COLUMN_KINDS: dict[str, tuple[tuple, ...]] = {
    "activities": (
        ("unit_id", "integer", False),
        ("year", "integer", False),
        ("date", _DAY, False),
        ("target_code", "text", True),
        ("form", "text", False),
        ("title", "text", False),
        ("quantity", "integer", False, "quantity >= 1"),
        ("language", "text", False),
        ("link", "text", False),
        ("cost", "integer", False, "cost >= 0"),
        ("themes", "integer", False, "themes >= 0"),
        ("notes", "text", False),
        ("created_at", _STAMP, False),
        ("updated_at", _STAMP, False),
    ),
    "units": (
        ("name", "text", False),
        ("short_name", "text", False),
        ("kind", "text", True),
        ("lead_kinds", _WORDS, False),
        ("recipients", _WORDS, False),
    ),
    "plans": (("year", "integer", False), ("title", "text", False)),
    "targets": (
        ("code", "text", False),
        ("lead_kinds", _WORDS, False),
        ("target", "integer", True, "target >= 0"),
        ("due_start", _DAY, False, "due_start <= due_end"),
        ("due_end", _DAY, False),
    ),
    "meta": (("key", "text", False), ("value", "text", True)),
    "import_mappings": (("mapping", _OBJECT, False),),
    "imports": (("files", _WORDS, False),),
    "undone_activities": (("data", _OBJECT, False), ("attached", _LIST, False)),
}
TALLIES_WRONG = template(
    "Tệp “{path}”: số liệu tổng hợp lưu trong tệp không khớp với các hoạt động của chính tệp "
    "đó ({count} dòng): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng."
)
BAD_TEXT = template(
    "Tệp “{path}”: bảng “{table}” có chữ không phải UTF-8 (ứng dụng không bao giờ ghi như "
    "vậy): tệp đã hỏng hoặc bị sửa ngoài ứng dụng nên không được dùng."
)
# Meta values read back as numbers.
_WHOLE_NUMBER_META = ("self_unit_id", "current_year")


def _text_problem(conn: sqlite3.Connection, shown: Path, table: str) -> Message | None:
    """Text SQLite cannot hand back as UTF-8 (it does not check what it stores):
    every value of the table is read once, as reading it later would (a
    report reads columns no check names, such as a unit's governing body)."""
    quoted = table.replace('"', '""')
    cursor = conn.execute(f'SELECT * FROM "{quoted}"')
    try:
        while cursor.fetchmany(5000):
            pass
    except sqlite3.OperationalError as e:
        if "decode" not in str(e):
            raise
        return Message(BAD_TEXT, path=str(shown), table=table)
    return None


def _tallies_problem(conn: sqlite3.Connection, shown: Path) -> Message | None:
    """The stored tallies (schema v15) against a recount of the activities,
    both ways: the consolidated figures are read from them."""
    recount = (
        "SELECT year AS c1, unit_id AS c2, ifnull(target_code, '') AS c3, sum(quantity), "
        "sum(cost), count(*) FROM activities GROUP BY 1, 2, 3"
    )
    stored = (
        "SELECT year AS c1, unit_id AS c2, code AS c3, quantity, cost, records "
        "FROM activity_tallies"
    )
    keys = "SELECT c1, c2, c3 FROM ({} EXCEPT {})"  # the (year, unit, code) that differ
    count = conn.execute(
        "SELECT count(*) FROM ("
        + keys.format(recount, stored)
        + " UNION "
        + keys.format(stored, recount)
        + ")"
    ).fetchone()[0]
    if count:
        return Message(TALLIES_WRONG, path=str(shown), count=Count(count))
    return None


def _wrong(column: str, kind: str, nullable: bool, *condition: str) -> str:
    """An SQL condition true where `column` holds what the app never writes."""
    if kind == _DAY:  # '+0 days' makes SQLite carry 31/02 over into March
        wrong = f"typeof({column}) != 'text' OR date({column}, '+0 days') IS NOT {column}"
    elif kind in (_WORDS, _LIST, _OBJECT):
        shape = "'object'" if kind == _OBJECT else "'array'"
        # CASE: SQLite may evaluate every part of an OR, and the JSON
        # functions raise on text that is not JSON.
        words = (
            f" OR EXISTS (SELECT 1 FROM json_each({column}) WHERE type != 'text')"
            if kind == _WORDS
            else ""
        )
        wrong = (
            f"CASE WHEN typeof({column}) = 'text' AND json_valid({column}) "
            f"THEN json_type({column}) != {shape}{words} ELSE 1 END"
        )
    elif kind == _STAMP:
        wrong = f"typeof({column}) != 'text' OR julianday({column}) IS NULL"
    else:
        wrong = f"typeof({column}) != '{kind}'"
    if condition:
        wrong = f"{wrong} OR NOT ({condition[0]})"
    if nullable:
        wrong = f"{column} IS NOT NULL AND ({wrong})"
    return f"({wrong})"


def value_problem(conn: sqlite3.Connection, shown: Path) -> Message | None:
    """A column holding what the app never writes (a number as text, a title
    as bytes, 31/02, a real where a whole number goes), or None. The tables
    declare types SQLite does not enforce, so a file from elsewhere can hold
    anything; reading it back would fail far from here."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, columns in _COLUMN_KINDS.items():
        if table not in present:
            continue
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        checked = [c for c in columns if c[0] in have]
        if not checked:
            continue
        # One pass over the table: a count of wrong values per column.
        sums = ", ".join(f"sum({_wrong(*c)})" for c in checked)
        counts = conn.execute(f"SELECT {sums} FROM {table}").fetchone()
        for (column, *_), count in zip(checked, counts, strict=True):
            if count:
                return Message(
                    BAD_VALUES, path=str(shown), table=table, column=column, count=Count(count)
                )
    for table in sorted(present):
        if not table.startswith("sqlite_"):
            problem = _text_problem(conn, shown, table)
            if problem:
                return problem
    if {"activities", "activity_tallies"} <= present:
        problem = _tallies_problem(conn, shown)
        if problem:
            return problem
    if "meta" in present:
        keys = ", ".join(f"'{k}'" for k in _WHOLE_NUMBER_META)
        count = conn.execute(
            f"SELECT count(*) FROM meta WHERE key IN ({keys}) "
            "AND (value = '' OR value GLOB '*[^0-9]*' OR length(value) > 9)"
        ).fetchone()[0]
        if count:
            return Message(
                BAD_VALUES, path=str(shown), table="meta", column="value", count=Count(count)
            )
    return None


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
