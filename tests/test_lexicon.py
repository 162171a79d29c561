"""The speech verbs' forms, which every cue test relies on, and the words for people."""
import pytest

from whosaid.extract.lexicon import CUE_FORMS, given_gender, given_name
from whosaid.extract.phrases import people_word


@pytest.mark.parametrize("form, lemma", [
    ("said", "say"), ("tweeted", "tweet"), ("denies", "deny"), ("quipped", "quip"),
    ("labelled", "label"), ("labelling", "label"), ("labeled", "label"),  # British and American spelling
    ("marvelled", "marvel"), ("criticised", "criticise"), ("criticized", "criticize"),
])
def test_each_speech_verb_form_maps_to_its_lemma(form, lemma):
    assert CUE_FORMS[form] == lemma


@pytest.mark.parametrize("word", ["sai", "labell", "house"])
def test_words_that_are_no_speech_verb_form_are_absent(word):
    assert word not in CUE_FORMS


@pytest.mark.parametrize("word, is_people", [
    ("deputies", True), ("secretaries", True), ("lawyers", True), ("deputy", True),
    ("bodies", False), ("companies", False),
])
def test_a_plural_in_ies_is_a_word_for_people_when_its_singular_is(word, is_people):
    assert people_word(word) is is_people


@pytest.mark.parametrize("name, sex", [
    ("Helen-Ann", "f"), ("Mary-Jane", "f"), ("Jean-Claude", "m"),
    ("Jean-Paul", None),  # Jean hers in English, Paul his: no sex
])
def test_a_hyphenated_given_name_has_the_sex_its_parts_agree_on(name, sex):
    assert given_gender(name) == sex


@pytest.mark.parametrize("name, sex", [
    ("Pat", None), ("Frankie", None), ("Lesley", "f"), ("Winnie", "f"), ("Wilf", "m"), ("Sid", "m"),
])
def test_common_british_given_names_are_known_with_their_sex(name, sex):  # were no given names
    assert (given_name(name), given_gender(name)) == (True, sex)
