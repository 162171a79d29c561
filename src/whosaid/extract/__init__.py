"""Documents to annotated passages: quotations, their speakers, and dates. Pure: no I/O.

    annotate(document) -> list[Passage]
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..models import Document, Passage, Quote, unique
from ..parallel import map_ordered
from ..parties import IN_FULL
from .acronyms import spelled_out
from .attribution import (Attribution, announcement, asked_one, attribute, described_bodies, described_speakers,
                          goes_on_from_before, in_headline, lead_report, names_the_words_before, previous_subject,
                          read_texts, reporting_close, signature, they_after_paragraph, transcript_turn)
from .phrases import (ROLE_FOLLOWERS, head_before, last_sentence, named_after_a_person_word, np_forward, people_word,
                      plural_of_person, sentence_start, sentence_subject)
from .dates import paragraph_date
from .interview import Turn, interviewee, named_by_label, offices_held, turns
from .lexicon import (ARTICLES_AND_POSSESSIVES, CUE_FORMS, DEMONYMS, EPITHET_HEADS, FIRST_PERSON, HE_OR_SHE_WORDS,
                      INSCRIBED, LEGAL_TEXTS, NOT_NAMES, PLACES, PREPOSITIONS, QUANTIFIERS, REPLIES, ROLE_WORDS,
                      SENT_TEXTS, SPEAKER_PRONOUNS, VOICES_FOR, given_name, singular)
from .marks import Marked, find_marked, single_style, singles_as_doubles
from .names import (Lowercase, Names, credit_line, decapitalised, find_names, in_capitals, names_a_body, role_gender,
                    sentence_cased, title_case_headline, without_headline_epithets)
from .resolve import HE_OR_SHE, Resolver
from .sections import between_sections, list_marks, pull_quote_copies, words_of
from .speech import a_word_of_no_ones, is_speech
from .cues import cue_at
from .tokens import CLOSING, OPENING, POSSESSIVE_ENDINGS, SENTENCE_END, Token, tokenize
from .verbs import is_finite_verb, ly_adverb

__all__ = ["annotate", "paragraph_date"]


def annotate(document: Document) -> list[Passage]:
    """Every paragraph of the document, with its quotations attributed and its date resolved: the
    story's (`_story`), and an interview's turns printed without marks (`_interviewed`); each read
    without the mark a list opens it with (`• `, `2. `), which its passage keeps."""
    if document.articles:
        return _each_article(document)
    marks = list_marks(document.paragraphs)
    if not any(marks):
        return _parties_in_full(_interviewed(document, _story(document)))
    read = replace(document, paragraphs=tuple(text[mark:] for text, mark in zip(document.paragraphs, marks)))
    return _parties_in_full([replace(passage, text=text, quotes=tuple(replace(q, start=q.start + mark, end=q.end + mark)
                                                                      for q in passage.quotes))
                             for passage, text, mark in zip(_interviewed(read, _story(read)), document.paragraphs,
                                                            marks)])


def _parties_in_full(passages: list[Passage]) -> list[Passage]:
    """A party that speaks by its nickname (`Tories`, `Lib Dems`, `GOP`) as the speaker its full name is
    (`Conservatives`, `Liberal Democrats`, `Republicans`): one speaker for one party, in every document, so
    `--speaker conservatives` finds what the Tories said."""
    return [replace(p, quotes=tuple(replace(q, speaker=IN_FULL.get(q.speaker, q.speaker)) for q in p.quotes))
            if any(q.speaker in IN_FULL for q in p.quotes) else p for p in passages]


def _each_article(document: Document) -> list[Passage]:
    """The passages of a file of several articles (a news database's export, a feed, a dataset), each
    article read alone: no name, pronoun or quotation of one is another's. They are numbered through the
    file. A file of many is read on every core (`map_ordered`), unless this is a worker already."""
    passages: list[Passage] = []
    articles = [replace(article, path=document.path) for article in document.articles]
    for annotated in map_ordered(annotate, articles):
        passages += [replace(p, para=len(passages) + p.para) for p in annotated]
    return passages


def _story(document: Document) -> list[Passage]:
    """Every paragraph of the document, with its quotations attributed and its date resolved. A
    picture's credit between paragraphs (`Scott Olson via Getty Images.`, `Image copyright PA`) and a
    caption labelled so (`Image caption Tony Blair arrives …`, read alone) are passages of their own, but
    the story is read as if they were not there: the photographer and the people pictured are no one
    the story speaks of there, and the paragraphs either side of them are next to each other. So are a
    crosshead's (`Rising costs`), a live blog's time stamp's (`3:40 p.m.`) and a pull quote's that copies a
    quotation's words without its marks: a quotation after one with no cue of its own is the speaker's
    before it."""
    paragraphs = document.paragraphs
    credits = {n for n, text in enumerate(paragraphs) if n and credit_line(text)}
    labelled = {n for n, text in enumerate(paragraphs) if n and _CAPTION_LABEL.match(text)}
    layout = {n for n in range(len(paragraphs)) if between_sections(paragraphs, n, document.headings)}
    layout |= pull_quote_copies(paragraphs)
    if not credits and not labelled and not layout:
        return _annotate(document)
    kept = [n for n in range(len(paragraphs)) if n not in credits and n not in labelled and n not in layout]
    captions = frozenset(k for k, n in enumerate(kept) if n - 1 in credits)  # under a credit: its picture's caption
    story = _annotate(replace(document, paragraphs=tuple(document.paragraphs[n] for n in kept)), captions)
    passages = {n: replace(passage, para=n + 1) for n, passage in zip(kept, story)}
    for n in sorted(credits | layout):
        passages[n] = _passage(document, n, ())
    for n in sorted(labelled):
        passages[n] = _caption(document, n)
    return [passages[n] for n in range(len(document.paragraphs))]


def _interviewed(document: Document, passages: list[Passage]) -> list[Passage]:
    """`passages` with an interview's turns (`interview.turns`): each the words of the speaker its label
    names (`PENCE` is the Mike Pence the document names, or the one it quotes), `A:` the interviewee's,
    `Q:` an interviewer's whom no one names."""
    found = turns(document.paragraphs, document.headings)
    for spoken in document.spoken:  # the file's own marks over what the text's labels suggest
        if spoken.label:
            found[spoken.para] = Turn(spoken.para, spoken.start, spoken.label, "voice" if spoken.by_voice else "named")
        else:
            found.pop(spoken.para, None)
    if not found:
        return passages
    speakers = unique(q.speaker for passage in passages for q in passage.quotes if q.speaker)
    unlabelled = [text[found[n].start:] if n in found else text for n, text in enumerate(document.paragraphs)]
    named = [m for n, text in enumerate([document.title or ""] + unlabelled) for m in _persons(text, n)]
    # (not the labels' own capitals: `THE VICE PRESIDENT`)
    labels = unique(turn.label for turn in found.values() if turn.role == "named")  # `KATE BOULDUAN:` then `BOULDUAN:`
    people, offices = unique(speakers + [" ".join(m.words) for m in named] + labels), offices_held(named)
    answering = interviewee(document.title, document.paragraphs, min(found), _people)
    if answering is None and not any(turn.label for turn in found.values()):
        return passages  # a Q&A printed with no labels, whose interviewee the text does not name
    prose = "\n".join(unlabelled)
    said_by: dict[str, str] = {}  # a label to its speaker, found once: a transcript repeats its labels
    passages = list(passages)
    for n, turn in found.items():
        label = None if turn.role == "question" else answering if turn.role == "answer" else turn.label
        if label and label not in said_by:
            said_by[label] = named_by_label(label, people, prose, offices)
        passages[n] = _with_turn(passages[n], turn, said_by.get(label))
    if answering and passages and _is_headline(0, document.paragraphs[0], document):
        passages[0] = replace(passages[0], quotes=tuple(  # `Interview: 'I never wanted to be famous'`: the
            replace(q, speaker=named_by_label(answering, people, prose, offices)) if q.speaker is None
            and q.speaker_mention is None else q for q in passages[0].quotes))  # interviewee's words
    return passages


def _persons(text: str, para: int = 0) -> list:
    """The mentions of people in a text, in order, as `find_names` reads them (no body, no place)."""
    return [m for m in find_names(para, text, []) if not m.is_org and not m.is_place]


def _people(text: str) -> list[str]:
    """The people a text names, in order."""
    return [" ".join(m.words) for m in _persons(text)]


def _with_turn(passage: Passage, turn: Turn, speaker: str | None) -> Passage:
    """The passage whose words from `turn.start` on are `speaker`'s turn, with the quotations in it that
    a cue gives someone else (`"We won," as the president said`); one that covers the turn is it."""
    text = passage.text
    start, end = turn.start, len(text.rstrip())
    if end - start > 2 and text[start] in OPENING and text[end - 1] in CLOSING:
        start, end = start + 1, end - 1  # `PENCE: "Well, look, …"`: the turn's words inside its marks
    if start >= end:
        return passage
    said = Quote(text[start:end], start, end, speaker, None if turn.goes_on else turn.written or turn.label,
                 None if turn.goes_on else "voice" if turn.role == "voice" else ":")
    others = [q for q in passage.quotes if q.cue is not None and q.speaker not in (None, speaker)
              and not (q.start <= start and q.end >= end)]
    return replace(passage, quotes=tuple(sorted([said, *others], key=lambda q: q.start)))


def _caption(document: Document, n: int) -> Passage:
    """Paragraph `n`, a caption, read alone without its label: `Image caption Tony Blair said the war was
    "justified"`."""
    text = document.paragraphs[n]
    label = _CAPTION_LABEL.match(text).end()
    words = text[label:].lstrip()
    shift = len(text) - len(words)
    quotes = _annotate(replace(document, paragraphs=("", words)))[1].quotes  # (an empty headline before it)
    return _passage(document, n, tuple(replace(q, start=q.start + shift, end=q.end + shift) for q in quotes))


_CAPTION_LABEL = re.compile(r"(?:Image|Media|Picture|Photo|Video) caption\b:?|Caption:")


def _passage(document: Document, n: int, quotes: tuple[Quote, ...]) -> Passage:
    """Paragraph `n` of the document as a passage, dated, with its `quotes`."""
    text = document.paragraphs[n]
    return Passage(path=document.path, para=n + 1, text=text, title=document.title, published=document.published,
                   date=paragraph_date(text, document.published) or document.published, quotes=quotes,
                   url=document.url, author=document.author)


def _annotate(document: Document, captions: frozenset[int] = frozenset()) -> list[Passage]:
    paragraphs = document.paragraphs
    singles = single_style(paragraphs)
    marked = [find_marked(text, headline=_is_headline(n, text, document), continued=_in_a_run(n, paragraphs),
                          single_style=singles) for n, text in enumerate(paragraphs)]
    common = Lowercase(paragraphs)
    headline = paragraphs[0] if paragraphs and _is_headline(0, paragraphs[0], document) else None
    mentions = _all_names(paragraphs, marked, common, singles, int(headline is not None)) if any(marked) else []
    names = Names(without_headline_epithets(mentions, paragraphs, common) if headline is not None else mentions, common)
    voice = _quoted_person(document.title) or _interviewee(paragraphs) or _remembered_by(paragraphs)
    writer = document.author or _byline(paragraphs)
    author = voice or writer or _bio_author(paragraphs) or _title_author(document.title)  # a piece of one person's
    # quotations is theirs in the first person, not its byline's (`David Blunkett in quotes`)
    resolver = Resolver(names, author=author, title=document.title, paragraphs=paragraphs, headline=headline,
                        captions=captions, single_style=singles, writer=None if voice else writer)
    passages, previous = [], _Previous()
    numbers: dict[str, str] = {}  # one-word speakers to their names with a number
    for n, text in enumerate(paragraphs):
        previous.signed = _signed_by(n + 1, paragraphs) if marked[n] else None
        title = text == document.title
        heading = n and not title and marked[n] and _is_headline(n, text, document)
        going_on = (previous.quote, previous.open_ended)
        if heading:  # a heading within the text goes on from no one's quotation (`… in Morocco.` ¶ `Sturgeon 'went
            previous.quote, previous.open_ended = None, False  # out of her way'`), nor breaks the one it interrupts
        lead = _lead(n + 1, paragraphs[n + 1], marked[n + 1]) if title and marked[n] and n + 1 < len(paragraphs) \
            else None
        quotes = [_numbered(_titled(_voiced(q, voice), names), paragraphs, numbers, names)
                  for q in _quotes(n, text, marked[n], resolver, previous, title or bool(heading), lead)]
        if heading:
            previous.quote, previous.open_ended = going_on
        passages.append(_passage(document, n, tuple(quotes)))
    if headline is not None and passages:  # a headline's quotation that the story attributes
        lead_text = paragraphs[1] if len(paragraphs) > 1 else ""
        passages[0] = replace(passages[0], quotes=tuple(
            _told_in_the_story(q, passages[1:], names, resolver, lead_text) for q in passages[0].quotes))
    passages = _named_below(passages, paragraphs, marked, resolver, lead=1 if headline is not None else 0)
    passages = _signed_below(passages, paragraphs, marked, resolver)
    passages = _continued_back(passages, marked)  # (after them: `"…` ¶ `"…"` ¶ `Those were the words of X`)
    passages = _spelled_out(passages, paragraphs, names)
    for n, passage in enumerate(passages[1:], 1):
        crosshead = _crosshead(passage)
        if _pulled(passage) or crosshead:
            nearby = passages[max(1, n - _PULL_REACH):n] + passages[n + 1:n + 1 + _PULL_REACH]
            nearby += passages[1:max(1, n - _PULL_REACH)] + passages[n + 1 + _PULL_REACH:]  # then the rest, nearest
            # first (a page's pull quote may stand far from the story's quotation)
            pulled = replace(passage.quotes[0], speaker=None, speaker_mention=None, cue=None)  # if it is a copy,
            # not what it inherits from the quotation before
            told = _repeated(pulled, nearby, _PULLED_WORDS)
            if told.speaker is None and crosshead:  # `'We were terrified'`: the words just below it, if fewer
                told = _repeated(pulled, passages[n + 1:n + 1 + _CROSSHEAD_REACH])
            if told.speaker not in (None, passage.quotes[0].speaker):
                passages[n] = replace(passage, quotes=(told,))
    return passages


def _told_in_the_story(quote: Quote, body: list[Passage], names: Names, resolver: Resolver, lead: str) -> Quote:
    """A headline's quotation given the speaker the story below it attributes it to, each reading in turn, from the
    story's own words to the lead's description of its person (`lead`, the lead's text)."""
    quote = _repeated(_past_a_topic(quote, body, names), body)
    quote = _said_again(_quoted_alone_in_the_lead(quote, body), body, names)
    quote = _opening_the_lead(_titled_below(quote, resolver), names, body[:1])
    return _restated_by_the_lead(_told_by_the_lead(quote, resolver, lead), names, body)


def _named_below(passages: list[Passage], paragraphs, marked, resolver: Resolver, lead: int) -> list[Passage]:
    """`"We are the last generation that will farm this land."` ¶ `So says Jane Smith, whose family …`,
    `Those are the words of Jane Smith, …`: a paragraph that is one quotation no one is named for, whose speaker
    the next paragraph names as it opens; or, the story's `lead`, whom the next paragraph opens on by a full name
    as its subject (`"I never expected to still be doing this at 80."` ¶ `Pat Johnson has fostered …`). The first
    paragraph (a headline of one quotation) is named so only by the next's words: `"We are not going anywhere."` ¶
    `That was the message from striking workers …`."""
    for n in range(len(passages) - 1):
        passage = passages[n]
        if not _pulled(passage) or passage.quotes[0].speaker is not None:
            continue
        found = names_the_words_before(tokenize(paragraphs[n + 1], marked[n + 1]), 0)
        if found is not None and found.mention is not None:
            mention = found.mention
            speaker = resolver.resolve(mention, n + 1, spoke=False)
            written, cue = paragraphs[n + 1][mention.start:mention.end], found.cue
        else:
            opening = _full_name_opening(resolver.names, n + 1, 0) if n == lead and n else None
            if opening is None or not opening.is_subject or opening.possessive:
                continue  # (not `Donald Trump's supporters chanted …`: whose words they are not)
            speaker = resolver.names.canonical(opening.words, opening.at)
            written, cue = paragraphs[n + 1][opening.start:opening.end], None
        if speaker is not None:
            passages[n] = replace(passage, quotes=(replace(
                passage.quotes[0], speaker=speaker, speaker_mention=written, cue=cue),))
    return passages


def _signed_below(passages: list[Passage], paragraphs, marked, resolver: Resolver) -> list[Passage]:
    """A letters page's `"… So who will?"` ¶ `Margaret Owen, Little Snoring`: a line that is a full name alone (and
    where its writer lives) signs the quotations no one is named for in the paragraphs just above it, one quotation
    run on from paragraph to paragraph."""
    for n in range(2, len(passages)):
        if passages[n].quotes or len(paragraphs[n]) > _NAME_LINE_LENGTH \
                or not _NAME_LINE.fullmatch(paragraphs[n].strip()):
            continue
        named = next((m for m in resolver.names.mentions_between(n, 0, len(paragraphs[n])) if not m.is_org), None)
        if named is None or named.start > 2 or len(named.words) < 2:
            continue
        speaker = resolver.names.canonical(named.words, named.at)
        k = n - 1
        while k > 0 and _pulled_unsigned(passages[k], marked[k]) and (k == n - 1 or not marked[k][-1].closed):
            passages[k] = replace(passages[k], quotes=tuple(
                replace(q, speaker=speaker, speaker_mention=paragraphs[n][named.start:named.end], cue=None)
                for q in passages[k].quotes))
            k -= 1
    return passages


def _signs_above(previous: _Previous) -> bool:
    """The paragraph before is a full name alone, after a paragraph with a quotation: a signature."""
    return previous.earlier is not None and previous.earlier[3] and previous.paragraph is not None \
        and len(previous.paragraph[1]) <= _NAME_LINE_LENGTH \
        and _NAME_LINE.fullmatch(previous.paragraph[1].strip()) is not None


def _pulled_unsigned(passage: Passage, marked: list[Marked]) -> bool:
    """A paragraph of quotations only, that no one is named for."""
    return bool(passage.quotes) and bool(marked) and all(q.speaker is None for q in passage.quotes) \
        and not _A_WORD.search(passage.text, 0, marked[0].outer_start)


_NAME_LINE_LENGTH = 80  # characters a name line, and where its writer lives, fits in
_NAME_LINE = re.compile(r"[-–—]?\s*[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|da|ap|bin|al)){1,3}"
                        r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,2}\.?")  # `Margaret Owen, Little Snoring`


def _continued_back(passages: list[Passage], marked: list[list[Marked]]) -> list[Passage]:
    """Passages whose last quotation no cue attributes and no mark closes, where the next paragraph
    opens by going on with it under a cue (`"This is the first part,` ¶ `"and this the second," said
    Tom Jones.`): that quotation is the speaker's the next one names, as the newswire's convention
    makes it one quotation; so too when no cue but a guess from the sentences before gave it a speaker (`Jane Smith
    and Tom Brown both lost their homes.` ¶ `"We had ten minutes.` ¶ `"…," said Mr Brown.`)."""
    for n in range(len(passages) - 2, 0, -1):
        quotes, after = passages[n].quotes, passages[n + 1].quotes
        if not quotes or not after or not marked[n] or marked[n][-1].closed or not marked[n + 1]:
            continue
        last, going_on = quotes[-1], after[0]
        text, next_text = passages[n].text, passages[n + 1].text
        if (last.speaker is not None or last.speaker_mention is not None) and last.cue is not None \
                or going_on.speaker is None or going_on.speaker == last.speaker \
                or next_text[:marked[n + 1][0].outer_start].strip() \
                or text[marked[n][-1].outer_start] != next_text[marked[n + 1][0].outer_start]:
            continue  # (a mark of another style opens another quotation: a quoted article's quotation)
        mention = going_on.speaker_mention if going_on.speaker_mention and going_on.speaker_mention in next_text \
            else None  # as written in the next paragraph; one further on goes back as its speaker alone
        passages[n] = replace(passages[n], quotes=quotes[:-1] + (replace(
            last, speaker=going_on.speaker, speaker_mention=mention, cue=going_on.cue),))
    return passages


def _spelled_out(passages: list[Passage], paragraphs: tuple[str, ...], names: Names) -> list[Passage]:
    """Passages whose speakers a body's initials or its full name are, both forms in one: `the IMF
    said` where the story names the International Monetary Fund is `International Monetary Fund (IMF)`."""
    speakers = {q.speaker for p in passages for q in p.quotes if q.speaker}
    found = spelled_out(speakers, paragraphs, lambda name: _a_body(name, names)) if speakers else {}
    return [replace(p, quotes=tuple(replace(q, speaker=found[q.speaker]) if q.speaker in found else q
                                    for q in p.quotes)) if any(q.speaker in found for q in p.quotes) else p
            for p in passages] if found else passages


def _a_body(name: str, names: Names) -> bool:
    """A speaker's name the name finder read as a body's, or one with a word for a body that the
    text gives no he or she (`Institute for Fiscal Studies`; not Jason King)."""
    return names.read_as_body(name) or names_a_body(name.split()) and names.gender(name) not in ("m", "f")


def _pulled(passage: Passage) -> bool:
    """A paragraph that is one quotation, which can name no one outside it (its speaker, if any, is
    inherited): perhaps a pull quote, the words of a quotation the story attributes near it."""
    if len(passage.quotes) != 1:
        return False
    quote, text = passage.quotes[0], passage.text
    if _A_WORD.search(text, 0, quote.start) or _A_WORD.search(text, quote.end):
        return False  # words outside the quotation: most paragraphs, whose words then differ from its own
    return words_of(quote.text) == words_of(text)


def _crosshead(passage: Passage) -> bool:
    """A short line that is one quotation in single or double marks and no more (`'We were terrified'`): a
    crosshead, whose words the story attributes just below it."""
    if len(passage.quotes) != 1:
        return False
    quote, text = passage.quotes[0], passage.text.strip(_AROUND)
    return _stray_heading(text) and words_of(quote.text) == words_of(text) and not _LETTER.search(
        passage.text, 0, quote.start) and not _LETTER.search(passage.text, quote.end)


_AROUND = " '‘’\"“”"  # the marks around a quotation that is a line of its own
_LETTER = re.compile(r"\w")

_A_WORD = re.compile(r"[\w'’]")  # what `words_of` reads as a word's


_HEADLINE_QUOTE_WORDS = 3  # the fewest words a headline's quotation repeats
_PULL_REACH = 3  # paragraphs either side of a pull quote in which the story attributes its words
_PULLED_WORDS = 6  # the fewest words a pull quote repeats: not a phrase anyone might use
_CROSSHEAD_REACH = 2  # paragraphs below a crosshead in which the story attributes its words


def _repeated(quote: Quote, body: list[Passage], fewest: int = _HEADLINE_QUOTE_WORDS) -> Quote:
    """`Hurricanes in a pandemic: 'Absolutely that's our nightmare scenario'` over `"Absolutely
    that's our nightmare scenario," said Wilmington Mayor Bill Saffo`: a headline's quotation (or a
    pull quote) that no one is named for, of `fewest` words or more, is the speaker's whose quotation
    in the story holds it; or, for a pull quote, whose quotation opens it (`"I worry … tax cuts. Dean
    Baker, Center for Economic and Policy Research."`: signed after the words)."""
    words = words_of(quote.text)
    if quote.speaker is not None or len(words.split()) < fewest:
        return quote
    pulled = fewest == _PULLED_WORDS
    return _told_by(quote, body, not pulled, lambda said, _: f" {words} " in f" {said} " or pulled and len(
        said.split()) >= fewest and f"{words} ".startswith(f"{said} "))


def _quoted_alone_in_the_lead(quote: Quote, body: list[Passage]) -> Quote:
    """`Family pays tribute to 'gentle giant'` over `The family of a man who died … have paid tribute to a "gentle
    giant"`: a headline's quotation that no one is named for, of two words (too few for `_repeated`), is the speaker's
    whose quotation in the lead is the same words."""
    words = words_of(quote.text)
    if quote.speaker is not None or len(words.split()) not in range(2, _HEADLINE_QUOTE_WORDS):
        return quote
    return _told_by(quote, body[:1], False, lambda said, _: said == words)


def _past_a_topic(quote: Quote, body: list[Passage], names: Names) -> Quote:
    """`Floods: 'We were terrified'` over `"We were terrified," she said`: a headline's one word before the colon
    that the story never names is its topic, not a speaker; the words are the story's speaker's when it says them."""
    if quote.cue != ":" or not quote.speaker or " " in quote.speaker \
            or any(m.para > 0 and names.canonical(m.words, m.at) == quote.speaker for m in names.mentions):
        return quote
    told = _repeated(replace(quote, speaker=None, speaker_mention=None, cue=None), body)
    return told if told.speaker is not None else quote


def _said_again(quote: Quote, body: list[Passage], names: Names) -> Quote:
    """`Renault boss hails 'great year'` over `Chairman Louis Schweitzer said 2004 had been a "great
    year"`: a headline's quotation given to a description, not to a person's name, is the words of
    the person whose quotation in the story is the same words, or holds them when they are three
    words or more."""
    words = words_of(quote.text)
    if quote.speaker is None or _a_persons_name(quote.speaker, names) or not words:
        return quote
    fuller = f" {quote.speaker.lower()}"  # `Police say attack 'not terror-related'` over `Thames Valley Police said`
    if len(words.split()) < 2:  # `Teachers 'exhausted', union says` over `The National Education Union (NEU) said
        return _told_by(quote, body, True, lambda said, speaker: said == words and _ends_on(speaker, fuller))
        # teachers were "exhausted"`: one word, only the same, by a body the word names
    return _told_by(quote, body, True, lambda said, speaker: (
        _a_persons_name(speaker, names) or _ends_on(speaker, fuller)) and (
        said == words or len(words.split()) >= _HEADLINE_QUOTE_WORDS and f" {words} " in f" {said} ")
        or said == words and len(words.split()) >= _HEADLINE_QUOTE_WORDS and quote.speaker[:1].islower()
        and speaker[:1].isupper() and not _a_body(speaker, names))  # the same words whole, said by a name whose
    # sex the text does not give (`said Kerry, 34`), for a description (not `Police say` for the Home Office's)


def _ends_on(speaker: str, word: str) -> bool:
    """Whether a speaker's name, its initials in brackets aside, ends on ` word` (`National Education Union (NEU)` on
    ` union`, `Thames Valley Police` on ` police`)."""
    return speaker.lower().split(" (", 1)[0].endswith(word)


def _titled_below(quote: Quote, resolver: Resolver) -> Quote:
    """`'Nobody is above the law,' says judge` over `… jailed for fraud by Judge Mary Lane.`: a headline's
    speaker named by one word of an office, left as written, is the one person the two paragraphs below it
    title with that office; or the one the paragraph after the lead names, when the lead opens on the office
    (`Headteacher: '…'` over `A headteacher in Bradford says …` ¶ `Sarah Ahmed, head of …, said`)."""
    mention = quote.speaker_mention or ""
    if (quote.speaker or "").lower() != mention.lower() or " " in mention or not _a_role(mention):
        return quote
    office = (mention.lower(),)
    holder = resolver.names.holder(office, (_TITLED_BELOW + 1, 0)) or resolver.opened_on_by_the_lead(office)
    return replace(quote, speaker=holder) if holder is not None else quote


_TITLED_BELOW = 2  # the paragraphs below a headline that may title its speaker


def _opening_the_lead(quote: Quote, names: Names, lead: list[Passage]) -> Quote:
    """`Woman, 90, 'terrified' after break-in` over `Doris Green, 90, was asleep when …`: a headline's speaker
    described by a word for a person is the person whose full name opens the lead, of the word's sex if it has one;
    or whom the lead's quotation by one so described is given to (`Rescued hiker thanks 'heroes'` over `A hiker who
    was lost … has thanked the "heroes" who found her` ¶ `Laura McKenzie, 29, went missing`). A speaker described
    by a body's name and a role is the person the lead opens on after that name (`_affiliated_opening`)."""
    mention = quote.speaker_mention or ""
    word = mention.rsplit(" ", 1)[-1].lower()
    if not mention or (quote.speaker or "").lower() != mention.lower() or singular(word) != word:
        return quote  # (people: `flood victims`)
    affiliated = _affiliated_opening(names, mention, lead[0].text if lead else "")
    if affiliated is not None:
        return replace(quote, speaker=names.canonical(affiliated.words, affiliated.at))
    if not people_word(word) or word in ROLE_WORDS:
        return quote  # (an office: `says judge`, the one the story titles so)
    opening = _full_name_opening(names, 1, _LEAD_OPENING)
    if opening is not None and opening.start and not opening.is_subject:
        opening = None  # `A climber who fell 50ft on Ben Nevis has thanked …`: a place in what befell her
    if opening is None:
        described = next((q.speaker for p in lead for q in p.quotes if q.speaker and (q.speaker_mention or "").lower()
                          in (f"a {word}", f"an {word}", f"the {word}") and q.speaker != q.speaker_mention.lower()),
                         None)
        return replace(quote, speaker=described) if described and names.gender(described) in ("m", "f") else quote
    person = names.canonical(opening.words, opening.at)
    sex = role_gender(mention)
    return replace(quote, speaker=person) if names.gender(person) in ((sex,) if sex else ("m", "f")) else quote


_LEAD_OPENING = 40  # where in the lead a full name may stand to open it: past a short description


def _told_by_the_lead(quote: Quote, resolver: Resolver, lead: str) -> Quote:
    """`'I thought I was going to die' - crash survivor` over `A cyclist who was hit by a lorry has described the
    moment …` ¶ `Anna Kowalski, 29, was cycling …`: a headline's speaker described by what befell them or by their
    sex is the one the lead opens on described by another word for a person, when the lead's verb tells (a cue); by
    the lead's own word, whatever its verb; and whom the paragraph after it names."""
    mention = quote.speaker_mention or ""
    word = mention.rsplit(" ", 1)[-1].lower()
    if not mention or (quote.speaker or "").lower() != mention.lower():
        return quote
    opening = _INDEFINITE_OPENING.match(lead)
    told = _TELLING.search(lead, 0, lead.find(". ") if ". " in lead else len(lead))
    if opening is None or not people_word(opening.group(2)) or opening.group(2) != word and (
            word not in _TOLD_OF or told is None or told.group(told.lastindex) not in CUE_FORMS):
        return quote  # (`Lifeboat volunteer 'proud' …` over `A lifeboat volunteer who … is retiring`: the same word)
    person = resolver.opened_on_by_the_lead((*opening.group(1).split(), opening.group(2)))
    sex = role_gender(word)
    return replace(quote, speaker=person) if person is not None and resolver.names.gender(person) in (
        (sex,) if sex else ("m", "f")) else quote


_TOLD_OF = {"survivor", "victim", "patient", "pensioner", "teenager", "woman", "man", "girl", "boy", "widow",
            "widower", "mum", "dad", "mother", "father", "grandmother", "grandfather", "gran"}  # who a story's
# subject is by what befell them or by their sex, not by a trade (`paramedic`: someone else)
_INDEFINITE_OPENING = re.compile(r"An?\s+((?:[\w'-]+\s+){0,2}?)([a-z-]+)\s+(?:who|whose|has|have|says|tells)\b")
_TELLING = re.compile(r"\b(?:has|have)\s+(\w+)|\b(says|tells|describes|recalls|admits|warns)\b")


def _restated_by_the_lead(quote: Quote, names: Names, body: list[Passage]) -> Quote:
    """`'I was told I had weeks to live'` over `When Claire Dunn was diagnosed …, doctors told her she might have
    only weeks to live.`: a headline of one quotation in the first person, no one named for it, is the one person
    the lead's first sentence names in full when that sentence says most of its words again (or the one person the
    lead's paragraph names, when it says half of them), and the story gives that person a quotation of their own."""
    said_words = words_of(quote.text).split()
    words = [w for w in said_words if len(w) >= _RESTATED_LENGTH and w not in _NOT_RESTATED]
    if quote.speaker is not None or len(words) < 2 or not body or FIRST_PERSON.isdisjoint(said_words):
        return quote
    lead = body[0].text
    end = lead.find(". ") + 1 or len(lead)
    first = {w[:_STEM] for w in words_of(lead[:end]).split()}
    whole = {w[:_STEM] for w in words_of(lead).split()}
    if 3 * sum(w[:_STEM] in first for w in words) < 2 * len(words):
        if 2 * sum(w[:_STEM] in whole for w in words) < len(words):
            return quote
        end = len(lead)  # (`'I swapped the City for a sheep farm'` over `… Hannah Price was a banker …. Now she gets up
        # at 5am to feed 300 sheep on a hill farm`: half its words, the lead's whole paragraph)
    named = {names.canonical(m.words, m.at) for m in names.mentions
             if m.para == 1 and m.start < end and not m.is_org and not m.in_quote and not m.is_place}
    people = {name for name in named if names.gender(name) in ("m", "f")}
    if len(people) != 1 or len(named - people) > _PLACES_NAMED or any(" " in name for name in named - people):
        return quote  # (not beside a full name of no sex told: another person)
    person = people.pop()
    spoke = any(told.speaker == person for passage in body for told in passage.quotes)
    return replace(quote, speaker=person) if spoke and " " in person else quote


_PLACES_NAMED = 2  # names of no sex the lead may write beside its one person (`London`, `Powys`)
_RESTATED_LENGTH = 4  # the fewest letters of a headline's word that the lead must say again (not `I was`, `had`)
_NOT_RESTATED = frozenset({"that", "this", "have", "been", "were", "would", "could", "will", "just", "with", "from",
                           "what", "when", "then", "than", "there", "they", "them", "into", "about", "really",
                           "going", "myself", "i've", "i'm", "i'll", "i'd"})
_STEM = 5  # the letters a word and the lead's must share (`lives`, `live`)


def _affiliated_opening(names: Names, mention: str, lead: str):
    """`Strictly star 'overwhelmed' …` over `Strictly Come Dancing professional Amy Dowden has thanked …`: the
    person whose full name the lead opens on as its subject, after a body's name that opens with the capitalised
    word before the headline's role (and no one else named before it)."""
    words = mention.split()
    if len(words) != 2 or not words[0][:1].isupper() or not words[1].islower() \
            or not (people_word(words[1]) or words[1] in ROLE_WORDS):
        return None
    opening = [m for m in names.mentions if m.para == 1 and m.start <= _LEAD_OPENING + len(words[0])][:2]
    if len(opening) != 2 or opening[0].start != 0 or not opening[0].is_org or opening[0].words[0] != words[0] \
            or opening[1].is_org or len(opening[1].words) < 2 or not opening[1].is_subject \
            or not lead[opening[0].end:opening[1].start].strip().islower():
        return None
    return opening[1]


def _full_name_opening(names: Names, para: int, reach: int):
    """The first name paragraph `para` writes, if it is a person's full name that stands no further in than
    `reach`."""
    opening = next((m for m in names.mentions if m.para == para), None)
    return opening if opening is not None and opening.start <= reach and not opening.is_org \
        and len(opening.words) >= 2 else None


def _told_by(quote: Quote, body: list[Passage], joined: bool, holds) -> Quote:
    """`quote` given the speaker of the story's first attributed quotation whose words and speaker
    `holds(words, speaker)` accepts (the words as `words_of` writes them), and with `joined` (a headline's, once a
    story), of two in a row of one speaker; else `quote` as it is."""
    speaker = next((speaker for passage in body for said, speaker in _said(passage, joined)
                    if speaker is not None and holds(words_of(said), speaker)), None)
    return replace(quote, speaker=speaker) if speaker is not None else quote


def _said(passage: Passage, joined: bool):
    """Each quotation's words and speaker in a passage; then, `joined`, each two in a row of one speaker joined, one
    quotation its cue interrupts (`"The thing is," says Brian Hole, "nobody asked us."`)."""
    quotes = passage.quotes
    yield from ((told.text, told.speaker) for told in quotes)
    if joined:
        yield from ((f"{first.text} {then.text}", first.speaker) for first, then in zip(quotes, quotes[1:])
                    if first.speaker == then.speaker)


def _a_persons_name(speaker: str, names: Names) -> bool:
    """`Louis Schweitzer`, `Jeff Zucker`: a name in capitals whose sex the text tells; not `Renault
    boss`, `CNN President` or `TUC`."""
    return speaker.rsplit(" ", 1)[-1][:1].isupper() and names.gender(speaker) is not None


def _quoted_person(title: str | None) -> str | None:
    """`David Blunkett in quotes`, `Obama in his own words`: the person a piece of quotations is
    of, whose every quotation no one else is named for."""
    match = _QUOTED_PERSON.fullmatch(title.strip()) if title else None
    return match.group(1) if match else None


def _interviewee(paragraphs: tuple[str, ...]) -> str | None:
    """`Interview: 'I was told I'd never walk again'` ¶ `Paralympian Sam Ruddock on resilience, rowing and …`: the
    person an interview's standfirst opens on, whose are its answers (`I`) and its unattributed quotations."""
    headed = _INTERVIEW.match(paragraphs[0]) if len(paragraphs) >= 3 else None
    if headed is None:
        return None
    standfirst = _STANDFIRST.match(paragraphs[1])
    words = standfirst.group(1).split() if standfirst else paragraphs[0][headed.end():].split()  # `Five minutes with:
    # Chef Tom Kerridge`: the title names them
    given = next((k for k, word in enumerate(words) if given_name(word)), None)  # past `Paralympian`
    named = words[given:given + 3] if given is not None else []
    return " ".join(named) if len(named) >= 2 and all(w[:1].isupper() for w in named) else None


def _remembered_by(paragraphs: tuple[str, ...]) -> str | None:
    """`'My memories of Marley...'` ¶ `…, Rob Partridge - Marley's former head of press - remembers the man behind the
    legend.`: a headline quoted whole in the first person, over a lead whose subject remembers or looks back: the
    piece's quotations are that person's."""
    if len(paragraphs) < 3 or not _FIRST_PERSON_TITLE.fullmatch(paragraphs[0].strip()):
        return None
    lead = _REMEMBERS.search(paragraphs[1])
    return lead.group(1) if lead else None


_FIRST_PERSON_TITLE = re.compile(r"[\"“‘'](?i:My|I|I['’]m|I['’]ve|We|Our)\b.*[\"”’']")  # (`'MY MEMORIES …'` too)
_REMEMBERS = re.compile(r"(?:^|,\s+)([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
                        r"(?:\s+[-–—]\s+[^-–—]{1,80}\s+[-–—]|,\s+[^,]{1,80},)?"  # (an appositive)
                        r"\s+(?:remembers|recalls|looks back|reflects)\b")
_INTERVIEW = re.compile(r"(?:Interview|Q&A|In conversation)\s*(?::|with)|(?:\w+ )?(?:minutes|questions) (?:with|for):?",
                        re.I)  # (`Five minutes with: Chef Tom Kerridge`, `Ten questions for …`)
_STANDFIRST = re.compile(r"(?:[A-Za-z-]+ ){0,3}?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}) "
                         r"(?:on|talks|tells|speaks|reflects)\b")


def _voiced(quote: Quote, voice: str | None) -> Quote:
    """A quotation no cue and no mention attributes, in a piece of one person's quotations: theirs."""
    if voice is None or quote.speaker is not None or quote.speaker_mention is not None:
        return quote
    return replace(quote, speaker=voice)


_QUOTED_PERSON = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) in (?:quotes|(?:his|her|their) own words)")


