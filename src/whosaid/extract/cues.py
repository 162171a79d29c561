"""Cue words: is this token a verb that reports speech here?

`said`, `told`, `according to`; not `calls for` (a particle makes it another verb), not `his
comments` (a noun), and phrasal cues such as `shot back` and `went on`.
"""
from __future__ import annotations

from .lexicon import (ADJECTIVE_ENDINGS, AFTER_ONLY, ARTICLES_AND_POSSESSIVES, CUE_FORMS, DETERMINERS, INSCRIBED,
                      FINDERS, FINITE_AUXILIARIES, LABEL_CUES, NAMING_CUES, PAST_AS_BASE, PERSONAL_TITLES, PREPOSITIONS,
                      ROLE_WORDS, SENT_TEXTS, WEAK_BASE, an_age, given_name, plural)
from .tokens import OPENING, Token


def cue_lemma(token: Token, weak: bool = False) -> str | None:
    """The speech verb's lemma; the base form of a word that is more often a noun (`note`,
    `read`) only when `weak` (right after a quotation: `"…," the email read`)."""
    if not token.is_word or token.is_capitalised and token.lower != "according" and not token.lower.endswith("ing"):
        return None  # `Read`, `Post` are names; `Citing`, `Asked` open sentences
    lemma = CUE_FORMS.get(token.lower)
    if lemma and not weak and (token.lower == lemma and lemma in WEAK_BASE or lemma in AFTER_ONLY):
        return None
    return lemma


def spoke_of(tokens, i) -> bool:
    """`has spoken of his "brutal" year`, `spoke about`: speaking of something, which reports words; `have paid
    tribute to "a kind and gentle grandfather"`: words in someone's praise."""
    return tokens[i].lower in _SPOKE and i + 1 < len(tokens) and tokens[i + 1].lower in ("of", "about") \
        or tokens[i].lower in _PAID and i + 2 < len(tokens) and tokens[i + 1].lower in ("tribute", "tributes") \
        and tokens[i + 2].lower == "to" and _quoted_within(tokens, i + 3, _TRIBUTE_REACH)  # `to his "wonderful"
    # wife`; not `to John Kerry's campaign, saying …"`, another cue's


def _quoted_within(tokens, i: int, reach: int) -> bool:
    """Whether a quotation stands at `i` or within `reach` words on, in one clause: no mark and no word joining
    another clause between."""
    j = next((k for k in range(i, min(len(tokens), i + reach)) if not tokens[k].is_word
              or tokens[k].lower in _CLAUSE_JOINS), None)  # (a quotation is no word)
    return j is not None and tokens[j].is_quote


_SPOKE = {"speaks", "spoke", "spoken"}
_PAID = {"pay", "pays", "paid", "paying"}
_SPOKE_OR_PAID = _SPOKE | _PAID
_TRIBUTE_REACH = 6  # words from `to` to the quotation of a tribute


def _names_before(token: Token) -> bool:
    """`Mr`, `Nick`: a personal title or a given name, which a surname follows."""
    return token.is_capitalised and (token.lower in _SURNAME_TITLES or given_name(token.text))


_SURNAME_TITLES = PERSONAL_TITLES | {"sir", "dame", "lord", "lady"}  # `Sir Alan`, `Lord Read`


def _manner_quoted(quoted: str) -> bool:
    """Whether a quotation opens on a lowercase `in`, `with` or `by`: a manner phrase (`"in a befitting manner"`,
    `"with fury"`; not `"In short, no"`, words spoken)."""
    first = quoted.lstrip(OPENING).split(None, 1)[:1]
    return bool(first) and first[0] in _MANNER_OPENERS


_ACTING = {"respond", "react", "retaliate", "answer", "reply"}  # verbs of acting as much as of speaking
_MANNER_OPENERS = {"in", "with", "by"}


