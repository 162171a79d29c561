"""Dates as pages write them: ISO and compact ISO, `March 11, 2020`, `11 March 2020`,
`Tue Feb 20 2018`, `2016/11/18`, `20 Feb, 2020`, `10.11.2017`, `01/23/2021`, the months of six other
European languages (`3. Januar 2019`, `26 juin 2019`), and Chinese, Japanese and Korean dates
(`2023年11月17日`). Returns ISO `YYYY-MM-DD` strings."""
from __future__ import annotations

import re
from datetime import date

_MONTHS = {name: i for i, names in enumerate((
    ("jan", "january", "janvier", "januar", "jänner", "enero", "gennaio", "janeiro", "januari"),
    ("feb", "february", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro", "februari"),
    ("mar", "march", "mars", "märz", "maerz", "marzo", "março", "marco", "maart"),
    ("apr", "april", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio", "mei"),
    ("jun", "june", "juin", "juni", "junio", "giugno", "junho"),
    ("jul", "july", "juillet", "juli", "julio", "luglio", "julho"),
    ("aug", "august", "août", "aout", "agosto", "augustus"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro"),
    ("oct", "october", "octobre", "oktober", "octubre", "ottobre", "outubro"),
    ("nov", "november", "novembre", "noviembre", "novembro"),
    ("dec", "december", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro")), start=1)
    for name in names}  # English, French, German, Spanish, Italian, Portuguese and Dutch
_WORD = r"([^\W\d_]{3,10})\.?"  # a month's name, by `_MONTHS` (one word, not an alternation of 75: quicker)
_YEAR = r"((?:19|20)\d\d)"
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_PATTERNS = (  # (kind, pattern, whether it needs a year of four digits)
    ("ymd", re.compile(rf"\b{_YEAR}[-/.]([01]?\d)[-/.]([0-3]?\d)(?!\d)"), True),
    ("cjk", re.compile(rf"{_YEAR}\s*[年년]\s*([01]?\d)\s*[月월]\s*([0-3]?\d)\s*[日일]"), True),  # `2004년 05월 28일`,
    # `2023年11月17日`
    ("compact", re.compile(rf"(?<!\d){_YEAR}([01]\d)([0-3]\d)(?:[0-2]\d[0-5]\d(?:[0-5]\d)?)?(?:T|\b|$)"), True),
    # `20210820030646`: with its time of day
    ("mdy", re.compile(rf"\b{_WORD}\s+([0-3]?\d)(?i:st|nd|rd|th)?,?\s+{_YEAR}\b"), True),
    ("dmy", re.compile(rf"\b([0-3]?\d)(?i:st|nd|rd|th|er|º)?\.?\s+(?:[Oo]f\s+|[Dd]e\s+)?{_WORD},?\s+(?:[Dd]e\s+)?"
                       rf"{_YEAR}\b"), True),  # `3. Januar 2019`, `1er mai 2020`, `5 de mayo de 2020`
    ("dotted", re.compile(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)?\d\d)(?!\d|\.\d)"), False),  # `10.11.2017`,
    # `1.4.18`: the day first, as every country that writes dots does
    ("slashed", re.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/((?:19|20)?\d\d)(?![\d/])"), False),  # `01/23/2021`,
    # `5/5/20`: the month first, as American papers write it, unless the page is in another language or cannot mean
    # a month (`23/01/2021`)
)
_NAMED = {"mdy": 0, "dmy": 1}  # the group that holds a month's name
_UTC_TIME = re.compile(r"T([0-2]\d):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(Z|[+-]00:?00)$")


def find_date(text: str | None, day_first: bool = False) -> str | None:
    """The first full date written in `text`, as YYYY-MM-DD, or None; `day_first` reads `05/06/2020` as
    5 June, as British and European pages write it."""
    if not text or not any(c.isdigit() for c in text):
        return None
    year = _ANY_YEAR.search(text) is not None
    found = []
    for kind, pattern, needs_year in _PATTERNS:
        match = _first_match(kind, pattern, text) if year or not needs_year else None
        value = _build(kind, match.groups(), day_first) if match else None
        if value:
            found.append((match.start(), value))
    return min(found)[1] if found else None


def _first_match(kind: str, pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of `pattern`; for a pattern with a month's name, the first whose word is a month's."""
    if kind not in _NAMED:
        return pattern.search(text)
    return next((m for m in pattern.finditer(text) if m.group(_NAMED[kind] + 1).lower() in _MONTHS), None)


def utc_early_hours(text: str | None) -> bool:
    """Whether a timestamp is in UTC before 10:00, when the publisher's local day may be the day before."""
    match = _UTC_TIME.search((text or "").strip())
    return bool(match) and int(match.group(1)) < 10


def _build(kind: str, groups, day_first: bool = False) -> str | None:
    if kind in ("ymd", "cjk", "compact"):
        year, month, day = groups
    elif kind == "mdy":
        month, day, year = groups
    elif kind == "slashed" and int(groups[0]) <= 12 and not (day_first and int(groups[1]) <= 12):
        month, day, year = groups
    else:
        day, month, year = groups
    if len(year) == 2:
        year = "20" + year  # `5/5/20`: a web page's two-digit year is this century's
    if not str(month).isdigit():
        month = _MONTHS.get(month.lower().rstrip("."))
    try:
        return date(int(year), int(month), int(day)).isoformat()
    except (TypeError, ValueError):
        return None
