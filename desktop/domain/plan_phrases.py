"""The phrases of a plan document, read as data.

Each function reads one kind of phrase as the province's plans write it:
a frequency ("01 số/tuần", "mỗi tháng 01 chuyên mục và phát lại 03
lần/tháng"), a period ("Quý III/2023", "6 tháng đầu năm"), a count in the
task's own words ("Tổ chức 02 lớp tập huấn"), the units that lead a task
("UBND các xã, phường, đặc khu"). A phrase that is not understood gives None
(or an empty result): the caller lists it, it is never guessed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .text import clean_line, fold

# -- periods ---------------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def _quarter_number(token: str) -> int | None:
    token = token.strip().lower()
    if token in _ROMAN:
        return _ROMAN[token]
    if token.isdigit() and 1 <= int(token) <= 4:
        return int(token)
    return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Window:
    start: date
    end: date
    label: str


_Q = r"(?:iv|i{1,3}|[1-4])\b"
_YEAR_TAIL = r"(?:\s*(?:/|nam)\s*(\d{4}))?"
_QUARTERS = re.compile(
    rf"\bquy\s+({_Q})((?:\s*(?:,|-|–|va|den|\+)\s*(?:quy\s+)?{_Q})*){_YEAR_TAIL}"
)
_HALF = re.compile(rf"\b6\s+thang\s+(dau|cuoi)\s+nam{_YEAR_TAIL}")
_MONTHS = re.compile(
    rf"\b(?:tu\s+)?thang\s+(\d{{1,2}})(?:\s*(?:-|–|den)\s*(?:thang\s+)?(\d{{1,2}}))?{_YEAR_TAIL}"
)
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
_RANGE = re.compile(rf"\btu\s+(?:ngay\s+)?{_DATE}\s*(?:den|-|–)\s*(?:ngay\s+)?{_DATE}")
_BEFORE = re.compile(rf"\b(?:truoc|cham nhat|han)\s+(?:ngay\s+)?{_DATE}")
_ON_DAY = re.compile(rf"^(?:ngay\s+)?{_DATE}$")
_WHOLE_YEAR = re.compile(r"\b(?:trong\s+|ca\s+)?nam\s+(\d{4})\b")
_ALL_YEAR = re.compile(r"\b(ca nam|thuong xuyen|hang nam|hang thang|hang quy|hang tuan|lien tuc)\b")


def _pick_year(text: str | None, default: int) -> int:
    return int(text) if text else default


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def due_window(phrase: str, year: int) -> Window | None:
    """The due window of a period phrase, within `year` unless the phrase
    names another year. None when the phrase names no period."""
    label = clean_line(phrase).rstrip(" .;")
    text = fold(label)
    if not text:
        return None
    m = _RANGE.search(text)
    if m:
        d1, m1, y1, d2, m2, y2 = m.groups()
        y_end = _pick_year(y2, year)
        start = _safe_date(_pick_year(y1, y_end), int(m1), int(d1))
        end = _safe_date(y_end, int(m2), int(d2))
        if start and end and start <= end:
            return Window(start, end, label)
        return None
    m = _QUARTERS.search(text)
    if m:
        numbers = [_quarter_number(m.group(1))]
        numbers += [_quarter_number(t) for t in re.findall(_Q, m.group(2) or "")]
        if None in numbers:
            return None
        y = _pick_year(m.group(3), year)
        first, last = min(numbers), max(numbers)
        return Window(date(y, 3 * first - 2, 1), _month_end(y, 3 * last), label)
    m = _HALF.search(text)
    if m:
        y = _pick_year(m.group(2), year)
        if m.group(1) == "dau":
            return Window(date(y, 1, 1), date(y, 6, 30), label)
        return Window(date(y, 7, 1), date(y, 12, 31), label)
    m = _BEFORE.search(text)
    if m:
        d, mo, y = m.groups()
        end = _safe_date(_pick_year(y, year), int(mo), int(d))
        if end is None:
            return None
        return Window(date(end.year, 1, 1), end, label)
    m = _MONTHS.search(text)
    if m:
        first = int(m.group(1))
        last = int(m.group(2) or first)
        y = _pick_year(m.group(3), year)
        if not (1 <= first <= last <= 12):
            return None
        return Window(date(y, first, 1), _month_end(y, last), label)
    m = _ON_DAY.search(text)
    if m:
        d, mo, y = m.groups()
        day = _safe_date(_pick_year(y, year), int(mo), int(d))
        return Window(day, day, label) if day else None
    m = _WHOLE_YEAR.search(text)
    if m:
        y = int(m.group(1))
        return Window(date(y, 1, 1), date(y, 12, 31), label)
    if _ALL_YEAR.search(text):
        return Window(date(year, 1, 1), date(year, 12, 31), label)
    return None


def find_date(phrase: str, year: int) -> date | None:
    """The first date in a phrase: "01/12/2023", "ngày 01 tháng 12 năm 2023",
    "01/12" (in `year`)."""
    text = fold(phrase)
    m = re.search(r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?", text)
    if not m:
        m = re.search(rf"\b{_DATE}", text)
    if not m:
        return None
    d, mo, y = m.groups()
    return _safe_date(_pick_year(y, year), int(mo), int(d))


# -- frequencies -----------------------------------------------------------

# How many times each period comes round in a whole year.
_PERIODS_IN_YEAR = {
    "ngay": 365,
    "tuan": 52,
    "thang": 12,
    "quy": 4,
    "6 thang": 2,
    "nam": 1,
}


def periods_in(period: str, start: date, end: date) -> int:
    """How many times a period comes round between two dates (a whole year:
    52 weeks, 12 months, 4 quarters)."""
    days = (end - start).days + 1
    whole_year = start.month == 1 and start.day == 1 and end.month == 12 and end.day == 31
    if whole_year and start.year == end.year:
        return _PERIODS_IN_YEAR[period]
    if period == "ngay":
        return days
    if period == "tuan":
        return max(1, round(days / 7))
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if period == "thang":
        return months
    if period == "quy":
        return max(1, round(months / 3))
    if period == "6 thang":
        return max(1, round(months / 6))
    return max(1, round(months / 12))


@dataclass(frozen=True)
class Output:
    """One measurable output of a task, as the plan states it."""

    count: int
    measure: str
    period: str | None  # "tuan", "thang", ... or None: a count for the whole window
    label: str = ""  # "báo in", "báo điện tử": the output's own name, when the plan splits
    action: str = ""  # "phát lại": an output done again, counted apart
    phrase: str = ""

    def yearly(self, start: date, end: date) -> int:
        if self.period is None:
            return self.count
        return self.count * periods_in(self.period, start, end)


_PERIOD_WORDS = {
    "ngay": "ngay",
    "tuan": "tuan",
    "thang": "thang",
    "1 thang": "thang",
    "01 thang": "thang",
    "quy": "quy",
    "1 quy": "quy",
    "01 quy": "quy",
    "nam": "nam",
    "1 nam": "nam",
    "01 nam": "nam",
    "6 thang": "6 thang",
    "06 thang": "6 thang",
}
_PER_UNIT_WORDS = {"don vi", "moi don vi", "1 don vi", "01 don vi", "dia phuong", "co quan", "xa"}
_EVERY = re.compile(r"^(?:moi|hang|trung binh moi)\s+(ngay|tuan|thang|quy|nam)\b\s*(?:,\s*)?")
_APPROX = re.compile(
    r"^(?:khoang|it nhat|toi thieu|tren|trung binh|du kien|tong cong|tong so|tong)\s+"
)
_COUNT = re.compile(r"^(\d{1,4})\s+(.+)$")
# "(đối với báo in)", "(báo in)": the name of one output among several
_FOR = re.compile(r"\(\s*(?:doi voi|ap dung voi|voi|tren)?\s*([^()]*)\)")


def _folded_slice(original: str, folded: str, start: int, end: int) -> str:
    """`fold` keeps one character per character of NFC Vietnamese text, so a
    slice of the folded text is the same slice of the original."""
    if len(original) == len(folded):
        return original[start:end]
    return folded[start:end]


def _split_outputs(text: str) -> list[str]:
    """ "01 kỳ/tháng (đối với báo in); 02 kỳ/tháng (đối với báo điện tử)" and
    "mỗi tháng 01 chuyên mục và phát lại 03 lần/tháng" are two outputs each."""
    parts = [p.strip() for p in re.split(r";", text) if p.strip()]
    result = []
    for part in parts:
        # " và " starts a new output only when a number follows it
        pieces = re.split(r"\s+(?:va|,)\s+(?=(?:[^\d(]{0,30}?)\d{1,4}\s)", fold(part))
        if len(pieces) == 1:
            result.append(part)
            continue
        folded = fold(part)
        pos = 0
        for piece in pieces:
            i = folded.index(piece, pos)
            result.append(_folded_slice(clean_line(part), folded, i, i + len(piece)).strip())
            pos = i + len(piece)
    return result


def _measure_and_period(rest: str) -> tuple[str, str | None] | None:
    """ "số/chuyên mục/tuần" -> ("số", "tuan"); "tin, bài, video/tháng" ->
    ("tin, bài, video", "thang"); "phóng sự/chương trình phát thanh" ->
    ("phóng sự/chương trình phát thanh", None)."""
    pieces = [p.strip() for p in rest.split("/")]
    period = None
    if len(pieces) > 1:
        last = fold(pieces[-1])
        if last in _PERIOD_WORDS:
            period = _PERIOD_WORDS[last]
            pieces = pieces[:-1]
    # "05 băng rôn/đơn vị": a number for each unit (the lead says which
    # units), not part of the measure
    while len(pieces) > 1 and fold(pieces[-1]) in _PER_UNIT_WORDS:
        pieces = pieces[:-1]
    # middle pieces such as "1 trang", "chuyên mục" qualify the measure
    measure = pieces[0]
    if len(pieces) > 1 and not re.match(r"^\d", pieces[1]) and period is None:
        measure = "/".join(pieces)
    measure = measure.strip(" ,.")
    if not measure:
        return None
    return measure, period


def read_outputs(phrase: str) -> list[Output]:
    """The outputs a frequency phrase states, in order; empty when the phrase
    states no number."""
    text = clean_line(phrase).rstrip(" .")
    outputs: list[Output] = []
    for part in _split_outputs(text):
        label = ""
        m = _FOR.search(part)
        if m and re.search(r"[^\d\s]", m.group(1)):
            inner = fold(m.group(1))
            if not inner.startswith(("bao gom", "gom", "trong do", "ke ca", "moi")):
                label = clean_line(m.group(1))
                label = re.sub(r"^(?:đối với|áp dụng với|với|trên)\s+", "", label, flags=re.I)
            part = (part[: m.start()] + part[m.end() :]).strip()
        # remove any remaining explanatory parentheses
        part = re.sub(r"\([^()]*\)", "", part).strip(" ,.")
        folded = fold(part)
        period = None
        m = _EVERY.match(folded)
        if m:
            period = _PERIOD_WORDS[m.group(1)]
            part = part[m.end() :] if len(part) == len(folded) else folded[m.end() :]
            folded = fold(part)
        action = ""
        num = re.search(r"\d{1,4}\s", folded + " ")
        if num is None:
            continue
        if num.start() > 0:
            lead = folded[: num.start()].strip()
            lead = _APPROX.sub("", lead + " ").strip()
            if lead and not _APPROX.match(lead + " "):
                action = _folded_slice(part, folded, 0, num.start()).strip()
                action = re.sub(
                    r"^(?:khoảng|ít nhất|tối thiểu|trung bình)\s+", "", action, flags=re.I
                )
                if fold(action) in ("khoang", "it nhat", "toi thieu", "trung binh"):
                    action = ""
        counted = _folded_slice(part, folded, num.start(), len(folded))
        m = _COUNT.match(counted.strip())
        if not m:
            continue
        count = int(m.group(1))
        mp = _measure_and_period(m.group(2))
        if mp is None:
            continue
        measure, own_period = mp
        if own_period is not None:
            period = own_period
        if period is None and len(outputs) > 0 and outputs[-1].period:
            # "mỗi tháng 01 chuyên mục và phát lại 03 lần": the period carries on
            period = outputs[-1].period
        outputs.append(Output(count, measure, period, label, action, part))
    return outputs


# -- counts in the task's own words ----------------------------------------

_COUNT_VERBS = (
    "to chuc",
    "thuc hien",
    "san xuat",
    "xay dung",
    "phat hanh",
    "bien soan",
    "dang tai",
    "dang",
    "in",
    "mo",
    "trien khai",
    "phat song",
    "ban hanh",
    "dat hang",
    "cung cap",
)
_EVENT_WORDS = (
    "ngay ",
    "tuan le",
    "hoi nghi",
    "hoi thao",
    "le ",
    "dien dan",
    "trien lam",
    "su kien",
    "chuong trinh ngay",
)
_CONTEST_WORDS = ("cuoc thi", "thi ", "hoi thi")


@dataclass(frozen=True)
class TaskCount:
    count: int
    measure: str


def count_in_task(title: str) -> TaskCount | None:
    """A count the task states in its own words: "Tổ chức 02 lớp tập huấn"
    -> 2 "lớp tập huấn"; "Tổ chức Cuộc thi ..." -> 1 cuộc thi; "Tổ chức tuyên
    truyền Ngày Chuyển đổi số" -> 1 sự kiện; "Hướng dẫn các đơn vị ..." -> 1
    văn bản hướng dẫn. None: the task states no number."""
    text = clean_line(title)
    folded = fold(text)
    verbs = "|".join(v.replace(" ", r"\s+") for v in _COUNT_VERBS)
    m = re.match(
        rf"^(?:{verbs})\s+(?:(?:it nhat|toi thieu|khoang)\s+)?(\d{{1,4}})\s+([^,;.()]+)", folded
    )
    if m:
        end = m.end(2)
        stop = re.search(r"\s+(?:ve|cho|tai|tren|trong|nham|de|voi|o)\s+", folded[m.start(2) : end])
        if stop:
            end = m.start(2) + stop.start()
        measure = _folded_slice(text, folded, m.start(2), end)
        return TaskCount(int(m.group(1)), measure.strip())
    if folded.startswith("huong dan "):
        return TaskCount(1, "văn bản hướng dẫn")
    if folded.startswith(("ban hanh ke hoach", "xay dung ke hoach", "ban hanh van ban")):
        return TaskCount(1, "văn bản")
    m = re.match(r"^to chuc\s+(?:tuyen truyen\s+)?(.*)$", folded)
    if m:
        rest = m.group(1) + " "
        if rest.startswith(_CONTEST_WORDS):
            return TaskCount(1, "cuộc thi")
        if rest.startswith(_EVENT_WORDS):
            return TaskCount(1, "sự kiện")
    return None


# -- units -----------------------------------------------------------------

# Words that begin the name of an organisation: a list of lead units is cut
# before them ("Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh").
ORG_HEADS = (
    "so",
    "bao",
    "dai",
    "ubnd",
    "uy ban",
    "van phong",
    "tinh doan",
    "ban",
    "hoi",
    "trung tam",
    "cong an",
    "bo chi huy",
    "lien doan",
    "cong thong tin",
    "cuc",
    "chi cuc",
    "truong",
    "buu dien",
    "vien thong",
    "mat tran",
    "doan",
    "cac so",
    "cac co quan",
    "cac don vi",
    "cac dia phuong",
    "cac to chuc",
    "doanh nghiep",
    "phong",
)

# "các huyện", "cấp xã", "các xã, phường, đặc khu": each unit of the kind
_LEVELS = ("huyen", "thi xa", "thanh pho", "xa", "phuong", "dac khu", "thi tran")
_EACH = re.compile(
    r"\b(?:cac|cap|tung|moi)\s+((?:huyen|thi xa|thanh pho|xa|phuong|dac khu|thi tran)"
    r"(?:\s*(?:,|va)\s*(?:huyen|thi xa|thanh pho|xa|phuong|dac khu|thi tran))*)\b"
)


def unit_levels(name: str) -> tuple[str, ...]:
    """The local levels a lead names for each unit of the kind: "UBND các xã,
    phường, đặc khu" -> ("xã", "phường", "đặc khu"); () for a single unit.
    A named place ("UBND huyện Bình Sơn", "thành phố Quảng Ngãi") is one unit."""
    m = _EACH.search(fold(name))
    if not m:
        return ()
    words = re.split(r"\s*(?:,|\bva\b)\s*", m.group(1))
    display = {
        "huyen": "huyện",
        "thi xa": "thị xã",
        "thanh pho": "thành phố",
        "xa": "xã",
        "phuong": "phường",
        "dac khu": "đặc khu",
        "thi tran": "thị trấn",
    }
    return tuple(display[w] for w in words if w in display)


def split_units(text: str) -> list[str]:
    """A list of units as a plan writes it, one name each: cut at ";" and at
    commas or "và" that begin another organisation's name."""
    names: list[str] = []
    for part in re.split(r";", clean_line(text).rstrip(" .")):
        part = part.strip()
        if not part:
            continue
        folded = fold(part)
        cuts = [0]
        heads = "|".join(h.replace(" ", r"\s+") for h in ORG_HEADS)
        for m in re.finditer(rf"(?:,|\s+va)\s+(?=(?:{heads})\b)", folded):
            depth = folded[: m.start()].count("(") - folded[: m.start()].count(")")
            if depth == 0:
                cuts.append(m.start())
        cuts.append(len(part))
        for a, b in zip(cuts, cuts[1:], strict=False):
            piece = part[a:b] if len(part) == len(folded) else part[a:b]
            piece = re.sub(r"^(?:,|\s*và)\s*", "", piece.strip()).strip(" ,.")
            if piece:
                names.append(piece[0].upper() + piece[1:])
    return names


