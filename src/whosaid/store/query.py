"""The user's query string and the filter options, as Whoosh query objects.

Whoosh's parser never complains, so the string is checked first (balanced quotes and
parentheses, known fields, no dangling operators, not only wildcards); `date:` and
`published:` clauses are taken out and built as date ranges; the rest is parsed over the
text, quote, title and speaker fields with the plugins listed in PLUGINS.
"""
from __future__ import annotations

import fnmatch
import re
from datetime import date, timedelta

from ..errors import BadQuery
from ..models import Filters
from ..parties import in_full
from ..periods import parse_period
from . import schema as f

FIELD_NAMES = {"speaker": f.SPEAKER, "quote": f.QUOTE, "title": f.TITLE, "text": f.TEXT, "author": f.AUTHOR,
               "date": f.DATE, "published": f.PUBLISHED}
DATE_FIELDS = {"date": f.DATE, "published": f.PUBLISHED}
MAX_QUERY_CHARS = 1000
MAX_EXPANSIONS = 200  # terms a wildcard or fuzzy word may stand for
MAX_FUZZ = 2  # letters a fuzzy word may differ by; its first letter must match
OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

_DATE_CLAUSE = re.compile(r"(?<![\w:])(date|published):(\[[^\]]*\]|\S+)", re.I)
FIELD_PREFIX = re.compile(r"(?<![\w\"'])([A-Za-z_]\w*):")
_PHRASE = re.compile(r'"[^"]*"')
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_RANGE = re.compile(r"^\[\s*(\S*)\s+(?:to|TO|\.\.)\s+(\S*)\s*\]$|^(\S+)\.\.(\S*)$|^\.\.(\S+)$")


def blank(text: str | None) -> bool:
    """No query at all: nothing but spaces and control characters."""
    return not _cleaned(text)


def _cleaned(text: str | None) -> str:
    return _CONTROL.sub(" ", text or "").strip()


def build(text: str, schema, quotes_only: bool = False):
    """The parsed user query: BadQuery when it is malformed or has nothing to search for."""
    text = _cleaned(text)
    if not text:
        raise BadQuery("The query is empty. Give words to search for (`whosaid search retaliation`) or a filter "
                       "(`whosaid search --speaker weinstein`).")
    if len(text) > MAX_QUERY_CHARS:
        raise BadQuery(f"The query is {len(text)} characters long; the limit is {MAX_QUERY_CHARS}.")
    _check_balanced(text)
    rest, dates = _take_date_clauses(text)
    _check_fields(rest)
    _check_boosts(rest)
    _check_operators(rest)
    parts = dates + ([_parse_words(rest, schema, quotes_only)] if rest.strip() else [])
    from whoosh import query as q

    return parts[0] if len(parts) == 1 else q.And(parts)


def _bounded(leaf):
    """Fuzzy words keep their first letter and differ by at most MAX_FUZZ letters; a word with a
    leading wildcard searches the text and quotations only (each field costs a scan of its words)."""
    from whoosh import query as q

    if isinstance(leaf, q.FuzzyTerm):
        leaf.prefixlength = max(leaf.prefixlength, 1)
        leaf.maxdist = min(leaf.maxdist, MAX_FUZZ if len(leaf.text) > 3 else 1)
    elif isinstance(leaf, q.Wildcard) and leaf.text[:1] in "*?" and leaf.fieldname not in (f.TEXT, f.QUOTE):
        return q.NullQuery
    return leaf


def expand(parsed, reader):
    """The query with each wildcard and fuzzy word replaced by the words it stands for in this
    index, once (Whoosh would scan the word list again for every count and highlight);
    BadQuery when one stands for too many."""
    from whoosh import query as q

    def replace(leaf):
        if not isinstance(leaf, (q.Wildcard, q.Prefix, q.FuzzyTerm, q.Regex)):
            return leaf
        words = [t.decode("utf-8") if isinstance(t, bytes) else t
                 for _, t in zip(range(MAX_EXPANSIONS + 1), leaf._btexts(reader))]
        if len(words) > MAX_EXPANSIONS:
            raise BadQuery(f"{_written(leaf)} matches more than {MAX_EXPANSIONS} different words; give it more letters.")
        return q.Or([q.Term(leaf.fieldname, w, boost=leaf.boost) for w in words]) if words else q.NullQuery
    return parsed.accept(replace)


def _written(leaf) -> str:
    from whoosh import query as q

    if isinstance(leaf, q.Prefix):
        return leaf.text + "*"
    if isinstance(leaf, q.FuzzyTerm):
        return f"{leaf.text}~{leaf.maxdist}"
    return leaf.text


