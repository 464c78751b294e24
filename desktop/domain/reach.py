"""What real reports say beyond the counts: an activity's reach (views,
reach, shares; optional, empty meaning "not recorded", never 0), its source
of funding, and the share in English of tasks the plan asks in both
languages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .text import Message, NumberError, clean_line, fold, parse_whole_number, template

UNCLEAR_BUDGET = template(
    "“{text}” chưa rõ cấp ngân sách; hãy ghi Ngân sách tỉnh, Ngân sách huyện hoặc Ngân sách xã"
)
NOT_A_FUNDING_SOURCE = template("“{text}” phải là một trong: {sources}")

REACH_FIELDS = ("views", "reach", "shares")
# The words a report sentence uses for each ("12.345 lượt xem").
REACH_WORDS = {"views": "lượt xem", "reach": "lượt tiếp cận", "shares": "lượt chia sẻ"}
# One activity: far beyond the most-watched clip a province publishes, and
# low enough that a year's sums (at most 1.000.000 activities) stay exact.
MAX_REACH = 10**9

FUNDING_SOURCES = ("Ngân sách tỉnh", "Ngân sách huyện", "Ngân sách xã", "Xã hội hóa", "Khác")
# The sources that are state budget (ngân sách nhà nước), by level.
STATE_BUDGET = FUNDING_SOURCES[:3]
SOCIALISED = FUNDING_SOURCES[3]
OTHER_FUNDING = FUNDING_SOURCES[4]

# Officers' words for each source, folded (punctuation as spaces).
_FUNDING_WORDS = {
    FUNDING_SOURCES[0]: (
        "ngan sach tinh", "ns tinh", "nst", "ngan sach cap tinh", "ns cap tinh", "tinh",
        "ngan sach nha nuoc cap tinh", "nsnn tinh", "nsnn cap tinh",
    ),
    FUNDING_SOURCES[1]: (
        "ngan sach huyen", "ns huyen", "nsh", "ngan sach cap huyen", "ns cap huyen", "huyen",
        "ngan sach nha nuoc cap huyen", "nsnn huyen", "nsnn cap huyen",
    ),
    FUNDING_SOURCES[2]: (
        "ngan sach xa", "ns xa", "nsx", "ngan sach cap xa", "ns cap xa", "xa",
        "ngan sach xa phuong", "ngan sach nha nuoc cap xa", "nsnn xa", "nsnn cap xa",
        "ngan sach phuong", "ngan sach dac khu",
    ),
    FUNDING_SOURCES[3]: (
        "xa hoi hoa", "xhh", "nguon xa hoi hoa", "kinh phi xa hoi hoa", "tai tro",
        "nguon tai tro", "doanh nghiep tai tro", "xa hoi hoa tai tro",
    ),
    FUNDING_SOURCES[4]: ("khac", "nguon khac", "nguon hop phap khac", "cac nguon khac"),
}  # fmt: skip
_FUNDING_BY_WORD = {w: source for source, words in _FUNDING_WORDS.items() for w in words}


def _key(text: str) -> str:
    """Folded, punctuation as spaces: "NS. tỉnh" -> "ns tinh"."""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean_line(str(value))


def check_reach(value: object) -> tuple[int | None, str | None]:
    """A count of views, reach or shares: empty -> None (not recorded), a
    whole number from 0 to MAX_REACH, written as numbers are ("12.345")."""
    if isinstance(value, str) and clean_line(value) in ("", "-", "–", "—"):
        return None, None
    try:
        number = parse_whole_number(value)
    except NumberError as e:
        return None, str(e)
    if number is None:
        return None, None
    if number < 0:
        return None, "không được âm"
    if number > MAX_REACH:
        return None, "quá lớn (tối đa 1.000.000.000)"
    return number, None


def check_funding(value: object) -> tuple[str, str | None]:
    """A source of funding in the officer's words -> one of FUNDING_SOURCES
    ("" when not recorded); words that name none are refused with the list."""
    text = _cell_text(value)
    if not text:
        return "", None
    if text in FUNDING_SOURCES:
        return text, None
    key = _key(text)
    source = _FUNDING_BY_WORD.get(key)
    if source is None and key.startswith(("nguon ", "kinh phi ")):
        source = _FUNDING_BY_WORD.get(key.split(" ", 1)[1])
    if source is None:
        if key in ("ngan sach", "ngan sach nha nuoc", "nsnn", "ns"):
            return "", Message(UNCLEAR_BUDGET, text=text)
        return "", Message(NOT_A_FUNDING_SOURCE, text=text, sources=", ".join(FUNDING_SOURCES))
    return source, None


# -- sums over many activities -------------------------------------------------


@dataclass
class Reach:
    """Sums of what was recorded; None where no activity recorded that field."""

    views: int | None = None
    reach: int | None = None
    shares: int | None = None

    def add(self, other: Reach) -> None:
        for name in REACH_FIELDS:
            value = getattr(other, name)
            if value is not None:
                setattr(self, name, (getattr(self, name) or 0) + value)

    def __bool__(self) -> bool:
        return any(getattr(self, name) is not None for name in REACH_FIELDS)


@dataclass
class Details:
    """What one unit recorded against one target code beyond the quantity:
    reach, the quantity in English (English or both languages), the cost by
    source of funding ("" for no source recorded) and the activities by theme."""

    reach: Reach = field(default_factory=Reach)
    english: int = 0
    quantity: int = 0
    count: int = 0  # activities
    with_reach: int = 0  # activities with any reach recorded
    funding: dict[str, int] = field(default_factory=dict)
    themes: dict[int, int] = field(default_factory=dict)

    def add(self, other: Details) -> None:
        self.reach.add(other.reach)
        self.english += other.english
        self.quantity += other.quantity
        self.count += other.count
        self.with_reach += other.with_reach
        for source, cost in other.funding.items():
            self.funding[source] = self.funding.get(source, 0) + cost
        for theme, count in other.themes.items():
            self.themes[theme] = self.themes.get(theme, 0) + count


@dataclass
class DetailSums:
    """Details summed over the units whose figures are held (the
    consolidated report's): per target code (None: other activities) the
    reach, the quantity in English, the quantity and the activities; the
    other activities' reach per form; and over everything, with the
    activities by theme and the cost by source of funding."""

    codes: dict[str | None, Details] = field(default_factory=dict)
    other_forms: dict[str, Details] = field(default_factory=dict)
    total: Details = field(default_factory=Details)


def summed(details) -> Details:
    total = Details()
    for d in details:
        total.add(d)
    return total


def by_code(
    details: dict[tuple[int, str | None, str], Details], units: set[int] | None = None
) -> dict[str | None, Details]:
    """Details summed per target code (None: other activities), over `units`
    (None: every unit)."""
    out: dict[str | None, Details] = {}
    for (unit_id, code, _), d in details.items():
        if units is None or unit_id in units:
            out.setdefault(code, Details()).add(d)
    return out


def other_by_form(
    details: dict[tuple[int, str | None, str], Details], units: set[int] | None = None
) -> dict[str, Details]:
    """Details of other activities (no target code) summed per form."""
    out: dict[str, Details] = {}
    for (unit_id, code, form), d in details.items():
        if code is None and (units is None or unit_id in units):
            out.setdefault(form, Details()).add(d)
    return out


def asks_english(title: str, *more: str) -> bool:
    """Whether the plan asks a task in English too: its title (or frequency)
    names English ("tiếng Việt và tiếng Anh", "song ngữ")."""
    text = _key(" ".join((title, *more)))
    return "tieng anh" in text or "song ngu" in text
