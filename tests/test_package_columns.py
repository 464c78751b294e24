"""A package's entries checked a field at a time give what checking them one
by one gives: the same activities when every entry is right, the same
refusal (entry, field, reason) when any is wrong, wherever it falls among
thousands; a short list parsed whole gives the entries and refusals of the
list read entry by entry."""

from __future__ import annotations

import json
import random
from datetime import date

import pytest

from desktop.domain.activity import RepeatedChecks
from desktop.domain.activity_columns import ColumnChecks
from desktop.io import package_values
from desktop.io.package_values import (
    PackageError,
    _activity_of,
    activities_from_rows,
    json_entries,
)
from desktop.store import Workspace

YEAR = 2023
# More than one chunk of entries checked together.
COUNT = package_values._CHUNK + 1500


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cot")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        with Workspace.open(folder / "so.cdsdb") as ws:
            return ws.plans.require(YEAR)


def varied_entries(plan, count: int, seed: int = 18) -> list[dict]:
    """Right entries written every way a package may write them: ISO and
    dd/mm/yyyy dates, missing and null fields, forms by other names and new
    ones, languages and funding in officers' words, decomposed accents and
    doubled spaces, uids and times that are not (kept as none)."""
    rng = random.Random(seed)
    codes = [t.code for t in plan.targets] + [None, ""]
    forms = [*plan.forms, "tin bai", "  Phóng   sự ", "Hội chợ sách", "Tin bài"]
    optional = {
        "target_code": codes,
        "quantity": [None, 1, 2, 7, 1_000],
        "language": [None, "", "Tiếng Anh", "en", "song ngữ", "Tiếng Việt"],
        "link": [None, "", "https://a.gov.vn/x", " https://b.gov.vn/y  "],
        "cost": [None, 0, 500_000, 10**9],
        "themes": [None, [], [1], [3, 1], [8, 2, 2]],
        "notes": [None, "", "Phát lại\r\ntrên sóng", "  ghi chú  "],
        "views": [None, 0, 12_345],
        "reach": [None, 7],
        "shares": [None, 0],
        "funding": [None, "", "Ngân sách tỉnh", "ns huyện", "Xã hội hóa"],
        "uid": [None, "x" * 65, "ab cd", f"{seed:032x}"],
        "source": [None, "", "UBND  xã An Phú", "Phường 1 / Tổ 2"],
        "created_at": [None, "2023-11-01T08:00:00", "không phải giờ", "2023-11-01T08:00:00+07:00"],
        "updated_at": [None, "2023-12-01T09:30:00"],
    }
    out = []
    for i in range(count):
        day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if i % 11 == 0:
            day = f"{day[8:]}/{day[5:7]}/2023"
        entry = {"date": day, "form": rng.choice(forms)}
        entry["title"] = rng.choice(
            [f"Tin số {i}", f"Chuyển  đổi số {i} ", f"Chuye\u0302\u0309n đổi số {i}"]
        )
        for key, values in optional.items():
            if rng.random() < 0.85:  # else the field is left out
                entry[key] = rng.choice(values)
        if entry.get("uid") == f"{seed:032x}":
            entry["uid"] = f"{i:032x}"
        out.append(entry)
    return out


@pytest.fixture(scope="module")
def entries(plan) -> list[dict]:
    return varied_entries(plan, COUNT)


def one_by_one(rows: list[dict], plan) -> list:
    checks = RepeatedChecks(plan, year=YEAR, allow_new_forms=True)
    activities = []
    for row in rows:
        activity, problems = _activity_of(row, checks)
        assert not problems, problems
        activities.append(activity)
    return activities