def filters_query(filters: Filters, reader):
    """The filter options as one query (by speaker, author, date, quotes and source), or None."""
    from whoosh import query as q

    parts = []
    if filters.speakers:
        parts.append(q.Or([name_query(f.SPEAKER, name, reader.schema) for name in filters.speakers]))
    if filters.authors:
        parts.append(q.Or([name_query(f.AUTHOR, name, reader.schema) for name in filters.authors]))
    if filters.since or filters.until:
        parts.append(date_range(f.DATE, filters.since, filters.until))
    if filters.quotes_only:
        parts.append(q.Term(f.QUOTED, True))
    if filters.sources:
        parts.append(_source_query(filters.sources, reader))
    return q.And(parts) if len(parts) > 1 else parts[0] if parts else None


def name_query(field: str, name: str, schema):
    """Passages whose `field` (speaker or author) holds `name`'s words, side by side."""
    from whoosh import query as q

    words = [t.text for t in schema[field].analyzer(in_full(name) if field == f.SPEAKER else name)]  # `tories`:
    if not words:  # the Conservatives, as the extractor names them
        raise BadQuery(f"--{field} {name!r} has no letters to match.")
    return q.Term(field, words[0]) if len(words) == 1 else q.Phrase(field, words)


def date_range(field: str, start: date | None, end: date | None):
    """Passages whose date `field` lies between the two days (inclusive), either end open:
    whole years as year terms, whole months as month terms, the rest as days."""
    from whoosh import query as q

    levels = dict(zip("YMD", f.DATE_LEVELS[field]))
    spans = date_spans(start or date(1, 1, 1), end or date(9999, 12, 31))
    ranges = [q.TermRange(levels[level], low, high) for level, low, high in spans]
    return ranges[0] if len(ranges) == 1 else q.Or(ranges)


def date_spans(start: date, end: date) -> list[tuple[str, str, str]]:
    """[(level, first, last)] covering start..end: Y years, M months (YYYYMM), D days (YYYYMMDD)."""
    spans: list[tuple[str, str, str]] = []
    day: date | None = start
    while day is not None and day <= end:
        if (day.month, day.day) == (1, 1) and date(day.year, 12, 31) <= end:
            last = date(end.year if (end.month, end.day) == (12, 31) else end.year - 1, 12, 31)
            spans.append(("Y", _ymd(day)[:4], _ymd(last)[:4]))
        elif day.day == 1 and _month_end(day) <= end:
            last = _month_end(day)
            while last.month < 12 and _month_end(last + timedelta(days=1)) <= end:
                last = _month_end(last + timedelta(days=1))
            spans.append(("M", _ymd(day)[:6], _ymd(last)[:6]))
        else:
            last = min(_month_end(day), end)
            spans.append(("D", _ymd(day), _ymd(last)))
        day = last + timedelta(days=1) if last < date.max else None
    return spans


def _ymd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def _month_end(day: date) -> date:
    if day.month == 12:
        return date(day.year, 12, 31)
    return date(day.year, day.month + 1, 1) - timedelta(days=1)


def _source_query(patterns: tuple[str, ...], reader):
    """Documents whose path or URL matches a glob; a relative pattern may match anywhere."""
    from whoosh import query as q

    if not all(p.strip() for p in patterns):
        raise BadQuery("--source '' is empty; give a glob, such as 'bbc/politics/*' or '*nytimes.com*'.")
    globs = [p if p.startswith(("/", "*")) or "://" in p else "*" + p for p in patterns]
    found = [q.Term(field, value) for field in (f.PATH, f.URL) for value in _lexicon(reader, field)
             if any(fnmatch.fnmatchcase(value, g) for g in globs)]
    return q.Or(found) if found else q.NullQuery


def _lexicon(reader, field):
    return (term.decode("utf-8") for term in reader.lexicon(field)) if field in reader.schema else ()


