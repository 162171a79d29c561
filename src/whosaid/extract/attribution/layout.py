"""What a paragraph's shape says of who speaks: `Name: "…"`, a transcript's `PENCE: …`, a
`- Sanders.` signature, a lead-in that ends on a colon, a sentence about someone before a quotation."""
from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..cues import cue_at
from ..lexicon import (ARTICLES_AND_POSSESSIVES, AUXILIARIES, BODY_NOUNS, CLAUSE_OPENERS, CUE_FORMS, DETERMINERS,
                       FEELINGS, FINITE_AUXILIARIES, FIRST_PERSON, HEADLINE_VERBS, HE_OR_SHE_WORDS, LEGAL_TEXTS,
                       ORG_WORDS, PLACES, PREPOSITIONS, PREPOSITIONS_OR_DETERMINERS, SENT_TEXTS, SOURCE_TEXTS,
                       SPEAKER_PRONOUNS, given_name, invertible, plural, singular)
from ..marks import Marked
from ..phrases import (DASHES, NAME_WORDS, OWNED_TEXTS, RELATIVES, TITLE_WORD, Mention, head_before, index_of,
                       last_sentence, mention_of, name_before, name_run, named_after_a_person_word, np_backward,
                       np_forward, past_dateline, people_word, sentence_start, verbish, sentence_subject, speaking_head,
                       title_case)
from ..tokens import SENTENCE_END, Token, tokenize
from ..verbs import FINITE_BE, is_adverb, is_finite_verb, is_passive, ly_adverb
from .after import byline, cue_after, final_report
from .before import APPOSITIVE_REACH, by_subject, cue_before, past_appositive
from .common import ASKING, PAGE_LABELS, QUESTION_WORDS, Attribution


def labelled(tokens: list[Token], qi: int, set_off: bool = False) -> Attribution | None:
    """`Jeffrey M. Jones: "…"`, `More from Jones: "…"`, `Clinton: "…" Bush: "…"`: a name right
    before the colon that opens the quotation (not a place: `in Washington: "…"`). With `set_off`,
    only a label that opens its sentence or follows a dash (`… the caucus - HuffPollster: "…"`)."""
    colon = qi - 1
    if colon < 1 or tokens[colon].text != ":":
        return None
    writer = _byline_of_a_title(tokens, colon)
    if writer is not None:
        return writer
    colon = _past_the_medium(tokens, _past_brackets(tokens, colon))  # `Jane Smith, in a statement: "…"`: her
    # words, in writing; `Jane Smith (Labour, Leeds Central): "…"`: hers, her party and seat in brackets
    described = _described_label(tokens, colon) or _reaction_label(tokens, colon)
    if described is not None:
        return described
    j = colon
    while j > 0 and colon - j < NAME_WORDS and (tokens[j - 1].is_capitalised or tokens[j - 1].lower == "and"
                                                or tokens[j - 1].lower in _TOPICS and j < colon):
        j -= 1  # (`Sir Keir Starmer on Ukraine:`)
    while j < colon and tokens[j].lower in PREPOSITIONS:
        j += 1  # `On Trump: "…"`
    topic = next((k for k in range(j + 1, colon) if tokens[k].lower in _TOPICS), colon)
    name = tokens[j:topic]  # `CNN President On Trump: "…"`: the president speaks about Trump
    if not name or not name[0].is_capitalised or not name[-1].is_capitalised:
        return None
    if len(name) == 1 and name[0].lower in _NOT_HEADLINE_LABELS or name[0].lower in _STORMS:
        return None  # `Interview: 'I never thought I'd win'`: a page's label, no one's name; `Storm Darragh:`, a
        # storm's
    if len(name) > 1 and ly_adverb(name[0].lower) and not given_name(name[0].text):
        return None  # `Strictly Come Dancing: Star 'heartbroken'`: a show's title, no one's name
    before = tokens[j - 1] if j > 0 else None
    if set_off and not (before is None or before.text in DASHES or before.text in SENTENCE_END):
        return None
    if before is not None and (before.is_capitalised or before.lower in PREPOSITIONS and (
            before.lower != "from" or j > 1 and people_word(tokens[j - 2].bare.lower()))):
        return None  # (but `More from Jones:`; not `Dad from Leeds:`, where a person is from)
    if _object_of_preposition(tokens, j):
        return None  # `Jeb Bush broke down … to the Dutch newspaper NRC Handelsblad: "…"`: whom he told
    if before is not None and (before.lower in HEADLINE_VERBS or before.lower in CUE_FORMS
                               or not before.is_capitalised and is_finite_verb(tokens, j - 1)):
        return None  # `Elizabeth Warren hammers Wells Fargo CEO: "…"`, `Trump tagged Fox News in a post that
        # read: "…"`: whom the verb takes, not who speaks
    if any(t.lower in CUE_FORMS or t.lower in HEADLINE_VERBS for t in name):
        return None  # a headline: `Trump Slams Clinton: "…"`
    mention = mention_of(name)
    return Attribution(":", mention, "before") if mention else None


_TOPICS = ("on", "about")  # `CNN President On Trump: "…"`: what the speaker speaks about


def _described_label(tokens: list[Token], colon: int) -> Attribution | None:
    """`Mary Smith, 45, a teacher from Leeds: "…"`: a vox pop's label, a name opening the paragraph and
    what describes her up to the colon (her age, her work, her town), with no verb: the name speaks,
    not the town. The name may open a list's item after a dash, the first of the paragraph or one after
    another's quotation (`- Nigel Farage: "…" - Zack Polanski, Green Party leader: "…"`)."""
    first = next((k + 1 for k in range(colon - 1, max(-1, colon - _LABEL_WORDS), -1)
                  if tokens[k].text in DASHES or tokens[k].is_quote), 0)
    end = first
    while end < min(colon, first + NAME_WORDS) and tokens[end].is_capitalised:
        end += 1
    if end == first or end >= colon or tokens[end].text != "," or colon - end > _LABEL_DESCRIPTION_WORDS \
            or all(t.text.isupper() for t in tokens[first:end]) or first and not _opens_an_item(tokens, first):
        return None  # (nor a heading in capitals: `IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - …:`)
    if any(t.text in SENTENCE_END or t.text in DASHES or t.is_quote or t.lower in CUE_FORMS
           or is_finite_verb(tokens, k) and not (tokens[k - 1].text == "," and t.lower.endswith("ed"))
           for k, t in enumerate(tokens[end + 1:colon], end + 1)):
        return None  # (but `, retired,`: a description)
    mention = mention_of(tokens[first:end])
    return Attribution(":", mention, "before") if mention else None


def _reaction_label(tokens: list[Token], colon: int) -> Attribution | None:
    """`Match of the Day pundit Alan Shearer: "…"`, `Former Arsenal striker Ian Wright on BBC Radio 5 Live: "…"`,
    `Real Madrid boss Carlo Ancelotti to Movistar: "…"`, `Mikel Arteta on the win: "…"`, `Rice to Amazon Prime:
    "…"`: a live page's line of reaction, opening its paragraph (or an item after a dash or a quotation): a name,
    a description before it, or after it the outlet they spoke on or to or what about, and no verb."""
    first = next((k + 1 for k in range(colon - 1, max(-1, colon - _LABEL_WORDS), -1)
                  if tokens[k].text in DASHES or tokens[k].is_quote), 0)
    if first and not _opens_an_item(tokens, first) or colon - first < 3:
        return None
    outlet = next((k for k in range(first + 1, colon) if tokens[k].lower in ("on", "to")
                   and tokens[k - 1].is_capitalised), colon)
    if outlet + 1 == colon or not (all(t.is_capitalised or t.text.isdigit() for t in tokens[outlet + 1:colon])
                                   or tokens[outlet].lower == "on" and _a_topic(tokens, outlet + 1, colon)):
        return None  # (`on BBC Radio 5 Live`, `to Movistar`, `on the win`)
    start = outlet
    while start > first and tokens[start - 1].is_capitalised and tokens[start - 1].is_word \
            and outlet - start < NAME_WORDS:
        start -= 1
    if any(t.lower in CUE_FORMS or t.lower.endswith("ing") for t in tokens[start:outlet]):
        return None  # not `Speaking to Sky News: "…"`, a participle's phrase
    if start == first:  # the name opens the line: something after it, and two words unless the outlet's in capitals
        described = outlet < colon and (outlet - start >= 2 or tokens[outlet + 1].is_capitalised)
    else:  # a full name after a word for a person (`pundit Alan Shearer`), all words, no verb
        described = outlet - start >= 2 and not tokens[start - 1].is_capitalised \
            and people_word(tokens[start - 1].bare.lower()) and not any(
                not t.is_word or t.lower in CUE_FORMS or t.lower in HEADLINE_VERBS or is_finite_verb(tokens, k)
                for k, t in enumerate(tokens[first:start], first))
    mention = mention_of(tokens[first:outlet]) if described and start < outlet else None
    return Attribution(":", mention, "before") if mention else None


def _a_topic(tokens: list[Token], start: int, end: int) -> bool:
    """`the win`, `his second goal`: a few words in lowercase with no verb, what a reaction is about."""
    return 0 < end - start <= _TOPIC_WORDS and all(
        t.is_word and not t.is_capitalised and t.lower not in CUE_FORMS and not is_finite_verb(tokens, k)
        for k, t in enumerate(tokens[start:end], start))


_TOPIC_WORDS = 4


