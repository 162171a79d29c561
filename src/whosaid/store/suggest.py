"""`did you mean …`: for a query that matched nothing, the closest words the index knows.

The index holds stems (`retali`), so a typed word is compared with each stem of the same first
letter, the word's tail past the stem's length left free: `retaliaton` is 0 from `retali`.
The suggestion shows a word as written in an indexed passage, not the stem.
"""
from __future__ import annotations

import re

from . import schema as f
from .query import DATE_FIELDS, FIELD_PREFIX
from .records import PassageReader

_WORD = re.compile(r"[^\W_][\w'’-]*")
_OPERATORS = {"AND", "OR", "NOT", "TO", "ANDNOT", "ANDMAYBE"}
MAX_DISTANCE = 2
_SHORT = 5  # a term of fewer letters is within one edit or not near


def suggestion(text: str, reader, schema) -> str | None:
    """`text` with each word the index lacks replaced by a close one it has, or None. A word of a
    `speaker:` or `author:` clause is compared with that field's names; a field's name and a date are
    left as they are."""
    analyzer = schema[f.TEXT].analyzer
    clauses = [(m.start(2), m.end(2), m.group(1).lower()) for m in _CLAUSE.finditer(text)]
    out, pos, changed = [], 0, False
    for match in _WORD.finditer(text):
        word = match.group()
        field = next((name for start, end, name in clauses if start <= match.start() < end), None)
        if text.startswith(":", match.end()) or field in _DATES:
            replacement = None  # `author:`, `date:2017-10`
        elif field in _NAMES:
            replacement = _closest(word, schema[_NAMES[field]].analyzer, reader, _NAMES[field])
        else:
            replacement = _closest(word, analyzer, reader)
        out += [text[pos:match.start()], replacement or word]
        changed |= replacement is not None
        pos = match.end()
    out.append(text[pos:])
    return "".join(out) if changed else None


def name_suggestion(name: str, field: str, reader, schema) -> str | None:
    """A --speaker or --author name (`field` speaker or author) with each word the field lacks replaced
    by a close one it has (`weinstien` -> `weinstein`), or None."""
    words = name.split()
    mended = [_closest(word, schema[_NAMES[field]].analyzer, reader, _NAMES[field]) for word in words]
    return " ".join(m or w for m, w in zip(mended, words)) if any(mended) else None


_CLAUSE = re.compile(FIELD_PREFIX.pattern + r"(\"[^\"]*\"|\([^()]*\)|\[[^\]]*\]|[^\s()]+)")  # a field and its value
_NAMES = f.NAME_FIELDS
_DATES = DATE_FIELDS


def _closest(word: str, analyzer, reader, field: str = f.TEXT) -> str | None:
    """The word of `field` closest to `word`: of the text as a reader would write it, of a names field
    (speaker, author) as indexed (lowercase)."""
    forms = [t.text for t in analyzer(word)]
    if word in _OPERATORS or len(forms) != 1 or reader.doc_frequency(field, forms[0]) > 0 or len(word) < 4:
        return None
    if field != f.TEXT:
        near = _near(forms[0], reader, field, stem_ends=False)
        return min(near)[2] if near else None
    low = word.lower()
    written = [(surface, key) for key in _near(low, reader, f.TEXT, stem_ends=True)
               if (surface := _surface(key[2], analyzer, reader))]
    # the stem whose word as written is nearest the typed one: `tuiton` is `tuition`, not `tui` (whose stem
    # `tui` is as near as `tuition`'s once the tail past a stem is left free)
    return min(written, key=lambda found: (_damerau(low, found[0]), found[1]))[0] if written else None


def _near(low: str, reader, field: str, stem_ends: bool) -> list[tuple[int, int, str]]:
    """(distance, -frequency, term) of each term of `field` of the same first letter within MAX_DISTANCE
    of `low` (one edit for a term of fewer than _SHORT letters); with `stem_ends`, the word's tail past a
    stem's length is left free."""
    near = []
    for raw in reader.expand_prefix(field, low[0]):
        term = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if len(term) < max(3, len(low) // 2):
            continue
        distance = _distance(low[:len(term) + 1] if stem_ends and len(term) < len(low) else low, term)
        if distance <= (MAX_DISTANCE if len(term) >= _SHORT else 1):  # `zen` is no mending of `zzzqqq`
            near.append((distance, -reader.doc_frequency(field, term), term))
    return near


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of neighbours as one edit; when `a` is longer, its last
    letter may also be dropped for free (the stem may end there)."""
    full = _damerau(a, b)
    return min(full, _damerau(a[:-1], b)) if len(a) > len(b) else full


def _damerau(a: str, b: str) -> int:
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _surface(stem: str, analyzer, reader) -> str | None:
    """A word as written in the index's text whose stem is `stem`."""
    postings = reader.postings(f.TEXT, stem)
    if not postings.is_active():
        return None
    text = _passage_text(reader, postings.id())
    for token in analyzer(text, chars=True, mode="index"):
        if token.text == stem:
            return text[token.startchar:token.endchar].lower()
    return None


def _passage_text(reader, docnum: int) -> str:
    from whoosh.searching import Searcher

    return PassageReader(Searcher(reader)).passage(docnum).text
