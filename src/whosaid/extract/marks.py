"""Quotation marks to quoted spans.

Straight and curly double marks (and „ « ») pair by their context: a mark after a space that
opens onto a word opens, a mark after a word closes. Inside an open quotation, a mark that
looks like an opener means the previous quotation lost its closing mark: it is closed there, or
before the attribution or the sentence introducing the next one that it swallowed.
An opening mark with no partner runs to the end of the paragraph (the newswire convention for a
quotation continued in the next paragraph). Single marks count only in paragraphs that have no
double marks and only in headlines (`Blair 'sorry' over …`) or in a document that marks speech so (its
`single_style`: `‘We will fight on,’ Jones said.`), and never when they are apostrophes: don't, '90s,
rock 'n' roll, O'Brien, the Joneses', a straight mark in a paragraph whose curly marks quote.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .lexicon import (AUXILIARIES, CLAUSE_STARTERS, CUE_FORMS, FIRST_PERSON, PREPOSITIONS_OR_DETERMINERS,
                      SUBORDINATORS)

OPENERS = "“„«"
CLOSERS = "”»"
_DOUBLE = re.compile(r'["“”„«»]')
_SINGLE = re.compile(r"['‘’‚]")


@dataclass(frozen=True, slots=True)
class Marked:
    """A quoted span: `text[start:end]` is the content, `text[outer_start:outer_end]` with marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool = True


def find_marked(text: str, headline: bool = False, continued: bool = False,
                single_style: bool = False) -> list[Marked]:
    """Every outermost quoted span of a paragraph, in order. A `continued` paragraph is one of a
    run of quoted paragraphs (announced by a colon, or followed by one that opens with a mark): its
    opening mark opens a quotation however it quotes inside. Two apostrophes are one double mark
    (`''We finally may be seeing …,'' the economist … wrote`: a newspaper archive's quotation marks).
    In a `single_style` document (`single_style(paragraphs)`), single marks are read as double ones."""
    if single_style:
        text = singles_as_doubles(text)
    if "''" not in text:
        return _find_marked(text, headline, continued)
    return [_with_apostrophe_pairs(text, m) for m in _find_marked(as_double_marks(text), headline, continued)]


def single_style(paragraphs) -> bool:
    """A document that marks its speech with single marks (`‘We will fight on,’ Jones said.`): no
    double mark anywhere but inside a single-marked span, as a quotation inside a quotation (`'He
    calls it "fixing the foundations",' she said`), nor two apostrophes standing for one, and a
    single-marked span somewhere that is speech by its place, or that a curly opening mark, never an
    apostrophe, opens. (A
    straight-marked scare quote or title is no reason to read marks that are mostly apostrophes.)
    Two apostrophes are a double mark unless single marks open far more often: `'… an old adage,
    'get straight back on the horse,'' Richards said` closes a quotation inside a quotation."""
    singled = [text for text in paragraphs if _maybe_single_marked(text) and _SINGLE_OPENER.search(text)]
    if len(singled) > _SPOKEN_PER_DOUBLED:  # `… a bus service that "exists only on paper".` ¶ `Roger Dawes said: 'The
        # timetable says …'`, and so on: one or two double-marked paragraphs among many a single mark quotes speech in
        doubled = 0
        for text in paragraphs:
            doubled += _double_outside_singles(text)
            if doubled > _FEW_DOUBLED:
                return False
        if doubled:
            return len(singled) > _SPOKEN_PER_DOUBLED * doubled and not _apostrophe_pairs_quote(paragraphs) and sum(
                any(_spoken_by_place(text, span) for span in _pair_single(text)) for text in singled) \
                > _SPOKEN_PER_DOUBLED * doubled
    elif any(_double_outside_singles(text) for text in paragraphs):
        return False  # (most texts: too few paragraphs of single marks alone to outweigh a double-marked one)
    if _apostrophe_pairs_quote(paragraphs):
        return False
    return any(_spoken_by_place(text, span) or text[span.outer_start] == "‘"
               for text in paragraphs if _SINGLE_OPENER.search(text)
               for span in _pair_single(text)) or any(_announced_sentence(text) for text in paragraphs)


