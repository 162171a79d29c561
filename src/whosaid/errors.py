"""The one error family of whosaid. The CLI turns any of these into `Error: <message>`, exit 1.

Each message says what went wrong and, where there is one, what to do next.
"""
from __future__ import annotations


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


class BadQuery(WhosaidError):
    """The search query cannot be run as written."""


class UnreadableFile(WhosaidError):
    """A file could not be read or decoded into an article. Indexing reports and skips it."""

    def __init__(self, path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason

    @classmethod
    def from_bug(cls, path, err: Exception) -> UnreadableFile:
        """The file on which whosaid itself failed (`err`, a bug): reported and skipped like an unreadable
        one, so that one odd file never stops a run of thousands."""
        return cls(path, f"whosaid failed on it ({type(err).__name__}: {err}); please report it")
