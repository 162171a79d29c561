"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects.

Its parts load on first use, so that `whosaid search` does not import the writer.
"""
import functools
import sys
import types
from importlib import import_module

_PARTS = {
    "info": "facts", "Index": "searcher", "search": "searcher", "speakers": "searcher", "FACETS": "searcher",
    "SORTS": "searcher", "FileRecord": "writer", "FileState": "writer", "IndexWriter": "writer",
}

__all__ = sorted(_PARTS)


def _standard_cached_property() -> None:
    """Whoosh's reader imports the `cached_property` package for one decorator, and that package
    imports asyncio: a tenth of `whosaid search`'s start-up. The standard library's
    `functools.cached_property` does the same job, so it stands in (only if nothing loaded the
    package first)."""
    if "cached_property" not in sys.modules:
        stand_in = types.ModuleType("cached_property")
        stand_in.cached_property = functools.cached_property  # type: ignore[attr-defined]
        sys.modules["cached_property"] = stand_in


def _urlretrieve_on_demand() -> None:
    """whoosh.compat imports `urlretrieve` from urllib.request, which loads http.client, email,
    socket and ssl: a fifth of `whosaid search`'s start-up, for a function a search never calls.
    While whoosh.compat loads, a stand-in module hands it a `urlretrieve` that imports the real
    one when called; the stand-in is removed at once, so any later import gets the real module."""
    if "whoosh.compat" in sys.modules or "urllib.request" in sys.modules:
        return

    def urlretrieve(*args, **kwargs):
        from urllib.request import urlretrieve as real

        return real(*args, **kwargs)

    stand_in = types.ModuleType("urllib.request")
    stand_in.urlretrieve = urlretrieve  # type: ignore[attr-defined]
    sys.modules["urllib.request"] = stand_in
    try:
        import_module("whoosh.compat")
    finally:
        if sys.modules.get("urllib.request") is stand_in:
            del sys.modules["urllib.request"]


_standard_cached_property()
_urlretrieve_on_demand()


def __getattr__(name: str):
    if name in _PARTS:
        return getattr(import_module(f"{__name__}.{_PARTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
