"""Messages the file readers and writers share (each template declared
once): a file not found, a file the system cannot read, a long task done."""

from __future__ import annotations

from ..domain.text import template
from ..store.connection import CANNOT_READ as CANNOT_READ_FILE

__all__ = ["CANNOT_READ_FILE", "DONE", "FILE_NOT_FOUND", "READING"]

FILE_NOT_FOUND = template("Không tìm thấy tệp “{path}”.")
READING = template("Đang đọc “{name}”...")
DONE = template("Xong")
