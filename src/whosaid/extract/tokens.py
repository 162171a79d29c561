"""A paragraph as a stream of tokens in which each quotation is one token.

Attribution rules read the words around a quotation; collapsing the quotation to a single token
keeps its inner punctuation from ending sentences and its words from posing as subjects.
"""
from __future__ import annotations

import re

from .lexicon import HONORIFICS, STATE_ABBREVIATIONS
from .marks import Marked

# `$15`, `£1.35bn`, `9/11`, `24.5m`, `1,000`, `M&S`, `AT&T`, `Marks & Spencer` are one word each (a decimal
# point ends no sentence).
# Inside a word, also combining accents (text in decomposed form: `Franc\u0327ois`) and the
# debris of a mis-decoded letter (`FranÃ\x83Â§ois`): C1 controls and Latin-1 signs, but never « or ».
_CURRENCIES = "$£€"  # `$15`, `£1.35bn`: a sum is a word (`Fight for $15 organizing director Kendall Fells`)
HANDLE = r"@(?<![\w.]@)[A-Za-z0-9_]{2,30}(?![\w@])(?:['’]s?)?"  # `@realDonaldTrump`: one name (not in an address)
_SPLIT = (rf"[{re.escape(_CURRENCIES)}]\d+(?:[.,]\d+)*\w*|"  # a plain string after: `{2,}` is a count
          r"\d+(?:[/.,:]\d+)+\w*|(?:[A-Z]\.){2,}|[A-Z]+&[A-Z]+(?![\w&])(?:['’]s?)?|" + HANDLE)
_WORD = (r"|[^\W_](?:[\w'’\-\x80-\x9f\xa1-\xaa\xac-\xba\xbc-\xbf\u0300-\u036f]*[^\W_])?"  # not \xa0, a space
         r"[\u0300-\u036f]*(?:['’]s?)?"
         r"|--+|[^\w\s]")  # `--`: one dash, as typed for —
TOKEN = re.compile(_SPLIT + _WORD, re.U)
# `Marks & Spencer`, `Standard & Poor's`: one name, looked for only in a text with an ampersand
_WITH_AMPERSANDS = re.compile(_SPLIT + r"|[A-Z][a-z]+(?: & [A-Z][\w'’\-]*)+" + _WORD, re.U)
ABBREVIATIONS = {k for k in HONORIFICS if k.endswith(".")} | {
    "st.", "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "no.", "vs.", "v.", "etc.", "gov.", "sen.", "rep.",
    "u.s.", "u.k.", "u.n.", "d.c.", "a.m.", "p.m.", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
    "dec.", "mt.", "ft.", "e.g.", "i.e.", "ave.", "del.", "amb.", "atty.", "cmdr.", "sec.", "msgr.", "fr.",
    "hon.", "maj.", "cpl.", "pvt.", "sgt.", "gen.", "lt.", "col.", "adm.", "supt.", "insp.", "ph.d."}
# AP-style states (`of Flint, Mich., said`): abbreviations when a comma or a lowercase word follows.
STATES = {abbreviation for abbreviation in STATE_ABBREVIATIONS if abbreviation.count(".") == 1}
SENTENCE_END = {".", "!", "?"}
# Acronyms that would read as pronouns once lowercased: `the US said` is no `us`, the `WHO` no `who`.
_ACRONYMS = {"US": "u.s.", "WHO": "w.h.o.", "IT": "i.t.", "AS": "a.s."}  # AS: a Spanish daily
ACRONYM_NAMES = frozenset({"w.h.o.", "a.s."})  # bodies that may speak; the US is a place, IT a field


_NAME_PREFIXES = ("al-", "el-")


# Verbs some outlets capitalise after the brand (`Murphy, the head of Right to Rise USA, Tweeted`): no name.
_STYLED_VERBS = frozenset({"tweeted", "tweets", "tweeting", "retweeted"})


def _forms(text: str) -> tuple[str, bool, bool]:
    """A word's lowercase form, whether it is a word (not a mark), and whether it is capitalised."""
    lower = _ACRONYMS.get(text) or text.lower()
    if text[0] == "@" and len(text) > 2:
        return lower, True, True  # a handle names someone, whatever its case
    word = text[0].isalnum() or text[0] in _CURRENCIES and len(text) > 1
    return lower, word, word and lower not in _STYLED_VERBS and (
        lower[0] != text[0] or text[0] in "ae" and text.startswith(_NAME_PREFIXES)
        and len(text) > 3 and text[3].isupper()  # `al-Awlaki`, `el-Sisi`
        or lower != text and CAMEL_CASED.fullmatch(text) is not None)  # `easyJet`, `eBay`: a brand's name


CAMEL_CASED = re.compile(r"(?!i[A-Z])[a-z]{1,5}[A-Z][a-z]+(?:[A-Z][a-z]*)*(?:['’]s)?")  # `easyJet`, `eBay's`; not
# `iPhone`, `iPlayer`: a product (`the iPhone maker`), no one who speaks


# The forms of the words seen lately: most words recur (`the`, `said`), and every token asks.
_FORMS: dict[str, tuple[str, bool, bool]] = {}
_FORMS_KEPT = 100_000  # distinct words kept before the table starts again: a bound on its memory


