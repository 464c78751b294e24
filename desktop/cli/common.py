"""What every command shares: exit codes, the officer's errors, the parser
that explains wrong usage in Vietnamese, the --db option and opening an
existing workspace."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..paths import default_db_path
from ..store import Workspace

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """Something the officer can fix; printed as is, exit code 1."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 on wrong usage
        self.print_usage(sys.stderr)
        self.exit(
            EXIT_USAGE, f"Lỗi cú pháp lệnh: {message}\nXem hướng dẫn: python -m desktop --help\n"
        )


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        shaped = len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit()
        if shaped:  # 2023-02-30: the shape is right, the day does not exist
            month = int(text[5:7])
            why = (
                f"tháng {month} năm {text[:4]} không có ngày {int(text[8:])}"
                if 1 <= month <= 12
                else f"không có tháng {month}"
            )
            raise argparse.ArgumentTypeError(f"“{text}” không phải ngày có thật ({why})") from None
        raise argparse.ArgumentTypeError(f"“{text}” không phải ngày dạng YYYY-MM-DD") from None


def add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db", type=Path, metavar="PATH", help=f"tệp dữ liệu (mặc định: {default_db_path()})"
    )


def open_existing(db: Path | None) -> Workspace:
    path = db or default_db_path()
    if not Path(path).exists():
        from ..store.connection import location_problem
        from ..store.restore import find_leftover, lost_workspace_backup

        if not Path(path).parent.is_dir():
            raise UserError(location_problem(Path(path)) or f"Không tìm thấy “{path}”.")

        leftover = find_leftover(path)
        if leftover is not None:
            raise UserError(
                f"Không tìm thấy tệp dữ liệu “{path}”, nhưng bên cạnh có “{leftover}”, tệp được "
                "giữ lại khi khôi phục, mới hơn mọi bản sao lưu (một lần khôi phục đã bị ngắt "
                "giữa chừng?). Hãy đưa tệp đó về bằng lệnh: python -m desktop restore "
                f'"{leftover}" --db "{path}"'
            )
        latest = lost_workspace_backup(path)
        if latest is not None:
            raise UserError(
                f"Không tìm thấy tệp dữ liệu “{path}” (đã bị xóa, đổi tên hoặc chuyển đi?). Có "
                f"bản sao lưu của chính tệp này lúc {latest.made_at:%H:%M ngày %d/%m/%Y}: khôi "
                f'phục bằng lệnh: python -m desktop restore "{latest.path}" --db "{path}"'
            )
        raise UserError(
            f"Không tìm thấy tệp dữ liệu “{path}”. Hãy tạo bằng lệnh: python -m desktop init --db "
            f'{path} --unit "TÊN ĐƠN VỊ"'
        )
    return Workspace.open(path, create=False, daily_backup=True)
