"""Writing new segments in parallel: each forked worker reads, annotates and indexes its share
of the files into a segment of its own; the parent adds the segments at commit.

This is Whoosh's own multiprocessing design (whoosh.multiproc) with one change: the workers
are handed files, not finished documents, so that extraction runs in parallel too. Workers are
forked after the parent has read the files, so they share the bytes without copying them, and
they answer through a pipe: a tick a file, then the segment and what each file gave.
"""
from __future__ import annotations

import gc
import os
import pickle
import struct
from collections.abc import Callable
from multiprocessing.connection import Connection, Pipe, wait

from ..models import Passage, Skipped, tally  # noqa: F401 (Passage: in MakePassages)
from ..parallel import mark_worker
from .flush import add_document, finalize_segment, lean
from .records import file_fields, passage_fields

Job = tuple  # (key, state_row, anything make_passages needs)
MakePassages = Callable[[Job], "list[Passage] | Skipped"]


def write_segments(ix, jobs: list[Job], make_passages: MakePassages, workers: int, on_file=None) -> tuple[list, list]:
    """([segment, …], [result a job, in order]); each result is a Skipped or (passages, quotes)."""
    shares = [list(range(i, len(jobs), workers)) for i in range(workers)]
    readers, pids = [], []
    for share in shares:
        receive, send = Pipe(duplex=False)
        pid = os.fork()
        if pid == 0:  # the worker
            mark_worker()
            receive.close()
            _work(ix, [jobs[i] for i in share], make_passages, send)
        send.close()
        readers.append(receive)
        pids.append(pid)
    return _collect(readers, pids, shares, len(jobs), on_file)


def _work(ix, jobs: list[Job], make_passages: MakePassages, out: Connection) -> None:
    status = 1
    gc.disable()  # no collection passes over the pool's hundreds of thousands of tuples; the process ends soon
    try:
        from whoosh.writing import SegmentWriter

        from .codec import CompactCodec

        writer = lean(SegmentWriter(ix, _lk=False, limitmb=128, codec=CompactCodec()))
        results = [_index_one(writer, job, make_passages, out) for job in jobs]
        segment = finalize_segment(writer) if writer._added else None
        out.send(("done", segment, results))
        status = 0
    except BaseException as err:  # tell the parent, which cancels the whole run
        out.send(("failed", f"{type(err).__name__}: {err}", None))
    finally:
        out.close()
        os._exit(status)


def _index_one(writer, job: Job, make_passages: MakePassages, out: Connection):
    key, state_row = job[0], job[1]
    result = make_passages(job)
    if not isinstance(result, Skipped):
        for passage in result:
            add_document(writer, passage_fields(passage))
        add_document(writer, file_fields(key, state_row, result))
        result = tally(result)
    out.send(("tick", None, None))
    return result


def _collect(readers, pids, shares, count, on_file) -> tuple[list, list]:
    """The workers' segments in worker order (not the order they finish in, so that document
    numbers, and the order of equal scores, are the same on every run), and the results."""
    by_worker, results, failure = [None] * len(readers), [None] * count, None
    worker_of = {reader: i for i, reader in enumerate(readers)}
    pending = dict(zip(readers, shares))
    while pending:
        for reader in wait(list(pending)):
            try:
                kind, payload, worker_results = reader.recv()
            except (EOFError, OSError, pickle.UnpicklingError, struct.error):
                kind, payload = "failed", "a worker ended without answering"
            if kind == "tick":
                if on_file:
                    on_file()
                continue
            share = pending.pop(reader)
            if kind == "failed":
                failure = failure or payload
            else:
                by_worker[worker_of[reader]] = payload
                for i, result in zip(share, worker_results):
                    results[i] = result
    for pid in pids:
        os.waitpid(pid, 0)
    if failure:
        raise RuntimeError(f"indexing worker failed: {failure}")
    return [segment for segment in by_worker if segment is not None], results
