"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects.

Its parts load on first use, so that `whosaid search` does not import the writer.
"""
import functools
import sys
import types
from importlib import import_module

_PARTS = {
    "info": "facts", "Index": "searcher", "search": "searcher", "speakers": "searcher", "FACETS": "searcher",
    "name_words": "searcher", "passages_of": "searcher", "empty_filters": "searcher",
    "SORTS": "searcher", "FileRecord": "writer", "FileState": "writer", "IndexWriter": "writer",
    "indexed_paths": "location", "schema_upgrade": "location",
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


def _load_with_stand_ins(importing: str, *stand_ins: types.ModuleType) -> None:
    """Import `importing` while each of `stand_ins` (unless its module is loaded already) stands
    in for its module. They are removed at once: any later import gets the real module."""
    if importing in sys.modules:
        return
    made = [stand_in for stand_in in stand_ins if stand_in.__name__ not in sys.modules]
    sys.modules.update((stand_in.__name__, stand_in) for stand_in in made)
    try:
        import_module(importing)
    finally:
        for stand_in in made:
            if sys.modules.get(stand_in.__name__) is stand_in:
                del sys.modules[stand_in.__name__]


def _calling(module: str, *names: str) -> types.ModuleType:
    """A stand-in whose functions `names` import the real `module` when first called."""
    stand_in = types.ModuleType(module)
    for name in names:
        setattr(stand_in, name, _on_call(module, name))
    return stand_in


def _on_call(module: str, name: str):
    def call(*args, **kwargs):
        return getattr(import_module(module), name)(*args, **kwargs)

    return call


def _deferred(module: str) -> types.ModuleType:
    """A stand-in for `import module`: any attribute read from it imports the real module."""
    stand_in = types.ModuleType(module)
    stand_in.__getattr__ = lambda name: getattr(import_module(module), name)  # type: ignore[attr-defined]
    return stand_in


def _light_whoosh_imports() -> None:
    """Whoosh's imports cost half of `whosaid search`'s start-up, much of it for things a search
    never calls: whoosh.compat imports `urlretrieve` from urllib.request (which loads
    http.client, email, socket and ssl), `escape` from html (its entity table) and queue (for
    its multiprocessing writer); the file store imports tempfile and compound files shutil (to
    write them); whoosh.query.terms imports `variations` from whoosh.lang.morph_en (hundreds of
    regular expressions compiled at import). Those load when first used. And the term table
    hashes with hashlib's md5, whose import loads OpenSSL; the standard library's own `_md5`
    gives the same digests, faster for short keys."""
    _load_with_stand_ins("whoosh.compat", _calling("urllib.request", "urlretrieve"), _calling("html", "escape"),
                         _deferred("queue"))
    _load_with_stand_ins("whoosh.filedb.filestore", _deferred("tempfile"))
    _load_with_stand_ins("whoosh.filedb.compound", _calling("shutil", "copyfileobj"))
    _load_with_stand_ins("whoosh.query.terms", _calling("whoosh.lang.morph_en", "variations"))
    try:
        from _md5 import md5
    except ImportError:  # a Python built without its own hashes: Whoosh uses hashlib's
        return
    hashlib = types.ModuleType("hashlib")
    hashlib.md5 = md5  # type: ignore[attr-defined]
    _load_with_stand_ins("whoosh.filedb.filetables", hashlib)


def _segment_files_without_copies() -> None:
    """Whoosh maps a segment's file into memory, then wraps each part of it (term table,
    postings, each column) in a BufferFile whose BytesIO copies the part: the whole index is
    copied on every open, a quarter of `whosaid search`'s time on a 90 MB index. The BufferFile
    here reads from the mapped bytes, by offset (as Whoosh's own does for `get`) and through a
    cursor for the readers that seek and read (the term table's header)."""
    from whoosh.filedb import compound, structfile

    class ViewFile(structfile.BufferFile):
        def __init__(self, buf, name=None, onclose=None):
            self._buf, self._name, self.onclose = buf, name, onclose
            self.file = _Cursor(buf)
            self.is_real = False
            self.is_closed = False

    if compound.BufferFile is structfile.BufferFile:
        compound.BufferFile = ViewFile


class _Cursor:
    """A read-only file over a buffer, without copying it."""

    def __init__(self, buf):
        self.buf, self.pos = buf, 0

    def seek(self, pos: int, whence: int = 0) -> int:
        self.pos = pos if whence == 0 else self.pos + pos if whence == 1 else len(self.buf) + pos
        return self.pos

    def tell(self) -> int:
        return self.pos

    def read(self, size: int | None = -1) -> bytes:
        end = len(self.buf) if size is None or size < 0 else min(self.pos + size, len(self.buf))
        data = bytes(self.buf[self.pos:end])
        self.pos = max(self.pos, end)
        return data

    def readline(self, size: int | None = -1) -> bytes:
        line = bytearray()
        while (size is None or size < 0 or len(line) < size) and self.pos < len(self.buf):
            byte = self.read(1)
            line += byte
            if byte == b"\n":
                break
        return bytes(line)

    def close(self) -> None:
        pass


_standard_cached_property()
_light_whoosh_imports()
_segment_files_without_copies()


def __getattr__(name: str):
    if name in _PARTS:
        return getattr(import_module(f"{__name__}.{_PARTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
