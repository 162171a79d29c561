"""Files to passages, without an index: what `whosaid extract` prints.

    extract_paths(paths) -> passages (and a Skipped for each unreadable file)
    render_paths(paths, render) -> the same, each passage turned into text by `render` in its worker
    annotate_or_skip(document) -> its passages, or UnreadableFile when the extractor fails on it

Indexing lives in `indexing.index_paths`.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path

from . import extract
from .errors import UnreadableFile, failure_skips_the_file
from .ingest import document_key, find_files, parse_unnamed, read_document
from .models import Document, Passage, Skipped
from .parallel import map_ordered


def extract_paths(paths: Iterable[str | Path], workers: int | None = None,
                  default_date: date | None = None) -> Iterator[Passage | Skipped]:
    """The annotated passages of every article under `paths`, in order; a Skipped for each
    unreadable file. Many files are spread over `workers` processes (default: every core).
    `default_date` is the publication date of documents that name none."""
    for result in map_ordered(_extract_file, _jobs(paths, default_date), workers):
        yield from result


def render_paths(paths: Iterable[str | Path], render: Callable[[Passage], str], workers: int | None = None,
                 default_date: date | None = None, passed_over: Counter | None = None) -> Iterator[str | Skipped]:
    """`extract_paths`, each passage turned into text by `render` (a module-level function) in the
    worker that found it: the parent then only writes, where unpickling and formatting thousands of
    passages would take a share of the cores the workers need."""
    for result in map_ordered(partial(_render_file, render), _jobs(paths, default_date, passed_over), workers):
        yield from result


def _jobs(paths: Iterable[str | Path], default_date: date | None, passed_over: Counter | None = None
          ) -> Iterator[tuple[Path, date | None]]:
    return ((path, default_date) for path in find_files(paths, passed_over))


def _render_file(render: Callable[[Passage], str], job: tuple[Path, date | None]) -> list[str | Skipped]:
    return [item if isinstance(item, Skipped) else render(item) for item in _extract_file(job)]


def render_stdin(data: bytes, render: Callable[[Passage], str], default_date: date | None = None
                 ) -> list[str | Skipped]:
    """`render_paths` for the bytes of standard input (`whosaid extract -`), whose path is `-`."""
    try:
        return [render(passage) for passage in annotate_or_skip(parse_unnamed(data, default_date))]
    except UnreadableFile as err:
        return [Skipped("-", err.reason)]


def _extract_file(job: tuple[Path, date | None]) -> list[Passage] | list[Skipped]:
    path, default_date = job
    try:
        document = read_document(path, default_date)
        return annotate_or_skip(replace(document, path=document_key(path)))
    except UnreadableFile as err:
        return [Skipped(str(path), err.reason)]


def annotate_or_skip(document: Document) -> list[Passage]:
    """`extract.annotate`, where a failure inside it is this document's alone (failure_skips_the_file)."""
    with failure_skips_the_file(document.path):
        return extract.annotate(document)
