"""A cue after the quotation: `"…," X said`, `"…," said X`, `"…" ― X`, `"…," as X put it`."""
from __future__ import annotations

from ..cues import cue_at, phrasal_then_subject
from ..lexicon import (AFTER_ONLY, ARTICLES_AND_POSSESSIVES, CLAUSE_STARTERS, CUE_FORMS, DEMONYMS, DESCRIPTORS,
                       DETERMINERS, HONORIFICS, IRREGULAR_PAST, LABEL_CUES, NAME_PARTICLES, NAMING_CUES, PARTY_WORDS,
                       PAST_AS_BASE, PERSON_OBJECT, PLACES, PREPOSITIONS, QUANTIFIERS, REPLIES, ROLE_WORDS,
                       SPEAKER_PRONOUNS, SUBORDINATORS,
                       an_age, invertible, past_tense)
from ..phrases import (DASHES, Mention, capitalised_past_particles, for_the_person, index_of, mention_of, name_run,
                       np_backward, np_forward, people_word, possessor_mention, sentence_start, starts_name,
                       subject_before, time_word)
from ..tokens import CLOSING, SENTENCE_END, Token
from ..verbs import FINITE_AUXILIARIES, is_finite_verb, is_passive, ly_adverb
from .common import (ASKING, CLAIMS, JOINERS, PAGE_LABELS, SAYINGS, STOP_AFTER, Attribution, according, all_joiners,
                     clause_set_off, in_view, is_according, is_comma, named_only_as, until)


_AFTER_ONLY = {form for form, lemma in CUE_FORMS.items() if lemma in AFTER_ONLY}


def cue_after(tokens: list[Token], qi: int) -> Attribution | None:
    found = _cue_after(tokens, qi)
    if found is None or found.mention is None or found.where != "after":
        return found
    return _quoting(tokens, found) or found


def _quoting(tokens: list[Token], found: Attribution) -> Attribution | None:
    """`"…," the Post reported, quoting an anonymous Republican official.`: the one quoted, a person
    named or by role, not a text (`Trump tweeted, quoting Comey's statement`: his tweet)."""
    k = index_of(tokens, found.mention.tokens[-1], 0, len(tokens))
    if k is None:
        return None
    k = next((j for j in range(k + 1, min(len(tokens), k + _QUOTING_REACH)) if tokens[j].text in STOP_AFTER
              or tokens[j].is_quote or tokens[j].lower == "quoting" and tokens[j - 1].text == ","), None)
    if k is None or tokens[k].lower != "quoting":
        return None
    quoted = np_forward(tokens[k + 1:k + 1 + _QUOTING_REACH])
    if quoted is None or quoted.tokens[-1].is_possessive:
        return None
    head = quoted.tokens[-1]
    return Attribution(found.cue, quoted, "after") if head.lower in ROLE_WORDS or head.is_capitalised else None


_QUOTING_REACH = 8


def _cue_after(tokens: list[Token], qi: int) -> Attribution | None:
    j = qi + 1
    while j < len(tokens) and tokens[j].text in JOINERS:
        j += 1
    window = until(tokens, j, STOP_AFTER, limit=36)
    if not window:
        return None
    if is_according(window, 0):  # not `"…." According to analysts Nielsen, …`: the next sentence's source
        return according(window, 0) if not _ends_sentence(tokens[qi], window[0]) else None
    if window[0].lower == "to" and is_according(tokens, j):  # `"…", to borrow a phrase from the chancellor`: set
        return according(tokens, j) if not _ends_sentence(tokens[qi], window[0]) else None  # off by its comma
    viewed = in_view(window, 0)  # `"…," in Bolton's view`
    if viewed:
        return viewed
    if j > qi + 1 and tokens[qi + 1].text in DASHES and not _cued_before(tokens, qi):
        signed = byline(window) or (_described_signature(window) if _opens_line(tokens, qi)
                                    and j + len(window) == len(tokens) else None)  # `'I was treated like a
        # criminal' - woman wrongly accused …`
        end = j + len(window)
        if signed and not (end < len(tokens) and _labels_the_next(window, tokens[end])):  # but `- Man Utd boss Sir
            return signed  # Alex Ferguson: "…"`: the next speaker's label, in a list of reactions
    signed = _headline_signed(tokens, qi) or _signed_with_age(tokens, qi, window, j) or _signed_in_brackets(tokens, qi)
    if signed:
        return signed
    if window[0].lower in ("was", "is") and (answer := _was_their_answer(window) or _all_they_would_say(window)):
        return answer  # `"Yes," was Hill's answer.`, `"It's over," was all the coach would say.`
    if window[0].lower in ("came", "comes", "come"):
        voices = _came_from(window)  # `"Call the roll," came shouts from the crowd`
        if voices and voices.mention is None:  # `Mr Smith was asked whether he would resign. "No," came the reply.`
            return _reply_of_the_one_asked(tokens, qi, voices.cue) or voices
        if voices:
            return voices
    if len(window) == 3 and window[0].lower == "was" and window[1].lower == "the" \
            and window[2].lower in REPLIES and not _ends_sentence(tokens[qi], window[0]):
        asked = _reply_of_the_one_asked(tokens, qi, window[2].text)  # `"Not a chance," was the reply.`
        if asked:
            return asked
    if len(window) > 3 and window[0].lower in _WORDING_NOUNS and window[1].lower in ("came", "comes") \
            and window[2].lower == "from":
        source = np_forward(window[3:])  # `The "90 to 95 percent" figure came from the Clinton campaign`
        if source is not None and (source.tokens[0].is_capitalised or source.tokens[0].lower in DETERMINERS):
            return Attribution(window[1].text, source, "after")
    if window[0].lower in ("is", "was") and _opens_sentence(tokens, qi):
        owned = _copula_source(window) or _how_described(window)  # `"…," is the dry assessment of Graham Lane`
        if owned:
            return owned
    if window[0].lower == "as" and len(window) > 2 and not _ends_sentence(tokens[qi], window[0]):
        aside = _as_x_said(window)  # `"…," as Cruz said on Monday`, `as a memo put it`; not `"…." As Mr Brown
        # announced the date, …`: the next sentence's clause
        if aside:
            return aside
    noun_as = _as_after_a_noun(window)
    if noun_as is not None:  # `just a "regional" candidate, as Sanders' campaign manager suggested`
        return noun_as
    open_ended = not _ends_sentence(tokens[qi], window[0])
    end = j + len(window)
    opens_next = end < len(tokens) and (tokens[end].text == ":" or tokens[end].is_quote and window[-1].text == ",")
    if not open_ended and opens_next:
        return None  # `"…." Barcelona star Ronaldinho admitted: "…"`, `"…?" Mills then writes back, "…"`: a cue
        # that opens the next quotation
    opens = _opens_sentence(tokens, qi) or _opens_line(tokens, qi)
    leading = open_ended and opens  # `"…," the email read.`: anything after the cue is its own
    if leading and end < len(tokens) and tokens[end].text == ".":
        named = _name_alone(window)
        if named:
            return named
    if phrasal_then_subject(window, 0) and len(window) > 2:  # `"…," points out pundit Steve Cram`
        mention = with_set_off_name(window, 2, np_forward(window[2:]))
        if mention:
            return Attribution(window[0].text, mention, "after")
    # `"…," read the statement`, `"…," thinks Curry`
    inverted = cue_at(window, 0, weak=window[0].lower in PAST_AS_BASE or open_ended and window[0].lower in _AFTER_ONLY)
    if inverted and inverted not in LABEL_CUES and not window[0].lower.endswith("ing"):
        k = _past_manner_aside(window)  # `"…," says, somewhat ruefully, Jane Smith`
        ones = k == 1 and len(window) > 1 and window[1].lower in _ONES  # `said one of them.` whole
        mention = _with_partner(window, with_set_off_name(window, k, (_word_named(window) if ones else None) or (
            np_forward(window[k:]) or _those_of(window, k) or (_word_named(window) if k == 1 else None))))
        if mention and _closes_a_relative(tokens, qi):
            return None  # `The company, which calls itself "…", reported a loss`: the company's verb, no inversion
        if mention and (leading or not _reports_something_else(window, index_of(window, mention.tokens[-1], 0, len(window)))):
            return Attribution(window[0].text, mention, "after")
        if mention or opens or _closes_clause(tokens, qi) or not window[0].lower.endswith("s"):
            return None  # but `have held "constructive" talks with the LSE, its chief has said`: a noun, and
            # the sentence's report comes later
    # not `he was "riding the fence" until Haley said …`
    closes = opens or _closes_clause(tokens, qi)
    for k in range(1, min(len(window), 34)):
        if is_according(window, k) and all_joiners(window[:k]):
            return according(window, k)
        aside = _source_aside(window, k)  # `"extreme careless" in the handling of information – as described by
        if aside is not None:  # FBI Director James Comey –`
            return aside
        viewed = in_view(window, k) if window[k].lower == "in" and all_joiners(window[:k]) else None
        if viewed:
            return viewed
        if closes and _heard(window, k):  # `"…?" a reporter can be heard asking Trump`
            subject = _subject_then_cue(window, k - 1, leading)
            if subject:
                return Attribution(window[k].text, subject, "after")
        if not cue_at(window, k, weak=open_ended) or window[k].lower.endswith("ing") or _asks_anonymity(window, k):
            continue
        if window[k].lower in _AFTER_ONLY:  # `"…," the report found`, not `Sanders's "…" at the convention, his
            # supporters think`, nor `"…," and he finds that …, he said`, where a later cue attributes it, nor
            # `"…." The survey found that …`, a finding of its own
            subject = _subject_then_cue(window, k, False) if closes and open_ended else None
            if subject:
                return Attribution(window[k].text, subject, "after")
            continue
        told = _told_passively(window, k) if closes else None
        if told is not None:
            return told  # `"…," he was told.`: the one told did not say it; `they were told by police`: the police
        if _passive_by(window, k):
            continue  # `"…." However, Kuznetsova's naming was condemned by …`: the one condemned did not say it
        if not leading and _reports_something_else(window, k) and not _in_opening_adverbial(tokens, qi, window, k):
            return None  # `"It is over." Smith said the deal …`
        if not open_ended and (_has_own_object(window, k) or _asks_to(window, k) or _acts_on(window, k)
                               or _agrees_to_do(window, k)
                               or CUE_FORMS.get(window[k].lower) in _ANSWERING_CUES or _hits_back(window, k)):
            return None  # `"… in a few years." Portugal confirmed their progress …`: a new sentence; so is
            # `"…." The QCA has also told the government not to "compromise"`: a request of its own
        opening = not closes and _in_opening_adverbial(tokens, qi, window, k)  # `While …"…" he warned`
        subject = _subject_then_cue(window, k, leading, open_ended) \
            if closes or opening or _inserted_without_comma(window, k, tokens[end:end + 1], open_ended) else None
        if subject:
            return Attribution(window[k].text, subject, "after")
        if open_ended and window[k - 1].text == "," and invertible(window[k].lower):
            mention = with_set_off_name(window, k + 1, np_forward(window[k + 1:]))  # `"…" about the plan, said X`
            if mention:
                return Attribution(window[k].text, mention, "after")
        # `Trump's "excesses" are sickening, Hollande said`
        after_comma = _subject_after_comma(window, k) if open_ended else None
        if after_comma:
            return Attribution(window[k].text, after_comma, "final")
    if not open_ended:
        return None  # `"… to ask." Asked which …, he demurred:` is the next sentence's
    if leading and end < len(tokens) and tokens[end].text in SENTENCE_END:
        closing = _named_subject_closing(window) or _past_verb_then_name(window)
        if closing:
            return closing
    if end < len(tokens) and tokens[end].is_quote:  # `"…" as a "…" played out, he said.`
        rest = window + until(tokens, end, STOP_AFTER, limit=60, quotes=True)
        return final_report(rest) or _inverted_final(rest)
    return final_report(window)


