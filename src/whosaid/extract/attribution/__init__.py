"""Who a quotation is attributed to, in the words of the paragraph: the cue and the mention.

Rules, tried in order for each quotation:
1. after it: `"…," X said` / `"…," said X` / `"…," according to X`;
2. before it, in the same sentence: `X said: "…"` / `X told Y, "…"` / `X called it "…"` /
   `X, who said that she "…"` / `X, a spokesman for Y, said "…"` (the last cue's subject);
   a participle after a comma takes the sentence's subject: `Walsh argued, saying it is "…"`;
3. no cue: the sentence's subject when it names someone (`Moore thanked him for "…"`);
4. nothing: the caller lets it inherit the speaker of the quotation before it.
The mention is returned as written; resolving it to a canonical name is `resolve`'s job.

Modules: `after` (a cue after the quotation), `before` (a cue or a subject before it), `layout`
(what a paragraph's shape says: `Name: "…"`, transcript turns, signatures, lead-ins), `common`
(the Attribution and the helpers they share).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..cues import PHRASAL, cue_at
from ..lexicon import (APPROXIMATORS, BODY_NOUNS, CLAUSE_OPENERS, CUE_FORMS, DETERMINERS, FEELINGS, NUMBER_WORDS,
                       OPENING_CLAUSES, PREPOSITIONS, PREPOSITIONS_OR_DETERMINERS, SENT_TEXTS, SOURCE_TEXTS,
                       plural, singular)
from ..phrases import (DASHES, Mention, group_word, index_of, is_owner, last_sentence, mention_of, name_before,
                       np_backward, np_forward, people_word, plural_of_person, possessor_mention, sentence_start,
                       sentence_subject, speaking_head, time_word, verbish)
from ..tokens import MARKS, OPENING, SENTENCE_END, STATES, Token
from ..verbs import FORMS_OF_BE, OF_MIND
from .after import cue_after, named_in_next_sentence, names_the_words_before
from .before import (asked_one, by_subject, cue_before, cue_subject, described_bodies, described_speakers,
                     object_relative, read_texts)
from .common import (ARTICLES, OWNED_SAYINGS, PERSONAL, QUESTION_WORDS, Attribution, clause_set_off, names_no_one,
                     plain_adjectives)
from .layout import (announcement, closing_speaker, given_the_last_word, goes_on_from_before, headed, in_headline,
                     labelled, lead_report, previous_subject, reporting_close, signature, transcript_turn)

__all__ = ["Attribution", "announcement", "asked_one", "attribute", "described_bodies", "described_speakers",
           "goes_on_from_before", "in_headline", "lead_report", "names_the_words_before", "previous_subject",
           "read_texts", "reporting_close", "signature", "they_after_paragraph", "transcript_turn"]


def _the_last_word(tokens: list[Token], qi: int) -> Attribution | None:
    """`The last word goes to Jane Doe, 92, who has lived here all her life: "It's home."`"""
    if qi < 2 or tokens[qi - 1].text != ":":
        return None
    return given_the_last_word(tokens, sentence_start(tokens, qi - 1), qi - 1)


def attribute(tokens: list[Token], qi: int) -> Attribution | None:
    """The attribution of the quotation token at index `qi`, or None."""
    resumed = _resumed_after_aside(tokens, qi)
    if resumed is not None:
        return attribute(tokens, resumed)  # `He said, "…" - at which point the crowd chanted "…" - "and …"`
    asked = _in_asked_clause(tokens, qi) or _passive_quotation(tokens, qi) or _owned_quotation(tokens, qi)
    if asked is not None:
        return asked
    after = cue_after(tokens, qi)
    if after and after.where == "final":  # `her claim that "…" was false, Comey said`: hers
        before = cue_before(tokens, qi)
        return _they_the_subject(tokens, _in_relative(tokens, before if before and before.mention else after))
    if after and (_in_opening_clause(tokens, qi) or _closes_a_relative(tokens, qi)):
        before = cue_before(tokens, qi)  # `When he called the plan "a disaster," Ted Cruz laughed`: his
        after = before if before and before.mention else after
    elif after and CUE_FORMS.get(after.cue.lower()) in _ANSWERS \
            and not any(t.is_quote for t in tokens[sentence_start(tokens, qi):qi]):
        before = cue_before(tokens, qi)  # `When Vogue asked Dion, "…?" the singer answered`: the asker's question
        after = before if before and before.mention and CUE_FORMS.get(before.cue.lower()) == "ask" else after
        # (but `Mr Lloyd asked: "…?" "No," the detective replied`: the question quoted before, this the reply)
    found = (after or _cited(tokens, qi) or labelled(tokens, qi, set_off=True) or headed(tokens, qi)
             or object_relative(tokens, qi) or _in_a_contrasting_clause(tokens, qi)
             or cue_before(tokens, qi)
             or labelled(tokens, qi) or by_subject(tokens, qi) or _bracketed_source(tokens, qi)
             or _owned_call(tokens, qi) or _owned_words_set_off(tokens, qi) or named_in_next_sentence(tokens, qi)
             or _the_last_word(tokens, qi))
    found = _quoted_as_saying(tokens, qi, found) or _they_the_subject(tokens, _in_relative(tokens, _plausible(found)))
    found = _urged_by_the_one_before(tokens, qi, found) or found
    if _a_places_state(tokens, found) or _a_condition(tokens, found):
        return Attribution(found.cue, None, found.where)
    return _with_particle(tokens, qi, found)


def _in_a_contrasting_clause(tokens: list[Token], qi: int) -> Attribution | None:
    """`"…," said Paul Dales, while Ruth Gregory, his colleague, thought the Bank was "right to wait"`: a clause
    after `, while` or `, whereas`, with no quotation or cue in it, whose subject and verb hold the quotation: its
    subject's words, not the cue's before it."""
    start = sentence_start(tokens, qi)
    k = next((k for k in range(qi - 1, start + 1, -1) if tokens[k].lower in ("while", "whereas")
              and tokens[k - 1].text == ","), None)
    if k is None or any(t.is_quote for t in tokens[k + 1:qi]) or any(cue_at(tokens, j) for j in range(k + 1, qi)):
        return None
    found = by_subject(tokens[k + 1:], qi - k - 1)
    return found if found is not None and (CUE_FORMS.get(found.cue.lower()) or found.cue.lower() in _OF_MIND) \
        else None  # (not `while Clinton leads by 21 points among those who are "…"`: the poll's words)


_OF_MIND = OF_MIND | {"believed", "felt", "feared", "fears", "hoped", "hopes", "worried", "worries", "considered"}


def _urged_by_the_one_before(tokens: list[Token], qi: int, found: Attribution | None) -> Attribution | None:
    """`National Highways said the A66 was shut. Drivers were urged to "avoid all but essential journeys"`: a
    passive cue with no agent, right after a sentence whose subject said something, is that subject's."""
    if found is None or found.mention is not None or found.where not in ("before", "passive") \
            or CUE_FORMS.get(found.cue.lower()) is None:
        return None  # (not `was being treated for a "malignant disease"`: no speech)
    start = sentence_start(tokens, qi)
    cue = next((k for k in range(qi - 1, start, -1) if tokens[k].text == found.cue), None)
    if cue is None or cue - 1 > start + _PASSIVE_SUBJECT or tokens[cue - 1].lower not in _PASSIVE_BE or start < 2:
        return None  # (a subject opening the sentence: not `Despite being told he was a "…"`, whose teller is no one's)
    before = sentence_start(tokens, start - 1)
    said = next((k for k in range(before + 1, start) if cue_at(tokens, k) in _REPORTING), None)
    subject = cue_subject(tokens, said, before) if said is not None else None
    return Attribution(found.cue, subject, "before") if subject is not None else None