def _maybe_single_marked(text: str) -> bool:
    """A paragraph with no double mark that a single one may open a quotation in, read with plain string searches
    (most paragraphs: a regex searching every one cost 1% of a news corpus's reading)."""
    return ("‘" in text or " '" in text or text[:1] == "'") and not any(mark in text for mark in _DOUBLE_MARKS)


_DOUBLE_MARKS = '"“”„«»'


_FEW_DOUBLED = 2  # paragraphs with double marks a document marking speech with single ones may have
_SPOKEN_PER_DOUBLED = 2  # paragraphs a single mark quotes speech in, for each with double marks, more than that


def _double_outside_singles(text: str) -> bool:
    """Whether a double mark stands outside every single-marked span of the text."""
    first = _DOUBLE.search(text)
    if first is None:
        return False
    if _SINGLE_OPENER.search(text, 0, first.start()) is None:
        return True  # no single mark opens before the first double one (the common case, read cheaply)
    spans = _pair_single(text)
    return any(not any(span.start <= m.start() < span.end for span in spans) for m in _DOUBLE.finditer(text))


def _announced_sentence(text: str) -> bool:
    """A single mark after a cue and a colon opening someone's own sentence, though no mark closes
    it: `Moya confirmed afterwards: 'I'm donating my prize money to the victims.`"""
    for m in _ANNOUNCED.finditer(text):
        cued = _CUE_BEFORE.search(text, max(0, m.start() - _CUED_REACH), m.end() - 1)
        if cued is not None and _any_cue(cued.group(1).split()):
            stop = _SENTENCE_END.search(text, m.end())
            if _sentences(text[m.end():stop.start() + 1 if stop else len(text)].rstrip()):
                return True
    return False


def _apostrophe_pairs_quote(paragraphs) -> bool:
    """Pairs of apostrophes at least half as many as single marks opening on a word: the pairs
    are the document's double marks (`''We finally may be seeing …,'' the economist wrote`)."""
    pairs = sum(text.count("''") for text in paragraphs)
    return pairs > 0 and pairs * 2 > sum(len(_LONE_SINGLE_OPENER.findall(text)) for text in paragraphs)


def singles_as_doubles(text: str) -> str:
    """The text, the same length, with each single mark that opens or closes (not an apostrophe:
    don’t, '90s, rock 'n' roll) made a double one, to be paired as double marks are, lost closing
    marks and quotations run on to the next paragraph included."""
    if not _SINGLE.search(text) or _double_outside_singles(text):
        return text  # (a paragraph that marks its own quotations with double marks: `that "exists only on paper"`)
    chars = list(text)
    straight = 0
    for m in _DOUBLE.finditer(text):  # a quotation inside a quotation (`'He calls it "fixing the foundations"'`):
        mark = m.group()  # its marks made single, to stay inside the one its single marks open
        opens = mark in "“„«" or mark == '"' and straight % 2 == 0
        straight += mark == '"'
        chars[m.start()] = "‘" if opens else "’"
    opened = None  # where the quotation the last mark opened starts, unless it opened inside another
    marks = _single_marks(text)
    for k, i in enumerate(marks):
        if _single_opens(text, i):
            chars[i] = "“"
            opened = i if opened is None or _RUN_ON.search(text, max(0, i - _RUN_ON_REACH), i) else -1
            # `'I caught 'Cozza's' eye'`: a name quoted inside; but `'… he made. 'Far from …`: the one before
            # lost its closing mark
        elif _single_closes(text, i) and not (opened is not None and opened >= 0
                                              and _plural_possessive(text, opened, i, marks[k + 1:])):
            chars[i] = "”"
            opened = None
    return "".join(chars)


def _plural_possessive(text: str, opened: int, i: int, later: list[int]) -> bool:
    """The mark at `i` is the apostrophe of a plural's possessive inside a quoted sentence, not
    its closing mark: `'Far from improving public services, spending taxpayers' money on quangos
    …'`, `'The pensioners' voice must be heard,' he said` (a quoted phrase may close there: `the
    'cosiness' of`, `the 'three wise men' as`). The sentence goes on past more than four words, or
    a mark after a stop or a comma closes it later."""
    after = _WORD_AFTER.match(text, i + 1)
    if text[i - 1] not in "sS" or after is None or after.group(1) in _NOT_POSSESSED \
            or not text[opened + 1:opened + 2].isupper():
        return False
    return _closed_after_a_stop(text, later) or (
        CUE_FORMS.get(after.group(1)) is None and len(text[opened:i].split()) > _PHRASE_WORDS)


