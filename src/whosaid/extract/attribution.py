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

from dataclasses import dataclass

from .lexicon import (AUXILIARIES, CLAUSE_STARTERS, CUE_FORMS, DETERMINERS, HONORIFICS,
                      LABEL_CUES, SPEAKER_PRONOUNS, _WEAK_BASE)
from .tokens import SENTENCE_END, Token

_NP_BREAKERS = set("""
of in on at to for with from into onto over under after before since until while when where why how
what whom whose which that because though although whether if than as and but or nor so yet about
above below between through during against without within across despite toward towards upon amid
via per is was were are be been being has have had would will could can should may might must shall
did do does not no this these those there here it
""".split()) - {"his", "her", "their", "its"}
_LEADING_JUNK = {"and", "but", "or", "so", "then", "while", "as", "when", "because", "that", "though",
                 "although", "if", "since", "after", "before"}
_RELATIVES = {"who", "which", "that"}
_JOINERS = {",", "—", "–", "-", "…"}
_STOP_AFTER = SENTENCE_END | {";", ":"}
_APPOSITIVE_OPENERS = DETERMINERS | {"who", "which", "whose", "former", "now", "then", "also", "both"}


@dataclass(frozen=True, slots=True)
class Mention:
    """The words that name a speaker, as written: `paragraph[start:end]`."""

    start: int
    end: int
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str
    mention: Mention | None
    where: str  # "after" or "before": on which side of the quotation the cue stands


def cue_lemma(token: Token) -> str | None:
    if not token.is_word or token.is_capitalised and token.lower not in ("according",):
        return None
    lemma = CUE_FORMS.get(token.lower)
    if lemma and token.lower == lemma and lemma in _WEAK_BASE:
        return None
    return lemma


