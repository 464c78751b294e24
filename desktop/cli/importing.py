"""`import`: activity lists (XLSX/CSV) and previous-year workspaces."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import EXIT_OK, EXIT_USER_ERROR, UserError, add_db, open_existing


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "import",
        help="nhập danh sách hoạt động từ tệp Excel/CSV hoặc dữ liệu năm trước",
        description="Nhập danh sách hoạt động (tệp .xlsx hoặc .csv, dòng tiêu đề cột ở bất kỳ "
        "đâu trong 20 dòng đầu) hoặc tệp dữ liệu năm trước của ứng dụng (.cdsdb). Dòng đã có "
        "được bỏ qua; dòng sai được liệt kê kèm tệp, trang, dòng và lý do.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add_db(p)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    p.add_argument(
        "--rejects",
        type=Path,
        metavar="OUT.csv",
        help="ghi các dòng bị từ chối ra tệp (.csv hoặc .xlsx) để sửa và nhập lại",
    )
    p.add_argument(
        "--year",
        type=int,
        help="chỉ nhận các dòng thuộc kỳ số liệu của năm này (năm dương lịch, hoặc "
        "15/12 năm trước – 14/12 khi kế hoạch năm tính theo Nghị định 09)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="vẫn nhập khi danh sách có vẻ là của đơn vị khác",
    )
    p.set_defaults(func=cmd_import)


def cmd_import(args) -> int:
    from ..files import refuse_protected
    from ..io.importer import (
        check_import,
        commit_import,
        open_import,
        owner_warning,
        plan_lookup,
        value_choices,
    )
    from ..io.previous import PreviousImportError
    from ..io.rejects import refused_rows, write_rejects
    from ..io.rowcheck import excel_serial_date

    with open_existing(args.db) as ws:
        if args.rejects:
            refuse_protected(args.rejects)  # before anything is imported
        plans = plan_lookup(ws)
        if args.year is not None and plans(args.year) is None:
            ws.plans.require(args.year)
        me = ws.units.self_unit()
        session = open_import(
            args.files, ws.texts.import_mapping, own_unit=me.name if me is not None else None
        )
        if session.tables and not session.previous:
            ws.units.require_self_unit()
        # The choices remembered for these headers, else the proposed matches.
        values = value_choices(session, plans.latest(), ws.texts.import_mapping_data)
        result = check_import(session, plans, args.year, values=values)
        unreadable = [p for p in result.rejected if p.row is None]
        if unreadable:
            for p in unreadable:
                print(p.describe(), file=sys.stderr)
            raise UserError("Không nhập gì vì có tệp không đọc được.")
        warning = owner_warning(result, plans.latest(), ws)
        if warning is not None:
            print(f"Cảnh báo: {warning.describe()}.")
            if not args.force and not args.dry_run:  # a trial writes nothing anyway
                raise UserError(
                    "Không nhập gì. Nếu đúng là danh sách của đơn vị mình, chạy lại lệnh với --force."
                )
        try:
            summary = commit_import(session, result, ws, dry_run=args.dry_run, values=values)
        except PreviousImportError as e:
            raise UserError(str(e)) from e
        for prev in summary.previous:
            print(f"Dữ liệu năm trước {prev.describe()}.")
        counts = f"Đã có sẵn (bỏ qua): {summary.skipped}. Bị từ chối: {summary.rejected}."
        if args.dry_run:
            print(f"Kiểm tra (chưa ghi gì): sẽ nhập {summary.inserted}; {counts}")
        else:
            print(f"Đã nhập {summary.inserted} dòng. {counts}")
        for line in summary.notes(args.dry_run):
            print(line)
        if result.totals_skipped:
            print(f"Bỏ qua {result.totals_skipped} dòng tổng cộng.")
        for p in result.rejected:
            print(f"  - {p.describe()}")
        if args.rejects:
            write_rejects(args.rejects, refused_rows(result), excel_serial_date)
            print(f"Đã ghi danh sách dòng bị từ chối vào “{args.rejects}”.")
    if summary.nothing_written:
        print("Không nhập được dòng nào: mọi dòng đều bị từ chối.", file=sys.stderr)
        return EXIT_USER_ERROR
    return EXIT_OK
