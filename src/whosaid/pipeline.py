"""Files to passages, without an index: what `whosaid extract` prints.

    extract_paths(paths) -> passages (and a Skipped for each unreadable file)

Indexing lives in `indexing.index_paths`.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import UnreadableFile
from .extract import annotate
from .ingest import find_files, read_document
from .models import Passage, Skipped
from .parallel import map_ordered

def extract_paths(paths: Iterable[str | Path], workers: int | None = None) -> Iterator[Passage | Skipped]:
    """The annotated passages of every article under `paths`, in order; a Skipped for each
    unreadable file. Many files are spread over `workers` processes (default: every core)."""
    for result in map_ordered(_extract_file, find_files(paths), workers):
        yield from result


def _extract_file(path: Path) -> list[Passage] | list[Skipped]:
    try:
        return annotate(read_document(path))
    except UnreadableFile as err:
        return [Skipped(str(path), err.reason)]
