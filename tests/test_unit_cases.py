"""Cases from other quote extractors' test suites, with whosaid's exact expected answers.

All 19 cases of ../shared/quotes/unit_cases.jsonl, from the tests of textacy (Apache-2.0,
tests/extract/test_triples.py) and sayswho (MIT, tests/test_quote_finder.py). Each row: the text (one paragraph a line) and the expected
(quote, speaker_mention, speaker, cue) of every quotation found, in order.
"""
import pytest

from whosaid import Document, annotate

CASES = [
    ('Burton said, "I love cats!"', [("I love cats!", "Burton", "Burton", "said")]),
    ('Burton explained from a podium. "I love cats," he said.', [("I love cats,", "he", "Burton", "said")]),
    ('"I love cats!" insists Burton. "I absolutely do."',
     [("I love cats!", "Burton", "Burton", "insists"), ("I absolutely do.", "Burton", "Burton", "insists")]),
    ('"Some people say otherwise," he conceded.', [("Some people say otherwise,", "he", None, "conceded")]),
    ('Burton claims that his favorite book is "One Hundred Years of Solitude".', []),
    ('Burton thinks that cats are "cuties".', []),
    ('"This is really a shame", said Officer Tusk of the Walrus Police Department. "He had such a life ahead of him"',
     [("This is really a shame", "Officer Tusk", "Tusk", "said"),
      ("He had such a life ahead of him", "Officer Tusk", "Tusk", "said")]),
    ('He approached the stable. "Where are the horses\' carrots?" he asked.',
     [("Where are the horses' carrots?", "he", None, "asked")]),
    ('The stranger was eating a burger. He told everyone, "This \'hamburger with extra cheese and pickles\' is good."',
     [("This 'hamburger with extra cheese and pickles' is good.", "He", None, "told")]),
    ('Police are investigating a shooting.\n"Detectives are looking into it," Richmond police said in a news release Tuesday morning.',
     [("Detectives are looking into it,", "Richmond police", "Richmond police", "said")]),
    ('"He\'s going to hurt somebody. He\'s saying he\'s going to kill people," said Paul Martin, a Pinellas sheriff\'s '
     'detective who has been chasing the robber for two years. "He\'s pointed guns at people\'s heads."',
     [("He's going to hurt somebody. He's saying he's going to kill people,", "Paul Martin", "Paul Martin", "said"),
      ("He's pointed guns at people's heads.", "Paul Martin", "Paul Martin", "said")]),
    ('Conney said in order to be what the people need, the job requires them to "do their best to deal with it and '
     'fix whatever problem there is at that moment."',
     [("do their best to deal with it and fix whatever problem there is at that moment.", "Conney", "Conney", "said")]),
    ('Garnier said he also learned a lesson from the ordeal.\n"Think before you act," the clown said. "Your actions '
     'have repercussions."',
     [("Think before you act,", "the clown", "Garnier", "said"),  # the clown is the person just named (the gold's
      ("Your actions have repercussions.", "the clown", "Garnier", "said")]),  # `speakers` are the mention)
    # the other six, verbatim (the ones above shorten their longer texts)
    ('Burton said, "I love those cats!"',
     [('I love those cats!', 'Burton', 'Burton', 'said')]),
    ('Burton explained from a podium. "I love those cats," he said.',
     [('I love those cats,', 'he', 'Burton', 'said')]),
    ('"I love those cats!" insists Burton. "Yeah, I absolutely do."',
     [('I love those cats!', 'Burton', 'Burton', 'insists'), ('Yeah, I absolutely do.', 'Burton', 'Burton', 'insists')]),
    ('\'uneasy\' on Gilmer street"\nPolice are investigating a shooting. They did not identify the 17-year-old because he is a minor.\n"Detectives are looking into it," Richmond police said in a news release Tuesday morning.',
     [('Detectives are looking into it,', 'Richmond police', 'Richmond police', 'said')]),
    ('He pounces on counters and jabs the gun at tellers, only 2 pounds of pressure preventing that gun from firing.\n"He\'s going to hurt somebody because he\'s carrying a revolver with the hammer cocked back. He\'s saying he\'s going to kill people," said Paul Martin, a Pinellas sheriff\'s detective who has been chasing the robber for two years. "He\'s pointed guns at people\'s heads."\nThey call him the crowbar robber.',
     [("He's going to hurt somebody because he's carrying a revolver with the hammer cocked back. He's saying he's going to kill people,", 'Paul Martin', 'Paul Martin', 'said'), ("He's pointed guns at people's heads.", 'Paul Martin', 'Paul Martin', 'said')]),
    ('And despite perhaps sometimes seeming like superheroes, sandwich aritsts are just like everyone else in society. Conney said in order to be what the people need, the job requires them to "do their best to deal with it and fix whatever problem there is at that moment."\nThe chief said being involved in violence is never easy for anyone, but added that a sandwich artists\' work isn\'t necessarily done when they leave the scene.',
     [('do their best to deal with it and fix whatever problem there is at that moment.', 'Conney', 'Conney', 'said')]),
    ('Garnier said he also learned a lesson from the ordeal.\n"Think before you act," the clown said. "Your actions have repercussions. No matter how trivial and joking I thought it was, people took it seriously."',
     [('Think before you act,', 'the clown', 'Garnier', 'said'), ('Your actions have repercussions. No matter how trivial and joking I thought it was, people took it seriously.', 'the clown', 'Garnier', 'said')]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_unit_case(text, expected):
    doc = Document(path="case.txt", paragraphs=tuple(line for line in text.split("\n") if line.strip()))
    found = [(q.text, q.speaker_mention, q.speaker, q.cue) for p in annotate(doc) for q in p.quotes]
    assert found == expected
