"""A body's initials and its full name are one speaker, written with both forms."""
import pytest

from whosaid.extract.acronyms import spelled_out

from .test_extract import quotes_of


def _body(name):
    return name != "Jason King"


@pytest.mark.parametrize("speakers, text, expected", [
    ({"IMF"}, "The International Monetary Fund cut its forecast.", {"IMF": "International Monetary Fund (IMF)"}),
    ({"IFS"}, "A report by the Institute for Fiscal Studies's economists.",  # small words are not initialled
     {"IFS": "Institute for Fiscal Studies (IFS)"}),
    ({"BBA"}, "The British Bankers' Association's figures rose.",  # an owner's mark inside kept, at the end not
     {"BBA": "British Bankers' Association (BBA)"}),
    ({"IMF", "International Monetary Fund"}, "The IMF, the International Monetary Fund, cut its forecast.",
     {"IMF": "International Monetary Fund (IMF)", "International Monetary Fund": "International Monetary Fund (IMF)"}),
    ({"London Stock Exchange"}, "The LSE rejected the bid.", {"London Stock Exchange": "London Stock Exchange (LSE)"}),
    ({"JK"}, "Jason King won the award.", {}),  # a person's initials
    ({"FA"}, "The Football Association and the Fulham Academy met.", {}),  # two names with the initials
    ({"LG Group"}, "LG said sales rose.", {}),  # the initials are a word of the name already
    ({"IMF"}, "The fund cut its forecast.", {}),  # no name in full
    ({"Institute for Fiscal Studies"}, "IFS economists agreed.", {"Institute for Fiscal Studies":
                                                                  "Institute for Fiscal Studies (IFS)"}),
    ({"Institute for Fiscal Studies"}, "Its figures (IFS, 2004) agreed.", {"Institute for Fiscal Studies":
                                                                           "Institute for Fiscal Studies (IFS)"}),
    ({"Institute for Fiscal Studies"}, "The IFSA and the IFS2 agreed.", {}),  # the initials only inside a word
    ({"Institute for Fiscal Studies"}, "See U.IFS and R&IFS or IFS&Co.", {}),  # after a full stop, an ampersand
    ({"MoD"}, "The Ministry of Defence said so.", {"MoD": "Ministry of Defence (MoD)"}),  # `of` kept in lowercase
    ({"DfE"}, "The Department for Education agreed.", {"DfE": "Department for Education (DfE)"}),
    ({"Ministry of Defence"}, "The MoD said so.", {"Ministry of Defence": "Ministry of Defence (MoD)"}),
    ({"Ministry of Justice"}, "The MoD said so.", {}),  # other initials
    ({"UK Independence Party"}, "UKIP agreed.", {"UK Independence Party": "UK Independence Party (UKIP)"}),  # a
    # word in capitals kept whole
    ({"UK Vaping Industry Association"}, "The UKVIA agreed.",
     {"UK Vaping Industry Association": "UK Vaping Industry Association (UKVIA)"}),
    ({"Metropolitan Police"}, "Local MP Sarah Jones agreed.", {}),  # initials written before a name: a title
    ({"Police Constable"}, "PC Ann Lee agreed.", {}),
    ({"Metropolitan Police Service"}, "The MPS agreed.",
     {"Metropolitan Police Service": "Metropolitan Police Service (MPS)"}),
])
def test_initials_and_the_one_body_name_that_spells_them_are_written_together(speakers, text, expected):
    assert spelled_out(speakers, [text], _body) == expected


@pytest.mark.parametrize("speakers, text, expected", [
    ({"Fed"}, "The Federal Reserve raised rates.", {"Fed": "Federal Reserve (Fed)"}),
    ({"Fed", "Federal Reserve"}, "The Federal Reserve raised rates.",
     {"Fed": "Federal Reserve (Fed)", "Federal Reserve": "Federal Reserve (Fed)"}),
    ({"Fed"}, "The Federal Reserve's chairman spoke.", {"Fed": "Federal Reserve (Fed)"}),  # no owner's mark
    ({"Met"}, "The Metropolitan Police Service said so.", {"Met": "Metropolitan Police (Met)"}),  # the shortest
    ({"Fed"}, "The Federal Reserve and the Federal Aviation Administration met.", {}),  # two bodies it may clip
    ({"Met"}, "The Met Office said so.", {}),  # the word whole: no clipping
    ({"Fed"}, "Fedex Corp said so.", {}),  # `Fed` and less than three letters more
])
def test_a_bodys_name_clipped_to_a_word_and_the_one_name_it_clips_are_written_together(speakers, text, expected):
    assert spelled_out(speakers, [text], _body) == expected


def test_a_persons_name_is_no_clipping():
    assert spelled_out({"Fed"}, ["Federico Lombardi said so."], lambda name: name != "Fed") == {}


def test_the_fed_speaking_is_the_federal_reserve_the_story_names():
    text = 'The Federal Reserve raised rates.\n\n"Inflation is high," the Fed said.'
    assert [q[1] for q in quotes_of("Rates\n\n" + text)] == ["Federal Reserve (Fed)"]  # was `Fed`


@pytest.mark.parametrize("text, expected", [
    ("Jaguar Land Rover (JLR) has resumed work.", {"Jaguar Land Rover": "Jaguar Land Rover (JLR)"}),  # in brackets
    ("Jaguar Land Rover has resumed work, JLR said.", {}),  # no sign of a body's name but the initials
])
def test_a_name_with_its_initials_in_brackets_after_it_is_a_bodys_though_nothing_else_says_so(text, expected):
    assert spelled_out({"Jaguar Land Rover"}, [text], lambda name: False) == expected


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


@pytest.mark.parametrize("speakers, text, expected", [
    ({"BPI spokesman", "British Phonographic Industry spokesman"}, "The British Phonographic Industry (BPI) met.",
     {"BPI spokesman": "British Phonographic Industry (BPI) spokesman",
      "British Phonographic Industry spokesman": "British Phonographic Industry (BPI) spokesman"}),
    ({"CAS statement"}, "The Court of Arbitration for Sport ruled.",
     {"CAS statement": "Court of Arbitration for Sport (CAS) statement"}),
    ({"Jason King's spokesman"}, "JK said nothing.", {}),  # a person's spokesman
    ({"Labour spokesman"}, "The LS said nothing.", {}),  # no initials to spell
])
def test_who_speaks_for_a_body_by_its_initials_or_its_name_is_written_with_both(speakers, text, expected):
    assert spelled_out(speakers, [text], _body) == expected


def test_the_initials_spokesman_and_the_full_names_spokesman_are_one_speaker():
    text = ('A spokesman for the British Phonographic Industry said downloads would count.\n\n'
            '"It has been a great success," the BPI spokesman said.')
    assert {q[1] for q in quotes_of("Chart row\n\n" + text)} == {"British Phonographic Industry (BPI) spokesman"}
