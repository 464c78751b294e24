"""Errors the storage layer explains to the officer in plain Vietnamese."""


class WorkspaceError(Exception):
    """A workspace cannot be opened or written; the message says why and what to do."""


class DuplicateActivityError(WorkspaceError):
    """An activity with the same date, target, title and link already exists."""


class WorkspaceWriteError(WorkspaceError):
    """A change could not be saved (disk full, read-only, busy...); nothing
    already saved was lost and the change was not half-made."""


# Words in SQLite's messages for failures of the disk or file, not of the program.
_FILE_PROBLEMS = (
    "locked",
    "busy",
    "full",
    "readonly",
    "read-only",
    "i/o",
    "disk",
    "malformed",
    "not a database",
    "corrupt",
)


def is_file_problem(e: Exception) -> bool:
    text = str(e).lower()
    return any(word in text for word in _FILE_PROBLEMS)


def explain_sqlite_error(e: Exception, path: object = "") -> str:
    """A SQLite failure while saving, in plain Vietnamese."""
    text = str(e).lower()
    where = f" “{path}”" if path else ""
    kept = "Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn còn nguyên."
    if "locked" in text or "busy" in text:
        return (
            f"Tệp dữ liệu{where} đang bận vì một chương trình khác đang ghi vào; đã chờ "
            f"10 giây mà chưa xong. {kept} Hãy thử lại sau ít phút."
        )
    if "full" in text:
        return (
            f"Ổ đĩa chứa tệp dữ liệu{where} đã đầy. {kept} Hãy giải phóng dung lượng rồi thử lại."
        )
    if "readonly" in text or "read-only" in text:
        return (
            f"Tệp dữ liệu{where} chỉ cho phép đọc (tệp hoặc thư mục bị khóa ghi, hoặc ổ đĩa "
            f"chỉ đọc). {kept} Hãy chép tệp sang thư mục có quyền ghi rồi mở lại."
        )
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return (
            f"Tệp dữ liệu{where} bị hỏng. {kept} Hãy đóng ứng dụng và khôi phục từ bản sao lưu "
            "(Tệp > Khôi phục...)."
        )
    if "i/o" in text or "disk" in text:
        return (
            f"Lỗi đọc/ghi ổ đĩa khi lưu tệp dữ liệu{where} (ổ USB bị rút ra hoặc ổ mạng mất "
            f"kết nối?). {kept} Hãy kiểm tra ổ đĩa rồi thử lại."
        )
    return f"Không lưu được vào tệp dữ liệu{where} ({e}). {kept}"