def test_entries_checked_together_give_the_activities_checked_one_by_one(plan, entries):
    rows = [dict(e) for e in entries]
    # Every chunk is right, so each is checked a field at a time.
    checks = ColumnChecks(plan, year=YEAR, allow_new_forms=True)
    chunk = package_values._CHUNK
    assert package_values._chunk_activities(rows[:chunk], checks) is not None
    assert package_values._chunk_activities(rows[chunk:], checks) is not None
    together = activities_from_rows(rows, plan, YEAR, "UBND xã An Phú")
    assert len(together) == COUNT
    assert together == one_by_one(rows, plan)
    # The values really vary: none of them is a default throughout.
    assert {a.language for a in together} >= {"Tiếng Việt", "Tiếng Anh"}
    assert {a.source for a in together} >= {"", "UBND xã An Phú"}
    assert any(a.uid is None for a in together) and any(a.uid for a in together)
    assert any(a.created_at is None for a in together) and any(a.created_at for a in together)
    assert "Hội chợ sách" in {a.form for a in together}


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("quantity", 0, "cột “Số lượng”: phải là số nguyên từ 1 trở lên"),
        ("cost", True, "cột “Kinh phí (đồng)”: phải là số nguyên (đồng)"),
        ("cost", -5, "cột “Kinh phí (đồng)”: không được âm"),
        ("date", "2022-12-31", "cột “Ngày”: ngày 31/12/2022 không thuộc năm 2023"),
        (
            "date",
            "31/02/2023",
            "cột “Ngày”: “31/02/2023” không phải ngày có thật: tháng 2 năm 2023 chỉ có 28 ngày",
        ),
        ("target_code", "IX.9", "cột “Mã chỉ tiêu”: “IX.9” không có trong kế hoạch năm 2023"),
        ("language", "Tiếng Pháp", "cột “Ngôn ngữ”: “Tiếng Pháp” phải là"),
        ("themes", [99], "cột “Chủ đề”: “99” không phải số chủ đề"),
        ("themes", [1.0], "cột “Chủ đề”: phải là danh sách số"),
        ("title", "   ", "cột “Tiêu đề”: chưa có tiêu đề"),
        ("form", None, "cột “Hình thức”: chưa chọn hình thức"),
        ("funding", "ngân sách", "cột “Nguồn kinh phí”: “ngân sách” chưa rõ cấp ngân sách"),
        ("views", -1, "cột “Lượt xem”: không được âm"),
        ("notes", 5, "cột “Ghi chú”: phải là chuỗi ký tự"),
    ],
)
def test_a_wrong_value_is_refused_naming_its_entry_and_field(plan, entries, field, value, words):
    refused_once(plan, entries, package_values._CHUNK + 1, field, value, words)


@pytest.mark.parametrize("where", [0, package_values._CHUNK - 1, package_values._CHUNK, COUNT - 1])
def test_a_wrong_value_anywhere_among_thousands_is_refused(plan, entries, where):
    refused_once(plan, entries, where, "quantity", 0, "cột “Số lượng”: phải là số nguyên từ 1")


def refused_once(plan, entries, where: int, field: str, value, words: str) -> None:
    rows = list(entries)
    rows[where] = {**entries[where], field: value}
    with pytest.raises(PackageError) as e:
        activities_from_rows(rows, plan, YEAR)
    message = str(e.value)
    assert f"mục {where + 1}, {words}" in message, message
    assert message.count("mục ") == 1 and "lỗi khác" not in message, message


def test_wrong_entries_in_several_chunks_are_listed_in_order_then_counted(plan, entries):
    rows = list(entries)
    wrong = [3, 9, package_values._CHUNK + 2, package_values._CHUNK + 7, COUNT - 3, COUNT - 1]
    for i in wrong:
        rows[i] = {**entries[i], "quantity": -1}
    rows[5] = ["not", "an", "entry"]
    with pytest.raises(PackageError) as e:
        activities_from_rows(rows, plan, YEAR)
    message = str(e.value)
    shown = [3, 5, 9, package_values._CHUNK + 2, package_values._CHUNK + 7]
    positions = [message.index(f"mục {i + 1}") for i in shown]
    assert positions == sorted(positions), message
    assert "mục 6: không đúng cấu trúc" in message
    assert "(và 2 lỗi khác)" in message, message


def test_year_totals_beyond_any_unit_are_refused_when_every_entry_is_right(plan):
    rows = [
        {"date": "2023-03-01", "form": "Tin bài", "title": f"Tin {i}", "cost": 10**14}
        for i in range(11)
    ]
    with pytest.raises(PackageError, match="tổng kinh phí năm 2023"):
        activities_from_rows(rows, plan, YEAR, "UBND xã An Phú")


