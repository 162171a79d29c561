"""Names in a document: who is mentioned where, with what title, and which full name each
surname stands for. Built once a document, from every paragraph (quotations included)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from .lexicon import (FEMALE_NAMES, FEMALE_PRONOUNS, FEMALE_WORDS, HONORIFICS, MALE_NAMES,
                      MALE_PRONOUNS, MALE_WORDS, NOT_NAMES, ORG_WORDS)
from .tokens import Token

_CONNECTORS = {"de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del",
               "della", "dos", "das", "ibn", "st.", "y"}
_PRONOUN = re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.I)


@dataclass(frozen=True, slots=True)
class NameMention:
    para: int
    start: int
    end: int
    words: tuple[str, ...]  # without titles and possessive endings: ("Harvey", "Weinstein")
    title: str | None  # "Mr.", "Sen.", "actress"
    is_org: bool
    in_quote: bool

    @property
    def at(self) -> tuple[int, int]:
        return (self.para, self.start)


def find_names(para: int, tokens: list[Token], quoted: list[tuple[int, int]]) -> list[NameMention]:
    """Runs of capitalised words that read as names of people or organisations."""
    out, i = [], 0
    while i < len(tokens):
        j = _run_end(tokens, i)
        if j > i:
            mention = _mention(para, tokens, i, j, quoted)
            if mention:
                out.append(mention)
            i = j
        else:
            i += 1
    return out


def _run_end(tokens, i) -> int:
    """The end of the name run starting at `i` (== i when none starts there)."""
    j = i
    while j < len(tokens):
        tok = tokens[j]
        if tok.is_capitalised and (tok.bare.lower() not in NOT_NAMES or j > i and tok.bare.lower() not in _HARD_STOPS):
            j += 1
            if tok.is_possessive:
                break
        elif j > i and tok.lower in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].is_capitalised:
            j += 1
        else:
            break
    return j


_HARD_STOPS = {"the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "of", "for", "with",
               "said", "says", "told", "he", "she", "they", "it", "i", "we", "this", "that"}


def _mention(para, tokens, i, j, quoted) -> NameMention | None:
    run = tokens[i:j]
    title = None
    if i > 0 and tokens[i - 1].lower in HONORIFICS and not tokens[i - 1].is_capitalised:
        title = tokens[i - 1].text  # "actress Ashley Judd"
    while run and run[0].lower in HONORIFICS and len(run) > 1:
        title = run[0].text
        run = run[1:]
    words = tuple(t.bare for t in run if t.bare.lower() not in NOT_NAMES or t is not run[0])
    if not words or all(w.lower() in NOT_NAMES for w in words):
        return None
    is_org = any(w.lower() in ORG_WORDS for w in words) or (i > 0 and tokens[i - 1].lower == "the")
    start, end = run[0].start, run[-1].end
    in_quote = any(a <= start < b for a, b in quoted)
    return NameMention(para, start, end, words, title, is_org, in_quote)


class Names:
    """The people and organisations of one document, and the full name of each mention."""

    def __init__(self, mentions: list[NameMention], paragraphs: tuple[str, ...]):
        self.mentions = mentions
        self.full: dict[str, list[NameMention]] = defaultdict(list)  # last word -> full-name mentions
        for m in mentions:
            if len(m.words) >= 2 and not m.is_org:
                self.full[m.words[-1].lower()].append(m)
        self._genders = self._vote_genders(paragraphs)

    def canonical(self, words: tuple[str, ...], at: tuple[int, int], is_org=False) -> str:
        """The fullest name in the document that `words` stand for, as seen from `at`."""
        if is_org or not words:
            return " ".join(words)
        candidates = self.full.get(words[-1].lower(), [])
        if len(words) >= 2:
            longer = [m for m in candidates if len(m.words) > len(words) and m.words[-len(words):] == words and m.words[0] == words[0]]
            return " ".join(max(longer, key=lambda m: len(m.words)).words) if longer else " ".join(words)
        before = [m for m in candidates if m.at <= at]
        chosen = before[-1] if before else (candidates[0] if candidates else self._by_first_name(words[0]))
        return " ".join(chosen.words) if chosen else words[0]

    def _by_first_name(self, word: str) -> NameMention | None:
        found = {m.words: m for ms in self.full.values() for m in ms if m.words[0] == word}
        return next(iter(found.values())) if len(found) == 1 else None

    def gender(self, canonical: str) -> str | None:
        votes = self._genders.get(canonical)
        if not votes:
            return None
        (top, count), *rest = votes.most_common(2) + [(None, 0)]
        return top if count > rest[0][1] else None

    def persons_before(self, at: tuple[int, int]):
        """Canonical names of people mentioned outside quotations before `at`, latest first."""
        for m in reversed(self.mentions):
            if m.at < at and not m.in_quote and not m.is_org:
                yield self.canonical(m.words, m.at), m

    def orgs_before(self, at: tuple[int, int]):
        for m in reversed(self.mentions):
            if m.at < at and m.is_org:
                yield " ".join(m.words)

    def _vote_genders(self, paragraphs) -> dict[str, Counter]:
        votes: dict[str, Counter] = defaultdict(Counter)
        for k, m in enumerate(self.mentions):
            if m.is_org:
                continue
            name = self.canonical(m.words, m.at)
            for gender, weight in _evidence(m, self.mentions[k + 1] if k + 1 < len(self.mentions) else None, paragraphs):
                votes[name][gender] += weight
        return votes


def _evidence(m: NameMention, nxt: NameMention | None, paragraphs):
    title = (m.title or "").lower()
    if HONORIFICS.get(title):
        yield HONORIFICS[title], 3
    elif title in FEMALE_WORDS or title in MALE_WORDS:
        yield ("f" if title in FEMALE_WORDS else "m"), 3
    first = m.words[0].lower()
    if len(m.words) >= 2 and (first in FEMALE_NAMES) != (first in MALE_NAMES):
        yield ("f" if first in FEMALE_NAMES else "m"), 2
    text = paragraphs[m.para]
    stop = nxt.start if nxt is not None and nxt.para == m.para else min(len(text), m.end + 160)
    pronoun = _PRONOUN.search(text, m.end, max(stop, m.end))
    if pronoun and not m.in_quote:
        word = pronoun.group(1).lower()
        yield ("f" if word in FEMALE_PRONOUNS else "m" if word in MALE_PRONOUNS else None), 1
