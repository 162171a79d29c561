"""What the attribution rules share: the Attribution, `according to X`, and token helpers."""
from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import (ASSOCIATES, COLLECTIVES, DEMONYMS, DESCRIPTORS, EPITHET_HEADS, NOT_HUMAN, ORG_WORDS,
                       PLACE_NOUNS, POSSESSIVE_PRONOUNS, QUANTIFIERS, ROLE_WORDS, plural)
from ..phrases import Mention, index_of, mention_of, np_forward, people_word, sentence_start, verbish
from ..tokens import MARKS, SENTENCE_END, Token, is_nickname


JOINERS = {",", "—", "–", "-", "--", "…", "―", "”"}  # what may stand between a quotation and its cue (a stray
# closing mark too: `he's like 6’2”,” Rubio said`, where an inch mark closed the quotation early)
STOP_AFTER = SENTENCE_END | {";", ":"}


@dataclass(frozen=True, slots=True)
class Attribution:
    cue: str
    mention: Mention | None
    # where the cue stands: "after" or "before" the quotation, "final" (ending the sentence),
    # "subject" (no cue: the sentence's subject), "context" (the sentence before), "passive" (the
    # subject was told, asked or described: someone unnamed speaks), "agent" (`described as "…" by X`:
    # X speaks, but not as one a later he or she stands for)
    where: str


def names_no_one(low: str, places_speak: bool = True) -> bool:
    """A lowercase noun that names neither someone nor a body nor a text that speaks: `charges`,
    `evidence`, and (unless `places_speak`) `country`; not `critics`, `police`, `management`,
    `ex-aide`, `trader`, `report`, `quarter`."""
    whole, low = low, low.rsplit("-", 1)[-1]  # `ex-aide`: an aide
    if low in PLACE_NOUNS and not places_speak:
        return True
    return not (low in PERSONAL or plural(low) or low in ROLE_WORDS or low in ORG_WORDS or people_word(low)
                or low in NOT_HUMAN or low in EPITHET_HEADS or low in DESCRIPTORS or low in DEMONYMS
                or whole.endswith(_SPEAKING_ENDINGS) or low in _BODIES_OF_PEOPLE)  # `40-year-old` as written


PERSONAL = {"he", "she", "they", "we", "i", "you", "it"}
PAGE_LABELS = frozenset({"analysis", "opinion", "exclusive", "live", "latest", "editorial", "review", "interview",
                         "poll", "explainer", "fact", "factcheck", "podcast", "commentary", "column", "letters",
                         "editorials", "transcript", "recap", "watch", "video", "listen", "pictures", "photos",
                         "audio"})  # `Analysis:`, `Watch:`: a page's label for what follows, no one's name
ASKING = {"asked", "pressed", "questioned", "quizzed", "challenged"}  # `asked the minister`: whom a question is put
# to
_SPEAKING_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ic", "-old")  # trader, insider, critic …
_BODIES_OF_PEOPLE = COLLECTIVES | QUANTIFIERS | ASSOCIATES | {
    "everyone", "everybody", "someone", "somebody", "nobody", "other", "each", "all", "half", "none", "majority",
    "minority", "quarter", "third", "crowd", "audience", "business", "investigation", "inquiry", "probe", "panel",
    "jury", "source", "watchdog", "airline", "supermarket", "conglomerate", "consultancy", "utility", "startup",
    "chain"}  # `a source said`: someone unnamed; `…, says watchdog`: a body described


def is_comma(token: Token) -> bool:
    """A comma, or a quotation that ends on one: `"…," The Hill reported.`"""
    return token.text == "," or token.quote_ends_with(",")


def is_according(tokens, i) -> bool:
    """`according to`, `in the words of`, `as described by` at `i`: a source phrase."""
    return _source_phrase(tokens, i) > 0