_PASSIVE_BE = {"was", "were"}
_PASSIVE_SUBJECT = 3  # words of the subject opening the sentence: `Drivers`, `Residents of the town`
_REPORTING = {"say", "announce", "warn", "confirm", "add", "state"}  # what the one before did: said it


def _cited(tokens: list[Token], qi: int) -> Attribution | None:
    """`He quoted Winston Churchill: "…"`, `a quote attributed to Thomas Jefferson. "…"`, `a line from Churchill:
    "…"`: the one whose words the writer or a speaker cites, named right before the colon or the full stop that
    the quotation follows."""
    k = qi - 1
    if k < 2 or tokens[k].text not in (":", "."):
        return None
    end = k
    while k > 0 and tokens[k - 1].is_capitalised and tokens[k - 1].is_word and end - k < _CITED_NAME:
        k -= 1
    if k == end or k < 1:
        return None
    before = (tokens[k - 2].lower if k >= 2 else "", tokens[k - 1].lower)
    if before[1] not in _CITING and before not in _CITING_PAIRS:
        return None
    if before == ("attributed", "to") and (k < 3 or tokens[k - 3].lower not in _SAYINGS_CITED):
        return None  # `a quote attributed to Thomas Jefferson`, not `the statement, which was attributed to Miller.
        # "…"`: the statement's words go on
    return Attribution(tokens[k - 1].text, Mention(tokens[k].start, tokens[end - 1].end, tuple(tokens[k:end])),
                       "before")


_CITED_NAME = 4  # words of the name cited
_SAYINGS_CITED = {"quote", "quotation", "saying", "line", "remark", "words", "phrase", "maxim", "adage", "quip"}
_CITING = {"quoted", "quoting"}  # `He quoted Winston Churchill:`
_CITING_PAIRS = {("attributed", "to"), ("quote", "from"), ("quote", "by"), ("quotation", "from"), ("line", "from"),
                 ("words", "of"), ("saying", "of"), ("quote", "of")}  # `a quote attributed to Thomas Jefferson.`


