"""An interview printed as a transcript or a Q&A, its turns without quotation marks: `PENCE: Well,
look, …`, `The Economist: What do you mean …?` / `Mr Malone: A supermind is …`, `Q: Why did you write
it?` / `A: Because nobody else would.` Each turn is what its labelled speaker says, and so are the
paragraphs between two turns that carry no label: an answer that runs over paragraphs.

    turns(paragraphs, headings) -> dict[int, Turn]
    interviewee(title, paragraphs, first_turn, names) -> str | None
    offices_held(named) -> {office: [people]}
    named_by_label(label, people, prose, offices) -> str
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import HONORIFICS
from .names import split_title
from .sections import between_sections


@dataclass(frozen=True, slots=True)
class Turn:
    """Paragraph `para`'s words from `start` on are `label`'s turn; `label` as written (`PENCE`, `Mr
    Malone`, `Q`), that of the labelled paragraph a paragraph with none goes on from."""

    para: int
    start: int
    label: str
    role: str  # "question" (`Q:`), "answer" (`A:`), "named" (a speaker's name) or "voice" (a caption's voice tag)
    goes_on: bool = False  # a paragraph with no label of its own, between two turns
    asked: bool = False  # an answer whose question opens its paragraph: `Q: Why? A: Because.`
    written: str = ""  # the label as written, where `label` is the name it stands for: `The Prime Minister`


def turns(paragraphs: tuple[str, ...], headings: frozenset[str] = frozenset()) -> dict[int, Turn]:
    """The interview's turns by paragraph number: runs of labelled paragraphs where two labels or more
    take turns (`HOLT:`, `PENCE:`, `HOLT:`; `Q:`, `A:`, `Q:`) and speak as people do, in the first or
    second person (`I`, `we`, `you`), not a table's rows (`Clinton: 1,234 delegates`); with each
    paragraph between two turns, unless a section breaks the run (a crosshead, `* * *`)."""
    found: dict[int, Turn] = {}
    run: list[Turn] = []
    holders = _holders(paragraphs)
    for n, text in enumerate(paragraphs):
        turn = _labelled(n, text, holders) if n or _TIMED.match(text) else None  # (not the headline's `OK Gov
        # Fallin: Trump Is …`; but a timestamp opens no headline: `[00:00:05] HOST: …` opening the file is a turn)
        if turn is not None:
            run.append(turn)
        elif run and (n - run[-1].para > _MOST_GOING_ON or _a_break(paragraphs, n, headings)
                      and not (run[-1].para == n - 1 and _alone(run[-1], paragraphs))):  # (a label's words)
            found.update(_read(run, paragraphs))
            run = []
    found.update(_read(run, paragraphs))
    return found or _unmarked(paragraphs)


_MOST_GOING_ON = 4  # paragraphs a turn runs on over without a label, at most


def _unmarked(paragraphs: tuple[str, ...]) -> dict[int, Turn]:
    """A Q&A printed with no labels (`You've said you find publicity difficult. Why?` ¶ `I think it's because …`):
    paragraphs of one short question each, at least `_FEWEST_TURNS` of them, each followed by an answer of up to
    `_MOST_GOING_ON` paragraphs with no question; the questions put to a you, the answers given by an I or a we, as
    an interview's are (not an explainer's `What is the new law?` ¶ `The law requires …`), or every answer by an I or
    a we. Their turns have no label: the interviewee answers, no one the text names asks."""
    questions = [n for n, text in enumerate(paragraphs) if n > 1 and _a_question(text)]
    if len(questions) < _FEWEST_TURNS:
        return {}
    found: dict[int, Turn] = {}
    asked = answered = 0
    for q, after in zip(questions, questions[1:] + [len(paragraphs)]):
        answer = range(q + 1, min(after, q + 1 + _MOST_GOING_ON) if after < len(paragraphs) else min(after, q + 2))
        if not answer:
            return {}  # two questions in a row: no Q&A's turns
        found[q] = Turn(q, 0, "", "question", True)
        found.update((n, Turn(n, 0, "", "answer", True)) for n in answer)
        asked += _TO_YOU.search(paragraphs[q]) is not None
        answered += any(_FIRST_PERSON.search(paragraphs[n]) for n in answer)
    n_questions = len(questions)
    if questions[0] > _INTRO or len(found) < _QA_SHARE * (len(paragraphs) - questions[0]):
        return {}  # a column's questions to itself, here and there (`So what should the government do?`): no Q&A,
        # which opens after a short introduction and runs to the end
    return found if 2 * answered > n_questions and (2 * asked >= n_questions or answered == n_questions) else {}
    # (`Why robots?` ¶ `I was frustrated.`: every answer in the first person, though no question says you)


def _a_question(text: str) -> bool:
    """A paragraph that is a short question of the interviewer's own, no quotation in it."""
    text = text.strip()
    return text.endswith("?") and len(text) <= _QUESTION_CHARACTERS and not any(mark in text for mark in '"“”')


