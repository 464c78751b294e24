"""Packages follow their plan's period: a unit on the Nghị định 09 window
(15/12 of the year before to 14/12) sends the activities of that window;
the department receives them into its figures for the window, takes each
shared day (15–31/12) once whichever year's package came first, and refuses
an entry outside the package's period. Real workspaces and package files."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from package_fixtures import DAI, SO, manifest_of

from desktop.domain.activity import Activity
from desktop.domain.package_days import Held, rewrites
from desktop.domain.period import year_period
from desktop.domain.plan import new_unit_defaults
from desktop.io.package import read_package, write_package
from desktop.io.package_choice import find_submission, use_submission
from desktop.io.package_import import Outcome, receive_package, receive_packages
from desktop.reports.gather import gather_consolidated, gather_unit
from desktop.store import Workspace, WorkspaceError

TH = "III.2.a/TH"
# Quantities 1, 2, 4, ...: every sum says which days it took.
DAYS = [
    date(2022, 12, 14),
    date(2022, 12, 15),
    date(2022, 12, 31),
    date(2023, 1, 1),
    date(2023, 12, 14),
    date(2023, 12, 15),
]
QUANTITY = {d: 1 << i for i, d in enumerate(DAYS)}
# 15/12/2022 – 14/12/2023 under the window; 1/1 – 31/12/2022 on the calendar year.
WINDOW_2023 = 2 + 4 + 8 + 16
CALENDAR_2022 = 1 + 2 + 4
# Recorded by the unit after its 2022 package, before its 2023 one.
LATE_DAY = date(2022, 12, 20)


def _activity(day: date, quantity: int | None = None) -> Activity:
    return Activity(
        day,
        f"Chuyên mục ngày {day:%d/%m/%Y}",
        "Chuyên mục",
        target_code=TH,
        quantity=QUANTITY[day] if quantity is None else quantity,
    )


def _plans(ws, windows: dict[int, str]) -> None:
    for year, window in windows.items():
        if ws.plans.get(year) is None:
            ws.plans.copy(2023, year)
        ws.plans.set_window(year, window)


def _th(rows) -> int:
    return next(r.actual for r in rows if r.code == TH)


def _unit_th(ws, year: int, name: str = DAI) -> int:
    """The consolidated figure of one unit for the TH target."""
    row = next(r for r in ws.figures.consolidated(year) if r.code == TH)
    return sum(s.actual for s in row.breakdown if s.unit.name == name)


def _rows(ws, unit_id: int) -> list[tuple[str, str, int]]:
    return sorted(
        (r[0], r[1], r[2])
        for r in ws.conn.execute(
            "SELECT date, title, quantity FROM activities WHERE unit_id = ?", (unit_id,)
        )
    )


@pytest.fixture
def sender(tmp_path) -> Path:
    """The Đài's workspace: 2022 on the calendar year, 2023 on the window."""
    db = tmp_path / "dai.cdsdb"
    with Workspace.open(db) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(DAI))
        _plans(ws, {2022: "calendar", 2023: "nd09"})
        ws.activities.insert_many([_activity(d) for d in DAYS], unit.id)
    return db


def _department(path: Path, windows: dict[int, str]) -> Path:
    with Workspace.open(path) as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        _plans(ws, windows)
    return path


def _package(db: Path, year: int, out: Path, **kw) -> Path:
    with Workspace.open(db, create=False) as ws:
        write_package(ws, year, out, **kw)
    return out


def _entries(package: Path) -> list[dict]:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("hoat-dong.json"))


