"""Names in a document: who is mentioned where, with what title, whether as a sentence's
subject, and which full name each surname stands for. Built once a document, from every
paragraph (quotations included)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .lexicon import (AUXILIARIES, CUE_FORMS, DESCRIPTORS, FEMALE_NAMES, FEMALE_PRONOUNS, FEMALE_WORDS, HONORIFICS,
                      MALE_NAMES, MALE_PRONOUNS, MALE_WORDS, NOT_NAMES, ORG_WORDS)
from .tokens import SENTENCE_END, Token

_CONNECTORS = {"de", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "da", "di", "del",
               "della", "dos", "das", "ibn", "st.", "y"}
_SUFFIXES = {"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"}
_HARD_STOPS = {"the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "of", "for", "with",
               "said", "says", "told", "he", "she", "they", "it", "i", "we", "this", "that"}
_OBJECT_MARKERS = {"to", "with", "by", "for", "of", "against", "behind", "about", "from", "than",
                   "like", "and", "or", "on", "at", "in", "into", "over", "under", "between", "among"}
_SUBJECT_PRONOUN_REACH = 25  # tokens after a subject in which its pronoun is looked for


@dataclass(frozen=True, slots=True)
class NameMention:
    para: int
    start: int
    end: int
    words: tuple[str, ...]  # without titles, suffixes and possessive endings: ("Harvey", "Weinstein")
    title: str | None  # "Mr.", "Sen.", "actress"
    is_org: bool
    in_quote: bool
    is_subject: bool = False
    pronoun: str | None = None  # the first he/she after a subject mention, in its sentence

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
        word = _word(tok)
        if tok.is_capitalised and (word not in NOT_NAMES or j > i and word not in _HARD_STOPS):
            j += 1
            if tok.is_possessive:
                break
        elif j > i and tok.lower in _CONNECTORS and j + 1 < len(tokens) and tokens[j + 1].is_capitalised:
            j += 1
        else:
            break
    return j


def _mention(para, tokens, i, j, quoted) -> NameMention | None:
    if i > 0 and tokens[i - 1].text == "(" and j < len(tokens) and tokens[j].text == ")":
        return None  # "(R-Ohio)", "(D)"
    run = tokens[i:j]
    title = tokens[i - 1].text if i > 0 and tokens[i - 1].lower in HONORIFICS and not tokens[i - 1].is_capitalised else None
    while len(run) > 1 and (run[0].lower in HONORIFICS or run[0].bare.lower() in DESCRIPTORS):
        title = run[0].text if run[0].lower in HONORIFICS else title
        run = run[1:]
    if len(run) == 1 and run[0].bare.lower() in DESCRIPTORS:
        return None
    words = tuple(t.bare for t in run if t.lower not in _SUFFIXES and (t is not run[0] or t.bare.lower() not in NOT_NAMES))
    if not words or all(w.lower() in NOT_NAMES for w in words):
        return None
    is_org = (any(w.lower() in ORG_WORDS for w in words) or (i > 0 and tokens[i - 1].lower == "the")
              or len(words) == 1 and len(words[0]) > 1 and words[0].isupper())
    start, end = run[0].start, run[-1].end
    in_quote = any(a <= start < b for a, b in quoted)
    subject = not is_org and _is_subject(tokens, i, j)
    return NameMention(para, start, end, words, title, is_org, in_quote, subject,
                       _following_pronoun(tokens, j) if subject else None)


def _is_subject(tokens, i, j) -> bool:
    """A name at a sentence's start or right before a verb, and not after a preposition."""
    before = tokens[i - 1] if i > 0 else None
    if before is not None and (before.lower in _OBJECT_MARKERS or before.is_possessive):
        return False
    if tokens[j - 1].is_possessive:
        return False
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.text == ",":
        after = _after_appositive(tokens, j)
    if after is not None and after.is_word and not after.is_capitalised:
        return _verbish(after.lower)
    return before is None or before.text in SENTENCE_END


def _after_appositive(tokens, comma):
    """`X, a spokesman for Y, said`: the word after the appositive's closing comma."""
    for k in range(comma + 1, min(len(tokens), comma + 16)):
        if tokens[k].text in SENTENCE_END or tokens[k].is_quote:
            return None
        if tokens[k].text == ",":
            return tokens[k + 1] if k + 1 < len(tokens) else None
    return None


def _verbish(low: str) -> bool:
    return low in CUE_FORMS or low in AUXILIARIES or low.endswith("ed") or low.endswith("s") and len(low) > 3


def _following_pronoun(tokens, j) -> str | None:
    for tok in tokens[j:j + _SUBJECT_PRONOUN_REACH]:
        if tok.text in SENTENCE_END or tok.is_quote:
            return None
        if tok.lower in MALE_PRONOUNS:
            return "m"
        if tok.lower in FEMALE_PRONOUNS:
            return "f"
    return None


def _word(tok: Token) -> str:
    """The lowercase word without possessive or contraction: `He’d` -> `he`."""
    return tok.bare.lower().replace("’", "'").split("'")[0]


class Names:
    """The people and organisations of one document, and the full name of each mention."""

    def __init__(self, mentions: list[NameMention]):
        self.mentions = mentions
        self.full: dict[str, list[NameMention]] = defaultdict(list)  # last word -> full-name mentions
        for m in mentions:
            if len(m.words) >= 2 and not m.is_org:
                self.full[m.words[-1].lower()].append(m)
        self._genders = self._vote_genders()

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
        """m, f, or None when the evidence is missing or split."""
        votes = self._genders.get(canonical)
        if not votes:
            return role_gender(canonical)
        (top, count), *rest = votes.most_common(2) + [(None, 0)]
        return top if count > rest[0][1] else None

    def is_person(self, canonical: str) -> bool:
        return canonical in self._genders

    def events_before(self, at: tuple[int, int], quoted: bool = False):
        """(position, canonical, is_subject) of people named before `at` (outside quotations
        unless `quoted`)."""
        for m in self.mentions:
            if m.at >= at:
                break
            if (quoted or not m.in_quote) and not m.is_org:
                yield m.at, self.canonical(m.words, m.at), m.is_subject

    def orgs_before(self, at: tuple[int, int]):
        for m in reversed(self.mentions):
            if m.at < at and m.is_org:
                yield " ".join(m.words)

    def _vote_genders(self) -> dict[str, Counter]:
        votes: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            if not m.is_org:
                name = self.canonical(m.words, m.at)
                votes[name].update({})
                for gender, weight in _evidence(m):
                    votes[name][gender] += weight
        return votes


def _evidence(m: NameMention):
    title = (m.title or "").lower()
    if HONORIFICS.get(title):
        yield HONORIFICS[title], 3
    elif title in FEMALE_WORDS or title in MALE_WORDS:
        yield ("f" if title in FEMALE_WORDS else "m"), 3
    first = m.words[0].lower()
    if len(m.words) >= 2 and (first in FEMALE_NAMES) != (first in MALE_NAMES):
        yield ("f" if first in FEMALE_NAMES else "m"), 2
    if m.pronoun:
        yield m.pronoun, 1


def role_gender(phrase: str) -> str | None:
    """The gender a description's last word carries: `his spokeswoman` -> f."""
    last = phrase.rsplit(" ", 1)[-1].lower()
    return "f" if last in FEMALE_WORDS else "m" if last in MALE_WORDS else None
