"""Files attached to activities, copied into the workspace's own folder so
they travel with it and survive the original being moved or deleted."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from ..files import FileWriteError, atomic_path, explain_os_error


def unique_name(folder: Path, name: str) -> str:
    """`name`, or "name (2).ext", "name (3).ext"... when already taken."""
    candidate = Path(name)
    n = 2
    while (folder / candidate.name).exists():
        candidate = Path(f"{Path(name).stem} ({n}){Path(name).suffix}")
        n += 1
    return candidate.name


def copy_into(source: Path | str, folder: Path | str) -> tuple[Path, int, str]:
    """Copy a file whole into `folder` under a free name.

    Returns (copied path, size in bytes, sha256). Raises FileWriteError with
    a Vietnamese message naming the file when it cannot be read or written.
    """
    source, folder = Path(source), Path(folder)
    if not source.is_file():
        raise FileWriteError(f"Không tìm thấy tệp “{source}” để đính kèm.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise FileWriteError(explain_os_error(folder, e)) from e
    target = folder / unique_name(folder, source.name)
    digest = hashlib.sha256()
    try:
        src = open(source, "rb")
    except OSError as e:
        raise FileWriteError(
            f"Không đọc được tệp “{source}”: tệp đang mở trong chương trình khác "
            "hoặc không có quyền đọc."
        ) from e
    with src, atomic_path(target) as tmp, open(tmp, "wb") as dst:
        for block in iter(lambda: src.read(1 << 20), b""):
            digest.update(block)
            dst.write(block)
    shutil.copystat(source, target, follow_symlinks=True)
    return target, target.stat().st_size, digest.hexdigest()


def remove_file(path: Path) -> None:
    """Delete a copied attachment; a file already gone is fine."""
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise FileWriteError(explain_os_error(path, e)) from e