def forge(source: Path, target: Path, part: str, change) -> Path:
    """A copy of a package with one part changed and its checksum and size
    in the manifest made to match: a package made by hand, not a damaged one."""
    with zipfile.ZipFile(source) as src:
        data = {i.filename: src.read(i) for i in src.infolist()}
    data[part] = change(data[part])
    manifest = json.loads(data["manifest.json"])
    for entry in manifest["parts"]:
        if entry["path"] == part:
            entry["size"] = len(data[part])
            entry["sha256"] = hashlib.sha256(data[part]).hexdigest()
    data["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, content in data.items():
            dst.writestr(name, content)
    return target


def _json_change(fn):
    def change(data: bytes) -> bytes:
        value = json.loads(data)
        fn(value)
        return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")

    return change


def test_the_window_package_carries_its_window_and_the_department_counts_it(sender, tmp_path):
    package = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")
    assert [e["date"] for e in _entries(package)] == [
        "2022-12-15",
        "2022-12-31",
        "2023-01-01",
        "2023-12-14",
    ]
    with zipfile.ZipFile(package) as zf:
        assert json.loads(zf.read("ke-hoach.json"))["window"] == "nd09"
    assert manifest_of(package)["activities"] == 4
    with Workspace.open(sender, create=False) as ws:
        unit = ws.units.require_self_unit()
        own = _th(ws.figures.progress(unit.id, 2023))
        own_report = _th(gather_unit(ws, 2023, report_date=date(2024, 1, 5)).rows)
    assert own == own_report == WINDOW_2023

    db = _department(tmp_path / "so.cdsdb", {2022: "calendar", 2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        result = receive_package(ws, package)
        assert result.outcome is Outcome.ADDED, result.message
        assert result.activities == 4
        assert _unit_th(ws, 2023) == WINDOW_2023
        assert _th(ws.figures.consolidated(2023)) == WINDOW_2023
        assert _th(gather_consolidated(ws, 2023).rows) == WINDOW_2023
        row = next(e for e in ws.submissions.expected_units(2023) if e.unit.name == DAI)
        assert row.activities == 4
        assert row.submission.window == "nd09"
        # Received again: recognised, counted over the same period.
        again = receive_package(ws, package)
        assert (again.outcome, again.activities) == (Outcome.IDENTICAL, 4)


@pytest.mark.parametrize("order", [(2022, 2023), (2023, 2022)])
def test_both_years_received_in_either_order_count_each_day_once(sender, tmp_path, order):
    packages = {2022: _package(sender, 2022, tmp_path / "dai-2022.cdsgoi")}
    # The unit records another day of December 2022 before its 2023 package.
    with Workspace.open(sender, create=False) as ws:
        unit = ws.units.require_self_unit()
        ws.activities.insert_many([_activity(LATE_DAY, quantity=64)], unit.id)
        own = {y: _th(ws.figures.progress(unit.id, y)) for y in (2022, 2023)}
        own_rows = _rows(ws, unit.id)
    packages[2023] = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")
    assert own == {2022: CALENDAR_2022 + 64, 2023: WINDOW_2023 + 64}
    assert LATE_DAY.isoformat() not in [e["date"] for e in _entries(packages[2022])]

    db = _department(tmp_path / "so.cdsdb", {2022: "calendar", 2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        results = receive_packages(ws, [packages[y] for y in order])
        assert [r.outcome for r in results] == [Outcome.ADDED, Outcome.ADDED]
        dai = ws.units.by_name(DAI)
        # The days both packages cover (15–31/12/2022) come from the newer
        # one (2023's, which has the late day) whichever came first.
        assert {y: _unit_th(ws, y) for y in (2022, 2023)} == own
        assert _rows(ws, dai.id) == [r for r in own_rows if r[0] != "2023-12-15"]
        assert {y: _th(gather_consolidated(ws, y).rows) for y in (2022, 2023)} == own


def test_choosing_an_older_package_gives_back_the_shared_days_of_the_newer(sender, tmp_path):
    """The 2023 package in use is put back to an older one made before the
    unit's 2022 package: the shared days are then the 2022 package's."""
    old_2023 = _package(sender, 2023, tmp_path / "dai-2023-cu.cdsgoi")
    with Workspace.open(sender, create=False) as ws:
        unit = ws.units.require_self_unit()
        ws.activities.insert_many([_activity(LATE_DAY, quantity=64)], unit.id)
    p2022 = _package(sender, 2022, tmp_path / "dai-2022.cdsgoi")
    new_2023 = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")

    db = _department(tmp_path / "so.cdsdb", {2022: "calendar", 2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        results = receive_packages(ws, [old_2023, p2022, new_2023])
        assert [r.outcome for r in results] == [Outcome.ADDED, Outcome.ADDED, Outcome.REPLACED]
        assert _unit_th(ws, 2023) == WINDOW_2023 + 64
        sha = read_package(old_2023, ws.plans.require).sha256
        use_submission(ws, find_submission(ws, DAI, sha[:12], 2023))
        # 15–31/12/2022 from the 2022 package (newer than the chosen one):
        # the late day stays; 1/1 – 14/12/2023 from the chosen package.
        assert _unit_th(ws, 2023) == WINDOW_2023 + 64
        assert _unit_th(ws, 2022) == CALENDAR_2022 + 64
        dai = ws.units.by_name(DAI)
        days = [r[0] for r in _rows(ws, dai.id)]
        assert days == sorted(days) and len(days) == len(set(days)) == 6


def test_an_entry_outside_the_package_period_is_refused(sender, tmp_path):
    package = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")

    def move(entries):
        entries[2]["date"] = "2022-12-14"

    forged = forge(package, tmp_path / "gia.cdsgoi", "hoat-dong.json", _json_change(move))
    db = _department(tmp_path / "so.cdsdb", {2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        result = receive_package(ws, forged)
        assert result.outcome is Outcome.REFUSED
        assert result.message == (
            "Gói “gia.cdsgoi” bị từ chối: phần “hoat-dong.json” có dữ liệu sai: mục 3, cột "
            "“Ngày”: ngày 14/12/2022 nằm ngoài kỳ số liệu năm 2023 (15/12/2022 – 14/12/2023)."
        )
        assert ws.submissions.history(2023) == []
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0


def test_a_window_the_app_does_not_know_is_refused(sender, tmp_path):
    package = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")

    def set_window(plan):
        plan["window"] = "quy"

    forged = forge(package, tmp_path / "ky-la.cdsgoi", "ke-hoach.json", _json_change(set_window))
    db = _department(tmp_path / "so.cdsdb", {2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        result = receive_package(ws, forged)
    assert result.outcome is Outcome.REFUSED
    assert result.message == (
        "Gói “ky-la.cdsgoi” bị từ chối: phần “ke-hoach.json”: kỳ số liệu “quy” không hợp lệ "
        "(calendar, nd09)."
    )


def test_an_old_calendar_package_is_received_as_before(sender, tmp_path):
    """A package whose plan names no window (made before packages followed
    the plan's period) covers the calendar year: its 2022 days are refused
    as before, its 2023 days received."""
    with Workspace.open(sender, create=False) as ws:
        ws.plans.set_window(2023, "calendar")
    package = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")
    assert [e["date"] for e in _entries(package)] == ["2023-01-01", "2023-12-14", "2023-12-15"]

    def no_window(plan):
        del plan["window"]

    old = forge(package, tmp_path / "cu.cdsgoi", "ke-hoach.json", _json_change(no_window))

    def earlier(entries):
        entries[0]["date"] = "2022-12-31"

    old_wrong = forge(old, tmp_path / "cu-sai.cdsgoi", "hoat-dong.json", _json_change(earlier))
    db = _department(tmp_path / "so.cdsdb", {2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        refused = receive_package(ws, old_wrong)
        assert refused.outcome is Outcome.REFUSED
        assert "mục 1, cột “Ngày”: ngày 31/12/2022 không thuộc năm 2023" in refused.message
        result = receive_package(ws, old)
        assert result.outcome is Outcome.ADDED, result.message
        assert ws.submissions.current(ws.units.by_name(DAI).id, 2023).window == "calendar"
        dai = ws.units.by_name(DAI)
        assert [r[0] for r in _rows(ws, dai.id)] == ["2023-01-01", "2023-12-14", "2023-12-15"]


def test_the_consolidated_package_follows_the_department_period(sender, tmp_path):
    """Department → ministry: the consolidated year is the department's
    window, and the ministry counts what the department counts."""
    unit_package = _package(sender, 2023, tmp_path / "dai-2023.cdsgoi")
    so = _department(tmp_path / "so.cdsdb", {2022: "calendar", 2023: "nd09"})
    with Workspace.open(so, create=False) as ws:
        assert receive_package(ws, unit_package).ok
        own = ws.units.require_self_unit()
        ws.activities.insert_many(
            [_activity(date(2022, 12, 16), quantity=100), _activity(date(2023, 12, 20), 200)],
            own.id,
        )
        counted = _th(ws.figures.consolidated(2023))
        consolidated = tmp_path / "so-2023.cdsgoi"
        write_package(ws, 2023, consolidated, consolidated=True)
    assert counted == WINDOW_2023 + 100
    dates = [e["date"] for e in _entries(consolidated)]
    assert dates == ["2022-12-15", "2022-12-16", "2022-12-31", "2023-01-01", "2023-12-14"]

    ministry = tmp_path / "bo.cdsdb"
    with Workspace.open(ministry) as ws:
        ws.units.set_self_unit(new_unit_defaults("Bộ Thông tin và Truyền thông (thử nghiệm)"))
        _plans(ws, {2023: "nd09"})
        result = receive_package(ws, consolidated, received_at=datetime(2024, 1, 5, 9, 0))
        assert result.outcome is Outcome.ADDED, result.message
        assert _th(ws.figures.consolidated(2023)) == counted


def test_a_window_package_written_from_the_documented_format(tmp_path):
    """Another system writing README's format names the plan's window and
    sends the window's days: received like the app's own."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "format_writer", Path(__file__).resolve().parents[1] / "benchmarks" / "format_writer.py"
    )
    writer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(writer)
    records = [
        {"uid": f"{i:032x}", "date": d.isoformat(), "target_code": TH, "form": "Chuyên mục",
         "title": f"Chuyên mục {i}", "quantity": QUANTITY[d], "language": "Tiếng Việt",
         "link": "", "cost": 0, "themes": [], "notes": "",
         "created_at": "2023-12-14T08:00:00", "updated_at": "2023-12-14T08:00:00"}
        for i, d in enumerate(DAYS[1:5])
    ]  # fmt: skip
    plan = {"year": 2023, "title": "Kế hoạch", "window": "nd09", "targets": []}
    out = writer.write_format_package(
        tmp_path / "ngoai.cdsgoi", unit={"name": DAI}, year=2023, plan=plan, activities=records
    )
    db = _department(tmp_path / "so.cdsdb", {2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        result = receive_package(ws, out)
        assert result.outcome is Outcome.ADDED, result.message
        assert _unit_th(ws, 2023) == WINDOW_2023
        outside = writer.write_format_package(
            tmp_path / "ngoai-2.cdsgoi",
            unit={"name": DAI},
            year=2023,
            plan={**plan, "window": "calendar"},
            activities=records,
        )
        refused = receive_package(ws, outside)
    assert refused.outcome is Outcome.REFUSED
    assert "mục 1, cột “Ngày”: ngày 15/12/2022 không thuộc năm 2023" in refused.message


def test_which_package_each_shared_day_comes_from():
    calendar_2022 = Held((1,), year_period(2022, "calendar"), "2022")
    window_2023 = Held((2,), year_period(2023, "nd09"), "2023")
    # The newer 2023 package in use; the older 2022 one arrives: it takes
    # 1/1 – 14/12/2022 only.
    assert rewrites(calendar_2022, [], [window_2023]) == [
        (date(2022, 1, 1), date(2022, 12, 14), calendar_2022)
    ]
    # The other way round, the 2023 package takes its whole window.
    assert rewrites(window_2023, [], [calendar_2022]) == [
        (date(2022, 12, 15), date(2023, 12, 14), window_2023)
    ]
    # An older 2023 package put back in use in place of a newer one: its
    # days but the shared ones, which go back to the 2022 package.
    older = Held((0,), year_period(2023, "nd09"), "2023 cũ")
    newer = Held((3,), year_period(2023, "nd09"), "2023 mới")
    assert rewrites(older, [newer], [calendar_2022]) == [
        (date(2022, 12, 15), date(2022, 12, 31), calendar_2022),
        (date(2023, 1, 1), date(2023, 12, 14), older),
    ]
    # In place of a 2023 package on the calendar year: 15–31/12/2022 stay the
    # 2022 package's, 15–31/12/2023 are left to no package.
    calendar_2023 = Held((3,), year_period(2023, "calendar"), "2023 lịch")
    assert rewrites(older, [calendar_2023], [calendar_2022]) == [
        (date(2023, 1, 1), date(2023, 12, 14), older),
        (date(2023, 12, 15), date(2023, 12, 31), None),
    ]


def test_the_store_takes_no_activity_outside_the_package_period(tmp_path):
    db = _department(tmp_path / "so.cdsdb", {2023: "nd09"})
    with Workspace.open(db, create=False) as ws:
        unit = ws.units.by_name(DAI)
        store = dict(
            sha256="a" * 64,
            created_at=datetime(2023, 12, 14, 8, 0).astimezone(),
            app_version="",
            schema_version=0,
            stored_path="",
            texts={},
            make_current=True,
            window="nd09",
            read_activities=pytest.fail,
        )
        with pytest.raises(WorkspaceError) as refused:
            ws.submissions.store_package(
                unit, 2023, activities=[_activity(d) for d in DAYS[:2]], **store
            )
        assert str(refused.value) == (
            "ngày 14/12/2022 nằm ngoài kỳ số liệu năm 2023 (15/12/2022 – 14/12/2023)"
        )
        assert ws.submissions.history(2023) == []
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0
