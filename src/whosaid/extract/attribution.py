"""Who a quotation is attributed to, in the words of the paragraph: the cue and the mention.

Rules, tried in order for each quotation:
1. after it: `"…," X said` / `"…," said X` / `"…," according to X`;
2. before it, in the same sentence: `X said: "…"` / `X told Y, "…"` / `X called it "…"` /
   `X, who said that she "…"` / `X, a spokesman for Y, said "…"` (the last cue's subject);
   a participle after a comma takes the sentence's subject: `Walsh argued, saying it is "…"`;
3. no cue: the sentence's subject when it names someone (`Moore thanked him for "…"`);
4. nothing: the caller lets it inherit the speaker of the quotation before it.
The mention is returned as written; resolving it to a canonical name is `resolve`'s job.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .cues import cue_at
from .marks import Marked
from .lexicon import (APPROXIMATORS, AUXILIARIES, CLAUSE_STARTERS, CUE_FORMS, IRREGULAR_PAST, LABEL_CUES,
                      HEADLINE_VERBS, PAST_AS_BASE, PREPOSITIONS, invertible)
from .phrases import (DASHES, NP_BREAKERS, Mention, mention_of, np_backward, np_forward, plausible_subject,
                      possessor_at, possessor_mention, sentence_start, sentence_subject, starts_name,
                      subject_before)
from .tokens import SENTENCE_END, Token, is_nickname, tokenize
from .verbs import (FINITE_AUXILIARIES, and_before, governing_verb, is_adverb, is_finite_verb, is_participle,
                    is_passive, verb_before)

_JOINERS = {",", "—", "–", "-", "…", "―"}
_STOP_AFTER = SENTENCE_END | {";", ":"}
@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str
    mention: Mention | None
    where: str  # "after" or "before": on which side of the quotation the cue stands


def attribute(tokens: list[Token], qi: int) -> Attribution | None:
    """The attribution of the quotation token at index `qi`, or None."""
    after = _after(tokens, qi)
    if after and after.where == "final":  # `her claim that "…" was false, Comey said`: hers
        before = _before(tokens, qi)
        return _in_relative(tokens, before if before and before.mention else after)
    found = after or _before(tokens, qi) or _labelled(tokens, qi) or _by_subject(tokens, qi)
    return _in_relative(tokens, _plausible(found))


def _in_relative(tokens: list[Token], found: Attribution | None) -> Attribution | None:
    """`Deja Stewart, who forced me to confront my age when she called him "…"`: he or she in the
    relative clause of a name stands for that name."""
    if found is None or found.mention is None or len(found.mention.tokens) != 1:
        return found
    pronoun = found.mention.tokens[0]
    if pronoun.lower not in ("he", "she"):
        return found
    p = _index_of(tokens, pronoun, 0, len(tokens))
    if p is None:
        return found
    start = sentence_start(tokens, p)
    who = next((k for k in range(p - 1, start, -1) if tokens[k].lower == "who"), None)
    if who is None or who < 2 or tokens[who - 1].text != ",":
        return found
    j = who - 1
    while j > start and tokens[j - 1].is_capitalised:
        j -= 1
    name = mention_of(tokens[j:who - 1]) if j < who - 1 and starts_name(tokens, j, who - 2) else None
    if name is None:
        return found
    return Attribution(found.cue, Mention(pronoun.start, pronoun.end, (pronoun,), name), found.where)


_NAME_RUN_MAX = 5


def _labelled(tokens: list[Token], qi: int) -> Attribution | None:
    """`Jeffrey M. Jones: "…"`, `More from Jones: "…"`, `Clinton: "…" Bush: "…"`: a name right
    before the colon that opens the quotation (not a place: `in Washington: "…"`)."""
    colon = qi - 1
    if colon < 1 or tokens[colon].text != ":":
        return None
    j = colon
    while j > 0 and colon - j < _NAME_RUN_MAX and (tokens[j - 1].is_capitalised or tokens[j - 1].lower == "and"):
        j -= 1
    while j < colon and tokens[j].lower in PREPOSITIONS:
        j += 1  # `On Trump: "…"`
    name = tokens[j:colon]
    if not name or not name[0].is_capitalised or not name[-1].is_capitalised:
        return None
    before = tokens[j - 1] if j > 0 else None
    if before is not None and (before.is_capitalised or before.lower in PREPOSITIONS and before.lower != "from"):
        return None
    if any(t.lower in CUE_FORMS or t.lower in HEADLINE_VERBS for t in name):
        return None  # a headline: `Trump Slams Clinton: "…"`
    mention = mention_of(name)
    return Attribution(":", mention, "before") if mention else None


def _plausible(found: Attribution | None) -> Attribution | None:
    """No speaker rather than a phrase no one could be. A speaker of several words, none of
    them capitalised, is a description (`the newspaper`, `former employees`), which does not
    open with a participle, an adverb or a preposition (`carrying signs`, `particularly his`,
    `regarding the issue`), nor with a pronoun unless another person joins it (`he and his
    wife`, not `he hadn't given up hope`)."""
    if found is None or found.mention is None:
        return found
    toks = found.mention.tokens
    if len(toks) < 2 or any(t.is_capitalised for t in toks):
        return found
    first, second = toks[0].lower, toks[1].lower
    if second[0].isdigit():
        return found  # `about 200 protesters`
    if first.endswith(("ing", "ly", "ed")) or first in PREPOSITIONS or first in _PERSONAL and second != "and":
        return Attribution(found.cue, None, found.where)
    return found


_PERSONAL = {"he", "she", "they", "we", "i", "you", "it"}


def _after(tokens: list[Token], qi: int) -> Attribution | None:
    j = qi + 1
    while j < len(tokens) and tokens[j].text in _JOINERS:
        j += 1
    window = _until(tokens, j, _STOP_AFTER, limit=36)
    if not window:
        return None
    if _is_according(window, 0):
        return _according(window, 0)
    if j > qi + 1 and tokens[qi + 1].text in DASHES and not _cued_before(tokens, qi):
        byline = _byline(window)
        if byline:
            return byline
    if window[0].lower in ("came", "comes", "come"):
        voices = _came_from(window)  # `"Call the roll," came shouts from the crowd`
        if voices:
            return voices
    if window[0].lower == "as" and len(window) > 2:
        aside = _as_x_said(window)  # `"…," as Cruz said on Monday`, `as a memo put it`
        if aside:
            return aside
    open_ended = not _ends_sentence(tokens[qi], window[0])
    opens = _opens_sentence(tokens, qi)
    leading = open_ended and opens  # `"…," the email read.`: anything after the cue is its own
    inverted = cue_at(window, 0, weak=window[0].lower in PAST_AS_BASE)  # `"…," read the statement`
    if inverted and inverted not in LABEL_CUES and not window[0].lower.endswith("ing"):
        mention = _with_name(window, 1, np_forward(window[1:]))
        if mention and (leading or not _reports_something_else(window, _index_of(window, mention.tokens[-1], 0, len(window)))):
            return Attribution(window[0].text, mention, "after")
        return None
    # not `he was "riding the fence" until Haley said …`
    closes = opens or _closes_clause(tokens, qi)
    for k in range(1, min(len(window), 34)):
        if _is_according(window, k) and _all_joiners(window[:k]):
            return _according(window, k)
        if not cue_at(window, k, weak=open_ended) or window[k].lower.endswith("ing"):
            continue
        if not leading and _reports_something_else(window, k):
            return None  # `"It is over." Smith said the deal …`
        subject = _subject_then_cue(window, k, leading) if closes else None
        if subject:
            return Attribution(window[k].text, subject, "after")
        if window[k - 1].text == "," and _invertible(window[k]):
            mention = _with_name(window, k + 1, np_forward(window[k + 1:]))  # `"…" about the plan, said X`
            if mention:
                return Attribution(window[k].text, mention, "after")
        after_comma = _subject_after_comma(window, k)  # `Trump's "excesses" are sickening, Hollande said`
        if after_comma:
            return Attribution(window[k].text, after_comma, "final")
    if not open_ended:
        return None  # `"… to ask." Asked which …, he demurred:` is the next sentence's
    end = j + len(window)
    if end < len(tokens) and tokens[end].is_quote:  # `"…" as a "…" played out, he said.`
        rest = window + _until(tokens, end, _STOP_AFTER, limit=60, quotes=True)
        return _sentence_final(rest) or _inverted_final(rest)
    return _sentence_final(window)


def _with_name(window: list[Token], k: int, mention: Mention | None) -> Mention | None:
    """`said the bureau's director, James B. Comey,`: the role as written, the name as speaker."""
    if mention is None or mention.tokens[-1].is_capitalised:
        return mention
    end = _index_of(window, mention.tokens[-1], k, len(window))
    if end is None or end + 2 >= len(window) or window[end + 1].text != ",":
        return mention
    j = end + 2
    while j < len(window) and (window[j].is_capitalised or window[j].text == "."):
        j += 1
    name = window[end + 2:j]
    if not name or j < len(window) and window[j].text not in (",", ";") or not starts_name(window, end + 2, j - 1):
        return mention
    return Mention(mention.start, name[-1].end, tuple(name))


def _inverted_final(window: list[Token]) -> Attribution | None:
    """`… knowing each other "casually," said the bureau's director, James B. Comey.`"""
    for k in range(len(window) - 1, 0, -1):
        if _comma(window[k - 1]) and _invertible(window[k]) and cue_at(window, k):
            mention = _with_name(window, k + 1, np_forward(window[k + 1:]))
            return Attribution(window[k].text, mention, "final") if mention else None
    return None


_SUBJECT_AFTER_COMMA = 6


def _subject_after_comma(window, k) -> Mention | None:
    """The subject of the cue at `k` when a comma opens its clause: `…, Hollande said Tuesday`."""
    comma = max((i for i in range(k) if window[i].text == ","), default=None)
    if comma is None or k - comma > _SUBJECT_AFTER_COMMA:
        return None
    subject = np_backward(window, k, comma + 1)
    return subject if subject and subject.tokens[0] is window[comma + 1] else None


def _came_from(window) -> Attribution | None:
    """`"…," came shouts from the crowd`: whoever it came from."""
    for k in range(2, min(len(window), 6)):
        if window[k].lower == "from":
            mention = np_forward(window[k + 1:])
            return Attribution(window[k - 1].text, mention, "after") if mention else None
    return None


def _cued_before(tokens, qi) -> bool:
    return any(cue_at(tokens, i) for i in range(sentence_start(tokens, qi), qi))


def _byline(window) -> Attribution | None:
    """`"…" ― Karen Bobadilla`: a name alone after a dash (up to a comma and its description)."""
    comma = next((i for i, t in enumerate(window) if t.text in (",", ".")), len(window))
    name = window[:comma]
    if not 1 <= len(name) <= 6 or not all(t.is_capitalised or t.lower in ("of", "de") for t in name):
        return None
    mention = mention_of(name)
    return Attribution("―", mention, "after") if mention else None


def _as_x_said(window) -> Attribution | None:
    for k in range(2, min(len(window), 14)):
        if window[k].lower in ("put", "puts") and k + 1 < len(window) and window[k + 1].lower == "it" or cue_at(window, k):
            subject = np_backward(window, k, 1)
            if subject and subject.tokens[0] is window[1]:
                return Attribution(window[k].text, subject, "after")
            return None
    return None


def _subject_then_cue(window, k, leading) -> Mention | None:
    """`"…," the email said` / `"…," Nate Silver, the polling guru, tweeted`: the subject opens the
    window; the looser reading only for a quotation that opens its sentence."""
    if window[0].lower.endswith("ing"):
        return None  # `"…," raising fresh questions …`
    subject = np_backward(window, k, 0)
    if subject and subject.tokens[0] is window[0]:
        return subject
    return subject_before(window, k) if leading else None


def _closes_clause(tokens, qi) -> bool:
    """The quotation ends on a comma, a dash or a mark, or one follows it: what comes next may
    be its attribution."""
    quoted = tokens[qi].text.rstrip("\"”»'’ ")
    after = tokens[qi + 1].text if qi + 1 < len(tokens) else ""
    return quoted.endswith((",", "!", "?", "…", "—", "–", "-")) or after in _JOINERS


def _ends_sentence(quote: Token, following: Token) -> bool:
    """`"…."`, or `"…?"` before a capital: what follows may be a sentence of its own."""
    quoted = quote.text.rstrip("\"”»'’ ")
    return quoted.endswith(".") or quoted.endswith(("?", "!")) and following.is_capitalised


def _opens_sentence(tokens, qi) -> bool:
    """Nothing but joiners before the quotation in its sentence: `"…," the email read.`"""
    return all(t.text in _JOINERS for t in tokens[sentence_start(tokens, qi):qi])


def _sentence_final(window: list[Token]) -> Attribution | None:
    """`"Fight for $15" movement plans to protest, the Daily Caller reports.`"""
    for k in range(len(window) - 1, max(len(window) - 5, 0), -1):
        if cue_at(window, k) and not window[k].lower.endswith("ing"):
            comma = max((i for i in range(k) if _comma(window[i])), default=None)
            if comma is not None and k - comma <= 6:
                subject = np_backward(window, k, comma + 1)
                if subject and subject.tokens[0] is window[comma + 1]:
                    return Attribution(window[k].text, subject, "final")
            return None
    return None


def _comma(token: Token) -> bool:
    """A comma, or a quotation that ends on one: `"…," The Hill reported.`"""
    return token.text == "," or token.is_quote and token.text.rstrip("\"”»'’ ").endswith(",")


def _invertible(token: Token) -> bool:
    """Cues that may stand before their subject (`said Smith`); not `told` (`told Smith`)."""
    return invertible(token.lower)


def _before(tokens: list[Token], qi: int) -> Attribution | None:
    """The nearest cue before the quotation whose subject can be found; else the nearest cue."""
    start = sentence_start(tokens, qi)
    inverted = _inverted_cue(tokens, start, qi) or _characterised(tokens, start, qi)
    if inverted:
        return inverted
    fallback = None
    for c in range(qi - 1, start - 1, -1):
        if _is_according(tokens, c):
            return _according(tokens, c)
        lemma = cue_at(tokens, c)
        if not lemma:
            continue
        if is_passive(tokens, c, start) and not (c + 1 < len(tokens) and tokens[c + 1].lower == "by"):
            continue  # `Duterte has been called the "Trump of the East"`: he is not the one calling
        if c + 1 < len(tokens) and tokens[c + 1].lower == "by" and tokens[c].lower.endswith("ed"):
            agent = np_forward(tokens[c + 2:qi])  # `measures added by Republicans`
            return Attribution(tokens[c].text, agent, "before") if agent else None
        subject = cue_subject(tokens, c, start)
        if subject is not None and _anyone(subject):
            continue  # `saying anybody who complains about it "is not having a good night"`
        if subject is None and c > start and (tokens[c - 1].is_quote or tokens[c - 1].text == ",") and _invertible(tokens[c]):
            subject = np_forward(tokens[c + 1:qi])  # `"…" said X, "…"`, `The paradox, says X, is that "…"`
        if subject:
            return Attribution(tokens[c].text, subject, "before")
        if fallback is None and lemma not in LABEL_CUES:
            fallback = Attribution(tokens[c].text, None, "before")
    return fallback


_ANYONE = {"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "whoever", "those"}


def _anyone(subject: Mention) -> bool:
    """`anybody who complains`: a cue in a clause about no one in particular."""
    named = subject.antecedent or subject
    return len(named.tokens) == 1 and named.tokens[0].lower in _ANYONE


def _characterised(tokens, start, qi) -> Attribution | None:
    """`Reid has been pounding Trump as a "con artist"`: whoever does the characterising says it
    (not `the bill, known as the "…"`, where nothing stands between the verb and `as`)."""
    p = qi - 1
    if p > start and tokens[p].lower in ("a", "an", "the"):
        p -= 1
    if p <= start + 1 or tokens[p].lower != "as" or not tokens[p - 1].is_word or is_finite_verb(tokens, p - 1):
        return None
    if tokens[p - 1].lower.endswith(("ed", "ing")) or tokens[p - 1].lower in IRREGULAR_PAST:
        return None
    verb = verb_before(tokens, p, start)
    if verb is None or any(tokens[k].lower == "to" and tokens[k + 1].is_word for k in range(verb, p - 1)):
        return None  # `his refusal to discuss the threat as "…"`: the cue of the sentence decides
    subject = cue_subject(tokens, verb, start)
    if subject is None:
        return None
    cue = next((tokens[k].text for k in range(p - 1, verb, -1) if tokens[k].lower.endswith(("ing", "ed"))), tokens[verb].text)
    return Attribution(cue, subject, "before")  # `pounding`, not `has`


def cue_subject(tokens, c: int, start: int, depth: int = 0) -> Mention | None:
    """The subject of the verb at `c`: its own, or that of the verb it hangs on (`went on to say`,
    `…, saying`, `criticized … and said`)."""
    if depth > 3:
        return None
    governing = governing_verb(tokens, c, start)
    if governing is not None:
        return cue_subject(tokens, governing, start, depth + 1)
    if is_participle(tokens, c, start):
        return _participle_subject(tokens, c, start, depth)
    owner = possessor_at(tokens, c, start)
    if owner is not None:
        return possessor_mention(tokens, owner, start)  # `her claim that`, `Trump's assertion that`
    if and_before(tokens, c, start) is not None:  # `X noted …, and added`: the first verb's subject
        return _participle_subject(tokens, c, start, depth)
    subject = np_backward(tokens, c, start)
    first = _index_of(tokens, subject.tokens[0], start, c) if subject else None
    if first is not None and _adjoins(tokens, c, subject) and _is_object(tokens, first, start):
        main = verb_before(tokens, first, start)  # `slammed the loophole called …`: not its subject
        return cue_subject(tokens, main, start, depth + 1) if main is not None else None
    return subject


def _participle_subject(tokens, c, start, depth) -> Mention | None:
    """`Ryan saying`, `with McCain calling it` have their own subject; `…, saying` and
    `emailed supporters saying` take the subject of the sentence's first finite verb."""
    if all(t.lower in _SUBORDINATORS or t.lower in PREPOSITIONS for t in tokens[start:c]):
        return _main_subject_after(tokens, c)
    before = tokens[c - 1]
    if before.is_word and before.lower not in PREPOSITIONS:
        own = _after_of(np_backward(tokens, c, start))
        first = _index_of(tokens, own.tokens[0], start, c) if own else None
        if first is not None and (not _is_object(tokens, first, start) or tokens[first - 1].lower in ("with", "of")):
            return own
    for k in range(c - 1, start, -1):  # `…, Spicer said, adding`
        if cue_at(tokens, k) and not tokens[k].lower.endswith("ing") and tokens[k - 1].lower != "to":
            found = cue_subject(tokens, k, start, depth + 1)
            if found:
                return found
    for v in range(_main_clause_start(tokens, start, c), c):
        if is_finite_verb(tokens, v):
            found = cue_subject(tokens, v, start, depth + 1)
            if found:
                return found
    return sentence_subject(tokens, start, c)


