"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects."""
from .facts import info
from .searcher import FACETS, SORTS, search, speakers
from .writer import FileRecord, FileState, IndexWriter

__all__ = ["FACETS", "FileRecord", "FileState", "IndexWriter", "SORTS", "info", "search", "speakers"]