def _title_author(title: str | None) -> str | None:
    """`Ann Coulter: And Then There Was the One.`, `Exclusive Excerpt–Dinesh D’Souza’s ‘Stealing
    America’`: a column's title opening on its writer's name and a colon, an excerpt's naming its
    writer's work; a column's name opening on a given name (not `NY Daily News: …`)."""
    column = _COLUMN.match(title) if title else None
    if column and (given_name(column.group(1).split()[0]) or _a_columnists_name(column.group(1))):
        return column.group(1)
    excerpt = _EXCERPT.search(title) if title else None
    return excerpt.group(1) if excerpt else None


def _a_columnists_name(words: str) -> bool:
    """`Vora Zoruner`: two words that name no body, no place and nothing the language knows."""
    parts = words.split()
    return len(parts) == 2 and not names_a_body(parts) and not any(
        w.lower() in NOT_NAMES or w.lower() in PLACES or w.lower() in DEMONYMS for w in parts)


_NAME = r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2})"
_COLUMN = re.compile(_NAME + r":\s")
_EXCERPT = re.compile(r"\bExcerpt\b\W+" + _NAME + r"[’']s\s")


def _byline(paragraphs: tuple[str, ...]) -> str | None:
    """`By Nick Robinson, BBC political editor` as one of a text's first paragraphs: its one writer."""
    found = (_BYLINE.fullmatch(text.strip()) for text in paragraphs[:_BYLINE_PARAGRAPHS])
    return next((line.group(1) for line in found if line), None)


