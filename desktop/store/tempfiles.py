"""Temporary files a killed run left behind (a report, a backup, a restore,
a received package stopped half-way) removed when a workspace is opened.

Only names the app itself gives its temporary files are touched, and only
when older than a grace period, so a file another copy of the app is writing
at this moment is left alone:

    .NAME.EXT.XXXXXXXX.tmp         files.atomic_path (EXT one the app writes)
    .NAME.dang-khoi-phuc.tmp       a restore's copy
    .SHA256.tmp                    a received package being kept

(and the -journal SQLite keeps beside such a file while writing it).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from ..logs import get_logger

GRACE_S = 6 * 3600
_APP_EXTENSIONS = (
    "cdsdb",
    "cdsgoi",
    "cdskh",
    "docx",
    "pdf",
    "xlsx",
    "csv",
    "json",
    "zip",
)
_OWN = re.compile(
    r"^\.(?:"
    r".+\.(?:" + "|".join(_APP_EXTENSIONS) + r")(?:\.[a-z0-9_]{8}|\.dang-khoi-phuc)"
    r"|[0-9a-f]{64}"
    r"|kiem-tra-ghi\.[a-z0-9_]{8}"
    r")\.tmp(?:-journal|-wal|-shm)?$"
)


def is_own_temporary(name: str) -> bool:
    return bool(_OWN.match(name))


def clean_stale_temporaries(folder: Path, *, grace_s: float = GRACE_S) -> list[Path]:
    """Remove the app's own temporary files in `folder` older than `grace_s`
    seconds; anything else, and any file that cannot be removed, is kept."""
    removed: list[Path] = []
    cutoff = time.time() - grace_s
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for e in entries:
        if not e.name.startswith(".") or not is_own_temporary(e.name):
            continue
        try:
            if not e.is_file(follow_symlinks=False) or e.stat().st_mtime > cutoff:
                continue
            os.unlink(e.path)
        except OSError as err:
            get_logger().warning("Không xóa được tệp tạm %s: %s", e.path, err)
            continue
        removed.append(Path(e.path))
    if removed:
        get_logger().info("Đã xóa %d tệp tạm cũ trong %s", len(removed), folder)
    return removed
