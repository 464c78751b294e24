"""Unit workspaces with known data, their packages, and damaged copies.

Shared by the package, consolidation and consolidation-page tests; built once
per test module (see `build_exchange`).
"""

from __future__ import annotations

import json
import struct
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from desktop.domain.activity import Activity
from desktop.io.package import write_package
from desktop.store import Workspace

YEAR = 2023
DAI = "Đài Phát thanh và Truyền hình tỉnh"
BAO = "Báo Quảng Ngãi"
BINH_SON = "UBND huyện Bình Sơn"
LY_SON = "UBND huyện Lý Sơn"
SO = "Sở Thông tin và Truyền thông"


def weekly(
    code: str,
    form: str,
    count: int,
    start: date,
    *,
    quantity: int = 1,
    cost: int = 0,
    prefix: str = "Số",
):
    return [
        Activity(
            date=start + timedelta(days=7 * i),
            title=f"{prefix} {i + 1}: Chuyển đổi số {code}",
            form=form,
            target_code=code,
            quantity=quantity,
            cost=cost,
            themes=(1, 3) if i % 2 else (),
        )
        for i in range(count)
    ]


# What each unit records: the figures the consolidation must reproduce.
UNIT_DATA: dict[str, list[Activity]] = {
    DAI: weekly("III.2.a/TH", "Chuyên mục", 52, date(2023, 1, 5), cost=2_000_000)
    + weekly("III.2.a/PT", "Chuyên mục", 40, date(2023, 1, 6), cost=500_000)
    + [Activity(date(2023, 9, 1), "Phóng sự Ngày CĐS", "Phóng sự", "III.3.a", quantity=2)],
    BAO: weekly("III.2.b/IN", "Chuyên trang", 12, date(2023, 1, 10), cost=3_000_000)
    + weekly("III.2.b/DT", "Chuyên trang", 20, date(2023, 1, 12))
    + [Activity(date(2023, 4, 2), "Tin bài khác về CĐS", "Tin bài", None, quantity=5)],
    BINH_SON: weekly("III.2.đ/SX", "Chuyên mục", 12, date(2023, 1, 15))
    + weekly("III.2.đ/PL", "Chuyên mục", 10, date(2023, 1, 16), quantity=3)
    + weekly("III.3.c", "Sự kiện", 4, date(2023, 3, 1), quantity=2, cost=1_000_000),
    LY_SON: weekly("III.2.đ/SX", "Chuyên mục", 6, date(2023, 2, 15))
    + [Activity(date(2023, 6, 1), "Banner CĐS tại cảng Lý Sơn", "Banner", None, quantity=3)],
}
# The department's own records, held in its workspace.
SO_DATA = [
    Activity(date(2023, 2, 20), "Hướng dẫn truyền thông CĐS năm 2023", "Văn bản", "III.1"),
    *weekly("III.4.a", "Bản tin", 6, date(2023, 2, 1)),
]
# Added to the Đài's records before its second, newer package.
DAI_LATER = weekly("III.2.a/PT", "Chuyên mục", 12, date(2023, 10, 13), prefix="Bổ sung")
TEXTS = {
    DAI: {"chi_dao": "Ban Giám đốc giao phòng Thời sự thực hiện.", "uu_diem": "Đúng tiến độ."},
    BAO: {"chi_dao": "Tòa soạn phân công phóng viên chuyên trách."},
}


@dataclass
class Exchange:
    folder: Path
    unit_db: dict[str, Path] = field(default_factory=dict)
    packages: dict[str, Path] = field(default_factory=dict)  # unit name -> first package
    dai_newer: Path | None = None
    tampered: Path | None = None  # Báo: a byte changed inside a part, checksums kept
    flipped: Path | None = None  # Báo: a byte of the compressed data changed
    truncated: Path | None = None  # Bình Sơn: cut in half
    not_a_package: Path | None = None


def make_unit_workspace(path: Path, name: str, activities: list[Activity]) -> None:
    with Workspace.open(path) as ws:
        unit = ws.units.set_self_unit(ws.units.by_name(name))
        ws.activities.insert_many(activities, unit.id)
        if name in TEXTS:
            ws.texts.set_report_texts(unit.id, YEAR, TEXTS[name])


def rewrite_part(source: Path, target: Path, part: str, change) -> None:
    """Copy a package, passing one part's bytes through `change` (manifest kept)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info.filename, change(data) if info.filename == part else data)


def made_at(package: Path, when) -> None:
    """Give a package the creation time `when` in its manifest (a package
    made on that day and sent later)."""
    import json

    copy = package.with_name(package.name + ".tmp")

    def change(data: bytes) -> bytes:
        manifest = json.loads(data)
        manifest["created_at"] = when.astimezone().isoformat()
        return json.dumps(manifest, ensure_ascii=False).encode("utf-8")

    rewrite_part(package, copy, "manifest.json", change)
    copy.replace(package)


def build_exchange(folder: Path, report_writer=None, created_at=None) -> Exchange:
    """Every unit's package; `created_at`: the packages' creation time (now by default)."""
    ex = Exchange(folder)
    for name, activities in UNIT_DATA.items():
        db = folder / f"{len(ex.unit_db)}.cdsdb"
        make_unit_workspace(db, name, activities)
        ex.unit_db[name] = db
        out = folder / f"goi-{len(ex.packages)}.cdsgoi"
        with Workspace.open(db, create=False) as ws:
            write_package(ws, YEAR, out, report_writer=report_writer)
        if created_at is not None:
            made_at(out, created_at)
        ex.packages[name] = out
    with Workspace.open(ex.unit_db[DAI], create=False) as ws:
        ws.activities.insert_many(DAI_LATER, ws.units.self_unit().id)
        ex.dai_newer = folder / "dai-moi.cdsgoi"
        write_package(ws, YEAR, ex.dai_newer, report_writer=report_writer)
        if created_at is not None:
            made_at(ex.dai_newer, created_at)

    ex.tampered = folder / "bao-sua.cdsgoi"
    rewrite_part(
        ex.packages[BAO],
        ex.tampered,
        "hoat-dong.json",
        lambda b: b.replace(b'"quantity": 1', b'"quantity": 9', 1),
    )
    raw = bytearray(ex.packages[BAO].read_bytes())
    with zipfile.ZipFile(ex.packages[BAO]) as zf:
        info = zf.getinfo("hoat-dong.json")
    name_len, extra_len = struct.unpack(
        "<HH", raw[info.header_offset + 26 : info.header_offset + 30]
    )
    raw[info.header_offset + 30 + name_len + extra_len + 10] ^= 0xFF
    ex.flipped = folder / "bao-hong.cdsgoi"
    ex.flipped.write_bytes(bytes(raw))
    data = ex.packages[BINH_SON].read_bytes()
    ex.truncated = folder / "binhson-cut.cdsgoi"
    ex.truncated.write_bytes(data[: len(data) // 2])
    ex.not_a_package = folder / "danh-sach.xlsx"
    ex.not_a_package.write_bytes(b"PK\x03\x04 not really a zip")
    return ex


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("manifest.json"))


def expected_totals(*, with_dai_later: bool) -> dict[str, int]:
    """Target code -> sum of quantities over every unit (the department's too)."""
    sources = [a for acts in UNIT_DATA.values() for a in acts] + SO_DATA
    if with_dai_later:
        sources += DAI_LATER
    totals: dict[str, int] = {}
    for a in sources:
        if a.target_code:
            totals[a.target_code] = totals.get(a.target_code, 0) + a.quantity
    return totals