def cue_at(tokens, i, weak: bool = False) -> str | None:
    """The cue lemma at `i`, unless a particle makes it another verb (`calls for`), it is a noun
    (`his comments`, `gave remarks`), or it is a phrasal cue (`shot back`, `went on`)."""
    low = tokens[i].lower
    if low not in CUE_FORMS and low not in PHRASAL:
        return "speak" if low in _SPOKE_OR_PAID and spoke_of(tokens, i) else None  # most words: nothing more to look
        # at (nor a call to make)
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if low in _GOING and nxt in ("further", "farther") and i + 2 < len(tokens) and tokens[i + 2].text == ":":
        return low  # `Carlos Alcaraz went further: "…"`: said more, and sharper
    phrasal = PHRASAL.get(low)
    if phrasal and nxt in phrasal:
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        if after is not None and after.lower == "to" and nxt == "on" and _on_to_do(tokens, i + 3):
            return None  # `Mr Cunningham went on to become Tony Blair's "cabinet enforcer"`: what he became
        if after is None or not after.is_word or after.lower in _AFTER_PHRASAL or _closing_adverb(tokens, i + 2):
            return tokens[i].lower
        return None  # not `the Senate goes on recess`, `went on a tour`
    if tokens[i].is_capitalised and i > 0 and tokens[i - 1].lower in DETERMINERS:
        return None  # `in the Reading the Mind in the Eyes test`: a title's word
    if low.endswith("ing") and nxt in FINITE_AUXILIARIES:
        return None  # `said reading had "changed her life"`: a gerund, the subject of a clause
    if tokens[i].is_capitalised and i > 0 and _names_before(tokens[i - 1]):
        return None  # `Mr Read said`, `Nick Read has resigned`: a surname that spells a cue
    if low.endswith("ing") and tokens[i].is_capitalised and 0 < i < len(tokens) - 1 and tokens[i - 1].is_capitalised \
            and tokens[i + 1].is_capitalised:
        return None  # `told the Local Democracy Reporting Service:`: a word of a body's name
    after_name = low in PAST_AS_BASE and i > 0 and (  # `Mr Cherkasky forecast growth`, `One sign read`
        tokens[i - 1].is_capitalised or tokens[i - 1].lower in _BEARING_WORDS and low == "read"
        or low == "read" and nxt == ":" and _text_opens(tokens, i))  # `A statement issued by the family read:`
    infinitive = (low in _SAYING_AFTER_TO and i > 1 and tokens[i - 1].lower == "to"
                  and tokens[i - 2].lower != "according") or _to_state(tokens, i) or _to_call(tokens, i) \
        or joined_infinitive(tokens, i) is not None
    found_that = low in ("found", "finds", "ruled", "ruling") and _finding_that(tokens, i)  # `analysts found in
    # 2014 that`, `the court ruled that`
    into = broke_into(tokens, i) is not None  # `broke into a chant of`: a noun whose verb's subject says it
    naming = low in NAMING_CUES and nxt in _NAMED_OBJECTS and i + 2 < len(tokens) and tokens[i + 2].is_quote \
        and i > 0 and tokens[i - 1].lower not in DETERMINERS  # `Obama and Clinton call them "lone wolves"`
    lemma = cue_lemma(tokens[i], weak or after_name or infinitive or found_that or into or naming)  # `advisers … to
    # counter that`
    if not lemma or nxt in _PARTICLES.get(lemma, ()) and not _added_to_someone(tokens, i) and not _calls_on_to(
            tokens, i) and not _calls_for(tokens, i) or _is_noun_use(tokens, i, lemma) and not into \
            or _adjective_use(tokens, i):
        return None
    if lemma in _ACTING and nxt and tokens[i + 1].is_quote and _manner_quoted(tokens[i + 1].text):
        return None  # `its troops had responded "in a befitting manner"`, `Fans reacted "with fury"`: how they acted
    if lemma in _ASPECTUAL and _begins_doing(tokens, i):
        return None  # `"empire," he started building`: what he began doing, not speech
    if lemma == "call" and _gives_a_name(tokens, i):
        return None  # `computers called E-slates.`
    if lemma == "claim" and _claims_a_prize(tokens, i):
        return None  # `after claiming away draws in Basel`, `claimed victory`: won, not said
    if lemma in LABEL_CUES and i + 1 < len(tokens) and not (tokens[i + 1].is_word or tokens[i + 1].is_quote):
        return None  # `its confectionery brands - including …`: a labelling verb takes an object
    if low == lemma and lemma in WEAK_BASE and not after_name and _compound_noun(tokens, i):
        return None  # `White House press secretary`, `report card`
    return lemma