_QUESTION_CHARACTERS = 300
_INTRO = 5  # paragraphs (the headline's too) before a Q&A's first question, at most
_QA_SHARE = 0.75  # of the paragraphs from the first question on, at least, the questions' and the answers'
_FIRST_PERSON_WORDS = r"I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|We|we're|We're|we’re|We’re|us|our|Our"
_SECOND_PERSON_WORDS = r"you|You|your|Your|you're|You're|you’re|You’re"
_TO_YOU = re.compile(rf"\b(?:{_SECOND_PERSON_WORDS}|you've|You've|you’ve|You’ve)\b")  # a question put to a you
_FIRST_PERSON = re.compile(rf"\b(?:{_FIRST_PERSON_WORDS}|My)\b")  # an answer by an I or a we (`My dad was …`)


def _a_break(paragraphs: tuple[str, ...], n: int, headings: frozenset[str]) -> bool:
    """A crosshead, a heading or a separator such as `* * *`: where a run of turns ends."""
    text = paragraphs[n]
    return not any(c.isalnum() for c in text) or between_sections(paragraphs, n, headings)


def _read(run: list[Turn], paragraphs: tuple[str, ...]) -> dict[int, Turn]:
    """The run's turns, and the paragraphs between them that go on from the turn before, if the run
    is an interview's."""
    labels = [label for turn in run for label in (("q", "a") if turn.asked else (_same_label(turn.label),))]
    changes = sum(a != b for a, b in zip(labels, labels[1:]))
    if len(labels) < _FEWEST_TURNS or changes < _FEWEST_TURNS - 1 or len(set(labels)) < 2:
        return {}
    if "a" in labels and "q" not in labels:
        return {}  # answers to no question (`Q:` may go to named speakers: `THE PRESIDENT:`)
    words = [_words_of(turn, paragraphs) for turn in run]
    personal = [_PERSONAL.search(said) is not None for said in words]
    spoken = sum(person or said.rstrip().endswith("?") for person, said in zip(personal, words))
    if 2 * spoken < len(run) or not any(personal):
        return {}  # speaking as people do, in the first or second person or in questions (`Was she a demanding
        # boss?`, whose answer may be `Never.`), not a table's rows; and some in the first or second person (not an
        # explainer's `Q: Will income tax go up?` / `A: Not directly.`)
    found = {turn.para: turn for turn in run}
    last = run[-1]
    if _alone(last, paragraphs) and last.para + 1 < len(paragraphs) and any(
            c.isalnum() for c in paragraphs[last.para + 1]):  # its words the paragraph after
        run = run + [Turn(last.para + 2, 0, last.label, last.role)]
    for turn, after in zip(run, run[1:]):
        for n in range(turn.para + 1, after.para):
            if _STAGE.fullmatch(paragraphs[n]):
                continue  # `(BEGIN VIDEO CLIP)`, `[CROSSTALK]`: what the transcript shows, which no one says
            found[n] = Turn(n, len(paragraphs[n]) - len(paragraphs[n].lstrip()), turn.label, turn.role, True)
    return found


