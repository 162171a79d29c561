"""Noun phrases around a cue: who is speaking, as the words name them.

Backward from a cue (`his spokeswoman told`), forward after one (`said Paul Martin, a …`),
past appositives and relative clauses (`X, a spokesman for Y, said`, `X, who said`), and the
subject that opens a sentence (`On Sunday, Sanders issued …`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import cue_lemma
from .lexicon import (ADJECTIVE_ENDINGS, ADVERB_ENDINGS, APPROXIMATORS, ARTICLES_AND_POSSESSIVES, ASSOCIATES,
                      AUXILIARIES, BODY_NOUNS, BODY_TEXTS, BUSINESSES_NAMED_SO, CHARITY_VERBS, COLLECTIVES, COUNTRIES,
                      CUE_FORMS, DEMONYMS, DEPARTMENT_ENDS, DESCRIPTORS, DETERMINERS, EPITHET_HEADS, FAMILY,
                      FEMALE_WORDS, FINITE_AUXILIARIES, GOVERNED, HONORIFICS, IRREGULAR_PAST, KNOWING, MALE_WORDS,
                      MOODS, NAME_PARTICLES, NOT_NAMES, NUMBER_WORDS, OBJECT_PRONOUNS, ORG_WORDS, PEERS,
                      PERSONAL_TITLES, PLACE_NOUNS, PLACES, PREPOSITIONS, PREPOSITIONS_OR_DETERMINERS, RELATIONS,
                      ROLE_WORDS, SEAT_SUFFIXES, SENDING, SENT_TEXTS, SERVING_ROLES, SPEAKER_PRONOUNS, STAGE_TRADES,
                      US_STATES, VOICES_FOR, an_age, compound_adjective, given_name, invertible, past_tense, plural,
                      singular)
from .tokens import ACRONYM_NAMES, SENTENCE_END, STATES, Token, is_nickname, party_and_state
from .verbs import ADVERBS, FINITE_BE, is_adverb, is_finite_verb, ly_adverb


NP_BREAKERS = set("""
of in on at to for with from into onto over under after before since until while when where why how
what whom whose which that because though although whether if than as and but or nor so yet about
above below between through during against without within across despite toward towards upon amid
via per is was were are be been being has have had would will could can should may might must shall
did do does not no this these those there here it by him them us me out off up down away ahead
around throughout beyond behind beside besides along alongside beneath underneath inside
""".split()) - {"his", "her", "their", "its"}
_LEADING_JUNK = {"and", "but", "or", "so", "then", "while", "as", "when", "because", "that", "though",
                 "although", "if", "since", "after", "before", "later", "earlier", "meanwhile", "still",
                 "now", "also", "again", "yet", "instead", "today", "yesterday", "however", "nevertheless",
                 "nonetheless", "moreover", "furthermore", "indeed", "likewise", "similarly"}
RELATIVES = {"who", "which", "that"}
_DEMONSTRATIVES = {"this", "these", "those"}
# `Cruz himself said`, `they both say`
_REFLEXIVES = {"himself", "herself", "itself", "themselves", "both", "all", "each"}
_APPOSITIVE_OPENERS = DETERMINERS | {"who", "which", "whose", "former", "now", "then", "also", "both"}


@dataclass(frozen=True, slots=True)
class Mention:
    """The words that name a speaker, as written: `paragraph[start:end]`. A relative pronoun
    (`who`) carries the phrase it stands for."""

    start: int
    end: int
    tokens: tuple[Token, ...]
    antecedent: Mention | None = None


_ADVERBS_ALONE = {"earlier", "later", "separately", "now"}
_ADVERBS_WITH_COMMA = _ADVERBS_ALONE | {"first", "again", "afterwards", "afterward", "today", "yesterday", "tonight",
                                        "overall"}
_DEGREE = {"ever", "even", "just", "only", "long", "right", "shortly", "soon", "well", "not"}  # `Ever since`
_OPENING_ADVERBIALS = {"on", "in", "at", "after", "before", "during", "while", "when", "since", "as", "for",
                       "with", "from", "under", "over", "last", "earlier", "later", "meanwhile", "speaking",
                       "asked", "according", "though", "although", "if", "because", "once", "still", "yet",
                       "instead", "now", "then", "but", "and", "so", "also", "however", "in", "separately", "given",
                       "back", "despite", "amid", "unlike", "like", "without", "following", "throughout",
                       "within", "until", "unless", "whereas", "whether", "by", "through", "among", "against",
                       "upon", "beyond", "across", "around", "outside", "inside", "near", "behind", "to"}  # `But
# back on American soil, he …`, `Back in 1994, Yahoo …`, `But despite her problems, she still won …`, `Outside court, the …`


def _time_ago(tokens, i, limit) -> bool:
    """`Thirteen years earlier, she …`, `Two days ago, …`, `Hours later, …`: a time phrase opens it."""
    if tokens[i].lower in _UNITS_OF_TIME:  # `Hours later, she …`
        return i + 1 < limit and tokens[i + 1].lower in ("later", "earlier", "ago", "before", "after")
    return a_number(tokens[i]) and i + 1 < limit and tokens[i + 1].lower in _UNITS_OF_TIME


_UNITS_OF_TIME = {"years", "months", "weeks", "days", "decades", "hours", "minutes", "year", "month", "week", "day",
                  "decade"}


def _opening_participle(tokens, i, limit) -> bool:
    """`Writing in the Guardian,`, `Addressing the conference,`: a participle phrase that opens the
    sentence (not `Manning was`: a name)."""
    return (i + 1 < limit and tokens[i].lower.endswith("ing") and len(tokens[i].lower) > 5
            and (tokens[i + 1].lower in PREPOSITIONS or tokens[i + 1].lower in DETERMINERS))


def past_dateline(tokens, start: int, limit: int) -> int:
    """Where the sentence goes on after a dateline opening it (`PHILADELPHIA, July 25 (UPI) —`,
    `JACKSON, Miss. -`): a place in capitals, then capitalised words, numbers and commas up to a dash."""
    if start >= limit or not (tokens[start].is_word and len(tokens[start].text) > 1 and tokens[start].text.isupper()):
        return start
    for k in range(start + 1, min(limit, start + _DATELINE_WORDS)):
        if tokens[k].text in DASHES:  # and a sentence opens after it (not `DJ Norman Cook - aka Fatboy Slim -`)
            return k + 1 if k + 1 < len(tokens) and (tokens[k + 1].is_capitalised or tokens[k + 1].is_quote) else start
        if not (tokens[k].is_capitalised or tokens[k].text == "," or tokens[k].text.isdigit()):
            return start
    return start


_DATELINE_WORDS = 8


def _owned_kin_acting(tokens, i: int, limit: int) -> Mention | None:
    """`His father shrugs.`, `Her sister laughed.`: someone's kin, then their verb, as the sentence's subject."""
    if i + 2 >= limit or tokens[i].lower == "its" or tokens[i + 1].lower not in RELATIONS:
        return None
    verb = tokens[i + 2]
    closing = i + 3 >= limit or not tokens[i + 3].is_word  # `His father shrugs.`: a present verb closing its clause
    acting = is_finite_verb(tokens, i + 2) or verb.is_word and verb.lower.endswith("s") \
        and not verb.lower.endswith("ss") and closing
    return mention_of(tokens[i:i + 2]) if acting else None


def sentence_subject(tokens, start, limit) -> Mention | None:
    """The name or pronoun that opens the sentence (after an opening phrase and its comma)."""
    i = past_dateline(tokens, start, limit)
    while i < limit and (tokens[i].lower in ("but", "and", "so", "yet", "still", "then", "also", "instead", "meanwhile",
                                             "however", "—", "-", "--")
                         or tokens[i].text == "," and i > start):  # `And, while we are on …, Mr Morris …`
        i += 1
    if i + 1 < limit and ly_adverb(tokens[i].lower) and (
            tokens[i + 1].lower in _OPENING_ADVERBIALS or tokens[i + 1].text == ","):
        i += 2 if tokens[i + 1].text == "," else 1  # `Immediately after the attacks, Trump …`, `Finally, Trump …`
    elif i + 2 < limit and tokens[i].lower in _ADVERBS_WITH_COMMA and tokens[i + 1].text == "," \
            and (tokens[i + 2].is_capitalised and tokens[i + 2].lower not in SPEAKER_PRONOUNS
                 or tokens[i + 2].lower in ("the", "a", "an")):
        i += 2  # `But first, Pence sounded …`, `Afterwards, the tech executive said`: a name or a description
        # after it (not `First, they were meant to …`)
    if i + 1 < limit and tokens[i].lower in _DEGREE and tokens[i + 1].lower in _OPENING_ADVERBIALS:
        i += 1  # `Ever since she endorsed Mrs. Clinton this month, Ms. Warren has been …`
    if i + 1 < limit and tokens[i].lower in _ADVERBS_ALONE and tokens[i + 1].is_capitalised:
        i += 1  # `Earlier Tory leader Michael Howard sent …`: an adverb with no comma after it
    elif i < limit and (tokens[i].lower in _OPENING_ADVERBIALS or _time_ago(tokens, i, limit)
                        or _opening_participle(tokens, i, limit) or _opening_infinitive(tokens, i, limit)):
        comma = next((k for k in range(i, min(limit, i + _OPENING_PHRASE_TOKENS)) if tokens[k].text == ","
                      or k > i and tokens[k].quote_ends_with(",")), None)  # `Though he hates the word "empire,"`
        if comma is None:
            return None
        i = comma + 1
        if i + 1 < limit and (tokens[i].text.isdigit() or tokens[i].lower in STATES) and tokens[i + 1].text == ",":
            i += 2  # `On July 6, 2015, Sanders …`, `In San Bernardino, Calif., a familiar voice …`
    if i < limit and tokens[i].lower in SPEAKER_PRONOUNS - {"it", "you"}:
        return mention_of([tokens[i]])
    if i < limit and tokens[i].lower in _QUESTION_OPENERS:
        return None  # `Is not the opposition against …?`: a question, no subject first
    fronted = _described_first(tokens, i, limit) if i < limit and tokens[i].lower in ("a", "an", "one", "another") \
        else None  # `One early supporter, Lee Zeldin, gave …`
    if fronted is not None:
        return fronted  # `A Texas voter who supports Trump, Golvach lost his son when "…"`
    if i + 1 < limit and tokens[i].lower == "the" and tokens[i + 1].lower in SEAT_SUFFIXES \
            and (named := owned_then_named(tokens, i, limit)):
        return named  # `The MP for Ashfield, Lee Anderson, was blunter`
    if i + 1 < limit and tokens[i].lower in ("the", "a", "an") and (
            not tokens[i + 1].is_capitalised or compound_adjective(tokens[i + 1].lower)):  # `the Slovenia-born`
        return _description_subject(tokens, i, limit) or (
            owned_then_named(tokens, i, limit) if tokens[i].lower == "the" else None)  # `The chief constable,
        # Sarah Crew, issued a statement`
    if i < limit and tokens[i].lower in ("his", "her", "their", "its"):
        return owned_then_named(tokens, i, limit) or _owned_kin_acting(tokens, i, limit)  # `His friend, Saxon
        # Spence, lays the blame`
    last_name = None
    j = i
    while j < limit and tokens[j].is_word:
        tok = tokens[j]
        if tok.is_capitalised:
            last_name = j
        elif j > i and not (j + 1 < limit and _before_a_name(tokens, j + 1, limit) and not verbish(tok)
                            and not _verb_after_name(tokens, j)) and tok.lower not in ("of", "for", "de"):
            break
        j += 1
    if last_name is not None and not tokens[i].is_capitalised and (named := _described_name(tokens[i:last_name + 1])):
        return named  # `In Cardiff, local councillor Jo Smith, who lives nearby, said`: after an opening phrase
    if last_name is None or not starts_name(tokens, i, last_name):
        return None
    if tokens[last_name].is_possessive:  # `Ryan's campaign shrugged off …`
        k = last_name + 1
        while k < limit and tokens[k].is_word and not tokens[k].is_capitalised and (
                not (verbish(tokens[k]) or tokens[k].lower in IRREGULAR_PAST) or _owned_noun(tokens, k, limit)) \
                and k < last_name + 4 and not (k > last_name + 1 and _verb_after_noun(tokens, k)):
            k += 1  # `Hoff's letter makes a case`: the letter; `Trump's first tweet was`, `Smith's mother wept`
            if tokens[k - 1].lower in OWNED_TEXTS:
                break  # `Bill Clinton's comments come …`: the comments
        if k == last_name + 1:
            return None
        if k + 2 < limit and tokens[k].lower == "of" and tokens[k + 1].is_word and not tokens[k + 1].is_capitalised \
                and tokens[k + 2].text == ",":
            k += 2  # `Zelensky's chief of staff, Andriy Yermak, said`
        closing = next((j for j in range(k + 1, min(limit, k + 2 + NAME_WORDS)) if tokens[j].text == ","), None)
        named = _named_between_commas(tokens, closing, i) if k < limit and tokens[k].text == "," and closing else None
        return named or mention_of(tokens[i:k])  # `Bolger's lawyer, Jeremy Robinson, had …`: the name
    if last_name == i and tokens[i].lower.endswith(("ing", "ly", "ed")) and not (
            i + 1 < limit and _a_verb(tokens[i + 1])):
        return None  # "Flying home, she …"; but `Ebeling said`, `Reilly added`
    role = _roles_after_name(tokens, last_name, limit)
    if role is not None:  # `The Tory leader supports …`, `The Clinton campaign, in …,`, `The Democratic
        return mention_of(tokens[i:role + 1])  # presidential nominee said`, `The Tesla chief executive said`
    modifies = last_name == i and _modifies_noun(tokens, i, limit)
    described = _description_subject(tokens, i, limit, ends=_a_verb) if modifies else None
    # `Good information can …`: no one named Good; `Lord Justice Rix and Mr Justice Forbes ruled`: both
    return described or mention_of(tokens[i:_and_name(tokens, last_name, limit) + 1])


def _roles_after_name(tokens, last_name: int, limit: int) -> int | None:
    """Where the lowercase role after the capitalised words ending at `last_name` ends: up to three
    lowercase words that are no verb, the last a role, an epithet or an entourage, before a verb, a
    comma or the end (`Tesla chief executive said`); else a role right after them (`Tory leader`)."""
    k, end = last_name + 1, None
    while k < limit and k <= last_name + 3 and tokens[k].is_word and not tokens[k].is_capitalised \
            and not verbish(tokens[k]) and tokens[k].lower not in _NO_MODIFIERS \
            and not tokens[k].lower.endswith("s"):  # not `Betsy Ebeling shook her head`, `Trump fires campaign manager`
        end = k if _role_noun(tokens[k]) or tokens[k].lower in _EPITHETS_OR_ENTOURAGES else None
        k += 1
    if end is not None and end == k - 1 and (k == limit or not tokens[k].is_word or verbish(tokens[k])):
        return end
    if last_name + 1 < limit and (_role_noun(tokens[last_name + 1]) or tokens[last_name + 1].lower in _ENTOURAGES):
        return last_name + 1
    return None


_OPENING_PHRASE_TOKENS = 20  # `At his news conference in Turkey on Monday after the Group of 20 conference,`


def _described_first(tokens, i, limit) -> Mention | None:
    """`A Texas voter who supports Trump, Golvach lost …`: a description with `a` set off by a comma
    before the name of whom it describes (itself maybe set off too), and the name's verb; the name
    is the subject."""
    comma = next((k for k in range(i + 2, min(limit, i + _DESCRIBED_FIRST_WORDS)) if not tokens[k].is_word), None)
    if comma is None or tokens[comma].text != "," or all(t.is_capitalised for t in tokens[i + 1:comma]):
        return None
    name, end = _name_from(tokens, comma + 1, limit)
    if end + 1 < limit and tokens[end].text == ",":
        end += 1  # `A Texas voter, Dan Golvach, lost`
        closing = next((k for k in range(end, min(limit, end + _DESCRIBED_FIRST_WORDS)) if not tokens[k].is_word), None)
        if not _a_verb(tokens[end]) and closing is not None and tokens[closing].text == ",":
            end = closing + 1  # `One early supporter, Lee Zeldin, Republican of New York, gave`
    return name if name is not None and end < limit and _a_verb(tokens[end]) else None


_DESCRIBED_FIRST_WORDS = 12


_ENTOURAGES = {"campaign", "camp", "team", "administration", "family"}  # `The Clinton campaign` speaks as one
_EPITHETS_OR_ENTOURAGES = frozenset(EPITHET_HEADS | _ENTOURAGES)
_NO_MODIFIERS = frozenset(PREPOSITIONS_OR_DETERMINERS | ARTICLES_AND_POSSESSIVES | IRREGULAR_PAST | AUXILIARIES)


def _and_name(tokens, last: int, limit: int) -> int:
    """Where the subject that ends at `last` ends when `and` and a second person's name follow it,
    which a verb ends (`John Rix and Mary Forbes ruled`); else `last` (`John Rix and Forbes Media`
    may be a person and a body)."""
    k = last + 2
    while k < limit and k < last + 2 + NAME_WORDS and tokens[k].is_capitalised:
        k += 1
    second = tokens[last + 2] if k > last + 2 else None
    if second is not None and tokens[last + 1].lower == "and" and k < limit and _a_verb(tokens[k]) \
            and (given_name(second.text) or second.lower in HONORIFICS):
        return k - 1
    return last


def _before_a_name(tokens, j, limit) -> bool:
    """A capitalised word at `j`, or a role before one: `Double try scorer Martyn Williams`."""
    role = _role_noun(tokens[j]) or tokens[j].lower in EPITHET_HEADS
    return tokens[j].is_capitalised or role and j + 1 < limit and tokens[j + 1].is_capitalised


def owned_then_named(tokens, i, limit) -> Mention | None:
    """`His friend, Saxon Spence, …`, `The chief constable, Sarah Crew, …`: the name set off by commas after
    a pronoun's or an article's noun; None for the noun alone (`His advice was …`)."""
    k = i + 1
    while k < limit and k <= i + 3 and tokens[k].is_word \
            and (not tokens[k].is_capitalised or tokens[k].lower in SEAT_SUFFIXES
                 or k + 1 < limit and tokens[k + 1].is_word and not tokens[k + 1].is_capitalised) \
            and (not verbish(tokens[k]) or _participle_before_noun(tokens, k, limit)):
        k += 1  # `His running mate, JD Vance,`, `The local MP, Lee Anderson,`, `His Russian counterpart, …`
    if k > i + 1:
        k = _past_a_when(tokens, k, limit)  # `Her colleague that night, Tom Price,`
    if k > i + 1 and k < limit and tokens[k].lower == "and":  # `Her business partner and sister-in-law, Meena,`:
        j = k + 1  # two roles joined
        while j < limit and j <= k + 3 and tokens[j].is_word and not tokens[j].is_capitalised:
            j += 1  # (`Her husband and co-accused, Tom Lee,`)
        k = j if k + 1 < j < limit and tokens[j].text == "," else k
    if k > i + 1 and k + 1 < limit and tokens[k].lower in ("for", "of", "in") and tokens[k + 1].is_capitalised:
        k += 2  # `The MP for Ashfield, Lee Anderson,`: the place the role serves; `Ford's counterpart in Alberta,`
        while k < limit and tokens[k].is_capitalised and tokens[k].is_word:
            k += 1
    if k == i + 1 or k >= limit or tokens[k].text != ",":
        return None
    closing = next((j for j in range(k + 2, min(limit, k + 2 + NAME_WORDS)) if tokens[j].text == ","), None)
    return _named_between_commas(tokens, closing, i) if closing is not None else None


def _past_a_when(tokens, k, limit) -> int:
    """Past the words at `k` that say when a relation held (`that night`, `at the time`, `on the day`, `of 20
    years`), right before a comma; else `k`."""
    if k >= limit or tokens[k].lower not in _WHEN_OPENERS:
        return k
    words = tuple(t.lower for t in tokens[k:min(limit, k + 3)])
    length = 2 if words[:1] in (("that",), ("this",)) and words[1:2] and words[1] in _WHEN_TIMES \
        else 3 if words in _WHENS or len(words) == 3 and words[0] == "of" and words[1].isdigit() \
        and words[2] in ("years", "months") else 0  # (`of 20 years`)
    return k + length if length and k + length < limit and tokens[k + length].text == "," else k


_WHEN_TIMES = frozenset({"night", "day", "morning", "evening", "afternoon", "week", "year", "summer"})
_WHENS = frozenset({("at", "the", "time"), ("on", "the", "night"), ("on", "the", "day")})
_WHEN_OPENERS = frozenset({"that", "this", "at", "on", "of"})


def _participle_before_noun(tokens, k, limit) -> bool:
    """`running` in `His running mate`: an -ing word that qualifies the lowercase noun after it."""
    return tokens[k].lower.endswith("ing") and k + 1 < limit and tokens[k + 1].is_word \
        and not tokens[k + 1].is_capitalised and not verbish(tokens[k + 1])


def _verb_after_name(tokens, j) -> bool:
    """`US coach Patrick McEnroe wants Roddick …`, `Roloson supports Democrat Hillary Clinton`,
    `The MPs found EDS …`: an irregular past or a lowercase -s word right after a name is its
    verb, not a word inside a longer name (`Chelsea boss Jose Mourinho`)."""
    if tokens[j].lower in IRREGULAR_PAST:
        return True
    return third_person(tokens[j]) and tokens[j - 1].is_capitalised


def _owned_noun(tokens, k, limit) -> bool:
    """`first` and `tweet` in `Trump's first tweet Sunday was …`: after a possessive, an ordinal
    before a noun, or a noun that may be a cue (`tweet`, `comments`) right before a form of be or
    a capitalised word (a day, a name), never before a verb (`Bill Clinton's comments come`)."""
    if k + 1 >= limit:
        return False
    if tokens[k].lower in ("first", "last"):
        return tokens[k + 1].is_word and not tokens[k + 1].is_capitalised
    before_be = tokens[k + 1].lower in FINITE_BE
    return tokens[k].lower in OWNED_TEXTS and (before_be or tokens[k + 1].is_capitalised) \
        or before_be and not tokens[k].lower.endswith(("ed", "ing"))


OWNED_TEXTS = SENT_TEXTS | {"tweet", "tweets", "post", "posts", "remarks", "comments", "speech", "statements"}


def _verb_after_noun(tokens, j) -> bool:
    """`makes` in `Hoff's letter makes a case`: a lowercase -s word after a singular noun, before
    an article or a possessive."""
    after = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return third_person(tokens[j]) and not tokens[j - 1].lower.endswith("s") \
        and after in ARTICLES_AND_POSSESSIVES  # not `former supporters who`


def third_person(tok: Token) -> bool:
    """A lowercase -s word that may be a verb's third person: `wants`, `makes`; not `boss`,
    `bonus`, `analysis`, a possessive or a role (`chiefs`)."""
    low = tok.lower
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")) and not _role_noun(tok)


def _role_noun(tok: Token) -> bool:
    """`leader`, `co-chairman`: a lowercase role after a name used as a modifier."""
    return tok.is_word and not tok.is_capitalised and tok.bare.lower().rsplit("-", 1)[-1] in ROLE_WORDS


def _modifies_noun(tokens, i, limit) -> bool:
    """One capitalised word before a lowercase noun: an adjective or a name used as one."""
    if i + 1 >= limit:
        return False
    nxt = tokens[i + 1]
    if not nxt.is_word or nxt.is_capitalised or verbish(nxt) or ly_adverb(nxt.lower) or nxt.lower in IRREGULAR_PAST:
        return False
    if nxt.lower in _REFLEXIVES or nxt.lower in _NOT_NOUNS_AFTER_NAMES:
        return False
    if nxt.lower.endswith("s"):  # `Trump supporters say`, not `Clinton opposes the deal`
        return i + 2 < limit and _a_verb(tokens[i + 2])
    return True


def _a_verb(tok: Token) -> bool:
    low = tok.lower
    return low in CUE_FORMS or low in AUXILIARIES or past_tense(low) or low.endswith(("n't", "n’t"))


_NOT_NOUNS_AFTER_NAMES = {"too", "alone", "though", "however", "instead", "again", "now", "then", "also", "once",
                          "first", "later", "earlier", "today", "yesterday", "tonight", "here", "there", "himself"}


_QUESTION_OPENERS = {"is", "was", "were", "are", "does", "did", "do", "has", "have", "had", "can", "could", "should",
                     "would", "may", "might", "must", "shall", "isn't", "wasn't", "doesn't", "didn't", "why", "how"}


def _description_subject(tokens, i, limit, ends=None) -> Mention | None:
    """`the prince called …`, `Federal labor organizations have …`: an article or a capitalised
    word, up to three lowercase nouns, then a word that `ends` the phrase (default: verbish)."""
    ends = ends or verbish
    for j in range(i + 1, min(limit, i + 5)):
        if j > i + 1 and (ends(tokens[j]) or (an_age(tokens[j - 1].lower) or tokens[j - 1].lower in _ONE_OF_TWO)
                          and tokens[j].lower in IRREGULAR_PAST):
            return mention_of(tokens[i:j])  # (`The 37-year-old beat Zverev`, `The former won`: a past verb)
        if j > i + 1 and ly_adverb(tokens[j].lower) and j + 1 < limit and ends(tokens[j + 1]):
            return mention_of(tokens[i:j])  # `the crowd loudly reprised`: an adverb before the verb
        if tokens[j].is_capitalised and j + 1 < limit and ends(tokens[j + 1]) and tokens[j].text.isupper() \
                and people_word(tokens[j].bare):
            return mention_of(tokens[i:j + 1])  # `A third MP was`: a word for people in capitals, its head
        if j > i + 1 and tokens[j].text == "," and j + 1 < limit and tokens[j + 1].lower == "who":
            return mention_of(tokens[i:j])  # `The singer, who is engaged to Travis Kelce, revealed`: its aside
        if not tokens[j].is_word or tokens[j].is_capitalised and not _name_as_modifier(tokens, i, j, limit) \
                and not compound_adjective(tokens[j].lower):  # `the Slovenia-born former model`
            return None
    return None


_ONE_OF_TWO = frozenset({"former", "latter"})


def _name_as_modifier(tokens, i, j, limit) -> bool:
    """`the former Sun editor`: one capitalised word after an article and a lowercase word, before
    a lowercase noun that is no verb."""
    before, after = tokens[j - 1], tokens[j + 1] if j + 1 < limit else None
    return j > i + 1 and not before.is_capitalised and not before.is_possessive and after is not None \
        and after.is_word and not after.is_capitalised and not verbish(after)


def verbish(tok: Token) -> bool:
    low = tok.lower
    return low in CUE_FORMS or low in AUXILIARIES or low.endswith(("ed", "ing")) or low in NP_BREAKERS


NAME_WORDS = 5  # the most capitalised words a name run takes


def name_before(tokens, end, start) -> Mention | None:
    """The name the capitalised words just before `end` make (none before `start`): `Scott
    Reed` in `Scott Reed, the strategist`."""
    j = end
    while j > start and tokens[j - 1].is_capitalised and end - j < NAME_WORDS:
        j -= 1
    if j - 2 >= start and j < end and tokens[j - 1].lower == "of" and tokens[j - 2].is_capitalised:
        k = j - 2  # `Princess Marguerite of Romania`, `Bank of England`: the name runs on across `of`
        while k > start and tokens[k - 1].is_capitalised and end - k < NAME_WORDS + 2:
            k -= 1
        j = k if starts_name(tokens, k, j - 2) else j
    return mention_of(tokens[j:end]) if j < end and starts_name(tokens, j, end - 1) else None


def _name_from(tokens, first, limit) -> tuple[Mention | None, int]:
    """The name the capitalised words from `first` make (none at or after `limit`), and where
    they end."""
    j = first
    while j < limit and tokens[j].is_capitalised and j - first < NAME_WORDS:
        j += 1
    return (mention_of(tokens[first:j]) if j > first and starts_name(tokens, first, j - 1) else None), j


def starts_name(tokens, i, last) -> bool:
    words = [t for t in tokens[i:last + 1] if t.is_capitalised]
    if any(t.bare.lower() not in NOT_NAMES or t.lower in ACRONYM_NAMES for t in words):
        return True
    # `May said:`: a month or `Will` right before a speech verb is a surname (Brian May)
    return (len(words) == 1 and words[0].bare.lower() in _ALSO_SURNAMES and last + 1 < len(tokens)
            and cue_lemma(tokens[last + 1]) is not None)


_ALSO_SURNAMES = {"may", "june", "april", "august", "will", "friday"}  # `said Friday.`: Mike Friday


def np_forward(tokens, allow_of=False) -> Mention | None:
    """The noun phrase at the start of `tokens`: `Paul Martin, a detective …` -> `Paul Martin`."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        if not tok.is_word or tok.is_quote or out and tok.lower in _EMPHATIC:
            break  # (`said the president himself`: the president)
        role_for = tok.lower in ("for", "at") and out and _owns_a_for(out[-1]) \
            and not _an_occasion(tokens, i + 1) \
            or tok.lower == "from" and text_head(out) == len(out) - 1 \
            or tok.lower == "to" and out and singular(out[-1].bare.lower()) in SERVING_ROLES  # `a spokesman for
        # Tesco`, `a statement from the club`, `a senior aide to Mrs. Clinton`; not `the ambassador at the time`
        office = tok.lower == "of" and out and out[-1].bare.lower() in ROLE_WORDS  # `the Archbishop of Canterbury`
        joins = allow_of or role_for or office or not any(t.is_capitalised for t in out) or _body_then_role(tokens, i)
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok.lower in ("of", "for") and out and not joins and nxt is not None and nxt.is_capitalised \
                and _a_bodys_name_so_far(out, tok.lower):
            out.append(tok)  # `said the Bank of England`, `said the Court of Arbitration for Sport`: the body's
            continue  # whole name
        if (tok.lower == "of" or role_for) and out and joins:
            if nxt is not None and (nxt.is_capitalised or nxt.lower in _DETERMINERS_OR_DEMONSTRATIVES
                                    or _domain_then_name(tokens, i + 1)):
                out.append(tok)  # `master of ceremonies Asab Al-Tabchi`
                continue
        if tok.lower in ("to", "the") and out and out[-1].is_capitalised and i + 1 < len(tokens) \
                and (campaign_to(out[-1].bare.lower(), tokens[i + 1].lower) if tok.lower == "to"
                     else out[-1].text in CHARITY_VERBS and tokens[i + 1].is_capitalised):
            out.append(tok)  # `said the Committee to Protect Journalists`, `said Save the Children`
            continue
        if len(out) >= 2 and (out[-2].lower, out[-1].lower) in NEAR_SOMEONE and tok.lower in OBJECT_PRONOUNS:
            out.append(tok)  # `said a source familiar with him`
            break
        if _roles_then_name(tokens, i, out) or out and (out[-1].lower, tok.lower) in NEAR_SOMEONE:
            out.append(tok)  # `points out former Olympian and BBC pundit Steve Cram`, `a source close to the campaign`,
            continue  # `one Democrat familiar with the campaign's organization`
        if tok.lower == "as" and out and out[-1].lower == "known" and i + 1 < len(tokens) \
                and tokens[i + 1].is_capitalised:
            out.append(tok)  # `the base chief known as Bob`: the name he goes by
            continue
        a_noun = out and (out[-1].lower == "of" and tok.lower in _DEMONSTRATIVES  # `one of those advisers`; `the
                          or out[-1].lower in ("the", "a", "an") and tok.lower not in NP_BREAKERS)  # talks`: a noun,
        # whatever verb it spells
        if _breaks_forward(tok, i, allow_of) and not _reports_as_noun(tokens, i) and not a_noun or out and (
                tok.lower == "who" or _adverb_after_noun(tok, out[-1])):
            break  # `said a strategist who spoke …`, `the pope again demonstrated` -> `a strategist`, `the pope`
        if out and tok.lower in ("the", "a", "an") and out[-1].lower not in _PREPOSITIONS_DETERMINERS_AND \
                and not _acting_participle(out):
            break  # `according to the report the trend is` -> `the report`; but `said police investigating the
            # death of …`: the participle's object
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if out and (out[-1].is_capitalised and tok.lower in _PLACING or tok.lower in _NAMING and nxt is not None
                    and nxt.lower in ("only", "as")):
            break  # `an emotional Jane Smith outside court` -> Jane Smith; `a pensioner named only as Joan`: the name
            # given, read by the caller
        if out and not allow_of and nxt is not None and (
                _is_participle_word(tok) and nxt.lower in PREPOSITIONS
                or tok.lower in IRREGULAR_PAST and (nxt.lower == "by" or nxt.lower in PREPOSITIONS
                                                    and not out[-1].is_capitalised)):
            break  # `one Republican involved in …` -> `one Republican`; `a banner held by protesters` -> `a banner`;
            # `a message sent to staff` -> `a message`
        if out and allow_of and _is_participle_word(tok) and not out[-1].is_capitalised and out[-1].is_word \
                and out[-1].lower not in DETERMINERS and nxt is not None and nxt.lower in PREPOSITIONS_OR_DETERMINERS \
                and nxt.lower != "by":
            break  # `according to a poll posing the question …`, `a new poll conducted for the BBC` -> the poll; but
            # `a report published by consultancy Analysys` is Analysys's
        out.append(tok)
        if len(out) >= 9 and not (tok.is_capitalised and i + 1 < len(tokens) and tokens[i + 1].is_capitalised
                                  and len(out) < 12):
            break  # but a name under way runs on: `… Democratic National Committee Chairman Ed Rendell`
    while out and out[-1].lower in ("of", "from", "by", "the", "a"):
        out.pop()
    if len(out) >= 2 and out[-1].lower in WEEKDAYS and out[-2].is_capitalised \
            and not (given_name(out[-2].bare) and (len(out) == 2 or not out[-3].is_capitalised)):
        out.pop()  # `said Tony Blair Friday`: a day; but `said Mike Friday`, `said England coach Mike Friday`
    return mention_of(out)