def _source_phrase(tokens, i) -> int:
    """How many words the source phrase at `i` takes (0 for none)."""
    if i >= len(tokens) or tokens[i].lower not in ("according", "in", "as", "per", "to"):
        return 0  # most words: asked of each one, so the cheap test first
    if tokens[i].lower == "per":
        return 1 if _per_a_source(tokens, i) else 0
    if tokens[i].lower == "to" and not (tokens[i].text == "To" or i and tokens[i - 1].text in (",", "—", "–", "(")):
        return 0  # `To quote the prime minister,` opening its sentence or set off; not `wanted to quote a price`
    words = tuple(t.lower for t in tokens[i:i + 5])
    if words[:2] == ("according", "to"):
        return 2
    if words[:2] in (("to", "use"), ("to", "borrow")) and _owned_phrase(tokens, i + 2) is not None:
        return 2  # `to use Tom Brown's phrase`
    return next((len(phrase) for phrase in _SOURCE_PHRASES if words[:len(phrase)] == phrase), 0)


def _owned_phrase(tokens, k: int) -> int | None:
    """Where the possessive stands of `Tom Brown's phrase`, `the chancellor's words` at `k`: whose phrase it is."""
    owner = next((j for j in range(k, min(len(tokens) - 1, k + _OWNER_WORDS)) if tokens[j].is_possessive), None)
    return owner if owner is not None and tokens[owner + 1].lower in _PHRASE_WORDS else None


_OWNER_WORDS = 5  # words of the owner of a phrase borrowed
_PHRASE_WORDS = frozenset({"phrase", "words", "term", "expression", "line", "description"})


def _per_a_source(tokens, i) -> bool:
    """`, per ESPN's Adam Schefter`, `Per a club statement,`: `per` setting off a phrase (after a comma, a dash
    or opening the sentence) before a name or a source's words; not `£5 per person`, `per cent`."""
    if i + 1 >= len(tokens) or i > 0 and tokens[i - 1].text not in (",", "—", "–", "-", "(") \
            and tokens[i].text != "Per":
        return False
    after = tokens[i + 1]
    return after.is_capitalised and after.lower not in _NO_SOURCE_AFTER_PER or after.lower in _SOURCE_OPENERS_AFTER_PER


_SOURCE_OPENERS_AFTER_PER = frozenset({"a", "an", "the", "one", "two", "three", "several", "multiple", "sources",
                                       "his", "her", "their", "its"})
_NO_SOURCE_AFTER_PER = frozenset({"cent", "annum", "capita", "se"})

_SOURCE_PHRASES = (("in", "the", "words", "of"), ("as", "described", "by"), ("as", "characterized", "by"),
                   ("as", "characterised", "by"), ("in", "the", "view", "of"), ("in", "the", "opinion", "of"),
                   ("to", "quote"), ("to", "paraphrase"), ("to", "borrow", "a", "phrase", "from"),
                   ("to", "borrow", "a", "line", "from"), ("to", "borrow", "the", "words", "of"),
                   ("to", "use", "the", "words", "of"))  # `To quote the prime minister, "…"`, `"…", to borrow a
# phrase from the chancellor`


def according(tokens, i) -> Attribution | None:
    n = _source_phrase(tokens, i)
    owned = _owned_phrase(tokens, i + n) if tokens[i].lower == "to" else None
    mention = np_forward(tokens[i + n:owned + 1] if owned is not None else tokens[i + n:], allow_of=True)
    if mention is None or _in_proportion(mention):
        return None
    from .after import with_set_off_name  # (after.py builds on this module)
    named = with_set_off_name(tokens, i + n, mention)
    return Attribution(" ".join(t.text for t in tokens[i:i + n]).lower(),  # `according to one analyst, Tom Lee`
                       _released_by(tokens, mention) or _strip_source_words(named), "after")


def _released_by(tokens, source) -> Mention | None:
    """`according to new figures released on Tuesday by the British Phonographic Industry`: who
    put out the figures the source phrase ended before, named after `by` in a few words."""
    k = index_of(tokens, source.tokens[-1], 0, len(tokens))
    participle = tokens[k + 1].lower if k is not None and k + 1 < len(tokens) else ""
    if not participle.endswith("ed") or participle in _READING or source.tokens[-1].is_capitalised:
        return None  # (not `documents obtained by the BBC`: their reader)
    by = next((j for j in range(k + 2, min(len(tokens), k + _BY_REACH)) if tokens[j].lower == "by"), None)
    if by is None or any(not t.is_word for t in tokens[k + 1:by]):
        return None
    agent = np_forward(tokens[by + 1:], allow_of=True)
    return agent if agent is not None and agent.tokens[-1].is_capitalised else None


