"""The tokenizer the attribution rules read: which marks end sentences and which words are one."""
import pytest

from whosaid.extract import tokens
from whosaid.extract.tokens import tokenize


@pytest.mark.parametrize("text, words", [
    ("editor of Halo.Bungie.Org, said", ["editor", "of", "Halo.Bungie.Org", ",", "said"]),  # a web address
    ("bought on Amazon.com. Then", ["bought", "on", "Amazon.com", ".", "Then"]),
    ("visit bbc.co.uk today", ["visit", "bbc.co.uk", "today"]),
    ("the end.Then he", ["the", "end", ".", "Then", "he"]),  # a missing space still ends a sentence
    ("24.5m on 9/11 at M&S", ["24.5m", "on", "9/11", "at", "M&S"]),
    ("U.S. Rep. G.K. Butterfield", ["U.S.", "Rep.", "G.K.", "Butterfield"]),  # initials and abbreviations
    ("Pelosi, D-Calif., said", ["Pelosi", ",", "D-Calif.", ",", "said"]),  # a party and a state
    ("Cruz, R-Tex., said", ["Cruz", ",", "R-Tex.", ",", "said"]),
])
def test_words_with_dots_inside_are_one_token(text, words):
    assert [t.text for t in tokenize(text, [])] == words


@pytest.mark.parametrize("text, words", [
    ("wrote on X. Her colleague", ["wrote", "on", "X", ".", "Her", "colleague"]),  # the platform, a name
    ("posted via X. Then", ["posted", "via", "X", ".", "Then"]),
    ("you and I. The", ["you", "and", "I", ".", "The"]),  # the pronoun
    ("actor Michael J. Fox", ["actor", "Michael", "J.", "Fox"]),  # an initial
    ("author J. Smith", ["author", "J.", "Smith"]),
])
def test_a_capital_letter_before_a_full_stop_is_an_initial_unless_a_name_or_the_pronoun(text, words):
    assert [t.text for t in tokenize(text, [])] == words


@pytest.mark.parametrize("text, words", [
    ("said Marks & Spencer.", ["said", "Marks & Spencer", "."]),
    ("Standard & Poor's has", ["Standard & Poor's", "has"]),
    ("rock & roll", ["rock", "&", "roll"]),  # lowercase words: no name
])
def test_capitalised_words_joined_by_an_ampersand_are_one_name(text, words):
    assert [t.text for t in tokenize(text, [])] == words


@pytest.mark.parametrize("text, words", [
    ("tweeted @realDonaldTrump.", ["tweeted", "@realDonaldTrump", "."]),
    ("@tedlieu's post", ["@tedlieu's", "post"]),
    ("mail ann@example.com now", ["mail", "ann", "@", "example.com", "now"]),  # an address: no handle
    ("at @ 5", ["at", "@", "5"]),
])
def test_a_handle_is_one_capitalised_word_whatever_its_case(text, words):
    found = tokenize(text, [])
    assert [t.text for t in found] == words
    assert [t.is_capitalised for t in found if t.text.startswith("@")] == [len(t) > 1 for t in words if t[0] == "@"]


def test_a_no_break_space_separates_words_as_a_space_does():
    assert [t.text for t in tokenize("Todd\xa0asked the mogul", [])] == ["Todd", "asked", "the", "mogul"]


def test_a_sum_of_money_is_one_word():
    tokens = tokenize("Fight for $15 wants £1.35bn, not €5 or $", [])
    assert [(t.text, t.is_word) for t in tokens] == [
        ("Fight", True), ("for", True), ("$15", True), ("wants", True), ("£1.35bn", True), (",", False),
        ("not", True), ("€5", True), ("or", True), ("$", False)]


@pytest.mark.parametrize("text, words", [
    ("Christie’s been making the case", ["Christie", "’s", "been", "making", "the", "case"]),  # has been
    ("Trump's got a point", ["Trump", "'s", "got", "a", "point"]),
    ("Christie's case has been made", ["Christie's", "case", "has", "been", "made"]),  # a possessive
    ("He’s been", ["He", "’s", "been"]),
])
def test_an_s_before_been_or_got_is_has_not_a_possessive(text, words):
    assert [t.text for t in tokenize(text, [])] == words


def test_a_words_forms_are_the_same_once_the_table_of_forms_starts_again(monkeypatch):
    text = "The US said WHO and Fed officials met al-Awlaki, tweeted Rubio; the US agreed."
    fresh = [(t.lower, t.is_word, t.is_capitalised) for t in tokenize(text, [])]
    monkeypatch.setattr(tokens, "_FORMS_KEPT", 3)
    tokens._FORMS.clear()
    bounded = [(t.lower, t.is_word, t.is_capitalised) for t in tokenize(text, [])]
    assert bounded == fresh
    assert len(tokens._FORMS) <= 3
    assert fresh[:3] == [("the", True, True), ("u.s.", True, True), ("said", True, False)]
    assert ("al-awlaki", True, True) in fresh and ("tweeted", True, False) in fresh


@pytest.mark.parametrize("text", [
    "He said, “fine.” Then: well-known O'Brien's don't 2-1 a--b 9. 1,000 $15, 24.5m (R-Ohio) Yahoo! ran;",
    "Pe\u0301rez said. ﬁne? Zoë) ’90s Jones' a_b e.g. U.S. J. Smith, ²³ - -- x- -x 日本語、 a\xa0b.",
])
def test_words_read_a_run_at_a_time_are_the_token_patterns_own(text):
    # the shortcut for plain runs between spaces gives exactly what the full pattern gives, between
    # any two offsets (a span between two quotations may start or end inside a word)
    for start, end in ((0, len(text)), (5, len(text) - 3), (11, 40)):
        assert list(tokens._matches(text, start, end)) == [
            (m.group(), m.start(), m.end()) for m in tokens.TOKEN.finditer(text, start, end)]


def test_no_sentence_is_read_back_further_than_max_sentence_tokens():
    from whosaid.extract.phrases import MAX_SENTENCE, sentence_start

    words = tokenize("word " * 600, [])
    assert (sentence_start(words, 599), sentence_start(words, 100)) == (599 - MAX_SENTENCE, 0)


@pytest.mark.parametrize("cues_between, speaker", [(11, "Ann Webb"), (12, None)])
def test_a_quotation_weighs_the_nearest_twelve_cues_before_it(cues_between, speaker):
    """(A run of `"…," said` with no one to say them, in a paragraph of thousands, was read back whole for
    each quotation.)"""
    from whosaid import Document, annotate

    text = "Ann Webb said " + "said " * cues_between + '"we will win this."'
    assert [q.speaker for p in annotate(Document(path="a.txt", paragraphs=(text,))) for q in p.quotes] == [speaker]


@pytest.mark.parametrize("text, words", [
    ("Shaheen, D-N.H., said", ["Shaheen", ",", "D-N.H.", ",", "said"]),  # party and a state's two initials
    ("Rubio, R-Fla. The bill", ["Rubio", ",", "R-Fla.", "The", "bill"]),
    ("in D-Day. N.H. voters", ["in", "D-Day", ".", "N.H.", "voters"]),  # no party: the sentence ends
])
def test_a_party_and_state_tag_is_one_word(text, words):
    assert [t.text for t in tokenize(text, [])] == words