_CAMPAIGNERS = {"committee", "campaign", "coalition", "alliance", "movement", "fund", "foundation", "council"}
_CAMPAIGN_VERBS = {"protect", "end", "stop", "save", "prevent", "defend", "elect", "abolish", "fight", "free",
                   "restore", "reform", "combat", "ban", "support", "re-elect", "preserve", "promote", "cut"}


def domains_listed(toks, k: int, first: int, end: int) -> bool:
    """The comma at `k` between two of a government department's domains (`Department for Culture, Media and Sport`,
    `Foreign, Commonwealth and Development Office`), as names.py joins them: a word for a department among
    `toks[first:end]`."""
    if k == 0 or k + 1 >= len(toks) or not (toks[k - 1].is_capitalised and toks[k + 1].is_capitalised
                                            and toks[k - 1].bare.lower() in GOVERNED
                                            and toks[k + 1].bare.lower() in GOVERNED):
        return False
    return any(t.is_capitalised and t.bare.lower() in DEPARTMENT_ENDS for t in toks[first:end])


def campus_after(body: list[str], place: list[str]) -> bool:
    """Whether the words `place`, set off by a comma after the body's words `body`, name a university's campus
    (`Berkeley` after `University of California`, `Chapel Hill` after `University of North Carolina`): `University of`
    and a word or two, then a place of a word or two, no nation's or state's nor a person's. (names.py reads runs,
    this module tokens: each passes its words.)"""
    return any(body[k].lower() == "university" and body[k + 1] == "of" for k in (len(body) - 3, len(body) - 4)
               if k >= 0) and 1 <= len(place) <= 2 \
        and all(w[:1].isupper() and not w.endswith(("'s", "’s")) and w.lower() not in COUNTRIES
                and w.lower() not in US_STATES and not given_name(w) for w in place)


def a_campus(toks, k: int, first: int, end: int) -> bool:
    """The comma at `k` between a university's name and the place of its campus (`the University of California,
    Berkeley`), up to `end`, as names.py joins them."""
    return k - 3 >= first and campus_after([t.bare for t in toks[max(first, k - 4):k]],
                                           [t.text for t in toks[k + 1:end]])


def _closes_a_campus(tokens, i: int, start: int) -> bool:
    """The comma at `i` closes a university's campus set off after its name (`the University of California,
    Berkeley,`)."""
    if i < start or tokens[i].text != ",":
        return False
    p = _previous_comma(tokens, i, start)
    return p is not None and a_campus(tokens, p, start, i)


def campaign_to(body: str, verb: str) -> bool:
    """Whether a body's name goes on across `to` from the lowercase word `body` to `verb`: `Committee` and `Protect` in
    `the Committee to Protect Journalists`; `Cruelty` and `Children` in `the National Society for the Prevention of
    Cruelty to Children` (and to animals: the RSPCA's)."""
    return body in _CAMPAIGNERS and verb in _CAMPAIGN_VERBS or body == "cruelty"


NEAR_SOMEONE = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on")})  # who is near another
_PLACING = frozenset({"outside", "inside", "after", "before", "during", "near"})  # where or when, after a name
_NAMING = frozenset({"named", "identified", "known"})  # `named only as Joan`: the name given after
_EMPHATIC = frozenset({"himself", "herself", "themselves", "itself"})


def _owned_thing(tokens, i, start) -> bool:
    """A lowercase word after a possessive that names no person or role: `book` in `Mr Peston's
    book`, not `striker` in `Arsenal's striker`."""
    tok = tokens[i]
    return (i > start and tokens[i - 1].is_possessive and tok.is_word and not tok.is_capitalised
            and tok.lower not in ROLE_WORDS and tok.lower not in EPITHET_HEADS and not people_word(tok.lower))


def _a_bodys_name_so_far(out, joining: str) -> bool:
    """Whether the phrase read so far ends on a body's name that `of` (or, past an `of` already, `for`) goes on:
    `the Bank` of `the Bank of England`, `the Court of Arbitration` of `… for Sport`; not `Alex McLeish of …`."""
    if not out[-1].is_capitalised:
        return False
    if joining == "of":
        return out[-1].bare.lower() in ORG_WORDS
    k = len(out)
    while k > 0 and (out[k - 1].is_capitalised or out[k - 1].lower == "of"):
        k -= 1
    of = next((j for j in range(k + 1, len(out)) if out[j].lower == "of"), None)  # the name's first `of`
    return of is not None and any(t.bare.lower() in ORG_WORDS for t in out[k:of])


def _body_then_role(tokens, i) -> bool:
    """`of` at `i` inside a body's name that a role follows: `Bank of Japan chief Toshihiko Fukui`,
    `a Department of Homeland Security spokeswoman`; not `Smith of Acme`."""
    if tokens[i].lower != "of":
        return False
    j = i + 1
    while j < len(tokens) and tokens[j].is_capitalised:
        j += 1
    return j > i + 1 and j < len(tokens) and tokens[j].is_word and not tokens[j].is_capitalised \
        and tokens[j].bare.lower() in ROLE_WORDS


def _an_occasion(tokens, i: int) -> bool:
    """A time or an occasion at `i` (past `the`): `at the time`, `at the weekend`, `at the meeting`,
    which tells when a role spoke, not where it is held."""
    if i < len(tokens) and tokens[i].lower == "the":
        i += 1
    return i < len(tokens) and tokens[i].lower in _OCCASIONS


_OCCASIONS = {"time", "weekend", "moment", "meeting", "event", "hearing", "conference", "rally", "summit", "launch",
              "ceremony", "start", "end", "outset", "briefing", "funeral", "dinner", "lunch", "breakfast", "debate"}