_BYLINE = re.compile(r"By ([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})(?:,[^.!?\"“”]{0,60})?")  # one writer, not two
_BYLINE_PARAGRAPHS = 3


def _bio_author(paragraphs: tuple[str, ...]) -> str | None:
    """`Bill Thompson is a regular commentator on …` closing a piece: its writer, who `I` is."""
    bio = _BIO.fullmatch(paragraphs[-1].strip()) if len(paragraphs) > 2 else None
    return bio.group(1) if bio and not _WRITERS.isdisjoint(bio.group(2).lower().split()[:_BIO_WORDS]) else None


_BIO = re.compile(r"([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}) is (?:a|an|the) ([^.!?]*)\.")
_BIO_WORDS = 4  # `a regular commentator on …`: the role comes among the first words
_WRITERS = {"commentator", "columnist", "editor", "writer", "correspondent", "analyst", "author", "journalist",
            "contributor", "blogger", "presenter", "reporter", "critic"}


def _in_a_run(n: int, paragraphs: tuple[str, ...]) -> bool:
    """Paragraph `n` opens with a straight mark after a paragraph ending on a colon (`Dr. Ward
    stated:`) or before another that opens with one: a quotation running over paragraphs."""
    if not paragraphs[n].startswith(_STRAIGHT_OPENERS):
        return False
    return n > 0 and paragraphs[n - 1].rstrip().endswith(":") or (
        n + 1 < len(paragraphs) and paragraphs[n + 1].startswith(_STRAIGHT_OPENERS))


