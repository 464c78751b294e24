"""Activity lists as people really keep them in Excel and CSV: every
enabled sheet read under its header, a total row at the bottom ignored,
each row checked (rowcheck.py) into one ImportResult.

Finding the header and the columns is listlayout.py's part.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter
from pathlib import Path

from ..domain.activity import Problem
from ..domain.plan import Plan
from .listformat import ImportResult, header_key
from .listlayout import NO_HEADER, SheetChoice, SourceFile, is_blank, open_table_source
from .rejects import RefusedRow
from .rowcheck import RowChecker, date_of
from .valuemap import STORED_KEY, ValueChoice, ValueRules, merge_stored, stored_from_mapping

TOTAL_WORDS = ("tong cong", "cong", "tong", "tong so", "cong tong")


def _is_total_row(row: list[object]) -> bool:
    for cell in row:
        if isinstance(cell, str) and cell:
            key = header_key(cell)
            if key in TOTAL_WORDS or key.startswith("tong cong"):
                return True
    return False


def read_sheet(
    choice: SheetChoice,
    checker: RowChecker,
    result: ImportResult,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Check every data row under the header of one sheet into `result`."""
    if choice.header_row is None or not choice.enabled:
        return
    columns = list(choice.mapping.items())
    names = [f for f, _ in columns]
    # One C call picks a row's cells; the extra first column keeps the
    # result a tuple when only one column is mapped (zip drops it).
    pick = itemgetter(*(c for _, c in columns), columns[0][1]) if columns else None
    width = max((c for _, c in columns), default=-1) + 1
    has_form = "form" in choice.mapping
    rules = checker.rules if checker.rules else None  # None: no choice to apply
    date_col = choice.mapping.get("date")
    rows = choice.sheet.rows
    header = rows[choice.header_row]
    for index in range(choice.header_row + 1, len(rows)):
        row = rows[index]
        n = len(row)
        if n >= width and pick is not None:
            values = dict(zip(names, pick(row), strict=False))
        else:
            values = {f: (row[c] if c < n else None) for f, c in columns}
        # A filled date cell (most rows) spares looking at every cell.
        if is_blank(values.get("date")) and all(is_blank(v) for v in values.values()):
            continue
        if row == header:  # the header repeated on each printed page
            continue
        if progress is not None and index % 5000 == 0:
            progress(index)
        cells = values
        if rules is not None:
            cells = dict(values)
            if not rules.apply(values):
                result.skipped_by_choice += 1
                continue
        activity, problems = checker.check(values, has_form)
        if activity is None:
            date_value = row[date_col] if date_col is not None and date_col < n else None
            if _is_total_row(row) and date_of(date_value)[0] is None:
                result.totals_skipped += 1
                continue
            where = {"row": index + 1, "sheet": choice.name, "source": choice.source}
            found = [Problem(p.field, p.message, **where) for p in problems]
            result.rejected.extend(found)
            result.refused.append(RefusedRow(choice.source, choice.name, index + 1, cells, found))
        else:
            result.activities.append(activity)
            result.sources.append((choice.source, choice.name, index + 1))


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
                    labels = ", ".join({"date": "Ngày", "title": "Tiêu đề"}[f] for f in missing)
                    result.rejected.append(
                        Problem(
                            "",
                            f"chưa chọn cột {labels}",
                            source=source.name,
                            sheet=choice.name,
                        )
                    )
                    continue
                read_sheet(choice, checker, result, progress)
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
