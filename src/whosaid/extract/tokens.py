"""A paragraph as a stream of tokens in which each quotation is one token.

Attribution rules read the words around a quotation; collapsing the quotation to a single token
keeps its inner punctuation from ending sentences and its words from posing as subjects.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import HONORIFICS
from .marks import Marked

_TOKEN = re.compile(r"(?:[^\W_][\w-]*\.)+(?:com|org|net|gov|edu|co|uk|io|us|info)\b|(?:[A-Z]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?(?:['’]s?)?|[^\w\s]", re.U)
_ABBREVIATIONS = {k for k in HONORIFICS if k.endswith(".")} | {
    "st.", "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "no.", "vs.", "etc.", "gov.", "sen.", "rep.",
    "u.s.", "u.k.", "u.n.", "d.c.", "a.m.", "p.m.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "mt.", "ft.", "e.g.", "i.e.", "ave."}
SENTENCE_END = {".", "!", "?"}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    quote: int = -1  # index of the quotation this token stands for, or -1

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_quote(self) -> bool:
        return self.quote >= 0

    @property
    def is_word(self) -> bool:
        return self.quote < 0 and (self.text[0].isalnum())

    @property
    def is_capitalised(self) -> bool:
        return self.is_word and self.text[0].isupper()

    @property
    def is_possessive(self) -> bool:
        return self.is_word and self.text.endswith(("'s", "’s", "s'", "s’"))

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        for ending in ("'s", "’s", "'", "’"):
            if self.text.endswith(ending):
                return self.text[: -len(ending)]
        return self.text


def tokenize(text: str, quotes: list[Marked]) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    for qi, q in enumerate(quotes):
        tokens += _words(text, pos, q.outer_start)
        tokens.append(Token(text[q.outer_start:q.outer_end], q.outer_start, q.outer_end, qi))
        pos = q.outer_end
    tokens += _words(text, pos, len(text))
    return tokens


_ASIDE = re.compile(r"\([^()]{1,16}\)")  # "(R-Ohio)", "(AFP)": not part of the sentence's syntax


def _words(text: str, start: int, end: int) -> list[Token]:
    out = []
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)]
    for m in _TOKEN.finditer(text, start, end):
        if asides and any(a <= m.start() < b for a, b in asides):
            continue
        word = m.group()
        nxt = m.end()
        if nxt < end and text[nxt] == "." and (word.lower() + "." in _ABBREVIATIONS or _is_initial(word)):
            out.append(Token(word + ".", m.start(), nxt + 1))
        elif out and out[-1].end > m.start():
            continue  # the period that an abbreviation already took
        else:
            out.append(Token(word, m.start(), nxt))
    return out


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
