"""Names in a document: who is mentioned where, with what title, whether as a sentence's
subject, and which full name each surname stands for. Built once a document, from every
paragraph (quotations included)."""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterator

from .firstnames import EITHER_SEX
from .lexicon import (ADJECTIVE_ENDINGS, ADVERB_ENDINGS, ARTICLES_AND_POSSESSIVES, AUXILIARIES, BODY_NOUNS, BODY_TEXTS,
                      BUSINESSES_NAMED_SO, CHARITY_VERBS, CLERICS_STYLE, CLUB_ENDINGS, COUNTRY_CODES, CUE_FORMS,
                      DEMONYMS, DEPARTMENT_ENDS, DESCRIPTORS, DETERMINERS, EPITHET_HEADS, FEMALE_PRONOUNS, FEMALE_WORDS,
                      FIRST_NAME_TRADES, GOVERNED, GROUP_PRONOUNS, HEADLINE_VERBS, HONORIFICS, ING_PREPOSITIONS,
                      IRREGULAR_PAST, LABELS, MALE_PRONOUNS, MALE_WORDS, MOODS, NAME_PARTICLES, NAME_SUFFIXES,
                      NATION_ADJECTIVE_PAIRS,
                      NATION_ADJECTIVES, NOT_NAMES, NUMBER_WORDS, OFFICE_DOMAINS, ORG_WORDS, OUTLETS, PARTY_WORDS,
                      PERSONAL_TITLES, PLACES, POLICE_QUALIFIERS, POLICE_TITLES, PREPOSITIONS, RELATIONS, REPLIES,
                      ROLE_WORDS, SEAT_SUFFIXES, SENT_TEXTS, SPEAKER_PRONOUNS, SPOKES_ROLES, STAGE_TRADES, VENUES,
                      compound_adjective, given_gender, given_name, invertible, learned_trade, names_place, past_tense,
                      plural, singular)
from .phrases import (DASHES, PEOPLE, campaign_to, campus_after, group_word, participle_alone, people_word,
                      plural_of_body, plural_of_person)
from .tokens import (ABBREVIATIONS, CAMEL_CASED, CLOSING, HANDLE, POSSESSIVE_ENDINGS, SENTENCE_END, STATES, TOKEN,
                     VERB_AFTER_A_MARK, has_contracted, party_and_state)
from .verbs import ADVERBS, FINITE_AUXILIARIES, FINITE_BE, OF_MIND, ly_adverb

_HARD_STOPS = {"the", "a", "an", "and", "but", "or", "in", "on", "at", "to", "of", "for", "with",
               "said", "says", "told", "he", "she", "they", "it", "i", "we", "this", "that",
               # a day ends a name: `told CNBC Saturday`, `Smith Tuesday said`
               "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
               "yesterday", "tomorrow", "tonight",
               # a verb too: `VOTE Was Germaine Greer right to quit?`
               "is", "was", "are", "were", "has", "had", "have", "does", "did", "can", "could", "would", "should"}
_OBJECT_MARKERS = {"a", "an", "to", "with", "by", "for", "of", "against", "behind", "about", "from", "than",
                   "like", "and", "or", "on", "at", "in", "into", "over", "under", "between", "among", "around",
                   "across", "through", "near", "outside", "inside", "toward", "towards", "beyond", "past", "via",
                   "his", "their", "its", "our", "my", "your"}  # `who presents Stars In Their Eyes said`
_SUBJECT_PRONOUN_REACH = 25  # tokens after a subject in which its pronoun is looked for


# Abbreviated titles and the office each stands for: `Pres. Obama` is `the president`
_TITLE_WORDS = {"pres.": "president", "pres": "president", "sen.": "senator", "sens.": "senator", "sen": "senator",
                "gov.": "governor", "gov": "governor", "rep.": "representative", "reps.": "representative",
                "rep": "representative", "gen.": "general", "gen": "general", "adm": "admiral", "col": "colonel",
                "lt": "lieutenant", "capt": "captain",
                "supt.": "superintendent", "det.": "detective", "prof.": "professor", "amb.": "ambassador",
                "adm.": "admiral", "col.": "colonel", "sgt.": "sergeant", "lt.": "lieutenant", "capt.": "captain",
                "cmdr": "commander", "cmdr.": "commander", "cdr": "commander", "maj": "major", "maj.": "major",
                "brig": "brigadier", "cpl": "corporal", "pte": "private", "sgt": "sergeant", "insp": "inspector",
                "supt": "superintendent", "det": "detective", "pc": "constable", "wpc": "constable",
                "con": "constable", "con.": "constable",  # (`Con` only after `Det`: `Det Con Amy Walsh`)
                "cllr": "councillor", "cllr.": "councillor"}


def _title_for_office(title: str, office: str) -> bool:
    """Whether a title before a name (`Sen.`, `Justice`, `Dr`) is the office written out (`senator`; `judge` too;
    `doctor`, though `Dr` in a run of titles is no office: `the Rt. Rev. Dr. Tom Wright`, the Bishop of Durham)."""
    low = title.lower()
    return _TITLE_WORDS.get(low, low) == office or low == "justice" and office == "judge" \
        or _ACADEMIC.get(low.rstrip(".")) == office \
        or low.rstrip(".") in ("rep", "reps") and office in ("congressman", "congresswoman")  # `Rep.`: a member


def _academic(title: str | None) -> bool:
    """`Dr`, `Prof`: a title the text may later write out (`the doctor`, `the professor`), whatever office is
    written before it."""
    return (title or "").lower().rstrip(".") in _ACADEMIC


_ACADEMIC = {"dr": "doctor", "prof": "professor"}  # titles and the offices they stand for


_RANKS_ABBREVIATED = {"cmdr", "cmdr.", "cdr", "maj", "maj.", "brig", "cpl", "pte", "sgt", "sgt.", "insp", "supt",
                      "supt.", "det", "det.", "lt.", "capt.", "col.", "adm.", "gen.", "gen", "adm", "col", "lt", "capt",
                      "pc", "wpc", "cllr", "cllr."}  # military and police ranks, and a councillor's title


@dataclass(slots=True)  # not frozen: one is made for every name, and a frozen one takes 5x as long to make
class NameMention:
    para: int
    start: int
    end: int
    words: tuple[str, ...]  # without titles, suffixes and possessive endings: ("Harvey", "Weinstein")
    title: str | None  # "Mr.", "Sen.", "actress"
    is_org: bool
    in_quote: bool
    is_subject: bool = False
    pronoun: str | None = None  # the first he/she after a subject mention, in its sentence; n: `Tata is running its`
    before_cue: bool = False  # the subject of a speech verb: `Burton explained`
    subordinate: bool = False  # a subordinate clause's subject: `said Melzer was`, `as Lincoln did`
    adverbial: bool = False  # an adverbial clause's subject, inside a sentence: `… when Mr Blunkett argued`
    described: bool = False  # a full name with an appositive: `Henry Crespo, president of …`
    office: tuple[str, ...] = ()  # the role written before the name: ("prime", "minister"), ("tory", "leader")
    set_off: tuple[str, ...] = ()  # the office an appositive after it gives: `Ruth Kelly, the education secretary,`
    outlet: bool = False  # a publication's or a programme's name of several words: `PC Pro magazine`
    embedded: bool = False  # a subject after a word that is no conjunction: `who include Nobel laureate X`
    source: bool = False  # after `according to`, `a spokesman for`, before `'s board`: who said what it reports
    runs_on: bool = False  # a lowercase word follows: `Carson supporters`, `the Cruz campaign`, `Smith said`
    possessive: bool = False  # `Kraft's new label`
    label: str | None = None  # the word for a body beside the name: `magazine` in `US magazine Rolling Stone`
    in_relative: bool = False  # a subject only of the relative clause after it: `Steve Morgan, who got frustrated`
    owned: bool = False  # after `its` or `their`, or one word after `a`: a thing, `its Sky+ boxes`, `a PVR`; or
    # a stretch of land or water, `the Calder valley`
    numbered: bool = False  # a number follows: a product or a work, `Half-Life 2`, `Xbox 360`
    aged: bool = False  # an age follows: `said Jordan, 19,` is a person, whatever place the name spells; or a home,
    # signing a reader's words (`"…?" - Pete, Cardiff`)
    who_after: bool = False  # `, who` follows: `The Game, who has become …` is a person, though after `the`
    role_after: bool = False  # an appositive opening on a role follows: `Bozusan Nokiner, an analyst at …`
    business: bool = False  # a full name written as a business's: `Shares in Laura Ashley`, `Laura Ashley, which`
    named_so: bool = False  # after `named`: `a resident named Caroline`, whose given name it may be
    listed: bool = False  # a body's name as an example, after `including`, `such as` or `like`: `including the
    # Video Relay Service` (marked for bodies alone, the only names it is read for)
    couple: str | None = None  # the surname of `Khizr and Ghazala Khan` on `Khizr`, whose it may be
    paired_title: str | None = None  # `Mr` of `Mr and Mrs Smith` on `Smith`: another of the surname, of that title
    handle: str | None = None  # the handle in brackets after a person's name: `@realDonaldTrump` on `Donald Trump`
    junior: str = ""  # the generation's suffix that followed, as `Jr.` or `Sr.`: `Donald Trump Jr.`
    kin: bool = False  # named as someone's relation: `Eric Trump, son of the front-runner`, `Trump's son Eric`
    kin_of: str = ""  # m or f: the relation is his or hers (`His sister, Amy`)
    next_pronoun: str | None = None  # m or f: the He or She opening the next sentence, the name's sentence naming no
    # one else: `Walz approaches it more diplomatically. She said …`

    @property
    def at(self) -> tuple[int, int]:
        return (self.para, self.start)

    @property
    def is_place(self) -> bool:
        """`North Korea`, `Europe`: every word names a place."""
        return all(w.lower() in PLACES for w in self.words)

    @property
    def role_words(self) -> set[str]:
        """The lowercase words of the title and the office the text gives this mention (`manager` of `manager Jose
        Mourinho`, {sen.} of `Sen. Mike Johnson`)."""
        return {w.lower() for w in ((self.title,) if self.title else ()) + tuple(self.office)}


_CAP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
# In a name's words, as in tokens: combining accents and the debris of a mis-decoded letter
# (`PeÃ±a`), but not a no-break space or « ».
_IN_NAME = r"\w'’.\-\u0300-\u036f\x80-\x9f\xa1-\xaa\xac-\xba\xbc-\xbf"
_RUN = re.compile(  # a capital first, so that the regex engine skips ahead to capitals (a lookahead first does not)
    rf"[{_CAP}](?<![\w'’&].)(?:(?<=[A-Z])[A-Z]*&[A-Z]+(?![\w&])(?:['’]s?)?|[{_IN_NAME}]*)"
    rf"(?:(?:\s+(?:de|van|von|der|den|ten|ter|ap|bin|al|la|le|du|da|di|del|della|dos|das|ibn|y|st\.|upon|&))*"
    rf"\s+(?:[ae]l-)?[{_CAP}][{_IN_NAME}]*)*")  # `Anwar al-Awlaki`


_HANDLE = re.compile(HANDLE)