def _with_particle(tokens: list[Token], qi: int, found: Attribution | None) -> Attribution | None:
    """A phrasal cue whole (`went on`, `hit back`), as the verb and its particle stand in the quotation's
    sentence: `went on` goes on from the speaker before, as `added` does."""
    particles = PHRASAL.get(found.cue.lower()) if found is not None else None
    if particles is None:
        return found
    start = sentence_start(tokens, qi)
    for k in range(start, min(len(tokens) - 1, qi + _PARTICLE_REACH)):
        if tokens[k].text == found.cue and tokens[k + 1].lower in particles:
            return replace(found, cue=f"{found.cue} {tokens[k + 1].text}")
    return found


_PARTICLE_REACH = 8  # tokens after the quotation its phrasal cue may stand in: `"…," Jane Doe, 41, went on`


def _a_condition(tokens: list[Token], found: Attribution | None) -> bool:
    """`… money until the Mexican government agreed to make a payment of "$5-10 billion"`: a cue whose
    subject opens an `until` or `unless` clause tells what has not happened, no one's words."""
    if found is None or found.mention is None or found.where != "before":
        return False
    at = index_of(tokens, found.mention.tokens[0], 0, len(tokens))
    return at is not None and at > 0 and tokens[at - 1].lower in ("until", "unless")


def _a_places_state(tokens: list[Token], found: Attribution | None) -> bool:
    """`An article about the shooting in San Bernardino, Calif., based on accounts …, reported`: the
    state after a city and its comma is part of a place, no one who speaks."""
    if found is None or found.mention is None or len(found.mention.tokens) != 1 \
            or found.mention.tokens[0].lower not in STATES:
        return False
    at = index_of(tokens, found.mention.tokens[0], 0, len(tokens))
    return at is not None and at >= 2 and tokens[at - 1].text == "," and tokens[at - 2].is_capitalised


def _resumed_after_aside(tokens: list[Token], qi: int) -> int | None:
    """Where the quotation stands that the one at `qi` goes on from, past an aside set off by dashes
    right after it: `"Donald Trump will build the wall" - at which point the crowd chanted "Build
    the wall!" - "and restore law and order …"` (it opens in lowercase, mid-sentence)."""
    if qi < 3 or tokens[qi - 1].text not in DASHES or not tokens[qi].text.lstrip(OPENING + " ")[:1].islower():
        return None
    opening = next((k for k in range(qi - 2, max(0, qi - _ASIDE_TOKENS) - 1, -1) if tokens[k].text in DASHES
                    or tokens[k].text in SENTENCE_END), None)
    if opening is None or tokens[opening].text not in DASHES or opening < 1 or not tokens[opening - 1].is_quote:
        return None
    return opening - 1


_ASIDE_TOKENS = 20  # tokens an aside between dashes takes inside a quotation


_ANSWERS = {"answer", "reply", "respond", "retort"}  # verbs after a question that name who answered it


def _bracketed_source(tokens: list[Token], qi: int) -> Attribution | None:
    """`“China's economic slowdown …” [WaPo.]`, `“…” [Marina Fang, HuffPost]`: a digest's quotation
    with its source in square brackets right after it, closing its item."""
    if qi + 3 >= len(tokens) or tokens[qi + 1].text != "[":
        return None
    close = next((k for k in range(qi + 2, min(len(tokens), qi + 10)) if tokens[k].text == "]"), None)
    if close is None or close + 1 < len(tokens) and not tokens[close + 1].is_capitalised:
        return None
    end = next((k for k in range(qi + 2, close) if tokens[k].text in (",", ".")), close)
    words = tokens[qi + 2:end]
    if not words or not all(t.is_capitalised and t.is_word for t in words):
        return None
    return Attribution("", mention_of(words), "after")


def _owned_quotation(tokens: list[Token], qi: int) -> Attribution | None:
    """`Obama's "if you like your plan, you can keep it" promise`, `Trump's "build the wall" pledge`:
    a quotation between an owner and a noun for words said is the owner's; so is one after an owner,
    such a noun and `for` or `of` (`his call for "a total and complete ban"`, `her demand for a "…"`)."""
    called = _owned_call(tokens, qi)
    if called is not None and called.mention.tokens[-1].is_capitalised:
        return called  # `Trump's call for "…"`; `his call for` only when no cue names anyone (`attribute`)
    if not 0 < qi < len(tokens) - 1 or not is_owner(tokens[qi - 1]) or tokens[qi].quote_ends_with(_STOPS):
        return None  # not `Iowa's "silver standard," says Ann Selzer`
    noun = tokens[qi + 1]
    if not (noun.lower in _WORDS_SAID or cue_at(tokens, qi + 1) and not noun.lower.endswith(("s", "ed", "ing"))):
        return None
    owner = possessor_mention(tokens, qi - 1, sentence_start(tokens, qi))
    return Attribution(noun.text, owner, "before") if owner is not None else None


