"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects."""
from .facts import info
from .searcher import FACETS, SORTS, Index, search, speakers
from .writer import FileRecord, FileState, IndexWriter

__all__ = ["FACETS", "FileRecord", "FileState", "Index", "IndexWriter", "SORTS", "info", "search", "speakers"]
