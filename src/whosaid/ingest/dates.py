"""Dates as pages write them: ISO and compact ISO, `March 11, 2020`, `11 March 2020`,
`Tue Feb 20 2018`, `2016/11/18`, `20 Feb, 2020`. Returns ISO `YYYY-MM-DD` strings."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {name: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_PATTERNS = (
    ("ymd", re.compile(r"\b((?:19|20)\d\d)[-/.]([01]?\d)[-/.]([0-3]?\d)(?!\d)")),
    ("compact", re.compile(r"(?<!\d)((?:19|20)\d\d)([01]\d)([0-3]\d)(?:T|\b|$)")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)),
    ("dmy", re.compile(rf"\b([0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+((?:19|20)\d\d)\b", re.I)),
)
_UTC_TIME = re.compile(r"T([0-2]\d):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z|[+-]00:?00)$")


def find_date(text: str | None) -> str | None:
    """The first full date written in `text`, as YYYY-MM-DD, or None."""
    if not text:
        return None
    found = []
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match:
            value = _build(kind, match.groups())
            if value:
                found.append((match.start(), value))
    return min(found)[1] if found else None


def utc_early_hours(text: str | None) -> bool:
    """Whether a timestamp is in UTC before 10:00, when the publisher's local day may be the day before."""
    match = _UTC_TIME.search((text or "").strip())
    return bool(match) and int(match.group(1)) < 10


def _build(kind: str, groups) -> str | None:
    if kind in ("ymd", "compact"):
        year, month, day = groups
    elif kind == "mdy":
        month, day, year = groups
    else:
        day, month, year = groups
    if not str(month).isdigit():
        month = _MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except (TypeError, ValueError):
        return None
