"""Is a quoted span speech, or a title, label or scare quote?

Speech: anything with a cue right after it (`"Absolutely," he said`); otherwise not when a
titling word stands right before it (`the film "Tulip Fever."`, `a policy dubbed "Obamacare"`),
when it is a short phrase in Title Case (`"One Hundred Years of Solitude"`) or a longer one no cue
gives to anyone (a paper's title in a citation), or when it is one
or two words with no speech verb in its sentence (`cats are "cuties"`).
"""
from __future__ import annotations

import re

from .attribution import Attribution
from .attribution.common import ARTICLES, is_according
from .attribution.layout import may_speak
from .cues import phrasal_then_subject
from .lexicon import (ADJECTIVE_ENDINGS, ARTICLES_AND_POSSESSIVES, CUE_FORMS, ING_PREPOSITIONS, INSCRIBED, REPLIES,
                      SENT_TEXTS, TITLING)
from .phrases import DASHES, MAX_SENTENCE, NAMING_WORDS, NP_BREAKERS, TITLE_WORD, mention_of, sentence_start, title_case
from .tokens import MARKS, OPENING, SENTENCE_END, Token, is_nickname
from .verbs import FORMS_OF_BE, is_finite_verb


def is_speech(content: str, tokens: list[Token], ti: int, attribution: Attribution | None,
              title_cased: bool = False) -> bool:
    """`title_cased`: the quotation stands in a headline that capitalises every word, so its own
    capitals tell no title of a work (`Rank 'Set to Sell Off Film Unit'`)."""
    words = TITLE_WORD.findall(content)
    if not words or is_nickname(tokens, ti):
        return False
    if _named_thing(tokens, ti, words) and not _said_by_the_phrase_after(tokens, ti, attribution):
        return False  # even before a cue: `on CBS's "Face the Nation," Ryan said`
    titled_by = tokens[ti - 2] if ti >= 2 and tokens[ti - 1].text == ":" else tokens[ti - 1] if ti else None
    if titled_by is not None and titled_by.lower in _TITLE_VERBS:
        return False  # `the spot, titled "Arrogant," features a Times report`: a cue after names no speaker; `a
        # paper titled: "A limited-preview filtered B-spline approach to …"`
    short_title = 2 <= len(words) <= 8 and title_case(words) and not title_cased  # `"Apollo 13"`, `"Dear Walter"`
    if short_title and _object_of_a_doing(tokens, ti):
        return False  # `accused the firms of conspiring and running "Racketeer Influenced and Corrupt Organisations"`
    if short_title and ti and tokens[ti - 1].lower in _MAKING_A_WORK and content.rstrip()[-1:] not in ".!?,":
        return False  # `Jane Smith wrote "Normal People" in 2018`, `recorded "Someone Like You"`: a work's title
    if ti and tokens[ti - 1].lower in _MAKING_NOT_WRITING and title_case(words) and len(words) <= 8 \
            and content.rstrip()[-1:] not in ".!?" and not _one_who_speaks_after(attribution):
        return False  # `Robbie, who also produced "Saltburn," said she …`: a work's title, one word or more, whatever
        # the comma inside its marks (but not `wrote "Thanks,"`: what one writes may be words)
    if _bylined(tokens, ti):
        return False  # `"Met accused of whitewashing baby Jesus," by Post's Kathianne Boniello:`: a story's headline
    if short_title and _a_titled_subject(content, tokens, ti) and not _one_who_speaks_after(attribution):
        return False  # `"Islamic State" claimed the attack`: a name its verb follows, no words said (but `"Just
        # Do It" implored the front page headline`)
    if ti >= 2 and tokens[ti - 1].lower in _WORD_NOUNS and tokens[ti - 2].lower in ("the", "a"):
        return False  # `The word "woke" has become a political weapon, said linguist Rob Drummond`: a word named,
        # whoever speaks of it
    if attribution is not None and attribution.where == "after" and attribution.mention is not None:
        return True
    if len(words) <= 2 and _an_example(tokens, ti) and not content.rstrip().endswith((".", "!", "?")):
        return False  # `it discounts terms that cause problems, such as "affect" and "effect"`: words cited, not said
    if _known_as_after(tokens, ti) and len(words) < 8:
        return False  # `"river of golden sand" as the upper reaches of the Yangtze are known`
    if _titled(tokens, ti) and (len(words) < 8 or title_case(words) and len(words) <= _LONG_TITLE) \
            and not _said_to_a_work(tokens, ti, words, attribution) \
            and not _labelled_by_an_agent(tokens, ti, attribution):
        return False  # `Peter Burrows's book "Backfire: Carly Fiorina's High-Stakes Battle for the Soul of …"`
    attributed = attribution is not None and attribution.where != "subject" and not _no_one_speaks(attribution)
    if not attributed and _subtitled(content, words):
        return False  # `author of "Central Bankers at the End of Their Ropes: Monetary Policy and the Coming …"`
    if (short_title and not attributed and not _chant(content, words)
            and not _a_sentence_of_its_own(content, tokens, ti)):
        return False  # `roles in "Apollo 13," and "Austin Powers: The Spy Who Shagged Me"`
    cued = attributed or _sentence_has_cue(tokens, ti)
    if not cued and len(words) <= _MODIFIER_WORDS and _modifies_a_noun(tokens, ti) and not _adjectival(words):
        return False  # `Libraries will return to a "click and collect" system`: a label, no one's words (but
        # `appealing against the "unfair and excessive" fines`: a judgement, the subject's)
    if not cued and len(words) > 8 and not title_cased and title_case(words):
        return False  # `D. Greene and P. Cunningham. "Practical Solutions to the Problem of …", Proc. ICML`: a title
    return not (len(words) <= 2 and not cued and not _a_sentence_of_its_own(content, tokens, ti))