def _runs(text: str) -> list[re.Match] | Iterator[re.Match]:
    """_RUN's matches, and in a text with an @, each handle's (`@realDonaldTrump`), in order: a run inside
    a handle (`Lee` of `@Ann_Lee`) is left out; and each brand's name written with a lowercase first letter
    (`easyJet`, `eBay`). (One pattern with all would slow the search for capitals.)"""
    camels = list(_CAMEL_WORD.finditer(text)) if _CAMEL_START.search(text) else []
    if "@" not in text and not camels:
        return _RUN.finditer(text)
    handles = list(_HANDLE.finditer(text)) if "@" in text else []
    spans = [(h.start(), h.end()) for h in handles]
    runs = [m for m in _RUN.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    camels = [m for m in camels if not any(a <= m.start() < b for a, b in spans)
              and not any(r.start() <= m.start() < r.end() for r in runs)]
    return sorted(runs + handles + camels, key=lambda m: m.start())


_CAMEL_START = re.compile(r"[a-z][A-Z][a-z]")  # a cheap look for a brand's name first (`McDonald` passes it too)
_CAMEL_WORD = re.compile(rf"(?<![\w@'’-]){CAMEL_CASED.pattern}(?![\w-])")


_WORDS = re.compile(r"\S+")
_CHARITY_NAMED = re.compile(rf"(?:{'|'.join(sorted(CHARITY_VERBS))}) the [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def find_names(para: int, text: str, quoted: list[tuple[int, int]], common: Lowercase | None = None) -> list[NameMention]:
    """Runs of capitalised words that read as names of people or organisations.

    `common` tells the words the document also uses in lowercase: one of them alone at a
    sentence's start (`Sometimes`, `Estimates`) is not a name.
    """
    if _HEADING.fullmatch(text):
        return []  # `FULL TEXT.`, `ABSTRACT.`: an archive's section heading, no one's name
    if common is not None and in_capitals(text):
        text = decapitalised(text, common)  # `CECILE RICHARDS: I'M SICK OF …`: read as `Cecile Richards: I'm Sick Of …`
    out = []
    headline = common is not None and title_case_headline(text)
    text = _blank_nicknames(text, bool(quoted))  # `Juan "Chico" Manriquez`, `Brian 'Head' Welch`
    last: tuple[list, str | None] | None = None  # the run and the token before it of the last mention
    skip = 0  # where a name read past its run ends (`Save the Children`)
    for match in _runs(text):
        if skip and match.start() < skip:
            continue
        found = match.group()
        named = _CHARITY_NAMED.match(text, match.start()) if found in CHARITY_VERBS \
            else _PEOPLE_FOR.match(text, match.start()) if text.startswith(" for ", match.end()) \
            and _people_for_a_cause(text, match) else None  # (a cheap test first: most runs)
        if named is not None:  # `Save the Children`, `Help the Aged`: a charity named for what it asks, one body past
            # its `the`; `Americans for Prosperity`: a body of a nation's people, named for its cause
            skip, last = named.end(), None
            run = [(w.group(), w.start(), w.end()) for w in _WORDS.finditer(text, named.start(), named.end())]
            mention = _mention(para, text, run, quoted, _token_before(text, named.start()))
            out.extend([mention] if mention else [])
            continue
        alone = common is not None and " " not in found and (
            _surname_alone(text, match, common) or _ends_on_its_mark(text, match.end()))
        if alone:
            runs = [[(found, match.start(), match.end())]]  # `White is now …` in a story about Julian White;
            # `Which? said`, `Yahoo! reported`: a name that ends on its mark
        elif " " not in found and (found.lower() in NOT_NAMES or found[0] in _BUSINESS_INITIALS  # (`Next's`: a
                                   and _word_of(found) in BUSINESSES_NAMED_SO):  # cheap test first)
            if found[0] not in _BUSINESS_INITIALS or not _capitalised_within(found, text, match.start(), headline):
                continue  # `The`, `But`: most runs, dropped before any work
            runs, alone = [[(found, match.start(), match.end())]], True  # `Shares in Next fell`: a name
        else:
            runs = _split_run(match)
        if headline:
            runs = [part for run in runs for part in _split_at_common(run, common)]
        if headline:
            runs = [_named_head(_as_named_elsewhere(run, text, common, len(run) - 2), text, common) for run in runs]
        elif common is not None and _opening_ing(match.group()):
            runs = [_as_named_elsewhere(run, text, common, 1) for run in runs]
        for run in runs:
            if not alone and (len(run) == 1 and _not_a_name(run[0][0])
                              or len(run) == 1 and _state_after_a_place(text, run[0])
                              or len(run) == 1 and _party_tag(text, run[0])):
                continue  # `San Bernardino, Calif., a familiar voice …`: the city's state, no one's name
            if len(run) == 2 and run[1][0] in _PAIRS_LAST \
                    and f"{run[0][0]} {run[1][0]}".lower() in NATION_ADJECTIVE_PAIRS:
                continue  # `the Sri Lankan government`: a nation's adjective, no name
            if len(run) > 1 and _STANCE.search(text, max(0, run[0][1] - 5), run[0][1]):
                run = run[1:]  # `The pro-Christie Union Leader`: the paper, not Christie's name
            before = _token_before(text, run[0][1])
            if len(run) > 1 and (invertible(run[0][0].lower()) and _opens_sentence(before)
                                 or run[0][0] in _IMPERATIVES and (before == "(" or _opens_sentence(before))):
                run = run[1:]  # `Continued Stone: "…"`, `Said Comey, "…"`: a cue, then the name; `(See Sexton's`
                before = _token_before(text, run[0][1])
            elif len(run) > 2 and run[0][0].endswith("ing") and run[0][0][1:].islower() and _opens_sentence(before) \
                    and given_name(run[1][0]) and not given_name(run[0][0]):
                run = run[1:]  # `Sentencing John Smith, 52, …`: a participle opening the sentence, then the name
                before = _token_before(text, run[0][1])
            elif len(run) == 3 and before in ("and", "for") and common and plural(run[0][0].lower()) \
                    and not given_name(run[0][0]) and _in_lowercase(run[0][0].lower(), common) \
                    and not names_a_body(tuple(word for word, _, _ in run[1:])):
                run = run[1:]  # `Minister for Children, Young People and Families Zofipan Fevan`: the office's
                # last word, plural, which the text writes in lowercase too (`foster families`), then the name
                before = _token_before(text, run[0][1])
            if len(run) == 1 and common and _opens_sentence(before) and not alone and (
                    run[0][0].lower() in CUE_FORMS or _in_lowercase(run[0][0].lower(), common)) \
                    and not body_speaks(text, run[0]) and not _named_with_a_number(text, run[0][2]):
                continue  # `Things have changed, she says`, `Reports indicate …`: not a name (but `Labour said`,
                # though the story writes `the labour market`)
            if before in _WORKS or run[0][1] != match.start() and _token_before(text, match.start()) in _WORKS \
                    or text.startswith(",", match.end()) and _a_works_title_set_off(text, match):
                continue  # `whose film Being Julia is in competition`, `Aisha Khan's poem, Gran's Hands, was chosen`: a
                # work's title, no one's name
            if len(run) == 1 and before in ("the", "The") and _ROAD.fullmatch(run[0][0]):
                continue  # `collided with a lorry on the M5`, `the A47`: a road, no one's name nor a body's
            if len(run) == 1 and _opens_sentence(before) and (_opening_participle(text, run[0])
                                                              or _opening_adverb(text, run[0])):
                continue  # `Filling in for Sanders …, West landed`, `Obviously we'll …`: a participle or an
                # adverb, no name
            if len(run) == 1 and common and _opens_sentence(before) and _participle_after(text, run[0][2]) \
                    and not given_name(run[0][0]):
                continue  # `Evidence confirming that thesis is now everywhere.`: a noun a participle qualifies
            if (len(run) == 1 and run[0][0][-1] == "s" and (plural_of_person(run[0][0].lower())
                                                            or run[0][0].lower() == "sources"
                                                            or plural_of_body(run[0][0].lower())
                                                            or common is not None
                                                            and common.a_things_plural(run[0][0]))
                    and _opens_sentence(before) and (not _OF_A_NAME.match(text, run[0][2])
                                                     or run[0][0].lower() in _PEOPLE_OF_A_BODY)):
                continue  # `Critics say`, `Officials said`, `Sources told`, `Unions said`: people or bodies described,
                # not named (but `Friends of the Earth`; and `Members of Unite`: the union's people, then its name);
                # `Tributes have been paid`: things
            joined = _body_across_of(text, last[0], run) if last is not None and out else None
            if joined is not None:  # `the Bank of England`, `the Institute for Fiscal Studies`: one body
                run, before = joined, last[1]
                out.pop()
            mention = _mention(para, text, run, quoted, before, alone)
            if mention:
                out.append(mention)
                last = (run, before)
    if any(m.in_relative for m in out):
        _outranked_in_relatives(out, text)
    for first, second in zip(out, out[1:]):
        if _a_couple(text, first, second):
            first.couple = second.words[-1]
    for m in out:
        if len(m.words) == 1 and m.title and text.find(" and ", max(0, m.start - _TITLES_PAIRED_REACH), m.start) >= 0 \
                and HONORIFICS.get(m.title.lower()) \
                and (paired := _TITLES_PAIRED.search(text, max(0, m.start - _TITLES_PAIRED_REACH), m.start)):
            m.paired_title, m.is_org = paired.group(1), False  # `Mr and Mrs Smith have been married`: two people
    if "(@" in text:
        for m in out:
            if len(m.words) >= 2 and not m.is_org and (handle := _HANDLE_AFTER.match(text, m.end)):
                m.handle = handle.group(1).lower()  # `Donald Trump (@realDonaldTrump)`, `— Sahil Kapur (@sahilkapur)
                # August 31, 2016`: a person's handle, in brackets after their full name
    return out


_TITLES_PAIRED = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+and\s+(?:Mr|Mrs|Ms|Miss)\.?\s+$")
_TITLES_PAIRED_REACH = 20


def _ends_on_its_mark(text: str, end: int) -> bool:
    """`Which?` before a comma or a verb: a name whose `?` or `!` is its own, not a sentence's end."""
    return text[end:end + 1] in ("?", "!") and (text[end + 1:end + 2] == ","
                                                or VERB_AFTER_A_MARK.match(text, end + 1) is not None)


_HANDLE_AFTER = re.compile(rf" \(({HANDLE})\)")


def in_capitals(text: str) -> bool:
    """A paragraph of three words or more, every letter a capital."""
    return text.isupper() and len(text.split()) >= 3


def decapitalised(text: str, common: Lowercase) -> str:
    """A paragraph in capitals in title case, of the same length: each word a capital and then lowercase
    letters, but one the document writes in capitals elsewhere too (`LSE`, `FBI`)."""
    return _CAPITALS_WORD.sub(lambda m: m.group() if common.names_elsewhere(m.group(), text)
                              else m.group()[0] + m.group()[1:].lower(), text)


_CAPITALS_WORD = re.compile(r"[A-Z][A-Z'’]+")


def _without_eponyms(mentions: list[NameMention]) -> list[NameMention]:
    """The mentions but an adjective made of a name the document uses (`Trumpian talking points`,
    `Reaganesque`, `Blairite`)."""
    named = {m.words[-1] for m in mentions if not m.is_org}
    return [m for m in mentions if len(m.words) > 1 or m.title or not m.words[0].endswith(_EPONYM_ENDINGS) or not any(
        m.words[0].endswith(ending) and m.words[0][:-len(ending)] in named for ending in _EPONYM_ENDINGS)]


def without_headline_epithets(mentions: list[NameMention], paragraphs, common: Lowercase) -> list[NameMention]:
    """The mentions, but a word the headline (paragraph 0) glues before a name that opens it, when
    the word is an adjective by its ending or a word the document writes in lowercase (no given name,
    title or role), the story names that person without it, and never writes it capitalised again:
    `Defiant Blair rejects calls to quit` ¶ `Mr Blair said`: the headline's epithet, not the name's
    first word (but `Radwan Hadi is an economist` ¶ `Mr Hadi`: a given name the list lacks)."""
    body = {m.words for m in mentions if m.para > 0}
    story = common.text[len(paragraphs[0]) + 1:]  # the paragraphs after the headline, as the document joins them
    return [_past_epithet(m, paragraphs[0]) if m.para == 0 and m.start == 0 and len(m.words) >= 2 and not m.is_org
            and not m.title and m.words[1:] in body and m.words not in body and _epithet(m.words[0], common)
            and re.search(rf"\b{re.escape(m.words[0])}\b", story) is None else m for m in mentions]


def _epithet(word: str, common: Lowercase) -> bool:
    """`Defiant`, `Embattled`, `Angry`: a word that describes, not a given name."""
    low = word.lower()
    return not given_name(word) and low not in ROLE_WORDS and (
        low.endswith(ADJECTIVE_ENDINGS + _DESCRIBING_ENDINGS) or common.uses(low))


_DESCRIBING_ENDINGS = ("ed", "ing", "ious", "ry", "ly")  # `Embattled`, `Grieving`, `Furious`, `Angry`, `Lonely`


def _past_epithet(m: NameMention, headline: str) -> NameMention:
    start = headline.find(m.words[1], m.start + len(m.words[0]))
    return replace(m, start=start, words=m.words[1:]) if start >= 0 else m


_EPONYM_ENDINGS = ("ian", "esque", "ite", "ism")
_GENERATIONS = {"jr", "sr"}
_GENERATION_NUMBERS = {"II", "III", "IV"}


def a_generation(word: str) -> bool:
    """`Jr.`, `Sr`, `Jr.'s`: a generation's suffix after a name."""
    return _bare(word).lower().rstrip(".") in _GENERATIONS


def surname_of(name: str) -> str:
    """`Trump` of `Donald Trump Jr.` and of `Trump`: a name's last word before its suffixes."""
    return without_suffixes(name.split())[-1]


def _as_junior(words: tuple[str, ...], suffix: str) -> tuple[str, ...]:
    """(Donald, Trump) -> (Donald, Trump Jr.): the suffix kept on the surname, so that no lone
    `Trump` stands for him."""
    return (*words[:-1], f"{words[-1]} {suffix}")


def _generation(word: str) -> str:
    """`Jr.` for `Jr`, `Jr.`, `Jr.'s`; `Sr.` for `Sr`; else ``."""
    return f"{_bare(word).rstrip('.').capitalize()}." if a_generation(word) else ""


def _couple_sexes(first: tuple[str, ...], second: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """The sexes of the halves of a couple the text calls Mr and Mrs: in the order of `Mr. and Mrs.` when neither
    given name has one; the other's to the half whose name has none when one's has (`Pat and Keith Lambert`: Pat
    hers)."""
    sexes = given_gender(first[0]), given_gender(second[0])
    if sexes == (None, None):
        return {first: "m", second: "f"}
    if None not in sexes:
        return {}
    known = sexes[0] or sexes[1]
    return {first if sexes[0] is None else second: "f" if known == "m" else "m"}


def _a_couple(text: str, first: NameMention, second: NameMention) -> bool:
    """`Khizr and Ghazala Khan`, `Bill and Hillary Clinton`: one untitled word, `and`, and a
    person's given name and surname: two people of one family, named once."""
    return len(first.words) == 1 and len(second.words) == 2 and text[first.end:second.start] == " and " \
        and not (first.title or second.title or first.is_org or second.is_org or first.possessive) \
        and first.words[0].lower() not in PLACES


_HEADING = re.compile(r"[A-Z][A-Z ]{2,30}\.")
_CREDIT = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s+){0,4}?(?:via\s+|/\s*)?(?:[A-Z][\w.'’-]*\s*/\s*)?"
                     r"(?:Getty Images|Reuters|AP Photo|AP|AFP|EPA|Associated Press|Shutterstock|Bloomberg|"
                     r"Facebook|LinkedIn|Twitter|Instagram)\.?\s*"
                     r"|\s*-\s*Reuters\.?\s*"
                     r"|\s*(?:Facebook|LinkedIn|Twitter|Instagram)\s*/\s*(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*\s*"
                     r"|\s*\(?(?:(?:Image|Picture|Photo|Photograph|Video)\s+(?:copyright|source|credit)\b|"
                     r"(?:Photo|Photograph|Picture|Image|Credit)s?:|Photo\s+by\b)[,:]?\s*[A-Z][^.!?]*\.?\)?\s*")
# a site the picture was taken from, then whose page it was: `Facebook/Mohamed Shoukair.`; a page's label for its
# picture's source: `Image copyright PA`, `Image source, Getty Images`, `Photo: AFP`, `(Photo by Scott Olson/Getty)`


def credit_line(text: str) -> bool:
    """`Scott Olson via Getty Images.`, `Jim Urquhart / Reuters.`, `Handout/Reuters.`: a paragraph that is
    only a picture's credit."""
    return len(text) < _CREDIT_LENGTH and _CREDIT.fullmatch(text) is not None


_CREDIT_LENGTH = 80


_A_RESULT = re.compile(r"(?:\s+(?:beat|lost|drew|won|thrashed|edged|crushed|hammered|were\s+beaten)\b"
                       r"(?:\s+[A-Z][\w'’-]+){0,3})?\s+\d{1,2}-\d{1,2}\b")  # `lost 2-0`, `beat Chelsea 2-0`, ` 2-0`


def _party_tag(text: str, word: tuple[str, int, int]) -> bool:
    """`D-N.H.` in `Sen. Jeanne Shaheen, D-N.H., said`, `R-Fla.` in `(R-Fla.)`: a party and state beside a
    name, no name of its own."""
    return party_and_state(word[0]) and text[max(0, word[1] - 2):word[1]] in _BEFORE_A_TAG


_BEFORE_A_TAG = frozenset({", ", " ("})


def _state_after_a_place(text: str, word: tuple[str, int, int]) -> bool:
    """`Calif.` in `San Bernardino, Calif., a …`: a US state's abbreviation after a comma."""
    _, start, end = word
    return text[end:end + 1] == "." and text[start:end + 1].lower() in STATES and text[max(0, start - 2):start] == ", "


def _outranked_in_relatives(mentions: list[NameMention], text: str) -> None:
    """A name that acts only in its relative clause is no subject where a person is the subject
    of its sentence (`Gardener clocked 6.56 … ahead of Germany's Marc Blume, who crossed the line`)."""
    stops = [s.end() for s in SENTENCE_STOP.finditer(text)]
    for m in mentions:
        if not m.in_relative:
            continue
        start = max((e for e in stops if e <= m.start), default=0)
        end = min((e for e in stops if e > m.start), default=len(text))
        if any(o is not m and start <= o.start < end and o.is_subject and not o.in_relative and not o.is_org
               and not o.in_quote for o in mentions) or _PERSON_OPENING.match(text, start):
            m.is_subject = False  # (`The 24-year-old flanker replaces Dewi Lake, who is injured`: a person the
            # sentence opens on, no name)


_PERSON_OPENING = re.compile(r"\s*(?:He|She|The \d+-year-old(?: [a-z-]+)?) [a-z]+\b")  # a sentence's person subject, no
# name: `He replaces`, `The 24-year-old flanker replaces`


# A sentence's end in a paragraph's text; not the full stop of a title or an initial (`Mr. Weiner`, `Donald J. Trump`).
_TITLE_STOPS = ("Mr", "Ms", "Mrs", "Dr", "St", "Sen", "Gov", "Rep", "Gen", "Jr", "Sr", "Lt", "Col", "Sgt", "Prof",
                "Adm", "Capt")
SENTENCE_STOP = re.compile(r"[.!?]" + "".join(rf"(?<!\b{t}\.)" for t in _TITLE_STOPS)  # looked behind only at
                           + r"(?<!\s[A-Z]\.)(?<!^[A-Z]\.)[\"”»’']?(?:\s|$)")  # a stop: a search stays fast


def sentence_start_in(text: str, end: int) -> int:
    """Where the sentence of a paragraph's `text` that runs up to offset `end` starts: past a dateline
    opening the paragraph (`WASHINGTON (AP) —`)."""
    dateline = _DATELINE.match(text) if text[:2].isupper() else None
    opening = dateline.end() if dateline and dateline.end() <= end else 0
    return max((m.end() for m in SENTENCE_STOP.finditer(text, opening, end)), default=opening)


_DATELINE = re.compile(r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*)*(?:,? [A-Z][a-z]{2}\.? \d{1,2})?"
                       r"(?: \([\w. ]{1,16}\))? ?[—–-]{1,2} ?(?=[A-Z\"“‘'])")  # `BEDFORD, N.H. (AP) — `


def sentence_before_start(text: str, start: int) -> int:
    """Where the sentence that ends right before offset `start` starts, read past the marks that
    close a quotation ending it (`… "a good thing for him." But`)."""
    return sentence_start_in(text, max(0, len(text[:start].rstrip(CLOSING)) - 1))


# Verbs that open a sentence telling the reader to do something: `(See Sexton's full timeline below.)`
_IMPERATIVES = {"See", "Read", "Watch", "Click", "Listen", "Follow", "Visit"}


_PAIRS_LAST = {pair.split()[-1].capitalize() for pair in NATION_ADJECTIVE_PAIRS}  # `Lankan` of `Sri Lankan`
_FEDERATED = {"societies", "associations", "unions", "federations", "councils", "institutes", "chambers"}  # the
# bodies whose federation a name gives: `… of the Red Cross and Red Crescent Societies`


def _body_across_of(text: str, first: list, run: list) -> list | None:
    """`Bank` and `England` in `the Bank of England`: one run when the first ends in a word for a
    body, only `of` or `for` (and `the`) stand between them and no given name follows; `Finance`
    and `Economy Ministry` in `the Finance and Economy Ministry`: one run when `and` joins a word
    and a body's name of two words."""
    between = text[first[-1][2]:run[0][1]]
    domains = between == " and " and len(run) == 2 and _bare(run[-1][0]).lower() in ORG_WORDS and (
        len(first) == 1 or all(_bare(w).lower() in GOVERNED or w == "," for w, _, _ in first))  # `Foreign,
    # Commonwealth`, joined below
    if between == ", " and all(_bare(w).lower() in GOVERNED for w, _, _ in run) and (
            _bare(first[0][0]).lower() in _DEPARTMENT_HEADS and any(w in ("of", "for") for w, _, _ in first)
            and _LIST_GOES_ON.match(text, run[-1][2])
            or len(first) == 1 and _bare(first[0][0]).lower() in GOVERNED and _DOMAINS_END.match(text, run[-1][2])):
        return first + [(",", first[-1][2], first[-1][2] + 1)] + run  # `the Department for Science, Innovation and
        # Technology`, `the Foreign, Commonwealth and Development Office`: a department's domains listed
    if between == ", " and _a_campus(text, first, run):
        return first + [(",", first[-1][2], first[-1][2] + 1)] + run  # `the University of California, Berkeley,`:
        # a university's campus, named after it
    if between == " and " and len(first) == 1 and len(run) == 1 and not given_name(first[0][0]) \
            and _ONE_ACTS.match(text, run[0][2]) and _bare(run[0][0]).lower() not in PLACES \
            and (_after_sentence_end(lead := _token_before(text, first[0][1])) or lead in BODY_NOUNS):
        return first + [("and", first[-1][2] + 1, first[-1][2] + 4)] + run  # `Marks and Spencer has reported`:
        # one name, whose verb is singular, opening its sentence (not `at Twickenham and Kirwan says`)
    if between == " and " and _bare(first[-1][0]).lower() == "fire" and _bare(run[0][0]).lower() == "rescue":
        return first + [("and", first[-1][2] + 1, first[-1][2] + 4)] + run  # `Greater Manchester Fire and Rescue
        # Service`: one service for both
    if between == " and " and 2 <= len(run) <= 4 and len(first) <= 3 and _bare(run[-1][0]).lower() in _AREA_BODIES \
            and not any(given_name(word) or _bare(word).lower() in ORG_WORDS for word, _, _ in first):
        return first + [("and", first[-1][2] + 1, first[-1][2] + 4)] + run  # `Cheshire West and Chester Council`,
        # `Avon and Somerset Police`: one area's authority, named for two places
    if between == " and " and len(run) <= 2 and _bare(first[0][0]).lower() in _DEPARTMENT_HEADS \
            and any(word in ("of", "for") for word, _, _ in first) \
            and all(_bare(word).lower() in GOVERNED for word, _, _ in run):
        return first + [("and", first[-1][2] + 1, first[-1][2] + 4)] + run  # `the Department for Education and
        # Skills`, `the Department of Health and Social Care`: a department's domains, joined
    if between == " and " and 2 <= len(run) <= 3 and _bare(run[-1][0]).lower() in _FEDERATED and "of" in [
            word for word, _, _ in first] and not any(given_name(word) for word, _, _ in run):
        return first + [("and", first[-1][2] + 1, first[-1][2] + 4)] + run  # `the International Federation of the Red
        # Cross and Red Crescent Societies`: the bodies a federation joins, named as its own
    if between in (" for ", " for the ") and len(first) == 1 and _bare(first[0][0]).lower() in GOVERNED \
            and any(_bare(word).lower() in _PLACE_WORDS for word, _, _ in run[:2]) \
            and not any(given_name(word) for word, _, _ in run):
        joins = [(m.group(), first[-1][2] + m.start(), first[-1][2] + m.end()) for m in _WORDS.finditer(between)]
        return first + joins + run  # `Transport for Wales`, `Transport for Greater Manchester`, `Transport for the
        # North`: a body for a domain in a place (was `Wales`)
    if between == " to " and campaign_to(_bare(first[-1][0]).lower(), run[0][0].lower()):
        return first + [("to", first[-1][2] + 1, first[-1][2] + 3)] + run  # `the Committee to Protect Journalists`,
        # `the Campaign to End Loneliness`: a body named for what it works to do (was `Protect Journalists`)
    if len(first) == 2 and between == " of " and _bare(first[0][0]).lower() in PEERAGE \
            and _bare(first[1][0]).lower() not in ROLE_WORDS:
        return None  # `Baroness Fox of Buckley`: a peer and her territorial designation, no body (not `Lord Mayor`)
    on_body = between in (" on ", " on the ") and _bare(first[-1][0]).lower() in BODIES_ON  # `the Advisory
    # Committee on Business Appointments`, `the Intergovernmental Panel on Climate Change`
    plural_for = between == " for " and len(first) == 1 and plural(low := _bare(first[0][0]).lower()) \
        and singular(low) in ORG_WORDS  # `the Centers for Disease Control`
    if not (domains or on_body) and (_OF_BETWEEN.fullmatch(between) is None or not _ends_a_body(first)
                                     and not plural_body([word for word, _, _ in first])  # `British Chambers of
                                     # Commerce`
                                     and not plural_for
                                     and not (_people_of_a_kind(_bare(first[-1][0]).lower())
                                              and not given_name(first[0][0]))):
        return None  # `Friends of the Earth`, `Physicians for Human Rights`, `Joint Chiefs of Staff`
    if any(given_name(word) for word, _, _ in run):
        return None  # `Governor of the Bank of England Mervyn King`: a person's name runs on
    if _bare(first[-1][0]).lower() in CLUB_ENDINGS and " for " in between:
        return None  # `has left Plymouth Argyle for Derby County`: two clubs, one left for the other
    joins = [(m.group(), first[-1][2] + m.start(), first[-1][2] + m.end()) for m in _WORDS.finditer(between)]
    return first + joins + run


def _written(words: tuple[str, ...]) -> str:
    """A body's name as written from its words, a comma among them kept to the word before it (`the Department for
    Culture, Media and Sport`, `the University of California, Berkeley`)."""
    return " ".join(words).replace(" , ", ", ")


def _a_campus(text: str, first: list, run: list) -> bool:
    """`Berkeley` after `the University of California, `: a university's campus set off after its name."""
    return text[run[-1][2]:run[-1][2] + 1] in _SET_OFF_ENDS \
        and campus_after([_bare(w) for w, _, _ in first], [w for w, _, _ in run])


_SET_OFF_ENDS = ("", ",", ".", ";", ")")  # what closes a place set off after a name
_PLACE_WORDS = PLACES | {"greater", "north", "south", "east", "west", "midlands"}  # (`for Greater Manchester`)
_AREA_BODIES = {"council", "police", "constabulary", "borough", "authority"}  # an area's, which two places may name
_DEPARTMENT_HEADS = DEPARTMENT_ENDS | {"secretary", "minister"}
_LIST_GOES_ON = re.compile(r",? and [A-Z]|, [A-Z]")  # more domains after this one
_DOMAINS_END = re.compile(r" and [A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Office|Department|Ministry)\b")  # `… and Development
# Office`


BODIES_ON = {"committee", "commission", "panel", "council", "conference", "taskforce", "inquiry", "convention",
             "forum", "summit"}  # bodies (and treaties) whose names go on across `on` (`the Advisory Committee on
# Business Appointments`, `the European Convention on Human Rights`)


def _people_for_a_cause(text: str, match: re.Match) -> bool:
    """`Americans` of `Americans for Prosperity`: a nation's people or people of a kind before `for` and a name,
    a body's first word."""
    return text.startswith(" for ", match.end()) and text[match.end() + 5:match.end() + 6].isupper() \
        and _people_of_a_kind(match.group().lower())


_PEOPLE_FOR = re.compile(r"[A-Z][\w'’-]* for [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")


def _people_of_a_kind(low: str) -> bool:
    """`veterans`, `citizens`, `scots`: the plural of a word for a person or of a nation's people, which a body of
    them names itself for (`Veterans for Peace`, `Citizens for Europe`, `Scots for Independence`)."""
    return plural_of_person(low) or plural(low) and (singular(low) in DEMONYMS or low in _PEOPLE_OF_A_PLACE)


_PEOPLE_OF_A_PLACE = {"citizens", "residents", "taxpayers", "voters", "consumers"}


def _ends_a_body(run: list) -> bool:
    """The run ends on a word for a body (`the Bank`), or is a body's name joined across `of`
    already (`the Court of Appeals`, which `for the 3rd Circuit` goes on)."""
    return _bare(run[-1][0]).lower() in ORG_WORDS or any(word in ("of", "for") for word, _, _ in run) and any(
        _bare(word).lower() in ORG_WORDS for word, _, _ in run)


_ONE_ACTS = re.compile(r" (?:has|is|was|says|reports|plans|expects|wants)\b")  # a singular verb: one subject
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # `3rd`, `21st`
_OF_BETWEEN = re.compile(rf" (?:of|for)(?: the)?(?: {ORDINAL.pattern})? ")  # `the Court of Appeals for the 3rd Circuit`
_OF_A_NAME = re.compile(r" (?:of|for)(?: the)? [A-Z]")


# A quoted nickname between a given name and a surname, blanked so that the name runs on.
_NICKNAME = re.compile(r"[\"“«](?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? ?[\"”»] (?=[A-Z])")  # `Jimmy "the
# Whirlwind" White`, `Jimmy «the Whirlwind» White`
_SINGLE_MARKED_NICKNAME = re.compile(r"(?<= )['‘][A-Z][\w.-]*['’] (?=[A-Z])")  # `Brian 'Head' Welch`: apart,
# looked for only after a space and a single mark, since one pattern of both kinds scans every paragraph slower


def _blank_nicknames(text: str, quoted: bool) -> str:
    """The text with a nickname inside a name blanked: in double marks where the paragraph has quotations
    (`quoted`), in single marks where one follows a space."""
    def blank(m: re.Match) -> str:
        start = m.start()
        before = text[max(0, start - 40):start].rsplit(None, 1) if start and text[start - 1] == " " else None
        return " " * len(m.group()) if before and before[-1][:1].isupper() else m.group()
    if quoted:
        text = _NICKNAME.sub(blank, text)
    if " '" in text or " ‘" in text:
        text = _SINGLE_MARKED_NICKNAME.sub(blank, text)
    return text


class Lowercase:
    """Whether a document uses a word in lowercase somewhere, and whether it gives a word as someone's
    surname after a given name (looked up on demand)."""

    def __init__(self, paragraphs):
        self.paragraphs = tuple(paragraphs)
        self.text = " ".join(paragraphs)
        self.known: dict[str, bool] = {}
        self.surnames: dict[str, bool] = {}
        self._written: dict[str, int] = {}  # how often the document writes these words whole
        self._letter_runs: set[str] | None = None
        self._things: dict[str, bool] = {}
        self._lined: str | None = None  # the paragraphs, a line each
        self._passive_openers: set[str] | None = None  # in a long text, the plurals that open a passive somewhere

    def uses(self, word: str) -> bool:
        if word not in self.known:
            runs = self._runs() if len(self.known) >= _SCANS else None
            self.known[word] = word in runs if runs is not None and word and _letters_only(word) \
                else _as_word(self.text, word)
        return self.known[word]

    def _runs(self) -> set[str]:
        """The text's runs of letters and apostrophes: a word of letters (and apostrophes) that the text writes
        with neither before nor after it is one of them. (Gathered once a text has been asked about many
        words, as a long one is: each would read it all.)"""
        if self._letter_runs is None:
            runs = set(_LETTER_RUN.findall(self.text))
            odd = [run for run in runs if not (run.isalpha() or _letters_only(run))]  # (`²`, `Ⅷ`: a \w the
            runs.difference_update(odd)  # pattern takes, no letter)
            runs.update(part for run in odd for part in _letter_parts(run))
            self._letter_runs = runs
        return self._letter_runs

    def _occurrences(self, word: str):
        """Where `word` stands whole in the text, after a space and before no capitalised word."""
        text, at = self.text, self.text.find(" " + word)
        while at >= 0:
            end = at + 1 + len(word)
            if not (text[end:end + 1].isalpha() or text[end:end + 1] in "'’") \
                    and not (text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
                yield at
            at = text.find(" " + word, end)

    def _after_a_given_name(self, space: int) -> bool:
        """The word before the space at `space` is a given name that no capitalised word comes before."""
        given = _WORD_BEFORE.search(self.text, max(0, space - 30), space + 1)
        return given is not None and given.group(1)[:1].isupper() and given_name(given.group(1)) \
            and not _capitalised_before(self.text, given.start(1))

    def a_things_plural(self, word: str) -> bool:
        """`Tributes` of `Tributes paid to …` ¶ `Tributes have been paid to …`: a plural that the document writes
        capitalised only where a sentence opens, once at least as the subject of a passive (`have been paid`,
        `were raised`), and never before a verb of speech: things done, no body's name (but `Rangers have been
        fined` ¶ `Rangers said`, `Wales`, `Democrats`)."""
        if word not in self._things:
            low = word.lower()
            self._things[word] = self._opens_passives_only(word) and plural(low) and low not in PLACES \
                and not group_word(low) and not given_name(word) and low not in ORG_WORDS
        return self._things[word]

    def _opens_passives_only(self, word: str) -> bool:
        """`word` opens a sentence as a passive's subject somewhere, and nowhere follows a lowercase word or a comma
        or comes before a verb of speech. (Found by `str.find`: no pattern compiled for each word.)"""
        if self._lined is None:
            self._lined = "\n".join(self.paragraphs)  # (one text to search: a long document has many paragraphs)
            if len(self._lined) > _LONG_TEXT:  # a long one's plurals that open a passive found in one pass, not
                self._passive_openers = {m.group(1) for m in _PASSIVE_OPENING.finditer(self._lined)}  # a pass a word
        if self._passive_openers is not None and word not in self._passive_openers:
            return False
        text, passive = self._lined, False
        for start in _whole_at(word, text):
            end = start + len(word)
            if start >= 2 and text[start - 1] == " " and (text[start - 2].islower() or text[start - 2] == ",") \
                    or (verb := _BUSINESS_ACTS.match(text, end)) is not None and verb.group(1) in _SPEAKING:
                return False
            opens = start == 0 or text[start - 1] == "\n" or _after_sentence_end(_token_before(text, start))
            passive = passive or opens and _PASSIVE_AFTER.match(text, end) is not None
        return passive

    def surname(self, word: str) -> bool:
        """`Julian White`, `Brian May`: the document names someone with `word` after a given name
        (which no capitalised word comes before: not `North Carolina Republican`)."""
        if word not in self.surnames:
            self.surnames[word] = any(self._after_a_given_name(at) for at in self._occurrences(word))
        return self.surnames[word]

    def names_elsewhere(self, words: str, here: str) -> bool:
        """The document writes `words` whole (or as an owner: `Hillary Clinton’s`) outside the
        paragraph `here` too."""
        if words not in self._written:
            self._written[words] = _whole(words, self.text)
        return self._written[words] > _whole(words, here)


_ROAD = re.compile(r"[ABM]\d{1,4}")  # a British road's number: `M5`, `A47`, `B1234`
_STORYS_END = (1 << 30, 0)  # a position past every paragraph
_PASSIVE_AFTER = re.compile(r"(?: (?:for|to|of|over|about|from|on|at|in) [a-z][^.,;:\"“”\n]{0,50}?)?"  # `Tributes`,
                            r" (?:have been|had been|were|are being|were being) "  # `Concerns over the plan`: a
                            r"(?:[a-z]+ed|paid|made|held|left|laid|raised|given|taken|shown|sent|brought|found|won|"
                            r"lost|set|cut|put|hit|seen|told|known|drawn|thrown|done|spent|sought|kept|met)\b")
# plural, then a passive
_LONG_TEXT = 100_000  # characters of a text long enough to search once for all its words
_PASSIVE_OPENING = re.compile(r"([A-Z][a-z]+s)(?=" + _PASSIVE_AFTER.pattern + ")")  # a plural before a passive


def _whole_at(words: str, text: str) -> Iterator[int]:
    """Where `text` writes `words` whole, as `_whole` counts them."""
    at = 0
    while (start := text.find(words, at)) >= 0:
        end = start + len(words)
        if start and (text[start - 1].isalnum() or text[start - 1] in "_'’") or _A_WORD_CHARACTER.match(text, end):
            at = start + 1
        else:
            yield start
            at = end


def _whole(words: str, text: str) -> int:
    """How often `text` writes `words` with no letter, digit or apostrophe right before them and no
    letter or digit right after. (Found by `str.find`: no pattern compiled for each name.)"""
    return sum(1 for _ in _whole_at(words, text))


_A_WORD_CHARACTER = re.compile(r"\w")


def _capitalised_before(text: str, start: int) -> bool:
    """The word before `start`, in its sentence, is capitalised (`North Carolina`)."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and before.group(1)[:1].isupper() and not _after_sentence_end(before.group(1))


_WORD_BEFORE = re.compile(r"([\w'’.]+)\s+$")


def _surname_alone(text: str, match: re.Match, common: Lowercase) -> bool:
    """`White is now in a position …`, `May said: …`, `said Read.`: a word that alone names no one
    (a colour, a month, a verb) standing as the subject or after a cue, in a document that gives it
    as the surname of someone it names in full."""
    word = match.group()
    low = word.lower()
    if not word[1:].islower() or low not in DESCRIPTORS and low not in NOT_NAMES or low in PARTY_WORDS \
            or low in _NOT_SURNAMES:
        return False
    verb = _verb_after(text, match.end())[0]
    before = _token_before(text, match.start())
    if not (verb and verb.islower() and _verbish(verb) or (before or "").lower() in CUE_FORMS):
        return False
    return common.surname(word)


_NOT_SURNAMES = frozenset({"the", "a", "an", "and", "but", "or", "of", "on", "in", "at", "to", "for", "from", "by",
                           "with", "as", "if", "so", "not", "no", "he", "she", "it", "they", "we", "i", "you",
                           "this", "that", "there", "then", "can", "one", "some", "most", "even", "just",
                           "republican", "republicans", "democratic", "democrat", "democrats", "muslim", "christian",
                           "jewish", "catholic", "evangelical", "buddhist", "hindu", "sikh", "protestant"})


_LETTER_RUN = re.compile(r"(?:[^\W\d_]|['’])+")
_SCANS = 32  # words looked up in the text itself before its words are gathered


def _letter_parts(run: str) -> list[str]:
    """The runs of letters and apostrophes inside `run`."""
    return "".join(c if c.isalpha() or c in "'’" else " " for c in run).split()


def _letters_only(word: str) -> bool:
    return all(c.isalpha() or c in "'’" for c in word)


def _as_word(text: str, word: str) -> bool:
    i = text.find(word)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not (before.isalpha() or before in "'’") and not (after.isalpha() or after in "'’"):
            return True
        i = text.find(word, i + 1)
    return False


def _opens_sentence(before: str | None) -> bool:
    """The word or mark `before` a word leaves it at a sentence's start."""
    return _after_sentence_end(before) or before in '"“”‘’\'—:'


def _after_sentence_end(before: str | None) -> bool:
    """`before` ends a sentence: no word, a full stop, or a word with one (`is kept. Telephone`), not
    an abbreviation's (`Mr. Smith`)."""
    return (before is None or before in SENTENCE_END
            or len(before) > 1 and before[-1] in SENTENCE_END and not _abbreviation(before))


_TITLE_CASE_SHARE = 0.75
_HEADLINE_CHARS = 200


def _capitalised_within(word: str, text: str, start: int, headline: bool) -> bool:
    """`Shares in Next fell`, `…, Next said`: a common word that is also a business's name, written with a capital
    after a lowercase word or a comma inside a sentence of prose, where only the name's is (not `think, This is a
    man`: a pronoun, set off as a thought)."""
    if headline or _word_of(word) not in BUSINESSES_NAMED_SO or not word[1:].islower():
        return False
    acts = _BUSINESS_ACTS.match(text, start + len(word))
    if acts and acts.group(1) in CUE_FORMS or word[-2:] in ("'s", "’s"):
        return True  # `Next has said its annual profit will be …`, `Next's shares fell`: anywhere
    before = _token_before(text, start)
    return before is not None and (before.isalpha() and before.islower() or before == ",")  # (not `said.`)


def body_speaks(text: str, word: tuple[str, int, int]) -> bool:
    """`Labour said`, `Shelter told the BBC`, `Unite has warned`, `Labour's response was swift`: one capitalised word,
    no plural, then a verb of a speaker's (or, owned, a voice of its own): a name (a body's), whatever else the word
    spells."""
    low = word[0].lower()
    owned = low.endswith(("'s", "’s"))
    low = low[:-2] if owned else low
    after = _BUSINESS_ACTS.match(text, word[2])
    return after is not None and after.group(1) in (_OWN_VOICES if owned else _SPEAKING) \
        and not plural(low) and not people_word(low) and low not in SENT_TEXTS and low not in _NOT_SPEAKING


_SPEAKING = {"said", "says", "told", "tells", "added", "adds", "warned", "insisted", "argued", "stated", "announced",
             "urged", "tweeted", "posted"}
_NOT_SPEAKING = {"research", "evidence", "data", "everyone", "everybody", "someone", "somebody", "nobody", "anyone",
                 "one", "another", "either", "neither", "each", "this", "that", "it", "he", "she", "history", "time"}


_BUSINESS_INITIALS = "".join({word[0].upper() for word in BUSINESSES_NAMED_SO})
_BUSINESS_ACTS = re.compile(r" (?:has |have |had )?([a-z]+)\b")  # `Next has said`, `Next warned`: a verb


def title_case_headline(text: str) -> bool:
    """`Hillary Clinton Goes After Donald Trump As The New Mitt Romney.`: a headline in title case."""
    if len(text) > _HEADLINE_CHARS:
        return False
    words = [w for w in (_quoted_word(w) for w in _WORDS.findall(text)) if w[:1].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 4 and (capitals >= _TITLE_CASE_SHARE * len(words) or all(
        w[0].isupper() or w in _MINOR_WORDS for w in words)) \
        and not any(w[0].islower() and ((bare := w.rstrip(".,")).endswith("ed") or bare in IRREGULAR_PAST)
                    for w in words)  # title
    # case may leave `to`, `on`, `of` … in lowercase, but no verb (`The European Commission fined Apple.`, `Pedro
    # Sánchez spoke to Andrés Manuel López Obrador.`, `Justice Sonia Sotomayor dissented.`: a sentence of names)


def _quoted_word(word: str) -> str:
    """A word quoted alone without its marks (`'Charade'`, which counts toward title case); any other as it
    stands."""
    return word.strip("'\"‘’“”.,") if word[:1] in "'\"‘“" and word.rstrip(".,")[-1:] in "'\"’”" else word


_MINOR_WORDS = {"a", "an", "the", "for", "to", "on", "at", "by", "of", "in", "as", "with", "from", "over", "vs", "via"}
# (not `and`: a list of names, `Ahmed al Ashry and Reham Mosad.`, is no headline)


def _opening_participle(text: str, word: tuple[str, int, int]) -> bool:
    """An -ing or -ed word opening a sentence before a preposition, an article or a particle (`Filling in`,
    `Getting the`, `Looking back`, `Approached for`): a participle, not a name (`Boeing has`, `King said`, `Beijing
    on`)."""
    low = word[0].lower()
    if not low.endswith(("ing", "ed")) or len(low) < 6 or given_name(word[0]) or low in PLACES:
        return False  # (`Approached for comment,`: a past participle too)
    after = _NEXT.match(text, word[2])
    return after is not None and after.group(1) in _AFTER_PARTICIPLE


def _a_works_title_set_off(text: str, match) -> bool:
    """`Aisha Khan's poem, Gran's Hands, was chosen`: capitals set off by commas right after a word for a work, and
    no cue after them (not `the book, Jones says, is …`)."""
    if not text.startswith(",", match.end()) or not text[:match.start()].rstrip().endswith(","):
        return False
    after = _NEXT.match(text, match.end() + 1)
    return _token_before(text, text.rindex(",", 0, match.start())) in _WORKS \
        and not (after is not None and after.group(1) in CUE_FORMS)


_WORKS = frozenset({"film", "movie", "book", "novel", "song", "album", "documentary", "musical", "opera", "sitcom",
                    "poem", "painting", "films", "movies", "books", "novels", "songs", "albums"})  # a work's title
# follows, lowercase, right before it (not `play`, `single`: `to play Roger Federer`)


def _opening_adverb(text: str, word: tuple[str, int, int]) -> bool:
    """An -ly adverb opening a sentence before a pronoun, an article, a preposition or `not`
    (`Obviously we'll …`, `Shortly after …`, `Absolutely not`), or before a word in lowercase and a comma that is no
    cue (`Clearly frustrated, the minister said`): no name (`Kelly said`, `Connolly added,`)."""
    if not ly_adverb(word[0].lower()) or given_name(word[0]):
        return False
    after = _NEXT.match(text, word[2])
    return after is not None and (after.group(1) in _AFTER_PARTICIPLE or after.group(1) in _AFTER_ADVERB
                                  or after.group(1).islower() and text.startswith(",", after.end())
                                  and after.group(1) not in CUE_FORMS)


_AFTER_ADVERB = frozenset({"i", "we", "you", "he", "she", "it", "they", "there", "not", "more", "less", "after",
                           "before", "when", "if", "as", "every", "everyone", "nobody", "no"})
_AFTER_PARTICIPLE = frozenset({"on", "for", "in", "into", "to", "from", "with", "at", "by", "of", "about", "through",
                               "the", "a", "an", "all", "those", "these", "this", "that", "his", "her", "their", "its",
                               "back", "out", "up", "down", "off", "away", "clear", "over", "around"})


def _participle_after(text: str, end: int) -> bool:
    """A lowercase -ing word that is no preposition follows at `end`: `Evidence confirming …`."""
    after = _PARTICIPLE.match(text, end)
    return after is not None and after.group(1) not in ING_PREPOSITIONS


_PARTICIPLE = re.compile(r" ([a-z]{2,}ing)\b")


def _in_lowercase(low: str, common: Lowercase) -> bool:
    """The document writes the word, or its singular, in lowercase (`things`, `thing`)."""
    if common.uses(low):
        return True
    return low.endswith("s") and (common.uses(low[:-1]) or low.endswith("es") and common.uses(low[:-2]))


def _acronym(word: str) -> bool:
    """`AS`, `ABC`: capitals only, a name whatever lowercase word it spells."""
    return len(word) > 1 and word.isupper() and word.isalpha()


def _opening_ing(found: str) -> bool:
    """A run of three words or more an -ing word opens (`Using Ted Cruz`), no given name nor place."""
    first = found.split(" ", 1)[0]
    low = first.lower()
    return found.count(" ") >= 2 and low.endswith("ing") and len(low) >= 5 and not given_name(first) \
        and low not in PLACES


def _as_named_elsewhere(run, text: str, common: Lowercase, most: int):
    """`NYTimes Casually Conflates Ted Cruz`, `Using Ted Cruz?`: up to `most` words opening a run of
    three or more are no part of the name when the document names the rest elsewhere (`Ted Cruz`)
    but never the whole."""
    if len(run) < 3 or common.names_elsewhere(_joined(run), text):
        return run
    return next((run[k:] for k in range(1, min(most, len(run) - 2) + 1)
                 if common.names_elsewhere(_joined(run[k:]), text)), run)


def _named_head(run, text: str, common: Lowercase):
    """`Renault Boss`, `Unilever Shake Up`, `Former Shell Boss` in a title-case headline: words around
    the longest part of a run that the document names elsewhere, when it does not name the whole, are no
    part of the name (`Renault`, `Shell`); not a person's name, which opens on a given name (`Donald J.
    Trump`)."""
    if len(run) < 2 or given_name(run[0][0]) or common.names_elsewhere(_joined(run), text):
        return run
    opening = next((i for i, (word, _, _) in enumerate(run) if not _a_describing_word(word, common)), 0)  # `Former`
    parts = sorted(((i, j) for i in range(opening + 1) for j in range(i + 1, len(run) + 1) if j - i < len(run)),
                   key=lambda part: (part[0] - part[1], part[0]))  # the longest first, then the first
    return next((run[i:j] for i, j in parts if common.names_elsewhere(_joined(run[i:j]), text)), run)


def _a_describing_word(word: str, common: Lowercase) -> bool:
    """A word of a title-case headline that describes rather than names (`Former`, `Veteran`), or one
    the document writes in lowercase."""
    low = word.lower()
    return low in DESCRIPTORS or low in ROLE_WORDS or _in_lowercase(low, common)


def _joined(run) -> str:
    """A run's words as the text writes them, but an owner's ending (`Hillary Clinton’s`)."""
    return " ".join([w for w, _, _ in run[:-1]] + [_bare(run[-1][0])])


def _split_at_common(run, common: Lowercase):
    """A title-case run cut at the words the document also writes in lowercase: `After`, and
    `Goes` when it writes `go`; and at verbs and adverbs (`Obama Just Let …`)."""
    parts: list[list[tuple[str, int, int]]] = [[]]
    for word in run:
        if _common_in_title_case(word[0], common):
            parts.append([])
        else:
            parts[-1].append(word)
    return [piece for part in parts if part for piece in _described_before_given(part)]


def _common_in_title_case(word: str, common: Lowercase) -> bool:
    """A word a title-case headline capitalises that is no name's: a verb or an adverb (`Hails`, `Just`),
    or one the document writes in lowercase (`Bank`, `Boss`), but not an acronym."""
    low = word.lower()
    return low in HEADLINE_VERBS or low in CUE_FORMS or low in IRREGULAR_PAST or low in ADVERBS \
        or _in_lowercase(low, common) and not _acronym(word)


def sentence_cased(text: str, common: Lowercase) -> str:
    """A title-case headline as it would read in sentence case, of the same length: `US Bank Boss Hails
    'Genius' Smith` -> `US bank boss hails 'genius' Smith`, each capitalised word but the first that is
    no name's (`_common_in_title_case`) in lowercase, so that its grammar and its quotation read as
    a sentence-case headline's do."""
    first = next((k for k, c in enumerate(text) if c.isalnum()), 0)
    return _CAPITALISED_WORD.sub(lambda m: m.group().lower() if m.start() != first and _common_in_title_case(
        m.group(), common) and not _in_a_name_named_elsewhere(text, m, common) else m.group(), text)


def _in_a_name_named_elsewhere(text: str, word: re.Match, common: Lowercase) -> bool:
    """The word and the one before or after it are a name the document writes elsewhere too
    (`Washington Post`, `Wells Fargo`)."""
    before = _WORD_BEFORE.search(text, max(0, word.start() - 40), word.start())
    after = _NEXT_WORD.match(text, word.end())
    pairs = ([f"{before.group(1)} {word.group()}"] if before and before.group(1)[:1].isupper() else []) + (
        [f"{word.group()} {after.group(1)}"] if after and after.group(1)[:1].isupper() else [])
    return any(common.names_elsewhere(pair, text) for pair in pairs)


_NEXT_WORD = re.compile(r"\s+([\w'’.-]+)")


_CAPITALISED_WORD = re.compile(r"(?<!\w)[A-Z][a-z]*(?:['’-][a-z]+)*\b(?!\.)")  # (not an initial: `J.`)


def _described_before_given(part: list) -> list[list]:
    """`Benghazi Widow Dorothy Woods` in a title-case headline: two words or more that are no given
    names before a given name and a surname describe the person; the name is the last two words."""
    k = len(part) - 2
    if k >= 2 and given_name(part[k][0]) and not any(given_name(word) for word, _, _ in part[:k]):
        return [part[:k], part[k:]]
    return [part]


_CORPORATE_SUFFIXES = {"co.", "inc.", "corp.", "ltd.", "llc."}


def _named_within_a_sentence(match: re.Match, found_words, k: int) -> bool:
    """The word `k` of the run comes after a number opening the run (`Two Just Stop Oil`) or, opening it, after a
    lowercase word (`of Just Stop Oil`): inside a sentence, where only a name's words are capitalised."""
    if k:
        return k == 1 and found_words[0].group().lower() in NUMBER_WORDS
    before = match.string[max(0, match.start() - 2):match.start()]
    return len(before) == 2 and before[1] == " " and before[0].isalpha() and before[0].islower()


def _split_run(match: re.Match) -> list[list[tuple[str, int, int]]]:
    """A regex run cut into name runs: at sentence ends, possessives and words like `The`."""
    found = match.group()
    if " " not in found and found[-1] != "." and "'" not in found and "’" not in found:
        return [[(found, match.start(), match.end())]]  # one plain word: most runs
    runs: list[list[tuple[str, int, int]]] = [[]]
    base = match.start()
    found_words = list(_WORDS.finditer(found))
    place = "New " in found  # `New York`: `New` is then a place's first word
    inside = found.startswith("New ") and (  # `band New Order`: not a sentence's `New`
        match.string[max(0, match.start() - 3):match.start()].rstrip()[-1:].islower())
    for k, w in enumerate(found_words):
        word, start = w.group(), base + w.start()
        if word[-1] in "'’" and word.rstrip("'’").endswith("."):
            word = word.rstrip("'’")  # `the White House.'' Later`: a quotation closing a sentence after a name
        ends_sentence = word[-1] == "." and (
            not _abbreviation(word) or _initial_closing(found_words, k, match.string))
        if ends_sentence:
            word = word[:-1]
        low = _word_of(word) if "'" in word or "’" in word else word.lower()
        current = runs[-1]
        if len(word) > 12 and len(_GLUED.findall(word)) >= 3:
            return []  # `Elise FoleyFlagShareLikeReplyAni Vrabel`: a page's buttons glued to its bloggers' names
        surname = low == "friday" and len(current) == 1 and given_name(current[0][0])  # `Mike Friday's side`
        surname = surname or word == "He" and (bool(current) or _opening_he(match, found_words, k))  # `Vice Premier
        # He Lifeng`, `Liu He`: inside a run of capitals (a sentence's end would have closed it), a Chinese name
        surname = surname or low in CUE_FORMS and k + 1 == len(found_words) and len(current) == 1 \
            and given_name(current[0][0]) and _verb_follows(match.string, match.end())  # `Edward Said wrote`,
        # `Nick Read has resigned`: a surname that spells a cue, after a given name, before a verb
        if (low in NOT_NAMES and (not current or low in _HARD_STOPS) and low not in NAME_PARTICLES and not surname
                and not (len(word) > 1 and word.isupper())  # `US Airways`: an acronym, not `us`
                and not (low == "sunday" and k + 1 < len(found_words)  # `the Sunday Telegraph`: a paper
                         and found_words[k + 1].group().rstrip(".").lower() in _MASTHEADS)
                and not (place and k + 1 < len(found_words) and names_place(low, found_words[k + 1].group()))
                and not (inside and k == 0 and low == "new" and len(found_words) > 1)
                and not (k == 0 and low == "just" and len(found_words) > 1 and (
                    _verb_follows(match.string, match.end()) or PEOPLE_NEXT.match(match.string, match.end())))
                # `Just Stop Oil said`, `Just Eat has reported`: a name the adverb's word opens, before its verb
                and not (k + 2 < len(found_words) and low not in _HARD_STOPS and low not in NUMBER_WORDS
                         and low not in ARTICLES_AND_POSSESSIVES and _named_within_a_sentence(match, found_words, k))
                # `Two Just Stop Oil protesters`, `members of Just Stop Oil`: a common word opening a name of three
                # words or more, inside a sentence (not `the My Ask Jeeves banner`: a product of Ask Jeeves)
                and not (low == "first" and k + 1 < len(found_words)  # `First Minister John Swinney`, `First
                         and found_words[k + 1].group().rstrip(".").lower() in ("minister", "lady"))  # Lady Jill Biden`
                and not (not current and k + 2 == len(found_words)
                         and names_a_service(low, found_words[k + 1].group().lower()))  # `First Bus`
                and not (not current and k + 2 == len(found_words)
                         and _given_first([word, found_words[k + 1].group().rstrip(".")], 0)
                         and not _after_a_time_word(match, found_words, k))  # `Christian Harris`
                or not current and compound_adjective(low)  # `Coffee-loving Curry`
                or low in _TIME_ZONES):  # `by 1300 GMT Carnival's shares`
            runs.append([])
        elif word:
            if current and current[-1][0][-1] == "s" and (
                    k + 1 < len(found_words) and given_name(word) and plural_before_a_name(current[-1][0])
                    or len(current) == 1 and plural_of_person(current[0][0].lower()) and not given_name(current[0][0])
                    and low not in NOT_NAMES):
                runs.append([])  # `the Lib Dems David Laws said`, `Young People and Families Margaret Hodge`,
                # `Celebrities Julianne Moore, …`: words for people, then a name
            elif (len(current) == 1 and k == 1 and k + 1 < len(found_words)
                  and (given_name(word) or (current[0][0].lower(),) in OFFICE_DOMAINS)
                  and not given_name(current[0][0])
                  and _OFFICE_OF.search(match.string, max(0, match.start() - 40), match.start())):
                runs.append([])  # `Chancellor of the Exchequer Gordon Brown`: an office's domain, then a name
                # (whatever its given name after a domain offices have: `to the Treasury Tesor Nefaren`)
            elif (len(current) == 1 and k == 1 and k + 1 == len(found_words)
                  and (current[0][0].lower(),) in OFFICE_DOMAINS and low not in ORG_WORDS
                  and _SECRETARY_OF.search(match.string, max(0, match.start() - 40), match.start())):
                runs.append([])  # `Former secretary of State Clinton`: the domain, then the surname alone
            elif (len(current) >= 2 and k + 1 < len(found_words) and given_name(word)
                  and any(w.lower() in NOT_NAMES for w, _, _ in current[1:])
                  and [w.lower() for w, _, _ in current[-2:]] not in (["first", "minister"], ["first", "lady"])):
                # but `Scottish First Minister John Swinney`, `Former First Lady Michelle Obama`
                runs.append([])  # `… A Quarantine Over Zika Virus Chris Christie said`: a heading in Title Case, then
                # a name
            elif (current and len(current[-1][0]) >= 3 and current[-1][0].isupper() and k + 1 < len(found_words)
                  and given_name(word) and not given_name(current[-1][0].capitalize())
                  and current[-1][0].lower() not in ROLE_WORDS):  # but `CEO Carly Fiorina`
                runs.append([])  # `aerospace group EADS Philippe Camus`: a body's acronym, then a name
            runs[-1].append((word, start, start + len(word)))
            if (word.endswith(POSSESSIVE_ENDINGS) and not _members_body(word, found_words, k)) or ends_sentence \
                    or low in _CORPORATE_SUFFIXES:
                runs.append([])  # `D.E. Shaw & Co.` ends a body's name: not `Co. Obama adviser David Plouffe`
    return [r for r in runs if r]


def _opening_he(match: re.Match, found_words, k: int):
    """`He Yadong, a commerce ministry spokesman, said`, `He Lifeng said`: the `He` that opens a run of two
    capitalised words, the other no word of ours, before a comma or a speech verb, opens a Chinese name."""
    return k == 0 and len(found_words) == 2 and found_words[1].group().lower() not in NOT_NAMES \
        and _SPEAKS_NEXT.match(match.string, match.end())


_SPEAKS_NEXT = re.compile(r",| (?:said|says|told)\b")


def _members_body(word: str, found_words, k: int) -> bool:
    """`the Actors' Equity Association`, `the Musicians' Union`: a plural possessive inside a body's
    name, whose words run on to a word for a body; not `Ladbrokes' Warren Lush`."""
    return word.endswith(("s'", "s’")) and k + 1 < len(found_words) \
        and found_words[-1].group().rstrip(".").lower() in ORG_WORDS


_GLUED = re.compile(r"[a-z][A-Z]")  # a capital inside a word: one in `McDonald`, `DiCaprio`; many in page debris
_STANCE = re.compile(r"\b(?:pro|anti)-$", re.I)  # a side taken, before the name it is taken on
_SECRETARY_OF = re.compile(r"\b(?:[Ss]ecretary|[Mm]inister) (?:of|for)(?: the)? $")
_OFFICE_OF = re.compile(r"[A-Z][a-z]+ (?:of|for|to)(?: the)? $")  # `Chief Secretary to the Treasury Paul Boateng`
_TIME_ZONES = {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "pdt"}


def _after_a_time_word(match: re.Match, found_words, k: int) -> bool:
    """`Last June Grewcock was banned`, `in May Smith said`: a month, not a given name."""
    before = [found_words[k - 1].group()] if k else match.string[max(0, match.start() - 10):match.start()].split()
    return bool(before) and (before[-1].lower() in _TIME_WORDS or before[-1][:1].isdigit())


def plural_before_a_name(word: str) -> bool:
    """`Dems`, `Families`: a plural, not a given name (`James`, `Douglas`), that ends what comes
    before a person's name."""
    low = word.lower()
    return (group_word(low) or plural(low)) and not given_name(word) and not low.endswith(_STRESSED_S)  # not `Hans
    # Joachim Schellnhuber`, `Andrés Manuel López Obrador`: a given name, and a stressed vowel before its s no plural's


_STRESSED_S = ("ás", "és", "ís", "ós", "ús", "às", "ès", "ìs", "òs", "ùs")


PRESS_WORDS = {"newspaper", "paper", "daily", "tabloid"}
_PAPER_CHAIN = 2  # paragraphs back, each with its own `the newspaper`, a paper named may be `the newspaper`
_THE_PAPER = re.compile(r"\b[Tt]he (?:news)?paper\b(?!'s)")
_AN_BEFORE = re.compile(r"\b[Aa]n?\s+$")  # `a Baton Rouge newspaper`: the name of where a paper is
_MASTHEADS = {"times", "post", "news", "journal", "review", "telegraph", "guardian", "herald", "mail", "express",
              "mirror", "observer", "standard", "chronicle", "gazette", "tribune", "independent", "sun", "scotsman",
              "ft"}


def _mastheads(mentions: list[NameMention]) -> dict[str, str]:
    """`the Post` after `The Washington Post`: a paper's last word for its full name, when the document
    names one paper so (not both the New York Times and the Financial Times)."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if len(m.words) >= 2 and m.words[-1].lower() in _MASTHEADS and not m.in_quote:
            found[m.words[-1].lower()].add(" ".join(m.words))
    return {last: next(iter(names)) for last, names in found.items() if len(names) == 1}


def _speaks_for_label(text: str, first_after: str | None, nxt: re.Match | None) -> str | None:
    """`spokesman` for `A UKIP spokesman said`, not for `Tory spokesman David Davis` (a person's role);
    `statement` for `An IAAF statement said`."""
    word = (_without_full_stop(first_after) or "").lower()
    if word not in SPOKES_ROLES and word not in BODY_TEXTS or nxt is None:
        return None
    if nxt.group(1).endswith(".") or text[nxt.end():nxt.end() + 1] in (".", ","):
        return word  # `…, predicts a BT report. The …`: the sentence ends with the label
    return None if _capitalised_after(text, nxt) else word


def _label(before: str | None, first_after: str | None, titled) -> str | None:
    """`magazine` for `US magazine Rolling Stone` and for `Broadcast magazine`."""
    if not titled and before and before.lower() in LABELS and before.islower():
        return before
    after = _without_full_stop(first_after)
    return _bare(after) if after and _bare(after) in LABELS else None  # `Gadget magazine's list`


_SET_OFF_LABEL = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|\w['’]s) ([a-z]+), $")
_LABEL_SET_OFF = re.compile(r", (?:his|her|their|its) ([a-z]+),")


def _set_off_label(text: str, start: int, end: int) -> str | None:
    """`publisher` for `His publisher, Oneworld,` and `Oneworld, his publisher,`: a word for a body that a
    possessive owns, set off beside the name."""
    found = (_SET_OFF_LABEL.search(text, max(0, start - 30), start) if text[start - 2:start] == ", " else None) \
        or _LABEL_SET_OFF.match(text, end)
    return found.group(1) if found and found.group(1) in BODY_NOUNS else None


def posted_on(text: str, m: NameMention) -> bool:
    """Whether the mention `m` in paragraph `text` is a platform something was posted on (`on X`, `on Facebook`): where
    words were posted, no body that speaks."""
    return len(m.words) == 1 and m.words[0].lower() in _PLATFORMS and text[max(0, m.start - 3):m.start] == "on "


_PLATFORMS = {"x", "twitter", "facebook", "instagram", "tiktok", "linkedin", "youtube", "threads", "bluesky",
              "snapchat", "whatsapp", "telegram", "reddit"}


def _saints_before(text: str, start: int) -> str:
    """`St Mary's` before `Primary School`: a saint's possessive that opens an institution's name, split off it as an
    owner; else ""."""
    found = _SAINTS_BEFORE.search(text, max(0, start - 30), start)
    return found.group(1) if found else ""


_SAINTS_BEFORE = re.compile(r"\b((?:St|St\.|Saint) [A-Z][\w-]*['’]s?) $")


def _initial_closing(words, k: int, text: str) -> bool:
    """`X.` in `… and Malcolm X. Attallah Shabazz, the daughter of activist Malcolm X, …`: a capital
    and a full stop that more capitalised words follow end the sentence when the paragraph writes
    the name with that capital as a whole (`Malcolm X,`); else it is a middle initial
    (`Amanda A. Kostro Miller`)."""
    word = words[k].group()
    if len(word) != 2 or k == 0 or len(words) - k < 3:
        return False
    whole = re.escape(f"{words[k - 1].group()} {word[0]}")  # `Malcolm X` written elsewhere as a whole name
    return re.search(whole + r"(?:[,;:)]|\s+[a-z])", text) is not None


def _abbreviation(word: str) -> bool:
    low = word.lower()
    return low in HONORIFICS or low in ABBREVIATIONS or len(word) == 2 and word[0].isupper() or word.count(".") > 1


def _word_of(word: str) -> str:
    """The lowercase word without possessive or contraction: `He’d` -> `he`; but a name with a
    capital after its apostrophe stays whole: `I'Anson`, `O'Brien`."""
    low = word.lower().replace("’", "'")
    mark = low.find("'")
    if mark < 0 or 0 < mark < len(word) - 1 and word[mark + 1].isupper():
        return low
    return low[:mark]


def _bare(word: str) -> str:
    if word[-1] not in "s'’":
        return word
    for ending in ("'s", "’s", "'", "’"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _goes_on_a_name(descriptor: str, rest: list[str]) -> bool:
    """`Hampshire` after `New`, `Lives Matter` after `Black`, `Water` after `Scottish`: words that a
    descriptor opens as part of a place's or a body's name (a place, a plural word first, a utility's
    word; `for` after a nation's people: `Americans for Prosperity`), not a person's after a descriptor
    (`Donald Trump`, `Democrat Zephyr Teachout`)."""
    first = rest[0]
    return names_place(descriptor, first) or len(rest) >= 2 and plural(first.lower()) and not given_name(first) \
        or first == "for" and _people_of_a_kind(descriptor) \
        or len(rest) == 1 and _bare(first).lower() in _UTILITIES  # `Scottish Water`, `British Gas`


_UTILITIES = {"water", "gas", "power", "energy", "electricity", "steel", "rail", "railways", "coal", "sugar",
              "telecom", "aerospace", "petroleum", "oil", "land", "connection", "home", "homes", "transport"}


# Epithets that stand before a surname alone too, and open no name of their own: `Matchwinner Keane`.
_PLAYING_ROLES = {"matchwinner", "match-winner", "goalscorer", "striker", "midfielder", "defender", "winger",
                  "goalkeeper", "keeper", "skipper", "sprinter", "playmaker", "substitute", "debutant", "full-back",
                  "centre-back", "fly-half", "scrum-half", "flanker", "batsman", "batter", "spinner", "seamer"}


_PLURAL_TITLES = {"senators", "governors", "representatives", "congressmen", "congresswomen", "mayors", "justices"}


def name_after_title(words: list[str]) -> tuple[str | None, list[str]]:
    """As split_title, but `New` opening a name is the name's own word (`New Order`, `New Labour`),
    unless it opens a place (`New Jersey Gov. Chris Christie`) or a title follows (`New Home Secretary
    Charles Clarke`)."""
    if len(words) > 1 and words[0] == "New" and not names_place(words[0], words[1]):
        title, rest = split_title(words[1:])
        return (title, rest) if len(rest) < len(words) - 1 else (None, words)
    return split_title(words)


_MEMBERS_LETTERS = {"TD", "MS"}  # a seat's letters that are other words' too (`TD Ameritrade`, `Ms`, `MS`)
_POLICE_LETTERS = {"DC", "DI"}  # a police rank's letters that are a given name's too in other capitals (`Di`)
_TITLES_OF_WORDS = {"Canon"}  # a title that is another word too, a title only before a given name
_DETECTIVE = {"det", "det.", "detective"}
_SEATS = {"county", "city", "public", "town", "state"}  # what an office one is elected to may be of


_AGENT_ENDINGS = ("er", "or", "ist", "ian")  # a word for one who does something: `forecaster`, `meteorologist`,
# `librarian`


_ABBREVIATED_OFFICES = {"pm": ("prime", "minister"), "dpm": ("deputy", "prime", "minister"),
                        "fm": ("first", "minister"), "ag": ("attorney", "general"), "sec": ("secretary",),
                        "sec.": ("secretary",)}  # an office's abbreviation as a title writes it


_HONOURABLE = {"hon", "hon.", "honourable", "honorable"}  # after `Rt`: the style, not `Hon Lik`'s given name
_RIGHT = {"rt", "rt.", "right"}


def _written_as_title(word: str) -> bool:
    """`PM`, `AG`, `Sec.`: an office's abbreviation as a title writes it (not `pm`, a time; nor `Ag`)."""
    return word.isupper() or word in ("Sec", "Sec.")


def _an_ordinary_persons(low: str) -> bool:
    """`neighbour`, `survivor`, `trader`: a word an ordinary person a story names is described by."""
    return low in FIRST_NAME_TRADES and low != "local" or low in PEOPLE and low.endswith(_AGENT_ENDINGS)


def split_title(words: list[str]) -> tuple[str | None, list[str]]:
    """The name after the titles, roles and descriptions before it: `Retired U.S. Air Force Gen.
    Norman Ham` -> ("Gen.", [Norman, Ham]). Not when what follows names an organisation
    (`Justice Department`)."""
    cut = None
    for i, word in enumerate(words[:-1]):
        if i == len(words) - 2 and (a_generation(words[-1]) or i and words[-1] in _GENERATION_NUMBERS):
            break  # `Martin Luther King Jr.`, `Martin Luther King III`: a name and its generation, not a title
            # and a name (but `King Charles III`)
        low = _bare(word).lower()
        if (low in HONORIFICS or low in ROLE_WORDS or low in _ABBREVIATED_OFFICES and _written_as_title(word)
            or low in _HONOURABLE and i and _bare(words[i - 1]).lower() in _RIGHT) \
                and not (  # `Canadian PM Mark Carney`, `US AG Pam Bondi`, `Defence Sec John Healey`, `Rt Hon Ed Davey`
                given_name(word) and words[i + 1].lower() in NAME_PARTICLES) \
                or low in DESCRIPTORS and not _given_first(words, i) and not _goes_on_a_name(low, words[i + 1:]) \
                and not (cut == i - 1 and _given_first(words[i:], 0)) \
                or low in ("u.s.", "u.k.") \
                or low in ("con", "con.") and i and _bare(words[i - 1]).lower() in _DETECTIVE:
            cut = i  # but `Marine Le Pen`: a given name before a surname's particle; `Det Con Amy Walsh`: a
            # detective constable (`Con` alone may be a given name)
        elif (word in _MEMBERS_LETTERS or word in _TITLES_OF_WORDS or word in _POLICE_LETTERS) \
                and given_name(words[i + 1]):
            cut = i  # `Fianna Fáil TD Willie O'Dea`, `Plaid Cymru MS Rhun ap Iorwerth`: a member of the Dáil or the
            # Senedd (not `TD Ameritrade`, a firm); `Canon Ann Lee`, a cleric (not `Canon Europe`); `DC Helen Marsh`,
            # a detective constable (not `Di Li`, a name)
        elif low.endswith("s") and low[:-1] in ROLE_WORDS and (
                len(words) - i > 2 and given_name(words[i + 1]) or i == 0 and low in _PLURAL_TITLES):
            cut = i  # `Judges Simon Cowell, Louis Walsh and …`, `Senators Rubio and Cruz`
        elif "-" in low and (low.rsplit("-", 1)[-1] in _ROLE_OR_EPITHET or compound_adjective(low)
                             or low.startswith("ex-") and low[3:] in _ABBREVIATED_OFFICES):
            cut = i  # `Vice-President Dick Cheney`, `Oscar-winner Andrea Arnold`, `Fifteen-year-old Donald Young`,
            # `Ex-PM Johnson`
        elif (low in DEMONYMS or low in EPITHET_HEADS) and (len(words) - i > 2 or cut == i - 1 and given_name(
                words[i + 1])) or low in _PLAYING_ROLES:
            cut = i  # `Frenchman Arnaud Clement`, `Songwriter Guy Chambers`, `Matchwinner Keane`; not `Swiss Re`;
            # `Fellow Scot Jamie`: after a word cut, before a given name
        elif i == 0 and len(words) > 2 and low.endswith(_ADJECTIVE_ENDINGS) and not given_name(word) and given_name(
                words[1]) and len(without_suffixes(words)) > 2:
            cut = i  # `Defiant Matt Williams`, `Furious Jose Mourinho` (not `Shaheed Fatima KC`: a name of two words
            # and the letters after it)
        elif i == 0 and low in _SETTING_APART and words[1][:1].isalpha():
            cut = i  # `Rival easyJet said`, `Rival Apple Music has`: a word setting the name apart from one before
        elif i == 0 and low in PEOPLE and not given_name(word) and given_name(words[1]) \
                and (len(words) > 2 or low in FIRST_NAME_TRADES):
            cut = i  # `Witness Tom Lee`, `Protester Jane Smith`: a word for a person, then their name (not
            # `Celebrity Big Brother`); `Neighbour Dave`, `Mum Sarah`: their first name alone
        elif i == 0 and len(words) == 3 and _an_ordinary_persons(low) \
                and not any(_bare(w).lower() in NOT_NAMES or _bare(w).lower() in ORG_WORDS for w in words[1:]):
            cut = i  # `Neighbor Tasha Williams`, `Survivor Kunhimoideen Pallikkal`: an ordinary person's word or one
            # who does something, then a name, however rare its given name
        elif i == 0 and len(words) > 2 and low.endswith(_AGENT_ENDINGS) and not given_name(word) \
                and given_name(words[1]) and low not in BODY_NOUNS:
            cut = i  # `Forecaster Alex Deakin`, `Meteorologist Jane Lee`: a trade, then a name; but `Bookmaker
            # William Hill` is a firm's name
        elif i == 0 and len(words) == 3 and learned_trade(low) and not given_name(word):
            cut = i  # `Volcanologist Thorvaldur Thordarson`: a trade its ending gives, then a name however rare
        elif i > 0 and words[i - 1].lower() in _SEATS and len(words) - i > 2 and given_name(words[i + 1]) \
                and not given_name(word):
            cut = i  # `Maricopa County Recorder Helen Purcell`: an office of a seat, not a name's word
    if cut is not None and words[cut + 1] == "of":  # `Secretary of State John F. Kerry`
        given = next((j for j in range(cut + 2, len(words) - 1) if given_name(words[j])), None)
        if given is not None:
            return words[cut], words[given:]
        if cut == 0:
            return None, words  # `Archbishop of Canterbury`, `Bishop of Durham`: an office, no one's name after it
    if cut is None or names_a_body([_bare(w) for w in words[cut + 1:]], titled=True):
        return None, words
    low = words[cut].lower()
    return (words[cut] if low in HONORIFICS or low in ROLE_WORDS or low in _TITLE_WORDS else None), words[cut + 1:]


def a_league(name: str) -> bool:
    """`Premier League`, `Serie A`, `La Liga`: a league's name (before `club`, a member's)."""
    return _LEAGUE.fullmatch(name) is not None


_LEAGUE = re.compile(r"(?:[A-Z][\w-]* )*(?:League|Liga|Bundesliga|Premiership|Championship|Eredivisie)(?: One| Two)?"
                     r"|Serie [AB]|Ligue [12]|MLS|NBA|NFL|NHL")
_LEAGUE_MEMBERS = {"club", "side", "team", "franchise"}
_SETTING_APART = {"rival", "rivals", "competitor"}
_SET_OFF_ORDINARY = re.compile(r",\s+(?:\d+,\s+)?an?\s+(?:local\s+|retired\s+|fellow\s+)?([a-z-]+)[,.]")  # `, a
# resident,`: one of those words set off after a name
_ORDINARY_BEFORE = re.compile(r"(?:\b(?:[Oo]ne|[Aa]nother|[Aa])\s+(?:local\s+|retired\s+|fellow\s+)?([a-z-]+),\s+"
                              r"(?:(?:aged\s+)?\d+(?:-year-old)?,?\s+)?"
                              r"|\b(?:[Rr]etired|[Ll]ocal|[Ff]ellow)\s+([a-z-]+)\s+)$")
# `One student, 19-year-old `, `Retired teacher `: one of those words before a name
_ORDINARY_WORDS = FIRST_NAME_TRADES | {"teacher", "farmer", "builder", "plumber", "mechanic", "cleaner", "carer",
                                       "trader", "baker", "mother", "father"}
_ORDINARY_QUALIFIERS = {"retired", "local", "fellow"}
_BODY_TRADES = frozenset(noun for noun in BODY_NOUNS if noun.endswith(("er", "or")) and noun != "maker"
                         or noun in ("charity", "supermarket", "airline", "watchdog")) | {"promoter", "developer"}
# a body's trade (`retailer`, `carmaker`, `regulator`, `Developer Persimmon`): not `maker`, which opens names (`Maker
# Studios`)
_BODY_TRADES |= {f"{trade}s" for trade in _BODY_TRADES}  # `Promoters Live Nation said`: a body whose trade is plural


def _given_first(words, i) -> bool:
    """`Christian Harris`: a descriptor that is also a given name, before one surname (not `Christian
    Aid`, `Christian Brothers`, `Christian Medical`)."""
    if i != 0 or len(words) != 2 or not given_name(words[0]):
        return False
    last = words[1].lower()
    return last not in ORG_WORDS and not plural(last) and not last.endswith(("al", "ic", "ian"))


_ADJECTIVE_ENDINGS = tuple(e for e in ADJECTIVE_ENDINGS if e != "al") + ("ed",)  # `Defiant`, `Furious`,
# `Relaxed` before a name; not `-al` (`General`, `Royal` open titles and names)
_ROLE_OF = re.compile(r"([A-Z][\w.]*)\s+of\s*$")


def _after_role_of(text: str, start: int, words: list[str]) -> tuple[list[str], re.Match | None]:
    """`[Secretary of] State John F. Kerry`: the name from its first given name on (else after
    the first word), and the role before `of`, which makes the name the sentence's subject."""
    given = next((j for j in range(len(words) - 1) if given_name(words[j])), None)
    if given is None and names_a_body(tuple(_bare(w) for w in words)):
        return words, None  # `executive director of National Nurses United`: the body is whole
    role = _ROLE_OF.search(text, max(0, start - 40), start)
    if given is None and role is not None and _THE_BEFORE.search(text, max(0, role.start() - 5), role.start()):
        return words, None  # `the Mayor of Greater Manchester`: the office's domain after `the`, no one titled
    if given is None and role is None:
        return words, None  # `The boss of Jaguar Land Rover`: no title before `of`, so no domain in the name
    name = words[given:] if given is not None else words[1:] if len(words) > 2 else words  # `assessment of
    # Donald J. Trump` keeps Donald
    if given and (role is None or role.group(1).lower() not in ROLE_WORDS) \
            and name_after_title(words)[1] == name:
        return words, None  # `husband of Labour MP Sue Blake`: the title is the name's own, for the title finder
    return (name, role) if role is not None and role.group(1).lower() in ROLE_WORDS else (name, None)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def without_suffixes(words: list[str]) -> list[str]:
    """`Ken Macdonald QC` -> Ken Macdonald; `Paul Boateng MP` -> Paul Boateng, `Tetek McCabe MSP` ->
    Tetek McCabe (whatever the given name), but `the Salford MP` stays: a seat after a place is a
    description."""
    words = list(words)
    while len(words) > 1 and (words[-1].lower() in NAME_SUFFIXES
                              or (words[-1].lower() in SEAT_SUFFIXES or words[-1] in _MEMBERS_LETTERS)
                              and _a_members_name(words[:-1])):
        words.pop()
    return words


def _a_members_name(words) -> bool:
    """The words before a seat name its member: a given name first, or two words or more, none a
    place's, a nation's, a party's or a body's."""
    lows = [_bare(w).lower() for w in words if not w.islower()]  # (not a particle: `Rhun ap Iorwerth`)
    return given_name(_bare(words[0])) or len(words) >= 2 and not any(
        w in PLACES or w in DEMONYMS or w in PARTY_WORDS or w in ORG_WORDS for w in lows)  # not `the Welsh
    # Labour MP`, `A UK Independence Party MEP`


def _domain_before_name(text: str, nxt: re.Match | None, first_after: str | None, words: list[str]) -> bool:
    """`Public Prosecutions` in `Director of Public Prosecutions, Ken Macdonald,` and `Staff` in
    `Chief of Staff Denis McDonough`: no given name, and a name (set off by a comma) follows."""
    if nxt is None or any(given_name(w) for w in words):
        return False
    if first_after != ",":
        return given_name(first_after or "")
    return _capitalised_after(text, nxt)


def _capitalised_after(text: str, nxt: re.Match) -> bool:
    """Whether the word after the one `nxt` matched is capitalised (a name's, most often)."""
    following = _NEXT.match(text, nxt.end())
    return following is not None and following.group(1)[:1].isupper()


def _not_a_name(word: str) -> bool:
    """A word that alone names no one: `The`, `Republican`, `Quebec-based`, the `Mr.` of `Mr. and
    Mrs. Khan`."""
    low = word.lower()
    if low in PERSONAL_TITLES:
        return True
    if len(word) > 2 and word[1] == "-" and word[2:3].islower():
        return True  # `T-shirts`, `U-turn`, `X-ray`
    if "'" in low or "’" in low:
        return _word_of(word) in NOT_NAMES or _bare(word).lower() in DESCRIPTORS
    if len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and low[:-1] in ROLE_WORDS:
        return True  # `MPs`, `MSPs`, `MEPs`: the holders of a role, no one's name
    return low in NOT_NAMES or low in DESCRIPTORS or compound_adjective(low)


_PARTY_NATION_FAITH = PARTY_WORDS | DEMONYMS | NATION_ADJECTIVES | DESCRIPTORS  # words that describe a person


def _served_office(text: str, start: int) -> tuple[str, ...]:
    """`Minister for Security Dan Jarvis`, `Shadow Secretary for Health Ann Lee`: the office (`security`, `minister`)
    a serving role and the capitalised domain after its `for` give the name after them."""
    if text.find(" for ", max(0, start - _SERVED_REACH), start) < 0:
        return ()  # (the cheap test first)
    role = _SERVED.search(text, max(0, start - _SERVED_REACH), start)
    if role is None or not role.group(0).endswith(" "):
        return ()
    rank = (role.group(1).lower(),) if role.group(1) else ()
    return (*rank, *role.group(3).lower().split(), role.group(2).lower())


def _a_served_domain(text: str, end: int) -> bool:
    """`Security` of `Minister for Security Dan Jarvis`, a run ending at `end` after `for`: the domain a serving role's
    `for` opens, with a name after it, no name of its own."""
    return _CAPITALISED_NEXT.match(text, end) is not None \
        and _SERVED.search(text, max(0, end - _SERVED_REACH), end) is not None


DOMAIN_ROLES = {"minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commissioner", "tsar", "czar",
                "envoy"}  # roles whose domain `for` may name after them: `minister for schools`
_SERVED_ROLE = (r"(?:\b([Ss]hadow|[Ff]ormer|[Dd]eputy|[Jj]unior) )?\b(" + "|".join(
    role.capitalize() for role in sorted(DOMAIN_ROLES)) + r")(?: of State)? for ")  # `Minister for `, `Secretary of
# State for `
_SERVED = re.compile(_SERVED_ROLE + r"((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) ?$")  # and its domain, before a name or
# ending where the search does
_SERVED_REACH = 70
_CAPITALISED_NEXT = re.compile(r" [A-Z]")


def served_domain(words: tuple[str, ...]) -> int | None:
    """Where `for` stands in lowercase words that end on a serving role, `for` and one or two words of its domain
    (`minister for schools`, `the shadow secretary for health`): read as the domain's role (`schools minister`)."""
    served = next((k for k, w in enumerate(words) if k and w == "for" and words[k - 1] in DOMAIN_ROLES), None)
    if served is None or not 1 <= len(words) - served - 1 <= 2 \
            or any(w in ARTICLES_AND_POSSESSIVES for w in words[served + 1:]):
        return None
    return served


def _described_before_a_name(whole: list[str], words: list[str]) -> bool:
    """`Conservative Tom Brown`, `Frenchman Tom Brown`: words of a party, a nation or a faith, then a given name and a
    surname: a person described, whatever article opens the run."""
    return len(words) >= 2 and len(whole) > len(words) and given_name(words[0]) and all(
        [_bare(w).lower() in _PARTY_NATION_FAITH for w in whole[:len(whole) - len(words)]])


def _mention(para, text, run, quoted, before: str | None, surname: bool = False) -> NameMention | None:
    """The mention a run of capitalised words makes; `before` is the word or mark before it; `surname`
    when it is a word that alone names no one, but the document gives it as someone's surname."""
    start, end = run[0][1], run[-1][2]
    words = [w for w, _, _ in run]
    nxt = _NEXT.match(text, end)
    first_after = nxt.group(1) if nxt else None
    runs_on = first_after is not None and first_after[:1].islower()
    if before == "(" and first_after == ")" and (len(words) == 1 or not given_name(words[0])):
        return None  # "(R-Ohio)", "(D)"; but `(Donald J. Trump)` names him
    trade = None
    if len(words) >= 2 and words[0] == "Will" and _after_sentence_end(before) and _asks(text, end):
        start, words = run[1][1], words[1:]  # `Will Tory tax cuts lift spirits?`: the modal of a question
    elif len(words) >= 2 and words[0].lower() in _BODY_TRADES and _after_sentence_end(before) \
            and not given_name(words[1]) and not all(w.lower() in PLACES or w == "UK" for w in words[1:]):
        # (not `Airlines UK`: a trade and a place, a body's whole name)
        start, words, trade = run[1][1], words[1:], words[0].lower()  # `Retailer Tesco said`, `Drugmaker Pfizer`:
        # the trade opening the sentence labels the name after it, as `retailer` would inside one (but
        # `Bookmaker William Hill` may be a man's name)
    if len(words) == 1 and first_after == "," and _after_sentence_end(before) and (
            participle_alone(words[0]) or words[0].lower() in MOODS):
        return None  # `Heartbroken, the family said`, `Devastated, his mother said`, `Angry, the fans said`: how they
        # felt, no name
    if len(words) == 1 and first_after == "," and _after_sentence_end(before) and (
            _after_appositive(m.group() for m in TOKEN.finditer(text, nxt.end())) is None) \
            and not (_participle_after(text, nxt.end()) and not ly_adverb(words[0].lower())):
        return None  # `Soon, he found …`: an opening word, not a name; but `Clinton, speaking to me … remembers`
    if first_after == "(":
        aside = _ASIDE_END.match(text, nxt.end())  # `John Cornyn (R-Tex.) responded`
        if aside:
            nxt = _NEXT.match(text, aside.end())
            first_after = nxt.group(1) if nxt else None
    number = _NUMBER_AFTER.match(text, end) if first_after is not None and first_after.isdigit() else None
    if number is not None and not _numbered(text, end):
        words, end = [*words, number.group().strip()], number.end()  # `Transport 2000 said`: the number is
        nxt = _NEXT.match(text, end)  # the name's
        first_after = nxt.group(1) if nxt else None
    if before is None and first_after in DASHES and all(w.isupper() for w in words):
        return None  # `LOS ANGELES —`, `NEW YORK (AP) -`: a dateline, no one's name
    role, named_at = None, start
    if (before or "").lower() == "of":
        words, role = _after_role_of(text, start, words)
        named_at = run[len(run) - len(words)][1] if role is not None and len(words) < len(run) else start
        if role is not None and _domain_before_name(text, nxt, first_after, words):
            return None  # `Director of Public Prosecutions, Ken Macdonald, said`: the office's domain
        if role is not None:
            before = _token_before(text, role.start())
    if before == "for" and _a_served_domain(text, end):
        return None  # `Security` of `Minister for Security Dan Jarvis`
    served = _served_office(text, start) if before and before[:1].isupper() else ()
    titled = before and (before.lower() in HONORIFICS or before in GENDERED_ROLES)
    title = role.group(1) if role else before if titled else None
    if title is None and ("," in (before, first_after) or first_after == "." and (before or "")[:1].islower()):
        # `Trump's wife, Melania,`, `his wife, ex-model Sandra.`, `Janie Hendrix, his stepsister,`
        title = _role_in_apposition(text, start, before, first_after) or _gendered_appositive(text, nxt, first_after)
    office = _office_before(text, start, before) if before and before.lower() in ROLE_WORDS else ()  # cheap test first
    honoured = bool(titled) and not office and (before or "").lower() in _MISTERS | _KNIGHTS
    if honoured:  # `London mayor Mr Livingstone`: the role before the honorific
        honorific = text.rfind(before, 0, start)
        role = _token_before(text, honorific)
        office = _office_before(text, honorific, role) if role and role.lower() in ROLE_WORDS else ()
    if not office and "," in text[max(0, start - 25):start]:
        office = _office_set_off(text, start)  # `The Bishop of Durham, the Rt Rev Dr Tom Wright`
    if not office and " of " in text[max(0, named_at - _OF_DOMAIN_REACH):named_at]:
        office = _office_of_domain(text, named_at)  # `Former Secretary of State Hillary Clinton`; `Mayor of Greater
        # Manchester Andy Burnham`, the domain in the run
    office = served or office
    whole = words
    if len(words) > 1:
        cut_title, words = name_after_title(words)
        title = cut_title or title
        honoured = honoured or (cut_title or "").lower() in _MISTERS  # `London mayor Mr. Livingstone`
        office = _office_in_run(whole, len(whole) - len(words)) or office
        if office and CLERICS_STYLE.issuperset(office):
            office = ()  # `The Right Reverend John Perumbalath`: a cleric's style, as `Rev`, no office
        if office and len(whole) > len(words) and (before in _RANKS or before == "then-"):
            office = ("former" if before == "then-" else before, *office)  # `former President Barack Obama`,
            # `deputy First Minister Emma Little-Pengelly`; `then-President Barack Obama`, who held it once
    if len(words) == 1 and not surname and (
            _bare(words[0]).lower() in DESCRIPTORS or words[0].lower() in ROLE_WORDS
            or _bare(words[0]).lower() in DEMONYMS) and (title or "").lower() not in PERSONAL_TITLES:
        return None  # `Director, David Caldwell, said`: a role alone names no one; but `Ms King` is a name
    if len(words) == 1 and first_after in ROLE_WORDS and not surname and words[0].lower() in _FUNCTIONS \
            and _after_sentence_end(before) and _capitalised_after(text, nxt):
        return None  # `Managing director Ruth Evans`, `Health secretary Wes Streeting`: the office's first word, a
        # function's or a domain's, opening a sentence, with its role and a name after it (not `Apple` of `Apple chief
        # executive Tim Cook`, no function)
    names = tuple([_bare(w) for w in without_suffixes(words)])  # (a list is quicker to make than a generator)
    if not names or not surname and all([_word_of(w) in NOT_NAMES for w in names]):
        return None
    if len(names) == 1 and first_after == "," and _after_sentence_end(before) and len(names[0]) > 5 \
            and names[0].lower().endswith(ADVERB_ENDINGS):
        return None  # `Currently, only two …`: an adverb opening a sentence
    outlet = (first_after or "").lower() in OUTLETS and not words[-1].endswith(POSSESSIVE_ENDINGS) or (
        # `PC Pro magazine` names no constable; but `Mr. Hannity's show` is a person's
        len(names) >= 2 and title is None and _REPORTED.match(text, end) is not None and not given_name(names[0]))
    # `…, Right Wing Watch first reported.`: no one's given name, and it reports
    aged = text.startswith(",", end) and (
        _AGED.match(text, end) is not None or _SIGNED_AFTER.match(text, end) is not None
        and _SIGNED_BEFORE.search(text, max(0, start - 3), start) is not None)  # (`- Pete, Cardiff`: a reader)
    described = (before or "").lower() == "the" and _described_before_a_name(whole, words)  # `the Conservative Tom
    # Brown`: a person, whatever the article before suggests
    is_org = (names_a_body(names, titled=title is not None or (before or "").lower() in ROLE_WORDS  # `Tory
                           or len(whole) > len(words) and _bare(whole[len(whole) - len(words) - 1]).lower()
                           in PARTY_WORDS)  # co-chairman Liam Fox`,
              # `Tory Tusir Fox`, whatever his given name
              or (before or "").lower() == "the" and (title or "").lower() not in HONORIFICS  # `the Rt Rev Michael …`
              and not described
              and not (title is not None and title.lower() in ROLE_WORDS and len(names) >= 2
                       and given_name(names[0]))  # `the Conservative MP Danny Kruger`: a person with their office
              and not (len(names) == 1 and first_after in _PERSON_CLAUSE)  # but `the Trump who questions …`, `the
              # Trump we all knew`
              or trade is not None
              or len(names) == 1 and names[0].lower() in BUSINESSES_NAMED_SO  # `Vodafone and Three`, `Next`
              or before in BODY_NOUNS and len(names) == 1  # `software firm Sendmail`, `distributor Toho`; not
              # `aerospace group EADS Philippe Camus`, `the CGA consultancy Jeanne-Marie Gescher`
              or before in ("called", "named") and _called_a_body(text, start)  # `a company called Cambridge Analytica`
              or before == "at" and _VENUE_BEFORE.search(text, max(0, start - 30), start) is not None  # `his first
              # title at Roland Garros`: a venue, whatever its words
              or before == "," and first_after == "," and title is None and len(names) == 1
              and _PLACE_APPOSED.search(text, max(0, start - 40), start) is not None  # `the state capital,
              # Sacramento, said`: a place, set off after its noun
              or first_after in _PLURAL_VERBS
              and _plural_verb_after(names, before, _opens_a_clause(text, start, before))
              or len(names) == 1 and len(names[0]) > 1 and names[0].isupper() and (before or "").lower() not in STAGE_TRADES
              and _HIS_OR_HER_AFTER.match(text, end) is None
              # (but `Austrian singer JJ`, `rapper DMX`: a performer's stage name; `Austria's JJ won with his song`)
              or len(names) >= 2 and not titled and ly_adverb(names[0].lower()) and not given_name(names[0])  # a
              # show's or a work's title, no one's name: `Strictly Come Dancing`
              or all([w.lower() in PLACES for w in names]) and not titled and not aged
              or len(names) == 1 and not titled and not aged and _A_RESULT.match(text, end) is not None  # `Chelsea
              # lost 2-0 to Arsenal`, `beat Chelsea 2-0`: a side, whatever given name it spells
              or outlet  # `North Korea`, no he or she; but `Baroness Scotland` is a she, `said Jordan, 19,` a he
              or len(names) >= 2 and (names[-1].lower() in VENUES and not titled  # `Madison Square Garden`; but
                                      # `mayor Andy Street`, `Mr Street` (titled as a person)
                                      or names[0] == "New"))  # `New Order`, `New Labour`: no one's name
    if is_org and (title is None or outlet) and len(whole) > len(words) \
            and whole[len(whole) - len(words) - 1].lower() not in _SETTING_APART:
        names = tuple(_bare(w) for w in whole)  # `the Scottish Executive` keeps `Scottish`; `Rival BYD` is BYD
        title = None
    if first_after in _AFFILIATION_MARKERS and not is_org:
        first_after, nxt = _past_affiliation(text, nxt)  # `Dan McLaughlin at the National Review agreed`
    if nxt is not None and first_after is not None and first_after.lower() in _TIME_OPENERS:
        first_after, nxt = _past_time(text, nxt)  # `Cruz on Friday played down …`
    if first_after and first_after[-1] == ".":
        first_after = _without_full_stop(first_after)  # `…, Jones said.`
    possessive = words[-1].endswith(POSSESSIVE_ENDINGS) and not has_contracted(text, end) \
        and first_after not in _VERBS_AFTER_A_BRAND and first_after != ","  # `Sainsbury's
    # said`, `Ben & Jerry's, which …,`: a name that ends on `'s`, the subject of its verb, owning nothing
    if possessive and first_after and first_after[:1].isupper() and first_after.lower() in _NAMED_AFTER_A_SAINT:
        return None  # `St Peter's Basilica`, `King's College`, `St James's Park`: a place's name
    owner = _before_owner(text, start, before, len(words))  # `Fox News’ Bret Baier noticed`: as if no outlet
    if owner in ("the", "The") and not is_org and described:
        owner = _token_before(text, text.rfind(owner, 0, start))  # `Ann Lee and the Conservative Tom Brown`: what
        # stands before the article
    if owner in ("and", "but") and (first_after or "").lower() in CUE_FORMS \
            and _JOINED_CLAUSE.search(text, max(0, start - 8), start):
        owner = None  # `Sanders and the pontiff share goals, and Sanders suggested`: a clause of its own, with a
        # verb of saying (not `and Clarkston became his home`, a place)
    if owner in _NEW_OR_OWN and _POSSESSED_BEFORE.search(text, max(0, start - _POSSESSED_REACH), start):
        owner = "its"  # `Apple has delayed its new AI features`: what a name modifies is owned, no subject
    subject = not possessive and _is_subject(owner, first_after, text, nxt.end() if nxt else end) \
        or _after_sentence_end(before) and _RESULTS_MOVED.match(text, end) is not None  # `Tesla's sales fell 13%`,
    # `Tesla shares fell`, as `Shares in Tesla fell`: the business the sentence is about
    if not subject and not possessive and (first_after in BODY_NOUNS or first_after in ORG_WORDS) and nxt is not None \
            and _opens_a_clause(text, start, before) and _verb_follows(text, nxt.end()):
        subject = True  # `the Unite union criticised the results`: the body, labelled after its name
    if subject and len(names) == 1 and not is_org and first_after in BODY_NOUNS and nxt is not None \
            and text[nxt.end() + 1:nxt.end() + 2].isupper():
        subject = False  # `Budget airline easyJet has apologised`: a word of the label, not a name and its verb
    labelled = is_org and before in BODY_NOUNS and _label_opens_sentence(text, start, before)
    if not subject and labelled and _verb_follows(text, end):
        subject = True  # (and easyJet its subject)
    if subject and (before or "").lower() == "the" and _PREPOSITION_THE.search(text, max(0, start - 16), start):
        subject = False  # `On the New York Stock Exchange, shares in Elan lost`: a preposition's object
    if subject and first_after and first_after[-1:] == "s" and _TO_VERB_BEFORE.search(text, max(0, start - 30), start) \
            and _NOUN_CLOSES.match(text, nxt.end()):
        subject = False  # `plans to ship boxes, to receive HDTV broadcasts, in time`: the object of an
        # infinitive and a plural noun after it, not a name and its verb
    if subject and before and before[-1] in "s'’" and _owned_by_a_person(text, start, before) \
            and not _a_body_acts(text, first_after, nxt):
        subject = False  # `Michelle Paver's Wolf Brother … is`: a person's work, no one who speaks; but `Elon
        # Musk's Tesla has reported`, `Mark Zuckerberg's Meta said`: their company, which speaks
    if subject and before and before.lower() in ROLE_WORDS and _TITLED_OBJECT.search(text, max(0, start - 60), start):
        subject = False  # `the cuts proposed by shadow chancellor Oliver Letwin were`: the object of `by`
    if subject and len(names) == 1 and not is_org and _noun_after(names[0], first_after):
        subject = False  # `Consumer demand will remain fragile`: a noun after a word, not a name and its verb
    if subject and _COPULAR_RELATIVE.search(text, max(0, start - 20), start):
        subject = False  # `denizens of the hall of mirrors that is Trump World told me`: the relative's complement
    if subject and ", whose " in text and _WHOSE_KIN.search(text, max(0, start - 40), start):
        subject = False  # `Mickey McKinney, whose brother William was killed, said`: the relative's, not the sentence's
    if subject and first_after and plural_of_person(first_after):
        subject = False  # `the peaceful Trump supporters … were`: the supporters are the subject, not Trump
    if not subject and not is_org and first_after == "," and _VIEW_HOLDER.search(text, max(0, start - 80), start):
        subject = True  # `For Jupiter analyst Olivier Beauvillain, Yahoo's decision was an error`: whose view
    if not subject and not is_org and before == "by" and first_after in (".", None) \
            and _PASSIVE_BY.search(text, max(0, start - _PASSIVE_REACH), start):
        subject = True  # `She was backed by Robert Jenrick.`: the passive's agent, who acts, closing the sentence
    example = not subject and not is_org and bool(first_after) and _example_of_a_group(text, start, first_after)
    subject = subject or example  # `But villagers like retired teacher Jean Cooper worry`: the one named of the
    # subject, in no subordinate clause
    if not subject and not is_org and first_after in (",", ".") and _role_is(text, start, before):
        subject = True  # `The musical's British director is Matthew Warchus, best known for …`: who the role is
    if not subject and not is_org and first_after in (",", ".", None) and _inverted_subject(text, start):
        subject = True  # `Among them was 100-year-old veteran Harry Billinge.`: the subject, after its verb
    lead_at = text.rfind(before, 0, start) if titled else start  # `said Mr Jain.`, `when Mr Blunkett argued`:
    lead = _token_before(text, lead_at) if titled else before  # the word before the title
    if not subject and not is_org and (len(names) >= 2 or titled) and _acts_after_with(
            lead, first_after, text, nxt.end() if nxt else end):
        subject = True  # `with Hillary Clinton — who's called for … — lambasting Trump's plan`
    if not subject and not is_org and before == "," and first_after == "," and len(names) >= 2 \
            and (_token_before(text, text.rfind(",", 0, start)) or "").lower() in ROLE_WORDS \
            and _present_verb_after(text, nxt.end()):
        subject = True  # `Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns`: the appositive's
    figures = before in ("at", "in", "of", "for") and _FIGURES_OF.search(text, max(0, start - 20), start) is not None
    subject = subject or figures  # `Profits at BP fell`: the body whose figures the sentence reports
    if not subject and not is_org and first_after == "." and _passive_agent(text, start):
        subject = True  # `The report was welcomed by … David Willetts.`: who acted, where nobody else does
    in_quote = False
    for a, b in quoted:
        if a <= start < b:
            in_quote = True
            break
    introduced = _after_cue(lead, text, lead_at) or bool(titled) and (lead or "")[:1].islower() and _cue_before_role(
        text, start, before)  # `said Sun's chief operating officer Jonathan Schwartz`
    after_cue = introduced and (first_after is None or first_after in _CLOSERS or _role_after(text, end)
                                or _FROM_HOME.match(text, end) is not None) and not is_org  # (`asks Pete from Cardiff`)
    full = len(names) >= 2 and not is_org
    opener = _token_before(text, text.rfind(before, 0, start)) if (before or "").lower() == "the" else lead
    after_a_word = subject and not labelled and bool(opener) and opener.isalpha() and opener.islower() and (
        opener not in _CLAUSE_JOINERS and opener not in ROLE_WORDS and opener not in EPITHET_HEADS
        and opener not in DESCRIPTORS and opener not in ORG_WORDS and opener not in LABELS  # `said the National
        # Audit Office should`, `Ozempic maker Novo Nordisk cut`, `The band Coldplay have`;
        and not _OPENING_PHRASE.search(text, max(0, start - 60), start))  # not `champion Borussia Dortmund has`,
    # `club Borussia Dortmund`, `In its statement Valve also said`
    speaks = subject and ((first_after or "").lower() in CUE_FORMS and not _tells_a_story(text, nxt)
                          and not _verb_then_to(text, nxt)
                          or _and_said(text, end) and not after_a_word  # `believes Mourinho is … and says`: not his
                          or _stating(text, end) and not after_a_word
                          or _cue_past_appositive(before, first_after, text, nxt, start)) or after_cue
    embedded = subject and not speaks and after_a_word and not figures
    if not speaks and not is_org and first_after == "," and _speaks_in_relative(text, end):
        speaks = True  # `a debut nomination for Staunton, 49, who told BBC News 24 she …`
    reach = max(0, start - 60)
    if not speaks and not is_org and first_after in (".", ",", None) and text.find("ccording", reach, start) >= 0 \
            and _ACCORDING_TO_PERSON.search(text, reach, start):
        speaks = True  # `…, according to regional governor Oleh Syniehubov.`: who said what the sentence reports
    in_relative = not subject and not speaks and not is_org and first_after in (",", "who") \
        and _acts_in_relative(text, end)  # (`the return of star skipper Brian O'Driscoll who missed the game`)
    subject = subject or in_relative  # `the withdrawal of tycoon Steve Morgan, who got frustrated …. He also accused`
    subject = subject or before == "named" and not is_org and _self_named(text, start) is not None  # `The woman
    # … identified herself to CNN as a resident named Fupek`: the subject's own name
    described = full and first_after == "," and _describes(text, nxt.end())
    stated_sex = _reflexive_set_off(text, end) if not is_org and text.startswith(",", end) \
        else _sex_complement(text, nxt.end()) if not is_org and first_after in ("is", "was") \
        else _named_as(text, start) if before == "named" else None  # the sex
    # the words right after the name give: `, herself a …`, `is America's first female presidential nominee`
    pronoun = stated_sex or ((following_pronoun(text, end) or _owns_its(text, end) or (
        "n" if len(names) == 1 and not given_name(names[0]) and _SAID_THEY_WISHED.match(text, end) else None))
                             if subject and not is_org
                             else following_pronoun(text, end + 1) if _topic(text, end, names, is_org)
                             else _owners_pronoun(text, end)
                             if possessive and not is_org and _owner_opening(before, first_after) else None)
    return NameMention(para, start, end, names, title, is_org, in_quote, subject or after_cue, pronoun=pronoun,
                       before_cue=speaks,
                       subordinate=subject and not in_relative and not example
                       and (lead or "").lower() in _SUBORDINATING,
                       adverbial=subject and lead in _MID_SUBORDINATING and _adverbial(text, lead, lead_at),
                       described=described,
                       aged=aged,
                       role_after=full and (described and _role_appositive(text, nxt.end())
                                            or first_after in ("is", "was") and _role_complement(text, nxt.end())),
                       office=unhyphenated(office) if office and (full or honoured) else (),
                       outlet=outlet and len(names) >= 2,
                       set_off=_set_off_office(text, start, nxt.end() if first_after == "," else None)
                       if (full or honoured or first_after == "," and not is_org and len(names) == 1) else (),
                       # (`Walz, the Minnesota governor,`)
                       embedded=embedded,
                       source=opener in _SOURCE_OPENERS and _source(opener, text, start)
                       or possessive and (first_after or "").lower() in _ORGANS,
                       runs_on=runs_on and not possessive, possessive=possessive,
                       label=trade or _label(before, first_after, titled) or _speaks_for_label(text, first_after, nxt)
                       or (_set_off_label(text, start, end) if first_after == "," or text[start - 2:start] == ", "
                           else None),  # (asked only beside a comma: each name asks)
                       in_relative=in_relative, owned=(before or "").lower() in ("its", "their")
                       or (before or "").lower() in ("a", "an") and len(names) == 1
                       or (first_after or "").lower() in _LANDS and (before or "").lower() == "the",
                       numbered=_numbered(text, end),
                       who_after=first_after == "," and _WHO_AFTER.match(text, nxt.end()) is not None,
                       business=full and _written_as_business(text, start, end, before, possessive),
                       named_so=before == "named",
                       listed=is_org and opener in _LISTING and (opener != "as" or text.endswith(
                           "such", 0, max(0, text.rfind(" as ", 0, start)))),
                       junior=_generation(words[-1]) if len(words) >= 2 and (
                           len(names) >= 2 or given_name(names[0]) or (title or "").lower() in _MISTERS)
                       else "",  # `Donald Trump Jr.`, `His son Donald Jr.`, `Mr Trump Jr`
                       kin=(title or "").lower() in RELATIONS
                       or first_after == "," and _KIN_AFTER.match(text, nxt.end()) is not None,
                       kin_of=kin_owner(text, start) if title and title.lower() in RELATIONS else "",
                       next_pronoun=_next_sentence_pronoun(text, start, end) if subject and not is_org else None)


def _unmark_venue_surnames(mentions: list[NameMention]) -> None:
    """`Andy Street said …. Mr Street added`: a given name and a venue's word, read as a place's name, is a
    person's where the text gives the surname an honorific."""
    honoured = defaultdict(set)  # surname -> the sexes its honorifics give
    for m in mentions:
        if len(m.words) == 1 and (m.title or "").lower() in HONORIFICS:
            honoured[m.words[0]].add(HONORIFICS[m.title.lower()])
    for m in mentions:
        if m.is_org and len(m.words) == 2 and m.words[1] in honoured and m.words[1].lower() in VENUES \
                and given_name(m.words[0]) and given_gender(m.words[0]) in honoured[m.words[1]] | {None}:
            m.is_org = False  # (not `Victoria Street` for `Mr Street`)


def _country_code(words: tuple[str, ...]) -> bool:
    """`UK`, `US`, `U.S.`: a country written by its letters, a place."""
    return len(words) == 1 and words[0].lower() in COUNTRY_CODES


def _asks(text: str, pos: int) -> bool:
    """The sentence that goes on at `pos` ends on a question mark."""
    end = _SENTENCE_CLOSE.search(text, pos)
    return end is not None and end.group() == "?"


_SENTENCE_CLOSE = re.compile(r"[.!?]")


def _place_then_surname(words: tuple[str, ...]) -> bool:
    """`Wisconsin Trump` (of `Wisconsin Trump rally`): a place that is no given name, then one word,
    is no one's full name."""
    return len(words) == 2 and words[0].lower() in PLACES and not given_name(words[0])


def _called_a_body(text: str, start: int) -> bool:
    """`a company called …`, `a firm named …`: the name a word for a business gives."""
    word = _NOUN_CALLED.search(text, max(0, start - 40), start)
    return word is not None and word.group(1).lower() in BODY_NOUNS


_PERSON_CLAUSE = {"who", "whom", "we", "I", "you"}  # what opens a clause about a person right after `the` and a name
_NOUN_CALLED = re.compile(r"\b([A-Za-z]+)\s+(?:called|named)\s+$")
_WHO_AFTER = re.compile(r"\s+who\s(?!(?:have|are|were)\b)")  # but `Liverpool, who have won nine games`: a plural
# verb for one name, a team's or a band's


def _written_as_business(text: str, start: int, end: int, before: str | None, possessive: bool) -> bool:
    """Whether the text writes a full name as a business's, whatever name opens it: `Laura Ashley,
    which is due to report, has` opening a sentence, `Shares in John Lewis`, `Eli Lilly's chief medical
    officer`."""
    if _after_sentence_end(before) and _WHICH_AFTER.match(text, end):
        return True
    if possessive:
        return _A_BUSINESS_OWNS.match(text, end) is not None
    return before == "in" and _HELD_IN.search(text, max(0, start - 16), start) is not None


_WHICH_AFTER = re.compile(r",\s+which\s")
_LANDS = frozenset({"valley", "estuary", "coast", "peninsula", "basin", "hills", "mountains", "delta", "plain",
                    "plains", "highlands", "lowlands", "marshes", "moors", "dales", "fens", "gorge"})  # `the Calder
# valley`: a place named with the word for its land
_A_BUSINESS_OWNS = re.compile(r"\s+(?:chief (?:executive|financial officer|operating officer|medical officer)|finance "
                              r"director|share price|shareholders|profits?|pre-tax|annual results|stores)\b")
_RESULTS_MOVED = re.compile(r"\s+(?:sales|profits?|shares|revenues?|earnings|turnover|share price)\s+"
                            r"(?:have\s+|has\s+)?(?:fell|rose|fallen|risen|jumped|slumped|slid|dropped|climbed|soared"
                            r"|plunged|tumbled|surged|grew|grown)\b")
_HELD_IN = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]hareholders?)\s+in\s+$")  # `Shares in John Lewis`
_REPORTED = re.compile(r"\s+(?:first\s+|also\s+|previously\s+|earlier\s+)?report(?:ed|s)\b")

# A short prepositional phrase opening the sentence, with no comma after it: `In its statement Valve`.
_OPENING_PHRASE = re.compile(r"(?:^|[.!?][\"”»’']?\s+)(?:In|On|At|During|Under|Throughout|From|Despite|Following)\s+"
                             r"(?:[a-z][\w'’-]*\s+){1,4}$")
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?:the\s+)?$")
_ACCORDING_TO_PERSON = re.compile(r"\b[Aa]ccording\s+to\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z][\w.-]*\s+)?$")
# `according to regional governor `, `according to Mr `
_VOICED_BY = re.compile(r"\bspokes(?:man|woman|person)\s+(?:for|of)\s+(?:the\s+)?$")


# What a body speaks through: `Manchester United's board has agreed …. the club said`
_ORGANS = {"board", "spokesman", "spokeswoman", "spokesperson", "statement", "chairman", "lawyers", "management",
           "directors", "response"}
_OWN_VOICES = _ORGANS | REPLIES  # `Labour's response was swift:`, `Labour's spokesman said`


_SOURCE_OPENERS = frozenset({"to", "for", "of", "from"})
_SENT_FROM = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(SENT_TEXTS)))})\s+from\s+(?:the\s+)?$")


