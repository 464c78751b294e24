"""A list of another unit's activities is recognised by the tasks its rows are coded to."""

import json

from desktop.domain.ownership import likely_other_owner
from desktop.domain.plan import derive_plan, nearest_year, plan_from_dict
from desktop.paths import asset

PLAN, UNITS = plan_from_dict(json.loads(asset("resources/plan-2023.json").read_text("utf-8")))
BY_NAME = {u.name: u for u in UNITS}
STATION = BY_NAME["Đài Phát thanh và Truyền hình tỉnh"]
DEPARTMENT = BY_NAME["Sở Thông tin và Truyền thông"]


def _department_list():
    # 85 rows of the department's tasks, 6 of the portal's, and other activities.
    return ["III.2.c"] * 60 + ["III.2.g"] * 20 + ["III.1"] * 5 + ["III.2.d"] * 6 + [None] * 9


def test_the_departments_list_in_the_stations_workspace_is_named():
    warning = likely_other_owner(_department_list(), PLAN, STATION)
    assert warning is not None
    assert (warning.owner, warning.rows, warning.coded) == ("Sở Thông tin và Truyền thông", 85, 91)
    assert warning.describe() == (
        "Danh sách này có vẻ của Sở Thông tin và Truyền thông: 85/91 dòng thuộc nhiệm vụ "
        "do Sở Thông tin và Truyền thông chủ trì"
    )


def test_the_unit_names_come_from_the_plan():
    plan = derive_plan(PLAN, 2024)
    plan.unit_kinds = [
        k if k.code != "stttt" else type(k)("stttt", "Sở KH&CN") for k in PLAN.unit_kinds
    ]
    assert likely_other_owner(_department_list(), plan, STATION).owner == "Sở KH&CN"


def test_no_warning_for_the_units_own_list_or_a_mixed_one():
    assert likely_other_owner(_department_list(), PLAN, DEPARTMENT) is None
    # One row of a task the station leads: the list is (also) the station's.
    assert likely_other_owner(_department_list() + ["III.2.a/TH"], PLAN, STATION) is None
    # No majority for any one leading unit.
    mixed = ["III.2.c"] * 4 + ["III.2.b/IN"] * 4 + ["III.2.d"] * 3
    assert likely_other_owner(mixed, PLAN, STATION) is None
    # Nothing coded: nothing to tell.
    assert likely_other_owner([None] * 30, PLAN, STATION) is None


def test_nearest_year_and_a_derived_plan():
    assert nearest_year([2023], 2022) == 2023
    assert nearest_year([2021, 2023], 2022) == 2023
    assert nearest_year([2019, 2023, 2024], 2020) == 2019
    assert nearest_year([], 2022) is None
    derived = derive_plan(PLAN, 2022)
    assert derived.year == 2022
    assert derived.derived_from == 2023
    assert derived.derived_note == "tạo từ kế hoạch năm 2023 — cần kiểm tra chỉ tiêu"
    assert [t.code for t in derived.targets] == [t.code for t in PLAN.targets]
    assert derived.target("III.1").due_end.year == 2022
    assert PLAN.derived_from is None and PLAN.derived_note == ""
