"""The command line: `python -m desktop COMMAND --db PATH ...`, one module
per group of commands, each adding its sub-commands in `add_parsers`.

Exit codes: 0 success, 1 a user error (explained in Vietnamese, no
traceback), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..store import WorkspaceError
from . import (
    backups,
    importing,
    packages,
    plan,
    profile,
    progress,
    report,
    setup,
    signing,
    submissions,
    units,
)
from .common import EXIT_USAGE, EXIT_USER_ERROR, Parser, UserError

# In the order `--help` lists them.
COMMAND_GROUPS = (
    setup,
    importing,
    progress,
    packages,
    submissions,
    plan,
    units,
    profile,
    backups,
    report,
    signing,
)


def build_parser() -> argparse.ArgumentParser:
    from .argparse_vi import install

    install()
    parser = Parser(
        prog="python -m desktop",
        description="Báo cáo CĐS: theo dõi và báo cáo kết quả Kế hoạch truyền thông về Chuyển đổi số. "
        "Không có lệnh: mở ứng dụng.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Báo cáo CĐS {__version__}",
        help="xem số phiên bản rồi thoát",
    )
    sub = parser.add_subparsers(dest="command", metavar="LỆNH", parser_class=Parser)
    for group in COMMAND_GROUPS:
        group.add_parsers(sub)
    return parser


def _undecodable_argument(args) -> str | None:
    """The option whose text holds bytes that are not UTF-8 (a lone surrogate
    once decoded): such text cannot be stored. File names are left as they
    are: the system may name files so."""
    from ..domain.text import clean_surrogates, has_lone_surrogate

    for name, value in vars(args).items():
        values = value if isinstance(value, list) else [value]
        for v in values:
            if isinstance(v, str) and has_lone_surrogate(v):
                return f"--{name.replace('_', '-')} “{clean_surrogates(v)}”"
    return None


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
    from ..files import FileWriteError

    bad = _undecodable_argument(args)
    if bad:
        print(
            f"Lỗi: tham số {bad} có ký tự không đọc được (không phải UTF-8); hãy gõ lại "
            "hoặc kiểm tra bảng mã của cửa sổ lệnh.",
            file=sys.stderr,
        )
        return EXIT_USER_ERROR
    try:
        return args.func(args)
    except (UserError, WorkspaceError, FileWriteError) as e:
        from ..logs import get_logger

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
        from ..logs import log_exception
        from ..store.connection import damaged_read

        log_file = log_exception(e)
        damage = damaged_read(e, getattr(args, "db", None) or "")
        if damage is not None:
            print(f"Lỗi: {damage}", file=sys.stderr)
            return EXIT_USER_ERROR
        print(f"Lỗi không mong đợi: {e}. Chi tiết đã ghi vào “{log_file}”.", file=sys.stderr)
        return EXIT_USER_ERROR