def _a_titled_subject(content: str, tokens: list[Token], ti: int) -> bool:
    """A name in Title Case with no mark of a sentence's end or a comma inside its marks, opening its
    sentence and followed at once by a word in lowercase: the sentence's subject (`"Islamic State" claimed
    the attack`), not a quotation a cue after it gives (`"We Will Win," said Trump`)."""
    if content.rstrip(MARKS + " ")[-1:] in ",.!?;:" or ti + 1 >= len(tokens) or sentence_start(tokens, ti) != ti:
        return False
    after = tokens[ti + 1]
    return after.is_word and not after.is_capitalised and after.lower not in FORMS_OF_BE  # (not `"Welcome to
    # CeBit 2005" was the message from the pilot`: what the pilot said)


def _one_who_speaks_after(attribution: Attribution | None) -> bool:
    """A cue after the quotation whose mention may speak: a name, a person, a body (`may_speak`) or a
    text (`the front page headline`); not `the attack`."""
    if attribution is None or attribution.where != "after" or attribution.mention is None:
        return False
    low = attribution.mention.tokens[-1].bare.lower()
    return may_speak(attribution.mention) or low in INSCRIBED or low in SENT_TEXTS


def _modifies_a_noun(tokens: list[Token], ti: int) -> bool:
    """Between an article or an owner and a word in lowercase that no verb or joining word is: a
    phrase used as a noun's modifier (`a "click and collect" system`, `its "zero tolerance" policy`)."""
    if ti < 1 or ti + 1 >= len(tokens) or tokens[ti - 1].lower not in ARTICLES_AND_POSSESSIVES:
        return False
    after = tokens[ti + 1]
    return after.is_word and not after.is_capitalised and after.lower not in NP_BREAKERS \
        and after.lower not in FORMS_OF_BE and after.lower not in CUE_FORMS and not is_finite_verb(tokens, ti + 1)


_MODIFIER_WORDS = 4  # `a "pay as you go" scheme`


def _adjectival(words: list[str]) -> bool:
    """A phrase that ends on an adjective's ending (`unfair and excessive`, `deeply offensive`): a
    judgement, not a name for a thing (`establishment`, `agreement`: nouns)."""
    last = words[-1].lower()
    return last.endswith(ADJECTIVE_ENDINGS) and not last.endswith(("ment", "ments"))


_MAKING_A_WORK = {"wrote", "writes", "penned", "pens", "recorded", "records", "released", "directed", "directs",
                  "composed", "published", "produced", "produces"}  # verbs whose object in Title Case is a work's
# title, made (but `sang "Abide With Me"`: words the mourners sang, as a chant is)
_WRITING = {"wrote", "writes", "penned", "pens"}
_MAKING_NOT_WRITING = frozenset(_MAKING_A_WORK - _WRITING)  # `produced "Saltburn,"`: a work, whatever its comma


