"""One column list per table: it drives the INSERT, the UPDATE, the SELECT,
the mapping of a row back to its domain object and the fields a submission
package carries. Adding a field to an entity means adding one `Column` here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from ..domain.activity import Activity, mask_to_themes, themes_to_mask
from ..domain.plan import Target, Unit
from ..domain.text import clean_line
from .schema import search_text


def now_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _same(value):
    return value


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _stamp(value: datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") if value else None


def _words(values) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _clean_words(values) -> str:
    return _words(clean_line(v) for v in values if clean_line(v))


def _read_words(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


@dataclass(frozen=True)
class Column:
    """One column of a table and the domain attribute it holds.

    `attr` None: a column derived from the whole object by `derive` (never
    read back). `to_sql`/`from_sql` convert the attribute's value; `to_json`
    None keeps the field out of the package. `insert`/`update`: whether the
    INSERT and UPDATE write it.
    """

    name: str
    attr: str | None = ""
    to_sql: Callable[[Any], Any] = _same
    from_sql: Callable[[Any], Any] = _same
    to_json: Callable[[Any], Any] | None = _same
    derive: Callable[[Any], Any] | None = None
    insert: bool = True
    update: bool = True
    # `derive` written as a Python expression over `obj`, for the generated
    # row functions (no call per row); `derive` stays the reference.
    expression: str = ""
    # The value may be None (NULL): see `Table.insert_params(blank_nulls=)`.
    nullable: bool = False

    @property
    def attribute(self) -> str | None:
        return self.name if self.attr == "" else self.attr

    def writer(self) -> Callable[[Any], Any]:
        if self.derive is not None:
            return self.derive
        get, convert = attrgetter(self.attribute), self.to_sql
        if convert is _same:
            return get
        return lambda obj: convert(get(obj))


@dataclass(frozen=True)
class Fixed:
    """An override giving every object the same value (the unit of a batch)."""

    value: Any


@dataclass(frozen=True)
class Expression:
    """An override written as a Python expression over `obj` (and `names`),
    inlined in the generated row function instead of called for each row."""

    text: str
    names: tuple[tuple[str, Any], ...] = ()


Override = Callable[[Any], Any] | Fixed | Expression


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]

    def column_names(self, *, insert: bool = False, update: bool = False) -> list[str]:
        return [
            c.name for c in self.columns if (not insert or c.insert) and (not update or c.update)
        ]

    @property
    def select_list(self) -> str:
        """Every column read back into the domain object, in order."""
        return ", ".join(c.name for c in self.columns if c.attribute is not None)

    def insert_sql(self, tail: str = "") -> str:
        names = self.column_names(insert=True)
        return (
            f"INSERT INTO {self.name} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' * len(names))}){tail}"
        )

    def update_sql(self, key: str = "id") -> str:
        sets = ", ".join(f"{n} = ?" for n in self.column_names(update=True))
        return f"UPDATE {self.name} SET {sets} WHERE {key} = ?"

    def _params(
        self,
        columns: Sequence[Column],
        overrides: dict[str, Override] | None,
        blank_nulls: bool = False,
    ) -> Callable[[Any], tuple]:
        """obj -> the columns' values. Built as one tuple expression (a plain
        attribute read where the column needs no conversion): imports call it
        for every one of 100,000 rows, and a loop over per-column callables
        costs as much as SQLite's own insert."""
        overrides = overrides or {}
        names: dict[str, Any] = {}
        terms = []
        for i, c in enumerate(columns):
            override = overrides.get(c.name)
            if isinstance(override, Fixed):
                names[f"f{i}"] = override.value
                terms.append(f"f{i}")
            elif isinstance(override, Expression):
                names.update(override.names)
                terms.append(f"({override.text})")
            elif override is None and c.expression:
                terms.append(f"({c.expression})")
            elif override is None and c.derive is None and (c.attribute or "").isidentifier():
                inline = _INLINE.get(c.to_sql)
                if c.to_sql is _same:
                    terms.append(f"obj.{c.attribute}")
                elif inline is not None:
                    terms.append(inline.format(f"obj.{c.attribute}"))
                else:
                    names[f"f{i}"] = c.to_sql
                    terms.append(f"f{i}(obj.{c.attribute})")
            else:
                names[f"f{i}"] = override or c.writer()
                terms.append(f"f{i}(obj)")
            if blank_nulls and c.nullable:
                terms[-1] = f"('' if {terms[-1]} is None else {terms[-1]})"
        source = f"lambda obj: ({', '.join(terms)},)"
        return eval(source, names)  # noqa: S307 - built from the column list above only

    def insert_params(
        self, overrides: dict[str, Override] | None = None, *, blank_nulls: bool = False
    ) -> Callable[[Any], tuple]:
        """obj -> the INSERT's values; `overrides` replace a column's value.
        `blank_nulls`: a nullable column's None is given as '' (binding None
        costs Python's sqlite3 a failed adapter lookup, several times an ''),
        for a statement that turns '' back into NULL (`nullable_names`)."""
        return self._params([c for c in self.columns if c.insert], overrides, blank_nulls)

    def nullable_names(self) -> set[str]:
        return {c.name for c in self.columns if c.nullable}

    def update_params(self, overrides: dict[str, Override] | None = None) -> Callable[[Any], tuple]:
        """obj -> the UPDATE's values (the key goes last, added by the caller)."""
        return self._params([c for c in self.columns if c.update], overrides)

    def reader(self, cls: type) -> Callable[[Any], Any]:
        """row of `SELECT {select_list}` (values in that order) -> domain object."""
        read_back = [c for c in self.columns if c.attribute is not None]
        attrs = [c.attribute for c in read_back]
        converted = [(i, c.from_sql) for i, c in enumerate(read_back) if c.from_sql is not _same]

        def read(row):
            values = list(row)
            for i, convert in converted:
                values[i] = convert(values[i])
            return cls(**dict(zip(attrs, values, strict=True)))

        return read

    def record(self, obj) -> dict:
        """The fields a submission package carries, in the column order."""
        return {
            c.attribute: c.to_json(getattr(obj, c.attribute))
            for c in self.columns
            if c.to_json is not None and c.attribute is not None
        }


