"""Files to passages to the index: the two jobs that run the whole pipeline.

    index_paths(paths, index_dir) -> IndexReport   read, annotate and index what changed
    extract_paths(paths)          -> passages      what would be indexed, without an index
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import UnreadableFile
from .extract import annotate
from .ingest import find_files, parse_document, read_document
from .models import IndexReport, Passage, Skipped
from .parallel import map_ordered

Progress = Callable[[int, int, int], None]  # after each file: files done, files in all, its bytes


def document_key(path: Path) -> str:
    """How the index names a file: its absolute path, without resolving links."""
    return os.path.abspath(path)


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


def index_paths(paths: Iterable[str | Path], index_dir: str | Path, *, rebuild: bool = False,
                progress: Progress | None = None) -> IndexReport:
    """Index new and changed articles under `paths`; unchanged files are not read.

    Everything is committed at the end in one go: an interrupted run leaves the last index intact.
    """
    from .store import IndexWriter

    started = time.perf_counter()
    report = IndexReport()
    with IndexWriter(Path(index_dir), rebuild=rebuild) as writer:
        known = writer.files()
        files = list(find_files(paths))
        for done, path in enumerate(files, 1):
            _index_file(writer, known, path, report)
            if progress:
                progress(done, len(files), _size(path))
    report.seconds = time.perf_counter() - started
    return report


def _index_file(writer, known, path: Path, report: IndexReport) -> None:
    from .store import FileState

    key = document_key(path)
    try:
        stat = path.stat()
        old = known.get(key)
        if old and (old.size, old.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            report.unchanged += 1
            return
        data = _read(path)
        state = FileState(len(data), stat.st_mtime_ns, hashlib.sha1(data).hexdigest())
        if old and old.sha1 == state.sha1:
            writer.put_state(key, state)
            report.unchanged += 1
            return
        passages = annotate(parse_document(data, key))
    except UnreadableFile as err:
        report.skipped.append(Skipped(str(path), err.reason))
        return
    writer.put(key, state, passages)
    report.add(passages, updated=old is not None)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(path, exc.strerror or str(exc)) from None


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