def _closed_after_a_stop(text: str, later: list[int]) -> bool:
    """The first of the `later` marks that closes or opens closes, after a stop or a comma."""
    for j in later:
        if _single_opens(text, j):
            return False
        if _single_closes(text, j):
            return text[j - 1] in ",.?!"
    return False


_RUN_ON = re.compile(r"[.?!]\s+$")  # searched in the few characters before a mark
_RUN_ON_REACH = 8
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_PHRASE_WORDS = 4
_NOT_POSSESSED = frozenset(PREPOSITIONS_OR_DETERMINERS | SUBORDINATORS | AUXILIARIES | CLAUSE_STARTERS
                           | {"and", "or", "but", "nor", "so", "yet", "which", "who"})  # `'… in the newspapers'
# before catching himself`: the word after a closing mark


def as_double_marks(text: str) -> str:
    """The text with each pair of apostrophes standing for a double mark made one, the same length:
    `''We` -> ` "We`, `story,'' the` -> `story," the`, `'old-school,''' said` -> `'old-school,'"  said`."""
    return _APOSTROPHE_PAIR.sub(lambda m: _as_double(m.group(), _opens_here(text, m.start(), m.end())), text)


def _as_double(apostrophes: str, opens: bool) -> str:
    """Two apostrophes as one mark; of three, the two outside the single mark they hold:
    `'''X` opens on the first two, `X,'''` (`the word 'old-school,'''`) closes on the last two."""
    inner = "'" * (len(apostrophes) - 2)
    return f' "{inner}' if opens else f'{inner}" '