_NAMED_OBJECTS = {"them", "it", "him", "her", "us", "me", "you", "this", "that"}  # `call them "…"`: a verb
_ASPECTUAL = {"start", "begin", "continue"}  # verbs of beginning or going on: cues unless they begin (go on) doing
# something else (`continued to "fully support"` is no speech)


def _claims_a_prize(tokens, i) -> bool:
    """`claimed victory`, `claiming away draws`, `claimed the lives of`, `claims a seat`: a thing won or
    taken as the object, past up to two words before it, not words said."""
    for tok in tokens[i + 1:i + 4]:
        if tok.lower in _PRIZES:
            return True
        if not tok.is_word or tok.is_capitalised or tok.lower in ("that", "to"):
            return False
    return False


_PRIZES = {"victory", "victories", "win", "wins", "draw", "draws", "title", "titles", "crown", "lives", "life",
           "gold", "silver", "bronze", "medal", "medals", "prize", "points", "place", "seat", "seats", "trophy",
           "spot", "scalp", "responsibility", "credit", "asylum", "benefits", "compensation", "damages", "expenses"}


def _begins_doing(tokens, i) -> bool:
    """`started building`, `began to cry`: a verb that is no cue after `start` or `begin` (not
    `began to say`, `started asking`)."""
    k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].lower == "to" else i + 1
    if k == i + 2 and tokens[k].is_quote and tokens[i].lower.startswith("continu"):
        return True  # `it continued to "fully support" Gatland`: its support goes on, no speech
    if k >= len(tokens) or not tokens[k].is_word or tokens[k].lower in CUE_FORMS:
        return False
    return k == i + 2 or tokens[k].lower.endswith("ing")


def joined_infinitive(tokens, i) -> int | None:
    """Where the verb stands of the infinitive that `and` joins the base form at `i` to (`make` in
    `to make a joke about yoga and call Trump "…"`), with no comma or clause between."""
    if i < 3 or tokens[i - 1].lower != "and":
        return None
    for k in range(i - 2, max(0, i - _JOINED_REACH) - 1, -1):
        if not tokens[k].is_word or tokens[k].lower in ("that", "who", "which"):
            return None
        if tokens[k].lower == "to" and tokens[k + 1].is_word and not tokens[k + 1].is_capitalised and k + 1 < i - 1:
            return k + 1 if tokens[k + 1].lower not in _NOT_NOUNS else None  # not `stick to their guns and`
    return None


_JOINED_REACH = 8  # words from the `to` of the first infinitive to the `and`


def _calls_on_to(tokens, i) -> bool:
    """`called on people to "remember …"`, `called on FEMA to conduct an "expedited review"`: an
    urging, as `urged` is, whose infinitive is the quotation or holds it."""
    if tokens[i].lower not in ("call", "calls", "called", "calling") or i + 2 >= len(tokens) \
            or tokens[i + 1].lower != "on":
        return False
    for j in range(i + 2, min(len(tokens) - 1, i + 2 + _URGED_REACH)):
        if tokens[j].lower == "to":
            return j > i + 2 and (tokens[j + 1].is_quote or tokens[j + 1].is_word and not tokens[j + 1].is_capitalised)
        if not tokens[j].is_word:
            return False
    return False


_URGED_REACH = 6  # words naming those called on


def _on_to_do(tokens, k) -> bool:
    """`went on to become`, `goes on to win`: the verb after `went on to` at `k` says what someone did next,
    no saying (but `went on to promote "Celebrity Apprentice"` may be)."""
    return k < len(tokens) and tokens[k].lower in _DOING_NEXT


