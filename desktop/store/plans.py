"""Plans of each year: the plan, its targets, themes and forms, and the unit kinds."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from ..domain.period import CALENDAR, ND09, WINDOWS
from ..domain.plan import (
    LOCAL_KIND_NAMES,
    Plan,
    Target,
    Theme,
    Unit,
    UnitKind,
    copy_plan_to_year,
    plan_from_dict,
)
from ..domain.text import Message, clean_line, template
from ..paths import asset
from .columns import PLANS, TARGETS, read_target
from .errors import WorkspaceError
from .repository import Repository

BUILTIN_PLAN = ("resources", "plan-2023.json")

# The store's messages about plans (desktop.domain.text.Message).
NO_PLAN_YET = template(
    "Chưa có kế hoạch năm {year} (các năm đã có: {years}). Hãy sao chép kế hoạch năm trước "
    "sang năm {year}."
)
NONE_YET = template("chưa có")
HAS_PLAN = template("Đã có kế hoạch năm {year}.")
NOT_COPIED_OVER = template("Năm {year} đã có kế hoạch; không sao chép đè lên.")
NO_PLAN = template("Chưa có kế hoạch năm {year}.")
BAD_WINDOW = template("Kỳ số liệu “{window}” không hợp lệ: dùng {calendar} hoặc {nd09}.")
STARTS_AFTER_END = template("Chỉ tiêu {code}: ngày bắt đầu sau ngày kết thúc.")
NEGATIVE_TARGET = template("Chỉ tiêu {code}: số chỉ tiêu không được âm.")


def no_plan(year: int) -> WorkspaceError:
    return WorkspaceError(Message(NO_PLAN, year=str(year)))


_read_plan = PLANS.reader(dict)


def _derived_key(year: int) -> str:
    return f"plan_derived_from:{year}"


def load_builtin_plan() -> tuple[Plan, list[Unit]]:
    with asset(*BUILTIN_PLAN).open(encoding="utf-8") as f:
        return plan_from_dict(json.load(f))


class PlansRepository(Repository):
    """`ws.plans`: reads and writes of the plans table and its parts."""

    def years(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT year FROM plans ORDER BY year")]

    def unit_kinds(self) -> list[UnitKind]:
        """The kinds the plans name, then those of the workspace's communes,
        wards and special zone the plans do not name (domain.plan.LOCAL_KIND_NAMES):
        a plan made from a year of districts can be given their targets."""
        kinds = [
            UnitKind(r[0], r[1])
            for r in self.conn.execute("SELECT code, name FROM unit_kinds ORDER BY rowid")
        ]
        known = {k.code for k in kinds}
        held = {r[0] for r in self.conn.execute("SELECT DISTINCT kind FROM units")}
        return kinds + [
            UnitKind(code, name)
            for code, name in LOCAL_KIND_NAMES.items()
            if code in held and code not in known
        ]

    def get(self, year: int) -> Plan | None:
        row = self.conn.execute(
            f"SELECT {PLANS.select_list} FROM plans WHERE year = ?", (year,)
        ).fetchone()
        if row is None:
            return None
        fields = _read_plan(row)
        pid = fields["id"]
        targets = [
            read_target(t)
            for t in self.conn.execute(
                f"SELECT {TARGETS.select_list} FROM targets WHERE plan_id = ? "
                "ORDER BY sort_order, id",
                (pid,),
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
        derived = self.ws.get_meta(_derived_key(year))
        return Plan(
            **fields,
            targets=targets,
            themes=themes,
            forms=forms,
            unit_kinds=self.unit_kinds(),
            derived_from=int(derived) if derived and derived.isdigit() else None,
            form_aliases=self.ws.forms.aliases(),
        )

    def require(self, year: int) -> Plan:
        """The plan of a year, or a clear error when the year has none."""
        plan = self.get(year)
        if plan is None:
            years = ", ".join(map(str, self.years())) or Message(NONE_YET)
            raise WorkspaceError(Message(NO_PLAN_YET, year=str(year), years=years))
        return plan

    # -- writes ----------------------------------------------------------------

    def insert_unit_kinds(self, kinds: Iterable[UnitKind]) -> None:
        """In the caller's transaction."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO unit_kinds(code, name) VALUES (?, ?)",
            [(k.code, k.name) for k in kinds],
        )

    def insert(self, plan: Plan) -> int:
        """Write a whole plan in the caller's transaction; returns its id."""
        pid = self.conn.execute(PLANS.insert_sql(), PLANS.insert_params()(plan)).lastrowid
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
        # A plan made from another year's plan says so until one replaces it.
        self.conn.execute("DELETE FROM meta WHERE key = ?", (_derived_key(plan.year),))
        if plan.derived_from is not None:
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES (?, ?)",
                (_derived_key(plan.year), str(plan.derived_from)),
            )
        return pid

    def delete(self, plan_id: int) -> None:
        """Remove a plan with its targets, themes and forms, in the caller's
        transaction (activities keep their codes)."""
        self.conn.execute("DELETE FROM plans WHERE id = ?", (plan_id,))

    def _insert_target(self, plan_id: int, t: Target) -> None:
        params = TARGETS.insert_params({"plan_id": lambda _: plan_id})
        self.conn.execute(TARGETS.insert_sql(), params(t))

    def add(self, plan: Plan) -> None:
        """Store a whole plan for a year that has none yet (marked as derived
        when it was made from another year's plan)."""
        with self.ws.transaction():
            if self.get(plan.year) is not None:
                raise WorkspaceError(Message(HAS_PLAN, year=str(plan.year)))
            self.insert_unit_kinds(plan.unit_kinds)
            self.insert(plan)

    def copy(self, from_year: int, to_year: int, *, replace: bool = False) -> Plan:
        """Copy a plan into another year, earlier or later (codes kept);
        refuses to overwrite that year's plan unless `replace`."""
        source = self.require(from_year)
        copy = copy_plan_to_year(source, to_year)
        if replace:
            self.replace(copy)
        else:
            if self.get(to_year) is not None:
                raise WorkspaceError(Message(NOT_COPIED_OVER, year=str(to_year)))
            self.add(copy)
        return self.require(to_year)

    def replace(self, plan: Plan) -> None:
        """Put `plan` in place of its year's plan (targets, themes, forms);
        the year's activities stay, and so do the officer's own forms."""
        with self.ws.transaction():
            old = self.get(plan.year)
            if old is not None:
                self.delete(old.id)
            self.insert_unit_kinds(plan.unit_kinds)
            self.insert(plan)
            if old is not None:
                self.ws.forms.add(plan.year, old.forms)

    def update_info(
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
        info = Plan(
            year=year,
            title=clean_line(title),
            issuer=clean_line(issuer),
            number=clean_line(number),
            signed_date=signed_date,
            subject=clean_line(subject),
            report_deadline=report_deadline,
        )
        with self.ws.transaction():
            cur = self.conn.execute(
                PLANS.update_sql(key="year"), (*PLANS.update_params()(info), year)
            )
            if cur.rowcount != 1:
                raise no_plan(year)

    def set_consolidator(self, year: int, name: str) -> list[Unit]:
        """The unit the year's reports go to, chosen by the officer; a unit of
        that name becomes a consolidating unit, and the units whose reports
        went to the one named before now go to it (returned)."""
        with self.ws.transaction():
            before = self.get(year)
            cur = self.conn.execute(
                "UPDATE plans SET consolidator = ? WHERE year = ?", (clean_line(name), year)
            )
            if cur.rowcount != 1:
                raise no_plan(year)
            self.ws.units.mark_consolidator(name, self.get(year))
            return self.ws.units.follow_consolidator(before.consolidator, name)

    def mark_checked(self, year: int) -> bool:
        """The officer has checked a plan the app made from another year's
        (tasks, targets, dates, consolidating department): it stops being
        marked "tạo từ kế hoạch năm …". False when it was not so marked."""
        with self.ws.transaction():
            if self.get(year) is None:
                raise no_plan(year)
            cur = self.conn.execute("DELETE FROM meta WHERE key = ?", (_derived_key(year),))
        return cur.rowcount > 0

    def set_window(self, year: int, window: str) -> None:
        """The period the year's figures are counted over (domain.period)."""
        if window not in WINDOWS:
            raise WorkspaceError(
                Message(BAD_WINDOW, window=str(window), calendar=CALENDAR, nd09=ND09)
            )
        with self.ws.transaction():
            cur = self.conn.execute(
                "UPDATE plans SET year_window = ? WHERE year = ?", (window, year)
            )
            if cur.rowcount != 1:
                raise no_plan(year)

    def set_report_deadline(self, year: int, deadline: date | None) -> None:
        with self.ws.transaction():
            self.conn.execute(
                "UPDATE plans SET report_deadline = ? WHERE year = ?",
                (deadline.isoformat() if deadline else None, year),
            )

    def save_target(self, year: int, target: Target) -> None:
        """Insert or update one target of a year's plan (matched by code)."""
        if target.due_start > target.due_end:
            raise WorkspaceError(Message(STARTS_AFTER_END, code=target.code))
        if target.target is not None and target.target < 0:
            raise WorkspaceError(Message(NEGATIVE_TARGET, code=target.code))
        plan = self.require(year)
        with self.ws.transaction():
            self.conn.execute(
                "DELETE FROM targets WHERE plan_id = ? AND code = ?", (plan.id, target.code)
            )
            self._insert_target(plan.id, target)