def _those_of(window, k: int) -> Mention | None:
    """`"…," say those close to the talks`, `say those behind the negotiations`: people the words after `those`
    describe, up to the sentence's end or a comma."""
    if not (k + 1 < len(window) and window[k].lower == "those" and window[k + 1].lower in _THOSE_WHO):
        return None
    end = next((j for j in range(k + 1, len(window)) if not window[j].is_word), len(window))
    return mention_of(window[k:end])


_THOSE_WHO = frozenset({"close", "closest", "familiar", "involved", "behind", "present", "attending", "inside",
                        "around", "near", "working", "taking"})  # what `those` opens that says who they are


def _past_manner_aside(window) -> int:
    """Where the name after an inverted cue opens, past an aside of how it was said set off by commas (`says,
    somewhat ruefully, Jane Smith`, `said, with a smile, the minister`): 1 when no such aside follows the cue."""
    if len(window) < 5 or window[1].text != ",":
        return 1
    close = next((k for k in range(2, min(len(window) - 1, 2 + _MANNER_WORDS + 1)) if window[k].text == ","), None)
    if close is None or not all(t.is_word and not t.is_capitalised and t.lower not in FINITE_AUXILIARIES
                                for t in window[2:close]):
        return 1
    return close + 1


_MANNER_WORDS = 4  # `with a wry smile`


def _opens_line(tokens, qi) -> bool:
    """The quotation opens its line, perhaps after a page's label (`Watch: '…' - residents describe …`)."""
    return qi == 0 or qi == 2 and tokens[1].text == ":" and tokens[0].lower in PAGE_LABELS


def _inserted_without_comma(window, k: int, following, open_ended: bool) -> bool:
    """`educated about "sensible behaviour" he says, such as …`, `must show "sensible behaviour" Mr Carpenter
    said.`: a pronoun or a name of a few words, then the cue at `k`, right after a quotation with no comma between,
    the cue closing the insertion (a comma or the sentence's end after it, the token `following` the window if it
    ends there; not `the "deal" he says was agreed`, nor `he pledged "cooperation"`). After a quotation that ends
    a sentence, only a sentence of the cue alone (`"…." he added.`)."""
    after = window[k + 1].text if k + 1 < len(window) else following[0].text if following else "."
    return 1 <= k <= 3 and (after in (",", ".") if open_ended else after == "." and k + 1 == len(window)) and (
        k == 1 and window[0].lower in ("he", "she", "they")
        or all(t.is_capitalised and t.is_word and not t.is_possessive for t in window[:k]))


def _was_their_answer(window) -> Attribution | None:
    """`"Yes," was Hill's answer.`, `"No," was his reply.`: a copula, someone's word for what they say, and the
    sentence's end or a phrase of when or where (`was Starmer's reply when asked whether he would quit`): the owner
    says it."""
    noun = next((k for k in range(2, min(len(window), 6)) if window[k].lower in SAYINGS), None)
    if noun is None or noun + 1 != len(window) and window[noun + 1].lower not in _AFTER_THE_ANSWER \
            or not (window[noun - 1].is_possessive or window[noun - 1].lower in ("his", "her", "their")):
        return None
    owner = possessor_mention(window, noun - 1, 1)
    return Attribution(window[noun].text, owner, "after") if owner else None


