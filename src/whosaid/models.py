"""The shared vocabulary: frozen dataclasses that flow from ingest to extract to store to render."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

_WRITERS_APART = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+|;\s*)")  # `A, B and C`, `A & B`, `A; B`


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read from disk: its paragraphs and what is known about it."""

    path: str  # the document key: the file's path as given
    paragraphs: tuple[str, ...]
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    headings: frozenset[str] = frozenset()  # paragraphs the page marks as headings (`<h2>`, `## …`)
    articles: tuple[Document, ...] = ()  # a file of several articles (a news database's export): each, its
    # paragraphs in order those of `paragraphs`
    spoken: tuple[Spoken, ...] = ()  # the turns the file itself marks (a broadcast's captions)


@dataclass(frozen=True, slots=True)
class Spoken:
    """Paragraph `para` (from 0) is a speaker's turn, as the file itself marks it: a caption's voice tag
    (`<v Roger Bingham>`) or label (`>> ROGER:`), its words from `start` on; `label` None for a turn whose
    speaker the file does not name (`>>` alone), which is no one else's."""

    para: int
    start: int
    label: str | None
    by_voice: bool = False


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: `text` is `paragraph[start:end]`, without the quotation marks."""

    text: str
    start: int
    end: int
    speaker: str | None = None  # canonical: "Harvey Weinstein's spokeswoman"
    speaker_mention: str | None = None  # as written: "his spokeswoman"
    cue: str | None = None  # the speech verb or phrase: "told", "according to"

    def to_dict(self) -> dict:
        return {"quote": self.text, "start": self.start, "end": self.end, "speaker": self.speaker,
                "speaker_mention": self.speaker_mention, "cue": self.cue}


@dataclass(frozen=True, slots=True)
class Passage:
    """One paragraph of a document, annotated with its quotations and its date."""

    path: str
    para: int  # 1-based paragraph number within the document
    text: str
    title: str | None = None
    published: date | None = None
    date: date | None = None  # the date the paragraph speaks of, else the publication date
    quotes: tuple[Quote, ...] = ()
    url: str | None = None
    author: str | None = None

    @property
    def key(self) -> str:
        return f"{self.path}#{self.para}"

    @property
    def speakers(self) -> list[str]:
        return unique(q.speaker for q in self.quotes if q.speaker)

    @property
    def writers(self) -> list[str]:
        """Each name of the author line (`author_line`'s): `Daniel Marans and Liz Skalka` -> both."""
        return [name for name in _WRITERS_APART.split(self.author or "") if name]

    @property
    def source(self) -> tuple:
        """What the passage shows of its document, or of its article in a file of several: title, URL,
        author and publication date."""
        return self.title, self.url, self.author, self.published

    def to_dict(self) -> dict:
        return {
            "path": self.path, "para": self.para, "text": self.text, "title": self.title,
            "published": iso(self.published), "date": iso(self.date), "url": self.url,
            "author": self.author, "speakers": self.speakers,
            "quotes": [q.to_dict() for q in self.quotes],
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A character range [start, end) of a string that a query matched."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    """A ranked passage with the character ranges that matched: in its text, its title, and
    each of its speakers (`speaker_highlights[i]` are spans of `passage.speakers[i]`)."""

    rank: int
    score: float
    passage: Passage
    highlights: tuple[Span, ...] = ()
    title_highlights: tuple[Span, ...] = ()
    speaker_highlights: tuple[tuple[Span, ...], ...] = ()
    also_at: tuple[str, ...] = ()  # other paths with the same content

    def to_dict(self) -> dict:
        return {"rank": self.rank, "score": round(self.score, 4), "key": self.passage.key,
                **self.passage.to_dict(), "also_at": list(self.also_at), "highlights": _spans(self.highlights),
                "title_highlights": _spans(self.title_highlights),
                "speaker_highlights": [_spans(s) for s in self.speaker_highlights]}


def _spans(spans) -> list[dict]:
    return [{"start": s.start, "end": s.end} for s in spans]


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int  # how many passages matched, beyond the ones returned
    hits: tuple[Hit, ...] = ()
    page: int = 1
    limit: int = 10
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # name -> [(value, count)]
    suggestion: str | None = None  # "did you mean" when nothing matched
    # when filters left nothing: how many passages the query matches without them (None without a query),
    # and each filter that alone allows no passage, as its option is written (`--speaker weinstien`)
    unfiltered: int | None = None
    empty_filters: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        out = {"query": self.query, "total": self.total, "page": self.page, "limit": self.limit,
               "hits": [h.to_dict() for h in self.hits]}
        if self.facets:
            out["facets"] = {name: [{"value": v, "count": c} for v, c in counts] for name, counts in self.facets.items()}
        if self.suggestion:
            out["suggestion"] = self.suggestion
        if self.unfiltered is not None:
            out["unfiltered"] = self.unfiltered
        if self.empty_filters:
            out["empty_filters"] = list(self.empty_filters)
        return out


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """Facts about an index, for `whosaid info`."""

    index_dir: str
    documents: int
    duplicates: int
    articles: int  # in the documents: more than them where a file holds several (a feed)
    passages: int
    quotes: int
    speakers: int
    writers: int  # the names of the articles' authors
    first_date: date | None
    last_date: date | None
    size_bytes: int
    updated: str | None  # ISO time of the last commit
    built_from: tuple[str, ...] = ()  # the folders and files its runs were given: what `whosaid index` alone reads

    def to_dict(self) -> dict:
        return {"index_dir": self.index_dir, "documents": self.documents, "duplicates": self.duplicates,
                "articles": self.articles, "passages": self.passages, "quotes": self.quotes, "speakers": self.speakers,
                "writers": self.writers,
                "first_date": iso(self.first_date), "last_date": iso(self.last_date),
                "size_bytes": self.size_bytes, "updated": self.updated, "built_from": list(self.built_from)}


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on which passages a search may return, applied as query objects."""

    speakers: tuple[str, ...] = ()  # any of these names, matched by word ("weinstein")
    authors: tuple[str, ...] = ()  # articles by any of these writers, matched by word
    since: date | None = None  # passage date on or after
    until: date | None = None  # passage date on or before
    quotes_only: bool = False  # only passages with quotations, matching inside the quoted words
    sources: tuple[str, ...] = ()  # globs over document paths and URLs


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was reported and left out, and why."""

    path: str
    reason: str


@dataclass(slots=True)
class IndexReport:
    """What one indexing run did."""

    documents: int = 0  # read and indexed: added + updated
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    duplicates: int = 0  # identical to a document already indexed: recorded, not indexed again
    passages: int = 0
    quotes: int = 0
    articles: int = 0  # in the documents indexed: more than them where a file holds several (a feed)
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)
    passed_over: dict[str, int] = field(default_factory=dict)  # files of other kinds in the folders, by suffix
    upgraded_from: object = None  # the schema version of an index this run built again for this version

    @property
    def added(self) -> int:
        return self.documents - self.updated

    def to_dict(self) -> dict:
        return {"documents": self.documents, "added": self.added, "updated": self.updated,
                "unchanged": self.unchanged, "removed": self.removed, "duplicates": self.duplicates,
                "articles": self.articles, "passages": self.passages, "quotes": self.quotes,
                "seconds": round(self.seconds, 3),
                "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
                "passed_over": dict(self.passed_over), "upgraded_from": self.upgraded_from}

    def add(self, counts: tuple[int, int, int], updated: bool = False) -> None:
        """Count one document indexed, with its `tally`."""
        self.documents += 1
        self.updated += updated
        passages, quotes, articles = counts
        self.passages += passages
        self.quotes += quotes
        self.articles += articles


def article_openings(passages: list[Passage]) -> list[Passage]:
    """In a file of several articles (a database's export, a feed), the passages after the first that open
    one: where what a passage shows of its document (`Passage.source`) changes."""
    return [p for before, p in zip(passages, passages[1:]) if p.source != before.source]


def tally(passages: list[Passage]) -> tuple[int, int, int]:
    """(passages, quotations, articles) of one document's passages."""
    return len(passages), sum(len(p.quotes) for p in passages), 1 + len(article_openings(passages))


def author_line(names: list[str]) -> str:
    """Several writers as one author line, as bylines join them: `A`, `A and B`, `A, B and C`."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def unique(items) -> list:
    """The items in first-seen order, each once."""
    return list(dict.fromkeys(items))


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
