"""Vietnam time (UTC+07:00): signing times are recorded and shown in it,
whatever the computer's own time zone is."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7))


def now_vn() -> datetime:
    return datetime.now(VN_TZ).replace(microsecond=0)


def iso_vn(moment: datetime) -> str:
    """ISO 8601 with the +07:00 offset, e.g. 2023-12-05T14:02:09+07:00."""
    return moment.astimezone(VN_TZ).replace(microsecond=0).isoformat()


def vn_datetime(moment: datetime) -> str:
    """05/12/2023 14:02, as officers write it."""
    return moment.astimezone(VN_TZ).strftime("%d/%m/%Y %H:%M")