def _all_they_would_say(window) -> Attribution | None:
    """`"It's over," was all the coach would say.`, `"No comment," is all that he said`: the quotation is all
    the subject of the saying verb says."""
    if len(window) < 4 or window[1].lower != "all":
        return None
    k = 3 if window[2].lower == "that" else 2
    verb = next((v for v in range(k + 1, min(len(window), k + _ALL_SAID_REACH)) if window[v].lower in _ALL_SAID), None)
    if verb is None:
        return None
    end = verb - 1 if window[verb - 1].lower in _WOULD else verb
    subject = np_forward(window[k:end])
    if subject is None or subject.tokens[-1] is not window[end - 1]:
        return None  # (`was all the money the fund would say it had`: the subject runs past)
    return Attribution(window[verb].text, subject, "after")


_ALL_SAID = {"say", "said", "says", "add", "added", "offer", "offered", "tell", "told", "reveal", "revealed"}
_WOULD = {"would", "could", "will", "can", "did", "does", "do", "had"}
_ALL_SAID_REACH = 9


_AFTER_THE_ANSWER = {"when", "after", "as", "to", "on", "in"}  # `was Starmer's reply when asked whether he would quit`


def _named_subject_closing(window) -> Attribution | None:
    """`"…," Ruperto Supena, chairman of the KBK, has raised emotionally.`: a named subject and a
    past verb that close the sentence the quotation opens, whatever the verb."""
    k = len(window) - 1
    while k > 1 and ly_adverb(window[k].lower):
        k -= 1
    if k < 1 or not window[k].is_word or not past_tense(window[k].text) or is_passive(window, k, 0):
        return None  # not `"…," Jones, the winner, was named.`
    first = k
    while first > 1 and window[first - 1].lower in FINITE_AUXILIARIES:
        first -= 1
    subject = _subject_then_cue(window, first, True)
    if subject is None or not subject.tokens[0].is_capitalised or subject.tokens[0] is not window[0]:
        return None
    return Attribution(window[k].text, subject, "after")


def _past_verb_then_name(window) -> Attribution | None:
    """`"…," raged Tom Brown.`, `"…," reasoned Mr Brown.`: a past verb, then a name of two words or more that closes
    the sentence the quotation opens: the verb inverted, whatever it is."""
    if len(window) < 3 or window[0].is_capitalised or not window[0].lower.endswith("ed") \
            or not past_tense(window[0].text) or not all(t.is_capitalised and t.is_word for t in window[1:]):
        return None
    mention = mention_of(window[1:])
    return Attribution(window[0].text, mention, "after") if mention else None


def _name_alone(window) -> Attribution | None:
    """`"…," Mr Bootle.`: a titled name alone closing the sentence its quotation opens, the cue left out."""
    if 2 <= len(window) <= 4 and window[0].lower in HONORIFICS and all(t.is_capitalised for t in window):
        mention = mention_of(window)
        return Attribution("", mention, "after") if mention else None
    return None


def _word_named(window) -> Mention | None:
    """`"…," said Read.`: the one capitalised word after an inverted cue is a name, though it spells a
    word (`read`, `hope`) that no name is elsewhere; `"…," said one.`, `said another`: one of a group."""
    if len(window) == 2 and window[1].is_word and (
            window[1].is_capitalised and window[1].lower not in SPEAKER_PRONOUNS or window[1].lower in _ONES):
        return Mention(window[1].start, window[1].end, (window[1],))
    if len(window) > 2 and window[1].lower in _ONES and (window[2].text == "," or window[2].lower in _WHERE_WRITTEN):
        return Mention(window[1].start, window[1].end, (window[1],))  # `said one, who has worked there`, `wrote one
        # on social media`
    if len(window) > 3 and window[1].lower in _ONES and window[2].lower == "of" and window[3].lower == "them":
        return Mention(window[1].start, window[3].end, tuple(window[1:4]))  # `said one of them.`
    return None


_ONES = {"one", "another"}
_WHERE_WRITTEN = {"on", "in", "online", "via"}  # after `wrote one`: where, not whose


def with_set_off_name(window: list[Token], k: int, mention: Mention | None) -> Mention | None:
    """`said the bureau's director, James B. Comey,`, `said the director of the IMF, John Lipsky.`,
    `said the Commons Speaker, John Bercow.`: the role as written, the name as speaker."""
    if mention is None or mention.tokens[-1].is_capitalised and not _role_of_a_body(mention.tokens) \
            and not _a_titled_role(mention.tokens) and not _a_partys_or_a_nations(mention.tokens):
        return mention
    end = index_of(window, mention.tokens[-1], k, len(window))
    if end is not None and end + 1 < len(window) and window[end + 1].lower in ("who", "named", "identified", "known") \
            and (given := _name_given_after(window, end + 1)) is not None:
        return Mention(mention.start, given[-1].end, tuple(given))  # `said a woman who identified herself only as
        # Jane.`: no comma sets the clause off
    if end is not None and (mention.tokens[-1].lower in ROLE_WORDS or people_word(mention.tokens[-1].lower)):
        end = _past_domain(window, end)  # `said BA director of commercial planning, Robert Boyle.`, `said a
        # pensioner from Swansea, Margaret Davies.`
    if end is None or end + 2 >= len(window) or window[end + 1].text != ",":
        return mention
    given = _name_given_after(window, end + 2)
    if given is not None:  # `said one eyewitness, who gave her name as Fatima.`: the name she gave
        return Mention(mention.start, given[-1].end, tuple(given))
    first = end + 2
    while first < len(window) - 1 and (window[first].lower in ROLE_WORDS or window[first].lower in _RANKS_BEFORE
                                       or people_word(window[first].lower) or an_age(window[first].lower)) \
            and not window[first].is_capitalised:
        first += 1  # `said his brother, former President George W. Bush.`, `…, former prosecutor John Smith.`, `…,
        # retired postman Keith Firth.`, `said one protester, 24-year-old Brian Otieno.`
    j = first
    while j < len(window) and (window[j].is_capitalised or window[j].text == "." or window[j].lower in NAME_PARTICLES
                               and capitalised_past_particles(window, j + 1)):  # `Bill de Blasio`, `Jeroen van der`
        j += 1
    while j > first + 1 and window[j - 1].text == ".":
        j -= 1  # the sentence's full stop: `by the shadow chancellor, Mel Stride.`
    name = window[first:j]
    if not name or j < len(window) and window[j].text not in _CLOSING_A_NAME and not _affiliation_after(window, j) \
            or not starts_name(window, first, j - 1) or all(t.text == "." or t.bare.lower() in PLACES for t in name):
        return mention  # (not `said the mayor of Leeds, England.`: a place's place)
    principal = for_the_person(mention.tokens)  # `said a spokesman for the singer, Elton John.`: his spokesman
    return Mention(mention.start, name[-1].end, (mention.tokens[:principal] if principal else ()) + tuple(name))


def _a_partys_or_a_nations(toks) -> bool:
    """`the Ohio Republican`, `the Frenchman`: a description after `the` whose head is a party's or a nation's word for
    a person, capitalised though it names no one."""
    head = toks[-1].bare.lower()
    return len(toks) >= 2 and toks[0].lower == "the" and (head in PARTY_WORDS or head in DEMONYMS)


def _name_given_after(window: list[Token], k: int) -> tuple[Token, ...] | None:
    """The name after `who gave her name as`, `who gave only his first name,`, `identified only as` at `k`: what an
    unnamed speaker is called by, a capitalised word or two closing the phrase."""
    words = [t.lower for t in window[k:k + _GIVEN_REACH]]
    marker = _name_marker(words)
    if marker is None:
        return None
    at = k + marker + 1
    j = at
    while j < len(window) and j - at < 2 and window[j].is_capitalised and window[j].is_word:
        j += 1
    if j == at or j < len(window) and window[j].text not in _CLOSING_A_NAME:
        return None
    return tuple(window[at:j])