def _object_of_a_doing(tokens: list[Token], ti: int) -> bool:
    """Right after an -ing verb that is no cue (`running`, `launching`, `joining`): what is done
    or joined, a name in Title Case, not words said."""
    before = tokens[ti - 1] if ti else None
    return before is not None and before.is_word and not before.is_capitalised and before.lower.endswith("ing") \
        and before.lower not in CUE_FORMS and before.lower not in ING_PREPOSITIONS


def _said_to_a_work(tokens: list[Token], ti: int, words: list[str], attribution: Attribution | None) -> bool:
    """`Jane Ogden told the TV show, "Shaming is the wrong way forward."`: words set off by a comma
    after a cue whose speaker is named are said to the work, not its title (`his radio show,
    "Generations with Kevin Swanson,"` is in Title Case)."""
    return attribution is not None and attribution.where == "before" and attribution.mention is not None \
        and tokens[ti - 1].text in (",", ":") and not title_case(words)


def a_word_of_no_ones(content: str, tokens: list[Token], ti: int, attribution: Attribution | None) -> bool:
    """One quoted word that no cue or subject gives to anyone (`a federal "supermax" prison …, and a
    former defense official said`): a label, unless the paragraph finds it a speaker after all
    (`… comparing Mexican immigrants to "rapists"`, Trump's, from the sentence before)."""
    return len(TITLE_WORD.findall(content)) == 1 and (attribution is None or attribution.mention is None
                                                      and not _unnamed_speaks(attribution)) \
        and not _a_sentence_of_its_own(content, tokens, ti)


def _unnamed_speaks(attribution: Attribution) -> bool:
    """`"No," came the reply`: speech, though the text names no one for it."""
    return attribution.where == "passive" and attribution.cue.lower() in REPLIES


def _subtitled(content: str, words: list[str]) -> bool:
    """A title and its subtitle, both in Title Case: `Superminds: The Surprising Power of People and
    Computers Thinking Together`."""
    title, colon, subtitle = content.partition(":")
    return bool(colon) and len(words) <= _LONG_TITLE and all(
        part and title_case(part) for part in (TITLE_WORD.findall(title), TITLE_WORD.findall(subtitle)))


def _no_one_speaks(attribution: Attribution) -> bool:
    """`Sapporo is already well-established with the beer-flavoured "Draft One"`: a passive with no
    speech verb says nothing of who, if anyone, speaks."""
    return attribution.where == "passive" and attribution.cue.lower() not in CUE_FORMS


def _bylined(tokens: list[Token], ti: int) -> bool:
    """`—"Posthumous books could come with a lot of dollar signs," by Boston Globe's Joseph P. Kahn`:
    a quotation that opens its sentence (or follows `According to`), ends on a comma and has `by` and
    a name after it is the title of a work, the name its author's (not `branded a "disgraceful waste"
    by MPs`)."""
    after = tokens[ti + 1:ti + 3]
    return (len(after) == 2 and after[0].lower == "by" and (after[1].is_capitalised or after[1].lower == "the")
            and tokens[ti].quote_ends_with(",") and (ti == 0 or not tokens[ti - 1].is_word
                                                     or ti >= 2 and is_according(tokens, ti - 2)))  # `According to`


def _chant(content: str, words: list[str]) -> bool:
    """`"Ted! Ted! Ted!"`, `"Trump, Trump, Trump"`: a cry, not a title."""
    return "!" in content or len(set(words)) < len(words)


def _introduced_sentence(tokens: list[Token], ti: int) -> bool:
    """A whole sentence after a colon: what the words before it introduce is said, not named."""
    inner = tokens[ti].text.strip(MARKS + " ")
    return ti > 0 and tokens[ti - 1].text == ":" and inner[:1].isupper() and inner.endswith((".", "!", "?"))


def _a_sentence_of_its_own(content: str, tokens: list[Token], ti: int) -> bool:
    """`… Smith went on. "We lost."`, `Mary Jones was blunt: "We lost."`: a short quotation that is a
    whole sentence is said (after a colon, not a name or a slogan in capitals: `one message: "Dump Trump."`)."""
    stripped = content.rstrip()
    words = TITLE_WORD.findall(content)
    introduced = ti > 0 and (tokens[ti - 1].text == ":" or tokens[ti - 1].text in DASHES and (
        ti + 1 == len(tokens) or tokens[ti + 1].text in SENTENCE_END)) and not (len(words) > 1 and title_case(words))
    # (`Sad!`; a dash before a quotation that closes its sentence, as a colon: `a message for him - "Resign now."`)
    opens = ti == 0 or tokens[ti - 1].text in SENTENCE_END or introduced
    return opens and stripped[:1].isupper() and stripped.endswith((".", "!", "?"))


