"""The values inside a submission package, trusted for nothing.

JSON parts are parsed strictly (no NaN or Infinity, no lone surrogate in any
text); the activity list is parsed one entry at a time and never beyond the
count the manifest declares; every field of every activity is checked for its
kind and then by the same rules as an imported list. Every refusal names the
part, the entry and the field.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from functools import lru_cache
from itertools import chain, islice, repeat

from ..domain.activity import (
    FIELD_LABELS,
    MAX_TITLE,
    Activity,
    RawActivity,
    RepeatedChecks,
    format_themes,
    year_totals_problem,
)
from ..domain.activity_columns import ColumnChecks
from ..domain.plan import Plan
from ..domain.text import clean_line, format_int
from .blockcheck import LINK_LIMIT, clean_texts

ACTIVITIES_PART = "hoat-dong.json"
# Far more than any unit records in a year (a province's busiest has a few
# thousand); the manifest's own count bounds the list before that.
MAX_PACKAGE_ACTIVITIES = 1_000_000
MAX_PROBLEMS_SHOWN = 5


class PackageError(Exception):
    """A package cannot be written or read; the message says why in Vietnamese."""


def _not_a_number(label: str):
    def refuse(constant: str):
        raise PackageError(f"phần “{label}” có giá trị “{constant}”, không phải số")

    return refuse


# A lone surrogate can only come from a \uD800-\uDFFF escape: texts without
# one need no further look.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACE = re.compile(r"[ \t\n\r]*")


def no_lone_surrogates(value: object, label: str) -> None:
    """Refuse a lone surrogate anywhere in a parsed value (keys included): it
    cannot be stored or shown, and would stop the whole batch later."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise PackageError(
                    f"phần “{label}” có ký tự không hợp lệ (mã UTF-16 lẻ) trong “{_shown(item)}”"
                )
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _shown(text: str) -> str:
    clean = _SURROGATE.sub("\ufffd", text)
    return clean if len(clean) <= 60 else clean[:57] + "..."