def _source(opener: str | None, text: str, start: int) -> bool:
    """`according to Reuters`, a body a spokesman speaks for (`A spokesman for Reporters Without
    Borders … described`) or a text comes from (`a statement from Lycos Europe`): who said what the
    sentence reports."""
    if opener == "to":
        return _ACCORDING.search(text, max(0, start - 20), start) is not None
    if opener == "from":  # `In a statement from Lycos Europe …, the company denied`
        return _SENT_FROM.search(text, max(0, start - 20), start) is not None
    return opener in ("for", "of") and _VOICED_BY.search(text, max(0, start - 30), start) is not None


_CLAUSE_JOINERS = {"and", "but", "or", "so", "yet", "then", "that", "when", "while", "as", "because", "if", "although",
                   "though", "where", "after", "before", "since", "until", "unless", "whereas", "now"}


_VIEW_HOLDER = re.compile(r"(?:^|[.!?][\"”»’']?\s+)(?:(?:But|And|Yet|So|As|[Aa]nd as)\s+)?(?:[Ff]or|To)\s+"
                          r"(?:(?!(?:example|instance|in|at|on|from)\s)[\w'’.\-]+\s+){0,4}$")  # not `For example in X,`


def _cue_past_appositive(before: str | None, first_after: str | None, text: str, nxt: re.Match | None,
                         start: int) -> bool:
    """`Yukiya Amano, director general of the agency, said`: a speech verb after the name's
    appositive (not for a name that is itself set off by commas: `the state capital, Sacramento, said`)."""
    if first_after != "," or nxt is None:
        return False
    closing = _NEXT.match(text, nxt.end())
    if _closing_verb(text, nxt.end()) is not None:  # `Director, David Caldwell, said`; not `Fagin, prompted`
        return before == "," and closing.group(1) in CUE_FORMS and _role_before_comma(text, start)
    if before == "," and not _role_before_comma(text, start) and not _after_opening_connective(text, start) \
            and not _after_a_clause(text, start):
        return False  # `the state capital, Sacramento, said`; but `Director, Ken Macdonald, who sits on …, said`,
        # `But, Hans Reckers, a board member …, said`, `… remains undimmed, Alan Milburn, Labour's …, told`
    verb = _after_appositive(m.group() for m in TOKEN.finditer(text, nxt.end()))
    return verb is not None and verb.lower() in CUE_FORMS


