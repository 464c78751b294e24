"""A previous year's workspace file of this app, brought into the current one.

The source file is never touched: it is copied to a temporary folder and the
copy is migrated to the current schema, so a file from any earlier version
can be read. Files from a newer version, corrupt files and other databases
are refused with the store's own messages, naming the officer's file.

Such a file comes from outside and is treated as data, not as a schema to
trust: it is bounded in size before anything is copied or opened, its schema
is read first through a read-only, immutable connection with
`trusted_schema` off (views, triggers and virtual tables, which this app
never creates, are refused, so nothing of the file's own runs), every query
on it is interrupted past a time budget, and every activity read goes
through the same field checks as a list import.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from ..domain.activity import (
    MAX_NOTES,
    MAX_TITLE,
    Activity,
    Problem,
    check_cost,
    check_link,
    check_notes,
    check_quantity,
    check_title,
)
from ..domain.field_limits import report_text_problem, unit_problem
from ..domain.period import plan_period, year_holding
from ..domain.plan import Plan, Unit, new_unit_defaults
from ..domain.reach import check_funding, check_reach
from ..domain.text import Count, Message, fold, joined, message_of, replaced, template
from ..store import ActivityFilter, Workspace, WorkspaceError, untrusted
from ..store.connection import SQLITE_HEADER
from ..store.workspace import load_builtin_plan
from .file_messages import CANNOT_READ_FILE, FILE_NOT_FOUND, shortened, shown_value


class PreviousImportError(Exception):
    """The previous workspace cannot be brought in; the message (a Message)
    says why."""


TOO_BIG = template(
    "Tệp “{path}” quá lớn ({size} MB, tối đa {limit} MB): dữ liệu nhiều năm của một đơn vị "
    "chỉ vài MB, đây không phải tệp dữ liệu năm trước của ứng dụng."
)
DAMAGED_INSIDE = template(
    "Tệp “{path}” bị hỏng: không đọc được dữ liệu bên trong ({reason}). "
    "Hãy dùng một bản sao lưu của tệp đó."
)
NO_UNIT_CHOSEN = template("Tệp “{path}” chưa chọn đơn vị nên không có hoạt động nào để nhập.")
TOO_MANY_ROWS = template(
    "Tệp “{path}” có hơn {limit} dòng trong bảng “{table}”: nhiều hơn dữ liệu nhiều năm của "
    "một đơn vị, đây không phải tệp dữ liệu năm trước bình thường của ứng dụng. Không nhập."
)
TEXT_TOO_LONG = template("quá dài (tối đa {limit} ký tự)")
ACTIVITY_NUMBER = template("hoạt động số {id}")
ACTIVITY_OF_DAY = template("hoạt động số {id} ngày {day}")
NOT_IN_FILE_PLAN = template("“{code}” không có trong kế hoạch năm {year} của tệp")
INVALID_DATA = template("Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:\n- {problems}")
INVALID_DATA_MORE = template(
    "Tệp “{path}” có dữ liệu không hợp lệ nên không nhập:\n- {problems}\n- và các lỗi khác"
)
OTHER_UNIT = template(
    "Tệp “{path}” là dữ liệu của “{unit}”, khác đơn vị của dữ liệu đang mở (“{current}”). "
    "Không nhập để tránh lẫn số liệu hai đơn vị."
)


FILE_PROBLEM = template("Tệp “{path}”: {problem} Không nhập.")


def _refusal(text: str, /, **values) -> PreviousImportError:
    """The file refused, every value it quotes from the file cut short."""
    return PreviousImportError(shortened(Message(text, **values)))


def _unreadable(path: Path, e: OSError) -> PreviousImportError:
    return _refusal(CANNOT_READ_FILE, path=str(path), reason=e.strerror or str(e))


# Years of a unit's records take a few MB; this bound is far above any real file.
MAX_PREVIOUS_BYTES = 2 << 30
TIME_BUDGET_S = untrusted.TIME_BUDGET_S
MAX_LINK = 4000
# A unit records a few thousand activities a year: years of them stay far
# below this; a file beyond it is refused before its rows are read.
MAX_PREVIOUS_ACTIVITIES = 300_000
MAX_LISTED_PROBLEMS = 20


@contextmanager
def _time_budget(conn: sqlite3.Connection, path: Path, budget: float | None = None):
    """Interrupt any query on `conn` running past the budget, refused naming the file."""
    budget = TIME_BUDGET_S if budget is None else budget
    try:
        with untrusted.time_budget(conn, budget):
            yield
    except untrusted.OutOfTime as e:
        raise PreviousImportError(untrusted.too_slow_message(path, TIME_BUDGET_S)) from e


def _check_size(path: Path) -> None:
    wal = path.with_name(path.name + "-wal")
    try:
        size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    except OSError as e:
        raise _unreadable(path, e) from e
    if size > MAX_PREVIOUS_BYTES:
        raise _refusal(
            TOO_BIG,
            path=str(path),
            size=Count(size >> 20),
            limit=Count(MAX_PREVIOUS_BYTES >> 20),
        )


def _check_schema(copy: Path, path: Path, has_wal: bool) -> None:
    """Refuse a file whose schema holds anything this app never creates."""
    try:
        problem = untrusted.foreign_schema_problem(copy, path, has_wal=has_wal)
        if problem is None:
            problem = _values_problem(copy, path, has_wal)
    except untrusted.OutOfTime as e:
        raise PreviousImportError(untrusted.too_slow_message(path, TIME_BUDGET_S)) from e
    if problem:
        raise PreviousImportError(problem)


def _values_problem(copy: Path, path: Path, has_wal: bool):
    """A column holding what the app never writes (see untrusted.value_problem);
    a file SQLite cannot read is left to the reading that follows."""
    try:
        conn = untrusted.open_untrusted(copy, immutable=not has_wal)
    except sqlite3.Error:
        return None
    try:
        with untrusted.time_budget(conn, TIME_BUDGET_S):
            return untrusted.value_problem(conn, path)
    except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged page: the reading says so
        return None
    finally:
        conn.close()


def is_workspace_file(path: Path | str) -> bool:
    """A SQLite file (what this app saves), whatever its extension."""
    path = Path(path)
    if path.suffix.lower() == ".cdsdb":
        return True
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


@dataclass
class PreviousWorkspace:
    """Everything read from a previous workspace, held in memory."""

    path: Path
    schema_version: int
    unit: Unit
    plans: list[Plan] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    report_texts: dict[int, dict[str, str]] = field(default_factory=dict)  # year -> key -> text

    @property
    def name(self) -> str:
        return self.path.name

    def activity_years(self) -> list[int]:
        """The years the file's activities are counted in, by its plans' periods."""
        year_of = years_by_plans(self.plans)
        return sorted({year_of(d) for d in {a.date for a in self.activities}})


def years_by_plans(plans: list[Plan]):
    """The year a day's activity belongs to under these plans (a file's):
    the year whose plan's period holds it (domain.period.year_holding), so
    under a plan on the Nghị định 09 window 20/12/2022 is an activity of 2023."""
    periods = {p.year: plan_period(p) for p in plans}

    def year_of(day: date) -> int:
        return year_holding(day, periods.get)

    return year_of


def read_previous_workspace(path: Path | str) -> PreviousWorkspace:
    """Read a workspace file of this app through a migrated temporary copy."""
    path = Path(path)
    if not path.exists():
        raise _refusal(FILE_NOT_FOUND, path=str(path))
    _check_size(path)
    with tempfile.TemporaryDirectory(prefix="cds-nhap-") as folder:
        copy = Path(folder) / "nam-truoc.cdsdb"
        try:
            shutil.copyfile(path, copy)
            # A file last closed uncleanly keeps recent changes in its -wal file.
            wal = path.with_name(path.name + "-wal")
            has_wal = wal.exists()
            if has_wal:
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as e:
            raise _unreadable(path, e) from e
        _check_size(copy)  # what was copied, in case the file grew meanwhile
        _check_schema(copy, path, has_wal)
        version = _stored_version(copy)

        def before_migrate(conn: sqlite3.Connection, old_version: int) -> None:
            conn.execute("PRAGMA trusted_schema = OFF")

        try:
            src = Workspace.open(copy, create=False, seed=False, before_migrate=before_migrate)
        except WorkspaceError as e:
            raise PreviousImportError(replaced(message_of(e), str(copy), str(path))) from e
        try:
            src.conn.execute("PRAGMA trusted_schema = OFF")
            with _time_budget(src.conn, path):
                return _read(src, path, version)
        except PreviousImportError:
            raise
        except (sqlite3.Error, ValueError, KeyError, IndexError, TypeError) as e:
            # Damage that the quick check on opening does not see (a changed
            # byte inside a record) shows up only when the rows are read.
            raise _refusal(DAMAGED_INSIDE, path=str(path), reason=message_of(e)) from e
        finally:
            src.close()


def _stored_version(path: Path) -> int:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0


def _read(src: Workspace, path: Path, version: int) -> PreviousWorkspace:
    unit = src.units.self_unit()
    if unit is None:
        raise _refusal(NO_UNIT_CHOSEN, path=str(path))
    _check_row_count(src.conn, path)
    plans = [p for p in (src.plans.get(y) for y in src.plans.years()) if p is not None]
    _check_text_lengths(src.conn, path)
    activities = list(src.activities.iterate(ActivityFilter(unit_id=unit.id)))
    _check_activities(activities, plans, path)
    texts = {y: src.texts.report_texts(unit.id, y) for y in src.texts.years(unit.id)}
    problem = unit_problem(unit) or next(
        (
            found
            for year, by_key in sorted(texts.items())
            for key, text in sorted(by_key.items())
            if (found := report_text_problem(year, key, text)) is not None
        ),
        None,
    )
    if problem is not None:
        raise _refusal(FILE_PROBLEM, path=str(path), problem=problem)
    return PreviousWorkspace(path, version, unit, plans, activities, texts)


def _check_row_count(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a file holding more rows than years of a unit's records, before
    any of them is loaded (counting stops just past the bound)."""
    for table, limit in (
        ("activities", MAX_PREVIOUS_ACTIVITIES),
        ("plans", 200),
        ("units", 20_000),
    ):
        count = conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)", (limit + 1,)
        ).fetchone()[0]
        if count > limit:
            raise _refusal(TOO_MANY_ROWS, path=str(path), limit=Count(limit), table=table)