_READING = frozenset({"seen", "obtained", "reviewed", "viewed", "read", "examined", "analysed", "analyzed",
                      "leaked"})  # participles whose agent has the text, not wrote it
_BY_REACH = 6  # `released on Tuesday by`: words from the source's participle to `by`


def _in_proportion(mention: Mention) -> bool:
    """`ranks countries according to the steps they're taking`, `put in categories according to their
    last known voting intention`: `according to` as `in proportion to`, with no source who speaks."""
    toks = mention.tokens
    if any(t.lower in ("they", "we", "he", "she", "it") for t in toks[1:]):
        return True  # a clause follows the noun: `the steps they're taking`
    head = toks[-1]
    return toks[0].lower in POSSESSIVE_PRONOUNS and not head.is_capitalised and head.lower in _MEASURES


_MEASURES = {"intention", "intentions", "size", "age", "income", "needs", "ability", "performance", "value",
             "position", "rank", "ranking", "weight", "height", "level", "status", "preference", "preferences"}


def in_view(tokens, i) -> Attribution | None:
    """`in Bolton's view`, `in Trump's words`, `in her opinion`: the possessor speaks."""
    if i + 2 >= len(tokens) or tokens[i].lower != "in":
        return None
    for k in range(i + 1, min(len(tokens) - 1, i + 1 + _VIEW_REACH)):
        tok = tokens[k]
        if not tok.is_word:
            return None
        if (tok.is_possessive or tok.lower in ("his", "her", "their", "its")) and tokens[k + 1].lower in _VIEWS:
            owner = mention_of(list(tokens[i + 1:k + 1]))
            return Attribution("in " + tokens[k + 1].text, owner, "after") if owner else None
    return None


_VIEW_REACH = 4
ARTICLES = {"the", "a", "an"}
# Words that open a question a verb takes: `asked whether`, `wonder why`.
QUESTION_WORDS = {"if", "whether", "what", "how", "why", "who", "where", "when", "which"}

# Nouns for what someone said: `a claim by Peter Hain`, `"…," is the dry assessment of Graham Lane`.
CLAIMS = {"remark", "remarks", "claim", "claims", "assertion", "statement", "suggestion", "insistence",
          "admission", "pledge", "vow", "boast", "assurance", "contention", "complaint", "charge", "accusation",
          "allegation", "jibe", "insinuation", "proposition", "premise", "thesis"}
SAYINGS = {"message", "reply", "response", "answer", "verdict", "advice", "warning", "retort", "words", "word",
           "comment", "comments", "reaction", "explanation", "plea", "argument", "conclusion", "prediction", "promise",
           "dictum", "assessment", "summary", "view"}
OWNED_SAYINGS = SAYINGS | {"declaration", "remark", "quip", "line", "catchphrase", "slogan", "mantra", "motto",
                           "refrain", "pledge", "vow", "boast", "tweet"}  # words said, whose owner says the quotation
_OWNED_ADJECTIVES = 2  # `famous`, `now infamous`: words between an owner and its words


def plain_adjectives(tokens, first: int, end: int) -> bool:
    """Whether `tokens[first:end]` are at most two plain lowercase words, no verb (`famous` in `Mrs Thatcher's
    famous declaration`): what may stand between an owner and its words."""
    return end - first <= _OWNED_ADJECTIVES and all(t.is_word and not t.is_capitalised and not verbish(t)
                                                    for t in tokens[first:end])


_VIEWS = {"view", "views", "words", "opinion", "estimation", "telling", "account", "assessment", "judgment", "mind"}


