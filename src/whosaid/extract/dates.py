"""The date a paragraph speaks of, resolved against the document's publication date.

The first date expression in the paragraph wins: `2017-10-05`, `October 5, 2017`, `Oct. 5`,
`5 October 2017`, a weekday (`Wednesday`: the latest such day on or before publication;
`next Friday`: the one after), `yesterday`, `today`, `tomorrow`, `last night`, `last week`.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

_MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for m in names}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY_NAMED = r"(?:\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?)?"  # `Wednesday, 30
# October`: the date the weekday names, not the latest such day
_EXPRESSIONS = tuple(re.compile(p) for p in (
    r"(?P<iso>\b(?:19|20)\d\d-[01]\d-[0-3]\d\b)",
    rf"{_DAY_NAMED}\b(?P<md_month>{_MONTH})\s+(?P<md_day>[0-3]?\d)(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<md_year>(?:19|20)\d\d)\b)?",
    rf"{_DAY_NAMED}\b(?P<dm_day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_MONTH})"
    rf"(?:,?\s+(?P<dm_year>(?:19|20)\d\d)\b)?",
    r"\b(?P<mod>next |last |this )?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    r"\b(?P<relative>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Ll]ast night|[Ll]ast week)\b",
))
# Every expression holds one of these words: the full expressions are tried only around them.
# (The lookahead names their first letters, so that the regex engine skips ahead to those.)
_ANCHOR = re.compile(r"(?=[JFMASONDTWYyTtLl12])\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|"
                     r"Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Ll]ast (?:night|week)|(?:19|20)\d\d-)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in _EXPRESSIONS))  # leftmost first, ties to the earlier
_GROUPS = ("iso", "md_month", "md_day", "md_year", "dm_day", "dm_month", "dm_year", "mod", "weekday", "relative")
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tomorrow": 1, "last night": -1, "last week": -7}


def paragraph_date(text: str, published: date | None) -> date | None:
    """The first date the paragraph pins down, or None."""
    if published is None and ("19" not in text and "20" not in text or _YEAR.search(text) is None):
        return None  # in an undated document only a date with its year is pinned down: most paragraphs have none
    searched = 0
    for anchor in _ANCHOR.finditer(text):
        start = max(searched, anchor.start() - 12)  # `5th of October`, `next Friday`
        match = _ANY.search(text, start, anchor.end() + 30)
        searched = anchor.end()
        found = _resolve(match, published) if match else None
        if found:
            return found
    return None


def _resolve(match: re.Match, published: date | None) -> date | None:
    groups = dict.fromkeys(_GROUPS) | match.groupdict()
    if groups["iso"]:
        return _safe(*map(int, groups["iso"].split("-")))
    if groups["md_month"] or groups["dm_month"]:
        prefix = "md_" if groups["md_month"] else "dm_"
        return _month_day(groups[prefix + "month"], groups[prefix + "day"], groups[prefix + "year"], published)
    if published is None:
        return None
    if groups["weekday"]:
        return _weekday(groups["weekday"].lower(), (groups["mod"] or "").strip(), published)
    return published + timedelta(days=_RELATIVE_DAYS[groups["relative"].lower()])


def _month_day(month: str, day: str, year: str | None, published: date | None) -> date | None:
    number = _MONTHS[month.lower().rstrip(".")]
    if year:
        return _safe(int(year), number, int(day))
    if published is None:
        return None
    found = _safe(published.year, number, int(day))
    if found and found > published + timedelta(days=60):  # "Dec. 30" in a January article
        found = _safe(published.year - 1, number, int(day))
    return found


def _weekday(name: str, modifier: str, published: date) -> date:
    back = (published.weekday() - _WEEKDAYS.index(name)) % 7
    if modifier == "next":
        return published + timedelta(days=(7 - back) % 7 or 7)
    if modifier == "last" and back == 0:
        back = 7
    return published - timedelta(days=back)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
