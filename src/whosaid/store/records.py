"""Passages to Whoosh field dicts and back.

What a passage needs to be shown is stored once per document, in the file record: the title,
URL, author, publication date and every paragraph's text (Whoosh compresses it as one value,
which a paragraph alone compresses badly). A passage stores its own: paragraph number, date
and quotations. `PassageReader` puts them together again, reading each document once.
"""
from __future__ import annotations

from datetime import date

from ..models import Passage, Quote
from . import schema as f


def passage_fields(p: Passage) -> dict:
    rows = [(q.text, q.start, q.end, q.speaker, q.speaker_mention, q.cue) for q in p.quotes]
    fields = {
        f.PATH: p.path, f.TITLE: p.title or "", f.PARA: p.para, f.TEXT: p.text,
        f.QUOTE: "\n".join(q.text for q in p.quotes), f.SPEAKER: f.SPEAKER_SEPARATOR.join(p.speakers),
        f.URL: p.url, f.QUOTED: bool(p.quotes), f.DATA: (p.para, _ordinal(p.date), rows),
    }
    for field, value in ((f.DATE, p.date), (f.PUBLISHED, p.published)):
        if value:
            year, month, day = f.DATE_LEVELS[field]
            fields |= {year: value.strftime("%Y"), month: value.strftime("%Y%m"), day: value.strftime("%Y%m%d")}
    return {k: v for k, v in fields.items() if v not in (None, "")}


def file_fields(path: str, state: tuple, passages: list[Passage] | None = None, dup_of: str | None = None) -> dict:
    """The record of a file: its state, and the text of its passages (or the path it copies).

    The state lives in a column, so that a re-run reads it without unpacking any document.
    """
    fields = {f.KIND: f.FILE_KIND, f.FILE_PATH: path, f.FILE_STATE: encode_state(path, state, dup_of)}
    if dup_of:
        return fields | {f.DUP_OF: dup_of}
    first = passages[0] if passages else None
    document = (first.title, first.url, first.author, _ordinal(first.published)) if first else (None,) * 4
    return fields | {f.DOCUMENT: (*document, [p.text for p in passages or ()])}


_SEPARATOR = "\x1f"


def encode_state(path: str, state: tuple, dup_of: str | None) -> bytes:
    size, mtime_ns, sha1 = state
    return _SEPARATOR.join((str(size), str(mtime_ns), sha1, path, dup_of or "")).encode("utf-8", "surrogatepass")


def decode_state(value: bytes) -> tuple[str, tuple[int, int, str], str | None]:
    """(path, (size, mtime_ns, sha1), original path or None) from a FILE_STATE value."""
    size, mtime_ns, sha1, path, dup_of = value.decode("utf-8", "surrogatepass").split(_SEPARATOR)
    return path, (int(size), int(mtime_ns), sha1), dup_of or None


def file_states(reader):
    """Every live file record's (path, state, original), from the column alone, segment by
    segment (a column read through Whoosh's multi-segment reader looks for the segment of
    every document anew)."""
    for segment, _offset in reader.leaf_readers():
        yield from _segment_file_states(segment)


def _segment_file_states(reader):
    column = reader.column_reader(f.FILE_STATE) if reader.has_column(f.FILE_STATE) else None
    if column is None or not reader.doc_frequency(f.KIND, f.FILE_KIND):
        return
    postings = reader.postings(f.KIND, f.FILE_KIND)
    while postings.is_active():
        docnum = postings.id()
        if not reader.is_deleted(docnum):
            yield decode_state(column[docnum])
        postings.next()


def day_term(value: date | None) -> str | None:
    """2017-10-11 -> "20171011": sorts and ranges as text."""
    return value.strftime("%Y%m%d") if value else None


def is_passage(stored: dict) -> bool:
    return f.DATA in stored


def passage_quotes(stored: dict) -> tuple[date | None, list[Quote]]:
    """A passage's date and quotations, without its document."""
    _para, when, rows = stored[f.DATA]
    return _day(when), [Quote(*row) for row in rows]


def document_published(stored: dict) -> date | None:
    return _day(stored[f.DOCUMENT][3]) if f.DOCUMENT in stored else None


class PassageReader:
    """Whole passages from stored fields, reading each document's record once."""

    def __init__(self, searcher):
        self.searcher = searcher
        self._documents: dict[str, tuple] = {}

    def passage(self, stored: dict) -> Passage:
        path = stored[f.PATH]
        para, when, rows = stored[f.DATA]
        title, url, author, published, texts = self._document(path)
        text = texts[para - 1] if 0 < para <= len(texts) else ""
        return Passage(path=path, para=para, text=text, title=title, published=_day(published), date=_day(when),
                       quotes=tuple(Quote(*row) for row in rows), url=url, author=author)

    def _document(self, path: str) -> tuple:
        if path not in self._documents:
            docnum = file_record(self.searcher.reader(), path)
            stored = self.searcher.stored_fields(docnum) if docnum is not None else {}
            self._documents[path] = stored.get(f.DOCUMENT) or (None, None, None, None, [])
        return self._documents[path]


def file_record(reader, path: str) -> int | None:
    """The document number of `path`'s file record: one posting, looked up directly."""
    if not reader.doc_frequency(f.FILE_PATH, path):
        return None
    postings = reader.postings(f.FILE_PATH, path)
    while postings.is_active():
        if not reader.is_deleted(postings.id()):
            return postings.id()
        postings.next()
    return None


def _ordinal(value: date | None) -> int | None:
    return value.toordinal() if value else None


def _day(value: int | None) -> date | None:
    return date.fromordinal(value) if value else None
