"""One import, from chosen files to rows written: the path shared by the
import dialog and the command line.

1. `open_import(paths, remembered)` reads every file: spreadsheets and CSV lists
   (header and columns detected, remembered mappings applied) and previous
   workspace files (read through a migrated copy). Nothing is written.
2. `check_import(session, plan_lookup(ws))` checks every row against the
   plan of its year.
3. `commit_import(session, result, ws)` writes everything in one transaction;
   `dry_run=True` runs the same writes and rolls them back, to count what
   would be new and what is already present.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter
from pathlib import Path

from ..collector import collector_paused
from ..domain.activity import Problem
from ..domain.forms import describe_new_forms, form_key
from ..domain.ownership import OwnerWarning, likely_other_owner
from ..domain.plan import Plan, derive_plan, nearest_year
from ..domain.text import Message, fold, message_of
from ..store import Workspace
from .file_messages import FILE_NOT_FOUND, READING
from .listformat import ImportResult
from .listlayout import SourceFile, open_table_source
from .previous import (
    PreviousImportError,
    PreviousSummary,
    PreviousWorkspace,
    apply_previous,
    is_workspace_file,
    other_unit_refusal,
    read_previous_workspace,
)
from .rowcheck import TaskMatcher
from .smartlist import read_sources, remember_mappings
from .valuemap import ValueChoice, apply_remembered, collect_values, stored_from_mapping

# A year this far from every plan is a typing error rather than a past year.
DERIVE_MAX_YEARS = 10


@dataclass
class ImportSession:
    tables: list[SourceFile] = field(default_factory=list)
    previous: list[PreviousWorkspace] = field(default_factory=list)
    file_errors: list[Problem] = field(default_factory=list)  # files that cannot be read at all


@dataclass
class ImportSummary:
    inserted: int = 0
    skipped: int = 0
    rejected: int = 0
    previous: list[PreviousSummary] = field(default_factory=list)
    new_forms: list[tuple[str, int]] = field(default_factory=list)  # (form, rows)
    derived_plans: list[Plan] = field(default_factory=list)  # plans made for past years
    skipped_by_choice: int = 0
    batch_id: int | None = None  # the import as recorded (ws.imports), None if it added nothing

    def describe(self) -> str:
        return f"Đã nhập {self.inserted}, đã có sẵn {self.skipped}, bị từ chối {self.rejected}."

    def notes(self, dry_run: bool = False) -> list[str]:
        """What else the import did (or, for a trial, would do), one sentence each."""
        made = "Sẽ tạo" if dry_run else "Đã tạo"
        lines = [f"{made} kế hoạch năm {p.year} ({p.derived_note})." for p in self.derived_plans]
        if self.new_forms:
            lines.append(describe_new_forms(self.new_forms) + ".")
        if self.skipped_by_choice:
            lines.append(f"Bỏ qua {self.skipped_by_choice} dòng theo lựa chọn giá trị.")
        return lines

    @property
    def nothing_written(self) -> bool:
        """Every row refused: nothing new, nothing already present."""
        return self.rejected > 0 and self.inserted == 0 and self.skipped == 0


class _DryRun(Exception):
    """Raised to roll back a trial import."""


def open_import(
    paths: list[Path | str],
    remembered: Callable[[str], dict | None] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    *,
    own_unit: str | None = None,
) -> ImportSession:
    """Read the chosen files. `remembered(signature)` gives the column mapping
    chosen before for a header layout (ws.texts.import_mapping, or a dict's
    get when reading off the GUI thread). `own_unit`: the name of the
    workspace's own unit; a previous workspace file of another unit is then
    refused here, with the files that cannot be read, before anything is
    shown as ready to import (`apply_previous` refuses it again on writing)."""
    session = ImportSession()
    with collector_paused():
        for i, p in enumerate(paths):
            path = Path(p)
            if progress is not None:
                progress(i, len(paths), Message(READING, name=path.name))
            if not path.exists():
                session.file_errors.append(
                    Problem("", Message(FILE_NOT_FOUND, path=str(path)), source=path.name)
                )
            elif is_workspace_file(path):
                try:
                    prev = read_previous_workspace(path)
                except PreviousImportError as e:
                    session.file_errors.append(Problem("", message_of(e), source=path.name))
                    continue
                refusal = other_unit_refusal(prev, own_unit)
                if refusal is not None:
                    session.file_errors.append(Problem("", refusal, source=path.name))
                else:
                    session.previous.append(prev)
            else:
                source = open_table_source(path, remembered)
                if source.error:
                    session.file_errors.append(Problem("", source.error, source=path.name))
                else:
                    session.tables.append(source)
    return session


class PlanLookup:
    """Plans by year, all read now so the lookup can be used from a worker
    thread; None (a row without a readable date) gets the latest plan so the
    row's other fields are still checked. A year without a plan gets one made
    from the nearest year's plan (`derived`), stored only if rows of that
    year are written."""

    def __init__(self, plans: dict[int, Plan]):
        self.plans = plans
        self.derived: dict[int, Plan] = {}

    def __call__(self, year: int | None) -> Plan | None:
        if not self.plans:
            return None
        if year is None:
            return self.plans[max(self.plans)]
        plan = self.plans.get(year) or self.derived.get(year)
        if plan is None:
            source = nearest_year(list(self.plans), year)
            if abs(source - year) > DERIVE_MAX_YEARS:
                return None
            plan = self.derived[year] = derive_plan(self.plans[source], year)
        return plan

    def latest(self) -> Plan | None:
        return self(None)


def plan_lookup(ws: Workspace) -> PlanLookup:
    return PlanLookup({y: ws.plans.get(y) for y in ws.plans.years()})


def value_choices(
    session: ImportSession,
    plan: Plan | None,
    stored: Callable[[str], dict | None] | None = None,
) -> list[ValueChoice]:
    """The distinct values of form, task, language and theme not recognised
    exactly, each with its count and proposed match, and the choices
    remembered for these header layouts (`stored(signature)` gives the
    remembered mapping, with its value choices) applied."""
    if plan is None:
        return []
    sheets = [c for source in session.tables for c in source.sheets]
    values = collect_values(sheets, plan, TaskMatcher(plan))
    if stored is not None:
        remembered: dict[str, dict[str, list]] = {}
        for c in sheets:
            if c.enabled and c.header_row is not None:
                for f, choices in (stored_from_mapping(stored(c.signature())) or {}).items():
                    if isinstance(choices, dict):
                        remembered.setdefault(f, {}).update(choices)
        values = apply_remembered(values, remembered)
    return values


def owner_warning(result: ImportResult, plan: Plan | None, ws: Workspace) -> OwnerWarning | None:
    """A warning when the checked rows look like another unit's list."""
    unit = ws.units.self_unit()
    if plan is None or unit is None or not result.activities:
        return None
    return likely_other_owner((a.target_code for a in result.activities), plan, unit)


