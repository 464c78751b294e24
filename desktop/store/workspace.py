"""A workspace: one SQLite file holding plans, units, activities and report texts.

All writes go through the methods here, each in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import sqlite_utils

from ..domain.activity import Activity, mask_to_themes, themes_to_mask
from ..domain.plan import Plan, Target, Theme, Unit, UnitKind, copy_plan_to_year, plan_from_dict
from ..domain.progress import ProgressRow, Tally, default_on, unit_progress
from ..domain.text import clean_line, clean_multiline
from ..paths import asset
from .connection import open_connection, transaction
from .errors import DuplicateActivityError, WorkspaceError
from .schema import search_text

BUILTIN_PLAN = ("resources", "plan-2023.json")

# Columns of the activities table that the lists and the report read, in order.
ACTIVITY_COLUMNS = (
    "id",
    "uid",
    "unit_id",
    "date",
    "target_code",
    "form",
    "title",
    "quantity",
    "language",
    "link",
    "cost",
    "themes",
    "notes",
    "created_at",
    "updated_at",
)
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


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def load_builtin_plan() -> tuple[Plan, list[Unit]]:
    with asset(*BUILTIN_PLAN).open(encoding="utf-8") as f:
        return plan_from_dict(json.load(f))


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

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.unit_id is not None:
            clauses.append("unit_id = ?")
            params.append(self.unit_id)
        if self.year is not None:
            clauses.append("year = ?")
            params.append(self.year)
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
        terms = search_text(self.search, "").split()
        for term in terms:
            clauses.append("instr(search_text, ?) > 0")
            params.append(term)
        return (" AND ".join(clauses) or "1"), params


def _unit_from_row(r: dict) -> Unit:
    return Unit(
        id=r["id"],
        name=r["name"],
        short_name=r["short_name"],
        abbreviation=r["abbreviation"],
        kind=r["kind"],
        lead_kinds=tuple(json.loads(r["lead_kinds"])),
        governing_body=r["governing_body"],
        place=r["place"],
        signer_authority=r["signer_authority"],
        signer_title=r["signer_title"],
        signer_name=r["signer_name"],
        addressee=r["addressee"],
        recipients=tuple(json.loads(r["recipients"])),
        archive=r["archive"],
        consolidator=bool(r["consolidator"]),
    )


def activity_from_row(r: dict | sqlite3.Row) -> Activity:
    return Activity(
        id=r["id"],
        uid=r["uid"],
        unit_id=r["unit_id"],
        date=date.fromisoformat(r["date"]),
        target_code=r["target_code"],
        form=r["form"],
        title=r["title"],
        quantity=r["quantity"],
        language=r["language"],
        link=r["link"],
        cost=r["cost"],
        themes=mask_to_themes(r["themes"]),
        notes=r["notes"],
        created_at=datetime.fromisoformat(r["created_at"]),
        updated_at=datetime.fromisoformat(r["updated_at"]),
    )


def _activity_params(a: Activity, unit_id: int, stamp: str) -> tuple:
    return (
        a.uid or uuid.uuid4().hex,
        unit_id,
        a.date.year,
        a.date.isoformat(),
        a.target_code or None,
        a.form,
        a.title,
        a.quantity,
        a.language,
        a.link or "",
        a.cost or 0,
        themes_to_mask(a.themes),
        a.notes or "",
        (a.created_at.isoformat(timespec="seconds") if a.created_at else stamp),
        (a.updated_at.isoformat(timespec="seconds") if a.updated_at else stamp),
        search_text(a.title, a.notes or "", a.link or ""),
    )


_INSERT_ACTIVITY = (
    "INSERT INTO activities (uid, unit_id, year, date, target_code, form, title, "
    "quantity, language, link, cost, themes, notes, created_at, updated_at, search_text) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?){tail}"
)


class Workspace:
    """An open workspace file. Create with `Workspace.open(path)`."""

    def __init__(self, path: Path, conn: sqlite3.Connection):
        self.path = Path(path)
        self.conn = conn
        self.conn.row_factory = sqlite3.Row
        self.db = sqlite_utils.Database(conn)
        self._lock = None
        self._order_cache: tuple | None = None  # (query, data stamp, ordered ids)
        # Set by the backups: the state of the last automatic copy, and why the
        # last one failed (shown by the window), if it did.
        self._backup_key: tuple[int, int] | None = None
        self.backup_problem: str | None = None

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
    ) -> Workspace:
        """Open a workspace, creating it (seeded with the built-in plan) when
        the file does not exist and `create` is set.

        `lock` holds the workspace for this process (the app does, so a second
        copy is told it is open); `daily_backup` makes the day's first backup
        (the app and the command line do when the officer opens a workspace).
        """
        from . import backup
        from .lock import WorkspaceLock

        path = Path(path)
        if before_migrate is None:

            def before_migrate(conn, old_version):
                return backup.backup_before_migration(conn, old_version, path)

        holder = WorkspaceLock(path).acquire() if lock else None
        try:
            conn, created = open_connection(
                path,
                create=create,
                before_migrate=before_migrate,
                check_integrity=check_integrity,
            )
        except BaseException:
            if holder:
                holder.release()
            raise
        ws = cls(path, conn)
        ws._lock = holder
        if created and seed:
            ws.seed_builtin()
        if daily_backup and not created:
            backup.daily_backup(ws)
        return ws

    def close(self) -> None:
        try:
            self.conn.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def transaction(self):
        return transaction(self.conn)

    def import_transaction(self):
        """The transaction of an import: a backup of the workspace first (unless
        already inside a transaction), so a wrong import can be undone."""
        from .backup import backup_before_import

        backup_before_import(self)
        return transaction(self.conn)

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

    # -- seeding -------------------------------------------------------------

    def seed_builtin(self) -> None:
        plan, units = load_builtin_plan()
        with self.transaction():
            if self.plan_years():
                return
            self._insert_unit_kinds(plan.unit_kinds)
            self._insert_plan(plan)
            for u in units:
                self._save_unit(u)
            self.conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('created_at', ?)", (now_iso(),)
            )

    def _insert_unit_kinds(self, kinds: Iterable[UnitKind]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO unit_kinds(code, name) VALUES (?, ?)",
            [(k.code, k.name) for k in kinds],
        )

    # -- plans ---------------------------------------------------------------

    def plan_years(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT year FROM plans ORDER BY year")]

    def unit_kinds(self) -> list[UnitKind]:
        return [
            UnitKind(r[0], r[1])
            for r in self.conn.execute("SELECT code, name FROM unit_kinds ORDER BY rowid")
        ]

    def plan(self, year: int) -> Plan | None:
        row = self.conn.execute("SELECT * FROM plans WHERE year = ?", (year,)).fetchone()
        if row is None:
            return None
        pid = row["id"]
        targets = [
            Target(
                code=t["code"],
                task=t["task"],
                title=t["title"],
                measure=t["measure"],
                target=t["target"],
                due_start=date.fromisoformat(t["due_start"]),
                due_end=date.fromisoformat(t["due_end"]),
                due_label=t["due_label"],
                lead_kinds=tuple(json.loads(t["lead_kinds"])),
                per_unit=bool(t["per_unit"]),
                coordinators=t["coordinators"],
                frequency=t["frequency"],
                sort_order=t["sort_order"],
            )
            for t in self.conn.execute(
                "SELECT * FROM targets WHERE plan_id = ? ORDER BY sort_order, id", (pid,)
            )
        ]
        themes = [
            Theme(r["number"], r["title"])
            for r in self.conn.execute(
                "SELECT * FROM themes WHERE plan_id = ? ORDER BY number", (pid,)
            )
        ]
        forms = [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM forms WHERE plan_id = ? ORDER BY position", (pid,)
            )
        ]
        return Plan(
            id=pid,
            year=row["year"],
            title=row["title"],
            issuer=row["issuer"],
            number=row["number"],
            signed_date=date.fromisoformat(row["signed_date"]) if row["signed_date"] else None,
            subject=row["subject"],
            report_deadline=date.fromisoformat(row["report_deadline"])
            if row["report_deadline"]
            else None,
            consolidator=row["consolidator"],
            targets=targets,
            themes=themes,
            forms=forms,
            unit_kinds=self.unit_kinds(),
        )

    def plan_for(self, year: int) -> Plan:
        """The plan of a year, or a clear error when the year has none."""
        plan = self.plan(year)
        if plan is None:
            years = ", ".join(map(str, self.plan_years())) or "chưa có"
            raise WorkspaceError(
                f"Chưa có kế hoạch năm {year} (các năm đã có: {years}). "
                f"Hãy sao chép kế hoạch năm trước sang năm {year}."
            )
        return plan

    def _insert_plan(self, plan: Plan) -> int:
        cur = self.conn.execute(
            "INSERT INTO plans(year, title, issuer, number, signed_date, subject, report_deadline, "
            "consolidator) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan.year,
                plan.title,
                plan.issuer,
                plan.number,
                plan.signed_date.isoformat() if plan.signed_date else None,
                plan.subject,
                plan.report_deadline.isoformat() if plan.report_deadline else None,
                plan.consolidator,
            ),
        )
        pid = cur.lastrowid
        for t in plan.targets:
            self._insert_target(pid, t)
        self.conn.executemany(
            "INSERT INTO themes(plan_id, number, title) VALUES (?, ?, ?)",
            [(pid, th.number, th.title) for th in plan.themes],
        )
        self.conn.executemany(
            "INSERT INTO forms(plan_id, position, name) VALUES (?, ?, ?)",
            [(pid, i, f) for i, f in enumerate(plan.forms)],
        )
        return pid

    def _insert_target(self, plan_id: int, t: Target) -> None:
        self.conn.execute(
            "INSERT INTO targets(plan_id, code, task, title, measure, target, due_start, due_end, "
            "due_label, lead_kinds, per_unit, coordinators, frequency, sort_order) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan_id,
                t.code,
                t.task,
                t.title,
                t.measure,
                t.target,
                t.due_start.isoformat(),
                t.due_end.isoformat(),
                t.due_label,
                json.dumps(list(t.lead_kinds), ensure_ascii=False),
                int(t.per_unit),
                t.coordinators,
                t.frequency,
                t.sort_order,
            ),
        )

    def add_plan(self, plan: Plan) -> None:
        """Store a whole plan for a year that has none yet."""
        with self.transaction():
            if self.plan(plan.year) is not None:
                raise WorkspaceError(f"Đã có kế hoạch năm {plan.year}.")
            self._insert_unit_kinds(plan.unit_kinds)
            self._insert_plan(plan)

    def copy_plan(self, from_year: int, to_year: int) -> Plan:
        """Copy a plan into a new year (codes kept); refuses to overwrite."""
        source = self.plan_for(from_year)
        if self.plan(to_year) is not None:
            raise WorkspaceError(f"Năm {to_year} đã có kế hoạch; không sao chép đè lên.")
        copy = copy_plan_to_year(source, to_year)
        self.add_plan(copy)
        return self.plan_for(to_year)

    def update_plan_info(
        self,
        year: int,
        *,
        title: str,
        issuer: str,
        number: str,
        signed_date: date | None,
        subject: str,
        report_deadline: date | None,
    ) -> None:
        with self.transaction():
            cur = self.conn.execute(
                "UPDATE plans SET title = ?, issuer = ?, number = ?, signed_date = ?, subject = ?, "
                "report_deadline = ? WHERE year = ?",
                (
                    clean_line(title),
                    clean_line(issuer),
                    clean_line(number),
                    signed_date.isoformat() if signed_date else None,
                    clean_line(subject),
                    report_deadline.isoformat() if report_deadline else None,
                    year,
                ),
            )
            if cur.rowcount != 1:
                raise WorkspaceError(f"Chưa có kế hoạch năm {year}.")

    def save_target(self, year: int, target: Target) -> None:
        """Insert or update one target of a year's plan (matched by code)."""
        if target.due_start > target.due_end:
            raise WorkspaceError(f"Chỉ tiêu {target.code}: ngày bắt đầu sau ngày kết thúc.")
        if target.target is not None and target.target < 0:
            raise WorkspaceError(f"Chỉ tiêu {target.code}: số chỉ tiêu không được âm.")
        plan = self.plan_for(year)
        with self.transaction():
            self.conn.execute(
                "DELETE FROM targets WHERE plan_id = ? AND code = ?", (plan.id, target.code)
            )
            self._insert_target(plan.id, target)

    # -- units ---------------------------------------------------------------

    def units(self) -> list[Unit]:
        return [
            _unit_from_row(dict(r)) for r in self.conn.execute("SELECT * FROM units ORDER BY id")
        ]

    def unit(self, unit_id: int) -> Unit | None:
        row = self.conn.execute("SELECT * FROM units WHERE id = ?", (unit_id,)).fetchone()
        return _unit_from_row(dict(row)) if row else None

    def unit_by_name(self, name: str) -> Unit | None:
        from ..domain.text import fold

        key = fold(name)
        for u in self.units():
            if fold(u.name) == key:
                return u
        return None

    def _save_unit(self, u: Unit) -> int:
        values = (
            clean_line(u.name),
            clean_line(u.short_name) or clean_line(u.name),
            clean_line(u.abbreviation),
            u.kind,
            json.dumps(list(u.lead_kinds), ensure_ascii=False),
            clean_line(u.governing_body),
            clean_line(u.place),
            clean_line(u.signer_authority),
            clean_line(u.signer_title),
            clean_line(u.signer_name),
            clean_line(u.addressee),
            json.dumps([clean_line(r) for r in u.recipients if clean_line(r)], ensure_ascii=False),
            clean_line(u.archive) or "VT",
            int(u.consolidator),
        )
        if u.id is None:
            cur = self.conn.execute(
                "INSERT INTO units(name, short_name, abbreviation, kind, lead_kinds, governing_body, "
                "place, signer_authority, signer_title, signer_name, addressee, recipients, archive, "
                "consolidator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            return cur.lastrowid
        self.conn.execute(
            "UPDATE units SET name = ?, short_name = ?, abbreviation = ?, kind = ?, lead_kinds = ?, "
            "governing_body = ?, place = ?, signer_authority = ?, signer_title = ?, signer_name = ?, "
            "addressee = ?, recipients = ?, archive = ?, consolidator = ? WHERE id = ?",
            (*values, u.id),
        )
        return u.id

    def save_unit(self, unit: Unit) -> int:
        if not clean_line(unit.name):
            raise WorkspaceError("Tên đơn vị không được để trống.")
        try:
            with self.transaction():
                return self._save_unit(unit)
        except sqlite3.IntegrityError as e:
            raise WorkspaceError(f"Đã có đơn vị tên “{unit.name}”.") from e

    def self_unit(self) -> Unit | None:
        """The unit this workspace belongs to, once chosen."""
        value = self.get_meta("self_unit_id")
        return self.unit(int(value)) if value else None

    def set_self_unit(self, unit: Unit) -> Unit:
        """Make `unit` this workspace's own unit (adding it if new)."""
        with self.transaction():
            existing = self.unit_by_name(unit.name) if unit.id is None else None
            if existing is not None:
                unit = replace(unit, id=existing.id) if unit != existing else existing
            uid = self._save_unit(unit)
            self.conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('self_unit_id', ?)", (str(uid),)
            )
        return self.unit(uid)

    def require_self_unit(self) -> Unit:
        unit = self.self_unit()
        if unit is None:
            raise WorkspaceError(
                "Dữ liệu này chưa chọn đơn vị. Hãy mở ứng dụng để chọn, hoặc dùng lệnh "
                "“init --unit TÊN ĐƠN VỊ”."
            )
        return unit

    # -- activities: writes --------------------------------------------------

    def add_activity(self, a: Activity, unit_id: int | None = None) -> int:
        unit_id = unit_id or a.unit_id or self.require_self_unit().id
        stamp = now_iso()
        try:
            with self.transaction():
                cur = self.conn.execute(
                    _INSERT_ACTIVITY.format(tail=""), _activity_params(a, unit_id, stamp)
                )
                return cur.lastrowid
        except sqlite3.IntegrityError as e:
            raise DuplicateActivityError(
                "Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn."
            ) from e

    def update_activity(self, a: Activity) -> None:
        if a.id is None:
            raise ValueError("activity has no id")
        try:
            with self.transaction():
                self.conn.execute(
                    "UPDATE activities SET year = ?, date = ?, target_code = ?, form = ?, title = ?, "
                    "quantity = ?, language = ?, link = ?, cost = ?, themes = ?, notes = ?, "
                    "updated_at = ?, search_text = ? WHERE id = ?",
                    (
                        a.date.year,
                        a.date.isoformat(),
                        a.target_code or None,
                        a.form,
                        a.title,
                        a.quantity,
                        a.language,
                        a.link or "",
                        a.cost or 0,
                        themes_to_mask(a.themes),
                        a.notes or "",
                        now_iso(),
                        search_text(a.title, a.notes or "", a.link or ""),
                        a.id,
                    ),
                )
        except sqlite3.IntegrityError as e:
            raise DuplicateActivityError(
                "Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn."
            ) from e

    def delete_activities(self, ids: Iterable[int]) -> list[dict]:
        """Delete activities; returns snapshots (rows and attachment rows) that
        `restore_activities` puts back exactly, for undo."""
        ids = list(ids)
        snapshots: list[dict] = []
        with self.transaction():
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
                    snapshots.append(
                        {"activity": dict(r), "attachments": by_activity.get(r["id"], [])}
                    )
                self.conn.execute(f"DELETE FROM activities WHERE id IN ({marks})", chunk)
        return snapshots

    def restore_activities(self, snapshots: list[dict]) -> int:
        """Put deleted activities back with their ids, times and attachments."""
        with self.transaction():
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

    def insert_activities(self, activities: Iterable[Activity], unit_id: int) -> tuple[int, int]:
        """Insert many activities in the caller's (or a new) transaction,
        skipping those already present. Returns (inserted, skipped)."""
        stamp = now_iso()
        # Only the identity index may skip a row; a CHECK violation must fail
        # the whole import (INSERT OR IGNORE would silently drop such rows).
        sql = _INSERT_ACTIVITY.format(tail=" ON CONFLICT DO NOTHING")
        params = [_activity_params(a, unit_id, stamp) for a in activities]
        with self.import_transaction():
            before = self.conn.total_changes
            self.conn.executemany(sql, params)
            inserted = self.conn.total_changes - before
        return inserted, len(params) - inserted

    def activity_exists(self, a: Activity, unit_id: int) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM activities WHERE unit_id = ? AND date = ? AND ifnull(target_code, '') = ? "
            "AND title = ? AND link = ?",
            (unit_id, a.date.isoformat(), a.target_code or "", a.title, a.link or ""),
        ).fetchone()
        return row is not None

    # -- activities: reads ---------------------------------------------------

    def activity(self, activity_id: int) -> Activity | None:
        row = self.conn.execute("SELECT * FROM activities WHERE id = ?", (activity_id,)).fetchone()
        return activity_from_row(row) if row else None

    def count_and_sums(self, flt: ActivityFilter) -> tuple[int, int, int]:
        """(rows, sum of quantities, sum of costs) matching a filter."""
        where, params = flt.where()
        # The list index holds every column a filter reads: no table reads.
        row = self.conn.execute(
            "SELECT count(*), ifnull(sum(quantity), 0), ifnull(sum(cost), 0) "
            f"FROM activities INDEXED BY activities_list WHERE {where}",
            params,
        ).fetchone()
        return row[0], row[1], row[2]

    def activity_page(
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
            f"SELECT {', '.join(ACTIVITY_COLUMNS)} FROM activities "
            f"WHERE id IN ({','.join('?' * len(ids))})",
            ids,
        ).fetchall()
        position = {activity_id: i for i, activity_id in enumerate(ids)}
        return sorted(rows, key=lambda r: position[r["id"]])

    def activity_ids(self, flt: ActivityFilter) -> list[int]:
        where, params = flt.where()
        return [r[0] for r in self.conn.execute(f"SELECT id FROM activities WHERE {where}", params)]

    def iter_activities(self, flt: ActivityFilter, batch: int = 5000) -> Iterator[Activity]:
        """Every matching activity by date, fetched in batches."""
        where, params = flt.where()
        cur = self.conn.execute(
            f"SELECT {', '.join(ACTIVITY_COLUMNS)} FROM activities WHERE {where} ORDER BY date, id",
            params,
        )
        while True:
            rows = cur.fetchmany(batch)
            if not rows:
                return
            for r in rows:
                yield activity_from_row(r)

    def activity_years(self, unit_id: int | None = None) -> list[int]:
        if unit_id is None:
            rows = self.conn.execute("SELECT DISTINCT year FROM activities ORDER BY year")
        else:
            rows = self.conn.execute(
                "SELECT DISTINCT year FROM activities WHERE unit_id = ? ORDER BY year", (unit_id,)
            )
        return [r[0] for r in rows]

    # -- progress ------------------------------------------------------------

    def tallies(self, unit_id: int, year: int, on: date) -> dict[str | None, Tally]:
        """Per target code (None for other activities): quantities up to `on`,
        the part within the due window's end, costs and record counts."""
        plan = self.plan(year)
        rows = self.conn.execute(
            """
            SELECT a.target_code,
                   sum(a.quantity),
                   sum(CASE WHEN t.due_end IS NULL OR a.date <= t.due_end THEN a.quantity ELSE 0 END),
                   sum(a.cost),
                   count(*)
            FROM activities a
            LEFT JOIN targets t ON t.plan_id = ? AND t.code = a.target_code
            WHERE a.unit_id = ? AND a.year = ? AND a.date <= ?
            GROUP BY a.target_code
            """,
            (plan.id if plan else -1, unit_id, year, on.isoformat()),
        ).fetchall()
        return {r[0]: Tally(total=r[1], on_time=r[2], cost=r[3], count=r[4]) for r in rows}

    def progress(self, unit_id: int, year: int, on: date | None = None) -> list[ProgressRow]:
        plan = self.plan_for(year)
        unit = self.unit(unit_id)
        if unit is None:
            raise WorkspaceError("Không tìm thấy đơn vị.")
        on = on or default_on(year)
        return unit_progress(plan, unit, self.tallies(unit_id, year, on), on)

    def other_by_form(
        self, unit_id: int | None, year: int, on: date | None = None
    ) -> list[tuple[str, int, int, int]]:
        """Activities outside numbered tasks of one unit (or of every unit when
        `unit_id` is None): (form, records, quantity, cost)."""
        on = on or date(year, 12, 31)
        unit_clause = "" if unit_id is None else "unit_id = ? AND "
        params = ([] if unit_id is None else [unit_id]) + [year, on.isoformat()]
        return [
            (r[0], r[1], r[2], r[3])
            for r in self.conn.execute(
                "SELECT form, count(*), sum(quantity), sum(cost) FROM activities "
                f"WHERE {unit_clause}year = ? AND target_code IS NULL AND date <= ? "
                "GROUP BY form ORDER BY sum(quantity) DESC, form",
                params,
            )
        ]

    def monthly_totals(self, unit_id: int, year: int, target_code: str | None) -> list[int]:
        """Quantities per month (12 values) for one target code (None: other activities)."""
        totals = [0] * 12
        code_clause = "target_code IS NULL" if target_code is None else "target_code = ?"
        params: list = [unit_id, year] + ([] if target_code is None else [target_code])
        for month, qty in self.conn.execute(
            f"SELECT CAST(substr(date, 6, 2) AS INTEGER), sum(quantity) FROM activities "
            f"WHERE unit_id = ? AND year = ? AND {code_clause} GROUP BY 1",
            params,
        ):
            totals[month - 1] = qty
        return totals

    # -- attachments ---------------------------------------------------------

    def attachments(self, activity_id: int) -> list[dict]:
        """Files attached to an activity: dicts with id, name, rel_path, size."""
        return [
            dict(r)
            for r in self.conn.execute(
                "SELECT id, name, rel_path, size FROM attachments WHERE activity_id = ? "
                "ORDER BY id",
                (activity_id,),
            )
        ]

    def attachment_path(self, rel_path: str) -> Path:
        return self.files_dir / rel_path

    def add_attachment(self, activity_id: int, source: Path | str) -> int:
        """Copy a file into the workspace's folder and attach it; the copy is
        removed again if the record cannot be written."""
        from ..io.attachments import copy_into, remove_file

        folder = self.files_dir / "attachments" / str(activity_id)
        copied, size, sha = copy_into(source, folder)
        rel_path = copied.relative_to(self.files_dir).as_posix()
        try:
            with self.transaction():
                cur = self.conn.execute(
                    "INSERT INTO attachments(activity_id, name, rel_path, size, sha256, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (activity_id, Path(source).name, rel_path, size, sha, now_iso()),
                )
                return cur.lastrowid
        except BaseException:
            remove_file(copied)
            raise

    def remove_attachment(self, attachment_id: int) -> None:
        """Detach a file and delete the workspace's copy of it."""
        from ..io.attachments import remove_file

        row = self.conn.execute(
            "SELECT rel_path FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            return
        with self.transaction():
            self.conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
        remove_file(self.attachment_path(row[0]))

    # -- report texts --------------------------------------------------------

    def report_texts(self, unit_id: int, year: int) -> dict[str, str]:
        return {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT key, text FROM report_texts WHERE unit_id = ? AND year = ?", (unit_id, year)
            )
        }

    def set_report_text(self, unit_id: int, year: int, key: str, text: str) -> None:
        self.set_report_texts(unit_id, year, {key: text})

    def set_report_texts(self, unit_id: int, year: int, texts: dict[str, str]) -> None:
        stamp = now_iso()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO report_texts(unit_id, year, key, text, updated_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(unit_id, year, key) DO UPDATE SET text = excluded.text, "
                "updated_at = excluded.updated_at",
                [(unit_id, year, k, clean_multiline(v), stamp) for k, v in texts.items()],
            )

    # -- imports: remembered column mappings, texts brought from last year ----

    def import_mapping(self, signature: str) -> dict[str, int] | None:
        """The field -> column mapping chosen last time for this header layout."""
        row = self.conn.execute(
            "SELECT mapping FROM import_mappings WHERE signature = ?", (signature,)
        ).fetchone()
        if row is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        return {str(k): int(v) for k, v in data.items() if isinstance(v, int)}

    def import_mappings(self) -> dict[str, dict[str, int]]:
        """Every remembered mapping by layout signature (read once, then used
        off the GUI thread)."""
        signatures = [r[0] for r in self.conn.execute("SELECT signature FROM import_mappings")]
        return {s: m for s in signatures if (m := self.import_mapping(s)) is not None}

    def save_import_mapping(self, signature: str, mapping: dict[str, int]) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO import_mappings(signature, mapping, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(signature) DO UPDATE SET mapping = excluded.mapping, "
                "updated_at = excluded.updated_at",
                (signature, json.dumps(mapping, sort_keys=True), now_iso()),
            )

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

    def report_text_years(self, unit_id: int) -> list[int]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT DISTINCT year FROM report_texts WHERE unit_id = ? ORDER BY year", (unit_id,)
            )
        ]

    def add_missing_report_texts(
        self, unit_id: int, year: int, texts: dict[str, str]
    ) -> tuple[int, int]:
        """Add report texts the workspace does not have yet, never overwriting
        one already written. Returns (added, already present)."""
        stamp = now_iso()
        with self.transaction():
            before = self.conn.total_changes
            self.conn.executemany(
                "INSERT INTO report_texts(unit_id, year, key, text, updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(unit_id, year, key) DO NOTHING",
                [(unit_id, year, k, clean_multiline(v), stamp) for k, v in texts.items()],
            )
            added = self.conn.total_changes - before
        return added, len(texts) - added

    # -- statistics ----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Record counts, shown before a restore and in the about box."""
        return {
            table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("plans", "targets", "units", "activities", "report_texts")
        }
