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
