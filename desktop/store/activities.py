"""Activities: the filter of a list, and every read and write of the table."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from array import array
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import chain, count

from ..domain.activity import Activity
from ..domain.text import Message, template
from .columns import ACTIVITIES, Expression, Fixed, now_iso, read_activity
from .errors import WorkspaceError
from .repository import Repository
from .rounds import MIN_ROUND, RoundMaker
from .schema import TALLIES_DEFERRED, search_text


class DuplicateActivityError(WorkspaceError):
    """An activity with the same date, target, title and link already exists."""


# Columns of the activities table that the lists and the report read, in order.
ACTIVITY_COLUMNS = tuple(ACTIVITIES.select_list.split(", "))
SORTABLE = {
    "date": "date",
    "target_code": "ifnull(target_code, '~')",
    "form": "form",
    "title": "title",
    "quantity": "quantity",
    "language": "language",
    "cost": "cost",
    "themes": "themes",
    "link": "link",
}

# Sort orders whose column is in the list index: sorted from the index's
# entries alone, without reading the table.
LIST_INDEX_SORTS = {"target_code", "form", "quantity", "language", "cost", "themes"}

# From this many rows an insert goes in rounds of multi-row statements.
STAGED_FROM = 500
# Rows one statement inserts (fewer where SQLite binds fewer values).
ROWS_PER_STATEMENT = 1000

DUPLICATE = template("Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn.")
NOTHING_WRITTEN = template("Không ghi gì: {problem}.")


def activity_from_row(r: dict | sqlite3.Row) -> Activity:
    return read_activity(r)


@dataclass
class ActivityFilter:
    """Which activities a list shows. None means "any"."""

    unit_id: int | None = None
    year: int | None = None
    month: int | None = None
    target_code: str | None = None  # "" selects activities outside numbered tasks
    form: str | None = None
    theme: int | None = None
    language: str | None = None
    search: str = ""
    date_to: date | None = None
    date_from: date | None = None
    # Several years at once (a period across the turn of a year).
    years: tuple[int, ...] = ()

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.unit_id is not None:
            clauses.append("unit_id = ?")
            params.append(self.unit_id)
        if self.year is not None:
            clauses.append("year = ?")
            params.append(self.year)
        if self.years:
            clauses.append(f"year IN ({', '.join('?' for _ in self.years)})")
            params += list(self.years)
        if self.month is not None:
            if self.year is not None:
                start = date(self.year, self.month, 1)
                end = date(self.year + (self.month == 12), self.month % 12 + 1, 1)
                clauses.append("date >= ? AND date < ?")
                params += [start.isoformat(), end.isoformat()]
            else:
                clauses.append("substr(date, 6, 2) = ?")
                params.append(f"{self.month:02d}")
        if self.target_code is not None:
            if self.target_code == "":
                clauses.append("target_code IS NULL")
            else:
                clauses.append("target_code = ?")
                params.append(self.target_code)
        if self.form:
            clauses.append("form = ?")
            params.append(self.form)
        if self.theme:
            clauses.append("(themes & ?) != 0")
            params.append(1 << (self.theme - 1))
        if self.language:
            clauses.append("language = ?")
            params.append(self.language)
        if self.date_to is not None:
            clauses.append("date <= ?")
            params.append(self.date_to.isoformat())
        if self.date_from is not None:
            clauses.append("date >= ?")
            params.append(self.date_from.isoformat())
        terms = search_text(self.search, "").split()
        for term in terms:
            clauses.append("instr(search_text, ?) > 0")
            params.append(term)
        return (" AND ".join(clauses) or "1"), params


def _insert_params(unit_id: int, stamp: str, *, staged: bool = False):
    """activity -> the INSERT's values. `staged`: for `_insert_staged`, whose
    statement reads '' as NULL in the nullable columns; a row without a uid
    gets one that grows with its place in the batch (a prefix unique to this
    batch, then a counter): still unique across workspaces, and it goes into
    the uid index in order instead of at a random place."""
    if staged:
        uid = Expression(
            "obj.uid or f'{prefix}{next(counter):08x}'",
            (
                ("prefix", f"{time.time_ns():016x}{os.urandom(4).hex()}"),
                ("counter", count(1)),
            ),
        )
    else:
        uid = lambda a: a.uid or uuid.uuid4().hex  # noqa: E731
    return ACTIVITIES.insert_params(
        {
            "uid": uid,
            "unit_id": Fixed(unit_id),
            **{
                name: Expression(
                    f"obj.{name}.isoformat(timespec='seconds') if obj.{name} else stamp",
                    (("stamp", stamp),),
                )
                for name in ("created_at", "updated_at")
            },
        },
        blank_nulls=staged,
    )


def _tallies(activities: list[Activity]) -> list[tuple[int, str, int, int, int]]:
    """(year, target code or '', quantity, cost, records) of the activities,
    as the insert trigger would add them up row by row."""
    sums: dict[tuple[int, str], list[int]] = {}
    for a in activities:
        key = (a.date.year, a.target_code or "")
        total = sums.get(key)
        if total is None:
            total = sums[key] = [0, 0, 0]
        total[0] += a.quantity
        total[1] += a.cost or 0
        total[2] += 1
    return [(year, code, *total) for (year, code), total in sums.items()]


class ActivitiesRepository(Repository):
    """`ws.activities`: the activities table."""

    def __init__(self, ws):
        super().__init__(ws)
        self._order_cache: tuple | None = None  # (query, data stamp, ordered ids)

    # -- writes ------------------------------------------------------------------

    def add(self, a: Activity, unit_id: int | None = None) -> int:
        unit_id = unit_id or a.unit_id or self.ws.units.require_self_unit().id
        params = _insert_params(unit_id, now_iso())
        try:
            with self.ws.transaction():
                return self.conn.execute(ACTIVITIES.insert_sql(), params(a)).lastrowid
        except sqlite3.IntegrityError as e:
            raise DuplicateActivityError(Message(DUPLICATE)) from e

    def update(self, a: Activity) -> None:
        if a.id is None:
            raise ValueError("activity has no id")
        params = ACTIVITIES.update_params({"updated_at": lambda _: now_iso()})
        try:
            with self.ws.transaction():
                self.conn.execute(ACTIVITIES.update_sql(), (*params(a), a.id))
        except sqlite3.IntegrityError as e:
            raise DuplicateActivityError(Message(DUPLICATE)) from e

    def snapshot(self, ids: Iterable[int]) -> list[dict]:
        """Rows and attachment rows of some activities, as `restore` takes them."""
        ids = list(ids)
        snapshots: list[dict] = []
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT * FROM activities WHERE id IN ({marks})", chunk
            ).fetchall()
            atts = self.conn.execute(
                f"SELECT * FROM attachments WHERE activity_id IN ({marks})", chunk
            ).fetchall()
            by_activity: dict[int, list[dict]] = {}
            for att in atts:
                by_activity.setdefault(att["activity_id"], []).append(dict(att))
            for r in rows:
                snapshots.append({"activity": dict(r), "attachments": by_activity.get(r["id"], [])})
        return snapshots

    def delete(self, ids: Iterable[int]) -> list[dict]:
        """Delete activities; returns snapshots (rows and attachment rows) that
        `restore` puts back exactly, for undo."""
        ids = list(ids)
        with self.ws.transaction():
            snapshots = self.snapshot(ids)
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start : chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                self.conn.execute(f"DELETE FROM activities WHERE id IN ({marks})", chunk)
        return snapshots

    def replace_with(self, ids: Iterable[int], snapshots: list[dict]) -> list[dict]:
        """In one transaction: delete `ids` and put `snapshots` back. Returns the
        snapshots of what was deleted (undo and redo of an edit)."""
        with self.ws.transaction():
            taken = self.delete(ids)
            self.restore(snapshots)
        return taken

    def restore(self, snapshots: list[dict]) -> int:
        """Put deleted activities back with their ids, times and attachments."""
        with self.ws.transaction():
            for snap in snapshots:
                row = snap["activity"]
                cols = ", ".join(row)
                self.conn.execute(
                    f"INSERT INTO activities ({cols}) VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                for att in snap["attachments"]:
                    acols = ", ".join(att)
                    self.conn.execute(
                        f"INSERT INTO attachments ({acols}) VALUES ({', '.join('?' * len(att))})",
                        list(att.values()),
                    )
        return len(snapshots)

    def insert_many(
        self, activities: Iterable[Activity], unit_id: int, import_id: int | None = None
    ) -> tuple[int, int]:
        """Insert many activities in the caller's (or a new) transaction,
        skipping those already present. Returns (inserted, skipped). A
        large batch writes `import_id` (the import it belongs to, recorded
        by ws.imports.begin) with each row; `ws.imports.record` marks any other.

        No backup is made here: an import asks for one with
        `ws.import_transaction()` around this call."""
        # Only the identity index may skip a row; a CHECK violation must fail
        # the whole import (INSERT OR IGNORE would silently drop such rows).
        activities = list(activities)
        make = _insert_params(unit_id, now_iso(), staged=len(activities) >= STAGED_FROM)
        with self.ws.transaction():
            if len(activities) < STAGED_FROM:
                # The rows this statement inserted (total_changes would also
                # count the tallies the triggers keep).
                inserted = self.conn.executemany(
                    ACTIVITIES.insert_sql(tail=" ON CONFLICT DO NOTHING"),
                    [make(a) for a in activities],
                ).rowcount
            else:
                with self._tallies_afterwards(activities, unit_id) as done:
                    inserted = self._insert_staged(activities, make, import_id)
                    done.append(inserted)
        return inserted, len(activities) - inserted

    @contextmanager
    def _tallies_afterwards(self, activities: list[Activity], unit_id: int) -> Iterator[list[int]]:
        """Inside the caller's transaction: the insert trigger stands aside
        (schema.TALLIES_DEFERRED) while many rows go in, then their tallies
        are added at once, and the mark is removed: it is never committed.
        The caller puts the number of rows inserted in the list it is given:
        when every row went in, their tallies are added up from the rows
        themselves; otherwise they are read back in one grouped statement
        (new rows have ids above the largest before)."""
        before = self.conn.execute("SELECT ifnull(max(id), 0) FROM activities").fetchone()[0]
        self.conn.execute("INSERT INTO meta(key, value) VALUES (?, '1')", (TALLIES_DEFERRED,))
        try:
            inserted: list[int] = []
            yield inserted
            if inserted == [len(activities)]:
                self.conn.executemany(
                    "INSERT INTO activity_tallies (year, unit_id, code, quantity, cost, records) "
                    f"VALUES (?, {int(unit_id)}, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                    "quantity = quantity + excluded.quantity, "
                    "cost = cost + excluded.cost, records = records + excluded.records",
                    _tallies(activities),
                )
                return
            # NOT INDEXED: the new rows by their ids, not the whole list index
            # (which covers these columns, so the planner would scan all of it).
            self.conn.execute(
                "INSERT INTO activity_tallies (year, unit_id, code, quantity, cost, records) "
                "SELECT year, unit_id, ifnull(target_code, ''), sum(quantity), sum(cost), "
                "count(*) FROM activities NOT INDEXED WHERE id > ? GROUP BY 1, 2, 3 "
                "ON CONFLICT DO UPDATE SET quantity = quantity + excluded.quantity, "
                "cost = cost + excluded.cost, records = records + excluded.records",
                (before,),
            )
        finally:
            self.conn.execute("DELETE FROM meta WHERE key = ?", (TALLIES_DEFERRED,))

    def _insert_staged(
        self, activities: list[Activity], make: Callable[[Activity], tuple], import_id: int | None
    ) -> int:
        """Many rows, inside the caller's transaction: each round of rows
        bound into one multi-row INSERT, which SQLite runs into the table
        and every index in its own loop (one statement per round, not one
        per row).

        While SQLite runs one round's statement (without Python's lock), the
        next round's values are made on a second thread, so the two cores
        share the work. The two threads hardly ever run Python at the same
        time (see `RoundMaker`): the next round is asked for just before the
        statement, whose values are bound in far less than Python's switch
        interval."""
        columns = ACTIVITIES.column_names(insert=True)
        nullable = ACTIVITIES.nullable_names() - {"uid"}
        row = (
            "("
            + ", ".join(
                ["nullif(?, '')" if c in nullable else "?" for c in columns]
                + ["NULL" if import_id is None else str(int(import_id))]
            )
            + ")"
        )
        head = f"INSERT INTO activities ({', '.join(columns)}, import_id) VALUES "
        tail = " ON CONFLICT DO NOTHING"
        per_statement = max(1, min(ROWS_PER_STATEMENT, self._variables() // len(columns)))
        statements: dict[int, str] = {}
        size = min(per_statement, max(MIN_ROUND, len(activities) // 4))
        inserted = 0
        flat = chain.from_iterable
        with RoundMaker(activities, make, size) as rounds:
            for params in rounds:
                sql = statements.get(len(params))
                if sql is None:
                    sql = statements[len(params)] = head + ", ".join([row] * len(params)) + tail
                values = list(flat(params))
                rounds.make_next()  # made while SQLite runs this round in
                inserted += self.conn.execute(sql, values).rowcount
        return inserted

    def _variables(self) -> int:
        """The most values one statement of this connection may bind."""
        try:
            return self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except (AttributeError, sqlite3.Error):
            return 999  # SQLite's smallest limit

    def delete_year(self, unit_id: int, year: int) -> None:
        """Remove a unit's activities of a year, in the caller's transaction."""
        self.conn.execute("DELETE FROM activities WHERE unit_id = ? AND year = ?", (unit_id, year))

    def uids_in_use(self, uids: list[str]) -> set[str]:
        """Those of `uids` already held by an activity of this workspace."""
        taken: set[str] = set()
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            taken.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT uid FROM activities WHERE uid IN ({marks})", chunk
                )
            )
        return taken

    def codes_in_use(self, year: int) -> dict[str, int]:
        """Target code -> number of activities of the year recorded under it."""
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT target_code, count(*) FROM activities WHERE year = ? AND target_code IS NOT "
                "NULL GROUP BY target_code",
                (year,),
            )
        }

    def exists(self, a: Activity, unit_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM activities WHERE unit_id = ? AND date = ? AND ifnull(target_code, '') = ? "
            "AND title = ? AND link = ?",
            (unit_id, a.date.isoformat(), a.target_code or "", a.title, a.link or ""),
        ).fetchone()
        return row is not None

    # -- reads -------------------------------------------------------------------

    def get(self, activity_id: int) -> Activity | None:
        row = self.conn.execute(
            f"SELECT {ACTIVITIES.select_list} FROM activities WHERE id = ?", (activity_id,)
        ).fetchone()
        return read_activity(row) if row else None

    def check_year_totals(self, unit_id: int, unit_name: str, where: str = "") -> None:
        """Raise WorkspaceError when a year of the unit adds up to more than
        any unit reaches: called inside a write, so the write is rolled back."""
        from ..domain.activity import MAX_YEAR_COST, MAX_YEAR_QUANTITY, year_totals_problem

        for year, cost, quantity in self.conn.execute(
            "SELECT year, total(cost), total(quantity) FROM activities WHERE unit_id = ? "
            "GROUP BY year HAVING total(cost) > ? OR total(quantity) > ?",
            (unit_id, MAX_YEAR_COST, MAX_YEAR_QUANTITY),
        ):
            problem = year_totals_problem(cost, quantity, unit_name, year, where)
            if problem:
                raise WorkspaceError(Message(NOTHING_WRITTEN, problem=problem))

    def count_and_sums(self, flt: ActivityFilter) -> tuple[int, int, int]:
        """(rows, sum of quantities, sum of costs) matching a filter."""
        where, params = flt.where()
        # The list index holds every column a filter reads: no table reads.
        row = self.conn.execute(
            "SELECT count(*), total(quantity), total(cost) "
            f"FROM activities INDEXED BY activities_list WHERE {where}",
            params,
        ).fetchone()
        return row[0], int(row[1]), int(row[2])  # total(): no integer overflow

    def page(
        self,
        flt: ActivityFilter,
        *,
        sort: str = "date",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[sqlite3.Row]:
        """One page of matching rows (sqlite3.Row with ACTIVITY_COLUMNS)."""
        where, params = flt.where()
        order = SORTABLE.get(sort, "date")
        direction = "DESC" if descending else "ASC"
        if order == "date":
            # Walk the list index in date order, filtering inside it, then
            # read just the page's rows: quick at any depth, for any search.
            ids = [
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM activities INDEXED BY activities_list WHERE {where} "
                    f"ORDER BY {order} {direction}, id {direction} LIMIT ? OFFSET ?",
                    [*params, limit, offset],
                )
            ]
            return self._rows_in_order(ids)
        # Other orders have no index of their own (each would slow every
        # import): the whole order is computed once, kept as ids, and pages
        # are sliced from it until the data or the filter changes.
        key = (where, tuple(params), order, direction)
        stamp = (self.conn.total_changes, self.conn.execute("PRAGMA data_version").fetchone()[0])
        if self._order_cache is None or self._order_cache[:2] != (key, stamp):
            hint = "INDEXED BY activities_list " if sort in LIST_INDEX_SORTS else ""
            ordered = array(
                "q",
                (
                    r[0]
                    for r in self.conn.execute(
                        f"SELECT id FROM activities {hint}WHERE {where} "
                        f"ORDER BY {order} {direction}, id {direction}",
                        params,
                    )
                ),
            )
            self._order_cache = (key, stamp, ordered)
        return self._rows_in_order(list(self._order_cache[2][offset : offset + limit]))

    def _rows_in_order(self, ids: list[int]) -> list[sqlite3.Row]:
        if not ids:
            return []
        rows = self.conn.execute(
            f"SELECT {ACTIVITIES.select_list} FROM activities "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        position = {activity_id: i for i, activity_id in enumerate(ids)}
        return sorted(rows, key=lambda r: position[r["id"]])

    def ids(self, flt: ActivityFilter) -> list[int]:
        where, params = flt.where()
        return [r[0] for r in self.conn.execute(f"SELECT id FROM activities WHERE {where}", params)]

    def iterate(self, flt: ActivityFilter, batch: int = 5000) -> Iterator[Activity]:
        """Every matching activity by date, fetched in batches."""
        where, params = flt.where()
        cur = self.conn.execute(
            f"SELECT {ACTIVITIES.select_list} FROM activities WHERE {where} ORDER BY date, id",
            params,
        )
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            for r in rows:
                yield read_activity(r)

    def years(self, unit_id: int | None = None) -> list[int]:
        if unit_id is None:
            rows = self.conn.execute("SELECT DISTINCT year FROM activities ORDER BY year")
        else:
            rows = self.conn.execute(
                "SELECT DISTINCT year FROM activities WHERE unit_id = ? ORDER BY year", (unit_id,)
            )
        return [r[0] for r in rows]
