"""The one error family of whosaid. The CLI turns any of these into `Error: <message>`, exit 1.

Each message says what went wrong and, where there is one, what to do next.
"""
from __future__ import annotations

import os
from contextlib import contextmanager


class WhosaidError(Exception):
    """Base class: every error whosaid means to show a user."""


class IndexNotFound(WhosaidError):
    """There is no whosaid index where one was expected."""


class NotAnIndex(WhosaidError):
    """A folder holds something other than a whosaid index; whosaid will not write into it."""


class SchemaMismatch(WhosaidError):
    """The index was written by a different version of whosaid's schema."""


class IndexLocked(WhosaidError):
    """Another process is writing to the index."""


class NotIndexed(WhosaidError):
    """A document or a paragraph asked for is not in the index."""


class BadQuery(WhosaidError):
    """The search query cannot be run as written."""


class UnreadableFile(WhosaidError):
    """A file could not be read or decoded into an article. Indexing reports and skips it."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@contextmanager
def failure_skips_the_file(path):
    """A failure of whosaid's own (a bug) inside the block is this file's alone: an UnreadableFile,
    reported and skipped like an unreadable file (with the error, to report), so that one odd file never
    stops a run of thousands. WHOSAID_DEBUG=1 lets it through, with its traceback."""
    try:
        yield
    except (WhosaidError, MemoryError):
        raise
    except Exception as err:  # noqa: BLE001 (a bug on one file must not lose the others)
        if os.environ.get("WHOSAID_DEBUG"):
            raise
        reason = f"whosaid failed on it ({type(err).__name__}: {err}); please report it"
        raise UnreadableFile(path, reason) from err
