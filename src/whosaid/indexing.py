"""Incremental indexing: find what changed under the given paths since the last run, index only
that, and commit it all at once.

- an index an older version of whosaid wrote: built again from everything it was built from;
- unchanged: same size and mtime as recorded (not even read), or same content hash;
- new or changed: read, annotated (on every core when there are many) and written, the old
  passages of a changed file deleted first;
- identical content under another name: recorded as a duplicate of the first path, not indexed twice;
- vanished from under a folder that was given: removed (unless prune is off); a duplicate whose
  original changed or vanished is read again and takes its place.
"""
from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import UnreadableFile
from .ingest import check_regular, document_key, find_files, parse_document, unreadable
from .models import IndexReport, Passage, Skipped, tally
from .parallel import workers_default
from .store import schema_upgrade
from .store.writer import FileState, IndexWriter  # indexing is the writer's only user

BATCH = 256  # files checked at a time
ROUND_BYTES = 64 * 1024 * 1024  # new content held in memory before it is written
PARALLEL_MIN = 32  # fewer new files than this are written in-process
MB = 1024 * 1024
MAX_SIZE = 16 * MB  # bytes: a larger file is no article (a log, a dump) and is skipped


@dataclass(slots=True)
class _Candidate:
    key: str
    path: Path
    data: bytes
    state: FileState
    updated: bool


def index_paths(paths, index_dir, *, rebuild=False, prune=True, progress=None, workers=None,
                default_date=None, max_size=MAX_SIZE) -> IndexReport:
    """Index new and changed articles under `paths`; see the module's docstring.

    `default_date` is the publication date of documents that name none (`whosaid index --date`).
    """
    started = time.perf_counter()
    paths = [Path(p) for p in paths]
    report = IndexReport()
    upgrade = None if rebuild else schema_upgrade(Path(index_dir))
    if upgrade is not None:  # an index of another version: built again, from all it was built from
        report.upgraded_from, built_from = upgrade
        paths, rebuild = [*map(Path, built_from), *paths], True
    with IndexWriter(Path(index_dir), rebuild=rebuild, paths=tuple(map(str, paths))) as writer:
        run = _Run(writer, report, progress, workers, default_date, max_size)
        passed_over: Counter = Counter()
        run.index(list(find_files(paths, passed_over)))
        report.passed_over = dict(passed_over)
        if prune:
            run.prune([document_key(p) for p in paths if p.is_dir()])
        run.adopt_orphans()
    report.seconds = time.perf_counter() - started
    return report


