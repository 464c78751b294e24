"""Hoạt động: the year's list over the plan's period. Under the Nghị định 09
window the list holds 15/12 of the year before to 14/12, and its month
filter the reporting months (domain.period), as Tiến độ counts them; a
calendar year keeps its own filter (`year` and calendar months)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from ..domain.period import period_months, period_years, year_period
from ..store.workspace import ActivityFilter


def month_choices(year: int, period: tuple[date, date]) -> list[tuple[str, int]]:
    """The month filter's choices: "Tháng 1"…, under the window each with
    its days ("Tháng 1 (15/12 – 14/01)")."""
    if period == year_period(year):
        month = QCoreApplication.translate("ActivitiesPage", "Tháng {0}")
        return [(month.format(m), m) for m in range(1, 13)]
    month = QCoreApplication.translate("ActivitiesPage", "Tháng {0} ({1} – {2})")
    return [
        (month.format(m, f"{a:%d/%m}", f"{b:%d/%m}"), m)
        for m, (a, b) in enumerate(period_months(period), 1)
    ]


def over_period(flt: ActivityFilter, year: int, period: tuple[date, date]) -> ActivityFilter:
    """`flt` (by `year` and calendar `month`) over the year's period instead."""
    if period == year_period(year):
        return flt
    first, last = period_months(period)[flt.month - 1] if flt.month else period
    return replace(
        flt, year=None, month=None, years=period_years(period), date_from=first, date_to=last
    )
