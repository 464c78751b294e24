"""Why a backup cannot be made or restored, as messages
(desktop.domain.text.Message): Vietnamese text for the command line and the
log, with the template and values the interface translates."""

from __future__ import annotations

from ..domain.text import template

FOLDER_NOT_WRITABLE = template("Thư mục sao lưu “{folder}” không cho phép ghi. {reason}")
FOLDER_UNUSABLE = template(
    "Không dùng được thư mục sao lưu “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, "
    "hãy kiểm tra đã cắm/kết nối chưa."
)
INTO_ITSELF = template("Không thể sao lưu tệp “{path}” vào chính nó; hãy chọn tên tệp khác.")
EXISTS = template("Đã có tệp “{path}”; không ghi đè. Hãy chọn tên tệp khác.")
WRITING = template("Đang ghi dữ liệu; hãy sao lưu lại sau khi ghi xong.")
NOT_MADE = template("Không sao lưu được. {reason}")
NOT_MADE_IN = template(
    "Không sao lưu được vào “{folder}” ({reason}). Nếu đây là ổ USB hay ổ mạng, hãy kiểm "
    "tra đã cắm/kết nối chưa."
)
NOT_MADE_SQLITE = template("Không sao lưu được ({error}).")
CANNOT_OPEN = template("Không mở được tệp “{path}” để sao lưu ({error}).")
NOT_FOUND = template("Không tìm thấy tệp sao lưu “{path}”.")
CANNOT_OPEN_BACKUP = template("Không mở được tệp sao lưu “{path}” ({error}).")
NOT_A_BACKUP = template("Tệp “{path}” không phải bản sao lưu dữ liệu của ứng dụng Báo cáo CĐS.")
NEWER = template(
    "Tệp “{path}” được tạo bởi phiên bản mới hơn của ứng dụng; hãy cập nhật ứng dụng trước "
    "khi khôi phục."
)
DAMAGED = template("Tệp sao lưu “{path}” bị hỏng (kiểm tra toàn vẹn báo: {result}).")
UNREADABLE = template("Tệp sao lưu “{path}” bị hỏng hoặc không đọc được ({error}).")

# restoring
TWO_LOGS = template(
    "Cả “{own}” và “{left}” đều có: không tự chọn được nhật ký nào đi với “{leftover}”. "
    "Không thay đổi gì; hãy nhờ cán bộ kỹ thuật xem các tệp này."
)
NOT_PUT_BACK = template("Không đưa được tệp về chỗ cũ. {reason}")
SAME_FILE = template("Tệp sao lưu chính là tệp dữ liệu đang dùng; không có gì để khôi phục.")
ORPHAN_LOG = template(
    "Không thấy tệp dữ liệu “{path}” nhưng còn nhật ký “{wal}” giữ các thay đổi của nó: "
    "không khôi phục đè lên để không mất các thay đổi đó. {advice}"
)
FIND_THE_FILE = template("Hãy tìm lại tệp dữ liệu (có thể đã bị đổi tên hoặc chuyển đi).")
PUT_LEFTOVER_BACK = template(
    "Tệp “{leftover}” được giữ lại khi khôi phục: đưa về bằng lệnh "
    'python -m desktop restore "{leftover}" --db "{path}".'
)
NOT_RESTORED = template("Không khôi phục được. {reason} Tệp dữ liệu hiện tại được giữ nguyên.")
CANNOT_READ_BACKUP = template("Không đọc được tệp sao lưu “{path}” ({error}).")