def _alone(turn: Turn, paragraphs: tuple[str, ...]) -> bool:
    """A label on a line of its own (`PENCE:`, `Joe Biden: (00:15)`), whose words follow in the next."""
    return turn.start >= len(paragraphs[turn.para].rstrip())


def _words_of(turn: Turn, paragraphs: tuple[str, ...]) -> str:
    return paragraphs[turn.para + 1] if _alone(turn, paragraphs) and turn.para + 1 < len(paragraphs) \
        else paragraphs[turn.para][turn.start:]


_FEWEST_TURNS = 3
_STAGE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*")
_PERSONAL = re.compile(rf"\b(?:{_FIRST_PERSON_WORDS}|{_SECOND_PERSON_WORDS})\b")


def _same_label(label: str) -> str:
    """One label for a speaker's turns however written: `Q`, `Q.` and `Question` are `q`."""
    low = label.lower()
    return {"question": "q", "answer": "a"}.get(low, low)


def _holders(paragraphs: tuple[str, ...]) -> dict[str, str]:
    """Hansard's offices, each with the name of its holder its first turn gives: `The Prime Minister (Keir
    Starmer):` -> {`The Prime Minister`: `Keir Starmer`}, for the turns labelled with the office alone."""
    return {m.group("label"): holder.group() for text in paragraphs if text.startswith("The ") and "(" in text
            for m in (_LABEL.match(text),) if m is not None
            for holder in (_HOLDER.fullmatch(m.group("held") or ""),) if holder is not None}


def _labelled(n: int, text: str, holders: dict[str, str] | None = None) -> Turn | None:
    """The turn paragraph `n` opens with a label for: `PENCE: …`, `SEN. JOHN SMITH (R-OHIO): …`, `Mr
    Malone: …`, `Q: …`, `Q. …`; not `Update: …` or a sentence's words before a colon (`He added: …`)."""
    if ":" not in text[:_LABEL_REACH] and text.lstrip()[1:2] != ".":
        return None  # most paragraphs: no label, told without a regex
    match = _LABEL.match(text) or _QA_STOP.match(text)
    if match is None:
        return None
    label = written = match.group("label")
    if holders and label in holders:
        label = holders[label]  # `The Prime Minister (Keir Starmer):`, then `The Prime Minister:`: Hansard's office,
        # its holder named at its first turn
    role = {"q": "question", "a": "answer"}.get(_same_label(label), "named")
    if role == "named" and not _a_speakers_label(label.split()):
        return None
    answer = _ANSWER_AFTER.search(text, match.end()) if role == "question" else None
    if answer is not None:  # `Q: Did you always want to write? A: Always.`: the answer, in the question's paragraph
        return Turn(n, answer.end(), answer.group("label"), "answer", asked=True)
    return Turn(n, match.end(), label, role, written=written if written != label else "")


_ANSWER_AFTER = re.compile(r"\?[\"”’']?\s+(?P<label>A|Answer)[:.]\s+(?=\S)")  # after the question's mark


_LABEL_REACH = 120  # characters: a label, a parenthesis after it and its timestamp end before
_TIMESTAMP = r"[(\[]\d{1,2}(?::\d{2}){1,2}[)\]]"  # `(00:15)`, `[00:01:23]`
_LABEL = re.compile(rf"\s*(?:{_TIMESTAMP}\s*)?(?P<label>[A-Z][^\s:]*(?: [^\s:]+){{0,4}}?)"  # (a podcast's time first)
                    rf"(?: \((?P<held>[^()]{{1,40}})\)){{0,2}}\s?:"  # (`(R-OHIO)`, `(North West Essex) (Con)`)
                    rf"(?:\s*(?:{_TIMESTAMP})?\s*$|\s+(?=\S))")  # or alone: `Joe Biden: (00:15)`
_TIMED = re.compile(rf"\s*{_TIMESTAMP}")
_HOLDER = re.compile(r"[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}")  # `Keir Starmer` in `The Prime Minister (Keir Starmer):`
_QA_STOP = re.compile(r"\s*(?P<label>[QA])\.\s+(?=[A-Z\"“‘'])")  # `Q. Why did you …?`