_STRAIGHT_OPENERS = ('"', "''")  # a straight double mark, or an archive's two apostrophes


def _titled(quote: Quote, names: Names) -> Quote:
    """`Lord Falconer`, not `Falconer`: a peer's speaker name with the title; `Donald Trump Jr.`,
    not `Donald Trump`: a name with the generation's suffix the text gives it."""
    titled = names.peer_titled(names.with_generation(quote.speaker)) if quote.speaker else None
    return replace(quote, speaker=titled) if titled and titled != quote.speaker else quote


def _numbered(quote: Quote, paragraphs: tuple[str, ...], numbers: dict[str, str], names: Names) -> Quote:
    """`50 Cent`, not `Cent`: a one-word name of a he or she the document only ever writes after
    the same number (`numbers` remembers the answer for each word); not `Six in 10 Republicans`."""
    word = quote.speaker
    if not word or " " in word or not word[:1].isupper() or names.gender(word) not in ("m", "f"):
        return quote
    if word not in numbers:
        before, alone = set(), False
        for text in paragraphs:
            words, opens = _written_before(word, text)
            before |= words
            alone = alone or opens
        number = next(iter(before)) if len(before) == 1 and not alone else ""
        numbers[word] = f"{number} {word}" if number.isdigit() else word
    return replace(quote, speaker=numbers[word]) if numbers[word] != word else quote


def _written_before(word: str, text: str) -> tuple[set[str], bool]:
    r"""The words (runs of non-spaces, or none) that `text` writes before `word`, a space apart, and whether it
    writes `word` with only spaces after its start or after a mark (`50 Cent`: {`50`}; `"Cent`: True), as
    `(\S*)\s+word\b` and `(?:^|[^\w\s])\s*word\b` would match; without their patterns' search at every
    place of a long document (the word's letters are found quickly)."""
    before, opens, taken = set(), False, 0  # (`taken`: where the last match ends; matches do not overlap)
    for match in re.finditer(rf"{re.escape(word)}\b", text):
        space = match.start()
        while space > 0 and text[space - 1].isspace():
            space -= 1
        opens = opens or space == 0 or not (text[space - 1].isalnum() or text[space - 1] == "_")
        start = max(space, taken)
        if start < match.start():  # a space between
            first = start
            while first > taken and not text[first - 1].isspace():
                first -= 1
            before.add(text[first:start] if start == space else "")
            taken = match.end()
    return before, opens


HEADLINE_WORDS = 20


def _is_headline(n: int, text: str, document: Document) -> bool:
    if text == document.title:
        return True
    if n and text.rstrip()[-1:] not in "'’\"”":
        return False  # (most paragraphs, told without a split or a pattern)
    return len(text.split()) <= HEADLINE_WORDS and (
        n == 0 or _CROSSHEAD.search(text) or _LABELLED_HEADING.match(text) and _DOUBLE_CLOSING.search(text))


_CROSSHEAD = re.compile(r"(?<![.!?,'’])['’]\s*$")  # a heading within the text, closing on a single mark and no
# stop: `Starmer: 'We will fix the NHS'`, `Sturgeon 'went out of way to be different'`
_LABELLED_HEADING = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}: [A-Z]")  # a live page's `Reeves: Budget
_DOUBLE_CLOSING = re.compile(r"(?<![.!?,])[\"”]\s*$")  # will "fix the foundations"`, with no stop


class _Previous:
    """The last attributed quotation, which an unattributed one that follows it inherits; and a
    paragraph that ends by announcing one (`Cruz called them on it:`), with its number."""

    quote: Quote | None = None
    open_ended: bool = False
    lead_in: tuple[int, str, Attribution] | None = None  # (paragraph number, its text, attribution)
    signed: tuple[int, str, Attribution] | None = None  # the next paragraph, when it signs this one
    paragraph: tuple[int, str] | None = None  # the paragraph before, as (number, text)
    tokens: list | None = None  # its tokens, once someone needs them
    quoted: bool = False  # whether it holds a quotation
    before_open: tuple | None = None  # the sentence before it, when it is all one quotation no mark closes
    answering: Quote | None = None  # the answerer's quotation, when it closes on the writer's or a reporter's question
    asking: tuple[int, Quote, bool] | None = None  # the writer's question, for the paragraph that may ask again
    kept: tuple[int, Quote] | None = None  # the last attributed quotation, with its paragraph's number
    earlier: tuple | None = None  # the paragraph before the one before, as (number, text, tokens or None, quoted)

    def read(self, n: int, text: str, tokens=None, quoted: bool = False) -> None:
        self.earlier = (*self.paragraph, self.tokens, self.quoted) if self.paragraph is not None else None
        self.paragraph, self.tokens, self.quoted = (n, text), tokens, quoted

    def tokens_of(self, n: int) -> list | None:
        """The paragraph before's tokens, if it is paragraph `n`."""
        if self.paragraph is None or self.paragraph[0] != n:
            return None
        if self.tokens is None:  # most paragraphs hold no quotation and are never tokenized otherwise
            self.tokens = tokenize(self.paragraph[1], [])
        return self.tokens

    def last_sentence(self) -> tuple[int, int] | None:
        """(paragraph number, offset) where the paragraph before's last sentence starts."""
        tokens = self.tokens_of(self.paragraph[0]) if self.paragraph is not None else None
        if not tokens:
            return None
        start, end = last_sentence(tokens)
        return self.paragraph[0], (tokens[start].start if end else 0)


