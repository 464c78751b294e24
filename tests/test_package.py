"""Submission packages: what a unit writes, and what the department refuses."""

from __future__ import annotations

import hashlib
import json
import zipfile
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from package_fixtures import (
    BAO,
    BINH_SON,
    DAI,
    LY_SON,
    SO,
    UNIT_DATA,
    YEAR,
    manifest_of,
)

from desktop import __version__
from desktop.cli import main
from desktop.domain.activity import Activity
from desktop.io.package import (
    PackageError,
    attachments_for,
    read_package,
    write_package,
)
from desktop.io.package_import import Outcome, receive_package
from desktop.io.package_parts import is_safe_part_name
from desktop.store import ActivityFilter, Workspace


@pytest.fixture
def dept(tmp_path):
    with Workspace.open(tmp_path / "so.cdsdb") as ws:
        ws.units.set_self_unit(ws.units.by_name(SO))
        yield ws


def _snapshot(ws) -> tuple:
    tables = ("units", "activities", "submissions", "report_texts")
    counts = tuple(ws.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    files = sorted(p.name for p in ws.files_dir.rglob("*") if p.is_file())
    return counts, files


def test_manifest_lists_every_part_with_its_checksum(exchange):
    path = exchange.packages[DAI]
    manifest = manifest_of(path)
    assert manifest["format"] == "baocao-cds/goi-bao-cao"
    assert manifest["app_version"] == __version__
    assert manifest["unit"] == DAI and manifest["year"] == YEAR
    assert manifest["schema_version"] >= 4
    assert manifest["activities"] == len(UNIT_DATA[DAI])
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
        for part in manifest["parts"]:
            data = zf.read(part["path"])
            assert hashlib.sha256(data).hexdigest() == part["sha256"]
            assert len(data) == part["size"]
        assert names == {p["path"] for p in manifest["parts"]} | {"manifest.json"}
        activities = json.loads(zf.read("hoat-dong.json"))
        unit = json.loads(zf.read("don-vi.json"))
        plan = json.loads(zf.read("ke-hoach.json"))
        texts = json.loads(zf.read("noi-dung-bao-cao.json"))
        csv_text = zf.read("hoat-dong.csv").decode("utf-8-sig")
    assert unit["name"] == DAI and unit["abbreviation"] == "PTTH"
    assert plan["codes_used"] == ["III.2.a/PT", "III.2.a/TH", "III.3.a"]
    assert len(plan["targets"]) == 17
    assert texts["chi_dao"] == "Ban Giám đốc giao phòng Thời sự thực hiện."
    assert len(activities) == 93 and all(len(a["uid"]) == 32 for a in activities)
    assert sum(a["quantity"] for a in activities if a["target_code"] == "III.3.a") == 2
    assert sum(a["cost"] for a in activities) == 52 * 2_000_000 + 40 * 500_000
    assert csv_text.splitlines()[0].startswith("Ngày,Mã chỉ tiêu,Hình thức,Tiêu đề")
    assert len(csv_text.splitlines()) == 94


def test_package_reads_back_as_written(exchange, dept):
    pkg = read_package(exchange.packages[BAO], dept.plans.require)
    assert pkg.unit.name == BAO and pkg.year == YEAR
    assert [(a.date, a.title, a.quantity, a.cost, a.themes) for a in pkg.activities] == sorted(
        (a.date, a.title, a.quantity, a.cost, a.themes) for a in UNIT_DATA[BAO]
    )


@pytest.mark.parametrize(
    ("which", "reason"),
    [
        ("tampered", "không khớp mã kiểm tra SHA-256"),
        ("flipped", "bị hỏng hoặc không trọn vẹn"),
        ("truncated", "không phải gói báo cáo của ứng dụng (hoặc tệp đã bị cắt"),
        ("not_a_package", "không phải gói báo cáo"),
    ],
)
def test_damaged_packages_are_refused_and_nothing_is_stored(exchange, dept, which, reason):
    path = getattr(exchange, which)
    before = _snapshot(dept)
    result = receive_package(dept, path)
    assert result.outcome is Outcome.REFUSED
    assert result.message.startswith(f"Gói “{path.name}” bị từ chối")
    assert reason in result.message
    assert _snapshot(dept) == before


def _forged(folder, parts: dict[str, bytes], extra: dict[str, bytes] | None = None, **manifest):
    """A package built by hand: `parts` listed in the manifest with true checksums."""
    path = folder / "forged.cdsgoi"
    listed = [
        {"path": n, "role": r, "size": len(b), "sha256": hashlib.sha256(b).hexdigest()}
        for (n, b), r in zip(parts.items(), manifest.pop("roles"), strict=True)
    ]
    body = {"format": "baocao-cds/goi-bao-cao", "format_version": 1, "unit": DAI, "year": YEAR}
    body.update(created_at="2023-11-20T08:00:00+07:00", parts=listed, **manifest)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, b in {**parts, **(extra or {})}.items():
            zf.writestr(n, b)
        zf.writestr("manifest.json", json.dumps(body))
    return path


def test_zip_slip_names_are_refused_and_nothing_written_outside(exchange, dept, tmp_path):
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json", "hoat-dong.json")}
    evil = b"owned"
    before = _snapshot(dept)
    for name in ("../../evil.txt", "/tmp/evil.txt", "..\\evil.txt", "C:/evil.txt", ".hidden"):
        assert not is_safe_part_name(name)
        path = _forged(
            tmp_path, {**good, name: evil}, roles=["unit", "plan", "activities", "attachment"]
        )
        result = receive_package(dept, path)
        assert result.outcome is Outcome.REFUSED
        assert "không an toàn" in result.message
    # A stray member outside the manifest is never read nor extracted.
    path = _forged(tmp_path, good, {"../../evil.txt": evil}, roles=["unit", "plan", "activities"])
    assert receive_package(dept, path).outcome is Outcome.ADDED
    assert not any(p.name == "evil.txt" for p in tmp_path.parent.rglob("evil.txt"))
    assert _snapshot(dept)[0][2] == before[0][2] + 1
    stored = list(dept.files_dir.rglob("*.cdsgoi"))
    assert len(stored) == 1 and stored[0].is_relative_to(dept.files_dir)


def test_zip_bomb_is_refused_without_inflating_it(exchange, dept, tmp_path):
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json", "hoat-dong.json")}
    bomb = b"\0" * (8 << 20)
    path = _forged(
        tmp_path,
        {**good, "dinh-kem/00001.pdf": bomb},
        roles=["unit", "plan", "activities", "attachment"],
    )
    result = receive_package(dept, path)
    assert result.outcome is Outcome.REFUSED and "tỷ lệ nén bất thường" in result.message


def test_bad_rows_inside_a_package_are_named(exchange, dept, tmp_path):
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json")}
        rows = json.loads(zf.read("hoat-dong.json"))
    rows[2]["quantity"] = 0
    rows[5]["target_code"] = "IX.9"
    path = _forged(
        tmp_path,
        {**good, "hoat-dong.json": json.dumps(rows).encode()},
        roles=["unit", "plan", "activities"],
    )
    with pytest.raises(PackageError) as e:
        read_package(path, dept.plans.require)
    assert "mục 3, cột “Số lượng”: phải là số nguyên từ 1 trở lên" in str(e.value)
    assert "mục 6, cột “Mã chỉ tiêu”: “IX.9” không có trong kế hoạch năm 2023" in str(e.value)


def test_cli_export_and_consolidate(exchange, tmp_path, capsys):
    out = tmp_path / "binhson.cdsgoi"
    assert (
        main(
            ["export", "--db", str(exchange.unit_db[BINH_SON]), "--year", "2023", "--out", str(out)]
        )
        == 0
    )
    assert "26 hoạt động" in capsys.readouterr().out
    roles = {p["role"]: p["path"] for p in manifest_of(out)["parts"]}
    with zipfile.ZipFile(out) as zf:
        assert zf.read(roles["report_docx"])[:2] == b"PK"
        assert zf.read(roles["report_pdf"]).startswith(b"%PDF-")
    so = tmp_path / "so.cdsdb"
    assert main(["init", "--db", str(so), "--unit", SO]) == 0
    code = main(["consolidate", str(out), str(out), str(exchange.truncated), "--db", str(so)])
    text = capsys.readouterr().out
    assert code == 1  # one file refused
    assert f"{BINH_SON} năm 2023: đã nhận 26 hoạt động" in text
    assert "đã nhận trước đó, bỏ qua" in text
    assert "[TỪ CHỐI] Gói “binhson-cut.cdsgoi” bị từ chối" in text
    assert main(["consolidate", str(out), "--db", str(exchange.unit_db[DAI])]) == 1
    assert "không phải đơn vị tổng hợp" in capsys.readouterr().err


def test_attachments_only_when_asked(unit_ws, tmp_path, dept):
    activity_id = unit_ws.activities.add(
        Activity(date(2023, 9, 1), "Ngày Chuyển đổi số", "Sự kiện", "III.3.a")
    )
    photo = tmp_path / "Ảnh sự kiện.JPG"
    photo.write_bytes(b"\xff\xd8" + b"x" * 3000)
    unit_ws.attachments.add(activity_id, photo)
    files = attachments_for(unit_ws, unit_ws.units.self_unit().id, 2023)
    assert [(f.name, f.size) for f in files] == [("Ảnh sự kiện.JPG", 3002)]

    plain = write_package(unit_ws, 2023, tmp_path / "khong-kem.cdsgoi")
    with_files = write_package(unit_ws, 2023, tmp_path / "co-kem.cdsgoi", include_attachments=True)
    assert not [p for p in plain.parts if p.role.startswith("attachment")]
    with zipfile.ZipFile(with_files.path) as zf:
        assert zf.read("dinh-kem/00001.jpg") == photo.read_bytes()
        index = json.loads(zf.read("dinh-kem.json"))
        uid = json.loads(zf.read("hoat-dong.json"))[0]["uid"]
    assert index == [{"activity_uid": uid, "name": "Ảnh sự kiện.JPG", "path": "dinh-kem/00001.jpg"}]
    assert receive_package(dept, with_files.path).outcome is Outcome.ADDED


def test_rows_that_collapse_into_one_refuse_the_package(exchange, dept, tmp_path):
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json")}
        rows = json.loads(zf.read("hoat-dong.json"))
    twin = dict(rows[0], uid="f" * 32, title=rows[0]["title"].replace(" ", "  ", 1))
    path = _forged(
        tmp_path,
        {**good, "hoat-dong.json": json.dumps([*rows, twin]).encode()},
        roles=["unit", "plan", "activities"],
    )
    before = _snapshot(dept)
    result = receive_package(dept, path)
    assert result.outcome is Outcome.REFUSED
    assert result.message == (
        "Gói “forged.cdsgoi” bị từ chối: có 1 hoạt động trùng nhau "
        "(cùng ngày, chỉ tiêu, tiêu đề và đường dẫn)."
    )
    assert _snapshot(dept) == before


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_damaged_byte_is_refused_or_harmless(exchange, dept, tmp_path, data):
    """Whatever byte is changed, receiving never fails unexplained: the package
    is refused (workspace unchanged) or, when the change touched nothing that
    matters (a time stamp), it is stored with exactly the unit's data."""
    raw = bytearray(exchange.packages[LY_SON].read_bytes())
    position = data.draw(st.integers(0, len(raw) - 1))
    raw[position] ^= data.draw(st.integers(1, 255))
    path = tmp_path / "hong.cdsgoi"
    path.write_bytes(bytes(raw))
    before = _snapshot(dept)
    result = receive_package(dept, path)
    if result.outcome is Outcome.REFUSED:
        assert result.message.startswith("Gói “hong.cdsgoi” bị từ chối")
        assert _snapshot(dept) == before
    else:
        unit = dept.units.by_name(LY_SON)
        titles = sorted(a.title for a in dept.activities.iterate(_year_of(unit.id)))
        assert titles == sorted(a.title for a in UNIT_DATA[LY_SON])


def _year_of(unit_id: int) -> ActivityFilter:
    return ActivityFilter(unit_id=unit_id, year=YEAR)


def test_other_zip_files_and_newer_formats_are_refused(exchange, dept, tmp_path):
    from desktop.io.listformat import write_template

    sheet = tmp_path / "danh-sach.xlsx"  # a real ZIP, but no package
    write_template(sheet)
    result = receive_package(dept, sheet)
    assert result.outcome is Outcome.REFUSED
    assert "không có tệp manifest.json: đây không phải gói báo cáo của ứng dụng" in result.message
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json", "hoat-dong.json")}
    path = _forged(
        tmp_path, good, roles=["unit", "plan", "activities"], format_version=2, app_version="2.0.0"
    )
    result = receive_package(dept, path)
    assert result.outcome is Outcome.REFUSED
    assert "phiên bản ứng dụng mới hơn (2.0.0); hãy cập nhật ứng dụng" in result.message


def test_directory_pointing_before_the_file_start_is_refused_as_damaged(exchange, dept, tmp_path):
    """The end record's directory offset raised: the directory is still found, but
    every member's offset lands before the start of the file (a seek the system
    refuses with EINVAL). That is a damaged package, not an unreadable file."""
    raw = bytearray(exchange.packages[LY_SON].read_bytes())
    end = raw.rfind(b"PK\x05\x06")
    offset = int.from_bytes(raw[end + 16 : end + 20], "little")
    raw[end + 16 : end + 20] = (offset + 0x1000_0000).to_bytes(4, "little")
    path = tmp_path / "lech.cdsgoi"
    path.write_bytes(bytes(raw))
    before = _snapshot(dept)
    result = receive_package(dept, path)
    assert result.outcome is Outcome.REFUSED
    assert result.message == (
        "Gói “lech.cdsgoi” bị từ chối: tệp bị hỏng hoặc không trọn vẹn (có thể bị cắt khi "
        "gửi/chép). Hãy đề nghị đơn vị gửi lại."
    )
    assert _snapshot(dept) == before


def test_a_plan_part_of_another_year_or_shape_is_refused(exchange, dept, tmp_path):
    """The plan part's window decides the days a package covers: a plan of
    another year (or not an object) is refused, and nothing is written."""
    with zipfile.ZipFile(exchange.packages[DAI]) as zf:
        good = {n: zf.read(n) for n in ("don-vi.json", "ke-hoach.json", "hoat-dong.json")}
    plan = json.loads(good["ke-hoach.json"])
    assert plan["year"] == YEAR
    before = _snapshot(dept)
    for changed, said in (
        (
            {**plan, "year": YEAR - 1},
            f"là kế hoạch năm {YEAR - 1}, còn manifest.json ghi gói năm {YEAR}",
        ),
        ({**plan, "year": str(YEAR)}, "phần “ke-hoach.json” không đúng cấu trúc"),
        ([plan], "phần “ke-hoach.json” không đúng cấu trúc"),
    ):
        path = _forged(
            tmp_path,
            {**good, "ke-hoach.json": json.dumps(changed).encode()},
            roles=["unit", "plan", "activities"],
        )
        result = receive_package(dept, path)
        assert result.outcome is Outcome.REFUSED and said in result.message, result.message
    assert _snapshot(dept) == before
    # A plan part that names no year is read as the package's own.
    del plan["year"]
    path = _forged(
        tmp_path,
        {**good, "ke-hoach.json": json.dumps(plan).encode()},
        roles=["unit", "plan", "activities"],
    )
    assert receive_package(dept, path).outcome is Outcome.ADDED