def _cue_at(tokens, i) -> str | None:
    """The cue lemma at `i`, unless a particle makes it another verb (`calls for`), it is a noun
    (`his comments`, `gave remarks`), or it is a phrasal cue (`shot back`, `went on`)."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    phrasal = _PHRASAL.get(tokens[i].lower)
    if phrasal and nxt == phrasal:
        return tokens[i].lower
    lemma = cue_lemma(tokens[i])
    if not lemma or nxt in _PARTICLES.get(lemma, ()) or _is_noun_use(tokens, i, lemma):
        return None
    return lemma


_PHRASAL = {"shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back",
            "hits": "back", "went": "on", "goes": "on", "pointed": "out", "points": "out",
            "weighed": "in", "weighs": "in", "lashed": "out", "lashes": "out", "spoke": "out",
            "speaks": "out", "summed": "up", "sums": "up"}
_NOUN_MARKERS = DETERMINERS | {"his", "her", "their", "its", "our", "my", "your", "of", "in", "on", "with",
                               "over", "give", "gave", "make", "made", "these", "those", "other", "such",
                               "recent", "public", "earlier", "latest", "controversial", "new", "and"}


def _is_noun_use(tokens, i, lemma) -> bool:
    """`claims`, `remarks`, `comments` after a determiner or a number are nouns."""
    word = tokens[i].lower
    if not word.endswith("s") or word == lemma or word in ("says",) or i == 0:
        return False
    before = tokens[i - 1]
    return before.lower in _NOUN_MARKERS or before.is_possessive or before.text[:1].isdigit()


_PARTICLES = {"call": ("for", "on", "off", "up", "out", "in", "back"), "add": ("up", "to"),
              "post": ("up",), "figure": ("out",), "reckon": ("with",), "answer": ("for",),
              "state": ("department",), "note": ("s",)}


def attribute(tokens: list[Token], qi: int) -> Attribution | None:
    """The attribution of the quotation token at index `qi`, or None."""
    return _after(tokens, qi) or _before(tokens, qi) or _by_subject(tokens, qi)


def _after(tokens: list[Token], qi: int) -> Attribution | None:
    j = qi + 1
    while j < len(tokens) and tokens[j].text in _JOINERS:
        j += 1
    window = _until(tokens, j, _STOP_AFTER, limit=36)
    if not window:
        return None
    if _is_according(window, 0):
        return _according(window, 0)
    if _cue_at(window, 0) and not window[0].lower.endswith("ing"):
        mention = _np_forward(window[1:])
        if mention and not _ends_sentence_then_clause(tokens, qi, window, 0):
            return Attribution(window[0].text, mention, "after")
        return None
    for k in range(1, min(len(window), 34)):
        if _is_according(window, k) and _all_joiners(window[:k]):
            return _according(window, k)
        if _cue_at(window, k):
            subject = _np_backward(window, k, 0)
            if subject and subject.tokens[0] is window[0] and not _ends_sentence_then_clause(tokens, qi, window, k):
                return Attribution(window[k].text, subject, "after")
            if window[k - 1].text == "," and _invertible(window[k]):
                mention = _np_forward(window[k + 1:])  # `"…" about the plan, said X`
                return Attribution(window[k].text, mention, "after") if mention else None
            return _sentence_final(window)
    return None


def _sentence_final(window: list[Token]) -> Attribution | None:
    """`"Fight for $15" movement plans to protest, the Daily Caller reports.`"""
    for k in range(len(window) - 1, max(len(window) - 5, 0), -1):
        if _cue_at(window, k) and not window[k].lower.endswith("ing"):
            comma = max((i for i in range(k) if window[i].text == ","), default=None)
            if comma is not None and k - comma <= 6:
                subject = _np_backward(window, k, comma + 1)
                if subject and subject.tokens[0] is window[comma + 1]:
                    return Attribution(window[k].text, subject, "after")
            return None
    return None


def _invertible(token: Token) -> bool:
    """Cues that may stand before their subject (`said Smith`); not `told` (`told Smith`)."""
    return not token.lower.endswith("ing") and CUE_FORMS.get(token.lower) not in ("tell", "ask", "call", "inform", "advise", "urge")


def _before(tokens: list[Token], qi: int) -> Attribution | None:
    start = _sentence_start(tokens, qi)
    inverted = _inverted_cue(tokens, start, qi)
    if inverted:
        return inverted
    for c in range(qi - 1, start - 1, -1):
        if _is_according(tokens, c):
            return _according(tokens, c)
        lemma = _cue_at(tokens, c)
        if lemma:
            if c + 1 < len(tokens) and tokens[c + 1].lower == "by" and tokens[c].lower.endswith("ed"):
                agent = _np_forward(tokens[c + 2:qi])  # `measures added by Republicans`
                return Attribution(tokens[c].text, agent, "before") if agent else None
            participle = _is_participle(tokens, c, start)
            subject = None if participle else _np_backward(tokens, c, start)
            if subject is None and participle:
                subject = _earlier_cue_subject(tokens, start, c)
            if subject is None and (participle or _after_and(tokens, c, start)):
                subject = _sentence_subject(tokens, start, c)
            if subject is None and c > start and tokens[c - 1].is_quote and _invertible(tokens[c]):
                subject = _np_forward(tokens[c + 1:qi])
            if subject or lemma not in LABEL_CUES:
                return Attribution(tokens[c].text, subject, "before")
    return None


def previous_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """A quotation that is a sentence of its own, after a sentence about someone:
    `Clinton touted her record. "We need …"` -> Clinton."""
    start = _sentence_start(tokens, qi)
    if start != qi or start == 0:
        return None
    previous = _sentence_start(tokens, start - 1)
    if any(t.is_quote for t in tokens[previous:start]):
        return None
    subject = _sentence_subject(tokens, previous, start - 1)
    return Attribution("", subject, "context") if subject else None


def _earlier_cue_subject(tokens, start, c) -> Mention | None:
    """`…, Fiorina said, adding that …`: a participle shares the subject of the cue before it."""
    for k in range(c - 1, start, -1):
        if tokens[k].is_word and _cue_at(tokens, k) and not tokens[k].lower.endswith("ing"):
            return _np_backward(tokens, k, start)
    return None


def _after_and(tokens, c, start) -> bool:
    i = c - 1
    while i >= start and tokens[i].lower in AUXILIARIES:
        i -= 1
    return i >= start and tokens[i].lower == "and"


def _by_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """No cue: a sentence whose subject names someone and whose predicate holds the quotation."""
    start = _sentence_start(tokens, qi)
    subject = _sentence_subject(tokens, start, qi)
    if subject is None or not _plausible_subject(subject):
        return None
    verb = next((t for t in tokens[start:qi] if t.start >= subject.end and t.is_word and t.lower not in AUXILIARIES), None)
    if verb is None or verb.is_capitalised or verb.lower in _NP_BREAKERS:
        return None
    return Attribution(verb.text, subject, "subject")


def _plausible_subject(subject: Mention) -> bool:
    """Without a cue, only a pronoun, a full name or a one-word name that is not a plural."""
    toks = subject.tokens
    if len(toks) == 1:
        word = toks[0]
        return word.lower in SPEAKER_PRONOUNS or not word.lower.endswith("s")
    return sum(t.is_capitalised for t in toks) >= 2


def _is_participle(tokens, c, start) -> bool:
    """`…, saying` / `before adding` / `a post reading`: the cue's subject is the sentence's
    (an -ing form not after a form of `be`)."""
    if not tokens[c].lower.endswith("ing") or c == start:
        return False
    return tokens[c - 1].lower not in ("is", "was", "were", "are", "am", "be", "been", "'s", "’s")


_OPENING_ADVERBIALS = {"on", "in", "at", "after", "before", "during", "while", "when", "since", "as", "for",
                       "with", "from", "under", "over", "last", "earlier", "later", "meanwhile", "speaking",
                       "asked", "according", "though", "although", "if", "because", "once", "still", "yet",
                       "instead", "now", "then", "but", "and", "so", "also", "however", "in", "separately"}


def _sentence_subject(tokens, start, limit) -> Mention | None:
    """The name or pronoun that opens the sentence (after an opening phrase and its comma)."""
    i = start
    while i < limit and tokens[i].lower in ("but", "and", "so", "yet", "still", "then", "also", "—", "-"):
        i += 1
    if i < limit and tokens[i].lower in _OPENING_ADVERBIALS:
        comma = next((k for k in range(i, min(limit, i + 14)) if tokens[k].text == ","), None)
        if comma is None:
            return None
        i = comma + 1
    if i < limit and tokens[i].lower in SPEAKER_PRONOUNS - {"it", "you"}:
        return _mention([tokens[i]])
    if i < limit and tokens[i].lower in ("the", "a", "an") and not any(t.is_capitalised for t in tokens[i + 1:i + 2]):
        return _description_subject(tokens, i, limit)
    last_name = None
    j = i
    while j < limit and tokens[j].is_word:
        tok = tokens[j]
        if tok.is_capitalised:
            last_name = j
        elif j > i and not (j + 1 < limit and tokens[j + 1].is_capitalised and not _verbish(tok)) and tok.lower not in ("of", "for", "de"):
            break
        j += 1
    if last_name is None or not _starts_name(tokens, i, last_name):
        return None
    if tokens[last_name].is_possessive:  # `Ryan's campaign shrugged off …`
        k = last_name + 1
        while k < limit and tokens[k].is_word and not tokens[k].is_capitalised and not _verbish(tokens[k]) and k < last_name + 4:
            k += 1
        return _mention(tokens[i:k]) if k > last_name + 1 else None
    if last_name == i and tokens[i].lower.endswith(("ing", "ly", "ed")):
        return None  # "Flying home, she …"
    return _mention(tokens[i:last_name + 1])


def _description_subject(tokens, i, limit) -> Mention | None:
    """`the prince called …`: an article and up to three nouns, then a verb."""
    for j in range(i + 1, min(limit, i + 5)):
        if _verbish(tokens[j]) and j > i + 1:
            return _mention(tokens[i:j])
        if not tokens[j].is_word or tokens[j].is_capitalised:
            return None
    return None


def _verbish(tok: Token) -> bool:
    low = tok.lower
    return low in CUE_FORMS or low in AUXILIARIES or low.endswith(("ed", "ing")) or low in _NP_BREAKERS


def _starts_name(tokens, i, last) -> bool:
    words = [t for t in tokens[i:last + 1] if t.is_capitalised]
    from .lexicon import NOT_NAMES

    return any(t.bare.lower() not in NOT_NAMES for t in words)

def _inverted_cue(tokens, start, qi) -> Attribution | None:
    """`Said Comey, "…"` / `As The Post's Dana Milbank puts it, "…"`."""
    first = tokens[start] if start < qi else None
    if first is not None and first.is_capitalised and CUE_FORMS.get(first.lower) in ("say", "add", "write"):
        mention = _np_forward(tokens[start + 1:qi])
        if mention and mention.tokens[0].is_capitalised:
            return Attribution(first.text, mention, "before")
    for c in range(start, qi - 1):
        if tokens[c].lower in ("put", "puts") and tokens[c + 1].lower == "it" and c > start:
            subject = _np_backward(tokens, c, start + (tokens[start].lower == "as"))
            return Attribution(tokens[c].text + " it", subject, "before") if subject else None
    return None


def _ends_sentence_then_clause(tokens, qi, window, k) -> bool:
    """`"It is over." Smith said the deal …`: a new sentence that reports something else."""
    quoted = tokens[qi].text.rstrip("\"”»'’ ")
    if not quoted.endswith((".", "!", "?")) or not window[0].is_capitalised:
        return False
    nxt = window[k + 1] if k + 1 < len(window) else None
    return nxt is not None and nxt.lower in CLAUSE_STARTERS


def _is_according(tokens, i) -> bool:
    return (i + 1 < len(tokens) and tokens[i].lower == "according" and tokens[i + 1].lower == "to")


def _according(tokens, i) -> Attribution | None:
    mention = _np_forward(tokens[i + 2:], allow_of=True)
    return Attribution("according to", _strip_source_words(mention), "after") if mention else None


def _strip_source_words(mention: Mention | None) -> Mention | None:
    """`the full statement from Weinstein's spokesperson` -> `Weinstein's spokesperson`."""
    if mention is None:
        return None
    toks = list(mention.tokens)
    for i, tok in enumerate(toks):
        if tok.lower in ("from", "by", "of") and i + 1 < len(toks) and i > 0:
            if any(t.lower in _SOURCE_NOUNS for t in toks[:i]):
                return _mention(toks[i + 1:])
    return mention


_SOURCE_NOUNS = {"statement", "statements", "release", "report", "reports", "filing", "documents",
                 "letter", "memo", "email", "emails", "transcript", "records", "data", "figures",
                 "estimates", "poll", "survey", "study", "analysis", "post", "tweet", "interview",
                 "account", "accounts", "copy", "complaint", "lawsuit", "remarks", "comments"}


def _all_joiners(tokens) -> bool:
    return all(t.text in _JOINERS for t in tokens)


def _until(tokens, j, stops, limit) -> list[Token]:
    out = []
    while j < len(tokens) and len(out) < limit and tokens[j].text not in stops and not tokens[j].is_quote:
        out.append(tokens[j])
        j += 1
    return out


def _sentence_start(tokens, qi) -> int:
    i = qi - 1
    while i >= 0 and tokens[i].text not in SENTENCE_END:
        i -= 1
    return i + 1


def _np_forward(tokens, allow_of=False) -> Mention | None:
    """The noun phrase at the start of `tokens`: `Paul Martin, a detective …` -> `Paul Martin`."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or tok.is_quote:
            break
        if tok.lower == "of" and out and (allow_of or not any(t.is_capitalised for t in out)):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and (nxt.is_capitalised or nxt.lower in DETERMINERS):
                out.append(tok)
                continue
        if tok.lower in _NP_BREAKERS and not (allow_of and tok.lower in ("from", "by")) or cue_lemma(tok):
            break
        out.append(tok)
        if len(out) >= 9:
            break
    while out and out[-1].lower in ("of", "from", "by", "the", "a"):
        out.pop()
    return _mention(out)