def _after_of(own: Mention | None) -> Mention | None:
    """`footage of Trump` before `saying`: Trump, who does the saying."""
    if own is None:
        return None
    cut = max((k for k, t in enumerate(own.tokens) if t.lower == "of"), default=None)
    if cut is None or cut == 0 or cut + 1 >= len(own.tokens) or not own.tokens[cut + 1].is_capitalised:
        return own
    if own.tokens[cut - 1].is_capitalised:
        return own  # `Secretary of State John Kerry saying`
    return mention_of(list(own.tokens[cut + 1:])) or own


_SUBORDINATORS = {"as", "when", "while", "after", "before", "if", "because", "although", "though", "since",
                  "once", "until", "whereas", "despite", "with", "without"}


def _main_subject_after(tokens, c) -> Mention | None:
    """`After saying her foot was "so swollen …," she was whisked`: the subject after the opening
    phrase."""
    for j in range(c + 1, len(tokens)):
        tok = tokens[j]
        if tok.text in SENTENCE_END:
            return None
        if tok.text == "," or tok.is_quote:
            k = j + 1
            while k < len(tokens) and (tokens[k].text == "," or tokens[k].lower in _ASIDES or is_adverb(tokens[k])):
                k += 1  # `…," though, Allen did suggest`
            subject = np_forward(tokens[k:])
            after = _index_of(tokens, subject.tokens[-1], k, len(tokens)) if subject else None
            if after is not None:
                v = after + 1
                while v < len(tokens) and is_adverb(tokens[v]):
                    v += 1  # `the pope again demonstrated`
                if v < len(tokens) and (is_finite_verb(tokens, v) or cue_at(tokens, v)):
                    return subject
            if _comma(tok):
                return None
    return None