_DOING_NEXT = frozenset("""become win lose join play serve lead found form marry score finish star work live die
take hold have reach beat earn make run launch release record sell direct produce build""".split())


def _text_opens(tokens, i) -> bool:
    """Whether a word for a text that bears words (`statement`, `sign`) stands among the few words
    before `i`, with no participle's phrase between."""
    for j in range(i - 1, max(-1, i - _TEXT_OPENING_REACH), -1):
        if not tokens[j].is_word or tokens[j].lower.endswith("ing"):
            return False  # not `A statement from Chelsea explaining the decision read:`, whose subject the
            # participle's phrase hides
        if tokens[j].bare.lower() in _BEARING_WORDS:
            return True
    return False


_TEXT_OPENING_REACH = 10  # words from `a statement` to `read:` (`issued on behalf of the family`)


def _calls_for(tokens, i) -> bool:
    """`called for "urgent action"`, `are calling for a "windfall tax"`: a demand in the caller's words, the
    quotation right after `for` (past an article)."""
    if tokens[i].lower not in ("call", "calls", "called", "calling") or i + 2 >= len(tokens) \
            or tokens[i + 1].lower != "for" or i and tokens[i - 1].lower in ("that", "which"):
        return False  # not `a party platform that calls for "…"`: a thing's, whose words are someone else's
    return _quoted_within(tokens, i + 2, _DEMAND_WORDS)  # `called for compensation to be paid "without delay"`: the
    # demand's words, in one clause (not `forecasts calling for another active season and worries about how "…"`)


_DEMAND_WORDS = 8  # the most words of a demand before the quotation that ends it
_CLAUSE_JOINS = {"and", "but", "or", "while", "as", "which", "who", "that"}


def _to_state(tokens, i) -> bool:
    """`prompted the Atlas to state, "…"`, `to state that`, and after a plural subject (`Court papers state that`,
    `Prosecutors state: "…"`); not `from state to state`, `a member state that`."""
    if tokens[i].lower != "state" or i < 1:
        return False
    before = tokens[i - 1]
    if not (before.lower == "to" and i >= 2 and tokens[i - 2].lower != "state"
            or before.is_word and plural(before.lower) and before.lower not in _NOT_PLURAL_SUBJECTS):
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and (nxt.is_quote or nxt.text in (",", ":") or nxt.lower == "that")


_NOT_PLURAL_SUBJECTS = {"its", "his", "this", "is", "was", "has", "as", "us", "across"}  # words ending in s, no plural


def _to_call(tokens, i) -> bool:
    """`taking to Twitter to call Fields "totally delusional"`: `to call` someone a quotation."""
    if tokens[i].lower != "call" or i < 1 or tokens[i - 1].lower != "to":
        return False
    j = i + 1
    if j < len(tokens) and tokens[j].lower in ("him", "her", "them", "it"):
        j += 1
    else:
        while j < len(tokens) and tokens[j].is_capitalised and tokens[j].is_word:
            j += 1
    return i + 1 < j < len(tokens) and tokens[j].is_quote


def _finding_that(tokens, i) -> bool:
    """`found that`, `found in 2014 that`, `a report found "…"`, `ruled that`: what a study, a court
    or a person found, in its words; not `found guilty`, `was found dead`, `found a way`."""
    if i and (tokens[i - 1].lower in ("was", "were", "been", "be", "being", "is", "are")
              or tokens[i - 1].lower in ARTICLES_AND_POSSESSIVES or _article_and_modifier(tokens, i)):
        return False  # nor `the ruling that …`, `a 40-page ruling that`: a noun
    finder = i - 2 if i >= 2 and tokens[i - 1].lower in ("has", "have", "had") else i - 1
    if finder >= 0 and tokens[finder].bare.lower() in FINDERS and _quoted_object(tokens, i):
        return True
    for k in range(i + 1, min(len(tokens), i + 5)):
        if tokens[k].lower == "that":
            return True
        if not tokens[k].is_word or k == i + 1 and tokens[k].lower not in ("in", "on", "last", "this", "earlier"):
            return clause_after(tokens, i)
    return clause_after(tokens, i)