def _name_marker(words: list[str]) -> int | None:
    """Where the words after an unnamed speaker's comma end in the name they are called by: `who gave her
    name as`, `who gave only his first name,`, `identified only as`, `named locally as`, `known as`,
    `whose real name is`, `real name`; None where they give no name (`who gave evidence`)."""
    if words[:2] in (["who", "gave"], ["who", "would"]) and "name" in words:
        marker = next((n for n, w in enumerate(words) if w == "as"), None)
        if marker is None:
            marker = next((n for n in range(1, len(words)) if words[n] == "," and words[n - 1] == "name"), None)
        return marker
    if words[:1] in (["identified"], ["named"], ["known"]):
        return next((n for n in (1, 2) if n < len(words) and words[n] == "as"), None)  # `named only as Paul`
    if words[:2] == ["who", "identified"] and words[2:3] in (["herself"], ["himself"], ["themselves"]):
        return next((n for n in (3, 4) if n < len(words) and words[n] == "as"), None)  # `who identified herself
        # (only) as Jane`
    if words[:3] in (["whose", "real", "name"], ["whose", "name", "is"]):
        return next((n for n in (2, 3) if n < len(words) and words[n] == "is"), None)
    return 1 if words[:2] == ["real", "name"] else None


_GIVEN_REACH = 9  # `who gave only her first name, Fatima`
_CLOSING_A_NAME = (",", ";", ".", ":")  # (`In the words of one fan, Kerry Lee: "…"`)


def _a_titled_role(toks) -> bool:
    """`the Speaker`, `the Commons Speaker`, `the Chancellor`: a role written with a capital, which names
    whoever holds it; the name a comma sets off after it is the holder's."""
    return len(toks) >= 2 and toks[0].lower == "the" and toks[-1].bare.lower() in ROLE_WORDS


def _affiliation_after(window: list[Token], j: int) -> bool:
    """`of Oxford University`, `from the CBI` at `j`, after a set-off name: where the person works."""
    nxt = window[j + 1] if j + 1 < len(window) else None
    return window[j].lower in ("of", "from", "at") and nxt is not None and (nxt.is_capitalised or nxt.lower == "the")


def _with_partner(window: list[Token], mention: Mention | None) -> Mention | None:
    """`said John Smith and Mary Jones.`, `said Microsoft and Google, which …`: a name, `and` and
    another name (`the` may open it) closing the clause: both; not `said John Smith and Mary Jones
    agreed`, whose second name opens a clause of its own."""
    if mention is None or not mention.tokens[-1].is_capitalised:
        return mention
    e = index_of(window, mention.tokens[-1], 0, len(window))
    if e is None or e + 2 >= len(window) or window[e + 1].lower != "and":
        return mention
    j = k = e + 2 + (window[e + 2].lower == "the")
    while k < len(window) and window[k].is_capitalised:
        k += 1
    if k == j or k < len(window) and window[k].text not in (",", ";"):
        return mention
    return Mention(mention.start, window[k - 1].end, mention.tokens + tuple(window[e + 1:k]))


_RANKS_BEFORE = {"former", "ex", "late", "then", "retired"}  # before a role or a title set off after a role


def _role_of_a_body(toks) -> bool:
    """`the director of the IMF`: a lowercase role, then `of`, `for` or `at` a body; or a lowercase word for a
    person from a place (`a resident of Andheri`, `a pensioner from Swansea`)."""
    return any(not t.is_capitalised and (t.lower in ROLE_WORDS and nxt.lower in _DOMAIN_MARKERS
                                         or nxt.lower in ("of", "from") and people_word(t.lower))
               for t, nxt in zip(toks, toks[1:]))


def _past_domain(window, end: int) -> int:
    """The last word of `of commercial planning` (or of `who runs the shop`) after the role ending at `end`, when a
    comma follows it; else `end`."""
    if end + 1 >= len(window) or window[end + 1].lower not in _DOMAIN_MARKERS:
        return end
    reach = _CLAUSE_WORDS if window[end + 1].lower == "who" else _DOMAIN_WORDS
    for j in range(end + 2, min(len(window), end + 2 + reach)):
        if window[j].text == ",":
            return j - 1 if j > end + 2 else end
        if not window[j].is_word or cue_at(window, j):
            break
    return end


_DOMAIN_WORDS = 6
_CLAUSE_WORDS = 14  # `said the man who has run the corner shop on Mill Street for 30 years, Raj Patel.`
_DOMAIN_MARKERS = ("of", "for", "at", "from", "behind", "who")  # between a role and its domain (or a clause on who
# they are: `said the man behind the counter, Raj Patel.`)


def _inverted_final(window: list[Token]) -> Attribution | None:
    """`… knowing each other "casually," said the bureau's director, James B. Comey.`"""
    for k in range(len(window) - 1, 0, -1):
        if is_comma(window[k - 1]) and invertible(window[k].lower) and cue_at(window, k):
            mention = with_set_off_name(window, k + 1, np_forward(window[k + 1:]))
            return Attribution(window[k].text, mention, "final") if mention else None
    return None


_SUBJECT_AFTER_COMMA = 6


def _subject_after_comma(window, k) -> Mention | None:
    """The subject of the cue at `k` when a comma opens its clause: `…, Hollande said Tuesday`."""
    comma = max((i for i in range(k) if window[i].text == ","), default=None)
    if comma is None or k - comma > _SUBJECT_AFTER_COMMA:
        return None
    subject = np_backward(window, k, comma + 1)
    if subject and subject.tokens[0] is window[comma + 1] and not _graded_list(window, comma):
        named = _named_first(window, comma) if _plain_appositive(window, comma + 1, k) else None
        return named or subject  # `"…", Marvin Hier, founder of the Center said`
    return None


_WORDING_NOUNS = {"figure", "phrase", "line", "remark", "comment", "quote", "claim", "term", "estimate", "number",
                  "slogan", "description", "label", "words", "figures", "numbers"}


def _told_passively(window, k: int) -> Attribution | None:
    """`he was told`, `they were told by police` right after the quotation: the one told is no speaker; the agent
    after `by`, if any, is."""
    if window[k].lower != "told" or not 1 <= k <= 2 or window[k - 1].lower not in ("was", "were"):
        return None
    agent = np_forward(window[k + 2:]) if k + 1 < len(window) and window[k + 1].lower == "by" else None
    return Attribution(window[k].text, agent, "after" if agent else "passive")


def _came_from(window) -> Attribution | None:
    """`"…," came shouts from the crowd`: whoever it came from; `"No," came the reply.`: someone the
    text does not name (not whoever spoke before)."""
    for k in range(2, min(len(window), 6)):
        if window[k].lower == "from":
            mention = np_forward(window[k + 1:])
            return Attribution(window[k - 1].text, mention, "after") if mention else None
    if len(window) == 3 and window[1].lower in ("the", "a") and window[2].lower in REPLIES:
        return Attribution(window[2].text, None, "passive")
    if len(window) == 3 and window[1].lower in ("his", "her", "their") and window[2].lower in REPLIES:
        return Attribution(window[2].text, Mention(window[1].start, window[1].end, (window[1],)), "after")  # `came
        # her reply`: hers
    return None