def _owns_a_for(tok: Token) -> bool:
    """`spokesman` in `a spokesman for Tesco`, `Department` in `the Department for Transport`."""
    low = tok.bare.lower()
    return low in ROLE_WORDS or low in ORG_WORDS and tok.is_capitalised \
        or low.endswith("s") and singular(low) in ROLE_WORDS  # `lawyers for Michael Jackson`


def _roles_then_name(tokens, i, out) -> bool:
    """`and` between the roles before a name: `former Olympian and BBC pundit Steve Cram`."""
    if tokens[i].lower != "and" or not out:
        return False
    rest = []
    for tok in tokens[i + 1:i + 1 + _ROLES_REACH]:
        if not tok.is_word or tok.is_quote:
            break
        rest.append(tok)
    if len(out) >= 2 and out[-1].is_capitalised and out[-2].is_capitalised and out[-1].lower not in HONORIFICS \
            and out[-1].bare.lower() not in ROLE_WORDS and not (
                out[0].lower in DETERMINERS and any(t.lower in ROLE_WORDS for t in rest[:-2])):
        return False  # a name ends there; but `the former Manchester United and England captain Wayne Rooney`: two
        # sides a description joins before the role, as a role does (`former Pennsylvania Gov. and … Chairman Ed …`)
    return len(rest) >= 2 and rest[-1].is_capitalised and rest[-2].is_capitalised and len(rest) == len(
        [t for t in rest if t.lower not in NP_BREAKERS])


_ROLES_REACH = 6


def _adverb_after_noun(tok: Token, last: Token) -> bool:
    """`the pope again demonstrated`; not `Credit Suisse First Boston`, a name running on."""
    return is_adverb(tok) and last.lower not in DETERMINERS and not last.is_possessive and not (
        tok.is_capitalised and last.is_capitalised)


def _domain_then_name(tokens, i) -> bool:
    """`ceremonies Asab` in `master of ceremonies Asab Al-Tabchi`: one lowercase word, then a name
    of two capitalised words."""
    return i + 2 < len(tokens) and tokens[i].is_word and not tokens[i].is_capitalised \
        and tokens[i].lower not in NP_BREAKERS and tokens[i + 1].is_capitalised and tokens[i + 2].is_capitalised \
        and tokens[i + 1].is_word and tokens[i + 2].is_word


def _breaks_forward(tok: Token, i: int, allow_of: bool) -> bool:
    if tok.is_capitalised and tok.lower not in SPEAKER_PRONOUNS:
        return False  # `said Will Doyle`: a name, not the modal
    return tok.lower in NP_BREAKERS and not (allow_of and tok.lower in ("from", "by")) or cue_lemma(tok) is not None


def _is_participle_word(tok: Token) -> bool:
    return not tok.is_capitalised and tok.lower.endswith(("ed", "ing")) and "-" not in tok.lower


_SUBJECT_BREAKERS = {"is", "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "can",
                     "could", "should", "may", "might", "must", "do", "does", "did", "that", "which", "who",
                     "if", "when", "because", "while", "as", "but", "and", "so", "than", "to"}


def subject_before(tokens, k) -> Mention | None:
    """The words between a quotation and the verb at `k`, read as the subject: `the bespectacled,
    71-year-old diplomat`, `a spokesman for committee Democrats`; of a name set off by a comma, the
    name (`Nate Silver, the polling guru who founded …`)."""
    end = k
    while end > 0 and (is_adverb(tokens[end - 1]) or tokens[end - 1].lower in AUXILIARIES):
        end -= 1
    words = tokens[:end]
    if not words or len(words) > 16 or not words[0].is_word:
        return None
    if len(words) > 2 and words[-2].text == "," and words[-1].lower in SPEAKER_PRONOUNS:
        return mention_of(words[-1:])  # `"…efforts to measure" income, he said`: the quoted clause ends on
        # `income`; a pronoun is no one's appositive
    comma = next((i for i, t in enumerate(words) if t.text == ","), None)
    head = words[:comma] if comma is not None else words
    if any(t.lower in _SUBJECT_BREAKERS and not _joins_two_nouns(head, i) for i, t in enumerate(head[1:], 1)) or (
            head[0].lower in _SUBJECT_BREAKERS):
        return None
    if (head[0].lower in NP_BREAKERS or head[0].lower in PREPOSITIONS) and not head[0].is_capitalised:
        return None  # `"…" about the decision, said X`: a phrase, not a subject
    if any(not t.is_word or cue_lemma(t) for t in head):
        return None
    if comma is not None and starts_name(head, 0, len(head) - 1) and sum(t.is_capitalised for t in head) >= 2:
        return mention_of(head)
    if comma is not None and any(t.lower in _SUBJECT_BREAKERS - {"and", "to"} for t in words):
        return mention_of(head)
    last = max(i for i, t in enumerate(words) if t.text == ",") if comma is not None else None
    if last is not None and 1 <= len(words) - last - 1 <= 3 and all(t.is_capitalised for t in words[last + 1:]) \
            and not any(t.is_capitalised or people_word(t.lower) for t in words[1:last]):
        return mention_of(words[last + 1:])  # `"…," the dawn of the modern conservative movement, Bozell says`: the
        # name after a phrase of no one's
    return mention_of(words)


def _joins_two_nouns(words, i) -> bool:
    """`music and marketing manager`: an `and` between two lowercase nouns inside a role."""
    return (words[i].lower == "and" and i + 1 < len(words) and all(
        t.is_word and not t.is_capitalised and not cue_lemma(t) and t.lower not in NP_BREAKERS
        for t in (words[i - 1], words[i + 1])))


def _past_adverbial(tokens, i, start) -> int:
    """`who in 2010 said`: the relative before a short time phrase, else `i` unchanged."""
    for j in range(i, max(start, i - 4) - 1, -1):
        if tokens[j].lower in RELATIVES:
            return j if j < i and tokens[j + 1].lower in _TIME_PREPOSITIONS else i
        if not tokens[j].is_word:
            return i
    return i


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {"january", "february", "march", "april", "june", "july", "august", "september", "october",
           "november", "december"}  # not `may`


def time_word(low: str) -> bool:
    """`monday`, `january`, `2004`: a day, a month or a year."""
    return low in WEEKDAYS or low in _MONTHS or low.isdigit() and len(low) == 4


def before_time_phrase(tokens, end: int, start: int) -> int:
    """Where the word stands before a short phrase of time ending at `end` (`his statement on Wednesday`,
    `her remarks last week`, `his comment in March 2015`, `on Tuesday night`): `end` if none ends there.
    Unlike `_past_time_phrase` (between a subject and its verb), a day needs its leader here: `his comment
    Monday that` is left as it is."""
    if tokens[end].lower in _TIME_UNITS:
        return _unit_leader(tokens, end, start)
    k = end - 1 if tokens[end].lower in _DAY_PARTS and end > start and tokens[end - 1].lower in WEEKDAYS else end
    last = k
    while k >= start and (time_word(tokens[k].lower) or tokens[k].text.isdigit() and len(tokens[k].text) <= 2):
        k -= 1  # `March 2015`, `Nov 3`
    return k - 1 if k < last and k >= start and tokens[k].lower in _TIME_LEADERS else end  # `on`, `in`, `last` …


def _unit_leader(tokens, end: int, start: int) -> int:
    """Before `last week`, `earlier this month` (a unit of time at `end`): `end` if no such phrase ends there."""
    if end - 1 < start or tokens[end - 1].lower not in ("last", "this"):
        return end
    k = end - 2
    return k - 1 if k >= start and tokens[k].lower in ("earlier", "later") else k


_DAY_PARTS = {"morning", "afternoon", "evening", "night"}
_TIME_UNITS = {"week", "weekend", "month", "year"}
_TIME_LEADERS = {"on", "in", "late", "early", "later", "earlier", "last", "this", "next"}
_AGO_WORDS = set("""
a an one two three four five six seven eight nine ten few several many some less more than about nearly
just only almost over under days day weeks week months month years year hours hour minutes decades decade
""".split())


_WHERE_STOOD = {"outside", "inside", "near"}  # `A woman outside the court shouted`
_SHORT_PHRASE_OPENERS = {"in", "at", "during"} | _WHERE_STOOD
UNNAMED_VOICES = frozenset({"source", "sources", "insider", "insiders"})  # voices a body's name qualifies (`A source at
# the company said`: the company's source, no time or place)
WITHIN = frozenset({"inside", "within"})  # where an unnamed voice is: `A source inside the BBC`, as `at the BBC`
_CLAUSE_OF_PLACE = 6  # tokens back to a relative pronoun whose clause a place's phrase may end


def _past_short_phrase(tokens, i, start) -> int:
    """Before `i`, past `at the time`, `in a statement`, `during an interview`, `in his announcement
    speech` between a subject and its verb, if there is one; else `i`."""
    if i - 3 < start or not tokens[i].is_word or tokens[i].is_capitalised:
        return i
    for art in (i - 1, i - 2):  # (`near the proposed site`: a word that qualifies the noun between)
        if art < i - 1 and (art - 2 < start or not tokens[i - 1].is_word or tokens[i - 1].is_capitalised
                            or tokens[i].lower in _ABOUT_A_PLACE or tokens[i].lower in _CLAUSE_BOUNDARIES
                            or i + 1 < len(tokens) and tokens[i + 1].lower in _ABOUT_A_PLACE):
            break  # (not `Parents of pupils at a primary school where …`: a place a clause goes on about)
        if tokens[art].lower in ("a", "an", "the", "that", "this") and tokens[art - 1].lower in _SHORT_PHRASE_OPENERS \
                and not (tokens[art - 1].lower in _WHERE_STOOD and any(
                    t.lower in RELATIVES for t in tokens[max(start, art - 1 - _CLAUSE_OF_PLACE):art - 1])) \
                and not ((tokens[art - 1].lower == "at" or tokens[art - 1].lower in WITHIN)
                         and tokens[art - 2].lower in UNNAMED_VOICES and tokens[i].lower in BODY_NOUNS):
            return art - 2 if tokens[art - 2].is_word else i  # (not `A man who lives near the site said`: where he
            # lives)
    for d in (i - 1, i - 2):  # after a name only: `Trump in his announcement speech called`
        if d - 2 >= start and tokens[d].lower in ("his", "their", "its") and tokens[d - 1].lower in ("in", "at") \
                and tokens[d - 2].is_capitalised and all(t.is_word and not t.is_capitalised for t in tokens[d + 1:i]):
            return d - 2
    return i


_ABOUT_A_PLACE = RELATIVES | {"where"}  # words after a place that open a clause about it


def _before_participle_phrase(out: list[Token]) -> list[Token]:
    """`Another source speaking to Fox News` -> `Another source`, `officials briefed on the talks`
    -> `officials`: a participle and its preposition end the phrase that names the speaker (but not `acting for`,
    `acting on behalf of`: `Lawyers acting for Jane Smith` are hers, as `Lawyers for Jane Smith` are)."""
    for m in range(1, len(out) - 1):
        if _is_participle_word(out[m]) and out[m + 1].lower in PREPOSITIONS and out[m].lower != "acting":
            return out[:m]
    return out


def _past_opening_participle(out: list[Token]) -> int:
    """Where the name opens after a participle phrase that opens the sentence with no comma (`Leaving a
    Brussels summit Mr Blair`, `Speaking on BBC Radio 4 Tony Blair`): at an honorific or a given name that
    opens the capitalised words ending the phrase; 0 where there is none."""
    if len(out) < 4 or not out[0].is_capitalised or not out[0].lower.endswith(("ing", "asked")) \
            or out[0].lower == "according" or out[1].lower not in _OPENING_PHRASE_WORDS or given_name(out[0].text):
        return 0  # (not `Prosecuting attorney Carol Lam`: a role)
    k = len(out) - 1
    while k > 2 and out[k - 1].is_capitalised:
        k -= 1
    while k < len(out) - 1 and not _opens_a_name(out[k]):
        k += 1  # `BBC Tony Blair`: past the words before the name
    return k if _opens_a_name(out[k]) else 0


def _opens_a_name(tok: Token) -> bool:
    return tok.is_capitalised and (tok.lower in HONORIFICS or given_name(tok.text))


_OPENING_PHRASE_WORDS = PREPOSITIONS | {"a", "an", "the", "his", "her", "their", "its", "this", "that"}


def _past_participle(tokens, i, start) -> int:
    """Before `i`, past the participle of `the order released Friday said` (its time phrase
    already passed), when an article and a noun come before it, or of `delegates attending`
    after a word for people; else `i`."""
    if i - 1 >= start and _is_participle_word(tokens[i]) and tokens[i].lower.endswith("ing") \
            and people_word(tokens[i - 1].bare) and not cue_lemma(tokens[i]) and not _determined(tokens, i):
        return i - 1  # `some delegates attending complained`: who attend
    if i - 2 < start or not _is_participle_word(tokens[i]) or not tokens[i].lower.endswith("ed"):
        return i
    noun = tokens[i - 1]
    if not noun.is_word or noun.is_capitalised or noun.lower in NP_BREAKERS:
        return i  # not `a speech that included comparing`
    for k in range(i - 2, max(start, i - 6) - 1, -1):  # `A campaign TV ad released Thursday accuses`
        if tokens[k].lower in ("the", "a", "an", "this", "that"):
            return i - 1
        if not tokens[k].is_word or tokens[k].lower in NP_BREAKERS or tokens[k].lower in AUXILIARIES:
            break
    return i


def _past_time_phrase(tokens, i, start) -> int:
    """Before `i`, past a time phrase between a subject and its verb (`Smith on Thursday said`,
    `Priebus later Thursday told`, `X last week wrote`), if there is one; else `i`."""
    j = i
    if j > start and tokens[j].lower == "ago":  # `The department less than two weeks ago said`
        k = j - 1
        while k > start and (tokens[k].lower in _AGO_WORDS or tokens[k].text.isdigit()):
            k -= 1
        return k if k < j - 1 else i
    if j > start and tokens[j].lower in _DAY_PARTS:
        j -= 1
    if j <= start:
        return i
    word = tokens[j].lower
    needs_leader = word in _TIME_UNITS or word in _MONTHS or word.isdigit() and len(word) == 4
    if word not in WEEKDAYS and not needs_leader:
        return i
    k = j - 1
    while k > start and tokens[k].lower in _TIME_LEADERS:
        k -= 1
    if k - 1 > start and tokens[k].lower in ("a", "an", "the") and tokens[k - 1].lower == "during":
        k -= 2  # `Sanders during a Sunday thanked`
    if needs_leader and k == j - 1:
        return i
    return k


def _chinese_he(tokens, i: int, start: int) -> bool:
    """`He` right after a capitalised word of a name or a title, inside a sentence: `Vice-Premier Liu He`,
    `Vice Premier He Lifeng`, a Chinese name's, not the pronoun."""
    before = tokens[i - 1] if i > start else None
    return tokens[i].text == "He" and before is not None and before.is_word and before.is_capitalised \
        and (before.lower not in NOT_NAMES and not before.text.endswith(".")  # not `in the U.S. He says`
             or before.lower in PERSONAL_TITLES)  # `Mr He said`, `Mr. He`: He Lifeng's


