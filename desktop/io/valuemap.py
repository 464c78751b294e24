"""Values mapped once: each distinct form, task, language and theme a list
writes that is not a catalogue entry exactly, with its count and the match
proposed, for the officer to confirm or change before anything is written.

A choice is one of
- `map`: the rows take the catalogue entry `to`;
- `keep`: the rows keep what they say (a form kept as the officer's word; for
  the other fields the rules then decide, and may refuse the rows);
- `skip`: the rows are left out of the import.

Choices are remembered with the column mapping of the header layout and
applied again, by the dialog and the command line, to files with the same headers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from operator import itemgetter

from ..domain.activity import LANGUAGES, check_language, parse_themes
from ..domain.forms import match_form
from ..domain.plan import Plan
from ..domain.text import clean_line, fold

MAPPED_FIELDS = ("form", "target_code", "language", "themes")
ACTIONS = ("map", "keep", "skip")
# Where the choices sit inside a remembered mapping (beside the columns).
STORED_KEY = "@values"


def cell_text(value: object) -> str:
    """The text a choice is keyed by: a cell as the officer reads it."""
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return clean_line(str(value))


@dataclass(frozen=True)
class ValueChoice:
    field: str
    written: str
    rows: int
    proposal: str | None  # the catalogue entry proposed; None: no match found
    action: str  # map | keep | skip
    to: str | None = None  # the entry chosen when action is "map"
    remembered: bool = False

    def key(self) -> tuple[str, str]:
        return self.field, self.written

    def is_default(self) -> bool:
        """The choice made without the officer: the proposal, else keep.
        Only other choices are remembered, so a later proposal (a form the
        officer merged since) is not hidden by an old confirmation."""
        if self.proposal is not None:
            return self.action == "map" and self.to == self.proposal
        return self.action == "keep"


def _propose(field: str, text: str, plan: Plan, matcher) -> tuple[bool, str | None]:
    """(recognised exactly, proposed entry or None)."""
    if field == "form":
        m = match_form(text, plan.forms, plan.form_aliases)
        return m.exact, (None if m.is_new else m.form)
    if field == "target_code":
        if plan.target(text) is not None:
            return True, None
        code, _ = matcher.resolve(text)
        return False, code
    if field == "language":
        if text in LANGUAGES:
            return True, None
        language, error = check_language(text)
        return False, (None if error else language)
    valid = {t.number for t in plan.themes}
    themes, error = parse_themes(text, valid)
    if error is None:
        return True, None
    # Words naming themes ("Kinh tế số; Tổ Công nghệ số cộng đồng"): proposed.
    themes, error = parse_themes(text, valid, tuple(plan.themes))
    if error is None and themes:
        return False, "; ".join(str(n) for n in themes)
    digits = [int(d) for d in "".join(c if c.isdigit() else " " for c in text).split()]
    if digits and all(d in valid for d in digits):
        return False, "; ".join(str(d) for d in sorted(set(digits)))
    return False, None


def collect_values(sheets: Iterable, plan: Plan, matcher) -> list[ValueChoice]:
    """The values of the mapped fields not recognised exactly, over the
    enabled sheets (SheetChoice: header_row, mapping, sheet.rows), most rows
    first, with the default choice: the proposal when there is one; else
    keep for forms (the officer's word) and for the rest (the rules decide)."""
    counts: Counter[tuple[str, str]] = Counter()
    for choice in sheets:
        if not choice.enabled or choice.header_row is None:
            continue
        columns = [(f, c) for f, c in choice.mapping.items() if f in MAPPED_FIELDS]
        if not columns:
            continue
        rows = choice.sheet.rows[choice.header_row + 1 :]
        for f, c in columns:
            # Count the raw cells first: a column repeats a few values on
            # thousands of rows, and each distinct one is read once.
            try:
                raw = Counter(map(itemgetter(c), rows))  # in C, when every row is that wide
            except IndexError:
                raw = Counter(row[c] if c < len(row) else None for row in rows)
            for value, rows_with in raw.items():
                text = cell_text(value)
                if text:
                    counts[f, text] += rows_with
    found = []
    for (f, text), rows in counts.items():
        exact, proposal = _propose(f, text, plan, matcher)
        if exact:
            continue
        action = "map" if proposal is not None else "keep"
        found.append(ValueChoice(f, text, rows, proposal, action, proposal))
    order = {f: i for i, f in enumerate(MAPPED_FIELDS)}
    found.sort(key=lambda v: (order[v.field], -v.rows, fold(v.written)))
    return found


def apply_remembered(
    values: list[ValueChoice], stored: dict[str, dict[str, list]] | None
) -> list[ValueChoice]:
    """The same values with the officer's earlier choices where there are some."""
    if not stored:
        return values
    out = []
    for v in values:
        entry = stored.get(v.field, {}).get(v.written)
        if isinstance(entry, list) and entry and entry[0] in ACTIONS:
            to = entry[1] if entry[0] == "map" and len(entry) > 1 else None
            if entry[0] != "map" or isinstance(to, str):
                v = replace(v, action=entry[0], to=to, remembered=True)
        out.append(v)
    return out


def merge_stored(
    stored: dict[str, dict[str, list]] | None, values: Iterable[ValueChoice]
) -> dict[str, dict[str, list]]:
    """The remembered choices (field -> written -> [action, to]) updated with
    this import's: the officer's own choices kept, defaults forgotten."""
    data = {f: dict(v) for f, v in (stored or {}).items() if isinstance(v, dict)}
    for v in values:
        entries = data.setdefault(v.field, {})
        if v.is_default():
            entries.pop(v.written, None)
        else:
            entries[v.written] = [v.action] + ([v.to] if v.action == "map" else [])
    return {f: entries for f, entries in data.items() if entries}


def stored_from_mapping(mapping: dict | None) -> dict[str, dict[str, list]] | None:
    """The value choices kept inside a remembered mapping, if any."""
    if not isinstance(mapping, dict):
        return None
    data = mapping.get(STORED_KEY)
    return data if isinstance(data, dict) else None


class ValueRules:
    """The choices as the row reader applies them: a cell's value replaced,
    a form kept as written, or the row left out."""

    def __init__(self, values: Iterable[ValueChoice] = ()):
        self.replace: dict[str, dict[str, str]] = {}
        self.skip: dict[str, set[str]] = {}
        self.kept_forms: list[str] = []
        for v in values:
            if v.action == "map" and v.to is not None and v.to != v.written:
                self.replace.setdefault(v.field, {})[v.written] = v.to
            elif v.action == "skip":
                self.skip.setdefault(v.field, set()).add(v.written)
            elif v.action == "keep" and v.field == "form":
                self.kept_forms.append(v.written)
        self.fields = tuple(set(self.replace) | set(self.skip))

    def __bool__(self) -> bool:
        return bool(self.fields)

    def applied(self, field: str, raw: object) -> tuple[bool, object]:
        """(the row is left out, the value it takes) for one cell of `field`."""
        if raw is None or raw == "":
            return False, raw
        text = cell_text(raw)
        if text in self.skip.get(field, ()):
            return True, raw
        to = self.replace.get(field, {}).get(text)
        return False, (raw if to is None else to)

    def apply(self, values: dict[str, object]) -> bool:
        """Apply the choices to one row's values by field (in place); False
        when the row is to be left out."""
        for f in self.fields:
            left_out, value = self.applied(f, values.get(f))
            if left_out:
                return False
            if f in values:
                values[f] = value
        return True


def value_rules_for(
    values: list[ValueChoice] | None,
) -> Callable[[dict[str, object]], bool] | None:
    rules = ValueRules(values or ())
    return rules.apply if rules else None