def _np_backward(tokens, c, start) -> Mention | None:
    """The subject before the cue at `c`, skipping auxiliaries, relatives and appositives."""
    i = c - 1
    while i >= start and (tokens[i].lower in AUXILIARIES or tokens[i].lower in ("n't", "not")):
        i -= 1
    if i >= start and tokens[i].lower in _RELATIVES:
        i -= 1
        if i >= start and tokens[i].text == ",":
            i -= 1
    elif i >= start and tokens[i].text == ",":
        opening = _name_then_comma(tokens, start, i)
        if opening:
            return opening
        named = _named_between_commas(tokens, i, start)
        if named:
            return named
        i = _skip_appositive(tokens, i, start)
        if i > start and tokens[i].lower in _PARENTHETICAL and tokens[i - 1].text == ",":
            i = _skip_appositive(tokens, i - 1, start) if _previous_comma(tokens, i - 1, start) else i - 2
    elif i >= start and tokens[i].lower == "and":
        return None  # `X hits … and claims`: the caller falls back on the sentence's subject
    out: list[Token] = []
    while i >= start and len(out) < 14:
        tok = tokens[i]
        if not _np_word(tokens, i):
            break
        out.append(tok)
        if tok.lower in SPEAKER_PRONOUNS:
            break
        i -= 1
    out.reverse()
    while out and out[0].lower in _LEADING_JUNK:
        out.pop(0)
    return _mention(out)


