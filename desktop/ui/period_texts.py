"""The period a year's figures are counted over, as the interface names it
("Kỳ báo cáo 15/12/2022 – 14/12/2023", "Năm 2023 (01/01/2023 – 31/12/2023)").
The period itself comes from the plan (domain.period)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ..domain.period import ND09


def period_caption(year: int, window: str, period: tuple[date, date]) -> str:
    start, end = (f"{d:%d/%m/%Y}" for d in period)
    if window == ND09:
        return QCoreApplication.translate("Period", "Kỳ báo cáo {0} – {1}").format(start, end)
    return QCoreApplication.translate("Period", "Năm {0} ({1} – {2})").format(year, start, end)


def period_span(window: str, period: tuple[date, date]) -> str:
    """The period's days for a heading that already names the year:
    "01/01/2023 – 31/12/2023", "kỳ báo cáo 15/12/2022 – 14/12/2023"."""
    start, end = (f"{d:%d/%m/%Y}" for d in period)
    if window == ND09:
        return QCoreApplication.translate("Period", "kỳ báo cáo {0} – {1}").format(start, end)
    return f"{start} – {end}"


def window_name(window: str) -> str:
    """The choice of the Kế hoạch page's period control."""
    if window == ND09:
        return QCoreApplication.translate(
            "Period", "Kỳ báo cáo năm theo Nghị định 09/2019 (từ 15/12 năm trước)"
        )
    return QCoreApplication.translate("Period", "Năm dương lịch")