def _a_speakers_label(words: list[str]) -> bool:
    """`PENCE`, `LESTER HOLT`, `Mr Malone`, `The Economist`, `Thomas Malone`: a name in capitals or in
    title case, not a section's label (`Update`, `Editor's note`) nor a sentence's opening (`He said`)."""
    if any(not (w[:1].isupper() or w in _PARTICLES) for w in words):
        return False
    bare = [w.lower().strip(".,'’") for w in words]
    if " ".join(bare) in _NOT_SPEAKERS or bare[-1] in _NOT_SPEAKERS or len(words) == 1 and bare[0] in HONORIFICS \
            and not _INITIALS.fullmatch(words[0]):
        return False  # (but `MS`, `DR`: initials in capitals, Mark Savage's, not a title alone)
    return not (len(words) > 1 and bare[0] in _PRONOUNS)


_PARTICLES = {"de", "van", "von", "der", "al", "bin", "da", "di", "del", "la", "le", "of", "&"}
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "there"}
_NOT_SPEAKERS = {"update", "updated", "updates", "breaking", "note", "editor's note", "editors note", "watch", "read",
                 "read more", "more", "video", "photo", "photos", "image", "images", "picture", "source", "sources",
                 "related", "see also", "correction", "clarification", "disclosure", "published", "posted", "subs",
                 "subs not used", "the latest", "latest", "advertisement", "live", "analysis", "opinion",
                 "timeline", "categories", "tags", "credit", "caption", "warning", "spoiler", "tip", "summary",
                 "transcript", "full transcript", "interview", "q&a", "listen", "download", "share", "follow",
                 "contact", "email", "phone", "address", "date", "time", "location", "venue", "price", "tickets",
                 "score", "result", "results", "attendance", "referee", "step", "ingredients", "method", "serves",
                 "pros", "cons", "verdict", "rating", "bottom line", "the bottom line", "background", "context"}


def interviewee(title: str | None, paragraphs: tuple[str, ...], first_turn: int, names) -> str | None:
    """Who answers a Q&A's questions: the first person its title names (`Q&A: Jane Doe on the new
    law`), else the first person named in a paragraph before the first turn that tells of the
    interview (`Jane Doe, the state's environment secretary, talked to us`); no one in a page of
    questions and answers that tells of no interview (an FAQ). `names(text)` gives a text's person
    names, in order."""
    told = [text for text in paragraphs[1:first_turn] if _AN_INTERVIEW.search(text)]
    body = "\n".join(paragraphs[1:])
    full = [name for text in paragraphs[1:first_turn] for name in names(text) if len(name.split()) > 1]
    for text in ([title] if title else []) + told:
        for name in names(text):
            if text is title and name.split()[-1] not in body:
                continue  # `Women Battling Breast Cancer Deserve More Wig Options`: a title's capitals, no name
            if len(name.split()) > 1:
                return name
            fuller = [named for named in full if named.split()[-1] == name]  # `we spoke with Austin` after
            if fuller:  # `When Dianne Austin decided …`
                return fuller[0]
    return None


_AN_INTERVIEW = re.compile(r"\b(?:interview(?:ed|s)?|spoke|speaks|talked|talks|chatted|sat down|asked|conversation|"
                           r"Q&A|questions|edited for)\b", re.I)


