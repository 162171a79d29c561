"""A body's initials and its full name are one speaker, written with both forms."""
import pytest

from whosaid.extract.acronyms import spelled_out

from .test_extract import quotes_of


def _body(name):
    return name != "Jason King"


@pytest.mark.parametrize("speakers, text, expected", [
    ({"IMF"}, "The International Monetary Fund cut its forecast.",
     {"IMF": "International Monetary Fund (IMF)", "International Monetary Fund": "International Monetary Fund (IMF)"}),
    ({"IFS"}, "A report by the Institute for Fiscal Studies's economists.",  # small words are not initialled
     {"IFS": "Institute for Fiscal Studies (IFS)",
      "Institute for Fiscal Studies": "Institute for Fiscal Studies (IFS)"}),
    ({"London Stock Exchange"}, "The LSE rejected the bid.", {"London Stock Exchange": "London Stock Exchange (LSE)"}),
    ({"JK"}, "Jason King won the award.", {}),  # a person's initials
    ({"FA"}, "The Football Association and the Fulham Academy met.", {}),  # two names with the initials
    ({"LG Group"}, "LG said sales rose.", {}),  # the initials are a word of the name already
    ({"IMF"}, "The fund cut its forecast.", {}),  # no name in full
])
def test_initials_and_the_one_body_name_that_spells_them_are_written_together(speakers, text, expected):
    assert spelled_out(speakers, [text], _body) == expected


@pytest.mark.parametrize("text, speakers", [
    ('The report, by the Institute for Fiscal Studies, said taxes would rise.\n\n"The gap is large," the IFS said.',
     ["Institute for Fiscal Studies (IFS)"]),
    ('The IMF cut its forecast.\n\n"Growth will slow," the International Monetary Fund said.',
     ["International Monetary Fund (IMF)"]),
    ('Jason King won the award.\n\n"I am thrilled," JK said.', ["JK"]),  # a person, whose initials they may be
    ('Money moved out of India, said Bhanu Baweja. BB ratings rose.\n\n"It is an excuse," Bhanu Baweja said.',
     ["Bhanu Baweja"]),  # a person's name, whatever the text writes
])
def test_a_bodys_initials_speaking_are_its_name_in_full_with_them(text, speakers):
    assert [q[1] for q in quotes_of("Budget row\n\n" + text)][-1:] == speakers