def _owned_call(tokens: list[Token], qi: int) -> Attribution | None:
    """`his call for "a total and complete ban"`, `Sanders's demand for a "political revolution"`: an
    owner, a noun for words said, `for` or `of`, maybe an article, then the quotation."""
    k = qi - 1 - (tokens[qi - 1].lower in ARTICLES if qi else 0)
    if k < 2 or tokens[k].lower not in ("for", "of") or tokens[k - 1].lower not in _CALLS \
            or not is_owner(tokens[k - 2]):
        return None
    owner = possessor_mention(tokens, k - 2, sentence_start(tokens, qi))
    return Attribution(tokens[k - 1].text, owner, "before") if owner is not None else None


def _owned_words_set_off(tokens: list[Token], qi: int) -> Attribution | None:
    """`John Smith's words - "we will win" - were greeted with cheers`, `His message, "vote for change",
    resonated`: an owner and a noun for words said, set off by a dash or a comma right before the
    quotation, are whose the words are."""
    if qi < 3 or tokens[qi - 1].text not in (",", *DASHES) or tokens[qi - 2].lower not in OWNED_SAYINGS:
        return None
    k = next((k for k in (qi - 3, qi - 4, qi - 5) if k >= 0 and is_owner(tokens[k])), None)
    if k is None or not plain_adjectives(tokens, k + 1, qi - 2):
        return None  # (`Mrs Thatcher's famous declaration - "…" -`: past an adjective or two)
    owner = possessor_mention(tokens, k, sentence_start(tokens, qi))
    return Attribution(tokens[qi - 2].text, owner, "before") if owner is not None else None


_CALLS = {"call", "calls", "demand", "demands", "plea", "pleas", "appeal", "appeals", "claim", "claims", "warning",
          "warnings", "description", "characterization", "characterisation"}
_STOPS = (",", ".", "!", "?", ":", ";")
_WORDS_SAID = {"promise", "line", "comment", "refrain", "answer", "message"}  # nouns of no cue verb's form; not
# common's SAYINGS, whose `response` would make `Labour's "authoritarian" response` Labour's words


def _passive_quotation(tokens: list[Token], qi: int) -> Attribution | None:
    """`was fined £15,000 and "severely reprimanded" by the Football Association`: a quoted
    participle joined by `and` to a passive before it, with its agent after it, is the agent's word
    (not `was shocked and "horrified" by the deaths`: a feeling, the speaker's own)."""
    if qi < 3 or qi + 2 >= len(tokens) or tokens[qi + 1].lower != "by" or tokens[qi - 1].lower != "and":
        return None
    words = tokens[qi].text.strip(MARKS + " .,").split()
    passive = any(tokens[k].lower in FORMS_OF_BE and _acted_on(tokens[k + 1].lower)
                  for k in range(max(0, qi - 7), qi - 2))  # `was fined … and "…"`
    if not words or not _acted_on(words[-1].lower()) or not passive:
        return None
    agent = np_forward(tokens[qi + 2:])
    return Attribution("by", agent, "agent") if agent is not None else None


def _acted_on(word: str) -> bool:
    return word.endswith("ed") and word not in FEELINGS


def _in_asked_clause(tokens: list[Token], qi: int) -> Attribution | None:
    """`Asked if Sanders is "realistic enough …," 72 percent said yes`: a quotation inside a
    question that opens its sentence is the unnamed asker's words, not the answer's speaker's; so
    is one inside `To a question on the "…,"` (`In answer to a question about …`)."""
    if not any(t.lower in ("asked", "question") for t in tokens[max(0, qi - _ASKED_REACH):qi]):
        return None  # most quotations: no question before them
    start = sentence_start(tokens, qi)
    if tokens[start].lower in ("when", "but", "and") and start + 1 < qi:
        start += 1
    if qi - start < 3:
        return None
    asked = tokens[start].lower == "asked" and tokens[start + 1].lower in _ASKED_ABOUT
    question = None if asked else _question_about(tokens, start, qi)
    if not asked and question is None or any(t.text in (",", ":") or t.is_quote for t in tokens[start:qi]):
        return None  # the question closed before the quotation: `Asked about it, Cruz called it "…"`
    return Attribution(tokens[start].text if asked else tokens[question].text, None, "passive")