class _Run:
    def __init__(self, writer, report: IndexReport, progress, workers, default_date, max_size):
        self.writer, self.report, self.progress, self.workers = writer, report, progress, workers
        self.default_date = default_date
        self.max_size = max_size
        self.known = writer.files()
        self.by_hash = {rec.state.sha1: key for key, rec in self.known.items() if rec.dup_of is None}
        self.seen: set[str] = set()  # every file found under the paths given
        self.written: set[str] = set()  # files whose record this run wrote anew
        self.replaced: set[str] = set()  # originals whose content changed or went away
        self.done = 0
        self.total = 0
        self.bytes = 0

    def index(self, files: list[Path], force: bool = False) -> None:
        self.total += len(files)
        pending: list[_Candidate] = []
        for start in range(0, len(files), BATCH):
            batch = [c for c in (self._check(p, force) for p in files[start:start + BATCH]) if c]
            pending += self._deduplicate(batch)
            if sum(len(c.data) for c in pending) >= ROUND_BYTES:
                self._write(pending)
                pending = []
        self._write(pending)

    def prune(self, roots: list[str]) -> None:
        """Remove what vanished from under the folders given."""
        prefixes = tuple(root.rstrip(os.sep) + os.sep for root in roots)
        for key, record in self.known.items():
            if key not in self.seen and prefixes and key.startswith(prefixes):
                self.writer.remove(key)
                self.report.removed += 1
                if record.dup_of is None:
                    self._forget_original(key, record.state.sha1)

    def adopt_orphans(self) -> None:
        """Duplicates of an original that changed or vanished are read again on their own."""
        orphans = [key for key, rec in self.known.items()
                   if rec.dup_of in self.replaced and key not in self.written]
        gone = [key for key in orphans if not os.path.exists(key)]  # an escaped name counts as gone
        for key in gone:
            self.writer.remove(key)
        self.report.removed += len(gone)
        self.index([Path(key) for key in orphans if key not in gone], force=True)

    def _forget_original(self, key: str, sha1: str) -> None:
        self.replaced.add(key)
        if self.by_hash.get(sha1) == key:
            del self.by_hash[sha1]

    def _check(self, path: Path, force: bool) -> _Candidate | None:
        """A file to index, or None when it is unchanged or unreadable (and counted as such)."""
        key = document_key(path)
        self.seen.add(key)
        old = self.known.get(key)
        try:
            stat = path.stat()
            check_regular(path, stat.st_mode)
            if old and not force and (old.state.size, old.state.mtime_ns) == (stat.st_size, stat.st_mtime_ns):
                self.report.unchanged += 1
                self._tick()
                return None
            if stat.st_size > self.max_size:
                raise UnreadableFile(path, f"{stat.st_size / MB:.0f} MB is more than the {self.max_size / MB:.0f} MB "
                                           "an article may have (whosaid index --max-size)")
            data = _read(path)
        except (UnreadableFile, OSError) as err:
            reason = (err if isinstance(err, UnreadableFile) else unreadable(path, err)).reason
            self.report.skipped.append(Skipped(str(path), reason))
            self._tick()
            return None
        self.bytes += len(data)
        state = FileState(len(data), stat.st_mtime_ns, hashlib.sha1(data).hexdigest())
        if old and not force and old.state.sha1 == state.sha1:
            self.writer.put_state(key, old, state)
            self.report.unchanged += 1
            self._tick()
            return None
        if old and old.dup_of is None:
            self._forget_original(key, old.state.sha1)
        return _Candidate(key, path, data, state, updated=old is not None)

    def _deduplicate(self, candidates: list[_Candidate]) -> list[_Candidate]:
        fresh = []
        for c in candidates:
            original = self.by_hash.get(c.state.sha1)
            self.written.add(c.key)
            if original and original != c.key:
                self.writer.put_duplicate(c.key, c.state, original)
                self.report.duplicates += 1
                self._tick()
            else:
                self.by_hash[c.state.sha1] = c.key
                fresh.append(c)
        return fresh

    def _write(self, candidates: list[_Candidate]) -> None:
        if not candidates:
            return
        from . import extract  # noqa: F401 (loaded here, before workers fork, and only when there is work)

        jobs = [(c.key, c.state, c.data, self.default_date) for c in candidates]
        workers = self.workers or workers_default()
        if workers > 1 and len(jobs) >= PARALLEL_MIN:
            results = self.writer.put_many(jobs, _passages_of, workers, on_file=self._tick)
        else:
            results = [self._write_here(job) for job in jobs]
        for c, result in zip(candidates, results):
            if isinstance(result, Skipped):
                self.report.skipped.append(Skipped(str(c.path), result.reason))
                self.by_hash.pop(c.state.sha1, None)
            else:
                self.report.add(result, updated=c.updated)

    def _write_here(self, job) -> tuple[int, int, int] | Skipped:
        result = _passages_of(job)
        if not isinstance(result, Skipped):
            self.writer.put(job[0], job[1], result)
            result = tally(result)
        self._tick()
        return result

    def _tick(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, max(self.total, self.done), self.bytes)


def _passages_of(job: tuple) -> list[Passage] | Skipped:
    from .pipeline import annotate_or_skip

    key, _state, data, default_date = job
    try:
        return annotate_or_skip(parse_document(data, key, default_date))
    except UnreadableFile as err:
        return Skipped(key, err.reason)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