def np_backward(tokens, c, start, relative_at=False) -> Mention | None:
    """The subject before the cue at `c`, skipping auxiliaries, adverbs, a time phrase,
    relatives and appositives; `relative_at`: the phrase that ends right before `c`, a relative
    pronoun or the comma before it (`with Trump, who`: Trump)."""
    unclosed = _unclosed_affiliation(tokens, c, start)
    if unclosed is not None:
        return unclosed  # `Dr Erel Avineri, of the Centre for Transport … in Bristol said: "…"`
    i = _subject_end(tokens, c, start, phrases=not relative_at)
    titled = _named_before_titled_aside(tokens, i, start) if i > start and tokens[i].is_quote else None
    if titled is not None:
        return titled  # `As Akhil Amar, … author of ''America's Unwritten Constitution,'' put it`
    if i > start and tokens[i].text == ",":
        i = _relative_before_aside(tokens, i, start)  # `leadership, who, on a press call Friday, criticized`
    if i >= start and tokens[i].lower in RELATIVES:
        relative = tokens[i]
        before = i - 1 if i - 1 >= start and tokens[i - 1].text in ASIDE_MARKS else i
        opening = before_dashed_aside(tokens, before, start) if before < i and tokens[before].text in DASHES else -1
        if opening >= start:
            before = opening + 1  # `critics in the US - where it … - who`: the phrase before the aside
        if relative.lower == "which" and before < i and tokens[c].lower in _INFERRING:
            return None  # `…, which suggests the show may move`: what the whole clause implies, no one's words
        antecedent = np_backward(tokens, before, start, relative_at=True)
        if antecedent is None or relative.lower == "that":  # `a video that said`: the video
            return antecedent
        named = _named_before(tokens, antecedent, start) or _holder_before_place(tokens, antecedent, start, relative) \
            or _main_subject_after(tokens, antecedent, start, c) or _whose_thing(antecedent, relative) or antecedent
        return Mention(relative.start, relative.end, (relative,), named)
    if _stray_comma(tokens, i, start, c) or _closes_a_campus(tokens, i, start):
        i -= 1  # `Chairman of the Committee Peter Ainsworth MP, said:`: a comma with no partner; `the University of
        # California, Berkeley, said`: the comma after a university's campus, whose name it ends
    if i >= start and tokens[i].text == ",":
        relative = _whose_clause(tokens, i, start)
        if relative is not None:  # `The actor, whose films include A, B and C, said`: as if `The actor, said`
            i = relative
        named = _named_at_comma(tokens, i, start)
        if named:
            return named
        skipped = _skip_appositive(tokens, i, start)
        i = relative - 1 if relative is not None and skipped < start else skipped
        if i > start + 1 and tokens[i].text.isdigit() and len(tokens[i].text) <= 3 and tokens[i - 1].text == ",":
            named = _named_at_comma(tokens, i - 1, start)
            if named:
                return named  # `Their neighbour, Bob Jones, 71, who runs the cafe, said`: the name before the age
            i -= 2  # `Her neighbour Dave, 60, who …, said`: the phrase before the age
        if i > start and tokens[i].lower in _PARENTHETICAL and tokens[i - 1].text == ",":
            i = _skip_appositive(tokens, i - 1, start) if _previous_comma(tokens, i - 1, start) else i - 2
    elif i >= start and tokens[i].lower == "and":
        return None  # `X hits … and claims`: the caller falls back on the sentence's subject
    elif i > start and tokens[i].text in DASHES:
        closing = i
        i = before_dashed_aside(tokens, i, start)  # `Jason Sims — a teacher from Ohio — says`
        if i >= start and i + 2 < closing and tokens[i + 2].lower in ("as", "according"):
            return np_backward(tokens, i + 1, start)  # `an ad, which — as columnist Jonathan Chait noted — promises`
        named = _name_in_aside(tokens, i + 2, closing) if i >= start else None
        if named:
            return named  # `A former candidate -- John McCain, who lost to Obama -- said`
    elif i > start and tokens[i].text in ")]":
        pair = "()" if tokens[i].text == ")" else "[]"  # `Tom Brown [pictured] said`
        opened = next((k for k in range(i - 1, max(start, i - _BRACKETED_WORDS) - 1, -1)
                       if tokens[k].text in pair), None)
        if opened is not None and tokens[opened].text == pair[0] and opened > start and tokens[opened - 1].is_word:
            i = opened - 1  # `Critics (including former adviser Dominic Cummings) called it`: the critics
    if i - 2 >= start and tokens[i].lower in ("them", "us") and tokens[i - 1].lower == "of" \
            and tokens[i - 2].lower in _OF_THEM:
        return mention_of(tokens[i - 2:i + 1])  # `One of them said`: one of a group named before
    out, i = _phrase_back(tokens, i, start, c)
    if out and i - 2 >= start and tokens[i].lower in PREPOSITIONS and _is_participle_word(tokens[i - 1]):
        briefed, before = _phrase_back(tokens, i - 2, start, c)
        if briefed and people_word(briefed[-1].bare):  # `A person briefed on the matter, who asked not to be
            out, i = briefed, before  # identified, said`: the person, not the matter
    acting = _people_acting_on(tokens, i, start) if out and out[0].lower in ("the", "a", "an") else None
    if acting is not None:  # `Police investigating the death of John Jones said`: the police, not the death
        out, i = list(tokens[acting:i + 1]) + out, acting - 1
    who = _who_clause_before(tokens, i, start) if not out else None
    if who is None and len(out) == 1 and not out[0].is_capitalised and i > start \
            and (tokens[i].lower == "not" or tokens[i].lower in AUXILIARIES):
        who = _who_clause_before(tokens, i, start, _RELATIVE_PAST_WORDS + 1)  # `Two men who were jailed for a
        # murder they did not commit have said`: no `commit`, a verb of the clause
    if who is not None:  # `A man who declined to be named said`: the man
        return np_backward(tokens, who, start, relative_at=True)
    where = _where_clause_before(tokens, i, start) or _preposition_which_before(tokens, i, start, out)
    if where is not None:  # `Staff at a hospital where a baby died have said`: the staff; `A witness to a crash in
        return np_backward(tokens, where, start)  # which three people died has described`: the witness
    if out and out[0].lower in RELATIVES and i > start and tokens[i].lower == "and":
        first = _first_of_joined_relatives(tokens, i + 1, start)  # `A man who worshiped there and who lives
        if first <= i:  # nearby said`: the man
            return np_backward(tokens, first, start, relative_at=True)
    joined = _thing_and_name(out)
    if joined:  # `after a 0-0 tie at Old Trafford and Ancelotti said`: Ancelotti
        out, i = out[joined + 1:], i + 1 + joined
    named = _name_after_a_thing(out)
    if named:  # `the ones State now says are`, `the way Trump says`: the name, subject of a clause
        out, i = out[named:], i + named
    if _clause_after_pronoun(tokens, i, start, out):
        return np_backward(tokens, i, start, relative_at=True)  # `The boss of a firm that makes cars has said`: no
        # `makes cars`, the clause's verb and object
    if out and out[0] is not tokens[i]:
        relative = _relative_with_object(tokens, i, start) or _relative_past_preposition(tokens, i, start) \
            or _relative_before_while(tokens, i, start, out) or (
            i if tokens[i].lower == "whose" and i > start and tokens[i - 1].is_word and len(out) >= 2
            and (verbish(out[-1]) or out[-1].lower.endswith("ed")) else None)  # `A woman whose son died told`: the
        # woman, not the son (but `a midfielder whose season has been`: the clause goes on past the phrase)
    elif len(out) == 1 and out[0].lower in ("him", "her", "them", "us", "me"):
        relative = _relative_with_object(tokens, i - 1, start)  # `supporters who backed her wrote`
    else:
        relative = None
    if relative is not None:  # `Residents who have seen the plans say`: the residents, not the plans
        return np_backward(tokens, relative, start, relative_at=True)
    if out and i > start and tokens[i].text == ",":
        # `Stacy Baker of Columbia, South Carolina says`
        placed = _placed_person(tokens, i + 1 + len(out), start, i + len(out))
        if placed:
            return placed
    while out and out[0].lower in _LEADING_JUNK:
        out.pop(0)
    dated = _date_before_name(out)
    if dated:
        del out[:dated]  # `In September 2019 Bill Maher`, `On March 3 Bill Maher`: a date, then the name
    if len(out) > 2 and out[0].lower in ("last", "this", "next") and (
            out[1].lower in _TIME_UNITS or time_word(out[1].lower)):
        del out[:2]  # `Last month Marsh agreed`, `Last week Lord Goldsmith said`
    if len(out) > 1 and out[0].lower in ("who", "whom", "which"):
        out.pop(0)  # `Bannon, who Beck on Wednesday called`: Beck calls him
    out = _before_participle_phrase(out)
    if len(out) > 2 and out[-1].lower == "who" and out[-2].is_word:
        out.pop()  # `The wife of a man who died in a crash on the M6 has said`: the wife, past the clause on the man
    out = out[_past_opening_participle(out):]
    aside = c + 1 < len(tokens) and tokens[c + 1].text == ","  # `Clinton, a top aide said, "is …"`
    described = out and (out[0].lower in ("the", "a", "an") or _described(out))
    if described and i > start and tokens[i].text == "," and not aside:
        named = name_run(tokens, start, i)  # `Sam Lau, the director for X said`
        if named is not None and (len(named.tokens) == 1 and _opening_adverb(named.tokens[0].lower)
                                  or named.tokens[0].lower in PREPOSITIONS):
            named = None  # `Afterwards, the tech executive said`, `Publicly, the boss said`: an adverb, no name;
            # `On Ukraine, the chancellor told`: a topic
        if named is not None and len(named.tokens) == 1 \
                and (participle_alone(named.tokens[0].text) or named.tokens[0].lower in MOODS
                     or _opening_ing(named.tokens[0].text)):
            named = None  # `Heartbroken, the family said`: how the family felt, no name; `Sentencing, the judge
            # said`: what the judge was doing
        if named is not None and len(named.tokens) > 1 and named.tokens[0].lower.endswith("ing") \
                and named.tokens[0].text[1:].islower() and not given_name(named.tokens[0].text):
            return mention_of(named.tokens[1:]) if named.tokens[0].lower in _CITING else None  # `Quoting Jane Smith,
            # the paper said …`: her words it quotes; `Praising Tom Brown, the mayor said`: the mayor's
        if named is None and _role_of_something(out) and i - 1 > start \
                and tokens[i - 1].is_capitalised and tokens[i - 2].is_capitalised:
            named = name_before(tokens, i, start)  # `but Christoph Caselitz, president of the … division says`
        if named:
            return named
    if len(out) == 1 and out[0].lower in BUSINESSES_NAMED_SO and out[0].is_capitalised \
            and c + 1 < len(tokens) and tokens[c + 1].lower in _ITS:
        return Mention(out[0].start, out[0].end, (out[0],))  # `Next said it had …`, `Three said its network …`: a
        # business, an it (not `Three said they`)
    return mention_of(out)


_ITS = {"it", "its"}
_CITING = {"quoting", "citing"}  # a participle opening a sentence on whom the subject quotes


def _opening_ing(word: str) -> bool:
    """`Sentencing`, `Prosecuting`, `Summing`: a present participle of seven letters or more, no given name."""
    return len(word) >= 7 and word.endswith("ing") and word[1:].islower() and not given_name(word)


def participle_alone(word: str) -> bool:
    """`Heartbroken`, `Devastated`, `Unbowed`: a past participle of six letters or more, no given name; before a
    comma opening a sentence, how the subject after it felt."""
    low = word.lower()
    return len(low) >= 6 and (low.endswith("ed") or low.endswith(_PAST_IN_EN)) and not given_name(word)


_PAST_IN_EN = ("broken", "shaken", "stricken", "beaten", "driven", "forgotten", "hidden", "smitten")


def _opening_adverb(low: str) -> bool:
    """`afterwards`, `elsewhere`, `publicly`: an adverb that opens a sentence before its comma."""
    return low in ADVERBS or low in _ADVERBS_WITH_COMMA or low in _OPENING_ADVERBIALS or ly_adverb(low)


def _acting_participle(out: list[Token]) -> bool:
    """`police investigating`: a phrase that ends on an -ing participle after a word for people,
    whose object comes next."""
    return len(out) >= 2 and out[-1].lower.endswith("ing") and not out[-1].is_capitalised \
        and not cue_lemma(out[-1]) and (people_word(out[-2].bare) or _bodies(out[-2]))


def _bodies(tok: Token) -> bool:
    """`businesses`, `firms`, `charities`: bodies in the plural, who act as people do."""
    low = tok.bare.lower()
    return plural(low) and singular(low) in BODY_NOUNS


def _people_acting_on(tokens, i, start) -> int | None:
    """Where the phrase opens of people (`Police`, `The lawyers`) before the -ing participle at
    `i` whose object follows it (`investigating`, `representing`), or None."""
    if i - 1 < start or not _acting_participle(tokens[i - 1:i + 1]):
        return None
    opening = i - 2 if i - 2 >= start and tokens[i - 2].lower in ("the", "a", "an") else i - 1
    if opening - 2 >= start and tokens[opening - 1].lower in ("for", "of") and people_word(tokens[opening - 2].bare):
        opening -= 2  # `Lawyers for the businesses challenging the tariffs`: the lawyers
        opening -= opening - 1 >= start and tokens[opening - 1].lower in ("the", "a", "an")
    return opening


def _named_before_titled_aside(tokens, i, start) -> Mention | None:
    """The name before an aside set off by commas that ends on a work's title, whose closing comma
    is inside its marks: `Akhil Amar, professor at Yale and author of ''America's Unwritten
    Constitution,''`."""
    words = TITLE_WORD.findall(tokens[i].text)
    if not tokens[i].quote_ends_with(",") or not words or not title_case(words):
        return None
    opening = next((k for k in range(i - 1, max(start, i - _TITLED_ASIDE) - 1, -1) if tokens[k].text == ","), None)
    return name_before(tokens, opening, start) if opening is not None and opening > start else None


_TITLED_ASIDE = 16  # tokens of an aside that ends on a title: `, professor of constitutional law at Yale and author of`
TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")  # a word of a title: `Tulip`, `Unwritten`, `60`
_TITLE_MINOR = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "de"}


def title_case(words: list[str]) -> bool:
    """`Tulip Fever`, `One Hundred Years of Solitude`, `60 Minutes` (a number opens a title when a
    capital follows it; an ordinal does not: `a "21st Century Fagin"` is an epithet)."""
    opens = words[0][0].isupper() or words[0].isdigit() and any(w[0].isupper() for w in words[1:])
    return opens and all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_MINOR for w in words)


def _opener_back(tokens, top: int, floor: int, opens) -> int | None:
    """The first token from `top` back to `floor` that `opens(k)` says opens the clause the words after it make (a
    `who`, a `where`); None where a mark or a capitalised word comes first."""
    for k in range(top, floor - 1, -1):
        if opens(k):
            return k
        if not tokens[k].is_word or tokens[k].is_capitalised:
            return None
    return None


def _who_clause_before(tokens, i, start, reach: int = 0) -> int | None:
    """Where `who` stands when the lowercase words up to `i` (at most `reach` of them, if given) are its clause and
    a word for a person or a name comes before it: `A man who declined to be named`, `Another Muslim who …`."""
    k = _opener_back(tokens, i, max(start, i - (reach or _WHO_CLAUSE_WORDS)), lambda k: (
        tokens[k].lower == "who" or tokens[k].lower == "whose" and k + 2 <= i  # `A shopkeeper whose window was smashed`
        or tokens[k].lower == "that" and k > start and _that_of_someone(tokens, k)))  # `the firm that cleared them`
    if k is None:
        return None
    first = _first_of_joined_relatives(tokens, k, start)  # `… here and who didn't want to be named`
    return first if first > start and tokens[first - 1].is_word and not verbish(tokens[first - 1]) else None


_WHO_CLAUSE_WORDS = 6  # `who didn't want to be named`


def _first_of_joined_relatives(tokens, i, start) -> int:
    """The first of two relative clauses `and` joins (`who worshiped at the Islamic Center here and
    who didn't want to be named`): where its pronoun stands; `i` itself when no such pair."""
    if i - 1 <= start or tokens[i - 1].lower != "and":
        return i
    for k in range(i - 2, max(start, i - _JOINED_RELATIVE_REACH) - 1, -1):
        if not tokens[k].is_word:
            return i
        if tokens[k].lower == tokens[i].lower:
            return k
    return i


_JOINED_RELATIVE_REACH = 15  # words of the first relative clause before `and who`


def _date_before_name(out) -> int:
    """How many words of a date (with its preposition) open the phrase before a name: 3 in `In
    September 2019 Bill Maher`; 0 when none does (`50 Cent` is a name with a number)."""
    k = 0
    while k < len(out) - 1 and (out[k].lower in PREPOSITIONS or time_word(out[k].lower)
                                or out[k].text.isdigit() and k and out[k - 1].lower in _MONTHS):  # `March 3`
        k += 1
    dated = any(time_word(t.lower) for t in out[:k]) and out[k - 1].lower not in PREPOSITIONS if k else False
    return k if dated and out[k].is_capitalised else 0


def _name_after_a_thing(out) -> int:
    """Where a name starts that ends a phrase after a word for a thing (`the ones State`, `the way
    Trump`): a relative clause with no `that`, whose subject is the name; else 0. Not after a role,
    a word for people or a body, or a description (`party leader Smith`, `the veteran Smith`)."""
    k = len(out)
    while k > 0 and out[k - 1].is_capitalised:
        k -= 1
    if k < 1 or k == len(out):
        return 0
    word = out[k - 1]
    low = word.bare.lower()
    if not word.is_word or word.is_possessive or low in DETERMINERS or low in PREPOSITIONS or speaking_head(word) \
            or people_word(low) or low in EPITHET_HEADS or low in DESCRIPTORS or low in DEMONYMS or "-" in low:
        return 0
    return k if low in _THINGS or low in KNOWING and k >= 2 and out[k - 2].lower not in RELATIVES else 0  # (`The BBC
    # understands Tom Brown`: who knows what the name did; not `People who know Jones`)


_THINGS = {"ones", "one", "way", "ways", "things", "thing", "documents", "emails", "words", "claims", "comments",
           "remarks", "reason", "reasons", "kind", "sort", "policies", "issues", "story", "stories", "tale", "tales",
           "anecdote", "anecdotes", "joke", "jokes", "point", "points", "argument", "arguments", "question",
           "questions"}  # (`the famous story John F. Kennedy told about his father`)


def sent_by(toks) -> int | None:
    """Where `by` stands in `a statement issued by the club`, `a message sent to F-Secure by
    Google's security team`: a text, the participle of its sending, then who sent it; or `from` in
    `a statement from the club`."""
    h = text_head(toks)
    if h is None:
        return None
    if len(toks) >= h + 3 and toks[h + 1].lower == "from":
        return h + 1  # `a statement from the club`, `a joint statement from Tesco`
    if len(toks) >= h + 5 and _on_behalf_of(toks, h + 1):
        return h + 3  # `a statement on behalf of the family`
    if len(toks) < h + 4 or toks[h + 1].lower not in SENDING:
        return None
    if _on_behalf_of(toks, h + 2):
        return h + 4  # `a statement issued on behalf of the family`
    return next((i for i in range(h + 2, len(toks) - 1) if toks[i].lower == "by"), None)


def text_head(toks) -> int | None:
    """Where the text stands in `a statement`, `a joint statement`, `an open letter`: after an article
    and at most one lowercase word."""
    if not toks or toks[0].lower not in ("a", "an", "the"):
        return None
    return next((h for h in (1, 2) if h < len(toks) and toks[h].bare.lower() in SENT_TEXTS
                 and all(t.is_word and not t.is_capitalised for t in toks[1:h])), None)


def _on_behalf_of(toks, i) -> bool:
    """`on behalf of` at `i`, before someone the text describes (`the family`), not a name: a statement on behalf
    of Robert Zoellick is his words."""
    return len(toks) > i + 3 and [t.lower for t in toks[i:i + 3]] == ["on", "behalf", "of"] \
        and not toks[i + 3].is_capitalised


def _thing_and_name(out) -> int:
    """Where `and` stands in a phrase that joins a thing with a place after it to a name (`a tie
    at Old Trafford and Ancelotti`): two clauses, not two speakers; else 0."""
    k = next((k for k, t in enumerate(out) if t.lower == "and"), 0)
    if not k or k + 1 == len(out) or not all(t.is_capitalised for t in out[k + 1:]):
        return 0
    for j in range(1, k):
        head = out[j - 1]
        if out[j].lower in _NP_PREPOSITIONS and head.is_word and not head.is_capitalised \
                and not speaking_head(head) and not people_word(head.lower) and head.lower not in DETERMINERS \
                and not (head.lower in SENT_TEXTS and out[j].lower == "from"):  # but `A joint statement from Tesco
            return k  # and Asda said`: both sent it
    return 0


def _verb_word(tokens, j) -> bool:
    """A word of a verb phrase: a verb, an adverb, or whatever follows an auxiliary (`have run`)."""
    return verbish(tokens[j]) or is_finite_verb(tokens, j) or is_adverb(tokens[j]) or tokens[j - 1].lower in AUXILIARIES


def _relative_with_object(tokens, i, start) -> int | None:
    """Where `who` or `which` stands when the words up to `i` are the verb of a relative clause
    that the phrase after `i` is the object of: `Residents who have seen` (the plans say …)."""
    j = i
    while j > start and i - j < 3 and tokens[j].is_word and not tokens[j].is_capitalised \
            and tokens[j].lower not in RELATIVES \
            and (_verb_word(tokens, j) or tokens[j - 1].lower in _RELATIVE_OPENERS):
        j -= 1  # (the word right after the pronoun, a verb no list holds: `the company that owns`)
    if j == i or tokens[j].lower not in _RELATIVE_OPENERS or j - 1 < start:
        return None
    before = tokens[j - 1]
    if tokens[j].lower == "that" and not _that_of_someone(tokens, j):
        return None
    return j if before.is_word and not verbish(before) else None


def _clause_after_pronoun(tokens, i, start, out) -> bool:
    """Whether the phrase `out` after the relative pronoun at `i` is its clause's verb and object, a verb no list
    holds (`a firm that makes cars`, `A firm which runs hotels`), not a subject (`a bill which critics claim`, `to which
    21 percent said`)."""
    return len(out) >= 2 and i > start and out[0].text.isalpha() and not out[0].is_capitalised \
        and out[0].lower not in DETERMINERS and not people_word(out[0].bare) \
        and tokens[i - 1].lower not in PREPOSITIONS \
        and (tokens[i].lower in ("who", "which") or tokens[i].lower == "that" and _that_of_someone(tokens, i))


def _that_of_someone(tokens, j) -> bool:
    """`that` at `j` opens a relative clause on a word for people or a body before it: `The boss of the firm that
    cleared them has said` (the boss), not `so that`, `now that`, `the fact that`."""
    before = tokens[j - 1].bare.lower()
    if before in _THAT_OPENERS or before in _THINGS_TOO or not tokens[j - 1].is_word:
        return False
    return people_word(before) or before in BODY_NOUNS or before in _WHERE_PLACES or (
        j + 1 < len(tokens) and tokens[j + 1].lower in FINITE_AUXILIARIES and not verbish(tokens[j - 1])
        and not tokens[j - 1].is_capitalised)  # `a theatre that was forced to cancel a show after a bomb threat says`


_THINGS_TOO = {"network", "channel", "body", "label", "brand", "utility", "carrier"}  # (`the areas of the regulator's
# network that were hacked suggested`: a computer network; not a body that speaks)
_RELATIVE_OPENERS = ("who", "which", "that")
_THAT_OPENERS = {"so", "now", "such", "given", "except", "provided", "providing", "in", "order"}


_OF_THEM = {"one", "some", "many", "most", "several", "both", "two", "another", "each", "none", "all"}


def _relative_past_preposition(tokens, i, start) -> int | None:
    """Where `who` or `whose` stands when the words up to the preposition at `i` are a relative clause
    the phrase after `i` ends: `A man who lives near` (the site said), `A man whose car was crushed by`
    (the tree told); the pronoun after a word for someone."""
    if tokens[i].lower not in PREPOSITIONS or tokens[i].lower in ("of", "for"):
        return None
    j = _opener_back(tokens, i - 1, max(start, i - _RELATIVE_PAST_WORDS), lambda j: (
        tokens[j].lower in ("who", "whose") or tokens[j].lower == "that" and j > start and _that_of_someone(tokens, j)))
    if j is None:
        return None
    before = tokens[j - 1] if j - 1 >= start else None  # a clause's verb stands between (`who lives near`, whatever
    # its form), after a name or a noun (`a theatre that was forced to cancel a show after`)
    return j if j + 1 < i and before is not None and (
        before.is_capitalised or before.is_word and not verbish(before)) else None


