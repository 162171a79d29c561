"""From a mention as written to one canonical speaker per person per document.

- `Delevingne`, `Mr. Weinstein` -> the fullest name the document gives: `Cara Delevingne`.
- `he`, `she` -> the latest person mentioned outside quotations whose gender agrees.
- `the American`, `the 24-year-old` -> the person just named; `the prime minister` -> the one
  person the document has titled so (`Prime Minister Tony Blair`), else the one person it has
  named, if its title names them too (`Blair defends …`).
- `I` -> the article's author, when it names one (a first-person piece).
- `his spokeswoman`, `Weinstein's spokesperson` -> `Harvey Weinstein's spokeswoman`
  (spokesman, spokeswoman and spokesperson of one principal are one speaker).
- `the White House`, `Richmond police` -> as written, without a leading article.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, insort

from ..parties import IN_FULL
from .phrases import (NEAR_SOMEONE, PEOPLE, RELATIVES, UNNAMED_VOICES, WEEKDAYS, WITHIN, Mention, a_number,
                      campaign_to, domains_listed, group_word, index_of, last_sentence, mention_of, owned_then_named,
                      people_word, plural_of_body, plural_of_person, role_head, sent_by, sentence_end, sentence_start,
                      sentence_subject, text_head, third_person, tight_end, verbish)
from .lexicon import (ADJECTIVE_ENDINGS, AFFILIATIONS, ARTICLES_AND_POSSESSIVES, ASSOCIATES, BODY_NOUNS, BODY_PARTS,
                      BODY_TEXTS, CHARITY_VERBS, CLAUSE_OPENERS, CLERICS_STYLE, CLUB_ENDINGS, COLLECTIVES, COUNTRIES,
                      COUNTRY_CODES, CUE_FORMS, DEMONYMS, DEPARTMENT_ENDS, DESCRIPTORS, DETERMINERS, EPITHET_HEADS,
                      FAMILY, FEELINGS, FEMALE_PRONOUNS, FEMALE_WORDS, FINDERS, FINDINGS, FIRST_PERSON, GOVERNED,
                      GROUP_PRONOUNS, HE_OR_SHE_WORDS, HONORIFICS, ING_PREPOSITIONS, INSCRIBED, IRREGULAR_PAST,
                      MALE_PRONOUNS, MALE_WORDS, MOODS, NAME_PARTICLES, NATION_ADJECTIVES, NOT_HUMAN, NOT_NAMES,
                      NUMBER_WORDS, OBJECT_PRONOUNS, OFFICE_DOMAINS, ORG_WORDS, OUTLETS, PARTY_WORDS, PEERS,
                      PERSONAL_TITLES, PERSON_OBJECT, PLACES, POLICE_QUALIFIERS, POSSESSIVE_PRONOUNS, PREPOSITIONS,
                      PREPOSITIONS_OR_DETERMINERS, QUANTIFIERS, RELATIONS, ROLE_WORDS, SEAT_SUFFIXES, SENT_TEXTS,
                      SERVING_ROLES, SIDE_NICKNAMES, SOURCE_TEXTS, SPOKES_ROLES, SPORT_POSITIONS, STAGE_TRADES,
                      STATE_ABBREVIATIONS, SUBORDINATORS, US_DEMONYMS, US_STATES, VENUES, VOICES_FOR, an_age,
                      given_gender, given_name, learned_trade, names_place, past_tense, plural, singular)
from .names import (BODIES_ON, BODYS_PEOPLE, KINDS_OF_BODY, LABELS, ORDINAL, PEERAGE, PEOPLE_NEXT, PRESS_WORDS, RACERS,
                    SENTENCE_STOP, NameMention, Names, a_league, body_speaks, compound_adjective,
                    following_pronoun, kin_owner, middle_initial, name_after_title, names_a_body, names_a_service,
                    party_named, plural_before_a_name, plural_body, posted_on, role_gender, sentence_before_start,
                    sentence_start_in, served_domain, set_off_owner, surname_of, unhyphenated, without_suffixes)
from .acronyms import initial_forms
from .attribution import group_before
from .marks import find_marked
from .tokens import CLOSING, OPENING, POSSESSIVE_ENDINGS, SENTENCE_END, Token, tokenize
from .verbs import is_adverb, is_finite_verb, ly_adverb

_ASKED = re.compile(r"\basked\s+(?:[A-Z][\w.'’-]*\s+)*$")  # `asked Sanders`, `asked Sen. Bernie Sanders`
_NATIONS = frozenset(COUNTRIES | PLACES)  # (lowercase)
_NATIONAL_OPENING = re.compile(r"(?:^|(?<=[.!?] ))The (?:[a-z\d][\w-]* ){0,2}([A-Z][a-z]+) (?![A-Z])"
                               r"(?!said\b|says\b|added\b|told\b)")
# (`The Slovenian finished …`, not `The American Red Cross`, nor a speaker's, resolved as one)
_ASKED_HIM = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+(?:asked|pressed|questioned|quizzed|grilled"
                        r"|challenged|interrupted)\s+(him|her)\b")  # `Robinson pressed him on spending`
_QUESTION_AFTER = re.compile(r"\s+(?:how|whether|if|what|why|when|where|who|about)\b")  # a question, not `to resign`
_ASKED_THE = re.compile(r".*?\basked\s+(the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)" + _QUESTION_AFTER.pattern)  # `asked the
# chancellor whether`
_HE_OR_SHE_AFTER = re.compile(r"\s+(he|she)\b", re.IGNORECASE)  # `… whether he`: the sex of the one asked
_TURN_LABEL = re.compile(r"((?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s")  # `Thomas Malone: `, `Mr Malone: `
_SHOWN = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Nn]ew|[Mm]ore)\s+)?(?:[Ff]ootage|[Vv]ideo|[Cc]lips?|[Ii]mages?|[Pp]ictures?"
                    r"|[Pp]hotos?|[Pp]hotographs?|[Aa]udio|[Rr]ecordings?)\s+of\s+")  # `Footage of ` a person
# `was 25-year-old ` Nesma Hajjaj, not `it was ` Rainey Senior who …
_COMPLEMENT = re.compile(r"(?<!\b[Ii]t )\b(?:was|is)\s+(?:[\w-]+-old\s+)?(?:[A-Z][\w.'’-]*\s+)*$")
_OWNED_THEN_BREAK = re.compile(r"\s+[a-z]+\s*[-—–;]\s*")  # `Trump's ire - ` before a he or she
_OWNER_OPENING = re.compile(r"(?:[Ii]n|[Ff]or|[Tt]o)\s+")  # `In ` Hajjaj's case, she …
_OWNED_THEN_COMMA = re.compile(r"\s+[a-z]+,\s*")  # Hajjaj's ` case, ` she …
# Oz's ` dubious medical advice earned him the attention …, where ` he …
_OWNED_THEN_CLAUSE = {  # Trump's ` temperament, …, came under scrutiny: He was challenged over ` his …
    sex: re.compile(rf"[^.!?\"“”]*[:;]\s+{pronoun}\b[^.!?:;\"“”]*") for sex, pronoun in (("m", "He"), ("f", "She"))}
_OWNED_THEN_OBJECT = re.compile(r"(?:\s+[a-z-]+){1,4}\s+(him|her)\b[^.!?;\"“”]*")
_WHICH_CLAUSE = re.compile(r",\s+which\s+[^.,;:\"“”]*$")  # `…, which specializes in building what` up to `it`
_SCAN_PARAGRAPHS = 4  # how far back a pronoun looks for a person of unknown gender
_FARTHEST_BACK = 40  # paragraphs: how far back a pronoun looks for anyone
_CHAIN_PARAGRAPHS = 10  # how far back a run of paragraphs of he or she may reach to the person they stand for
_CLOSING_PRONOUN_CUE = re.compile(r",\s+(he|she)\s+([a-z]+)\.\s*$", re.IGNORECASE)  # `…, he said.` ending a sentence
# a name and its cue right before another speaker: `DeSantis added, `, `Smith said that `, `Smith said the `
_REPORTER_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} ([a-z]+),? "
                              r"(?:that )?(?:the |a |an )?(?:(?:Mr|Mrs|Ms|Dr|Sir|Sen|Rep|Gov)\.? )?$")  # `… Mr Yeo`
_REPORTER_REACH = 60  # characters before a speaker a reporting name and cue may take
_GIVING_VOICE = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}  # `The Standard quoted Mr Clarke telling`:
# the one named after it speaks, the reporter only passes the words on
_IT_PARAGRAPHS = 2  # how far back `it` looks for the body or document that spoke
_OPENING_PHRASE = re.compile(r"(?:[^,.;:\"“”]*,\s*)?")  # what may open a sentence before its subject: `In a
# statement, `, `Meanwhile, `, or nothing
_ACTORS = ("speaker", "subject")
_GOES_BY_THEY = re.compile(  # `who uses they/them pronouns`, `(they/them)`, `who is non-binary`
    r"\b(?:uses?|using|prefers?|go(?:es)? by)\s+(?:the\s+)?(?:pronouns?\s+)?[\"“‘']?they(?:/them)?\b(?![\w-])"
    r"|\(they/them\)|\bis\s+non-?binary\b", re.IGNORECASE)
_SEXLESS_SPOKES = {"spokesperson", "representative", "rep", "publicist"}  # one who speaks for others, of no sex
_CONTINUING = {"added", "adds", "continued", "continues", "went on", "goes on", "concluded", "concludes"}


class Resolver:
    """Resolves mentions in document order, remembering who spoke where for later pronouns."""

    def __init__(self, names: Names, author: str | None = None, title: str | None = None,
                 paragraphs: tuple[str, ...] = (), headline: str | None = None, captions: frozenset[int] = frozenset(),
                 single_style: bool = False, writer: str | None = None):
        self.names = names
        self._writers = frozenset({_writer(writer)} - {None})  # the byline's one writer, if any: never a he, a she
        # or a description of the story, whom each avoids
        self.paragraphs = paragraphs
        self.single_style = single_style  # the document marks speech with single marks
        self._offices: dict[tuple[str, ...], tuple[tuple[int, int], str | None]] | None = None
        self._puts: list[tuple[tuple[int, int], str, frozenset[str]]] | None = None
        self._called: dict[str, list[tuple[NameMention, str, int]]] = {}  # each trade's people, and where the words
        # calling them so end (`_called_so`)
        self._openings: dict[tuple[str, ...], tuple[tuple[int, int], str | None]] | None = None
        self.author = _writer(author)  # who `I` is in a first-person piece
        self.headline = headline or title  # the headline's text, a plain text's first line among them
        title_tokens = tokenize(title or "", [])
        self.title_words = {t.bare for t in title_tokens if t.is_word}  # `Tutu's … call`
        self.title_body = _opening_name(title_tokens)  # `BT offers equal access to rivals`: whose story
        self.roles: dict[tuple[str, str], str] = {}  # (principal, role family) -> first canonical
        self.owners: dict[str, str] = {}  # `rapper` in `the rapper's spokesman` -> the person it first stood for
        self.speakers: list[tuple[tuple[int, int], str]] = []  # (position, canonical) of people, in order
        self._lists: set[tuple[int, int]] | None = None  # where names stand in a list of names
        self.people: set[str] = set()  # canonical speakers known to be persons
        self.things: list[tuple[tuple[int, int], str]] = []  # (position, canonical) of other speakers
        self.described: list[tuple[tuple[int, int], str]] = []  # `The official said …`: he or she, at a pinch
        self.bodies: list[tuple[tuple[int, int], str]] = []  # `The committee found …`: it, at a pinch
        self.pairs: list[tuple[tuple[int, int], str]] = []  # (position, pair) of each pair resolved, in order:
        # `Smith and Jones`, they, never it
        self.sexes: dict[str, str] = {}  # a description of no sex to the sex of the first he or she it was
        self._described_cache: frozenset[str] | None = None
        self._works: dict[str, bool] = {}  # a name -> whether the text writes it only as a full name's work
        self._moods: dict[str, bool] = {}  # a name -> whether the text has it feel something (`Arteta was frustrated`)
        self.held: dict[tuple[str, ...], set[str]] = {}  # an office resolved -> the people it stood for
        self.nationals: dict[str, set[str]] = {}  # a person -> the demonyms of the epithets that stood for them
        self.callings: dict[str, set[str]] = {}  # a person -> the heads of the epithets that stood for them
        self.described_ages: dict[str, dict[str, tuple[int, int]]] = {}  # a person -> the ages written beside the
        # epithets that stood for them (`The artist, 38, said`) -> where
        self._tagged: dict[str, dict[str, tuple[int, int]]] | None = None  # a state -> the people tagged with it
        self._beside: dict = {}  # what the text writes beside each person's name (`, 21,`, `, D-N.Y.,`), by kind
        self._sides: dict[frozenset[str], dict[str, set[str]]] = {}  # the words for a side's head or its players ->
        # each person titled so -> the capitalised words of the title
        self.captions = captions  # paragraphs under a photo's credit (the credit set aside): a picture's caption
        self._another: dict[tuple[str, tuple[str, ...]], bool] = {}  # `_holds_another`'s answers
        self._owning_asked = False  # whether `_description_owning_before` is being answered
        self._leads: dict[str, str | None] = {}  # `_named_after_the_lead`'s answers
        self._affiliated: dict[str, set[str]] = {}  # `_affiliations`' answers
        self._teams: dict[str, bool] = {}  # `_a_team`'s answers
        self._office_beside: dict[tuple[str, tuple[str, ...]], tuple[int, int] | None] = {}  # `_beside_the_office`'s
        self._labelled: dict[str, bool] = {}  # `_labelled_person`'s answers
        self._authors: dict[str, list[tuple[int, tuple[int, int, str]]]] = {}  # `_author_of`'s, by paragraph
        self._they: frozenset[str] | None = None  # the people the text says go by they
        self._national_titles: dict[str, set[str]] | None = None  # a person -> the nations their offices name
        self._national_openers: set[tuple[int, int]] = set()  # where `The Slovenian finished …` was read
        self._accused: list[tuple[tuple[int, int], str]] | None = None  # who the text puts in the dock, where
        self._budgets: list[tuple[tuple[int, int], str]] | None = None  # where a person's Budget is written, whose

    def resolve(self, mention: Mention, para: int, spoke: bool = True, quoted: tuple[int, int] | None = None,
                cue: str | None = None, recent=None, aside: bool = False) -> str | None:
        """The canonical speaker; one who `spoke` (a cue says so) is remembered for later pronouns.
        A pronoun never stands for a person named inside the `quoted` span (`"Cruz is our best
        debater," he says` is not Cruz); with a `cue` that goes on (`added`, `continued`), it
        stands for who spoke last before any other subject. A pronoun set off as an `aside` after
        a clause (`Mr Blair has failed, he claimed, saying …`) is not that clause's subject."""
        at = (para, mention.start)
        named = mention.antecedent or mention  # `who` stands for the phrase before it
        anaphor = _he_or_she(named.tokens) or _just_named(named.tokens) is not None
        avoid = self.names.named_within(para, *quoted) if quoted and anaphor else frozenset()
        if quoted and anaphor and named.end <= quoted[0]:  # `he called Rubio "Little Marco"` is not Rubio
            avoid |= self.names.set_off_within(para, named.end, quoted[0]) | self._acted_on_within(
                para, named.end, quoted[0])
        if aside and recent and anaphor and recent[1][0] == para:  # but `Christie said that …, he said,` is his
            avoid |= self.names.named_within(para, recent[1][1], named.start, speakers=False)
        if recent and _he_or_she(named.tokens):
            avoid |= self._reported_by_pronoun(recent, named.tokens[0].lower)
        if anaphor:
            avoid |= self._spoken_of(para, named.end) | self._writers  # the byline's writer is `I`, no `the
            # minister` of the story
        if quoted and anaphor:
            avoid |= self._parents_addressed(self._paragraph(para)[quoted[0]:quoted[1]])
        if quoted and _he_or_she(named.tokens):
            avoid |= self._spoken_of_after_passive(at, quoted, named.tokens[0].lower)
        low_cue = (cue or "").lower()
        opens_paragraph = bool(quoted) and not self._paragraph(para)[:quoted[0]].strip(_SPACE_AND_MARKS)
        if quoted and _he_or_she(named.tokens) and (low_cue in _ANSWERING or low_cue not in _CONTINUING
                                                    and opens_paragraph) \
                or quoted and low_cue in _ANSWERING and _just_named(named.tokens) is not None:  # (a quotation
            avoid |= self._asker_before((para, quoted[0]))  # opening its paragraph after a question, not one going
            # on: `"So that's a no?" Kuenssberg asked. ¶ "It's not a no," she said`; `Tom Brown asked whether …. ¶
            # The minister replied`)
        if quoted and low_cue in _ANSWERING and _he_or_she(named.tokens):
            avoid |= self._reported_askers(para, min(quoted[0], named.start))
        if quoted and _just_named(named.tokens) is not None and (low_cue in _REBUTTING or low_cue in _ANSWERING
                                                                 and not self._asked_before_in_sentence(para,
                                                                                                        named.start)):
            avoid |= self._voice_rebutted((para, min(quoted[0], named.start)))  # (`Asked if she would quit, the MP
            # replied` may go on with who spoke last)
        answering = opens_paragraph and _he_or_she(named.tokens) and low_cue in _REBUTTING | _ANSWERING  # `"…,"
        # Trump told Harris. ¶ "That's not true," she replied`: whom he told (not Trump, nor anyone else, where he
        # told no one: a reply to a question unwritten may be the last speaker's own)
        opening = self._paragraph(para)[recent[1][1]:quoted[1]].lstrip() if recent and recent[1][0] == para \
            and quoted and recent[1][1] <= quoted[0] else ""  # the quotation's sentence, when it opens with one
        about = opening[:1] in _OPENING_MARKS and _of_another(opening, named.tokens[0].lower)
        speaker, person = None, False
        if quoted and len(named.tokens) == 1 and named.tokens[0].lower == "it" and named.start >= quoted[1]:
            # `… approached the United board with "detailed proposals", it has confirmed`: the body the
            # sentence names before its quotation
            speaker = self.names.body_in_sentence(para, self._paragraph(para), quoted[0])
        if speaker is None and answering:
            speaker = self._addressee_answering((para, quoted[0]), named.tokens[0].lower in FEMALE_PRONOUNS)
            person = speaker is not None
        if speaker is None and quoted and low_cue in _ANSWERING and _he_or_she(named.tokens):
            speaker = self._asked_in_sentence(para, named.start, named.tokens[0].lower)
            person = speaker is not None
        if speaker is None:
            speaker, person = self._resolve(named.tokens, (para, named.start), avoid,
                                            continuing=low_cue in _CONTINUING, recent=recent, about=about)
        if speaker in _COMMON_BODIES:  # `Police said …` opening a sentence, no force named: police, as `the police
            speaker = speaker.lower()  # said` is
        if speaker and low_cue in _CONTINUING and _only_described(speaker, named.tokens) \
                and (going := self._going_on_as(named, at)):
            speaker, person = going, True  # `"…," said Jane Doe. ¶ "…," the councillor added`
        elif speaker and (owned := self._owned_just_before(speaker, at)) and speaker == _description(named.tokens):
            speaker = owned  # `The family of Jane Doe said …. "…," they added`: her family, as just before
        if not spoke or _writes(named.tokens):
            return speaker  # the writer is no antecedent for a later he, she or it
        if speaker and person:
            insort(self.speakers, (at, speaker))  # (in order of position, for _candidates' bisection)
            self.people.add(speaker)
        elif speaker:
            self.things.append((at, speaker))
        return speaker

    def spoken_of(self, speaker: str, quotation: str, para: int, start: int) -> bool:
        """Whether a quotation with no cue, at `start` of paragraph `para`, speaks of the person the
        sentence before was about: of a third person of their known sex (`he`, `his`; for a person's name of
        no known sex, of the one sex the quotation speaks of) and never of
        its speaker (`I`), when that sentence names no one else who may be of that sex (`But Bob
        became one of the great icons. "In 1991, ten years after his death, he sold …"`); not `Trump
        isn't a conservative, he said. "He's a liberal!"`, where the he is Trump."""
        sex = self.names.gender(speaker)
        if sex is None and (" " in speaker and not self.names.read_as_body(speaker)
                            or self.names.known_person(speaker)):
            spoken = [s for s, pronoun in (("m", "he"), ("f", "she")) if _of_another(quotation, pronoun)]
            sex = spoken[0] if len(spoken) == 1 else None  # `But Sulu became one of the great icons. "In 1991,
            # …, he sold …"`: of a person whose sex the text does not give, the quotation's he or she
        if sex is None or not _of_another(quotation, "he" if sex == "m" else "she"):
            return False
        text = self._paragraph(para)
        opening = sentence_start_in(text, start)
        before = sentence_before_start(text, opening)
        return not any(name != speaker and self.names.gender(name) in (sex, None) and given_name(name.split()[0])
                       for name in self.names.mentioned_within(para, before, opening))

    def _lead_holds_the_role(self, toks, headline: int) -> str | None:
        """A headline's bare role (`minister`, `Tory MP`, no `the`): the one person the paragraph after it names
        outside quotations with that role as their title or office (`Housing minister Tom Brown`), of no other
        party the role names."""
        if headline + 1 >= len(self.paragraphs) or any(t.lower in DETERMINERS or not t.is_word for t in toks):
            return None
        head, parties = toks[-1].bare.lower(), _parties_in(tuple(t.bare.lower() for t in toks[:-1]))
        found = {self.names.canonical(m.words, m.at)
                 for m in self.names.mentions_between(headline + 1, 0, len(self._paragraph(headline + 1)))
                 if not m.is_org and (held := m.office or m.set_off or ((m.title.lower(),) if m.title else ()))
                 and held[-1] == head and not (parties and (own := _parties_in(held)) and own.isdisjoint(parties))}
        return found.pop() if len(found) == 1 else None

    def _speaker_just_before(self, at: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """(position, canonical) of the person who spoke last before `at`, in its paragraph or the one before."""
        last = bisect_left(self.speakers, (at, "")) - 1
        return self.speakers[last] if last >= 0 and self.speakers[last][0][0] >= at[0] - 1 else None

    def _owned_just_before(self, description: str, at: tuple[int, int]) -> str | None:
        """The last to speak, in this paragraph or the one before, if someone's of that description (`Jane Doe's
        family` for `family`)."""
        spoke = bisect_left(self.speakers, (at,)) - 1
        thing = next((p for p in reversed(self.things) if p[0] < at), None)  # (in order: the latest first)
        last = max(filter(None, (self.speakers[spoke] if spoke >= 0 else None, thing)), default=None)
        if last is None or at[0] - last[0][0] > 1:
            return None
        name = last[1]
        return name if name.endswith((f"'s {description}", f"' {description}", f"’s {description}")) else None

    def _going_on_as(self, mention: Mention, at: tuple[int, int]) -> str | None:
        """`"We were given two days," said Jane Doe. ¶ "…," the councillor added`: a role after `the` (and a place's
        or a body's name) that no one the text names holds, its cue going on, for the person who spoke last, in its
        paragraph or the one before, when the role may stand for them (see `_may_stand_for`) and the text titles
        them with no other (not `"…," said prosecutor Ann Lee. "…," the judge added`). So too a role a body's word
        owns (`Tesco's Ken Murphy said …. ¶ "…," the company's chief executive added`, `the party's Westminster
        leader`), for one the text ties to a body (`Tesco's Ken Murphy`, `Ken Murphy, of Tesco,`)."""
        toks, head = mention.tokens, mention.tokens[-1].bare.lower()
        if len(toks) < 2 or toks[0].lower != "the" or head not in ROLE_WORDS or toks[-1].is_capitalised:
            return None
        owned = len(toks) >= 3 and toks[1].is_possessive and not toks[1].is_capitalised \
            and toks[1].bare.lower() in _OWNING_BODIES  # (a place may qualify its role: `Westminster`)
        if not owned and not all(t.is_capitalised for t in toks[1:-1]):
            return None  # `the Greater Manchester mayor added`; not `the junior senator`: an office's rank may be
            # another's
        last = self._speaker_just_before(at)
        person = last[1] if last is not None else None
        if not person or not _proper(person) or not self.names.known_person(person) \
                or not self._may_stand_for(person, role_gender(head) or "", head) \
                or owned and not self._affiliations(person):
            return None
        allowed = {t.bare.lower() for t in toks[2:]} if owned else {head} if len(toks) == 2 else set()
        return person if self.names.roles(person) & ROLE_WORDS <= allowed else None  # (not `City manager Pep
        # Guardiola` for `the Arsenal manager`)

    def _asker_before(self, at: tuple[int, int]) -> frozenset[str]:
        """Who spoke last before `at`, in its paragraph or the one before, if what they said was a
        question: `"Can you rule it out?" Laura Kuenssberg asked. ¶ "I can," she replied` is not
        Kuenssberg's answer."""
        last = self._speaker_just_before(at)
        if last is None:
            return frozenset()
        (para, start), name = last
        between = "\n".join(self._paragraph(n) for n in range(para, at[0] + 1))
        end = len(between) - len(self._paragraph(at[0])) + at[1]  # `at` in the paragraphs joined
        closing = None
        for closing in _CLOSING_QUOTED.finditer(between, max(0, start - _ASKED_REACH), end):
            pass  # the last quotation's end before `at`
        if _ASKED_WHETHER.match(between, start, min(end, start + _CUE_AFTER_REACH)) \
                and name not in self.names.mentioned_within(at[0], 0 if para < at[0] else start + 1, at[1]):
            return frozenset({name})  # `Tom Brown (Conservative, Bexhill) asked whether the plan was "fair".`: a
            # question reported
        if closing is None or closing.group(1) != "?":
            return frozenset()
        after = start - _CUE_AFTER_REACH <= closing.start() <= start \
            and _ASKING.search(between, start, start + _CUE_AFTER_REACH) is not None  # `"…?" Laura Kuenssberg asked`
        before = closing.start() > start and _CLOSING_QUOTED.search(between, start, closing.start()) is None \
            and _ASKING.search(between, start, closing.start()) is not None  # `X asked her, "…?"`: asked, not `His
        # face darted …, as if to say, "…?"`
        since = max(0, closing.end() - (end - at[1]))  # in `at`'s paragraph
        if not (after or before) or name in self.names.mentioned_within(at[0], since, at[1]):
            return frozenset()  # `Later, when I emailed Brafman …, he replied`: named again, the one answering
        return frozenset({name})

    def _asked_in_sentence(self, para: int, end: int, pronoun: str) -> str | None:
        """The one person the sentence of paragraph `para` up to `end` says was asked, of the pronoun's sex:
        `But when Lomu was asked whether he was taking a risk he replied` is Lomu's reply."""
        text = self._paragraph(para)
        sex = "f" if pronoun in FEMALE_PRONOUNS else "m"
        found = {self.names.canonical(m.words, m.at)
                 for m in self.names.mentions_between(para, sentence_start_in(text, end), end)
                 if not m.is_org and (asked := _BEING_ASKED.match(text, m.end))
                 and text.startswith("asked", asked.end() + 1)}
        found = {name for name in found if self.names.gender(name) in (sex, None)}
        return found.pop() if len(found) == 1 else None

    def _reported_askers(self, para: int, end: int) -> frozenset[str]:
        """Who, before `end` of paragraph `para` (or in the paragraph before), asked whether, if, why or how, and
        is not named again after: `Host Dana Bash asked whether more restrictions were needed. "It depends," he
        replied` is not Bash's reply, though no quotation gave Bash words."""
        askers: set[str] = set()
        for n in range(max(0, para - 1), para + 1):
            text = self._paragraph(n)
            stop = end if n == para else len(text)
            for m in self.names.mentions_between(n, 0, stop):
                asked = None if m.is_org or "ask" not in text[m.end:m.end + _ASKED_NEAR] \
                    or _BEING_ASKED.match(text, m.end) else _ASKED_WHETHER.match(text, m.end, stop)
                name = self.names.canonical(m.words, m.at) if asked else None
                if name and name not in self.names.mentioned_within(n, asked.end(), stop) \
                        and (n == para or name not in self.names.mentioned_within(para, 0, end)):
                    askers.add(name)
        return frozenset(askers)

    def _asked_before_in_sentence(self, para: int, start: int) -> bool:
        """Whether the sentence of paragraph `para` holding `start` asks something before it (`Asked if she would
        quit, the MP replied`)."""
        text = self._paragraph(para)
        return _ASKING.search(text, sentence_start_in(text, start), start) is not None

    def _voice_rebutted(self, at: tuple[int, int]) -> frozenset[str]:
        """Who spoke last before `at`, in its paragraph or the one before, for a description that shoots
        back: `"…," Mr Weston replied. ¶ "That is simply not good enough," the Liberal Democrat MP shot back`
        is another's answer to Weston."""
        last = self._speaker_just_before(at)
        return frozenset({last[1]}) if last is not None else frozenset()

    def _addressee_answering(self, at: tuple[int, int], female: bool) -> str | None:
        """The person whom who spoke last told what they said, in the paragraph before `at` or this one, of the
        pronoun's sex or none known: `"…," Trump told Harris. ¶ "…," she replied` is Harris's answer."""
        last = self._speaker_just_before(at)
        if last is None:
            return None
        (para, start), _ = last
        text = self._paragraph(para)
        told = next((m for m in self.names.mentions_between(para, start, min(len(text), start + _TOLD_REACH))
                     if not m.is_org and _ADDRESSED.search(text, max(0, m.start - 8), m.start)), None)
        if told is None or (para, told.start) >= at:
            return None
        person = self.names.canonical(told.words, told.at)
        return person if self.names.gender(person) in (None, "f" if female else "m") else None

    def _in_an_aside(self, pos: tuple[int, int]) -> bool:
        """Whether `pos` is inside a sentence set in brackets that ends its paragraph."""
        text = self._paragraph(pos[0]).rstrip()
        opened = text.rfind("(", 0, pos[1])
        return opened >= 0 and text.find(")", opened) >= len(text) - 2 and ")" not in text[opened:pos[1]] \
            and (opened == 0 or text[:opened].rstrip()[-1:] in ".!?")

    def _acted_on_within(self, para: int, start: int, end: int) -> frozenset[str]:
        """The people named between `start` and `end` with a preposition or a verb running on from the
        name (`He attempted to distance Mr. Trump from his plan`, `… that Mr. Trump was focused`): not a
        modifier (`Carson supporters`), or right after the verb after `start` (`He thanked Vunir`): so not
        the he or she before them."""
        text = self._paragraph(para)
        return frozenset(self.names.canonical(m.words, m.at) for m in self.names.mentions_between(para, start, end)
                         if not m.is_org and not m.in_quote and (
                             m.runs_on and _NOT_A_MODIFIER.match(text, m.end)
                             or _ONE_VERB.fullmatch(text, start, m.start)))  # `He thanked Vunir and described`

    def _spoken_of(self, para: int, end: int) -> frozenset[str]:
        """Whom a cue right after a pronoun ending at `end` says the words are of (`"…," he said of
        Cruz`), or an `Of …,` opening its sentence (`Of Hepburn, she said`, `Commenting on Mr Malon's case, he
        said`): no one speaks of themselves so."""
        text = self._paragraph(para)
        of = _CUE_OF.match(text, end)
        if of:
            return self.names.mentioned_within(para, of.end(), of.end() + 1)
        word = text.rfind(" ", 0, end) + 1
        if text[max(0, word - 2):word] != ", ":
            return frozenset()  # most pronouns: no phrase set off right before them
        opening = sentence_start_in(text, end)
        fronted = _FRONTED_OF.match(text, opening)  # `Of Hepburn, she said: "…"`: no one speaks so of themselves
        return self.names.mentioned_within(para, fronted.start(1), fronted.end(1)) \
            if fronted and fronted.end() <= end else frozenset()

    def _tokens(self, text: str) -> tuple[Token, ...]:
        return _tokens_of(text, self.single_style)

    def _paragraph(self, n: int) -> str:
        """Paragraph `n`'s text, or nothing past the last (a Resolver made without paragraphs)."""
        return self.paragraphs[n] if n < len(self.paragraphs) else ""

    def _reported_by_pronoun(self, recent, pronoun: str) -> frozenset[str]:
        """`And Tony Blair would be in the very front line of that campaign, he said.` right before
        `"…," he promised`: the sentence before closes on the same pronoun's cue, so that pronoun
        reports the people the sentence names as subjects; it is none of them."""
        (para, start), (end_para, end) = recent
        text = self._paragraph(para)
        closing = _CLOSING_PRONOUN_CUE.search(text, start, end if end_para == para else len(text))
        if closing is None or closing.group(1).lower() != pronoun or closing.group(2).lower() not in CUE_FORMS:
            return frozenset()
        fronted = {self.names.canonical(m.words, m.at)
                   for m in self.names.mentions_between(para, start, closing.start())
                   if _FRONTED_CLAUSE.search(text, max(0, m.start - _FRONTED_REACH), m.start)}
        return self.names.named_within(para, start, closing.start(), speakers=False) - fronted  # but `Though Ms.
        # Olivieri has spent her life there, the influx … has led to …, she said`: hers, of her own life

    def _resolve(self, toks, at, avoid=frozenset(), continuing=False, recent=None,
                 about=False) -> tuple[str | None, bool]:
        """The canonical speaker, and whether it is a person (who may be `he` or `she` later)."""
        if len(toks) == 1 and toks[0].lower in _ANY_PRONOUN:
            found = self.pronoun(toks[0].lower, at, avoid, continuing, recent)
            if found and toks[0].lower in ("he", "she") and " " in found and self.names.gender(found) is None:
                self.sexes.setdefault(found, "m" if toks[0].lower == "he" else "f")  # `Jo Malone …. "…," she
                # admits`: a she from now, whom a later her may stand for
            person = toks[0].lower in HE_OR_SHE_WORDS or toks[0].lower == "they" and found in (self._they or ())
            # (`Sam Smith, who uses they/them pronouns, …. "…," they wrote`: a person who may be they again)
            if found and about and recent:  # `Dwyer warned that Burger needed a break. Burger, 21, was …. "It's
                candidates = [c for c in self._candidates(at) if c[1] not in avoid]  # his first year," he said`
                found = self._reported_on(candidates, found, recent) or found
            return found, person
        if len(toks) >= 2 and toks[0].lower == "the" and toks[-1].text == "CEO":
            last = toks[-1]
            found = self._resolve((*toks[:-1], Token("chief", last.start, last.start + 1),
                                   Token("executive", last.start + 1, last.end)), at, avoid, continuing, recent, about)
            if found[0] and not found[0].endswith("chief executive"):
                return found  # `the Tesla CEO` as `the Tesla chief executive`: an office, no body's name (a
                # description left as the text writes it)
        if _role_of_the_body(toks):
            found = self._resolve((toks[0], toks[-1], *toks[1:-3]), at, avoid, continuing, recent, about)
            if found[0] and found[0][:1].isupper():
                return found  # `the leader of the council` as `the council leader`: the one the text titles so (a
                # description left as the text writes it)
        if (served := _role_for_a_domain(toks)) is not None:
            found = self._resolve((*toks[:served - 1], *toks[served + 1:], toks[served - 1]), at, avoid, continuing,
                                  recent, about)
            if found[0] and found[0][:1].isupper():
                return found  # `the minister for schools` as `the schools minister`
        if len(toks) >= 2 and toks[0].lower == "not" and toks[1].lower in _NEGATED_MANY:
            return None, False  # `Not everyone agrees. "…"`: no one in particular
        if toks[-1].bare.lower() in ROLE_WORDS and self._paragraph(at[0]) == self.headline \
                and (named := self._lead_holds_the_role(toks, at[0])):
            return named, True  # `'I was wrong', admits Tory minister` ¶ `Housing minister Tom Brown has apologised`
        if len(toks) == 4 and toks[0].lower in ("the", "a") and toks[1].lower in _PARENTS_OF_SOME \
                and toks[2].lower == "of" and a_number(toks[3]):
            if toks[0].lower == "the":
                toks = toks[:2]  # `The mother of two said`: an epithet, as `the mother` is, not a description
            elif (named := self._resolve(toks[:2], at, avoid, continuing, recent, about))[0] \
                    and named[0][:1].isupper():
                return named  # `A mother of three has described …` ¶ `Ann Lee, 54, …`: whom `A mother` stands for
        if len(toks) >= 2 and toks[0].lower == "the" and toks[-1].lower in _WATCHDOGS \
                and (body := self._regulator_named_next(at)):
            return body, False  # `…, the (government's) spending watchdog has warned. ¶ The National Audit Office
            # (NAO) said`: whatever the words between
        if len(toks) == 1 and toks[0].lower == "its":  # `The Guardian says …. Its editorial argues that "…"`: the
            return self.pronoun("it", at, avoid, continuing, recent), False  # owner of the text, what it stands for
        if 2 <= len(toks) <= 3 and toks[0].lower in ("his", "her") \
                and " ".join(t.lower for t in toks[1:]) in _STYLES_OF_ADDRESS:  # `King Charles said …. His Majesty
            sex_word = "he" if toks[0].lower == "his" else "she"  # added`
            monarch = ("King" if sex_word == "he" else "Queen") if toks[1].lower == "majesty" else None
            if monarch and self._written_before(_MONARCH_WRITTEN[monarch], at):
                return self._resolve((Token("the", toks[0].start, toks[0].end), Token(monarch, toks[1].start,
                                                                                      toks[1].end)), at)[0], True
                # `The King … sent a message. His Majesty said`: the monarch, not the latest man
            return self.pronoun(sex_word, at, avoid, continuing, recent), True
        if len(toks) == 3 and toks[0].lower == "the" and toks[1].lower in _ELDER | _YOUNGER \
                and toks[2].lower in _BY_AGE_SEX and (sibling := self._by_age(toks[1].lower, toks[2].lower, at)):
            return sibling, True  # `Ali Khan, 34, and Omar Khan, 31, were sentenced. ¶ The older brother said`: Ali;
            # `Tom Brown, 45, and Jack Smith, 32, were rescued. ¶ The younger man added`: Jack Smith
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _ON_TRIAL \
                and (accused := self._the_accused(at)):
            return accused, True  # `Paul Green, 52, denies killing …. ¶ Giving evidence, the defendant said`
        if 4 <= len(toks) <= 5 and [t.lower for t in toks[:3]] == ["one", "of", "the"] \
                and all(t.is_word for t in toks) and plural(toks[-1].lower) and people_word(toks[-1].lower) \
                and not toks[-1].is_capitalised:  # `One of the climbers said`: a climber
            return " ".join([t.text for t in toks[3:-1]] + [singular(toks[-1].lower)]), True
        if len(toks) >= 4 and toks[0].lower == "one" and toks[1].lower == "of" and _owned_plural(toks[2:]):
            owned, person = self._resolve(toks[2:], at)  # `One of Mr Trump's aides said`: Donald Trump's aide
            if owned and owned.endswith(" " + toks[-1].lower):
                return owned[:-len(toks[-1].lower)] + singular(toks[-1].lower), True
        if _three_of_a_kind(toks) and (three := self._three_named_before(at, _SEXED_PLURALS.get(toks[-1].lower))):
            return three, False  # `Emmanuel Macron, Friedrich Merz and Keir Starmer urged restraint. ¶ The three
            # leaders said`
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _OF_TWO \
                and (pair := self._former_and_latter(at)) is not None:
            return pair[_OF_TWO[toks[1].lower]], True  # `Keir Starmer met Rishi Sunak. The latter said`: Sunak
        if [t.lower for t in toks] in (["one", "of", "them"], ["the", "other"]):
            toks = toks[:1] if toks[0].lower == "one" else toks[1:]  # `one of them said` as `one said`
        if len(toks) == 1 and toks[0].lower in QUANTIFIERS | {"other"}:  # `Another said`: one of a group, no one
            if toks[0].lower == "both" and (pair := self._pair_just_named(at) or self._pair_subject_before(at)):
                return pair, False  # `Tesco and Asda were contacted. ¶ Both said`: the two
            if toks[0].lower not in ("another", "one", "others", "other"):  # named, but the group's word
                return self._group_before(at), False
            many = toks[0].lower == "others"
            if not many and (written := self._texts_read(at, toks[-1].end)):
                return written, False  # `Protesters carried signs. "No war," read one.`: a sign, no protester
            if toks[0].lower in ("another", "other") and (spoke := self._kind_that_spoke_here(at)):
                return spoke, False  # `Fans reacted. One wrote: "…" Another said: "…"`: a fan, the kind that spoke
                # just before in this paragraph, not the spokesperson the paragraph before described
            return self._one_of_latest(at, many) or (
                None if many or toks[0].lower == "one" else self._kind_that_spoke(at)), False
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower.endswith(_TO_TAKE_OFFICE) \
                and (coming := self._taking_office(toks[1].lower, at)):
            return coming, True  # `Ann Lee has been appointed Bishop of Leeds. ¶ "…," the bishop-designate said`
        if _a_losers_word(toks) and (lost := self._loser_before(at)):
            return lost, True  # `Ann Lee beat Tom Brown in the final. ¶ "…," the runner-up said`: Tom Brown
        if [t.lower for t in toks] == ["the", "challenger"] and (lost := self._challenger_beaten(at)):
            return lost, True  # `Ryan Price beat Carlos Ruiz to keep his title. ¶ "…," the challenger said`: Ruiz
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower == "broadcaster" \
                and (broadcaster := self._broadcaster_acting(at)):
            return broadcaster, False  # `Gregg Wallace was dropped by the BBC. ¶ The broadcaster said`: the BBC, no
            # presenter
        surname = _generational_surname(toks)
        if surname and (person := self.names.subject_of_surname(surname, at)):
            return person, True  # `the younger Mr. Trump` after `His son Donald Jr. announced …`
        gender = _just_named(toks)
        if gender is not None and _kin_of_someone(toks) is not None:
            gender = None  # `The family of a man who died … have described him as "…"`: his family, not the man
        if gender is not None and _NOT_NAMED.match(self._paragraph(at[0]), toks[-1].end):
            gender = None  # `The driver, who has not been named, said`: no one the text names
        if gender is not None and len(toks) == 2 and (victim := self._harmed_then_named(toks[-1].bare.lower(), at)):
            return victim, True  # `Police are hunting a man who attacked a shopkeeper. The victim, Tom Brown,
            # said …. ¶ "…," the shopkeeper said`: the one harmed, named as the victim
        if gender is not None and toks[-1].bare.lower() in _DRIVERS and (driver := self._driven_by(at)):
            return driver, True  # `hit by a lorry driven by Tom Brown` ¶ `The lorry driver said`
        if gender is not None and self._introduced_unnamed(toks[-1].bare.lower(), at):
            gender = None  # `a fashion designer for the G-III Apparel Group watched …. "…," said the designer`: whom
            # no name stands for
        if gender is not None and _state_named(toks) and (tagged := self._of_the_state(toks, at)):
            return tagged, True  # `The South Dakota Republican` after `Thune, R-S.D.,`, though Schumer was named since
        if gender is not None:  # `said the American`: the person just named, if there is one
            head = "tight-end" if tight_end(toks) else "shopkeeper" if _a_premises_owner(toks) \
                else toks[-1].bare.lower()  # (`the cafe owner` is a shopkeeper: no officer)
            demonyms = {t.bare.lower() for t in toks[1:] if t.bare.lower() in DEMONYMS
                        or t.bare.lower() in NATION_ADJECTIVES}  # (`the British number one`)
            if head in _CAPPED:  # `the England international`: a player of that country, as `the English`
                demonyms |= {_COUNTRY_ADJECTIVES.get(t.bare.lower(), t.bare.lower()) for t in toks[1:-1]
                             if t.bare.lower() in COUNTRIES}
            others = avoid | self._subject_acting_on(at) | self._of_other_nations(demonyms, at) \
                | self._of_other_sides(toks, head, at) | self._seated_elsewhere(toks, head) \
                | self._of_other_parties(toks) | self._of_other_bodies(toks, at) | self._played_for(toks, head)
            if head in ROLE_WORDS:
                others |= self.names.ordinary_people(head)  # `Tom Brown, a resident, agreed` is not `the Brent East
                # MP`; but `Retired teacher Ann Lee` is `the teacher`
            sides = self._sides_named(toks, head)  # not Arsenal itself for `the Arsenal manager`, nor Chelsea
            led = self._leader_of(_names_in(toks[1:-1]), at) if head in _LEADING else None  # `the Tesco boss`
            # after `Tesco chief executive Ken Murphy`, before whoever spoke last
            led = led or (self._changing_hands(tuple(t.bare.lower() for t in toks[1:]), at)
                          if len(toks) >= 4 and toks[1].lower in _NEW_OR_LEAVING else None)  # `the new NHS England
            # chief` after `Sir Jim Mackey will lead NHS England`
            led = led or (self._side_owner(at) or self._side_owner(at, _sides_in(toks)) or self._sides_head(toks)
                          if head in _SIDES_HEADS else None)  # `Mikel
            # Arteta's side dominated. ¶ "…," said the Gunners boss`: Arteta, not the scorer; `the Chelsea boss`:
            # `Chelsea manager Enzo Maresca`, whoever spoke last
            described = self._so_described_before(head, at, here=True) \
                if len(toks) == 2 and not toks[1].is_capitalised else None  # `One cabinet minister said Burnham was
            # …. "…," the minister added`: the minister described, not a person named since
            newly = len(toks) == 3 and toks[1].lower in ("new", "incoming") and head in ROLE_WORDS
            if newly:  # `Ann Lee has been named editor. ¶ She succeeds Tom Brown. ¶ "…," the new editor said`: not
                others = others | self._replaced_before(at)  # the one replaced
            won = self._winner_before(at, others | sides) if head in _WINNERS and len(toks) == 2 or newly \
                and toks[1].lower == "new" else None  # `the new MP`: who beat the one who was
            won = won or (self._appointed((head,), at) if newly else None)  # `Ann Lee has been named the new
            # editor of the Guardian`
            leaving = len(toks) == 3 and toks[1].lower in _LEAVING_OFFICE and head in ROLE_WORDS
            won = won or (self._leaving_before(at) if leaving else None)  # `Thomas Woldbye will step down. ¶ He will
            # be replaced by Ann Lee. ¶ "…," the outgoing boss said`
            so_titled = self._titled_so(head, at, gender)
            person = won or so_titled or self._peerage_so_titled(head, at) or led or described \
                or self._aged_so(head, at) or (self._called_so(*called, at, gender)
                                               if (called := self._called_epithet(toks, at)) else None) \
                or self._held_lately(toks, at) \
                or self._titled_lately(toks, at, gender) or self._party_member_lately(toks, at) or (
                    None if self._subject_lost(at) or so_titled == "" or len(self.names.set_off_as(head, at)) > 1 else
                    self._person_named_before(at, gender, others | sides, head=head))
            # (not when the paragraph's subject fell off the text, nor when several are titled or set off so: `The
            # Rev Simon Cole` and `the Rt Rev Paul Butler` for `the clergyman`; `Ann Lee, a surgeon in Leeds, and Tom
            # Brown, a surgeon in York,` for `the surgeon`)
            if person is None and head == "minister" and len(toks) == 2 and not self._subject_lost(at):
                person = self._secretary_of_state(at)  # `Transport Secretary Heidi Alexander said …. ¶ The minister
                # insisted`, whoever spoke since
            if person is None and head in _PLAYERS and any(t.lower == "former" for t in toks[1:-1]) \
                    and not self._subject_lost(at):
                person = self._person_named_before(at, gender, others | sides)  # `Wales boss Craig Bellamy …. ¶
                # "…," the former Liverpool striker said`: a player once, whatever their role now
            if person is None and not gender and (sex := self._sex_after((at[0], toks[-1].end))):
                person = self._person_further_back(at, sex, others | sides, head)  # `The 41-year-old chart-topper
                # told reporters that he …`: a he after gives the sex to reach back with
            if person is None and all(self._paragraph(pos[0]) == self.headline for pos, _, _ in self._candidates(at)):
                person = self._speaking_next((head,), at) or self._subject_next(head, gender, at)  # `"…," said the
                # 22-year-old. Emma Raducanu was speaking after her win`: no one before, the next sentence says who
                # spoke, or opens on whom the description stands for (`Emma Cole, from Whitby, joined the RNLI`)
            if person is None and (others - avoid or avoid) and not self._subject_lost(at):  # or the quotation
                # names someone: `"Jannik deserved it," the 22-year-old said`
                person = self._other_national(at, gender, others | sides, head)  # `Arne Slot hailed Mohamed Salah. ¶
                # "…," the Dutchman said. ¶ "…," the Egyptian said`: Salah, named, though no subject
            titled = self._titled_in_paragraph(head, at) or self._titled_just_before(head, at)
            if titled and any(t.lower == "former" for t in toks[1:-1]) or won and titled != won:
                titled = None  # `Captain Ben Stokes said …. ¶ "…," the former captain added`: who holds it no more;
                # `Gideon Amos defeated the sitting MP Rebecca Pow. "…," the new MP said`: who beat her
            if titled in others - avoid:
                titled = None  # `City manager Pep Guardiola`, titled just before, for `the Arsenal manager`
            if titled and not set(party_named(tuple(_names_in(toks[1:-1])))) \
                    <= set(party_named(tuple(self.names.roles(titled)))):
                titled = None  # `the former Sun editor` is not `ex-ITN political editor John Sergeant`; but
                # `Conservative MP John Smith` is `the Tory MP`
            if titled and head not in self.names.roles(person or ""):
                person = titled  # `Tait received praise from Robinson, even if the coach admitted`
            if person and not gender and self._against_the_sex(person, toks, at):
                sex = self._sex_after((at[0], toks[-1].end)) or self._sex_before(at)
                person = self._person_named_before(at, sex, others | sides | {person}, head=head) if sex else None
                # `the minister wrote that she could "…"`, `In her letter, the minister wrote` after Elon Musk spoke:
                # no woman; but `Dame Judi Dench …. ¶ Sir Ian added …. ¶ The Oscar winner said she`: Dame Judi
                if person and self._against_the_sex(person, toks, at):
                    person = None
            if person:
                self.nationals.setdefault(person, set()).update(demonyms)
                self.callings.setdefault(person, set()).add(head)
                if aged := _AGE_AFTER.match(self._paragraph(at[0]), toks[-1].end):
                    self.described_ages.setdefault(person, {}).setdefault(aged.group(1), at)  # (`The artist, 38,`)
                return person, True
        halves = _two_offices(toks)
        if halves is not None:  # `The Democratic presidential front-runner and former secretary of state said`:
            for half in halves:  # one person, whom either office may name
                person, _ = self._resolve(half, at)
                if person and person != _description(half):
                    return person, True
        tagged = self._of_the_state(_unpossessed(toks), at) if len(toks) > 2 and toks[-1].is_possessive \
            and _office(_unpossessed(toks)) else None
        if tagged:  # `The Florida senator’s answer was that "…"` after `Marco Rubio (Fla.)`: his words
            return tagged, True
        if _a_superlative_of_the_world(toks) and (person := self._person_named_before(
                at, role_gender(toks[-1].lower) or "", avoid, head=toks[-1].bare.lower())):
            return person, not self.names.may_be_body(person)  # `Elon Musk has said …. ¶ The world's richest man
            # told reporters`; `UK Coal …. ¶ The UK's biggest coal producer blamed`: a body, no he or she
        spokes = self._the_spokesperson(toks, at) or self._body_spokesperson(toks, at)
        if spokes:  # `The spokesman said` after `A spokesman for the ICO said`
            return spokes, True
        owner = self._titled_owner(toks, at) or self._epithet_owner(toks, at)
        if owner:
            return owner, True
        office = _office(toks) if _kin_of_someone(toks) is None else None  # (not `The partner of a cyclist`)
        if office:  # `the prime minister` -> the one the document calls Prime Minister
            holder = self.names.holder(office, at) or (self._sole_person(at, office) if _common_office(toks) else None)
            if holder and office[0] in PARTY_WORDS and self._party_another_bears(holder, toks, at):
                holder = None  # `the Conservative councillor` is no `Councillor Ann Lee`, of no party, once the
                # opposition has spoken
            if not holder and any(ORDINAL.fullmatch(t.lower) for t in toks):
                holder = self.names.holder(("former",) + office, at)  # `the 44th president` after `Former
                # President Barack Obama`: one in the line of holders, now or before
            if not holder and len(office) == 1:  # `Police Chief Jim Smith said …. "…," the chief said`
                holder = self._qualified_here(office[0], at)
            if not holder:
                holder = self._of_the_state(toks, at)  # `the Florida senator` after `Sen. Marco Rubio (R-Fla.)`
            if not holder and office == ("chancellor",):
                holder = self._budget_owner(at)  # `the chancellor` after `Gordon Brown's Budget`
            if not holder and _of_a_body(toks):  # `the Chester chairman` after `Chairman Steve Vaughan`,
                holder = self.names.holder(_lowercase_office(toks), at)
                if holder and (self._placed_elsewhere(holder, toks) or self._party_another_bears(holder, toks, at)
                               or holder in self._of_other_parties(toks)):
                    holder = None  # `the Ohio governor` is no `Florida Gov. Jeb Bush`, `the Tory councillor` no `Labour
                    # group leader Ann Lee`
                led = self._leader_of(_names_in(toks[1:-1]), at, any_office=False) \
                    if not holder and office[-1] in _TOP_ROLES else None
                holder = holder or led or self._set_off_as_of_the_body(toks, at) \
                    or self._changing_hands(office, at)  # `the Tesco chief executive` after `Tesco boss Ken Murphy`;
                # `the new Tory leader` after `Kemi Badenoch beat Robert Jenrick`
                holder = holder or (None if office[-1] in _STANDINGS else self._member_in_title(at, office)) \
                    or self._responder_before(office, at) or self._subject_before_office(toks, office, at) \
                    or (self._the_one_untitled(office, at) if _a_party_leader(office) else None) \
                    or self._speaking_next(office, at) or self._named_next(office, at)  # `The Lib Dem leader said`
                # after `a call … from Charles
                # Kennedy`, beside New Home Secretary Charles Clarke; `the Reform UK leader said …. Nigel Farage was
                # speaking in Clacton`
            elif not holder and _common_office(toks):
                holder = self._trade_leader(office, at) or self._introduced(office, at) \
                    or self._set_off_as_of_the_body(toks, at) or (  # `the home secretary`
                    # titled only later; `the new leader` after `Zack Polanski won the vote`, not whoever spoke since
                    self.names.holder(office, (len(self.paragraphs), 0)) if len(office) >= 2 else None) \
                    or self._changing_hands(office, at) \
                    or self._opened_on(office, at) or self._named_next(office, at) \
                    or self._lead_office(office, at) or self._lead_describes(office, at) \
                    or self._headlined(office, at) \
                    or self._the_one_untitled(office, at) or self._titled_next(office, at) \
                    or self._answered_as(office, at) or self._speaking_next(office, at)
            if not holder and office[-1] in _LEADING:  # `The SNP parliamentary leader` after `The SNP's Nicola
                holder = self._body_leader(toks[1:-1], at)  # Sturgeon`: the one person the party owns
            if "former" in office[:-1] and (not holder or not self._of_the_sex_after(holder, (at[0], toks[-1].end))):
                # `Bush went after Trump …. "…," the former Florida governor said`, `the Slovenia-born former
                # model`, or one of another sex than that found: the person just named, unless the text titles
                now = tuple(w for w in office if w != "former")
                current = self.names.holder(now, at)  # them with the office as theirs now, or sets them apart from it
                above = self.names.holder(now[1:], at) if now[0] in _LESSER and len(now) > 1 else None  # (`the
                # former vice-president` is no `President Donald Trump`, `the former shadow chancellor` no chancellor)
                holder = self._person_named_before(
                    at, self._sex_after((at[0], toks[-1].end)) or self._sex_before(at) or "",
                    {current, above} - {None} | self._set_apart(toks, at) | self._of_other_parties(toks),
                    head=office[-1])  # (not `Labour chairwoman Ellie Reeves` for `the former Tory leader`)
            if not holder:
                holder = self._of_the_state_just_named(toks, at) or self._nations_head(office, at) \
                    or self._titled_of_the_nation(office, at) or self._nations_head_untitled(office, at) \
                    or self._leader_described(office, at) \
                    or self._national_subject_before(office, at) or self._of_the_party(office, at)
            if not holder and (running := _running_for(office)):
                holder = self._office_subject_before(running, at)  # `the candidate`, `the Republican presidential
                # nominee`, `the Democratic candidate for president`, `the Vermont senator`, not `the Ohio governor`
                holder = None if holder and (self._placed_elsewhere(holder, toks) or self._a_man_for(holder, office)) \
                    else holder  # Florida Gov. Jeb Bush; a man is no `congresswoman`
                if holder and office[-1] in _TITLED_OFFICES \
                        and (titled := self.names.titled_alone(office[-1], at)) not in (None, holder) \
                        and (len(office) == 1 or not self._placed_elsewhere(titled, toks)) \
                        and any(at[0] - _TITLED_REACH <= m.para and m.at < at and m.title
                                for m in self.names.mentions_of(titled)):  # (`the Ohio governor`: Gov. John Kasich,
                    # whom the text places nowhere else)
                    holder = titled  # `Gov. Kathy Hochul signed a bill. ¶ Tom Brown said …. ¶ "…," the governor
                    # said`: the one person titled so lately, not an untitled subject (but `Sen. Bernie
                    # Sanders` of twenty paragraphs before is no `the senator` after Rubio)
            if not holder and _common_office(toks):
                holder = self._held_fuller(office)  # `The candidate changed her story` after `The presidential
                # candidate reiterated` stood for Hillary Clinton
            if not holder and len(office) == 1 and office[0] in _TITLED_OFFICES:
                holder = self.names.titled_alone(office[0], at)  # `State Sen. Mark Johnson …. ¶ Linda Johnson
                # laughed …. ¶ The senator pressed on`: the one senator, whoever spoke since
            if not holder:
                holder = self._appointed(office, at) or self._headed_by(at) or self._the_one_boss(office, at) \
                    or (self._titled_lately(toks, at, "") if office[-1] in _SAME_ROLE else None)  # `Tom Brown has
                # been elected mayor of Leeds. ¶ the new mayor said`; `Badenoch responds` ¶ `The Conservative leader
                # said`; `Thames Water boss Chris Weston …. ¶ The chief executive replied`; `Lt Col Ann Lee` for `the
                # officer`
            if not holder and _of_a_body(toks):
                holder = self._one_of_a_pair_by_sex(office, (at[0], toks[-1].end), at)
            if holder and (holder in avoid or not self._of_the_sex_after(holder, (at[0], toks[-1].end))
                           or holder in self.names.ordinary_people(office[-1]) or self._a_man_for(holder, office)):
                holder = None  # `the secretary of state said she …` is no man; `Tom Brown asked whether …. ¶ The
                # minister replied`: not who asked; nor `Tom Brown, a resident,`; nor a man `the congresswoman`
            if holder:
                self.held.setdefault(office, set()).add(holder)
                return holder, True
        domain = _domain_at(toks) if not office and _kin_of_someone(toks) is None else None
        if domain is not None:
            role = toks[domain - 1].bare.lower()
            if _for_a_person(toks, domain):  # `The attorney for a Black man who was shot … says …. ¶ Leonard Cure, 53,
                # was killed …. ¶ Attorney Harry Daniels said`: the one given the role, else the named man's attorney
                titled = self._role_named_below(role, at)
                if titled:
                    return titled, True
                described = self._one_described_named_next(toks[-1], at)
                return (self._principals(described, role) if described else _description(toks)), False
            holder = self._named_next((), at)  # `…, says the boss of the organisation that cleared them. ¶ Greek
            # Athletics Federation boss Vassilli Sevastis told …`
            if holder and self._of_another_role(holder, role):
                holder = None  # `says the owner of a horse …. ¶ Trainer Lucinda Russell said`: another role's
            holder = holder or self._role_named_below(role, at)
            if holder:
                return holder, True
        listed = _people_listed(toks)
        if listed is not None:  # `Emmanuel Macron, Friedrich Merz and Keir Starmer said`: all of them
            names = [self._resolve(side, at)[0] for side in listed]
            if all(names):
                return f"{', '.join(names[:-1])} and {names[-1]}", False
        sides = _and_sides(toks)
        if sides is not None and (len(sides[1]) == 2 or len(sides[1]) == 3 and not sides[1][-1].is_capitalised
                                  and not given_name(sides[1][1].bare)) \
                and sides[1][0].lower in ("his", "her", "their") and people_word(sides[1][-1].bare.lower()) \
                and (first := self._resolve(sides[0], at)[0]):
            owned = " ".join(t.bare if t.is_capitalised and k else t.bare.lower() for k, t in enumerate(sides[1]))
            return f"{first} and {owned}", False  # `John Smith and his wife`, `Mark Brooks and his two daughters`,
            # `Mr Lammy and his French counterpart`
        if sides is not None and len(sides[0]) == 1 and sides[0][0].lower in ("he", "she") and len(sides[1]) >= 3 \
                and sides[1][0].lower in ("his", "her") and sides[1][1].bare.lower() in RELATIONS \
                and sides[1][-1].is_capitalised:  # `he and his wife Ann said`: both, as `Bob Smith and his wife Ann`
            first, second = (self._resolve(side, at)[0] for side in sides)
            if first and second:
                return f"{first} and {second}", False
        pair = _two_people(toks)
        if pair is not None:  # `Smith and Jones said`: both, not the last one named
            first, second = (self._resolve(side, at)[0] for side in pair)
            if _shares_the_surname(*pair) and second:
                first = f"{pair[0][-1].bare} {second.rsplit(' ', 1)[-1]}"  # `David and Jeanne Heidler`
            if first and second:
                insort(self.pairs, (at, f"{first} and {second}"))
                return f"{first} and {second}", False
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _PARENTS \
                and (parent := self.names.parent_before(_PARENTS[toks[1].lower], at)):
            return parent, False  # `Tom Brown and his son Jack were rescued. ¶ the father said`: Tom Brown
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _PAIR_WORDS:
            both = self._pair_just_named(at) or self._pair_subject_before(at) or self._couple_before(at) \
                or (self.names.kin_pair_before(at) if toks[1].lower in _KIN_PAIRS else None) \
                or (self._colleagues_before(at) if toks[1].lower in ("pair", "duo") else None) \
                or (self._subject_and_partner(at) if toks[1].lower in ("pair", "duo") else None)  # `Liam Gallagher ….
            # ¶ His brother Noel said …. ¶ the pair said`; `Tom Brown has launched a podcast with Ann Lee. The pair`
        elif _two_of_a_kind(toks):  # `Butch Wilmore and Suni Williams were due back in June. ¶ The astronauts said`
            counted = toks[0].lower == "both" or toks[1].lower in ("two", "both")  # `the two lawmakers`, `the two`
            sex = _SEXED_PLURALS.get(toks[-1].lower)
            both = self._pair_just_named(at) or self._two_named_in_full_before(at, counted) or (
                self._only_two_named(at, sex) if counted else None)  # (`the lawyers` may be others than two people
            # named as examples)
            if both and sex and any(self.names.gender(one) not in (sex, None) for one in both.split(" and ")):
                both = None  # `Tom Hill and Jane Lee …. ¶ Both men said`: no two men
        else:
            both = None
        if both:
            insort(self.pairs, (at, both))  # (`The pair …. ¶ The couple said`: still them)
            return both, False  # `"…," said Ant McPartlin and Declan Donnelly. ¶ The pair added`
        if (2 <= len(toks) <= 3 and toks[0].lower == "the" or len(toks) == 2 and toks[0].lower == "both"
            or len(toks) == 4 and toks[0].lower == "the" and toks[1].lower in ("two", "both")
                and (toks[2].lower, singular(toks[3].lower)) in _COMPOUND_BODIES) \
                and toks[-1].lower.endswith("s") and (singular(toks[-1].lower) in BODY_NOUNS or len(toks) == 4) \
                and (len(toks) == 2 or toks[1].lower in ("two", "both")):  # (`Both airlines`, `the two oil majors`)
            both = self._bodies_joined_before(at)  # `the two firms` after `Shares in Elan and Biogen Idec plunged`
            if both:
                return both, False
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower == "family":
            family = self._sole_match_before(_NAMED_FAMILY, at, 1)
            if family:  # `In a statement, the Hoffman family said …. "…," the family said`: the one family named so
                return family, False  # just before
            named = {name for name in self.names.mentioned_within(at[0], 0, at[1]) | (self.names.mentioned_within(
                at[0] - 1, 0, _PAST_ANY_END) if at[0] > 1 else frozenset()) if not self.names.may_be_body(name)}
            person = named.pop() if len(named) == 1 else None  # `Michael Gambon has died. "…," the family said`:
            if person and _proper(person):  # his; not when two are named (`Daniel Harris stabbed Peter Collins`)
                return self._principals(person, "family"), False
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _OF_TWO:
            both = self._joined_before(at, lambda m: not m.is_org)  # `Both Rishi Sunak and Keir Starmer were asked
            if both:  # …. The former said`: Sunak; `the latter`: Starmer; `the first`, `the second` so too
                return both[_OF_TWO[toks[1].lower]], True
        near = _near_someone(toks)
        if near is not None:  # `A source close to Cruz` -> source close to Ted Cruz, never Cruz himself
            head, rest = near
            named = self._resolve(toks[rest:], at)[0] if toks[rest].is_capitalised else None
            if named is None and toks[rest].lower == "the" and _just_named(toks[rest:]) is not None:
                named = self._resolve(toks[rest:], at)[0]  # `a source close to the singer`: the singer named
                named = named if _proper(named or "") else None
            if len(toks) == rest + 1 and toks[rest].lower in OBJECT_PRONOUNS:  # `A source close to her`
                word = OBJECT_PRONOUNS[toks[rest].lower]
                named = self._owned_in_its_sentence((at[0], toks[rest].start), "m" if word == "he" else "f") \
                    if word in ("he", "she") else None  # `Salah … was said by sources close to him`: as his would be
                named = named or self.pronoun(word, at)
            return (f"{_description(toks[:rest])} {named}" if named else _description(toks)), \
                not plural(toks[head].lower)
        acting = _acting_on_someone(toks)
        if acting is not None:  # `A lawyer representing John Smith`, `White America embracing Obama`: not Smith,
            named = self._resolve(toks[acting + 1:], at)[0] if toks[acting + 1].is_capitalised else None  # not
            # Obama, whom the participle acts on; `Police investigating the death of John Jones`, as written
            if toks[acting - 1].is_capitalised and not (acting == 1 and people_word(toks[0].lower)):
                return self._resolve(toks[:acting], at)  # not `Protesters supporting …` opening a sentence
            return (f"{_description(toks[:acting + 1])} {named}" if named else _description(toks)), \
                not plural(toks[acting - 1].lower)
        if len(toks) == 3 and toks[0].lower in ("a", "the") and toks[1].lower in BODY_NOUNS \
                and toks[2].lower in BODY_TEXTS:  # `A club statement said` after `Manchester United have sacked
            body = self._resolve((Token("the", toks[1].start, toks[1].start), toks[1]), at)[0]  # …`: as `A
            if body and body[:1].isupper():  # statement from the club`
                return self._principals(body, toks[2].lower, True), False
        sent = sent_by(toks)
        if sent is not None:  # `A statement issued by the club` -> the club's statement
            sender, person = self._resolve(toks[sent + 1:], at)
            text = " ".join(t.bare.lower() for t in toks[1:text_head(toks) + 1])  # `joint statement`
            if sender and sender[:1].isupper():
                return self._principals(sender, text, not person), False
            if sender:
                owner = f"{sender}'" if plural(sender.rsplit(" ", 1)[-1]) else f"{sender}'s" if person \
                    and not _many(sender) else sender
                return f"{owner} {text}", False  # `the club` -> club statement, `the family` -> family statement;
                # `200 scientists' open letter`; `A leaked memo from the chief executive`: chief executive's leaked
                # memo
        posted = _posted_on_own_site(toks)
        if posted is not None:  # `a statement on her website` -> Kim Clijsters's statement
            return self._role(toks[posted + 1:posted + 2], toks[1:posted], at), False
        owner = _possessor_split(toks)
        if owner is not None and len(toks) == owner + 2 and toks[-1].lower in BODY_PARTS and _one_owner(toks[owner]):
            return self._role(toks[:owner + 1], (), at), True  # `His face darted …, as if to say`
        if owner is not None and _a_countrys(toks[:owner + 1]) and _human(toks[owner + 1:]):
            person, is_person = self._resolve((Token("the", toks[0].start, toks[0].end), *toks[owner + 1:]), at)
            if is_person and _proper(person or "") and not self._of_another_country(person, toks[:owner + 1]):
                return person, True  # `America's top diplomat`, `Britain's prime minister`: as `the British …`
        if owner is not None and _a_works(toks[:owner + 1]) and _human(toks[owner + 1:]):
            person, is_person = self._resolve((Token("the", toks[0].start, toks[0].end), *toks[owner + 1:]), at)
            if is_person and _proper(person or ""):
                return person, True  # `the study's lead author`, `the film's director`: as `the lead author`
        if owner is not None and _a_countrys(toks[:owner + 1]) and len(toks) > owner + 2 \
                and toks[-2].lower.endswith("est") and toks[-1].lower in BODY_NOUNS:
            body = self._body_before((Token("the", toks[0].start, toks[0].end), *toks[owner + 1:]), at)
            if body is not None:
                return body, False  # `the UK's largest supermarket`: the one business named, as `the largest …`
        if owner is not None:
            leader = self._body_leader(toks[1:owner + 1], at) if toks[-1].lower in _LEADING \
                and toks[0].lower == "the" and owner > 0 and toks[owner].is_capitalised else None
            if leader:  # `The Scottish National Party's parliamentary leader` after `The SNP's Nicola Sturgeon`
                return leader, True
            if _human(toks[owner + 1:]) and toks[owner].lower not in _FIRST_PERSON_OWNERS \
                    and (named := self._described_next(toks[-1], at)) \
                    and not self._the_owner_named(toks[owner].lower, named, at):  # but `our correspondent`: the
                return named, True  # publication's; `…, its co-chairman has said. ¶ Dr Liam Fox told …`
            if not _human(toks[owner + 1:]) and (kind := self._kind_named_next(toks[-1].bare.lower(), at)):
                return kind, False  # `the country's largest education union` ¶ `The National Education Union said`
            return self._role(toks[:owner + 1], toks[owner + 1:], at), _human(toks[owner + 1:])
        seat = _for_a_seat(toks)
        if seat is not None:  # `the MP for the Essex seat`: the member just named, as `the MP for Clacton`
            return self._person_named_before(at, _head_gender(seat)) or _description(toks), True
        placed = _from_a_state(toks)
        if placed is not None and _proper(person := self._resolve(placed, at)[0] or ""):
            return person, True  # `The senator from Vermont said` as `the Vermont senator`
        held = _role_of(toks)
        if held is not None:  # `a spokesman for Microsoft` -> Microsoft's spokesman
            if not _plural(held[0][-1]) and (named := self._described_next(held[0][-1], at, toks[-1].end)):
                return named, True  # `A prospective candidate for UKIP has resigned. ¶ Nicholas Betts-Green …`
            return self._held(toks, *held, at), not _plural(held[0][-1])
        voiced = _voice_for_described(toks)
        if voiced is not None:  # `a spokesman for the company` after `NTL said`, `for the author` after Paver
            principal, person = self._resolve(voiced[1], at)
            close = singular(voiced[0][-1].bare.lower()) not in VOICES_FOR \
                and voiced[0][-1].bare.lower() not in UNNAMED_VOICES  # `A friend of the actor`: a person's
            if principal and principal[:1].isupper() and (person or not close) \
                    and not (close and voiced[1][-1].lower in FAMILY):  # (not `A friend of the family`)
                role = " ".join(t.lower if t is toks[0] else t.text for t in voiced[0])  # (`Friends of the actor`)
                return self._principals(principal, role, not person), True
        if len(toks) == 1 and toks[0].is_capitalised and self.names.common_word(toks[0].bare):
            # `Prosecutors said`: people described; `Security warning over "…"`: no one; but `Labour said`, though
            # the text writes `the labour market`: a body's name
            if people_word(toks[0].bare):
                return toks[0].bare.lower(), False
            if toks[0].bare.lower() in FINDERS and self._paragraph(at[0]) == self.headline \
                    and _VERB_NEXT.match(self._paragraph(at[0]), toks[0].end):
                return toks[0].bare.lower(), False  # `Report finds 'toxic culture' at fire service`: the report the
                # story quotes (not `Analysis: …`, a label)
            spoke = body_speaks(self._paragraph(at[0]), (toks[0].text, toks[0].start, toks[0].end))
            return (toks[0].bare if spoke else None), False
        if len(toks) == 1 and toks[0].is_capitalised and toks[0].bare.lower() in self.names.full:
            return self.names.canonical((toks[0].bare,), at), True  # `May` after `Brian May`
        place = _place_after_in(toks)
        if place:  # `Policy makers in Europe`, `Republicans in Congress`: not the place
            who = toks[-len(place) - 2]
            if (people_word(who.bare) or who.is_capitalised and group_word(who.lower)) \
                    and not any(given_name(t.bare) for t in place) and not _place_then_a_name(place):  # but `the
                # organiser in Uganda, Sarah Mukasa`, `…, Puzapu Pufalon`
                return _description(toks), not (plural(who.lower) or group_word(who.lower))
            if len(place) == 2 and not given_name(place[0].bare) and self._surname_of_another(place):
                return self.names.canonical((place[-1].bare,), at), True  # `speaking in Thaliand Hingis` after
                # `Martina Hingis`: the place, then the surname
            if who.bare.lower() in _PUBLISHED and any(t.is_possessive or t.lower in POSSESSIVE_PRONOUNS
                                                      for t in toks[:-len(place) - 2]):
                return self._resolve(toks[:-len(place) - 1], at)  # `Smith's op-ed in the Guardian`: hers
            if who.is_capitalised:
                toks = toks[:-len(place) - 1]  # `John Smith in London`
            elif who.is_word and not who.lower.endswith("ing") and not any(
                    t.is_capitalised for t in toks[:-len(place) - 1]) and not any(given_name(t.bare) for t in place) \
                    and not _place_then_a_name(place):
                return _description(toks), not plural(who.lower)  # `a detainee in Woodhill Prison`: not the prison
        topic = next((k for k in range(1, len(toks) - 1) if toks[k + 1].lower == "about"), None)
        head = next((k for k in range(1, topic + 1) if toks[k].lower in PREPOSITIONS), topic + 1) if topic else None
        if head is not None and toks[head - 1].bare.lower() in NOT_HUMAN:
            return _description(toks), False  # `A book about Tony Blair`, `An article on Monday about Tashfeen
            # Malik`: the text, not whom it is about
        text = next((k for k in range(1, len(toks) - 1) if toks[k + 1].lower == "for"
                     and toks[k].lower in SOURCE_TEXTS), None)
        if text is not None and not toks[0].is_capitalised:
            return _description(toks[:text + 1]), False  # `a poll for the BBC`: the poll, not who ordered it
        if _inquiry_of(toks):
            return _description(toks), False  # `The independent review of London Fire Brigade found`: the review,
            # not what it reviewed
        if _two_names(toks) or toks[0].lower == "both" and _two_names(toks[1:]):
            return _names_written(toks[1:] if toks[0].lower == "both" else toks), False  # `Microsoft and Google
            # said`: both, not the last named; `Both Jane Smith and Tom Brown told`
        described = _described_by_a_relative(toks)
        if described is not None and described is toks[0] and plural_of_person(described.lower):
            return described.lower, False  # `Residents who live nearby say`: residents, as `Residents say` are
        if described is not None:
            return _description(toks), not plural(described.lower)  # `People who know Jones say`: not Jones
        placed = _person_from_a_place(toks)
        if placed and toks[0].lower in ("a", "an") and (named := self._described_next(toks[placed - 2], at)):
            return named, True  # `A pensioner from Swansea has said …. ¶ Margaret Davies, 78, said`: as `A pensioner`
        if _person_after_a_preposition(toks) or placed:
            return _description(toks), _human(toks)  # `The prosecutor in the trial of John Jones`: not Jones; `the
            # 27-year-old from Leeds`: not Leeds
        peerage = _peerage(toks) or next(iter(self._pair_of_peers(toks, at)), None)  # (`The Duke and Duchess of
        if peerage:  # Sussex have visited`: the duke, not a `Duke`)
            return self._peer(peerage, at) or peerage, True  # `Prince Harry has lost his bid. ¶ The Duke of Sussex
            # said`: Harry
        toks = _before_its_topic(toks)  # `Statement from Adam Schiff on Just Security`: Schiff's
        if len(toks) == 1 and toks[0].text[1:].islower() and _common_opener(toks[0].lower) \
                and self._mention_at(at[0], toks[0].start) is None:
            return toks[0].lower, False  # `Critics said`, `Sources said`: people described, as `some critics said`
            # are, not named
        if len(toks) == 1 and toks[0].start == 0 and toks[0].text[1:].islower() and people_word(toks[0].lower) \
                and not _many(toks[0].text) and not plural(toks[0].lower) and not given_name(toks[0].text) \
                and self._paragraph(at[0]) == self.headline \
                and not any(m.para != at[0] for m in self.names.mentions if m.words == (toks[0].text,)):
            return toks[0].lower, True  # `Headteacher 'proud' of pupils' results`: a headline's word for a person,
            # capitalised as its first word only
        if 2 <= len(toks) <= 3 and all(t.is_capitalised for t in toks) and toks[-1].text[-1:] == "s" \
                and plural_of_person(toks[-1].lower) and not any(given_name(t.text) for t in toks[:-1]):
            return _description(toks), False  # `Labour MPs said`: members of a party described, not `MPs` (but
            # `Passenger Paul Fellows`: a name whose surname ends as a plural does)
        if len(toks) >= 2 and toks[0].is_capitalised and not toks[1].is_capitalised \
                and plural_of_person(toks[-1].lower) and all(t.is_word for t in toks) \
                and (self.names.common_word(toks[0].text) or len(toks) == 2 and _plain_adjective(toks[0].text)) \
                and not _named_kind(toks[0].lower):
            return " ".join([toks[0].lower] + [t.text for t in toks[1:]]), False  # `Junior doctors said` where the
            # text writes `junior`: people described, the first word capitalised only as it opens the sentence; so
            # is an adjective by its ending (`Environmental campaigners`)
        if _office_of_a_place(toks) and (named := self._named_next((toks[1].bare.lower(),), at)):
            return named, True  # `The Archbishop of Canterbury has criticised …. ¶ Justin Welby told`: the lead's
            # office, whom the next paragraph names
        if 2 <= len(toks) <= 3 and toks[0].lower == "the" and not any(t.is_capitalised for t in toks[1:]) \
                and _human(toks) and not plural(toks[-1].lower) and (named := self._lead_office_holder(toks, at)):
            return named, True  # `The chief constable of Merseyside Police has apologised …. ¶ Serena Kennedy said
            # …. ¶ … the chief constable said`: the office the lead opens on, whom the paragraph after it names
        if _people_then_a_preposition(toks):
            return _description(toks), False  # `Passengers on a flight from Tenerife to Manchester`, `Workers at
            # Amazon`, `Fans from Liverpool`: the people, not the last name
        if len(toks) == 2 and toks[0].lower == "the" and (side := self._side_nicknamed(toks[1].bare.lower(), at)):
            return side, False  # `Arsenal beat Chelsea 2-0. ¶ The Gunners said`: the club the nickname stands for
        tagged = _party_and_state(toks)
        if tagged is not None and (member := self._of_party_and_state(*tagged, at)):
            return member, True  # `the independent from Vermont`, `the Vermont independent` after `Sen. Bernie
            # Sanders, I-Vt.,`: not Vermont
        name = _trailing_name(_before_affiliation(toks)) or _leading_name(toks)
        if _a_seat_unnamed(toks) and (named := self._described_next(toks[-1], at)) \
                and toks[-1].bare.lower() in self.names.roles(named) | self.names.set_off(named):
            return named, True  # `…, a local MP has warned. ¶ Rachel Gilmour, Lib Dem MP for Tiverton, said`
        if name and (len(toks) == 2 and toks[0].lower in ("a", "an") and toks[1].lower in SEAT_SUFFIXES
                     or _person_to_do(toks)):
            name = None  # `An MP who was attacked …`: one lawmaker, no name; `The first woman to row solo across the
            # Pacific`: a place in what she did
        if name:
            canonical, is_org = self._named(toks, name, at)
            if not is_org:
                self._note_owned_role(toks, name, canonical, at)
            return canonical, not is_org
        authored = self._persons_text(toks, at)
        if authored:
            return authored, False
        body = self._body_before(_unpossessed(toks) if toks[-1].is_possessive else toks, at)
        if body:  # `The paper's editorial argues` after `The Guardian says`: the body's own text
            return body, False
        if len(toks) == 2 and toks[0].lower == "the" and _human(toks) and self._defined_opening(toks, at) \
                and (named := self._described_next(toks[-1], at)):
            return named, True  # `The woman who ran the UK's busiest A&E has said …. ¶ Dr Sarah Hale left …`
        if toks[0].lower in ("a", "an") and _human(toks) and not _tied_to_another(toks) \
                and (named := self._described_next(toks[-1], at)):  # (not `A friend of the victim said`: the victim
            # named next is no friend)
            role = toks[-1].bare.lower()  # `A former Home Office minister has called for …. ¶ Barbara Roche said …`
            return (role not in self.names.roles(named) and self._role_named_next(role, at)) or named, True
        if toks[0].lower in ("a", "an") and _human(toks) and not _tied_to_another(toks) \
                and (named := self._titled_so_next(toks[-1].bare.lower(), at)):
            return named, True  # `This week a judge claimed …. Judge Charles Harris QC made his remarks`
        if toks[0].lower in ("a", "an") and (named := self._kin_named_below(toks[-1].bare.lower(), at)):
            return named, True  # `A mother whose son took his own life says …. ¶ His mother, Rebecca, said`
        kin = _kin_of_someone(toks)
        if kin == 2 and toks[0].lower == "the" and (named := self._kin_named_below(toks[1].bare.lower(), at)):
            return named, True  # `The mother of a teenager missing … has said …. ¶ Her mother, Kelly Morris, said`
        if kin is not None and (named := self._one_described_named_next(toks[-1], at)):
            kin_words = " ".join(t.lower for t in toks[:kin] if t.lower != "the")
            return self._principals(named, kin_words), False  # `The family of a 16-year-old
            # boy … have described him as …. ¶ Daniel Okafor was found …`: Daniel Okafor's family
        counted = _people_counted(toks)
        if counted and (together := self._named_together_next(counted, at)):
            return together, False  # `Two women who were wrongly convicted … have said …. ¶ Janet Skinner and Seema
            # Misra were among …`: the two named
        named = _named_outlet_or_text(toks)
        if named is not None:  # `the influential Edge magazine` -> Edge magazine
            return _description(toks[named:]), False
        if len(toks) >= 3 and toks[0].lower == "the" and toks[-1].lower in ("club", "side") \
                and a_league(" ".join(t.text for t in toks[1:-1])):
            return _description(toks), False  # `The Serie A club said`: a club of that league, not the league (which
            # of those named the text does not say)
        if len(toks) == 3 and toks[0].lower == "the" and toks[-1].lower in ("club", "side") and toks[1].is_capitalised \
                and not self._named_elsewhere(toks[1], at) and (club := self._body_before((toks[0], toks[-1]), at)):
            return club, False  # `Leeds United confirmed the deal. ¶ The Yorkshire club said`: where the club is, a
            # name the text gives nothing else
        product = _products_maker(toks)
        if product is not None:  # `the ChatGPT maker said`: the business that makes it, not ChatGPT
            return self._makers_body(product, at) or _description(toks), False
        labelled = _body_then_label(toks)
        if labelled is not None and (party := _PARTYS_MEMBERS_NAMED.get(" ".join(t.lower for t in labelled))):
            return party, False  # `The Liberal Democrat group said`: the party, by the name it speaks by
        if labelled is not None:  # `The Unite union said`, `The Resolution Foundation think tank said`: the body's
            return self._named(labelled, labelled, at)[0], False  # name, as `Unite said` is
        if len(toks) == 2 and toks[0].lower == "the" and not toks[1].is_capitalised \
                and (described := self._so_titled_before(toks[1].bare.lower(), at)
                     or self._so_described_before(toks[1].bare.lower(), at)):
            if not described[:1].isupper() and (led := self._lead_describes((toks[1].bare.lower(),), at)):
                return led, True  # `A train driver has been praised …. Tom Brown, 52, spotted …`: the one named
            return described, True  # `Forecaster Alex Deakin said …. ¶ "…," the forecaster added`: Deakin; `A senior
            # official said …. ¶ "…," the official added`: the senior official
        if len(toks) == 3 and toks[0].lower == "the" and toks[1].lower in _MANNERS and not toks[2].is_capitalised \
                and (described := self._so_titled_before(toks[2].bare.lower(), at)):
            return described, True  # `Promoter Frank Warren said …. ¶ "…," the veteran promoter added`: what he is
            # like, then the word he is titled with
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].is_word and not toks[1].is_capitalised \
                and _office(toks) and (placed := self._office_of_a_place_before(toks[1].bare, at)):
            return placed, True  # `The Archbishop of Canterbury echoed the call. "…," the archbishop said`
        if toks[0].lower in ("the", "a", "an") and not _human(toks) and (kind := self._kind_named_next(
                toks[-1].bare.lower(), at)):
            return kind, False  # `A union has warned …` ¶ `The National Education Union said`
        if toks[0].lower == "the" and (called := self._called_epithet(toks, at)) and _human(toks) and (
                called := self._called_so(*called, at, _head_gender(toks[-1].bare.lower()) or "")):
            return called, True  # `Care worker Ann Lee` ¶ … ¶ `the care worker said`: a word no epithet list holds
        if 2 <= len(toks) <= 3 and toks[0].lower == "the" \
                and all(t.is_word and not t.is_capitalised for t in toks[1:]) \
                and _human(toks) and (led := self._lead_describes(tuple(t.bare.lower() for t in toks[1:]), at)):
            return led, True  # `…, a witness has told jurors. ¶ David Myers made the comments …. ¶ "No," replied the
            # witness`
        if len(toks) == 3 and toks[0].lower == "the" and (deputy := self._deputy_set_off(
                tuple(t.bare.lower() for t in toks[1:]), at)):
            return deputy, True  # `His deputy, Kevin Small, will lead …. ¶ "…," the deputy leader admitted`
        return _description(toks), _human(toks)

    def _institution_named_before(self, word: str, at: tuple[int, int]) -> str | None:
        """The one name ending in `word` capitalised (`the National Gallery`, `Guy's Hospital`, `Manchester
        Airport`) that this paragraph before `at` or the two before write: the institution `the gallery` is."""
        ending = _INSTITUTION_ENDINGS.get(word, word[:1].upper() + re.escape(word[1:]))
        pattern = re.compile(  # (past a `The` opening a sentence: not `The Gallery`)
            rf"(?:\b(?:The|An?) )?((?!(?:The|An?) )(?:[A-Z][\w'’-]* )+(?:{ending})"
            rf"(?: of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)?)\b")  # and what it is of (`the Royal College of Nursing`)
        named = self._sole_match_before(pattern, at, _INSTITUTION_REACH)
        if named is None and (further := self._sole_match_before(pattern, at, at[0])) is not None \
                and self._sole_match_before(re.compile(rf"\b({re.escape(further.split()[0])})\b"), at,
                                            _INSTITUTION_REACH):
            named = further  # `Workers at Heathrow Airport will strike. ¶ … ¶ A Heathrow spokesperson said …. ¶ The
            # airport said`: the one named further back, whose first word the text has written since
        lead = self._lead_before(at[0]) if named is None and further is not None else None
        if lead is not None and self._sole_match_before(pattern, (lead, _PAST_ANY_END), 0) == further:
            named = further  # `Flights were suspended at Newcastle Airport …` ¶ … ¶ `The airport said`: the one the
            # story's lead names, none other named since
        return named

    def _place_at_before(self, at: tuple[int, int]) -> str | None:
        """`Unite has called a strike at Heathrow. The airport said`: the one name after `at` that this paragraph
        writes before `at`, of no person and joined to no other, where no institution of the kind is named."""
        found = self._sole_match_before(_AT_A_NAME, at, 0)
        return None if found is None or self.names.known_person(found) or given_name(found.split()[0]) else found

    def _office_of_a_place_before(self, head: str, at: tuple[int, int]) -> str | None:
        """The office of a place or a body, written in capitals (`the Archbishop of Canterbury`, `the Bishop of
        London`), that this paragraph before `at` or the one before names with `head` and names no one with: the
        one office in the story that `the archbishop` stands for."""
        return self._sole_match_before(re.compile(
            rf"\b[Tt]he ({head[:1].upper()}{re.escape(head[1:])} of (?:the )?[A-Z][\w'’-]+"
            rf"(?: (?:of )?[A-Z][\w'’-]+)*)(?![\w'’]| [A-Z])"), at, 1)

    def _sole_match_before(self, pattern: re.Pattern, at: tuple[int, int], reach: int,
                           not_opening: frozenset[str] = frozenset()) -> str | None:
        """The one text `pattern`'s first group matches in this paragraph before `at` or the `reach` paragraphs
        before it, not opening on a word (lowercase) `not_opening` holds; None when none or several."""
        found = {m.group(1) for para in range(max(0, at[0] - reach), at[0] + 1)
                 for m in pattern.finditer(self._paragraph(para), 0, at[1] if para == at[0] else _PAST_ANY_END)
                 if m.group(1).split(None, 1)[0].lower() not in not_opening}
        return found.pop() if len(found) == 1 else None

    def _the_owner_named(self, owner: str, named: str, at: tuple[int, int]) -> bool:
        """Whether the person named next may be whom the his or her (`owner`) at `at` stands for, of its sex, when the
        lead names no one of that sex before it: `a worker who was called "lazy" by her boss. ¶ Greggs employee
        Susan Barker, 54, told …` names the worker, not the boss (but `Gordon Brown will …, according to his former
        chief economic adviser. ¶ … Ed Balls`)."""
        if owner not in ("his", "her"):
            return False
        sex = "m" if owner == "his" else "f"
        return self.names.gender(named) == sex and not any(
            self.names.gender(self.names.canonical(m.words, m.at)) == sex
            for m in self.names.mentions_between(at[0], 0, at[1]) if not m.is_org)

    def _titled_owner(self, toks, at) -> str | None:
        """`the prime minister's intention to "…"` after `Prime Minister Tony Blair`: an office's holder
        as the owner of what was said, when the text titles someone with that office (no guess from who is
        named near it: `The first minister's statement` opens a story that names others first)."""
        if not toks[-1].is_possessive:
            return None
        office = _office(_unpossessed(toks))
        return self.names.holder(office, at) if office else None

    def _epithet_owner(self, toks, at) -> str | None:
        """`The manager's verdict`, `The Portuguese's assessment` after `Jose Mourinho watched …`, `His rival's
        verdict`: the person an epithet or a relation that owns the words stands for, as `the manager said` does."""
        if len(toks) < 2 or not toks[-1].is_possessive:
            return None
        bare = tuple(_unpossessed(toks))
        if not (toks[0].lower == "the" and _just_named(bare) is not None
                or len(toks) == 2 and toks[0].lower in ("his", "her") and not toks[-1].is_capitalised):  # `His
            # rival's verdict`, as `His rival said`
            return None
        person, is_person = self._resolve(bare, at)
        return person if is_person and person and (_proper(person) or toks[0].lower != "the") else None  # (`His
        # wife's verdict`: Tom Hill's wife)

    def _persons_text(self, toks, at) -> str | None:
        """`the Kok report` after `the report, by … Wim Kok`, `the Hutton report`: a text that a
        person's name, which the document gives a he or a she or a title, titles is theirs: `Wim Kok's
        report`."""
        if not (3 <= len(toks) <= 4 and toks[0].lower == "the" and toks[-1].lower in _PERSONS_TEXTS
                and all(t.is_capitalised and not t.is_possessive for t in toks[1:-1])):
            return None
        person = self.names.canonical(tuple(t.bare for t in toks[1:-1]), at)
        if not self.names.known_person(person):
            return None
        return self._principals(self.names.peer_titled(person), toks[-1].lower)  # `Lord Hutton's report`

    def _surname_of_another(self, words) -> bool:
        """The last of `words` is the surname of a person the document names in full with another first word."""
        return any(len(m.words) >= 2 and m.words[0] != words[0].bare and given_name(m.words[0])
                   for m in self.names.full.get(words[-1].bare.lower(), ()))

    def _one_of_latest(self, at: tuple[int, int], many: bool) -> str | None:
        """For `One`, `Another` or `Others`: the kind the paragraph last described, unless the group the sentence just
        before opens on comes after it (`A spokesperson said …. Fans took to social media. One wrote`: a fan)."""
        kind = self._one_of(at, many)
        group = self._one_of_group_before(at, many)
        if kind is None or group is None:
            return kind[0] if kind else group
        before = self._sentence_before_at(at)
        return group if before is not None and (before[0], before[1][before[2]].start) > kind[1] else kind[0]

    def _one_of(self, at: tuple[int, int], many: bool = False) -> tuple[str, tuple[int, int]] | None:
        """For `Another` or `One` speaking: the word for the kind the paragraph last described
        (`one user wrote …. Another said` -> user; `Some former employees are angry …. One told`
        -> former employee; `one … sign read …. Another advised` -> sign); for `Others` (`many`), in
        the plural, only after `some` or `many` (`some protesters chanted …. Others … shouted`)."""
        kind = None
        for para, text in ((at[0] - 1, self._paragraph(at[0] - 1) if at[0] else ""),
                           (at[0], self._paragraph(at[0])[:at[1]])):
            for match in _ONE_OF.finditer(text):
                if match.group(0)[0] in "Aa" and text[:match.start()].rstrip().endswith(","):
                    continue  # `One protester, a retired teacher, said …. Another said`: one protester's own
                    # appositive, no kind of the group
                words = match.group(1).split()
                head = words[-1].lower()
                some = match.group(0).split()[0].lower() in _GROUP_OPENERS and (plural(head) or head == "people")
                single = ("person" if head == "people" else singular(head)) if some else head
                if many and not some:
                    continue
                if people_word(single) or people_word(single + "s") or single.endswith("ee") or single in _WRITTEN:
                    capitals = words[-1].rstrip("s").isupper()  # `Tory MP`, `Labour MPs`
                    modifiers = [w for w in words[:-1] if (w.islower() or capitals)
                                 and w.lower() not in PREPOSITIONS_OR_DETERMINERS]
                    shown = head if many else single
                    if capitals:
                        shown = words[-1] if many or words[-1].isupper() else words[-1][:-1]
                    kind = (" ".join(modifiers[-1:] + [shown]), (para, match.start()))
            for match in _SOURCES_NEAR.finditer(text):  # `according to two people familiar with the talks. ¶ One
                head = "person" if match.group(1) == "people" else singular(match.group(1))  # of them said`
                kind = None if many else (f"{head} {match.group(2)}", (para, match.start()))
        return kind

    def _texts_read(self, at: tuple[int, int], end: int) -> str | None:
        """For `one` or `another` beside `read` (`read one`, `one read`): the kind of text written in the
        plural last before it, in this paragraph or the one before (`filled the skies with anti-Trump messages. ¶
        "…," read one`: a message)."""
        text = self._paragraph(at[0])
        if not (_READ_BEFORE.search(text, 0, at[1]) or _READ_AFTER.match(text, end)):
            return None
        before = (self._paragraph(at[0] - 1) if at[0] else "") + "\n" + text[:at[1]]
        kinds = [singular(match.group(0).lower()) for match in _PLURAL_WORD.finditer(before)]
        return next((kind for kind in reversed(kinds) if kind in _WRITTEN | _REMARKS), None)

    def _named_elsewhere(self, tok, at: tuple[int, int]) -> bool:
        """Whether the text names the word `tok` writes anywhere but at `tok` (`Chelsea` of `the Chelsea side`)."""
        return any(m.words == (tok.bare,) and m.at != (at[0], tok.start) for m in self.names.mentions)

    def _kind_that_spoke_here(self, at: tuple[int, int]) -> str | None:
        """The kind of person who spoke last in this paragraph before `at` (`_kind_that_spoke`)."""
        last = self._last_voice(at)
        return self._kind_that_spoke(at) if last is not None and last[0][0] == at[0] else None

    def _kind_that_spoke(self, at: tuple[int, int]) -> str | None:
        """For `another` or `the other`: the kind of person (`nurse`) who spoke last, in this paragraph or
        the one before, as one of a group (`"…," one said`)."""
        last = self._last_voice(at)
        if last is None:
            return None
        head = last[1].rsplit(" ", 1)[-1]
        described = last[1].islower() and people_word(head) or head.lower() in _PARTIES_OR_MEMBERS \
            and not self.names.known_person(last[1])  # `added another New Hampshire Republican`
        return last[1] if described else None

    def _one_of_group_before(self, at: tuple[int, int], many: bool) -> str | None:
        """`Junior doctors were on the picket line. "…," one said`: one of the people the sentence
        before made its subject, in the singular (for `Others`, the plural)."""
        group = self._group_before(at)
        if group is not None and group.split()[0] == "people":  # `Two people familiar with the matter said`
            return group if many else "person" + group[len("people"):]
        if group is None or not plural(group.rsplit(" ", 1)[-1].lower()):
            return None
        return group if many else singular(group)

    def _group_before(self, at: tuple[int, int]) -> str | None:
        """For `Some`, `Several`, `Most` speaking: the group of people that is the subject of the
        clause before, in this paragraph or closing the one before (`The Republican candidates
        would … ¶ Several said` -> Republican candidates; `… 10 Republicans in Tennessee were
        worried …; most said`)."""
        tokens, i, opening = self._sentence_at(at)
        semicolon = next((k for k in range(i - 1, opening - 1, -1) if tokens[k].text == ";"), None)
        if semicolon is not None:
            clause = tokens[opening:semicolon]
        else:
            before = self._sentence_before_at(at)
            clause = before[1][before[2]:before[3]] if before is not None else []
        verb = next((k for k in range(len(clause)) if is_finite_verb(clause, k)), len(clause))
        k = next((k for k in range(verb - 1, -1, -1) if clause[k].is_word and (
            plural_of_person(clause[k].lower) or clause[k].lower in _PLURAL_NEAR_PEOPLE or (
                clause[k].is_capitalised and group_word(clause[k].lower)))), None)
        if k is None:  # `The deal could come this week, the people said, speaking on condition of anonymity`
            k = next((j for j in range(1, len(clause) - 1) if clause[j - 1].text == "," and clause[j].lower == "the"
                      and (plural_of_person(clause[j + 1].lower) or clause[j + 1].lower == "people")
                      and j + 2 < len(clause) and clause[j + 2].lower in CUE_FORMS), None)
            if k is None:
                return None
            k, verb = k + 1, k + 2
        head = clause[k].text if k and clause[k].is_capitalised else clause[k].lower
        if k + 1 < verb and clause[k + 1].lower in _POSTMODIFIERS:  # `Two people familiar with the matter said`
            head = " ".join([head] + [t.text for t in clause[k + 1:verb] if t.is_word])
        modifier = clause[k - 1].text if k > 1 and clause[k - 1].is_capitalised else None
        return f"{modifier} {head}" if modifier else head

    def _titled_in_paragraph(self, role: str, at: tuple[int, int]) -> str | None:
        """The one person the document titles with `role` (`England coach Andy Robinson`), if
        this paragraph names them before `at`."""
        holder = self.names.holder((role,), at) if role in ROLE_WORDS else None
        return holder if holder in self.names.mentioned_within(at[0], 0, at[1]) else None

    def _qualified_here(self, role: str, at: tuple[int, int]) -> str | None:
        """The one person this paragraph names before `at`, or else the paragraph before it, whom the text titles
        with an office ending in `role` (`Police Chief Jim Smith`, `Los Angeles Fire Department Chief Kristin
        Crowley` for `the chief`; a body's head also of the paragraph after, where that names no one before, and
        one of an office no nation holds where it names no one outside its quotations: `Unison official Sue Mills
        said …` ¶ `"…," the official said`)."""
        before = self.names.mentioned_within(at[0] - 1, 0, len(self._paragraph(at[0] - 1))) if at[0] else frozenset()
        named = self.names.mentioned_within(at[0], 0, at[1]) or (  # a body's head: the paragraph before too
            before if role in _LEADING else frozenset())  # (but `the president` a paragraph after `World Bank
        # President Jim Yong Kim` is a nation's, where no place qualifies the title)
        titled = self._titled_with(named, role)
        if not titled and role not in _PERSONS_OFFICES and not any(
                not m.is_org for m in self.names.mentions_between(at[0], 0, at[1])):
            titled = self._titled_with(before, role)
        return titled.pop() if len(titled) == 1 else None

    def _titled_with(self, named: frozenset[str], role: str) -> set[str]:
        """Those of `named` whom the text titles with an office ending in `role`, not a lesser one (not `Deputy
        Mayor Nicky Gavron` for `the mayor`)."""
        return {name for name in named if any(m.office[-1:] == (role,) and not set(m.office) & set(_LESSER)
                                              for m in self.names.mentions_of(name) if m.office)}

    def _titled_just_before(self, head: str, at: tuple[int, int]) -> str | None:
        """The one person the document titles with `head` (`columnist Ai Jun`), if one of the two
        paragraphs before names them (`Labour's John Smith clashed with Conservative minister Jane
        Brown. ¶ "…," the Labour MP said. ¶ "…," the minister said`: Brown)."""
        holder = self.names.holder((head,), at) if head in ROLE_WORDS and at[0] > 0 else None
        if holder is not None and any(self.names.known_person(name) for name in self.names.named_within(
                at[0], 0, sentence_start_in(self._paragraph(at[0]), at[1]), speakers=False) - {holder}):
            return None  # `Singer Olly Alexander …` ¶ `Jane Smith won. The singer said`: whom the sentences before
            # in this paragraph name as their subject
        return holder if any(holder in self.names.mentioned_within(p, 0, len(self._paragraph(p)))
                             for p in range(max(min(1, at[0] - 1), at[0] - 2), at[0])) else None  # (the title
        # only as the paragraph right before: `Wales Coach Elated with Win` is no name two paragraphs on)

    def _sole_person(self, at, office: tuple[str, ...] = ()) -> str | None:
        """The one person the text knows as one (by a sex, a title or an office; not a place or a survey read as a
        name) the document has named before `at`, if the title names them too (`Howard denies split …` for `The Tory
        leader said`: the story is theirs); one the text titles with another office (`President
        Bush` for `the prime minister`) is not a candidate."""
        before = list(self.names.events_before(at))
        another = {name: self._holds_another(name, office) for name in {name for _, name, _ in before}}  # each
        # name asked once: a long document names its people many times
        events = [(name, kind) for _, name, kind in before if not another[name]]
        named = {name for name, holds in another.items() if not holds and self.names.known_person(name)}
        if len(named) != 1 or any(kind != "mention" and " " in name and name[:1].isupper()
                                  and not self.names.known_person(name) and not _looks_like_org(name)
                                  for name, kind in events):
            return None  # nor when someone acted whose full name the text gives no sex (`Marco Rubio still believes`)
        person = next(iter(named))
        titled = office and office[-1] in HONORIFICS and office[-1] in {w.lower() for w in self.title_words}
        if not titled and person.rsplit(" ", 1)[-1] not in self.title_words:
            return None  # or the office: `Chancellor rallies Labour voters`, when it is an office that titles a
            # name (not `Marsh executive in …`)
        return None if office and self._met_before(office, at) else person

    def _the_one_untitled(self, office: tuple[str, ...], at, written: tuple[str, ...] = ()) -> str | None:
        """`the prime minister` in a story that names Tony Blair with no office beside Home Secretary
        Charles Clarke and Tory co-chairman Liam Fox: of a government's first offices and a party's
        leader, the one person named before `at` whom the text gives no office, role or description
        (`The home secretary said` opening a sentence after them, `Soham murderer Ian Huntley`), nor
        names apart from the office in a sentence (`Michael Howard has no doubt it is the prime minister
        who …`), if there is one; a nation's office `written` in full (`US president`) is that office, named apart."""
        if office not in _FIRST_OFFICES and not _a_party_leader(office) \
                or office == ("mayor",) and not self._written_before(_THE_MAYOR, at):
            return None  # (a mayor, only where the text writes of the mayor before: `the London mayor's comments`)
        held = self.held.get(office, set())
        if len(held) == 1:
            return next(iter(held))  # the one it stood for before: now described, no longer untitled
        described = {name for _, name in self.described} \
            | {name for held, names in self.held.items() if held != office for name in names} \
            | {name for where, name in self._office_introductions().values() if where is not None and where < at}
        everyone = {name for _, name, _ in self.names.events_before(at)}
        before = everyone - described  # each name once: a long
        # document names its people many times
        named = {name for name in before
                 if " " in name and self.names.gender(name)
                 and self.names.roles(name) <= _COURTESIES and not self.names.is_described(name)
                 and not self._labelled_person(name) and not self._beside_the_office(name, written or office, at)
                 and not self._holds_another(name, office)  # not `The Prime Minister, Keir Starmer,`
                 and not self.names.owners_of(name) - set(office)  # not `The SNP's Nicola Sturgeon` for
                 and not self._headline_fragment(name, everyone)}  # `the Labour leader`; nor `Ken Nazi` of a
        # headline `Probe launched on Ken Nazi jibe`
        if office != ("chancellor",):
            named.discard(self._budget_owner(at))  # `the prime minister` is not `Gordon Brown's Budget`'s chancellor
        if not any(self.names.gender(name) in ("m", "f") or self.names.given_an_office(name)
                   for name in everyone - named) \
                and not (len(named) == 1 and _a_party_leader(office) and self._party_beside(next(iter(named)), office)):
            return None  # `Elon Musk wrote …. ¶ the president said`: no one else named, titled or not, to set him
            # apart (a person of any given name: `Zelensky's chief of staff, Andriy Yermak,`); but `Senior
            # Conservatives are plotting to oust Kemi Badenoch. ¶ the Tory leader said`: her party's
        return named.pop() if len(named) == 1 else None

    def _headline_fragment(self, name: str, everyone) -> bool:
        """Whether the headline alone names `name`, with a word another name below it begins or ends with (`Ken
        Nazi` of `Probe launched on Ken Nazi jibe` over Ken Livingstone)."""
        if self._below_the_headline(name):
            return False
        words = name.split()
        return any(other != name and self._below_the_headline(other)
                   and (other.split()[0] == words[0] or other.split()[-1] == words[-1]) for other in everyone)

    def _parents_addressed(self, quotation: str) -> frozenset[str]:
        """The people the text titles father (or mother) when the `quotation` speaks of Dad (or Mum): `His father,
        Chips, was a novelist. "Dad taught me to read people," he says` is not the father's."""
        parents = {_PARENT_WORDS[word.lower()] for word in _PARENT_SPOKEN_OF.findall(quotation)}
        return self._titled_as(parents) if parents else frozenset()

    def _titled_as(self, titles) -> frozenset[str]:
        """The people the text titles with any of these lowercase `titles` (`His father, Chips,`, `Prosecutor Ian
        Green`)."""
        return frozenset(self.names.canonical(m.words, m.at) for m in self.names.mentions
                         if (m.title or "").lower() in titles)

    def _mention_sentence(self, m) -> tuple[str, int, int]:
        """The paragraph that names `m`, and where the sentence naming it opens and ends (at its full stop, or the
        paragraph's end)."""
        text = self._paragraph(m.para)
        stop = SENTENCE_STOP.search(text, m.end)
        return text, sentence_start_in(text, m.start), stop.start() if stop else len(text)

    def _party_beside(self, person: str, office: tuple[str, ...]) -> bool:
        """Whether a sentence that names `person` names the party whose leader the `office` is (`Senior
        Conservatives are plotting to oust Kemi Badenoch` for `the Tory leader`)."""
        party = set(party_named(office[:-1]))
        for m in self.names.mentions_of(person):
            text, start, end = self._mention_sentence(m)
            sentence = text[start:end]
            words = {_PARTY_PLURALS.get(w.lower(), w.lower().removesuffix("s")) for w in _CAPITALISED.findall(sentence)}
            if party & {p for w in words for p in party_named((w,))}:  # (`Conservatives`, `Tories`)
                return True
        return False

    def _budget_owner(self, at: tuple[int, int]) -> str | None:
        """The one person named before `at` whose Budget the text writes (`Gordon Brown's Budget`, `Mr Brown's
        ninth Budget`): a British government's chancellor."""
        if self._budgets is None:  # (the text read once: a long document asks often)
            self._budgets = [(m.at, self.names.canonical(m.words, m.at)) for m in self.names.mentions
                             if m.possessive and not m.is_org and not m.in_quote
                             and _BUDGET_AFTER.match(self._paragraph(m.para), m.end)]
        owners = {owner for where, owner in self._budgets if where < at}
        owner = owners.pop() if len(owners) == 1 else None
        return None if owner is None or self._holds_another(owner, ("chancellor",)) else owner  # not `Shadow
        # chancellor George Osborne's alternative Budget`

    def _labelled_person(self, person: str) -> bool:
        """Whether the text writes a noun after a capitalised word right before the person's name
        (`Soham murderer Ian Huntley`): a description, though no role the lexicon knows; not an honorific
        (`the Cosmopolitan interview Mr. Howard`)."""
        if person not in self._labelled:  # (each person's answer once: a long document asks often)
            self._labelled[person] = any(_labelled(self._paragraph(m.para), m.start)
                                         for m in self.names.mentions_of(person)
                                         if not m.in_quote and (m.title or "").lower() not in HONORIFICS)
        return self._labelled[person]

    def _beside_the_office(self, person: str, office: tuple[str, ...], at) -> bool:
        """Whether a sentence before `at` names `person` and the office apart (`Charles Clarke said the
        prime minister's plan was fair`): two people."""
        if (person, office) not in self._office_beside:  # (where it first does, found once)
            phrase = re.compile(r"\b" + r"\s+".join(office) + r"\b(?!['’]s\s+(?-i:[A-Z]))", re.I)  # (not the
            # name of an event: `at Prime Minister's Questions`)
            self._office_beside[(person, office)] = next(
                (m.at for m in sorted(self.names.mentions_of(person), key=lambda m: m.at) if not m.in_quote
                 and phrase.search(self._paragraph(m.para))  # (the paragraph first: it needs no tokens)
                 and phrase.search(self._paragraph(m.para), *self._sentence_span(m.at))), None)
        first = self._office_beside[(person, office)]
        return first is not None and first < at

    def _sentence_span(self, at: tuple[int, int]) -> tuple[int, int]:
        """Where the sentence at `at` opens and ends in its paragraph."""
        text = self._paragraph(at[0])
        tokens = self._tokens(text)
        i = _token_at(tokens, at[1])
        return _sentence_bounds(tokens, i, len(text)) if i < len(tokens) else (at[1], len(text))

    def _introduced(self, office: tuple[str, ...], at) -> str | None:
        """`… unveiled by David Blunkett. The home secretary said …`: the person who acted last
        before the sentence that first opens with `the` and this office, if the title names them
        (`Blunkett unveils policing plans`), no one titles them with another office, and another
        office's first sentence did not introduce them (`Mr Blunkett said …. The prime minister
        said` is not Blunkett, the home secretary)."""
        where, person = self._office_introductions().get(office, (None, None))
        return person if where is not None and where <= at else None

    def _office_introductions(self) -> dict[tuple[str, ...], tuple[tuple[int, int], str | None]]:
        if self._offices is None:
            self._offices = self._introductions()
        return self._offices

    def _opened_on(self, office: tuple[str, ...], at) -> str | None:
        """`The days of … are over, Gordon Brown has said. ¶ The chancellor, speaking …`: the person
        who is the main subject of the sentence just before the one that first names the office,
        opening with `the` and it, unless that sentence names them too (`But the prime minister says
        it is time for Mr Livingstone to say sorry`), opens with a contrast, or the document titles
        them with another office."""
        if self._openings is None:
            self._openings = self._first_openings()
        where, person = self._openings.get(office, (None, None))
        return person if where is not None and where <= at and self.names.gender(person or "") \
            and not self._holds_another(person, office) and not self._holds_a_lesser(person, office) \
            and not ("incoming" in office and office[-1] in self.names.roles(person)) \
            and not self._known_as_kin(person) and not self._docked(person, office[-1]) else None  # (not `Mexican
        # President Claudia Sheinbaum` for `the incoming president`, nor `His brother Eric` for `The president`, nor
        # `Paul Green was jailed` for `The judge`)

    def _appointed(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`Tom Brown has been elected mayor of Leeds`, `Ann Lee has resigned as chair of the BBC`, `… was sworn in
        as the new Speaker`: the one person named before `at` whom a sentence puts into the office or out of it
        (`the new mayor`, `the outgoing chair`, `the new Wales coach`: the office's words, a place among them)."""
        wanted = {w for w in office if w not in _CHANGING_HANDS}
        if not wanted or office[-1] not in ROLE_WORDS:
            return None
        if self._puts is None:  # (each sentence read once: a long document asks often)
            self._puts = [(m.at, self.names.canonical(m.words, m.at), frozenset(
                w.lower() for w in re.findall(r"[\w-]+", f"{put.group('office')} {put.group('of') or ''}")))
                for m in self.names.mentions if not (m.is_org or m.in_quote)
                and (put := _PUT_IN_OFFICE.match(self._paragraph(m.para), m.end)) is not None
                and not _JOINED_BEFORE.search(self._paragraph(m.para), max(0, m.start - 6), m.start)]  # (not `Tom
            # Brown and Ann Lee were elected`: either)
        found = {name for where, name, held in self._puts if where < at and office[-1] in held and wanted <= held}
        return found.pop() if len(found) == 1 else None

    def _known_as_kin(self, person: str) -> bool:
        """Whether the text introduces `person` only as someone's relative (`His brother Eric agreed`), with no
        title or office."""
        mentions = self.names.mentions_of(person)
        return any(m.kin for m in mentions) and not any(m.office or m.title and not m.kin for m in mentions)  # (the
        # relation is the title of `His brother Eric`)

    def _holds_a_lesser(self, person: str, office: tuple[str, ...]) -> bool:
        """Whether a sentence that names `person` gives a deputy's, a shadow's or a former holder's form of
        the office (`Angela Rayner has resigned as deputy prime minister`): not the prime minister."""
        lesser = _lesser_form(office)
        for m in self.names.mentions_of(person):
            text = self._paragraph(m.para)
            stop = SENTENCE_STOP.search(text, m.end)
            if lesser.search(text, m.end, stop.start() if stop else len(text)):
                return True
        return False

    def _first_openings(self) -> dict[tuple[str, ...], tuple[tuple[int, int], str | None]]:
        """Each office whose first mention opens a sentence: that sentence's position and the main
        subject of the sentence before, if it is not named in the opening sentence and no earlier
        office's opening gave them (`… unveiled by David Blunkett. The home secretary said …. Mr
        Blunkett said …. The prime minister said` is not Blunkett)."""
        found: dict[tuple[str, ...], tuple[tuple[int, int], str | None]] = {}
        seen: set[tuple[str, ...]] = set()
        introduced = {person for _, person in self._office_introductions().values()}  # one office each
        for n, text in enumerate(self.paragraphs):
            tokens = None
            for match in _OFFICE_MENTION.finditer(text):
                words = [w.rstrip(",;:") for w in match.group(1).split()]  # `The chancellor, speaking …`
                if _DASH_AFTER.match(text, match.end()):
                    words.append("—")  # `The justice -- who has been …`: the office ends at the dash
                office = _office_words(words)
                named_before = office in seen
                plain = [w.removesuffix("'s").removesuffix("’s") for w in words]  # `the prime minister's plan`
                seen.update(tuple(plain[:k]) for k in range(1, len(plain) + 1) if plain[k - 1] in ROLE_WORDS)
                capitals = text[match.start():match.start(1)].lower().split()[1:]
                seen.update(tuple(capitals[:k]) for k in range(1, len(capitals) + 1) if capitals[k - 1] in ROLE_WORDS)
                # `The Mayor of London has unveiled …`: the office in capitals is named before `The mayor said`
                if not office or named_before:
                    continue  # `greeted by an organizer at …` names the organizer first
                lead = _SENTENCE_LEAD.search(text, 0, match.start())
                phrase = _PARTICIPLE_LEAD.search(text, 0, match.start()) if lead is None else None
                if lead is None and phrase is None or lead and lead.group(1):
                    continue  # not a sentence's opening (nor past a participle's phrase), or one with a contrast
                tokens = tokens if tokens is not None else self._tokens(text)
                since, end = _sentence_around(self.paragraphs, n, tokens, match.start(), self.single_style)
                person = self.names.main_subject_before((n, match.start()), since, self._passive_agent,
                                                        self._in_time_clause)
                if person is None and self._he_or_she_between(since, (n, match.start())):
                    since = _sentence_around(self.paragraphs, since[0], self._tokens(self._paragraph(since[0])),
                                             since[1], self.single_style)[0]  # `Mr Brown said …. Otherwise …, he
                    person = self.names.main_subject_before(  # told MPs. ¶ The chancellor said`: the he's
                        (n, match.start()), since, self._passive_agent, self._in_time_clause)
                named = self.names.mentioned_within(n, match.end(), end)
                taken = person in named or person in introduced or person in {p for _, p in found.values()}
                if phrase is not None and person and (sex := _sex_of_pronouns(phrase.group())) \
                        and self.names.gender(person) != sex:
                    taken = True  # `Reprising one of her own favorite lines, the former secretary of state`: no man
                before = self._paragraph(since[0])[since[1]:] if since[0] != n else text[since[1]:match.start()]
                if person and _REPLYING.search(text, match.start(), match.end() + _REPLY_REACH) and _asks(before):
                    taken = True  # `Kemi Badenoch asked him: "…?" The prime minister replied`: not the asker
                found[office] = ((n, match.start()), None if taken else person)
        return found

    def _he_or_she_between(self, since: tuple[int, int], at: tuple[int, int]) -> bool:
        """Whether a he or she stands between `since` and `at` (the sentence before an office's first
        opening), where no one is named as its main subject."""
        text = self._paragraph(since[0])
        return HE_OR_SHE.search(text, since[1], at[1] if at[0] == since[0] else len(text)) is not None

    def _in_time_clause(self, at: tuple[int, int]) -> bool:
        """Whether a name at `at` opens a clause of time inside its sentence: `was speaking after
        Mr Blair spoke`."""
        return _TIME_CLAUSE.search(self._paragraph(at[0]), max(0, at[1] - 40), at[1]) is not None

    def _passive_agent(self, at: tuple[int, int]) -> bool:
        """Whether a passive's `by` comes just before `at`: `unveiled by David Blunkett`, `was supported
        Friday by Sen. Dianne Feinstein`."""
        text = self._paragraph(at[0])
        return _PASSIVE_BY.search(text, max(0, at[1] - _PASSIVE_REACH), at[1]) is not None

    def _introductions(self) -> dict[tuple[str, ...], tuple[tuple[int, int], str | None]]:
        """Each office's first opening sentence's position, and the person it introduces, if any."""
        found: dict[tuple[str, ...], tuple[tuple[int, int], str | None]] = {}
        for n, text in enumerate(self.paragraphs):
            for match in _OFFICE_OPENING.finditer(text):
                office = _office_words(match.group(1).split())
                if not office or office in found:
                    continue
                at = (n, match.start(1) - len("the "))
                person = self._titles_person(self.names.latest_actor(at), office, at)
                found[office] = (at, person if person not in {p for _, p in found.values()} else None)
        return found

    def _met_before(self, office: tuple[str, ...], at, person: str | None = None) -> bool:
        """Whether the text wrote the office's head before `at` for someone it did not name (`a
        prominent Republican National Committee member`), before the name of someone other than
        `person` (`corporate speaker Lance Wallnau`, but not `Shadow chancellor Oliver Letwin`: another
        office; nor `Republican presidential candidate Donald Trump` for Trump), or the whole office
        for many (`pastors and Christian leaders`). The head written for someone unnamed counts only with
        the word before the office's head (`a former NAACP leader` is no `Senate Democratic leader`)."""
        met = _meeting(office)
        surname = person.rsplit(" ", 1)[-1] if person else None
        return any(m.group("one") is not None and _of_the_kind(m.group("one"), office)
                   or m.group("one") is None and m.group("surname") is None
                   or m.group("surname") is not None and m.group("surname") != surname
                   and not _ANOTHER_BEFORE.search(self._paragraph(n), max(0, m.start() - 30), m.start())
                   for n in range(0, at[0] + 1) if self._paragraph(n) != self.headline
                   for m in met.finditer(self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)))

    def _member_in_title(self, at, office: tuple[str, ...]) -> str | None:
        """`The Tory leader`, `the Warriors chief`: the latest person who acted before `at` (a subject,
        a speaker, an owner), if the title names them (`Howard pitches for UK ethnic vote`) and the
        text titles them with no other office; after a contrast (`George Bush opposed it. But the Tory
        leader argued`), the latest before the one it sets itself against."""
        latest = self.names.latest_actor(at, self._in_time_clause)
        person = self._titles_person(latest, office, at)
        lead = _SENTENCE_LEAD.search(self._paragraph(at[0]), 0, at[1])
        if person is None and latest is not None and lead is not None and lead.group(1):
            person = self._titles_person(self.names.latest_actor(at, self._in_time_clause, avoid=latest), office, at)
        return person

    def _against_the_sex(self, person: str, toks, at: tuple[int, int]) -> bool:
        """Whether a his or her opening the sentence before the description `toks` at `at`, or the he or she
        after it, gives a sex `person` is not (`In her letter, the minister wrote` is no Elon Musk)."""
        if not self._of_the_sex_after(person, (at[0], toks[-1].end), a_person=True):
            return True
        before, known = self._sex_before(at), self.names.gender(person)
        return before is not None and known is not None and before != known

    def _of_the_sex_after(self, holder: str, at: tuple[int, int], a_person: bool = False) -> bool:
        """The he or she after `at`, if any, may stand for `holder`: of that sex, or a full name whose
        sex is not known yet, and is that sex from now (`Marco Rubio, who …` ¶ `The Florida senator told
        reporters he …`); or, where the description is `a_person`'s, one name of no known sex (`Beyoncé
        won …. ¶ "…," the singer said in her speech`)."""
        after = self._sex_after(at)
        known = self.names.gender(holder) or self.sexes.get(holder)
        if after is None or known == after:
            return True
        if known is None and (" " in holder or a_person) or self.names.sexed_by_either_name(holder) \
                and self.sexes.get(holder) in (None, after):
            self.sexes[holder] = after  # (`Taylor Fritz …, said he`: a given name both sexes bear)
            return True
        return False

    def _subject_before_office(self, toks, office: tuple[str, ...], at) -> str | None:
        """`At a news conference, Mr Howard insisted …. The Tory leader, who argues …, said`: the main
        subject of the sentence just before, in this paragraph, for an office of a party or a body that
        opens its sentence with `the` (no contrast), if that person is of known gender, titled with no
        other office nor placed elsewhere (`Florida Gov. Jeb Bush` for `the Ohio governor`), and not
        named again in this sentence."""
        text = self._paragraph(at[0])
        lead = _SENTENCE_LEAD.search(text, 0, at[1])
        if (lead is None or lead.group(1)) and _PARTICIPLE_LEAD.search(text, 0, at[1]) is None:
            return None  # but `Reflecting on his earlier career, the Senate Democratic leader said`
        tokens = self._tokens(text)
        since, end = _sentence_around(self.paragraphs, at[0], tokens, at[1], self.single_style)
        if since[0] not in (at[0], at[0] - 1):
            return None  # the sentence just before: in this paragraph, or the last of the one before
        person = self.names.main_subject_before(at, since, self._passive_agent, self._in_time_clause)
        if person is not None and since[0] < at[0] and not self._named_in_full(person, since[0]) \
                and not self._only_speaker_in(person, since[0]):
            return None  # the paragraph before closes on someone it names in full: `Marco Rubio …` ¶ `The
            # Florida senator …`; not `Mr Howard said he would stay.` ¶ `The Tory leader said`
        if person is None or not self.names.known_person(person) \
                or self._holds_another(person, office) and not (_a_party_leader(office) and self._heads_a_government(
                    person)) \
                or self._placed_elsewhere(person, toks) or self._met_before(office, at, person) \
                or person in self.names.mentioned_within(at[0], at[1], end) or self._one_of_two(person, since, at) \
                or person in self._played_for(toks, office[-1]):
            return None  # (`Tom Brown scored for Leeds.` … `the Leeds manager`: no player heads the side)
        return person

    def _responder_before(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`Those remarks drew a sharp response from Ed Davey. "…," the Liberal Democrat leader said`: the person a
        response came from, named closing the sentence just before (in this paragraph, or closing the one before:
        `… after criticism from Nigel Farage.` ¶ `The Reform UK leader said`), whom the text titles with no other
        office."""
        before = self._sentence_before_at(at)
        if before is None or before[2] >= before[3]:
            return None
        para, tokens, first, end = before
        text = self._paragraph(para)
        named = [m for m in self.names.mentions_between(para, tokens[first].start, tokens[end - 1].end)
                 if not m.is_org]
        if not named or not _RESPONSE_FROM.search(text, max(0, named[-1].start - _RESPONSE_REACH), named[-1].start):
            return None
        person = self.names.canonical(named[-1].words, named[-1].at)
        return None if not self.names.known_person(person) or self._holds_another(person, office) else person

    def _one_of_two(self, person: str, since: tuple[int, int], at: tuple[int, int]) -> bool:
        """Whether `person` is named last of two people joined by `and` between `since` and `at` (`House
        Minority Leader Hakeem Jeffries and Senate Majority Leader John Thune met`): the pair is the subject."""
        named = [m for m in self.names.mentions if since <= m.at < at and not (m.in_quote or m.is_org)]
        for first, second in zip(named, named[1:]):
            if second.para == first.para and self.names.canonical(second.words, second.at) == person \
                    and _JOINED_NAME.fullmatch(self._paragraph(first.para), first.end, second.start):
                return True
        return False

    def _pair_of_peers(self, toks, at: tuple[int, int]) -> tuple[str, ...]:
        """(`Duke of Sussex`, `Duchess of Sussex`) for `The Duke` of `The Duke and Duchess of Sussex`: the two
        titles of the peerage that one `of` ends, written out; () for anything else."""
        if not 1 <= len(toks) <= 2 or toks[-1].lower not in PEERS or len(toks) == 2 and toks[0].lower != "the":
            return ()
        pair = _PAIR_OF_PEERS.match(self._paragraph(at[0]), toks[-1].start)
        return tuple(f"{title} of {pair.group(3)}" for title in pair.group(1, 2)) if pair and pair.group(2) else ()

    def _peerage_so_titled(self, head: str, at: tuple[int, int]) -> str | None:
        """`the duchess` after `The Duke and Duchess of Sussex` or `the Duchess of Sussex`: the one title of the
        peerage with that word the text writes before `at`, as the person it stands for where the text says."""
        if head not in PEERS:
            return None
        found = set()
        for n in range(at[0] + 1):
            text = self._paragraph(n)
            for pair in _PAIR_OF_PEERS.finditer(text, 0, at[1] if n == at[0] else len(text)):
                found |= {f"{title} of {pair.group(3)}" for title in pair.group(1, 2)
                          if title and title.lower() == head}
        if len(found) != 1:
            return None
        peerage = found.pop()
        return self._peer(peerage, at) or peerage

    def _peer(self, peerage: str, at: tuple[int, int]) -> str | None:
        """The person a title of the peerage (`Duke of Sussex`) stands for: the one the text sets it off
        beside (`Prince Harry, the Duke of Sussex,`), else the subject of the sentence before when the
        text gives that person a royal or a noble title (`Prince Harry has lost his bid.`)."""
        pattern = re.compile(r"((?:[A-Z][\w'’-]+ ){0,3}[A-Z][\w'’-]+), (?:the )?" + re.escape(peerage) + r"\b")
        for n in range(at[0] + 1):
            text = self._paragraph(n)
            found = pattern.search(text, 0, at[1] if n == at[0] else len(text))
            person = self._person_named_at(n, found.start()) if found else None
            if person:
                return person
        if any(peerage in self._paragraph(n)[:at[1] if n == at[0] else None] for n in range(at[0] + 1)):
            return None  # `Prince William met the Duke of Sussex. The Duke of Sussex said`: another, met before
        person, sex = self._subject_before(at, named=True), role_gender(peerage.split()[0].lower())
        return person if person and _proper(person) and self.names.roles(person) & _NOBLE_TITLES \
            and self.names.gender(person) in (sex, None) else None  # (not `Prince Harry said …. ¶ The Duchess of
        # Sussex said`)

    def _heads_a_government(self, person: str) -> bool:
        """Whether the text titles `person` a prime minister, first minister, president, premier or
        taoiseach, who leads a party too (`First Minister John Swinney` is `the SNP leader`), or a tánaiste, who leads
        the coalition's second party."""
        roles = self.names.roles(person)
        return not roles & {"deputy", "vice", "former", "shadow"} and any(
            set(head) <= roles for head in _HEADS_OF_GOVERNMENT if head != ("chancellor",)) \
            or bool(roles & _PARTY_LEADING_DEPUTIES)  # (a chancellor leads no party; a tánaiste does, the coalition's
        # second)

    def _only_speaker_in(self, person: str, para: int) -> bool:
        """Whether `person` is the one who speaks in paragraph `para`, and the one person it names (`"…," Reid
        said in an interview Tuesday.`)."""
        text = self._paragraph(para)
        return {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(para, 0, len(text))
                if not m.is_org and not m.in_quote} == {person} and any(
            pos[0] == para and name == person for pos, name in self.speakers)

    def _named_in_full(self, person: str, para: int) -> bool:
        """Whether paragraph `para` names `person` by a given name and a surname, with no title but a knight's or
        a dame's (`Sir Ed Davey`: no office, his name in full)."""
        return any(len(m.words) >= 2 and (not m.title or m.title.lower() in _HONOURS) and not m.is_org
                   and (given_name(m.words[0]) or self.names.marked_as_person(person))  # `Gapik Rubio, who …`
                   and self.names.canonical(m.words, m.at) == person
                   for m in self.names.mentions_between(para, 0, len(self._paragraph(para))))

    def _titles_person(self, person: str | None, office: tuple[str, ...], at) -> str | None:
        """`person`, if of known gender, named by the title, and titled with no office but `office`,
        which the text has not used for someone else before `at`."""
        if person is None or person.rsplit(" ", 1)[-1] not in self.title_words or not self.names.gender(person) \
                or self._holds_another(person, office) or self._met_before(office, at, person):
            return None  # `a prominent RNC member said …. the RNC member said`: someone else
        return person

    def _sex_after(self, at: tuple[int, int]) -> str | None:
        """m or f, from the first he or she in the sentence after the description at `at`, as the
        names module reads a subject's pronoun."""
        return following_pronoun(self._paragraph(at[0]), at[1])

    def _party_another_bears(self, holder: str, toks, at: tuple[int, int]) -> bool:
        """Whether the description names a party (`the Tory councillor`) the text gives `holder` no word of (`Council
        leader John Cotton`), but gives someone else named before `at` (`Opposition Conservative leader Robert
        Alden`), or someone named since `holder` stands for the opposition (`Opposition leader Tom Brown`: whose party
        may be it)."""
        parties = _parties_in(tuple(t.bare.lower() for t in toks[1:-1]))
        if not parties or _parties_in(tuple(self.names.roles(holder))):
            return False
        events = list(self.names.events_before(at))
        last = max((pos for pos, name, _ in events if name == holder), default=(0, 0))
        return any(name != holder and (not parties.isdisjoint(_parties_in(tuple(roles := self.names.roles(name))))
                                       or "opposition" in roles and pos > last)
                   for pos, name, _ in events)

    def _placed_elsewhere(self, holder: str, toks) -> bool:
        """Whether the text titles `holder` with an office of a place the description does not
        name, where it names one (`Florida Gov. Jeb Bush` for `the Ohio governor`; not `New York
        Senator Charles Schumer` for `the Democrat senator`), or of another party, or tags them with
        another state (`Sen. Ted Cruz (R-Tex.)` for `the Florida senator`)."""
        places = {w for w in self.names.roles(holder) if w in PLACES}
        named = {t.bare.lower() for t in toks[1:-1] if t.is_capitalised}
        state = _state_named(toks)
        if state and any(holder in people for tagged, people in self._states().items() if tagged != state):
            return True
        party = _tagged_party(tuple(t.bare.lower() for t in toks[1:-1]))
        if party and any(tag != party for tag in self._party_tags().get(holder, ())):
            return True  # `Senate Majority Leader John Thune, R-S.D.,` for `the Democratic leader`
        if holder in self._of_other_sides(toks, toks[-1].bare.lower()):
            return True  # `City manager Pep Guardiola` for `the Arsenal manager`
        office = _office(toks)
        if office and self.names.holds(holder, office[-1:]) and not self.names.holds(holder, office):
            return True  # `Tory leader Michael Howard`, `The Tory leader, Michael Howard,` for `the Lib Dem leader`
        if holder in self._of_other_bodies(toks, None, (holder,)):
            return True  # `Polly Neate, of Shelter,` for `the Labour leader`
        nations = {w for w in named if w in PLACES or w in COUNTRY_CODES or w in NATION_ADJECTIVES or w in DEMONYMS}
        if nations and (owners := self._country_owners(holder)) and not any(
                _of_the_country(owner, word) or _of_the_country(word, owner) for owner in owners for word in nations):
            return True  # `Ukraine's President Volodymyr Zelensky` for `the US president`
        return bool(places) and any(w in PLACES for w in named) and not places & named

    def _affiliations(self, person: str) -> set[str]:
        """The bodies (lowercase) the text places `person` with by an appositive: `Polly Neate, of Shelter,`,
        `Jane Lee, from the CBI,` -> {shelter}, {cbi}."""
        if person in self._affiliated:
            return self._affiliated[person]
        found = set(self.names.owners_of(person))  # `Tesco's Ken Murphy`
        for m in self.names.mentions_of(person):
            text = self._paragraph(m.para)
            after = _AFFILIATED.match(text, m.end)
            if after is not None:
                found.add(after.group(1).lower())
            owner = set_off_owner(text, m.start) if m.set_off else ""
            if owner:  # `Sporting's president, Frederico Varandas,`; `Rival AMD gained. ¶ Its boss, Lisa Su,`: the body
                # named just before
                found.add(owner if owner != "its" else next(
                    self.names.orgs_before(m.at, bodies_only=True, para=max(0, m.para - 1)), "").lower())
        found.discard("")
        self._affiliated[person] = found
        return found

    def _of_other_bodies(self, toks, at, people=None) -> frozenset[str]:
        """The people named before `at` (or those given) whom the text places with bodies, none of them one the
        epithet's capitalised words name: `Ken Murphy, chief executive of Tesco,` is not `the Asda boss`, nor `Polly
        Neate, of Shelter,` the Labour leader (a place's word is no body's: `the Ohio governor`; nor is a country one
        of those bodies: `Bangladesh's interim leader, Muhammad Yunus,` may be `the Nobel laureate`)."""
        named = {w for w in _sides_in(toks) if w not in COUNTRY_CODES and w not in PLACES
                 and w.rsplit("-", 1)[-1] not in _ORIGINS}  # (not `the Taiwanese-born billionaire`: no body)
        if not named:
            return frozenset()
        party = named <= PARTY_WORDS  # `the Lib Dem leader` may be `Ed Davey, of the Liberal Democrats,`
        player = toks[-1].bare.lower() in _PLAYERS  # `the Real Madrid midfielder` may be `England's Jude Bellingham`:
        # a player's club and nation are both his sides
        people = people if people is not None else (name for _, name, _ in self._candidates(at))
        return frozenset(name for name in people if (bodies := self._affiliations(name) - _NATIONS) and not any(
            named & set(b.split()) or party and any(w in PARTY_WORDS for w in b.split())
            or player and b.lower() in COUNTRIES for b in bodies)) \
            | (self._bosses_of_other_bodies(named, at) if at is not None and toks[-1].lower in _BOSSES
               else frozenset())

    def _bosses_of_other_bodies(self, named: set[str], at: tuple[int, int]) -> frozenset[str]:
        """`Activision boss Bobby Kotick` is no `the Microsoft boss`: the people named before `at` whose office, one
        that leads, holds a name the text writes right before them (no role's: not `Chief Executive`), none of whose
        words the epithet names; only where the text names the epithet's body before (`Microsoft has bought …`), so
        that its words are no nickname of one of theirs (`Wigan chairman Maurice Lindsay` is `the Warriors chief`)."""
        found, body_named = set(), False
        for m in self.names.mentions:
            if m.at >= at:
                break
            body_named = body_named or not named.isdisjoint(w.lower() for w in m.words)
            if m.is_org or not m.office or m.office[-1] not in _TOP_ROLES or not named.isdisjoint(m.office):
                continue
            if any(o.end <= m.start and {w.lower() for w in o.words} <= set(m.office)
                   and not any(w.lower() in ROLE_WORDS for w in o.words)
                   for o in self.names.mentions_between(m.para, max(0, m.start - _OFFICE_REACH), m.start)):
                found.add(self.names.canonical(m.words, m.at))
        return frozenset(found) if body_named else frozenset()

    def _titled_of_the_nation(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the Ukrainian president` after `Ukraine's President Volodymyr Zelensky`: the one person named before
        `at` whom the text titles with the office's role after the possessive of the nation the office names."""
        nation = office[:-1]
        if len(nation) != 1 or not (nation[0] in NATION_ADJECTIVES or nation[0] in DEMONYMS):
            return None
        heads = _HEADS_OF_GOVERNMENT if office[-1] == "leader" else (office[-1:],)  # `the Ukrainian leader`: its
        # president
        titled = {self.names.canonical(m.words, m.at) for m in self.names.mentions
                  if m.at < at and not m.is_org and any(m.office[-len(head):] == head for head in heads)}
        found = {name for name in titled
                 if any(_of_the_country(owner, nation[0]) for owner in self._country_owners(name))}
        return found.pop() if len(found) == 1 else None

    def _leader_described(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the nationalist leader`, `the veteran leader`: a leader described by a quality, the person named as the
        subject of the sentence before whom the text titles a head of government or a leader (`Hungary's Prime
        Minister Viktor Orbán said …. "…," the nationalist leader told reporters`)."""
        spiritual = len(office) >= 2 and office[-2] in _SPIRITUAL and all(
            w in DEMONYMS or w in NATION_ADJECTIVES for w in office[:-2])  # `the (Tibetan) spiritual leader`: whom the
        # sentence before was about, whatever the text titles them
        if office[-1] != "leader" or not spiritual and (len(office) != 2 or office[0] not in _LEADERS_QUALITIES):
            return None
        person = self._subject_before(at, named=True)
        if person is None or not _proper(person):
            return None
        return person if spiritual or self.names.roles(person) & _LEADING_ROLES else None

    def _nations_head_untitled(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the US president` after `Ukraine's President Volodymyr Zelensky met Donald Trump`: a nation's
        president or prime minister, whom no one is titled, is the one person named before `at` the text gives
        no office, where someone else named is titled (as `the prime minister` is, `_the_one_untitled`)."""
        head = office[1:]
        nation = office[0]
        if head not in _FIRST_OFFICES or not (nation in COUNTRY_CODES or nation in NATION_ADJECTIVES):
            return None
        titled = {self.names.canonical(m.words, m.at) for m in self.names.mentions
                  if m.at < at and not m.is_org and m.office[-len(head):] == head}
        if not titled or any(not (owners := self._country_owners(name)) or any(
                _of_the_country(owner, nation) for owner in owners) for name in titled):
            return None  # not `President Enrique Peña Nieto` for `the Mexican president`: of no other nation
        return self._the_one_untitled(head, at, office)

    def _country_owners(self, holder: str) -> set[str]:
        """The places whose possessive the text writes right before a title of `holder`'s (`ukraine` of `Ukraine's
        President Volodymyr Zelensky`)."""
        return {owner for m in self.names.mentions_of(holder) if (owner := self._place_owning(m)) in PLACES}

    def _place_owning(self, m) -> str | None:
        """The capitalised word whose possessive the text writes right before mention `m` (`ukraine` of `Ukraine's
        President Volodymyr Zelensky`, `spain` of `Spain's Carlos Alcaraz`), in lowercase."""
        owner = _PLACE_OWNING.search(self._paragraph(m.para), max(0, m.start - _PLACE_OWNING_REACH), m.start)
        return owner.group(1).lower() if owner else None

    def _of_the_state(self, toks, at) -> str | None:
        """`the Florida senator`, `The New Jersey governor`: the one person named before `at` whom the
        text tags with that state (`Marco Rubio (R-Fla.)`, `Sen. Rand Paul, R-Ky.,`, `Sen. Marco Rubio of
        Florida`)."""
        state = _state_named(toks)
        people = {person for person, first in self._states().get(state, {}).items() if first < at} if state else ()
        return people.pop() if len(people) == 1 else None

    def _of_party_and_state(self, party: str, state: str, at) -> str | None:
        """The one person named before `at` whom the text tags with this state, and with this party or none."""
        people = {person for person, first in self._states().get(state, {}).items() if first < at
                  and self._party_tags().get(person, {}).keys() <= {party}}
        return people.pop() if len(people) == 1 else None

    def _of_the_state_just_named(self, toks, at) -> str | None:
        """`Sen. Bernie Sanders …. Yet it was unclear whether Sanders was ready …. The Vermont senator
        emailed`: for an office of a US state no one is tagged with, the one person the text titles with
        that office who acted (spoke or was a subject) since the sentence before began, else the one named
        there, if the text places them in no other state."""
        if _state_named(toks) is None or toks[1].lower == "former":
            return None  # `Florida Gov. Rick Scott` is not `the former Florida governor`
        since = _sentence_around(self.paragraphs, at[0], self._tokens(self._paragraph(at[0])), at[1],
                                 self.single_style)[0]
        named = [(name, kind) for pos, name, kind in self.names.events_before(at) if pos >= since
                 and self.names.titled_as(name, toks[-1].bare.lower()) and not self._placed_elsewhere(name, toks)]
        people = {name for name, kind in named if kind != "mention"} or {name for name, _ in named}
        return people.pop() if len(people) == 1 else None  # the one who acted, else the one named

    def _of_the_party(self, office: tuple[str, ...], at) -> str | None:
        """`the Democratic leader`: the one person named before `at` whom the text tags with that party
        (`House Minority Leader Hakeem Jeffries, D-N.Y.,`) and titles with the office's role."""
        party = _tagged_party(office[:-1])
        if party is None:
            return None
        people = {name for name, tags in self._party_tags().items()
                  if any(tag == party and first < at for tag, first in tags.items())
                  and self.names.titled_as(name, office[-1])}
        return people.pop() if len(people) == 1 else None

    def _party_tags(self) -> dict[str, dict[str, tuple[int, int]]]:
        """The parties the text tags people with: canonical name -> D, R or I -> where first tagged."""
        return self._written_beside(_party_tagged)

    def _written_beside(self, read) -> dict[str, dict[str, tuple[int, int]]]:
        """What `read(text, start, end)` finds beside the mentions of people outside quotations (a party's tag,
        an age): canonical name -> each thing found -> where first found; read once for each kind."""
        if read not in self._beside:
            found: dict[str, dict[str, tuple[int, int]]] = {}
            for m in self.names.mentions:
                thing = None if m.is_org or m.in_quote else read(self._paragraph(m.para), m.start, m.end)
                if thing:
                    found.setdefault(self.names.canonical(m.words, m.at), {}).setdefault(thing, m.at)
            self._beside[read] = found
        return self._beside[read]

    def _states(self) -> dict[str, dict[str, tuple[int, int]]]:
        """The states the text tags people with: the state's name -> canonical names -> where first tagged."""
        if self._tagged is None:
            self._tagged = {}
            for m in self.names.mentions:
                tag = _STATE_TAG.match(self._paragraph(m.para), m.end) if not (m.is_org or m.in_quote) else None
                if tag is None or tag.group(3) and not (m.title or m.office or len(m.words) >= 2):
                    continue  # `Marco Rubio of Florida` only for a person's name: not `the University of Florida`
                written = next(g for g in tag.groups() if g).lower()
                state = STATE_ABBREVIATIONS.get(written, written)
                state = state if state in _STATE_NAMES else written.rstrip(".")  # `R-Iowa.`: the sentence's stop
                if state in _STATE_NAMES:
                    self._tagged.setdefault(state, {}).setdefault(self.names.canonical(m.words, m.at), m.at)
        return self._tagged

    def _sex_before(self, at: tuple[int, int]) -> str | None:
        """m or f, from his or her in a clause that opens the sentence and ends on a comma before the
        description at `at`: `Reprising one of her own favorite lines, the former secretary of state`."""
        text = self._paragraph(at[0])
        clause = text[sentence_start_in(text, at[1]):at[1]]
        if not clause.rstrip().endswith(","):
            return None
        sexes = {"m" if word.lower() in MALE_PRONOUNS else "f" for word in _PERSONAL_PRONOUN.findall(clause)}
        return sexes.pop() if len(sexes) == 1 else None

    def _titled_next(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`…, the judge said. ¶ Judge Simon James told them`: the one person the text titles with the office by the
        end of the next paragraph, named nowhere before `at`."""
        holder = self.names.holder(office, (at[0] + 2, 0))
        return holder if holder and not any(m.at < at for m in self.names.mentions_of(holder)) else None

    def _speaking_next(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`"I'm not a quitter," insisted the prime minister. Sir Keir Starmer was speaking at the G20.`: the
        person named in full as the subject of the next sentence, there only to say who spoke and where, unless
        the text titles them with another office (`Labour MP Tom Hill was speaking`)."""
        named = self._named_opening_next(at, across=True)
        text = self._paragraph(named.para if named is not None else at[0])
        speaking = _WAS_SPEAKING.match(text, named.end) if named is not None else None
        if speaking is None or speaking.group(1) and not _written_bare(text, named):
            return None  # (not `Teammate Luke Shaw added`: another of the kind)
        person = self.names.canonical(named.words, named.at)
        return None if self._holds_another(person, office) else person

    def _subject_next(self, head: str, gender: str, at: tuple[int, int]) -> str | None:
        """`"…," says the 34-year-old, who has been a volunteer for a decade. Emma Cole, from Whitby, joined the RNLI`:
        the person named in full, with no title or role, who opens the next sentence in the paragraph (or the next
        paragraph, after the paragraph's last) as its subject and says nothing there, of the description's sex."""
        named = self._named_opening_next(at) or self._named_opening_next(at, across=True)  # or the next paragraph's
        # first sentence, when the description's ends its own (`"…," said the 22-year-old. ¶ Carlos Alcaraz has won`)
        if named is None or not _written_bare(self._paragraph(named.para), named) \
                or not named.is_subject or named.before_cue:
            return None
        person = self.names.canonical(named.words, named.at)
        return person if not self.names.roles(person) and (not gender or self.names.gender(person) in (None, gender)) \
            else None

    def _named_opening_next(self, at: tuple[int, int], across: bool = False):
        """The person named in full (their title or role included), or by one name and an age, who opens the sentence
        after the one at `at` (or, `across` a paragraph's end, the next paragraph)."""
        text = self._paragraph(at[0])
        tokens = self._tokens(text)
        closing = sentence_end(tokens, _token_at(tokens, at[1]))
        if closing is None:
            return None
        end = tokens[closing].end
        para = at[0]
        if across and not text[end:].strip() and at[0] + 1 < len(self.paragraphs):  # `The Labour leader said …`
            para, text, end = at[0] + 1, self._paragraph(at[0] + 1), 0  # ¶ `Sir Keir Starmer … was speaking`
        named = next((m for m in self.names.mentions_between(para, end, len(text)) if not m.in_quote), None)
        if named is None or named.is_org or len(named.words) < 2 and not named.aged \
                or text[end:named.start].strip(" ."):
            return None  # (one name with an age is a person's: `Adele, 36, cancelled …`)
        return named

    def _named_next(self, office: tuple[str, ...], at, past: int | None = None, within: bool = False) -> str | None:
        """`…, the work and pensions minister has said. ¶ This was why …, Alan Johnson said.`: an
        office in the lead, where no one is a subject or a speaker, stands for the person the next
        paragraph first makes one, by a full name new to the text (unless titled with another office);
        so does a description with no office (`office` empty), where those in what it says before it do
        not count, nor those in the description itself (up to `past`); `within`: also one the lead itself makes a
        subject in a later sentence (`A train driver has been praised …. Tom Brown, 52, saw …`)."""
        if not self._in_the_lead(at):
            return None
        lead = at[0] + 1 if self._paragraph(at[0]) == self.headline else at[0]  # a headline's, from its lead
        before = max(at[1], past or 0)
        opening = sentence_start_in(self._paragraph(at[0]), at[1]) if lead == at[0] else 0
        first = next((m for m in self.names.mentions if m.para in (lead, lead + 1) and not m.in_quote
                      and (m.is_subject or m.before_cue) and not (m.para == lead and (m.is_org or (
                          not office and lead == at[0] and m.start < before and (
                              m.start >= opening or not self.names.known_person(self.names.canonical(m.words, m.at))
                          ))))), None)
        # but `The Conservatives have been "a lot smarter" …, a Labour backbencher has said`: a body in what they
        # say; `Gordon Brown will meet his golden rule "…", according to his former chief economic adviser`: anyone
        # in what one new to the text says, in its own sentence (not `Chris Christie learned …. Sooner or later, the
        # New Jersey governor told`: an office, his; nor `Jensen Huang told analysts …. The chipmaker's boss added`)
        later = within and first is not None and first.para == lead == at[0] \
            and sentence_start_in(self._paragraph(lead), first.start) > at[1] \
            and self._paragraph(lead).startswith(first.words[0], first.start) \
            and (not first.title or first.title.lower() in PERSONAL_TITLES)  # (not `Engineer Tom Brown inspected …`:
        # another calling; but `Mrs Julie Price, 51, was attacked …`)
        if first is None or first.para != lead + 1 and not later or first.is_org or len(first.words) < 2:
            return None  # `Patricia Hewitt is expected to call …`, `Dr Brian Gibbons, on his first day, …`
        if _REPLYING.match(self._paragraph(first.para), first.end):
            return None  # `The prime minister told MPs: "…" ¶ Kemi Badenoch replied`: another, who answers
        text = self._paragraph(first.para)
        if _ANOTHER_OF_KIND.search(text, sentence_start_in(text, first.start), first.start) \
                or _SOMEONE_OF_THEIRS.search(text, before if first.para == at[0] else 0, first.start):
            return None  # `A neighbour said …. ¶ Another neighbour, Sarah Jones, said`: a second of the kind; `Her
            # deputy was less certain. "…," said Angela Rayner`: someone the one before has, not them
        person = self.names.canonical(first.words, first.at)
        if any(self.names.canonical(m.words, m.at) == person for m in self.names.mentions
               if m.para <= lead and m.at < first.at and self._paragraph(m.para) != self.headline):
            return None  # `A witness told jurors that Bernie Ebbers "…". ¶ Bernie Ebbers denies …`: no one new; but
            # the headline may name them (`Jamieson issues warning to bigots`)
        return None if self._holds_another(person, office) else person

    def _lead_office(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`The Archbishop of Canterbury has resigned. ¶ Justin Welby said …. ¶ the archbishop said`, `A headteacher
        has been praised …. ¶ Mrs Angela Price …`: the person the paragraph after the lead first makes a subject, new
        to the text, where the lead opens on the office; in the lead itself, one a later sentence of it names before
        `at` (`A headteacher has been praised …. Karen Hollins, 52, took over ….`)."""
        lead = self._lead_before(at[0] + 1)
        if lead is None or lead > at[0]:
            return None
        text = self._paragraph(lead)
        if office[0] not in [word.lower() for word in text[:_LEAD_OPENING_CHARS].split()[1:4]]:
            return None  # (the cheap test first: the office's first word among the lead's second to fourth)
        opening = _lead_opening(office).match(text)
        if opening is None or lead == at[0] and opening.end(1) >= at[1]:
            return None
        named = self._named_next(office, (lead, opening.start(1)), within=True)
        return named if named and (lead < at[0] or any(m.at < at for m in self.names.mentions_of(named))) else None

    def _lead_describes(self, words: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`Bernie Ebbers never made accounting decisions, a witness has told jurors. ¶ David Myers made the comments
        …`: the person the paragraph after the lead first makes a subject, new to the text, where the lead closes on a
        cue whose subject the words describe, or opens on them (`A train driver has been praised …. Tom Brown, 52,
        saw …`, the lead's own later sentence), when the text titles that person with no other word."""
        lead = self._lead_before(at[0] + 1)
        if lead is None or lead > at[0] or words[-1] not in self._paragraph(lead):
            return None  # (the cheap test first: the word in the lead)
        text = self._paragraph(lead)
        closing = _lead_closing(words).search(text, 0, at[1] if lead == at[0] else len(text)) \
            or _lead_opening(words).match(text)
        if closing is not None and lead == at[0] and closing.end(1) >= at[1]:
            return None  # (in the lead itself, only a description before `at`: `A boy who raised £50,000 …. Tony
            # Hudgell, nine, lost …. The boy said`)
        named = self._named_next((), (lead, closing.start(1)), closing.end(1), within=True) if closing else None
        if named and lead == at[0] and not self._plainly_named(named, text, closing.start(1)):
            return None  # (`A passer-by who found a body …. John Smith, 45, was found dead`: the body)
        sex = _head_gender(words[-1])
        return named if named and (not sex or self.names.gender(named) in (None, sex)) \
            and any(m.at < at for m in self.names.mentions_of(named)) \
            and self.names.roles(named) - PERSONAL_TITLES <= {words[-1]} else None  # (not `Team leader Chris Lloyd`:
        # another's)

    def _headlined(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`Starmer: 'We will not back down'` ¶ `The prime minister has said …`: the one person the headline names
        as a subject or a speaker, for the office the lead opens on (`A` opens on someone new), when no office
        the text gives them is another."""
        lead = self._lead_before(at[0] + 1)
        if self.headline is None or lead is None or lead == 0 or _THE_LEAD_OPENING.match(
                self._paragraph(lead)) is None or not (opening := _lead_opening(office).match(self._paragraph(lead))):
            return None
        heading = " ".join(self._paragraph(n) for n in range(lead))
        offices = any(word.lower() in ROLE_WORDS or word == "PM" for word in re.findall(r"[\w-]+", heading))
        if (lead, opening.start(1)) > at or offices or _another_in_quotes(heading):
            return None  # (not `Badenoch: 'PM must quit'`, nor `Johnson: 'Starmer must go'`: the office another's)
        named = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.para < lead}
        subjects = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.para < lead
                    and not m.is_org and not m.is_place and not m.in_quote and (m.is_subject or m.before_cue)} | {
            name for pos, name in self.speakers if pos[0] < lead and name in named}  # (`'…' - Starmer`)
        person = subjects.pop() if len(named) == len(subjects) == 1 else None
        if person is None or self._holds_another(person, office):
            return None
        self._of_the_sex_after(person, (lead, opening.end(1)), a_person=True)  # (`he will serve`: Blair's sex)
        return person

    def _answered_as(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`Laura Kuenssberg asked the chancellor whether …. ¶ "…," Ms Reeves replied`: the person who answers,
        named first after the office asked, in that paragraph or the next, before `at`, holds it."""
        asked = _asked_the(office)
        for para in range(max(0, at[0] - _SCAN_PARAGRAPHS), at[0] + 1):
            text = self._paragraph(para)
            match = asked.search(text, 0, at[1] if para == at[0] else len(text))
            if match is None:
                continue
            after = [m for n in (para, para + 1) for m in self.names.mentions_between(
                n, match.end() if n == para else 0, at[1] if n == at[0] else _PAST_ANY_END)
                if n <= at[0] and not m.is_org]
            if after and _REPLYING.match(self._paragraph(after[0].para), after[0].end):
                return self.names.canonical(after[0].words, after[0].at)
        return None

    def _described_next(self, head: Token, at, past: int | None = None) -> str | None:
        """The person `_named_next` finds for a description with no office, but not for a spokesman
        unless the text calls that person one: `Sony was unimpressed. "…," a company spokesman said. ¶
        Nick Robinson said` is no Nick Robinson's."""
        named = self._named_next((), at, past) or self._accused_named_later(head, at, past) \
            or self._silent_opening_named_later(at)
        if named and head.bare.lower() in SPOKES_ROLES and not self.names.roles(named) & SPOKES_ROLES:
            return None
        sex = _head_gender(head.bare.lower())
        if named and (sex and self.names.gender(named) not in (None, sex) or head.bare.lower() in FAMILY
                      or head.bare.lower() in RELATIONS and self.names.roles(named) & ROLE_WORDS):
            return None  # `The victim's father told the court …. ¶ Prosecutor Sarah Whitehouse KC told jurors`; `His
            # family described him as …`: a family is no one person
        return named

    def _defined_opening(self, toks, at: tuple[int, int]) -> bool:
        """Whether `The woman` opens the lead's sentence and a `who` clause defines her (`The woman who ran …`):
        someone new, as `A woman` would be."""
        text = self._paragraph(at[0])
        return self._in_the_lead(at) and sentence_start_in(text, toks[0].start) == toks[0].start \
            and _WHO_AFTER.match(text, toks[-1].end) is not None

    def _silent_opening_named_later(self, at: tuple[int, int]) -> str | None:
        """`A bus driver who saved a choking passenger has been praised …. Mohammed Ali, 50, performed …`: the one a
        later sentence of the lead names, new, with no office, who does not speak, where the lead's first sentence opens
        on the description and quotes no one nor says anyone speaks (not `A witness told police …. Kevin Ross, 45,
        was killed`: the witness speaks of another)."""
        text = self._paragraph(at[0])
        match = _DESCRIPTION_OPENING.match(text, at[1])
        return self._named_after_opening(at[0], text, match) if match else None

    def _named_after_opening(self, para: int, text: str, m: re.Match) -> str | None:
        """The one `_named_next` finds in a later sentence of the lead for the description `m` opens it on, as the
        subject of a first sentence that quotes no one nor says anyone speaks, when the text gives them no office and
        they neither speak nor die nor come to harm in that sentence (`A passer-by who found a body …. John Smith, 45,
        was found dead`: the body)."""
        if m.start() != sentence_start_in(text, m.start()) or not self._in_the_lead((para, m.start())):
            return None
        sentence = text[m.start():_sentence_end(text, m.start())]
        if '"' in sentence or "“" in sentence or _SPEAKING.search(sentence):
            return None
        named = self._named_next((), (para, m.start()), m.end(), within=True)
        return named if named and self._plainly_named(named, text, m.start()) else None

    def _plainly_named(self, named: str, text: str, described: int) -> bool:
        """Whether the text first names `named` in `text` with no office, as one who neither speaks nor dies nor comes
        to harm in that sentence, nor is held where the description at `described` is not (`A shopkeeper has been
        praised …. Tom Brown, 30, was arrested`), of the sex its sentence's his or her gives (`A pensioner has been
        robbed in her home`)."""
        first = self.names.mentions_of(named)[0]
        if first.office or first.title and first.title.lower().rstrip(".") not in PERSONAL_TITLES \
                or first.set_off or first.before_cue:
            return False
        end, own_end = _sentence_end(text, first.end), _sentence_end(text, described)
        if _BEFALLEN.search(text, first.end, end) or _HELD.search(text, first.end, end) \
                and not _HELD.search(text, described, own_end):
            return False
        owner = _OWNER_AFTER.search(text, described, own_end)
        sex = self.names.gender(named)
        return not (owner and sex in ("m", "f") and sex != ("f" if owner.group(0).lower() == "her" else "m"))

    def _accused_named_later(self, head: Token, at, past: int | None) -> str | None:
        """`A man accused of murdering his neighbour told police …. Kevin Ross, 45, denies murdering Alan Price`: the
        one the lead's description says is accused or charged, whom a later sentence of the lead names new to the text
        as the subject that denies, admits or pleads."""
        text = self._paragraph(at[0])
        accused = _ACCUSED_AFTER.match(text, head.end)
        if accused is None:
            return None
        named = self._named_next((), at, max(past or 0, accused.end()), within=True)
        if named is None:
            return None
        first = self.names.mentions_of(named)[0]
        return named if first.para == at[0] and _ANSWERS_A_CHARGE.search(
            text, first.end, _sentence_end(text, first.end)) else None

    def _titled_so_next(self, head: str, at: tuple[int, int]) -> str | None:
        """The person the next name after `at` gives, in this paragraph or opening the next, where it opens its
        sentence as the subject, new to the text, titled with the description's word (`A judge claimed …. Judge
        Charles Harris QC made his remarks`): whom `a judge` stood for."""
        after = next((m for para in (at[0], at[0] + 1) for m in self.names.mentions_between(
            para, at[1] + 1 if para == at[0] else 0, _PAST_ANY_END)), None)
        if after is None or after.is_org or not after.is_subject or len(after.words) < 2 \
                or head not in after.role_words \
                or sentence_start_in(self._paragraph(after.para), after.start) != after.start:
            return None
        person = self.names.canonical(after.words, after.at)
        return None if any(m.at < at for m in self.names.mentions_of(person)) else person

    def _role_named_next(self, role: str, at: tuple[int, int]) -> str | None:
        """The one person the paragraph after `at`'s names with the word `role` among their roles (`A coroner has
        warned …. ¶ Margaret Hill, 87, died …. Senior coroner Andrew Cox said`: Cox, not the paragraph's first
        subject), if it is a role; `_titled_next` asks for the office itself, whose holder a qualifier may set apart
        (`World Bank President` for `the president`), where the lead's word is one the next paragraph qualifies."""
        titled = {name for m in self.names.mentions if m.para == at[0] + 1 and not m.is_org
                  for name in (self.names.canonical(m.words, m.at),) if role in self.names.roles(name)}
        return titled.pop() if role in ROLE_WORDS and len(titled) == 1 else None

    def _of_another_role(self, name: str, role: str) -> bool:
        """Whether the text gives `name` roles, none of them `role` or one of its kind (`Trainer Lucinda Russell` for
        `the owner of a horse`; but `Persimmon chief executive Dean Finch` is `The boss of the UK's biggest
        housebuilder`)."""
        roles = self.names.roles(name)
        kind = {role} | _SAME_ROLE.get(role, set()) | (_TOP_ROLES if role in _HEADS else set())
        return bool(roles & ROLE_WORDS) and not roles & kind

    def _role_named_below(self, role: str, at: tuple[int, int]) -> str | None:
        """In the lead, the one person the first of the few paragraphs after `at` to name anyone so gives the word
        `role` among their roles (`The chairman of a football club … has said …. ¶ Flames tore through …. ¶ Chairman
        Raj Singh said`)."""
        if not self._in_the_lead(at):
            return None
        for para in range(at[0] + 1, min(at[0] + 1 + _SCAN_PARAGRAPHS, len(self.paragraphs))):
            titled = {name for m in self.names.mentions_between(para, 0, _PAST_ANY_END) if not m.is_org
                      for name in (self.names.canonical(m.words, m.at),)
                      if role in self.names.roles(name) or role in self.names.set_off(name)}  # (`Her owner, Ann Lee,`)
            if titled:
                return titled.pop() if len(titled) == 1 else None
        return None

    def _kin_named_below(self, relation: str, at: tuple[int, int]) -> str | None:
        """The person the text first names as `relation` (`His mother, Rebecca,`) outside quotations in the few
        paragraphs after `at`, when `at` is in the lead: whom the lead's `A mother whose son …` stands for."""
        if relation not in RELATIONS and relation not in _PARTNERS or not self._in_the_lead(at):
            return None
        named = next((m for m in self.names.mentions if m.at > at and not m.in_quote and (
            m.title == relation or relation in _PARTNERS and relation in m.set_off)
            and m.para - at[0] <= _SCAN_PARAGRAPHS), None)  # (`His partner, Emily Shaw,`: a partner set off)
        return self.names.canonical(named.words, named.at) if named is not None else None

    def _one_described_named_next(self, head: Token, at) -> str | None:
        """`The family of a 16-year-old boy … ¶ Daniel Okafor was found …`: the person the lead describes with `a`,
        whom the next paragraph opens on by a full name new to the text, as a subject who says nothing, with no
        title or role of their own (not `Det Insp John Smith said`) and of the sex the description gives."""
        named = self._named_next((), at, head.end)
        mention = next((m for m in self.names.mentions if m.para == at[0] + 1), None)
        if named is None or mention is None or mention.before_cue or mention.title or mention.office \
                or self.names.canonical(mention.words, mention.at) != named or self.names.roles(named):
            return None
        sex = _head_gender(head.bare.lower())
        return named if not sex or self.names.gender(named) in (None, sex) else None

    def _holds_another(self, name: str, office: tuple[str, ...]) -> bool:
        """Whether the text titles `name` with offices, none of them this one (`shadow chancellor
        Oliver Letwin` for `the chancellor`)."""
        if not office:
            return False
        if (name, office) not in self._another:  # (each answer once: a long document asks often)
            self._another[(name, office)] = self._holds_other(name, office)
        return self._another[(name, office)]

    def _holds_other(self, name: str, office: tuple[str, ...]) -> bool:
        if "former" not in office and self.names.held_formerly(name):
            return office[-1] in _CABINET_OFFICES and bool(self.names.roles(name) & _CABINET_OFFICES)  # `Former
            # Manchester United captain Gary Neville` may be `the pundit`; but `Former chancellor George Osborne` is
            # no `the prime minister`: who once held one office of state holds no other the text does not give
        if office[-1] in _ON_AIR and self.names.roles(name) & ROLE_WORDS <= _ON_AIR:
            return False  # `Broadcaster Gary Lineker` may be `the presenter`: one trade, many words
        held = self.names.holds(name, office)
        if held is not None:
            return not held
        seats = {_seat(t) for t in _TITLED_OFFICES if self.names.titled_as(name, t)}
        if seats and office[-1] in _TITLED_OFFICES and _seat(office[-1]) not in seats:
            return True  # `State Sen. Ann Cleare` is no `the governor`
        roles = self.names.roles(name) & ROLE_WORDS - CLERICS_STYLE  # `President Bush`: a title, no office
        # written out (but `The Right Reverend John Perumbalath` is a cleric, whatever his office)
        if office[-1] not in RACERS:
            roles -= RACERS  # not `candidate`: a senator may be one
        return bool(roles) and office[-1] not in roles

    def _body_before(self, toks, at) -> str | None:
        """`The firm said` after `Umbro announced …`, for a word for a business (`company`, `firm`,
        `bank`): the latest body that was a subject in this paragraph or the one before, when no
        other body is named since (not `PepsiCo said …. Kraft's new label …. But the firm`); else,
        for one or two words ending in a word for a body, the latest body whose name (in more
        words) ends in them: `the alliance` after `The Making Decisions Alliance, which includes the
        Alzheimer's Society, …, said`, `the assembly government` after `the Welsh Assembly Government`."""
        street = _on_a_street(toks[1:-1])
        if not 2 <= len(toks) <= 4 or toks[0].lower != "the" or any(
                t.is_capitalised and not (_places_a_body(t) or toks[-1].lower in _BANDS or street) or not t.is_word
                for t in toks[1:]):
            return None  # but `The Canada-based company`, `the US firm`, `the Sheffield band`, `The Albert Quay pub`
        word = toks[-1].lower
        plain = len(toks) == 2 or len(toks) >= 3 and (
            street or all(_places_a_body(t) or _sector(t, word) for t in toks[1:-1]))
        # `The German giant`, `the oil giant`, `the online retail giant`, `the US tech giant`
        if len(toks) >= 3 and toks[-2].lower.endswith("est") and word in BODY_NOUNS \
                and all(_places_a_body(t) for t in toks[1:-2]):
            return self._sole_business_named(at)  # `the UK's largest supermarket`: the one business named, else no
            # telling (a rival may be the largest)
        compound = 3 <= len(toks) <= 4 and (toks[-2].lower, word) in _COMPOUND_BODIES and (
            len(toks) == 3 or _described_so(toks[1]))  # `the think tank`, `the economic think tank`
        if word in _WATCHDOGS and len(toks) == 2 and (regulator := self._sole_regulator(at)):
            return regulator  # `A school has been rated inadequate by Ofsted. ¶ The watchdog said`: the agent, not the
            # subject (`Barclays has been fined by the Financial Conduct Authority. ¶ The regulator said`)
        if len(toks) == 2 and word in _INSTITUTIONS \
                and (named := self._institution_named_before(word, at) or self._place_at_before(at)):
            return named  # `Protesters entered the National Gallery. The gallery said`; `Unite has announced a strike
            # at Heathrow Airport. ¶ The airport said`: not the union, a body that was a subject
        if len(toks) == 2 and word == "union" and (union := self._kind_named_before(word, at)):
            return union  # `Staff at Heathrow, members of Unite, will strike. The union said`: the one union named,
            # whatever the subject
        if (word in BODY_NOUNS or compound) and (plain or compound):
            pos, body = next(self.names.subject_bodies_before(at, since=self._first_in_reach(at)), (None, None))
            agent = body if body is not None and (word in _ANY_BUSINESS or word in _TRADING_HEADS or (
                word in _SECTOR_HEADS and word not in _WATCHDOGS and word != "bank") or word in _BROADCASTING) \
                and _a_public_body(body) else None  # (`The HSE fined Tesco. The supermarket said`: Tesco; `The
            # European Commission fined Google. ¶ The tech giant said`: Google; `Ofcom fined GB News. ¶ The channel
            # said`: GB News)
            if agent is not None:
                pos, body = self._business_acted_on(pos, body) or (pos, None)  # `Ofwat has fined Thames Water. ¶
                # The company said`: the water company, not the regulator (nor `The FDA approved a drug. ¶ The firm
                # said`: no firm)
            sector = len(toks) == 3 and _sector(toks[1], word)  # `the iPhone maker`: whoever spoke since
            if body is not None and word in _CAUSES_HEADS and self._paragraph(pos[0]).isupper():
                body = None  # `U.N. PANEL RULES FOR WIKILEAKS FOUNDER.` ¶ `…, the rights group says`: a heading's
                # capitals, no body's name
            acted = body is not None and pos[0] < at[0] - 1 and not sector and any(
                p > pos and kind != "mention" and not name.startswith((body + " ", body + "'s "))
                and not self._named_again(body, p, at)  # but `… said Apple had "…"` after her: named again
                and not self._unowned_leader(name)  # nor `Boss Michael O'Leary said` after `Ryanair has reported`
                and not (agent is not None and self._holds_office_of(name, agent))  # nor the fining body's head
                and not self._leads_one_of(name, _name_and_initials(body))  # nor `IFS director Paul
                # Johnson said` after `The Institute for Fiscal Studies (IFS)`: its own head
                for p, name, kind in self._candidates(at))  # but `A Meta spokesperson said`: the body's own voice
            again = self._named_again(body, pos, at) if body is not None else None
            if body is not None and word in _WATCHDOGS and not (_a_regulator(body) or body.isupper() and not (
                    pos[0] == 0 and self.headline is not None)):
                body = None  # `Thames Water said …. ¶ The regulator added`: no regulator's name, nor an acronym (but
                # the headline's `HS2`, what the story is about)
            acted_on = word if sector else ""  # (`The tech giant` after `Microsoft has agreed to buy Activision`)
            if body is not None and not acted and not (self._other_body_since(pos, at, body, acted_on) and (
                    again is None or self.names.other_bodies_between(again, at, body))):
                return body  # further back, only when no one has acted since (`Meanwhile Eli Lilly is launching`)
            if body is not None and acted and (self._the_storys_body(body, pos, at) or len(toks) == 2
                                               and word in BODY_NOUNS and word not in _KINDS_NAMED
                                               and self._the_leads_sole_body(body, pos, at)):  # (a union's name says
                # it is one: `Tesco has cut jobs. ¶ Union official Mark Smith said …. ¶ the union said`: not Tesco)
                return body  # `Nvidia shares slide` ¶ `Shares in Nvidia fell …` ¶ `"…," said an analyst at AJ Bell`;
                # `Acme Holdings has cut 200 jobs.` ¶ `Mark Smith said …` ¶ `The firm said`; `Rovers have sacked their
                # manager` ¶ … ¶ `The club said`
            if body is None and word == "club" and len(toks) == 2 and (body := self._sole_club_named(at)):
                return body  # `Wayne Rooney has been sacked as Plymouth Argyle manager. ¶ The club said`: the one
                # club named, whatever its role
            if (body is None or acted) and (word in _ANY_BUSINESS or word in _SECTOR_HEADS) \
                    and (len(toks) == 2 or sector) and (body := self._sole_business_named(at)):
                return body  # `A cyber attack has disrupted services at Tesco. ¶ The retailer said`: no subject, but
                # the one business named (or only people acting since: `Campaigner Liz Hart said`)
        if len(toks) == 2 and word in _PANELS and (described := self._panel_described_before(word, at)):
            return described  # `A report by the Commons work and pensions committee …. The committee said`
        if len(toks) == 2 and word in BODY_TEXTS:
            pos, body = self.names.labelled_before(word, at)  # `The statement continued` after `An IAAF statement said`
            body = body or self._body_that_spoke(at)  # `the OECD said …. However, the report warned`
            return f"{body} {word}" if body else self._authored_text(word, at) or self._owned_voice_text(word, at)
            # (`Oxfam says in a report, …. The report said`)
        if word in _PRESS_HEADS and (len(toks) == 2 or len(toks) <= 4 and not any(
                t.is_capitalised or not t.is_word for t in toks[1:-1])):
            paper = self.names.paper_before(at)  # `The newspaper said` after `the local Arab News said`; `the
            # conservative-leaning newspaper wrote` after `The Wall Street Journal called …`, `the news outlet`
            if paper:
                return paper
        pos, body = self.names.labelled_before(word, at) if len(toks) == 2 and word in LABELS else (None, None)
        if body is not None and not self.names.other_bodies_between(pos, at, body, acting=True, label=word):
            return body  # `the magazine` after `US magazine Rolling Stone`
        if len(toks) == 2 and word in _DEPARTMENTS:
            pos, body = next(self.names.subject_bodies_before(at, since=at[0] - 1), (None, None))
            if body is not None and _a_department(body, opening=False):  # (two ministries named: `the ministry` is
                # the one alone opening on it, below)
                return body  # `The Home Office said …. ¶ "…," the department said`: a government's office
            body = self._spokespersons_body(at)
            if body is not None and _a_department(body):
                return body  # `A Home Office spokesman said …. The department said`: the office its voice speaks for
        if len(toks) == 2 and word in _SIDES or word in _BANDS and _a_bands_description(toks):  # (not `the
            body = self._plural_body_subject(at)  # supporters club`)
            if body is not None:
                return body  # `Coldplay have cancelled a concert. "…," the band wrote`: a name with a plural verb;
                # `Celtic have sacked their manager. The champions said`; `the Sheffield band`, `the Belfast rap trio`
        if word in _BANDS and _a_bands_description(toks) and (band := self._sole_band_named(at)):
            return band  # `Oasis singer Liam Gallagher has been fined …. The band said`
        former = len(toks) == 3 and toks[1].lower in ("former", "state-owned", "privatised", "privatized")
        if (word in BODY_NOUNS and len(toks) == 2 or former and word in BODY_NOUNS | {"monopoly"}) \
                and self.title_body:  # `Unilever shake up as profit slips`; `the former monopoly` for BT
            named = self.names.body_named(self.title_body, at)
            if named:
                return named
        if len(toks) == 2 and word in ("country", "nation") and (country := self._country_before(at)):
            return country  # `Iran's judiciary has not commented. A spokesman for the country's foreign ministry`
        if word in _BROADCASTING and (len(toks) == 2 or len(toks) == 3 and toks[1].lower in _BROADCASTERS_WORDS):
            body = (self._last_voice(at) or (None, None))[1] \
                or next(self.names.subject_bodies_before(at, since=at[0] - 1), (None, None))[1]
            if body is not None and set(body.lower().split()) & _BROADCASTERS_WORDS:
                return body  # `Radio 1 said …. "…," the (radio) station said`: the broadcaster that spoke last
            spoke = {name for _, name in self.names.subject_bodies_before(at, since=0) if set(name.lower().split())
                     & _BROADCASTERS_WORDS}
            if len(spoke) == 1:
                return spoke.pop()  # or the one broadcaster that spoke further back
        if len(toks) == 2 and (word in ORG_WORDS or word in BODY_NOUNS) \
                and (described := self._subject_described_so(word, at)):
            return described  # `Norway's sovereign wealth fund voted against. The fund said`
        if word in _GROUPS_OF_PEOPLE and (len(toks) == 2 or len(toks) == 3 and toks[1].lower in _CAUSES) \
                and (joined := self._body_people_belong_to(at)):
            return joined  # `Activists from Just Stop Oil threw paint …. The group said`: the one body whose people
            # acted
        if word not in ORG_WORDS and word not in _DEPARTMENTS and word != "palace":  # (`the palace` after
            return None  # `Buckingham Palace said`: a royal household, which speaks)
        # `the committee` after `the Commons science and technology committee added`: a body that spoke
        words = tuple(t.lower for t in toks[1:])  # `the ministry` after `the Ministry of Communications said`: the one
        # body opening on it, when none ends on it
        return self.names.latest_body_ending(words, at) or self.names.sole_body_ending(words, at) or next(
            (name for pos, name in reversed(self.things)
             if pos < at and at[0] - pos[0] <= _IT_PARAGRAPHS and name.endswith(" " + word)), None) or (
            self._police_force(at) if len(toks) == 2 and word == "force" else None) or (
            self._entourage_named_before(word, at) if len(toks) == 2 and word in _ENTOURAGE_WORDS else None) or (
            self._kind_named_before(word, at) if len(toks) == 2 and word in _KINDS_NAMED else None) or (
            self.names.sole_body_ending(("council",), at) if words == ("authority",) else None)  # `Leeds City
        # Council has closed the library. ¶ The authority said`: the local authority, where no Authority is named;
        # `Pensioners
        # are being promised … by the Liberal Democrats. ¶ The party says`; `Unite general secretary Sharon Graham
        # said …. The union said`

    def _body_people_belong_to(self, at: tuple[int, int]) -> str | None:
        """The one body the text names as the one people belong to (`Activists from Just Stop Oil`, `members of
        Greenpeace`, `Just Stop Oil protesters`) in this paragraph before `at` or the two before it."""
        bodies = set()
        for para in range(max(0, at[0] - _IT_PARAGRAPHS), at[0] + 1):
            text = self._paragraph(para)
            for m in self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END):
                name = self.names.canonical(m.words, m.at)
                if not m.in_quote and not m.is_place and (_PEOPLE_OF.search(text, max(0, m.start - 60), m.start)
                                                          or PEOPLE_NEXT.match(text, m.end)) \
                        and (m.is_org or not (given_name(m.words[0]) or self.names.known_person(name))):
                    bodies.add(name)  # (a name of no person's: `Just Stop Oil`)
        return bodies.pop() if len(bodies) == 1 else None

    def _entourage_named_before(self, word: str, at: tuple[int, int]) -> str | None:
        """The one name the text writes right before `word` (`a Biden campaign release`, `the Harris campaign`) outside
        quotations, in this paragraph before `at` or the two before it: whose campaign `the campaign` is."""
        named = {f"{' '.join(m.words)} {word}"  # as written, as `the Biden campaign said` gives
                 for para in range(max(0, at[0] - _IT_PARAGRAPHS), at[0] + 1)
                 for m in self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END)
                 if self._paragraph(para).startswith(f" {word}", m.end)}
        return named.pop() if len(named) == 1 else None

    def _country_before(self, at: tuple[int, int]) -> str | None:
        """The country named last outside quotations, in this paragraph before `at` or in the one before."""
        return next((self.names.canonical(m.words, m.at) for para in (at[0], at[0] - 1) if para >= 0
                     for m in reversed(self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END))
                     if " ".join(m.words).lower() in COUNTRIES), None)

    def _subject_described_so(self, word: str, at: tuple[int, int]) -> str | None:
        """The body the sentence before described as its subject in more words than one, ending in `word` written
        in lowercase (`Norway's sovereign wealth fund`, `The pension fund`, for `the fund`)."""
        before = self._sentence_before_at(at)
        subject = sentence_subject(*before[1:]) if before is not None else None
        if subject is None or len(subject.tokens) < 2 or subject.tokens[-1].text != word \
                or not all(t.is_word for t in subject.tokens):
            return None
        described = _description(subject.tokens)
        return described if described != word else None

    def party_named_before(self, at: tuple[int, int]) -> str | None:
        """The one political party named in the paragraph before `at` or in this one before it."""
        return self._kind_named_before("party", at)

    def _kind_named_before(self, kind: str, at: tuple[int, int]) -> str | None:
        """The one political party or trade union (`kind`) named in the paragraph before `at` (or further, past short
        ones: `_first_in_reach`) or in this one before it, outside quotations (`Labour`, `the Liberal Democrats`, `the
        Green Party`; `Unite`, `the RMT`), as written."""
        pattern, other_forms = _KINDS_NAMED[kind]
        written = []
        for n in range(max(0, min(at[0] - 1, self._first_in_reach(at))), at[0] + 1):
            text = self._paragraph(n)
            end = at[1] if n == at[0] else len(text)
            quoted = [(t.start, t.end) for t in self._tokens(text) if t.is_quote and t.start < end]
            written += [m.group(1) for m in pattern.finditer(text, 0, end)
                        if not any(a <= m.start() < b for a, b in quoted)]
        one = len({other_forms.get(name, name) for name in written}) == 1  # (`the Tories` are the Conservatives)
        return written[-1] if one else None

    def _sole_regulator(self, at: tuple[int, int]) -> str | None:
        """The one regulator named outside quotations in this paragraph before `at` or the two before it (`Ofsted`,
        `Financial Conduct Authority`), or, where they name none, in the few before those (`Thames Water has been
        fined by regulator Ofwat.`, three paragraphs up)."""
        found = {(n, name) for n in range(max(1, at[0] - _REGULATOR_PARAGRAPHS), at[0] + 1)
                 for m in self.names.mentions_between(n, 0, at[1] if n == at[0] else _PAST_ANY_END)
                 if _a_regulator(name := self.names.canonical(m.words, m.at, is_org=True))}
        regulators = {name for n, name in found if n >= at[0] - 2} or {name for _, name in found}
        return regulators.pop() if len(regulators) == 1 else None

    def heading_name(self, n: int) -> tuple[str, str] | None:
        """The one name (a person's or a body's) that a heading right before paragraph `n` writes outside
        quotations, with the words it is written in: whose statement a quotation nothing attributes, opening
        the paragraph under it, is (a live page's `Mallow Swimming Pool - closed 'until further notice'`)."""
        mentions = self._heading_mentions(n)
        named = {self.names.canonical(m.words, m.at) for m in mentions}
        if len(named) != 1 or mentions[0].start > 0 or mentions[0].is_place:
            return None  # the heading opens on its name, no place's (not a related story's `UK economy grows`)
        return named.pop(), self._paragraph(n - 1)[mentions[0].start:mentions[0].end]

    def _headed_by(self, at: tuple[int, int]) -> str | None:
        """The one person a heading right before this paragraph names (a live page's `Badenoch responds`, `Starmer:
        'We will rebuild Britain'`), for a description in the paragraph's first sentence."""
        if sentence_start_in(self._paragraph(at[0]), at[1]) > 0:
            return None
        named = {self.names.canonical(m.words, m.at) for m in self._heading_mentions(at[0]) if not m.is_org}
        return named.pop() if len(named) == 1 else None

    def _heading_mentions(self, n: int) -> list:
        """The names written outside quotations in the paragraph before `n`, if it is a heading within the text
        (the first paragraph, the title, aside)."""
        if n < 2 or not _a_heading(self._paragraph(n - 1)):
            return []
        return [m for m in self.names.mentions_between(n - 1, 0, _PAST_ANY_END) if not m.in_quote]

    def _panel_described_before(self, word: str, at: tuple[int, int]) -> str | None:
        """The one committee or panel (`word`) the text before `at` describes in lowercase words after `the`, past
        an adjective before a capitalised word (`The influential Commons home affairs committee`: Commons home affairs
        committee; `the environment select committee`): what a story about its report is about."""
        described = set()
        for para in range(at[0] + 1):
            text = self._paragraph(para)
            for m in _PANEL_DESCRIBED.finditer(text, 0, at[1] if para == at[0] else len(text)):
                words = m.group(1).split()
                if any(w.lower() in DETERMINERS or w.lower() in PREPOSITIONS or w.endswith(POSSESSIVE_ENDINGS)
                       for w in words) or m.group(2) != word:
                    continue  # not `the chairman of the committee`, `the MPs' committee`
                capital = next((k for k, w in enumerate(words) if w[0].isupper()), 0)
                described.add(" ".join([*words[capital:], word]))
        return described.pop() if len(described) == 1 else None

    def _sole_club_named(self, at: tuple[int, int]) -> str | None:
        """The one name with a club's ending (`Plymouth Argyle`, `Manchester United`) written outside quotations
        in this paragraph or the two before, before `at`."""
        clubs = {name for m in self.names.mentions if at[0] - 2 <= m.para <= at[0] and m.at < at and not m.in_quote
                 and (name := self.names.canonical(m.words, m.at)).rsplit(" ", 1)[-1].lower() in CLUB_ENDINGS
                 and " " in name}
        clubs = clubs or self._sides_of_players(at)
        return clubs.pop() if len(clubs) == 1 else None

    def _sides_of_players(self, at: tuple[int, int]) -> set[str]:
        """The sides, not nations, a player or a manager is titled with (`Tom Brown, the former Leeds striker,`) in
        this paragraph or the two before, before `at`."""
        texts = (self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
                 for n in range(max(0, at[0] - 2), at[0] + 1))
        return {side.group(1) for text in texts for side in _SIDES_PLAYER.finditer(text)
                if side.group(1).lower() not in DEMONYMS and side.group(1).lower() not in COUNTRIES}

    def _makers_body(self, product: frozenset[str], at: tuple[int, int]) -> str | None:
        """`OpenAI has released a model. ¶ "…," the ChatGPT maker said`: the latest body that was a
        subject in this paragraph or the one before, other than the product; else the one business
        named there."""
        def other(body: str | None) -> bool:
            return bool(body) and not product & set(body.lower().split())

        body = next((body for _, body in self.names.subject_bodies_before(at, since=at[0] - 1) if other(body)),
                    None) or self._sole_business_named(at)
        return body if other(body) else None

    def _sole_business_named(self, at: tuple[int, int]) -> str | None:
        """The one name written outside quotations before `at`, in any role but an owner's (not `Kraft's new
        label`), in this paragraph or the one before, if it may be a business (not a regulator, a court or an arm
        of government)."""
        mentions = [m for m in self.names.mentions if m.at < at and not m.in_quote and not m.is_place
                    and self._paragraph(m.para) != self.headline  # (not `Chip` of `Chip shares soar`)
                    and not _OWNED_BY.search(self._paragraph(m.para), max(0, m.start - _OWNED_BY_REACH), m.start)]
        # (nor `Tata Motors` of `The carmaker, owned by India's Tata Motors,`: its owner)
        if not mentions or any(m.possessive and not _LEADER_OWNED.match(self._paragraph(m.para), m.end)
                               and not self.names.people_owned_by(m.words[-1].lower(), at)
                               for m in mentions) or mentions[-1].para < at[0] - 1:
            return None  # (but `Ryanair's chief executive has called …. The airline said`: Ryanair)
        named = {self.names.canonical(m.words, m.at) for m in mentions}
        named -= {name for name in named if self._leads_one_of(name, named)  # not `Nvidia chief executive Jensen
                  or self.names.owners_of(name) & {other.lower() for other in named}}  # Huang`, who leads Nvidia,
        # nor `OpenAI's Sam Altman`, whom the business owns
        if len(named) > 1 and any(map(self.names.known_person, named)):
            named = self._labelled_past_people(mentions, at)  # `Housebuilder Persimmon will build 400 homes.` ¶
            # `Campaigner Liz Hart said …` ¶ `The company said`
        body = named.pop() if len(named) == 1 else None
        return body if body and (self.names.read_as_body(body) or self.names.may_be_body(body) or self._no_ones_name(
            body)) and not _a_public_body(body) else None

    def _labelled_past_people(self, mentions, at: tuple[int, int]) -> set[str]:
        """Of the `mentions` in `at`'s paragraph and the two before, the one name of no person, when the text sets it
        right after a word for a business (`Housebuilder Persimmon`; not `Local` of `Local grocer Tom Smith`), in a
        set; else an empty set."""
        named = {name for m in mentions if m.para >= at[0] - 2
                 and not self.names.known_person(name := self.names.canonical(m.words, m.at))}
        labelled = len(named) == 1 and any(
            m.label in BODY_NOUNS and not m.possessive and self.names.canonical(m.words, m.at) in named
            and self._paragraph(m.para)[:m.start].rstrip().lower().endswith(m.label) for m in self.names.mentions)
        return named if labelled else set()

    def _leads_one_of(self, person: str, names: set[str]) -> bool:
        """Whether the text titles `person` with an office that leads a body among `names` (`Nvidia chief
        executive`; not `Secretary of State`)."""
        return any(_leads(m.office, set(name.lower().split())) for m in self.names.mentions_of(person)
                   for name in names if name != person)

    def _no_ones_name(self, name: str) -> bool:
        """A name of words no person's name opens with, which the text gives no sex nor marks as a person's
        (`Jaguar Land Rover`)."""
        return not given_name(name.split()[0]) and self.names.gender(name) in (None, "n") \
            and not self.names.marked_as_person(name)

    def _business_acted_on(self, pos: tuple[int, int], body: str) -> tuple[tuple[int, int], str] | None:
        """The one body named after `body` (a public body, the subject at `pos`) in its sentence that is no public
        body itself: the business it acted on (`Ofcom has fined the BBC`)."""
        text = self._paragraph(pos[0])
        end = _sentence_around(self.paragraphs, pos[0], self._tokens(text), pos[1], self.single_style)[1]
        others = {(m.at, self.names.canonical(m.words, m.at, is_org=True))
                  for m in self.names.mentions_between(pos[0], pos[1] + 1, end) if not m.is_place and (
                      m.is_org or not given_name(m.words[0])
                      and self.names.gender(self.names.canonical(m.words, m.at)) in (None, "n"))}  # (`Thames Water`)
        businesses = {(at, name) for at, name in others if name != body and not _a_public_body(name)}
        return businesses.pop() if len(businesses) == 1 else None

    def _sole_band_named(self, at: tuple[int, int]) -> str | None:
        """The one name this paragraph before `at` or the two before set before a band member's role (`Oasis singer
        Liam Gallagher`, `Coldplay frontman Chris Martin`): the band `the band` is."""
        return self._sole_match_before(_BAND_MEMBER, at, _INSTITUTION_REACH, _NOT_BANDS)

    def _lead_office_holder(self, toks, at: tuple[int, int]) -> str | None:
        """The person the paragraph after the lead names, when the lead opens on `toks` (`The chief constable`),
        for `toks` past the paragraph that names them."""
        lead = 1 if self.headline is not None and self._paragraph(0) == self.headline else 0
        return self.opened_on_by_the_lead(tuple(t.bare.lower() for t in toks[1:])) if at[0] > lead + 1 else None
        # (`A vet has warned …` too: the vet)

    def opened_on_by_the_lead(self, office: tuple[str, ...]) -> str | None:
        """The person the paragraph after the lead names, when the lead opens on `office` (`A headteacher in
        Bradford says …` ¶ `Sarah Ahmed, head of Lister Primary School, said`): whom a headline's `Headteacher`
        stands for."""
        lead = 1 if self.headline is not None and self._paragraph(0) == self.headline else 0
        if lead >= len(self.paragraphs) or not self._paragraph(lead).lower().startswith(
                tuple(f"{article} {' '.join(office)} " for article in ("the", "a", "an"))):
            return None
        named = self._named_next(office, (lead, 0))
        sex = _head_gender(office[-1])
        return None if named and sex and self.names.gender(named) not in (sex, None) else named  # `A woman has
        # been rescued …. ¶ Tom Brown said she was lucky.`: no woman

    def _lead_before(self, end: int) -> int | None:
        """The story's first paragraph under the headline, if it stands before paragraph `end`."""
        return next((n for n in range(end) if self._paragraph(n) != self.headline), None)

    def _named_together_next(self, count: int, at: tuple[int, int]) -> str | None:
        """In the lead, the `count` people the next paragraph opens on, each named in full and joined by commas and
        `and` (`Janet Skinner and Seema Misra were among …`): whom the lead's `Two women` stands for."""
        if not self._in_the_lead(at):
            return None
        para = at[0] + 1
        text = self._paragraph(para)
        opening = self.names.mentions_between(para, 0, _PAST_ANY_END)[:count]
        if len(opening) != count or opening[0].start != 0 or any(m.is_org or len(m.words) < 2 for m in opening):
            return None
        gaps = [text[a.end:b.start] for a, b in zip(opening, opening[1:])]
        if gaps[-1] != " and " or any(gap != ", " for gap in gaps[:-1]):
            return None
        names = [self.names.canonical(m.words, m.at) for m in opening]
        return f"{', '.join(names[:-1])} and {names[-1]}"

    def _in_the_lead(self, at: tuple[int, int]) -> bool:
        """Whether `at` is in the headline or the story's first paragraph under it."""
        return all(self._paragraph(n) == self.headline for n in range(at[0]))

    def _kind_named_next(self, word: str, at: tuple[int, int]) -> str | None:
        """In the lead, the first body the next paragraph makes a subject whose name ends in `word`, the word for its
        kind: whom the lead's description stands for (`…, the country's largest education union has said. ¶ The
        National Education Union said`)."""
        if word not in BODY_NOUNS:
            return None
        return next((name for name in self._bodies_subjects_next(at) if name.lower().split()[-1] == word), None)

    def _regulator_named_next(self, at: tuple[int, int]) -> str | None:
        """In the lead, the regulator the next paragraph first makes a subject: whom the lead's `the watchdog`
        stands for."""
        named = self._bodies_subjects_next(at)
        return named[0] if named and _a_regulator(named[0]) else None

    def _bodies_subjects_next(self, at: tuple[int, int]) -> list[str]:
        """For `at` in the lead, the bodies the next paragraph makes subjects, in the text's order."""
        if not self._in_the_lead(at) or at[0] + 1 >= len(self.paragraphs):
            return []
        return [name for pos, name in reversed(list(self.names.subject_bodies_before((at[0] + 2, 0), since=at[0] + 1)))
                if pos[0] == at[0] + 1]

    def _holds_office_of(self, person: str, body: str) -> bool:
        """Whether the text titles `person` with an office of `body`: `Information Commissioner John Edwards`
        of the Information Commissioner's Office, `Ofwat chief executive David Black` of Ofwat, `ICO deputy
        commissioner Stephen Bonner`."""
        words = tuple(w.lower().removesuffix("'s") for w in body.split())
        own = {body.lower(), *(initials.lower() for initials in initial_forms(list(body.split())))}
        return any(m.office and (m.office[0] in own or m.office == words[:len(m.office)])
                   for m in self.names.mentions_of(person))

    def _unowned_leader(self, person: str) -> bool:
        """Whether the text titles `person` with a body's leading office alone (`Boss Michael O'Leary`,
        `chief executive Jim Skinner`): the leader of the body the story is about."""
        return any(m.office and set(m.office) <= _TOP_ROLES and not any(
            other.is_org for other in self.names.mentions_between(m.para, max(0, m.start - _SIDE_REACH), m.start))
            or _ITS_LEADER.search(self._paragraph(m.para), max(0, m.start - _SIDE_REACH), m.start)
            for m in self.names.mentions_of(person))  # (not `EU competition chief Teresa Ribera`); `Its chairman,
        # Sir Adrian Montague,`: the body's own

    def _police_force(self, at: tuple[int, int]) -> str | None:
        """`the force` after `Greater Manchester Police said`: the latest police force named before."""
        return next(filter(None, (self.names.latest_body_ending(ending, at) for ending in _FORCES)), None)

    def _other_body_since(self, pos: tuple[int, int], at: tuple[int, int], body: str, word: str = "") -> bool:
        """Whether a body other than `body` (the subject at `pos`) is named between them, but for the agent
        of a passive in the subject's own sentence: `Thames Water has been fined £123m by Ofwat. ¶ The company
        said` is still Thames Water's; and, for a sector's epithet's `word`, but for a body the subject's own sentence
        acts on that the text does not call by that word: `Microsoft has agreed to buy the gaming company Activision
        Blizzard. The tech giant said` is still Microsoft's (not `The company said`: either's)."""
        if not self.names.other_bodies_between(pos, at, body):
            return False
        text = self._paragraph(pos[0])
        end = _sentence_around(self.paragraphs, pos[0], self._tokens(text), pos[1], self.single_style)[1]
        agents = all(_BY_BEFORE.search(text, 0, m.start) or word and not m.is_subject and m.at < at
                     and word not in text[max(0, m.start - _CALLED_BEFORE_REACH):m.start].lower()
                     for m in self.names.mentions_between(pos[0], pos[1] + 1, end)
                     if m.is_org or self.names.may_be_body(self.names.canonical(m.words, m.at)))
        return not agents or self.names.other_bodies_between((pos[0], end), at, body)

    def _authored_text(self, word: str, at) -> str | None:
        """`Oxfam says in a report, Paying the Price, …`, `predicts the report by telecoms giant BT`, `a
        report published on Thursday by the World Economic Forum`: the text (`report`, `statement`) of the
        body the text last gave as the author of one of this kind, before `at` in this paragraph or the
        ones before (`Oxfam report`); a person is no such author, but one titled who signed or wrote it
        owns it (`The letter, signed by Labour MP Clive Lewis,`: Clive Lewis's letter)."""
        text = self._paragraph(at[0])
        aside = _TEXT_ASIDE.match(text, at[1])  # up to `at`, or past the aside after it: `The report, published
        found = _last_author(word, at[0], text[:aside.end() if aside else at[1]])  # … by the IFS, said`
        if found is None:
            if word not in self._authors:  # (each paragraph read once for each kind of text: a long document
                self._authors[word] = [(n, author) for n in range(len(self.paragraphs))  # asks often)
                                       if (author := _last_author(word, n, self._paragraph(n))) is not None]
            authors = self._authors[word]
            last = bisect_left(authors, (at[0], ())) - 1
            found = authors[last][1] if last >= 0 else None
        if found is None:
            return None
        n, start, written = found
        voice = _authors_voice(self._paragraph(n), start, written)
        ends = (start + len(written), start + len(written) - 2)  # (a name's mention may hold its `'s`)
        written = written[:-2] if voice and written.endswith(POSSESSIVE_ENDINGS) else written
        words = tuple(w for w in written.split() if w.lower() != "the")
        person = next((m for m in self.names.named_between(n, start, ends[0]) if not m.is_org
                       and m.end in ends and (given_name(m.words[0]) or m.title)), None)
        if person is not None and voice:  # `Tom Brown's family said in a statement`, `The family of Tom Brown
            return f"{self._principals(self.names.canonical(person.words, person.at), voice)} {word}"  # said …`:
            # the family's statement, not Tom Brown's
        if person is not None and words:  # `The letter, signed by Labour MP Clive Lewis,`: his letter, as `A letter
            return self._principals(self.names.canonical(person.words, person.at), word)  # signed by …` is; not the
            # body `Labour MP Clive Lewis`; `President Obama released a statement`, `Bernie Sanders said in a
            # statement`: Barack Obama's, Bernie Sanders's
        if not words or given_name(words[0]) or self.names.gender(self.names.canonical(words, (n, start))):
            return None  # `Bernie Sanders said in a statement`: a person's, not a body's
        return f"{self.names.canonical(words, (n, start), is_org=True)} {word}"

    def _owned_voice_text(self, word: str, at: tuple[int, int]) -> str | None:
        """For `the statement` (a text, `word`): the text of the voice that spoke last, earlier in this paragraph,
        when that is someone's office or spokesperson (`His office said …. "…," the statement said`: Joe Biden's
        office statement; `The 82-year-old's spokesperson said`: Joe Biden's statement)."""
        last = self._last_voice(at)
        if last is None or last[0][0] != at[0] and word not in self._paragraph(last[0][0]):
            return None  # (the paragraph before, when it writes the word: `His family said in a statement`)
        owner = _voices_principal(last[1], owned_only=True)
        if owner:
            return self._principals(owner, word)
        body = _voices_principal(last[1]) if word == "statement" else None
        if body:
            return f"{body} {word}"  # `An All England Club spokesperson denied …. The statement added` (a spokesperson
            # gives a statement, not a report)
        if last[1].endswith(_OWNED_BODY):
            return self._principals(last[1], word)
        return f"{last[1]} {word}" if last[1].rpartition("'s ")[2] in _AUTHORS_VOICES else None  # `Tom Brown's
        # family statement`

    def _spokespersons_body(self, at: tuple[int, int]) -> str | None:
        """The body whose spokesperson spoke last, in this paragraph or the one before (`A Home Office
        spokesman said`, `A spokesperson for the Department for Education said`: the body named in the
        voice the resolver wrote)."""
        last = self._last_voice(at)
        return _voices_principal(last[1]) if last is not None else None

    def _body_that_spoke(self, at) -> str | None:
        """The named body that was quoted last, in this paragraph or the one before, if no other body
        is named since (`"…," the OECD said. … However, the report warned`)."""
        spoke = next(((pos, name) for pos, name in reversed(self.things) if pos < at), None)
        if spoke is None or at[0] - spoke[0][0] > 1 or not spoke[1][:1].isupper() \
                or not (self.names.may_be_body(spoke[1]) or self.names.read_as_body(spoke[1])) \
                or self.names.other_bodies_between(spoke[0], at, spoke[1]):
            return None  # (`The Green Party said: "…" ¶ the statement read`: a body the name finder read as one)
        return spoke[1]

    def _named(self, toks, name, at) -> tuple[str, bool]:
        """The canonical name for the run of capitalised words `name` inside `toks`, and whether it
        names a body. A body keeps the words that describe it: `Scottish Executive`, `British
        Phonographic Industry`; a person does not: `Indiana Gov. Mike Pence` is Mike Pence."""
        outlet = self.names.outlet(tuple(t.bare for t in name))
        if outlet:
            return outlet, True  # `According to PC Pro` after `PC Pro magazine`
        is_org = _is_org(toks, name) and not self.names.persons_surname(tuple(t.bare for t in name)) \
            and not self._the_person(toks, name, at[0])
        words = self.names.junior(_name_words(name, whole_body=is_org), name[-1].bare)
        found = self._mention_at(at[0], name[0].start)
        if found is None and len(name) >= 2 and (labelled := self._mention_at(at[0], name[1].start)) is not None \
                and labelled.label == name[0].lower:
            return self.names.canonical(labelled.words, at, is_org=True), True  # `Retailer Tesco said`: the trade
            # opening the sentence labels the name
        if found is not None and (found.is_org or "of" in found.words) and len(found.words) > len(words) \
                and (tuple(found.words[:len(words)]) == tuple(words) or "," in found.words
                     and tuple(w for w in found.words if w != ",")[:len(words)] == tuple(words)):
            words, is_org = tuple(found.words), True  # `Joint Chiefs` of `Joint Chiefs of Staff`: the body's whole
            # name; `Department for Culture, Media and Sport` with its comma (a phrase's tokens keep none)
        if is_org and len(words) == 1 and (words[0].lower() in ORG_WORDS or words[0].lower() in _LAWS) \
                and toks[0].lower == "the":  # `The Bill proposes` after `the Prevention of Terrorism Bill`
            full = self.names.sole_body_ending((words[0].lower(),), at)
            if full:
                return full, True  # `the Commission said` after `The European Commission has written`
        return self.names.canonical(words, at, is_org=is_org), is_org

    def _the_person(self, toks, name, para: int) -> bool:
        """`the Trump who questions …`: `the` and one word the name finder, seeing the clause after it,
        took for a person's name."""
        if len(name) != 1 or toks[0] is name[0] or toks[toks.index(name[0]) - 1].lower != "the":
            return False
        named = self._mention_at(para, name[0].start)
        return named is not None and not named.is_org

    def pronoun(self, word: str, at: tuple[int, int], avoid=frozenset(), continuing=False,
                recent=None) -> str | None:
        """he/she: the person a lead's opening clause points ahead to, or no one in a paragraph whose
        subject fell off; else the latest compatible speaker in this paragraph, else the latest
        subject there; else the same in the paragraph before, then in the few before that; else the
        latest person named. it: the document or body that spoke; they: a body named before."""
        if word == "it":
            thing = self._latest_thing(at)
            if thing is None:
                return None
            named = thing in self._named_in_its_clause(at)  # `Tesco has been fined by the HSE. It said Tesco had put
            traded = not named and not _a_public_body(thing) and self._trade_in_its_clause(at)  # staff "at risk"`,
            if named or traded:  # `It said the supermarket had …`: the other body (for a trade, a public one)
                other = next((b for b in self.names.orgs_before(at, bodies_only=True, para=at[0] - 1)
                              if b != thing and (named or _a_public_body(b))), None)
                thing = other if named or other else thing
            return thing
        if word == "they" and (person := self._singular_they(at) or self._spokesperson_they(at)
                               or self._indefinite_they(at)):
            return person  # `Sam Smith, who uses they/them pronouns, …. "…," they said`
        if word in GROUP_PRONOUNS:  # a body that spoke in this paragraph (`the BPI said. "…," they said`), or
            spoke = next((name for pos, name in reversed(self.things) if pos < at and pos[0] == at[0]), None)
            return spoke or self._pair_subject_before(at) or self._plural_body_subject(at) \
                or self._body_subject_just_before(at) or self._many_spoke_just_before(at) \
                or self._many_said_after_a_clause(at) or next(  # two names
                # joined as a subject before, a body written with a plural verb (`Coldplay have cancelled`), or
                (name for name in self.names.orgs_before(at, bodies_only=True, para=at[0] - 1) if _many(name)),
                None) or self._reporting_body(at) or self._many_that_spoke(at) \
                or self._couple_again(at)  # one named here or just before that is many; `A statement from …
            # Universal said …. However they said`
        if word == "i":
            return self._turn_speaker(at) or self.author  # `Thomas Malone: … I called them "…"`: the turn's
        want = "f" if word in FEMALE_PRONOUNS else "m"
        avoid = avoid | self._writers | self._own_kin_before(at, want) | self._dead_before(at)  # the writer is `I`,
        # never a he or she
        someone = self._someone_before_object(at, word, want)
        if someone:
            return someone  # `talking to a voter for 20 minutes only to have her ask, "…"`: the voter
        ahead = self._introduced_after_clause(at, want)
        if ahead:
            return ahead  # `After he blasted "Frozen" for being too "pro-gay," Pastor Kevin Swanson has …`
        if self._subject_lost(at):
            return None  # `welcomed the opportunity to face United. "…," he said`: the name fell off the text
        opening = self._opening_pronoun(at, word)
        if opening is not None:  # `He declared that … Donald Trump would have a path …, which he declared "…"`
            return self.pronoun(word, opening, avoid, continuing, recent)
        candidates = [c for c in self._candidates(at) if c[1] not in avoid]
        candidates = self._past_reports(candidates, at)
        here = [c for c in candidates if c[0][0] == at[0] and c[2] != "mention"]
        if here and self._inserted_cue(at):
            here = self._past_the_reported(here, candidates, at, want)
        here_named = [c for c in candidates if c[0][0] == at[0] and c[2] == "mention"]  # `saw Mr Blair start`
        here, here_named = self._past_the_beaten(here, at, want), self._past_the_beaten(here_named, at, want)
        related = [(pos, name, "subject") for pos, name, kind in candidates  # `with his wife, ex-model Sandra`
                   if pos[0] in (at[0], at[0] - 1) and kind == "mention" and self.names.related(name)
                   and self.names.gender(name) == want]
        related_before = [c for c in related if c[0][0] < at[0]]  # the paragraph before's, after who acted there
        related = [c for c in related if c[0][0] == at[0]]
        previous = [c for c in candidates if c[0][0] == at[0] - 1]
        previous = [c for c in previous if not self._in_an_aside(c[0])] or previous  # `(As BuzzFeed News first
        # reported, Mr. Trump voiced support …)` ¶ `he has lent his prime-time platform`: not Trump
        unlisted = [c for c in candidates if not (c[2] == "mention" and c[0][0] < at[0] - 1 and self._listed(c[0]))]
        # not one of `four Americans: …, Tyrone Woods and Glen Doherty`, only mentioned paragraphs before
        earlier = [c for c in unlisted if at[0] - _SCAN_PARAGRAPHS <= c[0][0] < at[0] - 1]
        speakers = ("speaker",)  # in each pool, who spoke comes before who merely did something
        new_sources = set(self.names.introduced_in(at[0] - 1))
        introduced = [(pos, name, "subject") for pos, name, kind in previous  # who may be a he or she unknown
                      if kind == "mention" and name in new_sources]
        returning = [(pos, name, "subject") for pos, name, kind in previous  # `But that was not enough for
                     if kind == "mention" and name in self.people]  # Mr Sarkozy.` brings back who spoke
        owner = self._owner_just_before(at, want) or self._subject_of_opening_clause(at, want) \
            or self._sexed_epithet_opening(at, want) or (self._owned_in_its_sentence(at, want) if word in ("his", "her")
                                                         else None)
        if owner is not None:
            return owner  # `For that she drew Trump's ire - he called her "weak"`: Trump; `But as Mr. Sanders
            # campaigned on Friday, he said`: Sanders
        if not any(kind == "speaker" for _, _, kind in here) \
                and _SEXED_HEAD[want].search(self._paragraph(at[0]), max(0, at[1] - _SEXED_REACH), at[1]) \
                and (kin := self._sexed_description_before(at, want)):
            return kin  # `Prosecutor Anna Vigars spoke. ¶ Mr Hunt's daughter found his body. She said`: the daughter,
            # the sentence before's subject, not a woman of an earlier paragraph, when no one spoke in this one
        if not any(kind == "speaker" for _, _, kind in here) \
                and (owning := self._description_owning_before(at, want)):
            return owning  # `Team leader Chris Lloyd said: "…"` ¶ `The walker thanked his rescuers.` ¶ `"…," he said`:
            # the walker, whose his gives the sex, not the leader who spoke before
        put_to = self._asked_him_just_before(recent, at, word, want, avoid) if recent else None
        if put_to is not None:
            return put_to  # `Robinson pressed him on spending. "…," he said`: the one pressed, not Robinson
        office = self._office_opening_before(recent, at, want) if recent else None
        if office is not None:
            return office  # `The prime minister accused Labour …. "…," he said`: whoever holds it, named or not
        same = self._pronoun_opening_before(recent, word, at) if recent else None
        if same is not None:  # `Henson relished it. Without further ado, he slotted the kick. "…," he said`
            return self.pronoun(word, same[0], avoid, False, same[1])
        opener = self._opening_subject_here(recent, at, want) if recent else None
        if opener is not None and opener not in avoid:  # (not `X pressed her: "…?" She replied`: X asked)
            return opener  # `Coan argued …. Mosman saw it differently: "…," he said`: Mosman
        just = self._subject_just_before(candidates, want, recent) if recent else None
        just = None if just in avoid else just  # (`His father, Chips, was a novelist. "Dad …," he says`)
        if just and recent and self.names.gender(just) is None and just not in self.sexes:
            just = self._introduced_since(just, recent) or just  # `Clinton made an appearance of sorts, courtesy of
            # Vogobir Penamuk, a delegate from Michigan who …. ¶ "…," he said`: the new source, not whom the text
            # gives no sex
        if just and (not continuing or self._turned_to(candidates, just, recent) or self._reported_in(recent, just)
                     or self.names.gender(just) == want and self._opens_the_paragraph(recent, just, at)):
            return just  # `"…," said Tim Henman. Roger Federer dropped a set …. "…," he said`; `Boss Harry Redknapp
            # had said that …. He added: "…"`
        goes_on = ((list(here), speakers), (previous, speakers)) if continuing else ()  # `"…," he added`: the
        # latest who spoke and may be a he, though another's sex is known (a copy: not `here`'s known-first rule)
        earlier_ones = [list(one) for _, one in itertools.groupby(earlier, key=lambda c: c[0][0])]  # paragraph by
        # paragraph, the latest first: who spoke, then who acted
        spoke_last = max((c[0] for c in here if c[2] == "speaker"), default=None)
        newer = [c for c in related if (spoke_last is None or c[0] > spoke_last) and self._named_as_kin_at(c[0])]  # a
        # wife named since anyone spoke, as a wife there (not `Keeper Emma Evans, who has looked after Zuri`, named as
        # a calf's mother before)
        if continuing and newer and max(candidates)[1] == max(newer)[1] \
                and not self._first_agreeing(here, speakers, want, strict=False):
            goes_on = ((newer, ("subject",)), *goes_on)  # `"…," said Karen Lee, who was visiting with her husband,
            # Paul. He added: "…"`: her husband, named since she spoke, not a man who spoke a paragraph before (but
            # not when anyone is named after the relation: `… his wife Carey Lowell. … Lopez issues a statement.
            # "…," she added`)
        for pool, kinds in (*goes_on, (newer, ("subject",)), (here, speakers), (here, _ACTORS), (related, ("subject",)),
                            (previous, speakers),
                            (previous, _ACTORS), (related_before, ("subject",)),
                            (introduced, ("subject",)), (returning, ("subject",)),
                            (chained := self._chain_back(candidates, at, want), _ACTORS),
                            *((paragraph, kinds) for paragraph in earlier_ones for kinds in (speakers, _ACTORS)),
                            (here_named, ("mention",)),
                            (previous, ("mention",)), (earlier, ("mention",)), (unlisted, _ACTORS + ("mention",))):
            found = self._first_agreeing(pool, kinds, want, strict=pool is unlisted,
                                         known_first=pool is here or pool is chained)  # (the chain's, of the sex the
            # text gives: `Sanders is within range … in states that front-runner Mipor Clinton won` before `he`)
            if found and pool is here and self._unsexed_description(found):
                found = self._sexed_in_sentence(here, at, want) or self._sexed_description_before(at, want) \
                    or found  # `Clinton, a top aide said, "…", and
                # she has often told …`: Clinton, whose sex the text gives, not the aide, whose it does not
            if found and pool is here and self.names.gender(found) is None and role_gender(found) is None \
                    and not (self._inserted_cue(at) and (found, "speaker") in {(c[1], c[2]) for c in here}):
                found = self._described_of_sex(at, want) or self._one_of_sex_in_sentence(here_named, at, want) \
                    or found  # `The executive spokeswoman said … agreed by a psychiatric advisor "…". She said`: the
                # spokeswoman, whose sex the text gives; `Microsoft promised Mr. Weiner that he could run …`; but
                # `Robby Mook acknowledged … Sanders had split …, which is an outcome, he said,`: who spoke here
            if found and pool is previous and recent and self.names.gender(found) is None and found not in self.sexes:
                found = self._introduced_since(found, recent) or found  # (as for the subject just before)
            if found and pool is previous and kinds is speakers and self.names.gender(found) is None \
                    and found not in self.sexes:
                found = self._sexed_subject_since(previous, found, want) or found  # `"…," said Mebuvok Rego. …
                # Professor Angela MacFarlane has spent years researching games.` ¶ `she found`: the subject of that
                # sex named since, not the speaker of no known sex
            if found and (pool is earlier or any(pool is one for one in earlier_ones)) \
                    and self.names.gender(found) is None:  # a full name of that gender
                full_names = [c for c in previous if " " in c[1]]  # in the paragraph before goes first
                return self._first_agreeing(full_names, ("mention",), want, strict=True) or found
            if found and self.names.gender(found) is None:
                self.sexes.setdefault(found, want)  # `a voter stood up. She asked`: the voter is a she from now;
                # `Gowdy pressed Clinton. "…?" he asked. "Yes," she replied`: Gowdy is a he
            if found:
                return found
        return self._described_before(at, want) or self._sexed_description_before(at, want) \
            or self._peer_of_sex_before(at, want) or self._kin_of_sex_before(at, want) \
            or self._named_later_in_sentence(at, want) or self._sexed_subject_just_before(at, want) \
            or self._named_after_opening_quotations(at, want) \
            or self._the_other_one(here_named + previous, want) or self._office_met_before(at, want) \
            or self._sexed_description_before(at, want, any_sex=True) \
            or self._speaker_of_either_name(here + previous)  # `The hiker was taken to hospital. ¶ His wife said`: a
        # description of no sex, the subject just before, where no one of the sex is named; `Dr Sam Green said …. "…,"
        # she said`: the one who spoke, whose given name alone gave another sex

    def _past_the_beaten(self, pool, at: tuple[int, int], want: str):
        """`pool` without the people beaten in this paragraph before `at` (`The award went to Tom Brown, beating Dave
        Smith. "…," he said`), when someone else of the wanted sex is left: the winner speaks."""
        text = self._paragraph(at[0])
        if len(pool) < 2 or not any(word in text for word in _BEATING_STEMS):
            return pool  # (the cheap test first: `_BEAT_BEFORE` reads each name's words before it)
        beaten = {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(at[0], 0, at[1])
                  if not m.is_org and _BEAT_BEFORE.search(text, max(0, m.start - _BEATEN_REACH), m.start)}
        kept = [c for c in pool if c[1] not in beaten]
        return kept if len(kept) < len(pool) and any(self.names.gender(c[1]) == want for c in kept) else pool

    def _speaker_of_either_name(self, candidates) -> str | None:
        """The latest of `candidates` who spoke, when the text gives them a sex only by a given name both sexes bear
        (`Dr Sam Green`)."""
        latest = next((name for _, name, kind in candidates if kind == "speaker"), None)
        return latest if latest is not None and self.names.sexed_by_either_name(latest) else None

    def _office_met_before(self, at: tuple[int, int], want: str) -> str | None:
        """`I met the chancellor last week. "…," she told me`: where no one named may be the he or she, the one
        office (`the chancellor`, `the health secretary`) the sentence before names past its opening, or the
        pronoun's own sentence opening on a subordinate clause (`When I met the energy secretary, he told me`), of no
        other sex: whoever holds it, named or not."""
        text = self._paragraph(at[0])
        if _first_word(text, sentence_start_in(text, at[1])) in SUBORDINATORS:
            tokens, i, opening = self._sentence_at(at)  # `When I met the energy secretary, he told me`
            met = self._one_office_met(at[0], tokens, opening, i, want) if opening < i else None
            if met:
                return met
        before = self._sentence_before_at(at)
        return self._one_office_met(*before, want) if before is not None else None

    def _one_office_met(self, para: int, tokens, first: int, end: int, want: str) -> str | None:
        offices = [(j, k) for k in range(first + 1, end) if _an_office_or_kin(tokens[k].bare.lower())
                   and not tokens[k].is_capitalised and not (k + 1 < end and tokens[k + 1].is_word and (
                       tokens[k + 1].lower == "of" or tokens[k + 1].bare.lower() in ROLE_WORDS))
                   and (j := _the_opening(tokens, first, k)) is not None]  # (`the health secretary`: its last word)
        if len(offices) != 1 or offices[0][0] == first or role_gender(tokens[offices[0][1]].bare.lower()) \
                not in (None, want):
            return None  # (not `The chancellor and the governor met`: the subject's is no office met)
        (j, k), = offices
        person, is_person = self._resolve(tuple(tokens[j:k + 1]), (para, tokens[j].start))
        return person if is_person and person and self.names.gender(person) in (None, want) else None

    def _introduced_since(self, subject: str, recent) -> str | None:
        """The one person the sentence `recent` introduces by an appositive saying who they are (`, a delegate from
        Michigan who …`) after its subject, of no sex the text gives either."""
        (para, start), (end_para, end) = recent
        end = end if end_para == para else len(self._paragraph(para))
        named = [(m, self.names.canonical(m.words, m.at)) for m in self.names.mentions_between(para, start, end)]
        after = next((m.start for m, name in named if name == subject), start)  # (not `In a ward in Khan Younis,
        # midwife Amal Hassan has …`: a place before the subject, whose comma sets off no role of its)
        new = {name for m, name in named if m.role_after and not m.is_org and m.start > after} - {subject}
        return new.pop() if len(new) == 1 and self.names.gender(next(iter(new))) is None else None

    def _singular_they(self, at: tuple[int, int]) -> str | None:
        """The person who last spoke or acted in this paragraph or the one before, when the text says
        that person goes by they (`who uses they/them pronouns`, `(they/them)`, `who is non-binary`)."""
        if self._they is None:
            self._they = frozenset(self._going_by_they())
        if not self._they:
            return None
        latest = next(((pos, name) for pos, name, kind in self._candidates(at) if pos[0] >= at[0] - 1
                       and kind in _ACTORS), None)
        body = next(self.names.subject_bodies_before(at, since=at[0]), None)
        if latest is None or body is not None and body[0] > latest[0]:
            return None  # `Promoters Live Nation said sales were strong. "…," they said`: the body, acting since
        return latest[1] if latest[1] in self._they else None

    def _indefinite_they(self, at: tuple[int, int]) -> str | None:
        """`Someone else referenced the deal. "…," they said`, `One fan wrote back. "…," they said`: the one
        person of no known sex the sentence before (in this paragraph) opens on, when it names no people
        that are many (`One fan met the players.`) nor anyone else who may be a they (but `Dion`, a she)."""
        text = self._paragraph(at[0])
        this = sentence_start_in(text, at[1])
        if this == 0:
            return None
        first = sentence_before_start(text, this)
        opening = _INDEFINITE_OPENING.match(text, first, this)
        head = _indefinite_head(opening)
        if head is None or any(not m.is_org and given_name(m.words[0])
                               and self.names.gender(self.names.canonical(m.words, m.at)) is None
                               for m in self.names.mentions_between(at[0], opening.end(), at[1])) or any(
                people_word(w) and w.endswith("s") for w in re.findall(r"[a-z]+", text[opening.end():this])):
            return None  # not `One fan met the players.`: they may be many
        return head

    def _spokesperson_they(self, at: tuple[int, int]) -> str | None:
        """`A spokesperson for the firm said …. "…," they said`: the one who spoke last in this paragraph or
        the one before, a spokesperson of no sex, when no body spoke since."""
        last = next(((pos, name) for pos, name in reversed(self.speakers) if pos < at), None)
        if last is None or last[0][0] < at[0] - 1 or role_head(last[1]) not in _SEXLESS_SPOKES:
            return None
        return None if any(last[0] < pos < at for pos, _ in self.things) else last[1]

    def _going_by_they(self):
        """Each person the text says goes by they: the last one named before the words that say so, in
        their sentence."""
        for para, text in enumerate(self.paragraphs):
            for said in _GOES_BY_THEY.finditer(text):
                named = [(pos, name) for pos, name, _ in self.names.events_before((para, said.start()), since=para)
                         if pos[0] == para and pos[1] >= sentence_start_in(text, said.start())]
                if named:
                    yield named[-1][1]

    def _inserted_cue(self, at: tuple[int, int]) -> bool:
        """`Also, Trump isn't a conservative, he said.`: the he or she at `at` opens a cue set off by a
        comma after what it reports, closing the sentence or set off again."""
        text = self._paragraph(at[0])
        inserted = _INSERTED_CUE.match(text, at[1])
        return inserted is not None and text[:at[1]].rstrip().endswith(",") and inserted.group(1).lower() in CUE_FORMS

    def _past_the_reported(self, here, candidates, at: tuple[int, int], want: str) -> list:
        """`Joseph Hunter … said he will not vote for Trump.` ¶ `Also, Trump isn't a conservative, he said.`:
        the person whose state an inserted cue reports, the subject opening its sentence who speaks in it
        no more than by that cue, is not who says it, when someone who may be spoke or acted in the paragraph
        before."""
        start, _ = self._sentence_span(at)
        subject = [c for c in here if start <= c[0][1] < at[1]]
        if len(subject) != 1 or subject[0][2] != "subject" or not any(
                pos[0] == at[0] - 1 and kind in _ACTORS and self._agrees(name, want, kind)
                for pos, name, kind in candidates):
            return here
        return [c for c in here if c is not subject[0]]

    def _chain_back(self, candidates, at: tuple[int, int], want: str) -> list:
        """The people who acted in the paragraph a run of paragraphs naming no one who acts, each with a he
        or she of the sex `want`, reaches back to: `Lord Callaghan became a clerk …` ¶ `He enlisted …` ¶ …
        ¶ `His political career was not without controversy.` ¶ `When he refused to support prime minister
        Harold Wilson …, he said: "…"` (Callaghan, not Wilson, whom the paragraph names)."""
        pronouns = MALE_PRONOUNS if want == "m" else FEMALE_PRONOUNS
        for para in range(at[0] - 1, max(0, at[0] - _CHAIN_PARAGRAPHS), -1):
            actors = [c for c in candidates if c[0][0] == para and c[2] in _ACTORS and self._agrees(c[1], want, c[2])]
            if actors:  # (not `he represented Cardiff seats`: a place)
                return actors
            if pronouns.isdisjoint(_WORD.findall(self._paragraph(para).lower())):
                return []
            kin = self._kin_acting_in_a_relative(para, want)
            if kin is not None:  # `I called my mother, who was so surprised she asked …` ¶ `"Are you OK?" she said`
                return [kin]
        return []

    def _kin_acting_in_a_relative(self, para: int, want: str):
        """The last one paragraph `para` describes by an owned word of the sex `want` and a relative clause after
        it (`my mother, who …`, `his wife, who …`), as a candidate who acted: no name, but a person its clause
        has act."""
        found = None
        for found in _KIN_WHO.finditer(self._paragraph(para)):
            pass
        if found is None or _head_gender(found.group(2).lower()) != want or not people_word(found.group(2).lower()):
            return None
        tokens = [t for t in self._tokens(self._paragraph(para)) if found.start() <= t.start < found.end(2)]
        person, is_person = self._resolve(tuple(tokens), (para, found.start()))
        return ((para, found.start()), person, "subject") if person and is_person else None

    def _the_other_one(self, candidates, want: str) -> str | None:
        """`Saoirse Ronan and Tom Brown spoke. "…," she said`: of the people named in full here or in
        the paragraph before, the one whose sex the text does not give, when every other is of the
        other sex, or when there is no other and the text names them as an owner or a subject."""
        people = {name for _, name, _ in candidates if " " in name and not _looks_like_org(name)}
        unknown = [name for name in people if self.names.gender(name) is None and name not in self.sexes]
        others = people - set(unknown)
        if len(unknown) != 1 or any(self.names.gender(name) == want for name in others):
            return None
        if not others and not any(m.possessive or m.is_subject for m in self.names.mentions_of(unknown[0])):
            return None  # the only one named: `Dua Lipa's new single went to number one. "…," she said`, whose
            # thing or act the story is about
        return unknown[0]

    def _pair_just_named(self, at: tuple[int, int]) -> str | None:
        """The two people last resolved as one speaker or subject (`Smith and Jones`), in this
        paragraph or the one before, or a few before where one of them and no one else acted since (`Ant
        McPartlin and Declan Donnelly have won …. ¶ "…," they said. ¶ McPartlin added: "…" ¶ The pair thanked
        fans`): whom `the pair` or `the duo` stands for."""
        last = bisect_left(self.pairs, (at, "")) - 1
        if last < 0:
            return None
        pos, both = self.pairs[last]
        if at[0] - pos[0] <= 1:
            return both
        acted = {name for p, name, kind in self._candidates(at) if p > pos and kind != "mention"}
        return both if at[0] - pos[0] <= _PAIR_REACH and acted and acted <= set(both.split(" and ")) else None  # (one
        # of them acted since, no one else: still about them)

    def _bodies_joined_before(self, at: tuple[int, int]) -> str | None:
        """The latest two bodies (or names of no sex) named outside quotations as `X and Y` in this paragraph or
        the two before, with no other acting since: whom `the two firms` or `the companies` stands for."""
        both = self._joined_before(at, lambda m: m.is_org or self.names.gender(
            self.names.canonical(m.words, m.at)) is None)
        return f"{both[0]} and {both[1]}" if both else None

    def _couple_before(self, at: tuple[int, int]) -> str | None:
        """The latest two people named outside quotations as `X and Y` or `X and his wife Y` in this paragraph or
        the two before, with no one else acting since: whom `the couple` or `the pair` stands for."""
        both = self._people_joined_before(at) or self._parents_named_before(at) \
            or self._people_joined_before(at, _COUPLE_SCAN) \
            or self._people_joined_before(at, counted=True)  # (further back, when only they acted since; or
        # within two paragraphs, whoever acted since: one person is no couple)
        return f"{both[0]} and {both[1]}" if both else None

    def _taking_office(self, word: str, at: tuple[int, int]) -> str | None:
        """Whom `the president-elect` or `the bishop-designate` stands for: the one person the text puts into the
        office before `at`, or, for an office one is elected to, the one it has win."""
        office = word.rsplit("-", 1)[0]
        return self._appointed((office,), at) or (
            self._winner_before(at, frozenset()) if word.endswith("-elect") else None)

    def _replaced_before(self, at: tuple[int, int]) -> set[str]:
        """The people the text has someone succeed or replace before `at` (`She succeeds Tom Brown`, `Tom Brown
        has been replaced by …`): whom `the new editor` does not stand for."""
        return self._people_marked(at, _REPLACES_BEFORE, _REPLACED_AFTER, _REPLACING_WORDS)

    def _broadcaster_acting(self, at: tuple[int, int]) -> str | None:
        """The body a broadcaster's words name (`the BBC`, `Channel 4`) that acts by a passive's `by` in this paragraph
        before `at` or the one before (`Gregg Wallace was dropped by the BBC`)."""
        for n in range(max(1, at[0] - 1), at[0] + 1):
            text = self._paragraph(n)
            for found in _BY_A_BODY.finditer(text, 0, at[1] if n == at[0] else len(text)):
                if set(found.group(1).lower().split()) & _BROADCASTERS_WORDS:
                    return self.names.body_named(tuple(found.group(1).split()), (n, found.end())) or found.group(1)
        return None

    def _secretary_of_state(self, at: tuple[int, int]) -> str | None:
        """The one person named before `at` whom the text titles a department's secretary (`Transport Secretary Heidi
        Alexander`, `Ruth Kelly, the education secretary,`), a minister though no title says so."""
        found = {name for _, name, _ in self.names.events_before(at)
                 if "secretary" in (roles := self.names.roles(name) | self.names.set_off(name))
                 and roles & _SECRETARIES_DEPARTMENTS and not roles & _LESSER_RANKS}
        return found.pop() if len(found) == 1 else None

    def _changing_hands(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """For a new office, the one the text has win (`Zack Polanski won the vote` for `the new leader`); for an
        outgoing one, the one it has leave (`Thomas Woldbye will step down` for `the outgoing chief executive`)."""
        if office[0] == "new":
            return self._winner_before(at, frozenset()) or self._to_lead(office, at) or self._taking_over(at)
        return self._leaving_before(at) if office[0] in _LEAVING_OFFICE else None

    def _to_lead(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the new NHS England chief` after `Sir Jim Mackey, who ran Newcastle's hospitals, will lead NHS England`:
        the one person named before `at` whom the text has go on to lead, head, run or chair the body the office
        names."""
        if office[-1] not in _TOP_ROLES:
            return None
        found = self._people_marked(at, None, _TO_LEAD, _TO_LEAD_WORDS,
                                    fits=lambda led: set(led.group(1).lower().split()) <= set(office))
        return found.pop() if len(found) == 1 else None

    def _taking_over(self, at: tuple[int, int]) -> str | None:
        """The one person the text has take over or succeed before `at` (`His deputy, Tim Cheetham, will take over`,
        `Ann Lee will succeed him`): whom `the new leader` stands for."""
        taking = self._people_marked(at, None, _TAKING_OVER, _TAKING_OVER_WORDS)
        return taking.pop() if len(taking) == 1 else None

    def _leaving_before(self, at: tuple[int, int]) -> str | None:
        """The one person the text has leave a post or be replaced before `at` (`Thomas Woldbye will step down in
        June`, `Tom Brown is to retire`, `Tom Brown has been replaced by …`): whom `the outgoing chief executive`
        stands for."""
        left = self._people_marked(at, _REPLACES_BEFORE, _LEAVING_AFTER, _LEAVING_WORDS)
        return left.pop() if len(left) == 1 else None

    def _winner_before(self, at: tuple[int, int], avoid) -> str | None:
        """The one person the text has win or beat someone before `at` (`Novak Djokovic won a record 25th Grand Slam
        title by beating Carlos Alcaraz`, `Alcaraz lost to Novak Djokovic`): whom `the champion` or `the winner` stands
        for."""
        won = self._people_marked(at, _LOST_TO_BEFORE, _WON, _WINNING_WORDS)
        return won.pop() if len(won) == 1 and not won & avoid else None

    def _loser_before(self, at: tuple[int, int], beaten: re.Pattern | None = None) -> str | None:
        """The one person the text has beaten before `at` (`Ann Lee beat Tom Brown`, `Tom Brown lost to Ann Lee`; what
        `beaten` matches right before them): whom `the runner-up` or `the defeated candidate` stands for."""
        lost = self._people_marked(at, beaten or _BEAT_BEFORE, _LOST, reach=_BEATEN_REACH)
        return lost.pop() if len(lost) == 1 else None

    def _challenger_beaten(self, at: tuple[int, int]) -> str | None:
        """The one person beaten before `at` by one who kept a title there (`Ryan Price retained his title with a win
        over Carlos Ruiz`, `beat Carlos Ruiz to keep his title`): whom `the challenger` stands for."""
        kept, beaten = _title_kept()
        if not any(kept.search(self._paragraph(para)) for para in range(1, at[0] + 1)):
            return None
        return self._loser_before(at, beaten)

    def _people_marked(self, at: tuple[int, int], before: re.Pattern | None, after: re.Pattern,
                       written: re.Pattern | None = None, fits=lambda match: True, reach: int = 0) -> set[str]:
        """The people named before `at`, past the headline, whom `before` matches right before their name (within
        `reach` characters, else `_MARK_REACH`) or `after` right after it, as `fits` accepts (who won, who lost, who
        was replaced, who will lead a body), in the paragraphs that write `written`."""
        found = set()
        for para in range(1, at[0] + 1):
            text = self._paragraph(para)
            if written is not None and not written.search(text):
                continue  # (a paragraph with none of the words read once, not at each name)
            for m in self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END):
                if m.is_org:
                    continue
                if before is not None and before.search(text, max(0, m.start - (reach or _MARK_REACH)), m.start) \
                        or (marked := after.match(text, m.end)) and fits(marked):
                    found.add(self.names.canonical(m.words, m.at))
        return found

    def _side_nicknamed(self, nickname: str, at: tuple[int, int]) -> str | None:
        """The one club named before `at` whose name holds a word the club's nickname stands for (`Arsenal` for
        `Gunners`; `Chelsea` or `Everton` for `Blues`, whichever the text names)."""
        words = SIDE_NICKNAMES.get(nickname)
        if not words:
            return None
        sides = {self.names.canonical(m.words, m.at) for m in self._mentions_from((0, 0), at)
                 if words & {w.lower() for w in m.words}}  # (`Everton`, `Liverpool`: whatever the name finder read)
        return sides.pop() if len(sides) == 1 else None

    def _colleagues_before(self, at: tuple[int, int]) -> str | None:
        """Two people joined with the second's role between (`manager Tom Hill and his assistant Dan Cole`), in
        this paragraph or the one before, with no one else acting since: whom `the pair` or `the duo` stands for."""
        both = self._people_joined_before(at, reach=1, between=_ROLE_BETWEEN)
        return f"{both[0]} and {both[1]}" if both else None

    def _parents_named_before(self, at: tuple[int, int]) -> tuple[str, str] | None:
        """The mother and the father named last, in this paragraph or the two before, each the only one so titled
        there (`Jack Lis's mother, Emma Whitfield, said …. ¶ His father, Jakub Lis, added …. ¶ The couple`), in the
        order the text names them."""
        parents = {}
        for para in range(max(0, at[0] - 2), at[0] + 1):
            for m in self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END):
                role = (m.title or "").lower()
                if role in ("mother", "father") and not m.in_quote:
                    parents.setdefault(role, set()).add((m.at, self.names.canonical(m.words, m.at)))
        if set(parents) != {"mother", "father"} or any(len({n for _, n in found}) != 1 for found in parents.values()):
            return None
        first, second = sorted(min(found) for found in parents.values())
        return first[1], second[1]

    def _in_full_or_sexed(self, name: str) -> bool:
        """A person the text names in full somewhere (`Goodlatte` for Bob Goodlatte) or gives a sex."""
        return " " in name or self.names.gender(name) is not None

    def _two_named_in_full_before(self, at: tuple[int, int], counted: bool = False) -> str | None:
        """The latest two people named in full or of a known sex, joined as `X and Y` (`_joined_before`, `counted`
        when the phrase says two): whom `the astronauts` stands for."""
        both = self._joined_before(at, lambda m: not m.is_org and not m.is_place and (
            len(m.words) >= 2 or self._in_full_or_sexed(self.names.canonical(m.words, m.at))), between=_AND_TITLED,
            counted=counted)
        return f"{both[0]} and {both[1]}" if both else None

    def _only_two_named(self, at: tuple[int, int], sex: str | None = None) -> str | None:
        """The only two people named outside quotations in the paragraph before and in this one before `at`, each in
        full or of a known sex: whom `the two men` stands for (`Keir Starmer met Emmanuel Macron in Paris. …. ¶ Sir
        Keir said the two men had agreed`); with `sex`, the only two of it (`Tom Brown and Jack Smith deny fraud.
        Prosecutor Ann Lee said …. ¶ the two men said`)."""
        people: list[str] = []
        for para in range(max(1, at[0] - 1), at[0] + 1):
            for m in self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END):
                name = self.names.canonical(m.words, m.at)
                if m.is_org or m.is_place or sex and self.names.gender(name) not in (sex, None):
                    continue  # `in Paris`: no one; `Prosecutor Ann Lee` for `the two men`: no man
                if not (len(m.words) >= 2 or self._in_full_or_sexed(name)):
                    return None  # someone the text does not mark as a person
                if name not in people:
                    people.append(name)
        return " and ".join(people) if len(people) == 2 else None

    def _three_named_before(self, at: tuple[int, int], sex: str | None = None) -> str | None:
        """The latest three people written `X, Y and Z` outside quotations, in this paragraph or the one before,
        each named in full or of a known sex (none of the other sex than `sex`, if given): whom `the three
        leaders` stands for."""
        named = [m for para in range(max(1, at[0] - 1), at[0]) for m in self.names.mentions_between(
            para, 0, _PAST_ANY_END)] + self.names.mentions_between(at[0], 0, at[1])
        for first, second, third in zip(named[-3::-1], named[-2::-1], named[::-1]):  # latest first
            text = self._paragraph(first.para)
            if first.para == second.para == third.para and _COMMA_BETWEEN.fullmatch(text, first.end, second.start) \
                    and _AND_BETWEEN.fullmatch(text, second.end, third.start):
                people = [self.names.canonical(m.words, m.at) for m in (first, second, third)]
                if all(not m.is_org and not m.is_place and (len(m.words) >= 2 or self.names.gender(name))
                       and (sex is None or self.names.gender(name) in (sex, None, "n"))
                       for m, name in zip((first, second, third), people)) and len(set(people)) == 3:
                    return f"{people[0]}, {people[1]} and {people[2]}"
                return None
        return None

    def _one_of_a_pair_by_sex(self, office: tuple[str, ...], end: tuple[int, int], at: tuple[int, int]) -> str | None:
        """Of two people of known sex joined before `at` (`Sir Keir Starmer and Kemi Badenoch clashed`), the one of
        the sex the he or she after the office ending at `end` gives, titled with no other office: whom `The
        Conservative leader accused … she said` stands for."""
        sex, both = self._sex_after(end) or self._sex_quoting_next(end), self._people_joined_before(at)
        fitting = [name for name in both or () if self.names.gender(name) == sex
                   and not self._holds_another(name, office)] if sex else []
        return fitting[0] if len(fitting) == 1 else None

    def _sex_quoting_next(self, end: tuple[int, int]) -> str | None:
        """m or f, from the he or she that opens the sentence after the one `end` is in, in its paragraph, or that
        follows the quotation opening it (`The Conservative leader accused …. "…," she said`, `…. She asked`)."""
        text = self._paragraph(end[0])
        stop = _SENTENCE_STOP_THEN_SPACE.search(text, end[1])
        quoted = _QUOTED_THEN_PRONOUN.match(text, stop.end()) if stop else None
        return None if quoted is None else "m" if (quoted.group(1) or quoted.group(2)).lower() == "he" else "f"

    def _people_joined_before(self, at: tuple[int, int], reach: int = 2, between=None,
                              counted: bool = False) -> tuple[str, str] | None:
        """The latest two people of a known sex joined as `X and Y`, `X, 60, from Cardiff, and Y` or `X and his wife
        Y` (`_joined_before`; or as `between` joins them)."""
        return self._joined_before(at, lambda m: not m.is_org and not m.is_place and self.names.gender(
            self.names.canonical(m.words, m.at)) is not None, between=between or _SPOUSE_BETWEEN, reach=reach,
            counted=counted)

    def _joined_before(self, at: tuple[int, int], fits, between=None, reach: int = 2,
                       counted: bool = False) -> tuple[str, str] | None:
        """The latest two names that `fits`, written outside quotations as `X and Y` (or as the pattern `between`
        joins them) in this paragraph or the `reach` before, with no other that fits acting since but one of them
        (`Biogen Idec's drug`), unless the phrase `counted` them (`the two lawmakers`, whoever acted since)."""
        named = [m for para in range(max(1, at[0] - reach), at[0]) for m in self.names.mentions_between(
            para, 0, _PAST_ANY_END)] + self.names.mentions_between(at[0], 0, at[1])  # (never the title)
        named = [m for m in named if fits(m)]
        since: set[str] = set()  # the names acting since the pair (not `sales of Tysabri`, a product)
        for first, second in zip(named[-2::-1], named[::-1]):  # latest first
            one, other = (self.names.canonical(m.words, m.at) for m in (first, second))
            text = self._paragraph(first.para)
            if first.para == second.para and (between or _AND_BETWEEN).fullmatch(text, first.end, second.start):
                return (one, other) if one != other and (counted or since <= {one, other}) else None
            if second.is_subject or second.possessive:
                since.add(other)
        return None

    def _subject_and_partner(self, at: tuple[int, int]) -> str | None:
        """`George Osborne has launched a podcast with Ed Balls. The pair said`: the person the sentence before opens on
        as its subject, and the one person it names after `with`."""
        before = self._sentence_before_at(at)
        if before is None:
            return None
        para, tokens, start, end = before
        text = self._paragraph(para)
        people = [m for m in self.names.mentions_between(para, tokens[start].start, tokens[end - 1].end)
                  if not m.is_org and len(m.words) >= 2]
        if len(people) != 2 or not people[0].is_subject \
                or not _WITH_BEFORE.search(text, max(0, people[1].start - _WITH_REACH), people[1].start):
            return None  # (`with Ed Balls`, `with the former shadow chancellor Ed Balls`)
        first, second = (self.names.canonical(m.words, m.at) for m in people)
        return f"{first} and {second}" if first != second else None

    def _pair_subject_before(self, at: tuple[int, int]) -> str | None:
        """For `they`: two names joined by `and` as the subject of the sentence before (`John Smith and
        Mary Jones met on Monday. They said`, `Unison and the GMB rejected the offer. They said`), or
        people described in the plural (`His parents paid tribute. "…," they said`): them."""
        before = self._sentence_before_at(at)
        if before is None:
            return None
        para, tokens, start, end = before
        couple = self._couple_opening(para, tokens, start, end)
        if couple is not None:
            return couple
        if end - start > 2 and tokens[start].lower == "the" and tokens[start + 1].lower in _PAIR_WORDS:
            pair, _ = self._resolve(tokens[start:start + 2], (para, tokens[start].start))  # `The couple, from
            return pair if pair and " and " in pair else None  # Leeds, plan to …`, whatever the verb
        subject = sentence_subject(tokens, start, end)
        verb = next((k for k in range(start + 1, end) if is_finite_verb(tokens, k)), None)
        if subject is None or verb is not None and subject.end > tokens[verb].start:  # `His parents paid tribute.`:
            subject = mention_of(tokens[start:verb]) if verb is not None else None  # a description, up to its verb
            # (`The family paid tribute`, read whole as one phrase, too)
        if subject is None or not subject.tokens[0].is_capitalised:
            return None
        first, k = _token_at(tokens, subject.tokens[0].start), _token_at(tokens, subject.end)  # (`Her sons, Chris
        # Larkin and Toby Stephens,`: the names set off, written with their role)
        if k + 1 < end and tokens[k].lower == "and":  # `Unison` of `Unison and the GMB rejected`
            k += 2 if tokens[k + 1].lower == "the" else 1
            if k + 1 < end and tokens[k].lower in ("his", "her") and people_word(tokens[k + 1].bare.lower()):
                k += 2  # `John Smith and his wife won`
            while k < end and (tokens[k].is_capitalised or tokens[k].lower in ("of", "the") and k + 2 < end and (
                    tokens[k + 1].is_capitalised or tokens[k].lower == "of" and tokens[k + 1].lower == "the"
                    and tokens[k + 2].is_capitalised)):  # `The Duke and Duchess of Sussex have`, `Greenpeace and
                k += 1  # Friends of the Earth criticised`
            if k == end or not is_finite_verb(tokens, k):
                return None
        named = k
        if k + 1 < end and tokens[k].lower == "of" and tokens[k - 1].lower in FAMILY \
                and not tokens[k + 1].is_capitalised and verb is not None and verb > k:
            named, k = k, verb  # `The family of a 16-year-old boy who died in a crash have paid tribute`: the family
        elif k + 1 < end and tokens[k].lower == "of" and tokens[k - 1].lower in FAMILY:
            named = next((j for j in range(k + 1, end) if not tokens[j].is_capitalised), end)
            k = named + 3 if named + 2 < end and tokens[named].text == "," and tokens[named + 1].text.isdigit() \
                and tokens[named + 2].text == "," else _past_a_relative(tokens, named, end)  # `The family of Jane
            # Doe, 24, paid tribute`; `The family of Jane Doe, who died in the crash, paid tribute`
        words = tuple(tokens[first:named])
        if _titled_pair(words):
            return _description(words)  # `The Duke and Duchess of Sussex have issued a statement`
        if len(words) == 2 and words[0].lower == "the" and words[1].lower in _PAIR_WORDS:
            pair, _ = self._resolve(words, (para, subject.start))  # `The couple shared the news. "…," they wrote`
            return pair if pair and " and " in pair else None
        sides = _and_sides(words)
        if _two_people(words) or _two_names(words) or sides is not None and sides[1][0].lower in ("his", "her"):
            both, _ = self._resolve(words, (para, subject.start))  # (`John Smith and his wife won`: both)
            return both if both and " and " in both else None
        if len(words) >= 2 and (_a_family(words) or _many_for_another(words)) and k < end \
                and is_finite_verb(tokens, k):
            return self._resolve(words, (para, subject.start))[0]  # `His parents` -> Tom Smith's parents; `Lawyers for
            # Tom Brown` -> Tom Brown's lawyers
        return None

    def _named_in_its_clause(self, at: tuple[int, int]) -> set[str]:
        """The names the sentence of the pronoun at `at` writes after it, outside quotations: whom it does not
        stand for (`It said Tesco had …`)."""
        text = self._paragraph(at[0])
        stop = SENTENCE_STOP.search(text, at[1])
        end = stop.start() if stop else len(text)
        return {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(at[0], at[1] + 1, end)
                if not m.possessive}  # (not `in the interests of LSE's shareholders`: its own, named)

    def _trade_in_its_clause(self, at: tuple[int, int]) -> bool:
        """Whether the sentence of the pronoun at `at` speaks, after it and outside quotations, of `the` business by
        its trade (`It said the supermarket had …`, `It said the broadcaster had been …`): a body's words of another."""
        text = self._paragraph(at[0])
        stop = SENTENCE_STOP.search(text, at[1])
        end = stop.start() if stop else len(text)
        clause = [t for t in self._tokens(text) if at[1] < t.start < end]  # (a quotation is one token: left out)
        return any(t.lower == "the" and nxt.lower in _TRADES_SPOKEN_OF for t, nxt in zip(clause, clause[1:]))

    def _couple_opening(self, para: int, tokens, start: int, end: int) -> str | None:
        """`Ann Lee, 45, and her husband Tom were injured.`, `Ann Lee, a nurse, and Tom Brown, a teacher, were`: a
        sentence that opens on two people joined as a couple, their ages or trades set off, then its verb."""
        named = [m for m in self.names.mentions_between(para, tokens[start].start, tokens[end - 1].end)
                 if not m.is_org and not m.is_place][:2]
        text = self._paragraph(para)
        if len(named) < 2 or named[0].start != tokens[start].start:
            return None
        if _AND_BETWEEN.fullmatch(text, named[0].end, named[1].start) \
                or not _SPOUSE_BETWEEN.fullmatch(text, named[0].end, named[1].start):
            return None  # (`Ann Lee and Tom Brown were`, read as the subject below)
        k = _token_at(tokens, named[1].end)
        if k + 1 < end and tokens[k].text == ",":  # `, 47,`; `her husband, Tom, were`
            k = k + 1 if is_finite_verb(tokens, k + 1) \
                else next((j + 1 for j in range(k + 1, min(end, k + 7)) if tokens[j].text == ","), end)
        if k >= end or not is_finite_verb(tokens, k):
            return None
        one, other = (self.names.canonical(m.words, m.at) for m in named)
        if one == other:
            return None
        insort(self.pairs, ((para, named[0].start), f"{one} and {other}"))  # (`The pair added`: still them)
        return f"{one} and {other}"

    def _listed(self, pos: tuple[int, int]) -> bool:
        """Whether the name at `pos` is one of a list of names (`Chris Stevens, information officer Sean
        Smith, … and Glen Doherty`): the name before or after it a comma or an `and` and a few words away."""
        if self._lists is None:
            self._lists = self._names_listed()
        return pos in self._lists

    def _couple_again(self, at: tuple[int, int]) -> str | None:
        """`Priya Shah and her partner, Ben Carter, moved to Mull.` … ¶ `She sits on the council. Ben coaches the
        team.` ¶ `"Never," they say`: the last two people joined as a couple a few paragraphs before, whoever acted
        between, when the paragraph before, and this one up to `at`, name no one else outside quotations (and the
        paragraph before names one of them or says he or she)."""
        both = self._joined_before(at, lambda m: not m.is_org and not m.is_place and self.names.gender(
            self.names.canonical(m.words, m.at)) is not None, between=_SPOUSE_BETWEEN, reach=_COUPLE_REACH,
                                   counted=True)
        if both is None or at[0] < 1:
            return None
        before = self.names.mentions_between(at[0] - 1, 0, _PAST_ANY_END) + self.names.mentions_between(
            at[0], 0, at[1])
        named = {self.names.canonical(m.words, m.at) for m in before if not m.in_quote}
        if not named <= set(both) or not named and not HE_OR_SHE.search(self._paragraph(at[0] - 1)):
            return None
        return f"{both[0]} and {both[1]}"

    def _names_listed(self) -> set[tuple[int, int]]:
        """Where each name in a list stands: three names or more, or two joined by a comma (not `Tom Brown and
        Ann Lee clashed`, a pair whom a he or she later may be)."""
        people = [m for m in self.names.mentions if not m.is_org]
        listed: set[tuple[int, int]] = set()
        chain: list = []
        for a, b in zip(people, people[1:] + [None]):  # (None: the last chain ends)
            join = _LIST_JOIN.fullmatch(self._paragraph(a.para), a.end, b.start) \
                if b is not None and a.para == b.para else None
            if join is not None:
                chain = (chain or [(a, False)]) + [(b, "," in join.group())]
                continue
            if len(chain) > 2 or any(comma for _, comma in chain):
                listed.update(m.at for m, _ in chain)
            chain = []
        return listed

    def _many_spoke_just_before(self, at: tuple[int, int]) -> str | None:
        """`In a statement released through Cumbria Police, his family said …` ¶ `"…," they said`: the last to
        speak before `at`, in the paragraph before, when many (a family, fans), not a body named there; none once
        this paragraph names a body (`The Liberal Democrats want …. They say`)."""
        spoke = max((p for p in self.things + self.speakers if p[0] < at), default=None)
        if spoke is None or spoke[0][0] != at[0] - 1 or not _many(spoke[1]):
            return None
        return spoke[1] if next(self.names.orgs_before(at, bodies_only=True, para=at[0]), None) is None else None

    def _many_said_after_a_clause(self, at: tuple[int, int]) -> str | None:
        """`Singer Ann Lee has died aged 45, her family said. In a statement, they said`: the many (a family, police)
        the last cue after a clause gives as its source, in this paragraph or the one before."""
        for n in (at[0], at[0] - 1):
            text = self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
            said = list(_SAID_AFTER_A_CLAUSE.finditer(text)) if "," in text else []
            if said:
                source = said[-1]
                toks = tuple(t for t in self._tokens(text) if source.start(1) <= t.start < source.end(1))
                name = self._resolve(toks, (n, source.start(1)))[0]
                return name if name and _many(name) else None
        return None

    def _many_that_spoke(self, at: tuple[int, int]) -> str | None:
        """`"…?" the editorial board writes.` ¶ `The newspaper … writes that …` ¶ `"…," they conclude`: the
        latest body of many that spoke in the two paragraphs before."""
        return next((name for pos, name in sorted(self.things + self.speakers, reverse=True)
                     if pos < at and at[0] - pos[0] <= 2 and _many(name)), None)  # a body's board is a speaker

    def _one_of_sex_in_sentence(self, named, at: tuple[int, int], want: str) -> str | None:
        """The one person of the wanted, known sex named before `at` in its sentence (in any part)."""
        people = {name for name, _ in self._of_sex_in_sentence(named, at, want)}
        return people.pop() if len(people) == 1 else None

    def _sexed_in_sentence(self, here, at: tuple[int, int], want: str) -> str | None:
        """A subject or speaker of the pronoun's own sentence whose sex is known and matches."""
        return next((name for name, kind in self._of_sex_in_sentence(here, at, want) if kind in _ACTORS), None)

    def _peer_of_sex_before(self, at: tuple[int, int], want: str) -> str | None:
        """`The prince was joined by his wife, the Princess of Wales. "…," she said`: the one peer of the wanted sex
        the sentence just before names, in this paragraph (whom the text names otherwise, if it does)."""
        before = self._sentence_before_at(at)
        if before is None or before[0] != at[0]:
            return None
        text = self._paragraph(at[0])
        peers = {f"{m.group(1)} of {m.group(3)}" for m in _PAIR_OF_PEERS.finditer(
            text, before[1][before[2]].start, before[1][before[3] - 1].end) if not m.group(2)
            and role_gender(m.group(1).lower()) == want}
        peerage = peers.pop() if len(peers) == 1 else None
        return (self._peer(peerage, at) or peerage) if peerage else None

    def _sexed_description_before(self, at: tuple[int, int], want: str, any_sex: bool = False,
                                  across: bool = False) -> str | None:
        """`His lawyer said: "…" Smith's mother wept. "…," she said`: the subject of the sentence just
        before the pronoun's, in its paragraph, a description whose own word gives the wanted sex
        (`mother`), rather than one who spoke before it and whose sex nothing gives; with `any_sex`, also one whose
        word gives no sex, in this paragraph or the one before (`The hiker was taken to hospital. ¶ His wife said`);
        `across`, the one before too for any (`The boy, aged eight, needed surgery. ¶ His mother said`)."""
        before = self._sentence_before_at(at)
        if before is None or before[0] != at[0] and not ((any_sex or across) and before[0] == at[0] - 1):
            return None
        tokens, end = before[1], before[3]
        k = opening = _past_hearing(tokens, before[2], end)  # `The court heard Smith's mother wept`
        while k < end and tokens[k].is_capitalised and tokens[k].is_word and not tokens[k].is_possessive \
                and tokens[k].lower not in _OWNER_OPENERS:
            k += 1  # `John Smith's`
        if k >= end or not (tokens[k].lower in _OWNER_OPENERS or tokens[k].is_possessive):
            return None
        head = next((j for j in range(k + 1, min(end, k + 1 + _SEXED_WORDS)) if not tokens[j].is_capitalised
                     and tokens[j].lower not in HE_OR_SHE_WORDS and not tokens[j].is_possessive
                     and (_head_gender(tokens[j].bare.lower()) == want if not any_sex else not _head_gender(
                         tokens[j].bare.lower()) and (people_word(tokens[j].bare.lower()) or an_age(
                             tokens[j].bare.lower())))), None)  # (not `The men's
        # solicitor`: an owner)
        verb = _past_a_relative(tokens, head + 1, end) if head is not None else None  # `The man, who has not been
        # named, was taken to hospital`
        alone = head is not None and k == opening and all(t.text in SENTENCE_END for t in tokens[head + 1:end])
        # (`My mum. She said: "…"`: the answer alone)
        if head is None or not alone and (verb >= end or not tokens[verb].is_word or tokens[verb].is_capitalised) \
                or not alone and tokens[verb].lower in ("and", "or") \
                or not all(t.is_word and not t.is_capitalised and not verbish(t) for t in tokens[k + 1:head]):
            return None  # `His wife wept`, `The victim's mother wept`: the head, then its verb (not `Her husband and
            # co-accused, Tom Lee,`: another role, then the name)
        owned = {t.lower for t in tokens[head + 1:end]} & {"his", "her"}
        if any_sex and (owned == {"her" if want == "m" else "his"}
                        or self._set_off_description(before[0], tokens[opening].start)[1] in {"m", "f"} - {want}):
            return None  # `The walker thanked his rescuers.`, `The victim, a 24-year-old man, cannot be named.` ¶
            # `"…," she said`: no she
        person, is_person = self._resolve(tokens[opening:head + 1], (at[0], tokens[opening].start))
        if any_sex and self.names.gender(person or "") not in (None, want):
            return None  # `The senator pressed on. "…," he said` after Sen. Linda Johnson: no he
        return person if is_person else None

    def _description_owning_before(self, at: tuple[int, int], want: str) -> str | None:
        """The subject of the sentence just before, a description whose word gives no sex, when that sentence names
        no one and gives the sex by its own his or her (`The walker, a 63-year-old from Leeds, thanked his
        rescuers.`), and the text brought in someone unnamed by the word before (`A missing walker has been found`),
        no office (`The chancellor`) or word for one the text may have named (`The writer`)."""
        if not (_opens_on_a_description(self._paragraph(at[0]), at[1])
                or at[0] and _opens_on_a_description(self._paragraph(at[0] - 1))):
            return None  # (the cheap test first: no sentence near opens on `The walker`)
        before = self._sentence_before_at(at)
        if before is None:
            return None
        para, tokens, start, end = before
        head, sex = self._set_off_description(para, tokens[start].start)
        set_off = head if sex == want else None  # (`The victim, a 24-year-old woman, cannot be named.`: brought in
        # unnamed by the appositive, which gives the sex)
        if not (set_off or any(t.lower == ("his" if want == "m" else "her") for t in tokens[start:end])) or any(
                not m.is_org and " " in self.names.canonical(m.words, m.at)
                for m in self.names.mentions_between(para, tokens[start].start, tokens[end - 1].end)):
            return None
        if set_off:
            return set_off  # (the description itself: `The cyclist, a 55-year-old man,` is no one named before)
        if self._owning_asked:
            return None  # (asked again while resolving a description: `His wife …`, never nested)
        self._owning_asked = True
        try:
            found = self._sexed_description_before(at, want, any_sex=True)
        finally:
            self._owning_asked = False
        return found if found and found.isalpha() and found.islower() and found not in ROLE_WORDS \
            and self._brought_in_unnamed(found, para) else None

    def _set_off_description(self, para: int, start: int) -> tuple[str | None, str | None]:
        """The word of a description opening a sentence at `start` and the sex the appositive after it gives (`The
        victim, a 24-year-old woman,`: victim, f); (None, None) for none."""
        set_off = _SEXED_APPOSITIVE.match(self._paragraph(para), start)
        return (set_off.group(1), _head_gender(set_off.group(2))) if set_off is not None else (None, None)

    def _brought_in_unnamed(self, word: str, para: int) -> bool:
        """Whether the text up to paragraph `para` brings in someone by `word` after `a` or `an` (`A missing
        walker`)."""
        introduced = _introducing(word)
        return any(introduced.search(text) for text in (self.headline or "", *self.paragraphs[:para + 1]))

    def _own_kin_before(self, at: tuple[int, int], want: str) -> frozenset[str]:
        """`In a message read out by her daughter, Rebecca Wilcox, she said`: the people the pronoun's own sentence
        names, before it, as a her (or his) relation, the pronoun's sex's: its own kin, never the she."""
        owner = "his" if want == "m" else "her"
        if not any(m.group(1).lower() == owner and m.group(2).lower() in RELATIONS for m in _OWNED_WORD.finditer(
                self._paragraph(at[0]), max(0, at[1] - _KIN_REACH), at[1])):
            return frozenset()  # (most sentences name no kin: no tokens needed)
        tokens, end, first = self._sentence_at(at)
        kin = [k + 1 for k in range(first, end - 1) if tokens[k].lower in ("his", "her")
               and POSSESSIVE_PRONOUNS[tokens[k].lower] == want and tokens[k + 1].lower in RELATIONS]
        if not kin:
            return frozenset()
        return frozenset(self.names.canonical(m.words, m.at) for m in self.names.mentions_between(
            at[0], tokens[kin[0]].end, at[1]) if not m.is_org and self._names_kin(tokens, kin, m))

    def _a_man_for(self, person: str, office: tuple[str, ...]) -> bool:
        """Whether `person` is a man and the office a woman's word (`congresswoman`, `chairwoman`)."""
        return office[-1].endswith("woman") and self.names.gender(person) == "m"

    def _named_as_kin_at(self, pos: tuple[int, int]) -> bool:
        """Whether the mention at `pos` names someone as a relation there (`his wife, Sandra`, `her husband Paul`)."""
        there = self.names.mentions_between(pos[0], pos[1], pos[1] + 1)
        return any(m.kin or (m.title or "").lower() in RELATIONS for m in there)

    def _dead_before(self, at: tuple[int, int]) -> frozenset[str]:
        """Who the few paragraphs up to the pronoun say died, when named as another's relation: no speaker a he or
        she after stands for (`Rhiannon Davies's daughter Kate died hours after birth. ¶ "…," she says`: the mother).
        (Anyone else who died may be: an obituary quotes its subject, in the past or in the historic present.)"""
        first = max(0, at[0] - _SCAN_PARAGRAPHS)
        return frozenset(name for where, name in self._dead_kin if first <= where[0] and where < at)  # (most texts
        # tell no death near a pronoun: none to look through)

    @functools.cached_property
    def _dead_kin(self) -> tuple[tuple[tuple[int, int], str], ...]:
        """Where the text says someone named as another's relation died, and who (read once a document)."""
        deaths = frozenset(n for n, text in enumerate(self.paragraphs) if any(word in text for word in _DEATH_WORDS))
        # (the cheap test first: most paragraphs tell no death)
        dead = [(m.at, self.names.canonical(m.words, m.at)) for m in self.names.mentions
                if m.para in deaths and not m.is_org and _DIED.match(self._paragraph(m.para), m.end)]
        return tuple((where, name) for where, name in dead if self.names.related(name))

    @staticmethod
    def _names_kin(tokens, kin: list[int], mention) -> bool:
        """Whether `mention` names a relation at one of `kin` (`her daughter, Rebecca Wilcox`, `her son Jack`)."""
        for k in kin:
            nxt = k + 2 if k + 1 < len(tokens) and tokens[k + 1].text == "," else k + 1
            if nxt < len(tokens) and tokens[nxt].start == mention.at[1]:
                return True
        return False

    def _kin_of_sex_before(self, at: tuple[int, int], want: str) -> str | None:
        """`Tom Hill asked his mother whether she was proud. "…," she said`: the one relation of the wanted sex
        that a his or her owns (`his mother`), in the sentence before in this paragraph or the pronoun's own up to
        it, or, for a pronoun in its paragraph's first sentence, in the paragraph before outside quotations (`Ann Lee
        thanked her husband. "…," she said.` ¶ `He said`), when no one else may be the he or she: whose relation it
        is."""
        before = self._sentence_before_at(at)
        if before is None:
            return None
        para, tokens, first = before[0], before[1], before[2]
        end = _token_at(tokens, at[1]) if para == at[0] else len(tokens)
        if para != at[0]:
            first = 0
        kin = [k for k in range(first, end - 1) if tokens[k].lower in ("his", "her")
               and tokens[k + 1].lower in RELATIONS and _head_gender(tokens[k + 1].lower) == want]
        if not kin:  # `Tom Hill told his boss he was leaving. She laughed.`, `I told my boss`: one of no sex
            kin = [k for k in range(first, end - 1) if tokens[k].lower in _OWNERS_OF_ONE and not plural(
                tokens[k + 1].lower) and people_word(tokens[k + 1].lower) and not _head_gender(tokens[k + 1].lower)
                and not tokens[k + 1].is_capitalised]
        if len(kin) != 1:
            return None
        person, is_person = self._resolve(tokens[kin[0]:kin[0] + 2], (para, tokens[kin[0]].start))
        if not is_person or not person or "'s " not in person:
            return None
        self.sexes.setdefault(person, want)  # `Tom Hill's boss` is a she from now: no he after
        return person

    def _office_opening_before(self, recent, at: tuple[int, int], want: str) -> str | None:
        """The office (`The prime minister`) or epithet (`The Microsoft chief`) that opens the sentence just
        before in this paragraph, as its subject, when no one is named from there to `at`: whom it stands
        for, or the office itself when the text names none and the paragraph no one before it."""
        (para, start), end = recent
        text = self._paragraph(para)
        closing = para < at[0] and end == (para + 1, 0) and not _REPORTED_AT_END.search(text, start)  # the sentence
        # closing a paragraph before (newswire's paragraph of a sentence: `The mayor addressed the crowd.` ¶ `"…," she
        # said`), unless another reports it (`The minister had been saying …, the spokesman said.`)
        placed = _PLACE_OWNED_OPENING.match(text, start)
        placed = placed is not None and (placed.group(1).lower() in COUNTRIES or placed.group(1).lower() in PLACES)
        opens = placed or _THE_OPENING.match(text, start) is not None  # (`Canada's prime minister warned`)
        if not (para == at[0] or closing) or not opens and text.find(", the ", start, at[1] if para == at[0] else len(
                text)) < 0:
            return None  # (no sentence read in tokens where no `, the` may open its main clause)
        tokens = self._tokens(text)
        first = _token_at(tokens, start)
        clause = None  # where the clause opens that the main clause's office follows
        if not opens:  # `…, while Mr Brown is in Africa, the prime minister is to
            first, clause = _main_clause_after_opening_one(tokens, first, at[1] if para == at[0] else len(text))
            if first is None:  # deliver`: the office opening the main clause after it
                return None
            start = tokens[first].start
        see = _SEE_OPENING.match(text, start)  # (not `Leeds` of `The Bishop of Leeds`: the title's place)
        if any(not m.is_org and not m.possessive and not (see and m.para == para and m.start < see.end())
               for m in self._mentions_from((para, start), at)):
            return None  # (but `authorisation of Ferguson's leave`: an owner, no one acting)
        while first < len(tokens) and not tokens[first].is_word:
            first += 1
        verb = next((k for k in range(first + 1, min(len(tokens), first + _OFFICE_WORDS + 3))
                     if is_finite_verb(tokens, k)), None)  # (a body's name before its office: two words more)
        phrase = tokens[first:verb] if verb is not None else ()
        if len(phrase) > 2 and phrase[-1].text == "," and (comma := next(
                k for k, t in enumerate(phrase) if t.text == ",")) < len(phrase) - 1:
            phrase = phrase[:comma]  # `The governor, a Democrat, is seeking re-election`: the office before its aside
        owner = _possessor_split(phrase) if phrase and phrase[0].lower == "the" else None
        held = (Token("the", phrase[0].start, phrase[0].end), *phrase[1:]) if placed and phrase else phrase  # a
        # country's office as the office: `Canada's prime minister` as `the prime minister`
        office = bool(held) and bool(_office(held)) and (not any(
            t.is_capitalised and not _national(t) for t in held[1:]) or held[-1].bare.lower() in _CAPITAL_OFFICES) \
            or owner is not None and owner > 0 and (phrase[owner].is_capitalised or _unpossessed(
                phrase[owner:owner + 1])[0].lower in BODY_NOUNS | ORG_WORDS) \
            and bool(_office((phrase[0], *phrase[owner + 1:])))
        # (`The Scottish National Party's parliamentary leader`, `The hospital's chief executive`: a body's office)
        office = office or _a_see_or_seat(held)  # `The Archbishop of York`
        office = office or owner is not None and owner > 0 and len(phrase) == owner + 2 \
            and phrase[-1].lower in RELATIONS  # `The victim's mother said …. "…," she said`: kin, owned as an office
        if not office and not (phrase and _just_named(phrase) is not None) or _two_joined(phrase):
            return None  # (not `The chancellor and the governor clashed`: two, whom `she` is one of)
        person, _ = self._resolve(phrase, (para, tokens[first].start))
        if not office and not _proper(person or ""):
            return None  # an epithet (`The Microsoft chief was more reserved`) only for whom it stands
        if person and not _proper(person) and clause is not None and office and self._held_by_none_of(
                _office(phrase), para, clause, start):
            return person  # `while Mr Brown is in Africa, the prime minister is to deliver …. And he`: the office,
            # which the chancellor named in the clause does not hold
        if person and not _proper(person) and (clause is not None or any(
                not m.is_org for m in self.names.mentions_between(para, 0, start)) or placed and any(
                not m.is_org and self._paragraph(m.para) != self.headline and self.names.gender(
                    self.names.canonical(m.words, m.at)) in (want, None)
                for m in self._mentions_from((0, 0), (para, start)))):  # (`Justin Trudeau spoke. ¶ Canada's prime
            # minister warned …. "…," he said`: as before, whom the text may mean by it)
            return None  # `Khan's plans were deemed lawful. The mayor said …. "…," he said`: Khan, as may be; after
            # a clause, only whom the text titles so (`Though Trump was not willing …, the front-runner did`: him)
        sex = self.names.gender(person or "") or role_gender(person or "")
        return person if sex in (None, want) else None  # (not Gordon Brown for `The minister argued …, she said`)

    def _held_by_none_of(self, office: tuple[str, ...], para: int, start: int, end: int) -> bool:
        """Whether people are named between `start` and `end` of paragraph `para` and the text titles each with
        another office than `office` (`Mr Brown`, the chancellor, for `the prime minister`)."""
        named = {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(para, start, end)
                 if not m.is_org}
        return bool(office) and office[-1] not in RACERS and bool(named) \
            and all(self._holds_another(name, office) for name in named)  # (one runs with any office)

    def _sexed_epithet_opening(self, at: tuple[int, int], want: str) -> str | None:
        """`The 48-year-old actor crossed a bridge built in the square, which he said was "…"`: the epithet
        opening the pronoun's own sentence, `the` and a few words to a head of the wanted sex, then its verb,
        with no person named between it and the pronoun: whom the epithet stands for."""
        text = self._paragraph(at[0])
        if not _THE_OPENING.match(text, sentence_start_in(text, at[1])):
            return None  # most sentences: no need of their tokens
        tokens, i, opening = self._sentence_at(at)
        if opening >= i or tokens[opening].lower != "the":
            return None
        head = next((j for j in range(opening + 1, min(i, opening + 1 + _SEXED_WORDS))
                     if not tokens[j].is_capitalised and _head_gender(tokens[j].bare.lower()) == want), None)
        if head is None or head + 1 >= i or not verbish(tokens[head + 1]) or any(
                not m.is_org for m in self.names.mentions_between(at[0], tokens[opening].start, at[1])):
            return None
        person, is_person = self._resolve(tokens[opening:head + 1], (at[0], tokens[opening].start))
        return person if is_person and person and _proper(person) and self.names.gender(person) == want else None

    def _of_sex_in_sentence(self, candidates, at: tuple[int, int], want: str):
        """(name, kind) of the candidates of the wanted, known sex named before `at` in its sentence."""
        opening = (at[0], sentence_start_in(self._paragraph(at[0]), at[1]))
        return ((name, kind) for pos, name, kind in candidates
                if opening <= pos < at and self.names.gender(name) == want)

    def _unsexed_description(self, name: str) -> bool:
        """`top aide`: a description, not a name, whose sex neither the text nor its words give."""
        return name.rsplit(" ", 1)[-1].islower() and self.names.gender(name) is None and role_gender(name) is None \
            and name not in self.sexes

    def _past_reports(self, candidates, at):
        """The candidates (latest first) without the speakers whose words another reports, looked
        for in the paragraphs near `at` only: a report far back decides nothing."""
        near = next((k for k, c in enumerate(candidates) if c[0][0] < at[0] - _SCAN_PARAGRAPHS), len(candidates))
        spoke_at = {pos for pos, _, kind in candidates[:near] if kind == "speaker"}
        return [c for c in candidates[:near] if not self._reported_inside(c, spoke_at)] + candidates[near:]

    def _reported_inside(self, candidate, spoke_at: set[tuple[int, int]]) -> bool:
        """`And, DeSantis added, Trump promised …`, `Smith said Jones told him …`: a speaker whose
        words another speaker, named right before with a cue, reports; a later he or she is the
        reporter. Not `And Trump, said Sunshine, …`: there the speaker comes after the cue."""
        (para, start), _, kind = candidate
        if kind != "speaker":
            return False
        reporter = _REPORTER_BEFORE.search(self._paragraph(para), max(0, start - _REPORTER_REACH), start)
        return reporter is not None and reporter.group(1).lower() in CUE_FORMS \
            and reporter.group(1).lower() not in _GIVING_VOICE and any(
            p == para and reporter.start() <= at < reporter.start(1) for p, at in spoke_at)  # `Mr Kilroy-Silk`

    def _reporting_body(self, at: tuple[int, int]) -> str | None:
        """The body that was last the subject of a speech verb in this paragraph before `at`, or in the one before
        when a quotation opens this one (`Network Rail said lines were closed. ¶ "…," they said`), when no person
        spoke since."""
        opens = at[0] > 0 and self._paragraph(at[0])[:1] in _OPENING_MARKS
        for pos, body in self.names.subject_bodies_before(at, since=at[0] - 1 if opens else at[0]):
            if self.names.cued_at(pos):
                people = any(m.before_cue and not m.is_org for para in range(pos[0], at[0] + 1)
                             for m in self.names.mentions_between(para, pos[1] + 1 if para == pos[0] else 0,
                                                                  at[1] if para == at[0] else _PAST_ANY_END))
                return None if people else body
        return None

    def _someone_before_object(self, at: tuple[int, int], word: str, want: str) -> str | None:
        """For `her` or `him` speaking (`have her ask`, `heard him say`): the person of that sex its
        sentence last named before it, not as a subject, or else described with `a` (`a voter`)."""
        text = self._paragraph(at[0])
        before = text[:at[1]].split()[-1:]
        if word not in ("her", "him") or not before or before[0].lower() not in _MAKING_SPEAK:
            return None  # not `her remark that "…"`: a possessive
        start = sentence_start_in(text, at[1])
        found = None
        for match in _SOMEONE.finditer(text, start, at[1]):
            head = next((w for w in match.group(1).lower().split() if people_word(w)), None)
            if head is not None and not plural(head) and role_gender(head) in (want, None):
                found = (match.end(), head)
        named = [m for m in self.names.mentions_between(at[0], found[0] if found else start, at[1]) if not m.is_org]
        if named:  # `talking to Mary Smith … only to have her ask`: the latest person named, of that sex
            name = self.names.canonical(named[-1].words, named[-1].at)
            return name if self.names.gender(name) == want and not named[-1].is_subject else None
        return found[1] if found else None

    def _named_later_in_sentence(self, at: tuple[int, int], want: str) -> str | None:
        """`He called it his "masochism strategy" … and now Tony Blair has signed up for another
        dose`: a he or she opening a paragraph before anyone is named stands for the person its
        own sentence goes on to make a subject."""
        if any(not m.is_org and (m.para, m.start) < at and self._paragraph(m.para) != self.headline
               for m in self.names.mentions):
            return None  # someone named before is who it stands for (a headline's `Analysis:` names no one)
        text = self._paragraph(at[0])
        if text[:at[1]].strip():
            return None  # only a he opening the paragraph: not `"…," he said, then Smith said`
        stop = SENTENCE_STOP.search(text, at[1])
        end = stop.start() if stop else len(text)
        later = next((m for m in self.names.mentions_between(at[0], at[1] + 1, end)
                      if not m.is_org and m.is_subject), None)
        if later is None:
            return None
        name = self.names.canonical(later.words, later.at)
        return name if self.names.gender(name) in (want, None) else None

    def _named_after_opening_quotations(self, at: tuple[int, int], want: str) -> str | None:
        """`"I was 12 when I started," she recalls. "…" Alison Hammond is talking about her childhood`: a paragraph
        before anyone is named that opens on quotations a he or she says, then names in full the subject of the
        sentence after them, or the next paragraph opens on that subject: whom the pronoun stands for (a feature's
        opening); so too a he or she in the paragraph's first sentence (`As she put it in her memoir: "…" Ann Lee died
        on Monday`)."""
        if any(not m.is_org and (m.para, m.start) < at and self._paragraph(m.para) != self.headline
               for m in self.names.mentions):
            return None
        text = self._paragraph(at[0])
        if text[:1] not in OPENING and sentence_start_in(text, at[1]) > 0 or self._sexed_subject_just_before(at, want):
            return None  # (`The mother of a murdered schoolgirl has called …. ¶ "…," she said. ¶ Ann Lee, 14, was
            # killed`: the she's there before, not the girl named after)
        later = next((m for m in self.names.mentions_between(at[0], at[1] + 1, len(text))
                      if not m.is_org and not m.in_quote), None)
        if later is None or not later.is_subject:  # (`"…," she said of her husband, Tom Brown.` ¶ `Ann Lee, 70,`)
            later = next((m for m in self.names.mentions_between(at[0] + 1, 0, 1) if not m.is_org), None)
        if later is None or not later.is_subject or len(later.words) < 2 or later.before_cue:
            return None
        name = self.names.canonical(later.words, later.at)
        return name if self.names.gender(name) in (want, None) and not self.names.labelled_body(name) else None
        # (not `Her label, Sony Music, said`: a body)

    def _sexed_subject_just_before(self, at: tuple[int, int], want: str) -> str | None:
        """The description the sentence before `at`, below the headline, opens on, when its head gives the wanted
        sex (`The mother of a murdered schoolgirl has called …`): whom the he or she stands for, whoever is named
        after."""
        before = self._sentence_before_at(at)
        if before is None or self._paragraph(before[0]) == self.headline:
            return None
        para, tokens, start, end = before
        verb = next((k for k in range(start, end) if is_finite_verb(tokens, k) or tokens[k].lower in _RELATIVES), end)
        of = next((k for k in range(start + 2, verb) if tokens[k].lower == "of"), verb)
        if not start + 1 < of or tokens[start].lower != "the" \
                or tokens[of - 1].bare.lower() not in (FEMALE_WORDS if want == "f" else MALE_WORDS):
            return None  # the description's head: `mother` of `The mother of a murdered schoolgirl`
        person, is_person = self._resolve(tokens[start:verb], (para, tokens[start].start))
        return person if is_person else None

    def _opening_pronoun(self, at: tuple[int, int], word: str) -> tuple[int, int] | None:
        """Where the same he or she opens the sentence of a later one, which stands for whoever
        the first does: the sentence's subject, not a name in a clause between them."""
        text = self._paragraph(at[0])
        opening = _OPENING_PRONOUN.match(text, sentence_start_in(text, at[1]))
        if opening is None or opening.start(1) >= at[1] or opening.group(1).lower() != word:
            return None
        return at[0], opening.start(1)

    def _pronoun_opening_before(self, recent, word: str, at: tuple[int, int]):
        """Where the same he or she opens the sentence just before the quotation's, as the subject
        (after a short opening phrase: `Without further ado, he slotted the kick.`), and where the
        sentence before that one starts and ends; None when another subject opens either sentence."""
        (para, start), (end_para, end) = recent
        if para != end_para:
            return self._pronoun_paragraph_before(recent, word, at)
        if start == 0 and para == 0:
            return None
        text = self._paragraph(para)
        opening = _PRONOUN_SUBJECT.match(text, start) or self._after_named_clause(para, start, word)
        if opening is None or opening.group(1).lower() != word or not self._opens_its_sentence(para, end, at):
            return None
        if start == 0:  # `He did not mention …. But … he called on Americans not to "…"`: the paragraph before
            return self._opening_paragraph(para, opening.start(1))  # says who, as for a he opening this one
        return (para, opening.start(1)), ((para, sentence_start_in(text, start - 1)), (para, start))

    def _opening_paragraph(self, para: int, pronoun: int):
        """The he or she at `pronoun` opening paragraph `para`, and the last sentence of the paragraph before
        (its epithet subject remembered: `the president framed …`), which says who it is."""
        before = self._tokens(self._paragraph(para - 1))
        if not before:
            return None
        first, last = last_sentence(before)
        self.remember_epithet(sentence_subject(before, first, last), para - 1)
        return (para, pronoun), ((para - 1, before[first].start), (para, 0))

    def _pronoun_paragraph_before(self, recent, word: str, at: tuple[int, int]):
        """`He said that he personally was more focused on the platform.` ¶ `"…," he said`: where the same he or
        she opens the paragraph before, a sentence of its own (newswire's), read as that paragraph's he or she is."""
        (para, start), (end_para, end) = recent
        if end_para != para + 1 or end != 0 or start != 0 or para == 0 or at[0] != end_para:
            return None
        text = self._paragraph(para)
        opening = _PRONOUN_SUBJECT.match(text) if len(text) <= _ONE_SENTENCE else None
        if opening is None or opening.group(1).lower() != word or sentence_start_in(text, len(text.rstrip()) - 1) \
                or not self._opens_its_sentence(end_para, 0, at):
            return None
        return self._opening_paragraph(para, opening.start(1))

    def _after_named_clause(self, para: int, start: int, word: str) -> re.Match | None:
        """`But as Mr. Sanders campaigned …, he stuck to his message.`: the he or she (group 1) after an
        opening adverbial clause whose subject, named, it stands for."""
        opening = _PRONOUN_AFTER_CLAUSE.match(self._paragraph(para), start)
        want = "f" if word in FEMALE_PRONOUNS else "m"
        return opening if opening is not None and self._subject_of_opening_clause((para, opening.start(1)), want) \
            else None

    def _subject_of_opening_clause(self, at: tuple[int, int], want: str) -> str | None:
        """`But as Mr. Sanders campaigned on Friday in Washington, Iowa, he stuck …`: a he or she right
        after the adverbial clause that opens its sentence is the person of that sex whose name opens the
        clause as its subject."""
        text = self._paragraph(at[0])
        opening = sentence_start_in(text, at[1])
        clause = _OPENING_CLAUSE.fullmatch(text, opening, at[1])
        if clause is None:
            return None
        m = self._name_opening_as_subject(at, clause.end(1))
        if m is None:
            return None  # not `When the Iowa results came in, he …`, `As Clinton's lead grew, she …`
        name = self.names.canonical(m.words, m.at)
        return name if self.names.gender(name) == want else None

    def _name_opening_as_subject(self, at: tuple[int, int], start: int):
        """The person's name that opens the words from `start` to `at` in its paragraph (after titles at most),
        followed by a verb in lowercase: their subject; None for any other first mention."""
        text = self._paragraph(at[0])
        m = next(self.names.named_between(at[0], start, at[1]), None)
        if m is None or m.is_org or m.in_quote or not _TITLES_ONLY.fullmatch(text, start, m.start) \
                or not _LOWERCASE_VERB.match(text, m.end):
            return None
        return m

    def _sexed_subject_since(self, pool, speaker: str, want: str) -> str | None:
        """The latest subject in `pool` in a sentence after the one where `speaker` last spoke there, whom the text
        gives the sex `want` (not `Aparna Mathur … said Ivanka Trump's statement didn't clarify`: what she said)."""
        spoke = max((c[0] for c in pool if c[1] == speaker and c[2] == "speaker"), default=None)
        if spoke is None:
            return None  # (a speaker the caller found further back: `_introduced_since`'s)
        since = (spoke[0], self._sentence_span(spoke)[1])
        return next((name for pos, name, kind in reversed(pool) if pos > since and kind == "subject"
                     and self.names.gender(name) == want), None)

    def _owned_in_its_sentence(self, at: tuple[int, int], want: str) -> str | None:
        """Whose a his or her is in its own sentence: the subject's (`_subject_owning`), or the one person the
        sentence names before it, of that sex (`is unlikely to give Hillary Clinton the nod after her March
        comment`), not the subject of the sentence before."""
        owner = self._subject_owning(at, want)
        if owner is not None:
            return owner
        text = self._paragraph(at[0])
        named = {self.names.canonical(m.words, m.at) for m in self.names.named_between(
            at[0], sentence_start_in(text, at[1]), at[1]) if not m.is_org and not m.in_quote}
        return named.pop() if len(named) == 1 and self.names.gender(next(iter(named))) == want else None

    def _subject_owning(self, at: tuple[int, int], want: str) -> str | None:
        """`Nalafe was more restrained in his assessment: "…"`: a his or her in the clause its sentence's subject
        opens, with no comma, capital or word of saying between, is that subject's, of that sex."""
        text = self._paragraph(at[0])
        m = self._name_opening_as_subject(at, sentence_start_in(text, at[1]))
        if m is None or not _PLAIN_WORDS.fullmatch(text, m.end, at[1]) \
                or any(word in CUE_FORMS or word == "that" for word in text[m.end:at[1]].split()):
            return None  # not `Dent said Nalafe's serve was … in his`, `Nalafe, like Dent in his youth,`
        name = self.names.canonical(m.words, m.at)
        return name if self.names.gender(name) == want else None

    def _opens_its_sentence(self, para: int, start: int, at: tuple[int, int]) -> bool:
        """Whether the quotation's sentence, from `start`, opens with its he or she (or with the
        quotation, the he or she after it), or names no one before it (`But they were on his mind as
        he called …`): not `Mr MacDonell said that … if he said "…"`."""
        text = self._paragraph(para)
        return _PRONOUN_SUBJECT.match(text, start) is not None or text[start:start + 1] in _OPENING_MARKS or (
            at[0] == para and not self.names.mentioned_within(para, start, at[1]))

    def _subject_lost(self, at: tuple[int, int]) -> bool:
        """The paragraph opens on a verb in lowercase (`was delighted to be paired with United`):
        its subject, lost from the text, is who a he or she before any other subject stands for."""
        text = self._paragraph(at[0])
        first = _FIRST_WORD.match(text)
        if first is None or not first.group(1).islower() or not verbish(tokenize(first.group(1), [])[0]):
            return False
        return not any(m.is_subject and not m.in_quote for m in self.names.named_between(at[0], 0, at[1]))

    def _introduced_after_clause(self, at: tuple[int, int], want: str) -> str | None:
        """A he or she opening a paragraph's subordinate clause (`After he blasted …,`) stands for
        the main clause's subject after the comma when that is a person named there for the first
        time (`…, Pastor Kevin Swanson has now set his sights …`), the way a story's lead opens."""
        text = self._paragraph(at[0])
        opening = text[:at[1]].split()
        if len(opening) != 1 or opening[0].lower() not in CLAUSE_OPENERS:
            return None
        stop = SENTENCE_STOP.search(text, at[1])
        end = stop.start() if stop else len(text)
        for m in self.names.named_between(at[0], at[1] + 1, end):
            if m.in_quote or not m.is_subject or m.is_org:
                continue  # `Wells Fargo's behavior`, `the Harry Potter books` inside the clause
            comma = text.rfind(",", at[1], m.start)
            if comma < 0 or not _TITLES_ONLY.fullmatch(text, comma + 1, m.start):
                return None
            name = self.names.canonical(m.words, m.at)
            first = next(o for o in self.names.mentions if not o.is_org and self.names.canonical(o.words, o.at) == name)
            return name if first is m and self.names.gender(name) in (want, None) else None
        return None

    def _subject_just_before(self, candidates, want: str, recent) -> str | None:
        """The first subject of the sentence just before the quotation's (`recent`: where it starts
        and ends), of the wanted gender, when no one speaks in that sentence or since; but first whom
        that sentence asked a question (`A reporter asked Sanders how he's feeling. He replied`)."""
        asked = self._asked_just_before(recent, want)
        if asked is not None:
            return asked
        found = None
        for pos, name, kind in candidates:  # latest first
            if pos < recent[0]:
                break
            if kind == "speaker" and found is not None and pos < recent[1] and self._but_between(pos, found[0]):
                break  # `Hewitt said he had had a "gutful" … but Geoff Pollard rejected his comments.`
            if kind == "speaker" or kind == "subject" and pos >= recent[1]:
                return None  # someone spoke, or a nearer subject (`O'Leary has been in talks and he said`)
            if kind == "subject" and self._may_be(name, want):
                if found is not None and self._opens_a_but_clause(found[0]):
                    break  # `Bogdanov won … and claimed …, but McIlroy is unfazed.`: the clause after `but`
                found = (pos, name)  # the sentence's first subject, not one in a clause (`the way Mr Blunkett …`)
        until = found[0] if found is not None else recent[1]  # `The Planning Minister didn't rule out …. he added`
        described = next((name for pos, name in self.described if recent[0] <= pos < until  # a named holder
                          and (found is not None or name.rsplit(" ", 1)[-1][:1].isupper())
                          and self.names.gender(name) in (want, None)), None)  # of the sex: `The minister …
        # she said` is not Gordon Brown, whom `the minister` stood for
        described = described or self._named_owners_subject(recent, want)  # `Swift's spokeswoman said`
        return described or (found[1] if found else self._indefinite_subject(recent, want)
                             or self._clause_subject(recent, want)
                             or self._opening_owner(recent, want) or self._owner_through_possessive(recent, want)
                             or self._put_to(recent, want) or self._moved_to_say(recent, want)
                             or self._as_they_said(recent, want)
                             or self._shown(recent, want) or self._introduced_as_complement(recent, want)
                             or self._newcomer_in(recent, want))

    def _newcomer_in(self, recent, want: str) -> str | None:
        """`The vote was forced by rebels led by Ani Stafford-Townsend. She told …`: the one person the sentence just
        before (`recent`) names, in full and for the first time, right after words that bring them in as who acts or
        wins (`led by`, `went to`, `critics include`: `_LEADING_IN`), of the sex `want` or of none known, where it
        names no one else: whom the text brings in for the he or she, not who spoke a paragraph before."""
        (para, start), (last, end) = recent
        if para != last:
            return None
        named = {name: m for m in self.names.mentions_between(para, start, end)
                 if not m.is_org and not m.in_quote and not m.is_place
                 and (" " in (name := self.names.canonical(m.words, m.at)) or self.names.known_person(name))}
        if len(named) != 1:  # (not `Green` of `rebel Green councillors`, a party's word)
            return None
        person, m = named.popitem()
        first = self.names.mentions_of(person)
        return person if len(m.words) >= 2 and first and first[0] is m and self.names.gender(person) in (want, None) \
            and not self.names.may_be_body(person) \
            and _LEADING_IN.search(self._paragraph(para), max(0, m.start - _LEADING_IN_REACH), m.start) else None

    def _reported_on(self, candidates, subject: str, recent) -> str | None:
        """For a quotation that speaks of a third person (`"It's his first year …," he said`) after
        a sentence on `subject`: who spoke in the sentence before that one, in the same paragraph,
        naming the subject after the cue (`Dwyer warned that Burger …`), and is of the same sex."""
        (para, start), (end_para, end) = recent
        text = self._paragraph(para)
        if end_para == para + 1 and end == 0:  # the sentence ends its paragraph; the quotation opens the next
            end = len(text)
        elif end_para != para:
            return None
        if start == 0 or not any(
                name == subject and kind != "speaker" and (para, start) <= pos < (para, end)
                for pos, name, kind in candidates):
            return None  # the subject is not named in the sentence just before
        before = (para, sentence_before_start(text, start))
        window = [(name, kind) for pos, name, kind in candidates if before <= pos < (para, start)]  # latest first
        if not any(name == subject and kind != "speaker" for name, kind in window):
            return None  # `Donald asked Freddy …, an honor Donald said …`: the subject named before or after the cue
        sex = self.names.gender(subject)
        speaker = next((name for name, kind in window if kind == "speaker"), None)
        return speaker if speaker not in (None, subject) and self.names.gender(speaker) in (sex, None) else None

    def _opening_subject_here(self, recent, at: tuple[int, int], want: str) -> str | None:
        """The person who opens the quotation's own sentence as its main subject, known to be of the
        wanted sex, when the sentence brings the quotation in with a colon and no one else acts between
        them and the pronoun (`Mosman saw Santilli's words differently: "…," he said`)."""
        para, opening = recent[1]
        if para != at[0]:
            return None
        named = self.names.mentions_between(para, opening, at[1])
        first = named[0] if named else None
        if first is None or first.start != opening or first.is_org or not first.is_subject or first.subordinate \
                or first.embedded or any(m.is_subject or m.before_cue for m in named[1:]) \
                or not _COLON_QUOTE.search(self._paragraph(para), first.end, at[1]):
            return None
        name = self.names.canonical(first.words, first.at)
        return name if self.names.gender(name) == want or self._titled_of_no_sex(name) else None  # (`U.S. District
        # Judge Turudak W. Mosman`, a person of no sex the text gives)

    def _titled_of_no_sex(self, name: str) -> bool:
        """A full name the text marks as a person's (a title, an office, a role set off) and gives no sex, nor has a
        he or she made one: whom a he or she may stand for as well as one of its sex."""
        return " " in name and self.names.gender(name) is None and name not in self.sexes \
            and self.names.known_person(name)

    def _indefinite_subject(self, recent, want: str) -> str | None:
        """`A 29-year-old Berlin woman received probation after she had posted …. "…," she wrote`: a
        man or a woman (a word of the wanted sex) brought in with `a` as the subject of the sentence
        just before, who the he or she is, whom no name stands for."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        tokens = self._tokens(self._paragraph(para))
        first = _token_at(tokens, start)
        last = _token_at(tokens, end)
        if first < last and tokens[first].lower in ("his", "her", "their", "my"):
            return self._owned_subject(tokens, first, last, para, want)  # (`My mother was more supportive.`)
        if first >= last or tokens[first].lower not in ("a", "an", "one"):
            return None
        sex_words = FEMALE_WORDS if want == "f" else MALE_WORDS
        head = next((k for k in range(first + 1, min(last, first + _DESCRIPTION_REACH))
                     if not tokens[k].is_word or tokens[k].bare.lower() in sex_words or is_finite_verb(tokens, k)),
                    None)
        noun = head - 1 if head is not None else None
        if head is not None and tokens[head].bare.lower() not in sex_words:
            noun, head = _verb_past_set_off(tokens, first, head, last) or (noun, head)
        if head is not None and noun > first and is_finite_verb(tokens, head) \
                and _a_trade_of_no_sex(tokens[noun]) and not any(
                    tokens[k].lower == ("he" if want == "f" else "she") for k in range(head + 1, last)):
            head = noun  # `A paramedic told the inquest she arrived at 9pm.`: a trade of either sex, the verb's subject
            # (not `One witness said he saw flames` for a she)
        elif head is None or not tokens[head].is_word or tokens[head].bare.lower() not in sex_words \
                or head + 1 < last and tokens[head + 1].is_word and not verbish(tokens[head + 1]) \
                and not is_finite_verb(tokens, head + 1) and tokens[head + 1].lower != "who":
            return None  # the words' head, then a verb, a comma or `who`: not `a woman doctor`; nor `told the
            # inquest she`, a she after the verb
        return self._resolve(tokens[first:head + 1], (para, tokens[first].start))[0]

    def _named_owners_subject(self, recent, want: str) -> str | None:
        """`Swift's spokeswoman said …. "…," she said`: the person a name owns (a word for one, of the wanted
        sex or of none) as the subject of the sentence just before, not the owner, though of that sex too."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        if not _NAME_OWNS.match(self._paragraph(para), start, end):
            return None  # (most sentences: no tokens read)
        tokens = self._tokens(self._paragraph(para))
        first, last = _token_at(tokens, start), _token_at(tokens, end)
        k = first
        while k < min(last, first + 4) and tokens[k].is_capitalised and not tokens[k].is_possessive:
            k += 1  # `Taylor Swift's`
        if k >= last or not tokens[k].is_capitalised or not tokens[k].is_possessive or k + 2 >= last \
                or not (tokens[k + 2].text.islower() or tokens[k + 2].text == ","):
            return None  # not `The BBC's correspondent Rachel Harvey says`: her name is the subject
        owner = self._mention_at(para, tokens[first].start)
        if owner is None or owner.is_org or not self.names.known_person(self.names.canonical(owner.words, owner.at)):
            return None  # a person's: not `Spain's minister of sport`
        return self._owned_subject(tokens, k, last, para, want)

    def _owned_subject(self, tokens, first: int, last: int, para: int, want: str) -> str | None:
        """`Her landlord says costs have risen. "…," he says`: someone's person (a word for one, of the
        wanted sex or of none) as the subject of the sentence just before, whom no name stands for."""
        head = first + 1
        while head < min(last, first + 3) and tokens[head].is_word and not people_word(tokens[head].bare):
            head += 1  # `Her elderly landlord`
        if head + 1 >= last or not people_word(tokens[head].bare) or plural(tokens[head].lower) \
                or role_gender(tokens[head].lower) not in (None, want):
            return None
        named = owned_then_named(tokens, first, last)
        if named is not None:  # `Okafor's mother, Grace, now works`: the name set off beside the person
            person = self._resolve(named.tokens, (para, named.start))[0]
            return None if self.names.gender(person or "") in {"m", "f"} - {want} else person  # (not `Her deputy,
            # Mark Green,` for a she)
        verb = head + 2 if head + 2 < last and is_adverb(tokens[head + 1]) else head + 1  # `mother now works`
        if not (verbish(tokens[verb]) or third_person(tokens[verb]) and not people_word(tokens[verb].lower)
                or tokens[verb].text == "," and verb + 1 < last and tokens[verb + 1].lower == "who"):
            return None  # (`Her landlord, who did not want to be named, says`)
        return self._resolve(tokens[first:head + 1], (para, tokens[first].start))[0]

    def _put_to(self, recent, want: str) -> str | None:
        """`Those allegations were put to Wenger after Saturday's game. At first he said only: "…"`:
        the person a question or claim was put to in the sentence just before answers it."""
        return self._person_in(recent, want, lambda text, start, m: _PUT_TO.search(text, start, m.start))

    def _moved_to_say(self, recent, want: str) -> str | None:
        """`The pressure prompted the prime minister to say …. He told MPs: "…"`, `… led Mr Blair to
        announce …`: the person the sentence just before moved to speak, named or described by an office."""
        return self._who_in(recent, want, _MOVED_TO_SAY)

    def _as_they_said(self, recent, want: str) -> str | None:
        """`As the Tory leader declared, the aim of the exercise is …. "…," he said`: the person whose
        words the sentence just before opens by citing, named or described."""
        return self._who_in(recent, want, _AS_THEY_SAID)

    def _who_in(self, recent, want: str, pattern: re.Pattern) -> str | None:
        """The person `pattern`'s first group names or describes (`the prime minister`, `Mr Blair`) in the
        sentence `recent`, when of the wanted sex or of none known."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        text = self._paragraph(para)
        found = pattern.match(text, start, end)
        if found is None:
            return None
        named = self._person_in(recent, want, lambda text, start, m: found.start(1) <= m.start < found.end(1))
        toks = tuple(t for t in self._tokens(text) if found.start(1) <= t.start < found.end(1))
        if named or not toks or toks[0].lower != "the":
            return named
        asked_of = _HE_OR_SHE_AFTER.match(text, found.end())
        if asked_of and {"he": "m", "she": "f"}[asked_of.group(1).lower()] != want:
            return None  # `Mary Hill asked the minister whether he would resign. "…," she said`: not the minister
        speaker, person = self._resolve(toks, (para, toks[0].start), self._writers)
        return speaker if person and speaker and self.names.gender(speaker) in (want, None) else None  # (never the
        # byline's writer, who asked)

    def _asked_just_before(self, recent, want: str) -> str | None:
        """The person the sentence just before asked a question (`A reporter asked Sanders how he's
        feeling`), of the wanted sex or of none known: whom a he or she then answering is."""
        return self._person_in(recent, want, lambda text, start, m: _ASKED.search(text, start, m.start)
                               and _QUESTION_AFTER.match(text, m.end)) or self._who_in(recent, want, _ASKED_THE)
        # (`I asked the chancellor whether she would …`: the one so described)

    def _asked_him_just_before(self, recent, at: tuple[int, int], word: str, want: str, avoid) -> str | None:
        """`Robinson pressed him on spending. "…," he said`: whom the him or her of the wanted sex stands for, when the
        sentence just before (`recent`) opens on a name that asks or presses them, and the quotation's he or she does
        not ask (`"…?" he asked` is the asker's)."""
        within = self._within(recent)
        if within is None or _ASKING.match(self._paragraph(at[0]), at[1] + len(word) + 1):
            return None
        para, start, end = within
        asked = _ASKED_HIM.match(self._paragraph(para), start, end)
        if asked is None or (asked.group(2).lower() == "her") != (want == "f"):
            return None
        asker = self._mention_at(para, start)
        if asker is None or asker.is_org or asker.end != start + len(asked.group(1)):
            return None
        name = self.names.canonical(asker.words, asker.at)
        found = self.pronoun(asked.group(2).lower(), (para, asked.start(2)), avoid | {name})
        return found if found != name else None

    def asked_in_the_sentence_before(self, para: int, start: int) -> tuple[str, str] | None:
        """(speaker, as written) for a reply no name gives (`"No," came the reply`) at `start` of paragraph `para`:
        whom the him or her the sentence before says was asked stands for, past the asker (`Alistair Carmichael asked
        him whether bonuses would be paid.`); one asked by name is the attribution's own (`_reply_of_the_one_asked`)."""
        text = self._paragraph(para)
        opening = sentence_start_in(text, start)
        before = sentence_before_start(text, opening)
        asked = _ASKED_OBJECT.search(text, before, opening)
        if asked is None:
            return None
        asker = frozenset(self.names.canonical(m.words, m.at) for m in self.names.mentions_between(
            para, before, asked.start()) if not m.is_org)
        found = self.pronoun(asked.group(1), (para, asked.start(1)), asker)
        return (found, asked.group(1)) if found and found not in asker else None

    def _within(self, recent) -> tuple[int, int, int] | None:
        """The sentence `recent` as its paragraph, start and end, when it lies in one paragraph: one that
        closes the paragraph before the quotation's ends at that paragraph's end (newswire's paragraph of a
        sentence)."""
        (para, start), (end_para, end) = recent
        if end_para == para + 1 and end == 0:
            return para, start, len(self._paragraph(para))
        return (para, start, end) if para == end_para else None

    def _person_in(self, recent, want: str, fits) -> str | None:
        """The first person named in the sentence `recent` (outside quotations) for whom `fits(text,
        start, mention)` holds, when of the wanted sex or of none known."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        text = self._paragraph(para)
        for m in self.names.mentions_between(para, start, end):
            if not m.is_org and fits(text, start, m):
                name = self.names.canonical(m.words, m.at)
                return name if self.names.gender(name) in (want, None) else None
        return None

    def _shown(self, recent, want: str) -> str | None:
        """`Footage of Al-Awlaki again appears. "…," he says`: the person a recording or a picture
        that opens the sentence just before shows."""
        return self._person_in(recent, want, lambda text, start, m: _SHOWN.fullmatch(text, start, m.start))

    def _introduced_as_complement(self, recent, want: str) -> str | None:
        """`one of the women to flee the north was 25-year-old Nesma Hajjaj, who …. "…," she said`:
        the first person the sentence just before names, when it names them after its `was` or `is`
        (not `it was Rainey Senior who modified …`, which tells who did a thing)."""
        return self._person_in(recent, want, lambda text, start, m: _COMPLEMENT.search(text, start, m.start)
                               and not self.names.mentioned_within(m.para, start, m.start))

    def _opening_owner(self, recent, want: str) -> str | None:
        """`Mr Campbell's e-mail, which …, suggested …. In it, he said`: the person of the wanted
        gender whose possessive opens the sentence just before."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        text = self._paragraph(para)
        named = list(self.names.named_between(para, start, end))
        owner = named[0] if named else None
        if owner is None or not owner.possessive or owner.is_org \
                or _OPENING_THEN_TITLES.fullmatch(text, start, owner.start) is None:  # `Mr Campbell's`: a title
            # first, or an opening word (`Indeed, Pope Francis' message`)
            return None
        if any(not m.is_org and (m.is_subject or _acts_after(text, m.end) or self._passive_agent(m.at))
               for m in named[1:]):
            return None  # `Fowler's double strike helped City …, and Keegan sympathised`: Keegan acts; `Clinton's
            # position was supported by Sen. Dianne Feinstein`: Feinstein
        name = self.names.canonical(owner.words, owner.at)
        return name if self.names.gender(name) == want else None

    def _owner_through_possessive(self, recent, want: str) -> str | None:
        """`Williams' track beat songs by Will Young …. It is his 15th Brit award. He told the
        audience`: a sentence that names no one but says his (her) is about the person whose
        possessive opens the sentence before it."""
        (para, start), (end_para, end) = recent
        if para != end_para or start == 0:
            return None
        text = self._paragraph(para)
        possessive = re.compile(r"\b(?:his|His)\b" if want == "m" else r"\b(?:her|Her)\b")
        if not possessive.search(text, start, end) or any(
                not m.in_quote and (m.is_subject or m.possessive) for m in self.names.named_between(para, start, end)):
            return None  # but `Brit` in `his 15th Brit award` names no one who acts
        before = sentence_before_start(text, start)
        return self._opening_owner(((para, before), (para, start)), want)

    def _clause_subject(self, recent, want: str) -> str | None:
        """`His words came as Cardinal Cormac Murphy O'Connor … backed Mr Howard's stance.`: the one
        person of the wanted gender who is the subject of a clause in a sentence whose own subject
        is no one."""
        within = self._within(recent)
        if within is None:
            return None
        para, start, end = within
        named = list(self.names.named_between(para, start, end))
        found = {self.names.canonical(m.words, m.at) for m in named
                 if m.is_subject and m.subordinate and not m.is_org and not m.in_relative}
        found = {name for name in found if self.names.gender(name) == want}
        if len(found) != 1 or not self._no_ones_subject(para, start, end):
            return None  # `He portrayed Mr Ebbers, a businessman who built up WorldCom, as …`: his
        name = found.pop()
        text = self._paragraph(para)
        if any(not m.is_org and (other := self.names.canonical(m.words, m.at)) != name
               and self.names.gender(other) in (want, None) and _GERUND_AFTER.match(text, m.end) for m in named):
            return None  # `… began with Brown's nose twitching as Miles proved himself, and progressed to Brown
            # bringing up race`: another, of the sex or none known, acts later, in a clause of its own
        return name

    def _reported_in(self, recent, person: str) -> bool:
        """The sentence just before the quotation's (`recent`) reports what `person`, its subject, said
        or thinks: their verb, past an appositive, an auxiliary or an adverb, is one of speech or opinion
        (`Boss Harry Redknapp had said that he would be happy`, `Its leader, Roger Knapman, has said he is
        glad`, `Jamie Noon believes the side …`, `Rijkaard was critical of …`): what is added goes on from
        them."""
        within = self._within(recent)
        if within is None:
            return False
        para, start, end = within
        text = self._paragraph(para)
        for m in self.names.mentions_between(para, start, end):
            if self.names.canonical(m.words, m.at) == person:
                found = _REPORTED_THROUGH.match(text, m.end)
                if found is not None and (found.group(1) in CUE_FORMS or found.group(1) in _OPINION_VERBS
                                          or found.group(1) in _STANCES):
                    return True
        return False

    def _opens_the_paragraph(self, recent, person: str, at: tuple[int, int]) -> bool:
        """The sentence just before the quotation (`recent`) opens the quotation's paragraph, named by its
        subject `person` (of the sex wanted), and no one has spoken in that paragraph: `Mr. Hurt is eager to
        get the book out before the election. "…," he continued` goes on from Hurt, whom the paragraph turns
        to, not from whoever spoke in the paragraph before."""
        (para, start), (end_para, _) = recent
        if para != at[0] or end_para != at[0] or any(pos[0] == para and pos < at for pos, _ in self.speakers):
            return False
        first = next((m for m in self.names.mentions_between(para, 0, len(self._paragraph(para)))
                      if not m.in_quote), None)
        if first is not None and first.is_org and first.possessive and start == 0:
            return self._opening_owned_office(para) == person  # `The Scottish National Party's parliamentary
            # leader argued …. She added:` Nicola Sturgeon, whom the office stands for
        return first is not None and first.is_subject and not first.is_org \
            and self.names.canonical(first.words, first.at) == person \
            and sentence_start_in(self._paragraph(para), first.start) == 0 and start == 0

    def _opening_owned_office(self, para: int) -> str | None:
        """Whom the body's office opening paragraph `para` as its subject stands for (`The SNP's leader`)."""
        tokens = self._tokens(self._paragraph(para))
        end = next((k for k, t in enumerate(tokens) if t.text in SENTENCE_END), len(tokens))
        subject = sentence_subject(tokens, 0, end)
        return self._resolve(subject.tokens, (para, subject.start))[0] if subject is not None else None

    @staticmethod
    def _turned_to(candidates, name: str, recent) -> bool:
        """Since anyone last spoke, the story has made `name` the subject of a sentence before the
        one just before the quotation too: `"…," said Worthington. Stuart has …. Stuart is
        confident …. "…," he added` is Stuart's."""
        for pos, other, kind in candidates:  # latest first
            if kind == "speaker":
                return False
            if pos < recent[0] and kind == "subject":
                return other == name
        return False

    def _opens_a_but_clause(self, at: tuple[int, int]) -> bool:
        """The name at `at` is the subject right after `but` (`…, but McIlroy is unfazed`), not one
        further into its clause (`but suggesting presenter Jeremy Paxman would`)."""
        text = self._paragraph(at[0])
        return _RIGHT_AFTER_BUT.search(text, max(0, at[1] - _BUT_REACH), at[1]) is not None

    def _but_between(self, first: tuple[int, int], then: tuple[int, int]) -> bool:
        """A `but` opens a clause between two positions of one paragraph."""
        text = self._paragraph(first[0]) if first[0] == then[0] else ""
        return _BUT.search(text, first[1], then[1]) is not None

    def _may_be(self, name: str, want: str) -> bool:
        """Of the wanted gender, or a full name of unknown gender with a given name (`Kim Collins`),
        words of its own, an office (`Tory leader Bolosan Padaver`) or a surname the text makes a
        subject alone (`Tigisen Rufofir …. Rufofir ran`), or one word of unknown gender the text marks
        as a person's (`Rihanna, who was honored …`)."""
        gender = self.names.gender(name)
        if gender is not None:
            return gender == want
        if " " in name and self.names.given_an_office(name):
            return True  # `Tory co-chairman Nizoda Fox`, though Fox may be a body's name
        return not _looks_like_org(name) and (
            " " in name and (given_name(name.split()[0]) or name in self.people or self.names.called_by_surname(name)
                             or self.names.marked_as_person(name))
            or " " not in name and not self.names.may_be_body(name))

    def remember_described(self, mention: Mention, para: int, gender: str | None = None, spoke: bool = False) -> None:
        """`The official said the government …`: a person described with `the`, who a later he or
        she in the paragraph stands for when no one else may (given a `gender`, only one known to
        be of it); one who `spoke`, whom the text titles with the description's head (`The derogatory
        comments had two goals, the admiral said.` after `Admiral Harris`), is a speaker, as if named."""
        if _two_joined(mention.tokens):
            return  # `The chancellor and the governor clashed`: two, neither of whom a she need be
        speaker, person = self._resolve(mention.tokens, (para, mention.start))
        if speaker and person and (gender is None or self.names.gender(speaker) == gender
                                   or self._titled_of_no_sex(speaker)):  # (`Former Olympic champion Zegepek
            # Didudur`: a person whatever the given name, not a band)
            self.described.append(((para, mention.start), speaker))
            if spoke and (self.names.titled_as(speaker, mention.tokens[-1].bare.lower()) or speaker.islower() and (
                    self._introduced_unnamed(mention.tokens[-1].bare.lower(), (para, mention.start))
                    or _NOT_NAMED.match(self._paragraph(para), mention.end))):
                insort(self.speakers, ((para, mention.start), speaker))  # `The solution, the partner told them,
                # was simple.`: the partner, whom no name stands for; `The driver, who has not been named, said he …`

    def _introduced_unnamed(self, head: str, at: tuple[int, int]) -> bool:
        """`a partner at Mr. Birdthistle's former firm told him …` in the paragraph before, or earlier
        in this one: someone the text introduced by the word with `a` and never names (not `a teacher,
        Jane Moss,`, `a teacher named Jane Moss`)."""
        for n in range(max(0, at[0] - _UNNAMED_REACH), at[0] + 1):
            text = self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
            if head in _DRIVERS and _BY_A_VEHICLE.search(text):
                return True  # `Peter Hale was hit by a lorry.` ¶ `The lorry driver said`: no one hit by it
            if head in text and any(not _describes_another(text[:m.start()])
                                    and (n >= at[0] - 1 or text[sentence_start_in(text, m.start()):m.start()].strip())
                                    and self._named_after_opening(n, text, m) is None
                                    for m in _introducing(head).finditer(text)):
                return True  # (further back, only one met as an object: `taking cash from a developer`, not `A
                # British author has had …`, a lead's subject the text goes on to name)
        return False

    def _driven_by(self, at: tuple[int, int]) -> str | None:
        """The person a vehicle is `driven by` (`hit by a lorry driven by Tom Brown`) in this paragraph before `at` or
        the ones just before it, the latest so named."""
        for n in range(at[0], max(-1, at[0] - _UNNAMED_REACH - 1), -1):
            text = self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
            for m in reversed(list(_DRIVEN_BY.finditer(text)) if "driven by" in text else []):
                person = self._mention_at(n, m.end())
                if person is not None and not person.is_org:
                    return self.names.canonical(person.words, person.at)
        return None

    def _harmed_then_named(self, head: str, at: tuple[int, int]) -> str | None:
        """The person the text introduces by the word with `a` as one harmed (`attacked a shopkeeper`), then names as
        the victim in that paragraph or the next, before `at` (`The victim, Tom Brown, 61, said`)."""
        for n in range(max(0, at[0] - _UNNAMED_REACH), at[0] + 1):
            text = self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
            for m in _introducing(head).finditer(text) if head in text else ():
                if not (_HARMING_BEFORE.search(text, max(0, m.start() - _HARM_REACH), m.start())
                        or _HARMED_AFTER.match(text, m.end())):
                    continue  # (`attacked a shopkeeper`, `A shopkeeper was attacked`)
                for k in range(n, min(n + 1, at[0]) + 1):
                    later = self._paragraph(k)
                    named = _VICTIM_NAMED.search(later, m.end() if k == n else 0, at[1] if k == at[0] else len(later))
                    person = self._mention_at(k, named.end()) if named else None
                    if person is not None and not person.is_org:
                        return self.names.canonical(person.words, person.at)
        return None

    def remember_epithet(self, mention: Mention | None, para: int, gender: str | None = None) -> None:
        """`The Wisconsin Republican did give Trump some credit …` closing the paragraph before
        `"…," he said`, or `The American remains critical.` in its own: the person the epithet
        stands for, not the one it names, is the he (given a `gender`, a person known to be of it:
        not a band `the musician` was read as)."""
        pair = self._pair_of_peers(mention.tokens, (para, mention.start)) if mention is not None else ()
        if pair:  # `The Duke and Duchess of Sussex have visited …. she said`: the duchess
            self.described.extend(((para, mention.start), self._peer(peerage, (para, mention.start)) or peerage)
                                  for peerage in pair if gender is None or self.names.gender(peerage) == gender)
        elif mention is not None and (_just_named(mention.tokens) is not None or _peerage(mention.tokens)):
            self.remember_described(mention, para, gender)  # (`The Duke of Sussex has visited …. he said`)
        elif mention is not None and len(mention.tokens) == 2 and mention.tokens[0].lower == "the" \
                and mention.tokens[1].lower in _OF_TWO:  # `The former won by 200 votes. "…," she said`
            pair = self._former_and_latter((para, mention.start))
            one = pair[_OF_TWO[mention.tokens[1].lower]] if pair is not None else None
            if one and (gender is None or self.names.gender(one) in (None, gender)):
                self.described.append(((para, mention.start), one))
        elif mention is not None and _office(mention.tokens):  # `the president framed …`: its named holder
            holder = self.names.holder(_office(mention.tokens), (para, mention.start))
            if holder and (gender is None or self.names.gender(holder) in (None, gender)):
                self.described.append(((para, mention.start), holder))

    def remember_body(self, mention: Mention, para: int) -> None:
        """`The committee found …. It warned that …`: a body described with `the`, who a later
        `it` in the paragraph stands for when no body is named; a named owner's (`Mr Crosby's
        statement said …. It added`) stands for what the owner's stands for (Lynton Crosby)."""
        toks = mention.tokens
        owner = _possessor_split(toks)
        if owner is not None and toks[owner].bare.lower() in _TIMES:  # `Thursday's memo`: no one's, a day's
            toks, owner = toks[owner + 1:], None
        named = owner is not None and _trailing_name(toks[:owner + 1])
        at = (para, mention.start)
        if owner == 0 and toks[0].lower in ("his", "her"):
            owner_after = self._subject_after_phrase(para, mention.end, "m" if toks[0].lower == "his" else "f")
            if owner_after:  # `On his website, Sanders has …. "…," it says`: Sanders's website
                self.bodies.append((at, self._principals(owner_after, _description(toks[1:]), False)))
                return
        described = self._body_before(toks, at) if not named else None  # `The company` after `BT wants`
        if described is None and not named and len(toks) == 2 and toks[0].lower in ("a", "an") \
                and toks[1].lower in BODY_TEXTS:
            described = self._authored_text(toks[1].lower, at)  # `A report by the Resolution Foundation found …. It
            # said`: the foundation's report
        self.bodies.append((at, self._resolve(toks, at)[0] if named else described or _description(toks)))

    def _held_fuller(self, office: tuple[str, ...]) -> str | None:
        """The one person every fuller office ending in `office` stood for so far."""
        people = {person for fuller, held in self.held.items()
                  if len(fuller) > len(office) and fuller[-len(office):] == office for person in held}
        return people.pop() if len(people) == 1 else None

    def _subject_after_phrase(self, para: int, end: int, want: str) -> str | None:
        """The person of sex `want` who is the subject right after the comma that closes an opening
        phrase ending at `end`: Sanders in `On his website, Sanders has …`."""
        text = self._paragraph(para)
        comma = _PHRASE_CLOSE.match(text, end)
        subject = next((m for m in self.names.mentions_between(para, comma.end(), comma.end() + 1)), None) \
            if comma else None
        if subject is None or not subject.is_subject or subject.is_org:
            return None
        person = self.names.canonical(subject.words, subject.at)
        return person if self.names.gender(person) == want else None

    def _described_of_sex(self, at: tuple[int, int], want: str) -> str | None:
        """The latest person described in this paragraph before `at` whose description gives the
        wanted sex (`The executive spokeswoman`)."""
        return next((name for pos, name in reversed(self.described)
                     if pos < at and pos[0] == at[0] and role_gender(name) == want), None)

    def _described_before(self, at: tuple[int, int], want: str) -> str | None:
        for pos, name in reversed(self.described):
            if pos < at and pos[0] == at[0] and role_gender(name) in (None, want) \
                    and self.names.gender(name) in (None, want):  # not `Mr Brankin` for a she
                return name
        return None

    def _turn_speaker(self, at: tuple[int, int]) -> str | None:
        """Who the label opening an interview's paragraph names (`Thomas Malone: A supermind is …`),
        whose words the paragraph is."""
        label = _TURN_LABEL.match(self._paragraph(at[0]))
        if label is None or label.end() > at[1]:
            return None
        named = next((m for m in self.names.mentions_between(at[0], label.start(1), label.end(1)) if not m.is_org),
                     None)  # a person's name, not `UPDATE:` or `Q:`
        return self.names.canonical(named.words, named.at) if named is not None else None

    def _owner_just_before(self, at: tuple[int, int], want: str) -> str | None:
        """The person whose thing ends the clause right before a he or she (`drew Trump's ire - he
        called her`) or the short phrase opening its sentence (`In Hajjaj's case, she decided`), of
        that sex or of none known."""
        text, named = self._paragraph(at[0]), self.names.mentions_between(at[0], 0, at[1])
        person = next((m for m in reversed(named) if not m.is_org), None)
        if person is not None and person.possessive and (_owner_as_object(text, person.end, at[1], want)
                                                         or _owned_then_pronoun(text, person, at[1], want)):
            m = person  # `Oz's dubious medical advice earned him the attention of Congress, where he appeared`
        else:
            m = named[-1] if named else None  # only the latest name before the pronoun
            if m is None or not m.possessive or m.is_org:
                return None
            if not _OWNED_THEN_BREAK.fullmatch(text, m.end, at[1]) and not (
                    _OWNED_THEN_COMMA.fullmatch(text, m.end, at[1])
                    and _OWNER_OPENING.fullmatch(text, sentence_start_in(text, m.start), m.start)):
                return None
        name = self.names.canonical(m.words, m.at)
        return name if self.names.gender(name) in (want, None) else None

    def _person_named_before(self, at: tuple[int, int], gender: str, avoid=frozenset(), head: str = "") -> str | None:
        """The latest person named as a subject or a speaker in this paragraph or the one before,
        of the `gender` (`m`, `f`, or `` for either) where it is known, and not titled with a role
        that is not the epithet's `head` (`manager Jose Mourinho` is not `the defender`)."""
        lead = self._named_after_the_lead(head) if head else None
        if lead is not None and lead not in avoid and self._may_stand_for(lead, gender, head) \
                and any(m.at < at for m in self.names.mentions_of(lead)):
            return lead  # `A nurse has been struck off` ¶ `Karen Price, 52, admitted …` ¶ `The panel chairman, Paul
            # Grey, said` ¶ `The nurse told the hearing`: the person the lead brought in, over those since
        near = [c for c in self._candidates(at) if at[0] - c[0][0] <= 1]
        candidates = [c for c in near if c[1] not in avoid]
        maybe_body = None  # `Vogue asked Dion, "…" the singer answered`: a one-word name of no sex may be a body
        maybe_work = None  # `Polar Express is based on a book` ¶ `The 48-year-old actor`: after whoever else
        owner_looked = False
        for pos, name, kind in candidates:
            if pos[0] < at[0] and not owner_looked and maybe_body is None:
                owner_looked = True  # `Trump's unwillingness to …. Instead, the businessman has insisted`: one
                owner = self._owner_here(at, gender, avoid, head)  # who owns in this paragraph, before those
                if owner and not self._an_office_for_kin(head, owner):  # who acted in the one before
                    return owner
            if kind not in _ACTORS or not self._may_stand_for(name, gender, head):
                continue
            if self._an_office_for_kin(head, name):
                continue
            known = self.names.gender(name)
            if known is None and self.names.may_be_body(name) and not (kind == "subject" and self._in_a_mood(name)):
                if self._a_team(name) or an_age(head) and self.names.labelled_body(name) or self._only_a_source(name):
                    continue  # `City trail Liverpool, who have won nine games.` ¶ `"…," the manager said`: no one;
                    # `His publisher, Oneworld, said` ¶ `the 46-year-old`: an age is no body's; `…, according to
                    # Billboard.` ¶ `The 35-year-old said`: a source named only so, a publication
                if pos[0] == at[0] or self._paragraph(pos[0]) != self.headline:  # (not `Resign` of a headline
                    # `Resign?` above: a word)
                    maybe_body = maybe_body or name
                continue
            if known == "n" or gender and self._may_be_a_work(name):  # `Ofcom says it …`: a body after anyone
                maybe_work = maybe_work or name
                continue
            return name
        one = self._only_one_named(at, gender, avoid, head) if maybe_body else None
        one = one if one and (self._acted_on_by(maybe_body, one, at)
                              or an_age(head) and not self._he_or_she_just_before(at)) else None  # `Liverpool signed
        # Virgil van Dijk` before `the defender`: the person it acted on, not the name that may be a body's (but `Molik
        # grew in confidence. She will now meet Venus Williams`: another sentence's); an age is a person's, never a
        # side's (`Arsenal beat Chelsea with two goals from Bukayo Saka. ¶ "…," the 23-year-old said`)
        found = one or maybe_body or self._he_or_she_before(at, gender, avoid, head) \
            or self._only_one_named(at, gender, avoid, head) or self._named_in_its_sentence(at, gender, avoid, head) \
            or (self._sole_of_the_sex_here(at, gender, avoid) if gender and an_age(head) else None)
        if found:
            return found
        apart = bool(head) and any(kind in _ACTORS and (name in avoid or _other_side(head, self.names.roles(
            name) | self.callings.get(name, set())) or self._an_office_for_kin(head, name)
                                                         or self._introduced_otherwise(head, name))
                                   for _, name, kind in near)  # `Drummer Will Champion added`
        # before `the singer`, `Labour chairwoman Ellie Reeves` before `the former Tory leader`, `Her father, Scott
        # Swift,` before `the star`: someone nearer set apart (asked only where no one nearer was found)
        return self._person_further_back(at, gender, avoid, head, apart) or maybe_work

    def _sole_of_the_sex_here(self, at: tuple[int, int], gender: str, avoid) -> str | None:
        """The one person named in full before `at` in its paragraph, in any role, when the text gives them `gender`
        and names no one of no known sex there: `Police visited the home of Ruth Evans. Inspector Mark Wood said ….
        The 67-year-old said she …` is Ruth Evans."""
        named = {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(at[0], 0, at[1])
                 if not m.is_org and len(m.words) >= 2}
        sexes = {name: self.names.gender(name) for name in named if not self.names.may_be_body(name)}
        if None in sexes.values():
            return None
        found = {name for name, sex in sexes.items() if sex == gender} - set(avoid)
        return found.pop() if len(found) == 1 else None

    def _only_a_source(self, name: str) -> bool:
        """Whether the text names `name` (one word, of no known sex) only right after `according to`: a publication's
        or a body's name, whom no epithet for a person stands for."""
        return all(self._paragraph(m.para).endswith("according to ", 0, m.start) for m in self.names.mentions_of(name))

    def _named_after_the_lead(self, head: str) -> str | None:
        """The person a lead opening on `a` and the word (`A nurse has been struck off`) brings in, named next
        (`Karen Price, 52, admitted …`; see `_lead_office`), when no one else is titled with the word."""
        if head not in self._leads:
            name = self._lead_office((head,), (len(self.paragraphs), 0)) if head.isalpha() else None
            if name is not None and any(self._owned_by_the_name_before((m.para, m.start))
                                        for m in self.names.mentions_of(name)[:1]):
                name = None  # (not `Bode Paver's Wolf Brother`: her work, named after her)
            titled = name is not None and any(
                (head in m.office or head in m.set_off or m.title is not None and m.title.lower() == head)
                and not m.is_org and self.names.canonical(m.words, m.at) != name for m in self.names.mentions)
            self._leads[head] = None if titled else name  # (not `Nurse Jane Lee said`: she is the nurse)
        return self._leads[head]

    def _acted_on_by(self, subject: str, person: str, at: tuple[int, int]) -> bool:
        """Whether the latest mention of `subject` before `at` is followed by a verb in the past and `person` as
        its object, a few lowercase words on (`Liverpool signed Virgil van Dijk`, `Arsenal have signed winger
        Declan Rice`; not `Gardener clocked 6.56 seconds, well ahead of Marc Blume`)."""
        where = max((m for m in self.names.mentions_of(subject) if m.at < at), key=lambda m: m.at, default=None)
        if where is None:
            return False
        text = self._paragraph(where.para)
        between = next((text[where.end:m.start] for m in self.names.mentions_between(where.para, where.end, len(text))
                        if self.names.canonical(m.words, m.at) == person), None)
        verb = _OBJECT_AFTER_VERB.fullmatch(between) if between is not None else None
        return verb is not None and past_tense(verb.group(1))

    def _other_national(self, at: tuple[int, int], gender: str, avoid, head: str) -> str | None:
        """Where an epithet of another nation stood for the people who acted, the one other person
        named in any role in this paragraph or the two before, who may be the epithet."""
        return self._only_one_nearby(at, lambda name: name not in avoid and name.split()[0] not in avoid
                                     and self._may_stand_for(name, gender, head))  # (not `Bayern Munich`, the side)

    def _only_one_nearby(self, at: tuple[int, int], fits) -> str | None:
        """The one person (no body) named in any role in this paragraph or the two before that `fits`."""
        named = {name for pos, name, _ in self._candidates(at) if at[0] - pos[0] <= 2 and fits(name)
                 and not self.names.may_be_body(name)}
        if len(named) > 1:  # `a five-time Grand Slam champion`: a name of no one the text gives a sex or a title
            named = {name for name in named if self.names.known_person(name)}
        return named.pop() if len(named) == 1 else None

    def _person_further_back(self, at: tuple[int, int], gender: str, avoid, head: str,
                             apart: bool = False) -> str | None:
        """Where no one nearer may be the epithet, the latest person who may be of its sex and acted or spoke
        in a paragraph further back than the one before, when the paragraphs between hold no more text than one
        does (newswire's paragraphs of a sentence each: `Jamie Costin is recovering …` ¶ `There is an ironic
        chuckle …` ¶ `"…," says the Waterford man`); never back to the title. With no sex to go on (`the
        22-year-old`, `the Catalan`), an age or a nation only where the paragraphs between name no person (`Pep
        Guardiola says …` ¶ `City were beaten 4-0 by Tottenham` ¶ `"…," the 53-year-old admitted`), or where someone
        nearer was set apart by another calling (`Frontman Chris Martin …` ¶ `Drummer Will Champion …` ¶ `the
        singer`)."""
        return next((name for pos, name, kind in self._candidates(at)
                     if at[0] - pos[0] > 1 and pos[0] > 0 and self._little_between(pos[0], at[0])
                     and kind in _ACTORS and name not in avoid and not self.names.may_be_body(name)
                     and self._may_stand_for(name, gender, head)
                     and (gender or apart or (_AGE_HEAD.fullmatch(head) or head in DEMONYMS)
                          and not self._anyone_named_between(pos[0], at))), None)

    def _anyone_named_between(self, first: int, at: tuple[int, int]) -> bool:
        """Whether the text after paragraph `first` and before `at` names a person in any role: any name
        in the paragraph of `at`, a name that may be no body's in those between."""
        between = set().union(*(self.names.mentioned_within(n, 0, len(self._paragraph(n)))
                                for n in range(first + 1, at[0])))
        return bool(self.names.mentioned_within(at[0], 0, at[1])) or any(  # `It was Isinbayeva's record. "…," the
            not self.names.may_be_body(name) for name in between)  # 22-year-old said`; but `Tottenham`, a body

    def _first_in_reach(self, at: tuple[int, int]) -> int:
        """The first paragraph a description at `at` may look back to: the one before, or further while the
        paragraphs between hold no more text than one does (`_little_between`); never back to the title."""
        since = at[0] - 1
        while since > 1 and self._little_between(since - 1, at[0]):  # not back to the title
            since -= 1
        return max(since, 0)

    def _little_between(self, first: int, last: int) -> bool:
        """The paragraphs between paragraphs `first` and `last` hold no more text than one does."""
        return sum(len(self._paragraph(n)) for n in range(first + 1, last)) <= _PARAGRAPH_REACH

    def _he_or_she_before(self, at: tuple[int, int], gender: str, avoid, head: str) -> str | None:
        """`When he assumed office as U.N. secretary general in 2007, he made …. ¶ "…," the bespectacled,
        71-year-old diplomat said`: where no one named in reach may be the epithet, the person a he or
        she opening the sentence before stands for."""
        subject = self._subject_before(at, named=False)
        return subject if subject is not None and subject not in avoid and self._may_stand_for(
            subject, gender, head) else None

    def _national_subject_before(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the Russian leader`, `the French premier`: an office of a nation no one here holds by title
        stands for the person who is the subject of the sentence before (`And he even inserted himself
        into the primary contest …. ¶ "…," the Russian leader said`: Putin, whom the he stands for),
        unless an epithet of another nation stood for them."""
        demonyms = {word for word in office[:-1] if word in DEMONYMS
                    or word in NATION_ADJECTIVES and office[-1] not in ORG_WORDS}  # `the British producer`; not
        # `The Scottish Executive`
        person = self._subject_before(at, named=True) if demonyms else None
        if person is None or not _proper(person) or not self.names.mentions_of(person) \
                or not self._may_stand_for(person, self._sex_after(at) or "", office[-1]) \
                or person in self._of_other_nations(demonyms, at) or self._serves_otherwise(person, office[-1]) \
                or self._serves_a_person(person) or self._another_in_sentence_before(person, at) \
                or self.names.roles(person) & _NONE_OF_THE_NATION:  # (`Opposition leader Ozgur Ozel` is no `Turkish
            return None  # leader`)
        self.nationals.setdefault(person, set()).update(demonyms)
        return person

    def _another_in_sentence_before(self, person: str, at: tuple[int, int]) -> bool:
        """Whether the sentence before `at` names `person` and another person beside (`Donald Trump hosted Volodymyr
        Zelensky`): either may be the one a nation's epithet then stands for; but not `And he even inserted himself
        …, speaking highly of Mr. Trump`, whose subject the story goes on about."""
        before = self._sentence_before_at(at)
        if before is None:
            return False
        para, tokens, first, end = before
        start, stop = tokens[first].start, tokens[end - 1].end if end > first else tokens[first].end
        named = {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(para, start, stop)
                 if not m.is_org and not m.in_quote}
        return person in named and any(name != person and self.names.known_person(name) for name in named)

    def _of_another_country(self, person: str, owner_toks) -> bool:
        """Whether the text titles `person` with an office of a country other than the owner's
        (`Israeli Prime Minister Benjamin Netanyahu` is not `Britain's prime minister`)."""
        places = {t.bare.lower() for t in owner_toks if t.lower != "the"}
        national = {w for w in self.names.roles(person) if w in NATION_ADJECTIVES or w in DEMONYMS or w in PLACES}
        return bool(national) and not any(_of_the_country(place, word) for place in places for word in national)

    def _nations_head(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the Ukrainian leader` after `Ukrainian President Volodymyr Zelensky`: the one person the text
        titles as that nation's president, prime minister or chancellor."""
        nation = office[:-1]
        if office[-1] != "leader" or not nation or not all(w in NATION_ADJECTIVES or w in DEMONYMS for w in nation):
            return None
        heads = {self.names.holder((*nation, *head), at) for head in _HEADS_OF_GOVERNMENT} - {None}
        return heads.pop() if len(heads) == 1 else None

    def _serves_a_person(self, person: str) -> bool:
        """Whether the text introduces `person` by a role of another person's (`Zelensky's chief of staff,
        Andriy Yermak,`): one who serves them, no office of a nation's."""
        for m in self.names.mentions_of(person):
            owned = _OWNED_ROLE_BEFORE.search(self._paragraph(m.para), max(0, m.start - 60), m.start)
            if owned and self.names.known_person(self.names.canonical((owned.group(1),), (m.para, owned.start()))):
                return True
        return False

    def _serves_otherwise(self, person: str, head: str) -> bool:
        """Whether the text titles `person` as one who speaks or works for another, in a role other
        than `head`: `Kremlin spokesman Dmitry Peskov` is not `the Ukrainian president`."""
        serving = self.names.roles(person) & _SERVING_NOT_HEADING
        return bool(serving) and head not in serving

    def _office_subject_before(self, office: str, at: tuple[int, int]) -> str | None:
        """`Rubio sought to stoke positive energy …. Walking into the office …, the senator said`: an
        office one runs for or holds by election (`the senator`, `the candidate`) whose holder the
        document does not title stands for the person who is the subject of the sentence before. Not
        an office one meets (`the judge`, `the host`): the subject before is as often the one who met
        them (the caller passes only _RUNNING_OFFICES)."""
        person = self._named_subject_here(at, office) or self._subject_before(at, named=True)
        if person is None or not self._may_stand_for(person, self._sex_after(at) or "", office) \
                or not _proper(person):
            return None  # a person's name, not `Bernie Sanders's only path`
        other = {role for role in self.names.roles(person) if role in ROLE_WORDS and role != office
                 and role not in _IN_A_RACE and not (office in _IN_A_RACE and role in _RUNNING_OFFICES)}
        held = self.names.holds(person, (office,))
        if office not in _IN_A_RACE and held is False:
            return None  # `Walz, the Minnesota governor, …` is not `the Ohio senator`
        return None if other and not held else person  # not `Deputy Mayor Nicky Gavron` for `the mayor`; but a
        # front-runner is a candidate, and so is a senator who runs, and a Senate leader titled a senator's office

    def _named_subject_here(self, at: tuple[int, int], office: str) -> str | None:
        """The person named as the subject of the sentence the office at `at` stands inside, after
        it opens (`Rep. Adam Schiff … called on President Obama to retaliate -- meddling the California
        congressman said is designed to …`): Schiff, not the subject of the sentence before; no one
        when someone else named between them may hold the office."""
        tokens, i, opening = self._sentence_at(at)
        subject = sentence_subject(tokens, opening, i) if opening < i else None
        if subject is None or not subject.tokens[0].is_capitalised or subject.end >= at[1]:
            return None
        person = self._person_named_at(at[0], subject.start)
        between = self.names.mentioned_within(at[0], subject.end, at[1]) - {person}
        if any(not self._holds_another(other, (office,)) for other in between):
            return None  # `Mr. Trump took on Hillary Clinton after the Democratic front-runner had said`: her, as
            # likely; but not `President Obama` for `the congressman`
        return person

    def _subject_before(self, at: tuple[int, int], named: bool) -> str | None:
        """The person who is the subject of the sentence before `at`: a he or she resolved, or (when
        `named`) a person's name."""
        before = self._sentence_before_at(at)
        if before is not None and before[2] < before[3] and not any(is_finite_verb(before[1], k)
                                                                    for k in range(before[2], before[3])):
            before = self._sentence_before_at((before[0], before[1][before[2]].start)) or before  # past a fragment,
            # in the paragraph or one of its own: `Another enthusiastic crowd, another commanding town hall
            # performance.`; but a headline is read as it is
        subject = sentence_subject(*before[1:]) if before is not None else None
        if named and before is not None and before[2] < before[3] \
                and (subject is None or subject.tokens[0].lower == "it"):  # `it was Trump who commanded …`
            return self._cleft_subject(before[0], before[1][before[2]].start) or self._quoted_by(before)
        if subject is None:
            return self._owner_opening(before) if before is not None and not named else None
        spot = (before[0], subject.start)
        if len(subject.tokens) == 1 and subject.tokens[0].lower in ("he", "she"):
            return self.pronoun(subject.tokens[0].lower, spot)
        if named and subject.tokens[0].is_capitalised:
            person, is_person = self._resolve(subject.tokens, spot)
            return person if is_person else None
        if self._described_subject(subject, before):  # `The former model delivered …`: the person named the
            person, is_person = self._resolve(subject.tokens, spot)  # epithet or office stands for
            return person if is_person and _proper(person) else None
        return None

    def _owner_opening(self, before) -> str | None:
        """`His times of 6.61 and 6.62 seconds were well short of …`: the person whose his or her opens
        the sentence `before` (paragraph, tokens, start, end), what the sentence is about."""
        para, tokens, k, end = before
        k += k < end and tokens[k].lower in ("but", "and", "so", "yet")
        if k + 1 >= end or tokens[k].text not in ("His", "Her") or not tokens[k + 1].text[:1].islower():
            return None
        return self.pronoun("he" if tokens[k].text == "His" else "she", (para, tokens[k].start))

    @staticmethod
    def _described_subject(subject: Mention, before) -> bool:
        """Whether the subject of the sentence `before` is an epithet or an office with `the`, whole: not
        `the real star` of `the real star of the show is Kelvin MacKenzie`."""
        toks, tokens, end = subject.tokens, before[1], before[3]
        after = next((t for t in tokens[:end] if t.start >= subject.end), None)
        return toks[0].lower == "the" and (_just_named(toks) is not None or bool(_office(toks))) \
            and (after is None or after.lower != "of")

    def _quoted_by(self, before) -> str | None:
        """`"…," Sanders added.`: the person named right after the quotation that opens the sentence
        `before`, before a verb of saying, who is its subject; not one who asked a question."""
        para, tokens, start, end = before
        if end - start < 3 or not tokens[start].is_quote or tokens[start].text.rstrip(CLOSING).endswith("?"):
            return None  # not `"That would be you?" Borger asked.`: the one asked answers
        named = self._mention_at(para, tokens[start + 1].start)  # `Sanders`, `Donald Trump`
        verb = next((t for t in tokens[start + 1:end] if t.start >= named.end), None) if named else None
        if verb is None or CUE_FORMS.get(verb.lower) in (None, "ask"):
            return None
        return self._person_named_at(para, named.start)

    def _cleft_subject(self, para: int, start: int) -> str | None:
        """`As usual, it was Trump who commanded most of the attention`: the person a cleft sentence
        (`it was … who`) puts first, who is its subject."""
        match = _CLEFT.search(self._paragraph(para), start, start + _CLEFT_REACH)
        return self._person_named_at(para, match.start(1)) if match is not None else None

    def _by_age(self, order: str, sibling: str, at: tuple[int, int]) -> str | None:
        """The older or younger (`order`) of the two people of the sibling's sex whom this paragraph or the few
        before name with an age (`Ali Khan, 34, and Omar Khan, 31,`)."""
        ages = self._written_beside(_age_beside)
        sex = _BY_AGE_SEX[sibling]
        named = {name: int(min(ages[name], key=ages[name].get)) for pos, name, _ in self._candidates(at)
                 if at[0] - pos[0] <= _SCAN_PARAGRAPHS and name in ages and self.names.gender(name) in (sex, None)}
        if len(named) < 2:
            named = self._aged_respectively(at) or named  # `Jamie and Ewan Thompson, aged 19 and 21,`
        if len(named) < 2:
            named = self._parent_and_child(sex, at) or named
        if len(named) != 2 or len(set(named.values())) != 2:
            return None
        return (max if order in _ELDER else min)(named, key=named.get)

    def _parent_and_child(self, sex: str | None, at: tuple[int, int]) -> dict[str, int]:
        """The two people of the sex `sex` whom this paragraph or the few before name, one set off as the other's
        child (`Stefano Conia bends over a violin. ¶ His son, Marco, works beside him.`), with the child the
        younger: each one's canonical name and a rank by age."""
        people = {name for pos, name, _ in self._candidates(at) if at[0] - pos[0] <= _SCAN_PARAGRAPHS and " " in name
                  and self.names.gender(name) in (sex, None)}
        if len(people) != 2:
            return {}
        children = {name for name in people if any((m.title or "").lower() in _CHILDREN
                                                   for m in self.names.mentions_of(name))}  # (`His son, Marco,`)
        return {name: 0 if name in children else 1 for name in people} if len(children) == 1 else {}

    def _aged_respectively(self, at: tuple[int, int]) -> dict[str, int]:
        """The two people of one surname whom the paragraphs before `at` name with their ages in turn (`Jamie and
        Ewan Thompson, aged 19 and 21`): each one's canonical name and age."""
        for para in range(at[0], max(-1, at[0] - _SCAN_PARAGRAPHS - 1), -1):
            text = self._paragraph(para)
            found = _AGED_RESPECTIVELY.search(text, 0, at[1] if para == at[0] else len(text))
            if found is not None:
                first, second, surname, one, other = found.groups()
                return {self.names.canonical((first, surname), (para, found.start())): int(one),
                        self.names.canonical((second, surname), (para, found.start(2))): int(other)}
        return {}

    def _the_accused(self, at: tuple[int, int]) -> str | None:
        """The one person the text before `at` writes as denying, admitting, charged with or on trial for a crime
        (`Paul Green, 52, denies killing`, `Jo Lee is accused of`): whom `the defendant`, `the accused` stands for;
        where the text has put no one there yet, the one person it puts there later (`the defendant can be heard
        saying …. Tom Brown, 30, denies`)."""
        people = {person for pos, person in self._in_the_dock() if pos < at} \
            or {person for _, person in self._in_the_dock()}
        return people.pop() if len(people) == 1 else None

    def _in_the_dock(self) -> list[tuple[tuple[int, int], str]]:
        """Where the text puts each person in the dock (`_ACCUSED`), in order, read once."""
        if self._accused is None:
            self._accused = []
            for n in range(len(self.paragraphs)):
                text = self._paragraph(n)
                for match in sorted([*_ACCUSED.finditer(text), *_TRIED.finditer(text)], key=lambda m: m.start(1)):
                    named = self._mention_at(n, match.start(1))
                    if named is not None and not named.is_org:
                        self._accused.append(((n, match.start(1)), self.names.canonical(named.words, named.at)))
        return self._accused

    def _the_victim(self, at: tuple[int, int]) -> str | None:
        """`Tom Brown, 34, was stabbed in Leeds.` before `the victim's father`: the one person the text has harmed
        before `at` (`_HARMED`), whom no other is named as."""
        harmed = set()
        for n in range(at[0] + 1):
            for match in _HARMED.finditer(self._paragraph(n), 0, at[1] if n == at[0] else _PAST_ANY_END):
                named = self._mention_at(n, match.start(1))
                if named is not None and not named.is_org:
                    harmed.add(self.names.canonical(named.words, named.at))
        return harmed.pop() if len(harmed) == 1 else None

    def _mention_at(self, para: int, start: int):
        """The name mention that starts at `start` of paragraph `para`, if any."""
        return next(iter(self.names.named_between(para, start, start + 1)), None)

    def _person_named_at(self, para: int, start: int) -> str | None:
        """The person whose name starts at `start` of paragraph `para`, if the text gives their sex or
        a title (`Rep. Adam Schiff`)."""
        named = self._mention_at(para, start)
        if named is None or named.is_org:
            return None
        person = self.names.canonical(named.words, named.at)
        return person if self.names.known_person(person) else None

    def _set_apart(self, toks, at: tuple[int, int]) -> frozenset[str]:
        """The people named in an earlier sentence of this paragraph or the one before that also
        speaks of the description `toks` (`But Mr. Trump's words may have affected the former
        president, who …`): two people, so that neither is what the description stands for later."""
        phrase = re.compile(r"\b" + r"\s+".join(re.escape(t.text) for t in toks[1:]) + r"\b", re.I)
        apart: set[str] = set()
        for n in range(max(0, at[0] - 1), at[0] + 1):
            text = self._paragraph(n)[:at[1]] if n == at[0] else self._paragraph(n)
            tokens = None
            for found in phrase.finditer(text):
                if _APPOSED.match(text, found.end()) or _APPOSED_BEFORE.search(text, 0, found.start()):
                    continue  # `Bill Clinton, the former president,` / `former president Bill Clinton`: the same one
                tokens = tokens or self._tokens(self._paragraph(n))
                opening, end = _sentence_bounds(tokens, _token_at(tokens, found.start()), len(text))
                apart |= self.names.mentioned_within(n, opening, end)
        return frozenset(apart)

    def _subject_acting_on(self, at: tuple[int, int]) -> frozenset[str]:
        """The person named as the subject of the sentence `at` is in, before it and not set off beside it
        (`Tom Brown recalled the driver shouting`): whom a description after their verb does not stand for."""
        text = self._paragraph(at[0])
        named = next((m for m in self.names.named_between(at[0], max(0, at[1] - 80), at[1])
                      if not m.is_org and _VERB_BETWEEN.fullmatch(text, m.end, at[1])), None)
        if named is None:
            return frozenset()
        tokens, i, opening = self._sentence_at(at)
        subject = sentence_subject(tokens, opening, i) if opening < i else None
        if subject is None or subject.start != named.start:
            return frozenset()
        return frozenset((self.names.canonical(named.words, named.at),))

    def _sentence_at(self, at: tuple[int, int]):
        """The tokens of paragraph `at[0]`, the index of the first at or after offset `at[1]`, and where
        its sentence opens (past the last token: the end, as if a sentence opened there)."""
        tokens = self._tokens(self._paragraph(at[0]))
        i = _token_at(tokens, at[1])
        return tokens, i, sentence_start(tokens, i) if i < len(tokens) else len(tokens)

    def _former_and_latter(self, at: tuple[int, int]) -> tuple[str, str] | None:
        """The two people (not bodies) named in order before `at` in its sentence, or else in the sentence before,
        for `the former` and `the latter`."""
        here = self._people_between(at[0], sentence_start_in(self._paragraph(at[0]), at[1]), at[1])
        if len(here) == 2:
            return here[0], here[1]  # `Starmer met Sunak, and the latter said`
        before = self._sentence_before_at(at)
        if before is None or here:
            return None
        para, tokens, first, end = before
        named = self._people_between(para, tokens[first].start, tokens[end - 1].end)
        if len(named) > 2:
            named = [name for name in named if self.names.known_person(name)]  # not `Radio` of `Radio 4's Today`
        if not named:  # `Robert Jenrick said …. Kemi Badenoch disagreed.` ¶ `The former minister hit back.` ¶ `The
            back = range(at[0] - 1, max(0, at[0] - _FORMER_LATTER_REACH) - 1, -1)  # latter said`: the two people
            named = next(filter(None, ([name for name in self._people_between(p, 0, _PAST_ANY_END)  # the latest
                                        if self.names.known_person(name)] for p in back)), [])  # paragraph naming
            # anyone names
        return (named[0], named[1]) if len(named) == 2 else None

    def _people_between(self, para: int, start: int, end: int) -> list[str]:
        return list(dict.fromkeys(self.names.canonical(m.words, m.at)
                                  for m in self.names.mentions_between(para, start, end) if not m.is_org))

    def _spoken_of_after_passive(self, at: tuple[int, int], quoted: tuple[int, int], word: str) -> frozenset[str]:
        """`Tom Brown was praised by Jim Hill.` ¶ `"He has been brilliant," he said`: a quotation opening on a he or
        she of the cue's own word speaks of someone; after a passive of judging (`praised`, `criticised`, `thanked`)
        whose subject and agent are both named, of its subject, who is then not the one who speaks."""
        opening = _OPENING_PRONOUN.match(self._paragraph(at[0]), quoted[0])
        if opening is None or opening.group(1).lower() != word:
            return frozenset()
        before = self._sentence_before_at(at)
        if before is None:
            return frozenset()
        para, tokens, start, end = before
        text = self._paragraph(para)
        named = [m for m in self.names.mentions_between(para, tokens[start].start, tokens[end - 1].end)
                 if not m.is_org]
        passive = next((found for m in named[1:] if (
            found := _PASSIVE_OPENING.fullmatch(text, named[0].end, m.start))), None) \
            if len(named) > 1 and named[0].start == tokens[start].start else None
        if passive is None or CUE_FORMS.get(passive.group(1).lower()) not in PERSON_OBJECT:
            return frozenset()  # (not `Tom Brown was sacked by Jim Hill. ¶ "He never liked me," he said`: either's)
        return frozenset({self.names.canonical(named[0].words, named[0].at)})

    def _sentence_before_at(self, at: tuple[int, int]):
        """(paragraph, its tokens, start, end) of the sentence before the one at `at`: in its paragraph, or
        the last of the paragraph before."""
        tokens, _, opening = self._sentence_at(at)
        if opening > 0:
            return at[0], tokens, sentence_start(tokens, opening - 1), opening
        if at[0] == 0:
            return None
        previous = self._tokens(self._paragraph(at[0] - 1))
        if not previous:
            return None
        first, last = last_sentence(previous)
        return at[0] - 1, previous, first, last

    def _named_in_its_sentence(self, at: tuple[int, int], gender: str, avoid, head: str) -> str | None:
        """`According to all those players and even Federer himself, the Swiss star is …`: where no
        one acting may be the epithet, the one person its own sentence names before it."""
        opening = sentence_start_in(self._paragraph(at[0]), at[1])
        named = {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(at[0], opening, at[1])
                 if not m.is_org and not self._an_outlet_addressed(self.names.canonical(m.words, m.at), m.at)}
        named = {name for name in named if self._may_stand_for(name, gender, head) and " " in name}
        return named.pop() if len(named) == 1 and not named & avoid else None  # (not `Speaking on Sky Sports, the
        # pundit said`: where they spoke)

    def _an_outlet_addressed(self, name: str, pos: tuple[int, int]) -> bool:
        """A name of no sex that a speaker told or spoke on (`told Sky Sports`, `Speaking on BBC Radio 4`)."""
        return self.names.gender(name) is None and _ADDRESSED.search(self._paragraph(pos[0]), 0, pos[1]) is not None

    def _of_other_sides(self, toks, head: str, at=None) -> frozenset[str]:
        """The people the text titles with the epithet's role for a side its capitalised words do not
        name: `City manager Pep Guardiola` is not `the Arsenal manager`; nor, before `at`, a description
        of another side's head that spoke (`Arsenal manager` for `the City boss`)."""
        sides = _sides_in(toks)
        if sides and head in _PLAYERS:  # `Arsenal striker Tom Brown` is no `Chelsea striker`; but a club's player
            return frozenset() if sides & PLACES else frozenset(  # may play for a nation: `Real Madrid midfielder
                name for name, named in self._sides_titled(_PLAYERS).items()  # David Beckham` is `the England
                if named and not named & sides and not named & PLACES)  # captain`, or the other way round
        if not sides or head not in _SIDES_HEADS:
            return frozenset()
        described = {name for _, name, _ in self._candidates(at) if _heads_another_side(name, sides)} \
            if at is not None else set()
        titled = self._sides_titled()
        if len(titled) < 2:  # one side's head alone may be called by the side's other name (`Gunners boss`), but
            rivals = {rival.lower() for rival in self._rivals_of(_side_named(toks))}  # not by a side the text sets
            # against that head's (`Arsenal beat Chelsea` … `Chelsea manager Enzo Maresca` … `the Arsenal boss`)
            return frozenset(described | {name for name, named in titled.items() if named & rivals})
        return frozenset(described | {name for name, named in titled.items() if named and not named & sides})

    def _seated_elsewhere(self, toks, head: str) -> frozenset[str]:
        """`Scott Benton, the MP for Blackpool South,` is not `the Rhondda MP`: the people the text sets off as members
        for a seat the epithet's capitalised words do not name."""
        if head not in SEAT_SUFFIXES or len(toks) < 3 or not any(t.is_capitalised for t in toks[1:-1]):
            return frozenset()
        named = {t.bare.lower() for t in toks[1:-1] if t.is_capitalised} - PARTY_WORDS - {"reform", "alliance"}
        if not named:
            return frozenset()  # (`the Tory MP`: a party, no seat)
        seated = set()
        for m in self.names.mentions:
            seat = None if m.is_org or m.in_quote else _MEMBER_FOR.match(self._paragraph(m.para), m.end)
            if seat and named.isdisjoint(seat.group(1).lower().split()):
                seated.add(self.names.canonical(m.words, m.at))
        return frozenset(seated)

    def _played_for(self, toks, head: str) -> frozenset[str]:
        """`Harry Kane scored twice for Bayern Munich.` … `said the Bayern coach`: the people the text has score or
        play for the side a side's head's epithet names, none its head (but `Wayne Rooney scored 253 goals for United.
        He is now Plymouth manager.` … `the Plymouth manager` may be Rooney)."""
        sides = _sides_in(toks) if head in _SIDES_HEADS else None
        if not sides:
            return frozenset()
        played = set()
        for m in self.names.mentions:
            found = None if m.is_org or m.in_quote else _PLAYED_FOR.match(self._paragraph(m.para), m.end)
            if found is not None and found.group(1).lower() in sides:
                played.add(self.names.canonical(m.words, m.at))
        return frozenset(played)

    def _sides_head(self, toks) -> str | None:
        """The one person the text titles as the head (by any of `_SIDES_HEADS`) of the side the epithet names."""
        side = _sides_in(toks)
        heads = [name for name, named in self._sides_titled().items() if side and named & side]
        return heads[0] if len(heads) == 1 else None

    def _rivals_of(self, side: str) -> set[str]:
        """The sides the text sets against `side`: `Chelsea` for Arsenal in `Arsenal beat Chelsea`."""
        against = _set_against(side)
        return {found for text in self.paragraphs for match in against.finditer(text) for found in match.groups()
                if found}

    def _of_other_parties(self, toks) -> frozenset[str]:
        """The people the text titles with another party than the one the epithet names: `Conservative MP Guy
        Opperman` is not `the Labour MP`."""
        parties = _parties_in(tuple(t.bare.lower() for t in toks[1:]))
        if not parties:
            return frozenset()
        return frozenset(name for name in self.names.titled() if (titled := _parties_in(tuple(self.names.roles(name))))
                         and titled.isdisjoint(parties))

    def _sides_named(self, toks, head: str) -> frozenset[str]:
        """The run of capitalised words inside an epithet, and each of them: what the person it describes
        works for or comes from (`Manchester United` in `the Manchester United manager`); for a side's head,
        the sides the text sets against that one too (`Arsenal beat Chelsea`, `Chelsea v Arsenal`)."""
        side = _side_named(toks)
        if not side:
            return frozenset()
        named = frozenset(side.split()) | {side}
        return named | self._rivals_of(side) if head in _SIDES_HEADS else named

    def _sides_titled(self, heads: frozenset[str] | None = None) -> dict[str, set[str]]:
        """Each person the text titles as a side's head (`_SIDES_HEADS`), or with other `heads` (a player's), with the
        capitalised words right before that title (`city` of `City manager Pep Guardiola`); read once."""
        heads = heads or _SIDES_HEADS
        if heads not in self._sides:
            sides = self._sides[heads] = {}
            for m in self.names.mentions:
                if m.is_org or not m.office or m.office[-1] not in heads:
                    continue
                words = _ANY_WORD.findall(self._paragraph(m.para)[max(0, m.start - _SIDE_REACH):m.start])[:-1]
                named = {w.lower() for w in words[-(len(m.office) - 1):] if w[:1].isupper()} if len(m.office) > 1 \
                    else set()  # (the words before the role)
                sides.setdefault(self.names.canonical(m.words, m.at), set()).update(named)
        return self._sides[heads]

    def _of_other_nations(self, demonyms: set[str], at: tuple[int, int]) -> frozenset[str]:
        """The people an epithet of another nation stood for before `at` (`the Australian` for Lleyton
        Hewitt, `The Slovenian finished …` for Tadej Pogacar): no `Swiss star`, no `Dane`."""
        if not demonyms:
            return frozenset()
        nation = {_NATION_OF.get(word, word) for word in demonyms}
        self._read_national_openers(at)
        others = frozenset(person for person, nations in self.nationals.items()
                           if nations and nation.isdisjoint(_NATION_OF.get(word, word) for word in nations)) \
            | self._titled_of_another_nation(nation)
        latest = next((name for _, name, kind in self._candidates(at) if kind in _ACTORS), None)
        if latest in others and latest not in self.nationals and self._heads_a_side(latest):
            return others - {latest}  # `Wales coach Warren Gatland praised his side. ¶ "…," the New Zealander said`:
            # a side's nation is not its head's, when the epithet follows what he did (but no other of its nation)
        return others

    def _heads_a_side(self, name: str) -> bool:
        """Whether the text titles `name` a side's head (`Wales coach Warren Gatland`)."""
        return any(_SIDES_HEADS.intersection(m.office) for m in self.names.mentions_of(name))

    def _read_national_openers(self, at: tuple[int, int]) -> None:
        """Give the people a nation's epithet opening a sentence as its subject (`The Slovenian finished ahead of
        Jonas Vingegaard`) stood for, in the few paragraphs up to `at`, that nation: the person latest named as a
        subject or a speaker before it, whom such an epithet stands for."""
        for para in range(max(0, at[0] - _SCAN_PARAGRAPHS), at[0] + 1):
            text = self._paragraph(para)
            for m in _NATIONAL_OPENING.finditer(text, 0, at[1] if para == at[0] else len(text)):
                word = m.group(1).lower()
                if word not in DEMONYMS or (para, m.start(1)) in self._national_openers:
                    continue
                self._national_openers.add((para, m.start(1)))
                person = self._person_named_before((para, m.start(1)), "", head=word)
                if person is not None and person not in self.nationals:
                    self.nationals[person] = {word}

    def _titled_of_another_nation(self, demonyms: set[str]) -> frozenset[str]:
        """The people the text titles with another nation's office (`Russian President Vladimir Putin` is no
        `American`) or names as another country's (`Spain's Carlos Alcaraz` is no `Italian`)."""
        if self._national_titles is None:
            self._national_titles = {}
            for m in self.names.mentions:
                words = {w for w in (*m.office, *m.set_off) if w in NATION_ADJECTIVES or w in DEMONYMS
                         or w in _COUNTRY_ADJECTIVES} if not m.is_org else ()  # (`US Ambassador Linda …`, `The
                # US ambassador, Linda …,`)
                owner = self._place_owning(m) if not m.is_org and not m.is_place else None
                if owner in COUNTRIES:
                    words = {*words, owner}
                apposed = None if m.is_org else _NATION_APPOSED.match(self._paragraph(m.para), m.end)
                if apposed and apposed.group(1).lower() in DEMONYMS:
                    words = {*words, apposed.group(1).lower()}  # `Carlos Alcaraz, the Spaniard,`
                if words:
                    self._national_titles.setdefault(self.names.canonical(m.words, m.at), set()).update(words)
        return frozenset(person for person, words in self._national_titles.items()
                         if not any(_of_the_country(word, demonym) or _of_the_country(demonym, word)
                                    for word in words for demonym in demonyms))

    def _owner_here(self, at: tuple[int, int], gender: str, avoid, head: str) -> str | None:
        """The person who last owned something in this paragraph before `at`, where no one acted in it
        (`Trump's unwillingness`), if an epithet may stand for them."""
        owner = self.names.latest_actor(at)
        here = next((pos for pos, name, _ in self._candidates(at) if pos[0] == at[0] and name == owner), None) \
            if owner is not None else None
        if here is None or self._owned_under_a_pronoun(here):
            return None
        return owner if owner not in avoid and self._may_stand_for(owner, gender, head) else None

    def _owned_under_a_pronoun(self, at: tuple[int, int]) -> bool:
        """`He opted to bring Steve Finnan's cross down`, `His times were well short of Maurice Greene's
        world record`: an owner in a sentence a he or she (or what is his or hers) opens, whom it is about,
        as the epithet after may be."""
        text = self._paragraph(at[0])
        start = sentence_start_in(text, at[1])
        opening = _PRONOUN_SUBJECT.match(text, start) or _OWNED_SUBJECT.match(text, start)
        return opening is not None and opening.start(1) < at[1]

    def _may_stand_for(self, name: str, gender: str, head: str) -> bool:
        """Whether an epithet with this `head` and `gender` may stand for `name`: a capitalised name
        (not `reporter`, a description, for `the businessman`), not titled with another side's role
        (`manager Jose Mourinho` for `the defender`), owning no people (`Arsenal's Sol Campbell`), no
        group (`MPs`, `UK Muslims`), for a role no one named as a relation or as one things happen to (`Her father,
        Scott Swift,` for `the star`, `The victim, Paul Fellows,` for `the MP`), and of the `gender` where both are
        known."""
        known = self.names.gender(name)
        roles = self.names.roles(name) | self.names.set_off(name) | self.callings.get(name, set())  # (`the singer`
        # is no `tight end`; `the Tesla boss` no `Dan Ives, an analyst at Wedbush,`)
        return name[:1].isupper() and not (head and _other_side(head, roles)) and not _of_another_party(name, head) \
            and not self.names.owns_people(name) and not _a_group(name) \
            and not self._introduced_otherwise(head, name) and not (gender and known and known != gender) \
            and not self._of_another_age(name, head) \
            and not (known is None and head not in _PLAYERS and self._a_persons_work(name)) \
            and not self._docked(name, head) \
            and not (head in _AMERICAN_PARTIES and name in self._titled_of_another_nation({"american"})) \
            and not (" " in name and name.rsplit(" ", 1)[1] in SPOKES_ROLES and head not in SPOKES_ROLES)
        # (`Bode Paver's Wolf Tale …. The director`: a work, though no work plays; `Paul Green was jailed. ¶ The
        # judge said`: not the one in the dock; `Israeli Prime Minister Benjamin Netanyahu` is no `Republican`; a
        # body's spokesman, unnamed, is no `billionaire`)

    def _docked(self, name: str, head: str) -> bool:
        """Whether `head` is a role of the court or the police (`judge`, `coroner`, `detective`) and the text puts
        `name` in the dock: someone no such role stands for."""
        return head in _BENCH_AND_BADGE and any(person == name for _, person in self._in_the_dock())

    def _an_office_for_kin(self, head: str, name: str) -> bool:
        """`Rishi Sunak and his wife, Akshata Murty, attended. The former prime minister said`: an office's word
        stands for no one the text names as someone's relation anywhere (the latest-person search's own check, which
        sets them apart; `_introduced_otherwise` asks, wherever an epithet looks, only of those named so first); `the
        mother-of-three`, no one named as someone's child (`her daughter Chloe`)."""
        if _PARENT.fullmatch(head):
            return not self.names.relations(name).isdisjoint(_CHILDREN)
        return head in ROLE_WORDS and self.names.related(name)

    def _introduced_otherwise(self, head: str, name: str) -> bool:
        """`Her father, Scott Swift,` is no `star`, `The victim, Paul Fellows,` no `MP`, `His wife, Nadine,` no `New
        Jersey Democrat`: a calling (an office, a trade, a party's member) stands for no one the text names first as
        someone's relation, nor as one things happen to, wherever an epithet looks; a word for kin, the young or the
        old may (`her granddaughter Mary, 20,` is `the student`, `Her mum, Mary Lee,` `the proud mother`)."""
        return (head in ROLE_WORDS or head in _PARTISANS or head in _TRADESPEOPLE or learned_trade(head)) \
            and head not in _AGES_OF_WORDS and head not in RELATIONS \
            and (self.names.introduced_as_kin(name) or self._introduced_as_one_affected(name))

    def _introduced_as_one_affected(self, name: str) -> bool:
        """Whether a word for one things happen to stands right before the first mention of `name` (`The victim, Paul
        Fellows,`, `passenger Ann Lee`)."""
        first = self.names.mentions_of(name)[:1]
        if not first:
            return False
        text, m = self._paragraph(first[0].para), first[0]
        named = text.find(m.words[0], m.start, m.end)  # (a word before the name may open the mention)
        return _AFFECTED_BEFORE.search(text, max(0, m.start - 20), named if named >= 0 else m.start) is not None

    def _aged_so(self, head: str, at: tuple[int, int], by_word: bool = False) -> str | None:
        """`the 27-year-old` after `Emma Raducanu, 22, beat Marie Bouzkova, 27,`: the one person the text gives
        that age before `at`, however many have spoken since; `by_word`, also a word for the young or the old (`The
        teenager's mother` after `Arion Kurtaj, 18,`: whose relation the text goes on to, though others spoke since)."""
        age = _AGE_HEAD.fullmatch(head)
        span = _AGES_OF_WORDS.get(head) if age is None and by_word else None
        if age is None and (span is None or span[1] - span[0] > _NARROW_SPAN):
            return None
        found = {name for name, ages in self._ages().items()
                 if any(where < at and (written == age.group(1) if age is not None
                                        else span[0] <= int(written) < span[1]) for written, where in ages.items())}
        return found.pop() if len(found) == 1 else None  # (no student's: its span takes in most adults)

    def _ages(self) -> dict[str, dict[str, tuple[int, int]]]:
        """The ages the text writes beside people's names, and beside the epithets that stood for them so far."""
        named = self._written_beside(_age_beside)
        if not self.described_ages:
            return named
        return {name: {**self.described_ages.get(name, {}), **named.get(name, {})}
                for name in named.keys() | self.described_ages.keys()}

    def _of_another_age(self, name: str, head: str) -> bool:
        """`the 37-year-old` is no one the text gives another age (`Carlos Alcaraz, 21,`); nor a word for the old or
        the young one of an age it does not stand for (`Ann Lee, 82, and her granddaughter Mary, 20,`: `the
        pensioner` is not Mary, `the student` not Ann)."""
        age = _AGE_HEAD.fullmatch(head)
        span = _AGES_OF_WORDS.get(head) if age is None else None
        if age is None and span is None:
            return False
        ages = self._ages().get(name)
        if span is not None:
            return bool(ages) and not span[0] <= int(min(ages, key=ages.get)) < span[1]
        return bool(ages) and age.group(1) not in ages

    def _he_or_she_just_before(self, at: tuple[int, int]) -> bool:
        """Whether the sentence before `at` has a he or a she (`She will now meet Venus Williams`: Venus is not she)."""
        before = self._sentence_before_at(at)
        return before is not None and any(t.lower in ("he", "she") for t in before[1][before[2]:before[3]])

    def _only_one_named(self, at: tuple[int, int], gender: str, avoid, head: str) -> str | None:
        """`Norwich have signed Charlton midfielder Graham Stuart. ¶ "…," the 34-year-old told …`: with
        no person acting, the one person named at all in this sentence and the one before, of the
        `gender` where it is known, unless the caller `avoid`s them."""
        since, _ = _sentence_around(self.paragraphs, at[0], self._tokens(self._paragraph(at[0])), at[1],
                                    self.single_style)
        found = {(pos, name) for pos, name, _ in self._candidates(at) if pos >= since and " " in name
                 and self._may_stand_for(name, gender, head) and not (gender and self._may_be_a_work(name))
                 and not (head not in _PLAYERS and self._may_be_a_work(name) and self._owned_by_the_name_before(pos))
                 # (`Taylor Swift's Eras Tour`: her work, whatever the epithet's sex; but no work plays)
                 and not self._an_outlet_addressed(name, pos)}
        # (`Manager Tom Hill told Sky Sports: "…"` ¶ `"…," the winger added`: not the outlet told)
        named = {name for _, name in found}
        if len(named) > 1 and head in _PLAYERS:  # `Real Madrid's Jude Bellingham has had surgery`: not his side
            named = named - {self._owners_name(pos) for pos, _ in found} or named
        if len(named) > 1:  # `the signing of Florian Wirtz from Bayer Leverkusen`: not the place or club he came from
            named = {name for pos, name in found if not _FROM_BEFORE.search(self._paragraph(pos[0]), 0, pos[1])} \
                or named
        if head in _SIDES_HEADS and not self._side_head_between(since, at):  # `Arsenal beat Chelsea with a goal
            named = {name for name in named if self.names.roles(name) & _SIDES_HEADS}  # from Bukayo Saka`: no
            # manager named; but `appointed Graham Stuart as manager`
        return named.pop() if len(named) == 1 and not named & avoid else None

    def _owned_by_the_name_before(self, pos: tuple[int, int], by_a_person: bool = False) -> bool:
        """Whether the name at `pos` comes right after another's possessive (`Taylor Swift's Eras Tour`), `by_a_person`
        a full name's (not `Arsenal's Sol Campbell`)."""
        owner = self._owner_right_before(pos)
        return owner is not None and (not by_a_person or len(owner.words) > 1 and not owner.is_org)

    def _owners_name(self, pos: tuple[int, int]) -> str | None:
        """The name whose possessive stands right before the name at `pos`, if there is one."""
        owner = self._owner_right_before(pos)
        return None if owner is None else self.names.canonical(owner.words, owner.at, owner.is_org)

    def _owner_right_before(self, pos: tuple[int, int]):
        """The mention whose possessive stands right before the name at `pos` (`Taylor Swift's` of `Taylor Swift's
        Eras Tour`), if there is one."""
        before = self.names.mentions_between(pos[0], max(0, pos[1] - 60), pos[1])
        return before[-1] if before and before[-1].possessive and before[-1].end + 1 == pos[1] else None

    def _side_head_between(self, since: tuple[int, int], at: tuple[int, int]) -> bool:
        """A word for a side's head (`manager`) in the text from `since` up to `at`."""
        text = self._paragraph(since[0])[since[1]:] if since[0] < at[0] else ""
        text += " " + self._paragraph(at[0])[since[1] if since[0] == at[0] else 0:at[1]]
        return not _SIDES_HEADS.isdisjoint(_ANY_WORD.findall(text.lower()))

    def _may_be_a_work(self, name: str) -> bool:
        """A name of no sex, opening on no given name, with no role (none set off either: `Michelin's director,
        Gwendal Poullennec,`), never a speaker so far nor called by its last word alone (`Polar Express is based on
        a children's book`): perhaps a work's, which no epithet of a sex stands for before a person further back."""
        return self.names.gender(name) is None and _no_given_name(name) and name not in self.people \
            and not self.names.roles(name) and not self.names.called_by_surname(name) \
            and not self.names.set_off(name)

    def _a_quotation_alone(self, para: int) -> bool:
        """Whether paragraph `para` is one quotation and nothing else (`“We ran out of fuel”`): a page's pull quote
        between the paragraphs a story reads as next to each other."""
        text = self._paragraph(para).strip()
        return len(text) > 2 and text[0] in _OPENING_MARKS and text[-1] in _CLOSING_MARKS \
            and not any(mark in text[1:-1] for mark in _OPENING_MARKS)

    def _opens_on_a_quotation(self, para: int) -> bool:
        """Whether paragraph `para` opens on a quotation mark: newswire's paragraph of a quotation and its cue."""
        return self._paragraph(para)[:1] in _OPENING_MARKS

    def _body_reporting_just_before(self, at: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """(position, name) of the body the paragraph before names last as a main subject, if that subject is of a
        cue (`The BBC said it accepted the ruling.` ¶ `"…," it said`): what `it` stands for over a body that spoke
        before it (`"…," the regulator said`)."""
        if not self._opens_on_a_quotation(at[0]):
            return None  # the `it` of a quotation's cue, the paragraph opening on the quotation (not `It added that`)
        latest = next(self.names.subject_bodies_before(at, since=at[0] - 1, main_only=True), None)
        if latest is None or latest[0][0] != at[0] - 1 or not self._one_thing(latest[1]):
            return None
        named = self._mention_at(*latest[0])
        return latest if named is not None and named.before_cue else None

    def _latest_thing(self, at: tuple[int, int]) -> str | None:
        """`it`: the latest speaker that is not a person (`the email`, `the company`), from this
        paragraph or the two before, or a body described with `the` since (`The committee found
        …. It warned`; in the paragraph before when no body that speaks is named after it: `The
        company also unveiled …` ¶ `It added`) or a body that is a subject since (`The Financial
        Times also reported …. It quoted`); else a body named earlier in this paragraph (`The Security Council … what it
        called`), or a one-word speaker that may be one, or a body that was a subject in the
        paragraph before; else no one, rather than any place or body named before."""
        hung = self._body_before_which(at)
        if hung is not None:
            return hung  # `a company called Cambridge Analytica, which specializes in … what it calls "…"`
        one = self._one_thing
        thing = next(((pos, name) for pos, name in reversed(self.things) if pos < at and one(name)), None)
        described = next(((pos, name) for pos, name in reversed(self.bodies) if pos < at and pos[0] == at[0]), None)
        if described is None:  # `The company also unveiled …` ¶ `It added`: unless a body that speaks comes after
            before = next(((pos, name) for pos, name in reversed(self.bodies) if pos[0] == at[0] - 1), None)
            if before is not None and not any(pos > before[0] for pos, _ in self.names.subject_bodies_before(
                    at, since=at[0] - 1)):
                described = before
        subject = next((c for c in self.names.subject_bodies_before(at, since=at[0]) if one(c[1])), None) \
            or self._body_reporting_just_before(at)
        if thing is not None and at[0] - thing[0][0] > _IT_PARAGRAPHS:
            thing = None
        if subject is not None and thing is not None and thing[1].startswith(subject[1] + " ") \
                and subject[0][0] == thing[0][0] and 0 <= subject[0][1] - thing[0][1] <= len("The "):
            subject = None  # `The IPCC report states: "…" It also adds`: the report that spoke, not the IPCC in it
        place = self._acting_place(at)  # `South Korea moved to steady the markets. It issued a statement that "…"`
        latest = max((c for c in (described, subject, place) if c is not None), default=None)
        if latest is not None and (thing is None or latest[0] > thing[0]):
            return latest[1]
        spoken = next(((pos, name) for pos, name in reversed(self.speakers)  # `Turkcell said …. "…," it warned`
                       if pos < at and at[0] - pos[0] <= 1 and self.names.may_be_body(name)), None)
        if thing is not None and spoken is not None and spoken[0] > thing[0] and spoken[0][0] == at[0]:
            return spoken[1]  # `Wimpey said …. "…," it added`, not a body that spoke before it
        if thing is not None:
            return thing[1]
        body = next((name for name in self.names.orgs_before(at, bodies_only=True, para=at[0]) if one(name)), None)
        if body:
            return body
        before = next((c for c in self.names.subject_bodies_before(at, since=at[0] - 1) if one(c[1])), None)
        if spoken or before:
            return spoken[1] if spoken else before[1]
        return self._body_subject_further_back(at)

    def _body_subject_further_back(self, at: tuple[int, int]) -> str | None:
        """`Thames Water said …` ¶ `Resident Tom Brown said …` ¶ `It said`, `Its spokesman said`: the body a subject
        within `_IT_PARAGRAPHS` before `at`, when only people are named since and the it opens its sentence (past a
        phrase: `In a statement, it said`; not `a passage from the Quran where it states`)."""
        text = self._paragraph(at[0])
        if not _OPENING_PHRASE.fullmatch(text, sentence_start_in(text, at[1]), at[1]):
            return None
        far = next((c for c in self.names.subject_bodies_before(at, since=max(0, at[0] - _IT_PARAGRAPHS))
                    if self._one_thing(c[1])), None)
        return far[1] if far is not None and not self.names.other_bodies_between(far[0], at, far[1], any_body=True) \
            else None  # (nor past any body named since: `Tom Brown, of the Consumer Council for Water,`)

    def _named_again(self, body: str, since: tuple[int, int], at: tuple[int, int]) -> tuple[int, int] | None:
        """Where the text last names the body after `since`, before `at`, outside a quotation, by its name or its
        initials (`an FA spokesperson` after `The Football Association (FA)`)."""
        names = _name_and_initials(body)
        return max((m.at for m in self._mentions_from(since, at)
                    if m.at > since and self.names.canonical(m.words, m.at) in names), default=None)

    def _mentions_from(self, since: tuple[int, int], at: tuple[int, int]):
        """The mentions outside quotations from `since` up to `at`, across paragraphs."""
        for para in range(since[0], at[0] + 1):
            yield from self.names.mentions_between(para, since[1] if para == since[0] else 0,
                                                   at[1] if para == at[0] else _PAST_ANY_END)

    def _the_storys_body(self, body: str, pos: tuple[int, int], at: tuple[int, int]) -> bool:
        """Whether `body`, a subject at `pos` in the lead, is the one the headline names too, and no other body has
        spoken or acted since (an analyst of another firm may have): the story's, which `the company` stands for."""
        return pos[0] <= 1 and any(m.para == 0 for m in self.names.mentions_of(body)) and not any(
            p > pos and kind != "mention" and name != body and self.names.may_be_body(name)
            for p, name, kind in self._candidates(at))

    def _the_leads_sole_body(self, body: str, pos: tuple[int, int], at: tuple[int, int]) -> bool:
        """Whether `body`, a subject at `pos` in the lead, is the one name before `at` that may be a body's (people
        alone have acted since) and no public body: the business the story is about."""
        return pos[0] <= 1 and not _a_public_body(body) and not any(
            m.at < at and not m.in_quote and not m.is_place and self._another_body(m, body)
            for m in self.names.mentions)

    def _another_body(self, m, body: str) -> bool:
        """Whether the mention `m` may name a body other than `body`: marked as one, a name of no person, or whom an
        analyst works at (`an analyst at AJ Bell`); not a town a plant is in (`its plant in Leeds`), nor the body's
        own short name."""
        name = self.names.canonical(m.words, m.at)
        text = self._paragraph(m.para)
        employer = _AT_A_BODY.search(text, max(0, m.start - 4), m.start) is not None
        town = _IN_A_PLACE.search(text, max(0, m.start - 6), m.start) is not None
        if posted_on(text, m):
            return False  # `In a post on X, the company said`: where it posted, no body
        same = name == body or body.startswith(name + " ") or len(m.words) == 1 and m.words[0].lower() in BODY_NOUNS
        # (`Acme` of `Acme chief executive Tom Brown`: the body's short name; `Union official Ann Smith`: a word)
        return not same and (m.is_org or self.names.may_be_body(name) or employer) and not town

    def _body_before_which(self, at: tuple[int, int]) -> str | None:
        """The body named just before `, which` when `it` is in that relative clause, in its sentence."""
        text = self._paragraph(at[0])
        clause = _WHICH_CLAUSE.search(text, sentence_start_in(text, at[1]), at[1])
        if clause is None:
            return None
        comma = clause.start()
        hangs = any(m.end == comma and m.is_org for m in self.names.mentions_between(at[0], 0, comma))
        return next(self.names.orgs_before((at[0], comma)), None) if hangs else None

    def _acting_place(self, at: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """A country or city that is the first subject of the sentence just before `it`'s (`On
        Wednesday, South Korea moved to steady the markets. It issued …`)."""
        text = self._paragraph(at[0])
        opening = sentence_start_in(text, at[1])
        if not opening:
            return None
        before = sentence_before_start(text, opening)
        subject = next((m for m in self.names.mentions_between(at[0], before, opening) if m.is_subject), None)
        if subject is None or not subject.is_place or subject.subordinate:
            return None
        return subject.at, self.names.canonical(subject.words, subject.at)

    def _one_thing(self, name: str) -> bool:
        """What `it` may stand for: not two (`Smith and Jones`, `the Tories and Lib Dems`, but
        `the Commons science and technology committee` is one) or a group of people (`Opposition
        MPs`, `Republicans`)."""
        last = name.rsplit(" ", 1)[-1].lower()
        return all(name != pair for _, pair in self.pairs) \
            and not (" and " in name and _many(name) and last not in ORG_WORDS) \
            and not (group_word(last) and last not in COLLECTIVES and last not in ORG_WORDS) \
            and not (plural(last) and singular(last) in COLLECTIVES)  # but `The Times`; not `Crowds`

    def possessor(self, word: str, at: tuple[int, int], apart=frozenset()) -> str | None:
        """his/her in `his spokeswoman`: the latest person of that gender named, quotations included;
        its/their: the latest body that is a subject in the paragraph (`Opera can also magnify text
        …, its developers said`, not `the Windows version` before it), else the latest body named,
        else a name in the paragraph that may be a body's (`Net browser Opera 8.0 … its authors`). A his or her
        is none of those held `apart`."""
        if word == "their" and (person := self._singular_they(at)):
            return person  # `Sam Smith, who uses they/them pronouns, …. Their manager said`
        if word == "their" and (group := self._their_group(at)):
            return group  # `The unions said they would strike. "…," their leader said`
        if word == "its" and (text := self._text_opening_before(at)):
            return text  # `The research, published in the BMJ, followed 100,000 people. Its authors wrote`: the research's
        if word not in ("his", "her"):
            subject = next(self.names.subject_bodies_before(at, since=at[0], main_only=True), None)
            return subject[1] if subject else self._body_that_spoke(at) or next(
                (name for name in self.names.orgs_before(at) if self._below_the_headline(name)
                 and not self._a_product(name)), None) or next(
                (name for pos, name, kind in sorted(self.names.events_before(at), reverse=True)
                 if (pos[0] == at[0] or pos[0] == at[0] - 1 and kind == "subject") and self.names.may_be_body(name)),
                None) or self._body_subject_further_back(at)  # (`Nvidia became the first $5tn company. ¶ "…," its
            # boss said`: a subject just before)
        want = "m" if word == "his" else "f"
        events = sorted((e for e in self.names.events_before(at, quoted=True) if e[1] not in apart),
                        key=lambda e: e[0], reverse=True)
        if self._opens_sentence_at(at):  # `Lando Norris won ahead of Oscar Piastri. ¶ His team-mate said`: the
            acted = next(((pos, name) for pos, name, kind in events if kind != "mention"  # subject before, of
                          and at[0] - pos[0] <= 1 and self.names.gender(name) == want), None)  # that sex
            described = self._sexed_description_before(at, want, across=True) \
                or self._description_owning_before(at, want)
            if described is not None:
                return described  # `Dave Smith said …. ¶ The man was taken to hospital. His mother said`: the man's;
                # `The victim, a 70-year-old man, suffered a broken jaw. ¶ His son said`: the victim's
            if acted and not any(acted[0] < pos and kind != "mention" for pos, _, kind in events):
                return acted[1]
        for pos, name, _ in events:
            if at[0] - pos[0] > _SCAN_PARAGRAPHS:
                break
            if self.names.gender(name) == want or self.names.gender(name) is None and self.sexes.get(name) == want:
                return name
        return self._subject_after_opening_phrase(at, want) or self.pronoun("he" if want == "m" else "she", at, apart)

    def _a_product(self, name: str) -> bool:
        """Whether the text writes `name` only before a word for its maker or owner (`The Ben & Jerry's maker`): a
        product, no body an `its` stands for."""
        mentions = self.names.mentions_of(name)
        return bool(mentions) and all(_MAKER_AFTER.match(self._paragraph(m.para), m.end) for m in mentions)

    def _subject_after_opening_phrase(self, at: tuple[int, int], want: str) -> str | None:
        """`According to her lawyer, Jane Smith "never intended …"`: with no one of the sex named before, the his or
        her of a phrase opening the sentence stands for the subject the comma after it opens on."""
        text = self._paragraph(at[0])
        opening = sentence_start_in(text, at[1])
        comma = text.find(",", at[1])
        if comma < 0 or any(c.isupper() for c in text[opening + 1:at[1]]) or SENTENCE_STOP.search(text, at[1], comma):
            return None
        after = next(iter(self.names.named_between(at[0], comma + 1, len(text))), None)
        if after is None or after.in_quote or after.is_org or text[comma + 1:after.start].strip():
            return None
        name = self.names.canonical(after.words, after.at)
        return name if self.names.gender(name) in (want, None) else None

    @functools.cached_property
    def _the_deceased(self) -> str | None:
        """The one person the headline or the lead says has died (`Sir Terry Wogan, who has died aged 77,`, `Terry
        Wogan dies at 77`, `Michael Gambon has died`), whose family a his or her family is."""
        dead = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.para <= 2 and not m.is_org
                and _DIED.match(self._paragraph(m.para), m.end)
                and not _HOME_BEFORE.search(self._paragraph(m.para), 0, m.start)}
        return dead.pop() if len(dead) == 1 else None

    def _text_opening_before(self, at: tuple[int, int]) -> str | None:
        """`research` for an its opening a sentence right after one in this paragraph that opens on `The` and a
        word for a text that reports (`The research, published in the BMJ, followed …`), its subject."""
        if not self._opens_sentence_at(at):
            return None
        before = self._sentence_before_at(at)
        if before is None or before[0] != at[0]:
            return None
        tokens, first = before[1], before[2]
        head = first + 1
        if head + 1 >= len(tokens) or tokens[first].lower != "the" or tokens[head].lower not in _REPORTING_TEXTS \
                or tokens[head + 1].is_capitalised:
            return None
        return tokens[head].lower

    def _their_group(self, at: tuple[int, int]) -> str | None:
        """The plural group (`The unions`, `Lawyers for the family`) a their at `at` stands for, as the they
        there would: the subject of its sentence before it, or of the sentence before (in the paragraph
        before, for the first)."""
        tokens = self._tokens(self._paragraph(at[0]))
        p = next((k for k, t in enumerate(tokens) if t.start == at[1]), None)
        before = self._tokens(self._paragraph(at[0] - 1)) if at[0] > 0 else None
        group = group_before(tokens, p, before) if p is not None else None
        if group is None:
            return None
        para = at[0] if any(t is group.tokens[0] for t in tokens) else at[0] - 1
        return self._resolve(group.tokens, (para, group.start))[0]

    def _in_court(self, role_toks) -> frozenset[str]:
        """For counsel (`his barrister`): those the text titles counsel or a judge, whose counsel it is not (`Prosecutor
        Ian Green told the jury …. In mitigation, his barrister said`)."""
        if not role_toks or role_toks[-1].lower not in _COUNSEL:
            return frozenset()
        return self._titled_as(_COUNSEL | _BENCHERS)

    def _kin_owned_alike(self, owner: str, role_toks, at: tuple[int, int]) -> frozenset[str]:
        """For kin (not a spouse) a his or her owns: the kin the same his or her owned just before, whose owner this
        one is too (`Her mother, Nicola Rees, said …. ¶ Her father added`: Jess's father, not Nicola's)."""
        if owner not in ("his", "her") or len(role_toks) != 1 or role_toks[0].lower not in RELATIONS \
                or role_toks[0].lower in _SPOUSES:
            return frozenset()
        sex = "m" if owner == "his" else "f"
        opening = sentence_start_in(self._paragraph(at[0]), at[1])  # (not the kin opening this sentence: `His brother,
        # Paul, told the court his brother had said`, Paul's)
        return frozenset(self.names.canonical(m.words, m.at) for para in range(max(0, at[0] - 1), at[0] + 1)
                         for m in self.names.mentions_between(para, 0, opening if para == at[0] else _PAST_ANY_END)
                         if not m.is_org and kin_owner(self._paragraph(para), m.start) == sex)

    def _below_the_headline(self, name: str) -> bool:
        """Whether the text names `name` below its headline (not `News` of `News in brief` alone)."""
        return any(self._paragraph(m.para) != self.headline for m in self.names.mentions_of(name)) \
            or not self.names.mentions_of(name)

    def _opens_sentence_at(self, at: tuple[int, int]) -> bool:
        """Whether a sentence opens at `at`: the paragraph's start, or after a full stop."""
        text = self._paragraph(at[0])
        return not text[sentence_start_in(text, at[1]):at[1]].strip()

    def _candidates(self, at):
        """(position, canonical, kind) before `at`, latest first, within `_FARTHEST_BACK` paragraphs: a
        pronoun stands for no one a long document last named pages before (and a transcript's or a
        book's every pronoun would read all its names)."""
        since = max(0, at[0] - _FARTHEST_BACK)
        events = list(self.names.events_before(at, since=since))
        first, last = bisect_left(self.speakers, ((since, 0),)), bisect_left(self.speakers, (at,))
        events += [(pos, name, "speaker") for pos, name in self.speakers[first:last]]
        if self.captions:  # `POOL New/Reuters.` ¶ `Sanford police officer Timothy Smith holds up the gun …` ¶
            events = [e for e in events if e[0][0] not in self.captions or e[0][0] == at[0]]  # `"…," he added`:
            # not the officer, unless in the caption itself
        return sorted(events, key=lambda e: e[0], reverse=True)

    def _first_agreeing(self, pool, kinds, want, strict, known_first=False) -> str | None:
        """The latest candidate of known matching gender; else the latest that may agree."""
        fallback = None
        for _, name, kind in pool:
            if kind not in kinds:
                continue
            if self.names.gender(name) == want and (known_first or fallback is None):
                return name
            if fallback is None and not strict and self._agrees(name, want, kind):
                fallback = name
                if not known_first or kind == "speaker" and (" " in name or name.islower() and not people_word(name)):
                    return name  # `Economist Colen Garrow said …. "…," he said`: the one who just spoke; `one
                    # dealer, who asked not to be named, told Reuters …. "…," he said`: a description too
        return fallback

    def _agrees(self, name: str, want: str, kind: str) -> bool:
        """Known gender must match; unknown passes for a person already quoted, the subject of a
        speech verb (`Burton explained`), or a subject with a full name or a title (`President Obama backed
        her up`); never for a place, a
        body or a group (`North Carolina`, `the campaign`, `Most Powerful Things Latinos`)."""
        gender = self.names.gender(name)
        if gender is not None:
            return gender == want
        if name in self.sexes:
            return self.sexes[name] == want
        head = name.rsplit(" ", 1)[-1]
        if head.islower() and (plural_of_person(head) or head in _SEXED_PLURALS):
            return False  # `the two men had agreed …. He added`: people in the plural are no he
        if head.islower() and role_gender(head) is not None:
            return role_gender(head) == want  # `woman`, `Tony Blair's spokeswoman`: the word gives the sex (not
            # the `King` of Billie Jean King)
        if head.lower() in SPOKES_ROLES:
            return True  # `Universities and Colleges Employers' Association spokesperson`
        if all(w.lower() in PLACES for w in name.split()) and not any(m.aged for m in self.names.mentions_of(name)):
            return False  # `White America embracing Obama announced …`: a place, though it spoke (not `Jordan, 19,`)
        if _looks_like_org(name) and name not in self.people or group_word(head.lower()) or _a_venue(name) \
                or head.islower() and head in COLLECTIVES or self.names.labelled_body(name):
            return False  # `the defence said`, `water firm Aguas Argentinas told`: no he; but `Tory co-chairman
            # Liam Fox said`, a person whatever his name shares with bodies
        return name in self.people or kind == "speaker" or kind == "subject" and (
            " " in name or self.names.roles(name) or self._in_a_mood(name)) \
            or kind == "mention" and (name in self._described_names()  # `by IIyse Hogue, president of NARAL. She`
                                      or " " in name and (self.names.given_an_office(name)  # `did not impress Tory
                                                          or self.names.marked_as_person(name)))
        # shadow education secretary Tudedi Pevin. "…," he said`

    def _in_a_mood(self, name: str) -> bool:
        """Whether the text has `name` (one word) feel as a person feels, the subject of a singular form of be:
        `Arteta was frustrated`, `Smith is furious`. A person, as no body or side (`Arsenal were frustrated`) is a he
        or she."""
        if name not in self._moods:  # (asked once a name)
            self._moods[name] = any((felt := _IN_A_MOOD.match(self._paragraph(m.para), m.end))
                                    and felt.group(1) in _PERSONS_MOODS
                                    for m in self.names.mentions if m.is_subject and m.words == (name,))
            # (not `mentions_of`: its index costs more than this one word's few mentions)
        return self._moods[name]

    def _described_names(self) -> frozenset[str]:
        """Full names written with an appositive (`IIyse Hogue, president of NARAL`): people, though
        the text never says which sex."""
        if self._described_cache is None:
            self._described_cache = frozenset(self.names.canonical(m.words, m.at) for m in self.names.mentions
                                              if m.described and not m.is_org and len(m.words) > 1
                                              and not self._owned_by_the_name_before(m.at, by_a_person=True))
            # (not `Bode Paver's Wolf Tale, a fantasy …,`: a full name's work)
        return self._described_cache

    def _a_persons_work(self, name: str) -> bool:
        """A name the text writes only right after a full name's possessive (`Bode Paver's Wolf Tale`) or a
        possessive pronoun (`Taylor Swift has thanked fans as her Eras Tour ended`)."""
        if name not in self._works:  # (asked once a name)
            mentions = self.names.mentions_of(name)
            self._works[name] = bool(mentions) and all(self._owned_by_the_name_before(m.at, by_a_person=True)
                                                       or self._after_a_possessive_pronoun(m.at) for m in mentions)
        return self._works[name]

    def _after_a_possessive_pronoun(self, pos: tuple[int, int]) -> bool:
        """Whether the name at `pos` comes right after `his`, `her`, `their`, … (`her Eras Tour`)."""
        return _POSSESSIVE_PRONOUN_BEFORE.search(self._paragraph(pos[0]), max(0, pos[1] - 9), pos[1]) is not None

    def _the_spokesperson(self, toks, at) -> str | None:
        """`the spokesman`: the spokesperson who spoke last (`A spokesman for the ICO said …`)."""
        if len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in ("source", "insider"):
            return self._so_described_before(toks[1].lower, at) or self._owned_spokesperson(toks[1].lower, at)
            # `A government source said the plan would go. ¶ "…," the source said`: the government source
        if len(toks) != 2 or toks[0].lower != "the" or toks[1].lower not in VOICES_FOR:
            return None
        if toks[1].lower not in SPOKES_ROLES:  # `his barrister said …. ¶ "…," the barrister added`
            return self._so_described_before(toks[1].lower, at)
        want = role_gender(toks[1].lower)
        named = self._named_spokesperson(toks[1].lower, at)
        for pos, name in reversed(self.speakers):
            if pos < at and name.rsplit(" ", 1)[-1].lower() in SPOKES_ROLES and not (named and named[0] > pos):
                return name if want is None or role_gender(name) in (None, want) else None
        if named:
            return named[1]
        pos, body = self.names.labelled_before(toks[1].lower, at)  # `A UKIP spokesman said Mr Betts-Green …`
        if body and not self.names.known_person(body):  # (not `Tony Blair's spokesman`, a person's)
            return self._principals(body, toks[1].lower, is_org=True)
        return self._owned_spokesperson(toks[1].lower, at)

    def _named_spokesperson(self, role: str, at: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """`Company spokesman Tom Ball said …`, `A spokesman, Tom Ball, said …`, `Tom Ball, a Boeing spokesman,
        said …`: (position, name) of the latest person in this paragraph or the one before whom the text calls a
        spokesperson by `role`'s word (or, for `spokesperson`, any of its words) right before the name or set off
        right after it."""
        for para in (at[0], at[0] - 1):
            if para < 1:
                break
            text = self._paragraph(para)
            for m in reversed(self.names.mentions_between(para, 0, at[1] if para == at[0] else _PAST_ANY_END)):
                written = None if m.is_org else (_SPOKES_BEFORE_NAME.search(text, max(0, m.start - 40), m.start)
                                                 or _SPOKES_SET_OFF_AFTER.match(text, m.end))
                word = written.group(1).lower() if written else None
                if word and (_REPS.get(word, word) == _REPS.get(role, role)
                             or role == "spokesperson" and word.startswith("spokes")):
                    return m.at, self.names.canonical(m.words, m.at)
        return None

    def _owned_spokesperson(self, role: str, at: tuple[int, int]) -> str | None:
        """`Later, the prime minister's official spokesman urged people …. "…," the spokesman said`, `A
        representative for the Oscar winner confirmed the news. "…," the rep said`: the latest someone's
        spokesperson of the same word written in this paragraph or the one before, who spoke no quotation."""
        for para in (at[0], at[0] - 1):
            if para < 1:
                break
            text = self._paragraph(para)
            owned = None
            for owned in _SPOKES_WRITTEN.finditer(text, 0, at[1] if para == at[0] else len(text)):
                pass  # the latest
            word = owned.group(1) or owned.group(2) or owned.group(3) if owned is not None else None
            if word is not None and _REPS.get(word.lower(), word.lower()) == _REPS.get(role, role):
                tokens = self._tokens(text)
                first, last = _token_at(tokens, owned.start()), _token_at(tokens, owned.end())
                if owned.group(2) or owned.group(3) and last < len(tokens) and tokens[last].lower in _POSTMODIFIERS:
                    last = next((k for k in range(last, len(tokens)) if not tokens[k].is_word
                                 or is_finite_verb(tokens, k)), len(tokens))  # up to the verb: `A representative
                    # for the Oscar winner`, `A source close to him`
                return self._resolve(tokens[first:last], (para, owned.start()))[0]
        return None

    def _titled_so(self, head: str, at: tuple[int, int], gender: str = "") -> str | None:
        """`the monarch` after `King Charles`, `the pontiff` after `Pope Leo XIV`: the one person named before `at`
        whom the text gives a title the epithet stands for, of its `gender` where known (`the clergywoman` is no
        `Rev Simon Cole`); "" when several are, whom no one else may be."""
        titles = _EPITHET_TITLES.get(head)
        if not titles:
            return None
        titled = {name for _, name, _ in self.names.events_before(at)
                  if (self.names.roles(name) & titles or " " in name and name.split(" ", 1)[0].lower() in titles)
                  and not self._of_the_other_sex(name, gender)}
        # (`Ayatollah Ali Khamenei`: a title the name keeps)
        return titled.pop() if len(titled) == 1 else "" if titled else None

    def _called_so(self, head: str, near: tuple[str, ...], at: tuple[int, int], gender: str) -> str | None:
        """`Plumber Tom Brown`, `Tom Brown, a lorry driver from Leeds,` before `the plumber`, `the lorry driver`: the
        one person named before `at` whom the text calls by words no office list holds, right before the name or in an
        appositive after it, with the `near` words written beside it (`Strictly Come Dancing star Ann Lee` for `the
        Strictly star`), of the epithet's `gender` where known."""
        key, former = head, head.startswith("ex-")
        head = head[3:] if former else head
        if head not in _CALLED_AS and head not in STAGE_TRADES and head.rsplit(" ", 1)[-1] in ROLE_WORDS \
                or not head.replace(" ", "").replace("-", "").isalpha():  # (`the son-in-law`)
            return None  # (an office's holders are found otherwise: `Surgeon Tom Brown` for `the surgeon`; but `Actor
            # Tom Brown` for `the star`, `GP Ann Lee` for `the doctor`, `Singer-songwriter Ann Lee` for `the singer`)
        if key not in self._called:
            nation = "|(?:" + _nation_forms(head) + r")\w*" if head in DEMONYMS else ""  # (`New Zealander`)
            words = _CALLED_AS.get(head) or head.replace(" ", r"\s+") + nation  # (`Scottish comedian Tom Jones`,
            # `Scotsman Tom Jones`, `Scotland's Tom Jones` for `the Scot`)
            words = r"(?:ex-|former\s+)(?:" + words + ")" if former else words  # (`Former soldier Tom Brown` for
            # `the ex-soldier`)
            written = _written_anyhow(words)
            paras = {n for n in range(len(self.paragraphs)) if written.search(self._paragraph(n))}  # (the paragraphs
            # that write the words at all: a long document's mentions are many)
            self._called[key] = [(m, self.names.canonical(m.words, m.at), end) for m in self.names.mentions
                                 if m.para in paras and not (m.is_org or m.in_quote)
                                 and (end := self._calling_end(m, words, head in DEMONYMS, written)) is not None]
        called = {name for m, name, end in self._called[key] if (m.para, end) <= at
                  and not self._of_the_other_sex(name, gender)
                  and all(word in self._paragraph(m.para)[max(0, m.start - _NEAR_REACH):m.end] for word in near)}
        person = called.pop() if len(called) == 1 else self._latest_of(called, at)  # (not an appositive that is
        # the epithet itself: `Tim Phillips, the American said`)
        if not called and person is None and " " in head and all(_a_plain_quality(w) for w in head.split()[:-1]):
            return self._called_so(head.rsplit(" ", 1)[1], near, at, gender)  # `Plumber Ann Lee` for `the retired
            # plumber`, `Artist Ann Lee` for `the self-taught artist`: what the one called so is like
        return person if person and self._named_lately(person, at) and (not self._named_here(at) or any(
            m.para == at[0] and m.at < at for m, name, _ in self._called[key] if name == person)) else None  # (not whom
        # another paragraph called so long before, nor past someone named in this one: `"Orange is the New Black" star
        # Selenis Leyva …. The actress explained`; but this one's: `Ann Lee, a plumber, said …. Tom Brown agreed. "…,"
        # the plumber added`)

    def _latest_of(self, called: set[str], at: tuple[int, int]) -> str | None:
        """`two Russian cosmonauts, Sergey Prokopyev and Dmitri Petelin, …. ¶ Prokopyev said …. ¶ "…," the cosmonaut
        said`: of several called what an epithet says, the one the paragraph before it or its own last names as a
        subject or speaker, no one named since."""
        latest = self.names.latest_event_before(at)
        if latest is None or latest[0][0] < at[0] - 1 or latest[2] == "mention" or latest[1] not in called:
            return None
        return latest[1]

    def _calling_end(self, m, words: str, loose: bool, written: re.Pattern) -> int | None:
        """Where the `words` (a pattern) that call the mention `m` what an epithet says end (`Plumber Tom Brown`: the
        trade before the name or within the mention, as its title, `loose`ly for a nation's people; `His neighbour,
        Ann Lee,`: owned and set off before it; `Tom Brown, a plumber from Leeds,`: in an appositive after it); None
        when none do."""
        text, before = self._paragraph(m.para), _called_before(words, loose)
        if before.search(text, max(0, m.start - 30), m.start) is not None \
                or loose and before.search(text, max(0, m.start - 30), m.end - len(m.words[-1])) is not None \
                or before.match(text, m.start, m.end - len(m.words[-1])) is not None \
                or _called_set_before(words).search(text, max(0, m.start - 40), m.start) is not None \
                or text.endswith(_LISTED_AFTER, 0, m.start) and _called_in_a_list(text, m.start, written):
            return m.start
        found = _called_after(words).match(text, m.end) or (_called_from(words).match(text, m.end) if loose else None)
        if found is not None and len(m.words) == 1 and found.group(0).split(None, 1)[0] in ("is", "was"):
            return None  # `Tom Brown is a plumber`, a person's full name; not `Oil is a major source of income`
        return found.end() if found is not None else None

    def _called_epithet(self, toks, at: tuple[int, int]) -> tuple[str, tuple[str, ...]] | None:
        """The lowercase words of the epithet at `at` that `_called_so` may find the name for, past an age, a place
        and a star's kind before them (`the 45-year-old plumber`, `the Leeds plumber`: `plumber`; `the soap star`:
        `star`), and the names of bodies the text gives before that it passes, to be written beside the name (`the
        Chelsea striker` is no `Arsenal striker`'s); None when it is not such an epithet."""
        first, near = 1, []
        while first < len(toks) - 1 and (_AGE_HEAD.fullmatch(toks[first].lower) or toks[first].is_capitalised
                                         and toks[first].bare.lower() not in DEMONYMS
                                         or toks[-1].lower == "star" and toks[first].lower in _KINDS_OF_STAR):
            if toks[first].is_capitalised and self._a_body_before(toks[first].bare, at):
                near.append(toks[first].bare)
            first += 1
        toks = toks[:1] + toks[first:]
        if _a_premises_owner(toks):
            return "shopkeeper", tuple(near)  # `the cafe owner`: `Shopkeeper Ann Lee`, `Cafe owner Ann Lee`
        return (" ".join(t.lower for t in toks[1:]), tuple(near)) if _called_words(toks) else None

    def _a_body_before(self, word: str, at: tuple[int, int]) -> bool:
        """Whether a body the text names before `at` has `word` in its name (`Chelsea`)."""
        return any(m.is_org and m.at < at and word in m.words for m in self.names.mentions)

    def _of_the_other_sex(self, name: str, gender: str) -> bool:
        """Whether the text gives `name` the sex other than `gender` (`m` or `f`; `` for either: never)."""
        return bool(gender) and self.names.gender(name) in {"m", "f"} - {gender}

    def _named_here(self, at: tuple[int, int]) -> bool:
        """Whether someone is named in `at`'s paragraph before it: whom an epithet may stand for first (not a body:
        `Speaking to the BBC, the plumber said`)."""
        return any(not m.is_org for m in self.names.mentions_between(at[0], 0, at[1]))

    def _named_lately(self, name: str, at: tuple[int, int]) -> bool:
        """Whether `name` is named before `at` within `_CALLED_REACH` paragraphs."""
        return any(at[0] - _CALLED_REACH <= m.para and m.at < at for m in self.names.mentions_of(name))

    def _lately_named(self, at: tuple[int, int]):
        """The mentions of people (not bodies, nor inside quotations) within `_CALLED_REACH` paragraphs before `at`."""
        return (m for m in self.names.mentions
                if m.at < at and m.para >= at[0] - _CALLED_REACH and not (m.is_org or m.in_quote))

    def _held_lately(self, toks, at: tuple[int, int]) -> str | None:
        """`Tom Brown, the Labour MP for Leeds Central,` before `the Labour MP`, `Wes Streeting, the health secretary,`
        before `the minister`: the one person the text titles or sets off with the office an epithet of two or three
        words holds, named within a paragraph or two, when no one is named in the epithet's own paragraph before it."""
        office = tuple(t.bare.lower() for t in toks[1:])
        if not 2 <= len(toks) <= 3 or office[-1] not in ROLE_WORDS or self._named_here(at):
            return None
        holder = self.names.holder(office, at) or (self._secretary_of_state(at) if office == ("minister",) else None) \
            or self._the_one_boss(office, at) or self._deputy_set_off(office, at)  # (`Acme boss Tom Brown` for `the
        # boss`)
        return holder if holder and self._named_lately(holder, at) else None

    def _deputy_set_off(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`His deputy, Kevin Small, will lead the council` for `the deputy leader`: the one person named lately as
        someone's deputy, set off after it."""
        if len(office) != 2 or office[0] not in _DEPUTIES:
            return None
        set_off = _called_set_before(office[0])
        found = {self.names.canonical(m.words, m.at) for m in self._lately_named(at)
                 if set_off.search(self._paragraph(m.para), max(0, m.start - _NEAR_REACH), m.start)}
        return found.pop() if len(found) == 1 else None

    def _titled_lately(self, toks, at: tuple[int, int], gender: str) -> str | None:
        """`Goalkeeper Tom Brown` for `the keeper`, `Club captain Tom Brown` for `the skipper`, `Caretaker manager Tom
        Brown` for `the interim boss`, `Former Rovers striker Tom Brown` for `the ex-striker`: the one person named
        within a paragraph or two whom the text titles with the epithet's role or its other word (and its temporary or
        former mark), when no one is named in the epithet's own paragraph before it."""
        words = [t.bare.lower() for t in toks[1:]]
        sides = {t.bare.lower() for t in toks[1:-1] if t.is_capitalised}  # (`the Lions skipper`: the side's)
        if not 2 <= len(toks) <= 3 or toks[-1].is_capitalised or self._named_here(at):
            return None
        words = [w for w in words if w not in sides]
        head = words[-1]
        former = head.startswith("ex-") or "former" in words[:-1]
        head = head[3:] if head.startswith("ex-") else head
        kinds = _SAME_ROLE.get(head)
        if kinds is None and not former:
            return None
        kinds = kinds or {head}
        interim = any(w in _TEMPORARY for w in words[:-1])
        found, executive, chaired = set(), False, False
        for m in self._lately_named(at):
            roles = m.role_words | set(m.set_off) if head != "officer" else _rank(m)
            chaired = chaired or not roles.isdisjoint(_CHAIRS)
            if roles & kinds and (not interim or roles & _TEMPORARY) and (not former or roles & {"former", "ex"}) \
                    and sides <= roles:
                found.add(self.names.canonical(m.words, m.at))
                executive = executive or head == "boss" and roles.isdisjoint(_SAME_ROLE["manager"])
        if executive and chaired:
            return None  # `Tesco chief executive Ken Murphy and Tesco chairman Gerry Murphy`: either is the boss
        found = {name for name in found if not self._of_the_other_sex(name, gender)}
        return found.pop() if len(found) == 1 else None

    def _party_member_lately(self, toks, at: tuple[int, int]) -> str | None:
        """`Democrat Mike Johnson`, `Rep. Mike Johnson (D-Ohio)`, `Mike Johnson, a Democrat,` before `the Democrat`:
        the one person named within a paragraph or two whom the text gives the party the epithet names, when no one
        is named in the epithet's own paragraph before it."""
        if not 2 <= len(toks) <= 3 or self._named_here(at):
            return None
        party = _TAGGED_PARTIES.get(toks[1].bare.lower()) if len(toks) == 2 else None
        if party is None:
            return self._british_party_member_lately(toks, at) or self._sole_lawmaker_lately(toks, at, _BRITISH_SEATS)
        members = set()
        for m in self._lately_named(at):
            text = self._paragraph(m.para)
            words = m.role_words
            found = _A_PARTY_MEMBER.match(text, m.end) or _PARTY_BEFORE.search(text, max(0, m.start - 12), m.start) \
                or _PARTY_OPENING.match(text, m.start)  # (`Democrat` inside the mention's run, no word of its name)
            if _tagged_party(words) == party or _party_tagged(text, m.start, m.end) == party \
                    or found and _TAGGED_PARTIES[found.group(1).lower()] == party:
                members.add(self.names.canonical(m.words, m.at))
        return members.pop() if len(members) == 1 else None if members else self._sole_lawmaker_lately(
            toks, at, _AMERICAN_SEATS)

    def _sole_lawmaker_lately(self, toks, at: tuple[int, int], seats: frozenset[str]) -> str | None:
        """For a party's member (`the Liberal Democrat`, `the Republican`) no one lately named is given the party of:
        the one person named within a paragraph or two who holds one of the nation's lawmakers' `seats` and no party's
        (`Local MP Sarah Green said …. ¶ "…," the Liberal Democrat said`: not `The practice manager, Lisa Holt`)."""
        head = toks[-1].bare.lower()
        if not (toks[-1].is_capitalised and (head in _PARTY_MEMBERS or head in _TAGGED_PARTIES)) \
                or head == "independent":
            return None  # (`the Independent` may be a paper)
        seated = {self.names.canonical(m.words, m.at) for m in self._lately_named(at)
                  if m.role_words & seats and not _parties_in(tuple(m.role_words))
                  and not self._party_before_name(m)}
        return seated.pop() if len(seated) == 1 else None

    def _british_party_member_lately(self, toks, at: tuple[int, int]) -> str | None:
        """`Tory MP Ann Lee`, `Ann Lee, the Conservative councillor,` before `the Tory`, `the Conservative`; `Lib Dem
        councillor Ann Lee` before `the Lib Dem`: the one person named within a paragraph or two whose title or
        set-off office names the party the epithet does."""
        seat = toks[-1].bare.lower() in _PARTYS_SEATS and len(toks) >= 3  # `the SNP MP`, `the Labour councillor`
        if not (toks[-1].is_capitalised and toks[-1].bare.lower() in _PARTY_MEMBERS or seat):
            return None
        party = _parties_in(tuple(t.bare.lower() for t in (toks[1:-1] if seat else toks[1:])))
        if not party:
            return None
        members = {self.names.canonical(m.words, m.at) for m in self._lately_named(at)
                   if party in (_parties_in(tuple(m.role_words)), _parties_in(tuple(m.set_off)),
                                self._party_before_name(m))}
        return members.pop() if len(members) == 1 else None

    def _party_before_name(self, m) -> set[str]:
        """The parties a mention's run names before the name (`the Conservative Tom Brown`) or a party's possessive
        right before a full name does (`Labour's Ann Lee`; not `the SNP's Westminster leader`)."""
        text = self._paragraph(m.para)
        opening = text[m.start:text.find(m.words[0], m.start)].split()
        owner = _OWNER_BEFORE.search(text, max(0, m.start - 20), m.start) if len(m.words) > 1 else None
        return _parties_in(tuple(w.lower() for w in opening + ([owner.group(1)] if owner else [])))

    def _leader_of(self, bodies: set[str], at: tuple[int, int], any_office: bool = True) -> str | None:
        """The one person named before `at` whose office leads the body these lowercase words name
        (`Tesco chief executive Ken Murphy`, `Fed chair Jerome Powell` for {tesco}, {fed}); unless
        `any_office`, only by a word for any leader (`Tesco boss Ken Murphy` for `the Tesco chief
        executive`, who may not be `Tesco chairman John Allan`)."""
        if not bodies:
            return None
        leaders = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.at < at and not m.is_org
                   for held in (m.office, m.set_off) if _leads(held, bodies) and (any_office or held[-1] in _LEADING)}
        # (`Tom Brown, the Rovers chairman,`: an office set off too)
        if not any_office:
            return leaders.pop() if len(leaders) == 1 else None
        if not leaders and len(bodies) == 1:  # `Microsoft's Satya Nadella`: the one person the body owns
            leaders = self.names.people_owned_by(next(iter(bodies)), at) or self._owners_of_body(next(iter(bodies)), at)
        return leaders.pop() if len(leaders) == 1 else None

    def _the_one_boss(self, office: tuple[str, ...], at: tuple[int, int], unowned: bool = False) -> str | None:
        """`the chief executive` after `Thames Water boss Chris Weston` or `The boss of Thames Water, Chris Weston,`:
        the one person named before `at` as a body's boss, the word British news writes for its chief executive
        (`unowned`: titled `Boss` alone, of no body named)."""
        if office not in _BOSSES_OFFICES or any(_A_SIDES_BOSS.search(self._paragraph(n)) for n in range(at[0] + 1)):
            return None  # (not where a boss may be a side's manager: `Chelsea boss Enzo Maresca`)
        bosses = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.at < at and not m.is_org
                  and m.office and m.office[-1] == "boss" and (not unowned or m.office == ("boss",))}
        return bosses.pop() if len(bosses) == 1 else None

    def _set_off_as_of_the_body(self, toks, at: tuple[int, int]) -> str | None:
        """`the Bank of England governor` after `Andrew Bailey, governor of the Bank of England,`, `the FA chairman`
        after `Tom Brown, chairman of the Football Association,`: the one person named before `at` set off as the
        description's role of the body its capitalised words name, in full or by initials."""
        words = [t.bare for t in toks[1:-1]]
        if not words or not all(w[:1].isupper() or w == "of" for w in words):
            return None
        found = set()
        for m in self.names.mentions:
            if m.at >= at:
                break
            set_off = None if m.is_org else _ROLE_OF_A_BODY_SET_OFF.match(self._paragraph(m.para), m.end)
            if set_off and set_off.group(1).lower() == toks[-1].bare.lower() \
                    and _names_the_body(set_off.group(2), words):
                found.add(self.names.canonical(m.words, m.at))
        return found.pop() if len(found) == 1 else None

    def _trade_leader(self, office: tuple[str, ...], at: tuple[int, int]) -> str | None:
        """`the tech chief` after `Microsoft boss Satya Nadella`: a leader described by a trade, the one person named
        before `at` whom the text titles with an office that leads a body."""
        if len(office) < 2 or office[-1] not in _TOP_ROLES or office[0] not in _LED_KINDS \
                or len(office) > 2 and office[-1] in _LEADING:
            return None  # (`the supermarket chief executive` too)
        leads = _leads_a_union if office[0] in _UNIONS else _leads_a_body
        leaders = {self.names.canonical(m.words, m.at) for m in self.names.mentions if m.at < at and not m.is_org
                   and any(leads(held) for held in (m.office, m.set_off))}
        return leaders.pop() if len(leaders) == 1 else None

    def _owners_of_body(self, body: str, at: tuple[int, int]) -> set[str]:
        """`Nigel Farage's Reform UK`: the people named before `at` whose possessive opens a body's name that the
        lowercase word `body` begins (`the Reform leader`)."""
        return {self.names.canonical(owner.words, owner.at) for m in self.names.mentions
                if m.at < at and m.words[0].lower() == body and (owner := self._owner_right_before(m.at)) is not None
                and not owner.is_org}

    def _body_leader(self, toks, at: tuple[int, int]) -> str | None:
        """The one person who leads the body the capitalised words of `toks` name, by office or as the body's
        own (`The SNP's Nicola Sturgeon`), found by those words or their initials (`Scottish National Party`)."""
        words = [t.bare for t in toks if t.is_capitalised]
        if not words and [t.lower for t in toks] == ["party"]:
            owned = self._partys_people_before(at)
            return owned.pop() if len(owned) == 1 else None  # `The DUP's Gavin Robinson` for `the party leader`
        if not words:
            return None
        leader = self._leader_of({w.lower() for w in words}, at)
        if leader is None and len(words) > 1:
            leader = self._leader_of({"".join(w[0] for w in words).lower()}, at)
        return leader

    def _partys_people_before(self, at: tuple[int, int]) -> set[str]:
        """The people named in full before `at` right after a party's possessive (`Labour's Tom Brown`, `The DUP's
        Gavin Robinson`)."""
        return {self.names.canonical(m.words, m.at) for m in self.names.mentions
                if m.at < at and not m.is_org and len(m.words) > 1
                and (owner := _OWNER_BEFORE.search(self._paragraph(m.para), max(0, m.start - 20), m.start))
                and owner.group(1).lower() in PARTY_WORDS}

    def _side_owner(self, at: tuple[int, int], sides: set[str] | frozenset[str] = frozenset()) -> str | None:
        """The one person this paragraph or the one before names, before `at`, as the owner of a side
        (`Mikel Arteta's side`, `Slot's men`, `Emma Hayes's young team`): the side's manager; with `sides`, the words
        an epithet's side may be named by, the owner of a side so named (`Arne Slot's Liverpool` for `the Reds
        boss`)."""
        owners = {self.names.canonical(m.words, m.at) for m in self.names.mentions
                  if m.possessive and at[0] - 1 <= m.para <= at[0] and m.at < at and not m.is_org
                  and (_owns_a_side_named(self._paragraph(m.para), m.end, sides) if sides
                       else _SIDE_OWNED.match(self._paragraph(m.para), m.end))}
        return owners.pop() if len(owners) == 1 else None

    def _so_titled_before(self, head: str, at: tuple[int, int]) -> str | None:
        """The one person named in this paragraph or the two before, before `at`, right after the word `head`
        (`Forecaster Alex Deakin`, `said meteorologist Jane Lee`, `Witness Tom Lee`): a word for a person that
        the lexicon need not know, written as their title."""
        if not head.isalpha() or head in ROLE_WORDS or head in BODY_NOUNS or plural(head):
            return None  # (not `the firms` after `firms Sony and Microsoft`)
        titled = {self.names.canonical(m.words, m.at) for m in self.names.mentions
                  if at[0] - 2 <= m.para <= at[0] and m.at < at and not m.is_org
                  and head + " " in (self._paragraph(m.para)[max(0, m.start - len(head) - 1):m.start].lower(),
                                     self._paragraph(m.para)[m.start:m.start + len(head) + 1].lower())}  # (the
        # mention may begin at its title)
        return titled.pop() if len(titled) == 1 and self.names.known_person(next(iter(titled))) else None  # (not `US
        # band Scissor Sisters`)

    def _so_described_before(self, head: str, at: tuple[int, int], here: bool = False) -> str | None:
        """The one described with `head` who spoke in this paragraph or (unless `here`) the one before, the
        latest such."""
        heads, reach = _ONE_KIND.get(head, {head}), 0 if here else 1
        return next((name for pos, name in reversed(self.speakers)
                     if pos < at and at[0] - pos[0] <= reach and (role_head(name) in heads or name.startswith(
                         tuple(f"{h} close to " for h in heads)))), None)  # (`source close to Harry Styles`)

    def _body_spokesperson(self, toks, at) -> str | None:
        """`But the Home Office defended the measures. A spokesman said`: a spokesperson whose
        principal goes unwritten speaks for the body that acted last, in this paragraph or the one
        before, if no other body is named since."""
        if len(toks) == 4 and [t.lower for t in toks[1:3]] == ["board", "of"] and toks[3].lower in _BOARD_MEMBERS:
            toks = toks[:2]  # `The board of directors said`: the board
        role = "editorial board" if [t.lower for t in toks] == ["the", "editorial", "board"] else None
        if role:  # `the editorial board wrote` after `The … Union Leader … has run …`: the paper's
            toks = (toks[0], toks[2])
        if len(toks) == 3 and toks[0].lower in ("a", "an", "the") \
                and (toks[1].lower in BODY_NOUNS or toks[1].lower in ORG_WORDS or toks[1].lower in _SPOKEN_FOR) \
                and (toks[2].lower in SPOKES_ROLES or toks[2].lower == "source"):  # `Boeing said …. A company
            # spokesman said`: the company's; `Kensington Palace said …. A palace source added`
            if toks[0].lower != "the" and self._described_next(toks[2], at):
                return None  # `¶ Spokesman Nick Robinson said`: the one the next paragraph names
            body = self._body_before((Token("the", toks[0].start, toks[0].end), toks[1]), at)
            if not body and toks[1].is_capitalised and toks[1].lower in KINDS_OF_BODY:
                body = self.names.sole_body_ending((toks[1].lower,), at)  # `The European Commission declined …. A
                # Commission spokeswoman said`: the one body whose name ends so
            if not body or not (_body_fits(body, toks[1].lower) or toks[1].lower == "club" and self._a_team(body)):
                pos, body = self.names.labelled_before(toks[1].lower, at)  # `Unite union, which represents …, said
                if body is None or at[0] - pos[0] > 1 or self.names.other_bodies_between(pos, at, body):  # …. ¶ A
                    return None  # union spokesperson said`: the body labelled so just before
            return f"{body} source" if toks[2].lower == "source" else self._principals(body, toks[2].lower, True)
        if len(toks) == 3 and toks[0].lower in ("a", "an", "the") \
                and (toks[2].lower in SPOKES_ROLES or toks[2].lower == "official" and toks[0].lower != "the") \
                and toks[1].is_word and (body := self.names.sole_body_ending((toks[1].lower,), at)):
            return self._principals(body, toks[2].lower, is_org=True)  # `HM Coastguard coordinated the rescue. ¶ A
            # coastguard spokesperson said`: the one body whose name ends on the word
        organ = len(toks) == 2 and toks[0].lower == "the" and toks[1].lower in _BODY_ORGANS
        if len(toks) != 2 or toks[0].lower not in ("a", "an", "the") or toks[1].lower not in SPOKES_ROLES and not organ:
            return None
        since = at[0] - 2 if at[0] > 1 and self._a_quotation_alone(at[0] - 1) else at[0] - 1  # (past a pull quote)
        pos, body = next(self.names.subject_bodies_before(at, since=since, main_only=True), (None, None))
        if body is None and toks[1].lower in SPOKES_ROLES and (described := self._described_body_that_spoke(at)):
            return self._principals(described, toks[1].lower, is_org=True)  # `The housing association said …. ¶ A
            # spokeswoman added`: the body described, with no name to give it
        if body is None and toks[1].lower in SPOKES_ROLES and (agent := self._body_that_spoke_by(at)):
            return self._principals(agent, toks[1].lower, is_org=True)  # `… have been described as "idle
            # speculation" by Downing Street. ¶ A spokesman said`: the body whose words they were
        if body is None and toks[1].lower in SPOKES_ROLES and (described := self._body_described_just_before(at)):
            return self._principals(described, toks[1].lower, is_org=True)  # `easyJet has apologised …. ¶ The
            # carrier blamed …. ¶ "…," a spokeswoman said`: the body the sentence before opened on
        if body is None and toks[1].lower in SPOKES_ROLES and (described := self._described_body_reporting_before(at)):
            return self._principals(described, toks[1].lower, is_org=True)  # `The school said it took safety
            # seriously. ¶ "…," a spokeswoman added`: the school's
        if body is None and toks[1].lower in SPOKES_ROLES and (further := self._body_subject_further_back(at)):
            return self._principals(further, toks[1].lower, is_org=True)  # `Thames Water said …. ¶ Resident Tom
            # Brown said …. ¶ A spokesperson said`: no resident's
        if body is None or self.names.ordinary_word(body) and not self.names.cued_at(pos) \
                or self.names.other_bodies_between(pos, at, body, any_body=True):
            return self._unmarked_principal(toks[1].lower, at) if toks[1].lower in SPOKES_ROLES else None  # not
            # `Full details …` nor past `Environmental group Transport 2000 said`; but `Tesco said …. A spokesman said`
        return self._principals(body, role or toks[1].lower, is_org=True)

    def _plural_body_subject(self, at: tuple[int, int]) -> str | None:
        """The latest body named as a subject in this paragraph or the one before, if the text writes it with a
        plural verb: whom `they` stands for (`Coldplay have cancelled their tour. They said`)."""
        pos, body = next(self.names.subject_bodies_before(at, since=at[0] - 1, main_only=True), (None, None))
        if body is not None and body.lower() in QUANTIFIERS:  # `Commuters were relieved. ¶ Others were more cautious;
            return self._resolve((Token(body, pos[1], pos[1] + len(body)),), pos)[0]  # they said`: other commuters
        return body if body is not None and self._a_team(body) else None

    def _body_subject_just_before(self, at: tuple[int, int]) -> str | None:
        """`Network Rail apologised for the delays. "…," they said`: the body that opens the sentence just before, in
        this paragraph or, when the quotation opens this one, the paragraph before, as its main subject, where that
        sentence names or describes no people and the quotation opens its own: a body British news writes as they,
        whatever its verb."""
        before = self._sentence_before_at(at)
        if before is None or before[0] != at[0] and not (before[0] == at[0] - 1 and self._opens_on_a_quotation(at[0])):
            return None  # (or the paragraph's before, the quotation opening this one: newswire's sentence a paragraph)
        para, tokens, first, end = before
        here, _, opening = self._sentence_at(at)
        if not here[opening].is_quote and here[opening].start != at[1]:
            return None  # the quotation or the they opens its sentence: `"…," they said`, `They said …` (not `Even at
            # best, they write, "…"`)
        pos, body = next(self.names.subject_bodies_before(at, since=para, main_only=True), (None, None))
        opens = first + 1 if tokens[first].lower == "the" and first + 1 < end else first
        if body is None or pos != (para, tokens[opens].start) or self.names.ordinary_word(body):
            return None  # the body opens the sentence before, as its subject (not `Shootings rose in Chicago.`, a
            # word any sentence may open on)
        if not here[opening].is_quote and any(t.lower in _SINGULAR_AGREEMENT for t in tokens[first:end]):
            return None  # `Zoltplay has cancelled its tour. They said`: the text writes the body as an it
        if any(plural_of_person(t.lower) or t.lower == "people" for t in tokens[first:end]) \
                or any(not m.is_org and self.names.known_person(self.names.canonical(m.words, m.at))
                       for m in self.names.mentions_between(para, tokens[first].start, tokens[end - 1].end)):
            return None  # (not `Network Rail apologised to passengers`: they may be the passengers)
        return body

    def _a_team(self, body: str) -> bool:
        """Whether the text writes the body's name with a plural verb, as a side's or a band's (`Middlesbrough have
        sacked`, `Coldplay have cancelled`, `Liverpool, who have won nine games`)."""
        if body not in self._teams:
            plural_verb = re.compile(rf"\b{re.escape(body)}(?:, who)? (?:have|are|were)\b")
            self._teams[body] = any(plural_verb.search(text) for text in self.paragraphs)
        return self._teams[body]

    def _body_that_spoke_by(self, at: tuple[int, int]) -> str | None:
        """The body named last in the paragraph before, as the agent of words quoted in its closing sentence
        (`described as "…" by Downing Street.`)."""
        before = self._sentence_before_at(at) if at[0] else None
        if before is None or before[0] == at[0]:
            return None  # (the spokesperson's sentence opens the paragraph)
        text = self._paragraph(at[0] - 1)
        last = max((m for m in self.names.mentions_between(at[0] - 1, 0, len(text)) if m.is_org), key=lambda m: m.at,
                   default=None)
        if last is None or not _BY_BEFORE.search(text, 0, last.start) or text[last.end:].strip() != "." \
                or not _QUOTED_BEFORE.search(text, 0, last.start):
            return None
        return self.names.canonical(last.words, last.at, is_org=True)

    def _described_body_that_spoke(self, at: tuple[int, int]) -> str | None:
        """The body described in lowercase words (`housing association`, `council`) that spoke last, in this
        paragraph or the one before, with no one and nothing else speaking since; or the institution such words
        stood for (`The gallery said` after the National Gallery was named)."""
        last = self._last_voice(at)
        if last is None:
            return None
        head = last[1].rsplit(" ", 1)[-1]
        if not last[1].islower():
            return last[1] if head.lower() in _INSTITUTIONS else None
        return last[1] if head in BODY_NOUNS or head in ORG_WORDS else None

    def _described_body_reporting_before(self, at: tuple[int, int]) -> str | None:
        """The body described in lowercase words after `the` (`The school`, `The housing association`; a nation's
        adjective may open them: `The Scottish government`) as the subject of a cue in the sentence just before, in
        this paragraph or the one before, with no quotation (`The school said it took safety seriously.`)."""
        before = self._sentence_before_at(at)
        if before is None or before[0] < at[0] - 1:
            return None
        subject = sentence_subject(*before[1:])
        toks = subject.tokens if subject is not None else ()
        after = index_of(before[1], toks[-1], before[2], before[3]) if toks else None
        if len(toks) == 2 and toks[1].lower in NATION_ADJECTIVES and after is not None and after + 1 < before[3] \
                and (before[1][after + 1].lower in BODY_NOUNS or before[1][after + 1].lower in ORG_WORDS) \
                and before[1][after + 1].text.islower():
            after += 1  # `The Scottish government`: the nation's adjective and the body's noun (the subject ends at
            toks = (*toks, before[1][after])  # the capitals)
        if not 2 <= len(toks) <= 3 or toks[0].lower != "the" \
                or any(not t.is_word or t.is_capitalised and t.lower not in NATION_ADJECTIVES for t in toks[1:-1]) \
                or not toks[-1].is_word or toks[-1].is_capitalised \
                or toks[-1].lower not in BODY_NOUNS and toks[-1].lower not in ORG_WORDS or after is None \
                or after + 1 >= before[3] or before[1][after + 1].lower not in _REPORTING:
            return None
        return _description(toks)

    def _body_described_just_before(self, at: tuple[int, int]) -> str | None:
        """The body a word for one (`The carrier`, `The company`) stands for as the subject of the sentence just
        before, in this paragraph or the one before, when it stands for a named body."""
        before = self._sentence_before_at(at)
        if before is None or before[0] < at[0] - 1:
            return None
        subject = sentence_subject(*before[1:])
        toks = subject.tokens if subject is not None else ()
        tokens, first = before[1], before[2]
        if len(toks) == 2 and toks[1].is_capitalised and first + 2 < len(tokens) \
                and tokens[first + 2].lower in BODY_NOUNS:
            toks = tuple(tokens[first:first + 3])  # `The German carrier apologised`, read as `The German`
        if not 2 <= len(toks) <= 3 or toks[0].lower != "the" or toks[-1].lower not in BODY_NOUNS:
            return None
        body = self._body_before(toks, (before[0], toks[0].start)) if len(toks) == 2 else None
        if not body:  # `The German carrier`, or `The airline` with people acting since the body was named: as if it
            body, person = self._resolve(toks, (before[0], toks[0].start))  # spoke
            body = None if person else body
        return body if body and not body.islower() else None

    def _last_voice(self, at: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """(position, name) of whoever or whatever spoke last before `at`, in this paragraph or the one before."""
        last = max(((pos, name) for pos, name in itertools.chain(self.speakers, self.things) if pos < at),
                   default=None)
        return last if last is not None and at[0] - last[0][0] <= 1 else None

    def _unmarked_principal(self, role: str, at: tuple[int, int]) -> str | None:
        """`Spotify welcomed the ruling. "…," a spokesperson said`: a name of one word the text marks as
        neither a body nor a person, the subject of the sentence before in this paragraph with no one named
        since, is who the spokesperson speaks for (a body's, as most such names are)."""
        before = self._sentence_before_at(at)
        if before is None or before[0] != at[0]:
            return None
        subject = sentence_subject(*before[1:])
        word = _one_word_subject(subject)
        if word is None or plural_of_person(word.lower) or people_word(word.lower):
            return None  # `Bosses criticised the union`: people described, no body
        first = index_of(before[1], word, before[2], before[3])
        tokens, verb = before[1], (first if first is not None else before[3]) + 1
        if verb < before[3] and tokens[verb].text == ",":  # `Spotify, which complained in 2019, welcomed`
            verb = next((k + 1 for k in range(verb + 1, before[3]) if tokens[k].text == ","), before[3])
        named = self._mention_at(at[0], word.start)
        name = self.names.canonical(named.words, named.at) if named is not None else None
        if name is None or verb >= before[3] or not _acted(tokens, verb, before[3]) \
                or not self.names.may_be_body(name) \
                or self.names.common_word(name) or self._named_outside_quotes(at[0], subject.end, at[1]) - {name}:
            return None  # an act (`welcomed`, `will cut`, `has announced`), not `Parenting is hard.`
        return self._principals(name, role, is_org=True)

    def _named_outside_quotes(self, para: int, start: int, end: int) -> set[str]:
        """The people paragraph `para` names between `start` and `end` outside quotations (not the
        `Safety` a quotation opens on)."""
        return {self.names.canonical(m.words, m.at) for m in self.names.mentions_between(para, start, end)
                if not m.is_org}

    def _role(self, owner_toks, role_toks, at) -> str | None:
        role_toks = _without_moods(role_toks)  # `his heartbroken widow`: his widow
        role = " ".join(t.text for t in role_toks)
        last = owner_toks[-1]
        if len(owner_toks) == 2 and owner_toks[0].lower in ("his", "her") and last.is_possessive \
                and last.bare.lower() in RELATIONS \
                and _proper(kin := self._role(owner_toks[:1], (Token(last.bare, last.start, last.start + len(
                    last.bare)),), at) or "") and kin and role:
            return f"{kin}'s {role}"  # `Peter and Susan Ward …. Her husband's barrister said`: Peter Ward's barrister
        if len(owner_toks) >= 2 and owner_toks[0].lower in ("his", "her") and last.is_possessive \
                and (person := self.possessor(owner_toks[0].lower, at)):
            owned = " ".join(t.text.replace("’", "'") for t in owner_toks[1:])
            return f"{person}'s {owned} {role}".rstrip()  # `Her campaign's
            # leadership`: Hillary Clinton's campaign's leadership
        if len(owner_toks) == 1 and last.lower == "our" and len(role_toks) == 1:
            head = role_toks[0].lower
            titled = {name for _, name, _ in self.names.events_before(at) if head in self.names.roles(name)}
            titled |= {self.names.holder((head,), at)} - {None}
            holder = titled.pop() if len(titled) == 1 else None
            if holder:  # `our correspondent said` after `BBC correspondent James Hardy said`: the publication's
                return holder
        if len(owner_toks) == 1 and last.lower == "my" and self.author and role:
            return self._principals(self.author, role)  # the writer's: `my father` in Hannah Reid's piece
        if len(owner_toks) == 1 and last.lower in _FIRST_PERSON_OWNERS:
            return _description(list(owner_toks) + list(role_toks))  # `my father`, whoever wrote it
        is_org = False
        if len(owner_toks) == 1 and last.lower in ("his", "her") and role_toks and all(
                t.lower in _BIRTH_ORDER for t in role_toks[:-1]):  # (`her younger sister` as `her sister`)
            named = self.names.named_as(role_toks[-1].lower, at, _SCAN_PARAGRAPHS)
            if named and not (role_toks[-1].lower in _SIBLINGS and self._acted_since_named_as(
                    named, role_toks[-1].lower, at) and named == self.possessor(last.lower, at)):
                return named  # `his son said` after `Nogar's son Stephen, 57, said`: Stephen (but not a sibling who
                # acted since and owns it: `Her sister, Claire, …. ¶ Claire agrees …. ¶ her sister protests`)
        dead = self._the_deceased if len(owner_toks) == 1 and last.lower in ("his", "her") \
            and [t.lower for t in role_toks] == ["family"] else None
        if dead and self.names.gender(dead) in (POSSESSIVE_PRONOUNS[last.lower], None):
            return self._principals(dead, "family")  # `Sir Terry Wogan, who has died aged 77, …. Chris Evans said …. ¶
            # In a statement, his family said`: the family of the one who died
        if len(owner_toks) == 1 and last.lower in POSSESSIVE_PRONOUNS:
            principal, is_org = self.possessor(last.lower, at, self._in_court(role_toks) | self._kin_owned_alike(
                last.lower, role_toks, at)), last.lower == "its"
        elif _trailing_name(owner_toks) and not _office(_unpossessed(owner_toks)):  # not `The Prime Minister's`
            principal, is_org = self._named(owner_toks, _trailing_name(owner_toks), at)
        elif (held := self._owned_by_a_holder_or_body(owner_toks, at)) is not None:
            principal, is_org = held  # `The first minister's statement`, `the council's ruling`
        else:  # `the former vice president's spokeswoman`; `The rapper's spokesman`: the person just named
            gender = _epithet(owner_toks, owner=True)
            if gender is not None and self._introduced_unnamed(last.bare.lower(), at):
                gender = None  # `A climber who fell … was rescued. …. The climber's partner said`: no one named
            principal = _description(owner_toks)
            so_titled = self._titled_so(last.bare.lower(), at, gender) if gender is not None else None
            person = (so_titled or self._aged_so(last.bare.lower(), at, by_word=True) or (
                self._called_so(last.bare.lower(), (), at, gender) if len(owner_toks) == 2 else None) or (
                None if so_titled == "" else self._person_named_before(
                    at, gender, frozenset(self.roles.values()), head=last.bare.lower()))) \
                if gender is not None else self._aged_so(last.bare.lower(), at, by_word=True)
            if len(owner_toks) == 3 and owner_toks[0].lower == "the" and owner_toks[1].lower in _ELDER | _YOUNGER \
                    and last.bare.lower() in _BY_AGE_SEX:
                person = self._by_age(owner_toks[1].lower, last.bare.lower(), at) or person  # `the older man's wife`
            if person is None and last.bare.lower() in _VICTIMS:
                person = self._the_victim(at)  # `Tom Brown was stabbed. ¶ … ¶ the victim's father`
            # (not a spokesman before; `The teenager's mother`: the one person of an age for it, as `the teenager`, and
            # `the boy's mother`, though `the boy` is no epithet; `The clergyman's lawyer`: the one titled Rev, or no
            # one of several)
            principal = self.owners.setdefault(principal, person) if person else self.owners.get(principal, principal)
        if not principal and role and last.lower in ("his", "her", "its"):
            return _description(role_toks)  # `A woman was rescued …. ¶ Her husband said`: a husband, whoever's;
            # `a horse was injured …. ¶ Its trainer said`: a trainer; `His club said`: a club
        if not principal or not role:
            return principal
        if not is_org and role_toks[-1].lower in _RIVALS and (other := self._the_one_other(principal, at)):
            return other  # `Rishi Sunak and Keir Starmer clashed …. "…," his Labour rival replied`: Starmer
        if not is_org and role_toks[-1].lower in _SIBLINGS and (self._written_before(_SIBLINGS_WRITTEN, at) or (
                self.names.named_as(role_toks[-1].lower, at, _SCAN_PARAGRAPHS) == principal
                and self._acted_since_named_as(principal, role_toks[-1].lower, at))) \
                and (other := self._joined_as_kin(principal, _SIBLINGS_BY_SEX[role_toks[-1].lower], at)
                     or self._the_one_other(principal, at)
                     or self._of_the_name(principal, _SIBLINGS_BY_SEX[role_toks[-1].lower], at)):
            return other  # `Brothers Tony and Mike Fuller …. ¶ … their father, Len, …. ¶ "…," said Tony. ¶ His younger
            # brother added`: Mike, joined with him, not the one other named nearby; `Two sisters …: Margaret Hughes
            # and Joan Davies …. ¶ Her sister said`: Joan; `Her sister,
            # Claire, took her in. …. ¶ Claire agrees …. ¶ her younger sister protests`: the one whose sister Claire is;
            # with others named nearby, the one of the sibling's sex sharing the surname (`Karen Mills, 52, and Louise
            # Mills, 49, …. Her sister said`: Louise)
        if not is_org and role.lower() in _SPOUSES and principal in _SPOUSES and principal != role.lower():
            return role.lower()  # `the husband told ERT. ¶ His wife added`: a wife, not `husband's wife`
        if not is_org and role.lower() in _INVERSES and (other := self._inverse_of(principal, role.lower(), at)):
            return other  # `Johnson's successor, Liz Truss, said …. "…," her predecessor wrote`: Johnson
        parent = (self._parent_named(principal, _PARENTS[role.lower()], at)
                  or self.names.parent_of(principal, _PARENTS[role.lower()])) \
            if not is_org and role.lower() in _PARENTS else None
        if parent:
            return parent  # `The 45-year-old, daughter of founder Michael Eavis, …. Her father said`: Michael Eavis
        if not is_org and role.lower() in _PARENTS and len(owner_toks) == 1 and last.lower in ("his", "her") \
                and self._parent_of_the_last_speaker(principal, POSSESSIVE_PRONOUNS[last.lower], at):
            return principal  # `Ann Lee and her daughter Sarah were rescued. "…," Sarah said. Her mother added`: Ann
            # Lee, the her Sarah, who spoke last
        child = self._child_of(principal, _CHILDREN[role.lower()], at) \
            if not is_org and role.lower() in _CHILDREN else None
        if child:
            return child  # `Ann Lee and her mother, Mary, run the shop. …. Her daughter added`: Ann Lee, not `Mary's
            # daughter`
        if not is_org and role.lower() in _PARENTS and len(owner_toks) == 1 and last.lower in ("his", "her") \
                and (parent := self._parents_set_off(principal, last.lower, _PARENTS[role.lower()], at)):
            return parent  # `His parents, Cathy and Mark, said …. ¶ "…," his mother said`: Cathy
        if not is_org and role.lower() in _PARENTS \
                and (parent := self._parent_in_pair(principal, _PARENTS[role.lower()], at)):
            return parent  # `Parents Tom and Ann Brown said their son was "a hero". ¶ "…," his father said`: Tom Brown,
            # the his the son's, not `Tom Brown's father`
        if not is_org and role.lower() in _SPOUSES and (other := self._spouse(principal, role.lower(), at)):
            return other  # `John and Mary Smith have won …. His wife added`: Mary Smith; `Victoria Beckham launched
            # her brand. ¶ David Beckham's wife said`: Victoria
        if is_org and role_toks[-1].bare.lower() in _CLUBS_PLAYERS and (player := self._club_player(role_toks, at)):
            return player  # `Wayne Rooney says United lack leaders. The club's record goalscorer said`: Rooney, as
            # `the record goalscorer` is
        if is_org and (leader := self._leads_as(principal, role_toks[-1].lower, at) or self._the_one_boss(
                tuple(t.lower for t in role_toks), at, unowned=True)):
            return leader  # `Nvidia chief executive Jensen Huang told …. The chipmaker's boss added`: Huang; `Boss
            # Tufan Erginbilgic said …. The engineering firm's chief executive added`: the boss of no other body
        return self._principals(principal, role, is_org)

    def _club_player(self, role_toks, at: tuple[int, int]) -> str | None:
        """The person `the` and a body's player's role (`record goalscorer`, `former striker`) stand for."""
        epithet = (Token("the", role_toks[0].start, role_toks[0].start), *role_toks)
        if _just_named(epithet) is None:
            return None
        person, is_person = self._resolve(epithet, at)
        return person if is_person and person and _proper(person) else None

    def _leads_as(self, body: str, head: str, at: tuple[int, int]) -> str | None:
        """The one person whose office leads `body`, when `head` is a word for any leader (`boss`, `chief`) or that
        office's own word (`chairman`)."""
        if head not in _TOP_ROLES:
            return None
        leader = self._leader_of(set(body.lower().split()), at)
        short = body.split(" ", 1)[0]
        if leader is None and short != body and any(m.words == (short,) for m in self.names.mentions if m.at < at):
            leader = self._leader_of({short.lower()}, at)  # `Acme chief executive Tom Brown` for `Acme Holdings`, the
            # body's short name as the text writes it
        return leader if leader and (head in _LEADING or head in self.names.roles(leader) | self.names.set_off(
            leader)) else None

    def _parent_of_the_last_speaker(self, parent: str, sex: str, at: tuple[int, int]) -> bool:
        """Whether the one who spoke last before `at`, of `sex`, is the text's child of `parent`, named with its word
        for the child right after the parent (`Ann Lee and her daughter Sarah`)."""
        last = max(((pos, name) for pos, name in self.speakers if pos < at), default=None)
        if last is None or last[1] == parent or self.names.gender(last[1]) not in (sex, None):
            return False
        for m in self.names.mentions_of(last[1]):
            if m.at >= at or (m.title or "").lower() not in _CHILDREN:
                continue
            before = [b for b in self.names.mentions_between(m.para, max(0, m.start - _KIN_REACH), m.start)
                      if not b.is_org]
            if before and self.names.canonical(before[-1].words, before[-1].at) == parent \
                    and kin_owner(self._paragraph(m.para), m.start) in ("m", "f"):
                return True
        return False

    def _child_of(self, parent: str, sex: str, at: tuple[int, int]) -> str | None:
        """The one person of `sex` the text names, before `at`, as the one whose mother or father `parent` is, set off
        as theirs right after them (`Ann Lee and her mother, Mary,`)."""
        children = set()
        for m in self.names.mentions_of(parent):
            if m.at >= at or (m.title or "").lower() not in _PARENTS:
                continue
            owner = kin_owner(self._paragraph(m.para), m.start)
            before = [b for b in self.names.mentions_between(m.para, max(0, m.start - _KIN_REACH), m.start)
                      if not b.is_org and len(b.words) > 1]
            child = self.names.canonical(before[-1].words, before[-1].at) if before else None
            if child and owner == sex and self.names.gender(child) in (sex, None):
                children.add(child)
        return children.pop() if len(children) == 1 else None

    def _parents_set_off(self, child: str, word: str, sex: str, at: tuple[int, int]) -> str | None:
        """The one of `sex` of the two given names set off after `His parents,` or `Her parents,` (`His parents, Cathy
        and Mark, said`) in this paragraph or the few before, when the his or her there stands for `child` too."""
        for para in range(at[0], max(-1, at[0] - _SCAN_PARAGRAPHS - 1), -1):
            text = self._paragraph(para)
            for found in _PARENTS_SET_OFF.finditer(text, 0, at[1] if para == at[0] else len(text)):
                pair = self.names.mentions_between(para, found.end(), len(text))[:2]
                if len(pair) != 2 or pair[0].start != found.end() or text[pair[0].end:pair[1].start] != " and " \
                        or found.group(1).lower() != word or self.possessor(word, (para, found.start())) != child:
                    continue
                names = [self.names.canonical(m.words, m.at) for m in pair]
                of_sex = [name for name in names if (self.names.gender(name) or given_gender(name.split()[0])) == sex]
                return of_sex[0] if len(of_sex) == 1 else None
        return None

    def _parent_in_pair(self, principal: str, sex: str, at: tuple[int, int]) -> str | None:
        """The one of `sex` in the sentence that last names `principal` (the his or her's owner found) with another
        as parents (`Parents Tom and Ann Brown said`, `Tom Brown and his wife Ann said their son …`): whom `his father`
        or `his mother` stands for, the his or her being their child's."""
        for m in reversed(self.names.mentions_of(principal)):
            if m.at >= at or m.in_quote:
                continue
            if at[0] - m.para > 2:
                return None
            text, start, end = self._mention_sentence(m)
            if _PARENTS_NAMED.search(text, start, m.start) or _THEIR_CHILD.search(text, m.end, end):
                pair = {name for n in self.names.mentions_between(m.para, start, end) if not n.is_org and not n.in_quote
                        and self.names.gender(name := self.names.canonical(n.words, n.at)) in ("m", "f")}
                found = {name for name in pair if self.names.gender(name) == sex}
                return found.pop() if principal in pair and len(pair) == 2 and len(found) == 1 else None
        return None

    def _parent_named(self, child: str, sex: str, at: tuple[int, int]) -> str | None:
        """The one person of `sex` whom the text names, before `at`, as the parent of `child` in a phrase set off
        after a mention of them or of the epithet standing for them (`Emily Eavis …. The 45-year-old, daughter of
        founder Michael Eavis,`)."""
        parents = set()
        for para in range(max(0, at[0] - _SCAN_PARAGRAPHS), at[0] + 1):
            text = self._paragraph(para)
            for m in self.names.mentions_between(para, 0, len(text)):
                child_of = _CHILD_OF.search(text, max(0, m.start - _CHILD_OF_REACH), m.start)
                if m.at < at and child_of and not m.is_org and self.names.gender(
                        parent := self.names.canonical(m.words, m.at)) == sex \
                        and self._child_meant(text, child_of.start(), (para, m.start), child):
                    parents.add(parent)
        return parents.pop() if len(parents) == 1 else None

    def _child_meant(self, text: str, start: int, at: tuple[int, int], child: str) -> bool:
        """Whether the `son of` or `daughter of` at `start` is set off after `child` named or after an epithet that
        stands for them, in its sentence."""
        opening = sentence_start_in(text, start)
        named = [m for m in self.names.mentions_between(at[0], opening, start) if not m.is_org]
        if named:
            return self.names.canonical(named[-1].words, named[-1].at) == child
        if not text[opening:start].rstrip().endswith(","):
            return False
        toks = [t for t in self._tokens(text) if opening <= t.start and t.end <= start and t.text != ","]
        return bool(toks) and self._resolve(tuple(toks), (at[0], toks[0].start))[0] == child

    def _spouse(self, person: str, role: str, at: tuple[int, int]) -> str | None:
        """The wife or husband (`role`) of `person`: the other of a couple the text names them in, or the one of
        that sex named before who shares their surname."""
        sex = role_gender(role)
        other = self._partner_of(person, at) or self._of_the_name(person, sex, at) or self.names.couple_partner(person)
        return other if other and self.names.gender(other) in (sex, None) else None  # (`Gemma and Lee Fairweather`:
        # Lee, of either sex, her husband)

    def _of_the_name(self, person: str, sex: str | None, at: tuple[int, int]) -> str | None:
        """The one other person of `sex` named in full before `at` who shares the full name `person`'s surname."""
        if not sex or " " not in person:
            return None
        kin = {name for _, name, _ in self.names.events_before(at) if name != person and " " in name
               and surname_of(name) == surname_of(person) and self.names.gender(name) == sex}
        return kin.pop() if len(kin) == 1 else None

    def _joined_as_kin(self, person: str, sex: str | None, at: tuple[int, int]) -> str | None:
        """The other person, of `sex` or none known, the text joins `person` with (`Margaret Wilson, 78, from
        Glasgow, and Jean Evans, 75,`) in this paragraph or the few before: the sibling of two siblings."""
        both = self._joined_before(at, lambda m: not m.is_org and given_name(m.words[0]), between=_SPOUSE_BETWEEN,
                                   reach=_SCAN_PARAGRAPHS)  # (a given name first: not `from Glasgow, and`)
        other = None if both is None or person not in both else both[1] if both[0] == person else both[0]
        return other if other and self.names.gender(other) in (sex, None) else None

    def _partner_of(self, person: str, at: tuple[int, int]) -> str | None:
        """The other of the couple the text names `person` in (`John and Mary Smith`, `John Smith and his wife
        Mary`), in this paragraph or the two before."""
        both = self._people_joined_before(at)
        return None if both is None or person not in both else both[1] if both[0] == person else both[0]

    def _inverse_of(self, person: str, role: str, at: tuple[int, int]) -> str | None:
        """The person the text writes `person` is the inverse `role` of (`Johnson's successor, Liz Truss`
        for Truss's predecessor), before `at`."""
        for owner, owned in zip(self.names.mentions, self.names.mentions[1:]):
            if owned.at >= at:
                break
            if owner.possessive and not owner.is_org and owner.para == owned.para \
                    and self.names.canonical(owned.words, owned.at) == person:
                between = _INVERSE_BETWEEN.fullmatch(self._paragraph(owner.para), owner.end, owned.start)
                if between and between.group(1).lower() == _INVERSES[role]:
                    return self.names.canonical(owner.words, owner.at)
            replaced = _REPLACED_BETWEEN.fullmatch(self._paragraph(owner.para), owner.end, owned.start) \
                if owner.para == owned.para and not owner.is_org and not owned.is_org else None
            if replaced:  # `Ann Lee has replaced Tom Brown`, `Tom Brown has been succeeded by Ann Lee`
                new, old = (owned, owner) if replaced.group(1) else (owner, owned)
                new, old = self.names.canonical(new.words, new.at), self.names.canonical(old.words, old.at)
                if person == (new if role == "predecessor" else old):
                    return old if role == "predecessor" else new
        return None

    def _written_before(self, pattern: re.Pattern, at: tuple[int, int]) -> bool:
        """Whether the text writes what `pattern` matches before `at` (`Two sisters who were separated`)."""
        return any(pattern.search(self._paragraph(para), 0, at[1] if para == at[0] else _PAST_ANY_END)
                   for para in range(at[0] + 1))

    def _acted_since_named_as(self, person: str, relation: str, at: tuple[int, int]) -> bool:
        """Whether `person`, named as this relation (`Her sister, Claire,`), acted or spoke in a later paragraph
        before `at` (`Claire agrees: "…"`), or is the subject so named of the sentence `at` is in (`His brother, Paul,
        told the court his brother had said`: no one is his own brother)."""
        latest = max((m for m in self.names.mentions_of(person) if m.title == relation and m.at < at),
                     key=lambda m: m.at, default=None)
        if latest is None:
            return False
        if latest.para == at[0] and latest.is_subject \
                and latest.start >= sentence_start_in(self._paragraph(at[0]), at[1]):
            return True
        return any(name == person and kind != "mention" and latest.para < pos[0]
                   for pos, name, kind in self.names.events_before(at, since=latest.para + 1))

    def _the_one_other(self, person: str, at: tuple[int, int]) -> str | None:
        """The one person other than `person` named in this paragraph or the two before."""
        if person not in {name for _, name, _ in self._candidates(at)}:
            return None
        return self._only_one_nearby(at, lambda name: name != person and self.names.gender(name))

    def _owned_by_a_holder_or_body(self, owner_toks, at) -> tuple[str, bool] | None:
        """For an owner described with `the` (`The first minister's`, `the council's`): the one
        person the document titles with that office, or the body the words stand for, and whether
        it is a body; None for neither."""
        owner = _unpossessed(owner_toks)
        holder = self._office_holder(owner, at)
        if holder:
            return holder, False
        body = self._body_before(owner, at)
        return (body, True) if body else None

    def _office_holder(self, toks, at) -> str | None:
        """The person the document titles with the office `toks` describe (`the first minister` ->
        First Minister Jack McConnell), if any."""
        office = _office(toks)
        if not office:
            return None
        held = self.held.get(office, ())  # `Sir Keir Starmer …. the prime minister told MPs …. The prime minister's
        # spokesman`: the one the text's `the prime minister` stood for before, though it titles no one so
        return self.names.holder(office, at) or self._of_the_state(toks, at) or (
            next(iter(held)) if len(held) == 1 else None)

    def _no_ones_subject(self, para: int, start: int, end: int) -> bool:
        """Whether the sentence between `start` and `end` of paragraph `para` opens on a subject
        that is no person, named or described (`His words came as …`; not `The Scot defended …`)."""
        tokens = self._tokens(self._paragraph(para))
        first = next((i for i, t in enumerate(tokens) if t.start >= start and t.lower not in ("but", "and")), None)
        if first is None or tokens[first].lower not in _OPENING_DETERMINERS:
            return False
        noun = list(itertools.takewhile(lambda t: t.is_word and not t.is_capitalised and not verbish(t)
                                        and t.lower not in IRREGULAR_PAST, tokens[first + 1:first + 4]))
        return bool(noun) and not (_human([tokens[first], *noun]) and _a_word_for_someone(noun[-1].bare.lower()))

    def _note_owned_role(self, toks, name, canonical: str, at: tuple[int, int]) -> None:
        """`His lawyer, Ann Lee,`, `Jim Hill, her coach,`, `Tom Brown, Acme's chief executive,`: the person named as
        someone's or a body's role set off beside the name, whom that role later stands for (`his lawyer added`, `Mr
        Brown's lawyer said`, `Acme's chief executive added`)."""
        start, text = name[0].start, self._paragraph(at[0])
        owned = _HIS_ROLE_BEFORE.search(text, max(0, start - _OWNED_ROLE_REACH), start) \
            or _HIS_ROLE_AFTER.match(text, name[-1].end)  # `Jim Hill, her coach,`
        if owned is not None:
            principal = self.possessor(owned.group(1).lower(), (at[0], owned.start()))
        else:  # `Tom Brown, Acme's chief executive,`, `Ann Lee, Tom Brown's lawyer,`: a named owner's
            owned = _OWNERS_ROLE_AFTER.match(text, name[-1].end)
            owner = self._mention_at(at[0], owned.start(1)) if owned is not None else None
            principal = self.names.canonical(owner.words, owner.at) if owner is not None else None
        role = owned.group(2) if owned is not None else ""
        if principal is not None and principal != canonical and role.rsplit(" ", 1)[-1] in ROLE_WORDS:
            self.roles.setdefault((principal, "spokes" if role in SPOKES_ROLES else role), canonical)

    def _principals(self, principal: str, role: str, is_org: bool = False) -> str:
        """`Harvey Weinstein's spokeswoman`, `Tesco's former head`; a body's spokesman as a
        description names one (`Home Office spokesman`, whether `a spokesman for the Home Office` or
        `the Home Office's spokesman`; `Ofcom spokesman` for `a spokesman for Ofcom`, one word with no
        title or sex, which may be a body). Spokesman, spokeswoman and spokesperson of one principal are
        one speaker."""
        spokes = role.lower() in SPOKES_ROLES
        voice = spokes or role.lower().rsplit(" ", 1)[-1] in UNNAMED_VOICES  # (`BBC source`, as `BBC spokesman`;
        # `Manchester United senior source`)
        principal = principal if is_org else self.names.peer_titled(principal)  # `Prince Andrew's lawyer`
        venue = voice and " " in principal and principal.rsplit(" ", 1)[-1].lower() in VENUES  # `a spokesman for
        # Downing Street`, `for Buckingham Palace`: a place that stands for a body, as the Home Office does
        body = is_org or principal[:1].isupper() and (self.names.may_be_body(principal) or venue
                                                      or principal.rsplit(" ", 1)[-1].isdigit())  # `Radio 1`
        owned = principal.endswith(_OWNED_BODY)  # `Kemi Badenoch's office statement`, not `office's statement`
        last = principal.rsplit(" ", 1)[-1]
        group = last == principal and (group_word(last.lower()) or plural_of_person(last.lower())) \
            and not self.names.known_person(principal)  # (`Patients' groups`, opening a sentence)
        owner = f"{principal}'" if (last.islower() or group) and plural(last.lower()) \
            or last.endswith(_FAMILY_PLURALS) else f"{principal}'s"  # `the boys' mothers`, `the Joneses' lawyer`,
        # `the Tories' leader` (not `Mark Evans'`)
        written = f"{principal} {role}" if body and voice or owned else f"{owner} {role}"
        return self.roles.setdefault((principal, "spokes" if spokes else role.lower()), written)

    def _held(self, toks, role_toks, after, name, at) -> str:
        """The speaker `the former head of Tesco` stands for: Tesco's former head. A performer's
        work is no principal: `the star of Rain Man and Tootsie` is the person just named."""
        if not name[-1].is_capitalised:  # `Mr Brown's office`: Tom Brown's office, a body
            principal, is_org = self._resolve(after, at)[0] or _description(after), True
        else:
            principal, is_org = self._named(after, name, at)
        if " and " in principal and _people_listed(after):
            principal = _names_written(after)  # `the leaders of France, Germany and the UK`: each comma kept
        head = role_toks[-1].bare.lower()
        acts_for = toks[len(toks) - len(after) - 1].lower == "for" and given_name(name[0].bare) \
            or head in RELATIONS and not is_org  # `A lawyer for … Mikhail Khodorkovsky`: his lawyer; not `the MP
        # for Birkenhead`, the one just named; `the mother of John Jones`: his mother, not someone just named
        if head in EPITHET_HEADS and not is_org and not acts_for:
            described = self._principals(principal, " ".join(t.text for t in role_toks)) \
                if head in _TOP_ROLES and self._no_ones_name(principal) else _description(toks)
            if toks[0].lower in ("a", "an", "one") and not _NAME_SET_OFF.search(self._paragraph(at[0]), 0, at[1]):
                return described  # `a student from Oxford`: someone new, not the one who spoke before (but `Matt
                # Williams, a fund manager at Perpetual Trustees said`: his appositive)
            others = {name for _, name, _ in self._candidates(at) if "'s " in name
                      and not name.startswith(f"{principal}'s ")}  # not `Ofcom's head` for `the boss of Tesco`
            return self._person_named_before(at, _head_gender(head), others) or described  # (`The boss of Tesco`
            # named no one before: Tesco's boss)
        if head in _SPOUSES and not is_org and (other := self._spouse(principal, head, at)):
            return other  # `The wife of David Beckham` as `David Beckham's wife`
        if toks[0].lower == "the" and "former" in (t.lower for t in role_toks) and not _plural(role_toks[-1]):
            named = self._person_named_before(at, self._sex_after(at) or _head_gender(head), {principal}, head)
            if named and surname_of(named) != surname_of(principal):  # `Ari Fleischer said ….
                return named  # "…," said the former top aide to President George W. Bush`: the person just named,
            # as `the former Florida governor`; not one of the principal's family
        words = [t.text for t in role_toks]
        if role_toks[0] is toks[0] and not _qualifier(role_toks[0]):
            words[0] = words[0].lower()  # `Lawyers for Michael Jackson` opening a sentence
        return self._principals(principal, " ".join(words), is_org)


_ORIGINS = {"born", "based", "raised", "bred", "educated", "trained"}  # `Taiwanese-born`: where one is from
_AFFILIATED = re.compile(r",\s+(?:(?:the\s+)?(?:(?![a-z-]*ing\s)[a-z-]+\s+){0,3}(?:of|from|at)"
                         r"|who\s+(?:runs|leads|heads|founded|owns))"
                         r"\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)\s*[,.]")  # `, chief executive of Tesco`
_NAME_SET_OFF = re.compile(r"[A-Z][\w.'’-]*,\s*$")  # `Matt Williams, ` before an appositive
_OTHER_RANKS = ("shadow", "former", "deputy", "acting", "vice")  # before an office: another office
_ANOTHER_OFFICE = "".join(rf"(?<!{w[0].upper()}{w[1:]}\s)(?<!{w}\s)" for w in _OTHER_RANKS)  # `Shadow chancellor X`
_ANOTHER_BEFORE = re.compile(r"\b(?i:" + "|".join(_OTHER_RANKS) + r")\s+[a-z]+\s+$")  # `Shadow foreign secretary
# Michael Ancram`: the head's own word between


_STATE_NAMES = frozenset(STATE_ABBREVIATIONS.values()) | {
    "alaska", "hawaii", "idaho", "iowa", "maine", "ohio", "utah"}  # the states no abbreviation shortens
_JOINED_NAME = re.compile(r"\s+and\s+(?:[A-Z][\w.]*\s+)*")  # `… and Senate Majority Leader ` before a name


def _party_and_state(toks) -> tuple[str, str] | None:
    """(`I`, `vermont`) for `the independent from Vermont` and `the Vermont independent`; (`R`,
    `kentucky`) for `the Republican from Kentucky`: a party's member by the state they are from."""
    if len(toks) < 3 or toks[0].lower != "the":
        return None
    party, state = (toks[1], toks[3:]) if len(toks) >= 4 and toks[2].lower == "from" else (toks[-1], toks[1:-1])
    named = " ".join(t.bare.lower() for t in state)
    return (_TAGGED_PARTIES[party.bare.lower()], named) if party.bare.lower() in _TAGGED_PARTIES \
        and named in _STATE_NAMES and all(t.is_capitalised for t in state) else None


def _tagged_party(words) -> str | None:
    """D, R or I, for the party a description's words name (`democratic` in `the Democratic leader`)."""
    return next((_TAGGED_PARTIES[w] for w in words if w in _TAGGED_PARTIES), None)


def _party_tagged(text: str, _start: int, end: int) -> str | None:
    """D, R or I, from the tag after a name ending at `end`: `, D-N.Y.,`, ` (R-Fla.)`."""
    tag = _PARTY_TAG.match(text, end)
    return (tag.group(1) or tag.group(2)) if tag else None


_A_PARTY_MEMBER = re.compile(r",\s+an?\s+(Democrat|Republican|Independent)\b")  # `Mike Johnson, a Democrat,`
_PARTY_BEFORE = re.compile(r"\b(Democrat|Republican)\s+$")  # `Democrat Mike Johnson`
_PARTY_OPENING = re.compile(r"(Democrat|Republican)\s+")
_PARTY_TAG = re.compile(r"\s*(?:\(\s*([DRI])-|,\s+([DRI])-)")  # `Hakeem Jeffries, D-N.Y.,`, `Marco Rubio (R-Fla.)`
_TAGGED_PARTIES = {"democratic": "D", "democrat": "D", "republican": "R", "gop": "R", "independent": "I"}
# After a name: `(R-Fla.)`, `(Fla.)`, `(D-Ohio)`, `, R-Ky.,`, `of Florida` (the last only for a person's full or
# titled name).
_STATE_TAG = re.compile(r"\s*(?:\(\s*(?:[DRI]-)?([A-Z][\w.]*(?: [A-Z][\w.]*)?)\s*\)|,\s+[DRI]-([A-Z][\w.]*),"
                        r"|\s+of\s+((?:New |North |South |West |Rhode )?[A-Z][a-z]+)\b(?!\s+[A-Z])"
                        r"|,\s+[DRI]-([A-Z][\w.]*)(?=\s|$))")  # (the last closing a sentence: `Joni Ernst, R-Iowa.`)


def _for_a_seat(toks) -> str | None:
    """`mp` of `the MP for the Essex seat`, `the senator for the district`: an elected member's word
    before a seat described in lowercase; None for anything else."""
    if len(toks) < 5 or toks[0].lower != "the" or toks[2].lower != "for" or toks[-1].lower not in _SEAT_WORDS \
            or toks[3].lower not in ("the", "his", "her", "this", "that") or toks[1].bare.lower() not in EPITHET_HEADS:
        return None
    return toks[1].bare.lower()


_SEAT_WORDS = {"seat", "constituency", "district", "ward", "riding"}


def _from_a_state(toks):
    """`the senator from Vermont` -> `the Vermont senator`: an office one is elected to, from a US state,
    with the state's name before it; None for anything else."""
    at = next((k for k, t in enumerate(toks) if t.lower == "from"), None)
    if at is None or at < 2 or toks[0].lower != "the" or toks[at - 1].lower not in _RUNNING_OFFICES \
            or any(t.is_capitalised for t in toks[1:at]):
        return None
    state = toks[at + 1:]
    return (toks[0], *state, *toks[1:at]) if " ".join(t.bare.lower() for t in state) in _STATE_NAMES else None


def _labelled(text: str, start: int) -> bool:
    """A capitalised word and a lowercase noun right before `start`: `Soham murderer` before Ian Huntley;
    not `joined by`, `odds with`, `told`, `hailed`."""
    found = _LABELLED.search(text, max(0, start - _LABEL_REACH), start)
    if found is None:
        return False
    word = found.group(1)
    return word not in _NOT_LABELS and word not in CUE_FORMS and word not in IRREGULAR_PAST \
        and not word.endswith(("ed", "ing", "ly"))


_LABELLED = re.compile(r"\b[A-Z][\w'’-]*\s+([a-z]+)\s+$")
_LABEL_REACH = 40
_NOT_LABELS = PREPOSITIONS | DETERMINERS | CLAUSE_OPENERS | BODY_TEXTS | {
    "and", "or", "but", "nor", "than", "as", "of", "by", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "will", "would", "could", "should", "may", "did", "interview", "speech", "debate", "programme", "show",
    "conference", "meeting", "rally", "address", "column", "article"}  # `the Cosmopolitan interview Howard said`


def _age_beside(text: str, start: int, end: int) -> str | None:
    """The age written beside a name: `Carlos Alcaraz, 21,`, `37-year-old Novak Djokovic`, `Ann Lee, the firm's
    32-year-old founder,`."""
    after = _AGE_AFTER.match(text, end) or _AGE_SET_OFF.match(text, end)
    if after and not ((cue := _WORD_AFTER.match(text, after.end())) and cue.group(1) in CUE_FORMS):
        return after.group(1)  # (not `In an interview with Vogue, the 25-year-old said`: the age is the subject's)
    before = _AGE_BEFORE.search(text, max(0, start - 16), start)
    return before.group(1) if before else None


_POSSESSIVE_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Mm]y|[Oo]ur|[Yy]our)\s+$")
_AGE_HEAD = re.compile(r"(\d{1,3})-year-old")
_AGED_RESPECTIVELY = re.compile(r"\b([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z'’-]+), aged (\d{1,3}) and (\d{1,3})\b")
_AGE_AFTER = re.compile(r",\s*(\d{1,3})(?:,|\.(?!\d)|\s+years?\s+old\b)")  # (`Liam Carter, 38.` ending a sentence)
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+$")
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_AGE_SET_OFF = re.compile(r",\s+(?:an?|the|[Hh]is|[Hh]er|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(\d{1,3})-year-old\b")
# (`Ann Lee, the firm's 32-year-old founder,`, `Ann Lee, a 32-year-old mother of two,`)


def _state_named(toks) -> str | None:
    """The US state an office's capitalised words name: `florida` of `the Florida senator`, `new jersey` of
    `The New Jersey governor`."""
    words = " ".join(t.bare.lower() for t in toks[1:-1] if t.is_capitalised)
    return words if words in _STATE_NAMES else None


# A clause of time, concession or cause opening the sentence, up to its subject's name (and title).
_FRONTED_CLAUSE = re.compile(r"(?:^|[.!?][\"”']?\s+)(?:Though|Although|Even though|While|When|Because|Since|After)\s+"
                             r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_FRONTED_REACH = 20


_PHRASE_CLOSE = re.compile(r"[^.!?;,\"“”]{0,40},\s+")  # the rest of an opening phrase, to its comma


def _of_another(quotation: str, pronoun: str) -> bool:
    """Whether the quotation's first sentence speaks of a third person of the pronoun's sex (`his`,
    `he`) and never of the speaker (`I`, `my`)."""
    stop = SENTENCE_STOP.search(quotation)
    first = set(_WORD.findall((quotation[:stop.end()] if stop else quotation).lower()))
    third = _THIRD_MALE if pronoun == "he" else _THIRD_FEMALE if pronoun == "she" else frozenset()
    return bool(first & third) and not first & FIRST_PERSON


_TIMES = WEEKDAYS | {"yesterday", "today", "tomorrow", "tonight"}
_MAKING_SPEAK = {"have", "has", "had", "having", "let", "lets", "make", "made", "makes", "hear", "heard", "hears",
                 "see", "saw", "watch", "watched", "help", "helped"}  # `have her ask`, `heard him say`
_ONE_OF = re.compile(  # `one user wrote`, `Some former employees are`, `One senior Tory MP, who asked …, told`
    r"\b(?:[Oo]ne|[Ss]ome|[Mm]any|[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\s+((?:[\w-]+\s+){0,4}?(?:[a-z-]+|[A-Z]{2,4}s?))"
    r"(?=\s+(?:[a-z]+ed|said|told|wrote|read|says|are|were|had|have|tweeted)\b|[,.;])")  # or `said one protester.`
_GROUP_OPENERS = frozenset({"some", "many", "two", "three", "several"})  # `Two senior officials said …. One added`
_READ_BEFORE = re.compile(r"\b[Rr]eads?\s+$")
_READ_AFTER = re.compile(r"\s+reads?\b")
_PLURAL_WORD = re.compile(r"\b[A-Za-z-]+s\b")
_REMARKS = frozenset({"remark", "comment", "quip", "joke", "saying", "slogan", "chant", "line"})  # `the remarks …. ¶
# "…," read one`: words written down
_WRITTEN = SENT_TEXTS | INSCRIBED | {"post", "tweet", "comment"}  # `one … sign read`
_PUBLISHED = SENT_TEXTS | {"op-ed", "article", "column", "piece", "essay", "editorial", "interview", "post", "blog",
                           "book", "memoir"}  # what one writes in a publication (`Smith's op-ed in the Guardian`)
_SOURCES_NEAR = re.compile(r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Mm]ultiple)\s+"
                           r"(people|sources|officials|aides|insiders)\s+"
                           r"((?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\s+(?:the\s+)?[a-z]+)\b")
# `two people familiar with the talks`: sources, each described as the text describes them all
_SOMEONE = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b")  # `a voter`, `one young woman`
_OPENING_MARKS = frozenset("\"“‘'")
_CLOSING_MARKS = frozenset("\"”’'")
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_THIRD_MALE = MALE_PRONOUNS | {"he's", "he’s"}
_THIRD_FEMALE = FEMALE_PRONOUNS | {"she's", "she’s"}


def _a_see_or_seat(phrase) -> bool:
    """`The Archbishop of York`, `the Bishop of Durham`, `The Duke of Westminster`: a title held of a place, which
    one person holds, written in capitals."""
    return len(phrase) >= 4 and phrase[0].lower == "the" and phrase[1].bare.lower() in _TITLES_OF_PLACES \
        and phrase[2].lower == "of" and all(t.is_capitalised for t in phrase[3:])


_TITLES_OF_PLACES = {"archbishop", "bishop", "dean", "duke", "duchess", "earl", "countess", "marquess", "provost"}
_SEE_OPENING = re.compile(r"[\"“]?[Tt]he\s+(?:" + "|".join(sorted(w.capitalize() for w in _TITLES_OF_PLACES))
                          + r")\s+of(?:\s+[A-Z][\w'’-]*)+")  # `The Bishop of Leeds`: as far as its place runs


def _acts_after(text: str, end: int) -> bool:
    """A past verb right after the name that ends at `end`: `Keegan sympathised`."""
    verb = _NEXT_WORD.match(text, end)
    return verb is not None and past_tense(verb.group(1))


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_VERB_BETWEEN = re.compile(r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|nor|but|with|of|to|for|from|by|as|like|than|in|on|at|"
                           r"who|whose|is|was)\b)[a-z]+\s+")  # ` recalled `: the subject's own verb before the
# description, its object
_GERUND_AFTER = re.compile(r"\s+(?!(?:during|according|including|following|concerning|regarding)\b)[a-z]{2,}ing\b")
# `Brown bringing`: a name acting in a clause of its own
_CUE_OF = re.compile(r"\s+[a-z]+\s+of\s+(?=[A-Z])")  # `he said of Cruz`
_FRONTED_OF = re.compile(r"(?:[\"“”]\s*)?(?:Of|About|On|Speaking of|Asked about|Commenting on|Referring to)\s+"
                         r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?:\s+[a-z]+){0,2},\s+")  # `Of Hepburn, `,
# `Commenting on Mr Malon's case, `: whom it speaks of


def _sector(tok, head: str) -> bool:
    """`oil`, `software`, `struggling` before a word for a business (`the oil giant`, `the software
    firm`): a word that says what the business named before does; not one that sets another apart
    (`the rival firm`, `the parent company`, `the biggest firm`, `the second company`)."""
    low = tok.lower
    if low == "central" and head == "bank":
        return True  # `the central bank`: a kind of bank, not one set apart
    return (head in _SECTOR_HEADS or head in _CAUSES_HEADS) and _described_so(tok)


def _described_so(tok) -> bool:
    """`economic`, `left-leaning` before a body's words: what it is like, not another body (`rival`, `biggest`)."""
    low = tok.lower
    return tok.is_word and low.replace("-", "").isalpha() and low not in _ANOTHER_BODY \
        and not low.endswith("est") and low not in NUMBER_WORDS and low not in _ORDINALS


_COMPOUND_BODIES = {("think", "tank"), ("trade", "body"), ("pressure", "group"), ("lobby", "group"),
                    ("campaign", "group"), ("industry", "body"), ("trade", "association"), ("governing", "body"),
                    ("ruling", "body"), ("umbrella", "body"), ("umbrella", "group"), ("advocacy", "group"),
                    ("professional", "body"), ("industry", "group"), ("space", "agency"),
                    ("news", "agency"), ("oil", "major"), ("energy", "major"), ("mining", "major"),
                    ("aid", "agency"), ("relief", "agency"), ("humanitarian", "agency"), ("aid", "group")}
# words for a body, two each
_FORCES = (("police",), ("constabulary",), ("police", "service"))  # how a police force's name ends: `Thames Valley
# Police`, `Metropolitan Police Service`
_OWNED_BY = re.compile(r"\b(?:owned|bought|acquired|controlled) by\s+(?:[A-Z][\w-]*['’]s\s+)?$")
_OWNED_BY_REACH = 40  # characters before a name in which `owned by` is looked for
_SECTOR_HEADS = {"firm", "company", "giant", "maker", "retailer", "carrier", "operator", "corporation", "broadcaster",
                 "conglomerate", "manufacturer", "insurer", "lender", "airline", "chain", "brewer", "publisher",
                 "bank", "regulator", "watchdog", "carmaker", "automaker", "chipmaker", "drugmaker", "steelmaker",
                 "planemaker", "housebuilder", "homebuilder", "supermarket", "business", "startup", "supplier",
                 "utility", "distributor", "grocer", "caterer", "outsourcer"}  # `the central bank`, `the energy
# regulator`, `the media watchdog`, `the electric carmaker`, `the online grocer`
_CAUSES_HEADS = {"group", "charity", "organisation", "organization", "movement", "coalition", "campaign"}  # `the rights
# group`, `the anti-poverty charity`: what the body named before works for
_KIN_BODIES = {"rival", "parent", "sister", "partner", "subsidiary", "fellow"}  # a body's kin, in lowercase before
# its name
_ANOTHER_BODY = {"rival", "other", "parent", "sister", "partner", "subsidiary", "holding", "target", "acquiring",
                 "merged", "combined", "new", "same", "joint", "smaller", "larger", "bigger", "only", "whole", "shell",
                 "central", "private", "state", "world", "existing", "former", "foreign", "local", "another", "last",
                 "next", "previous", "original", "successor", "buying", "selling", "takeover", "bidding", "winning",
                 "losing", "competing", "competitor"}
_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}


def _on_a_street(toks) -> bool:
    """`Albert Quay`, `Oxford Street`: capitalised words that name a street, where a body before its word is."""
    return 1 <= len(toks) <= 3 and toks[-1].bare.lower() in _STREETS and all(t.is_capitalised for t in toks)


_STREETS = {"quay", "street", "road", "lane", "avenue", "square", "row", "terrace", "crescent", "parade", "wharf"}


def _places_a_body(tok) -> bool:
    """`Canada-based`, `German`, `US`: a word before a word for a business that says where it is."""
    low = tok.bare.lower()
    return compound_adjective(low) or low in DEMONYMS or low in NATION_ADJECTIVES or low in PLACES \
        or low in _COUNTRY_ACRONYMS  # (`the Irish airline`, `the British retailer`)


_COUNTRY_ACRONYMS = {"us", "uk", "eu", "uae", "un"}  # (`the UN health agency`: a UN body)


def _unpossessed(toks) -> list:
    """`the council's` -> `the council`."""
    last = toks[-1]
    return [*toks[:-1], Token(last.bare, last.start, last.start + len(last.bare))]


_OPENING_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those"}


_DRIVERS = frozenset({"driver", "motorist", "motorcyclist", "trucker"})
_VEHICLES = (r"(?:lorry|car|van|bus|truck|vehicle|taxi|HGV|motorbike|motorcycle|tractor|coach|tram|cab|4x4|minibus"
             r"|pick-up)")
_BY_A_VEHICLE = re.compile(r"\b(?:hit|struck|knocked\s+(?:down|over)|run\s+over|mown\s+down|hurt|injured|killed"
                           rf"|crushed|dragged)\s+by\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:{_VEHICLES}|driver|motorist)\b"
                           r"(?!,?\s+(?:driven|ridden)\s+by\s+[A-Z])")
# (`was knocked down by a white van`: its driver is someone the text has not named)
_DRIVEN_BY = re.compile(rf"\b{_VEHICLES}\s*,?\s+(?:being\s+)?driven\s+by\s+")
_UNNAMED_REACH = 2  # paragraphs back: `taking cash from a developer.` ¶ `Her lawyer … said` ¶ `the developer argued`


@functools.lru_cache(maxsize=4096)
def _introducing(head: str) -> re.Pattern:
    """`a partner`, `an experienced partner`: the head word introduced with `a`, not before the
    person's name (`a teacher, Jane Moss,`, `a teacher named Jane Moss`). Compiled once per word, and
    asked for only where the word occurs (24 words on BBC, from 64 asks)."""
    return re.compile(rf"\b[Aa]n? (?:[\w'’-]+ ){{0,2}}{re.escape(head)}\b"
                      r"(?!,? [A-Z][a-z]| (?:named|called) [A-Z])")


@functools.lru_cache(maxsize=4096)
def _meeting(office: tuple[str, ...]) -> re.Pattern:
    """The office's head for someone unnamed (group `one`), before another's name (group
    `surname`), or the whole office for many (`Christian leaders`); see `Resolver._met_before`."""
    head, whole = re.escape(office[-1]), r"\s+".join(re.escape(w) for w in office)
    return re.compile(rf"\b(?:(?P<one>(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w-]+\s+){{0,5}}{head})\b"
                      rf"|{_ANOTHER_OFFICE}{head}\s+[A-Z][a-z]+\s+(?P<surname>[A-Z][\w'’-]*)"
                      rf"|(?i:{whole})s\b)")


_NAME_RUN = r"((?:the\s+)?[A-Z][\w&'’-]*+(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’-]*+)*+)"  # (whole: never `World Economic`
# of `the World Economic Forum warned`)
_AUTHORS_VERBS = ("says", "said", "and", "warned", "warns", "found", "finds", "showed", "shows", "suggested",
                  "suggests", "concluded", "concludes", "estimated", "estimates", "predicted", "predicts", "claimed",
                  "claims", "argued", "argues", "revealed", "reveals", "urged", "urges", "called", "calls",
                  "recommended", "recommends", "stated", "states", "has", "had")  # what may follow the author's
# whole name (`A report by the Institute for Fiscal Studies has found`)


def _last_author(word: str, n: int, text: str) -> tuple[int, int, str] | None:
    """(paragraph, start, words) of the last body the text of paragraph `n` gives as the author of a
    text of this kind."""
    if word not in text:
        return None  # (each pattern writes the word: most paragraphs need no search)
    found = None
    for pattern in _authored(word):
        for match in pattern.finditer(text):
            found = (n, match.start(1), match.group(1)) if match.group(1).lower() not in _OPENING_DETERMINERS \
                else found  # (not `His` of `His club said in a statement`)
    return found


_LEAD_OPENING_CHARS = 120  # enough of a lead for its article and three words


def _another_in_quotes(heading: str) -> bool:
    """Whether a quotation in the heading holds a capitalised word but for an opening pronoun or article
    (`'Starmer must go'`, `'We back Reeves'`; not `'We will not back down'`)."""
    for quoted in _HEADING_QUOTE.findall(heading):
        words = re.findall(r"[\w'’-]+", quoted)
        if any(w[0].isupper() and w != "I" and not w.startswith(("I'", "I’")) and (
                k or w.lower() not in _PLAIN_OPENERS) for k, w in enumerate(words)):
            return True
    return False


_HEADING_QUOTE = re.compile(r"(?:^|\s)['‘\"“](.+?)['’\"”](?:\W|$)")
_PLAIN_OPENERS = DETERMINERS | GROUP_PRONOUNS | HE_OR_SHE_WORDS | {"you", "it", "there", "no", "not", "nothing",
                                                                   "never", "what", "why", "how", "we're", "we’re",
                                                                   "it's", "it’s", "don't", "don’t", "people"}


def _called_words(toks) -> bool:
    """`the plumber`, `the lorry driver`, `the world number one`, `the GP`, `the Spaniard`, `the Paralympian`: an
    epithet of lowercase words, a trade's letters, a nation's people or a word for a person in capitals, that
    `_called_so` may find the name for."""
    return len(toks) <= 4 and (len(toks) == 2 and (toks[1].bare.lower() in DEMONYMS or toks[1].bare.lower()
                                                   in EPITHET_HEADS) or not any(
        t.is_capitalised and not (t.text.isupper() and len(t.text) <= 3) for t in toks[1:]))


@functools.lru_cache(maxsize=1024)
def _called_before(words: str, loose: bool = False) -> re.Pattern:
    """`Plumber ` before `Tom Brown`: the trade as the name's title (`words` a pattern); `loose`, with a few words of
    any case between (`Italian world number one Jannik Sinner`: a nation's person)."""
    between = r"(?:(?!(?:and|or|with|v|vs)\s)[\w'’-]+\s+){0,3}" if loose else r"(?:[A-Z][\w'’-]*\s+)*"  # (not
    # past another: `Welshman Gareth Bale and Harry Kane`)
    return re.compile(r"\b(?i:" + words + r")(?:-[\w'’]+)*(?:['’]s)?\s+" + between + "$")  # (`Singer-songwriter`;
    # `Spain's`)


def _role_for_a_domain(toks) -> int | None:
    """Where `for` stands in `the minister for schools`, `the shadow secretary for health`: the article, then
    lowercase words a serving role and its domain make (`served_domain`)."""
    if len(toks) < 4 or toks[0].lower != "the" or not all(t.text.islower() for t in toks[1:]):
        return None
    served = served_domain(tuple(t.lower for t in toks[1:]))
    return served + 1 if served is not None else None


def _role_of_the_body(toks) -> bool:
    """`the leader of the council`, `the chair of the committee`, `the boss of the firm`: a role, `of the`, then a word
    for a body, all in lowercase."""
    return 5 <= len(toks) <= 6 and toks[0].lower == "the" and toks[-3].lower == "of" and toks[-2].lower == "the" \
        and toks[-1].text.islower() and (toks[-1].lower in BODY_NOUNS or toks[-1].lower in _PANELS
                                         or toks[-1].lower in _INSTITUTIONS or toks[-1].lower == "council") \
        and all(t.text.islower() for t in toks[1:-3]) and toks[-4].lower in _SPOKES_OR_ROLE_WORDS


def _a_plain_quality(word: str) -> bool:
    """`retired`, `self-taught`, `young`, `experienced`: a word for what a person called by a trade is like, not one
    that makes them another (`former`, `deputy`, `head`, `student`)."""
    return word not in _NOT_THE_SAME and (word in _QUALITIES or "-" in word or word.endswith(_QUALITY_ENDINGS))


_QUALITIES = {"young", "old", "veteran", "local", "famous", "keen", "proud", "retired", "top", "leading"}
_QUALITY_ENDINGS = ADJECTIVE_ENDINGS + ("ed", "ing")


@functools.lru_cache(maxsize=1024)
def _written_anyhow(words: str) -> re.Pattern:
    """The `words` (a pattern) in any case."""
    return re.compile(words, re.IGNORECASE)


def _called_in_a_list(text: str, start: int, written: re.Pattern) -> bool:
    """`two Russian cosmonauts, Sergey Prokopyev and ` before `Dmitri Petelin` at `start`: the calling (`written`, its
    words in any case) in the plural before a list of names the name is one of."""
    listed = _LIST_BEFORE.search(text, max(0, start - _LIST_REACH), start)
    if listed is None:
        return False
    words = listed.group(1).split()  # (`lorry drivers`: the calling's last words, one to three)
    return any(written.fullmatch(" ".join(words[k:])) is not None for k in range(len(words)))


_LIST_BEFORE = re.compile(r"\b((?:[\w'’-]+\s+){0,2}[\w'’-]+)s,?\s+"
                          r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*(?:,\s+|\s+and\s+))*$")  # a plural, then names
# listed up to a name


_LISTED_AFTER = (", ", " and ", "s ")  # what a listed name follows: a comma, `and`, or the plural right before it
_LIST_REACH = 80  # characters before a name that a list of names it ends may take


@functools.lru_cache(maxsize=1024)
def _called_set_before(words: str) -> re.Pattern:
    """`His neighbour, `, `Jack's aunt, `, `The plumber, ` before `Ann Lee`: the calling (`words`, a pattern) set off
    before the name, owned or definite."""
    return re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)|\b[\w-]+['’]s?)\s+(?:[a-z-]+\s+)?(?i:" + words
                      + r"),\s+$")  # (`The couple's neighbour, `, `The Browns' lawyer, `)


@functools.lru_cache(maxsize=1024)
def _called_from(words: str) -> re.Pattern:
    """` of Spain`, ` (Germany)`, `, from France`, `, who is Welsh` after `Tom Brown`: a nation's words (`words`, a
    pattern) said of the name."""
    return re.compile(r"(?:\s+of\s+|,\s+from\s+|\s+\(\s*|,\s+who\s+is\s+)(?i:" + words + r")\b")


@functools.lru_cache(maxsize=256)
def _nation_forms(demonym: str) -> str:
    """A pattern of every word for the nation of `demonym` and for its country: `scot|scots|scotsman|…|scottish|
    scotland` for `scot`."""
    if demonym in US_DEMONYMS and demonym != "american":
        return re.escape(demonym)  # (a Texan is American, but `American Tom Brown` is no `Texan`)
    key = _NATION_OF.get(demonym, demonym)
    forms = {word for word in DEMONYMS | NATION_ADJECTIVES if _NATION_OF.get(word, word) == key
             and (word == "american" or word not in US_DEMONYMS)} | {key}
    forms |= {country for country in COUNTRIES if _COUNTRY_ADJECTIVES.get(country) == key or (
        country not in _COUNTRY_ADJECTIVES and len(country) > 4 and key.startswith(country[:-1]))}
    forms |= {country for country, adjective in _COUNTRY_ADJECTIVES.items() if adjective == key}
    return "|".join(sorted((re.escape(form).replace(r"\ ", r"\s+") for form in forms if len(form) > 2), key=len,
                           reverse=True))  # (not `us`, a word)


_CALLED_AS_SO = r"(?:who\s+(?:is|was|has\s+been|had\s+been|is\s+now|works\s+as|worked\s+as|trained\s+as)\s+" \
    r"|(?:now|himself|herself|is|was)\s+)?"  # what may say one is called so: `, who is a plumber,`, `, himself a
# plumber,`, `Tom Brown is a plumber.`


@functools.lru_cache(maxsize=1024)
def _called_after(words: str) -> re.Pattern:
    """`, a plumber from Leeds`, `, 45, a retired plumber,`, `, the zoo's head vet,`, `, who works as a plumber,`,
    ` - a plumber from Leeds -`, ` (a plumber)`, ` is a plumber` after `Tom Brown`: the trade in an appositive, or
    said of the name."""
    return re.compile(r"(?:,|\s+[-–—]|\s+\(|(?=\s+(?:is|was)\s))\s*(?:\d{1,3},\s+)?" + _CALLED_AS_SO
                      + r"(?:an?|the)\s+(?:(?!(?:of|for|to|with|at|from|in)\s)[\w'’-]+\s+){0,3}?(?:"
                      + words + r")(?:-\w+)*\b(?!['’])", re.IGNORECASE)  # (not `, a friend of the plumber`,
    # nor `, the plumber's wife`: another's; but `, a singer-songwriter,`)


_DEPUTIES = frozenset({"deputy", "vice"})  # the first word of an office that is someone's second (`the deputy leader`)
_NEAR_REACH = 60  # characters before a name that a body's name an epithet holds is looked for in (`Strictly Come
# Dancing star Ann Lee` for `the Strictly star`)
_KINDS_OF_STAR = {"soap", "reality", "tv", "pop", "film", "movie", "screen", "sitcom", "stage", "telly", "hollywood"}
# what kind of star an epithet says (`the soap star`, `the reality TV star`): any star the text calls so
_PREMISES = {"shop", "cafe", "café", "restaurant", "pub", "bar", "salon", "bakery", "hotel", "store", "takeaway",
             "garage", "boutique", "stall", "kiosk", "farm", "nursery", "bookshop", "gym", "studio"}  # a business of
# one's own (`the cafe owner`)
_CALLED_AS = {"shopkeeper": r"shopkeeper|(?:" + "|".join(sorted(_PREMISES)) + r")\s+owner",  # `Cafe owner Ann Lee`
              "star": "star|superstar|actor|actress|singer|rapper|comedian|musician|popstar|DJ|presenter",
              "doctor": r"doctor|GP|physician|Dr\.?",
              "specialist": r"specialist|consultant\s+\w+|\w+ologist|\w+iatrist",
              "writer": "writer|author|novelist|poet|playwright|screenwriter|columnist",
              "broadcaster": "broadcaster|presenter|newsreader|DJ|anchor",
              "athlete": "athlete|olympian|paralympian|sprinter|runner|hurdler|jumper|thrower|decathlete|heptathlete",
              "influencer": "influencer|youtuber|tiktoker|instagrammer|blogger|vlogger",
              "winner": r"winner|[\w-]+-winning\s+[a-z]+",  # `Oscar-winning actress Ann Lee` for `the Oscar winner`
              "olympian": r"olympian|olympic\s+[a-z]+", "paralympian": r"paralympian|paralympic\s+[a-z]+",
              **dict.fromkeys(("father", "dad"), "father|dad"),
              **dict.fromkeys(("mother", "mum", "mom"), "mother|mum|mom"),
              "widower": "widower|husband", "widow": "widow|wife", "twin": r"twin(?:\s+(?:brother|sister))?"}
# (`Her husband, Mark,` for `the widower`, of one who died; `Her twin brother, Mark Lee,` for `the twin`)
# the words that call someone what an epithet says: `Actor Tom Brown`, `Tom Brown, a singer from Leeds,` for `the
# star`; `Ann Lee, a GP in Leeds,` for `the doctor`; `a consultant rheumatologist` for `the specialist`


_THE_LEAD_OPENING = re.compile(r"\W*The\s", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _lead_opening(office: tuple[str, ...]) -> re.Pattern:
    """`The Archbishop of Canterbury has`, `A headteacher has`: a lead opening on the office, in capitals or not,
    as its subject."""
    return re.compile(r"\W*((?:The|An?)\s+(?:[\w-]+\s+){0,2}?" + r"\s+".join(office)
                      + r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*)*)(?:\s+who\s+[^.;]*?)?"  # (`A boy who raised £50,000 …`)
                      + r"\s+(?:has|have|had|is|was|says|said|[a-z]+ed)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _lead_closing(words: tuple[str, ...]) -> re.Pattern:
    """`…, a witness has told jurors.`, `…, a headteacher has said.`: a lead closing on a cue whose subject is one
    described by the words."""
    return re.compile(r",\s+(an?\s+(?:[\w-]+\s+){0,2}?" + r"\s+".join(words) + r")\s+(?:(?:has|have)\s+(?:said|told|"
                      r"warned|claimed|admitted|revealed|insisted|argued|suggested|described|urged|called)|says|tells|"
                      r"warns|claims|admits|insists|argues|suggests|urges)\b")  # (`…, a witness tells jurors.`)


@functools.lru_cache(maxsize=None)
def _asked_the(office: tuple[str, ...]) -> re.Pattern:
    """`asked the chancellor`, `pressed the prime minister`: a question put to the office."""
    return re.compile(r"\b(?:asked|pressed|questioned|quizzed|challenged)\s+the\s+" + r"\s+".join(office) + r"\b")


@functools.lru_cache(maxsize=None)
def _authored(word: str) -> tuple[re.Pattern, ...]:
    """Patterns that name the author of a text of this kind: `the report by telecoms giant BT`, `a
    report published on Thursday by the World Economic Forum` (a comma may set it off), `Oxfam says in
    a report`, `In a statement, Valve said`."""
    return (re.compile(rf"\b{word}\b,?(?:\s+\w+){{0,5}}?{_NOT_READER}\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){{0,3}}"
                       rf"{_NAME_RUN}"
                       rf"(?![\w'’-]|\s+(?!(?:{'|'.join(_AUTHORS_VERBS)})\b)[a-z])"),  # the whole name: not `the
            # Commons work …`
            re.compile(rf"{_NAME_RUN}\s+(?:[a-z]+\s+){{0,2}}in\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}{word}\b"),
            re.compile(rf"\bIn\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}{word}\b[^.\"“”]{{0,80}}?[,\s]\s*{_NAME_RUN}"
                       rf"{_A_WORD}\s+(?:said|says|added|stated|announced|insisted|claimed|wrote|writes|warned"
                       r"|told)\b"),
            # `In a statement detailing the banning of the accounts Valve said`, `In a letter to constituents, Tom
            # Brown wrote`, `In a statement, Tom Brown's family said`
            re.compile(rf"{_NAME_RUN}{_A_WORD}\s+(?:has\s+|have\s+|had\s+)?(?:issued|released|published|put\s+out)"
                       rf"\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}{word}\b"))  # `The Green Party issued a
    # statement`


def _authors_voice(text: str, start: int, written: str) -> str | None:
    """`family` of `Tom Brown's family said in a statement` or `The family of Tom Brown said …`: the kin or the
    voice of the one named who gave the text."""
    after = _OWNED_VOICE.match(text, start + len(written)) if written.endswith(POSSESSIVE_ENDINGS) else None
    before = None if after else _VOICE_OF.search(text, max(0, start - 30), start)
    voice = (after or before).group(1) if after or before else None
    return voice if voice in _AUTHORS_VOICES else None


_OWNED_VOICE = re.compile(r"\s+([a-z]+)\b")  # ` family` after `Tom Brown's`
_VOICE_OF = re.compile(r"\b(?:[Tt]he|[Aa])\s+([a-z]+)\s+of\s+$")  # `The family of ` before `Tom Brown`
_AUTHORS_VOICES = FAMILY | RELATIONS | SPOKES_ROLES | {
    "lawyer", "lawyers", "solicitor", "solicitors", "attorney", "attorneys", "representative", "representatives",
    "agent", "office", "campaign", "team"}  # who gives a text for one


_A_WORD = r"(?:\s+[a-z]+)?"  # a lowercase word after a name: `also`, `family` of `Tom Brown's family`
_NOT_READER = "".join(rf"(?<!\b{verb})" for verb in ("seen", "obtained", "received", "reviewed", "read", "heard",
                                                     "leaked", "acquired"))  # `The letter, seen by the BBC,`: the
# one who read it, not its author


def _lowercase_office(toks) -> tuple[str, ...]:
    """(`chairman`,) from `the Chester chairman`."""
    return tuple(t.bare.lower() for t in toks[1:] if not t.is_capitalised)


def _office_of_a_place(toks) -> bool:
    """`The Archbishop of Canterbury`, `the Bishop of Durham`, `the Mayor of London`: an office in capitals, then
    `of` and the place or body it is held for."""
    return len(toks) >= 4 and toks[0].lower == "the" and toks[2].lower == "of" and toks[1].is_capitalised \
        and toks[1].bare.lower() in ROLE_WORDS and all(t.is_capitalised or t.lower == "the" for t in toks[3:])


def _of_a_body(toks) -> bool:
    """`the Tory leader`, `The Spectator editor`: an office a capitalised word ties to a party or a
    body; not to a country (`the French producer` is not `Producer Kevin Wallace`)."""
    tied = [t.bare.lower() for t in toks[1:-1] if t.is_capitalised]
    return _common_office(toks) and bool(tied) and not any(_of_a_country(w) for w in tied)


def _a_party_leader(office: tuple[str, ...]) -> bool:
    """`the Lib Dem leader`, `the Tory leader`: a party's leader, one person (not `the Senate Democratic
    leader`, `the Russian leader`)."""
    return len(office) >= 2 and office[-1] == "leader" and all(word in PARTY_WORDS for word in office[:-1])


def _of_a_country(word: str) -> bool:
    """`French`, `British`, `Mexican`, `Japanese`, `US`; not a US state (`the Vermont senator`)."""
    return word in DEMONYMS or word in PLACES and word not in US_STATES or word.endswith(("ish", "ese", "ch", "an"))


def _owned_plural(toks) -> bool:
    """`Mr Trump's aides`, `his lawyers`: people in the plural that an owner (a name's possessive, or his, her or
    their) opens."""
    owner = next((k for k, t in enumerate(toks[:-1]) if t.is_possessive or t.lower in ("his", "her", "their")), None)
    return owner is not None and all(t.is_capitalised for t in toks[:owner]) and plural(toks[-1].lower) \
        and people_word(toks[-1].lower)


def _common_office(toks) -> bool:
    """`the foreign secretary`, `The Tory leader`, `The South African archbishop`, `the secretary of
    State`: an office whose head is a lowercase word, or one only a person holds written in capitals
    (`The Conservative Party Co-Chairman`, `The Foreign Secretary`); not `the Scottish Executive` (a
    body's name), `The New Hampshire Union Leader` (a paper's) or `the spokesman`."""
    of = next((k for k in range(2, len(toks)) if toks[k].lower == "of"), None)
    head = toks[of - 1] if of is not None and toks[-1].bare.lower() not in ROLE_WORDS else toks[-1]
    return head.lower not in SPOKES_ROLES and (not head.is_capitalised or head.bare.lower() in _PERSONS_OFFICES)


_CACHED_PAIRS = 4096  # (name, epithet) pairs whose parties are compared once


@functools.lru_cache(maxsize=_CACHED_PAIRS)
def _of_another_party(name: str, head: str) -> bool:
    """`the Democrat` is no `Republican nominee`: a description that spoke, naming another party than the epithet's
    head does."""
    mine, theirs = _parties_in((head,)), _parties_in(tuple(name.lower().split()))
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _parties_in(words: tuple[str, ...]) -> set[str]:
    """The parties lowercase words name, each by one name (`tory` as `conservative`)."""
    return {w for w in party_named(words) if w in PARTY_WORDS}


def _other_side(head: str, roles: set[str]) -> bool:
    """A player's epithet for someone titled as their manager, or the other way round, or either for a
    performer (`the singer` is no `tight end`); but a former one may be either (`Former Southampton manager
    Gordon Strachan` is `the former Scotland international`)."""
    return bool(roles) and "former" not in roles and any(
        head in calling and not roles.isdisjoint(other) for calling, other in _CALLINGS_APART)


_PLAYERS = frozenset({"defender", "midfielder", "striker", "winger", "forward", "goalkeeper", "keeper", "full-back",
                      "fly-half", "scrum-half", "prop", "hooker", "flanker", "centre", "player", "lock", "wing",
                      "captain", "skipper", "international", "back-rower", "second-rower", "half-back", "all-rounder",
                      "batsman", "batter", "bowler", "opener", "wicketkeeper", "spinner"} | SPORT_POSITIONS)
# (`the former Scotland international`, `the quarterback`, `the all-rounder`)
_CLUBS_PLAYERS = (_PLAYERS - {"captain", "skipper"}) | {"goalscorer", "scorer", "legend"}  # `The club's record
# goalscorer`: a player, past or present, whom the text may have named (not its captain, one office of many)
_AT_THE_WHEEL = frozenset({"driver"})  # (`the Red Bull driver` is no `McLaren team principal Andrea Stella`)
_PRINCIPALS = frozenset({"principal"})  # a team's or a school's head
_MANAGERS = {"manager", "boss", "coach", "chairman", "owner", "director", "executive", "president"}  # `Club director`
_PERFORMERS = {"singer", "rapper", "actress", "actor", "musician", "songwriter", "pop star", "comedian", "comic"}
_DANCERS = {"dancer", "ballerina"}  # no one titled actress or singer (`Actress Amanda Abbington` is no `Italian
# dancer`)
_STARS = {"star", "superstar", "celebrity"}  # of any stage or sport, never the court's (`The pop star's lawyer`)
_RUNNERS = {"boss", "executive"}  # who runs a business or a charity: no performer (though one may own a club)
_BENCHERS = {"judge", "justice", "magistrate", "recorder", "sheriff"}
_COUNSEL = {"lawyer", "barrister", "solicitor", "attorney", "prosecutor", "counsel"}  # `the lawyer`: no `Judge Lee`
_SINGERS = {"singer", "vocalist", "frontman", "frontwoman"}
_RHYTHM = {"drummer", "bassist", "keyboardist", "percussionist"}  # a band's players who seldom sing its songs
_KEEPERS = {"goalkeeper", "keeper", "goalie"}
_OUTFIELD = {"defender", "midfielder", "striker", "winger", "full-back", "centre-back"}
_DEFENDERS = {"defender", "full-back", "centre-back"}
_ATTACKERS = {"striker", "winger"}  # (`the striker` is no one titled defender or keeper, whatever a midfielder is)
_LAWMAKERS = {"minister", "mp", "msp", "mep", "senator", "congressman", "congresswoman", "councillor"}
_EXECUTIVES = {"executive", "boss", "billionaire", "tycoon", "entrepreneur"}  # a business's, no minister (but a
# party's chairman or founder may be an MP)
_MOGULS = {"mogul", "businessman", "businesswoman"}  # (`the real estate mogul` is no `Gov. John Kasich`)
_GOVERNING = {"governor", "gov.", "gov", "sen.", "sen", "rep.", "rep", "mayor"}
_FIGHTERS = {"boxer", "fighter", "heavyweight", "cruiserweight", "light-heavyweight", "middleweight", "welterweight",
             "lightweight", "featherweight", "bantamweight", "flyweight"}
_CORNERS = {"trainer", "referee", "coach", "manager"}  # who train, manage or judge a fighter, never the fighter
# (`Trainer Eddie Hearn` is no `welterweight`; a promoter too, were `Promoter` a title the name finder read)
_PUNDITS = {"pundit", "commentator"}  # who talk about a game, not play or manage it now (though once)
_RIDERS = {"rider", "jockey"}
_TRAINERS = {"trainer"}  # (a racehorse's: the one who rides it is someone else)
_TEACHERS = {"teacher", "headteacher", "headmaster", "headmistress", "lecturer", "tutor", "professor"}
_PUPILS = {"pupil", "student", "schoolboy", "schoolgirl", "undergraduate"}
_TYCOONS = {"boss", "billionaire", "tycoon", "mogul", "founder", "owner", "executive", "chairman", "chairwoman",
            "entrepreneur"}
_WATCHERS = {"analyst", "economist", "strategist", "pundit", "commentator", "campaigner", "activist", "protester",
             "protestor"}  # who comment on a business or campaign against it, not run it
_ANALYSTS = {"analyst", "economist", "strategist"}  # who study a market (`Ann Lee, an analyst at Shore Capital,` is no
# `baker`)
_MEDICS = {"nurse", "doctor", "surgeon", "midwife", "paramedic", "gp", "physician", "consultant"}
_POLICE = {"detective", "officer", "constable", "inspector", "sergeant", "superintendent", "pc"}
_FARMERS = {"farmer", "crofter", "smallholder", "grower"}
_CRAFTS = {"plumber", "builder", "baker", "butcher", "mechanic", "electrician", "carpenter", "joiner", "glazier",
           "roofer", "plasterer", "decorator", "shopkeeper", "landlady", "hairdresser", "barber",
           "florist", "grocer", "greengrocer", "jeweller", "tailor"}  # a trade or a shop of one's own
_PROFESSIONS = (_MEDICS, _POLICE, _COUNSEL | _BENCHERS, _TEACHERS, _FARMERS, _CRAFTS)  # each no one titled with
# another (`Detective Nicola Evans` is no `nurse`, `HSE inspector Sian Griffiths` no `farmer`, `Fire officer Mark
# Jones` no `baker`)
_RUGBY_POSITIONS = (frozenset({"prop"}), frozenset({"hooker"}), frozenset({"lock", "second-rower"}),
                    frozenset({"flanker", "back-rower"}), frozenset({"scrum-half"}), frozenset({"fly-half"}),
                    frozenset({"centre"}))  # each no one the text gives another (`the fly-half` is no hooker)
_OCCUPANTS = {"homeowner", "householder", "tenant", "resident", "villager", "neighbour", "neighbor"}  # whose home it
# is, whom no officer or medic on duty there stands for
_CALLINGS_APART = ((_PLAYERS, _MANAGERS), (_MANAGERS, _PLAYERS), (_PLAYERS, _PERFORMERS), (_PERFORMERS, _PLAYERS),
                   (_DANCERS, _PERFORMERS - {"comedian", "comic"}),
                   (_TYCOONS, _WATCHERS), (_WATCHERS, _TYCOONS), (_PERFORMERS, _BENCHERS | _COUNSEL | _RUNNERS),
                   (_BENCHERS | _COUNSEL, _PERFORMERS), (_STARS, _BENCHERS | _COUNSEL), (_PLAYERS, _BENCHERS),
                   (_TEACHERS, _PUPILS), (_PUPILS, _TEACHERS),
                   (_LAWMAKERS, _EXECUTIVES), (_EXECUTIVES | _MOGULS, _LAWMAKERS | _GOVERNING),
                   (_RIDERS, _TRAINERS), (_TRAINERS, _RIDERS), (_AT_THE_WHEEL, _MANAGERS | _PRINCIPALS),
                   (_PRINCIPALS, _AT_THE_WHEEL),
                   (_COUNSEL, _BENCHERS), (_BENCHERS, _COUNSEL), (_SINGERS, _RHYTHM), (_RHYTHM, _SINGERS),
                   (_KEEPERS, _OUTFIELD), (_OUTFIELD, _KEEPERS), (_DEFENDERS, _ATTACKERS), (_ATTACKERS, _DEFENDERS),
                   (_PUNDITS, _PLAYERS | _MANAGERS), (_FIGHTERS, _CORNERS), (_CORNERS, _FIGHTERS),
                   (_OCCUPANTS, _POLICE | _MEDICS | _BENCHERS), (_CRAFTS | _FARMERS, _ANALYSTS),
                   (_ANALYSTS, _CRAFTS | _FARMERS),
                   *((one, frozenset().union(*(other for other in _RUGBY_POSITIONS if other is not one)))
                     for one in _RUGBY_POSITIONS),
                   *((one, other) for one in _PROFESSIONS for other in _PROFESSIONS if one is not other))


def _heads_another_side(name: str, sides: set[str]) -> bool:
    """`Arsenal manager`, a description that spoke, for `the City boss`: a side's head named for no side of
    `sides`."""
    words = name.split()
    return len(words) >= 2 and words[-1] in _SIDES_HEADS and all(w[:1].isupper() for w in words[:-1]) \
        and not {w.lower() for w in words[:-1]} & sides


_EPITHET_TITLES = {"monarch": {"king", "queen"}, "sovereign": {"king", "queen"}, "pontiff": {"pope"},
                   "duke": {"duke", "prince"}, "duchess": {"duchess", "princess"},  # `Prince Harry` for `the duke`
                   "prince": {"prince"}, "princess": {"princess"},
                   **dict.fromkeys(("vicar", "priest", "pastor", "rector", "chaplain"), {
                       "reverend", "rev", "rev.", "father", "fr", "vicar", "pastor", "canon"}),  # `The Rev Tom Brown`
                   "cleric": {"imam", "rabbi", "reverend", "rev", "rev.", "ayatollah", "mullah"},
                   **dict.fromkeys(("clergyman", "clergywoman", "churchman"), {
                       "reverend", "rev", "rev.", "canon", "father", "fr", "vicar", "pastor", "bishop", "archbishop"})}
# what the epithet's holder is titled (`The Rev Simon Cole` for `the clergyman`)
_LESSER = ("deputy", "shadow", "vice", "former", "assistant", "junior")  # who is not the office's holder now
_NOT_THE_SAME = frozenset(_LESSER) | {"ex", "head", "chief", "trainee", "student", "acting", "interim", "caretaker",
                                      "principal"}  # words that make one called by a trade another (`_a_plain_quality`)
_OWNERS_OF_ONE = {"his", "her", "my", "our", "their"}  # whose boss, teacher or doctor a he or she may be
_KIN_REACH = 160  # characters before a pronoun its own sentence's kin are looked for in, first by their text
_OWNED_WORD = re.compile(r"\b([Hh](?:is|er))\s+([\w-]+)")  # `her daughter`: what a his or her owns
_DEATH_WORDS = ("die", "stillborn", "killed", "murdered")  # what `_DIED` reads after a name
_DIED = re.compile(r"(?:,\s+\d{1,3})?(?:,\s+(?:from|of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                   r"(?:,\s+who\s+(?:has\s+|was\s+)?|,?\s+(?:has\s+|was\s+)?)(?:died|dies|stillborn|killed|murdered)\b")
# after a name: `, who has died`, `Her mother, Bella, died`, `Her daughter, Harriet, was stillborn`, `Susan Clarke,
# 64, from Stafford, died` (whose place is no one who died)
_HOME_BEFORE = re.compile(r"\b(?:from|of|in)\s+$")  # `, from Stafford, died`: a place, where one who died lived
_SINGULAR_AGREEMENT = {"its", "has", "is", "was", "does", "itself"}  # a body written as an it
_REPORTING_TEXTS = SOURCE_TEXTS | {"paper", "analysis", "review", "trial", "findings"}  # whose authors an its owns
_BOSSES_OFFICES = {("chief", "executive"), ("managing", "director"), ("ceo",), ("boss",)}  # what a business's boss
# holds (`the boss` too, after `Acme boss Tom Brown`)
_A_SIDES_BOSS = re.compile(r"\b(?:[Mm]anager|[Cc]oach|[Ss]quad|[Pp]layers?|[Ss]triker)\b")
_BOSSES = {"boss", "chief", "founder", "owner"}  # a business's leader, seldom a party's
_OFFICE_REACH = 40  # how far before a name a body's name in its office may stand: `Thames Water chief executive`
_LEADING = {"boss", "chief", "head", "leader"}  # a body's leader, whatever the office: `the Tesco boss`
_TOP_ROLES = frozenset(_LEADING | {"executive", "chairman", "chairwoman", "chair", "president", "governor", "director",
                                   "director-general", "founder", "owner"})  # offices that lead a body
_SENTENCE_STOP_THEN_SPACE = re.compile(r"[.!?][\"”’']?\s+")
_QUOTED_THEN_PRONOUN = re.compile(r"(?:[\"“][^\"“”]{1,400}[\"”]\s*(he|she)|(He|She))\s+[a-z]+")  # `"…," she said`,
# `She asked`
_OF_TWO = {"former": 0, "latter": 1, "first": 0, "second": 1}  # which of two joined `the former` … stand for
_LEADER_OWNED = re.compile(rf"\s+(?:[a-z-]+\s+)?(?:{'|'.join(_TOP_ROLES)})\b")  # `Ryanair's (chief) executive`
_SIDES_HEADS = frozenset({"manager", "boss", "coach"})  # words for a side's head, one office whichever is used
_TOLD_REACH = 40  # characters from a speaker's name to the name of whom they told
_ADDRESSED = re.compile(r"\b(?:told|tells|telling|(?:[Ss]peaking|[Tt]alking)\s+(?:on|to))\s+\Z")  # `told Sky
# Sports`, `Speaking on Sky Sports`: whom a speaker told, where they spoke


def _owns_a_side_named(text: str, end: int, sides) -> bool:
    """Whether the word after a possessive ending at `end` is one of `sides` (`Arne Slot's Liverpool`)."""
    after = _CAPITALISED_NEXT.match(text, end)
    return after is not None and after.group(1).lower() in sides


_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][\w'’-]*)")
_SIDE_OWNED = re.compile(r"\s+(?:[a-z-]+\s+)?(?:side|team|men|squad)\b")  # `Arteta's (young) side`
_AGAINST = (r"\s+(?:beat|beats|beaten by|v|vs\.?|versus|drew with|draw with|lost to|lose to|thrashed|edged|against|and)"
            r"\s+")  # between two sides' names: `Arsenal beat Chelsea`
_SIDE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"  # a side's name of one or two words
_SIDE_REACH = 60  # characters before a name in which its title's capitalised words are read
_ANY_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _names_in(toks) -> set[str]:
    """The capitalised words of a description, lowercase: {`sun`} for `former Sun`; not an honour's
    (`Oscar-nominated`)."""
    return {t.bare.lower() for t in toks
            if t.is_capitalised and not _TENURE_OR_HONOUR.fullmatch(t.bare.lower())}


@functools.lru_cache(maxsize=256)
def _lesser_form(office: tuple[str, ...]) -> re.Pattern:
    """`deputy prime minister`, `shadow chancellor`, `former president`: the office's forms held by one who is
    not its holder now."""
    return re.compile(rf"\b(?:{'|'.join(_LESSER)})[ -]{' '.join(office)}\b", re.IGNORECASE)


@functools.lru_cache(maxsize=256)
def _side_named(toks) -> str:
    """The capitalised words inside an epithet, as one name: `Manchester United` of `the Manchester United manager`."""
    return " ".join(t.bare for t in toks[1:-1] if t.is_capitalised)


def _sides_in(toks) -> set[str]:
    """The sides or bodies an epithet's capitalised words name, in lowercase, no nation's word: `arsenal` of `the
    Arsenal boss`, `tesco` of `the Tesco boss`; with the sides a club's nickname may stand for (`the Gunners boss`:
    arsenal; `the Blues boss`: chelsea, everton or birmingham, whichever the text titles a head of)."""
    named = {w for w in _names_in(toks[1:-1]) if w not in DEMONYMS and w not in NATION_ADJECTIVES}
    return named.union(*(SIDE_NICKNAMES.get(w, ()) for w in named))


def _set_against(side: str) -> re.Pattern:
    """`Arsenal beat Chelsea`, `Chelsea v Arsenal`: the side's name beside a rival's, which the pattern's groups
    take."""
    return re.compile(rf"\b{re.escape(side)}{_AGAINST}({_SIDE})|({_SIDE}){_AGAINST}{re.escape(side)}\b")


def _past_a_relative(tokens, k: int, end: int) -> int:
    """Past a relative clause or an appositive set off by commas at token `k` (`, who died in the crash,`, `, a
    63-year-old from Leeds,`, `, aged eight,`); else `k`."""
    if not (k + 1 < end and tokens[k].text == "," and tokens[k + 1].lower in ("who", "whose", "a", "an", "aged")):
        return k
    closing = next((j for j in range(k + 2, min(end, k + _APPOSITIVE_TOKENS)) if tokens[j].text == ","), None)
    return closing + 1 if closing is not None else k


_A_DESCRIPTION = re.compile(r"The\s+[a-z-]+(?:,|\s+[a-z])")  # `The walker thanked`, `The victim, a …`


def _opens_on_a_description(text: str, end: int | None = None) -> bool:
    """Whether a sentence of `text` before `end` opens on a description in lowercase (`The walker thanked`)."""
    return any(found.start() == 0 or text[found.start() - 2:found.start() - 1] in SENTENCE_END
               for found in _A_DESCRIPTION.finditer(text, 0, len(text) if end is None else end))


_SEXED_APPOSITIVE = re.compile(r"[Tt]he\s+([a-z-]+),\s+an?\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
                               r"(?:\s+(?:from|of|in)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?\s*,")  # `The victim, a
# 24-year-old woman (from Leeds),`: the word for a person that an appositive after a description ends on
_APPOSITIVE_TOKENS = 12  # how far a relative clause or an appositive set off by commas reaches for its closing comma


def _two_of_a_kind(toks) -> bool:
    """`the astronauts`, `the two singers`, `Both leaders`: people of one trade in the plural, whom two just named
    together may be."""
    if not 2 <= len(toks) <= 3 or toks[0].lower not in ("the", "both") \
            or len(toks) == 3 and (toks[0].lower != "the" or toks[1].lower not in ("two", "both")):
        return False
    head = toks[-1].lower
    if (toks[0].lower == "both" or len(toks) == 3) and head in _SEXED_PLURALS \
            or [t.lower for t in toks] == ["the", "two"]:
        return True  # `Both men`, `the two women`, `the two`
    return plural(head) and not toks[-1].is_capitalised and (singular(head) in EPITHET_HEADS or (
        toks[0].lower == "both" or len(toks) == 3) and singular(head) in ROLE_WORDS)  # `Both leaders`, `the two
    # ministers`; not `the ministers`, any of a government


def _three_of_a_kind(toks) -> bool:
    """`the three leaders`, `All three men`, `the trio`, `All three`: three people of one kind, whom three just named
    together may be."""
    if len(toks) == 2 and (toks[0].lower, toks[1].lower) in (("the", "trio"), ("the", "three"), ("all", "three")):
        return True  # (`All three said`: the people left unsaid)
    return len(toks) == 3 and (toks[0].lower, toks[1].lower) in (("the", "three"), ("all", "three")) \
        and not toks[2].is_capitalised and (toks[2].lower in ("men", "women", "people")
                                            or plural(toks[2].lower) and people_word(toks[2].lower))


def _titled_pair(words) -> bool:
    """`The Duke and Duchess of Sussex`, `the King and Queen`: two titles of the nobility joined by `and`."""
    low = [t.lower for t in words if t.lower != "the"]
    return len(low) >= 3 and low[1] == "and" and low[0] in _NOBLE_TITLES and low[2] in _NOBLE_TITLES \
        and (len(low) == 3 or low[3] == "of" and len(low) > 4)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence of `text` running on from `start` ends: its next full stop before a space, else the text's
    end (a title's `Mr. ` aside)."""
    stop = text.find(". ", start)
    return stop if stop >= 0 else len(text)


def _proper(name: str) -> bool:
    """A person's name, every word capitalised: not `Bernie Sanders's only path`."""
    return all(word[:1].isupper() for word in name.split())


def _he_or_she(toks) -> bool:
    return len(toks) == 1 and toks[0].lower in HE_OR_SHE_WORDS


def _describes_another(before: str) -> bool:
    """The words before `a …` make it say what someone named is (`Kelly Holmes, a double Olympic
    champion`, `she was a designer`), no one new; not `As Ivanka Trump delivered her speech, a designer`."""
    last = before.rstrip().rsplit(None, 1)[-1:]
    return bool(last) and (last[0].endswith(",") and (last[0][:1].isupper() or last[0][:1].isdigit())
                           or last[0] in ("is", "was", "as", "became", "been", "becomes", "remains", "remained"))
    # (`Mary Brown has been a teacher for 40 years`)


def _just_named(toks) -> str | None:
    """The gender (`m`, `f`, or `` for either) of a phrase standing for the person just named: an
    epithet, or two roles joined by `and` (`the Florida senator and Republican presidential
    candidate`); None for anything else."""
    epithet = _epithet(toks)
    return "" if epithet is None and _joined_roles(toks) else epithet


_MINISTERS_RANKS = {"cabinet", "junior", "senior"}


def _epithet(toks, owner: bool = False) -> str | None:
    """`the American`, `the Liverpool striker`, `the 23-year-old`, `the Waterford man`: a phrase
    standing for a person just named; its gender (`m`, `f`, or `` for either), else None. An
    `owner` ends on a possessive: `the rapper's`."""
    toks = _names_as_one(_without_measures(toks))
    if toks[0].lower == "this" and not owner:  # `this remarkably active senior citizen`: whom the story is about
        toks = tuple(t for t in toks if not ly_adverb(t.lower))
    if not (_definite(toks[:-1], _EPITHET_WORDS - 1, at_least=1) if owner else _definite(toks, _EPITHET_WORDS, "this")):
        return None
    head = toks[-1].bare.lower()
    if head.startswith("ex-") and len(head) > 4:
        if toks[-1].text[3].isupper():
            return ""  # `the ex-Wallaby`, `the ex-Beatle`: a former member of a side, a person of either sex
        head = head[3:]  # `the ex-president`
    if len(toks) >= 3 and toks[-2].lower == "former" and toks[-1].is_capitalised and head not in ROLE_WORDS \
            and head not in DEMONYMS and not owner:
        return ""  # `the former Beatle`, as `the ex-Beatle`
    if tight_end(toks) or head == "one" and len(toks) >= 3 and toks[-2].lower == "number" \
            or head in _SHIRTS and len(toks) >= 3 and toks[-2].lower == "number" \
            or len(toks) >= 4 and toks[-2].lower in ("number", "no", "no.") and _RANK.fullmatch(head):
        return ""  # `the tight end`: a player's position; `the British number one`, `the world number 14`, `the
        # world No 2`: a ranking; `the number eight`: a position by its shirt
    if head.startswith("great-") and head.rsplit("-", 1)[1] in RELATIONS:
        head = head.rsplit("-", 1)[1]  # `the great-grandmother`, `the great-great-grandfather`
    if _PARENT.fullmatch(head):
        head = head.split("-")[0]  # `the mother-of-nine`
    elif head in _PARENTS and head not in EPITHET_HEADS:
        head = _PARENT_WORDS[head]  # `the mum`: a mother
    elif "-" in head and all(part in EPITHET_HEADS for part in head.split("-")):
        head = head.rsplit("-", 1)[1]  # `the singer-songwriter`, `the actor-director`: two trades, one person
    elif not (head in DEMONYMS or head in EPITHET_HEADS or an_age(head) or learned_trade(head)
              or _a_trades_executive(toks) or _a_premises_owner(toks) or _a_contests_leader(toks)
              or head in _PARTY_MEMBERS and toks[-1].is_capitalised and (head != "dem" or toks[-2].lower == "lib")) \
            or head == "yorker":
        return None  # `The New Yorker put it`: the magazine, far more often than the person just named
    if head in ("man", "woman", "lady") and len(toks) == 2:
        return None  # `the man` is as often someone never named (`a 26-year-old man … the man said`)
    if head == "lady" and toks[-2].lower == "first" and not any(t.lower == "former" for t in toks):
        return None  # `the first lady` is the president's wife, whoever was named last; `the former first lady`
        # is the woman just named
    if head == "minister" and len(toks) != 2 and not (len(toks) == 3 and toks[1].lower in _MINISTERS_RANKS):
        return None  # `The minister told delegates`; but `the prime minister` is one office, never the last named
        # (`the cabinet minister` is a minister of any office, as `the minister` is)
    if head == "chief" and not toks[-2].is_capitalised:
        return None  # `the Warriors chief`, but `the Metropolitan police chief` is an office of its own
    if head == "ms":
        return "" if toks[-1].text == "MS" else None  # `the Plaid MS`: a member of the Senedd, of either sex
    return _head_gender(head)


def _a_contests_leader(toks) -> bool:
    """`the race leader`, `the overnight leader`, `the championship leader`: who leads a contest, a person just named;
    not an office (`the party leader`)."""
    return len(toks) == 3 and toks[-1].lower == "leader" and toks[-2].lower in _CONTESTS_LED


_CONTESTS_LED = {"race", "overnight", "championship", "tournament", "clubhouse", "series", "points", "standings",
                 "rally", "stage", "world"}


def _a_premises_owner(toks) -> bool:
    """`the cafe owner`, `the shop owner`: who owns a small business, a trade of one's own as `the shopkeeper` is,
    a person just named; not an office."""
    return len(toks) >= 3 and toks[-1].lower == "owner" and toks[-2].lower in _PREMISES


def _a_trades_executive(toks) -> bool:
    """`the tech executive`, `the oil executive`: a business's executive by its trade, a person just named; not
    an office (`the chief executive`) nor a body (`the Scottish Executive`, `the executive`)."""
    return len(toks) >= 3 and toks[-1].lower == "executive" and toks[-1].text.islower() \
        and toks[-2].text.isalpha() and toks[-2].text.islower() and toks[-2].lower not in _EXECUTIVE_RANKS


_PARTYS_SEATS = SEAT_SUFFIXES | {"ms", "councillor", "peer"}  # a party's member in a seat (`the SNP MP`)
_BRITISH_SEATS = frozenset({"mp", "msp", "mep", "mla", "councillor", "cllr", "cllr."})  # a British party's
_AMERICAN_SEATS = frozenset({"senator", "sen.", "sen", "rep.", "rep", "congressman", "congresswoman",
                             "representative", "assemblyman", "assemblywoman"})  # an American party's
_PARTY_MEMBERS = {"conservative", "tory", "nationalist", "unionist", "dem"}  # `the Conservative said`, `the Lib
# Dem`: a member, as `the Republican`; not `asked the conservative who he thought would win`, a commentator the text
# describes
_EXECUTIVE_RANKS = {"chief", "managing", "vice", "deputy", "senior", "top", "former", "acting", "interim", "new",
                    "assistant", "national", "local", "party"}  # (`the former executive`: read as an office)


def _a_superlative_of_the_world(toks) -> bool:
    """`the world's richest man`, `the country's most famous chef`, `the sport's best player`: a person singled
    out by a superlative, an epithet for one just named."""
    if not 4 <= len(toks) <= 6 or toks[0].lower != "the" or toks[1].lower.rstrip("'’s") not in _WHOLES \
            or not toks[1].is_possessive or toks[-1].is_capitalised:
        return False
    degree = [t.lower for t in toks[2:-1]]
    return (degree[0] == "most" or degree[0].endswith("est") or degree[0] in ("best", "worst")) \
        and (toks[-1].lower in EPITHET_HEADS or toks[-1].lower in ROLE_WORDS or learned_trade(toks[-1].lower)
             or toks[-1].lower in ("man", "woman", "person"))


_WHOLES = {"world", "country", "nation", "sport", "game", "city", "league", "industry", "planet", "britain", "uk",
           "america", "europe"}


def _names_as_one(toks):
    """`the two-time Academy Award winner` -> `the two-time Academy winner`: a name of several words
    inside a description counts as one word, joined by `of` or `of the` too (`the Match of the Day presenter`,
    `the Bank of England governor`)."""
    kept, last, joined = [], len(toks) - 1, False
    for k, t in enumerate(toks):
        in_name = 1 < k < last and (joined or kept[-1].is_capitalised and not kept[-1].is_possessive)
        joined = in_name and (t.lower == "of" and _name_after_of(toks, k + 1, last) or joined and t.lower == "the")
        if not (joined or in_name and t.is_capitalised):
            kept.append(t)
    return tuple(kept)


def _name_after_of(toks, k: int, last: int) -> bool:
    """Whether a capitalised word inside the description (before its `last`) follows `of` at `k`, past a `the`."""
    k += 1 if k < last and toks[k].lower == "the" else 0
    return k < last and toks[k].is_capitalised


def _without_measures(toks):
    """`the world 200m and 400m record holder` -> `the world record holder`."""
    if not any(t.text[:1].isdigit() for t in toks[1:-1]):
        return toks
    kept = [t for k, t in enumerate(toks) if not (0 < k < len(toks) - 1 and (
        t.text[:1].isdigit() and not an_age(t.lower)
        or t.lower == "and" and toks[k - 1].text[:1].isdigit() and toks[k + 1].text[:1].isdigit()))]
    return tuple(kept)


def _peerage(toks) -> str | None:
    """`Duke of Sussex` of `The Duke of Sussex`, `Prince of Wales`: a title of the peerage, held by one
    person, written out; None for anything else."""
    words = [t.bare for t in toks[1:]] if toks and toks[0].lower == "the" else [t.bare for t in toks]
    if len(words) < 3 or words[0].lower() not in PEERS or words[1] != "of" \
            or not all(w[:1].isupper() for w in words[2:]):
        return None
    return " ".join(words)


_PEER_WORD = "|".join(sorted(word.capitalize() for word in PEERS))
_PAIR_OF_PEERS = re.compile(rf"({_PEER_WORD})(?: and (?:the )?({_PEER_WORD}))? of ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*)")
_NOBLE_TITLES = PEERS | {"king", "queen", "lord", "lady"}


def _sex_of_pronouns(text: str) -> str | None:
    """`f` for a text with a she or her in it, `m` for one with a he, his or him, else None."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    female, male = bool(words & FEMALE_PRONOUNS), bool(words & MALE_PRONOUNS)
    return None if female == male else "f" if female else "m"


def _a_countrys(owner_toks) -> bool:
    """`America's`, `Britain's`, `the UK's`: a country or a place as an owner."""
    words = [t.bare.lower() for t in owner_toks if t.lower != "the"]
    return bool(words) and all(w in PLACES or w in COUNTRY_CODES for w in words)


def _a_group(name: str) -> bool:
    """`MPs`, `UK Muslims`: a name ending in a plural that names a group; not a person's whose surname ends so
    (`Mark Evans`)."""
    first, _, last = name.rpartition(" ")
    return group_word(last.lower()) and not (first and given_name(first.split()[0]))


def _national(tok: Token) -> bool:
    """`Ukrainian`, `US`, `French`: a word of a nation, before an office of its own (`The Ukrainian leader`)."""
    low = tok.bare.lower()
    return low in NATION_ADJECTIVES or low in DEMONYMS or low in COUNTRY_CODES


def _of_the_country(place: str, word: str) -> bool:
    """`israeli` of `israel`, `french` of `france`, `american` of `us`."""
    return word == place or word == _COUNTRY_ADJECTIVES.get(place) or len(place) >= 4 and word[:4] == place[:4]


def _main_clause_after_opening_one(tokens, first: int, end: int) -> tuple[int | None, int | None]:
    """Where `the` opens a main clause after a clause `while`, `when` … opens and a comma closes, in the
    sentence from token `first` to offset `end` (`it emerged that, while Mr Brown is in Africa for a week,
    the prime minister is to deliver`), and where that clause opens: the last such, or Nones."""
    last = bisect_left(tokens, end, lo=first, key=lambda t: t.start)
    low = max(first, last - _MAIN_CLAUSE_REACH)  # (a long sentence is read only near its end)
    commas = [k for k in range(low, last) if tokens[k].text == ","] or [None]
    for k in reversed(commas):
        if k is None or k + 1 >= last or tokens[k + 1].lower != "the":
            continue
        before = max((j for j in commas if j is not None and j < k), default=first - 1 if first >= low else None)
        if before is not None and before + 1 < k and tokens[before + 1].lower in CLAUSE_OPENERS:
            return k + 1, tokens[before + 1].start
    return None, None


_MAIN_CLAUSE_REACH = 40  # tokens before the pronoun's sentence end in which the clause and its office are looked for


def _a_heading(text: str) -> bool:
    """A short line with no stop at its end (`Badenoch responds`), or a name's words in single marks after a colon
    (`Starmer: 'We will rebuild Britain'`): a heading within the text."""
    text = text.rstrip()
    if text[:3].lower() == "by ":
        return False  # `By Nick Robinson, BBC political editor`: a byline, its writer no one the story describes
    if _SIGNED_QUOTATION.match(text):
        return False  # `"We will not be intimidated." — Volodymyr Zelensky`: a quotation and its speaker's name
    return len(text.split()) <= _HEADING_WORDS and (
        not text.endswith(_STOPS) or _CROSSHEAD_LINE.fullmatch(text) is not None)


_HEADING_WORDS = 12
_SIGNED_QUOTATION = re.compile(r"[\"“][^\"“”]+[\"”]\s*[—–―-]")
_STOPS = (".", "!", "?", ":", ";", ",", '"', "”", ")", "'", "’")
_CROSSHEAD_LINE = re.compile(r"[A-Z][\w'’. -]*: ['‘][^'‘’]+['’]")


_PLACE_OWNING = re.compile(r"\b([A-Z][a-z]+)['’]s? (?:[A-Z][a-z]+ ){0,3}\Z")  # `Ukraine's President `
_PLACE_OWNING_REACH = 60
_CAPPED = frozenset({"international", "captain", "skipper"})  # a country's player, of its nation (not its manager)
_NATION_OF = {"briton": "british", "britons": "british", "scot": "scottish", "scotsman": "scottish",
              "scotswoman": "scottish", "englishman": "english", "englishwoman": "english", "welshman": "welsh",
              "welshwoman": "welsh", "irishman": "irish", "irishwoman": "irish", "frenchman": "french",
              "frenchwoman": "french", "spaniard": "spanish", "dutchman": "dutch", "swede": "swedish", "dane": "danish",
              "finn": "finnish", "pole": "polish", "turk": "turkish", "aussie": "australian", "kiwi": "new zealand",
              **dict.fromkeys(US_DEMONYMS, "american")}  # a demonym as its nation's adjective: `the Briton` and `the
# British number one` are one nation's, `the Kentuckian` and `American Senator Mitch McConnell`
_COUNTRY_ADJECTIVES = {"france": "french", "netherlands": "dutch", "us": "american", "u.s.": "american",
                       "america": "american", "uk": "british", "u.k.": "british", "britain": "british",
                       "wales": "welsh", "switzerland": "swiss", "greece": "greek", "ireland": "irish",
                       "scotland": "scottish", "england": "english", "philippines": "filipino", "spain": "spanish",
                       "sweden": "swedish", "denmark": "danish", "finland": "finnish", "poland": "polish",
                       "turkey": "turkish", "holland": "dutch"}


def _a_family(words) -> bool:
    """`His parents`, `Her family`, `Jane Doe's relatives`, `The family of Jane Doe`: people by their tie
    to someone, in the plural or as a family."""
    if len(words) >= 4 and words[0].lower == "the" and words[1].lower in FAMILY and words[2].lower == "of":
        return True
    if words[0].lower in _OWNER_OPENERS:
        return plural_of_person(words[-1].lower) or words[-1].lower in FAMILY
    return words[-1].lower in FAMILY and words[-2].is_possessive


def _many_for_another(words) -> bool:
    """`Lawyers for Tom Brown`, `Aides to Michael Jackson`: people in the plural by what they do for someone named."""
    held = _role_of(words)
    return held is not None and plural_of_person(held[0][-1].bare.lower())


def _many(name: str) -> bool:
    """`MPs`, `the Liberal Democrats`, `Labour`, `Unions`: a body a `they` may stand for; not `the Department
    for Education`, `Q&A` or `Munich`."""
    last = name.split()[-1].lower()
    return group_word(last) or last in COLLECTIVES or singular(last) != last and singular(last) in BODY_NOUNS


def _person_after_a_preposition(toks) -> bool:
    """`The prosecutor in the trial of John Jones`, `A tribute to John Jones`, `A biography of Tony
    Blair`, `Supporters of the campaign to free John Jones`: a phrase that opens on a determiner or
    a word for people, then lowercase words, and ends on a person's name, the object of a
    preposition or of an infinitive: someone or something else, about that person."""
    if len(toks) < 4 or not (toks[0].lower in DETERMINERS or people_word(toks[0].bare)) or toks[1].is_capitalised:
        return False  # `Mourners at the funeral of John Jones` opening a sentence, too
    name = _trailing_name(toks)
    k = len(toks) - len(name) if name else 0
    about = k > 2 and (toks[k - 1].lower in _ABOUT_SOMEONE or toks[k - 2].lower == "to" and toks[k - 1].is_word)
    return about and toks[k - 2].lower != "behalf" and not any(t.is_capitalised for t in toks[1:k - 1]) \
        and _opens_on_a_persons_name(name)  # but `a statement issued on behalf of Robert Zoellick`: his words


_ABOUT_SOMEONE = {"of", "to", "about", "in", "on", "against", "with", "at"}


def _person_from_a_place(toks) -> int:
    """`the 27-year-old from Leeds`, `a woman in Kyiv`, `one resident of Gaza`: someone described, then where they
    are from, a name no given name or title opens closing the phrase: the person, unnamed, not the place. Where the
    place's name opens (its preposition's and the person's word are the two before), or 0 for no such phrase."""
    if len(toks) < 4 or toks[0].lower not in DETERMINERS or toks[1].is_capitalised:
        return 0
    name = _trailing_name(toks)
    k = len(toks) - len(name) if name else 0
    if k < 3 or toks[k - 1].lower not in ("from", "in", "of") or any(t.is_capitalised for t in toks[1:k - 1]):
        return 0
    head = toks[k - 2].bare.lower()
    head = head.split("-")[0] if _PARENT.fullmatch(head) else head  # `the mother-of-three from Leeds`
    return k if (people_word(head) or an_age(head) or head in EPITHET_HEADS) and not given_name(name[0].bare) \
        and not any(t.lower in HONORIFICS for t in name) else 0  # (not `the wife of Tom Hanks`, `a friend of Mr Smith`)


def _described_by_a_relative(toks):
    """`People` in `People who know Jones`, `Those` in `Those who know Jones`: the word a relative
    clause inside the phrase describes (a name in the clause is not the speaker); None for a
    phrase with no such clause."""
    k = next((k for k in range(1, len(toks) - 1) if toks[k].lower in ("who", "that")), None)
    if k is None or toks[k - 1].is_capitalised and k > 1 or not toks[k + 1].is_word or toks[k + 1].is_capitalised:
        return None  # but `The people who Mr Forsyth labels`: his words
    return toks[k - 1]


def _generational_surname(toks) -> str | None:
    """`Trump` of `the younger Mr. Trump`, `Williams` of `the elder Williams`: one of a family set
    apart by age."""
    if len(toks) < 3 or toks[0].lower != "the" or toks[1].lower not in _BY_AGE:
        return None
    rest = toks[3:] if toks[2].bare.lower() in HONORIFICS else toks[2:]
    return rest[0].bare if len(rest) == 1 and rest[0].is_capitalised else None


_BY_AGE = {"younger", "elder", "older"}


def _no_given_name(name: str) -> bool:
    """A name of several words that opens on no given name (`Polar Express`, not `Kim Collins`)."""
    words = name.split()
    return len(words) >= 2 and not given_name(words[0])


def _first_word(text: str, start: int) -> str:
    """The lowercase word at `start` (past marks and spaces), or ""."""
    found = _WORD_AT.match(text, start)
    return found.group(1).lower() if found else ""


_SEXED_REACH = 400  # characters before the pronoun: the sentence before's, in most paragraphs
_WORD_AT = re.compile(r"[\s\"“”'‘’(]*([A-Za-z]+)")
_SEXED_HEAD = {sex: re.compile(r"\b(?:%s)\b|%s\b" % ("|".join(sorted(words - HE_OR_SHE_WORDS)), ending))
               for sex, words, ending in (("f", FEMALE_WORDS, "woman"), ("m", MALE_WORDS, "(?<!wo)man"))}  # a head
# word of that sex somewhere before: the cheap test before the sentence before is read for `_sexed_description_before`


def _a_losers_word(toks) -> bool:
    """`the runner-up`, `the loser`, `the defeated candidate`, `the beaten finalist`: who lost."""
    if len(toks) == 2 and toks[0].lower == "the":
        return toks[1].lower in ("runner-up", "loser")
    return len(toks) == 3 and toks[0].lower == "the" and toks[1].lower in ("defeated", "beaten", "losing") \
        and (toks[2].lower in PEOPLE or toks[2].lower in EPITHET_HEADS or toks[2].lower in _CONTENDERS)


_CONTENDERS = {"finalist", "semi-finalist", "challenger", "incumbent", "opponent"}


def _head_gender(head: str) -> str:
    """`f` for `actress`, `Welshwoman`; `m` for `actor`, `Frenchman`; `` for `star`."""
    if head in FEMALE_WORDS or head.endswith("woman"):
        return "f"
    return "m" if head in MALE_WORDS or head.endswith("man") and head != "german" else ""


_BODY_ORGANS = {"board", "management"}  # `The board said` after `Sina said …`: Sina's board
_BOARD_MEMBERS = {"directors", "governors", "trustees"}


def _posted_on_own_site(toks) -> int | None:
    """Where `on` stands in `a statement on her website`: a text posted where its owner writes."""
    if len(toks) != 5 or toks[0].lower not in ("a", "an", "the") or toks[1].lower not in BODY_TEXTS:
        return None
    return 2 if toks[2].lower in ("on", "from") and toks[3].lower in POSSESSIVE_PRONOUNS \
        and toks[4].lower in _OWN_SITES else None


_OWN_SITES = {"website", "site", "blog", "page", "account"}


def _domain_at(toks) -> int | None:
    """Where `of` or `for` is in `the boss of the organisation that cleared them`, `The new health minister for
    Wales`: one person described by a role of or for something, with `the` (or None)."""
    k = next((i for i, t in enumerate(toks) if t.lower in ("of", "for")), None)
    if not k or k >= len(toks) - 1 or toks[0].lower != "the" or k > 4 or toks[k - 1].is_capitalised:
        return None
    role = toks[k - 1].bare.lower()
    return k if (role in ROLE_WORDS or role in _DRIVERS or role in _LANDLORDS) and role not in SPOKES_ROLES else None
    # (`the driver of a lorry that plunged off a bridge`, `The landlady of a village pub`)


def _person_to_do(toks) -> bool:
    """`The first woman to row solo across the Pacific`: a word for a person, then an infinitive whose words may end
    on a name (no speaker's)."""
    return any(t.lower == "to" and 1 <= k < len(toks) - 2 and people_word(toks[k - 1].bare.lower())
               and not toks[k - 1].is_capitalised and toks[k + 1].is_word and not toks[k + 1].is_capitalised
               and toks[k + 1].lower not in DETERMINERS and toks[k + 1].lower not in POSSESSIVE_PRONOUNS
               for k, t in enumerate(toks))  # (not `An adviser to the Prime Minister`, `a spokesman to his lawyers`)


def _for_a_person(toks, k: int) -> bool:
    """`The attorney for a Black man`, `the lawyer of a woman`: a role whose domain (after `of` or `for` at `k`) is a
    person the text describes with `a`."""
    return k + 2 < len(toks) and toks[k + 1].lower in ("a", "an") and not toks[-1].is_capitalised \
        and people_word(toks[-1].bare.lower())


def _voice_for_described(toks):
    """(role, principal) from `a spokesman for the company`, `a representative for the Oscar winner`, `a friend of
    the actor`: one who speaks for, or is close to, someone or some body the text describes rather than names; None
    for anything else."""
    k = next((i for i, t in enumerate(toks) if t.lower in ("for", "of") or (t.lower == "at" or t.lower in WITHIN)
              and i and toks[i - 1].bare.lower() in UNNAMED_VOICES), None)
    if not k or k + 1 >= len(toks) or not (singular(toks[k - 1].bare.lower()) in VOICES_FOR or toks[k].lower == "of"
                                           and singular(toks[k - 1].bare.lower()) in ASSOCIATES | RELATIONS
                                           or toks[k - 1].bare.lower() in UNNAMED_VOICES):
        return None  # (`A friend of the actor`, `a cousin of the victim`: theirs too; `A source at the company`)
    principal = toks[k + 1:]
    if not 2 <= len(principal) <= 4 or principal[0].lower != "the" or principal[-1].is_capitalised \
            or not principal[-1].is_word:
        return None  # `the company`, `the Oscar winner`, `the Oscar-winning actress`; not `the Home Office`
    return [t for t in toks[:k] if t.lower not in DETERMINERS], principal


_ACTING_FOR = {"acting", "on", "behalf"}  # words between a role and `for` or `of`: `acting on behalf of`


def _role_of(toks):
    """(role, what follows the preposition, name) from `the former head of the FBI`: ([former, head],
    [the, FBI], [FBI]); a person described by a role towards a body or a person named after `of`,
    `for`, `at`, `from` or `with`. None when any word before that is capitalised (`Jeffrey Lewis of
    …`) or anything but a name follows it."""
    k = next((i for i, t in enumerate(toks) if t.lower in AFFILIATIONS or t.lower == "to" and i
              and singular(toks[i - 1].bare.lower()) in SERVING_ROLES
              or t.lower in WITHIN and i and toks[i - 1].bare.lower() in UNNAMED_VOICES), None)  # `Aides to
    # Michael Jackson`, `A source inside the BBC`
    if not k:
        return None
    role = [t for t in toks[:k] if t.lower not in DETERMINERS and t.lower not in _ACTING_FOR]  # `Solicitors acting
    # (on behalf) for Jane Smith`
    rest = toks[k + 1:]
    name = rest[1:] if rest and rest[0].lower == "the" else rest
    opening = role[:1] == list(toks[:1]) and len(role) == 1 and _holder(role[0]) \
        and (_opens_on_a_persons_name(name) or toks[k].lower == "at" or toks[k].lower in WITHIN)
    # `Lawyers for Michael Jackson`, `Analysts at Barclays`, capitalised only to open a sentence; not `Friends of the
    # Earth`, a body's name
    if not role or any(not t.is_word or t.is_capitalised and not _qualifier(t) and not opening or t.is_possessive
                       for t in role) or not _holder(role[-1]):
        return None
    if toks[k].lower in ("from", "in") and _no_ones_agent(role[-1].bare.lower()):
        return None  # `A mother from Swansea`, `a woman in Kyiv`: where someone is from, no body they act for
    if len(name) >= 2 and name[-2].lower in BODY_NOUNS and all(t.is_word and not t.is_capitalised for t in name[:-1]):
        name = name[-1:]  # `a spokesman for e-mail software firm Sendmail`; not `… union Unison Dave Prentis`
    elif len(name) >= 3 and name[-2].lower in BODY_NOUNS and all(t.is_word for t in name[:-1]) and not any(
            t.lower in BODY_NOUNS for t in name[:-2]):
        name = name[-1:]  # `the head of US TV network Fox`: the network's name after its word
    elif len(name) >= 2 and name[0].text in _KIN_BODIES and name[1].is_capitalised:
        name = name[1:]  # `A spokeswoman for rival Tesco`: the rival's name
    if len(name) >= 2 and an_age(name[0].lower) and name[1].is_capitalised:
        name = name[1:]  # `the family of 17-year-old Ellie Grant`: hers
    if name and all(t.is_word for t in name) and not all(_word_of_a_name(name, j) for j in range(len(name))):
        titled = _trailing_name(name)  # the name words before it describe: the principal, not the one speaking
        if not name[0].is_capitalised and role[-1].bare.lower() in ASSOCIATES:
            name = titled or []  # `a close associate of former Yukos boss Mikhail Khodorkovsky`
        elif titled and any(t.bare.lower() in ROLE_WORDS for t in name[len(name) - len(titled) - 1:]):
            name = titled  # `A spokesman for Democratic presidential candidate Hillary Clinton`
        elif titled and role[-1].bare.lower() in RELATIONS | FAMILY and _a_person_word(name[-len(titled) - 1]):
            name = titled  # `The family of murdered teenager Ellie Grant`: hers
    if len(name) >= 2 and name[-2].is_possessive and name[-2].is_capitalised \
            and f"'s {name[-1].lower}" in _OWNED_BODY and role[-1].bare.lower() in SPOKES_ROLES:
        return role, rest, name  # `A spokesperson for Mr Brown's office`: the office of the one named
    if not name or not name[0].is_capitalised or not all(_word_of_a_name(name, j) for j in range(len(name))):
        return None
    return role, rest, name


def _word_of_a_name(name, j: int) -> bool:
    """Word `j` of `name` may be a name's: capitalised, a joining word, or a number after a capitalised word (`Channel
    4`, `Radio 1`, `Formula 1`)."""
    t = name[j]
    return t.is_capitalised or t.lower in _IN_A_NAME or j > 0 and t.text.isdigit() and name[j - 1].is_capitalised


_IN_A_NAME = {"the", "of", "and", "&", "de", "for"}


def _past_hearing(tokens, k: int, end: int) -> int:
    """Past `The court heard (that)`, `The jury was told` opening a sentence: where what it heard opens."""
    i = k + (k < end and tokens[k].lower == "the")
    if i + 1 >= end or tokens[i].lower not in _HEARERS:
        return k
    i += 1 + (tokens[i + 1].lower in ("was", "were"))
    if i >= end or tokens[i].lower not in ("heard", "told"):
        return k
    return i + 1 + (i + 1 < end and tokens[i + 1].lower == "that")


_HEARERS = frozenset({"court", "jury", "jurors", "inquest", "trial", "hearing", "tribunal"})


def _a_person_word(tok) -> bool:
    """`teenager`, `pensioner`, `victim`: a word for a person."""
    return people_word(tok.text) or tok.lower in EPITHET_HEADS


def _no_ones_agent(head: str) -> bool:
    """`mother`, `woman`, `residents`: a word for someone by their sex, their kin or where they live, who acts for
    no body (not `spokesman`, `analyst`)."""
    low = singular(head)
    return low in RELATIONS or low in _DWELLERS or bool(_head_gender(low)) and low not in SPOKES_ROLES


_DWELLERS = frozenset({"resident", "pensioner", "local", "villager", "neighbour", "neighbor", "person", "people"})


def _opens_on_a_persons_name(toks) -> bool:
    """`Michael Jackson`, `Mr Blair`: a name that opens on a given name or a title."""
    first = toks[0] if toks else None
    return first is not None and first.is_capitalised and (
        given_name(first.bare) or first.bare.lower() in HONORIFICS or first.lower in PERSONAL_TITLES)


def _qualifier(tok) -> bool:
    """`US`, `British`, `Labour` in `the US singer of …`: a capitalised word that qualifies a role."""
    low = tok.bare.lower()
    return tok.text.isupper() or low in DEMONYMS or low in PLACES or low in DESCRIPTORS


def _people_then_a_preposition(toks) -> bool:
    """A word for people in the plural opening the phrase (past `the` or `some`), then a preposition, and a name
    later: `Passengers on a flight from Tenerife to Manchester`, `Workers at Amazon`."""
    k = 1 if len(toks) > 2 and toks[0].lower in ("the", "some", "many", "several") else 0
    word = toks[k].bare.lower()
    return len(toks) > k + 2 and toks[k + 1].lower in PREPOSITIONS and not toks[k + 1].is_capitalised \
        and (toks[k + 1].lower not in _IN_A_NAME or not next(
            (t for t in toks[k + 2:] if t.lower != "the"), toks[-1]).is_capitalised) \
        and (word != singular(word) and people_word(singular(word)) or word in ("staff", "crew")) \
        and any(t.is_capitalised for t in toks[k + 2:])  # (not `Friends of the Earth`, `Reporters Without Borders`;
    # but `Parents of pupils at St John's School`)


def _holder(tok) -> bool:
    """A word for one who holds a role or a relation: `spokesman`, `head`, `members`, `daughter`."""
    word = tok.bare.lower()
    return _holds_a_role(word) or _plural(tok)


def _holds_a_role(word: str) -> bool:
    return any(word in words for words in (ROLE_WORDS, SPOKES_ROLES, EPITHET_HEADS, FEMALE_WORDS, MALE_WORDS,
                                           ASSOCIATES, FAMILY, UNNAMED_VOICES))  # `The family of John Jones`: his
    # family; `A source at the BBC`: a BBC source, not the BBC


def _plural(tok) -> bool:
    """`members`, `researchers`: holders of a role, several of them; not `boss`."""
    word = tok.bare.lower()
    return word.endswith("s") and not _holds_a_role(word) and _holds_a_role(singular(word)) \
        or word.endswith("men") and _holds_a_role(word[:-3] + "man")  # `spokesmen`


_EPITHET_WORDS = 5
_BUT = re.compile(r"\bbut\b")
HE_OR_SHE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")  # `he` or `she` as a word
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er)\b")
# `As the Tory leader declared, …`: whose words the sentence opens by citing
_AS_THEY_SAID = re.compile(r"\s*(?:(?:But|And|Yet)\s+)?[Aa]s\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+"
                           r"(?:has\s+|had\s+)?(?:said|declared|noted|argued|explained|warned|admitted"
                           r"|acknowledged|conceded|insisted|claimed|stressed|pointed\s+out|put\s+it),")
_MOVED_TO_SAY = re.compile(r".*?\b(?:prompted|led|forced|urged|persuaded|pushed|pressed|pressured|invited"
                           r"|encouraged|compelled)\s+((?:[\w'’.-]+\s+){1,4}?)to\s+(?:say|announce|tell|admit"
                           r"|declare|insist|promise|pledge|concede|warn|explain|confirm|reveal|state)\b")  # `prompted
# X to say`
_PUT_TO = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:put|posed|addressed|directed|read|shown|passed)"
                     r"\s+to\s+(?:[A-Z][\w.'’-]*\s+)*$")  # `were put to Wenger`, `was posed to Mr Blair`
_TIME_CLAUSE = re.compile(r"\b[a-z][\w'’]*,?\s+(?:after|before|since|once|until)\s+(?:[A-Z][\w.'’-]*\s+)*$")
_RIGHT_AFTER_BUT = re.compile(r"\b[Bb]ut\s+(?:the\s+)?$")
_BUT_REACH = 12
_FIRST_WORD = re.compile(r"\s*([\w'’-]+)")
_CONJUNCTION = r"\s*(?:(?:But|And|So|Yet|Then|Now)\s+)?"  # opening a sentence, before its subject
# `But as ` Mr. Sanders campaigned on Friday in Washington, Iowa, ` he: an adverbial clause opening the sentence
_SUBORDINATOR = "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(  # `As`, `When`, `Although` …:
    SUBORDINATORS - {"whereas", "despite", "with", "without"})) + r")\s+"  # a clause's, not a preposition's
_CLAUSE_BODY = r"(?:[^.;:!?\"“”]|\.(?=\s+[A-Z])){4,160},\s+"  # `Mr. Sanders`: a title's stop
_OPENING_CLAUSE = re.compile(_CONJUNCTION + "(" + _SUBORDINATOR + ")" + _CLAUSE_BODY)
_ONE_SENTENCE = 400  # characters of a newswire paragraph that is one sentence
_PRONOUN_AFTER_CLAUSE = re.compile(_CONJUNCTION + _SUBORDINATOR + _CLAUSE_BODY + r"([Hh]e|[Ss]he)\s+[a-z]")
_THE_OPENING = re.compile(r"[\s\"“”'‘’]*[Tt]he\s")  # a sentence opening on `the`
_PLACE_OWNED_OPENING = re.compile(r"[\s\"“”'‘’]*([A-Z][a-z]+)['’]s\s")  # `Canada's prime minister …`
_LOWERCASE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b")  # ` campaigned`, ` finally arrives`
_INSERTED_CUE = re.compile(r"\w+\s+(\w+)\s*[.,;]")  # `he said.`, `she added,`
_FIRST_PERSON_OWNERS = ("my", "our", "your")  # the writer's or the reader's: `our correspondent`, `my father`
_OPENING_PRONOUN = re.compile(_CONJUNCTION + r"(He|She)\b")
_OWNED_SUBJECT = re.compile(_CONJUNCTION + r"(His|Her)\s+[a-z]")  # `His times of 6.61 seconds were …`
_PRONOUN_SUBJECT = re.compile(_CONJUNCTION + r"(?:[A-Z][\w'’ ]{0,30},\s+)?([Hh]e|[Ss]he)\s+[a-z]")  # `Later, he said`
_PLAIN_WORDS = re.compile(r"[a-z\s-]*")  # lowercase words only: no comma, capital or mark
_TITLES_ONLY = re.compile(r"[\s\"”»’']*(?:[A-Z][\w.'’-]*\s*)*")
_APPOSED_BEFORE = re.compile(r",\s*[Tt]he\s+$")  # `Bill Clinton, the former president`: a name's apposition
_APPOSED = re.compile(r",?\s+(?:[A-Z][a-z]+\.?\s+)*[A-Z][\w'’-]+(?:,|\s+[a-z]|$)")  # a name right after
_OPENING_THEN_TITLES = re.compile(r"[\s\"”»’']*(?:[A-Z][a-z]+,\s+)?(?:[A-Z][\w.'’-]*\s*)*")
_DASH_AFTER = re.compile(r"(?:--|[—–])")
# `greeted by an organizer`, `The Supreme Court justice`: the lowercase words after a body's name
_OFFICE_MENTION = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:[A-Z][\w'’-]* ){0,3}"
                             r"((?:[a-z]+(?:-[a-z]+)*(?:['’]s)?[,;:]? ){1,4})")
_PERSONS_OFFICES = {"chairman", "co-chairman", "chairwoman", "co-chairwoman", "chairperson", "secretary", "minister",
                    "chancellor", "president", "governor", "senator", "mayor", "mp", "msp", "mep"}  # never a body's
# or a paper's name (`the MP`: a member)
_CAPITAL_OFFICES = _PERSONS_OFFICES | {"pope", "speaker"}  # `The Prime Minister has resigned`, `The Pope said`: an
# office in capitals, no body's name
_SET_OFF_REACH = 13  # words a clause set off after a person's word may take: `, who asked not to be named,`
_DESCRIPTION_REACH = 6  # words `a` and a man's or a woman's word may take: `A 29-year-old Berlin woman`
_HONOURS = {"sir", "dame"}  # titles a full name follows
_COURTESIES = PERSONAL_TITLES | _HONOURS | {"lord", "lady"}  # titles that hold no office
_SPOKES_WORDS = r"(spokes(?:man|woman|person)|representative|rep|publicist)"
_SPOKES_WRITTEN = re.compile(  # `the prime minister's official spokesman`, `A representative for the singer`
    r"(?:\b[Tt]he\s+(?:[\w-]+\s+){0,2}[\w-]+|\b(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:official\s+)?"
    r"(spokes(?:man|woman|person))\b|\b[Aa]n?\s+" + _SPOKES_WORDS + r"\s+for\s+"
    r"|\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?(source|insider)\b(?!\s+of\b)")  # `A government source said`
_SPOKES_BEFORE_NAME = re.compile(rf"\b{_SPOKES_WORDS},?\s+$")  # `Company spokesman Tom Ball`, `A spokesman, Tom Ball`
_SPOKES_SET_OFF_AFTER = re.compile(  # `Tom Ball, a Boeing spokesman,`
    rf",\s+(?:an?|the|its|his|her|their)\s+(?:[\w'’&.-]+\s+){{0,4}}?{_SPOKES_WORDS}\b(?:\s+for\b|\s*,)")
_REPS = {"rep": "representative"}  # one word, shortened
_POSTMODIFIERS = {"familiar", "close", "briefed", "involved", "knowledgeable"}  # `people familiar with the matter`
_INVERSES = {"predecessor": "successor", "successor": "predecessor"}  # one's predecessor is whose successor they are
_REPLACING = r"succeed(?:s|ed|ing)?|replac(?:es|ed|ing|e)"  # the verbs of one taking another's place
_REPLACED = r"(?:succeeded|replaced)"
_REPLACED_BETWEEN = re.compile(rf"\s+(?:(?:has|had|have)\s+)?(?:(?:been|was|is)\s+{_REPLACED}\s+(by)"
                               rf"|{_REPLACING})\s+(?:as\s+)?(?:[a-z][\w-]*\s+){{0,3}}")
_TO_TAKE_OFFICE = ("-elect", "-designate")  # `president-elect`, `bishop-designate`: who holds the office soon
_REPLACES_BEFORE = re.compile(rf"\b(?:{_REPLACING})\s+(?:as\s+)?$")  # before whom another replaces
_REPLACING_WORDS = re.compile(r"replac|succeed")  # a paragraph that may say so
_REPLACED_AFTER = re.compile(rf",?\s+(?:(?:has|had|have|will)\s+)?(?:been|was|is|be)\s+{_REPLACED}\b")
_NONE_OF_THE_NATION = frozenset(_LESSER) | {"opposition"}  # in a title: who leads no nation now
_SECRETARIES_DEPARTMENTS = {"home", "foreign", "health", "transport", "education", "culture", "defence", "business",
                            "pensions", "environment", "justice", "energy", "housing", "science", "trade", "levelling",
                            "communities", "treasury"}  # whose secretary, in a British government, is a minister
_LESSER_RANKS = frozenset(_LESSER) | {"permanent"}  # (a permanent secretary is a civil servant)
_TO_LEAD = re.compile(r"(?:,[^,.;\"“”]{1,80},)?\s+(?:will|is\s+(?:set\s+|due\s+)?to)\s+(?:lead|head|run|chair)\s+"
                      r"(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")  # after a name: the body one will lead
_TAKING_OVER = re.compile(r"(?:,[^,.;\"“”]{1,80},|,)?\s+(?:(?:will|is\s+(?:set\s+|due\s+)?to)\s+(?:take\s+over|"
                          r"succeed\s+(?:him|her))|has\s+(?:taken\s+over|succeeded\s+(?:him|her))|takes\s+over|"
                          r"succeeds\s+(?:him|her))\b")  # after a name (and its aside): who comes into the office
# someone leaves
_TAKING_OVER_WORDS = re.compile(r"\b(?:take|taken|takes|succeed|succeeds|succeeded)\b")  # a paragraph that may say so
_TO_LEAD_WORDS = re.compile(r"\b(?:lead|head|run|chair)\b")  # a paragraph that may say so
_LEAVING_AFTER = re.compile(_REPLACED_AFTER.pattern + r"|\s+(?:(?:will|is\s+(?:set\s+|due\s+)?to)\s+(?:step\s+down|"
                            r"retire|stand\s+down|quit)|(?:is\s+)?(?:stepping|standing)\s+down|(?:steps|stands)\s+down"
                            r"|(?:has\s+)?(?:resigned|quit|stepped\s+down|stood\s+down)|is\s+retiring)\b")
_LEAVING_WORDS = re.compile(r"replac|succeed|step|stand|retir|resign|quit")  # a paragraph that may say one leaves
_LEAVING_OFFICE = {"outgoing", "departing", "retiring"}  # an office's holder about to leave it
_NEW_OR_LEAVING = {"new"} | _LEAVING_OFFICE  # the words before an office `_changing_hands` reads
_INVERSE_BETWEEN = re.compile(r"\s+(successor|predecessor),?\s+(?:as\s+[\w ]{1,30},?\s+)?")  # `'s successor, `
_FROM_BEFORE = re.compile(r"\b(?:from|at)\s+$")  # `from Bayer Leverkusen`, `at Chelsea`: where one comes from or is
_AND_BETWEEN = re.compile(r"\s+and\s+(?:the\s+)?")  # `Elan and Biogen Idec`
_COMMA_BETWEEN = re.compile(r",\s+")  # `Emmanuel Macron, Friedrich Merz`
_WAS_SPEAKING = re.compile(r"(?:,\s+who\b[^,;.\"“”]{0,80})?,?\s+(?:was|is)\s+(?:speaking|talking|addressing|"
                           r"responding)\b"
                           r"|\s+(?:spoke|made\s+(?:the|his|her)\s+(?:comments|remarks)|(added|continued))\b")
# `Sir Keir Starmer was speaking at the G20`; `the footballer said …. Marcus Rashford added:`: going on
_AND_TITLED = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")  # `Goodlatte and Benghazi Committee
# Chairman Trey Gowdy`: the second's title between
_SEXED_PLURALS = {"men": "m", "women": "f"}
_RANK = re.compile(r"\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty")
_SHIRTS = {"eight", "nine", "ten", "8", "9", "10"}  # `the number eight`, `the number 10`: rugby's and football's
_ONE_KIND = {"insider": {"insider", "source"}, "source": {"source", "insider"}}  # `A source close to the singer
# told The Sun …. The insider added`: one person, either word
_PARENTS = {"father": "m", "mother": "f", "dad": "m", "mum": "f", "mom": "f"}
_CHILDREN = {"daughter": "f", "son": "m"}
_PARENTS_NAMED = re.compile(r"\b[Pp]arents\b")  # `Parents Tom and Ann Brown`, `His parents, Tom and Ann Brown,`
_THEIR_CHILD = re.compile(r"\btheir\s+(?:\w+\s+)?(?:son|daughter|child|baby|boy|girl|sons|daughters|children)\b")
_CHILD_OF = re.compile(r"\b(?:son|daughter|child)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\Z")  # `daughter of founder `
_CHILD_OF_REACH = 40
_SPOUSES = {"wife", "husband", "partner"}
_SPOUSE_BETWEEN = re.compile(r"(?:,\s+[^,\"“”.;]{1,30}){0,2},?\s+and\s+"
                             r"(?:(?:his|her|their)\s+(?:wife|husband|partner|fianc[eé]e?|girlfriend|"
                             r"boyfriend),?\s+)?")  # `John Smith and his wife Mary`; `X, 60, from Cardiff, and Y`
_WINNERS = {"champion", "winner", "victor"}  # `the champion`: who won, not whoever was named last
_WON = re.compile(r"\s+(?:(?:has|had)\s+)?(?:won|beat|defeated|overcame|outlasted|retained|clinched)\b")
_LOST_TO_WORDS = r"\b(?:lost\s+to|beaten\s+by|defeated\s+by)\s+"  # `Carlos Alcaraz lost to Novak Djokovic`
_LOST_TO_BEFORE = re.compile(_LOST_TO_WORDS + "$")  # right before a name
_WINNING_WORDS = re.compile(_WON.pattern + "|" + _LOST_TO_WORDS)  # a paragraph that may say who won
_MARK_REACH = 16  # characters before a name a word marking it may stand in: `lost to `, `succeeds `
_BEATEN_REACH = 48  # characters before a name the words beating it may stand in: `won the race ahead of `
_ROLE_OF_A_BODY_SET_OFF = re.compile(r",\s+(?:the\s+)?(?:[a-z-]+\s+)?([a-z-]+)\s+(?:of|at)\s+(?:the\s+)?"
                                     r"((?:[A-Z][\w'’&-]*\s+(?:(?:of|and|for)\s+)?)*[A-Z][\w'’&-]*)")  # `, governor of
# the Bank of England`


def _names_the_body(name: str, words: list[str]) -> bool:
    """`Bank of England` for [Bank, of, England]; `Football Association` for [FA]: a body's name in full or by its
    initials."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    return name == " ".join(words) or len(words) == 1 and words[0].isupper() and words[0] == initials


_REPORTING = {"said", "says", "added", "confirmed", "announced", "stated", "told"}  # verbs a body reports with
_PANELS = {"committee", "panel"}
_PANEL_DESCRIBED = re.compile(r"\b[Tt]he\s+((?:[\w'’-]+\s+){1,5}?)(committee|panel)\b")
_BEATING_STEMS = ("beat", "defeat", "overcame", "outlasted", "ahead")  # what `_BEAT_BEFORE` opens on
_BEAT_BEFORE = re.compile(r"\b(?:beat|beating|defeated|defeating|overcame|outlasted"
                          r"|(?:won|wins|finished|came|crossed)\b[^.;:,]{0,30}?\bahead\s+of)\s+$")  # right before the
# loser (`won the race ahead of`; not `speaking ahead of`, a time)
_LOST = re.compile(r"\s+(?:(?:has|had|was|has\s+been)\s+)?(?:" + _LOST_TO_WORDS + r"|(?:came|finished|was)\s+"
                   r"(?:a\s+distant\s+|a\s+close\s+)?(?:second|runner-up)\b)")  # right after the loser (`Dan Barker
# came second`)
_CABINET_OFFICES = {"minister", "secretary", "chancellor", "president", "premier", "taoiseach"}


@functools.lru_cache(maxsize=None)
def _title_kept() -> tuple[re.Pattern, re.Pattern]:
    """Who kept a title (`retained his world featherweight title`) and what stands right before the one they beat
    (`beat `, `a points win over Mexico's `): compiled when `the challenger` is first read, as few texts write it."""
    return (re.compile(r"\b(?:retain(?:ed|s|ing)?|kept|keep(?:s|ing)?|defend(?:ed|s|ing)?)\s+(?:his|her|their|the)\s+"
                       r"(?:[\w-]+\s+){0,3}(?:title|crown|belt)s?\b"),
            re.compile(r"(?:%s|\b(?:win|victory)\s+over\s+(?:[A-Z][a-z]+'s\s+)?$)" % _BEAT_BEFORE.pattern))


_ROLE_BETWEEN = re.compile(r",?\s+and\s+(?:his|her|their|the)?\s*[a-z-]+(?:\s+[a-z-]+)?,?\s+")  # `and his assistant`,
# `and fellow striker`
_BUDGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}Budget\b")  # `'s Budget`, `'s ninth Budget`
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$")  # a passive's agent right before a name
_QUOTED_BEFORE = re.compile(r"[\"”]\s+by\b|[\"”][^.\"“”]{0,60}\bby\b")  # words quoted, then their agent
_PARENT_SPOKEN_OF = re.compile(r"\b(Dad|Mum|Mom|[Mm]y (?:dad|mum|mom|father|mother))\b")
_PARENT_WORDS = {"dad": "father", "my dad": "father", "my father": "father", "mum": "mother", "mom": "mother",
                 "my mum": "mother", "my mom": "mother", "my mother": "mother"}
_LEADERS_QUALITIES = {"populist", "nationalist", "veteran", "right-wing", "left-wing", "far-right", "far-left",
                      "socialist", "centrist", "embattled", "beleaguered", "outgoing", "incoming", "long-serving",
                      "longtime", "authoritarian", "hardline", "reformist", "controversial", "charismatic"}
_SPIRITUAL = {"spiritual", "religious"}
_LEADING_ROLES = {"president", "minister", "premier", "chancellor", "leader", "taoiseach"}  # (`Prime Minister`)
_NOT_NAMED = re.compile(  # an aside that says the person goes unnamed: `, who has not been named,`
    r",\s+who\s+(?:has|had|have|was|were|is|did|does)\s+not\s+(?:been\s+)?(?:be\s+)?"
    r"(?:named|identified|want(?:ed)?\s+to\s+be\s+named)"
    r"|,\s+who\s+asked\s+not\s+to\s+be\s+(?:named|identified)|,\s+who\s+cannot\s+be\s+named"
    r"|,\s+who\s+(?:did\s+not|didn[’']t|would\s+not|wouldn[’']t|declined\s+to|refused\s+to)\s+"
    r"(?:share|give|provide)\s+(?:his|her|their)\s+(?:full\s+)?name")  # `, who didn't share his name`
_PARTY_PLURALS = {"tories": "tory"}  # a party's members by a plural not in `s` alone
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_DEPARTMENTS = {"department", "ministry"}
_DEPARTMENT_NAMES = {"Office", "Department", "Ministry", "Treasury", "Pentagon", "Executive"}  # `the Home Office`


def _voices_principal(voice: str, owned_only: bool = False) -> str | None:
    """Whom a spokesperson the resolver wrote speaks for: `Joe Biden` of `Joe Biden's spokesperson`, and (unless
    `owned_only`) `Home Office` of `Home Office spokesman`."""
    owner, _, role = voice.rpartition("'s ")
    if owner:
        return owner if role in SPOKES_ROLES else None
    body, _, head = voice.rpartition(" ")
    return body or None if head in SPOKES_ROLES and not owned_only else None


def _a_department(body: str, opening: bool = True) -> bool:
    """A government's office by its name: `the Home Office`, `the State Department`, and (when `opening`) `the
    Department for Education`, `the Ministry of Defence`."""
    words = body.split()
    return words[-1] in _DEPARTMENT_NAMES or opening and len(words) > 2 and words[0] in ("Department", "Ministry") \
        and words[1] in ("of", "for")  # (not `the Department Store Group`)


_THE_MAYOR = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ )?(?:mayor\b|Mayor of\b)")  # `the London mayor's`, `the Mayor of`
_FIRST_OFFICES = {("prime", "minister"), ("chancellor",), ("president",), ("mayor",)}  # one holder each, in a
# government or a city
_OBJECT_AFTER_VERB = re.compile(r"\s+(?:ha(?:ve|s)\s+)?([a-z]+)(?:\s+[a-z-]+){0,2}\s+")  # ` signed winger `
_REPORTED_AT_END = re.compile(r",[^,\"“”]{1,50}\b(?:said|says|added|adds|told|tells|explained|insisted)\b[^,]{0,30}$")
_NAME_OWNS = re.compile(r"\W*(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*['’]s?\s+[a-z]")  # `Taylor Swift's spokeswoman`
_INSTITUTIONS = frozenset({"museum", "gallery", "airport", "hospital", "zoo", "theatre", "theater", "library",
                           "prison", "school", "university", "college", "cathedral", "academy", "department"})
# `the gallery` for the National Gallery named before
_INSTITUTION_ENDINGS = {"hospital": "Hospital|Infirmary", "department": "Department|Office"}  # the other words a name
# of one ends in (`Leeds General Infirmary` for `the hospital`, `the Home Office` for `the department`)
_OWNING_BODIES = BODY_NOUNS | {"party"}  # `the company's chief executive`, `the party's leader`
_INSTITUTION_REACH = 2  # paragraphs back
_LEADING_IN = re.compile(r"(?:\b(?:led|forced|started|organised|organized|headed|launched|brought|founded|won|run"
                         r"|set\s+up)\s+by|\b(?:went|goes|awarded|given|presented)\s+to"
                         r"|\b(?:including|include|includes|among\s+them))\s+(?!an?\s)(?:[a-z]+\s+){0,2}$")
# before a name brought in as who acts or wins (`a group of rebels led by`, `set up by`, `The award went to`, `critics
# include`), not one spoken of
_LEADING_IN_REACH = 40
_AT_A_NAME = re.compile(r"\bat ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-]|,? and [A-Z]|, [A-Z])")  # `a strike at
# Heathrow` (not `at Heathrow and Gatwick`)


_NAMED_FAMILY = re.compile(r"\b[Tt]he ([A-Z][\w'’-]+ family)\b")  # `the Hoffman family`
_FORMER_LATTER_REACH = 2  # paragraphs back to the two that `the former` and `the latter` stand for
_PAST_ANY_END = 1 << 30  # an offset past any paragraph's end
_CLEFT_REACH = 40  # characters an opening phrase may take before a cleft's `it was`: `As usual, `
_CLEFT = re.compile(r"[Ii]t (?:was|is) ([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) (?:who|that)\b")
_LIST_JOIN = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:[A-Za-z.-]+\s+){0,3}")  # `, and former Navy SEALS `
_COLON_QUOTE = re.compile(r":\s*[\"“‘']")  # `differently: "…`: a quotation a sentence brings in
_SENTENCE_LEAD = re.compile(r"(?:^|[.!?\"”»’']|\bAnd|(\bBut|\bHowever,))\s*$")  # (a contrast) before a sentence's `The`
_PARTICIPLE_LEAD = re.compile(r"(?:^|[.!?\"”»’'])\s*[A-Z][a-z]+ing\b[^.!?\"“”«»,]{0,80},"
                              r"(?:\s*(?:his|her|its|their|the|a|an)\b[^.!?\"“”«»,]{0,40},)?\s*$")
# `Reflecting on …, `, `Speaking at Howard University, her alma mater, `; not `…, Trump accused Cruz, `
# `unveiled by `, `was supported Friday by Sen. ` Dianne Feinstein: a passive's agent (not `songs by` Will Young)
_PASSIVE_BY = re.compile(r"\b[a-z]+(?:ed|en)\s+(?:[A-Z][a-z]+\s+)?by\s+(?:[A-Z][a-z]*\.?\s+)?$")
_PASSIVE_OPENING = re.compile(r"(?:,[^,.;!?]{1,60},)?\s+(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?"
                              r"([a-z]+(?:ed|en|t))\b[^.;!?]{0,60}\bby\b[^.;!?]{0,30}")  # `, 45, was praised by (his
# boss,)`: the participle, a group
_PASSIVE_REACH = 40  # characters a participle, a day, `by` and a title take before the agent's name
_OFFICE_OPENING = re.compile(r"(?:^|(?<=[.!?\"”»’'])\s+|\b(?:But|And|However,)\s+)[Tt]he ((?:[a-z]+ ){2,4})")


@functools.lru_cache(maxsize=8)
def _tokens_of(text: str, single_style: bool = False) -> tuple[Token, ...]:
    """A paragraph's tokens, each quotation one token, so that its sentences end where the text's do
    (in a document that marks speech with single marks, `single_style`, its single-marked speech too).
    The resolver asks again for the paragraphs around a quotation: kept for the latest eight (541 of
    its 1,001 requests on BBC; 543 with 64 kept, which cost 1.3 MB more at the peak)."""
    return tuple(tokenize(text, find_marked(text, single_style=single_style)))


def _token_at(tokens, offset: int) -> int:
    """The index of the first token that starts at or after `offset`; past the last, their number."""
    return next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _written_bare(text: str, named) -> bool:
    """The mention opens on the name itself, no role written before it, only a courtesy title if any (`Marcus
    Rashford`, `Sir Keir Starmer`; not `Teammate Luke Shaw`)."""
    courtesy = _COURTESY_THEN_NAME.match(text, named.start)
    return text.startswith(named.words[0], courtesy.end() if courtesy else named.start)


_COURTESY_THEN_NAME = re.compile(r"(?:(?i:" + "|".join(sorted(_COURTESIES)) + r")\.?\s+)+")


_WHO_AFTER = re.compile(r"\s+who\b")


def _people_counted(toks) -> int | None:
    """2 for `Two women`, `The two men`, 3 for `Three teenagers`: how many people a description counts (the few a
    lead may count, then name), or None."""
    if not 2 <= len(toks) <= 3 or len(toks) == 3 and toks[0].lower != "the":
        return None
    people = plural_of_person(toks[-1].bare.lower()) or toks[-1].lower in _IRREGULAR_PEOPLE
    return _COUNTED.get(toks[-2].lower) if people else None


_COUNTED = {"two": 2, "three": 3}
_IRREGULAR_PEOPLE = {"men", "women", "children", "people"}


def _kin_of_someone(toks) -> int | None:
    """Where `of` is in `The family of a 16-year-old boy`, `The parents of a woman`: kin of someone described
    with `a`, a person (or None)."""
    first = 1 if toks[0].lower == "the" else 0  # (or plural, with none: `Relatives of a woman who died`)
    if len(toks) < 4 + first or toks[-1].is_capitalised or not people_word(toks[-1].bare.lower()) \
            or not first and not plural(toks[0].lower):
        return None
    kin = next((k for k in range(first + 1, first + 3) if toks[k].lower == "of"), None)
    if kin is None or toks[kin + 1].lower not in ("a", "an") \
            or not all(t.lower in FAMILY or t.lower in RELATIONS or t.lower in _PARTNERS for t in toks[first:kin]):
        return None
    return kin


_PARTNERS = {"partner", "partners", "friends"}  # `The partner of a cyclist who was
# killed`: their kin, whatever the law says


def _two_joined(phrase) -> bool:
    """`The chancellor and the governor`: two noun phrases joined, each with its own article or owner (not
    `The Health and Social Care Secretary`, one office)."""
    return any(t.lower == "and" and k + 1 < len(phrase) and phrase[k + 1].lower in ARTICLES_AND_POSSESSIVES
               for k, t in enumerate(phrase))


def _sentence_bounds(tokens, i: int, end: int) -> tuple[int, int]:
    """Where the sentence holding token `i` opens and ends, as offsets (`end` when it runs on to the
    text's end)."""
    closing = sentence_end(tokens, i)
    return tokens[sentence_start(tokens, i)].start, end if closing is None else tokens[closing].end


def _sentence_around(paragraphs, n: int, tokens, pos: int, single_style: bool = False) -> tuple[tuple[int, int], int]:
    """For the sentence at `pos` of paragraph `n` (its `tokens`): where the sentence before it
    starts, in this paragraph or as the last of the one before, and where this one ends."""
    i = _token_at(tokens, pos)
    closing = sentence_end(tokens, i)
    end = len(paragraphs[n]) if closing is None else tokens[closing].end
    opening = sentence_start(tokens, i)
    if opening > 0:
        return (n, tokens[sentence_start(tokens, opening - 1)].start), end
    previous = _tokens_of(paragraphs[n - 1], single_style) if n > 0 else []
    return ((n - 1, previous[last_sentence(previous)[0]].start) if previous else (n, 0)), end


def _opening_name(tokens) -> tuple[str, ...]:
    """(`Man`, `Utd`) from `Man Utd to open books to Glazer`: the capitalised words a title opens with."""
    words = []
    for tok in tokens:
        if not (tok.is_word and tok.is_capitalised) or tok.is_possessive:
            break
        words.append(tok.bare)
    return tuple(words) if len(words) < len(tokens) else ()


def _office_words(words: list[str]) -> tuple[str, ...]:
    """(`prime`, `minister`) from the words after `the` (`prime minister said that`): up to three
    ending in a role, before a word that goes on in lowercase (a verb, not `of the …`); or a role of
    a domain (`former secretary of state mocked`)."""
    words = list(unhyphenated(tuple(words)))  # `vice-president told`
    for k in range(min(3, len(words) - 1), 0, -1):
        if words[k - 1] in ROLE_WORDS and words[k] not in ("of", "for", "and", "to", "in", "at"):
            return tuple(words[:k])
        if words[k - 1] in ROLE_WORDS and words[k] == "of":
            domain = _domain_after(words, k + 1)
            if domain:
                return tuple(words[:k + 1]) + domain
    return ()


def _domain_after(words, i: int) -> tuple[str, ...]:
    """The domain of an office that `words` name from `i` on (past a `the`): (`state`,) in `secretary
    of state said`, (`homeland`, `security`); () for anything else."""
    i += 1 if i < len(words) and words[i] == "the" else 0
    return next((tuple(words[i:i + n]) for n in (2, 1) if tuple(words[i:i + n]) in OFFICE_DOMAINS), ())


def _only_described(speaker: str, toks) -> bool:
    """Whether the speaker found for `toks` is no one named: the description itself, or a body's role the
    description's owner stands for (`Tesco's chief executive` for `The company's chief executive`)."""
    if speaker == _description(toks):
        return True
    owned = len(toks) >= 3 and toks[1].is_possessive and not toks[1].is_capitalised
    return owned and speaker.endswith("'s " + " ".join(t.text for t in toks[2:]))


def _a_seat_unnamed(toks) -> bool:
    """`an MP`, `a local MP`, `its MP`, `the town's MP`: a seat's holder the text may bring in before it names them."""
    if len(toks) < 2 or toks[-1].lower not in SEAT_SUFFIXES or any(t.is_capitalised for t in toks[1:-1]):
        return False
    return len(toks) <= 3 and toks[0].lower in ("a", "an", "its", "their") \
        or len(toks) == 3 and toks[0].lower == "the" and toks[1].is_possessive


def _tied_to_another(toks) -> bool:
    """`a friend of the victim`, `a relative of the dead man`: someone described by their tie to another person."""
    return any(t.lower == "of" and toks[k - 1].bare.lower() in _TIES for k, t in enumerate(toks) if k)


_RELATIVES = RELATIVES | {"whose"}  # what opens a relative clause after a description
_TIES = ASSOCIATES | RELATIONS | FAMILY | {"friends", "neighbours", "neighbors"}  # (`A spokeswoman for the family
# of a man who died`: not the man)


def _verb_past_set_off(tokens, first: int, head: int, last: int) -> tuple[int, int] | None:
    """`One worker, who asked not to be named, said`, `A worker, 54, said`: the word a set-off clause follows and
    the verb after the clause, when the words from `a` run to that word's comma; or the word a `who` clause follows
    and the speech verb after it (`A lorry driver who was stuck in the queue said`)."""
    if tokens[head - 1].lower == "who" and head - 2 > first and tokens[head - 2].is_word:  # `A lorry driver who was
        said = next((j for j in range(head + 1, min(last, head + _SET_OFF_REACH))  # stuck in the queue said`
                     if tokens[j].lower in CUE_FORMS and is_finite_verb(tokens, j)), None)
        return (head - 2, said) if said is not None else None
    if tokens[head].text != "," or not tokens[head - 1].is_word:
        return None
    close = next((j for j in range(head + 1, min(last - 1, head + _SET_OFF_REACH)) if tokens[j].text == ","), None)
    return (head - 1, close + 1) if close is not None and is_finite_verb(tokens, close + 1) else None


def _a_trade_of_no_sex(tok) -> bool:
    """`paramedic`, `nurse`, `farmer`, `witness`: a word in lowercase for a person by what they do or are, of either
    sex."""
    return tok.text.islower() and (tok.bare.lower() in EPITHET_HEADS or tok.bare.lower() in PEOPLE
                                   and not plural(tok.bare.lower())) and role_gender(tok.bare.lower()) is None


def _an_office_or_kin(word: str) -> bool:
    """`the chancellor`, `the victim's mother`, `the victim's sister`: who a sentence may meet or hear from."""
    return word in ROLE_WORDS or word.removeprefix("ex-") in RELATIONS  # (`his ex-wife`)


_PARENT = re.compile(r"(?:mother|father|grandmother|grandfather|mum|dad)-of-\w+")


def _office(toks) -> tuple[str, ...]:
    """(`prime`, `minister`) from `the prime minister`: a definite description whose last word is
    a role; () for anything else."""
    race = next((k for k in range(2, len(toks) - 1) if toks[k].lower == "for" and toks[k - 1].lower in ROLE_WORDS),
                None) if toks[-1].lower in _RACES else None
    if race is not None:
        toks = toks[:race]  # `the Republican presidential nominee for the Nov. 8 election`: the nominee
    if not _definite(toks, _OFFICE_WORDS):
        return ()
    words = unhyphenated(tuple(t.bare.lower() for t in toks[1:] if not (
        _TENURE_OR_HONOUR.fullmatch(t.lower) or an_age(t.lower) or t.lower in _MANNERS or t.text in _LEANINGS
        or ORDINAL.fullmatch(t.lower))))  # `the two-term president`, `the 44th president`,
    # `the 62-year-old senator`, `the veteran chairman`: the office; `the vice-president` as `the vice president`
    if not all(t.is_word for t in toks) or not words:
        return ()
    if words[0] == "ex" or words[0].startswith("ex-") and len(words[0]) > 4:
        words = ("former", *words[0][3:].split(), *words[1:])  # `the ex-prime minister`, `the ex-chancellor` as
        # `the former …`
    if words[-1] in _RULERS:
        words = tuple(_SEATS.get(w, w) for w in words)  # `the Kremlin leader` as `the Russian leader`
    if words[-1] in _OFFICE_ABBREVIATIONS:
        return words[:-1] + _OFFICE_ABBREVIATIONS[words[-1]]  # `the PM` as `the prime minister`
    if words[-1] in ROLE_WORDS:
        return () if _a_premises_owner(toks) else words  # (`the cafe owner`: no office)
    of = words.index("of") if "of" in words[1:] else None  # `the former secretary of state`
    domain = _domain_after(words, of + 1) if of is not None and words[of - 1] in ROLE_WORDS else ()
    return words[:of + 1] + domain if domain and len(words) == of + 1 + len(domain) + (words[of + 1] == "the") \
        else ()


def _a_works(toks) -> bool:
    """`the study's`, `the film's`: a work the text names in lowercase, whose author or director a phrase names."""
    return len(toks) == 2 and toks[0].lower == "the" and toks[1].text.islower() and toks[1].bare.lower() in _AUTHORED


_PRESS_HEADS = PRESS_WORDS | {"publication", "outlet"}  # what a paper is called after its name
_AUTHORED = _REPORTING_TEXTS - {"trial"} | {"film", "movie", "novel", "song", "album", "documentary", "show", "play",
                                            "series", "musical", "programme", "podcast"}  # works whose authors,
# directors, presenters are named for them
_OFFICE_WORDS = 6  # words an office takes with its `the`: `the former New Zealand prime minister`
_RULERS = frozenset(_LEADING | {"ruler", "strongman"})  # heads a seat of government may stand before
_SEATS = {"kremlin": "russian", "moscow": "russian", "beijing": "chinese", "tehran": "iranian", "kyiv": "ukrainian",
          "kiev": "ukrainian", "ankara": "turkish", "elysee": "french", "élysée": "french"}  # its nation's adjective
_OFFICE_ABBREVIATIONS = {"pm": ("prime", "minister")}
_RACES = {"election", "race", "nomination", "presidency", "primary", "primaries", "caucuses"}
_TENURE_OR_HONOUR = re.compile(r"[a-z]+-(?:term|time|nominated|winning)")  # `two-term`, `three-time`: how long,
# not which office; `Oscar-nominated`, `Bafta-winning`: an honour, not the office
_MANNERS = {"veteran", "embattled", "beleaguered", "outspoken", "longtime", "long-time", "long-serving", "popular",
            "controversial", "flamboyant", "maverick", "combative", "colourful", "colorful", "respected",
            "influential", "legendary", "celebrated", "acclaimed", "ailing", "disgraced", "charismatic", "seasoned",
            "feisty", "affable", "straight-talking", "plain-spoken", "under-fire", "local"}  # what a person is
# like, no word of their office
_LEANINGS = {"liberal", "conservative", "progressive", "moderate"}  # `the liberal justice`: a leaning in lowercase,
# not a party (`the Conservative leader`)


def _joined_roles(toks) -> bool:
    """`the independent Vermont senator and Democratic presidential candidate`: two roles of one
    person, joined by `and`."""
    if len(toks) < 4 or not _definite(toks, len(toks)):
        return False
    joins = [k for k, t in enumerate(toks) if t.lower == "and"]
    return (len(joins) == 1 and 1 < joins[0] < len(toks) - 1 and _holds_a_role(toks[joins[0] - 1].bare.lower())
            and _holds_a_role(toks[-1].bare.lower()))


def _definite(toks, most: int, also: str = "the", at_least: int = 2) -> bool:
    """`the` (or `also`) and up to `most` - 1 more words, none of them a possessive (`the senator's aide`)."""
    return at_least <= len(toks) <= most and toks[0].lower in ("the", also) and not any(t.is_possessive for t in toks)


def _writes(toks) -> bool:
    return len(toks) == 1 and toks[0].lower == "i"


def _writer(author: str | None) -> str | None:
    """The article's author as a speaker: `By Jane Reporter` -> `Jane Reporter`; nothing for an
    address or a list of several writers."""
    if not author:
        return None
    name = re.sub(r"^\s*by\s+", "", author.strip(), flags=re.I).strip()
    if not name or "/" in name or "@" in name or "," in name or " and " in name or len(name.split()) > _AUTHOR_WORDS:
        return None
    return name


_AUTHOR_WORDS = 4


def _two_offices(toks):
    """(`the Democratic front-runner`, `the former secretary of state`) from `the Democratic
    front-runner and former secretary of state`: two offices under one `the`, so one person."""
    joins = [i for i, t in enumerate(toks) if t.lower == "and"]
    if len(joins) != 1 or toks[0].lower != "the" or joins[0] + 1 >= len(toks) or _two_joined(toks):
        return None  # `The senator and the governor`, `The mayor and his deputy`: two
    first, second = toks[:joins[0]], (toks[0],) + tuple(toks[joins[0] + 1:])
    return (first, second) if _office(first) and _office(second) else None


def _and_sides(toks):
    """The words before and after the one `and` in `toks`, both there; None for no `and` or more."""
    joins = [i for i, t in enumerate(toks) if t.lower == "and"]
    if len(joins) != 1 or not 0 < joins[0] < len(toks) - 1:
        return None
    return toks[:joins[0]], toks[joins[0] + 1:]


def _two_people(toks):
    """(`Hillary Clinton`, `Bernie Sanders`) from `Hillary Clinton and Bernie Sanders`: two names
    of people joined by `and`, neither an organisation (`Procter and Gamble` is one name)."""
    sides = _and_sides(toks)
    if sides is None:
        return None
    if len(sides[0]) == 1 and any(t.bare.lower() in ROLE_WORDS for t in sides[1][:-1]):
        return None  # `Economic and Fiscal Policy Minister Heizo Takenaka`: one title of two parts
    for side in sides:
        name = _trailing_name(_before_affiliation(side))
        if not name or _is_org(side, name):
            return None
        before = side[len(side) - len(name) - 1].lower if len(name) != len(side) else None
        if before is not None and before not in ROLE_WORDS and before not in EPITHET_HEADS and not people_word(before) \
                and before not in _PAIRS:
            return None  # but `chief executive William Harrison and chief operating officer James Dimon`,
            # `fellow students Ryan Crabbe and Gordon Rennie`, `comedy duo Matt Lucas and David Walliams`
    return sides


_PERSONS_TEXTS = SOURCE_TEXTS | {"campaign"}  # what a person's name may title: `the Kok report`, `the Sanders campaign`


_PARTYS_MEMBERS_NAMED = {"liberal democrat": "Liberal Democrats", "lib dem": "Liberal Democrats",
                         "conservative": "Conservatives", "tory": "Conservatives", "green": "Greens",
                         "democrat": "Democrats", "democratic": "Democrats", "republican": "Republicans"}  # a party's
# adjective before a body's word (`The Lib Dem group`) and the party's name


def _body_then_label(toks):
    """The name in `the Unite union`, `the Resolution Foundation think tank`: `the`, a name, then a word (or
    two) for a body that says what the name is."""
    if len(toks) < 3 or toks[0].lower != "the" or not toks[1].is_capitalised:
        return None
    end = next((k for k in range(1, len(toks)) if not toks[k].is_capitalised), len(toks))
    label = tuple(t.lower for t in toks[end:])
    if not (len(label) == 1 and (label[0] in BODY_NOUNS or label[0] == "party") and label[0] not in _PEOPLES_BODIES
            or label in _COMPOUND_BODIES) or any(not t.is_word for t in toks[1:end]) or toks[end - 1].is_possessive \
            or all(_places_a_body(t) or t.bare.lower() in NATION_ADJECTIVES for t in toks[1:end]) \
            or _on_a_street(toks[1:end]):
        return None  # not `The US carmaker`, `the German firm`, `The Albert Quay pub`: where a body is, no name
    return toks[1:end]


@functools.lru_cache(maxsize=1024)
def _name_and_initials(body: str) -> frozenset[str]:
    """`Football Association` and `FA`: a body's name and its initials' forms (asked often: once per name)."""
    return frozenset((body, *initial_forms(body.split())))


_PUT_IN_OFFICE = re.compile(  # after a name: the office a sentence puts them into or out of, and what it is of
    r",?\s+(?:(?:has|have|had)\s+been\s+|was\s+|is\s+|were\s+)?(?:(?:elected|appointed|named|made|confirmed|"
    r"chosen|sworn\s+in)(?:\s+as)?|(?:has\s+|had\s+)?(?:(?:resigned|stepped\s+down|quit|taken\s+over|took\s+over|"
    r"started)\s+as|(?:become|became|becomes)(?:\s+as)?))\s+(?:the\s+|a\s+)?(?:new\s+)?"
    r"(?P<office>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?:\s+(?:of|for|at)\s+(?:the\s+)?(?P<of>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}))?\s*(?=[,.;]|\s+(?:on|in|after|"
    r"by|with|last|this|from|until|following)\b|\s+and\b(?!\s+[a-z][\w-]*\s+secretary\b))")  # (`work and pensions
# secretary`: one office)
_JOINED_BEFORE = re.compile(r"(?:\band|,)\s+$")  # a name joined to one before it
_CHANGING_HANDS = {"new", "outgoing", "incoming", "newly", "elected", "appointed", "departing", "retiring"}  # what the
# office is about to do, no word of it


def _products_maker(toks) -> frozenset[str] | None:
    """The words of the product in `the ChatGPT maker`, `the Facebook owner`, `the iPhone maker`: a
    name (of one to three words, capitalised or written as `iPhone`) between `the` and a word for
    whoever makes or owns it."""
    head = toks[-1].lower
    if not 3 <= len(toks) <= 5 or toks[0].lower != "the" or not (head in _MAKERS or head.endswith("maker")) \
            or not all(t.is_word and not t.is_possessive and not t.lower.isupper() and t.text[:2].lower() != t.text[:2]
                       for t in toks[1:-1]):
        return None
    return frozenset(t.bare.lower() for t in toks[1:-1])


_MAKERS = {"maker", "owner", "developer", "creator", "parent"}  # who makes or owns the product named before them
_MAKER_AFTER = re.compile(r"(?:['’]s?)?\s+(?:" + "|".join(sorted(_MAKERS)) + r"|[a-z]+maker)\b")  # after a product


_PEOPLES_BODIES = {"team", "campaign"}  # a person's too: `the Clinton team` is not Clinton
_ENTOURAGE_WORDS = _PEOPLES_BODIES | {"administration", "camp"}  # `the campaign` after `the Biden campaign`


def _named_outlet_or_text(toks) -> int | None:
    """Where the name starts in `the influential Edge magazine`, `A withering Washington Post
    editorial`: words in lowercase that praise or colour an outlet or a text, between an article
    and the name the outlet or the text goes by, are not part of what speaks."""
    if len(toks) < 4 or toks[0].lower not in ("the", "a", "an") or toks[-1].lower not in _OUTLETS_OR_TEXTS:
        return None
    first = next((k for k in range(1, len(toks) - 1) if toks[k].is_capitalised), None)
    if first is None or first == 1 or not all(toks[k].is_capitalised and not toks[k].is_possessive
                                              for k in range(first, len(toks) - 1)):
        return None
    return first if all(t.is_word and t.text[0].isalpha() and t.lower not in PREPOSITIONS_OR_DETERMINERS
                        for t in toks[1:first]) else None  # not `A 2014 House Intelligence Committee report`


_ANOTHER_OF_KIND = re.compile(r"\b(?:[Aa]nother|[Aa] second|[Aa] third|[Aa] fellow)\b")
_SOMEONE_OF_THEIRS = re.compile(r"\b(?:[Hh]is|[Hh]er) (?:\w+ )?(?:%s)\b" % "|".join(sorted(
    RELATIONS | ASSOCIATES | VOICES_FOR | {"deputy", "predecessor", "successor", "boss", "rival", "opponent"})))
# `Her deputy`, `his lawyer`, `her spokeswoman`: someone a he or she has
_REPLY_REACH = 12  # past the office's words: `The prime minister replied`


def _asks(sentence: str) -> bool:
    """Whether a sentence puts a question: `Kemi Badenoch asked him: "Why …?"`."""
    return sentence.rstrip(_SPACE_AND_MARKS + ".").endswith("?")


_REPLYING = re.compile(r"\s*(?:replied|responded|retorted|answered|countered|hit back|shot back)\b")
_SPACE_AND_MARKS = " \"“”'‘’«»"
_REBUTTING = {"retorted", "retorts", "countered", "counters", "shot back", "shoots back", "hit back", "hits back",
              "fired back", "fires back", "snapped back"}  # an answer to another, who spoke before
_ASKED_WHETHER = re.compile(r"[^.!?]*?\b(?:asked|asks|questioned|queried|wondered)\s+(?:[\w']+\s+){0,3}?"
                            r"(?:whether|if|why|how)\b")  # after the asker's name: a question reported
_BEING_ASKED = re.compile(r"\s+(?:was|were|is|are|been|being|has been|had been)\b")  # `Lomu was asked whether`: the
# one who answers
_SPEAKING = re.compile(r"\b(?:said|says|told|tells|warned|warns|claimed|claims|admitted|admits|denied|denies|"
                       r"insisted|insists|added|adds|according)\b")
_OWNER_AFTER = re.compile(r"\b(?:his|her)\b", re.IGNORECASE)
_HELD = re.compile(r"\b(?:arrested|charged|detained|held|jailed|convicted|accused)\b")
_BEFALLEN = re.compile(r"\b(?:died|dies|dead|killed|murdered|stabbed|shot|injured|hurt|attacked|missing)\b")
_DESCRIPTION_OPENING = re.compile(r"An?(?: [a-z][\w-]*){1,3}\b")  # `A bus driver`, `A retired teacher`
_NATION_APPOSED = re.compile(r",\s+(?:the|a)\s+([A-Z][a-z]+)\b")  # `Carlos Alcaraz, the Spaniard`
_ACCUSED_AFTER = re.compile(r",?\s+(?:accused|charged|convicted|on trial)\b[^,.;]*")  # `A man accused of murdering
# his neighbour`: the description, to its first stop
_ANSWERS_A_CHARGE = re.compile(r"\b(?:denies|denied|admits|admitted|pleaded|pleads|is accused|is charged)\b")
_CALLED_BEFORE_REACH = 30  # how far before a body's name a word for its kind may stand: `the gaming company Activision`
_WITH_BEFORE = re.compile(r"\bwith (?:[a-z-]+ )*(?:[A-Z][\w-]* )*$")  # `with the former shadow
# chancellor Ed Balls`: a partner named after `with`, in any titles
_WITH_REACH = 60
_ASKED_OBJECT = re.compile(r"\b(?:asked|pressed|questioned)\s+(him|her)\s+(?:whether|if|why|how|what|when|about|on)\b")
# `asked him whether`: the one who replies
_ASKED_NEAR = 12  # how far after a name its `asked` may stand: `Bash asked`, `Bash then asked`
_ANSWERING = {"replied", "replies", "answered", "answers", "responded", "responds", "retorted", "retorts"}
_CLOSING_QUOTED = re.compile(r"([.,!?])[\"”]")  # the stop that ends a quotation: `?` for a question
_ASKING = re.compile(r"\b(?:ask|asks|asked|asking|press|presses|pressed|pressing|questioned|quizzed|queried|"
                     r"demanded|inquired|enquired)\b", re.IGNORECASE)  # who asks a question of someone
_CUE_AFTER_REACH = 60  # characters between a question's end and its asker's name after it
_ASKED_REACH = 300  # characters before the asker's name where their question may end (`"…?" X asked`)
_FAMILY_PLURALS = ("ses", "xes", "zes", "ches", "shes")  # `Joneses`, `Foxes`: a family's name in the plural
_OWNER_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+)['’]s? \Z")  # `Labour's ` right before a name
_BANDS = {"band", "duo", "trio", "quartet", "quintet"}  # words for a band, which a place or a kind may qualify


def _a_bands_description(toks) -> bool:
    """`the band`, `the Sheffield band`, `the Belfast rap trio`: a band's word after up to two words of no one's."""
    return len(toks) <= 4 and all(t.is_word and not t.is_possessive for t in toks[1:-1])


_SIDES = {"side", "champions", "holders", "hosts", "visitors", "team", "club"}  # words for a team that plays
_KIN_PAIRS = {"pair", "duo", "brothers", "sisters", "siblings"}
_PAIR_WORDS = {"pair", "duo", "couple", "twins", "brothers", "sisters", "siblings"}  # `the pair`: two people just
# named together
_SERVING_NOT_HEADING = (SERVING_ROLES | SPOKES_ROLES) - {"secretary"}  # `Foreign Secretary Jack Straw` heads an office
_OUTLETS_OR_TEXTS = OUTLETS | SOURCE_TEXTS | {"editorial", "column", "article"}


def _names_written(toks) -> str:
    """`Tesco, Asda and Sainsbury`: names joined as written, each comma between them kept (a mention keeps
    none), past a `the` opening them."""
    if toks[0].lower == "the" and len(toks) > 1:
        toks = toks[1:]
    words = [toks[0].bare if len(toks) == 1 else toks[0].text]
    for before, tok in zip(toks, toks[1:]):
        words.append((", " if tok.start - before.end > 1 else " ") + (tok.bare if tok is toks[-1] else tok.text))
    return "".join(words)


def _people_listed(toks):
    """(`Emmanuel Macron`, `Friedrich Merz`, `Keir Starmer`) from `Emmanuel Macron, Friedrich Merz and Keir
    Starmer`: three or more names, of people or of bodies (`Tesco, Asda and Sainsbury`), set off by commas,
    the last two joined by `and`."""
    cuts = [k for k in range(1, len(toks)) if toks[k].start - toks[k - 1].end > 1]  # where a comma stood between
    # (a mention keeps no commas)
    if not cuts or len(cuts) > _MOST_LISTED \
            or any(t.is_capitalised and t.bare.lower() in DEPARTMENT_ENDS for t in toks):
        return None  # (not `the Department for Culture, Media and Sport`: one department's domains)
    last = _and_sides(toks[cuts[-1]:])
    if last is None:
        return None
    sides = [toks[a:b] for a, b in zip([0, *cuts], cuts)] + list(last)
    return tuple(sides) if all(_a_name_listed(side) for side in sides) else None


def _a_name_listed(side) -> bool:
    """One to three capitalised words (past a `the`), no possessive: `Friedrich Merz`, `Asda`, `the Lib Dems`."""
    words = side[1:] if side and side[0].lower == "the" else side
    return 1 <= len(words) <= _NAME_SIDE and all(t.is_word and t.is_capitalised and not t.is_possessive
                                                 and t.bare.lower() not in ROLE_WORDS for t in words)


_MOST_LISTED = 5  # commas in a list of names that speak together


def _two_names(toks) -> bool:
    """`Microsoft and Google`, `Labour and the Conservatives`: two short names (`the` before either)
    joined by `and`, with no role, no owner and no given name after another word in them (not `Trade
    and Industry Secretary Patricia Hewitt`, `Ernst and Young's Sanjay Mehta`, `Minister for Children,
    Young People and Families Margaret Hodge`)."""
    sides = _and_sides(toks)
    if sides is None:
        return False
    names = (side[1:] if side[0].lower == "the" else side for side in sides)
    return all(0 < len(name) <= _NAME_SIDE and all(
        t.is_capitalised and not t.is_possessive and (t.bare.lower() not in ROLE_WORDS or name[-1].bare.lower()
                                                      in ORG_WORDS and t is not name[-1]) for t in name)
        and not any(given_name(t.bare) for t in name[1:]) for name in names)  # (`the Premier League`: a body's)


_NAME_SIDE = 3  # words in either name: `the Liberal Democrats`, `Marks`, `the Czech Republic`
_PARTY_LEADING_DEPUTIES = {"tánaiste", "tanaiste"}  # `Tánaiste Simon Harris` is `the Fine Gael leader`
_HEADS_OF_GOVERNMENT = (("president",), ("prime", "minister"), ("first", "minister"), ("premier",), ("taoiseach",),
                        ("chancellor",))  # the offices that head a nation's or a region's government
_OWNED_ROLE_BEFORE = re.compile(r"\b([A-Z][\w-]*)['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+(?:\s+of\s+[a-z]+)?,\s*$")
_OWNED_BODY = tuple(f"'s {word}" for word in ("office", "campaign", "team", "department", "government", "family"))
_RESPONSE_FROM = re.compile(
    r"\b(?:response|rebuke|retort|reply|riposte|reaction|rebuttal|criticism|attacks?)\s+from\s+$")
_RESPONSE_REACH = 30  # characters before a name in which `response from` is looked for
_ITS_LEADER = re.compile(r"\b(?:[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(sorted(_TOP_ROLES))
                         + r"),\s*(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady)\.?\s+)?\Z")  # `Its chairman, Sir `
_REGULATOR_PARAGRAPHS = 10  # how far back `the regulator` looks for the one regulator named, where none is near
_STYLES_OF_ADDRESS = {"majesty", "royal highness", "highness", "holiness", "excellency", "eminence", "grace"}  # `His
# Majesty`, `Her Royal Highness`, `His Holiness`: how one speaks of a monarch, a royal, a pope or a cardinal, who is
# the he or she the text has named
_BAND_MEMBER = re.compile(r"\b([A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*){0,2}) (?:lead )?(?:singer|frontman|frontwoman|drummer|"
                          r"guitarist|bassist|vocalist|keyboardist) [A-Z]")  # `Oasis singer Liam Gallagher`
_NOT_BANDS = NATION_ADJECTIVES | DEMONYMS | {
    "pop", "rock", "folk", "soul", "jazz", "country", "rap", "opera", "punk", "indie", "metal", "blues", "gospel",
    "reggae", "former", "backing", "session", "the", "veteran", "star", "singer", "band", "his", "her", "their", "its",
    "a", "an",
}  # `Pop singer Jess Glynne`, `British singer`: a genre's, a nation's or another word before the role, no band's name
_MONARCH_WRITTEN = {word: re.compile(rf"\b[Tt]he {word}\b") for word in ("King", "Queen")}  # `The King` before `His
# Majesty`
_ON_TRIAL = {"defendant", "accused"}
_BENCH_AND_BADGE = _BENCHERS | {"coroner", "prosecutor", "detective", "officer", "inspector", "constable", "sergeant",
                                "superintendent", "barrister", "solicitor", "lawyer", "jury", "juror", "witness",
                                "victim"}  # roles that no one in the dock holds
_COUPLE_SCAN = 6  # paragraphs back to two people named as `X and Y` whom `the pair` stands for, only they acting
# since (`Margaret Smith, 71, and Anne Kelly, 69, were adopted …` ¶ … ¶ `Mrs Smith said` ¶ `Her sister said` ¶ …)
_PAIR_REACH = 3  # paragraphs back to a pair named, where one of them and no one else acted since
_MEMBER_FOR = re.compile(r",\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:MP|MSP|MEP|MLA|TD|member)\s+for\s+"
                         r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")  # `, the MP for Blackpool South`: the seat's words
_PLAYED_FOR = re.compile(r"\s+(?:(?:has|had)\s+)?(?:scored|netted|struck|played|starred)\b[^.;!?\"“”]{0,60}?\bfor\s+"
                         r"(?:the\s+)?([A-Z][\w'’-]*)")  # `Harry Kane scored twice for Bayern Munich`: its first word
_HIS_ROLE_BEFORE = re.compile(r"\b([Hh]is|[Hh]er)\s+([a-z]+),\s+$")  # `His lawyer, ` before the name
_HIS_ROLE_AFTER = re.compile(r",\s+(his|her)\s+([a-z]+),")  # `, her coach,` after it
_OWNERS_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)['’]s\s+"
                                r"((?:[a-z-]+\s+){0,2}[a-z-]+),")
# `, Acme's chief executive,` after a name
_OWNED_ROLE_REACH = 30  # characters `His lawyer, ` takes before the name
_COUPLE_REACH = 10  # paragraphs back to a couple named, whom `they` may be again
_PARENTS_SET_OFF = re.compile(r"\b([Hh]is|[Hh]er)\s+parents,\s+")  # `His parents, Cathy and Mark,`
_ELDER = {"older", "elder", "eldest", "oldest"}
_YOUNGER = {"younger", "youngest"}
_SIBLINGS_BY_SEX = {"brother": "m", "sister": "f", "twin": None, "sibling": None}
_TRADESPEOPLE = {"plumber", "builder", "baker", "butcher", "mechanic", "driver", "cabbie", "courier", "chef", "cook",
                 "fisherman", "painter", "carpenter", "glazier", "haulier", "publican", "shopkeeper", "hotelier",
                 "restaurateur", "accountant", "banker", "architect", "engineer", "pilot", "soldier", "sailor",
                 "firefighter", "footballer", "cricketer", "athlete", "musician", "novelist", "poet", "artist",
                 "dancer", "photographer"}  # trades no lexicon of roles lists, which a relation is not by being one
_PARTISANS = {"democrat", "republican", "tory", "conservative", "liberal", "socialist", "nationalist", "unionist"}
_NARROW_SPAN = 40  # the most years a word for the young or the old may span to name one person by an age alone
_AFFECTED_BEFORE = re.compile(r"\b(?:[Vv]ictim|[Pp]assenger|[Pp]atient|[Cc]onstituent|[Bb]ystander|[Ww]itness|"
                              r"[Ss]urvivor|[Cc]ustomer|[Rr]esident|[Nn]eighbou?r|[Tt]enant|[Cc]ommuter|[Ss]hopper)"
                              r",?\s+$")  # before a name: one things happen to, who holds no office the text speaks of
_AGES_OF_WORDS = {  # the ages, from and below, a word for the old or the young stands for
    **dict.fromkeys(("pensioner", "oap", "centenarian", "supercentenarian", "retiree", "great-grandmother",
                     "great-grandfather", "nonagenarian", "octogenarian"), (60, 200)),
    **dict.fromkeys(("teenager", "teen", "schoolboy", "schoolgirl", "pupil", "toddler", "youngster", "boy", "girl"),
                    (0, 20)),
    **dict.fromkeys(("student", "undergraduate"), (0, 60)),
}
_BY_AGE_SEX = _SIBLINGS_BY_SEX | {"man": "m", "woman": "f", "one": None}  # `the younger man`: of two named with ages
_HARMS = ("stabbed|shot|killed|attacked|murdered|assaulted|injured|hurt|robbed|beaten|beat|raped|abused|kidnapped|hit|"
          "wounded|mugged|punched")  # what is done to one harmed (`beat` of `beat a man`)
_HARMED_AFTER = re.compile(r"\s+(?:was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:" + _HARMS + r")\b")  # right after
# the one harmed: `was stabbed`, `was fatally stabbed`
_HARMED = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:,[^,.;\"“”]{1,40},)?" + _HARMED_AFTER.pattern)
# a name and what was done to it: `Tom Brown, 34, was stabbed`
_HARMING_BEFORE = re.compile(r"\b(?:" + _HARMS + r")\s+$")  # right before the one harmed: `attacked a shopkeeper`
_HARM_REACH = 16  # characters before `a shopkeeper` a verb of harm is looked for in
_VICTIM_NAMED = re.compile(r"\b[Tt]he\s+victim,?\s+(?:named\s+(?:as\s+)?)?(?=[A-Z])")  # `The victim, Tom Brown,`
_SAID_AFTER_A_CLAUSE = re.compile(r",\s+((?:his|her|their|the)\s+(?:[a-z]+\s+)??[a-z]+)\s+(?:said|says|has\s+said|"
                                  r"announced|has\s+announced|confirmed|has\s+confirmed)\s*[.;]")  # `, her family
# said.`
_SIDES_ROLES = _KEEPERS | _OUTFIELD | {"forward", "player", "captain", "manager", "boss"}  # a side's player or head
_SIDES_PLAYER = re.compile(r"\b(?:(?:[Tt]he|[Ff]ormer|and)\s+|[Ee]x-)(?:former\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+"
                           r"(?:" + "|".join(sorted(_SIDES_ROLES)) + r")\b")  # `the former Leeds striker`
_GROUPS_OF_PEOPLE = {"group", "organisation", "organization", "movement", "network", "collective"}  # a body of
# people (`the group`)
_CAUSES = {"campaign", "protest", "activist", "pressure", "climate", "environmental", "action", "lobby"}  # what such a
# body is for (`the campaign group`)
_PEOPLE_OF = re.compile(r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in BODYS_PEOPLE) + r")\s+"
                        r"(?:from|of|with)\s+(?:the\s+)?(?:[A-Z][^.;:,]{0,40}?\s+and\s+(?:the\s+)?)?$")  # `Activists
# from ` before `Just Stop Oil`, and `… and ` before `Extinction Rebellion`
_VICTIMS = {"victim"}  # whom `the victim's father` stands for the father of
_ACCUSED = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:(?:,[^,.;\"“”]{1,40}){1,2},)?\s+"
                      r"(?:denies|denied|admits|admitted|pleaded|pleads|(?:is|was|has\s+been|had\s+been)\s+"
                      r"(?:accused|charged|convicted|found\s+guilty|jailed|sentenced|on\s+trial)|"
                      r"(?:is\s+|has\s+)?(?:stands|stood|went|gone)\s+on\s+trial)\b")
# a name and the verb that puts them in the dock: `Paul Green, 52, denies`, `Jo Lee was charged`
_TRIED = re.compile(r"\b(?:(?:[Tt]rial|[Rr]etrial|[Ss]entencing|[Pp]rosecution)\s+of|[Cc]ase\s+against)\s+"
                    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?![\w'’-]|\s+[A-Z]|\s+and\s+[A-Z])")  # `The trial
# of Tom Brown`: the one tried, alone
_SIBLINGS = {"sister", "brother", "twin", "sibling"}
_BIRTH_ORDER = {"younger", "older", "elder", "big", "little", "baby", "eldest", "oldest", "youngest", "twin"}
_SIBLINGS_WRITTEN = re.compile(r"\b(?:sisters|brothers|siblings|twins)\b", re.I)
_RIVALS = frozenset({"rival", "opponent", "challenger", "counterpart", "team-mate", "teammate", "crewmate", "crew-mate",
                     "co-star", "co-host", "co-presenter", "co-pilot", "co-defendant", "co-accused"})  # one of two
# people set against each other, or met as equals or as partners (`Suni Williams and Butch Wilmore landed …. ¶ Her
# crewmate said`; `Tom Brown and Mark Jones were cleared. … His co-defendant said`)
_ON_AIR = {"broadcaster", "presenter", "host", "pundit", "commentator", "newsreader", "anchor", "dj"}  # one trade
_NEGATED_MANY = {"everyone", "everybody", "all", "many", "every"}  # `Not everyone`, `Not all of them`
_PARENTS_OF_SOME = {"mother", "father", "mum", "dad", "grandmother", "grandfather", "parent", "grandparent"}  # `mother
# of two`: a parent of so many, an epithet
_OWNER_OPENERS = {"his", "her", "their", "the", "my"}  # what opens `His wife`, `the victim's mother`, `My mum`
_KIN_WHO = re.compile(r"\b([Mm]y|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\s+(?:[a-z-]+\s+)?([a-z-]+),\s+who\b")
# `my mother, who`, `his elderly father, who`: an owned word for a person, then its relative clause
_SEXED_WORDS = 3  # words to the head of `the victim's elderly mother`
_AMERICAN_PARTIES = frozenset({"republican", "democrat"})  # a member of a party of the United States, no other's

_PAIRS = {"duo", "pair", "couple", "partners", "twins", "brothers", "sisters"}


def _shares_the_surname(first, second) -> bool:
    """`David and Jeanne Heidler`: a given name alone before a given name and a surname (not
    `Comedians Matt Lucas and David Walliams`, a full name first)."""
    alone = len(first) == 1 or not (first[-2].is_capitalised and given_name(first[-2].bare))
    return (alone and first[-1].is_capitalised and given_name(first[-1].bare) and len(second) == 2
            and given_name(second[0].bare) and not given_name(second[1].bare))


def _a_word_for_someone(word: str) -> bool:
    """`mother`, `senator`, `the 23-year-old`, `the Scot`'s `scot`: a word that may stand for a
    person; not `rancor` (`The rancor is so blatant that Mr. Trump was asked …`)."""
    return _holds_a_role(word) or people_word(word) or word in DEMONYMS or an_age(word)


def _rank(mention) -> set[str]:
    """The rank a mention's title or office ends on, in lowercase (`col` and `colonel` of `Lt Col Ann Lee`): what `the
    officer` looks for, not every word (`General Secretary`), nor an office of other words (`Chief Executive
    Officer`)."""
    if not all(word in _SAME_ROLE["officer"] or word in POLICE_QUALIFIERS for word in mention.office[:-1]):
        return set()
    return {word.lower().rstrip(".") for word in (mention.title or "", *mention.office[-1:]) if word}


def _human(toks) -> bool:
    """`the retired neurosurgeon`, `his spokeswoman`: a description of a person, unless its head
    names a thing or a body (`the statement`, `the campaign`, `a report from the FBI`). A role
    that ends it is the head: `A Department for Work and Pensions spokeswoman`."""
    if not toks[-1].is_capitalised and toks[-1].lower in _SPOKES_OR_ROLE_WORDS:
        return True
    head = next((t for t in toks if t.lower in _HEAD_ENDERS), None)
    words = toks[:toks.index(head)] if head is not None else toks
    last = (words[-1] if words else toks[-1]).bare.lower()
    singular = last[:-1] if last.endswith("s") else last  # `letters`, `statements`
    return (last not in NOT_HUMAN and singular not in NOT_HUMAN and (last not in ORG_WORDS or last == "executive")
            and not singular.endswith(("ment", "tion", "sion")) and not plural(last))  # `the listeners`: no he


# past an appositive, auxiliaries and adverbs, to the subject's verb
_REPORTED_THROUGH = re.compile(r"(?:\s*,(?:[^,;:\"“”]{1,80},)?)?"
                               r"(?:\s+(?:had|has|have|is|was|also|later|earlier|previously|still|again|then|now))*"
                               r"\s+([a-z]+)\b")
_PARAGRAPH_REACH = 400  # characters of paragraphs a description may look back past (a paragraph's worth)
_OPINION_VERBS = {"believes", "believed", "feels", "felt"}  # but not `had hoped`: no one says a hope
_STANCES = {"critical", "adamant", "scathing", "dismissive", "convinced", "confident", "optimistic", "defiant",
            "upbeat"}
_HEAD_ENDERS = {"of", "for", "from", "at", "with", "in", "on", "who", "which", "that", "by"}


def _looks_like_org(name: str) -> bool:
    words = name.split()
    return names_a_body(words) or all(w.lower() in PLACES for w in words) or len(words) == 1 and _camel_case(name)


def _a_venue(name: str) -> bool:
    """`Downing Street`, `Wembley Stadium`: a place's name, its last word a venue's, its first no given name (not
    `Andy Street`), which no he or she stands for, though it speaks."""
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in VENUES and not given_name(words[0])


def _camel_case(word: str) -> bool:
    """`RateBeer`, `YouTube`: a capital inside one word, as brands write it; not `McDonald`,
    `MacKenzie`, `DeSantis`, `LeBron` or `O'Brien`."""
    inner = next((k for k in range(1, len(word)) if word[k].isupper() and word[k - 1].islower()), None)
    return inner is not None and word[:inner] not in _NAME_PREFIXES


_NAME_PREFIXES = {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St", "Ben", "Al", "El"}


def _place_after_in(toks) -> list:
    """The capitalised words (and `the`) that end the phrase after its last `in`, when a word
    stands before the `in`: `Officials in Washington`, `Democrats in the Senate`; or a part of a place
    named so (`Parents in a rural part of Devon`)."""
    k = max((i for i, t in enumerate(toks) if t.lower == "in"), default=None)
    rest = list(toks[k + 1:]) if k else []
    of = next((i for i, t in enumerate(rest) if t.lower == "of"), None)
    if of is not None and 1 <= of <= 4 and rest[of - 1].lower in _PARTS_OF_PLACES \
            and not any(t.is_capitalised for t in rest[:of]):
        named = [t for t in rest[of + 1:] if t.lower != "the"]  # (`a rural part of`, `the north of`)
    else:
        named = [t for t in rest if t.lower != "the"]
    return rest if named and all(t.is_capitalised for t in named) else []


_PARTS_OF_PLACES = {"part", "parts", "area", "areas", "corner", "region", "north", "south", "east", "west", "centre",
                    "center", "outskirts", "suburbs", "heart", "edge"}  # `in a rural part of Devon`


def _inquiry_of(toks) -> bool:
    """`The independent review of London Fire Brigade`, `an inquiry into the Grenfell fire`: an inquiry,
    described in lowercase, then `of` or `into` what it looks at."""
    head = next((k for k in range(1, len(toks) - 1) if toks[k + 1].lower in ("of", "into")), None)
    return head is not None and toks[0].lower in ("the", "a", "an") and toks[head].lower in FINDINGS \
        and not any(t.is_capitalised for t in toks[1:head + 1])


def _before_its_topic(toks):
    """`Statement from Adam Schiff on Just Security` -> `Statement from Adam Schiff`, `Ann Lee about Mark
    Reyes` (of `a letter from Ann Lee about …`) -> `Ann Lee`: a text from a name, or a person's name, then what
    it is about or whom it was sent to; else `toks`. (Not `Council on Foreign Relations`: no person's name, no text
    from it.)"""
    addressed = next((k for k in range(2, len(toks) - 1)
                      if toks[k].lower == "to" and toks[k - 1].bare.lower() in _WRITTEN and toks[k + 1].is_capitalised),
                     None)
    if addressed is not None:
        return toks[:addressed]  # `Jane Smith's letter to Tom Brown`: hers, not the one it was sent to
    read = next((k for k in range(2, len(toks) - 2) if toks[k].lower in _READ_BY and toks[k + 1].lower in ("by", "to")
                 and toks[k - 1].bare.lower() in _WRITTEN), None)
    if read is not None:
        return toks[:read]  # `An email seen by the BBC`, `a memo leaked to the Guardian`: whoever read it, not wrote it
    sent = next((k for k in range(1, len(toks) - 2)
                 if toks[k].lower == "from" and toks[k - 1].bare.lower() in _WRITTEN), None)
    if sent is None and not (len(toks) > 3 and toks[0].is_capitalised and given_name(toks[0].bare)):
        return toks
    name = sent + 1 if sent is not None else 0
    topic = next((k for k in range(name + 1, len(toks) - 1) if toks[k].lower in _TOPIC_WORDS
                  or toks[k].lower == "to"), None)  # `a letter from Ann Lee to Mark Reyes`
    return toks[:topic] if topic is not None and all(t.is_capitalised for t in toks[name:topic]) else toks


_TOPIC_WORDS = {"on", "about", "regarding", "over", "concerning"}
_READ_BY = {"seen", "obtained", "received", "reviewed", "viewed", "leaked", "shown"}  # a text's reader after `by`
_VERB_NEXT = re.compile(r" [a-z]")  # a word in lowercase next: the verb a headline's subject opens on


def _before_affiliation(toks):
    """`Jeffrey Lewis of the James Martin Center` -> `Jeffrey Lewis`; `Bank of England` stays whole."""
    for i, tok in enumerate(toks):
        if tok.lower in AFFILIATIONS and i > 0:
            held = _name_after_office(toks, i)
            if held:  # `Chancellor of the Exchequer Gordon Brown`, `spokeswoman for women Sandra Gidley`
                return held
            if _named_after_a_role(toks, i):
                return toks  # `Former Match of the Day pundit Alan Hansen`: a title's `of`, the person's name after
                # its role
            name = [t for t in toks[:i] if t.is_capitalised and t.bare.lower() not in NOT_NAMES]
            titled = i >= 2 and toks[i - 2].lower in HONORIFICS and toks[i - 1].is_capitalised  # not `General …`
            if titled and tok.lower == "of" and toks[i - 2].lower in PEERAGE:
                return toks[:i]  # `Labour peer Baroness Smith of Basildon`: a peer's territorial designation
            person = any(given_name(t.bare) or middle_initial(t.text) for t in name[1:-1])  # `House Speaker Paul D.
            # Ryan of Wisconsin` (whatever the given name: the initial is a person's)
            bare = [t.bare for t in name]
            if (len(name) >= 2 or titled) and (person or not names_a_body(bare, titled) and not plural_body(bare)):
                return toks[:i]
            if len(name) == 1 and tok.lower == "from" and given_name(bare[0]):
                return toks[:i]  # `Jenny from Cardiff told us`: a reader by her given name, and where she lives
            return toks
    return toks


def _named_after_a_role(toks, i) -> bool:
    """After the preposition at `i`, a word in lowercase, then capitalised words to the phrase's end that open on a
    given name: `of the Day pundit Alan Hansen`."""
    role = next((k for k in range(i + 1, len(toks) - 1) if toks[k].is_word and not toks[k].is_capitalised
                 and toks[k].lower not in ("the", "a", "an", "of", "and")), None)
    return role is not None and given_name(toks[role + 1].bare) and all(t.is_capitalised for t in toks[role + 1:])


def _name_after_office(toks, i):
    """The name, from a given name on, that ends a phrase whose role word stands before the
    preposition at `i`: `UK Chancellor of the Exchequer Gordon Brown` -> `Gordon Brown`."""
    if toks[i - 1].bare.lower() not in ROLE_WORDS and toks[i - 1].lower not in HONORIFICS:
        return None
    given = next((k for k in range(i + 1, len(toks) - 1) if toks[k].is_capitalised and given_name(toks[k].bare)), None)
    domain = i + 2 if toks[i + 1].lower == "the" else i + 1  # `Secretary of Defense Leon Panetta`, whatever the
    if given is None and len(toks) - domain >= 3 and (toks[domain].bare.lower(),) in OFFICE_DOMAINS:  # given name
        given = domain + 1
    if given is None:  # `spokeswoman for women Dorok Zerin`: a domain in lowercase, then a name of two words or more
        first = next((k for k in range(domain, min(len(toks), domain + _DOMAIN_WORDS + 1)) if toks[k].is_capitalised),
                     None)
        if first is not None and first > domain and len(toks) - first >= 2 and all(
                t.is_word and t.lower not in ("and", "or") for t in toks[domain:first]):
            given = first
        elif first == domain:  # `Chairman of the Environmental Audit Committee Dokemek Manin MP`, `Governor of the
            given = next((k for k in range(domain + 1, len(toks) - 1)  # Bank of England Zobek Tamun`: the body's name
                          if (toks[k - 1].bare.lower() in ORG_WORDS or toks[k - 1].bare.lower() in PLACES
                              and toks[k - 2].lower == "of") and toks[k].is_capitalised  # ends on its word for a
                          and toks[k].bare.lower() not in ORG_WORDS | PLACES), None)  # body, or `of` a place
    if given is None or not all(t.is_capitalised for t in toks[given:]):
        return None
    return toks[given:]


_DOMAIN_WORDS = 3  # lowercase words of an office's domain before its holder's name: `minister for public health`


def _one_owner(tok) -> bool:
    """`his`, `her`, `Brafman's`: one person, who may be speaking through a face or a voice."""
    return tok.lower in ("his", "her") or tok.is_possessive and tok.is_capitalised


def _possessor_split(toks) -> int | None:
    """Index of the possessor in `his spokeswoman` / `the company's chief executive`, or None (and
    None in `a statement on her website`, `the chairman of Acme's board` or `Teachers at John
    Jones's school`, whose head comes before the preposition; but `one of Trump's aides`, `a motion
    by Mr Jackson's lawyers`: the owner's)."""
    for i in range(len(toks) - 2, -1, -1):
        tok = toks[i]
        if (tok.lower in POSSESSIVE_PRONOUNS or tok.is_possessive) and (
                not toks[-1].is_capitalised or tok.lower in ("his", "her") and i == 0
                and any(t.lower in PREPOSITIONS for t in toks[2:])) and not any(
                t.is_capitalised for t in toks[i + 1:] if tok.lower not in ("his", "her") or given_name(t.bare)):
            # but `her Twitter account`: a name inside what a he or she owns; `His critics in the United States`:
            # a place in what follows what they own
            after_preposition = any(t.lower in PREPOSITIONS for t in toks[:i])
            if after_preposition and tok.lower not in POSSESSIVE_PRONOUNS:
                k = next(k for k, t in enumerate(toks) if t.lower in PREPOSITIONS)
                head = toks[k - 1].lower if k > 0 else ""
                return i if head in QUANTIFIERS or head in NUMBER_WORDS or toks[k].lower == "by" else None
            return None if after_preposition else i
    return None


def _body_across_the(toks, i) -> bool:
    """`the` or an ordinal at `i` inside a body's name after `of` or `for`: `the Court of Appeals
    for the 3rd Circuit`, `the Chamber of Commerce of the United States`."""
    k = i - 1 if toks[i].lower == "the" else i - 2 if ORDINAL.fullmatch(toks[i].lower) else None
    return k is not None and k >= 1 and toks[k + 1].lower == "the" and toks[k].lower in ("of", "for") \
        and (any(t.bare.lower() in ORG_WORDS for t in toks[:k] if t.is_capitalised)
             or toks[k - 1].is_capitalised and plural_of_person(toks[k - 1].lower)  # `Friends of the Earth`
             or k == 1 and toks[0].is_capitalised and toks[0].lower in GOVERNED)  # `Transport for the North`


def _of_the_kind(written: str, office: tuple[str, ...]) -> bool:
    """Whether an office written for someone unnamed (`a prominent Republican National Committee
    member`) may be `office` (`the RNC member`): it has the word before the office's head, whole or
    as the initials of its capitalised words; one word's office always may be."""
    if len(office) < 2:
        return True
    initials = "".join(word[0] for word in written.split() if word[:1].isupper()).lower()
    return office[-2] in written.lower() or office[-2] in initials


def _running_for(office: tuple[str, ...]) -> str | None:
    """The office one runs for in `office` when only a party's or a race's words, or a US state's name,
    qualify it (`republican presidential nominee`, `democratic candidate for president`, `vermont
    senator`), else None; `the vice president` as `the vice-president`."""
    if office[-2:] == ("vice", "president"):
        office = (*office[:-2], "vice-president")
    head = next((k for k, word in enumerate(office) if word in _RUNNING_OFFICES), None)
    if head is None or office[head + 1:head + 2] not in ((), ("for",)):
        return None
    place = " ".join(word for word in office[:head] if word not in _RACE_WORDS)
    return office[head] if not place or place in _STATE_NAMES or office[head] in SEAT_SUFFIXES else None
    # `the Vermont senator`, `the Salford MP`


def _seat(office: str) -> str:
    """`representative` for `congressman` and `congresswoman`: the seat a US title (`Rep.`) abbreviates."""
    return "representative" if office in ("congressman", "congresswoman") else office


_SAME_ROLE = {"skipper": {"captain", "skipper"}, "captain": {"captain", "skipper"},
              "keeper": {"goalkeeper", "keeper", "goalie"}, "goalkeeper": {"goalkeeper", "keeper", "goalie"},
              "boss": {"manager", "boss", "executive", "ceo"}, "manager": {"manager", "boss"},  # (`Chief executive Tom
              # Brown` for `the boss`)
              **dict.fromkeys(("lawmaker", "legislator"), {
                  "sen.", "sen", "senator", "rep.", "rep", "representative", "congressman", "congresswoman",
                  "assemblyman", "assemblywoman", "assemblymember", "legislator", "lawmaker", "delegate"}),
              "peer": {"lord", "baroness", "viscount", "viscountess", "earl", "countess", "marquess", "peer"},
              **dict.fromkeys(("lawyer", "attorney"), {"lawyer", "attorney", "solicitor", "barrister", "counsel"}),
              "international": _PLAYERS, "forward": {"forward", "striker"}, "striker": {"forward", "striker"},
              "officer": {"officer", "constable", "pc", "wpc", "pcso", "sergeant", "sgt", "inspector", "insp",
                          "superintendent", "supt", "detective", "det", "dci", "dsi", "dcs", "lieutenant", "lt",
                          "colonel", "col", "major", "maj", "commander", "cmdr", "cdr", "brigadier", "brig", "corporal",
                          "cpl", "private", "pte", "admiral", "adm"}}  # (no `captain`, `general`: a side's and a
# union's too)
# one role by either word (`Sen. Mike Johnson` for `the lawmaker`, `Lord Hague` for `the peer`)
_LANDLORDS = {"landlord", "landlady", "publican", "innkeeper", "shopkeeper", "proprietor", "licensee"}  # who keeps
# a place: `The landlady of a village pub`
_HEADS = {"boss", "head", "chief", "leader"}  # who leads something, whatever their title
_CHAIRS = {"chairman", "chairwoman", "chair"}  # who chairs a business's board, a boss as its chief executive is
_TEMPORARY = {"caretaker", "interim", "acting", "temporary"}  # who holds a role for now
_CALLED_REACH = 2  # paragraphs back a name called by a trade (`Plumber Tom Brown`) stays the one `the plumber` is
_TITLED_REACH = 3  # paragraphs back a person titled `Sen.` or `Gov.` stays the one `the senator` stands for
_TITLED_OFFICES = {"senator", "governor", "congressman", "congresswoman", "representative"}  # offices a US title
# abbreviates (`Sen.`, `Gov.`, `Rep.`) before a name the text may then write out alone
_RACE_WORDS = {"republican", "democratic", "gop", "presidential", "presumptive", "likely", "party's", "party’s",
               "vice-presidential", "vice"}  # `the Republican vice-presidential nominee`
_STANDINGS = {"front-runner", "frontrunner", "hopeful", "contender"}  # one's place in a race, not an office
_RUNNING_OFFICES = {"senator", "governor", "candidate", "congressman", "congresswoman", "nominee",
                    "mayor", "vice-president"} | _STANDINGS | SEAT_SUFFIXES
_IN_A_RACE = RACERS  # the names module's: `candidate`, `nominee` and the standings


def _place_then_a_name(words) -> bool:
    """`Uganda Puzapu Pufalon`: a place's one word, then two or more capitalised words of no place or body."""
    return len(words) >= 3 and words[0].bare.lower() in PLACES and not any(
        t.bare.lower() in PLACES or t.bare.lower() in ORG_WORDS for t in words[1:])


_PEOPLES = frozenset({"people", "peoples", "women", "men", "children", "workers"})  # those a body is named for (`the
# People's Bank`, `the Women's Institute`): no owner before a person's name


def _trailing_name(toks):
    """The capitalised words (with their titles) that end the phrase: `attorney Charles Harder`."""
    j = len(toks)
    while j > 0 and (toks[j - 1].is_capitalised or toks[j - 1].lower == "of" or toks[j - 1].lower in NAME_PARTICLES
                     or toks[j - 1].lower in ("and", "&", "for") and _joins_a_body(toks, j - 1)
                     or toks[j - 1].text == "," and domains_listed(toks, j - 1, 0, len(toks))
                     or toks[j - 1].lower == "on" and j >= 2 and toks[j - 2].bare.lower() in BODIES_ON
                     or toks[j - 1].lower == "to" and j >= 2 and j < len(toks) and campaign_to(
                         toks[j - 2].bare.lower(), toks[j].lower)  # `Committee to Protect Journalists`
                     or toks[j - 1].lower == "the" and j >= 2 and toks[j - 2].text in CHARITY_VERBS  # `Save the
                     and j < len(toks) and toks[j].is_capitalised  # Children`
                     or toks[j - 1].lower == "upon" and j >= 2 and toks[j - 2].is_capitalised  # `Newcastle upon Tyne`
                     or toks[j - 1].text.isdigit() and j >= 2 and toks[j - 2].is_capitalised
                     and toks[j - 2].bare.lower() not in NOT_NAMES
                     or _body_across_the(toks, j - 1)):
        j -= 1  # `Department for Transport`, `Department of Trade and Industry`, `Il Sole 24 Ore`
    while j < len(toks) and not toks[j].is_capitalised:
        j += 1
    name = list(toks[j:])
    owner = max((i for i, t in enumerate(name[:-1]) if t.is_possessive), default=None)
    if owner is not None and not ((owner == len(name) - 2 or name[owner].text.endswith(("s'", "s’")))
                                  and (name[-1].bare.lower() in ORG_WORDS or name[-1].bare.lower() in _INSTITUTIONS)) \
            and not (name[-1].bare == "UK" and name[owner].bare.lower() not in PLACES) \
            and name[owner].bare.lower() not in _PEOPLES:
        name = name[owner + 1:]  # `CNBC's Becky Quick`, not `the British Bankers' Association`, `the Actors'
        # Equity Association`, `Alzheimer's Research UK`, `Parkinson's UK` (a charity's name), `St Mary's Academy`,
        # `the People's Bank of China` (not the Bank of China), `the Men's Sheds Association`
    given = next((i for i, t in enumerate(name[:-1]) if i and given_name(t.bare)), None)
    body_before = j > 0 and toks[j - 1].lower in ORG_WORDS and toks[j - 1].lower not in ROLE_WORDS  # `the public
    # services union Unison Dave Prentis`; not `chief executive Anne Marie Ryan`, an office
    place_before = given is not None and name[given].bare.lower() not in PLACES and (  # not `South Carolina`
        j > 0 and toks[j - 1].lower == "in" or all(t.bare.lower() in PLACES for t in name[:given]))
    if given is not None and (body_before or place_before or any(t.bare.lower() in ORG_WORDS for t in name[:given])
                              or plural_before_a_name(name[given - 1].bare)):  # `… and Families Margaret Hodge`
        name = name[given:]  # `Environmental Audit Committee Peter Ainsworth`: the committee's chairman;
        # `the play's organiser in Uganda, Sarah Mukasa`: the organiser, not a place
    elif given is None and j > 0 and toks[j - 1].lower == "in" and _place_then_a_name(name):
        name = name[1:]  # `organiser in Uganda, Puzapu Pufalon`: a place, then a name no list of given names knows
    named_body = j > 0 and len(name) > 1 and (toks[j - 1].lower in BODY_NOUNS or toks[j - 1].lower == "band") \
        and name[0].lower not in ("the", "a", "an") and not given_name(name[-1].bare)  # `advocacy group One
    # Nation`: the body's whole name
    named_body = named_body or len(name) == 2 and names_a_service(name[0].lower, name[1].lower)  # `First Bus`
    while len(name) > 1 and not named_body and (
            name[0].bare.lower() in NOT_NAMES and name[0].lower not in HONORIFICS
            and not names_place(name[0].bare, name[1].bare) and not _acronym_of_a_body(name)
            and not (name[0].lower == "new" and name[1].bare.lower() not in _TITLING)
            or compound_adjective(name[0].lower)):
        name.pop(0)  # `The`, `Tunisian-born`; not `New` in `The New Yorker`, `New Order` (but `New Chancellor …`)
    if name and all(t.bare.lower() in NOT_NAMES or t.lower in HONORIFICS for t in name) and not (
            len(name) >= 2 and name[-2].lower in PERSONAL_TITLES):  # but `Ms King`, `Mr Major`: a surname
        return None
    return name or None


_TITLING = ROLE_WORDS | HONORIFICS.keys()  # `New Chancellor …`: a word after `New` that titles someone


def _acronym_of_a_body(name) -> bool:
    """`US Airways`: an acronym (not the pronoun `us`) opening a body's name."""
    return name[0].text.isupper() and len(name[0].text) > 1 and names_a_body([t.bare for t in name[1:]])


def _leading_name(toks):
    """`Dr Mark Tuffy games systems director at THX` (an appositive without its commas): the
    name that opens the phrase, titled or from a given name on, before lowercase words."""
    j = 0
    while j < len(toks) and toks[j].is_capitalised and not toks[j].is_possessive:
        j += 1
    if j == len(toks) or j < 2 or toks[0].lower in DETERMINERS:
        return None
    name = list(toks[:j])
    if all(t.bare.lower() in NOT_NAMES or t.lower in HONORIFICS for t in name):
        return None
    return name if name[0].lower in HONORIFICS or given_name(name[0].bare) else None  # not `Plaid Cymru health …`


def _joins_a_body(toks, k) -> bool:
    """`and` or `for` inside a body's name: `Department of Trade and Industry`, `National Council
    for Adoption`, `Finance and Economy Ministry` (as names.py joins it); not `Clinton and Sanders`."""
    if k == 0 or not toks[k - 1].is_capitalised:
        return False
    domains = toks[k].lower == "and" and len(toks) == k + 3 and toks[k + 1].is_capitalised \
        and toks[-1].bare.lower() in ORG_WORDS and (k == 1 or not toks[k - 2].is_capitalised
                                                    or toks[k - 2].lower == "the")  # `The Qualifications and …`
    places = toks[k].lower == "and" and toks[-1].bare.lower() in ORG_WORDS and all(
        t.is_capitalised and not given_name(t.bare) or t.lower in ("and", "of") for t in toks[k - 1:])  # `Devon and
    # Somerset Fire and Rescue Service`, `Mid and West Wales Fire Service`: a run of capitals that ends a body's name
    return domains or places or any(t.bare.lower() in ORG_WORDS or t.bare.lower() in DEPARTMENT_ENDS
                                    for t in toks[:k]) \
        or toks[k].lower == "for" and k == 1 and toks[0].lower in GOVERNED \
        and not any(given_name(t.bare) for t in toks[k + 1:])  # `Transport for the North`


def _name_words(name, whole_body: bool = False) -> tuple[str, ...]:
    """The words of a person's name, titles and roles before it dropped: `Indiana Gov. Mike Pence`
    -> (Mike, Pence); `of State John F. Kerry` -> (John, F., Kerry). With `whole_body`, words that
    describe rather than title stay: (Scottish, Executive), and so do possessives inside the name:
    (Women's, Institute)."""
    words = [t.text if whole_body and t.is_possessive and k < len(name) - 1 else t.bare for k, t in enumerate(name)]
    if len(words) > 2 and words[0] == "of":
        words = words[2:]
    title, rest = name_after_title(words)
    words = words if whole_body and title is None else rest
    if len(words) > 1 and words[0] == "of":
        words = words[1:]  # `CEO of California's` -> (California,)
    return tuple(without_suffixes(words))  # `Ken Macdonald QC` -> (Ken, Macdonald)


_TEXT_ASIDE = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[a-z]+(?:,[^,.;:\"“”]{1,80},|\s+by\s+(?:the\s+)?"
                         r"[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*)")  # `The report, published …,`,
# `A report by the Resolution Foundation`
_LAWS = {"bill", "act", "treaty", "directive", "constitution", "charter", "convention", "amendment"}


def _is_org(toks, name) -> bool:
    i = toks.index(name[0])
    words = _name_words(name)
    acronym = len(words) == 1 and len(words[0]) > 1 and words[0].isupper()  # `EB-5`, `NATO`
    before = toks[i - 1].lower if i > 0 else None
    titled = len(words) < len(name) or before in HONORIFICS or before in ROLE_WORDS  # `Tory co-chairman Liam Fox`
    office = len(name) == 1 and (words[0].lower() in HONORIFICS or words[0].lower() in ROLE_WORDS)
    return (acronym or names_a_body(words, titled)
            or before in ("the", "of") and not office  # but `the Bishop`, `the Chancellor`: a person
            or before in BODY_NOUNS and len(name) == 1)  # `distributor Toho`


def _near_someone(toks) -> tuple[int, int] | None:
    """Where the head and what follows its preposition stand in `A source close to Cruz`, `several
    people in Clinton's orbit`, `a person familiar with his thinking`: someone near another, who
    is not that other."""
    head = next((k for k in range(min(3, len(toks))) if toks[k].lower in _NEAR_PEOPLE), None)
    if head is None:  # `One former minister close to him`: any word for people, right before `close to`
        head = next((k for k in range(min(4, len(toks) - 2)) if people_word(toks[k].lower)
                     and (toks[k + 1].lower, toks[k + 2].lower) in NEAR_SOMEONE), None)
    if head is None or any(t.is_capitalised and t.lower not in _DETERMINERS_OR_QUANTIFIERS for t in toks[:head]):
        return None
    after = tuple(t.lower for t in toks[head + 1:head + 3])
    step = 2 if after in NEAR_SOMEONE else \
        1 if after[:1] and after[0] in ("in", "around", "near", "inside", "within") else 0
    rest = head + 1 + step
    if step == 1 and after[0] in WITHIN and toks[head].lower in UNNAMED_VOICES:
        return None  # `A source inside the BBC`: a BBC source, as `at the BBC`
    return (head, rest) if step and rest < len(toks) else None


def _acting_on_someone(toks) -> int | None:
    """Where the participle stands in `A lawyer representing John Smith`, `Protesters supporting
    Bernie Sanders`, `White America embracing Obama`: someone acting on a person named after it, who
    is not that person (but `Democrats including Barack Obama` are him among others)."""
    k = next((k for k in range(1, len(toks) - 1) if toks[k].lower.endswith("ing") and not toks[k].is_capitalised
              and toks[k].is_word and (toks[k + 1].is_capitalised or toks[k + 1].lower in ARTICLES_AND_POSSESSIVES)
              and toks[k].lower not in _NOT_ACTING
              and toks[k + 1].lower not in DESCRIPTORS and toks[k + 1].lower not in ROLE_WORDS), None)
    return k if k is not None and toks[k - 1].is_word and toks[k - 1].lower not in DETERMINERS \
        and toks[k - 1].lower not in PREPOSITIONS else None  # not `Despite receiving an email from …`


_NOT_ACTING = ING_PREPOSITIONS - {"following"} | {  # `People following Trump` do; `Democrats including` do not
    "ranking", "leading", "outgoing", "incoming", "acting", "founding", "sitting", "reigning", "retiring", "visiting",
    "ruling", "presiding"}  # adjectives before a title: `Oversight ranking Democrat Elijah Cummings`


_INDEFINITE_OPENING = re.compile(r"(?:And |But )?(?:([Ss]omeone|[Ss]omebody)(?: else)?|(?:[Oo]ne|[Aa]nother|[Aa]n?)"
                                 r"(?: ([a-z-]+))? ([a-z]+))\b")


def _indefinite_head(opening: re.Match | None) -> str | None:
    """`someone` for `Someone else`, `fan` for `One fan` or `One angry fan`: a person of no known sex."""
    if opening is None:
        return None
    if opening.group(1):
        return "someone"
    head = next((word for word in opening.group(3, 2) if word in PEOPLE), None)  # (`One fan wrote`: no adjective)
    return head if head is not None and not role_gender(head) else None


_NEAR_PEOPLE = {"source", "sources", "person", "people", "official", "officials", "aide", "aides", "insider",
                "insiders", "ally", "allies", "associate", "associates", "someone", "figure", "figures"}


_PLURAL_NEAR_PEOPLE = {"people", "sources", "insiders", "allies", "associates", "figures"}  # `Sources said …. ¶ One
# said`: one of them


def _body_fits(body: str, noun: str) -> bool:
    """Whether a word for a body (`company`, `union`, `club`) may stand for the body named: any for a business's
    general word; else one whose name holds the word (`Kensington Palace`) or, for a club, a club's ending."""
    words = body.lower().split()
    return noun in _ANY_BUSINESS or noun in words or noun == "club" and words[-1] in CLUB_ENDINGS \
        or noun == "party" and all(singular(word) in PARTY_WORDS for word in words) \
        or noun == "union" and _UNION_NAME.fullmatch(body) is not None \
        or noun == "force" and words[-1] in _POLICE_FORCES  # `Labour`, `the Tories`; `Unite`; `Thames Valley Police`


_POLICE_FORCES = {"police", "constabulary", "force"}  # the last word of a police force's name
_SPOKEN_FOR = {"palace", "force"}  # `A palace source`, `A force spokeswoman`: a body's word, no business's


_BROADCASTING = {"station", "broadcaster", "channel", "network"}  # `the station` for a broadcaster named
_BY_A_BODY = re.compile(r"\bby\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+[A-Z0-9][\w&-]*)*)")  # a passive's agent, capitalised
_BROADCASTERS_WORDS = {"radio", "tv", "television", "fm", "channel", "bbc", "itv", "broadcasting", "network", "cnn",
                       "nbc", "cbs", "abc", "msnbc"}  # words in a broadcaster's name: `Radio 1`, `Channel 4`, `BBC Two`


def _leads(office: tuple[str, ...], body: set[str]) -> bool:
    """Whether an office leads the body whose lowercase words are `body` (`Nvidia chief executive` for {nvidia})."""
    return bool(office) and office[-1] in _TOP_ROLES and body <= set(office)


_IN_A_PLACE = re.compile(r"\b(?:in|from|near) $")
_AT_A_BODY = re.compile(r"\bat $")
_ANY_BUSINESS = {"company", "firm", "group", "business", "corporation"}
_UNIONS = {"union", "unions"}  # `the union boss`: the one person named as a union's leader (`Unite general secretary`)


def _leads_a_body(office: tuple[str, ...]) -> bool:
    """`chief executive`, `Tesco boss`: an office that leads a body, of more than its leading word."""
    return len(office) >= 2 and office[-1] in _TOP_ROLES


def _leads_a_union(office: tuple[str, ...]) -> bool:
    """`Unite general secretary`, `union president`: an office that leads a trade union (a general secretary's, or
    one that says union), not an employer's (`chief executive`)."""
    return office[-2:] == ("general", "secretary") or any(w in _UNIONS for w in office[:-1]) and (
        office[-1] in _TOP_ROLES or office[-1] == "secretary")


_TRADING_HEADS = frozenset({"retailer", "supermarket", "airline", "carmaker", "grocer", "brewer", "insurer", "lender",
                            "bank", "chain", "housebuilder", "manufacturer", "carrier"})  # a trade no public body plies

_TRADES_LED = _TRADING_HEADS | _ANY_BUSINESS - {"group"} | {
    "tech", "technology", "oil", "energy", "mining", "media", "retail", "banking", "telecoms", "motor", "drinks",
    "fashion", "food", "steel", "pharmaceutical", "pharma", "chip", "software", "airport", "utility", "water",
    "rail"}  # `the tech chief`, `the company boss` (not `the group chief executive`, an office of its own)
_LED_KINDS = _TRADES_LED | _UNIONS  # what `the … chief` may be the leader of (`the tech chief`, `the union boss`)
_TRADES_SPOKEN_OF = _TRADING_HEADS | _ANY_BUSINESS - {"group"} | {"broadcaster"}  # what a regulator calls who it fined


def _a_public_body(name: str) -> bool:
    """`Ofwat`, `Ofcom`, `European Commission`, `Competition and Markets Authority`: a regulator, a court or an
    arm of government, which no `the company` stands for."""
    written = name.split(" (", 1)[0]  # (its initials in brackets after it: `Financial Conduct Authority (FCA)`)
    return bool(_REGULATOR.fullmatch(written)) or written.rsplit(" ", 1)[-1].lower() in _PUBLIC_ENDINGS \
        or written in _REGULATORS_INITIALS


def _a_regulator(name: str) -> bool:
    """`Ofsted`, `Financial Conduct Authority`, `Federal Trade Commission`, `National Audit Office (NAO)`, `Office for
    Budget Responsibility`: a body a `watchdog` may stand for."""
    words = name.split(" (", 1)[0].lower().split()  # (its initials in brackets after it)
    return bool(_REGULATOR.fullmatch(name)) or bool(words) and (
        words[-1] in _REGULATING or words[0] == "office" and len(words) > 2 or words[-2:] in _WATCHING_OFFICES)


_WATCHING_OFFICES = (["audit", "office"], ["commissioner's", "office"])  # offices that watch, not a government's


_WATCHDOGS = {"watchdog", "regulator"}
_REGULATING = {"authority", "commission", "regulator", "watchdog"}
_REGULATOR = re.compile(r"Of[a-z]{3,}")  # `Ofwat`, `Ofgem`, `Ofsted`
_REGULATORS_INITIALS = frozenset({"FCA", "CMA", "PRA", "ICO", "ASA", "HSE", "CAA", "SFO", "OFT", "SEC", "FTC", "FDA",
                                  "EPA", "FAA", "FCC", "CFTC", "ACCC", "ASIC"})  # regulators a story names by initials
_PUBLIC_ENDINGS = {"commission", "authority", "regulator", "watchdog", "agency", "court", "ministry", "department",
                   "government", "parliament", "council", "police", "service", "tribunal", "office", "executive",
                   "inspectorate", "ombudsman"}  # (`Health and Safety Executive`)
_PARTY_NAME = re.compile(r"\b(Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|SNP|Greens|Plaid Cymru|Reform UK|"
                         r"UKIP|DUP|SDLP|Sinn F[eé]in|(?:[A-Z][\w'’-]+ )+Party)(?! [A-Z])\b")  # (`Labour Party`:
# the one party `Labour` names)
_UNION_NAME = re.compile(r"\b(Unite|Unison|GMB|RMT|Aslef|NEU|NASUWT|BMA|RCN|UCU|FBU|CWU|PCS|Usdaw|TSSA|EIS|NUJ|Bectu|"
                         r"UAW|SEIU|Teamsters|AFL-CIO|(?:(?!The )[A-Z][\w'’-]+ (?:and )?)+Union)(?! [A-Z])\b")
# Britain's and America's largest, and any `… Union` (`the University and College Union`)
_KINDS_NAMED = {"party": (_PARTY_NAME, IN_FULL), "union": (_UNION_NAME, {})}  # (a party's nickname: `the Tories` are
# the Conservatives)


def _named_kind(low: str) -> bool:
    """`the`, `about`, `labour`, `scottish`, `executive`: a word opening a description that is no mere
    adjective a sentence's start capitalised (a determiner, a party's, a nation's or a body's word)."""
    return low in DETERMINERS or low in QUANTIFIERS or low in NUMBER_WORDS or low in PREPOSITIONS \
        or low in PARTY_WORDS or low in DEMONYMS or low in NATION_ADJECTIVES or low in PLACES or low in ORG_WORDS \
        or low in ("about", "around", "nearly", "almost")


def _the_opening(tokens, first: int, head: int) -> int | None:
    """Where the `the` (or an `a` or `one` after a verb or a preposition) stands that opens a description ending on
    `head` (past a word or two in lowercase, or a party's or a nation's: `the health secretary`, `the Conservative
    leader`), from the sentence's `first` word on."""
    for j in range(head - 1, max(first, head - 3) - 1, -1):
        if tokens[j].lower == "the" or tokens[j].lower in ("a", "an", "one") and j > first and tokens[j - 1].is_word \
                and tokens[j - 1].text.islower():
            return j  # (`heard evidence from a paramedic`, `asked one minister`; not `Lupe Zepi, a campaign
            # consultant,`, an appositive)
        if j == head - 1 and tokens[j].is_possessive and tokens[j].is_capitalised and j > first \
                and tokens[j - 1].is_capitalised and given_name(tokens[j - 1].bare):
            return j - 1  # `heard from Tom Brown's ex-wife`: a person's full name owns the description
        if not tokens[j].is_word or tokens[j].is_capitalised and tokens[j].lower not in PARTY_WORDS \
                and tokens[j].lower not in NATION_ADJECTIVES:
            return None
    return None


def _plain_adjective(word: str) -> bool:
    """`Environmental`, `Medical`: a capitalised word whose ending makes it a common adjective (not one of
    a nation's or a faith's, `Catholic`, `British`, nor a given name, `Grant`)."""
    low = word.lower()
    return len(low) > 4 and low.endswith(_PLAIN_ADJECTIVE_ENDINGS) and not given_name(word) and low not in PLACES


_PLAIN_ADJECTIVE_ENDINGS = tuple(ending for ending in ADJECTIVE_ENDINGS if ending not in ("ic", "ish"))


def _without_moods(role_toks):
    """`heartbroken widow` -> `widow`, `proud father` -> `father`: a mood before a role or a relation is no part of
    whom it names."""
    k = 0
    while k < len(role_toks) - 1 and (role_toks[k].lower in _MOOD_WORDS
                                      or role_toks[k].lower == "new" and role_toks[-1].lower in _SPOUSES):
        k += 1  # (`her new husband`: her husband)
    return role_toks[k:]


_MOOD_WORDS = MOODS | FEELINGS | {"heartbroken", "grieving", "distraught", "bereaved", "frantic", "shaken", "doting",
                                  "beaming"}
_IN_A_MOOD = re.compile(r"\s+(?:was|is|looked|seemed|appeared|sounded|remained)\s+(?:(?:visibly|clearly|"
                        r"understandably|deeply|very|so|not|still)\s+)?([a-z]+)\b")  # and a word of `_PERSONS_MOODS`
_PERSONS_MOODS = {"frustrated", "furious", "angry", "upset", "emotional", "tearful", "elated", "devastated",
                  "heartbroken", "distraught", "livid", "fuming", "gutted", "ecstatic", "jubilant", "overjoyed",
                  "incensed", "infuriated", "exasperated", "sad", "nervous", "shaken"}  # a person's, as a body is
# no more than `confident`, `pleased` or `disappointed` (`Yukos is confident of its right …`)


def _description(toks) -> str:
    words = [t.text.replace("’", "'") if t.is_possessive else t.text for t in toks[:-1]] + [toks[-1].bare]
    # `The minister's reply:` -> minister; `California’s` -> `California's`
    while len(words) > 1 and words[0].lower() in _LISTING:
        words.pop(0)  # `officials, including 51 State Department employees who signed`: the employees
    while len(words) > 1 and words[0].lower() in DETERMINERS - {"his", "her", "their", "its"} \
            and words[1] not in ("of", "who", "that") \
            and not (words[0].lower() == "those" and (len(words) == 2 or not words[1].endswith("s"))):
        words.pop(0)  # but `those surveyed`, `those close to the senator`: no noun after it; `those voters`
    if words[0][:1].isupper() and words[0][1:].islower() and _common_opener(words[0].lower()):
        words[0] = words[0].lower()  # `Sources close to the prime minister`, opening a sentence: sources
    if len(words) < _LISTED_DOMAINS_WORDS:
        return " ".join(words)
    cut = len(toks) - len(words)  # (words are dropped from the front only)
    return "".join(("," if k > cut and _listed_after_a_comma(toks, k) else "") + (" " if k > cut else "") + word
                   for k, word in enumerate(words, cut))


_LISTED_DOMAINS_WORDS = 4  # the fewest words of a department's name that lists its domains (`Culture, Media and
# Sport`)


def _listed_after_a_comma(toks, k: int) -> bool:
    """Whether a comma the phrase's tokens leave out stood before token `k`, between two of a department's
    domains (`A Department for Culture, Media and Sport spokeswoman`)."""
    return toks[k].start - toks[k - 1].end > 1 and toks[k - 1].bare.lower() in GOVERNED \
        and toks[k].bare.lower() in GOVERNED and toks[k - 1].is_capitalised and toks[k].is_capitalised


def _common_opener(word: str) -> bool:
    """A plural word for people, a source or bodies, capitalised only as it opens a sentence (`Lawyers`, `Sources`,
    `Unions`, `Hospitals`; not `Sanders supporters`, a name's, nor `Republicans`, `Rangers`)."""
    return word in _COMMON_OPENERS or plural_of_person(word) or plural_of_body(word)


_COMMON_OPENERS = frozenset({"source", "sources", "people"})
_COMMON_BODIES = frozenset({"Police", "Government"})  # a body's common word, capitalised only as it opens a sentence
_LISTING = frozenset({"including", "among", "notably", "especially"})  # words that open an example of a group


def _owned_then_pronoun(text: str, owner, end: int, want: str) -> bool:
    """`Mr. Trump's temperament, a subject of …, came under scrutiny: He was challenged over` his …: the
    possessive opens the sentence (past titles), whose clause after a colon or a semicolon opens with a he
    (she) of the sex wanted, up to the pronoun at `end`."""
    return _OPENING_THEN_TITLES.fullmatch(text, sentence_start_in(text, owner.start), owner.start) is not None \
        and _OWNED_THEN_CLAUSE[want].fullmatch(text, owner.end, end) is not None


def _owner_as_object(text: str, end: int, at: int, want: str) -> bool:
    """The owner's thing acts on a him (her) of the pronoun's sex before it in the same sentence
    (`Oz's dubious medical advice earned him the attention …, where he`): the owner is both."""
    between = _OWNED_THEN_OBJECT.fullmatch(text, end, at)
    return between is not None and (between.group(1) == "him") == (want == "m")


_ONE_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\s+")  # ` thanked `, ` warmly praises `
_NOT_A_MODIFIER = re.compile(r"\s+(?:from|of|to|in|on|at|with|for|by|about|was|is|has|had|were|are|will|would|could)\b")

# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_ANY_PRONOUN = frozenset(HE_OR_SHE_WORDS | GROUP_PRONOUNS | {"i", "it"})
_SPOKES_OR_ROLE_WORDS = frozenset(SPOKES_ROLES | ROLE_WORDS)
_PARTIES_OR_MEMBERS = frozenset(PARTY_WORDS | _PARTY_MEMBERS)
_DETERMINERS_OR_QUANTIFIERS = frozenset(DETERMINERS | QUANTIFIERS)


def _one_word_subject(subject):
    """The capitalised word a subject is, or the one a person's possessive owns (`Jeff Bezos's Amazon`)."""
    if subject is None or not subject.tokens[-1].is_capitalised:
        return None
    toks = subject.tokens
    if len(toks) == 1 or toks[-2].is_possessive and toks[-2].is_capitalised and not toks[-1].is_possessive:
        return toks[-1]
    return None


def _acted(tokens, verb: int, end: int) -> bool:
    """`welcomed`, `has announced`, `will cut`, `is cutting`: a body's act done or to come at `verb`
    (not `is hard`)."""
    word = tokens[verb].text
    if past_tense(word):
        return True
    after = tokens[verb + 1].text if verb + 1 < end else ""
    low = word.lower()
    return (low in ("has", "had") and past_tense(after) or low == "will" and after.isalpha() and after.islower()
            or low in ("is", "was") and after.endswith("ing") and after.islower())
