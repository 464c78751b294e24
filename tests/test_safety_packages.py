"""Packages built to hurt the department: lists of millions of tiny entries,
values that are not what their field holds (NaN, Infinity, lists, a lone
surrogate), a manifest with odd types. Each is refused with its reason,
naming the file and the entry and field, within bounds; one bad package in a
batch is refused and the others are still received."""

from __future__ import annotations

import hashlib
import json
import random
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from package_fixtures import BAO, DAI

from desktop.cli import main
from desktop.io.package import PackageError, read_package
from desktop.io.package_import import Outcome, receive_package
from desktop.store import Workspace

MEMORY_LIMIT = 1536 << 20


def parts_of(package: Path) -> tuple[dict, dict[str, bytes]]:
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        return manifest, {p["path"]: zf.read(p["path"]) for p in manifest["parts"]}


def forge(source: Path, target: Path, *, manifest_change=None, **replaced: bytes) -> Path:
    """A copy of `source` with parts replaced, listed with true checksums (the
    keys name parts with "_" for "-", "__" for "/")."""
    manifest, parts = parts_of(source)
    for key, data in replaced.items():
        parts[key.replace("__", "/").replace("_", "-").replace("-json", ".json")] = data
    manifest["parts"] = [
        {**p, "size": len(parts[p["path"]]), "sha256": hashlib.sha256(parts[p["path"]]).hexdigest()}
        for p in manifest["parts"]
    ]
    if manifest_change:
        manifest_change(manifest)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    return target


def rows_of(package: Path) -> list[dict]:
    return json.loads(parts_of(package)[1]["hoat-dong.json"])


_RECEIVE_IN_CHILD = """
import sys
from desktop.io.package_import import receive_package
from desktop.store import Workspace
with Workspace.open(sys.argv[1], create=False) as ws:
    r = receive_package(ws, sys.argv[2])
    print(r.outcome.value, r.message)
"""


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def receive_in_child(db: Path, package: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _RECEIVE_IN_CHILD, str(db), str(package)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=_limit_memory,
        env={"PATH": "", "PYTHONIOENCODING": "utf-8", "BAOCAO_CDS_DATA_DIR": str(db.parent)},
        cwd=Path(__file__).resolve().parents[1],
    )
    assert done.returncode == 0, f"receiving died ({done.returncode}): {done.stderr[-2000:]}"
    return done.stdout


def tiny_entries(entry: bytes, count: int) -> bytes:
    """A JSON list of `count` copies of `entry`, each followed by a random
    whitespace so the list does not compress enough to look like a bomb."""
    spaces = bytes.maketrans(bytes(range(256)), b" \t\n\r" * 64)
    noise = random.Random(19).randbytes(count).translate(spaces)
    width = len(entry) + 2
    body = bytearray((entry + b" ,") * count)
    body[len(entry) :: width] = noise
    body[-1:] = b"]"
    return b"[" + bytes(body)


@pytest.mark.parametrize(
    ("name", "entry", "count"),
    [("trieu-so-khong.cdsgoi", b"0", 16_000_000), ("trieu-muc-rong.cdsgoi", b"{}", 8_000_000)],
)
def test_millions_of_tiny_entries_are_refused_in_bounds(
    exchange, dept_path, tmp_path, name, entry, count
):
    data = tiny_entries(entry, count)
    assert len(json.loads(data[:1000].rsplit(b",", 1)[0] + b"]")) > 100
    package = forge(exchange.packages[DAI], tmp_path / name, hoat_dong_json=data)
    out = receive_in_child(dept_path, package)
    assert out.startswith("refused") and name in out, out
    assert "hoat-dong.json" in out and "nhiều mục hơn" in out, out
    with Workspace.open(dept_path, create=False) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0


def _set(row: int, field: str, value_json: str):
    """hoat-dong.json with one field of one entry written as raw JSON."""

    def change(package: Path) -> bytes:
        rows = rows_of(package)
        marker = "@@VALUE@@"
        rows[row][field] = marker
        return json.dumps(rows, ensure_ascii=False).replace(f'"{marker}"', value_json).encode()

    return change


