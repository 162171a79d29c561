"""Dates as people type them in filters: `2017`, `2017-10`, `2017-10-11` name a period."""
from __future__ import annotations

import calendar
import re
from datetime import date

_PERIOD = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*$")


def parse_period(text: str) -> tuple[date, date]:
    """The first and last day of the year, month or day written: ValueError when it is none."""
    match = _PERIOD.match(text or "")
    if not match:
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        return date(year, month, day), date(year, month, day)
    except ValueError:
        raise ValueError(f"{text!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD") from None
