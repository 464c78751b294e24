"""An import checks each distinct cell value of a field once: the remembered
results must be exactly what `validate` says row by row, and must never
carry over from one import (or one plan) to another."""

import itertools
import random
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from desktop.domain.activity import Problem, RawActivity, validate
from desktop.domain.text import _FOLDED_WORDS, fold, fold_words
from desktop.io.importer import ImportSession, check_import
from desktop.io.listlayout import SheetChoice, SourceFile
from desktop.io.rowcheck import RowChecker, TaskMatcher, date_of, usual_form
from desktop.io.tables import Sheet
from desktop.store.workspace import load_builtin_plan

PLAN = load_builtin_plan()[0]

# Good and bad values of every field, in the types files give them.
DATES = [date(2023, 3, 1), datetime(2023, 5, 2, 8, 30), "03/04/2023", "3-4-23", 45000, 45000.0,
         "31/02/2023", "hôm qua", 12.5, None, "", date(2022, 12, 31), "01/01/2024"]  # fmt: skip
CODES = ["III.2.d", "iii.2.d", "III.2.a/TH", "Zalo", "X.9", 3.0, "", None, "  III.4.b "]
FORMS = ["Tin bài", "tin bai", "PHÓNG SỰ", "Tin  bài", "Báo in", "", None, 1]
TITLES = ["Chuyển đổi số", "  Hai  khoảng trắng ", "", None, "x" * 2001, "Dòng\x0bhai", 2023.0]
QUANTITIES = [1, 1.0, True, "2", "1.000", 0, -3, 2.5, "1,5 triệu", "", None, 2_000_000]
LANGUAGES = ["Tiếng Việt", "tieng anh", "EN", "Tiếng Pháp", "", None, 1]
LINKS = ["https://a.vn/1", "", None, "h" * 4001]
COSTS = [0, "1.500.000 đ", "1,500", 1500000.0, -1, 10**15, "năm trăm", "", None, 0.5]
THEMES = ["1", "1; 3,5", 2, 2.0, "9", "một", 1.5, "", None, True]
NOTES = ["", None, "Phát lại\r\nlần hai", "\x0cmở đầu", "n" * 100_001]
COLUMNS = {"date": DATES, "target_code": CODES, "form": FORMS, "title": TITLES,
           "quantity": QUANTITIES, "language": LANGUAGES, "link": LINKS, "cost": COSTS,
           "themes": THEMES, "notes": NOTES}  # fmt: skip


def sample_rows(n=600, seed=8):
    rng = random.Random(seed)
    return [{f: rng.choice(values) for f, values in COLUMNS.items()} for _ in range(n)]


MISSING_FORM = (
    "tệp không có cột Hình thức và chỉ tiêu của dòng không cho biết hình thức; "
    "hãy chọn cột Hình thức"
)


def by_rule(values, plan_for_year, year, has_form_column):
    """What a row gives by `validate` alone: the plan of its year, the task
    resolved, the usual form of the task when there is no form column, the
    reader's date and task messages in front (they replace validate's own
    date message)."""
    d, date_error = date_of(values.get("date"))
    wanted = year or (d.year if d else None)
    plan = plan_for_year(wanted)
    if plan is None:
        return None, [Problem("date", f"chưa có kế hoạch năm {wanted} trong dữ liệu")]
    code, code_error = TaskMatcher(plan).resolve(values.get("target_code"))
    form = values.get("form")
    if not has_form_column and code is not None:
        form = usual_form(plan.target(code), plan.forms)
    raw = RawActivity(**{**values, "date": d, "target_code": code, "form": form})
    activity, problems = validate(raw, plan, year=year, allow_new_forms=True)
    extra = [Problem("date", date_error)] if date_error else []
    if code_error:
        extra.append(Problem("target_code", code_error))
    if not has_form_column and not form:
        problems = [p for p in problems if p.field != "form"]
        extra.append(Problem("form", MISSING_FORM))
    if extra:
        problems = [p for p in problems if not (p.field == "date" and date_error)]
        return None, extra + problems
    return activity, problems


def comparable(outcome):
    activity, problems = outcome
    return activity, [(p.field, p.message) for p in problems]


def test_remembered_checks_give_what_validate_gives_on_every_row():
    rows = sample_rows()
    for year, has_form in itertools.product((2023, None), (True, False)):
        plans = {2023: PLAN, None: PLAN}.get
        checker = RowChecker(plans, year)
        for values in rows:
            if not has_form:
                values = {k: v for k, v in values.items() if k != "form"}
            got = checker.check(values, has_form)
            assert comparable(got) == comparable(by_rule(values, plans, year, has_form)), values
    # The sample holds both outcomes, so the comparison means something.
    outcomes = [RowChecker({2023: PLAN}.get, 2023).check(v, True)[0] for v in rows]
    assert any(outcomes) and not all(outcomes)


def test_equal_values_of_different_types_are_checked_apart():
    checker = RowChecker({2023: PLAN}.get, 2023)
    base = {"date": "02/01/2023", "form": "Tin bài", "title": "Tin"}
    assert checker.check({**base, "quantity": 1.0}, True)[0].quantity == 1
    # True equals 1 as a dict key, but a tick box is not a number.
    activity, problems = checker.check({**base, "quantity": True}, True)
    assert activity is None and problems[0].field == "quantity"
    assert checker.check({**base, "quantity": 1}, True)[0].quantity == 1


def sheet_source(rows):
    header = ["Ngày", "Hình thức", "Tiêu đề"]
    choice = SheetChoice(
        "a.csv", Sheet(None, [header, *rows]), 0, {"date": 0, "form": 1, "title": 2}
    )
    return ImportSession(tables=[SourceFile(path=Path("a.csv"), sheets=[choice])])


def test_nothing_remembered_carries_over_to_the_next_import_or_plan():
    session = sheet_source([["02/01/2023", "Clip", "Một"], ["03/01/2023", "Clip", "Hai"]])
    first = check_import(session, {2023: PLAN}.get)
    assert [a.form for a in first.activities] == ["Video", "Video"]
    # The next import checks against a plan without that form: the word is kept.
    narrower = replace(PLAN, forms=[f for f in PLAN.forms if f != "Video"])
    second = check_import(session, {2023: narrower}.get)
    assert [a.form for a in second.activities] == ["Clip", "Clip"]
    assert second.rejected == []
    # Two years with different plans in one import: each row by its own plan.
    plan_2024 = replace(narrower, year=2024)
    session = sheet_source([["02/01/2023", "Clip", "Một"], ["02/01/2024", "Clip", "Hai"]])
    mixed = check_import(session, {2023: PLAN, 2024: plan_2024}.get)
    assert [(a.date.year, a.form) for a in mixed.activities] == [(2023, "Video"), (2024, "Clip")]


def test_folding_word_by_word_gives_the_same_key():
    texts = ["Chuyển Đổi Số", "ĐỒNG  bộ\u00a0dữ\tliệu", "a \u0301 b", "Ωσ ΣΟΣ", "e\u0301 ", "",
             "https://A.vn/X", "𝐀\U0001d167 x", "İstanbul ĐẮK LẮK", "  "]  # fmt: skip
    for text in texts:
        assert fold_words(text) == fold(text), text
    # Past its bound the word cache starts afresh and still folds right.
    limit = _FOLDED_WORDS.LIMIT
    try:
        _FOLDED_WORDS.LIMIT = 3
        words = " ".join(f"số{i} Đà" for i in range(10))
        assert fold_words(words) == fold(words)
        assert len(_FOLDED_WORDS) <= 3
    finally:
        _FOLDED_WORDS.LIMIT = limit
