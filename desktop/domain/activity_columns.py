"""Many activities checked at once, each field's values together.

A list from elsewhere (a unit's package) repeats a few dates, codes, forms,
amounts and themes over thousands of records: each distinct value of a field
is checked once, by the same rule `validate` applies, and the records'
Activities are made in one pass when every value passed. When any value
fails, or a field holds numbers of more than one kind, nothing is decided
here: the caller checks record by record (`RepeatedChecks.validate`), which
names every problem.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import MISSING, fields
from itertools import repeat
from numbers import Number
from operator import itemgetter

from .activity import Activity, RepeatedChecks, check_link, check_title

# A RawActivity field -> the check of RepeatedChecks that reads it: these
# fields repeat a few values, each checked once.
_SHARED = {
    "date": "date",
    "target_code": "target_code",
    "form": "form",
    "quantity": "quantity",
    "language": "language",
    "cost": "cost",
    "themes": "themes",
    "notes": "notes",
    "views": "reach",
    "reach": "reach",
    "shares": "reach",
    "funding": "funding",
}
# Fields that differ from record to record: checked one by one.
_EACH = {"title": check_title, "link": check_link}

_FIELDS = fields(Activity)  # in order: Activity's positional arguments
_VALUE, _PROBLEM = itemgetter(0), itemgetter(1)


class ColumnChecks(RepeatedChecks):
    """RepeatedChecks for records given as columns; what is learnt of a
    value is kept from one call to the next (one plan and year)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # (check, kind of value) -> {value: clean value} for the values that passed
        self._passed: dict[tuple, dict] = {}

    def activities(
        self,
        columns: Mapping[str, list],
        count: int,
        extra: Mapping[str, Iterable] | None = None,
    ) -> list[Activity] | None:
        """The Activities of `count` records given as `columns` (a
        RawActivity field -> its values in record order; a field not given
        is None throughout, as in a RawActivity), the `extra` Activity
        fields taken as they are (a title or link among them: one the
        caller found to be what `validate` makes of it); None when any
        value is one `validate` refuses (or a field mixes kinds of numbers)."""
        clean: dict[str, Iterable] = dict(extra or {})
        for name, check in _SHARED.items():
            values = columns.get(name)
            mapped = self._mapped(check, values if values is not None else [None] * count)
            if mapped is None:
                return None
            clean[name] = mapped
        for name, check_each in _EACH.items():
            if name in clean:  # found clean by the caller
                continue
            values = columns.get(name)
            results = list(map(check_each, values if values is not None else repeat(None, count)))
            if any(map(_PROBLEM, results)):
                return None
            clean[name] = map(_VALUE, results)
        arguments = []
        for f in _FIELDS:
            if f.name in clean:
                arguments.append(clean[f.name])
            elif f.default is not MISSING:
                arguments.append(repeat(f.default, count))
            else:  # a default factory: a value of its own for each record
                arguments.append([f.default_factory() for _ in range(count)])
        return list(map(Activity, *arguments))

    def _mapped(self, check: str, values: list) -> list | None:
        """The clean values of one field, or None when one fails."""
        # Values of different kinds are never equal keys, but numbers are:
        # 1, 1.0 and True are one key, not one value.
        numbers = [kind for kind in set(map(type, values)) if issubclass(kind, Number)]
        if len(numbers) > 1:
            return None
        passed = self._passed.setdefault((check, numbers[0] if numbers else None), {})
        try:
            new = set(values).difference(passed)
        except TypeError:  # a value that cannot be a key
            return None
        for value in new:
            clean, problem = self._checks[check](value)
            if problem:
                return None
            passed[value] = clean
        return list(map(passed.__getitem__, values))