_ASIDES = {"though", "however", "too", "also", "then", "still"}


def _main_clause_start(tokens, start, c) -> int:
    """Past an opening subordinate clause: `As the crowd began to chant, Silverman …`."""
    if tokens[start].lower not in _SUBORDINATORS:
        return start
    comma = next((k for k in range(start, c) if tokens[k].text == ","), None)
    return comma + 1 if comma is not None else start


def _index_of(tokens, token, start, end) -> int | None:
    return next((i for i in range(start, end) if tokens[i] is token), None)


def _adjoins(tokens, c, subject: Mention) -> bool:
    """The subject stands right before the verb, auxiliaries and adverbs aside."""
    i = c - 1
    while i >= 0 and (tokens[i].lower in AUXILIARIES or is_adverb(tokens[i])):
        i -= 1
    return i >= 0 and tokens[i] is subject.tokens[-1]


def _is_object(tokens, first, start) -> bool:
    """A noun phrase right after a verb or a preposition is its object, not a subject (`after`,
    `since`, `as` may open a clause instead)."""
    if first <= start:
        return False
    before = tokens[first - 1]
    if tokens[first].text[:1].isdigit() and before.lower in APPROXIMATORS:
        return first - 1 > start and _is_object(tokens, first - 1, start)
    return before.lower in PREPOSITIONS - _CLAUSE_OPENERS or is_finite_verb(tokens, first - 1)