_PAST_THE_LEAD = 3  # the paragraphs after a lead whose names may say whom it describes


def _all_names(paragraphs, marked, common: Lowercase, singles: bool, lead: int):
    """The names of the paragraphs up to the last one with a quotation (and the one after it, which
    may sign it): no speaker is resolved from a name that comes after every quotation, but one the lead
    describes (`The mother of a boy who drowned said …`), whom a paragraph after may name (`His mother,
    Donna Walsh,`), so a few more where the quotations end in the lead (paragraph `lead`). In a document
    that marks speech with single marks (`singles`), read with those marks made double, as the
    quotations were found (`‘…, Apple could not justify …,’ she said`: no she after Apple)."""
    mentions = []
    last = max(n for n, found in enumerate(marked) if found) + 1
    last += _PAST_THE_LEAD if last == lead + 1 else 0
    for n, text in enumerate(paragraphs[:last + 1]):
        quoted = [(m.start, m.end) for m in marked[n]]
        mentions += find_names(n, singles_as_doubles(text) if singles else text, quoted, common)
    return mentions


def _quotes(n: int, text: str, marked: list[Marked], resolver: Resolver, previous: _Previous,
            title: bool = False, lead: tuple[int, str, Attribution] | None = None) -> list[Quote]:
    if not marked and previous.open_ended and _stray_heading(text):
        return []  # `Tory MSP angers SNP …` between two paragraphs of one quotation: a link's title a page put there
    if not marked:
        tokens = tokenize(text, []) if previous.open_ended else None  # kept for the next paragraph to read
        text_follows = _TEXT_TO_FOLLOW.fullmatch(text) is not None  # `Transcript as follows:` ¶ `"Tonight …"`:
        if not text_follows and (tokens is None or not _says_no_one(n, tokens, len(tokens), resolver)):
            _remember(previous, [], marked, n)  # `In short, it would see …` ¶ `"We asked …"`: one speaker (but
            # after a text's announcement the words of whoever spoke last go on)
        previous.lead_in = None if text_follows else _lead_in(n, text, [], tokens)
        previous.read(n, text, tokens)
        return []
    capitals = title and in_capitals(text)  # `ECONOMY 'STRONGER THAN FORECAST'`: first read in title case
    title_cased = title and (capitals or title_case_headline(text))
    read = decapitalised(text, resolver.names.common) if capitals else text
    tokens = tokenize(sentence_cased(read, resolver.names.common) if title_cased else text, marked)  # `US Bank Boss
    # Hails 'Genius' Smith` read as `US bank boss hails 'genius' Smith`
    found = _spoken(text, marked, tokens, title, resolver.names.named_twice, title_cased)
    heads = {head for _, a, _ in found if (head := _definite_head(a))}  # `the official added`
    by_pronoun = bool(heads) or any(_by_pronoun(a, ("he", "she", "they")) or a is None and HE_OR_SHE.search(text)
                                    for _, a, _ in found)  # with no cue, the sentence before's subject may be a
    # he or she; `A spokesperson said …. "…," they said`
    described, definite = described_speakers(tokens) if by_pronoun else ([], [])
    if by_pronoun and previous.tokens_of(n - 1):  # `…, the spokesman said.` ¶ `"…," he added`
        _spoke_last_before(n - 1, previous.tokens_of(n - 1), resolver, VOICES_FOR | _REPORTERS | heads)
    bodies = described_bodies(tokens) if any(_by_pronoun(a, ("it",)) for _, a, _ in found) else []
    if any(_by_pronoun(a, ("it",)) and a.cue.lower() in ("read", "reads") for _, a, _ in found):  # `"…," it read`:
        for written in read_texts(previous.tokens_of(n - 1) or []):  # `sent a letter this week …` ¶, or
            resolver.remember_body(written, n - 1)
        bodies = sorted(bodies + read_texts(tokens), key=lambda m: m.start)  # `lifted a sign of her own. "…"`
    if found and _by_pronoun(found[0][1], ("it",)) and (tokens[0].lower == "it" or found[0][2] == 0
                                                        or _in_first_sentence(tokens, found[0][1].mention)):
        # `It added …` opening it, or a quotation opening it before `it stated`, or `In a statement, it said`
        for body in described_bodies(previous.tokens_of(n - 1) or []):  # `The company also unveiled …` ¶
            resolver.remember_body(body, n - 1)  # `It added that …`: the body described just before
    quotes = []
    labels = [a_word_of_no_ones(text[span.start:span.end], tokens, ti, attribution) for span, attribution, ti in found]
    spoken = frozenset(ti for _, _, ti in found)
    grouped = None  # the first quotation's they and the group it stands for
    first_spans: dict[tuple, Marked] = {}  # the first quotation each cue gives a speaker to
    asked_of = None  # the one the question before was asked of, by name or a him or her
    for k, (span, attribution, ti) in enumerate(found):
        opening = tokens[sentence_start(tokens, ti)].start
        while described and described[0].start < opening:  # `A spokeswoman said …. "…," she said`
            resolver.resolve(described.pop(0), n)
        cue_mention = attribution.mention if attribution is not None else None
        asked_until = cue_mention.start if cue_mention is not None else opening
        while definite and (definite[0].start < opening or definite[0].start < asked_until
                            and asked_one(tokens, definite[0])):  # `The official said …. "…," he said`; `When the
            resolver.remember_described(definite.pop(0), n, spoke=True)  # BBC asked the minister whether she …, she
            # said`
        before_it = attribution.mention.start if _by_pronoun(attribution, ("it",)) else opening
        while bodies and bodies[0].start < before_it:  # `The committee found …. It warned that "…"`; `the paper
            body = bodies.pop(0)  # notes …, and it says …`: in the same sentence too, but not a thing a body owns
            if body.start < opening or not any(t.is_possessive for t in body.tokens):  # (`The company's shares`)
                resolver.remember_body(body, n)
        if k == 0 and _by_pronoun(attribution, ("they",)):  # `Ministers deny …` / `Instead, they say "…"`
            grouped = (attribution, they_after_paragraph(attribution, tokens, previous.tokens_of(n - 1)))
            attribution = grouped[1]
        elif grouped is not None and attribution is grouped[0]:
            attribution = grouped[1]  # `they chanted "…" and "…"`: the second shares the first's cue and group
        recent = _sentence_before(n, tokens, ti, previous) if _by_pronoun(attribution, ("he", "she", "his", "her")) \
            else None  # for he or she
        if recent and recent[0][0] == n - 1:
            resolver.remember_epithet(_opening_subject(previous.tokens_of(n - 1)), n - 1)
        elif recent:  # `The former Sun editor dispensed insults. "…," he said`
            opening = sentence_start(tokens, ti)
            resolver.remember_epithet(sentence_subject(tokens, sentence_start(tokens, opening - 1), opening), n,
                                      gender="f" if attribution.mention.tokens[0].lower in ("she", "her") else "m")
        first = first_spans.setdefault(_cue_key(attribution), span) if attribution is not None else span
        quote = _quote(n, text, span, attribution, resolver, recent=recent, first=first)
        written = quote.speaker is None and _by_pronoun(attribution, ("it",))
        if written and _text_before_it(n, attribution, tokens, previous, resolver):
            quote = _quote(n, text, span, attribution, resolver)  # `wrote in the affidavit. It continued: "…"`
        elif written and (party := resolver.party_named_before((n, attribution.mention.start))):
            quote = replace(quote, speaker=party)  # `Labour dismissed the move. "…," it said`: no text named, and a
            # party's name is no name the name finder reads
        if attribution is not None and attribution.mention is not None and quote.speaker_mention is None:
            attribution = None  # `Games help you 'learn and play'`: a word, no speaker; the lead may name one
        opens_paragraph = k == 0 and _opens(text, span)
        if quote.speaker is None and attribution is None and opens_paragraph and previous.lead_in:
            quote = _announced(quote, previous.lead_in, resolver)
        if quote.speaker is None and attribution is None and previous.signed:
            quote = _announced(quote, previous.signed, resolver)  # `"…"` then `- Sanders.`: the signature first
        elif quote.speaker is not None and previous.signed and attribution is not None \
                and attribution.mention is not None and attribution.mention.tokens[0].lower in ("the", "a", "an") \
                and (signer := _announced(quote, previous.signed, resolver).speaker) and signer[:1].isupper():
            quote = replace(quote, speaker=signer)  # `the Newcastle striker wrote: "…"` then `— Callum Wilson
            # (@CallumWilson) March 2, 2025`: the description is the one the post is signed by
        reported = (_reported_before(n, previous) or _reported_two_before(n, previous, resolver)) \
            if quote.speaker is None and attribution is None and not _signs_above(previous) and (
                opens_paragraph and not quotes or k == 0 and goes_on_from_before(tokens, ti)) else None
        if reported and reported[2].where != "context":  # `Mr Gates said a lot of work had been done.` / `"…"`;
            quote = _announced(quote, reported, resolver)  # `…, Ms Diemont says.` / `There are "…" between …`
        if quote.speaker is None and reported and _a_known_person(reported, resolver):
            quote = _announced(quote, reported, resolver)  # `Morris appears almost evangelical.` / `"…"`
        where = attribution.where if attribution else None
        context = previous_subject(tokens, ti, spoken) if attribution is None else None  # the sentence before's speaker
        about = context is not None and quote.speaker is None and _about_the_subject(n, text, span, context,
                                                                                     resolver, tokens, ti)
        if about:
            quotes.append(quote)  # `But Bob became one of the great icons. "In 1991, ten years after his death, he
            continue  # sold …"`: words about him, no one's the text names
        if context is not None and context.where == "reported" and quotes:
            attribution = context  # `"… commons". Adam Jollans … said the move was …. "We believe …"`
            quote = _quote(n, text, span, context, resolver)
        elif context is not None and quotes and _by_name(context) and _since_quote(tokens, ti, quotes[-1]):
            probe = _quote(n, text, span, replace(context, where="subject"), resolver)  # resolved, not remembered
            if probe.speaker not in (None, quotes[-1].speaker) and (
                    resolver.names.gender(probe.speaker) or resolver.names.given_an_office(probe.speaker)
                    or resolver.names.is_described(probe.speaker)):
                attribution = context  # `Mr MacKenzie thought … deserved a chance. "He could join …"`; `Treasury
                # Secretary Sidukon Snow put a brave face on it, saying …. "…"`, whatever the sex
                quote = _quote(n, text, span, context, resolver)
        if quote.speaker is None and where == "passive" and attribution.cue.lower() in REPLIES:
            asked = asked_of if asked_of is not None and quotes and asked_of.start == quotes[-1].start \
                else previous.answering if opens_paragraph and not quotes else None
            if asked is not None:  # `"Will you win?" she asked him. "Yes," came the reply.`: his
                quote = _inherit(quote, [asked], None, True)
            elif (reported_asked := resolver.asked_in_the_sentence_before(n, span.outer_start)) is not None:
                quote = replace(quote, speaker=reported_asked[0], speaker_mention=reported_asked[1])  # `Carmichael
                # asked him whether bonuses would be paid. "No," came the reply.`: his
        if quote.speaker is None and (attribution is None or attribution.mention is None) and where != "passive" \
                and not (attribution is not None and (attribution.cue.lower() in _READING
                                                      or _infinitive_cue(tokens, ti, attribution.cue))):
            # a cue before it whose subject is not found (`detainee 'A' said: "…"`) is someone new to this paragraph;
            # a passive one (`X was asked: "…"`) someone the text does not name; words read (`a blackboard reading:
            # "2+2=5"`) are written on a thing; a bare infinitive's (`It seems unfair to tell them: "…"`) no one's
            reported_here = not opens_paragraph and context is not None and context.where == "reported"
            if _answers_the_reporter(quote, quotes):
                quote = _inherit(quote, [_answerer(quotes, previous)], None, True)
            elif asked_of is not None and quotes and asked_of.start == quotes[-1].start and not _a_question(quote):
                quote = _inherit(quote, [asked_of], None, True)  # `"Will you win?" she asked him. "Yes."`: his
            elif opens_paragraph and not quotes and previous.answering is not None and not _a_question(quote):
                quote = _inherit(quote, [previous.answering], None, True)  # `"…?" I asked.` ¶ `"In a heartbeat."`
            elif opens_paragraph and not quotes and _a_question(quote) and previous.asking is not None \
                    and previous.asking[0] == n and previous.asking[2]:
                quote = _inherit(quote, [previous.asking[1]], None, True)  # `"…?" I ask.` ¶ `"…," he says.` ¶
                # `"Do you ever get help?"`: the writer asks again
            else:
                quote = _inherit(quote, quotes, None if where == "before" or reported_here else previous,
                                 opens_paragraph)
            # `… said her client was likely to sue. "I think …"` after a quotation left open: the reporter's
        if quote.speaker is None and quote.speaker_mention is None and attribution is None:
            quote = _quote(n, text, span, context, resolver)
        if quote.speaker is None and quote.speaker_mention is None and attribution is None \
                and _after_no_one(n, tokens, ti, quotes, resolver):  # `The project is at the pilot stage. "…"`
            quote = _inherit(quote, [], previous, True)
            if quote.speaker is None and (kept := _kept_past_one_paragraph(n, previous, resolver)):
                quote = _inherit(quote, [kept], None, True)  # `"…," says Dr Carpenter.` ¶ `Standards are vital to
                # the net.` ¶ `The difference … is almost invisible. "Our first goal is …"`: his, past a paragraph
                # that names no one
            reported = reported or _reported_before(n, previous)
            if quote.speaker is None and reported and reported[2].where != "context":
                quote = _announced(quote, reported, resolver)
        if quote.speaker is None and quote.speaker_mention is None and attribution is None and not quotes \
                and _phrase_after_a_closing_quotation(n, tokens, ti, previous, resolver):
            quote = _inherit(quote, [], previous, True)  # `"…," said economist Dirk Schumacher.` ¶ `The ECB "may sound
            # rather hawkish …"`: his words go on, as they would in his paragraph
        if quote.speaker is None and quote.speaker_mention is None and attribution is None:
            quote = _sole_speaker(quote, n, text, tokens, marked[0].outer_start, resolver)
        if quote.speaker is None and quote.speaker_mention is None and attribution is None and opens_paragraph \
                and not previous.quoted and previous.paragraph is not None and previous.paragraph[0] == n - 1 \
                and not _signs_above(previous):  # (not `"…"` ¶ `Margaret Owen, Little Snoring` ¶ `"…"`: hers is above)
            before = previous.paragraph[1]  # `All O'Connor is concerned about is making an impression.` ¶ `"…"`:
            quote = _sole_speaker(quote, n - 1, before, previous.tokens_of(n - 1), len(before), resolver)  # as if one
        if quote.speaker is None and quote.speaker_mention is None and attribution is None and opens_paragraph \
                and not _signs_above(previous) and (headed := resolver.heading_name(n)):
            quote = replace(quote, speaker=headed[0], speaker_mention=headed[1])  # a live page's `Mallow Swimming
            # Pool - closed 'until further notice'` ¶ `"It is with a very heavy heart we …"`: its statement
        if quote.speaker is None and quote.speaker_mention is None and attribution is None and lead is not None \
                and len(quote.text.split()) > 1:  # not `Falconer rebuts 'charade' claims`: a word, someone's label
            quote = _announced(quote, lead, resolver, spoke=False)  # `'UK will stand firm on EU rebate'`, then
            # `Britain's £3bn EU rebate is not up for renegotiation …, Jack Straw said.`
        if lead is not None and quote.speaker is not None and _a_role(quote.speaker_mention):
            quote = _held_by_the_lead(quote, lead, resolver)  # `School sport 'is back', says PM`
        quotes.append(_named_subject(quote, tokens, ti, text, n, resolver))
        asked_of = _one_asked(n, text, tokens, ti, attribution, quotes[-1], resolver)
    quotes = _runs_on(quotes, [span for span, _, _ in found], text)
    quotes = [q for q, label in zip(quotes, labels) if not (label and q.speaker is None and q.speaker_mention is None)]
    _remember(previous, quotes, marked, n)
    if asked_of is not None and quotes and quotes[-1].start == asked_of.start:
        previous.answering = asked_of  # `"Will you win?" she asked him.` ¶ `"Yes."`: his answer
    previous.kept = (n, previous.quote) if previous.quote is not None else previous.kept
    previous.lead_in = _lead_in(n, text, marked, tokens)
    previous.before_open = _sentence_before(n, tokens, 0, previous) if len(marked) == 1 and not marked[0].closed \
        and not text[:marked[0].outer_start].strip() and found and found[0][1] is None else None  # `The mayor spoke.`
    # ¶ `"We have lost friends.` ¶ `"But we will rebuild," she said`: the sentence she goes on from
    previous.read(n, text, tokens, quoted=True)
    return quotes


