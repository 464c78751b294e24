"""Activity lists as people really keep them in Excel and CSV.

The header row may sit anywhere in the first rows under titles and merged
cells; headers are matched by folded synonyms ("Ngày đăng", "Tên tin, bài",
"SL", "Link"...); a total row at the bottom is ignored; each sheet (one per
month or quarter) is read. The officer can correct the header row and the
column of every field; the chosen mapping is remembered per header layout.
Rows are checked by the shared rules of `desktop.domain.activity.validate`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from operator import itemgetter
from pathlib import Path

from ..domain.activity import (
    Activity,
    Problem,
    activity_or_problems,
    check_cost,
    check_date,
    check_form,
    check_language,
    check_link,
    check_notes,
    check_quantity,
    check_target_code,
    check_themes,
    check_title,
    parse_date_value,
)
from ..domain.plan import Plan, Target
from ..domain.text import clean_line, fold
from .listformat import FIELDS, ImportResult, header_key
from .tables import Sheet, TableReadError, read_table_file

HEADER_SCAN_ROWS = 20
NO_HEADER = (
    f"không tìm thấy dòng tiêu đề cột trong {HEADER_SCAN_ROWS} dòng đầu (cần ít nhất cột Ngày "
    "và cột Tiêu đề, Tên tin, bài hoặc Nội dung); hãy chọn dòng tiêu đề"
)

# Folded header texts per field; a header may also start with one ("Ngày đăng tải").
SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": (
        "ngay",
        "ngay dang",
        "ngay dang tai",
        "ngay dang tin",
        "ngay phat song",
        "ngay phat hanh",
        "ngay thuc hien",
        "ngay thang",
        "ngay thang nam",
        "thoi gian",
        "thoi gian dang",
        "thoi gian thuc hien",
    ),
    "target_code": (
        "ma chi tieu",
        "muc kh",
        "muc ke hoach",
        "nhiem vu",
        "chi tieu",
        "ma nhiem vu",
        "nhiem vu ke hoach",
        "thuoc nhiem vu",
    ),
    "form": ("hinh thuc", "loai", "loai hinh", "the loai", "hinh thuc tuyen truyen"),
    "title": (
        "tieu de",
        "ten tin bai",
        "ten tin",
        "ten bai",
        "ten bai viet",
        "noi dung",
        "ten chuong trinh",
        "ten hoat dong",
        "ten san pham",
        "trich yeu",
    ),
    "quantity": ("so luong", "sl", "so tin", "so tin bai", "so ky", "so buoi", "so lan"),
    "language": ("ngon ngu",),
    "link": ("duong dan", "link", "url", "lien ket", "dia chi dang tai", "duong link"),
    "cost": ("kinh phi", "chi phi", "thanh tien", "so tien", "kinh phi dong", "kinh phi vnd"),
    "themes": ("chu de", "nhom chu de", "noi dung tuyen truyen chu de"),
    "notes": ("ghi chu", "ghi chu khac"),
}
IGNORED = ("stt", "tt", "so tt", "so thu tu")
# Unit words after a header ("Kinh phí (đồng)", "Ngày (dd/mm/yyyy)") do not change its meaning.
_TRAILING_WORDS = {"dong", "vnd", "d", "dd", "mm", "yyyy", "yy", "nam"}
# A column in thousands or millions of đồng is never matched by itself: its
# numbers would be stored a thousand or a million times too small.
_SCALED_MONEY = {"trieu", "nghin", "ngan"}

_EXACT: dict[str, str] = {key: f for f, keys in SYNONYMS.items() for key in keys}
TOTAL_WORDS = ("tong cong", "cong", "tong", "tong so", "cong tong")

# Excel counts days from 30/12/1899 (its 1900 leap-year bug folded in).
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_RANGE = (date(1990, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 1, 1) - _EXCEL_EPOCH).days


def header_field(cell: object) -> str | None:
    """The field a header cell names, or None ("STT" and unknown headers)."""
    key = header_key(cell)
    if not key or key in IGNORED or _SCALED_MONEY & set(key.split()):
        return None
    if key in _EXACT:
        return _EXACT[key]
    words = key.split()
    while len(words) > 1 and words[-1] in _TRAILING_WORDS:
        words.pop()
        if " ".join(words) in _EXACT:
            return _EXACT[" ".join(words)]
    # "Ngày đăng tải trên cổng" -> the longest synonym the header starts with.
    best, best_len = None, 0
    for syn, f in _EXACT.items():
        if len(syn) > best_len and key.startswith(syn + " "):
            best, best_len = f, len(syn)
    return best


def guess_mapping(cells: list[object]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for i, cell in enumerate(cells):
        f = header_field(cell)
        if f and f not in mapping:
            mapping[f] = i
    return mapping


def signature(cells: list[object]) -> str:
    """The layout of a header row: its folded cells, trailing blanks dropped."""
    keys = [header_key(c) for c in cells]
    while keys and not keys[-1]:
        keys.pop()
    return "|".join(keys)


def detect_header(rows: list[list[object]]) -> tuple[int, dict[str, int]] | None:
    """The row among the first 20 that names the most fields, provided it
    names at least the date and the title."""
    best: tuple[int, dict[str, int]] | None = None
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = guess_mapping(row)
        if "date" in mapping and "title" in mapping:
            if best is None or len(mapping) > len(best[1]):
                best = (i, mapping)
    return best


@dataclass
class SheetChoice:
    """One sheet of a file and how to read it; the dialog edits these."""

    source: str  # file name shown in messages
    sheet: Sheet
    header_row: int | None  # 0-based; None: no table recognised
    mapping: dict[str, int] = field(default_factory=dict)
    enabled: bool = True
    remembered: bool = False  # the mapping came from a previous import

    @property
    def name(self) -> str | None:
        return self.sheet.name

    def header_cells(self) -> list[object]:
        if self.header_row is None or self.header_row >= len(self.sheet.rows):
            return []
        return self.sheet.rows[self.header_row]

    def column_count(self) -> int:
        return max((len(r) for r in self.sheet.rows[: (self.header_row or 0) + 50]), default=0)

    def column_label(self, col: int, header_row: int | None = None) -> str:
        """ "B: Ngày đăng": the column letter and its header text (of the
        chosen header row, or of `header_row` while none is chosen)."""
        row = self.header_row if header_row is None else header_row
        rows = self.sheet.rows
        cells = rows[row] if row is not None and row < len(rows) else []
        text = clean_line(str(cells[col])) if col < len(cells) and cells[col] is not None else ""
        return f"{_column_letter(col)}: {text}" if text else _column_letter(col)

    def signature(self) -> str:
        return signature(self.header_cells())

    def set_header_row(self, row: int, remembered: Callable[[str], dict | None] | None = None):
        """Move the header to another row and map its columns afresh."""
        self.header_row = row
        self.mapping = guess_mapping(self.header_cells())
        self.remembered = False
        _apply_remembered(self, remembered)

    def missing(self) -> list[str]:
        return [f for f in ("date", "title") if f not in self.mapping]


def _column_letter(col: int) -> str:
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _apply_remembered(choice: SheetChoice, remembered) -> None:
    if remembered is None or choice.header_row is None:
        return
    stored = remembered(choice.signature())
    width = len(choice.header_cells())
    if stored and all(f in FIELDS and 0 <= c < width for f, c in stored.items()):
        choice.mapping = dict(stored)
        choice.remembered = True


def _remembered_layout(source: str, sheet: Sheet, remembered) -> SheetChoice | None:
    """A sheet whose header row has a layout the officer mapped before."""
    if remembered is None:
        return None
    for i, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        if any(not _empty(c) for c in row):
            choice = SheetChoice(source, sheet, i)
            _apply_remembered(choice, remembered)
            if choice.remembered:
                return choice
    return None


@dataclass
class SourceFile:
    path: Path
    sheets: list[SheetChoice] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def open_table_source(
    path: Path | str, remembered: Callable[[str], dict | None] | None = None
) -> SourceFile:
    """Read a spreadsheet or CSV and detect, per sheet, its header and columns."""
    path = Path(path)
    source = SourceFile(path)
    try:
        sheets = read_table_file(path)
    except TableReadError as e:
        source.error = str(e)
        return source
    for sheet in sheets:
        choice = _remembered_layout(path.name, sheet, remembered)
        if choice is None:
            found = detect_header(sheet.rows)
            if found is None:
                choice = SheetChoice(path.name, sheet, None, enabled=False)
            else:
                choice = SheetChoice(path.name, sheet, found[0], found[1])
        source.sheets.append(choice)
    return source


# -- the task of a row: a code or a recognisable title ------------------------

_STOP = {"va", "cua", "tren", "ve", "cac", "cho", "tai", "trong", "the", "so"}


def _tokens(text: str) -> set[str]:
    return {t for t in header_key(text).split() if t not in _STOP}


class TaskMatcher:
    """Resolves what a file writes in its task column to a target code of a
    plan: the code itself (any case, with or without accents) or words of
    the task title that point to exactly one target."""

    def __init__(self, plan: Plan):
        self.plan = plan
        self._cache: dict[str, tuple[str | None, str | None]] = {}
        self._by_code = {t.code: t for t in plan.targets}
        self._by_folded_code: dict[str, list[Target]] = {}
        for t in plan.targets:
            self._by_folded_code.setdefault(fold(t.code), []).append(t)
        self._titles = [(t, header_key(t.title), _tokens(t.title)) for t in plan.targets]

    def resolve(self, value: object) -> tuple[str | None, str | None]:
        """(code or None, problem message or None)."""
        text = clean_line(str(value)) if value is not None else ""
        if isinstance(value, float) and value == int(value):
            text = str(int(value))
        if not text:
            return None, None
        if text in self._by_code:
            return text, None
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._match(text)
        return hit

    def _match(self, text: str) -> tuple[str | None, str | None]:
        folded = fold(text).replace(" ", "")
        same = self._by_folded_code.get(folded, [])
        if len(same) == 1:
            return same[0].code, None
        key = header_key(text)
        words = _tokens(text)
        candidates = []
        if len(key) >= 8:
            candidates = [t for t, title, _ in self._titles if key in title or title in key]
        # Words of the title, or one distinctive word ("Zalo"), naming one target only.
        if not candidates and (len(words) >= 2 or any(len(w) >= 4 for w in words)):
            candidates = [t for t, _, toks in self._titles if words <= toks]
        if not candidates:
            # The beginning of a task title copied, then details added
            # ("... của Đài - tháng 3"): the title sharing the longest run of
            # leading words, when no other shares as many.
            runs = sorted(
                ((_common_words(key, title), t) for t, title, _ in self._titles),
                key=lambda x: -x[0],
            )
            if runs and runs[0][0] >= 4:
                best = [t for n, t in runs if n == runs[0][0]]
                if len(best) == 1:
                    return best[0].code, None
                candidates = best
        if len(candidates) == 1:
            return candidates[0].code, None
        if len(candidates) > 1:
            codes = ", ".join(t.code for t in candidates[:6])
            return None, (f"“{text}” khớp với nhiều chỉ tiêu ({codes}); hãy ghi rõ mã chỉ tiêu")
        return (
            None,
            f"“{text}” không phải mã hay tên chỉ tiêu nào trong kế hoạch năm {self.plan.year}",
        )


def _common_words(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.split(), b.split(), strict=False):
        if x != y:
            break
        n += 1
    return n


def usual_form(target: Target, forms: list[str]) -> str | None:
    """The form a target is counted in, when the plan's measure for it is
    exactly one of the forms (a programme target "chuyên mục" -> Chuyên mục).
    Targets measured in mixed units ("tin, bài, video") have none."""
    measure = fold(target.measure)
    return next((f for f in forms if fold(f) == measure), None)


# -- reading rows --------------------------------------------------------------


def excel_serial_date(value: float) -> date | None:
    if _SERIAL_RANGE[0] <= value < _SERIAL_RANGE[1]:
        return _EXCEL_EPOCH + timedelta(days=int(value))
    return None


def _date_of(value: object) -> tuple[date | None, str | None]:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        d = excel_serial_date(value)
        if d is None:
            return None, f"“{value:g}” không phải ngày (cần ngày dạng dd/mm/yyyy)"
        return d, None
    if isinstance(value, datetime):
        return value.date(), None
    return parse_date_value(value)


def _is_total_row(row: list[object]) -> bool:
    for cell in row:
        if isinstance(cell, str) and cell:
            key = header_key(cell)
            if key in TOTAL_WORDS or key.startswith("tong cong"):
                return True
    return False


def _empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


class _Memo(dict):
    """One field check remembered by raw cell value within one import: lists
    repeat the same dates, forms, codes and amounts on thousands of rows.
    Looked up as memo[type(value), value] (1, 1.0 and True are equal keys),
    a plain dict lookup once the value was seen; cell values as the readers
    give them are all hashable."""

    def __init__(self, check: Callable[[object], tuple]):
        super().__init__()
        self.check = check

    def __missing__(self, key: tuple) -> tuple:
        result = self[key] = self.check(key[1])
        return result


class _PlanChecks:
    """The checks of the fields that depend on one plan, remembered."""

    def __init__(self, plan: Plan):
        matcher = TaskMatcher(plan)
        forms = tuple(plan.forms)

        def code(value: object) -> tuple:
            code, error = matcher.resolve(value)
            return code, error, check_target_code(code, plan)

        self.code = _Memo(code)
        self.usual_form = _Memo(lambda code: usual_form(plan.target(code), plan.forms))
        self.form = _Memo(lambda value: check_form(value, forms))
        self.themes = _Memo(lambda value: check_themes(value, plan))


class RowChecker:
    """Validates rows against the plan of each row's year by the per-field
    rules of `validate`, each distinct cell value of a field checked once."""

    def __init__(self, plan_for_year: Callable[[int | None], Plan | None], year: int | None):
        self.plan_for_year = plan_for_year
        self.year = year
        self._plans: dict[int | None, _PlanChecks | None] = {}

        def check_day(value: object) -> tuple:
            d, error = _date_of(value)
            return d, error, check_date(d, year)

        self._date = _Memo(check_day)
        self._quantity = _Memo(check_quantity)
        self._language = _Memo(check_language)
        self._cost = _Memo(check_cost)
        self._notes = _Memo(check_notes)  # mostly empty or a few repeated remarks

    def _checks(self, year: int | None) -> _PlanChecks | None:
        try:
            return self._plans[year]
        except KeyError:
            plan = self.plan_for_year(year)
            checks = self._plans[year] = _PlanChecks(plan) if plan else None
            return checks

    def check(self, values: dict[str, object], has_form_column: bool):
        """(Activity or None, problems) for one row's cell values by field."""
        get = values.get
        v = get("date")
        d, date_error, checked_date = self._date[v.__class__, v]
        wanted = self.year or (d.year if d else None)
        checks = self._checks(wanted)
        if checks is None:
            return None, [Problem("date", f"chưa có kế hoạch năm {wanted} trong dữ liệu")]
        v = get("target_code")
        code, code_error, checked_code = checks.code[v.__class__, v]
        form = get("form")
        if not has_form_column and code is not None:
            form = checks.usual_form[str, code]
        checked_form = checks.form[form.__class__, form]
        title = check_title(get("title"))
        v = get("quantity")
        quantity = self._quantity[v.__class__, v]
        v = get("language")
        language = self._language[v.__class__, v]
        link = check_link(get("link"))
        v = get("cost")
        cost = self._cost[v.__class__, v]
        v = get("themes")
        themes = checks.themes[v.__class__, v]
        v = get("notes")
        notes = self._notes[v.__class__, v]
        if not (
            code_error or checked_date[1] or checked_code[1] or checked_form[1] or title[1]
            or quantity[1] or language[1] or link[1] or cost[1] or themes[1] or notes[1]
        ):  # fmt: skip
            # A good row (most are): only the values to assemble. A date
            # error always comes with validate's own date message.
            return Activity(
                date=checked_date[0],
                target_code=checked_code[0],
                form=checked_form[0],
                title=title[0],
                quantity=quantity[0],
                language=language[0],
                link=link[0],
                cost=cost[0],
                themes=themes[0],
                notes=notes[0],
            ), []
        activity, problems = activity_or_problems(
            [
                ("date", checked_date),
                ("target_code", checked_code),
                ("form", checked_form),
                ("title", title),
                ("quantity", quantity),
                ("language", language),
                ("link", link),
                ("cost", cost),
                ("themes", themes),
                ("notes", notes),
            ]
        )
        extra = []
        if date_error:
            extra.append(Problem("date", date_error))
        if code_error:
            extra.append(Problem("target_code", code_error))
        if not has_form_column and not form:
            problems = [p for p in problems if p.field != "form"]
            extra.append(
                Problem(
                    "form",
                    "tệp không có cột Hình thức và chỉ tiêu của dòng không cho biết hình thức; "
                    "hãy chọn cột Hình thức",
                )
            )
        if extra:
            problems = [p for p in problems if not (p.field == "date" and date_error)]
            return None, extra + problems
        return activity, problems


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
        if _empty(values.get("date")) and all(_empty(v) for v in values.values()):
            continue
        if row == header:  # the header repeated on each printed page
            continue
        if progress is not None and index % 5000 == 0:
            progress(index)
        activity, problems = checker.check(values, has_form)
        if activity is None:
            date_value = row[date_col] if date_col is not None and date_col < n else None
            if _is_total_row(row) and _date_of(date_value)[0] is None:
                result.totals_skipped += 1
                continue
            where = {"row": index + 1, "sheet": choice.name, "source": choice.source}
            result.rejected.extend(Problem(p.field, p.message, **where) for p in problems)
        else:
            result.activities.append(activity)
            result.sources.append((choice.source, choice.name, index + 1))


def read_sources(
    sources: list[SourceFile],
    plan_for_year: Callable[[int | None], Plan | None],
    year: int | None = None,
    result: ImportResult | None = None,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Check the rows of every enabled sheet; file-level problems go to
    result.rejected without a row number."""
    result = result or ImportResult()
    checker = RowChecker(plan_for_year, year)
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


def remember_mappings(ws, sources: list[SourceFile]) -> None:
    """Store the mapping of every sheet that was read (inside the caller's
    transaction), so the same layout is recognised next time."""
    for source in sources:
        for choice in source.sheets:
            if choice.enabled and choice.header_row is not None and not choice.missing():
                ws.save_import_mapping(choice.signature(), choice.mapping)