def _np_word(tokens, i) -> bool:
    tok = tokens[i]
    if not tok.is_word or cue_lemma(tok):
        return False
    if tok.is_capitalised and tok.lower not in SPEAKER_PRONOUNS:
        return True
    return tok.lower not in _NP_BREAKERS or _in_name(tokens, i)


def _in_name(tokens, i) -> bool:
    """`of` inside `Department of Justice`."""
    if tokens[i].lower not in ("of", "for", "and", "the") or not 0 < i < len(tokens) - 1:
        return False
    after = tokens[i + 1] if tokens[i + 1].lower != "the" or i + 2 >= len(tokens) else tokens[i + 2]
    return tokens[i - 1].is_capitalised and after.is_capitalised


_PARENTHETICAL = {"meanwhile", "however", "too", "though", "instead", "nevertheless", "moreover",
                  "furthermore", "also", "likewise", "separately", "meantime", "in", "turn"}


def _name_then_comma(tokens, start, comma) -> Mention | None:
    """`Clinton, during a town hall in Columbus, Ohio, said`: the name that opens the clause."""
    j = start
    while j < comma and tokens[j].is_capitalised and not tokens[j].is_possessive:
        j += 1
    if j == start or j >= comma or tokens[j].text != "," or j == comma:
        return None
    name = tokens[start:j]
    return _mention(name) if _starts_name(tokens, start, j - 1) else None


