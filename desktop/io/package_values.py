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
    Problem,
    RawActivity,
    RepeatedChecks,
    format_themes,
    year_totals_problem,
)
from ..domain.activity_columns import ColumnChecks
from ..domain.plan import Plan
from ..domain.text import Count, Message, clean_line, joined, message_of, template
from .blockcheck import LINK_LIMIT, clean_texts
from .file_messages import shortened

ACTIVITIES_PART = "hoat-dong.json"
# Far more than any unit records in a year (a province's busiest has a few
# thousand); the manifest's own count bounds the list before that.
MAX_PACKAGE_ACTIVITIES = 1_000_000
MAX_PROBLEMS_SHOWN = 5


class PackageError(Exception):
    """A package cannot be written or read; the message (a Message) says why
    in Vietnamese."""


NOT_A_NUMBER_VALUE = template("phần “{part}” có giá trị “{value}”, không phải số")
BAD_CHARACTER = template("phần “{part}” có ký tự không hợp lệ (mã UTF-16 lẻ) trong “{text}”")
NOT_UTF8 = template("phần “{part}” không phải văn bản UTF-8 hợp lệ")
NOT_JSON = template("phần “{part}” không phải JSON hợp lệ")
TOO_DEEP = template(
    "phần “{part}” có các ngoặc lồng nhau quá sâu: không phải dữ liệu ứng dụng ghi ra"
)
NOT_A_LIST = template("phần “{part}” không phải danh sách hoạt động")
MORE_ENTRIES = template("phần “{part}” có nhiều mục hơn {limit} hoạt động ghi trong manifest.json")
ENTRY_SHAPE = template("mục {number}: không đúng cấu trúc")
ENTRY_FIELD = template("mục {number}, cột “{field}”: {problem}")
# The unit that recorded an activity of a consolidated package ("source").
SOURCE_LABEL = template("Đơn vị ghi")
SOURCE_TOO_LONG = template("quá dài ({length} ký tự, tối đa {limit}): không phải tên một đơn vị")
MAX_SOURCE = 400
ENTRY_FIELD_KIND = template("mục {number}, cột “{field}”: {kind} (đang là {value})")
THEME_NUMBERS = template("phải là danh sách số")
WRONG_DATA = template("phần “{part}” có dữ liệu sai: {problems}")
WRONG_DATA_MORE = template("phần “{part}” có dữ liệu sai: {problems} (và {more} lỗi khác)")
PART_PROBLEM = template("phần “{part}”: {problem}")
# What a field of hoat-dong.json must be.
MUST_BE_DATE = template("phải là ngày dạng YYYY-MM-DD")
MUST_BE_TEXT = template("phải là chuỗi ký tự")
MUST_BE_WHOLE = template("phải là số nguyên")
MUST_BE_MONEY = template("phải là số nguyên (đồng)")
MUST_BE_THEMES = template("phải là danh sách số chủ đề")
MUST_BE_COUNT = template("phải là số nguyên hoặc null (chưa ghi nhận)")
MUST_BE_TIME = template("phải là thời điểm dạng ISO")


def refusal(text: str, /, **values) -> PackageError:
    """A PackageError saying `text` (a template) filled with `values`; a value
    that is an exception stands for what it says."""
    values = {k: message_of(v) if isinstance(v, BaseException) else v for k, v in values.items()}
    return PackageError(Message(text, **values))


def _not_a_number(label: str):
    def refuse(constant: str):
        raise refusal(NOT_A_NUMBER_VALUE, part=label, value=constant)

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
                raise refusal(BAD_CHARACTER, part=label, text=_shown(item))
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
        raise refusal(NOT_UTF8, part=label) from e


