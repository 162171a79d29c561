"""Running a per-file job on every core when there are enough files to pay for the processes."""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 48  # fewer files than this run in-process: starting workers costs more than it saves
CHUNK = 16
_in_worker = False  # set in a worker process: its work is already one share of every core's
_open_pools: list = []  # the pools working now, whose workers `abandon` ends


def mark_worker() -> None:
    """Say that this process is a worker, so that the work it does is not shared out again."""
    global _in_worker
    _in_worker = True


def workers_default() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_ordered(func: Callable[[T], R], items: Iterable[T], workers: int | None = None) -> Iterator[R]:
    """`func` over `items`, results in order; in worker processes (fork) when there are many, and this
    process is no worker itself (a file of many articles inside a run over many files).

    `func` must be a module-level function.
    """
    items = list(items)
    workers = 1 if _in_worker else workers or workers_default()
    if workers <= 1 or len(items) < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(func, items)
        return
    with multiprocessing.get_context("fork").Pool(workers, initializer=mark_worker) as pool:
        _open_pools.append(pool)
        try:
            yield from pool.imap(func, items, CHUNK)
        finally:  # (however the reader stops: at the end, on an error, or closing the generator)
            _open_pools.remove(pool)


def abandon() -> None:
    """End the workers of every pool still working, at once, for a process about to end without its
    teardown (`whosaid extract … | head -1`): closing the pool instead, `Pool.terminate` may wait for ever
    on its task thread, blocked on a queue no worker reads any more."""
    from multiprocessing.pool import TERMINATE

    for pool in _open_pools:  # (the pool's own thread that replaces workers, and its list of them)
        pool._worker_handler._state = TERMINATE  # no new worker in place of one ended: it would live on, an
        pool._worker_handler.join(_HANDLER_WAIT)  # orphan holding this process's pipes open
        for worker in pool._pool:
            worker.kill()


_HANDLER_WAIT = 2.0  # seconds; the thread looks at its state every tenth of one
