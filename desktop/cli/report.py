"""`report`: the unit's year-end report, or the department's consolidated
report, as DOCX (and PDF)."""

from __future__ import annotations

from pathlib import Path

from .common import EXIT_OK, EXIT_USER_ERROR, UserError, add_db, date_arg, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "report",
        help="xuất báo cáo kết quả năm (DOCX, PDF)",
        description="Báo cáo kết quả thực hiện Kế hoạch truyền thông về Chuyển đổi số của đơn vị, "
        "theo thể thức Nghị định 30/2020/NĐ-CP.",
    )
    add_db(p)
    p.add_argument("--year", type=int, required=True, help="năm báo cáo")
    p.add_argument(
        "--out", type=Path, metavar="FILE.docx", help="tệp Word (không cần khi chỉ --check)"
    )
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
        "--estimate",
        action="store_true",
        help="báo cáo trước khi hết năm: thêm cột “Ước thực hiện cả năm” ở Phụ lục I "
        "(ước tính theo tiến độ đến ngày số liệu)",
    )
    p.add_argument(
        "--texts",
        type=Path,
        metavar="FILE.json",
        help="nội dung báo cáo cho lần xuất này (khóa như lệnh texts export; không lưu lại)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="kiểm tra trước khi phát hành: in các mục còn thiếu (người ký, số, trích dẫn kế hoạch...)",
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help="cùng --check: thoát với mã 1 khi còn mục cần sửa",
    )
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
    from ..reports.context import ReportOptions, estimate_wanted, unit_report
    from ..reports.gather import gather_unit
    from ..reports.pipeline import write_report
    from ..reports.template import TemplateError

    check = args.check or args.strict
    if args.out is None and not check:
        raise UserError("Cần --out FILE.docx (hoặc --check để chỉ kiểm tra).")
    if args.out is not None and args.out.suffix.lower() != ".docx":
        raise UserError(f"Tệp “{args.out}” phải có đuôi .docx.")
    if args.pdf and args.pdf.suffix.lower() != ".pdf":
        raise UserError(f"Tệp “{args.pdf}” phải có đuôi .pdf.")
    with open_existing(args.db) as ws:
        # The files are written after the workspace is closed: compared now.
        for out in (args.out, args.pdf):
            if out is not None:
                refuse_protected(out)
        texts = None
        if args.texts is not None:
            from .profile import read_texts_file

            plan = ws.plans.require(args.year)
            texts = read_texts_file(args.texts, {t.code for t in plan.targets})
        options = ReportOptions(
            number=args.number,
            report_date=args.date,
            on=args.on,
            texts=texts,
            estimate=args.estimate,
        )
        if args.out is not None and (args.number is not None or args.date is not None):
            # The report issued with this number and date: kept, so the copy
            # its package carries (export) and the window show the same.
            _keep_number_and_date(ws, args)
        findings = None
        if args.consolidated:
            from ..reports.consolidated import consolidated_data, consolidated_report

            data = consolidated_data(ws, args.year, options)
            report = consolidated_report(data, options)
        else:
            data = gather_unit(ws, args.year, None, args.on, args.date, texts)
            report = unit_report(data, options)
        if args.estimate and not estimate_wanted(data, options):
            print(f"Không thêm cột ước thực hiện: số liệu đã tính đến hết kỳ ({data.on:%d/%m/%Y}).")
        if check:
            from ..reports.fonts import covered_characters
            from ..reports.preflight import check_consolidated_report, check_unit_report

            checked = check_consolidated_report if args.consolidated else check_unit_report
            findings = checked(data, report, covered_characters())
    if check:
        from ..reports.preflight import format_findings

        print(format_findings(findings))
        if args.out is None:
            return EXIT_USER_ERROR if args.strict and findings else EXIT_OK
    try:
        write_report(report, docx=args.out, pdf=args.pdf, template=args.template)
    except (TemplateError, FileWriteError) as e:
        raise UserError(str(e)) from e
    print(f"Đã ghi báo cáo “{args.out}”.")
    if args.pdf:
        print(f"Đã ghi bản PDF “{args.pdf}”.")
    return EXIT_USER_ERROR if args.strict and findings else EXIT_OK


def _keep_number_and_date(ws, args) -> None:
    from ..reports import context as rc
    from ..reports.gather import CONSOLIDATED_PREFIX

    prefix = CONSOLIDATED_PREFIX if args.consolidated else ""
    kept = {}
    if args.number is not None:
        kept[prefix + rc.META_NUMBER] = args.number
    if args.date is not None:
        kept[prefix + rc.META_DATE] = args.date.isoformat()
    unit = ws.units.require_self_unit()
    ws.plans.require(args.year)
    ws.texts.set_report_texts(unit.id, args.year, kept)
