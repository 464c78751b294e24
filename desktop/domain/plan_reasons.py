"""Why a line of a plan document was not used for a target (the review's
"Lý do"), as messages (desktop.domain.text.Message): Vietnamese text for
the plan file and the command line, with the template and values the
interface translates."""

from __future__ import annotations

from .text import Message, template

PURPOSE = template("phần mục đích, yêu cầu: không chứa chỉ tiêu")
FUNDING = template("phần kinh phí: không chứa chỉ tiêu")
ORGANISATION = template("phần tổ chức thực hiện: không phải hạn báo cáo hay đơn vị tổng hợp")
OTHER = template("phần không chứa chỉ tiêu")
HEADER = template("phần mở đầu (căn cứ ban hành)")
# The name of the part before the first Roman-numbered section.
OPENING = template("Phần mở đầu")
CLOSING = template("nơi nhận, chữ ký")
NOT_READ = template("không đọc được")
LEAD_IN = template("câu dẫn, không phải nội dung")
STRAY = template("dòng thông tin không thuộc nhiệm vụ nào")
EXPLANATION = template("lời giải thích của nhiệm vụ, không phải chỉ tiêu")
UNCLEAR = template("không rõ là nhiệm vụ hay thông tin của nhiệm vụ")
NO_DUE = template("không đọc được thời gian; {task} tạm tính cả năm {year}")
NO_LEAD = template("{task}: không thấy đơn vị chủ trì")
NO_COUNT = template("không đọc được số lượng trong tần suất của {task}")

# Why a text is not a plan the reader can take (PlanReadError).
NO_TEXT = template("Văn bản không có chữ nào để đọc.")
NO_YEAR = template(
    "Không biết kế hoạch của năm nào: văn bản không ghi “năm …” trong tên kế hoạch; hãy chọn năm."
)
NO_TASKS = template(
    "Không thấy phần nhiệm vụ của kế hoạch (mục La Mã như “III. HÌNH THỨC TUYÊN TRUYỀN” "
    "hoặc “II. NHIỆM VỤ”): văn bản có thể không phải kế hoạch truyền thông."
)

# The reason for each kind of section that holds no targets.
SECTION_REASON = {
    "purpose": PURPOSE,
    "funding": FUNDING,
    "organisation": ORGANISATION,
    "other": OTHER,
    "header": HEADER,
    "closing": CLOSING,
}


def reason(text: str, **values) -> Message:
    """The message of one reason, with its values."""
    return Message(text, **values)
