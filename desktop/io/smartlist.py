"""Activity lists as people really keep them in Excel and CSV: every
enabled sheet read under its header, a total row at the bottom ignored,
each row checked (rowcheck.py) into one ImportResult.

Finding the header and the columns is listlayout.py's part.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path

from ..domain.activity import FIELD_LABELS, Problem
from ..domain.plan import Plan
from ..domain.text import Message, NumberError, joined, parse_scaled_money, template
from .blockcheck import BLOCK, check_columns, date_special, looked_up
from .listformat import ImportResult, header_key
from .listlayout import (
    NO_HEADER,
    SheetChoice,
    SourceFile,
    is_blank,
    money_scale,
    open_table_source,
)
from .rejects import RefusedRow
from .rowcheck import RowChecker, _Memo, date_of
from .valuemap import STORED_KEY, ValueChoice, ValueRules, merge_stored, stored_from_mapping

NO_COLUMN_CHOSEN = template("chưa chọn cột {columns}")
TOTAL_WORDS = ("tong cong", "cong", "tong", "tong so", "cong tong")


def _is_total_row(row: list[object]) -> bool:
    for cell in row:
        if isinstance(cell, str) and cell:
            key = header_key(cell)
            if key in TOTAL_WORDS or key.startswith("tong cong"):
                return True
    return False


class _SheetRows:
    """The rows of one sheet under its header, read into `result`."""

    def __init__(self, choice: SheetChoice, checker: RowChecker, result: ImportResult):
        self.choice = choice
        self.checker = checker
        self.result = result
        self.columns = list(choice.mapping.items())
        self.names = [f for f, _ in self.columns]
        # One C call picks a row's cells; the extra first column keeps the
        # result a tuple when only one column is mapped (zip drops it).
        cols = [c for _, c in self.columns]
        self.pick = itemgetter(*cols, cols[0]) if cols else None
        self.width = max(cols, default=-1) + 1
        self.has_form = "form" in choice.mapping
        self.rules = checker.rules if checker.rules else None  # None: no choice to apply
        self.date_col = choice.mapping.get("date")
        self.rows = choice.sheet.rows
        self.header = self.rows[choice.header_row]
        date_col = self.date_col
        header_date = (
            self.header[date_col] if date_col is not None and date_col < len(self.header) else _NO
        )
        # Whether a date cell leaves the row to the row-by-row check (blank
        # or the header's), and each value choice, once per distinct value.
        self.date_special = _Memo(lambda v: date_special(v, header_date))
        # A blank date, or the header's when it is no date (as always but
        # for a header chosen by hand), is a date the check refuses: the
        # row goes to the row-by-row check without looking for it first.
        self.look_for_header = date_of(header_date)[0] is not None
        self.choices = {
            f: _Memo(lambda v, f=f: self.rules.applied(f, v))
            for f in (self.rules.fields if self.rules else ())
            if f in choice.mapping
        }
        # A cost column in thousands or millions of đồng: its cells in đồng.
        cost_col = choice.mapping.get("cost")
        scale = money_scale(self.header[cost_col]) if cost_col is not None else 1
        if cost_col is not None and cost_col >= len(self.header):
            scale = 1
        self.scaled = _Memo(lambda v: _in_dong(v, scale)) if scale > 1 else None

    def values(self, row: list[object]) -> dict[str, object]:
        n = len(row)
        if n >= self.width and self.pick is not None:
            return dict(zip(self.names, self.pick(row), strict=False))
        return {f: (row[c] if c < n else None) for f, c in self.columns}

    def skipped(self, index: int) -> bool:
        """A blank row, or the header repeated on a printed page."""
        values = self.values(self.rows[index])
        # A filled date cell (most rows) spares looking at every cell.
        if is_blank(values.get("date")) and all(is_blank(v) for v in values.values()):
            return True
        return self.rows[index] == self.header

    def one(self, index: int) -> None:
        """One row by the row-by-row check."""
        choice, result = self.choice, self.result
        row = self.rows[index]
        if self.skipped(index):
            return
        values = self.values(row)
        cells = values
        if self.rules is not None:
            cells = dict(values)
            if not self.rules.apply(values):
                result.skipped_by_choice += 1
                return
        if self.scaled is not None:
            if values is cells:
                values = dict(values)
            v = values.get("cost")
            values["cost"] = self.scaled[v] if v.__class__ is str else self.scaled[v.__class__, v]
        activity, problems = self.checker.check(values, self.has_form)
        if activity is None:
            n = len(row)
            date_col = self.date_col
            date_value = row[date_col] if date_col is not None and date_col < n else None
            if _is_total_row(row) and date_of(date_value)[0] is None:
                result.totals_skipped += 1
                return
            where = {"row": index + 1, "sheet": choice.name, "source": choice.source}
            found = [Problem(p.field, p.message, **where) for p in problems]
            result.rejected.extend(found)
            result.refused.append(RefusedRow(choice.source, choice.name, index + 1, cells, found))
        else:
            result.activities.append(activity)
            result.sources.append((choice.source, choice.name, index + 1))

    def block(self, start: int, end: int) -> None:
        """Rows start..end-1: the column-wise check for the rows it settles,
        the row-by-row check for the others, into `result` in row order."""
        block = self.rows[start:end]
        n = len(block)
        if self.pick is None:
            for index in range(start, end):
                self.one(index)
            return
        if min(map(len, block)) < self.width:  # short rows (CSV): padded as `values` reads them
            pad = [None] * self.width
            block = [r if len(r) >= self.width else (r + pad)[: self.width] for r in block]
        cells = list(zip(*map(self.pick, block), strict=True))
        values = dict(zip(self.names, cells, strict=False))
        special: set[int] = set()
        if self.look_for_header:
            marks = looked_up(self.date_special, values["date"])
            if any(marks):
                special.update(compress(range(n), marks))
        for f, memo in self.choices.items():
            applied = looked_up(memo, values[f])
            skips = list(map(_first, applied))
            if any(skips):
                special.update(compress(range(n), skips))
            values[f] = list(map(_second, applied))
        if self.scaled is not None:
            values["cost"] = looked_up(self.scaled, values["cost"])
        activities = check_columns(self.checker, values, n, self.has_form, special)
        result, source, name = self.result, self.choice.source, self.choice.name
        done = 0  # activities taken
        at = 0  # next row offset
        for offset in sorted(special) + [n]:
            if offset > at:
                k = offset - at
                result.activities.extend(activities[done : done + k])
                result.sources.extend(
                    zip(repeat(source), repeat(name), range(start + at + 1, start + offset + 1))
                )
                done += k
            if offset < n:
                self.one(start + offset)
            at = offset + 1


def _in_dong(value: object, scale: int) -> object:
    """A cell of a cost column counted in `scale` đồng, in đồng; a cell
    that cannot be read so is left as it is, for the cost check to refuse
    with its own reason."""
    try:
        return parse_scaled_money(value, scale)
    except NumberError:
        return value


_NO = object()  # a header without a date cell: no data cell equals it
_first = itemgetter(0)
_second = itemgetter(1)


def read_sheet(
    choice: SheetChoice,
    checker: RowChecker,
    result: ImportResult,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Check every data row under the header of one sheet into `result`, a
    block of rows at a time (blockcheck); `progress(row index)` is told at
    each row of index a multiple of BLOCK that is not blank or a header."""
    if choice.header_row is None or not choice.enabled:
        return
    reader = _SheetRows(choice, checker, result)
    total = len(reader.rows)
    start = choice.header_row + 1
    while start < total:
        end = min((start // BLOCK + 1) * BLOCK, total)
        if progress is not None and start % BLOCK == 0 and not reader.skipped(start):
            progress(start)
        reader.block(start, end)
        start = end


def read_sources(
    sources: list[SourceFile],
    plan_for_year: Callable[[int | None], Plan | None],
    year: int | None = None,
    result: ImportResult | None = None,
    progress: Callable[[int], None] | None = None,
    values: list[ValueChoice] | None = None,
) -> ImportResult:
    """Check the rows of every enabled sheet, with the officer's choices for
    values (desktop.io.valuemap); file-level problems go to result.rejected
    without a row number."""
    result = result or ImportResult()
    checker = RowChecker(plan_for_year, year, ValueRules(values or ()))
    for source in sources:
        if source.error:
            result.rejected.append(Problem("", source.error, source=source.name))
            continue
        if not any(c.enabled and c.header_row is not None for c in source.sheets):
            result.rejected.append(Problem("", NO_HEADER, source=source.name))
            continue
        for choice in source.sheets:
            if choice.enabled and choice.header_row is not None:
                missing = choice.missing()
                if missing:
                    labels = joined(", ", [Message(FIELD_LABELS[f]) for f in missing])
                    result.rejected.append(
                        Problem(
                            "",
                            Message(NO_COLUMN_CHOSEN, columns=labels),
                            source=source.name,
                            sheet=choice.name,
                        )
                    )
                    continue
                read_sheet(choice, checker, result, progress)
    for day in {a.date for a in result.activities}:
        year = checker.year_of(day)
        if year != day.year:
            result.years[day] = year
    return result


def remember_mappings(
    ws, sources: list[SourceFile], values: list[ValueChoice] | None = None
) -> None:
    """Store the mapping of every sheet that was read, with the officer's
    value choices (inside the caller's transaction), so the same layout is
    recognised and its values mapped the same way next time."""
    for source in sources:
        for choice in source.sheets:
            if choice.enabled and choice.header_row is not None and not choice.missing():
                signature = choice.signature()
                stored = stored_from_mapping(ws.texts.import_mapping_data(signature))
                kept = merge_stored(stored, values or ())
                mapping: dict = dict(choice.mapping)
                if kept:
                    mapping[STORED_KEY] = kept
                ws.texts.save_import_mapping(signature, mapping)


def read_list_file(
    path: Path | str, plan_for_year, year: int | None = None, result: ImportResult | None = None
) -> ImportResult:
    """Read one list file (the app's format or a list kept by hand).
    `plan_for_year(year)` gives the plan that checks each row (a row's year
    decides which plan applies; None asks for the plan to check a row whose
    date is unreadable)."""
    return read_sources([open_table_source(path)], plan_for_year, year, result)
