"""Queries in, `SearchResult` out. Whoosh objects never leave this module: each hit becomes a
`models.Hit` inside the searcher's `with` block."""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from ..errors import BadQuery, IndexNotFound
from ..models import Filters, Hit, SearchResult
from . import location
from . import schema as f
from .highlight import query_terms, spans
from .records import passage_from


def search(index_dir: Path, query: str, filters: Filters | None = None, limit: int = 10) -> SearchResult:
    from whoosh import index, scoring

    filters = filters or Filters()
    ix = _open(Path(index_dir), index)
    parsed = parse_query(query, ix.schema)
    with ix.searcher(weighting=scoring.BM25F()) as searcher:
        results = searcher.search(parsed, filter=_filter(filters, ix.schema), limit=limit)
        terms = query_terms(parsed, searcher.reader())
        hits = tuple(_hit(rank, hit, terms, ix.schema) for rank, hit in enumerate(results, 1))
        return SearchResult(query=query, total=len(results), hits=hits)


def parse_query(text: str, schema):
    """The user's query over the text, quote, title and speaker fields; BadQuery when empty."""
    from whoosh.qparser import MultifieldParser
    from whoosh.query import NullQuery

    if not text.strip():
        raise BadQuery("The query is empty. Give words to search for, e.g. `whosaid search retaliation`.")
    parsed = MultifieldParser(list(f.SEARCH_FIELDS), schema).parse(text)
    if parsed is None or parsed is NullQuery or not list(parsed.iter_all_terms()):
        raise BadQuery(f"The query {text!r} has nothing to search for (only stop words or symbols).")
    return parsed


def _open(index_dir: Path, index):
    location.check_readable(index_dir)
    if not index.exists_in(str(index_dir)):
        raise IndexNotFound(f"The index at {index_dir} is empty. Run `whosaid index PATH` first.")
    return index.open_dir(str(index_dir))


def _filter(filters: Filters, schema):
    from whoosh import query as q

    parts = [q.Term(f.KIND, f.PASSAGE_KIND)]
    if filters.speakers:
        parts.append(q.Or([_speaker_query(name, schema) for name in filters.speakers]))
    if filters.since or filters.until:
        parts.append(q.DateRange(f.DATE, _start(filters.since), _end(filters.until)))
    return q.And(parts)


def _speaker_query(name: str, schema):
    from whoosh import query as q

    words = [t.text for t in schema[f.SPEAKER].analyzer(name)]
    if not words:
        raise BadQuery(f"--speaker {name!r} has no letters to match.")
    return q.Term(f.SPEAKER, words[0]) if len(words) == 1 else q.Phrase(f.SPEAKER, words)


def _start(day: date | None):
    return datetime.combine(day, time.min) if day else None


def _end(day: date | None):
    return datetime.combine(day, time.max) if day else None


def _hit(rank: int, hit, terms: dict[str, set[str]], schema) -> Hit:
    passage = passage_from(hit.fields())
    words = schema[f.TEXT].analyzer
    body_terms = terms.get(f.TEXT, set()) | terms.get(f.QUOTE, set())
    return Hit(rank=rank, score=hit.score or 0.0, passage=passage,
               highlights=spans(words, passage.text, body_terms),
               title_highlights=spans(words, passage.title or "", terms.get(f.TITLE, set())))
