"""The command line: `python -m desktop COMMAND --db PATH ...`.

Exit codes: 0 success, 1 a user error (explained in Vietnamese, no
traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .domain.plan import new_unit_defaults
from .domain.progress import default_on
from .domain.text import format_decimal, format_int
from .paths import default_db_path
from .store import Workspace, WorkspaceError

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the officer can fix; printed as is, exit code 1."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on wrong usage
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE, f"Lỗi cú pháp lệnh: {message}\nXem hướng dẫn: python -m desktop --help\n"
        )


def _date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” không phải ngày dạng YYYY-MM-DD") from None


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, metavar="PATH", help=f"tệp dữ liệu (mặc định: {default_db_path()})"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m desktop",
        description="Báo cáo CĐS: theo dõi và báo cáo kết quả Kế hoạch truyền thông về Chuyển đổi số. "
        "Không có lệnh: mở ứng dụng.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Báo cáo CĐS {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=_Parser)

    p = sub.add_parser(
        "init",
        help="tạo dữ liệu cho một đơn vị",
        description="Tạo tệp dữ liệu cho đơn vị, có sẵn kế hoạch năm 2023.",
    )
    _add_db(p)
    p.add_argument(
        "--unit",
        required=True,
        metavar="TÊN",
        help="tên đơn vị, ví dụ “Sở Thông tin và Truyền thông”, “UBND huyện Bình Sơn”",
    )
    p.add_argument("--year", type=int, default=2023, help="năm theo dõi (mặc định 2023)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser(
        "import",
        help="nhập danh sách hoạt động từ tệp Excel/CSV hoặc dữ liệu năm trước",
        description="Nhập danh sách hoạt động (tệp .xlsx hoặc .csv, dòng tiêu đề cột ở bất kỳ "
        "đâu trong 20 dòng đầu) hoặc tệp dữ liệu năm trước của ứng dụng (.cdsdb). Dòng đã có "
        "được bỏ qua; dòng sai được liệt kê kèm tệp, trang, dòng và lý do.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _add_db(p)
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    p.add_argument(
        "--rejects", type=Path, metavar="OUT.csv", help="ghi các dòng bị từ chối ra tệp CSV"
    )
    p.add_argument("--year", type=int, help="chỉ nhận các dòng của năm này")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser(
        "progress",
        help="xem tiến độ thực hiện các chỉ tiêu",
        description="Bảng tiến độ: chỉ tiêu, kết quả, tỷ lệ, mức cần đạt đến ngày xét, đánh giá.",
    )
    _add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--on", type=_date_arg, metavar="YYYY-MM-DD", help="ngày xét (mặc định hôm nay)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.set_defaults(func=cmd_progress)

    p = sub.add_parser(
        "export",
        help="tạo gói báo cáo gửi Sở",
        description="Tạo gói báo cáo (.cdsgoi) của đơn vị cho một năm: danh sách hoạt động, "
        "thông tin đơn vị, chỉ tiêu, nội dung và tệp báo cáo, kèm mã kiểm tra.",
    )
    _add_db(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, metavar="FILE.cdsgoi")
    p.add_argument("--attachments", action="store_true", help="kèm các tệp đính kèm")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser(
        "consolidate",
        help="nhận gói báo cáo của các đơn vị (dành cho Sở)",
        description="Nhận các gói báo cáo vào dữ liệu tổng hợp. Gói hỏng, bị sửa hoặc không "
        "phải gói báo cáo bị từ chối; gói đã nhận bị bỏ qua; gói mới hơn thay gói cũ.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _add_db(p)
    p.set_defaults(func=cmd_consolidate)
    _add_backup_commands(sub)
    from .reports.command import add_parser as add_report_parser

    add_report_parser(sub, _add_db, _date_arg)
    return parser


def open_existing(db: Path | None) -> Workspace:
    path = db or default_db_path()
    if not Path(path).exists():
        raise UserError(
            f"Không tìm thấy tệp dữ liệu “{path}”. Hãy tạo bằng lệnh: python -m desktop init --db "
            f'{path} --unit "TÊN ĐƠN VỊ"'
        )
    return Workspace.open(path, create=False, daily_backup=True)


def cmd_init(args) -> int:
    path = args.db or default_db_path()
    with Workspace.open(path) as ws:
        current = ws.self_unit()
        unit = ws.unit_by_name(args.unit)
        if current is not None and (unit is None or unit.id != current.id):
            raise UserError(
                f"Tệp “{path}” đã là dữ liệu của “{current.name}”; không đổi sang đơn vị khác."
            )
        unit = ws.set_self_unit(unit or new_unit_defaults(args.unit.strip()))
        if ws.plan(args.year) is None:
            earlier = [y for y in ws.plan_years() if y < args.year]
            if not earlier:
                raise UserError(f"Không có kế hoạch năm nào trước năm {args.year} để sao chép.")
            ws.copy_plan(earlier[-1], args.year)
        ws.set_meta("current_year", str(args.year))
        print(f"Đã tạo dữ liệu cho “{unit.name}” tại “{path}” (kế hoạch năm {args.year}).")
    return EXIT_OK


def cmd_import(args) -> int:
    from .io.importer import check_import, commit_import, open_import, plan_lookup
    from .io.listformat import write_rejects_csv
    from .io.previous import PreviousImportError

    with open_existing(args.db) as ws:
        if args.year is not None:
            ws.plan_for(args.year)
        session = open_import(args.files, ws.import_mapping)
        if session.tables and not session.previous:
            ws.require_self_unit()
        result = check_import(session, plan_lookup(ws), args.year)
        unreadable = [p for p in result.rejected if p.row is None]
        if unreadable:
            for p in unreadable:
                print(p.describe(), file=sys.stderr)
            raise UserError("Không nhập gì vì có tệp không đọc được.")
        try:
            summary = commit_import(session, result, ws, dry_run=args.dry_run)
        except PreviousImportError as e:
            raise UserError(str(e)) from e
        for prev in summary.previous:
            print(f"Dữ liệu năm trước {prev.describe()}.")
        counts = f"Đã có sẵn (bỏ qua): {summary.skipped}. Bị từ chối: {summary.rejected}."
        if args.dry_run:
            print(f"Kiểm tra (chưa ghi gì): sẽ nhập {summary.inserted}; {counts}")
        else:
            print(f"Đã nhập {summary.inserted} dòng. {counts}")
        if result.totals_skipped:
            print(f"Bỏ qua {result.totals_skipped} dòng tổng cộng.")
        for p in result.rejected:
            print(f"  - {p.describe()}")
        if args.rejects:
            write_rejects_csv(args.rejects, result.rejected)
            print(f"Đã ghi danh sách dòng bị từ chối vào “{args.rejects}”.")
    return EXIT_OK


def cmd_progress(args) -> int:
    with open_existing(args.db) as ws:
        unit = ws.require_self_unit()
        on = args.on or default_on(args.year)
        rows = ws.progress(unit.id, args.year, on)
        if args.json:
            print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2))
            return EXIT_OK
        print(f"Tiến độ năm {args.year} của {unit.name}, tính đến ngày {on:%d/%m/%Y}:")
        header = f"{'Mã chỉ tiêu':<12} {'Chỉ tiêu':>8} {'Kết quả':>8} {'Tỷ lệ':>8} {'Cần đạt':>8}  Đánh giá"
        print(header)
        print("-" * len(header))
        for r in rows:
            target = "-" if r.target is None else format_int(r.target)
            percent = "-" if r.percent is None else format_decimal(r.percent) + "%"
            expected = "-" if r.expected is None else format_decimal(r.expected)
            print(
                f"{r.code:<12} {target:>8} {format_int(r.actual):>8} {percent:>8} {expected:>8}  {r.status.label}"
            )
        other = ws.other_by_form(unit.id, args.year, on)
        if other:
            print(
                "Hoạt động khác: " + "; ".join(f"{form} {format_int(q)}" for form, _, q, _ in other)
            )
    return EXIT_OK


def cmd_export(args) -> int:
    from .io.atomic import FileWriteError
    from .io.package import attachments_for, write_package
    from .reports.pipeline import unit_report_writer

    with open_existing(args.db) as ws:
        unit = ws.require_self_unit()
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
                report_writer=unit_report_writer(ws, args.year),
            )
        except FileWriteError as e:
            raise UserError(str(e)) from e
        print(
            f"Đã tạo gói báo cáo năm {args.year} của {unit.name}: “{written.path}” "
            f"({format_int(written.activities)} hoạt động, {format_int(written.size)} byte)."
        )
    return EXIT_OK


def cmd_consolidate(args) -> int:
    from .io.package_import import receive_packages

    with open_existing(args.db) as ws:
        unit = ws.require_self_unit()
        if not unit.consolidator:
            raise UserError(
                f"Dữ liệu “{ws.path}” là của “{unit.name}”, không phải đơn vị tổng hợp; "
                "chỉ Sở Thông tin và Truyền thông nhận gói báo cáo."
            )
        results = receive_packages(ws, args.files)
        for r in results:
            print(("  " if r.ok else "  [TỪ CHỐI] ") + r.message)
        refused = sum(1 for r in results if not r.ok)
        print(f"Đã xử lý {len(results)} gói; bị từ chối: {refused}.")
    return EXIT_USER_ERROR if refused else EXIT_OK


def _add_backup_commands(sub) -> None:
    p = sub.add_parser(
        "backup",
        help="sao lưu tệp dữ liệu",
        description="Sao lưu tệp dữ liệu (an toàn cả khi ứng dụng đang mở). Không có --to: lưu "
        "vào thư mục sao lưu. Ứng dụng cũng tự sao lưu mỗi ngày và trước mỗi lần nhập.",
    )
    _add_db(p)
    p.add_argument("--to", type=Path, metavar="FILE", help="ghi bản sao lưu vào tệp này")
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu đã có")
    p.add_argument(
        "--set-dir",
        type=Path,
        metavar="FOLDER",
        help="đổi thư mục sao lưu (ví dụ ổ USB); “mac-dinh” để trở về thư mục mặc định",
    )
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="khôi phục tệp dữ liệu từ bản sao lưu",
        description="Khôi phục từ bản sao lưu. Tệp dữ liệu hiện tại không bị xóa mà được đổi "
        "tên (thêm “truoc-khoi-phuc” và thời điểm) ngay bên cạnh.",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="tệp sao lưu (.cdsdb)")
    _add_db(p)
    p.set_defaults(func=cmd_restore)


def cmd_backup(args) -> int:
    from .store import backup

    if args.set_dir is not None:
        default = str(args.set_dir) in ("mac-dinh", "default")
        folder = backup.set_backup_dir(None if default else args.set_dir)
        print(f"Thư mục sao lưu: “{folder}”.")
        return EXIT_OK
    path = args.db or default_db_path()
    if args.list:
        entries = backup.list_backups(Path(path).stem)
        print(f"Thư mục sao lưu: “{backup.get_backup_dir()}”.")
        if not entries:
            print(f"Chưa có bản sao lưu nào của “{Path(path).name}”.")
        for e in entries:
            print(f"  {e.made_at:%d/%m/%Y %H:%M:%S}  {e.kind_label:<28} {e.path.name}")
        return EXIT_OK
    if not Path(path).exists():
        raise UserError(f"Không tìm thấy tệp dữ liệu “{path}”.")
    with Workspace.open(path, create=False) as ws:
        if args.to:
            dest = backup.backup_to(ws.conn, args.to, source=ws.path)
        else:
            dest = backup.make_backup(ws.conn, ws.path, backup.KIND_MANUAL)
    info = backup.inspect_backup(dest, check="quick_check")
    print(f"Đã sao lưu “{path}” vào “{dest}”.")
    print(info.describe())
    return EXIT_OK


def cmd_restore(args) -> int:
    from .store import backup

    path = args.db or default_db_path()
    result = backup.restore_backup(args.file, path)
    print(result.info.describe())
    if result.kept_aside:
        print(f"Tệp dữ liệu trước khi khôi phục được giữ lại tại “{result.kept_aside}”.")
    with Workspace.open(path, create=False) as ws:
        counts = ws.counts()
    print(
        f"Đã khôi phục “{path}” từ “{args.file}”: {counts['activities']} hoạt động, "
        f"{counts['plans']} kế hoạch, {counts['units']} đơn vị."
    )
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except (UserError, WorkspaceError) as e:
        from .logs import get_logger

        get_logger().warning("Lệnh %s: %s", args.command, e)
        print(f"Lỗi: {e}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        # Every write is one transaction: stopping half-way saves none of it.
        print(
            "Đã dừng theo yêu cầu (Ctrl+C). Thao tác đang làm dở không được ghi; "
            "dữ liệu đã lưu trước đó vẫn nguyên vẹn.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    except Exception as e:  # every other failure is explained, logged, never a traceback
        from .logs import log_exception

        log_file = log_exception(e)
        print(f"Lỗi không mong đợi: {e}. Chi tiết đã ghi vào “{log_file}”.", file=sys.stderr)
        return EXIT_USER_ERROR
