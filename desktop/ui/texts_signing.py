"""The signing layer's message templates, marked for translation: why a key
cannot sign, why a PDF cannot be signed or checked, what the check of a
report's signatures says (desktop/signing: credentials, placement, sign,
verify), and why a report's own process stopped (desktop/reports/process).
Part of `MESSAGES` in texts.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

SIGNING_MESSAGES = (
    # desktop/signing/credentials.py
    QT_TRANSLATE_NOOP("messages", "chứng thư số"),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chứng thư số của {who} chưa có hiệu lực: hiệu lực từ {since}. Hãy kiểm tra đồng hồ máy tính hoặc dùng chứng thư khác.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chứng thư số của {who} đã hết hạn ngày {until}. Hãy gia hạn chứng thư với nhà cung cấp dịch vụ chứng thực chữ ký số.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chứng thư số của {who} không dùng để ký (mục đích sử dụng khóa không có “ký số”). Hãy chọn chứng thư ký số.",
    ),
    QT_TRANSLATE_NOOP("messages", "“{path}” quá lớn để là tệp chứng thư số PKCS#12 (.p12, .pfx)."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp chứng thư số “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp chứng thư số “{path}” ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages", "“{path}” không phải tệp chứng thư số PKCS#12 (.p12, .pfx) hoặc tệp đã hỏng."
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Mã PIN (mật khẩu) của tệp chứng thư số “{name}” không đúng. Không có tệp nào được ghi.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không chứa khóa ký kèm chứng thư số."),
    QT_TRANSLATE_NOOP("messages", "Mã PIN của token không đúng. Không có tệp nào được ghi."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Token đã bị khóa vì nhập sai mã PIN nhiều lần. Hãy liên hệ nhà cung cấp để mở khóa.",
    ),
    QT_TRANSLATE_NOOP("messages", "Mã PIN không đúng độ dài token yêu cầu."),
    QT_TRANSLATE_NOOP("messages", "Không thấy token: hãy cắm token vào máy rồi thử lại."),
    QT_TRANSLATE_NOOP(
        "messages", "Token báo lỗi khi ký ({error}). Hãy rút token ra, cắm lại rồi thử lại."
    ),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy thư viện PKCS#11 của token “{library}”."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không nạp được thư viện PKCS#11 “{library}”: tệp không phải trình điều khiển token hoặc không hợp với máy (32/64 bit).",
    ),
    QT_TRANSLATE_NOOP("messages", "Không thấy token “{label}”: hãy cắm token vào máy rồi thử lại."),
    QT_TRANSLATE_NOOP("messages", "Không thấy token nào: hãy cắm token vào máy rồi thử lại."),
    QT_TRANSLATE_NOOP(
        "messages", "Có nhiều token đang cắm ({names}): hãy chọn một (--token-label)."
    ),
    QT_TRANSLATE_NOOP("messages", "Trên token không có chứng thư số “{label}”."),
    QT_TRANSLATE_NOOP("messages", "Trên token không có chứng thư số nào kèm khóa ký."),
    QT_TRANSLATE_NOOP(
        "messages", "Token có nhiều chứng thư số ({names}): hãy chọn một (--cert-label)."
    ),
    QT_TRANSLATE_NOOP("messages", "Trên token không có khóa ký của chứng thư số đã chọn."),
    # desktop/signing/placement.py
    QT_TRANSLATE_NOOP("messages", "Tệp không phải PDF hoặc đã hỏng, không đọc được nội dung."),
    QT_TRANSLATE_NOOP("messages", "Tệp PDF không có trang nào."),
    # desktop/signing/sign.py (its “Không tìm thấy tệp …” and “… không phải tệp PDF.” are in
    # texts_files.py)
    QT_TRANSLATE_NOOP("messages", "hình chữ ký"),
    QT_TRANSLATE_NOOP("messages", "hình con dấu"),
    QT_TRANSLATE_NOOP("messages", "Hình chữ ký"),
    QT_TRANSLATE_NOOP("messages", "Hình con dấu"),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy {what} “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được {what} “{path}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "{what} “{name}” quá lớn (tối đa 5 MB)."),
    QT_TRANSLATE_NOOP("messages", "{what} “{name}” phải là tệp PNG nền trong suốt."),
    QT_TRANSLATE_NOOP("messages", "{what} “{name}” quá lớn (tối đa 5000 điểm ảnh)."),
    QT_TRANSLATE_NOOP("messages", "{what} “{name}” không phải ảnh PNG đọc được."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” quá lớn để ký (tối đa 300 MB)."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” quá lớn để kiểm tra (tối đa 300 MB)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không tìm thấy chỗ ký trong tệp (dòng chức vụ, khoảng trống và họ tên người ký dưới “Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không tìm thấy chỗ ký trong phụ lục (dòng chức vụ, khoảng trống và họ tên người ký dưới “Nơi nhận:”). Phụ lục gửi riêng chỉ mang chữ ký số của cơ quan (--role co-quan).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không tìm thấy chỗ đóng dấu trong tệp (dòng chức vụ và họ tên người ký dưới “Nơi nhận:”), và trang đầu không phải một phụ lục.",
    ),
    QT_TRANSLATE_NOOP("messages", "Vai trò ký “{role}” không có: dùng “ca-nhan” hoặc “co-quan”."),
    QT_TRANSLATE_NOOP("messages", "Tệp đã ký phải là tệp khác tệp gốc: tệp gốc được giữ nguyên."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Chưa chọn {what} (ảnh PNG nền trong suốt) cho chứng thư số của {who}: hãy chọn ảnh (--image).",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp đã có chữ ký số của người có thẩm quyền."),
    QT_TRANSLATE_NOOP("messages", "Không ký được tệp: {kind}: {error}"),
    # desktop/signing/verify.py
    QT_TRANSLATE_NOOP("messages", "hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "bị sửa sau khi ký"),
    QT_TRANSLATE_NOOP("messages", "chứng thư số không thuộc gốc tin cậy"),
    QT_TRANSLATE_NOOP("messages", "chưa ký"),
    QT_TRANSLATE_NOOP("messages", "Chưa ký"),
    QT_TRANSLATE_NOOP("messages", "Đã ký: {people} — {state}"),
    QT_TRANSLATE_NOOP("messages", "Không kiểm tra được chữ ký số: {problem}"),
    QT_TRANSLATE_NOOP("messages", "chứng thư số đã hết hạn hoặc chưa có hiệu lực vào lúc ký"),
    QT_TRANSLATE_NOOP("messages", "chứng thư số đã bị thu hồi"),
    QT_TRANSLATE_NOOP(
        "messages",
        "chứng thư số không được phép dùng để ký (mục đích sử dụng khóa không có “ký số”)",
    ),
    QT_TRANSLATE_NOOP("messages", "chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy nào"),
    QT_TRANSLATE_NOOP("messages", "không đọc được chữ ký"),
    QT_TRANSLATE_NOOP("messages", "chữ ký {name}"),
    QT_TRANSLATE_NOOP("messages", "nội dung bị thay đổi"),
    QT_TRANSLATE_NOOP("messages", "dữ liệu biểu mẫu"),
    QT_TRANSLATE_NOOP("messages", "“{path}” không phải tệp chứng thư gốc (PEM hoặc DER)."),
    QT_TRANSLATE_NOOP("messages", "“{path}” quá lớn để là tệp chứng thư gốc."),
    QT_TRANSLATE_NOOP("messages", "Không tìm thấy tệp chứng thư gốc “{path}”."),
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp chứng thư gốc “{path}” ({reason})."),
    QT_TRANSLATE_NOOP("messages", "“{path}” không phải chứng thư gốc (chứng thư của tổ chức cấp)."),
    QT_TRANSLATE_NOOP("messages", "Tệp PDF hỏng, không đọc được các chữ ký số ({error})."),
    # desktop/reports/process.py
    QT_TRANSLATE_NOOP(
        "messages",
        "Tiến trình lập báo cáo dừng bất thường (mã {code}); chưa ghi tệp nào mới. Hãy thử lại; nếu vẫn lỗi, gửi tệp nhật ký cho bộ phận hỗ trợ.",
    ),
)