def _after_a_clause(text: str, start: int) -> bool:
    """The comma before a full name closes a clause with a finite verb of its own (`The prime
    minister's enthusiasm … remains undimmed, Alan Milburn`): the name opens the cue's clause."""
    if not _FULL_NAME_AT.match(text, start):
        return False
    opening = sentence_start_in(text, start)
    words = _CLAUSE_WORD.findall(text, opening, start)
    return len(words) >= 4 and any(w in FINITE_AUXILIARIES or w in _LINKING for w in words[1:])


_FULL_NAME_AT = re.compile(r"[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+")
_CLAUSE_WORD = re.compile(r"[a-z]+")
_LINKING = {"remains", "remained", "seems", "seemed", "appears", "appeared", "looks", "looked"}


def _after_opening_connective(text: str, start: int) -> bool:
    """`But, Hans Reckers`: the comma before the name follows a connective opening the sentence."""
    return _OPENING_CONNECTIVE.search(text, max(0, start - 20), start) is not None


_OPENING_CONNECTIVE = re.compile(r"(?:^|[.!?][\"”»’']?\s+)(?:But|However|And|Yet|Meanwhile|Still|Now),\s*$")


def _role_before_comma(text: str, start: int) -> bool:
    """`Director, David Caldwell,`, `Her campaign manager, Robby Mook,`: the name is set off after
    a role, not after a place or a thing."""
    comma = text.rfind(",", 0, start)
    word = _token_before(text, comma) if comma > 0 else None
    if word is not None and (word.lower() in ROLE_WORDS or word.lower() in _TRADES):
        return True
    office = _ROLE_OF_BODY.search(text, max(0, comma - 60), comma) if comma > 0 else None
    return office is not None and office.group(1).lower() in ROLE_WORDS  # `Director of Public Prosecutions,`


_ROLE_OF_BODY = re.compile(r"\b([A-Za-z]+) of (?:the )?(?:[A-Z][\w&'’.-]* ?){1,5}$")


def _office_set_off(text: str, start: int) -> tuple[str, ...]:
    """`The Bishop of Durham, the Rt Rev Dr Tom Wright`, `the chairman of Acme, John Smith`: the
    office a name set off after `the` role of a body holds."""
    comma = text.rfind(",", max(0, start - 25), start)
    if comma < 0 or " of " not in text[max(0, comma - 60):comma]:
        return ()  # most names: no `the` role `of` a body just before
    found = _OFFICE_SET_OFF.search(text, max(0, start - 90), start)
    return (found.group(1).lower(),) if found and found.group(1).lower() in ROLE_WORDS else ()


_OFFICE_SET_OFF = re.compile(r"\b[Tt]he ([A-Za-z]+) of (?:the )?(?:[A-Z][\w&'’.-]* ?){1,5}, (?:the )?"
                             r"(?:(?:Rt|Rev|Revd|Most|Right|Reverend|Very|Dr|Mr|Mrs|Ms|Sir|Lord|Lady|Professor|Prof)"
                             r"\.? )*$")


def _office_of_domain(text: str, start: int) -> tuple[str, ...]:
    """`Secretary of State John Kerry`, `Former Secretary of State Hillary Clinton`, `Chancellor of
    the Exchequer Gordon Brown`: a role of a domain right before the name, as (`former`, `secretary`,
    `of`, `state`)."""
    found = _OF_DOMAIN.search(text, max(0, start - _OF_DOMAIN_REACH), start)
    if found is None or found.group(2).lower() not in ROLE_WORDS:
        return ()
    domain = tuple(found.group(3).lower().split())
    role = found.group(2).lower()
    if domain not in OFFICE_DOMAINS and role not in _SEES_HELD and role not in _OFFICES_OF_PLACES:
        return ()  # (`Mayor of London Sadiq Khan`, `Mayor of Greater Manchester Andy Burnham`: a place's, whether the
        # lists know it or not; `Archbishop of Canterbury Justin Welby`: a see's)
    return (("former",) if found.group(1) else ()) + (found.group(2).lower(), "of") + domain


_OFFICES_OF_PLACES = {"mayor", "governor", "provost", "sheriff"}  # of a place the text may name elsewhere
_SEES_HELD = {"archbishop", "bishop", "dean", "archdeacon"}  # of a see, whatever its name
_OF_DOMAIN = re.compile(r"(?:\b([Ff]ormer) )?\b([A-Z][a-z]+) of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?"
                        r"(?: of (?:the )?[A-Z][a-z]+)?) $")  # (`Governor of the Bank of England`)
_OF_DOMAIN_REACH = 50


def _office_in_run(words: list[str], cut: int) -> tuple[str, ...]:
    """`Deputy Prime Minister John Prescott`, `New Jersey Gov. Chris Christie`: the title words before
    the name (the first `cut` words of the run), when they end with a role; an abbreviated one written
    out after the words that qualify it (`Sen. Bernie Sanders` alone stays a title, as before)."""
    office = unhyphenated(tuple(w.lower() for w in words[:cut]))
    knighted = bool(office) and office[-1] in _KNIGHTS | _MISTERS
    if knighted:
        office = office[:-1]  # `Metropolitan Police Commissioner Sir John Stevens`: the office before the honorific
    if office and office[-1].rstrip(".") in _ABBREVIATED_OFFICES:
        office = (*office[:-1], *_ABBREVIATED_OFFICES[office[-1].rstrip(".")])  # `Canadian PM Mark Carney`: the
        # prime minister
    elif len(office) > 1 or knighted and office:  # (`Gen Sir Roly Walker`: a general)
        office = (*office[:-1], _TITLE_WORDS.get(office[-1], office[-1]))
    return office if office and office[-1] in ROLE_WORDS else ()


def _office_before(text: str, start: int, before: str) -> tuple[str, ...]:
    """`Tory leader Michael Howard`, `chief executive Jim Skinner`: the role (`before`, a role word)
    in lowercase right before a name, with up to two words that qualify it (`tory`, `chief`)."""
    if not before[:1].islower() and not _split_from_headline(text, start, before):
        return ()
    if before == "officer" and (chief := _CHIEF_OFFICER.search(text, max(0, start - 40), start)):
        return "chief", chief.group(1).lower(), "officer"  # `Chief technology officer Ann Lee`: the CTO
    office, previous = [before.lower()], None
    for k, qualifier in enumerate(_words_before(text, text.rfind(before, 0, start), 4)):  # `Shadow foreign
        if qualifier and qualifier.lower().startswith(("ex-", "former-")):  # secretary …`
            office.insert(0, "ex")  # `ex-Conservative chancellor Ken Clarke`: no chancellor now
            break
        if k == 0 and office == ["general"] and (qualifier or "").lower() in _GENERALS:
            office.insert(0, qualifier.lower())  # `BBC director general Tim Davie`: one office of two words
            continue
        named_in_two = k == 2 and (qualifier or "")[:1].isupper() and (previous or "")[:1].isupper()
        if k == 2 and not named_in_two or k == 3 or not (
                qualifier and qualifier[:1].isalpha()
                and (qualifier[:1].isupper() or qualifier.lower() in _QUALIFIERS_OR_RANKS or qualifier in _GROUPS)) \
                or qualifier.lower() in ("the", "a", "an"):  # (`The director Greta Gerwig`: no office `the director`)
            if (qualifier or "").lower() == "former":
                office.insert(0, "former")  # `Former Manchester United captain Gary Neville`
            break
        office.insert(0, _bare(qualifier).lower())  # (`tesco` of `Tesco's boss Ken Murphy`: the owner's mark left out)
        previous = qualifier  # (a third word only for a name of two: `Thames Water chief executive Chris Weston`)
    return tuple(office)


_CHIEF_OFFICER = re.compile(r"\b[Cc]hief\s+([a-z]+)\s+officer\s+$")  # `chief operating officer `
_GROUPS = {"council", "group"}  # `Conservative group leader Adrian Robson`: a party's group on a council
_GENERALS = {"director", "secretary", "attorney", "solicitor", "surgeon", "governor", "postmaster", "inspector",
             "auditor", "comptroller", "registrar", "accountant"}  # `director general`, `attorney general`


def _split_from_headline(text: str, start: int, before: str) -> bool:
    """`President Emmanuel Macron met Paul Kagame in Washington.`: a capitalised role right before a
    name opening on a given name, which a title-case line cut from the run as a word the document
    writes in lowercase (not `Wales Coach Elated with Win`)."""
    return text.rfind(before, 0, start) + len(before) + 1 == start and given_name(text[start:].split(" ", 1)[0]) \
        and title_case_headline(text)


def _same_office(held: tuple[str, ...], office: tuple[str, ...]) -> bool:
    """One office of one rank, whichever words either leaves out (`Tory leader` for `the leader`,
    `GOP Sen.` for `the longtime senator`), but not two of different parties or portfolios (`Tory
    leader` is no `Lib Dem leader`, `Foreign Secretary` no `home secretary`)."""
    held, office = party_named(held), party_named(office)
    seat = _CHAMBERS_SEATS.get(held[0]) if len(held) >= 2 and held[1] != "of" and held[-1] in _CHAMBERS_LEADS \
        else None  # (not `House of Lords leader`)
    if seat and (office[-1] == seat or seat in HOUSE_MEMBERS and office[-1] in HOUSE_MEMBERS):
        held = (seat,)  # `Senate Minority Leader Chuck Schumer` for `the New York senator`
    own, other = set(held) - set(office), set(office) - set(held)
    return (held[-1] == office[-1] or held[-1] in HOUSE_MEMBERS and office[-1] in HOUSE_MEMBERS) \
        and not (own | other) & _RANKS and not (own & _SIDES and other & _SIDES)


HOUSE_MEMBERS = {"representative", "congressman", "congresswoman"}  # one seat, whichever word (`Rep.`)
_CHAMBERS_SEATS = {"senate": "senator", "house": "representative"}  # a chamber's member, whom its leaders are too
_CHAMBERS_LEADS = {"leader", "whip", "speaker"}
_HEADS_OF_SCHOOLS = {("headteacher",), ("headmaster",), ("headmistress",)}  # whom `the head` stands for


def _formally(office: tuple[str, ...]) -> tuple[str, ...]:
    """An office or a relation in its formal words: `Her mum, Mary Lee,` for `the proud mother`, `Her mother` for
    `the mum` (a parent's homely word is theirs); `Tesla CEO Elon Musk` for `the chief executive` (an office's
    letters are its words); `ex-` as `former`."""
    if office[:1] in (("ex",), ("ex-",)):
        office = ("former", *office[1:])  # `Ex-chancellor George Osborne` for `the former chancellor`
    if office[-2:] == ("head", "teacher"):
        office = (*office[:-2], "headteacher")  # `Head teacher Ann Lee` for `the headteacher`
    return (*office[:-1], *_FORMAL_WORDS[office[-1]]) if office and office[-1] in _FORMAL_WORDS else office


_FORMAL_WORDS = {"mum": ("mother",), "mom": ("mother",), "dad": ("father",), "ceo": ("chief", "executive"),
                 "cto": ("chief", "technology", "officer"), "cfo": ("chief", "financial", "officer"),
                 "coo": ("chief", "operating", "officer")}


def _holds(title: tuple[str, ...], office: tuple[str, ...]) -> bool:
    """A title names the office (`Republican presidential nominee` for `the presidential
    nominee`), unless what it adds changes the office (`Deputy Prime Minister`, `Shadow foreign
    secretary` are not the prime minister or the foreign secretary); a party's other name is the same
    (`Conservative leader` for `the Tory leader`)."""
    title, office = _formally(party_named(title)), _formally(party_named(office))
    if title[0] in _INDEFINITE:
        title = title[1:]  # `Ann Lee, a consultant in Leeds,` for `the consultant`
    if len(office) >= 2 and office[0] in PARTY_WORDS and len(title) == 1 and title[-1] == office[-1]:
        return True  # `Andy Burnham, the mayor of Greater Manchester,` for `the Labour mayor`: a bare office, which
        # a party's word may qualify (one of another party is set apart where the text tags it)
    if office[:1] == ("party",) and len(office) == 2 and title[-1] == office[-1] \
            and any(w in PARTY_WORDS for w in title[:-1]) and not any(w in _RANKS for w in title):
        return True  # `Labour leader Tom Brown` for `the party leader`: a party's office, whichever party
    chairs = title and office and title[-1] != office[-1] and (
        title[-1] in _CHAIRS and office[-1] in _CHAIRS_OF_NO_SEX
        or title[-1] in _SEXLESS_CHAIRS and office[-1] in _CHAIRS)  # (and `chair of the mosque committee` for `the
    # chairwoman`, whose word says the sex the title leaves open)
    if chairs:
        title = (*title[:-1], office[-1])  # `Fed chair Jerome Powell` for `the chairman`, `Labour chairwoman Ellie
        # Reeves` for `the party chair`: a word for who chairs that says no sex (`chair`, `chairperson`, and
        # `chairman`, written of women too) for any; `chairwoman` for hers alone
    if office[-1:] == ("chief",) and set(office[:-1]) <= {"police"} and (
            title[-2:] == ("chief", "constable") or title[-1] == "commissioner" and "police" in title):
        return True  # `Chief Constable Mark Roberts`, `Metropolitan Police Commissioner Mark Rowley` for `the police
        # chief`, `the chief`: a force's head
    if office[-1:] == ("councillor",) and set(office[:-1]) <= set(title[:-1]) and _GROUPS & set(title[:-1]) \
            and title[-1] in _COUNCIL_SEATS:
        return True  # `Council leader Tom Brown`, `Council transport convener Ann Lee` for `the councillor`: a
        # council's leader, convener or member holds a seat on it; `Conservative group leader Adrian Robson` for `the
        # Tory councillor`, a party's group on it
    if "and" in title[1:-1] and "and" not in office:  # `Ann Lee, co-founder and chief executive,` for `the co-founder`
        joined = title.index("and")  # and for `the chief executive`: either office
        return _holds(title[:joined], office) or _holds(title[joined + 1:], office)
    if "of" in title[1:-1] and "of" not in office:  # `Chancellor of the Exchequer`, `Archbishop of Canterbury` for
        of = title.index("of")  # `the chancellor`, `the archbishop`, `the Canterbury archbishop`
        return _holds(title[:of], office) or _holds((*title[of + 1:], *title[:of]), office)
    if title == office or office == ("head",) and title[-1:] in _HEADS_OF_SCHOOLS \
            or title == ("head",) and office in _HEADS_OF_SCHOOLS \
            or office == ("judge",) and title[-1:] == ("justice",):
        return True  # `Headteacher Sarah Collins` for `the head`, `Sarah Ahmed, head of Lister Primary School,` for
        # `the headteacher`; `Mr Justice Griffiths` for `the judge`
    added = title[:len(title) - len(office)]
    # `London mayor`, `US President Barack Obama`, `French President Emmanuel Macron` for `the president`;
    # not `World Bank President Jim Yong Kim`
    return (title[-len(office):] == office and not any(w in _RANKS for w in added)
            and (len(office) >= 2 or all(_of_a_nation_or_place(w) or w in ("local", "council") for w in added)
                 # (`the local MP, Jane Brown,` for `the MP`, `Leeds council leader Tom Brown` for `the leader`)
                 or office == ("speaker",) and all(w in _CHAMBERS for w in added)  # `House Speaker Mike Johnson`
                 or office[-1] in _BENCH and all(w in _COURTS or _of_a_nation_or_place(w) for w in added)
                 or office[0] in _HEADS_OF_BODIES
                 or added == ("lead",)  # `Lead author Dr Ann Lee` for `the author`
                 or added == ("detective",) and office[0] in _DETECTIVES_RANKS  # `Detective Inspector Ann Lee`
                 or set(added) <= _CHIEFS_RANKS and office in _CHIEF_RANKS  # `Ch Supt Ann Lee`, `Detective Chief
                 # Inspector Ann Lee` for `the superintendent`, `the inspector` (not `Chief Constable` for `the
                 # constable`)
                 or office == ("officer",) and set(added) <= _KINDS_OF_OFFICER  # `the senior investigating officer`
                 or office == ("chief",) and set(added) <= _CHIEFS_SERVICES  # `the town's fire chief`: `the chief`
                 or len(added) == 1 and added[0] in _GRADES and office[0] in _TRADES_OF_ANY_GRADE  # `Chief nurse Ann
                 # Lee` for `the nurse`
                 or office[0] in _CALLINGS_OF_ANY_KIND  # `TV presenter Holly Willoughby` for `the presenter`
                 or office[0] in _SERVANTS_OF_ANY_BODY))  # `A Hamas official, Osama Hamdan,` for `the official`
    # `U.S. District Judge Amy Berman Jackson`, `High Court judge Mr Justice Fordham` for `the judge`;
    # `Metropolitan Police Commissioner Mark Rowley` for `the commissioner`


_INDEFINITE = {"a", "an"}
_DETECTIVES_RANKS = {"constable", "sergeant", "inspector", "superintendent"}  # a detective's rank is the rank's
_CHIEF_RANKS = {("inspector",), ("superintendent",)}  # police ranks a chief's is one of
_CHIEFS_RANKS = {"chief", "ch", "ch.", "detective", "det", "det."}  # what `Det Ch Supt` adds to the rank
_CHIEFS_SERVICES = {"fire", "police", "ambulance", "coastguard", "rescue"}  # services whose chief is `the chief`
_KINDS_OF_OFFICER = {"senior", "investigating", "police", "liaison", "duty", "press", "commanding", "family"}
_CALLINGS_OF_ANY_KIND = {"presenter", "broadcaster", "singer", "actor", "actress", "comedian", "rapper", "drummer",
                         "guitarist", "novelist", "poet", "artist", "photographer", "chef", "dj", "footballer",
                         "cricketer", "golfer", "musician", "dancer", "trainer", "jockey", "composer", "pianist",
                         "violinist", "sculptor", "playwright", "filmmaker", "screenwriter", "author", "writer",
                         "producer", "prosecutor", "entrepreneur", "businessman", "businesswoman", "campaigner",
                         "activist", "billionaire", "lawyer", "barrister", "solicitor", "organiser",
                         "organizer", "champion", "olympian", "paralympian", "medallist", "student",
                         "attorney", "sprinter", "cyclist", "runner", "swimmer", "rower", "boxer", "athlete", "skier",
                         "gymnast", "diver", "hurdler", "climber", "surfer", "skater", "snowboarder", "triathlete",
                         "fencer", "archer", "wrestler"}  # callings no
# body holds as its office, which whatever qualifies them leaves the same (`TV presenter`, `Radio 1 DJ`, `jazz
# singer`, `history student`; not `World Bank President`)
_SERVANTS_OF_ANY_BODY = {"official", "aide", "spokesman", "spokeswoman", "spokesperson"}  # who serve a body,
# whichever it is and whatever their grade (`senior official`, `White House aide`, `AA spokeswoman`), though one of a
# nation's is no more `the official` than a party's is
_COUNCIL_SEATS = {"leader", "convener", "convenor", "member", "chair", "chairman", "chairwoman"}  # who sit on a
# council (its leader or cabinet member; not its chief executive, an officer)
_GRADES = {"chief", "senior", "head", "lead", "principal", "consultant"}  # a grade of a trade, no other office
_TRADES_OF_ANY_GRADE = {"nurse", "midwife", "surgeon", "scientist", "economist", "engineer", "pharmacist",
                        "architect", "designer", "pilot", "physiotherapist", "radiographer", "paramedic"}  # (not the
# police's: a chief constable or inspector is no constable or inspector)
_CHAIRS_OF_NO_SEX = {"chair", "chairperson", "chairman"}
_CHAIRS = _CHAIRS_OF_NO_SEX | {"chairwoman"}
_SEXLESS_CHAIRS = {"chair", "chairperson"}  # words for who chairs that never say a sex
_HEADS_OF_BODIES = {"commissioner", "secretary-general", "director-general", "archbishop", "bishop",
                    "constable", "co-leader", "co-founder", "owner"} | _CHAIRS  # a body's head, named for it
# (`UN Secretary-General`, `Green Party co-leader`, `Rovers owner`), whom no head of a nation is called: not
# `president`, `leader`, `minister`
_CHAMBERS = {"house", "commons", "assembly", "parliament"}
_BENCH = {"judge", "justice"}
_COURTS = {"district", "circuit", "federal", "high", "court", "crown", "appeals", "appeal", "county", "superior",
           "family", "bankruptcy", "immigration", "supreme", "state", "trial", "magistrates", "sheriff"}


def _in_order(words: tuple[str, ...], among: tuple[str, ...]) -> bool:
    """Whether `among` holds each of `words`, in their order (others may stand between)."""
    rest = iter(among)
    return all(word in rest for word in words)


def unhyphenated(office: tuple[str, ...]) -> tuple[str, ...]:
    """(`vice`, `president`) for (`vice-president`,): a rank joined to a role by a hyphen, as the
    office written with a space."""
    if "-" not in "".join(office):
        return office  # (most offices, and no office at all: read at once)
    return tuple(part for word in office for part in (
        word.split("-") if "-" in word and word not in ROLE_WORDS and word.rsplit("-", 1)[-1] in ROLE_WORDS
        else (word,)))


def _police_description(office: tuple[str, ...]) -> bool:
    """`the detective`, `the officer`, `the senior investigating officer`."""
    return bool(office) and office[-1] in ("detective", "officer") and all(w in POLICE_QUALIFIERS for w in office[:-1])


def _police_ranked(m: NameMention) -> bool:
    """`Det Insp Tom Hale`, `Chief Constable Sara Thornton`, `Officer Darren Wilson`; not `Chief Executive
    Officer Tim Cook`."""
    return _TITLE_WORDS.get((m.title or "").lower(), (m.title or "").lower()) in POLICE_TITLES \
        and all(w in POLICE_TITLES or w in POLICE_QUALIFIERS for w in m.office)


def _of_a_nation_or_place(word: str) -> bool:
    """A word that places an office (`US`, `French`, `London`) or gives its holder's party (`Labour MP`)."""
    return word in PLACES or word in DEMONYMS or word in NATION_ADJECTIVES or word in COUNTRY_CODES \
        or word in PARTY_WORDS


def party_named(office: tuple[str, ...]) -> tuple[str, ...]:
    """(conservative, leader) for (tory, leader); (liberal, democrat, leader) for (lib, dem, leader);
    (plaid, leader) for (plaid, cymru, leader): one word for each party."""
    if not _PARTY_OTHER_NAMES.keys() & set(office):
        return office
    words = tuple(word for w in office for word in _PARTY_OTHER_NAMES.get(w, (w,)))
    return tuple(w for k, w in enumerate(words) if not (k and (words[k - 1], w) in _PARTY_SECOND_WORDS))


_PARTY_OTHER_NAMES = {"tory": ("conservative",), "gop": ("republican",), "lib": ("liberal",), "dem": ("democrat",),
                      "democratic": ("democrat",), "plaid": ("plaid",), "reform": ("reform",)}
_PARTY_SECOND_WORDS = {("plaid", "cymru"), ("reform", "uk")}  # `Plaid Cymru leader` is `the Plaid leader`
_RANKS = {"deputy", "vice", "shadow", "former", "acting", "assistant", "junior", "interim", "ex", "associate",
          "under", "ex-"}
_OFFICE_QUALIFIERS = {"prime", "foreign", "home", "deputy", "vice", "chief", "shadow", "defence", "defense",
                      "health", "finance", "party", "presidential", "executive", "managing", "general",
                      # a ministry's domain: `courts minister Christopher Leslie`, `culture secretary Tessa Jowell`
                      "courts", "education", "transport", "trade", "culture", "sport", "sports", "environment",
                      "immigration", "europe", "pensions", "energy", "treasury", "agriculture", "industry",
                      "justice", "interior", "economy", "employment", "housing", "schools", "science", "arts",
                      "media", "security", "business", "press", "communications", "team"}  # (`team leader`)


# What an office's first word names, whose holder has it as no part of a name: its domain (`health`, `finance`) or its
# function (`managing director`, `creative director`, `sporting director`).
_FUNCTIONS = _OFFICE_QUALIFIERS | {"managing", "creative", "artistic", "technical", "sporting", "founding",
                                   "commercial", "medical", "clinical", "musical", "editorial", "operations",
                                   "marketing", "financial", "operating", "nursing", "legal", "scientific", "digital",
                                   "strategy", "policy", "research", "design", "sales", "engineering", "production",
                                   "casting", "product", "technology", "programme", "programmes", "campaign",
                                   "campaigns", "communication"}
_NOT_SIDES = {"deputy", "vice", "chief", "shadow", "party", "presidential", "executive", "managing", "general"}
_SIDES = PARTY_WORDS | (_OFFICE_QUALIFIERS - _NOT_SIDES)  # a party or a portfolio: `Tory`, `foreign`
_JOINED_CLAUSE = re.compile(r",\s+(?:and|but)\s+$")  # `…, and ` right before a name
_OPENING_CONJUNCTIONS = {"And", "But", "So", "Yet", "Or", "Then"}
# Verbs of the mind, in the forms that report a view (`, he believes.`, `Ferguson believes Henry …`).
_MIND = OF_MIND | {"believed", "thought", "felt", "reckoned", "suspected", "feared", "fears"}
# Words of the mind whose clause's subject is no subject of the sentence: `is skeptical Trump can
# overcome …`, `doesn't think Clinton can …`.
_OF_THE_MIND = _MIND | {"think", "believe", "feel", "expect", "hope", "hopes", "hoped", "doubt", "doubts", "fear",
                        "knew", "know", "skeptical", "sceptical", "confident", "sure", "certain", "convinced",
                        "hopeful", "optimistic", "doubtful", "worried", "afraid", "aware", "adamant"}
# Words after which a name opens a subordinate clause: `said Melzer was`, `saying Gallas overreacted`;
# a cue's past tense or -ing form only (`remarks Clinton made` has a noun before the name, and Clinton
# is who a later she is).
_SUBORDINATING = {"that", "if", "whether", "as", "than", "like", "says"} | {
    form for form in CUE_FORMS if " " not in form and (form.endswith(("ed", "ing")) or form in IRREGULAR_PAST)
} | _OF_THE_MIND
# Conjunctions that open an adverbial clause inside a sentence (`he supported them when Mr Blunkett
# argued`): its subject is no speaker a later he stands for. Opening the sentence (`When Hewitt shook
# his hand, the Australian said`), the clause's subject is often the main clause's.
_MID_SUBORDINATING = {"when", "while", "because", "although", "though", "unless", "until", "whereas"}
_CLOSERS = {",", ".", "(", ";", ":", "—", "–"}
GENDERED_ROLES = FEMALE_WORDS - {"she", "her", "hers", "herself"} | MALE_WORDS - {"he", "him", "his", "himself"}


PEERAGE = {"lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "duke", "duchess"}
# Titles a one-word name is known by: royals, churchmen and -women, knights and dames
_KNOWN_BY_TITLE = PEERAGE | {"pope", "prince", "princess", "king", "queen", "emperor", "empress", "sheikh", "sir",
                             "dame", "mother", "sister", "brother", "father", "cardinal", "archbishop", "bishop"}
_REGNAL = re.compile(r"[IVXL]+")  # the number of a regnal name: `Leo XIV`
_VENUE_BEFORE = re.compile(r"\b(?:title|titles|final|finals|semi-final|win|victory|match|tournament|championships?|"
                           r"concert|gig|festival|race|debut)\s+at\s+$")  # what happens at a venue
_JUDGES_STYLE = re.compile(r"\b(Mr|Mrs|Ms|Lord|Lady)\.?\s+Justice\s")  # `Mrs Justice Steyn`, `Lord Justice`
_RELATION_REACH = 40  # characters before a name in which the comma after `his wife` is looked for
_KIN_AFTER = re.compile(r"\s*(?:(?:the|a|his|her|their)\s+)?(?:" + "|".join(sorted(RELATIONS)) + r")\s+of\b", re.I)
_KIN_OWNER = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(RELATIONS)) + r"),?\s+$")


