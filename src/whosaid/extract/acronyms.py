"""A body's initials and its name in full as one speaker.

    spelled_out(speakers, paragraphs, a_body) -> {speaker as written: speaker with both forms}

`"…," the IMF said` in a story that names the International Monetary Fund, and the fund named in
full in one that also writes IMF, are one speaker: `International Monetary Fund (IMF)`, which
`--speaker imf` and `--speaker "monetary fund"` both find. So are those who speak for it: `a BPI
spokesman` beside `a British Phonographic Industry spokesman`.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from .lexicon import POLICE_TITLES, ROLE_WORDS

_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|[of](?=[A-Z])){1,5}")  # `IMF`, `NIESR`, `MoD`, `DfE` (of, for in lowercase);
# not `U.S.` or `AT&T`
_CONNECTORS = frozenset({"of", "for", "and", "the", "on", "in", "&", "de"})  # not initialled: `Institute for
# Fiscal Studies` is the IFS
_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the|on|in|&|de)\s+)*[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s?$")
_TITLES = ROLE_WORDS | POLICE_TITLES | {"pm", "qc", "kc", "gp", "md", "vp", "dc", "ds", "di", "dj"}  # initials
# written before a person's name, no body's


def spelled_out(speakers: Iterable[str], paragraphs: Iterable[str],
                a_body: Callable[[str], bool]) -> dict[str, str]:
    """For the speakers that are a body's initials (`IMF`) or a body's name of two words or more
    whose initials the text also writes as a word, the one form that holds both:
    `International Monetary Fund (IMF)`; for those who speak for such a body (`BPI spokesman`), the
    same with their words after it. The initials stand for a body only when one name in the text
    has them, and `a_body` says it names a body (`JK` is no Jason King, `BB` no Bhanu Baweja)."""
    described = {s: _body_and_rest(s) for s in speakers}
    speakers = set(described) | {body for body, rest in described.values() if rest}
    acronyms = {s for s in speakers if _ACRONYM.fullmatch(s)}
    text = "\n".join(paragraphs)
    found: dict[str, str] = {}
    for acronym, names in _names_with_initials(text, acronyms).items():
        if len(names) == 1 and a_body(name := next(iter(names))):
            found[acronym] = found[name] = f"{name} ({acronym})"
    initialled = [(body, form) for body in speakers - found.keys() if " " in body and _capitalised(body)
                  for form in initial_forms(body.split()) if len(form) >= 2 and form not in body.split()
                  and form.lower() not in _TITLES]  # not the `MP` of `Local MP Sarah Jones` for the Metropolitan Police
    alone = _words_alone(text) if len(initialled) > _SEARCHES else None  # (a long document's many speakers)
    for body, initials in initialled:
        if body not in found and (initials in alone if alone is not None else _written_alone(initials, text)) \
                and (a_body(body) or f"{body} ({initials})" in text):  # (`Jaguar Land Rover (JLR)`: a body's name
            # with its initials in brackets after it, as no one's is written)
            found[body] = f"{body} ({initials})"
    for clipped in speakers - found.keys():
        if name := _clipped_from(clipped, text, a_body):
            found[clipped] = found.setdefault(name, f"{name} ({clipped})")
    for speaker, (body, rest) in described.items():
        if rest and body in found:
            found[speaker] = f"{found[body]} {rest}"
    return {speaker: found[speaker] for speaker in described if speaker in found}


def _clipped_from(word: str, text: str, a_body: Callable[[str], bool]) -> str | None:
    """The one body's name of two words or more the text writes whose first word `word` clips (`Federal
    Reserve` for `Fed`, `Metropolitan Police` for `Met`): the shortest the others go on from, when `word` is a
    body's; None when none, or two that part (`Federal Reserve`, `Federal Aviation Administration`)."""
    if not (3 <= len(word) <= 6 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()) \
            or not a_body(word):  # `Fed`, `Met`: a short word a body's name is clipped to
        return None
    names = set()
    for start in _clipping_starts(word, text):
        words = _RUN.match(text, start).group().split()
        owner = next((k for k, w in enumerate(words) if _POSSESSIVE.search(w)), len(words) - 1)  # `Federal Reserve's`
        names.update(name for k in range(2, owner + 2) if a_body(name := _POSSESSIVE.sub("", " ".join(words[:k]))))
    shortest = min(names, key=len, default=None)
    return shortest if shortest and all(name.startswith(shortest) for name in names) else None