def _reply_of_the_one_asked(tokens, qi: int, cue: str) -> Attribution | None:
    """The one the sentence just before the quotation asks, whose reply it is: `Mr Smith was asked whether he
    would resign.`, `Reporters asked Jane Smith if she would quit.` (not the reporters)."""
    if qi < 3 or tokens[qi - 1].text not in SENTENCE_END:
        return None
    start = sentence_start(tokens, qi - 1)
    k = next((k for k in range(start + 1, qi - 1) if tokens[k].lower in _PUTTING_TO), None)
    if k is None or any(t.is_quote for t in tokens[start:k]):
        return None  # not `"Will you wait?" asked Mr Blair.`: the asker, named after his question
    if tokens[k - 1].lower in ("was", "were"):
        asked = np_backward(tokens, k - 1, start)
        asked = asked if asked is not None and asked.tokens[0] is tokens[start] else None
    else:
        asked = np_forward(tokens[k + 1:qi - 1])
    if asked is None or asked.tokens[-1].lower in _NOT_ASKED:
        return None
    return Attribution(cue, asked, "after")


_NOT_ASKED = {"whether", "if", "what", "why", "how", "when", "about", "to"}
_PUTTING_TO = ASKING | {"accused", "accuses", "confronted", "confronts"}  # `Jane Smith accused Tom Brown of lying.
# "Nonsense," came the reply.`: his


def _copula_source(window) -> Attribution | None:
    """`"…," is the dry assessment of Graham Lane`: a quotation whose verb names it as someone's
    words (a noun for a saying or a view, then `of` or `from`): theirs."""
    k = 2 if len(window) > 2 and window[1].lower in ARTICLES_AND_POSSESSIVES else 1
    noun = next((n for n in range(k, min(len(window) - 2, k + _ADJECTIVES + 1))
                 if window[n].lower in _SAYINGS_CLAIMS_OPINIONS), None)
    if noun is None or window[noun + 1].lower not in ("of", "from") or not all(t.is_word for t in window[k:noun]):
        return None
    source = np_forward(window[noun + 2:])
    return Attribution(window[noun].text, source, "after") if source is not None else None


def _how_described(window) -> Attribution | None:
    """`"Unbelievable" was how the 23-year-old described the atmosphere`, `"A disgrace" is what
    Labour called it`: whoever the clause after `how` or `what` makes the subject of a verb that
    names or puts words."""
    if len(window) < 4 or window[1].lower not in ("how", "what"):
        return None
    verb = next((v for v in range(3, min(len(window), 3 + _DESCRIBER_WORDS))
                 if CUE_FORMS.get(window[v].lower) in NAMING_CUES or window[v].lower in _PUTTING_IT), None)
    if verb is None:
        return None
    subject = np_forward(window[2:verb])
    last = verb - 2 if window[verb - 1].text == "," else verb - 1  # `how one resident, Sue Green, put it`
    if last < verb - 1 and last > 3 and window[last].text.isdigit() and window[last - 1].text == ",":
        last -= 2  # `how Josh, 14, puts it`: the name before the age
        subject = np_forward(window[2:last + 1])
    elif last < verb - 1:
        subject = with_set_off_name(window, 2, subject)
    if subject is None or subject.tokens[-1] is not window[last]:
        return None  # the whole clause before the verb is its subject: not `how many … described`
    return Attribution(window[verb].text, subject, "after")


_DESCRIBER_WORDS = 10  # words of the clause after `how` before its verb: `the 23-year-old`, `one resident, Sue Green,`
_PUTTING_IT = {"put", "puts", "summed", "sums", "termed", "styled"}  # `was how he put it`: no cues of their own
_ADJECTIVES = 3  # words between the article and the noun: `the dry assessment`
_OPINIONS = {"assessment", "view", "opinion", "judgment", "judgement", "belief", "verdict", "mantra", "motto"}


def _cued_before(tokens, qi) -> bool:
    return any(cue_at(tokens, i) for i in range(sentence_start(tokens, qi), qi))


def byline(window) -> Attribution | None:
    """`"…" ― Karen Bobadilla`: a name alone after a dash (up to a comma and its description, or a
    bracket: `— Donald J. Trump (@realDonaldTrump) January 1, 2020`, an embedded post's signature)."""
    comma = next((i for i, t in enumerate(window) if t.text in (",", ".", "(")
                  or i and t.start > window[i - 1].end + 1), len(window))  # (where the bracket was skipped)
    name = window[:comma]
    if not 1 <= len(name) <= _BYLINE_WORDS or not name[-1].is_capitalised or not all(
            t.is_capitalised or t.lower in ("of", "de") or t.lower in NAME_PARTICLES and 0 < i < len(name) - 1
            or t.lower in ROLE_WORDS for i, t in enumerate(name)):  # (`Rhun ap Iorwerth`, `Ursula von der Leyen`)
        return None  # (`Reform UK leader Nigel Farage`: a role's word before the name)
    mention = mention_of(name)
    return Attribution("―", mention, "after") if mention else None


_BYLINE_WORDS = 8


def _signed_in_brackets(tokens, qi: int) -> Attribution | None:
    """`"This is great news" (Tom Brown, chief executive of Acme)`: a quotation that opens its paragraph, signed
    in brackets that close it, by a name and the description after its comma."""
    if qi != 0 or len(tokens) < 4 or tokens[1].text != "(" or tokens[-1].text != ")" \
            or any(t.text in ("(", ")") for t in tokens[2:-1]):
        return None
    return byline(tokens[2:-1])


def _signed_with_age(tokens, qi: int, window, j: int) -> Attribution | None:
    """`"Food prices are the worst." Mary, 71, Cardiff`: a quotation that opens its paragraph, whole sentences,
    signed to the paragraph's end by a name and an age, with no dash."""
    end = j + len(window)
    if qi != 0 or j != qi + 1 or len(window) < 3 or not tokens[qi].quote_ends_with((".", "!", "?")) \
            or not (end == len(tokens) or end + 1 == len(tokens) and tokens[end].text == "."):
        return None
    comma = next((i for i, t in enumerate(window) if t.text == ","), None)
    if comma is None or comma + 1 >= len(window) or not window[comma + 1].text.isdigit() or not all(
            t.is_capitalised or t.text == "," or t.lower == "from" for t in window[comma + 2:]):
        return None  # (a place after the age, if anything: `Mary, 71, from Cardiff`)
    return byline(window)


def _described_signature(window) -> Attribution | None:
    """`'She lit up every room' - mother of murdered teenager`: after a quotation that opens its paragraph, a
    dash and a description of a person, in lowercase, to the paragraph's end with no cue but a participle
    (`accused`): who said it."""
    if not window or window[0].is_capitalised or not (people_word(window[0].lower) or window[0].lower in ROLE_WORDS) \
            or any(cue_at(window, k) and not window[k].lower.endswith("ed") for k in range(len(window))):
        return None  # (not `- MPs react to Budget`: a headline's verb; but `- woman wrongly accused of …`)
    mention = np_forward(window, allow_of=True)
    return Attribution("―", mention, "after") if mention else None


def _labels_the_next(name, after: Token) -> bool:
    """A name after a dash that a colon follows, or a quotation when a role's word is in it (`- Newcastle
    boss Graeme Souness "…"`): the label of the next speaker in a list of reactions, not a signature."""
    return after.text == ":" or after.is_quote and any(not t.is_capitalised and t.lower in ROLE_WORDS for t in name)


def _headline_signed(tokens: list[Token], qi: int) -> Attribution | None:
    """`UK 'must act' on climate - Blair`: a headline's claim a dash and a name close, quotation and
    all, its words up to the dash those of one sentence with no cue."""
    last = len(tokens) - 2  # a dash with a name after it, of at most _SIGNATURE_WORDS tokens
    dash = next((k for k in range(last, max(qi, last - _SIGNATURE_WORDS), -1) if tokens[k].text in DASHES), None)
    if dash is None or dash == qi + 1 or any(t.text in SENTENCE_END or t.is_quote or cue_at(tokens, k)
                                             for k, t in enumerate(tokens[qi + 1:dash], qi + 1)):
        return None
    return byline(tokens[dash + 1:])