def json_value(data: bytes, label: str):
    text = _decode(data, label)
    try:
        value = json.loads(text, parse_constant=_not_a_number(label))
    except ValueError as e:
        raise refusal(NOT_JSON, part=label) from e
    except RecursionError:  # brackets nested thousands deep
        raise refusal(TOO_DEEP, part=label) from None
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
        except RecursionError:
            raise refusal(TOO_DEEP, part=label) from None
        except Exception:
            whole = None
        if whole.__class__ is list and len(whole) <= limit:
            yield from whole
            return
    broken = refusal(NOT_JSON, part=label)
    pos = _SPACE.match(text).end()
    if not text.startswith("[", pos):
        raise refusal(NOT_A_LIST, part=label)
    pos = _SPACE.match(text, pos + 1).end()
    count = 0
    if text.startswith("]", pos):
        pos += 1
    else:
        while True:
            count += 1
            if count > limit:
                raise refusal(MORE_ENTRIES, part=label, limit=Count(limit))
            try:
                value, pos = decoder.raw_decode(text, pos)
            except ValueError as e:
                raise broken from e
            except RecursionError:
                raise refusal(TOO_DEEP, part=label) from None
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
    "date": ((str,), MUST_BE_DATE),
    "target_code": (_TEXT, MUST_BE_TEXT),
    "form": (_TEXT, MUST_BE_TEXT),
    "title": (_TEXT, MUST_BE_TEXT),
    "quantity": (_WHOLE, MUST_BE_WHOLE),
    "language": (_TEXT, MUST_BE_TEXT),
    "link": (_TEXT, MUST_BE_TEXT),
    "cost": (_WHOLE, MUST_BE_MONEY),
    "themes": ((list, type(None)), MUST_BE_THEMES),
    "notes": (_TEXT, MUST_BE_TEXT),
    "uid": (_TEXT, MUST_BE_TEXT),
    "source": (_TEXT, MUST_BE_TEXT),
    # Reach and funding: absent or null in packages made before they were recorded.
    "views": (_WHOLE, MUST_BE_COUNT),
    "reach": (_WHOLE, MUST_BE_COUNT),
    "shares": (_WHOLE, MUST_BE_COUNT),
    "funding": (_TEXT, MUST_BE_TEXT),
    "created_at": (_TEXT, MUST_BE_TIME),
    "updated_at": (_TEXT, MUST_BE_TIME),
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
                Message(
                    ENTRY_FIELD_KIND,
                    number=number,
                    field=_label(key),
                    kind=Message(what),
                    value=brief(value),
                )
            )
    themes = row.get("themes")
    if isinstance(themes, list) and not all(is_int(t) for t in themes):
        problems.append(
            Message(
                ENTRY_FIELD, number=number, field=_label("themes"), problem=Message(THEME_NUMBERS)
            )
        )
    return problems


def _label(key: str) -> Message:
    """A field's name as the officer sees it (the interface translates it)."""
    return Message(SOURCE_LABEL) if key == "source" else Message(FIELD_LABELS.get(key, key))


def activities_from_rows(
    rows, plan: Plan, year: int, unit_name: str = "", period: tuple[date, date] | None = None
) -> list[Activity]:
    """Every activity checked by the same rules as an imported list, dated
    inside `period` (the package's plan's; the calendar `year` when None);
    the first problems are reported with the row number and field, the rest
    counted."""
    activities: list[Activity] = []
    shown: list[str] = []
    more = 0
    # A unit's forms are its officers' words: kept as the unit wrote them.
    checks = ColumnChecks(plan, year=year, allow_new_forms=True, period=period)
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
                found_here = [Message(ENTRY_SHAPE, number=number)]
            else:
                found_here = _type_problems(number, row)
            if not found_here:
                activity, found = _activity_of(row, checks)
                if activity is not None:
                    activities.append(activity)
                    continue
                # A value is quoted at most SHOWN_CHARS long, in every field alike.
                found_here = [
                    Message(
                        ENTRY_FIELD,
                        number=number,
                        field=_label(p.field),
                        problem=shortened(p.message),
                    )
                    for p in found
                ]
            room = MAX_PROBLEMS_SHOWN - len(shown)
            shown.extend(found_here[:room])
            more += max(0, len(found_here) - room)
    if shown:
        problems = joined("; ", shown)
        if more:
            raise refusal(
                WRONG_DATA_MORE, part=ACTIVITIES_PART, problems=problems, more=Count(more)
            )
        raise refusal(WRONG_DATA, part=ACTIVITIES_PART, problems=problems)
    problem = year_totals_problem(
        sum(a.cost for a in activities), sum(a.quantity for a in activities), unit_name, year
    )
    if problem:
        raise refusal(PART_PROBLEM, part=ACTIVITIES_PART, problem=shortened(problem))
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
    sources = {s: clean_line(s or "") for s in set(columns["source"])}
    if any(len(s) > MAX_SOURCE for s in sources.values()):
        return None  # refused entry by entry, naming it
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
    source = clean_line(row.get("source") or "")
    if len(source) > MAX_SOURCE:
        length, limit = Count(len(source)), Count(MAX_SOURCE)
        return None, [Problem("source", Message(SOURCE_TOO_LONG, length=length, limit=limit))]
    activity.source = source
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
