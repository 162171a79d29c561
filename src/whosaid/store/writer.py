"""The only way whosaid writes an index: one Whoosh writer a run, committed whole or not at all.

Re-indexing a file deletes everything recorded under its path (its passages and its file record)
before adding the new ones, so a file that shrank leaves no stale paragraphs behind.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import IndexLocked, WhosaidError
from ..models import Passage
from . import location
from . import schema as f
from .records import encode_state, file_fields, file_record, file_states, passage_fields
from .flush import add_document, finalize_segment, lean
from .segments import write_segments

LOCK_TIMEOUT = 5.0  # seconds a second indexer waits for the first


@dataclass(frozen=True, slots=True)
class FileState:
    """What identifies a file's content: size and mtime as the fast path, the hash to be sure."""

    size: int
    mtime_ns: int
    sha1: str


@dataclass(frozen=True, slots=True)
class FileRecord:
    """A file the index holds: its state, and the path whose passages it shares if a duplicate."""

    state: FileState
    dup_of: str | None = None


class IndexWriter:
    """`with IndexWriter(dir) as w: w.put(...)`: commits on success, cancels on any error."""

    def __init__(self, index_dir: Path, rebuild: bool = False, lock_timeout: float = LOCK_TIMEOUT,
                 paths: tuple[str, ...] = ()):
        self.index_dir = Path(index_dir)
        self.rebuild = rebuild
        self.paths = paths  # the folders and files this run was given, recorded with those of earlier runs
        self.lock_timeout = lock_timeout
        self._writer = None
        self._ix = None
        self._created = None
        self._segments: list = []  # written by workers, added at commit
        self._touched = False  # whether this run changed anything to commit

    def __enter__(self) -> IndexWriter:
        from whoosh import index
        from whoosh.index import LockError

        from .codec import CompactCodec

        new = location.prepare_writable(self.index_dir, self.rebuild)
        if not (new or self.rebuild):
            self.paths = (*location.indexed_paths(self.index_dir), *self.paths)
        if new and not (self.index_dir / f.MARKER).is_file():  # (an old version's marker stays until the commit,
            self.index_dir.mkdir(parents=True, exist_ok=True)  # so that a rebuild cut short can be run again)
            location.write_marker(self.index_dir)
        if new or not index.exists_in(str(self.index_dir)):
            ix = index.create_in(str(self.index_dir), f.build_schema())
        else:
            ix = index.open_dir(str(self.index_dir))
        self._created = location.read_marker(self.index_dir).get("created")
        self._ix = ix
        try:
            self._writer = lean(ix.writer(timeout=self.lock_timeout, delay=0.25, limitmb=256, codec=CompactCodec()))
        except LockError:
            raise IndexLocked(f"Another `whosaid index` is writing to {self.index_dir}; "
                              "try again when it has finished.") from None
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._cancel()
            if issubclass(exc_type, OSError):
                raise self._write_error(exc) from None
            return
        try:
            if self._commit():
                location.write_marker(self.index_dir, created=self._created, paths=self.paths)
        except OSError as err:
            self._cancel()
            raise self._write_error(err) from None

    def _commit(self) -> bool:
        """Whoosh's SegmentWriter.commit, with the workers' segments added to the new TOC;
        False when there was nothing to commit."""
        from whoosh.writing import CLEAR

        writer = self._writer
        writer._check_state()
        if not (self._touched or self.rebuild):
            writer.cancel()  # nothing changed: keep the last commit as it is, and drop the new segment's files
            from whoosh.index import clean_files

            clean_files(writer.storage, writer.indexname, writer.generation - 1, writer.segments)
            return False
        final = writer._merge_segments(CLEAR if self.rebuild else None, None, None) + self._segments
        if writer._added:
            final.append(finalize_segment(writer))
        else:
            writer._close_segment()
        writer._commit_toc(final)
        writer._finish()
        return True

    def put_many(self, jobs: list, make_passages, workers: int, on_file=None) -> list:
        """Index many files at once in `workers` forked processes, a new segment each.

        `jobs` are (path, FileState, …) tuples; `make_passages(job)` returns the file's passages
        or a Skipped. Returns, in order, a Skipped or (passages, quotes) a job.
        """
        for job in jobs:
            self.remove(job[0])
        rows = [(job[0], _state_row(job[1]), *job[2:]) for job in jobs]
        segments, results = write_segments(self._ix, rows, make_passages, workers, on_file)
        self._segments += segments
        return results

    def _cancel(self) -> None:
        try:
            self._writer.cancel()
        except Exception:  # a writer that failed half-way may not cancel cleanly; the lock goes with it
            pass

    def _write_error(self, err: OSError) -> WhosaidError:
        return WhosaidError(f"Could not write the index at {self.index_dir}: {err.strerror or err}. "
                            "The previous index is unchanged.")

    def files(self) -> dict[str, FileRecord]:
        """The files the index holds, with the state they were indexed in."""
        if self.rebuild:
            return {}
        with self._writer.reader() as reader:
            return {path: FileRecord(FileState(*state), dup_of) for path, state, dup_of in file_states(reader)}

    def put(self, path: str, state: FileState, passages: list[Passage]) -> None:
        """Replace whatever the index holds for `path` with these passages."""
        self._touched = True
        self.remove(path)
        for passage in passages:
            add_document(self._writer, passage_fields(passage))
        add_document(self._writer, file_fields(path, _state_row(state), passages))

    def put_duplicate(self, path: str, state: FileState, dup_of: str) -> None:
        """Record `path` as a copy of `dup_of`: no passages of its own."""
        self._touched = True
        self.remove(path)
        add_document(self._writer, file_fields(path, _state_row(state), dup_of=dup_of))

    def put_state(self, path: str, record: FileRecord, state: FileState) -> None:
        """Record a new mtime for a file whose content did not change."""
        self._touched = True
        with self._writer.searcher() as searcher:
            docnum = file_record(searcher.reader(), path)
            stored = searcher.stored_fields(docnum) if docnum is not None else {}
        self._writer.delete_by_term(f.FILE_PATH, path)
        row = encode_state(path, _state_row(state), record.dup_of)
        add_document(self._writer, {**stored, f.KIND: f.FILE_KIND, f.FILE_PATH: path, f.FILE_STATE: row})

    def remove(self, path: str) -> None:
        """Delete the passages and the file record of `path`."""
        self._touched = True
        if not self.rebuild:
            self._writer.delete_by_term(f.PATH, path)
            self._writer.delete_by_term(f.FILE_PATH, path)


def _state_row(state: FileState) -> tuple:
    return (state.size, state.mtime_ns, state.sha1)