def _question_about(tokens: list[Token], start: int, qi: int) -> int | None:
    """Where `question` stands in `To a question on`, `In response to a question about`: a phrase
    opening the sentence at `start` that names a question and, after it, what it was about."""
    if tokens[start].lower not in ("to", "in"):
        return None
    k = next((k for k in range(start + 1, min(qi - 1, start + _QUESTION_OPENING)) if tokens[k].lower == "question"),
             None)
    return k if k is not None and tokens[k + 1].lower in _ABOUT else None


_QUESTION_OPENING = 6  # tokens from `To` or `In` to `question`
_ABOUT = {"on", "about", "of", "over", "regarding", "concerning"}
_ASKED_REACH = 40  # tokens from `Asked` to the quotation it holds
_ASKED_ABOUT = QUESTION_WORDS | {"about"}  # `Asked about …, X said`


def _in_opening_clause(tokens: list[Token], qi: int) -> bool:
    """The quotation closes a subordinate clause that opens its sentence with a subject of its own
    (`When he called the plan "a disaster,"`, `Though she called it "outrageous,"`)."""
    start = sentence_start(tokens, qi)
    if qi - start < 3 or not tokens[start + 1].is_word or not tokens[qi].quote_ends_with(","):
        return False
    if _called_by_what(tokens, start, qi):
        return True  # `In 2009, under what Mr. Hedge called ''the prior economy model,'' the club charged`
    if tokens[qi - 1].text == "," and CUE_FORMS.get(tokens[qi - 2].lower) and tokens[start].lower in OPENING_CLAUSES:
        # `When someone in the audience shouted, "Cruz," Beck joked`, `As the crowd chanted, "…," Trump smiled`
        return tokens[start + 1].lower not in _NOT_SUBJECTS and not any(t.text == "," for t in tokens[start:qi - 1])
    return (tokens[start].lower in CLAUSE_OPENERS and tokens[start + 1].lower not in _NOT_SUBJECTS_OR_ARTICLES
            and not any(t.text == "," for t in tokens[start:qi]))  # the clause not closed before the quotation


def _closes_a_relative(tokens: list[Token], qi: int) -> bool:
    """The quotation closes a relative clause set off by commas (`Replying to Mr Smith, who had
    called her "a liar", Mrs Jones said`): the relative's words, not those of the clause after it."""
    return clause_set_off(tokens, qi, lambda opener: opener.lower in ("who", "which")) is not None


def _called_by_what(tokens: list[Token], start: int, qi: int) -> bool:
    """The quotation is what someone called something, right after `what X called`, with no comma
    between: the caller's words, not those of the clause after it."""
    if CUE_FORMS.get(tokens[qi - 1].lower) not in _CALLING:
        return False
    what = next((k for k in range(qi - 2, max(start, qi - 6) - 1, -1) if tokens[k].lower == "what"), None)
    return what is not None and all(t.is_word for t in tokens[what:qi])


_CALLING = {"call", "dub", "describe", "label"}  # the cues' lemmas: `called`, `dubs`, `labelled`
_NOT_SUBJECTS = {"asked", "speaking", "told", "pressed", "questioned", "interviewed", "talking", "it"}


def _quoted_doing_what(token: Token) -> bool:
    """`saying`, `wanting`, `calling`: what one was quoted as doing, their words after it."""
    return token.lower == "saying" or token.lower.endswith("ing") and (
        token.lower in CUE_FORMS or token.lower in _WANTING)


_WANTING = {"wanting", "backing", "supporting", "opposing"}
_HAVE = frozenset({"has", "have", "had"})


def _quoted_as_saying(tokens: list[Token], qi: int, found: Attribution | None) -> Attribution | None:
    """`Reuters quoted a central bank official as saying`: the one quoted is the speaker, the outlet
    only reports; None when the sentence has no such phrase."""
    if found is None or found.cue.lower() not in _QUOTING_OR_SAYING and not found.cue.lower().endswith("ing"):
        return None
    start = sentence_start(tokens, qi)
    end = next((k for k in range(qi + 1, len(tokens)) if tokens[k].text in SENTENCE_END), len(tokens))
    for q in range(start, end):
        if tokens[q].lower not in _QUOTING:
            continue
        if q + 2 < end and tokens[q + 1].lower == "as" and _quoted_doing_what(tokens[q + 2]) and q + 2 < qi:
            quoted = np_backward(tokens, q, start)  # `with Mr Dixon quoted as saying that …`: the subject
            verb = next((k for k in range(start + 1, q) if tokens[k].lower in FORMS_OF_BE | _HAVE), None) \
                if quoted is None and tokens[q - 1].lower == "being" else None
            if verb is not None:
                quoted = np_backward(tokens, verb, start)  # `A Conservative election challenger is quitting after
                # being quoted as wanting a "…"`: the sentence's subject
            if quoted is not None:
                return Attribution(tokens[q].text, quoted, found.where)
        k = next((k for k in range(q + 2, min(end, q + 12)) if tokens[k].lower == "as"), None)
        if k is None or k + 1 >= end or tokens[k + 1].lower != "saying" or q < qi < k:
            participle = _quoted_doing(tokens, q, min(end, qi))
            if participle is not None:
                return participle  # `It quoted a spokesman for Atticus Capital complaining that …`
            continue
        if tokens[q + 1].lower == "by":  # `Dixon was quoted by The Australian as saying`: the subject
            quoted = np_backward(tokens, q, start)
        elif tokens[k - 1].text != ",":
            quoted = mention_of(tokens[q + 1:k])
        else:  # `quoted Tom Lee, a trader, as saying`: the name before its appositive; not `quoted its five-year
            comma = next(j for j in range(q + 1, k) if tokens[j].text == ",")  # plan, as saying`
            quoted = mention_of(tokens[q + 1:comma]) if comma > q + 1 and all(
                t.is_capitalised and t.is_word for t in tokens[q + 1:comma]) else None
        if quoted is not None:
            return Attribution(tokens[q].text, quoted, found.where)
    return None


