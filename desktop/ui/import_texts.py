"""What an import did, in the interface language. The import (io.importer,
io.previous) keeps its summary as counts, names and years and words it in
Vietnamese for the command line (`ImportSummary.notes`, `PreviousSummary.
describe`, `OwnerWarning.describe`); the import dialog words the same facts
here, so the English interface says them in English. The Vietnamese texts
are the same as the lower layers' (tests/ui/test_import_texts.py keeps the
two alike)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.ownership import OwnerWarning
from ..io.importer import ImportSummary
from ..io.previous import PreviousSummary
from . import numbers

CONTEXT = "ImportTexts"


def previous_line(prev: PreviousSummary) -> str:
    """ "“a.cdsdb” (dữ liệu của …); thêm kế hoạch năm 2022; 74 hoạt động mới, …" """
    parts = [
        QCoreApplication.translate("ImportTexts", "“{0}” (dữ liệu của {1})").format(
            prev.name, prev.unit_name
        )
    ]
    if prev.profile_taken:
        parts.append(QCoreApplication.translate("ImportTexts", "đã lấy thông tin đơn vị"))
    if prev.plans_added:
        parts.append(
            QCoreApplication.translate("ImportTexts", "thêm kế hoạch năm {0}").format(
                ", ".join(map(str, prev.plans_added))
            )
        )
    parts.append(
        QCoreApplication.translate("ImportTexts", "{0} hoạt động mới, {1} đã có sẵn").format(
            numbers.integer(prev.inserted), numbers.integer(prev.skipped)
        )
    )
    parts.append(
        QCoreApplication.translate("ImportTexts", "{0} đoạn báo cáo mới, {1} đã có sẵn").format(
            numbers.integer(prev.texts_added), numbers.integer(prev.texts_present)
        )
    )
    line = "; ".join(parts)
    return QCoreApplication.translate("ImportTexts", "Dữ liệu năm trước: {0}.").format(line)


def new_forms_line(counts: list[tuple[str, int]]) -> str:
    """ "2 hình thức mới: Ảnh (12 dòng), Livestream (3 dòng)." """
    listed = ", ".join(
        QCoreApplication.translate("ImportTexts", "{0} ({1} dòng)").format(
            form, numbers.integer(rows)
        )
        for form, rows in counts
    )
    return QCoreApplication.translate("ImportTexts", "{0} hình thức mới: {1}.").format(
        numbers.integer(len(counts)), listed
    )


def summary_lines(summary: ImportSummary) -> list[str]:
    """Every line the import dialog shows after "Nhập", the counts first."""
    lines = [
        QCoreApplication.translate(
            "ImportTexts", "Đã nhập {0}, đã có sẵn {1}, bị từ chối {2}."
        ).format(
            numbers.integer(summary.inserted),
            numbers.integer(summary.skipped),
            numbers.integer(summary.rejected),
        )
    ]
    lines += [previous_line(prev) for prev in summary.previous]
    for plan in summary.derived_plans:
        if plan.derived_from is None:
            made = QCoreApplication.translate("ImportTexts", "Đã tạo kế hoạch năm {0}.")
            lines.append(made.format(plan.year))
        else:
            made = QCoreApplication.translate(
                "ImportTexts",
                "Đã tạo kế hoạch năm {0} (tạo từ kế hoạch năm {1} — cần kiểm tra chỉ tiêu).",
            )
            lines.append(made.format(plan.year, plan.derived_from))
    if summary.new_forms:
        lines.append(new_forms_line(summary.new_forms))
    if summary.skipped_by_choice:
        lines.append(
            QCoreApplication.translate(
                "ImportTexts", "Bỏ qua {0} dòng theo lựa chọn giá trị."
            ).format(numbers.integer(summary.skipped_by_choice))
        )
    return lines


def owner_line(warning: OwnerWarning) -> str:
    """The warning shown before importing another unit's list."""
    return QCoreApplication.translate(
        "ImportTexts",
        "Cảnh báo: Danh sách này có vẻ của {0}: {1}/{2} dòng thuộc nhiệm vụ do {0} chủ trì.",
    ).format(warning.owner, numbers.integer(warning.rows), numbers.integer(warning.coded))