def _new_forms(text: str) -> tuple[str, bool, bool]:
    if len(_FORMS) >= _FORMS_KEPT:
        _FORMS.clear()
    forms = _FORMS[text] = _forms(text)
    return forms


class Token:
    """A word, a punctuation mark, or a whole quotation (`quote` >= 0), with its offsets.

    The word's forms are computed once: the extractor asks for them many times.
    """

    __slots__ = ("text", "start", "end", "quote", "lower", "is_quote", "is_word", "is_capitalised")

    def __init__(self, text: str, start: int, end: int, quote: int = -1):
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote
        if quote >= 0:
            self.is_quote = True
            self.lower, self.is_word, self.is_capitalised = text.lower(), False, False
            return
        self.is_quote = False
        forms = _FORMS.get(text) or _new_forms(text)
        self.lower, self.is_word, self.is_capitalised = forms

    @property
    def is_possessive(self) -> bool:
        return self.is_word and self.text.endswith(POSSESSIVE_ENDINGS)

    def quote_ends_with(self, endings: str | tuple[str, ...]) -> bool:
        """A quotation whose words end, inside its closing marks, on one of `endings` (`"…,"`)."""
        return self.is_quote and self.text.rstrip(CLOSING).endswith(endings)

    @property
    def bare(self) -> str:
        """The word without a possessive ending."""
        return _bare(self.text) if self.is_word and self.text[-1] in "s'’" else self.text

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end}, {self.quote})"


CLOSING = "\"”»'’ "  # closing marks and spaces after a quotation's last word
OPENING = "\"“„«‘'"  # opening marks: straight, curly, low (`„`) and guillemets
MARKS = OPENING + "”»’"  # every mark a quotation may open or close with
POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’", "S'", "S’")  # `PBS' Jacoba Atlas`


def _bare(text: str) -> str:
    """The word without a possessive ending."""
    for ending in ("'s", "’s", "'", "’"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


def tokenize(text: str, quotes: list[Marked]) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    for qi, q in enumerate(quotes):
        tokens += _words(text, pos, q.outer_start)
        tokens.append(Token(text[q.outer_start:q.outer_end], q.outer_start, q.outer_end, qi))
        pos = q.outer_end
    tokens += _words(text, pos, len(text))
    return tokens


_DOMAIN = re.compile(r"(?:\.[\w-]+)*\.(?i:com|org|net|gov|edu|co|uk|io|us|info)\b")  # also `Halo.Bungie.Org`
_ASIDE = re.compile(r"\([^()]{1,16}\)")  # "(R-Ohio)", "(AFP)": not part of the sentence's syntax


def _lowercase_after(text: str, e: int, end: int) -> bool:
    """The next word after `e` (past one space) starts in lowercase."""
    return e + 1 < end and text[e] == " " and text[e + 1].islower()


def _matches(text: str, start: int, end: int):
    """(word, start, end) of each of TOKEN's matches between `start` and `end`. No token spans a space
    (but `Marks & Spencer`, read with its own pattern), so a run of letters between spaces, most of a
    text, is one token as it stands, and one with a comma or a full stop after it two; the full
    pattern reads only the rest."""
    if "&" in text:
        for m in _WITH_AMPERSANDS.finditer(text, start, end):
            yield m.group(), m.start(), m.end()
        return
    e = start
    for word in text[start:end].split():  # split() cuts where `\s` does, and finds
        s = text.find(word, e)  # each run right after the last: only spaces come between
        e = s + len(word)
        if word.isalpha() or _plain(word):
            yield word, s, e
        elif word[-1] in _TRAILING_MARKS and (word[:-1].isalpha() or _plain(word[:-1])):
            yield word[:-1], s, e - 1
            yield word[-1], e - 1, e
        else:
            for m in TOKEN.finditer(text, s, e):
                yield m.group(), m.start(), m.end()


_TRAILING_MARKS = frozenset(",.;:?!)")  # a mark after a word, a token of its own (`Yahoo!` is joined later)


def _plain(word: str) -> bool:
    """Letters and digits, with hyphens or apostrophes only inside (`said`, `2004`, `well-known`,
    `O'Brien`): what TOKEN reads as one word, whole."""
    return word.isalnum() or bool(word) and word[0].isalnum() and word[-1].isalnum() and (
        word.replace("-", "").replace("'", "").replace("’", "").isalnum())


