"""`init`: a new workspace for a unit."""

from __future__ import annotations

from ..domain.plan import new_unit_defaults
from ..paths import default_db_path
from ..store import Workspace
from .common import EXIT_OK, UserError, add_db


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "init",
        help="tạo dữ liệu cho một đơn vị",
        description="Tạo tệp dữ liệu cho đơn vị, có sẵn kế hoạch năm 2023.",
    )
    add_db(p)
    p.add_argument(
        "--unit",
        required=True,
        metavar="TÊN",
        help="tên đơn vị, ví dụ “Sở Thông tin và Truyền thông”, “UBND huyện Bình Sơn”",
    )
    p.add_argument("--year", type=int, default=2023, help="năm theo dõi (mặc định 2023)")
    p.set_defaults(func=cmd_init)


def cmd_init(args) -> int:
    path = args.db or default_db_path()
    with Workspace.open(path) as ws:
        current = ws.units.self_unit()
        unit = ws.units.by_name(args.unit)
        if current is not None and (unit is None or unit.id != current.id):
            raise UserError(
                f"Tệp “{path}” đã là dữ liệu của “{current.name}”; không đổi sang đơn vị khác."
            )
        unit = ws.units.set_self_unit(unit or new_unit_defaults(args.unit.strip()))
        if ws.plans.get(args.year) is None:
            earlier = [y for y in ws.plans.years() if y < args.year]
            if not earlier:
                raise UserError(f"Không có kế hoạch năm nào trước năm {args.year} để sao chép.")
            ws.plans.copy(earlier[-1], args.year)
        ws.set_meta("current_year", str(args.year))
        print(f"Đã tạo dữ liệu cho “{unit.name}” tại “{path}” (kế hoạch năm {args.year}).")
    return EXIT_OK
