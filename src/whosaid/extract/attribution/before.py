"""A cue or a subject before the quotation: `X said: "…"`, `X told Y, "…"`, `X called it "…"`,
`Walsh argued, saying it is "…"`, `Moore thanked him for "…"`."""
from __future__ import annotations

from itertools import groupby, takewhile

from ..cues import LIGHT_VERBS, broke_into, clause_after, cue_at, cue_lemma, joined_infinitive
from ..lexicon import (ADJECTIVE_ENDINGS, AFFILIATIONS, APPROXIMATORS, ARTICLES_AND_POSSESSIVES, AUXILIARIES, FEELINGS,
                       BODY_NOUNS, CLAUSE_OPENERS, CUE_FORMS, DETERMINERS, EPITHET_HEADS, ING_PREPOSITIONS, INSCRIBED,
                       IRREGULAR_PAST, KNOWING, LABELS, LABEL_CUES, LEGAL_TEXTS, MODALS, NAME_PARTICLES, NOT_HUMAN,
                       NOT_NAMES, OPENING_CLAUSES, ORG_WORDS, PARTY_WORDS, PLACES, PLACE_NOUNS, POSSESSIVE_PRONOUNS,
                       PREPOSITIONS, PREPOSITIONS_OR_DETERMINERS, QUANTIFIERS, ROLE_WORDS, SENDING, SENT_TEXTS,
                       SPEAKER_PRONOUNS, SPOKES_ROLES, SUBORDINATORS, VOICES_FOR, given_gender, invertible, names_place,
                       past_tense, plural, singular)
from ..phrases import (ASIDE_MARKS, ASIDE_REACH, DASHES, NAME_WORDS, Mention, NP_BREAKERS, PEOPLE, RELATIVES,
                       before_dashed_aside, before_time_phrase, capitalised_past_particles, group_word, head_before,
                       index_of, is_owner,
                       mention_of, name_before, np_backward, np_forward, people_word, plausible_subject, possessor_at,
                       possessor_mention, sent_by, sentence_start, sentence_subject, speaking_head, subject_before,
                       third_person, time_word, two_named, verbish)
from ..tokens import MARKS, SENTENCE_END, Token
from ..verbs import (FINITE_AUXILIARIES, FINITE_BE, FORMS_OF_BE, MAKING, OF_MIND, and_before, governing_verb, is_adverb,
                     is_finite_verb, is_participle, is_passive, ly_adverb, verb_before)
from .after import with_set_off_name
from .common import (ARTICLES, ASKING, CLAIMS, OWNED_SAYINGS, QUESTION_WORDS, SAYINGS, Attribution, according, in_view,
                     is_according, is_comma, named_only_as, names_no_one, plain_adjectives)


_CUES_BACK = 12  # cues weighed before a quotation, nearest first


def cue_before(tokens: list[Token], qi: int) -> Attribution | None:
    """The nearest cue before the quotation whose subject can be found; else the nearest cue."""
    start = sentence_start(tokens, qi)
    inverted = (_inverted_cue(tokens, start, qi) or _characterised(tokens, start, qi)
                or _possessed_words(tokens, start, qi) or _possessed_that(tokens, start, qi)
                or _possessed_promise(tokens, start, qi) or _relative_of_mind(tokens, start, qi)
                or _saying_from(tokens, start, qi) or _asked_of_words(tokens, start, qi)
                or _asked_what_they_said(tokens, start, qi))
    if inverted:
        return inverted
    fallback = None
    cues = 0
    for c in range(qi - 1, start - 1, -1):
        if is_according(tokens, c):
            found = according(tokens, c)
            if found and _its_own_findings(found.mention):
                continue  # `X said that according to its analysis, "…"`: X's words
            if c >= 2 and tokens[c - 1].text == "," and cue_at(tokens, c - 2):
                continue  # `Guccifer said, per a translator, that the server "…"`: an aside to the cue, whose
                # subject speaks
            return found
        viewed = in_view(tokens, c) if tokens[c].lower == "in" else None
        if viewed:
            return Attribution(viewed.cue, viewed.mention, "before")  # `In Trump's words, "…"`
        lemma = cue_at(tokens, c)
        if not lemma:
            continue
        if tokens[c].lower in _PLEADING and c + 1 < qi and tokens[c + 1].lower in ("guilty", "not"):
            return Attribution(tokens[c].text, None, "passive")  # `He pleaded guilty to "causing death by
            # dangerous driving"`: the charge's words, no one's
        cues += 1
        if cues > _CUES_BACK:
            break  # a run of cues with no one to say them (a list of `"…," said` with no names): the nearest
            # have been weighed
        held = _relative_holding(tokens, c, qi)
        if held is not None:
            return held  # `… will react as favorably to a candidate who has called for "…"`
        if _complement_taken(tokens, c, qi):
            continue  # `Mr. Bush tells voters who wonder why he cannot … that he "…"`: the `that` is tells'
        if is_passive(tokens, c, start) and not (c + 1 < len(tokens) and tokens[c + 1].lower == "by"):
            agent = agent_after(tokens, c, qi)  # `described as "idle speculation" by Downing Street`
            if agent:
                return Attribution(tokens[c].text, agent, "agent")
            reported = _reported_cue(tokens, c, qi)
            subject = cue_subject(tokens, c, start) if reported is not None else None
            if subject is not None:
                return Attribution(tokens[reported].text, subject, "before")  # `X is alleged to have said that "…"`
            if fallback is None and reported is None:
                fallback = Attribution(tokens[c].text, None, "passive")  # `was quoted as "…"`: someone unnamed
            continue  # `Duterte has been called the "Trump of the East"`: he is not the one calling
        if c + 1 < qi and tokens[c].lower.endswith("ed") and tokens[c + 1].lower == "as":
            agent = agent_after(tokens, c, qi)  # `the investigation — often labeled as a "witch hunt" by
            if agent:  # Democrats —`: a passive participle with no auxiliary, its agent after the quotation
                return Attribution(tokens[c].text, agent, "agent")
            if _participle_after_an_object(tokens, c, start):
                return Attribution(tokens[c].text, None, "passive")  # `performances on the show described as
                # "A Concert of Hope"`: described by no one the sentence names
        set_off = c - 1 > start and tokens[c - 1].text == ","  # `The plans, branded "…" by residents,`
        if c + 1 == qi and tokens[c].lower.endswith("ed") and (set_off or _noun_before(tokens, c, start) is not None):
            agent = agent_after(tokens, c, qi)  # `email chains recently labeled "top secret" by the State
            if agent:  # Department`: a participle after a noun, passive, whose agent follows the quotation
                return Attribution(tokens[c].text, agent, "agent")
            if not set_off and (qi + 1 < len(tokens) and is_finite_verb(tokens, qi + 1)
                                or _participle_after_an_object(tokens, c, start)):
                return Attribution(tokens[c].text, None, "passive")  # `The candidate labeled "…" continues
                # to lead`: a passive whose subject's verb follows, no one named labelling; `for items labeled
                # "Made in the U.S.A."` (but set off with no agent, as likely a verb after a clause set off: `Mr
                # Kilroy-Silk, who quit …,admitted "…"`)
        if c + 2 < len(tokens) and tokens[c + 1].lower == "by" \
                and (tokens[c].lower.endswith("ed") or is_passive(tokens, c, start)) \
                and not tokens[c + 2].lower.endswith("ing"):  # not `interjected by hitting Trump`: a means; but
            # `Mr Brown was told by Mr Blair: "…"`
            agent = np_forward(tokens[c + 2:qi])  # `measures added by Republicans`
            agent = _agent_named_after(tokens, agent, qi) or (with_set_off_name(tokens, c + 2, agent) if agent
                                                              else None)  # `was told by his manager, Sarah Hill:
            # "…"`, `was described by her neighbour, Tom Brown, as "…"`
            reporter = cue_before(tokens, c) if agent and lemma not in LABEL_CUES \
                and not _opened_by_colon(tokens, c, qi) else None  # but `said he was told by police: "…"`
            if reporter is not None and reporter.mention is not None and reporter.where == "before":
                return reporter  # `The spokeswoman said the recommendation was agreed by a psychiatric advisor "in
                # conjunction with officials"`: her words about what the agent did
            return Attribution(tokens[c].text, agent, "before") if agent else None
        if _in_a_clause_before_its_main(tokens, c, start, qi) or _in_the_opening_clause(tokens, c, start, qi) \
                or _in_a_closed_relative(tokens, c, start, qi) \
                or _in_a_relative_on_the_subject(tokens, c, start, qi) \
                or _judged_claim(tokens, c, qi) or _in_closed_aside(tokens, c, start, qi) \
                or _in_as_clause(tokens, c, start, qi) or _in_a_clause_after_that(tokens, c, start, qi) \
                or _clause_of_its_own_after(tokens, c, qi):
            continue  # `said that when Mr Johnson had announced …, he got the "clear impression"`: not Johnson's;
            # `he doesn't have small hands - as Rubio has said - and he can "guarantee"`: not Rubio's
        subject = _set_off_inverted(tokens, c, start, qi) or cue_subject(tokens, c, start)
        if subject is not None and _opened_by_colon(tokens, c, qi):
            subject = _reported_speaker(tokens, c, start) or subject  # `said his manager had told him: "…"`
        if c - 1 > start and tokens[c - 1].lower in ("that", "which"):
            subject = _extraposed_relative(tokens, start, c) or subject
        if subject is not None and _anyone(subject, tokens[c]):
            continue  # `saying anybody who complains about it "is not having a good night"`
        if subject is None and c > start and tokens[start].lower in QUANTIFIERS and all(
                t.lower in AUXILIARIES for t in tokens[past_appositive(tokens, start + 1, c):c]):  # `Another said …`,
            subject = Mention(tokens[start].start, tokens[start].end, (tokens[start],))  # `Some are talking about`,
            # `Another, who asked not to be named, said`, `One, a retired teacher, said the
            # policy was`: not an inverted `said the policy`
        if subject is None and c > start and (tokens[c - 1].is_quote or tokens[c - 1].text == ",") and invertible(tokens[c].lower):
            subject = np_forward(tokens[c + 1:qi])  # `"…" said X, "…"`, `The paradox, says X, is that "…"`
        if subject is not None and (named := named_only_as(tokens, start, c)) is not None:
            subject = named  # `Another, who gave his name only as Tom, said`: Tom
        if subject and _a_thing(subject) and c > start:
            reporter = cue_before(tokens, c)  # `He says evidence from … suggests there are "significant" …`
            if reporter is not None and reporter.mention is not None and not _a_thing(reporter.mention):
                return reporter
        if subject and c > start:
            reporter = _reported_and(tokens, subject, c, start, qi)
            if reporter is not None:
                return reporter  # `Trump said that Romney begged him … and "would have dropped to his knees"`
        if subject and _predicted_speech(tokens, c) and c > start:
            reporter = cue_before(tokens, c - 1)  # `Obama said he expected that Americans will say "no"`
            if reporter is not None and reporter.mention is not None:
                return reporter
        contrasted = _contrasted_speaker(tokens, c, qi) if subject else None
        if contrasted is not None:
            return contrasted  # `Ministers say the constitution would make the EU work better but critics fear
            # creating a "super state"`: the critics'
        if subject:
            return Attribution(tokens[c].text, subject, "before")
        if fallback is None and lemma not in LABEL_CUES:
            fallback = Attribution(tokens[c].text, None, "before")
    return fallback


def _opened_by_colon(tokens, c: int, qi: int) -> bool:
    """The cue at `c` opens the quotation with a colon, a few words on: `told him: "…"`, `told by police: "…"`."""
    return tokens[qi - 1].text == ":" and qi - c <= _COLON_REACH


_COLON_REACH = 5


def _reported_speaker(tokens, c: int, start: int) -> Mention | None:
    """`John Smith said his manager had told him: "…"`: the subject of a cue in a clause another cue
    reports, right after that cue, who speaks the words the colon opens."""
    if tokens[c].lower.endswith("ing"):
        return None  # `emailed supporters saying: "…"`: the participle's subject is the sentence's
    own = np_backward(tokens, c, start)
    first = index_of(tokens, own.tokens[0], start, c) if own is not None else None
    if first is None or first - 1 < start or not _adjoins(tokens, c, own) or cue_at(tokens, first - 1) is None \
            or len(own.tokens) == 1 and own.tokens[0].lower in SPEAKER_PRONOUNS:
        return None  # but `Trump said he responded: "…"`: the reporter, who is the pronoun too
    return _name_after_the_told(tokens, own, first)


def _perceived_speaking(tokens, c: int, start: int) -> Mention | None:
    """`heard him say "…"`, `Reporters heard Obama say "…"`, `let her explain`: a cue in its base form
    right after the object of a verb of perceiving or letting; the object is who speaks. So too a cue in
    -ing after the object of a verb of remembering (`Jones recalls Smith telling her: "…"`)."""
    verbs = _PERCEIVING if tokens[c].lower == CUE_FORMS.get(tokens[c].lower) else \
        _REMEMBERING if tokens[c].lower.endswith("ing") and tokens[c].lower not in _TALKING else None
    if verbs is None or c - 2 < start:
        return None
    k = c - 1
    while k > start + 1 and is_adverb(tokens[k]):
        k -= 1  # `recalled Smith once saying`
    if tokens[k].lower in ("him", "her", "them", "me", "us"):
        k -= 1
    elif (opener := _described_object(tokens, k, start)) is not None:
        k = opener - 1  # `recalled his father telling him`, `heard the driver shout`: the one described
    else:
        while k > start and tokens[k].is_capitalised and tokens[k - 1].is_capitalised:
            k -= 1
        if not tokens[k].is_capitalised or k == start:
            return None
        k -= 1
    end = next(j for j in range(k + 1, c + 1) if j == c or is_adverb(tokens[j]))
    return mention_of(tokens[k + 1:end]) if tokens[k].lower in verbs else None


def _described_object(tokens, k: int, start: int) -> int | None:
    """Where `his father`, `the old driver` (ending at `k`) opens: a lowercase head and up to two words before it,
    after an owner's word or an article; None for anything else."""
    j = k
    while j > start and k - j < 3 and tokens[j].is_word and tokens[j].text.islower() \
            and tokens[j].lower not in _DESCRIPTION_OPENERS:
        j -= 1
    return j if j < k and j > start and tokens[j].lower in _DESCRIPTION_OPENERS else None


_DESCRIPTION_OPENERS = {"his", "her", "their", "my", "our", "the", "a", "an"}
_PERCEIVING = {"heard", "hear", "hears", "saw", "see", "sees", "watched", "watch", "watches", "let", "lets", "made",
               "make", "makes"}
_REMEMBERING = {"recall", "recalls", "recalled", "recalling", "remember", "remembers", "remembered", "remembering",
                "heard", "hear", "hears"}
_TALKING = {"talking", "speaking"}  # of a topic, not words: `recalled Mr. Obama talking about "Collapse,"` a book


def _noun_before(tokens, c: int, start: int) -> int | None:
    """Where the lowercase noun the participle at `c` follows stands, past adverbs (`email chains
    recently labeled`); None if a name or pronoun, which would be its subject, or nothing stands there
    (`Smith recently labeled`)."""
    k = c - 1
    while k > start and is_adverb(tokens[k]):
        k -= 1
    noun = tokens[k]
    return k if k >= start and noun.is_word and not noun.is_capitalised and noun.lower not in SPEAKER_PRONOUNS \
        and noun.lower not in AUXILIARIES and not verbish(noun) else None


def _participle_after_an_object(tokens, c: int, start: int) -> bool:
    """`on the show described`, `for a plan dubbed`, `had handled messages later deemed`: a participle after a
    noun that a preposition or a verb reporting nothing governs qualifies it (passive); not after a relative
    clause's subject (`a move the company described`, `what the company described`), where the noun speaks."""
    noun = _noun_before(tokens, c, start)
    if noun is None:
        return False
    k = noun - 1
    if k > start and tokens[k].lower in DETERMINERS:
        k -= 1
    if k >= start and cue_lemma(tokens[c]) in LABEL_CUES and is_finite_verb(tokens, k) and not cue_at(tokens, k) \
            and tokens[k].lower not in FORMS_OF_BE:
        return True  # `the server had handled messages later deemed`: the object of a verb reporting nothing (not
        # `slammed the loophole called`, whose subject labels it)
    if k >= start and tokens[k].is_word and not tokens[k].is_capitalised and tokens[k].lower.endswith("ing") \
            and cue_lemma(tokens[c]) in LABEL_CUES and not cue_at(tokens, k):
        return True  # `after sending messages described as "…"`: a gerund's object, labelled by no one named
    if k < start or tokens[k].lower not in PREPOSITIONS or tokens[k].lower in CLAUSE_OPENERS:
        return False  # not `after the firm warned`: a clause's subject
    verb_before = any(is_finite_verb(tokens, j) for j in range(start, k))
    return verb_before or cue_lemma(tokens[c]) in LABEL_CUES and not (k > start and people_word(tokens[k - 1].lower))
    # nor `Fans in the stadium chanted "…"`, whose only verb it is; nor `A spokesman for the airline blamed "…"`,
    # the phrase opening the sentence a person's


def _extraposed_relative(tokens, start, c) -> Mention | None:
    """`T-shirts quickly appeared in front of NLD headquarters that said "We won."`: a relative
    clause set after the verb belongs to the subject that opens the sentence, when that is
    something with words written on it and the relative does not follow it directly."""
    first = start + 1 if tokens[start].lower in ("but", "and", "then", "soon") else start
    for k in range(first, min(c - 2, first + 3)):
        if not tokens[k].is_word:
            return None
        if tokens[k].bare.lower() in INSCRIBED:
            between = tokens[k + 1:c - 1]
            verb = any(is_finite_verb(tokens, j) or past_tense(tokens[j].lower) for j in range(k + 1, c - 1))
            return mention_of(tokens[first:k + 1]) if between and verb else None
    return None


def _relative_of_mind(tokens, start, qi) -> Attribution | None:
    """`a view shared by Rooney, who believes "…"`: a relative clause whose verb of the mind the
    quotation follows holds its antecedent's words."""
    v = qi - 2 if qi - 1 > start and tokens[qi - 1].lower == "that" else qi - 1
    if v - 2 < start or tokens[v].lower not in OF_MIND or tokens[v - 1].lower != "who" or tokens[v - 2].text != ",":
        return None
    subject = cue_subject(tokens, v, start)
    return Attribution(tokens[v].text, subject, "before") if subject is not None else None


