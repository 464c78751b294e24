"""`backup` and `restore`: copies of the workspace file and putting one back."""

from __future__ import annotations

from pathlib import Path

from ..paths import default_db_path
from ..store import Workspace
from .common import EXIT_OK, UserError, add_db


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "backup",
        help="sao lưu tệp dữ liệu",
        description="Sao lưu tệp dữ liệu (an toàn cả khi ứng dụng đang mở). Không có --to: lưu "
        "vào thư mục sao lưu. Ứng dụng cũng tự sao lưu mỗi ngày và trước mỗi lần nhập.",
    )
    add_db(p)
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
    add_db(p)
    p.set_defaults(func=cmd_restore)


def cmd_backup(args) -> int:
    from ..store import backup

    if args.set_dir is not None:
        default = str(args.set_dir) in ("mac-dinh", "default")
        folder = backup.set_backup_dir(None if default else args.set_dir)
        print(f"Thư mục sao lưu: “{folder}”.")
        return EXIT_OK
    path = args.db or default_db_path()
    if args.list:
        entries = backup.list_backups(Path(path).stem, None, backup.identity_of(path))
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
    from ..store import restore

    path = args.db or default_db_path()
    result = restore.restore_backup(args.file, path)
    print(result.info.describe())
    if result.kept_aside:
        print(f"Tệp dữ liệu trước khi khôi phục được giữ lại tại “{result.kept_aside}”.")
    with Workspace.open(path, create=False) as ws:
        counts = ws.figures.counts()
    print(
        f"Đã khôi phục “{path}” từ “{args.file}”: {counts['activities']} hoạt động, "
        f"{counts['plans']} kế hoạch, {counts['units']} đơn vị."
    )
    return EXIT_OK
