"""How long the texts of a unit's profile and of its report may be, whoever
writes them: the officer in the app or on the command line, a unit's
package, a previous year's file, a texts file. Each is a line or a
section of an administrative report; past these lengths no page holds it
and no officer wrote it, so it is refused, naming the field."""

from __future__ import annotations

from .text import Count, Message, clean_line, template

# One line of the report's header or signature block (a unit's name, its
# governing body, the signer's name and title, the addressee); the longest
# real ones are under a hundred characters.
MAX_UNIT_LINE = 300
# The "Nơi nhận" list: a consolidated report names a few dozen recipients.
MAX_RECIPIENTS = 200
# A report detail ("meta:..."): a number, a date, a person's name or title.
MAX_META_TEXT = 200
# One written section (results, shortcomings, proposals): a long one is a few
# pages; this is some thirty.
MAX_SECTION_TEXT = 100_000
# A report text's key: a section's name or a task's code.
MAX_TEXT_KEY = 200
# How much of an oversized value a message quotes.
QUOTED = 60

UNIT_LABELS = {
    "name": template("Tên đơn vị"),
    "short_name": template("Tên viết gọn"),
    "abbreviation": template("Chữ viết tắt"),
    "governing_body": template("Cơ quan chủ quản"),
    "place": template("Địa danh"),
    "signer_authority": template("Quyền hạn ký"),
    "signer_title": template("Chức vụ người ký"),
    "signer_name": template("Họ tên người ký"),
    "addressee": template("Kính gửi"),
    "archive": template("Lưu"),
    "recipients": template("Một nơi nhận"),
}

UNIT_FIELD_TOO_LONG = template(
    "{field} của đơn vị “{unit}” quá dài ({length} ký tự, tối đa {limit}): đây là một dòng "
    "của báo cáo, hãy viết gọn lại."
)
TOO_MANY_RECIPIENTS = template(
    "Đơn vị “{unit}” có {count} nơi nhận báo cáo (tối đa {limit}): hãy bỏ bớt."
)
REPORT_TEXT_TOO_LONG = template(
    "Đoạn “{key}” của báo cáo năm {year} quá dài ({length} ký tự, tối đa {limit}): hãy viết "
    "gọn lại hoặc đưa phần chi tiết vào phụ lục."
)
REPORT_KEY_TOO_LONG = template("Báo cáo năm {year} có một đoạn tên quá dài (“{key}”).")


def quoted(text: str) -> str:
    """A value as a message quotes it: cut to QUOTED characters."""
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


def unit_problem(unit) -> Message | None:
    """What in a unit's profile is too long to be a line of its report, or None."""
    name = quoted(unit.name or "")
    for attr, label in UNIT_LABELS.items():
        values = getattr(unit, attr, "") or ""
        for value in (values,) if isinstance(values, str) else values:
            if len(value) > MAX_UNIT_LINE and len(clean_line(value)) > MAX_UNIT_LINE:
                return Message(
                    UNIT_FIELD_TOO_LONG,
                    field=Message(label),
                    unit=name,
                    length=Count(len(value)),
                    limit=Count(MAX_UNIT_LINE),
                )
    if len(unit.recipients or ()) > MAX_RECIPIENTS:
        return Message(
            TOO_MANY_RECIPIENTS,
            unit=name,
            count=Count(len(unit.recipients)),
            limit=Count(MAX_RECIPIENTS),
        )
    return None


def report_text_problem(year: int, key: str, text: str) -> Message | None:
    """A report text too long for its place (a detail of the header or the
    signature block, or a section), or None."""
    if len(key) > MAX_TEXT_KEY:
        return Message(REPORT_KEY_TOO_LONG, year=year, key=quoted(key))
    # "tong_hop:" leads the department's consolidated report's own texts.
    detail = key.removeprefix("tong_hop:").startswith("meta:")
    limit = MAX_META_TEXT if detail else MAX_SECTION_TEXT
    if len(text) > limit:
        return Message(
            REPORT_TEXT_TOO_LONG,
            key=key,
            year=year,
            length=Count(len(text)),
            limit=Count(limit),
        )
    return None
