"""The import's states driven without the dialog: read → checked → stale →
checking → checked → writing → done, "Nhập" held back while stale, values
confirmed and rows corrected before writing."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from desktop.io.importer import plan_lookup
from desktop.io.previous import PreviousImportError
from desktop.store import ActivityFilter
from desktop.ui import import_flow
from desktop.ui.import_flow import CHECKED, DONE, IDLE, READING, STALE, WRITING, ImportFlow
from desktop.ui.writer import ACTIVITIES, MAPPINGS
from tests.real_lists import hand_kept_list


@pytest.fixture
def csv_list(tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_text(
        "Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề,Số lượng\n"
        "06/01/2023,III.2.a/TH,Chuyên mục,Chuyển đổi số tuần 1,1\n"
        "13/01/2023,III.2.a/TH,Chuyên mục,Chuyển đổi số tuần 2,1\n"
        "32/01/2023,,Tin bài,Ngày sai,1\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def flow(ctx, unit_ws, qtbot):
    remembered = unit_ws.texts.import_mappings()
    stored = {s: unit_ws.texts.import_mapping_data(s) for s in remembered}
    flow = ImportFlow(ctx.writer, plan_lookup(unit_ws), remembered, stored)
    states = []
    flow.state_changed.connect(states.append)
    flow.states = states
    return flow


def stored_titles(ws):
    unit = ws.units.self_unit()
    return sorted(a.title for a in ws.activities.iterate(ActivityFilter(unit_id=unit.id)))


def test_read_check_stale_recheck_write(flow, ctx, unit_ws, qtbot, csv_list):
    announced = []
    ctx.changed.connect(announced.append)
    assert flow.state == IDLE and not flow.can_commit() and not flow.commit()

    flow.load([str(csv_list)])
    assert flow.busy
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert [a.title for a in flow.result.activities] == [
        "Chuyển đổi số tuần 1",
        "Chuyển đổi số tuần 2",
    ]
    assert flow.result.rejected_rows == 1 and flow.can_commit()

    # the title column taken away: stale, "Nhập" held back until checked again
    sheet = flow.session.tables[0].sheets[0]
    del sheet.mapping["title"]
    flow.mark_stale()
    assert flow.state == STALE and not flow.can_commit() and not flow.commit()
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert flow.result.activities == [] and not flow.can_commit()
    assert stored_titles(unit_ws) == []  # nothing written by any check

    sheet.mapping["title"] = 3
    flow.recheck()
    qtbot.waitUntil(lambda: flow.state == CHECKED and flow.can_commit(), timeout=30000)
    written = []
    flow.written.connect(written.append)
    assert flow.commit()
    assert flow.state == WRITING and not flow.cancel()  # the transaction finishes first
    qtbot.waitUntil(lambda: flow.state == DONE, timeout=30000)
    assert written[0].inserted == 2 and written[0].rejected == 1
    assert stored_titles(unit_ws) == ["Chuyển đổi số tuần 1", "Chuyển đổi số tuần 2"]
    assert announced and {ACTIVITIES, MAPPINGS} <= announced[-1]
    assert not flow.commit()  # done: once only
    assert flow.states[0] == "reading" and flow.states[-2:] == [WRITING, DONE]


def test_a_change_while_checking_checks_again(flow, qtbot, csv_list):
    flow.load([str(csv_list)])
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    flow.recheck()
    sheet = flow.session.tables[0].sheets[0]
    sheet.enabled = False
    flow.mark_stale()  # arrives while the first check runs
    qtbot.waitUntil(lambda: flow.state == CHECKED and not flow.busy, timeout=30000)
    qtbot.wait(400)  # the pause after the change passes
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert flow.result.activities == []  # the last check saw the sheet left out


def test_values_chosen_are_checked_before_writing(flow, unit_ws, qtbot, tmp_path):
    flow.load([str(hand_kept_list(tmp_path / "quy.xlsx"))])
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert [(v.written, v.action) for v in flow.values] == [
        ("Ảnh", "keep"),
        ("Video clip", "map"),
        ("Livestream", "keep"),
    ]
    assert len(flow.result.activities) == 52
    choices = [replace(v, action="skip") if v.written == "Ảnh" else v for v in flow.values]
    flow.choose_values(choices)
    assert flow.state == STALE and flow.stale and not flow.commit()
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert len(flow.result.activities) == 40 and flow.result.skipped_by_choice == 12
    assert flow.chosen and flow.commit()
    qtbot.waitUntil(lambda: flow.state == DONE, timeout=30000)
    assert flow.summary.inserted == 40
    assert "Ảnh" not in {a.form for a in unit_ws.activities.iterate(ActivityFilter())}


def test_a_cancelled_read_goes_back_to_idle(flow, qtbot, csv_list, monkeypatch):
    def slow_read(progress, *_args):
        # A read long enough to be cancelled: it stops where a real one checks.
        while True:
            progress.check()
            time.sleep(0.01)

    monkeypatch.setattr(import_flow, "_read_job", slow_read)
    stopped = []
    flow.stopped.connect(stopped.append)
    flow.load([str(csv_list)])
    assert flow.state == READING and flow.cancel()
    qtbot.waitUntil(lambda: not flow.busy, timeout=30000)
    assert stopped == [READING] and flow.state == IDLE and flow.result is None
    assert not flow.commit()


def test_an_unreadable_file_is_named_and_nothing_can_be_written(flow, unit_ws, qtbot, tmp_path):
    broken = tmp_path / "nam-truoc.cdsdb"
    broken.write_bytes(b"not a workspace at all")
    flow.load([str(broken)])
    qtbot.waitUntil(lambda: not flow.busy, timeout=30000)
    assert flow.state == CHECKED and not flow.can_commit() and not flow.commit()
    assert [p.source for p in flow.session.file_errors] == ["nam-truoc.cdsdb"]
    assert "không phải tệp dữ liệu" in flow.session.file_errors[0].message
    assert stored_titles(unit_ws) == []


def test_a_read_that_fails_goes_back_to_idle_with_the_reason(flow, qtbot, csv_list, monkeypatch):
    def refuse(*_args, **_kw):
        raise PreviousImportError("Tệp dữ liệu năm trước bị hỏng.")

    monkeypatch.setattr(import_flow, "open_import", refuse)
    failed = []
    flow.failed.connect(lambda exc, _details: failed.append(str(exc)))
    flow.load([str(csv_list)])
    qtbot.waitUntil(lambda: not flow.busy, timeout=30000)
    assert failed == ["Tệp dữ liệu năm trước bị hỏng."]
    assert flow.state == IDLE and flow.result is None and not flow.commit()


def test_rows_of_a_window_plan_join_its_year(ctx, unit_ws, qtbot, tmp_path):
    """Under 2023's plan on the Nghị định 09 window, the dialog's rows of
    20/12/2022 are 2023's: checked against its plan, their new form added to
    its forms, no plan made for 2022."""
    unit_ws.plans.set_window(2023, "nd09")
    path = tmp_path / "thang-12.csv"
    path.write_text(
        "Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề,Số lượng\n"
        "20/12/2022,III.2.a/TH,Livestream,Trực tiếp cuối năm,1\n"
        "10/01/2023,III.2.a/TH,Chuyên mục,Chuyên mục tháng 1,1\n",
        encoding="utf-8",
    )
    flow = ImportFlow(ctx.writer, plan_lookup(unit_ws), {}, {})
    flow.load([str(path)])
    qtbot.waitUntil(lambda: flow.state == CHECKED, timeout=30000)
    assert flow.result.rejected == [] and flow.commit()
    qtbot.waitUntil(lambda: flow.state == DONE, timeout=30000)
    assert flow.summary.inserted == 2 and flow.summary.derived_plans == []
    assert unit_ws.plans.years() == [2023]
    assert "Livestream" in unit_ws.plans.get(2023).forms