def _said_by_the_phrase_after(tokens: list[Token], ti: int, attribution: Attribution | None) -> bool:
    """`"This is desperate," campaign manager Robby Mook said`: a quotation closing on a comma whose cue's subject
    opens right after it, though its first word may name a thing (`the "Never Trump" campaign`)."""
    return attribution is not None and attribution.mention is not None and ti + 1 < len(tokens) \
        and attribution.mention.start == tokens[ti + 1].start and tokens[ti].quote_ends_with((",", "!", "?")) \
        and not tokens[ti + 1].is_capitalised and (ti == 0 or tokens[ti - 1].text in SENTENCE_END)  # (not `on "Fox
    # News Sunday," Rep. Darrell Issa said`: a show, inside its sentence)


def _named_thing(tokens: list[Token], ti: int, words: list[str]) -> bool:
    """`told MSNBC's "Morning Joe"`, `on "Fox News Sunday,"`, `his "Keepin' It Real" radio program`,
    `the "Never Trump" movement`, `a "Commander-in-Chief Forum"`: the name of a show, a programme or a movement."""
    before = tokens[ti - 1] if ti else None
    after = tokens[ti + 1] if ti + 1 < len(tokens) else None
    if after is not None and after.is_word and not after.is_capitalised and ti + 2 < len(tokens) \
            and tokens[ti + 2].lower in TITLING and after.lower not in _BREAKERS_OR_ARTICLES \
            and len(words) >= 2 and not tokens[ti].quote_ends_with((",", ".", "!", "?", ":")):
        after = tokens[ti + 2]  # `McDonald's "I'm lovin' it" advertising campaign`
    if (after is not None and (after.lower in TITLING or after.lower in INSCRIBED or after.lower in _ROLES_IN_A_WORK)
            and len(words) <= 6
            and not tokens[ti].quote_ends_with(".") and not phrasal_then_subject(tokens, ti + 1)):
        return True  # `the "Hillary" film`, `"Orange is the New Black" star Selenis Leyva`; not `"Fine." Director …`,
        # nor `"We will win," hit back Tom Brown`: a phrasal cue
    if before is not None and before.lower == "of" and ti >= 2 and tokens[ti - 2].bare.lower() in _RENDERINGS:
        return True  # `her performance of "Ne partez pas sans moi."`: a song, in any case
    if title_case(words) and len(words) <= 8 and _a_work_after(tokens, ti):
        return True  # `publish "Trump Revealed," a biography written by …`
    if not (title_case(words) and len(words) <= 8) or before is None:
        return False
    if "!" in tokens[ti].text and not (before.is_possessive and len(before.bare) > 1 and before.bare.isupper()):
        return False  # `chants of "Ted! Ted!"` are speech; but `on NPR's "Wait, Wait … Don't Tell Me!"`: an
        # acronym's (a network's, a body's) titled thing
    if before.lower in ("a", "an", "the") and len(words) >= 2:
        return True  # `during a "Commander-in-Chief Forum" sponsored by NBC`
    if before.lower == "of":
        return ti < 2 or tokens[ti - 2].lower not in _VOICES
    if before.lower in ("told", "tells", "telling") and len(words) <= 6:
        return True  # `Fiorina told "Fox and Friends,"`: the show she spoke to
    medium = before.is_possessive and (before.is_capitalised or before.bare.lower() in TITLING)
    # `an interview with "Fox News Sunday."`
    interviewed = before.lower == "with" and ti > 1 and tokens[ti - 2].lower in _CONVERSATIONS
    listed = before.lower == "including"  # `Latin hits including "La Gozadera"`
    appositive = before.text == "," and ti > 1 and tokens[ti - 2].bare.lower() in TITLING - _VERBS
    # `his weekly radio show, "Generations with Kevin Swanson,"`
    return before.lower in ("on", "in", "from") or medium or interviewed or listed or appositive  # `CBS's "…"`


