"""whosaid: full-text search over articles that knows who said what, and when.

    import whosaid
    whosaid.index_paths(["seeds/"], "index/")
    result = whosaid.search("index/", "retaliation", whosaid.Filters(speakers=("weinstein",)))
    for passage in whosaid.extract_paths(["seeds/"]): ...

Heavy modules load on first use, so `import whosaid` stays cheap.
"""
from __future__ import annotations

from importlib import import_module

from .errors import (BadQuery, IndexLocked, IndexNotFound, NotAnIndex, NotIndexed, SchemaMismatch,
                     UnreadableFile, WhosaidError)
from .models import (Document, Filters, Hit, IndexInfo, IndexReport, Passage, Quote, SearchResult, Skipped,
                     Span)

__version__ = "0.1.0"

_LAZY = {
    "index_paths": "whosaid.indexing",
    "extract_paths": "whosaid.pipeline",
    "search": "whosaid.store.searcher",
    "Index": "whosaid.store.searcher",
    "speakers": "whosaid.store.searcher",
    "passages_of": "whosaid.store.searcher",
    "info": "whosaid.store.facts",
    "annotate": "whosaid.extract",
    "read_document": "whosaid.ingest",
}

__all__ = ["BadQuery", "Document", "Filters", "Hit", "IndexInfo", "IndexLocked", "IndexNotFound", "IndexReport",
           "NotAnIndex", "NotIndexed", "Passage", "Quote", "SchemaMismatch", "SearchResult", "Skipped", "Span",
           "UnreadableFile", "WhosaidError", *_LAZY]


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'whosaid' has no attribute {name!r}")
