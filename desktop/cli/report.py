"""`report`: the unit's year-end report, or the department's consolidated
report, as DOCX (and PDF)."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, UserError, add_db, date_arg, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "report",
        help="xuất báo cáo kết quả năm (DOCX, PDF)",
        description="Báo cáo kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số của đơn vị, "
        "theo thể thức Nghị định 30/2020/NĐ-CP.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True, help="năm báo cáo")
    p.add_argument("--out", type=Path, required=True, metavar="FILE.docx", help="tệp Word")
    p.add_argument("--pdf", type=Path, metavar="FILE.pdf", help="thêm bản PDF")
    p.add_argument("--number", metavar="NN", help="số báo cáo (bỏ trống: để văn thư điền)")
    p.add_argument("--date", type=date_arg, metavar="YYYY-MM-DD", help="ngày báo cáo")
    p.add_argument(
        "--on",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="số liệu tính đến ngày (mặc định: ngày báo cáo; 31/12 nếu báo cáo sau năm)",
    )
    p.add_argument("--template", type=Path, metavar="MẪU.docx", help="mẫu báo cáo của đơn vị")
    p.add_argument(
        "--consolidated",
        action="store_true",
        help="báo cáo tổng hợp của Sở từ các gói báo cáo đã nhận",
    )
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    # Imported here: the writers load python-docx and reportlab, which other
    # commands do not need.
    from ..files import FileWriteError, refuse_protected
    from ..reports.context import ReportOptions, build_unit_report
    from ..reports.pipeline import write_report
    from ..reports.template import TemplateError

    if args.out.suffix.lower() != ".docx":
        raise UserError(f"Tệp “{args.out}” phải có đuôi .docx.")
    if args.pdf and args.pdf.suffix.lower() != ".pdf":
        raise UserError(f"Tệp “{args.pdf}” phải có đuôi .pdf.")
    with open_existing(args.db) as ws:
        # The files are written after the workspace is closed: compared now.
        for out in (args.out, args.pdf):
            if out is not None:
                refuse_protected(out)
        options = ReportOptions(number=args.number, report_date=args.date, on=args.on)
        if args.consolidated:
            from ..reports.consolidated import build_consolidated_report

            report = build_consolidated_report(ws, args.year, options)
        else:
            report = build_unit_report(ws, args.year, options=options)
    try:
        write_report(report, docx=args.out, pdf=args.pdf, template=args.template)
    except (TemplateError, FileWriteError) as e:
        raise UserError(str(e)) from e
    print(f"Đã ghi báo cáo “{args.out}”.")
    if args.pdf:
        print(f"Đã ghi bản PDF “{args.pdf}”.")
    return EXIT_OK
