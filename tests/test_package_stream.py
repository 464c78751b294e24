"""A package's activity parts written in one pass as the activities are
read: the same JSON text as the whole list dumped at once, the same CSV."""

from __future__ import annotations

import json
from datetime import date

from desktop.domain.activity import Activity
from desktop.io.listformat import write_csv
from desktop.io.package import activity_record
from desktop.io.package_stream import write_activity_parts


def _activities() -> list[Activity]:
    return [
        Activity(date(2023, 1, 5), "Tin “chuyển đổi số”\u2028dòng", "Tin bài", "III.2.d",
                 quantity=2, notes="hai\ndòng", views=10, funding="Ngân sách tỉnh",
                 themes=(1, 5)),
        Activity(date(2023, 2, 1), "Banner", "Banner", None, cost=1_000_000),
        Activity(date(2023, 3, 9), "Chuyên mục", "Chuyên mục", "III.2.a/TH", reach=0),
    ]  # fmt: skip


def test_the_same_list_one_activity_per_line(tmp_path):
    acts = _activities()
    count, codes = write_activity_parts(
        iter(acts), activity_record, tmp_path / "a.json", tmp_path / "a.csv"
    )
    assert (count, codes) == (3, ["III.2.a/TH", "III.2.d"])
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    assert json.loads(text) == [activity_record(a) for a in acts]
    lines = text.split("\n")
    assert lines[0] == "[" and lines[-1] == "]" and len(lines) == 2 + len(acts)
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == json.loads(text)
    assert json.loads(text)[0]["title"] == "Tin “chuyển đổi số”\u2028dòng"
    assert "Tin “chuyển đổi số”" in text  # Vietnamese as it is, not \u escapes
    write_csv(tmp_path / "b.csv", acts)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_no_activities(tmp_path):
    count, codes = write_activity_parts(
        iter([]), activity_record, tmp_path / "a.json", tmp_path / "a.csv"
    )
    assert (count, codes) == (0, [])
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == json.dumps([], indent=1)