def _quoted_object(tokens, i) -> bool:
    """A quotation, or a phrase in lowercase of a few words ending in one, right after `found`: `found "serious
    failings"`, `found a "toxic culture"`."""
    for k in range(i + 1, min(len(tokens), i + 2 + _FOUND_OBJECT)):
        if tokens[k].is_quote:
            return True
        if not tokens[k].is_word or tokens[k].is_capitalised or tokens[k].lower in ("that", "to"):
            return False
    return False


_FOUND_OBJECT = 3  # words of what was found before the quotation that ends it


def clause_after(tokens, i) -> bool:
    """`found the drug was`, `ruled EU countries could`: a clause with no `that` after a verb
    (not `a recent ruling`), its subject a short noun phrase and its verb finite; not `found a way
    to`, `found him guilty`, `found an iPhone that he had`, `messages found on his phone showed`."""
    if tokens[i].lower.endswith("ing"):
        return False
    for k in range(i + 2, min(len(tokens), i + 2 + _FOUND_SUBJECT)):
        low = tokens[k].lower
        if low in _FINITE_AFTER_FOUND:
            return True
        if not tokens[k].is_word or low in PREPOSITIONS or low in _NO_SUBJECT_WORDS or low.endswith("ed"):
            return False
    return False


_FOUND_SUBJECT = 5  # words of the found clause's subject, and its verb
_FINITE_AFTER_FOUND = {"was", "were", "is", "are", "had", "has", "have", "would", "could", "will", "did"}
_NO_SUBJECT_WORDS = {"to", "and", "but", "that", "which", "who", "whom", "whose"}


def _added_to_someone(tokens, i) -> bool:
    """`Trump added to People.`, `Dion added to the magazine.`: `added to` a name or an audience
    that ends the clause is told, not `added to the problem`."""
    if tokens[i].lower not in ("added", "adds") or i + 2 >= len(tokens) or tokens[i + 1].lower != "to":
        return False
    k = i + 2
    while k < len(tokens) and tokens[k].is_capitalised and tokens[k].is_word:
        k += 1
    if k == i + 2 and k + 1 < len(tokens) and tokens[k].lower == "the" and tokens[k + 1].lower in _AUDIENCES:
        k += 2  # `Dion added to the magazine.`
    return k > i + 2 and (k == len(tokens) or not tokens[k].is_word)


# Whom a speaker adds words to, in a word: `added to the magazine`, not `added to the problem`.
_AUDIENCES = {"magazine", "newspaper", "paper", "station", "network", "website", "site", "programme", "program",
              "show", "channel", "broadcaster", "outlet", "agency", "reporters", "journalists", "audience", "crowd"}


def phrasal_then_subject(tokens, i) -> bool:
    """`"…," points out former Olympian Steve Cram`: a phrasal cue before its subject."""
    low = tokens[i].lower
    return low in PHRASAL and i + 2 < len(tokens) and tokens[i + 1].lower in PHRASAL[low] and tokens[i + 2].is_word


def _closing_adverb(tokens, k) -> bool:
    """`fired back forcefully:`, not `spoke out sharply against …`"""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].lower.endswith("ly") and (nxt is None or not nxt.is_word)


def _compound_noun(tokens, i) -> bool:
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.is_word and not nxt.is_capitalised and nxt.lower not in _NOT_NOUNS


_MODALS = {"must", "will", "would", "could", "should", "can", "may", "might", "are", "were", "have", "had"}
_NOT_NOUNS = DETERMINERS | {"his", "her", "their", "its", "our", "my", "your", "to", "that", "it", "he", "she", "they",
                            "we", "i", "you", "him", "them", "us", "me", "on", "in", "at", "for", "with", "from", "by",
                            "of", "about", "and", "but", "or", "as", "so", "then", "again", "also", "back", "out", "up"}


_SAYING_AFTER_TO = {"counter", "note", "comment", "answer", "warn", "tweet", "email", "blog", "query"}
# base forms that are speech after `to` (`leading advisers to counter that "…"`); not `to talk up`, `to charge it`,
# `from state to state`


