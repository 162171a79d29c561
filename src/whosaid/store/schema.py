"""The index's fields, declared once. Nothing outside store/ names a field as a string.

One Whoosh document a paragraph, plus one a source file that records what was indexed from it,
so that a re-run can tell new, changed and unchanged files apart. Both live in one index so
that a commit covers both. They share no indexed field: a query on a passage's fields can
never match a file record, so searches need no filter to keep them apart.

Lean on purpose (indexing speed and size): paragraphs, with their dates and quotations, are
stored once per document, in the file record, and a passage stores nothing (records.py);
positions are varint deltas (analysis.CompactPositions) in compact posting blocks (codec.py);
dates are `YYYYMMDD` terms (one term each, sortable) rather than Whoosh's eight-tier numeric
terms; paragraph numbers are a column, not terms.
"""
from __future__ import annotations

SCHEMA_VERSION = 13
MARKER = "whosaid.json"  # the file that makes a folder a whosaid index

# field names
KIND = "kind"  # file records only: "file"
PATH = "path"  # passages: the document key
FILE_PATH = "file_path"  # file records: the document key
TITLE = "title"
PARA = "para"  # a column, for sorting
STORY = "story"  # passages: a fingerprint of the title and text, a column, so that a passage other files repeat
# is told without unpacking their documents
TEXT = "text"
QUOTE = "quote"
SPEAKER = "speaker"  # canonical names, searchable by word
AUTHOR = "author"  # who wrote the passage's article, searchable by word (not a default search field)
DATE = "date"  # YYYYMMDD
PUBLISHED = "published"  # YYYYMMDD
# Each date is also indexed by month (YYYYMM) and year (YYYY), so that a range of any length is
# a few small term ranges (query.date_range) rather than one term for every day in it.
DATE_MONTH, DATE_YEAR = "date_month", "date_year"
PUBLISHED_MONTH, PUBLISHED_YEAR = "published_month", "published_year"
DATE_LEVELS = {DATE: (DATE_YEAR, DATE_MONTH, DATE), PUBLISHED: (PUBLISHED_YEAR, PUBLISHED_MONTH, PUBLISHED)}
URL = "url"
QUOTED = "quoted"  # whether the passage has a quotation
DOCUMENT = "document"  # stored only, on file records: title, URL, author, date, paragraphs (records.py)
FILE_STATE = "file_state"  # a column, on file records: size, mtime, sha1, path, original (records.py)
DUP_OF = "dup_of"  # file records of a duplicate: the path whose passages it shares

FILE_KIND = "file"
SEARCH_FIELDS = (TEXT, QUOTE, TITLE, SPEAKER)
FIELD_BOOSTS = {TITLE: 2.0, QUOTE: 1.5, TEXT: 1.0, SPEAKER: 1.0}
SPEAKER_SEPARATOR = "; "
NAME_FIELDS = {"speaker": SPEAKER, "author": AUTHOR}  # the names fields, as --speaker and --author call them


def stemming_analyzer():
    from .analysis import WordAnalyzer

    return WordAnalyzer(stemming=True)


def name_analyzer():
    from .analysis import WordAnalyzer

    return WordAnalyzer(stemming=False, minsize=1)


def _text(analyzer, boost: float):
    from whoosh import fields

    from .analysis import CompactPositions

    field = fields.TEXT(analyzer=analyzer, field_boost=boost)
    field.format = CompactPositions(field_boost=boost)
    return field


def build_schema():
    from whoosh import columns, fields

    words = stemming_analyzer()
    return fields.Schema(**{
        KIND: fields.ID,
        PATH: fields.ID(sortable=True),
        FILE_PATH: fields.ID(stored=True),
        TITLE: _text(words, FIELD_BOOSTS[TITLE]),
        PARA: fields.COLUMN(columns.NumericColumn("I")),
        STORY: fields.COLUMN(columns.NumericColumn("Q")),
        TEXT: _text(words, FIELD_BOOSTS[TEXT]),
        QUOTE: _text(words, FIELD_BOOSTS[QUOTE]),
        SPEAKER: _text(name_analyzer(), FIELD_BOOSTS[SPEAKER]),
        AUTHOR: _text(name_analyzer(), 1.0),
        DATE: fields.ID(sortable=True),
        DATE_MONTH: fields.ID,
        DATE_YEAR: fields.ID,
        PUBLISHED: fields.ID,
        PUBLISHED_MONTH: fields.ID,
        PUBLISHED_YEAR: fields.ID,
        URL: fields.ID,
        QUOTED: fields.BOOLEAN(),
        DOCUMENT: fields.STORED,
        FILE_STATE: fields.COLUMN(columns.VarBytesColumn()),
        DUP_OF: fields.ID(stored=True),
    })
