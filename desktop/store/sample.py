"""A sample workspace for the screenshots and for trying the app: the
radio-TV station of the built-in 2023 plan with its weekly programmes
recorded up to a day, every sixth (television) and fourth (radio) week missed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ..domain.activity import Activity
from .workspace import Workspace

SAMPLE_UNIT = "Đài Phát thanh và Truyền hình tỉnh"
SAMPLE_DAY = date(2023, 11, 20)


def sample_workspace(path: Path, until: date = SAMPLE_DAY) -> Workspace:
    ws = Workspace.open(path)
    unit = ws.units.set_self_unit(ws.units.by_name(SAMPLE_UNIT))
    rows = []
    day = date(until.year, 1, 5)
    n = 0
    while day <= until:
        n += 1
        if n % 6:
            rows.append(
                Activity(
                    date=day,
                    title=f"Chuyên mục Chuyển đổi số số {n}: dịch vụ công trực tuyến",
                    form="Chuyên mục",
                    target_code="III.2.a/TH",
                    cost=2_500_000,
                    themes=(1, 3),
                )
            )
        if n % 4:
            rows.append(
                Activity(
                    date=day + timedelta(days=1),
                    title=f"Chuyên mục phát thanh Chuyển đổi số số {n}",
                    form="Chuyên mục",
                    target_code="III.2.a/PT",
                    cost=1_200_000,
                    themes=(2,),
                )
            )
        day += timedelta(days=7)
    ws.activities.insert_many(rows, unit.id)
    ws.set_meta("current_year", str(until.year))
    return ws