def _about_the_subject(n: int, text: str, span: Marked, context: Attribution, resolver: Resolver, tokens,
                       ti: int) -> bool:
    """A quotation with no cue after a sentence about someone (`context`) that speaks of them as he
    or she (see `Resolver.spoken_of`), when that sentence tells what they did, not what they said or
    thought (`Mr MacKenzie thought the former solicitor deserved a chance. "He could join …"`: his)."""
    opening = sentence_start(tokens, ti)
    if context.where != "context" or not opening or any(
            t.lower in CUE_FORMS for t in tokens[sentence_start(tokens, opening - 1):opening]):
        return False
    probe = _quote(n, text, span, replace(context, where="subject"), resolver)  # resolved, not remembered
    return probe.speaker is not None and resolver.spoken_of(probe.speaker, probe.text, n, span.start)


def _a_role(mention: str | None) -> bool:
    """`PM`, `minister`, `US bank boss`, `Ex-minister`, `Paralympian`: a headline's speaker named by a role or
    by a word for one person."""
    last = (mention or "").rsplit(" ", 1)[-1]
    role = last[3:] if last[:3].lower() == "ex-" else last  # `Ex-PM`: a former one
    return role.lower() in ROLE_WORDS or role == "PM" or role.lower() in EPITHET_HEADS  # ROLE_WORDS has `mp`


def _held_by_the_lead(quote: Quote, lead: tuple[int, str, Attribution], resolver: Resolver) -> Quote:
    """The person the lead reports, for a headline's speaker named by a role: `School sport 'is
    back', says PM` before `Tony Blair has promised that "sport is back"`."""
    para, text, attribution = lead
    person = resolver.resolve(attribution.mention, para, spoke=False)
    if person is None or not resolver.names.known_person(person):
        return quote  # a body or no one the text knows as a person (by a sex, a title or an office: `US Federal
        # Reserve chairman Kavun Kibuni`): the role stays as written
    return replace(quote, speaker=person)


def _sole_speaker(quote: Quote, n: int, text: str, tokens, first_quote: int, resolver: Resolver) -> Quote:
    """`All these sessions are small steps towards what Jamie hopes will be a return. "It's all
    about …"`: a quotation nothing attributes, in a paragraph that names one person only before its
    first quotation, in a main clause, not as an owner (`Trump's outline`), and no body as a
    subject, is that person's, if they have spoken before and no one else speaks there (`A UKIP
    spokesman said …`). Called with the paragraph before (`n`, `text`, `tokens`, its length as `first_quote`)
    for a quotation that opens its own, as newswire writes a sentence a paragraph."""
    named = resolver.names.people_before(n, first_quote)
    if len(named) != 1:
        return quote
    (speaker, mention), = named.items()
    if speaker not in resolver.people or text[mention.start:mention.end].endswith(POSSESSIVE_ENDINGS):
        return quote
    if not mention.before_cue and any(cue_at(tokens, i) for i, t in enumerate(tokens) if t.start < first_quote):
        return quote
    return replace(quote, speaker=speaker, speaker_mention=text[mention.start:mention.end])


def _kept_past_one_paragraph(n: int, previous: _Previous, resolver: Resolver) -> Quote | None:
    """The last attributed quotation, two paragraphs before `n`, when the paragraph between quotes no one and names
    no person, uses no he or she and no cue (`_says_no_one`)."""
    return previous.kept[1] if previous.kept is not None and previous.kept[0] == n - 2 \
        and _unpeopled_before(n, previous, resolver) else None


def _unpeopled_before(n: int, previous: _Previous, resolver: Resolver) -> bool:
    """The paragraph before `n` quotes no one and names no person, uses no he or she and no cue (`_says_no_one`)."""
    if previous.quoted or previous.paragraph is None or previous.paragraph[0] != n - 1:
        return False
    tokens = previous.tokens_of(n - 1)
    return bool(tokens) and _says_no_one(n - 1, tokens, len(tokens), resolver)


def _phrase_after_a_closing_quotation(n: int, tokens, ti: int, previous: _Previous, resolver: Resolver) -> bool:
    """A quotation inside the first sentence of paragraph `n`, after words that name no person and no people, use
    no he or she and no cue, where the paragraph before closes on a sentence its last attributed quotation is in."""
    if ti == 0 or previous.quote is None or not previous.quoted or previous.paragraph is None \
            or previous.paragraph[0] != n - 1 or sentence_start(tokens, ti) != 0 or not previous.tokens \
            or tokens[ti - 1].text == ":" or tokens[ti - 1].lower in ARTICLES_AND_POSSESSIVES \
            or tokens[ti - 1].lower in PREPOSITIONS:
        return False  # (not `Labour's slogan will be: "…"`, `the "time and place shifting" of`, `signs of "…"`)
    words = tokens[ti].text.strip(OPENING + CLOSING).split()
    if len(words) < _PHRASE_WORDS and words[-1][-1:] not in ".!?":
        return False  # (not `"strong dollar" policy`, `use "something to hand" as a weapon`: a label or scare quote)
    before = previous.tokens
    start, _ = last_sentence(before)
    if not any(t.is_quote for t in before[start:]) \
            or any(people_word(t.bare) or plural_of_person(t.lower) for t in tokens[:ti]):
        return False
    return _says_no_one(n, tokens, ti, resolver)


_PHRASE_WORDS = 6  # words a quoted phrase that ends no sentence has at least, to be someone's words


def _after_no_one(n: int, tokens, ti: int, earlier: list[Quote], resolver: Resolver) -> bool:
    """`Mr Herren says … "…"` ending one paragraph, and in the next `The project is still at the
    pilot stage. "The content is divided …"`: a quotation that opens a sentence, after sentences of
    its paragraph that name no person, use no he or she and no cue, and quote no one the text names,
    goes on from the paragraph before."""
    if ti == 0 or sentence_start(tokens, ti) != ti or any(q.speaker for q in earlier):
        return False
    return _says_no_one(n, tokens, ti, resolver)


_TEXT_TO_FOLLOW = re.compile(
    r"(?i:(?:(?:here|below) (?:is|are) )?(?:the )?(?:full |complete |partial )?(?:transcript|text|remarks|excerpts?)"
    r"(?: (?:in full|as follows|below|as prepared for delivery))?):\s*")  # `Full text:`, `Transcript as follows:`