def canonical_unit_key(name: str) -> str:
    """The key two spellings of the same kind of unit share: accents, case,
    spaces and dashes ignored; "các huyện, thị xã, thành phố" read as "cấp
    huyện" and "các xã, phường, đặc khu" as "cấp xã"."""
    text = fold(name)
    text = re.sub(
        r"\b(?:cac|cap)\s+huyen(?:\s*,\s*thi xa)?(?:\s*,?\s*(?:va\s+)?thanh pho)?\b",
        "cap huyen",
        text,
    )
    text = re.sub(
        r"\b(?:cac|cap)\s+xa(?:\s*,\s*phuong)?(?:\s*,?\s*(?:va\s+)?(?:dac khu|thi tran))?\b",
        "cap xa",
        text,
    )
    text = re.sub(r"\buy ban nhan dan\b", "ubnd", text)
    return re.sub(r"[^a-z0-9]", "", text)


_SUFFIXES = {
    "phat thanh": "PT",
    "truyen hinh": "TH",
    "bao in": "IN",
    "bao dien tu": "DT",
    "dien tu": "DT",
    "phat lai": "PL",
    "mang xa hoi": "MXH",
    "tieng anh": "EN",
    "tieng viet": "VI",
    "san xuat": "SX",
}


def output_suffix(label: str) -> str:
    """The short suffix that tells one output of a task from another in its
    target code: "báo in" -> "IN", "phát lại" -> "PL"; otherwise the
    initials of the words ("lớp tập huấn" -> "LTH")."""
    folded = fold(label)
    for words, suffix in _SUFFIXES.items():
        if folded == words or folded.endswith(" " + words) or folded.startswith(words + " "):
            return suffix
    initials = "".join(w[0] for w in re.findall(r"[a-z0-9]+", folded) if w not in ("va", "cac"))
    return initials.upper()[:6] or "X"


# Channels a task title may list in parentheses, one target each:
# "trên các kênh (phát thanh và truyền hình)"
CHANNELS = ("phat thanh", "truyen hinh", "bao in", "bao dien tu")


def channel_split(title: str) -> tuple[tuple[int, int], list[str]] | None:
    """A parenthesis of the title listing two or more channels: its span and
    the channels in order."""
    for m in re.finditer(r"\(([^()]*)\)", title):
        names = [n.strip() for n in re.split(r",|\bvà\b|;", m.group(1)) if n.strip()]
        if len(names) >= 2 and all(fold(n) in CHANNELS for n in names):
            return (m.start(), m.end()), names
    return None