def _or_none(value):
    return value or None


def _or_empty(value):
    return value or ""


def _or_zero(value):
    return value or 0


# Converters written out in the generated row functions instead of called.
_INLINE = {_or_none: "({} or None)", _or_empty: "({} or '')", _or_zero: "({} or 0)"}


ACTIVITIES = Table(
    "activities",
    (
        Column("id", insert=False, update=False, to_json=None),
        Column("uid", update=False, nullable=True),
        Column("unit_id", update=False, to_json=None),
        Column("year", attr=None, derive=lambda a: a.date.year, expression="obj.date.year"),
        Column("date", to_sql=date.isoformat, from_sql=date.fromisoformat, to_json=date.isoformat),
        Column("target_code", to_sql=_or_none, nullable=True),
        Column("form"),
        Column("title"),
        Column("quantity"),
        Column("language"),
        Column("link", to_sql=_or_empty),
        Column("cost", to_sql=_or_zero),
        Column("themes", to_sql=themes_to_mask, from_sql=mask_to_themes, to_json=list),
        Column("notes", to_sql=_or_empty),
        Column("source", to_sql=_or_empty),
        Column("views", nullable=True),
        Column("reach", nullable=True),
        Column("shares", nullable=True),
        Column("funding", to_sql=_or_empty),
        Column(
            "created_at",
            to_sql=_stamp,
            from_sql=datetime.fromisoformat,
            to_json=_stamp,
            update=False,
        ),
        Column("updated_at", to_sql=_stamp, from_sql=datetime.fromisoformat, to_json=_stamp),
        Column(
            "search_text",
            attr=None,
            derive=lambda a: search_text(a.title, a.notes or "", a.link or ""),
        ),
    ),
)

UNITS = Table(
    "units",
    (
        Column("id", insert=False, update=False, to_json=None),
        Column("name", to_sql=clean_line),
        Column("short_name", derive=lambda u: clean_line(u.short_name) or clean_line(u.name)),
        Column("abbreviation", to_sql=clean_line),
        Column("kind"),
        Column("lead_kinds", to_sql=_words, from_sql=_read_words, to_json=list),
        Column("governing_body", to_sql=clean_line),
        Column("place", to_sql=clean_line),
        Column("signer_authority", to_sql=clean_line),
        Column("signer_title", to_sql=clean_line),
        Column("signer_name", to_sql=clean_line),
        Column("addressee", to_sql=clean_line),
        Column("recipients", to_sql=_clean_words, from_sql=_read_words, to_json=list),
        Column("archive", to_sql=lambda v: clean_line(v) or "VT"),
        Column("consolidator", to_sql=int, from_sql=bool, to_json=None),
    ),
)

TARGETS = Table(
    "targets",
    (
        Column("plan_id", attr=None, update=False),
        Column("code"),
        Column("task", to_json=None),
        Column("title"),
        Column("measure"),
        Column("target"),
        Column("per_unit", to_sql=int, from_sql=bool),
        Column("lead_kinds", to_sql=_words, from_sql=_read_words, to_json=list),
        Column("due_start", to_sql=date.isoformat, from_sql=date.fromisoformat, to_json=_day),
        Column("due_end", to_sql=date.isoformat, from_sql=date.fromisoformat, to_json=_day),
        Column("due_label", to_json=None),
        Column("coordinators", to_json=None),
        Column("frequency", to_json=None),
        Column("sort_order", to_json=None),
    ),
)

PLANS = Table(
    "plans",
    (
        Column("id", insert=False, update=False, to_json=None),
        Column("year", update=False),
        Column("title"),
        Column("issuer"),
        Column("number"),
        Column("signed_date", to_sql=_day, from_sql=_parse_day, to_json=_day),
        Column("subject", to_json=None),
        Column("report_deadline", to_sql=_day, from_sql=_parse_day, to_json=_day),
        # set when a plan is stored whole (plan files); the plan page leaves it
        Column("consolidator", to_json=None, update=False),
        # set with plans.set_window (and with a plan stored whole)
        Column("year_window", attr="window", to_json=None, update=False),
    ),
)

read_activity = ACTIVITIES.reader(Activity)
read_unit = UNITS.reader(Unit)
read_target = TARGETS.reader(Target)
