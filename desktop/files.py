"""Files written whole or not at all: write beside the target, then rename.
The bottom layer: imports nothing from the rest of the app."""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class FileWriteError(Exception):
    """A file could not be written; the message says why in Vietnamese."""


def explain_os_error(path: Path, e: OSError) -> str:
    if isinstance(e, PermissionError) or e.errno in (errno.EACCES, errno.EPERM):
        return (
            f"Không ghi được tệp “{path}”: tệp đang mở trong chương trình khác "
            "(Word, Excel...) hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn nơi lưu khác."
        )
    if e.errno == errno.ENOSPC:
        return f"Không ghi được tệp “{path}”: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn nơi lưu khác."
    if e.errno == errno.EROFS:
        return f"Không ghi được tệp “{path}”: ổ đĩa chỉ cho phép đọc."
    if e.errno == errno.ENOENT:
        return f"Không ghi được tệp “{path}”: thư mục không tồn tại."
    return f"Không ghi được tệp “{path}” ({e.strerror or e})."


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces
    the target in one step, on failure it is removed and the target is kept."""
    target = Path(target)
    if target.is_dir():
        raise FileWriteError(f"“{target}” là một thư mục, không phải tên tệp.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
    except OSError as e:
        raise FileWriteError(explain_os_error(target, e)) from e
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        # mkstemp creates the file readable by its owner only; give the
        # finished file the permissions any other saved file would get.
        os.chmod(tmp, 0o666 & ~_current_umask())
        os.replace(tmp, target)
    except OSError as e:
        _remove_quietly(tmp)
        raise FileWriteError(explain_os_error(target, e)) from e
    except BaseException:
        _remove_quietly(tmp)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