def _owns_an_office(owner: NameMention, after: NameMention | None) -> bool:
    """Whether the possessive name `owner` owns the office of the person named right `after` it (`The EU's
    competition chief, Teresa Ribera`)."""
    return after is not None and after.para == owner.para and not after.is_org \
        and after.start - owner.end <= _OFFICE_REACH and bool(after.office or after.set_off)


def _opens_the_office(owner: NameMention, after: NameMention | None) -> bool:
    """Whether the name `owner` is the first words of the office of the person named right `after` it: `Ofwat`
    in `Ofwat chief executive David Black`."""
    return after is not None and after.office[:len(owner.words)] == tuple(w.lower() for w in owner.words)


_OFFICE_REACH = 40  # characters from an owner's name to the name of the person whose office it owns


def _owns_kin_after(owner: NameMention, kin: NameMention) -> bool:
    """`Tom Brown's widow, Mary`: the possessive name whose relation the given name right after it is."""
    return owner.possessive and owner.para == kin.para and 0 < kin.start - owner.end <= _OWNED_KIN_REACH


_OWNED_KIN_REACH = 20  # characters from an owner's name to the name of their relation: `'s widow, `
_SPOUSES = {"husband", "wife", "widow", "widower"}


def _kin_alike(earlier: NameMention, kin_of: str) -> bool:
    """Whether a given name alone is kin of the same his or her (`kin_of`) as another (`His mother, Caroline,` before
    `His father, Mark,`)."""
    return bool(earlier.kin_of) and earlier.kin_of == kin_of and len(earlier.words) == 1


_PLACE_WORDS_AFTER_A_NAME = {"basilica", "hospital", "college", "church", "chapel", "school", "park", "university",
                             "bridge", "green", "island", "lane", "place", "court", "hall"}
_NAMED_AFTER_A_SAINT = VENUES | _PLACE_WORDS_AFTER_A_NAME


def kin_owner(text: str, start: int) -> str:
    """m or f when the word for a relation before the name at `start` is his or hers (`His sister, Amy`); t when
    it is theirs (`Their son Gareth`)."""
    owner = _KIN_OWNER.search(text, max(0, start - _RELATION_REACH), start)
    return {"his": "m", "her": "f", "their": "t"}[owner.group(1).lower()] if owner else ""


BODYS_PEOPLE = ("activists", "protesters", "campaigners", "supporters", "members")  # a body's people (`Just Stop Oil
# activists`, `Members of Greenpeace`)
_PEOPLE_OF_A_BODY = set(BODYS_PEOPLE) | {"workers", "employees", "residents", "officials", "leaders"}  # people of
# whatever `of` names after them
PEOPLE_NEXT = re.compile(r"\s+(?:" + "|".join(BODYS_PEOPLE) + r")\b")  # a body's people, after its whole name
_VERBS_AFTER_A_BRAND = {"has", "is", "was", "will", "had", "would", "could", "can", "did", "does", "said", "says",
                        "told", "tells", "added", "adds", "confirmed", "warned", "insisted", "stated"}  # no noun
_ARABIC_ARTICLES = {"al-", "el-"}  # a surname's article, which a later mention leaves out (`Bashar al-Assad`: `Assad`)
_ALONE_REACH = 6  # paragraphs back to the one whose kin `His grandson, Jake,` is, no one else of that sex named
# before (`Ron Mitchell has been rowing …` ¶ `"…," he asks` ¶ … ¶ `His grandson, Jake,`)
_THEIR_REACH = 3  # paragraphs back to the parents of `Their son Gareth`, named in full once
_MISTERS = PERSONAL_TITLES - {"dr", "dr."}  # before a surname, never a given name (not `Sir Alex`)
_KNIGHTS = {"sir", "dame"}  # `Metropolitan Police Commissioner Sir John Stevens`: an office before them too
_BLOOD = {"son", "daughter", "brother", "sister", "father", "dad", "grandson", "granddaughter", "grandfather",
          "grandad", "granddad"}  # kin who share a surname, unlike a wife or a husband (a father by his homely word
# too: `Her dad, Mike,`)
_AFFILIATION_MARKERS = {"at", "of", "from", "with"}
_AFFILIATION_WORDS = 8


_AND_SAID = re.compile(r"[^.!?\"“”]{0,160}?\band (?:said|says|added|adds|told|tells|wrote|writes)\b")


_STATING = re.compile(r"[^.!?\"“”«»,]{0,160}?, (?:stating|saying|adding|noting|arguing|insisting|claiming|"
                      r"explaining|warning|telling)\b")


def _stating(text: str, end: int) -> bool:
    """`Obama also addressed Trump’s general concerns last Thursday, stating …`: the subject of a
    participle of saying set off by the clause's first comma (not `Mr Blair has failed, he claimed,
    saying`: the aside's)."""
    return _STATING.match(text, end) is not None


def _and_said(text: str, end: int) -> bool:
    """`Giles attempted to re-engage the campaign and said he had …`: the subject of a second verb
    that reports speech."""
    return " and " in text[end:end + 170] and _AND_SAID.match(text, end) is not None


def _speaks_in_relative(text: str, end: int) -> bool:
    """`Staunton, 49, who told …`, `Pullman, who had told him`: a relative clause after the name
    (an age at most between) whose verb is a speech verb; the name is who speaks there."""
    match = _WHO_SAID.match(text, end)
    return match is not None and match.group("verb").lower() in _SAID


def _acts_in_relative(text: str, end: int) -> bool:
    """`Steve Morgan, who got frustrated by failed bids`, `Henson, who can now expect …`: a relative
    clause after the name whose verb is in the past tense or opens on a finite auxiliary; the name
    acts there, as a subject does."""
    match = _WHO_SAID.match(text, end)
    return match is not None and (past_tense(match.group("verb")) or match.group("verb") in FINITE_AUXILIARIES
                                  or match.group("has") is not None)  # `Vozer Bupin, who has two nods for her roles`


_SAID = {"said", "says", "told", "tells", "added", "adds", "explained", "admitted", "insisted", "argued", "warned",
         "claimed", "wrote", "writes", "acknowledged", "recalled", "recalls", "described", "describes", "harangued",
         "berated", "heckled"}
_WHO_SAID = re.compile(r"(?:,\s*(?:\d+\s*,\s*|(?:the|a|an)\s+(?:[\w-]+\s+){1,3})?|\s+)"
                       r"who\s+(?:(?P<has>had|has)\s+|also\s+)?(?P<verb>[a-z]+)")
# `Staunton, 49, who told`, `Sharron Storer, the Birmingham woman who harangued him`


def _describes(text: str, pos: int) -> bool:
    """After a name's comma: an appositive that says who the person is (`, president of`, `, 49,`,
    `, a Navy veteran`); a number only as an age (not `Dirty Dancing, 98 Degrees and …`), an article only
    in lowercase (not a list of titles, `Finding Neverland, The Motorcycle Diaries and …`)."""
    word = _NEXT.match(text, pos)
    if word is None:
        return False
    low = word.group(1).lower()
    return word.group(1) in ("a", "an", "the") or low.isdigit() and _AGE.match(text, word.start(1)) is not None \
        or low in ROLE_WORDS


def _role_appositive(text: str, pos: int) -> bool:
    """After a name's comma: an appositive whose first words (up to four, before a preposition) hold a word for
    what a person does (`, an analyst at research firm Informa Media,`, `, a senior economist`, `, vice president
    of …`, `, a black Republican campaign consultant`)."""
    found = _ROLE_APPOSITIVE.match(text, pos)
    words = found.group(1).split() if found else ()
    return any(word in ROLE_WORDS and (k + 1 == len(words) or words[k + 1] not in BODY_NOUNS)
               for k, word in enumerate(words))  # not `Gartner, analyst firm`


def _role_complement(text: str, pos: int) -> bool:
    """After a name and `is` or `was`: a role among the first three words of its complement (`Kibin Kofibin is
    senior benefit officer on the picket line`, `was a former minister`)."""
    found = _ROLE_COMPLEMENT.match(text, pos)
    return found is not None and any(word in ROLE_WORDS for word in found.group(1).split())


_ROLE_COMPLEMENT = re.compile(r"\s*(?:(?:an?|the)\s+)?((?:[a-z-]+\s+){0,2}[a-z-]+)\b")


_COPULAR_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:is|was)\s+(?:the\s+)?$")
_HIS_OR_HER_AFTER = re.compile(r"\s+(?:[a-z]+ed|won|sang|wrote|made|took|gave)\s+(?:(?:with|on|in)\s+)?(?:his|her)\b")
# `JJ won with his song`: a verb and the name's his or her, a person's, whatever its capitals
_WHOSE_KIN = re.compile(r",\s+whose\s+(?:[a-z'’-]+\s+){1,2}$")  # `, whose brother ` before a name
_PLACE_APPOSED = re.compile(r"\b(?:the|its|their|his|her)\s+(?:[a-z]+\s+)?(?:capital|city|town|village|county|country"
                            r"|state|province|region|island|hometown|birthplace|suburb|district)\s*,\s*$")
_AGE = re.compile(r"\d{1,3}(?:[,.;)]|\s+years?\b|$)")  # `, 66,`, `, 29 years old`
_AGED = re.compile(r",\s+\d{1,2}(?:[,;]|\.(?!\d))")  # `Jordan, 19,`: a place's name given an age names a person
_SIGNED_BEFORE = re.compile(r"[-–—]\s*$")  # a dash before a reader's name signing their words
_SIGNED_AFTER = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*$")  # their home, ending the paragraph


def set_off_owner(text: str, start: int) -> str:
    """The lowercase owner of an office set off before the name at `start` (`sporting` of `Sporting's president,
    Frederico Varandas,`, `its` of `Its boss, Lisa Su,`); "" for none."""
    before = _OFFICE_THEN_NAME.search(text, max(0, start - 60), start)
    return before.group("owner").lower() if before and before.group("owner") and _office_of_appositive(before) else ""


def _set_off_office(text: str, start: int, comma_after: int | None) -> tuple[str, ...]:
    """The office an appositive of a few words gives a name: after it, ending the appositive
    (`Ruth Kelly, the education secretary,`, `, the UN secretary general.`), or before it, opening
    its sentence or after a cue (`The education secretary, Ruth Kelly,`, `said the chancellor, Mr
    Brown`); () for any other (`, the party's chairman`, `, the head of …`, `Like the prime minister,
    Mr Howard`). A rank in it (`, the former minister`) holds no office of the name without it."""
    if comma_after is not None and _PROSECUTING.match(text, comma_after):
        return ("prosecutor",)  # `Tom Brown, prosecuting, said`, `Tom Brown, for the prosecution,`: the court's way
    after = _SET_OFF_OFFICE.match(text, comma_after) if comma_after is not None else None
    if after and (_FROM_AFTER.match(text, after.end("office")) or " from " in after.group("office")) \
            and after.group("office").split()[0].lower() not in ("a", "an"):
        after = None  # `a surgeon from Leeds`: where one comes from; not `the senator from Texas`, a seat
    if after and (after.group("office").split()[1:2] or [""])[0].lower() in ARTICLES_AND_POSSESSIVES:
        after = None  # `Ann Lee, met the health minister, Tom Brown,`: a verb and its object, no office of hers
    office = _office_of_appositive(after)
    heads = _WHO_HEADS.match(text, comma_after) if not office and comma_after is not None else None
    if heads is not None:  # `Tom Brown, who chairs the committee,` for `the committee chairman`, `the chairman`
        return (_HEADING_VERBS[heads.group(1)], "of", *heads.group(2).lower().split())
    if not office and text[max(0, start - 2):start].strip() == ",":
        before = _OFFICE_THEN_NAME.search(text, max(0, start - 60), start)
        if before and not (before.group(1) and before.group(1) not in CUE_FORMS and before.group(1) not in _MET_BEFORE
                           and not (before.group("owner") and before.group(1) in BODY_NOUNS)) \
                and not (before.group("one") and " of " in before.group("office")):
            office = _office_of_appositive(before)  # (`met her MP, Jane Brown,`, `A local doctor, Sue Mills,`,
            # `Disability charity Scope's chief executive, Mark Hodgkinson,`: a body its label names owns it; not
            # `unlike the prime minister,`, nor `A chairman of Acme, John Smith,`: one of its chairmen)
    return office


_WHERE_HELD = {"in", "at", "from"}
_PROSECUTING = re.compile(r"\s*(?:prosecuting|for the prosecution)\s*,")
_FROM_AFTER = re.compile(r"\s+from\s")
_HEADING_VERBS = {"chairs": "chair", "leads": "leader", "heads": "head", "runs": "head", "founded": "founder",
                  "co-founded": "co-founder", "owns": "owner", "directed": "director", "produced": "producer",
                  "organised": "organiser", "organized": "organizer"}
# what a verb heading or owning a body now makes its head (not `led`: perhaps no more), or founding it ever its
# founder, as directing or producing a film its director or producer
_WHO_HEADS = re.compile(r"\s*who\s+(?:now\s+|also\s+)?(" + "|".join(_HEADING_VERBS) +
                        r")\s+(?:the\s+)?((?:[A-Za-z][A-Za-z'’-]*\s+){0,3}[A-Za-z][A-Za-z-]*)\s*,")  # `, who chairs the
# committee,`: the office (not `, who chairs it on Fridays`: no comma right after the body)


def _office_of_appositive(found: re.Match | None) -> tuple[str, ...]:
    """The lowercase words of an appositive's office, if its last word is a role (`, the
    vice-president,` as `vice president`)."""
    words = unhyphenated(tuple(w.lower() for w in found.group("office").split())) if found else ()
    owner = max((k for k, w in enumerate(words) if w.endswith(POSSESSIVE_ENDINGS)), default=-1)
    party = words[owner][:-2] if owner >= 0 and words[owner][:-2] in PARTY_WORDS else None
    words = words[owner + 1:]  # the office itself: `competition chief` of `EU's competition chief`
    if party is not None and words and words[-1] in ROLE_WORDS:
        words = (party, *words)  # `the SNP's Westminster leader` as `the SNP Westminster leader`: the party's
    where = next((k for k, w in enumerate(words) if k and (w in _WHERE_HELD or w == "for" and words[k - 1] in
                                                           SEAT_SUFFIXES)), None)  # (`MP for Leeds Central`: a seat)
    if where is not None:
        words = words[:where]  # `correspondent` of `The BBC's correspondent in Jakarta`, `a curator at Tate Modern`:
        # where
    served = served_domain(words)
    if served is not None:
        return (*words[:served - 1], *words[served + 1:], words[served - 1])  # `the minister for schools` as `the
        # schools minister`: the domain before the role
    if len(words) >= 3 and words[-2] == "of" and words[-3] in ROLE_WORDS and words[-1:] in OFFICE_DOMAINS:
        return words  # `Zelensky's chief of staff, Andriy Yermak,`: a role of a domain, as an office
    of = next((k for k, w in enumerate(words) if k and w == "of"), None)
    if of is not None and (words[of - 1] in _HEADING_ROLES or words[of - 1] in _CALLINGS_OF_A_FIELD):
        return words[:of]  # `head` of `head of Greenfield School`: the role, not what it heads; `curator of mammals`,
        # `professor of economics`: the calling, not its field
    if not words or words[-1] not in ROLE_WORDS:
        return ()
    return words


_CALLINGS_OF_A_FIELD = {"curator", "professor", "lecturer", "reader", "fellow", "researcher"}  # of what they study
_HEADING_ROLES = {"head", "headteacher", "principal", "chairman", "chairwoman", "chair", "leader", "director",
                  "dean", "governor", "mayor", "president", "manager"}  # roles that head what `of` names


def _without_full_stop(word: str | None) -> str | None:
    """`said.` -> `said`: a lowercase word that ends a sentence, not an abbreviation (`a.m.`)."""
    if word and len(word) > 2 and word.endswith(".") and word[:-1].isalpha() and word.islower():
        return word[:-1]
    return word


def _past_affiliation(text: str, nxt: re.Match):
    """After `at the National Review` (capitalised words, `the`, `of`): the next word and its
    match; else the affiliation's first word unchanged."""
    pos, named = nxt.end(), False
    for _ in range(_AFFILIATION_WORDS):
        word = _NEXT.match(text, pos)
        if word is None:
            break
        token = word.group(1)
        if token[:1].isupper() and token.endswith(".") and not _abbreviation(token) \
                and _capitalised_next(text, word.end()):
            break  # `met Donald Trump at the White House. He told`: the sentence ends with the place
        if token[:1].isupper():
            named = True
        elif token.lower() not in ("the", "of", "and") and not (
                named and token.lower() in ("for", "on") and _capitalised_next(text, word.end())):
            return (token, word) if named else (nxt.group(1), nxt)  # but `the Campaign for Tobacco-Free Kids`
        pos = word.end()
    return nxt.group(1), nxt


def _capitalised_next(text: str, pos: int) -> bool:
    word = _NEXT.match(text, pos)
    return word is not None and word.group(1)[:1].isupper()


_TIME_LEADS = {"on", "last", "this", "earlier", "later", "early", "late", "next"}
_TIME_OPENERS = _TIME_LEADS | {"at", "during"}  # `at that time`, `during a speech Sunday`, read past too
_TIME_WORDS = _TIME_LEADS | {"in", "since", "until", "by", "mid", "of", "from", "each", "every", "during", "before",
                            "after"}  # before a month, not a given name: `Last June Grewcock`
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_TIME = re.compile(rf"(?:(?:\s+(?:on|last|this|earlier|later|early|late|next))*"
                   rf"\s+(?:{_DAY}|week|month|year|weekend)"
                   rf"(?:\s+(?:night|morning|afternoon|evening))?|\s+at\s+(?:that|the)\s+time"
                   rf"|\s+during\s+(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?"  # `during a speech Sunday`
                   rf"(?:{_DAY}|week|weekend|speech|rally|interview|debate|visit|meeting|hearing|appearance)"
                   rf"(?:\s+{_DAY})?)(?![\w'’])")


def _past_time(text: str, nxt: re.Match):
    """After `on Friday`, `last week`, `earlier this month`: the next word and its match; else
    the first word unchanged."""
    time = _TIME.match(text, nxt.start())
    word = _NEXT.match(text, time.end()) if time else None
    return (word.group(1), word) if word else (nxt.group(1), nxt)


def _after_cue(before: str | None, text: str, start: int) -> bool:
    """`…," said Jake Horowitz,` / `according to Ham,` / `noted NBC’s Dante Chinni.`: a name that
    a cue introduces."""
    if before and before[:1].isupper() and before.endswith(POSSESSIVE_ENDINGS):
        start = text.rfind(before, 0, start)
        before = _token_before(text, start)
        for _ in range(_OWNER_WORDS):  # `according to the Economist Intelligence Unit's Mr Hensel`: past the
            if not (before and before[:1].isupper() and before.isalpha()):  # owner's other words
                break
            start = text.rfind(before, 0, start)
            before = _token_before(text, start)
        if before == "the":  # and its article
            start = text.rfind(before, 0, start)
            before = _token_before(text, start)
    if not before or not before[:1].islower():
        return False
    if before == "to":
        return text[max(0, start - 16):start].rstrip().lower().endswith("according to")
    if invertible(before.lower()):  # not `criticized Tulsa, Okla., police officer …`
        cue_at = text.rfind(before, 0, start)
        subject = _token_before(text, cue_at) or ""
        if subject == "also" and not _QUOTATION_THEN_ALSO.search(text, max(0, cue_at - 12), cue_at):
            return False  # `But Parry, speaking to BBC Sport, also admits Folik … will have`: a clause's subject
        return subject.lower() not in SPEAKER_PRONOUNS and not (subject[:1].isupper() and subject.isalpha())
        # `he said Ryan.`: an answer, no speaker; `Gowdy pressed Mrs. Clinton:`, the object of a named subject
    if before in OF_MIND:  # `…, thinks Paolo Pescatore, an analyst at IDC.`: whose view the clause was
        return _token_before(text, text.rfind(before, 0, start)) == ","
    if before in ("asks", "asked"):  # `"Am I affected?" asks Pete`: a question's asker, right after it
        return _ASKED_AFTER.search(text, max(0, start - len(before) - 4), start) is not None
    return _cue_before_role(text, start, before)


_FROM_HOME = re.compile(r"\s+from\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:[.,;]|$)")  # a home after a name: `Pete from
# Cardiff.`
_ASKED_AFTER = re.compile(r"[?,][\"”’]\s+ask(?:s|ed)\s+$")


_QUOTATION_THEN_ALSO = re.compile(r"[\"”’],?\s+also\s+$")  # `"…," also said Jones`: an inverted cue after all


def _cue_before_role(text: str, start: int, before: str) -> bool:
    """`says certified nutritionist Anju Mobin`, `said registered dietitian Amanda Miller`: a cue
    before the lowercase words of a role that stand before the name."""
    low = before.lower()
    if low not in ROLE_WORDS and low not in EPITHET_HEADS and low not in _TRADES and not low.endswith(("ist", "ian")):
        return False
    owners = 0
    for word in _words_before(text, text.rfind(before, 0, start), _ROLE_WORDS_BEFORE):
        if word and word[:1].isupper() and word.endswith(POSSESSIVE_ENDINGS) and owners == 0:
            owners += 1  # `said Sun's chief operating officer Jonathan Schwartz`
            continue
        if not word or not word[:1].islower() or word in SPEAKER_PRONOUNS:
            return False  # `claims he pressured finance chief Scott Sullivan`: a clause's subject, its verb
        if invertible(word.lower()):
            return True
    return False


_ROLE_WORDS_BEFORE = 4


def _role_after(text: str, end: int) -> bool:
    """`says Paolo Pescatore mobile industry analyst for IDC.`: a role in lowercase words right after
    an introduced name, its appositive's comma left out."""
    words = [m.group() for _, m in zip(range(_ROLE_WORDS_BEFORE + 1), TOKEN.finditer(text, end))]
    for k, word in enumerate(words[:_ROLE_WORDS_BEFORE]):
        low = word.lower()
        if not word[:1].islower() or _verbish(low):
            return False
        if low in ROLE_WORDS or low in _TRADES or low.endswith(("ist", "ian")):
            return k + 1 == len(words) or not words[k + 1][:1].isupper()  # not `said Final Wars producer Shogo …`
    return False


_TRADES = {"expert", "doctor", "nurse", "teacher", "officer", "lawyer", "worker", "trainer", "owner", "official",
           "surgeon", "counselor"}  # beside ROLE_WORDS


def _words_before(text: str, pos: int, most: int):
    """The words or marks before `pos`, nearest first, at most `most`; None last when the text
    begins before that."""
    for _ in range(most):
        word = _token_before(text, pos)
        yield word
        if word is None:
            return
        pos = text.rfind(word, 0, pos)


def names_a_body(words, titled: bool = False) -> bool:
    """A word of the name names bodies (`Fox News`, `Tesco Group`), unless it is also a common
    surname and the person is titled or first-named (`Dr Fox`, `Liam Fox`). Not `Church` or `House`:
    `Emanuel Church` and `Virginia House` are as often bodies as `Charlotte Church` is a person."""
    lows = [low for w in words if w not in NAME_PARTICLES for low in (w.lower(),)
            if low not in _ACRONYM_BODIES or w.isupper()]
    # the words without possessive endings, nor a particle as written (`ap` of `Rhun ap Iorwerth` is no `AP`), nor an
    # acronym's letters not in capitals (`Un` of `Kim Jong Un` is no `UN`)
    if "&" in lows or len(lows) >= 3 and lows[1] == "the" and words[0] in CHARITY_VERBS:
        return True  # `Marks & Spencer`, `Standard & Poor's`, `Save the Children`: no person's name
    if len(lows) == 2 and names_a_service(*lows):
        return True  # `First Bus`
    if len(lows) >= 2 and words[-1] == "UK" and not given_name(words[0]):
        return True  # `Parkinson's UK`, `Alzheimer's Research UK`: a charity's name, no one's
    if ORG_WORDS.isdisjoint(lows):
        return False
    found = [w for w in lows if w in ORG_WORDS]
    surname = found == [lows[-1]] and lows[-1] in _SURNAMES_OF_BODIES
    return not (surname and (titled or len(words) >= 2 and given_name(words[0])))


_SURNAMES_OF_BODIES = {"fox"}
_ACRONYM_BODIES = frozenset({"un", "eu", "fbi", "cia", "nsa", "bbc", "cnn", "nbc", "abc", "cbs", "ap", "afp", "imf"})
# bodies only in capitals (but `Nato`, as the BBC writes it; and `Who` keeps a heading's run in Title Case,
# `Officeholders Who Endorse Trump`, from being a person's name)


def plural_body(words) -> bool:
    """`British Chambers` before `of Commerce`: a name ending in the plural of a word for a body,
    not opening on a given name (`Guy Chambers of Sony`)."""
    return len(words) >= 2 and singular(_bare(words[-1]).lower()) in ORG_WORDS and not given_name(words[0])


def _role_in_apposition(text: str, start: int, before: str | None, first_after: str | None) -> str | None:
    """`wife` in `Trump's wife, Melania, is …`: a word of gender set off before the name by a comma,
    the name by a comma or a full stop after it; None for anything else."""
    if first_after not in (",", ".") or "," not in text[max(0, start - _RELATION_REACH):start]:
        return None
    comma = start
    if before != ",":  # `his wife, ex-model Sandra.`: one lowercase word between the comma and the name
        if not before or not before[:1].islower() or before in CUE_FORMS:
            return None
        comma = text.rfind(before, 0, start)
        if _token_before(text, comma) != ",":
            return None
    cut = text.rfind(",", 0, comma)
    role = _token_before(text, cut)
    if role not in GENDERED_ROLES and (joined := _FIRST_OF_TWO_ROLES.search(text, max(0, cut - 40), cut)):
        role = joined.group(1)  # `Kelce's brother and co-host, Jason,`: the relation, the first of two roles
    return role if role in GENDERED_ROLES else None


_FIRST_OF_TWO_ROLES = re.compile(r"\b([a-z]+) and [a-z-]+\s*$")


def _adverbial(text: str, lead: str, at: int) -> bool:
    """`… them when Mr Blunkett argued`: after `when`, `while` …, an adverbial clause inside a
    sentence; not `When Hewitt …`."""
    before = _token_before(text, text.rfind(lead, 0, at))
    return before is not None and (before[:1].islower() or before[:1].isdigit())  # `in 2001 when Sky was`


def _gendered_appositive(text: str, nxt: re.Match | None, first_after: str | None) -> str | None:
    """`stepsister` in `Janie Hendrix, the guitarist's stepsister, said`: the last word of a short
    appositive after the name's comma, when it is a word of gender."""
    if first_after != "," or nxt is None:
        return None
    close = _APPOSITIVE.match(text, nxt.end()) or _APPOSITIVE_OF.match(text, nxt.end())
    last = close.group(1).lower() if close else None  # `…, the eldest daughter of Malcolm X.`: daughter
    words = close.group().lower().split() if close else []
    if last not in GENDERED_ROLES or last in ("men", "women") or words[0] in _NO_APPOSITIVE_OPENERS \
            or words[0].endswith("ing") or not _CLAUSE_WORDS.isdisjoint(words):
        return None  # not `Trump, who has insulted women,`: a relative clause, no appositive; not `Against
        # Clinton, Kasich leads with men,`: many, no one person; not `Corey Lewandowski, and his spokeswoman,`
        # nor `O'Reilly, noting that he and his wife,`: someone else's
    return last


_NO_APPOSITIVE_OPENERS = {"who", "whom", "whose", "which", "that", "and", "or", "but", "nor"}
_CLAUSE_WORDS = {"that", "he", "she", "they", "and"}


def _named_with_a_number(text: str, end: int) -> bool:
    """`Radio 1 said`, `Transport 2000 said`: a number after the word, then a verb, the body's name holding the number
    (though the text writes `radio`)."""
    return _NUMBER_AFTER.match(text, end) is not None and not _numbered(text, end)


def _numbered(text: str, end: int) -> bool:
    """A number after the name, and no verb after the number: `Half-Life 2 keys`, not
    `Transport 2000 said`, a body whose name holds a number."""
    number = _NUMBER_AFTER.match(text, end)
    if number is None:
        return False
    after = _NEXT.match(text, number.end())
    word = after.group(1).lower() if after else ""
    return word not in CUE_FORMS and not word.endswith("ed")


_NUMBER_AFTER = re.compile(r" \d+\b(?![,.]\d|%| ?(?:m|bn|per|years?|months?|days?)\b)")  # `Half-Life 2`, not `Sony 25%`
_APPOSITIVE = re.compile(r"\s*(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’\-]+\s+){0,5}?([a-z\-]+)\s*,")
_APPOSITIVE_OF = re.compile(r"\s*(?:a|an|the)\s+(?:[a-z'’\-]+\s+){0,2}?([a-z\-]+)\s+of\s+(?:[a-z\-]+\s+){0,2}"
                            r"(?:[A-Z][\w'’\-]*\.?\s*){1,4}[,.]")  # `the daughter of activist Malcolm X,`


def _token_before(text: str, start: int) -> str | None:
    """The word or mark just before `start`."""
    head = text[max(0, start - 64):start].rstrip() or text[:start].rstrip()
    if not head:
        return None
    last = head.rsplit(None, 1)[-1]
    if last.isalnum():
        return last  # most words: letters alone
    i = len(last)
    while i > 0 and (last[i - 1].isalnum() or last[i - 1] in "'’.-"):
        i -= 1
    return last[i:] if i < len(last) else last[-1]


_NEXT = re.compile(r"\s*([\w'’.\-]+|[^\w\s])")
_ROLE_APPOSITIVE = re.compile(r"\s*(?:(?:an?|the)\s+)?((?:(?!(?:of|at|for|with|in|and|who)\b)[A-Za-z-]+\s+){0,3}"
                              r"[a-z-]+)")  # up to four words before a preposition: `, a black Republican
# campaign consultant and …`
_SET_OFF_OFFICE = re.compile(r"\s*(?:the\s+)?(?P<office>(?:[A-Za-z][a-zA-Z'’-]*\s+){0,3}(?:[A-Za-z][a-z-]*|[A-Z]{2,3}))"
                             r"(?:\s+(?:at|in|of|from)\s+[^,.;:()]{1,60}?|\s+who\s+[a-z][^,.;:()\"“”]{0,40}?"
                             r"|\s+for\s+[^,.;:()]{1,40}?|\s+(?:representing|acting\s+for)\s+[^,.;:()]{1,40}?)?"
                             r"\s*(?:[,.;:)]|$)")
# (`the report's author`: an owner's mark before the office; `headteacher at St Mary's Primary School`, `the Labour MP
# for Leeds Central`: where it is
# held after it; `the surgeon who saved his life`: a relative clause after it)
_OFFICE_THEN_NAME = re.compile(r"(?:^|[.!?\"”]\s+|\b([a-z]+)\s+)"
                               r"(?:[Tt]he|(?P<one>[Aa]n?)|[Hh]is|[Hh]er|[Tt]heir"
                               r"|(?P<owner>[Ii]ts|[A-Z][a-z]+(?=['’]s))(?:['’]s)?)\s+"
                               r"(?P<office>(?:[A-Za-z][a-zA-Z'’-]*\s+){0,3}(?:[A-Za-z][a-z-]*|[A-Z]{2,3}))"
                               r"(?:\s+who\s+[a-z][^,.;:\"“”]{0,40})?,\s*$")
# (`The EU's competition chief, `, `Zelensky's chief of staff, `, `the nurse who saved her life, ` too)
_MET_BEFORE = {"met", "meets", "meeting", "joined", "joins", "visited", "visits", "thanked", "praised", "backed",
               "called", "interviewed", "interviews", "questioned", "asked", "pressed", "quizzed", "grilled",
               "challenged", "urged", "accused", "criticised", "criticized", "attacked", "congratulated", "welcomed",
               "told"}  # verbs whose object may be set off by its office: `Mary Smith met her MP, Jane Brown,`,
# `Laura Kuenssberg interviewed the chancellor, Rachel Reeves,`
_ASIDE_END = re.compile(r"[^()]{1,16}\)")


def _is_subject(before: str | None, first_after: str | None, text: str, pos: int) -> bool:
    """A name at a sentence's start or right before a verb, and not after a preposition."""
    if before is None and first_after is None:
        return False  # `Shoplifting`: a paragraph of the name alone, a heading, no sentence
    if first_after in ('"', "“"):
        return False  # `Mr Sullivan "made accounting decisions," he told`: what the words speak of, not who speaks
    if before in _OPENING_CONJUNCTIONS or (before or "").lower() in _EXISTENTIAL:
        before = None  # `And Agassi, who …, said`: the sentence starts here; `Then there's Axelrod.`
    if before is not None and (before.lower() in _OBJECT_MARKERS or before.endswith(POSSESSIVE_ENDINGS)):
        return False
    if first_after == ",":
        addressed = _NEXT.match(text, pos)
        if addressed and addressed.group(1).lower() == "you":
            return False  # `Billie Jean King, you are the Queen`: the one spoken to
        closed = _closing_verb(text, pos)
        if closed is not None:
            return closed and not _ends_a_relative(text, pos)
        if before == "," and _auxiliary_next(text, pos):
            return True  # `Computer specialist at the IAEA, Peter Smith, would like …`
    set_off = first_after == "," or first_after in DASHES
    first_after, pos = _past_set_off(first_after, text, pos)  # `Kanye West - who leads the race - rose to …`
    first_after, pos = _past_adverbs(first_after, text, pos)  # `Clapton, who is 60, also introduced`
    if set_off and (first_after or "").endswith("ing"):
        return False  # `defended Beattie, whose dismissal put Everton …, saying`: the participle is the subject's
    if first_after is not None and first_after[0].isalpha() and first_after[0].islower():
        low = _without_full_stop(first_after).lower()  # `Trump seemingly agreed.`
        if low in ROLE_WORDS or low in EPITHET_HEADS:
            return False  # `Larne boss Jimmy McGeough`: the name of a body the role belongs to
        return _verbish(low) and not _plural_noun(low, text, pos)
    return _after_sentence_end(before)


_PASSIVE_BY = re.compile(r"(?:^|[.!?][\"”’']?\s+)[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+(?:was|were|is|are|has been|"
                         r"have been|had been)\s+(?:[a-z]+\s+)?[a-z]+(?:ed|en|wn)\s+by\s+$")  # a short sentence
# whose subject is acted on (`She was backed by `), not a clause (`in which his role was played by `)
_PASSIVE_REACH = 60  # characters before the agent's name in which its passive is looked for


def _example_of_a_group(text: str, start: int, first_after: str) -> bool:
    """Whether the name at `start` is one example of the plural subject its sentence opens with, a verb after it
    (`But villagers like retired teacher Jean Cooper worry`, `Stars such as Adele have criticised`)."""
    reach = max(0, start - _EXAMPLE_REACH)  # (not the whole paragraph back, for each of its names)
    opening = max(text.rfind(". ", reach, start), text.rfind("! ", reach, start), text.rfind("? ", reach, start))
    if opening < 0 and reach:
        return False  # a sentence that opens further back: no short subject
    opening = 0 if opening < 0 else opening + 2
    low = _without_full_stop(first_after).lower()
    return _EXAMPLE_OF_GROUP.fullmatch(text, opening, start) is not None and first_after[:1].islower() \
        and (_verbish(low) or low.isalpha() and low not in _NO_VERBS_AFTER_AN_EXAMPLE)  # (`worry`: the group's


_LISTING = {"including", "like", "as"}  # words before an example: `including the Video Relay Service`, `such as`
_NO_VERBS_AFTER_AN_EXAMPLE = {"and", "or", "in", "of", "at", "on", "from", "with", "who", "whose", "which", "to",
                              "for", "but", "nor"}  # verb in its plural)


_EXAMPLE_REACH = 100  # characters from a sentence's start to the example named in its subject
_EXAMPLE_OF_GROUP = re.compile(r"(?:(?:But|And|Yet|So)\s+)?(?:[A-Za-z-]+\s+){0,3}[a-z-]+s\s+(?:like|such as|including)"
                               r"\s+(?:[a-z-]+\s+){0,3}")


def _acts_after_with(lead: str | None, first_after: str | None, text: str, pos: int) -> bool:
    """`with Hillary Clinton — who's called for … — lambasting Trump's plan`: the name after
    `with` (`lead`) is the subject of the -ing verb that follows it, past an aside or an appositive."""
    if (lead or "").lower() != "with":
        return False
    first_after, pos = _past_set_off(first_after, text, pos)
    first_after, pos = _past_adverbs(first_after, text, pos)
    return bool(first_after) and first_after.islower() and first_after.endswith("ing") \
        and first_after not in _ING_NOT_VERBS


def _past_set_off(first_after: str | None, text: str, pos: int) -> tuple[str | None, int]:
    """The word after an appositive (`first_after` a comma) or a dashed aside, and where it ends."""
    if first_after == ",":
        first_after = _after_appositive(m.group() for m in TOKEN.finditer(text, pos))
    elif first_after in DASHES:
        first_after = _after_dashed_aside(m.group() for m in TOKEN.finditer(text, pos))
    else:
        return first_after, pos
    return first_after, _end_of(first_after, text, pos)


_ING_NOT_VERBS = ING_PREPOSITIONS | {"something", "nothing", "everything", "anything"}
_EXISTENTIAL = {"there's", "there’s"}
_TITLED_OBJECT = re.compile(r"\b(?:by|with|against|from|to|for|than|like|about|behind|between|among|into|on|at)"
                            r"(?:\s+[a-z][\w'’-]*){1,4}\s+$")  # a preposition, then a title in lowercase words


def _before_owner(text: str, start: int, before: str | None, name_words: int) -> str | None:
    """The word before a capitalised possessive that precedes a name (`Fox News’` in `Fox News’
    Bret Baier`), else `before` unchanged. Not after a word that makes the phrase an object
    (`films include Schindler's List`), unless a full name follows (`host CNN's Jake Tapper`)."""
    if not (before and before[:1].isupper() and before.endswith(POSSESSIVE_ENDINGS)):
        return before
    for word in _words_before(text, text.rfind(before, 0, start), _OWNER_WORDS):
        if word and _after_sentence_end(word):
            return None  # `… on Tuesday. ONGC's Mr. Raha declined`: the owner opens the sentence
        if not word or not word[:1].isupper():
            return word if name_words > 1 or not word or not word[:1].islower() else before
    return before


_OWNER_WORDS = 4
_NEW_OR_OWN = {"new", "latest", "own", "first", "next", "last", "old", "recent", "upcoming", "forthcoming"}
_POSSESSED_BEFORE = re.compile(r"\b(?:its|his|her|their|our|my|your)\s+[a-z]+\s+$")  # `its new `
_POSSESSED_REACH = 20  # characters before a name in which its owner and modifier are looked for


def _closing_verb(text: str, pos: int) -> bool | None:
    """After a name's closing comma, a past verb makes it the subject (`One superdelegate,
    chairwoman Nancy Worley, pledged her vote`), unless the verb is passive (`Mike Baxter,
    portrayed by Allen`), and so does a present speech verb (`Bloomberg's pollster, Douglas
    Schoen, says`), past an adverb (`David Bell, also said`); None when no such verb follows."""
    word, end, adverbs = _verb_after(text, pos)
    if not word or not (past_tense(word) or word[-1:] == "s" and word in CUE_FORMS):
        return None
    by = _NEXT.match(text, end)
    if by and by.group(1).lower() == "by":
        return None if adverbs else False  # `Deco, formerly managed by Mourinho, agreed`: an aside
    return True