_QUOTING = {"quoted", "quotes", "reports", "reported", "cited", "cites"}  # `Reuters news agency reports a union
# source as saying`


def _quoted_doing(tokens: list[Token], q: int, end: int) -> Attribution | None:
    """`It quoted a spokesman for Atticus Capital complaining that`: an active `quoted`, whom it
    quotes, and a cue's -ing form with no `as`: the one quoted speaks."""
    if q == 0 or tokens[q - 1].lower in FORMS_OF_BE or q + 1 >= end or not (
            tokens[q + 1].lower in DETERMINERS or tokens[q + 1].is_capitalised):
        return None  # not `was quoted complaining`
    k = next((k for k in range(q + 2, min(end, q + _QUOTED_REACH)) if tokens[k].lower.endswith("ing")
              and cue_at(tokens, k)), None)
    quoted = mention_of(tokens[q + 1:k]) if k is not None and tokens[k - 1].is_word else None
    return Attribution(tokens[k].text, quoted, "before") if quoted is not None else None


_QUOTED_REACH = 12


def _in_relative(tokens: list[Token], found: Attribution | None) -> Attribution | None:
    """`Deja Stewart, who forced me to confront my age when she called him "…"`: he or she in the
    relative clause of a name stands for that name."""
    if found is None or found.mention is None or len(found.mention.tokens) != 1:
        return found
    pronoun = found.mention.tokens[0]
    if pronoun.lower not in ("he", "she"):
        return found
    p = index_of(tokens, pronoun, 0, len(tokens))
    if p is None:
        return found
    start = sentence_start(tokens, p)
    who = next((k for k in range(p - 1, start, -1) if tokens[k].lower == "who"), None)
    if who is None or who < 2 or tokens[who - 1].text != "," or who + 1 == p:
        return found  # not `Arabs, who he called "…"`: there who is whom, and he someone else
    if tokens[p - 1].text == ",":
        return found  # `Trump, who has insulted women, Mexicans and Muslims, she replied`: the clause is over
    name = name_before(tokens, who - 1, start)
    if name is None:
        return found
    return Attribution(found.cue, Mention(pronoun.start, pronoun.end, (pronoun,), name), found.where)


def _they_the_subject(tokens: list[Token], found: Attribution | None) -> Attribution | None:
    """`The Tories said a chunk of the Budget leaked in what they describe as "…"`: they, later in
    a sentence whose subject is a plural group, stand for that group; so does a they that is its
    own sentence's subject, after a sentence whose subject is one (`Ministers say …. They also
    want a "half-way house"`)."""
    pronoun = _they(found)
    p = index_of(tokens, pronoun, 0, len(tokens)) if pronoun is not None else None
    return _standing_for(found, pronoun, group_before(tokens, p) if p is not None else None)


def group_before(tokens: list[Token], p: int, before: list[Token] | None = None) -> Mention | None:
    """The plural group a they or their at `p` stands for: the subject of its own sentence before it (`The
    Tories said … in what they describe as`), or, when it opens its sentence, of the sentence before
    (`The unions said they would strike. "…," their leader said`), the last of the paragraph `before`
    for the first."""
    start = sentence_start(tokens, p)
    if _opens_its_sentence(tokens, start, p):
        if start > 0:
            p, start = start, sentence_start(tokens, start - 1)  # the sentence before
        elif before:
            tokens, (start, p) = before, last_sentence(before)  # the paragraph before's last
        else:
            return None
    return _group_subject(tokens, start, p) if p > 0 else None


