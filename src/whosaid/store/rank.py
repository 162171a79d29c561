"""Ranking term by term: the common queries scored without Whoosh's matcher tree.

A one-word query searches four fields, so Whoosh walks a union of four matchers per segment
and scores every match through half a dozen method calls per field. For queries made only of
words joined by OR, AND and NOT (the parser's output for `retaliation`, `prime minister`,
`tax -labour`, `a OR b`), the same BM25F scores come out of one pass over each word's postings
into a dictionary, at a third of the instructions. Anything else (phrases, ranges, wildcards
left unexpanded, a query boost) returns None and the caller lets Whoosh rank it.
"""
from __future__ import annotations

import heapq

from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from . import schema as f
from .records import column, once_per_reader


class _Unsupported(Exception):
    pass


def ranked(searcher, query, limit: int | None, allow=None, days: tuple[str, str] | None = None
           ) -> tuple[list[tuple[int, float]], int] | None:
    """(the top `limit` (docnum, score) pairs, best first, and how many documents match), or
    None when the query has a part this module does not score. `allow` is a filter query;
    `days` a (low, high) range of YYYYMMDD strings checked against the date column."""
    try:
        scores = _scores(searcher, query)
    except _Unsupported:
        return None
    if allow is not None and scores:
        allowed = set(searcher.docs_for_query(allow))
        scores = {doc: s for doc, s in scores.items() if doc in allowed}
    if days is not None and scores:
        scores = _within(searcher, scores, *days)
    best = sorted(scores.items(), key=_order) if limit is None else heapq.nsmallest(limit, scores.items(), key=_order)
    return best, len(scores)


def _order(item: tuple[int, float]) -> tuple[float, int]:
    return -item[1], item[0]  # Whoosh's order: higher score first, then lower document number


def _scores(searcher, query) -> dict[int, float]:
    from whoosh import query as q

    if query is q.NullQuery:
        return {}
    if getattr(query, "boost", 1.0) != 1.0 and not isinstance(query, q.Term):
        raise _Unsupported
    if isinstance(query, q.Term):
        return _term(searcher, query)
    if isinstance(query, q.Or) and not query.scale and not query.minmatch:
        return _sum([_scores(searcher, sub) for sub in query.subqueries])
    if isinstance(query, q.And):
        parts = sorted((_scores(searcher, sub) for sub in query.subqueries), key=len)
        common = set(parts[0]).intersection(*parts[1:]) if parts else set()
        return {doc: sum(part[doc] for part in parts) for doc in common}
    if isinstance(query, q.AndNot):
        kept, dropped = _scores(searcher, query.a), _scores(searcher, query.b)
        return {doc: s for doc, s in kept.items() if doc not in dropped}
    raise _Unsupported


def _sum(parts: list[dict[int, float]]) -> dict[int, float]:
    total: dict[int, float] = {}
    for part in parts:
        for doc, score in part.items():
            total[doc] = total.get(doc, 0.0) + score
    return total


def _term(searcher, term) -> dict[int, float]:
    """BM25F, as Whoosh's BM25F weighting computes it, for each document holding the word."""
    field = searcher.schema[term.fieldname] if term.fieldname in searcher.schema else None
    if field is None or not field.scorable:
        raise _Unsupported
    text = field.to_bytes(term.text)
    if (term.fieldname, text) not in searcher.reader():
        return {}
    model = searcher.weighting
    b, k1 = model._field_B.get(term.fieldname, model.B), model.K1
    idf = searcher.idf(term.fieldname, text)
    avg = searcher.avg_field_length(term.fieldname) or 1
    scale = term.boost * idf * (k1 + 1)
    # k1 * ((1 - b) + b * length / average length) for every length byte (0: no length, taken as 1)
    norms = [k1 * ((1 - b) + b * (byte_to_length(byte) if byte else 1) / avg) for byte in range(256)]
    scores: dict[int, float] = {}
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        if (term.fieldname, text) not in reader:
            continue
        ids, tfs = _postings(reader, term.fieldname, text)
        lengths = _length_bytes(reader, term.fieldname)
        scores.update(zip([offset + doc for doc in ids],
                          [scale * tf / (tf + norms[lengths[doc]]) for doc, tf in zip(ids, tfs)]))
    return scores


def _postings(reader, fieldname: str, text: bytes) -> tuple[list[int], list[float]]:
    """The live documents holding the term in one segment, and the term's weight in each."""
    postings = reader.postings(fieldname, text)
    deleted = None
    if isinstance(postings, FilterMatcher):  # the segment has deletions
        postings, deleted = postings.child, reader.deleted_docs_set
    if hasattr(postings, "ids_and_weights"):  # compact blocks (codec.py)
        ids, weights = postings.ids_and_weights()
    else:
        ids, weights = [], []
        while postings.is_active():
            ids.append(postings.id())
            weights.append(postings.weight())
            postings.next()
    if deleted:
        kept = [i for i, doc in enumerate(ids) if doc not in deleted]
        ids, weights = [ids[i] for i in kept], [weights[i] for i in kept]
    return ids, weights


def _length_bytes(reader, fieldname: str) -> bytes:
    """The length byte of every document of a segment in a field: Whoosh's lengths column,
    read once a reader."""
    return once_per_reader(reader, ("lengths", fieldname), lambda: _read_length_bytes(reader, fieldname))


def _read_length_bytes(reader, fieldname: str) -> bytes:
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    column = reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    stored = column._dbfile.get(column._basepos, column._count) if column is not None else b""
    return stored + bytes(reader.doc_count_all() - len(stored))  # no byte stored: 0


def _within(searcher, scores: dict[int, float], low: str, high: str) -> dict[int, float]:
    reader = searcher.reader()
    if not reader.has_column(f.DATE):
        return {}
    dates = column(reader, f.DATE)
    return {doc: s for doc, s in scores.items() if (value := dates[doc]) and low <= value <= high}