def _verb_after(text: str, pos: int) -> tuple[str | None, int, bool]:
    """The word after `pos` past up to two adverbs (`David Bell, also said`), without a full stop
    (`…, Perry Wander, said.`); where it ends; and whether adverbs came before it."""
    verb = _NEXT.match(text, pos)
    if verb is None:
        return None, pos, False
    word, end = _past_adverbs(verb.group(1), text, verb.end())
    return (_without_full_stop(word) if word else None), end, end != verb.end()


def _present_verb_after(text: str, pos: int) -> bool:
    """A verb in the present after a name's closing comma (`…, Erlan Idrissov, plays down`), past an
    adverb: the verbs `_closing_verb` takes are the past's and speech's."""
    word = _verb_after(text, pos)[0]
    return bool(word) and word.islower() and word.endswith("s") and _verbish(word)


def _ends_a_relative(text: str, pos: int) -> bool:
    """The comma after the name closes a relative clause it ends (`Sir Anthony Hopkins, who was born
    in nearby Port Talbot, made`): the verb after it is the clause's antecedent's."""
    comma = text.rfind(",", 0, pos)
    opening = max(text.rfind(",", 0, comma), text.rfind(". ", 0, comma))
    return _RELATIVE_OPENING.match(text, opening + 1 if opening >= 0 else 0) is not None


_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|whose|whom|where)\b")


def _auxiliary_next(text: str, pos: int) -> bool:
    verb = _NEXT.match(text, pos)
    return verb is not None and verb.group(1) in FINITE_AUXILIARIES


def _past_adverbs(word: str | None, text: str, pos: int) -> tuple[str | None, int]:
    """Past up to two adverbs or a reflexive between a subject and its verb (`Cruz openly
    admitted`, `Obama himself seemed`): the next word and where it ends."""
    for _ in range(2):
        if word is None or not _between_subject_and_verb(word.lower()):
            break
        nxt = _NEXT.match(text, pos)
        word, pos = (nxt.group(1), nxt.end()) if nxt else (None, pos)
    return word, pos


def _owns_person(m: NameMention | None) -> bool:
    return m is not None and len(m.words) >= 2 and not m.is_org and not m.title


def _between_subject_and_verb(low: str) -> bool:
    return low in ADVERBS or low in ("himself", "herself") or ly_adverb(low)


def _plural_noun(word: str, text: str, pos: int) -> bool:
    """`Sanders supporters have …`, `Early talks have …`: an -s word followed by a verb is a noun,
    not the verb; so is one before `such as` (`Smaller nations such as Cyprus`)."""
    if not word.endswith("s") or word in AUXILIARIES:
        return False
    following = _NEXT.match(text, pos)  # `pos`: where the word ends
    nxt = (following.group(1) if following else "").lower()
    return nxt in AUXILIARIES and nxt != "being" or past_tense(nxt) \
        or nxt == "such"  # but `Clinton remembers being taken aback`: a verb and its -ing object


def _end_of(word: str | None, text: str, pos: int) -> int:
    """Where `word`, found after an aside that starts at `pos`, ends; looked for only when an
    adverb may follow it (`Clapton, who is 60, also introduced`)."""
    if word is None or not _between_subject_and_verb(word.lower()):
        return pos
    at = text.find(", " + word, pos)
    return at + 2 + len(word) if at >= 0 else pos


_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _after_appositive(after) -> str | None:
    """`X, a spokesman for Y, said` / `X, a spokeswoman for Y, which is made up of Z, said`: the
    word after the appositive's closing comma. A relative clause may run longer (`Merkel, who has
    adopted one of the most open policies in Europe toward …, warned`)."""
    first = next(after, None)
    if first is None:
        return None  # `… said Smith,` ending the text
    if first.lower() in _SUBJECT_PRONOUNS:
        return None  # `when I asked Sanders if he would endorse Clinton, he looked …`: a clause, no appositive
    reach = _RELATIVE_CLAUSE_TOKENS if first in _RELATIVES else _APPOSITIVE_TOKENS
    marks = 0
    role = first.lower() in ROLE_WORDS or first.lower() in ("a", "an", "the")
    previous, affiliated, owned = None, False, False
    for k, token in zip(range(reach), itertools.chain([first], after)):
        if marks == 2 and previous in ('"', "”", "»") and first in _RELATIVES and token in _UNCLOSING_CUES:
            return token  # `Mr Kennedy, whose party opposes the plan as "deeply flawed" said`: no closing comma
        if _stops_here(token, previous) or token in '"“”' and marks == 2:
            return None
        if token == ".":
            continue  # `Tad Devine, a senior adviser to Mr. Sanders, said`: an abbreviation's stop
        if role and affiliated and _unclosing_verb(token) and (previous or "")[:1].isupper():
            return token  # `Peter Misselbrook, executive partner of Tods Murray said`: no closing comma
        if owned and (previous or "").lower() in ROLE_WORDS and token in _UNCLOSING_CUES:
            return token  # `Alan Milburn, Labour's election strategist told`: no closing comma either
        role = role or not affiliated and token.lower() in ROLE_WORDS  # `associate director of`
        owned = owned or token.endswith(POSSESSIVE_ENDINGS) and token[:1].isupper()  # `Labour's`
        named = (previous or "")[:1].isupper()
        previous, affiliated = token, affiliated or token in _AFFILIATION_MARKERS
        if token in '"“”':
            marks += 1  # `Trump, the … star of the reality TV show "The Apprentice," said`: a title's marks
            continue
        if token == ",":
            word = next(after, None)
            word = _past_aside(next(after, None) if marks == 1 and word in ('"', "“", "”") else word, after)
            if (first in _RELATIVES or first.endswith("ing") and first.islower()) and word in ("the", "a", "an"):
                continue  # `Amor, who will captain England in …, the Dubai Sevens, which start on Thursday, was`,
                # `Paul Clement, representing NetChoice, a trade group for tech companies, urged`
            if k == 1 and first.isdigit() and word in ("a", "an", "the"):
                return _after_appositive(itertools.chain([word], after))  # `Carole Bower, 75, a retiree in
                # Carthage, Ill., supported`: an age, then a description
            if role and affiliated and named and (word or "")[:1].isupper():
                previous = word  # `… of the Centre for the Study of Children, Youth and Media moved`: one name
                continue
            if role and affiliated and word == "the" and _body_named_then_comma(after):
                word = next(after, None)  # `Hans Reckers, a board member of Germany's central bank, the Bundesbank,
                # said`
            if word not in _RELATIVES and not _age_or_place(word, after):
                return word
    return None


def _body_named_then_comma(after) -> bool:
    """After `the`, up to four capitalised words and a comma (consumed): the name of the body the
    appositive before described."""
    for count in range(5):
        token = next(after, None)
        if token == ",":
            return count > 0
        if token is None or not token[:1].isupper():
            return False
    return False


def _past_aside(word: str | None, after) -> str | None:
    """The word after `for example,` or `however,` when `word` opens one (`X, chairman of Y, for
    example, said`); else `word`."""
    if word in ("for", "however", "meanwhile", "though"):
        rest = [next(after, None) for _ in range(2 if word == "for" else 1)]
        if word != "for" and rest == [","] or word == "for" and rest[0] in ("example", "instance") and rest[1] == ",":
            return next(after, None)
    return word


def _after_dashed_aside(after) -> str | None:
    """The word after a dashed aside's closing dash: `rose` in `X - who leads the race - rose`."""
    previous = None
    for _, token in zip(range(_RELATIVE_CLAUSE_TOKENS), after):
        if _stops_here(token, previous) or token in '"“”':
            return None
        if token in DASHES:
            return next(after, None)
        previous = token if token != "." else previous
    return None


def _stops_here(token: str, previous: str | None) -> bool:
    """The token ends a sentence: not the stop of an abbreviation or an initial before it (`Mr.`, `J.`)."""
    return token in SENTENCE_END and not (token == "." and previous and _abbreviation(previous + "."))


def _age_or_place(word: str | None, after) -> bool:
    """`Dewayne Smithy, 33, of Baldwin, Miss., dismisses`: an age or a home town (consumed here)
    is a further appositive, not the verb."""
    if word is None:
        return False
    if word.isdigit():
        return True
    return word in ("of", "from") and next(after, "")[:1].isupper()


_RELATIVES = {"which", "who", "whose", "where"}
_APPOSITIVE_TOKENS = 24


def _unclosing_verb(token: str) -> bool:
    """A cue or a past verb right after a capitalised word ends a role's appositive that has no
    closing comma (`Dr Andrew Burn, associate director of the Institute of Education moved to …`);
    not a participle naming where or whose a body is (`… of Acme Corp based in London`)."""
    return token in _UNCLOSING_CUES or past_tense(token) and token not in _BODY_PARTICIPLES


_UNCLOSING_CUES = {"said", "says", "told", "tells", "added", "adds"}
_BODY_PARTICIPLES = {"based", "located", "headquartered", "owned", "listed", "named", "called", "known", "founded",
                     "backed", "run", "led", "funded", "controlled", "registered", "set", "quoted"}
_RELATIVE_CLAUSE_TOKENS = 32


def _noun_after(name: str, word: str | None) -> bool:
    """`demand` after `Consumer`: a speech verb's bare form after one word that is no plural is a
    noun (a person's verb would be `demands`); not after `Democrats`, `Police`."""
    low = (word or "").lower()
    return CUE_FORMS.get(low) == low and low not in AUXILIARIES and not name.endswith("s")


def _verbish(low: str) -> bool:
    return (low in CUE_FORMS or low in AUXILIARIES or low in IRREGULAR_PAST or low.endswith("ed")
            or low.endswith("s") and len(low) > 3 and plural(low) and low not in _S_NOUNS
            or low.endswith(_NEGATED))  # `Sanders wasn’t impressed`


_NEGATED = ("n't", "n’t")
_S_NOUNS = {"series", "species", "news", "means", "headquarters", "politics", "economics", "physics", "athletics"}
# `a new Two Ronnies series, also criticised`: a noun after the name


_PRONOUN_OR_STOP = re.compile(r"(?<![\w'’])(he|him|his|himself|she|her|hers|herself)(?![\w'’])|[.!?\"“”«»„]", re.I)


def _a_persons_word(words: tuple[str, ...]) -> bool:
    """One singular word that names no body or place: `Game` of `The Game`, not `Beatles`,
    `Government` or `Netherlands`."""
    return len(words) == 1 and not plural(words[0].lower()) and not names_a_body(words) \
        and words[0].lower() not in PLACES


def _owner_opening(before: str | None, owned: str | None) -> bool:
    """`Savage's future at Birmingham has been the source of speculation, with some fans criticising his
    performances`: a name owning the thing that opens its sentence, no person (not `Smith's lawyer said he`),
    whom a he or she after stands for."""
    return _opens_sentence(before) and owned is not None and owned.islower() and owned not in PEOPLE \
        and owned not in RELATIONS and owned not in ROLE_WORDS


def _sex_complement(text: str, pos: int) -> str | None:
    """After a name and `is` or `was`: the sex a word of its complement gives, within six words (`is America's
    first female presidential nominee`, `was the first woman to …`)."""
    found = _COMPLEMENT_WORDS.match(text, pos)
    words = [w.lower() for w in found.group(1).split()] if found else []
    words = words[:next((k for k, w in enumerate(words) if w in _COMPLEMENT_STOPS), len(words))]  # not `Wasp is
    # about a single mother`: what it is about
    sexes = {"f" if w in _FEMALE_COMPLEMENT else "m" for w in words if w in _FEMALE_COMPLEMENT or w in _MALE_COMPLEMENT}
    return sexes.pop() if len(sexes) == 1 else None


_COMPLEMENT_STOPS = frozenset({"about", "of", "for", "with", "to", "in", "on", "at", "by", "from", "like", "than",
                               "and", "who", "that", "whose"})
_COMPLEMENT_WORDS = re.compile(r"\s*((?:[\w'’-]+\s+){0,5}[\w'’-]+)")
_FEMALE_COMPLEMENT = frozenset(FEMALE_WORDS - {"she", "her", "hers", "herself", "women"} | {"female"})
_MALE_COMPLEMENT = frozenset(MALE_WORDS - {"he", "him", "his", "himself", "men"} | {"male"})


def _reflexive_set_off(text: str, end: int) -> str | None:
    """`said Nemokok, herself a marathon runner`: the sex of a himself or herself set off right after the name."""
    found = _REFLEXIVE_SET_OFF.match(text, end)
    return None if found is None else "m" if found.group(1).lower() == "himself" else "f"


def _named_as(text: str, start: int) -> str | None:
    """The sex of `a woman named Fupek`, `identified herself to CNN as a resident named Fupek`: a gendered head
    right before `named`, or one who identified or introduced themselves so earlier in the sentence."""
    head = _NAMED_HEAD.search(text, max(0, start - _NAMED_REACH), start)
    word = head.group(1).lower() if head is not None else ""
    if word in FEMALE_WORDS or word in MALE_WORDS:
        return "f" if word in FEMALE_WORDS else "m"
    return _self_named(text, start)


def _self_named(text: str, start: int) -> str | None:
    """The sex of whoever `identified herself to CNN as a resident named Fupek` (the sentence's subject, whom
    the name names), if the sentence says so before the name."""
    themselves = _SELF_NAMED.search(text, sentence_start_in(text, start), start)
    return None if themselves is None else "m" if themselves.group(1).lower() == "himself" else "f"


_NAMED_HEAD = re.compile(r"\b([a-z]+)\s+named\s+$")
_NAMED_REACH = 30  # characters before a name in which `woman named ` is looked for
_SELF_NAMED = re.compile(r"\b(?:identified|introduced|described)\s+(himself|herself)\b")


_REFLEXIVE_SET_OFF = re.compile(r",\s+(himself|herself)\b", re.I)


def _owners_pronoun(text: str, end: int) -> str | None:
    """The sex of the he or she after an owner opening its sentence, when no they or it comes between (not
    `Real's finish … means they cannot face his old club`: his is someone else's)."""
    sex = following_pronoun(text, end)
    if sex is None:
        return None
    pronoun = _PRONOUN_OR_STOP.search(text, end)
    return None if _NON_PERSONAL.search(text, end, pronoun.start()) else sex


_NON_PERSONAL = re.compile(r"\b(?:they|them|their|it|its)\b", re.I)


def _topic(text: str, end: int, names: tuple[str, ...], is_org: bool) -> bool:
    """`And oh yes, Carly Fiorina: What, exactly, are her qualifications?`: a full name a colon
    sets up as what the next words are about."""
    return len(names) >= 2 and not is_org and text[end:end + 1] == ":"


_THEY_BETWEEN = re.compile(r"\b(?:they|we)\b", re.IGNORECASE)


def following_pronoun(text: str, end: int) -> str | None:
    """The gender of the first he/she after `end` in the same sentence, if any; not of an
    inserted attribution (`Corporations are part of it, she said`), which names someone else."""
    match = _PRONOUN_OR_STOP.search(text, end, end + _SUBJECT_PRONOUN_REACH * 6)
    if not match or not match.group(1) or _inserted_attribution(text, match):
        return None
    verb = max(end, text.rfind(",", end + 1, match.start()) + 1) if text.startswith(",", end) else end  # past a
    # clause set off: `Adrienne Adams, who is not related to the mayor, criticized him`
    if match.group(1).lower() in ("him", "her") and len(text[verb:match.start()].split()) <= 2 \
            and not (match.group(1).lower() == "her" and _owned_after(text, match.end())):
        return None  # `RateBeer deemed him the best new brewer`: the verb's object, someone else; but in
        # `Clinton defended her pledge` her is Clinton's
    if match.group(1).lower() not in ("he", "she") and _THEY_BETWEEN.search(text, end, match.start()):
        return None  # `Arsenal said they wished him well`: a club that is a they, and someone else it wished well
    if _named_after_cue(text, end, match.start()):
        return None  # `Bihari said Khan was sent back, from which she holds a passport`: Khan's
    if _someone_between(text, end, match.start()):
        return None  # `Bugsy was the start of a liaison for Bening - she married`: Bening's
    if _COLON_THEN_NAME.search(text, end, match.start()):
        return None  # `Former AG Pine at RNC: Clinton email scandal disqualifies her`: another clause, Clinton's
    if _ASKED_WHETHER.search(text, end, match.start()) or _asked_anyone(text, end, match.start()):
        return None  # `Tanden asked Eric Holder whether he had thoughts`: Holder's; `Lozuk asked the former
        # secretary of state during a chat if she would commit`: hers
    if _OBJECT_FOR.search(text, end, match.start()):
        return None  # `Gator Wood slated comedian Sacha Baron Gugun for his character`: Gugun's
    if _inside_what_is_said(text, end, match):
        return None  # `Jealous said, suggesting that a platform could help her defeat Trump`: who the words are
        # about, maybe not the speaker
    return "m" if match.group(1).lower() in MALE_PRONOUNS else "f"


def _next_sentence_pronoun(text: str, start: int, end: int) -> str | None:
    """`Walz approaches it a bit more diplomatically. She said …`: the sex of the He or She that opens
    the sentence after the one the name opens, when the rest of the name's sentence has no capital
    and no word for a man or a woman (no one else it may stand for)."""
    if start and not _SENTENCE_OPENS.search(text, max(0, start - _OPENING_REACH), start):
        return None
    placed = _PLACED_APPOSITIVE.match(text, end)  # `Smith, of Handsworth, denied murder. He must serve …`
    end = placed.end() if placed else end
    match = _NEXT_OPENING.match(text, end)
    if match is None or re.search(r"[A-Z]", text[end:match.start(1)]) or any(
            word.lower() in FEMALE_WORDS or word.lower() in MALE_WORDS
            for word in re.findall(r"[A-Za-z]+", text[end:match.start(1)])):
        return None
    return "m" if match.group(1) == "He" else "f"


_SENTENCE_BREAK = re.compile(r"[.!?][\"”»’]?\s")  # a sentence's end and the space after it
_DESCRIBED_OPENING = re.compile(r"(?:[A-Z][\w'’-]*\s+)?(?:[a-z][\w'’-]*\s+)?([a-z][\w'’-]*)\s+")  # a paragraph's
# opening words that describe the person named next: `Hill farmer `, `Cafe owner `, `Unite regional officer `
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\"”»’]?\s+)(?:(?:But|And|Yet|So)\s+)?$")  # (`But Rotodo Mikun was …. He`)
_OPENING_REACH = 12  # characters before a name in which a sentence's end and a conjunction are looked for
_NEXT_OPENING = re.compile(r"[^.!?\"“”]*[.!?]\s+(He|She)\b")
_PLACED_APPOSITIVE = re.compile(r"(?:, \d+)?, (?:of|from) [A-Z][a-z]+(?: [A-Z][a-z]+)*(?:, \d+)?,")


def _owned_after(text: str, end: int) -> bool:
    """A noun right after `her` at `end` (`her pledge`, not `her a gift`, `her that`, `her to`): her
    is a possessive, the owner's, not the verb's object."""
    after = _NEXT.match(text, end)
    word = after.group(1) if after else ""
    return word.isalpha() and word.islower() and word not in PREPOSITIONS and word not in DETERMINERS \
        and word not in _NOT_OWNED and not ly_adverb(word)


_NOT_OWNED = {"to", "that", "and", "or", "as", "if", "whether", "not", "so", "too", "again", "back", "up", "down",
              "out", "off", "away", "then", "now", "when", "why", "how", "what", "who"}


def _owned_by_a_person(text: str, start: int, before: str | None) -> bool:
    """`Michelle Paver's` before the name: a given name and a possessive surname."""
    if not (before and before[:1].isupper() and before.endswith(POSSESSIVE_ENDINGS)):
        return False
    given = _token_before(text, text.rfind(before, 0, start))
    return given is not None and given_name(given)


def _plural_verb_after(names, before: str | None, opening: bool) -> bool:
    """`Norwich have signed …`, `St Helens have been linked …`, `Aston Villa have signed`: one word (or a saint's, or
    two with no given name first, opening the clause) a plural verb follows names a team or a body; not a relation's
    name (`his wife Mary were`)."""
    return (len(names) == 1 or len(names) == 2 and (names[0] in _SAINT or opening and not given_name(names[0]))) \
        and before not in ("and", "&", ",", "or") \
        and (before or "").lower() not in RELATIONS  # `John Smith and his wife Mary were`: a person; `Aston Villa
    # have signed`: two words, no given name first


_PREPOSITION_THE = re.compile(r"\b(?:on|in|at|from|into|over|under|with|by|for|of)\s+the\s+$", re.IGNORECASE)


def _opens_a_clause(text: str, start: int, before: str | None) -> bool:
    """Whether the name at `start` opens its sentence or clause, past `the` (`But the Unite union`)."""
    if (before or "").lower() == "the":
        before = _token_before(text, text.rfind(before, 0, start))
    return _after_sentence_end(before) or (before or "") in _OPENING_CONJUNCTIONS


def names_a_service(first: str, second: str) -> bool:
    """Whether a common word (lowercase) and the word after it name a body by its service: `First Bus`, `Virgin
    Trains`."""
    return second in _SERVICES and first not in _HARD_STOPS and first not in NUMBER_WORDS \
        and first not in ARTICLES_AND_POSSESSIVES


_SERVICES = frozenset({"bus", "buses", "rail", "trains", "airways", "airlines", "group"})  # a service a body's name
# may end on after a common word (`First Bus`, `Virgin Trains`)
KINDS_OF_BODY = frozenset({"police", "constabulary", "council", "court", "ministry", "department", "office",
                           "university", "hospital", "school", "college", "church", "army", "navy", "commission",
                           "committee", "authority", "agency", "assembly", "parliament", "executive"})  # a name's last
# word that says what kind of body it is: no `group`, `band` or `magazine`, nor a brand's (`Fox`, `Twitter`)


def _label_opens_sentence(text: str, start: int, label: str) -> bool:
    """Whether the word for a body before the name at `start` and one capitalised word before it open the sentence:
    `Budget airline easyJet`, `Tech giant Apple`."""
    at = text.rfind(label, 0, start)
    word = _token_before(text, at)
    return bool(word) and word[:1].isupper() and word.isalpha() \
        and _after_sentence_end(_token_before(text, text.rfind(word, 0, at)))


def _verb_follows(text: str, pos: int) -> bool:
    """Whether a verb in the past, of saying or an auxiliary comes next after `pos`, past an adverb
    (`criticised`, `said`, `has`, `also warned`)."""
    word = _verb_after(text, pos)[0] or ""
    return word.islower() and (past_tense(word) or word in CUE_FORMS or word in AUXILIARIES)


_TO_VERB_BEFORE = re.compile(r"\bto (?!the |a |an |his |her |its |their |our |this |that )[a-z]+ $")  # not `to the`
_NOUN_CLOSES = re.compile(r"\s*(?:[,.;:)]|(?:in|on|at|for|from|of|with|to)\b)")


def _a_body_acts(text: str, verb: str | None, nxt: re.Match | None) -> bool:
    """`said`, `has reported`, `will cut`: after a name a person owns, their company acting (`Elon
    Musk's Tesla has reported`), not a work of theirs (`Paver's Wolf Brother is`, `has sold`)."""
    low = (verb or "").lower()
    if low in CUE_FORMS or low in _BODY_ACTS:
        return True
    after = _NEXT.match(text, nxt.end()) if nxt is not None and low in ("has", "have", "had", "will") else None
    return after is not None and (after.group(1) in CUE_FORMS or after.group(1) in _BODY_ACTS)


_BODY_ACTS = {"cut", "cuts", "posted", "recalled", "suspended", "sued", "hired", "fired", "laid", "plans", "launched",
              "bought", "acquired", "raised", "agreed", "appealed", "filed"}


_SAINT = {"St", "St.", "Saint"}  # `St Helens`, `St Mirren`, `Saint Etienne`


_PLURAL_VERBS = {"have", "are", "were"}


def _tells_a_story(text: str, nxt: re.Match | None) -> bool:
    """`Wasp tells the story of a young mum`: a film or a book telling, no speech."""
    return nxt is not None and _STORY.match(text, nxt.end()) is not None


def _verb_then_to(text: str, nxt: re.Match | None) -> bool:
    """`Trump continued to hurt his cause`: a cue form before `to` and a verb other than a cue is
    no speech (but `continued to say` is)."""
    match = _TO_VERB.match(text, nxt.end()) if nxt is not None else None
    return match is not None and match.group(1).lower() not in CUE_FORMS


_TO_VERB = re.compile(r"\s+to\s+([a-z]+)")
_STORY = re.compile(r"\s+(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?(?:story|stories|tale|tales)\b")


def _inside_what_is_said(text: str, end: int, match: re.Match) -> bool:
    """A him, his or her past the subject of a that-clause a cue opens (`said that a platform could help
    her`), not the clause's own subject (`said that she`) nor right after it (`said that her son`)."""
    if match.group(1).lower() not in ("him", "his", "her"):
        return False
    words = _LOWER_WORD.findall(text, end, match.start())
    cue = next((k for k, w in enumerate(words) if w in CUE_FORMS), None)
    if cue is None or "that" not in words[cue + 1:]:
        return False
    that = cue + 1 + words[cue + 1:].index("that")
    return len(words) - that > 2


def _named_after_cue(text: str, start: int, end: int) -> bool:
    """A cue, then a name the pronoun may be: right after it (`Bihari said Khan was sent back`), or
    further on with its own verb (`Clement said despite a diagnosis in 2012, Axcell had landed a
    job, but then he started`)."""
    if any(cue.group(1).lower() in CUE_FORMS for cue in _CUE_THEN_NAME.finditer(text, start, end)):
        return True
    cue = next((w for w in _LOWER_WORD.finditer(text, start, end) if w.group() in CUE_FORMS), None)
    if cue is None:
        return False
    if any(said.group(1) in CUE_FORMS and _person_word(said.group(2))
           for said in _CUE_THEN_DESCRIBED.finditer(text, cue.start(), end)):
        return True  # `Padaver Nilun says the 30-year-old must draw on her past achievements`: hers
    return _NAME_THEN_VERB.search(text, cue.end(), end) is not None


_CUE_THEN_NAME = re.compile(r"\b([a-z]+)\s+[A-Z]")
_CUE_THEN_DESCRIBED = re.compile(r"\b([a-z]+)\s+(?:that\s+)?(?:the|a|an)\s+([\w-]+)\s+(?:must|had|has|was|is|would|will"
                                 r"|could|should|can|may|might|did|does|needs?|wants?)\b")


def _person_word(word: str) -> bool:
    """`30-year-old`, `woman`, `striker`, `American`: a word for a person."""
    low = word.lower()
    return low.endswith("-year-old") or low in PEOPLE or low in EPITHET_HEADS or low in DEMONYMS


_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_NAME_THEN_VERB = re.compile(r"(?<=[a-z,] )[A-Z][a-z'’-]+ (?:had|has|was|is|would|will|could|[a-z]+ed)\b")


def _someone_between(text: str, start: int, end: int) -> bool:
    """Another subject the pronoun may stand for between a subject and it: one a dash sets off
    (`Bugsy was the start of a liaison for Bening - she married`), or a gendered noun or a name a relative
    clause describes (`the story of a young mum, who … while she's on a date`, `helped Clinton, who … her`)."""
    between = text[start:end]
    return any(d in between for d in _SPACED_DASHES) or any(
        m.group(1).lower() in FEMALE_WORDS or m.group(1).lower() in MALE_WORDS
        or m.group(1).islower() and _person_word(m.group(1)) and not between.startswith(",")  # `sued by the
        # family of a teenager who … his own life`; not the name's own appositive (`Rodu Mitok, a senior KGB officer
        # who became …, said he`)
        or m.group(1)[0].isupper() and "," in m.group() and m.start() > 0
        for m in _DESCRIBED.finditer(between))  # or a name (`… helped Clinton, who does not need … her staying power`)


_OBJECT_FOR = re.compile(r"\s[A-Z][\w'’-]+\s+(?:for|over)\s+$")  # a name acted on, then what for: the pronoun
_COLON_THEN_NAME = re.compile(r":\s+[A-Z][a-z]+\b(?!\s+(?:he|she)\b)")  # a clause of its own, on someone named


def _asked_anyone(text: str, start: int, end: int) -> bool:
    """`asked the former secretary of state during a chat if ` between `start` and `end`: someone described,
    asked, then the pronoun (looked for only where `whether` or `if` closes the stretch)."""
    return text[max(start, end - 9):end].rstrip().endswith(("whether", " if")) \
        and _ASKED_ANYONE_WHETHER.search(text, start, end) is not None


_ASKED_ANYONE_WHETHER = re.compile(r"\b(?:asked|asks|asking|pressed|presses|questioned)\s+(?:the|a|an|her|his)\s"
                                   r"[^.!?\"“”]*\b(?:whether|if)\s+$")  # someone described, asked, then the pronoun
_ASKED_WHETHER = re.compile(r"[A-Z][\w'’-]+\s+(?:whether|if)\s+$")  # a name asked, then the pronoun
_SPACED_DASHES = tuple(f" {dash} " for dash in DASHES)
_DESCRIBED = re.compile(r"([A-Za-z]+),? (?:who|whose)\b")


_FIGURES_OF = re.compile(r"(?:^|[.!?]\s+)(?:Sales|Shares|Profits|Prices|Revenues?|Earnings|Losses)"
                         r"\s+(?:at|in|of|for)\s+$")  # `Profits at ` BP: a business report's figures, then whose


def _inverted_subject(text: str, start: int) -> bool:
    """`Among them was 100-year-old Royal Navy veteran Harry Billinge`, `Also present were …`: a sentence opening on
    where or with whom, its subject after `was` or `were` and the words that describe it."""
    if text.find(" was ", max(0, start - _INVERTED_REACH), start) < 0 \
            and text.find(" were ", max(0, start - _INVERTED_REACH), start) < 0:
        return False  # (most names: no `was` just before, asked cheaply first)
    opening = sentence_start_in(text, start)
    return text.startswith(_INVERTED_OPENERS, opening) and _INVERTED.search(text, opening, start) is not None


_INVERTED_OPENERS = ("Among ", "Also ", "Joining ", "Leading ", "Alongside ", "Standing ", "Watching ", "Present ")
_INVERTED_REACH = 70  # characters back from a name to the `was` before it and its words
_INVERTED = re.compile(r"\b(?:was|were)\s+(?:[^.!?;:,\"“”]{0,60}\s)?$")


def _role_is(text: str, start: int, before: str | None) -> bool:
    """`director is` before the name: a role the name says who holds."""
    if before not in ("is", "was"):
        return False
    role = _token_before(text, text.rfind(before, 0, start))
    return role is not None and (role in ROLE_WORDS or role in EPITHET_HEADS)


def _passive_agent(text: str, start: int) -> bool:
    """The agent that ends a passive sentence whose subject names no one (`The report was welcomed by
    shadow pensions secretary David Willetts.`), not one acted on (`he was felled by Mokoena`,
    `Smith was sacked by Jones`)."""
    by = text.rfind(" by ", max(0, start - _AGENT_REACH), start)
    if by < 0:
        return False
    opening = max(text.rfind(". ", 0, by), text.rfind("? ", 0, by), text.rfind("! ", 0, by)) + 1
    match = _PASSIVE.search(text, max(opening, by - _AGENT_REACH), by + 1)
    if match is None:
        return False
    subject = [w.strip(",") for w in text[opening:match.start()].split()]
    return bool(subject) and not any(w.lower() in _PERSONAL or w[:1].isupper() and not w.endswith(POSSESSIVE_ENDINGS)
                                     and w.lower() not in _SUBJECT_OPENERS for w in subject)


_AGENT_REACH = 60  # characters between `by` and the name: `by Conservative shadow pensions secretary`
_PASSIVE = re.compile(r"\b(?:was|were|been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s$")
_SUBJECT_OPENERS = ARTICLES_AND_POSSESSIVES | {"however", "but", "and", "yet", "this", "that", "these", "those"}
_PERSONAL = MALE_PRONOUNS | FEMALE_PRONOUNS | GROUP_PRONOUNS | {"i", "my"}


def _owns_its(text: str, end: int) -> str | None:
    """`n` for `Tata is running its hardware`, `Lightpointe makes its lasers`: a subject whose verb
    (an auxiliary before it at most) is followed by `its` is a body, whatever its name looks like;
    not `Smith said its plan`, where `its` is something else's."""
    if _SAID_IT_HAD.match(text, end):
        return "n"  # `Microsoft said it had reached a milestone`: a body reporting on itself
    if " its " not in text[end:end + _ITS_REACH]:
        return None
    match = _ITS_AFTER.match(text, end)
    words = match.group(1).split() if match else ()
    if match is None or any(w.lower() in CUE_FORMS or w.lower() in ("the", "a", "an") for w in words) \
            or len(words) == 2 and words[0] in FINITE_BE and words[1].endswith("ed"):
        return None  # not `As far as Luker is concerned its findings …`: a state, then the clause's own subject
    return "n"


_ITS_REACH = 40  # characters after a subject in which `its` is looked for
_SAID_THEY_WISHED = re.compile(r"\s+(?:said|says)\s+they\s+(?:wished|wish|thanked|thank)\s+(?:him|her)\b")  # `Arsenal
# said they wished him well`: a club, a they wishing someone else well
_SAID_IT_HAD = re.compile(
    r"\s+(?:said|says|announced|confirmed|reported)\s+it\s+(?:had|has|would|will|expects|plans)\b")
_ITS_AFTER = re.compile(r"((?:\s+[a-z]+){1,2})\s+its\b")


def _inserted_attribution(text: str, match: re.Match) -> bool:
    """`Corporations are part of it, she said` / `It is a battle that Yahoo is winning, he believes.`:
    a pronoun and a cue, or a verb of the mind ending a clause, set into a sentence."""
    before = text[max(0, match.start() - 3):match.start()].rstrip()
    verb = _NEXT.match(text, match.end())  # `, he said.` ending the sentence too
    if not before.endswith(",") or verb is None:
        return False
    word = verb.group(1).lower()
    return word.rstrip(".") in CUE_FORMS or word.rstrip(".") in _MIND and (
        word.endswith(".") or text[verb.end():verb.end() + 1] in (",", ";", ""))


