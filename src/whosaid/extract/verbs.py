"""Verbs without a tagger: which words read as finite verbs, and which verb a clause hangs on.

`went on to say` hangs on `went`; `…, saying` on the finite verb before its comma; `X did A and
said` on the first verb of the pair. Word lists and word shapes only.
"""
from __future__ import annotations

from .cues import LIGHT_VERBS, cue_lemma
from .lexicon import (ARTICLES_AND_POSSESSIVES, DETERMINERS, EPITHET_HEADS, FINITE_AUXILIARIES, FIRST_NAME_TRADES,
                      IRREGULAR_PAST, NATION_ADJECTIVES, NOT_ADVERBS, ROLE_WORDS, an_age)
from .tokens import SENTENCE_END

ADVERBS = set("""
also then later again still once now just even never not n't already first finally further instead almost
though
previously recently repeatedly publicly privately separately earlier reportedly initially last
only often always sometimes soon afterward afterwards meanwhile however therefore thus otherwise
elsewhere nevertheless nonetheless indeed likewise similarly rather quite
""".split())
FORMS_OF_BE = {"is", "was", "were", "are", "am", "be", "been", "being", "'s", "’s"}
FINITE_BE = {"is", "are", "was", "were"}  # of a third person: `are promising`, `Among them were blogs`; not
# `been` (`claim that there have been "…"` is the claim's)


def is_adverb(tok) -> bool:
    """`then`, `also`, `angrily`: words between a subject and its verb."""
    return tok.lower in ADVERBS or ly_adverb(tok.lower) and not tok.is_capitalised


def ly_adverb(low: str) -> bool:
    """`angrily`, `immediately`; not `family`, `Kelly` (lowercased)."""
    return low.endswith("ly") and len(low) > 4 and low not in NOT_ADVERBS


def is_finite_verb(tokens, i: int) -> bool:
    """A past or present verb form: `went`, `criticized`, `says`, `has`; not `the disheartened`."""
    tok = tokens[i]
    if not tok.is_word or tok.is_capitalised:
        return False
    low = tok.lower
    if low in FINITE_AUXILIARIES or low.endswith(("n't", "n’t")):
        return True
    if low in IRREGULAR_PAST:
        return not _a_noun_after_its_article(tokens, i)
    if low.endswith("ing"):
        return False
    before = tokens[i - 1] if i else None
    if before is not None and (before.lower in DETERMINERS or before.is_possessive or before.lower in LIGHT_VERBS) \
            and not (before.lower in ("this", "that") and low in MAKING):
        return False  # `the disheartened state`, `her remarks`, `makes claims`; but `That prompted Rubio to`
    if low.endswith("ed") and (len(low) > 4 or low in _SHORT_PAST):
        return True
    if low in OF_MIND:
        return True  # `the defender believes Mourinho is …`: not `defender believes Mourinho`, a phrase
    lemma = cue_lemma(tok)
    if lemma is None:
        return _present_after_a_person(tokens, i)
    return low != lemma or before is not None and before.lower in _PLURAL_PRONOUNS


def _present_after_a_person(tokens, i: int) -> bool:
    """`The chancellor ends by saying`, `the minister opens her speech`, `A soldier lights a cigarette`, `A farmer
    walks through his field`: a word in -s after a word for one person opening a description (`the`, `a`), then a
    preposition, an article or a possessive: a verb in the present, not a plural noun (`the player ratings`)."""
    low = tokens[i].lower
    if not (low.endswith("s") and not low.endswith("ss") and 2 <= i and i + 1 < len(tokens)):
        return False
    if tokens[i - 2].lower == "the" and tokens[i - 1].lower in ROLE_WORDS and tokens[i + 1].lower in _AFTER_A_VERB:
        return True
    described = tokens[i - 2].lower in _ARTICLES or i >= 3 and tokens[i - 3].lower in _ARTICLES \
        and tokens[i - 2].is_word and (not tokens[i - 2].is_capitalised or tokens[i - 2].lower in NATION_ADJECTIVES)
    # (`a Ukrainian soldier`, `an old farmer`)
    return described and (tokens[i - 1].lower in EPITHET_HEADS or tokens[i - 1].lower in FIRST_NAME_TRADES) \
        and not tokens[i - 1].is_capitalised \
        and (tokens[i + 1].lower in _AFTER_A_VERB or tokens[i + 1].lower in _AFTER_A_PERSONS_VERB)


_AFTER_A_VERB = {"by", "with", "his", "her", "their", "its", "on", "up", "off"}
_ARTICLES = {"a", "an", "the"}
_AFTER_A_PERSONS_VERB = {"a", "an", "the", "through", "into", "across", "towards", "down", "out", "back"}


_PLURAL_PRONOUNS = {"i", "we", "you", "they"}
# Verbs that make someone speak: `prompted Smith to say`, `That led him to quip`
MAKING = {"led", "leads", "lead", "leading", "prompted", "prompts", "prompt", "caused", "causes", "forced", "forces",
          "persuaded", "persuades", "allowed", "allows", "compelled", "inspired", "inspires", "drove", "drives"}