def _check_balanced(text: str) -> None:
    if text.count('"') % 2:
        raise BadQuery('The query has an unclosed quotation mark ("). Close the phrase or remove the mark.')
    depth = 0
    for char in _PHRASE.sub("", text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            raise BadQuery("The query closes a parenthesis it never opened.")
    if depth:
        raise BadQuery("The query has an unclosed parenthesis.")


def _take_date_clauses(text: str):
    """`date:2017-10`, `published:[2017-01 TO 2017-06]`, `date:2017..` -> date ranges."""
    dates = []

    def take(match):
        field = DATE_FIELDS[match.group(1).lower()]
        dates.append(date_range(field, *_period_bounds(match.group(2), match.group(0))))
        return " "
    return _DATE_CLAUSE.sub(take, text), dates


def _period_bounds(value: str, clause: str) -> tuple[date | None, date | None]:
    ranged = _RANGE.match(value)
    try:
        if not ranged:
            return parse_period(value)
        low, high = (ranged.group(1), ranged.group(2)) if ranged.group(0).startswith("[") else (
            (ranged.group(3), ranged.group(4)) if ranged.group(3) else ("", ranged.group(5)))
        first, last = (parse_period(low)[0] if low and low != "*" else None,
                       parse_period(high)[1] if high and high != "*" else None)
    except ValueError:
        raise BadQuery(f"{clause!r}: dates are written YYYY, YYYY-MM or YYYY-MM-DD, ranges "
                       "[2017-01 TO 2017-06] or 2017-01..2017-06.") from None
    if first and last and first > last:
        raise BadQuery(f"{clause!r}: the range starts after it ends ({first} is after {last}).")
    return first, last


def _check_fields(text: str) -> None:
    bare = _PHRASE.sub("PHRASE", text)
    for match in FIELD_PREFIX.finditer(bare):
        name = match.group(1)
        if name.lower() not in FIELD_NAMES:
            known = ", ".join(f"{n}:" for n in FIELD_NAMES)
            raise BadQuery(f"Unknown field {name}: in the query. Fields are {known}")
        after = bare[match.end():match.end() + 1]
        if not after or after.isspace() or after == ")":
            raise BadQuery(f"{name}: needs a word or a \"phrase\" after it.")


def _check_boosts(text: str) -> None:
    """`word^2` weighs the word twice; a caret with no number after it (`blair^x`, `blair^-1`) would be
    read as part of a word by some fields and not by others."""
    for match in _CARET.finditer(_PHRASE.sub("PHRASE", text)):
        if not _BOOST.match(match.group()):
            raise BadQuery(f"{match.group()!r}: a ^ weighs the word before it and takes a number, as in blair^2.")


_CARET = re.compile(r"[^\s()]*\^[^\s()]*")
_BOOST = re.compile(r"[^\s()^]+\^(?:\d+(?:\.\d+)?|\.\d+)$")


def _check_operators(text: str) -> None:
    words = _PHRASE.sub(" PHRASE ", text).replace("(", " ").replace(")", " ").split()
    if not words:
        return
    if all(w in OPERATORS for w in words):
        raise BadQuery(f"The query {text.strip()!r} has operators but no words to search for.")
    if words[-1] in OPERATORS or words[0] in OPERATORS - {"NOT"}:
        raise BadQuery(f"The query {text.strip()!r} has an {words[-1] if words[-1] in OPERATORS else words[0]} "
                       "with nothing on one side.")
    if all(w.startswith("-") or w in OPERATORS for w in words):
        raise BadQuery(f"The query {text.strip()!r} only excludes words; add a word to search for.")
    if all(set(w.lstrip("+-")) <= {"*", "?", "~"} or w in OPERATORS for w in words):
        raise BadQuery("A query of wildcards alone matches everything; give at least one letter, e.g. retal*.")


def _parse_words(text: str, schema, quotes_only: bool):
    from whoosh import qparser
    from whoosh.query import Every, NullQuery

    fields = [f.QUOTE] if quotes_only else list(f.SEARCH_FIELDS)
    parser = qparser.MultifieldParser(fields, schema)
    parser.remove_plugin_class(qparser.WildcardPlugin)
    parser.add_plugin(_wildcards())
    parser.add_plugin(qparser.FuzzyTermPlugin())  # word~ and word~2
    parser.add_plugin(qparser.PlusMinusPlugin())  # +word must, -word must not
    try:
        parsed = parser.parse(text).accept(_bounded)
    except Exception:  # Whoosh's parser has corners that raise (`a(-)`): never let one through
        raise BadQuery(f"The query {text.strip()!r} cannot be read: check its operators, - and + signs, "
                       "and parentheses.") from None
    if parsed is None or parsed is NullQuery or all(leaf is NullQuery for leaf in parsed.leaves()):
        raise BadQuery(f"The query {text.strip()!r} has nothing to search for (only stop words or symbols).")
    if any(isinstance(leaf, Every) for leaf in parsed.leaves()):
        raise BadQuery("A query of wildcards alone matches everything; give at least one letter, e.g. retal*.")
    if not _anchored(parsed):
        raise BadQuery(f"The query {text.strip()!r} only excludes words; add a word to search for.")
    return parsed


def _wildcards():
    """Whoosh's wildcard syntax, whose words are not stop words: its parser ran `b*` and `a*` through the
    stop filter, which drops a word under two letters and `a`, so that they searched the speakers alone
    and matched nothing."""
    from whoosh import qparser

    class Wildcards(qparser.WildcardPlugin):
        class WildcardNode(qparser.WildcardPlugin.WildcardNode):
            removestops = False

        nodetype = WildcardNode

    return Wildcards()


def _anchored(query) -> bool:
    """Whether every match must contain some word: `NOT x` and `a OR NOT b` match nearly all."""
    from whoosh import query as q

    if isinstance(query, q.Not):
        return False
    if isinstance(query, (q.AndNot, q.AndMaybe, q.Require)):
        return _anchored(query.a)
    if isinstance(query, q.And):
        return any(_anchored(sub) for sub in query.subqueries)
    if isinstance(query, q.Or):
        return all(_anchored(sub) for sub in query.subqueries)
    return True
