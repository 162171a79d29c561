"""The shared vocabulary: frozen dataclasses that flow from ingest to extract to store to render."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Document:
    """An article as read from disk: its paragraphs and what is known about it."""

    path: str  # the document key: the file's path as given
    paragraphs: tuple[str, ...]
    title: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None

    @property
    def display_title(self) -> str:
        return self.title or self.path.rsplit("/", 1)[-1]


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
    def cues(self) -> list[str]:
        return unique(q.cue for q in self.quotes if q.cue)

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
    """A ranked passage with the character ranges of its text and title that matched."""

    rank: int
    score: float
    passage: Passage
    highlights: tuple[Span, ...] = ()
    title_highlights: tuple[Span, ...] = ()

    def to_dict(self) -> dict:
        spans = lambda ss: [{"start": s.start, "end": s.end} for s in ss]  # noqa: E731
        return {"rank": self.rank, "score": round(self.score, 4), "key": self.passage.key,
                **self.passage.to_dict(), "highlights": spans(self.highlights),
                "title_highlights": spans(self.title_highlights)}


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: str
    total: int  # how many passages matched, beyond the ones returned
    hits: tuple[Hit, ...] = ()

    def to_dict(self) -> dict:
        return {"query": self.query, "total": self.total, "hits": [h.to_dict() for h in self.hits]}


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions on which passages a search may return, applied as query objects."""

    speakers: tuple[str, ...] = ()  # any of these names, matched by word ("weinstein")
    since: date | None = None  # passage date on or after
    until: date | None = None  # passage date on or before


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
    passages: int = 0
    quotes: int = 0
    seconds: float = 0.0
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def added(self) -> int:
        return self.documents - self.updated

    def add(self, passages: list[Passage], updated: bool = False) -> None:
        self.documents += 1
        self.updated += updated
        self.passages += len(passages)
        self.quotes += sum(len(p.quotes) for p in passages)


def unique(items) -> list:
    """The items in first-seen order, each once."""
    return list(dict.fromkeys(items))


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
