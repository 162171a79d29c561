"""The index: the only package that imports whoosh. It hands out models, never Whoosh objects."""
from .searcher import search
from .writer import FileState, IndexWriter

__all__ = ["FileState", "IndexWriter", "search"]