def _previous_comma(tokens, comma, start) -> int | None:
    for p in range(comma - 1, max(start - 1, comma - 26), -1):
        if tokens[p].text == ",":
            return p
        if tokens[p].is_quote or tokens[p].text in SENTENCE_END:
            return None
    return None


def _named_between_commas(tokens, comma, start) -> Mention | None:
    """`Hunter's chief of staff, Joe Kasper, told`: the name set off by the commas."""
    p = _previous_comma(tokens, comma, start)
    if p is None or p + 1 >= comma:
        return None
    segment = tokens[p + 1:comma]
    if all(t.is_capitalised or t.text == "." for t in segment) and _could_name_speaker(segment) and len(segment) <= 5:
        return _mention(segment)
    return None


def _skip_appositive(tokens, comma, start) -> int:
    """At the comma before a cue: `X, a spokesman for Y, said` -> the index of X's last word."""
    p = _previous_comma(tokens, comma, start)
    if p is None or p + 1 >= comma:
        return -1
    opener = tokens[p + 1]
    if opener.lower in _APPOSITIVE_OPENERS or not opener.is_capitalised or opener.is_possessive:
        return p - 1
    return -1


def _mention(tokens: list[Token]) -> Mention | None:
    toks = [t for t in tokens if t.is_word]
    if not toks:
        return None
    if len(toks) == 1 and toks[0].lower in DETERMINERS - {"his", "her", "their", "its"}:
        return None
    if not _could_name_speaker(toks):
        return None
    return Mention(toks[0].start, toks[-1].end, tuple(toks))


def _could_name_speaker(toks: list[Token]) -> bool:
    from .lexicon import NOT_NAMES

    head = toks[-1]
    if head.lower in SPEAKER_PRONOUNS:
        return True
    if head.is_capitalised:
        return head.bare.lower() not in NOT_NAMES or head.lower in HONORIFICS
    if head.lower in _NOT_HEADS or head.lower.endswith(("ly", "ed", "ing")):
        return False
    return len(head.text) > 1


_NOT_HEADS = {"now", "then", "also", "today", "tonight", "yesterday", "here", "there", "again", "too",
              "ago", "week", "month", "year", "day", "night", "morning", "afternoon", "evening", "time",
              "way", "point", "end", "moment", "all", "both", "each", "himself", "herself", "themselves"}