def check_import(
    session: ImportSession,
    plan_for_year: Callable[[int | None], Plan | None],
    year: int | None = None,
    progress: Callable[[int], None] | None = None,
    values: list[ValueChoice] | None = None,
) -> ImportResult:
    """Check every row of the table sources with the officer's value choices;
    nothing is written."""
    result = ImportResult()
    result.rejected.extend(session.file_errors)
    with collector_paused():
        read_sources(session.tables, plan_for_year, year, result, progress, values)
    # Plans made for years without one, written with the rows of those years.
    result.derived_plans = dict(getattr(plan_for_year, "derived", {}))
    return result


def _settle_forms(ws: Workspace, result: ImportResult, derived: dict[int, Plan]):
    """The forms of the checked rows that no plan of their year has: one
    spelling per word (as first written), rows counted. Returns
    {year: [form...]} to add and [(form, rows)] for the summary.

    Thousands of rows share a few days and forms: each (day, form) is
    settled once, in the order the rows first have it, and only the rows
    whose form is written another way are touched again."""
    activities = result.activities
    pairs = Counter(map(attrgetter("date", "form"), activities))
    known: dict[int, dict[str, str]] = {}
    spelling: dict[str, str] = {}
    counts: dict[str, int] = {}
    per_year: dict[int, list[str]] = {}
    keys: dict[str, str] = {}
    settled: dict[tuple, str] = {}
    year_of = result.year_of
    for (day, form), rows in pairs.items():
        year = year_of(day)
        forms = known.get(year)
        if forms is None:
            plan = ws.plans.get(year) or derived.get(year)
            forms = known[year] = {form_key(f): f for f in (plan.forms if plan else [])}
        key = keys.get(form)
        if key is None:
            key = keys[form] = form_key(form)
        if key in forms:
            settled[day, form] = forms[key]
            continue
        written = settled[day, form] = spelling.setdefault(key, form)
        counts[written] = counts.get(written, 0) + rows
        listed = per_year.setdefault(year, [])
        if written not in listed:
            listed.append(written)
    changed = {pair: form for pair, form in settled.items() if form != pair[1]}
    if changed:
        for a in activities:
            form = changed.get((a.date, a.form))
            if form is not None:
                a.form = form
    new = sorted(counts.items(), key=lambda kv: (-kv[1], fold(kv[0])))
    return per_year, new