def _opens_here(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return _opening_place(before, after)


def _opening_place(before: str, after: str) -> bool:
    """A mark between a space or an opening bracket or dash and a word opens."""
    return (before.isspace() or before in "([{—–-/") and not after.isspace()


def _with_apostrophe_pairs(text: str, span: Marked) -> Marked:
    """A span found in `as_double_marks(text)`, its outer offsets taking in both apostrophes of each mark."""
    outer_start = span.outer_start - 1 if text.startswith("''", span.outer_start - 1) else span.outer_start
    outer_end = span.outer_end + 1 if text.startswith("''", span.outer_end - 1) else span.outer_end
    return Marked(span.start, span.end, outer_start, outer_end, span.closed)


_APOSTROPHE_PAIR = re.compile(r"(?<!')'{2,3}(?!')")


def _find_marked(text: str, headline: bool, continued: bool) -> list[Marked]:
    marks = [(m.start(), _double_role(text, m.start())) for m in _DOUBLE.finditer(text)
             if not _FEET_AND.search(text, max(0, m.start() - 5), m.start())]  # `someone who is 5’2”.`: inches
    if not continued and _wrapped(text, marks):
        marks = marks[1:]  # `"Trump walked onto the stage, chanting “U-S-A!”`: a block quote's lone mark
    spans = _pair(text, marks)
    if spans or _DOUBLE.search(text):
        return spans
    return _pair_single(text) if headline else []


_LONE_SINGLE_OPENER = re.compile(r"(?:^|[\s(\[—–:])(?<!')'(?!')[A-Za-z]")  # `'We`, not `''We`
_SINGLE_OPENER = re.compile(r"(?:^|[\s(\[—–:])['‘][A-Za-z(\[.…]")  # a single mark opening on a word (`'em`, `'n'`
# are left to the pairing)


def _spoken_by_place(text: str, span: Marked) -> bool:
    """A cue after the span, or before it with a colon or comma, or the whole paragraph."""
    if span.outer_start == 0 and span.outer_end >= len(text.rstrip()) and text[span.end - 1:span.end] in ".?!":
        return True  # `‘We have the numbers.’` ¶ after `‘We will fight on,’ Jones said.` ¶
    if _sentences(text[span.start:span.end]):
        return True  # `- Bolton boss Sam Allardyce ‘I am bitterly disappointed with the result, but …. ‘In the …`
    before = _CUE_BEFORE.search(text, max(0, span.outer_start - _CUED_REACH), span.outer_start)
    if before is not None and _any_cue(before.group(1).split()):
        return True  # `He told the crowd: ‘… my drug is called David’ - a reference to …`
    if text[span.end - 1:span.end] not in ",.?!":
        return _cued_phrase(text, span)  # but `Mr Blair said he was a ‘huge figure’`; not a quoted word or title
        # (`‘a disgrace’`, `‘Minister of Discord’`) whatever the words around it
    after = _CUE_AFTER.match(text, span.outer_end)
    if after is not None and CUE_FORMS.get(after.group(1).lower()) is not None:
        return True
    clause = _CLAUSE_AFTER.match(text, span.outer_end) if text[span.end - 1] in ",?!" else None
    return clause is not None and _any_cue(clause.group(1).split()[:_CLAUSE_WORDS])  # `‘…,’ the minister for
    # civil aviation Praful Patel said`, `‘…,’ Alexandra Tower, a spokeswoman for the bank, told Time`


def _any_cue(words) -> bool:
    """One of the words is a verb of speech in some form: `told the crowd`, `the minister … said`."""
    return any(CUE_FORMS.get(w.lower()) is not None for w in words)


def _sentences(quoted: str) -> bool:
    """Someone's own sentence: at least `_SENTENCE_WORDS` words, mostly lowercase, ending as a
    sentence does, with a word a speaker uses of themselves or those they speak to (`I am bitterly
    disappointed with the result.`; not `The days of flying for the rich are over.`, a line any
    writer may quote)."""
    words = quoted.split()
    return len(words) >= _SENTENCE_WORDS and quoted[-1:] in ".?!" \
        and sum(w[:1].isupper() for w in words) * 2 < len(words) \
        and any(w.strip(".,;:!?").lower() in _SPEAKERS_OWN for w in words)


_SENTENCE_WORDS = 6


def _cued_phrase(text: str, span: Marked) -> bool:
    """A quoted phrase of a few lowercase words that a cue a few words before, in its sentence,
    takes: `said he was a ‘huge figure’`, `described the talks as ‘very useful’`; or that a comma
    and a cue follow (`launches are now 'on hold', said Mercedes chief executive Eckhard Cordes`)."""
    words = text[span.start:span.end].split()
    if len(words) < 2 or sum(w[:1].isupper() for w in words) * 2 > len(words):
        return False
    if text.startswith(",", span.outer_end):
        after = _CUE_AFTER.match(text, span.outer_end + 1)
        if after is not None and CUE_FORMS.get(after.group(1).lower()) is not None:
            return True
    before = _CUED_WORDS.search(text, max(0, span.outer_start - _CUED_REACH), span.outer_start)
    return before is not None and _any_cue(before.group(1).split())


_CLAUSE_AFTER = re.compile(r"([^.;:!?‘’\"“”]*)")  # the words after a span, up to the next stop or mark
_CLAUSE_WORDS = 10
_CUED_WORDS = re.compile(r"((?:[A-Za-z'’-]+\s+){1,10})$")  # the words right before, none past a stop or a comma
_CUED_REACH = 80
_CUE_AFTER = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|he|she|they|I|we|the|a|an|[a-z]+man|[a-z]+woman)\s+"
                        r"(?:(?:of|for|and|&)\s+(?=[A-Z]))?){0,4}([a-z]+)\b")  # `the Department for Transport said`
_ANNOUNCED = re.compile(r":\s+['‘](?=[A-Z])")  # `confirmed afterwards: 'I`
_CUE_BEFORE = re.compile(r"((?:[A-Za-z.'’-]+\s+){0,3}[A-Za-z.'’-]+)\s*[:,]\s*$")  # `told the crowd:`, `said,`


_FEET_AND = re.compile(r"\d['’′]\d{1,2}$")  # a height in feet, whose inches the mark after it gives


def _wrapped(text: str, marks: list[tuple[int, str]]) -> bool:
    """A paragraph that opens with the only straight mark it has, and quotes inside with curly
    ones: a copied block quote's stray mark, not a quotation that runs to the end."""
    return (len(marks) > 2 and marks[0][0] == 0 and text[0] == '"' and text.count('"') == 1
            and text[marks[1][0]] == "“" and marks[1][0] > 1 and text[marks[1][0] - 1].isspace())