def _an_example(tokens: list[Token], ti: int) -> bool:
    """A quotation in the list `such as` opens (`such as "affect" and "effect"`, `such as "ambassador," "attack"`)."""
    j, stop = ti - 1, max(0, ti - _LISTED_REACH)
    while j > stop and (tokens[j].is_quote or tokens[j].text == "," or tokens[j].lower in ("and", "or")):
        j -= 1
    return j > 0 and tokens[j].lower == "as" and tokens[j - 1].lower == "such"


_LISTED_REACH = 16  # tokens back from a quotation to `such as`: a few examples, not a run of thousands of marks


def _a_work_after(tokens: list[Token], ti: int) -> bool:
    """`"Trump Revealed," a biography written by …`: a quotation ending on a comma set in apposition
    to a word for a work (after an article and at most two words)."""
    after = tokens[ti + 1:ti + 5]
    if not tokens[ti].quote_ends_with(",") or not after or after[0].lower not in ARTICLES:
        return False
    return any(t.lower in TITLING - _VERBS for t in after[1:]) and all(t.is_word for t in after[1:])


_LONG_TITLE = 14
_CONVERSATIONS = {"interview", "interviews", "appearance", "conversation", "chat", "sit-down"}
_ROLES_IN_A_WORK = {"star", "stars", "actor", "actress", "host", "hosts", "creator", "author", "director", "producer",
                    "writer", "cast", "co-star", "anchor", "narrator"}
_RENDERINGS = {"performance", "performances", "rendition", "renditions", "version", "cover", "recording", "remix",
               "staging"}
_VOICES = {"chants", "chant", "cries", "cry", "calls", "shouts", "chorus", "chanting", "cheers", "choruses", "refrain"}


def _sentence_has_cue(tokens: list[Token], ti: int) -> bool:
    from .cues import cue_lemma, spoke_of

    for step in (-1, 1):
        i, end = ti + step, ti + step * MAX_SENTENCE  # (no sentence is longer: see sentence_start)
        while 0 <= i < len(tokens) and i != end and tokens[i].text not in SENTENCE_END:
            if cue_lemma(tokens[i]) or spoke_of(tokens, i):
                return True
            i += step
    return False


def _titled(tokens: list[Token], ti: int) -> bool:
    start = max(ti - 3, sentence_start(tokens, ti))  # not across a full stop: `his report said. "…"`
    before = [t for t in tokens[start:ti] if t.is_word]
    if before and before[-1].lower in _VERBS and _someone_labels(tokens, ti - 1):
        return False  # `what lawmakers called "fraud"`, `which it called "a threat"`
    if not before or _introduced_sentence(tokens, ti):
        return False  # `used her words as its headline: "Finally. Someone who thinks like me."`
    if _WHEN.fullmatch(tokens[ti].text.strip(MARKS + " .,")):
        return False  # `a coach would be named "shortly"`: when, not what it is named
    last = before[-1].lower
    if _known_as(tokens, ti):
        return True  # `a program known as an "aggregator"`, `what is known as the "one time" rule`
    if last == "term" and len(before) > 1 and before[-2].lower in _SPANS:
        return False  # `a longer term "step change in pricing"`: an adjective, not the word `term`
    if last in _LABEL_WORDS or _named_in_the_passive(before) or _thing_called(before):
        return True
    # a work's title has capitals (`the film "Tulip Fever."`, `his favorite book is "One Hundred …"`);
    # not a report "as soon as possible"
    capitalised = not tokens[ti].text.lstrip(OPENING).lstrip()[:1].islower()
    return capitalised and (last in TITLING or len(before) > 1 and before[-2].lower in TITLING - _VERBS)


def _thing_called(before: list[Token]) -> bool:
    """`an inflation formula called the "chained CPI"`: a thing, a naming participle and an article before the
    quotation: the thing's name (not `Lawmakers called the "deal" …` nor `Biden called the "MAGA" movement …`,
    whose subjects call)."""
    if len(before) < 3 or before[-1].lower not in ARTICLES or before[-2].lower not in NAMING_WORDS:
        return False
    thing = before[-3]  # a noun: not `have called a`, `being dubbed the`
    if not thing.text.islower() or thing.lower in NP_BREAKERS or thing.lower in FORMS_OF_BE \
            or thing.lower in ("have", "has", "had") or thing.lower.endswith("ing"):
        return False
    mention = mention_of([thing])
    return mention is not None and not may_speak(mention)


