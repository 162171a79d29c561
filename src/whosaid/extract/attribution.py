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

from .cues import cue_at
from .lexicon import AUXILIARIES, CLAUSE_STARTERS, CUE_FORMS, LABEL_CUES
from .phrases import (NP_BREAKERS, Mention, mention_of, np_backward, np_forward, plausible_subject,
                      sentence_start, sentence_subject)
from .tokens import SENTENCE_END, Token

_JOINERS = {",", "—", "–", "-", "…"}
_STOP_AFTER = SENTENCE_END | {";", ":"}
@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str
    mention: Mention | None
    where: str  # "after" or "before": on which side of the quotation the cue stands


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
    if cue_at(window, 0) and not window[0].lower.endswith("ing"):
        mention = np_forward(window[1:])
        if mention and not _ends_sentence_then_clause(tokens, qi, window, 0):
            return Attribution(window[0].text, mention, "after")
        return None
    for k in range(1, min(len(window), 34)):
        if _is_according(window, k) and _all_joiners(window[:k]):
            return _according(window, k)
        if cue_at(window, k):
            subject = np_backward(window, k, 0)
            if subject and subject.tokens[0] is window[0] and not _ends_sentence_then_clause(tokens, qi, window, k):
                return Attribution(window[k].text, subject, "after")
            if window[k - 1].text == "," and _invertible(window[k]):
                mention = np_forward(window[k + 1:])  # `"…" about the plan, said X`
                return Attribution(window[k].text, mention, "after") if mention else None
            return _sentence_final(window)
    return None


def _sentence_final(window: list[Token]) -> Attribution | None:
    """`"Fight for $15" movement plans to protest, the Daily Caller reports.`"""
    for k in range(len(window) - 1, max(len(window) - 5, 0), -1):
        if cue_at(window, k) and not window[k].lower.endswith("ing"):
            comma = max((i for i in range(k) if window[i].text == ","), default=None)
            if comma is not None and k - comma <= 6:
                subject = np_backward(window, k, comma + 1)
                if subject and subject.tokens[0] is window[comma + 1]:
                    return Attribution(window[k].text, subject, "after")
            return None
    return None


def _invertible(token: Token) -> bool:
    """Cues that may stand before their subject (`said Smith`); not `told` (`told Smith`)."""
    return not token.lower.endswith("ing") and CUE_FORMS.get(token.lower) not in ("tell", "ask", "call", "inform", "advise", "urge")


def _before(tokens: list[Token], qi: int) -> Attribution | None:
    start = sentence_start(tokens, qi)
    inverted = _inverted_cue(tokens, start, qi)
    if inverted:
        return inverted
    for c in range(qi - 1, start - 1, -1):
        if _is_according(tokens, c):
            return _according(tokens, c)
        lemma = cue_at(tokens, c)
        if lemma:
            if c + 1 < len(tokens) and tokens[c + 1].lower == "by" and tokens[c].lower.endswith("ed"):
                agent = np_forward(tokens[c + 2:qi])  # `measures added by Republicans`
                return Attribution(tokens[c].text, agent, "before") if agent else None
            participle = _is_participle(tokens, c, start)
            subject = None if participle else np_backward(tokens, c, start)
            if subject is None and participle:
                subject = _earlier_cue_subject(tokens, start, c)
            if subject is None and (participle or _after_and(tokens, c, start)):
                subject = sentence_subject(tokens, start, c)
            if subject is None and c > start and tokens[c - 1].is_quote and _invertible(tokens[c]):
                subject = np_forward(tokens[c + 1:qi])
            if subject or lemma not in LABEL_CUES:
                return Attribution(tokens[c].text, subject, "before")
    return None


def previous_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """A quotation that is a sentence of its own, after a sentence about someone:
    `Clinton touted her record. "We need …"` -> Clinton."""
    start = sentence_start(tokens, qi)
    if start != qi or start == 0:
        return None
    previous = sentence_start(tokens, start - 1)
    if any(t.is_quote for t in tokens[previous:start]):
        return None
    subject = sentence_subject(tokens, previous, start - 1)
    return Attribution("", subject, "context") if subject else None


def _earlier_cue_subject(tokens, start, c) -> Mention | None:
    """`…, Fiorina said, adding that …`: a participle shares the subject of the cue before it."""
    for k in range(c - 1, start, -1):
        if tokens[k].is_word and cue_at(tokens, k) and not tokens[k].lower.endswith("ing"):
            return np_backward(tokens, k, start)
    return None


def _after_and(tokens, c, start) -> bool:
    i = c - 1
    while i >= start and tokens[i].lower in AUXILIARIES:
        i -= 1
    return i >= start and tokens[i].lower == "and"


def _by_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """No cue: a sentence whose subject names someone and whose predicate holds the quotation."""
    start = sentence_start(tokens, qi)
    subject = sentence_subject(tokens, start, qi)
    if subject is None or not plausible_subject(subject):
        return None
    verb = next((t for t in tokens[start:qi] if t.start >= subject.end and t.is_word and t.lower not in AUXILIARIES), None)
    if verb is None or verb.is_capitalised or verb.lower in NP_BREAKERS:
        return None
    return Attribution(verb.text, subject, "subject")


def _is_participle(tokens, c, start) -> bool:
    """`…, saying` / `before adding` / `a post reading`: the cue's subject is the sentence's
    (an -ing form not after a form of `be`)."""
    if not tokens[c].lower.endswith("ing") or c == start:
        return False
    return tokens[c - 1].lower not in ("is", "was", "were", "are", "am", "be", "been", "'s", "’s")


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


def _until(tokens, j, stops, limit) -> list[Token]:
    out = []
    while j < len(tokens) and len(out) < limit and tokens[j].text not in stops and not tokens[j].is_quote:
        out.append(tokens[j])
        j += 1
    return out