def named_by_label(label: str, people: list[str], prose: str = "", offices: dict[str, list[str]] | None = None) -> str:
    """The speaker a turn's label names, among the document's `people` (its speakers first, then the
    people it names, as it writes them), when one person's names end so (and, for a full name, open so):
    the fullest of them. `PENCE` is `Mike Pence`, `Mr Malone` and `Thomas Malone` are `Thomas W. Malone`.
    Else the label without its titles, written as the document's `prose` writes it (`LESTER HOLT` is
    `Lester Holt`): also when two people end so (`Bernie Sanders`, `Sarah Huckabee Sanders`). A label that
    is an office (`THE PRESIDENT`, `THE VICE PRESIDENT`) names the one person `offices` (an office's words
    to the people the document names with it, `President Obama`) gives it."""
    office = _office(label)
    if office:  # the one person who holds it, else the office as written
        return _holder(office, offices or {}) or _as_a_name(label, prose)
    words = _untitled(label.split())
    initialled = _by_initials(words, people)
    if initialled:
        return _as_a_name(initialled, prose)  # `LK` is Laura Kuenssberg
    first, last = words[0].lower(), words[-1].lower()
    ending = [name for name in map(_untitled, (person.split() for person in people))
              if name[-1].lower() == last and (len(words) == 1 or name[0].lower() == first)]
    if ending and len({name[0].lower() for name in ending if len(name) > 1}) <= 1:
        return _as_a_name(" ".join(max(ending, key=len)), prose)  # one person's names: the fullest
    return _as_a_name(" ".join(words), prose)


def _by_initials(words: list[str], people: list[str]) -> str | None:
    """The one person of the document whose names' initials a label of two or three capitals is (`LK`
    for Laura Kuenssberg, `RR` for Rachel Reeves)."""
    label = words[0] if len(words) == 1 else ""
    if not (2 <= len(label) <= 3 and label.isalpha() and label.isupper()):
        return None
    found = {person for person in people if len(person.split()) == len(label)
             and "".join(word[0] for word in person.split()).upper() == label}
    return found.pop() if len(found) == 1 else None


def offices_held(named) -> dict[str, list[str]]:
    """An office's words to the people named with it, in order: `President Obama` and `Vice President Joe
    Biden` give {`president`: [`Obama`], `vice president`: [`Joe Biden`]}. `named`: `find_names`'s."""
    offices: dict[str, list[str]] = {}
    for mention in named:
        office = mention.office or ((mention.title.lower().rstrip("."),) if mention.title else ())
        if office:
            offices.setdefault(" ".join(office), []).append(" ".join(mention.words))
    return offices


def _untitled(words: list[str]) -> list[str]:
    """`Mr Malone`, `SEN. JOHN SMITH`: the name after the titles, as `split_title` reads them."""
    return split_title(words)[1] or words


def _office(label: str) -> str | None:
    """The office a label is (`THE VICE PRESIDENT`: `vice president`), if it is one; not `THE ECONOMIST`."""
    if _INITIALS.fullmatch(label):
        return None  # `MS`: initials in capitals (Mark Savage's), though they spell a title
    office = [w.lower().strip(".") for w in label.split()]
    office = office[1:] if office[0] == "the" and len(office) > 1 else office
    return " ".join(office) if all(w in HONORIFICS for w in office) else None


def _holder(office: str, offices: dict[str, list[str]]) -> str | None:
    """The one person the document names with `office` (`President Obama`), at their fullest, if one."""
    held = offices.get(office, [])
    people = {name.split()[-1] for name in held}
    return max(held, key=lambda name: len(name.split())) if len(people) == 1 else None


def _as_a_name(name: str, prose: str) -> str:
    """A name in capitals as the document's `prose` writes its words elsewhere, else in title case:
    `LESTER HOLT` as `Lester Holt`, `McCAIN` as `McCain`, `NPR` as `NPR` where the story writes `NPR's`."""
    if not name.isupper():
        return name
    return " ".join(_as_written(word, prose) for word in name.split())


_INITIALS = re.compile(r"[A-Z]{2,3}")


_A_LABELS_END = r"(?: \w+)*(?: \([^()]*\))? ?:"  # a label's own capitals: `TAPPER:`, `SEN. JOHN SMITH (R-OHIO):`


def _as_written(word: str, prose: str) -> str:
    forms = {m.group() for m in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?!\w|{_A_LABELS_END})", prose, re.I)}
    mixed = sorted(form for form in forms if not form.isupper() and form[:1].isupper())
    return mixed[0] if mixed else word if word in forms or _INITIALS.fullmatch(word) else word.title()  # (`LJ`:
    # initials, which the prose writes no other way)