def _says_no_one(n: int, tokens, end: int, resolver: Resolver) -> bool:
    """Paragraph `n`'s tokens up to `end` name no person (`EduVision staff` is no one), use no he or
    she and no cue: the paragraph before goes on past them, and so may a quotation left open before."""
    if any(t.lower in HE_OR_SHE_WORDS or cue_at(tokens, k) for k, t in enumerate(tokens[:end])):
        return False
    stop = tokens[end].start if end < len(tokens) else tokens[-1].end if tokens else 0
    return not any(not m.is_org and (m.is_subject or not m.runs_on) and not any(c.isdigit() for c in m.words[-1])
                   for m in resolver.names.mentions_between(n, 0, stop))  # (`IPv6`, `G7`: no person)


def _runs_on(quotes: list[Quote], spans: list[Marked], text: str) -> list[Quote]:
    """`"When we did the first HD version, … make-up. "In the HD version, …," explains Mr Dean.`:
    a quotation that lost its closing mark where the next one opens is that one's speaker's, when
    nothing else names its own."""
    quotes = list(quotes)
    for k in range(len(quotes) - 2, -1, -1):
        follows = quotes[k + 1]
        if (not quotes[k].cue and follows.speaker is not None and follows.cue
                and not spans[k].closed and not text[spans[k].outer_end:spans[k + 1].outer_start].strip()):
            quotes[k] = replace(quotes[k], speaker=follows.speaker, speaker_mention=follows.speaker_mention,
                                cue=follows.cue)
    return quotes


def _sentence_before(n: int, tokens, ti: int, previous: _Previous):
    """Where the sentence before the quotation's own starts and ends, as (paragraph, offset)
    positions: the paragraph's, or the last of the paragraph before for its first sentence."""
    opening = sentence_start(tokens, ti)
    if opening == 0 and ti == 0 and previous.before_open and previous.paragraph and previous.paragraph[0] == n - 1:
        return previous.before_open  # the quotation goes on from one that was all the paragraph before
    if opening == 0:
        last = previous.last_sentence()
        return (last, (n, 0)) if last and last[0] == n - 1 else None
    return (n, tokens[sentence_start(tokens, opening - 1)].start), (n, tokens[opening].start)


def _after_in(tokens, mention) -> bool:
    """The mention follows `in`: `In a statement`, `in its report`."""
    at = _token_opening(tokens, mention)
    return bool(at) and tokens[at - 1].lower == "in"


def _in_first_sentence(tokens, mention) -> bool:
    """The mention is in the paragraph's first sentence: `In a statement, it said`."""
    at = _token_opening(tokens, mention)
    return at is not None and sentence_start(tokens, at) == 0


def _token_opening(tokens, mention) -> int | None:
    """The index of the token the mention opens on, if it is one of `tokens`."""
    return next((k for k, t in enumerate(tokens) if t.start == mention.start), None)


def _text_before_it(n: int, attribution: Attribution, tokens, previous: _Previous, resolver: Resolver) -> bool:
    """`Bujnowski wrote in the affidavit. It continued: "…"`, `tabled a motion …. It argues "…"`:
    for an `it` no body or earlier speaker stands for, the written thing last named in its sentence
    or the one before (in this paragraph or closing the one before), remembered; whether there is one."""
    at = _token_opening(tokens, attribution.mention)
    if at is None:
        return False  # an `it` from another paragraph's words
    opening = sentence_start(tokens, at)
    texts = read_texts(tokens[sentence_start(tokens, opening - 1) if opening else 0:at], _WRITTEN_IT)
    written = [text for text in texts if not (text.start >= tokens[opening].start and _after_in(tokens, text))]
    # not `In a statement, it said`: what it said it in
    para = n
    if not written and opening == 0 and previous.tokens_of(n - 1):
        before = previous.tokens_of(n - 1)
        written, para = read_texts(before[last_sentence(before)[0]:], _WRITTEN_IT), n - 1
    if written:
        resolver.remember_body(written[-1], para)
    return bool(written)


_WRITTEN_IT = INSCRIBED | SENT_TEXTS | LEGAL_TEXTS | {"website", "site", "page", "blog"}  # what `it` may be when
# nothing else is: `On his website, Sanders has …. "This is your movement," it now says`


_REPORTERS = {"correspondent", "reporter"}  # `Our correspondent said that he understood …` ¶ `…, he added` (not `a
# reporter asked if he was reversing his pledge` ¶ `"…," he said`: the one asked)


def _spoke_last_before(n: int, tokens, resolver: Resolver, roles) -> None:
    """The spokespeople (or others described by one of `roles`) paragraph `n` (its `tokens`) reports as
    speaking after its last quotation (`…, the spokesman said.`), remembered as speakers a he or she
    after may be, or `the official` after `A senior official said`."""
    last = max((k for k, t in enumerate(tokens) if t.is_quote), default=-1)
    if not any(t.lower in roles for t in tokens[last + 1:]):
        return  # most paragraphs: no spokesperson after the last quotation
    new, definite = described_speakers(tokens[last + 1:])
    for mention in sorted(new + definite, key=lambda m: m.start):
        head = head_before(mention.tokens, ROLE_FOLLOWERS).lower
        if head in roles and not (head in _REPORTERS and mention.tokens[0].lower not in ("our", "the")):
            resolver.resolve(mention, n)  # not `the Republican nominee`: whoever it stands for; `a spokesman for the
            # English National Ballet`


def _opening_subject(tokens):
    """The subject that opens the last sentence of a paragraph's tokens."""
    start, end = last_sentence(tokens)
    return sentence_subject(tokens, start, end)


def _definite_head(attribution: Attribution | None) -> str | None:
    """`spokesman` of `The spokesman said`, `official` of `the official added`: who may be the one so
    described who spoke before."""
    mention = attribution.mention if attribution is not None else None
    if mention is None or len(mention.tokens) != 2 or mention.tokens[0].lower != "the":
        return None
    head = mention.tokens[1]
    return head.lower if head.is_word and not head.is_capitalised else None


def _by_pronoun(attribution: Attribution | None, pronouns=("he", "she")) -> bool:
    mention = attribution.mention if attribution is not None else None
    return mention is not None and len(mention.tokens) == 1 and mention.tokens[0].lower in pronouns


def _spoken(text: str, marked: list[Marked], tokens, title: bool = False, named=None, title_cased: bool = False
            ) -> list[tuple[Marked, Attribution | None, int]]:
    """The quotations that are speech, with their attributions and token indexes. A quotation
    listed right after another shares its verdict: `as a "human leech" and a "spoiled brat."`
    are both said, `hits including "La Gozadera" and "Madre Tierra."` both titles. In the
    document's title, headline grammar decides who speaks (and in one in title case, its capitals tell
    no title of a work)."""
    found: list[tuple[Marked, Attribution | None, int]] = []
    last: tuple[int, bool] | None = None  # the latest quotation's token index and verdict
    for ti, token in enumerate(tokens):
        if not token.is_quote:
            continue
        span = marked[token.quote]
        turn = transcript_turn(text, span, named)  # `"PENCE: Well, look, …"`
        if turn:
            found.append((*turn, ti))
            last = (ti, True)
            continue
        attribution = attribute(tokens, ti)
        if title and (attribution is None or attribution.mention is None):
            attribution = in_headline(attribution, tokens, ti)  # `Reeves: Budget will 'rebuild Britain'`: her words
        if last is not None and _coordinated(tokens, last[0], ti):
            spoken = last[1]
            if spoken:  # the first attribution either has is both's: `"…" and "…," Dean, the governor, said`
                attribution = found[-1][1] or attribution
                found[-1] = (found[-1][0], attribution, found[-1][2])
        else:
            spoken = is_speech(text[span.start:span.end], tokens, ti, attribution, title_cased)
        if spoken:
            found.append((span, in_headline(attribution, tokens, ti) if title else attribution, ti))
        last = (ti, spoken)
    return _ahead_in_phrase(found, tokens)


def _ahead_in_phrase(found, tokens):
    """A quotation with no attribution, inside its sentence, takes the next one's when the cue
    follows that one and only words, none a verb, stand between them: `From Trump's "coarse …
    effusion" in Iowa to his call for a "deportation force," Will described …` — Will's words both."""
    for k in range(len(found) - 1):
        span, attribution, ti = found[k]
        _, following, tj = found[k + 1]
        if attribution is None and following is not None and following.where == "after" and tj > ti + 1 \
                and not tokens[ti].quote_ends_with(tuple(SENTENCE_END)) and all(
                t.is_word and not is_finite_verb(tokens, i) and not cue_at(tokens, i)
                for i, t in enumerate(tokens[ti + 1:tj], ti + 1)):
            found[k] = (span, following, ti)
    return found


def _coordinated(tokens, before: int, ti: int) -> bool:
    """The quotation at `ti` joins the one at `before` in a list: only `and`, `or`, commas and
    articles stand between them."""
    between = tokens[before + 1:ti]
    return 0 < len(between) <= 3 and any(t.lower in ("and", "or") for t in between) and all(
        t.lower in _LIST_WORDS for t in between)


_LIST_WORDS = {"and", "or", ",", "a", "an", "the"}


def _signed_by(n: int, paragraphs) -> tuple[int, str, Attribution] | None:
    if n >= len(paragraphs):
        return None
    found = signature(paragraphs[n])
    return (n, paragraphs[n], found) if found and found.mention else None


def _lead_in(n: int, text: str, marked: list[Marked], tokens=None) -> tuple[int, str, Attribution] | None:
    """`X issued the following statement:` ending a paragraph: who speaks in the next one."""
    if not text.rstrip().endswith(":"):
        return None
    found = announcement(tokens if tokens is not None else tokenize(text, marked))
    return (n, text, found) if found and found.mention else None


def _reported_before(n: int, previous: _Previous) -> tuple[int, str, Attribution] | None:
    """`Committee chairman John Denham said drugs were used as an excuse.` ending the paragraph
    before, after any quotation it holds: who speaks in a quotation that opens this one."""
    if previous.paragraph is None or previous.paragraph[0] != n - 1:
        return None
    tokens = previous.tokens_of(n - 1) or []
    found = reporting_close(tokens)
    if found is None or found.mention is None:
        return None
    if previous.quoted and any(t.is_quote and t.end > found.mention.start for t in tokens):
        return None  # only a report after the paragraph's last quotation: `Ian Harris … said the machine would …`
    return n - 1, previous.paragraph[1], found


def _reported_two_before(n: int, previous: _Previous, resolver: Resolver) -> tuple[int, str, Attribution] | None:
    """As `_reported_before`, two paragraphs up, when the paragraph between quotes no one and names no person, uses
    no he or she and no cue (`Steve Ash told the BBC there are two parts to the process.` ¶ `The most difficult is
    to …` ¶ `"The end solution is …"`)."""
    if previous.earlier is None or previous.earlier[0] != n - 2 or not _unpeopled_before(n, previous, resolver):
        return None
    _, text, tokens, quoted = previous.earlier
    tokens = tokens if tokens is not None else tokenize(text, [])
    found = reporting_close(tokens)
    if found is None or found.mention is None or quoted and any(
            t.is_quote and t.end > found.mention.start for t in tokens):
        return None
    return n - 2, text, found


def _a_known_person(lead_in: tuple[int, str, Attribution], resolver: Resolver) -> bool:
    """Whether the subject that closes the paragraph before (`Morris appears almost evangelical.`)
    is a person of known gender or one the text titles (`The former pollster Posuk Todo`), not words read as a
    name (`Strong Oscar contenders … did not`)."""
    para, _, attribution = lead_in
    speaker = resolver.resolve(attribution.mention, para, spoke=False)
    return speaker is not None and (resolver.names.gender(speaker) is not None or resolver.names.known_person(speaker)
                                    or named_after_a_person_word(attribution.mention.tokens)
                                    and not names_a_body(speaker.split()))  # (`Olympic champion Keely Hodgkinson`)


def _lead(n: int, text: str, marked: list[Marked]) -> tuple[int, str, Attribution] | None:
    """Who the story's lead, paragraph `n`, reports in its first sentence: the speaker of a
    quotation in the headline that names none."""
    found = lead_report(tokenize(text, marked))
    return (n, text, found) if found else None


