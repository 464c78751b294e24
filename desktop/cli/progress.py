"""`progress`: the unit's progress against the targets."""

from __future__ import annotations

import json

from ..domain.period import ND09
from ..domain.plan import is_consolidator
from ..domain.progress import default_on
from ..domain.text import format_decimal, format_int
from .common import EXIT_OK, add_db, date_arg, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "progress",
        help="xem tiến độ thực hiện các chỉ tiêu",
        description="Bảng tiến độ: chỉ tiêu, kết quả, tỷ lệ, mức cần đạt đến ngày xét, đánh giá.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--on", type=date_arg, metavar="YYYY-MM-DD", help="ngày xét (mặc định hôm nay)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument(
        "--consolidated",
        action="store_true",
        help="tiến độ tổng hợp của mọi đơn vị (dành cho đơn vị tổng hợp)",
    )
    p.set_defaults(func=cmd_progress)


def cmd_progress(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        period = ws.figures.period(args.year)
        on = args.on or default_on(args.year, period=period)
        together = args.consolidated
        rows = (
            ws.figures.consolidated(args.year, on)
            if together
            else ws.figures.progress(unit.id, args.year, on)
        )
        if args.json:
            print(json.dumps([_json(r, together) for r in rows], ensure_ascii=False, indent=2))
            return EXIT_OK
        whose = "tổng hợp của các đơn vị" if together else f"của {unit.name}"
        print(f"Tiến độ năm {args.year} {whose}, tính đến ngày {on:%d/%m/%Y}:")
        if ws.figures.window(args.year) == ND09:
            print(f"Kỳ báo cáo {period[0]:%d/%m/%Y} – {period[1]:%d/%m/%Y} (Nghị định 09/2019)")
        units = f" {'Số đơn vị':>9}" if together else ""
        header = (
            f"{'Mã chỉ tiêu':<12} {'Chỉ tiêu':>8} {'Kết quả':>8} {'Tỷ lệ':>8} {'Cần đạt':>8}"
            f"{units}  Đánh giá"
        )
        if not rows:
            print(
                f"Kế hoạch năm {args.year} không giao chỉ tiêu nào cho "
                f"{'các đơn vị' if together else unit.name}; hoạt động đã ghi được tính là "
                "hoạt động khác (xem và sửa chỉ tiêu ở trang Kế hoạch, hoặc lệnh plan)."
            )
        else:
            print(header)
            print("-" * len(header))
        for r in rows:
            target = "-" if r.target is None else format_int(r.target)
            percent = "-" if r.percent is None else format_decimal(r.percent) + "%"
            expected = "-" if r.expected is None else format_decimal(r.expected)
            carrying = f" {format_int(r.units):>9}" if together else ""
            print(
                f"{r.code:<12} {target:>8} {format_int(r.actual):>8} {percent:>8} {expected:>8}"
                f"{carrying}  {r.status.label}"
            )
        if together:
            print("(Số đơn vị: số đơn vị thực hiện chỉ tiêu; kết quả gồm số liệu của mọi đơn vị)")
            return EXIT_OK
        other = ws.figures.other_by_form(unit.id, args.year, on)
        if other:
            print(
                "Hoạt động khác: " + "; ".join(f"{form} {format_int(q)}" for form, _, q, _ in other)
            )
        if is_consolidator(unit, ws.plans.get(args.year), ws.units.lineage()):
            print(
                f"{unit.name} là đơn vị tổng hợp: tiến độ tổng hợp của các đơn vị xem bằng "
                "--consolidated."
            )
    return EXIT_OK


def _json(row, together: bool) -> dict:
    out = row.as_json()
    if together:
        out["units"] = row.units
    return out