_BEARING_WORDS = INSCRIBED | SENT_TEXTS | {"tweet", "tweets", "post", "posts", "text", "texts", "card", "cards", "ad",
                                           "ads", "advert", "adverts", "leaflet", "leaflets", "flyer", "flyers"}
# `One sign read`, `the message read`, `A note read`, `Trump's tweet read`
_GOING = {"went", "goes", "go"}
PHRASAL = {verb: tuple(particles.split()) for verbs, particles in (
    ("shot shoots fired fires", "back"), ("hit hits", "back out"), ("went goes", "on"), ("pointed points", "out"),
    ("weighed weighs", "in"), ("lashed lashes", "out"), ("spoke speaks speak", "out"), ("summed sums", "up"),
    ("cut cuts butted", "in"), ("piped pipes", "up"), ("doubled doubles", "down"), ("chimed chimes", "in"))
    for verb in verbs.split()}  # each verb's particles: `hit back`, `hits out at`
_AFTER_PHRASAL = {"to", "that", "about", "with", "in", "at", "on", "for", "against", "again", "twitter", "tv",
                  "television", "air", "record", "saying", "and", "the", "a", "an", "his", "her", "their",
                  "it", "he", "she", "they", "we", "there", "this"}  # `as Churchill points out it is "…"`
LIGHT_VERBS = {"make", "makes", "made", "making", "give", "gives", "gave", "giving"}  # their object is a noun
_NOUN_MARKERS = DETERMINERS | LIGHT_VERBS | set("""
his her their its our my your of in on with over these those other such recent public earlier latest controversial
new and past previous prior own repeated many several numerous first final written prepared opening closing few some
two three four five any no more fewer multiple news media unconfirmed conflicting initial phone telephone conference
curtain roll
""".split())


_WEAK_NOUN_MARKERS = DETERMINERS | {"of", "for", "in", "on", "with", "at", "by", "from"}


def _owned_singular(tokens, i) -> bool:
    """`his book's central question`: a base form after a possessive and one lowercase word that is
    no plural, which it would not agree with as a verb (but `the party's members question …`, and
    `Trump's statement read`, a past)."""
    before = tokens[i - 1]
    return i > 1 and tokens[i - 2].is_possessive and before.is_word and before.text.islower() \
        and not before.lower.endswith("s") and tokens[i].lower not in PAST_AS_BASE


_NOUN_PREPOSITIONS = {"amid", "amidst", "despite", "over", "of", "with", "following", "against", "about", "among"}


# Cues whose form in -s is no noun: `Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem tells the AP`
_NO_NOUNS = {"tell", "add", "explain", "insist", "warn", "argue", "admit", "write", "ask", "recall", "suggest",
             "acknowledge", "concede", "say"}


def _article_and_modifier(tokens, i) -> bool:
    """`a 40-page`, `a unanimous`, `the long-awaited` right before `i`: an article and a word that can only
    qualify a noun (a number's or a hyphen's compound, an adjective's ending), not `a spokesman`."""
    if i < 2 or tokens[i - 2].lower not in ("the", "a", "an"):
        return False
    word = tokens[i - 1].lower
    return tokens[i - 1].is_word and not tokens[i - 1].is_capitalised and (
        "-" in word or word[:1].isdigit() or word.endswith(_MODIFIER_ENDINGS))


_MODIFIER_ENDINGS = ("ous", "ive", "ful", "ic", "al")