def _words(text: str, start: int, end: int) -> list[Token]:
    out: list[Token] = []
    append = out.append
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)] if "(" in text else ()
    skip_to = -1
    for word, s, e in _matches(text, start, end):
        if s < skip_to or asides and any(a <= s < b for a, b in asides):
            continue
        if (e >= end or text[e] != ".") and "'" not in word and "’" not in word and word not in ("!", "?"):
            append(Token(word, s, e))  # most words: no clitic, no name's mark, no full stop to weigh
            continue
        clitic = _CONTRACTED.match(word) if "’" in word or "'" in word else None
        if clitic:  # `He’s claiming`: the pronoun, then the auxiliary
            append(Token(word[:clitic.end(1)], s, s + clitic.end(1)))
            append(Token(word[clitic.end(1):], s + clitic.end(1), e))
            continue
        if word.endswith(("'s", "’s")) and has_contracted(text, e):  # `Christie’s been making the case`
            append(Token(word[:-2], s, e - 2))
            append(Token(word[-2:], e - 2, e))
            continue
        if word == "!" and out and out[-1].end == s and _lowercase_after(text, e, end) \
                or word == "?" and out and out[-1].end == s and out[-1].is_capitalised \
                and VERB_AFTER_A_MARK.match(text, e, end) is not None:
            out[-1] = Token(out[-1].text + word, out[-1].start, e)  # `OutRage! said`, `Yahoo! shares`, `Which?
            continue  # said`: a name's mark
        if e < end and text[e] != ".":
            append(Token(word, s, e))
            continue
        if e < end:
            if len(word) == 3 and _is_initial(word, out) and _SECOND_INITIAL.match(text, e):
                append(Token(text[s:e + 3], s, e + 3))  # `D-N.H.`: party and a state's two initials, one word
                skip_to = e + 3
                continue
            if word.lower() + "." in ABBREVIATIONS and not (len(word) > 1 and word.isupper()) \
                    or _is_initial(word, out) or _state(text, word, e):  # but `the FT. But Rover told`: an
                # acronym ends the sentence
                append(Token(word + ".", s, e + 1))
                skip_to = e + 1
                continue
            domain = _DOMAIN.match(text, e)  # GunBroker.com
            if domain:
                append(Token(text[s:domain.end()], s, domain.end()))
                skip_to = domain.end()
                continue
        append(Token(word, s, e))
    return out


VERB_AFTER_A_MARK = re.compile(r" [a-z]+(?:s|d)\b")  # `Which? said`: a verb after a name and its question mark
_CONTRACTED = re.compile(r"(?i)(he|she|it|they|we|i|you)['’](?:s|d|ll|re|ve|m)$")
_HAS_PARTICIPLE = re.compile(r"\s+(?:been|got|gotten)\b"  # `Christie’s been making the case`
                             r"|\s+[a-z]{2,}ing\s+(?:ahead|forward|back|up|out|off|away|on|the|a|an|his|her|their)\b")
# `Adam Curry's pressing ahead`, `Trump's building the wall`: `is`, before a participle and what it takes


def has_contracted(text: str, end: int) -> bool:
    """The `'s` that ends at `end` is `has` or `is`, not a possessive: `Christie’s been making the case`,
    `Adam Curry's pressing ahead`."""
    return _HAS_PARTICIPLE.match(text, end) is not None


def _state(text: str, word: str, dot: int) -> bool:
    if not word[:1].isupper() or word.lower() + "." not in STATES:
        return False
    following = text[dot + 1:dot + 3].lstrip()[:1]
    return following == "," or following.islower()


def _is_initial(word: str, before: list[Token]) -> bool:
    """`J.` in `Michael J. Fox`; `R-Ky.` (party and state) in `McConnell, R-Ky., said`. Not a letter
    after `on` or `via`, a name of its own (`wrote on X. Her colleague said`: the platform, before a full
    stop), nor `I` after a lowercase word (`you and I. The`: the pronoun)."""
    if len(word) == 1 and word.isupper():
        last = before[-1].text if before else ""
        return not (last in _BEFORE_A_LETTER_NAME or word == "I" and last.islower())
    return _PARTY_STATE.match(word) is not None and bool(before) and before[-1].text in ",("  # not `in D-Day.`


def party_and_state(word: str) -> bool:
    """`D-N.H.`, `R-Fla.`, `I-Vt`: a member's party and state, as written beside the name."""
    return _PARTY_AND_STATE.match(word) is not None


_PARTY_AND_STATE = re.compile(r"[DRI]-(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,2})\.?$")
_BEFORE_A_LETTER_NAME = frozenset({"on", "via"})


_PARTY_STATE = re.compile(r"[DRI]-[A-Z][a-z]{0,4}$")
_SECOND_INITIAL = re.compile(r"\.[A-Z]\.(?!\w)")


def is_nickname(tokens: list[Token], j: int) -> bool:
    """`Marcia "Cia" Price`, `Jimmy "the Whirlwind" White`: up to three quoted words inside a name,
    the last capitalised, the first too or `the`; or one such word before a name of two words
    (`saw "Dirty" Den Watts`)."""
    words = tokens[j].text.strip(MARKS + " ").split()
    if not (0 < j < len(tokens) - 1 and tokens[j].is_quote and tokens[j + 1].is_capitalised and 1 <= len(words) <= 3
            and words[-1][:1].isupper() and (words[0][:1].isupper() or words[0] == "the")):
        return False
    return tokens[j - 1].is_capitalised or (  # `saw "Dirty" Den Watts killed off`: before a given name and surname
        not tokens[j - 1].is_capitalised and tokens[j - 1].is_word and j + 2 < len(tokens)
        and tokens[j + 2].is_capitalised and tokens[j + 2].is_word and tokens[j + 1].is_word and len(words) == 1)
