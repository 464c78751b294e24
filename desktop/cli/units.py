"""`unit …`: today's organisation. `unit merge` records that units were
renamed or merged into one from a date; `unit history` prints a unit's
figures year by year, its predecessors' included."""

from __future__ import annotations

import json

from ..domain.text import format_int
from .common import EXIT_OK, Parser, UserError, add_db, date_arg, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "unit",
        help="đơn vị: đổi tên, sáp nhập, số liệu qua các năm",
        description="Các lệnh về đơn vị. Xem: python -m desktop unit LỆNH --help",
    )
    unit_sub = p.add_subparsers(dest="unit_command", metavar="LỆNH", parser_class=Parser)

    m = unit_sub.add_parser(
        "merge",
        help="ghi nhận đơn vị đổi tên hoặc sáp nhập thành đơn vị mới từ một ngày",
        description="Các đơn vị cũ (một đơn vị: đổi tên) trở thành đơn vị mới từ ngày hiệu lực. "
        "Đơn vị mới đảm nhận các nhiệm vụ của đơn vị cũ; số liệu các năm trước của đơn vị cũ "
        "được xếp dưới đơn vị mới khi so sánh qua các năm.",
    )
    m.add_argument("old", nargs="+", metavar="ĐƠN_VỊ_CŨ")
    m.add_argument("--into", required=True, metavar="ĐƠN_VỊ_MỚI")
    m.add_argument("--on", required=True, type=date_arg, metavar="YYYY-MM-DD")
    add_db(m)
    m.set_defaults(func=cmd_merge)

    h = unit_sub.add_parser("history", help="số liệu của một đơn vị qua các năm")
    h.add_argument("--unit", required=True, metavar="TÊN")
    add_db(h)
    h.add_argument("--json", action="store_true")
    h.set_defaults(func=cmd_history)
    from .profile import add_unit_commands

    add_unit_commands(unit_sub)

    def usage(_args) -> int:
        p.print_help()
        return 2

    p.set_defaults(func=usage)


def cmd_merge(args) -> int:
    from ..domain.plan import new_unit_defaults

    with open_existing(args.db) as ws:
        existing = ws.units.by_name(args.into)
        plans = ws.plans.years()
        plan = ws.plans.get(plans[-1]) if plans else None
        successor = existing or new_unit_defaults(args.into.strip(), plan)
        if existing is None:
            first = ws.units.by_name(args.old[0])
            if first is not None:  # the new unit starts from its first predecessor's profile
                successor = type(first)(
                    **{**first.__dict__, "id": None, "name": args.into.strip(), "short_name": ""}
                )
        unit, undo = ws.units.merge_undoable(args.old, successor, args.on)
    print(
        f"Từ ngày {args.on:%d/%m/%Y}, {'; '.join(args.old)} → “{unit.name}”. "
        "Số liệu các năm trước được xếp dưới đơn vị mới."
    )
    if undo.readdressed:
        print(
            f"Báo cáo của {format_int(len(undo.readdressed))} đơn vị trước gửi cho đơn vị cũ "
            f"nay gửi “{unit.name}”."
        )
    return EXIT_OK


def cmd_history(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.by_name(args.unit)
        if unit is None:
            raise UserError(f"Không có đơn vị “{args.unit}” trong dữ liệu.")
        rows = ws.figures.history(unit.id)
    if args.json:
        print(json.dumps({"unit": unit.name, "years": rows}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"Số liệu của {unit.name} qua các năm (kể cả các đơn vị tiền thân):")
    for r in rows:
        print(
            f"  {r['year']}: {format_int(r['activities'])} hoạt động, số lượng "
            f"{format_int(r['quantity'])}, kinh phí {format_int(r['cost'])} đồng "
            f"({'; '.join(r['units'])})"
        )
    return EXIT_OK