_RELATIVE_PAST_WORDS = 9  # `who has lived for years in`, `whose car was crushed by`


def _where_clause_before(tokens, i, start) -> int | None:
    """Where `where` stands when the lowercase words up to `i` are its clause, with a verb, after a word for a place
    or a body: `a school where a teacher was suspended` (have said)."""
    k = _opener_back(tokens, i, max(start, i - _RELATIVE_PAST_WORDS), lambda k: tokens[k].lower == "where")
    before = tokens[k - 1] if k is not None and k > start else None
    return k if before is not None and before.is_word and not before.is_capitalised \
        and (before.bare.lower() in _WHERE_PLACES or before.bare.lower() in BODY_NOUNS) else None


def _preposition_which_before(tokens, i, start, out) -> int | None:
    """Where the preposition stands when `in which` (`during which`, `at which`) and the lowercase words up to `i`
    (and the phrase `out` after them) are a clause with a verb, after a word that is no name: `a crash in which three
    people died` (has described)."""
    k = _opener_back(tokens, i, max(start, i - _RELATIVE_PAST_WORDS), lambda k: tokens[k].lower == "which")
    if k is None or k - 2 < start or tokens[k - 1].lower not in ("in", "during", "at", "on"):
        return None
    clause = [*tokens[k + 1:i + 1], *out]
    before = tokens[k - 2]
    return k - 1 if len(clause) >= 2 and before.is_word and not before.is_capitalised and not verbish(before) \
        and any(verbish(t) or t.lower.endswith("ed") or t.lower in FINITE_AUXILIARIES for t in clause[1:]) else None


_WHERE_PLACES = PLACE_NOUNS | {"school", "hospital", "street", "prison", "home", "house", "estate", "site", "factory",
                               "farm", "ward", "road", "park", "beach", "stadium", "church", "mosque", "station",
                               "college", "university", "nursery", "centre", "center", "block", "building", "camp",
                               "festival", "event", "concert", "show", "match", "zoo", "pool", "gym", "market", "mall",
                               "flat", "flats", "tower", "bridge", "jail", "court", "office", "shelter"}


def _relative_before_while(tokens, i, start, out) -> int | None:
    """Where `who` stands when a relative clause ends on `while`, `when`, `after` or `before` and a participle phrase
    (`out`) follows: `Two women who were wrongly convicted of theft while` (working for the Post Office have said)."""
    if tokens[i].lower not in ("while", "when", "after", "before") or not out[0].lower.endswith("ing"):
        return None
    j = _opener_back(tokens, i - 1, max(start, i - _RELATIVE_PAST_WORDS), lambda j: tokens[j].lower == "who")
    return j if j is not None and j > start and (tokens[j - 1].is_capitalised or people_word(tokens[j - 1].bare)) \
        else None


def _relative_before_aside(tokens, comma, start) -> int:
    """The `who` an aside set off by commas follows (`X, who, on a press call Friday, criticized`),
    else the comma itself."""
    for k in range(comma - 1, max(start, comma - ASIDE_REACH) - 1, -1):
        if tokens[k].text == ",":
            return k - 1 if k - 1 >= start and tokens[k - 1].text in ("who", "which") else comma  # (not `The new
            # Doctor Who, Ncuti Gatwa, said`: a title's word)
        if not tokens[k].is_word or is_finite_verb(tokens, k):
            return comma
    return comma


ASIDE_REACH = 12  # tokens of an aside set off by commas: `, on a press call Friday,`, `, obtained by AP,`,
# `, after trading insults with Mr. Hannity over Mr. Trump,`


def _unclosed_affiliation(tokens, c, start) -> Mention | None:
    """`Dr Erel Avineri, of the Centre for Transport and Society … in Bristol said: "…"`: a name, a
    comma and an affiliation (`of`, `from`, `at` …) the writer did not close, right before a cue
    that opens the quotation: the name."""
    opens = c + 1 < len(tokens) and (tokens[c + 1].text == ":" or tokens[c + 1].is_quote)
    comma = next((k for k in range(c - 2, max(start, c - _AFFILIATION_WORDS) - 1, -1)
                  if not tokens[k].is_word), None) if opens else None
    if comma is None or tokens[comma].text != "," or not tokens[c - 1].is_capitalised \
            or _previous_comma(tokens, comma, start) is not None:
        return None
    if tokens[comma + 1].lower in ("of", "from", "at"):
        return name_before(tokens, comma, start)
    named = name_before(tokens, comma, start) if _a_bodys_name(tokens[comma + 1:c]) else None
    return named if named is not None and named.start == tokens[start].start and len(named.tokens) >= 2 \
        and (given_name(named.tokens[0].text) or _no_bodys_words(named.tokens)) else None  # `Colin Asplin,
    # Blackpool Hotel Association said:`, whatever his given name


def _no_bodys_words(toks) -> bool:
    """Words that may be a person's name: none is a body's word, a place, a nation or an acronym."""
    return all(t.text[1:].islower() and t.bare.lower() not in ORG_WORDS and t.bare.lower() not in PLACES
               and t.bare.lower() not in DEMONYMS for t in toks)


def _a_bodys_name(toks) -> bool:
    """Two or more capitalised words ending on a word for a body: `Blackpool Hotel Association`."""
    return len(toks) >= 2 and all(t.is_capitalised for t in toks) and toks[-1].bare.lower() in ORG_WORDS


_AFFILIATION_WORDS = 20  # `, of the Centre for Transport and Society at the University of the West of England in …`


def _stray_comma(tokens, i, start, c) -> bool:
    """A lone comma right before a cue that opens a quotation (`MP, said: "…"`), after a name, with
    no comma before it in the sentence."""
    opens = c + 1 < len(tokens) and (tokens[c + 1].text == ":" or tokens[c + 1].is_quote)
    return (opens and i == c - 1 and i - 2 >= start and tokens[i].text == "," and tokens[i - 1].is_capitalised
            and tokens[i - 1].bare.lower() not in NOT_NAMES and _previous_comma(tokens, i, start) is None
            and not any(t.lower in RELATIVES for t in tokens[start:i]))


def name_run(tokens, start: int, end: int) -> Mention | None:
    """The words from `start` to `end` when they are a short run of capitalised words that can
    name someone: `Sam Lau` before `, the director for X said`."""
    name = tokens[start:end]
    if not name or len(name) > _NAME_RUN or not all(t.is_capitalised for t in name):
        return None
    return mention_of(name) if starts_name(tokens, start, end - 1) else None


_NAME_RUN = 5


def _named_before(tokens, described: Mention, start) -> Mention | None:
    """`Scott Reed, the Chamber's strategist, who added`: the name a description stands beside;
    `says to Santilli on camera, who responds`: the name before a short phrase of place or means."""
    first = index_of(tokens, described.tokens[0], start, len(tokens))
    if (first is not None and len(described.tokens) == 1 and not described.tokens[0].is_capitalised
            and first - 2 >= start and tokens[first - 1].lower in _PLACE_OR_MEANS and tokens[first - 2].is_capitalised):
        return name_before(tokens, first - 1, start)
    if described.tokens[0].lower not in ("the", "a", "an") and not described.tokens[0].text.isdigit() \
            and not _bare_role(described.tokens):
        return None  # but `says King, 30, who describes`: the age beside the name; `Kathleen Brooks, research
        # director at XTB, who called`: a role with no article
    if first is not None and first - 3 >= start and tokens[first - 1].lower in _APPOSITIVE_ADVERBS:
        first -= 1  # `McConnell, now the Senate majority leader, who`
    if first is None or first - 2 < start or tokens[first - 1].text != ",":
        return None
    return name_before(tokens, first - 1, start)


def _bare_role(toks) -> bool:
    """`research director at XTB`, `analyst at Hargreaves Lansdown`: a role in lowercase, in the first two words,
    with no name right after it (not `including actor George C Scott`)."""
    role = next((k for k in range(min(2, len(toks))) if toks[k].lower in ROLE_WORDS), None)
    return role is not None and not toks[0].is_capitalised and toks[0].is_word \
        and (role + 1 == len(toks) or not toks[role + 1].is_capitalised)


_APPOSITIVE_ADVERBS = {"now", "then", "currently", "formerly", "once", "still", "also", "later"}
_PLACE_OR_MEANS = {"on", "in", "at", "by", "via", "over"}


def _holder_before_place(tokens, place: Mention, start, relative) -> Mention | None:
    """`a campaign worker in Philadelphia who said`, `critics in the US, who called it`: the people
    before a place a `who` follows, not the place."""
    first = index_of(tokens, place.tokens[0], start, len(tokens))
    if relative.lower != "who" or first is None or first - 2 < start or tokens[first - 1].lower not in _PLACE_WORDS \
            or not place.tokens[-1].is_capitalised:
        return None
    holder = np_backward(tokens, first - 1, start, relative_at=True)
    head = holder.tokens[-1].lower if holder is not None else ""
    return holder if head in PEOPLE or plural_of_person(head) else None  # not `this tweet from Rikkie Wells who`


_PLACE_WORDS = {"in", "from", "at"}


_WHOSE_THING_PREPOSITIONS = {"of", "from", "by", "to", "with"}


def _whose_thing(antecedent: Mention, relative: Token) -> Mention | None:
    """`That was the view of Peter Brown, who added`, `criticism from campaigners, who described`, `The bill now goes
    to President Trump, who said`: for `who`, the name after the phrase's last `of` (or people after `from`, `by`,
    `to`, `with`) when what comes before it is a thing, not a person (`the view`, `the idea`, `goes`; not `the mother
    of John Jones`, `the ambassador to France`)."""
    toks = antecedent.tokens
    of = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].lower in _WHOSE_THING_PREPOSITIONS), None)
    if relative.lower != "who" or of is None or of == 0 or of + 1 >= len(toks) \
            or not (all(t.is_capitalised for t in toks[of + 1:]) or toks[of].lower != "of" and toks[-1].is_word
                    and _personal(toks[-1].bare.lower())):
        return None
    head = toks[of - 1]
    if head.is_capitalised or not head.is_word or _personal(head.bare.lower()):
        return None
    return mention_of(list(toks[of + 1:]))


def _personal(word: str) -> bool:
    """A word for people or a role: `mother`, `head`, `spokesman`, `friends`, `family`."""
    return people_word(word) or singular(word) in _PERSONAL_HEADS


_PERSONAL_HEADS = frozenset(EPITHET_HEADS | VOICES_FOR | DESCRIPTORS | COLLECTIVES | FAMILY)


def _main_subject_after(tokens, antecedent: Mention, start, c) -> Mention | None:
    """`For someone who conceded … that she's "not a natural politician," Hillary Clinton had a good
    night`: the someone an opening phrase speaks of is the name that opens the main clause after it;
    with no name there, just `someone`."""
    words = [t.lower for t in antecedent.tokens]
    if len(words) < 2 or words[0] != "for" or words[1] not in _SOMEONE or tokens[start] is not antecedent.tokens[0]:
        return None
    someone = mention_of(list(antecedent.tokens[1:]))  # else `someone`, not `For someone`
    comma = next((k for k in range(c + 1, len(tokens)) if tokens[k].text == "," or tokens[k].quote_ends_with(",")
                  or tokens[k].text in SENTENCE_END), None)
    if comma is None or tokens[comma].text in SENTENCE_END:
        return someone
    end = comma + 1
    while end < len(tokens) and tokens[end].is_capitalised:
        end += 1
    if end == comma + 1 or end >= len(tokens) or not tokens[end].is_word or tokens[end].is_capitalised:
        return someone
    return name_run(tokens, comma + 1, end) or someone


_SOMEONE = {"someone", "somebody", "a", "an", "one"}  # `For a man who`, `For one who`


def _subject_end(tokens, c, start, phrases=True) -> int:
    """The index of the subject's last word before the cue at `c`: past auxiliaries, adverbs,
    reflexives (`Cruz himself said`), a time phrase, and, with `phrases`, a short phrase (`in a
    statement`) or one after a relative (`who in 2010 said`)."""
    aspect = c - 1 >= start and tokens[c].lower.endswith("ing") and tokens[c - 1].lower in _ASPECT_BEFORE_ING
    i = _past_auxiliaries(tokens, c - 2 if aspect else c - 1, c, start)  # `Perez keeps talking about`
    timed = _past_time_phrase(tokens, i, start)
    if timed < i:
        i = _past_auxiliaries(tokens, timed, c, start)  # `Tony Blair had in 1997 complained`
    if phrases:
        i = _past_short_phrase(tokens, i, start)
    i = _past_participle(tokens, i, start)
    while i >= start and is_adverb(tokens[i]) and not _the_ordinal(tokens, i, start):  # `Smith later on Thursday said`
        i -= 1
    return _past_adverbial(tokens, i, start) if phrases else i


_ASPECT_BEFORE_ING = {"keep", "keeps", "kept", "continue", "continues", "continued", "start", "starts", "started",
                      "begin", "begins", "began", "stop", "stops", "stopped"}  # a verb of aspect before the -ing cue


def _past_auxiliaries(tokens, i, c, start) -> int:
    """The index before the auxiliaries, adverbs and reflexives that end at `i`, before the cue at
    `c`, and a connective set off by commas among them (`He did, however, admit`)."""
    if i - 3 >= start and tokens[i].text == "," and tokens[i - 1].lower in _PARENTHETICAL \
            and tokens[i - 2].text == "," and tokens[i - 3].lower in AUXILIARIES:
        i -= 3  # not `Jacqueline Simon, policy director of …, though, testified`: the aside's commas are read later
    while i >= start and not _the_ordinal(tokens, i, start) and (
            tokens[i].lower in AUXILIARIES and not (tokens[i].is_capitalised and i > start)
            and not (tokens[i].is_capitalised and tokens[i].lower in _ALSO_SURNAMES and i == c - 1)
            or is_adverb(tokens[i]) or tokens[i].lower in _REFLEXIVES or _since_after_have(tokens, i, start)):
        i -= 1  # but not `…, Will described`: George Will; not `May said:`: Brian May; not `the first said`
    return i


def _the_ordinal(tokens, i, start) -> bool:
    """`first` in `the first said`: an ordinal after `the`, the subject itself (one of people named before), not an
    adverb between a subject and its verb (`Smith first said`)."""
    return tokens[i].lower in ("first", "last") and i > start and tokens[i - 1].lower == "the"


def _since_after_have(tokens, i, start) -> bool:
    """`has since said`: `since` an adverb between a perfect's auxiliary and its participle."""
    return tokens[i].lower == "since" and i > start and tokens[i - 1].lower in ("has", "have", "had")


def _whose_clause(tokens, comma, start) -> int | None:
    """The comma that opens `, whose films include A, B and C,` when `comma` closes it: a relative
    clause with commas of its own (one without is an appositive like any other); not `, whose chief executive,
    Sally Light,` before the cue, the clause's own verb."""
    inner = 0
    for k in range(comma - 2, max(start, comma - _RELATIVE_REACH) - 1, -1):
        if tokens[k].text == "," and tokens[k + 1].lower in ("whose", "which"):
            return k if inner and not _whose_person_named(tokens, k + 2, comma) \
                and not _named_after_which(tokens, k + 1, comma) else None
        if tokens[k].text == ",":
            inner += 1
        if tokens[k].text in SENTENCE_END:
            break
    return None


_RELATIVE_REACH = 30


def _named_after_which(tokens, which: int, comma: int) -> bool:
    """`A spokeswoman for Eli Lilly, which makes the drug, Kelly Brown, said`: a full name set off after the `which`
    clause, up to the `comma` before the cue, whose it is."""
    inner = next((j for j in range(comma - 1, which, -1) if tokens[j].text == ","), None)
    return tokens[which].lower == "which" and inner is not None and comma - inner - 1 >= 2 \
        and given_name(tokens[inner + 1].bare) and all(t.is_capitalised and t.is_word for t in tokens[inner + 1:comma])


def _whose_person_named(tokens, start: int, comma: int) -> bool:
    """`chief executive, Sally Light` (from `start`, past `whose`, to the `comma` before a cue): a person the
    clause names, its subject, whose verb the cue is."""
    inner = next((j for j in range(start, comma) if tokens[j].text == ","), None)
    return inner is not None and inner > start and people_word(tokens[inner - 1].lower) and all(
        tokens[j].is_capitalised for j in range(inner + 1, comma))


def _named_at_comma(tokens, comma, start) -> Mention | None:
    """A name that the comma before the cue closes: `a woman in Worcester, Massachusetts, told`,
    `Clinton, during a town hall, said`, `Hunter's chief of staff, Joe Kasper, told`."""
    return (_placed_person(tokens, comma, start, comma - 1) or _two_aged(tokens, start, comma)
            or _and_kin_named(tokens, start, comma)
            or _name_then_comma(tokens, start, comma) or _named_between_commas(tokens, comma, start)
            or _described_opening(tokens, start, comma))


def _two_aged(tokens, start, comma) -> Mention | None:
    """`Jane Smith, 45, and Tom Brown, 47, said`, `Bob Smith, 45, and his wife Ann, 43, said`: two names, each
    with an age, joined by `and`, the second maybe a relation's, as written but for the ages (`Jane Smith and Tom
    Brown`, `Bob Smith and his wife Ann`)."""
    first = _aged_name(tokens, start, comma)
    if first is None or first[1] >= comma or tokens[first[1]].lower != "and":
        return None
    k = first[1] + 1
    kin = k + 2 < comma and tokens[k].lower in ("his", "her", "their") and tokens[k + 1].bare.lower() in RELATIONS
    second = _aged_name(tokens, k + 2 if kin else k, comma + 1, fewest=1 if kin else 2)
    if second is None or second[1] != comma + 1:
        return None
    names = (*first[0], *tokens[first[1]:k + 2 if kin else k], *second[0])
    return Mention(names[0].start, names[-1].end, names)


def _and_kin_named(tokens, start, comma) -> Mention | None:
    """`Tom Smith and his wife, Ann, said`: a name, `and`, a his, her or their with a word for kin, and a name set
    off by commas; both, as written but for the commas (`Tom Smith and his wife Ann`)."""
    named, j = _name_from(tokens, start, comma)
    if named is None or j + 5 > comma or tokens[j].lower != "and" \
            or tokens[j + 1].lower not in ("his", "her", "their") or tokens[j + 2].bare.lower() not in RELATIONS \
            or tokens[j + 3].text != "," or not all(t.is_capitalised and t.is_word for t in tokens[j + 4:comma]) \
            or comma - (j + 4) > NAME_WORDS:
        return None
    words = (*tokens[start:j + 3], *tokens[j + 4:comma])
    return Mention(words[0].start, words[-1].end, words)


def _aged_name(tokens, k: int, end: int, fewest: int = 2) -> tuple[tuple[Token, ...], int] | None:
    """The capitalised words of a name (`fewest` or more) from `k` and where what follows its `, 45,` ends, before
    `end`."""
    j = k
    while j < end and tokens[j].is_capitalised and tokens[j].is_word and not tokens[j].is_possessive:
        j += 1
    if not fewest <= j - k <= NAME_WORDS or j + 2 >= end or tokens[j].text != "," or not tokens[j + 1].text.isdigit() \
            or tokens[j + 2].text != ",":
        return None
    return tuple(tokens[k:j]), j + 3


def _described_opening(tokens, start: int, comma: int) -> Mention | None:
    """`Local resident Margaret Hall, 78, who …, said`: a description opening the sentence, its first word
    capitalised as the sentence's, and a full name, closed by the comma."""
    segment = tokens[start:comma]
    if len(segment) < 4 or not segment[0].is_capitalised or segment[1].is_capitalised or given_name(segment[0].bare):
        return None
    named = _described_name(segment[1:])
    return Mention(segment[0].start, named.end, named.tokens) if named is not None else None