_SIGNATURE_WORDS = 3


def _as_after_a_noun(window) -> Attribution | None:
    """`a "regional" candidate, as Sanders' campaign manager suggested`: a quoted modifier, the
    noun it goes with, then an `as` clause with a cue, whose subject's word it was."""
    k = 0
    while k < min(len(window), 2) and window[k].is_word and not window[k].is_capitalised and not cue_at(window, k):
        k += 1
    if k == 0 or k + 2 >= len(window) or window[k].text != "," or window[k + 1].lower != "as":
        return None
    return _as_x_said(window[k + 1:])


def _as_x_said(window) -> Attribution | None:
    for k in range(2, min(len(window), 14)):
        if window[k].lower in ("put", "puts") and k + 1 < len(window) and window[k + 1].lower == "it" or cue_at(window, k):
            subject = np_backward(window, k, 1)
            if subject and subject.tokens[0] is window[1]:
                return Attribution(window[k].text, subject, "after")
            return None
    return None


def _subject_then_cue(window, k, leading, open_ended=False) -> Mention | None:
    """`"…," the email said` / `"…," Nate Silver, the polling guru, tweeted`: the subject opens the
    window; the looser reading only for a quotation that opens its sentence (`leading`), and one
    capitalised word for a quotation that does not end its sentence (`open_ended`)."""
    if window[0].lower.endswith("ing") and (not window[0].is_capitalised or window[0].lower in CUE_FORMS and k > 1) \
            and window[0].lower not in DESCRIPTORS:
        return None  # `"…," raising fresh questions …`; but `"…," Ebeling said`, `"…," Yelling told`, `"…," acting
        # U.S. Attorney Joe Thompson told reporters`, `"…," outgoing chairman Tom Ball said`: a rank, no participle
    subject = np_backward(window, k, 0)
    if subject and subject.tokens[0] is window[0]:
        return named_only_as(window, 0, k) or subject  # `"…," one fan, who gave his name only as Steve, said`
    if subject is None and k == 1 and window[0].lower in ("one", "another"):
        return Mention(window[0].start, window[0].end, (window[0],))  # `"…," another said`: one of a group
    if subject and (leading or open_ended) and _role_then_name(window, subject):
        return Mention(window[0].start, subject.end, subject.tokens)  # `"…," the White House press secretary,
        # Josh Earnest, said`: the name the role's commas set off, as written with the role
    if (leading or open_ended) and k == 1 and window[0].is_capitalised and window[0].is_word:
        # `"…," Jun wrote`, `saw the Democrats as "…," From said`: a name, whatever else it spells
        return Mention(window[0].start, window[0].end, (window[0],))
    return subject_before(window, k) if leading else None


def _role_then_name(window, subject: Mention) -> bool:
    """Whether the window opens on a role set off by a comma right before the capitalised name
    `subject` (`the White House press secretary, Josh Earnest,`, `the new chair of the Internet
    Engineering Task Force (IETF), Brian Carpenter,`, `Authenti-corp's CEO, Cynthia Musselman,`, `Donald
    Trump's lawyer, Michael Cohen,`, `Ms Smith's barrister, Jane Doe KC,`)."""
    first = index_of(window, subject.tokens[0], 0, len(window))
    owner = next((i for i in range(min(first or 0, _OWNER_WORDS)) if window[i].is_possessive), None)
    opener = window[0].lower in ("the", "a", "an") or owner is not None and all(
        t.is_capitalised for t in window[:owner + 1])
    return first is not None and first >= 3 and window[first - 1].text == "," and subject.tokens[0].is_capitalised \
        and any(t.lower in ROLE_WORDS for t in window[1:first - 1]) and opener \
        and all(t.is_word for t in window[1:first - 1])


_OWNER_WORDS = 4  # `Mr. Donald Trump's`


def _heard(window, k) -> bool:
    """`can be heard asking`, `was heard saying`: a speech participle after `heard`."""
    return k >= 2 and window[k - 1].lower == "heard" and window[k].lower.endswith("ing") and bool(cue_at(window, k))


def _passive_by(window, k) -> bool:
    """`was condemned by`: a passive cue, whose subject is the one acted on."""
    return k + 1 < len(window) and window[k + 1].lower == "by" and is_passive(window, k, 0)


def _closes_a_relative(tokens, qi) -> bool:
    """`The company, which calls itself "…", reported`, `The airline, known as "…", announced`: the
    quotation ends a relative or a participle's clause set off after its sentence's short subject, so
    the verb after it is that subject's."""
    comma = clause_set_off(tokens, qi, lambda opener: opener.lower in _RELATIVE_WORDS or opener.lower == "known"
                           or past_tense(opener.text))  # `BA, known as "…", announced`
    return comma is not None and comma <= sentence_start(tokens, qi) + _SUBJECT_WORDS


_SUBJECT_WORDS = 5  # `The company`, `BA`, `The former chief executive`


def _closes_clause(tokens, qi) -> bool:
    """The quotation ends on a comma, a dash or a mark, or one follows it: what comes next may
    be its attribution."""
    after = tokens[qi + 1].text if qi + 1 < len(tokens) else ""
    return tokens[qi].quote_ends_with((",", "!", "?", "…", "—", "–", "-")) or after in JOINERS


def _ends_sentence(quote: Token, following: Token) -> bool:
    """`"…."`, or `"…?"` before a capital: what follows may be a sentence of its own."""
    return quote.quote_ends_with(".") or quote.quote_ends_with(("?", "!")) and following.is_capitalised


def _opens_sentence(tokens, qi) -> bool:
    """Nothing but joiners before the quotation in its sentence: `"…," the email read.`"""
    return all(t.text in JOINERS for t in tokens[sentence_start(tokens, qi):qi])


def final_report(window: list[Token]) -> Attribution | None:
    """Who closes a sentence by reporting it: `"Fight for $15" movement plans to protest, the Daily
    Caller reports.`, `"…" from diplomacy to the budget, in Bolton's view.`, `…, Jack Straw has said`."""
    last_comma = max((i for i in range(len(window)) if window[i].text == ","), default=None)
    if last_comma is not None and len(window) - last_comma <= _VIEW_TAIL:
        viewed = in_view(window, last_comma + 1)
        if viewed:
            return Attribution(viewed.cue, viewed.mention, "final")
    if last_comma is not None and is_according(window, last_comma + 1):
        source = according(window, last_comma + 1)  # `"…" to ensure they remain …, according to Paul Rees.`
        if source is not None:
            return Attribution(source.cue, source.mention, "final")
    for k in range(len(window) - 1, max(len(window) - _FINAL_CUE_REACH, 0), -1):
        if cue_at(window, k) and not window[k].lower.endswith("ing"):
            comma = max((i for i in range(k) if is_comma(window[i])), default=None)
            if comma is not None and k - comma <= _FINAL_SUBJECT_WORDS:
                subject = np_backward(window, k, comma + 1)
                if subject and subject.tokens[0] is window[comma + 1] and not _graded_list(window, comma):
                    return Attribution(window[k].text, _named_first(window, comma) or subject, "final")
            named = _named_first(window, comma) if comma is not None and k - comma <= _APPOSITIVE_WORDS else None
            if named and _plain_appositive(window, comma + 1, k):
                return Attribution(window[k].text, named, "final")  # `…", Marvin Hier, founder of … Center said.`
            return None
    return None