def test_columns_of_mixed_kinds_or_unhashable_values_are_left_to_the_entry_by_entry_check(plan):
    checks = ColumnChecks(plan, year=YEAR, allow_new_forms=True)
    right = {
        "date": [date(2023, 1, 2), date(2023, 1, 3)],
        "title": ["A", "B"],
        "form": ["Tin bài", "Video"],
    }
    made = checks.activities(right, 2)
    assert [(a.title, a.form, a.quantity) for a in made] == [("A", "Tin bài", 1), ("B", "Video", 1)]
    # 1 and True (or 1.0) are one key of a dict, not one value.
    assert checks.activities({**right, "quantity": [1, True]}, 2) is None
    assert checks.activities({**right, "cost": [0, 0.0]}, 2) is None
    assert checks.activities({**right, "themes": [[1], [2]]}, 2) is None
    assert checks.activities({**right, "quantity": [1, 0]}, 2) is None
    # What passed before is still known, and still right.
    again = checks.activities({**right, "quantity": [2, None]}, 2)
    assert [a.quantity for a in again] == [2, 1]
    assert made[0].attachments is not made[1].attachments


LISTS = [
    b"[]",
    b' [ {"a": 1} , {"b": [1, 2]}\n]\n',
    b"[1, 2, 3, 4]",  # more than the limit
    b"[1, 2, 3, 4, 5] x",  # more, then not JSON
    b"[1, 2] x",
    b"[1, 2,]",
    b'{"a": 1}',
    b"[NaN]",
    b'[1, "\\ud800"]',
    b'[1, "\\ud83d\\ude00"]',
    b"\xef\xbb\xbf[1]",
    b"[" * 50_000 + b"]" * 50_000,
]


def entries_or_refusal(data: bytes, limit: int = 3) -> object:
    try:
        return list(json_entries(data, "hoat-dong.json", limit))
    except PackageError as e:
        return f"refused: {e}"
    except RecursionError:
        return "recursion"


@pytest.mark.parametrize("data", LISTS, ids=range(len(LISTS)))
def test_a_short_list_parsed_whole_is_read_as_entry_by_entry(data, monkeypatch):
    whole = entries_or_refusal(data)
    monkeypatch.setattr(package_values, "WHOLE_LIST_CHARS", 0)
    assert whole == entries_or_refusal(data)


def test_a_long_list_is_read_entry_by_entry_and_refused_at_the_first_entry_too_many(monkeypatch):
    data = json.dumps(list(range(100))).encode()
    monkeypatch.setattr(package_values, "WHOLE_LIST_CHARS", len(data) - 1)
    entries = json_entries(data, "hoat-dong.json", 10)
    assert [next(entries) for _ in range(10)] == list(range(10))
    with pytest.raises(PackageError, match="nhiều mục hơn 10 hoạt động"):
        next(entries)


@pytest.mark.parametrize(
    "odd",
    [None, "Chuye\u0302\u0309n đổi số", "Hai  dấu cách", " Đầu", "Cuối ", "Tab\tgiữa", "x" * 2001],
)
def test_titles_and_links_clean_as_written_are_taken_as_they_are(plan, odd):
    rows = [
        {
            "date": "2023-05-01",
            "form": "Tin bài",
            "title": f"Chuyển đổi số, tin {i}",
            "link": "" if i % 3 else f"https://xa.gov.vn/tin-{i}",
        }
        for i in range(50)
    ]
    if odd is not None:
        rows[17]["title"] = odd
        rows[18]["link"] = odd
    if odd is not None and len(odd) > 2000:
        with pytest.raises(PackageError, match="mục 18, cột “Tiêu đề”: dài 2.001 ký tự"):
            activities_from_rows(rows, plan, YEAR)
        return
    together = activities_from_rows(rows, plan, YEAR)
    assert together == one_by_one(rows, plan)
    assert together[0].title == "Chuyển đổi số, tin 0" and together[0].link.startswith("https")
    if odd is not None:
        assert together[17].title == " ".join(odd.split()).replace("e\u0302\u0309", "ể")
