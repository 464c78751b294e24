"""Interface texts that are defined below the interface: field names, the
rejected-row headers and the "other activities" group live in the domain and
io layers, which know nothing of Qt. They are marked here so the translation
file carries them, and shown through `translated()`.
tests/ui/test_translation_complete.py checks this list against the originals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.text import Count, message_of
from . import numbers

CONTEXT = "texts"
MARKED = (
    QT_TRANSLATE_NOOP("texts", "Ngày"),
    QT_TRANSLATE_NOOP("texts", "Mã chỉ tiêu"),
    QT_TRANSLATE_NOOP("texts", "Hình thức"),
    QT_TRANSLATE_NOOP("texts", "Tiêu đề"),
    QT_TRANSLATE_NOOP("texts", "Số lượng"),
    QT_TRANSLATE_NOOP("texts", "Ngôn ngữ"),
    QT_TRANSLATE_NOOP("texts", "Đường dẫn"),
    QT_TRANSLATE_NOOP("texts", "Kinh phí (đồng)"),
    QT_TRANSLATE_NOOP("texts", "Chủ đề"),
    QT_TRANSLATE_NOOP("texts", "Ghi chú"),
    QT_TRANSLATE_NOOP("texts", "Lượt xem"),
    QT_TRANSLATE_NOOP("texts", "Lượt tiếp cận"),
    QT_TRANSLATE_NOOP("texts", "Lượt chia sẻ"),
    QT_TRANSLATE_NOOP("texts", "Nguồn kinh phí"),
    QT_TRANSLATE_NOOP("texts", "Tệp"),
    QT_TRANSLATE_NOOP("texts", "Trang"),
    QT_TRANSLATE_NOOP("texts", "Dòng"),
    QT_TRANSLATE_NOOP("texts", "Cột"),
    QT_TRANSLATE_NOOP("texts", "Lý do"),
    QT_TRANSLATE_NOOP("texts", "Hoạt động khác"),
    # Progress statuses (domain.progress.STATUS_LABELS).
    QT_TRANSLATE_NOOP("texts", "Đạt"),
    QT_TRANSLATE_NOOP("texts", "Đạt (trễ hạn)"),
    QT_TRANSLATE_NOOP("texts", "Không đạt"),
    QT_TRANSLATE_NOOP("texts", "Đúng tiến độ"),
    QT_TRANSLATE_NOOP("texts", "Chậm tiến độ"),
    QT_TRANSLATE_NOOP("texts", "Không có chỉ tiêu"),
    # Submission states (domain.consolidation.submission_status).
    QT_TRANSLATE_NOOP("texts", "Chưa nộp"),
    QT_TRANSLATE_NOOP("texts", "Không phải nộp"),
    QT_TRANSLATE_NOOP("texts", "Đã nộp, đúng hạn"),
    QT_TRANSLATE_NOOP("texts", "Đã nộp, trễ hạn"),
    # Languages of an activity (domain.activity.LANGUAGES).
    QT_TRANSLATE_NOOP("texts", "Tiếng Việt"),
    QT_TRANSLATE_NOOP("texts", "Tiếng Anh"),
    QT_TRANSLATE_NOOP("texts", "Tiếng Việt và Tiếng Anh"),
    # Kinds of backup (store.backup.KIND_LABELS).
    QT_TRANSLATE_NOOP("texts", "Tự động hằng ngày"),
    QT_TRANSLATE_NOOP("texts", "Trước khi nhập dữ liệu"),
    QT_TRANSLATE_NOOP("texts", "Trước khi nâng cấp dữ liệu"),
    QT_TRANSLATE_NOOP("texts", "Sao lưu thủ công"),
)


# The domain's message templates (desktop.domain.text.MESSAGE_TEMPLATES): the
# reasons a field is refused, in the form and the import dialog.
MESSAGES_CONTEXT = "messages"
MESSAGES = (
    QT_TRANSLATE_NOOP("messages", "không phải là số"),
    QT_TRANSLATE_NOOP("messages", "“{text}” không phải là số"),
    QT_TRANSLATE_NOOP("messages", "“{text}” có phần lẻ, phải là số nguyên"),
    QT_TRANSLATE_NOOP("messages", "“{text}” có chữ; hãy ghi số đầy đủ, ví dụ 1.500.000"),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” không rõ là số lẻ hay số nghìn; hãy ghi 1.500 hoặc 1500"
    ),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” không phải là số nguyên viết đúng cách (ví dụ 1.500.000)"
    ),
    QT_TRANSLATE_NOOP("messages", "chưa có ngày"),
    QT_TRANSLATE_NOOP("messages", "“{text}” không phải ngày dạng dd/mm/yyyy"),
    QT_TRANSLATE_NOOP("messages", "“{value}” không phải số chủ đề"),
    QT_TRANSLATE_NOOP("messages", "“{value}” không phải số chủ đề (từ {low} đến {high})"),
    QT_TRANSLATE_NOOP("messages", "ngày {day} không thuộc năm {year}"),
    QT_TRANSLATE_NOOP("messages", "“{code}” không có trong kế hoạch năm {year}"),
    QT_TRANSLATE_NOOP("messages", "chưa chọn hình thức"),
    QT_TRANSLATE_NOOP("messages", "“{form}” không phải hình thức có trong danh mục ({forms})"),
    QT_TRANSLATE_NOOP("messages", "chưa có tiêu đề"),
    QT_TRANSLATE_NOOP("messages", "dài {length} ký tự, tối đa {limit}"),
    QT_TRANSLATE_NOOP("messages", "phải là số nguyên từ 1 trở lên"),
    QT_TRANSLATE_NOOP("messages", "quá lớn (tối đa 1.000.000)"),
    QT_TRANSLATE_NOOP(
        "messages", "“{text}” phải là Tiếng Việt, Tiếng Anh hoặc Tiếng Việt và Tiếng Anh"
    ),
    QT_TRANSLATE_NOOP("messages", "đường dẫn quá dài"),
    QT_TRANSLATE_NOOP("messages", "không được âm"),
    QT_TRANSLATE_NOOP("messages", "quá lớn"),
    QT_TRANSLATE_NOOP("messages", "ghi chú quá dài (tối đa 100.000 ký tự)"),
    QT_TRANSLATE_NOOP(
        "messages", "Đã có hoạt động cùng ngày, cùng chỉ tiêu, cùng tiêu đề và đường dẫn."
    ),
    # Why a line of a plan document gave no target (desktop.domain.plan_reasons).
    QT_TRANSLATE_NOOP("messages", "phần mục đích, yêu cầu: không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "phần kinh phí: không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP(
        "messages", "phần tổ chức thực hiện: không phải hạn báo cáo hay đơn vị tổng hợp"
    ),
    QT_TRANSLATE_NOOP("messages", "phần không chứa chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "phần mở đầu (căn cứ ban hành)"),
    QT_TRANSLATE_NOOP("messages", "nơi nhận, chữ ký"),
    QT_TRANSLATE_NOOP("messages", "không đọc được"),
    QT_TRANSLATE_NOOP("messages", "câu dẫn, không phải nội dung"),
    QT_TRANSLATE_NOOP("messages", "dòng thông tin không thuộc nhiệm vụ nào"),
    QT_TRANSLATE_NOOP("messages", "lời giải thích của nhiệm vụ, không phải chỉ tiêu"),
    QT_TRANSLATE_NOOP("messages", "không rõ là nhiệm vụ hay thông tin của nhiệm vụ"),
    QT_TRANSLATE_NOOP("messages", "không đọc được thời gian; {task} tạm tính cả năm {year}"),
    QT_TRANSLATE_NOOP("messages", "{task}: không thấy đơn vị chủ trì"),
    QT_TRANSLATE_NOOP("messages", "không đọc được số lượng trong tần suất của {task}"),
    # Plans, workspace and reports (desktop/io/plan_*, desktop/store, desktop/reports).
    QT_TRANSLATE_NOOP("messages", "Không đọc được tệp “{path}”: {reason}."),
    QT_TRANSLATE_NOOP("messages", "Tệp kế hoạch “{name}” bị từ chối: quá lớn ({size} MB)."),
    QT_TRANSLATE_NOOP("messages", "Tệp kế hoạch “{name}” bị từ chối: {reason}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp kế hoạch “{name}” bị từ chối: tệp bị hỏng hoặc không trọn vẹn. Hãy đề nghị nơi "
        "gửi gửi lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "đây không phải tệp kế hoạch của ứng dụng (hoặc tệp bị cắt)"),
    QT_TRANSLATE_NOOP("messages", "tệp có quá nhiều phần bên trong"),
    QT_TRANSLATE_NOOP("messages", "không có manifest.json: đây không phải tệp kế hoạch"),
    QT_TRANSLATE_NOOP("messages", "manifest.json không phải của tệp kế hoạch"),
    QT_TRANSLATE_NOOP(
        "messages",
        "tệp được tạo bằng phiên bản ứng dụng mới hơn ({version}); hãy cập nhật ứng dụng",
    ),
    QT_TRANSLATE_NOOP("messages", "thiếu phần “{name}”"),
    QT_TRANSLATE_NOOP("messages", "thời điểm tạo tệp trong manifest.json không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "năm trong manifest.json khác năm của kế hoạch"),
    QT_TRANSLATE_NOOP("messages", "phần “{name}” không đúng cấu trúc"),
    QT_TRANSLATE_NOOP("messages", "trường “{key}” không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "thiếu trường “{key}”"),
    QT_TRANSLATE_NOOP("messages", "ngày “{key}” không hợp lệ: {value}"),
    QT_TRANSLATE_NOOP("messages", "năm của kế hoạch không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "danh sách chỉ tiêu không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "số chỉ tiêu của {code} không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "đơn vị chủ trì của {code} không có trong tệp"),
    QT_TRANSLATE_NOOP("messages", "thời hạn của {code} không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "danh sách nội dung tuyên truyền không hợp lệ"),
    QT_TRANSLATE_NOOP("messages", "kỳ số liệu “{window}” không hợp lệ (chỉ nhận {windows})"),
    QT_TRANSLATE_NOOP("messages", "Không mở được tệp “{name}”: {reason}."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” quá lớn ({size} MB, tối đa {limit} MB) cho một văn bản kế hoạch; không đọc.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” trống."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” không phải tệp {kind} hợp lệ (có thể bị hỏng hoặc đổi đuôi tệp).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” là định dạng Word cũ (.doc): hãy mở bằng Word hoặc LibreOffice và lưu "
        "thành .docx hoặc PDF rồi nhập lại.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” có quá nhiều chữ ({chars} ký tự) cho một văn bản kế hoạch; không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” không phải văn bản chữ (DOCX, PDF hoặc TXT mã UTF-8).",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” bị hỏng, không mở được ({reason})."),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” không phải văn bản Word (.docx)."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp “{name}” bất thường: khi giải nén chiếm {size} MB trong {parts} phần, vượt giới "
        "hạn an toàn; không đọc.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp “{name}” bị hỏng, không đọc được ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” được đặt mật khẩu; hãy lưu bản không mật khẩu rồi nhập lại.",
    ),
    QT_TRANSLATE_NOOP("messages", "Tệp PDF “{name}” bị hỏng, không đọc được ({reason})."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” có {pages} trang, quá nhiều cho một văn bản kế hoạch (tối đa "
        "{limit}); không đọc.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Đọc tệp PDF “{name}” quá lâu (hơn {seconds} giây, dừng ở trang {page}); tệp có thể "
        "bị hỏng. Hãy dùng bản DOCX của văn bản.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}”: trang {page} bị hỏng, không đọc được ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Tệp PDF “{name}” không có lớp chữ (có thể là bản scan hoặc ảnh chụp), nên không đọc "
        "được nội dung kế hoạch. Hãy dùng bản DOCX hoặc PDF xuất từ Word, hoặc nhận dạng chữ "
        "(OCR) tệp này trước khi nhập.",
    ),
    QT_TRANSLATE_NOOP("messages", "Văn bản không có chữ nào để đọc."),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không biết kế hoạch của năm nào: văn bản không ghi “năm …” trong tên kế hoạch; hãy "
        "chọn năm.",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "Không thấy phần nhiệm vụ của kế hoạch (mục La Mã như “III. HÌNH THỨC TUYÊN TRUYỀN” "
        "hoặc “II. NHIỆM VỤ”): văn bản có thể không phải kế hoạch truyền thông.",
    ),
    # end of plans, workspace and reports
)


def translated(text: str) -> str:
    """One of the texts above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def translated_message(text: str) -> str:
    """A domain message (desktop.domain.text.Message) in the interface
    language, from its template and values; any other text as it is. A value
    that is itself a Message (a package refused for a reason, a field named
    in a refusal) is translated the same way first; a Message made of one of
    the terms above (a field's name) is that term translated."""
    template = getattr(text, "template", None)
    if template is None:
        return text
    values = {
        k: numbers.integer(v) if isinstance(v, Count) else translated_message(v)
        for k, v in getattr(text, "values", {}).items()
    }
    shown = QCoreApplication.translate(MESSAGES_CONTEXT, template)
    if not values:
        return translated(template) if shown == template else shown
    return shown.format(**values)


def translated_error(exc: BaseException) -> str:
    """What an exception says, in the interface language: the Message it was
    raised with translated (never str(exc), which keeps only the Vietnamese)."""
    return translated_message(message_of(exc))
