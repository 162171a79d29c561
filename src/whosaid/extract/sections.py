"""Lines of a page's layout that stand between a story's paragraphs without being part of its
prose: a crosshead over a section (`Rising costs`, `Growing Pressure`, a page's `<h2>`) and a
live blog's time stamp (`3:40 p.m.`, `Posted at 10:05`). The story reads past them, as past a
picture's credit. So does it past a pull quote a page shows without its marks, which copies the
words of a quotation the story gives.

    between_sections(paragraphs, n, headings) -> bool
    pull_quote_copies(paragraphs) -> set[int]
    list_marks(paragraphs) -> [length of the list mark opening each paragraph, or 0]
"""
from __future__ import annotations

import re

from .lexicon import HONORIFICS, given_name
from .phrases import title_case

_STAMP = re.compile(
    r"(?:(?:Posted|Updated|Published|Last updated)(?: at| on)?:?\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|AM|PM)?"
    r"(?:\s+(?:GMT|BST|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|CET|CEST|IST|AEST|AEDT|local time))?", re.I)
_CROSSHEAD_WORDS = 8
_CROSSHEAD_LENGTH = 60
_NOT_IN_A_CROSSHEAD = re.compile(r"[,;:\"“”‘’()\[\]]|'(?!s\b)|[.!…]$")
_QUOTATION_MARKS = re.compile(r"[\"“”‘’]|(?<!\w)'|'(?!\w)")
_SECTION_WORDS = {"analysis", "background", "reaction", "context", "timeline", "comment", "explainer", "update",
                  "updates", "profile", "verdict", "factbox", "q&a", "recap", "overview"}
_SENTENCE_ENDS = (".", "?", "!", '"', "”", "’", "'", "…", ")")


def between_sections(paragraphs: tuple[str, ...], n: int, headings: frozenset[str] = frozenset()) -> bool:
    """Whether paragraph `n` (past the headline and the line under it) is a time stamp or a crosshead:
    one its page marks as a heading (in `headings`), unless it quotes someone or ends as a sentence
    or a question does, or one that reads as a crosshead after a paragraph that ends a sentence."""
    if n < 2:
        return False
    text = paragraphs[n].strip()
    if text in headings:  # (a question that names someone stays: `Why not Level 3 for NPHET?`)
        return not text.endswith((".", "?")) and _QUOTATION_MARKS.search(text) is None or crosshead(text)
    return len(text) <= _CROSSHEAD_LENGTH and (
        timestamp(text) or crosshead(text) and paragraphs[n - 1].rstrip().endswith(_SENTENCE_ENDS))


def timestamp(text: str) -> bool:
    """`3:40 p.m.`, `14:32 GMT`, `Posted at 10:05`, `Updated 9:15 AM ET`: a live blog's entry's time."""
    return _STAMP.fullmatch(text) is not None


def crosshead(text: str) -> bool:
    """`Rising costs`, `Growing Pressure`, `Wearing of masks in US too divisive`: a short line in
    sentence or title case, with no sentence's stop, comma, colon or quotation mark; or a question
    that names no one or is in title case (`What happens next?`, `Who Is Affected?`; but `Did that
    mean Garcia would vote for Trump?` tells whom the next paragraph's he is). Not a person's name
    (`Michael Moran`, `Dr Jane Hill`); a word alone only when it names a section (`Analysis`)."""
    words = text.split()
    if len(words) <= 1:
        return bool(words) and words[0].lower() in _SECTION_WORDS  # (an empty paragraph is none)
    if not (len(words) <= _CROSSHEAD_WORDS and len(text) <= _CROSSHEAD_LENGTH and words[0][:1].isupper()
            and _NOT_IN_A_CROSSHEAD.search(text) is None):
        return False
    if text[-1] == "?":
        return not any(w[:1].isupper() for w in words[1:]) or title_case(words)
    return words[1][:1].islower() or title_case(words) and not _a_persons_name(words)


def _a_persons_name(words: list[str]) -> bool:
    """`Michael Moran`, `Dr Jane Hill`: a given name or an honorific first; but no name goes on with a
    word such as `Under` (`Grace Under Fire`, a crosshead)."""
    first = words[0].lower().rstrip(".")
    return (given_name(first.removesuffix("'s")) or first in HONORIFICS) \
        and not any(w.lower() in _NOT_IN_A_NAME for w in words[1:])


