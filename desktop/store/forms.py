"""The workspace's forms: the plans' catalogues and the officer's own words.

A form an import brings that matches no form of the catalogue joins the
forms of its year's plan. The Kế hoạch page renames a form or merges it into
another; every activity of that form, of every year and unit, follows in the
same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..domain.forms import form_key
from ..domain.text import Message, clean_line, template
from .columns import now_iso
from .errors import WorkspaceError
from .plans import no_plan
from .repository import Repository

MAX_FORM = 200
ALIASES_KEY = "form_aliases"
NO_NAME = template("Tên hình thức không được để trống.")
TOO_LONG = template("Tên hình thức dài quá {limit} ký tự.")
NO_SUCH_FORM = template("Không có hình thức “{name}”.")
NO_FORM_TO_MERGE_INTO = template("Không có hình thức “{name}” để gộp vào.")


class FormsRepository(Repository):
    """`ws.forms`: the forms table of every plan, and activities' forms."""

    def _plan_id(self, year: int) -> int | None:
        row = self.conn.execute("SELECT id FROM plans WHERE year = ?", (year,)).fetchone()
        return None if row is None else row[0]

    def of_year(self, year: int) -> list[str]:
        pid = self._plan_id(year)
        if pid is None:
            return []
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT name FROM forms WHERE plan_id = ? ORDER BY position", (pid,)
            )
        ]

    def add(self, year: int, names: Iterable[str]) -> list[str]:
        """Append forms to the plan of `year`, each once (names equal up to
        case, spacing and accents are one form); returns those added."""
        pid = self._plan_id(year)
        if pid is None:
            raise no_plan(year)
        added: list[str] = []
        with self.ws.transaction():
            known = {form_key(f) for f in self.of_year(year)}
            position = self.conn.execute(
                "SELECT ifnull(max(position), -1) + 1 FROM forms WHERE plan_id = ?", (pid,)
            ).fetchone()[0]
            for name in names:
                name = clean_line(name)
                key = form_key(name)
                if not name or key in known:
                    continue
                known.add(key)
                self.conn.execute(
                    "INSERT INTO forms(plan_id, position, name) VALUES (?, ?, ?)",
                    (pid, position, name),
                )
                position += 1
                added.append(name)
        return added

    def aliases(self) -> tuple[tuple[str, str], ...]:
        """(folded word, form): the words renamed or merged into a form, so
        the next list that writes them is matched the same way."""
        try:
            data = json.loads(self.ws.get_meta(ALIASES_KEY) or "{}")
        except ValueError:
            return ()
        if not isinstance(data, dict):
            return ()
        return tuple(
            (k, v) for k, v in sorted(data.items()) if isinstance(k, str) and isinstance(v, str)
        )

    def _remember_alias(self, old: str, new: str) -> None:
        data = {k: (new if v == old else v) for k, v in self.aliases()}
        data[form_key(old)] = new
        data.pop(form_key(new), None)
        self.ws.set_meta(ALIASES_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))

    def counts(self, year: int) -> dict[str, int]:
        """Activities of every unit in `year` by form."""
        return dict(
            self.conn.execute(
                "SELECT form, count(*) FROM activities WHERE year = ? GROUP BY form", (year,)
            ).fetchall()
        )

    def activity_count(self, name: str) -> int:
        return self.conn.execute(
            "SELECT count(*) FROM activities WHERE form = ?", (name,)
        ).fetchone()[0]

    def rename(self, old: str, new: str) -> int:
        """Rename a form in every plan, or merge it into `new` where a plan
        already has that form; every activity of `old` takes `new`. Returns
        the number of activities changed. One transaction."""
        new = clean_line(new)
        if not new:
            raise WorkspaceError(Message(NO_NAME))
        if len(new) > MAX_FORM:
            raise WorkspaceError(Message(TOO_LONG, limit=str(MAX_FORM)))
        if new == old:
            return 0
        with self.ws.transaction():
            plans = self.conn.execute(
                "SELECT DISTINCT plan_id FROM forms WHERE name = ?", (old,)
            ).fetchall()
            if not plans and not self.activity_count(old):
                raise WorkspaceError(Message(NO_SUCH_FORM, name=old))
            for (pid,) in plans:
                has_new = self.conn.execute(
                    "SELECT 1 FROM forms WHERE plan_id = ? AND name = ?", (pid, new)
                ).fetchone()
                if has_new:
                    self.conn.execute(
                        "DELETE FROM forms WHERE plan_id = ? AND name = ?", (pid, old)
                    )
                else:
                    self.conn.execute(
                        "UPDATE forms SET name = ? WHERE plan_id = ? AND name = ?", (new, pid, old)
                    )
            stamp = now_iso()
            changed = self.conn.execute(
                "UPDATE activities SET form = ?, updated_at = ? WHERE form = ?", (new, stamp, old)
            ).rowcount
            if form_key(old) != form_key(new):
                self._remember_alias(old, new)
        return changed

    def merge(self, old: str, into: str) -> int:
        """Merge a form into another form of the catalogue (see `rename`)."""
        if not self.conn.execute("SELECT 1 FROM forms WHERE name = ?", (into,)).fetchone():
            raise WorkspaceError(Message(NO_FORM_TO_MERGE_INTO, name=into))
        return self.rename(old, into)
