"""Fuzzing the readers with a fixed budget: whatever bytes arrive, a reader
returns rows or raises its own error with a Vietnamese message, never
anything else. Derandomized so every run tries the same inputs."""

from __future__ import annotations

import csv
import io
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.activity import Activity
from desktop.io.listformat import HEADERS, write_xlsx
from desktop.io.package import PackageError, read_package
from desktop.io.smartlist import read_list_file
from desktop.io.tables import TableReadError, read_table_file
from desktop.store import Workspace

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "80")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def samples(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz")
    xlsx = folder / "mau.xlsx"
    write_xlsx(
        xlsx,
        [
            Activity(date=date(2023, 5, i + 1), title=f"Tin số {i}", form="Tin bài", quantity=i + 1)
            for i in range(8)
        ],
    )
    text = io.StringIO()
    w = csv.writer(text)
    w.writerow(HEADERS)
    w.writerow(
        ["01/05/2023", "", "Tin bài", "Tin chuyển đổi số", "1", "Tiếng Việt", "", "0", "", ""]
    )
    return {"xlsx": xlsx.read_bytes(), "csv": text.getvalue().encode("utf-8")}


@pytest.fixture(scope="module")
def plan(tmp_path_factory):
    with Workspace.open(tmp_path_factory.mktemp("ke-hoach") / "plan.cdsdb") as ws:
        return ws.plans.get(2023)


def _read(path: Path) -> None:
    try:
        sheets = read_table_file(path)
    except TableReadError as e:
        assert path.name in str(e)
        return
    assert isinstance(sheets, list)


@st.composite
def _mutated(draw, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "cut", "insert", "zero"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "cut":
            del data[at : at + draw(st.integers(1, 4096))]
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        else:
            data[at : at + 64] = bytes(min(64, len(data) - at))
    return bytes(data)


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from([".xlsx", ".csv", ".xls", ".ods"]))
def test_random_bytes(tmp_path, data, suffix):
    path = tmp_path / f"ngau-nhien{suffix}"
    path.write_bytes(data)
    _read(path)


@FUZZ
@given(st.data())
def test_damaged_xlsx(tmp_path, samples, data):
    path = tmp_path / "hong.xlsx"
    path.write_bytes(data.draw(_mutated(samples["xlsx"])))
    _read(path)


@FUZZ
@given(st.data())
def test_damaged_csv_through_the_list_reader(tmp_path, samples, plan, data):
    raw = data.draw(_mutated(samples["csv"]))
    if data.draw(st.booleans()):
        raw = data.draw(st.text(max_size=300)).encode(
            data.draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1258"])), errors="ignore"
        )
    path = tmp_path / "hong.csv"
    path.write_bytes(raw)
    result = read_list_file(path, lambda year: plan)
    for p in result.rejected:
        assert p.message and "Traceback" not in p.message


@FUZZ
@given(
    st.lists(
        st.lists(
            st.one_of(st.text(max_size=40), st.integers(-(10**12), 10**12), st.none()),
            max_size=12,
        ),
        max_size=12,
    )
)
def test_any_rows_under_the_list_header(tmp_path, plan, rows):
    path = tmp_path / "dong.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(HEADERS)
        w.writerows(rows)
    result = read_list_file(path, lambda year: plan)
    assert len(result.activities) + len({p.row for p in result.rejected}) <= len(rows) + 1


@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory) -> bytes:
    from desktop.io.package import write_package

    folder = tmp_path_factory.mktemp("goi")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        with Workspace.open(folder / "ws.cdsdb") as ws:
            unit = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
            ws.activities.insert_many(
                [Activity(date=date(2023, 6, 1), title="Phóng sự", form="Phóng sự")], unit.id
            )
            written = write_package(ws, 2023, folder / "goi.zip")
    return Path(written.path).read_bytes()


@FUZZ
@given(st.data())
def test_damaged_package(tmp_path, package_bytes, plan, data):
    path = tmp_path / "goi.zip"
    path.write_bytes(data.draw(_mutated(package_bytes)))
    try:
        read_package(path, lambda year: plan)
    except PackageError as e:
        assert "goi.zip" in str(e)


def test_fuzz_samples_are_readable(tmp_path, samples, package_bytes, plan):
    """The unmutated inputs read cleanly, so the fuzzing starts from real files."""
    for name, data in samples.items():
        path = tmp_path / f"mau.{name}"
        path.write_bytes(data)
        assert read_list_file(path, lambda year: plan).activities
    path = tmp_path / "goi.zip"
    path.write_bytes(package_bytes)
    assert read_package(path, lambda year: plan)
    assert zipfile.is_zipfile(path)


@pytest.fixture(scope="module")
def workspace_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("nam-truoc")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BAOCAO_CDS_DATA_DIR", str(folder / "data"))
        with Workspace.open(folder / "ws.cdsdb") as ws:
            unit = ws.units.set_self_unit(ws.units.by_name("Đài Phát thanh và Truyền hình tỉnh"))
            ws.activities.insert_many(
                [
                    Activity(date=date(2022, 3, 1 + i % 28), title=f"Tin {i}", form="Tin bài")
                    for i in range(300)
                ],
                unit.id,
            )
            ws.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return (folder / "ws.cdsdb").read_bytes()


@FUZZ
@given(st.data())
def test_damaged_previous_year_workspace(tmp_path, workspace_bytes, data):
    from desktop.io.previous import PreviousImportError, read_previous_workspace

    data_bytes = bytearray(workspace_bytes)
    # keep the header page so most cases get past the first check into the data
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(100, len(data_bytes) - 1))
        data_bytes[at] ^= data.draw(st.integers(1, 255))
    path = tmp_path / "nam-truoc.cdsdb"
    path.write_bytes(bytes(data_bytes))
    try:
        previous = read_previous_workspace(path)
    except PreviousImportError as e:
        assert "nam-truoc.cdsdb" in str(e)
        return
    assert previous.unit is not None