# not `urged`, `asked`, `pressed`: `He urged the chancellor to admit he had dragged "millions …"` is his words
OF_MIND = {"believes", "thinks", "feels", "knows", "reckons", "expects", "understands", "suspects", "considers"}


def _a_noun_after_its_article(tokens, i: int) -> bool:
    """`his best-known hit`, `the cut`, `Sony's bid`: a past form after an article or a
    possessive (an adjective in between) is a noun; `one said`, `that told` stay verbs."""
    k = i - 1
    if k > 0 and tokens[k].is_word and ("-" in tokens[k].text or tokens[k].lower.endswith("est")):
        if an_age(tokens[k].lower):
            return False  # `The 37-year-old beat Zverev`: an age is a person, whose verb follows
        k -= 1  # `his best-known hit`, `the latest cut`
    return k >= 0 and (tokens[k].lower in _NOUN_OPENERS or tokens[k].is_possessive and tokens[k].is_word
                       and not (k == i - 1 and tokens[i].lower == "said" and tokens[k].is_capitalised))
    # (`Sainsbury's said`: a name ending on `'s`, since no one's `said` is a noun)


_NOUN_OPENERS = ARTICLES_AND_POSSESSIVES - {"her"}  # `saw her hit the ball`: her may be an object
_SHORT_PAST = {"used", "sued", "axed", "owed"}  # `Mr Kennedy used a speech to say`


def is_participle(tokens, c: int, start: int) -> bool:
    """`…, saying` / `before adding`: an -ing form not after a form of `be`."""
    if not tokens[c].lower.endswith("ing"):
        return False
    return c == start or tokens[c - 1].lower not in FORMS_OF_BE


def is_passive(tokens, c: int, start: int) -> bool:
    """`has been called`, `was told`, `were said to be`: a participle after a form of be (not
    after 's: `he's said` is active), or after a verb of seeing (`see written on it`)."""
    if not (tokens[c].lower.endswith("ed") or tokens[c].lower in _PARTICIPLES):
        return False
    k = c - 1
    while k >= start and is_adverb(tokens[k]):
        k -= 1
    return k >= start and (tokens[k].lower in FORMS_OF_BE - {"'s", "’s"} or tokens[k].lower in _SEEING)


_PARTICIPLES = {"told", "written", "said", "paid", "made", "held", "given", "taken", "shown", "known", "seen",
                "sent", "brought", "kept", "left", "sold", "spent", "heard", "found", "won", "lost", "hit", "struck"}
# participles not in -ed (`Tributes have been paid to "…"`, `was given`)
_SEEING = {"see", "sees", "saw", "seen", "seeing", "find", "finds", "finding"}


def verb_before(tokens, i: int, start: int) -> int | None:
    """The nearest finite verb before `i` in the sentence, or None."""
    for k in range(i - 1, start - 1, -1):
        tok = tokens[k]
        if tok.is_quote or tok.text in SENTENCE_END:
            return None
        if is_finite_verb(tokens, k):
            return k
    return None


def governing_verb(tokens, c: int, start: int) -> int | None:
    """For an infinitive (`went on to say`, `interjected to say`, `is alleged to have told`), the verb
    it depends on."""
    i = c - 1
    while i >= start and is_adverb(tokens[i]):
        i -= 1
    if i > start and tokens[i].lower == "have" and tokens[i - 1].lower == "to":
        i -= 1  # `is alleged to have told`
    if i < start or tokens[i].lower != "to":
        return None
    for k in range(i - 1, max(start, i - _PARTICIPLE_REACH) - 1, -1):  # `taking to Twitter to call`: taking
        if not tokens[k].is_word:
            break
        if tokens[k].lower.endswith("ing") and not tokens[k].is_capitalised and len(tokens[k].lower) > 4 \
                and k + 1 < i and tokens[k + 1].lower == "to":
            return k
    return verb_before(tokens, i, start)


_PARTICIPLE_REACH = 4


def and_before(tokens, c: int, start: int) -> int | None:
    """`X criticized … and said`, `X was defending …, but admitted`: the index of the `and` or
    `but` that joins the cue to an earlier verb."""
    i = c - 1
    while i >= start and (tokens[i].lower in FINITE_AUXILIARIES or is_adverb(tokens[i])):
        i -= 1
    if i >= start and tokens[i].lower in ("and", "but"):
        return i
    for k in range(i, max(start, i - _PHRASE_BEFORE_CUE) - 1, -1):  # `but in a later interview said`
        if not tokens[k].is_word or tokens[k].is_capitalised and k != i:
            return None
        if tokens[k].lower in _OPENING_PREPOSITIONS and k > start and tokens[k - 1].lower in ("and", "but"):
            if any(t.lower in _SUBJECT_OPENERS for t in tokens[k + 2:i + 1]):
                return None  # `and at one point the crowd loudly reprised`, `and at one point he said`: its own subject
            return k - 1
    return None


_SUBJECT_OPENERS = {"the", "a", "an", "he", "she", "they", "we", "i"}  # after a phrase's first word


_PHRASE_BEFORE_CUE = 4  # words of a phrase between `but` and the verb it joins
_OPENING_PREPOSITIONS = {"in", "on", "at", "during", "later", "earlier"}