def _named_in_the_passive(before: list[Token]) -> bool:
    """`The resulting work is called a "modified version"`: a naming verb in the present passive, then
    an article: what a thing is called, a term, not anyone's words (but `has been called the "worst man
    in the East"`, `being dubbed the "presumptive nominee"`: someone did the calling; and see
    `_labelled_by_an_agent`)."""
    return len(before) >= 3 and before[-1].lower in ARTICLES and before[-2].lower in NAMING_WORDS \
        and before[-3].lower in ("is", "are")


def _labelled_by_an_agent(tokens: list[Token], ti: int, attribution: Attribution | None) -> bool:
    """`This feature has been called "strategic ambiguity" by Joshua Hendrick`, `was dubbed a "disgrace"
    by critics`: a passive naming verb whose agent follows the quotation labels with words of its own
    (not `a film called "…" by X`, where X made the film)."""
    verb = ti - 2 if ti >= 2 and tokens[ti - 1].lower in ARTICLES else ti - 1
    return (attribution is not None and attribution.where == "agent" and attribution.mention is not None
            and verb >= 1 and tokens[verb].lower in NAMING_WORDS and tokens[verb - 1].lower in FORMS_OF_BE)


def _known_as(tokens: list[Token], ti: int) -> bool:
    """`known as an "aggregator"`, `known by his fellow professionals as "Dracula"`."""
    k = ti - 1
    if k >= 0 and tokens[k].lower in ("a", "an", "the"):
        k -= 1
    if k < 1 or tokens[k].lower != "as":
        return False
    for j in range(k - 1, max(-1, k - 1 - _KNOWN_REACH), -1):
        if not tokens[j].is_word:
            return False
        if tokens[j].lower == "known":
            return True
    return False


_KNOWN_REACH = 6


def _known_as_after(tokens: list[Token], ti: int) -> bool:
    """`"river of golden sand" as the upper reaches of the Yangtze are known`: a name the words after
    the quotation say something is known by."""
    k = ti + 1
    if k + 1 >= len(tokens) or tokens[k].lower != "as" or not (
            tokens[k + 1].lower in _NAMED_OPENERS or tokens[k + 1].is_capitalised):
        return False  # not `"…" as soon as the election is called`
    for j in range(k + 1, min(len(tokens), k + 2 + _KNOWN_AFTER_REACH)):
        if not tokens[j].is_word:
            return False
        if tokens[j].lower in ("known", "called", "nicknamed", "dubbed") and tokens[j - 1].lower in FORMS_OF_BE:
            return j + 1 == len(tokens) or not tokens[j + 1].is_word  # not `as he was known to say`
    return False


_KNOWN_AFTER_REACH = 10
_NAMED_OPENERS = ARTICLES_AND_POSSESSIVES | {"it", "they", "he", "she", "this", "these"}


# Words for what is said, not for works: `the phrase "basket of deplorables"`.
_TERMS = {"term", "word", "phrase", "slogan", "hashtag", "label", "so-called", "motto", "catchphrase", "nickname",
          "brand", "headline"}
_WORD_NOUNS = frozenset({"word", "term", "phrase", "hashtag"})  # nouns for a word itself, not for what is said
_LABELLERS = {"it", "he", "she", "they", "we", "i", "you", "what", "which", "who"}


def _someone_labels(tokens: list[Token], verb: int) -> bool:
    """`called` right before the quotation has a subject that does the calling (`it called`,
    `what lawmakers called`), unlike `a film called`."""
    if any(t.lower in _LABELLERS for t in tokens[max(0, verb - 2):verb]):
        return True
    for t in reversed(tokens[max(0, verb - _RELATIVE_REACH):verb]):  # `who Beck on Wednesday called`
        if not t.is_word:
            return False
        if t.lower in _RELATIVES:
            return True
    return False


_RELATIVE_REACH = 5
_RELATIVES = {"who", "whom", "which", "what"}


_WHEN = re.compile(r"(?:very |as )?(?:shortly|soon|later|imminently|in due course|in the coming (?:days|weeks))",
                   re.IGNORECASE)
_TITLE_VERBS = {"titled", "entitled", "so-called"}  # `the so-called "Islamic State"`: a name the writer keeps off
_VERBS = NAMING_WORDS | {"known"}
_LABEL_WORDS = _TERMS | _VERBS
_SPANS = {"long", "longer", "short", "shorter", "medium", "near", "mid"}


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_BREAKERS_OR_ARTICLES = frozenset(NP_BREAKERS | ARTICLES_AND_POSSESSIVES)