_INFERRING = {"suggests", "suggested", "means", "meant", "indicates", "indicated", "implies", "implied", "shows",
              "showed"}


def _titled_work_before(tokens, i, start, out) -> bool:
    """A work's title in marks between an article and a lowercase noun (`The "Barbie" star`): a word of the phrase."""
    tok = tokens[i]
    return tok.is_quote and bool(out) and not out[-1].is_capitalised and out[-1].is_word and i > start \
        and tokens[i - 1].lower in ("the", "a", "an") and _TITLE_IN_MARKS.fullmatch(tok.text) is not None


_TITLE_IN_MARKS = re.compile(r"[\"'“‘](?:[A-Z0-9][\w'’-]*(?: (?:[A-Z0-9][\w'’-]*|of|the|and|in|on|a))*)[\"'”’]")


def _phrase_back(tokens, i, start, c) -> tuple[list[Token], int]:
    """The noun phrase that ends at `i`, in order (up to 14 words), and where the scan stopped."""
    out: list[Token] = []
    opened = None  # (length, index) where an article opened the phrase: `at which point the crowd`
    while i >= start and len(out) < 14:
        tok = tokens[i]
        if out and tok.lower in _DEMONSTRATIVES:
            out.append(tok)  # `this source told`: the determiner opens the phrase
            break
        opens = i == start or tokens[i - 1].text in SENTENCE_END  # `…. It has called it "…"`, `"…," it has said`
        if not out and tok.lower == "it" and all(t.lower in _IT_THEN or opens and t.lower in ("has", "had")
                                                 for t in tokens[i + 1:c]):
            out.append(tok)  # `It added, "…"`, `It also said`: a body named before
            break
        if out and tok.lower in WEEKDAYS and out[-1].is_capitalised:
            break  # `In a statement on Wednesday Tony Smith said`
        if out and out[-1].is_capitalised and (out[-1].lower in HONORIFICS or given_name(out[-1].bare)) \
                and _owned_thing(tokens, i, start):
            break  # `In Mr Peston's book Mr Brown is alleged …`: the book is no word for Mr Brown
        group = _group_of_many(tokens, i, start) if out and tok.lower in ("and", ",") else None
        if group is None and out and tok.text == "," and any(t.lower == "and" for t in out) \
                and all(t.is_capitalised or t.lower in ("and", "the") for t in out):
            group = _names_listed(tokens, i, start)  # `Emmanuel Macron, Friedrich Merz and Keir Starmer said`
        if group is not None:  # `A group of 67 Latin American artists, writers, actors and scientists … called`
            out.extend(reversed(tokens[group:i + 1]))
            i = group - 1
            break
        kin = _kin_set_off(tokens, i - 1, start) if out and tok.lower == "and" and i > start \
            and tokens[i - 1].text == "," and out[-1].lower in ("his", "her", "their") else None
        if kin is not None:  # `Her husband, Mark, and their two daughters said`: both, as if no commas set him off
            out.extend(t for t in reversed(tokens[kin:i + 1]) if t.text != ",")
            i = kin - 1
            break
        named = _name_set_off_before(tokens, i - 1, start) if out and tok.lower == "and" and i > start \
            and tokens[i - 1].text == "," and (out[-1].lower in ("his", "her", "their") and _owned_people(out)
                                               or _named_in_full(out)) else None
        if named is not None:  # `Tom Brown, the club's owner, and his son Sam said`: both, past the appositive
            out.append(tok)
            out.extend(reversed(named.tokens))
            i = index_of(tokens, named.tokens[0], start, i) - 1
            break
        if not out and tok.lower in OBJECT_PRONOUNS and i - 2 >= start \
                and (tokens[i - 2].lower, tokens[i - 1].lower) in NEAR_SOMEONE:
            out.append(tok)  # `A source close to him`: whom the source is near
            i -= 1
            continue
        if out and tok.text == "," and (domains_listed(tokens, i, start, i + len(out) + 1)
                                        or a_campus(tokens, i, start, i + len(out) + 1)):
            out.append(tok)  # `The Department for Culture, Media and Sport said`, `the University of California,
            # Berkeley, said`: one body's name
            i -= 1
            continue
        if not _np_word(tokens, i) and not _joins_roles(tokens, i, start, out) \
                and not _titled_work_before(tokens, i, start, out):
            if not (out and tok.lower in _INSIDE_NP and _opens_clause(tokens, i - 1, start)):
                break  # `the senator from Vermont`, `Source familiar with the ad`: one phrase
        elif (opened is None and out and out[-1].lower in ("the", "a", "an") and not tok.is_capitalised
              and tok.lower not in _QUANTIFIERS and tok.lower != "and" and not _in_name(tokens, i)):  # not `World
            opened = (len(out), i)  # Summit for the …`, nor `The chancellor and the governor`, two joined
        out.append(tok)
        if tok.lower in SPEAKER_PRONOUNS and not (tok.is_capitalised and i > start and tokens[i - 1].lower == "the") \
                and not _chinese_he(tokens, i, start):
            break  # but `The She Hate Me director`: a title's word; `Vice-Premier Liu He`: a name's
        i -= 1
        if tok.lower in _OPENS_A_NAME and i >= start and tokens[i].is_capitalised \
                and not (tok.lower == "lady" and tokens[i].lower == "first") and tok.text != "MS":
            break  # `In a speech to the Foreign Policy Centre Mr Straw said`: Mr opens the name; but `First Lady Jill
            # Biden`, and `Jane Hutt MS said`: a member of the Senedd's letters, after the name
    if opened is not None and (not (out[-1].lower in PREPOSITIONS or out[-1].lower == "according")
                               or speaking_head(out[0])) \
            and not (len(out) > opened[0] + 1 and out[opened[0]].lower in _NEAR_WORDS and people_word(out[-1].bare)
                     and all(t.is_word and not t.is_capitalised for t in out[opened[0] + 1:-1])):
        # but `According to the report the trend` stays whole, to be refused; `In his New Year
        # message the Liberal Democrat leader` is the leader, `In a joint statement the firms` the firms
        out, i = out[:opened[0]], opened[1]
    out.reverse()
    return out, i


_NEAR_WORDS = {"near", "around", "beside", "opposite"}  # `Residents near the proposed site in Frenchay say`: the
# people, wherever the place after them is


_IT_THEN = {"also", "later", "further", "then", "again", "separately", "now", "still", "simply", "previously"}
_OPENS_A_NAME = PERSONAL_TITLES | {"sir", "dame", "lord", "lady"}


def head_before(toks, words) -> Token:
    """A phrase's head: the word before the first of `words` in it (`spokesman` of `a spokesman for the
    English National Ballet`, `unions` of `unions at the Italian carmaker`), else its last word."""
    return next((toks[k - 1] for k in range(1, len(toks)) if toks[k].lower in words), toks[-1])


def role_head(description: str) -> str:
    """`head_before` for a speaker's description as the resolver writes it, before `ROLE_FOLLOWERS`:
    `spokesperson` of `spokesperson for the force` and of `Acme spokesperson`."""
    words = description.split()
    return next((words[k - 1] for k in range(1, len(words)) if words[k] in ROLE_FOLLOWERS), words[-1] if words else "")


ROLE_FOLLOWERS = frozenset({"for", "of", "at", "to"})  # what follows a role's head: `a spokesman for …`


def speaking_head(tok) -> bool:
    """`leader`, `company`, `firms`, `ex-aide`: a head word for someone or some body who may speak."""
    word = tok.bare.lower().removeprefix("ex-")
    singular = word[:-1] if plural(word) else word
    return any(w in ROLE_WORDS or w in ORG_WORDS for w in (word, singular))


def _described(out) -> bool:
    """`PTC president and conservative activist`: a role, not a name (an appositive whose closing
    comma is missing: `Brent Bozell, PTC president and conservative activist said`); so is
    `president of the mobile networks division` (`Christoph Caselitz, president of … says`)."""
    return not out[-1].is_capitalised and out[-1].bare.lower() in ROLE_WORDS or _role_of_something(out)


def _role_of_something(out) -> bool:
    """`president of the mobile networks division`: a lowercase role and what it is the role of."""
    return len(out) > 2 and not out[0].is_capitalised and out[0].bare.lower() in ROLE_WORDS and out[1].lower == "of"


def _a_role(low: str) -> bool:
    return low in ROLE_WORDS or low in EPITHET_HEADS or low in RELATIONS or low in FAMILY  # `singer Gary Lightbody
    # and drummer Jonny Quinn`, `His wife Anne and son Fergus`, `His wife and children`


def _named_in_full(out) -> bool:
    """`Newstead Jennifer officer legal chief`: a phrase written backwards from its head, a full name opening on a
    given name, perhaps after a role in lowercase (`chief legal officer Jennifer Newstead`)."""
    k = next((k for k, t in enumerate(out) if not t.is_capitalised), len(out))
    return 2 <= k <= NAME_WORDS and given_name(out[k - 1].bare) and all(t.is_word for t in out[k:]) and (
        k == len(out) or out[k].bare.lower() in ROLE_WORDS or people_word(out[k].bare.lower()))


def _owned_people(out) -> bool:
    """`wife his`, `daughters two his`, `counterpart French his`, `Meghan wife his`: a phrase written backwards
    from its head, owned by the his, her or their that ends it: people, a word for them perhaps qualified, or kin
    then a name, or a person's word then a full name."""
    if len(out) == 2 or len(out) == 3 and not out[0].is_capitalised and not given_name(out[1].bare):
        return people_word(out[0].bare.lower())
    if len(out) == 4 and out[0].is_capitalised and out[1].is_capitalised:
        return out[2].bare.lower() in RELATIONS or people_word(out[2].bare.lower())  # `Lee Ann partner her`: one
        # named in full
    return len(out) == 3 and out[0].is_capitalised and out[1].bare.lower() in RELATIONS


def _name_set_off_before(tokens, i, start) -> Mention | None:
    """The name, opening its phrase on a given name, that an appositive set off by commas follows, when the comma at
    `i` closes the appositive: `Tom Brown` of `Tom Brown, the club's owner,`; else None."""
    comma = next((k for k in range(i - 1, max(start, i - _APPOSITIVE_REACH) - 1, -1) if tokens[k].text == ","), None)
    if comma is None or comma == i - 1 or any(not t.is_word for t in tokens[comma + 1:i] if not t.is_possessive):
        return None
    named = name_before(tokens, comma, start)
    first = comma - len(named.tokens) if named is not None else comma
    if named is None or first != start and tokens[first - 1].is_word or not given_name(named.tokens[0].bare):
        return None
    return named


_APPOSITIVE_REACH = 8  # words of an appositive between a name and `and`


def _kin_set_off(tokens, i, start) -> int | None:
    """Where `Her husband, Mark,` opens when the comma at `i` closes it: a his, her or their, a word for kin and a
    name of up to three capitalised words set off by commas; else None."""
    k = i - 1
    while k > start and k > i - 4 and tokens[k].is_capitalised and tokens[k].is_word:
        k -= 1
    if k == i - 1 or k - 2 < start or tokens[k].text != "," or tokens[k - 1].bare.lower() not in RELATIONS \
            or tokens[k - 2].lower not in ("his", "her", "their"):
        return None
    return k - 2


def _group_of_many(tokens, i, start) -> int | None:
    """Where the phrase opens whose list of plural nouns the `and` (or comma) at `i` joins, when a
    word for a group and `of` head it: `A group of 67 Latin American artists, writers, actors and
    scientists`; else None."""
    k = i - 1
    while k > start and k > i - _LIST_REACH and (tokens[k].is_word and tokens[k].lower not in _LIST_STOPS
                                                 or tokens[k].text == ","):
        if tokens[k].lower == "of" and tokens[k - 1].lower in COLLECTIVES:
            opener = k - 2 if k - 2 >= start and tokens[k - 2].lower in ("a", "an", "the") else k - 1
            return opener if plural(tokens[k + 1:i][-1].lower) else None
        if tokens[k].lower == "of" and plural(tokens[k - 1].lower) and people_word(tokens[k - 1].lower) \
                and all(t.is_capitalised or t.text == "," or t.lower == "the" for t in tokens[k + 1:i]):
            return _office_opening(tokens, k - 1, start)  # `the foreign ministers of France, Germany and the UK`:
            # people of the places listed
        k -= 1
    return None


def _names_listed(tokens, i, start) -> int | None:
    """`start` when the sentence opens on names of capitalised words, each set off by a comma, up to the
    comma at `i` (`Emmanuel Macron, Friedrich Merz and …`): the first of a list of names; else None."""
    if i - start > _LIST_REACH or i == start:
        return None
    for k in range(start, i):
        tok = tokens[k]
        if not (tok.text == "," and k > start and tokens[k - 1].text != "," or tok.is_word and tok.is_capitalised):
            return None
    return start


_LIST_REACH = 12  # words and commas a list of members takes after `a group of`
_LIST_STOPS = {"who", "which", "that", "and", "or"} | CUE_FORMS.keys()


def a_number(token: Token) -> bool:
    """`two`, `3`: a count of what follows."""
    return token.lower in NUMBER_WORDS or token.text.isdigit()


def _joins_roles(tokens, i, start, out) -> bool:
    """`and` between two roles of one description (`the independent Vermont senator and Democratic
    presidential candidate told`) or two measures (`the world 200m and 400m record holder`)."""
    if tokens[i].lower != "and" or not out or i - 1 < start:
        return False
    before = tokens[i - 1]
    if before.text[:1].isdigit() and out[-1].text[:1].isdigit():
        return True  # `the world 200m and 400m record holder told`
    if out[-1].lower in ("his", "her", "their") and before.is_word \
            and (before.is_capitalised or people_word(before.bare.lower()) and len(out) < 4) and _owned_people(out):
        return True  # `John Smith and his wife said`, `Police and their families said`, `Mark Brooks and his two
        # daughters said`, `Mr Lammy and his French counterpart`, `Prince Harry and his wife Meghan`: both
    if len(out) == 2 and out[-1].lower in RELATIONS and out[0].is_capitalised and given_name(out[0].bare) \
            and before.is_capitalised and before.is_word:
        return True  # `Tom Brown and son Sam said`: both, the kin written with no his
    if before.is_capitalised and before.is_word and _a_role(out[-1].lower) and out[0].is_capitalised:
        k = i - 1
        while k > start and tokens[k - 1].is_capitalised and tokens[k - 1].is_word:
            k -= 1
        role = tokens[k - 1] if k > start else None  # `chief executive William Harrison and chief operating
        return role is not None and not role.is_capitalised and _a_role(role.lower)  # officer James Dimon`
    if before.is_word and not before.is_capitalised and _a_role(before.bare.lower()):
        return True
    opener = i - 3 if i - 3 >= start and tokens[i - 2].is_capitalised else i - 2  # `the Commons science and
    return (out[0].lower in _ROLE_OR_ORG_WORDS and len(out) <= 3 and opener >= start  # technology committee`
            and tokens[opener].lower == "the" and _joins_two_nouns(tokens, i))  # `the work and pensions minister`


def _past_verb(tokens, i) -> bool:
    """`appeared` in `T-shirts quickly appeared`; not `the embattled senator`."""
    tok = tokens[i]
    if tok.is_capitalised or not tok.lower.endswith("ed") or len(tok.lower) < 5 or "-" in tok.lower or i == 0:
        return False
    before = tokens[i - 1]
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if before.is_word and after is not None and (after.lower in DETERMINERS or after.text.isdigit()
                                                 or after.lower in NUMBER_WORDS):
        return True  # `Another featured five vintage photos`: an object after it, so a verb
    if before.lower in ("that", "which") and after is not None and after.is_capitalised and i > 1 \
            and tokens[i - 2].is_word and not cue_lemma(tokens[i - 2]):
        return True  # `a campaign message that showed Islamic State fighters warning`: a relative's verb, not
        # `that` as a determiner (`said that embattled Florida senator`)
    return before.is_word and not (before.lower in DETERMINERS or before.is_possessive or before.lower.endswith("ly")
                                   or before.lower in PREPOSITIONS or before.lower in _DEGREE_WORDS)


_DEGREE_WORDS = {"further", "other", "more", "most", "less", "least", "very", "fellow"}  # `a further concerned …`


_QUANTIFIERS = {"all", "both", "half", "of"}
_COMPARATIVES = {"more", "less", "fewer"}
_NP_PREPOSITIONS = {"of", "for", "from", "at", "with", "in", "on", "to", "by", "around", "across", "throughout",
                    "inside", "within"}  # (`A source inside the BBC said`)
_INSIDE_NP = _NP_PREPOSITIONS | {"about"}  # `A report about the company said`; but `About four in 10 voters` opens one
_CLAUSE_BOUNDARIES = {",", ";", ":", "—", "–", "-", "--", "―", "(", "and", "but", "or", "that", "when", "while", "as",
                      "because", "if", "after", "before", "since", "where", "who", "which", "though",
                      "although", "whereas", "once", "until"}


def _opens_clause(tokens, j, start) -> bool:
    """Words from `j` back to a clause boundary are all noun-phrase words or the prepositions
    inside one (`At least half of voters in`), at most ten."""
    k = j
    while k >= start and j - k < 10 and tokens[k].is_word and tokens[k].lower not in SPEAKER_PRONOUNS and (
            _np_word(tokens, k) or tokens[k].lower in _INSIDE_NP and k < j
            or tokens[k].lower == "than" and k > start and tokens[k - 1].lower in _COMPARATIVES):
        k -= 1  # `More than half of the voters said`
    if k == j or tokens[k + 1].lower in _NP_PREPOSITIONS and not _at_least(tokens, k + 1):
        return False
    return k < start or tokens[k].is_quote or tokens[k].lower in _CLAUSE_BOUNDARIES or _verb_before_object(tokens, k) \
        or _inverted_at(tokens, k, start)


def _inverted_at(tokens, k, start) -> bool:
    """`said` in `"…," said one Democrat familiar with the discussion`: a cue after a quotation or a
    comma, its subject after it."""
    return k > start and invertible(tokens[k].lower) and (tokens[k - 1].is_quote or tokens[k - 1].text == ",")


def index_of(tokens, token, start, end) -> int | None:
    """Where `token` itself (not an equal one) stands in `tokens[start:end]`, or None."""
    return next((i for i in range(start, end) if tokens[i] is token), None)


def is_owner(tok) -> bool:
    """`his`, `her`, `their`, `its` or a possessive (`Trump's`)."""
    return tok.is_possessive or tok.lower in ("his", "her", "their", "its")


def possessor_at(tokens, c, start) -> int | None:
    """`her claim`, `Trump's controversial pledge`: the index of the possessive before the cue
    at `c` used as a noun, across up to two adjectives."""
    if tokens[c].lower.endswith(("ed", "ing")) or tokens[c].lower in IRREGULAR_PAST or tokens[c].lower == "read":
        return None  # `supporters who backed her wrote`: a verb, her its object; `Her letter read`: a past
    if tokens[c].lower in FINITE_AUXILIARIES and c - 1 >= start and tokens[c - 1].is_word \
            and not tokens[c - 1].is_capitalised and not tokens[c - 1].is_possessive:
        return None  # `His rival was less kind`, `Trump's medic was`: the owned noun is the subject, whatever its
        # ending
    for i in range(c - 1, max(start, c - 3) - 1, -1):
        tok = tokens[i]
        if is_owner(tok):
            return i
        modifier = tok.lower.endswith(_ADJECTIVE_ENDINGS) or tok.lower in _MODIFIERS
        if not (tok.is_word and not tok.is_capitalised and modifier) \
                or tok.lower in ROLE_WORDS or tok.lower in EPITHET_HEADS or tok.lower in RELATIONS:  # `His agent
            return None  # told`, `her lawyer said`, `His brother agrees` (no `-er` of a comparative); `The Telegraph's
            # critic was`: a person, the subject
    return None