_CLAUSE_OPENERS = {"after", "before", "since", "until", "as", "like", "than"}


_LABEL = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(?=\S)")
_NOT_LABELS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "WATCH", "READ", "VIDEO", "PHOTOS", "Q", "A"}


def transcript_turn(text: str, span: Marked) -> tuple[Marked, Attribution] | None:
    """`"PENCE: Well, look, …"`: a quoted transcript, whose turn is the labelled speaker's."""
    label = _LABEL.match(text, span.start, span.end)
    if not label or label.group(1) in _NOT_LABELS or label.end() >= span.end:
        return None
    words = tuple(Token(m.group().title(), m.start(), m.end()) for m in re.finditer(r"\S+", label.group(1)))
    mention = Mention(label.start(1), label.end(1), words)
    return replace(span, start=label.end()), Attribution(":", mention, "transcript")


_SIGNATURE_WORDS = 16


def signature(text: str) -> Attribution | None:
    """`- Sanders.`, `-Michelle Marks, Philadelphia.`: a short paragraph that signs the quotation
    before it."""
    if text.lstrip()[:1] not in DASHES or len(text.split()) > _SIGNATURE_WORDS:
        return None  # most paragraphs: no need to tokenize
    tokens = tokenize(text, [])
    if not tokens or tokens[0].text not in DASHES:
        return None
    return _byline(tokens[1:])