def _strip_source_words(mention: Mention | None) -> Mention | None:
    """`the full statement from Weinstein's spokesperson` -> `Weinstein's spokesperson`."""
    if mention is None:
        return None
    toks = list(mention.tokens)
    for i, tok in enumerate(toks):
        if tok.lower in ("from", "by", "of") and i + 1 < len(toks) and i > 0:
            if tok.lower == "by" and toks[i - 1].lower in _READING:
                return mention_of(toks[:i - 1])  # `documents seen by the BBC`: the documents, not their reader
            if any(t.lower in _SOURCE_NOUNS for t in toks[:i]):
                return mention_of(toks[i + 1:])
    return mention


_SOURCE_NOUNS = {"statement", "statements", "release", "report", "reports", "filing", "documents",
                 "letter", "memo", "email", "emails", "transcript", "records", "data", "figures",
                 "estimates", "poll", "survey", "study", "analysis", "post", "tweet", "interview",
                 "account", "accounts", "copy", "complaint", "lawsuit", "remarks", "comments"}


def all_joiners(tokens) -> bool:
    return all(t.text in JOINERS for t in tokens)


def until(tokens, j, stops, limit, quotes: bool = False) -> list[Token]:
    out = []
    while j < len(tokens) and len(out) < limit and tokens[j].text not in stops and (
            quotes or not tokens[j].is_quote or is_nickname(tokens, j) or _label_within(tokens, j)):
        out.append(tokens[j])
        j += 1
    return out


def _label_within(tokens, j) -> bool:
    """`Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said`: a short capitalised
    label between two lowercase words in an aside opened by a comma, which the aside runs on across."""
    if not 0 < j < len(tokens) - 1 or not tokens[j - 1].is_word or tokens[j - 1].is_capitalised:
        return False
    if not any(t.text == "," for t in tokens[max(0, j - _LABEL_REACH):j]):
        return False  # not `He tweeted when … a reference to the blockbuster "Star Wars" sequel`
    words = tokens[j].text.strip(MARKS + " ,.").split()
    nxt = tokens[j + 1]
    return 0 < len(words) <= _LABEL_WORDS and all(w[:1].isupper() for w in words) and nxt.is_word \
        and not nxt.is_capitalised


_LABEL_WORDS = 4
_LABEL_REACH = 8  # tokens back to the aside's comma


def clause_set_off(tokens: list[Token], qi: int, opens) -> int | None:
    """Where the comma stands that opens the clause the quotation at `qi` closes, set off by commas
    (the quotation ends on one or one follows it), when the word after that comma opens such a clause
    (`opens(token)`: `Mr Smith, who had called her "a liar", Mrs Jones said`, `The company, which calls
    itself "…", reported`); None otherwise."""
    if not (tokens[qi].quote_ends_with(",") or qi + 1 < len(tokens) and tokens[qi + 1].text == ","):
        return None
    start = sentence_start(tokens, qi)
    comma = next((k for k in range(qi - 1, start, -1) if tokens[k].text == "," or tokens[k].is_quote), None)
    return comma if comma is not None and tokens[comma].text == "," and comma + 1 < qi and opens(tokens[comma + 1]) \
        else None  # (not past another quotation: `Roffman, who estimates his costs were "…," described …`)


_NAMED_ONLY = {"identified", "named", "known"}  # `who asked to be identified only as Maria`


def named_only_as(tokens, start: int, c: int) -> Mention | None:
    """The name in `who gave his name only as Tom` (or `her first name as`, `who asked to be identified only as
    Maria`) before the cue at `c`."""
    for k in range(start + 3, c - 1):
        if tokens[k].lower == "as" and tokens[k - 1].lower in ("name", "only") and tokens[k + 1].is_capitalised:
            if not any(t.lower == "name" or t.lower in _NAMED_ONLY and tokens[k - 1].lower == "only"
                       for t in tokens[max(start, k - 4):k]):
                return None
            end = k + 1
            while end < c and tokens[end].is_capitalised and end - k <= 2:
                end += 1
            return mention_of(tokens[k + 1:end])
    return None