def commit_import(
    session: ImportSession,
    result: ImportResult,
    ws: Workspace,
    *,
    dry_run: bool = False,
    values: list[ValueChoice] | None = None,
) -> ImportSummary:
    """Write the previous workspaces, the plans made for past years, the new
    forms, the checked rows and the chosen column mappings and value choices
    in one transaction. Any failure rolls all of it back.

    An import that adds nothing writes nothing: with no row accepted and no
    previous workspace the workspace is not even opened for writing (no
    transaction, no backup), and when every accepted row is already present
    everything is rolled back as in a trial. The column mappings and value
    choices are remembered only with rows actually added, and only for the
    sheets that gave accepted rows."""
    summary = ImportSummary(
        rejected=result.rejected_rows, skipped_by_choice=result.skipped_by_choice
    )
    if not result.activities and not session.previous:
        return summary
    derived = result.derived_plans
    # Rows go in by date: the table's indexes are ordered by date, and
    # inserting in that order touches far fewer pages (new uids follow
    # this order too, see ActivitiesRepository._insert_staged).
    rows = sorted(result.activities, key=attrgetter("date"))
    try:
        # A trial run writes nothing that stays, so it needs no safety backup.
        begin = ws.transaction if dry_run else ws.import_transaction
        files = [t.path.name for t in session.tables] + [p.path.name for p in session.previous]
        with collector_paused(), ws.large_write(), begin():
            mark, batch = ws.imports.begin(files)
            inserted = 0  # rows of the lists added
            for prev in session.previous:
                s = apply_previous(ws, prev)
                summary.previous.append(s)
                summary.inserted += s.inserted
                summary.skipped += s.skipped
            if result.activities:
                unit = ws.units.require_self_unit()
                years = set(map(result.year_of, set(map(attrgetter("date"), rows))))
                for year in sorted(years & set(derived)):
                    if ws.plans.get(year) is None:
                        ws.plans.add(derived[year])
                        summary.derived_plans.append(derived[year])
                forms_per_year, summary.new_forms = _settle_forms(ws, result, derived)
                for year, names in forms_per_year.items():
                    ws.forms.add(year, names)
                inserted, skipped = ws.activities.insert_many(rows, unit.id, import_id=batch)
                summary.inserted += inserted
                summary.skipped += skipped
            if not summary.inserted and not session.previous:
                raise _NothingAdded()  # every row already present: nothing stays
            me = ws.units.self_unit()
            if me is not None and me.id is not None:
                # Sums stay real (and exact): refused, and rolled back, past any real unit's.
                ws.activities.check_year_totals(me.id, me.name, ", ".join(files))
            if inserted:
                remember_mappings(ws, _sheets_with_rows(session, result), values)
            if dry_run:
                raise _DryRun()
            summary.batch_id = ws.imports.record(mark, files, batch)
    except _NothingAdded:
        # Nothing was made either: no plan, no form.
        summary.derived_plans, summary.new_forms = [], []
    except _DryRun:
        pass
    return summary


class _NothingAdded(_DryRun):
    """Raised to roll back an import whose accepted rows are all present already."""


def _sheets_with_rows(session: ImportSession, result: ImportResult) -> list[SourceFile]:
    """The table sources with only the sheets that gave accepted rows, whose
    column mappings are then remembered (a sheet all of whose rows were
    refused teaches nothing)."""
    used = {(source, sheet) for source, sheet, _ in result.sources}
    kept = []
    for source in session.tables:
        sheets = [c for c in source.sheets if (c.source, c.name) in used]
        if sheets:
            kept.append(replace(source, sheets=sheets))
    return kept