def _decode(data: bytes, label: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PackageError(f"phần “{label}” không phải văn bản UTF-8 hợp lệ") from e


def json_value(data: bytes, label: str):
    text = _decode(data, label)
    try:
        value = json.loads(text, parse_constant=_not_a_number(label))
    except ValueError as e:
        raise PackageError(f"phần “{label}” không phải JSON hợp lệ") from e
    if _SURROGATE_ESCAPE.search(text):
        no_lone_surrogates(value, label)
    return value


# A list up to this long is parsed whole: its values take at most some
# 25 times its text (a list of empty lists), no more than one entry of that
# length may take in a longer list.
WHOLE_LIST_CHARS = 4 << 20


def json_entries(data: bytes, label: str, limit: int):
    """The entries of a JSON list, never more than `limit`: beyond
    WHOLE_LIST_CHARS parsed one at a time, so that a list of millions of
    tiny entries is refused at the first one too many instead of being built
    whole in memory."""
    text = _decode(data, label)
    check = _SURROGATE_ESCAPE.search(text) is not None
    decoder = json.JSONDecoder(parse_constant=_not_a_number(label))
    if len(text) <= WHOLE_LIST_CHARS and not check:
        # A unit's list is parsed whole (a third quicker); anything but a
        # list within the limit is read again entry by entry, which says why.
        try:
            whole = decoder.decode(text)
        except Exception:
            whole = None
        if whole.__class__ is list and len(whole) <= limit:
            yield from whole
            return
    broken = PackageError(f"phần “{label}” không phải JSON hợp lệ")
    pos = _SPACE.match(text).end()
    if not text.startswith("[", pos):
        raise PackageError(f"phần “{label}” không phải danh sách hoạt động")
    pos = _SPACE.match(text, pos + 1).end()
    count = 0
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            count += 1
            if count > limit:
                raise PackageError(
                    f"phần “{label}” có nhiều mục hơn {format_int(limit)} hoạt động ghi trong "
                    "manifest.json"
                )
            try:
                value, pos = decoder.raw_decode(text, pos)
            except ValueError as e:
                raise broken from e
            if check:
                no_lone_surrogates(value, label)
            yield value
            pos = _SPACE.match(text, pos).end()
            if text.startswith(",", pos):
                pos = _SPACE.match(text, pos + 1).end()
            elif text.startswith("]", pos):
                pos += 1
                break
            else:
                raise broken
    if _SPACE.match(text, pos).end() != len(text):
        raise broken


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def brief(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


# What each field of an activity may be in hoat-dong.json.
_TEXT = (str, type(None))
_WHOLE = (int, type(None))
_FIELD_TYPES: dict[str, tuple[tuple[type, ...], str]] = {
    "date": ((str,), "phải là ngày dạng YYYY-MM-DD"),
    "target_code": (_TEXT, "phải là chuỗi ký tự"),
    "form": (_TEXT, "phải là chuỗi ký tự"),
    "title": (_TEXT, "phải là chuỗi ký tự"),
    "quantity": (_WHOLE, "phải là số nguyên"),
    "language": (_TEXT, "phải là chuỗi ký tự"),
    "link": (_TEXT, "phải là chuỗi ký tự"),
    "cost": (_WHOLE, "phải là số nguyên (đồng)"),
    "themes": ((list, type(None)), "phải là danh sách số chủ đề"),
    "notes": (_TEXT, "phải là chuỗi ký tự"),
    "uid": (_TEXT, "phải là chuỗi ký tự"),
    "source": (_TEXT, "phải là chuỗi ký tự"),
    # Reach and funding: absent or null in packages made before they were recorded.
    "views": (_WHOLE, "phải là số nguyên hoặc null (chưa ghi nhận)"),
    "reach": (_WHOLE, "phải là số nguyên hoặc null (chưa ghi nhận)"),
    "shares": (_WHOLE, "phải là số nguyên hoặc null (chưa ghi nhận)"),
    "funding": (_TEXT, "phải là chuỗi ký tự"),
    "created_at": (_TEXT, "phải là thời điểm dạng ISO"),
    "updated_at": (_TEXT, "phải là thời điểm dạng ISO"),
}


# The same, as exact types (JSON gives no subclasses; a bool is not a number).
_KEYS = tuple(_FIELD_TYPES)
_EXACT = tuple(frozenset(t for t in types if t is not bool) for types, _ in _FIELD_TYPES.values())
_UID = re.compile(r"[0-9A-Za-z_-]{1,64}")


def _type_problems(number: int, row: dict) -> list[str]:
    # Most entries are right: that is found in a few C calls, without a
    # message for each field.
    if all(map(frozenset.__contains__, _EXACT, map(type, map(row.get, _KEYS)))):
        themes = row.get("themes")
        if not themes or all(t.__class__ is int for t in themes):
            return []
    problems = []
    for key, (types, what) in _FIELD_TYPES.items():
        value = row.get(key)
        if not isinstance(value, types) or isinstance(value, bool):
            problems.append(
                f"mục {number}, cột “{FIELD_LABELS.get(key, key)}”: {what} (đang là {brief(value)})"
            )
    themes = row.get("themes")
    if isinstance(themes, list) and not all(is_int(t) for t in themes):
        problems.append(f"mục {number}, cột “{FIELD_LABELS['themes']}”: phải là danh sách số")
    return problems


def activities_from_rows(rows, plan: Plan, year: int, unit_name: str = "") -> list[Activity]:
    """Every activity checked by the same rules as an imported list; the
    first problems are reported with the row number and field, the rest
    counted."""
    activities: list[Activity] = []
    shown: list[str] = []
    more = 0
    # A unit's forms are its officers' words: kept as the unit wrote them.
    checks = ColumnChecks(plan, year=year, allow_new_forms=True)
    rows = iter(rows)
    number = 0
    while chunk := list(islice(rows, _CHUNK)):
        # Entries taken a chunk at a time, each field's values checked
        # together; a chunk with any problem, and every one after it, is
        # checked entry by entry for the messages.
        if not shown:
            found = _chunk_activities(chunk, checks)
            if found is not None:
                activities.extend(found)
                number += len(chunk)
                continue
        for row in chunk:
            number += 1
            if not isinstance(row, dict):
                found_here = [f"mục {number}: không đúng cấu trúc"]
            else:
                found_here = _type_problems(number, row)
            if not found_here:
                activity, found = _activity_of(row, checks)
                if activity is not None:
                    activities.append(activity)
                    continue
                found_here = [f"mục {number}, cột “{p.label}”: {p.message}" for p in found]
            room = MAX_PROBLEMS_SHOWN - len(shown)
            shown.extend(found_here[:room])
            more += max(0, len(found_here) - room)
    if shown:
        rest = f" (và {format_int(more)} lỗi khác)" if more else ""
        raise PackageError(f"phần “{ACTIVITIES_PART}” có dữ liệu sai: {'; '.join(shown)}{rest}")
    problem = year_totals_problem(
        sum(a.cost for a in activities), sum(a.quantity for a in activities), unit_name, year
    )
    if problem:
        raise PackageError(f"phần “{ACTIVITIES_PART}”: {problem}")
    return activities


# Entries checked together; a few thousand keep a consolidated package's
# hundreds of thousands from being held as parsed entries all at once.
_CHUNK = 4096
_DICT = frozenset((dict,))
_INT = frozenset((int,))


def _chunk_activities(rows: list, checks: ColumnChecks) -> list[Activity] | None:
    """The Activities of entries that are all right, read a field at a
    time (the same kinds and rules as `_type_problems` and `_activity_of`);
    None when any entry has a problem."""
    if not _DICT.issuperset(map(type, rows)):
        return None
    columns = {}
    for key, exact in zip(_KEYS, _EXACT, strict=True):
        values = columns[key] = list(map(dict.get, rows, repeat(key)))
        if not exact.issuperset(map(type, values)):
            return None
    themes = columns["themes"]
    if not _INT.issuperset(map(type, chain.from_iterable(filter(None, themes)))):
        return None
    days = {day: _day(day) for day in set(columns["date"])}
    columns["date"] = list(map(days.__getitem__, columns["date"]))
    themes = [tuple(t) if t else () for t in themes]
    written = {t: format_themes(t) for t in set(themes)}
    columns["themes"] = list(map(written.__getitem__, themes))
    sources = {s: clean_line(s or "")[:400] for s in set(columns["source"])}
    extra = {
        "uid": [u if u.__class__ is str and _UID.fullmatch(u) else None for u in columns["uid"]],
        "source": map(sources.__getitem__, columns["source"]),
    }
    # Titles and links that are clean as written are taken as they are.
    if clean_texts(columns["title"], MAX_TITLE, empty_ok=False):
        extra["title"] = columns["title"]
    if clean_texts(columns["link"], LINK_LIMIT, empty_ok=True):
        extra["link"] = columns["link"]
    for key in ("created_at", "updated_at"):
        times = {t: _optional_time(t) for t in set(columns[key])}
        extra[key] = map(times.__getitem__, columns[key])
    return checks.activities(columns, len(rows), extra)


def _day(day: str) -> date | str:
    """A package's date: ISO, else the text as written (read as an imported list's)."""
    try:
        return date.fromisoformat(day)
    except ValueError:
        return day


def _activity_of(row: dict, checks: RepeatedChecks):
    themes = row.get("themes") or []
    raw = RawActivity(
        date=_day(row.get("date")),
        target_code=row.get("target_code"),
        form=row.get("form"),
        title=row.get("title"),
        quantity=row.get("quantity"),
        language=row.get("language"),
        link=row.get("link"),
        cost=row.get("cost"),
        themes=format_themes(themes),
        notes=row.get("notes"),
        views=row.get("views"),
        reach=row.get("reach"),
        shares=row.get("shares"),
        funding=row.get("funding"),
    )
    activity, found = checks.validate(raw)
    if activity is None:
        return None, found
    uid = row.get("uid")
    activity.uid = uid if isinstance(uid, str) and _UID.fullmatch(uid) else None
    activity.source = clean_line(row.get("source") or "")[:400]
    activity.created_at = _optional_time(row.get("created_at"))
    activity.updated_at = _optional_time(row.get("updated_at"))
    return activity, []


def _optional_time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    return _time_of(value)


@lru_cache(maxsize=4096)
def _time_of(value: str) -> datetime | None:
    """A package's rows share a few times (written together): each read once."""
    try:
        return datetime.fromisoformat(value)
    except (ValueError, OverflowError):
        return None
