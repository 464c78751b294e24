"""A report is never addressed to its own unit: a merger that makes the unit
the successor of the one it reported to takes over where that one reported,
and the check before issuing names an addressee that is the unit itself or
a unit merged into it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop.cli import main
from desktop.domain.plan import new_unit_defaults
from desktop.store import Workspace

OLD = "Sở Thông tin và Truyền thông"
NEW = "Sở Khoa học và Công nghệ"
PROVINCE = "Ủy ban nhân dân tỉnh Quảng Ngãi"


def _department(path):
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(new_unit_defaults(NEW, ws.plans.require(2023)))
    assert unit.addressee == OLD  # the 2023 plan sends the reports to the old department
    assert ws.units.by_name(OLD).addressee == PROVINCE
    return ws


def test_the_successor_of_its_addressee_reports_where_that_one_did(tmp_path):
    ws = _department(tmp_path / "so.cdsdb")
    successor, undo = ws.units.merge_undoable([OLD], ws.units.self_unit(), date(2025, 3, 1))
    assert successor.addressee == PROVINCE and successor.consolidator
    ws.units.undo_merge(undo)
    assert ws.units.self_unit().addressee == OLD
    # A merger of units it did not report to leaves its addressee alone.
    merged = ws.units.merge(["Sở Tài chính"], ws.units.self_unit(), date(2025, 3, 1))
    assert merged.addressee == OLD
    ws.close()


def test_the_check_names_an_addressee_that_is_the_unit_or_merged_into_it(tmp_path, capsys):
    path = tmp_path / "so.cdsdb"
    ws = _department(path)
    ws.units.merge([OLD], ws.units.self_unit(), date(2025, 3, 1))
    args = ["report", "--db", str(path), "--year", "2023", "--check"]
    ws.units.put(replace(ws.units.self_unit(), addressee=PROVINCE))
    assert main(args) == 0
    assert "Kính gửi" not in capsys.readouterr().out
    for addressee, reason in (
        (OLD, "là đơn vị đã đổi tên hoặc sáp nhập vào đơn vị ban hành"),
        (NEW, "là chính đơn vị ban hành"),
    ):
        ws.units.put(replace(ws.units.self_unit(), addressee=addressee))
        for extra in ([], ["--consolidated"]):
            assert main([*args, *extra]) == 0
            out = capsys.readouterr().out
            assert f"Báo cáo gửi (Kính gửi) “{addressee}”, {reason}" in out, out
            assert "unit set --addressee" in out
    ws.close()


COMMUNE = "UBND xã Ba Tơ"


def _commune(path):
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(new_unit_defaults(COMMUNE, ws.plans.require(2023)))
    assert unit.addressee == OLD
    return ws


def test_a_merger_readdresses_the_reports_that_went_to_the_old_unit(tmp_path, capsys):
    ws = _commune(tmp_path / "xa.cdsdb")
    senders = {u.id for u in ws.units.all() if u.addressee == OLD}
    assert ws.units.self_unit().id in senders
    _, undo = ws.units.merge_undoable([OLD], new_unit_defaults(NEW), date(2025, 3, 1))
    assert {unit_id for unit_id, _ in undo.readdressed} == senders
    assert ws.units.self_unit().addressee == NEW
    ws.units.undo_merge(undo)
    assert ws.units.self_unit().addressee == OLD
    # A merger recorded ahead of its date readdresses nothing yet.
    later = date.today().replace(year=date.today().year + 1)
    _, undo = ws.units.merge_undoable([OLD], new_unit_defaults(NEW), later)
    assert undo.readdressed == () and ws.units.self_unit().addressee == OLD
    ws.units.undo_merge(undo)
    path = ws.path
    ws.close()
    assert main(["unit", "merge", OLD, "--into", NEW, "--on", "2025-03-01", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Báo cáo của {len(senders)} đơn vị trước gửi cho đơn vị cũ nay gửi “{NEW}”." in out
    with Workspace.open(path, create=False) as ws:
        assert ws.units.self_unit().addressee == NEW


def test_the_check_names_an_addressee_that_no_longer_exists(tmp_path, capsys):
    path = tmp_path / "xa.cdsdb"
    ws = _commune(path)
    # Recorded ahead of its date, then the day came: the profile still says OLD.
    ws.units.merge([OLD], new_unit_defaults(NEW), date.today())
    ws.units.put(replace(ws.units.self_unit(), addressee=OLD))
    ws.close()
    args = ["report", "--db", str(path), "--year", "2023", "--check"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert (
        f"Báo cáo gửi (Kính gửi) “{OLD}”, đơn vị đã đổi tên hoặc sáp nhập thành “{NEW}” từ ngày "
        f"{date.today():%d/%m/%Y}: hãy gửi cho “{NEW}”" in out
    )
    assert f'unit set --addressee "{NEW}"' in out
    with Workspace.open(path, create=False) as ws:
        ws.units.put(replace(ws.units.self_unit(), addressee=NEW))
    assert main(args) == 0
    assert "Kính gửi" not in capsys.readouterr().out


def test_an_addressee_merged_twice_is_the_unit_it_is_today():
    from desktop.domain.lineage import Succession, merged_away

    line = [
        Succession(OLD, "Sở KH&CN (tạm)", date(2025, 3, 1)),
        Succession("Sở KH&CN (tạm)", NEW, date(2025, 7, 1)),
    ]
    assert merged_away("Sở thông tin và truyền thông", line, date(2026, 12, 3)) == Succession(
        OLD, NEW, date(2025, 3, 1)
    )
    assert merged_away(OLD, line, date(2025, 5, 1)).successor == "Sở KH&CN (tạm)"
    assert merged_away(OLD, line, date(2025, 2, 28)) is None
    assert merged_away(NEW, line, date(2026, 12, 3)) is None
    assert merged_away("", line, date(2026, 12, 3)) is None