def _opens_an_item(tokens, first: int) -> bool:
    """Whether a list's item opens at `first`: after a dash that opens the paragraph or follows a quotation or
    a colon (`Reaction: - Nigel Farage: "…" - Zack Polanski, …:`)."""
    k = first - 1
    return tokens[k].text in DASHES and (k == 0 or tokens[k - 1].is_quote or tokens[k - 1].text == ":")


_LABEL_DESCRIPTION_WORDS = 14  # `, 45, a retired teacher from the village of …`
_LABEL_WORDS = NAME_WORDS + _LABEL_DESCRIPTION_WORDS + 2  # how far back a label may open


def _past_brackets(tokens: list[Token], colon: int) -> int:
    """Where the round brackets open that close right before `colon`, holding a few capitalised words and
    commas (`Jane Smith (Labour, Leeds Central):`) or, after a name, words that describe with no verb
    (`Kieran Culkin (best supporting actor):`); else `colon` itself."""
    if colon < 2 or tokens[colon - 1].text != ")":
        return colon
    k = next((k for k in range(colon - 2, max(0, colon - _BRACKETED_WORDS) - 1, -1) if tokens[k].text == "("), None)
    inside = tokens[k + 1:colon - 1] if k else []
    if inside and all(t.is_capitalised or t.text == "," for t in inside):
        return k
    described = inside and tokens[k - 1].is_capitalised and all(
        t.is_word and t.lower not in CUE_FORMS and t.lower not in AUXILIARIES and t.lower not in RELATIVES
        and not is_finite_verb(tokens, j) for j, t in enumerate(inside, k + 1))
    return k if described else colon


_BRACKETED_WORDS = 8  # `(D-Ill., Chicago)`, `(Labour, Leeds Central)`


def _past_the_medium(tokens: list[Token], colon: int) -> int:
    """Where a name before `colon` ends when what comes between names the medium its words came in
    (`Jane Smith, in a statement:`, `Smith in an interview with CNN:`, `the ministry, on its website:`):
    the comma or the preposition; else `colon` itself."""
    k = colon - 1
    while k > 0 and colon - k <= _MEDIUM_WORDS and tokens[k].lower not in ("in", "on", "via"):
        k -= 1
    if k <= 0 or colon - k > _MEDIUM_WORDS or not any(t.lower in _MEDIA for t in tokens[k + 1:colon]) \
            or any(t.text in SENTENCE_END or t.is_quote or t.lower in CUE_FORMS and t.lower not in _MEDIA
                   for t in tokens[k + 1:colon]):
        return colon  # (`Jane Smith, in a statement, said:`: the cue's)
    return k - 1 if tokens[k - 1].text == "," else k


_MEDIUM_WORDS = 7  # `in an interview with CNN's Jake Tapper`
_MEDIA = SENT_TEXTS | {"interview", "tweet", "post", "posting", "speech", "video", "release", "op-ed", "column",
                       "website", "blog", "podcast", "broadcast", "address"}


def _object_of_preposition(tokens, j: int) -> bool:
    """The name at `j` ends a phrase that a preposition and an article open, past a few describing
    words (`to the Dutch newspaper`); not `from` or `by`, which name the source (`the question
    posed by Brighton nurse Marion Brown: "…"`)."""
    for k in range(j - 1, max(0, j - 1 - _ADDRESSEE_WORDS), -1):
        if not tokens[k].is_word:
            return False
        if tokens[k].lower in ARTICLES_AND_POSSESSIVES:
            return tokens[k - 1].lower in PREPOSITIONS and tokens[k - 1].lower not in ("from", "by")
    return False


_ADDRESSEE_WORDS = 4  # the article and up to three words after it


def _byline_of_a_title(tokens, colon: int) -> Attribution | None:
    """`"The Living Room to close," by Times' Ben Sisario: "…"`: a quoted title, `by` and its writer,
    whose piece the quotation the colon opens is; the outlet owning the writer left out."""
    by = next((k for k in range(colon - 1, max(colon - _BYLINE_WORDS, 1), -1) if tokens[k].lower == "by"), None)
    if by is None or not tokens[by - 1].is_quote or by + 1 == colon \
            or not all(t.is_capitalised for t in tokens[by + 1:colon]):
        return None
    first = max((k + 1 for k in range(by + 1, colon) if tokens[k].is_possessive), default=by + 1)
    mention = mention_of(tokens[first:colon]) if first < colon else None
    return Attribution(":", mention, "before") if mention else None


_BYLINE_WORDS = 9


def headed(tokens: list[Token], qi: int) -> Attribution | None:
    """`- Bolton boss Sam Allardyce "I am bitterly disappointed …" - Newcastle boss Graeme Souness
    "We deserved the win."`: a list of reactions, each opening with a dash and a name that goes
    straight into the quotation; or with nothing, the paragraph a list's item whose dash the markup
    took (`<li>`, Markdown's `- `), when the quotation is a sentence of four words or more and the
    paragraph ends on it or on more quotations (not a headline's `… Speaks ‘Directly To White People’
    After …`)."""
    if qi < 1 or not tokens[qi - 1].is_capitalised:
        return None
    dash = next((k for k in range(qi - 2, max(-1, qi - NAME_WORDS - 4), -1) if not tokens[k].is_word), None)
    if dash is None and qi <= NAME_WORDS + 3 and _a_sentence(tokens[qi].text) \
            and (qi + 1 == len(tokens) or tokens[qi + 1].is_quote):
        dash = -1  # `Bolton boss Sam Allardyce "I am …`: the paragraph opens on the name
    elif dash is None or tokens[dash].text not in DASHES:
        return None
    if dash > 0 and not (tokens[dash - 1].is_quote or tokens[dash - 1].text in SENTENCE_END):
        return None
    if any(t.lower in CUE_FORMS for t in tokens[dash + 1:qi]):
        return None
    mention = name_before(tokens, qi, dash + 1)
    if mention is None or dash < 0 and any(t.lower in PREPOSITIONS_OR_DETERMINERS for t in tokens[:qi]):
        return None  # nor `In Washington "The …`
    return Attribution(tokens[dash].text if dash >= 0 else "-", mention, "before")  # the item's dash, as written or not


def _a_sentence(quotation: str) -> bool:
    """A quotation that opens on a capital, runs to four words or more and ends as a sentence does (not a
    headline's `Rank 'Set to Sell Off Film Unit'`)."""
    words = quotation.strip("\"“”‘’'« »").split()
    return len(words) >= 4 and words[0][:1].isupper() and words[-1][-1:] in ".!?…"


_LABEL = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}):\s+(?=\S)")