_ADJECTIVE_ENDINGS = tuple(e for e in ADJECTIVE_ENDINGS if e != "ish") + ("est", "er")  # `most explosive`,
# `biggest`, `bigger`; not `-ish`
_MODIFIERS = {"most", "more", "very", "own", "first", "new", "main", "only"}  # `Podliska's most explosive claim`


def possessor_mention(tokens, p, start) -> Mention | None:
    """`her` -> `her`; `Donald Trump's` with the name's other words."""
    if not tokens[p].is_possessive:
        return mention_of([tokens[p]])
    i = p
    while i - 1 >= start and tokens[i - 1].is_capitalised and not tokens[i - 1].is_possessive \
            and tokens[i - 1].lower not in _LEADING_JUNK:  # not `But` in `But Podliska's claim`
        i -= 1
    if i == p and not tokens[p].is_capitalised and tokens[p].bare.lower() in ROLE_WORDS:
        i = _office_opening(tokens, p, start)  # `The first minister's statement`
    return mention_of(tokens[i:p + 1])


def _office_opening(tokens, p, start) -> int:
    """Where `the` opens the office whose role ends at `p` (`The first minister's`), across up to
    three words that are no possessive nor a verb; `p` if none does."""
    for i in range(p - 1, max(start, p - 4) - 1, -1):
        if tokens[i].lower == "the":
            return i
        if not tokens[i].is_word or tokens[i].is_possessive or tokens[i].lower in CUE_FORMS \
                or tokens[i].lower in FINITE_AUXILIARIES:
            break
    return p


def _np_word(tokens, i) -> bool:
    tok = tokens[i]
    if not tok.is_word or cue_lemma(tok) and not _reports_as_noun(tokens, i) and not _named_like_a_cue(tokens, i) \
            and not _determined(tokens, i) or _past_verb(tokens, i):
        return False
    if tok.lower in IRREGULAR_PAST and not (tok.is_capitalised and (i > 0 and (
            tokens[i - 1].is_capitalised or tokens[i - 1].lower == "the") or i + 1 < len(tokens)
            and tokens[i + 1].is_capitalised and tokens[i + 1].is_word)):
        return False  # `Robin Broke said` names Broke; `the Fed said` the Federal Reserve; `Met Office chief …`
    if tok.lower.endswith(("n't", "n’t")):
        return False  # `Clinton didn’t stop …`
    if tok.lower in APPROXIMATORS and i + 1 < len(tokens) and tokens[i + 1].text[:1].isdigit():
        return True  # `about 200 protesters`
    if _at_least(tokens, i):
        return True  # `At least half of voters`, `at most 20 people`
    if tok.is_capitalised and tok.lower not in SPEAKER_PRONOUNS:
        return True
    if _verb_before_object(tokens, i) or ly_adverb(tok.lower) and not _modifies_next(tokens, i):
        return False  # `treated as credibly by his listeners, who`: no noun; but `a newly formed super PAC`
    return tok.lower not in NP_BREAKERS or _in_name(tokens, i)


def _determined(tokens, i) -> bool:
    """`the talks`, `his thinking`, `Trump's claims`: a cue verb's form after an article or an owner
    is a noun, a phrase's head (`Officials familiar with the talks said`); not before a name, which
    opens a phrase of its own (`Responding to the claims Tory co-chairman Liam Fox said`)."""
    return i > 0 and _determiner(tokens[i - 1]) and not (i + 1 < len(tokens) and tokens[i + 1].is_capitalised)


def _determiner(tok) -> bool:
    """`the`, `a`, `his`, `Trump's`: an article or an owner, which a noun follows."""
    return tok.lower in ARTICLES_AND_POSSESSIVES or tok.is_possessive


def _at_least(tokens, i) -> bool:
    """`at` or `least` of `at least` (`at most`) before a number or `half`: part of a quantity."""
    k = i if tokens[i].lower == "at" else i - 1
    return k >= 0 and k + 2 < len(tokens) and tokens[k].lower == "at" and tokens[k + 1].text in ("least", "most") \
        and (tokens[k + 2].text[:1].isdigit() or tokens[k + 2].lower in NUMBER_WORDS)


def _named_like_a_cue(tokens, i) -> bool:
    """`And Yelling says`: a capitalised -ing word inside its sentence, right before a cue or after a name's `for`,
    is a name (Liz Yelling), not a participle."""
    tok = tokens[i]
    return (tok.is_capitalised and tok.lower.endswith("ing") and i > 0 and tokens[i - 1].is_word
            and i + 1 < len(tokens) and (cue_lemma(tokens[i + 1]) is not None or _in_name(tokens, i - 1)))
    # (`The Center for Countering Digital Hate said`: a body's name past `for`)


def _reports_as_noun(tokens, i) -> bool:
    """`reports say`, `media reports claim`, `according to reports`: the plural noun, before a
    cue or ending the words, not the verb."""
    return tokens[i].lower == "reports" and (i + 1 == len(tokens) or cue_lemma(tokens[i + 1]) is not None)


def _modifies_next(tokens, i) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and not nxt.is_capitalised and nxt.lower not in NP_BREAKERS


def _verb_before_object(tokens, i) -> bool:
    """`depicts` in `depicts one of the contractors asking`: a lowercase word in -s before an
    article or a possessive, which no noun phrase runs on into."""
    return tokens[i].lower[-1] == "s" and i + 1 < len(tokens) and tokens[i + 1].lower in _OBJECT_OPENERS


_OBJECT_OPENERS = ARTICLES_AND_POSSESSIVES | {"one"}


def _in_name(tokens, i) -> bool:
    """`of` inside `Department of Justice`, `upon` inside `Newcastle upon Tyne Hospitals`."""
    if tokens[i].lower not in ("of", "for", "and", "the", "upon") or not 0 < i < len(tokens) - 1:
        return False
    after = tokens[i + 1] if tokens[i + 1].lower != "the" or i + 2 >= len(tokens) else tokens[i + 2]
    return tokens[i - 1].is_capitalised and after.is_capitalised


_PARENTHETICAL = {"meanwhile", "however", "too", "though", "instead", "nevertheless", "moreover",
                  "furthermore", "also", "likewise", "separately", "meantime", "in", "turn"}


def _name_then_comma(tokens, start, comma) -> Mention | None:
    """`Clinton, during a town hall in Columbus, Ohio, said`: the name that opens the clause
    (not `But`, and not an opening adverb: `Ironically, the president …`)."""
    while start < comma and tokens[start].lower in _LEADING_JUNK:
        start += 1
    j = start
    while j < comma and tokens[j].is_capitalised and not tokens[j].is_possessive:
        j += 1
    if j == start or j >= comma or tokens[j].text != "," or j == comma:
        return None
    if j == start + 1 and ly_adverb(tokens[start].lower) or tokens[start].lower in PREPOSITIONS \
            or tokens[start].lower in _OPENING_ADVERBIALS:
        return None  # nor `In Cardiff, local councillor Jo Smith, who …, said`, `Outside Parliament, campaigner Esther
        # Rantzen, …, said`: an opening phrase
    name = tokens[start:j]
    if name[-1].lower in ROLE_WORDS:
        return None  # `VFI Chief Executive, Padraig Cribben, said`: the name comes next
    return mention_of(name) if starts_name(tokens, start, j - 1) else None


def _previous_comma(tokens, comma, start) -> int | None:
    """The comma opening the aside that the comma at `comma` closes, within reach: a quotation between only
    inside a relative clause (`The president, who had called him a "communist", added`)."""
    quoted = False
    for p in range(comma - 1, max(start - 1, comma - _COMMA_REACH - 1), -1):
        if tokens[p].text == ",":
            return None if quoted and tokens[p + 1].lower not in ("who", "which", "whose") else p
        if tokens[p].text in SENTENCE_END:
            return None
        quoted = quoted or tokens[p].is_quote and not is_nickname(tokens, p) and not _a_title_named(tokens, p)
    return None


def _two_titled_names(segment) -> bool:
    """`Dr Melissa Ryan and Dr Ross Nieuwoudt`: two names joined by `and`, each of four words at most."""
    joins = [k for k, t in enumerate(segment) if t.lower == "and"]
    return len(joins) == 1 and 0 < joins[0] <= 4 and len(segment) - joins[0] - 1 <= 4


def _a_title_named(tokens, p: int) -> bool:
    """A quotation after a word that names it a title: `The ad, titled "Unifier?", concludes`."""
    return p > 0 and tokens[p - 1].lower in NAMING_WORDS


NAMING_WORDS = {"titled", "entitled", "called", "named", "dubbed", "nicknamed", "headlined", "captioned"}  # `a
# film titled "…"`, `a plan dubbed "…"`: what gives a thing its name


_BRACKETED_WORDS = 12  # tokens an aside in brackets between a subject and its cue takes
_COMMA_REACH = 32  # tokens an appositive or a relative clause set off by commas may take: `Eulois Cleckley, who
# is now suspended by the mayor for making all county transit free from Nov. 13 through the end of the year …,`


def capitalised_past_particles(tokens, k: int, step: int = 1) -> bool:
    """Whether the first word from `k` on (or back, with `step` -1) that is no name's particle is
    capitalised: `der Veer` after `van`, `Jeroen van` before `der`."""
    while 0 <= k < len(tokens) and tokens[k].lower in NAME_PARTICLES:
        k += step
    return 0 <= k < len(tokens) and tokens[k].is_capitalised


_INSIDE_A_BODY = frozenset({"the", "of", "for", "and", "&"})  # lowercase words inside a body's name


_BORN_AS = {"real": "name", "born": True}  # `real name Stefani Germanotta`, `born Stefani Germanotta`


def _named_between_commas(tokens, comma, start) -> Mention | None:
    """`Hunter's chief of staff, Joe Kasper, told`: the name set off by the commas."""
    p = _previous_comma(tokens, comma, start)
    if p is None or p + 1 >= comma:
        return None
    segment = tokens[p + 1:comma]
    if len(segment) == 1 and party_and_state(segment[0].text):
        return None  # `Jeanne Shaheen, D-N.H., said`: her party and state
    if len(segment) > 3 and segment[0].lower == "the" and segment[1].bare.lower() in _STYLES:
        segment = segment[1:]  # `the Most Reverend Peter Smith`, `the Rt Rev Tom Wright`: a style, then the name
    elif len(segment) > 3 and segment[0].lower == "the" and segment[1].lower == "late":
        segment = segment[2:]  # `Cook's predecessor, the late Steve Jobs,`
    elif len(segment) >= 2 and an_age(segment[0].lower) and segment[1].is_capitalised and given_name(segment[1].bare):
        segment = segment[1:]  # `One student, 16-year-old Amelia,`: an age, then the name
    elif 3 <= len(segment) <= 5 and _BORN_AS.get(segment[0].lower) in (segment[1].lower, True) \
            and all(t.is_capitalised for t in segment[2:]):
        segment = segment[1 if segment[0].lower == "born" else 2:]  # `The singer, real name Stefani Germanotta,`
    elif len(segment) >= 2 and segment[0].lower == "the" and all(
            t.is_capitalised or t.lower == "of" and _a_body_of(segment[1:k]) for k, t in enumerate(segment[1:], 1)) \
            and not given_name(segment[1].bare) and not (len(segment) == 2 and _a_persons_word(segment[1])):
        segment = segment[1:]  # `The venue, the OVO Hydro,`: a body's name, with its article
    elif len(segment) >= 4 and segment[0].lower == "the" and segment[1].lower in PEERS \
            and segment[2].lower == "of" and all(t.is_capitalised for t in segment[3:]):
        return _with_role(tokens, p, start, mention_of(segment[1:]))  # `His wife, the Duchess of Sussex,`: a peer
    placed = next((k for k, t in enumerate(segment) if t.lower in ("of", "from") and k > 0), None)  # `Mary from Leeds`
    if (placed is not None and placed + 1 < len(segment) and segment[-1].is_capitalised
            and all(t.is_capitalised or t.lower in _INSIDE_A_BODY for t in segment[placed + 1:])
            and (any(given_name(t.bare) for t in segment[:placed])
                 or placed >= 2 and _no_bodys_words(segment[:placed])
                 and all(t.bare.lower() in PLACES for t in segment[placed + 1:]))):
        segment = segment[:placed]  # `Ambassador Stefan Johannesson of Iceland`, `Miporur Norar of Iceland`,
        # `Bernardo Flores of the Federal University of Santa Catarina`, not `Chief Executive of …`, `Royal Bank of
        # Scotland`
    role_comma = _domain_of_a_role(tokens, p, start)
    if role_comma is not None and not any(given_name(t.bare) for t in segment):
        # `Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said`:
        # the role's domain; the name before the role speaks
        return _named_between_commas(tokens, role_comma, start) or _name_opening(tokens, start, role_comma)
    titled = _titled_name_after_a_description(tokens, p, segment) or _described_name(segment) \
        or _stage_named(segment)
    if titled is not None:  # `The prosecution's star witness, former WorldCom financial chief Scott Sullivan,`;
        return titled  # `Reacting to the news, fan Gareth Evans, 45, …, said`
    inner = ((t.lower == "and" or t.lower in NAME_PARTICLES or t.lower == "of" and _a_body_of(segment[:k]))
             and 0 < k < len(segment) - 1 and capitalised_past_particles(segment, k + 1)
             for k, t in enumerate(segment))  # `Bill de Blasio`, `Jeroen van der Veer`, `Royal Bank of Scotland`
    capitalised = all(t.is_capitalised or t.text == "." or joins for t, joins in zip(segment, inner))
    if capitalised and _could_name_speaker(segment) and (len(segment) <= 5 or _two_titled_names(segment)):
        return _with_role(tokens, p, start, mention_of(segment))
    return None


def _a_body_of(toks) -> bool:
    """`Royal Bank` of `Royal Bank of Scotland`, `University` of `University of Leeds`: capitalised words
    ending on a word for a body, which `of` and a place or a field go on."""
    return bool(toks) and all(t.is_capitalised for t in toks) and toks[-1].bare.lower() in ORG_WORDS


def _a_persons_word(tok: Token) -> bool:
    """`Duchess`, `Spaniard`, `President`: a title or a people's word, capitalised, that names no one alone."""
    low = tok.bare.lower()
    return low in PEERS or low in HONORIFICS or low in ROLE_WORDS or low in DEMONYMS or low in EPITHET_HEADS


def _with_role(tokens, p, start, named: Mention | None) -> Mention | None:
    """The name set off after the comma at `p`, written with the role before the comma, if there is one."""
    role = _role_before(tokens, p, start)
    if named is None or role is None:
        return named
    principal = for_the_person(tokens[role:p]) or _for_the_body(tokens[role:p], named)
    if principal is not None:  # `A spokesman for the singer, Elton John, said`: his spokesman
        return Mention(tokens[role].start, named.end, tuple(tokens[role:role + principal]) + named.tokens)
    return Mention(tokens[role].start, named.end, named.tokens)  # as written, role and all


_ROLE_WORDS_MAX = 8


def _described_name(segment) -> Mention | None:
    """`fan Gareth Evans`, `local councillor Jo Smith`: up to three lowercase words describing a person and then
    their full name, as written; None for anything else."""
    lead = next((k for k, t in enumerate(segment) if t.is_capitalised), len(segment))
    if not 0 < lead <= 3 or len(segment) - lead < 2 or not given_name(segment[lead].bare) \
            or not all(t.is_word for t in segment) or not all(t.is_capitalised for t in segment[lead:]) \
            or any(verbish(t) and k + 1 == lead or t.lower in PREPOSITIONS_OR_DETERMINERS
                   for k, t in enumerate(segment[:lead])):
        return None  # (but `retired postman Keith Firth`: a participle before the noun describes it)
    named = mention_of(segment[lead:])
    return Mention(segment[0].start, named.end, named.tokens) if named is not None else None


def _stage_named(segment) -> Mention | None:
    """`rapper DMX`, `Austrian singer JJ`: a performer's trade and then one capitalised word, their stage name."""
    if len(segment) < 2 or len(segment) > 3 or segment[-2].lower not in STAGE_TRADES \
            or not segment[-1].is_capitalised or not all(t.is_word for t in segment):
        return None
    return Mention(segment[0].start, segment[-1].end, segment[-1:])


def _for_the_body(toks, named: Mention) -> int | None:
    """Where `the` stands in `A spokesperson for the charity` before a body's name set off (`, Oxfam,`), of no
    one's given name: whom the spokesperson speaks for (not `The spokesman for the club, John Smith,`)."""
    the = _the_after(toks, ("for",))
    if the is None or singular(toks[the - 2].bare.lower()) not in VOICES_FOR or given_name(named.tokens[0].bare) \
            or _many(toks[the + 1:]):
        return None
    return the if all(t.is_word and not t.is_capitalised for t in toks[the + 1:]) else None


def _many(described) -> bool:
    """`the victims` in `A lawyer for the victims, Bovun Tibin,`: many, for whom no one name set off after
    them stands, so the name is the lawyer's."""
    return bool(described) and plural(described[-1].bare.lower())


def _the_after(toks, prepositions) -> int | None:
    """Where `the` stands after one of the `prepositions`, past a role's first two words (`a spokesman for the`)."""
    return next((k for k in range(2, len(toks) - 1) if toks[k].lower == "the" and toks[k - 1].lower in prepositions),
                None)


def for_the_person(toks) -> int | None:
    """Where `the` stands in `a spokesman for the singer`, `Friends of the deputy prime minister`: one
    who speaks for or is close to a person an epithet or an office names, whose name an appositive
    after it gives (`, Elton John,`); None for any other phrase (`The spokesman for the club, John
    Smith,` is John Smith)."""
    the = _the_after(toks, ("for", "of", "to"))
    if the is None:
        return None
    who = toks[the - 2].bare.lower()
    described = toks[the + 1:]
    if not (singular(who) in VOICES_FOR or singular(who) in ASSOCIATES or who in FAMILY) or _many(described):
        return None
    head = described[-1].bare.lower() if described else ""
    if len(described) == 1 and (head in EPITHET_HEADS or head in _SIDES_IN_A_CASE) or len(described) <= 3 and all(
            t.is_word and not t.is_capitalised for t in described) and head in ROLE_WORDS:
        return the  # `Friends of the deputy prime minister, Angela Rayner,`; `Lawyers for the claimant, Ann Lee,`
    return None


_SIDES_IN_A_CASE = {"claimant", "defendant", "accused", "victim", "plaintiff", "complainant", "appellant",
                    "respondent", "deceased"}  # `Lawyers for the claimant, Ann Lee,`: one a case names by their part
_STYLES = {"most", "rt", "right", "very", "rev", "reverend", "hon", "honourable", "honorable"}


def _titled_name_after_a_description(tokens, p, segment) -> Mention | None:
    """The name closing `segment`, set off after a description of a person (its comma at `p`),
    when roles come before the name: `The prosecution's star witness, former WorldCom financial
    chief Scott Sullivan, has said`."""
    k = len(segment)
    while k > 0 and segment[k - 1].is_capitalised and segment[k - 1].is_word:
        k -= 1
    j = k  # past a title that opens the capitalised words: `former President George W. Bush`
    while j < len(segment) - 2 and segment[j].bare.lower() in ROLE_WORDS:
        j += 1
    described = p > 0 and tokens[p - 1].is_word and not tokens[p - 1].is_capitalised and (
        tokens[p - 1].bare.lower() in ROLE_WORDS or tokens[p - 1].bare.lower() in EPITHET_HEADS
        or people_word(tokens[p - 1].bare))
    if not described or k == 0 or len(segment) - j < 2 or len(segment) > _ROLE_WORDS_MAX \
            or segment[k - 1].bare.lower() not in ROLE_WORDS and j == k:
        return None
    if any(t.lower in RELATIVES or not t.is_word for t in segment[:k]):
        return None
    return mention_of(segment[k:]) if starts_name(segment, j, len(segment) - 1) else None