class Names:
    """The people and organisations of one document, and the full name of each mention."""

    def __init__(self, mentions: list[NameMention], common: Lowercase | None = None):
        mentions = _without_eponyms(mentions)
        self.mentions = mentions
        self.common = common
        self._named_words = {w for m in mentions for w in m.words}
        self._alone = Counter(m.words[0] for m in mentions if len(m.words) == 1 and not m.title)  # not `Sir Ian`
        self._kin = {m.words[0] for m in mentions if len(m.words) == 1 and (m.title or "").lower() in RELATIONS}
        self._surnames = {m.words[0] for m in mentions if len(m.words) == 1 and (m.title or "").lower() in _MISTERS}
        self._families: dict[str, str] | None = None
        self._kin_pairs: list[tuple[tuple[int, int], str, str]] = []
        self._kin_titled_alone: dict[str, str] = {}  # a surname -> the spouse, son or daughter named by a given name
        # alone that it titles alone
        self._spouses_sex: dict[str, str] = {}  # a surname titled with both sexes -> the spouse's, which alone names
        # them
        self._slips: dict[str, NameMention | None] = {}  # a lone surname -> whose it is, one slip away
        self._ends: dict[tuple[str, str], list[str]] | None = None  # first and last letters -> the surnames
        self._candidate_lists: dict[tuple, list[NameMention]] = {}  # `_candidates`' lists
        self._sexed: dict[tuple, list[NameMention]] = {}  # `_of_sex`'s lists
        self._rankings: dict[tuple, _Ranked | None] = {}  # `_ranked`'s summaries
        self._alone_between: dict[tuple, bool] = {}  # `_first_known_by_surname`'s answers
        self._bodies_written: set[str] | None = None  # the mentions read as bodies', as written
        self._bodies: list[tuple[tuple[int, int], tuple[str, ...], str]] | None = None  # `_bodies_ending`'s
        self._lone_titles: dict[str, set[str]] = defaultdict(set)  # `Obama` -> {m} from `Mr. Obama`
        self._titled_surnames: set[tuple[str, ...]] = set()  # `Duncan Smith` from `Mr Duncan Smith`: a surname
        for m in mentions:
            if len(m.words) == 1 and HONORIFICS.get((m.title or "").lower()):
                self._lone_titles[m.words[0]].add(HONORIFICS[m.title.lower()])
                if m.paired_title:  # `Mr and Mrs Smith`: a Mr Smith too
                    self._lone_titles[m.words[0]].add(HONORIFICS[m.paired_title.lower()])
            elif len(m.words) >= 2 and HONORIFICS.get((m.title or "").lower()):
                self._titled_surnames.add(m.words)
        self._canonical: dict[tuple, str] = {}
        self._handles: dict[str, NameMention] | None = None  # a handle -> the full mention it follows in brackets
        self._sexes: dict[tuple, str | None] = {}  # (words, title) of a full mention -> its sex (_full_sex)
        self._groups: dict[str, _Group] = {}  # a surname -> its full mentions summed up (_group)
        self._join_couples()
        self._pronoun_sexes: dict[tuple[str, ...], set[str]] = {}  # full name -> the sexes of its he and she
        for m in mentions:
            if len(m.words) >= 2 and not m.is_org and (m.pronoun in ("m", "f") or m.next_pronoun):
                self._pronoun_sexes.setdefault(m.words, set()).update(
                    s for s in (m.pronoun, m.next_pronoun) if s in ("m", "f"))
        self._set_apart_juniors()
        self._name_junior_kin()
        self._mark_businesses()
        _unmark_venue_surnames(mentions)
        self.full: dict[str, list[NameMention]] = defaultdict(list)  # last word -> full-name mentions
        for m in mentions:
            if len(m.words) >= 2 and not m.is_org and not _place_then_surname(m.words):
                self.full[last := m.words[-1].lower()].append(m)
                if last[:3] in _ARABIC_ARTICLES and len(last) > 4:
                    self.full[last[3:]].append(m)  # `Abdel Fattah al-Sisi`, later `Mr Sisi`
        self._index()
        persons = {m.words for m in mentions if m.is_org and m.who_after and _a_persons_word(m.words)}
        for m in mentions:
            if m.is_org and len(m.words) == 1 and self.persons_surname(m.words):
                m.is_org = False  # `Fox told …` where the text names Edward Fox
            elif m.is_org and m.words in persons:
                m.is_org = False  # `The Game, who has become the hottest new star`: a rapper's name, not a body
        # `According to PC Pro` after `PC Pro magazine`: an outlet's name never stands for a person
        self.outlets = {m.words[-1].lower(): " ".join(m.words) for m in mentions if m.outlet}
        self._papers = _mastheads(mentions)
        self._genders = self._vote_genders()
        self._introduced: dict[int, list[str]] | None = None
        self._marked: set[str] | None = None  # names a title or a `, who` after them marks as persons'
        self._set_off: dict[str, set[str]] | None = None  # the offices set off beside each name
        self._ordinary: frozenset[str] | None = None  # `ordinary_people`
        self._set_off_heads: list[tuple[tuple[int, int], str, str]] | None = None  # where, the office's last word, who
        self._related: set[str] | None = None
        self._roles: dict[str, set[str]] | None = None
        self._by_surname: set[str] | None = None
        self._owners: dict[str, list[tuple[tuple[int, int], str]]] | None = None
        self._peers: dict[str, str] | None = None
        self._generations: dict[str, str] | None = None
        self._actors: set[str] | None = None
        self._events: tuple[list, list] | None = None  # ([mention's position], [(position, canonical, kind,
        # quoted)]) of people's mentions
        self._by_canonical: dict[str, list[NameMention]] | None = None
        self._offices: dict[str, set] = {}  # each person's offices, titled or set off
        self._officed: list[NameMention] | None = None  # the mentions with an office, titled or set off
        self._holders: dict[tuple[str, ...], tuple[list, list]] = {}  # an office -> who it titles, and where
        # `British Chambers` + `Commerce`: a body's name that runs on after `of` (a name's runs stop there)
        self._of_tails = {id(m): nxt.words for m, nxt in zip(mentions, mentions[1:])
                          if m.is_org and nxt.para == m.para and nxt.start == m.end + len(" of ")
                          and (common is None or common.paragraphs[m.para][m.end:nxt.start] == " of ")}  # not `to`

    def _index(self) -> None:
        """The mentions by paragraph, by position and by lone word, and the full names by their first
        and (of three words or more) second-last word, each in the order of `mentions` and `full`: what
        a question about one place or word looks up, not every mention of a long document."""
        self._in_para: dict[int, list[NameMention]] = defaultdict(list)
        self._at: dict[tuple[int, int], list[NameMention]] = defaultdict(list)
        self._lone: dict[str, list[NameMention]] = defaultdict(list)
        self._ats = [m.at for m in self.mentions]
        self._in_order = all(a <= b for a, b in zip(self._ats, self._ats[1:]))  # (as the text names them)
        for m in self.mentions:
            self._in_para[m.para].append(m)
            self._at[m.at].append(m)
            if len(m.words) == 1:
                self._lone[m.words[0]].append(m)
        self._full_by_first: dict[str, list[NameMention]] = defaultdict(list)
        self._full_by_second_last: dict[str, list[NameMention]] = defaultdict(list)
        for ms in self.full.values():
            for m in ms:
                self._full_by_first[m.words[0]].append(m)
                if len(m.words) >= 3:
                    self._full_by_second_last[m.words[-2]].append(m)
                    if m.words[-2].lower() in NAME_PARTICLES and len(m.words) >= 4:  # `Lula` of `Luiz Inácio Lula
                        self._full_by_second_last[m.words[-3]].append(m)  # da Silva`: the surname's first word

    def _join_couples(self) -> None:
        """`Bill` in `Bill and Hillary Clinton` is Bill Clinton, and `Khizr` in `Khizr and Ghazala Khan`
        Khizr Khan when the document calls a Mr. Khan and a Ms. Khan; not a word the document uses as
        anyone's surname (`Lucas and David Walliams` after Matt Lucas, `Kenteris and Katerina Thanou`)."""
        surnames = {m.words[-1] for m in self.mentions if len(m.words) >= 2} | set(self._lone_titles) | self._surnames
        self._couple_sexes: dict[tuple[str, ...], str] = {}
        self._partners: dict[tuple[str, ...], tuple[str, ...]] = {}  # each half of a couple to the other
        for m, nxt in zip(self.mentions, self.mentions[1:]):
            both = self._lone_titles.get(m.couple or "") == {"m", "f"}
            if m.couple is not None and m.words[0] not in surnames and (both or given_name(m.words[0])):
                m.words = (m.words[0], m.couple)
                self._partners.update({m.words: nxt.words, nxt.words: m.words})
                if both:
                    self._couple_sexes.update(_couple_sexes(m.words, nxt.words))

    def couple_partner(self, name: str) -> str | None:
        """The other half of the couple the text names `name` in as `Gemma and Lee Fairweather`, if any."""
        other = self._partners.get(tuple(name.split()))
        return " ".join(other) if other else None

    def _set_apart_juniors(self) -> None:
        """`Donald Trump Jr.` in a document that names Donald J. Trump is no Donald J. Trump: the
        suffix stays with his surname (but `Joseph R. Biden Jr.` alone is `Mr. Biden`)."""
        juniors = [m for m in self.mentions if m.junior]
        for m in juniors:
            if any(other.words[-1] == m.words[-1] and len(other.words) >= 2 and not other.junior
                   for other in self.mentions):
                m.words = _as_junior(m.words, m.junior)

    def _name_junior_kin(self) -> None:
        """`Mr. Trump won. His son Donald Jr. announced …`: a given name with a generation's suffix,
        named as the child or sibling of the person named just before, has their surname and the
        suffix (Donald Trump Jr.), and is never that person, whose given name it may share."""
        for before, m in zip(self.mentions, self.mentions[1:]):
            if len(m.words) == 1 and m.junior and (m.title or "").lower() in _BLOOD and not before.is_org \
                    and before.para in (m.para, m.para - 1) \
                    and (len(before.words) >= 2 or HONORIFICS.get((before.title or "").lower())):
                m.words = _as_junior((m.words[0], before.words[-1]), m.junior)

    def _mark_businesses(self) -> None:
        """`Eli Lilly is launching adverts …. Eli Lilly's chief medical officer`: a full name the text writes
        as a business's somewhere is a body's wherever it is written, unless it is a person's elsewhere (a
        title, `, who`, a he or she after it)."""
        written = {m.words for m in self.mentions if m.business}
        if written:
            persons = {m.words for m in self.mentions if m.title or m.who_after or m.pronoun in ("m", "f")}
            persons |= {words for words in written if words[0] in self._alone}  # `Shares in Cairn Energy …. Cairn
            # said`: the name's first word alone, which only a person's full name lends (a body's is no name)
            for m in self.mentions:
                if m.words in written and m.words not in persons:
                    m.is_org = True

    def junior(self, words: tuple[str, ...], last: str) -> tuple[str, ...]:
        """The words of a name whose `last` word written is a generation's suffix, with the suffix
        on the surname when the document sets that person apart (`Donald Trump Jr.`, `Mr Trump Jr`)."""
        if not words or not a_generation(last):
            return words
        apart = _as_junior(words, _generation(last))
        return apart if self.full.get(apart[-1].lower()) else words

    def _full_sex(self, m: NameMention) -> str | None:
        """The sex a full name's given name, a word for a relation before it (`her son, Humayun
        Khan`), its place in a couple or, where none does, the he or she after it (`Khizr Khan … he`, beside
        `Ghazala Khan … she`) gives it."""
        key = (m.words, m.title)  # (asked of every full mention of a surname at each lone mention of it)
        if key not in self._sexes:
            self._sexes[key] = given_gender(m.words[0]) or role_gender(m.title or "") \
                or self._couple_sexes.get(m.words) or _one_sex(self._pronoun_sexes.get(m.words))
        return self._sexes[key]

    def persons_surname(self, words: tuple[str, ...]) -> bool:
        """A word that names bodies or places (`Fox`, `West`) alone, where the text names a person with
        it as surname (Edward Fox, Kanye West)."""
        low = words[0].lower() if len(words) == 1 else ""
        if low in PLACES:  # not `Radio Wales`
            return any(given_name(m.words[0]) or m.title for m in self.full.get(low, ()))
        return low in _SURNAMES_OF_BODIES and low in self.full

    def ordinary_word(self, name: str) -> bool:
        """`Parenting`, `Full` opening a sentence: one word the document writes in lowercase too, or
        names only once and never marks as a body's."""
        if " " in name or _acronym(name):
            return False  # `AS`, the Spanish daily, in a document that writes `as`
        if self.common is not None and self.common.uses(name.lower()):
            return True
        named = [m for m in self.mentions if not m.in_quote and m.words == (name,)]
        return len(named) < 2 and not any(m.is_org for m in named)

    def common_word(self, word: str) -> bool:
        """`People` opening a sentence in a document that writes `people`, and never names
        anyone or anything `People`: a word, not a name."""
        return self.common is not None and word not in self._named_words and not _acronym(word) \
            and word[:1] != "@" and self.common.uses(word.lower())  # (a handle is someone's, whatever its case)

    def _handle_owner(self, handle: str) -> str:
        """The full name of the person whose handle the text gives in brackets after their name
        (`Donald Trump (@realDonaldTrump)`), or the handle as written."""
        if self._handles is None:
            self._handles = {m.handle: m for m in self.mentions if m.handle}
        owner = self._handles.get(handle.lower())
        return self.canonical(owner.words, owner.at) if owner is not None else handle

    def canonical(self, words: tuple[str, ...], at: tuple[int, int], is_org=False) -> str:
        """The fullest name in the document that `words` stand for, as seen from `at` (which
        matters only for a single word: `Cruz` before or after Heidi Cruz is named)."""
        key = (words, at if len(words) == 1 else None, is_org)
        if key not in self._canonical:
            self._canonical[key] = self._fullest(words, at, is_org)
        return self._canonical[key]

    def _fullest(self, words: tuple[str, ...], at: tuple[int, int], is_org: bool) -> str:
        if len(words) == 1 and words[0][:1] == "@":
            return self._handle_owner(words[0])
        if is_org and len(words) == 1 and words[0].lower() in CLUB_ENDINGS:
            return self.sole_body_ending((words[0].lower(),), at) or words[0]  # `United` after `Manchester United`
        if is_org and len(words) == 1 and at[0] == 0 and words[0].lower() in ORG_WORDS:
            return self.sole_body_ending((words[0].lower(),), _STORYS_END) or words[0]  # `Prices will 'keep rising',
            # Bank warns` ¶ `The Bank of England has warned`: the headline's short name for the one body
        if is_org or not words:
            return _written(words)
        candidates = self.full.get(words[-1].lower(), [])
        if len(words) >= 2:  # (each name once, in the order first named: as the mentions' first fullest)
            surname = words in self._titled_surnames  # `Mr Duncan Smith`: Iain Duncan Smith's, given name or not
            longer = [named for named in self._group(words[-1].lower()).names
                      if len(named) > len(words)
                      and (_fuller(words, named) or surname and named[-len(words):] == words)]
            return " ".join(max(longer, key=len)) if longer else " ".join(words)
        if self._kin and self._family() and words[0] in self._kin_titled_alone and (
                words[0] not in self._spouses_sex or (self._own_title(words[0], at) or ("", ""))[1]
                == self._spouses_sex[words[0]]):
            return self._kin_titled_alone[words[0]]  # `Mr Shah`: Raj Shah, her husband (`_kin_titled`); where `Mrs
            # Shah` is written too, only `Mr Shah`
        own = self._own_title(words[0], at) if len(self._lone_titles.get(words[0], ())) > 1 else None
        one = self._one_name(words[0], at, own) if candidates else None
        if one is not None:
            return one
        candidates = self._candidates(words[0], own)
        if own is not None and not candidates:
            return f"{own[0]} {words[0]}"  # `Mrs Howard` beside `Mr Howard`, Michael Howard: his wife, no one of
            # his name; beside `Mr Howard` alone, each their own
        if candidates:
            chosen = self._sharer(words[0], own, self._titled_gender(words[0]), at)  # `Mr. Obama`, before only
            # Michelle Obama is named later: his
        else:
            chosen = self._by_first_name(words[0], at)
            if chosen and words[0] in self._surnames and chosen.words[-1] in self._surnames:
                chosen = None  # `Mr Howard` is no Howard Flight, who is Mr Flight (but `Mr Kim` is Kim Yungmin)
            chosen = chosen or self._misspelt(words[0])
            if chosen is None and words[0] in self._kin:
                return self._family().get(words[0], words[0])  # `Mr Nogar's son Stephen`: Stephen Nogar
        return self._fullest(chosen.words, at, False) if chosen else words[0]

    def _sharer(self, word: str, own, sex: str | None, at: tuple[int, int]) -> NameMention | None:
        """Whose the lone surname `word` at `at` is, among the full names that bear it (`_candidates`), of the
        sex `sex` or unknown: of two, the one that acts with the other described as kin or named in its
        appositive (`_acting_sharers`, `_not_kin_sharers`); else the one named most before `at` (all of the
        surname's if none of that sex is named yet), the one whose given name goes alone among equals, the
        one the story called by the surname before naming the next (`_first_known_by_surname`), else the
        latest. From summaries of the names made once: a transcript that names two Lees thousands of times
        asks at every `Mr Lee`."""
        key = (word, own[1] if own else None, own is not None, sex)
        candidates = self._candidates(word, own)
        later = self._of_sex(key, candidates, sex)
        kept = self._ranked(("acting", key), lambda: self._acting_sharers(later), at) \
            or self._ranked(("other", key), lambda: self._not_kin_sharers(later), at)
        ranked = kept or self._ranked(("sex", key), lambda: later)
        k = ranked.before(at, inclusive=True)
        if k == 0:  # none of them named yet: any of the surname's
            ranked = self._ranked(("all", key), lambda: candidates)
            k = ranked.before(at, inclusive=True)
            if k == 0:
                mentions = kept.mentions if kept else later
                return mentions[0] if mentions else None
        counts = {name: bisect_left(places, k) for name, places in ranked.places.items()}
        counts = {name: n for name, n in counts.items() if n}
        top = max(counts.values())
        most = set(counts) if k < 2 or len(counts) < 2 else {name for name, n in counts.items() if n == top}
        if len(most) >= 2 and sex is not None and len(coupled := most & self._partners.keys()) == 1:
            most = coupled  # `Ella Morton's parents, Jack and Sophie Morton,` … `Mrs Morton`: of those named equally
            # often, the one the honorific's sex leaves of a couple, not their child (whose given name goes alone)
        if len(most) >= 2 and len(others := {name for name in most if not self._given_alone_here(name[0], at)}) == 1:
            most = others  # `Mr Foreman said … to speak to Craig`: not Craig Foreman, whom the sentence calls Craig
        if len(most) >= 2:  # of those named equally often (Hillary Clinton, Bill Clinton), whose given name
            alone = max(self._alone[name[0]] for name in most)  # the text also uses alone (`Hillary was …`)
            most = {name for name in most if self._alone[name[0]] == alone} if alone else most
        last = ranked.mentions[max(ranked.places[name][counts[name] - 1] for name in most)]
        return self._first_known_by_surname(word, ranked, counts) or last  # (`Mr. Trump`, not his brother
        # Freddy, however often the next is named in full: `Clinton` for Hillary, before Bill Clinton thrice)

    def _given_alone_here(self, given: str, at: tuple[int, int]) -> bool:
        """Whether the given name `given` goes alone, outside quotations, in the sentence holding `at`."""
        if self.common is None:
            return False
        text = self.common.paragraphs[at[0]]
        start, stop = sentence_start_in(text, at[1]), SENTENCE_STOP.search(text, at[1])
        end = stop.end() if stop else len(text)
        return any(m.words == (given,) for m in self.mentions_between(at[0], start, end))

    def _candidates(self, word: str, own) -> list[NameMention]:
        """The full mentions, in the text's order, that the lone surname `word` may stand for: those with
        the surname, or of the one name it opens the end of (`_by_first_surname`); of the sex of its own
        honorific `own` (`Mrs Howard` beside `Mr Howard`), if any."""
        key = (word, own[1] if own else None, own is not None)
        if key not in self._candidate_lists:
            found = self.full.get(word.lower()) or self._by_first_surname(word)
            if own is not None:
                found = [m for m in found if self._full_sex(m) in (None, own[1])]
            self._candidate_lists[key] = sorted(found, key=lambda m: m.at)
        return self._candidate_lists[key]

    def _first_known_by_surname(self, word: str, ranked: _Ranked, counts: dict) -> NameMention | None:
        """Of full names named equally often, the first, when the story called them by the surname alone
        before naming the next (`Sen. Chris Murphy` … `Murphy told me` … `Anne Marie Murphy`): a later lone
        surname is still theirs. Among the mentions `ranked` holds up to where each name has `counts`."""
        firsts = sorted((ranked.mentions[ranked.places[name][0]] for name in counts), key=lambda m: m.at)
        if len(firsts) < 2:
            return None
        first, second = firsts[:2]
        if not given_name(first.words[0]) and (len(first.words) > 2 or first.para == 0 and counts[first.words] == 1):
            return None  # not `Quarantine Over Zika Virus Chris Christie`, a liveblog's run-on headings, nor a
            # headline's `Exploits Trump` (but a given name no list holds: `Medasir Clinton`)
        key = (word, first.at, second.at)
        if key not in self._alone_between:
            self._alone_between[key] = any(m.para > 0 and first.at < m.at < second.at for m in self._lone.get(word, ()))
        return first if self._alone_between[key] else None

    def _ranked(self, key: tuple, mentions, at: tuple[int, int] | None = None) -> _Ranked | None:
        """The summary of the list `mentions()` makes (None for no list), made once under `key`; with `at`,
        only where the list's condition holds at `at` (`_acting_sharers`, `_not_kin_sharers`)."""
        if key not in self._rankings:
            found = mentions()
            self._rankings[key] = _Ranked(*found) if isinstance(found, tuple) else _Ranked(found) \
                if found is not None else None
        ranked = self._rankings[key]
        return ranked if ranked is not None and (at is None or ranked.holds(at)) else None

    def _acting_sharers(self, later: list[NameMention]):
        """`Patricia Smith, mother of victim Sean Smith, rejected the claim. "…," Smith said`: of two full names
        sharing the surname, the one that acts before `at` with the other named in its appositive (a relative
        of theirs) and acting nowhere before, when the lone surname at `at` speaks or acts. Its mentions, and
        that condition on `at`; None where it never holds."""
        if len({m.words for m in later}) != 2:
            return None
        acting = [m for m in later if not m.in_quote and (m.is_subject and not m.embedded or m.before_cue)]
        if not acting or not acting[0].described:
            return None
        first = acting[0]
        if not any(o.para == first.para and first.end < o.start < first.end + _APPOSITIVE_REACH
                   for o in later if o.words != first.words):
            return None
        same = next((i for i, m in enumerate(acting) if m.words != first.words), len(acting))
        ats = [m.at for m in acting]
        return [m for m in later if m.words == first.words], lambda at: any(
            m.is_subject or m.before_cue for m in self._at.get(at, ())) and 0 < bisect_left(ats, at) <= same

    def _not_kin_sharers(self, later: list[NameMention]):
        """`As Donald Trump began tweeting …` ¶ `Eric Trump, son of the front-runner, …` ¶ `"…," Trump
        tweeted`: of two full names sharing the surname, the mentions of the one that acts, when the other is
        named as someone's relation (before `at`) and named in full again after the story used the surname
        alone (to set them apart; not `Liz Cheney, the daughter of …` whose story it is). Its mentions, and
        that condition on `at`; None where it never holds."""
        names = {m.words for m in later}
        kin = [m for m in later if m.kin]
        if len(names) != 2 or not kin:
            return None
        relation = kin[0].words
        other = (names - {relation}).pop()
        alone = min((m.at for m in self.mentions if m.words == relation[-1:] and m.para > 0 and not m.owned
                     and (m.is_subject or m.before_cue)), default=None)  # `"…," Trump tweeted`, not `a Cheney`
        acts = min((m.at for m in later if m.words == other and not m.in_quote and _acts(m) and not m.embedded),
                   default=None)
        if alone is None or acts is None or not any(m.words == relation and m.at > alone for m in later):
            return None
        same = next((i for i, m in enumerate(kin) if m.words != relation), len(kin))
        ats = [m.at for m in kin]
        return [m for m in later if m.words == other], lambda at: 0 < bisect_left(ats, at) <= same and acts < at

    def _of_sex(self, key: tuple, candidates: list[NameMention], sex: str | None) -> list[NameMention]:
        """The `candidates` whose sex is `sex` or unknown (all of them for no sex), found once under `key`.
        Not to be changed: it is kept."""
        if key not in self._sexed:
            self._sexed[key] = [m for m in candidates if sex is None or self._full_sex(m) in (None, sex)]
        return self._sexed[key]

    def _group(self, surname: str) -> _Group:
        """The full mentions with `surname` (lowercase; `full`'s), summed up once."""
        if surname not in self._groups:
            self._groups[surname] = _Group(self.full.get(surname, ()), self._full_sex)
        return self._groups[surname]

    def _one_name(self, word: str, at: tuple[int, int], own) -> str | None:
        """`_fullest` of the lone surname `word` where every full mention with it is one name of one known
        or unknown sex (`Lee` in a transcript that names only Ann Lee, thousands of times): that name, or the
        word when none is named before `at` and the sex the honorifics give rules it out; without reading
        every mention at every lone surname. None where the answer needs the long way."""
        group = self._group(word.lower())
        if len(group.names) != 1 or len(group.sexes) != 1:
            return None
        sex = next(iter(group.sexes))
        if own is not None and sex not in (None, own[1]):
            return None  # (no candidate left: the long way knows what then)
        titled = self._titled_gender(word)
        if titled is None or sex in (None, titled):
            return self._fullest(group.names[0], at, False)
        if group.first > at:
            return word
        if titled == "f" and given_gender(group.names[0][0]) == sex == "m" and (title := self._own_title(word, at)):
            return f"{title[0]} {word}"  # `Mrs Smith` after Tom Smith: his wife, say, no one a man's given name names
            # (but `Mr Sharon` is Ariel Sharon, whatever the lexicon makes of Ariel)
        return self._fullest(group.names[0], at, False)

    def _by_first_surname(self, word: str) -> list[NameMention]:
        """`Ms. Acosta` for Melba Acosta Febo, `Mr. García` for Gabriel García Márquez, `Lula` for Luiz Inácio Lula
        da Silva: the one full name of three words or more whose second-last word (before a particle, the one
        before it) is the lone word, when it is no given name."""
        if given_name(word):
            return []
        found = list(self._full_by_second_last.get(word, ()))
        return found if len({m.words for m in found}) == 1 else []

    def _misspelt(self, word: str) -> NameMention | None:
        """`Mr Montieth` in a story about David Monteith, `Daveport` in one about Lindsay Davenport: a
        lone surname no one bears, one slip (two letters swapped, one left out) from the surname of the
        one person the document names in full with it; never a given name (`Mark` is no Mr Marks)."""
        if len(word) < _SLIPPED_LENGTH or given_name(word):
            return None
        if word not in self._slips:  # (asked at every mention of the word: each asking reads every full name
            low = word.lower()  # with its first and last letters)
            if self._ends is None:
                self._ends = defaultdict(list)
                for surname in self.full:
                    self._ends[(surname[0], surname[-1])].append(surname)
            found = {m.words: m for surname in self._ends.get((low[0], low[-1]), ()) if _one_slip(low, surname)
                     for m in self.full[surname]}
            self._slips[word] = next(iter(found.values())) if len(found) == 1 else None
        return self._slips[word]

    def parent_of(self, child: str, sex: str) -> str | None:
        """The one of `sex` whose son or daughter the text names `child` as (`Angela Brown, 52, …. Her daughter, Chloe,
        22,`: Angela Brown is Chloe Brown's mother)."""
        self._family()
        if not any((m.title or "").lower() in ("son", "daughter") for m in self.mentions_of(child)):
            return None
        parents = {owner for _, owner, kin in self._kin_pairs if kin == child and self.gender(owner) == sex}
        return parents.pop() if len(parents) == 1 else None

    def parent_before(self, sex: str, at: tuple[int, int]) -> str | None:
        """The parent of `sex` in the latest two the text names as kin (`_latest_kin`), when the other is their son or
        daughter (`Tom Brown and his son Jack were rescued. ¶ the father said`)."""
        pair = self._latest_kin(at)
        if pair is None or self.gender(pair[1]) != sex:
            return None
        child = next((m for m in self.mentions_of(pair[2]) if m.at == pair[0]), None)
        return pair[1] if child and (child.title or "").lower() in ("son", "daughter") else None

    def kin_pair_before(self, at: tuple[int, int]) -> str | None:
        """The latest two the text names as kin (`_latest_kin`; `Liam Gallagher …. ¶ His brother Noel said`): whom
        `the pair` or `the brothers` stands for."""
        pair = self._latest_kin(at)
        return f"{pair[1]} and {pair[2]}" if pair else None

    def _latest_kin(self, at: tuple[int, int]) -> tuple[tuple[int, int], str, str] | None:
        """(position, owner, kin) of the latest two the text names as kin before `at`, no more than two paragraphs
        back."""
        self._family()
        pair = next(((pos, owner, kin) for pos, owner, kin in reversed(self._kin_pairs) if pos < at), None)
        return pair if pair and at[0] - pair[0][0] <= 2 else None

    def _family(self) -> dict[str, str]:
        """A given name alone after a word for a child or a sibling (`Mr Nogar's son Stephen`, `His
        brother Anil`), with the surname of the person named just before it: who shares it."""
        if self._families is None:
            self._families = {}
            named = []  # the people named so far: not a body, a place or a letter (`wrote on Instagram`, `on X`),
            for m in self.mentions:  # nor a word inside a quotation (`posted on X: "Biblical."`)
                if m.is_org or m.is_place or len(m.words) == 1 and len(m.words[0]) == 1 or m.in_quote \
                        or not (m.title or m.possessive or m.is_subject or given_name(m.words[0])):
                    continue  # (nor `Grand Slam` of `the 23-time Grand Slam champion`: no one's name)
                before = self._kin_owner(named, m.kin_of, m.para)
                opened_on = before is not None and m.kin_of in ("m", "f") and before.is_subject \
                    and self._opens_its_paragraph(before)
                more_kin = bool(named) and m.kin_of in ("m", "f") and _kin_alike(named[-1], m.kin_of)  # `His mother,
                # Caroline, said …. ¶ His father, Mark,`: the his goes back past her to the one they are both kin of
                if before is not None and len(m.words) == 1 and (m.title or "").lower() in _BLOOD \
                        and m.words[0] not in self._families \
                        and (m.para - before.para <= (_THEIR_REACH if m.kin_of == "t" or more_kin
                                                      else 2 if opened_on else 1)
                             or m.para - before.para <= _ALONE_REACH and all(
                                 self._sex_of(b) not in (m.kin_of, None) or b.words[-1] == before.words[-1]
                                 for b in named)):  # (the story's one man, or woman, so far, however named: `… paid
                    # to the radio presenter Steve Wright, who has died`) `Andy
                    # Murray has retired. ¶ "…," the champion said. ¶ His mother, Judy,`: the kin of one a paragraph
                    # opened on, a paragraph past
                    owner = self.canonical(before.words, before.at)
                    if (" " in owner or HONORIFICS.get((before.title or "").lower())) \
                            and surname_sex(owner.rsplit(" ", 1)[-1]) in (None, role_gender(m.title)):  # (not `Jas
                        # Kaur` for `Harbans Kaur …. ¶ Her grandson, Jas,`: a woman's surname)
                        self._families[m.words[0]] = f"{m.words[0]} {owner.rsplit(' ', 1)[-1]}"
                        self._kin_pairs.append((m.at, owner, self._families[m.words[0]]))
                        if " " in owner and not self._a_wife_titled(owner, m) \
                                and self._sex_of(before) not in (None, role_gender(m.title)) \
                                and (titled := self._kin_titled(m, before)):  # `Sue Smith died. ¶ Her son, Mark,
                            self._kin_titled_alone[titled.rsplit(" ", 1)[-1]] = titled  # said …. ¶ Mr Smith said`:
                            # Mark Smith, as a husband would be
                elif len(m.words) == 1 and (m.kin_of in ("m", "f") or (m.title or "").lower() in _SPOUSES) \
                        and m.words[0] not in self._families \
                        and (owner := self._kin_owner([b for b in named if len(b.words) > 1], m.kin_of, m.para)) \
                        and (m.kin_of in ("m", "f") or _owns_kin_after(owner, m)) \
                        and m.para - owner.para <= _THEIR_REACH and (spouse := self._kin_titled(m, owner)):
                    self._families[m.words[0]] = self._kin_titled_alone[spouse.rsplit(" ", 1)[-1]] = spouse
                named.append(m)
        return self._families

    def _opens_its_paragraph(self, m: NameMention) -> bool:
        """Whether the mention opens its paragraph, or its first sentence's main clause after an opening phrase
        (`Sitting in her kitchen in Salford, Joan Harris, 81, shows me …`)."""
        if m.start == 0:
            return True
        text = self.common.paragraphs[m.para] if self.common is not None else ""
        described = _DESCRIBED_OPENING.fullmatch(text, 0, m.start)  # `Hill farmer John Atkinson, whose family …,`
        return described is not None and people_word(described.group(1)) \
            or text.endswith(", ", 0, m.start) and not _SENTENCE_BREAK.search(text, 0, m.start)

    def _a_wife_titled(self, owner: str, kin: NameMention) -> bool:
        """Whether `kin` is a daughter or a sister and the text titles a woman of `owner`'s surname `Mrs`: a wife's
        title, which no daughter of the family bears (`Their daughter, Chelsea,` is no `Mrs. Clinton`)."""
        surname = owner.rsplit(" ", 1)[-1]
        return role_gender(kin.title) == "f" and any(
            (m.title or "").lower().rstrip(".") == "mrs" and m.words[-1] == surname for m in self.mentions)

    def _kin_titled(self, kin: NameMention, owner: NameMention) -> str | None:
        """`Dr Priya Shah …. ¶ Her husband, Raj, said …. ¶ Mr Shah said`: a husband or wife (or a son, a daughter,
        a brother …) named by a given name alone shares the surname of the one whose relation they are, when the text
        titles that surname alone only with the relation's sex, which is not the owner's: Raj Shah (whom `Mr Shah`
        stands for, not Priya Shah)."""
        sex = role_gender(kin.title) if (kin.title or "").lower() in _SPOUSES | _BLOOD else None
        name = self.canonical(owner.words, owner.at)
        if sex is None or " " not in name:
            return None
        surname = name.rsplit(" ", 1)[-1]
        both = self._lone_titles.get(surname, set()) >= {"m", "f"}  # `Mrs Lee said …. ¶ Mr Lee added`: each theirs
        if self._titled_gender(surname) != sex and not both or kin.kin_of == sex \
                or given_gender(name.split(" ", 1)[0]) == sex:
            return None  # (`Her husband`; not Raj Shah's)
        if both:
            self._spouses_sex[surname] = sex
        return f"{kin.words[0]} {surname}"

    def _kin_owner(self, named: list[NameMention], kin_of: str, para: int) -> NameMention | None:
        """Whose relation a given name alone in paragraph `para` is, of the people `named` so far: the latest of the
        sex `His` or `Her` gives (`His sister, Amy`: no woman's), or the subject of that sex its paragraph opened on
        when the latest is an object in an earlier paragraph (`Aarav Shah defeated Peter Svidler.` ¶ `His father,
        Rajesh`: Aarav's); the latest named in full for `Their` (`Their son Gareth`: the parents'), else the
        latest."""
        if kin_of == "t":
            return next((b for b in reversed(named) if " " in self.canonical(b.words, b.at)), None)
        if not kin_of:
            return named[-1] if named else None
        latest = next((b for b in reversed(named) if self._sex_of(b) in (kin_of, None)
                       and not _kin_alike(b, kin_of)), None)  # (not `His mother, Caroline,` before `His father,
        # Mark`: kin of the same his)
        if latest is not None and self._sex_of(latest) is None and (latest.office or latest.title):
            known = next((b for b in reversed(named) if self._sex_of(b) == kin_of and not _kin_alike(b, kin_of)), None)
            latest = known if known is not None and para - known.para <= 2 else latest  # `Ann Clarke, 45, poisoned
            # her husband. ¶ Detective Inspector Lee Moss said …. ¶ Her son, Daniel,`: hers, of the sex `Her` gives,
            # over one of no sex known whom the text titles by their work (not `Svidler, a former Russian champion,`)
        if latest is None or latest.is_subject or latest.para == para:
            return latest
        opener = next((b for b in itertools.takewhile(lambda b: b.para >= latest.para, reversed(named))
                       if b.para == latest.para and b.start == 0), None)
        return opener if opener is not None and opener.is_subject and self._sex_of(opener) in (kin_of, None) \
            else latest

    def _sex_of(self, m: NameMention) -> str | None:
        """The sex a mention's honorific or, for a full name, its given name gives (`Mr Nogar`, `Jane Lee`)."""
        return HONORIFICS.get((m.title or "").lower()) or (self._full_sex(m) if len(m.words) >= 2 else None)

    def _own_title(self, word: str, at: tuple[int, int]) -> tuple[str, str] | None:
        """The honorific of the lone surname named at `at` (or just after, past the honorific) and
        the sex it gives: (`Mrs`, `f`)."""
        m = next((m for m in self._lone.get(word, ()) if m.para == at[0] and at[1] <= m.start <= at[1] + _TITLE_REACH),
                 None)
        sex = HONORIFICS.get((m.title or "").lower()) if m is not None else None
        return (m.title, sex) if sex else None

    def _titled_gender(self, word: str) -> str | None:
        """The gender the honorifics before a lone surname give it, when they agree (`Mr. Obama`)."""
        genders = self._lone_titles.get(word, set())
        return next(iter(genders)) if len(genders) == 1 else None

    def _by_first_name(self, word: str, at: tuple[int, int]) -> NameMention | None:
        """`Serena` for Serena Williams, `Merrill` for Merrill Lynch: the one full name that opens
        with the word, named before `at` unless the word is a given name, `at` the headline or the
        surname named more than once (`Azmat` for Azmat Begg, as Moazzam Begg and Mr Begg are), but not
        for a relative named so (`his son Nick` is no Nick Vaughan named later); not an event named
        after it (`Bafta` is not the Bafta Awards), nor a product named later (`Yahoo` is not Yahoo
        Messenger)."""
        found = {m.words: m for m in self._full_by_first.get(word, ())
                 if m.words[-1].lower() not in _EVENTS
                 and (m.at <= at or at[0] == 0 or given_name(word) and not self._goes_alone(word, at)
                      and word not in self._kin or len(self.full[m.words[-1].lower()]) > 1)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _goes_alone(self, word: str, at: tuple[int, int]) -> bool:
        """A given name the story has used alone, outside the headline, more than once before `at`:
        someone known so (`Charles said he and his wife-to-be …`), not a full name named later
        (Charles Kennedy)."""
        return sum(1 for m in self._lone.get(word, ()) if 0 < m.para and m.at < at) > 1

    def gender(self, canonical: str) -> str | None:
        """m, f, or None when the evidence is missing or split."""
        votes = self._genders.get(canonical)
        if not votes:  # `Harvey Weinstein's spokeswoman`; but `Billie Jean King` is no king
            if " of " in canonical and (words := canonical.split(" ", 2))[1] == "of":
                return role_gender(words[0])  # `Duchess of Sussex`
            return role_gender(canonical) if canonical.rsplit(" ", 1)[-1][:1].islower() else None
        (top, count), *rest = votes.most_common(2) + [(None, 0)]
        return top if count > rest[0][1] else None

    def introduced_in(self, para: int) -> list[str]:
        """The people the paragraph names for the first time with an appositive saying who they
        are (`Henry Crespo, president of …`), last first: a reporter's new source."""
        if self._introduced is None:
            self._introduced = defaultdict(list)
            seen: set[str] = set()
            for m in self.mentions:
                if m.described or len(m.words) >= 2:
                    name = self.canonical(m.words, m.at)
                    if m.described and name not in seen and not m.is_org and not m.in_quote:
                        self._introduced[m.para].insert(0, name)
                    seen.add(name)
        return self._introduced.get(para, [])

    def holder(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """The one person the document titles with this office before `at` (`Prime Minister Tony
        Blair`, `Tony Blair, the prime minister,` for `the prime minister`); None when none or several."""
        if office not in self._holders:  # (each office's holders found once: a long document asks often)
            self._holders[office] = self._office_holders(office)
        for holders in self._holders[office]:
            found = {name for where, name in holders[:bisect_left(holders, (at, ""))]}
            if found:
                return found.pop() if len(found) == 1 else None
        return None

    def titled_alone(self, office: str, at: tuple[int, int]) -> str | None:
        """The one person named before `at` with a title that writes out `office` (`State Sen. Mark Johnson` for
        `the senator`), when the text gives that office to no one else, titled or described."""
        titled = {self.canonical(m.words, m.at) for m in self._latest_first(at) if not m.is_org and (
            _title_for_office(m.title or "", office) or any(held and _holds(held, (office,))
                                                            for held in (m.office, m.set_off)))}
        return titled.pop() if len(titled) == 1 else None

    def _office_holders(self, office: tuple[str, ...]) -> tuple[list, list]:
        """(position, canonical) of the mentions titled with `office`, and, for an office of one word, of
        those titled with it and a surname alone (`President Obama`, even inside a quotation, for `the
        president`; not `World Bank President Jim Yong Kim`), each in order."""
        if self._officed is None:
            self._officed = [m for m in self.mentions if m.office or m.set_off]
        titled = sorted((m.at, self.canonical(m.words, m.at)) for m in self._officed
                        if any(held and _holds(held, office) for held in (m.office, m.set_off)))
        if _police_description(office):  # `the detective`, `the officer`: the one person a police rank titles
            titled = sorted({*titled, *((m.at, self.canonical(m.words, m.at)) for m in self.mentions
                                        if not m.is_org and _police_ranked(m))})
        by_title = sorted((m.at, self.canonical(m.words, m.at)) for m in self.mentions
                          if len(office) == 1 and not m.is_org and (not m.office or _academic(m.title))
                          and (len(m.words) == 1 or (m.title or "").lower() in _RANKS_ABBREVIATED
                               or _academic(m.title))  # (`Sgt Tom Lee` for `the sergeant`, `obesity expert Dr Tom
                          # Hart` for `the doctor`; `Sen. Bernie Sanders` is one senator of many)
                          and _title_for_office(m.title or "", office[0]))
        return titled, by_title

    def read_as_body(self, name: str) -> bool:
        """Whether the name finder read a mention written `name` as a body's."""
        if self._bodies_written is None:
            self._bodies_written = {" ".join(m.words) for m in self.mentions if m.is_org}
        return name in self._bodies_written

    def latest_event_before(self, at: tuple[int, int]) -> tuple[tuple[int, int], str, str] | None:
        """The last of `events_before(at)`, found from the end."""
        if self._events is None:
            self._events = self._people_events()
        positions, events = self._events
        for k in range(bisect_left(positions, at) - 1, -1, -1):
            pos, name, kind, in_quote = events[k]
            if not in_quote:
                return pos, name, kind
        return None

    def events_before(self, at: tuple[int, int], quoted: bool = False, since: int = 0):
        """(position, canonical, kind) of people named before `at` (outside quotations unless
        `quoted`), from paragraph `since` on; kind is speaker (subject of a speech verb), subject or mention."""
        if self._events is None:
            self._events = self._people_events()
        positions, events = self._events
        first = bisect_left(positions, (since, 0)) if since else 0
        return ((pos, name, kind) for pos, name, kind, in_quote in events[first:bisect_left(positions, at)]
                if quoted or not in_quote)

    def _people_events(self) -> tuple[list, list]:
        events = []
        for m in self.mentions:
            if not m.is_org and not (self.outlets and self.outlet(m.words)):
                speaker = m.before_cue and not m.adverbial  # not `he supported them when Mr Blunkett argued`
                acts = m.is_subject and not m.subordinate or m.possessive and m.source  # `James Comey's statement`
                kind = "speaker" if speaker else "subject" if acts else "mention"
                events.append((m.at, self.canonical(m.words, m.at), kind, m.in_quote))
        return [e[0] for e in events], events

    def mentions_of(self, canonical: str) -> list[NameMention]:
        """The mentions whose fullest name, seen from where they stand, is `canonical`."""
        if self._by_canonical is None:
            self._by_canonical = defaultdict(list)
            for m in self.mentions:
                self._by_canonical[self.canonical(m.words, m.at)].append(m)
        return self._by_canonical.get(canonical, [])

    def outlet(self, words: tuple[str, ...]) -> str | None:
        """The full name of the publication or programme these words name, if the document calls
        one so (`PC Pro magazine`): `PC Pro` for (PC, Pro) or (Pro,); `Washington Post` for (Post,)."""
        full = self.outlets.get(words[-1].lower()) if self.outlets and words else None
        if full is None and len(words) == 1:
            full = self._papers.get(words[0].lower())
        return full if full is not None and full.endswith(" ".join(words)) else None

    def _latest_first(self, at: tuple[int, int]):
        """The mentions named before `at`, latest first: from `at` back, not from a long document's end."""
        if not self._in_order:
            return (m for m in reversed(self.mentions) if m.at < at)
        return itertools.islice(reversed(self.mentions), len(self.mentions) - bisect_left(self._ats, at), None)

    def mentions_between(self, para: int, start: int, end: int) -> list[NameMention]:
        """The mentions paragraph `para` makes outside quotations between offsets `start` and `end`."""
        return [m for m in self.named_between(para, start, end) if not m.in_quote]

    def named_between(self, para: int, start: int, end: int):
        """The mentions paragraph `para` makes between offsets `start` and `end`, quoted or not, in order."""
        return (m for m in self._in_para.get(para, ()) if start <= m.start < end)

    def named_within(self, para: int, start: int, end: int, speakers: bool = True) -> frozenset[str]:
        """The people named as a subject (of a speech verb too, unless not `speakers`) between
        `start` and `end` of paragraph `para`, or by their given name alone (`a quiet word with
        Olof`: no one calls themselves so)."""
        named = ((m, self.canonical(m.words, m.at)) for m in self.named_between(para, start, end)
                 if not m.is_org and (speakers or not m.before_cue) and (m.is_subject or len(m.words) == 1))
        return frozenset(name for m, name in named if m.is_subject or _first_name_of(m.words, name))

    def mentioned_within(self, para: int, start: int, end: int) -> frozenset[str]:
        """The people named in any role between `start` and `end` of paragraph `para`."""
        return frozenset(self.canonical(m.words, m.at) for m in self.named_between(para, start, end) if not m.is_org)

    def set_off_within(self, para: int, start: int, end: int) -> frozenset[str]:
        """The people named between `start` and `end` of paragraph `para` by a name no lowercase
        word runs on from (`called Rubio "…"`, `told Smith:`, `Christie's endorsement`), which a
        pronoun before them cannot stand for; but `an insult to Carson supporters` may be his."""
        return frozenset(self.canonical(m.words, m.at) for m in self.named_between(para, start, end)
                         if not m.runs_on and not m.is_org)

    def people_before(self, para: int, end: int) -> dict[str, NameMention]:
        """The people paragraph `para` names outside quotations before `end`, as canonical -> the
        latest mention; none when one of them is named in a subordinate clause (`As Blumenthal
        spoke, the NRA was …`) or a body is a subject there."""
        named = [m for m in self.named_between(para, 0, end) if not m.in_quote]
        if any(m.subordinate or m.adverbial or m.is_org and m.is_subject for m in named):
            return {}
        return {self.canonical(m.words, m.at): m for m in named if not m.is_org}

    def peer_titled(self, canonical: str) -> str:
        """`Lord Falconer`, `Baroness Scotland` for the one-word name a peer is known by, which is
        not a name without the title, and so `Pope Francis`, `Prince Charles`, `Mother Teresa`, `Sir
        Ian` when the text gives no fuller name; any other name unchanged."""
        if self._peers is None:
            self._peers = {}
            for m in self.mentions:
                if m.title and len(m.words) == 1 and m.title.lower() in _KNOWN_BY_TITLE and m.title[0].isupper() \
                        and not m.is_org:
                    canonical_of = self.canonical(m.words, m.at)
                    if " " not in canonical_of:  # not `Lord Neil Kinnock`
                        self._peers.setdefault(canonical_of, m.title)
                elif m.title == "Justice" and len(m.words) == 1 and not m.is_org and self.common is not None \
                        and (style := _JUDGES_STYLE.search(self.common.paragraphs[m.para], max(0, m.start - 6),
                                                           m.start + 14)) \
                        and " " not in (canonical_of := self.canonical(m.words, m.at)):
                    self._peers.setdefault(canonical_of, f"{style.group(1)} Justice")  # `Mrs Justice Steyn`: a
                    # High Court judge's style, not a name without it
                elif m.title and len(m.words) == 2 and m.title.lower() in _KNOWN_BY_TITLE and _REGNAL.fullmatch(
                        m.words[1]) and not m.is_org:
                    self._peers.setdefault(" ".join(m.words), m.title)  # `Pope Leo XIV`: a regnal name's number
        title = self._peers.get(canonical)
        return f"{title} {canonical}" if title else canonical

    def with_generation(self, canonical: str) -> str:
        """`Donald Trump Jr.`, `Joseph R. Biden Jr.`: the name with the generation's suffix the text
        writes it with, which its canonical form leaves off so that `Mr. Biden` finds it; any other
        name unchanged."""
        if self._generations is None:
            self._generations = {}
            for m in self.mentions:
                if m.junior and not m.words[-1].endswith(m.junior) and not m.is_org:
                    self._generations.setdefault(self.canonical(m.words, m.at), m.junior)
        suffix = self._generations.get(canonical)
        return f"{canonical} {suffix}" if suffix else canonical

    def related(self, canonical: str) -> bool:
        """Named as someone's relation (`his wife, Sandra`, `Trump's son Eric`): a he or she the
        text introduces to speak."""
        if self._related is None:
            self._related = {self.canonical(m.words, m.at) for m in self.mentions if m.title in RELATIONS}
        return canonical in self._related

    def relations(self, canonical: str) -> set[str]:
        """The words for kin the text names `canonical` with (`daughter` of `her daughter Chloe`), in lowercase."""
        return {m.title.lower() for m in self.mentions_of(canonical) if m.title and m.title.lower() in RELATIONS}

    def introduced_as_kin(self, canonical: str) -> bool:
        """Named first as someone's relation (`Her father, Scott Swift,`; not `Rock star Ozzy Osbourne`, whom the
        text later calls `husband Ozzy`)."""
        first = self.mentions_of(canonical)[:1]
        return bool(first) and first[0].title in RELATIONS

    def subject_of_surname(self, surname: str, at: tuple[int, int]) -> str | None:
        """Of two or more people the text names with `surname`, the one last a subject outside
        quotations before `at` (`Venus, who …, beat Safina. "…," the elder Williams said`, after
        Serena Williams); None when the text names one such person, or none is a subject."""
        people, subject = set(), None
        for m in self.mentions:
            if m.at >= at:
                break
            if m.is_org or m.in_quote:
                continue
            name = self.canonical(m.words, m.at)
            if surname_of(name) == surname:
                people.add(name)
                subject = name if m.is_subject else subject
        return subject if len(people) >= 2 else None

    def named_as(self, relation: str, at: tuple[int, int], paragraphs: int) -> str | None:
        """The person named last as this relation (`Nogar's son Stephen` for `son`) outside
        quotations before `at`, in its paragraph or the few before."""
        if relation not in RELATIONS:
            return None
        for m in reversed(self.mentions):
            if m.at < at and at[0] - m.para <= paragraphs and not m.in_quote and m.title == relation:
                return self.canonical(m.words, m.at)
        return None

    def holds(self, canonical: str, office: tuple[str, ...]) -> bool | None:
        """Whether the text titles this person with an office of the same name and rank as
        `office` (`Archbishop Desmond Tutu` for `the South African archbishop`, not `shadow
        chancellor Oliver Letwin` for `the chancellor`); None when it titles them with none."""
        offices = self._offices_of(canonical)
        if office[-1] not in RACERS:  # a race goes with an office (a senator running), not with another race
            offices = {held for held in offices if not _held_beside(held)}
        if not offices:
            return None
        return any(_same_office(held, office) for held in offices)

    def held_formerly(self, canonical: str) -> bool:
        """Whether every office the text titles this person with is a former one (`Former Manchester United
        captain Gary Neville`)."""
        offices = self._offices_of(canonical)
        return bool(offices) and all(held[0] in ("former", "ex") for held in offices)

    def _offices_of(self, canonical: str) -> set[tuple[str, ...]]:
        """The offices the text titles this person with or sets off beside them (`Tory leader Michael
        Howard`, `The Tory leader, Michael Howard,`), each person's found once."""
        if canonical not in self._offices:
            self._offices[canonical] = {held for m in self.mentions_of(canonical) for held in (m.office, m.set_off)
                                        if held}
        return self._offices[canonical]

    def titled_as(self, canonical: str, head: str) -> bool:
        """Whether the text titles this person with the office `head` (`senator` for `Sen. Marco Rubio`)."""
        return any(_TITLE_WORDS.get(role, role) == head for role in self.roles(canonical))

    def is_described(self, canonical: str) -> bool:
        """Whether an appositive anywhere says who this person is (`Henry Crespo, president of …`)."""
        return any(m.described for m in self.mentions_of(canonical))

    def called_by_surname(self, canonical: str) -> bool:
        """`Tigisen Rufofir …. Rufofir ran in Birmingham`: a full name whose last word alone is a
        subject somewhere, as a person's surname is (a body is not called by its last word)."""
        if self._by_surname is None:
            full = ((m.words[0], self.canonical(m.words, (m.para, m.start))) for m in self.mentions
                    if len(m.words) == 1 and m.is_subject and not m.is_org)
            self._by_surname = {name for word, name in full if name != word and name.rsplit(" ", 1)[-1] == word}
        return canonical in self._by_surname

    def given_an_office(self, canonical: str) -> bool:
        """`Treasury Secretary Sidukon Snow`: a person the text gives an office or a role, whatever
        the given name (not a title alone: `Mr`)."""
        return any(word in ROLE_WORDS or word.rsplit("-", 1)[-1] in ROLE_WORDS  # `co-chairman`, `vice-president`
                   for word in self.roles(canonical) | self.set_off(canonical))

    def set_off(self, canonical: str) -> set[str]:
        """The words of the offices appositives set off beside this person's name (`The shadow foreign secretary,
        Bode Mibin,`, `Dan Ives, an analyst at Wedbush,`)."""
        if self._set_off is None:
            self._set_off = defaultdict(set)
            for m in self.mentions:
                if m.set_off and not m.is_org:
                    self._set_off[self.canonical(m.words, m.at)].update(m.set_off)
        return self._set_off.get(canonical, set())

    def ordinary_people(self, head: str = "") -> frozenset[str]:
        """The people the text sets off or titles as an ordinary person and titles with nothing else (`Tom Brown, a
        resident,`, `Ann Lee, 45, a local mum,`, `One student, Amir Khan,`, `Retired teacher Pat Ellis`): no one an
        office's epithet stands for; none, when the epithet's `head` is an ordinary person's word too (`the
        teacher`)."""
        if head in _ORDINARY_WORDS:
            return frozenset()
        if self._ordinary is None:
            paragraphs = self.common.paragraphs if self.common is not None else ()
            ordinary = {self.canonical(m.words, m.at) for m in self.mentions
                        if paragraphs and not m.is_org and not m.set_off
                        and self._ordinary_word(m, paragraphs[m.para]) in _ORDINARY_WORDS}
            self._ordinary = frozenset(name for name in ordinary if self.roles(name) <= _ORDINARY_WORDS
                                       | _ORDINARY_QUALIFIERS)  # (not titled elsewhere)
        return self._ordinary

    @staticmethod
    def _ordinary_word(m: NameMention, text: str) -> str:
        """The lowercase word a mention is titled or set off with, when it may be an ordinary person's: after the name
        (`, a resident,`), before it (`One student, `, `Retired teacher `, `Parent `), or its title (`Student`); else
        ""."""
        if m.office or m.title:
            return m.office[-1] if m.office else m.title.lower()
        if (first := text[m.start:m.end].split(maxsplit=1)[0]) != m.words[0]:
            return first.lower()  # `Parent Kirsty Reid`: a word the name finder cut off
        found = m.described and _SET_OFF_ORDINARY.match(text, m.end) \
            or _ORDINARY_BEFORE.search(text, max(0, m.start - 40), m.start)
        return next(word for word in found.groups() if word).lower() if found else ""

    def set_off_as(self, head: str, at: tuple[int, int]) -> set[str]:
        """The people an appositive whose last word is `head` sets off before `at` (`Ann Lee, a surgeon in Leeds,`)."""
        if self._set_off_heads is None:
            self._set_off_heads = [(m.at, m.set_off[-1], self.canonical(m.words, m.at)) for m in self.mentions
                                   if m.set_off and not m.is_org]
        return {name for where, word, name in self._set_off_heads if word == head and where < at}

    def roles(self, canonical: str) -> set[str]:
        """The lowercase titles and offices the text gives this person (`manager` for `manager Jose Mourinho`)."""
        if self._roles is None:
            self._roles = defaultdict(set)
            for m in self.mentions:
                if m.title or m.office:
                    self._roles[self.canonical(m.words, m.at)].update(m.role_words)
        return self._roles.get(canonical, set())

    def titled(self):
        """Every person the text gives a title or an office (the keys of `roles`)."""
        self.roles("")
        return self._roles.keys()

    def owns_people(self, canonical: str) -> bool:
        """`Arsenal's Sol Campbell`: a one-word name of no known gender that owns a person's full
        name, a club or a body, is no person an epithet stands for."""
        return canonical in self._owned_people() and not self.gender(canonical)

    def people_owned_by(self, owner: str, at: tuple[int, int]) -> set[str]:
        """The people named before `at` whose full names the one-word name `owner` (any case) owns:
        `Satya Nadella` for `microsoft` in `Microsoft's Satya Nadella`."""
        return {person for owns, owned in self._owned_people().items() if owns.lower() == owner
                for where, person in owned if where < at}

    def owners_of(self, person: str) -> set[str]:
        """The one-word names (lowercase) that own the person's full name: {`snp`} for Nicola Sturgeon in
        `The SNP's Nicola Sturgeon`."""
        return {owns.lower() for owns, owned in self._owned_people().items() if any(p == person for _, p in owned)}

    def _owned_people(self) -> dict[str, list[tuple[tuple[int, int], str]]]:
        """Each one-word possessive name and (position, canonical) of the full names it owns (`Arsenal's Sol
        Campbell`), read once."""
        if self._owners is None:
            after = {(m.para, m.start): m for m in self.mentions}
            self._owners = defaultdict(list)
            for m in self.mentions:
                owned = after.get((m.para, m.end + 1)) if m.possessive and len(m.words) == 1 else None
                if _owns_person(owned):
                    self._owners[self._name_of(m)].append((owned.at, self.canonical(owned.words, owned.at)))
        return self._owners

    def may_be_body(self, canonical: str) -> bool:
        """`Turkcell`, `Multiplex`: one word, never titled, with no gender: a body the text did not
        mark as one may be what a later `it` stands for; so may a name the text sets beside a word
        for a business (`housebuilder George Wimpey`)."""
        return " " not in canonical and self._unmarked(canonical) or self.labelled_body(canonical)

    def labelled_body(self, canonical: str) -> bool:
        """The text sets this name beside a word for a business or body (`water firm Aguas
        Argentinas`, `housebuilder George Wimpey`)."""
        return any(m.label in BODY_NOUNS and not m.possessive and self._name_of(m) == canonical
                   for m in self.mentions if m.label)  # not `Scott's company`

    def orgs_before(self, at: tuple[int, int], bodies_only: bool = False, para: int | None = None):
        """Organisations named before `at`, latest first; with `bodies_only`, not places; with
        `para`, only in that paragraph."""
        for m in reversed(self.mentions):
            if para is not None and m.para < para:
                break
            if m.at < at and m.is_org and not (bodies_only and (m.in_quote or m.is_place)):
                yield self._fuller_body(m)

    def latest_body_ending(self, words: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """The latest body named outside quotations before `at` whose longer name ends in these
        lowercase words: `Making Decisions Alliance` for (alliance,), `Welsh Assembly Government`
        for (assembly, government)."""
        return next(self._bodies_ending(words, at), None)

    def sole_body_ending(self, words: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """The one body named outside quotations before `at` whose longer name ends in these
        lowercase words (`European Commission` for (commission,)), or else opens on them and `of` or `for`
        (`Bank of England` for (bank,)); None when none or several."""
        found = set(self._bodies_ending(words, at)) or set(self._bodies_opening(words, at))
        return found.pop() if len(found) == 1 else None

    def _bodies_opening(self, words: tuple[str, ...], at: tuple[int, int]):
        """The bodies named before `at` whose names open on these lowercase words and `of` or `for` (`Bank of
        England` for (bank,), `Department for Education` for (department,)), when none ends on them."""
        return (name for where, lowered, name in self._body_names() if where < at
                and lowered[len(words):len(words) + 1] in (("of",), ("for",)) and lowered[:len(words)] == words)

    def _body_names(self) -> list[tuple[tuple[int, int], tuple[str, ...], str]]:
        """(where, lowercase words, name) of each body named outside quotations, in order."""
        if self._bodies is None:  # (each body's name read once: a long document asks often)
            paragraphs = self.common.paragraphs if self.common is not None else ()
            self._bodies = [(m.at, tuple(w.lower() for w in name), " ".join(name)) for m in self.mentions
                            if not m.in_quote and m.is_org and not m.is_place
                            for name in [(_saints_before(paragraphs[m.para], m.start) if paragraphs else "").split()
                                         + self._body_name(m).split()]]  # (`St Mary's Primary School`, whole)
        return self._bodies

    def _bodies_ending(self, words: tuple[str, ...], at: tuple[int, int]):
        """The bodies named outside quotations before `at` whose longer names end in `words`, latest first; or, for
        two words or more, end in the last and hold the others in order (`UK Health Security Agency` for (health,
        agency))."""
        for where, lowered, name in reversed(self._body_names()):
            if where < at and len(lowered) > len(words) and (lowered[-len(words):] == words or len(words) >= 2 and (
                    lowered[-1] == words[-1] and _in_order(words[:-1], lowered[:-1]))):
                yield name

    def body_named(self, words: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """The body these words name (`Continental` for `Continental Airlines`), if the text names
        it with them before `at`, outside quotations, and names no other body since (not after
        `Wal-Mart …`, then `a British Medical Journal article …. the company`): not a place, an
        ordinary word (`Weak end-of-year sales …`) or a person of known gender or with a given name
        (`Laura Ashley`)."""
        found = None
        for m in self.mentions:
            if m.at >= at:
                break
            if m.words[:len(words)] == words and not m.in_quote and not m.is_place and (m.is_org or self.gender(
                    self.canonical(m.words, m.at)) is None and not given_name(words[0])):
                found = m
        name = self._name_of(found) if found is not None else None
        if name is None or self.ordinary_word(name) or self.other_bodies_between(found.at, at, name, any_body=True):
            return None
        return name

    def _name_of(self, m: NameMention) -> str:
        """The canonical name of a mention: a body's whole name, else the fullest name seen from it."""
        return self._body_name(m) if m.is_org else self.canonical(m.words, m.at)

    def body_in_sentence(self, para: int, text: str, end: int) -> str | None:
        """The latest body named outside quotations in the sentence of paragraph `para` (its `text`)
        that runs up to offset `end`: a place only before a word for a body (`the United board`)."""
        for m in reversed(self.mentions_between(para, sentence_start_in(text, end), end)):
            after = _NEXT.match(text, m.end)
            body_word = after is not None and after.group(1).lower() in _BODY_OR_ORG_WORDS
            if m.is_org and (not m.is_place or body_word):
                return self._fuller_body(m)
        return None

    def _fuller_body(self, m: NameMention) -> str:
        """A body's whole name, or for a word for a body alone (`the Bank`), the one longer name before it
        that ends on it or opens on it and `of` (`Bank of England`)."""
        if len(m.words) == 1 and m.words[0].lower() in ORG_WORDS:
            return self._owners_body(m) or self.sole_body_ending((m.words[0].lower(),), m.at) or self._body_name(m)
        if len(m.words) == 1 and m.words[0].lower() in CLUB_ENDINGS:
            return self.canonical(m.words, m.at, is_org=True)  # `the United board` after `Manchester United`
        return self._body_name(m)

    def _owners_body(self, m: NameMention) -> str | None:
        """`Information Commissioner's Office` for `Office` right after the possessive `Information Commissioner's`:
        an office named for the one who holds it."""
        before = list(self.named_between(m.para, max(0, m.start - _OFFICE_REACH), m.start))
        owner = before[-1] if before else None
        if owner is None or not owner.possessive or owner.para != m.para or m.start - owner.end > 1:
            return None
        return f"{' '.join(owner.words)}'s {m.words[0]}"

    def _body_name(self, m: NameMention) -> str:
        """`British Chambers of Commerce`, `Bank of England`: the body's whole name."""
        tail = self._of_tails.get(id(m))
        return _written(m.words + ("of",) + tail if tail else m.words)

    def paper_before(self, at: tuple[int, int], depth: int = 0) -> str | None:
        """`the newspaper` after `the local Arab News said`, `an interview with the Financial Times`,
        `Spanish daily ABC`: the latest name of a paper, in this paragraph or the one before, or the one the paragraph
        before's own `the newspaper` stands for (`the Sunday Telegraph report added …` ¶ `the newspaper suggested …` ¶
        `The newspaper also claimed`)."""
        for m in reversed(self.mentions):
            if m.para < at[0] - 1:
                break
            if m.at < at and not m.in_quote and not m.is_place \
                    and (m.label in PRESS_WORDS and not self._after_an(m) or m.words[-1].lower() in _MASTHEADS):
                return self._name_of(m)  # (not `a Baton Rouge newspaper`: where it is)
        if self.common is None or at[0] < 2 or depth == _PAPER_CHAIN:
            return None
        before = _THE_PAPER.search(self.common.paragraphs[at[0] - 1])
        return self.paper_before((at[0] - 1, before.start()), depth + 1) if before else None

    def _after_an(self, m: NameMention) -> bool:
        return self.common is not None and _AN_BEFORE.search(self.common.paragraphs[m.para], 0, m.start) is not None

    def labelled_before(self, word: str, at: tuple[int, int]) -> tuple[tuple[int, int] | None, str | None]:
        """`the magazine` after `US magazine Rolling Stone`: (position, canonical) of the latest name
        outside quotations the text has set beside that word, not a place (`The South Yorkshire company`),
        nor a league before its member (`Premier League club`); the position is where the text names it last
        (`Scissor Sisters frontwoman` after `US band Scissor Sisters`, `Glasgow group Franz Ferdinand won …`)."""
        for m in self._latest_first(at):
            if m.label == word and not m.in_quote and not m.is_place and not _country_code(m.words) \
                    and not (word in _LEAGUE_MEMBERS and a_league(" ".join(m.words))) \
                    and not (word in PRESS_WORDS and self._after_an(m)):  # (not `a Baton Rouge newspaper`: where it
                # is; but `An IAAF statement` is the IAAF's)
                name = self._name_of(m)  # (not `UK` of `the worst UK airport`)
                last = next(n.at for n in self._latest_first(at)
                            if not n.in_quote and (n is m or self._name_of(n) == name))
                return last, name
        return None, None

    def other_bodies_between(self, start: tuple[int, int], end: tuple[int, int], body: str,
                             acting: bool = False, any_body: bool = False, label: str | None = None) -> bool:
        """Whether a name other than `body` that may be a body's (not a place, not a person of
        known gender or with a given name) stands between `start` and `end`: `Kraft's new label` after
        `PepsiCo said`, `In a statement from Lycos Europe` after `Netcraft found`, if it acts or owns
        there or anywhere in the document: not a product or a work (`Xbox consoles`, `one by Coldplay`);
        if `acting`, only one that acts or owns there (`Manchester United's response` after `club
        Manchester City`); with `any_body`, also one marked as a body that does neither. A part of the body
        named with its name first (`BBC One` after `the BBC`) is no other, nor, given the `label` a word stands
        for, a body of another kind by its name's last word (`Essex Police` for `the group`)."""
        for k, m in enumerate(self.mentions):
            if m.at <= start or m.in_quote:
                continue
            if m.at >= end:
                break
            if m.is_place or m.owned or (acting or m.numbered) and not _acts(m):
                continue  # not `its Sky+ boxes`, `Half-Life 2 keys`: a product
            if (m.office or m.set_off) and not m.is_org and (m.title or len(m.words) >= 2):
                continue  # `Boss Tufan Erginbilgic`, `HSBC chief executive Georges Elhedery`, `Its chief executive,
                # Georges Elhedery,`: a person the text gives an office, whatever their name
            if self.common is not None and posted_on(self.common.paragraphs[m.para], m):
                continue  # `Posting on Facebook, a spokesperson said`: where it was posted
            after = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
            if (m.possessive or _opens_the_office(m, after)) and _owns_an_office(m, after):
                continue  # `The EU's competition chief, Teresa Ribera, said`, `Ofwat chief executive David Black
                # said`: she acts, not the EU
            if label is not None and m.words[-1].lower() in KINDS_OF_BODY and m.words[-1].lower() != label:
                continue
            if m.listed and not _acts(m):
                continue  # `new technology, including the Video Relay Service, will be discussed`: an example
            name = self._name_of(m)
            if not _acts(m) and not (any_body and m.is_org) and name not in self.actors():
                continue  # `Xbox consoles`, `one by Coldplay`: a product or a work
            if name != body and not name.startswith(body + " ") \
                    and (m.is_org or not given_name(name.split()[0]) and self.gender(name) is None) \
                    and (m.possessive or not self.ordinary_word(name)):  # not `Growth is expected to slow.`
                return True
        return False

    def cued_at(self, pos: tuple[int, int]) -> bool:
        """Whether the name at `pos` is the subject right before a speech verb (`Tesco said`)."""
        return any(m.before_cue and not m.subordinate for m in self._at.get(pos, ()))

    def latest_actor(self, at: tuple[int, int], clause=None, avoid: str | None = None) -> str | None:
        """The person who last acted or owned before `at`, outside quotations (`Mr Howard insisted`,
        `Michael Howard's stance`); not one that `clause`, a test of a position, finds in a clause of
        time (`hours after Trump unleashed a flurry of tweets`), nor `avoid`."""
        owner = None  # `Hillary Clinton has a word for Donald Trump's plan`: an owner in the predicate gives way
        for m in self._latest_first(at):  # to the subject before it in the paragraph
            if owner is not None and m.para != owner.para:
                break
            if not m.in_quote and not m.is_org and _acts(m) and not (clause and clause(m.at)) \
                    and (avoid is None or self.canonical(m.words, m.at) != avoid):
                if m.is_subject or m.before_cue or m.source:
                    return self.canonical(m.words, m.at)
                owner = owner or m  # acts only by owning
        return self.canonical(owner.words, owner.at) if owner is not None else None

    def main_subject_before(self, at: tuple[int, int], since: tuple[int, int], agent, clause) -> str | None:
        """The person who is the latest main-clause subject or speaker between `since` and `at`,
        outside quotations (`Gordon Brown has made an appeal after reports claimed Mr Blair …` is
        Gordon Brown: not a subordinate, embedded or adverbial clause's subject, nor one that
        `clause`, a test of a position, finds in a clause of time: `speaking after Mr Blair spoke`),
        or whom `agent` (a test of a position) finds acting in a passive (`unveiled by David Blunkett`)."""
        timed = None  # one in a clause of time, if the sentence has no other
        for m in self._latest_first(at):
            if m.in_quote or m.is_org:
                continue
            if m.at < since:
                break
            main = (m.is_subject or m.before_cue) and not (m.subordinate or m.embedded or m.adverbial)
            if main and clause(m.at):
                timed = timed or self.canonical(m.words, m.at)
            elif main or agent(m.at):
                return self.canonical(m.words, m.at)
        return timed

    def actors(self) -> set[str]:
        """The names that act or own somewhere outside quotations: subjects, speakers, possessors."""
        if self._actors is None:
            self._actors = {self._name_of(m) for m in self.mentions if not m.in_quote and _acts(m)}
        return self._actors

    def subject_bodies_before(self, at: tuple[int, int], since: int, main_only: bool = False):
        """`Allianz said it did not know …. However, it said`, `The WTO said … .` then `It added`:
        (position, canonical) of the subjects named before `at` (from paragraph `since` on), latest
        first, that may be bodies: marked as one, or a name with no given name, title or gender and
        not a place."""
        for m in self._latest_first(at):
            if m.para < since:
                break
            speaks = m.is_subject or m.before_cue or m.source
            if m.in_quote or m.subordinate or m.embedded or not speaks or main_only and m.adverbial:
                continue  # with `main_only`, not `… when Sky was forced to pull out`
            if m.is_place:
                continue
            if m.is_org:
                yield m.at, self._fuller_body(m)
                continue
            name = self.canonical(m.words, m.at)
            if not given_name(name.split()[0]) and self._unmarked(name):
                yield m.at, name

    def _unmarked(self, canonical: str) -> bool:
        """Nothing marks this name as a person's: no gender, and no mention with a title or a `, who`
        after it (`Rihanna, who was honored …`)."""
        return self.gender(canonical) in (None, "n") and not self.marked_as_person(canonical)

    def named_twice(self, words: tuple[str, ...]) -> bool:
        """The document names a person with these words in full twice or more (`Chris Matthews`)."""
        return sum(m.words == words for m in self.full.get(words[-1].lower(), ())) >= 2

    def sexed_by_either_name(self, canonical: str) -> bool:
        """Whether the text gives this person a sex only by a given name that both sexes bear though the lexicon gives
        it one (`Sam`, `Alex`): no honorific, no word for a sex, no he or she after a mention."""
        first = canonical.split(" ", 1)[0].lower()
        return first in EITHER_SEX and " " in canonical and all(
            not m.pronoun and not m.next_pronoun and not HONORIFICS.get((m.title or "").lower())
            and role_gender(m.title or "") is None for m in self.mentions_of(canonical))

    def known_person(self, canonical: str) -> bool:
        """A person the text gives a sex, or a full name it marks as a person's (`Secretary Clinton`,
        `Gapik Rubio, who …`, `Harry M. Reid`) whatever the given name."""
        return self.gender(canonical) in ("m", "f") or " " in canonical and self.marked_as_person(canonical)

    def marked_as_person(self, canonical: str) -> bool:
        """A mention of this name has a title, an office (`The EU's competition chief, Margrethe Vestager`) or a
        `, who` after it (`Man-of-the-match Tigir Resemik, who kicked three penalties, …`), or a middle initial
        (`Harry M. Reid`)."""
        if self._marked is None:
            self._marked = {self.canonical(m.words, m.at) for m in self.mentions
                            if not m.is_org and (m.title or m.who_after or m.office or m.set_off
                                                 or any(map(middle_initial, m.words[1:-1]))
                                                 or m.role_after)}
        return canonical in self._marked

    def _vote_genders(self) -> dict[str, Counter]:
        votes: dict[str, Counter] = defaultdict(Counter)
        for m in self.mentions:
            if not m.is_org:
                canonical = self.canonical(m.words, m.at)
                counter = votes[canonical]
                for gender, weight in _evidence(m, canonical):
                    counter[gender] += weight
        return votes


_EVENTS = {"awards", "award", "cup", "championship", "championships", "festival", "prize", "trophy", "games",
           "open", "league", "series", "tour", "show", "conference", "summit"}


_GENERIC_MALE_ROLES = {"spokesman", "chairman", "congressman"}


def _acts(m: NameMention) -> bool:
    return m.is_subject or m.before_cue or m.source or m.possessive


_APPOSITIVE_REACH = 60  # characters an appositive may run to the relative it names: `, mother of victim `

_TITLE_REACH = 12  # characters an honorific and its space take before the surname: `Mrs `, `Sen. `


_SLIPPED_LENGTH = 5  # the shortest surname a slip of the pen is read through: not `Rice` for `Rise`


def middle_initial(word: str) -> bool:
    """`M.` in `Harry M. Reid`."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _held_beside(office: tuple[str, ...]) -> bool:
    """`Former Democratic candidate`, `ex-minister`, `GOP hopeful`: a race or a past office, which
    another office (`the Vermont senator`) may go with; or a relation to another's office (`His Russian
    counterpart, Vladimir Putin,` may be `the Russian leader`)."""
    return office[0] in _PAST_MARKERS or office[0].startswith("ex-") or office[-1] in RACERS \
        or office[-1] in _RELATIONAL_OFFICES


_RELATIONAL_OFFICES = frozenset({"counterpart", "predecessor", "successor"})


_PAST_MARKERS = frozenset({"former", "onetime", "one-time", "erstwhile", "then"})
RACERS = frozenset({"candidate", "nominee", "hopeful", "contender", "front-runner", "frontrunner"})  # what anyone
# running is, whatever office they hold


def _one_slip(written: str, surname: str) -> bool:
    """`montieth` for `monteith`, `daveport` for `davenport`: the same first and last letters and,
    between them, two letters swapped or one left out that no neighbour doubles (`Philips` is not
    `Phillips`, `Osbournes` not `Osbourne`)."""
    if written == surname or written[0] != surname[0] or written[-1] != surname[-1]:
        return False
    if len(written) == len(surname):
        diff = [i for i, (a, b) in enumerate(zip(written, surname)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and written[diff[0]] == surname[diff[1]] \
            and written[diff[1]] == surname[diff[0]]
    if len(surname) != len(written) + 1:
        return False
    i = next((i for i, (a, b) in enumerate(zip(written, surname)) if a != b), None)
    return i is not None and written[i:] == surname[i + 1:] and surname[i] not in (surname[i - 1], surname[i + 1])


def _fuller(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`Hillary Rodham Clinton` for `Hillary Clinton`, `Donald J. Trump` for `Donald Trump` (same
    first and last word, the rest in between); `Amanda A. Kostro Miller` for `Kostro Miller` (a
    surname of several words, not opening with a given name); `Robin van Persie` for `Van Persie`
    (a particle capitalised, as at a sentence's start or in a house style)."""
    tail = full[-len(short):]
    if tail == short and not given_name(short[0]):
        return True
    if len(short) >= 2 and short[0].lower() in NAME_PARTICLES and len(full) > len(short) \
            and tail[0] == short[0].lower() and tail[1:] == short[1:]:
        return True
    if full[0] != short[0] or full[-1] != short[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def _one_sex(sexes: set[str] | None) -> str | None:
    """m or f: the only sex the pronouns after a name's mentions give it."""
    return next(iter(sexes)) if sexes and len(sexes) == 1 else None


class _Ranked:
    """Full mentions in the text's order, summed up for questions about those before a position: where each
    name is given (`places`, indexes into `mentions`); with `holds`, the condition on the position under which
    they stand for the surname."""

    __slots__ = ("mentions", "ats", "places", "holds")

    def __init__(self, mentions: list[NameMention], holds=None):
        self.mentions = mentions
        self.ats = [m.at for m in mentions]
        self.places: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i, m in enumerate(mentions):
            self.places[m.words].append(i)
        self.holds = holds or (lambda at: True)

    def before(self, at: tuple[int, int], inclusive: bool = False) -> int:
        """How many are named before `at` (or at it)."""
        return bisect_right(self.ats, at) if inclusive else bisect_left(self.ats, at)


class _Group:
    """Full mentions sharing a surname, summed up: their names, each once in the order first named, the
    sexes they have, and the position first named."""

    __slots__ = ("names", "sexes", "first")

    def __init__(self, mentions: list[NameMention], sex_of):
        self.names = list(dict.fromkeys(m.words for m in mentions))
        self.sexes = {sex_of(m) for m in mentions}
        self.first = min((m.at for m in mentions), default=None)


def _evidence(m: NameMention, canonical: str):
    title = (m.title or "").lower()
    if HONORIFICS.get(title):
        yield HONORIFICS[title], 3
    elif title not in HONORIFICS and (title in FEMALE_WORDS or title in MALE_WORDS):  # `spokesman` is written for
        yield ("f" if title in FEMALE_WORDS else "m"), 1 if title in _GENERIC_MALE_ROLES else 3  # women too: a given
        # name outweighs it; a title the honorifics give no sex gives none (`actor Judi Dench`)
    given = len(m.words) >= 2 or " " not in canonical and (m.is_subject or m.aged)  # `Melanie`, by her first name
    # only; `we meet Gary, 38,`: his age beside it
    by_name = given_gender(m.words[0]) if given or m.named_so else None  # or `a resident named Caroline`
    if by_name:
        yield by_name, 2
    if m.pronoun and m.label not in LABELS:  # (not `The guitarist with rock band Korn has quit, saying he`: the
        yield m.pronoun, 1  # band's name, no he's)
    if m.next_pronoun and " " in canonical:  # a person's full name elsewhere, not `Growth will slow. He …`
        yield m.next_pronoun, 3  # the text's own word for this person: outweighs a given name's


def surname_sex(surname: str) -> str | None:
    """The sex a surname is borne by alone, where its form gives one: `Kaur`, `Petrova`, `Nowakowska` a woman's;
    `Petrov`, `Nowakowski` a man's (not `Singh`, which women bear too: `Priya Singh`)."""
    low = surname.lower()
    return _SEXED_SURNAMES.get(low) or next((sex for ending, sex in _SEXED_SURNAME_ENDINGS if low.endswith(ending)
                                             and len(low) > len(ending) + 2), None)


_SEXED_SURNAMES = {"kaur": "f"}
_SEXED_SURNAME_ENDINGS = (("ova", "f"), ("eva", "f"), ("ová", "f"), ("ska", "f"), ("cka", "f"), ("ov", "m"),
                          ("ev", "m"), ("ski", "m"), ("cki", "m"))  # (Russian, Bulgarian, Czech, Polish)


def role_gender(phrase: str) -> str | None:
    """The gender a description's last word carries: `his spokeswoman` -> f; none for people in the plural (`the
    two men`), whom no he or she stands for."""
    last = phrase.rsplit(" ", 1)[-1].lower()
    if last in _MANY_OF_A_SEX:
        return None
    return "f" if last in FEMALE_WORDS else "m" if last in MALE_WORDS else None


_MANY_OF_A_SEX = {"men", "women"}


def _first_name_of(words: tuple[str, ...], name: str) -> bool:
    """`Olof` for Olof Mellberg, `Lleyton's` for Lleyton Hewitt: a person's given name alone."""
    full = name.split()
    return len(words) == 1 and len(full) > 1 and full[0] == words[0]


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_QUALIFIERS_OR_RANKS = frozenset(_OFFICE_QUALIFIERS | _RANKS)
_BODY_OR_ORG_WORDS = frozenset(BODY_NOUNS | ORG_WORDS)
_ROLE_OR_EPITHET = frozenset(ROLE_WORDS | EPITHET_HEADS)