def announcement(tokens: list[Token]) -> Attribution | None:
    """The cue and speaker of a sentence that ends on a colon: `Cruz continued:`."""
    return _before(tokens, len(tokens)) or _by_subject(tokens, len(tokens))


def previous_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """A quotation that is a sentence of its own, after a sentence about someone:
    `Clinton touted her record. "We need …"` -> Clinton."""
    start = sentence_start(tokens, qi)
    if start != qi or start == 0:
        return None
    previous = sentence_start(tokens, start - 1)
    if any(t.is_quote for t in tokens[previous:start]):
        return None
    cued = _before(tokens[:start - 1], start - 1)  # `X called him a master at it. "He showed …"`
    if cued and cued.mention:
        return Attribution("", cued.mention, "context")
    subject = sentence_subject(tokens, previous, start - 1)
    return Attribution("", subject, "context") if subject else None


def _by_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """No cue: a sentence whose subject names someone and whose predicate holds the quotation."""
    start = sentence_start(tokens, qi)
    subject = sentence_subject(tokens, start, qi)
    if subject is None or not plausible_subject(subject):
        return None
    after = next((k for k in range(start, qi) if tokens[k].start >= subject.end), qi)
    after = _past_appositive(tokens, after, qi)  # `Lewandowski, Trump’s fired campaign manager, ripped …`
    verb = next((t for t in tokens[after:qi] if t.is_word and t.lower not in AUXILIARIES), None)
    if verb is None or verb.is_capitalised or verb.lower in NP_BREAKERS:
        return None
    return Attribution(verb.text, subject, "subject")