def they_after_paragraph(found: Attribution | None, tokens: list[Token], before: list[Token] | None):
    """`Ministers deny they have been spurred into action.` and then, opening the next paragraph,
    `Instead, they say the plans are part of an "evolving" process`: the group that is the subject
    of the paragraph before's last sentence."""
    pronoun = _they(found)
    p = index_of(tokens, pronoun, 0, len(tokens)) if pronoun is not None and before else None
    if p is None or sentence_start(tokens, p) != 0 or not _opens_its_sentence(tokens, 0, p):
        return found
    return _standing_for(found, pronoun, group_before(tokens, p, before))


def _standing_for(found: Attribution, pronoun: Token, group: Mention | None) -> Attribution:
    """The attribution `found`, its pronoun standing for `group` (if one)."""
    return found if group is None else Attribution(
        found.cue, Mention(pronoun.start, pronoun.end, (pronoun,), group), found.where)


def _they(found: Attribution | None) -> Token | None:
    if found is None or found.mention is None or found.mention.antecedent is not None:
        return None
    toks = found.mention.tokens
    return toks[0] if len(toks) == 1 and toks[0].lower in ("they", "their") else None  # (`Their statement argues`:
    # their words, the owners')


def _opens_its_sentence(tokens, start, p) -> bool:
    if p - start >= 2 and tokens[start].lower == "as" and tokens[start + 1].lower in ("always", "usual", "ever"):
        start += 2  # `As always, they accused him …`
    if p - start >= 4 and tokens[start].lower in OPENING_CLAUSES and tokens[start + 1].lower == "they" \
            and tokens[p - 1].text == ",":
        return True  # `As they made their way down Broad Street, they chanted`: the same they, twice
    return all(not t.is_word or t.lower in _SENTENCE_ADVERBS for t in tokens[start:p])


def _group_subject(tokens, start, end) -> Mention | None:
    """The group the sentence from `start` to `end` names: whom its closing cue names (`It said
    incentives were "gimmicks", MPs said. Instead they called for …`), else its subject."""
    closing = closing_speaker(tokens, start, end)
    source = np_forward(tokens[start + 2:end]) if end - start > 3 and tokens[start].lower == "according" \
        and tokens[start + 1].lower == "to" else None  # `According to the opposition parties, it is all …`
    subject = closing if closing is not None and _names_a_group(closing.tokens[-1]) else source if source \
        is not None and _names_a_group(source.tokens[-1]) else _with_common_nouns(
            tokens, sentence_subject(tokens, start, end), end)
    subject = _of_a_group(tokens, subject, start, end)
    head = subject.tokens[-1] if subject is not None else None
    return subject if head is not None and _names_a_group(head) else None  # not `Delays in court hearings
    # allowed "…", they said`


def _with_common_nouns(tokens, subject: Mention | None, end: int) -> Mention | None:
    """`The TV display manufacturers`, `The British producers`: a capitalised subject's phrase
    goes on over the one or two lowercase nouns after it when the last of them names a group."""
    if subject is None:
        return None
    i = index_of(tokens, subject.tokens[-1], 0, end) + 1
    for j in range(i, min(i + 2, end)):
        tok = tokens[j]
        if not tok.is_word or tok.is_capitalised or verbish(tok) or tok.lower in PREPOSITIONS_OR_DETERMINERS:
            return subject
        if _names_a_group(tok):
            return mention_of(list(subject.tokens) + tokens[i:j + 1])
    return subject


def _of_a_group(tokens, subject: Mention | None, start: int, end: int) -> Mention | None:
    """`Thousands of protesters`, `Dozens of angry residents`, `About 40 protesters` opening the sentence: a number
    of a group is the group."""
    if subject is not None or end - start < 3:
        return subject
    if tokens[start].lower in _NUMBERS_OF and tokens[start + 1].lower == "of":
        counted = start + 2
    else:  # `About 40 protesters from Just Stop Oil sat …`, `Forty protesters sat …`: a number of them
        k = start + (tokens[start].lower in APPROXIMATORS) + 2 * ((tokens[start].lower, tokens[start + 1].lower)
                                                                  in _AT_MOST_OR_LEAST)
        if k >= end or not (tokens[k].text.replace(",", "").isdigit() or tokens[k].lower in NUMBER_WORDS
                            and tokens[k].lower not in ("a", "an", "half")):
            return None
        counted = k + 1
    group = next((j for j in range(counted, min(counted + 2, end)) if _names_a_group(tokens[j])), None)
    return mention_of([tokens[group]]) if group is not None else None  # (the group: `protesters`)


_AT_MOST_OR_LEAST = {("more", "than"), ("up", "to"), ("at", "least"), ("fewer", "than"), ("less", "than")}


_NUMBERS_OF = {"thousands", "hundreds", "dozens", "scores", "millions", "tens"}


def _names_a_group(head: Token) -> bool:
    """`Tories`, `The TV display manufacturers`, `The British producers`: a group's name, or a
    plural of a word for people or for a body (not `Delays`)."""
    low = head.lower
    if head.is_capitalised and group_word(low) or low in _CROWDS:
        return True
    one = singular(low)  # `parties`: party
    return plural(low) and (plural_of_person(low) or one in BODY_NOUNS or one in _PARTIES)


