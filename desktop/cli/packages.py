"""`export` and `consolidate`: the unit's submission package, and the
department receiving packages."""

from __future__ import annotations

from pathlib import Path

from ..domain.plan import is_consolidator
from ..domain.text import format_int
from .common import EXIT_OK, EXIT_USER_ERROR, UserError, add_db, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "export",
        help="tạo gói báo cáo gửi Sở",
        description="Tạo gói báo cáo (.cdsgoi) của đơn vị cho một năm: danh sách hoạt động, "
        "thông tin đơn vị, chỉ tiêu, nội dung và tệp báo cáo, kèm mã kiểm tra.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cdsgoi")
    p.add_argument("--attachments", action="store_true", help="kèm các tệp đính kèm")
    p.add_argument(
        "--report-pdf",
        type=Path,
        metavar="SIGNED.pdf",
        help="gửi bản báo cáo PDF đã ký số (phải là báo cáo của đơn vị, đúng năm)",
    )
    p.add_argument(
        "--consolidated",
        action="store_true",
        help="gói số liệu tổng hợp của Sở (mọi đơn vị đã nhận), gửi lên cấp trên",
    )
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "consolidate",
        help="nhận gói báo cáo của các đơn vị (dành cho Sở)",
        description="Nhận các gói báo cáo vào dữ liệu tổng hợp. Gói hỏng, bị sửa hoặc không "
        "phải gói báo cáo bị từ chối; gói đã nhận bị bỏ qua; gói mới hơn thay gói cũ.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_db(p)
    p.set_defaults(func=cmd_consolidate)


def cmd_export(args) -> int:
    from ..files import FileWriteError
    from ..io.package import PackageError, attachments_for, write_package
    from ..reports.pipeline import unit_report_writer

    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        if args.attachments:
            files = attachments_for(ws, unit.id, args.year)
            size = sum(f.size for f in files)
            print(f"Kèm {format_int(len(files))} tệp đính kèm, tổng {format_int(size)} byte.")
        try:
            written = write_package(
                ws,
                args.year,
                args.out,
                include_attachments=args.attachments,
                report_writer=None if args.consolidated else unit_report_writer(ws, args.year),
                report_pdf=args.report_pdf,
                consolidated=args.consolidated,
            )
        except (FileWriteError, PackageError) as e:
            raise UserError(str(e)) from e
        kind = "gói số liệu tổng hợp" if args.consolidated else "gói báo cáo"
        print(
            f"Đã tạo {kind} năm {args.year} của {unit.name}: “{written.path}” "
            f"({format_int(written.activities)} hoạt động, {format_int(written.size)} byte)"
            + (
                (
                    ", kèm bản báo cáo PDF đã ký số."
                    if written.report_signatures
                    else ", kèm bản báo cáo PDF chưa ký số."
                )
                if args.report_pdf
                else "."
            )
        )
    return EXIT_OK


def cmd_consolidate(args) -> int:
    from ..io.package_import import receive_packages

    with open_existing(args.db) as ws:
        unit = ws.units.require_self_unit()
        plans = [ws.plans.get(y) for y in ws.plans.years()]
        lineage = ws.units.lineage()
        if not any(is_consolidator(unit, p, lineage) for p in plans):
            named = [
                f"năm {p.year}: {p.consolidator}" for p in reversed(plans) if p and p.consolidator
            ]
            who = f" ({'; '.join(named)})" if named else ""
            raise UserError(
                f"Dữ liệu “{ws.path}” là của “{unit.name}”, không phải đơn vị tổng hợp; "
                f"chỉ đơn vị tổng hợp của kế hoạch nhận gói báo cáo{who}. Nếu “{unit.name}” "
                "nay thay cho đơn vị đó, hãy ghi việc sáp nhập (unit merge ... --into "
                f"“{unit.name}”) hoặc đặt lại đơn vị tổng hợp của kế hoạch (plan set --year "
                f"NĂM --consolidator “{unit.name}”)."
            )
        results = receive_packages(ws, args.files)
        for r in results:
            print(("  " if r.ok else "  [TỪ CHỐI] ") + r.message)
            if r.ok and r.signature:
                print(f"    Chữ ký số: {r.signature}")
        refused = sum(1 for r in results if not r.ok)
        print(f"Đã xử lý {len(results)} gói; bị từ chối: {refused}.")
    return EXIT_USER_ERROR if refused else EXIT_OK