def _is_noun_use(tokens, i, lemma) -> bool:
    """`claims`, `remarks`, `comments` after a determiner or a number are nouns; so is a base form
    such as `email` or `note` after one (`the email said`)."""
    word = tokens[i].lower
    if i == 0 or word in ("says",):
        return False
    if word == lemma and _after_a_and_a_name(tokens, i):
        return True  # `according to a World Bank report`: a base form after `a` and a name is a noun (`the Tories say`)
    if word == lemma and lemma in WEAK_BASE:
        return tokens[i - 1].lower in _WEAK_NOUN_MARKERS or tokens[i - 1].is_possessive or _owned_singular(tokens, i)
    if word.endswith("ing") and i + 1 < len(tokens) and tokens[i + 1].lower in ("is", "was") \
            and tokens[i - 1].lower in CUE_FORMS:
        return True  # `said writing was "a kind of prayer"`: a gerund, the subject of what was said
    if word.endswith("ing") and (tokens[i - 1].lower in ("the", "a", "an") or _article_and_modifier(tokens, i)):
        return True  # `prompted Engoron to quip the questioning sounded like a "broken record"`: a gerund, a noun;
        # `wrote in a 40-page ruling that`
    if word == "say" and tokens[i - 1].lower in ARTICLES_AND_POSSESSIVES - {"her"}:
        return True  # `had his say on that game`, `have a say`: a share in the talk, not a verb
    if word == lemma and tokens[i - 1].lower in ARTICLES_AND_POSSESSIVES and _compound_noun(tokens, i):
        return True  # `their stress tests`: a noun before a noun (but `her claim that "…"` is hers)
    if not word.endswith("s") or word == lemma:
        return False
    if _after_relative_that(tokens, i):
        return False  # `a withering editorial that accuses Sanders of …`: the relative clause's verb
    if i + 1 < len(tokens) and tokens[i + 1].lower in _MODALS:
        return True  # `aid pledges must be delivered`: a noun, the subject of the modal
    if _listed_with_a_noun(tokens, i):
        return True  # `which examines bellwether states and counties`
    before = tokens[i - 1]
    if before.is_word and i > 1 and tokens[i - 2].text[:1].isdigit() and not an_age(tokens[i - 2].lower) and (
            before.is_capitalised or not before.lower.endswith("s")):
        return True  # `more than 1,300 Clinton emails contained`, `40 record labels turned up`; not `for 9th
        # graders explains`
    if before.is_capitalised and i > 1 and tokens[i - 2].lower in _NOUN_PREPOSITIONS and lemma not in _NO_NOUNS \
            and not (i > 2 and tokens[i - 2].lower == "of" and tokens[i - 3].lower in ROLE_WORDS):
        return True  # `amid Tory claims the ads were …`: a noun a name qualifies after a preposition; not `Paul
        # Goosens, head of Preventon tells the BBC`, a role's body then the verb
    if before.is_capitalised and not before.is_possessive and tokens[i - 2].is_capitalised:
        return False  # `As Mr Prior remarks`: a name, not `prior remarks`
    if before.text[:1].isdigit() and i > 1 and tokens[i - 2].is_capitalised and i + 1 < len(tokens) and (
            tokens[i + 1].text == ":" or tokens[i + 1].lower == "that" or tokens[i + 1].is_quote):
        return False  # `Article 33 affirms: "…"`, `Transport 2000 states that`: a name with a number, then its verb
    return before.lower in _NOUN_MARKERS or before.is_possessive \
        or before.text[:1].isdigit() and not an_age(before.lower) or _after_an_adjective(tokens, i)
    # but `the 30-year-old tells the Sunday Times`: a person by age, then the verb


def _after_relative_that(tokens, i) -> bool:
    """`that` right before, itself right after a lowercase noun (`editorial that accuses`): a
    relative pronoun, so the -s word is its verb; not `said that claims …`."""
    if i < 2 or tokens[i - 1].lower != "that":
        return False
    noun = tokens[i - 2]
    return noun.is_word and not noun.is_capitalised and noun.lower not in CUE_FORMS and noun.lower not in _NOT_NOUNS \
        and not noun.lower.endswith(("ed", "ing", "ly"))


def _after_an_adjective(tokens, i) -> bool:
    """`a wave of surprisingly positive comments`: an -s form after an adjective (and its adverbs)
    that follows `of` is a noun."""
    k = i - 1
    if k < 1 or not tokens[k].is_word or tokens[k].is_capitalised or not tokens[k].lower.endswith(ADJECTIVE_ENDINGS):
        return False
    k -= 1
    while k > 0 and tokens[k].lower.endswith("ly") and tokens[k].is_word and not tokens[k].is_capitalised:
        k -= 1
    return tokens[k].lower == "of"  # not `The festival praises`, `the document states`


