"""The one writer and the per-thread readers: writes land on the writer's
own connection and thread, say what changed, and readers cannot write."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date

import pytest

from desktop.domain.activity import Activity
from desktop.store import Workspace, WorkspaceError
from desktop.store.workspace import ActivityFilter
from desktop.ui import readers
from desktop.ui.jobs import run_job, wait_for_jobs
from desktop.ui.writer import ACTIVITIES, PLAN, TEXTS


def _activity(title: str) -> Activity:
    return Activity(date=date(2023, 4, 2), title=title, form="Chuyên mục", target_code="III.2.a/TH")


def test_write_runs_on_the_writer_thread_and_announces(ctx, unit_ws, qtbot):
    seen: list[frozenset] = []
    ctx.changed.connect(seen.append)
    refreshed = []
    ctx.data_changed.connect(lambda: refreshed.append("data"))
    ctx.plan_changed.connect(lambda: refreshed.append("plan"))

    def add(ws: Workspace, title: str) -> tuple[int, str]:
        return ws.activities.add(_activity(title)), threading.current_thread().name

    activity_id, thread = ctx.writer.write((ACTIVITIES,), add, "Tin viết qua bộ ghi")
    assert thread != threading.current_thread().name
    assert seen == [frozenset({ACTIVITIES})]
    assert refreshed == ["data"]
    # committed: the GUI thread's reader sees it at once
    assert unit_ws.activities.get(activity_id).title == "Tin viết qua bộ ghi"
    ctx.writer.write((PLAN, TEXTS), lambda ws: None)
    assert seen[-1] == frozenset({PLAN, TEXTS}) and refreshed == ["data", "plan"]


def test_a_failed_write_raises_here_and_announces_nothing(ctx, unit_ws):
    seen = []
    ctx.changed.connect(seen.append)

    def broken(ws: Workspace) -> None:
        with ws.transaction():
            ws.activities.add(_activity("Không được giữ"))
            raise ValueError("hỏng giữa chừng")

    with pytest.raises(ValueError, match="hỏng giữa chừng"):
        ctx.writer.write((ACTIVITIES,), broken)
    assert seen == []
    unit = unit_ws.units.self_unit()
    assert unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))[0] == 0


def test_submit_writes_off_the_gui_thread_then_announces(ctx, unit_ws, qtbot):
    seen, results = [], []
    ctx.changed.connect(seen.append)

    def many(progress, ws: Workspace, n: int) -> int:
        with ws.transaction():
            for i in range(n):
                ws.activities.add(_activity(f"Tin số {i}"))
        return n

    ctx.writer.submit(
        None, "ghi", lambda n: {ACTIVITIES} if n else set(), many, 30, on_done=results.append
    )
    qtbot.waitUntil(lambda: results == [30])
    assert seen == [frozenset({ACTIVITIES})]
    unit = unit_ws.units.self_unit()
    assert unit_ws.activities.count_and_sums(ActivityFilter(unit_id=unit.id))[0] == 30


def test_job_readers_cannot_write_and_are_closed_after_the_job(ctx, qtbot):
    outcome = {}

    def job(progress):
        reader = ctx.reader()
        outcome["same"] = reader is ctx.reader()
        outcome["plan"] = reader.plans.get(2023) is not None
        outcome["held"] = readers.open_readers()
        try:
            reader.set_meta("current_year", "2099")
        except (sqlite3.Error, WorkspaceError) as e:
            outcome["refused"] = str(e)
        return threading.current_thread()

    threads = []
    run_job(None, "đọc", job, on_done=threads.append, on_error=lambda e, d: threads.append(e))
    qtbot.waitUntil(lambda: bool(threads))
    wait_for_jobs()
    assert outcome["same"] and outcome["plan"] and outcome["held"] == 1
    assert outcome["refused"], outcome
    assert ctx.reader() is ctx.workspace  # the GUI thread reads on the window's connection
    assert ctx.workspace.get_meta("current_year") != "2099"


def test_the_collector_pauses_while_any_export_runs_and_comes_back():
    import gc

    from desktop.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a preview and an export at once
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other one still runs
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # paused by someone else: left as it was
    finally:
        gc.enable()