@pytest.mark.parametrize(
    ("what", "change", "words"),
    [
        ("NaN", _set(1, "quantity", "NaN"), "“NaN”, không phải số"),
        ("Infinity", _set(2, "cost", "Infinity"), "“Infinity”, không phải số"),
        ("-Infinity", _set(2, "quantity", "-Infinity"), "“-Infinity”, không phải số"),
        ("list as number", _set(3, "quantity", "[1]"), "mục 4, cột “Số lượng”: phải là số nguyên"),
        ("dict as title", _set(4, "title", '{"a": 1}'), "mục 5, cột “Tiêu đề”: phải là chuỗi"),
        (
            "bool as cost",
            _set(4, "cost", "true"),
            "mục 5, cột “Kinh phí (đồng)”: phải là số nguyên",
        ),
        ("huge float", _set(0, "quantity", "1e400"), "mục 1, cột “Số lượng”: phải là số nguyên"),
        ("lone surrogate", _set(6, "title", '"Tin \\ud800 lẻ"'), "mã UTF-16 lẻ"),
        ("date as number", _set(0, "date", "20230105"), "mục 1, cột “Ngày”"),
        ("themes of text", _set(0, "themes", '["a"]'), "mục 1, cột “Chủ đề”"),
    ],
)
def test_values_that_are_not_what_their_field_holds_are_named(
    exchange, dept_path, tmp_path, what, change, words
):
    package = forge(
        exchange.packages[DAI],
        tmp_path / "gia-tri-sai.cdsgoi",
        hoat_dong_json=change(exchange.packages[DAI]),
    )
    with Workspace.open(dept_path, create=False) as ws:
        result = receive_package(ws, package)
        assert result.outcome is Outcome.REFUSED, what
        assert "gia-tri-sai.cdsgoi" in result.message and words in result.message, result.message
        assert ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("schema_version", [1], "“schema_version” không hợp lệ"),
        ("schema_version", "4", "“schema_version” không hợp lệ"),
        ("app_version", {"v": 1}, "“app_version” không phải chuỗi"),
        ("activities", -1, "số hoạt động “-1” không hợp lệ"),
        ("activities", 10**12, "không hợp lệ"),
        ("year", True, "năm trong manifest.json không hợp lệ"),
        ("created_at", 12, "thời điểm tạo gói"),
        ("unit", "Đài \ud800", "mã UTF-16 lẻ"),
    ],
)
def test_manifest_fields_of_the_wrong_kind_are_refused(
    exchange, dept_path, tmp_path, field, value, words
):
    def change(manifest):
        manifest[field] = value

    package = forge(exchange.packages[DAI], tmp_path / "manifest-la.cdsgoi", manifest_change=change)
    with Workspace.open(dept_path, create=False) as ws:
        result = receive_package(ws, package)
    assert result.outcome is Outcome.REFUSED
    assert "manifest-la.cdsgoi" in result.message and words in result.message, result.message


def test_more_or_fewer_entries_than_the_manifest_says_are_refused(exchange, dept, tmp_path):
    rows = rows_of(exchange.packages[DAI])
    package = forge(
        exchange.packages[DAI],
        tmp_path / "thieu.cdsgoi",
        hoat_dong_json=json.dumps(rows[:-1]).encode(),
    )
    with pytest.raises(
        PackageError, match=f"có {len(rows) - 1} hoạt động, manifest.json ghi {len(rows)}"
    ):
        read_package(package, dept.plans.require)


@pytest.fixture
def dept(dept_path):
    with Workspace.open(dept_path, create=False) as ws:
        yield ws


def test_many_bad_entries_are_counted_not_listed(exchange, dept, tmp_path):
    rows = rows_of(exchange.packages[DAI])
    for row in rows:
        row["quantity"] = 0
    package = forge(
        exchange.packages[DAI],
        tmp_path / "nhieu-loi.cdsgoi",
        hoat_dong_json=json.dumps(rows).encode(),
    )
    with pytest.raises(PackageError) as e:
        read_package(package, dept.plans.require)
    assert f"(và {len(rows) - 5} lỗi khác)" in str(e.value)
    assert str(e.value).count("mục ") == 5