def _after_a_and_a_name(tokens, i) -> bool:
    """`a TUC report`, `a World Bank report`: capitalised words between `a` or `an` and the word at `i`."""
    j = i - 1
    while j > 0 and tokens[j].is_capitalised and i - j <= 4:
        j -= 1
    return j < i - 1 and tokens[j].lower in ("a", "an")


def _listed_with_a_noun(tokens, i) -> bool:
    """An -s word joined by `and` or `or` to a lowercase plural that is no cue: `states and
    counties`, `claims or rumours`; not `warns and insists`."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in ("and", "or"):
        return False
    other = tokens[i + 2]
    return other.is_word and not other.is_capitalised and other.lower.endswith("s") and other.lower not in CUE_FORMS


def broke_into(tokens, i) -> int | None:
    """The finite verb before `into` or `in` and the cue noun at `i` (`launched into a lament`, `broke
    into chants of`, `joined in a thunderous chant of`): whose subject says it."""
    if tokens[i].lower.endswith("ed"):
        return None  # a verb: `who has in the past described`
    k = i - 1
    while k > i - 3 and k > 0 and tokens[k].is_word and not tokens[k].is_capitalised and tokens[k].lower not in (
            "in", "into") and tokens[k].lower not in DETERMINERS and tokens[k].lower not in CUE_FORMS:
        k -= 1  # `thunderous`
    if k > 0 and tokens[k].lower in ("a", "an"):
        k -= 1
    if k < 1 or tokens[k].lower not in ("in", "into"):
        return None
    if tokens[k - 1].lower in CUE_FORMS:
        return None  # `said in a note to clients`, `wrote in a post`: the verb reports; the noun is where
    from .verbs import is_finite_verb  # verbs reads cues: imported here, not at the top

    return k - 1 if is_finite_verb(tokens, k - 1) else None


def _gives_a_name(tokens, i) -> bool:
    """`a charity called Shelter.`, `phoned Smith,`: capitalised words after `called` that end the
    clause, with no quotation after them; `called Clinton "crooked"` is speech."""
    j = i + 1
    while j < len(tokens) and tokens[j].is_capitalised:
        j += 1
    if j > i + 1 and j < len(tokens) and not tokens[j - 1].is_possessive:
        from .verbs import is_finite_verb  # verbs reads cues: imported here, not at the top

        if is_finite_verb(tokens, j):
            return True  # `A warm-up band called Sophistafunk got the crowd to cheer for "…"`
    return j > i + 1 and (j == len(tokens) or not tokens[j].is_quote and not tokens[j].is_word)


def _adjective_use(tokens, i) -> bool:
    """`the congressman's alleged "paramours"`, `the repeated "lies"`, `from noted constitutional scholars`: a
    participle after a possessive, an article or a preposition qualifies a noun; no one speaks."""
    if i == 0 or not tokens[i].lower.endswith("ed"):
        return False
    before = tokens[i - 1]
    if before.lower in PREPOSITIONS and before.lower not in ("as", "by", "than") and i + 1 < len(tokens):
        after = tokens[i + 1]  # `articles from noted constitutional scholars`: an adjective before a noun
        return after.is_word and not after.is_capitalised and after.lower not in PREPOSITIONS \
            and after.lower not in ("that", "and", "or", "it", "he", "she", "they") and not after.lower.endswith("ly")
    return before.is_possessive or before.lower in ARTICLES_AND_POSSESSIVES


_PARTICLES = {"call": ("for", "on", "off", "up", "out", "in", "back"), "add": ("up", "to"),
              "post": ("up",), "figure": ("out",), "reckon": ("with",), "answer": ("for",),
              "state": ("department",), "note": ("s",), "thank": ("to",), "charge": ("with",),
              "compare": ("to", "with")}  # `a smaller image compared to the "full-fat" one`; but `compared him to`
