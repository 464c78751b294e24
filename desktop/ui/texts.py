"""Interface texts that are defined below the interface: field names, the
rejected-row headers and the "other activities" group live in the domain and
io layers, which know nothing of Qt. They are marked here so the translation
file carries them, and shown through `translated()`.
tests/ui/test_translation_complete.py checks this list against the originals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
)


def translated(text: str) -> str:
    """One of the texts above in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)