def test_one_bad_package_in_a_batch_does_not_stop_the_others(exchange, dept_path, tmp_path, capsys):
    bad = forge(
        exchange.packages[DAI],
        tmp_path / "hong.cdsgoi",
        hoat_dong_json=_set(6, "title", '"\\udc00"')(exchange.packages[DAI]),
    )
    code = main(["consolidate", str(bad), str(exchange.packages[BAO]), "--db", str(dept_path)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err + captured.out
    assert "Lỗi không mong đợi" not in captured.err + captured.out
    assert "[TỪ CHỐI] Gói “hong.cdsgoi” bị từ chối" in captured.out
    assert "Báo Quảng Ngãi năm 2023: đã nhận" in captured.out
    with Workspace.open(dept_path, create=False) as ws:
        assert ws.conn.execute("SELECT count(*) FROM submissions").fetchone()[0] == 1
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _received(dept_path, package):
    with Workspace.open(dept_path, create=False) as ws:
        result = receive_package(ws, package)
        stored = ws.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    return result, stored


@pytest.mark.parametrize(
    ("name", "words", "make"),
    [
        (
            "ke-hoach-ma.cdsgoi",
            "phần “ke-hoach.json” không đúng cấu trúc",
            lambda src, parts: {
                "ke_hoach_json": json.dumps(
                    {**json.loads(parts["ke-hoach.json"]), "codes_used": None}
                ).encode()
            },
        ),
        (
            "long-sau.cdsgoi",
            "phần “hoat-dong.json” có các ngoặc lồng nhau quá sâu",
            lambda src, parts: {"hoat_dong_json": b"[" * 100_000 + b"]" * 100_000},
        ),
        (
            "don-vi-sau.cdsgoi",
            "phần “don-vi.json” có các ngoặc lồng nhau quá sâu",
            lambda src, parts: {"don_vi_json": b"[" * 100_000 + b"]" * 100_000},
        ),
    ],
)
def test_parts_of_the_wrong_shape_are_named(exchange, dept_path, tmp_path, name, words, make):
    source = exchange.packages[DAI]
    package = forge(source, tmp_path / name, **make(source, parts_of(source)[1]))
    result, stored = _received(dept_path, package)
    assert result.outcome is Outcome.REFUSED
    assert f"Gói “{name}” bị từ chối: {words}" in result.message
    assert stored == 0


def test_a_creation_time_of_year_one_is_named(exchange, dept_path, tmp_path):
    package = forge(
        exchange.packages[DAI],
        tmp_path / "nam-1.cdsgoi",
        manifest_change=lambda m: m.update(created_at="0001-01-01T00:00:00"),
    )
    result, _ = _received(dept_path, package)
    assert "thời điểm tạo gói trong manifest.json không hợp lệ" in result.message


@pytest.mark.filterwarnings("ignore:Duplicate name:UserWarning")  # made on purpose
def test_two_parts_of_one_name_are_refused(exchange, dept_path, tmp_path):
    # unzip and 7-Zip show the first copy, Python's zipfile the last: a forged
    # first copy could sit beside the figures checked here.
    manifest, parts = parts_of(exchange.packages[DAI])
    forged = parts["hoat-dong.json"].replace(b'"quantity": 1,', b'"quantity": 7,')
    package = tmp_path / "trung-ten.cdsgoi"
    with zipfile.ZipFile(package, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("hoat-dong.json", forged)
        for name, data in parts.items():
            zf.writestr(name, data)
        zf.writestr("manifest.json", json.dumps(manifest))
    result, stored = _received(dept_path, package)
    assert result.outcome is Outcome.REFUSED and stored == 0
    assert "gói có hai phần trùng tên" in result.message


def test_a_pipe_or_a_device_is_refused_at_once(dept_path, tmp_path, capsys):
    import os

    fifo = tmp_path / "ong.cdsgoi"
    os.mkfifo(fifo)
    assert main(["consolidate", str(fifo), "/dev/zero", "--db", str(dept_path)]) == 1
    out = capsys.readouterr().out
    assert "Gói “ong.cdsgoi” bị từ chối: đây không phải một tệp" in out
    assert "Gói “zero” bị từ chối: đây không phải một tệp" in out


def test_a_source_too_long_is_refused_not_cut(exchange, dept_path, tmp_path):
    # It used to be stored as its first 400 characters, unlike the package.
    rows = rows_of(exchange.packages[DAI])
    rows[0]["source"] = "y" * 5000
    package = forge(
        exchange.packages[DAI],
        tmp_path / "nguon-dai.cdsgoi",
        hoat_dong_json=json.dumps(rows).encode(),
    )
    result, stored = _received(dept_path, package)
    assert result.outcome is Outcome.REFUSED and stored == 0
    assert "mục 1, cột “Đơn vị ghi”: quá dài (5.000 ký tự, tối đa 400)" in result.message


@pytest.mark.parametrize(
    ("name", "manifest_too", "words"),
    [
        # the Đài's package dressed as the Báo's
        (BAO, False, f"manifest.json ghi gói của “{DAI}” nhưng phần “don-vi.json” là của “{BAO}”"),
        ("UBND xã \u202eMới", True, "có ký tự đảo chiều chữ"),  # shown as "UBND xã iớM"
    ],
)
def test_a_unit_name_that_is_not_what_it_reads_is_refused(
    exchange, dept_path, tmp_path, name, manifest_too, words
):
    profile = json.loads(parts_of(exchange.packages[DAI])[1]["don-vi.json"])
    profile["name"] = name
    package = forge(
        exchange.packages[DAI],
        tmp_path / "ten-don-vi.cdsgoi",
        manifest_change=(lambda m: m.update(unit=name)) if manifest_too else None,
        don_vi_json=json.dumps(profile).encode(),
    )
    result, stored = _received(dept_path, package)
    assert result.outcome is Outcome.REFUSED and stored == 0
    assert words in result.message


def test_a_report_of_thousands_of_texts_is_refused(exchange, dept_path, tmp_path):
    texts = {f"task:X{i}": "x" for i in range(5_001)}
    package = forge(
        exchange.packages[DAI],
        tmp_path / "nhieu-doan.cdsgoi",
        noi_dung_bao_cao_json=json.dumps(texts).encode(),
    )
    result, stored = _received(dept_path, package)
    assert result.outcome is Outcome.REFUSED and stored == 0
    assert "phần “noi-dung-bao-cao.json” có 5.001 đoạn nội dung" in result.message
