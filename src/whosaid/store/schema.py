"""The index's fields, declared once. Nothing outside store/ names a field as a string.

One Whoosh document a paragraph (KIND=passage), plus one a source file (KIND=file) that records
what was indexed from it, so that a re-run can tell new, changed and unchanged files apart. Both
live in one index so that a commit covers both.
"""
from __future__ import annotations

SCHEMA_VERSION = 2
MARKER = "whosaid.json"  # the file that makes a folder a whosaid index

# field names
KIND = "kind"
KEY = "key"
PATH = "path"
TITLE = "title"
PARA = "para"
TEXT = "text"
QUOTE = "quote"
SPEAKER = "speaker"  # canonical names, searchable by word
SPEAKER_EXACT = "speaker_exact"  # canonical names, lowercased, one keyword each
CUE = "cue"
DATE = "date"
PUBLISHED = "published"
URL = "url"
AUTHOR = "author"
QUOTES = "quotes"  # stored only: the quotations with offsets, speakers and cues
SPEAKERS = "speakers"  # stored only: the list, in order
QUOTED = "quoted"  # whether the passage has a quotation
FILE_STATE = "file_state"  # stored only, on file records: size, mtime, sha1
SHA1 = "sha1"  # file records: the content hash, to find identical articles
DUP_OF = "dup_of"  # file records of a duplicate: the path whose passages it shares

PASSAGE_KIND = "passage"
FILE_KIND = "file"
SEARCH_FIELDS = (TEXT, QUOTE, TITLE, SPEAKER)
FIELD_BOOSTS = {TITLE: 2.0, QUOTE: 1.5, TEXT: 1.0, SPEAKER: 1.0}
SPEAKER_SEPARATOR = "; "
MAX_WORD = 60  # longer tokens (a 1 MB line with no spaces) are not indexed as words


def stemming_analyzer():
    from whoosh.analysis import CharsetFilter, StemmingAnalyzer
    from whoosh.support.charset import accent_map

    return StemmingAnalyzer(maxsize=MAX_WORD) | CharsetFilter(accent_map)


def name_analyzer():
    from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer, StopFilter
    from whoosh.support.charset import accent_map

    return RegexTokenizer(r"\w+") | LowercaseFilter() | StopFilter(minsize=1, maxsize=MAX_WORD) | CharsetFilter(accent_map)


def build_schema():
    from whoosh import fields

    words = stemming_analyzer()
    return fields.Schema(**{
        KIND: fields.ID(stored=True),
        KEY: fields.ID(stored=True, unique=True),
        PATH: fields.ID(stored=True, sortable=True),
        TITLE: fields.TEXT(analyzer=words, stored=True, field_boost=FIELD_BOOSTS[TITLE]),
        PARA: fields.NUMERIC(int, stored=True, sortable=True),
        TEXT: fields.TEXT(analyzer=words, stored=True, field_boost=FIELD_BOOSTS[TEXT]),
        QUOTE: fields.TEXT(analyzer=words, stored=False, field_boost=FIELD_BOOSTS[QUOTE]),
        SPEAKER: fields.TEXT(analyzer=name_analyzer(), stored=False, field_boost=FIELD_BOOSTS[SPEAKER]),
        SPEAKER_EXACT: fields.KEYWORD(lowercase=True, commas=True, scorable=False),
        CUE: fields.KEYWORD(lowercase=True, commas=True, stored=False),
        DATE: fields.DATETIME(stored=True, sortable=True),
        PUBLISHED: fields.DATETIME(stored=True, sortable=True),
        URL: fields.ID(stored=True),
        AUTHOR: fields.STORED,
        QUOTES: fields.STORED,
        SPEAKERS: fields.STORED,
        QUOTED: fields.BOOLEAN(),
        FILE_STATE: fields.STORED,
        SHA1: fields.ID(stored=True),
        DUP_OF: fields.ID(stored=True),
    })
