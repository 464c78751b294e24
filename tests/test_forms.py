"""The officer's words for a form, matched to the catalogue of the built-in plan."""

import json

import pytest

from desktop.domain.forms import (
    FormMatchKind,
    describe_new_forms,
    match_form,
    new_forms,
)
from desktop.paths import asset

FORMS = tuple(json.loads(asset("resources/plan-2023.json").read_text(encoding="utf-8"))["forms"])


@pytest.mark.parametrize(
    ("written", "form", "kind"),
    [
        ("Video", "Video", FormMatchKind.EXACT),
        ("video", "Video", FormMatchKind.EXACT),
        ("  CHUYÊN   MỤC ", "Chuyên mục", FormMatchKind.EXACT),
        ("chuyen muc", "Chuyên mục", FormMatchKind.EXACT),
        ("Tin bai", "Tin bài", FormMatchKind.EXACT),
        ("Tinbài", "Tin bài", FormMatchKind.EXACT),
        ("bài đăng mạng xã hội", "Bài đăng mạng xã hội", FormMatchKind.EXACT),
        ("Clip", "Video", FormMatchKind.SYNONYM),
        ("Video clip", "Video", FormMatchKind.SYNONYM),
        ("Video-clip", "Video", FormMatchKind.SYNONYM),
        ("VideoClip", "Video", FormMatchKind.SYNONYM),
        ("Bài viết", "Tin bài", FormMatchKind.SYNONYM),
        ("Hội nghị", "Sự kiện", FormMatchKind.SYNONYM),
        ("Tập huấn", "Sự kiện", FormMatchKind.SYNONYM),
        ("Facebook", "Bài đăng mạng xã hội", FormMatchKind.SYNONYM),
        ("Pano", "Banner", FormMatchKind.SYNONYM),
        ("Công văn", "Văn bản", FormMatchKind.SYNONYM),
        ("Chuyên mục truyền hình", "Chuyên mục", FormMatchKind.PREFIX),
        ("Chuyên mục phát thanh", "Chuyên mục", FormMatchKind.PREFIX),
        ("Văn bản hướng dẫn", "Văn bản", FormMatchKind.PREFIX),
        ("Phóng sự truyền hình", "Phóng sự", FormMatchKind.PREFIX),
        ("Clip tuyên truyền CĐS", "Video", FormMatchKind.PREFIX),
        ("Hội nghị tập huấn chuyển đổi số", "Sự kiện", FormMatchKind.PREFIX),
        ("Bài đăng trên cổng thông tin", "Tin bài", FormMatchKind.PREFIX),
        ("Bài đăng Fanpage", "Bài đăng mạng xã hội", FormMatchKind.PREFIX),
        ("Tin ảnh", "Tin bài", FormMatchKind.SYNONYM),
    ],
)
def test_each_kind_of_match(written, form, kind):
    m = match_form(written, FORMS)
    assert (m.form, m.kind) == (form, kind)


@pytest.mark.parametrize("written", ["Ảnh", "Livestream", "Tờ rơi", "Anh"])
def test_a_word_that_matches_nothing_is_kept_as_written(written):
    m = match_form(f" {written} ", FORMS)
    assert m.is_new
    assert m.form == written


def test_a_form_of_the_workspace_is_matched_like_the_catalogue():
    forms = FORMS + ("Ảnh",)
    assert (match_form("anh", forms).form, match_form("anh", forms).kind) == (
        "Ảnh",
        FormMatchKind.EXACT,
    )
    m = match_form("Ảnh hoạt động", forms)
    assert (m.form, m.kind) == ("Ảnh", FormMatchKind.PREFIX)


def test_a_form_of_the_catalogue_wins_over_a_synonym():
    # "Tin" is another name of "Tin bài", unless the workspace has a form "Tin".
    assert match_form("Tin", FORMS).form == "Tin bài"
    assert match_form("tin", FORMS + ("Tin",)).form == "Tin"


def test_synonyms_only_lead_to_forms_the_catalogue_has():
    forms = tuple(f for f in FORMS if f != "Video")
    m = match_form("Video clip", forms)
    assert m.is_new and m.form == "Video clip"


def test_empty_and_numbers():
    assert match_form(None, FORMS).form == ""
    assert match_form("   ", FORMS).form == ""
    assert match_form(12.0, FORMS).form == "12"


def test_new_forms_summary_counts_rows_most_first():
    matches = [
        (match_form("Livestream", FORMS), 3),
        (match_form("Ảnh", FORMS), 5),
        (match_form("Video clip", FORMS), 40),
        (match_form("ảnh", FORMS), 7),
    ]
    counts = new_forms(matches)
    # Spellings of one new word are one form, named as first written.
    assert counts == [("Ảnh", 12), ("Livestream", 3)]
    assert describe_new_forms([("Ảnh", 12), ("Livestream", 3)]) == (
        "2 hình thức mới: Ảnh (12 dòng), Livestream (3 dòng)"
    )
    assert describe_new_forms([]) == ""
