"""`submissions list` and `submissions use`: the department sees every
package received of a unit's year and chooses the one in use."""

from __future__ import annotations

from datetime import datetime

from ..domain.consolidation import on_time, report_deadline, sent_on
from ..domain.text import format_int
from .common import EXIT_OK, UserError, add_db, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "submissions",
        help="các gói đã nhận và gói đang dùng của mỗi đơn vị (dành cho Sở)",
        description="Liệt kê các gói báo cáo đã nhận (gói đang dùng và lịch sử), hoặc chọn gói "
        "đang dùng của một đơn vị: số liệu của đơn vị trong năm được thay bằng số liệu của gói đó.",
    )
    actions = p.add_subparsers(dest="action", metavar="VIỆC", required=True)
    q = actions.add_parser("list", help="liệt kê các gói đã nhận")
    add_db(q)
    q.add_argument("--year", type=int, help="chỉ năm này")
    q.add_argument("--unit", metavar="TÊN", help="chỉ đơn vị này")
    q.set_defaults(func=cmd_list)
    q = actions.add_parser("use", help="chọn gói đang dùng của một đơn vị")
    add_db(q)
    q.add_argument("--unit", required=True, metavar="TÊN")
    q.add_argument(
        "--package", required=True, metavar="SHA", help="mã SHA-256 của gói (ít nhất 8 ký tự đầu)"
    )
    q.add_argument("--year", type=int, help="năm của gói (khi mã trùng giữa các năm)")
    q.set_defaults(func=cmd_use)


def _future(created: datetime, received: datetime) -> str:
    from ..io.package_import import dated_after_receipt

    return (
        " [ngày tạo sau ngày nhận: đồng hồ máy gửi sai?]"
        if dated_after_receipt(created, received)
        else ""
    )


def cmd_list(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.units.by_name(args.unit) if args.unit else None
        if args.unit and unit is None:
            raise UserError(f"Không có đơn vị “{args.unit}” trong dữ liệu.")
        years = [args.year] if args.year else ws.plans.years()
        shown = 0
        for year in years:
            plan = ws.plans.get(year)
            deadline = report_deadline(plan) if plan else None
            for s in ws.submissions.history(year, unit.id if unit else None):
                name = ws.units.get(s.unit_id).name
                mark = "đang dùng" if s.current else "lịch sử  "
                # Against the plan's deadline for the reports (hạn nộp).
                due = (
                    ""
                    if deadline is None
                    else "  đúng hạn"
                    if on_time(sent_on(s.created_at.date(), s.received_at.date()), deadline)
                    else "  trễ hạn "
                )
                print(
                    f"  {year}  {mark}  {s.package_sha256[:12]}  tạo {s.created_at:%d/%m/%Y %H:%M}"
                    f"  nhận {s.received_at:%d/%m/%Y %H:%M}{due}  {name}"
                    + _future(s.created_at, s.received_at)
                )
                shown += 1
        if shown and any(ws.plans.get(y) for y in years):
            print(
                "(đúng hạn / trễ hạn: ngày đơn vị tạo gói, không muộn hơn ngày nhận,"
                " so với hạn nộp báo cáo của kế hoạch năm đó)"
            )
        print(f"{format_int(shown)} gói.")
    return EXIT_OK


def cmd_use(args) -> int:
    from ..io.package_choice import find_submission, use_submission

    with open_existing(args.db) as ws:
        chosen = find_submission(ws, args.unit, args.package, args.year)
        was_current = chosen.current
        count = use_submission(ws, chosen)
        name = ws.units.get(chosen.unit_id).name
        if was_current:
            print(
                f"Gói {chosen.package_sha256[:12]} đã là gói đang dùng của {name} năm {chosen.year}."
            )
        else:
            print(
                f"Đã dùng gói {chosen.package_sha256[:12]} (tạo {chosen.created_at:%d/%m/%Y %H:%M}) "
                f"cho {name} năm {chosen.year}: {format_int(count)} hoạt động."
            )
    return EXIT_OK