def _past_appositive(tokens, k, limit) -> int:
    """The index after `, an appositive of words,` that starts at `k`; else `k`."""
    if k >= limit or tokens[k].text != ",":
        return k
    for j in range(k + 1, min(limit, k + 10)):
        if tokens[j].text == ",":
            return j + 1 if j > k + 1 else k
        if not tokens[j].is_word:
            return k
    return k


def _inverted_cue(tokens, start, qi) -> Attribution | None:
    """`Said Comey, "…"` / `As The Post's Dana Milbank puts it, "…"`."""
    first = tokens[start] if start < qi else None
    if first is not None and first.is_capitalised and CUE_FORMS.get(first.lower) in ("say", "add", "write"):
        mention = np_forward(tokens[start + 1:qi])
        if mention and mention.tokens[0].is_capitalised:
            return Attribution(first.text, mention, "before")
    for c in range(start, qi - 1):
        if tokens[c].lower in ("put", "puts") and tokens[c + 1].lower == "it" and c > start:
            subject = np_backward(tokens, c, start + (tokens[start].lower == "as"))
            return Attribution(tokens[c].text + " it", subject, "before") if subject else None
    return None


_RELATIVE_WORDS = {"who", "whom", "whose", "which"}
_ADJUNCT_OPENERS = (PREPOSITIONS | {"as", "when", "while", "because", "though", "although"}) - {"that", "to"}