_NOT_IN_A_NAME = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with", "from", "under",
                  "after", "before", "against", "about", "is", "are", "was", "my", "our", "your", "his", "her",
                  "their", "its", "no", "not"}


def pull_quote_copies(paragraphs: tuple[str, ...]) -> set[int]:
    """The paragraphs past the second that copy, without quotation marks, the words of a paragraph
    with marks (`We ran out of fuel and the electricity is cut off` over `"For days we warned of it,"
    Dr. Sobhi Skaik said. "We ran out of fuel and the electricity is cut off."`): a page's pull quote,
    whose layout alone marked it."""
    quoting = [n for n, text in enumerate(paragraphs) if _QUOTATION_MARKS.search(text)]
    if not quoting:
        return set()
    quoted = _Quoted(paragraphs, quoting)
    copies = set()
    for n, text in enumerate(paragraphs[2:], 2):
        if len(text) > _PULL_QUOTE_LENGTH or not quoted.may_hold(text) or _QUOTATION_MARKS.search(text):
            continue  # (most paragraphs are no copy, told cheaply)
        words = words_of(text)
        if words.count(" ") + 1 >= _PULL_QUOTE_WORDS and quoted.holds(words):
            copies.add(n)
    return copies


_PULL_QUOTE_LENGTH = 400
_PULL_QUOTE_WORDS = 6  # the fewest: not a phrase anyone might use
_LONG_QUOTED = 100_000  # characters of quoting paragraphs past which each paragraph's search of them all would
# make a long document's time grow with its square


class _Quoted:
    """The words of a document's quoting paragraphs, for a paragraph's words to be looked for. In a short
    document they are all searched, after a cheap look for the paragraph's first words as written; in a
    long one (a transcript, a book), only those that hold its first three words side by side."""

    def __init__(self, paragraphs: tuple[str, ...], quoting: list[int]):
        self.raw = "\n".join(paragraphs[k] for k in quoting).lower()
        self.long = len(self.raw) > _LONG_QUOTED
        self._paragraphs, self._quoting = paragraphs, quoting
        self._words: list[str] | None = None  # each quoting paragraph's words, ` a b c `, made when first asked
        self._joined = ""
        self._holding: dict[str, list[int]] = {}  # (long) three words side by side -> the paragraphs holding them

    def may_hold(self, text: str) -> bool:
        return self.long or " ".join(text.lower().split()[:3]) in self.raw

    def holds(self, words: str) -> bool:
        if self._words is None:
            self._words = [f" {words_of(self._paragraphs[k])} " for k in self._quoting]
            self._joined = "\n".join(self._words)
            for i, said in enumerate(self._words if self.long else ()):
                parts = said.split()
                for j in range(len(parts) - 2):
                    self._holding.setdefault(" ".join(parts[j:j + 3]), []).append(i)
        if not self.long:
            return f" {words} " in self._joined  # (a line each: no match runs across two)
        head = " ".join(words.split(" ")[:3])
        return any(f" {words} " in self._words[i] for i in self._holding.get(head, ()))


def words_of(text: str) -> str:
    """The text's words in lowercase, a space between each (`We’re here.` -> `we're here`)."""
    return " ".join(_WORD.findall(text.lower().replace("’", "'")))


_WORD = re.compile(r"[\w'’]+")


def list_marks(paragraphs: tuple[str, ...]) -> list[int]:
    """The length of the mark a list in plain text opens each item with, else 0: a bullet (`• `, `▪ `,
    `* `) wherever it opens a paragraph, a dash or a number (`- `, `– `, `1. `, `2) `) only where the
    paragraph before or after opens with one too (a lone `- Sanders.` signs a quotation). The story is
    read without them: `• "We will win," he said` opens on its quotation."""
    found = [_LIST_MARK.match(text) for text in paragraphs]
    kinds = [None if mark is None else mark.lastindex for mark in found]  # 1 bullet, 2 dash, 3 number
    return [mark.end() if mark is not None and (kind == 1 or kind in kinds[max(0, n - 1):n] + kinds[n + 1:n + 2])
            else 0 for n, (mark, kind) in enumerate(zip(found, kinds))]


_LIST_MARK = re.compile(r"(?:([•◦▪▫‣●○■□*])|([-–—])|(\d{1,2}[.)]))\s+(?=\S)")