def _announced(quote: Quote, lead_in: tuple[int, str, Attribution], resolver: Resolver, spoke: bool = True) -> Quote:
    para, text, attribution = lead_in
    mention = attribution.mention
    return Quote(quote.text, quote.start, quote.end, speaker=resolver.resolve(mention, para, spoke),
                 speaker_mention=text[mention.start:mention.end], cue=attribution.cue or None)


def _answers_the_reporter(quote: Quote, earlier: list[Quote]) -> bool:
    """Whether `quote`, no question, follows in its paragraph a question the writer or a reporter asked
    (`"Would you do it again?" I asked. "In a heartbeat."`, `a reporter asked`): the answer, not the asker's."""
    return bool(earlier) and _a_reporters_question(earlier[-1]) and not _a_question(quote)


def _one_asked(n: int, text: str, tokens: list[Token], ti: int, attribution: Attribution | None, question: Quote,
               resolver: Resolver) -> Quote | None:
    """`"Will you win?" she asked him.`, `she asked Mr Brown`: the one a question is asked of, a him or her or a name
    right after its cue, as the speaker of a bare answer after it (the question's start and end kept, to know it)."""
    if attribution is None or attribution.where != "after" or attribution.mention is None \
            or CUE_FORMS.get(attribution.cue.lower()) != "ask" or not _a_question(question):
        return None
    k = next((k for k in range(ti + 1, min(len(tokens) - 1, ti + _ASKED_REACH)) if tokens[k].text == attribution.cue),
             None)
    asked = written = None
    if k is not None and tokens[k + 1].lower in ("him", "her"):
        asker = frozenset({question.speaker} - {None})
        asked = resolver.pronoun(tokens[k + 1].lower, (n, tokens[k + 1].start), avoid=asker)
        written = tokens[k + 1].text
    elif k is not None and tokens[k + 1].is_word and tokens[k + 1].is_capitalised:
        mention = np_forward(tokens[k + 1:])
        asked = resolver.resolve(mention, n, spoke=False) if mention is not None else None
        written = text[mention.start:mention.end] if mention is not None else None
    if asked is None:  # `"Are you comfortable, Doris?" she asks.`: the name the question calls them by
        asked, written = _called_by_name(n, question, resolver)
    if asked is None or asked == question.speaker:
        return None
    return replace(question, speaker=asked, speaker_mention=written, cue=None)


_ASKED_REACH = 6  # tokens after a question its cue `asked` stands within


def _called_by_name(n: int, question: Quote, resolver: Resolver) -> tuple[str | None, str | None]:
    """`"Are you comfortable, Doris?"`: the person a question calls by name at its end, and the name as written."""
    found = _VOCATIVE.search(question.text)
    if found is None:
        return None, None
    at = question.start + found.start(1)
    named = next((m for m in resolver.names.named_between(n, at, question.end) if not m.is_org), None)
    return (resolver.names.canonical(named.words, named.at), found.group(1)) if named is not None else (None, None)


_VOCATIVE = re.compile(r",\s+((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+)\?\W*$")  # `…, Doris?`, `…, Mr Brown?`


def _a_reporters_question(asked: Quote) -> bool:
    """Whether `asked` is a question the writer or a reporter asked (`"…?" I asked`)."""
    words = (asked.speaker_mention or "").lower().split()
    return CUE_FORMS.get((asked.cue or "").lower()) == "ask" and _a_question(asked) and bool(words) \
        and words[-1] in _ASKERS


def _a_question(quote: Quote) -> bool:
    return quote.text.rstrip(" ,.").endswith("?")


_ASKERS = _REPORTERS | {"i", "we", "journalist", "interviewer"}  # who asks for the reader


def _answerer(earlier: list[Quote], previous: _Previous) -> Quote | None:
    """Who answers the question that closes `earlier`, a paragraph's quotations: the last one quoted before it other
    than its asker (`Mr Smith said he had no regrets. "…," he told me. ¶ "…?" I asked. "…"`: Mr Smith); None when the
    text quoted no one else."""
    asker = earlier[-1]
    return next((q for q in (*reversed(earlier[:-1]), previous.quote) if q is not None and q.speaker is not None
                 and (q.speaker, q.speaker_mention) != (asker.speaker, asker.speaker_mention)), None)


def _asking(asking: tuple[int, Quote, bool] | None, quotes: list[Quote], n: int) -> tuple[int, Quote, bool] | None:
    """The writer's or a reporter's question that paragraph `n` closes on, as (the next paragraph, the question, not
    yet answered); or the one asked before it, when `n` answers it and no more (`"…?" I ask.` ¶ `"…," he says.`):
    who asks a bare question opening the paragraph after, an exchange going on."""
    if quotes and _a_reporters_question(quotes[-1]):
        return n + 1, quotes[-1], False
    if asking is None or asking[0] != n or not quotes:
        return None
    asked = asking[1]
    answered = all(q.speaker is not None and not _a_question(q) and q.speaker_mention != asked.speaker_mention
                   for q in quotes)
    return (n + 1, asked, True) if answered else None


def _cue_key(attribution: Attribution) -> tuple:
    """The cue and where its speaker is named: the same for each quotation one cue goes on over."""
    return attribution.cue, attribution.mention.start if attribution.mention is not None else None


def _quote(n, text, span: Marked, attribution: Attribution | None, resolver: Resolver, recent=None,
           first: Marked | None = None) -> Quote:
    """The quotation in `span` with the speaker its attribution gives. A he or she is no one named
    inside the `first` quotation the cue gives a speaker to (`span` itself unless the cue goes on
    over several: `He said: "… "… "Campbell swears shock. …"` is still Campbell's)."""
    quote = Quote(text=text[span.start:span.end], start=span.start, end=span.end)
    first = first or span
    if attribution is None:
        return quote
    mention = attribution.mention
    spoke = attribution.where not in ("subject", "agent")
    before = text[:mention.start].rstrip() if mention is not None else ""
    aside = before.endswith(",") and _SET_OFF_CUE.match(text, mention.end) is not None and (  # `…, he claimed, saying`
        not before[:-1].rstrip().lower().endswith(("who", "which", "that")))  # not `the PM who, he claims, is`
    speaker = (resolver.resolve(mention, n, spoke, quoted=(first.start, first.end), cue=attribution.cue, recent=recent,
                                aside=aside) if mention else None)
    if speaker is None and mention is not None and _a_common_word(mention, resolver):
        return quote  # `Security warning over 'FBI virus'`: a word, not a speaker, and `warning` a noun
    return Quote(quote.text, quote.start, quote.end, speaker=speaker,
                 speaker_mention=text[mention.start:mention.end] if mention else None, cue=attribution.cue or None)


_SET_OFF_CUE = re.compile(r"\s+[a-z]+\s*,")


def _a_common_word(mention, resolver: Resolver) -> bool:
    """One capitalised word the document also writes in lowercase, and never as a name: not a
    pronoun or a quantifier (`They`, `Some`), which stand for someone."""
    toks = mention.tokens
    return (len(toks) == 1 and toks[0].is_capitalised and toks[0].lower not in _PRONOUNS_OR_QUANTIFIERS
            and resolver.names.common_word(toks[0].bare))


def _named_subject(quote: Quote, tokens, ti: int, text: str, n: int, resolver: Resolver) -> Quote:
    """`Cruz has railed against what he calls the "Washington cartel"`: a pronoun in a relative
    clause whose sentence opens with the name it stands for is mentioned by that name."""
    mention = (quote.speaker_mention or "").lower()
    if quote.speaker is None or mention not in _SUBJECT_PRONOUNS:
        return quote
    k = next((k for k in range(ti - 1, max(-1, ti - 6), -1) if tokens[k].lower == mention), None)
    if k is None or k == 0 or tokens[k - 1].lower not in ("what", "which", "whom"):
        return quote
    subject = sentence_subject(tokens, sentence_start(tokens, ti), k)
    if subject is None or subject.tokens[0].lower in _SUBJECT_PRONOUNS:
        return quote
    if resolver.resolve(subject, n, spoke=False) != quote.speaker:
        return quote
    return replace(quote, speaker_mention=text[subject.start:subject.end])


_SUBJECT_PRONOUNS = {"he", "she", "it", "they"}


def _by_name(attribution: Attribution) -> bool:
    """A subject that is a name, not a pronoun or a description: `Mr MacKenzie`, `US coach
    Patrick McEnroe`, not `The Tory leader`."""
    toks = attribution.mention.tokens if attribution.mention is not None else ()
    return bool(toks) and toks[0].is_capitalised and toks[-1].is_capitalised


def _since_quote(tokens, ti: int, before: Quote) -> bool:
    """Whether a whole sentence stands between the quotation `before` and the one at `ti`."""
    return tokens[sentence_start(tokens, ti) - 1].start >= before.end if sentence_start(tokens, ti) else False


def _stray_heading(text: str) -> bool:
    """A short line with no stop at its end: a heading or a link's title, no sentence of the story."""
    return len(text.split()) <= HEADLINE_WORDS and not text.rstrip().endswith(_SENTENCE_ENDS)


_SENTENCE_ENDS = (".", "!", "?", ":", ";", ",", '"', "”", ")")  # not a headline's closing single mark


_READING = {"reading", "reads", "read"}


def _infinitive_cue(tokens: list[Token], ti: int, cue: str) -> bool:
    """The cue before the quotation at `ti` is an infinitive (`It seems unfair to simply tell the
    communities: "…"`), whose speaker is anyone's."""
    start = sentence_start(tokens, ti)
    c = next((k for k in range(ti - 1, start, -1) if tokens[k].text == cue), None)
    return c is not None and (tokens[c - 1].lower == "to" or c - 2 >= start and tokens[c - 2].lower == "to"
                              and ly_adverb(tokens[c - 1].lower))


def _inherit(quote: Quote, earlier: list[Quote], previous: _Previous | None, opens_paragraph: bool) -> Quote:
    """The speaker of the quotation before, in this paragraph or (`previous`) the one before."""
    carried = previous is not None and (opens_paragraph or previous.open_ended)
    source = earlier[-1] if earlier else (previous.quote if carried else None)
    if source is None or source.speaker is None and source.speaker_mention is None:
        return quote  # `"…," I said. "…"`: the second is mine too, though no name says who I am
    return Quote(quote.text, quote.start, quote.end, source.speaker, source.speaker_mention, source.cue)


def _opens(text: str, span: Marked) -> bool:
    """The quotation opens its paragraph, or follows no more than a lead-in that goes on from
    the paragraph before (`Then, later that month on CNN: "…"`)."""
    before = text[:span.outer_start].strip()
    if before.endswith("?") and not _SENTENCE_STOP_INSIDE.search(before[:-1]) and '"' not in before \
            and "“" not in before:
        return True  # `So is UKIP's job to destroy the Tories, as … once declared? "No. …"`: the answer
    return not before or _LEAD_IN.fullmatch(before) is not None and not any(
        w.lower() in CUE_FORMS for w in re.findall(r"[\w'’]+", before))


_SENTENCE_STOP_INSIDE = re.compile(r"[.!?]\s")


_LEAD_IN = re.compile(r"(?:Then|Later|Earlier|And|Also|Again|Or|Plus|Still)\b,?(?:\s+[\w'’.\-]+,?){0,8}:")


def _remember(previous: _Previous, quotes: list[Quote], marked: list[Marked], n: int) -> None:
    previous.answering = _answerer(quotes, previous) if quotes and _a_reporters_question(quotes[-1]) \
        else None  # `"Would you do it again?" I asked.` ¶ `"In a heartbeat."`
    previous.asking = _asking(previous.asking, quotes, n)
    attributed = [q for q in quotes if q.speaker]
    previous.quote = attributed[-1] if attributed else None
    previous.open_ended = bool(marked) and not marked[-1].closed


# Unions the functions above ask about, made once (a set union per call is a copy of both sets).
_PRONOUNS_OR_QUANTIFIERS = frozenset(SPEAKER_PRONOUNS | QUANTIFIERS)