def _reports_something_else(window, k) -> bool:
    """`… Smith said the two cases were different`: the cue has a clause of its own, so it does not
    attribute the quotation before it. A labelling cue with an object of its own (`Smith described
    the crowd as …`) does too; `"A disaster," Smith called it` does not."""
    if CUE_FORMS.get(window[k].lower) in LABEL_CUES and k + 1 < len(window) and _takes_object(window[k + 1]):
        return True
    for tok in window[k + 1:]:
        if tok.text in _JOINERS or tok.lower in _RELATIVE_WORDS or tok.lower in _ADJUNCT_OPENERS:
            return False  # `said, adding …`, `said as he launched …`, `said of the encounter he had`
        if tok.lower in CLAUSE_STARTERS or tok.lower in FINITE_AUXILIARIES or tok.lower in IRREGULAR_PAST:
            return True
    return False

def _takes_object(token: Token) -> bool:
    return token.is_word and token.lower not in _OBJECT_PRONOUNS and token.lower not in PREPOSITIONS


_OBJECT_PRONOUNS = {"it", "them", "him", "her", "this", "that", "those", "these", "me", "us"}


def _is_according(tokens, i) -> bool:
    return (i + 1 < len(tokens) and tokens[i].lower == "according" and tokens[i + 1].lower == "to")


def _according(tokens, i) -> Attribution | None:
    mention = np_forward(tokens[i + 2:], allow_of=True)
    return Attribution("according to", _strip_source_words(mention), "after") if mention else None


def _strip_source_words(mention: Mention | None) -> Mention | None:
    """`the full statement from Weinstein's spokesperson` -> `Weinstein's spokesperson`."""
    if mention is None:
        return None
    toks = list(mention.tokens)
    for i, tok in enumerate(toks):
        if tok.lower in ("from", "by", "of") and i + 1 < len(toks) and i > 0:
            if any(t.lower in _SOURCE_NOUNS for t in toks[:i]):
                return mention_of(toks[i + 1:])
    return mention


_SOURCE_NOUNS = {"statement", "statements", "release", "report", "reports", "filing", "documents",
                 "letter", "memo", "email", "emails", "transcript", "records", "data", "figures",
                 "estimates", "poll", "survey", "study", "analysis", "post", "tweet", "interview",
                 "account", "accounts", "copy", "complaint", "lawsuit", "remarks", "comments"}


def _all_joiners(tokens) -> bool:
    return all(t.text in _JOINERS for t in tokens)


def _until(tokens, j, stops, limit, quotes: bool = False) -> list[Token]:
    out = []
    while j < len(tokens) and len(out) < limit and tokens[j].text not in stops and (
            quotes or not tokens[j].is_quote or is_nickname(tokens, j)):
        out.append(tokens[j])
        j += 1
    return out