def _check_text_lengths(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse oversized texts before any of them is loaded into memory."""
    rows = conn.execute(
        "SELECT id, length(title) > ?, length(notes) > ?, length(link) > ? FROM activities"
        " WHERE length(title) > ? OR length(notes) > ? OR length(link) > ? ORDER BY id LIMIT ?",
        (MAX_TITLE, MAX_NOTES, MAX_LINK) * 2 + (MAX_LISTED_PROBLEMS,),
    ).fetchall()
    problems = []
    for row in rows:
        for field_name, too_long, limit in zip(
            ("title", "notes", "link"),
            tuple(row)[1:],
            (MAX_TITLE, MAX_NOTES, MAX_LINK),
            strict=True,
        ):
            if too_long:
                problems.append(
                    Problem(
                        field_name,
                        Message(TEXT_TOO_LONG, limit=Count(limit)),
                        source=Message(ACTIVITY_NUMBER, id=row[0]),
                    )
                )
    _refuse(problems, path)


def _check_activities(activities: list[Activity], plans: list[Plan], path: Path) -> None:
    """Each activity through the checks a list import applies to its fields."""
    by_year = {p.year: p for p in plans}
    year_of = years_by_plans(plans)
    problems: list[Problem] = []
    for a in activities:
        where = Message(ACTIVITY_OF_DAY, id=a.id, day=f"{a.date:%d/%m/%Y}")
        checked = [
            ("title", check_title(a.title)),
            ("quantity", check_quantity(a.quantity)),
            ("cost", check_cost(a.cost)),
            ("link", check_link(a.link)),
            ("notes", check_notes(a.notes)),
            ("views", check_reach(a.views)),
            ("reach", check_reach(a.reach)),
            ("shares", check_reach(a.shares)),
            ("funding", check_funding(a.funding)),
        ]
        plan = by_year.get(year_of(a.date))
        if a.target_code and plan is not None and plan.target(a.target_code) is None:
            checked.append(
                (
                    "target_code",
                    (None, Message(NOT_IN_FILE_PLAN, code=a.target_code, year=plan.year)),
                )
            )
        for field_name, (_, message) in checked:
            if message:
                problems.append(Problem(field_name, message, source=where))
        if len(problems) > MAX_LISTED_PROBLEMS:
            break
    _refuse(problems, path)


def _refuse(problems: list[Problem], path: Path) -> None:
    if not problems:
        return
    lines = joined("\n- ", [p.describe() for p in problems[:MAX_LISTED_PROBLEMS]])
    more = len(problems) > MAX_LISTED_PROBLEMS
    raise _refusal(INVALID_DATA_MORE if more else INVALID_DATA, path=str(path), problems=lines)


def is_untouched_profile(unit: Unit) -> bool:
    """The unit profile is still as the plan (or a new unit's defaults) gave it."""
    _, builtin = load_builtin_plan()
    defaults = [u for u in builtin if fold(u.name) == fold(unit.name)]
    defaults.append(new_unit_defaults(unit.name))
    defaults.append(new_unit_defaults(unit.name, load_builtin_plan()[0]))
    return any(replace(d, id=unit.id) == unit for d in defaults)


@dataclass
class PreviousSummary:
    name: str
    unit_name: str
    profile_taken: bool = False
    plans_added: list[int] = field(default_factory=list)
    inserted: int = 0
    skipped: int = 0
    texts_added: int = 0
    texts_present: int = 0

    def describe(self) -> str:
        parts = [f"“{self.name}” (dữ liệu của {self.unit_name})"]
        if self.profile_taken:
            parts.append("đã lấy thông tin đơn vị")
        if self.plans_added:
            parts.append("thêm kế hoạch năm " + ", ".join(map(str, self.plans_added)))
        parts.append(f"{self.inserted} hoạt động mới, {self.skipped} đã có sẵn")
        parts.append(f"{self.texts_added} đoạn báo cáo mới, {self.texts_present} đã có sẵn")
        return "; ".join(parts)


def other_unit_refusal(prev: PreviousWorkspace, own_unit: str | None) -> Message | None:
    """Why `prev` cannot come into a workspace whose own unit is `own_unit`
    (None: no unit chosen yet, so the file's unit is taken), or None."""
    if own_unit is None or fold(own_unit) == fold(prev.unit.name):
        return None
    return Message(
        OTHER_UNIT, path=str(prev.path), unit=shown_value(prev.unit.name), current=own_unit
    )


def apply_previous(ws: Workspace, prev: PreviousWorkspace) -> PreviousSummary:
    """Bring a previous workspace in, inside the caller's transaction (or one
    of its own): unit profile if untouched, missing plans, activities
    (already present ones skipped), report texts not yet written."""
    summary = PreviousSummary(prev.name, prev.unit.name)
    with ws.import_transaction():
        current = ws.units.self_unit()
        if current is None:
            existing = ws.units.by_name(prev.unit.name)
            current = ws.units.set_self_unit(
                replace(prev.unit, id=existing.id if existing else None)
            )
            summary.profile_taken = True
        elif (refusal := other_unit_refusal(prev, current.name)) is not None:
            raise PreviousImportError(refusal)
        elif is_untouched_profile(current) and replace(prev.unit, id=current.id) != current:
            ws.units.save(replace(prev.unit, id=current.id, name=current.name))
            summary.profile_taken = True
        for plan in prev.plans:
            if ws.plans.get(plan.year) is None:
                ws.plans.add(plan)
                summary.plans_added.append(plan.year)
        summary.inserted, summary.skipped = ws.activities.insert_many(prev.activities, current.id)
        for year, texts in sorted(prev.report_texts.items()):
            added, present = ws.texts.add_missing(current.id, year, texts)
            summary.texts_added += added
            summary.texts_present += present
    return summary