def _in_a_clause_before_its_main(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is inside a clause that `when`, `after`, `because` … opens, and a pronoun
    with its own verb opens the main clause that holds the quotation, after the cue's own clause
    or a comma: `when Mr Johnson had announced Mr Smith was going he got the "clear impression"`."""
    opener = next((k for k in range(c - 1, max(start, c - 8) - 1, -1)
                   if _opens_a_clause(tokens, k) or tokens[k].text == "," or tokens[k].lower == "that"), None)
    if opener is None or not _opens_a_clause(tokens, opener):
        return False
    return any(tokens[k].lower in ("he", "she", "they", "we", "i", "there") and _past_or_finite(tokens, k + 1)
               and any(tokens[j].text == "," or _past_or_finite(tokens, j) for j in range(c + 1, k))
               for k in range(c + 2, qi - 1))  # not `after Trump told the Post he was "…"`: what he told


def _in_the_opening_clause(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is inside the clause that opens the sentence with `when`, `after` …, and a main
    clause with a verb of its own follows its comma before the quotation: `When the pupils asked how the
    executive proposed to act, Mr McConnell gave the quip: "…"`, or with its subject left out (`…, began his
    response with the quip: "…"`), is not the executive's."""
    if not _opens_a_clause(tokens, start) or any(t.text == "," for t in tokens[start:c]):
        return False
    comma = next((k for k in range(c + 1, qi - 1) if tokens[k].text == ","), None)
    return comma is not None and any(_past_or_finite(tokens, k) for k in range(comma + 1, qi))


def _in_a_clause_after_that(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is inside a clause that `while`, `although` … opens right after `said that`, and
    whose comma leads straight into the quotation: `has said that while he fears comparing any event to
    the Holocaust, "I've never seen anything like ISIS"` is what he said."""
    if qi - 1 <= c or tokens[qi - 1].text != ",":
        return False
    opener = next((k for k in range(c - 1, max(start, c - 8) - 1, -1) if _opens_a_clause(tokens, k)), None)
    return opener is not None and opener - 1 > start and tokens[opener - 1].lower == "that" \
        and cue_at(tokens, opener - 2) is not None and "," not in (t.text for t in tokens[opener:c])


def _opens_a_clause(tokens, k: int) -> bool:
    """`when`, `because` …, or `instead of` (`instead of the "bonfire" New Labour had promised, there had been`)."""
    return tokens[k].lower in CLAUSE_OPENERS or tokens[k].lower == "instead" and k + 1 < len(tokens) \
        and tokens[k + 1].lower == "of"


def _in_closed_aside(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is inside an aside between dashes that closes before the quotation."""
    closing = next((k for k in range(c + 1, min(qi, c + _ASIDE_WORDS)) if tokens[k].text in DASHES), None)
    return closing is not None and closing + 1 < qi and start <= before_dashed_aside(tokens, closing, start) < c - 1


def _in_as_clause(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` ends an `as` clause that follows a word and that a comma closes before the
    quotation: `exploited by others as the defence had claimed, it appeared he had "taken advantage
    of others"`, where the claim is what comes before."""
    if c + 2 >= qi or tokens[c + 1].text != ",":
        return False
    k = next((k for k in range(c - 1, max(start, c - _AS_CLAUSE_WORDS) - 1, -1) if tokens[k].lower == "as"), None)
    return k is not None and k > start and tokens[k - 1].is_word and k + 1 < c and all(
        t.is_word for t in tokens[k + 1:c])  # not `As The Daily Caller reported, …` nor `…, as he said, "…"`


_AS_CLAUSE_WORDS = 6  # `as the defence had claimed`, `as Mr Blair has repeatedly said`


def _judged_claim(tokens, c: int, qi: int) -> bool:
    """The claim at `c` is the subject of the verb right before the quotation, after a `that`
    clause with a verb of its own: `said that Rubio's claim that Cruz is in favor of it is "simply
    not true"` judges the claim, in the words of whoever said so."""
    if tokens[c].lower not in _SAYINGS_OR_CLAIMS or c + 1 >= qi or tokens[c + 1].lower != "that":
        return False
    verb = qi - 1
    return verb > c + 3 and tokens[verb].lower in FINITE_BE and any(
        is_finite_verb(tokens, k) for k in range(c + 3, verb))


def _in_a_closed_relative(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is inside a relative clause set off by commas that closes before the main
    verb that holds the quotation: `Mourinho, who was sent off for appearing to taunt fans, has been
    "reminded of his responsibilities"`."""
    who = _relative_set_off(tokens, c - 1, start, ("who", "whom", "whose", "which"))
    if who is None:
        return False
    close = next((k for k in range(c + 1, qi) if tokens[k].text == ","), None)
    return close is not None and close + 1 < qi and is_finite_verb(tokens, close + 1)  # the main verb, right after


_RELATIVE_REACH = 14  # tokens from `who` to a cue inside its clause


def _in_a_relative_on_the_subject(tokens, c: int, start: int, qi: int) -> bool:
    """The cue at `c` is the verb of a relative clause with no commas (`who complained`) that a phrase with a
    preposition or nothing ends, before the main verb a form of be that the quotation completes: `wrote that
    residents who complained about potholes were "moaning idiots"` (the writer's words, not the residents')."""
    if c - 1 <= start or tokens[c - 1].lower != "who" or c + 1 >= qi:
        return False
    if tokens[c + 1].lower in FINITE_BE:
        return True  # `people who complained were "…"`
    be = next((k for k in range(c + 2, qi) if tokens[k].lower in FINITE_BE or not tokens[k].is_word
               or tokens[k].lower in ("that", "who", "which")), None)
    return tokens[c + 1].lower in PREPOSITIONS and be is not None and tokens[be].lower in FINITE_BE and be > c + 2


def _relative_set_off(tokens, last: int, start: int, relatives: tuple[str, ...]) -> int | None:
    """Where a relative pronoun opens the clause that runs to `last`, when a comma sets it off
    (`Mourinho, who was sent off …`) and no other comma comes between."""
    who = next((k for k in range(last, max(start, last + 1 - _RELATIVE_REACH) - 1, -1)
                if tokens[k].text == "," or tokens[k].lower in relatives), None)
    if who is None or tokens[who].text == "," or who == start or tokens[who - 1].text != ",":
        return None
    return who


def _past_or_finite(tokens, k: int) -> bool:
    return tokens[k].lower in FINITE_AUXILIARIES or past_tense(tokens[k].lower)


def _reported_and(tokens, subject: Mention, c: int, start: int, qi: int) -> Attribution | None:
    """`Rhodes noted that U.S. officials have long been talking …, and "we're in discussions …"`:
    a quotation joined by `and` to a clause that another cue reports (`X noted that`) is the
    reporter's words, not those of the reported clause's subject."""
    if not any(t.lower == "and" for t in tokens[c + 1:qi]):
        return None
    first = index_of(tokens, subject.tokens[0], start, c)
    if first is None or first - 2 < start or tokens[first - 1].lower != "that" or not cue_at(tokens, first - 2):
        return None
    reporter = cue_before(tokens, first - 1)
    return reporter if reporter is not None and reporter.mention is not None else None


def _predicted_speech(tokens, c) -> bool:
    """`will say`, `would tell`: words someone is expected to say, in a clause."""
    k = c - 1
    while k >= 0 and tokens[k].lower in ("not", "never", "also", "still", "be", "have"):
        k -= 1
    return k >= 0 and tokens[k].lower in _PREDICTING and not tokens[k].is_capitalised  # not `which Will claims`


_PREDICTING = {"will", "would", "might", "may", "could", "should", "'ll", "’ll", "'d", "’d"}


def _a_thing(subject: Mention) -> bool:
    """`the country`, `evidence from local parties`: a subject whose head names no one, no body
    and no text."""
    toks = subject.tokens
    head = head_before(toks, ("of",))
    return (subject.antecedent is None and head.is_word and not head.is_capitalised
            and names_no_one(head.bare.lower(), places_speak=False))


def _set_off_inverted(tokens, c, start, qi) -> Mention | None:
    """X in `the government, suggests X, could act as a "middleman"`: a cue set off by commas
    with its subject after it."""
    if c <= start or tokens[c - 1].text != "," or not invertible(tokens[c].lower):
        return None
    subject = np_forward(tokens[c + 1:qi])
    if subject is None or not (subject.tokens[0].is_capitalised or subject.tokens[0].lower in DETERMINERS):
        return None  # not `X, a director, said he expects Obama, Abe and Park to …`
    end = index_of(tokens, subject.tokens[-1], c + 1, qi)
    if end is None or end + 1 >= len(tokens) or tokens[end + 1].text != "," or _takes_an_object(tokens, c + 2, end):
        return None  # not `…, who watched on the Mall, said the event brought back memories of her father, and of
        # "…"`: a clause, said; its verb's object is no subject's
    return subject


def _takes_an_object(tokens: list[Token], start: int, end: int) -> bool:
    """A verb between `start` and `end` with an object or a particle right after it (`brought back`,
    `reminded her`), as in a clause, not as in a name's participle (`the man charged with …`)."""
    return any(is_finite_verb(tokens, k) and tokens[k + 1].lower in _OBJECT_OPENERS for k in range(start, end))


_OFFERING = frozenset(LIGHT_VERBS | {"offer", "offers", "offered", "offering", "issue", "issues", "issued", "issuing"})
_OBJECT_OPENERS = frozenset(DETERMINERS | {"him", "them", "me", "us", "it", "back", "up", "out", "down", "off"})


def _its_own_findings(mention: Mention | None) -> bool:
    """`its analysis`, `their count`: a possessed thing, which the sentence's own speaker cites."""
    if mention is None or len(mention.tokens) != 2 or mention.tokens[0].lower not in ("its", "his", "her", "their"):
        return False
    head = mention.tokens[1].lower
    return head in NOT_HUMAN or head.rstrip("s") in NOT_HUMAN or head in _FINDINGS


_FINDINGS = {"analysis", "count", "estimate", "estimates", "calculations", "figures", "tally", "numbers", "reckoning"}


_ANYONE = {"anybody", "anyone", "everybody", "everyone", "somebody", "someone", "nobody", "whoever", "those"}


def _anyone(subject: Mention, cue: Token) -> bool:
    """`anybody who complains`: a cue in a clause about no one in particular; but `Someone in the
    audience shouted` is one person, who spoke once."""
    named = subject.antecedent or subject
    word = named.tokens[0].lower if len(named.tokens) == 1 else None
    return word in _ANYONE and not (word in _SOMEONE and named is subject and past_tense(cue.lower))


_SOMEONE = {"someone", "somebody"}


def _possessed_words(tokens, start, qi) -> Attribution | None:
    """`His message to the chancellor was: "…"`, `His advice for one contestant was to "…"`, `Her
    reply:`, `she had to change her answer: "…"`: the possessor speaks (`my answer:` is the
    writer's: it goes on from the writer's last words)."""
    if qi - 3 >= start and tokens[qi - 1].text == ":" and tokens[qi - 2].lower in SAYINGS and (
            tokens[qi - 3].lower in ("my", "his", "her", "their", "our")):
        return Attribution(tokens[qi - 2].text, possessor_mention(tokens, qi - 3, start), "before")
    start = next((k + 1 for k in range(qi - 1, start - 1, -1) if tokens[k].text == ";"), start)  # `…; Barrett's
    # dictum to his interns was, "…"`: a clause of its own
    start = _past_the_question(tokens, start, qi)  # `Asked about the row, Badenoch's answer was simple:`
    start = _past_the_reporting_cue(tokens, start, qi) if qi - 3 > start and tokens[qi - 1].text == ":" \
        else start  # `Ann Lee said her father's last words were:`
    linked = qi - 2 >= start and tokens[qi - 1].lower in ("to", "that") and tokens[qi - 2].lower in ("was", "is")
    copula = qi - 1 >= start and tokens[qi - 1].lower in ("was", "is")  # `His main concern is "privacy"`
    set_off = qi - 2 >= start and tokens[qi - 1].text == "," and tokens[qi - 2].lower in ("was", "is")  # `was, "…"`
    end = qi - 1 if set_off else qi
    if qi - 2 < start or not (tokens[qi - 1].text == ":" or linked or copula or set_off) or any(
            t.text == "," or cue_at(tokens, i) for i, t in _outside_brackets(tokens, start, end)):
        return None  # not `In response to Dr Gibbons' comments, Ieuan Wyn Jones said:`; `His advice … was to "…"`;
        # but `Barrett's dictum to his interns (repeated to me over the years) was, "…"`
    k = next((i for i in range(start, qi - 2) if is_owner(tokens[i])), None)
    if k is not None and k + 1 < qi - 2 and tokens[k + 1].is_possessive and not tokens[k + 1].is_capitalised:
        k += 1  # `His rival's verdict was blunt:`: the rival's
    opening = k is not None and (all(t.is_capitalised or is_owner(t) for t in tokens[start:k])
                                 or _described(tokens, start, k) or _titled(tokens, start, k))
    # the subject: `Sir Digby's message`, `The prime minister's response`, `Council leader Phil Bialyk's verdict`
    if not opening:
        return None
    k = _owner_titled_after(tokens, k, qi)
    noun = k + 2 if copula and tokens[k + 2].lower in _CONCERNS and k + 3 == qi - 1 else k + 1
    if tokens[qi - 1].text == ":" and noun < qi - 2 and tokens[qi - 2].lower in OWNED_SAYINGS \
            and plain_adjectives(tokens, noun, qi - 2):
        noun = qi - 2  # `Mrs Thatcher's famous message:`: the words past an adjective or two
    elif tokens[qi - 1].text == ":" and noun < qi - 3 and tokens[qi - 2].lower in FINITE_BE \
            and tokens[qi - 3].lower in OWNED_SAYINGS and (plain_adjectives(tokens, noun, qi - 3) or all(
                t.lower in _PARTING for t in tokens[noun:qi - 3])):
        noun = qi - 3  # `Her father's last words were:`
    if tokens[noun].lower not in SAYINGS | (_CONCERNS if copula else set()) \
            and not (tokens[noun].lower in _OWN_TAKES and tokens[qi - 1].text == ":" and noun == qi - 2):
        return None
    if (copula or set_off) and tokens[noun].lower in _PROMISES and tokens[noun + 1].lower == "to" \
            and noun + 2 < qi - 1 and tokens[noun + 2].is_word and not tokens[noun + 2].is_capitalised \
            and tokens[noun + 2].lower not in DETERMINERS:
        return None  # `Labour's promise to cut bills was "in tatters"`: what the promise is, not what it says
    owner = possessor_mention(tokens, k, start)
    if owner is not None and k - 1 >= start and owner.tokens[0] is tokens[k] and tokens[k - 1].lower in ("his", "her"):
        owner = mention_of(list(tokens[k - 1:k + 1])) or owner  # (`said her father's advice was:`: her father's)
    return Attribution(tokens[noun].text, owner, "before") if owner else None


_PARTING = {"last", "final", "dying", "parting"}  # `last words`: no verb


def _owner_titled_after(tokens, k: int, qi: int) -> int:
    """`Heathrow's chief executive Thomas Woldbye's response was blunt:`: the owner of the words a body's office
    titles, past the body's owning, when the words after the first owner are none of what is said; else `k`."""
    if tokens[k + 1].lower in SAYINGS or tokens[k + 1].lower in OWNED_SAYINGS:
        return k
    later = next((i for i in range(k + 2, min(qi - 2, k + _OFFICE_REACH)) if not tokens[i].is_word
                  or is_owner(tokens[i])), None)
    return later if later is not None and tokens[later].is_capitalised and is_owner(tokens[later]) else k


_OFFICE_REACH = 7  # words from a body's owning to the name its office titles: `'s chief executive Thomas Woldbye's`


def _past_the_reporting_cue(tokens, start: int, qi: int) -> int:
    """Where the clause a cue reports opens, when it opens on an owner right after the cue (`Ann Lee said her
    father's last words were:`: at `her`); else `start`."""
    for k in range(start + 1, qi - 2):
        if cue_at(tokens, k) and is_owner(tokens[k + 1]) and tokens[k + 1].lower in POSSESSIVE_PRONOUNS:
            return k + 1
    return start


def _asked_of_words(tokens, start, qi) -> Attribution | None:
    """`Her verdict? "…"`, `Tom Hill's advice? "…"`: a question of nothing but someone's word for what they say,
    right before a quotation that opens the next sentence: the owner says it."""
    if start != qi or qi < 3 or tokens[qi - 1].text != "?":
        return None
    noun = next((k for k in range(qi - 2, max(1, qi - 2 - _TOPIC_AFTER_WORDS) - 1, -1)
                 if tokens[k].lower in _ASKED_WORDS and (k == qi - 2 or tokens[k + 1].lower in _TOPIC_OPENERS
                                                         and all(t.is_word for t in tokens[k + 2:qi - 1]))),
                None)  # `His advice to young players?`
    if noun is None or not is_owner(tokens[noun - 1]):
        return None
    opening = sentence_start(tokens, qi - 1)
    if any(not t.is_capitalised for t in tokens[opening:noun - 1]):
        return None  # not `And what of her advice?`
    owner = possessor_mention(tokens, noun - 1, opening)
    return Attribution(tokens[noun].text, owner, "before") if owner else None


_TOPIC_AFTER_WORDS = 4  # `to young players`: words between an owner's word for what they say and the question mark
_TOPIC_OPENERS = {"to", "for", "on", "about"}


_SENT_ALSO = {"text", "texts", "tweet", "tweets", "post", "posts", "messages", "emails"}  # `had sent a text saying`
_SENT_REACH = 5  # `had sent a short message saying`: words from the sending verb to the participle


def _clause_of_its_own_after(tokens, c: int, qi: int) -> bool:
    """`Right-wing parties threaten …; Liberal politicians fear "…"`: a semicolon between the cue at `c` and the
    quotation, then a clause with a subject and a verb of its own (not `He said the plan was flawed; "…"`)."""
    semicolon = next((k for k in range(qi - 1, c, -1) if tokens[k].text == ";"), None)
    if semicolon is None or semicolon + 2 >= qi or not all(t.is_word for t in tokens[semicolon + 1:qi]):
        return False
    verb = tokens[qi - 1]
    return not verb.is_capitalised and verb.lower not in PREPOSITIONS_OR_DETERMINERS and any(
        t.is_capitalised or people_word(t.bare.lower()) for t in tokens[semicolon + 1:qi - 1])


def _asked_what_they_said(tokens, start, qi) -> Attribution | None:
    """`What did the minister say? "Nothing that helps."`: the question of what someone said, right before a
    quotation that opens the next sentence, answered by their words."""
    if start != qi or qi < 5 or tokens[qi - 1].text != "?":
        return None
    opening = sentence_start(tokens, qi - 1)
    if tokens[opening].lower in ("and", "so", "but"):
        opening += 1
    verb = next((k for k in range(opening + 3, qi - 1) if tokens[k].lower in _SAY_ASKED), None)
    if tokens[opening].lower != "what" or tokens[opening + 1].lower not in ("did", "does", "do", "would", "will") \
            or verb is None or any(not t.is_word for t in tokens[verb + 1:qi - 1]):
        return None
    subject = np_forward(tokens[opening + 2:verb])
    if subject is None or subject.tokens[-1] is not tokens[verb - 1]:
        return None
    return Attribution(tokens[verb].text, subject, "before")


_SAY_ASKED = {"say", "tell", "answer", "reply", "write", "tweet", "post"}
_ASKED_WORDS = SAYINGS | {"take", "thoughts", "tip", "excuse", "diagnosis", "prognosis", "solution"}


def _saying_from(tokens, start, qi) -> Attribution | None:
    """`The message from Downing Street was clear: "…"`, `The response from Microsoft was swift and
    short:`: a sentence that opens on words from someone and says what they were like, right before
    a colon, gives that someone (not `The message from the crowd outside was clear, and he said:`); so does
    one with no verb (`The verdict of the Institute for Fiscal Studies: "…"`), or after the question it answers
    (`Asked if he would resign, the answer from the minister was blunt:`)."""
    drew = _drew_a_saying_from(tokens, start, qi)
    if drew is not None:
        return drew
    start = _past_the_question(tokens, start, qi)
    if qi - 5 < start or tokens[qi - 1].text != ":" or tokens[start].lower != "the" \
            or tokens[start + 1].lower not in SAYINGS or tokens[start + 2].lower not in ("from", "of"):
        return None
    verb = next((k for k in range(start + 3, qi - 1) if tokens[k].lower in ("was", "is")), qi - 1)
    said = range(verb + 1, qi - 1)
    if len(said) > 3 or any(not tokens[k].is_word or tokens[k].is_capitalised or cue_at(tokens, k) for k in said):
        return None  # at most a few words of what they were like: `was clear`, `was swift and short`
    sender = np_forward(tokens[start + 3:verb])
    return Attribution(tokens[start + 1].text, sender, "before") if sender else None


def _past_the_question(tokens, start, qi) -> int:
    """Where the sentence goes on past a question reported as it opens (`Asked if he would resign, `)."""
    if start < qi and tokens[start].lower in _ASKED:
        return next((k + 1 for k in range(start + 1, min(qi, start + _QUESTION_REACH)) if tokens[k].text == ","),
                    start)
    return start


def _described(tokens, start, owner) -> bool:
    """`The prime minister's`: `the` and a few plain words before the owner at `owner`, a description."""
    words = range(start + 1, owner)
    return tokens[start].lower == "the" and 0 < owner - start <= _DESCRIBED_WORDS and all(
        tokens[i].is_word and not tokens[i].is_capitalised and not cue_at(tokens, i) for i in words)


_DESCRIBED_WORDS = 4


def _titled(tokens, start, owner) -> bool:
    """`Council leader Phil Bialyk's`: a capitalised sentence opening of a few plain words, then the owner's
    name at `owner`, a title before a name."""
    return tokens[owner].is_capitalised and tokens[start].is_capitalised and 0 < owner - start <= _DESCRIBED_WORDS \
        and all(tokens[i].is_word and tokens[i].lower not in PREPOSITIONS_OR_DETERMINERS and not cue_at(tokens, i)
                for i in range(start, owner))


def _drew_a_saying_from(tokens, start, qi) -> Attribution | None:
    """`The post drew a reply from @AOC: "…"`: a saying from someone right before the colon, whatever drew it."""
    if qi - 4 < start or tokens[qi - 1].text != ":":
        return None
    k = next((k for k in range(qi - 2, max(start + 1, qi - _SENDER_WORDS) - 1, -1) if tokens[k].lower == "from"), None)
    if k is None or k - 2 < start or tokens[k - 1].lower not in SAYINGS:
        return None
    article = k - 2 if tokens[k - 2].lower in ("a", "an") else k - 3  # `a sharp response from`
    if article < start or tokens[article].lower not in ("a", "an") or tokens[k - 2].is_capitalised \
            or any(not t.is_word and not t.text.startswith("@") for t in tokens[k + 1:qi - 1]):
        return None
    sender = np_forward(tokens[k + 1:qi - 1])
    return Attribution(tokens[k - 1].text, sender, "before") if sender else None


_SENDER_WORDS = 8  # the longest name of whom a saying came from
_ASKED = {"asked", "pressed", "questioned"}
_QUESTION_REACH = 15  # the most tokens of a question reported before its answer


def _outside_brackets(tokens, start: int, end: int):
    """(index, token) from `start` to `end`, leaving out those inside round brackets."""
    depth = 0
    for i in range(start, end):
        text = tokens[i].text
        depth += (text == "(") - (text == ")" and depth > 0)
        if depth == 0 and text != ")":
            yield i, tokens[i]


_OWN_TAKES = {"take", "thoughts", "reaction", "view", "prediction", "tip", "advice"}  # `Tom Hill's take: "…"`: words
# for what someone says, right before its colon (`take` a verb anywhere else)
_CONCERNS = {"concern", "fear", "worry", "hope", "priority", "mantra", "motto", "view", "aim", "wish"}  # `is "…"`


def _words_before_copula(tokens, start: int, copula: int) -> int:
    """Where the word for what someone said stands before the copula at `copula`, right before it or before
    a phrase a preposition opens (`Rubio's catch phrase in that election against Crist was`, `her argument to
    voters was`); `copula` when there is none."""
    for k in range(copula - 1, max(start, copula - 1 - _PHRASE_AFTER_WORDS), -1):
        if (k == copula - 1 or tokens[k + 1].lower in PREPOSITIONS) \
                and (tokens[k].lower in _SAYINGS_OR_CLAIMS or tokens[k].lower in _LINES):
            return k
        if tokens[k].lower in AUXILIARIES or cue_lemma(tokens[k]):
            break  # `Rubio said in that interview his point was`: a verb of its own, no phrase
    return copula


_PHRASE_AFTER_WORDS = 7  # `in that election against Crist`, `to the voters of Iowa`
_LINES = {"phrase", "catchphrase", "line", "slogan", "mantra", "refrain", "pitch", "theme", "point"}  # what one says
# over and over: `Rubio's catch phrase was that Crist "…"`


def _possessed_that(tokens, start, qi) -> Attribution | None:
    """`after her March comment that, "…"`, `Trump's claim that "…"`: the possessor of words
    that a `that` right before the quotation gives; or, further back with no cue or other
    quotation between, a possessor named or described (`Mr MacKenzie's suggestion that instead
    of …, young drunks should "…"`), not a pronoun (`her argument that she is popular, rather than
    just a "regional" candidate`); or who issued it (`It issued a statement that "…"`)."""
    p = next((k for k in range(qi - 1, start, -1) if tokens[k].lower == "that" or tokens[k].is_quote
              or cue_at(tokens, k)), None)
    if p is None or tokens[p].lower != "that":
        return _party_claims(tokens, start if p is None else p, qi)
    noun = _before_set_off(tokens, start, p - 1) if tokens[p - 1].text == "," else p - 1  # `Mr. Obama's
    # comments, made in a television interview …, that`: past the participle's clause
    noun = before_time_phrase(tokens, noun, start)  # `his statement on Wednesday that`
    if noun > start and tokens[noun].lower in ("was", "is"):
        noun = _words_before_copula(tokens, start, noun)  # `Rubio's catch phrase in that election was that`
    if noun > start and tokens[noun].is_capitalised:
        return _claim_of(tokens, start, noun)  # `the contention of former secretary of state Hillary Clinton that`
    if noun <= start or tokens[noun].lower not in _SAYINGS_OR_CLAIMS and tokens[noun].lower not in _LINES \
            or _judged_claim(tokens, noun, qi):
        return None
    if noun - 1 > start and tokens[noun - 1].is_capitalised and tokens[noun - 1].bare.lower() in PARTY_WORDS \
            and tokens[noun].lower in CLAIMS and p == noun + 1:
        party = tokens[noun - 1]  # `amid Tory claims that the ads were "…"`: the party's words
        return Attribution(tokens[noun].text, Mention(party.start, party.end, (party,)), "before")
    owner = next((k for k in range(noun - 1, max(start, noun - _ADJECTIVES - 1) - 1, -1)
                  if is_owner(tokens[k]) or not tokens[k].is_word), None)  # past up to three words: `her March
    # comment`, `Trump's recent evidence-free assertion`
    if owner is None and p == qi - 1 and noun - 2 > start and tokens[noun - 1].lower in ("a", "an") \
            and tokens[noun - 2].lower in _SENDING_OR_PUTTING:  # `It issued a statement that "…"`: who issued it
        subject = cue_subject(tokens, noun - 2, start)
        return Attribution(tokens[noun].text, subject, "before") if subject is not None else None
    if owner is None or not is_owner(tokens[owner]) or any(verbish(t) for t in tokens[owner + 1:noun]):
        return None
    right_before = p == qi - 1 or p == qi - 2 and tokens[qi - 1].text == ","
    if not right_before and tokens[owner].lower in POSSESSIVE_PRONOUNS:
        return None
    mention = possessor_mention(tokens, owner, start)
    return Attribution(tokens[noun].text, mention, "before") if mention else None


def _party_claims(tokens, start, qi) -> Attribution | None:
    """`amid Tory claims the ads were "…"`: a party's claims, then the clause they claim with no `that`, and no
    cue or quotation between (with `that`, `_possessed_that` reads them)."""
    noun = next((k for k in range(qi - 2, start, -1) if tokens[k].lower in CLAIMS), None)
    if noun is None or not (tokens[noun - 1].is_capitalised and tokens[noun - 1].bare.lower() in PARTY_WORDS) \
            or not clause_after(tokens, noun):
        return None
    party = tokens[noun - 1]
    return Attribution(tokens[noun].text, Mention(party.start, party.end, (party,)), "before")


def _possessed_promise(tokens, start, qi) -> Attribution | None:
    """`his promise to be "neutral"`, `Trump's vow to "make America great again"`: the owner of a
    promise that `to` and a few words before the quotation give, with no cue or quotation between."""
    to = next((k for k in range(qi - 1, max(start, qi - _PROMISE_REACH) - 1, -1) if tokens[k].lower == "to"
               or tokens[k].is_quote or cue_at(tokens, k)), None)
    if to is None or tokens[to].lower != "to" or to - 2 < start or tokens[to - 1].lower not in _PROMISES:
        return None
    if any(t.lower in FINITE_BE for t in tokens[to + 2:qi]):
        return None  # `said Labour's promise to cut bills was "in tatters"`: what the promise is, not what it says
    owner = to - 2
    if not is_owner(tokens[owner]) or tokens[to - 1].lower in _STATED and any(
            cue_at(tokens, k) for k in range(start, owner)):
        return None  # `Alley also stated her intention to "…"`: the cue's subject, named
    mention = possessor_mention(tokens, owner, start)
    return Attribution(tokens[to - 1].text, mention, "before") if mention else None


_STATED = {"intention", "threat", "threats"}  # what one says one will do, and may state with a cue before
_PROMISES = {"promise", "promises", "pledge", "pledges", "vow", "vows"} | _STATED  # `the prime minister's
# intention to "serve a full third term"`
_PROMISE_REACH = 6  # words from `to` to the quotation: `his promise to be "…"`, `to build a "…"`


def _before_set_off(tokens, start, comma) -> int:
    """The word before the clause that `comma` closes and another comma opens, when a past participle
    opens it (`comments, made in an interview,`); else `comma` itself."""
    opening = next((k for k in range(comma - 1, max(start, comma - _SET_OFF_REACH) - 1, -1)
                    if tokens[k].text == "," or tokens[k].is_quote), None)
    if opening is None or tokens[opening].is_quote or opening + 1 >= comma or not past_tense(tokens[opening + 1].text):
        return comma
    return opening - 1


_SET_OFF_REACH = 16  # words in a clause set off between a noun and its `that`


def _claim_of(tokens, start, last) -> Attribution | None:
    """`the contention of former secretary of state Hillary Clinton`, `a claim by Peter Hain` (the
    name ending at `last`): the named person's claim, the word for it before `of` or `by`."""
    of = next((k for k in range(last - 1, max(start, last - _CLAIM_OF_REACH) - 1, -1)
               if tokens[k].lower in ("of", "by", "from") and tokens[k - 1].lower in _SAYINGS_OR_CLAIMS), None)
    if of is None or not all(t.is_word for t in tokens[of + 1:last]):
        return None
    name = name_before(tokens, last + 1, of + 1)
    return Attribution(tokens[of - 1].text, name, "agent") if name is not None else None  # quoted, not the
    # sentence's subject: no speaker a later he goes on


_CLAIM_OF_REACH = 8  # words from `of` to the end of the name: `of former secretary of state Hillary Clinton`
_ADJECTIVES = 3  # words between an owner and the noun for what they said


def _characterised(tokens, start, qi) -> Attribution | None:
    """`Reid has been pounding Trump as a "con artist"`: whoever does the characterising says it
    (not `the bill, known as the "…"`, where nothing stands between the verb and `as`)."""
    p = qi - 1
    if p > start and tokens[p].lower in ("a", "an", "the"):
        p -= 1
    if p <= start + 1 or tokens[p].lower != "as" or not tokens[p - 1].is_word:
        return None
    if is_finite_verb(tokens, p - 1):
        return _named_then_verb(tokens, start, p - 1)  # `in a way Comey slammed as "…"`
    if tokens[p - 1].lower in ("well", "such", "same"):
        return None  # `as well as the "pause"`, `such as "…"`: a list, not a characterisation
    owned = _owned_characterisation(tokens, start, p)
    if owned is not None:
        return owned  # `Peter Hain's description of him as an "attack mongrel"`: Hain's words
    agent = _seen_by(tokens, start, p)
    if agent is not None:
        return agent
    if (tokens[p - 1].lower.endswith(("ed", "ing")) or tokens[p - 1].lower in IRREGULAR_PAST
            or tokens[p - 1].lower in _EN_PARTICIPLES) and tokens[p - 2].lower not in _NOUN_MARKERS:
        return None  # `should not be seen as "…"`: a passive, no one's characterising; but `sees the ruling as`
    verb = p - 1 if tokens[p - 1].lower in _VIEWING else verb_before(tokens, p, start)  # `what they see as "…"`
    if verb is None:  # `Smith sees the ruling as "…"`: a verb of viewing, which the verb finder does not know
        verb = next((k for k in range(p - 2, max(start, p - _OBJECT_WORDS) - 1, -1)
                     if tokens[k].lower in _VIEWING | _VIEWED), None)
    if verb is not None and tokens[verb].lower in ("used", "uses"):
        return None  # `police used their identity as a "proxy"`: a use, not a characterisation
    if any(tokens[k].lower in _SERVING for k in range(verb + 1 if verb is not None else start, p)):
        return None  # `it can act as a "trigger"`: a function, not a characterisation
    if verb is None or any(tokens[k].lower == "to" and tokens[k + 1].is_word for k in range(verb, p - 1)):
        return None  # `his refusal to discuss the threat as "…"`: the cue of the sentence decides
    if tokens[verb].lower.replace("’", "'") in _DO_FORMS:
        return None  # `descriptions of women he doesn't like as "…"`: an auxiliary, no characterising verb
    verb = _characterising_before_that(tokens, verb, start)
    verb = _characterising_participle(tokens, verb, p)
    subject = cue_subject(tokens, verb, start)
    if subject is None or _possessed_thing(subject):
        return None  # `Trump's latest victories … unleashed a wave of comments, from admiration of his … as a "…"`
    k = verb if cue_at(tokens, verb) else next(  # `describes outgoing host Butters as`: describes
        (k for k in range(p - 1, verb, -1) if tokens[k].lower.endswith(("ing", "ed"))
         and tokens[k - 1].lower not in _NOUN_MARKERS), verb)  # not `the ruling`
    if k == verb and tokens[k].lower in MODALS and k + 1 < p and tokens[k + 1].is_word:
        k += 1  # `will present themselves as "the real alternative"`: present
    if is_passive(tokens, k, start):
        return None  # `his pitch is designed around the Lib Dems as the "real" opposition`: no one characterises
    if k > start and tokens[k].lower.endswith("ing") and tokens[k - 1].lower in PREPOSITIONS:
        return None  # `a flavour of IPTV that was about harnessing the web as a "channel"`: no one's verb
    own = _named_with(tokens, k, start) if k != verb and tokens[k].lower.endswith("ing") else None
    subject = own or subject  # `The Osbournes had eight million viewers, with TV Guide describing the show as "…"`
    return Attribution(tokens[k].text, subject, "before")  # `pounding`, not `has`


def _complement_taken(tokens, c: int, qi: int) -> bool:
    """The cue at `c` takes a question right after it (`wonder why`, `asks whether`), or is the verb of a
    relative clause on the object of a telling verb (`told a young woman who suggested …`) whose own words
    run on past it, and a `that` between it and the quotation opens another verb's clause: the teller's."""
    if c + 1 >= qi or not any(tokens[k].lower == "that" for k in range(c + 2, qi)):
        return False
    return tokens[c + 1].lower in QUESTION_WORDS or c > 0 and tokens[c - 1].lower == "who" and any(
        tokens[j].lower in _TELLING for j in range(max(0, c - 1 - _TOLD_OBJECT_WORDS), c - 1))


_TOLD_OBJECT_WORDS = 4  # `told a young woman who`


def _characterising_participle(tokens, verb: int, p: int) -> int:
    """`Tickets went on sale, with some fans describing the queue as "…"`: the characterising participle between
    the finite verb at `verb` and the `as` at `p`, whose own subject says it (`some fans`); else `verb`."""
    return next((k for k in range(p - 2, verb, -1) if tokens[k].lower.endswith("ing") and tokens[k].lower in CUE_FORMS
                 and tokens[k - 1].lower not in _NOUN_MARKERS and cue_at(tokens, k)), verb)


def _characterising_before_that(tokens, verb: int, start: int) -> int:
    """`describing Mr. Obama's statement that he opposed the Iraq war as "…"`: where `verb` is
    inside a `that` clause, the characterising cue before the clause, whose object it completes;
    else `verb`."""
    that = next((k for k in range(verb - 1, start - 1, -1) if tokens[k].lower == "that"), None)
    if that is None:
        return verb
    return next((j for j in range(that - 1, start - 1, -1) if cue_at(tokens, j) in LABEL_CUES), verb)


def _owned_characterisation(tokens, start, p) -> Attribution | None:
    """`Peter Hain's description of him as`, `her portrayal of the plan as`: the owner of a noun
    for characterising, a few words before the `as` at `p`, says what follows."""
    for j in range(p - 2, max(start + 1, p - _OBJECT_WORDS) - 1, -1):
        if tokens[j].lower == "of" and tokens[j - 1].lower in _CHARACTERISATIONS and j - 2 >= start \
                and is_owner(tokens[j - 2]):
            owner = possessor_mention(tokens, j - 2, start)
            return Attribution(tokens[j - 1].text, owner, "before") if owner else None
    return None


_OBJECT_WORDS = 6  # words from `of` to `as`: `description of the party's new leader as`
_CHARACTERISATIONS = {"description", "characterisation", "characterization", "portrayal", "depiction", "branding",
                      "labelling", "labeling", "dismissal"}


def _named_then_verb(tokens, start, v) -> Attribution | None:
    """`emails in a way FBI Director James Comey slammed as "…"`: a past verb right after the
    name that is its subject, whose object went before (a relative with no pronoun)."""
    if v - 1 <= start or not tokens[v - 1].is_capitalised or not tokens[v].lower.endswith("ed") \
            or tokens[v - 1].lower in SPEAKER_PRONOUNS or tokens[v].lower not in CUE_FORMS:
        return None  # not `the European Centre qualified as a "foreign principal"`
    named = name_before(tokens, v, start)
    if named is None:
        return None
    first = index_of(tokens, named.tokens[0], start, v)
    while first - 1 > start and tokens[first - 1].lower in NAME_PARTICLES \
            and capitalised_past_particles(tokens, first - 2, step=-1):
        particles = first - 1
        while tokens[particles - 1].lower in NAME_PARTICLES:
            particles -= 1  # `van der`
        before = name_before(tokens, particles, start)  # `Mayor Bill` before `de Blasio`
        if before is None:
            break
        first = index_of(tokens, before.tokens[0], start, v)
    return Attribution(tokens[v].text, mention_of(tokens[first:v]), "before")


_VIEWING = {"see", "sees", "view", "views", "regard", "regards"}
_VIEWED = {"saw", "viewed", "regarded"}
_NOUN_MARKERS = ARTICLES_AND_POSSESSIVES | {"this", "that"}  # `the ruling`, `this ruling`: a noun after
_EN_PARTICIPLES = {"seen", "known", "taken", "given", "shown", "written", "chosen", "hidden"}
_DO_FORMS = {"do", "does", "did", "don't", "doesn't", "didn't"}
_SERVING = {"act", "acts", "acted", "acting", "serve", "serves", "served", "serving", "function", "functions",
            "functioned", "double", "doubles", "doubled", "work", "works", "worked", "working"}


def _seen_by(tokens, start, p) -> Attribution | None:
    """`an option seen by organizers as a "lifeboat"`: the agent of a participle before `as`."""
    by = next((k for k in range(p - 2, max(start, p - _AGENT_WORDS) - 1, -1) if tokens[k].lower == "by"), None)
    if by is None or by <= start:
        return None
    verb = tokens[by - 1]
    if not (verb.lower.endswith(("ed", "en")) or verb.lower in IRREGULAR_PAST or verb.lower == "seen"):
        return None
    agent = np_forward(tokens[by + 1:p])
    return Attribution(verb.text, agent, "agent") if agent else None


_AGENT_WORDS = 6


def _agent_named_after(tokens, agent: Mention | None, qi: int) -> Mention | None:
    """The name set off after an agent described (`by his manager, Sarah Hill:`) right before the quotation, written
    with the description before it."""
    if agent is None:
        return None
    end = next((k for k in range(qi) if tokens[k].start >= agent.end), None)
    if end is None or tokens[end].text != "," or qi - 1 <= end + 1 or tokens[qi - 1].text not in (":", ","):
        return None
    name = tokens[end + 1:qi - 1]
    if not 1 <= len(name) <= NAME_WORDS or not all(t.is_capitalised and t.is_word for t in name):
        return None
    return Mention(agent.start, name[-1].end, tuple(name))


def cue_subject(tokens, c: int, start: int, depth: int = 0) -> Mention | None:
    """The subject of the verb at `c`: its own, or that of the verb it hangs on (`went on to say`,
    `…, saying`, `criticized … and said`)."""
    if depth > 3:
        return None
    if c - 2 >= start and tokens[c - 2].lower == "those" and tokens[c - 1].lower in _ASKED_PEOPLE | _AFFECTED:
        first = c - 4 if c - 4 >= start and [t.lower for t in tokens[c - 4:c - 2]] == ["one", "of"] else c - 2
        return Mention(tokens[first].start, tokens[c - 1].end, tuple(tokens[first:c]))  # `those surveyed said`: the
        # people asked; `Those affected said`, `One of those rescued said`
    spoken_to = _spoken_to_before(tokens, c, start)
    if spoken_to is not None:
        return spoken_to  # `People we spoke to said`: the people, not we
    governing = governing_verb(tokens, c, start)
    if governing is not None and _dummy_it(tokens, governing, c):
        return None  # `it is wrong to deny people …`: no one's speech
    if governing is not None:
        governing = max((k for k in range(governing, c) if tokens[k].lower in MAKING), default=governing)
        governing = _maker_before_relative(tokens, governing, start)  # `prompted the Atlas, which examines …, to state`
        made = _made_to_speak(tokens, governing, c)  # `presented the prize to Williams, leading him to quip`
        return made if made is not None else cue_subject(tokens, governing, start, depth + 1)
    perceived = _perceived_speaking(tokens, c, start)
    if perceived is not None:
        return perceived  # `Reporters heard Obama say`: the bare infinitive's own subject, the object before it
    if is_participle(tokens, c, start):
        return _participle_subject(tokens, c, start, depth)
    owner = possessor_at(tokens, c, start)
    if owner is not None:
        return possessor_mention(tokens, owner, start)  # `her claim that`, `Trump's assertion that`
    first_infinitive = joined_infinitive(tokens, c)
    if first_infinitive is not None:  # `prompted Rubio to make a joke … and call Trump "…"`: as `to make`
        return cue_subject(tokens, first_infinitive, start, depth + 1)
    joined = and_before(tokens, c, start)
    if joined is not None:  # `X noted …, and added`: the first verb's subject
        relative = _relative_verb_before(tokens, joined, start)
        if relative is not None:  # `host Bill Maher, who is supporting Sanders, but has dismissed`: who
            return cue_subject(tokens, relative, start, depth + 1)
        first = _first_verb_subject(tokens, joined, start, depth) if not tokens[c].lower.endswith("ing") \
            and (tokens[joined - 1].text == "," or _one_clause(tokens, start, joined)) else None
        # `The tribunal upheld X's claim …, but said`, `He mocked his rivals, talked over them as they answered
        # questions and even assured`
        return first or _participle_subject(tokens, c, start, depth)
    if c - 2 > start and tokens[c - 1].lower in ("the", "a", "an") and c + 1 < len(tokens) and (
            tokens[c + 1].text == ":" and _past_or_finite(tokens, c - 2)  # `Mr McConnell gave the quip: "…"`,
            or tokens[c + 1].lower == "that" and tokens[c - 2].lower in _OFFERING):  # `made the remark:`; `He was
        # happy to offer a pledge that he would do no deals to "prop up" …`; not `has said a claim by X … shows`
        return cue_subject(tokens, c - 2, start, depth + 1)
    subject = _subject_before_its_relative(tokens, c, start) or np_backward(tokens, c, start) \
        or _subject_past_a_relative(tokens, c, start)
    launched = broke_into(tokens, c) if subject is None else None
    if launched is not None and launched >= start:
        return cue_subject(tokens, launched, start, depth + 1)  # `Trump launched into a lament for`: Trump
    listed = _listed_after_relative(tokens, c, start) if subject is None else None
    if listed is not None:
        return cue_subject(tokens, listed, start, depth + 1)  # `a candidate who has called for "…", has said`
    released = _released(tokens, subject, start, c) if subject is not None else None
    if released is not None:
        return cue_subject(tokens, released, start, depth + 1)  # `Trump released a video that said`: Trump
    first = index_of(tokens, subject.tokens[0], start, c) if subject else None
    relative = _before_a_relative(tokens, first, start) if first is not None else None
    if relative is not None:
        return relative
    named = _name_before_role(tokens, subject, first, start) if first is not None else None
    if named is not None:
        return named
    if first is not None and _adjoins(tokens, c, subject) and _is_object(tokens, first, start) \
            and not (tokens[first - 1].lower in _HEARING
                     and (tokens[c - 1].lower in FINITE_AUXILIARIES or _right_before(tokens, c, subject))) \
            and not (tokens[first - 1].lower in _SAYING_A_CLAUSE and tokens[c].lower in _UTTERED
                     and _right_before(tokens, c, subject)):
        # (not `Police said the suspect told officers he "…"`, `Tom Brown said the officer shouted "…"`: the suspect
        # tells, the subject of the clause `said` takes, no object of it; but `says she was told: "…"`, a passive,
        # is told by someone else)
        contact = _contact_clause_subject(subject)
        if contact is not None:
            return contact  # `the only Amendment the Founding Fathers wrote "shall not be infringed"`
        joined = _after_and(subject)
        if joined is not None:
            return joined  # `has been training in Holland and Ferguson said`: and joins two clauses
        main = verb_before(tokens, first, start)  # `slammed the loophole called …`: not its subject
        sent = _sent_text(tokens, main, first, subject, start) if main is not None else None
        if sent is not None:
            return sent  # `A statement issued by the club said`: the text, with who sent it
        if first - 3 >= start and [t.lower for t in tokens[first - 3:first]] == ["on", "behalf", "of"] \
                and subject.tokens[0].is_capitalised:
            return subject  # `A statement issued on behalf of Tom Lee said`: his words, as after the quotation
        found = cue_subject(tokens, main, start, depth + 1) if main is not None else None
        asked = _subordinate_subject(tokens, found, start) and name_before(tokens, c, start)
        return asked or found  # but `Asked if Brown would play Eriksson replied`: the question's subject
    return subject


def _name_after_the_told(tokens, subject: Mention, first: int) -> Mention:
    """`He told the jury Moss had said`: the name after the ones told, who says it, not the phrase whole."""
    toks = subject.tokens
    if first < 1 or tokens[first - 1].lower not in _TELLING or len(toks) < 3:
        return subject
    owned = next((k for k in range(1, len(toks) - 1) if toks[k].lower in POSSESSIVE_PRONOUNS), None)
    if owned is not None and all(t.is_word and t.lower.isalpha() for t in toks[:owned]):
        return mention_of(list(toks[owned:])) or subject  # `told the court his wife had said`: his wife
    if toks[0].lower not in ARTICLES:
        return subject
    k = next((k for k in range(1, len(toks)) if toks[k].is_capitalised), None)
    if k is None or k < 2 or not all(t.is_word and t.lower.isalpha() for t in toks[1:k]):
        return subject
    return mention_of(list(toks[k:])) or subject


def _subject_past_a_relative(tokens, c: int, start: int) -> Mention | None:
    """`A woman who was wrongly accused of shoplifting (has) said`: where no phrase stands right before the cue
    (or its auxiliary: a gerund ends the clause), the phrase that opens the sentence before its `who`."""
    if c - 1 <= start or not (tokens[c - 1].lower in ("has", "had", "have") or tokens[c - 1].lower.endswith("ing")):
        return None
    opening = sentence_subject(tokens, start, c)
    return mention_of(list(opening.tokens[:-1])) if opening is not None and len(opening.tokens) >= 2 \
        and opening.tokens[-1].lower == "who" else None


def _subject_before_its_relative(tokens, c: int, start: int) -> Mention | None:
    """`Parents whose children attend the school said`, `A farmer whose land was flooded for the third time this
    year says`, `A man who recently said`: the phrase opening the sentence speaks, past a relative clause no comma
    sets off or in it; not `A woman whose son said`, where the son speaks."""
    if not 4 <= c - start <= _SUBJECT_RELATIVE_REACH or not is_finite_verb(tokens, c) \
            or not any(tokens[k].lower in ("who", "whose") for k in range(start, c)):
        return None  # (a cue near the sentence's opening, past a relative clause: a long sentence has many cues)
    opening = sentence_subject(tokens, start, c)
    if opening is None:
        return None
    toks = opening.tokens[:-1] if opening.tokens[-1].lower == "who" else opening.tokens
    last = index_of(tokens, toks[-1], start, c) if toks else None
    if last is None or last + 2 >= c or tokens[last + 1].lower not in ("who", "whose") \
            or toks[-1].lower in RELATIVES or not toks[-1].is_word:
        return None
    whose = tokens[last + 1].lower == "whose"
    clause = range(last + 2, c)
    if any(tokens[k].text in (",", ";", ":") or tokens[k].is_quote or tokens[k].lower in _JOINING for k in clause):
        return None
    if whose and not any(is_finite_verb(tokens, k) for k in clause) and len(clause) < 3:
        return None  # `whose eldest son said`: the son speaks; but `whose children attend school said`
    return mention_of(list(toks))  # (`A man who recently said`: the man, whose clause it is)


_SUBJECT_RELATIVE_REACH = 30  # tokens from a sentence's opening to the cue past its subject's relative clause


def _contact_clause_subject(subject: Mention) -> Mention | None:
    """The subject of a relative clause with no `that` inside an object (`the only Amendment the Founding
    Fathers`, `the book his father`): a second determiner right after a noun opens it."""
    toks = subject.tokens
    k = next((k for k in range(2, len(toks) - 1) if toks[k].lower in _CONTACT_OPENERS and toks[k - 1].is_word
              and toks[k - 1].lower not in PREPOSITIONS and toks[k - 1].lower not in ARTICLES_AND_POSSESSIVES
              and toks[k - 1].lower not in _JOINING and not toks[k - 1].is_possessive), None)
    return mention_of(list(toks[k:])) if k is not None else None


_CONTACT_OPENERS = {"the", "his", "her", "their", "its", "our", "my"}
_JOINING = {"and", "or", "but", "nor", "than", "as", "both", "either", "neither"}


def _released(tokens, subject: Mention, start: int, c: int) -> int | None:
    """Where the active verb stands that put out the text `subject` stands for (`Trump released a
    marketing video that said`, `Mr Smith sent a letter which said`): its subject speaks through it."""
    text = subject.antecedent or subject
    if text.tokens[-1].bare.lower() not in _RELEASED_TEXTS:
        return None
    first = index_of(tokens, text.tokens[0], start, c)
    v = first - 1 if first is not None else start
    if v > start and tokens[v].lower == "in" and text.tokens[0].lower in _A_OR_OWN:
        return _writing_in(tokens, v, start)  # `Trump thanked Ann Lee in a tweet that said`
    if v <= start or tokens[v].lower not in _SENDING_OR_PUTTING \
            or tokens[v - 1].lower in FORMS_OF_BE and not tokens[v].lower.endswith("ing"):
        return None  # not `was sent a letter that said`; but `is releasing a new ad that urges`
    return v


def _writing_in(tokens, in_: int, start: int) -> int | None:
    """The active verb whose subject wrote the text `in` opens: `Trump thanked Ann Lee in a tweet that
    said` (not `Ann Lee was praised in a tweet that said`, whose writer the sentence does not name)."""
    v = verb_before(tokens, in_, start)
    if v is None or v <= start or tokens[v - 1].lower in FORMS_OF_BE or tokens[v].lower in FORMS_OF_BE \
            or any(t.text in (",", ";", ":") or t.lower in ("that", "which", "who") for t in tokens[v + 1:in_]):
        return None
    return v


_A_OR_OWN = {"a", "an", "his", "her", "their", "its"}


_RELEASED_TEXTS = SENT_TEXTS | {"video", "videos", "ad", "advert", "advertisement", "tweet", "release", "leaflet",
                                "leaflets", "flyer", "flyers", "mailer", "mailers", "notice", "circular", "caption",
                                "post", "speech", "speeches", "address", "comment", "comments", "remark", "remarks",
                                "op-ed", "column", "essay", "piece", "article", "editorial", "story"}
_PUTTING = {"added", "attached", "tweeted", "shared", "wrote", "put", "releasing", "issuing", "sending", "publishing",
            "posting", "gave", "giving", "delivered", "delivering", "made", "make", "making", "penned", "ran",
            "carried"}  # `Henry added the caption which reads`, `is releasing a new ad that urges`, `gave a speech that
# called`, `The Washington Post recently ran a piece that noted`


def _sent_text(tokens, main: int, first: int, agent: Mention, start: int) -> Mention | None:
    """`A statement issued by the club`, `A message sent to F-Secure by Google's security team`, `A memo
    written by chief of staff John Kelly`: a text and a participle whose agent (maybe after a role
    the phrase left off) is the phrase before the cue, as one mention (the resolver makes it the
    agent's text)."""
    by = next((k for k in range(first - 1, max(start, first - _ROLE_BEFORE_AGENT) - 1, -1)
               if not tokens[k].is_word or tokens[k].lower == "by"
               or tokens[k].lower == "of" and tokens[k - 1].lower == "behalf"), None)  # `issued on behalf of`
    if main - 2 < start or by is None or tokens[by].lower not in ("by", "of") \
            or tokens[by].lower == "of" and agent.tokens[0].is_capitalised:
        return None  # (`a statement issued on behalf of Robert Zoellick`: his words, not his text's)
    phrase = tokens[main - 2:first + len(agent.tokens)]
    return mention_of(phrase) if sent_by(phrase) == by - (main - 2) else None


_ROLE_BEFORE_AGENT = 5  # words of a role between `by` and the agent's name: `by chief of staff John Kelly`


def _one_clause(tokens, start: int, joined: int) -> bool:
    """No reported clause, relative clause, `but`, name, dash or quotation between the sentence's
    start and the `and` at `joined`: `and` joins the sentence's own verbs (not `She noted that
    Sanders … has criticized the president and called`, `but his lawyer, Antony Townsden, told …
    and added`)."""
    return not any(t.lower in _CLAUSE_MARKS or t.text in DASHES or t.is_quote or t.text in (";", ":")
                   or t.is_capitalised and k > start for k, t in enumerate(tokens[start:joined], start))


_CLAUSE_MARKS = {"that", "who", "whom", "which", "whose", "if", "whether", "but"}  # nor `but his lawyer … told`


def _first_verb_subject(tokens, joined: int, start: int, depth: int) -> Mention | None:
    """The subject that opens the sentence, of its first finite verb before the `, and` or `, but`
    at `joined`."""
    verb = next((v for v in range(start + 1, joined) if is_finite_verb(tokens, v) and not _in_dashes(tokens, start, v)
                 and not _in_participle_aside(tokens, start, v, joined)),
                None)  # not `did` in `Hastily politicizing the tragedy ― much like he did … ― Trump cast …`
    subject = cue_subject(tokens, verb, start, depth + 1) if verb is not None else None
    if subject is not None and (subject.tokens[0] is tokens[start]
                                or _after_opening_participle(tokens, start, subject)):
        return subject
    return _subject_of_s_verb(tokens, start, joined)  # `The poster shows … and says "…"`


def _in_dashes(tokens, start: int, k: int) -> bool:
    """Whether `k` stands inside an aside set off by dashes since `start`."""
    return sum(1 for t in tokens[start:k] if t.text in DASHES) % 2 == 1


def _in_participle_aside(tokens, start: int, k: int, end: int) -> bool:
    """Whether `k` stands inside a participle phrase set off by commas before `end` (`Obama, making it
    clear that security trumped other concerns, stood beside …`): not the main clause's verb."""
    comma = next((j for j in range(k - 1, start, -1) if tokens[j].text == ","), None)
    opener = tokens[comma + 1] if comma is not None and comma + 1 < k else None
    return opener is not None and opener.lower.endswith("ing") and not opener.is_capitalised \
        and any(t.text == "," for t in tokens[k + 1:end])


def _after_opening_participle(tokens, start: int, subject: Mention) -> bool:
    """`Hastily politicizing the tragedy ― … ― Trump cast`: a participle phrase opens the sentence,
    closed by a comma or a dash right before the subject."""
    first = index_of(tokens, subject.tokens[0], start, len(tokens))
    opening = start + 1 if ly_adverb(tokens[start].lower) else start
    return first is not None and first > opening and tokens[opening].lower.endswith("ing") \
        and tokens[first - 1].text in ASIDE_MARKS


def _subject_of_s_verb(tokens, start: int, joined: int) -> Mention | None:
    """The subject opening the sentence when a lowercase -s verb follows it (`The poster shows`),
    a verb no cue list knows."""
    subject = sentence_subject(tokens, start, joined)
    if subject is None and tokens[start].lower in ("the", "a", "an", "this"):  # `The poster shows`
        end = next((k for k in range(start + 1, min(joined, start + 4)) if _s_verb(tokens[k])), None)
        subject = mention_of(tokens[start:end]) if end is not None and end > start + 1 and all(
            t.is_word and not t.is_capitalised for t in tokens[start + 1:end]) else None
    after = next((k for k in range(start, joined) if tokens[k].start >= subject.end), joined) if subject else joined
    return subject if subject is not None and after < joined and _s_verb(tokens[after]) else None


def _s_verb(tok: Token) -> bool:
    """`shows`, `says`: a lowercase word that may be a verb's third person."""
    return tok.is_word and not tok.is_capitalised and third_person(tok) and tok.lower not in AUXILIARIES \
        and len(tok.lower) > 3


def _relative_verb_before(tokens, joined: int, start: int) -> int | None:
    """The first verb of a relative clause set off by a comma that the `and` or `but` at `joined`
    goes on: `is` in `Bill Maher, who is supporting Sanders, but has dismissed`; not one closed by
    a dash (`Factory - which lasted for 14 years - but conceded`)."""
    return _relatives_first_verb(tokens, joined, start, set_off=True)


def _relatives_first_verb(tokens, end: int, start: int, set_off: bool) -> int | None:
    """The first verb after the nearest `who` or `which` before `end`, within reach, with no other
    finite verb between. With `set_off`, only a relative after a comma (`He praised those who left
    but said`: the relative names whom he praised), and no quotation between; without, no comma."""
    stops = _ASIDE_STOPS if set_off else _LIST_STOPS
    for k in range(end - 1, max(start, end - _RELATIVE_REACH) - 1, -1):
        if tokens[k].lower in ("who", "which"):
            if set_off and (k == start or tokens[k - 1].text != ","):
                return None
            verb = k + 1
            while verb < end and is_adverb(tokens[verb]):
                verb += 1
            return verb if verb < end and is_finite_verb(tokens, verb) else None
        if tokens[k].text in stops or set_off and tokens[k].is_quote or is_finite_verb(tokens, k) and k > start \
                and tokens[k - 1].lower not in ("who", "which") and not is_adverb(tokens[k - 1]) \
                and tokens[k - 1].lower not in AUXILIARIES:
            return None
    return None


def _listed_after_relative(tokens, c: int, start: int) -> int | None:
    """The first verb of the relative clause whose list of verbs the cue at `c`, after a comma, goes
    on (`a candidate who has called for "a hell of a lot worse" than waterboarding, has said of
    terrorists that "…"`); the same verb when the relative closes at the comma (`Maher, who has
    called …, has said`)."""
    i = c - 1
    while i > start and (tokens[i].lower in FINITE_AUXILIARIES or is_adverb(tokens[i])):
        i -= 1
    if i == c - 1 or tokens[i].text != ",":
        return None  # an auxiliary before the cue: not `…, said`, which inverts
    return _relatives_first_verb(tokens, i, start, set_off=False)


_ASIDE_STOPS = SENTENCE_END | DASHES | {")"}
_LIST_STOPS = _ASIDE_STOPS | {",", ";", ":"}


_ASKED_PEOPLE = {"surveyed", "polled", "questioned", "interviewed", "asked", "sampled", "quizzed"}
_AFFECTED = {"affected", "injured", "hurt", "rescued", "evacuated", "bereaved", "involved", "displaced", "arrested",
             "detained", "trapped", "stranded"}  # people a participle describes: `Those affected said`


def _name_before_role(tokens, subject: Mention, first: int, start: int) -> Mention | None:
    """`Anthony Anton, president and CEO of Washington Restaurant Association stated`: a role
    after the name that opens the sentence and a comma, with no comma to close it, is that name's."""
    head = subject.tokens[0]
    if first - 1 <= start or tokens[first - 1].text != "," or head.is_capitalised or head.lower not in ROLE_WORDS \
            or len(subject.tokens) > 1 and subject.tokens[1].is_capitalised:
        return None  # not `Defending, barrister Tom Hart said`: the role's own name follows it
    named = name_before(tokens, first - 1, start)
    return named if named is not None and _opens_the_clause(tokens, named, start, first) else None


def _opens_the_clause(tokens, named: Mention, start: int, end: int) -> bool:
    """The name opens the sentence, or follows its opening phrase (`Just last week, J.J. Goldberg,
    editor at large of The Forward, an influential newspaper, wrote`)."""
    if named.tokens[0] is tokens[start]:
        return True
    subject = sentence_subject(tokens, start, end)
    return subject is not None and subject.tokens[0] is named.tokens[0]


def _subordinate_subject(tokens, subject: Mention | None, start: int) -> bool:
    """A subject just after `if` or `whether`: a question's, inside a clause, not a sentence's."""
    first = index_of(tokens, subject.tokens[0], start, len(tokens)) if subject is not None else None
    return first is not None and first > start and tokens[first - 1].lower in ("if", "whether")


def _before_a_relative(tokens, first: int, start: int) -> Mention | None:
    """`A spokesman for the Association of Payment and Clearing Services (Apacs) which represents the
    industry said`: the object of a relative clause set off by no comma is not the subject; the
    phrase before `which` or `who` is."""
    k = first - 2
    if k <= start or tokens[k].lower not in ("which", "who") or not tokens[first - 1].is_word or (
            tokens[first - 1].is_capitalised):
        return None
    if tokens[k - 1].text == ",":  # `Ms Robinson, who presents The Weakest Link tells …`: no closing comma
        named = name_before(tokens, k - 1, start) if tokens[k].lower == "who" else None
        return named if named is not None and _opens_the_clause(tokens, named, start, k) else None
    if tokens[k - 1].text == ")":  # past `(Apacs)`
        k = next((j for j in range(k - 1, start - 1, -1) if tokens[j].text == "("), k)
    return np_backward(tokens, k, start) if k > start else None


def _dummy_it(tokens, governing: int, c: int) -> bool:
    """`it is wrong to deny`: `it`, a form of be and an adjective before an infinitive; not `is
    choosing not to respond`, `was back to boasting`."""
    return (governing > 0 and tokens[governing - 1].lower == "it" and tokens[governing].lower in FORMS_OF_BE
            and not tokens[c].lower.endswith("ing"))


def _maker_before_relative(tokens, governing: int, start: int) -> int:
    """The verb that makes someone speak before a relative clause set off by commas that holds
    `governing` (`prompted the Atlas, which examines states, to state`), else `governing`."""
    if tokens[governing].lower in MAKING:
        return governing
    relative = next((k for k in range(governing - 1, start, -1)
                     if tokens[k].lower in ("which", "who") and tokens[k - 1].text == ","), None)
    maker = next((k for k in range(relative - 2, start - 1, -1) if tokens[k].lower in MAKING), None) \
        if relative is not None else None
    return maker if maker is not None else governing


def _made_to_speak(tokens, governing: int, c: int) -> Mention | None:
    """`led 12 viewers to complain`, `prompted Smith to say`: the object of a verb that makes
    someone speak is who speaks; None for `went on to say`, `wants to say`."""
    if tokens[governing].lower not in MAKING:
        return None
    to = max((k for k in range(governing + 1, c) if tokens[k].lower == "to"), default=None)
    if to == governing + 2 and tokens[governing + 1].lower in ("him", "her", "them"):
        pronoun = tokens[governing + 1]  # `leading him to quip`
        sex = "m" if pronoun.lower == "him" else "f"
        named = _lone_object(tokens, sentence_start(tokens, governing), governing, sex) \
            if pronoun.lower != "them" else None
        return Mention(pronoun.start, pronoun.end, (pronoun,), named)
    if to is None or to <= governing + 1:
        return None
    aside = next((k for k in range(governing + 2, to) if tokens[k].text == "," and k + 1 < to
                  and tokens[k + 1].lower in ("which", "who", "whose")), to)  # `prompted X, which examines …, to state`
    return np_forward(tokens[governing + 1:aside])


def _lone_object(tokens, start: int, end: int, sex: str) -> Mention | None:
    """`Matt Lucas and David Walliams presented the prize to Robbie Williams dressed as Gary Barlow
    and Howard Donald, leading him to quip`: the last name before `end` that is not the sentence's
    subject and not one of two joined by `and`, whom a him or her that a verb makes speak stands for;
    not a given name of the other `sex` (`Hillary Clinton dealt a blow to Senator Bernie Sanders with a
    win that led her to declare`)."""
    runs = []
    for capital, group in groupby(range(start, end), key=lambda k: tokens[k].is_capitalised and tokens[k].is_word):
        ks = list(group)
        if capital:
            runs.append((ks[0], ks[-1] + 1))
    joined = {"and", "&", "or"}
    lone = [(a, b) for a, b in runs if a > start and tokens[a - 1].lower not in joined
            and (b >= end or tokens[b].lower not in joined and _ends_a_name(tokens[b]))
            and next((g for k in range(a, b) if (g := given_gender(tokens[k].text))), sex) == sex]
    return mention_of(tokens[lone[-1][0]:lone[-1][1]]) if lone else None


def _ends_a_name(after: Token) -> bool:
    """What may follow a name that is a noun phrase of its own: a mark, a verb or a preposition,
    not a noun it qualifies (`Take That colleagues`)."""
    return not after.is_word or verbish(after) or after.lower in PREPOSITIONS


def _after_and(subject: Mention) -> Mention | None:
    """The name after the last `and` of a phrase, when a name follows it alone."""
    k = max((k for k, t in enumerate(subject.tokens) if t.lower == "and"), default=None)
    rest = subject.tokens[k + 1:] if k is not None else ()
    return mention_of(list(rest)) if rest and all(t.is_capitalised for t in rest) else None


def _thing_opening(tokens, end: int, start: int) -> bool:
    """The words before `end` are a noun phrase that opens the sentence and names a thing, not a
    person: `A key reason` (for answering …), not `Smith, famous`."""
    phrase = np_backward(tokens, end, start)
    head = phrase.tokens[-1] if phrase is not None else None
    return head is tokens[end - 1] and phrase.tokens[0] is tokens[start] and not head.is_capitalised \
        and not people_word(head.lower)


def _object_before_for(tokens, c, start) -> Mention | None:
    """The object of the verb before `for` and the participle at `c` (`scolded Romney for suggesting`,
    `praised the senator for calling`): the one who did it, whom the verb blames or praises."""
    obj = np_backward(tokens, c - 1, start) if c - 2 > start and tokens[c - 2].is_word else None
    first = index_of(tokens, obj.tokens[0], start, c) if obj is not None else None
    if first is None or first <= start or obj.tokens[-1] is not tokens[c - 2]:
        return None
    verb = tokens[first - 1]
    return obj if verb.is_word and not verb.is_capitalised and past_tense(verb.lower) else None


def _named_by_others(tokens, c, start) -> bool:
    """`Geoffrey Hinton, dubbed the "godfather of AI",`: a naming verb's past participle set off after a name,
    a name others give the one named (not `he paused, called it "…"`: an object, an active verb)."""
    k = c - 1
    while k > start and is_adverb(tokens[k]):
        k -= 1  # `, often dubbed`
    return tokens[c].lower in _PASSIVE_NAMING and k > start and tokens[k].text == "," \
        and tokens[k - 1].is_capitalised and c + 1 < len(tokens) \
        and (tokens[c + 1].is_quote or tokens[c + 1].lower in ("the", "a", "an", "as"))


_PASSIVE_NAMING = {"dubbed", "nicknamed", "labelled", "labeled", "branded", "called", "named", "hailed", "described",
                   "billed", "touted"}  # (`, hailed as "…"`, `, described as the "…"`)


def _participle_subject(tokens, c, start, depth) -> Mention | None:
    """`Ryan saying`, `with McCain calling it` have their own subject; `…, saying` and
    `emailed supporters saying` take the subject of the sentence's first finite verb."""
    first = start + 1 if start + 1 < c and tokens[start].lower in ("and", "but", "yet") else start
    if all(t.lower in SUBORDINATORS or t.lower in PREPOSITIONS for t in tokens[first:c]):
        return _main_subject_after(tokens, c)  # `And in explaining why …, Clinton described`
    if tokens[c - 1].lower in _GERUND_OPENERS:
        return None  # `The theory is that talking to the public … is better`: a gerund, no one talking
    described = _described_with(tokens, c, start)
    if described is not None:  # `…, with a spokesperson saying`; `with many saying`, `with a
        return described[0]  # blackboard reading`: no one the text names
    named = _named_with(tokens, c, start)
    if named is not None:
        return named  # `The rally ended with Donald Trump calling the deal "…"`: the name the participle follows
    before = tokens[c - 1]
    if before.lower == "and" and tokens[c].lower.endswith("ing"):  # (not `held signs reading "…" and chanted`)
        joined = _joined_participle(tokens, c, start)
        if joined is not None:  # `with Donald Trump tweeting that it was a "disaster" … and asking`
            return _participle_subject(tokens, joined, start, depth + 1)
    blamed = _object_before_for(tokens, c, start) if before.lower == "for" else None
    if blamed is not None:
        return blamed  # `Priebus scolded Romney for suggesting that immigrants should "self-deport"`: Romney's
    seen = _seen_acting_by(tokens, c, start) if before.lower == "by" else None
    if seen is not None:
        return seen  # `she watches Mr. Sanders thrill audiences by exhorting them …`: Sanders exhorts
    if before.lower in SENT_TEXTS or before.lower in _SENT_ALSO:
        sent = next((v for v in range(c - 2, max(start, c - _SENT_REACH) - 1, -1) if is_finite_verb(tokens, v)), None)
        found = np_backward(tokens, sent, start) if sent is not None else None
        if found is not None and _could_be_a_subject(found):  # `Jurors heard the defendant had sent a message
            return found  # saying`: the sender's words, not the sentence's subject's
    if before.lower == "for":
        nearest = next((v for v in range(c - 2, start, -1) if is_finite_verb(tokens, v)), None)
        found = cue_subject(tokens, nearest, start, depth + 1) if nearest is not None else None
        if found is not None:  # `…, where he appeared at a hearing … for saying that …`: who the nearest
            return found  # verb's clause is about
        if nearest is None and _thing_opening(tokens, c - 1, start):
            return None  # `A key reason for answering "yes" is …`: a gerund in the subject, no one's answer
    if before.is_word and before.lower not in PREPOSITIONS:
        own = _after_of(np_backward(tokens, c, start))
        if own is not None and not _could_be_a_subject(own):
            own = None  # `he had been reluctant saying`, `McFadden makes claims …, saying`
        first = index_of(tokens, own.tokens[0], start, c) if own else None
        if first is not None and first > start and tokens[first - 1].lower in OPENING_CLAUSES \
                and any(past_tense(t.lower) for t in tokens[first + len(own.tokens):c]):
            own = first = None  # `a memo was released as the polls closed stating`: the memo states
        if own is not None and own.tokens[-1] is before and before.lower in INSCRIBED:
            opening = max((k for k, t in enumerate(own.tokens) if t.lower in DETERMINERS), default=len(own.tokens) - 1)
            if own.tokens[opening].lower in QUANTIFIERS and opening + 2 < len(own.tokens) \
                    and past_tense(own.tokens[opening + 1].lower):
                opening += 2  # `Many carried placards reading`: the quantifier the carriers, the placards after
            return mention_of(list(own.tokens[opening:]))  # `wore a campaign hat reading "…"`, `hold banners
            # proclaiming "…"`: the words are on it
        if first is not None and first - 2 >= start and tokens[first - 1].lower == "from" \
                and (tokens[first - 2].lower in SENT_TEXTS or tokens[first - 2].lower in _SENT_ALSO):
            opening = first - 3 if first - 3 >= start and tokens[first - 3].lower in DETERMINERS else first - 2
            return mention_of(list(tokens[opening:first + len(own.tokens)]))  # `received a letter from Tom Brown
            # saying`: the letter's words, his
        if first is not None and (not _is_object(tokens, first, start) or tokens[first - 1].lower in _SHOWING_WITH
                                  or tokens[first - 1].lower == "of" and not _a_place(own)
                                  or _inverted_cue_before(tokens, first, start)):
            return own  # `The documentary showed Mr Nattrass telling`: who is shown speaking; `…, says a
            # report highlighting`: who says it
    relative = _after_relative_aside(tokens, c, start)
    if relative is not None:
        return relative  # `reported that Beattie, who seemed unrepentant after the match, insisting Gallas "…"`
    shown = _shown_before_aside(tokens, c, start) or _seen_doing_before(tokens, c, start)
    if shown is not None:
        return shown  # `showed Mr Nattrass, apparently talking about the EU, telling the meeting`
    absolute = _with_subject(tokens, c, start) or _where_subject(tokens, c, start)
    if absolute is not None:
        return absolute  # `The trouble began …, with Maria Hutchings marching up to him, saying`
    main = _main_clause_start(tokens, start, c)
    for k in range(c - 1, max(start, main - 1), -1):  # `…, Spicer said, adding`, not `In off-air comments, X …`
        if tokens[c - 1].text == "," and _inverted_cue_before(tokens, k + 1, start):
            inverted = np_forward(tokens[k + 1:c - 1])  # `…, says Jo Grady, calling it "…"`: Grady
            if inverted is not None and inverted.tokens[-1] is tokens[c - 2]:
                return inverted
        if cue_at(tokens, k) and not tokens[k].lower.endswith("ing") and tokens[k - 1].lower != "to" \
                and not _participle_after_an_object(tokens, k, start) \
                and not (tokens[c - 1].text == "," and _owned_or_determined(tokens[k - 1])):
            # not `messages later deemed "…", saying`, nor `dismissed Farage's claim, adding`: a noun, no verb, before
            # a participle set off (but `Mr. Clinton's remark in 2008 describing …`: the remark's own participle)
            found = cue_subject(tokens, k, start, depth + 1)
            if found and not _in_restrictive_relative(tokens, found, start, c):
                return found
    v = main
    while v < c:
        if is_finite_verb(tokens, v) and not _in_participle_aside(tokens, start, v, c):
            found = cue_subject(tokens, v, start, depth + 1)
            closing = _closing_relative_comma(tokens, found, start, c)
            if closing is not None:  # `Sanders, who wasn't present, has toned down …, admitting`: the main
                found = cue_subject(tokens, closing + 1, start, depth + 1) if is_finite_verb(  # verb's subject
                    tokens, closing + 1) else None
                return found or sentence_subject(tokens, start, c)
            if found:
                return found
        v += 1
    return (sentence_subject(tokens, start, c) or _elided_subject(tokens, start, c)
            or _subject_after_be(tokens, start, c))


def _owned_or_determined(before: Token) -> bool:
    """An owner or an article before a word, which makes it a noun: `Farage's claim`, `the remark`."""
    return before.is_possessive or before.lower in ARTICLES_AND_POSSESSIVES


def _in_restrictive_relative(tokens, found: Mention, start: int, c: int) -> bool:
    """Whether `found` is the `who` of a relative clause with no comma before it, set off from the
    participle at `c` by a comma: `Trump was defensive about an architect who said he was stiffed,
    saying "…"` is Trump's participle, not the architect's (but `Chris Rock, who whipped up a storm
    …, calling` is Rock's, and `adding` goes on with what the relative's subject said)."""
    if len(found.tokens) != 1 or found.tokens[0].lower != "who" or tokens[c - 1].text != "," \
            or tokens[c].lower in ("adding", "continuing"):
        return False  # but `a witness who said she saw the car, adding that it was "red"`: hers, going on
    k = index_of(tokens, found.tokens[0], start, c)
    return k is not None and k > start + 1 and tokens[k - 1].is_word and not tokens[k - 1].is_capitalised


def _subject_after_be(tokens, start: int, c: int) -> Mention | None:
    """`Among them were blogs carrying picture messages, saying "…"`: after a phrase of place that
    opens the sentence, the subject follows `was` or `were`, `is` or `are`."""
    if start >= c or tokens[start].lower not in PREPOSITIONS:
        return None
    be = next((k for k in range(start + 1, c) if tokens[k].lower in FINITE_BE), None)
    if be is None or not all(t.is_word for t in tokens[start:be]):
        return None
    end = next((k for k in range(be + 1, c) if not tokens[k].is_word or tokens[k].lower.endswith("ing")), c)
    return np_forward(tokens[be + 1:end]) or (mention_of(tokens[be + 1:end]) if 0 < end - be - 1 <= 3 else None)


_ADDRESSING = {"told", "tells", "asked", "asks", "urged", "urges", "warned", "warns", "reminded", "reminds",
               "assured", "assures"}
_TELLING = _ADDRESSING | {"tell", "telling", "informed", "informs"}  # verbs whose object a `that` clause may follow


def _contrasted_speaker(tokens, c: int, qi: int) -> Attribution | None:
    """A clause that `but`, `while` or `whereas` sets against the cue's (`… but critics fear …`),
    its subject speaking or fearing before the quotation: that clause holds the quotation."""
    for k in range(qi - 2, c + 1, -1):
        if tokens[k].lower not in _CONTRASTS:
            continue
        v = next((j for j in range(k + 2, min(qi, k + 2 + _CONTRASTED_WORDS))
                  if not tokens[j].is_capitalised and (tokens[j].lower in CUE_FORMS or tokens[j].lower in _FEARING)),
                 None)
        end = v
        while end is not None and end > k + 1 and (tokens[end - 1].lower in AUXILIARIES or is_adverb(tokens[end - 1])):
            end -= 1
        subject = mention_of(list(tokens[k + 1:end])) if end is not None and end > k + 1 else None
        if subject is None or not all(t.is_word for t in tokens[k + 1:end]) or _a_thing(subject):
            return None
        return Attribution(tokens[v].text, subject, "before")
    return None


_CONTRASTED_WORDS = 5  # `but many Labour backbenchers fear`
_CONTRASTS = {"but", "while", "whereas"}
_FEARING = {"fear", "fears", "feared", "worry", "worries", "worried", "believe", "believes", "think", "thinks"}


def _after_relative_aside(tokens, c, start) -> Mention | None:
    """A participle right after a relative clause set off by commas goes on that clause: its
    subject is the relative's antecedent (`Beattie, who seemed unrepentant, insisting`), unless
    that is an object."""
    if c - 1 <= start or tokens[c - 1].text != ",":
        return None
    who = _relative_set_off(tokens, c - 2, start, ("who",))
    if who is None or who - 1 <= start:
        return None
    found = np_backward(tokens, who - 1, start, relative_at=True)
    if found is None or found.tokens[-1] is not tokens[who - 2]:
        return None
    first = index_of(tokens, found.tokens[0], start, who)
    if first is None or _is_object(tokens, first, start):
        return None  # not `weighed in on … manager, who allegedly assaulted a reporter, calling`: the subject calls
    return Mention(tokens[who].start, tokens[who].end, (tokens[who],), found)


def _elided_subject(tokens, start: int, c: int) -> Mention | None:
    """`Mr Blair told BBC News he had not read it. But told BBC News: "…"`: a sentence that opens
    with `but` or `and` and the verb, its subject left out, goes on with the sentence before's;
    unless the subject follows a verb that takes no one as object (`But added Mr Howard, "…"`)."""
    if not (start < c and tokens[start].lower in ("but", "and", "yet")
            and all(t.lower in AUXILIARIES for t in tokens[start + 1:c])):
        return None  # `And also said`, not `And the crowd said`
    after = tokens[c + 1] if c + 1 < len(tokens) else None
    if after is not None and (after.is_capitalised or after.lower in ARTICLES) \
            and tokens[c].lower not in _ADDRESSING:
        return np_forward(tokens[c + 1:])
    previous = sentence_start(tokens, start - 1) if start > 0 else None
    return sentence_subject(tokens, previous, start - 1) if previous is not None else None


def _inverted_cue_before(tokens, first: int, start: int) -> bool:
    """A say set off by a comma stands before its subject at `first`: `…, says a report`; not
    `The RNC, in its daily media summary Monday, emailed a news article`."""
    return first - 2 >= start and tokens[first - 2].text == "," and tokens[first - 1].lower in ("says", "said")


def _closing_relative_comma(tokens, found: Mention | None, start: int, c: int) -> int | None:
    """The comma (or dash) that closes a relative clause set off by commas (`Sanders, who wasn't
    present,`), when `found` is its relative pronoun and a verb follows that mark before `c`."""
    if found is None or found.tokens[0].lower not in ("who", "which") or found.antecedent is None:
        return None
    r = index_of(tokens, found.tokens[0], start, c)
    if r is None or r - 1 < start or not (tokens[r - 1].text == "," or tokens[r - 1].text in DASHES):
        return None  # `The lawyer who ran three marathons … is talking`: no aside
    marks = (",",) if tokens[r - 1].text == "," else DASHES  # `Gov. Chris Christie — who is being vetted … —`
    closing = next((k for k in range(r + 1, c) if tokens[k].text in marks), None)
    return closing if closing is not None and closing + 1 < c else None


_GERUND_OPENERS = {"that", "whether", "because"}


def _joined_participle(tokens, c, start) -> int | None:
    """The speech participle that `and` joins the one at `c` to, earlier in the sentence; not one a text bears (`holding
    a sign reading "…" and shouting`: who holds it shouts)."""
    return next((k for k in range(c - 2, start, -1) if tokens[k].lower.endswith("ing") and cue_at(tokens, k)
                 and tokens[k - 1].bare.lower() not in INSCRIBED), None)


def _described_with(tokens, c, start) -> tuple[Mention | None] | None:
    """An absolute phrase whose subject, just before the participle, is lowercase words: (the
    subject) when it is someone who may speak (`with a spokesperson saying`), (None,) when not
    (`with many saying`, `with a blackboard reading`); None for no such phrase."""
    for k in range(c - 1, max(start, c - 4) - 1, -1):
        tok = tokens[k]
        if tok.lower == "with":
            if k == c - 1:
                return None
            subject = mention_of(tokens[k + 1:c])
            head = subject.tokens[-1] if subject is not None else None
            speaks = head is not None and (speaking_head(head) or people_word(head.bare) or _a_voice(subject.tokens))
            return (subject if speaks else None,)  # `with a voice over saying`: the ad's voice speaks
        if not tok.is_word or tok.is_capitalised:
            return None
    return None


def _named_with(tokens, c, start) -> Mention | None:
    """TV Guide in `with America's TV Guide magazine describing`, `with TV Guide describing`: the
    name between `with` and the participle at `c`."""
    w = next((k for k in range(c - 1, max(start, c - _WITH_NAME_WORDS) - 1, -1) if tokens[k].lower == "with"), None)
    name, end = _name_after_with(tokens, w, c) if w is not None else (None, w)
    return name if end == c else None


def _name_after_with(tokens, w: int, limit: int) -> tuple[Mention | None, int]:
    """The name after `with` at `w` (past an owner before it, `America's`, and with a word for what
    it names after it, `magazine`), and where it ends; (None, w) for none."""
    first = w + 1
    while first < limit and tokens[first].is_possessive and tokens[first].is_capitalised:
        first += 1
    end = first
    while end < limit and tokens[end].is_capitalised and tokens[end].is_word:
        end += 1
    if end == first:
        return None, w
    name = mention_of(tokens[first:end])
    if end < limit and tokens[end].lower in LABELS:
        end += 1  # `magazine`
    return name, end


_WITH_NAME_WORDS = 7  # `with` and the name before the participle: `with America's TV Guide magazine`


def _a_voice(toks) -> bool:
    """`a voice over`, `a voiceover`, `the narrator`: who speaks in an ad or a film."""
    words = [t.lower for t in toks]
    return words[-1] in _VOICES or words[-2:] == ["voice", "over"]


_VOICES = {"voice", "voiceover", "voice-over", "narrator", "announcer"}


def _where_subject(tokens, c, start) -> Mention | None:
    """`Clinton spoke near the hotel, where about 50 protesters had gathered, chanting`, `an ad in
    which children use a Trump figure to bash in a dollhouse, yelling`: the people a `where` (`in
    which`) clause just before the participle's comma is about."""
    if c < 2 or tokens[c - 1].text != ",":
        return None
    k = next((k for k in range(c - 2, max(start, c - 16), -1) if _where(tokens, k) or tokens[k].text == ","), None)
    if k is None or not _where(tokens, k):
        return None
    verb = next((v for v in range(k + 2, c - 1) if is_finite_verb(tokens, v)), None)
    if verb is None:  # `children use`: a plain present
        verb = next((j + 1 for j in range(k + 1, min(c - 1, k + 4)) if people_word(tokens[j].bare)), None)
    subject = mention_of(tokens[k + 1:verb]) if verb is not None and verb - k <= 5 else None
    return subject if subject is not None and people_word(subject.tokens[-1].bare) else None


_SHOWING = {"showed", "shows", "shown", "show", "depicts", "depicted", "features", "featured", "heard", "saw",
            "sees", "filmed", "caught", "captured", "recorded", "pictured"}
_SHOWING_WITH = _SHOWING | {"with"}


def _shown_before_aside(tokens, c, start) -> Mention | None:
    """The name a showing verb takes, before an aside that closes with the comma before the
    participle at `c`: `showed Mr Nattrass, apparently talking about the EU, telling`."""
    if c < 2 or tokens[c - 1].text != ",":
        return None
    opening = next((k for k in range(c - 2, max(start, c - _ASIDE_WORDS) - 1, -1) if tokens[k].text == ","), None)
    if opening is None:
        return None
    named = name_before(tokens, opening, start)
    first = index_of(tokens, named.tokens[0], start, opening) if named is not None else None
    return named if first is not None and first > start and tokens[first - 1].lower in _SHOWING else None


_ASIDE_WORDS = 10


def _seen_doing_before(tokens, c, start) -> Mention | None:
    """The name a verb of seeing or remembering takes, doing something before the comma of the
    participle at `c`: `to remember President Jimmy Carter going on TV on April 18, 1977, declaring`."""
    if c < 2 or tokens[c - 1].text != ",":
        return None
    for k in range(c - 2, max(start, c - _ASIDE_WORDS - 4) - 1, -1):
        if is_finite_verb(tokens, k) or tokens[k].is_quote:
            return None
        if tokens[k].lower.endswith("ing") and k > start and tokens[k - 1].is_capitalised:
            named = name_before(tokens, k, start)
            first = index_of(tokens, named.tokens[0], start, k) if named is not None else None
            return named if first is not None and first > start and tokens[first - 1].lower in _SEEING else None
    return None


def _seen_acting_by(tokens, c, start) -> Mention | None:
    """The name a verb of seeing takes before a bare verb whose means `by` and the participle at `c`
    give: `she watches Mr. Sanders thrill young audiences by exhorting them`."""
    for k in range(c - 3, start, -1):
        if tokens[k - 1].lower in _SEEING and tokens[k].is_capitalised:
            end = next((j for j in range(k, c) if not tokens[j].is_capitalised), c)
            act = tokens[end] if end < c - 1 else None
            if act is not None and act.is_word and act.lower not in PREPOSITIONS \
                    and not act.lower.endswith(("ing", "ed")) and act.lower not in AUXILIARIES:
                return mention_of(tokens[k:end])
            return None
    return None


_SEEING = _SHOWING | {"remember", "remembers", "remembered", "recall", "recalls", "recalled", "watched", "watch",
                      "watches", "imagine", "picture"}


def _where(tokens, k) -> bool:
    return tokens[k].lower == "where" or tokens[k].lower == "which" and k > 0 and tokens[k - 1].lower in ("in", "at")


def _with_subject(tokens, c, start) -> Mention | None:
    """Maria Hutchings in `…, with Maria Hutchings marching up to him, saying`: the named subject of
    an absolute phrase (`with` X -ing) just before the participle's comma."""
    if c < 2 or tokens[c - 1].text != ",":
        return None
    for k in range(c - 2, max(start, c - 14) - 1, -1):
        if tokens[k].text in (",", ";") or tokens[k].is_quote:
            break
        if tokens[k].lower == "with":
            name, end = _name_after_with(tokens, k, c)
            if name is not None and end < c and tokens[end].lower.endswith("ing") and tokens[end].lower not in (
                    PREPOSITIONS | ING_PREPOSITIONS):  # not `clashed with Johnson during the hearing`
                return name
            return None
    return None


def _a_place(own: Mention) -> bool:
    """`an invasion of the country` before `saying`: no one who says it (but `footage of Trump`,
    `54% of companies`, `a series of stories` are)."""
    head = own.tokens[-1].bare.lower()
    return head in PLACES or head in PLACE_NOUNS


def _could_be_a_subject(own: Mention) -> bool:
    """A name, a pronoun, a phrase with an article or a possessive, or a word for someone or
    something that speaks; not an adjective or a verb (`reluctant`, `makes`)."""
    head, first = own.tokens[-1], own.tokens[0]
    return (head.is_capitalised or head.lower in _PRONOUNS or first.lower in DETERMINERS or first.is_possessive
            or speaking_head(head) or head.bare.lower() in NOT_HUMAN or plural(head.lower))


_PRONOUNS = SPEAKER_PRONOUNS | {"who", "which"}


def _after_of(own: Mention | None) -> Mention | None:
    """`footage of Trump` before `saying`: Trump, who does the saying; so is the name after `with` in
    `their publication with election coordinator Alan Milburn accusing`."""
    if own is None:
        return None
    cut = max((k for k, t in enumerate(own.tokens) if t.lower in ("of", "with")), default=None)
    if cut is None or cut == 0 or cut + 1 >= len(own.tokens):
        return own
    named = own.tokens[cut + 1] if own.tokens[cut].lower == "of" else own.tokens[-1]  # `with election coordinator …`
    if not named.is_capitalised:
        return own
    if own.tokens[cut - 1].is_capitalised:
        return own  # `Secretary of State John Kerry saying`
    return mention_of(list(own.tokens[cut + 1:])) or own


def _subject_up_to_verb(tokens, k) -> Mention | None:
    """`Smith walked out`: the words from `k` to the first finite verb within a few, read as its
    subject, where the noun-phrase reader ran on into a verb it does not know as a break."""
    v = next((j for j in range(k + 1, min(len(tokens), k + _SUBJECT_WORDS + 1))
              if not tokens[j].is_word or is_finite_verb(tokens, j)), None)
    if v is None or not tokens[v].is_word:
        return None
    return subject_before(tokens[k:], v - k)


_SUBJECT_WORDS = 5  # words a subject found up to its verb may have: `the former Texas state senator`


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
            subject = np_forward(tokens[k:]) or _subject_up_to_verb(tokens, k)
            after = index_of(tokens, subject.tokens[-1], k, len(tokens)) if subject else None
            if after is not None:
                v = after + 1
                while v < len(tokens) and is_adverb(tokens[v]):
                    v += 1  # `the pope again demonstrated`
                if v < len(tokens) and (is_finite_verb(tokens, v) or cue_at(tokens, v)):
                    return subject
            if is_comma(tok):
                return None
    return None


_ASIDES = {"though", "however", "too", "also", "then", "still"}


def _main_clause_start(tokens, start, c) -> int:
    """Past an opening subordinate clause or phrase: `As the crowd began to chant, Silverman …`,
    `Amid calls to …, Walsh …`, `Later in unguarded, off-air comments, Kilroy-Silk …` (the comma
    that a name, a pronoun or a determiner follows)."""
    first = start + 1 if start + 1 < c and tokens[start].lower in _LEADING_ADVERBS else start
    timed = next((k + 1 for k in range(first + 1, min(c - 1, first + 4)) if tokens[k].text == ","), None)
    if timed is not None and tokens[timed].lower in SUBORDINATORS:
        first = timed  # `Last month, when I asked Sanders …, he looked … and said`
    if tokens[first].lower not in SUBORDINATORS and tokens[first].lower not in PREPOSITIONS:
        return start
    comma = next((k for k in range(first, c - 1) if tokens[k].text == "," and _opens_a_subject(tokens[k + 1])), None)
    return comma + 1 if comma is not None else start


def _opens_a_subject(tok) -> bool:
    return tok.is_capitalised or tok.lower in DETERMINERS or tok.lower in SPEAKER_PRONOUNS


_LEADING_ADVERBS = {"later", "earlier", "then", "but", "and", "meanwhile", "also", "even", "just", "shortly", "soon",
                    "long", "right", "only"}


def _adjoins(tokens, c, subject: Mention) -> bool:
    """The subject stands right before the verb, auxiliaries, adverbs and an aside that opens
    with a past participle (`…, and obtained by AP, concluded`) aside."""
    i = c - 1
    while i >= 0 and (tokens[i].lower in AUXILIARIES or is_adverb(tokens[i])):
        i -= 1
    if i > 0 and tokens[i].text == ",":
        opening = next((k for k in range(i - 1, max(0, i - ASIDE_REACH) - 1, -1) if tokens[k].text == ","), None)
        participle = opening + 1 if opening is not None and tokens[opening + 1].lower == "and" else opening
        if opening is not None and participle + 1 < i and tokens[participle + 1].lower.endswith("ed") \
                and not tokens[participle + 1].is_capitalised:
            i = opening - 1
    return i >= 0 and tokens[i] is subject.tokens[-1]


def _right_before(tokens, c, subject: Mention) -> bool:
    """The subject stands right before the verb, adverbs aside but no auxiliary (`Collins later told`, not
    `Collins was told`)."""
    i = c - 1
    while i > 0 and is_adverb(tokens[i]) and tokens[i].lower not in FORMS_OF_BE:
        i -= 1
    return tokens[i] is subject.tokens[-1]


def _spoken_to_before(tokens, c: int, start: int) -> Mention | None:
    """`People we spoke to said`, `Residents the BBC spoke to said`, `Everyone I interviewed said`: the phrase
    before a relative clause with no `who` or `that`, whose own subject spoke to or met them, right before the cue;
    the people spoken to speak."""
    verb = c - 2 if c - 2 > start and tokens[c - 1].lower in ("to", "with") \
        and tokens[c - 2].lower in _SPOKE_WITH else c - 1 if tokens[c - 1].lower in _MET else None
    if verb is None or verb - 1 <= start or not cue_at(tokens, c):
        return None
    j = verb - 1
    if tokens[j].lower not in _ASKERS:
        while j > start and tokens[j].is_capitalised and tokens[j].is_word:
            j -= 1  # `the BBC`, `Sky News`
        if j == verb - 1 or tokens[j].lower != "the":
            return None
    phrase = tokens[start:j]
    if not phrase or not all(t.is_word for t in phrase) or tokens[j - 1].lower in ("that", "who", "whom"):
        return None
    return mention_of(phrase)


_SPOKE_WITH = {"spoke", "spoken", "talked", "chatted", "speak", "talk"}
_MET = {"interviewed", "met", "surveyed", "polled", "contacted", "questioned"}
_ASKERS = {"we", "i", "they", "you", "he", "she"}


def _is_object(tokens, first, start) -> bool:
    """A noun phrase right after a verb or a preposition is its object, not a subject (`after`,
    `since`, `as` may open a clause instead)."""
    if first <= start:
        return False
    before = tokens[first - 1]
    if tokens[first].text[:1].isdigit() and before.lower in APPROXIMATORS:
        return first - 1 > start and _is_object(tokens, first - 1, start)
    return (before.lower in _PLAIN_PREPOSITIONS or is_finite_verb(tokens, first - 1)
            or before.lower in _VERB_PARTICLES and first - 2 >= start and is_finite_verb(tokens, first - 2)
            # `Sanders started out their ninth debate saying`: a phrasal verb's object
            or first - 2 >= start and tokens[first - 2].lower == "to" and before.is_word and not before.is_capitalised
            and before.lower not in _NOT_INFINITIVES and not before.lower.endswith("ly"))
    # `tries to turn the interruptions to his advantage, …, shouting`: an infinitive's object


_HEARING = KNOWING | {"heard", "hears", "learned", "learnt", "found", "finds", "understood", "believed"}  # `The court
# heard Carter had told police`, `The BBC understands Tom Brown called …`: what it heard, a clause with a subject of
# its own
_NOT_INFINITIVES = PREPOSITIONS | DETERMINERS | {"what", "which", "who", "whom", "whose", "where", "when", "how", "why"}


_VERB_PARTICLES = {"out", "up", "off", "down", "back", "over"}
_UTTERED = {"told", "tells", "shouted", "yelled", "screamed", "shrieked", "cried", "chanted", "whispered", "muttered",
            "mumbled", "bellowed", "roared", "hollered", "texted", "messaged", "tweeted"}  # what one in a clause said
# aloud or sent, its own subject's words (`Tom Brown said the officer shouted "…"`)
_SAYING_A_CLAUSE = {"said", "says", "claimed", "claims", "alleged", "alleges", "heard", "hears"}  # a clause follows


_CLAUSE_OPENERS = {"after", "before", "since", "until", "as", "like", "than"}
_PLAIN_PREPOSITIONS = frozenset(PREPOSITIONS - _CLAUSE_OPENERS)  # made once, not per call


def _inverted_cue(tokens, start, qi) -> Attribution | None:
    """`Said Comey, "…"` / `As The Post's Dana Milbank puts it, "…"`."""
    first = tokens[start] if start < qi else None
    lemma = CUE_FORMS.get(first.lower) if first is not None and first.is_capitalised else None
    if lemma in _OPENING_CUES and not first.lower.endswith("ing") and first.lower != lemma:  # not `Saying Britain
        # must change, Mr Howard …`, `State Sen. Lee Bright`
        mention = np_forward(tokens[start + 1:qi])
        end = index_of(tokens, mention.tokens[-1], start + 1, qi) if mention else None
        # `Continued Stone: "…"`, `Observes Mr Hadi: "…"`; not `Continued growth is …`
        closed = end is not None and (tokens[end + 1].text in (":", ",") or tokens[end + 1].is_quote)
        if mention and mention.tokens[0].is_capitalised and (lemma in ("say", "add", "write") or closed):
            return Attribution(first.text, mention, "before")
    for c in range(start, qi - 1):
        if tokens[c].lower in ("put", "puts") and tokens[c + 1].lower == "it" and c > start \
                and not _put_to_someone(tokens, c, qi):
            subject = np_backward(tokens, c, start + (tokens[start].lower == "as"))
            return Attribution(tokens[c].text + " it", subject, "before") if subject else None
    return None


def _put_to_someone(tokens, c: int, qi: int) -> bool:
    """`When I put it to him that …, he said`: `put it to` someone and a `that` clause, a suggestion made
    to them, not `as one aide put it`."""
    return c + 2 < qi and tokens[c + 2].lower == "to" and any(t.lower == "that" for t in tokens[c + 3:qi])


_OPENING_CUES = {"say", "add", "write", "continue", "observe", "explain", "note", "warn", "insist", "argue", "reply",
                 "recall", "quip", "declare", "state", "remark", "comment", "exclaim", "conclude"}  # `Stated Stone:`


def described_speakers(tokens: list[Token]) -> tuple[list[Mention], list[Mention]]:
    """The people a paragraph reports as speaking outside its quotations by a description, not a
    name: those described with `a` (`A Home Office spokeswoman said the plans …`), who a later
    `she said` may be, and those described with `the` (`The official said …`), who may be someone
    named before."""
    roles = [i for i, tok in enumerate(tokens) if tok.lower in _ROLE_HEADS and not tok.is_capitalised and i and (
        _new_person(tokens, i) if tok.lower in _PERSON_WORDS  # `one voter`, `a woman`
        else any(t.lower in ARTICLES or t.lower in ("one", "our") for t in tokens[max(0, i - _ROLE_REACH):i])
        or _owned_voice(tokens[max(0, i - _VOICE_MODIFIERS - 1):i + 1]))]
    new: list[Mention] = []
    definite: list[Mention] = []
    if not roles:
        return new, definite  # most paragraphs: no `a spokesman` to look for
    for c, tok in enumerate(tokens):
        if tok.is_quote or tok.is_capitalised or not any(c - _CUE_REACH <= i < c for i in roles):
            continue
        if not cue_at(tokens, c) and not _spokesperson_acts(tokens, c, roles):
            continue
        subject = cue_subject(tokens, c, sentence_start(tokens, c))
        if subject is None or _beside_a_name(tokens, subject):
            continue
        if _a_described_person(subject.tokens, ("a", "an", "one")) or _someones_spokesperson(subject.tokens) \
                or _owned_voice(subject.tokens):
            new.append(subject)
        elif _a_described_person(subject.tokens, ("the", "our")):
            definite.append(subject)  # `The official said`, `Our correspondent said`: someone named before
    new += filter(None, (_according_to_described(tokens, i) for i in roles))
    definite += filter(None, (_asked_described(tokens, i) for i in roles))
    return sorted(new, key=lambda m: m.start), sorted(definite, key=lambda m: m.start)


def _asked_described(tokens, role: int) -> Mention | None:
    """`When the BBC asked the minister whether she would resign, she said`: the one described with `the` whom a
    question is put to, who answers, if a he or she in the question stands for them."""
    if role < 3 or tokens[role - 1].lower != "the" or tokens[role - 2].lower not in ASKING \
            or role + 2 >= len(tokens) or tokens[role + 1].lower not in ("whether", "if", "why", "how") \
            or tokens[role + 2].lower not in ("he", "she"):
        return None
    return mention_of(tokens[role - 1:role + 1])


def asked_one(tokens, mention: Mention) -> bool:
    """Whether a question is put to the one `mention` describes (`asked the minister`): `_asked_described`'s."""
    k = next((i for i, tok in enumerate(tokens) if tok.start == mention.start), 0)
    return k > 0 and tokens[k - 1].lower in ASKING


def _according_to_described(tokens, role: int) -> Mention | None:
    """`according to an ntl spokesman`: the person described with `a` after `according to`."""
    if role + 1 < len(tokens) and tokens[role + 1].is_word and not tokens[role + 1].is_capitalised \
            and tokens[role + 1].lower not in ("said", "says", "who"):
        return None  # the role word is no head: `according to a spokesman familiar …` reads on
    opening = next((k for k in range(role - 1, max(2, role - _ROLE_REACH) - 1, -1)
                    if tokens[k].lower in ("a", "an")), None)
    if opening is None or tokens[opening - 1].lower != "to" or tokens[opening - 2].lower != "according":
        return None
    return mention_of(tokens[opening:role + 1])


def _someones_spokesperson(toks) -> bool:
    """`The prime minister's official spokesman`: a spokesperson of someone the text names, a
    speaker as new as `a spokesman`, whom a later `he added` may be."""
    return toks[-1].lower in SPOKES_ROLES and any(t.is_possessive for t in toks[:-1]) and toks[0].lower == "the"


def _owned_voice(toks) -> bool:
    """`his barrister`, `her lawyer`, `Ms Smith's lawyer`, `his defence lawyer`, `her union representative`: who
    speaks for the person just named (or named as the owner), a speaker as new as `a lawyer`."""
    if len(toks) < 2 or toks[-1].lower not in VOICES_FOR:
        return False
    if toks[-2].is_possessive and toks[-2].is_capitalised:
        return True
    pronoun = next((k for k in range(len(toks) - 2, -1, -1) if toks[k].lower in ("his", "her", "their")), None)
    return pronoun is not None and len(toks) - pronoun - 2 <= _VOICE_MODIFIERS and all(
        t.is_word and not t.is_capitalised and t.lower not in _NOT_VOICE_MODIFIERS for t in toks[pronoun + 1:-1])


_VOICE_MODIFIERS = 2  # lower-case words between the owner and the voice: `his defence lawyer`, `her union rep`
_NOT_VOICE_MODIFIERS = frozenset({"and", "or", "said", "says", "told", "who"})  # not `his wife and lawyer`, two


def _spokesperson_acts(tokens, c, roles) -> bool:
    """`But a spokesman for the Home Office defended the proposals.`, `The Planning Minister didn't
    rule out …`: a role's verb, any verb, makes its holder the one a later he may stand for."""
    near = [i for i in roles if c - 6 <= i < c - 1 and tokens[i].lower in _ROLE_HEADS
            or i == c - 1 and tokens[i].lower in SPOKES_ROLES
            and any(t.lower in ("a", "an") for t in tokens[max(0, i - 3):i])
            or i == c - 1 and tokens[i].lower in _PERSON_WORDS and _new_person(tokens, i)
            and not _in_time_clause_of_someone(tokens, i)]  # `a voter stood up`; not `Sophie Turner was
    # travelling home when a passenger collapsed`: a clause about another, whose subject is a person acting; `A
    # Heathrow spokesperson apologised.`: one new
    return bool(near) and is_finite_verb(tokens, c) and any(
        all(t.is_word and not is_finite_verb(tokens, k) for k, t in enumerate(tokens[i + 1:c], i + 1)) for i in near)


def _in_time_clause_of_someone(tokens, i: int) -> bool:
    """Whether the person described at `i` (`a passenger`) is the subject of a time clause whose sentence opens on a
    name or a he or she (`Sophie Turner was travelling home when a passenger collapsed`; not `But that changed when
    one voter brought up immigration`)."""
    if i < 2 or tokens[i - 2].lower not in _TIME_CONJUNCTIONS:
        return False
    subject = sentence_subject(tokens, sentence_start(tokens, i - 2), i - 2)
    return subject is not None and (subject.tokens[-1].is_capitalised or subject.tokens[-1].lower in ("he", "she"))


def _past_aside(tokens: list[Token], comma: int) -> int | None:
    """The token after the comma that closes the aside the comma at `comma` opens, within reach, if it is a word in
    lowercase (the verb the aside's noun goes on to)."""
    close = next((j for j in range(comma + 2, min(len(tokens) - 1, comma + _ASIDE_TOKENS)) if tokens[j].text == ","
                  or tokens[j].text in SENTENCE_END or tokens[j].is_quote), None)
    if close is None or tokens[close].text != "," or tokens[close + 1].is_capitalised:
        return None
    return close + 1


_ASIDE_TOKENS = 12


def described_bodies(tokens: list[Token]) -> list[Mention]:
    """`The committee found …. It warned that …`, `Trump's campaign backtracked …. In cases of
    abortion, it said`: the bodies described with `the` or a possessive that open the paragraph's
    sentences outside quotations (up to two words before the head, then a verb), whom a later `it`
    may stand for; also after an opening phrase (`In a statement from Lycos Europe …, the company
    denied`), and a text described with `a` (`But a short statement … was presented. It said`).
    Not `The Islamic State has`: a name."""
    bodies: list[Mention] = []
    for i, tok in enumerate(tokens):
        a_text = tok.lower in ("a", "an") and _opens_after_conjunction(tokens, i)  # `But a short statement …`
        opens = sentence_start(tokens, i) == i or _after_opening_phrase(tokens, i)
        closing = _closing_source(tokens, i)
        if closing is not None:  # `…, a Toshiba study found. It found that …`
            bodies.append(closing)
            continue
        if not (a_text or (tok.lower == "the" or tok.is_capitalised) and opens):
            continue
        first = i if tok.lower in ("the", "a", "an") else _opening_owner(tokens, i)
        if first is None:
            continue
        for k in range(first + 1, min(len(tokens) - 1, first + 4)):
            if not tokens[k].is_word:
                break
            if tokens[k].is_capitalised:
                continue  # `The US government`: a name before the head
            head = tokens[k].bare.lower() in _TEXTS if a_text else _body_or_text(tokens[k])
            verb = k + 1 if tokens[k + 1].text != "," else _past_aside(tokens, k + 1)  # `The study, published in
            # the Lancet, found`
            if head and verb is not None and tokens[verb].is_word and tokens[verb].lower not in _NOT_VERBS \
                    and not (verb == k + 1 and not a_text and _body_or_text(tokens[verb])):  # (`The campaign group
                # said`: the head is the last body's word)
                bodies.append(Mention(tok.start, tokens[k].end, tuple(tokens[i:k + 1])))
                break
    return bodies


_NOT_VERBS = {"of", "for", "and", "or", "in", "at", "on", "to", "with"}


def read_texts(tokens: list[Token], heads=INSCRIBED | SENT_TEXTS | LEGAL_TEXTS) -> list[Mention]:
    """`a letter`, `a sign of her own`: the written things (`heads`) a paragraph names outside
    quotations, which a later `"…," it read` may stand for."""
    found = []
    for i, tok in enumerate(tokens):
        if tok.is_word and not tok.is_capitalised and tok.bare.lower() in heads:
            k = next((j for j in range(i - 1, max(-1, i - 4), -1) if tokens[j].lower in ("a", "an", "the")
                      or tokens[j].is_possessive or tokens[j].lower in POSSESSIVE_PRONOUNS), None)
            if k is not None and all(t.is_word for t in tokens[k:i]):
                found.append(Mention(tokens[k].start, tok.end, tuple(tokens[k:i + 1])))
    return found


def _closing_source(tokens, i) -> Mention | None:
    """`a Toshiba study` in `…, a Toshiba study found.`: a text that closes its sentence (or an aside:
    `If the site did return, the message said, it would …`) on a cue after a comma, whom a later
    `it` may stand for."""
    if tokens[i].lower not in ("a", "an", "the") or i == 0 or tokens[i - 1].text != ",":
        return None
    for k in range(i + 1, min(len(tokens) - 2, i + 4)):
        if not tokens[k].is_word:
            return None
        if tokens[k].bare.lower() in _TEXTS:
            closes = tokens[k + 2].text in _SENTENCE_END_OR_COMMA and cue_at(tokens, k + 1, weak=True) is not None
            return Mention(tokens[i].start, tokens[k].end, tuple(tokens[i:k + 1])) if closes else None
    return None


def _opens_after_conjunction(tokens, i) -> bool:
    """`a` that opens its sentence, or follows only `But` or `And` there."""
    start = sentence_start(tokens, i)
    return i == start or i == start + 1 and tokens[start].lower in ("but", "and")


_TEXTS = {"guidance", "guidelines", "report", "study", "survey", "statement", "document", "letter", "review",
          "inquiry", "ruling", "judgment", "judgement", "memo", "analysis", "research", "poll", "bill", "paper",
          "footnote", "message", "notice", "email", "e-mail", "post", "announcement"}


def _body_or_text(tok) -> bool:
    """`The committee`, and `the guidance` or `the report`: what a later `it` may stand for."""
    low = tok.bare.lower()
    return low in ORG_WORDS or low in BODY_NOUNS or low in _TEXTS  # `the tech giant`, `the iPhone maker`


_OPENING_PHRASE = 20  # words from a sentence's opening preposition to the comma that closes its phrase


def _after_opening_phrase(tokens, i) -> bool:
    """`the` just after the comma that closes a sentence's opening prepositional phrase."""
    if tokens[i].lower != "the" or i < 2 or tokens[i - 1].text != ",":
        return False
    start = sentence_start(tokens, i)
    return (tokens[start].lower in PREPOSITIONS and i - start <= _OPENING_PHRASE
            and not any(t.text == "," or t.is_quote for t in tokens[start:i - 1]))


def _opening_owner(tokens, i) -> int | None:
    """Where the possessive ends in a sentence opening `Trump's` or `Donald Trump's` (`its`, `their`)."""
    for k in range(i, min(len(tokens), i + 3)):
        if tokens[k].lower in ("its", "their") and k == i or tokens[k].is_possessive and tokens[k].is_capitalised:
            return k
        if not tokens[k].is_capitalised:
            return None
    return None


def _beside_a_name(tokens, described: Mention) -> bool:
    """`Ben Williamson, a researcher at Futurelab`: the description of someone just named."""
    first = index_of(tokens, described.tokens[0], 0, len(tokens))
    return first is not None and first >= 2 and tokens[first - 1].text == "," and tokens[first - 2].is_capitalised


_NOT_ITS_OWN_MODALS = {"should", "must", "ought", "can", "may", "might"}
_PERSON_WORDS = {w for w in PEOPLE if not plural(w)} - ROLE_WORDS - SPOKES_ROLES - EPITHET_HEADS  # `voter`, `woman`
_ROLE_HEADS = ROLE_WORDS | SPOKES_ROLES | EPITHET_HEADS | _PERSON_WORDS  # `the French international defender`,
# `one voter`
_ROLE_REACH = 8  # words from `a` to the role: `A Department for Work and Pensions spokeswoman`
_CUE_REACH = 20  # words from the role to its cue: `a spokesman for X, which represents …, said`


def _new_person(tokens, i) -> bool:
    """`a voter`, `one local resident`: a person the text has not met, after `a`, `an` or `one`."""
    return any(t.lower in ("a", "an", "one") for t in tokens[max(0, i - 3):i])


def _a_described_person(toks, articles) -> bool:
    """`a senior official`, `A Home Office spokeswoman`, `a spokesman for the British Casino
    Association`: someone named by a role alone, after one of the `articles`."""
    if len(toks) < 2 or toks[0].lower not in articles:
        return False
    k = next((i for i, t in enumerate(toks) if t.lower in AFFILIATIONS), len(toks))
    return any(not head.is_capitalised and head.lower in _ROLE_HEADS for head in (toks[-1], toks[k - 1]))


_PLEADING = {"pleaded", "pled", "pleads", "plead", "pleading"}
_PASSIVE_ASKING = {"asked", "told", "questioned", "pressed", "shown", "given"}  # `Voters were asked: "…"`: not theirs


def _having_a_thing(tokens, k: int, qi: int) -> bool:
    """`had a simple message`: `have` as the sentence's own verb, an article or a possessive after it."""
    return tokens[k].lower in _HAVING and k + 1 < qi and tokens[k + 1].lower in ARTICLES_AND_POSSESSIVES


_HAVING = {"has", "had", "have"}


def by_subject(tokens: list[Token], qi: int) -> Attribution | None:
    """No cue: a sentence whose subject names someone and whose predicate holds the quotation."""
    start = sentence_start(tokens, qi)
    inverted = _inverted_opening(tokens, start, qi)
    if inverted is not None:
        return inverted  # `Said the Pew report: "…"`
    if _a_text_is(tokens, start, qi):
        return Attribution(tokens[qi - 2].text, None, "passive")  # `The proposed question is: "…"`: no one's words
    dashed = _dashed_after_time_clause(tokens, start, qi) or _dashed_after_saying(tokens, start, qi)
    if dashed is not None:
        return dashed  # `When Trump finally wrapped up — "…" — the balloons cascaded down`; `The words of Martin
        # Luther King - "…" - still resonate`
    holder = _view_holder(tokens, start, qi)
    if holder is not None:
        return holder  # `To Sharp, Trump is the "kind-hearted and caring" man who saved her family's farm`
    subject = sentence_subject(tokens, start, qi)
    if subject is None and 2 <= qi - start <= 4 and tokens[start].lower in ("the", "a", "an") \
            and all(t.is_word for t in tokens[start:qi]) and (quoted_verb := _quoted_verb(tokens[qi].text)):
        return Attribution(quoted_verb, mention_of(tokens[start:qi]), "before")  # `The minister "strongly denied"
        # the claims`: a description, its verb quoted
    if subject is not None and tokens[qi - 1].text == ":" and not plausible_subject(subject) \
            and people_word(subject.tokens[-1].bare) and not any(t.lower in _PASSIVE_ASKING for t in tokens[start:qi]):
        return Attribution(":", subject, "before")  # `The questioners ranged from skeptical to hostile: "…?"`
    plausible = subject is not None and (plausible_subject(subject) or tokens[qi - 1].text == ":" and two_named(
        subject))  # (`The couple shared the news with the caption: "…"`)
    if not plausible and tokens[qi - 1].text == ":":
        return _text_before_colon(tokens, start, qi)  # `A footnote in the report makes that clear: "…"`
    if not plausible or _possessed_thing(subject):
        return None
    after = next((k for k in range(start, qi) if tokens[k].start >= subject.end), qi)
    if after == qi and (quoted_verb := _quoted_verb(tokens[qi].text)) is not None:
        return Attribution(quoted_verb, subject, "before")  # `A Tory spokesman "totally refuted" any wrongdoing`:
        # the subject's own verb, quoted
    head = _noun_after_name(tokens, after, qi) if subject.tokens[-1].is_capitalised else None
    joined = mention_of(list(subject.tokens) + tokens[after:head + 1]) if head is not None else None
    if joined is not None:  # `The UK operator is already appealing …`: the operator, not the UK
        subject, after = joined, head + 1
    after = past_appositive(tokens, after, qi)  # `Lewandowski, Trump’s fired campaign manager, ripped …`
    v = next((k for k in range(after, qi) if tokens[k].is_word and (tokens[k].lower not in AUXILIARIES
                                                                    or _having_a_thing(tokens, k, qi))
              and not (_adverb_here(tokens, k) and k + 1 < qi and tokens[k + 1].is_word)), None)  # `openly admires`
    verb = tokens[v] if v is not None else None
    if verb is not None and _named_by_others(tokens, v, start):
        return Attribution(verb.text, None, "passive")  # `Geoffrey Hinton, dubbed the "godfather of AI", has warned`:
        # a name others give him, not his words
    if verb is not None and _in_a_state(tokens, v, qi) and not _a_place_named(subject):
        return Attribution(tokens[qi - 2].text, subject, "subject")  # `Graham was in no doubt: "…"`
    if verb is None or verb.is_capitalised or verb.lower in NP_BREAKERS and not _having_a_thing(tokens, v, qi) \
            or _plural_noun(tokens, verb, qi) \
            or verb.is_possessive:  # `The Cruz slate's main competition came from …`: a noun's owner, no verb
        return None
    if verb.lower in ("who", "which") and v + 1 < qi and tokens[v + 1].lower in FORMS_OF_BE:
        return None  # `John Jones, who was "a loving father", died`: what the writer says the subject is, no
        # words of theirs
    owns = after < qi and tokens[after].lower in ("has", "have", "had") and not _verb_form(verb.lower)
    if after < qi and (tokens[after].lower in FORMS_OF_BE or owns) and _a_place_named(subject):
        return None  # `Europe is undoubtedly more advanced … "end of life"`, `New York has several …`: about it
    if verb.lower not in CUE_FORMS and any(t.lower in _NOT_ITS_OWN_MODALS for t in tokens[after:v]):
        return None  # `Prince Harry should see for himself "…"`, `Audiences can expect him to …`: no words of theirs
    felt = verb.lower in FEELINGS and tokens[qi - 1].text == ":"  # `Christina McAnea was unimpressed: "…"`, `was
    # stunned by the decision: "…"`: the subject's state of mind as they speak, nothing done to them
    if verb.lower not in CUE_FORMS and is_passive(tokens, v, after) and v + 1 < qi and tokens[v + 1].lower == "by" \
            and not felt:
        return None  # `Growth was helped by its brands, which enjoyed a "…"`: the subject did nothing
    if verb.lower not in CUE_FORMS and is_passive(tokens, v, after) and not felt \
            and (tokens[v + 1].lower != "to" or v + 2 == qi or tokens[v + 2].lower in ARTICLES_AND_POSSESSIVES) \
            and not any(_a_verb_word(t) for t in tokens[v + 1:qi]):
        return Attribution(verb.text, None, "passive")  # `The Britons were detained as part of the US-led "war
        # on terror"`, `Tributes have been paid to "a kind grandfather"`: no one speaks; but `was criticised for
        # calling it "…"`, `is prepared to go this far: "…"`
    if verb.lower not in CUE_FORMS and any(t.lower == "which" and tokens[k - 1].text == ","
                                           for k, t in enumerate(tokens[v + 1:qi], v + 1)):
        return None  # `Miyagishima is the recipient of the Sawyer Award, which is "presented to …"`: the award's
    if verb.lower not in CUE_FORMS and (apposed := _appositive_relative(tokens, v, qi)) is not None:
        return apposed  # `Mr. Trump has hired Bannon of Breitbart News, a conservative website that has run stories
        # with headlines such as "…"`: the website's, Breitbart News's
    if verb.lower == "found" and tokens[v - 1].lower in FORMS_OF_BE and not _reported_to_say(tokens, v, qi):
        return Attribution(verb.text, None, "passive")  # `Smith was found guilty of "…"`: a verdict, no one's words
    if verb.lower in CUE_FORMS and is_passive(tokens, v, after - 2) and not _reported_to_say(tokens, v, qi):
        agent = agent_after(tokens, v, qi)
        if agent:
            return Attribution(verb.text, agent, "agent")
        return Attribution(verb.text, None, "passive")  # `X was asked: "…"`, `He is described as "…"`
    if verb is tokens[qi - 1] and not _verb_form(verb.lower) and tokens[qi - 2].lower not in AUXILIARIES:
        return None  # `Yukos bankruptcy 'not US matter'`: a noun phrase and its claim, no one speaking
    joined = _joined_clause(tokens, v, qi, start) or _relative_holding(tokens, v, qi)
    if joined is not None:
        return joined
    if verb.lower not in CUE_FORMS and any(t.lower in _OTHERS_WORDS and tokens[k - 1].lower not in POSSESSIVE_PRONOUNS
                                           for k, t in enumerate(tokens[v + 1:qi], v + 1)):
        return None  # `… despite a recent ruling it was "not French enough"`: the ruling's words, not the film's;
        # but `was conclusive in its findings: "…"`
    return Attribution(verb.text, subject, "subject")


def _quoted_verb(quotation: str) -> str | None:
    """The verb of a quotation that is a verb of saying or of taking a stand, in the past, or in the present after
    an adverb (`totally refuted`, `strongly denied`, `deeply regrets`): the predicate's own words, quoted; None for
    anything else."""
    words = quotation.strip(MARKS + " .,;:!?").split()
    if not 1 <= len(words) <= 2 or len(words) == 2 and not ly_adverb(words[0].lower()):
        return None
    verb = words[-1].lower()
    ending = ("ed", "s") if len(words) == 2 else ("ed",)  # (a present alone is as often a noun: `Trump "tweets"`)
    return words[-1] if verb.endswith(ending) and (CUE_FORMS.get(verb, verb) != verb or verb in _STANDING) else None


_STANDS = ("refute", "reject", "condemn", "welcome", "dismiss", "dispute", "oppose", "support")
_STANDING = {f"{verb}{ending}" for verb in _STANDS for ending in ("d" if verb.endswith("e") else "ed", "s")} \
    | {"regretted", "regrets", "backed", "backs"}  # a stand taken on what follows, the verb quoted


def _appositive_relative(tokens, v, qi) -> Attribution | None:
    """`…, a conservative website that has run …`: between the verb at `v` and the quotation, an
    appositive set off by a comma whose own relative clause goes on to the quotation holds its
    words, the name the appositive describes (`Breitbart News`), or no one's if there is none."""
    for k in range(v + 1, qi - 2):
        if tokens[k].text == "," and tokens[k + 1].lower in ARTICLES:
            end = min(qi, k + 2 + _APPOSITIVE_WORDS)
            which = next((j for j in range(k + 2, end) if not tokens[j].is_word or tokens[j].lower in RELATIVES), None)
            if which is not None and tokens[which].lower in RELATIVES and which + 1 < qi and not any(
                    t.text in SENTENCE_END or t.text in (";", ":") for t in tokens[which:qi]):
                named = _of_whom(name_before(tokens, k, v + 1), tokens[which].lower == "who")
                verb = next((j for j in range(which + 1, qi - 1) if tokens[j].lower not in AUXILIARIES), which + 1)
                return Attribution(tokens[verb].text, named, "subject" if named is not None else "passive")
    return None


def _of_whom(named: Mention | None, person: bool) -> Mention | None:
    """`Stephen K. Bannon of Breitbart News`: the person (before `of`, for a `who`) or the body (after
    it); a name of one word before `of` is one name (`Bank of England`)."""
    of = next((k for k, t in enumerate(named.tokens) if t.lower == "of"), None) if named is not None else None
    if of is None or of < 2:
        return named
    return mention_of(named.tokens[:of] if person else named.tokens[of + 1:])


_APPOSITIVE_WORDS = 5


def _view_holder(tokens, start, qi) -> Attribution | None:
    """`To Sharp, …`, `For Jupiter analyst Olivier Beauvillain, …` opening the sentence: in whose
    view, and words, the quotation after it (of three words or more) is; a name, perhaps after its
    role, as the names module reads a view holder; not `For years,` or `For Republicans,`."""
    if qi >= len(tokens) or tokens[start].lower not in ("to", "for") or not tokens[start].is_capitalised:
        return None
    if tokens[qi - 1].text == ":" and _senders_saying(tokens, start, qi):
        return None  # `To critics, the prime minister had one message: "…"`: the message is its sender's (but `For
        # Jane Smith, the answer is simple: "…"`: hers)
    if tokens[start].lower == "to" and start + 2 < qi and tokens[start + 2].text == "," \
            and not tokens[start + 1].is_capitalised and tokens[start + 1].lower.endswith("s") \
            and people_word(tokens[start + 1].lower) and len(tokens[qi].text.split()) >= 2:
        return Attribution("to", mention_of([tokens[start + 1]]), "before")  # `To critics, the scheme is "a
        # scandal"`: in their view and words
    if len(tokens[qi].text.split()) < 3 and tokens[qi - 1].text != ":":
        return None  # nor a label: `For GOP, a 'golden opportunity' to …` (but `For Smith, the answer is simple:
        # "Lower rents."`: words a colon opens)
    comma = next((k for k in range(start + 2, min(qi, start + _VIEW_WORDS)) if tokens[k].text == ","), None)
    name = name_before(tokens, comma, start + 1) if comma is not None else None
    if name is None or group_word(name.tokens[-1].lower) or name.tokens[-1].lower in NOT_NAMES \
            or time_word(name.tokens[-1].lower) or not all(
                t.is_capitalised or t.lower in _ROLE_HEADS for t in tokens[start + 1:comma] if t not in name.tokens):
        return None  # nor `For all the talk of Obama, …`
    return Attribution(tokens[start].text, name, "before")


_VIEW_WORDS = 8  # `For Jupiter analyst Olivier Beauvillain,`


def _senders_saying(tokens, start, qi) -> bool:
    """A saying (`message`) after the view's comma that someone named or described there sends."""
    saying = next((k for k in range(start + 2, qi - 1) if tokens[k].lower in SAYINGS), None)
    comma = next((k for k in range(start + 1, saying) if tokens[k].text == ","), None) if saying else None
    return saying is not None and (comma is None or any(
        t.is_capitalised or people_word(t.lower) or t.lower in SPEAKER_PRONOUNS for t in tokens[comma + 1:saying]))


def _dashed_after_time_clause(tokens, start, qi) -> Attribution | None:
    """`When Trump finally wrapped up — "…" — the balloons cascaded`: a quotation set off by dashes
    right after a time clause holds the words of that clause's subject."""
    if qi - start < 3 or tokens[start].lower not in _TIME_CONJUNCTIONS or tokens[qi - 1].text not in DASHES \
            or qi + 1 >= len(tokens) or tokens[qi + 1].text not in DASHES:
        return None
    subject = sentence_subject(tokens, start + 1, qi - 1)
    if subject is None or not plausible_subject(subject):
        return None
    after = next((k for k in range(start + 1, qi - 1) if tokens[k].start >= subject.end), qi - 1)
    verb = next((k for k in range(after, qi - 1) if tokens[k].is_word and not is_adverb(tokens[k])), None)
    return Attribution(tokens[verb].text, subject, "subject") if verb is not None else None


_TIME_CONJUNCTIONS = {"when", "as", "after", "once", "while", "before"}


def _dashed_after_saying(tokens, start, qi) -> Attribution | None:
    """`The words of Martin Luther King - "…" - still resonate`, `The warning from the Bank of England - "…" -
    spooked markets`: a quotation set off by dashes right after what someone said, of or from them, is theirs."""
    if qi - start < 4 or tokens[qi - 1].text not in DASHES or qi + 1 >= len(tokens) \
            or tokens[qi + 1].text not in DASHES or tokens[start].lower not in ARTICLES_AND_POSSESSIVES:
        return None
    saying = next((k for k in range(start + 1, min(qi - 2, start + 4)) if tokens[k].lower in SAYINGS | CLAIMS), None)
    if saying is None or tokens[saying + 1].lower not in ("of", "from", "by"):
        return None
    source = tokens[saying + 2:qi - 1]
    if not source or not all(t.is_word for t in source) or not any(t.is_capitalised for t in source):
        return None
    return Attribution(tokens[saying].text, mention_of(source), "before")


def _possessed_thing(subject: Mention) -> bool:
    """`Donald Trump's latest victories in the race`: a named owner's thing that says nothing."""
    toks = subject.tokens
    first = next((k for k, t in enumerate(toks) if t.lower in PREPOSITIONS), len(toks))
    owner = next((k for k in range(first - 1, -1, -1) if toks[k].is_possessive and toks[k].is_capitalised), None)
    if owner is None or owner + 1 >= first:
        return False
    words = list(takewhile(lambda t: t.is_word and not t.is_capitalised, toks[owner + 1:first]))
    if len(words) < first - owner - 1:
        return False  # `Scotland's only Conservative MP Peter Duncan`: a name after it
    return names_no_one(singular(words[-1].bare.lower()), places_speak=False)


def _text_before_colon(tokens, start, qi) -> Attribution | None:
    """`The report makes that clear: "…"`, `A footnote in the report says as much: "…"`: a text
    that opens the sentence speaks the quotation its colon opens, whatever its verb."""
    first = start + 1 if tokens[start].lower in ("but", "and") else start
    if first + 2 >= qi or tokens[first].lower not in ("the", "a", "an", "this", "that"):
        return None
    head = tokens[first + 1] if tokens[first + 1].bare.lower() in _TEXTS else None
    if head is None and first + 2 < qi and tokens[first + 2].bare.lower() in _TEXTS:
        head = tokens[first + 2]  # `The new report`
    if head is None:
        return None
    k = index_of(tokens, head, first, qi)
    v = k + 1 if k is not None else qi
    if v < qi and tokens[v].lower in ("in", "of", "from"):  # `A footnote in the report makes`
        v = next((j for j in range(v + 2, min(qi, v + _TEXTS_SOURCE_WORDS)) if tokens[j].is_word
                  and _verb_form(tokens[j].lower) and not tokens[j].is_capitalised
                  and tokens[j - 1].lower not in DETERMINERS), qi)
    if v + 1 >= qi or not tokens[v].is_word or not _verb_form(tokens[v].lower) or tokens[v].lower in FORMS_OF_BE:
        return None  # not `The proposed question is: "…"`: what the text is, no one's words
    return Attribution(tokens[v].text, mention_of(tokens[first:v]), "subject")


_TEXTS_SOURCE_WORDS = 7  # words from `in`, `of` or `from` to its verb: `A statement from the Reform UK leader read`


def _a_verb_word(tok: Token) -> bool:
    """A lowercase word that may be a verb: `calling`, `called`; not `US-led`."""
    low = tok.lower
    return tok.is_word and not tok.is_capitalised and "-" not in low and (
        low in CUE_FORMS or low in IRREGULAR_PAST or low.endswith(("ing", "ed")) and len(low) > 4)


def _a_text_is(tokens, start, qi) -> bool:
    """`The proposed question for the referendum is: "…"`, `The slogan was: "…"`: a sentence whose
    subject is a text, a form of be and a colon before the quotation."""
    start = max((k + 1 for k in range(start, qi) if tokens[k].is_quote), default=start)  # `"…?" The question is`
    if qi - start < 4 or tokens[qi - 1].text != ":" or tokens[qi - 2].lower not in FORMS_OF_BE:
        return False
    k = start + 1 if tokens[start].lower in ("the", "a", "an", "this", "that") else start
    head = next((j for j in range(k, min(qi - 2, k + 3)) if tokens[j].lower in _WORDINGS), None)
    return head is not None and all(t.is_word and not t.is_capitalised for t in tokens[k:head])


_WORDINGS = {"question", "questions", "wording", "slogan", "motto", "text", "title", "headline", "inscription",
             "sign", "banner", "caption", "legend", "placard", "tagline", "subtitle", "password", "riddle"}


def _inverted_opening(tokens, start, qi) -> Attribution | None:
    """`Said the Pew report: "…"`, `Added Mr Smith, "…"`: a cue opening the sentence, then the
    one who speaks and a colon or a comma before the quotation; `From Bush's Facebook post: "…"`:
    the text the quotation comes from."""
    if qi - start >= 3 and tokens[qi - 1].text == ":" and tokens[start].lower == "from" \
            and tokens[qi - 2].bare.lower() in _RELEASED_TEXTS | _TEXTS \
            and all(t.is_word for t in tokens[start + 1:qi - 1]):
        return Attribution("", mention_of(tokens[start + 1:qi - 1]), "after")  # `From Bush's Facebook post: "…"`
    if qi - start >= 3 and tokens[qi - 1].text == ":" and tokens[start].lower in ("here's", "here’s", "here"):
        first = start + 2 if tokens[start].lower == "here" and tokens[start + 1].lower == "is" else start + 1
        named = np_forward(tokens[first:qi - 1]) if first < qi - 1 and tokens[first].is_capitalised else None
        return Attribution("", named, "after") if named else None  # `Here's Clinton in 1992: "…"`: no cue word
    if qi - start < 3 or not tokens[start].is_capitalised or not invertible(tokens[start].lower) \
            or tokens[qi - 1].text not in (":", ","):
        return None
    speaker = np_forward(tokens[start + 1:qi - 1])
    if speaker is None or speaker.end != tokens[qi - 2].end:
        return None
    return Attribution(tokens[start].text, speaker, "after")


def _in_a_state(tokens, v: int, qi: int) -> bool:
    """`was in no doubt: "…"`, `was on the attack: "…"`: a form of be, a short phrase of `in` or `on` for a
    state of mind, and the colon that opens the quotation."""
    return tokens[v].lower in ("in", "on") and tokens[v - 1].lower in FORMS_OF_BE and tokens[qi - 1].text == ":" \
        and qi - v <= _STATE_WORDS and all(t.is_word and not t.is_capitalised for t in tokens[v + 1:qi - 1])


_STATE_WORDS = 5  # `in a bullish mood` and its colon


def _adverb_here(tokens, k) -> bool:
    """`openly`, `also`; `since` after an auxiliary (`Clinton has since apologized`)."""
    return is_adverb(tokens[k]) or tokens[k].lower == "since" and k > 0 and tokens[k - 1].lower in AUXILIARIES \
        or tokens[k].lower in _DEGREES and k > 0 and tokens[k - 1].lower in FORMS_OF_BE  # `was more cautious`


_DEGREES = {"more", "less", "most", "least", "very", "so", "too", "rather", "quite", "far", "much", "equally", "even"}


_OTHERS_WORDS = {"ruling", "rulings", "allegation", "allegations", "accusation", "accusations", "claim", "claims",
                 "study", "survey", "report", "verdict", "finding", "findings", "criticism", "charges"}


def _noun_after_name(tokens, after, qi) -> int | None:
    """Where a lowercase noun right after a capitalised subject ends, when a finite auxiliary
    follows it (`The UK operator is`, `The US carmaker has`), or a past verb follows it and
    adjectives (`The GOP presidential candidate sent`); None for a verb (`Smith said`)."""
    k = after
    while k + 2 < qi and tokens[k].is_word and tokens[k].lower.endswith(ADJECTIVE_ENDINGS) and k < after + 2 \
            and tokens[k + 1].is_word and not tokens[k + 1].is_capitalised:
        k += 1
    if k + 1 >= qi or not tokens[k].is_word or tokens[k].is_capitalised or _verb_form(tokens[k].lower):
        return None
    if verbish(tokens[k]) or tokens[k].lower in PREPOSITIONS | DETERMINERS:
        return None
    verb = tokens[k + 1]
    return k if verb.lower in FINITE_AUXILIARIES or k > after and past_tense(verb.lower) \
        or third_person(verb) else None  # `The Rove ad hits Clinton for taking "…"`


def _a_place_named(subject: Mention) -> bool:
    """`Europe`, `the UK`: a subject whose capitalised words all name a place."""
    named = [t for t in subject.tokens if t.is_capitalised and t.lower != "the"]
    if len(named) == 2 and names_place(named[0].bare, named[1].bare):
        return True  # `New York`
    return bool(named) and all(t.bare.lower() in PLACES for t in named)


def _joined_clause(tokens, v, qi, start) -> Attribution | None:
    """`Boos rained down …, and at one point the crowd loudly reprised the chant "…"`: the subject
    of a clause joined by `, and` or `, but` that holds the quotation, not the sentence's."""
    last = verb_before(tokens, qi, v + 1)
    joint = next((k for k in range(last - 1, v, -1) if tokens[k].lower in ("and", "but") and tokens[k - 1].text == ","),
                 None) if last is not None else None
    own = np_backward(tokens, last, start) if joint is not None else None
    first = index_of(tokens, own.tokens[0], joint + 1, last) if own is not None else None
    if first is None or any(is_finite_verb(tokens, j) for j in range(joint + 1, first)):
        return None  # not `…, and said the party was "…"`: no subject of its own
    if _a_place_named(own) and (tokens[last].lower in FORMS_OF_BE or tokens[last].lower in ("has", "have", "had")):
        return Attribution(tokens[last].text, None, "passive")  # `…, and New York has several key ones, including "…"`
    # a subject no one could be without a cue (`the crowd`) is someone the text does not name
    return Attribution(tokens[last].text, own, "subject") if plausible_subject(own) else (
        Attribution(tokens[last].text, None, "passive"))


def object_relative(tokens, qi) -> Attribution | None:
    """`the younger brother, whom George W. Bush introduced to cheers as ''my big little brother''`: a
    relative clause opened by `whom` that holds the quotation gives it to its own subject, the name
    after `whom`, when a verb follows the name (not `The man, whom Smith fired, said "…"`: the clause
    closed before the quotation)."""
    k = next((j for j in range(qi - 1, sentence_start(tokens, qi) - 1, -1)
              if tokens[j].lower == "whom" or tokens[j].is_quote or tokens[j].text in (";", ":", ",")), None)
    if k is None or tokens[k].lower != "whom":
        return None
    subject = np_forward(tokens[k + 1:qi])
    if subject is None or not subject.tokens[0].is_capitalised:
        return None
    v = index_of(tokens, subject.tokens[-1], k + 1, qi) + 1
    return Attribution(tokens[v].text, subject, "subject") if v < qi and _a_verb_word(tokens[v]) else None


def _relative_holding(tokens, v, qi) -> Attribution | None:
    """`… will react as favorably to a candidate who has called for "…"`: a relative clause after the
    verb at `v` whose own verb takes the quotation right after it (or after `for`, `that` or `as`) is
    the words of whom `who` stands for."""
    for k in range(qi - 1, v, -1):
        if tokens[k].is_quote or tokens[k].text in SENTENCE_END or tokens[k].text in (";", ":"):
            return None
        if tokens[k].lower == "who":
            w = k + 1
            while w < qi and (tokens[w].lower in AUXILIARIES or is_adverb(tokens[w])):
                w += 1
            if w >= qi or not _a_verb_word(tokens[w]) or not _verb_form(tokens[w].lower) or any(
                    t.lower in FORMS_OF_BE for t in tokens[k + 1:w]) or not (
                    w + 1 == qi or w + 2 == qi and tokens[w + 1].lower in ("for", "that", "as")):
                return None  # the relative's active verb takes the quotation: not `people who are bullied "…"`
            own = np_backward(tokens, w, v + 1)
            return Attribution(tokens[w].text, own, "subject") if own is not None and own.antecedent else None
    return None


def agent_after(tokens, c, qi) -> Mention | None:
    """Downing Street in `… been described as "idle speculation" by Downing Street`: the agent of
    the passive cue at `c`, just after the quotation the cue takes (not `reported in a "hit piece"
    by X`, where X reported and the quotation is someone else's)."""
    k = qi + 1
    while k < len(tokens) and (tokens[k].is_quote or tokens[k].lower in ("and", "or", ",")):
        k += 1  # `as "irresponsible" and "outrageous" by X`
    allowed = _AS_WORDS | {"to"} if tokens[c].lower in _DIRECTED else _AS_WORDS  # `were told to "…" by officials`
    if k + 1 >= len(tokens) or tokens[k].lower != "by" or any(t.lower not in allowed for t in tokens[c + 1:qi]):
        return None
    agent = np_forward(tokens[k + 1:])
    if agent is None:
        return None
    agent = with_set_off_name(tokens, k + 1, agent)  # `by the shadow chancellor, Mel Stride,`
    end = index_of(tokens, agent.tokens[-1], k + 1, len(tokens))
    who = end is not None and end + 1 < len(tokens) and tokens[end + 1].lower == "who"  # `by scouts who saw them`
    if not (agent.tokens[0].is_capitalised or agent.tokens[0].lower in DETERMINERS or who
            or people_word(agent.tokens[-1].lower)):  # `by critics`, `by some analysts`
        return None
    return agent


_AS_WORDS = {"as", "a", "an", "the", ",", ":"}
_DIRECTED = {"told", "urged", "asked", "warned", "advised", "ordered", "instructed", "encouraged", "implored",
             "begged", "reminded"}  # passives whose subject is told what to do, in the agent's words


def _reported_to_say(tokens, v, qi) -> bool:
    """`Obama is reported to have called the Saudis "free riders"`: the subject of a passive verb
    does the speaking its infinitive reports."""
    return _reported_cue(tokens, v, qi) is not None


def _reported_cue(tokens, v, qi) -> int | None:
    """Where the cue of the infinitive after the passive verb at `v` is (`called` in `is
    reported to have called`), if there is one."""
    k = v + 1
    if k >= qi or tokens[k].lower != "to":
        return None
    k += 2 if k + 2 < qi and tokens[k + 1].lower == "have" else 1
    return k if k < qi and cue_at(tokens, k) is not None else None


def _plural_noun(tokens, word: Token, qi: int) -> bool:
    """`casinos` in `Controversial new UK casinos will be banned`: a plural the name modifies, since
    an auxiliary follows it; the subject is the casinos, no one named."""
    k = index_of(tokens, word, 0, qi)
    return plural(word.lower) and k is not None and k + 1 < qi and tokens[k + 1].lower in FINITE_AUXILIARIES


def _verb_form(low: str) -> bool:
    """`remains`, `warned`, `took`: a word that can be a subject's verb (`believes "…"`), unlike
    `deal`, `boss` or `bankruptcy`; a base form counts only after an auxiliary (`can expect "…"`)."""
    return (low.endswith(("s", "ed")) and not low.endswith("ss") or low in IRREGULAR_PAST or low in CUE_FORMS
            or low in AUXILIARIES)


def past_appositive(tokens, k, limit) -> int:
    """The index after `, an appositive of words,` or `- who is nominated for … -` (a relative
    clause may run longer) that starts at `k`; else `k`."""
    relative = k + 1 < limit and tokens[k + 1].lower in ("who", "which", "whose")
    if k >= limit or tokens[k].text != "," and not (tokens[k].text in DASHES and relative):
        return k
    closers = (",",) if tokens[k].text == "," else DASHES
    for j in range(k + 1, min(limit, k + (_RELATIVE_CLAUSE_REACH if relative else APPOSITIVE_REACH))):
        if tokens[j].text in closers:
            return j + 1 if j > k + 1 else k
        if not tokens[j].is_word and not (relative and tokens[j].is_quote):  # `The president, who had called
            return k  # him a "communist" during the campaign, added:`: a quotation inside the relative clause
    return k


APPOSITIVE_REACH = 10  # the most tokens an appositive between commas takes
_RELATIVE_CLAUSE_REACH = 24  # `Mr Clarke, who took on the post on Thursday after David Blunkett quit, has rejected`


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_SAYINGS_OR_CLAIMS = frozenset(SAYINGS | CLAIMS)
_SENDING_OR_PUTTING = frozenset(SENDING | _PUTTING)
_SENTENCE_END_OR_COMMA = frozenset(SENTENCE_END | {","})