_NAME_LABEL = re.compile(r"([A-Z][a-z'’\-]+ [A-Z][a-z'’\-]+):\s+(?=\S)")
_NOT_LABELS = {"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "WATCH", "READ", "VIDEO", "PHOTOS", "Q", "A"}


def transcript_turn(text: str, span: Marked, named=None) -> tuple[Marked, Attribution] | None:
    """`"PENCE: Well, look, …"`: a quoted transcript, whose turn is the labelled speaker's; or
    `"Chris Matthews: Seriously, …"` opening its paragraph, a full name that `named` (given the
    words) says the document gives elsewhere too (not `chanted "Chris Christie: Bad for New Jersey"`)."""
    label = _LABEL.match(text, span.start, span.end)
    if not label and named is not None and not text[:span.outer_start].strip():  # opening its paragraph
        label = _NAME_LABEL.match(text, span.start, span.end)
        label = label if label and named(tuple(label.group(1).split())) else None
    if not label or label.group(1) in _NOT_LABELS or label.end() >= span.end:
        return None
    words = tuple(Token(m.group().title(), m.start(), m.end()) for m in re.finditer(r"\S+", label.group(1)))
    mention = Mention(label.start(1), label.end(1), words)
    return replace(span, start=label.end()), Attribution(":", mention, "transcript")


_SIGNATURE_WORDS = 16


def signature(text: str) -> Attribution | None:
    """`- Sanders.`, `-Michelle Marks, Philadelphia.`: a short paragraph that signs the quotation
    before it."""
    if text.lstrip()[:1] not in DASHES or len(text.split()) > _SIGNATURE_WORDS:
        return None  # most paragraphs: no need to tokenize
    embedded = _EMBEDDED_POST.fullmatch(text.strip())
    if embedded:  # `— Elon Musk (@elonmusk) March 3, 2024`: an embedded post's signature, its handle and date
        text = text[:embedded.end(1)]
    tokens = tokenize(text, [])
    if not tokens or tokens[0].text not in DASHES:
        return None
    return byline(tokens[1:])


_EMBEDDED_POST = re.compile(r"(.+?)\s*\(@\w+\)(?:\s+[A-Z][a-z]+\.? \d{1,2}, \d{4})?")


def in_headline(found: Attribution | None, tokens: list[Token], qi: int) -> Attribution | None:
    """A headline's speaker, if it has one. Its subject speaks a quotation with no cue, but not
    one that is its predicate (`EU rules 'won't stop UK spending'`, `Whitehall cuts 'ahead of
    target'`: no verb, a noun read as one); none speaks through a passive (`Prince crowned 'top
    music earner'`, `Parties warned over 'grey vote'`), and a thing speaks in none (`February poll
    claim 'speculation'`, `'Super union' merger plan touted`)."""
    if found is None or found.mention is None:
        return _headline_label(tokens, qi) or _headline_speaker_after(tokens, qi) or _how_they_feel(tokens, qi) \
            or found
    verb = found.cue.lower()
    cue = _cue_index(tokens, found.cue, 0, qi - 1)
    if found.where == "subject" and cue is not None and tokens[qi - 1].text == ":" \
            and _modifies_in_label(tokens[:qi - 1], cue) \
            and (label := _described_headline_label(tokens, qi - 1)) is not None:
        return label  # `Knife attack victim: '…'`: a person described, no subject and verb
    if found.where == "subject" and verb not in CUE_FORMS and verb not in _SPEAKING_TEXTS and any(
            t.text == found.cue and k + 1 < qi and tokens[k + 1].text == ":" for k, t in enumerate(tokens[:qi])):
        return _headline_label(tokens, qi)  # `Gaza ceasefire: 'We want our children home'`: a topic, no verb (but
        # `WSJ editorial: '…'`: a text that says it)
    if verb.endswith("ed") or _told_in_headline(tokens, found, qi) \
            or found.where == "subject" and verb not in CUE_FORMS and (
            _predicate(tokens, qi) or qi > 0 and tokens[qi - 1].lower == verb and verb not in _DELIVERS):
        return _headline_label(tokens, qi)  # and not `Holmes wins '2004 top TV moment'`: what the verb takes
    if verb == "talks" and qi > 0 and tokens[qi - 1].lower == verb:
        return _headline_label(tokens, qi)  # `Russia WTO talks 'make progress'`: the talks, of which it is said
    return found if may_speak(found.mention) else _headline_label(tokens, qi)


def _told_in_headline(tokens: list[Token], found: Attribution, qi: int) -> bool:
    """`Jury told of 'frenzied' attack`, `MPs told: 'No deal is off'`: a headline's `told` with no one told after
    it is a passive, the subject the one told, as a hearing always is (`Inquest told mother 'begged for help'`;
    not `Trump told aides 'I want out'`)."""
    k = _cue_index(tokens, found.cue, 0, qi)
    return found.cue.lower() == "told" and k is not None and (
        k + 1 == qi or tokens[k + 1].text == ":" or tokens[k + 1].lower in ("of", "to", "that", "about")
        or found.mention.tokens[-1].lower in _HEARINGS)


_HEARINGS = {"court", "jury", "inquest", "tribunal", "hearing", "trial", "inquiry"}


def _how_they_feel(tokens: list[Token], qi: int) -> Attribution | None:
    """`Minister 'deeply sorry' over scandal`, `Brown 'proud of economy record'`: a headline that opens on a
    person, named or described, then quotes how they feel, with no verb: their words (but `Ebbers 'aware' of
    WorldCom fraud`, `Economy 'strong'`: a claim about them, or a thing)."""
    end = qi - 3 if qi > 3 and tokens[qi - 1].text == "," == tokens[qi - 3].text and tokens[qi - 2].text.isdigit() \
        else qi  # `Woman, 90, 'terrified' after break-in`: past the age
    if not 0 < end <= NAME_WORDS or not all(t.is_word for t in tokens[:end]):
        return None
    words = [w.lower().rstrip("'’") for w in TITLE_WORD.findall(tokens[qi].text)[:2]]
    if words[:1] and words[0] in _INTENSIFIERS:
        words = words[1:]
    if not words or words[0] not in _HEADLINE_FEELINGS:
        return None
    head = tokens[end - 1]
    mention = mention_of(tokens[:end]) if head.is_capitalised or people_word(head.bare.lower()) else None
    return Attribution("", mention, "before") if mention is not None and may_speak(mention) else None


_INTENSIFIERS = {"deeply", "very", "so", "truly", "really", "extremely", "absolutely", "utterly", "totally", "hugely",
                 "incredibly", "immensely", "bitterly", "profoundly", "genuinely"}
_HEADLINE_FEELINGS = FEELINGS | {"sorry", "heartbroken", "gutted", "proud", "happy", "sad", "angry", "furious", "upset",
                                 "ashamed", "grateful", "thankful", "hopeful", "optimistic", "confident", "terrified",
                                 "scared", "frightened", "traumatised", "traumatized", "distraught", "overwhelmed"}


def _headline_label(tokens: list[Token], qi: int) -> Attribution | None:
    """`Lewandowski: FBI director acted as 'judge and jury' on Clinton`: the name a headline opens
    with before a colon, who said what it quotes after it; not `The Latest:`, `Analysis:`."""
    colon = next((k for k in range(1, min(qi, NAME_WORDS + 1)) if tokens[k].text == ":"), None)
    if colon is None or tokens[0].lower == "the" or any(t.lower in _NOT_HEADLINE_LABELS for t in tokens[:colon]):
        return None
    if colon + 1 == qi:
        return _described_headline_label(tokens, colon)  # a name right before the quotation's colon is `labelled`'s
    return labelled(tokens, colon + 1, set_off=True) or _described_headline_label(tokens, colon)


def _described_headline_label(tokens: list[Token], colon: int) -> Attribution | None:
    """`Flood victim: 'We have lost everything'`, `Man who saved drowning boy: 'Anyone would have done it'`: a
    person described in lowercase before a headline's colon (and a `who` clause or an `of` phrase on them), who said
    what it quotes."""
    clause = next((k for k in range(1, colon) if tokens[k].lower in ("who", "of", "from")), colon)  # (`Mum of
    # murdered teen:`)
    head = tokens[:clause]
    if not (1 if clause < colon else 2) <= len(head) <= NAME_WORDS or not all(t.is_word for t in tokens[:colon]) \
            or any(t.is_capitalised for t in head[1:]) or not people_word(head[-1].bare.lower()) \
            or any((verbish(t) or is_finite_verb(tokens, k)) and not _modifies_in_label(head, k)
                   for k, t in enumerate(head)):
        return None  # (one word is `labelled`'s: `Rescuer: '…'`; not `Floods hit Hull: '…'`)
    mention = mention_of(head)
    return Attribution(":", mention, "before") if mention is not None else None


def _modifies_in_label(head, k: int) -> bool:
    """`Stabbing victim`, `Knife attack victim`: a word a verb's form may take that modifies the person a headline's
    label ends on, as its first word in `-ing` or as a plain form after one thing (which would take `attacks`); not
    `Police attack protesters`, whose subject is people."""
    low = head[k].lower
    if k == len(head) - 1 or low in AUXILIARIES:
        return False
    if k == 0:
        return low.endswith("ing")
    before = head[k - 1].bare.lower()
    return k == 1 and not low.endswith(("s", "ed", "ing")) and not before.endswith("s") and not people_word(before)


def _headline_speaker_after(tokens: list[Token], qi: int) -> Attribution | None:
    """`'We will win': Starmer on election chances`, `'I feel betrayed': Post Office victim on delays`: a headline that
    opens on a quotation, then a colon or a dash and who said it, alone or before what about (`on`, `over`)."""
    if qi != 0 or len(tokens) < 3 or tokens[1].text not in (":", *DASHES):
        return None
    if tokens[1].text == ":" and not _a_title(tokens[0].text):
        said = cue_after([tokens[0], Token("—", tokens[1].start, tokens[1].end), *tokens[2:]], 0)
        if said is not None and said.mention is not None and said.where == "after":
            return said  # `'I felt invisible': Women describe long waits`, as after a dash (not `'Squid Game':
            # Netflix confirms third series`, a work's title)
    end = next((k for k in range(2, len(tokens)) if tokens[k].lower in _HEADLINE_TOPIC_OPENERS), len(tokens))
    speaker = tokens[2:end]
    if not 1 <= len(speaker) <= NAME_WORDS or not all(t.is_word for t in speaker):
        return None
    if not all(t.is_capitalised for t in speaker) and not (people_word(speaker[-1].bare.lower()) and not any(
            is_finite_verb(tokens, k) or verbish(tokens[k]) or tokens[k].lower.endswith("s")
            for k in range(2, end - 1) if not tokens[k].is_capitalised)):
        return None  # a name, or people described (`flood victims`); not `Floods hit Hull` nor `Badenoch defies
        # critics`, clauses
    mention = mention_of(list(speaker))
    return Attribution(tokens[1].text, mention, "after") if mention is not None and may_speak(mention) else None


def _a_title(quoted: str) -> bool:
    """Two words or more, each in capitals: `'Squid Game'`, a work's title."""
    words = TITLE_WORD.findall(quoted)
    return len(words) >= 2 and title_case(words)


_HEADLINE_TOPIC_OPENERS = {"on", "over", "about"}  # `'…': Starmer on election chances`
_STORMS = frozenset({"storm", "hurricane", "typhoon", "cyclone"})  # `Storm Darragh`: a storm's name
_NOT_HEADLINE_LABELS = PAGE_LABELS | {label.lower() for label in _NOT_LABELS} | _STORMS | {
    "brexit", "covid", "covid-19", "coronavirus", "budget", "election", "floods", "flooding", "heatwave",
    "wildfires"}  # `Breaking:`; a topic's (`Storm Darragh:`, `Brexit:`), no one's


_SPEAKING_TEXTS = SOURCE_TEXTS | SENT_TEXTS | LEGAL_TEXTS | {"editorial", "column", "op-ed", "tweet", "post", "blog"}
_DELIVERS = {"issues", "offers", "makes", "gives", "sends", "delivers", "releases", "publishes", "posts"}  # words too


def _predicate(tokens: list[Token], qi: int) -> bool:
    """`'won't run again'`, `'must go if guilty'`, `'here to stay'`, `to 'double by 2010'`: a
    quotation that says what the words before it do or are."""
    first = _FIRST_WORD.match(tokens[qi].text)
    return qi > 0 and tokens[qi - 1].lower == "to" or first is not None and first.group(1).lower() in _PREDICATES


_FIRST_WORD = re.compile(r"\W*([\w'’]+)")
_PREDICATES = {"will", "won't", "won’t", "would", "must", "could", "can", "can't", "can’t", "may", "might", "should",
               "shall", "is", "are", "was", "were", "be", "has", "have", "had", "not", "to", "here", "there", "ahead",
               "still", "set", "likely", "unlikely", "in", "on", "at", "out", "off", "back", "up", "down"}


def announcement(tokens: list[Token]) -> Attribution | None:
    """The cue and speaker of a sentence that ends on a colon: `Cruz continued:`."""
    return cue_before(tokens, len(tokens)) or by_subject(tokens, len(tokens)) or given_the_last_word(
        tokens, sentence_start(tokens, len(tokens)), len(tokens))


def _closing_inversion(tokens: list[Token], start: int, end: int) -> Mention | None:
    """The name that ends a sentence after `, says` (the sentence runs from `start` to its full
    stop at `end`), perhaps before an appositive: `…, says certified nutritionist Anju Mobin.`,
    `…, argues Mr Donofrio, Industry Week's 2003 Technology Leader of the Year.`"""
    found = _inversion_before(tokens, start, end)
    reach = max(start, end - APPOSITIVE_REACH - 1)
    comma = next((k for k in range(end - 1, reach, -1) if tokens[k].text == ","), None)
    if found is None and comma is not None and not _clause(tokens[comma + 1:end]):
        found = _inversion_before(tokens, start, comma)
    return found


def _clause(words) -> bool:
    """A quotation, a cue or an auxiliary among words after a comma: more than an appositive."""
    return any(t.is_quote or t.lower in CUE_FORMS or t.lower in AUXILIARIES for t in words)


def _inversion_before(tokens: list[Token], start: int, end: int) -> Mention | None:
    for c in range(end - 1, max(start, end - _INVERSION_REACH) - 1, -1):
        if tokens[c].text == "," or tokens[c].is_quote:
            return None
        if invertible(tokens[c].lower) and c > start and tokens[c - 1].text == ",":
            named = tokens[c + 1:end]
            last = next((k for k in range(len(named) - 1, -1, -1) if not named[k].is_capitalised), -1)
            name = named[last + 1:]
            return mention_of(name) if name and all(t.is_word for t in named) else None
    return None


_INVERSION_REACH = 7


def closing_speaker(tokens: list[Token], start: int, end: int) -> Mention | None:
    """Who the closing cue of the sentence from `start` to `end` (its stop included) names:
    `…, MPs said.`"""
    if end > start and tokens[end - 1].text in SENTENCE_END:
        end -= 1
    return _closing_cue(tokens, start, end)


def _closing_cue(tokens: list[Token], start: int, end: int) -> Mention | None:
    """The speaker of a sentence that closes on its cue after a comma (`…, he said.`, `…, Smith
    said.`): the next sentence, with no speaker of its own, goes on reporting them (`Good information
    can still win, but only when "the truth is sexier than the lie."`)."""
    c = end - 1
    if c - 2 < start or not tokens[c].is_word or not _reports(tokens[c].text):
        return None
    k = c - 1
    if tokens[k].lower in ("he", "she"):
        k -= 1
    else:
        while k > start and tokens[k].is_capitalised:
            k -= 1
    if k == c - 1:  # `…, the spokesman said.`: a description, `the` and up to three lowercase words
        k = next((j - 1 for j in range(c - 2, max(start, c - _DESCRIBED_WORDS - 1), -1) if tokens[j].lower == "the"
                  and all(t.is_word and not t.is_capitalised for t in tokens[j + 1:c])), k)
    return mention_of(tokens[k + 1:c]) if k < c - 1 and tokens[k].text == "," else None


_DESCRIBED_WORDS = 3  # `the party's spokesman`, `the official`


_REPORTING = {"say", "tell", "add", "explain", "argue", "note", "write", "warn", "insist", "claim", "admit", "stress",
              "predict", "reveal", "agree", "suggest", "believe", "criticise", "criticize", "condemn", "praise",
              "dismiss", "deny", "respond", "reply", "counter", "urge", "accuse", "blame", "disagree", "echo",
              "acknowledge", "concede", "maintain", "promise", "pledge", "vow", "declare", "announce", "observe",
              "assert", "contend", "complain", "recall", "confirm", "emphasise", "emphasize", "reckon",
              "testify", "caution", "speculate"}
_REPORTING_IN_THE_PAST = {"state", "remark", "comment", "tweet", "boast", "joke", "hint", "lament"}  # `comments`,
# `states`, `jokes`: nouns too, but `stated`, `remarked` are verbs


def _reports(cue: str) -> bool:
    """A verb that reports what someone said (`said`, `stated`), not a participle (`saying`) nor a noun
    (`comments`)."""
    lemma = CUE_FORMS.get(cue.lower())
    return (lemma in _REPORTING or lemma in _REPORTING_IN_THE_PAST and cue.endswith("ed")) and not cue.endswith("ing")


def previous_subject(tokens: list[Token], qi: int, spoken: frozenset[int] | None = None) -> Attribution | None:
    """A quotation that is a sentence of its own, after a sentence about someone:
    `Clinton touted her record. "We need …"` -> Clinton; `where` is "reported" after a sentence
    that reports what someone said (`Adam Jollans … said the move was …. "We believe …"`). Of the
    quoted spans, only the token indexes in `spoken` (all, when None) are speech: a title in the
    sentence before (`On "Face the Nation," Sen. Bernie Sanders … identified …`) quotes no one."""
    start = sentence_start(tokens, qi)
    start += 1 if tokens[start].text == ")" and start < qi else 0  # `…. (The laws …) "…"`: the aside's mark
    if start == past_dateline(tokens, 0, qi) or _subject_of_a_verb(tokens, qi) or tokens[start - 1].text == "?":
        return None  # no sentence before (a dateline is none), nor a question: `So is UKIP's job …, as Kilroy-Silk
        # once declared? "No. …"`
    end = len(_without_closing_aside(tokens[:start]))  # `Richards also spoke about …. (The laws …) "…"`: the
    previous = sentence_start(tokens, end - 1)  # sentence before the aside, which ends at `end`
    if any(t.is_quote and (spoken is None or k in spoken) for k, t in enumerate(tokens[previous:end], previous)):
        return _joined_speaker(tokens, previous, end - 1)
    closing = _closing_inversion(tokens, previous, end - 1) or _closing_cue(tokens, previous, end - 1)
    if closing:  # `…, says certified nutritionist Anju Mobin. "Vitamin C is …"`
        return Attribution("", closing, "context")
    # `X called him a master at it. "He showed …"`: the main clause's cue, else the nearest
    cued = _first_cue(tokens, previous, end - 1) or cue_before(tokens[:end - 1], end - 1)
    c = _cue_index(tokens, cued.cue, previous, end - 1) if cued is not None else None
    if c is not None and _in_the_opening_clause(tokens, c, previous, end - 1):
        cued = c = None  # `When I ask Bill how much longer he will keep going, he laughs. "…"`: the main clause's he
    asked = _asked_of(tokens, c, end - 1) if start == qi and not tokens[qi].quote_ends_with("?") else None
    if asked is not None:
        return Attribution("", asked, "context")  # `I ask him how much longer he will keep going. "…"`: his answer
    closes = tokens[end - 2].text == cued.cue if cued and end >= 2 else False
    reports = cued is not None and _reports(cued.cue)
    if start != qi:  # only a reported sentence's speaker goes on into the words of the next, quoted whole
        # or quoted in part with no cue of its own (`A spokesman said there were 40 MEPs. They were
        # … but with a shared belief in the "unfeasibility of the EU"`)
        own_cue = any(cue_at(tokens, k) for k in range(start, qi))
        if not (reports and not closes and cued.mention and may_speak(cued.mention) and not own_cue
                and _opens_with_a_pronoun(tokens, start)):
            return None
        return Attribution("", cued.mention, "reported")
    if cued and cued.mention and (reports or not closes) and not _names_a_work(cued.mention):
        # not `… as well as other security questions.`, nor `The album Exodus … confirmed his status.`
        return Attribution("", cued.mention, "reported" if reports and not closes else "context")
    subject = _contrasted_subject(tokens, previous, end - 1) or sentence_subject(tokens, previous, end - 1)
    if subject and _a_thing_for_i(subject, tokens[qi]):
        subject = _person_who(tokens, previous, end - 1)  # `The Assistive Mouse Adapter is the
        # brainchild of IBM researcher Jim Levine who developed …. "I knew …"`: Levine
    if subject and may_speak(subject) and not _a_kind_of_body(subject) and not _predicted_of(tokens, subject, end) \
            and not _a_place(subject) and not _an_event(subject):
        return Attribution("", subject, "context")
    agent = _closing_agent(tokens, previous, end - 1) if start == qi and _in_first_person(tokens[qi]) else None
    if agent is not None:  # `The technology grew out of research done by the company's research director Dr
        return Attribution("", agent, "context")  # Alastair Sibbald. "We are basically trying …"`
    text = _text_subject(subject) if subject is not None and start == qi else None
    if text is not None:  # `Donald Trump's first tweet was a measured comment. "…"`, `The minutes … show how …. "…"`
        return Attribution("", text, "context")
    return _reported_before_that(tokens, previous)


def _cue_index(tokens, cue: str, start: int, end: int) -> int | None:
    """Where the cue `cue` first stands between `start` and `end`."""
    return next((k for k in range(start, end) if tokens[k].text == cue), None)


def _asked_of(tokens, c: int | None, end: int) -> Mention | None:
    """The one the cue at `c`, in a sentence ending at `end`, asks a question of (`I ask him how …`, `Reporters asked
    Mr Marsh whether …`, `I asked the minister about …`), who answers in the quotation after it."""
    if c is None or tokens[c].lower not in _ASKS or c + 2 >= end:
        return None
    k = c + 1
    if tokens[k].lower in ("him", "her"):
        asked = [tokens[k]]
    elif tokens[k].is_capitalised:
        asked = list(itertools.takewhile(lambda t: t.is_capitalised and t.is_word, tokens[k:min(end, k + NAME_WORDS)]))
    elif tokens[k].lower == "the" and people_word(tokens[k + 1].bare.lower()):
        asked = tokens[k:k + 2]
    else:
        return None
    after = k + len(asked)
    return mention_of(asked) if after >= end or tokens[after].lower in _QUESTION_OPENERS else None


_ASKS = ASKING | {"ask", "asks"}
_QUESTION_OPENERS = QUESTION_WORDS | {"about"}


def _in_the_opening_clause(tokens, c: int, start: int, end: int) -> bool:
    """Whether the cue at `c` stands in a clause that `when`, `after` … opens the sentence from `start` to `end`
    with, before a main clause of its own."""
    if tokens[start].lower not in CLAUSE_OPENERS:
        return False
    comma = next((k for k in range(start + 1, end - 2) if tokens[k].text == ","), None)
    return comma is not None and c < comma and tokens[comma + 1].is_word \
        and (tokens[comma + 1].lower in SPEAKER_PRONOUNS or tokens[comma + 1].lower in ARTICLES_AND_POSSESSIVES
             or tokens[comma + 1].is_capitalised) \
        and any(is_finite_verb(tokens, k) for k in range(comma + 2, end))


def _contrasted_subject(tokens, start: int, end: int) -> Mention | None:
    """The name that opens the clause after `, but` closing the sentence from `start` to `end`, with its
    verb: `Playbook won't go that far, but Sherman wants to …` -> Sherman, whom a quotation after it goes on."""
    but = next((k for k in range(end - 3, start + 1, -1) if tokens[k].lower == "but" and (
        tokens[k - 1].text == "," or tokens[k + 1].is_capitalised)), None)  # or `… snapped up but Gervais is keen`
    subject = sentence_subject(tokens, but + 1, end) if but is not None else None
    named = subject.tokens[1:] if subject is not None and subject.tokens[0].lower == "the" else (
        subject.tokens if subject is not None else ())
    if not named or not all(t.is_capitalised for t in named):
        return None  # `…, but Sherman wants`, `…, but the Frenchman has endured`
    last = index_of(tokens, subject.tokens[-1], but, end)
    return subject if last is not None and last + 1 < end and _present_or_past(tokens, last + 1) else None


def _present_or_past(tokens, i: int) -> bool:
    """A finite verb, or a lowercase word in -s after a name (`wants`, `hopes`)."""
    low = tokens[i].lower
    return is_finite_verb(tokens, i) or tokens[i].is_word and not tokens[i].is_capitalised and plural(low)


def _a_thing_for_i(subject: Mention, quotation: Token) -> bool:
    """A subject named with `the` and capitals (`The Assistive Mouse Adapter`), a thing, before a
    quotation that says I: no one it can stand for."""
    toks = subject.tokens
    return len(toks) >= 2 and toks[0].lower == "the" and all(t.is_capitalised for t in toks[1:]) \
        and _in_first_person(quotation, FIRST_PERSON)


_WORDS = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


def _person_who(tokens, start: int, end: int) -> Mention | None:
    """The name of two or more capitalised words before `who` in the sentence from `start`."""
    for k in range(start + 2, end):
        if tokens[k].lower == "who" and tokens[k - 1].is_capitalised and tokens[k - 2].is_capitalised:
            first = k - 2
            while first > start and tokens[first - 1].is_capitalised:
                first -= 1
            return mention_of(tokens[first:k])
    return None


def _closing_agent(tokens, start: int, end: int) -> Mention | None:
    """The full name a sentence from `start` ends on after `by` and words for their role: `… research
    done by the company's research director Dr Alastair Sibbald`, the person it introduces."""
    by = next((k for k in range(end - 1, start, -1) if tokens[k].lower == "by"), None)
    if by is None:
        return None
    first = next((k for k in range(by + 1, end) if tokens[k].is_capitalised and not tokens[k].is_possessive), end)
    name = tokens[first:end]
    if len(name) < 2 or not all(t.is_word and t.is_capitalised and not t.is_possessive for t in name) or any(
            not t.is_word or t.is_capitalised and not t.is_possessive for t in tokens[by + 1:first]):
        return None
    return mention_of(list(name))


_I_OR_WE = FIRST_PERSON | {"we", "us", "our", "ours", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll"}


def _in_first_person(quotation: Token, persons: frozenset[str] = _I_OR_WE) -> bool:
    """A quotation whose speaker says I or we (or only one of `persons`: `FIRST_PERSON`, I alone)."""
    return not persons.isdisjoint(w.lower() for w in _WORDS.findall(quotation.text))


def _text_subject(subject: Mention) -> Mention | None:
    """The text a sentence's subject is: a named person's (`Donald Trump's first tweet`) or one
    described with `the` (`The minutes` of `The minutes of the meeting`)."""
    toks = subject.tokens
    if len(toks) > 1 and toks[-1].lower in OWNED_TEXTS and any(t.is_possessive and t.is_capitalised for t in toks):
        return subject
    return mention_of(list(toks[:2])) if len(toks) >= 2 and toks[0].lower == "the" and toks[1].lower in _RECORDS \
        else None


_RECORDS = SOURCE_TEXTS | SENT_TEXTS | LEGAL_TEXTS | {"minutes", "documents", "papers", "records", "transcript",
                                                      "diary"}


def _joined_speaker(tokens, start: int, end: int) -> Attribution | None:
    """`"…," Ebeling said, and her husband cut in.`: the speaker a closing `and` clause brings in
    after the sentence's last quotation, who says the next one."""
    cue = end - 1
    if cue > start and tokens[cue].lower in ("in", "back", "up", "out"):
        cue -= 1  # the particle of `cut in`, `shot back`
    if cue - 2 <= start or not cue_at(tokens, cue):
        return None
    joining = next((k for k in range(cue - 1, max(start, cue - 5) - 1, -1) if tokens[k].lower == "and"), None)
    if joining is None or tokens[joining - 1].text != "," or any(t.is_quote for t in tokens[joining:cue]):
        return None
    subject = np_backward(tokens, cue, joining + 1)
    if subject is None or subject.tokens[0] is not tokens[joining + 1]:
        return None
    return Attribution(tokens[cue].text, subject, "reported")


def _subject_of_a_verb(tokens, qi: int) -> bool:
    """`"Isn't it great" was the comment on the throne`, `"…" was written on a couch`: a quotation
    with no closing stop that a finite verb and a noun phrase or a participle follow is what the
    sentence names, not words of the one named before; but `"…" were provoking violence`. So is
    one closed by a comma before `is a …`: `"In 2030, we'll all speak Chinese," is one common saying`."""
    after = tokens[qi + 1:qi + 3]
    if len(after) != 2 or after[0].lower not in FINITE_AUXILIARIES:
        return False
    if tokens[qi].quote_ends_with(","):
        return after[0].lower in ("is", "was") and after[1].lower in ("a", "an", "one")
    return not tokens[qi].quote_ends_with((".", "!", "?", ":")) and (
        after[1].lower in DETERMINERS or is_passive(tokens, qi + 2, qi + 1))


def _reported_before_that(tokens, previous: int) -> Attribution | None:
    """`Mr Dein said he feared there might be too many games. Since 1992 Premiership clubs have
    seen their income soar. "Television has been the driving force …"`: a sentence with no one to
    speak in it, after one reporting someone, leaves the quotation to them."""
    if previous == 0 or any(t.is_quote for t in tokens[:previous]):
        return None
    before = sentence_start(tokens, previous - 1)
    found = _reporting(tokens, before, previous)
    return Attribution("", found.mention, "reported") if found and found.mention else None


def goes_on_from_before(tokens: list[Token], qi: int) -> bool:
    """`There are "no big differences …" between …` opening a paragraph: a quotation in its first
    sentence, which opens with a word that goes on about what came before and has no cue of its
    own, may be words of whom the paragraph before reports."""
    return (sentence_start(tokens, qi) == 0 and _opens_with_a_pronoun(tokens, 0) and not _impersonal(tokens)
            and not any(cue_at(tokens, k) or k and tokens[k].is_capitalised for k in range(qi)))


def _impersonal(tokens) -> bool:
    """`It is thought …`, `It was understood …`: a passive that reports no one."""
    return len(tokens) > 2 and tokens[0].lower == "it" and tokens[1].lower in ("is", "was", "has", "had") and (
        is_passive(tokens, 2, 1) or tokens[2].lower in ("thought", "understood", "believed", "been"))


def _opens_with_a_pronoun(tokens, start) -> bool:
    """`They were …`, `But that did not happen …`, `There would also be …`, `Is not the opposition
    …?`: a sentence that goes on about what the one before said (or asks what it asked), not about
    someone or something it names."""
    first = _past_connective(tokens, _past_conjunction(tokens, start))
    return first < len(tokens) and tokens[first].lower.replace("’", "'").split("'")[0] in _GOING_ON  # `there's`


def _past_connective(tokens, first) -> int:
    """Past an opening connective and its comma: `As a result, there's …`, `In fact, it …`."""
    comma = next((k for k in range(first, min(len(tokens), first + 4)) if tokens[k].text == ","), None)
    if comma is None or " ".join(t.lower for t in tokens[first:comma]) not in _CONNECTIVES:
        return first
    return comma + 1


_CONNECTIVES = {"as a result", "in fact", "however", "instead", "indeed", "of course", "in other words", "moreover",
                "still", "meanwhile", "in short", "in turn", "at the same time", "for example", "for instance",
                "separately", "nevertheless", "nonetheless", "similarly", "likewise", "in addition", "furthermore"}


def _past_conjunction(tokens, start) -> int:
    """Where a sentence's own words start, past an opening `But`, `And`, `So` or `Yet`."""
    return start + 1 if tokens[start].lower in ("but", "and", "so", "yet") else start


_GOING_ON = {"it", "they", "that", "this", "there", "these", "those",
             "is", "are", "was", "were", "does", "do", "did", "can", "will", "would", "should", "why", "how"}


def reporting_close(tokens: list[Token]) -> Attribution | None:
    """`Committee chairman John Denham said drugs … were sometimes used as an excuse.` ending a
    paragraph with no quotation: who goes on speaking in a quotation that opens the next one; also
    when one more sentence that names no one follows it (`Steve Ash told the BBC there are two
    parts to the process. The most difficult is …`)."""
    tokens = _without_closing_aside(tokens)  # `… the Supreme Court. (The laws require …)`: the sentence before
    start, end = last_sentence(tokens)
    if end <= 0 or tokens[end - 1].text == "?":
        return None  # `So is UKIP's job to destroy the Tories, as … Kilroy-Silk once declared?`: the answer
        # that follows is not the asker's nor whom the question cites
    found = _reporting(tokens, start, end)
    if found is None and start > 0 and _no_one_named(tokens[start:end]):
        before = sentence_start(tokens, start - 1)
        found = _reporting(tokens, before, start - 1 if tokens[start - 1].text in SENTENCE_END else start)
    if found is None:  # `We spoke to him about his career.`: whom the writer interviews answers next
        found = _met_by_the_writer(tokens, start, end) or given_the_last_word(tokens, start, end)
    if found is None:  # `…, Mr Howard said.` / `"…"`; `Suggestions that "outsourcing" is to blame are wrong,
        # Ms Diemont says.` too, but not `"…," Mr Howard said.`, which closes a quotation
        closing = closing_speaker(tokens, start, end)
        found = Attribution("", closing, "context") if closing is not None and not _closes_a_quotation(
            tokens, start, closing) else None
    if found is None:  # `On this subject, Morris appears almost evangelical.`: who the next quotation's is
        subject = sentence_subject(tokens, start, end)
        found = _issued_a_statement(tokens, subject, end) if subject is not None else None  # `the DNC issued a
        if found is None and subject is not None and _a_person_named(subject):  # statement apologizing …`, a body too
            found = Attribution("", subject, "context")
    if found is None:  # `More awards ensued, and though he hates the word "empire," he started building …`
        found = _joined_clause_subject(tokens, start, end)
    # someone who may speak, not `The restoration of the older Star Wars episodes revealed some …`
    return found if found is not None and found.mention is not None and may_speak(found.mention) else None


def _met_by_the_writer(tokens, start: int, end: int) -> Attribution | None:
    """`We spoke to him about his career.`, `I asked Sir David what keeps him going.`: the one the writer speaks
    to, asks or interviews, as a he or she or a name."""
    k = start
    if k + 2 >= end or tokens[k].lower not in ("we", "i"):
        return None
    k += 1
    if tokens[k].lower not in _MEETING:
        return None
    k += 1
    while k < end and tokens[k].lower in ("to", "with", "up"):
        k += 1  # `spoke to`, `caught up with`, `sat down with`
    if k < end and tokens[k].lower in ("him", "her"):
        return Attribution("", mention_of([tokens[k]]), "context")
    last = k
    while last < end and tokens[last].is_capitalised and tokens[last].is_word:
        last += 1
    named = name_run(tokens, k, last) if last > k else None
    if named is not None and last < end and not tokens[last].is_capitalised:
        described = np_forward(tokens[k:end])  # `We spoke to Olympic champion Keely Hodgkinson`: a name past its
        if described is not None and described.tokens[-1].is_capitalised:  # description
            named = described
    return Attribution("", named, "context") if named is not None else None


def given_the_last_word(tokens, start: int, end: int) -> Attribution | None:
    """`The last word goes to Jane Doe, 92, who …`, `We leave the final word to Jane Doe.`: the one a sentence
    (from `start` to `end`) gives the last word to, whose quotation follows."""
    k = next((k for k in range(start + 1, end - 2) if tokens[k].lower == "word"
              and tokens[k - 1].lower in ("last", "final")), None)
    if k is None:
        return None
    to = k + 2 if tokens[k + 1].lower in _GOING_TO else k + 1
    verb = tokens[k + 1] if to == k + 2 else next((t for t in tokens[start:k] if t.lower in _LEAVING), None)
    if to >= end or tokens[to].lower != "to" or verb is None:
        return None  # `goes to`, `belongs to`; `leave the last word to`
    named = np_forward(tokens[to + 1:end])
    return Attribution(verb.text, named, "before") if named is not None and may_speak(named) else None


_GOING_TO = {"goes", "go", "went", "belongs", "belonged", "falls", "fell"}
_LEAVING = {"leave", "leaves", "left", "give", "gives", "gave", "hand", "hands", "handed"}


_MEETING = {"spoke", "talked", "asked", "interviewed", "met", "caught", "sat", "joined", "visited"}


def _issued_a_statement(tokens, subject: Mention, end: int) -> Attribution | None:
    """`At Brazille's direction, the DNC issued a statement apologizing to Sanders …`: a subject (a
    body too) that issued, released or put out a statement, which the next paragraph quotes."""
    i = index_of(tokens, subject.tokens[-1], 0, end) + 1
    i = past_appositive(tokens, i, end)  # `Sarah Crew, the chief constable, issued`
    i += 1 if i < end and tokens[i].text == "," else 0  # `The chief constable, Sarah Crew, issued`
    verb = i + 1 if i + 1 < end and tokens[i].lower == "has" else i
    if verb >= end or tokens[verb].lower not in _ISSUED:
        return None
    k = verb + (2 if tokens[verb].lower == "put" and verb + 1 < end and tokens[verb + 1].lower == "out" else 1)
    words = [t.lower for t in tokens[k:k + _STATEMENT_REACH]]
    return Attribution(tokens[verb].text, subject, "before") if words[:1] in (["a"], ["an"]) and "statement" in words \
        and not any(t.is_quote for t in tokens[i:end]) else None


_ISSUED = {"issued", "released", "put"}
_STATEMENT_REACH = 4  # `a statement`, `a brief written statement`


def _without_closing_aside(tokens: list[Token]) -> list[Token]:
    """The tokens without a parenthesised sentence that closes them, an aside to the one before."""
    if not tokens or tokens[-1].text != ")":
        return tokens
    opening = next((k for k in range(len(tokens) - 2, -1, -1) if tokens[k].text in "()"), None)
    if opening is None or tokens[opening].text != "(" or opening == 0 or tokens[opening - 1].text not in SENTENCE_END:
        return tokens
    return tokens[:opening]


def _joined_clause_subject(tokens, start: int, end: int) -> Attribution | None:
    """The person that is the subject of the last clause `, and` or `, but` joins to the sentence
    from `start` to `end` (`More awards ensued, and though he hates the word "empire," he started
    …`), or of a closing clause of reason in which they speak (`…, since Trump spoke only in
    evasive bromides`)."""
    for k in range(end - 1, start, -1):
        if tokens[k - 1].text != "," or tokens[k].lower not in ("and", "but") and tokens[k].lower not in _BECAUSE:
            continue
        subject = sentence_subject(tokens, k + 1, end)
        if subject is None or not _a_person_named(subject):
            continue
        if tokens[k].lower in _BECAUSE and not _speaks_next(tokens, subject, end):
            continue  # `…, since Trump spoke only in evasive bromides during the interview.`: he goes on
        return Attribution("", subject, "context")
    return None


_BECAUSE = {"since", "because", "as"}
_SPOKE = {"spoke", "speaks", "talked", "talks", "said", "says", "told", "tells"}


def _speaks_next(tokens, subject: Mention, end: int) -> bool:
    """The subject's verb, past an adverb, is one of speaking."""
    k = index_of(tokens, subject.tokens[-1], 0, end) + 1
    while k < end and is_adverb(tokens[k]):
        k += 1
    return k < end and tokens[k].lower in _SPOKE


def _closes_a_quotation(tokens, start: int, closing: Mention) -> bool:
    """Whether the closing cue reports a quotation: one ends right before its speaker (`"…," Mr
    Howard said`) or opens the sentence (`"…" and against the Brady law, Clinton said`)."""
    i = index_of(tokens, closing.tokens[0], 0, len(tokens))
    before = [t for t in tokens[max(0, i - 2):i] if t.text != ","]
    return bool(before) and before[-1].is_quote or tokens[_past_conjunction(tokens, start)].is_quote


def _a_person_named(mention: Mention) -> bool:
    """`Morris`, `Mr Smith`, `he`, `Emergency nurse Helen Ward`: a name (after a word for a person) or a he or
    she, not a description (`The firm`)."""
    words = [t for t in mention.tokens if t.is_word]
    return all(t.is_capitalised for t in words) or len(words) == 1 and words[0].lower in ("he", "she") \
        or named_after_a_person_word(words)


def lead_report(tokens: list[Token]) -> Attribution | None:
    """Who the first sentence of a story's lead reports, whose words its headline quotes:
    `Lord of the Rings director Peter Jackson has said that it will be up to four years …`,
    `Britain's £3bn EU rebate is not up for renegotiation …, Jack Straw said.`, `…, says Age
    Concern.` (not `Marlon Brando is said to have …`: a passive reports no one)."""
    tokens = tokens[past_dateline(tokens, 0, len(tokens)):]  # `LONDON (Reuters) - Opposition leader …`
    end = next((k + 1 for k, t in enumerate(tokens) if t.text in SENTENCE_END), len(tokens))
    if end < 2:
        return None  # an empty lead, or a mark alone
    stop = end - 1 if tokens[end - 1].text in SENTENCE_END else end
    found = (final_report(tokens[:stop]) or _closing_phrase(tokens, stop) or _reporting(tokens, 0, end)
             or _inverted_phrase(tokens, stop) or _passive_report(tokens, stop) or _clause_report(tokens, stop)
             or _speech_act(tokens, stop) or _quoting_inversion(tokens, stop) or _participle_report(tokens, stop)
             or _talking_lead(tokens, stop))
    # a closing cue first: `Blair promised Gordon Brown he would stand down …, a new book about the chancellor
    # claims.`
    if found is None or found.mention is None or not (may_speak(found.mention) or _a_text(found.mention)) \
            or found.mention.tokens[-1].lower in SPEAKER_PRONOUNS:
        return None  # a he or she in the lead stands for no one yet
    cue = _cue_index(tokens, found.cue, 0, end) if found.cue else None
    if cue is None or found.where == "agent":
        return found  # `…, says Age Concern.`, `… by the media watchdog`
    if is_passive(tokens, cue, 0):
        return None
    subject_end = _past_apposition(tokens, index_of(tokens, found.mention.tokens[-1], 0, end), cue)
    if subject_end is not None and cue - subject_end > _VERB_REACH + 1 and found.where != "after" \
            and not (tokens[cue].lower.endswith("ing") and tokens[cue - 1].text == ","):
        return None  # not `A blind student has developed software that turns colours into musical notes`; but
        # `Rachel Reeves has delivered her Budget, saying …`: the participle's subject is the sentence's
    return found


_VERB_REACH = 3  # `has reportedly said`: words between a subject and its cue


def _past_apposition(tokens, subject_end: int | None, cue: int) -> int | None:
    """The comma closing a description set off after the subject ending at `subject_end` (`Stephen Watson, the chief
    constable of Greater Manchester Police, has said`), before the cue at `cue`; else `subject_end`."""
    if subject_end is None or subject_end + 2 >= cue or tokens[subject_end + 1].text != ",":
        return subject_end
    closing = next((k for k in range(subject_end + 2, cue) if not tokens[k].is_word), None)
    return closing if closing is not None and tokens[closing].text == "," and cue - closing <= _VERB_REACH + 1 \
        else subject_end


def _participle_report(tokens, stop: int) -> Attribution | None:
    """`Rachel Reeves has delivered her Budget, saying the government is …`: a speech participle after a comma,
    whose subject is the sentence's (a name or a description opening it)."""
    cue = next((k for k in range(2, stop) if tokens[k - 1].text == "," and tokens[k].lower.endswith("ing")
                and cue_at(tokens, k)), None)
    if cue is None:
        return None
    subject = sentence_subject(tokens, 0, cue - 1)
    return Attribution(tokens[cue].text, subject, "subject") if subject is not None else None


def _quoting_inversion(tokens, stop: int) -> Attribution | None:
    """`A "taxpayer subsidised propaganda exercise" on the EU is being used …, say the Tories.`: a
    lead that quotes, closed by an inverted cue and its speaker."""
    closing = _closing_inversion(tokens, 0, stop) if any(t.is_quote for t in tokens[:stop]) else None
    if closing is None:
        return None
    first = index_of(tokens, closing.tokens[0], 0, stop)
    cue = next((tokens[k].text for k in range(first - 1, max(0, first - 4), -1) if cue_at(tokens, k)), "")
    return Attribution(cue, closing, "after")


def _speech_act(tokens, stop: int) -> Attribution | None:
    """`A former Home Office minister has called for …`, `Gordon Brown has delivered a rousing speech
    …`: a lead whose subject, opening it, calls for something or gives a speech."""
    for v in range(1, stop - 1):
        verb, nxt = tokens[v].lower, tokens[v + 1].lower
        speech = any(t.lower in _SPEECHES for t in tokens[v + 1:min(stop, v + 4)])
        if not (verb in ("called", "calls") and nxt == "for" or verb in _GIVING and speech):
            continue
        return _lead_subject_of(tokens, v)
    return None


def _lead_subject_of(tokens, v: int) -> Attribution | None:
    """The verb at `v` with the subject that opens the lead before it (past `has`, `have`, `had`), not a he or she."""
    k = v
    while k > 0 and tokens[k - 1].lower in ("has", "have", "had"):
        k -= 1
    subject = np_backward(tokens, k, 0)
    if subject is None or subject.tokens[0] is not tokens[0] or subject.tokens[-1].lower in SPEAKER_PRONOUNS:
        return None
    return Attribution(tokens[v].text, subject, "before")


def _talking_lead(tokens, stop: int) -> Attribution | None:
    """`Olympic champion Keely Hodgkinson talks to us about her year`, `… has spoken to the BBC about …`: an
    interview's lead, whose subject, opening it, talks to the writer or a paper; or the one the writer speaks to
    (`We spoke to Keely Hodgkinson about her year`)."""
    met = _met_by_the_writer(tokens, 0, stop)
    if met is not None:
        return met
    v = next((k for k in range(1, stop - 1) if tokens[k].lower in _TALKING and tokens[k + 1].lower in ("to", "with")),
             None)
    return _lead_subject_of(tokens, v) if v is not None else None


_TALKING = {"talks", "talked", "speaks", "spoke", "spoken", "chats", "chatted"}
_GIVING = {"delivered", "delivers", "delivering", "gave", "given", "gives", "giving", "made", "makes", "making"}
_SPEECHES = {"speech", "address", "statement", "plea", "appeal"}


def _clause_report(tokens, stop: int) -> Attribution | None:
    """`Shares in Continental Airlines have tumbled after the firm warned it could run out of cash`:
    the report of a clause that `after`, `as` or `when` opens, when the main clause reports none."""
    for k in range(1, stop - 2):
        if tokens[k].lower not in ("after", "as", "when") or tokens[k + 1].lower in SPEAKER_PRONOUNS:
            continue  # a he or she stands for no one yet
        found = _first_cue(tokens, k + 1, stop)
        if found is not None and found.mention.tokens[0] is tokens[k + 1]:
            return found
    return None


def _passive_report(tokens, stop: int) -> Attribution | None:
    """`China has been accused of blocking … by the media watchdog, Reporters Without Borders`:
    who acts in the `by` phrase of a passive cue."""
    cue = next((k for k in range(stop) if cue_at(tokens, k) and is_passive(tokens, k, 0)), None)
    if cue is None or any(t.lower in _CLAIMS for t in tokens[:cue]):
        return None  # `Claims that Blair will quit have been described as "…" by Downing Street`: not the claim's
    agent = _agent(tokens, cue, stop)
    return Attribution(tokens[cue].text, agent, "agent") if agent is not None else None


_CLAIMS = {"claim", "claims", "report", "reports", "suggestion", "suggestions", "allegation", "allegations", "rumour",
           "rumours", "rumor", "rumors", "speculation"}


def _agent(tokens, cue: int, stop: int) -> Mention | None:
    """Who acts in a passive cue's `by` phrase, up to `stop`: `by Downing Street`; the name set off
    after a description (`by the media watchdog, Reporters Without Borders`)."""
    by = next((k for k in range(cue + 1, stop) if tokens[k].lower == "by"), None)
    phrase = np_forward(tokens[by + 1:stop]) if by is not None else None
    if phrase is None:
        return None
    after = index_of(tokens, phrase.tokens[-1], by, stop) + 1
    named = tokens[after + 1:stop]
    if after < stop and tokens[after].text == "," and named and all(t.is_capitalised for t in named):
        return mention_of(named)
    return phrase


def _a_text(mention: Mention) -> bool:
    """`a report`, `two reports`, `a new study`, `research`, `a poll`: writing or figures that say what
    the lead reports."""
    head = mention.tokens[-1].lower
    return head in SOURCE_TEXTS or plural(head) and head[:-1] in SOURCE_TEXTS


def _inverted_phrase(tokens, stop: int) -> Attribution | None:
    """`…, says a report.`, `…, say two reports.`, `…, says a panel of industry experts.`: an
    inverted cue after the sentence's last comma, then up to eight lowercase words, perhaps before
    a relative clause."""
    comma = _last_comma(tokens, stop)
    if comma is None or comma + 1 >= len(tokens) or not invertible(tokens[comma + 1].lower):
        return None
    relative = next((k for k in range(comma + 3, stop) if tokens[k].lower in ("that", "who", "which")), stop)
    phrase = tokens[comma + 2:relative]  # `says the boss of the organisation that cleared them`: the boss
    if not 1 <= len(phrase) <= _PHRASE_WORDS or not all(t.is_word and not t.is_capitalised for t in phrase) \
            or any(t.is_quote for t in tokens[relative:stop]):
        return None
    return Attribution(tokens[comma + 1].text, mention_of(phrase), "after")


_PHRASE_WORDS = 8


def _last_comma(tokens, stop: int) -> int | None:
    return next((k for k in range(stop - 1, 0, -1) if tokens[k].text == ","), None)


def _closing_phrase(tokens, stop: int) -> Attribution | None:
    """`…, a new book about the chancellor claims.`: lowercase words after the sentence's last
    comma, opening with an article, then a cue that ends the sentence; or lowercase words that
    describe the name ending them (`…, business lobby group the CBI says.`), who is the speaker."""
    comma = _last_comma(tokens, stop)
    cue = stop - 1
    while cue > 0 and tokens[cue - 1].lower in FINITE_AUXILIARIES:
        cue -= 1  # `…, watchdogs have said.`
    closing = cue_at(tokens, stop - 1) or tokens[stop - 1].lower in _RULINGS  # `…, a survey has found.`
    if comma is None or not 1 <= cue - comma - 1 <= _PHRASE_WORDS or not closing:
        return None
    phrase = tokens[comma + 1:cue]
    name = len(phrase)
    while name > 0 and phrase[name - 1].is_capitalised:
        name -= 1
    if not all(t.is_word and not t.is_capitalised for t in phrase[:name]):
        return None
    participle = next((k for k in range(1, name) if phrase[k].lower.endswith("ed") and phrase[k + 1].lower in
                       PREPOSITIONS), None)  # `a new poll conducted for the BBC suggests`: the poll
    if participle is not None and phrase[0].lower in ("a", "an", "the"):
        return Attribution(tokens[stop - 1].text, mention_of(phrase[:participle]), "after")
    if name < len(phrase):  # the name the words describe, not a preposition's (`a poll for the BBC says`)
        described = name and not any(t.lower in PREPOSITIONS for t in phrase[:name])
        return Attribution(tokens[stop - 1].text, mention_of(phrase[name:]), "after") if described else None
    if phrase[0].lower not in ("a", "an", "the") and not plural(phrase[-1].lower):
        return None  # `…, a new book claims.`, `…, watchdogs have said.`; not `…, something happened`
    return Attribution(tokens[stop - 1].text, mention_of(phrase), "after")


_RULINGS = {"ruled", "rules", "found", "finds"}  # `…, the Law Lords have ruled.`: a ruling's words, a finding's


def _reporting(tokens, start: int, end: int) -> Attribution | None:
    """The speaker a sentence reports: its subject's (`Mr Armes warned that …`), or the name after
    a closing inverted cue when it quotes nothing (`…, argues Mr Donofrio, …`)."""
    if any(t.is_quote for t in tokens[start:end]):
        return _reporting_subject(tokens, start, end)
    inverted = _closing_inversion(tokens, start, end - 1 if tokens[end - 1].text in SENTENCE_END else end)
    return Attribution("", inverted, "after") if inverted else (
        _reporting_subject(tokens, start, end) or _reporting_aside(tokens, start, end))


def _reporting_aside(tokens, start: int, end: int) -> Attribution | None:
    """`Any small hospital, he said, would need these supplies.`: a he, she or name and a reporting
    cue set off by commas inside the sentence."""
    for k in range(start + 1, end - 3):
        if tokens[k].text != ",":
            continue
        c = next((j for j in range(k + 2, min(end - 1, k + 2 + _ASIDE_NAME_WORDS)) if tokens[j + 1].text == ","), None)
        if c is None or not _reports(tokens[c].text):
            continue
        who = tokens[k + 1:c]
        if all(t.is_word and t.is_capitalised for t in who) or len(who) == 1 and who[0].lower in ("he", "she"):
            return Attribution(tokens[c].text, mention_of(who), "after")
    return None


_ASIDE_NAME_WORDS = 3  # words of the name in a reporting aside: `, Dr Marwan Al-Hams said,`


def _no_one_named(sentence) -> bool:
    """No name, he or she, and no quotation (the opening word's capital is the sentence's)."""
    return not any(t.is_capitalised and k or t.is_quote or t.lower in HE_OR_SHE_WORDS
                   for k, t in enumerate(sentence))


def _reporting_subject(tokens, start: int, end: int) -> Attribution | None:
    """The sentence's own subject and its first reporting cue: `Mr Armes warned that …`."""
    cued = _first_cue(tokens, start, end)
    if cued is None or CUE_FORMS.get(cued.cue.lower()) not in _REPORTING or tokens[end - 1].text == cued.cue:
        return None  # not `…, he said.`: a closing cue reports what came before it
    opening = _past_connective(tokens, _past_conjunction(tokens, start))  # `However, Deloitte stressed`
    if cued.mention.tokens[0] is not tokens[opening] and not _named_after_opening(tokens, opening, cued.mention):
        return None  # the sentence's own subject, not `… whether an individual is who they say they are`
    return cued


def _named_after_opening(tokens, opening: int, mention: Mention) -> bool:
    """`The home secretary, David Blunkett, says …`: the name set off by commas after the
    description that opens the sentence, which is the subject it names."""
    first = index_of(tokens, mention.tokens[0], opening, len(tokens))
    last = first + len(mention.tokens) - 1 if first is not None else None
    return first is not None and opening + 2 <= first - 1 <= opening + _DESCRIPTION_WORDS \
        and tokens[opening].lower in ARTICLES_AND_POSSESSIVES and tokens[first - 1].text == "," \
        and all(t.is_word for t in tokens[opening:first - 1]) \
        and last + 1 < len(tokens) and tokens[last + 1].text == ","


_DESCRIPTION_WORDS = 8  # words of a description before the name it sets off: `The shadow home secretary, …`,
# `The chief constable of Greater Manchester Police, …`


def _first_cue(tokens, start, end) -> Attribution | None:
    """`Mr Armes warned that developers still had to learn how to tell stories`, `Ard Jan Vetham …
    said the survey showed that retailers needed to inform …`: the sentence's first finite cue
    whose subject is found (the main clause's), not one inside what it reports."""
    for c in range(start, end):
        if (tokens[c].lower in CUE_FORMS and (not tokens[c].lower.endswith("ing") or _progressive(tokens, c, start))
                and (c == start or tokens[c - 1].lower != "to") and cue_at(tokens, c)):  # not `after claiming draws`
            found = cue_before(tokens[:c + 1], c + 1)
            if found and found.mention and found.cue == tokens[c].text:
                return found
    return None


def _progressive(tokens, c: int, start: int) -> bool:
    """`are promising`, `is warning`: an -ing cue after a form of be, a finite verb."""
    return c > start and tokens[c - 1].lower in FINITE_BE


def _a_kind_of_body(subject: Mention) -> bool:
    """`Premiership clubs have seen their income soar.`: bodies of a kind, which did not say the
    quotation after what they did."""
    head = subject.tokens[-1].lower
    return plural(head) and head[:-1] in ORG_WORDS and not any(t.lower == "the" for t in subject.tokens)


def _predicted_of(tokens, subject: Mention, end: int) -> bool:
    """`Scotland forward Simon Taylor looks certain to get the call`: a subject that something is
    predicted of, the talk of the quotation after, not its speaker."""
    i = index_of(tokens, subject.tokens[-1], 0, end)
    verb, likely, to = (tokens[k].lower if k < end else "" for k in (i + 1, i + 2, i + 3))
    return verb in _LINKING and likely in _LIKELY and to == "to"


_LINKING = {"is", "was", "are", "were", "looks", "looked", "seems", "seemed", "appears", "appeared"}
_LIKELY = {"certain", "likely", "unlikely", "set", "expected", "poised", "due", "sure", "bound"}


def may_speak(subject: Mention) -> bool:
    """Whether a subject may speak at all: a name, a pronoun, people or a body: not `the pieces`, `The
    fastest-growing technologies`; `unions at the Italian carmaker` too, by the head before its preposition."""
    toks = subject.tokens
    if _names_a_work(subject):
        return False
    head = head_before(toks, _HEAD_ENDERS)
    return _speaks(toks[-1]) or not head.is_capitalised and _speaks(head)


_HEAD_ENDERS = {"at", "of", "for", "in", "from"}


def _a_place(subject: Mention) -> bool:
    """`Switzerland`, `France and Israel`: countries or places, no one whose words a quotation after
    them is (`… are all now tied on five points. "In Basel we did not play great football."`)."""
    return all(t.bare.lower() in PLACES or t.lower == "and" for t in subject.tokens)


def _an_event(subject: Mention) -> bool:
    """`The Consumer Electronics Show (CES)`, `the Winter Olympics`: a named event, whose words a quotation after
    it is not (`… featured the pick of 2005's products. "Consumers are controlling …"`)."""
    names = [t for t in subject.tokens if t.is_capitalised and t.is_word]
    return len(names) >= 2 and names[-1].bare.lower() in _EVENTS


_EVENTS = {"show", "expo", "fair", "games", "olympics", "championship", "championships", "cup", "conference",
           "summit", "festival", "awards"}


def _names_a_work(subject: Mention) -> bool:
    """`The album Exodus`, `the film Titanic`: a name after a word for a work names the work,
    which says nothing of its own."""
    toks = subject.tokens
    k = len(toks)
    while k > 0 and toks[k - 1].is_capitalised:
        k -= 1
    return 0 < k < len(toks) and toks[k - 1].lower in _WORKS


_WORKS = {"album", "song", "single", "track", "tune", "film", "movie", "novel", "painting", "poem", "musical",
          "opera", "sitcom", "play", "record"}


def _speaks(head) -> bool:
    low = head.lower
    return head.is_capitalised or low in SPEAKER_PRONOUNS or speaking_head(head) or people_word(head.bare) or (
        singular(low) in BODY_NOUNS)  # `watchdogs`, `Police 'failed' murdered woman, says watchdog`
