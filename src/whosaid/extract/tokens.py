"""A paragraph as a stream of tokens in which each quotation is one token.

Attribution rules read the words around a quotation; collapsing the quotation to a single token
keeps its inner punctuation from ending sentences and its words from posing as subjects.
"""
from __future__ import annotations

import re

from .lexicon import HONORIFICS
from .marks import Marked

TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W_](?:[\w'’\-]*[^\W_])?(?:['’]s?)?|[^\w\s]", re.U)
ABBREVIATIONS = {k for k in HONORIFICS if k.endswith(".")} | {
    "st.", "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "no.", "vs.", "etc.", "gov.", "sen.", "rep.",
    "u.s.", "u.k.", "u.n.", "d.c.", "a.m.", "p.m.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "mt.", "ft.", "e.g.", "i.e.", "ave."}
SENTENCE_END = {".", "!", "?"}


class Token:
    """A word, a punctuation mark, or a whole quotation (`quote` >= 0), with its offsets.

    The word's forms are computed once: the extractor asks for them many times.
    """

    __slots__ = ("text", "start", "end", "quote", "lower", "is_quote", "is_word", "is_capitalised",
                 "is_possessive", "bare")

    def __init__(self, text: str, start: int, end: int, quote: int = -1):
        self.text, self.start, self.end, self.quote = text, start, end, quote
        self.lower = text.lower()
        self.is_quote = quote >= 0
        self.is_word = not self.is_quote and text[0].isalnum()
        self.is_capitalised = self.is_word and text[0].isupper()
        apostrophe = self.is_word and text[-1] in "s'’"
        self.is_possessive = apostrophe and text.endswith(_POSSESSIVE)
        self.bare = _bare(text) if apostrophe else text

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.quote})"


_POSSESSIVE = ("'s", "’s", "s'", "s’")


def _bare(text: str) -> str:
    """The word without a possessive ending."""
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def tokenize(text: str, quotes: list[Marked]) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    for qi, q in enumerate(quotes):
        tokens += _words(text, pos, q.outer_start)
        tokens.append(Token(text[q.outer_start:q.outer_end], q.outer_start, q.outer_end, qi))
        pos = q.outer_end
    tokens += _words(text, pos, len(text))
    return tokens


_DOMAIN = re.compile(r"(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io|us|info)\b")
_ASIDE = re.compile(r"\([^()]{1,16}\)")  # "(R-Ohio)", "(AFP)": not part of the sentence's syntax


def _words(text: str, start: int, end: int) -> list[Token]:
    out = []
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)]
    for m in TOKEN.finditer(text, start, end):
        if asides and any(a <= m.start() < b for a, b in asides):
            continue
        word = m.group()
        nxt = m.end()
        if nxt < end and text[nxt] == "." and (word.lower() + "." in ABBREVIATIONS or _is_initial(word)):
            out.append(Token(word + ".", m.start(), nxt + 1))
        elif nxt < end and text[nxt] == "." and _DOMAIN.match(text, nxt):  # GunBroker.com
            tail = _DOMAIN.match(text, nxt).end()
            out.append(Token(text[m.start():tail], m.start(), tail))
        elif out and out[-1].end > m.start():
            continue  # the period that an abbreviation already took
        else:
            out.append(Token(word, m.start(), nxt))
    return out


def _is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()