def _double_role(text: str, i: int) -> str:
    """open, close or either; a curly mark typed the wrong way round (`Doing so ”appeared to
    be …`, `\u202a”This is why …`, `read:”We …`, `of”squabbling like schoolboys”`) plays the part its
    place gives it."""
    mark = text[i]
    before = text[i - 1] if i else " "
    if before > "\u2000" and unicodedata.category(before) == "Cf" and _at_start(text, i):
        before = " "  # only invisible format marks before it: `\u202a”This is why …`
    after = text[i + 1] if i + 1 < len(text) else " "
    if mark in OPENERS:
        return "close" if before.isalpha() and after.isspace() else "open"
    if mark in CLOSERS and before.isspace() and after.isalnum():
        return "open"
    if mark in CLOSERS and not (after.isalnum() and (before in ":.!?," or before.isalpha())):
        return "close"  # but one with no space either side reads as a straight mark would: `read:”We …`
    if mark == '"' and before.isspace() and after in ",.;:!?" and not _ELLIPSIS.match(text, i + 1):
        return "close"  # `"It's a sad day ", said`: a space typed before the closing mark; no quotation opens on a stop
        # (but on an ellipsis: `". . . You're going to`)
    if _opening_place(before, after):
        return "open"
    if before == ":" and after.isalnum():
        return "open"  # `Rep. Trey Gowdy (R-S.C.):"I have not heard …"`: the space left out
    if mark == '"' and (after.isspace() or after in ".,;:!?") and (before.isspace() or before == ":") \
            and _spaced_pair(text):
        return "either"  # `added:" He was like a father to me. "`, `was " long overdue "`: marks set off by spaces,
        # paired as they come
    if before in ".!?," and after.isupper() or before.isalpha() and after.isalpha():
        return "either"  # `… on the red carpet."It's unlike …," he told`, `waxed poetic about"joint operations`:
        # opens, unless a quotation is open
    if after.isspace() or after in ".,;:!?)]}—–-/'’" or not before.isspace():
        return "close"
    return "either"


_ELLIPSIS = re.compile(r"\.\s?\.")


def _spaced_pair(text: str) -> bool:
    """Whether the paragraph sets its straight marks off by spaces, as a sloppy hand types them: two or more with a
    space (or a colon) before and a space, a stop or the end after."""
    return len(_SPACED_MARK.findall(text)) >= 2


_SPACED_MARK = re.compile(r'(?<=[\s:])"(?=[\s.,;:!?]|$)')