def _graded_list(window, comma: int) -> bool:
    """`shifts to larger, more diverse states`: a comparative before the comma and `more` after it
    grade one noun, which only looks like a cue; no subject and verb close the sentence."""
    before, after = window[comma - 1] if comma else None, window[comma + 1]
    return before is not None and before.is_word and not before.is_capitalised \
        and before.lower.endswith(("er", "est")) and after.lower in _GRADES


_GRADES = {"more", "less", "most", "least"}


def _plain_appositive(window, start: int, end: int) -> bool:
    """`founder of Jewish human rights group the Simon Wiesenthal Center`: a role, then words with
    no verb among them."""
    return window[start].lower in _ROLE_WORDS_OR_ARTICLES and all(
        t.is_word and not is_finite_verb(window, i) for i, t in enumerate(window[start:end], start))


def _named_first(window, comma: int) -> Mention | None:
    """`"…," Will Davies, senior research fellow at the IPPR told …`: the name that opens the window
    before an appositive left without its closing comma."""
    if not 2 <= comma <= 4 or window[comma + 1].is_capitalised:
        return None  # not `"…," Powell "…," the passage continued`: one word before a quotation's comma
    return name_run(window, 0, comma)


_VIEW_TAIL = 7  # `, in the senator's view` ends the sentence
_FINAL_CUE_REACH = 7  # `…, Wolverton wrote in a court filing.`
_FINAL_SUBJECT_WORDS = 10  # `…, Justice Department senior trial counsel Caroline Lewis Wolverton wrote`
_APPOSITIVE_WORDS = 16  # `…", Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said.`
_RELATIVE_WORDS = {"who", "whom", "whose", "which"}


_ADJUNCT_OPENERS = (PREPOSITIONS | {"as", "when", "while", "because", "though", "although"}) - {"that", "to"}


def _in_opening_adverbial(tokens, qi, window, k) -> bool:
    """The quotation sits in a phrase with no verb of its own that opens the sentence, and a comma
    ends that phrase before the cue's subject: `While accepting that people "have to be prepared"
    for an attack, Mr Solana said …`, `because of "volatility in the oil market", he said …`. What
    the cue reports includes it."""
    start = sentence_start(tokens, qi)
    before = [t for t in tokens[start:qi] if t.is_word]
    clause = bool(before) and before[0].lower in SUBORDINATORS  # `While the economy is growing at a "…" he warned`
    if not before or any(cue_at(tokens, i) or not clause and is_finite_verb(tokens, i)
                         for i in range(start, qi) if tokens[i].is_word):
        return False  # a cue of its own there (`Citing "…," the spokeswoman told …`) is found before the quotation
    comma = max((i for i in range(k) if window[i].text == ","), default=None)
    if comma is None:  # the comma right after the quotation: `"…", he said`
        return (qi + 1 < len(tokens) and tokens[qi + 1].text == "," or tokens[qi].quote_ends_with(",")
                or clause and k <= 2)
    return not any(is_finite_verb(window, i) for i in range(comma))


def _reports_something_else(window, k) -> bool:
    """`… Smith said the two cases were different`: the cue has a clause of its own, so it does not
    attribute the quotation before it. A labelling cue with an object of its own (`Smith described
    the crowd as …`) does too; `"A disaster," Smith called it` does not."""
    if CUE_FORMS.get(window[k].lower) in _OBJECT_CUES and k + 1 < len(window) and _takes_object(window[k + 1]):
        return True  # `Dundee United players had expressed their solidarity`
    if CUE_FORMS.get(window[k].lower) in _CLAUSE_CUES and 0 < k < len(window) - 1 and window[k - 1].is_word \
            and window[k + 1].lower in _CLAUSE_OPENING:  # its subject before it, not `…, say the Tories`
        return True  # `The Tories say the plans to give all children two hours of sport a week are unworkable`
    for i in range(k + 1, len(window)):
        tok = window[i]
        if tok.lower in ("on", "in") and i + 1 < len(window) and time_word(window[i + 1].lower):
            continue  # `told Fox News on Sunday that …`: a time, not a phrase that ends the report
        if tok.text in JOINERS or tok.lower in _RELATIVE_WORDS or tok.lower in _ADJUNCT_OPENERS:
            return False  # `said, adding …`, `said as he launched …`, `said of the encounter he had`
        if tok.lower in CLAUSE_STARTERS or tok.lower in FINITE_AUXILIARIES or tok.lower in IRREGULAR_PAST:
            return True
        if i > k + 1 and window[i - 1].is_capitalised and not window[i - 1].is_possessive \
                and is_finite_verb(window, i):
            return True  # `"…." Rep. Steve Israel said Clinton called on members to be "…"`: a name and its verb
    return False


_CLAUSE_CUES = {"say", "add", "claim", "argue", "insist", "believe", "warn", "note", "suggest", "stress", "admit",
                "state", "assert", "maintain", "contend", "declare", "explain", "predict", "reveal", "acknowledge",
                "concede", "remark", "observe", "recall", "complain", "reckon", "think", "emphasise", "emphasize"}
_CLAUSE_OPENING = ARTICLES_AND_POSSESSIVES | {"this", "these", "those"}  # a content clause's subject opens on one
_ANSWERING_CUES = {"disagree", "counter", "object", "respond", "protest"}  # `"…." Rubio disagreed.`: an answer to it
_OBJECT_CUES = LABEL_CUES | {"express", "reference", "highlight"}


def _source_aside(window, k) -> Attribution | None:
    """A source phrase set off by a dash at `k` (`according to X`, `as described by X`) after words that
    go on the quotation's phrase with no verb of their own: the quotation's source."""
    if window[k].text not in DASHES or not is_according(window, k + 1) or any(
            is_finite_verb(window, i) and not (i and window[i - 1].lower in PREPOSITIONS) or cue_at(window, i)
            for i in range(k)):  # `of classified information`: no verb
        return None
    return according(window, k + 1)


def _hits_back(window, k) -> bool:
    """`"…." Rubio fired back at Christie over …`: a cue at `k` with `back` (a retort: `fired`, `hit`,
    `shot back`) after a quotation that closed its sentence answers it: the quotation is someone else's."""
    return k + 1 < len(window) and window[k + 1].lower == "back"


def _acts_on(window, k) -> bool:
    """`"…." KA has also threatened Edith Masai with a similar ban`: a cue that does something to
    the word after it (a threat, a blame) is a sentence of its own, not the quotation's report."""
    return CUE_FORMS.get(window[k].lower) in _ACTING_CUES and k + 1 < len(window) and window[k + 1].is_word


_ACTING_CUES = PERSON_OBJECT | {"threaten", "urge"}


def _agrees_to_do(window, k) -> bool:
    """`"…?" Connors has also agreed to commentate for the BBC`: a promise to do something, a
    sentence of its own."""
    return (CUE_FORMS.get(window[k].lower) in _INTENT_CUES and k + 2 < len(window) and window[k + 1].lower == "to"
            and _base_verb(window[k + 2]))


_INTENT_CUES = {"agree", "promise", "vow", "pledge", "offer"}  # `threaten` acts on what follows: `_acts_on`


def _asks_to(window, k) -> bool:
    """`told the government not to …`, `urged ministers to act`: a cue that takes a person, the
    person, then `to` and a verb (or a quotation: `not to "compromise"`)."""
    if CUE_FORMS.get(window[k].lower) not in _PERSON_CUES:
        return False
    for i in range(k + 1, min(len(window), k + 1 + _ASKED_WORDS)):
        if not window[i].is_word:
            return False
        after = window[i + 1] if i + 1 < len(window) else None
        if window[i].lower == "to" and i > k + 1 and (after is None or _base_verb(after)):
            return True
    return False