_PARTIES = {"party", "union", "campaign", "government", "council"}
_CROWDS = {"crowd", "crowds", "audience", "mob", "congregation", "men", "women", "people",  # many people in one
           "team", "family", "couple", "crew", "panel", "band", "duo", "trio", "squad", "jury"}  # word: `The crowd
# chanted.`, `the two men hugged.`, `the team said more work was needed. "…," they wrote`


_SENTENCE_ADVERBS = {"instead", "however", "but", "and", "also", "now", "then", "so", "yet", "still"}


def _plausible(found: Attribution | None) -> Attribution | None:
    """No speaker rather than a phrase no one could be. A speaker of several words, none of
    them capitalised, is a description (`the newspaper`, `former employees`); no speaker opens
    with a preposition (`In a statement`). A description does not
    open with a participle, an adverb or a preposition (`carrying signs`, `particularly his`,
    `regarding the issue`), nor with a pronoun unless another person joins it (`he and his
    wife`, not `he hadn't given up hope`)."""
    if found is None or found.mention is None:
        return found
    toks = found.mention.tokens
    if len(toks) == 1 and toks[0].lower == "you":
        return Attribution(found.cue, None, found.where)  # `You argue that …`: the reader, or an interviewee unnamed
    if len(toks) >= 3 and toks[0].lower == "according" and toks[1].lower == "to":
        # `According to Mr Peston the prime minister said`: the prime minister; `According to the
        # Datamonitor report the trend marked … as "…"`: the report
        source = np_forward(list(toks[2:]), allow_of=True)
        rest = list(toks[2 + len(source.tokens):]) if source else []
        speaker = mention_of(rest) if rest and speaking_head(rest[-1]) else source
        return Attribution(found.cue, speaker, found.where)
    if len(toks) >= 3 and toks[0].lower in PREPOSITIONS and time_word(toks[1].lower):
        return _plausible(Attribution(found.cue, mention_of(list(toks[2:])), found.where))  # `In January the IFS`
    if len(toks) >= 2 and (toks[0].lower in PREPOSITIONS and toks[1].text not in ("least", "most")  # but `At least
                           or toks[0].lower == "according") and not _counted(toks):  # 20 people`: a quantity
        # `In a Bloomberg interview Trump` -> Trump; `In a statement`, `According to the report the trend` -> no one;
        # not `Of Carson`, the preposition's object
        named = name_before(toks, len(toks), 1)
        return Attribution(found.cue, named if named and named.tokens[0] is not toks[1] else None, found.where)
    if found.mention.antecedent is None and _a_thing_that_says_nothing(toks):
        return Attribution(found.cue, None, found.where)  # `fraud charges levelled …`, `The trouble began …, saying`
    if len(toks) >= 2 and _YEAR.fullmatch(toks[-1].text):
        return Attribution(found.cue, None, found.where)  # `The Commission's controversial 2002` (ruling gave …)
    if len(toks) < 2 or any(t.is_capitalised for t in toks):
        return found
    first, second = toks[0].lower, toks[1].lower
    if second[0].isdigit():
        return found  # `about 200 protesters`
    if first.endswith(("ing", "ed")) and len(toks) == 2 and (people_word(toks[1].bare) or singular(
            toks[1].lower) in _TEXTS_THAT_SAY):
        return found  # `striking workers`, `retired teachers`: people a participle describes; `leaked cables`
    if first.endswith(("ing", "ly", "ed")) or first in PREPOSITIONS or first in PERSONAL and second != "and":
        return Attribution(found.cue, None, found.where)
    return found


_YEAR = re.compile(r"(?:19|20)\d\d")
_TEXTS_THAT_SAY = SENT_TEXTS | SOURCE_TEXTS | {"cable", "file", "paper", "transcript", "recording"}  # `leaked cables`


def _a_thing_that_says_nothing(toks) -> bool:
    """One bare lowercase noun that names neither someone nor a body nor a text that speaks
    (`fraud charges levelled`, `key questions`, `aid pledges …, saying`; but `critics`, `police`,
    `management`)."""
    return len(toks) == 1 and toks[0].is_word and not toks[0].is_capitalised and names_no_one(toks[0].bare.lower())


def _counted(toks) -> bool:
    """`About four in 10 voters`, `about 200 protesters`: an approximate number, not a phrase."""
    return toks[0].lower in APPROXIMATORS and (toks[1].text[:1].isdigit() or toks[1].lower in NUMBER_WORDS)


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_NOT_SUBJECTS_OR_ARTICLES = frozenset(_NOT_SUBJECTS | ARTICLES)
_QUOTING_OR_SAYING = frozenset(_QUOTING | {"saying"})