def _clipping_starts(word: str, text: str):
    """Where a capitalised word that `word` opens and at least three letters go on from starts."""
    k = text.find(word)
    while k >= 0:
        more = text[k + len(word):k + len(word) + 3]
        if (k == 0 or not text[k - 1].isalnum()) and len(more) == 3 and more.isalpha() and more.islower():
            yield k
        k = text.find(word, k + 1)


def _written_alone(initials: str, text: str) -> bool:
    """Whether the text writes the initials as a word of their own (`the IFS said`; not `IFSA`,
    `U.IFS`, `&IFS`). (Found by `str.find`, then the characters either side read: no pattern compiled for
    each set of initials.)"""
    k = text.find(initials)
    while k >= 0:
        end = k + len(initials)
        if not _WORD_CHARACTER.match(text, end) and (k == 0 or not _BEFORE_A_WORD.match(text, k - 1)):
            return True
        k = text.find(initials, k + 1)
    return False


_BEFORE_A_WORD = re.compile(r"[\w&.]")
_WORD_CHARACTER = re.compile(r"[\w&]")


def _words_alone(text: str) -> set[str]:
    """The words `_written_alone` finds, all at once: each run of letters, digits and ampersands not
    right after a full stop. (For more initials than _SEARCHES: each search reads the whole text.)"""
    return set(_WORD_ALONE.findall(text))


_WORD_ALONE = re.compile(r"(?<![\w&.])[\w&]+")
_SEARCHES = 8


def _body_and_rest(speaker: str) -> tuple[str, str]:
    """`BPI spokesman` -> (`BPI`, `spokesman`): the capitalised words that open a speaker, and the
    words in lowercase that describe who speaks for them; (speaker, ``) when there are none."""
    words = speaker.split()
    k = len(words)
    while k > 1 and words[k - 1].islower():
        k -= 1
    body = " ".join(words[:k])
    return (body, " ".join(words[k:])) if k < len(words) and _capitalised(body) and not _POSSESSIVE.search(body) \
        else (speaker, "")  # not `Jason King's spokesman`: a person's


def _names_with_initials(text: str, acronyms: set[str]) -> dict[str, set[str]]:
    """Each acronym's names in the text: runs of capitalised words (and the small words between
    them) whose capitals spell it."""
    names: dict[str, set[str]] = defaultdict(set)
    if not acronyms:
        return names
    prefixes = {acronym[:k] for acronym in acronyms for k in range(1, len(acronym) + 1)}
    for run in _RUN.finditer(text):
        found = run.group()
        if " " not in found:
            continue  # one word: most runs
        written = found.split()
        words = [_POSSESSIVE.sub("", w) for w in written]
        for i, first in enumerate(words):
            if not first[0].isupper():
                continue
            initials = ""
            for j in range(i, len(words)):
                if words[j] in _CONNECTORS:
                    skipped = j + 1 < len(words) and initials + words[j + 1][0] in prefixes  # `IFS`, not `IF…`
                    initials += next((letter for letter in (words[j][0], words[j][0].upper()) if initials + letter
                                      in prefixes and (letter.islower() or not skipped)), "")  # `o` of `MoD`, `O` of
                    continue  # `BOJ`
                initials += words[j][0]
                if initials not in prefixes:
                    break
                if initials in acronyms and j > i:  # as written but for an owner's mark at the end:
                    names[initials].add(" ".join(written[i:j] + words[j:j + 1]))  # `British Bankers' Association`
    return names


def _initials(words: list[str], kept: frozenset[str] = frozenset()) -> str:
    """The first letters of a name's words but its small ones, save those `kept` inside it."""
    return "".join(w[0] for k, w in enumerate(words) if w not in _CONNECTORS or w in kept and 0 < k < len(words) - 1)


def initial_forms(words: list[str]) -> tuple[str, ...]:
    """The initials of a body's name, and, where `of` or `for` stands inside it, the form that keeps their
    first letter (`MoD` of `Ministry of Defence`, `DfE` of `Department for Education`)."""
    plain, kept = _initials(words), _initials(words, _KEPT_SMALL_WORDS)
    whole = "".join(w if w.isupper() and len(w) <= 3 else w[0] for w in words if w not in _CONNECTORS)  # `UKVIA` of
    return tuple(dict.fromkeys((plain, kept, kept.upper(), whole)))  # `UK Vaping Industry Association`: initials
    # whole; `BOJ` of `Bank of Japan`, as `BoJ`


_KEPT_SMALL_WORDS = frozenset({"of", "for"})


def _capitalised(name: str) -> bool:
    """Every word capitalised but the small ones between: `Institute for Fiscal Studies`."""
    return all(w[0].isupper() or w in _CONNECTORS for w in name.split())
