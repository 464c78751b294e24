"""What writing and reading a submission package says: its steps, and why a
package or the signed report to go with it is refused (declared messages,
translated by the interface)."""

from __future__ import annotations

from ..domain.text import template

# What writing a package is doing (the progress shown while it is made).
PREPARING = template("Đang chuẩn bị dữ liệu")
MAKING_REPORT = template("Đang tạo báo cáo DOCX và PDF")
WRITING_PACKAGE = template("Đang ghi gói báo cáo")
# Why a package is refused, and why a signed report cannot go with one.
PACKAGE_REFUSED = template("Gói “{name}” bị từ chối: {reason}.")
PACKAGE_DAMAGED = template(
    "Gói “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn (có thể bị cắt khi gửi/chép). "
    "Hãy đề nghị đơn vị gửi lại."
)
PACKAGE_UNREADABLE = template("Không đọc được tệp “{path}”: {reason}.")
NO_SUCH_FILE = template("không tìm thấy tệp")
NOT_A_FILE = template("đây không phải một tệp (là thư mục hoặc thiết bị)")
DUPLICATE_PART = template(
    "gói có hai phần trùng tên: các chương trình giải nén đọc khác nhau nên không dùng được"
)
NOT_A_PACKAGE = template(
    "đây không phải gói báo cáo của ứng dụng (hoặc tệp đã bị cắt, không trọn vẹn)"
)
TOO_MANY_PARTS = template("gói có quá nhiều tệp bên trong")
NO_MANIFEST = template("không có tệp manifest.json: đây không phải gói báo cáo của ứng dụng")
NOT_OUR_MANIFEST = template("manifest.json không phải của gói báo cáo")
NEWER_APP = template(
    "gói được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng"
)
MISSING_PART = template("thiếu phần “{part}”")
COUNT_DIFFERS = template("phần “{part}” có {found} hoạt động, manifest.json ghi {declared}")
BAD_STRUCTURE = template("phần “{part}” không đúng cấu trúc")
PLAN_OF_OTHER_YEAR = template(
    "phần “{part}” là kế hoạch năm {plan_year}, còn manifest.json ghi gói năm {year}"
)
BAD_YEAR = template("năm trong manifest.json không hợp lệ")
BAD_SCHEMA = template("manifest.json: “schema_version” không hợp lệ ({value})")
BAD_APP_VERSION = template("manifest.json: “app_version” không phải chuỗi")
BAD_CREATED_AT = template("thời điểm tạo gói trong manifest.json không hợp lệ")
BAD_COUNT = template("manifest.json: số hoạt động “{value}” không hợp lệ (tối đa {limit})")
NO_PARTS_LISTED = template("manifest.json không liệt kê các phần của gói")
BAD_ENTRY = template("manifest.json có mục không hợp lệ")
UNSAFE_NAME = template("tên phần “{part}” không an toàn (đường dẫn ra ngoài gói)")
LISTED_PART_MISSING = template("thiếu phần “{part}” ghi trong manifest.json")
NO_SIZE_OR_CHECKSUM = template("manifest.json thiếu kích thước hoặc mã kiểm tra của “{part}”")
TOTAL_TOO_BIG = template("tổng dung lượng các phần vượt giới hạn")
CHECKSUM_DIFFERS = template(
    "phần “{part}” không khớp mã kiểm tra SHA-256 (nội dung đã bị thay đổi hoặc hỏng)"
)
PART_TOO_BIG = template("phần “{part}” quá lớn ({size} byte)")
PART_RATIO = template("phần “{part}” có tỷ lệ nén bất thường (nghi tệp nén độc hại)")
PART_LONGER = template("phần “{part}” lớn hơn kích thước ghi trong gói")
NO_UNIT_NAME = template("phần “{part}” không có tên đơn vị")
TOO_MANY_TEXTS = template(
    "phần “{part}” có {count} đoạn nội dung: nhiều hơn mọi báo cáo, không phải dữ liệu ứng "
    "dụng ghi ra"
)
UNIT_DIFFERS = template(
    "manifest.json ghi gói của “{named}” nhưng phần “don-vi.json” là của “{unit}”"
)
HIDDEN_CHARACTERS = template(
    "tên đơn vị trong phần “{part}” có ký tự đảo chiều chữ: tên hiện ra có thể khác tên thật"
)
REPORT_TOO_BIG = template("Tệp “{name}” quá lớn để gửi kèm gói báo cáo.")
SIGNED_REPORT_NOT_FOUND = template("Không tìm thấy tệp báo cáo đã ký “{path}”.")
NOT_A_PDF = template("Tệp “{name}” không phải tệp PDF.")
REPORT_MISMATCH = template("Không gửi được tệp “{name}”: {problem}.")
REPORT_UNCHECKED = template("Không gửi được tệp “{name}”: {problem}")
SIGNATURE_BROKEN = template(
    "Không gửi được tệp “{name}”: {verdict}. Hãy ký lại từ bản báo cáo gốc."
)