def _domain_of_a_role(tokens, p, start) -> int | None:
    """The comma after the name when the comma at `p` closes a role set off after that name: `Dr
    John E. Kelly, IBM senior vice president,` (not `Their lawyer, Majeed Memon,`, whose role opens
    the sentence)."""
    if p <= start or tokens[p - 1].is_capitalised or tokens[p - 1].lower not in ROLE_WORDS:
        return None
    before = _previous_comma(tokens, p, start)
    if before is None or before <= start or not tokens[before - 1].is_capitalised:
        return None
    opening = before - 1
    while opening > start and (tokens[opening - 1].is_capitalised or tokens[opening - 1].text == "."):
        opening -= 1
    first = tokens[opening]
    if opening != start and tokens[opening - 1].text != "," or first.lower in PREPOSITIONS \
            or before - opening == 1 and (first.bare.lower() in NOT_NAMES or ly_adverb(first.lower)):
        return None  # `Speaking in Brussels, the EU's negotiator, Maros Sefcovic,`, `Later, the negotiator, …`, `On
        # Monday, the minister, …`: no name opens the sentence or its clause, whose role the one after sets in a
        # domain
    return None if tokens[before + 1].lower in _OWNERS else before  # `In a statement to the Observer, her
    # senior policy adviser, Mozi Meman, said`: someone's adviser, whose name follows


_OWNERS = ARTICLES_AND_POSSESSIVES - {"the", "a", "an"}


def _name_opening(tokens, start, comma) -> Mention | None:
    """`Dr John E. Kelly` in `Dr John E. Kelly, …`: capitalised words from the sentence's start."""
    segment = tokens[start:comma]
    return mention_of(segment) if segment and all(t.is_capitalised or t.text == "." for t in segment) else None


def _role_before(tokens, comma, start) -> int | None:
    """`His former business partner, [Lawrence B. Cummings,] said`: where the description that
    opens the sentence before the name starts, or None."""
    j = start
    while j < comma and tokens[j].lower in _LEADING_JUNK:
        j += 1
    if not 0 < comma - j <= _ROLE_WORDS_MAX or not _np_word(tokens, j) or not _np_word(tokens, comma - 1):
        return None
    if tokens[j].lower in PREPOSITIONS or tokens[j].lower in _OPENING_ADVERBIALS:
        return None  # `At the rally, Lawrence B. Cummings said`
    if not all(_np_word(tokens, k) or tokens[k].lower in _ROLE_PREPOSITIONS for k in range(j, comma)):
        return None
    return j


_ROLE_PREPOSITIONS = {"of", "at", "for", "with", "from"}  # `His former business partner at Lenox`


DASHES = {"—", "–", "-", "―", "--", "---"}
ASIDE_MARKS = DASHES | {","}
_ASIDE_MAX = 20


def _placed_person(tokens, after, start, last) -> Mention | None:
    """`Stacy Baker of Columbia, South Carolina` (the words up to `after`, ending on a place):
    the person before `of`/`in`/`from` and the city, as written up to `last`; else None."""
    comma = next((k for k in range(after - 1, max(start, after - 5) - 1, -1) if tokens[k].text == ","), None)
    if comma is None or not all(t.lower in PLACES for t in tokens[comma + 1:after]) or comma + 1 >= after:
        return None
    j = comma - 1
    while j >= start and tokens[j].is_capitalised and comma - j <= 3:
        j -= 1
    if j <= start or j == comma - 1 or tokens[j].lower not in ("of", "in", "from"):
        return None
    person = np_backward(tokens, j, start)
    if person is None or not _someone(person):
        return None  # not `Clinton, during a town hall in Columbus, Ohio, said`
    first = index_of(tokens, person.tokens[0], start, j + 1)
    if first - 3 >= start and tokens[first - 1].lower in ("is", "was") and tokens[first - 2].lower == "who" \
            and tokens[first - 3].text == ",":  # `Swanson, who is a pastor at the … Church of Elizabeth, Colorado,`
        return name_before(tokens, first - 3, start)
    return Mention(person.start, tokens[last].end, person.tokens, person.antecedent)


def _opening_infinitive(tokens, i, limit) -> bool:
    """`To help people in their browsing, Evans had given …`: a purpose before the subject."""
    return (tokens[i].lower == "to" and i + 1 < limit and tokens[i + 1].is_word and not tokens[i + 1].is_capitalised
            and tokens[i + 1].lower not in DETERMINERS)


def people_word(word: str) -> bool:
    """`prosecutors`, `users`, `people`, `minister`: a word for people, singular or plural."""
    low = word.lower()
    return (low in PEOPLE or low in GROUPS or plural(low) and (singular(low) in PEOPLE or low.endswith(_AGENTS)))


GROUPS = {"police", "parties", "groups", "authorities", "experts", "respondents", "participants", "immigrants",
           "migrants", "opponents", "claimants", "applicants", "entrants", "consultants"}
_AGENTS = ("ers", "ors", "ists", "ians")  # `Prosecutors`, `Economists`, `Politicians`


def _someone(mention: Mention) -> bool:
    """A name, or a word for a person (`a woman`, `one voter`, `the mayor`)."""
    head = mention.tokens[-1]
    return head.is_capitalised or head.bare.lower() in PEOPLE or head.lower in SPEAKER_PRONOUNS


PEOPLE = ROLE_WORDS | FEMALE_WORDS | MALE_WORDS | set("""
woman women man men person people resident residents voter voters supporter supporters worker workers
retiree retirees student students parent parents owner owners neighbor neighbour friend friends fan fans critic critics
protester protesters demonstrator demonstrators attendee attendees shopper shoppers customer customers
academic academics witness witnesses expert scientist scientists doctor doctors patient patients victim victims
colleague colleagues cousin cousins team-mate team-mates teammate teammates ally allies rival rivals professional
professionals child children kid kids pupil pupils celebrity landlord landlords landlady landladies tenant tenants
suspect suspects accused gunman gunmen thief thieves pilot pilots inmate inmates hostage hostages nun nuns monk monks
teen teens eyewitness eyewitnesses constable youth youths graduate graduates guard guards
juror paramedic firefighter passenger driver motorist commuter traveller traveler rescuer volunteer soldier sailor
survivor refugee pensioner homeowner villager onlooker bystander spectator mourner worshipper pilgrim tourist visitor
holidaymaker investor trader shareholder employee miner organiser organizer marcher crewmate crewmates classmate
classmates flatmate flatmates housemate housemates bandmate bandmates co-star co-stars counterpart successor predecessor
user viewer subscriber reader listener follower consumer gamer meteorologist forecaster specialist engineer
epidemiologist psychologist insider loyalist rebel relative defendant
hiker hikers walker walkers climber climbers rambler ramblers pedestrian pedestrians teenager teenagers swimmer swimmers
jogger joggers diner diners camper campers
creditor bondholder borrower debtor leaseholder policyholder taxpayer ratepayer billpayer depositor saver homebuyer
buyer seller renter landowner householder local
lifeguard lifeguards coastguard warden wardens coxswain twin twins runner-up runners-up
fisherman fishermen motorcyclist motorcyclists toddler toddlers baby babies prisoner prisoners
postwoman electrician electricians apprentice apprentices trainee trainees cadet cadets optician lifeboatman lifeboatmen
islander islanders parishioner parishioners birdwatcher birdwatchers dog-walker dog-walkers surfer surfers crofter
crofters
""".split())


def _name_in_aside(tokens, first, closing) -> Mention | None:
    """The name that opens a dashed aside after a description, up to its comma or closing dash."""
    if tokens[first - 2].is_capitalised:
        return None  # `Jason Sims — a teacher from Ohio — says`: the name comes first
    named, j = _name_from(tokens, first, closing)
    return named if j == closing or tokens[j].text == "," else None


def before_dashed_aside(tokens, dash, start) -> int:
    """At the dash before a cue: `X — a teacher from Ohio — says` -> the index of X's last word;
    -1 when no opening dash is near."""
    for p in range(dash - 1, max(start - 1, dash - _ASIDE_MAX), -1):
        if tokens[p].text in DASHES:
            return p - 1
        if tokens[p].is_quote or tokens[p].text in SENTENCE_END:
            break
    return -1


def _skip_appositive(tokens, comma, start) -> int:
    """At the comma before a cue: `X, a spokesman for Y, said` -> the index of X's last word."""
    p = _previous_comma(tokens, comma, start)
    if p is None or p + 1 >= comma:
        return -1
    opener = tokens[p + 1]
    if opener.lower in _APPOSITIVE_OPENERS or not opener.is_capitalised or opener.is_possessive \
            or p + 2 == comma and party_and_state(opener.text):  # `Jeanne Shaheen, D-N.H., said`
        return p - 1
    return p - 1 if _capitalised_role(tokens[p + 1:comma]) or _bodys_name_set_off(tokens, p, comma) else -1


def _bodys_name_set_off(tokens, p, comma) -> bool:
    """`the residents' group, Stop the Burner,`: a body's name set off after its kind, which may hold small words in
    lowercase (not `Stop` a verb of the sentence)."""
    segment = tokens[p + 1:comma]
    return p > 0 and tokens[p - 1].bare.lower() in _NAMED_BODY_HEADS and 2 <= len(segment) <= 6 \
        and segment[-1].is_capitalised and all(t.is_capitalised or t.lower in _NAME_SMALL_WORDS for t in segment)


_NAMED_BODY_HEADS = BODY_NOUNS | {"campaign", "movement", "coalition", "alliance", "association", "society", "trust",
                                  "foundation", "initiative", "network"}
_NAME_SMALL_WORDS = {"the", "of", "and", "for", "on", "in", "to", "a"}


def _capitalised_role(segment) -> bool:
    """`Chief Executive of Hereford Hospitals NHS Trust`, `BBC News 24 political correspondent`: a
    role that opens with a capital (before its body, if any)."""
    k = next((k for k, t in enumerate(segment) if t.lower in _ROLE_PREPOSITIONS), len(segment))
    return k > 0 and segment[k - 1].bare.lower() in ROLE_WORDS


def mention_of(tokens: list[Token]) -> Mention | None:
    toks = [t for t in tokens if t.is_word]
    if not toks:
        return None
    if len(toks) == 1 and toks[0].lower in _NO_ONE_ALONE:
        return None  # (but `and another added`: one of a group)
    if not _could_name_speaker(toks):
        return None
    return Mention(toks[0].start, toks[-1].end, tuple(toks))


_NO_ONE_ALONE = frozenset(DETERMINERS - {"his", "her", "their", "its", "another", "one"})


def _could_name_speaker(toks: list[Token]) -> bool:
    head = toks[-1]
    if head.lower in SPEAKER_PRONOUNS or len(toks) == 1 and head.lower in ("his", "her", "their", "its"):
        return True
    if head.is_capitalised:
        if head.lower.endswith(("n't", "n’t")):
            return False  # `Won't voters …?`
        if len(toks) == 1 and head.lower.endswith(ADVERB_ENDINGS):
            return False  # `Ultimately, there will be, says Mr Donofrio, …`
        if (head.bare.lower() not in NOT_NAMES or head.lower in HONORIFICS or head.lower in _ALSO_SURNAMES
                or head.lower != head.text.lower()):  # an acronym: `the US`
            return True  # `May` said: the cue's own check keeps the month out
        before = toks[-2] if len(toks) > 1 else None  # `Judicial Watch`, `Human Rights Watch`
        if head.lower in BUSINESSES_NAMED_SO and before is not None and before.lower == "and":
            return True  # `Vodafone and Three said`: a network joined to another business (not `Three said they`,
            # nor `Next, he said`)
        return before is not None and before.is_capitalised and (
            before.bare.lower() not in NOT_NAMES or before.lower in HONORIFICS)  # `Mr Read`: a surname
    if head.text.isdigit() and len(toks) > 1 and toks[-2].is_capitalised:
        return True  # `Radio 1`, `Channel 4`
    if (head.lower in _NOT_HEADS or head.lower in IRREGULAR_PAST) and not tight_end(toks):
        return False  # not `came` in `"…," came shouts from the crowd`
    if head.lower.endswith(("ed", "ing")) or ly_adverb(head.lower):  # not `…, adding`; `the ruling`, `the monopoly`
        before = toks[-2] if len(toks) > 1 else None
        return before is not None and (_determiner(before) or before.lower in ("this", "that"))  # `the ruling`,
        # `his thinking`
    return len(head.text) > 1


def tight_end(toks) -> bool:
    """`the tight end`: a player's position, not the end of something."""
    return len(toks) >= 2 and toks[-1].lower == "end" and toks[-2].lower == "tight"


_NOT_HEADS = {"now", "then", "also", "today", "tonight", "yesterday", "here", "there", "again", "too",
              "ago", "week", "month", "year", "day", "night", "morning", "afternoon", "evening", "time",
              "way", "point", "end", "moment", "all", "both", "each", "himself", "herself", "themselves",
              "rather", "instead", "even", "just", "only", "once", "still", "yet", "else", "more", "less"}


def plausible_subject(subject: Mention) -> bool:
    """Without a cue, only a pronoun, a full name, a one-word name that is not a plural of a group
    (`Democrats`, `Republicans`, `Tories`; but `Sanders`, `Jones`), or a named person's own people
    (`Cruz's lawyers`)."""
    toks = subject.tokens
    if len(toks) == 1:
        low = toks[0].lower
        return low in SPEAKER_PRONOUNS or not group_word(low) and not _people_in_general(low)
    if len(toks) == 2 and toks[0].is_possessive and toks[0].is_capitalised and toks[1].lower in BODY_TEXTS:
        return True  # `Hoff's letter makes a case: "…"`: a named writer's text
    if len(toks) == 2 and toks[0].is_possessive and toks[0].is_capitalised and (
            toks[1].lower in ROLE_WORDS or plural(toks[1].lower) and singular(toks[1].lower) in ROLE_WORDS):
        return True  # `Cruz's lawyers relied on … to defend the view that he is "…"`: a named person's people
    return sum(t.is_capitalised for t in toks) >= 2


def two_named(subject: Mention) -> bool:
    """`The couple`, `the pair`: two people the text named, who may write what a colon opens."""
    toks = subject.tokens
    return len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _TWO_NAMED


_TWO_NAMED = {"couple", "pair", "duo"}


def _people_in_general(low: str) -> bool:
    """`People`, `Critics`, `Groups`: many people, no one the quotation can be pinned on without a cue."""
    return low in ("people", "men", "women") or plural_of_person(low) or plural(low) and low in GROUPS


def plural_of_person(low: str) -> bool:
    """`critics`, `officials`, `opponents`: the plural of a word for a person (not `Sanders`, `Myers`)."""
    return plural(low) and (singular(low) in PEOPLE or low in GROUPS)


def named_after_a_person_word(words) -> bool:
    """`Olympic champion Keely Hodgkinson`, `Emergency nurse Helen Ward`: a full name (two capitalised words or
    more) after a word for one person, which describes them."""
    lower = [k for k, t in enumerate(words) if not t.is_capitalised]
    return bool(lower) and lower[-1] + 2 < len(words) and people_word(words[lower[-1]].lower) \
        and not plural(words[lower[-1]].lower)


def plural_of_body(low: str) -> bool:
    """`unions`, `charities`, `hospitals`: the plural of a word for a kind of body (not `rangers`, `republicans`)."""
    return low.endswith("s") and plural(low) and singular(low) in _BODY_KINDS


_BODY_KINDS = BODY_NOUNS | {"hospital", "council", "school", "university", "college", "church", "trust", "authority",
                            "department", "ministry", "government", "party", "court", "embassy"}


def group_word(low: str) -> bool:
    """`democrats`, `tories`, `mps`, `muslims`, `republicans`: a plural that names a group, not one
    person (`Sanders` and `Jones` are no such plural)."""
    return plural(low) and (low in DESCRIPTORS or low in ORG_WORDS or low.endswith(_GROUP_ENDINGS)
                            or singular(low) in DESCRIPTORS or singular(low) in ROLE_WORDS or singular(low) in DEMONYMS)


_GROUP_ENDINGS = ("ans", "ists", "ites", "ians")


def sentence_start(tokens, qi) -> int:
    """Where the sentence holding token `qi` starts: past a dateline opening the paragraph (`WASHINGTON (AP) —`).
    No sentence is taken to be longer than MAX_SENTENCE tokens (a run of text with no full stop, a table's
    row or a data dump, would make every quotation in it read the whole paragraph back)."""
    i = qi - 1
    stop = max(-1, qi - 1 - MAX_SENTENCE)
    while i > stop and (tokens[i].text not in SENTENCE_END or _inside_a_name(tokens, i)) \
            and not (tokens[i].is_quote and _ends_a_sentence(tokens, i)):
        i -= 1
    if i == stop and i >= 0:
        return i + 1
    return i + 1 if i >= 0 else past_dateline(tokens, 0, qi)


MAX_SENTENCE = 120


def _inside_a_name(tokens, i) -> bool:
    """A `?` or `!` before a comma, written against a capitalised word (`Which?`, `Yahoo!`): part of a name, no
    sentence's end (`Lisa Webb, a consumer law expert at Which?, said`; before a verb, the tokens join them)."""
    return tokens[i].text in "?!" and 0 < i < len(tokens) - 1 and tokens[i + 1].text == "," \
        and tokens[i - 1].is_capitalised and tokens[i - 1].end == tokens[i].start


def sentence_end(tokens, i) -> int | None:
    """The index of the token that ends the sentence holding token `i`: its full stop, or a quotation that ends
    it (`…, she wrote: "I take full responsibility." The prime minister replied`); None when it runs on."""
    return next((k for k in range(i, len(tokens)) if tokens[k].text in SENTENCE_END and not _inside_a_name(tokens, k)
                 or tokens[k].is_quote and k > i and _ends_a_sentence(tokens, k)), None)


def last_sentence(tokens) -> tuple[int, int]:
    """Where the last sentence of a paragraph's tokens starts and ends (before its full stop)."""
    end = len(tokens) - 1 if tokens and tokens[-1].text in SENTENCE_END else len(tokens)
    return sentence_start(tokens, end), end


def _ends_a_sentence(tokens, i) -> bool:
    """A quotation that ends on a full stop, before a capitalised word: `"… band." The band have`;
    or on `!` or `?` before a capitalised word that opens a phrase, not a name that may speak it:
    `"What a midfield player!" On a controversial evening, …`."""
    if i + 1 >= len(tokens) or not tokens[i + 1].is_capitalised:
        return False
    return tokens[i].quote_ends_with(".") or tokens[i].quote_ends_with(("!", "?")) and (
        tokens[i + 1].lower in PREPOSITIONS or tokens[i + 1].lower in _PHRASE_OPENERS or _no_cue_soon(tokens, i + 1))


def _no_cue_soon(tokens, j) -> bool:
    """`"I love Hispanics!" Former candidate Jeb Bush broke down …`: no speech verb in the words
    after the quotation (as in `"Wow!" Trump, who was in Iowa, tweeted`), which open a sentence of their own."""
    for tok in tokens[j:j + _CUE_REACH]:
        if tok.is_quote or tok.text in SENTENCE_END or cue_lemma(tok):
            return False
    return len(tokens) - j >= _CUE_REACH


_CUE_REACH = 8


_PHRASE_OPENERS = {"the", "a", "an", "but", "and", "so", "yet", "this", "these", "there"}


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_DETERMINERS_OR_DEMONSTRATIVES = frozenset(DETERMINERS | _DEMONSTRATIVES)
_PREPOSITIONS_DETERMINERS_AND = PREPOSITIONS_OR_DETERMINERS | {"and"}
_TIME_PREPOSITIONS = frozenset(PREPOSITIONS | {"last", "this", "earlier", "later"})
_ROLE_OR_ORG_WORDS = frozenset(ROLE_WORDS | ORG_WORDS)