def _at_start(text: str, i: int) -> bool:
    """Nothing but spaces and invisible format marks (`\u202a`, `\ufeff`) before `i`."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text[:i])


def _pair(text: str, marks: list[tuple[int, str]]) -> list[Marked]:
    spans: list[Marked] = []
    opened: int | None = None
    nested = 0  # closers still owed to quotations inside the open one
    for k, (i, role) in enumerate(marks):
        if opened is None:
            if role != "close" or _at_start(text, i):
                opened = i
            continue
        if nested:
            nested -= 1
            continue
        if role == "open" and i == opened + 1 and text[opened] != text[i]:
            opened = i  # `"“You don’t win …,” Rubio responded."`: a block quote's straight mark, then the quotation
            continue
        if role == "open" and _nests(text, marks, k, opened) or _inside_lone_straight(text, marks, k, opened):
            nested = 1  # `“… claim that a deal “has to do with Israel” makes clear …,” wrote Morton Klein`
            continue
        if role == "open" and i > opened + 1 and text[i - 1].isspace():
            spans.append(_span(text, opened, _before_attribution(text, opened, i), closed=False))
            opened = i  # the previous one lost its closer
            continue
        spans.append(_span(text, opened, i + 1, closed=True))
        opened = None
    if opened is not None:  # `"There wasn't a lot …, said Kessel, whose …`: it ends at its attribution
        end = _before_inverted_cue(text, opened, len(text))
        single = _SINGLE_CLOSING_AT_END.search(text, opened, end) if text[opened] == '"' else None
        spans.append(_span(text, opened, single.end(), closed=True) if single is not None and text.count(
            "'", opened, single.start()) == 0 else _span(text, opened, end, closed=False))  # `he would "fight it all
        # the way'.`: a single mark typed for the double one, closing the paragraph
    return [s for s in spans if s.end > s.start]


_SINGLE_CLOSING_AT_END = re.compile(r"(?<=\w)'(?=[.,!?]?\s*$)")


def _nests(text: str, marks: list[tuple[int, str]], k: int, opened: int) -> bool:
    """The opener at `k`, inside the quotation `opened` there, opens one nested in it: two
    closers follow before any other opener (not `"…. "Next …," he said. "…"`, a run that lost a
    closer), all four marks straight or all curly (not a block quote's straight marks around a
    curly quotation)."""
    after = marks[k + 1:k + 3]
    kinds = {text[i] == '"' for i in (opened, marks[k][0], *(i for i, _ in after))}
    curly_inside = len(after) == 2 and text[opened] == text[after[1][0]] == '"' and text[marks[k][0]] in OPENERS \
        and text[after[0][0]] in CLOSERS and not _cued_after(text, after[0][0] + 1)
    # `"… suing North Carolina for its “Bathroom Bill,” which allows …"`; not a block quote's straight marks
    # around a report that quotes (`"Sanders took the stage …. “…,” Sanders said."`)
    return [role for _, role in after] == ["close", "close"] and (len(kinds) == 1 or curly_inside)


def _cued_after(text: str, i: int) -> bool:
    """A speech verb among the few words after `i`: `” Sanders said`, `,” perhaps only 10%, he quoted`."""
    return any(CUE_FORMS.get(word) for word in _WORDS_AFTER.findall(text, i, i + _CUE_REACH))


_WORDS_AFTER = re.compile(r"[a-z]+")
_CUE_REACH = 40  # characters after a closing mark in which a cue attributes the quotation


def _inside_lone_straight(text: str, marks: list[tuple[int, str]], k: int, opened: int) -> bool:
    """A curly opener inside a quotation opened by the paragraph's only straight mark opens one
    nested in it, unless a cue follows its closer: `"The Department of Justice isn’t about “Equal
    Justice Under Law” anymore. …`."""
    closer = marks[k + 1][0] if k + 1 < len(marks) else None
    return (text[marks[k][0]] in OPENERS and text[opened] == '"' and text.count('"') == 1 and closer is not None
            and text[closer] in CLOSERS and not _cued_after(text, closer + 1))


_SPEAKER = r"(?:he|she|they|I|we|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
_TRAILING_CUE = re.compile(rf",\s+(?:{_SPEAKER}\s+([a-z]+)|([a-z]+)\s+{_SPEAKER}),\s*$")


def _before_attribution(text: str, opened: int, end: int) -> int:
    """Where a quotation that lost its closing mark ends: before the attribution it swallowed
    (`"Absent a force, he added, "this is how …"` -> `Absent a force,`; `"… to 'wait and see', the
    organisation said in its report. The UNECE warned … "The orderly …"` -> `… 'wait and see',`;
    `"It was little, said Kessel. "And …` -> `It was little,`); else at `end`."""
    match = _TRAILING_CUE.search(text, opened, end)
    if match and CUE_FORMS.get(match.group(1) or match.group(2)) and match.start() > opened + 1:
        return match.start() + 1
    for match in _INNER_CUE.finditer(text, opened, end):
        if CUE_FORMS.get(match.group(1)) in _SAYING and match.start() > opened + 1:
            return match.start() + 1
    inverted = _before_inverted_cue(text, opened, end)  # `"It was little, said Kessel. "And …`
    return inverted if inverted != end else _before_introduction(text, opened, end)


_SENTENCE_END = re.compile(r"[.?!]\s+(?=[A-Z])")
_SPEAKERS_OWN = FIRST_PERSON | {"we", "us", "our", "you", "your"}  # words a speaker, not the writer, uses
_OWN_WORDS = re.compile(r"[\w'’]+")
# `He said that police should …`, `Mr Hopkins said that the blogsphere …`: a subject, a cue, `that`
_REPORTED = re.compile(r"(?:He|She|They|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:also\s+)?([a-z]+)\s+that\b")


def _before_introduction(text: str, opened: int, end: int) -> int:
    """Where a quotation that lost its closing mark ends when its last sentence is the writer's,
    reporting someone's speech in the third person: at that sentence's start. The next opener
    inside that sentence (`"… only 10% of the agenda. Dr Gibbons, who was a GP, said staff wanted
    calm after "tremendous change"` -> `… only 10% of the agenda.`), or opening a sentence after
    an indirect report (`"… a chief constable to say, 'I'm very sorry'. He said that police should
    …. "My view …`); else at `end`."""
    if (text[opened] == '"') != (text[end] == '"'):
        return end  # a curly opener inside a straight quotation is more likely nested (`"… the playwright who
        # wrote “Peter Pan,” …"`)
    last = None
    for last in _SENTENCE_END.finditer(text, opened + 1, end):
        pass
    if last is None:
        return end
    sentence = text[last.end():end]
    if any(w in _SPEAKERS_OWN for w in _OWN_WORDS.findall(sentence.lower())):
        return end
    if text[opened:end].rstrip()[-1:] in (".", "?", "!"):  # the next one opens a sentence of its own
        reported = _REPORTED.match(sentence)
        return last.start() + 1 if reported and CUE_FORMS.get(reported.group(1)) else end
    return last.start() + 1 if any(CUE_FORMS.get(w) for w in _WORDS_AFTER.findall(sentence)) else end


# `', the organisation said in its report.`: a cue after a comma, then on to the sentence's end
_INNER_CUE = re.compile(r"[,?!]['’]?\s+(?:he|she|they|the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
                        r"(said|says|added|adds|told|noted|warned|explained)\b[^.\"“”]{0,60}\.\s")
_SAYING = {"say", "add", "tell", "note", "warn", "explain"}
# `, said Kessel, whose organization …`: a cue and a name after a comma, then a comma or a full stop
_INVERTED_CUE = re.compile(r"[,?!]['’]?\s+(?:said|says|added|adds|explained)\s+"
                           r"(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+[,.]")


def _before_inverted_cue(text: str, opened: int, end: int) -> int:
    """Where a quotation that lost its closing mark ends before an inverted cue it swallowed, else `end`."""
    match = _INVERTED_CUE.search(text, opened, end)
    return match.start() + 1 if match and match.start() > opened + 1 else end


def _span(text: str, outer_start: int, outer_end: int, closed: bool) -> Marked:
    start = outer_start + 1
    end = outer_end - 1 if closed else outer_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Marked(start, end, outer_start, outer_end, closed)


def _pair_single(text: str) -> list[Marked]:
    spans = []
    opened: int | None = None
    for i in _single_marks(text):
        if opened is None and _single_opens(text, i):
            opened = i
        elif opened is not None and _single_closes(text, i) and i > opened + 1:
            spans.append(_span(text, opened, i + 1, closed=True))
            opened = None
    return [s for s in spans if s.end > s.start]


def _single_marks(text: str) -> list[int]:
    """Where the single marks stand; where a curly one opens, a straight one is an apostrophe
    (`‘… good news for M&S' margin,’ it added`, `‘… rock 'n' roll ethics …’`)."""
    curly = "‘" in text
    return [m.start() for m in _SINGLE.finditer(text) if not (curly and m.group() == "'")]


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    rest = text[i + 1:i + 4]
    if not (before.isspace() or before in "([{—–-:") or not (rest[:1].isalnum() or rest[:1] in "[(…"
                                                             or rest.startswith("...")):
        return False  # `‘[The figures] show …’`, `‘(When they went) back …’`, `‘...it is not surprising …’`
    return not re.match(r"\d0s|n['’]\s|em\b|til\b|cause\b", rest + " ")  # '90s, 'n', 'em, 'til


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if after in "'’" and i + 1 < len(text) and _single_closes(text, i + 1):
        return True  # `'… an adage, 'get back on the horse,'' Richards said`: closing a quotation inside one
    if not (after.isspace() or after in ".,;:!?)]}—–-"):
        return False
    if before.isspace():
        return i > 1 and text[i - 2] in ",.?!"  # `… in Argentina, ’ said Carlos Baez Silva`: a stray space
    return not (before == "n" and i > 1 and text[i - 2] in "'’")  # not the second of rock 'n' roll
