"""The extractor on the seed article and on small cases of our own."""
import pytest

from whosaid import Document, annotate, read_document
from whosaid.extract.marks import find_marked

from .conftest import SEED


def quotes_of(text: str, title=None):
    doc = Document(path="t.txt", paragraphs=tuple(text.split("\n\n")), title=title)
    return [(q.text, q.speaker, q.speaker_mention, q.cue) for p in annotate(doc) for q in p.quotes]


@pytest.fixture(scope="module")
def seed_passages():
    return annotate(read_document(SEED))


def test_the_seed_has_ten_quotations_each_with_its_canonical_speaker(seed_passages):
    found = [(p.para, q.text[:25], q.speaker) for p in seed_passages for q in p.quotes]
    assert found == [
        (2, "odd and uncomfortable cal", "Cara Delevingne"),
        (4, "Since then I felt awful t", "Cara Delevingne"),
        (4, "I was so hesitant about s", "Cara Delevingne"),
        (5, "saturated with false and ", "Charles Harder"),
        (6, "Any allegations of non-co", "Harvey Weinstein's spokeswoman"),
        (6, "Mr. Weinstein has further", "Harvey Weinstein's spokeswoman"),
        (6, "Mr. Weinstein has begun c", "Harvey Weinstein's spokeswoman"),
        (7, "managed to get out of the", "Cara Delevingne"),
        (8, "This isn't easy but there", "Cara Delevingne"),
        (8, "In every industry and esp", "Cara Delevingne"),
    ]


def test_the_spokeswoman_paragraph_keeps_mentions_and_cues_as_written(seed_passages):
    para = seed_passages[5]
    assert [(q.speaker_mention, q.cue) for q in para.quotes] == [
        ("his spokeswoman", "told"),
        ("Weinstein's spokesperson", "according to"),
        ("Weinstein's spokesperson", "according to"),  # no cue of its own: inherits
    ]


def test_quote_offsets_slice_the_paragraph(seed_passages):
    for p in seed_passages:
        for q in p.quotes:
            assert p.text[q.start:q.end] == q.text


def test_a_film_title_is_not_a_quotation(seed_passages):
    assert "Tulip Fever" in seed_passages[2].text
    assert seed_passages[2].quotes == ()


def test_she_wrote_resolves_to_cara_delevingne(seed_passages):
    assert {(q.speaker_mention, q.speaker) for q in seed_passages[3].quotes} == {("she", "Cara Delevingne")}


def test_passage_dates_resolve_weekdays_against_publication(seed_passages):
    assert [p.date.isoformat() for p in seed_passages] == [
        "2017-10-11", "2017-10-11", "2017-10-11", "2017-10-11",
        "2017-10-08",  # "terminated by The Weinstein Company Sunday"
        "2017-10-11", "2017-10-11", "2017-10-11"]


@pytest.mark.parametrize("text, expected", [
    ('Burton said, "I love cats!"', [("I love cats!", "Burton", "Burton", "said")]),
    ('"Some people say otherwise," he conceded.', [("Some people say otherwise,", None, "he", "conceded")]),
    ('"I love cats!" insists Burton. "I absolutely do."',
     [("I love cats!", "Burton", "Burton", "insists"), ("I absolutely do.", "Burton", "Burton", "insists")]),
    ("Burton claims that his favorite book is \"One Hundred Years of Solitude\".", []),
    ('Burton thinks that cats are "cuties".', []),
    ('The Tories dismissed the plan as "desperate".', [("desperate", "Tories", "The Tories", "dismissed")]),
    ('"We will appeal," said Jane Smith, a lawyer for the family.',
     [("We will appeal,", "Jane Smith", "Jane Smith", "said")]),
    ('John Smith, a spokesman for the council, said: "The road reopens today."',
     [("The road reopens today.", "John Smith", "John Smith", "said")]),
    ('"Prices will rise," according to the Bank of England.',
     [("Prices will rise,", "Bank of England", "the Bank of England", "according to")]),
])
def test_attribution_patterns(text, expected):
    assert quotes_of(text) == expected


def test_a_surname_and_a_pronoun_resolve_to_the_full_name_introduced_earlier():
    text = ("Senator Mary Jones spoke on Monday.\n\n"
            '"We will win," Jones said.\n\n'
            '"It is close," she added.')
    assert quotes_of(text) == [
        ("We will win,", "Mary Jones", "Jones", "said"),
        ("It is close,", "Mary Jones", "she", "added"),
    ]


def test_pronouns_skip_people_of_the_other_gender():
    text = ('Actress Jane Doe met Mr. Bob Roe on Friday.\n\n'
            '"It went well," she said.')
    assert quotes_of(text)[0][1] == "Jane Doe"


def test_single_marks_quote_only_in_headlines():
    text = "Blair 'sorry' over rock 'n' roll in the '90s"
    assert [text[m.start:m.end] for m in find_marked(text, headline=True)] == ["sorry"]
    assert find_marked(text) == []
    assert find_marked("The Joneses' car is O'Brien's.", headline=True) == []


@pytest.mark.parametrize("text, spans", [
    ('He said "a" and “b” then „c“.', ["a", "b", "c"]),
    ('"Open to the end', ["Open to the end"]),
    ('"We are happy. "We will go," he said.', ["We are happy.", "We will go,"]),
    ('Mixed "straight open and curly close.”', ["straight open and curly close."]),
])
def test_quotation_marks(text, spans):
    assert [text[m.start:m.end] for m in find_marked(text)] == spans