def _asks_anonymity(window, k) -> bool:
    """`one resident, who asked not to be named, told the BBC`: a request in a relative clause, not the
    sentence's cue, which comes after it."""
    return k >= 2 and window[k - 1].lower == "who" and window[k - 2].text == "," and k + 1 < len(window) \
        and window[k + 1].lower in ("not", "to")


def _base_verb(tok) -> bool:
    """`act` in `to act`: a lowercase word that is no article, possessive or plural noun."""
    return tok.is_word and not tok.is_capitalised and tok.lower not in ARTICLES_AND_POSSESSIVES \
        and not tok.lower.endswith("s")


_ASKED_WORDS = 6  # `told the government not to`


def _has_own_object(window, k) -> bool:
    """A cue whose object opens with a possessive or an article (`confirmed their progress`), unless
    the cue takes a person (`told his audience`)."""
    return (k + 1 < len(window) and window[k + 1].lower in _OBJECT_OPENERS
            and CUE_FORMS.get(window[k].lower) not in _PERSON_CUES)  # `Williams though blamed her defeat`


_OBJECT_OPENERS = ARTICLES_AND_POSSESSIVES - {"the"}  # `said the minister`: a speaker
_PERSON_CUES = {"tell", "ask", "inform", "advise", "urge", "assure", "reassure", "remind", "warn", "thank"}


def _takes_object(token: Token) -> bool:
    return token.is_word and token.lower not in _OBJECT_PRONOUNS and token.lower not in PREPOSITIONS


_OBJECT_PRONOUNS = {"it", "them", "him", "her", "this", "that", "those", "these", "me", "us"}


def named_in_next_sentence(tokens: list[Token], qi: int) -> Attribution | None:
    """`"I'd rather have a sister in a whorehouse …" That quote from Alabama Securities Commissioner
    Thomas Krebs appeared …`, `"…" Those were the words of X.`, `"…" So said X.`: a quotation that is
    a sentence of its own, whose speaker the next sentence names as it opens."""
    if qi + 1 >= len(tokens) or sentence_start(tokens, qi) != qi:
        return None
    k = qi + 1
    if tokens[k].text in SENTENCE_END or tokens[k].text in DASHES:
        k += 1  # `"…". That quote from …`, `"…" - that was how X described it`
    elif tokens[qi].text.rstrip(CLOSING)[-1:] not in (".", "?", "!"):
        return None
    return names_the_words_before(tokens, k)


def names_the_words_before(tokens: list[Token], k: int) -> Attribution | None:
    """Who a sentence opening at `k` names as the speaker of the quotation just before it: `So says X`, `Those
    were the words of X`, `That was how X described it`, `X's famous words`."""
    words = [t.lower for t in tokens[k:k + 5 + _ADJECTIVES]]
    noun = next((j for j in range(3, min(len(words) - 1, 4 + _ADJECTIVES)) if words[j] in _VERDICTS), None) \
        if len(words) >= 5 and words[2] == "the" else None  # `That was the stark warning from X`
    if words[:3] in (["that", "was", "how"], ["that", "is", "how"], ["this", "is", "how"], ["this", "was", "how"]):
        return _described_how(tokens, k + 3)  # `"A total disaster" - that was how Nigel Farage described it`
    opened = next((j for j in range(1, min(len(words) - 1, 2 + _ADJECTIVES)) if words[j] in _VERDICTS
                   and words[j + 1] in ("from", "by", "of")), None) if words[:1] in (["that"], ["this"], ["the"]) else None
    if opened is not None and all(tokens[j].is_word and not tokens[j].is_capitalised for j in range(k + 1, k + opened)):
        cue, at = tokens[k + opened].text, k + opened + 2  # `the verdict of X`, `- the stark verdict of X`
    elif noun is not None and words[0] in _POINTING and words[1] in _WAS and words[noun + 1] in ("of", "from") \
            and all(tokens[j].is_word and not tokens[j].is_capitalised for j in range(k + 3, k + noun)):
        cue, at = tokens[k + noun].text, k + noun + 2  # `Those were the words of X`, `That was the verdict of X`
    elif words[:1] == ["so"] and words[1:2] and words[1] in _SO_CUES:
        cue, at = tokens[k + 1].text, k + 2  # `So said X`, `So says X`
    else:
        return _owners_words_next(tokens, k)
    named = np_forward(tokens[at:at + _NAMED_REACH])
    if named is None or not (named.tokens[-1].is_capitalised or _someone_described(named)):
        return None  # (`That is the view of many farmers`: no one in particular)
    return Attribution(cue, with_set_off_name(tokens, at, named), "after")


def _someone_described(named: Mention) -> bool:
    """`the prime minister`, `striking nurses`: a person or people described, not many of a kind (`many farmers`)."""
    head = named.tokens[-1]
    return head.is_word and people_word(head.lower) and named.tokens[0].lower not in QUANTIFIERS


def _owners_words_next(tokens: list[Token], k: int) -> Attribution | None:
    """`"We will fight on the beaches." Churchill's famous words still echo`: the next sentence opens on a
    name's words (a few lowercase words may qualify them)."""
    owner = next((j for j in range(k, min(len(tokens), k + _OWNER_REACH)) if tokens[j].is_possessive), None)
    if owner is None or not all(t.is_capitalised and t.is_word for t in tokens[k:owner + 1]):
        return None
    head = next((j for j in range(owner + 1, min(len(tokens), owner + 3)) if tokens[j].lower in _QUOTE_NOUNS), None)
    if head is None or not all(t.is_word and not t.is_capitalised for t in tokens[owner + 1:head]):
        return None
    owned = tokens[k:owner + 1]
    return Attribution(tokens[head].text, Mention(owned[0].start, owned[-1].end, tuple(owned)), "after")


_OWNER_REACH = 4  # `President Barack Obama's`


def _described_how(tokens: list[Token], at: int) -> Attribution | None:
    """The name at `at` in `that was how Nigel Farage described it`, before its verb of describing; or the one
    described there (`how the head of the NHS, Amanda Pritchard, described the figures`)."""
    verb = next((k for k in range(at, min(len(tokens), at + _NAMED_REACH)) if not tokens[k].is_capitalised), None)
    named = mention_of(tokens[at:verb]) if verb is not None and verb > at else None
    if named is None and not tokens[at].is_capitalised:
        return _how_described([tokens[at - 2], tokens[at - 1], *tokens[at:at + _DESCRIBER_WORDS + 1]])
    return Attribution(tokens[verb].text, named, "after") if named is not None and tokens[verb].lower in _DESCRIBING \
        else None


_DESCRIBING = {"described", "describes", "put", "puts", "summed", "sums", "characterised", "characterized", "called",
               "calls", "branded", "brands", "labelled", "labeled", "greeted", "greets", "reacted", "reacts"}
_QUOTE_NOUNS = {"quote", "quotation", "line", "remark", "remarks", "comment", "comments", "words"}
_NAMED_REACH = 8
_POINTING = {"that", "this", "those", "these", "such"}
_WAS = {"was", "were", "is", "are"}
_VERDICTS = _QUOTE_NOUNS | {"verdict", "view", "message", "warning", "assessment", "response", "reaction", "plea",
                            "advice", "judgment", "judgement", "conclusion", "answer", "reply", "retort"}
_SO_CUES = {"said", "says", "wrote", "writes", "insists", "insisted", "argues", "argued"}


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_SAYINGS_CLAIMS_OPINIONS = frozenset(SAYINGS | CLAIMS | _OPINIONS)
_ROLE_WORDS_OR_ARTICLES = frozenset(ROLE_WORDS | {"the", "a", "an"})
