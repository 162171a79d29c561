"""The speech verbs' forms, which every cue test relies on."""
import pytest

from whosaid.extract.lexicon import CUE_FORMS


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
