"""Passages to Whoosh field dicts and back.

What a passage needs to be shown is stored once per document, in the file record: the title,
URL, author and publication date, and for every paragraph its text, date and quotations
(Whoosh compresses the record as one value; a paragraph alone compresses badly, and a speaker's
name is written once a document rather than once a quotation). A quotation is stored as its
offsets in the paragraph, not its text again. A passage stores nothing: its path and paragraph
number are columns. `PassageReader` puts a passage together again, reading each document once.
"""
from __future__ import annotations

import weakref
from bisect import bisect_right
from datetime import date

from ..models import Passage, Quote, article_openings
from . import schema as f


def passage_fields(p: Passage) -> dict:
    fields = {
        f.PATH: p.path, f.TITLE: p.title or "", f.PARA: p.para, f.STORY: fingerprint(p), f.TEXT: p.text,
        f.QUOTE: "\n".join(q.text for q in p.quotes), f.SPEAKER: f.SPEAKER_SEPARATOR.join(p.speakers),
        f.AUTHOR: p.author, f.URL: p.url, f.QUOTED: bool(p.quotes),
    }
    for field, value in ((f.DATE, p.date), (f.PUBLISHED, p.published)):
        if value:
            year, month, day = f.DATE_LEVELS[field]
            fields |= {year: value.strftime("%Y"), month: value.strftime("%Y%m"), day: value.strftime("%Y%m%d")}
    return {k: v for k, v in fields.items() if v not in (None, "")}


def fingerprint(p: Passage) -> int:
    """64 bits of the passage's title and text: the same in any file that repeats them word for word."""
    import hashlib  # (the writer's alone: a search never loads it)

    said = f"{p.title or ''}\x1f{p.text}".encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(said, digest_size=8).digest(), "big")


def file_fields(path: str, state: tuple, passages: list[Passage] | None = None, dup_of: str | None = None) -> dict:
    """The record of a file: its state, and the text of its passages (or the path it copies).

    The state lives in a column, so that a re-run reads it without unpacking any document.
    """
    fields = {f.KIND: f.FILE_KIND, f.FILE_PATH: path, f.FILE_STATE: encode_state(path, state, dup_of)}
    if dup_of:
        return fields | {f.DUP_OF: dup_of}
    first = passages[0] if passages else None
    document = _shown(first) if first else (None,) * 4
    texts = [p.text for p in passages or ()]
    notes = [(_ordinal(p.date), [(q.start, q.end, q.speaker, q.speaker_mention, q.cue) for q in p.quotes])
             for p in passages or ()]
    articles = _articles(passages or [])
    return fields | {f.DOCUMENT: (*document, texts, notes, *([articles] if articles else []))}


def _articles(passages: list[Passage]) -> list[tuple]:
    """In a file of several articles (a news database's export), where each after the first opens and what
    it shows (`_shown`); none in a file of one."""
    return [(p.para, *_shown(p)) for p in article_openings(passages)]


def _shown(p: Passage) -> tuple:
    """What a passage shows of its document (`Passage.source`), its date as stored."""
    title, url, author, published = p.source
    return title, url, author, _ordinal(published)


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
    if not reader.has_column(f.FILE_STATE):
        return
    states = reader.column_reader(f.FILE_STATE)
    for docnum in _file_records(reader):
        yield decode_state(states[docnum])


def _file_records(reader):
    """The document numbers of the live file records."""
    if not reader.doc_frequency(f.KIND, f.FILE_KIND):
        return
    for docnum in reader.postings(f.KIND, f.FILE_KIND).all_ids():
        if not reader.is_deleted(docnum):
            yield docnum


def day_term(value: date | None) -> str | None:
    """2017-10-11 -> "20171011": sorts and ranges as text."""
    return value.strftime("%Y%m%d") if value else None


def documents(reader):
    """(duplicate of, Document record) of every live file record."""
    for docnum in _file_records(reader):
        stored = reader.stored_fields(docnum)
        yield stored.get(f.DUP_OF), Document(*stored[f.DOCUMENT]) if f.DOCUMENT in stored else None


class Document:
    """A file record's stored document: what its passages show."""

    __slots__ = ("title", "url", "author", "published", "texts", "notes", "articles", "_opens")

    def __init__(self, title=None, url=None, author=None, published=None, texts=(), notes=(), articles=()):
        self.title, self.url, self.author, self.texts, self.notes = title, url, author, texts, notes
        self.published = _day(published)
        self.articles = articles  # (first paragraph, title, URL, author, published) of each article after the first
        self._opens = [opens for opens, *_ in articles]

    def article(self, para: int) -> int:
        """Which article of the file paragraph `para` is in: 0 for the first (and for a file of one)."""
        return bisect_right(self._opens, para)

    def passage(self, path: str, para: int) -> Passage:
        i = para - 1
        text = self.texts[i] if 0 <= i < len(self.texts) else ""
        when, rows = self.notes[i] if 0 <= i < len(self.notes) else (None, ())
        title, url, author, published = self.title, self.url, self.author, self.published
        article = self.article(para)
        if article:
            title, url, author, shown = self.articles[article - 1][1:5]
            published = _day(shown)
        return Passage(path=path, para=para, text=text, title=title, published=published,
                       date=_day(when), quotes=_quotes(text, rows), url=url, author=author)

    def passages(self, path: str) -> list[Passage]:
        return [self.passage(path, para) for para in range(1, len(self.texts) + 1)]


def _quotes(text: str, rows) -> tuple[Quote, ...]:
    return tuple(Quote(text[start:end], start, end, *rest) for start, end, *rest in rows)


class PassageReader:
    """Whole passages by document number, reading each document's record once."""

    def __init__(self, searcher):
        self.searcher = searcher
        reader = searcher.reader()
        self._paths = column(reader, f.PATH)
        self._paras = column(reader, f.PARA)
        self._stories = column(reader, f.STORY)
        self._documents: dict[str, Document] = {}

    def path(self, docnum: int) -> str:
        return self._paths[docnum]

    def article(self, docnum: int) -> tuple[str, int]:
        """The passage's article: its file's path, and which article of the file it is in."""
        path = self.path(docnum)
        return path, self._document(path).article(self._paras[docnum])

    def fingerprint(self, docnum: int) -> int:
        """The passage's `fingerprint`, from its column: no document unpacked."""
        return self._stories[docnum]

    def passage(self, docnum: int) -> Passage:
        path = self.path(docnum)
        return self._document(path).passage(path, self._paras[docnum])

    def _document(self, path: str) -> Document:
        if path not in self._documents:
            docnum = file_record(self.searcher.reader(), path)
            stored = self.searcher.stored_fields(docnum) if docnum is not None else {}
            self._documents[path] = Document(*stored[f.DOCUMENT]) if f.DOCUMENT in stored else Document()
        return self._documents[path]


_PER_READER: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def once_per_reader(reader, key, make):
    """make(), computed once for this reader and key: an open index serves many searches, and
    what is read here from a reader does not change while it is open."""
    cache = _PER_READER.setdefault(reader, {})
    if key not in cache:
        cache[key] = make()
    return cache[key]


def column(reader, name: str):
    """reader.column_reader(name), made once a reader: making one reads every offset in it."""
    return once_per_reader(reader, ("column", name), lambda: reader.column_reader(name))


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
