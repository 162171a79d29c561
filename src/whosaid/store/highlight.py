"""Which characters of a passage a query matched, as spans: the caller picks the markup.

The passage text is run through the field's own analyzer, so a stemmed query term
(`retaliate` -> `retali`) marks every word with that stem (`retaliation`).
"""
from __future__ import annotations

from ..models import Span


def query_terms(query, reader) -> dict[str, set[str]]:
    """{field: {indexed term text}} of the terms the query matched in this index."""
    terms: dict[str, set[str]] = {}
    for field, text in query.existing_terms(reader, phrases=True, expand=True):
        terms.setdefault(field, set()).add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return terms


def spans(analyzer, text: str, wanted: set[str]) -> tuple[Span, ...]:
    if not wanted or not text:
        return ()
    if hasattr(analyzer, "word_spans"):  # analysis.WordAnalyzer
        return tuple(Span(start, end) for start, end in analyzer.word_spans(text, wanted))
    found = []
    for token in analyzer(text, chars=True, mode="index"):
        if token.text in wanted:
            found.append(Span(token.startchar, token.endchar))
    return tuple(found)
