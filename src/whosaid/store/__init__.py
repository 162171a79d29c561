"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects.

Its parts load on first use, so that `whosaid search` does not import the writer.
"""
from importlib import import_module

_PARTS = {
    "info": "facts", "Index": "searcher", "search": "searcher", "speakers": "searcher", "FACETS": "searcher",
    "SORTS": "searcher", "FileRecord": "writer", "FileState": "writer", "IndexWriter": "writer",
}

__all__ = sorted(_PARTS)


def __getattr__(name: str):
    if name in _PARTS:
        return getattr(import_module(f"{__name__}.{_PARTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
