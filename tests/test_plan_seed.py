"""The built-in plan encodes docs/plan-2023-targets.md exactly."""

from datetime import date

import pytest

EXPECTED = {
    # code: (yearly target, measure, lead kinds, per unit, due start, due end)
    "III.1": (1, "văn bản hướng dẫn", ("stttt",), False, date(2023, 1, 1), date(2023, 3, 31)),
    "III.2.a/PT": (52, "chuyên mục", ("dai_ptth",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.a/TH": (52, "chuyên mục", ("dai_ptth",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.b/IN": (12, "kỳ", ("bao",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.b/DT": (24, "kỳ", ("bao",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.c": (
        None,
        "tin, bài, sản phẩm",
        ("stttt",),
        False,
        date(2023, 1, 1),
        date(2023, 12, 31),
    ),
    "III.2.d": (180, "tin, bài, video", ("vp_ubnd",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.đ/SX": (12, "chuyên mục", ("ttvhtt_huyen",), True, date(2023, 1, 1), date(2023, 12, 31)),
    "III.2.đ/PL": (
        36,
        "lượt phát lại",
        ("ttvhtt_huyen",),
        True,
        date(2023, 1, 1),
        date(2023, 12, 31),
    ),
    "III.2.e": (
        52,
        "phóng sự, chương trình",
        ("stttt",),
        False,
        date(2023, 1, 1),
        date(2023, 12, 31),
    ),
    "III.2.g": (None, "tin, bài đăng", ("stttt",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.3.a": (1, "sự kiện", ("stttt",), False, date(2023, 7, 1), date(2023, 9, 30)),
    "III.3.b": (1, "cuộc thi", ("stttt",), False, date(2023, 7, 1), date(2023, 9, 30)),
    "III.3.c": (None, "hoạt động", ("ubnd_huyen",), True, date(2023, 1, 1), date(2023, 12, 31)),
    "III.3.d": (1, "cuộc thi", ("tinh_doan",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.4.a": (6, "số bản tin", ("stttt",), False, date(2023, 1, 1), date(2023, 12, 31)),
    "III.4.b": (
        None,
        "video clip, phóng sự",
        ("stttt",),
        False,
        date(2023, 1, 1),
        date(2023, 12, 31),
    ),
}

DISTRICTS = [
    "UBND thành phố Quảng Ngãi",
    "UBND thị xã Đức Phổ",
    "UBND huyện Ba Tơ",
    "UBND huyện Bình Sơn",
    "UBND huyện Lý Sơn",
    "UBND huyện Minh Long",
    "UBND huyện Mộ Đức",
    "UBND huyện Nghĩa Hành",
    "UBND huyện Sơn Hà",
    "UBND huyện Sơn Tây",
    "UBND huyện Sơn Tịnh",
    "UBND huyện Trà Bồng",
    "UBND huyện Tư Nghĩa",
]


def test_seeded_plan_has_every_target_as_in_the_table(ws):
    plan = ws.plans.get(2023)
    assert [t.code for t in plan.targets] == list(EXPECTED)
    for t in plan.targets:
        number, measure, leads, per_unit, start, end = EXPECTED[t.code]
        assert (t.target, t.measure, t.lead_kinds, t.per_unit, t.due_start, t.due_end) == (
            number,
            measure,
            leads,
            per_unit,
            start,
            end,
        ), t.code
        assert t.coordinators, t.code


def test_seeded_plan_metadata_themes_and_forms(ws):
    plan = ws.plans.get(2023)
    assert plan.year == 2023
    assert plan.issuer == "UBND tỉnh Quảng Ngãi"
    assert plan.report_deadline == date(2023, 12, 1)
    assert [th.number for th in plan.themes] == list(range(1, 9))
    assert "Tổ Công nghệ số cộng đồng" in plan.themes[4].title
    assert {
        "Tin bài",
        "Phóng sự",
        "Chuyên mục",
        "Video",
        "Bản tin",
        "Sự kiện",
        "Cuộc thi",
        "Banner",
        "Bài đăng mạng xã hội",
    } <= set(plan.forms)
    assert plan.target("III.3.a").due_label == "Quý III/2023"


def test_seeded_units_include_plan_units_and_13_districts(ws):
    names = [u.name for u in ws.units.all()]
    for name in [
        "Sở Thông tin và Truyền thông",
        "Đài Phát thanh và Truyền hình tỉnh",
        "Báo Quảng Ngãi",
        "Văn phòng UBND tỉnh",
        "Tỉnh đoàn Quảng Ngãi",
    ]:
        assert name in names
    assert [n for n in names if n in DISTRICTS] == DISTRICTS
    binh_son = ws.units.by_name("ubnd huyen binh son")
    assert set(binh_son.lead_kinds) == {"ubnd_huyen", "ttvhtt_huyen"}
    assert binh_son.place == "Bình Sơn"
    assert ws.units.by_name("Sở Thông tin và Truyền thông").consolidator


@pytest.mark.parametrize(
    "unit,codes",
    [
        ("UBND huyện Bình Sơn", ["III.2.đ/SX", "III.2.đ/PL", "III.3.c"]),
        ("Đài Phát thanh và Truyền hình tỉnh", ["III.2.a/PT", "III.2.a/TH"]),
        ("Báo Quảng Ngãi", ["III.2.b/IN", "III.2.b/DT"]),
        ("Văn phòng UBND tỉnh", ["III.2.d"]),
        ("Tỉnh đoàn Quảng Ngãi", ["III.3.d"]),
        (
            "Sở Thông tin và Truyền thông",
            ["III.1", "III.2.c", "III.2.e", "III.2.g", "III.3.a", "III.3.b", "III.4.a", "III.4.b"],
        ),
        ("Sở Tài chính", []),
    ],
)
def test_each_unit_leads_its_targets(ws, unit, codes):
    u = ws.units.by_name(unit)
    assert [t.code for t in ws.plans.get(2023).targets if u.leads(t)] == codes


def test_copy_plan_to_new_year_keeps_codes_and_allows_edits(ws):
    copy = ws.plans.copy(2023, 2024)
    assert [t.code for t in copy.targets] == list(EXPECTED)
    assert copy.target("III.3.a").due_start == date(2024, 7, 1)
    assert copy.target("III.3.a").due_label == "Quý III/2024"
    assert copy.report_deadline == date(2024, 12, 1)
    assert "2024" in copy.title and copy.number == ""
    from dataclasses import replace

    ws.plans.save_target(2024, replace(copy.target("III.2.a/TH"), target=60))
    assert ws.plans.get(2024).target("III.2.a/TH").target == 60
    assert ws.plans.get(2023).target("III.2.a/TH").target == 52
    assert [t.code for t in ws.plans.get(2024).targets] == list(EXPECTED)  # order kept after edit


def test_copy_plan_refuses_to_overwrite(ws):
    from desktop.store import WorkspaceError

    ws.plans.copy(2023, 2024)
    with pytest.raises(WorkspaceError, match="đã có kế hoạch"):
        ws.plans.copy(2023, 2024)
