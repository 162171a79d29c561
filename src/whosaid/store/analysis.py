"""How text becomes index terms, fast: a fused word analyzer, and a compact positions format.

WordAnalyzer does in one loop what Whoosh's StemmingAnalyzer chains five generators for.

Words (letters and digits, with inner dots: `U.S`, `3.5`) are lowercased, accents folded,
stop words and words over MAX_WORD characters dropped (without taking a position, as Whoosh's
StopFilter does), and stemmed with Porter's algorithm through a cache. It yields Whoosh
tokens, so fields, the query parser and highlighting use it as they use any analyzer.
"""
from __future__ import annotations

import re
import unicodedata
from itertools import accumulate

from whoosh.analysis import Analyzer, Token
from whoosh.analysis.filters import STOP_WORDS
from whoosh.formats import Positions
from whoosh.lang.porter import stem as porter

WORD = re.compile(r"\w+(?:\.?\w+)*", re.UNICODE)
MAX_WORD = 60
_CACHE_LIMIT = 200_000


class WordAnalyzer(Analyzer):
    """Tokenize, lowercase, fold accents, drop stop words, and optionally stem."""

    def __init__(self, stemming: bool = True, stoplist=STOP_WORDS, minsize: int = 2, maxsize: int = MAX_WORD):
        self.stemming = stemming
        self.stoplist = frozenset(stoplist)
        self.minsize = minsize
        self.maxsize = maxsize
        self._forms: dict[str, str | None] = {}

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k != "_forms"}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._forms = {}

    def __eq__(self, other):
        return type(other) is type(self) and (self.stemming, self.stoplist, self.minsize, self.maxsize) == (
            other.stemming, other.stoplist, other.minsize, other.maxsize)

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pos = start_pos
        forms = self._forms
        for match in (WORD.finditer(value) if tokenize else _whole(value)):
            word = match.group()
            form = forms.get(word, _MISSING) if removestops else _MISSING  # (the cache holds stop words as None)
            if form is _MISSING:
                form = self._remember(word, removestops)
            if form is None:
                continue
            token.text = form
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = pos
                pos += 1
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token

    def word_positions(self, text: str) -> dict[str, list[int]]:
        """{indexed form: [position, …]}: what __call__ with positions=True yields, gathered
        without making tokens (how CompactPositions indexes a field)."""
        forms, found = self._forms, {}
        pos = 0
        for word in WORD.findall(text):
            form = forms.get(word, _MISSING)
            if form is _MISSING:
                form = self._remember(word)
            if form is None:
                continue
            if form in found:
                found[form].append(pos)
            else:
                found[form] = [pos]
            pos += 1
        return found

    def word_spans(self, text: str, wanted: set[str] | frozenset[str]) -> list[tuple[int, int]]:
        """(start, end) of every word whose indexed form is in `wanted`: what __call__ with
        chars=True finds, without making tokens."""
        forms, found = self._forms, []
        for match in WORD.finditer(text):
            word = match.group()
            form = forms.get(word, _MISSING)
            if form is _MISSING:
                form = self._remember(word)
            if form in wanted:
                found.append(match.span())
        return found

    def _remember(self, word: str, removestops: bool = True) -> str | None:
        """The word's indexed form, computed and (up to a limit, and only with stop words
        removed) cached: the callers look the cache up first, inline."""
        form = self._form(word, removestops)
        if removestops and len(self._forms) < _CACHE_LIMIT:
            self._forms[word] = form
        return form

    def _form(self, word: str, removestops: bool) -> str | None:
        """The indexed form of a word, or None when it is not indexed. Without `removestops` (a
        wildcard's letters: `b*`, `a*`), neither a stop word nor a word under `minsize` is dropped."""
        low = word.lower()
        if not (self.minsize if removestops else 1) <= len(low) <= self.maxsize or removestops and low in self.stoplist:
            return None
        if not low.isascii():
            low = _fold(low)
        return porter(low) if self.stemming else low


_MISSING = object()


def _fold(word: str) -> str:
    """`café` -> `cafe`: accents off, other letters kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class _Whole:
    def __init__(self, value):
        self.value = value

    def group(self):
        return self.value

    def start(self):
        return 0

    def end(self):
        return len(self.value)


def _whole(value):
    return [_Whole(value)] if value else []


class CompactPositions(Positions):
    """Whoosh's Positions format with the position deltas as varints instead of a four-byte
    count and a pickled list: a term's positions in a paragraph take one or two bytes instead of
    a dozen, and encode faster. The count is the number of varints (bytes below 0x80); the
    posting list stores each value's length (codec.py)."""

    def word_values(self, value, analyzer, **kwargs):
        boost = self.field_boost
        if isinstance(analyzer, WordAnalyzer) and not kwargs.get("start_pos"):
            positions = analyzer.word_positions(value)
        else:
            positions = {}
            kwargs["positions"] = True
            for token in analyzer(value, **kwargs):
                positions.setdefault(token.text, []).append(token.pos)
        for word, poslist in positions.items():
            yield word, len(poslist), len(poslist) * boost, self.encode(poslist)

    def postings(self, value: str, analyzer: WordAnalyzer) -> list[tuple[bytes, int, float, bytes]]:
        """What Field.index gives for `value` ((term bytes, frequency, weight, value) a word),
        as one list, without a generator a layer."""
        boost, one, encode = self.field_boost, _ONE_POSITION, self.encode
        return [(word.encode("utf-8"), len(poslist), len(poslist) * boost,
                 one[poslist[0]] if len(poslist) == 1 and poslist[0] < 0x80 else encode(poslist))
                for word, poslist in analyzer.word_positions(value).items()]

    def encode(self, poslist):
        out = bytearray()
        base = 0
        for pos in poslist:
            varint(out, pos - base)
            base = pos
        return bytes(out)

    def decode_positions(self, valuestring):
        return list(accumulate(_varints(valuestring)))

    def decode_frequency(self, valuestring):
        return sum(1 for byte in valuestring if byte < 0x80)

    def decode_weight(self, valuestring):
        return self.decode_frequency(valuestring) * self.field_boost


_ONE_POSITION = [bytes((pos,)) for pos in range(0x80)]  # the value of a word seen once, early


def varint(out: bytearray, number: int) -> None:
    while number >= 0x80:
        out.append((number & 0x7F) | 0x80)
        number >>= 7
    out.append(number)


def _varints(data: bytes) -> list[int]:
    numbers, number, shift = [], 0, 0
    for byte in data:
        number |= (byte & 0x7F) << shift
        if byte & 0x80:
            shift += 7
            continue
        numbers.append(number)
        number = shift = 0
    return numbers
