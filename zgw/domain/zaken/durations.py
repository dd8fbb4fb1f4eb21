"""ISO 8601 periods added to dates (servicenorm, doorlooptijd)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_PERIOD = re.compile(r"^P(?!$)(?:(?P<y>\d+)Y)?(?:(?P<m>\d+)M)?(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?"
                     r"(?:T(?=\d)(?:(?P<h>\d+)H)?(?:(?P<mi>\d+)M)?(?:(?P<s>\d+)S)?)?$")


def add_duration(start: date, period: str) -> date:
    """`start` plus a period; months move the calendar (clamped to the month's end). ValueError if invalid."""
    match = _PERIOD.match(period or "")
    if not match:
        raise ValueError(f"Geen geldige ISO 8601-periode: {period!r}")
    part = {k: int(v or 0) for k, v in match.groupdict().items()}
    year, month0 = divmod(start.year * 12 + start.month - 1 + part["y"] * 12 + part["m"], 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"Periode {period} valt buiten het bereik van datums")
    day = min(start.day, calendar.monthrange(year, month0 + 1)[1])
    days = part["w"] * 7 + part["d"] + (part["h"] * 3600 + part["mi"] * 60 + part["s"]) // 86400
    try:
        return date(year, month0 + 1, day) + timedelta(days=days)
    except OverflowError:
        raise ValueError(f"Periode {period} valt buiten het bereik van datums") from None
