"""The extractor on the seed article and on small cases of our own."""
import pytest

from whosaid import Document, annotate, read_document
from whosaid.ingest import parse_document
from whosaid.extract import sections
from whosaid.extract.marks import find_marked, single_style
from whosaid.extract.names import (Lowercase, Names, credit_line, find_names, following_pronoun, sentence_cased,
                                   split_title, title_case_headline)
from whosaid.extract.phrases import sentence_subject
from whosaid.extract.tokens import tokenize

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


@pytest.mark.parametrize("text, expected", [
    ('The deal is actually a "pre-agreement" because some governments did not actually agree to it.', []),
    ('Last year, officials studied sites at bases in Kansas and a federal "supermax" prison in Colorado, and a former '
     'defense official said the plan was sound.', []),
    ('In January the committee published a highly critical report into the "failing" agency noting the chief '
     'executive had left.', []),
    ('Police forces were already "buried" under initiatives, the federation warned.',
     [("buried", "federation", "the federation", "warned")]),
    ('The levels were deemed "unsafe".', []),  # a label by no one the text names
    ('With many saying it was "unjustified", the vote went ahead.', []),
    ('Trump announced his run with a speech that included comparing Mexican immigrants to "criminals" and '
     '"rapists", claiming they bring drugs.', [("criminals", "Trump", "Trump", "comparing"),
                                               ("rapists", "Trump", "Trump", "comparing")]),
    ('Mr Brown insisted he was not "gloating".', [("gloating", "Brown", "Mr Brown", "insisted")]),
])
def test_one_quoted_word_that_no_one_is_found_to_say_is_a_label_though_a_cue_is_in_the_sentence(text, expected):
    assert quotes_of(text) == expected


def test_one_quoted_word_in_a_headline_is_a_label_not_the_leads_report():
    headline = "Falconer rebuts 'charade' claims"
    assert quotes_of(f"{headline}\n\nConcessions were not a ploy, the lord chancellor has said.", title=headline) == []


# (text, [(quote, speaker, speaker_mention, cue)]): the speaker found by the verb it belongs to.
@pytest.mark.parametrize("text, expected", [
    ('"We need it," the email read.', [("We need it,", "email", "the email", "read")]),
    ('His former business partner, Lawrence B. Cummings, said "he showed an ability."',
     [("he showed an ability.", "Lawrence B. Cummings", "His former business partner, Lawrence B. Cummings", "said")]),
    ('Funds were "stagnant for a month" as a "turbulent cycle" played out, Smith said.',
     [("stagnant for a month", "Smith", "Smith", "said"), ("turbulent cycle", "Smith", "Smith", "said")]),
    ('"I am not shy," I said. "I have not been reluctant."',
     [("I am not shy,", None, "I", "said"), ("I have not been reluctant.", None, "I", "said")]),
    ('Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy it."',
     [("Our goal is to defeat ISIS.", "Clinton", "Clinton", ":"), ("The mission is to destroy it.", "Bush", "Bush", ":")]),
    ('The result did not surprise pollster Daron Shaw: "Lesser-known candidates get the biggest boost."',
     [("Lesser-known candidates get the biggest boost.", "Daron Shaw", "Daron Shaw", ":")]),
    ('It was the same in Washington: "nobody knew what to do."', [("nobody knew what to do.", None, None, None)]),
    ('Jason Sims — a teacher from Ohio — says it was "a big deal."', [("a big deal.", "Jason Sims", "Jason Sims", "says")]),
    ('On Friday, Gingrich — mentioned by Newsmax as the leading choice for Republican presidential nominee Donald '
     'Trump’s running mate — told Fox News that "you have to look at it."',
     [("you have to look at it.", "Gingrich", "Gingrich", "told")]),  # a long aside
    ('Donald Trump - who said he would "bomb them" - spoke on Saturday.', [("bomb them", "Donald Trump", "who", "said")]),
    ('The State Department less than two weeks ago said that "top secret" files had passed.',
     [("top secret", "State Department", "The State Department", "said")]),
    ("Clay's biographers, David and Jeanne Heidler, wrote that he \"had a tin ear.\"",
     [("had a tin ear.", "David Heidler and Jeanne Heidler", "Clay's biographers, David and Jeanne Heidler", "wrote")]),
    ('"It is over," Smith went on. "We lost."', [("It is over,", "Smith", "Smith", "went on"),
                                                 ("We lost.", "Smith", "Smith", "went on")]),
    ('Rubio said that once the Senate goes on recess, "I intend to help."', [("I intend to help.", "Rubio", "Rubio", "said")]),
    ('Davenport hit out at the "ridiculous" schedule.', [("ridiculous", "Davenport", "Davenport", "hit out")]),  # a
    # verb with two particles (`hit back`)
    ('Davenport hit back at the "ridiculous" schedule.', [("ridiculous", "Davenport", "Davenport", "hit back")]),
    ('Stacy Baker of Columbia, South Carolina says Cruz keeps "doing what he is doing."',
     [("doing what he is doing.", "Stacy Baker", "Stacy Baker of Columbia, South Carolina", "says")]),
    ('A woman in Worcester, Massachusetts, told him he is "too nice" to win.',
     [("too nice", "woman", "A woman in Worcester, Massachusetts", "told")]),
    ('Clinton, a top aide said, "is very confident" about the debate.',
     [("is very confident", "top aide", "a top aide", "said")]),
    ('Johnson kept asking why they had tied it to "spontaneous" protests rather than to terrorism.',
     [("spontaneous", "Johnson", "Johnson", "asking")]),
    ('"A state cannot avoid the conclusion," said the ruling.',
     [("A state cannot avoid the conclusion,", "ruling", "the ruling", "said")]),
    ('"They are wrong," said 9/11 widow Terry Strada.', [("They are wrong,", "Terry Strada", "9/11 widow Terry Strada", "said")]),
    ('"Keep your hands in sight," Blige sings to Clinton.', [("Keep your hands in sight,", "Blige", "Blige", "sings")]),
    ('The ad shows footage of Trump saying, "That makes me smart."', [("That makes me smart.", "Trump", "Trump", "saying")]),
    ('Rival Hillary Clinton mocked it, saying anybody who complains about a microphone "is not having a good night."',
     [("is not having a good night.", "Hillary Clinton", "Rival Hillary Clinton", "saying")]),
    ('Mary Roe spoke next.\n\nShe’s claiming that fraud is "a big, big problem."',
     [("a big, big problem.", "Mary Roe", "She", "claiming")]),
    ('Funds were "stagnant" until "a turbulent cycle played out," The Hill reported.',
     [("stagnant", "Hill", "The Hill", "reported"), ("a turbulent cycle played out,", "Hill", "The Hill", "reported")]),
    ('His partner at Lenox, Lawrence B. Cummings, said "he showed an ability."',
     [("he showed an ability.", "Lawrence B. Cummings", "His partner at Lenox, Lawrence B. Cummings", "said")]),
    ('At the rally, Lawrence B. Cummings said "we won."', [("we won.", "Lawrence B. Cummings", "Lawrence B. Cummings", "said")]),
    ('"We are bound by law," White House press secretary Josh Earnest said Tuesday.',
     [("We are bound by law,", "Josh Earnest", "White House press secretary Josh Earnest", "said")]),
    ('Cruz himself said that "the way to win is to ask." Asked which county he liked, he demurred: "Whichever one I am in."',
     [("the way to win is to ask.", "Cruz", "Cruz", "said"), ("Whichever one I am in.", "Cruz", "he", "demurred")]),
    ('He noted that her weakness is a refusal to discuss the threat as "radical terrorism."',
     [("radical terrorism.", None, "He", "noted")]),
    ('But Tom Miller, at a consulting firm, argues that its influence "will inevitably strengthen."',
     [("will inevitably strengthen.", "Tom Miller", "Tom Miller", "argues")]),
    ('Ironically, the president, Rodrigo Duterte, has been called the "worst man in the East" for it.',
     [("worst man in the East", None, None, "called")]),  # called by others: not his words
    ('Acknowledging that Trump "says a lot of stupid stuff," though, Allen did suggest that it helps.',
     [("says a lot of stupid stuff,", "Allen", "Allen", "Acknowledging")]),
    ('"Europe must defend itself," French President Franc\u0327ois Hollande said.',  # decomposed ç
     [("Europe must defend itself,", "Franc\u0327ois Hollande", "French President Franc\u0327ois Hollande", "said")]),
    ('"Europe must defend itself," French President Fran\u00c3\x83\u00c2\u00a7ois Hollande said.',  # mis-decoded ç
     [("Europe must defend itself,", "Fran\u00c3\x83\u00c2\u00a7ois Hollande",
       "French President Fran\u00c3\x83\u00c2\u00a7ois Hollande", "said")]),
    ('"We will appeal," said the family\'s lawyer, Jane Smith.',
     [("We will appeal,", "Jane Smith", "the family's lawyer, Jane Smith", "said")]),
    ('It found no "ties," apart from knowing each other "casually," said the bureau\'s director, James B. Comey.',
     [("ties,", "James B. Comey", "the bureau's director, James B. Comey", "said"),
      ("casually,", "James B. Comey", "the bureau's director, James B. Comey", "said")]),
    ('"It is a hard decision," said BA director of commercial planning, Robert Boyle.',
     [("It is a hard decision,", "Robert Boyle", "BA director of commercial planning, Robert Boyle", "said")]),
    ('In a statement, Dr John E. Kelly, IBM senior vice president, Technology and Intellectual Property, said: '
     '"It is more."', [("It is more.", "John E. Kelly", "Dr John E. Kelly", "said")]),  # the domain names no one
    ('Their lawyer, Majeed Memon, said: "We had argued."',  # a role that opens the sentence: the name speaks
     [("We had argued.", "Majeed Memon", "Their lawyer, Majeed Memon", "said")]),
    ('"We know it," JP Morgan chief executive William Harrison and chief operating officer James Dimon said.',
     [("We know it,", "William Harrison and James Dimon",
       "JP Morgan chief executive William Harrison and chief operating officer James Dimon", "said")]),
    ('Actress Sandra Bullock has donated $1m to The American Red Cross and actor Leonardo DiCaprio pledged a '
     '"sizable" aid contribution.', [("sizable", "Leonardo DiCaprio", "actor Leonardo DiCaprio", "pledged")]),
    ('Claude Errera, editor of fansite Halo.Bungie.Org, said: "Bungie got everything right."',  # no sentence end
     [("Bungie got everything right.", "Claude Errera", "Claude Errera", "said")]),
    ('"Call the roll," came shouts from the crowd.', [("Call the roll,", "crowd", "the crowd", "shouts")]),
    ('Trump’s "excesses" are sickening, Hollande said Tuesday in Paris.', [("excesses", "Hollande", "Hollande", "said")]),
    ('After the rally, Will described Trump as a "caricature of democracy."',
     [("caricature of democracy.", "Will", "Will", "described")]),
    ('Cruz has railed against what he calls the "Washington cartel" for months.',
     [("Washington cartel", "Cruz", "Cruz", "calls")]),
    ('Smith in a statement said "we are done."', [("we are done.", "Smith", "Smith", "said")]),
    ('Trump at the time said he had asked his "people" to look into it.', [("people", "Trump", "Trump", "asked")]),
    ('Smith was defending the group, but admitted "one or two instances."',
     [("one or two instances.", "Smith", "Smith", "admitted")]),
    ('"The kids do not like him," this source told the Post.',
     [("The kids do not like him,", "source", "this source", "told")]),
    ('"We took notes," read the statement, which was attributed to Miller.',
     [("We took notes,", "statement", "the statement", "read")]),
    ('"Would it be negotiable?" Hannity pressed.', [("Would it be negotiable?", "Hannity", "Hannity", "pressed")]),
    ('"It was a narrow victory," said Will Doyle, a professor at Vanderbilt.',
     [("It was a narrow victory,", "Will Doyle", "Will Doyle", "said")]),
    ('"A narrow victory," Nate Silver, the polling guru who founded a website, tweeted on Wednesday.',
     [("A narrow victory,", "Nate Silver", "Nate Silver", "tweeted")]),
    ('"We lost," the bespectacled, 71-year-old diplomat said.',
     [("We lost,", "bespectacled 71-year-old diplomat", "the bespectacled, 71-year-old diplomat", "said")]),
    ('O’Malley, who signed gun laws as governor, interjected to say: "They are inconsistent."',
     [("They are inconsistent.", "O’Malley", "O’Malley", "say")]),
    ('Sanders stepped up his emphasis on justice, saying, "We have got to do better."',
     [("We have got to do better.", "Sanders", "Sanders", "saying")]),
    ('Speaking in Salem, New Hampshire, Trump went after Bush, calling him "a total stiff."',
     [("a total stiff.", "Trump", "Trump", "calling")]),
    ('Ryan said he was "very encouraged" and Trump called it a "great meeting."',
     [("very encouraged", "Ryan", "Ryan", "said"), ("great meeting.", "Trump", "Trump", "called")]),
    ('The senator emailed supporters saying: "The struggle continues."',
     [("The struggle continues.", "senator", "The senator", "saying")]),
    ('Beck, who has described Trump as "a narcissistic psychopath," spoke on Monday.',
     [("a narcissistic psychopath,", "Beck", "who", "described")]),
    ('"The veto will be overridden," Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.',
     [("The veto will be overridden,", "Mitch McConnell", "Senate Majority Leader Mitch McConnell", "said")]),
    ('Rep. Nancy Pelosi, D-Calif., said the bill was "a disgrace."',  # a state's abbreviation of five letters
     [("a disgrace.", "Nancy Pelosi", "Rep. Nancy Pelosi", "said")]),
    ('Citing "obligations in Tennessee," the former vice president’s spokeswoman told reporters that he would skip it.',
     [("obligations in Tennessee,", "former vice president's spokeswoman", "the former vice president’s spokeswoman",
       "Citing")]),
    ('"Trump must stop portraying us as gangsters." ― Karen Bobadilla',
     [("Trump must stop portraying us as gangsters.", "Karen Bobadilla", "Karen Bobadilla", "―")]),
    ('The lines were "unacceptable," as a Homeland Security memo put it.',
     [("unacceptable,", "Homeland Security memo", "a Homeland Security memo", "put")]),
    ('Reid has been pounding Trump as a "con artist" for weeks.', [("con artist", "Reid", "Reid", "pounding")]),
    ('Cruz called them on it:\n\n"The questions in this debate show why people do not trust the media."',
     [("The questions in this debate show why people do not trust the media.", "Cruz", "Cruz", "called")]),
    ('"PENCE: Well, look, this is not an episode of a show."',
     [("Well, look, this is not an episode of a show.", "Pence", "PENCE", ":")]),
    ('The niece, state Del. Marcia "Cia" Price, shouted: "The nation is watching Virginia."',
     [("The nation is watching Virginia.", "niece", "The niece", "shouted")]),
    ('"I don’t think so," he said, then Smith said the two cases were "quite different."',
     [("I don’t think so,", None, "he", "said"), ("quite different.", "Smith", "Smith", "said")]),
    ('"The email contains her address," Judicial Watch added.',
     [("The email contains her address,", "Judicial Watch", "Judicial Watch", "added")]),
    ('"It was a massacre," Human Rights Watch said.', [("It was a massacre,", "Human Rights Watch", "Human Rights Watch", "said")]),
    ('"This is fantastic!" beamed Donald Hartley of Madison.', [("This is fantastic!", "Donald Hartley", "Donald Hartley", "beamed")]),
    ('Lewandowski, Trump’s fired campaign manager, ripped Comey for acting as "the judge and the jury" in the probe.',
     [("the judge and the jury", "Lewandowski", "Lewandowski", "ripped")]),
    ('Priebus later Thursday told Fox News: "Both of them are meeting next week."',
     [("Both of them are meeting next week.", "Priebus", "Priebus", "told")]),
    ('Smith on Monday night said: "We will win."', [("We will win.", "Smith", "Smith", "said")]),
    ('Jones last week wrote that it was "a disaster."', [("a disaster.", "Jones", "Jones", "wrote")]),
    ('The group is such a presence that Sanders during a Sunday thanked its members “for their support.”',
     [("for their support.", "Sanders", "Sanders", "thanked")]),  # a time phrase between subject and verb
    ('Sanders during a speech Sunday thanked its members “for their support.”',
     [("for their support.", "Sanders", "Sanders", "thanked")]),
    ('The paradox of Nancy, says Carl Anthony, a historian, is that she was "one of the most powerful first ladies."',
     [("one of the most powerful first ladies.", "Carl Anthony", "Carl Anthony", "says")]),
    ('"It works," Hillary Clinton and Bernie Sanders said in a joint statement. Later Clinton said: "We agree."',
     [("It works,", "Hillary Clinton and Bernie Sanders", "Hillary Clinton and Bernie Sanders", "said"),
      ("We agree.", "Hillary Clinton", "Clinton", "said")]),
    ('"Is Obama profiling?" reacted Trump.', [("Is Obama profiling?", "Trump", "Trump", "reacted")]),
    ('"The lights are out because of MORE Power," Ruperto Supena, chairman of the KBK, has raised emotionally.',
     [("The lights are out because of MORE Power,", "Ruperto Supena", "Ruperto Supena", "raised")]),  # any verb
    ('"The best player of the year," Lionel Messi, the winner, was named.',
     [("The best player of the year,", None, None, None)]),  # the one named did not say it
    ('"It came to a head," the Post reported, quoting a Republican official.',
     [("It came to a head,", "Republican official", "a Republican official", "reported")]),  # the one quoted
    ('"Not fit!" Trump tweeted, quoting Comey’s statement.', [("Not fit!", "Trump", "Trump", "tweeted")]),  # his tweet
    ('The Financial Times reported it. It quoted a spokesman for Atticus Capital complaining that the takeover was '
     '"empire-building".', [("empire-building", "Atticus Capital spokesman", "a spokesman for Atticus Capital",
                            "complaining")]),  # quoted, with no `as`: the one quoted
    ('Growth will slow. "The year will be hard," Mr Bootle. He expects rate cuts.',  # the cue left out
     [("The year will be hard,", "Bootle", "Mr Bootle", None)]),
    ('Growth will slow. He called the year "hard," Mr Bootle. He expects rate cuts.',
     [("hard,", None, "He", "called")]),
    ('"You would have thought otherwise," said a strategist who spoke on the condition of anonymity.',
     [("You would have thought otherwise,", "strategist", "a strategist", "said")]),
    ('The scheduling was so odd that a spokesman could only quip, "I guess Christmas Eve was booked."',
     [("I guess Christmas Eve was booked.", "spokesman", "a spokesman", "quip")]),
    ('Immediately after the attacks, Trump issued a statement: "Our nation was attacked."',
     [("Our nation was attacked.", "Trump", "Trump", "issued")]),
    ('"France will always be France," an angry Hollande retaliated.',
     [("France will always be France,", "Hollande", "an angry Hollande", "retaliated")]),
    ('"The claim is speculative," the order released Friday said.',
     [("The claim is speculative,", "order", "the order", "said")]),
    ('But polls did predict the caucus - HuffPollster: "Most pollsters fared much better."',
     [("Most pollsters fared much better.", "HuffPollster", "HuffPollster", ":")]),
    ('Priebus told Fox News: "We are united."', [("We are united.", "Priebus", "Priebus", "told")]),
    ('FAREWELL—"The Living Room to close," by Times\' Ben Sisario: "The club will close in December."',
     [("The club will close in December.", "Ben Sisario", "Ben Sisario", ":")]),  # the writer of the piece
    ('MUSEUMS—"A job of balancing history," by The Wall Street Journal\'s Jennifer Smith: "She has led no museum."',
     [("She has led no museum.", "Jennifer Smith", "Jennifer Smith", ":")]),
    ('"The Chinese people have had enough," Jun wrote.', [("The Chinese people have had enough,", "Jun", "Jun", "wrote")]),
    ('Looking ahead, Mr Cherkasky forecast profitable growth "with an operating margin in the upper-teens."',
     [("with an operating margin in the upper-teens.", "Cherkasky", "Mr Cherkasky", "forecast")]),
    ('The prime minister talked about a "manifesto aimed at all sections of society".',
     [("manifesto aimed at all sections of society", "prime minister", "The prime minister", "talked")]),
    ('The firm, which is to receive a payment of £24.5m, said it is "appraising opportunities."',
     [("appraising opportunities.", "firm", "The firm", "said")]),
    ('The Conservatives and Lib Dems both say his pledges are "worthless pledges."',
     [("worthless pledges.", "Conservatives and Lib Dems", "The Conservatives and Lib Dems", "say")]),
    ('Radio 1 said the station would rise to "the challenge of keeping his legacy alive."',
     [("the challenge of keeping his legacy alive.", "Radio 1", "Radio 1", "said")]),
    ('In a statement, the Department of Trade and Industry said it meant a "sixfold reduction in waste."',
     [("sixfold reduction in waste.", "Department of Trade and Industry", "the Department of Trade and Industry", "said")]),
    ('Ultimately, there will be, says Mr Donofrio, no value in being "computer illiterate."',
     [("computer illiterate.", "Donofrio", "Mr Donofrio", "says")]),
    ('Bolger’s lawyer, Jeremy Robinson, had a short statement after the ruling. "It is impossible to overstate this."',
     [("It is impossible to overstate this.", "Jeremy Robinson", "Bolger’s lawyer, Jeremy Robinson", None)]),
    ('The CEO of California’s grid operator put it simply: renewables "are not a factor" in the blackouts.',
     [("are not a factor", "CEO of California's grid operator", "The CEO of California’s grid operator", "put it")]),
    ('The Economist: You argue that groups of people "hyperconnected and online" with technology win.',
     [("hyperconnected and online", None, None, "argue")]),
    ('VFI Chief Executive, Padraig Cribben, said: "It is impossible to overstate the impact."',
     [("It is impossible to overstate the impact.", "Padraig Cribben", "VFI Chief Executive, Padraig Cribben", "said")]),
    ('Clinton, during a town hall in Columbus, Ohio, said she was "ready for it."',
     [("ready for it.", "Clinton", "Clinton", "said")]),
    ('"It will not be a burden." If admitted, Turkey could ease a shortage in "the old member states" soon.',
     [("It will not be a burden.", None, None, None), ("the old member states", None, None, "admitted")]),
    ('Christian Aid has called on British firms not to simply "cut and run" but to stay.',
     [("cut and run", "Christian Aid", "Christian Aid", "called")]),
    ('The IMF said the economy started to grow last year thanks to a "continued strong recovery in rubber."',
     [("continued strong recovery in rubber.", "IMF", "The IMF", "said")]),
    ('Is not the opposition against the laws "in principle and in practice", in which case a delay is wrong?',
     [("in principle and in practice", None, None, None)]),
    ('But B&B - which has a 22% share of the market - said that the sector "continues to grow."',
     [("continues to grow.", "B&B", "B&B", "said")]),
    ('In a Bloomberg interview Trump declared "I think NATO may be obsolete."',
     [("I think NATO may be obsolete.", "Trump", "Trump", "declared")]),
    ('According to the Datamonitor report the trend marked teenagers out as "particularly important."',
     [("particularly important.", "Datamonitor report", "the Datamonitor report", "marked")]),
    ('About four in 10 voters say the economy is "the top issue."',
     [("the top issue.", "About four in 10 voters", "About four in 10 voters", "say")]),
    ('UKIP wants him to go. Mr Hockney meanwhile told the BBC: "I believe that he can deliver."',
     [("I believe that he can deliver.", "Hockney", "Mr Hockney", "told")]),
    ('A former candidate -- John McCain, who lost the election to Obama -- said the president "has no strategy."',
     [("has no strategy.", "John McCain", "John McCain", "said")]),
    # a voice is no one: the words go to the one who reports them (PolNeAR's annotators agree)
    ('Rev. Derek Penwell said the world lost a voice that said "love is the greatest power."',
     [("love is the greatest power.", "Derek Penwell", "Rev. Derek Penwell", "said")]),
    ('"It is an across-the-board failure" from diplomacy to the defense budget, in Bolton’s view.',
     [("It is an across-the-board failure", "Bolton", "Bolton’s", "in view")]),
    ('In Trump\'s words, "We lost."', [("We lost.", "Trump", "Trump's", "in words")]),
    ('In declaring the statements "not Christian," the Latin American pope again demonstrated his knack.',
     [("not Christian,", "Latin American pope", "the Latin American pope", "declaring")]),
    ('Cory James, 22, of Flint, Mich., said he had hoped for a convention "surprise," because he could not vote for her.',
     [("surprise,", "Cory James", "Cory James", "said")]),
    ('"It is early," said Scott Reed, the Chamber\'s chief strategist, who added that it plans to focus on issues '
     '"like folks running for sheriff."', [("It is early,", "Scott Reed", "Scott Reed", "said"),
                                         ("like folks running for sheriff.", "Scott Reed", "who", "added")]),
    ('Lolita Grayson named Dena Minning, who is listed as one of the congressman’s alleged "paramours" in filings.',
     [("paramours", "Lolita Grayson", "Lolita Grayson", "named")]),
    ('Another intelligence source speaking to Fox News said, "The agents are investigating."',
     [("The agents are investigating.", "intelligence source", "Another intelligence source", "said")]),
    ('Trump spoke today. Given his past comments on "rapists and killers" at the border, it was no surprise.',
     [("rapists and killers", None, None, None)]),
    ('Amid calls to create websites that would identify them, Matt Walsh provided a justification, saying it is '
     'necessary to "identify the traitors."', [("identify the traitors.", "Matt Walsh", "Matt Walsh", "saying")]),
])
def test_subjects_of_the_verbs_that_report_speech(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", [
    'Sanders told MSNBC’s "Morning Joe" that nobody would question her intelligence.',
    'He appeared on "Fox News Sunday," and left.',
    'Protesters joined the "Never Trump" movement on Friday.',
    'He spoke to his "Keepin It Real" radio program.',
    'Blige sings to Clinton in a preview clip of "The 411."',
    'In an interview on CBS\'s "Face the Nation," Paul Ryan said the shootings demand attention.',
    'Howard, who had roles in "Apollo 13," and "Austin Powers: The Spy Who Shagged Me," had no such praise for her.',
    '"Orange is the New Black" star Selenis Leyva opened up about it in a blog.',
    'On Fox News channel’s "Sunday Morning Futures," Rep. Darrell Issa spoke about the server.',
    'Fiorina told "Fox and Friends" that the race was open.',
    'He slammed them on his weekly radio show, "Generations with Kevin Swanson," Right Wing Watch first reported.',
    'He tweeted when Clinton ended the debate with a reference to the blockbuster "Star Wars" sequel.',
    'Several waved their mangled-Spanish "Hispanics para Trump" signs from their seats.',
    'In San Francisco, a group dressed in "We are Orlando" T-shirts marched in silence.',
    'This, they say, contrasts with Labour\'s negative campaigning, such as its now infamous "flying pigs" poster.',
    'She spoke about the experience on NPR’s "Wait, Wait … Don’t Tell Me!" The pageant work may also help.',  # a
    # network's show that shouts, no chant
])
def test_names_of_shows_and_movements_and_the_words_on_signs_are_not_speech(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, quote", [
    ('The crowd broke into chants of "Ted! Ted! Ted!" as he spoke.', "Ted! Ted! Ted!"),
    ('Supporters chanted "Trump, Trump, Trump" as he praised them.', "Trump, Trump, Trump"),
])
def test_a_chant_in_capitals_is_speech_not_a_title(text, quote):
    assert [q[0] for q in quotes_of(text)] == [quote]


@pytest.mark.parametrize("text, expected", [
    ('Jane Ogden told the Victoria Derbyshire TV show, "Shaming is the wrong way forward."',
     [("Shaming is the wrong way forward.", "Jane Ogden", "Jane Ogden", "told")]),
    ('He slammed them on his weekly radio show, "Generations with Kevin Swanson," Right Wing Watch reported.', []),
])
def test_a_sentence_set_off_by_a_comma_after_a_named_speakers_cue_is_said_to_a_show_not_its_title(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", [
    'Dr Jack Rasmus is the author of "Central Bankers at the End of Their Ropes: Monetary Policy and the Coming '
    'Depression."',
    'From "Superminds: The Surprising Power of People and Computers Thinking Together" by Thomas W. Malone',
])
def test_a_title_and_subtitle_in_title_case_are_a_book_not_speech(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ('D. Greene and P. Cunningham. "Practical Solutions to the Problem of Diagonal Dominance in Kernel Document '
     'Clustering", Proc. ICML 2006.', []),
    ('"Practical Solutions to the Problem of Diagonal Dominance in Kernel Document Clustering," Greene said.',
     [("Practical Solutions to the Problem of Diagonal Dominance in Kernel Document Clustering,", "Greene", "Greene",
       "said")]),
])
def test_a_long_quotation_in_title_case_that_no_one_says_is_a_title(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Malone changed how business thought about it with a seminal paper, "Electronic Markets and Electronic '
     'Hierarchies". It was 1987.', []),
    ('"We will appeal," the lawyer told the paper.', [("We will appeal,", "lawyer", "the lawyer", "told")]),
])
def test_a_paper_is_a_work_whose_title_is_not_speech(text, expected):
    assert quotes_of(text) == expected


def test_a_sentence_with_a_colon_in_title_case_after_a_cue_is_still_speech():
    text = 'Smith said: "Britain Is Working: Don\'t Let the Tories Wreck It Again."'
    assert [q[1] for q in quotes_of(text)] == ["Smith"]


def test_a_question_in_title_case_inside_a_sentence_is_a_title_not_a_cry():
    text = ('He sang it badly. But the battle rages on between Team "Crazy on You" and Team "Where\'s My Hairspray?" '
            'and fans of "What About Love?"')
    assert quotes_of(text) == []


def test_a_question_in_capitals_that_is_a_sentence_of_its_own_is_speech():
    text = 'The crowd fell silent as the bill was read. "Where Is The Money?"'
    assert quotes_of(text) == [("Where Is The Money?", None, None, None)]


def test_a_quotation_in_capitals_that_is_a_sentence_of_its_own_is_speech():
    text = '"We have got a common enemy," Burton told delegates. "Donald Trump."'
    assert quotes_of(text) == [("We have got a common enemy,", "Burton", "Burton", "told"),
                               ("Donald Trump.", "Burton", "Burton", "told")]


@pytest.mark.parametrize("text, expected", [
    ('He promised to release a report "as soon as possible" on the findings.',
     [("as soon as possible", None, "He", "promised")]),
    ('Spicer has taunted the Clinton campaign for "getting schooled by a socialist."',
     [("getting schooled by a socialist.", "Spicer", "Spicer", "taunted")]),
    ('Kiedis said the long-awaited album is "in the home stretch."',
     [("in the home stretch.", "Kiedis", "Kiedis", "said")]),
    ('Much of his ire was directed at Bannon, who Beck on Wednesday called "a horrible human being."',
     [("a horrible human being.", "Beck", "Beck", "called")]),
    ('He wrote the book "13 Hours: The Secret Soldiers of Benghazi," with the team.', []),
])
def test_a_phrase_after_a_word_for_a_work_is_a_title_only_when_it_has_capitals(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text", [
    'He was one of the people who created iPodder, a small program, known as an "aggregator".',
    'Orange claims the service could confuse customers - known as "passing off".',
    'It is all part of what is known as a "pervasive ambient world", where chips are everywhere.',
    '"I went for a while and then started taking time off." Mr Howard\'s fellow Welshman Ray Reardon - known by his '
    'fellow professionals as "Dracula" - won the snooker world championship six times.',
    "He attended Lewis Boys' School in nearby Pengam, known then as the \"Eton of the valleys\".",
])
def test_a_phrase_after_known_as_is_a_label(text):
    assert [q for q in quotes_of(text) if "time off" not in q[0]] == []


@pytest.mark.parametrize("text, expected", [
    ('The dam is being built on the Jinshajiang - or "river of golden sand" as the upper reaches of the Yangtze are '
     'known.', []),
    ('Smith said it was "a disaster" as he was known to say.', [("a disaster", "Smith")]),
    ('Lord Holme argued broadcasters "should make the decision to go ahead" as soon as the election is called.',
     [("should make the decision to go ahead", "Lord Holme")]),
])
def test_a_phrase_that_the_words_after_it_say_something_is_known_as_is_a_label(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('At the rally, Trump said that Romney begged him for an endorsement in 2012 and "would have dropped to his '
     'knees" if Trump had asked.', "Trump"),
    ('Rhodes noted that officials have long been talking with China about the threat, and "we are in discussions '
     'about the deployment of missile defense" in the area.', "Rhodes"),
    ('Smith said that Jones called the plan "a disgrace".', "Jones"),
])
def test_a_quotation_joined_by_and_to_a_reported_clause_is_the_reporters(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('FAREWELL—"The Living Room to close at the end of December," by Times\' Ben Sisario: http://nyti.ms/1.', []),
    ('"Met accused of whitewashing baby Jesus," by Post\'s Kathianne Boniello: "A man is suing the Met."',
     [("A man is suing the Met.", None)]),
    ('A failed scheme to offer courses online has been branded a "disgraceful waste," by MPs.',
     [("disgraceful waste,", "MPs")]),
])
def test_a_quotation_opening_its_sentence_with_by_and_an_author_after_it_is_a_headline(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Smith lost in Paris on Sunday, and Jones was "absolutely gutted by the whole thing" afterwards.', "Jones"),
    ('Boos rained down when Trump mentioned her, and at one point the crowd loudly reprised the chant '
     '"Lock her up! Lock her up!" that rang out.', "crowd"),  # the crowd, a subject of its own: not `Boos`
])
def test_a_quotation_in_a_clause_joined_by_and_belongs_to_that_clauses_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_past_form_after_a_possessive_is_a_noun_not_the_verb_that_characterises():
    text = ('Rod Stewart introduced Percy Sledge, citing his best-known hit When a Man Loves a Woman as '
            '"one of the best performances I have ever heard".')
    assert [q[1] for q in quotes_of(text)] == ["Rod Stewart"]


def test_a_verb_before_its_object_is_not_part_of_the_speaker():
    text = 'The movie shows Bob staying behind and depicts one of the contractors asking, "For what?"'
    assert quotes_of(text) == [("For what?", "contractor", "one of the contractors", "asking")]  # one contractor


def test_a_whole_sentence_after_a_colon_is_speech_even_after_a_word_for_a_title():
    text = 'The piece used one of her quotes as its headline: "Finally. Someone who thinks like me."'
    assert [q[0] for q in quotes_of(text)] == ["Finally. Someone who thinks like me."]


@pytest.mark.parametrize("text, expected", [
    ('Brown signed what Wired magazine dubbed "the nation\'s best digital privacy law."',
     [("the nation's best digital privacy law.", "Wired magazine", "Wired magazine", "dubbed")]),
    ('But Oliver Letwin attacked government debt, dubbing Mr Brown "Sir Wastealot".',
     [("Sir Wastealot", "Oliver Letwin", "Oliver Letwin", "dubbing")]),
    ('She starred in a film dubbed "Tulip Fever."', []),
])
def test_dub_is_a_cue_of_labelling_like_call(text, expected):
    assert quotes_of(text) == expected


def test_what_someone_called_a_thing_is_speech_unlike_a_film_called_something():
    assert quotes_of('She starred in a film called "Tulip Fever."') == []
    assert quotes_of('The Security Council condemned the test, which it called "a clear threat to peace."') == [
        ("a clear threat to peace.", "Security Council", "The Security Council", "called")]


def test_a_surname_and_a_pronoun_resolve_to_the_full_name_introduced_earlier():
    text = ("Senator Mary Jones spoke on Monday.\n\n"
            '"We will win," Jones said.\n\n'
            '"It is close," she added.')
    assert quotes_of(text) == [
        ("We will win,", "Mary Jones", "Jones", "said"),
        ("It is close,", "Mary Jones", "she", "added"),
    ]


def test_a_name_with_a_middle_name_or_a_compound_surname_is_one_person():
    text = ('Donald J. Trump and Amanda A. Kostro Miller spoke on Monday.\n\n'
            '"We will win," Donald Trump said. "Yes," Trump added. "Eat well," said Kostro Miller.')
    assert [q[1] for q in quotes_of(text)] == ["Donald J. Trump", "Donald J. Trump", "Amanda A. Kostro Miller"]


def test_a_surname_shared_by_two_people_resolves_to_the_one_named_most():
    text = ("Ted Cruz endorsed Trump.\n\n"
            "Sen. Ted Cruz is backing the nominee.\n\n"
            "Trump once retweeted a photo of Heidi Cruz.\n\n"
            '"I will vote for him," Cruz said.')
    assert quotes_of(text)[0][1] == "Ted Cruz"


@pytest.mark.parametrize("text, speaker", [
    ('Four died, among them information officer Sean Smith.\n\nPatricia Smith, mother of victim Sean Smith, '
     'rejected the claim.\n\n"She lied to me," Smith said.', "Patricia Smith"),  # not her son, named twice
    ('Patricia Smith, the mother of Sean Smith, rejected the claim. "She lied to me," Smith said.',
     "Patricia Smith"),
    ('Ted Cruz won. Heidi Cruz, wife of Ted Cruz, spoke too. "We won," Cruz said.', "Ted Cruz"),  # he acted too
])
def test_a_surname_shared_with_a_relative_named_in_ones_appositive_is_the_one_who_acted(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('As Donald Trump began tweeting, his son said he was just getting started.\n\nEric Trump, son of the '
     'Republican front-runner, talked politics on Monday. "He is going," Eric Trump said.\n\n"It will be fun!" '
     'Trump tweeted.\n\n"We will win," Eric Trump said.', "Donald Trump"),  # the son named in full again after
    ('Wyoming wants to send a Cheney to Washington.\n\nLiz Cheney, the daughter of Dick Cheney, won the primary. '
     'Dick Cheney represented the district in 1979. Liz Cheney, 50, won 40 percent.\n\n"It is time to look '
     'forward," Cheney said.', "Liz Cheney"),  # her story: never named in full once the surname stood alone
])
def test_a_surname_alone_is_not_the_relation_the_story_keeps_naming_in_full(text, speaker):
    assert [q[1] for q in quotes_of(text) if q[2] == "Trump" or q[2] == "Cheney"] == [speaker]


def test_names_in_a_title_case_headline_end_at_its_verbs_and_common_words():
    text = ("Jane Roe Goes After Max Poe As The New Favourite\n\n"
            "Roe and the campaign hit Poe hard on his record, and the favourite is now clear.\n\n"
            '"It is close," she said.')
    assert quotes_of(text)[0][1] == "Jane Roe"


@pytest.mark.parametrize("text, speaker", [
    ('"We want no part in it," the company said in a statement. It added, "The listing is gone."', "company"),
    ('Governor Jane Roe toured Louisiana on Monday.\n\n"Surely the president can do the same," it read.', None),
    ('Q Magazine praised the poll\'s winners. It also said the album sounded "natural, unforced".', "Q Magazine"),
    ('The single is part of his record company SonyBMG\'s new campaign. It has called it "the most ambitious '
     'release campaign ever".', "SonyBMG"),
    ('The US tycoon has approached the board with "detailed proposals for the club", it has confirmed.', None),
    ('Umbro announced results on Monday. "We have proposals," it has confirmed.', "Umbro"),  # `has` after it, too
    ('The Financial Times reported it first. The US tycoon has approached the United board with "detailed '
     'proposals", it has confirmed.', "United"),  # the body its own sentence names before the quotation
])
def test_it_is_the_document_or_body_that_spoke_never_a_place(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_they_after_a_sentence_closing_on_a_groups_cue_is_that_group():
    text = ('It said incentives were likely to be seen as "gimmicks", MPs said. Instead they called for "imaginative '
            'campaigns" to boost interest.')
    assert [q[1] for q in quotes_of(text)][-1] == "MPs"


@pytest.mark.parametrize("text, speaker", [
    ('Mourinho, who was sent off for appearing to taunt Liverpool fans, has been "reminded of his responsibilities".',
     None),  # the relative clause's cue closed before the main verb
    ('His daughter Ivanka Trump, who portrayed him as a generous, magnanimous executive who would be "the people\'s '
     'champion", spoke first.', "Ivanka Trump"),  # a comma inside the clause closes nothing
])
def test_a_cue_in_a_relative_clause_closed_before_the_main_verb_does_not_attribute_a_quotation_after(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Mr Blair paid tribute, saying it was "a true celebration". Earlier Tory leader Michael Howard sent Mr Bush his '
     '"warmest congratulations", saying: "We look to the president."', ["Blair", "Michael Howard", "Michael Howard"]),
    # an adverb with no comma opens the sentence
    ('Now Wilson believes rap act Raw T will "complete the hat-trick".', ["Wilson"]),
])
def test_an_opening_adverb_without_a_comma_leaves_the_subject_after_it(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Mr Prescott spoke. In Mr Peston\'s book Mr Brown is alleged to have told the prime minister: "There is nothing '
     'you could ever say."', "Brown"),  # the book is no word for Mr Brown; `to have told` hangs on `alleged`
    ('Mr Prescott spoke. Mr Brown is alleged to have told him: "There is nothing you could ever say."', "Brown"),
    ('Mr Prescott spoke. "We are ready," said France\'s finance minister.', "France's finance minister"),
])
def test_a_name_after_a_possessed_thing_opens_a_subject_of_its_own(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Robbie Williams won a prize. Joss Stone said: "I feel sick."\n\nWilliams\' track beat songs by Will Young in a '
     'vote. It is his 15th Brit award. He told the audience: "I am amazed."', "Robbie Williams"),  # through `his`
    ('Robbie Williams won a prize. Joss Stone said: "I feel sick."\n\nWilliams\' track beat songs by Will Young in a '
     'vote. Then Tom Chaplin collected his award. He told the audience: "I am amazed."', "Tom Chaplin"),
])
def test_a_he_after_a_sentence_that_only_says_his_is_whose_possessive_opens_the_sentence_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_quotation_after_a_question_is_no_words_of_whom_the_question_cites():
    text = ('So is UKIP\'s job to destroy the Tories, as former member Robert Kilroy-Silk once declared? "No. The aim of '
            'UKIP is to withdraw from the EU."')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_a_word_like_quebec_based_is_not_a_body_they_stands_for():
    text = 'She works for the Quebec-based charity.\n\n"We are proud," they said.'
    assert [q[1] for q in quotes_of(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ('The Liberal Democrats would scrap the tax.\n\n"It is unfair," they say.', "Liberal Democrats"),
    ('It passed through the Department for Education.\n\n"It is unfair," they say.', None),  # one body
    ('The row started after a Q&A session.\n\n"It is unfair," they say.', None),
    ('MPs on the committee met on Monday.\n\n"It is unfair," they say.', "MPs"),
    ('"Sales rose," the record industry body the BPI said. "We are glad," they said.', "BPI"),  # it spoke here
])
def test_they_stands_for_a_body_that_is_many_not_for_one_department(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Half-Life 2 won six Bafta Awards on Tuesday. Bafta said online play was a "significant feature".', "Bafta"),
    ('Serena Williams won. "I played well," Serena said.', "Serena Williams"),  # the one full name opening so
])
def test_a_word_stands_for_the_full_name_it_opens_but_not_for_an_event_named_after_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_surname_the_story_used_alone_stays_with_the_first_full_name_however_often_the_next_is_named():
    text = ('A sharper tone\n\nHillary Clinton debated on Sunday. "I will defend Dodd-Frank," Clinton said.\n\n'
            'The moderator raised Bill Clinton\'s affairs. "His behavior was deplorable," Sanders said of Bill '
            'Clinton, "not Bill Clinton\'s behavior."\n\n"He voted with the NRA," Clinton said.')
    assert [q[1] for q in quotes_of(text)] == ["Hillary Clinton", "Sanders", "Sanders", "Hillary Clinton"]
    # Bill named in full twice, Hillary once


@pytest.mark.parametrize("given, headline", [
    ("Chris", "How Newtown changed Murphy"),
    ("Zupar", "How Newtown changed Murphy"),  # a given name no list holds
    ("Zupar", "How Newtown gave Zupar Murphy a cause"),  # named first in the headline
])
def test_a_surname_the_story_used_alone_stays_with_the_first_of_two_full_names_named_as_often(given, headline):
    text = (f'{headline}\n\nSen. {given} Murphy is pushing gun control. "It is time," Murphy told '
            'me.\n\nIf Anne Marie Murphy had lived, she would be 60. Anne Marie Murphy was an aide.\n\n'
            '"There is something about those stories," said Murphy.')
    assert [q[1] for q in quotes_of(text)] == [f"{given} Murphy"] * 2


def test_a_headlines_run_on_name_is_not_the_first_full_name_a_lone_surname_stays_with():
    text = ("Washington Post Hit Piece Exploits Trump Supporter Who Was in a Hospital.\n\nThe Washington Post profiled "
            "a female Trump supporter who spent time in a hospital. The piece quoted her.\n\nShe is the prototype for the millions of "
            "Americans supporting Donald Trump.\n\n\"I love you,\" Trump said.")
    assert [q[1] for q in quotes_of(text)] == ["Donald Trump"]


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump spoke on Monday.\n\nRepublican pollster Whit Ayres -- author of a book on the electorate -- '
     'is skeptical Trump can overcome his statements.\n\n"His better bet is to change the subject," he said.',
     "Whit Ayres"),
    ('Sir Alex Ferguson has called on the FA to punish Thierry Henry.\n\nFerguson believes Henry deliberately caught '
     'Heinze. The United boss said it was worse. "We shall present it to the FA," he said.', "Alex Ferguson"),
    ('Hillary Clinton spoke.\n\nNaureen Jahangir, a Sanders supporter, doesn\'t think Clinton can address the '
     'issues.\n\nIt is a "false choice," she said.', "Naureen Jahangir"),
])
def test_a_subject_after_a_word_of_mind_is_a_clause_inside_the_sentence_and_no_he_or_she(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Parry revealed Liverpool are in talks. That prompted the withdrawal of tycoon Steve Morgan, who got frustrated '
     'by failed bids. He also accused Liverpool of using him as "a stalking horse".', "Steve Morgan"),
    ('Gardener clocked 6.56 seconds, well ahead of Germany\'s Marc Blume, who crossed the line in 6.67. The world '
     'indoor champion said: "I was vomiting."', "Gardener"),  # the sentence's own subject outranks the relative's
])
def test_a_name_acting_in_its_relative_clause_is_a_subject_unless_the_sentence_has_a_person_as_one(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('US hip-hop star Kanye West rose to prominence.\n\nThis drew the attention of rapper Jay-Z, who signed West.\n\n'
     'After the tour, West announced an album. Driving home in 2002, he was involved in a car crash. "I thank God I '
     'am still here," he said.', "Kanye West"),  # West, a subject here, is no place
    ('Dr Brian Gibbons told Radio Wales it was hard.\n\nThe new health minister for Wales says "lessons" must be '
     'learnt.', "Brian Gibbons"),  # no person called Wales: not `Radio Wales`
])
def test_a_place_word_alone_is_the_surname_of_a_person_the_text_names_with_it(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_relatives_given_name_stands_for_no_full_name_named_later():
    text = ('Howard rallies the party\n\nThe speech was introduced by his son Nick, a trainee vicar, who praised his '
            'father. "I always know where I am with him," he said.\n\n"It has been a fantastic few weeks," said '
            'politics student Nick Vaughan.')
    assert [q[1] for q in quotes_of(text)] == ["Nick", "Nick Vaughan"]


def test_a_football_clubs_name_is_a_body_no_he_stands_for():
    text = ('Birmingham have confirmed a bid for Robbie Savage. Savage\'s future at Birmingham City has been the '
            'source of speculation. "The crowd gave me an ovation," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Robbie Savage"]


def test_he_after_who_is_not_the_person_who_stands_for():
    text = ('"We will see," said Mr Donofrio.\n\n'
            'Mr Kilroy-Silk quit his show over remarks he made about Arabs, who he called "suicide bombers".')
    assert [q[1] for q in quotes_of(text)] == ["Donofrio", "Kilroy-Silk"]


def test_they_is_never_a_place():
    text = 'Shootings rose in Chicago last year.\n\n"It is a crisis," they said.'
    assert quotes_of(text) == [("It is a crisis,", None, "they", "said")]


def test_a_paragraph_that_announces_a_quotation_names_its_speaker_even_after_a_date():
    text = ('On July 6, 2015, Sanders made the following comment:\n\n'
            '"For young people the unemployment rate is 33 percent."')
    assert quotes_of(text) == [("For young people the unemployment rate is 33 percent.", "Sanders", "Sanders", "made")]


@pytest.mark.parametrize("text, speaker", [
    ('It was underscored when House Speaker Paul D. Ryan of Wisconsin lamented the "disheartened" state of the race.',
     "Paul D. Ryan"),
    ('The Bank of England said the outlook was "uncertain".', "Bank of England"),
])
def test_a_place_after_of_is_not_part_of_a_titled_persons_name_even_after_a_bodys_word(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Al From founded the council. Many Americans then saw the Democrats as "the party of big government," From '
     'said. "Our challenge was how to tackle those problems."', ["Al From", "Al From"]),
    ('"The cake will be bigger," said Abdullatif Sener. "Turkey will not be a burden." If admitted, Turkey would '
     'contribute to the budget.', ["Abdullatif Sener", "Abdullatif Sener"]),  # `If` opens a new sentence
])
def test_one_capitalised_word_before_a_cue_after_a_comma_closed_quotation_is_a_name(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    ('"We are taking this action," said Kiplagat. "We have been accused of having no teeth." KA has also threatened '
     'three-time champion Edith Masai with a similar ban.', ["Kiplagat", "Kiplagat"]),
    ('"Solidere should be above $10," said one trader. "It is a buying opportunity." Critics had accused Mr Hariri '
     'of using the reconstruction for his gain.', ["trader", "trader"]),
])
def test_a_cue_that_acts_on_the_word_after_it_after_a_closed_quotation_is_a_new_sentence(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    ('Brentford were rewarded with a tie against Sir Alex Ferguson\'s side.\n\nwelcomed the opportunity to face '
     'United. "We are not counting on anything yet," he said.', [None]),
    ('Brentford were rewarded with a tie against Sir Alex Ferguson\'s side.\n\nwelcomed the opportunity. Martin '
     'Allen was pleased. "We are not counting on anything yet," he said.', ["Martin Allen"]),
])
def test_a_he_in_a_paragraph_whose_subject_fell_off_its_opening_verb_is_no_one_known(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_name_with_its_affiliation_is_still_the_subject_a_later_he_stands_for():
    text = ('"Pence was solid," Chris Matthews concluded.\n\n'
            "Dan McLaughlin at the National Review agreed with Matthews about the winner.\n\n"
            '"He succeeded with flying colors," he wrote.')
    assert [q[1] for q in quotes_of(text)] == ["Chris Matthews", "Dan McLaughlin"]


def test_he_stands_for_who_spoke_before_who_merely_did_something():
    text = ('"The veto will be overridden," Senate Majority Leader Mitch McConnell said Tuesday.\n\n'
            'House Speaker Paul Ryan said the victims "need their day in court" and he believes McConnell is right.\n\n'
            '"The votes are there," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Mitch McConnell", "Paul Ryan", "Paul Ryan"]


def test_a_labelling_verb_with_an_object_of_its_own_begins_a_new_sentence():
    text = ('"So afterwards, they feel justified," Sexton said. "It is like a party." '
            'Bush described the crowd as shocked.\n\n"A disaster," Bush called it.')
    assert quotes_of(text) == [("So afterwards, they feel justified,", "Sexton", "Sexton", "said"),
                               ("It is like a party.", "Sexton", "Sexton", "said"),
                               ("A disaster,", "Bush", "Bush", "called")]


def test_a_pronoun_does_not_stand_for_the_subject_its_own_quotation_talks_about():
    text = ('Richard Viguerie, a conservative activist, backed Ted Cruz on Monday.\n\n'
            'Cruz is not only right on the issues, he is also the most able candidate.\n\n'
            '"Cruz is our best debater," he says.')
    assert [q[1] for q in quotes_of(text)] == ["Richard Viguerie"]


def test_a_pronoun_is_not_the_person_named_after_it_before_its_quotation():
    text = ('"He is always calling me names," Marco Rubio said on Sunday.\n\n'
            'Donald Trump\'s restraint did not last. Within minutes, he called Rubio "Little Marco" twice.\n\n'
            'Ben Carson said the call was wrong. He said it was "an insult" to Carson supporters.')
    assert [q[1] for q in quotes_of(text)] == ["Marco Rubio", "Donald Trump", "Ben Carson"]


@pytest.mark.parametrize("word", ["Critics", "Officials", "Campaigners"])
def test_a_plural_word_for_people_opening_a_sentence_is_no_one_a_he_can_stand_for(word):
    text = f'John Smith said he was pleased.\n\n{word} say the plan is secretive.\n\n"It will work," he said.'
    assert [q[1] for q in quotes_of(text)] == ["John Smith"]


@pytest.mark.parametrize("aside", ["alongside BB King", "who is 60"])
def test_a_subject_set_off_by_an_aside_and_followed_by_an_adverb_is_a_later_hes(aside):
    text = (f'"It was great," said Justin Timberlake.\n\n'
            f'Eric Clapton, {aside}, also introduced Buddy Guy. "He was my Elvis," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Justin Timberlake", "Eric Clapton"]


@pytest.mark.parametrize("paragraph, speaker", [
    ('All these sessions are small steps towards what Jamie hopes will be a return. "It is all about my back."',
     "Jamie Costin"),  # the one person the paragraph names, who spoke before
    ('Well done to Mr Costin\'s team for standing up in the "war against tyranny".', None),  # an owner
    ('Costin left early. A team spokesman said the season was over. There was a shared belief in "the value of '
     'patience".', "team spokesman"),  # someone else speaks there, and goes on in the next sentence
    ('As Costin rested, the federation was lobbying against "any and all changes".', None),  # a subordinate clause
])
def test_a_quotation_nothing_attributes_is_the_one_person_its_paragraph_names_if_they_spoke_before(
        paragraph, speaker):
    text = '"I was in a lot of pain," said Jamie Costin.\n\n' + paragraph
    assert [q[1] for q in quotes_of(text)] == ["Jamie Costin", speaker]


def test_she_is_not_a_venue_nor_kept_from_the_woman_her_quotation_addresses_by_name():
    text = ('Tennis great Billie Jean King remembered Ali. She saw him at Madison Square Garden in 1971.\n\n'
            '"He always whispered in my ear, \'Billie Jean King, you are the Queen,\'" she said.')
    assert [q[1] for q in quotes_of(text)] == ["Billie Jean King"]


def test_a_venue_is_a_place_a_name_addressed_is_no_subject_and_a_surname_like_king_has_no_gender():
    text = 'Billie Jean King, you are the Queen. They met at Madison Square Garden.'
    mentions = find_names(0, text, [])
    assert [(m.words, m.is_org, m.is_subject) for m in mentions] == [
        (("Billie", "Jean", "King"), False, False), (("Madison", "Square", "Garden"), True, False)]
    assert Names(mentions).gender("Billie Jean King") is None


@pytest.mark.parametrize("text, titles", [
    ("He met Corey Lewandowski, and his spokeswoman, Hope Hicks.",
     [(("Corey", "Lewandowski"), None), (("Hope", "Hicks"), "spokeswoman")]),  # the spokeswoman is Hope Hicks
    ("Gingrich told Bill O'Reilly, noting that he and his wife, Callista, talk with him.",
     [(("Gingrich",), None), (("Bill", "O'Reilly"), None), (("Callista",), "wife")]),  # the wife is Callista
    ("Janie Hendrix, the guitarist's stepsister, said it.", [(("Janie", "Hendrix"), "stepsister")]),
])
def test_a_word_of_sex_after_a_names_comma_is_its_title_only_in_an_appositive(text, titles):
    assert [(m.words, m.title) for m in find_names(0, text, [])] == titles


def test_he_after_a_sentence_whose_described_subject_believes_something_of_someone_else_is_the_described():
    text = ('"It will be a two-horse race," said William Gallas.\n\n'
            'And the French international defender believes Mourinho is perfectly suited to boss the squad and says '
            'his expertise will prevent any revolt. "It is only normal to have a fantastic manager like Mourinho," '
            'he said.')
    assert [q[1] for q in quotes_of(text)] == ["William Gallas", "William Gallas"]


def test_a_name_after_a_or_an_is_a_thing_not_a_subject_for_a_later_he():
    text = ('Florida delegate John Archer, wearing a Canova T-Shirt covered in buttons, said he is proud.\n\n'
            '"He is doing it the right way," he said.')
    assert [q[1] for q in quotes_of(text)] == ["John Archer"]


def test_a_name_with_an_arabic_article_is_whole():
    text = ('The extremist cleric Anwar al-Awlaki said: "Take heed."\n\n'
            'Egypt\'s president, Abdel Fattah el-Sisi, spoke next. "We will rebuild," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Anwar al-Awlaki", "Abdel Fattah el-Sisi"]


def test_a_name_with_a_mis_decoded_letter_is_whole():
    text = 'The talks went on. PeÃ±a Nieto said that immigration peaked. "Mexicans deserve respect," he said.'
    assert [q[1] for q in quotes_of(text)] == ["PeÃ±a Nieto"]


@pytest.mark.parametrize("sentence, speaker", [
    ("As he has before, Cruz on Friday played down the idea that he had struck a deal with Kasich.", "Cruz"),
    ("Ted Cruz on Monday night played down the idea of a deal with Kasich.", "Ted Cruz"),
    ("Ted Cruz earlier this month played down the idea of a deal with Kasich.", "Ted Cruz"),
    ("Director Ted Cruz at that time asked for the details of a deal with Kasich.", "Ted Cruz"),
    ("Ted Cruz laid out a plan, unlike Kasich.", "Ted Cruz"),
])
def test_a_subject_is_found_past_a_time_phrase_and_before_an_irregular_verb(sentence, speaker):
    text = f'"Things are fine," Kasich said.\n\n{sentence}\n\n"There never was a grand alliance," he said.'
    assert [q[1] for q in quotes_of(text)] == ["Kasich", speaker]


@pytest.mark.parametrize("text, expected", [
    ('The ad, titled "Unifier?", concludes that Trump is too "dangerous and reckless" to be president.',
     [("dangerous and reckless", "ad")]),  # a title (no speech) set off with its subject
    ('The ad, which Smith called "a disgrace", concludes that Trump is too "dangerous and reckless" to lead.',
     [("a disgrace", "Smith"), ("dangerous and reckless", "ad")]),
])
def test_a_titled_quotation_in_an_appositive_leaves_the_subject_before_it(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Perez keeps talking about the "collective power of we" and more.', ("Perez", "Perez")),
    ('Perez wins applause as he keeps talking about the "collective power of we" and more.', ("Perez", "he")),
    ('Sen. Ron Johnson kept asking her why the agency had tied it to "spontaneous protests" instead.',
     ("Ron Johnson", "Sen. Ron Johnson")),
    ('Perez continued saying "we will win this" all day.', ("Perez", "Perez")),
])
def test_a_verb_of_aspect_before_an_ing_cue_is_no_part_of_its_subject(text, expected):
    assert quotes_of(text)[0][1:3] == expected


@pytest.mark.parametrize("sentence", [
    'Tony Blair had in 1997 complained about "personalised abusive campaigning".',
    'Instead, he pointed to how Tony Blair had in 1997 complained about "personalised abusive campaigning".',
    'Tony Blair has on Monday complained about "personalised abusive campaigning".',
])
def test_a_subject_is_found_past_a_time_phrase_between_an_auxiliary_and_the_cue(sentence):
    assert [q[1] for q in quotes_of(sentence)] == ["Tony Blair"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Ted Cruz openly admitted that his pick was political.", "Ted Cruz"),
    ("Ted Cruz himself seemed to see the significance of it.", "Ted Cruz"),
    ("Fox News’ Ted Baier noticed that none of the networks cut away.", "Ted Baier"),
])
def test_a_subject_is_found_past_an_adverb_a_reflexive_or_an_outlet_before_it(sentence, speaker):
    text = f'"Things are fine," John Kasich said.\n\n{sentence} "With an eye to February," he said.'
    assert [q[1] for q in quotes_of(text)] == ["John Kasich", speaker]


@pytest.mark.parametrize("pair, speaker", [
    ("Melissa Ryan and Ross Nieuwoudt", "Melissa Ryan and Ross Nieuwoudt"),
    ("Dr Melissa Ryan and Dr Ross Nieuwoudt", "Melissa Ryan and Ross Nieuwoudt"),  # each titled: seven words
])
def test_two_names_set_off_before_a_verb_are_its_subject_not_the_reported_clauses(pair, speaker):
    text = f'The union\'s co-chairs, {pair}, said the government had "failed to engage".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_name_set_off_as_an_appositive_before_its_verb_is_the_subject():
    text = ('"We are ready," Jane Palmer said.\n\n'
            'One superdelegate, party chairwoman Nancy Worley, pledged her vote to Clinton.\n\n'
            '"We really need to bring a close to this," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Jane Palmer", "Nancy Worley"]


def test_a_name_with_an_age_and_a_home_town_is_still_the_subject():
    text = ('"We are ready," John Kasich said.\n\n'
            'Dewayne Smithy, 33, of Baldwin, Miss., dismisses the idea. "I cannot find a candidate," he said.')
    assert [q[1] for q in quotes_of(text)] == ["John Kasich", "Dewayne Smithy"]


@pytest.mark.parametrize("text, speakers", [
    ('Elizabeth Warren spoke in 2012. Corporations are part of communities, she said: "You take a hunk."\n\n'
     '"It is a contract," she added.', ["Elizabeth Warren", "Elizabeth Warren"]),
    ('For analyst Olivier Beauvillain, the decision was an error. He believes Yahoo failed to see how crucial '
     'search would become. "It is interesting," he said. It is a battle that Yahoo is winning, he believes.',
     ["Olivier Beauvillain"]),
])
def test_the_pronoun_of_an_inserted_attribution_gives_no_gender_to_the_sentence_subject(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_name_before_a_passive_participle_is_not_the_subject():
    text = ('"We are ready," Tim Allen said.\n\n'
            'The lines are uttered by the patriarch Mike Baxter, portrayed by Allen.\n\n'
            '"I am not as well worded," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Tim Allen", "Tim Allen"]


def test_a_verb_opening_a_sentence_is_not_a_name():
    text = ('"We are ready," Jane Palmer said.\n\n'
            'Reports indicate the primary put Clinton over the threshold.\n\n'
            '"We need to defeat Trump," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Jane Palmer", "Jane Palmer"]


def test_a_plural_word_at_a_sentence_start_is_not_a_name_when_the_document_writes_its_singular():
    text = ('"We are ready," Jane Palmer said of the new thing.\n\n'
            'Things have changed over the years, she says. "You can wreck a career in a minute," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Jane Palmer", "Jane Palmer"]


@pytest.mark.parametrize("text, speaker", [
    ('"We could use the money," Mr Nogar\'s son Stephen said.', "Stephen Nogar"),
    ('The buy-back is a victory for chairman Mukesh Ambani. His brother Anil said it was "completely '
     'inappropriate".', "Anil Ambani"),
    ('"We are delighted," Mr Howard\'s wife Sandra said.', "Sandra"),  # a wife may keep her own name
    ('Liam Gallagher wrote on X: "This is it."\n\nHis brother Noel said it was "long overdue".', "Noel Gallagher"),
    ('Liam Gallagher wrote on Instagram: "This is it."\n\nHis brother Noel said it was "long overdue".',
     "Noel Gallagher"),  # past a platform named between: a body or a letter, no one's family
])
def test_a_given_name_alone_after_a_word_for_a_child_or_sibling_takes_the_family_name(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")][-1:] == [speaker]


def test_it_read_after_a_lawsuit_went_on_to_claim_is_the_lawsuits_text():
    text = ('A lawsuit was served against her.\n\nMoreover, the lawsuit went on to claim that her weight loss had '
            'more to do with dancing. "In reality, her weight loss is due to diet and exercise," it read.')
    assert [q[1:] for q in quotes_of(text)] == [("lawsuit", "it", "read")]


def test_a_title_case_headline_that_runs_on_past_a_verb_before_its_colon_labels_no_speaker():
    headline = "Clinton Cash Debunks Hillary: ‘Slipped through the Cracks.’"
    assert [q[1:] for q in quotes_of(f"{headline}\n\nMore came out on Monday.", title=headline)] == [
        (None, None, None)]  # `Debunks`, a headline's verb: no one is named `Clinton Cash Debunks Hillary`


@pytest.mark.parametrize("titled, speaker", [
    ("Republican presidential candidate Donald Trump tweeted an image of rival Hillary Clinton.",
     "Donald Trump"),  # the office's head before his own name
    ("Democratic presidential candidate Bernie Sanders attacked Donald Trump.", "candidate"),  # another's name
])
def test_an_office_written_before_its_holders_name_is_not_met_for_someone_else(titled, speaker):
    text = (f"Trump tweet blasts Clinton\n\n{titled}\n\nThe tweet was a reminder of the side of Trump. The "
            'candidate has mocked a reporter and referred to immigrants as "rapists".')
    assert [q[1] for q in quotes_of(text, title="Trump tweet blasts Clinton")] == [speaker]


@pytest.mark.parametrize("headline, speaker", [
    ("Benghazi Widow Dorothy Woods Defends Trump Amid Controversies", "Dorothy Woods"),  # words describing her
    ("ISIS Truther Donald Trump Is Like A Lawyer’s Dumbest Client Ever", "Donald Trump"),
    ("Anne Marie Woods Defends Trump", "Anne Marie Woods"),  # two given names: all her name
])
def test_words_that_describe_someone_before_their_name_in_a_title_case_headline_are_no_part_of_it(headline,
                                                                                                      speaker):
    text = f'{headline}\n\n"I was disturbed," {speaker.split()[-1]} said.'
    assert [q[1] for q in quotes_of(text, title=headline)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Clinton blasts Trump over idea\n\nHillary Clinton has a word for Donald Trump's plan.\n\nThe Democratic "
     'presidential candidate blasted the plan, calling it "absurd."',
     "Hillary Clinton"),  # the subject who acted last, not the owner in her predicate
    ('Sanders rallies supporters\n\nBernie Sanders spoke in Kentucky on Monday. The secretary of state spoke too.'
     '\n\nA clip showed a rally where the secretary of state said she was "not only here to do my job".',
     "secretary of state"),  # she is no Bernie Sanders
    ('Sanders: Endorsements prove Clinton a candidate\n\nBernie Sanders spoke about Hillary Clinton on Monday. '
     'Six months ago, the independent Vermont senator said, the media considered him a "fringe candidate."',
     "Bernie Sanders"),  # a state's office is a body's, not a country's
    ('The Latest: Trump urges supporters\n\nMike Pence says too much is made of tweets. He spoke hours after Trump '
     'unleashed a flurry of tweets.\n\nThe Indiana governor said the media focus on "he said this."',
     "Mike Pence"),  # Trump acted last only in a clause of time: the he before
])
def test_a_description_by_office_is_the_person_the_title_names_who_acted_last_if_of_its_sex(text, speaker):
    assert [q[1] for q in quotes_of(text, title=text.split("\n")[0])] == [speaker]


@pytest.mark.parametrize("titled, description, speaker", [
    ("Secretary of State John Kerry", "the secretary of state", "John Kerry"),
    ("Former Secretary of State Hillary Clinton", "the former secretary of state", "Hillary Clinton"),
    ("Chancellor of the Exchequer Gordon Brown", "the chancellor of the exchequer", "Gordon Brown"),
    ("White House Chief of Staff Denis McDonough", "the chief of staff", "Denis McDonough"),
    ("Secretary of State John Kerry", "the former secretary of state", "former secretary of state"),  # not he
])
def test_an_office_of_a_domain_is_the_person_titled_with_it(titled, description, speaker):
    text = f'Talks\n\n{titled} met Joe Biden on Monday. Later {description} said "we are ready".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ruth Kelly, the education secretary, defended the plans. "They will raise standards," the education '
     'secretary said.', "Ruth Kelly"),
    ('The education secretary, Ruth Kelly, defended the plans. "They will raise standards," the education '
     'secretary said.', "Ruth Kelly"),
    ('Mr Reid, the health secretary, defended the plans. "They will raise standards," the health secretary said.',
     "Reid"),
    ('The plans were welcomed by Kofi Annan, the UN secretary general. Later the secretary general said "we are '
     'ready".', "Kofi Annan"),
    ('John Smith, the former education secretary, defended the plans. "They will raise standards," the education '
     'secretary said.', "education secretary"),  # no longer the office's holder
    ('John Smith, the education secretary\'s deputy, defended the plans. "They will raise standards," the education '
     'secretary said.', "education secretary"),
    ('Asked about the education secretary, John Smith defended the plans. "They will raise standards," the '
     'education secretary said.', "education secretary"),  # the office is what he was asked about
])
def test_an_office_set_off_beside_a_name_is_that_persons(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Jeb Bush went after Trump at the debate. "He is a chaos candidate," the former Florida governor said.',
     "Jeb Bush"),
    ('Ari Fleischer said the nomination would test their conclusions. "Trump has gone the other way," said the '
     'former top aide to President George W. Bush.', "Ari Fleischer"),
    ('Hillary Clinton spoke in Washington on Monday. The former secretary of State began by slamming candidates '
     'who think they can "outsource" leadership.', "Hillary Clinton"),  # a domain's capital is no body's name
    ('Bernie Sanders gave his stump speech in a stark contrast to Hillary Clinton. Reprising one of her own '
     'favorite lines, the former secretary of state praised the "progress we had under President Obama."',
     "Hillary Clinton"),  # her: no Bernie Sanders
])
def test_a_former_office_no_one_is_titled_with_is_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('A Texas voter who supports Trump, Golvach lost his son when "an illegal alien chose my son\'s head for target '
     'practice."', "Golvach"),
    ('A Texas voter, Dan Golvach, lost his son when "an illegal alien chose my son\'s head for target practice."',
     "Dan Golvach"),
    ('A week after the vote in Iowa, Cruz won praise for his "courage and grit."', "Cruz"),  # no description first
])
def test_a_description_with_a_set_off_before_a_name_leaves_the_name_the_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_name_with_s_before_been_is_the_subject_not_an_owner():
    text = ('Chris Christie lit into Marco Rubio for giving the same speech.\n\nChristie’s been making the case for '
            'weeks that Rubio isn’t ready. "You have not been involved," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Chris Christie"]


@pytest.mark.parametrize("cue", ["concludes", "adds"])
def test_he_going_on_is_the_latest_who_spoke_though_the_sex_of_another_is_known(cue):
    text = ('Ramdhan Kotamaraja wanted to help, so he set up a payment system on his website. "All my friends linked to '
            'my site," says Mr Kotamaraja. One recruit calls himself Heretic. "Well," Heretic writes, "that was just '
            f'the least affected area." He {cue}: "Keep it blogged."')
    assert [q[1] for q in quotes_of(text)][-1] == "Heretic"


@pytest.mark.parametrize("text, speaker", [
    ('Jeb Bush broke down what was wrong with the image to the Dutch newspaper NRC Handelsblad: "What Trump did was '
     'so insensitive."', "Jeb Bush"),  # whom he told
    ('And imagine Jeremy Paxman putting the question posed by Brighton nurse Marion Brown: "Would you wipe somebody\'s '
     'backside for £5?"', "Marion Brown"),  # who posed it
    ('The timing of the surge doesn’t surprise Republican pollster Daron Shaw: "Lesser-known candidates gain most."',
     "Daron Shaw"),
])
def test_a_name_before_a_colon_at_the_end_of_a_phrase_opened_by_to_the_is_an_addressee_not_a_label(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_quotation_ending_on_an_exclamation_before_words_with_no_cue_ends_its_sentence():
    text = ('"Happy Cinco de Mayo!," he tweeted. "I love Hispanics!" Former Republican presidential candidate Jeb Bush '
            'broke down exactly what was wrong with the image to the Dutch newspaper NRC Handelsblad: "What Trump did '
            'was so insensitive." "Wow!" Trump, who was in Iowa at the time, tweeted.')
    assert [q[2] for q in quotes_of(text)] == ["he", "he", "Former Republican presidential candidate Jeb Bush", "Trump"]


@pytest.mark.parametrize("second, speaker", [
    ('But told BBC News: "As far as I am concerned, we have drawn a line under that."', "Blair"),
    ('And also added: "We have drawn a line under that."', "Blair"),
    ('But said Mr Howard: "We have drawn a line under that."', "Howard"),  # the subject after the verb
    ('But added Mr Howard, "It is over."', "Howard"),
    ('And the crowd said: "It is over."', "crowd"),
])
def test_a_sentence_opening_with_but_and_its_verb_goes_on_with_the_subject_before(second, speaker):
    text = f"In his first comments, Mr Blair told BBC News he had not yet read the report. {second}"
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('The GOP presidential candidate sent an email to supporters inviting them to "win my engraved shotgun!"',
     ("GOP presidential candidate", "The GOP presidential candidate", "sent")),
    ('The US carmaker has dismissed the "wild and baseless" claims.', ("US carmaker", "The US carmaker", "dismissed")),
    ('The Rove ad hits Clinton for taking "54 times more money from Wall Street interests than from all of Iowa."',
     ("Rove ad", "The Rove ad", "hits")),
    ('The Clinton campaign, in a Q&A on the e-mail controversy, worded it carefully: "Her practice was to email '
     'officials on their accounts."', ("Clinton campaign", "The Clinton campaign", "worded")),
    ('The Sanders campaign projects that the tax, "imposing a tax of a fraction of a percent", would raise billions.',
     ("Sanders campaign", "The Sanders campaign", "projects")),
])
def test_adjectives_and_a_noun_after_a_capitalised_word_are_the_subject_not_its_verb(text, expected):
    assert [q[1:] for q in quotes_of(text)] == [expected]


@pytest.mark.parametrize("dateline", ["PHILADELPHIA, July 25 (UPI) —", "JACKSON, Miss. -", "LONDON —", ""])
def test_a_dateline_opening_the_story_is_not_the_subject_of_its_first_sentence(dateline):
    text = (f"{dateline} The Democratic National Committee released a statement at the outset of the party’s "
            "convention Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders.").strip()
    assert [q[1] for q in quotes_of(text, title="DNC issues apology")] == ["Democratic National Committee"]


@pytest.mark.parametrize("text, speaker", [
    ('New Jersey Gov. Chris Christie accused Cruz. Ohio Gov. John Kasich agreed. "He went for the easy vote," the '
     'New Jersey governor said.', "Chris Christie"),  # a place and an abbreviated title make an office
    ('New York Rep. Pete King spoke on Friday. "We won," King said.', "Pete King"),  # `New` opens a place
    ('Florida Gov. Jeb Bush spoke on Friday. "Values matter," the Ohio governor said.', "Ohio governor"),  # elsewhere
    ('New York Senator Charles Schumer spoke on Friday. "Checks matter," the Democrat senator said.',
     "Charles Schumer"),  # a party's office: no place to differ
    ('Fans cheered as New Order played on Friday. "We won," said New Order.', "New Order"),  # the band's own word
    ('New Home Secretary Charles Clarke spoke. "ID cards will come," Mr Clarke said.', "Charles Clarke"),
])
def test_a_place_before_a_title_makes_an_office_and_new_opens_a_name_only_of_its_own(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_verb_joined_by_and_after_an_opening_participle_and_an_aside_is_the_main_subjects():
    text = ('Hastily politicizing the tragedy in Nice ― much like he did after the attacks in Paris ― Trump cast the '
            'blame on his rivals, and emphasized the threat that “Islamic terrorism” poses to the world.')
    assert [q[1] for q in quotes_of(text)] == ["Trump"]  # not the aside's he


def test_a_cue_inside_an_instead_of_phrase_is_not_the_main_clauses():
    text = ('Lib Dem spokesman Ed Davey said instead of the "bonfire of quangos" New Labour had promised, there had '
            'been an "explosion" of them.')
    assert [q[1] for q in quotes_of(text)] == ["Ed Davey", "Ed Davey"]


@pytest.mark.parametrize("again, speaker", [
    ("Scissor Sisters frontwoman Ana Matronic collected a prize.", "Scissor Sisters"),  # named again since
    ("Robbie Williams collected a prize.", "band"),  # the other group acted last: which band?
])
def test_a_bodys_kind_word_stands_for_it_when_named_again_after_other_bodies(again, speaker):
    text = ('Brits\n\nUS band Scissor Sisters led the winners. Glasgow group Franz Ferdinand won two prizes. '
            f'{again}\n\nThe band thanked "all the members of the sisterhood".')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("description, speaker", [
    ("the president", "Barack Obama"),  # `US President Barack Obama`: a country's code adds no office
    ("the two-term president", "Barack Obama"),  # how long he held it, not another office
    ("the vice president", "vice president"),  # another office
])
def test_a_description_by_office_is_the_person_titled_with_it_before_a_countrys_code_or_a_tenure(description,
                                                                                                    speaker):
    text = ('Obama\n\nUS President Barack Obama will praise his rival Hillary Clinton and Donald Trump. '
            f'"Nothing truly prepares you," {description} will say.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("name, speaker", [
    ("The British Chambers of Commerce", "British Chambers of Commerce"),  # a body's plural word, then `of`
    ("Guy Chambers of Sony", "Guy Chambers"),  # a person from a body
])
def test_a_name_ending_in_the_plural_of_a_word_for_a_body_runs_on_across_of(name, speaker):
    text = f'{name} said it was "concerned by the clamour" for early rate rises.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('Michael Howard delivered a rebuff to Peter Hain\'s description of him as an "attack mongrel".',
     [("Peter Hain", "Peter Hain's", "description")]),
    ('Mary Smith spoke. Michael Howard rejected her portrayal of the plan as "a disaster".',
     [("Mary Smith", "her", "portrayal")]),
])
def test_the_owner_of_a_description_of_someone_as_a_quoted_phrase_says_it(text, expected):
    assert [q[1:] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("title, speaker", [
    ("Ann Coulter: And Then There Was the One.", "Ann Coulter"),  # a column under its writer's name
    ("Exclusive Excerpt–Dinesh D’Souza’s ‘Stealing America,’ Part 3.", "Dinesh D’Souza"),  # from the writer's book
    ("NY Daily News: Terror Attacks Highlight Threat", None),  # a paper's name, no given name
    ("Trump Picks a Fight", None),  # no writer named
])
def test_a_title_naming_its_writer_says_who_i_is(title, speaker):
    text = f'{title}\n\nI went to court. "Your Honor," I said, "I am not shy."'
    assert [q[1] for q in quotes_of(text, title=title)] == [speaker, speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Trump launched into a lament for the "countless Americans" who were killed.', "Trump"),
    ('Smith went into a lament about the "dangerous, dangerous criminals" at the border.', "Smith"),
    ('The report went into detail about a lament for the "countless Americans" lost.', None),  # no verb before
    ('The crowd broke into chants of "Lock her up!" as he spoke.', "crowd"),
    ('Sanders supporters joined in a thunderous chant of "Feel the Bern!" at the circle.', "Sanders supporters"),
    ('The band played in the chant of "Feel the Bern!" at the circle.', None),  # not in a chant of their own
])
def test_a_cue_noun_after_a_verb_and_into_or_in_is_the_verbs_subjects(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('When someone in the audience shouted, "Cruz," Beck joked, "Amen, brother!"', ["someone", "Beck"]),
    ('As the crowd chanted, "Lock her up," Trump smiled.', ["crowd"]),
    ('When Smith shouted, "Cruz," Beck joked, "Amen, brother!"', ["Smith", "Beck"]),
    ('When asked, "Will you run," Trump said, "No."', ["Trump", "Trump"]),  # the asker is not named
])
def test_a_quotation_closing_an_opening_clause_right_after_its_cue_is_that_clauses_subjects(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("pulled, speaker", [
    ("We ran out of fuel and the electricity is cut off.", "Sobhi Skaik"),  # a pull quote of his words
    ("We ran out of fuel.", None),  # too few words to tell a pull quote from a phrase anyone may use
    ("We ran out of fuel and water and all the medicine.", None),  # words the story gives no one
])
def test_a_paragraph_that_is_one_quotation_repeating_a_nearby_attributed_ones_words_is_that_speakers(pulled, speaker):
    text = (f'Gaza hospitals\n\nHospitals are closing.\n\n"{pulled}"\n\n'
            '"For days we warned of it," Dr. Sobhi Skaik said. "We ran out of fuel and the electricity is cut off."')
    assert [q[1] for q in quotes_of(text)][0] == speaker


@pytest.mark.parametrize("pulled, speaker", [
    ("We ran out of fuel and the electricity is cut off. Dr Sobhi Skaik, Shifa Hospital.", "Sobhi Skaik"),  # signed
    ("We ran out of fuel and the electricity is cut off.", "Sobhi Skaik"),  # not the spokesman it would inherit
    ("We ran out of fuel and water and all the medicine.", "Ashraf al-Qudra"),  # no copy: inherited still
])
def test_a_pull_quote_after_a_quotation_is_the_speakers_whose_words_it_copies_not_the_one_before(pulled, speaker):
    text = ('"The hospitals are closing," health ministry spokesman Ashraf al-Qudra said.\n\n'
            f'"{pulled}"\n\n'
            '"For days we warned of it," Dr. Sobhi Skaik said. "We ran out of fuel and the electricity is cut off."')
    assert quotes_of(text)[1][1] == speaker


@pytest.mark.parametrize("between", [0, 3, 8])
def test_a_pull_quote_far_from_the_quotation_it_copies_is_still_that_speakers(between):
    filler = "".join(f"Paragraph {n} reports the fuel shortage.\n\n" for n in range(between))
    text = ('Gaza hospitals\n\nHospitals are closing.\n\n"We ran out of fuel and the electricity is cut off."\n\n'
            f'{filler}"For days we warned of it," Dr. Sobhi Skaik said. "We ran out of fuel and the electricity is '
            'cut off."')
    assert [q[1] for q in quotes_of(text)] == ["Sobhi Skaik"] * 3


def test_a_pull_quote_without_marks_is_read_past():
    text = ('Gaza hospitals\n\nHospitals are closing.\n\n"For days we warned of it," Dr. Sobhi Skaik said. '
            '"We ran out of fuel and the electricity is cut off."\n\nWe ran out of fuel and the electricity is cut '
            'off\n\n"Babies are dying."')
    assert [q[1] for q in quotes_of(text)] == ["Sobhi Skaik"] * 3


@pytest.mark.parametrize("paragraphs, copies", [
    (("Head", "Lead.", 'He said: "We ran out of fuel and power."', "We ran out of fuel and power"), {3}),
    (("Head", "Lead.", "We ran out of fuel and power.", "We ran out of fuel and power"), set()),  # no marks
    (("Head", "Lead.", 'He said: "We ran out of fuel."', "We ran out of fuel"), set()),  # too few words
    (("We ran out of fuel and power", 'He said: "We ran out of fuel and power."'), set()),  # the headline
])
def test_a_pull_quote_copy_repeats_a_quoting_paragraphs_words_without_marks(paragraphs, copies):
    assert sections.pull_quote_copies(paragraphs) == copies


@pytest.mark.parametrize("paragraphs, copies", [
    (("Head", "Lead.", 'He said: "We ran out of fuel and power."', "We ran out of fuel and power"), {3}),
    (("Head", "Lead.", "We ran out of fuel and power.", "We ran out of fuel and power"), set()),  # no marks
    (("Head", "Lead.", 'He said: "We ran out of fuel."', "We ran out of fuel"), set()),  # too few words
])
def test_a_long_documents_pull_quote_copies_are_found_as_a_short_ones_are(paragraphs, copies):
    filler = tuple(f'"Point {i} stands for all of us here," she said.' for i in range(3000))  # 150 KB quoting
    assert sections.pull_quote_copies(paragraphs + filler) == copies


def test_a_lone_surname_in_a_long_document_of_one_such_name_is_that_name():
    text = "Title\n\nAnn Lee spoke first.\n\n" + "\n\n".join(f'"Point {i}," said Lee.' for i in range(300))
    assert {q[1] for q in quotes_of(text)} == {"Ann Lee"}


def test_a_lone_surname_whose_honorific_the_one_full_name_denies_is_itself_until_that_name_is_given():
    text = 'Title\n\n"We won," Ms Lee said.\n\nJohn Lee spoke later.\n\n"Good," Ms Lee said.'
    assert [q[1] for q in quotes_of(text)] == ["Lee", "John Lee"]


@pytest.mark.parametrize("subject, speaker", [
    ("John Rix and Mary Forbes", "John Rix and Mary Forbes"),  # two people, the sentence's subject
    ("Lord Justice Rix and Mr Justice Forbes", "Rix and Forbes"),
    ("John Rix and Forbes Media", None),  # a person and perhaps a body: whose words?
])
def test_two_names_joined_by_and_before_a_verb_are_the_subject_a_quoted_phrase_is_by(subject, speaker):
    text = f'But {subject} held that the law did not apply "to the total territory of another state".'  # no cue
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("first, speaker", [
    ("Sacked MP Howard Flight will not stand. Mr Flight said he would fight.", "Howard"),  # Flight is his surname
    ("Howard Flight will not stand.", "Howard Flight"),  # no Mr Flight: Howard may be the surname, written first
])
def test_mr_before_a_word_that_opens_a_full_name_is_that_person_unless_the_text_gives_them_mr_by_its_last(
        first, speaker):
    text = f'{first}\n\nAt a news conference, Mr Howard said: "We play by the rules."'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("later, speaker", [
    ('"It is important," explained Mr Montieth.', "David Monteith"),  # two letters swapped
    ('"Hopefully we will change minds," Daveport said.', "Daveport"),  # another surname: not his
    ('"It is important," Monteth said.', "David Monteith"),  # a letter left out
    ('"It is important," Monteiths said.', "Monteiths"),  # a letter added at the end is another word
    ('"It is important," said Mr Monteieth.', "Monteieth"),  # a letter added is not read through
])
def test_a_lone_surname_one_slip_from_the_surname_of_a_person_named_in_full_is_that_person(later, speaker):
    text = (f'Sonaptic\'s managing director David Monteith says his firm leads. "We offer 3D audio," he said. '
            f'{later}')
    assert [q[1] for q in quotes_of(f"Audio\n\n{text}")][-1] == speaker


@pytest.mark.parametrize("surname, speaker", [
    ("Philips", "Philips"),  # a doubled letter left out: maybe another name
    ("Bryan", "Bryan"),  # a given name, not Alan Bryman's surname
    ("Kudja", "Kudja"),  # one slip from two people's surname: whose?
])
def test_a_lone_surname_is_not_read_through_a_slip_that_may_be_another_name(surname, speaker):
    text = ('Sales chief Greg Phillips, Alan Bryman, Mark Kujda and Anna Kujda spoke. '
            f'"It is important," {surname} said.')
    assert [q[1] for q in quotes_of(f"Sales\n\n{text}")] == [speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Assistive Mouse Adapter is the brainchild of IBM researcher Jim Levine who developed the prototype.",
     "Jim Levine"),  # the person the sentence names, not the thing that cannot say I
    ("The Assistive Mouse Adapter was developed after years of work.", None),  # no one named
])
def test_a_quotation_saying_i_after_a_sentence_about_a_named_thing_is_not_the_things(sentence, speaker):
    text = f'{sentence} "I knew that there must be a way to improve the situation."'
    assert [q[1] for q in quotes_of(f"Mouse\n\n{text}")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The technology grew out of research done by the company\'s research director Dr Alastair Sibbald. "We are '
     'trying to fool your ears."', "Alastair Sibbald"),  # the person a thing's sentence ends on, after `by`
    ('The technology grew out of research done by the company\'s research director Dr Alastair Sibbald. "The ears are '
     'fooled."', None),  # words that say neither I nor we
    ('The technology grew out of research done by the company. "We are trying to fool your ears."', None),  # no name
])
def test_a_quotation_saying_i_or_we_after_a_sentence_that_ends_on_whom_a_thing_is_by_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of(f"Audio\n\n{text}")] == [speaker]


@pytest.mark.parametrize("headline, speaker", [
    ("Hurricanes in a pandemic: 'Absolutely that's our nightmare scenario'", "Bill Saffo"),  # its words repeated
    ("Hurricanes in a pandemic: 'Our nightmare scenario, absolutely'", None),  # the words, not in that order
    ("Hurricanes in a pandemic: 'Absolutely the worst scenario'", None),  # no quotation in the story holds it
])
def test_a_headline_quotation_no_one_is_named_for_is_whoever_says_it_in_the_story(headline, speaker):
    text = ('"Absolutely that\'s our nightmare scenario," said Wilmington Mayor Bill Saffo. "It would be the perfect '
            'storm."')
    assert quotes_of(f"{headline}\n\n{text}")[0][1] == speaker


def test_a_word_opening_a_sentence_before_a_participle_is_not_a_name():
    text = ('Evidence confirming that thesis is now everywhere. As a professor at MIT, Mr Malone has built new kinds '
            'of entities, which he calls "superminds".')
    assert [q[1] for q in quotes_of(f"Minds\n\n{text}")] == ["Malone"]


@pytest.mark.parametrize("text, names", [
    ("Evidence confirming that thesis is now everywhere.", []),
    ("Kerry during his visit praised the deal.", [("Kerry",)]),  # `during` is no participle
    ("Jessica picking up the prize was a surprise.", [("Jessica",)]),  # a given name stays one
])
def test_a_participle_after_a_word_opening_a_sentence_leaves_it_no_name(text, names):
    assert [m.words for m in find_names(0, text, [], Lowercase((text,)))] == names


def test_i_is_the_author_of_a_first_person_piece_when_the_document_names_one():
    paragraphs = ('"Okay," I said. "I was seventeen when I set foot in America."', '"We lost," she said.')
    by = Document(path="t.txt", paragraphs=paragraphs, author="By Dinesh D’Souza")
    anonymous = Document(path="t.txt", paragraphs=paragraphs)
    assert [q.speaker for p in annotate(by) for q in p.quotes] == ["Dinesh D’Souza", "Dinesh D’Souza", None]
    assert [q.speaker for p in annotate(anonymous) for q in p.quotes] == [None, None, None]


def test_i_is_the_writer_a_byline_in_the_text_names():
    doc = parse_document(b'My first day\n\nBy Jane Reporter, 3 March 2021\n\n"Okay," I said.', "first.txt")
    assert [(q.speaker, q.speaker_mention) for p in annotate(doc) for q in p.quotes] == [("Jane Reporter", "I")]


def test_a_subject_with_no_speech_verb_is_not_who_a_later_he_stands_for():
    text = ('"I love the show," Norbert Butz said.\n\n'
            'Audiences can expect "a little more recklessness than they are used to."\n\n'
            '"It is straight from the heart," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Norbert Butz", None, "Norbert Butz"]  # no words of the audiences


def test_an_opening_word_before_a_comma_is_not_a_person_for_a_later_he():
    text = ('"I want to see a city," said Luay Sami, 33.\n\n'
            "Soon, he found the area welcoming.\n\n"
            '"The stereotyping is still strong here," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Luay Sami", "Luay Sami"]


def test_a_short_paragraph_that_opens_with_a_dash_signs_the_quotation_before_it():
    text = ('"The idea that I would dismantle health care is just not accurate."\n\n'
            "- Sanders.\n\n"
            '"The whole idea needs to stop."\n\n'
            "-Michelle Marks, Philadelphia.")
    assert [q[1:3] for q in quotes_of(text)] == [("Sanders", "Sanders"), ("Michelle Marks", "Michelle Marks")]


def test_absent_opens_a_phrase_not_a_name():
    text = ('Senator Mary Jones spoke on Monday.\n\n'
            "Absent Sanders, the race tightened.\n\n"
            '"We will win," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Mary Jones"]


def test_she_in_the_relative_clause_of_a_name_stands_for_that_name():
    text = ("Hillary Clinton spoke first.\n\n"
            "The best line came from student Deja Stewart, who made me feel old when she called him "
            '"somebody\'s savage grandpa."')
    assert quotes_of(text) == [("somebody's savage grandpa.", "Deja Stewart", "she", "called")]


def test_pronouns_skip_people_of_the_other_gender():
    text = ('Actress Jane Doe met Mr. Bob Roe on Friday.\n\n'
            '"It went well," she said.')
    assert quotes_of(text)[0][1] == "Jane Doe"


def test_a_day_ends_a_name_so_the_addressee_is_not_taken_for_the_next_he():
    text = ('"We will not pay," former president Felipe Calderon told CNBC Saturday.\n\n'
            "The former Mexican president did not stop there.\n\n"
            '"It is useless," he continued.')
    assert [q[1] for q in quotes_of(text)] == ["Felipe Calderon", "Felipe Calderon"]


def test_the_object_of_a_verb_like_criticized_is_not_a_speaker_for_a_later_she():
    text = ("Clinton has long been careful with her words.\n\n"
            "On Tuesday, Clinton criticized Tulsa, Okla., police officer Betty Shelby.\n\n"
            '"This is just unbearable," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Clinton"]


def test_a_role_of_a_department_is_a_title_and_its_holder_a_subject_for_a_later_he():
    text = ('Secretary General Ban Ki-moon condemned what he called a "brazen breach" of resolutions.\n\n'
            'Secretary of State John F. Kerry said the United States would take "robust steps" in response.\n\n'
            '"We remain open to talks," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Ban Ki-moon", "John F. Kerry", "John F. Kerry"]


def test_a_name_after_a_cue_and_an_outlet_speaks_for_a_later_he():
    text = ('"People know who Hillary is," said Sean Spicer, chief strategist for the committee.\n\n'
            "However debates are not likely to alter the campaign, noted NBC’s Dante Chinni.\n\n"
            '"Remember debates happen late," he wrote.')
    assert [q[1] for q in quotes_of(text)] == ["Sean Spicer", "Dante Chinni"]


def test_an_acronym_speaker_is_an_organisation_that_no_she_resolves_to():
    text = ('EB-5 requires an investment in a "targeted employment area," which is defined loosely.\n\n'
            "Angelique Brunner, a developer and spokeswoman for the EB-5 Investment Coalition, which is made up "
            "of investors, said many of the examples were wrong.\n\n"
            '"It is hard to convince them," she said.')
    assert [q[1] for q in quotes_of(text)] == ["EB-5", "Angelique Brunner"]


def test_a_name_whose_appositive_has_a_relative_clause_is_still_the_subject():
    text = ('"We agree," said Quill Tarrow.\n\n'
            "Jane Roe, head of a coalition, which is made up of investors, said the examples were wrong.\n\n"
            '"It is hard," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Quill Tarrow", "Jane Roe"]


@pytest.mark.parametrize("text, speaker", [
    ('Jose Vargas, an activist, asked the senator during a chat if she would commit to his "#wordsmatter" pledge '
     "regarding the issue.", "Jose Vargas"),  # whose pledge; never `regarding the issue`, a phrase no one could be
    ('At the rally, about 200 protesters chanted "No more wars."', "about 200 protesters"),
])
def test_a_lowercase_speaker_must_read_as_a_description(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_single_marks_quote_only_in_headlines():
    text = "Blair 'sorry' over rock 'n' roll in the '90s"
    assert [text[m.start:m.end] for m in find_marked(text, headline=True)] == ["sorry"]
    assert find_marked(text) == []
    assert find_marked("The Joneses' car is O'Brien's.", headline=True) == []


@pytest.mark.parametrize("text, spans", [
    ("‘We don’t know,’ the spokesman said. ‘We will see.", ["We don’t know,", "We will see."]),  # to the end
    ("‘I think so. ‘But that was lost,’ he said.", ["I think so.", "But that was lost,"]),  # a closer lost
    ("Jones said it was ‘a disgrace’ in the ’90s.", ["a disgrace"]),  # as a double-marked phrase would be
    ("‘It is bad news for M&S' margin,’ it added.", ["It is bad news for M&S' margin,"]),  # a straight mark where
    # curly ones quote is an apostrophe
    ("He called it ‘a rock 'n' roll ethic’ at once.", ["a rock 'n' roll ethic"]),
    ("'It is a rock 'n' roll thing,' he said.", ["It is a rock 'n' roll thing,"]),  # 'n' among straight marks
    ("‘It is bad in Argentina, ’ said Carlos Baez Silva.", ["It is bad in Argentina,"]),  # a stray space before
    # the closing mark
    ("‘[The figures] show the main problem,’ said Marc Touati.", ["[The figures] show the main problem,"]),
    ("‘(When they went) back, it was sealed.’ ‘...it is not surprising,’ he said.",
     ["(When they went) back, it was sealed.", "...it is not surprising,"]),  # a bracket or an ellipsis opens
])
def test_single_marks_in_a_single_style_document_pair_as_double_marks_do(text, spans):
    assert [text[m.start:m.end] for m in find_marked(text, single_style=True)] == spans
    assert find_marked(text) == []  # in a story with double marks, single ones are quotations inside


@pytest.mark.parametrize("paragraphs, single", [
    (["Row", "‘We will fight on,’ Jones said."], True),  # a cue after a single-marked span
    (["Row", "Jones said: ‘We will fight on.’"], True),  # a cue and a colon before it
    (["Row", "Jones said it was ‘a disgrace’."], True),  # a phrase a cue takes
    (["Row", "Jones said it was a 'shambles'."], False),  # a quoted word: no evidence of the style
    (["Row", "A spokeswoman said the plans were in the 'very early stages', with no cast."], True),  # straight marks
    (["Row", "He said he loved rock 'n' roll and the 'em dash."], False),  # apostrophes
    (["Row", "Unionists dubbed him 'Minister of Discord'."], False),  # a name
    (["Row", "Sales rose. The firm is in 'a difficult position'."], False),  # no cue before it
    (["Row", "Sales rose. The firm is in ‘a difficult position’."], True),  # but a curly opening mark is no
    # apostrophe: what it quotes is read as a double mark's would be
    (["Row", "He told the crowd: ‘Now my drug is called David’ - a reference to his partner."], True),  # a colon
    (["Row", "‘We will build it,’ the Department for Transport said."], True),  # a cue past a body's name
    (["Row", "‘The days of flying for the rich are over,’ the minister for civil aviation Praful Patel said."],
     True),  # a cue further on in the clause a comma inside the marks leaves open
    (["Row", "'The days of flying for the rich are over.' The rest, as they said, is history."], False),  # a new
    # sentence
    (["Row", "‘We will fight on,’ Jones said.", 'Smith called it "a disgrace".'], False),  # double marks too
    (["Row", "Jones replied: 'He calls it \"fixing the foundations\". It is a tax rise.'"], True),  # but double
    # marks only inside single-marked speech quote inside it
    (["Row", "Jones replied: ‘He calls it “fixing the foundations”.’"], True),
    (["Row", "- Bolton boss Sam Allardyce ‘I am bitterly disappointed with the result.’"], True),  # a sentence of
    # someone's own words, though no cue takes it
    (["Row", "‘[The figures] show the main problem,’ said Marc Touati."], True),  # opening on a bracket
    (["Row", "''We will fight on,'' Jones said. 'It is 'over,''' he added."], False),  # apostrophe pairs for
    # double marks
    (["Row", "'There is an adage, 'get back on the horse,'' Richards said. 'She must not lose faith.'",
      "'You can't change history,' warned Richards."], True),  # a pair closing a quotation inside a quotation
    (["Row", "Moya confirmed afterwards: 'I'm donating my prize money to the victims. His gift follows others."],
     True),  # someone's own sentence after a cue and a colon, its closing mark lost
    (["Row", "The chairman said: 'The days of flying for the rich are over. Fares fell."], False),  # no word of
    # the speaker's own
    (["Row", "Car launches are now 'on hold', said Mercedes chief executive Eckhard Cordes."], True),  # a comma
    # and a cue after the marks
    (["Row", "Car launches are now 'on hold', and sales fell."], False),
    (["Row", "Judges said the film tackled the contentious subject with 'great insight and sensitivity'."],
     True),  # a cue nine words before
])
def test_a_single_style_document_has_no_double_marks_and_single_marked_speech(paragraphs, single):
    assert single_style(paragraphs) is single


@pytest.mark.parametrize("reply", ["'He calls it \"fixing the foundations\". It is a tax rise.'",
                                   "‘He calls it “fixing the foundations”. It is a tax rise.’"])
def test_double_marks_inside_single_marked_speech_are_a_quotation_inside_it(reply):
    text = f"PMQs\n\nSir Keir Starmer told MPs: 'We will not be lectured.'\n\nKemi Badenoch replied: {reply}"
    assert [q[:2] for q in quotes_of(text)] == [("We will not be lectured.", "Keir Starmer"),
                                              (reply[1:-1], "Kemi Badenoch")]


def test_a_story_in_straight_single_marks_with_a_quotation_inside_a_quotation_is_read_as_single_marked():
    text = ("Row\n\n'There is an old adage, 'get straight back on the horse,'' Richards told BBC Sport.\n\n"
            "'She must not lose faith,' warned Richards.")
    assert [q[:2] for q in quotes_of(text)] == [
        ("There is an old adage, 'get straight back on the horse,'", "Richards"),
        ("She must not lose faith,", "Richards")]


def test_a_story_with_curly_single_marks_only_quotes_with_them():
    text = ("Sickening attack\n\nVibe magazine president Kenard Gibbs said the attack was ‘sickening’.\n\n"
            "The firm’s in ‘a difficult position’.")
    assert [q[:2] for q in quotes_of(text)] == [("sickening", "Kenard Gibbs"), ("a difficult position", None)]
    assert quotes_of(text) == quotes_of(text.replace("‘", '"').replace("’ ", '" ').replace("’.", '".'))


@pytest.mark.parametrize("text, quoted", [
    ("Mr Redwood said: 'Mr Blair has broken his pledges. 'Far from improving services, spending taxpayers' money "
     "on quangos has led only to more taxes.' Michael Howard agreed.",
     ["Mr Blair has broken his pledges.",
      "Far from improving services, spending taxpayers' money on quangos has led only to more taxes."]),  # a
    # plural's possessive inside a quoted sentence
    ("He declared: 'I get increasingly alarmed by what I read in the newspapers' before adding: 'In so far as I "
     "read them.'", ["I get increasingly alarmed by what I read in the newspapers", "In so far as I read them."]),
    # a closing mark: a conjunction after it
    ("Fans praised the 'three wise owls' lately.", ["three wise owls"]),  # a phrase, not a sentence
    ("Mr Willetts agreed. 'The pensioners' voice must be heard,' he said.",
     ["The pensioners' voice must be heard,"]),  # a short one, closed later after a comma
    ("'Either way, this cannot be good news for M&S' margin,' it added.",
     ["Either way, this cannot be good news for M&S' margin,"]),  # a name's capital S
    ("'I caught 'Cozza's' eye a couple of phases before that,' he said.",
     ["I caught 'Cozza's' eye a couple of phases before that,"]),  # a name quoted inside a quotation
])
def test_a_plurals_apostrophe_inside_a_single_marked_sentence_does_not_close_it(text, quoted):
    assert [text[m.start:m.end] for m in find_marked(text, single_style=True)] == quoted


def test_a_person_whose_surname_names_a_body_is_a_person_after_a_role_whatever_the_given_name():
    text = ('Tory co-chairman Vuvisur Fox said it was "abusive politics". "The government is dull," he said.\n\n'
            'Dr Fox told BBC Radio: "We will win."')  # Fox names a network; no list knows Vuvisur
    assert [q[:2] for q in quotes_of(text)] == [
        ("abusive politics", "Vuvisur Fox"), ("The government is dull,", "Vuvisur Fox"), ("We will win.", "Vuvisur Fox")]


def test_a_full_name_no_list_knows_is_a_he_when_its_surname_alone_is_a_subject():
    text = ('World 100m champion Tigisen Rufofir will compete.\n\nThe star joins Mark Lewis. Athens silver medallist '
            'Francis Obikwelu will also take part. Rufofir ran in Birmingham in 2003. "I am looking forward to it," he '
            'said.')
    assert [q[:2] for q in quotes_of(text)] == [("I am looking forward to it,", "Tigisen Rufofir")]


def test_a_quotation_after_a_sentence_whose_holder_of_an_office_speaks_is_theirs_whatever_the_given_name():
    text = ('"The fall has been sudden," said Sadon Bovok of Wells Fargo. Treasury Secretary Sidukon Snow put a brave '
            'face on the news, saying it was a sign of strength. "The economy is growing fast."')
    assert [q[:2] for q in quotes_of(text)] == [("The fall has been sudden,", "Sadon Bovok"),
                                                ("The economy is growing fast.", "Sidukon Snow")]


def test_a_holder_of_an_office_just_named_is_a_later_he_whatever_the_given_name():
    text = ('Tony Blair spoke. "He should apologise," he said. Tory leader Bolosan Padaver, asked about the remark by '
            'reporters, said it was important to be mindful. "It is particularly important," he said.')
    assert [q[:2] for q in quotes_of(text)] == [("He should apologise,", "Tony Blair"),
                                                ("It is particularly important,", "Bolosan Padaver")]


@pytest.mark.parametrize("verb, speaker", [
    ("had said", "Harry Redknapp"),  # an auxiliary before the speech verb
    ("said", "Harry Redknapp"),
    ("had hoped", "Tony Blair"),  # no speech: what is added goes on from who spoke
])
def test_what_is_added_after_a_sentence_reporting_someone_else_is_theirs(verb, speaker):
    text = (f'Tony Blair spoke. "He should apologise," he said. Boss Harry Redknapp {verb} that he would be happy '
            'to let him go. He added: "I am not going to say."')
    assert [q[1] for q in quotes_of(text)] == ["Tony Blair", speaker]


@pytest.mark.parametrize("verb", ["told", "tells"])
def test_a_person_named_by_age_then_a_present_cue_speaks(verb):
    text = f'Paula Radcliffe is back.\n\n"Doping is a crime," the 30-year-old {verb} the Sunday Times.'
    assert [q[1:] for q in quotes_of(text)] == [("Paula Radcliffe", "the 30-year-old", verb)]
    text = f'Arsene Wenger signed.\n\nThe 55-year-old Frenchman {verb} Arsenal\'s website: "I love this club."'
    assert [q[1:] for q in quotes_of(text)] == [("Arsene Wenger", "The 55-year-old Frenchman", verb)]


@pytest.mark.parametrize("verb", ["told", "tells"])
def test_a_name_with_a_role_of_a_body_set_off_without_a_closing_comma_speaks_in_either_tense(verb):
    text = f'"We started with young male users," Paul Goosens, head of Preventon {verb} the BBC News website.'
    assert [q[:2] for q in quotes_of(text)] == [("We started with young male users,", "Paul Goosens")]
    text = (f'Mr Blair spoke. His enthusiasm remains undimmed, Alan Milburn, Labour\'s election strategist {verb} '
            'Radio 4. "He is raring to go," he said.')
    assert [q[:2] for q in quotes_of(text)] == [("He is raring to go,", "Alan Milburn")]


def test_a_quoted_phrase_a_cue_takes_in_a_story_with_only_single_marks_is_speech():
    text = "Cunningham to stand down\n\nMr Blair said he was a ‘huge figure’ in Labour and a ‘valued friend’."
    assert [q[:2] for q in quotes_of(text)] == [("huge figure", "Blair"), ("valued friend", "Blair")]


def test_a_story_that_marks_speech_with_single_marks_is_read_like_one_with_double():
    text = ("Council row\n\n‘We will fight on,’ Jones said. ‘We have the numbers.’\n\n"
            "‘And we will win.’\n\nThe meeting ended at noon.")
    assert [q[:2] for q in quotes_of(text)] == [
        ("We will fight on,", "Jones"), ("We have the numbers.", "Jones"), ("And we will win.", "Jones")]
    doubled = 'Council row\n\n"The plan is dead," Smith said.\n\nThey said, ‘Well, every time you buy, you pay.’'
    assert [q[:2] for q in quotes_of(doubled)] == [("The plan is dead,", "Smith")]  # inside a quotation, as told


@pytest.mark.parametrize("text, spans", [
    ('He said "a" and “b” then „c“.', ["a", "b", "c"]),
    ('"Open to the end', ["Open to the end"]),
    ('"We are happy. "We will go," he said.', ["We are happy.", "We will go,"]),
    ('Mixed "straight open and curly close.”', ["straight open and curly close."]),
    ('"Trump walked onto the stage, chanting “U-S-A! U-S-A!”', ["U-S-A! U-S-A!"]),  # a block quote's stray mark
    ('Doing so ”appeared to be an attack.” She thinks so.', ["appeared to be an attack."]),  # typed the wrong way
    ('\u202a”This is why,” said John Krystek.', ["This is why,"]),  # after an invisible format mark
    ('It was “fine“ and then “over.”', ["fine", "over."]),
    ('"Absent a force on the ground, he added, "this is how ISIS is reduced."',  # lost its closer before the cue
     ["Absent a force on the ground,", "this is how ISIS is reduced."]),
    ('A statement read:"We want to make clear." Then he left.', ["We want to make clear."]),  # no space after `:`
    ('A statement read:”We want to make clear.” Then he left.', ["We want to make clear."]),  # the wrong mark too
    ('He was on the carpet.”It is loud,” he said.', ["It is loud,"]),
    ('He accused them of”squabbling like schoolboys”. Then he left.', ["squabbling like schoolboys"]),
    ('"There was little education about it, said Kessel, whose group is pushing for bills.',  # lost its closer
     ["There was little education about it,"]),  # before the cue that ends the paragraph's quotation
    ('"It was little, said Kessel. "And it was late.', ["It was little,", "And it was late."]),
    ('"Policy is likely to \'wait and see\', the organisation said in its report. The UNECE warned of trouble. '
     '"The reversal is a challenge," it noted.',  # lost its closer before a cue that ends its sentence
     ["Policy is likely to 'wait and see',", "The reversal is a challenge,"]),
    ('"He accepted that it had not happened, he said. "But a line should be drawn."',
     ["He accepted that it had not happened,", "But a line should be drawn."]),
    ('“Trump’s claim that a deal “has to do with Israel” makes clear he has no clue,” wrote Morton Klein.',
     ["Trump’s claim that a deal “has to do with Israel” makes clear he has no clue,"]),  # nested, curly
    ('"You lie because you "had stuff to do at home"; you cancel," he wrote.',
     ['You lie because you "had stuff to do at home"; you cancel,']),  # nested, straight
    ('"It was all lies," said one owner who declined to be named."We got deceived into coming here."',
     ["It was all lies,", "We got deceived into coming here."]),  # no space after the full stop
    ('"“You don’t win by how many states you win,” Rubio responded."',  # a block quote's straight marks
     ["You don’t win by how many states you win,"]),
    ('She said: "The department isn’t about “Equal Justice Under Law” anymore. It is about power.',
     ["The department isn’t about “Equal Justice Under Law” anymore. It is about power."]),  # the only straight
    # mark opens, and the curly ones nest inside it
    ('"Morrison is leaving next month. Morrison, who plays the playwright who wrote “Peter Pan,” has been with the '
     'show since March. "Grammer returns in January."',  # a curly opener after a cue in a straight quotation that
     ['Morrison is leaving next month. Morrison, who plays the playwright who wrote', 'Peter Pan,',  # lost its
      'Grammer returns in January.']),  # closer: it is not cut before the cue's sentence
])
def test_quotation_marks(text, spans):
    assert [text[m.start:m.end] for m in find_marked(text)] == spans


@pytest.mark.parametrize("text, spans, outer", [
    ("''This isn't tax reform,'' said Douglas Holtz-Eakin. ''It's anti-reform.''",
     ["This isn't tax reform,", "It's anti-reform."], ["''This isn't tax reform,''", "''It's anti-reform.''"]),
    ("Mr. Garin added, ''it becomes harder for the Republicans'' to attack him.",
     ["it becomes harder for the Republicans"], ["''it becomes harder for the Republicans''"]),
    ("The Joneses' car is O'Brien's, and he is 6'2'' tall.", [], []),  # apostrophes and inches
    ("''I never use the word 'old-school,''' said Slayton. ''Humility is something I love.''",  # a single mark
     ["I never use the word 'old-school,'", "Humility is something I love."],  # closing inside the double one
     ["''I never use the word 'old-school,'''", "''Humility is something I love.''"]),
])
def test_two_apostrophes_are_a_newspaper_archives_double_mark(text, spans, outer):
    marked = find_marked(text)
    assert [text[m.start:m.end] for m in marked] == spans
    assert [text[m.outer_start:m.outer_end] for m in marked] == outer


def test_a_quotation_in_two_apostrophes_is_attributed_as_any_other():
    text = ("''We finally may be seeing some wage acceleration,'' the economist Jared Bernstein wrote on his blog."
            "\n\n''It is going to take a lot more than one positive jobs report,'' he said.")
    assert quotes_of(text) == [
        ("We finally may be seeing some wage acceleration,", "Jared Bernstein", "the economist Jared Bernstein",
         "wrote"),
        ("It is going to take a lot more than one positive jobs report,", "Jared Bernstein", "he", "said")]


def test_a_continued_paragraph_opened_by_its_only_straight_mark_is_one_quotation_with_curly_ones_nested():
    text = ('Dr. Ward stated:\n\n"The department isn’t about “Equal Justice Under Law” anymore. It is about an '
            'extreme vision.\n\n"The latest example is a suit over its “Bathroom Bill,” which allows owners to decide.'
            '\n\n"We will fight it."')
    assert [(q[0][:30], q[1]) for q in quotes_of(text)] == [
        ("The department isn’t about “Eq", "Ward"), ("The latest example is a suit o", "Ward"),
        ("We will fight it.", "Ward")]


@pytest.mark.parametrize("text, spans", [
    ('"The latest is a suit over its “Bathroom Bill,” which allows owners to decide," she said.',
     ["The latest is a suit over its “Bathroom Bill,” which allows owners to decide,"]),  # curly inside straight
    ('"Sanders took the stage. “It looks like a tie,” Sanders said. He thanked Iowa."',  # a live blog's
     ["Sanders took the stage.", "It looks like a tie,"]),  # straight marks around an item that quotes with a
    # cue of its own: the curly quotation stays one of its own
])
def test_curly_marks_nest_inside_straight_ones_unless_a_cue_follows_them(text, spans):
    assert [text[m.start:m.end] for m in find_marked(text)] == spans


def test_new_before_york_starts_the_name_of_a_paper_or_a_place():
    text = ('"Without this network, she must keep raising money," the New York Times reported.\n\n'
            '"It was fine," said the New Zealand prime minister.')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [
        ("New York Times", "the New York Times"), ("New Zealand prime minister", "the New Zealand prime minister")]


def test_a_span_after_titled_is_a_title_even_before_a_noun_that_looks_like_a_cue():
    assert quotes_of('The 30-second spot, titled "Arrogant," features a New York Times report.') == []


def test_a_title_case_span_after_an_article_names_a_thing():
    text = ('Clinton stressed her record during a "Commander-in-Chief Forum" sponsored by NBC News and said she '
            'has the quality the job needs: "Steadiness -- an absolute rock steadiness."')
    assert [q[0] for q in quotes_of(text)] == ["Steadiness -- an absolute rock steadiness."]


def test_a_name_before_said_at_a_sentence_end_is_a_speaker_for_a_later_he():
    text = ('"They have been very clever," said James Henson, a professor.\n\n'
            "That could help him win Texas in March, Jones said.\n\n"
            '"He is gaining momentum," he said.')
    assert [q[1] for q in quotes_of(text)] == ["James Henson", "Jones"]


def test_who_after_a_comma_stands_for_the_name_right_before_it_not_for_the_sentence_start():
    text = 'Contrast that with Trump, who has called the pact "insanity," and Sanders, who says it is "disastrous."'
    assert [(q[1], q[2]) for q in quotes_of(text)] == [("Trump", "who"), ("Sanders", "who")]


def test_whatever_opening_a_sentence_is_not_part_of_a_name():
    text = 'Whatever Bloomberg decides, he will spend.\n\n"It is going to last," Bloomberg said.'
    assert [q[1] for q in quotes_of(text)] == ["Bloomberg"]


def test_a_relative_clause_of_any_length_does_not_hide_the_subject_after_it():
    text = ("Der Spiegel, one of the largest outlets, disabled its comment function.\n\n"
            "It alarms many Germans, including Angela Merkel. In her speech, Merkel, who has adopted one of the most open policies in Europe toward asylum "
            "seekers fleeing war in the Middle East, warned against hate.\n\n"
            'Her countrymen, she said, should not listen to "those with coldness in their hearts."')
    assert [q[1] for q in quotes_of(text)] == ["Angela Merkel"]


@pytest.mark.parametrize("text, mention", [
    ('Trump will build it - at which point the crowd chanted "Build the wall!"', "the crowd"),
    ('They passed out water bottles that said, "The party welcomes you."', "water bottles"),
    ('"We won," a spokesman for the campaign said.', "a spokesman for the campaign"),
])
def test_a_speaker_phrase_opens_at_its_article_and_leaves_out_a_particle(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, mention", [
    ('In September 2019 Bill Maher suggested that shaming should "make a comeback."', "Bill Maher"),
    ('On March 3 Bill Maher suggested that shaming should "make a comeback."', "Bill Maher"),
    ('Rapper 50 Cent said it was "great".', "Rapper 50 Cent"),  # a number inside the name stays
])
def test_a_date_with_no_comma_before_a_name_is_no_part_of_its_mention(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


def test_one_and_a_word_for_a_person_describe_a_new_speaker_a_he_may_be():
    text = ('"We will lose," said Florida consultant Rick Wilson.\n\nOne California delegate said he tried to give '
            'away passes to friends. He was unable to find a single taker, he said. "Not even one," he said.')
    assert [q[1] for q in quotes_of(f"Party in trouble\n\n{text}")] == ["Rick Wilson", "California delegate"]


def test_a_person_described_as_acting_is_whom_the_next_she_stands_for_and_no_later_he():
    text = ('Hillary Clinton won the state. Bernie Sanders spoke in San Diego on Monday.\n\nBut then a voter stood up. '
            'She asked Sanders: "What about the deportations?" He started his answer with a story. "My parents came '
            'from Poland," he said.')
    assert [q[1] for q in quotes_of(f"Sanders in California\n\n{text}")] == ["voter", "Bernie Sanders"]


@pytest.mark.parametrize("between, speaker", [
    ("In short, it would see all but essential workplaces closed.", "Leo Varadkar"),  # names no one
    ("In short, the health service said it would close workplaces.", "health service"),  # who reports it
    ("In short, Micheál Martin would close workplaces.", None),  # someone else named
])
def test_a_quotation_left_open_goes_on_past_a_paragraph_that_names_no_one(between, speaker):
    text = ('Leo Varadkar explained: "They were proposing something called a circuit break.\n\n'
            f'{between}\n\n"We asked for comfort that four weeks would be enough."')
    assert quotes_of(f"Lockdown\n\n{text}")[-1][1] == speaker


def test_a_he_after_a_sentence_opened_by_footage_of_someone_is_that_person():
    text = ('Trump then appears in a clip from a stump speech, saying, "We will ban them all."\n\nFootage of '
            'Al-Awlaki again appears. "The West will turn against its Muslim citizens," he says.')
    assert [q[1] for q in quotes_of(f"ISIS video\n\n{text}")] == ["Trump", "Al-Awlaki"]


def test_a_she_after_a_sentence_naming_someone_after_was_is_that_person():
    text = ('Miscarriages have increased, according to Dr. Abed Abu Hasira, a doctor in the department.\n\nOne of the '
            'women to flee the north was 25-year-old Nesma Hajjaj, who was seven months pregnant. "I am from Gaza '
            'City," she said.')
    assert [q[1] for q in quotes_of(f"Gaza\n\n{text}")] == ["Nesma Hajjaj"]


def test_a_she_after_it_was_someone_who_did_a_thing_is_not_that_person():
    text = ('When Joy Rainey started competing in 1974 she was continuing a family tradition.\n\nAnd it was Rainey '
            'Senior who modified a sports racer for his daughter. She uses an ordinary road car. "You have to have '
            'everything right," she said.')
    assert [q[1] for q in quotes_of(f"Motorsport\n\n{text}")] == ["Joy Rainey"]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_she_after_in_someones_case_she_did_is_that_person(apostrophe):
    text = ('Sherine Abed, the doctor, explained that there were 22 infants. "Families have many difficulties," she '
            f'said.\n\nIn Hajjaj{apostrophe}s case, she decided to stay at the hospital. "I am worried about him," she '
            'continued.')
    assert [q[1] for q in quotes_of(f"Gaza\n\n{text}")] == ["Sherine Abed", "Hajjaj"]


def test_a_pronoun_after_whether_after_a_name_asked_gives_the_asker_no_sex():
    text = ('Wasserman Schultz said the process was open. "Do not let the perfect be the enemy of the good," she said.'
            '\n\nNeera Tanden, a Clinton supporter, asked former Attorney General Eric Holder whether he had thoughts '
            'on the crisis. She said she asked the question "to build on Dr. West\'s comments," in regards to a '
            'previous question.')
    assert [q[1] for q in quotes_of(f"Platform hearing\n\n{text}")] == ["Wasserman Schultz", "Neera Tanden"]


@pytest.mark.parametrize("text, speakers", [
    ('Michael Howard\'s wife, Sandra, will campaign.\n\nMrs Howard said: "I love it." Mr Howard said: "She is great."',
     ["Mrs Howard", "Michael Howard"]),  # Mr and Mrs before one surname: two people, the wife not Michael
    ('Hillary Clinton and Bill Clinton spoke.\n\nMrs Clinton said: "We won." Mr Clinton said: "She won."',
     ["Hillary Clinton", "Bill Clinton"]),
    ('Nicky Gavron spoke on Monday.\n\nMs Gavron said: "It was wrong."', ["Nicky Gavron"]),  # one title: one person
])
def test_a_lone_surname_after_an_honorific_of_the_other_sex_is_not_the_full_names_person(text, speakers):
    assert [q[1] for q in quotes_of(f"Election roles\n\n{text}")] == speakers


def test_men_or_women_after_a_names_comma_give_it_no_sex():
    text = ('Hillary Clinton led in the polls. Against Clinton, Kasich leads with men, voters under 54 and white '
            'voters.\n\n"It is close," she said.')
    assert [q[1] for q in quotes_of(f"Polls\n\n{text}")] == ["Hillary Clinton"]


def test_a_quotation_continued_past_stray_headings_keeps_its_speaker():
    text = ('A spokesperson for the Scottish Parliament said: "Roaming charges were incurred on his iPad.\n\n'
            "Sturgeon 'went out of way to be different on Covid curbs'\n\nTory MSP angers SNP with blast over aid\n\n"
            '"The Parliament challenged the company over the fees."\n\nMost read in News\n\n'
            'He said it was wrong.')
    assert [q[1] for q in quotes_of(f"Minister's bill\n\n{text}")] == [
        "Scottish Parliament spokesperson", None, "Scottish Parliament spokesperson"]  # (the heading's claim: no one's)


def test_a_long_relative_clause_between_a_name_and_its_cue_still_leaves_the_name_the_speaker():
    text = ('However, Mr Johnson, who was forced to apologise last year for an article in the magazine he edits about '
            'Liverpudlians grieving over the death of British hostage Ken Bigley, said Mr Blair "should butt out of" '
            'the row.')
    assert [q[1:3] for q in quotes_of(f"Boris Johnson and Tony Blair spoke.\n\n{text}")] == [
        ("Boris Johnson", "Mr Johnson")]


def test_a_cue_ending_an_as_clause_after_a_word_does_not_own_the_quotation_after_its_comma():
    text = ('Judge Tom Clayson said that, rather than being a "vulnerable" man exploited by others as the defence had '
            'claimed, he had in fact "taken advantage of others" lower down the chain.\n\n'
            'It is, as he said, more than "an electoral device".')
    assert [q[1] for q in quotes_of(f"Dealer jailed\n\n{text}")] == ["Tom Clayson", "Tom Clayson", "Tom Clayson"]


def test_a_body_described_in_one_word_that_spoke_is_no_he():
    text = 'The court heard the case. The defence said: "He was exploited."\n\nHe said it was "a serious case".'
    assert [q[1] for q in quotes_of(f"Dealer jailed\n\n{text}")] == ["defence", None]


def test_i_after_a_label_that_names_no_person_is_not_the_label():
    assert [q[1] for q in quotes_of('Ideas\n\nUPDATE: I called it "a great idea for everyone" back then.')] == [None]


def test_i_in_an_interviews_paragraph_opened_by_a_speakers_label_is_that_speaker():
    text = ('The Economist asked Mr Malone five questions.\n\nThe Economist: What do you mean by "Superminds"?\n\n'
            'Thomas Malone: A supermind is a group of minds. In my early drafts, I called them "collectively '
            'intelligent systems", but I think "superminds" is simpler.')
    assert [q[1] for q in quotes_of(f"Supermind\n\n{text}")] == ["Thomas Malone", "Thomas Malone"]


def test_a_quotation_opening_a_paragraph_is_whom_the_last_clause_before_it_is_about():
    text = ('John Fox runs a brewery in Gary.\n\nMore awards ensued, and though he hates the word "empire," he '
            'started building one that includes a taproom, a bar, and a sour beer brewery (now closed).\n\n'
            '"The craft beer boom was really on fire."')
    assert [q[1] for q in quotes_of(f"Brewer\n\n{text}")] == ["John Fox"]


@pytest.mark.parametrize("text, speaker", [
    ('The paper notes the government monitors mosques, and it says websites were blocked "with the aim of '
     'blocking offensive content."', "paper"),  # a body or a text described earlier in the sentence
    ('The company\'s shares tumbled after it said it has "entered a life-threatening situation".', None),  # not
    # a thing the body owns
])
def test_it_is_the_body_or_text_that_opens_its_own_sentence(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    ('A man who declined to be named said he heard him talk of "immorality" often.', "A man"),
    ('Another Muslim who worshiped at the center here and who didn\'t want to be named said he heard him talk of '
     '"immorality" often.', "Another Muslim"),
    ('A man who worshiped at the center and who lives nearby said he heard him talk of "immorality" often.', "A man"),
])
def test_a_person_with_relative_clauses_before_the_cue_is_the_speaker(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, expected", [
    ('His remarks buttress the contention of former secretary of state Hillary Clinton that some of her emails '
     'were subjected to "over-classification."', [("Hillary Clinton", "contention")]),
    ('Smith rejected the claim of Jones that the plan was "a disaster".', [("Jones", "claim")]),
    ('Michael Howard has said a claim by Peter Hain that the Tory leader is acting like an "attack mongrel" shows '
     'Labour is "rattled".', [("Peter Hain", "claim"), ("Michael Howard", "said")]),
    ('Eric Trump knocked a statement by actor George Clooney that an "obscene amount of money" was raised.',
     [("George Clooney", "statement")]),
    ('Donald Trump\'s accusation that Hillary Clinton is playing the "woman\'s card" touched off a debate.',
     [("Donald Trump", "accusation")]),
    ('Labour rejected an accusation by Michael Howard that it was "soft on crime".', [("Michael Howard", "accusation")]),
])
def test_the_claim_of_or_by_a_named_person_that_holds_the_quotation_is_theirs(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Betsy Sharp met him again.\n\nTo Sharp, Trump is the "kind-hearted and caring" man who saved her farm.',
     "Betsy Sharp"),
    ('Henry Reichhold sells phones.\n\nFor Henry Reichhold, this is progress: "That is the whole thing about it."',
     "Henry Reichhold"),
    ('For GOP, a "golden opportunity" to reclaim security as its issue.', None),  # a label, nobody's words
    ('For Jupiter analyst Olivier Beauvillain, the decision was "an error of judgement".', "Olivier Beauvillain"),
])
def test_a_name_opening_the_sentence_after_to_or_for_holds_the_view_the_quotation_gives(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")][-1:] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    ('Bernie Sanders toured Iowa.\n\nA reporter asked Sanders how he is feeling on caucus day. He replied: '
     '"The bigger the turnout, the better I feel."', "Bernie Sanders"),  # who was asked a question answers
    ('Tom Smith and Bob Jones met.\n\nSmith asked Jones to resign on Monday. "It is over," he said.', "Tom Smith"),
    # asked to do something: the asker goes on
    ('The Budget is next week.\n\nI asked the chancellor whether she would rule out tax rises. "I am not going to '
     'do that," she told me.', "chancellor"),  # one described, not named
])
def test_a_he_after_a_sentence_that_asked_someone_a_question_is_the_one_asked(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")] == [speaker]


def test_a_quotation_going_on_in_lowercase_after_a_dashed_aside_is_the_speakers_before_the_aside():
    text = ('Mike Pence spoke in Ohio. He said, "Donald Trump will build the wall" - at which point the crowd chanted '
            '"Build the wall!" - "and restore law and order."')
    assert [q[1] for q in quotes_of(f"Pence speaks\n\n{text}")] == ["Mike Pence", "crowd", "Mike Pence"]


def test_a_he_right_after_a_dash_that_ends_a_named_owners_thing_is_the_owner():
    text = ("Pennsylvania's Patrick Toomey has not endorsed Trump.\n\nAyotte has tangled with Trump once. For that she "
            'drew Trump\'s ire - he called her "weak" and said she had "zero support" in the state.')
    assert [q[1] for q in quotes_of(f"Senate race\n\n{text}")] == ["Trump", "Trump"]


def test_a_question_between_asked_and_answered_is_the_askers_and_the_answer_the_epithets_person():
    text = ('"I am very happy at 51," Celine Dion revealed in an interview with Vogue.\n\nThen when Vogue asked Dion, '
            '"How have you been impressed by your own strength?" the singer answered, "I would not say I am impressed."')
    assert [(q[1], q[3]) for q in quotes_of(text)] == [
        ("Celine Dion", "revealed"), ("Vogue", "asked"), ("Celine Dion", "answered")]  # not Vogue, a one-word name
    # of no sex that may be a body


@pytest.mark.parametrize("text, mention", [
    ('Deaths in custody have reached "shocking" levels, a committee of MPs and peers has warned.',
     "a committee of MPs and peers"),
    ('A group of 67 artists, writers, actors and scientists published a letter and called on people to "remember '
     'the campaigns."', "A group of 67 artists, writers, actors and scientists"),
])
def test_a_group_of_a_list_of_members_is_one_speaker_not_its_last_member(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, speaker", [
    ('Agassi was delighted with his victory. "I felt pretty good," said the American.', "Agassi"),
    ('Professor Jane Ogden spoke to the show. The University of Surrey expert continued, "It makes people feel '
     'worse."', "Jane Ogden"),
    ('Dipo Alli says he has an offer for Tindall. "He has value," the agent added.', "Dipo Alli"),
    ('Salceda said about 4 million people of Philippine descent live in the US. The lawmaker said the remarks "have '
     'had widespread dissemination."', "Salceda"),
    ('Gonzalo Frasca, games specialist at the university, spoke. "I was surprised," added the Uruguayan-born '
     'researcher.', "Gonzalo Frasca"),
    ('Steven Gerrard scored twice. "It was a great night," the 24-year-old said.', "Steven Gerrard"),
    ('Jamie Costin was lucky. "My back had been broken," said the Waterford man.', "Jamie Costin"),
    ('Mary Smith won. "Great," said the Waterford man.', "Waterford man"),
    ('A 26-year-old man was fined. "Burn them all," the man said.', "man"),
    ('Singer George Michael spoke in Berlin. "I am retiring," the 41-year-old chart-topper said.', "George Michael"),
    ('Maria Sharapova won in Los Angeles. The tournament debutant added: "I love it here."', "Maria Sharapova"),
    ('Olympic champion Michael Johnson has accused the sprinters of lacking pride.\n\n"Money is the biggest factor," '
     'the world 200m and 400m record holder told Five Live.', "Michael Johnson"),  # measures inside the epithet
    ('Patti Smith was named. The 58-year-old US singer of Because the Night said it was a "greedy time".',
     "Patti Smith"),
    ('Frank Field MP criticised the pair. "It is bad news," the Labour MP for Birkenhead said.', "Frank Field"),
    ('Hazel Blears spoke. UK Muslims were angry. "The threat is real," the Salford MP said.', "Hazel Blears"),
    ('Lindsay also said he understood the interest. "It would be a great loss," said the Warriors chief.',
     "Lindsay"),  # a body's chief
    ('Andy Hayman spoke. The Metropolitan police chief said there was an "epidemic".',
     "Metropolitan police chief"),  # an office of its own, not the person just named
    ('Torao Toshitsune keeps a routine of copying out Buddhist sutras. This remarkably active senior citizen '
     'reveals his goal: "To be number one."', "Torao Toshitsune"),  # `this`, an adverb; a religion names no one
    ('Film-maker Spike Lee spoke.\n\nThe She Hate Me director urged students to seek "gatekeeper positions".',
     "Spike Lee"),  # a film's title with a she in it
    ('Donald Trump painted a dire portrait of a lawless nation.\n\nDeclaring that he alone has the strength, the '
     'billionaire real estate mogul offered himself as a "law and order" candidate.', "Donald Trump"),  # five words
    ('Jimmy Connors will be asking questions of Britain\'s hopes. The American legend swept into London to announce '
     'a "long-term" relationship.', "Jimmy Connors"),  # a legend is a person
])
def test_an_epithet_stands_for_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_an_adjective_opening_a_sentence_before_a_plural_noun_and_a_verb_is_no_subject():
    text = ("Rio Ferdinand was injured.\n\n"
            "Early talks have taken place and the defender said: \"Hopefully something will be sorted out.\"")
    assert [q[1] for q in quotes_of(text)] == ["Rio Ferdinand"]


def test_an_s_form_before_being_is_a_verb_so_the_name_before_it_is_a_subject_for_a_later_she():
    text = ('Hillary Clinton ran in 2000.\n\n"She did not like that," said a longtime aide.\n\n'
            'Clinton remembers being taken aback. "I was more thinking," she said.')
    assert [q[1] for q in quotes_of(text)] == ["longtime aide", "Hillary Clinton"]


@pytest.mark.parametrize("text, speaker", [
    ('Critics spoke.\n\nAfter he blasted the film “Frozen“ and the Harry Potter books for being too “pro-gay,” '
     'Pastor Kevin Swanson has now set his sights on the Girl Scouts.', "Kevin Swanson"),
    ('Donald Trump spoke for an hour. After he blasted the plan as “a disaster,” Ted Cruz left the room.',
     "Donald Trump"),  # not opening the paragraph: the he of the sentence before
])
def test_a_he_opening_a_paragraphs_subordinate_clause_is_the_person_the_main_clause_introduces(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('After Scalia said that minority students might do better at "less advanced schools," Trump said: "I don\'t '
     'like what he said."', ["Scalia", "Trump"]),
    ('Donald Trump spoke for an hour. When he called the plan "a disaster," Ted Cruz, sitting nearby, laughed.',
     ["Donald Trump"]),
    ('When Sanders said he would not want the endorsement, he "grabbed ahold of the way teachers feel," said Drew '
     'Heiserman, a teacher.', ["Drew Heiserman"]),  # the clause closed before the quotation
])
def test_a_quotation_closing_an_opening_clause_with_its_own_cue_is_that_cues_not_the_main_clauses(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_demonym_or_a_trade_before_a_full_name_is_a_title_not_part_of_the_name():
    text = ('"We want the boss to stay," said Jim McIntyre. Keeper Tony Bullock echoed him. '
            '"I think all the boys are behind Ian McCall," he added.\n\n'
            '"It was tough," said Frenchman Ronald Pognon. "Swiss Re will pay," said Swiss Re.')
    assert [q[1] for q in quotes_of(text)] == ["Jim McIntyre", "Tony Bullock", "Ronald Pognon", "Swiss Re"]


@pytest.mark.parametrize("text, speaker", [
    ('Journalist Jorge Ramos corrected the candidate. "Your facts are wrong," Ramos wrote.', "Jorge Ramos"),
    ('Blogger Curt Hopkins said: "Blogging is in a weird land."', "Curt Hopkins"),
])
def test_a_journalist_or_a_blogger_before_a_name_is_a_title(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_the_subject_of_a_reported_clause_is_not_whom_an_epithet_or_pronoun_stands_for():
    text = ("British team member Hayley Yelling said the team would understand if Radcliffe opted out. "
            '"It would be fantastic to have Paula in the team," said the European cross-country champion.')
    assert [q[1] for q in quotes_of(text)] == ["Hayley Yelling"]


def test_an_epithet_stands_for_the_latest_person_named_not_the_latest_who_spoke():
    text = ('"It just keeps getting better," Hewitt said. He will meet Arnaud Clement next. '
            'Minar, ranked 158th in the world, was forced to pull out of qualifying. '
            '"For me, this was a big success," said the 20-year-old.')
    assert [q[1] for q in quotes_of(text)] == ["Hewitt", "Minar"]


def test_a_name_after_a_capitalised_and_opens_its_sentence_as_subject():
    text = ("And Agassi, who was more than matched for power by his opponent's two-handed backhand, said Melzer "
            'was an example. "A lot more guys are capable of it now," said the American.')
    assert [q[1] for q in quotes_of(text)] == ["Agassi"]


@pytest.mark.parametrize("text, expected", [
    ('Mr Johnson spoke. Sir Archy Kirkwood said that when Mr Johnson had announced Mr Smith was going he got the '
     '"clear impression" the chief was retiring.', [("Archy Kirkwood", "said")]),  # `he got`: the main clause
    ('When she was talking about cleaner energy, she offered up this sound bite: "We are going to put coal miners '
     'out of business."', [(None, "offered")]),
    ('Hillary Clinton spoke. It came three days after Donald Trump told The Washington Post he was "not quite there '
     'yet" on Ryan.', [("Donald Trump", "told")]),  # `he was`: what he told
])
def test_a_cue_in_a_clause_that_when_or_after_opens_gives_way_to_the_main_clause_after_it(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text", [
    'Thirteen years earlier, she had voted for the war from "the perspective of a senator from New York."',
    'Hours later, she had voted for the war from "the perspective of a senator from New York."',
])
def test_a_time_phrase_opens_a_sentence_before_its_subject(text):
    assert [(q[2], q[3]) for q in quotes_of(text)] == [("she", "voted")]


@pytest.mark.parametrize("opening", ["Instead", "Meanwhile", "However"])
def test_an_adverb_with_no_comma_opening_a_sentence_is_no_part_of_its_subject(opening):
    text = f'Mary Jones spoke. Mr Smith said: "We are doomed." {opening} she called for "imaginative campaigns".'
    assert [q[1:3] for q in quotes_of(text)] == [("Smith", "Mr Smith"), ("Mary Jones", "she")]


@pytest.mark.parametrize("text, expected", [
    ('Growth was helped by its confectionery brands - including Trident and Halls - which enjoyed a "very successful" '
     'year.', [(None, None)]),  # a passive subject did nothing, and `brands` before a dash labels no one
    ('Mr Smith called him a "fraud".', [("Smith", "called")]),
])
def test_a_passive_subject_says_nothing_and_a_labelling_verb_needs_an_object(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Jack Straw spoke. The US agreed to release them. The Britons were detained as part of the US-led "war on '
     'terror".', [None]),  # no one speaks, nor does the quotation take the speaker of the sentence before
    ('Smith was criticised for calling it "a disaster".', ["Smith"]),  # a verb of the subject's after the passive
    ('Charles Kennedy spoke. He is prepared to go this far: "A clear conclusion has been reached."',
     ["Charles Kennedy"]),  # `is prepared to` is no passive
    ('Miyagishima is the 18th recipient of the Sawyer Award, which is "presented to an individual in the industry".',
     [None]),  # the award's words, not the recipient's
    ('Sapporo is already well-established with the beer-flavoured "Draft One".', []),  # a name: no speech
])
def test_a_passive_subject_or_a_set_off_which_clause_holding_the_quotation_says_nothing(text, expected):
    assert [q[1] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Michael Ancram spoke. "Who are they trying to kid?" he said. "Who indeed?" The proposed question for the '
     'referendum is: "Should the United Kingdom approve the Treaty?"', ["Michael Ancram", "Michael Ancram", None]),
    # a text's words: no one's, nor the last speaker's
    ('Michael Ancram spoke. "Who are they trying to kid?" he said. The slogan was: "Vote now or lose it all."',
     ["Michael Ancram", None]),
    ('Michael Ancram spoke. "Who are they trying to kid?" he said. His answer was: "Vote now or lose it all."',
     ["Michael Ancram", "Michael Ancram"]),  # an answer of his
])
def test_a_quotation_after_a_texts_name_a_form_of_be_and_a_colon_is_no_ones(text, expected):
    assert [q[1] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Clinton also told the audience of Trump’s past descriptions of women he doesn’t like as “pigs, dogs and '
     'disgusting animals.”', ("Clinton", "told")),
    ('The Liberal Democrats will present themselves as "the real alternative" in the election.',
     ("Liberal Democrats", "present")),  # the verb after the modal
])
def test_an_auxiliary_before_as_is_no_characterising_verb(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == [expected]


def test_as_well_as_before_a_quotation_is_a_list_not_a_characterisation():
    text = ("On Tuesday, Kevin Brady said that Republicans might include a delay of the Cadillac tax "
            '— as well as the "pause" in the device tax — in that package.')
    assert [(q[1], q[3]) for q in quotes_of(text)] == [("Kevin Brady", "said")]


@pytest.mark.parametrize("text, speaker", [
    ('"There can be no assurances," said Paris-based Euronext.', "Euronext"),
    ('Adam Curry started it. Coffee-loving Curry sold coffee machines. "I should be knighted," he says.',
     "Adam Curry"),  # a compound adjective ending in a participle
    ('"We wanted to show people," said Tunisian-born Abdellatif Kechiche.', "Abdellatif Kechiche"),
    ('Donald J. Trump won easily. The Queens-born, Manhattan-made Trump was poised to take most of the delegates. '
     '"I think I\'ll get there," Trump said.', "Donald J. Trump"),  # was `Manhattan-made Trump`, a name of its own
])
def test_a_compound_adjective_before_a_name_is_no_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Referee Graham Poll said he was "surprised".', "Graham Poll"),
    ('Vice-President Dick Cheney said the war was "going well".', "Dick Cheney"),  # a hyphenated role
    ('Oscar-winner Andrea Arnold said it was "a shock".', "Andrea Arnold"),
    ('Fifteen-year-old Donald Young said he was "nervous".', "Donald Young"),
    ('"I am pleased," said the Archbishop of Canterbury.', "Archbishop of Canterbury"),  # an office
    ('The Bishop of Durham said he was "pleased".', "Bishop of Durham"),
    ('"I am pleased," said the director of the IMF, John Lipsky.', "John Lipsky"),
    ('Judges Simon Cowell and Louis Walsh agreed. "It has been a blast," Cowell said.', "Simon Cowell"),  # plural
    ('"It was harsh," said Reporters Without Borders.', "Reporters Without Borders"),  # no given name after
])
def test_roles_before_a_name_are_no_part_of_it_and_an_office_of_a_place_stays_whole(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"We need more time," said the Speaker, John Bercow.', "John Bercow"),
    ('"We need more time," said the Commons Speaker, John Bercow.', "John Bercow"),
    ('"Growth is strong," said the Chancellor, Gordon Brown, in his speech.', "Gordon Brown"),
    ('"We pray for peace," said the Pope, Benedict XVI.', "Benedict XVI"),
    ('"We need more time," said the President, who was angry.', "President"),  # no name set off
])
def test_the_name_a_comma_sets_off_after_a_capitalised_role_is_its_holders(text, speaker):
    assert [q[1] for q in quotes_of(f"Vote delayed\n\n{text}")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"I see a low risk," said Bank of Japan chief Toshihiko Fukui, despite warning.', "Toshihiko Fukui"),
    ('"He has been valuable," said a Department of Homeland Security spokeswoman.',
     "Department of Homeland Security spokeswoman"),
    ('"I see a low risk," said John Smith of Acme Corp.', "John Smith"),  # no role after the body: the name
])
def test_a_body_named_with_of_runs_on_to_the_role_and_name_after_a_cue(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a thriller. Mary Jones spoke. '
     '"Conspiracy theories are always fun," the Bishop said.', "Tom Wright"),
    ('The chairman of Acme, John Smith, said no. Mary Jones spoke. "We lost," the chairman said.', "John Smith"),
    ('A chairman of Acme, John Smith, said no. Mary Jones spoke. "We lost," the chairman said.', "chairman"),  # not
    # the office: one of them
])
def test_a_name_set_off_after_the_role_of_a_body_holds_its_office(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, mention", [
    # charges level nothing; the associate, whose cue comes first, speaks
    ('A close associate has told a court that fraud charges levelled against him are "false".', "A close associate"),
    # questions ask nothing: the prosecutors, whose cue comes first, speak
    ('Prosecutors blamed managers for failing to ask key questions about the "legal and ethical issues".',
     "Prosecutors"),
    ('Most said the plan was "a mistake".', "Most"),  # a quantifier stands for people
    ('An ex-aide said the deal was "intact".', "An ex-aide"),  # a role after ex-
])
def test_a_bare_lowercase_noun_that_names_no_one_is_no_speaker(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, speaker", [
    ('The trouble began on the show, with Maria Hutchings marching up to him, saying "Tony, that\'s rubbish".',
     "Maria Hutchings"),  # the named subject of `with X -ing` before the participle
    ('Hillary Clinton clashed with Johnson during the hearing, chiding him, "What difference does it make?"',
     "Hillary Clinton"),  # `during` is a preposition, not the participle of an absolute phrase
])
def test_the_subject_of_an_absolute_phrase_before_a_participle_speaks(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('The company said it wanted a "patent commons". Adam Jollans, its Linux manager, said the move was genuine. '
     '"We believe it will help."', ["company", "Adam Jollans"]),  # a new reporter, not the quotation before's speaker
    ('"It was fantastic," said Brian Taylor. Treasury Secretary John Snow said it was a sign of strength. "The '
     'economy is growing."', ["Brian Taylor", "John Snow"]),
    ('"We are tied," said Finnan. France and Israel are all tied after claiming draws in Basel. "In Basel we did '
     'not play great football."', ["Finnan", "Finnan"]),  # `claiming draws` reports nothing
    ('"We lost," said Florin. Mr Armes warned that developers still had to learn how to tell stories. "We are '
     'trying."', ["Florin", "Armes"]),  # the main clause's cue, not `tell` inside it
    ('He insisted the changes were "very modest". But union leader Dave Prentis criticised the plans. "You do not '
     'get world class services that way."', ["Nick Raynsford", "Dave Prentis"]),  # criticising is saying
])
def test_a_quotation_after_a_sentence_reporting_someone_else_is_that_ones_not_the_one_before(text, speakers):
    assert [q[1] for q in quotes_of("Nick Raynsford, the minister, spoke first.\n\n" + text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('General secretary of the public services union Unison Dave Prentis said: "No."', "Dave Prentis"),
    ('Dr Smith of the University of Kent said: "No."', "Smith"),
])
def test_a_role_before_a_name_is_not_a_title_and_a_bodys_name_before_a_given_name_is_not_the_persons(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Last week, the Countryside Alliance said 250 hunts would meet. The alliance said the law was "impossibly '
     'difficult to determine".', "Countryside Alliance"),
    ('Citizens Bank and Canal Bank owned slaves. JP Morgan said it was sorry. The bank said it was a "very '
     'different company now".', "JP Morgan"),  # the body that was the subject just before, not Canal Bank
    ('PepsiCo said it would stop. Kraft\'s new label is sensible. But the firm said it would go on in "all family" '
     'media.', "firm"),  # another body named since PepsiCo spoke: no telling
    ('United Gun Group said it pulled the listing. "Our mission is to provide a safe platform for firearms '
     'enthusiasts," the organization wrote.', "United Gun Group"),
    ("Manchester United's board has agreed to give Malcolm Glazer access to its books.\n\nMr Glazer presented the "
     'board with proposals to buy the football club. In a statement, the club said it would allow Mr Glazer "limited '
     'due diligence".', "Manchester United"),  # the body spoke through its board
    ("Kraft's new label is sensible. The firm said it was \"all family\" media.", "firm"),  # a label says nothing
    ("Ofwat's report was damning. Thames Water has been fined £123m by Ofwat. The company said it would appeal: "
     '"We disagree."', "Thames Water"),  # the agent of its own sentence's passive is no other topic
    ('OptInRealBig claimed it had few assets. Microsoft is seeking damages from OptInRealBig. The company said it '
     'could not "contend with legal maneuvers".', "company"),  # a body in its sentence that is no agent: no telling
    ('Sky has 7m customers. BSkyB plans to ship boxes. Like its Sky+ boxes, they will record. The company will '
     'offer them as "premium channel packages".', "BSkyB"),  # its own product, no other body: not `Sky` again
    ('In its statement Valve also said that the rumours were false. The company said: "We do not do that."',
     "Valve"),  # a phrase opening the sentence leaves Valve its subject
    ('A spokesman for Reporters Without Borders described the sentence as "harsh". "The authorities are trying to '
     'make an example of him," the organisation said.', "Reporters Without Borders"),  # it spoke through him
    ('A spokesman for Amnesty International called it "harsh". "It is wrong," the organisation said.',
     "Amnesty International"),
])
def test_the_and_a_word_for_a_body_is_the_body_named_before_as_its_name_or_as_the_latest_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1:] == [speaker]


def test_a_day_month_or_year_opening_the_subject_is_no_part_of_it():
    text = 'In January the independent Institute for Fiscal Studies said taxes must "rise sharply".'
    assert [q[1:3] for q in quotes_of(text)] == [
        ("Institute for Fiscal Studies", "the independent Institute for Fiscal Studies")]


def test_it_stands_for_a_bodys_whole_name_across_of():
    text = 'The British Chambers of Commerce welcomed the plan. "This is the best of both worlds," it said.'
    assert [q[1] for q in quotes_of(text)] == ["British Chambers of Commerce"]


@pytest.mark.parametrize("text, speaker", [
    ('"It is needed," said manager Livio Costantini. Computer specialist at the IAEA, Peter Smith, would like new '
     'tools. "The commercials show people moving around," he said.', "Peter Smith"),
    ('"It is over," said Mr Hockney. Its leader, Roger Knapman, has said he is glad. "He has remarkable ability," '
     'he said.', "Roger Knapman"),
])
def test_a_name_set_off_after_a_role_before_its_verb_is_a_later_he(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Committee chairman John Denham said drugs were sometimes used as an excuse.\n\n"The committee believes these '
     'arguments are wrong."', "John Denham"),  # a paragraph that ends reporting someone, with no quotation
    ('Mr Gates said a lot of work had been done in the last year.\n\n"We predicted it."', "Gates"),
    ('Steve Ash told the website there are two parts. The most difficult is whether an individual is who they say '
     'they are.\n\n"The end solution is a method."', "Steve Ash"),  # not `they say`, no sentence's own subject: the
    # sentence before reports Steve Ash, and this one names no one
    ('The minister spoke to reporters, he said.\n\n"We predicted it."', None),  # a closing cue reports what came before
])
def test_a_quotation_opening_a_paragraph_after_one_that_ends_reporting_someone_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_whom_a_closing_cue_after_the_last_quotation_reports_speaks_in_the_next_paragraph():
    text = ('Michael Howard spoke. But Labour\'s Fraser Kemp responded: "Britain is working." The catastrophe was '
            'overshadowing the hopes for the year, Mr Howard said.\n\n"We watched the scenes with disbelief."')
    assert [q[1] for q in quotes_of(text)] == ["Fraser Kemp", "Michael Howard"]  # not the last quotation's


@pytest.mark.parametrize("text, speaker", [
    ('He has worked for Republicans too. On this subject, Dick Morris appears almost evangelical.\n\n'
     '"I was on a cruise in the Mediterranean."', "Dick Morris"),
    ('Viguerie is upbeat about Cruz\'s chances, in part because he sees Cruz as a uniter.\n\n'
     '"Not only can Ted Cruz win in November, he\'s the one with the best chance."', "Viguerie"),
    ('Mr Jolin tipped another contender. Strong Oscar contenders Million Dollar Baby and Sideways did not figure.\n\n'
     '"There is a sense that this film is ours."', None),  # no person of known gender: words read as a name
    ('At her direction, the DNC issued a statement apologizing to Sanders.\n\n"We offer a sincere apology."', "DNC"),
    ('The DNC has released a short statement.\n\n"We offer a sincere apology."', "DNC"),  # a body that put one out
    ('The DNC issued a warning.\n\n"We offer a sincere apology."', None),  # no statement: a body does not go on
])
def test_a_quotation_opening_a_paragraph_after_one_that_ends_on_a_persons_sentence_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("middle", [
    "Richards also spoke about the case. (The laws require that doctors have admitting privileges.)",  # an aside
    "Richards also spoke about the case. (The laws require admitting privileges. They ban late abortions.)\n\n",
    "Richards also spoke about Whole Women's Health v. Hellerstedt, the case before the Supreme Court.",  # `v.`
])
def test_a_quotation_after_a_closing_aside_or_a_case_name_is_the_sentence_before_its(middle):
    text = f'Cecile Richards spoke in Texas. {middle} "Roe v. Wade is the law. But I believe it is not a right if you ' \
           f'cannot access it."'
    assert [q[1] for q in quotes_of(text)] == ["Cecile Richards"]


@pytest.mark.parametrize("text, speakers", [
    ('But Mr Herren says there are pros and cons. "It is very simple to set up."\n\nThe project is still at the pilot '
     'stage and EduVision staff are on the ground. "The content is divided into visual information."',
     ["Herren", "Herren"]),  # sentences that name no person go on from the paragraph before
    ('Fiona Deans, associate director of AADC, said the compression was lossless.\n\nThe film will all be encrypted. '
     '"People will see the picture quality is a bit clearer."', ["Fiona Deans"]),  # a report ending it, too
    ('But Mr Herren says there are pros and cons. "It is very simple to set up."\n\nThe project is at the pilot '
     'stage, Jane Smith explained. "The content is divided into visual information."', ["Herren", "Jane Smith"]),
    ('But Mr Herren says there are pros and cons. "It is very simple to set up."\n\nThe project is at the pilot '
     'stage and she is on the ground. "The content is divided into visual information."', ["Herren", None]),
])
def test_a_quotation_after_sentences_that_name_no_person_goes_on_from_the_paragraph_before(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    ('Suggestions that "outsourcing" is to blame are wrong, Ms Diemont says.\n\nThere are "no big differences in wait '
     'time" between call centres based in Europe and elsewhere.', ["Diemont", "Diemont"]),
    ('The government says unions will be consulted.\n\nIt is thought the proposed overhaul could mean pensions could '
     'be based on a "career average" salary.', [None]),  # an impersonal passive reports no one
    ('Since her op-ed, Clinton has tacked to the left, calling for prohibitions on drilling.\n\nThose stances have '
     'helped her, and though the group America\'s Renewable Future is "confident that she will continue to be a '
     'champion," she may split with her former boss.', [None]),  # a name before the quotation: not the report's
])
def test_a_quotation_in_a_first_sentence_that_goes_on_is_whom_the_paragraph_before_reports(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_closing_cue_after_a_sentence_that_opens_on_a_quotation_reports_it_into_the_next_paragraph():
    text = '"We have made it clear" and against the law, Clinton said.\n\n"He voted to let guns go onto the Amtrak."'
    assert [(q[1], q[3]) for q in quotes_of(text)] == [("Clinton", "said"), ("Clinton", "said")]


def test_lee_gives_no_gender_so_a_magistrate_named_lee_is_a_later_she():
    text = ('"She respects that," said her publicist Wendy Day. Magistrate Lee Gilmore, who issued the order, said '
            'she understood the photographers. "There have to be limits," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Wendy Day", "Lee Gilmore"]


def test_a_cue_with_an_object_of_its_own_after_a_sentence_ended_quotation_does_not_attribute_it():
    text = ('"We did not want to put pressure on ourselves." Portugal confirmed their progress in Sevens rugby by '
            'recording a win over France.')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_the_person_a_sentence_opens_for_holds_its_view_and_is_a_later_he():
    text = ("For Jupiter analyst Olivier Beauvillain, Yahoo's decision to put search on hold was an error. "
            '"Yahoo was busy building a portal," he said. But for Allen Weiner, a research director at Gartner, '
            'the future of search is not about technology. "Search technology is valuable," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Olivier Beauvillain", "Allen Weiner"]


def test_a_passive_verb_before_as_is_no_characterisation_and_its_subject_no_later_he():
    text = ('Charles Kennedy spoke. And his general election pitch is designed around the notion of the Lib Dems as '
            'the "real" opposition. He is prepared to go this far: "A clear conclusion has been reached."')
    assert [q[:3] for q in quotes_of(text)] == [("A clear conclusion has been reached.", "Charles Kennedy", "He")]


def test_a_source_introduced_with_an_appositive_in_the_paragraph_before_is_who_he_stands_for():
    text = ('"A lot of her attempts come across as pandering," said Bryan Anderson.\n\n'
            "That worries Henry Crespo, president of the Florida Democratic Black Caucus.\n\n"
            '"No one is writing songs for Hillary," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Bryan Anderson", "Henry Crespo"]


def test_a_name_and_a_comma_ending_a_paragraph_is_read_without_error():
    assert quotes_of('"We will see," said the mayor, Smith,') == [("We will see,", "Smith", "the mayor, Smith", "said")]


def test_a_name_after_a_verb_that_takes_a_person_object_is_not_its_inverted_subject():
    text = ('Trump accused Cruz, the senator from Texas, of being "politically correct" on the issue. '
            'Then he cut into Bush, calling him a "stiff."')
    assert [q[1] for q in quotes_of(text)] == ["Trump", "Trump"]


def test_a_subject_whose_second_verb_reports_speech_is_a_speaker_for_a_later_he():
    text = ('"They reined him in," said Bill Millis. Giles attempted to re-engage the campaign in October '
            "and said he had prepared policy papers.\n\n"
            '"Ben was polling No. 1," he wrote in an email.')
    assert [q[1] for q in quotes_of(text)] == ["Bill Millis", "Giles"]


def test_a_cue_word_after_a_quantifier_is_a_noun():
    text = ('"Start talking about the real issues," Sanders said, suggesting a few questions, including, '
            '"Mr. Trump, do you really think that billionaires need a massive tax break?"')
    assert [q[1] for q in quotes_of(text)] == ["Sanders", "Sanders"]


@pytest.mark.parametrize("text, speaker", [
    ('Good information can still drive out bad, but only when "the truth is sexier than the lie."', None),
    ('Trump supporters say the system is "rigged."', "Trump supporters"),
    ('Clinton opposes the deal, calling it "a bad idea."', "Clinton"),
    ('Perez lobbies for a higher minimum wage: "No one should live in poverty."', "Perez"),
])
def test_a_capitalised_word_before_a_noun_opens_a_noun_phrase_not_a_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_connective_opening_a_sentence_is_not_a_name():
    text = ("Nevertheless, a survey found that attitudes reflect fears. "
            '"In 2030, we will all wake up speaking Chinese," is one common saying here.')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_a_quotation_listed_after_a_quoted_characterisation_is_said_by_the_same_speaker():
    text = 'In recent weeks, Reid has gone after Trump as a "human leech who will bleed the country" and a "spoiled brat."'
    assert [(q[0], q[1]) for q in quotes_of(text)] == [
        ("human leech who will bleed the country", "Reid"), ("spoiled brat.", "Reid")]


def test_a_surname_ending_in_ing_is_a_name_before_its_verb():
    text = ('Betsy Ebeling met the organizers.\n\n'
            '"We live in Chicago," Ebeling said.\n\n'
            'Ebeling said it is "sometimes hard."\n\n'
            '"Flying home was hard," she said.')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [
        ("Betsy Ebeling", "Ebeling"), ("Betsy Ebeling", "Ebeling"), ("Betsy Ebeling", "she")]


def test_a_member_of_a_parliament_or_a_dj_before_a_name_is_a_title():
    text = ('"It was a stitch-up," said East Midlands MEP Robert Kilroy-Silk.\n\n'
            '"Play it loud," said DJ Norman Cook.\n\n'
            '"We will act," said Commonwealth Secretary-General Patricia Scotland.\n\n'
            '"No," said Tanaiste Leo Varadkar.')
    assert [q[1] for q in quotes_of(text)] == ["Robert Kilroy-Silk", "Norman Cook", "Patricia Scotland", "Leo Varadkar"]


def test_an_office_stands_for_the_one_person_the_document_gives_that_title():
    text = ("Blair and Howard clash\n\n"
            "Prime Minister Tony Blair met Tory leader Michael Howard in the morning, and later he saw "
            "Deputy Prime Minister John Prescott about the coming election.\n\n"
            '"We will win," the prime minister said.\n\n'
            '"No you will not," said the Tory leader.\n\n'
            '"Calm down," said the deputy prime minister.\n\n'
            '"Order," said the speaker.')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [
        ("Tony Blair", "the prime minister"), ("Michael Howard", "the Tory leader"),
        ("John Prescott", "the deputy prime minister"), ("speaker", "the speaker")]


@pytest.mark.parametrize("text, speaker", [
    ('London mayor Ken Livingstone refused to apologise.\n\n"I will not," the mayor said.', "Ken Livingstone"),
    ('World Bank President Jim Yong Kim was there.\n\n"We will act," the president said.', "president"),  # a body's
    ('House Speaker Mike Johnson was there.\n\n"We will act," the speaker said.', "Mike Johnson"),  # a chamber's
    ('Commons Speaker Lindsay Hoyle was there.\n\n"We will act," the Speaker said.', "Lindsay Hoyle"),
    ('Olaf Scholz met French President Emmanuel Macron in Berlin on Monday to discuss the war.\n\n'
     '"Europe must unite," the president said after the talks.', "Emmanuel Macron"),  # a nation's adjective
    ('Olaf Scholz met Emmanuel Macron, the French president, in Berlin on Monday to discuss the war.\n\n'
     '"Europe must unite," the president said after the talks.', "Emmanuel Macron"),  # qualifies it as a place does
    ('Paul Kagame met Congolese President Felix Tshisekedi in Washington on Monday to sign the deal.\n\n'
     '"Peace is possible," the president said after the talks.', "Felix Tshisekedi"),
    ('Labour MP John Smith has demanded answers. Ms Rhona Brankin said she would reflect.\n\n'
     '"Ministers knew," the MP said.', "John Smith"),  # and so does a party
    ('Conservative MP John Smith has demanded answers. Ms Rhona Brankin said she would reflect.\n\n'
     '"Ministers knew," the Tory MP said.', "John Smith"),  # by either of its names
])
def test_a_one_word_office_stands_for_its_holder_only_when_a_place_qualifies_the_title(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("named, speakers", [
    ("Detective Inspector Sarah Holt", ["Sarah Holt", "Sarah Holt"]),
    ("Det Insp Sarah Holt", ["Sarah Holt", "Sarah Holt"]),
    ("Chief Constable Sarah Holt", ["Sarah Holt", "Sarah Holt"]),
    ("Officer Sarah Holt", ["Sarah Holt", "Sarah Holt"]),
    ("Chief Executive Officer Sarah Holt", ["detective", "officer"]),  # a company's officer
    ("Det Insp Sarah Holt, with Det Sgt Tom Hale,", ["detective", "officer"]),  # which of the two?
])
def test_the_detective_or_the_officer_is_the_one_person_a_police_rank_titles(named, speakers):
    text = ('Police in Manchester have arrested a man after a stabbing in the city centre on Friday night.\n\n'
            f'{named} said the victim was recovering.\n\n'
            '"We are appealing for witnesses," the detective added.\n\n"We need help," the officer said.')
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_title_with_a_rank_is_another_office():
    text = ("Straw and Ancram clash\n\n"
            "Shadow foreign secretary Michael Ancram said the campaign was positive.\n\n"
            '"He is not wise," the foreign secretary said.')
    assert [q[1] for q in quotes_of(text)] == ["foreign secretary"]


def test_a_long_title_case_title_after_a_word_for_a_work_is_a_title():
    text = ("He recalled it in Peter Burrows's book "
            '"Backfire: Carly Fiorina\'s High-Stakes Battle for the Soul of Hewlett-Packard."')
    assert quotes_of(text) == []


def test_a_show_after_an_interview_with_is_a_name_not_speech():
    assert [q[0] for q in quotes_of('"We know it," Clinton said in an interview with "Fox News Sunday."')] == [
        "We know it,"]


def test_an_auxiliary_opening_a_question_is_not_part_of_a_name():
    text = 'Can Sanders take a punch? "Yes," Sanders said.'
    assert [q[1] for q in quotes_of(text)] == ["Sanders"]


def test_titles_listed_after_including_are_names_of_things_and_a_sound_system_is_no_he():
    text = ('Bernie Sanders spoke. The sound system added Latin hits including "La Gozadera" and "Madre Tierra."\n\n'
            '"I liked every single reason they were supporting him," he said.')
    assert [(q[0], q[1]) for q in quotes_of(text)] == [
        ("I liked every single reason they were supporting him,", "Bernie Sanders")]


def test_a_name_before_a_negated_verb_is_the_subject_a_later_he_stands_for():
    text = ('"It is a fine record," said Barack Obama.\n\n'
            "Bernie Sanders wasn’t impressed.\n\n"
            '"No Wall Street executive has been prosecuted," he noted.')
    assert [q[1] for q in quotes_of(text)] == ["Barack Obama", "Bernie Sanders"]


def test_a_pronoun_after_the_comma_closing_a_relative_clause_is_the_main_clause_subject():
    text = ('"That is a legitimate concern," said Susan Sarandon.\n\n'
            "Asked about her vote if Clinton faces Donald Trump, who has insulted women, Mexicans and Muslims, "
            'she replied: "I don’t know."')
    assert [q[1] for q in quotes_of(text)] == ["Susan Sarandon", "Susan Sarandon"]


def test_the_subject_of_an_as_clause_is_not_whom_a_later_he_stands_for():
    text = ('"I am a big fan," Harry Reid said.\n\n'
            "Reid raised the example of Obama inviting Clinton, just as President Abraham Lincoln did. "
            '"He reached out to her," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Harry Reid", "Harry Reid"]


def test_a_name_whose_appositive_is_followed_by_said_is_a_speaker_for_a_later_he():
    text = ("NATO Secretary General Stoltenberg criticised the test. Yukiya Amano, director general of the "
            "International Atomic Energy Agency, said in a statement that North Korea was violating the resolutions. "
            '"I strongly urge the DPRK to implement them," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Yukiya Amano"]


def test_added_goes_on_with_who_spoke_last_before_another_subject():
    text = ('"There is a ton of bull with this job," Chris Murphy said.\n\n'
            'In that sense, Sandy Hook wasn’t just a national tragedy. "This was something different," he added.')
    assert [q[1] for q in quotes_of(text)] == ["Chris Murphy", "Chris Murphy"]


def test_a_plural_thing_is_no_she_and_a_name_after_a_noun_is_still_a_subject():
    text = ('Walter Hewlett sniped that Carly Fiorina was "learning on the job," while HP leaders penned "Dear '
            'Walter" letters that called him an "academic and musician."\n\n'
            '"This is a choice between taking the hill or retreating," she said.\n\n'
            'Coal miners are still smarting from remarks Hillary Clinton made. She offered up this sound bite: "We will '
            'put a lot of coal miners out of business."')
    assert [q[1] for q in quotes_of(text)][-2:] == ["Carly Fiorina", "Hillary Clinton"]


def test_they_stands_for_a_body_of_this_paragraph_or_the_one_before_only():
    text = ("The speech was given at Temple University.\n\n"
            "Many people came.\n\n"
            "Nobody expected much.\n\n"
            '"We want change," they said.')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_shared_after_a_quotation_is_a_cue_and_a_role_between_says_and_a_name_keeps_the_name_a_speaker():
    text = ("So if you want to stay healthy, taking a multivitamin might help, says certified nutritionist Anju "
            'Mobin. "Vitamin C is an antioxidant," she shared with The List.\n\n'
            'You can become nauseated, says registered dietitian Amanda A. Kostro Miller. "Not everyone will be '
            'affected," she explained.\n\n'
            'Rubio argued that he and Cruz shared "almost all the same views on immigration."')
    assert [(q[1], q[3]) for q in quotes_of(text)] == [
        ("Anju Mobin", "shared"), ("Amanda A. Kostro Miller", "explained"), ("Rubio", "argued")]


@pytest.mark.parametrize("text, expected", [
    ('“The Times is claiming that you had an off-the-record talk,” Hannity started.', [("Hannity", "started")]),
    ('"Well," she began, "it is hard."', [(None, "began"), (None, "began")]),
    ('The campaign started "a new life" for them.', [(None, None)]),  # no cue before a quotation
    ('"We are ready," Smith began to say.', [("Smith", "began")]),
    ('Though Smith hates the word "empire," he started building one.', []),  # a word he hates: a label
    ('Jones said he was in "a real mess," and Smith began to fix it.', [("Jones", "said")]),
])
def test_started_and_began_right_after_a_quotation_are_cues(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Adam Curry spoke. "It is totally going to kill the business model of radio," thinks Curry.',
     [("Adam Curry", "thinks")]),
    ('The e-University had had "too much freedom to spend public money as it wished", the report found.',
     [("report", "found")]),
    ('"Every school failed," Levine found.', [("Levine", "found")]),
    ('Thomas Perez spoke. His father\'s death drives him "to have purpose," and he finds that in government work, he '
     'said.', [("Thomas Perez", "said")]),  # a cue after the verb of mind
    ('As they contemplate Sanders\'s "contested contest" at the convention, Clinton supporters think warmly back to '
     '2008.', []),  # not right after the quotation: no one's words
])
def test_think_and_find_right_after_a_quotation_are_cues(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


def test_a_quotation_after_a_sentence_closing_with_says_and_a_name_is_that_name_s():
    text = ("So if you want to stay healthy, taking a multivitamin every day might help, says certified "
            'nutritionist Anju Mobin. "Vitamin C is an antioxidant known for empowering the immune system."')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [("Anju Mobin", "Anju Mobin")]


@pytest.mark.parametrize("text, speaker", [
    ('Ard Jan Vetham, a consultant, said the survey showed that retailers needed to inform people about RFID. '
     '"Acceptance always has a tipping point."', "Ard Jan Vetham"),  # the reporting verb's subject, not inform's
    ('The fastest-growing technologies in 2004 included portable music players. "This year we will see that."',
     None),  # technologies say nothing
    ('To win the vote, Smith toured the state for a week. "We will win."', "Smith"),  # after the purpose
])
def test_a_quotation_after_a_sentence_about_someone_is_that_ones(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_role_alone_names_no_one_and_the_name_it_sets_off_speaks():
    text = ("Universities Scotland warned about fees. Director, David Caldwell, said some students could be "
            "applying to avoid the fees.\n\n"
            '"It is not a major factor," he said.')
    assert [q[1] for q in quotes_of(text)] == ["David Caldwell"]


def test_a_name_whose_comma_ends_a_clause_has_no_appositive_to_speak_past():
    text = ("Mr Campbell messaged Newsnight. The images, one depicting Michael Howard as Fagin, prompted "
            "accusations, claims denied by Labour.\n\n"
            '"It was a joke," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Campbell"]


def test_a_role_after_an_opening_phrase_without_a_comma_is_the_speaker():
    text = ('In his New Year message the Liberal Democrat leader said the parties relied on "populist scares".')
    assert [(q[1], q[2]) for q in quotes_of(text)] == [("Liberal Democrat leader", "the Liberal Democrat leader")]


def test_a_month_or_will_right_before_a_speech_verb_is_a_surname():
    text = ('Guitarist Brian May has said he expects to be on the road. May said: "The Queen Phoenix is rising."\n\n'
            '"We will tour," May said.\n\n'
            'In May, the band said "it was over."\n\n'
            'May 5 was when "it ended," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Brian May", "Brian May", "band", "Brian May"]


@pytest.mark.parametrize("text, speaker", [
    ('"It is fine," a spokesman for Microsoft said.', "Microsoft spokesman"),  # as `A Microsoft spokesman`
    ('"It is fine," a spokeswoman for Microsoft said. "We are sure," a spokesman for Microsoft added.',
     "Microsoft spokeswoman"),
    ('"It is bad," said the former head of the Royal Society.', "Royal Society's former head"),
    ('"We apply it," the chief executive of Marks and Spencer said.', "Marks and Spencer's chief executive"),
    ('"No," the daughter of Bill Clinton said.', "Bill Clinton's daughter"),
    ('"It ended," the remaining members of Korn said.', "Korn's remaining members"),
])
def test_a_role_held_in_a_named_body_or_towards_a_named_person_is_that_ones_holder(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


def test_a_star_of_named_films_is_the_person_just_named_not_the_film():
    text = ('Dustin Hoffman was honoured in London.\n\n'
            '"The culture is in the craphouse," the star of Rain Man and Tootsie said.')
    assert [q[1] for q in quotes_of(text)] == ["Dustin Hoffman"]


def test_several_holders_of_a_role_are_no_he():
    text = ('Jonathan Davis sang. "It ended," the remaining members of Korn said. "He is happy," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Korn's remaining members", "Jonathan Davis"]


@pytest.mark.parametrize("text, speaker", [
    ('Alva director Robin Broke said: "Visits rose."', "Robin Broke"),  # broke: a past tense, here a surname
    ('The Fed has said that it will move in a "measured" way.', "Fed"),  # fed: likewise
])
def test_a_capitalised_past_tense_after_a_capitalised_word_is_a_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('The plan has been described as "idle speculation" by Downing Street.',
     [("idle speculation", "Downing Street")]),
    ('Her comments were branded "irresponsible" and "outrageous" by the Islamic Human Rights Commission.',
     [("irresponsible", "Islamic Human Rights Commission"), ("outrageous", "Islamic Human Rights Commission")]),
    ('The posters were labelled a "big misjudgement" by the Conservatives.',  # British spelling
     [("big misjudgement", "Conservatives")]),
    ('The band were later described as "pretty damn average" and "strange and eerie" by critics who saw them.',
     [("pretty damn average", "critics"), ("strange and eerie", "critics")]),  # people, with no article
    ('The band were later described as "pretty damn average" by far.', [("pretty damn average", None)]),
    ('Republicans faced criticism for the inquiry - often labeled as a "witch hunt" by Democrats - and went on.',
     [("witch hunt", "Democrats")]),  # a participle with no auxiliary, passive all the same
    ('The probe, described as "a sham" by critics, goes on.', [("a sham", "critics")]),
    ('Cruz called it a "paperwork error" that was reported in a "hit piece" by The New York Times.',
     [("paperwork error", "Cruz"), ("hit piece", "Cruz")]),  # the Times reported; the words are Cruz's
    ('This feature has been called "strategic ambiguity" by Joshua Hendrick, a professor.',
     [("strategic ambiguity", "Joshua Hendrick")]),  # a naming verb in the passive: its agent's label
    ('Mary Smith was called "a liar" by John Jones.', [("a liar", "John Jones")]),
    ('The deal was called a "great victory for working people" by John Jones.',
     [("great victory for working people", "John Jones")]),  # an article between: the agent's label all the same
    ('The plan was described as "reckless" by the shadow chancellor, Mel Stride.', [("reckless", "Mel Stride")]),
    ('The plan was described as "reckless" by the shadow chancellor, Mel Stride, on Monday.',
     [("reckless", "Mel Stride")]),  # the name set off after the agent's office is the agent
    ('Residents were told to "stay indoors" by officials.', [("stay indoors", "officials")]),  # told what to do
    ('Drivers were urged to "avoid all but essential travel" by police.',
     [("avoid all but essential travel", "police")]),
    ('The plan was said to "work well" by far.', [("work well", None)]),  # no passive of telling someone
])
def test_the_agent_after_a_passive_cue_and_its_quotation_speaks(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text", [
    'He starred in a film called "Tulip Fever" by Justin Chadwick.',
    'She sang a song called "Hello" by Adele.',
])
def test_a_work_called_something_by_its_maker_is_a_title(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, expected", [
    ('The resulting work is called a "modified version" of the earlier work.', []),
    ('The stretch is dubbed the "dead zone" by critics.', [("dead zone", "critics")]),  # the critics' name
    ('Mary Smith called the plan a "total disgrace".', [("total disgrace", "Mary Smith")]),  # someone calls it so
])
def test_a_term_a_passive_naming_verb_and_an_article_give_is_no_ones_words(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


def test_the_agent_of_a_passive_cue_is_no_antecedent_for_a_later_he():
    text = ('The argument was dismissed as "ridiculous" by Justice David Souter. Mr Gary Shapiro thinks the case '
            'matters. "It is about innovation," he said.')
    assert [q[1] for q in quotes_of(text)] == ["David Souter", "Gary Shapiro"]


@pytest.mark.parametrize("text, speaker", [
    ('In a statement on Wednesday Tony Smith said: "I have no doubt."', "Tony Smith"),
    ('In a speech to the House of Lords Lord Woolf said: "I have no doubt."', "Lord Woolf"),
])
def test_an_opening_phrase_without_a_comma_ends_at_a_weekday_or_a_title(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_quotation_that_ends_its_sentence_is_not_the_next_sentences_inverted_cue():
    text = ('Lord Woolf said: "Judges will be better placed." Ken Macdonald QC, who sits on the council, '
            'said the principle of discounting sentences is set down by parliament.')
    assert [q[1] for q in quotes_of(text)] == ["Lord Woolf"]


def test_a_quotation_that_lost_its_closing_mark_where_the_next_opens_is_the_next_ones_speakers():
    text = ('"When we did the first HD version, everybody was sun-tanned. "In the HD version, all these lines '
            'showed up," explains Mr Dean.')
    assert [q[1:] for q in quotes_of(text)] == [("Dean", "Mr Dean", "explains")] * 2


@pytest.mark.parametrize("text, speaker", [
    ('Guy Mansfield QC said: "It is wrong."', "Guy Mansfield"),
    ('Paul Boateng MP said: "The sums do not add up."', "Paul Boateng"),
    ('The Salford MP said: "The threat is real."', "Salford MP"),  # a seat after a place describes
    ('Finance Minister Tetek McCabe MSP said: "We announced more."', "Tetek McCabe"),  # a given name no list knows
    ('The Welsh Labour MP said: "The threat is real."', "Welsh Labour MP"),
    ('A UK Independence Party MEP said: "The threat is real."', "UK Independence Party MEP"),  # a body's seat
    ('Agent Brian Hassell said: "He wants to play."', "Brian Hassell"),  # a role before it is no part either
])
def test_a_suffix_after_a_persons_name_is_no_part_of_the_canonical_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_name_set_off_after_a_role_of_a_body_is_the_speaker_a_later_he_stands_for():
    text = ('Lord Woolf said: "Judges will be better placed." Director of Public Prosecutions, Ken Macdonald, '
            'who sits on the council, said the principle is set down. "It is a tougher regime," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Lord Woolf", "Ken Macdonald"]


def test_an_upper_case_possessive_is_the_body_a_person_belongs_to_not_part_of_the_name():
    text = 'It is not worth it, said PBS\' Jacoba Atlas. "We pick our battles," Ms Atlas said.'
    assert [q[1:3] for q in quotes_of(text)] == [("Jacoba Atlas", "Ms Atlas")]


def test_a_quotation_after_a_sentence_opened_by_a_participle_phrase_is_that_sentences_subjects():
    text = ('Writing in the Guardian, Mr Gordon Brown outlined his view of the party. '
            '"As our manifesto will make clear, Labour is ambitious."')
    assert [q[1:3] for q in quotes_of(text)] == [("Gordon Brown", "Mr Gordon Brown")]


@pytest.mark.parametrize("text, expected", [
    ('The US said the meeting was "much more efficient than before".', [("US", "The US")]),
    ('The WHO said: "We are worried." "It is bad," it added.', [("WHO", "The WHO"), ("WHO", "it")]),
    ('"IT is the future," said Mr Jones.', [("Jones", "Mr Jones")]),
])
def test_an_acronym_spelt_like_a_pronoun_is_a_name(text, expected):
    assert [q[1:3] for q in quotes_of(text)] == expected


def test_a_name_before_a_dashed_aside_and_a_verb_is_the_subject_a_later_he_stands_for():
    text = ('Mr Blair said: "I am very sorry."\n\n'
            'One of the four, Gerry Conlon - who was wrongly convicted - said the families were delighted. '
            'He said: "He went beyond what we thought."')
    assert [q[1:3] for q in quotes_of(text)] == [("Blair", "Mr Blair"), ("Gerry Conlon", "He")]


@pytest.mark.parametrize("text, speaker", [
    ('Security warning over "FBI virus" spreads.\n\nThe virus threatens security at home.', None),
    ('Prosecutors called it "a snake oil salesman".\n\nThe prosecutors were angry.', "prosecutors"),
    ('Prosecutors called it "a snake oil salesman".\n\nHe was there.', "prosecutors"),  # never lowercase here: a
    # description all the same
])
def test_a_capitalised_word_the_document_also_writes_in_lowercase_names_no_one(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Patricia Hewitt said the plan was a priority.\n\nThe minister told delegates that "career sexism" was wrong.',
     "Patricia Hewitt"),
    ('Charles Clarke said the prime minister\'s plan was fair.\n\nThe prime minister said it would be "toughened up".',
     "prime minister"),  # an office named before, not the person just named
])
def test_the_minister_is_the_person_just_named_but_the_prime_minister_is_not(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Home Secretary Charles Clarke wants more migrants. Tory co-chairman Liam Fox said this was at odds with Tony '
     'Blair\'s prediction.\n\nThe prime minister told MPs: "The abusers will be weeded out."', "Tony Blair"),
    ('Home Secretary Charles Clarke wants more migrants. Tory co-chairman Liam Fox said this was at odds with Tony '
     'Blair\'s prediction and Gordon Brown\'s plans.\n\nThe prime minister told MPs: "The abusers will be weeded '
     'out."', "prime minister"),  # two with no office
    ('Home Secretary Charles Clarke wants more migrants. Tory co-chairman Liam Fox said this was at odds with Tony '
     'Blair\'s prediction.\n\nThe foreign secretary told MPs: "The abusers will be weeded out."',
     "foreign secretary"),  # not a government's first office: one of many secretaries
    ('Ken Livingstone should stick to his guns, Tory MP Boris Johnson said. Mr Johnson claimed Tony Blair\'s '
     'intervention was an attempt to reassure voters. London mayor Mr Livingstone says he is standing by his '
     'remarks.\n\nLater the prime minister said: "He should apologise."', "Tony Blair"),  # an office before `Mr`
    ('Ken Livingstone should stick to his guns, Tory MP Boris Johnson said. Mr Johnson claimed Tony Blair\'s '
     'intervention was an attempt to reassure voters. Mr Livingstone says he is standing by his remarks.\n\nLater '
     'the prime minister said: "He should apologise."', "prime minister"),  # Livingstone given no office: two
])
def test_a_governments_first_office_is_the_one_person_the_text_gives_no_office(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('New Home Secretary Charles Clarke has vowed to press on despite a call for a pause from Charles Kennedy.\n\n'
     'The Lib Dem leader said the resignation was a "good opportunity".', "Charles Kennedy"),
    ('New Home Secretary Charles Clarke has vowed to press on despite a call for a pause from Charles Kennedy.\n\n'
     'The Senate Democratic leader said the resignation was a "good opportunity".', "Senate Democratic leader"),
    # a chamber's party leader: one of several
])
def test_a_partys_leader_is_the_one_person_the_text_gives_no_office(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The Lib Dems will look at his plans, but Tory Liam Fox said his party offered a choice. The Conservative Party '
     'Co-Chairman said Labour had "done nothing".', "Liam Fox"),  # an office only a person holds, in capitals
    ('Economy focus for election\n\nShadow foreign secretary Michael Ancram said to look at what Jack Straw said.'
     '\n\nIn a speech Mr Straw said the Tory leader was clever. The Foreign Secretary told the BBC: "I was making an '
     'observation."', "Jack Straw"),
    # a shadow's office is another: the subject before is still the one the office stands for
    ('Tory Liam Fox said his party offered a choice. The New Hampshire Union Leader said Labour had "done nothing".',
     "New Hampshire Union Leader"),  # a paper's name, though it ends in an office's word
])
def test_an_office_written_in_capitals_stands_for_its_holder_as_in_lowercase(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_it_stands_for_a_one_word_speaker_no_title_or_pronoun_makes_a_person():
    text = ('Turkcell said the ruling would "make consolidation more difficult". '
            '"If control cannot be achieved, we will review our options," it warned.')
    assert [q[1:3] for q in quotes_of(text)] == [("Turkcell", "Turkcell"), ("Turkcell", "it")]


def test_it_stands_for_a_speaker_the_text_sets_beside_a_word_for_a_business():
    text = ('The market is robust, according to lender Bradford & Bingley and housebuilder George Wimpey.\n\n'
            'B&B said the market would "continue to grow".\n\nWimpey said the market had proved "challenging". '
            '"By late summer, the market had slowed," it added.')
    assert [q[1] for q in quotes_of(text)] == ["B&B", "George Wimpey", "George Wimpey"]


def test_it_stands_for_a_body_described_with_the_that_opens_a_sentence_before_it():
    text = ('The committee found that cases have yet to be processed. It warned that the agency was not '
            '"fit for purpose".\n\nThe company said profits rose. "We are glad," it added.')
    assert [q[1:3] for q in quotes_of(text)] == [("committee", "It"), ("company", "it")]


@pytest.mark.parametrize("described, speaker", [
    ("The tech giant", "tech giant"),  # a word for a business (Apple is too far back to be sure), not no one
    ("The iPhone maker", "iPhone maker"),
    ("The company", "company"),
])
def test_it_stands_for_a_business_described_with_the_that_opens_a_sentence_before_it(described, speaker):
    text = ('Apple has been fined by the European Commission for abusing its dominance of the music market.\n\n'
            'Competition commissioner Margrethe Vestager said Apple had "abused its position".\n\n'
            f'{described} said it would appeal. "The decision is wrong," it said in a statement.')
    assert [q[1] for q in quotes_of(text)] == ["Margrethe Vestager", speaker]


def test_a_body_described_with_the_may_have_a_name_before_its_head():
    text = ('The US government denied the claims. In a statement, it said: "He was properly detained."')
    assert [q[1:3] for q in quotes_of(text)] == [("US government", "it")]


@pytest.mark.parametrize("text, speaker", [
    ('Allianz, a German insurer, said it did not know its exposure. However, it said the waves were unlikely to '
     'have a "significant" impact.', "Allianz"),  # the subject of a speech verb, not a person
    ('The LSE rejected the offer in December.\n\nBut it agreed to leave the door open to a "better proposal".',
     "LSE"),  # the paragraph before's subject, a body
    ('German club Borussia Dortmund has warned it will go bankrupt.\n\nThe shares tumbled after it said it has '
     '"entered a life-threatening financial situation".', "Borussia Dortmund"),  # no given name, title or gender
    ('Mr Kemp rejected the offer in December.\n\nBut it agreed to leave the door open to a "better proposal".',
     None),  # a titled name is a person, whom `it` never stands for
    ('LOS ANGELES — Actress Rosario Dawson took the stage at a rally.\n\nBut it agreed to leave the door open to '
     'a "better proposal".', None),  # a dateline names no one
    ('Rosario Dawson came to town.\n\nDawson took the stage at a rally. But it agreed to leave the door open to '
     'a "better proposal".', None),  # a surname whose full name has a given name is a person
    ('The Supreme Court struck down the law.\n\nTrump\'s campaign backtracked, putting out a statement. In cases of '
     'abortion, it said, "the woman is a victim."', "Trump's campaign"),  # a body described with a possessive
])
def test_it_stands_for_a_body_that_is_the_subject_in_its_paragraph_or_the_one_before(text, speaker):
    assert [q[1:3] for q in quotes_of(text)][-1:] == [(speaker, "it")]


@pytest.mark.parametrize("text, speaker", [
    ('"We are cutting prices," said M&S. DrKW said the cuts may indicate a change. "Either way, this cannot be '
     'good news," it added.', "DrKW"),  # a body that is a subject since the last body that spoke
    ('The committee said the National Audit Office should investigate. It blamed the agency for a "multitude of '
     'problems".', "committee"),  # not the subject of what the committee said
    ('The FER blames a 2004 law, in a statement signed by members who include Nobel laureate William Sharpe. It '
     'said it was "dismayed" at the law.', "FER"),  # not a name after a verb
    ('In a statement from Lycos Europe announcing the end of the scheme, the company denied fault. "There is '
     'nothing to suggest it," it said.', "Lycos Europe"),  # the company the statement in its sentence comes from
    ('The Islamic State has called for attacks, according to the SITE Intelligence Group, which monitors '
     'statements. It said supporters were "celebrating the massacre."', "SITE Intelligence Group"),  # a source
])
def test_it_stands_for_the_latest_body_that_speaks_or_is_a_subject_in_its_own_clause(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_quotation_after_a_passive_cue_with_no_agent_inherits_no_speaker():
    text = ('"I was known as Precious," Mr Stephen Pound said. Despite being told he was a "nutter who died at sea" '
            'she found a reference to him.')
    assert [q[1:4] for q in quotes_of(text)] == [("Stephen Pound", "Mr Stephen Pound", "said"), (None, None, "told")]


def test_a_participle_after_a_verb_of_seeing_is_passive_and_the_verb_no_speaker():
    text = 'Every runner will hit the wall and see written on it, "Are you strong enough to finish?"'
    assert [q[1:4] for q in quotes_of(text)] == [(None, None, "written")]


def test_a_label_after_a_passive_cue_with_no_agent_inherits_no_speaker():
    text = ('"It is clearly a show in decline," said Mr Ben Wood. The new standard has been described as '
            '"3G on steroids" and could offer faster downloads.')
    assert [q[1] for q in quotes_of(text)] == ["Ben Wood", None]


@pytest.mark.parametrize("text, speaker", [
    ('The image is significantly smaller compared to the "full-fat and slow" one.', None),  # a preposition
    ('Certain packages need a compiler, but the image is smaller compared to the "full-fat and slow" one.',
     None),  # `Certain` opening a sentence names no one
    ('Obama compared Trump to "a carnival barker".', "Obama"),  # likened: speech
])
def test_compared_to_is_no_cue_but_comparing_someone_to_is(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('According to Il Sole 24 Ore, the government will focus on "opening up markets".', "Il Sole 24 Ore"),
    ('The report said Europe was failing. It also recommends a league table which ranks countries according to '
     'the steps they are taking, effectively "naming, shaming and faming".', None),  # `in proportion to`
])
def test_according_to_names_a_source_only_when_someone_or_something_says_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text", [
    'Clinton was, in the words of FBI Director James Comey, "extremely careless with the information".',
    'In the words of FBI Director James Comey, Clinton was "extremely careless with the information".',
    'Clinton was "extremely careless with the information," in the words of FBI Director James Comey.',
    'Clinton was "extremely careless with the information," as described by FBI Director James Comey.',
])
def test_in_the_words_of_and_as_described_by_name_the_source_as_according_to_does(text):
    assert quotes_of(text)[0][1:3] == ("James Comey", "FBI Director James Comey")


def test_a_cue_word_used_as_a_noun_before_a_noun_is_no_cue():
    text = 'Clinton says she would break up banks that fail their stress tests or lack adequate "living wills".'
    assert [q[1:4] for q in quotes_of(text)] == [("Clinton", "Clinton", "says")]


@pytest.mark.parametrize("text, expected", [
    ('Why did Klein make "why are we polarized?" his book\'s central question?', (None, None)),  # no `questions`
    ('"We will win," the party\'s members question.', ("party's members", "question")),  # a plural agrees
    ('"We will win," Trump\'s statement read.', ("Trump's statement", "read")),  # a past
])
def test_a_base_form_after_a_possessive_and_a_singular_word_is_a_noun_not_a_cue(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(f"Headline\n\n{text}")] == [expected]


@pytest.mark.parametrize("text, speaker", [
    ('The IPCC report states: "Emissions decline by about 45% by 2030." It also adds that: "Estimates show a '
     'shortfall."', "IPCC report"),  # the report that spoke, not the body named inside it
    ('The IMF report warned of slower growth.\n\nAlthough the IMF did not single out Trump, it referenced '
     '"political tensions" in advanced economies.', "IMF"),  # the body that is the clause's subject
])
def test_it_after_a_text_that_spoke_is_the_text_not_the_body_its_name_holds(text, speaker):
    assert quotes_of(f"Climate\n\n{text}")[-1][1] == speaker


def test_a_capitalised_cue_word_after_the_is_a_titles_word_not_a_cue():
    text = 'In the Reading the Mind in the Eyes test, the woman\'s eyes corresponded to "desire and longing".'
    assert [q[1:] for q in quotes_of(f"Minds\n\n{text}")] == [(None, None, None)]


def test_a_sentence_quoted_after_a_cue_that_ends_the_sentence_before_is_no_title():
    text = '"Lisbon is about everything," the Kok report said. "Everybody is responsible and thus no one."'
    assert [q[:2] for q in quotes_of(text)] == [("Lisbon is about everything,", "Kok report"),
                                                ("Everybody is responsible and thus no one.", "Kok report")]


@pytest.mark.parametrize("text, expected", [
    ('DrKW said the cuts could indicate a longer term "step change in pricing" at M&S.',
     [("step change in pricing", "DrKW")]),
    ('The TV couple coined the term "the Richard and Judy effect" last year.', []),
])
def test_term_is_a_label_word_unless_long_or_short_makes_it_an_adjective(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('"HD is mandatory," Dr Mark Tuffy games systems director at THX told the BBC.', "Mark Tuffy"),
    ('"It is the same target," Plaid Cymru health spokesman told the BBC.', "Plaid Cymru health spokesman"),
])
def test_a_name_that_opens_an_appositive_left_without_commas_is_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('The Tory co-chairman attacked Labour\'s new pledges as "vacuous" and said Mr Blair was worried.',
     [("Tory co-chairman", "The Tory co-chairman", "attacked")]),
    ('The Tory leader supports a reduction and has said current rules are "tantamount to abortion on demand".',
     [("Tory leader", "The Tory leader", "said")]),
])
def test_a_sentence_subject_takes_the_role_a_name_modifies(text, expected):
    assert [q[1:4] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('"It is a great start," said Tim Henman. Roger Federer dropped a set, but was content. '
     '"It was about the surface," he said.', "Roger Federer"),
    ('"I am fine," said Tim Henman. David Davis echoed criticism of the way Mr Blunkett introduced the rules. '
     '"There is genuine concern," he said.', "David Davis"),  # the sentence's subject, not a clause's
    ('"I am fine," said Tim Henman. "It was about the surface," he said.', "Tim Henman"),
])
def test_he_after_a_sentence_whose_subject_is_of_his_gender_is_that_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('Mr Charles Kennedy used a speech to say his party faced "painful economic realities".',
     [("Charles Kennedy", "Mr Charles Kennedy", "say")]),
    ('Chairman of the Environmental Audit Committee Peter Ainsworth MP, said: "The policy is alarming."',
     [("Peter Ainsworth", "Chairman of the Environmental Audit Committee Peter Ainsworth MP", "said")]),
    ('The lawsuit, filed in 2012, alleges that police used their identity as a "proxy for criminality".',
     [("lawsuit", "The lawsuit", "alleges")]),  # police use it: no characterisation of theirs
])
def test_short_past_tenses_stray_commas_and_bodies_before_a_given_name(text, expected):
    assert [q[1:4] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Earlier, David Rose, Chief Executive of Hereford Hospitals NHS Trust, had said: "It is with regret."',
     "David Rose"),
    ('Carol Walker, BBC News 24 political correspondent, added: "There is a real concern."', "Carol Walker"),
    ('Mark Oaten, Liberal Democrat home affairs spokesman, said: "This is a worrying step."', "Mark Oaten"),
    ('But the chairman of the party, Ambassador Stefan Johannesson of Iceland, warned that there was "a lot to do".',
     "Stefan Johannesson"),
])
def test_a_role_in_title_case_is_an_appositive_and_a_place_after_a_set_off_name_is_no_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_chairman_gives_no_gender():
    text = ('UKIP chairman Petrina Holdsworth urged the men to step down in a letter.\n\n'
            'She said: "The party has taken legal advice."')
    assert [q[1] for q in quotes_of(text)] == ["Petrina Holdsworth"]


def test_a_role_word_after_a_personal_title_is_a_surname():
    text = 'Ms King has represented the constituency since 1997. She said: "I am delighted."'
    assert [q[1:3] for q in quotes_of(text)] == [("King", "She")]


def test_according_to_at_the_end_of_the_sentence_names_the_speaker_after_a_closed_quotation():
    text = ('Drummer Larry Mullen echoed that: "We want big singles." The band have done "everything in their '
            'powers" to stay the biggest band, according to Q magazine editor Paul Rees.')
    assert [q[1] for q in quotes_of(text)] == ["Larry Mullen", "Paul Rees"]


@pytest.mark.parametrize("text, speaker", [
    ('"Broadband is moving the perception of the internet," said Karen Thomson, Chief Executive of AOL UK, "with '
     'many people online." According to analysts Nielsen, more than 50% are online.', "Karen Thomson"),
    ('"The economy is weak," according to Smith.', "Smith"),  # a quotation that ends on a comma: its source
])
def test_according_to_opening_the_sentence_after_a_closed_quotation_names_no_source_of_it(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_answer_introduced_by_its_owner_is_the_owners_not_the_sentences_subjects():
    text = ('Once, I said, "I do not believe in it." She became so upset that I had to change my answer: '
            '"Of course I believe in it."')
    assert [q[2:4] for q in quotes_of(text)] == [("I", "said"), ("I", "said")]  # not `She became`


def test_a_preposition_opening_a_sentence_is_no_name():
    text = ('Behind the scenes, the key players, such as Conti, have many props. "There is a big script."\n\n'
            '"I have to communicate with the director," he explains.')
    assert [q[1] for q in quotes_of(text)] == [None, None]  # not `Behind`


def test_a_surname_shared_by_two_full_names_named_once_each_is_the_one_whose_given_name_stands_alone():
    text = ("Secrecy surrounds Hillary Clinton's health.\n\n"
            "Dr Connie Mariano was the physician of former President Bill Clinton.\n\n"
            '"Hillary was back on the trail within days," Mariano wrote.\n\n'
            'In her book, Clinton said her foot was "so swollen I could barely get my shoe on".')
    assert [q[1] for q in quotes_of(text)] == ["Connie Mariano", "Hillary Clinton"]


@pytest.mark.parametrize("text, speaker", [
    ('"We will introduce it," the Department for Transport said.', "Department for Transport"),
    ('"We are fine," said a spokesman for Tesco.', "Tesco spokesman"),
    ('"It is fair," said a spokeswoman for the Department for International Development.',
     "Department for International Development spokeswoman"),
    ('"Prices will rise," says an analyst at Barclays Capital.', "Barclays Capital's analyst"),
])
def test_for_inside_a_bodys_name_and_after_a_role_after_the_cue(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The British Bankers\' Association said lending was "weaker".', "British Bankers' Association"),
    ('"We are delighted," the Women\'s Institute said.', "Women's Institute"),
    ('"We are delighted," CNBC\'s Becky Quick said.', "Becky Quick"),  # a person after the possessive
])
def test_a_possessive_inside_a_bodys_name_is_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    ('However Bwalya warned: "I do not want my team to be too comfortable."', "Bwalya"),
    ('Nevertheless Nintendo president Satoru Iwata said: "We are ready."', "Nintendo president Satoru Iwata"),
    ('Last week Lord Goldsmith said in a statement: "It is lawful."', "Lord Goldsmith"),
    ('In a report published last July the cross-party committee stated there was a "significant risk".',
     "the cross-party committee"),
])
def test_a_sentence_adverb_or_time_opening_the_sentence_is_no_part_of_the_speakers_mention(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, expected", [
    ('It is the persistent pull of Obama\'s "if you like your plan, you can keep it" promise: many kept plans.',
     [("if you like your plan, you can keep it", "Obama", "Obama's", "promise")]),
    ('Trump\'s "build the wall" pledge drew cheers.', [("build the wall", "Trump", "Trump's", "pledge")]),
    ('Iowa\'s "silver standard," says Ann Selzer.', [("silver standard,", "Ann Selzer", "Ann Selzer", "says")]),
])
def test_a_quotation_between_an_owner_and_a_noun_for_words_said_is_the_owners(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('But Podliska’s most explosive claim is that the committee is a “witch hunt.”',
     [("witch hunt.", "Podliska", "Podliska’s", "claim")]),
    ('Trump’s controversial pledge that “we will win” drew cheers.', [("we will win", "Trump", "Trump’s", "pledge")]),
])
def test_the_owner_of_a_claim_speaks_across_its_adjectives_not_the_word_opening_the_sentence(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ('Another featured five vintage photos telling "the story of how Bill and Hillary Clinton fell in love."',
     "five vintage photos"),
    ('The embattled senator said it was "a witch hunt."', "embattled senator"),
])
def test_a_past_form_before_a_number_or_a_determiner_is_a_verb_not_part_of_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('And a further concerned commenter wrote, "I just hope that she stays healthy."', "further concerned commenter"),
    ('One other worried fan wrote, "She looks ill."', "other worried fan"),
    ('The bill further complicated matters, Smith wrote, calling it "a mess."', "Smith"),
])
def test_a_past_form_after_a_word_of_degree_inside_a_noun_phrase_is_an_adjective(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_possessive_pronoun_after_a_preposition_is_no_owner_of_the_phrase():
    text = 'Ms Jones said: "I am fine." A statement on her website said: "It is over."'
    assert [q[1] for q in quotes_of(text)] == ["Jones", "Jones's statement"]  # hers, through her own website


@pytest.mark.parametrize("text, speaker", [
    ("The chairman of Acme's board has accused the party of a \"breach of trust.\"", "chairman of Acme's board"),
    ("One of Trump's aides has accused the party of a \"breach of trust.\"", "Trump's aides"),  # no role before `of`
])
def test_a_possessive_after_of_owns_the_phrase_only_when_no_role_heads_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_cue_word_that_ends_the_sentence_before_gives_the_next_quotation_no_speaker_unless_it_reports():
    text = ('It combines that with passwords, as well as other security questions. "You take the card."\n\n'
            'The rise was steep, Mr Smith said. "Everyone will notice."')
    assert [q[1] for q in quotes_of(text)] == [None, "Smith"]


@pytest.mark.parametrize("text, speakers", [
    ('Evans had given the pieces labels with a comic aside. "Isn\'t it great" was the comment on the throne and '
     '"Bob Dylan\'s old sofa - honest" was written on a couch.', [None, None]),  # what the sentence names
    ('Coan argues that his client was never encouraging violence. "The government is alleging that his calls to '
     'come peacefully" were provoking violence.', ["Coan"]),  # the quotation acts: the words reported go on
])
def test_a_quotation_a_verb_and_a_noun_phrase_or_participle_follow_takes_no_speaker_from_the_sentence_before(
        text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('"We are glad," Jacques Chirac said. Mr Tony Blair has been closer to President Bush than anyone.\n\n'
     'He said some people were in "a sort of state of denial".', "Tony Blair"),
    ('"We are glad," said David O\'Leary. Thomas Hitzlsperger is waiting to learn his future.\n\n'
     'O\'Leary has been in talks and he said: "I had a message from his agent."', "David O'Leary"),
])
def test_he_opening_a_paragraph_is_the_subject_of_the_last_sentence_before_unless_a_nearer_one_comes(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Tony Wilson said his son persuaded him, but he had initially been reluctant saying he "detested" rapping.',
     "Tony Wilson"),
    ('Brian McFadden makes claims that he was beaten at school in the lyrics, saying it had "cell blocks".',
     "Brian McFadden"),
])
def test_an_adjective_or_a_light_verb_before_a_participle_is_no_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_they_later_in_a_sentence_whose_subject_is_a_party_is_that_party():
    text = ('The Tories said a chunk of the Budget had been leaked in what they describe as a "serious breach".')
    assert [q[1] for q in quotes_of(text)] == ["Tories"]


@pytest.mark.parametrize("text, speaker", [
    ('The TV display manufacturers want us to buy big screens, to get the "true impact" of HD, they say.',
     "TV display manufacturers"),  # a cue that ends the sentence; a body's plural after a capitalised word
    ('The British producers of the show are suing a rival they claim is "a blatant copycat".', "British producers"),
    ('The Tory delays in court hearings allowed the problem to grow, "a scandal", they said.', None),  # no group
])
def test_they_later_in_a_sentence_whose_subject_is_a_plural_of_people_or_bodies_is_that_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The Tories have promised a cut. They say they can save £4bn on "government waste".', "Tories"),
    ('Ministers deny the charge. Instead, they say the plans are part of an "evolving" process.', "ministers"),
    ('Delays in court hearings allowed the problem to grow. "It is a scandal," they said.', None),  # no group
    ('They say the plans are part of an "evolving" process.', None),  # nothing before
    ('Ministers deny the charge.\n\nInstead, they say the plans are part of an "evolving" process.',
     "ministers"),  # the last sentence of the paragraph before
    ('Delays in court hearings allowed the problem to grow.\n\n"It is a scandal," they said.', None),
])
def test_they_opening_a_sentence_after_one_whose_subject_is_a_party_is_that_party(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_face_or_a_voice_that_speaks_is_its_owner_and_a_later_he_is_that_person():
    text = ('Ben Brafman stood. His face darted from side to side, as if to say, "Did you see that?"\n\n'
            'Later he replied, "It was one of my finest moments."')
    assert [q[1:3] for q in quotes_of(text)] == [("Ben Brafman", "His face"), ("Ben Brafman", "he")]


def test_a_face_that_speaks_after_a_headline_is_its_owner():
    text = 'Ben Brafman stood.\n\nHis face darted from side to side, as if to say, "Did you see that?"'
    assert [q[1:3] for q in quotes_of(f"In court\n\n{text}")] == [("Ben Brafman", "His face")]


def test_a_statement_issued_on_behalf_of_someone_is_no_role_held_but_that_ones_words():
    text = '"It will go ahead," a statement issued on behalf of Robert Zoellick said.'
    assert [q[1] for q in quotes_of(text)] == ["Robert Zoellick"]


@pytest.mark.parametrize("text, speaker", [
    ('"Drink less," the Scottish Executive said.', "Scottish Executive"),
    ('"Sales rose," the British Phonographic Industry said. "We are glad," they said.', "British Phonographic Industry"),
])
def test_a_body_keeps_the_word_that_describes_it(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


def test_a_participle_opening_a_sentence_is_not_a_name():
    text = ("David Blunkett returned. Having received his full backing, Ms Hughes resigned. Mr Blunkett's "
            'comments had prompted censure - he told refugees to "get back home".')
    assert [q[1] for q in quotes_of(text)] == ["David Blunkett"]


def test_a_common_word_opening_a_sentence_mid_paragraph_is_not_a_name():
    text = ("Personal data is kept. Telephone call centres are expected to be used. A telephone rang.\n\n"
            '"It is not marketing," he said.')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_a_baroness_is_the_woman_named_with_that_title():
    text = ('Former Speaker Betty Boothroyd spoke. Baroness Boothroyd said MPs were lazy.\n\n'
            '"I want somebody there who is going to look after us," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Betty Boothroyd"]


def test_a_name_the_document_gives_a_magazine_never_stands_for_a_person():
    text = ('A survey by PC Pro magazine looked at printers.\n\n'
            '"Prints fade," according to PC Pro. Ann Simpson, manager at Snappy Snaps believes it. '
            '"Some people will want to do it," she said.')
    assert [q[1] for q in quotes_of(text)] == ["PC Pro", "Ann Simpson"]


@pytest.mark.parametrize("text, speakers", [
    ('The Washington Post reported that Lewandowski was ousted. "They were moving on," the Post reported.',
     ["Washington Post"]),
    ('The New York Times said so. The Financial Times disagreed. "It is over," the Times reported.', ["Times"]),
    ('A spokeswoman for Royal Mail said: "We are investigating."', ["Royal Mail's spokeswoman"]),  # no paper
])
def test_a_papers_last_word_stands_for_the_one_paper_the_document_names_so(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("headline", [
    "Yukos bankruptcy 'not US matter'",
    "Rover deal 'may cost 2,000 jobs'",
    "Worldcom boss 'left books alone'",
])
def test_a_headline_noun_phrase_with_a_quoted_claim_names_no_speaker(headline):
    assert [q[1:3] for q in quotes_of(headline + "\n\nThe court ruled on Monday.", title=headline)] == [(None, None)]


@pytest.mark.parametrize("headline", [
    "Prince crowned 'top music earner'",
    "Parties warned over 'grey vote'",
    "'Super union' merger plan touted",
    "EU rules 'won't stop UK spending'",
    "Whitehall cuts 'ahead of target'",
    "Greek sprinters 'won't run again'",
    "February poll claim 'mere speculation'",
    "Holmes wins '2004 top TV moment'",  # what a verb that reports nothing takes
    "Falconer rebuts 'total charade' claims",
])
def test_a_headline_passive_predicate_or_thing_names_no_speaker(headline):
    assert [q[1:3] for q in quotes_of(headline + "\n\nThe report came on Monday.", title=headline)] == [(None, None)]


@pytest.mark.parametrize("headline, speaker", [
    ("Hewitt decries 'career sexism'", "Hewitt"),
    ("DNC issues 'deep and sincere apology'", "DNC"),
    ("Golden rule 'intact' says ex-aide", "ex-aide"),
])
def test_a_headline_subject_speaks_through_a_verb_in_the_present(headline, speaker):
    assert [q[2] for q in quotes_of(headline + "\n\nThe report came on Monday.", title=headline)] == [speaker]


def test_a_subject_whose_verb_stands_right_before_the_quotation_is_its_speaker():
    assert [q[1] for q in quotes_of('Mr Trump remains "confident of a big win" in Ohio.')] == ["Trump"]


def test_a_name_after_their_or_a_demonym_alone_is_no_person_an_epithet_stands_for():
    text = ("Cat Deeley has resigned as host of CD:UK.\n\n"
            "The 28-year-old host who also presents Stars In Their Eyes said she wanted new projects. "
            '"I have had a great few years," the presenter said.\n\n'
            "The 22-year-old Scot Allan Scott finished fourth. The 22-year-old Scot was pleased. "
            '"It was a learning curve," said the East Kilbride athlete.')
    assert [q[1] for q in quotes_of(text)] == ["Cat Deeley", "Allan Scott"]


def test_a_quoted_nickname_inside_a_name_leaves_the_name_whole():
    text = ('Juan "Chico" Manriquez of Oakland carried one of the photos. "I pretty much cried," he said.\n\n'
            'Former Marine John "Tig" Tiegen was troubled. "It puts lives in jeopardy," he said.\n\n'
            'Michael Howard spoke. "I am honest," he said. Jimmy "the Whirlwind " White has admitted missing lessons.')
    assert [q[1] for q in quotes_of(text)] == ["Juan Manriquez", "John Tiegen", "Michael Howard"]  # no nickname


@pytest.mark.parametrize("written", ['Jimmy "the Whirlwind " White', 'Jimmy “The Whirlwind” White',
                                     'Jimmy «the Whirlwind » White'])
def test_a_nickname_of_two_words_inside_a_name_leaves_the_name_whole(written):
    text = f'{written} has admitted missing lessons. "We loved the game," Mr White said.'
    assert [q[1:3] for q in quotes_of(text)] == [("Jimmy White", "Mr White")]


@pytest.mark.parametrize("written", ["Brian 'Head' Welch", "Brian ‘Head’ Welch"])
def test_a_nickname_in_single_marks_inside_a_name_leaves_the_name_whole(written):
    text = f'{written} told a radio station he had quit.\n\n"I am going," Welch said.'
    assert [q[1] for q in quotes_of(text)] == ["Brian Welch"]


def test_words_quoted_in_the_sentence_after_one_closing_on_he_said_are_his():
    text = ("John Smith spoke.\n\n"
            "This makes it difficult to dislodge misinformation, he said. Good information can still drive out "
            'bad, but usually only when "the truth is sexier than the lie."')
    assert [q[1:3] for q in quotes_of(text)] == [("John Smith", "he")]


def test_a_listed_quotation_takes_the_attribution_the_list_ends_with():
    text = ('Guns are "a crisis" and "stunt growth," Howard Dean, the former governor of Vermont, proclaimed.')
    assert [q[1] for q in quotes_of(text)] == ["Howard Dean", "Howard Dean"]


@pytest.mark.parametrize("text, speaker", [
    ('When Trump suggested it, Rubio fired back forcefully: "If they sue us in Miami, they are going to lose."',
     "Rubio"),
    ('"France will always be France," Hollande retaliated. "It never gives up."\nManuel Valls also spoke out '
     'sharply against the influence.', "Hollande"),
])
def test_a_phrasal_cue_may_end_on_an_adverb_but_not_go_on_past_it(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


@pytest.mark.parametrize("text, mention", [
    ('Another said he hoped with his "whole heart" that Trump wins.', "Another"),
    ('"It will expand," he added. Some are talking about "quadruple play", too.', "Some"),  # not his, across `are`
    ('"It will expand," he added. Many have called it "a scandal".', "Many"),
])
def test_another_or_several_speak_but_name_no_one(text, mention):
    assert [q[1:3] for q in quotes_of(text)][-1] == (None, mention)


def test_one_set_off_by_an_appositive_before_a_cue_is_the_subject_not_an_inverted_speaker_after_it():
    text = 'One, a retired teacher, said the policy was "cruel".'
    assert [q[1:3] for q in quotes_of(text)] == [(None, "One")]  # was ("policy", "the policy")


@pytest.mark.parametrize("first", [
    'One protester said the policy was "cruel".',
    'One protester, a retired teacher, said the policy was "cruel".',  # her own appositive is no kind of the group
    'One, a retired teacher, said the policy was "cruel".',  # (was the policy's words)
])
def test_another_is_one_more_of_the_kind_the_paragraph_described_not_an_appositive(first):
    text = f'Protesters gathered outside Parliament. {first} Another said: "We won\'t stop."'
    assert [q[1] for q in quotes_of(text)] == ["protester", "protester"]  # was retired teacher


@pytest.mark.parametrize("text, speaker", [
    ('"If State obtains records, it intends to search them" that would respond to requests, Justice Department '
     'senior trial counsel Caroline Lewis Wolverton wrote in a court filing.', "Caroline Lewis Wolverton"),
    ('"What we are proposing is a civic commons," Will Davies, senior research fellow at the IPPR told the BBC '
     'News website.', "Will Davies"),
    ('The economy faced "serious challenges," the British Chamber of Commerce said.', "British Chamber of Commerce"),
])
def test_a_cue_that_ends_the_sentence_names_its_long_subject_or_the_name_before_an_unclosed_appositive(
        text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_two_roles_joined_by_and_describe_the_person_just_named():
    text = ("Sen. Bernie Sanders on Wednesday also called upon the U.S. to press China.\n\n"
            '"North Korea is a paranoid, isolated nation," the independent Vermont senator and Democratic '
            "presidential candidate told ABC.")
    assert [q[1:3] for q in quotes_of(text)] == [
        ("Bernie Sanders", "the independent Vermont senator and Democratic presidential candidate")]


def test_riffed_reports_speech():
    text = '"Let me help you out - the answer is no," the Republican nominee riffed on the non-answer.'
    assert [q[1:4] for q in quotes_of(text)] == [("Republican nominee", "the Republican nominee", "riffed")]


def test_a_name_before_an_appositive_role_left_open_speaks_and_a_verb_ends_a_name():
    text = ('Brent Bozell, PTC president and conservative activist said: "MTV is selling raunchy sex to kids."\n\n'
            "VOTE Was Germaine Greer right to quit?\n\n"
            'Nielsen had panicked, Greer said. The feminist writer and broadcaster said the show behaved '
            '"like a child rather than a parent".')
    assert [q[1] for q in quotes_of(text)] == ["Brent Bozell", "Germaine Greer"]


def test_according_to_its_own_analysis_leaves_the_quotation_to_who_said_so():
    text = ('Win Htein, a member of the committee, said that according to its analysis, the NLD has won 82 percent '
            'of the vote, but "we are still counting the seats."\n\n'
            'According to his spokesman, "it is over."')
    assert [q[1] for q in quotes_of(text)] == ["Win Htein", "Win Htein's spokesman"]


@pytest.mark.parametrize("text, speaker", [
    ('"It is easy," points out former Olympian and BBC pundit Steve Cram.', "Steve Cram"),
    ('"We gained momentum," said chairman and chief executive officer Bill Ford.', "Bill Ford"),
    ('"It has soft patches," Economic and Fiscal Policy Minister Heizo Takenaka said.', "Heizo Takenaka"),
    ('"There is no question," said the former Vanchester United and England captain Wazza Roon.', "Wazza Roon"),  # two
    # sides joined before the role (was Vanchester United)
    ("Liam Neeson spoke. His films include Schindler's List, said the paper.\n\n"
     "The actor, whose films include Schindler's List, said: \"The Lyric must not fall.\"", "Liam Neeson"),
])
def test_roles_joined_by_and_before_a_name_and_a_title_after_a_possessive_are_no_speakers(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('While accepting that people "have to be prepared" for an attack, Mr Solana said he had qualms.',
     [("Solana", "Mr Solana")]),
    ('Gordon Brown spoke. But this year, because of "volatility in the oil market", he said the duty would be frozen.',
     [("Gordon Brown", "he")]),
    ('He was "riding the fence on it" until Haley said it was over.', [(None, None)]),
    ('His mother Katherine Jackson spoke. Describing Mr Jackson as "a good person", the mother-of-nine said she '
     'feared for him.', [("Katherine Jackson", "the mother-of-nine")]),
])
def test_a_quotation_in_a_phrase_that_opens_the_sentence_is_part_of_what_its_cue_reports(text, expected):
    assert [q[1:3] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Sir Digby Jones spoke. His message to the chancellor was: "Please do not give it away."',
     [("Digby Jones", "His", "message")]),
    ('The minister\'s reply: "We will not."', [("minister", "The minister's", "reply")]),
    ('Barrett\'s dictum to his interns was, "It\'s not a good story if you don\'t get a death threat."',
     [("Barrett", "Barrett's", "dictum")]),
    ('Many followed President Reagan\'s dictum that the Soviet Union was an "evil empire" bent on domination.',
     [("Reagan", "President Reagan's", "dictum")]),
    ('He studied under Wayne Barrett, the reporter; Barrett\'s dictum to his interns (repeated to me over the '
     'years) was, "It\'s not a good story if you don\'t get a death threat."',
     [("Wayne Barrett", "Barrett's", "dictum")]),  # a clause after a semicolon, an aside in brackets
])
def test_whose_message_or_reply_a_colon_or_comma_introduces_says_it(text, expected):
    assert [q[1:4] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Gordon Brown spoke. A Labour Party spokesman told the BBC the party avoided those lists. "When we ask '
     'which party they will vote for, that is not marketing," he said.', "Labour Party spokesman"),
    ('David Davis attacked the plan. A Home Office spokeswoman said the plan was sound. "We have consulted '
     'widely," she said.', "Home Office spokeswoman"),
    ('Michael Ancram spoke. The Tory spokesman also criticised the government. "It is a commentary of 500 '
     'pages," he said.', "Michael Ancram"),
])
def test_someone_new_reported_by_a_role_alone_is_who_a_later_he_or_she_is(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_source_close_to_a_body_is_one_phrase_and_there_s_x_makes_x_a_subject():
    text = ('David Axelrod tweeted. "It is misleading," Axelrod tweeted.\n\n'
            'Bill Clinton has been "very worked up about it," said a source close to the campaign.\n\n'
            "Then there’s Axelrod.\n\n"
            "“Kind of bewildering as to why they do it,” he wrote last October.")
    assert [q[1] for q in quotes_of(text)] == ["David Axelrod", "source close to the campaign", "David Axelrod"]


def test_who_after_a_name_and_a_short_phrase_of_place_stands_for_the_name():
    text = ('"Let everybody know that they are to go to the refuge," Bundy says to Santilli on camera, who '
            'responds enthusiastically: "Okay, we will go!"')
    assert [q[1] for q in quotes_of(text)] == ["Bundy", "Santilli"]


def test_an_exclamation_mark_inside_a_name_ends_no_sentence():
    text = 'Brett Lock of gay group OutRage! said they were "wiping the slate clean".'
    assert [q[1:3] for q in quotes_of(text)] == [("Brett Lock", "Brett Lock of gay group OutRage!")]


def test_a_word_of_gender_set_off_before_a_name_gives_the_name_its_gender():
    text = "Mr Trump's wife, Zelphira, is due to speak on Monday.\n\nAt a rally this spring, she described him as \"kind\"."
    assert [q[1] for q in quotes_of(text)] == ["Zelphira"]


def test_a_plural_description_is_no_he_or_she_later():
    text = ('Joe Madison recalled the call-in show.\n\nThe listeners wondered if "he would be the token black."\n\n'
            '"I hate to put it that way," he said.')
    assert [q[1] for q in quotes_of(text)] == ["listeners", "Joe Madison"]


@pytest.mark.parametrize("text, speakers", [
    ('Tory co-chairman Liam Fox opened the conference.\n\n"Labour has lost trust," Dr Fox said.\n\n'
     '"It is false," Fox News said.', ["Liam Fox", "Fox News"]),
    ('Liam Fox opened the conference. Labour has "lost trust", he told delegates.', ["Liam Fox"]),
    ('"We vote," Virginia House said. "We do," she added.', ["Virginia House", None]),
])
def test_fox_is_a_person_with_a_title_or_a_first_name_and_a_house_stays_a_body(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_full_name_of_the_pronouns_gender_just_before_beats_an_earlier_speaker_of_unknown_gender():
    text = ('"I am fine," the governor said.\n\nThe crowd cheered.\n\n'
            "To Montclair State University political science professor Brenda Harrison, Christie's seeming stare "
            'seemed to reflect sadness.\n\n'
            '"It looked like heartbreak," she said.')
    assert [q[1] for q in quotes_of(text)] == ["governor", "Brenda Harrison"]


@pytest.mark.parametrize("text, speakers", [
    ('The market is abuzz. "You can call it a peace dividend," smiles one broker.', ["broker"]),
    ('"It was fun," grinned Smith.', ["Smith"]),
])
def test_smiling_and_grinning_after_a_quotation_are_speech_cues(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_the_winner_is_the_person_just_named():
    text = 'Peter Jackson thanked the crowd. "It was hard," the Oscar winner said.'
    assert [q[1] for q in quotes_of(text)] == ["Peter Jackson"]


def test_called_before_a_name_that_ends_the_clause_names_a_thing_and_reports_no_speech():
    text = ('Matthew Herren told the BBC how the group uses handheld computers called E-slates. '
            '"The E-slates connect to a base station."')
    assert [(q[1], q[3]) for q in quotes_of(text)] == [("Matthew Herren", None)]


@pytest.mark.parametrize("text, speaker", [
    ('With access to the net, the government, suggests Mr Davies, could act as an intermediary or "middleman" to set '
     'up places of debate.', "Davies"),
    ('Dan Kritenbrink, a director at the Council, said he expects Obama, Abe, and Park to "show unity."',
     "Dan Kritenbrink"),
    ('Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on the Mall, said the event brought back '
     'memories of her father, and of "all the people who were not here."', "Donna Rawlings"),  # a clause after
    # `said`, its verb's object, no subject set off
])
def test_a_cue_set_off_by_commas_with_its_subject_after_it_names_that_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_noun_ending_in_ly_after_an_adjective_is_a_subject_not_an_adverb():
    text = '"Central to the proposals are lower prices," the former monopoly said in a statement.'
    assert [q[1] for q in quotes_of(text)] == ["former monopoly"]


def test_an_honorific_opens_a_name_that_follows_another_capitalised_phrase():
    text = 'In a speech to the Foreign Policy Centre Mr Straw said of the Tory leader: "He is not wise."'
    assert [q[2] for q in quotes_of(text)] == ["Mr Straw"]


def test_a_word_of_gender_ending_the_appositive_outweighs_a_later_him():
    text = ("Janie Hendrix, the guitarist's stepsister, said the family hoped the guitarist would have a road named "
            'after him. "That is something my father wanted," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Janie Hendrix"]


@pytest.mark.parametrize("clause", [
    "The revenue will grow with 3G, thinks Paolo Pescatore, an analyst at IDC.",
    "The revenue will grow with 3G, thinks Paolo Pescatore mobile industry specialist for analysts IDC.",
    "The revenue will grow with 3G, says Paolo Pescatore mobile industry analyst for IDC.",
])
def test_a_name_after_an_inverted_verb_of_mind_or_saying_is_the_next_he(clause):
    text = f'Graeme Oxby said it was good. "It is fine," he said.\n\n{clause} "Wireless is exploited," he said.'
    assert [q[1] for q in quotes_of(text)] == ["Graeme Oxby", "Paolo Pescatore"]


def test_a_role_after_a_name_that_opens_another_name_does_not_end_it():
    text = ('"Godzilla should thank you for this star," said Final Wars producer Shogo Tomiyama. "But unfortunately, '
            'he cannot speak English," he added.')
    assert [q[1] for q in quotes_of(text)] == ["Shogo Tomiyama", "Shogo Tomiyama"]


@pytest.mark.parametrize("text, speaker", [
    ('Russian Dmitriy Bogdanov won last week and then claimed the race would be his, but James McIlroy is '
     'unfazed.\n\nHe admitted: "He looked quite good in his win."', "James McIlroy"),  # the clause after `but`
    ('Alastair Campbell e-mailed Mr McFadyen, but suggesting presenter Jeremy Paxman would have seen the funny '
     'side.\n\nHe said: "Not very good at this e-mail malarkey."', "Alastair Campbell"),  # no subject right after it
])
def test_a_he_after_a_sentence_whose_but_clause_has_its_own_subject_is_that_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ted Cruz is calling for rivals to drop out. He declared that as long as the field remained divided, Donald '
     'Trump would have a path, which he declared "a total disaster" for his party.', "Ted Cruz"),
    ('Ted Cruz spoke first. Donald Trump said the field was divided, which he called "a total disaster".',
     "Donald Trump"),  # no he opens the sentence
])
def test_a_he_later_in_a_sentence_a_he_opens_is_the_same_person(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Gavin Henson is already a legend.\n\n"I looked at him," said Thomas. Henson, surveying his date with destiny, '
     'relished the responsibility. Without further ado, he slotted the kick. "I knew I would get it," he said later.',
     "Gavin Henson"),  # the he of the sentence before stands for the subject of the one before that
    ('Jack Law spoke. He said it was vital. Mr MacDonell said the minister should know that if he said things which '
     'were "off the mark", they would come back.', "MacDonell"),  # a he inside a clause: not the opening he
])
def test_a_he_opening_the_sentence_before_is_the_same_person_as_the_quotations(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Mr Blair\'s spokesman said: "The church has a position." His words came as Cardinal Cormac Murphy O\'Connor '
     'backed Mr Howard\'s stance. In a statement, he said abortion was a "very key issue".', "Cormac Murphy O'Connor"),
    ('"We did not disclose these adjustments," Mr Sullivan said. He portrayed Bernie Ebbers, a businessman who '
     'built up WorldCom, as obsessed with costs. "He would talk about coffee filters."', "Sullivan"),  # a he opens it
    ('Everton manager David Moyes will discipline striker James Beattie for his headbutt on Chelsea defender William '
     'Gallas.\n\nThe Scot initially defended Beattie, whose dismissal put Everton on the back foot in a game they '
     'ultimately lost 1-0, saying Gallas overreacted. But he has had a rethink after looking over the video evidence '
     'again. He said: "I should set the record straight."', "David Moyes"),  # a subject described: a person
])
def test_a_he_after_a_sentence_whose_subject_is_no_one_is_the_person_acting_in_its_clause(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Peter Mandelson warned the BBC. Alastair Campbell messaged Newsnight.\n\nMr Campbell\'s e-mail, which was '
     'intended for a party official, suggested they should get Trevor Beattie to issue a statement. In it, he said: '
     '"Just spoke to trev."', "Alastair Campbell"),
    ('Manchester City boss Kevin Keegan has praised striker Robbie Fowler.\n\nFowler\'s double strike helped City '
     'come back from two goals down to clinch a dramatic win at Carrow Road and Keegan sympathised with Norwich boss '
     'Nigel Worthington afterwards. "I feel a bit for Nigel Worthington," he said.', "Kevin Keegan"),  # Keegan acts
])
def test_a_he_after_a_sentence_a_persons_possessive_opens_is_that_person(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_pronoun_after_a_cue_and_another_name_gives_the_subject_no_gender():
    text = ('Bipin Bihari, deputy police chief, said Khan was sent back to Norway, where she holds a passport. '
            '"She was on a visitor\'s visa," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Bipin Bihari"]


@pytest.mark.parametrize("text, speaker", [
    ('Professor Robin Lovell-Badge said he had witnessed the confusion. He said: "It is bad."', "Robin Lovell-Badge"),
    ('One voter, Guadalupe Potocacetpl, 35, showed up in the gear of a Chicano group. He had protested Trump at a '
     'rally.\n\n"I met a lot of Bernie supporters," he said.', "Guadalupe Potocacetpl"),
    ('Dana Milbank wrote about the race on Sunday. "It is over," he said.', "Dana Milbank"),
    ('Tracy Martin spoke at the vigil for Trayvon. He said: "We want justice."', "Tracy Martin"),
])
def test_a_given_name_of_either_gender_leaves_the_gender_to_the_pronouns(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Coach Bernard Laporte has made four changes. Captain Fabien Pelous sees hope on the horizon. "I get the '
     'impression we are getting better," he said.', "Fabien Pelous"),  # French, Welsh, Dutch, Slavic, … names too
    ('Chief of Staff Denis McDonough heaps praise on Kennedy.\n\nMcDonough was responding to a message from '
     'Undersecretary for Political Affairs Wendy Sherman. "Another Pat Kennedy miracle," she wrote.', "Wendy Sherman"),
    ('McDonough was responding to a message from Undersecretary Wendy Sherman. "Another miracle," she wrote.',
     "Wendy Sherman"),  # a title, not a word of her name
    ('Pete Morgan coaches Martina Hingis. "I will play," she said.', "Martina Hingis"),
    ('The co-head of aerospace group EADS Philippe Camus is to leave.\n\nMr Camus said: "I will give up my role."',
     "Philippe Camus"),  # a body's acronym, then a French given name
    ('Marat Safin beat Lleyton Hewitt in the final. Mira Nair watched. "I am very happy," he said.', "Marat Safin"),
    ('The woman identified herself as a resident named Caroline.\n\n"He cares," she said.', "Caroline"),  # alone
    ('The woman lives 25 miles south of Florence.\n\n"He cares," she said.', None),  # alone and not named so: a place
    ('Iryna Venediktova met Oleh Syniehubov. "We agreed," he said.', "Oleh Syniehubov"),  # Ukrainian given names
    ('Dmytro Kuleba met Olena Zelenska. "We agreed," she said.', "Olena Zelenska"),
])
def test_a_given_name_of_one_gender_makes_the_person_a_he_or_a_she(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"We talk a lot," said Marty Walz, chair of the council.\n\nWalz approaches it more diplomatically. She said '
     'she would rather see money spent to elect Hillary Clinton.\n\n"They want to defeat opportunity," she said.',
     "Marty Walz"),  # the text's She, not the lexicon's male Marty, nor the woman the sentence names after it
    ('"We talk a lot," said Marty Walz, chair of the council.\n\nWalz phoned the boy’s mother. She was proud.\n\n'
     '"We won," he said.', "Marty Walz"),  # a word for a woman between: the She is hers, Walz still a he
    ('A man is jailed for murder.\n\nDet Insp Matt Haines said: "We are pleased."\n\nJordan Smith, 24, of Handsworth, '
     'denied murder. He must serve 21 years.\n\n"He will appeal," his lawyer said.', "Jordan Smith's lawyer"),  # the
    # place of the appositive is no one else the He may stand for: not the officer's lawyer
])
def test_a_he_or_she_opening_the_sentence_after_one_a_name_opens_gives_that_name_its_sex(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_name_ending_in_a_word_for_a_group_is_no_he():
    text = ('17 Of The Most Powerful Things Latinos Said In 2015 That Got Us Thinking.\n\n'
            'Latinos gave us plenty to think about in 2015, and it’s time to revisit some of the best moments.\n\n'
            '1\nJohn Leguizamo On How U.S. History Makes Latinos Feel “Invisible.”\n\nGetty.\n\n'
            'In a conversation about his project, the actor discussed the absence of Latinos in history education. '
            '“Just imagine, you’re a white kid,” he said.')
    assert [q[1] for q in quotes_of(text)] == ["John Leguizamo"]  # not `Powerful Things Latinos`


def test_a_person_introduced_in_the_paragraph_before_may_be_a_she_whose_gender_is_unknown():
    text = ('"It is education," says Melissa Roloson, 32, of Sodus.\n\n'
            'Tavi Yago, 33, a supporter of Republican Donald Trump who lives across the country in Greeley, Colo., '
            'finds herself in a similar retail job.\n\n'
            '"I have had two grants," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Melissa Roloson", "Tavi Yago"]


def test_a_spokesman_for_a_named_body_who_spoke_is_a_later_he():
    text = ('A spokesman for the British Casino Association, which represents the industry, said the government was '
            'trying. "The UK industry is respected," he said.')
    assert [q[1] for q in quotes_of(text)] == ["British Casino Association spokesman"]


def test_the_role_beside_a_name_is_no_new_described_speaker_and_charged_with_is_no_cue():
    text = ('"Pupils used the statistics," said Ben Williamson, a researcher at Futurelab charged with testing the '
            'game. Professor Angela MacFarlane has spent years on games.\n\n'
            'Use of games in schools has been patchy, she found. "It is a compromise," she wrote.')
    assert [q[1] for q in quotes_of(text)] == ["Ben Williamson", "Angela MacFarlane"]


def test_a_name_before_a_plural_and_an_auxiliary_modifies_a_noun_and_says_nothing():
    text = ('Controversial new UK casinos will be banned from using tricks to ensure they are "socially responsible", '
            'it has been suggested.')
    assert [q[1:] for q in quotes_of(text)] == [(None, None, None)]


@pytest.mark.parametrize("text, speakers", [
    ('A spokesman for the Information Commissioner said it was marketing. "It is," he said.\n\nThe spokesman said '
     'there was "no yes or no" answer.', ["Information Commissioner spokesman"] * 2),
    ('A Vodafone spokesman said "no".\n\nThe spokesman said talks "may go on for some time yet".',
     ["Vodafone spokesman", "Vodafone spokesman"]),
    ('A spokeswoman for Tesco said "no". The spokesman said "yes".', ["Tesco spokeswoman", "spokesman"]),
])
def test_the_spokesman_is_the_spokesperson_who_spoke_last_if_the_gender_agrees(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_quotation_whose_cue_before_it_has_no_subject_found_is_not_the_previous_paragraphs_speaker():
    text = ('Lord Nicholls said: "Indefinite imprisonment is the antithesis of the rule of law.\n\n'
            'In a statement, detainee \'A\' in Woodhill Prison said: "I hope now that the government will act."')
    assert [q[1] for q in quotes_of(text)] == ["Lord Nicholls", None]


@pytest.mark.parametrize("text, speaker", [
    ('"It is a question of sovereignty," Reuters quoted a central bank official as saying.', "central bank official"),
    ('The paper quoted Peter Chernin as saying the firm "would like to get into it".', "Peter Chernin"),
    ('Geoff Dixon was quoted by The Australian newspaper as saying he wanted an "all-Australian" crew.', "Geoff Dixon"),
])
def test_whom_a_report_quotes_as_saying_is_the_speaker_not_the_report(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_role_that_ends_a_long_body_name_is_a_described_speaker_for_a_later_she():
    text = ('A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. '
            '"No date was ever given," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Department for Work and Pensions spokeswoman"]


@pytest.mark.parametrize("text, speaker", [
    ('In a joint statement the firms said they wanted consumers to enjoy "appropriately licensed video".', "firms"),
    ('According to the report the trend is "worrying".', "report"),
])
def test_the_speaker_is_the_noun_phrase_after_an_opening_phrase_or_a_source(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Liam Neeson held a dinner party.\n\nThe Oscar-nominated actor, whose films include Schindler's List, Michael "
     'Collins and Star Wars, said: "The Lyric is too important."', "Liam Neeson"),
    ("The internationally recognised south is an EU member, but Turkey, which occupies the north, had insisted it "
     'would not bow, calling the issue a "red line".', "Turkey"),
])
def test_a_relative_clause_with_a_list_in_it_is_skipped_to_find_the_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1:] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Local police were said to be "very surprised" he was in the area.', [None]),
    ('Education Secretary Ruth Kelly said Prof Aynsley-Green would "strengthen the voice of children". Prof '
     'Al Aynsley-Green was a lecturer at Oxford University. He is described as "a proud grandfather" of four.',
     ["Ruth Kelly", None]),
    ('Kevin Donnellon was asked: "Why on earth do you want it?"', [None]),
    ('President Barack Obama also is reported to have called the Saudis "free riders" who rely on aid.',
     ["Barack Obama"]),
])
def test_the_subject_of_a_passive_speech_verb_is_not_its_speaker_unless_an_infinitive_cue_follows(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_contraction_opening_a_question_names_no_one():
    text = ('"We will win," he said.\n\nBut have we not been here before? Won\'t voters gravitate to the Tories? '
            '"The problem is that the party has melted away."')
    assert [q[1] for q in quotes_of(text)][-1] is None


def test_he_after_a_full_named_speaker_of_unknown_gender_is_that_speaker_not_an_earlier_man():
    text = ('"The focus is on more for all," said Mr Manuel. Economist Colen Garrow said the budget would help. '
            '"It is a good incentive for business," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Manuel", "Colen Garrow"]


def test_a_titled_name_after_a_sentence_final_cue_is_a_speaker_for_a_later_he():
    text = ('"Also," he said, "they have to simplify it." According to Continental Research, 29% of people are '
            'technophobes. Services do not work across networks, said Mr Jain. "They ask themselves why," he said.')
    assert quotes_of(text)[-1][1:3] == ("Jain", "he")


def test_ahead_of_after_an_inverted_speaker_ends_the_name():
    text = '"All the chat in France has been about it," said Castaignede ahead of the 12 March tie.'
    assert [q[1] for q in quotes_of(text)] == ["Castaignede"]


def test_the_speaker_of_an_adverbial_clause_inside_a_sentence_is_no_later_he():
    text = ('But Mr Clarke said he had supported the plans when Mr Blunkett argued for them and he supported them '
            'now. "ID cards are a means to a more secure society," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Clarke"]


def test_after_according_to_x_a_speaking_subject_is_the_speaker_and_x_its_source():
    text = 'According to Mr Peston the prime minister said: "Help me to get through the year."'
    assert [q[1] for q in quotes_of(text)] == ["prime minister"]


@pytest.mark.parametrize("text, speaker", [
    ('Radwan Hadi is an economist.\n\nObserves Mr Hadi: "The economy marks a big divide."', "Radwan Hadi"),
    ('Roger Stone spoke on Monday.\n\nContinued Stone: "So I think it is a very real problem."', "Roger Stone"),
    ('Continued growth is "likely", analysts said.', "analysts"),
])
def test_a_cue_opening_the_sentence_before_a_name_and_a_colon_is_that_names(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('Said the Pew report: "This finding is ironic."', ("Pew report", "the Pew report", "Said")),
    ('Added Mr Smith, "It is over."', ("Smith", "Mr Smith", "Added")),
])
def test_a_cue_opening_the_sentence_before_a_description_and_a_colon_is_its(text, expected):
    assert [q[1:4] for q in quotes_of(text)] == [expected]


def test_a_capitalised_adverb_inside_a_name_runs_on():
    text = '"The risks are real," said Credit Suisse First Boston analyst Vadim Mitroshin. The dispute goes on.'
    assert [q[1:3] for q in quotes_of(text)] == [
        ("Vadim Mitroshin", "Credit Suisse First Boston analyst Vadim Mitroshin")]


@pytest.mark.parametrize("opening", ["(See Sexton’s timeline below.)", "Read Sexton's timeline below."])
def test_a_verb_telling_the_reader_to_do_something_is_no_part_of_the_name_after_it(opening):
    text = f'The writer Jared Sexton went to the rally. {opening} "It is hate," Sexton said.'
    assert [q[1] for q in quotes_of(text)] == ["Jared Sexton"]


@pytest.mark.parametrize("text, speakers", [
    ('The official said the government has not yet decided. "The method matters most," he said.', ["official"]),
    ('The Trafford Centre spokeswoman said 8,500 vehicles had arrived. "We predict the same trend," she added.',
     ["Trafford Centre spokeswoman"]),
    ('The official said the plan was ready. Minister John Smith disagreed. "It is not," he said.', ["John Smith"]),
    ('A BBC spokeswoman said Andi Peters would stay on. She said that the slot was still to be decided. The show '
     'will be close to the chart show. "Hopefully the audience will find it."', ["BBC spokeswoman"]),  # no cue
])
def test_a_role_described_with_the_who_spoke_is_a_he_or_she_only_when_no_one_else_may_be(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_an_object_set_off_by_a_relative_before_a_participle_is_no_subject_nor_is_the_participles_clause():
    text = ('Everton manager David Moyes will discipline striker James Beattie.\n\nThe Scot initially defended '
            'Beattie, whose dismissal put Everton on the back foot, saying Gallas overreacted. But he has had a '
            'rethink. He said: "I should set the record straight."')
    assert [q[1] for q in quotes_of(text)] == ["David Moyes"]


def test_a_run_of_quoted_paragraphs_announced_by_a_colon_keeps_its_opening_marks_around_inner_quotes():
    text = ('Dr. Kelli Ward called for the impeachment of Loretta Lynch.\n\nDr. Ward stated:\n\n'
            '"The Department of Justice isn’t about “Equal Justice Under Law” anymore.\n\n'
            '"The solution is not politics. This is government gone wild."')
    assert [(q[0][:30], q[1]) for q in quotes_of(text)] == [
        ("The Department of Justice isn’", "Kelli Ward"), ("The solution is not politics. ", "Kelli Ward")]


@pytest.mark.parametrize("text, expected", [
    ('“We’ve had better conventions,” Texas delegate Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign '
     'pins, said as confetti fell.', ("Bill Eastland", "Texas delegate Bill Eastland", "said")),
    ('“Too forced?” He tweeted when Clinton ended a debate with a reference to the "Star Wars" sequel, remarking, '
     '“May The Force be with you.”', (None, "He", "tweeted")),  # no aside: the sentence's own cue, not one past it
])
def test_a_short_capitalised_label_inside_an_aside_after_a_quotation_does_not_end_it(text, expected):
    assert quotes_of(text)[0][1:4] == expected


def test_a_playing_role_before_a_surname_alone_is_a_title():
    text = 'Robbie Keane scored twice. Matchwinner Keane said: "It was a great night."'
    assert [q[1:3] for q in quotes_of(text)] == [("Robbie Keane", "Matchwinner Keane")]


def test_goalscorer_is_a_title_before_a_name_and_an_epithet_after_it():
    text = ('Goalscorer Jimmy Floyd Hasselbaink added: "It was not a beautiful match."\n\n'
            '"We were poor," said the goalscorer.')
    assert [q[1] for q in quotes_of(text)] == ["Jimmy Floyd Hasselbaink", "Jimmy Floyd Hasselbaink"]


@pytest.mark.parametrize("text, speaker", [
    ('"We are happy," he said. Double try scorer Martyn Williams was keen not to talk about a Grand Slam. '
     '"We have got more self-belief these days."', "Martyn Williams"),
    ('Republican presidential nominee Donald Trump issued a statement: "Our prayers are with all those affected."',
     "Donald Trump"),
])
def test_lowercase_words_before_a_role_and_a_name_open_the_subject_with_them(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('In an interview Clinton expressed confidence that her server would not be an issue "that is going to affect '
     'the campaign."', "Clinton"),
    ('Gowdy referenced a report that "less than one percent of State Department emails" were captured.', "Gowdy"),
])
def test_expressing_and_referencing_report_speech(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Asked if Sanders is "realistic enough to serve as president," 72 percent of Democrats said yes.', [None]),
    ('Paul Boateng spoke. Asked if he was appointed after a "fair and open" competition, he replied: '
     '"I have been appointed."', [None, "Paul Boateng"]),
    ('Asked about it, Cruz said that was "an assessment the voters are going to make".', ["Cruz"]),
])
def test_a_quotation_inside_an_opening_question_is_the_unnamed_askers(text, speakers):
    assert [q[1] for q in quotes_of(text)][:len(speakers)] == speakers


def test_an_expressing_cue_with_its_own_object_does_not_take_the_quotation_before_it():
    text = ('Eddie Thompson said: "We are united.\n\n"All that matters is the games ahead." Dundee United players had '
            'expressed their solidarity with McCall.')
    assert [q[1] for q in quotes_of(text)] == ["Eddie Thompson", "Eddie Thompson"]


@pytest.mark.parametrize("text, speaker", [
    ('The committee also highlighted "deeply worrying" cases of children taking their own lives.', "committee"),
    ('"I never thought I would get in trouble," Ms Simonetti told BBC News. The issue has highlighted concerns '
     "amongst bloggers.", "Simonetti"),
])
def test_highlighting_reports_speech_but_not_with_an_object_after_a_quotation(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("verb", ["confided", "confessed", "exhorted"])
def test_confiding_and_confessing_are_speech(verb):
    text = (f'"Bad news," observed Mr MacKenzie. "That was a total disaster," a crestfallen Mr Lim {verb} '
            f'to the presenter.')
    assert [q[1] for q in quotes_of(text)] == ["MacKenzie", "Lim"]


def test_she_is_the_wife_the_paragraph_names_before_a_woman_named_earlier():
    text = ('"It was good fun," said Anne Robinson.\n\n'
            'The film shows Michael Howard playing table tennis with his wife, ex-model Sandra. Asked if she enjoys '
            'it, she confesses: "It would be more enjoyable if I could win."')
    assert [q[1] for q in quotes_of(text)] == ["Anne Robinson", "Sandra"]


def test_a_relative_clause_after_a_name_gives_it_no_gender():
    text = 'Clinton faces frontrunner Donald Trump, who has insulted women, in the race.'
    mentions = find_names(0, text, [])
    assert [(m.words, m.title) for m in mentions] == [(("Clinton",), None), (("Donald", "Trump"), None)]


@pytest.mark.parametrize("sentence, speaker", [
    ('Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution" to them.',
     "Michael Howard"),  # the clause the aside interrupts is about someone else
    ('Tony Blair said it was no different, he said, from what the Tories did in "the bad old days".',
     "Tony Blair"),  # the clause's subject speaks: the aside goes on with him
    ('Michael Howard has no doubt it is Tony Blair who, he claims, is "ramming" it through.',
     "Michael Howard"),  # inside a relative clause the aside is the sentence's subject's
])
def test_a_pronoun_set_off_as_an_aside_is_not_the_subject_of_the_clause_it_interrupts(sentence, speaker):
    text = '"We will win," said Michael Howard.\n\n' + sentence
    assert [q[1] for q in quotes_of(text)] == ["Michael Howard", speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The guidance published on Tuesday said the police had a duty to investigate. Prosecutors were '
     '"determined" to be swift, it said.', "guidance"),
    ('The Times quoted him. Mr Crosby\'s statement said: "We have made an impact." It added: "Labour will '
     'want to distract."', "Crosby's statement"),  # the owner's canonical name, without the title
])
def test_it_may_stand_for_a_text_described_as_the_subject_before(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1:] == [speaker]


def test_a_subject_that_goes_on_with_its_is_a_body_and_no_he():
    text = ('Tata Teleservices is using lasers.\n\n'
            '"Digging is difficult," said Mr R. Sridharan, vice president of networks at Tata.\n\n'
            'The lasers are fast but Tata is running its hardware at modest speeds. "It suits the rain," he said.')
    assert [q[1] for q in quotes_of(text)] == ["R. Sridharan", "R. Sridharan"]


def test_a_party_written_before_a_given_name_is_not_part_of_the_persons_name():
    text = ('Treasury minister Ed Balls said the economy was strong.\n\n'
            'For the Lib Dems David Laws said: "The chancellor will tell us how well the economy is doing," he said.')
    assert [q[1:3] for q in quotes_of(text)] == [("David Laws", "he")]


@pytest.mark.parametrize("text, speaker", [
    ('Mr Ali added his voice to those warning that aid pledges must be delivered, saying the number at risk '
     'hinged on "concerns over sanitation and health" being addressed.', "Ali"),
    ('The home secretary said he would not be launching an investigation and that the media reports were not '
     '"well informed".', "home secretary"),
])
def test_a_speech_noun_before_a_modal_or_auxiliary_is_no_cue(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_he_after_a_sentence_whose_subject_is_a_new_spokesman_is_the_spokesman():
    text = ('"We want sentencers advised," said John Denham.\n\n'
            'But a spokesman for the Home Office defended the proposals. He said: "Parliament acted."')
    assert [q[1] for q in quotes_of(text)] == ["John Denham", "Home Office spokesman"]


def test_he_after_a_sentence_that_says_who_holds_a_role_is_that_person():
    text = ('"There will be no singing Hobbits," said Mr Wallace. The musical\'s British director is Matthew '
            'Warchus, best known for staging the hit Art. "The production will be a hybrid," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Wallace", "Matthew Warchus"]


def test_he_after_a_sentence_opened_by_a_role_is_the_person_holding_it():
    text = ('Tory leader Michael Howard spoke in Bristol. "We will win," said Gordon Brown.\n\n'
            'The Tory leader countered that such deals had been struck at dinners. He declared: "He is the deals '
            'on meals prime minister."')
    assert [q[1] for q in quotes_of(text)] == ["Gordon Brown", "Michael Howard"]


def test_a_name_set_off_after_a_role_and_followed_by_says_is_the_speaker_a_later_he_stands_for():
    text = ('"Independents rarely win," said Walter Stone.\n\n'
            'Bloomberg\'s pollster, Douglas Schoen, says his man has the money. "I don\'t think the conventional '
            'wisdom is going to last," he says.')
    assert [q[1] for q in quotes_of(text)] == ["Walter Stone", "Douglas Schoen"]


def test_a_womans_given_name_outweighs_the_title_spokesman():
    text = ('"We are proud," said Dahlys Hamilton.\n\n'
            'Trump spokesman Hope Hicks confirmed that the group was independent. "They are not affiliated with the '
            'campaign," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Dahlys Hamilton", "Hope Hicks"]


def test_who_after_an_age_stands_for_the_name_before_it_and_the_characterising_verb_is_the_cue():
    text = ('"Listeners get both," says King, 30, who describes outgoing host Butters as "an extremely '
            'professional broadcaster".')
    assert quotes_of(text)[1][1:] == ("King", "who", "describes")


@pytest.mark.parametrize("text, speaker", [
    ('- People coming to the UK from a "high incidence TB country" will need an X-ray.', None),
    ('Countryside Alliance chairman John Jackson said the day was a success. People had turned out "to show en '
     'masse that the Act was a bad law", he said.', "John Jackson"),
    ('On July 6, Sanders made the following comment: "The unemployment rate for young people is 51 percent."',
     "Sanders"),  # a surname in -ers is no plural
])
def test_people_in_general_say_nothing_without_a_speech_verb(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_closing_he_said_gives_the_sentences_subject_no_gender():
    text = ('Malcolm Seagrave, security expert at Energis, said the most common attacks hit sites. Bigger attacks '
            'sending down 200 megabytes of traffic or more were rarely seen, he said. "It does feel like they are '
            'turning the dial," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Malcolm Seagrave"]


@pytest.mark.parametrize("text, names", [
    ('He went to the hedge fund D.E. Shaw & Co. Obama adviser David Plouffe went to Uber.',
     [("D.E.", "Shaw", "&", "Co."), ("Obama",), ("David", "Plouffe"), ("Uber",)]),
    ('Procter & Gamble Co. Chairman A.G. Lafley said so.', [("Procter", "&", "Gamble", "Co."), ("A.G.", "Lafley")]),
])
def test_a_corporate_suffix_ends_a_bodys_name(text, names):
    assert [m.words for m in find_names(0, text, [])] == names


def test_new_inside_a_sentence_opens_a_bodys_name_and_a_founder_is_an_epithet():
    text = ('Mr Wilson, who was also involved with the band New Order, said he would rather not. "It is the real '
            'story," he said. "I did a lousy job," said the Factory Records founder.')
    assert [q[1] for q in quotes_of(text)] == ["Wilson", "Wilson"]
    assert [(m.words, m.is_org) for m in find_names(0, 'New figures show the band New Order split.', [])] == [
        (("New", "Order"), True)]


@pytest.mark.parametrize("text, speaker", [
    ('Minister for Children, Young People and Families Margaret Hodge said: "Carers must not lose out."',
     "Margaret Hodge"),
    ('Wing Christophe Dominici said: "The English played better."', "Christophe Dominici"),
    ('He had been a partner at Tods Murray, the firm said: "He has left."', "firm"),  # a firm, not a Murray
    ('"One would have hoped for leadership," said Hans Joachim Schellnhuber, a climate scientist.',
     "Hans Joachim Schellnhuber"),  # a given name ending like a plural is no plural
    ('DJ Lisa I\'Anson was voted out.\n\n"I am glad to be out," I\'Anson said.', "Lisa I'Anson"),  # not `I'm`
])
def test_a_plural_or_a_position_before_a_full_name_is_not_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_the_object_of_a_phrasal_verb_is_not_the_subject_of_a_participle_after_it():
    text = 'Sanders started out their ninth debate saying "of course" Clinton has the qualifications.'
    assert [q[1:3] for q in quotes_of(text)] == [("Sanders", "Sanders")]


def test_a_name_whose_relative_clause_reports_speech_is_the_next_shes():
    text = ('It is the first nomination for Kate Winslet, who said: "I am thrilled."\n\n'
            'It is also a debut nomination for Staunton, 49, who told BBC News 24 she had not thought the film '
            'would appeal. "It was an extraordinary time making the film," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Kate Winslet", "Staunton"]


def test_it_after_a_text_that_just_spoke_is_that_text_not_the_body_that_spoke_before_it():
    text = ('"He is a politician selling fiction," the paper\'s editorial board wrote. The piece goes on to slam '
            'his "political revolution" for its promises. And it accuses Sanders of "sounding a lot like other '
            'politicians".')
    assert [q[1] for q in quotes_of(text)] == ["paper's editorial board", "piece", "piece"]


def test_two_people_described_by_a_plural_speak_together():
    text = ('Less impressed were fellow students Ryan Crabbe and Gordon Rennie, who observed, "With Fightstar, '
            'Charlie has clearly gone wrong."')
    assert [q[1] for q in quotes_of(text)] == ["Ryan Crabbe and Gordon Rennie"]


def test_a_word_before_a_speech_verbs_bare_form_is_no_subject_a_later_he_can_stand_for():
    text = ('Treasury adviser Ed Balls said the rule would be met.\n\n'
            'Consumer demand rose at a near-record pace in January. "This is a big change," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Ed Balls"]


@pytest.mark.parametrize("text, speaker", [
    ('Home Office minister Baroness Scotland said: "Murder is the most serious of crimes."', "Baroness Scotland"),
    ('Lord Falconer said: "No." He added: "Not yet."', "Lord Falconer"),
    ('Neil Kinnock spoke. Later Lord Kinnock said: "We lost."', "Neil Kinnock"),  # known by a full name
])
def test_a_peer_known_by_one_name_keeps_the_title(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


def test_a_passive_cues_subject_after_a_closed_quotation_is_not_its_speaker():
    text = ('Mr Eerdekens said the test was positive.\n\n'
            '"Either the drug was taken to improve her performance or it was medicine." However, the naming was '
            'condemned by tennis chief Shamil Tarpishchev.')
    assert [q[1] for q in quotes_of(text)] == ["Eerdekens"]


@pytest.mark.parametrize("text, speaker", [
    ('Age Concern says voters are "united around" pensions.\n\nThe report was welcomed by shadow pensions '
     'secretary David Willetts. "The pensioners\' voice must be heard," he said.', "David Willetts"),
    ('John Smith was sacked by Tom Brown. "I was shocked," he said.', "John Smith"),  # not the one acted on
])
def test_the_agent_ending_a_passive_sentence_about_a_thing_is_the_next_he(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_preposition_of_place_ends_the_phrase_before_it_and_joins_the_subject_to_its_object():
    text = ('Oliver Stone hoped the film would do well. "It is my best," said the director behind JFK and Platoon.'
            '\n\nA survey of voters around the country suggests a "shift".')
    assert [q[1:3] for q in quotes_of(text)] == [
        ("Oliver Stone", "the director"),
        ("survey of voters around the country", "A survey of voters around the country")]


@pytest.mark.parametrize("text, speaker", [
    ('Jesus was not crucified, the novel claims.\n\nThe Bishop said: "It is laughable." He added: "Read it."',
     "Bishop"),
    ('"It is wrong," the Scottish Executive said. It added: "We will act."', "Scottish Executive"),  # a body
])
def test_a_capitalised_office_after_the_is_a_person_a_later_he_stands_for(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


def test_a_place_is_neither_the_subject_of_a_participle_after_it_nor_a_he():
    text = ('Jack Straw met MPs.\n\n'
            'He insisted there was no plan for an invasion of the country saying: "People say this."\n\n'
            'The country said it was "ready". "We will talk," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Jack Straw", "country", "Jack Straw"]


@pytest.mark.parametrize("text, speaker", [
    ('A performance on Top of the Pops led 12 viewers to complain he was "lewd".', "12 viewers"),
    ('The decision prompted Tom Smith to say it was "a disgrace".', "Tom Smith"),
    ('Michael Howard urged the chancellor to admit he had dragged "millions of people" into tax.', "Michael Howard"),
    ('Comedy duo Matt Lucas and David Walliams presented the prize to Robbie Williams, leading him to quip he was '
     '"always the talented man of the band".', "Robbie Williams"),  # a participle after the main verb; `him`
    ('The fact-check was retweeted 3,200 times, leading Clinton advisers like Gene Sperling to counter that "every '
     'cent that went to the bail-out, Sanders voted against."', "Gene Sperling"),  # `to counter`: a verb
    ('That record prompted the Atlas, which examines bellwether states and counties, to note that "Vigo County is '
     'the most prominent bellwether."', "Atlas"),  # past a relative clause set off by commas
    ('Programs vary from state to state, depending on whether their staff are "highly trained in the care of '
     'adults".', None),  # `to state`: no one states
])
def test_the_object_of_a_verb_that_makes_someone_speak_is_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_him_that_a_verb_makes_speak_is_the_lone_name_before_it():
    text = ('Joss Stone said: "I feel sick."\n\nComedy duo Matt Lucas and David Walliams presented the prize to Robbie '
            'Williams dressed as his former Take That colleagues Gary Barlow and Howard Donald, leading him to quip he '
            'was "the talented man".')  # not the subject, nor two names joined by and, nor a name before a noun
    assert [q[1] for q in quotes_of(text)] == ["Joss Stone", "Robbie Williams"]


@pytest.mark.parametrize("text, speaker", [
    ('Judge Michael Mosman called it "distasteful."\n\nSantilli\'s attorney, Thomas Coan, argued that his client '
     'was not to be taken seriously. Mosman saw Santilli\'s words differently: "I don\'t take that as a joke," he '
     'said.', "Michael Mosman"),  # the subject bringing the quotation in, not the paragraph's earlier speaker
    ('"I want the job," Paul Reed told BBC Sport.\n\nReed also called for rest. Sean Long, his team-mate, has '
     'expressed doubts about his future "I think Sean\'s situation is hard," he said.', "Paul Reed"),  # no colon
])
def test_he_in_a_sentence_a_named_subject_opens_to_bring_a_quotation_in_is_that_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump leads the polls.\n\nAs usual, it was Trump who commanded the attention. Appearing on CBS, the GOP '
     'front-runner said Clinton "caused tremendous death".', "Donald Trump"),  # a cleft puts its subject first
    ('Donald Trump leads the polls.\n\nAs usual, it was the debate that commanded the attention. Appearing on CBS, '
     'the GOP front-runner said Clinton "caused tremendous death".', "GOP front-runner"),  # a thing, no one
])
def test_an_office_one_runs_for_is_the_person_a_cleft_before_it_puts_first(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Pence praised Cruz. But first, Pence sounded a positive note about Trump.\n\n"I want to commend Donald Trump," '
     'the governor said.', "Pence"),  # an opening adverb and its comma, then the subject
    ('The comments had two goals, the admiral said. First, they were meant to show that the command was '
     '"disconnected from the rest of government."', "admiral"),  # a pronoun after it: the comments, who say nothing
])
def test_the_subject_of_a_sentence_comes_after_an_opening_adverb_and_its_comma(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_her_that_a_verb_makes_speak_is_no_man():
    text = ("Donald Trump won the race, while Hillary Clinton dealt a blow to Senator Bernie Sanders with a strong win "
            "that led her to declare that the nomination was ''in sight.''")
    assert [q[1] for q in quotes_of(text)] == ["Hillary Clinton"]  # not Bernie Sanders, the last name before it


@pytest.mark.parametrize("text, speaker", [
    ('Bening played Virginia Hill, a role which won her acclaim.\n\nBugsy was the start of a very significant '
     'liaison for Bening - she married Beatty. Performances peppered Bening\'s career. She played Michael Douglas\' '
     'opposite number in The American President, and as a "fiery" Queen Elizabeth I in Richard III.', "Bening"),
    ('British actor Owen is hoping to repeat his Golden Globe success with an award for his role in Closer. He raised '
     'a cheer. "I was always a huge fan of Closer as a play," he said.', "Owen"),
])
def test_no_gender_for_a_subject_from_a_pronoun_that_stands_for_someone_else(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('But Larne boss Jimmy McGeough has yet to confirm that Weir is on his way. "I heard he has joined," he said.',
     ["Jimmy McGeough"]),  # the body a role belongs to is no subject
    ('JF Sullivan, spokesman for e-mail software firm Sendmail said firms were learning. "The key thing is to '
     'manage it," he said.', ["JF Sullivan"]),  # one word after a noun for a body names the body
    ('A spokesman for distributor Toho said the film "has received strong interest". "We have a good feeling," '
     'he added.', ["Toho spokesman", "Toho spokesman"]),
    ('"We relied too heavily on reality shows," the head of US TV network Fox said.', ["Fox's head"]),  # the
    # network's head, not the network
])
def test_a_body_named_after_a_noun_for_it_is_no_person(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_name_after_a_cue_an_owner_and_a_role_spoke_and_is_the_next_he():
    text = ('Sun likened grid computing to electricity.\n\n'
            'The system could mature in the same way, said Sun\'s chief operating officer Jonathan Schwartz. '
            '"Why build your own grid?" he asked.')
    assert [q[1] for q in quotes_of(text)] == ["Jonathan Schwartz"]


def test_a_film_that_tells_a_story_is_no_speaker_a_later_she_stands_for():
    text = ('"I felt so privileged," says Andrea Arnold.\n\n'
            'Set in her native Dartford, Wasp tells the story of a young mum. "I just start with an image," '
            'she explains.')
    assert [q[1] for q in quotes_of(text)] == ["Andrea Arnold", "Andrea Arnold"]


def test_a_former_holder_of_an_office_is_not_who_the_office_stands_for():
    text = ('Georgia is offering an amnesty to people who hid earnings under former president Eduard Shevardnadze.\n\n'
            '"There are people who have money," the president told a government session.')
    assert [q[1] for q in quotes_of(text)] == ["president"]


def test_a_noun_ending_in_s_after_a_name_is_no_verb_that_makes_it_a_subject():
    text = ('Ronnie Corbett, soon to reunite with Ronnie Barker for a new Two Ronnies series, also criticised quiz '
            'shows. "It is just laughing," said the 74-year-old comedian.\n\n'
            'They return in The Two Ronnies Sketchbook.')
    assert [q[1] for q in quotes_of(text)] == ["Ronnie Corbett"]


def test_he_after_a_sentence_whose_subject_is_a_full_name_of_unknown_gender_is_that_person():
    text = ('World champion Kim Collins will compete in Birmingham.\n\n'
            'Athens silver medallist Francis Obikwelu will also take part. Kim Collins ran in Birmingham in 2003. '
            '"I\'m looking forward to it," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Kim Collins"]


@pytest.mark.parametrize("text, speaker", [
    ('Norwich have signed Charlton midfielder Graham Stuart.\n\n"It was an easy decision," the 34-year-old told '
     'the club website.', "Graham Stuart"),  # a plural verb after one word: a team, no 34-year-old
    ('Mike Ruddock warned his RBS 6 Nations Championship rivals. "We created chances," said the coach.',
     "Mike Ruddock"),  # a championship is no coach
    ('Arsenal\'s Sol Campbell called the rivalry bitter.\n\nLast October, Arsenal lost 2-0 at Old Trafford. '
     '"It had a psychological impact on us," added the 30-year-old.', "Sol Campbell"),  # owns a person: a club
    ('Mr Minar\'s Jan Novak arrived. Minar lost in qualifying. "This was a big success," said the 20-year-old.',
     "Minar"),  # a he owning a person is still a person
])
def test_a_team_or_a_championship_is_no_person_an_epithet_stands_for(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Norwich have signed Charlton midfielder Graham Stuart until the end of the season.\n\n"It was a very easy '
     'decision to make," the 34-year-old told the website.', "Graham Stuart"),
    ('A group of MPs want the bid blocked. Tony Lloyd, the Manchester Central MP, has pledged to take the matter "to '
     'Tony Blair if necessary".', "Tony Lloyd"),
    ('Norwich have signed Graham Stuart from Charlton and Paul Smith from Everton.\n\n"It was an easy decision," '
     'the 34-year-old told the website.', "34-year-old"),  # two named: which one is 34?
    ('Do you support Ted Cruz? Like the page:\n\nThe former governor noted that voters want no usual candidate. '
     '"Those are very skilled governors," the Texan said.', "Texan"),  # Cruz is two sentences back
    ('The rally was addressed by Florida Gov. Rick Scott on Monday. "We will win this state," the former Florida '
     'governor said.', "former Florida governor"),  # the office's holder now is not its former holder
])
def test_an_epithet_with_no_one_acting_before_it_is_the_one_person_the_sentence_before_names(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("second, speakers", [
    ('More troubling was Trump\'s unwillingness to back a united Jerusalem. Instead, the businessman has insisted his '
     'position is strongest. "I want to wait," he said.', ["Ari Fleischer", "Donald Trump"]),
    ('Peter Smith criticised Trump\'s plan. The businessman said: "I want to wait."',
     ["Ari Fleischer", "Peter Smith"]),  # one who acts in the paragraph comes before one who owns
])
def test_an_epithet_is_whom_its_paragraph_names_as_an_owner_before_whom_the_paragraph_before_has_speak(
        second, speakers):
    text = f'Donald Trump spoke first. "It was offensive," said Ari Fleischer.\n\n{second}'
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_compound_with_an_inner_of_or_the_is_a_descriptor_not_a_name():
    text = ('Damien Duff scored twice.\n\nMan-of-the-match Duff made the second. "I lost it in the lights," said the '
            'Chelsea star.')
    assert [q[1:3] for q in quotes_of(text)] == [("Damien Duff", "the Chelsea star")]


def test_two_roles_joined_by_and_describe_the_peer_just_named():
    text = ('Lord Dubs agreed to withdraw his bill. During the debate, the Labour peer and former minister said: '
            '"The monarchy should change."')
    assert [q[1:3] for q in quotes_of(text)] == [("Lord Dubs", "the Labour peer and former minister")]


def test_the_subject_of_a_participle_after_with_is_the_name_there():
    text = ('Labour hit back even before their publication with election coordinator Alan Milburn accusing '
            'Mr Howard of producing a "fraudulent prospectus".')
    assert [q[1:3] for q in quotes_of(text)] == [("Alan Milburn", "election coordinator Alan Milburn")]


@pytest.mark.parametrize("text, speaker", [
    ('Defiant Matt Williams says he will not quit. "I have never quit anything," he said.', "Matt Williams"),
    ('Shani Rhys James won the prize. "I am thrilled," she said.', "Shani Rhys James"),  # no adjective
])
def test_an_adjective_that_opens_a_name_is_not_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Forecaster Alex Deakin said snow could fall. "Travel will be difficult," he warned.', "Alex Deakin"),
    ('Meteorologist Jane Lee said snow could fall. "Travel will be difficult," she warned.', "Jane Lee"),
    ('Bookmaker William Hill stopped taking bets. "We have seen gambles like this," the firm said.',
     "Bookmaker William Hill"),  # a firm's word: the name is the firm's
])
def test_a_trade_that_opens_a_name_is_not_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    ("Rishi Sunak and Keir Starmer clashed in the first TV debate.", "Keir Starmer"),
    ("Rishi Sunak debated Keir Starmer on ITV.", "Keir Starmer"),
    ("Rishi Sunak met voters in Kent.", "Rishi Sunak's Labour rival"),  # no one else named
    ("Rishi Sunak met Ed Davey and Keir Starmer.", "Rishi Sunak's Labour rival"),  # which of the two?
])
def test_ones_rival_is_the_one_other_person_named(lead, speaker):
    text = f'{lead}\n\n"He will put up your taxes," Mr Sunak said.\n\n"That is not true," his Labour rival replied.'
    assert [q[1] for q in quotes_of(text)] == ["Rishi Sunak", speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Elon Musk unveiled the new Tesla car in California on Thursday.\n\n'
     '"We will ship it next year," the Tesla chief executive said.', ["Elon Musk"]),  # a name in full: `Elon`
    ('Jensen Huang unveiled the new Nvidia chip in California on Thursday.\n\n'
     '"We will ship it next year," the Nvidia chief executive said.', ["Jensen Huang"]),
])
def test_given_names_of_people_in_the_news_now_are_known(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('The US Secretary of State, Antony Blinken, urged both sides to accept the deal. "The time is now," '
     "America's top diplomat said.", "Antony Blinken"),
    ('Prime Minister Keir Starmer met President Joe Biden in Washington on Friday to discuss Ukraine.\n\n'
     "\"We stand together,\" Britain's prime minister said.", "Keir Starmer"),
    ('Israeli Prime Minister Benjamin Netanyahu met US envoy Steve Witkoff in Jerusalem on Friday.\n\n'
     "\"We stand together,\" Israel's prime minister said.", "Benjamin Netanyahu"),
    ('Israeli Prime Minister Benjamin Netanyahu met US envoy Steve Witkoff in Jerusalem on Friday.\n\n'
     "\"We stand together,\" Britain's prime minister said.", "Britain's prime minister"),  # another country's
])
def test_a_countrys_office_or_epithet_is_as_the_same_with_the_countrys_adjective(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Their neighbour, Bob Jones, 71, who runs the cafe next door, said: "It is the same for all of us."',
     ("Bob Jones", "Their neighbour, Bob Jones")),
    ('Bob Jones, 71, who runs the cafe next door, said: "It is the same for all of us."', ("Bob Jones", "Bob Jones")),
])
def test_a_name_set_off_with_an_age_and_a_relative_clause_is_the_speaker(text, speaker):
    assert quotes_of(text)[0][1:3] == speaker


@pytest.mark.parametrize("chief_of_staff, speakers", [
    ("Zelensky's chief of staff, Andriy Yermak,", ["Volodymyr Zelensky", "Andriy Yermak", "Volodymyr Zelensky"]),
    ("His chief of staff, Andriy Yermak,", ["Volodymyr Zelensky", "Andriy Yermak", "Volodymyr Zelensky"]),
])
def test_a_nations_leader_is_the_one_the_text_titles_its_head_not_one_who_serves_them(chief_of_staff, speakers):
    text = ('Ukrainian President Volodymyr Zelensky has appealed for more air defences after a strike on Kyiv.\n\n'
            f'"Russia must be stopped," he wrote.\n\n{chief_of_staff} said: "The world must respond."\n\n'
            '"We need Patriots now," the Ukrainian leader added.')
    assert [q[1] for q in quotes_of(text)] == speakers


def test_two_nations_leaders_are_each_the_one_titled_head_of_their_nation():
    text = ('Russian President Vladimir Putin met Ukrainian President Volodymyr Zelensky in Istanbul on Monday for '
            'the first talks since the war began.\n\n"We need Patriots," the Ukrainian leader said.\n\n'
            '"No," the Russian leader replied.')
    assert [q[1] for q in quotes_of(text)] == ["Volodymyr Zelensky", "Vladimir Putin"]


@pytest.mark.parametrize("epithet", ["The Catalan", "The Basque", "The Glaswegian", "The Afghan", "The Korean",
                                     "The Monegasque", "The Rwandan", "The Burmese"])
def test_a_regions_or_nations_epithet_stands_for_the_person_named_before(epithet):
    text = ('Manager Pep Guardiola says his side are "in a hole" after a fifth straight defeat.\n\n'
            f'{epithet}, who has won six titles, told reporters: "I have to find solutions."')
    assert [q[1] for q in quotes_of(text)] == ["Pep Guardiola", "Pep Guardiola"]


@pytest.mark.parametrize("epithet", ["The naturalist", "The astronomer", "The footballer", "The influencer",
                                     "The pontiff", "The monarch"])
def test_a_trades_epithet_stands_for_the_person_named_before(epithet):
    text = ('Sir David Attenborough has said the world is at a "tipping point" in a new documentary.\n\n'
            f'{epithet}, who has worked for seven decades, added: "But there is still time."')
    assert [q[1] for q in quotes_of(text)] == ["David Attenborough", "David Attenborough"]


@pytest.mark.parametrize("ranking, speaker", [
    ("the world number one", "Jannik Sinner"),
    ("the British number one", "Jannik Sinner"),
    ("the world number two", "Jannik Sinner"),  # any rank (was world number two)
    ("the world number 14", "Jannik Sinner"),
    ("the world No 2", "Jannik Sinner"),
    ("the number two", "number two"),  # no ranking named: as likely a deputy
])
def test_a_players_ranking_stands_for_the_player_named_before(ranking, speaker):
    text = f'Jannik Sinner won the final in straight sets.\n\n"It\'s a dream," said {ranking}.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("arteta, speakers", [
    ("Arsenal boss Mikel Arteta", ["Mikel Arteta", "Pep Guardiola", "Mikel Arteta", "Pep Guardiola"]),
    ("Gunners boss Mikel Arteta", ["Mikel Arteta", "Pep Guardiola", "Arsenal manager", "Pep Guardiola"]),  # the
    # side by another name: not City's manager, yet no telling it is Arteta's
])
def test_a_sides_head_is_no_one_titled_head_of_another_side(arteta, speakers):
    text = (f'Arsenal beat Manchester City 5-1.\n\n"It was a special day," said {arteta}.\n\n'
            'City manager Pep Guardiola admitted his side were "not good enough".\n\n'
            'The Arsenal manager added: "We were brilliant."\n\n"I\'m not worried," the City boss insisted.')
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_sides_head_alone_may_be_called_by_the_sides_other_name():
    text = ('Arsenal beat Manchester City 5-1.\n\n"It was a special day," said Gunners boss Mikel Arteta.\n\n'
            'The Arsenal manager added: "We were brilliant."')
    assert [q[1] for q in quotes_of(text)] == ["Mikel Arteta", "Mikel Arteta"]


@pytest.mark.parametrize("manager, player, position, speaker", [
    ("Chiefs coach Andy Reid", "Patrick Mahomes", "the quarterback", "Patrick Mahomes"),
    ("Chiefs coach Andy Reid", "Patrick Mahomes", "the coach", "Andy Reid"),  # no word for the player he praised
    ("Yankees manager Aaron Boone", "Gerrit Cole", "the pitcher", "Gerrit Cole"),
    ("Oilers coach Kris Knoblauch", "Stuart Skinner", "the goaltender", "Stuart Skinner"),
    ("Chiefs coach Andy Reid", "Travis Kelce", "the tight end", "Travis Kelce"),  # `end`: here no time word
])
def test_a_position_in_american_sport_stands_for_the_player_named_before(manager, player, position, speaker):
    text = f'{manager} praised {player} after the win.\n\n"We found a way," {position} said after the game.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Kamala Harris has conceded the US election to Donald Trump.\n\nThe vice-president told supporters: '
     '"The light will always burn bright."', "Kamala Harris"),  # a rank joined to a role by a hyphen
    ('Kamala Harris has conceded the US election to Donald Trump.\n\nSpeaking at Howard University, her alma '
     'mater, the vice-president told supporters: "The light will always burn bright."', "Kamala Harris"),  # past a
    # participle's phrase and an appositive
    ('Vice-President Kamala Harris has conceded the election to Donald Trump in a speech in Washington.\n\n'
     '"The light will always burn bright," the vice president said.', "Kamala Harris"),  # titled so
    ('Kicking off the day in Salem, Donald Trump accused Ted Cruz, the senator from Texas, of lying.\n\n'
     '"I will win," said Mr Cruz.', "Ted Cruz"),
    ('Kamala Harris, the vice-president, spoke in Atlanta on Monday.\n\n'
     '"We will not go back," the vice president said.', "Kamala Harris"),  # set off after the name
    ('The vice-president, Kamala Harris, spoke in Atlanta on Monday.\n\n'
     '"We will not go back," the vice president said.', "Kamala Harris"),  # set off before it
])
def test_a_hyphenated_office_is_the_office_written_with_a_space(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("titled, speaker", [
    ("Former Manchester United captain Gary Neville", "Gary Neville"),  # a former office is no office he holds
    ("Manchester United captain Gary Neville", "pundit"),  # one he holds: the pundit is someone else
])
def test_an_office_held_formerly_does_not_keep_a_person_from_another_description(titled, speaker):
    text = (f"{titled} has criticised the club's owners over the sale.\n\n"
            'Speaking on Sky Sports, the pundit said: "It is a shambles."')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("titled, description, speaker", [
    ("former President Barack Obama", "the president", "president"),  # a former office is none he holds now
    ("former President Barack Obama", "the former president", "Barack Obama"),
    ("deputy Prime Minister Angela Rayner", "the prime minister", "prime minister"),  # a deputy is no prime minister
    ("deputy Prime Minister Angela Rayner", "the deputy prime minister", "Angela Rayner"),
    ("then-President Barack Obama", "the president", "president"),  # held once, as a former office
])
def test_a_lowercase_rank_before_a_capitalised_title_is_part_of_the_office(titled, description, speaker):
    text = f'Keir Starmer met {titled} at the event.\n\n"It was cordial," {description} said.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("titled", ["Scotland's First Minister John Swinney", "Scottish First Minister John Swinney"])
def test_a_first_minister_is_titled_so_and_leads_a_party(titled):
    text = (f"{titled} has said independence remains \"the best future\".\n\n"
            'The SNP leader told his party conference in Aberdeen: "We will not give up."\n\n'
            '"It is our time," the first minister said.')
    assert [q[1] for q in quotes_of(text)] == ["John Swinney"] * 3


@pytest.mark.parametrize("text, speakers", [
    ('Plaid Cymru leader Rhun ap Iorwerth called the package "too little, too late".\n\n'
     '"Workers deserve better," the Plaid leader said. "We need action," Mr ap Iorwerth added.',
     ["Rhun ap Iorwerth"] * 3),  # `ap` joins a Welsh name, and is no `AP`; `Plaid` is `Plaid Cymru`
    ('Reform UK leader Nigel Farage called the package "a con".\n\n"It is a con," the Reform leader said.',
     ["Nigel Farage"] * 2),
])
def test_a_welsh_particle_and_a_partys_short_name(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("epithet", ["the 40-year-old", "the billionaire"])
def test_an_age_after_an_opening_phrase_with_its_own_participle_is_the_speaker(epithet):
    text = ('Meta boss Mark Zuckerberg has announced the end of fact-checking.\n\n'
            f'In a video posted on Instagram, {epithet} said: "We are going back to our roots."')
    assert [q[1:4] for q in quotes_of(text)] == [("Mark Zuckerberg", epithet, "said")]


@pytest.mark.parametrize("text, speaker", [
    ('Prince Harry has lost his High Court bid to have his police protection restored.\n\n'
     'In a statement, the Duke of Sussex said he was "devastated".', "Prince Harry"),  # the royal subject before
    ('Prince Harry, the Duke of Sussex, has lost his High Court bid.\n\nThe Duke of Sussex said he was '
     '"devastated".', "Prince Harry"),  # the title set off beside him
    ('Prince William met the Duke of Sussex at the funeral on Saturday.\n\nThe Duke of Sussex said he was '
     '"devastated".', "Duke of Sussex"),  # another, whom William met
    ('Boris Johnson has lost his bid.\n\nThe Duke of Sussex said he was "devastated".', "Duke of Sussex"),  # no
    # royal or noble before
])
def test_a_title_of_the_peerage_stands_for_the_person_it_is_set_off_beside_or_the_royal_subject_before(text,
                                                                                                      speaker):
    assert quotes_of(f"Bid lost\n\n{text}")[-1][1] == speaker


def test_a_name_a_person_owns_is_their_work_not_a_subject_who_speaks():
    text = ('Michelle Paver\'s Wolf Brother is the first in a series of six books. The director said he was '
            '"thrilled". "It is an enchanting book," he said.')
    assert [q[1] for q in quotes_of(text)] == ["director", "director"]


@pytest.mark.parametrize("opening", [
    "Michelle Paver's Wolf Brother is the first in a series of six books.",
    "Michelle Paver's Wolf Brother has sold a million copies.",
])
def test_a_name_a_person_owns_is_their_work_whatever_it_is_or_has_done(opening):
    text = f'{opening} The director said he was "thrilled". "It is an enchanting book," he said.'
    assert [q[1] for q in quotes_of(text)] == ["director", "director"]


@pytest.mark.parametrize("text, speaker", [
    ("Elon Musk's Tesla has reported a fall in sales. The electric carmaker said demand had been \"softer than "
     'expected".', "Tesla"),
    ('Mark Zuckerberg\'s Meta said it would cut jobs. "We are making hard choices," the company said.', "Meta"),
    ('Mike Ashley\'s Frasers Group will cut 500 jobs. The retailer said it was "a difficult decision".',
     "Frasers Group"),
])
def test_a_name_a_person_owns_that_reports_or_acts_is_their_company_the_body_named_again(text, speaker):
    assert quotes_of(f"Sales fall\n\n{text}")[-1][1] == speaker


def test_a_players_epithet_is_not_the_manager_just_named():
    text = ('"It will be a two-horse race," said William Gallas.\n\n'
            'Gallas has been given confidence by the impact manager Jose Mourinho has had since taking over.\n\n'
            'And the French international defender believes Mourinho is suited to boss the squad and says his '
            'expertise will prevent any revolt. "It is only normal," he said.')
    assert [q[1] for q in quotes_of(text)] == ["William Gallas", "William Gallas"]


@pytest.mark.parametrize("text, speaker", [
    ('England coach Andy Robinson faces a test. Mathew Tait may be dropped.\n\nTait received praise from Robinson, '
     'even if the coach admitted Cardiff was an "unforgiving place" for the prodigy.', "Andy Robinson"),
    ('England coach Andy Robinson faces a test. Mathew Tait may be dropped.\n\nTait was praised, '
     'even if the coach admitted Cardiff was an "unforgiving place" for the prodigy.', "Andy Robinson"),  # titled
    # in the paragraph before
    ('Mathew Tait may be dropped.\n\nTait was praised, even if the coach admitted Cardiff was an "unforgiving '
     'place" for the prodigy.', "Mathew Tait"),  # no one titled coach: the person just named
])
def test_an_epithet_naming_a_role_is_its_holder_when_the_paragraph_names_them(text, speaker):
    # the holder not named in the paragraph: the person just named, as before
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Tony Blair and Gordon Brown are said to be at war.\n\nIt dominated the news conference, which saw Mr Blair '
     'start in irritation mode. As he told journalists: "There is a complete unity of purpose."', "Tony Blair"),
    ('David Blunkett said: "I am going."\n\nRuth Kelly replaced him.\n\nShe said: "I am honoured."\n\n'
     'She was asked about faith.\n\nShe declined.\n\nThe review is due.\n\n'
     'Ms Kelly said reforms should build on GCSEs. Her comments did not impress '
     'shadow education secretary Tim Collins. "She has no idea," he said.', "Tim Collins"),  # not a man long before
])
def test_a_he_with_no_speaker_or_subject_near_is_a_man_named_in_its_own_paragraph_first(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_name_ending_a_relative_clause_is_no_subject_and_fox_may_be_a_surname():
    text = ('Actor Edward Fox has joined forces with Terry Palmer.\n\n'
            'Oscar-winner Sir Anthony Hopkins, who was born in nearby Port Talbot, made his debut there. Fox told '
            'the Evening Post that he was surprised by its beauty. "A lot of money needs to be spent," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Edward Fox"]


@pytest.mark.parametrize("text, speaker", [
    ('Jeremy Allaire told the BBC that it would be a flavour of IPTV that was about harnessing the web as a '
     '"channel".', "Jeremy Allaire"),  # a gerund after a preposition characterises nothing
    ('The talks will cover a third-party candidate, an option seen by organizers as a "lifeboat" for conservatives.',
     "organizers"),
    ('Also taken was a sapphire described by Sharon Osbourne as "one of the only 24-carat sapphires".',
     "Sharon Osbourne"),
])
def test_a_characterisation_is_by_its_agent_and_not_by_a_gerunds_clause(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_since_between_has_and_its_participle_is_an_adverb_before_the_cue():
    assert [q[1] for q in quotes_of('Clinton has since said: "Yes, I should have used two addresses."')] == ["Clinton"]


@pytest.mark.parametrize("text, speaker", [
    ('Obama was not treated as credibly by his listeners, who wondered if "he would be the token."',
     "Obama's listeners"),  # an adverb before a preposition ends the phrase
    ('A newly formed super PAC said it was "ready".', "PAC"),  # one before an adjective is inside it
])
def test_an_ly_adverb_is_inside_a_noun_phrase_only_before_what_it_modifies(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_an_ly_adverb_before_an_adjective_stays_in_the_mention():
    assert [q[2] for q in quotes_of('A newly formed super PAC said it was "ready".')] == ["A newly formed super PAC"]


def test_a_speech_verbs_s_form_after_a_number_and_a_name_is_a_plural_noun():
    text = ('State reviewers had said more than 1,300 Clinton emails contained classified material, but most were '
            'just "confidential," a lower level.')
    assert [q[1:4] for q in quotes_of(text)] == [("State reviewers", "State reviewers", "said")]


@pytest.mark.parametrize("text, speaker", [
    ('Christian Harris, partnership manager of firm Zed, said it was essential. "It is good," he said.',
     "Christian Harris"),
    ('Jan Berry, chairman of the Police Federation, said: "It is a service."', "Jan Berry"),
    ('Last June Grewcock was banned. "I was wrong," said Danny Grewcock.', "Danny Grewcock"),  # a month
    ('Christian Aid said it was "bad".', "Christian Aid"),
])
def test_a_word_that_is_also_a_given_name_opens_a_two_word_name(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_capital_letter_and_a_hyphen_before_a_lowercase_word_is_no_name():
    text = ('Voters wore T-shirts portraying a young Sanders.\n\nOne voter showed up in the gear.\n\n'
            '"I met a lot of supporters," he said.')
    assert [q[1] for q in quotes_of(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ('Tony Blair has defended the Licensing Act, saying it is wrong to deny people late hours because of a "tiny '
     'minority" of drinkers.', "Tony Blair"),  # a dummy it
    ('Bernie Sanders is choosing not to respond to accusations that his backers are "profane".', "Bernie Sanders"),
])
def test_a_dummy_it_before_an_infinitive_speaks_for_no_one(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Saying Britain must change direction, Michael Howard argues the state cannot continue "down the path of '
     'ever rising taxes".', "Michael Howard"),  # an opening participle is no inverted cue
    ('Cathy Jamieson stressed that sectarianism has not been confined to football but it can act as a "trigger" '
     'for tensions.', "Cathy Jamieson"),  # acting as something is no characterisation
    ('Said Comey, "We are done."', "Comey"),
])
def test_an_opening_participle_and_a_function_verb_before_as_name_no_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"It is a fine city," said the Reverend Adrian Rodgers. "Tear the tickets up," Mr Rodgers said.',
     "Adrian Rodgers"),
    ('The Attorney General Lord Goldsmith has issued no instructions. He said he would act "in the near future".',
     "Lord Goldsmith"),
])
def test_the_before_an_honorific_does_not_make_the_name_a_body(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


def test_and_after_a_prepositions_object_joins_clauses_whose_second_subject_speaks():
    text = ('Ruud van Nistelrooy is fit. The 28-year-old has been training in Holland and Ferguson said: "Ruud comes '
            'back on Tuesday."')
    assert [q[1:3] for q in quotes_of(text)] == [("Ferguson", "Ferguson")]


def test_a_name_whose_appositive_is_followed_by_a_relative_that_harangues_is_the_next_she():
    text = ('"Blair must go," said Diane Granger.\n\n'
            'He must remember his confrontation with Sharron Storer, the Birmingham woman who harangued him over her '
            'local hospital. "All you do is walk around," she told Mr Blair.')
    assert [q[1] for q in quotes_of(text)] == ["Diane Granger", "Sharron Storer"]


def test_it_after_a_sentence_opened_by_a_text_described_with_a_is_that_text():
    text = ('The government has refused to publish the advice.\n\n'
            'But a short statement about his position was presented in a written answer. It said it was "plain" '
            'Iraq was in breach.')
    assert [q[1:3] for q in quotes_of(text)] == [("short statement", "It")]


@pytest.mark.parametrize("text, speaker", [
    ('According to Variety, the show had its best ratings. "It was 50 percent more," Trump added to People.',
     "Trump"),  # added to an outlet: told it
    ('Interest rates added to the problem of "stagflation and slump".', None),  # added to something: no speech
    ('She was giving her all. "I do this four times a week," Dion added to the magazine.', "Dion"),  # an audience
])
def test_added_to_a_name_that_ends_the_clause_is_a_cue(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('David Eisenhower wrote a book.\n\nHenry Clay\'s biographers, David and Jeanne Heidler, said he "had a tin ear".',
     "David Heidler and Jeanne Heidler"),  # not the David named before
    ('Bill and Hillary Clinton said it was "great".', "Bill Clinton and Hillary Clinton"),
    ('Smith and Jane Jones said it was "great".', "Smith and Jane Jones"),  # a surname alone keeps its own
])
def test_a_given_name_alone_before_and_shares_the_surname_after_it(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_stray_closing_mark_between_a_quotation_and_its_cue_is_passed_over():
    text = '“He’s always calling me ‘Little Marco.’ I admit, he’s like 6’2”,” Rubio said Sunday in Virginia.'
    assert [q[1:4] for q in quotes_of(text)] == [("Rubio", "Rubio", "said")]


@pytest.mark.parametrize("text, expected", [
    ('Mr Houston is alleged to have said that the organs should be "made available to members".',
     [("Houston", "Mr Houston", "said")]),
    ('Obama is reported to have called the Saudis "free riders".', [("Obama", "Obama", "called")]),
])
def test_the_subject_of_is_alleged_or_reported_to_have_said_is_the_speaker(text, expected):
    assert [q[1:] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Academic staff are treated as second-class citizens, says a report highlighting the "alarming rise of mass '
     'casualised labour" in higher education.', "report"),
    ('Academic staff are treated as second-class citizens, says Jo Grady, calling it "an alarming rise of casual '
     'labour".', "Jo Grady"),  # the participle after the say's subject and its comma
    ('The RNC, in its daily media summary Monday, emailed a news article reporting that "Clinton is showing '
     'flashes of frustration."', "RNC"),  # a comma closing an aside before a verb that is no say
])
def test_a_participle_after_the_subject_of_an_inverted_say_is_that_subjects(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")] == [speaker]


def test_a_participle_after_an_opening_phrase_with_commas_takes_the_main_clauses_subject():
    text = ('Later in unguarded, off-air comments in a television studio, Mr Kilroy-Silk was heard saying he '
            'was irritated by "defending some of these nutters".')
    assert [q[1] for q in quotes_of(text)] == ["Kilroy-Silk"]


@pytest.mark.parametrize("text, speakers", [
    ('Mr Kilroy-Silk said he was irritated by "defending these nutters". A UKIP spokesman said there were '
     '40 MEPs in the group. They were from a broad spectrum but with a shared belief in the "unfeasibility of '
     'the EU".', ["Kilroy-Silk", "UKIP spokesman"]),
    ('The latest speculation suggests the prime minister favours a February poll. But that strategy could '
     'prompt criticism he was seeking to "cut and run" early.', [None]),  # speculation speaks for no one
    ('Steven Brill has argued that the law was crippled from the outset. As a result, there\'s still "a very powerful '
     'industry that has the freedom to charge whatever."', ["Steven Brill"]),  # past a connective and its comma
])
def test_a_quotation_in_a_sentence_that_goes_on_from_a_reported_one_is_the_reporters(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    ('As Mr Prior remarks as we walk by the shelves: "All human life is here."', [("Prior", "remarks")]),
    ('His prior remarks were "harsh and unkind and wrong".', [(None, None)]),  # a noun after an adjective
    ('Minyon Moore called Mr. Obama\'s remarks on Saturday "a true wake-up call" to his supporters.',
     [("Minyon Moore", "called")]),  # a noun after a possessive
])
def test_a_cue_form_after_a_surname_that_is_also_an_adjective_is_a_verb(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ('Multiple news reports reveal there was more than "one or two instances."',
     [("Multiple news reports", "reveal")]),  # the reports, a noun before the cue, reveal it
    ('Sky News reports that Mr Smith called it "a scandal".', [("Smith", "called")]),  # a name's verb
    ('I think that technically it is a disaster to make phone calls over the net using "voice over IP".',
     [(None, "think")]),  # `phone calls`: no one calls
    ('Job cuts will prove to be a "false economy" that could hamper reforms, according to a TUC report.',
     [("TUC report", "according to")]),  # a base form after `a` and a name: a noun
    ('The "digital divide" between rich and poor nations is narrowing fast, according to a World Bank report.',
     [("World Bank report", "according to")]),
    ('"HSDPA will be vital," according to a report published by UK-based research consultancy Analysys.',
     [("Analysys", "according to")]),  # who published the report
    ('Labour say a Lib Dem vote could help them, while the Tories say the Lib Dems would mean "higher taxes, soft '
     'crime laws, more power to Europe".', [("Tories", "say")]),  # but after `the` and a name, a verb
])
def test_a_cue_form_after_news_media_phone_or_a_and_a_name_is_a_noun(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Critics have called for him to go. Prince Harry should see for himself "the results of the hated symbol".', None),
    ('Prince Harry visited the camp and saw for himself "the results of the hated symbol".', "Prince Harry"),
    ('Users can automatically see for themselves "the results of the upgrade".', None),
])
def test_a_subject_that_should_must_or_can_do_something_is_not_the_speaker_of_its_quotation(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('"We are pleased," said Marks & Spencer.', [("Marks & Spencer", "Marks & Spencer")]),
    ('The Securities & Exchange Commission said the firm did "not comply".',
     [("Securities & Exchange Commission", "The Securities & Exchange Commission")]),
    ('Bradford & Bingley said the market was strong. "We are pleased," it added.',
     [("Bradford & Bingley", "it")]),
])
def test_a_name_with_an_ampersand_is_one_body(text, expected):
    assert [q[1:3] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Anger over the war was the main reason, with many saying it was "wholly unjustified".', None),
    ('The party will use a poster showing Mr Howard with a blackboard reading: "2+2=5".', None),
    ('Downing Street defended the decision, with a spokesperson saying: "You have to look at the whole career."',
     "Downing Street spokesperson"),  # the body that acted speaks through its spokesperson
    ('The trouble began at the rally, with Clinton saying it was "unjustified".', "Clinton"),
])
def test_the_subject_of_a_with_phrase_before_a_participle_is_its_speaker_or_no_one(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_an_ing_word_right_after_that_is_a_gerund_with_no_speaker():
    text = 'The theory is that talking to the public, even if they are the "great unwashed", is better.'
    assert [q[1] for q in quotes_of(text)] == [None]


def quotes_titled(title: str, text: str):
    paragraphs = (title, *text.split("\n\n"))
    return [q.speaker for p in annotate(Document(path="t.txt", paragraphs=paragraphs, title=title)) for q in p.quotes]


@pytest.mark.parametrize("title, text, speaker", [
    ("Lords wrong on detainees - Straw", 'Jack Straw has attacked the ruling.\n\nThe foreign secretary said life '
     'was the "most important liberty".', "Jack Straw"),  # the one person named so far, whom the title names
    ("Howard denies split", 'Michael Howard has denied a split.\n\nThe Tory leader said his team had reached a '
     '"collective view".', "Michael Howard"),  # a party's name is no body's name
    ("Tutu's Guantanamo release call", 'Archbishop Desmond Tutu has called for the release of the Britons held at '
     'Guantanamo Bay.\n\nThe South African archbishop said detention without trial was "unacceptable".',
     "Desmond Tutu"),  # a possessive in the title; the Britons and Guantanamo Bay are no people of known gender
    ("Rebate row", 'Jack Straw has attacked the ruling. Critics disagree.\n\nThe foreign secretary said life was '
     'the "most important liberty".', "foreign secretary"),  # a title that names no one, someone else between
    ("Straw and Clarke speak", 'Jack Straw and Charles Clarke spoke.\n\nThe foreign secretary said life was the '
     '"most important liberty".', "foreign secretary"),  # two people: no telling
    ("McConnell speaks", 'Jack McConnell spoke.\n\nThe Scottish Executive said drinking was "a problem for '
     'everyone".', "Scottish Executive"),  # a body's name
])
def test_an_office_is_the_one_person_named_so_far_when_the_title_names_them_and_no_one_holds_it_by_title(
        title, text, speaker):
    assert quotes_titled(title, text) == [speaker]


def test_a_time_phrase_before_an_opening_subordinate_clause_is_passed_over_to_the_main_subject():
    text = ('Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he looked into my '
            'camera, furrowed his brow and said, "I am gonna endorse YOU!"')
    assert [q[1:3] for q in quotes_of(text)] == [("Bernie Sanders", "he")]


@pytest.mark.parametrize("text, expected", [
    ('Hillary Clinton spoke in Ohio. The miners are unlikely to back Clinton after her March comment that, "We are '
     'going to put coal companies out of business."', [("Hillary Clinton", "her", "comment")]),
    ('Smith rejected Trump\'s claim that "the election is rigged".', [("Trump", "Trump's", "claim")]),
    ('For example, Trump\'s recent evidence-free assertion that "thousands" of Muslims celebrated was false.',
     [("Trump", "Trump's", "assertion")]),  # past three words before the noun
    ('Smith rejected Trump\'s plans to visit the state, a claim that "the election is rigged".',
     [(None, None, "claim")]),  # not past a comma to an owner of something else
    ('Irfan Hanif was thrown by Mr MacKenzie\'s suggestion that instead of being treated by the NHS, young drunks '
     'should "be given a good beating".', [("MacKenzie", "Mr MacKenzie's", "suggestion")]),  # further back
    ('Prime Minister Ephraim Inoni vowed to tackle corruption.\n\nThe prime minister\'s office said it found '
     '"irregularities in the career structure".', [("Ephraim Inoni's office", "The prime minister's office", "said")]),
    ('The first minister\'s statement that it was okay to get drunk "once in a while" has diverted attention.',
     [("first minister", "The first minister's", "statement")]),  # no one titled so: the office
    ('Hillary Clinton spoke. Her wins solidify her argument that she is popular, rather than just "a regional '
     'candidate with narrow appeal".', [(None, None, None)]),  # a pronoun's, further back: whose words is unclear
])
def test_the_owner_of_a_comment_or_claim_that_gives_the_quotation_is_its_speaker(text, expected):
    assert [q[1:] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Kelvin MacKenzie sat on the panel. His advice for one young contestant was to "get a haircut and a brain '
     'transplant".', "Kelvin MacKenzie"),
    ('Mr Bell spoke on Monday. Bell\'s comments were "outrageous and wrong".', None),  # how others see them
])
def test_the_owner_of_advice_or_a_message_that_was_to_or_that_the_quotation_is_its_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The Bank of England said rates would rise.\n\nThe Confederation of British Industry warned of risks. It said '
     'the outlook was "gloomy".', "Confederation of British Industry"),
    ('The Bank of England said rates would rise.\n\nIn January the Institute for Fiscal Studies said taxes must rise. '
     'It also said the plans were "not credible".', "Institute for Fiscal Studies"),
])
def test_a_bodys_name_across_of_or_for_is_one_name_that_a_later_it_stands_for(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_given_name_after_of_ends_a_bodys_name():
    names = find_names(0, "Governor of the Bank of England Mervyn King spoke.", [])
    assert [m.words for m in names] == [("Bank", "of", "England"), ("Mervyn", "King")]  # the body whole too


@pytest.mark.parametrize("text, speaker", [
    ('Europe is undoubtedly more advanced than the US in terms of robust "end of life" programmes.', None),
    ('Britain is expected to retain "the right to opt in to any of the rules".', None),
    ('Turkey has signed a "letter of intent" stating its aims.', "Turkey"),  # a country that acts may speak
    ('And she is sure that jailing him will make his voice louder: "They are creating a monster."', None),
])
def test_a_place_that_is_something_says_nothing_of_its_quotation(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Policy makers in Europe have called the slide "brutal and unwelcome".', "Policy makers in Europe"),
    ('A spokesman in London said it was "unacceptable".', "spokesman in London"),
    ('Democrats in the Senate said it was "unacceptable".', "Democrats in the Senate"),
    ('John Smith in London said it was "unacceptable".', "John Smith"),
])
def test_people_in_a_place_are_not_the_place(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_people_in_a_place_are_no_later_he():
    text = ('Policy makers in Europe have called the slide "brutal and unwelcome". John Snow spoke in Washington.\n\n'
            '"Markets are driven by fundamentals," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Policy makers in Europe", "John Snow"]


def test_a_lowercase_noun_after_a_capitalised_subject_and_before_its_auxiliary_is_part_of_it():
    text = 'Vodafone is under scrutiny. The UK operator is already appealing against the "unfair and excessive" fines.'
    assert [q[1:3] for q in quotes_of(text)] == [("Vodafone", "The UK operator")]  # the body just named; (after
    # `allegations that its rates are "…"` the words are the allegations', no one's: see the test on rulings)


def test_a_whip_is_an_office_before_a_name():
    text = ('"Nothing is as shameful as this bill," said Senate Minority Leader Harry Reid.\n\n'
            'Senate Majority Whip John Cornyn responded by standing next to a large photo.\n\n'
            '"I will tell you what shameful is," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Harry Reid", "John Cornyn"]


def test_a_name_after_a_pronoun_and_its_cue_is_an_answer_not_a_speaker():
    text = ('Paul Ryan met Donald Trump on Thursday.\n\nTrump eased his tone. Asked who leads the party, he said '
            'Ryan. "I would say Paul for the time being," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Donald Trump"]


@pytest.mark.parametrize("text, speaker", [
    ('Trump still has fences to mend. Brian Murphy, the chairman of the county party, for example, said Trump '
     'continued to hurt his cause. "I do not think it has cut well for him," he said.', "Brian Murphy"),
    ('Trump still has fences to mend. Brian Murphy, the chairman of the county party, however, said Trump '
     'continued to hurt his cause. "I do not think it has cut well for him," he said.', "Brian Murphy"),
])
def test_a_cue_form_before_to_and_another_verb_is_no_speech_and_an_aside_after_an_appositive_is_passed_over(
        text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('UK Chancellor of the Exchequer Gordon Brown said: "This is the first time."', "Gordon Brown"),
    ('Former Secretary of State Madeleine Albright was quoted saying "there is a special place in hell".',
     "Madeleine Albright"),
    ('Liberal Democrat spokeswoman for women Sandra Gidley said: "Mothers would welcome it."', "Sandra Gidley"),
    ('"I am outraged," the play\'s organiser in Uganda, Sarah Mukasa, told the BBC.', "Sarah Mukasa"),
    ('"She will close the gap," added a South Carolina Democrat.', "South Carolina Democrat"),
    ('New Yorker Dick Morris is a winner. "We will win," said Morris.', "Dick Morris"),
    ('Dr Oz is a showman. As The New Yorker put it, he is "the operator."', "New Yorker"),
])
def test_the_name_after_an_office_its_body_a_place_or_a_demonym_is_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('He says evidence from local parties around the country suggests there are "significant" numbers of such '
     'calls.', "He"),
    ('The EC says the Council will adopt a draft version that was agreed upon last May but said it would review '
     '"all aspects of the directive".', "The EC"),
    ('Joe Maloy said that sometimes Trump\'s over-the-top comments make him wish Republicans could "put the genie '
     'back in the bottle."', "Joe Maloy"),
    ('Mukasey criticized Clinton’s email use, which an FBI investigation said was “extremely careless”.',
     "an FBI investigation"),  # an investigation speaks through its findings
    ('The programme makers suggest the public are becoming neutral because around one quarter said they "neither '
     'support nor oppose" a ban.', "one quarter"),  # a share of people
])
def test_a_thing_inside_what_someone_reports_leaves_the_words_to_the_reporter(text, speaker):
    assert [q[2] for q in quotes_of(text)] == [speaker]


def test_a_relation_of_a_titled_name_is_that_persons():
    text = 'A close associate of former Yukos boss Mikhail Khodorkovsky said the charges were "false".'
    assert [q[1] for q in quotes_of(text)] == ["Mikhail Khodorkovsky's close associate"]


@pytest.mark.parametrize("text, speaker", [
    ('The Making Decisions Alliance, which includes the Alzheimer\'s Society and Age Concern, said the bill was '
     'unclear. "It will not change the law," said the alliance.', "Making Decisions Alliance"),
    ('The Welsh Assembly Government said the situation was "unacceptable". "We will challenge it," said the '
     'assembly government.', "Welsh Assembly Government"),
    ('JP Morgan apologised for the role that Citizens Bank and Canal Bank played. JP Morgan said it was setting up '
     'a fund. The bank said that it is a "very different company".', "JP Morgan"),  # the subject just before
    ('The European Commission has written to Vodafone.\n\n"The Commission aims to protect consumers," the '
     'Commission said in a statement.', "European Commission"),  # capitalised too
    ('Video game firm Bioware is to hold auditions.\n\nThe Canada-based company says it was looking for "a wide '
     'variety of people to use as face models".', "Bioware"),  # a compound adjective before the word for a body
    ('Volkswagen is considering building a car factory in India.\n\nThe German giant said it was only a '
     '"potential" idea.', "Volkswagen"),  # a demonym
    ('Telecoms group Qwest made a new offer for MCI. The US firm said the deal was "compelling".', "Qwest"),
    ('Shell reported record profits. The oil giant said demand had been "exceptionally strong".', "Shell"),  # a sector
    ('Apple unveiled its new iPod. The computer maker said it would be "the best ever".', "Apple"),
    ('The BBC has apologised. The corporation said the remarks were "unacceptable".', "BBC"),
    ('The BBC has apologised. In a statement, the broadcaster said: "We are sorry."', "BBC"),
    ('Shell made an offer for Texaco. The rival firm said the offer was "too low".', "rival firm"),  # another firm
    ('Shell made an offer for Texaco. The parent company said the offer was "too low".', "parent company"),
    ('Shell made an offer for Texaco. The biggest company said the offer was "too low".', "biggest company"),
])
def test_the_and_the_last_words_of_a_body_named_before_stand_for_it(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Ugandan Media Council banned the play. "It is banned," the council\'s ruling said.',
     "Ugandan Media Council's ruling"),
    ('The UK Film Council said figures fell. "The drop was expected," the council\'s spokesperson said.',
     "UK Film Council spokesperson"),
    ('Enter The Washington Post. "He is a politician selling fiction," the paper\'s editorial board wrote.',
     "Washington Post's editorial board"),
    ('Officials said figures fell. "The drop was expected," the council\'s spokesperson said.',
     "council's spokesperson"),  # no council named: the words as written
])
def test_a_body_word_owning_a_role_is_the_body_it_stands_for(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Manager David O'Leary has spoken to his defender. Olof Mellberg spoke of his dislike of Birmingham before "
     'the match. "I have had more than a quiet word with Olof," he told the club\'s website.', "David O'Leary"),
    ('Harry Redknapp has joined Southampton. Chairman Milan Mandaric said he was "disappointed". According to '
     "Mandaric, Redknapp vowed he would not join them. \"I said to Harry 'I hope you don't go', and he told me "
     "'absolutely not',\" he said.", "Milan Mandaric"),
])
def test_he_is_not_the_one_the_quotation_calls_by_their_given_name(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_the_object_of_a_relative_clause_without_commas_is_not_the_subject():
    text = ('Mr Hirsch said the risk was low. A spokesman for the Association of Payment and Clearing Services (Apacs) '
            'which represents the industry said the risk was minimal. "There is no concern," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Association of Payment and Clearing Services spokesman"]


def test_and_between_two_nouns_of_a_role_keeps_the_subject_after_a_quotation_whole():
    text = '"It is the perfect way to sign off," Music Choice music and marketing manager Simon George said.'
    assert [q[1:] for q in quotes_of(text)] == [
        ("Simon George", "Music Choice music and marketing manager Simon George", "said")]


@pytest.mark.parametrize("text, speaker", [
    ('A spokesman for the Home Office said the plan was "fair".', "Home Office spokesman"),
    ('A Home Office spokesman said the plan was "fair".', "Home Office spokesman"),
    ('The Home Office\'s spokesman said the plan was "fair".', "Home Office spokesman"),
    ('Harvey Weinstein denied it. A spokeswoman for Harvey Weinstein said the claims were "false".',
     "Harvey Weinstein's spokeswoman"),  # a person's keeps the possessive
    ('Ofcom wants help. A spokesman for Ofcom said the plan was "fair".', "Ofcom spokesman"),  # as `The Ofcom
    # spokesman`: one word, never titled, no he or she
])
def test_a_bodys_spokesman_has_one_name_however_the_text_words_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Foreign Secretary Jack Straw met union leaders.\n\nThe Foreign Secretary\'s spokesman said: "It is unfair."',
     "Jack Straw's spokesman"),
    ('Prime Minister Tony Blair met union leaders.\n\n"It is unfair," the Prime Minister\'s official spokesman '
     'said.', "Tony Blair's official spokesman"),
    ('Tony Blair met union leaders.\n\nThe Prime Minister\'s spokesman said: "It is unfair."',
     "Prime Minister's spokesman"),  # no one titled so: the office, whole
])
def test_an_office_written_in_capitals_before_a_possessive_is_its_holders_as_in_lowercase(text, speaker):
    assert [q[1] for q in quotes_of("Union row\n\n" + text)] == [speaker]


def test_a_name_after_an_offices_domain_is_a_person_whom_the_surname_later_stands_for():
    text = ('"It is the first time," said UK Chancellor of the Exchequer Gordon Brown. Mr Brown said the meeting '
            'would be remembered as "the debt relief summit".')
    assert [q[1] for q in quotes_of(text)] == ["Gordon Brown", "Gordon Brown"]


@pytest.mark.parametrize("text, speaker", [
    ("Blair congratulates Bush on win\n\nTony Blair has congratulated President Bush on his re-election. Mr Bush "
     'said he was grateful. The prime minister also urged Europe and the US to "build anew their alliance".',
     "Tony Blair"),
    ("Blair looks to election campaign\n\nTony Blair and Chancellor Gordon Brown set out plans. "
     'The prime minister said the plans were "an electoral device".', "Tony Blair"),
    ("Chancellor rallies Labour voters\n\nGordon Brown has issued a rallying cry to supporters. Shadow chancellor "
     'Oliver Letwin said he would cut taxes. The chancellor said the choice was "clear and fundamental".',
     "Gordon Brown"),  # the title names the office; a shadow chancellor holds another
    ("Marsh executive in guilty plea\n\nEliot Spitzer has brought charges. The Marsh executive said the quotes "
     'were "higher in premium".', "Marsh executive"),  # not an office that titles a name
])
def test_an_office_is_the_titles_person_when_the_others_named_hold_other_offices(text, speaker):
    title = text.split("\n\n")[0]
    assert [q[1] for q in quotes_of(text, title=title)][-1] == speaker


def test_a_question_after_a_reported_sentence_is_the_reporters():
    text = ('Michael Howard says the prime minister is "ramming the laws through". The prime minister claims this '
            'shows the Tories are playing politics. Is not the opposition against the laws "in principle, whatever '
            'it says in public"?')
    assert [q[1] for q in quotes_of(text)] == ["Michael Howard", "prime minister"]


@pytest.mark.parametrize("text, speaker", [
    ('US Airways said it was "embarrassed by the situation".', "US Airways"),
    ('British Airways said it was "embarrassed by the situation".', "British Airways"),
    ('US President George Bush said it was "embarrassing".', "George Bush"),
    ('US behemoth General Electric declared itself "in great shape".', "General Electric"),
    ('General Dynamics said it was "embarrassed by the situation".', "General Dynamics"),
    ('General Richard Myers said it was "embarrassing".', "Richard Myers"),
])
def test_an_acronym_or_a_descriptor_before_a_word_for_a_body_stays_in_its_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Even before Bernie Sanders took the stage, his campaign sent out a text message saying: "We were just '
     'declared the winner!"', "Bernie Sanders's campaign"),
    ('Shortly after Murphy\'s conference call ended, Rubio\'s campaign sent out a press release saying Murphy owes '
     '"Florida an explanation for his votes."', "Rubio's campaign"),
])
def test_an_adverb_before_an_opening_subordinate_clause_is_passed_over_to_the_main_subject(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_participle_after_a_where_clause_about_people_is_theirs():
    text = ('Clinton spoke down the street from the Taj Mahal, where about 50 protesters had gathered on Wednesday '
            'morning, chanting "no contract, no peace" after the talks failed.')
    assert [q[1] for q in quotes_of(text)] == ["about 50 protesters"]


def test_a_name_that_said_it_had_done_something_is_a_body_not_a_later_he():
    text = ('Earlier this year, Microsoft said it had reached a milestone.\n\n'
            'Gamers are looking forward to the next machines.\n\n'
            'Developers are working on titles. Rory Armes, studio general manager for games giant Electronic Arts '
            '(EA) in Europe, recently told the BBC News website in an interview that EA was beginning to get a '
            'sense of the new machines. Microsoft had delivered development kits to EA, but he said the company was '
            'still waiting on Sony and Nintendo\'s kits. But, he added, the PlayStation 3 was rumoured to have "a '
            'little more under the hood".')
    assert [q[1] for q in quotes_of(text)] == ["Rory Armes"]


@pytest.mark.parametrize("text, speaker", [
    ('Black Lives Matter issued a statement saying it acted "because of the unsafe conditions".', "Black Lives Matter"),
    ('One New Hampshire Democrat said the gap was "very large".', "New Hampshire Democrat"),
    ('Democrat Zephyr Teachout says it is "very serious".', "Zephyr Teachout"),
    ('Republican Donald Trump said it was "great and wonderful".', "Donald Trump"),
])
def test_a_descriptor_stays_in_a_name_it_opens_a_place_or_a_plural_in(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_place_that_has_something_in_a_joined_clause_says_nothing():
    text = ('Sanders has done well in college towns, and New York has several key ones, including Syracuse and "the '
            'people\'s republic of Ithaca," home to two colleges.')
    assert [q[1] for q in quotes_of(text)] == [None]


@pytest.mark.parametrize("text, speaker", [
    ('Maria Lopez of Spain said the rules were unfair. "We are worried," she said. A day earlier Ana Ruiz said the rules '
     'were "fine".\n\nThat did not satisfy Ms Lopez.\n\n"They must change," she said.', "Maria Lopez"),
    ('Tom Reed said the talks had failed. "We walked out," he said. Later Paul Hart said the offer was "final".\n\n'
     'Hart, not Reed, had the last word.\n\n"It is over," he said.', "Paul Hart"),  # the subject there still goes first
])
def test_a_speaker_the_paragraph_before_names_again_goes_before_who_spoke_earlier(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Bill Hunt called the plan "weak". Senator Tom Cole visited Ohio. "We will win here," said Cole.\n\nThe Ohio '
     'Democrat praised Hunt but said he was no Lincoln.\n\n"We need more than that," he said.', "Tom Cole"),
    ('Senator Mark Webb spoke on Friday.\n\n"Taxes are too high," the Republican said.', "Mark Webb"),
])
def test_a_party_member_with_the_is_the_person_just_named_even_opening_the_paragraph_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('He should read "the letters he so carelessly chose to ignore", Anna Berg, founder of the local human rights '
     'group the Hope Trust said.', "Anna Berg"),  # an appositive left without its closing comma
    ('Visitors will see "a new city", Carl Obi, head of the Trust said.', "Carl Obi"),
])
def test_the_name_before_a_long_appositive_left_open_is_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_sentence_after_a_closed_quotation_with_its_own_cue_after_a_comma_is_not_its_speaker():
    text = ('Jo Lane said rates would rise. "The key is what the bank expects." Prices rose 1%, the '
            'Halifax said, and will rise again.')
    assert quotes_of(text)[0][1] == "Jo Lane"


def test_a_titled_name_after_a_preposition_is_no_subject_a_later_he_stands_for():
    text = 'Tom Hall spoke in Leeds.\n\nThe cuts proposed by shadow minister Ian Fox were wrong, he said. Later he said: "We will win."'
    assert quotes_of(text)[0][1] == "Tom Hall"


@pytest.mark.parametrize("text, speaker", [
    ('Ann Lee, from Safecard, told the BBC there are two steps. The hardest is knowing who people are online.\n\n'
     '"The answer is to combine what you know with what you have."', "Ann Lee"),
    ('Ann Lee told the BBC there are two steps. Later Tom Bell spoke at length.\n\n'
     '"The answer is to combine what you know with what you have."', "Tom Bell"),  # someone else since, the
    # subject of the paragraph's last sentence
    ('Ann Lee told the BBC there are two steps. He listened.\n\n"The answer is simple."', None),
])
def test_who_reports_the_paragraph_befores_second_last_sentence_speaks_next_if_the_last_names_no_one(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Zeta said sales would fall. Two albums, one by Blur and one by Oasis, were delayed.\n\n"Sales have been lower '
     'than expected," the company said.', "Zeta"),  # bands named after it neither act nor own
    ('Zeta said it will replace its Xbox cables.\n\nThe company said the move was a "preventative step".', "Zeta"),
    ('Lycos Europe offered the tool. Netco found the campaign worked too well. In a statement from Lycos Europe, the '
     'company denied it.\n\n"The idea was to slow them," the company said.', "Lycos Europe"),  # the statement's
    # source is the company, though Netco acted between
])
def test_the_company_is_the_body_that_acted_before_unless_another_that_acts_in_the_text_is_named_since(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_word_before_such_as_is_a_noun_not_a_name_and_its_verb():
    text = ('The UNECE said growth would slow. Smaller nations such as France would grow, it said.\n\n'
            '"Policy is likely to stay loose," the organisation said.')
    assert quotes_of(text)[-1][1] == "UNECE"


def test_an_epithets_spokesman_is_the_spokesman_of_the_person_just_named_and_stays_so_later():
    text = ('Singer Kim Vale has been sued by a former driver. The singer\'s spokesman said the claims were "untrue".'
            '\n\nThe lawsuit was filed on Friday in Los Angeles.\n\nThe case has drawn wide attention.\n\n'
            'The singer\'s spokesperson said: "She will win in court."')
    assert [q[1] for q in quotes_of(text)] == ["Kim Vale's spokesman", "Kim Vale's spokesman"]


def test_a_name_set_off_after_a_role_before_said_and_the_full_stop_is_a_later_he():
    text = ('The rapper\'s spokesman said: "It is untrue."\n\nShe waited two years to sue, her lawyer, Perry Wander, '
            'said. The studio "failed to keep my client safe," he said.')
    assert quotes_of(text)[-1][1] == "Perry Wander"


@pytest.mark.parametrize("text, speaker", [
    ('Prince earned the most, says US magazine Rolling Stone. Elton John was second.\n\n"Prince is back," the magazine '
     'reported.', "Rolling Stone"),
    ('The title went to Blue, in Gadget magazine\'s list.\n\n"We chose well," said the magazine.', "Gadget"),
    ('Rival local club Leeds City asked fans to stay calm.\n\nLeeds United\'s reply was swift. "We will decide," the '
     'club said.', "club"),  # a body that owns something since
])
def test_the_magazine_is_the_name_the_text_set_beside_that_word(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_and_between_two_nouns_of_an_office_after_the_keeps_the_speaker_after_the_quotation():
    text = 'The old rules need to be "swept away", the work and pensions minister has said.'
    assert quotes_of(text)[0][1:3] == ("work and pensions minister", "the work and pensions minister")


def test_which_after_a_comma_before_suggests_is_what_a_clause_implies_and_speaks_for_no_one():
    text = ('The show will be close to the Radio 1 chart show, which suggests it may air on Sundays. '
            '"We hope the audience will find it."')
    assert quotes_of(text)[0][1] is None


def test_a_name_that_runs_on_across_of_stays_whole_before_an_appositive_and_who():
    text = ('It was mocked by his former girlfriend, Princess Marguerite of Romania, the eldest daughter of King '
            'Michael of Romania, who said it was "politics, politics".')
    assert quotes_of(text)[0][1] == "Princess Marguerite"


@pytest.mark.parametrize("text, speaker", [
    ('The plan was attacked by a campaign worker in Philadelphia who said it was "a disgrace".', "campaign worker"),
    ('The plan was attacked by critics in the US, who called it "a disgrace".', "critics"),
    ("Nair's Indian-style adaptation has been attacked by critics in the US - where it only reached number eight - "
     'who described the Bollywood elements as "jarring."', "critics"),
    ('Among the replies was this tweet from Rikkie Wells who tweeted, "They break them."', "Rikkie Wells"),
])
def test_who_after_people_in_a_place_or_a_dashed_aside_stands_for_the_people(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_who_before_an_aside_set_off_by_commas_stands_for_the_phrase_before_it():
    text = ('Her rhetoric was milder than that of the campaign leadership, who, on a press call Friday, criticized '
            'Sanders for “misrepresenting what had occurred.”')
    assert [q[1:3] for q in quotes_of(text)] == [("campaign leadership", "who")]


@pytest.mark.parametrize("text, speaker", [
    ('For someone who conceded in a debate that she\'s "not a natural politician," Hillary Clinton had a good night.',
     "Hillary Clinton"),
    ('For a man who once called the deal "a disaster," Mr Smith was calm on Tuesday.', "Smith"),
    ('For someone who called it "a disaster," it was a calm night.', None),  # no name there: anyone, not `For someone`
])
def test_who_after_for_someone_opening_the_sentence_is_the_name_opening_the_main_clause(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_quotation_that_lost_its_closing_mark_takes_the_next_ones_cue_over_the_sentence_before():
    text = ('Kim Lee barged linesman Tom Reed, who had advised the referee to give a penalty. "He was sent off in the '
            '90th minute. "We do not know what else he did," said a league statement.')
    assert [q[1] for q in quotes_of(text)] == ["league statement", "league statement"]


@pytest.mark.parametrize("text, speaker", [
    ('Angela Merkel has condemned the posts.\n\nA 29-year-old Berlin woman received probation after she had posted '
     'comments. "Filth out!" she wrote.', "29-year-old Berlin woman"),  # not the woman named before
    ('Angela Merkel has condemned the posts.\n\nA 29-year-old Berlin woman received probation after she had posted '
     'comments.\n\n"Filth out!" she wrote.', "29-year-old Berlin woman"),  # the sentence closing the paragraph before
    ('Angela Merkel has condemned the posts.\n\nA 29-year-old Berlin man received probation after he had posted '
     'comments. "Filth out!" she wrote.', "Angela Merkel"),  # a man is no she
])
def test_a_he_or_she_after_a_man_or_woman_brought_in_as_the_subject_before_is_them(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("subject, pronoun, speaker", [
    ("Her landlord", "he", "Sarah Jones's landlord"),
    ("Her landlord, who did not want to be named,", "he", "Sarah Jones's landlord"),  # past a relative aside
    ("Her elderly neighbour", "he", "Sarah Jones's elderly neighbour"),
    ("Her husband", "she", "Sarah Jones"),  # a man is no she: the woman named
    ("Jones's sister", "she", "Sarah Jones's sister"),  # owned by her name, not her, though both are women
    ("Jones's sister, who did not want to be named,", "she", "Sarah Jones's sister"),
    ("Jones's rent", "she", "Sarah Jones"),  # no person she owns
    ("Jones's sister now", "she", "Sarah Jones's sister"),  # an adverb before the verb
    ("Jones's sister, Emma, now", "she", "Emma Jones"),  # the name set off beside her (a sister's surname)
])
def test_a_he_or_she_after_someones_person_as_the_subject_before_is_that_person(subject, pronoun, speaker):
    text = ('Sarah Jones, a nurse from Bristol, says she can no longer afford her rent.\n\n'
            f'{subject} says costs have risen. "I have a mortgage too," {pronoun} says.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Bids have been invited, the Ministry of Communications said.\n\nThe ministry said it wanted a "low '
     'penetration rate".', "Ministry of Communications"),  # was ministry: the one body opening on the word
    ('Bids have been invited, the Ministry of Communications said. The Ministry of Defence agreed.\n\nThe ministry '
     'said it wanted a "low penetration rate".', "ministry"),  # two open on it: neither
])
def test_a_word_for_a_body_is_the_one_body_whose_name_opens_on_it_and_of(text, speaker):
    assert quotes_of("Phone licences\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('BSkyB plans to ship its first boxes, to receive HDTV broadcasts, in time for Christmas. The company will start '
     'broadcasts, offering them as "premium channel packages".', "BSkyB"),  # was company: HDTV is the object of
    # `to receive`, its -s word a noun
    ('BSkyB plans to ship its first boxes. Virgin Media launched its own, in time for Christmas. The company will '
     'start broadcasts, offering them as "premium channel packages".', "Virgin Media"),  # a body acting since
])
def test_a_name_after_an_infinitives_verb_is_its_object_and_its_s_word_a_noun(text, speaker):
    assert quotes_of("HD launch\n\n" + text)[-1][1] == speaker


def test_a_name_after_to_the_is_no_infinitives_object():
    text = ('In a speech to the Foreign Policy Centre Mr Straw says of the Tory leader: "He is clever." The Foreign '
            'Secretary tells the BBC: "I was making the observation."')
    assert [q[1] for q in quotes_of("Election\n\n" + text)] == ["Straw", "Straw"]  # the second had been the office,
    # `to the` read as an infinitive before the name


def test_the_chancellor_is_whose_budget_the_text_writes_and_the_prime_minister_the_other_untitled():
    text = ("Labour and the Tories have clashed over Gordon Brown's Budget.\n\nTony Blair claimed the Tories would "
            '"cut" services.\n\nAt a poster launch, the prime minister hailed his chancellor\'s "brilliant" '
            'performance.\n\nThe chancellor insisted his spending plans were "affordable".')
    assert [q[1] for q in quotes_of("Tax clash\n\n" + text)] == ["Tony Blair", "Tony Blair", "Gordon Brown"]
    # were prime minister and chancellor: two people untitled


def test_a_shadow_chancellors_budget_makes_no_chancellor():
    text = 'Shadow chancellor George Osborne\'s alternative Budget was unveiled.\n\nThe chancellor called it "fantasy".'
    assert quotes_of("Tax clash\n\n" + text)[-1][1] == "chancellor"


@pytest.mark.parametrize("text, speaker", [
    ('Elan and Biogen Idec suspended sales of Tysabri on Monday.\n\n"We will work with investigators," the two '
     'firms said.', "Elan and Biogen Idec"),  # was firms
    ('Shares in Elan and Biogen Idec plunged as they suspended sales of Tysabri. The cases involved Avonex, Biogen '
     'Idec\'s drug.\n\n"We will work with investigators," the companies said.', "Elan and Biogen Idec"),  # one
    # of the two acting since
    ('Shares in Elan and Biogen Idec plunged. Pfizer also fell.\n\n"We will work with investigators," the companies '
     'said.', "companies"),  # another body acting since
])
def test_the_two_firms_are_the_two_bodies_last_named_together(text, speaker):
    assert quotes_of("Shares plunge\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("opening", ["On the New York Stock Exchange", "At the London Stock Exchange"])
def test_a_body_after_a_preposition_and_the_opening_a_sentence_is_no_subject_for_a_later_it(opening):
    text = (f'Elan suspended sales of its drug. {opening}, shares in Elan lost 70%.\n\n'
            '"We are investigating," it said.')
    assert quotes_of("Shares plunge\n\n" + text)[-1][1] == "Elan"  # was the exchange


@pytest.mark.parametrize("between, speaker", [
    ("to host the BBC One family show", "BBC spokeswoman"),  # was spokeswoman: a part of the BBC, named first
    ("to host the ITV family show", "spokeswoman"),  # another body named since
])
def test_a_part_of_a_body_named_with_its_name_first_is_no_other_body(between, speaker):
    text = ("The show will not return to screens, the BBC has said.\n\n"
            f'The presenters were recruited {between} last July. "There are no plans for another series," a '
            "spokeswoman said.")
    assert quotes_of("Show axed\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("owner, speaker", [
    ("the prime minister's official", "prime minister's official spokesman"),  # was spokesman
    ("Tony Blair's", "Tony Blair's spokesman"),
])
def test_the_spokesman_is_someones_spokesman_written_before_though_he_quoted_nothing(owner, speaker):
    text = (f"Later, {owner} spokesman urged people to put the comments into context.\n\n"
            '"What is happening is different," the spokesman said.')
    assert quotes_of("Stop and search\n\n" + text)[-1][1] == speaker


def test_the_former_and_the_latter_are_the_first_and_second_of_two_people_named_together():
    text = ('Both Rishi Sunak and Keir Starmer were asked about immigration.\n\nThe former said his plan was '
            '"working", while the latter called it "a gimmick".')
    assert [q[1] for q in quotes_of("Debate\n\n" + text)] == ["Rishi Sunak", "Keir Starmer"]  # were former, latter


def test_the_former_is_no_one_when_another_person_acted_since_the_two():
    text = ('Both Rishi Sunak and Keir Starmer were asked about immigration. Nigel Farage laughed.\n\nThe former '
            'said his plan was "working".')
    assert [q[1] for q in quotes_of("Debate\n\n" + text)] == ["former"]


@pytest.mark.parametrize("text, quotes", [
    ('"We will —" she paused, wiping away tears — "we will deliver."',
     [("We will —", "Sarah Green", "paused"), ("we will deliver.", "Sarah Green", "paused")]),  # was none
    ('"Whatever," Tom Black shrugged. "Yes," he nodded.',
     [("Whatever,", "Tom Black", "shrugged"), ("Yes,", "Tom Black", "nodded")]),
])
def test_a_gesture_right_after_a_quotation_cues_it(text, quotes):
    found = quotes_of(f"Seat won\n\nSarah Green won the seat by 12 votes.\n\n{text}")
    assert [(q[0], q[1], q[3]) for q in found] == quotes


@pytest.mark.parametrize("text, speaker", [
    ('Two people familiar with the matter said the talks had stalled. "It\'s close," one of them said.',
     "person familiar with the matter"),  # was no one
    ('People close to the talks said they had stalled. "It\'s close," one said.', "person close to the talks"),
    ('Many people were angry. "It\'s a scandal," one said.', "person"),  # was people
    ('Some people cheered. "We won," others said.', "people"),
    ('The deal could come this week, the people said, speaking on condition of anonymity. "It\'s close," one of them '
     'said.', "person"),  # the group a closing cue gives
    ('The strike will go ahead, the officials said, speaking privately. "We have no choice," one said.', "official"),
])
def test_one_of_people_described_before_is_a_person_so_described(text, speaker):
    assert quotes_of("Talks stall\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A representative for the Oscar winner confirmed the news. "She\'s earned it," the rep said.',
     "Adele's representative"),  # was rep: the one written before, a rep the short of representative
    ('A representative for the Oscar-winning singer said: "She\'s earned it."', "Adele's representative"),  # was
    # representative for the Oscar-winning singer
    ('A spokesman for the Home Office said: "No."', "Home Office spokesman"),
])
def test_one_who_speaks_for_a_person_described_in_words_is_that_persons(text, speaker):
    assert quotes_of("Break\n\nAdele has announced a break.\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("opening, speaker", [
    ("Taylor Swift's Eras Tour has become the highest-grossing tour of all time.", "Taylor Swift"),  # was singer:
    # the tour is her work, no one the singer may be
    ("Taylor Swift and Ed Sheeran have toured the world.", "singer"),  # two people
])
def test_an_epithet_with_no_sex_is_no_work_a_person_owns(opening, speaker):
    text = f'{opening}\n\nThe singer thanked fans. "You made this," she wrote.'
    assert quotes_of("Record tour\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, quote", [
    ('Lord Hodge said the ruling should not be seen as "a triumph of one side".',
     ("a triumph of one side", "Lord Hodge", "said")),  # was cued by not
    ('In Miami, Mr. Regalado said, Mr. Trump is seen as "a bully".', ("a bully", "Regalado", "said")),  # was Trump
])
def test_a_passive_seen_as_is_no_ones_characterising_the_cue_before_it_gives_the_speaker(text, quote):
    assert [(q[0], q[1], q[3]) for q in quotes_of("Ruling\n\n" + text)] == [quote]


@pytest.mark.parametrize("name, speaker", [
    ("Scottish Water", "Scottish Water"),  # was Water
    ("British Gas", "British Gas"),  # was Gas
    ("French Connection", "French Connection"),
    ("Republican Cruz", "Cruz"),  # a party's descriptor before a surname
    ("Scottish singer Lewis Capaldi", "Lewis Capaldi"),
])
def test_a_nations_word_before_a_utilitys_word_is_part_of_the_bodys_name(name, speaker):
    assert quotes_of(f'Supplies\n\n{name} said: "Supplies are safe."')[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('But the Unite union criticised the results. "Staff deserve a fair share," a spokesman said.',
     "Unite spokesman"),  # was spokesman: the body labelled after its name acts
    ('The GMB union said it would ballot members. "Staff deserve a fair share," a spokesman said.',
     "GMB spokesman"),
    ('Bosses criticised the Unite union today. "Staff deserve a fair share," a spokesman said.', "spokesman"),
    # bosses are people, no body; and the union is the object
])
def test_a_body_labelled_after_its_name_opening_a_sentence_acts(text, speaker):
    assert quotes_of("Pay row\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Two witnesses saw the crash. "It was terrible," one said.', "witness"),  # was no one
    ('Witnesses said he was "nervous".', "witnesses"),  # was Witnesses, a name
])
def test_a_plural_in_sses_is_people_of_its_singular(text, speaker):
    assert quotes_of("Crash\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Labour MPs said it was "a disgrace".', "Labour MPs"),  # was MPs
    ('Several Tory MPs said it was "a shambles".', "Tory MPs"),
    ('Critics said it was "a shambles".', "critics"),
])
def test_members_of_a_party_described_keep_the_partys_word(text, speaker):
    assert quotes_of("Vote\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Junior doctors said they were "exhausted". Many junior staff agreed.', "junior doctors"),  # was Junior
    ('Climate activists said the deal was "a betrayal".', "Climate activists"),  # the text never writes climate
    ('Labour activists said they were "angry". The labour market is weak.', "Labour activists"),  # a party's
    ('Scottish farmers said they were "angry". The scottish breed is rare.', "Scottish farmers"),  # a nation's
])
def test_people_described_opening_a_sentence_lose_the_capital_only_of_a_word_the_text_writes_lowercase(text, speaker):
    assert quotes_of("Protest\n\n" + text)[0][1] == speaker


@pytest.mark.parametrize("text, quote", [
    ('Smith sees the ruling as "a triumph for common sense".', ("a triumph for common sense", "Smith", "sees")),
    # was no one's: a verb of viewing, and `the ruling` a noun, no participle
    ('Critics regarded the plan as "unworkable".', ("unworkable", "critics", "regarded")),
    ('Smith described the building as "ugly".', ("ugly", "Smith", "described")),
])
def test_a_verb_of_viewing_before_a_noun_and_as_characterises(text, quote):
    assert [(q[0], q[1], q[3]) for q in quotes_of("Ruling\n\n" + text)] == [quote]


def test_the_place_after_the_office_of_is_no_one_titled_with_it():
    text = ('Police said the victim was in a stable condition.\n\nAndy Burnham, the Mayor of Greater Manchester, said '
            'he was "appalled". The mayor added: "Knife crime has no place here."')
    assert [q[1] for q in quotes_of("Stabbing\n\n" + text)] == ["Andy Burnham", "Andy Burnham"]  # was Greater
    # Manchester, read as a mayor's name


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump has said he will impose tariffs.\n\nThe incoming president has promised to "make America '
     'wealthy again".', "Donald Trump"),  # was incoming president
    ('Joe Biden met Donald Trump at the White House. The outgoing president said it was "a smooth transition".',
     "Joe Biden"),
    ('Donald Trump has said he will impose tariffs.\n\nMexican President Claudia Sheinbaum responded with a letter. '
     '"One tariff will be followed by another," she warned.\n\nThe incoming president has promised to "make '
     'America wealthy again".', "incoming president"),  # was Claudia Sheinbaum, who holds it now
])
def test_an_incoming_or_outgoing_office_is_the_person_just_named_as_a_former_one_is(text, speaker):
    assert quotes_of("Tariffs\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The executive spokeswoman said: "Ministers were told."', "Scottish Executive spokeswoman"),  # was executive
    # spokeswoman
    ('The executive said: "Ministers were told."', "Scottish Executive"),
    ('A senior executive said: "Yes." "Maybe," he added.', "senior executive"),  # a person still, a he
])
def test_the_executive_is_the_scottish_executive_named_before(text, speaker):
    lead = 'The Scottish Executive said it would "not be common practice".'
    assert quotes_of(f"Escape\n\n{lead}\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Johnson\'s successor, Liz Truss, said she was "honoured". Her predecessor wrote: "Good luck."', "Boris Johnson"),
    # was Liz Truss's predecessor
    ('Liz Truss\'s predecessor, Boris Johnson, resigned. His successor said: "It is an honour."', "Liz Truss"),
    ('Liz Truss said she was "honoured". Her predecessor wrote: "Good luck."', "Liz Truss's predecessor"),  # none
    # written
])
def test_ones_predecessor_is_whose_successor_the_text_writes_them_and_back(text, speaker):
    assert quotes_of("Boris Johnson resigns\n\nBoris Johnson resigned.\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Liverpool have completed the signing of Florian Wirtz from Bayer Leverkusen.\n\nThe Germany midfielder, 22, '
     'said: "I\'m very happy to be here."', "Florian Wirtz"),  # was Germany midfielder: the club he came from is
    # no one the epithet may be
    ('Wolves have signed Jorgen Strand Larsen and Marshall Munetsi.\n\nThe striker said: "I\'m happy."', "striker"),
])
def test_an_epithet_after_a_signing_is_the_one_person_named_not_the_club_they_came_from(text, speaker):
    assert quotes_of("Transfer\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The actor Michael Gambon has died aged 82.\n\n"We are devastated," the family said.', "Michael Gambon's family"),
    # was family
    ('Peter Collins, 67, was stabbed outside his home.\n\n"He was a kind man," the family said.',
     "Peter Collins's family"),
    ('Daniel Harris, 42, stabbed Peter Collins, 67, outside his home.\n\n"He was a kind man," the family said.',
     "family"),  # two named: whose family the text does not say
    ('Judge Sarah Collins jailed Mark Evans.\n\n"It was cruel," the family said.', "family"),
])
def test_the_family_is_the_family_of_the_one_person_just_named(text, speaker):
    assert quotes_of("Tributes\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("adverb, speaker", [
    ("Afterwards", "Tim Cook"),  # was Afterwards, read as `Sam Lau, the director said`
    ("Afterward", "Tim Cook"),
    ("Elsewhere", "Tim Cook"),
    ("Publicly", "Tim Cook"),
    ("Later", "Tim Cook"),
    ("Kelly", "Kelly"),  # a name: `Kelly, the tech boss, said`
])
def test_an_opening_adverb_and_its_comma_before_a_description_is_no_name(adverb, speaker):
    text = f'Apple boss Tim Cook met Donald Trump. {adverb}, the tech boss said it had been "productive".'
    assert quotes_of("Meeting\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('One of the climbers, a 28-year-old woman, said: "I thought we would die." Her companion added: "We owe them '
     'our lives."', ["climber", "climber's companion"]),  # were One of the climbers and its companion
    ('One of the young protesters said: "No."', ["young protester"]),
])
def test_one_of_the_people_described_is_one_such_person(text, speakers):
    assert [q[1] for q in quotes_of("Rescue\n\nTwo climbers were rescued.\n\n" + text)] == speakers


@pytest.mark.parametrize("epithet, speaker", [
    ("the German oceanographer", "Stefan Rahmstorf"),  # was German oceanographer: a trade by its ending
    ("the volcanologist", "Stefan Rahmstorf"),
    ("the astrophysicist", "Stefan Rahmstorf"),
    ("the checklist", "checklist"),  # no trade
])
def test_a_trade_the_words_ending_gives_is_an_epithet_for_the_person_just_named(epithet, speaker):
    text = ('Prof Stefan Rahmstorf said the risk was "much higher than thought".\n\n'
            f'"We are playing with fire," {epithet} said.')
    assert quotes_of("Current\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("before, speaker", [
    ("Ofcom says it will review the rules.\n\n", "Zverev"),  # was Ofcom: a body an `it` stood for
    ("", "Zverev"),
    ("Ofcom says the rules stand.\n\n", "Zverev"),
])
def test_an_epithet_for_a_person_stands_for_a_one_word_name_before_a_body_it_stood_for(before, speaker):
    text = before + 'Zverev beat Paul in straight sets. "I played well," the German said.'
    assert quotes_of("Tennis\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, cue", [
    ('Hunter Biden, in a statement, said: "I am grateful."', "said"),  # was `:`, a label past the medium
    ('Hunter Biden, in an interview with CNN, added: "I am grateful."', "added"),
    ('Hunter Biden, in a statement: "I am grateful."', ":"),
])
def test_a_cue_after_the_medium_set_off_is_the_cue_not_a_label(text, cue):
    assert quotes_of("Pardon\n\n" + text)[-1][1:] == ("Hunter Biden", "Hunter Biden", cue)


@pytest.mark.parametrize("text, speakers", [
    ('The Duke and Duchess of Sussex have visited Colombia.\n\nShe said: "It is lovely."', ["Duchess of Sussex"]),
    # was Duke
    ('The Duke and Duchess of Sussex have visited Colombia.\n\nHe said: "It is lovely."', ["Duke of Sussex"]),
    ('The Duke and Duchess of Sussex have visited Colombia.\n\nThe duke told students: "We are with you."\n\n'
     'The duchess said: "It is lovely."', ["Duke of Sussex", "Duchess of Sussex"]),  # were Duke, Duke
    ('The Prince and Princess of Wales have visited Southport.\n\nCatherine hugged one mother. "You are so brave," '
     'the princess said.', ["Princess of Wales"]),  # was princess
    ('The Duke of Sussex has visited Colombia. "It is lovely," he said.', ["Duke of Sussex"]),  # was no one
    ('Prince Harry, the Duke of Sussex, has visited Colombia.\n\nThe duke told students: "We are with you."',
     ["Prince Harry"]),
    ('Princess Anne met the Duchess of Edinburgh.\n\n"It was good," the princess said.', ["Princess Anne"]),
])
def test_a_title_of_the_peerage_written_out_is_whom_the_he_she_or_epithet_after_stands_for(text, speakers):
    assert [q[1] for q in quotes_of("Royals\n\n" + text)] == speakers


@pytest.mark.parametrize("heading, found", [
    ("Starmer: 'We will fix the NHS'", [("We will fix the NHS", "Keir Starmer")]),  # was no quotation
    ("'We were terrified'", [("We were terrified", None)]),  # was none; not the spokeswoman's before it
    ("Sturgeon 'went out of her way'", [("went out of her way", None)]),  # a claim about her, as in a title
    ("The players' union", []),
    ("It was, he said, 'hard.'", []),  # a sentence, not a heading
])
def test_a_heading_within_the_text_in_single_marks_is_read_as_a_title_is(heading, found):
    text = ('Health\n\nSir Keir Starmer spoke in Birmingham. "Our NHS is broken," a spokeswoman said.\n\n'
            f'{heading}\n\nThe plan was published on Monday.')
    assert [(q[0], q[1]) for q in quotes_of(text)][1:] == found


def test_a_heading_within_the_text_leaves_the_quotation_it_interrupts_going_on():
    text = ('Health\n\nA spokeswoman said: "We are looking at the figures.\n\n'
            "Starmer: 'We will fix the NHS'\n\n"
            '"We will publish them in the spring."')
    assert [q[1] for q in quotes_of(text)] == ["spokeswoman", "Starmer", "spokeswoman"]  # (no one named him before)


@pytest.mark.parametrize("person, speaker", [
    ("Prince Andrew", "Prince Andrew's lawyer"),  # was Andrew's lawyer
    ("Pope Leo", "Pope Leo's lawyer"),
    ("Lord Mandelson", "Lord Mandelson's lawyer"),
    ("Andrew Parker", "Andrew Parker's lawyer"),
])
def test_a_principal_known_by_title_keeps_it_in_the_description_of_whom_they_own(person, speaker):
    text = f'{person} has agreed to give up his home.\n\nHis lawyer said: "My client has done nothing wrong."'
    assert quotes_of("Home\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("owner, speaker", [
    ("His", "Amy Brown"),  # was Amy Lee: the woman named last
    ("Her", "Amy Lee"),
])
def test_a_relation_named_by_given_name_has_the_surname_of_the_one_whose_relation_it_is(owner, speaker):
    text = ('Kyle Brown, 29, died at the scene. Det Supt Jane Lee said: "This was a targeted attack."\n\n'
            f'{owner} sister, Amy, wrote on Facebook: "Our hearts are broken."')
    assert quotes_of("Shooting\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("between, speaker", [
    ("The EU's competition chief, Teresa Ribera, said the fine was \"fair\".", "Apple"),  # was iPhone maker
    ("Teresa Ribera said the fine was \"fair\".", "Apple"),  # (a person acted since: only a sector's word reaches)
    ("Google's new phone went on sale on Friday.", "iPhone maker"),  # another business acted since
])
def test_a_business_described_by_its_sector_is_the_one_that_acted_though_someone_spoke_since(between, speaker):
    text = (f'Apple has been fined €500m by the European Commission.\n\n{between}\n\n'
            'In a blog post, the iPhone maker said it would appeal. "This decision is wrong," it wrote.')
    assert quotes_of("Fine\n\n" + text)[-1][1] == speaker


def test_a_body_owning_the_office_of_the_person_named_after_it_is_no_other_body_acting():
    text = ('Apple has been fined €500m by the European Commission.\n\nThe EU\'s competition chief, Teresa Ribera, '
            'said the fine was "fair".\n\nThe firm\'s boss, Tim Cook, was "disappointed". "We will appeal," the '
            'tech giant said.')
    assert quotes_of("Fine\n\n" + text)[-1][1] == "Apple"


@pytest.mark.parametrize("before, said, speaker", [
    ("Labour dismissed the move.", 'A party spokesman said: "Nobody will vote for it."', "Labour spokesman"),
    # was party spokesman
    ("The Tories dismissed the move.", '"Nobody will vote for it," the party said.', "Tories"),  # was party
    ("Pensioners are being promised savings by the Liberal Democrats.\n\n", 'The party says it is "a lifeline".',
     "Liberal Democrats"),
    ("The Tories attacked Labour.", '"Nobody will vote for it," the party said.', "party"),  # two parties
    ("The Tories attacked the SNP.", '"Nobody will vote for it," the party said.', "party"),
    ('Sir Ed Davey said "Labour has failed".', '"Nobody will vote for it," the party said.', "party"),  # quoted
])
def test_the_party_is_the_one_political_party_named_just_before(before, said, speaker):
    assert quotes_of(f"Politics\n\n{before} {said}")[-1][1] == speaker


@pytest.mark.parametrize("couple, speakers", [
    ("John and Mary Smith", ["John Smith", "Mary Smith", "John Smith and Mary Smith"]),  # were …'s wife and no one
    ("Retired teacher John Smith and his wife Mary", ["John Smith", "Mary", "John Smith and Mary"]),
    ("John Smith and Tom Jones", ["John Smith", "John Smith's wife", "John Smith and Tom Jones"]),  # no wife named
])
def test_a_couple_named_together_are_whom_his_wife_and_the_couple_stand_for(couple, speakers):
    text = (f'{couple} have won the lottery.\n\nMr Smith said: "We are stunned." His wife added: "I cried."\n\n'
            'The couple, from Leeds, plan to buy a house. "We will share it with family," they said.')
    assert [q[1] for q in quotes_of("Winners\n\n" + text)] == speakers


@pytest.mark.parametrize("relations, speaker", [
    ("His wife Anne and son Fergus", "Anne and Fergus"),  # was Fergus
    ("His wife and children", "Tom Hale's wife and children"),  # was children
    ("His wife and daughter", "Tom Hale's wife and daughter"),  # was daughter
    ("His mother and father", "Tom Hale's mother and father"),
])
def test_relations_joined_by_and_speak_together(relations, speaker):
    text = f'Tom Hale died on Monday.\n\n{relations} said: "He was a wonderful man."'
    assert quotes_of("Tributes\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the tech executive", "Mark Zuckerberg"),  # was tech executive
    ("the media executive", "Mark Zuckerberg"),
    ("the chief executive", "chief executive"),  # an office no one is titled with
    ("the executive", "executive"),  # (the Scottish Executive, as often)
])
def test_a_business_executive_by_trade_is_an_epithet_for_the_person_just_named(epithet, speaker):
    text = f'Meta boss Mark Zuckerberg has unveiled new glasses.\n\n"This is the future," {epithet} said.'
    assert quotes_of("Glasses\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("lead, word, speaker", [
    ("Ofwat has fined Thames Water £100m.", "company", "Thames Water"),  # was Ofwat
    ("Ofcom has fined the BBC.", "corporation", "BBC"),  # was Ofcom
    ("The European Commission has fined Apple.", "firm", "Apple"),
    ("Ofcom has fined the BBC and ITV.", "company", "Ofcom"),  # two businesses: as before
    ("Tesco has bought Booker.", "company", "Tesco"),  # a business acting: itself
])
def test_a_word_for_a_business_after_a_regulator_acted_on_one_is_that_business(lead, word, speaker):
    text = f'{lead}\n\n"We accept the ruling," the {word} said.'
    assert quotes_of("Fine\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Middlesbrough have sacked their manager.", "Middlesbrough spokesman"),  # was club spokesman
    ("Arsenal are looking for a new striker.", "Arsenal spokesman"),
    ("Middlesbrough has a new bypass.", "club spokesman"),  # a town: no side's plural verb
])
def test_a_club_spokesman_speaks_for_a_side_the_text_writes_with_a_plural_verb(lead, speaker):
    text = f'{lead}\n\n"We thank everyone," a club spokesman said.'
    assert quotes_of("Football\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("source, speaker", [
    ("the Reform UK leader", "Nigel Farage's statement"),  # was no one's: the verb past the text's reach
    ("the Reform leader", "Nigel Farage's statement"),
    ("the club", "club statement"),
])
def test_a_text_from_someone_named_in_several_words_speaks_by_its_verb(source, speaker):
    text = f'Nigel Farage spoke in Clacton.\n\nA statement from {source} read: "We will fight it."'
    assert quotes_of("Reform\n\n" + text)[-1][1] == speaker


def test_their_after_a_person_who_goes_by_they_is_that_persons():
    text = ('Singer Sam Smith, who uses they/them pronouns, has cancelled their tour.\n\n"I am heartbroken," they '
            'wrote on Instagram.\n\nTheir manager said: "Sam needs rest."')
    assert [q[1] for q in quotes_of("Tour\n\n" + text)] == ["Sam Smith", "Sam Smith's manager"]  # was Instagram's


@pytest.mark.parametrize("text, speaker, cue", [
    ('Andy Burnham spoke.\n\nHis spokesman later clarified that he had "no plans" to stand.',
     "Andy Burnham's spokesman", "clarified"),  # was no quotation
    ('Cepes says it has been a success. "This is a pilot project," underlined Mr Saldarriaga.', "Saldarriaga",
     "underlined"),  # was Cepes's, the one that spoke before
    ('The minister underscored the need for "urgent action".', "minister", "underscored"),
])
def test_clarify_underline_and_underscore_are_cues(text, speaker, cue):
    assert quotes_of("Plans\n\n" + text)[-1][1::2] == (speaker, cue)


@pytest.mark.parametrize("opening, speaker", [
    ("In a statement detailing the bans Valve said", "Valve statement"),  # was statement
    ("In a statement, Valve said", "Valve statement"),
    ("In its statement Valve announced", "Valve statement"),
    ("In a statement, the company said", "statement"),  # no name: as before
])
def test_the_statement_is_the_one_whose_name_opens_in_a_statement(opening, speaker):
    text = f'{opening} the system worked. "The method was easy to trace," read the statement.'
    assert quotes_of("Bans\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("lead, speakers", [
    ("Coldplay have cancelled a concert.", ["Coldplay", "Coldplay's manager"]),  # were band, Instagram's manager
    ("Rock band Coldplay has a new album.", ["Coldplay", "Coldplay's manager"]),  # labelled
])
def test_the_band_is_a_name_written_with_a_plural_verb_and_their_its_when_it_spoke_last(lead, speakers):
    text = f'{lead}\n\n"We are sorry," the band wrote on Instagram.\n\nTheir manager said: "Chris needs rest."'
    assert [q[1] for q in quotes_of("Concert\n\n" + text)] == speakers


def test_a_name_written_with_a_singular_verb_is_no_band_the_text_does_not_label():
    text = 'Coldplay has a new album.\n\n"We are sorry," the band wrote on Instagram.'
    assert quotes_of("Concert\n\n" + text)[-1][1] == "band"


@pytest.mark.parametrize("lead, said, speaker", [
    ('Unite general secretary Sharon Graham said workers had been "left in limbo".', "The union said",
     "Unite"),  # was union: named only in her office
    ("Resident doctors in the BMA have voted to strike.", "The union said", "BMA"),
    ('Unite general secretary Sharon Graham said workers had been "left in limbo".', "A union spokesman said",
     "Unite spokesman"),  # was union spokesman
    ("Doctors have voted to strike.", "The union said", "union"),  # none named
])
def test_the_union_is_the_one_trade_union_named_just_before(lead, said, speaker):
    text = f'{lead}\n\n{said} it would press for "full pay".'
    assert quotes_of("Strike\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("heading, speaker", [
    ('Reeves: Budget will "fix the foundations"', "Reeves"),  # was no one: a live page's heading, its label the speaker
    ('Reeves: Budget will "fix the foundations".', None),  # a sentence: no heading
    ('Budget will "fix the foundations"', None),  # no label
])
def test_a_live_pages_labelled_heading_in_double_marks_is_read_as_a_headline(heading, speaker):
    text = f"Budget live\n\n14:05 GMT\n\n{heading}\n\nThe plans were published on Wednesday."
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("subject, speaker", [
    ("The local MP, Lee Anderson,", "Lee Anderson"),  # was no one
    ("The MP for Ashfield, Lee Anderson,", "Lee Anderson"),  # was MP for Ashfield
    ("The chief constable, Sarah Crew,", "Sarah Crew"),
    ("The MP for Ashfield", "MP for Ashfield"),
])
def test_a_member_described_and_named_between_commas_is_the_name(subject, speaker):
    assert quotes_of(f'Fury over expenses\n\n{subject} was blunter: "It stinks."')[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("Critics (including former adviser Dominic Cummings) called it", "critics"),  # were no one
    ("Reform UK (which won five seats) said it was", "Reform UK"),
    ("John Smith (R-Texas) said it was", "John Smith"),
])
def test_an_aside_in_brackets_between_the_subject_and_its_cue_is_passed_over(subject, speaker):
    assert quotes_of(f'Fury over report\n\n{subject} "a whitewash".')[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Reacting to the news, fan Gareth Evans, 45, from Barry, said:", "Gareth Evans"),  # was no one
    ("In Cardiff, local councillor Jo Smith, who lives nearby, said:", "Jo Smith"),  # was no one (`In Cardiff`)
    ("At Boca West, Jay DiPietro, the club's president, said:", "Jay DiPietro"),  # was no one
    ("On Monday, club chairman Tom Lee told reporters:", "Tom Lee"),
])
def test_a_described_name_after_an_opening_phrase_is_the_subject_of_the_cue(sentence, speaker):
    assert quotes_of(f'Sacked\n\n{sentence} "It was the right call."')[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Defending, barrister Tom Hart said his client was", "Tom Hart"),  # was Defending
    ("Prosecuting, barrister Ann Lee said it was", "Ann Lee"),  # was Prosecuting
    ("Anthony Anton, president of the association, said it was", "Anthony Anton"),
])
def test_a_role_followed_by_its_own_name_is_not_the_word_before_its_comma(sentence, speaker):
    assert quotes_of(f'Court\n\n{sentence} "deeply sorry".')[-1][1] == speaker


@pytest.mark.parametrize("lead, word, speaker", [
    ("A school in Leeds has been rated inadequate by Ofsted.", "watchdog", "Ofsted"),  # was watchdog
    ("Barclays has been fined by the Financial Conduct Authority.", "regulator", "Financial Conduct Authority"),
    # was Barclays
    ("Ofgem has capped energy prices.", "regulator", "Ofgem"),
    ("Ofgem and Ofwat have written to firms.", "regulator", "regulator"),  # two
])
def test_the_watchdog_is_the_one_regulator_named_just_before(lead, word, speaker):
    text = f'{lead}\n\nInspectors visited in May. "Leaders failed to act," the {word} said.'
    assert quotes_of("Report\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Tánaiste Simon Harris said: "This is a new era."\n\n"It was warm," the Tánaiste said.',
     ["Simon Harris", "Simon Harris"]),  # were Tánaiste Simon Harris and Tánaiste
    ('Tanaiste Simon Harris said: "This is a new era."', ["Simon Harris"]),
])
def test_the_tanaiste_with_its_accent_is_a_role_before_a_name(text, speakers):
    assert [q[1] for q in quotes_of("Dublin talks\n\n" + text)] == speakers


@pytest.mark.parametrize("sentence, found", [
    ('A Tory spokesman "totally refuted" any wrongdoing.', [("totally refuted", "Tory spokesman", "refuted")]),
    # was no quotation (a modifier of the noun after it, read so)
    ('Richard Thomas "totally condemned" the deletion of e-mails.', [("totally condemned", "Richard Thomas",
                                                                     "condemned")]),  # was none (BBC politics/002)
    ('The minister "strongly denied" the claims.', [("strongly denied", "minister", "denied")]),  # was no one's
    ('Libraries will return to a "click and collect" system.', []),
    ('The firm "deeply regrets" the incident.', [("deeply regrets", "firm", "regrets")]),  # a present, after an adverb
    ('Smith "regretted" it.', [("regretted", "Smith", "regretted")]),
])
def test_a_subjects_own_verb_quoted_is_their_words(sentence, found):
    assert [(q[0], q[1], q[3]) for q in quotes_of("Row\n\nThe report came out on Monday.\n\n" + sentence)] == found


@pytest.mark.parametrize("sentence, speakers", [
    ('To critics, the scheme is "a scandal". To supporters, it is "a lifeline".', ["critics", "supporters"]),
    # were no quotations
    ('To date, the scheme is "a scandal".', []),  # a time, no one's view
])
def test_to_people_opening_a_sentence_is_whose_view_its_quotation_is(sentence, speakers):
    assert [q[1] for q in quotes_of("Scheme\n\n" + sentence)] == speakers


@pytest.mark.parametrize("lead, speaker", [
    ("Liam and Noel Gallagher have played their first show in 16 years.", "Liam Gallagher and Noel Gallagher"),
    # was brothers
    ("Oasis have played their first show in 16 years.", "brothers"),  # no two named
])
def test_the_brothers_are_the_two_people_just_named_together(lead, speaker):
    text = f'{lead}\n\n"It was emotional," the brothers said in a joint statement.'
    assert quotes_of("Reunion\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("The world's richest man", "Elon Musk"),  # was world's richest man
    ("The country's most famous entrepreneur", "Elon Musk"),
    ("The world's press", "world's press"),  # no superlative: no person
])
def test_a_person_singled_out_by_a_superlative_is_the_one_just_named(epithet, speaker):
    text = f'Elon Musk has said he will step back.\n\n{epithet} told reporters: "My time is up."'
    assert quotes_of("Musk\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("place", ["St Peter's Basilica", "St Thomas' Hospital", "King's College"])
def test_a_saints_or_a_kings_name_owning_a_place_is_no_one_acting(place):
    text = (f'The Pope has called for peace in Gaza.\n\nSpeaking from the balcony of {place}, the pontiff said: '
            '"Let the weapons fall silent."')
    assert quotes_of("Peace\n\n" + text)[-1][1] == "Pope"  # was the saint's or king's name


@pytest.mark.parametrize("text, speaker", [
    ('Labour dismissed the move. "Nobody will vote for it," it said.', "Labour"),  # was no one
    ('Labour dismissed the move, and the Tories agreed. "Nobody will vote for it," it said.', None),  # two parties
])
def test_it_after_a_party_and_no_body_named_is_that_party(text, speaker):
    assert quotes_of("Vote\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Telegraph\'s critic was less kind, describing it as "bloated".', "Telegraph's critic"),  # was Telegraph
    ('The Guardian\'s film critic Peter Bradshaw felt that there "might well be" a sweep.', "Peter Bradshaw"),
    # was no one (BBC entertainment/352)
    ('Film critic Mark Kermode called it "a triumph".\n\n"Brilliant," the critic added.', "Mark Kermode"),
])
def test_a_critic_is_a_person_the_possessive_before_owns(text, speaker):
    assert quotes_of("Review\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("His rival", "Donald Trump's rival"),  # was Donald Trump: `rival` read as an adjective by its ending
    ("Trump's medic", "Donald Trump's medic"),
    ("Trump's principal", "Donald Trump's principal"),
])
def test_an_owned_noun_before_an_auxiliary_is_the_subject_whatever_its_ending(subject, speaker):
    text = f'Donald Trump spoke.\n\n{subject} was less kind, describing it as "bloated".'
    assert quotes_of("Review\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("sentence, found", [
    ('The WRU said an interim coach would be named "shortly".', [("shortly", "WRU")]),  # was no quotation
    ('The WRU said a coach would be named "very soon".', [("very soon", "WRU")]),
    ('He owns a dog named "Rex".', []),  # a name given
])
def test_when_something_will_be_named_is_words_said_not_a_name_given(sentence, found):
    assert [q[:2] for q in quotes_of("Coach\n\n" + sentence)] == found


@pytest.mark.parametrize("between, speaker", [
    ('Boss Michael O\'Leary said fares would "rise sharply".', "Ryanair"),  # was airline
    ('Chief executive Michael O\'Leary said fares would "rise sharply".', "Ryanair"),
    ('Analyst Mark Simpson said fares would "rise sharply".', "airline"),  # someone else spoke since
])
def test_a_word_for_a_business_reaches_past_its_own_unowned_leader(between, speaker):
    text = f'Ryanair has reported record profits.\n\n{between}\n\nThe airline said it was "a record year".'
    assert quotes_of("Profits\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("Local resident Margaret Hall, 78, who has lived there for 50 years,", "Margaret Hall"),  # was no one
    ("Local resident Margaret Hall, who has lived there for 50 years,", "Margaret Hall"),
    ("Their neighbour, Bob Jones, 71, who runs the cafe,", "Bob Jones"),
])
def test_a_described_name_opening_the_sentence_before_its_age_and_a_relative_speaks(subject, speaker):
    assert quotes_of(f'Runway\n\n{subject} said: "They will bulldoze my home."')[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("Witness Tom Lee", "Tom Lee"),  # was Witness Tom Lee
    ("Protester Jane Smith", "Jane Smith"),
    ("Celebrity Big Brother", "Celebrity Big Brother"),  # no given name after the word: a show's name
])
def test_a_word_for_a_person_before_a_full_name_is_no_word_of_the_name(subject, speaker):
    assert quotes_of(f'Court\n\n{subject} said: "No."')[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the British producer", "Kevin Wallace"),  # was British producer
    ("the French producer", "Kevin Wallace"),
    ("the American producer", "Kevin Wallace"),
    ("the Scottish Executive", "Scottish Executive"),  # a body, not the person named
])
def test_a_nations_adjective_before_a_trade_stands_for_the_subject_just_named(epithet, speaker):
    text = f'Producer Kevin Wallace said it would be "worth waiting for". "We tried hard," added {epithet}.'
    assert quotes_of(f"Musical delayed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, epithet, speaker", [
    ('Forecaster Alex Deakin said: "Up to 10cm could fall."', "the forecaster", "Alex Deakin"),  # was forecaster
    ('"I saw it all," said witness Tom Lee, 45.', "the witness", "Tom Lee"),  # was witness
    ('"It was quiet," said Jane Cole, a neighbour.', "the witness", "witness"),  # no one titled so
])
def test_the_word_a_name_was_titled_with_stands_for_that_person(first, epithet, speaker):
    text = f'{first}\n\nPolice are appealing for information. "It was awful," {epithet} added.'
    assert quotes_of(f"Snow warning issued\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("office, speaker", [
    ("the veteran senator", "Kevin Wallace"),  # was veteran senator
    ("the 62-year-old senator", "Kevin Wallace"),  # was 62-year-old senator
    ("the embattled senator", "Kevin Wallace"),
    ("the two-term senator", "Kevin Wallace"),
    ("the junior senator", "junior senator"),  # a rank of the office, not what he is like
])
def test_what_a_person_is_like_is_no_word_of_their_office(office, speaker):
    text = f'Senator Kevin Wallace said it was "time to go".\n\n"We tried hard," {office} added.'
    assert quotes_of(f"Senator quits\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("owner, speaker", [
    ("Mikel Arteta's side", "Mikel Arteta"),  # was Bukayo Saka, the subject
    ("Mikel Arteta's young side", "Mikel Arteta"),
    ("Arsenal", "Bukayo Saka"),  # no one owns the side: the subject, as before
])
def test_a_sides_boss_is_who_owns_the_side(owner, speaker):
    text = (f'Bukayo Saka scored twice before half-time as {owner} dominated.\n\n'
            '"We were brilliant," said the Gunners boss.')
    assert quotes_of(f"Arsenal go top\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("told, speaker", [
    ("Sky Sports", "England winger"),  # was Sky Sports, the outlet told
    ("reporters", "England winger"),
])
def test_the_outlet_a_speaker_told_is_no_person_an_epithet_stands_for(told, speaker):
    text = f'Manager Tom Hill told {told}: "It\'s a special night."\n\n"We were great," the England winger added.'
    assert quotes_of(f"Arsenal go top\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("state, speaker", [
    ("was unimpressed", "Christina McAnea"),  # was no one's
    ("was delighted", "Christina McAnea"),
    ("was stunned by the decision", "Christina McAnea"),
    ("was asked", None),  # something done to her: the asker's words
])
def test_a_feeling_before_a_colon_is_the_subjects_state_as_they_speak(state, speaker):
    assert quotes_of(f'Strike\n\nChristina McAnea {state}: "Warm words won\'t pay the bills."')[-1][1] == speaker


@pytest.mark.parametrize("owner, speaker", [
    ("The manager's verdict", "Jose Mourinho"),  # was manager
    ("The Portuguese's verdict", "Jose Mourinho"),  # was Portuguese
    ("His assessment", "Jose Mourinho"),  # was no one's
    ("The fans' verdict", "fans"),  # no person an epithet stands for
])
def test_an_epithet_or_pronoun_owning_a_verdict_before_a_colon_speaks(owner, speaker):
    text = f'Jose Mourinho watched his side lose 3-0.\n\n{owner}: "Not good enough."'
    assert quotes_of(f"Chelsea beaten\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the Conservative", "Guy Opperman"),  # was Conservative
    ("the Tory", "Guy Opperman"),  # was Tory
    ("the Labour MP", "Jack Cole"),  # was Guy Opperman, an MP of another party
    ("the Conservative MP", "Guy Opperman"),
])
def test_a_party_member_is_the_one_of_that_party(epithet, speaker):
    text = f'Conservative MP Guy Opperman clashed with Labour MP Jack Cole.\n\n"Farmers need help now," {epithet} said.'
    assert quotes_of(f"Farm row\n\n{text}")[-1][1] == speaker


def test_a_lowercase_conservative_is_no_party_members_epithet():
    text = ('After Glenn Beck asked the conservative who he thought would win, Dinesh Souza replied, "Hillary."\n\n'
            '"We have to up our game," he added.')
    assert quotes_of(f"Prediction\n\n{text}")[-1][1] == "Dinesh Souza"


@pytest.mark.parametrize("first, plural, speaker", [
    ("Butch Wilmore and Suni Williams were due back in June.", "The astronauts",
     "Butch Wilmore and Suni Williams"),  # was astronauts
    ("Butch Wilmore and Suni Williams were due back in June.", "The two astronauts",
     "Butch Wilmore and Suni Williams"),
    ("Butch Wilmore met Suni Williams in June.", "The astronauts", "astronauts"),  # not named together
    ("Keir Starmer and Kemi Badenoch clashed.", "Both leaders", "Keir Starmer and Kemi Badenoch"),  # was Both leaders
    ("Keir Starmer and Kemi Badenoch clashed.", "The two leaders", "Keir Starmer and Kemi Badenoch"),
    ("Keir Starmer and Kemi Badenoch clashed.", "The leaders", "leaders"),  # an office's plural: any who hold it
])
def test_people_of_one_trade_in_the_plural_are_the_two_just_named_together(first, plural, speaker):
    text = f'{first}\n\n{plural} said they were "not worried".'
    assert quotes_of(f"Space station delay\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("office, speaker", [
    ("The US president", "Donald Trump"),  # was Volodymyr Zelensky, another country's president; Trump, untitled
    ("The Ukrainian president", "Volodymyr Zelensky"),  # was Ukrainian president
    ("The president", "Volodymyr Zelensky"),
])
def test_a_president_titled_after_a_countrys_possessive_is_that_countrys(office, speaker):
    text = ("Ukraine's President Volodymyr Zelensky has met Donald Trump at the White House.\n\n"
            f'Moscow was silent. {office} later posted: "Big progress!"')
    assert quotes_of(f"Talks held\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("A cyber attack has disrupted services at Tesco.", "Tesco"),  # was retailer
    ("A cyber attack at Tesco has upset shopper Jane Cole.", "retailer"),  # two named: which?
    ("A report by Ofcom has criticised mobile networks.", "retailer"),  # a regulator is no business
])
def test_a_business_word_is_the_one_body_named_whatever_its_role(first, speaker):
    text = f'{first}\n\nThe retailer said it was "working hard to fix this".'
    assert quotes_of(f"Cyber attack\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("source, speaker", [
    ("one analyst, Tom Lee of Jefferies", "Tom Lee"),  # was analyst
    ("a spokesman for the firm, John Smith", "John Smith"),  # was firm's spokesman
    ("the firm, which employs 200 people", "firm"),  # a relative, no name set off
])
def test_a_name_set_off_after_an_according_to_source_speaks(source, speaker):
    assert quotes_of(f'Bank deal\n\nIt will create "the biggest bank in Europe", according to {source}.')[-1][1] == speaker


@pytest.mark.parametrize("heading, office, speaker", [
    ("Badenoch responds", "The Conservative leader", "Badenoch"),  # was Conservative leader
    ("Starmer: 'We will rebuild Britain'", "The prime minister", "Starmer"),  # was prime minister
    ("Badenoch and Davey respond", "The Conservative leader", "Conservative leader"),  # two named: which?
    ("Badenoch has responded to the speech.", "The Conservative leader", "Conservative leader"),  # a sentence
])
def test_a_description_under_a_heading_is_the_one_person_it_names(heading, office, speaker):
    text = f'14:40 GMT\n\n{heading}\n\n{office} said the speech was "empty".'
    assert quotes_of(f"Live: the King's Speech\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("relative, speaker", [
    ("His brother Eric", "mayor"),  # was Eric Hill: a relative is no office's holder
    ("Eric Jones", "Eric Jones"),  # no relative: may be the one the office opens on
])
def test_a_person_known_only_as_a_relative_is_no_office_holder_opened_on(relative, speaker):
    text = f'Tom Hill has won the lottery.\n\n{relative} welcomed the news, calling it "amazing".\n\n' \
        'The mayor said: "Good for him."'
    assert quotes_of(f"Lottery win\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("child, speaker", [
    ("Emily Eavis, the daughter of Michael Eavis,", "Michael Eavis"),  # was Emily Eavis's father
    ("Emily Eavis, daughter of founder Michael Eavis,", "Michael Eavis"),
])
def test_her_father_is_the_man_named_as_the_parent_she_is_daughter_of(child, speaker):
    text = f'{child} runs the festival.\n\nHer father said he would be there "as always".'
    assert quotes_of(f"Glastonbury line-up\n\n{text}")[-1][1] == speaker


def test_her_mother_is_no_father_named_as_her_parent():
    text = 'Emily Eavis, daughter of founder Michael Eavis, runs the festival.\n\nHer mother said it was "magic".'
    assert quotes_of(f"Glastonbury line-up\n\n{text}")[-1][1] == "Emily Eavis's mother"


def test_the_epithet_for_a_child_sets_off_the_parent_too():
    text = ('Organiser Emily Eavis said she was "thrilled".\n\nThe 45-year-old, daughter of founder Michael Eavis, '
            'added: "It is special."\n\nHer father said he would be there "as always".')
    assert [q[1] for q in quotes_of(f"Glastonbury line-up\n\n{text}")] == ["Emily Eavis", "Emily Eavis",
                                                                              "Michael Eavis"]


@pytest.mark.parametrize("first, owner, speaker", [
    ("Rishi Sunak clashed with Keir Starmer.", "His rival's verdict was blunt", "Keir Starmer"),  # was no one's; his,
    # opening the sentence, is the subject's (Sunak's), so his rival is Starmer
    ("Tom Hill has won the lottery.", "His wife's verdict", "Tom Hill's wife"),  # was no one's
])
def test_a_relations_verdict_before_a_colon_is_theirs(first, owner, speaker):
    assert quotes_of(f'Story\n\n{first}\n\n{owner}: "Amazing."')[-1][1] == speaker


@pytest.mark.parametrize("owned, speaker", [
    ("Tom Hill's take:", "Tom Hill"),  # was no one's
    ("His thoughts:", "Tom Hill"),  # was no one's
    ("Tom Hill's take was", None),  # no colon: `take` may be a verb's
])
def test_someones_take_or_thoughts_before_a_colon_are_their_words(owned, speaker):
    text = f'Tom Hill watched the final.\n\n{owned} "It was a mess."'
    assert quotes_of(f"Final\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ("the governing body", "FA"),  # was governing body
    ("the umbrella group", "FA"),  # was umbrella group
    ("the body", "FA"),
])
def test_a_two_word_name_for_a_kind_of_body_is_the_body_that_spoke(body, speaker):
    text = f'The FA said it was "committed to tackling" such behaviour. "We take this seriously," {body} added.'
    assert quotes_of(f"Chelsea charged\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("after, speaker", [
    ('Judge Simon James told them: "You showed no regard for life."', "Simon James"),  # was judge
    ('Prosecutor Simon James told them: "You showed no regard for life."', "judge"),  # another office
])
def test_an_office_is_the_one_the_next_paragraph_titles_with_it(after, speaker):
    text = ('Ahmed Ali, 34, and Karim Hassan, 29, were sentenced at Canterbury Crown Court.\n\nThe pair had '
            f'"treated human beings as cargo", the judge said.\n\n{after}')
    assert quotes_of(f"Smugglers jailed\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("group, speaker", [
    ("Users", "user"),  # was no one's
    ("Subscribers", "subscriber"),  # was no one's
    ("Viewers", "viewer"),
])
def test_one_of_a_group_of_users_or_viewers_is_one_of_them(group, speaker):
    text = f'{group} were quick to complain. One wrote on X: "That\'s it, I\'m cancelling."'
    assert quotes_of(f"Price rise\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Shares in Next fell after the retailer cut its forecast.", "Next"),  # was company
    ("Next has said its annual profit will be lower.", "Next"),  # was company
    ("Next has recalled its annual profit will be lower.", "Next"),  # any verb of saying
    ("Next has been a difficult year.", "company"),  # no verb of saying: the word
    ("Next year profits will be lower, analysts say.", "company"),  # the word, no name
])
def test_next_the_retailer_is_a_name_where_the_word_could_not_stand(first, speaker):
    text = f'{first}\n\n"Clearance rates were below expectations," the company said.'
    assert quotes_of(f"Weak sales\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Heathrow has cancelled 100 flights because of fog.", "Heathrow"),  # was airport
    ("Gatwick Airport has cancelled 100 flights because of fog.", "Gatwick Airport"),
    ("Passengers have been stranded by fog.", "airport"),  # no body named
])
def test_the_airport_is_the_body_that_acted_before(first, speaker):
    assert quotes_of(f'Fog\n\n{first}\n\nThe airport said it was "very sorry".')[-1][1] == speaker


@pytest.mark.parametrize("between, speaker", [
    ("", "Nasa"),  # was space agency
    ("Butch Wilmore and Suni Williams were due back in June.\n\n", "Nasa"),
])
def test_the_space_agency_is_the_agency_that_acted(between, speaker):
    text = f'Nasa has delayed the return of two astronauts.\n\n{between}The space agency said it needed "more time".'
    assert quotes_of(f"Astronauts stuck\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("titled, office, speaker", [
    ("BBC director general Tim Davie", "The director general", "Tim Davie"),  # was Gary Lineker
    ("UN secretary general Antonio Guterres", "The secretary general", "Antonio Guterres"),
])
def test_an_office_of_two_words_ending_in_general_is_one_office(titled, office, speaker):
    text = (f"Gary Lineker has left the show after criticism from {titled}.\n\n"
            f'{office} said he accepted the apology. "Gary has been a huge part of the BBC," he said.')
    assert quotes_of(f"Lineker leaves\n\n{text}")[-1][1] == speaker


RADUCANU = ('Emma Raducanu has split from her coach.\n\nThe British number one said she was "grateful".\n\n'
            'Raducanu, 22, faces Iga Swiatek in the first round.\n\n')


@pytest.mark.parametrize("last, speakers", [
    ('The Pole, a five-time Grand Slam champion, said she expected "a tough match".',
     ["Emma Raducanu", "Iga Swiatek"]),  # was Emma Raducanu twice: a nation's adjective had marked no one British
    ('The Pole, a five-time Grand Slam champion, said she expected "a tough match". "I\'m ready," the Briton said.',
     ["Emma Raducanu", "Iga Swiatek", "Emma Raducanu"]),  # the Briton: the British number one
])
def test_a_nations_adjective_in_an_epithet_marks_the_person_of_that_nation(last, speakers):
    assert [q[1] for q in quotes_of(f"Raducanu splits\n\n{RADUCANU}{last}")] == speakers


@pytest.mark.parametrize("again, speaker", [
    ("The insider", "source close to Harry Styles"),  # was insider
    ("The source", "source close to Harry Styles"),  # was source
    ("The spokesman", "spokesman"),  # another kind of voice
])
def test_the_insider_or_source_is_the_source_close_to_someone_who_spoke(again, speaker):
    text = ('Harry Styles is said to be planning a tour.\n\nA source close to the singer told The Sun: "He is '
            f'writing."\n\n{again} added that dates would be announced "soon".')
    assert quotes_of(f"Styles tour\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('easyJet said its fares would stay "competitive".', "easyJet"),  # was no quotation at all
    ('Shares in easyJet rose.\n\nThe airline said it was "confident".', "easyJet"),  # was airline
    ('Rival easyJet said its fares would stay "competitive".', "easyJet"),  # was Rival easyJet
    ('eBay said sales were "strong".', "eBay"),
    ('Rival Apple Music said its prices were "fair".', "Apple Music"),  # was Rival Apple Music
])
def test_a_brands_name_with_a_lowercase_first_letter_is_a_name(text, speaker):
    assert quotes_of(f"Fares\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("heading, speaker", [
    ("Mallow Swimming Pool - closed 'until further notice' after midnight", "Mallow Swimming Pool"),  # was no one's
    ("Mallow Swimming Pool and Cork Gym to close", None),  # two named: whose?
    ("Ireland moves to level three", None),  # a place opens it
    ("Mallow Swimming Pool will close tonight.", None),  # a sentence, no heading
])
def test_a_statement_under_a_live_pages_heading_is_the_one_name_opening_it(heading, speaker):
    text = f'13:27 Gavin Lee\n\n{heading}\n\n"It is with a very heavy heart we bring the news that we are closing."'
    assert quotes_of(f"Live: Cork updates\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('It was "madness", in the view of Tom Hill.', "Tom Hill"),  # was no quotation
    ('In the opinion of Tom Hill, the plan is "madness".', "Tom Hill"),  # was no quotation
    ('It was "madness", in the words of Tom Hill.', "Tom Hill"),
])
def test_in_the_view_or_opinion_of_someone_is_a_source_phrase(text, speaker):
    assert quotes_of(f"Plan row\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('Liam Gallagher posted on X: "Biblical."', "Noel Gallagher"),  # was Noel: a word quoted stood between
    ('Liam Gallagher said the tour was "biblical".', "Noel Gallagher"),
])
def test_a_brothers_given_name_takes_the_surname_of_the_man_before_not_a_word_quoted(first, speaker):
    text = f'{first}\n\nHis brother Noel said the band were "overwhelmed".'
    assert quotes_of(f"Oasis tour\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ('His brother Noel said the band were "overwhelmed".', "Liam Gallagher and Noel Gallagher"),  # was pair
    ('Their manager said the band were "overwhelmed".', "pair"),  # no kin named
])
def test_the_pair_is_the_two_named_as_kin(second, speaker):
    text = (f'Liam Gallagher posted on X: "Biblical."\n\n{second}\n\n'
            '"We never thought this would happen," the pair said.')
    assert quotes_of(f"Oasis tour\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Wayne Rooney has been sacked as Plymouth Argyle manager.", "Plymouth Argyle's statement"),  # was club
    # statement: the club no subject
    ("Wayne Rooney has managed Plymouth Argyle and Derby County.", "club statement"),  # two clubs: which?
    ("Wayne Rooney has left Plymouth Argyle for Derby County.", "club statement"),  # was `Plymouth Argyle for Derby
    # County's statement`: two clubs, not one body's name across `for`
])
def test_a_club_is_the_one_club_named_before_whatever_its_role(first, speaker):
    text = f'{first}\n\nA club statement said: "We thank Wayne for his efforts."'
    assert quotes_of(f"Rooney sacked\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("The Prime Minister, Keir Starmer, said the plan would work.", "chancellor"),  # was Starmer: an office set off
    ("Keir Starmer said the plan would work.", "Keir Starmer"),  # no office: the one person named may hold it
])
def test_the_one_person_untitled_is_not_one_an_office_is_set_off_beside(first, speaker):
    text = f'{first}\n\nThe chancellor replied: "No."'
    assert quotes_of(f"Budget row\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Retailer Tesco said sales were "strong".', "Tesco"),  # was Retailer Tesco
    ('Chipmaker Intel said demand was "robust".', "Intel"),  # was Chipmaker Intel
    ('Broadcaster Channel 4 said it was "proud".', "Channel 4"),  # was Broadcaster Channel 4
    ('Carmaker Nissan is cutting jobs. The company said it was "necessary".', "Nissan"),  # was company
    ('Bookmaker William Hill said the odds were "long".', "Bookmaker William Hill"),  # a given name: a man's?
])
def test_a_trade_opening_a_sentence_labels_the_body_named_after_it(text, speaker):
    assert quotes_of(f"Results day\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Shares in Laura Ashley fell 8% on Thursday.", "Laura Ashley"),  # was company: a given name, a person's?
    ("Laura Ashley, which is due to report soon, has been hit by poor sales.", "Laura Ashley"),  # was company
    ("Laura Ashley has been hit by poor sales.", "company"),  # nothing says whether a woman or a business
    ("Shares in Tesor Nefaren fell 8% on Thursday.", "Tesor Nefaren"),  # no given name known: as well
])
def test_a_full_name_written_as_a_business_is_a_body_whatever_its_given_name(first, speaker):
    text = f'{first} The company said trading had been "difficult".'
    assert quotes_of(f"Results day\n\n{text}")[-1][1] == speaker


def test_a_name_written_as_a_business_after_the_quotation_is_a_body_before_it_too():
    text = ('Eli Lilly is launching adverts. The company said the article was "wrong". '
            "Eli Lilly's chief medical officer agreed.")
    assert quotes_of(f"Prozac row\n\n{text}")[-1][1] == "Eli Lilly"  # was company


def test_a_name_written_as_a_business_stays_a_person_the_text_calls_she():
    text = ('Shares in Laura Ashley fell 8%. Laura Ashley, who founded it, said trading had been "difficult". '
            'She added: "We will recover."')
    assert quotes_of(f"Results day\n\n{text}")[-1][1:3] == ("Laura Ashley", "She")


@pytest.mark.parametrize("text, speaker", [
    ('The deal is worth "north of $200m", per ESPN\'s Adam Schefter.', "Adam Schefter"),  # was no one's
    ('Per Schefter, the Jets are "in the mix".', "Schefter"),  # was no one's
    ('The striker is "recovering well", per a club statement.', "club statement"),  # was no quotation
    ('Tickets cost "£5" per person.', None),  # a rate, no source
])
def test_per_setting_off_a_phrase_names_a_source(text, speaker):
    assert [q[1] for q in quotes_of(f"Trade talk\n\n{text}")] == ([speaker] if speaker else [])


@pytest.mark.parametrize("aside", ["per a translator", "according to a translator"])
def test_a_source_phrase_set_off_after_a_cue_leaves_the_quotation_to_the_cues_subject(aside):
    text = f'Guccifer said, {aside}, that the server "was like an open orchid".'
    assert quotes_of(f"Hacker speaks\n\n{text}")[-1][1] == "Guccifer"  # was translator


@pytest.mark.parametrize("asked, speaker", [
    ("Her advice?", "Jane Lee"),  # was Tom Hill, the subject before: her words, asked
    ("His verdict?", "Tom Hill"),
    ("Jane Lee's take?", "Jane Lee"),  # was Tom Hill
])
def test_a_question_of_someones_word_for_what_they_say_gives_the_quotation_after_it(asked, speaker):
    text = f'Tom Hill has studied sleep for a decade, and Jane Lee has helped.\n\n{asked} "Put the phone away."'
    assert quotes_of(f"Sleep tips\n\n{text}")[-1][1] == speaker


def test_a_peerage_of_the_other_sex_is_not_the_titled_subject_before():
    text = 'Prince Harry said he was "happy".\n\nThe Duchess of Sussex said: "Home sweet home."'
    assert quotes_of(f"Royal move\n\n{text}")[-1][1] == "Duchess of Sussex"  # was Prince Harry


@pytest.mark.parametrize("text, speaker", [
    ('Another individual rather bluntly wrote to the singer, "Need to put on a few pounds."', "individual"),  # was
    # no one's
    ('Tom Hill quite rightly said: "Eat more."', "Tom Hill"),
])
def test_rather_and_quite_before_an_adverb_stand_between_a_subject_and_its_verb(text, speaker):
    assert quotes_of(f"Fans react\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("before, speaker", [
    ("And someone else referenced the fact that Dion had been made the face of L'Oreal Paris.", "someone"),  # was
    # no one's
    ("One fan wrote back.", "fan"),  # was no one's
    ("One fan met the players.", None),  # they may be the players
    ("One fan asked Jordan Lee.", None),  # Jordan Lee may be a they
])
def test_they_after_a_sentence_opening_on_one_person_of_no_sex_is_that_person(before, speaker):
    text = f'Celine Dion posted photos. {before} "Don\'t understand it," they said.'
    assert quotes_of(f"Fans react\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Neighbours said they had noticed a strong smell. "It reeked," said one.', ("neighbour", "one")),  # was
    # neighbours, the quotation read as going on from them
    ('Fans were furious.\n\n"It was a disgrace," added another.', ("fan", "another")),  # was no one's
    ('Workers were angry. "It is a betrayal," said one, who has worked there for 30 years.', ("worker", "one")),
    # was the workers', read as going on
])
def test_one_or_another_after_an_inverted_cue_is_one_of_the_group(text, speaker):
    assert quotes_of(f"Street news\n\n{text}")[-1][1:3] == speaker


@pytest.mark.parametrize("before, speaker", [
    ("The crowd chanted.", "crowd"),  # was no one's: many people in one word
    ("Thousands of protesters marched through London.", "protesters"),  # was no one's
    ("Dozens of angry residents gathered.\n\n", "residents"),  # was no one's
    ("Thousands of letters arrived.", None),  # no people
])
def test_they_after_a_crowd_or_a_number_of_a_group_is_the_group(before, speaker):
    text = f'{before} "Out, out, out," they chanted.'
    assert quotes_of(f"Protest\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Emmanuel Macron, Friedrich Merz and Keir Starmer said it was "time".',
     "Emmanuel Macron, Friedrich Merz and Keir Starmer"),  # was Friedrich Merz and Keir Starmer
    ('Tesco, Asda and Sainsbury said prices were "too high".', "Tesco, Asda and Sainsbury"),  # was `Tesco Asda and
    # Sainsbury`, read as two people
    ('The foreign ministers of France, Germany and the UK said they were "concerned".',
     "France, Germany and the UK's foreign ministers"),  # was Germany and the UK
    ('Brent Bozell, PTC president and conservative activist, said it was "raunchy".', "Brent Bozell"),  # a role
    # after his comma, no list
])
def test_names_listed_with_commas_speak_together(text, speaker):
    assert quotes_of(f"Summit\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Tom Hill, John Lee and Sam Smith were charged.", "Tom Hill, John Lee and Sam Smith"),  # was men
    ("Tom Hill, Jane Lee and Sam Smith were charged.", "men"),  # a woman among them
    ("Tom Hill and John Lee were charged.", "men"),  # two, not three
])
def test_the_three_are_the_three_named_together_before(first, speaker):
    text = f'{first}\n\n"We are innocent," the three men said.'
    assert quotes_of(f"Trial\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, description, speaker", [
    ("U.S. District Judge Amy Berman Jackson wrote in a ruling that the policy was", "the judge",
     "Amy Berman Jackson"),  # was judge: a court's name is no other office
    ("Supreme Court Justice Sonia Sotomayor wrote in a dissent that the ruling was", "the justice",
     "Sonia Sotomayor"),  # was justice
    ("Deputy District Judge Amy Jackson wrote in a ruling that the policy was", "the judge", "judge"),  # a deputy
])
def test_a_judge_of_a_named_court_is_the_judge(first, description, speaker):
    text = f'{first} "arbitrary".\n\n"The government has not shown otherwise," {description} wrote.'
    assert quotes_of(f"Ruling\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, cue", [
    ('Judge Amy Jackson wrote in a 40-page ruling that the policy was "arbitrary".', "wrote"),  # was ruling
    ('Judge Amy Jackson wrote in a unanimous ruling that the policy was "arbitrary".', "wrote"),  # was ruling
    ('A spokesman saying he was "appalled" left the room.', "saying"),  # a noun, then the verb
])
def test_an_ing_word_after_an_article_and_a_modifier_is_a_noun(text, cue):
    assert quotes_of(f"Ruling\n\n{text}")[-1][3] == cue


@pytest.mark.parametrize("named, speaker", [
    ("The Unite union", "Unite"),  # was Unite union, beside `Unite added`'s Unite
    ("The Resolution Foundation think tank", "Resolution Foundation"),  # was `… think tank`
    ("The King's Fund think tank", "King's Fund"),
    ("The Labour party", "Labour"),
    ("The Clinton team", "Clinton team"),  # a person's team is not the person
])
def test_a_body_labelled_after_its_name_is_the_body(named, speaker):
    assert quotes_of(f'Pay row\n\n{named} said pay was "too low".')[-1][1] == speaker


@pytest.mark.parametrize("first, spouse, speaker", [
    ("Victoria Beckham launched her brand this week.", "David Beckham's wife", "Victoria Beckham"),  # was David
    # Beckham's wife: the woman of his surname
    ("Victoria Beckham launched her brand this week.", "The wife of David Beckham", "Victoria Beckham"),
    ("Hillary Clinton launched her book this week.", "Donald Trump's wife", "Donald Trump's wife"),  # not his name
    ("Brooklyn Beckham launched his brand this week.", "David Beckham's wife", "David Beckham's wife"),  # a man
])
def test_a_spouse_is_the_one_of_that_sex_sharing_the_surname(first, spouse, speaker):
    text = f'{first}\n\n{spouse} said it was "a labour of love".'
    assert quotes_of(f"Brand launch\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ('His team-mate said: "I lost too much time."', "Oscar Piastri"),  # was Lando Norris, through Piastri's
    # team-mate: his, opening the sentence, is the subject's
    ('His Australian team-mate was less happy. "I lost too much time," he said.', "Oscar Piastri"),  # was
    # Lando Norris's Australian team-mate
])
def test_a_team_mate_is_the_other_of_two_named_and_his_opening_a_sentence_the_subjects(second, speaker):
    text = f"Lando Norris won the race ahead of Oscar Piastri.\n\n{second}"
    assert quotes_of(f"Grand Prix\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("place, speaker", [
    ("the Calder valley", "Environment Agency spokesperson"),  # was spokesperson: `the Calder` read as a body
    ("the Severn estuary", "Environment Agency spokesperson"),
    ("the Calder Trust's land", "spokesperson"),  # a body between: whose spokesperson?
])
def test_a_place_named_with_its_lands_word_is_no_other_body(place, speaker):
    text = f'The Environment Agency says it has spent £50m on defences in {place}. A spokesperson said: "More to do."'
    assert quotes_of(f"Floods\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('In a post on X, Elon Musk wrote: "This is insane."', "president"),  # was Elon Musk: the one person named
    ('In a post on X, Elon Musk wrote: "This is insane." Home Secretary Yvette Cooper disagreed.', "Elon Musk"),
    # one named with no office beside one with one: the office may be his
])
def test_the_one_untitled_person_stands_for_an_office_only_beside_someone_else(first, speaker):
    text = f'{first}\n\nResponding on Truth Social, the president said Musk had "lost his mind".'
    assert quotes_of(f"Feud\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("relation, speaker", [
    ("Kelce's brother and co-host, Jason,", "Jason Kelce"),  # was Jason: the relation, the first of two roles
    ("Kelce's brother, Jason,", "Jason Kelce"),
    ("Kelce's friend and co-host, Jason,", "Jason"),  # no kin
])
def test_a_relation_joined_to_another_role_before_a_given_name_lends_the_surname(relation, speaker):
    text = f'Travis Kelce said the tour was "unbelievable".\n\n{relation} agreed: "She is a machine."'
    assert quotes_of(f"Podcast\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A woman was rescued from a cave.\n\nHer husband told the BBC: "I cannot thank them enough."', "husband"),  # was
    # no one: a husband, whoever's
    ('A man was hurt.\n\nHis wife said: "He is fine."', "wife"),  # was no one
    ('Tom Hill was hurt.\n\nHis wife said: "He is fine."', "Tom Hill's wife"),
])
def test_a_relation_of_someone_unnamed_is_still_the_relation(text, speaker):
    assert quotes_of(f"Rescue\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Marks and Spencer has reported a rise in profits.", "Marks and Spencer"),  # was retailer: Marks, Spencer
    ("Procter and Gamble says sales rose.", "Procter and Gamble"),  # was retailer
    ("The match is at Twickenham and Kirwan says his side are ready.", "retailer"),  # a clause joined: no one name
])
def test_two_words_joined_by_and_before_a_singular_verb_are_one_name(first, speaker):
    text = f'{first}\n\nThe retailer said sales were "strong".'
    assert quotes_of(f"Results\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A man who lives near the site said the noise was "unbearable".', "man"),  # was no quotation: the site
    ('A man whose car was crushed by the tree told the BBC: "I was lucky."', "man"),  # was no one's: the tree
    ('Residents who live near the site say the noise is "unbearable and constant".', "residents"),  # was no one's
    ('Tom Hill, who lives in London, said it was "fine".', "Tom Hill"),
])
def test_a_relative_clause_ending_on_a_prepositions_phrase_leaves_its_antecedent_the_subject(text, speaker):
    assert quotes_of(f"Noise row\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Residents who live nearby say the noise is "unbearable".', "residents"),  # was `Residents who live nearby`
    ('Residents say the noise is "unbearable".', "residents"),
    ('Those who live nearby say it is "awful".', "Those who live nearby"),  # no word for them but the clause
])
def test_people_a_relative_clause_describes_are_the_word_for_them(text, speaker):
    assert quotes_of(f"Noise row\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A shopkeeper whose window was smashed said he had "never been so scared".', "shopkeeper"),  # was no one's
    ('A woman whose son died told the BBC: "I want justice."', "woman"),  # was no one's: `son died` a phrase
    ('Tom Hill, whose son died, told the BBC: "I want justice."', "Tom Hill"),
])
def test_whose_clause_before_a_cue_leaves_its_antecedent_the_subject(text, speaker):
    assert quotes_of(f"Inquest\n\n{text}")[-1][1] == speaker


def test_a_whose_clause_going_on_past_its_noun_makes_no_speaker_of_its_antecedent():
    text = ("Martin O'Neill believes the game will not help a midfielder whose season has already been affected by "
            'injury. "They have organised a game at a rather awkward time," he added.')
    assert quotes_of(f"Celtic unhappy\n\n{text}")[-1][1] == "Martin O'Neill"


@pytest.mark.parametrize("first, second, speaker", [
    ("Tom Hill and John Lee were cleared.", 'Both men said they were "relieved".', "Tom Hill and John Lee"),  # was
    # Both men
    ("Tom Hill and Jane Lee were cleared.", 'Both men said they were "relieved".', "Both men"),  # a woman: not both
    ("Tom Hill and John Lee were cleared.", 'Outside court, the two men hugged. "Justice has been done," they said.',
     "Tom Hill and John Lee"),  # was no one's: they, the two men
])
def test_both_men_and_the_two_men_are_the_two_named_together(first, second, speaker):
    assert quotes_of(f"Fraud trial\n\n{first}\n\n{second}")[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("A report by the Institute for Fiscal Studies has found that poverty is rising.",
     "Institute for Fiscal Studies report"),  # was report: `has` after the author's name
    ("A report by the Institute for Fiscal Studies found that poverty is rising.", "Institute for Fiscal Studies report"),
    ("A report by the Commons work and pensions committee has found poverty rising.", "report"),  # no whole name
])
def test_the_report_is_the_one_a_body_wrote(first, speaker):
    text = f'{first}\n\nThe report said the trend was "deeply worrying".'
    assert quotes_of(f"Poverty\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Campaigners called for a "windfall tax".', ("campaigners", "called")),  # was no one's
    ('The authors called for "urgent action".', ("authors", "called")),  # was no one's
    ('Tories and Lib Dems welcomed the report and called for a "slimming down".', ("Tories and Lib Dems", "called")),
    ('Tom Hill wants a party platform that calls for "a $15 minimum wage".', ("Tom Hill", "wants")),  # a thing's
    # call: his words
])
def test_calling_for_a_quotation_is_a_cue(text, speaker):
    quote = quotes_of(f"Tax row\n\n{text}")[-1]
    assert (quote[1], quote[3]) == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A statement on behalf of the family read: "He was a loving son."', ("family statement", "read")),  # was no
    # quotation
    ('A statement issued by the family read: "He was a loving son."', ("family statement", "read")),  # was
    # statement, `issued` its cue
    ('A statement issued on behalf of the family said: "He was a loving son."', ("family statement", "said")),  # was
    # statement
    ('A statement from Chelsea explaining the decision read: "We have zero tolerance."',
     ("Chelsea's statement", "explaining")),  # the participle's phrase hides what reads
])
def test_a_statement_on_behalf_of_someone_is_theirs_and_read_before_a_colon_its_cue(text, speaker):
    quote = quotes_of(f"Tributes\n\n{text}")[-1]
    assert (quote[1], quote[3]) == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the number eight", "Caelan Doris"),  # was number eight: a position by its shirt
    ("the number 10", "Caelan Doris"),
    ("the number", "number"),  # no position
])
def test_a_position_by_its_shirt_number_is_the_player_just_named(epithet, speaker):
    text = f'Ireland captain Caelan Doris said: "We were clinical."\n\n"I feel for Wales," {epithet} added.'
    assert quotes_of(f"Six Nations\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"The 7E7 fits better," said a Japan Airlines spokesman. "It could be delivered when we hoped." '
     'Boeing continues to enjoy a dominance over Airbus.', ("Japan Airlines spokesman", "said")),  # was Boeing,
    # `continues` read as the cue of the quotation before it
    ('The WRU said it continued to "fully support" Gatland.', ("WRU", "said")),  # was `continued`
    ('"We will win," he continued.', (None, "continued")),  # going on speaking
])
def test_continuing_to_do_something_is_no_cue(text, speaker):
    quote = quotes_of(f"Results\n\n{text}")[-1]
    assert (quote[1], quote[3]) == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Mr Cunningham went on to become Tony Blair\'s "cabinet enforcer".', []),  # was Cunningham's words: what he
    # became, a label
    ('Jack Cunningham went on to say the plan was "fine".', ["Jack Cunningham"]),
    ('Jack Cunningham went on to promote "his new book".', ["Jack Cunningham"]),  # promoting: maybe his words
])
def test_going_on_to_do_something_next_is_no_cue(text, speakers):
    assert [q[1] for q in quotes_of(f"Profile\n\n{text}")] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('A person briefed on the matter, who asked not to be identified, said the price was "high".', "person"),  # was
    # matter
    ('A person briefed on the matter said the price was "high".', "person"),
])
def test_a_person_a_participles_phrase_describes_speaks_past_an_aside(text, speaker):
    assert quotes_of(f"Takeover talks\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The deal is close, according to two people familiar with the talks.\n\n'
     'One of them said an announcement could come "within days".', "person familiar with the talks"),  # was no
    # one's: `One of them` no subject found
    ('Fans were furious. One of them said it was "a disgrace".', "fan"),  # was no one's
    ('Two sources close to the club said the manager would stay. One said: "He is going nowhere."',
     "source close to the club"),  # was no one's
])
def test_one_of_a_group_of_sources_is_one_such_source(text, speaker):
    assert quotes_of(f"Takeover talks\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, cue", [
    ('The author Zadie Smith said writing was "a kind of prayer".', "said"),  # was writing: a gerund, the subject
    ('She said complaining was "pointless".', "said"),  # was complaining
    ('"It is a kind of prayer," she said, writing in the Guardian.', "said"),
])
def test_a_gerund_subject_after_a_cue_is_no_cue(text, cue):
    assert quotes_of(f"Books\n\n{text}")[-1][3] == cue


@pytest.mark.parametrize("text, speaker", [
    ('Tom Hill was asked if he would quit. "No," was his answer.', ("Tom Hill", "answer")),  # was no quotation
    ('Andrew Marr spoke. "It was coded and careful," was Mr Marr\'s assessment.', ("Andrew Marr", "assessment")),
    ('Tom Hill was asked if he would quit. "No," is the answer.', None),  # no one's answer
    ('"Absolutely not," was Tom Hill\'s reply when asked whether he would quit.', ("Tom Hill", "reply")),  # and when
    ('"Absolutely not," was Tom Hill\'s reply to the question.', ("Tom Hill", "reply")),  # (both were no quotation)
    ('"Absolutely not," was Tom Hill\'s reply that won the day.', None),  # a relative of its own: no cue here
])
def test_a_quotation_then_was_and_someones_answer_is_theirs(text, speaker):
    quotes = quotes_of(f"Interview\n\n{text}")
    assert ((quotes[-1][1], quotes[-1][3]) if quotes and quotes[-1][1] else None) == speaker


def test_a_regnal_name_keeps_its_title():
    text = ('Speaking from the balcony, Pope Leo XIV said: "Let the weapons fall silent."\n\n'
            'The pontiff added: "Peace is possible."')
    assert [q[1] for q in quotes_of(f"Easter\n\n{text}")] == ["Pope Leo XIV", "Pope Leo XIV"]  # was Leo XIV


@pytest.mark.parametrize("text, speaker", [
    ('Meteorologists said the heat would last "at least until Friday".', "meteorologists"),  # was Meteorologists
    ('Forecasters say the snow is "significant".', "forecasters"),  # was Forecasters
    ('Engineers said the bridge was "unsafe".', "engineers"),
])
def test_trades_opening_a_sentence_are_people_described(text, speaker):
    assert quotes_of(f"Weather\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Fans leapt to her defence. "She is iconic," one wrote, while another added: "Leave her alone."',
     ("fan", "another", "added")),  # was the first fan's, `another` no mention
    ('"There are more candidates," added another New Hampshire Republican. Yet another said, "Rubio is in a '
     'five-person battle."', ("New Hampshire Republican", "another", "said")),  # was the first one's quotation
])
def test_another_inside_a_sentence_is_another_of_the_kind_that_spoke(text, speaker):
    assert quotes_of(f"Reactions\n\n{text}")[-1][1:] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('The housing association said it was "committed" to repairs.', "housing association spokeswoman"),  # was
    # spokeswoman: a body described, with no name
    ('The council said it was "committed" to repairs.', "council spokeswoman"),
    ('Residents said it was "awful".', "spokeswoman"),  # people, no body
])
def test_a_spokesperson_after_a_body_described_speaks_for_it(first, speaker):
    text = f'{first}\n\nA spokeswoman added that work would begin "in the spring".'
    assert quotes_of(f"Repairs\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("state", ["undecided", "unsure", "unrepentant"])
def test_a_state_of_mind_before_a_colon_is_the_subjects_as_they_speak(state):
    text = f'Student Priya Shah, 20, is {state}: "None of them speak to me."'
    assert quotes_of(f"Voters\n\n{text}")[-1][1] == "Priya Shah"  # were no one's: read as passives


@pytest.mark.parametrize("text, speaker", [
    ('"Stop the boats," read a banner held by protesters.', "banner"),  # was no one's
    ('"Stop the boats," read one banner carried by protesters.', "banner"),
    ('"Stop the boats," read a banner.', "banner"),
])
def test_a_text_held_by_someone_after_an_inverted_cue_is_the_text(text, speaker):
    assert quotes_of(f"Protest\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ("Another neighbour, Sarah Jones, 34, said the family had lived there for years.", "neighbour"),  # was Sarah
    # Jones: the next paragraph's new name, though another of the kind
    ("A second neighbour, Sarah Jones, 34, said the family had lived there for years.", "neighbour"),
    ("Sarah Jones, 34, said the family had lived there for years.", "Sarah Jones"),
])
def test_another_of_the_kind_named_next_is_not_the_one_who_spoke(second, speaker):
    text = f'A neighbour, who did not want to be named, said: "We heard screaming."\n\n{second}'
    assert quotes_of(f"Attack\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ("The singer, who is engaged to Travis Kelce, revealed the news.", "Taylor Swift"),  # was Kelce: the subject
    # with an aside after it was no subject
    ("The singer revealed the news on the podcast of Travis Kelce.", "Taylor Swift"),
])
def test_a_description_with_a_who_aside_is_the_sentences_subject(second, speaker):
    text = f'Taylor Swift has announced a new album.\n\n{second}\n\n"This is the one," the 35-year-old said.'
    assert quotes_of(f"Album\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Protesters carried signs through the city centre. "No war," read one.', "sign"),  # was protester
    ('Planes filled the skies with anti-Trump messages.\n\n"Trump is disgusting," read one.', "message"),  # was no one
    ('Colleagues collected the remarks in a booklet.\n\n"Women belong in the library," read one.', "remark"),
    ('Protesters carried signs through the city centre. "No war," one said.', "protester"),  # says: a person
])
def test_one_that_reads_is_one_of_the_texts_written_before(text, speaker):
    assert quotes_of(f"Protest\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The venue, the OVO Hydro, posted on X: "Refunds will be available."', "OVO Hydro"),  # was venue
    ('The band, the Rolling Stones, said: "We are sorry."', "Rolling Stones"),
    ('The venue, OVO Hydro, said: "Refunds will be available."', "OVO Hydro"),
])
def test_a_bodys_name_with_its_article_set_off_after_a_noun_speaks(text, speaker):
    assert quotes_of(f"Concert\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Prince Harry\'s wife, the Duchess of Sussex, said: "We are sorry."',
     ("Duchess of Sussex", "Prince Harry's wife, the Duchess of Sussex")),  # was Prince Harry's wife
    ('The actress, the Duchess of Sussex, said: "We are sorry."',
     ("Duchess of Sussex", "The actress, the Duchess of Sussex")),  # was actress
    ('Her rival, the Duchess, said: "We are sorry."', ("rival", "Her rival")),  # no peerage named
])
def test_a_peer_set_off_after_a_noun_speaks(text, speaker):
    assert quotes_of(f"Royals\n\n{text}")[-1][1:3] == speaker


MET = "Ukraine's President Volodymyr Zelensky met Donald Trump at the White House on Friday."


@pytest.mark.parametrize("first, speaker", [
    (MET, "Donald Trump"),  # was US president: Trump, untitled, is the one named who may hold it
    ("Donald Trump met Volodymyr Zelensky at the White House on Friday.", "Donald Trump"),
])
def test_a_nations_president_is_the_one_untitled_beside_another_nations(first, speaker):
    text = f'{first}\n\n"We had a very good meeting," the US president told reporters afterwards.'
    assert quotes_of(f"Talks\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ('"We had a very good meeting," Trump told reporters.', "Volodymyr Zelensky"),  # was Trump: the
    # leader, capitalised by its nation, no office opening the sentence before; nor titled as Ukraine's leader
    ('"We had a very good meeting," Zelensky told reporters.', "Volodymyr Zelensky"),
])
def test_a_nations_leader_opening_the_sentence_before_is_its_he(second, speaker):
    text = f'{MET}\n\n{second}\n\nThe Ukrainian leader was more cautious. "There is much to do," he said.'
    assert quotes_of(f"Talks\n\n{text}")[-1][1] == speaker


def test_a_nations_leader_is_its_president_titled_so():
    text = f'{MET}\n\n"We had a very good meeting," Trump told reporters.\n\n"There is much to do," the Ukrainian ' \
        'leader said.'
    assert quotes_of(f"Talks\n\n{text}")[-1][1] == "Volodymyr Zelensky"  # was Ukrainian leader


@pytest.mark.parametrize("first, speaker", [
    ("The Home Office said the plans were lawful.", "Home Office"),  # was department
    ("The Treasury said the plans were lawful.", "Treasury"),
    ("Tesco said the plans were lawful.", "department"),  # a business, no government's department
    ("The Department for Education said the plans were lawful.", "Department for Education"),  # opening on it
    ("The Department Store Group said the plans were lawful.", "department"),  # no department of a government
    ('A Home Office spokesman said: "The plans are lawful."', "Home Office"),  # the body its voice speaks for
    ('A spokesperson for the Department for Education said: "The plans are lawful."', "Department for Education"),
    ('A spokesman for Tesco said: "The plans are lawful."', "department"),  # a business's voice
])
def test_the_department_is_the_government_office_that_spoke_before(first, speaker):
    text = f'{first}\n\n"We will appeal," the department said.'
    assert quotes_of(f"Appeal\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Former MP John Doe has been jailed for fraud by Judge Mary Lane.", "Mary Lane"),  # was judge
    ("Former MP John Doe has been jailed for fraud.", "judge"),  # no judge titled
    ("Judge Mary Lane and Judge Tom Hill heard the case.", "judge"),  # two
])
def test_a_headlines_office_is_the_one_person_titled_so_below(lead, speaker):
    text = f"'Nobody is above the law,' says judge as ex-MP jailed\n\n{lead}\n\nThe trial lasted three weeks."
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Her sons, Chris Larkin and Toby Stephens, said", "Chris Larkin and Toby Stephens"),  # was no one: the
    # two set off after their role
    ("Chris Larkin and Toby Stephens said", "Chris Larkin and Toby Stephens"),
    ("Her son, Chris Larkin, said", None),  # one, no they
])
def test_they_after_two_named_with_their_role_is_both(first, speaker):
    text = f'{first} in a statement: "She was a private person."\n\n"We thank the staff," they added.'
    assert quotes_of(f"Obituary\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("cue, speaker", [
    ("wrote one on social media.", ("fan", "one")),  # was no one's: a place after the one
    ("said one in Leeds.", ("fan", "one")),
    ("said one of them.", ("fan", "one of them")),  # was no one's
    ("wrote one.", ("fan", "one")),
])
def test_one_after_an_inverted_cue_may_be_followed_by_where_or_of_them(cue, speaker):
    text = f'But some fans were furious. "It is a rip-off," {cue}'
    assert quotes_of(f"Tickets\n\n{text}")[-1][1:3] == speaker


@pytest.mark.parametrize("epithet", ["the Exeter lock", "the lock", "the Wales back-rower"])
def test_a_rugby_forwards_position_is_an_epithet_for_the_player_just_named(epithet):
    text = f'Captain Dafydd Jenkins, 22, will lead the side. "It is a huge honour," {epithet} said.'
    assert quotes_of(f"Squad named\n\n{text}")[-1][1] == "Dafydd Jenkins"  # was lock, back-rower


@pytest.mark.parametrize("subject, speaker", [
    ("Her neighbour Dave, 60, who did not want to give his surname,", ("Dave", "Her neighbour Dave")),  # was no one:
    # the age read as the subject
    ("Neighbour Dave", ("Dave", "Neighbour Dave")),  # was Neighbour Dave, a name
    ("Mum Sarah", ("Sarah", "Mum Sarah")),
    ("Neighbour Dave Jones", ("Dave Jones", "Neighbour Dave Jones")),
])
def test_an_ordinary_person_named_by_a_first_name_alone_is_that_name(subject, speaker):
    text = f'{subject} said: "It is a disgrace."'
    assert quotes_of(f"Fire\n\n{text}")[-1][1:3] == speaker


@pytest.mark.parametrize("name", ["Mark Evans", "Mark Smith"])
def test_an_age_stands_for_a_person_whose_surname_ends_as_a_groups_plural(name):
    text = f'{name} missed his flight.\n\n"We have been here for 12 hours," the 45-year-old said.'
    assert quotes_of(f"Stranded\n\n{text}")[-1][1] == name  # Evans was read as a group (`Americans`)


@pytest.mark.parametrize("headline, speaker", [
    ("Chip shares soar", "Nvidia"),  # was chipmaker: `Chip` in the headline, a second name
    ("Nvidia shares soar", "Nvidia"),
])
def test_a_business_by_its_trade_is_the_one_named_below_the_headline(headline, speaker):
    text = f'{headline}\n\nNvidia shares rose 5% on Thursday.\n\nThe chipmaker said demand was "off the charts".'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("first, epithet, speaker", [
    ("Mr Smith's barrister, Jonathan Laidlaw KC, said his client would appeal.", "the barrister", "Jonathan Laidlaw"),
    # was barrister
    ("His solicitor, Jane Hill, said he would appeal.", "the solicitor", "Jane Hill"),  # was solicitor
    ('Judge Amy Lee said he was "dangerous".', "the lawyer", "lawyer"),  # was Amy Lee: a judge is no lawyer for a side
    ('Judge Amy Lee said he was "dangerous".', "the barrister", "barrister"),
])
def test_a_barrister_or_solicitor_is_an_epithet_for_counsel_not_for_a_judge(first, epithet, speaker):
    text = f'A man has been jailed. {first}\n\n"This is not the end," {epithet} said.'
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("last, speaker", [
    ('The Oscar winner, 90, said she remained "hopeful".', "Judi Dench"),  # was Oscar winner: Sir Ian, nearer,
    # is no she
    ('The Oscar winner, 85, said he remained "hopeful".', "Ian McKellen"),
])
def test_an_epithet_whose_sex_rules_out_the_nearest_is_the_one_of_that_sex_before(last, speaker):
    text = ("Dame Judi Dench has said she can no longer read scripts.\n\n"
            '"I cannot see anymore," Dame Judi told ITV.\n\n'
            'Sir Ian McKellen, her friend, said she was "irreplaceable".\n\n'
            f'"She is the greatest actress of our time," Sir Ian added.\n\n{last}')
    assert quotes_of(f"Dench\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("later, speaker", [
    ('"It is the right call," Mr Street said.', ("Andy Street", "Mr Street")),  # was Street: Andy Street, titled
    # mayor, read as a venue (`Downing Street`)
    ('"We back it," Street added.', ("Andy Street", "Street")),
])
def test_a_person_titled_whose_surname_is_a_venues_word_is_a_person(later, speaker):
    text = f'West Midlands mayor Andy Street said the plan was "bold".\n\n{later}'
    assert quotes_of(f"Mayor\n\n{text}")[-1][1:3] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('"Absolutely not," said Downing Street.', None),  # was Downing Street: a place's name is no she
    ('"Absolutely not," said Andy Street.', "Andy Street"),  # a given name first: a person
])
def test_a_venues_name_that_spoke_is_no_he_or_she(first, speaker):
    assert quotes_of(f"Denial\n\n{first}\n\n\"Delighted,\" she said.")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The verdict of the Institute for Fiscal Studies: "Risky."', "Institute for Fiscal Studies"),  # was no one's
    ('The verdict from the Institute for Fiscal Studies: "Risky."', "Institute for Fiscal Studies"),
    ('The message of the campaign was clear: "Vote now."', "campaign"),
    ('The message from the crowd outside was clear, and he said: "Go."', None),
])
def test_words_of_someone_before_a_colon_are_theirs_with_or_without_a_verb(text, speaker):
    assert quotes_of(f"Budget\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text", [
    '"We will never do it," was the word from the Treasury.',  # was no one's
    'The word from the Treasury was blunt: "We will never do it."',  # was no one's
])
def test_the_word_from_a_body_is_its_saying(text):
    assert quotes_of(f"Budget\n\n{text}")[-1][1:4] == ("Treasury", "the Treasury", "word")


@pytest.mark.parametrize("first, speaker", [
    ('Andy Street said the plan was "bold".', "Andy Street"),  # was Street: Andy Street read as a place's name
    ('Protesters gathered on Victoria Street.', "Street"),  # no full name given the surname
])
def test_a_surname_with_an_honorific_makes_a_venue_like_name_a_persons(first, speaker):
    text = f'{first}\n\n"It is the right call," Mr Street said.'
    assert quotes_of(f"Mayor\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("opening", ["Asked if he would resign, ", "Pressed on whether he would quit, ", ""])
def test_an_answer_from_someone_after_the_question_it_answers_is_theirs(opening):
    text = f'{opening}the answer from the minister was blunt: "No."'
    assert quotes_of(f"Resign?\n\n{text[0].upper()}{text[1:]}")[-1][1] == "minister"  # was no one's after a question


@pytest.mark.parametrize("headline, speaker", [
    ("Resign?", "minister"),  # was Resign: a headline's capitalised word, no one
    ("Concert", "minister"),
])
def test_a_headlines_lone_capitalised_word_is_no_one_an_epithet_stands_for(headline, speaker):
    assert quotes_of(f'{headline}\n\n"No," the minister said.')[-1][1] == speaker


@pytest.mark.parametrize("body", ["The Department for Education and Skills", "The Department of Health and Social Care"])
def test_a_departments_domains_joined_by_and_are_one_name(body):
    text = f'{body} would not comment on the concerns.\n\nA spokeswoman said: "It is not news."'
    assert quotes_of(f"Concerns\n\n{text}")[-1][1] == f"{body[4:]} spokeswoman"  # was spokeswoman: `Skills`, `Social
    # Care` read as names of their own, the body no subject


@pytest.mark.parametrize("first, speaker", [
    ('Reports of an election have been described as "idle speculation" by Downing Street.',
     "Downing Street spokesman"),  # was spokesman (BBC politics/207)
    ('Reports of an election have been described as "idle speculation" by Downing Street. Tony Blair is away.',
     "spokesman"),  # not the closing sentence's agent
    ('Reports of an election were published by Downing Street.', "spokesman"),  # no words quoted
])
def test_a_spokesperson_after_words_quoted_by_a_body_speaks_for_it(first, speaker):
    text = f'{first}\n\nA spokesman said he had "no idea" where the reports had come from.'
    assert quotes_of(f"Election\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("Lawyers for the businesses challenging the tariffs", "Lawyers for the businesses challenging the tariffs"),
    # was tariffs: the people for the bodies acting on them
    ("The firms challenging the tariffs", "firms challenging the tariffs"),  # was tariffs
    ("Police investigating the death of John Jones", "Police investigating the death of John Jones"),
])
def test_people_or_bodies_acting_on_something_are_the_subject_not_it(subject, speaker):
    assert quotes_of(f'Tariffs\n\n{subject} said they were "unlawful".')[-1][1] == speaker


@pytest.mark.parametrize("headline, speaker", [
    ("News in brief", "trainer"),  # was News's trainer: a body named only in the headline
    ("Horse injured", "trainer"),  # was no one: its owner no body named
])
def test_its_with_no_body_below_the_headline_is_a_description(headline, speaker):
    text = f'{headline}\n\nTwo men have been charged after a horse was injured.\n\nIts trainer said: "She is a fighter."'
    assert quotes_of(text)[-1][1] == speaker


def test_a_country_by_its_letters_is_no_body_its_word_labels():
    text = ("Heathrow has been named the worst UK airport for delays.\n\n"
            'Passenger Mike Dunn said he had waited "three hours" for his bags.\n\n'
            'The airport said it was "disappointed" with the findings.')
    assert quotes_of(f"Delays\n\n{text}")[-1][1] == "airport"  # was UK, labelled by `airport`


@pytest.mark.parametrize("subject, speaker", [
    ("Charity Shelter", "Shelter"),  # was Charity Shelter, one name
    ("Watchdog Ofcom", "Ofcom"),
    ("Retailer Tesco", "Tesco"),
])
def test_a_bodys_kind_opening_a_sentence_labels_the_name_after_it(subject, speaker):
    assert quotes_of(f'Homes\n\n{subject} said the figures were "shameful".')[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ("Senior Conservatives are plotting to oust Kemi Badenoch.", "Kemi Badenoch"),  # was Tory leader: the one
    # person named, beside her party
    ("Voters are plotting to oust Kemi Badenoch. Conservatives are worried.", "Tory leader"),  # not beside her
])
def test_a_party_leader_is_the_one_person_named_beside_the_party(first, speaker):
    assert quotes_of(f'Plot\n\n{first}\n\n"We are united," the Tory leader said.')[-1][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('Jannik Sinner said: "We need more rest."', "Carlos Alcaraz"),  # was no one's: `went further:` no cue
    ("Jannik Sinner lost.", "Carlos Alcaraz"),
])
def test_going_further_before_a_colon_is_saying_more(first, speaker):
    text = f'{first}\n\nHis rival Carlos Alcaraz went further: "It will kill us."'
    assert quotes_of(f"Schedule\n\n{text}")[-1][1:4] == (speaker, "His rival Carlos Alcaraz", "went")


def test_a_sisters_given_name_takes_no_surname_from_a_name_inside_a_description():
    text = ('Writing in Time magazine, the 23-time Grand Slam champion said players were "exhausted".\n\n'
            'Her sister Venus agreed, telling reporters: "It is too much."')
    assert quotes_of(f"Schedule\n\n{text}")[-1][1] == "Venus"  # was Venus Slam


@pytest.mark.parametrize("quotation, speaker", [
    ("Dad taught me to read people,", "Tom Hardy"),  # was Chips Hardy: the father, of whom the words speak
    ("My father taught me to read people,", "Tom Hardy"),
    ("I taught my son to read people,", "Chips Hardy"),
])
def test_words_that_speak_of_dad_are_not_the_fathers(quotation, speaker):
    text = (f'Tom Hardy, 48, grew up in Hammersmith. His father, Chips, was a novelist.\n\n"{quotation}" he says.')
    assert quotes_of(f"Interview\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The post drew a reply from @AOC: "Not for everyone."', ("@AOC", "reply")),  # was no one's
    ('The plan drew a sharp response from Labour: "It is a disgrace."', ("Labour", "response")),  # cue was `:`
])
def test_a_saying_from_someone_before_a_colon_is_theirs(text, speaker):
    found = quotes_of(f"Reply\n\n{text}")[-1]
    assert (found[1], found[3]) == speaker


@pytest.mark.parametrize("body", ["The Intergovernmental Panel on Climate Change", "The Advisory Committee on Business "
                                  "Appointments"])
def test_a_committee_or_panel_on_something_is_one_name(body):
    assert quotes_of(f'Report\n\n{body} said the risk was "low".')[-1][1] == body[4:]  # was `Climate Change`, the
    # words after `on`


@pytest.mark.parametrize("crosshead, speaker", [
    ("'We were terrified'", "Priya Shah"),  # was no one's: a crosshead in single marks, of fewer than six words
    ('"We were terrified"', "Priya Shah"),
    ("'We were scared'", None),  # not her words
])
def test_a_crossheads_quotation_is_the_speakers_who_says_it_just_below(crosshead, speaker):
    text = (f"Residents were evacuated after a gas explosion.\n\n{crosshead}\n\n"
            'Neighbour Priya Shah said she was woken by the blast. "We were terrified," she said.')
    assert quotes_of(f"Blast\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("first, speaker", [
    ('"We thought we were going to die," the husband told ERT.', "wife"),  # was husband's wife
    ('"We thought we were going to die," the skipper told ERT.', "skipper's wife"),
])
def test_the_wife_of_a_husband_described_is_a_wife(first, speaker):
    text = f'{first}\n\nHis wife added: "The coastguard were heroes."'
    assert quotes_of(f"Rescue\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("A spokesperson for the charity, Oxfam,", "Oxfam spokesperson"),  # was Oxfam: the body's name, set off
    ("A spokesperson for the flotilla, the Global Sumud Flotilla,", "Global Sumud Flotilla spokesperson"),
    ("The spokesman for the club, John Smith,", "John Smith"),  # the spokesman's own name
])
def test_a_spokesperson_for_a_body_named_after_it_speaks_for_that_body(subject, speaker):
    assert quotes_of(f'Statement\n\n{subject} said: "This was piracy."')[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ('His father, Jakub Lis, added that the law had "failed our son".', "Emma Whitfield and Jakub Lis"),  # was no
    # one: a mother and a father, named apart
    ('His uncle, Jakub Lis, added that the law had "failed our son".', None),
])
def test_the_couple_after_a_mother_and_a_father_named_apart_is_both(second, speaker):
    text = ("Jack Lis's mother, Emma Whitfield, said: \"No family should go through this.\"\n\n"
            f'{second}\n\nThe couple have launched a petition. "We will not stop," they said.')
    assert quotes_of(f"Petition\n\n{text}")[-1][1] == speaker


def test_a_participle_opening_a_sentence_is_no_part_of_the_name_after_it():
    text = 'Sentencing John Smith, 52, at Bristol Crown Court, Judge Anna Brown said: "You showed no remorse."\n\n' \
        '"I am sorry," Smith said.'
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == "John Smith"  # was Sentencing John Smith


@pytest.mark.parametrize("prosecutor, speaker", [
    ("Prosecutor Ian Green KC", "barrister"),  # was Ian Green's: a prosecutor has no barrister
    ("Neighbour Ian Green", "Ian Green's barrister"),
])
def test_counsel_owned_by_his_is_not_a_prosecutors_or_a_judges(prosecutor, speaker):
    text = ('A man has been jailed for life for murder.\n\n'
            f'{prosecutor} told the jury the defendant had "lain in wait".\n\n'
            'In mitigation, his barrister said he had "struggled for years".')
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("first, epithet, speaker", [
    ("Hungary's Prime Minister Viktor Orbán", "the nationalist leader", "Viktor Orbán"),  # was nationalist leader
    ("Hungary's Prime Minister Viktor Orbán", "the populist leader", "Viktor Orbán"),
    ("Chelsea manager Enzo Maresca", "the populist leader", "populist leader"),  # no head of government
])
def test_a_leader_described_by_a_quality_is_the_head_of_government_just_named(first, epithet, speaker):
    text = f'{first} said he had secured "guarantees".\n\n"We protected our interests," {epithet} told reporters.'
    assert quotes_of(f"Summit\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the head", "Sarah Collins"),  # was head
    ("the headteacher", "Sarah Collins"),
    ("the chair", "chair"),
])
def test_the_head_is_the_headteacher_titled_before(epithet, speaker):
    text = f'Headteacher Sarah Collins said staff were "over the moon".\n\n"The children deserve this," {epithet} added.'
    assert quotes_of(f"Outstanding\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The report called for compensation to be paid "without delay".', ("The report", "called")),  # was no one's
    ('In May she called for getting the program "back on track."', ("she", "called")),
    ('He is aware of the forecasts calling for another season and worries about how "the fabric holds up."',
     ("He", "aware")),  # not the forecasts': `and` ends the call
])
def test_a_call_for_something_ending_on_a_quotation_is_the_callers(text, speaker):
    found = quotes_of(f"Demand\n\nHe said it. {text}")[-1]
    assert (found[2], found[3]) == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("The new Doctor Who, Ncuti Gatwa,", "Ncuti Gatwa"),  # was Doctor Who: `Who` read as a relative pronoun
    ("The new manager, Tom Hill,", "Tom Hill"),
])
def test_a_capitalised_who_in_a_title_is_no_relative_pronoun(subject, speaker):
    assert quotes_of(f'Regeneration\n\n{subject} has said he is "heartbroken".')[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Lisa Webb, a consumer law expert at Which?, said: "It probably is."', "Lisa Webb"),  # was no one's: `Which?`
    # read as a question's end
    ('Is it a deal? Lisa Webb said: "It probably is."', "Lisa Webb"),
])
def test_a_names_question_mark_before_a_comma_ends_no_sentence(text, speaker):
    assert quotes_of(f"Deals\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("aside, speaker", [
    (", who has not been named,", "teenager"),  # was Kai Brown: the text says it names no one
    (", who cannot be named for legal reasons,", "teenager"),
    (", who lives in Leicester,", "Kai Brown"),
])
def test_an_epithet_the_text_says_goes_unnamed_is_no_one_named(aside, speaker):
    text = ("The court heard that Kai Brown, 18, punched the driver.\n\n"
            f'The teenager{aside} said in a statement: "I no longer feel safe at work."')
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("cue, speaker", [
    ("shot back", "Alistair Carmichael"),  # was Chris Weston: an answer to the one who spoke last
    ("retorted", "Alistair Carmichael"),
    ("added", "Chris Weston"),
])
def test_a_description_that_shoots_back_answers_another_than_who_spoke_last(cue, speaker):
    text = ("The chief executive of Thames Water, Chris Weston, has apologised to customers.\n\n"
            'Committee chair Alistair Carmichael asked him whether bonuses would be paid. "That is a matter for the '
            f'board," Mr Weston replied.\n\n"That is simply not good enough," the Liberal Democrat MP {cue}.')
    assert quotes_of(f"Sewage\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("description, speaker", [
    ("the royal", "Catherine"),  # was `royal`: a royal is a person, as a duchess is
    ("the senior royal", "Catherine"),
    ("a royal source", "royal source"),
])
def test_the_royal_is_an_epithet_for_the_person_just_named(description, speaker):
    text = ('Catherine, 42, presented the trophy to the champion. "It was an honour," '
            f"{description} said afterwards.")
    assert quotes_of(f"Wimbledon\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speaker", [
    ("Her father", "Jess's father"),  # was Nicola Rees's father: the same her owns both
    ("Her sister", "Jess's sister"),
    ("Her husband", "Nicola Rees's husband"),  # a spouse: the mother's, as before
])
def test_kin_a_her_owns_after_kin_the_same_her_owned_is_the_same_persons(second, speaker):
    text = ('Jess, 17, collapsed at the event. Her mother, Nicola Rees, said: "We want no other family to go through '
            f'this."\n\n{second} added: "She was our world."')
    assert quotes_of(f"Festival death\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("Norway's sovereign wealth fund", "Norway's sovereign wealth fund"),  # was `fund`: the body the sentence
    # before described
    ("The state pension fund", "state pension fund"),
    ("Its largest investor", "fund"),
])
def test_the_body_word_after_a_subject_described_in_more_words_ending_in_it_is_that_body(subject, speaker):
    text = f'{subject} voted against the plan. The fund said it was concerned about "the total size of the award".'
    assert quotes_of(f"Pay vote\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("roles, speaker", [
    ("Her husband and co-accused, Tom Lee,", "Tom Lee"),  # was Ann Lee's husband: two roles joined before the
    # name set off
    ("Her husband and business partner, Tom Lee,", "Tom Lee"),
    ("Her husband, Tom Lee,", "Tom Lee"),
])
def test_a_name_set_off_after_two_roles_a_pronoun_owns_is_the_subject(roles, speaker):
    text = f'Ann Lee was jailed on Friday.\n\n{roles} appeared by video link. "I am sorry," he said.'
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("headline, probe, speaker", [
    ("Probe launched on Ken Nazi jibe", "The probe follows the London mayor's comments.", "Ken Livingstone"),  # was
    # `mayor`: the one person named untitled, as for the prime minister; `Ken Nazi`, of the headline alone, is no
    # one the story names
    ("Probe launched", "The probe follows the London mayor's comments.", "Ken Livingstone"),
    ("Probe launched", "The probe follows his comments.", "mayor"),  # no mayor written of before
])
def test_the_mayor_written_of_is_the_one_person_named_untitled_beside_others_titled(headline, probe, speaker):
    text = ("An investigation is under way following allegations that Ken Livingstone has brought his office into "
            f"disrepute. {probe}\n\nDeputy Mayor Nicky Gavron told the BBC she believed he would say sorry.\n\n"
            'The mayor accused the reporter of "doorstepping" him.')
    assert quotes_of(f"{headline}\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("before, speaker", [
    ('Radio 1 said it would rise to the "challenge".', "Radio 1"),  # was `station`: the broadcaster that spoke last
    ('Channel 4 said it would rise to the "challenge".', "Channel 4"),
    ('Ofcom said it would look into the "complaints".', "station"),  # a regulator, no station
])
def test_the_station_is_the_broadcaster_that_spoke_last(before, speaker):
    text = f'{before} The DJs were chosen for their "in-depth musical knowledge", the station said.'
    assert quotes_of(f"New show\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("But villagers like retired teacher Jean Cooper worry.", "Jean Cooper"),  # was Margaret Thompson: the one named
    # of the plural subject is the she after it
    ("But villagers such as Jean Cooper fear the worst.", "Jean Cooper"),
    ("But villagers like her worry.", "Margaret Thompson"),
])
def test_the_one_named_as_an_example_of_a_plural_subject_is_a_she_after_it(sentence, speaker):
    text = (f'Margaret Thompson has run the post office for 40 years.\n\n{sentence} "If it closes, we lose '
            'everything," she says.')
    assert quotes_of(f"Village life\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("The hospital's chief executive", "hospital's chief executive"),  # was Sarah Kelly: a body's office opening the
    # sentence before is the she, as `The chief executive` is
    ("The trust's chief executive", "trust's chief executive"),
    ("The chief executive", "chief executive"),
])
def test_a_bodys_office_opening_the_sentence_before_is_a_she_after_it(subject, speaker):
    text = ('In her ruling, Employment Judge Sarah Kelly said the trust had "created a hostile environment".\n\n'
            f'{subject} said lessons would be learned. "We accept the judgment in full," she said.')
    assert quotes_of(f"Tribunal\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("The victim's mother", "victim's mother"),  # was Jane Hill: kin owned opening the sentence before is the she
    ("The victim's sister", "victim's sister"),
    ("The victim's father", "Jane Hill"),  # no she
])
def test_kin_owned_opening_the_sentence_before_is_a_she_after_it(subject, speaker):
    text = ("Jane Hill, 38, stabbed Kerry Evans in October, the court heard.\n\n"
            f'{subject} said the family had been left heartbroken. "She was my world," she said.')
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("cue, speaker", [
    ("replied", "Reeves"),  # was `chancellor`: who answers the office asked holds it
    ("answered", "Reeves"),
    ("said", "chancellor"),  # no answer
])
def test_the_person_who_answers_the_office_asked_holds_it(cue, speaker):
    text = ("Laura Kuenssberg asked the chancellor whether she would rule out raising income tax.\n\n"
            f'"I\'m not going to write a Budget on your sofa," Ms Reeves {cue}.\n\n'
            'Pressed again, the chancellor said: "We will set out our plans in the usual way."')
    assert quotes_of(f"Sunday interview\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("cue, speaker", [
    ("said", "Rachel Reeves"),  # was Laura Kuenssberg: a quotation opening its paragraph after a question answers it
    ("replied", "Rachel Reeves"),
    ("added", "Laura Kuenssberg"),  # one going on
])
def test_a_he_or_she_opening_a_paragraph_after_a_question_is_no_asker(cue, speaker):
    text = ('"I\'m not going to write a Budget on your sofa," Chancellor Rachel Reeves told the programme.\n\n'
            '"So that\'s a no?" Laura Kuenssberg asked.\n\n'
            f'"It\'s not a no and it\'s not a yes," she {cue}.')
    assert quotes_of(f"Sunday interview\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("rank", ["Cmdr", "Cdr", "Cpl", "Maj", "Brig", "Pte", "Fr"])
def test_a_military_or_church_rank_abbreviated_is_a_title_not_part_of_the_name(rank):
    # was `Cmdr Adam Slonecki`: the rank read as a first name
    assert quotes_of(f'Protest\n\n{rank} Adam Slonecki said officers had faced "sustained abuse".')[-1][1] \
        == "Adam Slonecki"


def test_a_given_name_like_a_police_ranks_letters_stays_a_name():
    assert quotes_of('Telescope\n\nDi Li says: "We do not see any roadblocks."')[-1][1] == "Di Li"


@pytest.mark.parametrize("rank, description", [
    ("Cmdr", "the commander"),  # was `commander`: the one person an abbreviated rank titles
    ("Sgt", "the sergeant"),
    ("Insp", "the inspector"),
])
def test_a_rank_written_out_stands_for_the_person_its_abbreviation_titles(rank, description):
    text = (f'{rank} Adam Slonecki said officers had faced "sustained abuse".\n\n'
            f'"It was unacceptable," {description} added.')
    assert quotes_of(f"Protest\n\n{text}")[-1][1] == "Adam Slonecki"


@pytest.mark.parametrize("voice, speaker", [
    ("The 82-year-old's spokesperson said", "Joe Biden's statement"),  # was `statement`: the text of the voice that
    # spoke last in the paragraph, a spokesperson's principal
    ('His office called it "hard news" and said', "Joe Biden's office statement"),
    ('Doctors called it "hard news" and said', "statement"),
])
def test_the_statement_after_someones_voice_in_its_paragraph_is_theirs(voice, speaker):
    text = ("Former US President Joe Biden has been diagnosed with cancer.\n\n"
            f'{voice} the cancer had spread. "The family are reviewing treatment options," the statement said.')
    assert quotes_of(f"Diagnosis\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ('A bakery chain must pay £25,000 to a worker who was called "lazy" by her boss.', "boss"),  # was Susan Barker:
    # the one named next is whom the her stands for, the worker, not her boss
    ('Jane Hill was called "lazy", according to her boss.', "Susan Barker"),  # the her named: the boss named next
])
def test_the_person_named_after_a_lead_is_no_role_a_her_owns_when_she_is_whom_it_stands_for(lead, speaker):
    text = f"{lead}\n\nGreggs employee Susan Barker, 54, told the tribunal she had been shouted at."
    assert quotes_of(f"Tribunal\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("named, speaker", [
    ("Jaguar Land Rover", "Jaguar Land Rover"),  # was `carmaker`: the one name, of words no person's opens with
    ("Tom Land", "carmaker"),  # a person's
])
def test_the_business_word_is_the_one_name_written_that_is_no_persons(named, speaker):
    text = (f"Production at {named} has been halted by a cyber attack.\n\n"
            'The carmaker said production would "resume" next week.')
    assert quotes_of(f"Attack\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("boss, speaker", [
    ("The boss of Jaguar Land Rover", "Jaguar Land Rover"),  # was Land Rover: with no title before `of`, the name
    # keeps its words
    ("Secretary of State John Kerry", "carmaker"),  # the rest of the office's domain, and a person
])
def test_a_name_after_of_loses_a_word_only_to_a_title_before_it(boss, speaker):
    text = f'{boss} has said the attack was "the worst crisis".\n\nThe carmaker said production would "resume".'
    assert quotes_of(f"Attack\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("description, speaker", [
    ("The boss of Tesco", "Tesco's boss"),  # was `boss of Tesco`: a body's leader, named no one before, is the body's
    ("The founder of Microsoft", "Microsoft's founder"),
    ("The star of Rain Man", "star of Rain Man"),  # a performer's work is no body
])
def test_a_top_role_of_a_body_no_one_named_is_the_bodys(description, speaker):
    assert quotes_of(f'Results\n\n{description} said the results were "disappointing".')[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Two sisters who were separated at birth have been reunited.", "Joan Davies"),  # was Margaret Hughes's sister:
    # of two siblings named, her sister is the other
    ("Two women who were born in the same hospital have met.", "Margaret Hughes's sister"),  # no siblings
])
def test_her_sister_is_the_other_of_two_the_text_calls_siblings(lead, speaker):
    text = (f"{lead}\n\nMargaret Hughes, 60, and Joan Davies, 60, met on Saturday.\n\n"
            '"It was like looking in a mirror," said Margaret.\n\n'
            'Her sister said she had always felt "something was missing".')
    assert quotes_of(f"Reunited\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("joined, speaker", [
    ("Margaret Hughes, 60, from Cardiff, and Joan Davies, 60, from Swansea,", "Margaret Hughes and Joan Davies"),
    # was `pair`: two people named apart with asides, paragraphs before, each acting alone since
    ("Margaret Hughes and Joan Davies", "Margaret Hughes and Joan Davies"),
])
def test_the_pair_is_two_people_joined_further_back_when_only_they_acted_since(joined, speaker):
    text = (f"{joined} met for the first time on Saturday.\n\n"
            '"It was like looking in a mirror," said Margaret.\n\n"I couldn\'t stop crying," Joan said.\n\n'
            '"Now I know why," Joan added.\n\n'
            'The pair said they would spend "Christmas together".')
    assert quotes_of(f"Reunited\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("label, speaker", [
    ("Promoters Live Nation", "Live Nation"),  # was `Promoters Live Nation`: a body's trade in the plural labels it
    ("Retailers Tesco", "Tesco"),
    ("Promoter Live Nation", "Live Nation"),
])
def test_a_bodys_trade_opening_a_sentence_labels_the_name_after_it_in_either_number(label, speaker):
    assert quotes_of(f'Tour\n\n{label} said the shows would "sell out".')[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("She was backed by Robert Jenrick.", "Robert Jenrick"),  # was Mel Stride: a short passive's agent acts
    ("She was later criticised by Robert Jenrick.", "Robert Jenrick"),
    ("He spoke after a role in which he was played by Robert Jenrick.", "Mel Stride"),  # a clause's agent
])
def test_the_agent_closing_a_short_passive_sentence_is_a_he_after_it(sentence, speaker):
    text = f'Mel Stride said: "This is a disaster."\n\n{sentence} "Kemi is right," he said.'
    assert quotes_of(f"Budget\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("Those remarks drew a sharp response from Ed Davey.", "Ed Davey"),  # was `Liberal Democrat leader`: whom the
    # response came from, named just before
    ("Those remarks were attacked by many, including Ed Davey.", "Liberal Democrat leader"),
])
def test_a_partys_office_after_a_response_from_someone_is_theirs(sentence, speaker):
    text = ('Kemi Badenoch said the Budget was a disaster. Robert Jenrick agreed.\n\n'
            f'{sentence} "Both parties are to blame," the Liberal Democrat leader said.')
    assert quotes_of(f"Budget\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("reply, speaker", [
    ('"That\'s simply not true," she replied.', "Harris"),  # was Trump: a reply opening its paragraph answers who
    # spoke last, told it; whom they told
    ('"That\'s simply not true," she said.', "Trump"),  # no reply: Trump, of no known sex, spoke last
])
def test_a_reply_opening_its_paragraph_is_whom_the_last_speaker_told(reply, speaker):
    text = f'"You let in millions of illegal aliens," Trump told Harris.\n\n{reply}'
    assert quotes_of(f"Debate\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("before, speaker", [
    ("Iran's judiciary has not commented.", "Iran's foreign ministry spokesman"),  # was `spokesman for the country's
    # foreign ministry`: the country named last
    ("The judiciary has not commented.", "spokesman for the country's foreign ministry"),
])
def test_the_country_is_the_country_named_last(before, speaker):
    text = f'{before} A spokesman for the country\'s foreign ministry said the case was "an internal matter".'
    assert quotes_of(f"Released\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("named, speaker", [
    ("Det Con Amy Walsh", "Amy Walsh"),  # was `Con Amy Walsh`: a detective constable's rank
    ("Con O'Neill", "Con O'Neill"),  # `Con` alone: a given name
])
def test_con_after_det_is_a_constables_rank(named, speaker):
    assert quotes_of(f'Jailed\n\n{named} said the sentence was "fair".')[-1][1] == speaker


@pytest.mark.parametrize("byline, speakers", [
    ("By Hannah Reid\n\n", ["Hannah Reid's boss", "Hannah Reid's mother"]),  # were `boss`, `boss`: the writer's kin,
    # and `My mother was more supportive.` the subject a she after it stands for
    ("", ["boss", "mother"]),  # no byline: whose, unknown
])
def test_my_kin_in_a_first_person_piece_is_the_writers(byline, speakers):
    text = (f'{byline}I worked in a bank. "You\'re mad," my boss told me.\n\n'
            'My mother was more supportive. "Follow your heart," she said.')
    assert [q[1] for q in quotes_of(f"Why I quit\n\n{text}")] == speakers


@pytest.mark.parametrize("met, speaker", [
    ("met her MP, Jane Brown,", "Jane Brown"),  # was Mary Smith: the office set off before the name met is hers
    ("met the local MP, Jane Brown,", "Jane Brown"),
    ("met Jane Brown", "Mary Smith"),  # no office written
])
def test_an_office_set_off_before_the_name_someone_met_is_that_persons(met, speaker):
    text = (f"Mary Smith {met} to discuss the closure of the library.\n\n"
            'The MP said she would raise the issue. "Libraries matter," she said.')
    assert quotes_of(f"Library\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('To quote Tony Blair: "Education, education, education."', "Tony Blair"),  # was no one's: `To quote` is a
    # source phrase, as `according to` is
    ('In the words of one fan, Kerry Lee: "It was the best night of my life."', "Kerry Lee"),  # was `fan`: the name
    # set off before a colon
    ('He wanted to quote a price, "£5".', None),
])
def test_to_quote_and_a_source_phrase_set_off_before_a_colon_name_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of(f"Quotes\n\n{text}")][-1:] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text, speaker", [
    ('Which? said the discounts were "not what they seem".', "Which?"),  # was no one's: a name ending on its mark
    ('Consumer group Which? said the discounts were "not what they seem".', "Which?"),
    ('Is it a deal? Lisa Webb said the discounts were "not what they seem".', "Lisa Webb"),  # a question's end
])
def test_a_name_ending_on_a_question_mark_before_its_verb_speaks(text, speaker):
    assert quotes_of(f"Loyalty prices\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("judge, speaker", [
    ("Mr Justice Griffiths", "Griffiths"),  # was `judge`: a justice of the High Court is the judge
    ("Lord Justice Singh", "Singh"),
    ("Judge Amy Lee", "Amy Lee"),
])
def test_the_judge_is_the_justice_the_text_titles(judge, speaker):
    text = f'Passing sentence, {judge} said: "You took a life."\n\n"You will serve 20 years," the judge added.'
    assert quotes_of(f"Jailed\n\n{text}")[-1][1] == speaker


def test_a_body_a_his_owns_with_no_one_named_is_described_and_no_author_of_its_statement():
    text = ("A Premier League footballer has been charged.\n\n"
            "The 24-year-old, who cannot be named for legal reasons, will appear in court on Friday.\n\n"
            'His club said in a statement it was "aware of the charge".\n\n'
            '"The club will not be commenting further," the statement added.')
    # were no one's and `His statement`: the club, whoever's, and no body called `His`
    assert [q[1] for q in quotes_of(f"Charged\n\n{text}")] == ["club", "statement"]


@pytest.mark.parametrize("joined, speaker", [
    ("his wife, the Princess of Wales", "Princess of Wales"),  # was no one's: the one peer of her sex just before
    ("the Princess of Wales", "Princess of Wales"),
    ("the Duke of York", None),  # no peer of her sex
])
def test_a_she_after_a_sentence_naming_one_peer_of_her_sex_is_that_peer(joined, speaker):
    text = f'William opened the hostel.\n\nThe prince was joined by {joined}. "It\'s so important," she said.'
    assert quotes_of(f"Homelessness\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ('The couple shared the news on Instagram with the caption: "We are getting married."',
     "Taylor Swift and Travis Kelce"),  # was no one's: two people named write what a colon opens
    ('The couple started a foundation that focuses on "sustainable use of resources".', None),  # no colon
])
def test_the_couple_before_a_colon_writes_what_it_opens(sentence, speaker):
    text = f"Taylor Swift and Travis Kelce are engaged.\n\n{sentence}"
    assert quotes_of(f"Engaged\n\n{text}")[-1][1] == speaker


def test_an_example_of_a_group_is_looked_for_only_in_a_short_sentence_opening():
    text = ("After a long day of campaigning across the whole of the county in the rain and the wind, many tired "
            'villagers like retired teacher Jean Cooper worry. "If it closes, we lose everything," she says.')
    # the sentence opens over 100 characters before the name: read as before, the postmistress's
    assert quotes_of(f"Village life\n\nMargaret Thompson has run the post office.\n\n{text}")[-1][1] \
        == "Margaret Thompson"


@pytest.mark.parametrize("sentence, speaker", [
    ('The prime minister accused her of "talking down Britain."', "Keir Starmer"),  # was the office: her is
    ('The prime minister said she was "talking down Britain."', "prime minister"),  # the object, not its sex
])
def test_an_object_pronoun_just_after_an_office_does_not_tell_its_holders_sex(sentence, speaker):
    text = f"Prime Minister Keir Starmer faced Kemi Badenoch at PMQs.\n\n{sentence}"
    assert quotes_of(f"PMQs\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("named, speaker", [
    ("Police Chief Jim Smith and Mayor Ann Lee spoke on Monday.", "Jim Smith"),  # was `chief`: titled the
    ("Police Chief Jim Smith and Fire Chief Ann Lee spoke on Monday.", "chief"),  # paragraph before; two: neither
])
def test_the_chief_is_the_one_person_titled_chief_in_the_paragraph_before(named, speaker):
    text = f'{named}\n\n"We do not have enough staff," the chief said.'
    assert quotes_of(f"Wildfires spread\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("The Italian", "Jannik Sinner"),  # was Alcaraz: the text names him as Spain's
    ("The Spaniard", "Carlos Alcaraz"),  # his own nation's, by its demonym
    ("The Spanish star", "Carlos Alcaraz"),
])
def test_a_nations_epithet_is_not_someone_named_as_another_countrys(epithet, speaker):
    text = ("Spain's Carlos Alcaraz won the US Open on Sunday.\n\nThe 22-year-old beat world number one Jannik Sinner "
            f'in four sets.\n\n"I am so happy," Alcaraz said afterwards.\n\n{epithet} was gracious: "It was a good final."')
    assert quotes_of(f"US Open\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("description, speaker", [
    ("The online grocer", "Ocado"),  # was `online grocer`: a grocer is a trade of a business
    ("The grocer", "Ocado"),
    ("The caterer", "Ocado"),
])
def test_a_grocer_or_caterer_is_the_business_just_named(description, speaker):
    text = f'Shares in Ocado fell 20% on Thursday.\n\n{description} blamed "weaker demand" for the fall.'
    assert quotes_of(f"Shares fall\n\n{text}")[-1][1] == speaker


def test_the_grocer_is_still_a_person_the_text_titles_so():
    text = 'Local grocer Tom Smith has run his shop for 30 years.\n\n"Business is hard," the grocer said.'
    assert quotes_of(f"Corner shop\n\n{text}")[-1][1] == "Tom Smith"


@pytest.mark.parametrize("opening, speakers", [
    ("Developer Persimmon", ["Persimmon", "Persimmon spokeswoman"]),  # was `Developer Persimmon`: a body's trade
    ("Developers Persimmon and Barratt", ["Persimmon and Barratt", "spokeswoman for the housebuilder"]),
    ("Developer John Smith", ["John Smith", "spokeswoman for the housebuilder"]),  # a person's trade, a given name
])
def test_a_developer_opening_a_sentence_labels_the_body_after_it(opening, speakers):
    text = (f'{opening} said the scheme would provide "much-needed homes".\n\n'
            'A spokeswoman for the housebuilder added: "We have consulted widely."')
    assert [q[1] for q in quotes_of(f"Homes row\n\n{text}")] == speakers


@pytest.mark.parametrize("sentence, speaker", [
    ('The former minister said he had been "doing his best".', "Matt Hancock"),  # was the office: the chair who
    ('The former minister said she had been "doing her best".', "Baroness Hallett"),  # opened the paragraph
])  # before is a woman; the he after it reaches back to the man just named
def test_a_former_office_whose_first_candidate_is_of_the_other_sex_is_the_one_of_its_sex_just_named(sentence, speaker):
    text = ("The Covid inquiry has heard evidence from former health secretary Matt Hancock.\n\n"
            '"I did not," Mr Hancock replied.\n\nBaroness Hallett, who chairs the inquiry, interrupted: '
            f'"Please answer the question."\n\n{sentence}')
    assert quotes_of(f"Covid inquiry\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("signer, speakers", [
    ("Labour MP Clive Lewis", ["Clive Lewis's letter"] * 2),  # was the body `Labour MP Clive Lewis letter`
    ("Clive Lewis", ["letter"] * 2),  # a person untitled: as before, no author
    ("the Resolution Foundation", ["Resolution Foundation letter"] * 2),  # a body's
])
def test_a_letter_signed_by_a_titled_person_is_that_persons(signer, speakers):
    text = (f'The letter, signed by {signer}, said the policy was "morally indefensible".\n\n'
            '"It must be scrapped," the letter added.')
    assert [q[1] for q in quotes_of(f"Letter to the PM\n\n{text}")] == speakers


@pytest.mark.parametrize("spoke, speaker", [
    ('The Green Party said: "This is a betrayal."', "Green Party statement"),  # was `statement`: a body read as one
    ('The OECD said: "This is a betrayal."', "OECD statement"),  # an acronym, as before
    ('Caroline Lucas said: "This is a betrayal."', "statement"),  # a person: no author
])
def test_the_statement_after_a_body_quoted_is_that_bodys(spoke, speaker):
    text = f'{spoke}\n\n"The government must think again," the statement read.'
    assert quotes_of(f"Betrayal\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ('Marc Morial told a young woman who asked about turnout that "not voting is not a viable option."',
     "Marc Morial"),  # was the young woman's: the second `that` is told's
    ('Marc Morial told a young woman who said she would not vote that it was "not a viable option."', "Marc Morial"),
    ('Marc Morial told a young woman who said that "voting is pointless" to think again.', "young woman"),  # hers
    ('Marc Morial met a young woman who said she would not vote because it was "pointless".', "young woman"),
])
def test_a_that_after_a_relative_clause_on_whom_someone_told_opens_what_they_told(sentence, speaker):
    assert quotes_of(f"Turnout\n\n{sentence}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("It emerged that, while Mr Brown is in Africa for a week, the prime minister is to deliver a speech.",
     "Tony Blair"),  # was Brown: the office opening the main clause after `while …,` is its subject
    ("While Mr Brown is in Africa for a week, the prime minister is to deliver a speech.", "Tony Blair"),
    ("It emerged that Mr Brown is in Africa for a week, and the prime minister is to deliver a speech.",
     "Gordon Brown"),  # no clause set off before the office: as before
])
def test_a_he_after_an_office_opening_a_main_clause_after_a_clause_set_off_is_its_holder(sentence, speaker):
    text = ("Prime Minister Tony Blair and Chancellor Gordon Brown were read the riot act.\n\n"
            f'{sentence} And he is expected to repeat his insistence that the manifesto will be "New" Labour.')
    assert quotes_of(f"Riot act\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("second, speakers", [
    ("Drummer Will Champion", ["Chris Martin", "Will Champion"]),  # the singer was the drummer: a singer is no
    ("Will Champion", ["Will Champion", "drummer"]),  # drummer; untitled, the one just named, as before, and then
])  # no drummer, being the singer
def test_the_singer_is_no_one_titled_drummer_but_the_frontman_before(second, speakers):
    text = ('The band played their final gig on Friday.\n\nFrontman Chris Martin told the crowd: "Thank you."\n\n'
            f'{second}, 46, added: "It has been an honour."\n\n"We love you," the singer said.\n\n'
            '"What a night," the drummer said.')
    assert [q[1] for q in quotes_of(f"Final gig\n\n{text}")][2:] == speakers


@pytest.mark.parametrize("scorer, other, speaker", [
    ("Striker Dominic Solanke", "Defender Cristian Romero", "Dominic Solanke"),  # was Romero: no defender
    ("Striker Dominic Solanke", "Goalkeeper Guglielmo Vicario", "Dominic Solanke"),  # nor a keeper
    ("Dominic Solanke", "Cristian Romero", "Cristian Romero"),  # untitled: the one who spoke, as before
])
def test_the_striker_is_no_one_titled_defender_or_goalkeeper(scorer, other, speaker):
    text = (f'Tottenham beat Chelsea 2-0 on Sunday.\n\n{scorer} scored twice.\n\n{other} said: "We were brilliant."'
            '\n\n"I felt great," the striker said.')
    assert quotes_of(f"Spurs win\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("titled, speaker", [
    ("obesity expert Dr Tom Hart", "Tom Hart"),  # was `doctor`: Dr is the doctor, whatever office is before it
    ("Dr Tom Hart", "Tom Hart"),
    ("Dr Tom Hart and Dr Ann Lee", "doctor"),  # two doctors: neither
])
def test_the_doctor_is_the_one_person_titled_dr(titled, speaker):
    text = (f'But {titled} warned: "This is not a magic bullet."\n\n'
            '"People still need to eat well," the doctor added.')
    assert quotes_of(f"Weight-loss drug\n\nA trial has shown dramatic results.\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("The Archbishop of Canterbury has resigned.", "Justin Welby"),  # was `archbishop`: the lead's office, whom
    ("The archbishop of Canterbury has resigned.", "Justin Welby"),  # the paragraph after names first
    ("The Church of England is in crisis.", "archbishop"),  # no office in the lead
])
def test_the_office_a_lead_opens_on_is_the_person_the_next_paragraph_names(lead, speaker):
    text = (f'{lead}\n\nJustin Welby said he had "failed" to act on abuse claims.\n\nThe Church faces questions.\n\n'
            '"I take personal responsibility," the archbishop said.')
    assert quotes_of(f"Welby quits\n\n{text}")[-1][1] == speaker


def test_an_office_a_lead_opens_on_indefinite_is_the_person_the_next_paragraph_names():
    text = ("A headteacher has been praised for her response to a flood at her school.\n\nMrs Angela Price, who "
            "leads St Mary's Primary in Carlisle, waded through water to rescue books.\n\nOne parent said she was "
            '"a hero".\n\n"I was just doing my job," the headteacher said.')
    assert quotes_of(f"Flood hero\n\n{text}")[-1][1] == "Angela Price"  # was `headteacher`


@pytest.mark.parametrize("other, speaker", [
    ("Labour chairwoman Ellie Reeves", "Boris Johnson"),  # was Reeves: titled with another party, set apart
    ("Ellie Reeves", "Ellie Reeves"),  # untitled: the one just named, as before
])
def test_a_former_partys_leader_is_no_one_titled_with_another_party_but_the_one_further_back(other, speaker):
    text = ("Boris Johnson has criticised the government's handling of the economy.\n\nWriting in the Daily Mail, "
            'the ex-prime minister said Labour had "trashed" Britain\'s reputation.\n\n'
            f'{other} dismissed the column. "Boris Johnson crashed the economy," she said.\n\n'
            '"I have no regrets," the former Tory leader told GB News.')
    assert quotes_of(f"Johnson column\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("last, speaker", [
    ('"That is not true," her younger sister protests.', "Sarah Adams"),  # was Claire's younger sister: Claire,
    ('"That is not true," her sister protests.', "Sarah Adams"),  # named as a sister, is the other one's
])
def test_the_sister_of_one_named_as_a_sister_is_the_other_one(last, speaker):
    text = ("When Sarah Adams lost her job last year, she turned to her sister for help.\n\n"
            '"I didn\'t know where else to go," says Sarah, 41.\n\nHer sister, Claire, took her in. "Family is '
            'everything," she says.\n\n"We argue," Sarah laughs.\n\nClaire agrees: "She never does the washing up."'
            f"\n\n{last}")
    assert quotes_of(f"Sisters\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("owned", ["her sister", "her younger sister"])
def test_her_sister_just_named_as_a_sister_is_that_sister(owned):
    text = ("When Sarah Adams lost her job last year, she turned to her sister for help.\n\nHer sister, Claire, took "
            f'her in.\n\n"Family is everything," {owned} said.')
    assert quotes_of(f"Sisters\n\n{text}")[-1][1] == "Claire Adams"  # Sarah's, as before


@pytest.mark.parametrize("lead, speaker", [
    ("Paul Green, 52, denies killing Susan Green at their home in Leeds.", "Paul Green"),  # was `defendant`
    ("Paul Green, 52, of Leeds, is charged with murder.", "Paul Green"),
    ("Paul Green has gone on trial accused of murder.", "Paul Green"),
    ("Paul Green and Tom Lee deny murder.", "defendant"),  # two: neither
    ("Paul Green, 52, told police he was at home.", "defendant"),  # no one in the dock
])
def test_the_defendant_is_the_one_person_the_text_puts_in_the_dock(lead, speaker):
    text = f'{lead}\n\nGiving evidence, the defendant said: "I loved her."'
    assert quotes_of(f"Murder trial\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sibling, speaker", [
    ("The older brother", "Ali Khan"),  # was `older brother`: the one of the two named with the greater age
    ("The younger brother", "Omar Khan"),
    ("The older sister", "older sister"),  # no woman named with an age
])
def test_the_older_or_younger_brother_is_by_the_ages_written(sibling, speaker):
    text = ("Two brothers have been jailed for a £5m fraud.\n\nAli Khan, 34, and Omar Khan, 31, were sentenced at "
            f'Southwark Crown Court.\n\n{sibling} told the court he was "deeply ashamed".')
    assert quotes_of(f"Fraud\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("union, speaker", [
    ("Unite union, which represents the striking bin workers,", "Unite spokesperson"),  # was `union spokesperson`:
    ("The GMB union", "GMB spokesperson"),  # the body labelled union just before, past a person of no known sex
])
def test_a_union_spokesperson_speaks_for_the_union_labelled_so_just_before(union, speaker):
    text = ("A council has apologised after bins went uncollected.\n\nThe council's cabinet member for environment, "
            f'Majid Mahmood, said: "We are sorry."\n\n{union} said the council had "refused to negotiate".\n\n'
            'A union spokesperson said: "Our members want a fair deal."')
    assert quotes_of(f"Bin strike\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("fined, speaker", [
    ("Thames Water has been fined £123m by regulator Ofwat.", "Ofwat"),  # was `regulator`: three paragraphs up
    ("Thames Water has been fined £123m.", "regulator"),  # no regulator named
])
def test_the_regulator_is_the_one_regulator_named_a_few_paragraphs_up(fined, speaker):
    text = (f'{fined}\n\nIts chief executive said the company had "let its customers down".\n\nThames Water said it '
            'was "committed to improving".\n\nIts chairman, Sir Adrian Montague, said: "We accept the findings."\n\n'
            'The regulator added that it would "monitor closely".')
    assert quotes_of(f"Fine\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("chair, speaker", [
    ("Its chairman, Sir Adrian Montague,", "Thames Water's chairman"),  # was `firm's chairman`: its own chairman's
    ("Its chief executive, Chris Weston,", "Thames Water's chairman"),  # words are the body's, not another's acting
    ("Campaigner Feargal Sharkey", "firm's chairman"),  # someone else acted since: as before
])
def test_a_bodys_own_leader_speaking_leaves_the_firm_its_body(chair, speaker):
    text = ('Thames Water has been fined £123m.\n\nThames Water said it was "committed to improving".\n\n'
            f'{chair} said: "We accept the findings."\n\nThe firm\'s chairman added: "We are working hard."')
    assert quotes_of(f"Fine\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("description, speaker", [
    ("The online retail giant", "Amazon"),  # was `online retail giant`: two words of its trade before the head
    ("The US tech giant", "Amazon"),  # a place and a trade
    ("The rival online giant", "rival online giant"),  # another body, set apart
])
def test_a_business_described_by_two_words_before_its_head_is_the_one_just_named(description, speaker):
    text = f'Amazon has announced 14,000 job cuts.\n\n{description} said it needed to be "leaner".'
    assert quotes_of(f"Job cuts\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("organiser, speaker", [
    ("the play's organiser in Uganda, Puzapu Pufalon,", "Puzapu Pufalon"),  # was the whole description: a place,
    ("the play's organiser in Uganda, Sarah Mukasa,", "Sarah Mukasa"),  # then a name no given name opens
    ("a detainee in Woodhill Prison", "detainee in Woodhill Prison"),  # a place of two words: as before
])
def test_a_role_in_a_country_then_a_name_is_that_persons(organiser, speaker):
    assert quotes_of(f'Play row\n\n"I\'m extremely outraged," {organiser} told the BBC.')[-1][1] == speaker


def test_the_country_is_any_country_the_text_names_before():
    text = ("Uganda's judiciary has not commented.\n\nA spokesman for the country's foreign ministry said it was "
            '"a matter for the courts".')
    assert quotes_of(f"Trial\n\n{text}")[-1][1] == "Uganda's foreign ministry spokesman"  # Uganda is now a country


@pytest.mark.parametrize("titled, speaker", [
    ("Liberal Democrat spokeswoman for women Dorok Zerin", "Dorok Zerin"),  # was the whole phrase: a name no given
    ("The minister for public health Dorok Zerin", "Dorok Zerin"),  # name opens, after its office's domain
    ("Liberal Democrat spokeswoman for women Sandra Gidley", "Sandra Gidley"),  # a given name: as before
])
def test_an_office_with_a_lowercase_domain_then_a_name_is_that_persons(titled, speaker):
    assert quotes_of(f'Maternity pay\n\n{titled} said: "Mothers would welcome any extra pay."')[-1][1] == speaker


@pytest.mark.parametrize("titled, speaker", [
    ("Chairman of the Environmental Audit Committee Dokemek Manin MP,", "Dokemek Manin"),  # was the body and him:
    ("Chairman of the Environmental Audit Committee Peter Ainsworth MP,", "Peter Ainsworth"),  # a body's name ends
    ("Governor of the Bank of England Zobek Tamun", "Zobek Tamun"),  # on its word for a body, or of a place (a
])  # known given name told it before)
def test_an_office_of_a_named_body_then_a_name_is_that_persons(titled, speaker):
    assert quotes_of(f'Housing\n\n{titled} said: "The policy is an alarming example."')[-1][1] == speaker


@pytest.mark.parametrize("mood", ["Defiant", "Delighted", "Embattled"])
def test_a_mood_opening_a_sentence_before_a_name_is_no_part_of_it(mood):
    text = f'{mood} Vetan Tuvemar says he will not quit as coach.\n\n"I am going nowhere," he said.'
    assert quotes_of(f"Coach stays\n\n{text}")[-1][1] == "Vetan Tuvemar"  # was `Defiant Vetan Tuvemar`


@pytest.mark.parametrize("plural, speaker", [
    ("Unions", "Unions"),  # was no one: bodies in the plural are many, past a woman who spoke since
    ("Banks", "Banks"),
    ("Fox Business", None),  # one body whose name ends in `business`: no they
])
def test_they_going_on_is_bodies_in_the_plural_that_spoke_before(plural, speaker):
    text = (f'Nissan is to close its factory.\n\n{plural} said they were "devastated". Unite general secretary '
            'Sharon Graham said: "This is a betrayal."\n\nThey added that they would "fight for every job".')
    assert quotes_of(f"Closure\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("between, speaker", [
    ('McPartlin added: "It never gets old."', "Ant McPartlin and Declan Donnelly"),  # was `pair`: only one of
    ('Holly Willoughby added: "They deserve it."', "pair"),  # them acted since; someone else did: as before
])
def test_the_pair_a_few_paragraphs_on_is_the_two_named_where_only_they_acted_since(between, speaker):
    text = ("Ant McPartlin and Declan Donnelly have won the award for the 24th year.\n\n"
            f'"We are so grateful," they said.\n\n{between}\n\nThe pair thanked fans for "sticking with us".')
    assert quotes_of(f"Awards\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the Tory frontbencher", "Mel Stride"),  # was the description: a frontbencher is an epithet, as an MP is
    ("the Tory backbencher", "Mel Stride"),
])
def test_a_frontbencher_is_an_epithet_for_the_person_just_named(epithet, speaker):
    text = f'Shadow chancellor Mel Stride said Ms Reeves had "broken her promises".\n\n"She must apologise," {epithet} said.'
    assert quotes_of(f"Budget row\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("the Democrat", "Democrat"),  # was `Republican nominee`: no description of another party that spoke
    ("the Republican", "Republican nominee"),  # of its own party: as before
])
def test_a_partys_epithet_is_no_description_of_another_party_that_spoke(epithet, speaker):
    text = ('Donald Trump and Kamala Harris clashed in their first debate.\n\n"She is a Marxist," the Republican '
            f'nominee said.\n\n"He is lying," {epithet} responded.')
    assert quotes_of(f"Debate\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Shares fell, according to Kathleen Brooks, research director at XTB, who called the results "ugly".',
     "Kathleen Brooks"),  # was XTB's research director: the name a bare role stands beside
    ('Three people have refused Oscars, including actor George C Scott who said it was "demeaning".',
     "George C Scott"),  # a role with its name after it: that name, as before
])
def test_who_after_a_name_and_a_bare_role_set_off_is_that_name(text, speaker):
    assert quotes_of(f"Results\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("tribute, speaker", [
    ("The family paid tribute to him.", "family"),  # was no one: the phrase was read past its verb
    ("The family of a 16-year-old boy who died in a crash have paid tribute to him.", "family"),  # a description
    ("The family of Jane Doe, 24, paid tribute.", "Jane Doe's family"),  # after `of`; a name: as before
])
def test_they_after_a_family_that_paid_tribute_is_the_family(tribute, speaker):
    text = f'A teenager has died.\n\n{tribute}\n\nIn a statement, they said they were "heartbroken".'
    assert quotes_of(f"Tributes\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("named, epithet, speaker", [
    ("Meteorologist Alex Burkill", "the forecaster", "Alex Burkill"),  # was `forecaster`: an epithet
    ("Crew member Tom Hunt", "the volunteer", "Tom Hunt"),  # was `volunteer`
    ("A volunteer, who asked not to be named,", "the volunteer", "volunteer"),  # whom no name stands for
])
def test_a_forecaster_or_a_volunteer_is_an_epithet_for_the_person_just_named(named, epithet, speaker):
    text = f'Snow and storms hit.\n\n{named} said the warning was "serious".\n\n"Take care," {epithet} added.'
    assert quotes_of(f"Weather\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("epithet", ["the historian", "the millionaire", "the streamer", "the conductor"])
def test_more_callings_are_epithets_for_the_person_just_named(epithet):
    text = f'Snow hit the town.\n\nJohn Smith said the warning was "serious".\n\n"Take care," {epithet} added.'
    assert quotes_of(f"Weather\n\n{text}")[-1][1] == "John Smith"  # were the descriptions


@pytest.mark.parametrize("subject, speaker", [
    ("Those affected", "Those affected"),  # were no one's: people a participle describes, as `those surveyed`
    ("Those involved", "Those involved"),
    ("One of those rescued", "One of those rescued"),
])
def test_those_a_participle_describes_speak(subject, speaker):
    assert quotes_of(f'Flood\n\n{subject} said the response was "too slow".')[-1][1] == speaker


def test_dr_in_a_run_of_titles_is_no_office_the_set_off_one_stands():
    text = ('The Bishop of Durham, the Rt. Rev. Dr. Tom Wright, described the novel as a "great thriller".\n\n'
            'Writing in the Northern Echo, the Bishop said: "Conspiracy theories are always fun."')
    assert quotes_of(f"Da Vinci Code\n\n{text}")[-1][1] == "Tom Wright"  # the first full final run's dotted copy


def test_the_role_a_speaker_was_described_by_in_the_paragraph_is_that_speaker_not_a_name_between():
    text = ('Ambitions\n\nGavu Tenim has said he would love to return to Parliament.\n\nOne cabinet minister said '
            'Tenim was "a distraction". "He should focus on his day job," the minister added.')
    assert [q[1] for q in quotes_of(text)] == ["cabinet minister", "cabinet minister"]  # was Gavu Tenim: the person
    # named in the paragraph before, who owned nothing and is no minister


@pytest.mark.parametrize("office", [
    "former New Zealand prime minister",  # a nation of two words before an office of two (was the office as written)
    "former British prime minister",
])
def test_a_former_office_of_a_nation_of_two_words_stands_for_the_person_just_named(office):
    text = (f'Memoir\n\nJocinda Arnek has published her memoir. In it, the {office} writes that she felt "a deep '
            'sense of exhaustion".')
    assert [q[1] for q in quotes_of(text)] == ["Jocinda Arnek"]


@pytest.mark.parametrize("report, speaker", [
    ("said Ziva Tolen called on members to be", "Jim Clyburn"),  # a name and its verb: a clause of the cue's own
    # (was Steve Israel's)
    ("said President Tolen wanted members to be", "Jim Clyburn"),
    ("said members had to be", "Jim Clyburn"),  # (as before)
])
def test_a_cue_whose_clause_opens_on_a_name_and_its_verb_does_not_attribute_the_quotation_before(report, speaker):
    text = ('"That is a problem," said Rep. Jim Clyburn, a member of House leadership. "I would love to see Mr. Sanders '
            f'endorse." Rep. Steve Israel {report} "closely coordinated."')
    assert [q[1] for q in quotes_of("Unity\n\n" + text)] == ["Jim Clyburn", speaker, "Steve Israel"]


@pytest.mark.parametrize("text, mention", [
    ('The group posted a video that showed Islamic State fighters warning of an "atrocity" if Britain stayed.',
     "Islamic State fighters"),  # a relative's verb before them, not a word of their name (was `showed Islamic …`)
    ('He said that embattled Florida Senator Tom Vokes warned of an "atrocity".',
     "embattled Florida Senator Tom Vokes"),  # `that` as a determiner after a cue: the adjective is the phrase's
])
def test_a_past_form_after_a_relative_that_and_before_a_name_is_a_verb_not_part_of_the_phrase(text, mention):
    assert [q[2] for q in quotes_of("Orlando\n\n" + text)] == [mention]


@pytest.mark.parametrize("subject, speaker", [
    ("Rubio's catch phrase in that election against Crist was", "Rubio"),  # (was no one's)
    ("Rubio's line to voters was", "Rubio"),
    ("Rubio's argument was", "Rubio"),
    ("Rubio's fear in that election was", None),  # no word for what one says
    ("Rubio said in that election the point was", "Rubio"),  # the verb's report, as before
])
def test_what_someone_said_over_and_over_before_a_copula_and_that_is_theirs(subject, speaker):
    text = f'{subject} that Crist "would say or do anything to win an election."'
    assert [q[1] for q in quotes_of("Rubio\n\n" + text)] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    ("Tom Vaske met Emil Moraux in Paris on Thursday.", "Tom Vaske and Emil Moraux"),  # the only two named (was men)
    ("Tom Vaske met Emil Moraux and Jan Kotek in Paris.", "Emil Moraux and Jan Kotek"),  # three named: the two
    # joined by `and`
    ("Tom Vaske met Emil Moraux in Paris with Jan Kotek.", "men"),  # three, none joined: no telling which two
])
def test_the_two_men_are_the_only_two_people_named_in_the_paragraph_and_the_one_before(lead, speaker):
    text = f'Talks\n\n{lead}\n\nMr Vaske told reporters that the two men had agreed to "work together".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_he_is_never_people_in_the_plural_who_spoke_before():
    text = ('Talks\n\nTwo men were arrested on Thursday. The two men said they would "fight the charges". Jan Kotek, '
            'their lawyer, was at court. "They are innocent," he added.')
    assert [q[1] for q in quotes_of(text)] == ["men", "Jan Kotek"]  # was men


@pytest.mark.parametrize("lead, speaker", [
    ("Zoltplay have cancelled their tour.", "Zoltplay"),  # a body the text writes with a plural verb (was no one)
    ("Zoltplay has cancelled its tour.", None),  # in the singular: no they
])
def test_they_is_a_body_the_text_writes_with_a_plural_verb_as_the_subject_before(lead, speaker):
    text = f'Tour\n\n{lead} They said they were "heartbroken".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("side, speaker", [
    ("champions", "Zeltic"),  # a side the text writes with a plural verb (was champions)
    ("club", "Zeltic"),
    ("holders", "Zeltic"),
])
def test_a_word_for_a_side_is_the_body_written_with_a_plural_verb_as_the_subject_before(side, speaker):
    text = f'Rodgers\n\nZeltic have sacked their manager. The {side} said they were "surprised" by his decision.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_word_for_a_side_is_no_body_written_in_the_singular():
    text = 'Rodgers\n\nZeltic has sacked its manager. The champions said they were "surprised" by his decision.'
    assert [q[1] for q in quotes_of(text)] == ["champions"]


@pytest.mark.parametrize("subject, speaker", [
    ("The Zentrix Electronics Show", "Kirstan Pfeffer"),  # an event says nothing: the quotation goes on from the
    # speaker before (was the show's)
    ("The Zentrix Electronics Association", "Zentrix Electronics Association"),  # a body may
])
def test_a_named_event_as_the_subject_before_is_not_whose_words_an_unattributed_quotation_are(subject, speaker):
    text = ('Gadgets\n\nThe number of gadgets will grow. "Everything is going digital," Kirstan Pfeffer told the BBC.'
            f'\n\n{subject} featured the pick of products. "Consumers are controlling what they want."')
    assert [q[1] for q in quotes_of(text)] == ["Kirstan Pfeffer", speaker]


@pytest.mark.parametrize("report, speaker", [
    ("Our correspondent said that he understood no deal had been offered.", "Stevan Capek"),  # the correspondent the
    # text names (was John Prescott)
    ("A reporter asked if he understood that no deal had been offered.", "John Prescott"),  # who asked is not
    # whose words the answer is
])
def test_our_correspondent_reporting_in_the_paragraph_before_is_a_later_he(report, speaker):
    text = ('Strike\n\nOur political correspondent Stevan Capek was at the talks.\n\nDeputy Prime Minister John '
            f'Prescott held a meeting with union figures.\n\n{report}\n\nThere was "some possibility" of the strike '
            'being avoided, he added.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("owner, speaker", [
    ("The Joneses'", "Joneses' lawyer"),  # a family in the plural takes the apostrophe alone (was Joneses's)
    ("Tom Vokes's", "Tom Vokes's lawyer"),
])
def test_a_familys_plural_name_owns_with_an_apostrophe_alone(owner, speaker):
    text = f'Court\n\n{owner} lawyer said the family was "devastated".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Johnson dismissed Farage\'s claim, adding that it was "nonsense".', "Johnson"),  # the claim is a noun: the
    # main subject adds (was Farage)
    ('Mr. Trump hardly clarified the matter, treating Mrs. Clinton\'s remark first as a compliment and, when '
     'questioned after the debate, asserting, "Of course, I pay federal taxes."', "Trump"),  # (was Hillary Clinton)
    ('He recalled how the Obama campaign exploited Mr. Clinton\'s remark in 2008 describing Mr. Obama\'s statement that '
     'he opposed the war as "the biggest fairy tale I\'ve ever seen."', "Clinton"),  # the remark's own participle,
    # with no comma: his, as before
])
def test_a_word_for_words_after_an_owner_is_no_verb_for_a_participle_set_off_after_it(text, speaker):
    assert [q[1] for q in quotes_of("Taxes\n\n" + text)] == [speaker]


def test_the_two_lawmakers_are_the_pair_joined_before_with_a_title_whoever_acted_since():
    text = ('Referral\n\nJudiciary Committee Chairman Bob Gedlatte sent the referral.\n\nAlso Monday, Gedlatte and '
            'Benghazi Committee Chairman Trey Gawdy sent a letter to James Coomey.\n\nWhile James Coomey said there was '
            'no case, he said there was no precedent. The two lawmakers, however, argue that "there is precedent for '
            'prosecution."\n\n"You seem to have picked a new standard," the two write.')
    assert [q[1] for q in quotes_of(text)] == ["Bob Gedlatte and Trey Gawdy"] * 2  # were lawmakers and two


@pytest.mark.parametrize("text, quotes", [
    ('Both oppose an inflation formula called the "chained CPI" that would cut payments.', []),  # a thing's name
    ('They slammed the tax loophole called an "inversion," which moves profits abroad.', []),
    ('It is what former employees have called a "fraudulent scheme".', [("fraudulent scheme", "former employees")]),
    ('Lawmakers called the "deal" a betrayal.', [("deal", "lawmakers")]),  # people call it so
])
def test_a_thing_called_by_an_article_and_a_quotation_is_named_not_quoted(text, quotes):
    assert [(q[0], q[1]) for q in quotes_of("Names\n\n" + text)] == quotes


@pytest.mark.parametrize("second, speaker", [
    ("Sir Tom Vekar was speaking at the G20 summit.", "Tom Vekar"),  # there to say who spoke (was prime minister)
    ("Tom Vekar made the comments at the G20 summit.", "Tom Vekar"),
    ("Tom Vekar signed the order at the summit.", "prime minister"),  # someone acting: no telling they spoke
    ("Labour MP Tom Vekar was speaking at the summit.", "prime minister"),  # (`Labour MP`: no office first) as written
])
def test_an_office_is_the_person_the_next_sentence_names_as_speaking(second, speaker):
    text = f'Summit\n\n"I\'m not a quitter," insisted the prime minister. {second}'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    ("", "Emmi Radukan"),  # no one named before: the next sentence says who spoke (was 22-year-old)
    ("Tom Vekar lost in the final. ", "Tom Vekar"),  # someone named before: the epithet is theirs, as before
])
def test_an_epithet_with_no_one_before_is_the_person_the_next_sentence_names_as_speaking(lead, speaker):
    text = (f'Seoul\n\n{lead}"It\'s the best day of my life," said the 22-year-old. Emmi Radukan was speaking after '
            'the match.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("titled, speakers", [
    ("Canadian PM Mork Karnet", ["Mork Karnet", "Mork Karnet"]),  # `PM` a title: the name without it (was `PM Mork
    # Karnet`), and the prime minister the office's holder (was `PM`)
    ("Former PM Mork Karnet", ["Mork Karnet", "PM"]),  # a former one holds it no more
])
def test_pm_before_a_name_is_the_prime_ministers_title(titled, speakers):
    text = (f'Tariffs\n\n{titled} responded: "We will not be intimidated."\n\nTrump said Canada was "cheating". '
            'The PM added that talks were "over".')
    assert [q[1] for q in quotes_of(text)] == [speakers[0], "Trump", speakers[1]]


@pytest.mark.parametrize("titled, speaker", [
    ("US AG Pim Bondak", "Pim Bondak"),  # an office's abbreviation as a title (were the whole run)
    ("Defence Sec Jon Healan", "Jon Healan"),
    ("Health Sec. Wes Streetan", "Wes Streetan"),
    ("DPM Davud Lammas", "Davud Lammas"),
    ("CB Richard Ellis", "CB Richard Ellis"),  # initials no office's: a firm's name, as before
    ("Rt Hon Edd Davan", "Edd Davan"),  # the style of a privy counsellor (was `Rt Hon Edd Davan`)
    ("Hon Lik, who invented the e-cigarette,", "Hon Lik"),  # `Hon` alone: a given name
])
def test_an_offices_abbreviation_before_a_name_is_a_title(titled, speaker):
    assert [q[1] for q in quotes_of(f'Ready\n\n{titled} said: "We are ready."')] == [speaker]


@pytest.mark.parametrize("described, speaker", [
    ("the 27-year-old from Leedsby", "27-year-old from Leedsby"),  # someone from a place (was Leedsby)
    ("one resident of Gazar", "resident of Gazar"),
    ("a friend of Tom Hanker", "Tom Hanker's friend"),  # a person's friend, as before
])
def test_someone_described_from_a_place_is_the_person_unnamed_not_the_place(described, speaker):
    assert [q[1] for q in quotes_of(f'Storm\n\n"Nobody saw it coming," {described} told the BBC.')] == [speaker]


def test_a_bodys_leader_is_the_person_the_next_sentence_names_as_speaking():
    text = 'Clacton\n\nAsked about it, the Reform UK leader said: "Not at all." Nigel Farran was speaking in Clacton.'
    assert [q[1] for q in quotes_of(text)] == ["Nigel Farran"]  # was Reform UK leader


@pytest.mark.parametrize("first, second, speaker", [
    ("a doctor at Great Ormund Street", "a student from Oxbridge", "student from Oxbridge"),  # someone new (was the
    # doctor before)
    ("the head of Offcam", "the boss of Tescor", "Tescor's boss"),  # another principal's (was Offcam's head)
    ("the head of Offcam", "the boss of Offcam", "Offcam's head"),  # the same principal's: the one before
])
def test_a_description_of_a_role_held_elsewhere_is_not_the_person_who_spoke_before(first, second, speaker):
    text = f'Rules\n\n"It is wrong," {first} said.\n\n"It is wrong too," {second} said.'
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_an_appositive_after_a_name_with_a_roles_place_is_still_the_names():
    text = ('Wine\n\nHowever, Mott Willems, a fund manager at Perpetual Trustees said taking the stake "is definitely a '
            'precursor to a takeover".')
    assert [q[1] for q in quotes_of(text)] == ["Mott Willems"]


@pytest.mark.parametrize("role, speaker", [
    ("Donald Trump's lawyer, Michael Cohen,", "Michael Cohen"),
    ("Ms Smith's barrister, Jane Doe KC,", "Jane Doe"),
    ("Mr. Smith's lawyer, Jane Doe,", "Jane Doe"),
    ("Smith's lawyer, Jane Doe,", "Jane Doe"),  # as before
    ("the firm's chief executive, Jane Doe,", "Jane Doe"),  # as before
    ("Donald Trump's lawyer", "Donald Trump's lawyer"),  # no name set off
])
def test_a_role_a_named_owner_opens_and_the_name_its_commas_set_off_after_a_quotation_speak(role, speaker):
    text = f'"The evidence is overwhelming," {role} told the court.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("leader, speaker", [
    ("The SNP parliamentary leader", "Nicola Sturgeon"),
    ("The Scottish National Party leader", "Nicola Sturgeon"),  # was the party's leader: by its initials
    ("The Scottish National Party's parliamentary leader", "Nicola Sturgeon"),  # was the party's
    ("The SNP's leader", "Nicola Sturgeon"),  # was SNP's leader
    ("The Labour leader", "Labour leader"),  # was Nicola Sturgeon: the one untitled is the SNP's
])
def test_a_partys_leader_is_the_one_person_the_text_writes_as_that_partys(leader, speaker):
    text = ("The SNP's Nicola Sturgeon has demanded answers. Responsibility rests with Rhona Brankin, the deputy "
            f'health minister. Ms Brankin said: "We need to reflect."\n\n{leader} said: "Questions must be answered."')
    assert quotes_of("Escape row\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_she_after_a_bodys_office_closing_the_paragraph_before_is_whom_it_stands_for(between):
    text = ("The SNP's Nicola Sturgeon has demanded answers. Ms Brankin said: \"We need to reflect.\"\n\nThe Scottish "
            "National Party's parliamentary leader argued that Ferguson's leave needed a minister's approval."
            f'{between}She said: "Questions must be answered."')
    assert [q[1] for q in quotes_of("Escape row\n\n" + text)] == ["Brankin", "Nicola Sturgeon"]  # were Brankin:
    # a body's name before the office, and an owner named after it


@pytest.mark.parametrize("cue", ["said", "added"])
def test_a_she_after_a_party_leader_who_opens_the_sentence_before_is_that_leader_not_who_spoke_before(cue):
    text = ("The SNP's Nicola Sturgeon has demanded answers. Responsibility rests with Rhona Brankin, the deputy "
            'health minister. Ms Brankin said: "We need to reflect."\n\nThe Scottish National Party\'s parliamentary '
            f'leader argued that ministers were responsible. She {cue}: "Questions must be answered."')
    assert [q[1] for q in quotes_of("Escape row\n\n" + text)] == ["Rhona Brankin", "Nicola Sturgeon"]  # `added`
    # had gone on from Brankin: the paragraph opens on the office, its body's name first


def test_a_she_is_no_man_a_description_before_stood_for():
    text = 'Mr Brankin said: "We need to reflect."\n\nThe minister criticised the move. She said: "It is wrong."'
    assert [q[1] for q in quotes_of("Escape row\n\n" + text)] == ["Brankin", None]  # was Brankin twice


@pytest.mark.parametrize("word", ["crewmate", "classmate", "flatmate", "bandmate", "co-star", "successor"])
def test_a_he_after_her_mate_as_the_subject_before_is_that_mate_not_her(word):
    text = ('Butch Wilmore and Suni Williams were due back in June. "We\'re in good spirits," Williams said.\n\n'
            f'Her {word} agreed. "We\'ve got plenty of food," he joked.')
    assert [q[1] for q in quotes_of("Astronauts stuck\n\n" + text)] == ["Suni Williams", f"Suni Williams's {word}"]


@pytest.mark.parametrize("subject, speaker", [
    ("Jones's sister works", "Sarah Jones's sister"),  # a verb in the present, which ends in s as nouns do
    ("Jones's sister now works", "Sarah Jones's sister"),
    ("Jones's sister, Emma, works", "Emma Jones"),
    ("Jones's boss works", "Sarah Jones's boss"),
])
def test_a_she_after_someones_person_working_in_the_present_is_that_person(subject, speaker):
    text = ('Sarah Jones, a nurse from Bristol, says she can no longer afford her rent.\n\n'
            f'{subject} weekends at the hospital. "I was wrong," she admits.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


VICTIMS = ('Hillary Clinton boasted that the strategy "did not lose a single person."\n\nShe failed to mention '
           'the attack that resulted in the death of {}.\n\nClinton spoke Monday night.\n\n"Libya is not '
           'perfect," Clinton said.\n\n"To Hillary Clinton, the four men do not matter at all," he wrote.')


@pytest.mark.parametrize("named, speaker", [
    ("four Americans: Ambassador Chris Stevens, officer Sean Smith and Glen Doherty", None),  # one of a list,
    # paragraphs back: no he the text brings forward
    ("Ambassador Chris Stevens", "Chris Stevens"),  # the one man named
])
def test_a_he_no_one_near_stands_for_is_not_a_name_listed_paragraphs_before(named, speaker):
    assert quotes_of(VICTIMS.format(named))[-1][1] == speaker


def test_a_name_set_off_after_a_role_before_a_present_verb_is_the_sentences_subject():
    text = ('Vladimir Putin met Xi Jinping.\n\nKazakhstan\'s foreign minister, Erlan Idrissov, plays down concerns. '
            'China may outnumber the population, he says.\n\n"Our philosophy is simple," he said.')
    assert quotes_of(text)[-1][1] == "Erlan Idrissov"  # the he who says, not a man named a paragraph before


def test_a_he_or_she_after_a_described_subject_is_of_the_pronouns_sex():
    text = ('Tessa Jowell has backed the plan.\n\nGordon Brown opposed it. The minister argued there was a case for '
            'it. "We have a duty," she said.')
    assert quotes_of(text)[0][1] == "Tessa Jowell"  # not Gordon Brown, whom `the minister` stands for


def test_the_dj_is_the_person_just_named():
    text = 'G Money, a presenter on 1Xtra, thinks a break is coming. "They need a rest," says the DJ.'
    assert quotes_of(text)[0][1] == "G Money"


@pytest.mark.parametrize("title, text, speaker", [
    ("Lane pitches for the rural vote", 'Tom Lane is to make a pitch for the rural vote, snubbing Ann Cole.\n\n'
     'But the Tory leader will argue against subsidies, calling them "outdated".', "Tom Lane"),
    ("Subsidies not a poll issue - Cole", 'Ann Cole does not think subsidies matter.\n\nHer spokesman spoke after '
     'a bishop backed Tom Lane\'s stance. The Tory leader wants them cut, calling them "outdated".',
     "Tory leader"),  # who acted last is not the one the title names
    (None, 'Chester have lost again but Chairman Steve Vale will not sack the manager, Ian Hunt.\n\n'
     '"We cannot afford it," the Chester chairman added.', "Steve Vale"),
    (None, 'Producer Kim Wall spoke in London.\n\nThe film was shot in Paris. "We will win," the French producer said.',
     "French producer"),  # a country's office is not the one the text titled (but `Producer Kim Wall spoke. ¶ "…,"
    # the French producer said` is she, the subject just before, as `the American producer`)
    ("Lane backs stem cell research", 'Tom Lane has backed stem cell research.\n\nKen Cole opposed it. But the '
     'Tory leader argued there was a moral case. "We have a duty," he said.', "Tom Lane"),  # not whom `But` turns from
    ("Stem cell research backed", 'Tom Lane has backed stem cell research.\n\nKen Cole opposed it. But the '
     'Tory leader argued there was a moral case, calling it "a duty".', "Tory leader"),  # the title names no one
])
def test_an_office_of_a_party_or_body_is_its_titled_holder_or_the_last_actor_the_title_names(title, text, speaker):
    assert quotes_of(text, title=title)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('At a news conference, Mr Howard insisted he had played by the rules. The Tory leader, who argues he is '
     'honest, said: "We do not say one thing in private."', "Howard"),
    ('Ted Cruz warned against a brokered convention. "It would be a disaster," the Texas senator said.', "Ted Cruz"),
    ('Mr Flight said he would stay. The Tory leader criticised Mr Flight, saying: "He must go."', "Tory leader"),
    # named again in the office's sentence: someone else
    ('Shadow chancellor Oliver Letwin said he would stay. The Tory leader said: "He must go."', "Tory leader"),
    # titled with another office
    ('Mr Howard said he would stay.\n\nThe Tory leader said: "He must go."', "Tory leader"),  # another paragraph
])
def test_an_office_of_a_party_opening_a_sentence_is_the_person_the_sentence_before_is_about(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_time_zone_after_a_time_is_no_part_of_the_name_that_follows():
    text = ('By 1300 GMT Carnival\'s shares were down a penny.\n\nCarnival said: "We have a strong record."')
    assert quotes_of(text)[0][1] == "Carnival"


def test_model_before_a_name_is_a_role_not_part_of_the_name():
    text = 'Model Kim Caprice left the show.\n\nCaprice said: "I am so glad I\'m out."'
    assert quotes_of(text)[0][1] == "Kim Caprice"


def test_a_name_before_the_cue_after_a_question_left_without_its_comma_is_the_speaker():
    text = 'When asked if Brown and Carr would start Erikson replied: "I could tell you yes."'
    assert quotes_of(text)[0][1] == "Erikson"


@pytest.mark.parametrize("text, speaker", [
    ('But the Home Office defended the measures. A spokesman said: "These men cannot be tried."',
     "Home Office spokesman"),
    ('The Vestey Group said it owned the land. But a spokesman added: "We are confident."', "Vestey Group spokesman"),
    ('The RAC welcomed the news. Environmental group Transport 2000 said the freeze was wrong. "We are concerned," '
     'said a spokesman.', "Transport 2000 spokesman"),  # the body named since, not the RAC
    ('Full details of the powers will be out "in the next two weeks," a spokesman said.', "spokesman"),  # no body
    ('Sky lost the rights. Zeta won them back in 2001 when Sky was forced to pull out. "Viewers will see it," a '
     'spokesman said.',
     "spokesman"),  # the body of a clause after when acted since the sentence's own
    ('Apple was fined by regulators.\n\nSpotify welcomed the ruling. "It sends a message," a spokesperson said.',
     "Spotify spokesperson"),  # a name of one word the text marks as no one's, acting in the sentence before
    ('Apple was fined by regulators.\n\nSpotify, which complained in 2019, welcomed the ruling. "It sends a '
     'message," a spokesperson said.', "Spotify spokesperson"),
    ('Apple was fined by regulators.\n\nParenting is hard. "It sends a message," a spokesperson said.',
     "spokesperson"),  # no act in the past: a word opening a sentence
    ('Apple was fined by regulators.\n\nNvidia has announced a recall. "Safety comes first," a spokeswoman said.',
     "Nvidia spokeswoman"),  # an act done, the quotation's first word no one named since
    ('Apple was fined by regulators.\n\nAmazon will cut 14,000 jobs. "We are streamlining," a spokesperson said.',
     "Amazon spokesperson"),  # an act to come
    ('Apple was fined by regulators.\n\nAmazon is cutting jobs. "We are streamlining," a spokesperson said.',
     "Amazon spokesperson"),
    ('Apple was fined by regulators.\n\nJeff Bezos\'s Amazon will cut jobs. "We are streamlining," a spokesperson '
     'said.', "Amazon spokesperson"),  # the company a person's possessive owns
])
def test_a_spokesperson_with_no_principal_written_speaks_for_the_body_that_acted_last(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Boeing said it was "disappointed". A company spokesman said engineers were "working around the clock".',
     "Boeing spokesman"),  # was company spokesman
    ('Leeds United lost again. "We back the manager," a club spokesman said.', "Leeds United spokesman"),
    ('The weather was poor. "We back the manager," a club spokesman said.', "club spokesman"),  # no club before
    ('Kensington Palace said the scheme would run. A palace source added: "He is committed."',
     "Kensington Palace source"),  # a source too
    ('Euronext met on Friday. "The works council is worried," a union source said.', "union source"),  # no
    # union's: the word must fit the body, unless it is a business's general word
    ('West Oxfordshire District Council said it had "followed the rules". A council spokeswoman added that it was '
     '"open to talks".', "West Oxfordshire District Council spokeswoman"),  # was council spokeswoman
    ('The Welsh Government said the plan was fair. A government spokesman said: "We listened."',
     "Welsh Government spokesman"),
])
def test_a_spokesperson_of_a_word_for_a_body_speaks_for_the_body_that_word_stands_for(text, speaker):
    assert quotes_of("Delays go on\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A UKIP spokesman said the resignation followed reports. "He did once attend," the spokesman said.',
     "UKIP spokesman"),
    ('Last week the UKIP spokesman Tom Hale said the plan was weak. "It will fail," the spokesman said.',
     "Tom Hale"),  # the spokesman the text names, not the body's unnamed one
])
def test_the_spokesman_after_a_bodys_spokesman_who_reported_without_quoting_is_that_bodys(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_the_festival_is_the_festival_named_before():
    text = 'He has competed four times at the Berlin Film Festival.\n\nThe festival praises his "sensational start".'
    assert quotes_of(text)[0][1] == "Berlin Film Festival"


@pytest.mark.parametrize("text, speaker", [
    ('Earlier this week, the local Arab News said the minister had "caused uproar". The newspaper said women found '
     'it "a pitiful excuse".', "Arab News"),
    ('In an interview with the Financial Times, Mr Blair refused to name a date. The paper said he "claimed '
     'ignorance".', "Financial Times"),
    ('And Spanish daily ABC accuses English reporters of a witch-hunt. "Perhaps they wanted to divert attention," '
     'the paper says.', "ABC"),
    ('The Arab News reported it first.\n\nThe minister spoke.\n\nThe newspaper said it was "a pitiful excuse".',
     "newspaper"),  # named too long before
])
def test_the_paper_is_the_latest_paper_named_in_the_paragraph_or_the_one_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_the_statement_after_a_bodys_statement_is_that_bodys():
    text = 'An IAAF statement said: "The ruling is wrong." The statement continued: "Both cases will go to court."'
    assert [q[1] for q in quotes_of(text)] == ["IAAF statement", "IAAF statement"]


@pytest.mark.parametrize("first, speaker", [
    ("Some 45 million children will die needlessly, Oxfam says in a report, Paying the Price.", "Oxfam report"),
    ("Britons will miss out, predicts the report by telecoms giant BT.", "BT report"),
    ("The finding comes in a report published on Thursday by the World Economic Forum, Harvard and the UN.",
     "World Economic Forum report"),
    ("A report by the Commons work and pensions committee called for change.", "report"),  # not the whole name
    ("A report by the Institute for Fiscal Studies warned of cuts.", "Institute for Fiscal Studies report"),  # the
    # whole name before its verb, never `Institute for Fiscal`
    ("The report, seen by the BBC, was sent to ministers.", "report"),  # who read it, not who wrote it
    ("A report obtained by the Guardian was sent to ministers.", "report"),
    ("Bernie Sanders said in a report that change was coming.", "report"),  # a person's, not a body's
    ("The change was welcomed in a report.", "report"),  # no author
])
def test_the_report_is_the_report_of_the_body_the_text_gave_as_its_author(first, speaker):
    text = f'{first} "It is too little, too late," the report said.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"It is a disaster," a crestfallen Mr Tom Lim said. Opinion was divided over Rod Potts. Mr Ken Mack thought '
     'he deserved a chance. "He could join the rest of them in Parliament."', "Ken Mack"),
    ('"It is a disaster," Mr Tom Lim said. Opinion was divided over the plan. "It could work."', "Tom Lim"),
    ('"What a way to end the year," said Rafael Nadal. US coach Patrick McEnroe wants Andy Roddick to play more on '
     'clay. "I think it will help these guys."', "Patrick McEnroe"),  # a titled name, and its -s verb
    ('"I took lessons from 2001," said Clive Woodward. Scotland forward Simon Taylor looks certain to get the call. '
     '"I am told he should be back playing by March."', "Clive Woodward"),  # not someone predicted of
    ('Mr Lane said: "Don\'t worry, he will be gone soon." His friend, Sarah Spence, lays the blame on one issue. '
     '"You cannot underestimate the impact of the war."', "Sarah Spence"),  # a name set off after `His friend`
])
def test_a_person_who_is_the_subject_of_the_sentence_before_speaks_over_the_quotation_before_that(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("owned", ["His running mate", "His friend", "His leading rival"])
def test_a_name_set_off_after_an_owners_noun_and_its_participle_is_the_sentences_subject(owned):
    text = ('Donald Trump attacked the media again.\n\n'
            f'{owned}, JD Vance, echoed the message. "We will win," the Ohio senator said.')
    assert quotes_of(text)[-1][1] == "JD Vance"


@pytest.mark.parametrize("text, speaker", [
    ('Comedians Matt Lucas and David Walliams said: "We are thrilled."', "Matt Lucas and David Walliams"),
    ('Little Britain comedy duo Matt Lucas and David Walliams said: "We are thrilled."',
     "Matt Lucas and David Walliams"),  # a word for two before the first name
    ('Biographers David and Jeanne Heidler said: "We are thrilled."', "David Heidler and Jeanne Heidler"),
])
def test_two_full_names_joined_by_and_are_two_people_and_a_given_name_alone_shares_the_surname(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_two_people_each_with_an_epithet_before_their_name_speak_together():
    text = '"Bands should take a kicking first," singer Gary Light and drummer Jon Quin said. "It has been good for us."'
    assert [q[1] for q in quotes_of(text)] == ["Gary Light and Jon Quin", "Gary Light and Jon Quin"]


@pytest.mark.parametrize("text", [
    'Alan Green spoke on Tuesday. While the economy is growing at a "reasonably good pace" he warned that the budget '
    'clouded the outlook.',
    'Alan Green spoke on Tuesday. While the economy is growing at a "reasonably good pace", he warned that the budget '
    'clouded the outlook.',
])
def test_a_quotation_in_an_opening_clause_after_while_is_the_main_clauses_speakers(text):
    assert quotes_of(text)[0][1] == "Alan Green"


@pytest.mark.parametrize("text, speaker", [
    ('French film A Very Long Engagement has received 12 nominations, despite a recent ruling it was "not French '
     'enough".', None),  # the ruling's words, not the film's
    ('The UK operator is already appealing against allegations that its rates are "unfair and excessive".', None),
    ('Mr Tom Hale was conclusive in his findings: "Further discussion is unnecessary."', "Tom Hale"),  # his own
])
def test_a_quotation_after_a_ruling_or_allegations_is_not_the_sentence_subjects(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"It is busy," Gilbert said.\n\nTrump, the longtime owner of the televised pageant and star of the reality TV '
     'show "The Apprentice," said in an interview that conventions were dull. "It is very important to put some '
     'showbiz into a convention," he said.', "Trump"),  # a title's marks inside the appositive
    ('"They would buy band uniforms," Grayson said.\n\nMurphy, a Jupiter Democrat who has been endorsed by both the '
     'national teachers unions and the Florida Education Association, has made school funding his priority.\n\n'
     '"It will be a priority in the Senate," he said.', "Murphy"),  # a long appositive
])
def test_a_name_before_a_long_appositive_or_one_with_a_title_is_the_sentences_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We showed character," said the coach. Stephen Jones, who kicked three penalties, a drop goal and a '
     'conversion, was ecstatic after the win.\n\n"It is just a special moment," he said.', "Stephen Jones"),
    ('"He is great," said the coach. Simon Amor, who will captain England in the opening tournament, the Dubai '
     'Sevens, which starts on Thursday, was delighted.\n\n"There are so many great players," he said.', "Simon Amor"),
])
def test_a_relative_clause_holding_a_list_or_an_appositive_still_ends_before_the_names_verb(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Trump would cut taxes for some, said Lily Batchelder.\n\nIt is a major issue, with Hillary Clinton — who has '
     'called for tax hikes on the rich — lambasting the plan.\n\n"It would be trickle-down economics," she said.',
     "Hillary Clinton"),
    ('The plan was criticised by Jane Hale.\n\nThe attack sparked a debate, with Senator Joan Miles telling reporters '
     'that the plan failed.\n\n"It is not enough," she said.', "Joan Miles"),
    ('The plan was criticised by Jane Hale.\n\nThe attack sparked a debate, with Newcastle expressing their '
     'interest.\n\n"It is not enough," she said.', "Jane Hale"),  # a one-word name may be a body's
])
def test_a_person_named_after_with_before_an_ing_verb_is_that_verbs_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Spider-Man creator Stan Lee won the case. Of the cut now due to Lee, his lawyer said: "It could be tens of '
     'millions of dollars."', "Stan Lee's lawyer"),
    ('Philip Pullman has denied his books are anti-religious. His agent told the Times newspaper that Pullman was '
     'happy. "Of course New Line want to make money."', "Philip Pullman's agent"),
    ('Donald Trump spoke on Monday. His controversial claim that "the system is rigged" angered officials.',
     "Donald Trump"),  # a noun cue after an adjective is the owner's
])
def test_a_role_after_his_or_her_is_the_speaker_not_the_owner(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Its chairman, Sir Anthony Greener, said the plan was good.\n\nThe chief inspector of schools, David Bell, also '
     'said recently that GCSEs should go. "One of the reasons is change," he said.', "David Bell"),
    ('"It is not good behaviour," said Frank Rijkaard.\n\nBarca midfielder Deco, formerly managed by Mourinho at '
     'Porto, agreed that it was not typical. "It\'s not normal behaviour on his part," he said.', "Deco"),
    ('"It is not good," said Frank Rijkaard.\n\nMike Baxter, portrayed by Tim Allen, was wrong. "It\'s not normal," '
     'he said.', "Frank Rijkaard"),  # a passive verb right after the comma: Baxter is no subject
])
def test_a_name_set_off_by_commas_before_an_adverb_and_its_verb_is_the_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Barry Sheerman spoke on Monday.\n\n"We must tackle the mess," he wrote in the Times. "It is not the case that '
     'the academic stream is fine." The Qualifications and Curriculum Authority has also told the government not to '
     '"compromise".', "Barry Sheerman"),
    ('Barry Sheerman spoke on Monday.\n\n"We must tackle the mess," he wrote in the Times. "It is not the case that '
     'the academic stream is fine." The union told ministers to act now.', "Barry Sheerman"),
])
def test_a_sentence_asking_someone_to_act_after_a_closed_quotation_does_not_attribute_it(text, speaker):
    speakers = {quote: speaker for quote, speaker, _, _ in quotes_of(text)}
    assert speakers["It is not the case that the academic stream is fine."] == speaker


def test_a_cue_asking_someone_to_act_inside_an_open_quotations_sentence_passes_to_the_final_cue():
    assert quotes_of('Snow Patrol had "no other course of action" but to ask their bassist to leave the band, lead '
                     'singer Gary Lightbody has said.')[0][1] == "Gary Lightbody"


def test_a_comma_after_an_opening_and_leaves_the_sentences_subject_to_be_found():
    text = ('Dick Morris spoke to the BBC.\n\n"It is not just to shift the Tories." And, while we are on the subject '
            'of Mr Kilroy-Silk, Mr Morris despatches him with a soundbite. "Robert Kilroy Silk is not a team player."')
    assert quotes_of(text)[-1][1] == "Dick Morris"


@pytest.mark.parametrize("text, speaker", [
    ('Mr Dein said there might now be too many games shown. Since 1992, Premiership clubs have seen their income '
     'soar. "Television has been the driving force."', "Dein"),  # bodies of a kind: not they, the one reported
    ('Mr Dein said there might now be too many games shown. Since 1992, the clubs have seen their income soar. '
     '"Television has been the driving force."', "clubs"),  # bodies the text has in mind
])
def test_bodies_of_a_kind_as_the_sentence_before_s_subject_do_not_speak_its_quotation(text, speaker):
    assert quotes_of(text)[0][1] == speaker


POLICING = ('Blunkett unveils policing plans\n\nPeople could be given the number of their local bobby under an '
            'overhaul unveiled by David Blunkett.\n\nThe home secretary said the plans would "put people first".\n\n'
            'Mr Blunkett was joined by Tony Blair at a school. Mr Blunkett said he was pleased. The prime minister '
            'said the citizen should be "in charge".')


@pytest.mark.parametrize("title, text, speakers", [
    ("Blunkett unveils policing plans", POLICING, ["David Blunkett", "Tony Blair"]),  # one person, one office; the
    # prime minister the one the text gives no office (Blunkett is the home secretary)
    ("Police plans unveiled", POLICING, ["David Blunkett", "Tony Blair"]),  # no story of his: the passive's agent
    ("Blair dismisses quit claim report", 'Tony Blair has dismissed reports he told Gordon Brown he would quit.\n\n'
     '"You don\'t do deals over jobs like this," the prime minister told BBC One.', ["Tony Blair"]),
])
def test_an_untitled_office_is_the_person_the_title_names_who_acted_just_before_it_first_opens_a_sentence(
        title, text, speakers):
    assert [speaker for _, speaker, _, _ in quotes_of(text, title=title)] == speakers


def test_an_office_titled_only_later_in_the_text_is_that_persons():
    text = ('The home secretary said he was "well informed" of the case.\n\nAnd Home Secretary Charles Clarke told '
            'the BBC he would not act.')
    assert quotes_of(text)[0][1] == "Charles Clarke"


def test_an_ex_officeholder_does_not_hold_the_office():
    text = ('Earlier, ex-Conservative chancellor Ken Clarke welcomed the rules.\n\nBut the chancellor said Mr Fallon '
            'was "impugning the integrity" of the office.')
    assert quotes_of(text)[0][1] == "chancellor"


def test_the_cue_of_a_subject_is_its_verb_past_an_adverb():
    assert quotes_of('Trump openly admires Russian President Vladimir Putin as a "strong leader," comparing him '
                     'favorably to President Obama.')[0][1:] == ("Trump", "Trump", "admires")


@pytest.mark.parametrize("text, speaker", [
    ('Hewitt said he had had a "gutful" of asking them to make the surface faster but Tennis Australia\'s Geoff '
     'Pollard rejected his comments. "We did ask for it to be made faster," he said.', "Geoff Pollard"),
    ('Hewitt said he had had a "gutful" of asking them to make the surface faster and Geoff Pollard was there. '
     '"We did ask for it to be made faster," he said.', "Hewitt"),  # no clause of Pollard's own
])
def test_a_he_after_a_sentence_where_someone_answers_a_speaker_with_but_is_who_answered(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The buzz soon spread and 40 record labels turned up to one gig in Glasgow - which the band thought was "totally '
     'ridiculous".', None),  # `labels` a noun after a number and a noun, no cue
    ('An Egyptian textbook just published for 9th graders explains "the advantages of peace for Egypt and the Arab '
     'states".', "Egyptian textbook"),  # a verb after a plural
])
def test_an_s_word_after_a_number_and_a_word_is_a_noun_not_a_cue(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_plural_demonym_before_two_names_is_no_part_of_either():
    text = ('Irishmen JP McManus and John Magnier own a 29% stake in Manchester United.\n\nMr Magnier and Mr McManus '
            'issued a statement saying that they remained "long-term investors".')
    assert quotes_of(text)[0][1] == "John Magnier and JP McManus"


UNILEVER = ('Consumer goods group Unilever has posted a fall in profits.\n\nMr Burgmans said the group was changing.'
            '\n\nThe shares fell on Monday.\n\n"We are leaving behind one of the key features of our governance," the '
            'company said.')


@pytest.mark.parametrize("title, text, speaker", [
    ("Unilever shake up as profit slips", UNILEVER, "Unilever"),
    ("Continental 'may run out of cash'", 'Shares in Continental Airlines have tumbled.\n\nThe shares fell on Monday.'
     '\n\nIn a filing to US regulators the airline warned of "inadequate liquidity".', "Continental Airlines"),
    ("Profits slip as shake up bites", UNILEVER, "company"),  # a title that names no body
    ("Unilever shake up as profit slips", UNILEVER.replace("The shares fell", "A British Medical Journal article "
                                                           "claimed"), "company"),  # another body named since
])
def test_the_company_with_no_body_acting_near_it_is_the_body_the_title_opens_with(title, text, speaker):
    assert quotes_of(text, title=title)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Opposition MPs are angry.\n\nIn a rare move, the Tories and Lib Dems have tabled a motion opposing the bill, '
     'saying the plans are "excessive". It argues the plan "wrongly infringes the right to liberty".', "motion"),
    ('"The plan is wrong," Smith and Jones said. It argues the plan "wrongly infringes the right to liberty".',
     None),  # two people are no it
    ('The Times reported on Monday. It said the plan "wrongly infringes the right to liberty".', "Times"),
    ('Crowds gathered in Washington on Monday.\n\n"We are here to stay," it said.', None),  # many crowds
])
def test_it_stands_for_no_pair_and_no_group_of_many(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"The broader impact will be substantial," the IMF said. Growth is expected to slow. "The fishing industry has '
     'been devastated," the report said.', "IMF report"),
    ('The IMF met on Monday. Growth is expected to slow. "The fishing industry has been devastated," the report '
     'said.', "report"),  # no body quoted before it
    ('"The broader impact will be substantial," the IMF said. The World Bank expects growth to slow. "The '
     'fishing industry has been devastated," the report said.', "report"),  # another body acting since
    ('"The broader impact will be substantial," the IMF said. Growth at the World Bank is expected to slow. "The '
     'fishing industry has been devastated," the report said.', "IMF report"),  # one named after `at the` does not
    # act
])
def test_the_report_after_a_bodys_quotation_is_that_bodys(text, speaker):
    assert quotes_of("Sri Lanka counts the cost\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Stone was speaking in an interview.\n\nStated Stone:\n\n"I think that the stakes are so high."', "Stone"),
    ('State Sen. Lee Bright, a supporter, suggested he favoured "single-payer health care" in the past.',
     "Lee Bright"),  # `State` a word of the title, no cue
    ('The server was set up in 2009.\n\nClinton has since apologized for what happened: "Yes, I should have used '
     'two email addresses, one for personal matters and one for my work."', "Clinton"),
])
def test_an_opening_past_cue_before_a_name_and_a_verb_after_has_since_attribute_the_quotation(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"Mexicans deserve respect," Pena Nieto said.\n\nDonald Trump almost seemed to agree. "Illegal immigration is a '
     'problem for Mexico as well as for us," he said.', "Donald Trump"),
    ('"Mexicans deserve respect," Pena Nieto said.\n\nDonald Trump seemingly agreed. "Illegal immigration is a '
     'problem for Mexico as well as for us," he said.', "Donald Trump"),
    ('"Mexicans deserve respect," Pena Nieto said.\n\nBut back on American soil, Donald Trump returned to his familiar '
     'lines: "It is called America First! There will be no amnesty!"', "Donald Trump"),
])
def test_a_subject_before_an_adverb_and_a_verb_ending_its_sentence_is_the_next_hes(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Commenting on the decision, a Scottish Labour Party spokesman said: "This should mean he does not breach the '
     'rules."\n\nNicola Sturgeon accused Mr McLetchie of failing his constituents. Ms Sturgeon said: "I think this '
     'has been very damaging." She added that she would not "lose any sleep over it". Peter Misselbrook, executive '
     'partner of Tods Murray said Mr McLetchie had been considering retirement. He added: "David has decided that '
     'this announcement should be made now."', "Peter Misselbrook"),
    ('World number one Lindsay Davenport has criticised Wimbledon.\n\nReacting to a comment by All England Club '
     'chairman Tim Phillips, the American said: "I think it is highly insulting."', "Lindsay Davenport"),
])
def test_a_role_and_its_body_left_without_a_closing_comma_before_said_end_the_appositive(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Sixth-form teacher Barney Oram teaches games at the course he runs.\n\nDr Andrew Burn, associate director of '
     'the Centre for the Study of Children, Youth and Media moved to reassure parents. "Games are a legitimate '
     'cultural form," he said.', "Andrew Burn"),
    ('Sixth-form teacher Barney Oram teaches games at the course he runs.\n\nHe met Dr Andrew Burn, associate '
     'director of Acme Games based in London. "Games are a legitimate cultural form," he said.', "Barney Oram"),
])
def test_a_role_and_its_body_left_without_a_closing_comma_before_a_past_verb_end_the_appositive(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_acronym_ending_a_sentence_ends_the_name_run():
    text = ('Production will shift to China, sources close to the negotiations tell the FT. But Rover told BBC News '
            'that reports of job cuts were "speculation".')
    assert quotes_of(text)[0][1] == "Rover"


@pytest.mark.parametrize("text, speaker", [
    ('Latest Opera browser gets vocal\n\nThe voice features are only available in the Windows version. Opera can '
     'also magnify text and users can create "style sheets that are read aloud", its developers said.',
     "Opera's developers"),  # the sentence's subject, not the name just before; `Latest` no part of it
    ('Intel filed a document with the Supreme Court this month. It summed up the attitude of many firms in its '
     'submission which states that its products "are essentially tools, that like any other tools, can be misused".',
     "Intel's submission"),
])
def test_its_owner_is_the_body_that_is_the_paragraphs_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, cue", [
    ('Mr Clarke, who took on the post on Thursday after David Blunkett quit, has rejected calls to "pause" on the '
     'bill.', "rejected"),
    ('Actor Jamie Foxx - who is nominated for an Oscar for playing Charles - dedicated the song to "all of my old '
     'friends who are here tonight".', "dedicated"),
])
def test_the_cue_of_a_subject_is_its_verb_past_a_long_relative_clause(text, cue):
    assert quotes_of(text)[0][3] == cue


@pytest.mark.parametrize("text, speaker", [
    ('Lord Butler said Mr Blair bypassed the Cabinet. The prime minister\'s official spokesman said the Cabinet was '
     'still used. But he added: "You cannot, in a modern government, take every decision in Cabinet."',
     "prime minister's official spokesman"),
    ('Later the prime minister\'s spokesman was asked by journalists about the language. The spokesman said: "The '
     'person you are referring to is capable of speaking for himself."', "prime minister's spokesman"),
])
def test_someones_spokesperson_reporting_is_the_he_who_adds_and_the_spokesman_after(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_subject_before_though_and_a_cue_with_an_object_of_its_own_starts_a_new_sentence():
    text = ('Venus Williams lost in the first round.\n\nSania Mirza is remaining confident. "She is a great player," '
            'she said. "But everyone is beatable and I am looking forward to a great match." Williams though blamed '
            'her defeat on injuries. "Blisters were a factor, but mostly my stomach was not that great," she said.')
    assert [speaker for _, speaker, _, _ in quotes_of(text)] == ["Sania Mirza", "Sania Mirza", "Venus Williams"]


@pytest.mark.parametrize("text, speaker", [
    ('Michael Howard spoke first.\n\nBut Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. "The '
     'Conservatives are committed to cutting spending," he said.', "Paul Boateng"),
    ('Aerospace group EADS Thomas Enders said the orders were strong. "Orders are strong," he said.',
     "Thomas Enders"),
    ('"Orders are strong," said Hewlett-Packard CEO Carly Fiorina.', "Carly Fiorina"),  # a role's acronym, a title
])
def test_an_offices_domain_or_a_bodys_acronym_before_a_given_name_is_no_part_of_the_name(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, subject", [
    ("Melissa Roloson supports Democrat Hillary Clinton in the race.", "Melissa Roloson"),
    ("US coach Patrick McEnroe wants Roddick to play on clay.", "US coach Patrick McEnroe"),
    ("Chelsea boss Jose Mourinho said it.", "Chelsea boss Jose Mourinho"),
    ("The MPs found EDS systems failed.", "The MPs"),
    ("Clinton began Sunday with a tweet.", "Clinton"),
])
def test_a_lowercase_s_word_or_an_irregular_past_after_a_name_is_its_verb_and_ends_the_subject(text, subject):
    tokens = tokenize(text, [])
    assert " ".join(t.text for t in sentence_subject(tokens, 0, len(tokens)).tokens) == subject


def test_a_subject_whose_irregular_past_finding_holds_the_quotation_is_its_speaker():
    text = 'The MPs found American IT giant EDS\' £456m system was "nowhere near being fully functional".'
    assert quotes_of(text)[-1][1:] == ("MPs", "The MPs", "found")


def test_its_owner_may_be_a_name_no_one_marked_as_a_body():
    text = ('Opera browser gets vocal\n\nNet browser Opera 8.0, due for release next month, will be "the most '
            'accessible browser on the market", according to its authors.')
    assert quotes_of(text)[-1][1] == "Opera's authors"


def test_a_dash_and_a_name_straight_before_a_quotation_head_each_reaction_in_a_list():
    text = ('- Bolton boss Sam Allardyce "I am bitterly disappointed with the result. "We allowed them to heap too '
            'much pressure on us, and in the end we cracked." - Newcastle boss Graeme Souness "We deserved the win." '
            'Newcastle: Given, Carr, Boumsong.')
    assert [q[1:] for q in quotes_of(text)] == [("Sam Allardyce", "Sam Allardyce", "-")] * 2 + [
        ("Graeme Souness", "Graeme Souness", "-")]


@pytest.mark.parametrize("text", [
    "Golf\n\n“The Fake News said I played golf today.” — Donald J. Trump (@realDonaldTrump) January 1, 2020",
    "Golf\n\n“The Fake News said I played golf today.”\n\n— Donald J. Trump (@realDonaldTrump) January 1, 2020",
])
def test_an_embedded_posts_signature_names_its_writer_before_the_handle_and_the_date(text):
    assert [q[1] for q in quotes_of(text)] == ["Donald J. Trump"]


def test_a_quotation_goes_on_past_an_advertisement_line_between_its_paragraphs():
    source = ('Budget row\n\n"We will not raise taxes this year," said Philip Hammond.\n\nAdvertisement\n\n'
              '"Families need certainty."')
    passages = annotate(parse_document(source.encode(), "a.txt"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [
        ("We will not raise taxes this year,", "Philip Hammond"), ("Families need certainty.", "Philip Hammond")]


@pytest.mark.parametrize("announcement, speaker", [
    ("Transcript as follows:", "John Kasich"),
    ("Full text:", "John Kasich"),
    ("Here is the full transcript:", "John Kasich"),
    ("Reporters asked the governor's staff:", "reporters"),  # someone new asks
])
def test_a_line_announcing_a_text_lets_the_last_speakers_words_go_on(announcement, speaker):
    text = ('Kasich speaks\n\nAfter winning Ohio, Gov. John Kasich said, "I am ready."\n\n' + announcement +
            '\n\n"Tonight we arrived in Cleveland, and people started to cheer."')
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("dateline", ["", "LONDON (Reuters) - ", "BEDFORD, N.H. (AP) — "])
def test_a_datelines_lead_is_read_as_the_lead_itself(dateline):
    title = "Sanders' 'endorsement' for some."
    text = (f"{title}\n\n{dateline}Last month, when I asked Bernie Sanders if he would ever endorse Hillary Clinton, he "
            'looked straight into my iPhone camera, furrowed his brow and said, "I\'m gonna endorse YOU!"')
    assert quotes_of(text, title=title) == [("I'm gonna endorse YOU!", "Bernie Sanders", "he", "said")]


def test_capitals_and_a_dash_that_no_sentence_follows_are_no_dateline():
    text = ('Fatboy Slim\n\nDJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead, but has admitted it '
            'is currently going through a "fallow patch".')
    assert [q[1] for q in quotes_of(text)] == ["Norman Cook"]


@pytest.mark.parametrize("lead", [
    "Opposition leader Michael Howard has said the prime minister truanted from school.",
    "LONDON (Reuters) - Opposition leader Michael Howard has said the prime minister truanted from school.",
    "LONDON, Jan 5 (Reuters) — Opposition leader Michael Howard has said the prime minister truanted from school.",
])
def test_a_headline_quotation_takes_its_source_from_the_lead_past_a_dateline(lead):
    text = f"Blair 'truanted to play snooker'\n\n{lead}"
    assert quotes_of(text, title="Blair 'truanted to play snooker'")[0][:2] == ("truanted to play snooker",
                                                                                  "Michael Howard")


def test_a_headline_quotation_takes_its_source_from_the_lead_past_a_byline_and_its_second_line():
    source = ("Rank 'set to sell off film unit'\n\nBy Jane Doe\n\nBBC News\n\nLeisure group Rank could unveil plans "
              "to demerge its film services unit and sell its media business, reports claim.")
    passages = annotate(parse_document(source.encode(), "rank.txt"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [("set to sell off film unit", "reports")]


@pytest.mark.parametrize("name, markup", [
    ("r.md", "# Newcastle 2-1 Bolton\n\nNewcastle came from behind.\n\n- Bolton boss Sam Allardyce \"I am bitterly "
             "disappointed with the result.\" \"We allowed them to heap too much pressure on us.\"\n"
             "- Newcastle boss Graeme Souness \"We deserved the win in the end.\"\n"),
    ("r.html", "<html><body><h1>Newcastle 2-1 Bolton</h1><p>Newcastle came from behind to beat Bolton on Sunday.</p><ul>"
               "<li>Bolton boss Sam Allardyce \"I am bitterly disappointed with the result.\" \"We allowed them to heap "
               "too much pressure on us.\"</li><li>Newcastle boss Graeme Souness \"We deserved the win in the end.\"</li>"
               "</ul></body></html>"),
])
def test_a_list_item_whose_dash_the_markup_took_heads_its_reaction_with_the_name_before_it(name, markup):
    passages = annotate(parse_document(markup.encode(), name))
    assert [(q.speaker, q.cue) for p in passages for q in p.quotes] == [("Sam Allardyce", "-")] * 2 + [
        ("Graeme Souness", "-")]


@pytest.mark.parametrize("text, speakers", [
    ("Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting.", []),  # a headline runs on
    ("Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Democratic Convention.", []),  # past it
    ('In Washington "Tax cuts come first for the new Congress."', [None]),  # a place after a preposition
    ('Mr Smith "Tax cuts come first for the new Congress."', ["Smith"]),
])
def test_a_name_opening_a_paragraph_heads_only_a_quotation_that_ends_it(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("We are in a new phase now, argues Mr Nick Donofrio, Industry Week's Technology Leader of the Year. The hype is "
     'over.\n\n"In the dotcom era, there was something jumping up in your face every five minutes."', "Nick Donofrio"),
    ('The phone is the future, says analyst Tom Ward.\n\n"People want it."', "Tom Ward"),
])
def test_a_paragraph_that_reports_someone_with_a_closing_inverted_cue_gives_the_next_quotation_its_speaker(
        text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We will list," said Arsenal vice-chairman David Dein.\n\nMr Dein said that he feared there might now be too '
     'many games being shown. Since 1992, Premiership clubs have seen their income from television soar. "Television '
     'has been the driving force."', "David Dein"),
    ('Arsenal vice-chairman David Dein arrived.\n\nThe league has grown. Since 1992, Premiership clubs '
     'have seen their income from television soar. "Television has been the driving force."', None),
])
def test_a_sentence_with_no_one_to_speak_leaves_the_quotation_after_it_to_whom_the_sentence_before_reports(
        text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('That record prompted the atlas, which examines bellwether states and counties, to state, "Vigo County is the '
     'most prominent bellwether of presidential elections in the country."', ("atlas", "the atlas", "state")),
    ('The mayor warns and insists: "We will not close the library."', ("mayor", "The mayor", "warns")),
])
def test_an_s_word_listed_with_a_lowercase_plural_is_a_noun_not_a_cue(text, expected):
    assert quotes_of(text)[-1][1:] == expected


@pytest.mark.parametrize("text, expected", [
    ('President Barack Obama said he expected that Americans will say "no" to the policies.',
     ("Barack Obama", "President Barack Obama", "said")),
    ('Wasserman Schultz said in her remarks that the platform should reiterate the support for "stalwart allies."',
     ("Wasserman Schultz", "Wasserman Schultz", "said")),
    ('Will had nothing but praise for the speech, which Will claims affirmed "the foundational belief."',
     ("Will", "Will", "claims")),  # a name, not a modal
])
def test_words_someone_is_expected_to_say_in_a_clause_are_the_main_clauses_speakers(text, expected):
    assert quotes_of(text)[-1][1:] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Anthony Anton, president and CEO of Washington Restaurant Association stated, "It is a math problem."',
     "Anthony Anton"),
    ('"The Bank may well consider that the balance of risks has changed," said Howard Archer, economist at Global '
     'Insight. Howard Archer, economist at Global Insight said the Bank "may well consider" it.', "Howard Archer"),
])
def test_a_role_after_the_name_that_opens_the_sentence_and_no_closing_comma_is_the_names(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_name_before_who_is_and_a_role_placed_in_a_city_and_state_is_the_speaker():
    text = ('Kevin Swanson hosts a radio show.\n\nSwanson, who is a pastor at the Reformation Church of Elizabeth, '
            'Colorado, slammed the Girl Scouts for promoting "lesbianism, abortion and contraception."')
    assert quotes_of(text)[-1][1:] == ("Kevin Swanson", "Swanson", "slammed")


def test_a_capitalised_tweeted_after_a_name_is_a_cue_not_part_of_the_name():
    text = '"Not us but can\'t argue with it!" Murphy, the head of Right to Rise USA, Tweeted on Friday.'
    assert quotes_of(text)[-1][1:] == ("Murphy", "Murphy", "Tweeted")


@pytest.mark.parametrize("text, speakers", [
    ('"Should there be a database system?" a reporter can be heard asking Trump after an event in Iowa.',
     [("reporter", "a reporter", "asking")]),
    ('"Lock her up!" the crowd was heard chanting.', [("crowd", "the crowd", "chanting")]),
])
def test_someone_heard_asking_or_saying_after_a_quotation_speaks_it(text, speakers):
    assert [q[1:] for q in quotes_of(text)] == speakers


def test_an_epithet_stands_for_a_person_named_not_for_a_description_that_spoke():
    text = ('"Should there be a database system?" a reporter asked after an event in Iowa.\n\n'
            '"There should be a lot of systems," the businessman replied.')
    assert [q[1] for q in quotes_of(text)] == ["reporter", "businessman"]


def test_a_participle_joined_by_and_to_an_earlier_one_shares_its_subject():
    text = ('Republicans were quick to chime in, with Donald Trump tweeting that it was a "disaster" for Clinton and '
            'asking, "How can someone with such bad judgement be our next president?"')
    assert [q[1] for q in quotes_of(text)] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize("text, speakers", [
    ('A warm-up band called Sophistafunk got the crowd to cheer for "President Bernie Sanders."', []),
    ('Sanders\' campaign called AP\'s report a "rush to judgment," because superdelegates can change their minds.',
     ["Sanders's campaign"]),  # a possessive name owns what is called: the campaign calls it
])
def test_called_before_a_name_and_a_finite_verb_names_and_makes_no_speaker(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Tony Blair spoke first.\n\nMr Blair told Labour members the Tories offered a "hard right agenda".', "Tony Blair"),
    ('Southcorp said Foster\'s A$4.17-a-share takeover proposal offered a "excellent strategic fit" but undervalued '
     'the company.', "Southcorp"),
])
def test_offering_something_is_no_speech_and_leaves_the_quotation_to_the_reporter(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_what_someone_sees_as_a_phrase_is_theirs_not_the_subject_of_an_earlier_verb():
    text = ('Some in podcasting also worry that too much attention may turn what they see as the "anti-radio" into '
            'something more like conventional broadcasting.')
    assert quotes_of(text) == [("anti-radio", None, "they", "see")]


@pytest.mark.parametrize("text", [
    'The Commission\'s controversial 2002 ruling gave "protected designation of origin" status to feta cheese.',
    'A memo from May 2012 concluded the firm acted for a "foreign principal" at the time.',
])
def test_a_phrase_that_ends_on_a_year_is_no_speaker(text):
    assert [q[1] for q in quotes_of(text)] == [None]


def test_a_name_after_around_or_across_is_a_place_passed_not_a_subject():
    text = ('Hillary Clinton is telling customers that "I need you tomorrow."\n\nMaking her way around Chez Vachon, '
            'Clinton and husband Bill, thanked another diner. She says, "With your help, we can do it."')
    assert quotes_of(text)[-1][1] == "Hillary Clinton"


@pytest.mark.parametrize("text, speaker", [
    ('Judges row\n\nThe "best person for the job" should be appointed, the courts minister has told MPs.\n\n"The lord '
     'chancellor no more needs to be a lawyer," said courts minister Christopher Leslie.', "Christopher Leslie"),
    ('Japan slows\n\n"The economy is at a pause but unlikely to fall", the economy minister said. "Growth will '
     'continue," said economy minister Heizo Takenaka.', "Heizo Takenaka"),
])
def test_a_ministrys_domain_in_lowercase_before_a_name_titles_the_holder_of_that_office(text, speaker):
    assert quotes_of(text, title=text.split("\n")[0])[0][1] == speaker


@pytest.mark.parametrize("opening, description, speaker", [
    ("President Emmanuel Macron", "the president", "Emmanuel Macron"),
    ("Prime Minister Keir Starmer", "the prime minister", "Keir Starmer"),
])
def test_a_short_sentence_in_title_case_keeps_the_office_before_a_name(opening, description, speaker):
    text = (f'{opening} met Paul Kagame in Kigali.\n\n'  # most of its words capitalised, as a headline's are
            f'"Peace is possible," {description} said.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("titled", ["Prime Minister Sir Keir Starmer", "Sir Keir Starmer, the prime minister,"])
def test_the_pm_is_the_prime_minister(titled):
    text = (f'{titled} has defended the budget.\n\nRishi Sunak attacked it.\n\n'
            '"We are not going back to austerity," the PM said.')
    assert [q[1:3] for q in quotes_of(text)] == [("Keir Starmer", "the PM")]


@pytest.mark.parametrize("titled, speaker", [
    ("White House press secretary Karoline Leavitt", "Karoline Leavitt"),  # `press` qualifies the office
    ("Foreign Secretary David Lammy", "press secretary"),  # another portfolio: someone else
])
def test_a_press_secretary_is_the_one_titled_so_and_no_other_secretary(titled, speaker):
    text = (f'{titled} spoke to reporters on Monday.\n\n'
            '"He is a man of his word," the press secretary added.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Jose Mourinho said: "I have to defend what is mine."\n\n"I have been managing for five years." Barcelona star '
     'Ronaldinho admitted: "I think that it is going to be a difficult match."',
     ["Jose Mourinho", "Jose Mourinho", "Ronaldinho"]),
    ('"It was a very easy decision to make," the 34-year-old told the website. "The attraction was to play." Canaries '
     'boss Nigel Worthington added: "I\'m delighted."', ["34-year-old", "34-year-old", "Nigel Worthington"]),
    ('Clinton responds to Mills with, "Why now? That was on my way to Libya?" Mills then writes back, "You look cute."',
     ["Clinton", "Mills"]),
    ('Sen. David Perdue said he did not believe it.\n\n"It is not what worked in 2012," he said. "What works is the '
     'economy." Campaign spokesman Jason Miller added, "Success is not bad."',
     ["David Perdue", "David Perdue", "Jason Miller"]),
])
def test_a_cue_with_a_colon_or_comma_after_a_closed_quotation_opens_the_next_one(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_lone_word_stands_for_a_full_name_it_opens_only_once_that_is_named_unless_a_given_name():
    paragraphs = ("Yahoo at 10", 'Yahoo has reached the age of 10. Yahoo said it was "glad".',
                  "Search will be a key focus, as will making Yahoo Messenger available on mobiles.",
                  "Serena wins", "Serena Williams won in Paris.")
    mentions = [m for n, text in enumerate(paragraphs) for m in find_names(n, text, [])]
    names = Names(mentions, Lowercase(paragraphs))
    assert [names.canonical(("Yahoo",), (1, 0)), names.canonical(("Yahoo",), (2, 60)),
            names.canonical(("Serena",), (3, 0))] == ["Yahoo", "Yahoo Messenger", "Serena Williams"]


@pytest.mark.parametrize("text, speakers", [
    ('Anne Robinson spoke.\n\nMs Robinson, who presents The Weakest Link tells Cockerell: "I used to sit on my hands." '
     'The film shows Michael Howard playing table tennis with his wife, ex-model Sandra. Asked if she enjoys it, she '
     'confesses: "It would be more enjoyable if I could win."', ["Anne Robinson", "Sandra"]),
])
def test_a_name_before_who_and_no_closing_comma_speaks_and_a_wife_named_since_is_she(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Steve Jobs said: "It is great." Ian Harris, deputy editor of Mac Format, said the machine would appeal to '
     'PC owners.\n\n"They want a further taste of Mac." Harris added: "Apple is keen."', "Ian Harris"),
    ('"It is great," said Steve Jobs. The film\'s director Peter Chelsom said he was disappointed.\n\n"It\'s a shame. '
     'I know she\'s not well."', "Peter Chelsom"),
    ('"The make-up lines showed up," explains Mr Rick Dean. The restoration of the older episodes revealed some '
     'interesting items too.\n\n"There are scans of a corridor."', "Rick Dean"),  # a restoration reports nothing
])
def test_a_report_after_the_paragraphs_last_quotation_gives_the_next_paragraphs_opening_quotation(text, speaker):
    assert [q[1] for q in quotes_of(text) if "Apple is keen" not in q[0]][-1] == speaker


def test_a_he_after_a_sentence_that_closes_on_he_said_is_not_who_that_sentence_names():
    text = ('"Not many people talk about the years before 1997 as the good old days," election supremo Alan Milburn '
            'declared.\n\nAnd Tony Blair would be in the very front line of that campaign, he said. "Between now and '
            'the election the prime minister will be spending more time out of London," he promised.')
    assert [q[1] for q in quotes_of(text)] == ["Alan Milburn", "Alan Milburn"]


@pytest.mark.parametrize("text, speaker", [
    ('Nigel Worthington added: "He gives us experience." Graham Stuart has played for Everton. He joins Norwich, but '
     'Stuart is confident. "I\'ve been very impressed," he added.', "Graham Stuart"),  # the story turned to Stuart
    ('Peter Nielson said: "He will remain suspended." He said any evidence would be looked into and Mr Houston may be '
     'interviewed. He added: "I can\'t comment."', "Peter Nielson"),  # Mr Houston in one clause only
])
def test_a_he_that_goes_on_is_the_subject_the_story_turned_to_for_two_sentences_since_anyone_spoke(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Britain's rebate is not up for renegotiation, Jack Straw said.\n\nThe foreign secretary told MPs the rebate was "
     '"entirely justified".', "Jack Straw"),  # the office opens the sentence after its holder's
    ('Gordon Brown has made an appeal after reports claimed Mr Blair went back on a pledge.\n\nThe chancellor insisted '
     'he would not be "diverted or distracted".', "Gordon Brown"),  # the main clause's subject, not Mr Blair
    ('Apologies are over, Gordon Brown has said.\n\nThe chancellor, speaking in Africa, said Britain was proud. The '
     'chancellor said: "We make this offer unilaterally."', "Gordon Brown"),  # a comma after the office
    ('Ken Livingstone says he is "standing by" his remarks. But the prime minister says it is time for Mr Livingstone '
     'to say sorry. Later the prime minister said: "A lot of us get angry."', "prime minister"),  # a contrast
    ('Reid would not say whether he would prefer that Democrats face Trump or Sen. Ted Cruz (R-Texas). The minority '
     'leader said flatly: "I don\'t think it matters."', "Reid"),  # `Sen.` ends no sentence
    ('Betsy Ebeling and her husband, Tom, were greeted by an organizer at the office.\n\n"You guys are gonna be the '
     'messengers," the organizer told them.', "organizer"),  # named as an organizer before
    ('Ruth Bader Ginsburg regrets her insults.\n\nThe justice -- who has been in a scuffle -- said she regretted them.'
     '\n\nLater the justice said she did not "want to contemplate" it.', "Ruth Bader Ginsburg"),  # a dash ends it
    ('Ruth Bader Ginsburg regrets her insults.\n\nThe Supreme Court justice said she regretted them.\n\nLater the '
     'justice said she did not "want to contemplate" it.', "Ruth Bader Ginsburg"),  # a body's name before the office
    ('Gordon Brown spoke to MPs on Monday.\n\nMr Brown said it was vital to invest. Otherwise the UK would be '
     'overtaken by China, he told MPs.\n\nThe chancellor said the changes would force "a budget surplus".',
     "Gordon Brown"),  # the sentence before has only his he
    ('Gordon Brown spoke to MPs with Ed Balls on Monday.\n\nMr Brown said it was vital to invest. Otherwise the UK '
     'would be overtaken by China, it added.\n\nThe chancellor said the changes would force "a budget surplus".',
     "chancellor"),  # a sentence of no one's between (and two the text gives no office)
])
def test_an_office_first_named_opening_the_sentence_after_its_holders_is_theirs(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_person_an_office_introduced_opens_no_other_office():
    text = ('The plans were unveiled by David Blunkett. The home secretary said targets would be set. Mr Blunkett was '
            'joined by Tony Blair. Mr Blunkett said he wanted change. The prime minister said the citizen should be '
            '"in charge".')
    assert quotes_of(text, title="Blunkett unveils policing plans")[-1][1] == "Tony Blair"  # not Blunkett: the
    # one the text gives no office


def test_a_committee_named_with_two_domains_speaks_whole_and_is_it_and_the_committee_later():
    text = ('There was an "absolute crisis" in recruitment, the Commons science and technology committee added. '
            '"Major problems" are expected, it said.\n\nThe committee said: "We are deeply concerned."')
    assert [q[1] for q in quotes_of(text)] == ["Commons science and technology committee"] * 3


def test_a_sum_inside_a_bodys_name_keeps_the_speaker_after_the_quotation():
    text = ('The "Fight for $15" movement plans to protest, the Daily Caller reports.\n\n"They have to decide," Fight '
            'for $15 organizing director Kendall Fells told Fox News 6. "They care about two things."')
    assert [q[1] for q in quotes_of(text)] == ["Kendall Fells", "Kendall Fells"]  # the movement's name is a label


@pytest.mark.parametrize("text, speaker", [
    ('"People should enjoy them," Nogar\'s son Stephen, 57, said. Nogar, who died in 1994, made tapes with Elvis '
     'Presley. "He called them his tapes," his son said.', "Stephen"),  # the son named, not Elvis Presley's
    ('"People should enjoy them," Nogar\'s stepson Stephen, 57, said. Nogar, who died in 1994, made tapes with '
     'Elvis Presley. "He called them his tapes," his stepson said.', "Stephen"),  # any relation, steps too
    ('Mr Thorne Nogar, who died in 1994, made tapes. "He called them his tapes," his son said.',
     "Thorne Nogar's son"),  # no son named: the latest man's
])
def test_his_son_is_the_son_named_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_it_after_a_named_owners_statement_is_the_owners_statement():
    text = ('Lynton Crosby spoke. Mr Howard appointed Mr Crosby as his elections chief. Mr Crosby\'s statement said: '
            '"The party has made an impact." It added: "Labour will want to distract."')
    assert quotes_of(text)[-1][1:3] == ("Lynton Crosby's statement", "It")


def test_a_given_name_the_story_uses_alone_is_not_a_full_name_named_later():
    text = ('Royal wedding\n\nCharles and Camilla are to marry. Some doubt it after Charles becomes king. Charles '
            'said they were "absolutely delighted".\n\nLib Dem leader Charles Kennedy said nothing.')
    assert quotes_of(text)[0][1] == "Charles"


@pytest.mark.parametrize("text, speaker", [
    ('"British sprinters want to be number one," Michael Johnson told Five Live. However, Linford Christie countered: '
     '"It\'s easy to criticise." Johnson had cast doubt on Darren Campbell\'s claims.\n\nAnd the American remains '
     'critical. "The only time you see them upset is at home," he said.', "Michael Johnson"),
    ('Music mogul Tony Wilson, who signed Joy Division, will produce it. The musician committed suicide in 1980. Mr '
     'Wilson, who he says asked to make the film "official", agreed.', "Tony Wilson"),  # an epithet of no he
])
def test_a_he_after_a_sentence_opened_by_an_epithet_in_its_paragraph_is_who_the_epithet_stands_for(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("headline, lead, speaker", [
    ("'UK will stand firm on EU rebate'", "Britain's rebate is not up for renegotiation, Jack Straw said.",
     "Jack Straw"),
    ("Hobbit picture 'four years away'", "Lord of the Rings director Peter Jackson has said that it will be up to "
     "four years before he starts work on The Hobbit.", "Peter Jackson"),
    ("Parties warned over 'grey vote'", "Parties cannot take older voters for granted, says Age Concern.",
     "Age Concern"),
    ("Brando 'rejected Godfather role'", "Marlon Brando is said to have turned down his role in The Godfather.",
     None),  # a passive reports no one
    ("Blind student 'hears in colour'", "A blind student has developed software that turns colours into musical notes.",
     None),  # `notes` far from the subject is no cue
    ("Turkey deal 'to help world peace'", 'The deal is of "fundamental importance" to peace, Tony Blair has said.',
     "Tony Blair"),  # a quotation inside the lead's report
    ("'More to do' on adult literacy", "The government will only hit its target if courses are made more "
     "attractive, a report says.", "report"),  # writing that reports
    ("Angels 'favourite funeral song'", "Angels is the song Britons would most like played at their funeral, a "
     "survey has suggested.", "survey"),
    ("Mobiles 'not media players yet'", "Mobiles are not yet ready to replace media players, say two reports.",
     "reports"),  # an inverted cue before lowercase words
    ("P2P 'here to stay'", "Peer-to-peer networks are here to stay, says a panel of industry experts.",
     "panel of industry experts"),
    ("Women 'earn less than men'", "Women in Britain still earn far less than men, says research.", "research"),
    ("Games firms 'face tough future'", "UK video game firms face a testing time, the industry warns.", "industry"),
    ("Nuclear strike 'key terror risk'", "The UK cannot prevent all terror attacks, says a top academic.",
     "top academic"),  # a word for a person
    ("Worldcom boss 'left books alone'", "Bernie Ebbers never made accounting decisions, a witness has told jurors.",
     "witness"),
    ("Voters 'reject EU by two to one'", "British voters would reject the constitution by two to one, according to "
     "a poll posing the question the government will put.", "poll"),  # the source ends before a participle
    ("UK 'world's biggest music buyer'", "UK consumers are the biggest music buyers, according to new figures released "
     "on Tuesday by the British Phonographic Industry (BPI).", "British Phonographic Industry (BPI)"),  # who released them
    ("Women in film 'are earning less'", "Women in the UK film industry earn less than men, according to a study "
     "released on Wednesday.", "study"),
    ("Alfa Romeos 'to get GM engines'", "Fiat is to stop making petrol engines for Alfa Romeo, unions at the "
     "Italian carmaker have said.", "unions at the Italian carmaker"),  # people, by the head before `at`
    ("School sport 'is back', says PM", 'Tony Blair has promised that "sport is back" as a priority for schools.',
     "Tony Blair"),  # a role in the headline is the person the lead reports
    ("CSA 'could close', says minister", "Ministers would not rule out scrapping the agency, Work and Pensions "
     "Secretary Alan Johnson has warned.", "Alan Johnson"),
    ("Blair 'said he would stand down'", "Tony Blair promised Gordon Brown he would stand down, a new book about the "
     "chancellor claims.", "new book about the chancellor"),  # the closing cue reports the sentence
    ("Small firms 'hit by rising costs'", "Rising costs are hitting small manufacturers, business lobby group the CBI "
     "says.", "CBI"),  # the name lowercase words describe
    ("Games help you 'learn and play'", "'God games' in which players control virtual people could be educational, "
     "says research. The games help people learn.", "research"),  # `Games`, a word the story writes, names no one
    ("Voters 'don't trust politicians'", "Eight in 10 voters do not trust politicians, a poll for the BBC suggests.",
     "poll"),  # the poll, not whom it was made for
    ("Lib Dems 'to target stamp duty'", "The Liberal Democrats are promising to raise the stamp duty threshold.",
     "Liberal Democrats"),  # a progressive cue is finite
    ("Continental 'may run out of cash'", "Shares in Continental Airlines have tumbled after the firm warned it could "
     "run out of cash.", "Continental Airlines"),  # the report of an `after` clause, when the main clause has none
    ("Brown 'proud of economy record'", "Gordon Brown has delivered a rousing speech to Labour's spring conference.",
     "Gordon Brown"),  # a speech given
    ("UK 'needs true immigration data'", "A former Home Office minister has called for an independent body to monitor "
     "immigration.", "former Home Office minister"),  # called for
    ("Jugnot 'tops French actor league'", "Actor Gerard Jugnot has beaten Gerard Depardieu to become France's best-paid "
     "actor.", None),  # no speech in the lead
    ("US bank boss hails 'genius' Smith", "US Federal Reserve chairman Alan Greenspan has given a speech in honour of "
     "the economist, Adam Smith.", "Alan Greenspan"),  # the role in the headline is whom the lead's speech gives
    ("US bank boss hails 'genius' Smith", "US Federal Reserve chairman Kavun Kibuni has given a speech in honour of "
     "the economist, Adam Smith.", "Kavun Kibuni"),  # whatever the given name: an office makes a person of him
    ("Bank boss hails 'genius' Smith", "Kibuni Holdings has given a speech in honour of the economist, Adam Smith.",
     "Bank boss"),  # a body: the role as written
    ("Golden rule 'intact' says ex-aide", 'Chancellor Tom Fetun will meet his golden rule "with a margin to spare", '
     "according to his former chief adviser.\n\nFormerly one of Mr Fetun's closest aides, Ed Balik hinted at a "
     "giveaway.", "Ed Balik"),  # a former holder of the role (was ex-aide)
    ("Ex-PM slams 'shameful' closure", "Former prime minister Zugo Kesan said the move was a disgrace.", "Zugo Kesan"),
    ("'Landmark movies' of 2004 hailed", "US film professionals have declared two films the milestones of 2004.",
     "US film professionals"),  # declare reports
    ("Elvis 'set for chart hat-trick'", "Elvis Presley is likely to score his third number one single, according to "
     "early sales figures.", "early sales figures"),
    ("Fannie Mae 'should restate books'", "Fannie Mae should restate its earnings, watchdogs have said.", "watchdogs"),
    ("Verizon 'seals takeover of MCI'", "Verizon has won a takeover battle for MCI, reports say.", "reports"),
    ("Hansen 'delays return until 2006'", "Ashia Hansen has ruled out a comeback this year, according to reports.",
     "reports"),  # reports before a cue or after `according to` is the noun
    ("China 'blocks Google news site'", "China has been accused of blocking access to Google News by the media "
     "watchdog, Reporters Without Borders.", "Reporters Without Borders"),  # who acts in a passive cue's by
    ("Blair 'to quit' claim dismissed", 'Claims that Tony Blair will quit have been described as "idle speculation" '
     "by Downing Street.", None),  # the agent answers the claim; the headline quotes the claim
    ("Minister 'will not quit' over row", "The home secretary, David Blunkett, says he will not resign.",
     "David Blunkett"),  # the name set off after the description that opens the lead
])
def test_a_headline_quotation_is_whose_report_opens_the_lead(headline, lead, speaker):
    assert quotes_of(f"{headline}\n\n{lead}", title=headline)[0][1] == speaker


@pytest.mark.parametrize("lead, expected", [
    ("A virus is being spread by e-mail. Experts say it is a threat to security.", (None, None, None)),
    ("The FBI is warning that a virus is being spread by e-mail. Experts say it is a threat to security.",
     ("FBI", "The FBI", "warning")),  # then the lead's report gives it
])
def test_a_headline_word_the_story_writes_in_lowercase_is_no_speaker_mention(lead, expected):
    headline = "Security warning over 'FBI virus'"
    assert quotes_of(f"{headline}\n\n{lead}", title=headline)[0][1:] == expected


@pytest.mark.parametrize("lead", ["", ".", '"Hi," he said.', "Xyz"])
def test_a_headline_quotation_before_a_lead_that_reports_no_one_keeps_no_speaker(lead):
    headline = "Blair 'up for it'"
    assert quotes_of(f"{headline}\n\n{lead}", title=headline)[0][1:3] == (None, None)


def test_two_domains_joined_by_and_before_a_body_word_name_one_body():
    text = ('"Conditions are unfavourable," the Finance and Economy Ministry said. It blamed "uncertainties". Tony '
            'Blair and Foreign Office officials met. "We agree," the ministry said.')
    assert [q[1] for q in quotes_of(text)] == ["Finance and Economy Ministry"] * 3


@pytest.mark.parametrize("text, speaker", [
    ('"It is a disaster," Friends of the Earth said.', "Friends of the Earth"),
    ('Friends of the Earth criticised the plan. "It is a disaster," it said.', "Friends of the Earth"),
    ('Physicians for Human Rights said the report was "damning".', "Physicians for Human Rights"),
    ('Critics of the plan said it was "a disaster".', "Critics of the plan"),  # lowercase after: people described
])
def test_a_plural_for_people_before_of_or_for_and_a_capitalised_name_is_one_bodys_name(text, speaker):
    assert [q[1] for q in quotes_of("Green row\n\n" + text)] == [speaker]


def test_two_domains_joined_by_and_after_a_capitalised_the_still_name_one_body():
    text = 'Exam row\n\nThe Qualifications and Curriculum Authority has told the government not to "compromise".'
    assert [q[1] for q in quotes_of(text)] == ["Qualifications and Curriculum Authority"]


@pytest.mark.parametrize("text, speaker", [
    ('Mike Friday\'s England side won. "We have wanted to win," said Friday.', "Mike Friday"),  # a surname
    ('"We will act," said Tony Blair Friday.', "Tony Blair"),  # a day after a name
    ('"We will act," the White House said Friday.', "White House"),
])
def test_friday_after_a_cue_is_a_surname_the_story_names_but_a_day_after_a_name(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    '"He is reprising that role," said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell.',
    '"He is reprising that role," said former Pennsylvania governor and Democratic National Committee Chairman Ed '
    'Rendell.',  # ten words: the name under way runs on
])
def test_a_title_and_a_second_role_before_a_name_are_the_names(text):
    speaker, mention = quotes_of(text)[0][1:3]
    assert (speaker, mention.split()[-2:]) == ("Ed Rendell", ["Ed", "Rendell"])


def test_a_one_word_name_always_written_after_a_number_keeps_it():
    text = ('US rap star 50 Cent has thrown The Game out of his crew. "He was disloyal," he said. 50 Cent\'s label '
            'agreed.')
    assert quotes_of(text)[0][1] == "50 Cent"


@pytest.mark.parametrize("text, expected", [
    ("US rap star 50 Cent said. Then 50  Cent's label agreed", ({"50"}, False)),
    ("Star 50 Cent and 10 Cent", ({"50", "10"}, False)),
    ('He said: "Cent is fine"', (set(), True)),  # after a mark: written alone
    ("Cent opened the show", (set(), True)),
    ("50 Cent Cent", ({"50", ""}, False)),  # the second's space follows the first match: nothing before it
    ("50Cent and 50 Cents", (set(), False)),  # no space before; another word
])
def test_the_words_written_before_a_name_are_read_as_their_patterns_would(text, expected):
    from whosaid.extract import _written_before

    assert _written_before("Cent", text) == expected


@pytest.mark.parametrize("text, speaker", [
    ('"My name may not be on the ballot," Mr. Obama said.\n\nMichelle Obama spoke later.', "Obama"),  # not Michelle
    ('"We will win," Mrs. Obama said.\n\nMichelle Obama spoke later.', "Michelle Obama"),
])
def test_a_titled_surname_is_no_full_name_named_later_of_the_other_gender(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"There will be no path," said one of those advisers.', "one of those advisers"),
    ('"There will be no path," said some of these voters.', "some of these voters"),
])
def test_one_of_those_after_a_closing_cue_is_the_speaker(text, speaker):
    assert quotes_of(text)[0][1:3] == (speaker, speaker)


@pytest.mark.parametrize("text, speaker", [
    ('Senior advisers who have run the numbers argue that Clinton will win "easily".', "Senior advisers"),
    ('Residents who have seen the plans say they are "appalled".', "residents"),
    ('Voters who backed Trump told reporters they are "appalled".', "voters"),
    ('The Home Office has a report on CSOs which it describes as "encouraging".', "Home Office"),  # `it` is the subject
])
def test_the_object_of_a_relative_clause_before_the_cue_is_not_its_subject(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Catherine Frazier said that Rubio\'s claim that Cruz is in favor of amnesty is "simply not true."',
     "Catherine Frazier"),  # the claim is judged, in her words
    ('Obama said Trump\'s claim that he was born abroad was "nonsense".', "Obama"),
    ('Trump repeated his claim that Cruz is "a liar".', "Trump"),  # the claim's own words
    ('Politifact checked Donald Trump\'s claim that there have been "thousands of shootings" in Chicago.',
     "Donald Trump"),  # `have been` inside the claim judges nothing
])
def test_a_claim_judged_after_its_that_clause_is_the_judges_words(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A campaign TV ad released Thursday accuses Trump of buying influence "in a pattern of sleaze".',
     "campaign TV ad"),
    ('The order released Friday said it was "final".', "order"),
])
def test_a_participle_after_a_described_noun_does_not_cut_the_subject(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_he_after_allegations_put_to_someone_is_that_person():
    text = ('Alex Ferguson and Arsene Wenger met. "I told him," Ferguson said.\n\nThe allegations were put to Wenger '
            'after the game. At first he said only: "I have been consistent."')
    assert [q[1] for q in quotes_of(text)] == ["Alex Ferguson", "Arsene Wenger"]


@pytest.mark.parametrize("text, speaker", [
    ('Analysis: No pain, no gain?\n\nHe called it his "masochism strategy" before the war and now Tony Blair has '
     'signed up for another dose.', "Tony Blair"),  # a he opening the lead, before anyone is named
    ('"I don\'t think so," he said, then Smith said the cases were different.', None),  # not opening it
])
def test_a_he_opening_a_paragraph_before_anyone_is_named_is_who_its_sentence_goes_on_to_name(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Two analysts, Patrick Megahan and Chris Harman, found in 2014 that the air force is "the best in the world".',
     "Patrick Megahan and Chris Harman"),
    ('A 2014 House Intelligence Committee report found "no evidence" of wrongdoing.',
     "2014 House Intelligence Committee report"),
    ('A GAO report released last year found that money was coming from "the drug trade."', "GAO report"),
    ('He spoke.\n\nSmith was found guilty of "gross misconduct and breaching the rules of the club".', None),  # a verdict
    ('"We always hear the views of stars," Ms Madden said. "Less successful artists are rarely heard." The survey '
     'found that musicians were positive.', "Madden"),  # a finding of its own after a closed quotation
])
def test_what_someone_found_that_is_in_their_words(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_quotation_that_is_a_saying_goes_on_from_no_one():
    text = ('Nevertheless, a survey found that attitudes reflect fears. '
            '"In 2030, we will all wake up speaking Chinese," is one common saying here.')
    assert [q[1] for q in quotes_of(text)] == [None]


def test_a_cue_after_a_closed_quotation_that_reports_on_sunday_that_is_a_new_report():
    text = ('"It is a sense of displacement," said Alan Abramowitz. "Elect me and we will have a leader." Priebus told '
            'Fox News on Sunday that Trump appreciates the need to do better.')
    assert [q[1] for q in quotes_of(text)] == ["Alan Abramowitz"] * 2


@pytest.mark.parametrize("answer", ["Rubio disagreed.", "Rubio countered.", "Rubio objected."])
def test_an_answering_cue_after_a_closed_quotation_is_no_report_of_it(answer):
    text = f'"It is over," said Christie. "That is what Congress is." {answer} "It is not," he said.'
    assert [q[1] for q in quotes_of(text)] == ["Christie", "Christie", "Rubio"]


@pytest.mark.parametrize("text, speaker", [
    ('Giuliani wore a Donald Trump campaign hat reading, "Make Mexico Great Again Also" on Wednesday.',
     "Donald Trump campaign hat"),
    ('Lori Bernstein held up a sign saying "Jews Against Trump - Because We\'ve Seen This Before."', "sign"),
    ('In Hanover, they will hold banners proclaiming: "Yes we can - Stop TTIP!"', "banners"),
    ('Sanders told the paper Clinton was "dragging her feet". This prompted the tabloid to do a cover saying "Don\'t '
     'be a Bum, Hil!"', "cover"),
    ('He issued a statement saying "we will win".', None),  # a statement is his, not a thing bearing words
    ('One Arizona Department of Transportation sign read: "Trust in the Force, but always buckle up."',
     "Arizona Department of Transportation sign"),  # `read`, its past as its base form
    ('The banners read "Yes we can - Stop TTIP!"', "banners"),
])
def test_words_a_sign_or_hat_reads_are_the_signs(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The ad opens on a scene in which children use a Trump action figure to bash a dollhouse, yelling "eminent '
     'domain!"', "children"),
    ('Clinton spoke near the hotel, where about 50 protesters had gathered, chanting "Lock her up!"', "about 50 protesters"),
])
def test_a_participle_after_an_in_which_or_where_clause_is_its_peoples(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Ian Pearson spoke at length. His main concern is "privacy and security". "We are looking at electronics in '
     'deep contact with your body."', "Ian Pearson"),
    ('Ian Pearson spoke at length. The main concern is "privacy and security".', None),  # no one's concern
])
def test_a_possessed_concern_that_is_a_quotation_is_the_possessors(text, speaker):
    assert {q[1] for q in quotes_of(text)} == {speaker}


@pytest.mark.parametrize("text, speaker", [
    ('Sanders was asked by host Bill Maher, who is supporting Sanders, but has previously dismissed the story, "Now, '
     'you famously said you were sick of it."', "Bill Maher"),  # the relative clause goes on after `but`
    ('Wilson has twice tried to resurrect Factory - which lasted for 14 years - but conceded these efforts had been '
     '"despondent and dismal experiences".', "Wilson"),  # a relative closed by its dash
    ('Carson praised those who left but said, "We are in a different ballgame."', "Carson"),  # a restrictive one
])
def test_a_verb_after_but_goes_on_from_a_relative_clause_set_off_by_a_comma(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("headline, lead, speaker", [
    ("Sales 'fail to boost High Street'",
     "The January sales have failed to help the High Street recover, a survey has found.", "survey"),
    ("UK 'discriminated against Roma'",
     "The government's immigration rules discriminated against Roma, the Law Lords have ruled.", "Law Lords"),
    ("Voters 'don't trust politicians'",
     "Eight out of 10 voters do not trust politicians, a new poll conducted for the BBC suggests.", "new poll"),
    ("Vouchers 'to cut winter deaths'", "Pensioners are being promised energy savings by the Liberal Democrats, as "
     "snow and cold temperatures continue.", "Liberal Democrats"),  # `continue` closes no report
])
def test_a_lead_that_closes_on_a_finding_or_ruling_gives_the_headline_quotations_speaker(headline, lead, speaker):
    assert quotes_of(f"{headline}\n\n{lead}", title=headline)[0][1] == speaker


def test_a_lead_that_quotes_and_closes_on_an_inverted_cue_gives_the_headline_its_speaker():
    headline = "Labour accused of 'EU propaganda'"
    lead = ('A "taxpayer subsidised propaganda exercise" on the EU is being used to lull the public into a false sense '
            'of security, say the Tories.')
    assert [q[1:4] for q in quotes_of(f"{headline}\n\n{lead}", title=headline)] == [
        ("Tories", "Tories", "say"), ("Tories", "the Tories", "say")]


def test_a_lead_closing_on_says_a_role_and_its_relative_clause_gives_the_headline_that_role():
    headline = "Greek sprinters 'won't run again'"
    lead = ("The careers of sprinters Kostas Kenteris and Katerina Thanou are over, says the boss of the organisation "
            "that cleared them of missing a drugs test.")
    assert quotes_of(f"{headline}\n\n{lead}", title=headline)[0][1:3] == (
        "boss of the organisation", "the boss of the organisation")


@pytest.mark.parametrize("text", [
    'The employee first said he did not recall deletions based upon his realization, but in a later interview said '
    'he had an "Oh, s---" moment.',
    'The employee first said he did not recall deletions based upon his realization, but on Monday said he had an '
    '"Oh, s---" moment.',
])
def test_a_verb_joined_by_but_after_a_short_phrase_takes_the_first_verbs_subject(text):
    assert quotes_of(text)[0][1] == "employee"


def test_a_verb_after_and_and_a_short_phrase_keeps_a_pronoun_subject_of_its_own():
    text = 'Boos rained down when Trump spoke, and at one point they reprised the chant "Lock her up!"'
    assert quotes_of(text)[0][2] == "they"


@pytest.mark.parametrize("text, speaker", [
    ('That record prompted the Atlas to state that Vigo County is "the most prominent".', "Atlas"),
    ('Fees vary from state to state, "from nothing to hundreds of dollars".', None),
])
def test_to_state_reports_what_the_subject_is_made_to_state(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('She passed around emails in a way FBI Director James Comey slammed as "extremely careless".', "James Comey"),
    ('That was a rate of progress Ms Abbott described as "painful".', "Abbott"),
    ('It was what Mayor Bill de Blasio described as "an intentional act."', "Bill de Blasio"),
    ('The law, which Congress passed as "a stopgap measure", expires.', None),  # passing is no characterising
])
def test_a_name_then_a_characterising_verb_before_as_is_who_characterises(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_name_with_two_particles_before_a_characterising_verb_is_written_whole():
    text = 'It was what Jeroen van der Veer described as "an exceptional year."'
    assert quotes_of(text)[0][1:3] == ("Jeroen van der Veer", "Jeroen van der Veer")


@pytest.mark.parametrize("text, speaker", [
    ('Rubio spoke. He was joined on the call by IIyse Hogue, president of NARAL. She said Rubio "has failed to do '
     'anything."', "IIyse Hogue"),  # a described full name of no known sex may be a she
    ('Rubio spoke. He was joined on the call by IIyse Hogue. She said Rubio "has failed to do anything."', None),
])
def test_a_she_may_stand_for_a_described_full_name_of_unknown_sex(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('While those surveyed said Jeb Bush has the "best experience," Trump is the favourite.', "those surveyed"),
    ('Most of those questioned said they valued the "cosiness" of the village.', "those questioned"),
])
def test_those_surveyed_are_the_people_a_poll_asked(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Rachel Hoff wrote to the committee. Hoff\'s letter makes a libertarian-style case: "Followers of radical Islam '
     'hate everything we stand for."', "Rachel Hoff's letter"),
    ('Rachel Hoff wrote to the committee. Hoff\'s former supporters who backed her wrote that it was "tragic in the '
     'Year of the Woman."', "Rachel Hoff's former supporters"),  # `supporters` a plural, no verb; `her` its object
])
def test_a_named_writers_letter_speaks_in_its_own_sentence(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_quotation_opening_a_paragraph_after_a_lone_mark_has_no_one_before_it():
    assert quotes_of('!\u201c0:0:0') == [("0:0:0", None, None, None)]  # found by the property test: no crash


@pytest.mark.parametrize("text, speaker", [
    ('The Trump campaign has denied it happened, with Lewandowski taking to Twitter to call Fields "totally '
     'delusional" for the accusation.', "Lewandowski"),
    ('Cuban went on to call him "the absolutely worst politician in Texas."', "Cuban"),
])
def test_to_call_someone_a_quotation_is_the_callers_words(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Four hours earlier, a Clinton campaign memo was released as the polls closed stating that the loss was "long '
     'anticipated."', "Clinton campaign memo"),  # not the polls, subject of the clause `as` opens
    ('Now the board has confirmed that the bidder is back, with a statement issued on Sunday reading: "The board can '
     'confirm it has now received a detailed proposal."', "statement"),
])
def test_a_participle_after_a_subordinate_clause_is_the_main_subjects(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('"Tell her I promised you a picture," Betsy Ebeling said, and her husband cut in. "Don\'t forget Tom."',
     ["Betsy Ebeling", "Betsy Ebeling's husband"]),
    ('"We will win," Smith said, and the crowd cheered. "We always do."', ["Smith", "Smith"]),  # no cue: no speaker
])
def test_a_speaker_an_and_clause_brings_in_after_a_quotation_says_the_next(text, expected):
    assert [q[1] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text", [
    'The documentary showed Mr Nattrass telling the meeting: "The Germans are the big losers here."',
    'The documentary showed Mr Nattrass, apparently talking about the EU, telling the meeting: "The Germans are the '
    'big losers here."',
])
def test_who_a_film_shows_speaking_is_the_speaker(text):
    assert quotes_of(text)[0][1:3] == ("Nattrass", "Mr Nattrass")


@pytest.mark.parametrize("text, speaker", [
    ('Tory co-chairman Liam Fox was speaking after Mr Blair spoke. "It is fear and smear," he told BBC News. The '
     'Tory co-chairman attacked Labour\'s pledges as "vacuous".', "Liam Fox"),  # a co-chairman is a role
])
def test_a_co_chairman_is_a_role_the_text_titles_someone_with(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("body, speaker", [
    ('Liam Fox, the party chairman, was speaking after Mr Blair spoke at the launch in London on Monday.\n\nThe '
     'chairman attacked the pledges as "vacuous".', "Liam Fox"),  # not Blair, the subject of a clause of time
    ('Mr Saakashvili, elected president in January after Mr Shevardnadze was toppled, has urged parliament to act.'
     '\n\nThe government is destroying all tax records from before 1 January, three days before President '
     'Saakashvili was elected. "There are people who are afraid to show it," the president told a government '
     'session.', "Saakashvili"),  # the sentence has no other subject
])
def test_an_office_opening_a_sentence_is_the_main_subject_before_not_one_in_a_clause_of_time(body, speaker):
    assert quotes_of(f"Tories attack Labour pledges\n\n{body}", title="Tories attack Labour pledges")[-1][1] == speaker


@pytest.mark.parametrize("opening", ["", "But, "])
def test_a_name_with_an_appositive_that_names_a_body_speaks_through_the_verb_after_it(opening):
    text = (f"Deutsche Boerse chief Werner Seifert spoke. {opening}Hans Reckers, a board member of Germany's central "
            'bank, the Bundesbank, said that cash trading should remain. "It is not just the headquarters," he said.')
    assert quotes_of(text)[0][1] == "Hans Reckers"


def test_a_weekday_after_a_given_name_in_a_closing_inversion_is_a_surname():
    text = '"England can win," said England sevens coach Mike Friday.'
    assert quotes_of(text)[0][1:3] == ("Mike Friday", "England sevens coach Mike Friday")


@pytest.mark.parametrize("text, speaker", [
    ('Wenger later accused Van Nistelrooy of "cheating" and was fined £15,000 and "severely reprimanded" by the '
     'Football Association.', "Football Association"),  # the passive's agent
    ('Knight said she was shocked and "horrified" by the deaths of two girls.', "Knight"),  # a feeling, hers
])
def test_a_quoted_participle_going_on_from_a_passive_is_its_agents_word(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_verb_after_comma_but_takes_the_subject_opening_the_sentence():
    text = ('The tribunal upheld Ms Villalba\'s claim of victimisation on certain issues, including bullying e-mails, but '
            'said it found no evidence of "laddish culture" at the bank.')
    assert quotes_of(text)[0][1:4] == ("tribunal", "The tribunal", "said")


@pytest.mark.parametrize("text, quotes", [
    ('More than 14 million people saw "Dirty" Den Watts killed off on Friday, according to unofficial figures.', []),
    ('It had a regional base (the South for "Dixiecrat" Strom Thurmond in 1948), the anti-Washington feeling '
     'proclaimed by George Wallace.', []),
    ('"Enough" Smith said, waving a hand at the crowd of reporters.', ["Enough"]),  # a name, then its cue
])
def test_a_quoted_word_before_a_two_word_name_is_a_nickname_not_speech(text, quotes):
    assert [q[0] for q in quotes_of(f"Headline\n\n{text}")] == quotes


@pytest.mark.parametrize("text, expected", [
    ('Donald Trump spoke. He mocked his rivals, talked over them as they answered questions and even assured the '
     'crowd that his hands are not small - as Rubio has said - and he can "guarantee" other parts are not small.',
     ("Donald Trump", "He", "assured")),  # not Rubio, whose cue sits in a closed aside
    ('Hillary Clinton spoke. The rhetoric matches her new Iowa ad, which - as columnist Jonathan Chait noted in New '
     'York magazine - promises to "stop the Republicans from ripping all our progress away".',
     ("Hillary Clinton's new Iowa ad", "which", "promises")),
    ('US Customs claimed Mr Griffiths was a leader but his lawyer, Antony Townsden, told the BBC it was a laughable '
     'suggestion and added: "He was living on welfare."', ("Antony Townsden", "Antony Townsden", "added")),
])
def test_a_cue_inside_a_dashed_aside_reports_neither_what_follows_nor_the_aside(text, expected):
    assert quotes_of(text)[-1][1:] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Thomas Frank wrote a book about Bill Clinton.\n\nHere\'s Clinton in December 1992: "Our new direction must rest '
     'on an understanding of the world."', "Bill Clinton"),
    ('Here is Tony Blair on the matter: "We will not back down."', "Tony Blair"),
])
def test_here_is_someone_before_a_colon_introduces_their_words(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, quotes", [
    ('Mr Bell oversaw McDonald\'s "I\'m lovin\' it" advertising campaign and introduced salads.', []),
    ('It will not be a "battle bus" style campaign either, he said.', []),
    ('Michael Howard said the Budget would not help Labour\'s "faltering" election campaign.', ["faltering"]),  # his
])
def test_quoted_words_before_a_modifier_and_a_word_for_a_campaign_name_it(text, quotes):
    assert [q[0] for q in quotes_of(f"Headline\n\n{text}")] == quotes


@pytest.mark.parametrize("text, speaker", [
    ('Half-Life 2 sold well. Valve also said that rumours that it distributed fake Half-Life 2 keys to catch pirates '
     'were false. The company said: "The hack came from the community."', "Valve"),  # a product is no other body
    ('The RAC welcomed the news. Environmental group Transport 2000 said the freeze sends the wrong message. "We are '
     'concerned," a spokesman said.', "Transport 2000 spokesman"),  # a body whose name holds a number
])
def test_a_name_with_a_number_after_it_is_a_product_unless_a_verb_follows(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Qantas boss Geoff Dixon spoke. Last month the company warned it may cut jobs, with Mr Dixon quoted as saying '
     'that the carrier could no longer afford to remain "all-Australian".', "Geoff Dixon"),
    ('Dixon was quoted as saying the carrier could not remain "all-Australian".', "Dixon"),
])
def test_who_is_quoted_as_saying_is_the_speaker(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[-1][1] == speaker


def test_it_now_says_after_a_quotation_is_its_cue():
    text = ('Senator Bernie Sanders has started to change. On his website there is a new banner. "This is your '
            'movement," it now says, showing a photo.')
    assert quotes_of(f"Headline\n\n{text}")[0][2:] == ("it", "says")


@pytest.mark.parametrize("text, speaker", [
    ('Jeb Bush, however, interjected by hitting Trump for trying to seize property from a woman to "turn into '
     'limousine parking lot for his casinos."', "Jeb Bush"),  # by hitting: the means, no agent
    ('The measures were added by Republicans, who called them "common sense."', "Republicans"),
])
def test_by_and_a_gerund_after_a_cue_is_a_means_not_an_agent(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("text, mention", [
    ('Milan beat Juventus after a 0-0 tie at Old Trafford and Ancelotti said: "We are all very happy to return."',
     "Ancelotti"),  # two clauses, not two speakers
    ('Smith and Jones said: "We are all very happy to return."', "Smith and Jones"),  # two names: one subject
])
def test_a_thing_at_a_place_and_a_name_before_a_cue_is_two_clauses(text, mention):
    assert quotes_of(f"Headline\n\n{text}")[0][2] == mention


@pytest.mark.parametrize("text, speaker", [
    ('Ferguson is confident. It is a view shared by Wayne Rooney, who believes "if we can get past Milan, we have a '
     'great chance".', "Wayne Rooney"),
    ('Ferguson is confident. It is a view shared by Wayne Rooney, who thinks that "we have a great chance".',
     "Wayne Rooney"),
])
def test_a_relative_clause_whose_verb_of_the_mind_the_quotation_follows_holds_its_antecedents_words(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("text", [
    'The album Exodus came out in 1977 and that provided five hits and confirmed his status. "By 1979 he was the '
    'biggest touring attraction in the world."',
    'The film Titanic opened in 1997. "By 1998 it was the biggest film in the world."',
])
def test_a_name_after_a_word_for_a_work_names_no_speaker(text):
    assert quotes_of(f"Headline\n\n{text}")[0][1] is None


def test_a_quotation_closing_on_an_exclamation_before_a_phrase_ends_its_sentence():
    text = ('Spain is praised. "Xavi did things," the paper beams, adding, "What a player!" On a controversial '
            'evening, Marca offers one viewpoint: "Spanish players played better football than the English."')
    assert [q[1:] for q in quotes_of(f"Headline\n\n{text}")] == [
        ("paper", "the paper", "beams"), ("paper", "the paper", "adding"), ("Marca", "Marca", "offers")]


def test_an_acronym_that_spells_a_common_word_is_still_a_name():
    text = ('Xavi is singled out as the biggest star. On a controversial evening, AS offers one viewpoint: '
            '"Spanish players played better football than the English."')
    assert quotes_of(f"Headline\n\n{text}")[0][1:3] == ("AS", "AS")


@pytest.mark.parametrize("text, cue", [
    ('More plaudits are given, with Jaime Vargas lauding the manner in which "Spain dominated England with order".',
     "lauding"),
    ('Jaime Vargas extols the way in which "Spain dominated England with order".', "extols"),
])
def test_to_laud_or_extol_is_to_speak(text, cue):
    assert quotes_of(f"Headline\n\n{text}")[0][1:] == ("Jaime Vargas", "Jaime Vargas", cue)


def test_a_sentence_that_reports_its_subject_after_an_opening_connective_lends_it_to_a_quotation_after_the_next():
    text = ('However, Deloitte stressed that the slowdown was unlikely to hit prices. It expects a series of interest '
            'rate cuts over the next two years. "Although 2005 may not be the year when things go completely wrong, it '
            'will probably mark the start of a more difficult period."')
    assert quotes_of(f"Headline\n\n{text}")[0][1] == "Deloitte"


def test_to_specify_is_to_speak():
    text = ('The magazine staff compiled the list and specified that gadgets needed to be a "self-contained '
            'apparatus that can be used on its own".')
    assert quotes_of(f"Headline\n\n{text}")[0][2:] == ("The magazine staff", "specified")


@pytest.mark.parametrize("text, expected", [
    ('The group published a letter and called on people to "remember the historic campaigns against others."',
     ("group", "The group", "called")),
    ('The BLM group is calling on Hillary Clinton to "stop pimping black votes" and resign.',
     ("BLM", "The BLM group", "calling")),  # the body its label follows
    ('The campaign called on the Federal Emergency Management Agency to conduct an "expedited review" of the pipes.',
     ("campaign", "The campaign", "called")),  # the quotation inside the infinitive
])
def test_calling_on_someone_to_do_what_a_quotation_says_is_speech(text, expected):
    assert quotes_of(f"A letter to the candidates\n\n{text}")[0][1:] == expected


def test_a_headline_label_ends_before_the_topic_it_speaks_on():
    found = quotes_of("CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’\n\nBody text.")
    assert found[0][2:] == ("CNN President", ":")


def test_a_name_of_several_words_inside_an_epithet_counts_as_one_word():
    text = ('Hollywood star Tom Hanks was in London. "Christmas is a special time of the year," the two-time Academy '
            'Award winner added.')
    assert quotes_of(f"Hanks greeted at premiere\n\n{text}")[0][1] == "Tom Hanks"


@pytest.mark.parametrize("body, speaker", [
    ('Tesco said the freeze sends the wrong message. A spokesman said: "We are concerned about prices."',
     "Tesco spokesman"),  # a body named once, right before its cue
])
def test_a_spokesperson_with_no_principal_speaks_for_the_body_that_just_reported(body, speaker):
    assert quotes_of(f"Petrol duty frozen\n\n{body}")[0][1] == speaker


@pytest.mark.parametrize("text, mention", [
    ('Sanders, who was not present at the rally, has toned down his criticism, admitting that his "political '
     'revolution" will end.', "Sanders"),  # the main verb's subject, past the relative clause
    ('Chris Rock, who whipped up a storm for saying he rarely watched them, calling award shows "idiotic".',
     "who"),  # the participle goes on in the relative clause
    ('Gov. Chris Christie - who is being vetted as a running mate - made the city a priority, at one point calling '
     'the mayor a "liar".', "Gov. Chris Christie"),  # a relative clause set off by dashes
    ('The lawyer who ran three marathons before his right knee blew out is already talking about "a fierce '
     'urgency" to get things done.', "who"),  # no relative set off by commas: not `his right knee`
])
def test_a_participle_after_a_relative_clause_set_off_by_commas_is_the_main_subjects(text, mention):
    assert quotes_of(f"Headline\n\n{text}")[0][2] == mention


@pytest.mark.parametrize("text, mention", [
    ('Clinton wants them public, even the ones State now says are "top secret."', "State"),
    ('It is not the way Trump says it is: "a total disaster."', "Trump"),
    ('The party leader Smith said it was "a total disaster."', "The party leader Smith"),  # a role, not a thing
    ('But Tom Sko grinned and invoked the famous story Jon F. Kerrigan told about his father, "Never pay for a '
     'landslide."', "Jon F. Kerrigan"),  # a story is a thing (was Tom Sko's words)
])
def test_a_name_after_a_word_for_a_thing_is_the_subject_of_a_clause_with_no_that(text, mention):
    assert quotes_of(f"Headline\n\n{text}")[0][2] == mention


def test_a_word_of_gender_before_of_and_a_name_in_an_appositive_gives_the_sex():
    text = ('Mary Jones told reporters that the day was moving. Attallah Shabazz, the eldest daughter of Malcolm X, '
            'arrived later. "He was a wonderful father," she said.')
    assert quotes_of(f"Headline\n\n{text}")[0][1] == "Attallah Shabazz"


def test_it_after_a_text_that_closes_its_sentence_on_a_cue_is_that_text():
    text = ('Music and texts are being hoarded on mobiles, a Toshiba study found. It found that more than 60% kept '
            '1,000 music files on their devices, making people "digitally fat".')
    assert quotes_of(f"UK is digitally fat\n\n{text}")[0][1:3] == ("Toshiba study", "It")


@pytest.mark.parametrize("text, speaker", [
    ('"We lost," Htay Oo told Reuters. T-shirts quickly appeared in front of NLD headquarters that said "We won."',
     "T-shirts"),  # a relative clause set after the verb
    ('"We lost," Htay Oo told Reuters. Supporters gathered in front of the headquarters that said "We won."',
     "headquarters"),  # no written thing opens the sentence: the relative is its antecedent's
])
def test_a_relative_clause_set_after_the_verb_belongs_to_a_written_thing_opening_the_sentence(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[-1][1] == speaker


def test_they_opening_a_paragraph_is_the_group_an_according_to_before_named():
    text = ('Prudence made an appearance. According to the opposition parties, however, it is all one big con trick.'
            '\n\nAs always, they accused him of glossing over the facts of the "black hole" at the centre of his '
            'finances.')
    assert quotes_of(f"Brown comes out shooting\n\n{text}")[0][1:3] == ("opposition parties", "they")


def test_he_after_as_for_and_a_name_is_that_name():
    text = ('Donald Trump and Ted Cruz spoke. Cruz warned against a brokered convention. "I think that would be an '
            'absolute disaster," the Texas senator said.\n\nAs for Trump, he said he is not worried. "First of all, I '
            'think I am going to have the delegates," he said.')
    assert [q[1] for q in quotes_of(f"Rivals pull their punches\n\n{text}")] == ["Ted Cruz", "Donald Trump"]


def test_the_owner_of_a_statement_in_the_sentence_before_is_whom_he_stands_for():
    text = ('"I do not think this was the case," said Stephen Vladeck of the University of Texas.\n\nThat might sound '
            'strange to anyone listening to FBI Director James Comey\'s statement on Tuesday. He called her handling '
            'of information "extremely careless."')
    assert [q[1] for q in quotes_of(f"Comey speaks\n\n{text}")] == ["Stephen Vladeck", "James Comey"]


@pytest.mark.parametrize("text, speaker", [
    ('He wrote messages on several email chains recently labeled "top secret" by the State Department.',
     "State Department"),
    ('Smith recently labeled "a total disaster" by Friday the plan.', "Smith"),  # a name before it: its subject
])
def test_a_participle_after_a_noun_before_a_quotation_is_passive_and_its_agent_speaks(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("text", [
    'Article 33 affirms: "No Contracting State shall expel or return a refugee."',
    'Article 33 states that "no Contracting State shall expel or return a refugee."',
])
def test_a_verb_in_s_after_a_name_with_a_number_is_its_cue(text):
    assert quotes_of(f"Refugees\n\n{text}")[0][1] == "Article 33"


@pytest.mark.parametrize("text, expected", [
    ('She is popular, rather than just a "regional" candidate, as Sanders\' campaign manager suggested.',
     ("Sanders's campaign manager", "suggested")),
    ('She is popular, rather than just a "regional" candidate, as expected.', (None, None)),  # no cue: no one's
])
def test_a_quoted_modifier_and_its_noun_before_an_as_clause_with_a_cue_are_its_subjects_words(text, expected):
    found = quotes_of(f"Headline\n\n{text}")
    assert ((found[0][1], found[0][3]) if found else (None, None)) == expected


def test_a_quoted_figure_that_came_from_someone_is_theirs():
    assert quotes_of('Headline\n\nThe "90 to 95 percent" figure came from the Clinton campaign.')[0][1:4] == (
        "Clinton campaign", "the Clinton campaign", "came")


def test_a_cue_participle_after_a_noun_whose_verb_follows_the_quotation_is_a_passive_with_no_one_speaking():
    text = 'The candidate labeled "a leader who has faced tough situations before, and won" continues to lead the field.'
    assert quotes_of(f"Polls show gaps\n\n{text}")[0][1:] == (None, None, "labeled")


@pytest.mark.parametrize("lead, speaker", [
    ('Video games should carry "larger warnings", the trade and industry secretary has said.\n\nPatricia Hewitt '
     'is expected to call for the law to be enforced better.', "Patricia Hewitt"),
    ('The "myth that ageing is a barrier" needs to be exploded, the work and pensions minister has said.\n\nThis was '
     'why the government was considering scrapping the retirement age, Alan Johnson said.', "Alan Johnson"),
    ('Video games should carry "larger warnings", the trade and industry secretary has said.\n\nThe law was '
     'drafted for Patricia Hewitt last year.', "trade and industry secretary"),  # not a subject or speaker
    ('Video games should carry "larger warnings", the trade and industry secretary has said.\n\nPatricia Hewitt '
     'replied that the law was enough.', "trade and industry secretary"),  # one who answers is another
])
def test_an_office_in_the_lead_stands_for_whom_the_next_paragraph_names_first_as_a_subject(lead, speaker):
    assert quotes_of(f"Games warnings\n\n{lead}")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump said: "Is President Obama going to mention the words?"\n\nThe president said: "Do not give into '
     'fear."', "Obama"),  # titled inside a quotation
    ('The ruling came from Judge Kleinberg on Friday. The judge wrote: "It is not surprising."', "Kleinberg"),
    ('Deputy Mayor Nicky Gavron spoke on Sunday. The mayor said: "It is a crisis."', "mayor"),  # another office
])
def test_an_office_stands_for_the_one_person_titled_with_it_by_surname(text, speaker):
    assert quotes_of(f"Responses\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("closing", [", told", " told"])  # the appositive's closing comma may be missing
def test_a_full_name_after_a_clause_with_its_own_verb_speaks_through_the_cue_after_its_appositive(closing):
    text = ("Capital Radio DJ Margherita Taylor will select questions. The prime minister's enthusiasm for the job "
            f"remains undimmed, Alan Milburn, Labour's election strategist{closing} Radio 4. Mr Blair has \"the same "
            "passion for the job\" as in 1997, he said.\n\nAnd he confirmed that no poll date had been set. He said: "
            '"I am the General Election co-ordinator and I do not know."')
    assert [q[1] for q in quotes_of(f"Blair faces voters\n\n{text}")] == ["Alan Milburn", "Alan Milburn"]


def test_the_bill_is_the_one_bill_the_text_names_not_a_man_called_bill():
    text = ('MPs voted in favour of the Prevention of Terrorism Bill after Mr Clarke agreed to changes. The Bill '
            'proposes "control orders", which could impose curfews.')
    assert quotes_of(f"Terror bill passes\n\n{text}")[0][1:3] == ("Prevention of Terrorism Bill", "The Bill")


def test_a_sunday_paper_keeps_its_weekday_in_its_name():
    text = ('Mr Seifert has threatened to bypass the board, the Sunday Telegraph reported. The newspaper also claimed '
            'Mr Seifert was becoming "increasingly frustrated" with the pace of talks.')
    assert quotes_of(f"Deutsche Boerse chief\n\n{text}")[0][1] == "Sunday Telegraph"


@pytest.mark.parametrize("lead_in, speaker", [
    ("Then, later that month on CNN:", "Donald Trump"),  # a lead-in that goes on from the paragraph before
    ("Then the senator said:", "senator"),  # a cue of its own
])
def test_a_quotation_after_a_lead_in_with_no_cue_goes_on_from_the_paragraph_before(lead_in, speaker):
    text = (f'Donald Trump spoke often about the war. "We made a terrible mistake," he told CNN in October.\n\n'
            f'{lead_in} "I have never said we made a mistake."')
    assert quotes_of(f"Fibbing\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("bio, speaker", [
    ("Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.", "Bill Thompson"),
    ("Mike Leigh is the outsider in the best director category.", None),  # no writer's role
])
def test_a_closing_bio_of_a_writer_says_who_i_is(bio, speaker):
    text = ('Analyst Bill Thompson has seen the future.\n\nI think that technically it is a disaster to make phone '
            f'calls over the net using "voice over IP".\n\n{bio}')
    assert quotes_of(f"Musical future for phones\n\n{text}")[0][1:3] == (speaker, "I")


@pytest.mark.parametrize("title, speaker", [
    ("David Blunkett in quotes", "David Blunkett"),
    ("Blunkett in his own words", "Blunkett"),
    ("Blunkett quotes Shakespeare", None),  # a piece about a quotation, not one of his
])
def test_a_piece_titled_as_someones_quotations_gives_them_each_unattributed_one(title, speaker):
    text = ('He built his reputation as a plain-speaking Yorkshire man.\n\n"None of us believe '
            'countering terrorism is about party politics."\n\nI fell in love with someone. "I tried for three '
            'years to make something work."')
    assert [q[1] for q in quotes_of(f"{title}\n\n{text}", title=title)] == [speaker, speaker]


def test_a_piece_of_someones_quotations_with_a_byline_is_theirs_in_the_first_person_not_its_writers():
    text = ('David Blunkett in quotes\n\nHe built his reputation as a plain-speaking Yorkshire man.\n\n'
            'I fell in love with someone. "I tried for three years to make something work."')
    doc = Document(path="t.txt", paragraphs=tuple(text.split("\n\n")), title="David Blunkett in quotes",
                   author="Jane Reporter")
    assert [(q.speaker, q.speaker_mention) for p in annotate(doc) for q in p.quotes] == [("David Blunkett", "I")]


@pytest.mark.parametrize("text, expected", [
    ('A footnote in the report makes that clear: "These assessments do not apply to the system."',
     ("footnote in the report", "A footnote in the report", "makes")),
    ('The report makes that clear: "These assessments do not apply."', ("report", "The report", "makes")),
    ('The proposed question is: "Should the United Kingdom approve the Treaty?"', (None, None, "is")),  # what it is
    ('The 60 second ad ends with a voice over saying: "Amnesty for illegal immigrants."',
     ("voice over", "a voice over", "saying")),
])
def test_a_text_or_a_voice_speaks_the_quotation_its_colon_or_participle_opens(text, expected):
    assert quotes_of(f"Headline\n\n{text}")[0][1:] == expected


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_he_after_a_sentence_whose_subject_is_an_office_is_its_named_holder(between):
    text = ('Donald Trump said: "Is President Obama going to mention the words?"\n\nSpeaking to reporters Sunday, the '
            f'president framed the shooting as a moment for unity.{between}"Do not give into fear," he said.')
    assert quotes_of(f"Responses\n\n{text}")[-1][1] == "Obama"


def test_a_name_before_a_role_of_something_whose_closing_comma_is_missing_speaks():
    text = ('Siemens plans a network, but Christoph Caselitz, president of the mobile networks division at the firm '
            'says that: "By 2015 the need will rise by a factor of 10."')
    assert quotes_of(f"Fast mobile\n\n{text}")[0][1:3] == ("Christoph Caselitz", "Christoph Caselitz")


@pytest.mark.parametrize("text, speaker", [
    ('NTL said it was concentrating on video-on-demand. "What we are offering is truly on demand," said a spokesman '
     'for the company.', "NTL spokesman"),
    ('Michelle Paver is writing the second book. "She lives and breathes the worlds she writes about," said a '
     'spokesman for the author.', "Michelle Paver's spokesman"),
])
def test_a_spokesperson_for_a_described_principal_speaks_for_whom_the_description_stands_for(text, speaker):
    assert quotes_of(f"Headline\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("lead, next_paragraph, speaker", [
    ("The careers of two sprinters are 'over', says the boss of the organisation that cleared them.",
     'Greek Athletics Federation boss Vassilli Sevastis told parliament: "They won\'t race again."',
     "Vassilli Sevastis"),  # the people named in the lead are no subjects
    ("The new health minister for Wales says there are 'lessons to learn' from England.",
     'Dr Brian Gibbons, on his first full day in the job, admitted "big challenges".', "Brian Gibbons"),
])
def test_a_role_of_something_in_the_lead_stands_for_whom_the_next_paragraph_makes_its_subject(
        lead, next_paragraph, speaker):
    assert quotes_of(f"Headline\n\n{lead}\n\n{next_paragraph}")[0][1] == speaker


def test_a_statement_on_someones_own_website_is_their_statement():
    text = 'Kim Clijsters has withdrawn. "She has decided against this," a statement on her website said.'
    assert quotes_of(f"Clijsters out\n\n{text}")[0][1] == "Kim Clijsters's statement"


def test_a_titled_name_set_off_after_a_description_of_a_person_is_the_subject():
    text = ("The prosecution's star witness, former WorldCom financial chief Scott Sullivan, has said that Mr Ebbers "
            'ordered adjustments, telling him to "hit our books".')
    assert quotes_of(f"Ebbers trial\n\n{text}")[0][1:3] == ("Scott Sullivan", "Scott Sullivan")


@pytest.mark.parametrize("text, speaker", [
    ('Ruby Dee spoke. His films included Do The Right Thing and Malcolm X. Attallah Shabazz, the daughter of activist '
     'Malcolm X, recalled the eulogy. "Harlem has come to bid farewell," she said.', "Attallah Shabazz"),
    ('Mary Jones spoke. Joseph R. Murray II, a onetime lawyer, disagreed. "The politics are so blatant," he said.',
     "Joseph R. Murray"),  # a middle initial before a surname and its suffix
])
def test_an_initial_the_paragraph_writes_as_a_whole_name_ends_its_sentence(text, speaker):
    assert quotes_of(f"Farewell\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("opening", ["The board", "The board of directors"])
def test_the_board_of_a_body_that_just_reported_is_its_board(opening):
    text = (f'Sina said the purchase would have no impact on its business.\n\n{opening} said in a statement that it '
            'would "continue to act in the best interests of all the company stakeholders".')
    assert quotes_of(f"Shanda buys stake\n\n{text}")[0][1] == "Sina's board"


def test_a_quotation_answering_the_writers_question_goes_on_from_the_speaker_before():
    text = ('"The Tory party is schizophrenic about Europe," said Dick Morris.\n\nSo is UKIP\'s job to destroy the '
            'Tories, as former member Robert Kilroy-Silk once declared? "No. The aim of UKIP is to withdraw from the EU."')
    assert [q[1] for q in quotes_of(f"UKIP's secret weapon?\n\n{text}")] == ["Dick Morris", "Dick Morris"]


def test_a_body_named_before_a_text_word_that_ends_its_sentence_labels_the_text():
    text = ('Around 23 million Britons will miss out, predicts a BT report. The idea that the divide will evaporate '
            'is "wishful thinking", the report concludes.')
    assert quotes_of(f"Digital divide\n\n{text}")[0][1:3] == ("BT report", "the report")


@pytest.mark.parametrize("text, speaker", [
    ('A statement issued by Lycos also said: "We are disappointed."', "Lycos's statement"),
    ('A statement issued by the club said: "We are disappointed."', "club statement"),
    ("A message sent to security firm F-Secure by Google's security team said: \"We can do better.\"",
     "Google's security team's message"),
    ('The letter reviewed by The Post said the firm faced "a major lawsuit".', "letter"),  # its reader, no writer
    ('A statement from Chelsea said: "We are disappointed."', "Chelsea's statement"),  # a text from someone
    ('"We are disappointed," said a statement from the club.', "club statement"),
])
def test_a_text_issued_or_sent_by_someone_is_their_text(text, speaker):
    assert quotes_of(f"Statement on the deal\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("between, word, speaker", [
    ('A Meta spokesperson said: "We will appeal."', "firm", "Meta"),  # the body's own voice spoke since
    ('EU competition chief Teresa Ribera said: "Rules are rules."', "firm", "firm"),  # someone else spoke since
    ('EU competition chief Teresa Ribera said: "Rules are rules."', "tech giant", "Meta"),  # but a sector's word
    # reaches past them
])
def test_a_word_for_a_business_two_paragraphs_on_is_the_body_unless_another_spoke_since(between, word, speaker):
    text = f'Meta fined\n\nMeta has been fined €200m by the EU.\n\n{between}\n\nThe {word} said it was "unfair".'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Manchester United have sacked Erik ten Hag.", "Manchester United's statement"),  # as `a statement from the club`
    ("Erik ten Hag has been sacked.", "club statement"),  # no club named: the words as written
])
def test_a_bodys_word_before_a_text_is_the_body_the_word_stands_for(lead, speaker):
    text = f'{lead}\n\nA club statement said: "Erik has overseen a period of success."'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    ('"Central to the proposals are plans by BT to offer lower prices," the former monopoly said in a statement. BT '
     'wants to avoid a break-up.\n\nThe group is to set up a new division. The company also unveiled plans to cut '
     'prices.', "BT"),
    ('The government should change the law, the TUC has said.', "TUC"),  # the body that speaks comes after
])
def test_it_opening_a_paragraph_is_the_body_described_in_the_paragraph_before(lead, speaker):
    text = f'{lead}\n\nIt added that it plans to invest £10bn to create a "21st Century network".'
    assert quotes_of(f"BT offers equal access\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("quotation, speaker", [
    ('"It is his first year at that level and he was phenomenal."', "Bob Dwyer"),  # speaks of him: who reported on him
    ('"I was phenomenal this year."', "Schalk Burger"),  # speaks of the speaker: the subject
    ('"My first year was a hard one and he knows it."', "Schalk Burger"),
])
def test_a_he_whose_quotation_speaks_of_another_man_is_who_reported_on_the_subject_of_the_sentence_before(
        quotation, speaker):
    text = (f'After the match, coach Bob Dwyer warned that flanker Schalk Burger needed a break. Burger, 21, was '
            f'crowned player of the year. {quotation[:-1]}," he said.')
    assert quotes_of(f"Barbarians lose to New Zealand\n\n{text}")[-1][1] == speaker


def test_a_quotation_of_another_man_after_a_sentence_whose_subject_no_one_reported_on_is_the_subjects():
    text = ('Coach Bob Dwyer praised the forwards. Schalk Burger was crowned player of the year. "He was '
            'phenomenal for us," he said.')
    assert quotes_of(f"Barbarians lose to New Zealand\n\n{text}")[-1][1] == "Schalk Burger"


@pytest.mark.parametrize("sentence", [
    'But they were clearly on his mind as he called on Americans not to "give into fear or turn on each other."',
    'He then called on Americans not to "give into fear or turn on each other."',
])
def test_a_he_after_a_he_opening_the_paragraph_is_whom_the_paragraph_before_makes_its_subject(sentence):
    text = ('Clinton has made gun control central. Her plan was later adopted by President Obama.\n\n'
            'Speaking to reporters on Sunday, the president framed the shooting as a moment for unity.\n\n'
            f'He did not mention proposals to ban Muslims. {sentence}')
    assert quotes_of(f"Responses are in keeping with styles\n\n{text}")[-1][1] == "Obama"


@pytest.mark.parametrize("text, expected", [
    ('Voters may not react as favorably to a candidate who has called for "a hell of a lot worse" than that.',
     ("candidate", "who")),
    ('Voters may not react as favorably to a candidate who has demanded "a hell of a lot worse" than that.',
     ("candidate", "who")),
    ('Donald Trump tells Megyn Kelly that people who are bullied "gotta get over it" and fight back.',
     ("Donald Trump", "Donald Trump")),  # a passive relative: the words are the reported clause's
])
def test_a_relative_clause_whose_own_verb_takes_the_quotation_is_the_words_of_whom_who_stands_for(text, expected):
    assert quotes_of(f"Responses are in keeping with styles\n\n{text}")[0][1:3] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Donald Trump's first tweet Sunday morning was a measured comment.",
     ("Donald Trump's first tweet", "Donald Trump's first tweet")),
    ("Hillary Clinton's statement was short.", ("Hillary Clinton's statement", "Hillary Clinton's statement")),
    ("Bill Clinton's comments come a few weeks before the primary.", (None, None)),  # a verb, no text's words
    ("The minutes of the meeting show how the chance of a deal evaporated.", ("minutes", "The minutes")),
])
def test_a_quotation_after_a_sentence_whose_subject_is_someones_text_is_that_texts(sentence, expected):
    text = f'{sentence} "Really bad shooting in Orlando. Police investigating possible terrorism."'
    assert quotes_of(f"Responses are in keeping with styles\n\n{text}")[0][1:3] == expected


@pytest.mark.parametrize("text, expected", [
    ('Donald Trump released a marketing video that said, "We will have terrific professors."',
     ("Donald Trump", "Donald Trump")),
    ('Mr Smith sent a letter which said: "I am not going to close the plant."', ("Smith", "Mr Smith")),
    ('Mr Jones was sent a letter which said: "I am not going to close the plant."', ("letter", "which")),
    ('Ed Henry added the caption which reads, "Jeff Weaver told me the photo violates the rules."',
     ("Ed Henry", "Ed Henry")),
])
def test_a_text_that_someone_put_out_says_their_words_through_a_relative_clause(text, expected):
    assert quotes_of(f"Plant to stay open, firm says\n\n{text}")[0][1:3] == expected


@pytest.mark.parametrize("mention, speaker", [
    ("A source close to Cruz", "source close to Ted Cruz"),
    ("Several people close to Cruz", "people close to Ted Cruz"),
    ("Another source familiar with Cruz's thinking", "source familiar with Ted Cruz's thinking"),
    ("A person close to the Clintons", "person close to the Clintons"),
    ("A source close to him", "source close to Ted Cruz"),  # whom the pronoun stands for
    ("A source close to the politician", "source close to Ted Cruz"),  # whom the epithet stands for
])
def test_someone_close_to_or_familiar_with_a_person_is_never_that_person(mention, speaker):
    text = f'Ted Cruz left the hall. {mention} said: "He will not stand down at all."'
    assert quotes_of(f"Cruz plans next move\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Ted Cruz left the hall. "He will not stand down," said a source familiar with him.',
     "source familiar with Ted Cruz"),
    ('Ted Cruz left the hall. "He will not stand down," a source close to him said.', "source close to Ted Cruz"),
    ('Angela Rayner left the hall. A source close to her said: "She will not stand down."',
     "source close to Angela Rayner"),
    ('A source close to the singer said: "She is in love."', "source close to the singer"),  # no singer named
    ('Taylor Swift attended the game. A source close to the singer said: "She is in love."',
     "source close to Taylor Swift"),
])
def test_someone_close_to_a_pronoun_is_close_to_whom_it_stands_for(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Friends of the deputy prime minister, Angela Rayner, insisted she was "relaxed".', "Angela Rayner's friends"),
    ('A spokesman for the singer, Elton John, said he was "relaxed".', "Elton John's spokesman"),
    ('The spokesman for the club, John Smith, said he was "relaxed".', "John Smith"),  # a body's spokesman, named
])
def test_friends_or_a_voice_of_a_person_an_office_names_are_theirs_not_that_persons_words(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("mention, speaker", [
    ("A lawyer representing Ted Cruz", "lawyer representing Ted Cruz"),
    ("Protesters supporting Ted Cruz", "Protesters supporting Ted Cruz"),
    ("White America embracing Cruz", "America"),  # the name before the participle: its subject
    ("Texans including Ted Cruz", "Ted Cruz"),  # one of them
    ("Senate ranking Republican Ted Cruz", "Ted Cruz"),  # an adjective before a title
])
def test_someone_acting_on_a_person_named_after_a_participle_is_never_that_person(mention, speaker):
    text = f'Ted Cruz left the hall. {mention} said: "He will not stand down at all."'
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("first_verb", [
    "shows the two men's faces superimposed on winged pigs",
    "shows the faces of two men",
])
def test_a_cue_joined_by_and_to_a_verb_no_cue_list_knows_takes_that_verbs_subject(first_verb):
    text = f'The poster {first_verb} and says "the day the Tory sums add up".'
    assert quotes_of(f"Tory poster row\n\n{text}")[0][1:3] == ("poster", "The poster")


def test_a_he_after_a_paragraph_closing_on_a_spokesman_said_is_the_spokesman():
    text = ('IHRC chairman Massoud Shadjareh accused Ms Blears of "playing a card".\n\n'
            '"She is demonising our community," he said. The minister had been saying something else, the '
            'spokesman said.\n\n'
            '"What is happening is that those powers are aimed at suspects. "It is not aimed at a community," he added.')
    assert quotes_of(f"Muslim police stops 'more likely'\n\n{text}")[-1][1] == "spokesman"


@pytest.mark.parametrize("item, speaker", [
    ('HOW CHINA AFFECTS THE WORLD “China’s slowdown is fostering a cycle of decline.” [WaPo.] NEXT', "WaPo"),
    ('TWO DEAD IN SHOOTING “Three people have been detained after a flurry of gunfire.” [Lee Moran, HuffPost] TWO',
     "Lee Moran"),
    ('Turkish President Recep Tayyip Erdogan said the bomber had “Syrian roots.” [Reuters.] NEXT',
     "Recep Tayyip Erdogan"),  # a cue names the speaker; the brackets only the source of the item
])
def test_a_digest_quotation_with_its_source_in_square_brackets_after_it_is_that_sources(item, speaker):
    assert quotes_of(f"Tuesday's Morning Email\n\n{item}")[0][1] == speaker


def test_a_quotation_in_a_title_case_headline_is_whom_the_lead_names():
    text = ("Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President Of The United States.’\n\n"
            "GOP presidential candidate Dr. Ben Carson says Democrat Hillary Clinton is not fit to serve as "
            "President of the United States.")
    doc = parse_document(text.encode(), "carson.txt")
    quotes = [(q.text, q.speaker) for p in annotate(doc) for q in p.quotes]
    assert quotes == [("Not Fit To Serve As President Of The United States.", "Ben Carson")]


@pytest.mark.parametrize("headline", ["Rank 'set to sell off film unit'", "Rank 'Set to Sell Off Film Unit'",
                                      "RANK 'SET TO SELL OFF FILM UNIT'"])
def test_a_headline_quotation_in_any_case_is_speech_whose_source_the_lead_names(headline):
    text = (f"{headline}\n\nLeisure group Rank could unveil plans to demerge its film services unit and sell its media "
            "business, reports claim.")
    doc = parse_document(text.encode(), "rank.txt")
    assert [(q.text.lower(), q.speaker) for p in annotate(doc) for q in p.quotes] == [
        ("set to sell off film unit", "reports")]


@pytest.mark.parametrize("headline, names", [
    ("Renault Boss Hails 'Great Year'", [("Renault",), ("Year",)]),  # `Renault Boss` is no one: the story names
    ("US to Rule on Yukos Refuge Call", [("Yukos",)]),  # Renault; title case, its `to` and `on` in lowercase
    ("Louis Schweitzer Hails Renault", [("Louis", "Schweitzer"), ("Renault",)]),  # a name the story gives whole
    ("Payoff for Former Shell Boss", [("Payoff",), ("Shell",)]),  # a word that describes, and one closing it
])
def test_words_closing_a_name_in_a_title_case_headline_are_no_part_of_it_when_the_story_names_the_rest(
        headline, names):
    paragraphs = [headline, "Strong sales helped Renault boost its profits, and Yukos and Shell said they were pleased.",
                  "Renault chief executive Louis Schweitzer was pleased."]
    assert [m.words for m in find_names(0, headline, [], Lowercase(paragraphs))] == names


def test_a_headline_in_capitals_names_as_its_title_case_self_does():
    text = ("CECILE RICHARDS: I'M SICK OF MEN LIKE TRUMP AT THE FBI.\n\nThe Planned Parenthood president spoke on "
            'Thursday.\n\n"It is really important," Richards said of the FBI.')
    assert quotes_of(text, title=text.split("\n\n")[0])[-1][:2] == ("It is really important,", "Cecile Richards")


@pytest.mark.parametrize("text, title_case", [
    ("Falconer Rebuts 'Charade' Claims", True),  # a quoted word counts
    ("US to Rule on Yukos Refuge Call", True),  # `to` and `on` left in lowercase
    ("Falconer rebuts 'charade' claims", False),
    ("Ahmed al Ashry and Reham Mosad.", False),  # a list of names
])
def test_a_title_case_headline_is_told_from_sentence_case(text, title_case):
    assert title_case_headline(text) is title_case


@pytest.mark.parametrize("headline, sentence_case", [
    ("US Bank Boss Hails 'Genius' Smith", "US bank boss hails 'genius' Smith"),
    ("Washington Post Says Trump Needs 'A Sizable Army'", "Washington Post says Trump needs 'a sizable army'"),
])
def test_a_title_case_headline_reads_as_its_sentence_case_self(headline, sentence_case):
    story = ("The bank boss said the Washington Post needs a sizable army of readers, a genius idea. Trump hails "
             "it and says so.")
    assert sentence_cased(headline, Lowercase([headline, story])) == sentence_case


def test_a_title_case_headlines_cue_gives_its_quotation_a_speaker():
    headline = "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
    text = f"{headline}\n\nNew Jersey Gov. Chris Christie called her a disgrace on Thursday, and calls it so again."
    assert quotes_of(text, title=headline)[0] == ("A Disgrace", "Chris Christie", "Chris Christie", "calls")


def test_a_name_a_headlines_verb_takes_before_its_colon_is_no_speaker():
    headline = "Elizabeth Warren hammers Wells Fargo CEO: ‘You should be criminally investigated.’"
    assert quotes_of(f"{headline}\n\nThe senator spoke at a hearing.", title=headline)[0][1] == "Elizabeth Warren"


@pytest.mark.parametrize("headline, speaker", [
    ("Lewandowski: FBI director acted as 'judge and jury' on Clinton.", "Corey Lewandowski"),  # the label's
    ("The Latest: FBI director acted as 'judge and jury' on Clinton.", None),  # a column's name, no one's
])
def test_a_quotation_in_a_headline_opened_by_a_name_and_a_colon_is_that_persons(headline, speaker):
    text = f"{headline}\n\nCorey Lewandowski attacked James Comey on CNN."
    doc = parse_document(text.encode(), "comey.txt")
    assert [q.speaker for p in annotate(doc) for q in p.quotes] == [speaker]


@pytest.mark.parametrize("before, epithet, speaker", [
    ('A prominent Republican National Committee member said: "If I was a donor, I would want answers."',
     "the RNC member", "Republican National Committee (RNC) member"),  # the body's initials, spelled out
    ("Popular Christian and corporate speaker Lance Wallnau believes he has a word for Trump.",
     "the conference speaker", "conference speaker"),
])
def test_an_epithet_the_text_used_for_someone_else_is_not_the_person_the_title_names(before, epithet, speaker):
    text = (f"Donald Trump raised his campaign's rent.\n\n{before}\n\n"
            f'"Nobody cares when you are spending your own money," {epithet} said.')
    assert quotes_of(text, title="Donald Trump Jacked Up His Campaign's Rent")[-1][1] == speaker


@pytest.mark.parametrize("opening, expected", [
    ("When Trump finally wrapped up", ("Trump", "Trump")),
    ("When the music finally stopped", (None, None)),  # no one who speaks
])
def test_a_quotation_set_off_by_dashes_after_a_time_clause_holds_its_subjects_words(opening, expected):
    text = f'{opening} — “I will fight for you, and I will win for you!” — the balloons cascaded down.'
    assert quotes_of(f"Trump fever infects convention\n\n{text}")[0][1:3] == expected


def test_she_is_the_described_spokeswoman_not_a_person_of_unknown_sex_named_in_her_report():
    text = ('The executive spokeswoman said the recommendation for leave was agreed by a psychiatric advisor "in '
            'conjunction with officials on behalf of ministers". She said: "Ministers were told of that."')
    assert quotes_of(f"Patient on leave from hospital\n\n{text}")[-1][1:3] == ("executive spokeswoman", "She")


def test_the_former_monopoly_is_the_body_the_title_opens_with():
    text = ('BT has moved to open its network to rivals.\n\n"Central to the proposals are plans to offer lower '
            'prices," the former monopoly said in a statement.')
    title = "BT offers equal access to rivals"
    assert quotes_of(f"{title}\n\n{text}", title=title)[0][1] == "BT"


@pytest.mark.parametrize("between, speaker", [
    ("", "Universal"),
    ('Simpson told fans he was "sad". ', None),  # a person spoke since: they are no body of his
])
def test_they_is_the_body_that_last_reported_in_the_paragraph(between, speaker):
    text = ("A statement from the band's record company Universal said frontman Charlie Simpson planned to spend "
            f'time with his other band. {between}However they said that Busted would "reconvene in due course".')
    assert quotes_of(f"Busted split\n\n{text}")[-1][1] == speaker


def test_it_after_a_quotation_opening_its_paragraph_is_the_text_described_in_the_paragraph_before():
    text = ("Thursday's memo from the panel seemed aimed at bolstering the investigation.\n\n"
            '"So far, 59 of the 75 witnesses had never before been interviewed by Congress," it stated.')
    assert quotes_of(f"Gowdy promises Benghazi panel report\n\n{text}")[0][1:3] == ("memo", "it")


def test_pres_is_the_title_president_and_the_president_is_the_one_it_titles():
    text = ('In the April issue of The Atlantic, Pres. Obama admits the action against Libya failed. Hillary Clinton '
            'conceded the situation is bad.\n\n"We got a UN mandate," the president told The Atlantic.')
    assert quotes_of(f"Obama admits Libya failure\n\n{text}")[-1][1] == "Obama"


def test_a_title_case_headline_name_stops_at_an_adverb():
    text = ('In The Atlantic, Pres. Obama admits the military action against Libya "didn\'t work".')
    assert quotes_of(f"Obama Just Let Something Slip That Could Hurt Clinton.\n\n{text}")[-1][1] == "Obama"


@pytest.mark.parametrize("epithet", ["The retired neurosurgeon", "The investor", "The columnist"])
def test_an_epithet_for_a_profession_stands_for_the_person_just_named(epithet):
    text = f'Ben Carson moved quickly to end the talk. {epithet} said he was "refining some practices".'
    assert quotes_of(f"Carson hints at shakeup\n\n{text}")[0][1] == "Ben Carson"


def test_an_epithet_is_the_person_titled_with_it_in_the_paragraph_before_not_the_subject_just_named():
    text = ('"Many of his ideas are far from heartwarming," columnist Ai Jun wrote in the Global Times piece.\n\n'
            'But Trump has one thing in common with Chinese people, the columnist suggested: "His winning streak is '
            'solid proof that voters are tired."')
    assert quotes_of(f"In China, wake of Trump's Super Tuesday\n\n{text}")[-1][1] == "Ai Jun"


def test_an_epithet_is_the_person_titled_with_it_two_paragraphs_before_not_one_named_since():
    text = ("Row over the plan\n\nLabour's John Smith clashed with Conservative minister Jane Brown over the plan.\n\n"
            '"It is a disgrace," the Labour MP said.\n\n"It is fair," the minister said.')
    assert [q[1] for q in quotes_of(text)] == ["John Smith", "Jane Brown"]


def test_a_headlines_title_case_words_are_no_one_an_epithet_two_paragraphs_on_stands_for():
    text = ('Wales Coach Elated with Win\n\nMike Ruddock paid tribute to his Wales side after they beat France.\n\n'
            '"We had to show character," said the national team coach.')
    assert [q[1] for q in quotes_of(text, title="Wales Coach Elated with Win")] == ["Mike Ruddock"]



@pytest.mark.parametrize("report", [
    "The message said it would not be hosting any more links.",
    "If the site did return, the message said, it would not be hosting any more links.",
])
def test_it_after_a_message_that_reported_is_the_message(report):
    text = (f'In a message posted on Sunday, the site\'s controllers said the site was "closing down for good". '
            f'{report} It continued: "We are very sorry for this."')
    assert quotes_of(f"Suprnova closes\n\n{text}")[-1][1] == "message"


@pytest.mark.parametrize("lead_in, speaker", [
    ("From Bush's Facebook post:", "Bush's Facebook post"),
    ("From the report:", "report"),
    ("From Bush:", None),  # no text: not this lead-in
])
def test_a_lead_in_from_a_text_and_a_colon_gives_the_quotation_to_that_text(lead_in, speaker):
    text = f'Aides say the governor backs Cruz. {lead_in} "For the sake of our party, we must overcome the divisiveness."'
    assert quotes_of(f"Bush backs Cruz\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("sentence, expected", [
    ('That prompted Rubio to make a joke about yoga and call Trump "very flexible," a nod to his changes.',
     ("Marco Rubio", "Rubio")),
    ('That prompted Rubio to call Trump "very flexible," a nod to his changes.', ("Marco Rubio", "Rubio")),
    ('All they have to do is stick to their guns and repeat, 10,000 times, "Peace Through Strength".',
     (None, "they")),  # `to their guns`: no infinitive; they, no body named
])
def test_a_cue_joined_by_and_to_an_infinitive_speaks_for_whom_the_infinitive_does(sentence, expected):
    text = f'At one point, Ted Cruz coached Trump to "breathe, breathe." Marco Rubio smiled. {sentence}'
    assert quotes_of(f"Blistering attacks upend Trump\n\n{text}")[-1][1:3] == expected


@pytest.mark.parametrize("text", [
    "Donald Trump's latest victories in the race unleashed a wave of positive comments, from admiration of his "
    'credentials as a "strongman leader" to hopes he will lift the economy.',
    "Wilson Whinneray's side rallied to beat Wales, but when they returned home the first question put to them was: "
    '"What happened in Newport?"',
])
def test_a_named_owners_thing_that_says_nothing_is_no_speaker(text):
    assert quotes_of(f"In China, wake of Trump's Super Tuesday\n\n{text}")[0][1] is None


@pytest.mark.parametrize("someone, speaker", [
    ("a young voter", "voter"),
    ("Mary Smith", "Mary Smith"),  # named: the name
])
def test_her_speaking_after_someone_described_with_a_is_that_someone(someone, speaker):
    text = ('Hillary Clinton spoke first. Kasich said he has few memories from his 1999 bid aside from talking to '
            f'{someone} for 20 minutes only to have her ask, "When is the candidate going to arrive?"')
    assert quotes_of(f"Kasich recalls 1999\n\n{text}")[-1][1] == speaker


def test_her_as_a_possessive_before_a_cue_noun_is_not_the_object_that_speaks():
    text = ('Former secretary of state Madeleine Albright, a Clinton supporter, fanned controversy over her remark '
            'that "there is a special place in hell for women who do not help each other."')
    assert quotes_of(f"Sarandon not sure she will vote Clinton\n\n{text}")[0][1] == "Madeleine Albright"


@pytest.mark.parametrize("words", [
    'It issued a statement that "The Bank of Korea will not change its reserves".',
    'It said: "The Bank of Korea will not change its reserves."',
])
def test_it_after_a_sentence_whose_subject_is_a_country_that_acts_is_that_country(words):
    text = ('A parliamentary report suggested the country had plans to buy euros, and the Nasdaq fell. On Wednesday, '
            f'however, South Korea moved to steady the financial markets. {words}')
    assert quotes_of(f"Dollar slides\n\n{text}")[-1][1] == "South Korea"


def test_a_him_right_after_a_names_verb_gives_that_name_no_sex():
    text = ('Drew Fox lays the barrel on its side.\n\nIn 2014, the year RateBeer deemed him the best new brewer in '
            'Indiana, he bought the building. "I grew up extremely poor," he said.')
    assert quotes_of(f"Distillery makes new spirits\n\n{text}")[-1][1] == "Drew Fox"


def test_blurt_is_a_cue():
    assert quotes_of('Distillery makes new spirits\n\n"Wow," he whispers.\n\n"Yeah, wow!" I blurt.')[-1][2:] == (
        "I", "blurt")


@pytest.mark.parametrize("name, speaker", [("RateBeer", "Drew Fox"), ("MacKenzie", "MacKenzie")])
def test_a_word_with_a_capital_inside_is_a_brand_no_he_but_a_mac_or_mc_name_is_a_person(name, speaker):
    text = ('Drew Fox lays the barrel on its side.\n\n'
            f'In 2013, {name} declared Pipeworks the best new brewery in the world. "It was a great year," he says.')
    assert quotes_of(f"Distillery makes new spirits\n\n{text}")[-1][1] == speaker


def test_he_may_be_a_spokesperson_whose_principal_is_a_body():
    text = ('"We need an honest conversation," Jo Grady said.\n\nBut a spokesperson for the Universities and Colleges '
            'Employers\' Association (UCEA) said its members had cut "atypical contracts".\n\n'
            '"UCEA has worked with the unions," he said.')
    assert quotes_of(f"Thousands of academics on insecure contracts\n\n{text}")[-1][1] == (
        "Universities and Colleges Employers' Association (UCEA) spokesperson")


def test_a_name_after_the_with_who_after_it_somewhere_is_a_person_a_he_may_stand_for():
    text = ('US rap star 50 Cent has thrown protege The Game out of his gang.\n\n'
            'He has claimed credit for the success of The Game, who has become the hottest new star.\n\n'
            'In an interview, The Game described some of 50 Cent\'s rivals as "my friends" and said he would not turn '
            'on them. "Nas is one of my friends," he said.')
    assert quotes_of(f"Rap feud in 50 Cent's crew\n\n{text}")[-1][1] == "Game"


def test_a_one_word_name_after_a_is_a_product_not_a_body_between_a_company_and_its_spokesman():
    text = ('PVR has been a big success for Sky because it gives customers control.\n\n"We offer the best of both '
            'worlds, video-on-demand and PVR," he said. NTL said it had not ruled out the possibility of offering a '
            'PVR but for now is concentrating on video-on-demand. "PVR is a recording mechanism," said a spokesman '
            'for the company.')
    assert quotes_of(f"Cable offers video-on-demand\n\n{text}")[-1][1] == "NTL spokesman"


def test_a_lead_ending_on_a_comma_after_a_quoting_headline_is_no_crash():
    document = Document(path="f.txt", title="Quiksilver moves for “Rossignol", paragraphs=(
        "Quiksilver moves for “Rossignol", "Shares of Skis Rossignol, the world's largest ski-maker,", "have jumped."))
    assert [q.text for p in annotate(document) for q in p.quotes] == []


def test_a_lead_in_opened_by_for_and_a_name_is_no_crash():
    assert [q[0] for q in quotes_of('For Python, the steps are these:\n\n"Use a base image that works."')] == [
        "Use a base image that works."]


def test_a_name_and_noun_subject_that_make_no_mention_is_no_crash():
    text = ('Robinson now has a decision, after ju“st one outing, a player he regards as central. Tait himse,lf, at '
            'least" outwardly, appeared unaffec, was turning.')  # a damaged BBC paragraph
    assert [q[1] for q in quotes_of(text)] == ["Robinson"]


def test_a_cue_set_off_by_a_comma_whose_subject_ends_the_text_is_no_crash():
    from whosaid.extract.attribution.before import cue_before
    tokens = tokenize("The plan is sound, says Mr Smith", [])
    assert cue_before(tokens, len(tokens)).mention.tokens[-1].text == "Smith"


@pytest.mark.parametrize("before, speaker", [
    ("Dawson smiled and triumphantly lifted a sign of her own.\n\n", "sign"),
    ("A coalition of nearly 40 groups sent a letter this week urging Congress to act.\n\n", "letter"),
    ("A coalition of nearly 40 groups urged Congress to act.\n\n", None),  # nothing written to read
])
def test_it_read_is_the_written_thing_named_just_before(before, speaker):
    text = f'{before}"Congress has failed to act on this," it read.'
    assert quotes_of(f"Zika funding fight\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("before, mention, speaker", [
    ('"Trump is very cute," one user wrote.\n\n', "Another said", "user"),
    ("Some former employees are angry at the way the crisis was handled. ", "One told the BBC", "former employee"),
    ("", "Another said", None),  # no kind described: no one
    ('"Ho, ho!" some protesters chanted. ', "Others shouted", "protesters"),
    ('A witness told the BBC: "I heard screaming."\n\n', "Another added", "witness"),  # one brought in with `a`
])
def test_another_or_one_speaking_is_of_the_kind_the_text_last_described(before, mention, speaker):
    text = f'{before}{mention} that they had been "financially ruined in the space of a day".'
    assert quotes_of(f"Staff angry at collapse\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("quoted, speaker", [
    ('"We are exhausted," one said.', "nurse"),
    ('"We are exhausted," another told the BBC.', "nurse"),
    ('One said: "We are exhausted."', "nurse"),
])
def test_one_or_another_speaking_after_a_group_made_subject_is_one_of_them(quoted, speaker):
    text = f"Nurses were on the picket line in Manchester on Monday morning.\n\n{quoted}"
    assert quotes_of(f"Nurses strike\n\n{text}")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Her campaign will reprint a Washington Post editorial that accuses Sanders of running a "fiction-filled '
     'campaign".', "Washington Post editorial"),
    ('Bernie Sanders is releasing a new 30-second ad that urges voters to "send a message" to Wall Street.',
     "Bernie Sanders"),  # the ad's author, as with `released a video that said`
    ('He said that claims of "a fiction-filled campaign" were false.', None),  # `that` after a verb: a noun
])
def test_an_s_form_after_a_relative_that_is_its_verb(text, speaker):
    assert quotes_of(f"Clinton camp plans attack\n\n{text}")[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('After calling the plan "a disaster", Smith walked out.', "Smith"),
    ('After describing the plan as "a disaster", the former senator left the room.', "former senator"),
    ('And in explaining why those "common-sense solutions" had not passed, Clinton described a rigged system.',
     "Clinton"),
])
def test_a_quotation_in_an_opening_participle_phrase_is_the_main_clauses_subjects(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_speaker_whose_words_a_named_reporter_gives_is_not_the_next_he():
    text = ('"Donald Trump is a different guy than he was in 2016," DeSantis said.\n\nAnd, DeSantis added, Trump '
            'promised Republicans would get tired of winning, but the elections showed that is not happening. '
            '"I am sick of Republicans losing," he said.')
    assert [q[1] for q in quotes_of(f"Debate\n\n{text}")] == ["DeSantis", "DeSantis"]


@pytest.mark.parametrize("text, speakers", [
    ('But Mr Howard denied Mr Yeo, his spokesman, said the plans "stink". He also said Mr Davis would "set out the '
     'position very clearly" next week.', ["Yeo", "Howard"]),  # a titled speaker: the report reaches past the title
    ('The Evening Standard quoted Mr Clarke telling activists he wanted refugees to come. "That is a moral duty," he '
     'said.', ["Clarke"]),  # quoting someone gives the words to them, not to the paper
])
def test_a_titled_speaker_whose_words_another_reports_is_not_the_next_he(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_described_speaker_whose_claim_a_titled_name_reports_is_not_the_next_he():
    text = ('Mr Kilroy-Silk said the man, who later disappeared, claimed he was "doing it in the name of Islam". In '
            'January, Mr Kilroy-Silk quit his show for remarks he made about Arabs, who he called "suicide bombers".')
    assert [q[1] for q in quotes_of(text)] == ["man", "Kilroy-Silk"]


def test_a_speaker_named_after_an_inverted_cue_is_still_the_next_she():
    text = ('Louise Sunshine worked for him.\n\nAnd Trump, said Sunshine, who remains friendly with her former boss, '
            'does not forgive. "There is no going back," she said.')
    assert [q[1] for q in quotes_of(f"Boss\n\n{text}")] == ["Louise Sunshine"]


def test_a_pronoun_after_a_cue_and_another_subject_gives_the_sayer_no_sex():
    text = ('Defence barrister Rhianydd Clement said despite a diagnosis in 2012, Axcell had landed a job, but then '
            'he started taking cocaine.\n\n"It led to him being involved with the wrong people," she added.')
    assert [q[1] for q in quotes_of(f"Court\n\n{text}")] == ["Rhianydd Clement"]


@pytest.mark.parametrize("text, speaker", [
    ('Hospitals are short of thread, said Dr. Marwan Al-Hams, a director. Any small hospital, he said, would need '
     'these supplies.\n\n"It is not enough for one day in a hospital."', "Marwan Al-Hams"),
    ('Gordon Humphrey met the donors. Rather, Humphrey said, struggles by the campaign will coalesce support.\n\n'
     '"To my knowledge, there is no heavy-hitter as yet involved."', "Gordon Humphrey"),
])
def test_a_quotation_opening_a_paragraph_is_the_reporter_set_off_in_the_sentence_before(text, speaker):
    assert [q[1] for q in quotes_of(f"Story\n\n{text}")] == [speaker]


def test_a_phrasal_cue_may_take_a_clause_opening_on_a_pronoun():
    text = 'Our system is not perfect, but as Churchill points out it is "better than all the others".'
    assert [q[1:4] for q in quotes_of(text)] == [("Churchill", "Churchill", "points out")]


@pytest.mark.parametrize("text, expected", [
    ('The levels were deemed "not in the best interests of the company" by the board.', [("board", "deemed")]),
    ('The American Bar Association deemed him "well qualified," its highest rating.',
     [("American Bar Association", "deemed")]),
    ('The levels were deemed "quite unsafe".', [(None, "deemed")]),  # by no one the sentence names
])
def test_deem_labels_like_call(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("source, speaker", [
    ("Right Wing Watch first reported", "Kevin Swanson"),  # no one's given name: an outlet, no he
    ("Jake Tapper reported", "Jake Tapper"),  # a person who reports is a he
])
def test_a_name_that_reports_without_a_given_name_is_an_outlet_and_no_he(source, speaker):
    text = ('After he blasted the film, Pastor Kevin Swanson has set his sights on the Girl Scouts.\n\nSwanson '
            'slammed the Girl Scouts for promoting "lesbianism" on his weekly radio show, "Generations with Kevin '
            f'Swanson," {source}.\n\nHe then implied that scout leaders should have "a millstone be hanged" around '
            'their necks.')
    assert [q[1] for q in quotes_of(f"Pastor\n\n{text}")][-1] == speaker


@pytest.mark.parametrize("after, speaker", [
    ("The Tories say the plans to give all children two hours of sport a week are unworkable.", "Lord Moynihan"),
    ("Analysts say the success of the flotation would encourage the government.", "Lord Moynihan"),
    ("The Tories say.", "Tories"),  # the cue closes on the quotation before it
])
def test_a_say_whose_own_clause_opens_on_a_determiner_does_not_report_the_quotation_before(after, speaker):
    text = f'Lord Moynihan said the policy would work. "We aim to shift the emphasis in schools." {after}'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_claim_a_name_qualifies_after_a_preposition_is_a_noun_not_the_subjects_cue():
    text = ('Alan Milburn has defended his party\'s posters amid Tory claims the ads were nothing short of '
            '"sly anti-Semitism".')
    assert [q[1] for q in quotes_of(text)] == [None]  # the Tories' words, not Milburn's


def test_a_promise_to_do_something_after_a_quotation_does_not_report_it():
    text = ('David Felgate told BBC Sport: "He respects that. And why would he stake his reputation on it?" '
            'Connors has also agreed to commentate for the BBC.')
    assert [q[1] for q in quotes_of(text)] == ["David Felgate"]


def test_an_article_inside_a_bodys_name_does_not_open_the_speakers_phrase():
    text = 'A spokesman for the World Summit for the Information Society told the BBC: "The divide is real."'
    assert [q[1:3] for q in quotes_of(text)] == [("World Summit for the Information Society spokesman",
                                                   "A spokesman for the World Summit for the Information Society")]


@pytest.mark.parametrize("text, expected", [
    ('"Thanks for welcoming these refugees," said master of ceremonies Asab Al-Tabchi, a Syrian engineer.',
     [("Asab Al-Tabchi", "master of ceremonies Asab Al-Tabchi")]),
    ('"The first line of defense is within the community," said former secretary of state Hillary Clinton.',
     [("Hillary Clinton", "former secretary of state Hillary Clinton")]),
    ('"There never was a stand-down order," said the base chief known as Bob, speaking publicly.',
     [("Bob", "the base chief known as Bob")]),
])
def test_a_role_before_a_name_it_goes_by_is_read_whole(text, expected):
    assert [q[1:3] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('Playbook won’t go that far, but Sherman wants to use it as a fact check. “I think we will impose the '
     'skepticism in real time.”', "Sherman"),  # the clause after `, but` names whom the quotation goes on
    ('Playbook won’t go that far, but the idea is to use it as a fact check. “I think we will impose the '
     'skepticism in real time.”', "Playbook"),  # no name opens that clause: the sentence's subject
    ('Sherman wants to use it as a fact check, but Playbook’s reach is small. “I think we will impose the '
     'skepticism in real time.”', "Sherman"),  # a possessive opens it: a thing, not a speaker
])
def test_a_quotation_after_a_sentence_closing_on_but_and_a_name_with_its_verb_goes_on_that_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"People are angry," Chicago Alderman Jason C. Ervin said.', "Jason C. Ervin"),
    ('"The numbers do not add up," City Comptroller Scott Stringer said.', "Scott Stringer"),
    ('"We will be heard," state lawmaker Ann Ruiz said.', "Ann Ruiz"),
])
def test_an_office_of_city_or_legislature_before_a_name_is_no_part_of_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Campese blamed the coach. And the ex-Wallaby added: "If England lost that, they would be in turmoil."',
     "Campese"),  # `ex-` before a capital: a former member of a side, whom the text just named
    ('Campese blamed the coach. And the Wallaby added: "If England lost that, they would be in turmoil."',
     "Wallaby"),  # without `ex-`, a capitalised word may be a name
])
def test_an_ex_member_of_a_side_is_an_epithet_for_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('From Trump’s “coarse, vulgar, and nasty effusion” in Iowa to his call for a federal “deportation force,” '
     'Will described Trump as a “caricature of democracy” and “stupendously un-conservative.”',
     ["Will", "Will", "Will", "Will"]),  # one phrase, one cue, out of reach of the first quotation
    ('Unions oppose jobs that are "inherently governmental." On the "privatization of jobs," Sanders said '
     'contractors cost more.', [None, "Sanders"]),  # the first closes a sentence of its own
])
def test_a_quotation_with_no_cue_shares_the_next_ones_when_only_words_stand_between(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    ('To a question on the "privatization of public sector jobs," Sanders said contractors cost more.',
     [(None, "question")]),  # the question's words, not the answer's
    ('In response to a question about the "deportation force," Trump said it was needed.', [(None, "question")]),
    ('In response to a question, Trump called it a "deportation force."', [("Trump", "called")]),  # closed before it
])
def test_a_quotation_inside_an_opening_phrase_about_a_question_is_the_askers(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    ('The band was later described as "pretty damn average" and "strange and eerie" by scouts who saw them live.',
     ["scouts", "scouts"]),  # `who` makes the passive's agent people
    ('The band was later described as "pretty damn average" by scouts.', [None]),  # a plural nothing marks as people
])
def test_a_passive_agent_that_who_follows_speaks(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Planes filled the sky with messages. One message read “anybodybuttrump.us,” a website.', "message"),
    ('The statue was unveiled. A plaque read “For those who served.”', "plaque"),
    ('She left quickly. A note read “Back soon,” on the door.', "note"),  # a text one sends reads so too
])
def test_read_after_a_thing_bearing_words_is_a_cue(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Bob Marley was a reggae star. He toured widely.\n\nBut Bob in the 1990s became one of the great icons in America. '
     '"In 1991, ten years after his death, he sold more records than at any time during his life."',
     None),  # words about him
    ('Joseph Hunter said he will not vote for Donald Trump. Also, Trump isn\'t a conservative, he said. "He\'s a '
     'liberal!"', "Joseph Hunter"),  # the he is Trump, whom the sentence before names: Hunter goes on
    ('Bob Marley was a reggae star. He toured widely.\n\nBut Bob in the 1990s became one of the great icons in America. '
     '"I sold more records than at any time in my life."', "Bob Marley"),  # words that say I
    ('Kelvin MacKenzie judged the show. Mr MacKenzie thought the former solicitor deserved a chance. "He could join '
     'the rest of the crooks in Parliament."', "Kelvin MacKenzie"),  # what he thought: his words go on
])
def test_a_quotation_with_no_cue_that_speaks_of_the_subject_before_as_he_is_not_his(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Party Chairman Reince Priebus scolded Romney for suggesting that immigrants should “self-deport.”', "Romney"),
    ('The former secretary of state mocked Trump for calling himself the “king of debt.”', "Trump"),
    ('Romney was criticized for saying immigrants should “self-deport.”', "Romney"),  # no object: the subject
    ('Romney apologized for saying immigrants should “self-deport.”', "Romney"),
])
def test_the_object_of_a_verb_before_for_and_a_participle_is_who_said_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    ('The rejection was complete when Trump in his announcement speech called immigrants “rapists.”', "Trump"),
    ('Trump in a speech called immigrants “rapists.”', "Trump"),
])
def test_a_short_phrase_with_a_possessive_after_a_name_is_no_part_of_the_subject(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


def test_a_name_opening_a_sentence_before_a_comma_and_a_participle_is_its_subject():
    text = ('Hillary Clinton prepared for her debates. A 2008 Clinton veteran said: "She didn’t like that."\n\n'
            'She bridled, but Rick Lazio was dismissed.\n\n'
            'Clinton, speaking to me for the “Off Message” podcast remembers being taken aback by Lazio’s move. '
            '“I was more thinking that it would look artificial,” she said.')
    assert [q[1] for q in quotes_of(text)][-1] == "Hillary Clinton"  # the appositive left unclosed; not the veteran


@pytest.mark.parametrize("text, speaker", [
    ('"We will see," Pope Francis said.', "Pope Francis"),
    ('"We will see," Mother Teresa said.', "Mother Teresa"),
    ('Prince Charles opened the hospital. "I am absolutely delighted," Charles said.', "Prince Charles"),
    ('Sir Ian Blair spoke. "We will see," Sir Ian said.', "Ian Blair"),  # a fuller name: the name
    ('His mother Jane was there. "We will see," she said.', "Jane"),  # a relation, not a title
])
def test_a_one_word_name_known_by_a_royal_or_church_title_keeps_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('"You have not been involved in a decision," Christie said. "You just simply haven\'t." Rubio fired back at '
     'Christie over the credit rating.', ["Christie", "Christie"]),  # the retort answers the quotation
    ('"They expect you to plow the snow," said Christie. "They expect you to get the schools open." Rubio hit back '
     'again, saying Christie was too focused on his campaign.', ["Christie", "Christie"]),
    ('"You just simply haven\'t," Rubio fired back.', ["Rubio"]),  # the quotation runs on into its retort
])
def test_a_retort_after_a_quotation_that_closed_its_sentence_answers_it(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Clinton defended her pledge to "fight for you."', "Clinton"),  # her before a noun: the subject's
    ('Smith gave her a gift. "Thanks," she said.', None),  # her before an article: someone else, unnamed
])
def test_her_before_a_noun_gives_the_subject_her_sex(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('Critics denounced Donald Trump’s call for “a total and complete shutdown of Muslims entering the United '
     'States.”', [("Donald Trump", "call")]),  # not the critics'
    ('Donald Trump spoke. His standing improved after his call for "a total and complete ban" on Muslims.',
     [("Donald Trump", "call")]),
    ('Lib Dem leader Charles Kennedy repeated his call for a "pause".', [("Charles Kennedy", "repeated")]),  # the
])  # cue's subject first, when there is one
def test_a_quotation_after_an_owner_and_a_call_for_is_the_owners(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    ('To being “extreme careless” in the handling of classified information – as described by FBI Director James '
     'Comey – many believe Clinton is unfit.', "James Comey"),
    ('She was “extremely careless” in handling information – according to James Comey – and many agree.',
     "James Comey"),
    ('Smith called it “extremely careless” and she lost – according to James Comey – the trust of many.',
     "Smith"),  # a verb between them: the aside is that clause's
])
def test_a_source_phrase_set_off_by_dashes_after_the_quotations_phrase_names_its_source(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("At his news conference in Turkey on Monday after the Group of 20 conference, Obama's first five questioners "
     'ranged from skeptical to hostile: "Is it time for your strategy to change?"',
     "Obama's first five questioners"),  # people before the colon; a long opening phrase passed over
    ('The questioners ranged from skeptical to hostile: "Is it time for your strategy to change?"', "questioners"),
    ('Voters were asked: "Do you trust him?"', None),  # asked: the words are put to them
])
def test_people_whose_clause_ends_on_a_colon_before_a_quotation_say_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("At its peak, The Osbournes had a regular audience of eight million, with America's TV Guide magazine "
     'describing the show as "a cross between The Simpsons and This Is Spinal Tap".', "TV Guide"),
    ('The show had eight million viewers, with TV Guide describing it as "a cross between The Simpsons and Spinal '
     'Tap".', "TV Guide"),
])
def test_a_name_after_with_is_the_subject_of_its_characterising_participle(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Marco Rubio suspended his campaign Tuesday night.\n\nThe Florida senator sought to calm his supporters, saying '
     'the person would “not get beat up” at his rally.', "Marco Rubio"),  # the last sentence of the paragraph before
    ('Marco Rubio suspended his campaign.\n\nTrump held a rally. The Florida senator sought to calm his supporters, '
     'saying the person would “not get beat up” at his rally.', "Florida senator"),  # not past another sentence
])
def test_an_office_opening_a_paragraph_is_the_main_subject_that_closed_the_paragraph_before(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('A legal opinion drafted for the project for Mercury in May 2012, and obtained by AP, concluded that the Centre '
     'qualified as a "foreign principal" under the Act.', "legal opinion"),
    ('A legal opinion drafted for Mercury in May 2012, obtained by AP, concluded that the Centre was a "foreign '
     'principal".', "legal opinion"),
    ('The memo, which AP obtained, concluded that the Centre was a "foreign principal".', "memo"),
])
def test_an_aside_opening_with_a_past_participle_stands_between_a_subject_and_its_verb(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Planning Minister Julio De Vido has offered help to water firm Aguas Argentinas.\n\nHowever, Aguas Argentinas '
     'told the newspaper Clarin it would not accept any change. The minister did not rule out cancelling the '
     'concession. Yet he added that he did not like to do "futurology".', ["Julio De Vido"]),
    ("Ridley Scott is to direct. Fox has bought the rights for Scott's company Scott Free to develop. The director "
     'said he was "thrilled" with the project. "It is an enchanting book," he said.',
     ["Ridley Scott", "Ridley Scott"]),  # the owner of a company is no body
])
def test_a_name_set_beside_a_word_for_a_business_is_no_he(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ("The club website also reported that Beattie, who seemed unrepentant after Saturday's match, insisting Gallas "
     '"would have stayed down a lot longer" if he had headbutted him, has now apologised.', "Beattie"),
    ("Sen. Ted Cruz weighed in on allegations against Trump's campaign manager, who allegedly assaulted a reporter, "
     'calling the behavior a "fireable offense."', "Ted Cruz"),  # the relative's antecedent an object
])
def test_a_participle_right_after_a_relative_aside_goes_on_its_antecedent(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, mention", [
    ('More than half of the voters said they were "very worried."', "half of the voters"),
    ('Fewer than a third of the residents said they were "very worried."', "a third of the residents"),
])
def test_a_share_after_more_or_fewer_than_is_the_subject_not_a_prepositions_object(text, mention):
    assert [q[2] for q in quotes_of(text)] == [mention]


@pytest.mark.parametrize("text, speakers", [
    ("Donald Trump gave an interview to CNN on Wednesday night.\n\nWhat it means is left to voters, since Trump spoke "
     "only in evasive bromides during the interview.\n\n“We have to do something.” “We have to be a lot tougher.”",
     ["Donald Trump", "Donald Trump"]),
    ("Donald Trump gave an interview to CNN on Wednesday night.\n\nWhat it means is left to voters, since Trump had "
     "been vague during the interview.\n\n“We have to do something.”", [None]),  # he does not speak in it
])
def test_who_speaks_in_a_closing_clause_of_reason_goes_on_in_the_next_paragraph(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Tony Blair has told Labour supporters he is back.\n\n"The electorate are keener on the government than some '
     'Labour Party members," is the dry assessment of Graham Lane, leader of the Labour group on Newham Council.',
     "Graham Lane"),  # not the speaker of the paragraph before
    ('"Welcome to CeBit 2005" was the message from the pilot as we landed.', "pilot"),
])
def test_a_quotation_a_copula_names_as_someones_words_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Paul Sculthorpe wants the job.\n\nSt Helens have been strongly linked with a move for Sonny Bill Williams, and '
     'Sculthorpe said he would love him to come. "He is a great player," he said.', "Paul Sculthorpe"),
    ('Paul Sculthorpe wants the job.\n\nSaint Etienne are keen on Sonny Bill Williams, and Sculthorpe said he would '
     'love him to come. "He is a great player," he said.', "Paul Sculthorpe"),
])
def test_a_saints_name_a_plural_verb_follows_is_a_team_and_no_he(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ministers say the constitution would make the European Union work better but critics fear creating a "super '
     'state".', "critics"),
    ('Ministers say the plan works, but many Labour backbenchers call it a "super state".', "Labour backbenchers"),
    ('Smith said the team played well but the referee was "a disgrace".', "Smith"),  # no one set against him speaks
])
def test_a_clause_set_against_the_cues_by_but_holds_the_quotation_when_its_subject_speaks(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told BBC Radio 4 that the church '
     'wanted people to "reflect on issues".', "Peter Smith"),
    ('The Bishop of Durham, the Rt Rev Dr Tom Wright, described it as "lousy history".', "Tom Wright"),
])
def test_a_name_after_its_style_in_apposition_to_an_office_speaks(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"People want to see Wales back," said coach Mike Ruddock.\n\nNone more so than Gavin Henson, who can now expect '
     'the spotlight. The confident 23-year-old is undaunted by the prospect. "I am the sort of player who likes '
     'pressure," he said.', "Gavin Henson"),  # the epithet's person acts in a relative clause that opens on a modal
    ('"People want to see Wales back," said coach Mike Ruddock.\n\nNone more so than Gavin Henson, who is the toast of '
     'Wales. The confident 23-year-old is undaunted. "I like pressure," he said.', "Gavin Henson"),
])
def test_a_name_acting_in_a_relative_clause_is_whom_an_epithet_stands_for(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('"Everything is going digital," Kirsten Pfeifer told the BBC. Despite showing diversity, some delegates attending '
     'complained that the showcase lacked as much "wow factor" as in previous years.', ["Kirsten Pfeifer", "delegates"]),
    ('Fans waiting outside said the band was "awful".', ["Fans waiting outside"]),  # `outside` goes on the participle
])
def test_a_participle_after_a_word_for_people_is_part_of_the_subject(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    ('Prime Minister Tony Blair spoke on Monday.\n\nAsked about it, he replied: "I have made my admiration very clear." '
     'The prime minister shrugged off claims from Conservative leader Michael Howard that he led a "grubby '
     'government". He said the integrity remained intact: "He was the person who asked for this inquiry."',
     ["Tony Blair", "Michael Howard", "Tony Blair"]),  # quoted, Howard is not whom the next he goes on
    ('The email appears to contradict 2013 comments from former Secretary of Defense Leon Panetta that "time and '
     'distance prevented a more immediate response."', ["Leon Panetta"]),
])
def test_a_claim_or_comments_from_someone_are_theirs(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, last", [
    ('"Athletes need to stay focused," explains Hugh Richards. Fellow runner Liz Yelling revealed it. "She just '
     'thought, well, they cannot think any worse of me now," Yelling told BBC Sport.', ("Liz Yelling", "Yelling", "told")),
    ('"Athletes need to stay focused," explains Hugh Richards, who has worked with Olympians. "She must not get caught '
     'up in it." And Yelling says: "I think this will probably make Paula."', ("Yelling", "Yelling", "says")),
])
def test_a_name_spelt_like_a_speech_participle_speaks_before_a_cue(text, last):
    assert quotes_of(text)[-1][1:] == last


@pytest.mark.parametrize("text, last", [
    ('"Those with the greatest needs are the elderly," Dr Gillingwater told the BBC. Dr Erel Avineri, of the Centre '
     'for Transport and Society at the University of the West of England in Bristol said: "The design of the devices '
     'is not adjusted to the needs of the elderly."', ("Erel Avineri", "Dr Erel Avineri")),  # an affiliation not closed
    ('"Rates will rise," said Mr Greenspan. In a statement, the Fed said that inflation remained "well contained".',
     ("Fed", "the Fed")),  # `Fed` after `the` is no past of feed
    ('"Piracy is severe," said Peter Zombic. He did, however, admit that copyright owners have "partly lost control".',
     ("Peter Zombic", "He")),  # its own subject, not inherited from the quotation before
])
def test_a_subject_is_found_past_an_open_affiliation_a_connective_or_a_past_form(text, last):
    assert quotes_of(text)[-1][1:3] == last


@pytest.mark.parametrize("text, last", [
    ('Mourinho had his say on that game, complaining: "Five-four is a hockey score."',
     ("Jose Mourinho", "Mourinho", "complaining")),
    ('Jose Mourinho spoke. Fans want a say too, and Mourinho added: "We listen to them."',
     ("Jose Mourinho", "Mourinho", "added")),
])
def test_say_after_a_possessive_or_an_article_is_a_noun(text, last):
    assert quotes_of('Jose Mourinho is Chelsea\'s manager.\n\n' + text)[-1][1:] == last


@pytest.mark.parametrize("text, expected", [
    ('Ms Hutt defended her record, saying waiting lists were "only 10% of the health agenda. Dr Gibbons, who was '
     'a GP, said NHS staff wanted calm after "tremendous change and reform".',
     [("only 10% of the health agenda.", "Hutt"), ("tremendous change and reform", "Gibbons")]),
    ('Cole added: "Of course he\'ll learn. I\'ve been sent off a couple of times now. Gunners boss Arsene Wenger '
     'said: "Freddie is an option but we need a second striker."',
     [("Of course he'll learn. I've been sent off a couple of times now.", "Cole"),
      ("Freddie is an option but we need a second striker.", "Arsene Wenger")]),
    ('George Osborne said: "This was more talk. "We\'ve heard it all before. Instead of talking about the future he '
     'kept on talking about the past. "He failed to say which taxes he would put up."',  # a run that lost closers
     [("This was more talk.", "George Osborne"),
      ("We've heard it all before. Instead of talking about the future he kept on talking about the past.",
       "George Osborne"), ("He failed to say which taxes he would put up.", "George Osborne")]),
    ('Mr Hayman said: "It would be unacceptable for a chief constable to say, \'I\'m very sorry\'. He said that '
     'police should make sure the law works. "My view is that I have a responsibility," he said.',
     [("It would be unacceptable for a chief constable to say, 'I'm very sorry'.", "Hayman"),
      ("My view is that I have a responsibility,", "Hayman")]),  # the writer's indirect report is no quotation
    ('"We have won two," said Jason Robinson. "If we beat Australia it would be great. If we stumble we will regret '
     'it. Robinson also revealed that the side had sent a card. "We signed a card for them today," said Robinson.',
     [("We have won two,", "Jason Robinson"),
      ("If we beat Australia it would be great. If we stumble we will regret it.", "Jason Robinson"),
      ("We signed a card for them today,", "Jason Robinson")]),
])
def test_a_quotation_that_lost_its_closer_ends_before_a_sentence_introducing_the_next(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


def test_a_he_or_she_stands_for_a_person_of_that_sex_in_its_sentence_over_an_unsexed_description():
    text = ('Hillary Clinton spoke in Ohio.\n\nClinton, a top aide said, "is very confident in the contrast" between '
            'her and Trump, and since 2008 she has often told his team that "I only lost one debate against your boss."')
    assert [q[1:] for q in quotes_of(text)] == [("top aide", "a top aide", "said"), ("Hillary Clinton", "she", "told")]


def test_it_in_a_which_clause_stands_for_the_body_the_clause_hangs_on():
    text = ('The PACs, all of which have variations of the name Keep the Promise, spent $890,000. They paid $332,000 to '
            'a company called Cambridge Analytica, which specializes in building what it calls "psychographic" '
            'profiles of voters.')
    assert [m.is_org for m in find_names(0, text, []) if m.words == ("Cambridge", "Analytica")] == [True]
    assert quotes_of(text) == [("psychographic", "Cambridge Analytica", "it", "calls")]


@pytest.mark.parametrize("text, expected", [
    ('On "Face the Nation," Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified young voters\' '
     'exhaustion with bigotry as one of the reasons. "The younger people are sick and tired of discrimination."',
     [("Bernie Sanders", "Sen. Bernie Sanders", None)]),  # a show's title in the sentence before quotes no one
    ('Sale Sharks director of rugby Philippe Saint-Andre has re-opened the club-versus-country debate.\n\nSale host '
     'Bath in the Powergen Cup on Friday, but the Frenchman has endured a "difficult week" with six players away. '
     '"It\'s an important game but we\'ve just the one full session. "If five players or more are picked they should '
     'move the date," he told BBC Sport.',  # the subject after `, but` is the Frenchman, whom he stands for
     [("Philippe Saint-Andre", "he", "told"), ("Philippe Saint-Andre", "he", "told")]),
])
def test_a_quoted_title_or_a_scare_quote_in_the_sentence_before_does_not_hide_its_subject(text, expected):
    assert [q[1:] for q in quotes_of(text)] == expected


def test_a_gerund_after_for_takes_the_nearest_verbs_subject_and_a_him_ties_a_he_to_the_owner():
    text = ('Dr. Mehmet Oz hosts a show. "He is a quack," said David Gorski, a surgeon.\n\nOz’s dubious medical advice '
            'earned him the attention of Congress, where he appeared at a hearing for his role in promoting diet aids '
            'and for saying that green coffee extract was a “magic weight loss cure for every body type.”')
    assert quotes_of(text)[-1][1:] == ("Mehmet Oz", "he", "saying")


def test_a_name_with_an_affiliation_holding_for_is_the_subject_of_the_verb_after_it():
    text = ('"It is no remedy," Judge David Sentelle wrote. But William Corr of the Campaign for Tobacco-Free Kids urged '
            'the government to continue pressing its case. "Today\'s ruling should not be an excuse," he said.')
    assert [m.is_subject for m in find_names(0, text, [(1, 16), (150, 187)]) if m.words == ("William", "Corr")] == [True]
    assert quotes_of(text)[-1][1:] == ("William Corr", "he", "said")


def test_a_person_described_after_according_to_is_whom_a_later_he_stands_for():
    text = ('For BT Retail, she said, the service could help. Cable firms ntl and Telewest are bound to increase '
            'bandwidth and, according to an ntl spokesman, are in a better position than BT. "BT\'s network is '
            'limited," he said.')
    assert quotes_of(text) == [("BT's network is limited,", "ntl spokesman", "he", "said")]


@pytest.mark.parametrize("text, last", [
    ('San Diego chapter president Luis Osuna told The Huffington Post that Donald Trump was wrong: "We are not only '
     'Mexicans."\n\nTrump took to Twitter. "Many of the thugs that attacked the peaceful Trump supporters in San Jose '
     'were illegals," he tweeted on June 4.', ("Donald Trump", "he", "tweeted")),  # `Trump supporters`: no subject
    ('Priebus said: "It hurts us."\n\nTo Florida consultant Rick Wilson, the official party line on Trump is just '
     'plain silly. "This is them trying to whistle past the graveyard," he said.', ("Rick Wilson", "he", "said")),
])
def test_a_name_before_a_word_for_people_is_no_subject_and_one_after_to_holds_the_view(text, last):
    assert quotes_of(text)[-1][1:] == last


def test_after_a_phrase_of_place_opening_the_sentence_the_subject_follows_be():
    text = ('"Blogs were a key part of that transformation," said Andrew Nachison. Among them were blogs carrying '
            'picture messages, saying "we are sorry" for the result.')
    assert quotes_of(text)[-1][1:] == ("blogs", "blogs", "saying")


@pytest.mark.parametrize("text, speaker", [
    ('In a statement, a detainee in Woodhill Prison said: "I hope now that the government will act."',
     "detainee in Woodhill Prison"),  # not the prison
    ('"I\'m extremely outraged," the play\'s organiser in Uganda, Sarah Mukasa, told the BBC.', "Sarah Mukasa"),
    ('Martina Hingis makes her return.\n\nOnly last year she insisted that a comeback was unlikely, but speaking in '
     'Thaliand Hingis admitted: "I said that because I did not know."', "Martina Hingis"),  # a place, a surname
])
def test_a_described_person_in_a_place_is_neither_the_place_nor_a_name_after_it(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_place_and_a_surname_in_a_headline_are_no_full_name():
    doc = Document(path="t.txt", title="Teen girl pepper-sprayed outside Wisconsin Trump rally", paragraphs=(
        "Teen girl pepper-sprayed outside Wisconsin Trump rally",
        "As GOP front-runner Donald Trump prepared to speak in Wisconsin, a girl was pepper-sprayed.",
        '"Wisconsin was facing a $2.2 billion deficit," Trump said.'))
    assert [(q.speaker, q.speaker_mention) for p in annotate(doc) for q in p.quotes] == [("Donald Trump", "Trump")]


def test_a_they_after_a_clause_with_the_same_they_stands_for_the_group_before_in_both_quotations():
    text = ('But the protesters also paid tribute to young black men.\n\nAs they made their way down Broad Street, they '
            'chanted "stop killing black people" and "no justice, no peace."')
    assert [q[1:] for q in quotes_of(text)] == [("protesters", "they", "chanted")] * 2


@pytest.mark.parametrize("text, speaker", [
    ('The Republican candidates would also seek to limit the federal role.\n\nSeveral said they would rather '
     'officials dole out funding in "block grants" to states.', "Republican candidates"),
    ('Supporters gave each other high-fives and held signs above their heads. Some chanted "USA! USA!"', "supporters"),
    ('More than nine of 10 Republicans in Tennessee were worried about the economy; most said they were "very '
     'worried."', "Republicans"),
    ('They can be made by anyone with a microphone. Some liken them to talking "audioblogs".', None),  # no group
])
def test_some_several_or_most_speaking_are_of_the_group_the_clause_before_is_about(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Police officer Mark Bujnowski filed the charge.\n\n"Lewandowski grabbed her arm," Bujnowski wrote in the '
     'affidavit. It continued: "Probable cause exists to charge Corey Lewandowski."', "affidavit"),  # not the man
    ('The Tories have tabled a motion opposing the new bill. It argues the plan "wrongly infringes the right to '
     'liberty" by failing to bring terrorists to trial.', "motion"),
    ('Democratic voters have moved on to a bruising fight against Donald Trump.\n\nOn his website, Bernie Sanders has '
     'already started to become another kind of leader. "This is your movement," it now says.',
     "Bernie Sanders's website"),  # the his of an opening phrase is its sentence's subject's, not Trump's
    ('The company has tabled a motion. It argues the plan "wrongly infringes the right to liberty".', "company"),
])
def test_it_that_no_body_stands_for_is_the_text_its_sentence_or_the_one_before_names(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, title, speaker", [
    ('In the latest batch of Hillary Clinton emails, the candidate for commander-in-chief appeared callous.\n\n'
     'Clinton proclaimed at a press conference, "I did not email any classified material to anyone." The '
     'presidential candidate reiterated: "There is no classified material."\n\nThe candidate changed her story a few '
     'months later, stating that she had not sent any emails that were "marked classified at the time."', None,
     "Hillary Clinton"),
    ('"Let us go back six months," Bernie Sanders said in an interview with Gloria Borger.\n\nSix months ago, the '
     'independent Vermont senator said, the media considered him a "fringe candidate."\n\n"That would be you?" '
     'Borger asked.\n\n"That would be me, yes," the senator said.',
     "Sanders says endorsements prove Clinton is the establishment", "Bernie Sanders"),
])
def test_an_office_no_one_holds_is_the_one_person_a_fuller_office_ending_in_it_stood_for(text, title, speaker):
    assert quotes_of(text, title=title)[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Sen. Marco Rubio (R-Fla.) and Sen. Bernie Sanders (I-Vt.) spoke on Tuesday. Sen. Ted Cruz, R-Tex., did not.'
     '\n\n"We need new leadership," the Florida senator said.\n\n"We need a revolution," the Vermont senator said.',
     ["Marco Rubio", "Bernie Sanders"]),
    ('Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated tax credits.\n\nRubio was asked by moderator Gerard Baker '
     'whether his plan was wise.\n\nThe Florida senator’s answer was that “the most important institution in society '
     'is the family,” so government should help.', ["Marco Rubio"]),  # the senator's answer: his words
    ('Gov. Chris Christie of New Jersey arrived late.\n\n"It starts to pay off," the New Jersey governor said.',
     ["Chris Christie"]),
    ('Sen. Ted Cruz (R-Tex.) spoke first.\n\n"We need new leadership," the Florida senator said.',
     ["Florida senator"]),  # tagged with another state: not him
    ('Sens. Ted Cruz of Texas and Marco Rubio of Florida urged a delay.\n\n"We need new leadership," the Florida '
     'senator said.', ["Marco Rubio"]),  # `Sens.`: a title, not a name; the senators' states after their names
    ('"We have the votes," John Thune, R-S.D., told reporters.\n\nChuck Schumer, D-N.Y., called it "a disgrace."'
     '\n\nThe South Dakota Republican shot back: "They had four years."', ["John Thune", "Chuck Schumer", "John Thune"]),
    # a party's member of a state, as a state's senator: not the person named since
])
def test_an_office_of_a_state_is_the_one_person_the_text_tags_with_that_state(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers

@pytest.mark.parametrize("leaders, speaker", [
    ("House Minority Leader Hakeem Jeffries, D-N.Y., and Senate Majority Leader John Thune, R-S.D., met.",
     "Hakeem Jeffries"),  # tagged with the party and titled with the role
    ("House Minority Leader Hakeem Jeffries and Senate Majority Leader John Thune met.", "Democratic leader"),
    ("Sen. Chuck Schumer, D-N.Y., and Senate Majority Leader John Thune, R-S.D., met.", "Democratic leader"),
    # of the party, but titled no leader
])
def test_a_partys_office_is_the_one_person_the_text_tags_with_that_party_and_titles_so(leaders, speaker):
    text = f'Congress returns\n\n{leaders}\n\n"Republicans have no plan," the Democratic leader said.'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Obama met Sen. Bernie Sanders on Thursday.\n\nYet it was unclear whether Sanders was ready to follow that '
     'script. The Vermont senator emailed supporters saying: "The struggle continues."', ["Bernie Sanders"]),
    ('Ohio Gov. John Kasich was on stage with Ted Cruz.\n\n"I have somebody in mind," Cruz said. John Kasich said '
     'deporting parents was wrong. The Ohio governor said that he would not support mass deportation. "I could not '
     'imagine taking a mom or a dad out of a house," he said.', ["Ted Cruz", "John Kasich"]),  # the governor's he
])
def test_an_office_of_a_state_no_one_is_tagged_with_is_the_one_titled_with_it_who_acted_just_before(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_sentence_opening_on_a_thing_leaves_the_he_to_the_subject_of_its_clause():
    text = ('"He deserved it," the assailant, John McGraw, told the television program.\n\nMr. McGraw was charged '
            'with assault.\n\nThe rancor is so blatant that Mr. Trump was asked about it during the debate. He said '
            'he had not seen the episode, and when asked whether he was encouraging his supporters, he said, '
            '"I hope not."')
    assert quotes_of(text)[-1][1:] == ("Trump", "he", "said")  # `the rancor` is no one: not the assailant


@pytest.mark.parametrize("text, speaker", [
    ('Admiral Harris makes no apologies for his candor.\n\n"Some may say it is unkind," Xinhua, the official Chinese '
     'news agency, wrote.\n\nThe derogatory comments had two goals, the admiral said. Second, they seemed intended '
     'to tarnish him. "You know, when I am described as a Japanese admiral, it is not true," he said.', "Harris"),
    ('Juninho\'s agent, Brian Hassel, says no approach has been made.\n\nThe agent also stressed that nothing should '
     'be read into it. "I know there is interest," said Hassel. "It was a thought at one stage," he said.',
     "Brian Hassel"),  # `the agent`, no title of the player's: no speaker to outrank him
])
def test_a_description_that_speaks_and_titles_someone_named_is_that_speaker_for_a_later_he(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_archives_section_heading_is_no_ones_name():
    text = ('Adm. Harry B. Harris Jr., who leads the Pacific Command, makes no apologies.\n\nFULL TEXT.\n\n'
            'He has called China "provocative and expansionist," accusing it of "creating a Great Wall of sand."')
    assert [q[1] for q in quotes_of(text)] == ["Harry B. Harris Jr."] * 2


def test_a_persons_show_does_not_make_their_name_a_programmes():
    text = ("That person is Sean Hannity.\n\nMr. Hannity's show has all the trappings of television news.\n\n"
            "But, Mr. Hannity said, ''I don't say anything privately that I don't say publicly.''")
    assert quotes_of(text)[-1][1:] == ("Sean Hannity", "Mr. Hannity", "said")  # not a show named `Mr. Hannity`


@pytest.mark.parametrize("text, speaker", [
    ('Dance teacher Eve Trew told BBC News she had seen a "vast" change.\n\nHazel Gilbert, 23, an information '
     'manager from Newcastle, gave up ballet at the age of 10. "It\'s not a very cool thing to do," she said.',
     "Hazel Gilbert"),
    ('Cecelia Purner said she would vote for Mr. Trump. "I like him," she said.\n\nCarole Bower, 75, a retiree in '
     'Carthage, Ill., supported Gov. John Kasich, but now plans to vote for Mr. Trump. "I will hold my nose," she '
     'said.', "Carole Bower"),
])
def test_a_name_then_an_age_then_a_description_is_the_subject_of_the_verb_after_them(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_pronoun_reporting_a_sentence_may_stand_for_the_subject_of_the_clause_that_opens_it():
    text = ('"Skateboarding is a political act," said Ms. Gil.\n\nThough Ms. Olivieri has spent most of her life in '
            'Washington Heights, the influx of wealthier residents has led to more police, she said.\n\n"Cops have '
            'taken over the entire neighborhood," she said.')
    assert quotes_of(text)[-1][1] == "Olivieri"  # not Gil: a he or she reporting `Tony Blair would be …` is not Blair


def test_a_plural_title_opening_a_list_of_names_is_no_ones_given_name():
    text = ('Senators Rubio and Cruz, of Florida and Texas, represent the Latino vote.\n\n'
            '"I would learn to speak his native language correctly," Mr. Rubio wrote.')
    assert quotes_of(text)[-1][1] == "Rubio"  # not `Senators Rubio`


@pytest.mark.parametrize("text, speaker", [
    ('Mr. Trump tries to turn the interruptions to his advantage, showcasing his large crowds, alternately shouting '
     '"Get them out of here" and "Be nice."', "Trump"),  # the infinitive's object is no subject
    ('She said that experts had determined her proposals were strong, to which O\'Malley interjected: "It\'s just not '
     'true."', "O'Malley"),  # `to which`: no infinitive
])
def test_a_noun_phrase_after_an_infinitive_is_its_object_not_a_participles_subject(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Following the lead of Alphabet and Facebook, Microsoft promised Mr. Weiner that he could run LinkedIn as a '
     '"fully independent entity."', "Weiner"),  # `Mr.` ends no sentence; a he is the one man the sentence names
    ('DrKW said the cuts could indicate a "step change in pricing" at M&S. "Either way, this cannot be good news for '
     'M&S\' margin," it added.', "DrKW"),  # but `M&S.` ends one
])
def test_a_pronoun_of_known_sex_goes_to_the_one_person_of_that_sex_its_sentence_names(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("In the hours after 14 people were killed in San Bernardino, Calif., a familiar voice celebrated the attacks on "
     "Twitter: ''California, we have already arrived with our soldiers.''", None),  # the city's state is no one
    ("''It's an enormous moment,'' said Steve Schmidt, a Republican strategist. Unless further rivals quit the race, "
     "''it's very difficult to see how he is stopped.''", "Steve Schmidt"),  # `Unless` opens a clause: no name
])
def test_a_state_after_a_city_and_a_conjunction_opening_a_sentence_are_no_ones_names(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Mrs. Clinton has always maintained that the server was secure. President Obama backed her up in an interview '
     'last October. "I don\'t think it posed a national security problem," he said.', "Obama"),
    ('President Obama backed her up in an interview last October on CBS\' "60 Minutes." "I don\'t think it posed a '
     'national security problem," he said.', "Obama"),  # a show's title that a number opens is no quotation
    ('Obama backed her up in an interview last October. "I don\'t think it posed a national security problem," he '
     'said.', None),  # one word with no title and no sex: maybe a body
    ('Chief of Staff Denis McDonough heaps praise on him. "Another miracle," he wrote.', "Denis McDonough"),
    # an office's domain before a given name titles no one
])
def test_a_he_or_she_may_be_a_titled_subject_of_unknown_sex(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('He denied accusing Germany of using the EU as cover for a "4th German Reich".', ["4th German Reich"]),
    ('McCartney last year described Oliver Letwin as a "21st Century Fagin".', ["21st Century Fagin"]),
])
def test_an_ordinal_opens_no_title(text, expected):
    assert [q[0] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    ('The parents, Khizr and Ghazala Khan, spoke at the convention.\n\n"He has sacrificed nothing," Mr. Khan said. '
     '"I was nervous," Ms. Khan said.', ["Khizr Khan", "Ghazala Khan"]),  # a couple in the order of `Mr. and Mrs.`
    ('Bill and Hillary Clinton arrived on Monday.\n\n"It was great," Mrs. Clinton said. "Yes," Mr. Clinton said.',
     ["Hillary Clinton", "Bill Clinton"]),
    ('Matt Lucas was there. Lucas and David Walliams spoke.\n\n"Yes," Mr Walliams said.', ["David Walliams"]),
])
def test_a_given_name_and_a_full_name_joined_by_and_name_a_couple(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_word_for_a_relation_gives_a_full_names_sex():
    text = ('Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free, the president told her.\n\n'
            '"I could see his love," Mrs. Abedini wrote.')
    assert quotes_of(text)[-1][1] == "Naghmeh Abedini"


@pytest.mark.parametrize("text, names", [
    ("Mr. Trump's jabs at Mr. and Mrs. Khan were unacceptable.", [("Trump",), ("Khan",)]),  # a bare `Mr.` is no one
    ("Chief of Staff Denis McDonough heaps praise on him.", [("Denis", "McDonough")]),  # an office's domain: no one
])
def test_a_bare_honorific_and_an_offices_domain_name_no_one(text, names):
    assert [m.words for m in find_names(0, text, [])] == names


def test_who_the_story_called_by_the_surname_first_goes_before_whose_given_name_it_uses_alone():
    text = ('Donald J. Trump met his older brother, Freddy, for dinner.\n\nIn an interview, Mr. Trump said he had '
            'learned by watching his brother.\n\nBut the case of Freddy Trump serves as an example. Freddy was the '
            'disappointment. Freddy drank.\n\n"For me, it worked very well," Mr. Trump said.')
    assert quotes_of(text)[-1][1] == "Donald J. Trump"  # not Freddy, though the story calls him by his given name


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump met his brother, Freddy Trump, often.\n\nIn 1977, Donald asked Freddy to be the best man at his '
     'wedding, an honor Donald said he hoped would be "a good thing for him." But the drinking continued, and four '
     'years later, Freddy was dead.\n\n"He would have been an amazing peacemaker," he said. "He\'s like the opposite '
     'of me."', "Donald Trump"),  # who spoke of the dead man in the sentence before, across the paragraph's end
    ('Donald Trump met Ted Cruz.\n\nWhen asked about Trump\'s disposition, Cruz gingerly said that was "an assessment the voters are going to make." '
     'Trump, however, wasted no time responding. "If you noticed, he didn\'t answer your question," he said of '
     'Cruz.', "Donald Trump"),  # but not the one the words are said of
])
def test_a_quotation_about_the_subject_of_the_sentence_before_is_whoever_spoke_of_them_before_that(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Mr. Hannity devoted one of his shows to a meeting with Mr. Trump. (As BuzzFeed News first reported, Mr. '
     'Trump voiced support for the war in 2002.)\n\nOn other days, he has lent his platform to wild accusations. He '
     'shared a report that a guard carried a syringe, "for patients who experience recurrent seizures."', "Hannity"),
    ('Mr. Hannity met Mr. Trump at a town hall.\n\nMr. Trump voiced support for the war in 2002.\n\nOn other days, he '
     'shared a report that a guard carried a syringe, "for patients who experience recurrent seizures."', "Trump"),
])
def test_a_he_or_she_opening_a_paragraph_passes_over_a_bracketed_aside_ending_the_one_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_adjective_made_of_a_name_is_no_one():
    text = ('Mr. Hannity held a town hall with Mr. Trump at which his questions often contained extensive Trumpian '
            'talking points.\n\nOn other days, he shared a report "for patients who experience recurrent seizures."')
    assert quotes_of(text)[-1][1] == "Hannity"


def test_a_who_set_off_before_a_long_aside_stands_for_the_name_before_it():
    text = ('First there was Bret Stephens, who, after trading insults with Mr. Hannity over Mr. Trump, said on the '
            'MSNBC show "Morning Joe" that "too much of the Republican Party became an echo chamber of itself."')
    assert quotes_of(text) == [("too much of the Republican Party became an echo chamber of itself.", "Bret Stephens",
                                "who", "said")]


@pytest.mark.parametrize("text, speaker", [
    ('Or do what a partner at Mr. Birdthistle\'s former firm told him to do. He recommended another firm.\n\nThe '
     'solution, the partner told them, was simple. "Just put your money in Vanguard," he said.', "partner"),
    ('Jack McConnell met Mr. Birdthistle.\n\nThe solution, the first minister told them, was simple. "Just put your '
     'money in Vanguard," he said.', "Jack McConnell"),  # an office no one was introduced by
])
def test_a_description_that_spoke_of_someone_introduced_unnamed_is_a_later_he(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('That suggestion prompted a harsh response from Donald Trump Jr., who suggested that Mr. Lewandowski was trying '
     'to "maintain relevance."\n\nDonald J. Trump spoke. "Yes," Mr. Trump said.', ["Donald Trump Jr.", "Donald J. Trump"]),
    ('Joseph R. Biden Jr. spoke. "Yes," Mr. Biden said.', ["Joseph R. Biden Jr."]),  # his surname finds him, the
    # speaker written as the text writes him
    ('Donald Trump Jr. said his father was "the best."', ["Donald Trump Jr."]),  # no Donald Trump for a search
    ('Martin Luther King Jr. said: "I have a dream."', ["Martin Luther King Jr."]),  # `King` is no title here
    ('Ken Griffey Sr. said: "He is ready." Mr. Griffey added: "He always was."', ["Ken Griffey Sr.", "Ken Griffey Sr."]),
    ('Drummer Larry Mullen Jr said: "We are competitive."', ["Larry Mullen Jr."]),  # unlike a QC's or an MP's suffix
    ('Donald Trump Jr defended his father, President Donald Trump.\n\n"He was joking," Mr Trump Jr told Fox News. '
     '"It was true," Mr Trump added.', ["Donald Trump Jr.", "Donald Trump"]),  # a surname titled with the suffix
])
def test_a_junior_is_set_apart_from_a_person_of_his_name(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_states_abbreviation_after_a_city_is_no_speaker():
    text = ("An article about Tashfeen Malik, one of the attackers in the shooting in San Bernardino, Calif., based on "
            "accounts from officials, reported that she had ''talked openly on social media'' about jihad.")
    assert quotes_of(text) == [("talked openly on social media", None, None, "reported")]


@pytest.mark.parametrize("text, speaker", [
    ("''Guarantees are good,'' said Melba Acosta Febo, the president of the bank.\n\n''We need Chapter 9,'' said "
     "Ms. Acosta.", "Melba Acosta Febo"),  # a first surname of two
    ("Luiz Inácio Lula da Silva met Ursula von der Leyen.\n\nLula, as he is widely known, called it \"a victory\".",
     "Luiz Inácio Lula da Silva"),  # the first of a surname a particle joins
    ('"You won\'t find any similar entity," Ms. Acosta said.\n\nBut even today, Puerto Rico tends to run everything '
     'through the bank. Its job is "really a combination of things," she said.', "Acosta"),  # a place is no she
])
def test_a_lone_surname_may_be_the_first_of_two_and_a_territory_is_no_one(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_bodys_name_after_of_keeps_its_first_word():
    text = ('RoseAnn DeMoro, executive director of National Nurses United, a union that has endorsed Mr. Sanders, also '
            'said her group planned to take part.')
    assert [(m.words, m.is_org) for m in find_names(0, text, [])] == [
        (("RoseAnn", "DeMoro"), False), (("National", "Nurses", "United"), True), (("Sanders",), False)]


@pytest.mark.parametrize("text, speakers", [
    ("I'm old enough to remember President Jimmy Carter going on TV on April 18, 1977, declaring a ''moral "
     "equivalent of war'' against dependence on oil. It seems unfair to simply tell the communities: ''We're sorry, "
     "but it didn't work out.''", ["Jimmy Carter", None]),  # whom I remember doing it; an infinitive's: anyone's
    ('The poster shows Mr Howard hypnotising people with a pocket watch, saying: "I can spend the same money twice." '
     'A second poster shows Mr Howard and Oliver Letwin with a blackboard reading: "2+2=5".', ["Howard", None]),
    ('Christine May said Mr McLetchie was "very clever" to ask. The order obliges MSPs to declare interests "where '
     'the interest would prejudice their ability".', ["Christine May", None]),
])
def test_words_seen_said_are_the_seens_and_words_read_or_in_an_infinitive_inherit_no_speaker(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


def test_a_degree_word_before_an_opening_clause_is_skipped_to_the_subject():
    text = ("Ever since she endorsed Mrs. Clinton this month, Ms. Warren visited the headquarters with a simple "
            "message: ''Don't screw this up!''")
    assert quotes_of(text)[0][1] == "Warren"


@pytest.mark.parametrize("text, speaker", [
    ("Mrs. Clinton said that when Ms. Warren railed against Wall Street from her perch in the Senate, ''she is "
     "speaking for all of us.''", "Clinton"),
    ("Rabbi Marvin Hier has said that while he fears comparing any event to the Holocaust, ''I've never seen anything "
     "like ISIS.''", "Marvin Hier"),
])
def test_a_cue_in_a_clause_opening_what_someone_said_that_is_not_the_quotations(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_name_before_an_aside_that_ends_on_a_works_title_speaks():
    text = ("As Akhil Amar, professor of constitutional law at Yale and author of ''America's Unwritten "
            "Constitution,'' put it, ''Senate Republicans should remember that a compromise candidate may be better.''")
    assert quotes_of(text)[-1][1:] == ("Akhil Amar", "Akhil Amar", "put it")


@pytest.mark.parametrize("text, speaker", [
    ("We should not infringe on the only Amendment the Founding Fathers wrote ''shall not be infringed.''",
     "Founding Fathers"),  # a relative clause with no `that` inside the object
    ("The confrontation between Mr. Trump and the Khan family echoes a controversy when he assailed a judge for his "
     "''Mexican heritage.''", None),  # `and the` joins, opens no clause
])
def test_the_subject_of_a_relative_clause_with_no_that_inside_an_object_speaks(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_what_someone_called_in_an_opening_phrase_is_theirs():
    text = ("In 2009, under what Mr. Hedge called ''the prior economy model,'' the Marsh Landing Country Club, a "
            "private course in Ponte Vedra Beach, Fla., charged a $100,000 initiation fee.")
    assert quotes_of(text) == [("the prior economy model,", "Hedge", "Mr. Hedge", "called")]


@pytest.mark.parametrize("text, quote", [
    ("“Which is why I don’t understand why his hands are the size of someone who is 5’2”. You can’t trust them,” "
     "Rubio said.", "Which is why I don’t understand why his hands are the size of someone who is 5’2”. You can’t "
     "trust them,"),
    ('He is 6\'11" tall. "Yes," he said.', "Yes,"),
])
def test_a_double_mark_after_a_height_in_feet_gives_inches(text, quote):
    assert [q[0] for q in quotes_of(text)] == [quote]


def test_a_straight_mark_between_two_letters_may_open_a_quotation():
    text = 'Tory leader Michael Howard accused the prime minister and Mr Brown of"squabbling like schoolboys".'
    assert quotes_of(text) == [("squabbling like schoolboys", "Michael Howard", "Tory leader Michael Howard",
                                "accused")]


@pytest.mark.parametrize("text, expected", [
    ('Mary J Blige and Eric Clapton will give musical performances on the show described as "A Concert of Hope".',
     [("A Concert of Hope", None, None, "described")]),  # the show is described, by no one named
    ('Mr Brown rejected a move the company described as "a desperate gamble".',
     [("a desperate gamble", "company", "the company", "described")]),  # a relative clause's subject describes
    ('Mr Brown spoke about the plan he described as "a desperate gamble".',
     [("a desperate gamble", "Brown", "he", "described")]),
    ('The vast majority of Americans say they prefer lower prices instead of paying a premium for items labeled '
     '"Made in the U.S.A.," even if it means those cheaper items are made abroad.',
     [("Made in the U.S.A.,", None, None, "labeled")]),  # the items are labelled, by no one named
])
def test_a_participle_after_a_noun_a_preposition_governs_is_passive(text, expected):
    assert quotes_of(text) == expected


def test_a_headline_quotation_is_whose_the_lead_says_after_a_conjunction_like_after():
    title = "Continental 'may run out of cash'"
    text = f"{title}\n\nShares in Continental Airlines have tumbled after the firm warned it could run out of cash."
    assert quotes_of(text, title=title) == [("may run out of cash", "Continental Airlines", "the firm", "warned")]


@pytest.mark.parametrize("text, expected", [
    ('Prosecutors accused the firms of conspiring and running "Racketeer Influenced and Corrupt Organisations".',
     []),
    ("Hewlett sniped that she was \"learning on the job,\" while Fiorina penned a series of excoriating \"Dear "
     "Walter\" letters.", [("learning on the job,", "Hewlett", "Hewlett", "sniped")]),
    ('Fans were chanting "Four More Years" as he spoke.', [("Four More Years", "fans", "Fans", "chanting")]),  # a cue
])
def test_a_title_case_name_after_an_ing_verb_that_is_no_cue_is_no_speech(text, expected):
    assert quotes_of(text) == expected


FEDERER = ("Roger Federer - nice bloke, fantastic tennis player.\n\nWhen Lleyton Hewitt shook his hand, the Australian "
           "said: \"You are the best.\" How right he is. Hewitt, along with Andy Roddick, is sure to be prominent "
           "during 2005. According to all those players and even Federer himself, the Swiss star is in a different "
           "league.\n\n\"Right now I feel that a little bit,\" he told BBC Sport.")


def test_an_epithet_of_one_nation_is_no_one_an_epithet_of_another_stood_for():
    assert quotes_of(FEDERER) == [("You are the best.", "Lleyton Hewitt", "the Australian", "said"),
                                  ("Right now I feel that a little bit,", "Roger Federer", "he", "told")]


def test_an_epithet_of_the_same_nation_still_stands_for_the_person_just_named():
    text = ('When Lleyton Hewitt shook his hand, the Australian said: "You are the best." Hewitt was later beaten by '
            'Andy Roddick, and the Australian said: "He was better."')
    assert [q[1] for q in quotes_of(text)] == ["Lleyton Hewitt", "Lleyton Hewitt"]


def test_a_word_of_how_often_is_no_name_though_it_is_a_sentence_of_its_own():
    text = "But he was outplayed. Twice. Hewitt, along with Andy Roddick, is sure to be prominent."
    assert [m.words for m in find_names(0, text, [], Lowercase((text,)))] == [("Hewitt",), ("Andy", "Roddick")]


def test_a_characterising_cue_speaks_past_the_that_clause_of_its_object():
    text = ("He recalls how the Obama campaign exploited Mr. Clinton's remark in 2008 describing Mr. Obama's statement "
            "that he opposed the Iraq war as ''the biggest fairy tale I've ever seen.''")
    assert quotes_of(text) == [("the biggest fairy tale I've ever seen.", "Clinton", "Mr. Clinton's", "describing")]


@pytest.mark.parametrize("text, expected", [
    ("Mr. Bush tells voters who wonder why he cannot summon Mr. Trump's fury that he ''wasn't brought up that way.''",
     [("wasn't brought up that way.", "Bush", "Mr. Bush", "tells")]),
    ('Voters wonder whether he means "business as usual" with that plan.',
     [("business as usual", "voters", "Voters", "wonder")]),  # no `that` after the question: still theirs
])
def test_a_cue_that_takes_a_question_gives_a_later_that_clause_to_the_verb_before(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text, words", [
    ("He gave a glowing assessment of Donald J. Trump.", [("Donald", "J.", "Trump")]),  # no role before `of`
    ("The board of Tesco Group Plc agreed.", [("Tesco", "Group", "Plc")]),  # a body's name is whole
])
def test_a_full_name_after_of_keeps_its_given_name(text, words):
    assert [m.words for m in find_names(0, text, [])] == words


def test_a_sentence_closing_on_a_description_and_its_cue_reports_the_next_quotation():
    text = ('IHRC chairman Massoud Shadjareh accused Ms Blears of "playing a card".\n\n"She is demonising our '
            'community," he said. Later, the prime minister\'s official spokesman urged people to put her comments '
            'into context. The minister had been saying she understood there was a perception, the spokesman said.'
            '\n\n"What is happening is that those powers are aimed at suspects. "It is not aimed at a particular '
            'community," he added.')
    spokesman = "prime minister's official spokesman"  # was spokesman: the one written before
    assert [q[1] for q in quotes_of(text)] == ["Massoud Shadjareh", "Massoud Shadjareh", spokesman, spokesman]


@pytest.mark.parametrize("text, speaker", [
    ('"It\'s a result," said Nick Bubb, an analyst at Evolution Securities. However, one dealer, who asked not to be '
     'named, told Reuters the performance was "not what people had hoped for". "Christmas has been tough," he said.',
     "dealer"),
    ('"It\'s a result," said Nick Bubb, an analyst. It was hard to answer when people asked "What has Labour done?" '
     '"I have had doors slammed in my face," he said.', "Nick Bubb"),  # people are no he
])
def test_a_he_after_an_unnamed_person_spoke_is_that_person_not_one_named_earlier(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('The executive spokeswoman said the recommendation for leave was agreed by a psychiatric advisor "in '
     'conjunction with officials on behalf of ministers".',
     [("in conjunction with officials on behalf of ministers", "executive spokeswoman", "The executive spokeswoman",
       "said")]),
    ('The bill includes measures added by Republicans "to protect the unborn".',
     [("to protect the unborn", "Republicans", "Republicans", "added")]),  # no one reports it: the agent's
])
def test_a_quotation_after_a_passive_and_its_agent_is_the_reporters_when_someone_reports_it(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("text, speaker", [
    ('At least half of voters in each state say the positions are "about right," though voters differ.',
     "At least half of voters in each state"),
    ('At least 20 people said the plan was "a disgrace".', "At least 20 people"),
    ('AT LEAST 10 KILLED IN ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan said the bomber had "Syrian '
     'roots."', "Recep Tayyip Erdogan"),  # a headline in capitals runs on: not a quantity
])
def test_at_least_a_number_of_people_is_a_subject_that_speaks(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Tory shadow chancellor Oliver Letwin said: "We can be sure of two things." As Mr Brown announced the Budget '
     'date, accountancy firm Ernst & Young urged him to focus.', "Oliver Letwin"),  # the next sentence's clause
    ('He is just a "regional candidate," as Mr Brown announced on Monday.', "Brown"),  # an aside after a comma
])
def test_an_as_clause_after_a_quotation_that_ends_its_sentence_opens_the_next(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_front_page_that_blares_speaks():
    text = ("The New Hampshire Union Leader said Mr. Rubio had been ''rocked'' by Mr. Christie. ''Choke!'' blared the "
            "front page of The Boston Herald.")
    assert quotes_of(text)[1] == ("Choke!", "Boston Herald", "the front page of The Boston Herald", "blared")


@pytest.mark.parametrize("text, speaker", [
    ('Colin Asplin, Blackpool Hotel Association said: "We have tried very hard."', "Colin Asplin"),
    ('After meeting Colin Asplin, Blackpool Hotel Association said: "We have tried."', "Blackpool Hotel Association"),
    ('Asked about Mr Smith, the Home Office said: "We have tried very hard."', "Home Office"),
])
def test_a_full_name_then_a_bodys_name_left_unclosed_before_the_cue_is_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


PUTIN = ("Mr. Putin held forth at his news conference.\n\nAnd he even inserted himself into the primary contest, "
         "speaking highly of Mr. Trump in remarks after the news conference ended.\n\n\"There is no doubt that he is a "
         "very bright and talented man,\" the Russian leader said.")


@pytest.mark.parametrize("text, speaker", [
    (PUTIN, "Putin"),  # the he before is Putin; not Mr. Trump, whom the sentence only names
    (PUTIN + " Mr. Putin then left. \"We will see,\" the French president said.", "French president"),  # another
    # nation's office: not the one the Russian leader stood for
    ("The Kremlin issued a statement.\n\n\"We will see,\" the Russian leader said.", "Russian leader"),  # a body
])
def test_an_office_of_a_nation_no_one_holds_by_title_is_the_subject_of_the_sentence_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('In October, the U.S. Court of Appeals for the 3rd Circuit reversed a previous decision, ruling that it could '
     'not accept "national security" as a reason.',
     ("U.S. Court of Appeals for the 3rd Circuit", "the U.S. Court of Appeals for the 3rd Circuit", "ruling")),
    ('Smith alleged that police used it as a "permissible proxy." In October, the judge ruled that "national '
     'security" was no reason.', ("judge", "the judge", "ruled")),  # the ruling's, not Smith's
    ('The court said the ruling that "national security" was no reason would stand.',
     ("court", "The court", "said")),  # `the ruling`: a noun
    ('He was ruled out for "a long time", the coach said.', ("coach", "the coach", "said")),
])
def test_what_a_court_ruled_that_is_in_its_words(text, expected):
    assert quotes_of(text)[-1][1:] == expected


def test_a_bodys_name_goes_on_across_for_the_and_an_ordinal():
    text = 'The Court of Appeals for the 3rd Circuit reversed the ruling on Monday. "We cannot accept it," it said.'
    assert quotes_of(text)[0][1] == "Court of Appeals for the 3rd Circuit"


@pytest.mark.parametrize("text, speaker", [
    ('Ban Ki-moon sat inside the hotel.\n\nOne floor below, the ballrooms were bustling.\n\nWhen he assumed office in '
     '2007, he made climate change a focus.\n\n"From Day One, I made it the top priority," the bespectacled, '
     '71-year-old diplomat said.', "Ban Ki-moon"),  # no one named in reach: the he before
    ('Vladimir Putin met Donald Trump in Helsinki.\n\nHe later praised the plan at a news conference.\n\n'
     '"It is a good plan," the 65-year-old said.', "Vladimir Putin"),
    ('Vladimir Putin met Donald Trump in Helsinki.\n\nThe talks went on.\n\n"It is a good plan," the 65-year-old '
     'said.', "65-year-old"),  # no he or she: no one to stand for
    ('Lindsay Davenport won.\n\nAfter a tough first set, Alicia Molik grew in confidence. She will now meet Venus '
     'Williams. "Bring it on," said the 23-year-old.', "Alicia Molik"),  # one named in reach goes first
])
def test_an_epithet_with_no_one_named_in_reach_is_the_he_or_she_opening_the_sentence_before(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Just last week, J.J. Goldberg, editor at large of The Forward, an influential newspaper, wrote, "We should '
     'think."', "J.J. Goldberg"),  # a role, then an appositive of the role's body
    ('J.J. Goldberg, editor at large of The Forward, an influential newspaper, wrote, "We should think."',
     "J.J. Goldberg"),
    ('On Monday, Ms Robinson, who presents The Weakest Link tells the paper: "It is fine."', "Robinson"),
])
def test_a_name_after_an_opening_phrase_speaks_past_its_role_or_relative_clause(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The advocacy group One Nation said: "We back her."', "One Nation"),
    ('The band One Direction said: "We back her."', "One Direction"),
    ('The band The Pretenders said: "We back her."', "Pretenders"),  # the article goes, as with any body
    ('The European Medicines Agency said: "We back her."', "European Medicines Agency"),
])
def test_a_bodys_name_after_the_word_for_the_body_keeps_its_first_word(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('So, will the range be missed? A key reason for answering "yes" is the deal.', []),  # a thing's gerund
    ('Smith, famous for saying "never again", said he would run.', ["Smith"]),
    ('Trump, known for calling rivals "losers", spoke on Monday.', ["Trump"]),
])
def test_a_gerund_after_for_in_a_subject_that_names_a_thing_is_no_ones_speech(text, speaker):
    assert [q[1] for q in quotes_of(text)] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Marco Rubio sought to stoke energy as he stopped by his headquarters. Walking into the office, the senator '
     'said his campaign was "closing really strong."', "Marco Rubio"),
    ('Donald Trump has no opposition in California. "I have great respect for Silicon Valley," the candidate said.',
     "Donald Trump"),
    ('Hillary Clinton spoke on the show on Monday. "Why did you go?" the host asked.', "host"),  # an office one meets
    ('The talks went on. "It was fine," the senator said.', "senator"),  # no one the subject
    ('President Joe Biden spoke on Monday.\n\nKamala Harris thanked him. "Joe, we are grateful," the vice-president '
     'said.', "Kamala Harris"),  # one elected on a ticket, beside the president
    ('President Joe Biden spoke on Monday.\n\nKamala Harris thanked him. "Joe, we are grateful," the vice president '
     'said.', "Kamala Harris"),
])
def test_an_elected_office_no_one_is_titled_with_is_the_subject_of_the_sentence_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_cue_that_goes_on_over_several_quotations_keeps_its_speaker_though_a_later_one_names_them():
    text = ('Jeremy Paxman presented the programme. Alastair Campbell messaged Newsnight about the posters.\n\n'
            'He said: "Not very good at this e-mail malarkey. "I dreamt up flying pigs. "Campbell swears shock. '
            'Final sentence probably colourful."')
    assert [q[1] for q in quotes_of(text)] == ["Alastair Campbell"] * 3


def test_a_he_after_a_quotation_that_names_someone_is_still_not_them():
    assert quotes_of('Ted Cruz spoke. Marco Rubio smiled. "Cruz is our best debater," he says.')[0][1] == "Marco Rubio"


@pytest.mark.parametrize("text, expected", [
    ('"It is working," said the ambassador at the time.', ("ambassador", "the ambassador")),
    ('"It is working," said the ambassador at the weekend.', ("ambassador", "the ambassador")),
    ('The party was "working to change its image" wrote the American ambassador at the time, John E. Herbst.',
     ("John E. Herbst", "the American ambassador at the time, John E. Herbst")),
    ('"It is working," said a spokesman at the company.', ("spokesman at the company", "a spokesman at the company")),
])
def test_a_time_or_an_occasion_after_a_role_tells_when_it_spoke_not_where_it_is_held(text, expected):
    assert quotes_of(text)[0][1:3] == expected


@pytest.mark.parametrize("text, speaker", [
    ('One early supporter, Lee Zeldin, gave the technique a whirl on Tuesday: "You can easily argue that."',
     "Lee Zeldin"),
    ('One early supporter, Representative Lee Zeldin, Republican of New York, gave the technique a whirl on Tuesday: '
     '"You can easily argue that."', "Lee Zeldin"),  # a second appositive after the name
    ('Another supporter, Jim Smith, gave the technique a whirl: "You can easily argue that."', "Jim Smith"),
])
def test_one_described_then_named_before_a_verb_is_the_subject_that_holds_the_quotation(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A report about the company said it had been "very successful" this year.', "report about the company"),
    ('A book about Tony Blair said he was "a very driven man".', "book about Tony Blair"),  # not whom it is about
    ('An article on Monday about Tashfeen Malik reported that she had "talked openly on social media".',
     "article on Monday about Tashfeen Malik"),
    ('Thomas Perez spoke. There is a lot of chatter about Perez, who is the most animated on stage, saying "Zip '
     'codes should not determine destiny."', "Thomas Perez"),  # no text: the one it is about is who
])
def test_a_text_about_someone_is_the_subject_not_whom_it_is_about(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('In her speech, Shonda Rhimes declared the need for drive: "Change the world," she said. Meanwhile Rihanna, who '
     'was honored with the Rockstar award, spoke about self-love. "The minute you learn to love yourself," she '
     'said.', "Rihanna"),  # one word of no known sex, but a person's: `, who`
    ('In her speech, Shonda Rhimes declared the need for drive: "Change the world," she said. Meanwhile Rihanna '
     'spoke about self-love. "The minute you learn to love yourself," she said.', "Shonda Rhimes"),  # nothing marks
    # the one word as a person's: it may be a body's name, and the she goes on from who spoke
])
def test_a_one_word_name_marked_as_a_persons_is_the_he_or_she_its_sentence_just_before_gives(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ("According to ''The Trumps: Three Generations That Built an Empire,'' by Gwenda Blair, Donald told his roommate "
     "that it was fine.", []),  # a work's title and its author
    ('According to "the data," by his count, the plan failed, Smith said.', ["Smith"]),  # `by` and no name
])
def test_a_title_after_according_to_with_its_author_after_it_is_no_speech(text, expected):
    assert [q[1] for q in quotes_of(text)] == expected


_PANEL = ('Sir Bernard Ingham, Margaret Thatcher\'s former press secretary, accused the programme of "corrupting '
          'politics".\n\nThey were cross-examined by the panel, which was chaired by ex-ITN political editor John '
          'Sergeant. But the real star of the show is Kelvin MacKenzie.\n\n')


@pytest.mark.parametrize("text, speaker", [
    (_PANEL + 'The former Sun editor dispensed a stream of insults. His advice for one contestant was to "get a '
     'haircut".', "Kelvin MacKenzie"),  # a his after an epithet subject, as a he
    (_PANEL + 'The former Sun editor dispensed a stream of insults. "Get a haircut," he said.', "Kelvin MacKenzie"),
    (_PANEL + 'The editor dispensed a stream of insults. "Get a haircut," he said.', "John Sergeant"),  # titled so;
    # `the former Sun editor` names another paper than the titled one's
])
def test_a_his_after_an_epithet_subject_stands_for_whom_the_epithet_does(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_possessive_before_a_name_does_not_make_a_description_the_subject():
    assert quotes_of('The machine\'s European launch was put back "a few months" last week.') == [
        ("a few months", None, None, None)]


@pytest.mark.parametrize("opening", ["", "Indeed, "])
def test_a_he_after_a_sentence_opened_by_a_persons_possessive_is_the_owner_past_an_opening_word(opening):
    text = ('"It is his position," the Vatican spokesman, Federico Lombardi, told Vatican Radio.\n\n' + opening +
            "Pope Francis' message is to call on all Christians to be more Christian. He has challenged his own "
            'bishops, as he laments a "throwaway culture" in which poor people are damage.')
    assert quotes_of(text)[-1][1] == "Pope Francis"


@pytest.mark.parametrize("text, expected", [
    ('Mr. Trump has hired Stephen K. Bannon of Breitbart News, a conservative website that has run stories with '
     'headlines such as "Birth control makes women unattractive and crazy".', ("Breitbart News", "run")),
    ('Debbie Meadows founded Right Women PAC, an organization that plans to play in "primaries in Republican '
     'districts" to elect more women.', ("Right Women PAC", "plans")),
    ('Mr. Trump has hired Stephen K. Bannon of Breitbart News, a conservative who has run stories with headlines '
     'such as "Birth control makes women unattractive and crazy".', ("Stephen K. Bannon", "run")),  # `who`: the person
    ('Mr. Trump has hired a man, a conservative who has run stories with headlines such as "Birth control makes '
     'women unattractive and crazy".', (None, "run")),  # no name before the appositive
])
def test_a_quotation_in_an_appositives_relative_clause_is_the_words_of_what_the_appositive_describes(text, expected):
    quote = quotes_of(text)[0]
    assert (quote[1], quote[3]) == expected


@pytest.mark.parametrize("text, speaker", [
    ('"Are we talking about the same Nikki Haley?" the editorial board writes.\n\nThe newspaper writes that Haley '
     'has sought to differentiate.\n\n"The attacks on Ms. Haley show that many oppose any immigrants," they '
     'conclude.', "editorial board"),  # a body of many that spoke two paragraphs before
    ('"Are we talking about the same Nikki Haley?" the editor writes.\n\nThe newspaper writes that Haley has '
     'sought to differentiate.\n\n"The attacks on Ms. Haley show that many oppose any immigrants," they '
     'conclude.', None),  # one person is no they
])
def test_a_they_with_no_body_near_stands_for_a_body_of_many_that_spoke_in_reach(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('"I\'d rather have a sister in a whorehouse than a brother in the FBI." That quote from Alabama Securities '
     'Commissioner Thomas Krebs appeared on the front page.', ("Thomas Krebs", "quote")),
    ('"We will win." Those were the words of John Smith on Monday.', ("John Smith", "words")),
    ('"We will win." So said John Smith on Monday.', ("John Smith", "said")),
    ('"We will win." That was the verdict of John Smith, a local farmer.', ("John Smith", "verdict")),
    ('"We will win." Such was the warning from John Smith.', ("John Smith", "warning")),
    ('"We will win." So says John Smith, a local farmer.', ("John Smith", "says")),
    ('"We will win." That is the view of many farmers.', (None, None)),  # no name
    ('"We will win." The message from union leader Sharon Graham was clear.', ("Sharon Graham", "message")),
    ('"We will win." The quote from the study was clear.', (None, None)),  # no name
    ('"We will win," the quote from John Smith said.', ("John Smith", "said")),  # not a sentence of its own
])
def test_a_sentence_naming_the_quotation_before_it_as_it_opens_names_its_speaker(text, expected):
    quote = quotes_of(text)[0]
    assert (quote[1], quote[3]) == expected


@pytest.mark.parametrize("noun", ["proposition", "premise", "thesis"])
def test_a_named_owners_proposition_that_is_their_words_and_the_he_after_is_them(noun):
    text = ("I met Jim VandeHei and Mike Allen.\n\nIt starts with Mr. VandeHei's admittedly provocative " + noun +
            ' that "journalists are killing journalism." They are doing this, he says, by "clinging to the old ways."')
    assert [q[1] for q in quotes_of(text)] == ["Jim VandeHei", "Jim VandeHei"]


@pytest.mark.parametrize("text, mention", [
    ('Yet she watches Mr. Sanders thrill young audiences by exhorting them to alter what is possible through '
     '"political revolution."', "Mr. Sanders"),  # who she watches acts, by exhorting
    ('She watched Bernie Sanders thrill the crowd by exhorting them to join a "political revolution."', "Bernie Sanders"),
    ('She won the crowd by calling for a "political revolution."', "She"),  # no one seen
])
def test_a_participle_after_by_is_done_by_whom_a_verb_of_seeing_watches_act(text, mention):
    assert quotes_of(text)[0][2] == mention


@pytest.mark.parametrize("credit, speaker", [
    ("POOL New/Reuters.", "Zimmerman"),  # a photo's credit: the paragraph after it is the caption
    ("Scott Olson via Getty Images.", "Zimmerman"),
    ("The court heard the case.", "Timothy Smith"),  # no credit: the officer is the latest man named
])
def test_a_photo_caption_under_its_credit_gives_no_one_a_later_he_stands_for(credit, speaker):
    text = ('Zimmerman said he had received offers for the gun, but "the offers were to use it in a fashion I did not '
            'like."\n\n' + credit + '\n\nSanford police officer Timothy Smith holds up the gun used by Zimmerman.\n\n'
            '"The firearm is fully functional," he added.')
    assert quotes_of(text)[-1][1] == speaker


def test_a_he_inside_a_caption_may_stand_for_whom_the_caption_names():
    text = ('Zimmerman said "the offers were bad."\n\nPOOL New/Reuters.\n\nSanford police officer Timothy Smith '
            'holds up the gun. "It is heavy," he said.')
    assert quotes_of(text)[-1][1] == "Timothy Smith"


@pytest.mark.parametrize("text, expected", [
    ('His plan includes confiscating money until the Mexican government agreed to make a one-time payment of '
     '"$5-10 billion."', (None, "agreed")),  # what has not happened: no one's words
    ('He will not sign unless the union says the deal is "a fair one."', (None, "says")),
    ('The union agreed that the deal was "a fair one."', ("union", "agreed")),
])
def test_a_cue_whose_subject_opens_an_until_or_unless_clause_gives_no_speaker(text, expected):
    quote = quotes_of(text)[0]
    assert (quote[1], quote[3]) == expected


@pytest.mark.parametrize("office, speaker", [
    ("The Republican presidential nominee", "Donald Trump"),  # a party's and a race's words before the office
    ("The Democratic candidate for president", "Donald Trump"),
    ("The presumptive GOP nominee", "Donald Trump"),
])
def test_an_office_one_runs_for_qualified_by_party_or_race_stands_for_the_subject_before(office, speaker):
    text = 'Donald Trump urged Russia to find the emails. ' + office + ' later said he was being "sarcastic".'
    assert quotes_of(text)[0][1] == speaker


def test_an_office_one_runs_for_is_not_the_subject_before_who_holds_another():
    text = ('Deputy Mayor Nicky Gavron urged Russia to find the emails. The Republican nominee later said she was '
            'being "sarcastic".')
    assert quotes_of(text)[0][1] == "Republican nominee"


@pytest.mark.parametrize("before, speaker", [
    ("BBC labour affairs correspondent Stephen Cape said a deal was close.", "Stephen Cape"),
    ("BBC correspondent James Hardy said Mr Brown would draw lines.", "James Hardy"),
    ("BBC correspondent James Hardy and correspondent Jo Smith said Mr Brown would draw lines.",
     "correspondent"),  # two: the publication's is neither
    ("Mr Brown would draw lines.", "correspondent"),  # none titled so
])
def test_our_role_is_the_one_person_the_document_titles_with_it(before, speaker):
    text = before + ' "Mr Brown will lay out his credentials," our correspondent said.'
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The pro-Christie Union Leader, New Hampshire\'s largest newspaper, has run a string of negative editorials. '
     '"He is a fraud," the editorial board wrote.', "Union Leader's editorial board"),  # `pro-` is no part of the name
    ('The Union Leader has run a string of negative editorials. "He is a fraud," the editorial board wrote.\n\n'
     '"He folded," they conclude.', "Union Leader's editorial board"),  # and the they after it
    ('"He is a fraud," the editorial board wrote.', "editorial board"),  # no paper named
])
def test_the_editorial_board_is_the_board_of_the_paper_that_acted_just_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_name_after_pro_or_anti_is_not_part_of_the_name_it_qualifies():
    names = find_names(0, "The pro-Christie Union Leader ran it. An anti-Trump Republican group said so.", [])
    assert [m.words for m in names][:1] == [("Union", "Leader")]


@pytest.mark.parametrize("text, speaker", [
    ("Donald Trump spoke first. But Mr. Trump's words may have affected the former president, who spoke for 30 "
     'minutes. "I felt the first one was an accident," the former president said.', "former president"),  # set apart
    ('Donald Trump spoke first. "I felt the first one was an accident," the former president said.',
     "Donald Trump"),  # the person just named, when nothing sets them apart
])
def test_a_former_office_is_not_whom_an_earlier_sentence_sets_apart_from_it(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ('Later that month, Scribner is set to publish "Trump Revealed," a biography written by Marc Fisher.', []),
    ('A recent survey found that "The Sopranos," a show that had its premiere in 1999, was among the most watched.',
     []),
    ('"We Will Win," a spokesman said.', ["spokesman"]),  # a speaker, not a work, after the comma
])
def test_a_title_set_in_apposition_to_a_word_for_a_work_is_no_speech(text, expected):
    assert [q[1] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, words", [
    ("Christie Says He Would Issue A Quarantine Over Zika Virus Chris Christie said he would.",
     ("Chris", "Christie")),  # a heading in Title Case, then a name
    ("The Bank Of England Governor Mervyn King said he would.", ("Mervyn", "King")),
    ("Under Secretary of State Sarah Sewall said she would.", ("Sarah", "Sewall")),
])
def test_a_full_name_after_a_title_case_heading_is_a_name_of_its_own(text, words):
    assert find_names(0, text, [])[-1].words == words


@pytest.mark.parametrize("text", [
    'She won the 1988 Eurovision Song Contest with her performance of "Ne partez pas sans moi."',  # a song
    'The journal published the findings in a paper titled: "A limited-preview filtered B-spline approach to tracking '
    'control - With application to vibration-induced error compensation of a 3D printer."',  # a long title after
    # `titled:`
    'The Post responded with a second critical piece, entitled "Bernie Sanders\'s ideas are not too bold. They are '
    'too facile."',
])
def test_a_rendered_or_titled_work_is_no_speech(text):
    assert quotes_of(text) == []


@pytest.mark.parametrize("text, speaker", [
    ('Hillary Clinton wants to see D.C. become a state.\n\nThe Democratic frontrunner wrote that "the District is '
     'neglected."', "Hillary Clinton"),
    ('Donald Trump spoke in Ohio. The GOP front-runner said the contest was "rigged."', "Donald Trump"),
    ('Ted Cruz won in Wyoming.\n\nThese conventions came after Donald Trump had spent the week panning Colorado.\n\n'
     'The GOP front-runner complained that the contest had been "rigged."', "Donald Trump"),  # not Cruz, whom the
    # headline names and who acted last outside a clause of time: a front-runner is a place in a race, not an office
])
def test_a_front_runner_is_the_subject_before_not_whom_the_headline_names(text, speaker):
    assert quotes_of(text, title="Cruz wins most Wyoming delegates")[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Hillary Clinton says the administration should act.\n\nThe Democratic presidential front-runner and former '
     'secretary of state said the U.S. "clearly" needed a more robust air campaign.', "Hillary Clinton"),
])
def test_two_offices_under_one_the_are_one_person(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Call for immigration body\n\nA former Home Office minister has called for an independent body, saying it '
     'is "long overdue".\n\nBarbara Roche said an organisation should publish the figures.', "Barbara Roche"),
    ('Labour MP praises Tory campaign\n\nThe Conservatives have been "a lot smarter" in the way they have '
     'campaigned, a Labour backbencher has said.\n\nDerek Wyatt said the campaign had turned off voters.',
     "Derek Wyatt"),  # a body inside what they say
    ('Fox too reliant on reality TV\n\nThe head of US TV network Fox has admitted the network was "too reliant" '
     'on reality TV.\n\nChief executive Gail Berman said the audience expects loud things.', "Gail Berman"),
    ('Call for immigration body\n\nA former Home Office minister has called for an independent body, saying it '
     'is "long overdue".\n\nThe figures are published every quarter.', "former Home Office minister"),  # no one
    # named next
    ('Worldcom boss left books alone\n\nA witness told jurors that Bernie Ebbers "left the books alone".\n\n'
     'David Myers made the comments in court.', "David Myers"),
    ('Worldcom boss left books alone\n\nA witness told jurors that Bernie Ebbers "left the books alone".\n\n'
     'Bernie Ebbers denies the charges.', "witness"),  # no one new: named in the lead
])
def test_the_leads_unnamed_person_is_whom_the_next_paragraph_names_first(text, speaker):
    assert quotes_of(text)[0][1] == speaker  # (the first paragraph is the headline)


def test_a_headlines_quotation_follows_its_lead_to_the_person_named_next():
    text = ("UK 'needs true immigration data'\n\nA former Home Office minister has called for an independent body "
            'to monitor UK immigration.\n\nBarbara Roche said the published figures were "misleading".')
    assert quotes_of(text, title="UK 'needs true immigration data'")[0][1] == "Barbara Roche"


@pytest.mark.parametrize("text, speaker", [
    ("Renault boss hails 'great year'\n\nRenault's profits rose by 40%.\n\n"
     'Chairman Louis Schweitzer said 2004 had been a "great year" for the firm.', "Louis Schweitzer"),
    ("CNN President On Trump: 'We Do Not Pay Candidates To Appear At Debates.'\n\nCNN President Jeff Zucker "
     'isn’t kowtowing to Donald Trump. “We do not pay candidates to appear at debates,” Zucker said.', "Jeff Zucker"),
    ("London's Muslim mayor rebuffs Trump; blasts 'ignorant view of Islam.'\n\nThe new mayor rejected Donald "
     "Trump's offer.\n\nSadiq Khan, a Muslim, said his faith was not the issue and that Trump's \"ignorant view of "
     "Islam\" could make both countries less safe.", "Sadiq Khan"),  # (his: a person's name)
    ("Renault boss hails 'great year'\n\nRenault's profits rose by 40%.\n\n"
     'Analysts said 2004 had been a "great year" for the firm.', "Renault boss"),  # no person's words
    ("Clinton blasts Trump over 'deportation force'\n\nHillary Clinton spoke in Iowa.\n\n"
     'Donald Trump has called for a "deportation force" to remove migrants.', "Hillary Clinton"),  # a name stays
    ("Police say attack 'not terror-related'\n\nA man has been arrested.\n\nThames Valley Police said the attack "
     'was "not terror-related".', "Thames Valley Police"),  # was Police: a body whose fuller name the story gives
    ("Police say attack 'not terror-related'\n\nA man has been arrested.\n\nThe Home Office said the attack "
     'was "not terror-related".', "Police"),  # another body
])
def test_a_headlines_quotation_given_to_a_description_is_whose_words_the_story_quotes_again(text, speaker):
    assert quotes_of(text, title=text.split("\n\n")[0])[0][1] == speaker


def test_a_headline_quotation_of_two_words_must_be_the_whole_of_the_storys_quotation():
    text = ("Renault boss hails 'great year'\n\nRenault's profits rose.\n\n"
            'Chairman Louis Schweitzer said it was "a great year for the firm".')
    assert quotes_of(text, title=text.split("\n\n")[0])[0][1] == "Renault boss"


@pytest.mark.parametrize("text, speaker", [
    ('Tories leave door open for Archer\n\nThe Conservative Party would deal "sympathetically" with any application '
     "by Lord Archer to rejoin its ranks, its co-chairman has said.\n\nDr Liam Fox told the BBC there was no place "
     "for vindictiveness.", "Liam Fox"),
    ('Election could be terror target\n\nThe election could be "a terror target", '
     "London's most senior police officer has said.\n\nSir Ian Blair said groups would remember Madrid.", "Ian Blair"),
    ('Tories leave door open for Archer\n\nThe Conservative Party would deal "sympathetically" with any application '
     "by Lord Archer to rejoin its ranks, its co-chairman has said.\n\nLord Archer told the BBC he was grateful.",
     "Conservative Party's co-chairman"),  # named in the lead: no one new
    ('UKIP candidate quits\n\nA prospective candidate for the UK Independence Party has resigned after admitting a '
     '"brief attachment" to the BNP.\n\nNicholas Betts-Green quit after reports in a newspaper.',
     "Nicholas Betts-Green"),  # a role for a body
])
def test_the_leads_possessed_or_held_role_is_whom_the_next_paragraph_names_first(text, speaker):
    assert quotes_of(text)[0][1] == speaker  # (the first paragraph is the headline)


@pytest.mark.parametrize("text, speaker", [
    ('"The works council has expressed concerns," Reuters news agency reports a union source as saying.',
     "union source"),
    ('"We will appeal," the agency cited a club official as saying.', "club official"),
    ('"We will appeal," Reuters reports.', "Reuters"),  # no one reported as saying
])
def test_who_an_outlet_reports_or_cites_as_saying_is_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We made mistakes," Maricopa County Recorder Helen Purcell said.', "Helen Purcell"),
    ('"We made mistakes," City Clerk Mary Smith said.', "Mary Smith"),
    ('"We made mistakes," Jefferson County Sheriff said.', "Jefferson County Sheriff"),  # no name after the office
])
def test_an_office_of_a_county_or_city_before_a_name_is_no_part_of_it(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Det Insp Tom Hale said: "We are investigating."\n\n"We need help," Insp Hale added.', ["Tom Hale", "Tom Hale"]),
    ('"We are investigating," said DCI Tom Hale of Avon and Somerset Police.', ["Tom Hale"]),
])
def test_a_british_police_rank_abbreviated_before_a_name_is_a_title_not_part_of_it(text, speakers):
    assert [q[1] for q in quotes_of("Police probe\n\n" + text)] == speakers


@pytest.mark.parametrize("words, name", [
    (["Marine", "Le", "Pen"], ["Marine", "Le", "Pen"]),  # a given name before a surname's particle
    (["Marine", "Sgt.", "John", "Smith"], ["John", "Smith"]),  # still a role before a title and a name
])
def test_a_role_word_that_is_a_given_name_before_a_particle_is_the_given_name(words, name):
    assert split_title(words)[1] == name


def test_le_pen_is_marine_le_pen_once_the_text_names_her_in_full():
    text = ("France's far-right party leader, Marine Le Pen, backed Donald Trump.\n\n"
            '"It is everything but Hillary Clinton," Le Pen said.')
    assert quotes_of(text)[0][1] == "Marine Le Pen"


@pytest.mark.parametrize("text, speaker", [
    ("Golden rule intact\n\nChancellor Gordon Brown will meet his golden rule \"with a margin to spare\", according "
     "to his former chief economic adviser.\n\nFormerly one of Mr Brown's closest aides, Ed Balls hinted at a "
     "giveaway.", "Ed Balls"),  # the chancellor acts only in what the adviser says
    ("Eggs in two baskets\n\nAt the moment Chris Christie learned he had been bumped, he was on the trail. Sooner or "
     'later, the New Jersey governor told reporters, "it starts to pay off."\n\nHalfway across the country, Bobby '
     "Jindal was setting off.", "Chris Christie"),  # an office refers back to the he: not the one named next
])
def test_those_in_what_the_leads_new_source_says_do_not_keep_it_from_the_name_that_follows(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A spokesman for Democratic presidential candidate Hillary Clinton called the report "outrageous."',
     "Hillary Clinton's spokesman"),  # not Clinton herself
    ('A lawyer for former Yukos boss Mikhail Khodorkovsky said the charges were "false".',
     "Mikhail Khodorkovsky's lawyer"),
    ('A spokesman for Hillary Clinton called the report "outrageous."', "Hillary Clinton's spokesman"),
    ('Frank Field spoke. "What sort of model does it give?" asked the Labour MP for Birkenhead.',
     "Frank Field"),  # an MP for a constituency is the one just named
    ('Lawyers for Michael Jackson said the claims were "false".', "Michael Jackson's lawyers"),  # opening a sentence
    ('Spokesmen for Michael Jackson said the claims were "false".', "Michael Jackson's spokesmen"),
    ('Aides to Mr. Sanders said he was pressing for a ban on "fracking."', "Sanders's aides"),
    ('"The claims are false," said lawyers for Michael Jackson.', "Michael Jackson's lawyers"),
    ('Friends of the Earth said the plan was "a disaster".', "Friends of the Earth"),  # a body's name
    ('Analysts at Barclays said the move was "overdue".', "Barclays's analysts"),  # `at`: no body's name
    ('Physicians for Human Rights said the plan was "a disaster".', "Physicians for Human Rights"),
])
def test_a_spokesman_for_a_titled_person_speaks_for_them_and_is_not_them(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("person", ["the suspect", "the gunman", "the pilot", "the accused", "the hostage"])
def test_a_word_for_a_person_before_a_cue_speaks_though_a_report_opens_the_sentence(person):
    text = f'According to a police report, {person} shouted "Get down" before the attack.'
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")] == [person.split()[-1]]


@pytest.mark.parametrize("text, speaker", [
    ('"We\'re not going anywhere," said striking workers at the plant.', "striking workers"),
    ('"We\'re not going anywhere," is the message from striking workers at the plant.', "striking workers"),
    ('"We\'re not going anywhere," said retired teachers.', "retired teachers"),
    ('"We\'re not going anywhere," said carrying signs.', None),  # a participle and no word for people
])
def test_people_a_participle_describes_may_speak(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('John Smith said his manager had told him: "You\'re fired."', "John Smith's manager"),
    ('He said the man shouted: "You\'ve offended my religion."', "man"),
    ('Smith said he was told by police: "Stay indoors."', "police"),  # the agent the colon gives voice
    ('Trump said he responded: "You can\'t be too presidential."', "Trump"),  # the reporter himself
    ('Sanders emailed supporters saying: "The struggle continues."', "Sanders"),  # a participle: his words
    ('Smith said Jones had called him "a liar".', "Smith"),  # no colon: what the reporter says Jones called him
])
def test_a_cue_reported_by_another_that_opens_a_quotation_with_a_colon_gives_its_own_subjects_words(text, speaker):
    assert [q[1] for q in quotes_of(f"Headline\n\n{text}")] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('Prince William has spoken of his "brutal" year.', [("brutal", "Prince William")]),
    ('Jonathan Baume spoke about "competing agendas" between the two men.', [("competing agendas", "Jonathan Baume")]),
    ('Prince William spoke to the "Today" programme.', []),  # speaking to something: no words of his quoted
])
def test_speaking_of_something_reports_words(text, expected):
    assert [q[:2] for q in quotes_of(text)] == expected


@pytest.mark.parametrize("member, speaker", [
    ("the MP for the Essex seat", "Nigel Farage"),  # a seat described in lowercase, as one named
    ("the MP for Clacton", "Nigel Farage"),
    ("the MP for the constituency", "Nigel Farage"),
])
def test_an_elected_member_for_a_seat_is_the_member_just_named(member, speaker):
    text = ('Reform UK leader Nigel Farage said the result was "a political earthquake".\n\n'
            f'Speaking to supporters, {member} added: "This is just the beginning."')
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("Melania Trump brought some pizzazz to the proceedings.\n\nWith millions watching on television, the "
     "Slovenia-born former model delivered a defense of her husband.\n\n"
     '"Donald is an amazing leader," said the 46-year-old.', "Melania Trump"),  # two epithets, one person
    ("But Sir Bernard Ingham, a former press secretary, took a less charitable view, accusing the programme of "
     '"corrupting politics".\n\nBut the real star of the show is Kelvin MacKenzie, in the Simon Cowell seat.\n\n'
     'The former Sun editor dispensed insults. His advice for one contestant was to "get a haircut".',
     "Kelvin MacKenzie"),  # `the real star of the show` is no epithet for the one named before
])
def test_an_epithet_stands_for_whom_the_epithet_opening_the_sentence_before_stands_for(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("At a rally, Mike Pence showed the crowd a clip of Gov. Maggie Hassan trying to defend Hillary Clinton.\n\n"
     '"Governor Hassan, let me help you out," the Republican vice-presidential nominee said.', "Mike Pence"),
    ("Sanders said Clinton was too friendly with Wall Street.\n\n"
     'The Vermont senator said the financial system was "corrupt."', "Sanders"),
    ('Bernie Sanders said Clinton was too friendly with Wall Street. "It is easy to say," Sanders added.\n\n'
     'The senator from Vermont said the financial system was "corrupt."', "Bernie Sanders"),
    ('Bernie Sanders spoke to Gloria Borger. "One of us is a candidate of the establishment," Sanders remarked.'
     '\n\n"That would be you?" Borger asked.\n\n"That would be me, yes," the senator said.',
     "senator"),  # not the one who asked
])
def test_an_office_one_runs_for_is_the_subject_of_the_sentence_before_named_after_its_quotation(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ("When one pupil asked Mr McConnell how the executive proposed to tackle drinking, began his response with "
     'the quip: "I am sure there is none."', None),  # the main clause lost its subject: not the executive's
    ('When the pupils asked how the executive proposed to act, Mr McConnell gave the quip: "I am sure."',
     "McConnell"),
    ("After FOX13's Craig Patrick asked about it in an interview, the Graysons became \"agitated\" once the "
     "cameras were off, according to a source at the station.", "source"),
    ('After Trump told the Post he was "not worried," aides relaxed.', "Trump"),  # what he told
])
def test_a_cue_in_an_opening_clause_does_not_reach_past_its_main_clause(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Mr McConnell gave the quip: "I am sure."', "McConnell"),
    ('Mr McConnell made the remark: "I am sure."', "McConnell"),
    ('Mr McConnell offered a quip: "I am sure."', "McConnell"),
    ('Mr Kennedy spoke. He was happy to offer a pledge that he would do no deals to "prop up" either party.',
     "Kennedy"),  # an infinitive's noun, then `that`: its subject's words
])
def test_the_subject_of_the_verb_before_a_noun_of_saying_speaks(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker, cue", [
    ('Justice Alito questioned her. "Then why were you talking about it," he rejoined.', "Alito", "rejoined"),
    ('Trump said they were fine before an attack that prompted Engoron to quip the questioning sounded like a '
     '"broken record."', "Engoron", "quip"),  # `the questioning`: a noun, no cue
])
def test_a_rarer_verb_of_reply_is_a_cue_and_a_gerund_after_an_article_is_none(text, speaker, cue):
    assert [(q[1], q[3]) for q in quotes_of(text)] == [(speaker, cue)]


def test_an_office_introduced_without_a_quotation_and_a_noun_before_a_name_give_their_people_a_description():
    text = ("Blunkett unveils policing plans\n\nPeople could be given the number of their local bobby under an "
            "overhaul unveiled by David Blunkett.\n\nThe home secretary said the plans would put people first. His "
            "powers are under review after failures over Soham murderer Ian Huntley.\n\nMr Blunkett was joined by "
            'Tony Blair at a school. Mr Blunkett said he was pleased. The prime minister said the citizen should be '
            '"in charge".')  # Blunkett is the home secretary, Huntley a murderer: Blair the one untitled
    assert quotes_of(text, title=text.split("\n")[0])[0][1] == "Tony Blair"


def test_a_person_named_apart_from_an_office_leaves_it_to_the_one_other_untitled_person():
    text = ('Michael Howard has no doubt it is the prime minister who is "ramming" the measures through. Tony Blair '
            'says the Tories are soft on terrorism.\n\nThe prime minister said: "We will not wait."')
    assert quotes_of(text)[-1][1] == "Tony Blair"  # Howard is not the prime minister: Blair the one left


@pytest.mark.parametrize("text, speaker", [
    ('Voters will judge candidates who would bar Muslims from the country (Donald J. Trump).\n\n'
     '"Our popularity is strong," Mr. Trump said.', "Donald J. Trump"),  # a full name in brackets names him
    ('Sen. Rob Portman (R) spoke.\n\n"We need a vote," Portman said.', "Rob Portman"),  # a party's letter no name
])
def test_a_full_name_in_brackets_is_a_name_the_surname_later_stands_for(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_pictures_credit_is_a_passage_the_story_reads_past():
    text = ("English comedian Peter Serafinowicz dubbed himself over footage of Donald Trump and posted the clip.\n\n"
            "Neilson Barnard via Getty Images.\n\n"
            '"What if Donald Trump had elocution lessons?" the 43-year-old asked.')
    passages = annotate(Document(path="t.txt", paragraphs=tuple(text.split("\n\n"))))
    assert [(p.para, p.text[:20], [q.speaker for q in p.quotes]) for p in passages] == [
        (1, "English comedian Pet", []), (2, "Neilson Barnard via ", []),
        (3, '"What if Donald Trum', ["Peter Serafinowicz"])]  # the photographer is no one the story names


def test_a_labelled_caption_is_read_alone_and_the_story_reads_past_it():
    text = ("Europe blames US\n\nNicolas Sarkozy of France said the decline of the dollar would hurt exports. He said "
            "the US had to act.\n\nBut that was not enough for Mr Sarkozy.\n\nImage copyright Getty Images\n\n"
            "Image caption John Snow said the dollar would \"find its level\" in time\n\n"
            '"If the Americans were to change their policy, it\'s up to them to say so," he said.')
    passages = annotate(Document(path="t.txt", paragraphs=tuple(text.split("\n\n"))))
    assert [(p.para, [(p.text[q.start:q.end], q.speaker, q.speaker_mention) for q in p.quotes]) for p in passages[3:]] == [
        (4, []), (5, [("find its level", "John Snow", "John Snow")]),  # the credit; the caption's own, without its label
        (6, [("If the Americans were to change their policy, it's up to them to say so,", "Nicolas Sarkozy", "he")])]


@pytest.mark.parametrize("text, credit", [
    ("Scott Olson via Getty Images.", True),
    ("Jim Urquhart / Reuters.", True),
    ("Handout/Reuters.", True),
    ("Obama told Reuters.", False),
    ("Reuters reported the deal on Monday.", False),
    ("Facebook/Mohamed Mamdouh Assem.", True),  # the site, then whose page the picture came from
    ("Ahmed Helal/LinkedIn.", True),
    ("Facebook said on Monday.", False),
    ("He posted the picture on Facebook.", False),
    ("Image copyright Getty Images", True),  # a page's label for its picture's source
    ("Image source, PA Media", True),
    ("Photo: AFP", True),
    ("(Photo by Scott Olson/Getty Images)", True),
    ("Photo by the author, taken when he said so.", False),
])
def test_a_credit_line_names_a_picture_agency(text, credit):
    assert credit_line(text) is credit


@pytest.mark.parametrize("text, speaker", [
    ("Frenchman Ronald Pognon set a new time of 6.45.\n\ndelivered a powerful performance to take the women's 60m "
     'title. "You\'ll see me in Madrid," said the 22-year-old.', "22-year-old"),  # whose name fell off the text
    ("Frenchman Ronald Pognon set a new time of 6.45.\n\nHe delivered a powerful performance to take the 60m "
     'title. "You\'ll see me in Madrid," said the 22-year-old.', "Ronald Pognon"),
])
def test_an_epithet_in_a_paragraph_whose_subject_fell_off_stands_for_no_one_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Jason Furman studied tax.\n\n"Most of the complexity derives from efforts to accurately measure" income, he '
     'said, rather than from deductions.', "Jason Furman"),  # the quoted clause ends on `income`
    ('Jason Furman studied tax.\n\n"It derives from efforts to measure" income, Furman said.', "Jason Furman"),
])
def test_a_pronoun_after_a_comma_is_the_subject_not_an_appositive_of_the_word_closing_the_quoted_clause(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_verb_inside_a_participle_aside_is_not_the_main_clause_whose_subject_speaks():
    text = ('But Obama, making it clear that security trumped other concerns, stood beside the prime minister, and '
            'described the government as being "democratically elected."')
    assert quotes_of(text) == [("democratically elected.", "Obama", "Obama", "described")]


@pytest.mark.parametrize("text, speaker", [
    ('It is unclear whether the audience will warm to a candidate who has called for "a hell of a lot worse" than '
     'waterboarding, has said of terrorists that "you have to take out their families" and who is willing to '
     'circulate rumours.', "candidate"),  # the relative's list of verbs: the candidate said it, not the audience
    ('Bill Maher, who has backed Sanders, has said that "nobody wants this."', "Bill Maher"),
])
def test_a_cue_after_a_comma_goes_on_the_list_of_a_relative_clauses_verbs(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, found", [
    ('But his "Feel the Bern" wave has receded as the contest shifts to larger, more diverse states.', []),
    ('"It is over," officials said. The plan was "a bigger, more costly mess," Mr Brown says.',
     [("It is over,", "officials", "officials", "said"), ("a bigger, more costly mess,", "Brown", "Mr Brown", "says")]),
])
def test_graded_adjectives_before_a_noun_that_looks_like_a_cue_close_no_report(text, found):
    assert quotes_of(text) == found


@pytest.mark.parametrize("text, speaker", [
    ('That is also true in places that are otherwise labeled the "forgotten America."', None),  # a passive label
    ('That is also true in places that are labeled the "forgotten America."', None),
])
def test_otherwise_between_be_and_a_participle_keeps_the_label_passive(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_the_pope_is_the_one_the_document_titles_pope():
    text = 'Bernie Sanders met privately with Pope Francis on Saturday.\n\n"I shook his hand," the pope told reporters.'
    assert quotes_of(text)[-1][1] == "Pope Francis"


@pytest.mark.parametrize("text, speaker", [
    ('Pope Francis met Sanders.\n\nSanders and the pope share many goals, and Sanders suggested that, and not his '
     'candidacy, was the reason for the audience with Francis.\n\n"The speech was good," he said.', "Sanders"),
    ('Luay Sami came to Georgia.\n\nHe got a job, and Clarkston became his home.\n\n"It is good," he said.',
     "Luay Sami"),  # a name after `, and` with no verb of saying is not made a subject: Clarkston is a place
])
def test_a_name_after_a_comma_and_and_before_a_verb_of_saying_opens_a_clause_as_its_subject(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Republican front-runner Donald Trump spoke to his supporters in Iowa.\n\n"I think a deal would be good," '
     'Trump told ABC. "I want a good deal," the candidate said.', "Donald Trump"),  # a front-runner is a candidate
    ('Deputy Mayor Nicky Gavron spoke to her supporters.\n\n"I think a deal would be good," Gavron told ABC. '
     '"I want a good deal," the mayor said.', "mayor"),  # a deputy is another office: not the mayor
])
def test_a_place_in_the_race_does_not_keep_the_candidate_from_the_subject_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_quotation_closing_its_sentence_after_a_name_ends_the_name():
    text = "She called for ''calm, steady leadership in the White House.'' Later Clinton spoke."
    assert [m.words for m in find_names(0, text, [])] == [("White", "House"), ("Clinton",)]


def test_a_social_network_is_a_body_and_never_the_he_a_pronoun_stands_for():
    text = ('Mohamed Assem, the co-pilot, had logged 2,766 hours.\n\nFacebook first showed his picture. He had '
            'worked for EgyptAir since 2004.\n\nHe had "wanted to be a pilot since he was 5," his childhood friend '
            'told The Daily Beast.')  # the He after Facebook is no vote for Facebook's sex
    assert quotes_of(text)[-1][1] == "Mohamed Assem's childhood friend"


@pytest.mark.parametrize("text, found", [
    ('"It was fair," the White House press secretary, Josh Earnest, said on Tuesday.',
     [("It was fair,", "Josh Earnest", "the White House press secretary, Josh Earnest", "said")]),
    ('"It was fair," the press secretary, Josh Earnest, said on Tuesday.',
     [("It was fair,", "Josh Earnest", "the press secretary, Josh Earnest", "said")]),
    ('"It works at sea," Authenti-corp\'s CEO, Cynthia Musselman, told the BBC.',
     [("It works at sea,", "Cynthia Musselman", "Authenti-corp's CEO, Cynthia Musselman", "told")]),
])
def test_a_name_set_off_after_a_role_before_the_cue_speaks_with_the_role_as_written(text, found):
    assert quotes_of(text) == found


def test_an_office_after_an_opening_participle_phrase_stands_for_the_subject_before():
    text = ('Party aims to heal\n\nSenate Minority Leader Harry M. Reid (D-Nev.) spoke to his colleagues. A former '
            'NAACP leader spoke too.\n\n"It is not a one-way street," Reid said in an interview Tuesday. Reflecting on '
            'his earlier career as a trial lawyer, the Senate Democratic leader said, "I never knew what was going to '
            'happen."')
    assert quotes_of(text)[-1][1] == "Harry M. Reid"  # a former NAACP leader is no Senate Democratic leader


def test_an_office_written_for_someone_unnamed_by_the_initials_of_its_words_keeps_it_from_the_subject_before():
    text = ('Trump spends big\n\nA prominent Republican National Committee member spoke. Donald Trump spent $1 '
            'million on his campaign.\n\n"Most campaigns run on a tighter budget," the RNC member said.')
    assert quotes_of(text)[-1][1] == "Republican National Committee (RNC) member"  # the member met before, not Trump


def test_an_office_qualified_by_the_race_it_is_for_is_that_office():
    text = ('"Russia, if you are listening, I hope you find the emails," Donald Trump told his supporters. The '
            'Republican presidential nominee for the Nov. 8 election later said he was being "sarcastic" in his '
            'comments.')
    assert quotes_of(text)[-1][1] == "Donald Trump"


def test_words_glued_from_a_pages_buttons_name_no_one():
    text = ("Elise FoleyFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeatured. Kasich spoke.")
    assert [m.words for m in find_names(0, text, [])] == [("Kasich",)]


@pytest.mark.parametrize("text, speaker", [
    ('NASHUA, N.H. - At the moment Chris Christie learned he had been bumped off the main debate stage, he was '
     'clocking his 44th day on the trail. Another enthusiastic crowd, another commanding town hall performance. '
     'Sooner or later, the New Jersey governor told reporters, "it starts to pay off."', "Chris Christie"),
    ('Carson: Cruz taking Benghazi approach to Iowa.\n\nThe "dirty tricks" Ben Carson accused Ted Cruz of are not on '
     'the level of Benghazi, the candidate said Friday.', "Ben Carson"),  # a headline is no fragment to pass over
])
def test_an_office_stands_for_the_subject_before_a_fragment_in_its_paragraph(text, speaker):
    assert quotes_of(text, title=text.split("\n")[0] if "\n" in text else None)[-1][1] == speaker


def test_a_name_set_off_after_a_role_of_a_named_body_speaks():
    text = ('"We have hardly started," the new chair of the Internet Engineering Task Force (IETF), Brian Carpenter, '
            'says.')
    assert quotes_of(text)[0][1] == "Brian Carpenter"


def test_a_headline_naming_the_person_does_not_keep_the_leads_description_from_the_name_that_follows():
    text = ("Jamieson issues warning to bigots\n\nScotland's justice minister has warned bigoted fans that she wants "
            'to hit them "where it hurts most".\n\nCathy Jamieson said exclusion orders are one of a series of '
            'measures.')
    assert quotes_of(text, title=text.split("\n")[0])[0][1] == "Cathy Jamieson"


def test_the_leads_unnamed_associate_of_someone_is_the_person_the_next_paragraph_names_first():
    text = ("Khodorkovsky ally denies charges\n\nA close associate of former Yukos boss Mikhail Khodorkovsky has told "
            'a court that the charges are "false".\n\nPlaton Lebedev has been on trial alongside Mr Khodorkovsky since '
            "June.")
    assert quotes_of(text, title=text.split("\n")[0])[0][1] == "Platon Lebedev"  # not Khodorkovsky, in the description


@pytest.mark.parametrize("source", ["Mr Hensel", "the Economist Intelligence Unit's Mr Hensel"])
def test_a_source_after_according_to_is_who_a_later_he_stands_for_even_behind_a_bodys_possessive(source):
    text = ('Steel mill for sale\n\n"We would look at it with great interest," a spokesman told BBC News. A resale '
            f'could triple the price, according to {source}. But he warned that the government could decide '
            'otherwise. "That way, the president can go to the public," he told BBC News.')
    assert [q[1] for q in quotes_of(text)] == ["spokesman", "Hensel"]  # not the spokesman who spoke first


def test_a_plural_noun_after_a_quotation_inside_its_sentence_is_no_cue_and_the_report_after_it_attributes_it():
    text = 'Bosses have held "constructive and friendly" talks with the LSE, Jack Straw has said.'
    assert quotes_of(text) == [("constructive and friendly", "Jack Straw", "Jack Straw", "said")]


def test_a_leads_closing_report_by_an_unnamed_chief_is_the_person_the_next_paragraph_names_first():
    text = ('German bidder in talks with LSE\n\nDeutsche Boerse bosses have held "constructive, professional and '
            'friendly" talks with the London Stock Exchange (LSE), its chief has said.\n\nWerner Seifert met LSE chief '
            'executive Clara Furse amid rumours the German group may raise its bid.')
    assert quotes_of(text, title=text.split("\n")[0])[0][1:] == ("Werner Seifert", "its chief", "said")


@pytest.mark.parametrize("text, speaker", [
    ('US show sued\n\nAustin Aitken is taking action against NBC. He said the show made him dizzy. The legal '
     'assistant said NBC was "sending the wrong message to viewers".', "Austin Aitken"),
    ('Working mothers\n\nJane Moss, a fashion designer for G-III, watched from home. She rolled her eyes.\n\n"It is '
     'hard enough," said the designer.', "Jane Moss"),
    ('Working mothers\n\nAs Ivanka Trump delivered her speech, a fashion designer for G-III watched from home.'
     '\n\n"It is hard enough," said the designer.', "G-III's fashion designer"),  # someone new, whom no name
    # stands for: the one described so
    ('Working mothers\n\nAs Ivanka Trump spoke, a designer named Jane Moss watched from home.\n\n"It is hard '
     'enough," said the designer.', "Jane Moss"),  # brought in by name
])
def test_an_occupation_stands_for_the_person_just_named_unless_the_text_brought_in_someone_unnamed_by_it(text, speaker):
    assert quotes_of(text, title=text.split("\n")[0])[-1][1] == speaker


def test_a_possessive_after_a_subject_is_no_verb_that_gives_the_subject_a_quotation():
    text = ('Ted Cruz won in Wyoming.\n\nThe Cruz slate\'s main competition came from antiabortion groups and an '
            'unaligned "Wyoming first" push.')
    assert quotes_of(text) == []  # a label of two words no one says, not the Cruz slate's words


def test_the_and_a_surname_before_a_clause_about_a_person_is_that_person_not_a_body():
    text = ('Donald Trump spoke on Tuesday.\n\nThis was the Trump we all knew, the Trump who questions the judge, who '
            'claims that Univision "takes its marching orders" from Mexico.')
    assert quotes_of(text)[0][1] == "Donald Trump"


@pytest.mark.parametrize("text, speaker", [
    ("Vote fears\n\nObama also addressed Trump's general concerns last Thursday, stating state and local authorities "
     'are in charge of the election process.\n\n"We do take seriously our responsibilities," he added.', "Obama"),
    ('UK heading wrong way\n\nTony Blair has failed, Michael Howard has said.\n\nMr Blair has failed to tackle these '
     'problems, he claimed, saying he has the "wrong solution" to them.\n\n"We simply need to change direction," he '
     'said.', "Michael Howard"),  # the saying is the aside's, not Blair's
])
def test_the_subject_of_a_participle_of_saying_after_its_clauses_first_comma_is_who_a_later_he_stands_for(
        text, speaker):
    assert quotes_of(text, title=text.split("\n")[0])[-1][1] == speaker


@pytest.mark.parametrize("text, words", [
    ("The Actors' Equity Association issued a statement.", [("Actors", "Equity", "Association")]),
    ("The Musicians' Union said so.", [("Musicians", "Union")]),
    ("Ladbrokes' Warren Lush said so.", [("Ladbrokes",), ("Warren", "Lush")]),  # a body's, then a person's name
])
def test_a_plural_possessive_inside_a_bodys_name_does_not_cut_the_name(text, words):
    assert [m.words for m in find_names(0, text, [])] == words


def test_a_bodys_name_with_a_plural_possessive_inside_is_the_speaker_whole():
    text = 'The Actors\' Equity Association issued a statement calling Davis "an icon in the American theatre".'
    assert quotes_of(text)[0][1] == "Actors' Equity Association"


@pytest.mark.parametrize("word", ["pub", "venue", "label", "publisher"])
def test_a_word_for_a_business_stands_for_the_body_that_was_just_the_subject(word):
    text = f'The Idle Hour will be closing. The {word} said "there is no point in staying open now".'
    assert quotes_of(text)[0][1] == "Idle Hour"


def test_talks_right_before_a_headlines_quotation_are_the_talks_it_is_said_of_not_a_verb_of_saying():
    text = ("Russia WTO talks 'make progress'\n\nTalks on Russia's membership of the World Trade Organisation have "
            'been "making good progress" say those behind the negotiations.')
    assert quotes_of(text, title=text.split("\n")[0])[0] == ("make progress", None, None, None)


@pytest.mark.parametrize("text, found", [
    ('The waving, smiling feel of a reunion tour looked ahead to why the younger brother, whom George W. Bush '
     'introduced to cheers as "my big little brother," is the right choice.',
     ("my big little brother,", "George W. Bush", "George W. Bush", "introduced")),
    ('The man, whom Smith fired in May, told reporters it was "a disgrace."',
     ("a disgrace.", "man", "The man", "told")),  # the clause closed before the quotation
    ('Brown, whom Blair appointed in 1997, says the plan is "a disgrace."', ("a disgrace.", "Brown", "Brown", "says")),
])
def test_a_relative_clause_opened_by_whom_that_holds_the_quotation_gives_it_to_the_name_after_whom(text, found):
    assert quotes_of(text)[0] == found


@pytest.mark.parametrize("text, speaker", [
    ('Barack Obama spoke in Ohio. A laughing crowd heard him say "we will win."', "Barack Obama"),
    ('Barack Obama spoke in Ohio. Reporters heard Obama say "we will win."', "Barack Obama"),  # not the reporters
])
def test_the_object_of_a_verb_of_perceiving_before_a_bare_cue_is_who_speaks(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('John Smith met Mary Jones. Jones recalls Smith telling her: "We will fight on."', "John Smith"),
    ('John Smith met Mary Jones. Jones remembers him once saying: "We will fight on."', "John Smith"),
    ('John Smith met Mary Jones. Jones recalled telling Smith: "We will fight on."', "Mary Jones"),  # no object
    ('John Smith met Mary Jones. Jones recalled Smith talking about "Collapse," a best seller.', "Mary Jones"),
    # talking takes a topic, not words
])
def test_the_object_of_a_verb_of_remembering_before_a_cue_in_ing_is_who_speaks(text, speaker):
    assert [q[1] for q in quotes_of("Council row\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ferguson backs keeper\n\nSir Alex Ferguson defended goalkeeper Roy Carroll.\n\n"He made one mistake," said the '
     'Manchester United manager.', "Alex Ferguson"),
    ('Ellen MacArthur has finished her voyage.\n\nThe 28-year-old sailor said: "It has been an incredible journey."',
     "Ellen MacArthur"),
    ('Chelsea won at Anfield. Team-mate Frank Lampard said: "We deserved to win."', "Frank Lampard"),
    ('However, Matt Williams, a fund manager at Perpetual Trustees said taking the stake "is definitely a precursor '
     'to a takeover".', "Matt Williams"),  # the appositive's closing comma left out
])
def test_a_manager_a_sailor_or_a_team_mate_is_an_epithet_for_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The mayor, Bill de Blasio, said: "It is ready."', "Bill de Blasio"),
    ('The mayor, Bill de Blasio, said the plan was "ready."', "Bill de Blasio"),  # not `the plan`
    ('The coach, Louis van Gaal, told reporters: "We were unlucky."', "Louis van Gaal"),
    ('"It is ready," said the mayor, Bill de Blasio.', "Bill de Blasio"),
    ('Shell\'s chief executive, Jeroen van der Veer, said demand had been "exceptionally strong".',
     "Jeroen van der Veer"),  # two particles
    ('"Demand was strong," said Shell\'s chief executive, Jeroen van der Veer.', "Jeroen van der Veer"),
])
def test_a_name_with_a_particle_in_lowercase_set_off_after_a_role_speaks(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Robin van Persie scored twice.\n\nVan Persie said: "It was a great night."', "Robin van Persie"),
    ('Edwin van der Sar saved two penalties.\n\n"I guessed right," Van der Sar said.', "Edwin van der Sar"),
    ('Mayor Bill de Blasio spoke on Friday.\n\n"It was an intentional act," De Blasio said.', "Bill de Blasio"),
])
def test_a_surname_whose_particle_is_capitalised_is_the_full_name_with_it_in_lowercase(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('The company, which calls itself "the world\'s favourite airline", reported a loss.',
     [("the world's favourite airline", "company", "calls")]),  # not `a loss`
    ('The airline, known as "the world\'s favourite", announced a profit.', []),  # a label: no `a profit`
    ('Profits were "disappointing", said analyst John Smith.', [("disappointing", "John Smith", "said")]),
])
def test_the_verb_after_a_quotation_closing_a_clause_set_off_after_the_subject_is_the_subjects(text, expected):
    assert [(q[0], q[1], q[3]) for q in quotes_of(text)] == expected


def test_a_relations_name_before_a_plural_verb_is_a_person_not_a_team():
    text = 'John Smith and his wife Mary were at home when the fire started. "We lost everything," she said.'
    assert [q[1] for q in quotes_of(text)] == ["Mary"]


@pytest.mark.parametrize("text, cue", [
    ('Capital Economics said in a note to clients: "Rates will rise."', "said"),
    ('Smith wrote in a post on Facebook: "Rates will rise."', "wrote"),
])
def test_a_cue_noun_after_a_speech_verb_and_in_is_where_it_was_said_not_the_cue(text, cue):
    assert [q[3] for q in quotes_of(text)] == [cue]


@pytest.mark.parametrize("text, speaker", [
    ('Microsoft and Google said: "We are confident."', "Microsoft and Google"),  # not Google alone
    ('Labour and the Conservatives said the plan was "flawed".', "Labour and the Conservatives"),
    ('Portugal and the Czech Republic announced the move "regardless of the situation on the ground".',
     "Portugal and the Czech Republic"),
    ('Procter and Gamble said: "We are confident."', "Procter and Gamble"),  # one body's name, as written
    ('"It will grow," added Ernst and Young\'s Mehta.', "Mehta"),  # a firm's man
])
def test_two_bodies_joined_by_and_speak_together(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Labour MP Oona King will stand again.\n\nMs King said she was "delighted" at the chance.', "Oona King"),
    ('Matthew Prince runs the firm.\n\n"It is risky," Mr. Prince said.', "Matthew Prince"),
])
def test_a_titled_surname_that_is_also_a_word_is_the_full_name(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The report, by former Dutch prime minister Wim Kok, was published on Wednesday. Mr Kok spoke in Brussels.'
     '\n\n"Lisbon is about everything and thus about nothing," the Kok report said.', "Wim Kok's report"),
    ('Lord Hutton published his findings on Wednesday.\n\n"The editorial system was defective," the Hutton report '
     'said.', "Lord Hutton's report"),
    ('The IMF published its findings.\n\n"Growth will slow," the IMF report said.', "IMF report"),  # a body's
])
def test_a_text_titled_by_a_persons_name_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of("Reform call\n\n" + text)] == [speaker]


def test_a_campaign_a_persons_name_titles_is_theirs_and_top_is_no_given_name():
    text = ('It began when Bernie Sanders challenged Hillary Clinton to a debate in Brooklyn.\n\n'
            'Top Sanders strategists acknowledged as much.\n\n'
            'The Sanders campaign rejected the idea as "ludicrous".')
    assert [q[1] for q in quotes_of("Debate row\n\n" + text)] == ["Bernie Sanders's campaign"]


@pytest.mark.parametrize("text, speaker", [
    ('"It wasn\'t a convincing argument," said one Democrat familiar with the discussion.',
     "Democrat familiar with the discussion"),
    ('"It is over," said a source close to the campaign.', "source close to the campaign"),
])
def test_someone_near_a_thing_named_after_a_cue_is_described_whole(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"It is the best launch game ever," wrote the influential Edge magazine.', "Edge magazine"),
    ('A withering Washington Post editorial called the plan "a disgrace".', "Washington Post editorial"),
    ('A 2014 House Intelligence Committee report found "no evidence" of it.',
     "2014 House Intelligence Committee report"),  # a year tells one report from another
])
def test_words_that_colour_an_outlet_or_a_text_before_its_name_are_not_who_speaks(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ivanka Trump spoke at the convention.\n\nThe next day, her Twitter account posted: "Shop the look."',
     "Ivanka Trump's Twitter account"),
    ('Ivanka Trump spoke at the convention.\n\nThe next day, her friend Kushner said: "She was great."', "Kushner"),
])
def test_a_name_inside_what_a_he_or_she_owns_leaves_it_theirs(text, speaker):
    assert [q[1] for q in quotes_of("Convention\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump spoke on Monday. His promise to be "neutral" in negotiations has caused concern.', "Donald Trump"),
    ('Robin Cook said voters would not be moved by Mr Blair\'s promise to produce an "unremittingly New Labour" '
     'manifesto.', "Blair"),  # the promise's words are its owner's, not the reporter's
    ('Prime Minister Tony Blair spoke. Mr Brown has an aim, even if the prime minister\'s intention to "serve a '
     'full third term" took the shine off.', "Tony Blair"),  # an intention; its owner an office the text gave him
    ('Kirstie Alley also stated her intention to "get back on the horse."', "Kirstie Alley"),
])
def test_the_owner_of_a_promise_to_do_what_is_quoted_says_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_an_office_owning_a_statement_is_no_one_the_text_does_not_title_so():
    text = ("Drink remark\n\nThe first minister's statement that it was okay to get drunk \"once in a while\" has "
            "diverted attention.\n\nJack Law, chief executive of Alcohol Focus Scotland, said Jack McConnell's "
            "comment was ill-advised.")
    assert [q[1:3] for q in quotes_of(text)] == [("first minister", "The first minister's")]


@pytest.mark.parametrize("text, speaker", [
    ('But she did contradict Mr. Obama\'s comments, made in a television interview recorded a day before the attacks, '
     'that the Islamic State had been "contained" in Iraq.', "Obama"),
    ('She contradicted Mr. Obama\'s comments that the group had been "contained" in Iraq.', "Obama"),
])
def test_whose_comments_a_that_clause_gives_past_a_participles_clause_says_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("woman, speaker", [
    ("Smith's mother wept.", "John Smith's mother"),
    ("His wife wept.", "John Smith's wife"),
    ("The victim's mother wept.", "victim's mother"),
])
def test_she_after_a_womans_word_opening_the_sentence_before_is_that_woman_not_an_unsexed_speaker(woman, speaker):
    text = f'John Smith was found guilty on Monday. His lawyer said: "We will appeal." {woman} "It is over," she said.'
    assert [q[1] for q in quotes_of(text)] == ["John Smith's lawyer", speaker]


def test_she_after_a_womans_word_opening_the_sentence_before_is_that_woman_where_no_one_spoke():
    text = 'John Smith was jailed on Monday. His wife wept. "He is innocent," she said.'
    assert [q[1] for q in quotes_of(text)] == ["John Smith's wife"]


@pytest.mark.parametrize("text, speaker", [
    ('Hillary Clinton spoke in Iowa. "I\'m ready," the former first lady said.', "Hillary Clinton"),
    ('Secretary of State Hillary Clinton said: "I\'m running." The former first lady added: "I\'m ready."',
     "Hillary Clinton"),
    ('Bernie Sanders spoke in Iowa. "The system is rigged," the self-described democratic socialist said.',
     "Bernie Sanders"),
    ('Betsey Wright, a close aide, coined a term. The first lady had referred to her as "a narcissistic loony toon."',
     "first lady"),  # the president's wife, whoever the text named last
    ('Betsey Wright, a close aide, coined a term. "I\'m ready," the lady said.', "lady"),  # as `the woman`
])
def test_a_former_first_lady_or_a_socialist_is_an_epithet_for_the_woman_or_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1:] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Lawmaker urges retaliation on Russia\n\nRep. Adam Schiff, the top Democrat on the House Intelligence '
     'Committee, called on President Obama to retaliate -- meddling the California congressman said is designed to '
     '"sow discord" in American politics.', "Adam Schiff"),  # not the headline's first word; Obama is titled
    ('On the trail\n\nMr. Trump took on Hillary Clinton on Sunday after the Democratic front-runner had said that '
     'he was "becoming ISIS\' best recruiter."', "Democratic front-runner"),  # she is named between, as likely
    ('Christie grinds on\n\nChris Christie was clocking his 44th day. Another enthusiastic crowd, another '
     'commanding performance. Sooner or later, the New Jersey governor told reporters, "it starts to pay off."',
     "Chris Christie"),  # an opening phrase's word is no subject
])
def test_an_office_inside_a_sentence_stands_for_the_person_named_as_its_subject(text, speaker):
    assert [q[1] for q in quotes_of(text, title=text.split("\n")[0])] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('"The results show that people can learn," said Jonathan Wolpaw and Dennis McFarlane.',
     "Jonathan Wolpaw and Dennis McFarlane"),
    ('"The talks were useful," said Microsoft and Google, which met on Monday.', "Microsoft and Google"),
    ('"The talks were useful," said John Smith and Mary Jones agreed.', "John Smith"),  # her clause of its own
    ('John Smith and Mary Jones met on Monday. They said the talks were "useful".', "John Smith and Mary Jones"),
    ('Unison and the GMB rejected the offer. They said it was "an insult".', "Unison and the GMB"),
    ('John Smith met Mary Jones on Monday. They said the talks were "useful".', None),  # one subject
    ('Tom Smith, 15, died in the crash. His parents paid tribute. "He was a lovely boy," they said.',
     "Tom Smith's parents"),  # people described in the plural
    ('Tom Smith, 15, died in the crash. His parents wept. "He was a lovely boy," his teachers said. "We miss him," '
     'they said.', "Tom Smith's teachers"),  # who spoke last, not the subject before
    ('Tom Smith, 15, died in the crash. His family paid tribute. "He was a lovely boy," they said.',
     "Tom Smith's family"),  # a family
    ("Tom Smith's relatives paid tribute on Saturday.\n\nIn a statement, they said he was \"a lovely boy\".",
     "Tom Smith's relatives"),
    ('The family of Tom Smith, 15, paid tribute on Saturday.\n\nIn a statement released through police, they said '
     'he was "a lovely boy".', "Tom Smith's family"),
])
def test_two_names_joined_by_and_after_a_cue_or_before_they_speak_together(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1:] == [speaker]


@pytest.mark.parametrize("text, expected", [
    ('"Will you wait?" asked Mr Blair. "No," came the reply.',
     [("Will you wait?", "Blair", "Mr Blair", "asked"), ("No,", None, None, "reply")]),  # someone unnamed answers
    ('"No," came the reply from Mr Brown.', [("No,", "Brown", "Mr Brown", "reply")]),
    ('Mr Brown was told by Mr Blair: "You will succeed me."', [("You will succeed me.", "Blair", "Mr Blair", "told")]),
    ('Mr Brown was told by Mr Blair that he would "succeed" him.', [("succeed", "Blair", "Mr Blair", "told")]),
])
def test_a_reply_that_came_is_from_whom_it_came_and_a_passive_cue_is_its_agents(text, expected):
    assert quotes_of(text) == expected


@pytest.mark.parametrize("headline, expected", [
    ("UK 'must act' on climate - Blair", [("must act", "Tony Blair", "Blair", "―")]),  # the claim is his, quote and all
    ("UK rebate 'unjustified' - Chirac", [("unjustified", "Jacques Chirac", "Chirac", "―")]),
    ("UK 'must act', says minister - Blair", [("must act", "minister", "minister", "says")]),  # a cue of its own
])
def test_a_headline_a_dash_and_a_name_close_is_that_persons_claim(headline, expected):
    text = f"{headline}\n\nTony Blair and Jacques Chirac spoke about the rebate and the climate."
    assert quotes_of(text, title=headline) == expected


@pytest.mark.parametrize("text, speaker", [
    ('Jeb Bush spoke. His brother, former President George W. Bush, said: "Jeb is ready."', "George W. Bush"),
    ('Jeb Bush spoke. "Jeb is ready," said his brother, former President George W. Bush.', "George W. Bush"),
    ('"She is innocent," said her lawyer, former prosecutor John Smith.', "John Smith"),
    ('"It\'s about time," exhorted Clinton\'s introducer, actress Jamie Lee Curtis.', "Jamie Lee Curtis"),
    ('"She is innocent," said her lawyer, a former prosecutor.', "lawyer"),  # no name set off: a lawyer
])
def test_a_name_set_off_after_a_role_speaks_past_the_titles_before_it(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Tory leader Michael Howard said: "We will cut taxes." The Lib Dem leader said: "We will not."',
     "Lib Dem leader"),  # another party's leader
    ('The Tory leader, Michael Howard, said: "We will cut taxes." The Lib Dem leader said: "We will not."',
     "Lib Dem leader"),
    ('Foreign Secretary Jack Straw spoke on Monday. The home secretary said: "We will act."', "home secretary"),
    ('Conservative leader Michael Howard said: "We will cut taxes." Lib Dem leader Charles Kennedy said: "We will '
     'not." "It is a con," the Tory leader said.', "Michael Howard"),  # one party by its other name
    ('Liberal Democrat leader Charles Kennedy spoke on Monday. The Lib Dem leader said: "We will not."',
     "Charles Kennedy"),
    ('GOP Sen. John McCain spoke on Monday. The longtime senator said: "I rarely ask."', "John McCain"),  # one office
    ('Senate Minority Leader Harry M. Reid spoke on Monday. Reflecting on his career, the Senate Democratic leader '
     'said: "I would settle."', "Harry M. Reid"),
])
def test_an_office_of_another_party_or_portfolio_is_not_the_one_a_person_holds(text, speaker):
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The report, published on Monday by the Institute for Fiscal Studies, said the plans were "unaffordable".',
     "Institute for Fiscal Studies report"),  # its author set off right after it
    ('The report, which was published on Monday, said the plans were "unaffordable".', "report"),  # no author
])
def test_a_report_whose_author_an_aside_after_it_names_is_that_bodys(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('A spokesman for the singer, Elton John, said: "He is fine."', "Elton John's spokesman"),  # the singer's name
    ('"He is fine," said a spokesman for the singer, Elton John.', "Elton John's spokesman"),
    ('The spokesman for the club, John Smith, said: "We are fine."', "John Smith"),  # the spokesman's own name
    ('A lawyer for the family, John Smith, said: "We are fine."', "John Smith"),
])
def test_a_name_set_off_after_the_person_someone_speaks_for_is_that_persons(text, speaker):
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Officials familiar with the talks said the deal was "close".', "Officials familiar with the talks"),
    ('Officials close to the talks, who asked not to be named, said the deal was "close".',
     "Officials close to the talks"),  # was `the deal`, the clause after the cue
    ('Aides familiar with his thinking said the deal was "close".', "Aides familiar with his thinking"),
    ('Responding to the claims Tory co-chairman Liam Fox said: "They are soft."', "Liam Fox"),  # a name opens its own
])
def test_a_cue_verbs_form_after_an_article_or_owner_is_a_noun_inside_the_speakers_phrase(text, speaker):
    assert [q[1] for q in quotes_of("Deal row\n\n" + text)] == [speaker]


def test_who_after_an_inverted_cues_subject_and_its_phrase_is_that_subject_not_the_phrases_last_noun():
    text = ('Deal row\n\n"It was weak," said one Democrat familiar with the discussion, who added that the White '
            'House seemed "rattled".')
    assert [q[1] for q in quotes_of(text)] == ["Democrat familiar with the discussion"] * 2


@pytest.mark.parametrize("text, speaker", [
    ('"It is close," said a senior aide to Mrs. Clinton.', "Clinton's senior aide"),  # was `senior aide`
    ('"It is close," said one longtime adviser to Bill Clinton.', "Bill Clinton's longtime adviser"),
    ('"It is close," said a former envoy to Iraq.', "Iraq's former envoy"),
])
def test_a_role_held_to_someone_after_an_inverted_cue_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of("Deal row\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Ari Fleischer said the report was right. "Trump has gone the other way," said the former top aide to '
     'President George W. Bush.', "Ari Fleischer"),  # the person just named
    ('James Comey spoke. The former head of the FBI said: "We were misled."', "James Comey"),
    ('The former head of the FBI said: "We were misled."', "FBI's former head"),  # no one named before
    ('Ari Fleischer spoke. "We were misled," said a former top aide to President George W. Bush.',
     "George W. Bush's former top aide"),  # `a`: someone new
    ('Hillary Clinton spoke. "We were misled," said the former aide to Bill Clinton.',
     "Bill Clinton's former aide"),  # not the principal's family
])
def test_the_former_holder_of_a_role_towards_someone_is_the_person_just_named(text, speaker):
    assert [q[1] for q in quotes_of("Report row\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Those close to the senator say he is "furious".', "Those close to the senator"),  # was `close to the senator`
    ('Those voters say he is "furious".', "Those voters"),
    ('Two people close to the senator say he is "furious".', "people close to the senator"),
])
def test_those_before_words_that_are_no_noun_stays_on_the_description(text, speaker):
    assert [q[1] for q in quotes_of("Senate row\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Mr Smith pressed Ms Jones: "Will you resign?" She answered: "No."', ["Smith", "Jones"]),  # was no one: Jones
    # read as the speaker of an inverted `pressed`, then as reported inside her own question
    ('"Will you resign?" pressed Ms Jones. "No," said Mr Smith.', ["Jones", "Smith"]),  # inverted after a quotation
])
def test_a_name_after_a_cue_with_a_named_subject_is_its_object_not_an_inverted_speaker(text, speakers):
    assert [q[1] for q in quotes_of("Resignation row\n\n" + text)] == speakers


def test_a_name_of_no_known_sex_that_a_he_stood_for_is_no_she_later():
    text = 'Email row\n\nGowdy pressed Clinton on the emails. "Were you responsible?" he asked. "Yes," she replied.'
    assert [q[1] for q in quotes_of(text)] == ["Gowdy", None]  # was Gowdy twice


@pytest.mark.parametrize("text, speakers", [
    ('Mr. Trump won. His son Donald Jr. announced the votes.\n\n"It is a movement," said the younger Mr. Trump.',
     ["Donald Trump Jr."]),  # was Trump, the father
    ('Mr. Trump won. His son Donald Jr. announced the votes.\n\nHis son said: "We won."', ["Donald Trump Jr."]),
    # was `Donald Trump`, the son's given name and the father's surname
    ('Serena Williams will face her sister Venus in the final.\n\nVenus, who has won five times, beat Dinara '
     'Safina. "I felt good," the elder Williams said.', ["Venus Williams"]),  # the subject, not the one named most
    ('Serena Williams will face her sister Venus in the final.\n\n"It was tough," said the younger Williams.',
     ["Serena Williams"]),  # the subject of the sentence before
])
def test_the_younger_or_elder_of_a_family_is_the_one_last_a_subject(text, speakers):
    assert [q[1] for q in quotes_of("Family row\n\n" + text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('"It works," said the study\'s lead author, Dr Jane Smith of Oxford University.', "Jane Smith"),  # was the
    # study's lead author: the name set off, then where she works
    ('"It works," said another advocate, Andrew J. Pincus of the law firm Mayer Brown.', "Andrew J. Pincus"),
])
def test_a_name_set_off_after_an_inverted_role_speaks_with_its_affiliation_after_it(text, speaker):
    assert [q[1] for q in quotes_of("Drug trial\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('The study found the drug was "highly effective".', ["study"]),  # was no quotation: no `that`
    ('A review by the ONS found it had made a mistake by "double counting" spending.', ["ONS"]),
    ('The court ruled EU countries could not put the pact "in abeyance".', ["court"]),
    ('The film was nominated despite a recent ruling it was "not French enough".', [None]),  # a noun: no one's
    ('Mr Smith said Jones had "seen the police coming" as officers found an iPhone that he had thrown.',
     ["Smith"]),  # a relative clause after the object, not a found clause
    ('The messages found on his phone showed he had been "dealing on a commercial scale".', [None]),  # a participle
])
def test_a_finding_without_that_is_its_finders_words(text, speakers):
    assert [q[1] for q in quotes_of("Drug trial\n\n" + text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('A caller to the show, Mary from Leeds, said: "You let us down."', "Mary"),  # was no one
    ('One caller, Mary Jones from Leeds, said: "You let us down."', "Mary Jones"),
])
def test_a_given_name_set_off_with_where_the_person_is_from_speaks(text, speaker):
    assert [q[1] for q in quotes_of("Phone-in\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Jones said the man, whom Smith had called "a hero", was "a liar".', ["Smith", "Jones"]),  # was Smith twice
    ('Mr Smith said the slaves, whom Mrs Obama referred to in her address, were "well fed".', ["Smith"]),
])
def test_a_cue_inside_a_closed_whom_clause_takes_no_quotation_after_it(text, speakers):
    assert [q[1] for q in quotes_of("Row\n\n" + text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('The family of John Jones said: "He was a hero."', "John Jones's family"),  # was John Jones himself
    ('The parents of John Jones said: "He was a hero."', "John Jones's parents"),
    ('The mother of John Jones said: "He was a hero."', "John Jones's mother"),  # was `mother of John Jones`
    ('The family of the victim said: "He was a hero."', "family of the victim"),  # no name after it
])
def test_the_family_or_a_relation_of_a_named_person_speaks_as_theirs_not_as_them(text, speaker):
    assert [q[1] for q in quotes_of("Tribute paid\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('People who know Jones say he is "devastated".', "People who know Jones"),  # was Jones
    ('Many who know Jones say he is "devastated".', "Many who know Jones"),
    ('The people who Mr Forsyth labels the new "threat" are few.', "Forsyth"),  # the clause's own subject labels
])
def test_a_name_inside_a_relative_clause_of_the_speakers_phrase_is_not_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of("Tribute paid\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('The prosecutor in the trial of John Jones said he was "evil".', "prosecutor in the trial of John Jones"),
    # was John Jones, the defendant
    ('A tribute to John Jones read: "Rest in peace."', "tribute to John Jones"),  # was John Jones
    ('A biography of Tony Blair says he was "driven".', "biography of Tony Blair"),  # was Tony Blair
    ('A spokesman for the family of John Jones said: "We are devastated."',
     "spokesman for the family of John Jones"),  # was John Jones
    ('"We agree," a statement issued on behalf of Robert Zoellick said.', "Robert Zoellick"),  # his words
])
def test_a_person_named_after_a_preposition_in_a_described_speakers_phrase_is_not_the_speaker(text, speaker):
    assert [q[1] for q in quotes_of("Court report\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Police investigating the death of John Jones said it was "a tragedy".',
     "Police investigating the death of John Jones"),  # was `death of John Jones`
    ('Detectives hunting the killer of John Jones said he was "dangerous".',
     "Detectives hunting the killer of John Jones"),  # was `killer of John Jones`
    ('Lawyers representing the family of John Jones said the ruling was "a disgrace".',
     "Lawyers representing the family of John Jones"),  # was John Jones's family
    ('Despite receiving an email from Mr Van de Vijver which said the firm had "fooled" the market, she did nothing.',
     "Van de Vijver"),  # a preposition before the participle: no people acting
])
def test_people_acting_on_a_described_object_speak_as_themselves(text, speaker):
    assert [q[1] for q in quotes_of("Murder inquiry\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Mourners at the funeral of John Jones sang "Abide With Me".', "Mourners at the funeral of John Jones"),  # was
    # John Jones
    ('Supporters of the campaign to free John Jones said: "He is innocent."',
     "Supporters of the campaign to free John Jones"),  # was John Jones
    ('Teachers at John Jones\'s school said he was "lovely".', "Teachers at John Jones's school"),  # was his school
    ('The organiser of John Jones\'s memorial said it was "moving".', "organiser of John Jones's memorial"),
    ('One of Mr Jackson\'s lawyers said it was "absurd".', "Jackson's lawyers"),  # one of them
    ('"It is absurd," a motion by Mr Jackson\'s lawyers stated.', "Michael Jackson's lawyers"),  # theirs
])
def test_the_head_of_a_speakers_phrase_before_a_preposition_speaks_not_the_owner_after_it(text, speaker):
    assert [q[1] for q in quotes_of("Murder inquiry\n\nMichael Jackson appeared in court.\n\n" + text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"He was a hero," said police investigating the death of John Jones.',
     "police investigating the death of John Jones"),  # was no one
    ('"He was a hero," said detectives hunting the killer of John Jones.',
     "detectives hunting the killer of John Jones"),
])
def test_people_acting_on_an_object_after_an_inverted_cue_speak_as_themselves(text, speaker):
    assert [q[1] for q in quotes_of("Murder inquiry\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('John Jones, who was "a loving father", died on Monday.', None),  # was John Jones, with `who` for a cue
    ('John Jones, who was "a loving father", died on Monday, police said.', "police"),
])
def test_a_quotation_a_relative_copula_gives_its_subject_is_not_the_subjects_words(text, speaker):
    assert [q[1] for q in quotes_of("Tributes paid\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Saoirse Ronan and Tom Brown spoke. "It was hard," she said.', "Saoirse Ronan"),  # was no one: her given
    # name is in no list, his is a man's
    ('Volodymyr Zelensky and Kamala Harris spoke. "It was hard," he said.', "Volodymyr Zelensky"),
    ('Saoirse Ronan and Nkechi Okafor spoke. "It was hard," she said.', None),  # two of no known sex: either
])
def test_a_pronoun_stands_for_the_one_person_of_no_known_sex_when_the_others_are_of_the_other(text, speaker):
    assert [q[1] for q in quotes_of("Talks\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, speakers", [
    ('Replying to Mr Smith, who had called her "a liar", Mrs Jones said: "Never."', ["Smith", "Jones"]),  # was
    # Jones twice: the cue after the relative's closing comma
    ('Replying to Mr Smith, who had called her "a liar," Mrs Jones said: "Never."', ["Smith", "Jones"]),
    ('"It is a lie," Mrs Jones, who was angry, said.', ["Jones"]),  # a relative after the quotation
])
def test_a_quotation_closing_a_relative_clause_is_the_relatives_words(text, speakers):
    assert [q[1] for q in quotes_of("Row\n\n" + text)] == speakers


@pytest.mark.parametrize("mr", ["Mr", "Mr."])
@pytest.mark.parametrize("text, speakers", [
    ('Tony Blair says Ken Livingstone should say sorry.\n\nLondon mayor Mr Livingstone says he is standing by his '
     'remarks, and said he would not apologise even if Mr Blair asked. Later the prime minister said: "He should '
     'apologise."', ["Tony Blair"]),  # was the prime minister with `Mr.`: its stop hid the mayor's office
    ('Speaking in court, Mr Ebbers rejected claims he pressured finance chief Scott Sullivan. Mr Sullivan "made '
     'accounting decisions," he told the court.', ["Ebbers"]),  # was Sullivan: `claims he pressured finance
    # chief Scott Sullivan.` is no inverted cue, and the name before a quotation's words is what it speaks of
    ('Mr Raha said the two firms could work together. "Our cash flow is good," he told Reuters.\n\nEnergy minister '
     'Viktor Khristenko will meet officials on Tuesday. ONGC\'s Mr Raha declined to comment. However, he stressed '
     'that ONGC was keen. "China\'s problem is demand."', ["Raha", "Raha"]),  # was Khristenko with `Mr.`: the
    # owner opened the sentence after `Tuesday.`
    ('Abortion is no election issue, says Blair\n\nTony Blair\'s spokesman set out his view after the cardinal backed '
     'Michael Howard\'s stance. The Tory leader has said current rules are "tantamount to abortion on demand".\n\n'
     'In a Cosmopolitan interview Mr Howard said he favoured a lower limit.', ["Tory leader"]),  # was Blair with
    # `Mr.`: `Cosmopolitan interview` read as a label of Mr. Howard, leaving Blair the one leader undescribed
    ('Still, Tad Devine, a senior adviser to Mr Sanders, said on Tuesday that the campaign would not mislead voters. '
     '"We will be upfront about that," he said.', ["Tad Devine"]),  # was Sanders with `Mr.`: its stop ended
    # the appositive
])
def test_a_title_with_a_full_stop_reads_as_one_without(mr, text, speakers):
    assert [q[1] for q in quotes_of("News in brief\n\n" + text.replace("Mr ", mr + " "))] == speakers


@pytest.mark.parametrize("verb", ["stated", "remarked", "observed", "commented", "asserted", "contended",
                                  "complained", "recalled", "confirmed", "emphasised", "reckons", "tweeted",
                                  "testified", "cautioned", "boasted", "joked", "speculated", "hinted", "lamented"])
def test_a_quotation_after_a_sentence_that_reports_speech_is_its_speakers(verb):
    text = (f'"I am least surprised," says Mr Lakhani. One broker {verb} the reasons may be political. "If you file '
            f'a case, money will go."')  # was Lakhani's
    assert [q[1] for q in quotes_of("Markets\n\n" + text)] == ["Lakhani", "broker"]


def test_comments_a_person_received_are_no_report_of_what_she_said():
    text = ('The singer may have been moved to address the rumours by the harsh comments she received. This included '
            'messages such as "Eat something please" and "Looks like a skeleton."')
    assert [q[1] for q in quotes_of("Celine Dion\n\n" + text)] == [None, None]


@pytest.mark.parametrize("verb", ["asserted", "stated", "maintained", "contended", "declared", "explained", "conceded",
                                  "observed", "remarked", "reckoned"])
def test_a_cue_with_a_clause_of_its_own_after_a_quotation_does_not_attribute_it(verb):
    text = ('Liberal Democrat Alan Beith said Whitehall was "acting against the spirit of the Act". "Both committees will '
            f'have to keep this under scrutiny." Fellow Lib Dem Norman Baker {verb} the episode painted an '
            '"unflattering picture of government".')  # the second quotation was Baker's
    assert [q[1] for q in quotes_of("Shredding row\n\n" + text)] == ["Alan Beith", "Alan Beith", "Norman Baker"]


@pytest.mark.parametrize("text, speaker", [
    ('"We were unlucky," said coach John Kirwan.\n\nBut centre Jamie Noon believes the side showed better form. '
     '"We improved," he added.', "Jamie Noon"),  # was Kirwan: Noon's belief is what he adds to
    ('A spokesman for UKIP called on Mr Hockney to quit. Its leader, Roger Knapman, has said he is glad to see the '
     'back of him. "He has remarkable ability," he added.', "Roger Knapman"),  # was the spokesman
    ('"We were unlucky," said coach John Kirwan. Frank Rijkaard was critical of the decision. "There was a lot of '
     'talking," he added.', "Frank Rijkaard"),
    ('"We were unlucky," said coach John Kirwan.\n\nCentre Jamie Noon has scored ten tries this season. "He is a great '
     'player," he added.', "John Kirwan"),  # what Noon did, not said: Kirwan goes on
])
def test_what_is_added_after_a_sentence_of_someones_view_is_theirs(text, speaker):
    assert [q[1] for q in quotes_of("Rugby\n\n" + text)][-1] == speaker


@pytest.mark.parametrize("text", [
    'Mike Read wrote the song before the tragedy. "It\'s a natural home for it," said Read.',  # was no cue, and the
    # speaker only by the sentence before
    'Mike Read wrote the song before the tragedy. "It\'s a natural home for it," Read said.',
])
def test_a_surname_that_spells_a_word_is_a_name_after_an_inverted_cue(text):
    assert [q[1:] for q in quotes_of("Tsunami single\n\n" + text)] == [("Mike Read", "Read", "said")]


@pytest.mark.parametrize("text", [
    'The US government denied the claims, saying it condemned torture.\n\nIn a statement, it said: "The Department of '
    'Defense has no doubt that he was properly detained."',  # was the statement: what it spoke in, not who spoke
    'The US government denied the claims, saying it condemned torture. In a statement, it said: "The Department of '
    'Defense has no doubt that he was properly detained."',
])
def test_it_after_an_opening_phrase_is_the_body_of_the_sentence_before_not_the_text_it_spoke_in(text):
    assert [q[1] for q in quotes_of("Guantanamo\n\n" + text)] == ["US government"]


@pytest.mark.parametrize("text, speakers", [
    ('Jamie Costin is recovering after a crash.\n\nThere is an ironic chuckle as he talks of the lorry that hit his '
     'car.\n\n"I was in a lot of pain," says the Waterford man.', ["Jamie Costin"]),  # was the Waterford man:
    # the name two short paragraphs back
    ('BT wants lighter regulation in exchange for the changes.\n\nThe group is to set up a new division.\n\nThe '
     'company also unveiled plans to cut prices.\n\nIt added that it plans to build a "21st Century network".',
     ["BT"]),  # was the company
    ('Wal-Mart said it was good for the economy.\n\nMeanwhile Eli Lilly is launching adverts.\n\nIn the adverts, '
     'the company says the article continues to "spread fear among patients".', ["company"]),  # not Wal-Mart:
    # someone acted since
    ('Currently, only two of 16 principal dancers are British.\n\nBut a spokesman for the English National Ballet '
     'told BBC News that a quarter of its dancers were from the UK.\n\nHe said competition was "fierce".',
     ["English National Ballet spokesman"]),  # was `Currently`, read as a name: the spokesman's head is before
    # `for`
])
def test_a_description_reaches_back_over_paragraphs_of_a_sentence_each(text, speakers):
    assert [q[1] for q in quotes_of("News in brief\n\n" + text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Pep Guardiola says his side must improve.\n\nCity were beaten 4-0 by Tottenham, their worst home loss under '
     'the Spaniard.\n\n"We are fragile," the 53-year-old admitted.', "Pep Guardiola"),  # was the 53-year-old: an
    # age, no sex, reaches back over a paragraph naming only bodies
    ('Jason Gardener came fifth. "You can\'t win them all," said Gardener.\n\nRussian was back on form.\n\nThe '
     'champion set a new mark. It was Isinbayeva\'s 11th world record. "I\'m so happy," the 22-year-old said.',
     "22-year-old"),  # not Gardener: someone else is named before it in its own paragraph
    ('Pep Guardiola says his side must improve.\n\nCity were beaten 4-0, with Son Heung-min scoring twice.\n\n'
     '"We are fragile," the 53-year-old admitted.', "Son Heung-min"),  # a person named between is nearer
])
def test_an_age_with_no_sex_reaches_back_over_paragraphs_that_name_no_person(text, speaker):
    assert quotes_of("Cup defeat\n\n" + text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We were good," said coach Mike Ruddock. Victory will fuel expectations.\n\nNone more so than Henson, who can '
     'now expect to have the spotlight thrust upon him.\n\nThe confident 23-year-old is undaunted. "I like pressure," '
     'he said.', "Henson"),  # was Ruddock: `than` opens no clause of Henson's, whose relative makes him its
    # subject; and `None` is no one's name
    ("''It will be hard to find a job,'' Ms. Bigbee said.\n\nUnited Technologies has offered to cover the cost of "
     "schooling. But that is cold comfort to those, like Ms. Bigbee, who are near retirement.\n\nShe will be 60 in "
     "May. ''If I were in my 40s, I'd go back to school,'' she said.", "Bigbee"),  # was United Technologies
])
def test_a_name_that_a_relative_clause_follows_after_a_comparison_is_its_subject(text, speaker):
    assert [q[1] for q in quotes_of("Rugby\n\n" + text)][-1] == speaker


def test_an_international_is_an_epithet_for_a_player_not_for_a_clubs_director():
    text = ('Former Southampton manager Gordon Strachan has rejected the chance to become Portsmouth\'s new boss.\n\n'
            'The Scot was the chairman\'s first choice. "It is a fantastic job," Strachan told the BBC.\n\n'
            'Club director Terry Brady held initial talks with Strachan on Saturday.\n\n'
            'The former Scotland international added that joining would not be wise. "I have too many memories," '
            'he said.')  # was Brady, who acted last
    assert [q[1] for q in quotes_of("Strachan rejects Portsmouth\n\n" + text)] == ["Gordon Strachan"] * 2


def test_a_place_after_for_example_in_is_no_one_whose_view_it_is():
    text = ('Mr Phillips said changes to the law might allow parties to reserve seats.\n\nFor example in West Ham, this '
            'might allow only women to be candidates. "We cannot go on the same way," he said.')  # was West Ham,
    # read as `For Jupiter analyst Olivier Beauvillain, …`: whose view
    assert [q[1] for q in quotes_of("Shortlists\n\n" + text)] == ["Phillips"]


@pytest.mark.parametrize("subject", ["Switzerland, Ireland, France and Israel are", "France and Israel are", "Ireland is",
                                     "Ireland have a slight edge after claiming away draws in Basel and Paris, and are"])
def test_a_quotation_after_a_sentence_about_countries_goes_on_from_who_spoke(subject):
    text = ('The versatile Finnan is confident. "There is a chance for us now," said the Liverpool player.\n\n'
            f'{subject} all now tied on five points. "In Basel we did not play great football."')  # was the countries
    assert [q[1] for q in quotes_of("Finnan says Irish can win group\n\n" + text)] == ["Finnan", "Finnan"]


def test_a_relative_clause_that_ends_on_a_quotation_with_no_comma_before_the_cue_leaves_its_subject_the_speaker():
    text = ('Mr Clarke said the plans would go ahead. Earlier Mr Kennedy, whose party opposes the plan as "deeply '
            'flawed" said the new home secretary had time to think again. He told the Today programme that Mr Clarke '
            'had been reported to be less keen. "Wouldn\'t this be a good time to sweep clean?" he said.')
    assert [q[1] for q in quotes_of("ID cards\n\n" + text)][-1] == "Kennedy"  # was Clarke: Kennedy no subject


def test_a_run_of_paragraphs_of_he_reaches_back_to_the_person_it_stands_for():
    text = ('Born in 1912, Lord Callaghan became a clerk at the Inland Revenue.\n\nHe enlisted in the Royal Navy in '
            '1942.\n\nElected for a Cardiff constituency in 1945, he represented Cardiff seats for 40 years.\n\nWith '
            'sterling under pressure, he resisted devaluation for three years.\n\nHis political career was not without '
            'controversy.\n\nWhen he refused to support prime minister Harold Wilson in 1968, he said: "I am not going '
            'to resign."')  # was Wilson, the one the paragraph names
    assert [q[1] for q in quotes_of("Jim Callaghan dies\n\n" + text)] == ["Jim Callaghan"]


@pytest.mark.parametrize("text, speaker", [
    ('Andrei Illarionov told a press conference: "Now officials are doing it."\n\nMr Gref was keen to distance himself '
     'from the comments.\n\nThe privatisations had been badly handled, he said.\n\nBut he stressed that the government '
     'needed to get out of oil. "Rosneft must be privatised," he said.', "Gref"),  # was Illarionov, who spoke
    # further back than Gref acted
    ('Canada\'s Sowmyan Jegatheesan wants the world to make informed decisions.\n\nHe has developed one of the '
     'largest online hubs.\n\nHe said: "We must change our course."', "Sowmyan Jegatheesan"),
])
def test_a_run_of_paragraphs_of_he_goes_to_who_acted_last_before_an_older_speaker(text, speaker):
    text = '"It was a good year," said Hafiz Tanveer.\n\n' + text
    assert [q[1] for q in quotes_of("News in brief\n\n" + text)][-1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Tory leader Michael Howard has accused Tony Blair of U-turns.\n\nMetropolitan Police Commissioner Sir John '
     'Stevens backed a Tory attempt to change the law. The pressure prompted the prime minister to say the police '
     'would be consulted. He told MPs: "We will support a change in the law."', "Tony Blair"),  # was Stevens, the
    # last who acted, whose office `Sir` had hidden
    ('Sir John Stevens backed a Tory attempt to change the law. The pressure led Mr Blair to say the police would be '
     'consulted. He told MPs: "We will support a change in the law."', "Blair"),
])
def test_whom_the_sentence_before_moves_to_speak_is_a_later_he(text, speaker):
    assert [q[1] for q in quotes_of("Tories attack burglar U-turns\n\n" + text)] == [speaker]


def test_a_quotation_after_a_clause_with_but_and_no_comma_goes_on_from_its_subject():
    text = ('The film rights to Flanimals have already been snapped up but Gervais is keen for the project to be taken '
            'slowly. "A film will happen over the next three years."')  # was no one
    assert [q[1] for q in quotes_of("Gervais\n\n" + text)] == ["Gervais"]


@pytest.mark.parametrize("text, speaker", [
    ('Tory leader Michael Howard spoke. Neither Mr Howard nor Mr Letwin would say how they would use the cash. As the '
     'Tory leader declared, the aim is to open up a divide. "People will have a clear choice," he said.',
     "Michael Howard"),  # was Letwin, the subject before
    ('Neither Mr Howard nor Mr Letwin would say how they would use the cash. As Mr Howard put it, the aim is to open '
     'up a divide. "People will have a clear choice," he said.', "Howard"),
])
def test_whose_words_the_sentence_before_opens_by_citing_is_a_later_he(text, speaker):
    assert [q[1] for q in quotes_of("Tory tax plans\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, names", [
    ("Will Tory tax cuts lift spirits?", []),  # was Will Tory, a person: `Tory` alone names a party
    ("Will Smith starred in the film.", [("Will", "Smith")]),
])
def test_will_opening_a_question_is_its_modal_not_a_given_name(text, names):
    assert [m.words for m in find_names(0, text, [])] == names


@pytest.mark.parametrize("who", ["Saxon Spence, leader of Devon county Labour group,", "Saxon Spence, a councillor,"])
def test_a_quotation_after_a_sentence_about_someone_described_in_an_appositive_is_theirs(who):
    text = (f'"I have a new slogan," said Graham Lane. {who} lays the blame for any lack of zeal on one issue. "You '
            'cannot get away from Iraq."')  # was Lane: Spence's sex unknown, given no office before the name
    assert [q[1] for q in quotes_of("Labour's campaign\n\n" + text)] == ["Graham Lane", "Saxon Spence"]


def test_a_text_or_an_occasion_before_a_bare_surname_is_no_label_of_them():
    text = ('Tony Blair\'s spokesman set out his view after the cardinal backed Michael Howard\'s stance. The Tory leader '
            'has said current rules are "tantamount to abortion on demand".\n\nIn the Cosmopolitan interview Howard said '
            'he favoured a lower limit.')  # was Blair: `Cosmopolitan interview` read as Howard's label
    assert [q[1] for q in quotes_of("Abortion is no election issue, says Blair\n\n" + text)] == ["Tory leader"]


def test_a_titled_surname_stands_for_the_namesake_whose_pronouns_share_its_sex():
    text = ('Khizr and Ghazala Khan say they felt compelled to speak out.\n\nKhizr Khan says he moved to the United '
            'States in 1980.\n\nHe says Donald Trump\'s call to ban Muslims bears some of the responsibility. "The '
            'voices have gathered courage," he told reporters.\n\nLetters have arrived, many addressed to "Mr. and '
            'Mrs. Khan, Charlottesville."\n\nGhazala Khan reads them at the table. She says she was afraid.')
    # `Mrs. Khan` had been Khizr Khan, the Khan named most, making him a she whom `he` could not be
    assert [q[1] for q in quotes_of("Khans speak out\n\n" + text)] == ["Khizr Khan"]


def test_a_label_given_to_the_object_of_a_verb_reporting_nothing_is_not_its_subjects():
    text = ('Donald Trump campaigned in Iowa.\n\nOn Friday, he joined other Republicans in pouncing on news that the '
            'private computer server had handled messages later deemed "top secret," saying in a post on Twitter: '
            '"The new email release is a disaster."')  # both were the server's, the subject of `had handled`
    assert [q[1:4:2] for q in quotes_of("Iowa\n\n" + text)] == [(None, "deemed"), ("Donald Trump", "saying")]


@pytest.mark.parametrize("when", ["on Wednesday", "last week", "in March 2015", "on Tuesday night"])
def test_a_time_phrase_between_a_possessed_saying_and_its_that_keeps_the_owner(when):
    text = f'Donald Trump spoke. He was challenged over his statement {when} that "Islam hates us," but he kept calm.'
    assert [q[1:4:2] for q in quotes_of(text)] == [("Donald Trump", "statement")]  # was no one, cue `challenged`


def test_a_he_after_a_colon_in_a_sentence_opening_on_a_possessive_is_its_owner():
    text = ('"People find appeal in the things Donald says," Mr. Rubio said.\n\nMr. Trump\'s temperament, a subject of '
            'deep anxiety among Republican Party leaders, came under scrutiny: He was challenged over his statement '
            'that "Islam hates us," but he kept his temper in check.')  # was Rubio, who spoke last
    assert [q[1] for q in quotes_of("Debate\n\n" + text)] == ["Rubio", "Trump"]


@pytest.mark.parametrize("sentence", [
    "But as Mr. Sanders campaigned on Friday in Washington, Iowa, he said, \"I like this Washington more.\"",
    "But as Mr. Sanders campaigned on Friday, he stuck to his message. \"I like this Washington more,\" he said.",
    "When Sanders finally arrived in Iowa, he stuck to his message. \"I like this Washington more,\" he said.",
])
def test_a_he_after_an_opening_clause_whose_subject_is_named_is_that_subject(sentence):
    text = ('"Some people want the country to change," said Agriculture Secretary Tom Vilsack.\n\nMr. Sanders is '
            'counting on his supporters.\n\nBut Mr. Sanders\'s reputation has been bruised recently.\n\n' + sentence)
    assert [q[1] for q in quotes_of("Iowa\n\n" + text)] == ["Tom Vilsack", "Sanders"]  # was Vilsack, who spoke last


@pytest.mark.parametrize("before, speaker", [
    ("A reporter asked Sanders how he's feeling on caucus day.", "Bernie Sanders"),  # was the reporter's words
    ("Hannity asked Sanders how high the wall would be.", "Bernie Sanders"),
    ("Last month, The Huffington Post's Scott Conroy asked Sanders whether his health was fair game.",
     "Bernie Sanders"),  # was Conroy
])
def test_the_sentence_closing_the_paragraph_before_is_the_sentence_just_before(before, speaker):
    text = (f'Bernie Sanders is making a stop at a high school.\n\nHe jokes, "It\'s a never ending line!"\n\n{before}\n\n'
            '"The bigger the turnout, the better I feel," he replied.')
    assert [q[1] for q in quotes_of("Sanders\n\n" + text)] == ["Bernie Sanders", speaker]


def test_a_possessive_opening_the_sentence_before_is_no_later_she_when_a_passives_agent_follows():
    text = ("Clinton has also said that the information was not classified.\n\nState Department spokesman John Kirby "
            "said Friday that his agency had not yet made a determination.\n\nClinton's position was supported Friday "
            "by Sen. Dianne Feinstein of California, who said none of the emails originated with Clinton.\n\n\"It has "
            "never made sense to me,\" she said in a statement.")
    assert [q[1] for q in quotes_of("Emails\n\n" + text)] == ["Dianne Feinstein"]


def test_a_number_after_a_names_comma_is_an_age_only_when_it_stands_alone():
    text = ("Christyn Gionfriddo, a 2009 graduate, is saddled with debt.\n\nAt 29 years old, she still lives in her "
            "childhood bedroom, walls plastered with the same Dirty Dancing, 98 Degrees and Justin Timberlake posters."
            '\n\n"Who wants to live at home at 29?" she said.')  # was Dirty Dancing, read as described by `98`
    assert [q[1] for q in quotes_of("Debt\n\n" + text)] == ["Christyn Gionfriddo"]


def test_a_name_set_off_after_a_place_noun_is_a_place():
    text = ('Michael Seaman, who lives outside of the state capital, Sacramento, said he still "prays that Bernie ends '
            'up the nominee."\n\nHis wife, he says, plans to leave the party.\n\n"I\'m sick and tired of it," he said.')
    assert [q[1] for q in quotes_of("Sanders\n\n" + text)] == ["Michael Seaman", "Michael Seaman"]  # was Sacramento


def test_an_office_after_the_paragraph_of_the_one_person_who_spoke_there_is_theirs():
    text = ('Obama called both candidates Tuesday night.\n\n"It\'s not a one-way street," Reid said in an interview '
            'Tuesday.\n\nReflecting on his earlier career as a trial lawyer, the Senate Democratic leader said, "I '
            'never knew what was going to happen."')  # was `Senate Democratic leader`, Reid named by surname only
    assert [q[1] for q in quotes_of("Democrats\n\n" + text)] == ["Reid", "Reid"]


@pytest.mark.parametrize("fragment", ["Another enthusiastic crowd, another commanding town hall performance.",
                                      "Baiting the reporters."])
def test_an_office_after_a_paragraph_without_a_verb_reaches_the_subject_before_it(fragment):
    text = ("At the moment Chris Christie learned he had been bumped off the main stage, he was clocking his 44th day "
            f'on the campaign trail.\n\n{fragment}\n\nSooner or later, the New Jersey governor told reporters, "it '
            'starts to pay off."')  # was `New Jersey governor`, unnamed
    assert [q[1] for q in quotes_of("Baskets\n\n" + text)] == ["Chris Christie"]


@pytest.mark.parametrize("office", ["The Glasgow Kelvin MP", "The Salford MP"])
def test_a_seat_named_for_a_place_stands_for_the_subject_before_like_a_states_senator(office):
    text = ("George Galloway is to stand against Labour MP Oona King at the next general election.\n\nMr Galloway, who "
            "on Thursday won £150,000 in libel damages from the Daily Telegraph said he would contest Bethnal Green, in "
            "London, for Respect.\n\n"
            f'{office}, who was expelled from Labour, accused Ms King of being a "New Labour stooge".')
    assert [q[1] for q in quotes_of("Galloway targets MP\n\n" + text)] == ["George Galloway"]  # was `Glasgow Kelvin`


def test_a_sexed_epithet_goes_further_back_than_a_name_of_no_sex_and_no_given_name_that_never_spoke():
    text = ('"This is Leicester Square like you\'ve never seen it before," said Tom Hanks.\n\nPolar Express is based '
            "on a children's book.\n\nThe 48-year-old actor crossed a bridge built in the square, which he said was "
            '"almost impossible to get across".')  # was Polar Express, the film
    assert [q[1] for q in quotes_of("Hanks greeted at premiere\n\n" + text)] == ["Tom Hanks", "Tom Hanks"]


def test_a_body_whose_name_holds_a_compound_is_named_whole():
    text = ('Judge David Sentelle, in his ruling, said such laws were aimed at illegal conduct. But William Corr of the '
            'Campaign for Tobacco-Free Kids urged the government to continue.\n\n"Today\'s ruling should not be an '
            'excuse," he said.')
    assert [q[1] for q in quotes_of("Tobacco ruling\n\n" + text)] == ["William Corr"]


@pytest.mark.parametrize("cue", ["continued", "added", "said"])
def test_a_going_on_cue_after_a_paragraph_opening_on_a_new_subject_goes_on_from_that_subject(cue):
    text = ("Moments later, as Ms. Olivieri took a break with Nesa Guzman, a squad car pulled up. \"What do you know, "
            "it's our best friends,\" Ms. Guzman said with an eye roll.\n\nWith one foot propping her board, Ms. Gil "
            f"gazed out across the concrete. \"I'll put it this way,\" she {cue}.")
    assert quotes_of("Skaters\n\n" + text)[-1][1] == "Gil"  # `continued`, `added` had gone on from Guzman


def test_a_cue_in_s_that_is_no_noun_is_a_verb_after_a_place_named_after_of():
    text = ("However, as Archbishop Aris Shirvanian of the Armenian Patriarchate of Jerusalem tells the Associated "
            'Press (AP), "We have suffered the same fate."')  # `Jerusalem tells` had read as a noun, like `Tory claims`
    assert [q[1:4:2] for q in quotes_of(text)] == [("Aris Shirvanian", "tells")]


def test_a_participle_after_a_preposition_and_before_a_noun_is_an_adjective_and_a_persons_people_may_speak():
    text = ("In response to the filings, Cruz's lawyers relied on Supreme Court precedent and articles from noted "
            'constitutional scholars to defend the view that he is in fact "natural born" within the meaning of the '
            "Constitution.")  # was no one, cue `noted`
    assert [q[1:4:2] for q in quotes_of(text)] == [("Cruz's lawyers", "relied")]


def test_as_noted_by_stays_a_cue():
    assert [q[1:4:2] for q in quotes_of('As noted by the court, the law is "unclear."')] == [("court", "noted")]


def test_a_he_opening_the_one_sentence_paragraph_before_is_whom_a_he_said_goes_on_from():
    text = ('"I\'m sick and tired of voting for the lesser of two evils," he said.\n\nHe would like to see the platform '
            "hold some of the ideas Sanders championed.\n\nEven then, he said, he's fairly sure he can't support her.\n\n"
            '"The party is putting a lot at risk," Seaman said.\n\nDunwoody, who worked as a staffer for Barack Obama, '
            "said tensions among activists were higher than he could remember.\n\nHe said that he personally was more "
            "focused on shaping the platform and noted that Sanders himself has acknowledged he won't be the nominee."
            '\n\n"What most Sanders supporters are asking for isn\'t unreasonable," he said.')  # was Sanders
    assert quotes_of("Sanders supporters\n\n" + text)[-1][1] == "Dunwoody"


def test_a_name_after_that_is_is_no_subject_of_the_verb_after_it():
    text = ("But Mr. Hannity is not only Mr. Trump's biggest media booster; he also veers into the role of adviser.\n\n"
            "So involved is Mr. Hannity that three separate denizens of the hall of mirrors that is Trump World told me "
            "they believed Mr. Hannity was behaving as if he wanted a role.\n\nBut he did not dispute that he lends his "
            'thoughts to Mr. Trump.\n\n"Do I talk to my friend and speak my mind?" he said.')  # was `Trump World`'s
    assert [q[1] for q in quotes_of("Hannity\n\n" + text)] == ["Hannity"]


def test_a_colour_the_story_gives_as_someones_surname_names_him_as_a_subject():
    text = ("Tough-scrummaging prop Paul White is expecting a resurgent Wales to give him a rough ride.\n\n"
            "Injuries have taken their toll and coach Mark Lewis has been deprived of three forwards.\n\n"
            'White is now in a position to offer his experience to youngsters. "I enjoy the atmosphere," he added.')
    assert [q[1:3] for q in quotes_of("Prop happy\n\n" + text)] == [("Paul White", "he")]  # was Mark Lewis


def test_a_word_is_a_surname_only_after_a_given_name_that_no_capitalised_word_comes_before():
    assert Lowercase(["The prop Paul White said so.", "Brian May agreed."]).surname("White")
    assert Lowercase(["Brian May agreed."]).surname("May")
    assert not Lowercase(["North Carolina Republican voters said so."]).surname("Republican")
    assert not Lowercase(["The white van said nothing."]).surname("White")


def test_an_owner_in_a_sentence_a_he_opens_is_not_the_epithet_after_it():
    text = ('"It was great play from Damien," said the Tottenham striker Robbie Keane.\n\n'
            "Man-of-the-match Damien Duff explained what went wrong when he fluffed a chance.\n\n"
            "He opted to bring Steve Finnan's cross down and shoot against the bar. "
            '"I would have headed that every time," said the Chelsea star.')
    assert [q[1] for q in quotes_of("Keane happy\n\n" + text)] == ["Robbie Keane", "Damien Duff"]  # was Finnan


def test_an_epithet_after_a_sentence_his_opens_stands_for_him_not_for_an_owner_in_it():
    text = ("Britain's Jason Gardener enjoyed a double 60m success in Glasgow.\n\n"
            "He then recovered from a poor start in the second race to beat Swede Daniel Persson.\n\n"
            "His times of 6.61 and 6.62 seconds were well short of American Maurice Greene's 60m world record. "
            '"It\'s a very hard record to break," said the world indoor champion.')
    assert [q[1] for q in quotes_of("Gardener wins double\n\n" + text)] == ["Jason Gardener"]  # was Greene


def test_a_sentence_opening_on_despite_has_the_subject_after_its_comma():
    tokens = tokenize("But despite her problems, she still won five of the nine tournaments she entered.", [])
    assert [t.text for t in sentence_subject(tokens, 0, len(tokens)).tokens] == ["she"]


def test_an_unsexed_epithet_after_a_she_behind_an_opening_phrase_stands_for_her():
    text = ("Justine Henin-Hardenne lost to France's Nathalie Dechy.\n\n"
            '"I have to be positive," she said. Henin-Hardenne slid down the world rankings in 2004.\n\n'
            "After an initial lay-off, she was forced off the circuit for a second time.\n\n"
            "A comeback at the US Open ended when she crashed out at the fourth-round stage.\n\n"
            "But despite her problems, she still won five of the nine official tournaments she entered in 2004. "
            '"Physically, it\'s obvious that I hit rock bottom," said the 22-year-old, who will make her comeback.')
    assert [q[1] for q in quotes_of("Henin-Hardenne ready\n\n" + text)] == ["Justine Henin-Hardenne"] * 2


def test_our_correspondent_is_the_one_the_story_titled_correspondent_not_the_next_person_named():
    text = ("The BBC's industrial correspondent Stephen Cape said the unions were united. Opposition to raising the "
            'retirement age is "one thing all the unions are agreed on", our correspondent added.\n\n'
            "Deputy Prime Minister John Prescott held a private meeting with senior union figures on Thursday night.")
    assert [q[1] for q in quotes_of("Strike talks\n\n" + text)] == ["Stephen Cape"]  # was John Prescott


def test_an_epithet_of_no_sex_takes_the_sex_of_a_he_after_it_to_reach_back_past_a_paragraph():
    text = ("Singer George Michael has said that a new film about his life is the start of a retirement.\n\n"
            '"I thought I should explain myself before I disappear," said Michael, who was at the festival.\n\n'
            "The film, A Different Story, chronicles Michael's life and career from the 1980s.\n\n"
            "The 41-year-old chart-topper told reporters that he wanted to \"move his career into a different form\".")
    assert [q[1] for q in quotes_of("Michael retires\n\n" + text)] == ["George Michael"] * 2  # was the epithet


def test_a_wife_named_in_the_paragraph_before_is_the_she_after_it_when_no_woman_acted_there():
    text = ('Ms Robinson tells Cockerell that she despaired at his image. "I used to have to sit on my hands," '
            "she said.\n\nThe film shows the private side of the Tory leader playing table tennis with his wife, "
            'ex-model Sandra.\n\nAsked if she enjoys a game of ping pong she confesses: "Yeah, it would be more '
            'enjoyable if I could win occasionally."')
    assert [q[1] for q in quotes_of("Howard film\n\n" + text)] == ["Robinson", "Sandra"]  # was Robinson twice


def test_a_quotation_after_a_report_is_the_reporters_though_the_paragraph_before_left_one_open():
    text = ('District Attorney Bruce Castor said that detectives could find no instance "where anyone complained '
            "of conduct which would constitute a criminal offence.\n\nThe woman's lawyer, Dolores Troiani, said her "
            'client was likely to sue the comedian. "I think that\'s the only avenue open to her."')
    assert [q[1] for q in quotes_of("No charges\n\n" + text)] == ["Bruce Castor", "Dolores Troiani"]  # was Castor


def test_a_he_paragraphs_after_looks_back_paragraph_by_paragraph_not_to_an_older_speaker_first():
    text = ("Clinton campaign chairman John Podesta called the Indiana governor \"the most extreme pick in a "
            "generation\".\n\nRepublican pollster Whit Ayres -- author of a report which urged the GOP to focus on "
            "the nation's increasingly diverse electorate -- is skeptical Trump can overcome his statements.\n\n"
            "But the candidate could try to change the subject.\n\n"
            '"His better bet is to try to get them to focus on something else," he said.')
    assert [q[1] for q in quotes_of("Convention\n\n" + text)] == ["John Podesta", "Whit Ayres"]  # was Podesta


@pytest.mark.parametrize("text, names", [
    ("Filling in for Sanders at the event, West landed a sharp dig.", [("Sanders",), ("West",)]),
    ("Depending on the weather, Smith will run.", [("Smith",)]),
    ("Boeing has cut jobs. Beijing on Monday said no.", [("Boeing",), ("Beijing",)]),
    ("Obviously we will have to wait. Shortly after, Kelly said so.", [("Kelly",)]),
    ("Irons, whose film Being Pamek is in competition, said so.", [("Irons",)]),  # a work's title
    ("He wrote the novel Wolf Brother last year.", []),
    ("Haas will play Roger Federer next.", [("Haas",), ("Roger", "Federer")]),  # a verb, not a work
])
def test_an_opening_ing_or_ly_word_and_a_works_title_are_no_names(text, names):
    assert [m.words for m in find_names(0, text, [], Lowercase([text]))] == names


def test_an_inserted_cue_after_what_it_reports_is_not_said_by_the_subject_of_what_it_reports():
    text = ("Trump said last week that he would win the black vote.\n\n"
            '"We can no longer claim to be the party of freedom," said Simone Perry, a tea party activist.\n\n'
            "Joseph Hunter, a black conservative blogger in Chicago, said he will not vote for Trump because of his "
            "rhetoric.\n\nAlso, Trump isn't a conservative, he said. \"He's a liberal!\"")
    assert [q[1] for q in quotes_of("Hunter\n\n" + text)] == ["Simone Perry", "Joseph Hunter"]  # was Trump


@pytest.mark.parametrize("name, speaker", [
    ("Dobidon Didoben", "Dobidon Didoben"),  # a name no list knows
    ("Greenpeace Trust", "Blackpool Hotel Association"),  # a body's word: no person's name
])
def test_a_name_before_an_unclosed_bodys_name_and_a_cue_is_the_speakers_whatever_the_given_name(name, speaker):
    text = f'{name}, Blackpool Hotel Association said: "We have tried very hard to make them come back."'
    assert [q[1] for q in quotes_of("Blackpool\n\n" + text)] == [speaker]


def test_a_full_name_no_list_knows_is_a_persons_where_a_who_follows_it():
    text = ('Wales coach Mike Torobi was delighted.\n\n"After going two tries down we had to show character," said '
            'the national team coach. Man-of-the-match Tigir Resemik, who kicked three penalties, was ecstatic after '
            'the win.\n\n"It is just a special moment," he said.')
    assert [q[1] for q in quotes_of("Wales win\n\n" + text)] == ["Mike Torobi", "Tigir Resemik"]  # was Torobi


def test_a_name_given_an_office_may_be_a_he_though_its_surname_is_a_bodys_and_its_given_name_unknown():
    text = ("The party goes into its spring forum. Tory co-chairman Nizoda Fox has opened proceedings with a speech "
            "criticising Tony Takin's record in government. Labour's rule has been characterised by \"lost trust "
            'and failure to deliver", he told the Brighton conference.')
    assert [q[1] for q in quotes_of("Tory conference\n\n" + text)] == ["Nizoda Fox"]  # was Tony Takin


def test_a_name_after_an_offices_domain_is_split_from_it_whatever_its_given_name():
    text = ("Chief Secretary to the Treasury Tesor Nefaren attacked the Tory plans.")
    assert [m.words for m in find_names(0, text, [], Lowercase([text]))] == [("Treasury",), ("Tesor", "Nefaren")]


def test_a_name_given_an_office_as_an_object_may_be_the_he_after_it_whatever_its_given_name():
    text = ('Ms Bemazok said reforms should build on GCSEs. Her comments did not impress Tory shadow education '
            'secretary Tudedi Pevin. "She has absolutely no idea what to put in its place," he said.')
    lead = "Ms Bemazok entered the Cabinet after the resignation of the then Home Secretary David Pinemar.\n\n"
    speakers = [q[1] for q in quotes_of("Exams\n\n" + lead + text)]
    assert speakers == ["Tudedi Pevin"]  # was David Pinemar, whose given name the lists know


@pytest.mark.parametrize("text, contracted", [
    ("For his part, Adam Curry's pressing ahead with his own vision.", True),
    ("Donald Trump's building the wall, he says.", True),
    ("Christie's been making the case.", True),
    ("Donald Trump's handling of the crisis was poor.", False),
    ("Hillary Clinton's running mate spoke.", False),
])
def test_an_s_before_a_participle_and_what_it_takes_is_is_not_a_possessive(text, contracted):
    assert find_names(0, text, [], Lowercase([text]))[0].possessive is not contracted


def test_a_he_after_a_name_with_a_contracted_is_is_that_name():
    text = ("Chris McIntyre runs Podcast Alley. \"Not everyone can listen,\" Mr McIntyre says. For his part, Adam "
            "Curry's pressing ahead with his own vision of what podcasting should be. He loves doing the show. He "
            'has been called the Ed Sullivan of podcasting which, he says, "is a badge I\'ll wear with honour."')
    assert [q[1] for q in quotes_of("Podcasts\n\n" + text)] == ["Chris McIntyre", "Adam Curry"]  # was McIntyre


def test_a_name_an_office_is_set_off_beside_may_be_the_he_after_it_whatever_its_given_name():
    text = ('Foreign Secretary Jack Dirok said the four would be freed. But he added: "The police will consider '
            'whether to arrest them." The shadow foreign secretary, Bode Mibin, welcomed the return of the four '
            'detainees. But he said there were still "serious questions" over the threat they pose.')
    assert [q[1] for q in quotes_of("Detainees\n\n" + text)] == ["Jack Dirok", "Bode Mibin"]  # was Dirok twice


@pytest.mark.parametrize("headline, speaker", [
    ("NYTimes Casually Conflates Sukali Fibamon With Daza Movukok.", "Sukali Fibamon"),  # the story names the rest
    ("Why Progressives Are Celebrating Sukali Fibamon’s Populist Speech.", "Sukali Fibamon"),  # an owner's name
    ("Fibamon Wins.", "Sukali Fibamon"),
])
def test_words_before_a_name_in_a_title_case_headline_are_no_part_of_it_when_the_story_names_the_rest(
        headline, speaker):
    text = ('Senator Sukali Fibamon spoke in Iowa on Monday.\n\n"We will win this," Fibamon said.')
    assert [q[1] for q in quotes_of(headline + "\n\n" + text)] == [speaker]


@pytest.mark.parametrize("text, names", [
    ("– Using Sukali Fibamon? –\n\nSukali Fibamon said so.", [("Sukali", "Fibamon"), ("Sukali", "Fibamon")]),
    ("Using Sukali Fibamon?", [("Using", "Sukali", "Fibamon")]),  # the story names no Sukali Fibamon
    ("Planning Minister Julio De Vido spoke. Mr De Vido said so.",
     [("planning", "minister", "Julio", "De", "Vido"), ("De", "Vido")]),  # only the -ing word is dropped
])
def test_an_ing_word_opening_a_name_the_story_names_without_it_is_no_part_of_it(text, names):
    paragraphs = text.split("\n\n")
    common = Lowercase(paragraphs)
    assert [m.office + m.words for n, p in enumerate(paragraphs) for m in find_names(n, p, [], common)] == names


@pytest.mark.parametrize("text, names", [
    ("Celebrities Bulor Vozer, Dalan Pemik and Janelle Monae went on holiday.",
     [("Bulor", "Vozer"), ("Dalan", "Pemik"), ("Janelle", "Monae")]),
    ("Professors Zogik and Kitek suggest so.", [("Zogik",), ("Kitek",)]),
    ("A spokesman for Reporters Without Borders said so.", [("Reporters", "Without", "Borders")]),  # a body
    ("The Financial Economists Roundtable said so.", [("Financial", "Economists", "Roundtable")]),
])
def test_a_plural_word_for_people_before_names_is_no_part_of_them(text, names):
    assert [m.words for m in find_names(0, text, [], Lowercase([text]))] == names


def test_a_name_before_a_comma_and_a_he_is_no_subject_whose_appositive_the_he_opens():
    text = ('Last month, when I asked Bernie Sanders if he would ever endorse Medasir Clinton, he looked straight '
            'into my camera, furrowed his brow and said, "I\'m gonna endorse YOU!"')
    assert [q[1] for q in quotes_of("Endorsement\n\n" + text)] == ["Bernie Sanders"]  # was Medasir Clinton


def test_a_race_someone_runs_in_is_no_office_that_keeps_them_from_another():
    text = ("Trump demands Rebeko resign.\n\nDonald Trump called for Justice Zupo Rebeko to resign.\n\n"
            "Former Democratic candidate Bernie Sanders said Wednesday he agrees with Rebeko's remarks.\n\n"
            "The Vermont senator declined to say more. But he told ABC that Trump is a \"total opportunist.\"")
    assert [q[1] for q in quotes_of(text, title="Trump demands Rebeko resign.")] == ["Bernie Sanders"]  # was Trump


@pytest.mark.parametrize("title, author", [
    ("Ann Coulter: And Then There Was the One.", "Ann Coulter"),
    ("Vora Zoruner: And Then There Was the One.", "Vora Zoruner"),  # a given name no list holds
    ("Daily News: And Then There Was the One.", None),  # a paper's
    ("New Hampshire: And Then There Was the One.", None),  # a place's
])
def test_a_columns_title_opening_on_a_name_and_a_colon_names_the_i_who_writes(title, author):
    text = 'I had to spend the weekend figuring out how to attack a friend without saying, "This is wrong."'
    assert [q[1] for q in quotes_of(title + "\n\n" + text, title=title)] == [author]


def test_a_full_name_a_colon_sets_up_takes_the_sex_of_the_pronoun_in_what_follows():
    text = ("Meanwhile, John Tugebu reminds us of the Houseguest Who Won't Leave. He is simply not likable. And oh yes, "
            "Vominan Nimok: What, exactly, are her qualifications? She had a great line when she said, \"Unlike "
            'Medasir Clinton, I know that flying is an activity, not an accomplishment."')
    assert [q[1] for q in quotes_of("The Ninth Circle\n\n" + text)] == ["Vominan Nimok"]  # was no one


def test_one_race_keeps_its_runner_from_another_race():
    title = "Medasir Clinton Says Trump’s Bigotry Doesn’t ‘Fit With What I Thought I Knew’ About Him."
    text = ("WASHINGTON — Medasir Clinton doesn’t recognize the vile bigotry of Republican presidential front-runner "
            "Donald Trump as the man she, sort of, used to know.\n\nIn an interview with Morning Matik hosts Matik "
            "Bode and Kosok Safok, the Democratic presidential candidate stated that Trump’s “divisive” comments do "
            "not “fit with what I thought I knew about him.”")
    assert [q[1] for q in quotes_of(title + "\n\n" + text, title=title)] == ["Medasir Clinton"] * 3  # was Trump


@pytest.mark.parametrize("text, sex", [
    ("Vonar said, suggesting that a platform could help her defeat Trump.", None),  # who the words are about
    ("Vonar said that she would stay.", "f"),  # the clause's own subject
    ("Vonar said that her son would stay.", "f"),
    ("Vonar said the plan could help her.", "f"),  # no that-clause
])
def test_a_him_or_her_inside_what_a_cue_reports_tells_no_sex_of_its_subject(text, sex):
    [mention] = [m for m in find_names(0, text, [], Lowercase([text])) if m.words == ("Vonar",)]
    assert mention.pronoun == sex


@pytest.mark.parametrize("office", ["Recorder", "Clerk", "Assessor", "Registrar", "Supervisor"])
def test_a_county_office_before_a_name_is_no_part_of_it(office):
    text = f'"We made some horrendous mistakes," Maricopa County {office} Takupi Dosak said during a hearing.'
    assert [q[1] for q in quotes_of("Arizona\n\n" + text)] == ["Takupi Dosak"]


def test_a_title_case_headlines_run_is_cut_to_the_name_the_story_writes_as_an_owner():
    paragraphs = ["The FBI Just Made An Even BIGGER Move Against Medasir Clinton… There’s Nowhere Left To Hide.",
                  "The FBI is expanding the parameters of its probe into Medasir Clinton’s emails."]
    common = Lowercase(paragraphs)
    assert [m.words for m in find_names(0, paragraphs[0], [], common) if "Clinton" in m.words] == [
        ("Medasir", "Clinton")]


@pytest.mark.parametrize("text, names", [
    ("Former secretary of State Clinton was for the TPP before she was against it.",
     [("State",), ("Clinton",), ("TPP",)]),
    ("Secretary of the Treasury Mnuchin said so.", [("Treasury",), ("Mnuchin",)]),
    ("The Department of Justice said so.", [("Department", "of", "Justice")]),  # no secretary's
])
def test_a_surname_alone_after_a_secretarys_domain_is_a_name_of_its_own(text, names):
    assert [m.words for m in find_names(0, text, [], Lowercase([text]))] == names


@pytest.mark.parametrize("name", ["Chris Matthews", "Zulidon Vagukek"])  # a given name no list holds
def test_a_quotation_opening_on_a_full_name_and_a_colon_is_that_persons_turn(name):
    text = (f"A panel of reporters led by MSNBC's {name} agreed Saturday that the plan was naive.\n\n"
            f'"{name}: Seriously, seriously about this. We\'ll screw the bad guys."')
    assert [q[:2] for q in quotes_of("Panel\n\n" + text)] == [
        ("Seriously, seriously about this. We'll screw the bad guys.", name)]


def test_a_full_name_and_a_colon_inside_a_chant_is_no_turn():
    text = ("Holding signs calling Christie a loser, the protesters chanted \"Chris Christie: Bad for New Jersey, "
            'bad for you." Chris Christie waved.')
    assert [q[:2] for q in quotes_of("Towns\n\n" + text)] == [
        ("Chris Christie: Bad for New Jersey, bad for you.", "protesters")]


@pytest.mark.parametrize("name", ["Hillary Rodham Clinton", "Medasir Kefi Clinton"])  # a given name no list holds
def test_a_campaign_a_titled_persons_surname_names_is_theirs(name):
    text = (f"{name} said most e-mails were preserved. Secretary Clinton repeated it.\n\n"
            'The "90 to 95 percent" figure came from the Clinton campaign.')
    assert [q[1] for q in quotes_of("Claim\n\n" + text)] == [f"{name}'s campaign"]


@pytest.mark.parametrize("name", ["Marco Rubio", "Gapik Rubio"])  # a given name no list holds
def test_an_office_is_not_the_one_person_of_known_sex_when_someone_of_unknown_sex_acted(name):
    title = "Rubio: I Still Believe Trump Can’t Be Trusted with the Codes."
    text = (f"One month after announcing his support for Donald Trump, {name} still believes that the presumptive "
            "GOP nominee is unfit. “I stand by everything I said during the campaign,” the Florida senator told "
            "THE WEEKLY STANDARD on Thursday.")
    assert [q[1] for q in quotes_of(title + "\n\n" + text, title=title)] == [name]


@pytest.mark.parametrize("name", ["Paul Manafort", "Timor Gademik"])  # a given name no list holds
def test_a_he_is_not_the_person_its_verb_acts_on_before_the_quotation(name):
    text = ("Mr. Trump added, ''I was viciously attacked by Mr. Binen at the Democratic Convention.''\n\n"
            f"On television, Mr. Trump's campaign chairman, {name}, dismissed criticism of Mr. Trump's comments "
            "about Ms. Binen as ''Clinton talking points.'' He attempted to distance Mr. Trump from his plan, "
            "arguing that Mr. Trump was now focused on a ''geographic suspension'' of immigration.")
    assert [q[1] for q in quotes_of("Trump\n\n" + text)] == ["Trump", name, name]


# Speakers found however the story names them, whatever their given names: each row is a headline, a
# text with the speaker's {name} (and {surname}), the name as the story gave it and as an invented one
# no list of given names holds (the renamed copies of PolNeAR train and dev showed each rule missing).
_WHATEVER_THE_GIVEN_NAME = [
    ("Clinton backs EU", 'In a statement to the Observer, her senior policy adviser, {name}, said: "Medasir Clinton '
     'believes that cooperation is essential."', "Jake Sullivan", "Mozi Meman"),  # a role's name set off after a paper
    ("Firewall", 'The anxiety was underscored when House Speaker {name} of Wisconsin lamented the "disheartened" '
     'state.', "Paul D. Ryan", "Timor D. Fadeke"),  # a middle initial is a person's before `of` and a place
    ("Benghazi", 'The email contradicts comments from former Secretary of Defense {name} that "time prevented a '
     'response."', "Leon Panetta", "Vober Nogovu"),  # a name after an office's domain
    ("Cruz", '{name} (D-Nev.) blasted Rubio in a recent interview. "I just think what Rubio has done is one of the '
     'worst machinations," the Senate minority leader said.', "Harry M. Reid", "Gafubon M. Rosoli"),  # an office
    # after a subject a middle initial marks a person
    ("Iowa", "{name}, who is third in many Iowa polls, stressed defense issues during an appearance with Sen. Joni "
     "Ernst, R-Iowa.\n\nThe Florida senator told reporters he feels good about his campaign, and \"we'll see what "
     'it translates to."', "Marco Rubio", "Gapik Rubio"),  # an office after a paragraph naming a person in full,
    # whose sex a he after it gives
    ("Lawmaker urges retaliation on Russia", "Rep. {name}, the top Democrat on the House Intelligence Committee, "
     "called on President Takin to retaliate against Russia -- meddling the California congressman said is designed "
     'to "sow discord".', "Adam Schiff", "Muvator Terepok"),  # an office inside the sentence of a titled subject
    ("NATO", "Republicans led, as shown by Speaker of the House {name}’s inclusion of it in his 1994 Contract.\n\n"
     'In July, {surname} dismissed Estonia as being in the "suburbs of St. Petersburg".', "Newt Gingrich",
     "Lavazin Pivula"),  # a name after `Speaker of the House`
    ("Sanders wins", "Bernie Sanders won in New Hampshire, a week after Clinton narrowly defeated him in Iowa.\n\n"
     "In a memo released as polls closed Tuesday, Clinton campaign manager {name} acknowledged the former "
     'secretary of State and Sanders had split the first two contests, which is an outcome, he said, "we\'ve long '
     'anticipated."', "Robby Mook", "Taguton Sikifir"),  # an inserted `he said` is its sentence's speaker's, not a
    # man of known sex named in what it reports
]


@pytest.mark.parametrize("headline, text, name", [
    pytest.param(headline, text.format(name=name, surname=name.split()[-1]), name, id=name)
    for headline, text, *names in _WHATEVER_THE_GIVEN_NAME for name in names])
def test_a_speaker_is_found_whatever_the_given_name(headline, text, name):
    assert [q[1] for q in quotes_of(headline + "\n\n" + text)] == [name]


@pytest.mark.parametrize("crosshead", ["Rising costs", "Growing Pressure", "What happens next?", "Who Is Affected?",
                                       "Analysis", "Wearing of masks in US too divisive"])
def test_a_quotation_after_a_crosshead_keeps_the_speaker_before_it(crosshead):
    text = (f'Jobs report\n\nMichael Moran, an economist at Daiwa, said the figures were good.\n\n'
            f'"Payroll growth in December was a little lighter than forecast."\n\n{crosshead}\n\n'
            f'"Manufacturing is a cyclical area of the economy."')
    assert [q[1] for q in quotes_of(text)] == ["Michael Moran", "Michael Moran"]


def test_a_title_case_crosshead_is_no_one_a_pronoun_could_name():
    text = ('Tory pledge\n\nMichael Howard set out his plans on Monday.\n\nGrowing Pressure\n\n'
            '"Britain is heading in the wrong direction," he said.')
    assert quotes_of(text) == [("Britain is heading in the wrong direction,", "Michael Howard", "he", "said")]


@pytest.mark.parametrize("stamp", ["3:40 p.m.", "14:32 GMT", "Posted at 10:05", "Updated 9:15 AM ET"])
def test_a_live_blogs_time_stamp_between_paragraphs_is_read_past(stamp):
    text = (f'The latest\n\nHillary Clinton says she will win Nevada.\n\n"We are ready," she told supporters.\n\n'
            f'{stamp}\n\n"Tonight is ours."')
    assert [q[1] for q in quotes_of(text)] == ["Hillary Clinton", "Hillary Clinton"]


def test_a_question_that_names_someone_stays_in_the_story():
    text = ('Voters\n\nMaria Lopez said she had voted Democratic all her life. Her neighbour, Jose Garcia, said '
            'little.\n\nDid that mean Garcia would vote for Trump?\n\n"No, no, no, no," he said, laughing.')
    assert quotes_of(text)[-1][1] == "Jose Garcia"


@pytest.mark.parametrize("line, crosshead", [
    ("Rising costs", True), ("Growing Pressure", True), ("A Record Year", True), ("Who is affected?", True),
    ("What Happens Next?", True), ("Analysis", True),
    ("Grace Under Fire", True),  # a given name first, but no name goes on with `Under`
    ("Michael Moran", False),  # a name: one that signs a quotation, or one the story goes on about
    ("Dr Jane Hill", False), ("Trump", False),
    ("Did that mean Garcia would vote for Trump?", False),  # the writer's question, naming someone
    ("He denied it.", False), ("The measures are:", False), ("Higher pay, shorter hours", False),
    ("'No regrets'", False),  # a quotation
    ("Rising costs of living mean that many families have to choose between food and heat", False),  # too long
])
def test_a_crosshead_is_a_short_line_in_sentence_or_title_case_naming_no_one(line, crosshead):
    assert sections.crosshead(line) is crosshead


@pytest.mark.parametrize("suffix, source, speakers", [
    (".html", '<html><head><title>Jobs report</title></head><body><article><h1>Jobs report</h1><p>Michael Moran, an '
              'economist at Daiwa, said the figures were good.</p><p>"Payroll growth was lighter than forecast."</p>'
              '<h2>Grace Under Fire</h2><p>"Manufacturing is a cyclical area."</p></article></body></html>',
     ["Michael Moran", "Michael Moran"]),
    (".md", '# Jobs report\n\nMichael Moran, an economist at Daiwa, said the figures were good.\n\n"Payroll growth was '
            'lighter than forecast."\n\n## Grace Under Fire\n\n"Manufacturing is a cyclical area."\n',
     ["Michael Moran", "Michael Moran"]),
    (".txt", 'Jobs report\n\nMichael Moran, an economist at Daiwa, said the figures were good.\n\n"Payroll growth was '
             'lighter than forecast."\n\nGrace Under Fire\n\n"Manufacturing is a cyclical area."\n',
     ["Michael Moran", "Michael Moran"]),  # no person's name goes on with `Under`: a crosshead in plain text too
])
def test_a_pages_own_heading_is_read_past_whatever_its_words(suffix, source, speakers):
    passages = annotate(parse_document(source.encode(), "a" + suffix))
    assert [q.speaker for p in passages for q in p.quotes] == speakers


@pytest.mark.parametrize("line, stamp", [
    ("3:40 p.m.", True), ("14:32 GMT", True), ("Posted at 10:05", True), ("Updated 9:15 AM ET", True),
    ("12:47", True), ("The meeting ended at 3:40 p.m.", False), ("Arsenal 2-1 Chelsea", False),
])
def test_a_time_stamp_is_a_line_of_a_time_alone(line, stamp):
    assert sections.timestamp(line) is stamp


@pytest.mark.parametrize("post", [
    "Iron Mike Tyson was not asked to speak. The media makes everything up!\n\n"
    "— Donald J. Trump (@realDonaldTrump) June 29, 2016",  # the signature a paragraph of its own
    "Iron Mike Tyson was not asked to speak. The media makes everything up! — Donald J. Trump (@realDonaldTrump) "
    "June 29, 2016",  # at the words' end
])
def test_an_embedded_posts_words_copied_as_text_are_its_writers_quotation(post):
    source = f"Tyson row\n\nDonald Trump is discrediting a report that his campaign invited Mike Tyson.\n\n{post}\n"
    passages = annotate(parse_document(source.encode(), "a.txt"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [
        ("Iron Mike Tyson was not asked to speak. The media makes everything up!", "Donald J. Trump")]


def test_a_dash_and_a_name_alone_do_not_make_a_paragraphs_words_a_quotation():
    source = "Tyson row\n\nThe report was wrong, the campaign said.\n\n— Donald J. Trump, June 29, 2016\n"
    passages = annotate(parse_document(source.encode(), "a.txt"))
    assert passages[1].text == "The report was wrong, the campaign said." and passages[1].quotes == ()


def test_the_headlines_of_other_stories_linked_from_a_story_give_it_no_quotation_and_no_speaker():
    source = ("Tory pledge\n\nMichael Howard set out his plans on Monday.\n\nRelated stories\n\n"
              "Parties warned over 'grey vote'\n\nBlair 'sorry' over Iraq claims\n\n\"We will cut taxes,\" he said.\n")
    passages = annotate(parse_document(source.encode(), "a.txt"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [("We will cut taxes,", "Michael Howard")]


TRANSCRIPT = ("Pence on the debate\n\nVice President Mike Pence spoke to Lester Holt of NBC News on Tuesday.\n\n"
              "HOLT: Mr. Vice President, what did you make of last night?\n\n"
              "PENCE: Well, look, I thought the president did very well.\n\n"
              "He was strong on the economy, and we saw that.\n\n"
              "HOLT: Some said he interrupted too often.\n\n"
              'PENCE: I don\'t accept that. "We won," as the president said.')


def test_a_transcripts_turns_are_the_words_of_the_people_their_labels_name():
    assert quotes_of(TRANSCRIPT) == [
        ("Mr. Vice President, what did you make of last night?", "Lester Holt", "HOLT", ":"),
        ("Well, look, I thought the president did very well.", "Mike Pence", "PENCE", ":"),
        ("He was strong on the economy, and we saw that.", "Mike Pence", None, None),  # his turn goes on
        ("Some said he interrupted too often.", "Lester Holt", "HOLT", ":"),
        ('I don\'t accept that. "We won," as the president said.', "Mike Pence", "PENCE", ":"),
        ("We won,", "president", "the president", "said"),  # whom he quotes, as a cue says
    ]


QA = ("Q&A: Jane Doe on the new climate law\n\nJane Doe, the state's environment secretary, talked to us about "
      "the law she wrote.\n\nQ: Why did you write it?\n\nA: Because nobody else would. We had waited twenty years."
      "\n\nQ: Will it pass the Senate?\n\nA: I think it will, but it will be close.")


def test_a_q_and_as_answers_are_the_interviewees_and_its_questions_no_ones_it_names():
    assert [(q[0], q[1], q[2]) for q in quotes_of(QA)] == [
        ("Why did you write it?", None, "Q"),
        ("Because nobody else would. We had waited twenty years.", "Jane Doe", "A"),
        ("Will it pass the Senate?", None, "Q"),
        ("I think it will, but it will be close.", "Jane Doe", "A"),
    ]


def test_a_labels_title_and_a_given_name_find_the_fullest_name_the_document_gives():
    text = ("Superminds\n\nThomas W. Malone wrote a book about groups.\n\n"
            "The Economist: What do you mean by superminds?\n\nThomas Malone: A supermind is a group of minds.\n\n"
            "The Economist: Are we smarter together?\n\nMr Malone: Often we are.")
    assert [q[1] for q in quotes_of(text)] == ["The Economist", "Thomas W. Malone", "The Economist",
                                              "Thomas W. Malone"]


def test_a_label_two_people_end_with_names_neither():
    text = ("Debate night\n\nBernie Sanders and Sarah Huckabee Sanders spoke to Jake Tapper.\n\n"
            "TAPPER: What do you say to that?\n\nSANDERS: I say we will win.\n\nTAPPER: Do you agree?\n\n"
            "SANDERS: We never agree.")
    assert [q[1] for q in quotes_of(text)] == ["Jake Tapper", "Sanders", "Jake Tapper", "Sanders"]


def test_a_transcripts_stage_directions_and_a_section_break_are_no_ones_words():
    text = ("Pence on the debate\n\nMike Pence spoke to Lester Holt.\n\nHOLT: Take a listen to this.\n\n"
            "(BEGIN VIDEO CLIP)\n\nPENCE: I thought we did well.\n\nHOLT: And you?\n\nPENCE: I did too.\n\n* * *\n\n"
            "The debate drew 60 million viewers, the network said.")
    passages = annotate(Document(path="t.txt", paragraphs=tuple(text.split("\n\n"))))
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [
        (3, "Lester Holt"), (5, "Mike Pence"), (6, "Lester Holt"), (7, "Mike Pence")]


@pytest.mark.parametrize("text", [
    # a table's rows: labels take turns, but no one speaks in the first or second person
    "Delegate count\n\nThe count so far.\n\nHillary Clinton: 1,234 delegates\n\nBernie Sanders: 829 delegates\n\n"
    "Clinton: 502 superdelegates\n\nSanders: 40 superdelegates",
    # one label, however often: a live blog's updates
    "Election night\n\nThe polls have closed.\n\nUPDATE: We are waiting for the first results.\n\n"
    "UPDATE: We now have results from two counties.\n\nUPDATE: You can follow the count here.",
    # a section's labels, not speakers'
    "Match report\n\nArsenal won 2-1.\n\nSubs Not Used: Smith, Jones\n\nReferee: M Dean\n\n"
    "Subs Not Used: Brown, Green\n\nAttendance: 60,000",
    # labels that open a sentence's words: cues, not turns
    "Budget row\n\nThe minister spoke on Monday.\n\nHe added: we will cut taxes.\n\nShe replied: you will not.\n\n"
    "He added: we will.",
    # answers with no questions
    "Guide\n\nHow to vote.\n\nA: You need your card.\n\nA: You need your address.\n\nA: We open at 7.",
])
def test_labelled_lines_that_take_no_turns_of_speech_are_no_transcript(text):
    from whosaid.extract.interview import turns
    assert turns(tuple(text.split("\n\n"))) == {}


def test_a_headline_with_a_label_opens_no_transcript():
    from whosaid.extract.interview import turns
    text = ("OK Gov Fallin: Trump Is Trying To Unite Us\n\nGovernor Mary Fallin spoke on CNN.\n\n"
            "Partial transcript as follows:\n\nTAPPER: Do you think so?\n\nFALLIN: I think he is.\n\nTAPPER: Why?\n\n"
            "FALLIN: Because we need it.")
    assert sorted(turns(tuple(text.split("\n\n")))) == [3, 4, 5, 6]


def test_answers_in_an_faq_that_tells_of_no_interview_are_no_ones():
    text = ("Passport renewal\n\nSecretary John Smith announced the new rules on Monday.\n\n"
            "Q: How do I renew my passport?\n\nA: You can renew it online.\n\nQ: How long does it take?\n\n"
            "A: We aim for three weeks.")
    assert [q[1] for q in quotes_of(text)] == [None, None, None, None]


@pytest.mark.parametrize("suffix, source", [
    (".html", "<html><head><title>Pence on the debate</title></head><body><article><h1>Pence on the debate</h1>"
              "<p>Mike Pence spoke to Lester Holt.</p><p><strong>HOLT:</strong> What did you make of it?</p>"
              "<p><strong>PENCE:</strong> I thought we did well.</p><p><strong>HOLT:</strong> And you?</p>"
              "<p><strong>PENCE:</strong> I did too.</p></article></body></html>"),
    (".md", "# Pence on the debate\n\nMike Pence spoke to Lester Holt.\n\n**HOLT:** What did you make of it?\n\n"
            "**PENCE:** I thought we did well.\n\n**HOLT:** And you?\n\n**PENCE:** I did too.\n"),
])
def test_a_transcripts_labels_in_bold_are_read_from_a_page(suffix, source):
    passages = annotate(parse_document(source.encode(), "a" + suffix))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [
        ("What did you make of it?", "Lester Holt"), ("I thought we did well.", "Mike Pence"),
        ("And you?", "Lester Holt"), ("I did too.", "Mike Pence")]


def test_a_label_in_capitals_is_written_as_the_story_writes_its_words():
    text = ("Morning Edition\n\nNPR's Steve Inskeep asked McCain about the vote.\n\n"
            "NPR: What will you do?\n\nMcCAIN: I will vote no.\n\nNPR: Why?\n\nMcCAIN: Because we must.\n\n"
            "UNIDENTIFIED PROTESTER: We must not!")
    assert [q[1] for q in quotes_of(text)] == ["NPR", "McCain", "NPR", "McCain", "Unidentified Protester"]


def test_a_label_that_is_an_office_names_the_one_person_the_document_names_with_it():
    text = ("Remarks by President Obama on the Economy\n\nThe president spoke in Ohio on Tuesday.\n\n"
            "THE PRESIDENT: Thank you all for coming.\n\nQ: Mr. President, will you sign the bill?\n\n"
            "THE PRESIDENT: I will sign it, and we will see.\n\nTHE VICE PRESIDENT: I agree with you.")
    assert [q[1] for q in quotes_of(text, title="Remarks by President Obama on the Economy")] == [
        "Obama", None, "Obama", "The Vice President"]  # no vice president named: the label as written


def test_a_label_on_a_line_of_its_own_gives_its_speaker_the_words_under_it():
    text = ("Biden town hall transcript\n\nJoe Biden took questions from Anderson Cooper in Scranton.\n\n"
            "Anderson Cooper: (00:01)\n\nWhat would you say to a voter who is undecided?\n\nJoe Biden: (00:15)\n\n"
            "I'd say look at what we have done.\n\nAnderson Cooper: (01:02)\n\nAnd to your critics?\n\n"
            "Joe Biden: (01:10)\n\nI say come and see.")
    assert [(q[0], q[1]) for q in quotes_of(text)] == [
        ("What would you say to a voter who is undecided?", "Anderson Cooper"),
        ("I'd say look at what we have done.", "Joe Biden"), ("And to your critics?", "Anderson Cooper"),
        ("I say come and see.", "Joe Biden")]


@pytest.mark.parametrize("opening, closing", [('"', '"'), ("“", "”"), ("«", "»"), ("„", "“")])
def test_a_phrase_a_cue_gives_is_speech_in_any_double_marks(opening, closing):
    text = ("Bank warning\n\nBank of England governor Mervyn King spoke on Monday.\n\n"
            f"Mr King said that the economy had hit a {opening}softer patch{closing}. He called the slowdown "
            f"{opening}modest and temporary{closing}.")
    assert [(q[0], q[1]) for q in quotes_of(text)] == [("softer patch", "Mervyn King"),
                                                      ("modest and temporary", "Mervyn King")]


@pytest.mark.parametrize("marks", [("• ", "• "), ("- ", "- "), ("1. ", "2. "), ("* ", "* ")])
def test_a_lists_marks_are_read_past_and_kept_in_the_passage(marks):
    text = (f"Glazer bid\n\nMalcolm Glazer raised his offer on Monday.\n\n"
            f'{marks[0]}A spokesman for the supporters club said: "I can\'t see any difference."\n\n'
            f'{marks[1]}"He isn\'t bringing any money into the club."')
    passages = annotate(Document(path="t.txt", paragraphs=tuple(text.split("\n\n"))))
    assert [p.text[:len(marks[0])] for p in passages[2:]] == list(marks)
    assert [(p.text[q.start:q.end], q.speaker) for p in passages for q in p.quotes] == [
        ("I can't see any difference.", "spokesman for the supporters club"),
        ("He isn't bringing any money into the club.", "spokesman for the supporters club")]


def test_a_lone_dash_is_a_signature_not_a_list():
    assert sections.list_marks(("Poll", '"We will win."', "- Sanders.", "The count goes on.")) == [0, 0, 0, 0]
    assert sections.list_marks(("Key points", "- Taxes rise", "- Spending falls", "1. Alone")) == [0, 2, 2, 0]


@pytest.mark.parametrize("headline, quote", [
    ("ECONOMY 'STRONGER THAN FORECAST'", ("STRONGER THAN FORECAST", "Rachel Lomax")),
    ("Economy 'stronger than forecast'", ("stronger than forecast", "Rachel Lomax")),
])
def test_a_headline_in_capitals_quotes_as_it_would_in_sentence_case(headline, quote):
    text = (f"{headline}\n\nThe UK economy is growing faster than expected, the Bank of England's deputy governor "
            'has said.\n\nRachel Lomax said the economy was "stronger than forecast" in the last quarter.')
    assert [(q[0], q[1]) for q in quotes_of(text, title=headline)][0] == quote


@pytest.mark.parametrize("between, speaker", [(38, "Tony Blair"), (41, None)])
def test_a_pronoun_looks_back_forty_paragraphs_at_most(between, speaker):
    filler = "\n\n".join(f"The count in ward {k} went on into the night." for k in range(between))
    text = f"Election night\n\nTony Blair arrived at the count.\n\n{filler}\n\n\"We will win,\" he said."
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_turn_printed_inside_marks_is_the_same_turn_without_them():
    text = ('Pence on the debate\n\nMike Pence spoke to Lester Holt.\n\nHOLT: "What did you make of it?"\n\n'
            'PENCE: "I thought we did well."\n\nHOLT: "And you?"\n\nPENCE: "I did too."')
    assert [(q[0], q[1]) for q in quotes_of(text)] == [
        ("What did you make of it?", "Lester Holt"), ("I thought we did well.", "Mike Pence"),
        ("And you?", "Lester Holt"), ("I did too.", "Mike Pence")]


@pytest.mark.parametrize("line, speaker", [
    ('Jane Smith, in a statement: "We will win."', "Jane Smith"),
    ('Smith in an interview with CNN: "We will win."', "Jane Smith"),
    ('Jane Smith, on her blog: "We will win."', "Jane Smith"),
    ('In Washington: "We will win."', None),  # a place, not a medium
])
def test_a_name_and_the_medium_before_a_colon_speak_the_quotation_after_it(line, speaker):
    text = f"Race\n\nJane Smith and John Brown are running for mayor.\n\n{line}"
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("line, speaker", [
    ('Mary Smith, 45, a teacher from Leeds: "I think he will win."', "Mary Smith"),  # not the town
    ('John Brown, 60, retired, from Hull: "He has no chance."', "John Brown"),
])
def test_a_vox_pops_label_is_the_name_it_opens_with_not_the_town_after_it(line, speaker):
    text = f"Voters speak\n\nWe asked voters in Leeds what they thought.\n\n{line}"
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_heading_in_capitals_before_a_name_and_a_colon_is_no_vox_pops_label():
    text = ("HuffPollster\n\nThe polls closed.\n\nIOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal "
            "and Jon Cohen: \"Although the polls failed to predict the win, they were not wrong.\"")
    assert [q[1] for q in quotes_of(text)] == ["Mark Blumenthal and Jon Cohen"]


@pytest.mark.parametrize("text, mention", [
    ('Leaving a Brussels summit Mr Blair said "the fact Turkey is a Muslim country does not mean it should be '
     'barred".', "Mr Blair"),
    ('Speaking on BBC Radio 4 Tony Blair said: "We will win."', "Tony Blair"),
    ('Speaking to the BBC Tony Blair said: "We will win."', "Tony Blair"),
    ('Asked about the plan Mr Blair said: "We will win."', "Mr Blair"),
    ('Prosecuting attorney Carol Lam said: "Companies should take note."', "Prosecuting attorney Carol Lam"),  # a role
    ('Outgoing Leeds chairman Gerald Krasner said: "It is fine."', "Outgoing Leeds chairman Gerald Krasner"),
])
def test_a_participle_phrase_opening_the_sentence_without_a_comma_is_no_part_of_the_speakers_mention(text, mention):
    assert quotes_of(text)[0][2] == mention


SHARED_SURNAME = ('"A," said Ann Lee.\n\n"B," said Mark Lee.\n\n"C," said Mark Lee.\n\n"D," Lee said.\n\n'
                  '"F," said Ann Lee.\n\n"G," said Ann Lee.\n\n"H," Lee said.')


@pytest.mark.parametrize("text, speakers", [
    (SHARED_SURNAME, ["Ann Lee", "Mark Lee", "Mark Lee", "Mark Lee", "Ann Lee", "Ann Lee", "Ann Lee"]),  # the one
    # named most so far
    (SHARED_SURNAME + '\n\n"I," Ms Lee said.', ["Ann Lee", "Mark Lee", "Mark Lee"] + ["Ann Lee"] * 5),  # `Ms`: hers
])
def test_a_lone_surname_two_people_share_is_the_one_named_most_before_it_of_the_sex_its_honorific_gives(
        text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, quote", [
    ('"We will win," @realDonaldTrump tweeted on Monday.', ("We will win,", "@realDonaldTrump", "@realDonaldTrump",
                                                           "tweeted")),
    ('"It is a cover-up," @tedlieu added.', ("It is a cover-up,", "@tedlieu", "@tedlieu", "added")),  # lowercase
    ('One Twitter user, @nycsouthpaw, wrote that "the gap is vast."', ("the gap is vast.", "@nycsouthpaw",
                                                                      "One Twitter user, @nycsouthpaw", "wrote")),
    ('Donald Trump (@realDonaldTrump) spoke.\n\n"We will win," @realDonaldTrump tweeted.',
     ("We will win,", "Donald Trump", "@realDonaldTrump", "tweeted")),  # the name whose handle it is
    ('— Ted Lieu (@tedlieu) January 2, 2020\n\n"It is a cover-up," @TedLieu added.',
     ("It is a cover-up,", "Ted Lieu", "@TedLieu", "added")),  # a tweet's signature; a handle's case is no matter
])
def test_a_handle_speaks_and_stands_for_the_name_it_follows_in_brackets(text, quote):
    assert quotes_of(text)[-1] == quote  # (the handle alone was no one's, and the quotation went to whoever spoke last)


def test_a_handle_after_an_earlier_speaker_is_not_that_speaker():
    assert [q[1] for q in quotes_of('"Yes," said Ann Lee.\n\n"We will win," @realDonaldTrump tweeted.')] == [
        "Ann Lee", "@realDonaldTrump"]


@pytest.mark.parametrize("text, speaker", [
    ('Statement from Adam Schiff on Just Security reporting on emails: "We will act on this today."', "Adam Schiff"),
    ('A letter from Ann Lee about Mark Reyes reporting on the deal: "We will act on this today."', "Ann Lee's letter"),
])
def test_a_text_from_someone_on_a_named_topic_is_theirs_not_the_topics(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump thanked Ann Lee in a tweet that said: "Great job tonight."', "Donald Trump"),
    ('Donald Trump thanked Ann Lee in a statement that said: "Great job tonight."', "Donald Trump"),
    ('Ann Lee was praised in a tweet that said: "Great job tonight."', "tweet"),  # its writer goes unnamed
])
def test_a_text_that_says_something_is_the_words_of_whoever_acts_in_it(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_name_a_verb_takes_before_a_colon_is_no_label():
    assert quotes_of('Donald Trump tagged Fox News in a post that read: "Watch tonight now, everyone."')[0][1:] == (
        "Donald Trump", "Donald Trump", "tagged")  # not Fox News, as if `Fox News: "…"`


@pytest.mark.parametrize("text", [
    'Obama met Mitch McConnell, now the Senate majority leader, who in 2010 said his goal was a "one-term president."',
    'Obama met Mitch McConnell, the Senate majority leader, who in 2010 said his goal was a "one-term president."',
])
def test_who_after_an_appositive_office_is_the_name_it_describes_though_an_adverb_opens_it(text):
    assert quotes_of(text)[0][1:3] == ("Mitch McConnell", "who")


@pytest.mark.parametrize("text, speaker", [
    ('Hillary Clinton gave a speech that called young men "super predators."', "Hillary Clinton"),
    ('The law prompted Hillary Clinton to make a comment that described young men as "super predators."',
     "Hillary Clinton"),  # whom the verb before `to make` prompts
    ('Ann Lee heard a speech that called young men "super predators."', "speech"),  # a hearer is no speaker
])
def test_a_speech_or_comment_that_calls_something_so_is_whoever_gave_or_made_it(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, quotes", [
    ('Libraries will return to a “click and collect” system.', []),
    ('Police adopted a "zero tolerance" policy on Monday.', []),
    ('Users can upgrade by opening the "look for updates" window in the program.', []),
    ('Trump called it a "very, very bad" deal.', [("very, very bad", "Trump")]),  # a cue: his words
    ('Ann Lee wants a "short and sharp" lockdown, she said.', [("short and sharp", "Ann Lee")]),
    ('Vodafone is appealing against the "unfair and excessive" fines.', [("unfair and excessive", "Vodafone")]),
    ('Kelli Ward ran with a "defeat the establishment" theme.', []),  # `-ment`: a noun's ending
])
def test_a_short_phrase_between_an_article_and_its_noun_is_a_label_unless_a_cue_gives_it(text, quotes):
    assert [q[:2] for q in quotes_of(text)] == quotes


@pytest.mark.parametrize("text, quotes", [
    ('The so-called "Islamic State" claimed the attack.', []),  # a name the writer keeps off
    ('"Islamic State" claimed the attack, officials said.', []),  # a name, the sentence's subject
    ('"Fifty Shades Of Grey" topped the box office.', []),
    ('"Just Do It" implored the front page headline on Saturday.', [("Just Do It", "front page headline")]),
    ('"Welcome To Leeds" was the message from the pilot.', [("Welcome To Leeds", "pilot")]),
])
def test_a_so_called_name_or_a_titled_subject_is_no_quotation_but_a_cue_with_a_speaker_after_it_gives_one(
        text, quotes):
    assert [q[:2] for q in quotes_of(text)] == quotes


@pytest.mark.parametrize("text, speaker", [
    ('The message from Downing Street was clear: "Stay calm now."', "Downing Street"),
    ('The response from Microsoft was swift and short: "We are investigating."', "Microsoft"),
    ('The advice from the Foreign Office is simple: "Do not travel to the region."', "Foreign Office"),
    ('The reaction from the crowd outside was loud, and the judge said: "Silence in court."', "judge"),
])
def test_words_from_someone_described_before_a_colon_are_theirs(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Console launched\n\nRival Sony was unimpressed. "It is a gimmick," a company spokesman said.\n\n'
     'Nick Robinson said the mood was "grim".', "Sony spokesman"),  # the company's, as below
    ('Console launched\n\nRival Sony was unimpressed. "It is a gimmick," the company\'s spokesman said.\n\n'
     'Nick Robinson said the mood was "grim".', "Sony spokesman"),
    ('Console launched\n\nRival Sony was unimpressed. "It is a gimmick," a company spokesman said.\n\n'
     'Spokesman Nick Robinson said the mood was "grim".', "Nick Robinson"),  # called one
    ('Console launched\n\nThe console is "a gimmick", a senior Labour backbencher has said.\n\n'
     'Nick Robinson said the mood was "grim".', "Nick Robinson"),  # no spokesman: the lead's rule
    ('Meta sued\n\nA spokesperson for Meta said: "We take these concerns seriously."\n\n'
     "Meta's chief executive, Mark Zuckerberg, was not available, the company said.", "Meta spokesperson"),
])
def test_a_spokesman_in_the_lead_is_whom_the_next_paragraph_names_only_if_it_calls_them_a_spokesman(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('"We will respond," Zelenskyy said.\n\nKremlin spokesman Dmitry Peskov told reporters the talks were '
     '"useless".\n\n"It is over," the Ukrainian president said in a Telegram post.', "Ukrainian president"),
    ('Russian President Vladimir Putin met Donald Trump. He insisted the talks were "useless".\n\n'
     '"It is over," the Russian leader said.', "Vladimir Putin"),
    ('Russian Ambassador Sergei Kislyak met Donald Trump. He said the talks were "useless".\n\n'
     '"It is over," the Russian ambassador said.', "Sergei Kislyak"),  # the role he serves in
])
def test_a_nations_office_is_not_the_subject_before_when_the_text_titles_them_a_spokesman_or_aide(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Taylor Swift released a new album.\n\n"I am so proud of this," the singer-songwriter wrote.', "Taylor Swift"),
    ('Clint Eastwood released a new film.\n\n"I am proud of it," the 94-year-old actor-director said.',
     "Clint Eastwood"),
    ('Taylor Swift released a new album.\n\n"I am so proud of this," the music-lover wrote.', "music-lover"),
])
def test_an_epithet_of_two_trades_joined_by_a_hyphen_stands_for_the_person_named_before(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Cook\'s predecessor, the late Steve Jobs, once said it was "revolutionary".', "Steve Jobs"),
    ('His father, the late King Hussein, said it was "a betrayal".', "King Hussein"),
    ('Cook\'s predecessor, the late chairman, once said it was "revolutionary".', "Cook's predecessor"),
])
def test_the_late_before_a_name_set_off_after_a_role_still_names_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Bukayo Saka scored twice.\n\n"Unbelievable" was how the 23-year-old described the atmosphere.',
     "Bukayo Saka"),
    ('Arteta spoke.\n\n"A disgrace" is how Labour described the plan.', "Labour"),
    ('Arteta spoke.\n\n"A total shambles" was what one Tory MP called the launch.', "Tory MP"),
])
def test_a_quotation_that_was_how_someone_described_something_is_theirs(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Trump was defensive about an architect who said he was stiffed, saying: "He did a bad job."', "Trump"),
    ('Police spoke to a witness who said she saw the car, adding that it was "red".', "witness"),  # going on
    ('This echoed comedian Chris Rock, who whipped up a storm for saying he rarely watched them, calling award '
     'shows "idiotic".', "Chris Rock"),  # set off by a comma: the relative's
])
def test_a_participle_after_a_restrictive_relative_that_spoke_is_the_main_subjects(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, subject", [
    ("The Democratic presidential nominee said it.", "The Democratic presidential nominee"),
    ("The Tesla chief executive said it.", "The Tesla chief executive"),
    ("The Arsenal striker scored twice.", "The Arsenal striker"),
    ("Betsy Ebeling shook her head.", "Betsy Ebeling"),  # a verb and its object, not a role
    ("Trump fires campaign manager.", "Trump"),
    ("The Tory leader supports a reduction.", "The Tory leader"),
])
def test_a_sentence_subject_takes_the_lowercase_words_of_a_role_after_a_capitalised_modifier(text, subject):
    tokens = tokenize(text, find_marked(text))
    assert " ".join(t.text for t in sentence_subject(tokens, 0, len(tokens)).tokens) == subject


def test_an_office_stands_for_the_person_an_office_subject_of_the_sentence_before_stood_for():
    text = ("Mike Pence says too much is made of Donald Trump's tweets.\n\nThe Republican vice presidential nominee "
            "was speaking Friday in Fort Wayne, hours after Trump unleashed a flurry of tweets.\n\n"
            'The Indiana governor said the media are to blame for "he said this, he tweeted that."')
    assert quotes_of(text)[-1][1] == "Mike Pence"


_ASKED = "The chancellor, Rachel Reeves, spoke on Sunday.\n\n"


@pytest.mark.parametrize("text, speaker", [
    (_ASKED + '"Can you rule it out?" Laura Kuenssberg asked.\n\n"I can," she replied.', "Rachel Reeves"),
    (_ASKED + 'Laura Kuenssberg pressed her: "Can you rule it out?"\n\n"I can," she replied.', "Rachel Reeves"),
    (_ASKED + 'Laura Kuenssberg pressed her: "Can you rule it out?" She replied: "I can."', "Rachel Reeves"),
    (_ASKED + '"We can do it," Laura Kuenssberg said.\n\n"I can," she replied.', "Laura Kuenssberg"),  # no question
    (_ASKED + 'Laura Kuenssberg looked up as if to say, "Did you see that?"\n\nLater, when I emailed Kuenssberg, '
     'she replied, "I did."', "Laura Kuenssberg"),  # named again as the one who answers
])
def test_a_he_or_she_who_replies_is_not_whoever_just_asked_a_question(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('That was the view of Peter Brown, who added: "It is a mess."', "Peter Brown"),
    ('The report was the work of Peter Brown, who said it was "a mess".', "Peter Brown"),
    ('It was the idea of Ann Lee, who called it "a bold step".', "Ann Lee"),
])
def test_who_after_a_thing_of_someone_stands_for_that_someone(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, quotes", [
    ('Mary Jones was blunt: "We lost."', [("We lost.", "Mary Jones")]),
    ('Mary Jones was furious: "Never again."', [("Never again.", "Mary Jones")]),
    ('An interfaith rally had one message: "Dump Trump."', []),  # a slogan in capitals
    ('There were two words Jeb Bush could not utter: "Donald Trump."', []),  # a name
])
def test_a_short_whole_sentence_after_a_colon_is_said(text, quotes):
    assert [q[:2] for q in quotes_of(text)] == quotes


@pytest.mark.parametrize("text, speaker", [
    ('Manchester United sacked Erik ten Hag.\n\nTen Hag had insisted he was "the right man".', "Erik ten Hag"),
    ('Manchester United sacked Erik ten Hag.\n\nMr ten Hag said it was "sad".', "Erik ten Hag"),
    ('Barcelona keeper Marc-Andre ter Stegen said he was "gutted".', "Marc-Andre ter Stegen"),
    ('On Monday ten Labour MPs said it was "sad".', "MPs"),  # a number, not a particle
])
def test_dutch_particles_ten_and_ter_join_a_name(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A statement issued by chief of staff John Kelly said the policy was "unworkable".', "John Kelly's statement"),
    ('A memo written by John Kelly said the policy was "unworkable".', "John Kelly's memo"),
])
def test_a_text_sent_by_someone_titled_with_a_role_is_theirs(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('A statement from Kemi Badenoch\'s office said she was "disappointed".', "Kemi Badenoch's office statement"),
    ('Donald Trump\'s campaign spokesman said it was "fake".', "Donald Trump's campaign spokesman"),
    ('A statement from Kemi Badenoch said she was "disappointed".', "Kemi Badenoch's statement"),
])
def test_a_text_or_spokesman_of_a_persons_office_is_named_with_one_possessive(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, quotes", [
    ('Trump\'s tweet read: "Sad!"', [("Sad!", "Trump's tweet")]),
    ('The tweet read: "We will win the election."', [("We will win the election.", "tweet")]),
    ('One advert read: "Vote Tory."', [("Vote Tory.", "advert")]),
    ('Jane Doe wrote to staff on Monday.\n\nHer letter read: "It has been an honour."\n\nIt went on: "I leave with '
     'pride."', [("It has been an honour.", "Jane Doe's letter"), ("I leave with pride.", "Jane Doe's letter")]),  # a
    # past after a noun in -er, as after her tweet: the letter reads, and goes on
])
def test_a_tweet_a_post_or_an_advert_reads_its_words(text, quotes):
    assert [q[:2] for q in quotes_of(text)] == quotes


@pytest.mark.parametrize("text, quotes", [
    ('Obama and Clinton call them "lone wolves".', [("lone wolves", "Obama and Clinton")]),
    ('Democrats call them "lone wolves".', [("lone wolves", "Democrats")]),
    ('Give me a call this "weekend".', []),  # a noun
])
def test_call_in_its_base_form_before_an_object_and_a_quotation_is_a_cue(text, quotes):
    assert [q[:2] for q in quotes_of(text)] == quotes


@pytest.mark.parametrize("text, speaker", [
    ('Defiant Blair rejects calls to quit\n\nMr Blair said he would "never quit".', "Blair"),
    ('Embattled Obama and Clinton; Trump will go on offense\n\nPresident Obama said it was "nonsense".', "Obama"),
    ('Derelict Obama fails\n\nA derelict building stood. President Obama said it was "nonsense".', "Obama"),  # the
    # story writes the word in lowercase
    ('Radwan Hadi wins\n\nMr Hadi said it was "nonsense".', "Radwan Hadi"),  # a given name the list lacks
    ('Ebru Yildiz wins award\n\nEbru Yildiz said it was "amazing". Yildiz added: "I am thrilled."',
     "Ebru Yildiz"),  # the story writes the name whole
    ('Dashing Blair rejects calls to quit\n\nA dashing Mr Blair said he would "never quit". Dashing Blair stayed.',
     "Dashing Blair"),  # the story writes the run again (as a name, whatever it is; `Defiant` is a mood)
])
def test_a_word_glued_before_a_name_opening_the_headline_is_no_part_of_the_name_the_story_uses(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_empty_last_paragraph_is_a_passage_of_no_words_not_a_crash():
    passages = annotate(Document(path="x.txt", paragraphs=("a", "b", "")))
    assert [(p.para, p.text, p.quotes) for p in passages] == [(1, "a", ()), (2, "b", ()), (3, "", ())]


@pytest.mark.parametrize("text, speakers", [
    ('"We are delighted," said Ant McPartlin and Declan Donnelly.\n\nThe pair added that it was "a dream".\n\n'
     'In a statement, the couple said they were "thrilled".', ["Ant McPartlin and Declan Donnelly"] * 3),
    ('Tom Smith and Ann Lee married in 2001.\n\nThe couple said they were "thrilled".', ["Tom Smith and Ann Lee"]),
    ('The couple said they were "thrilled".', ["couple"]),  # no two named
    ('"We are delighted," said Ant McPartlin and Declan Donnelly.\n\nThe show drew 8 million viewers.\n\n'
     'It was a record.\n\nThe pair said it was "a dream".', ["Ant McPartlin and Declan Donnelly", "pair"]),  # far
])
def test_the_pair_or_the_couple_stands_for_two_people_just_named_together(text, speakers):
    assert [q[1] for q in quotes_of(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('Liverpool manager Arne Slot has hailed Mohamed Salah.\n\n"He is special," the Dutchman said.\n\n'
     '"No, the team is," the Egyptian said.', "Mohamed Salah"),
    ('Liverpool manager Arne Slot has hailed Mohamed Salah and Virgil van Dijk.\n\n"He is special," the Dutchman '
     'said.\n\n"No, the team is," the Egyptian said.', "Egyptian"),  # two others: no one to choose
    ('Novak Djokovic beat Carlos Alcaraz in the final.\n\n"It was a dream," the Serb said.\n\n'
     'The Spaniard, 21, was gracious in defeat: "Novak deserved it."', "Carlos Alcaraz"),  # one who just spoke
])
def test_a_nations_epithet_after_another_nations_stands_for_the_one_other_person_named(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Carlos Alcaraz, 21, lost to Novak Djokovic, 37, in the final.', "Novak Djokovic"),
    ('Carlos Alcaraz, 21, lost to 37-year-old Novak Djokovic in the final.', "Novak Djokovic"),
    ('Carlos Alcaraz lost to Novak Djokovic in the final.', "Carlos Alcaraz"),  # no ages: the subject
])
def test_an_age_epithet_is_no_one_the_text_gives_another_age(text, speaker):
    assert [q[1] for q in quotes_of(f'{text}\n\n"It was a dream," the 37-year-old said.')] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Singer releases album\n\nSam Smith, who uses they/them pronouns, released an album on Friday.\n\n'
     '"It is my most personal record," they said.', "Sam Smith"),
    ('Singer tours\n\nThe singer Alex Doe (they/them) played in London.\n\n"I am so grateful," they said.', "Alex Doe"),
    ('Campaign grows\n\nJo Bloggs, who is non-binary, has led the campaign since 2020.\n\n'
     '"It is a disgrace," they said.', "Jo Bloggs"),
    ('Singer tours\n\nAlex Doe (they/them) played in London.\n\nPromoters Live Nation said sales were strong. '
     '"We are delighted," they said.', "Live Nation"),  # the body spoke since
])
def test_they_is_the_person_the_text_says_goes_by_they(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Arsenal beat Chelsea 2-0 on Sunday.', "Arsenal manager"),  # not the club
    ('Manchester United lost 3-0 to Brighton.', "Manchester United manager"),
    ('Arsenal beat Chelsea 2-0 on Sunday. Mikel Arteta praised his side.', "Mikel Arteta"),
    ('Arsenal beat Chelsea thanks to a goal from Bukayo Saka.', "Arsenal manager"),  # no rival, no scorer
    ('Chelsea v Arsenal ended 1-1 on Sunday.', "Arsenal manager"),
])
def test_a_sides_epithet_is_never_the_side_it_names_nor_its_rival_nor_a_player(text, speaker):
    side = "Manchester United" if "United" in text else "Arsenal"
    assert [q[1] for q in quotes_of(f'Match report\n\n{text}\n\n"We were excellent," the {side} manager said.')] \
        == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Norwich have appointed Graham Stuart as manager.', "Graham Stuart"),
    ('Norwich have signed Graham Stuart from Charlton.', "manager"),  # a player signed
])
def test_the_manager_is_the_one_person_named_only_when_the_text_says_someone_manages(text, speaker):
    assert [q[1] for q in quotes_of(f'Match report\n\n{text}\n\n"It was easy," the manager said.')] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Acme Corp was fined by the regulator.\n\nA spokesperson for the firm said it would appeal.\n\n'
     '"We are disappointed," they said.', "Acme Corp spokesperson"),
    ('Acme Corp was fined.\n\nA spokesperson for the firm said it would appeal. "We are disappointed," they said.',
     "Acme Corp spokesperson"),
    ('Energy Networks Association said crews were out.\n\nA spokesperson for the body said it would help. "We are '
     'sorry," they said.', "Energy Networks Association spokesperson"),  # a body's word for itself
    ('Police were called.\n\nA spokesperson for the force said officers were investigating.\n\n'
     '"Come forward," they added.', "spokesperson for the force"),
    ('Acme Corp was fined.\n\nA spokesperson for Acme said it would appeal. Unions said they were angry.\n\n'
     '"We are disappointed," they said.', "Unions"),  # a body spoke since
])
def test_they_after_a_spokesperson_of_no_sex_spoke_is_that_spokesperson(text, speaker):
    assert quotes_of(f'Fine for firm\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("subject", [
    "The family of Jane Doe",
    "The family of Jane Doe, 24,",
    "The family of Jane Doe, who died in the crash,",
])
def test_they_after_a_family_of_someone_paid_tribute_is_that_family(subject):
    text = f'Crash victim named\n\n{subject} paid tribute to her.\n\nIn a statement, they said: "She lit up every room."'
    assert [q[1] for q in quotes_of(text)] == ["Jane Doe's family"]


@pytest.mark.parametrize("text, speaker", [
    ('In mitigation, his barrister said Evans had a troubled childhood.', "Mark Evans's barrister"),
    ('In mitigation, his lawyer said Evans had a troubled childhood.', "Mark Evans's lawyer"),
    ('Evans wept in the dock as the sentence was read.', "Sarah Collins"),  # no one spoke for him
])
def test_she_after_someones_barrister_spoke_is_that_barrister(text, speaker):
    story = (f'Man jailed\n\nJudge Sarah Collins jailed Mark Evans, 34, for six years.\n\n{text}\n\n'
             '"He is deeply sorry," she told the court.')
    assert [q[1] for q in quotes_of(story)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('In mitigation, his barrister said Evans had a troubled childhood.\n\n"He is deeply sorry," the barrister added.',
     "Mark Evans's barrister"),
    ('A lawyer for the family said justice had been done.\n\n"It was cruel," the lawyer added.',
     "lawyer for the family"),
    ('A Republican committee aide blasted the statement.\n\n"It is a deceptive announcement," the aide said.',
     "Republican committee aide"),
])
def test_the_lawyer_or_the_aide_is_the_one_so_described_who_spoke_just_before(text, speaker):
    assert quotes_of(f'Man jailed\n\nJudge Sarah Collins jailed Mark Evans.\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("sentence, cue", [
    ('Chuck Schumer was more cautious: "We need votes."', "cautious"),
    ('Chuck Schumer was so angry: "It is a disgrace."', "angry"),
    ('Chuck Schumer was in no doubt: "It passes."', "doubt"),
    ('Chuck Schumer was in a bullish mood: "We have the votes."', "mood"),
    ('Chuck Schumer was defiant: "We will win."', "defiant"),
])
def test_a_subject_whose_state_a_colon_follows_speaks_with_that_state_as_cue(sentence, cue):
    assert [(q[1], q[3]) for q in quotes_of(f'Senate vote\n\n{sentence}')] == [("Chuck Schumer", cue)]


@pytest.mark.parametrize("lead, mention", [
    ("The chief constable, Sarah Crew, issued a statement on Friday.", "The chief constable, Sarah Crew"),
    ("Sarah Crew, the chief constable, issued a statement on Friday.", "Sarah Crew"),
    ("Chief Constable Sarah Crew issued a statement on Friday.", "Chief Constable Sarah Crew"),
])
def test_who_issued_a_statement_after_an_appositive_speaks_the_next_paragraphs_quotation(lead, mention):
    text = f'Police apologise\n\n{lead}\n\n"I want to apologise to the family. We let them down."'
    assert quotes_of(text) == [("I want to apologise to the family. We let them down.", "Sarah Crew", mention,
                                "issued")]


@pytest.mark.parametrize("text, speakers", [
    ('One senior Tory MP, who asked not to be named, told the BBC the leader was "toast".\n\nAnother said: '
     '"It is over."', ["Tory MP", "Tory MP"]),
    ('Some Labour MPs are furious. "It is a shambles," one said. "Nonsense," others said.',
     ["Labour MP", "Labour MPs"]),
    ('One user wrote: "Great." Another said: "Awful."', ["user", "user"]),
])
def test_another_or_others_after_one_of_a_kind_in_capitals_is_of_that_kind(text, speakers):
    assert [q[1] for q in quotes_of(f'Leader under pressure\n\n{text}')] == speakers


def test_a_word_for_people_in_capitals_heads_a_description_that_speaks_after_a_colon():
    assert quotes_of('Leader under pressure\n\nA third MP was more positive: "She can survive this."') == [
        ("She can survive this.", "MP", "A third MP", "positive")]


@pytest.mark.parametrize("text, speaker", [
    ('A senior official said the talks had stalled.\n\n"There is no deal," the official added.', "senior official"),
    ('A senior government source told the BBC the prime minister was "furious".\n\nThe source added: "Heads will '
     'roll."', "senior government source"),
    ('According to a senior government source, the prime minister is "furious".\n\nThe source added: "Heads will '
     'roll."', "senior government source"),
    ('The talks had stalled.\n\n"There is no deal," the official added.', "official"),  # no one described so
])
def test_the_official_is_the_one_described_so_who_spoke_just_before(text, speaker):
    assert quotes_of(f'Talks stall\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("text, speaker, mention", [
    ('"We want justice," said one protester. Another, who asked not to be named, said: "Enough is enough."',
     "protester", "Another"),
    ('"We want justice," said one protester. Another, who gave his name only as Tom, said: "Enough is enough."',
     "Tom", "Tom"),
    ('Crowds gathered. One man, who gave his first name as Ali, said: "Enough is enough."', "Ali", "Ali"),
])
def test_another_set_off_by_a_relative_clause_speaks_and_a_name_given_only_so_is_theirs(text, speaker, mention):
    assert quotes_of(f'Protest in London\n\n{text}')[-1][1:3] == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    ('"A total disaster" - that was how Nigel Farage described the budget on Wednesday.', "Nigel Farage"),
    ('"It is a scandal." That is how Labour MP Diane Abbott put it.', "Diane Abbott"),
    ('"A total disaster" - that was how the budget looked to many.', None),  # no one describes
])
def test_that_was_how_someone_described_it_names_the_quotations_speaker(text, speaker):
    assert [q[1] for q in quotes_of(f'Budget reaction\n\n{text}')] == [speaker]


@pytest.mark.parametrize("quote, speaker", [
    ('"Jannik deserved it," the 22-year-old said.', "Carlos Alcaraz"),  # the quotation names the other
    ('"Carlos deserved it," the 22-year-old said.', "Jannik Sinner"),
])
def test_an_epithet_whose_quotation_names_one_of_two_people_is_the_other(quote, speaker):
    text = (f'Final report\n\nJannik Sinner beat Carlos Alcaraz in the final.\n\n"Carlos pushed me to the limit," said '
            f'the world number one.\n\nThe Spaniard was gracious. {quote}')
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The Bank of England cut rates.\n\nThe Bank said: "Risks remain."', "Bank of England"),
    ('The Bank of England cut rates.\n\nThe Bank said growth would slow. It added: "Risks remain."', "Bank of England"),
    ('The European Commission fined Apple.\n\nThe Commission said the fine was fair. It added: "Rules are rules."',
     "European Commission"),
    ('The Committee to Protect Bloggers was founded in 2005.\n\nThe Committee said: "Free them."',
     "Committee"),  # not `Committee of Protect Bloggers`: `to` is no `of`
])
def test_a_body_called_by_its_word_alone_is_the_one_longer_body_of_that_word(text, speaker):
    assert quotes_of(f'Rates held\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('The US Federal Reserve held rates on Wednesday.\n\nThe central bank said inflation was "elevated".',
     "US Federal Reserve"),
    ('Ofwat fined Thames Water on Monday.\n\nThe water regulator said the firm had "failed its customers".', "Ofwat"),
    ('Ofcom opened an inquiry into the BBC.\n\nThe media watchdog said it was "concerned".', "Ofcom"),
    ('Tesla has reported falling profits.\n\nThe electric carmaker said sales were "challenging".', "Tesla"),
    ('Tesco has reported falling profits.\n\nThe struggling supermarket said sales were "weak".', "Tesco"),
])
def test_the_central_bank_or_the_water_regulator_is_the_body_that_acted_before(text, speaker):
    assert quotes_of(f'Rates held\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("lead, epithet, speaker", [
    ('Tesco chief executive Ken Murphy said sales had risen.', "the Tesco boss", "Ken Murphy"),
    ('Fed chair Jerome Powell spoke on Wednesday.', "the Fed chief", "Jerome Powell"),
    ('Tesco chief executive Ken Murphy and Tesco chairman Gerry Murphy met investors.', "the Tesco boss",
     "Tesco boss"),  # two lead it
    ('Sainsbury chief executive Simon Roberts said sales had risen.', "the Tesco boss", "Tesco boss"),  # another's
])
def test_a_bodys_boss_is_the_one_person_titled_with_an_office_that_leads_it(lead, epithet, speaker):
    text = f'Sales up\n\n{lead}\n\nShares rose 3% in early trading.\n\n"Customers are back," {epithet} said.'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("subject, speaker", [
    ("But allies of Boris Johnson insisted", "Boris Johnson's allies"),
    ("Allies of Boris Johnson insisted", "Boris Johnson's allies"),
    ("But allies of the Home Secretary insisted", "Home Secretary's allies"),
    ("But friends of Boris Johnson insisted", "Boris Johnson's friends"),
])
def test_allies_of_someone_are_that_persons_allies_not_the_person(subject, speaker):
    assert quotes_of(f'Johnson latest\n\n{subject}: "All is well."')[0][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('"This is the first part of a long quotation,\n\n"and this is the second," said Tom Jones.',
     ["Tom Jones", "Tom Jones"]),
    ('"First part.\n\n"Second part.\n\n"Third part," said Tom Jones.', ["Tom Jones"] * 3),
    ('"First part.\n\n“Second part,” said Tom Jones.', [None, "Tom Jones"]),  # another style: another quotation
])
def test_a_quotation_going_on_into_a_paragraph_that_names_its_speaker_is_that_speakers(text, speakers):
    assert [q[1] for q in quotes_of(f'Long quotation\n\n{text}')] == speakers


@pytest.mark.parametrize("labels, speakers", [
    (("LK", "RR"), ["Laura Kuenssberg", "Rachel Reeves"]),
    (("LJ", "RR"), ["LJ", "Rachel Reeves"]),  # no one's initials
])
def test_an_interviews_label_of_initials_is_the_one_person_they_are_the_initials_of(labels, speakers):
    text = ('Sunday interview\n\nLaura Kuenssberg: Will you raise income tax?\n\nRachel Reeves: We will not raise it.'
            f'\n\n{labels[0]}: So that is a no?\n\n{labels[1]}: That is a no.')
    assert [q[1] for q in quotes_of(text)][2:] == speakers


@pytest.mark.parametrize("text, speaker", [
    ('The Williams sisters\' coach said: "They are ready."', "Williams sisters' coach"),
    ('Three teenagers were arrested. One of the boys\' mothers said: "He is a good lad."', "boys' mother"),  # one
    ('Ruth Davis spoke first. Ms Davis\'s lawyer added: "No."', "Ruth Davis's lawyer"),  # a name: `'s`
])
def test_a_plural_owner_owns_with_an_apostrophe_alone(text, speaker):
    assert quotes_of(f'Court report\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('Two nurses at the hospital spoke to the BBC.\n\n"We are exhausted," one said. "Nobody listens," another added.',
     ["nurse", "nurse"]),
    ('Junior doctors were on the picket line on Monday.\n\n"We are exhausted," one of them said. "Nobody listens," '
     'the other added.', ["doctor", "doctor"]),
])
def test_another_or_the_other_after_one_of_a_group_spoke_is_of_that_group(text, speakers):
    assert [q[1] for q in quotes_of(f'Strike\n\n{text}')] == speakers


@pytest.mark.parametrize("lead, speaker", [
    ("Greater Manchester Police (GMP) said the man was dangerous.", "Greater Manchester Police (GMP)"),
    ("Officers from Avon and Somerset Constabulary were called at 10pm.", "Avon and Somerset Constabulary"),
    ("The Metropolitan Police Service said two men had been held.", "Metropolitan Police Service"),
    ("Two men were held on Monday.", "force"),  # no force named
])
def test_the_force_is_the_police_force_named_before(lead, speaker):
    assert quotes_of(f'Arrests\n\n{lead}\n\n"Enquiries are ongoing," the force said.')[-1][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Angela Rayner has resigned as deputy prime minister. In her letter to Sir Keir Starmer, she apologised.",
     "Keir Starmer"),  # the deputy is no prime minister: the one other person
    ("Keir Starmer has set out his plans for growth. He spoke in Birmingham.", "Keir Starmer"),
])
def test_the_office_is_not_the_subject_before_when_the_text_gives_them_its_deputys_form(lead, speaker):
    text = f'Resignation\n\n{lead}\n\nThe prime minister replied that he was "deeply sad".'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("subject", ["Former First Lady Michelle Obama", "First Lady Michelle Obama"])
def test_first_lady_is_part_of_the_title_before_the_name(subject):
    assert quotes_of(f'Endorsement\n\n{subject} said: "We are with you."')[0][1:3] == ("Michelle Obama", subject)


def test_an_embedded_posts_signature_with_a_handle_and_a_date_signs_the_post_before_a_lead_in():
    text = ('Free speech row\n\nThe billionaire responded on social media.\n\n“This is a great day for free speech!”\n\n'
            '— Elon Musk (@elonmusk) March 3, 2024')  # (the post marked as the text reader marks it)
    assert [q[:2] for q in quotes_of(text)] == [("This is a great day for free speech!", "Elon Musk")]


@pytest.mark.parametrize("lead, speaker", [
    ("The Duke and Duchess of Sussex have issued a statement.", "Duke and Duchess of Sussex"),
    ("The King and Queen visited Belfast.", "King and Queen"),
])
@pytest.mark.parametrize("cue", ["the couple said", "they said"])
def test_the_couple_after_two_titles_of_the_nobility_is_both(lead, speaker, cue):
    assert quotes_of(f'Royal visit\n\n{lead}\n\n"It was wonderful," {cue}.')[0][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Kensington Palace said the princess was recovering.", "Kensington Palace"),
    ("The princess was recovering in hospital.", "palace"),  # no palace named
])
def test_the_palace_is_the_palace_named_before(lead, speaker):
    assert quotes_of(f'Royal news\n\n{lead}\n\n"She is in good spirits," the palace said.')[0][1] == speaker


@pytest.mark.parametrize("text, speakers", [
    ('"A total disaster" - Reform UK leader Nigel Farage', ["Nigel Farage"]),
    ('- Manchester City boss Kevin Keegan: "We had a great chance." "We started well."\n - Manchester United boss '
     'Sir Alex Ferguson: "We deserved it."', ["Kevin Keegan", "Kevin Keegan", "Alex Ferguson"]),  # labels, not bylines
])
def test_a_byline_after_a_dash_may_hold_a_roles_word_but_a_label_of_the_next_speaker_is_none(text, speakers):
    assert [q[1] for q in quotes_of(f'Reaction\n\n{text}')] == speakers


def test_a_bylines_writer_is_i_and_never_a_he_of_the_story():
    text = ('Interview\n\nBy Nick Robinson, BBC political editor\n\nI asked the minister whether he would resign. '
            '"Never," he told me.\n\n"I was not convinced," I wrote later.')
    assert [q[1] for q in quotes_of(text)] == ["minister", "Nick Robinson"]  # the one asked, never the writer


def test_a_bylines_writer_is_no_description_of_the_story():
    text = ('Minister under fire\n\nBy Nick Robinson, BBC political editor\n\nThe minister said: "I will not '
            'resign."\n\nThe singer told reporters: "I am fine."')
    assert [q[1] for q in quotes_of(text)] == ["minister", "singer"]


@pytest.mark.parametrize("text, speaker, cue", [
    ('Talks\n\nMr Jones was in Leeds. When I put it to him that his party was split, he said: "Rubbish."',
     "Jones", "said"),
    ('Talks\n\nAs one aide put it to the BBC, "We are toast."', "aide", "put it"),
])
def test_put_it_to_someone_that_is_a_suggestion_not_the_as_x_put_it_cue(text, speaker, cue):
    assert [(q[1], q[3]) for q in quotes_of(text)] == [(speaker, cue)]


@pytest.mark.parametrize("lead, epithet, speaker", [
    ("The Institute for Fiscal Studies (IFS) warned of tough choices.", "the think tank",
     "Institute for Fiscal Studies (IFS)"),
    ("The British Retail Consortium said sales fell 2%.", "the trade body", "British Retail Consortium"),
    ("It was a bad month for shops.", "the trade body", "trade body"),  # no body before
])
def test_a_think_tank_or_a_trade_body_is_the_body_that_acted_before(lead, epithet, speaker):
    assert quotes_of(f'Sales fall\n\n{lead}\n\n"It was a tough month," {epithet} said.')[0][1] == speaker


@pytest.mark.parametrize("lead, speaker", [
    ("Profits at BP fell 5%.", "BP"),
    ("Shares in Rolls-Royce rose 5%.", "Rolls-Royce"),
    ("Sales fell 2% in May.", "firm"),  # a business report's word, no body
])
def test_the_firm_is_the_body_whose_figures_the_sentence_before_reports(lead, speaker):
    assert quotes_of(f'Results\n\n{lead}\n\n"We are disappointed," the firm said.')[0][1] == speaker


def test_cllr_is_a_councillors_title_not_a_name():
    text = ('Ruling\n\nThe council\'s leader, Cllr Tom Brown, said the authority would "reflect" on the ruling.\n\n'
            'Cllr Brown added: "We will study it."')
    assert [q[1] for q in quotes_of(text)] == ["Tom Brown", "Tom Brown"]


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump and Vladimir Putin met in Alaska.\n\nMr Trump said the talks went well.\n\nHis Russian counterpart '
     'said: "We have a long way to go."', "Vladimir Putin"),
    ('Keir Starmer met Emmanuel Macron in Paris.\n\nSir Keir said: "We are united." His French counterpart agreed: '
     '"Absolutely."', "Emmanuel Macron"),
])
def test_his_counterpart_is_the_one_other_person_named(text, speaker):
    assert quotes_of(f'Summit\n\n{text}')[-1][1] == speaker


@pytest.mark.parametrize("lead, epithet, speaker", [
    ("Russian President Vladimir Putin met Donald Trump in Alaska.", "the American", "Donald Trump"),
    ("British Prime Minister Keir Starmer met Emmanuel Macron.", "the Briton", "Keir Starmer"),  # his own nation's
])
def test_a_nations_epithet_is_no_one_the_text_titles_with_another_nations_office(lead, epithet, speaker):
    assert quotes_of(f'Summit\n\n{lead}\n\n"It was great," {epithet} said.')[0][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [("The monarch", "King Charles"), ("The pontiff", "Pope Leo XIV")])
def test_the_monarch_or_the_pontiff_is_the_one_person_titled_king_or_pope(epithet, speaker):
    text = (f'Vatican visit\n\nPope Leo XIV met King Charles at the Vatican.\n\n"It was moving," said Cardinal Smith.'
            f'\n\n{epithet} added: "I am deeply grateful."')
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("epithet, speaker", [
    ("The Kansas City Chiefs tight end", "Kansas City Chiefs tight end"),  # not the singer
    ("The 35-year-old", "Taylor Swift"),  # any calling
])
def test_a_players_epithet_is_no_one_an_epithet_called_a_performer(epithet, speaker):
    text = ('Engagement\n\nTaylor Swift has announced her engagement to Travis Kelce.\n\n"We are getting married," the '
            f'singer wrote on Instagram.\n\n{epithet} later said: "I am the luckiest man alive."')
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("epithet", ["the former Beatle", "the ex-Beatle"])
def test_a_former_member_of_a_capitalised_side_is_the_person_just_named(epithet):
    text = f'AI row\n\nPaul McCartney agreed with the plan. "Artists must be protected," {epithet} said.'
    assert quotes_of(text)[0][1] == "Paul McCartney"


@pytest.mark.parametrize("lead, speaker", [
    ("Rishi Sunak and Keir Starmer clashed in the final TV debate.", "prime minister"),  # no one titled: the office
    ("Prime Minister Rishi Sunak and Keir Starmer clashed in the final TV debate.", "Rishi Sunak"),
])
def test_he_after_an_office_opening_the_sentence_before_is_whoever_holds_it(lead, speaker):
    text = (f'TV debate\n\n{lead}\n\nThe prime minister accused Labour of planning tax rises. "They will raise your '
            'taxes," he said.')
    assert quotes_of(text)[0][1] == speaker


def test_a_bodys_chief_is_the_person_the_body_owns_and_a_he_after_the_epithet_opening_a_sentence_is_them():
    text = ("Tech dinner\n\nApple chief executive Tim Cook and Microsoft's Satya Nadella both attended the dinner.\n\n"
            '"It was a great evening," the Apple boss said.\n\nThe Microsoft chief was more reserved. "We will see," '
            'he said.')
    assert [q[1] for q in quotes_of(text)] == ["Tim Cook", "Satya Nadella"]


@pytest.mark.parametrize("text, speaker, mention", [
    ('Trade talks end.\n\nVice-Premier Liu He said: "We are pleased with the talks."', "Liu He", "Vice-Premier Liu He"),
    ('Trade talks end.\n\nVice Premier He Lifeng described the meeting as "candid".', "He Lifeng",
     "Vice Premier He Lifeng"),
    ('Trade talks end.\n\nHe Yadong, a commerce ministry spokesman, said: "We oppose the tariffs."', "He Yadong",
     "He Yadong"),
    ('Gun lobby hits back.\n\nChris Cox says Obama is trying to distract from attacks in the U.S. He says '
     'Americans need no more "emotional, condescending lectures."', "Chris Cox", "He"),  # a
    # sentence's He after an abbreviation's full stop is the pronoun
])
def test_he_inside_a_run_of_capitals_or_opening_one_before_a_comma_or_a_cue_is_a_chinese_name(text, speaker, mention):
    assert [(q[1], q[2]) for q in quotes_of(text)][-1:] == [(speaker, mention)]


def test_a_person_according_to_whom_a_sentence_reports_is_who_spoke_for_a_later_he():
    text = ('Strikes hit Kharkiv.\n\nThe Kremlin dismissed the remarks. Spokesman Dmitry Peskov told reporters that '
            'weapons would "not change the situation".\n\nRussian strikes killed 12 people in Kharkiv, according to '
            'regional governor Oleh Syniehubov.\n\n"Rescuers are still working at the scene," he wrote on Telegram.')
    assert [q[1] for q in quotes_of(text)] == ["Dmitry Peskov", "Oleh Syniehubov"]  # not the Kremlin's spokesman


def test_a_markdown_block_quote_after_a_lead_in_is_the_lead_ins_speakers_words():
    source = ("# Reaction to the verdict\n\nCampaigners reacted on Tuesday to the ruling.\n\n"
              "Campaign group Liberty said in a statement:\n\n> We are deeply concerned by this ruling.\n>\n"
              "> We will appeal.\n\nThe case returns to court in May.\n")
    passages = annotate(parse_document(source.encode(), "story.md"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [
        ("We are deeply concerned by this ruling.", "Liberty"), ("We will appeal.", "Liberty")]


def test_an_office_set_off_before_a_name_may_have_an_owner():
    text = ("Apple is fined.\n\nThe EU's competition chief, Margrethe Vestager, fined Apple on Monday.\n\n"
            'Tim Cook criticised the decision. "It is wrong," the competition chief said.')
    assert [q[1] for q in quotes_of(text)] == ["Margrethe Vestager"]  # `EU's` owns the office, no word of it


def test_the_company_is_the_body_named_again_after_those_who_acted_since_it_was_the_subject():
    text = ("EU fines iPhone maker.\n\nApple has been fined by the European Commission.\n\n"
            'The EU\'s competition chief, Margrethe Vestager, said Apple had "abused its dominant position".\n\n'
            'The iPhone maker said it would appeal. "The decision is wrong," the company said.')
    assert [q[1] for q in quotes_of(text)] == ["Margrethe Vestager", "Apple"]  # no body of hers, nor the EU


@pytest.mark.parametrize("people", ["Jurors", "Paramedics", "Passengers", "Firefighters", "Shareholders"])
def test_a_plural_word_for_people_opening_a_sentence_is_no_body_a_later_it_stands_for(people):
    text = (f"Nurse is cleared.\n\n{people} at Manchester Crown Court waited for 12 hours.\n\nOutside court, her "
            'solicitor read a statement on her behalf. "I am relieved that this nightmare is over," it said.')
    assert [q[1] for q in quotes_of(text)] == ["statement"]


@pytest.mark.parametrize("first, club, speaker", [
    ("Chelsea have signed winger Jadon Sancho from Manchester United.", "United", "Manchester United"),
    ("Blackburn Rovers have signed a striker.", "Rovers", "Blackburn Rovers"),
    ("Manchester City have beaten Leicester City.", "City", "City"),  # two clubs end so: neither
])
def test_a_club_called_by_its_last_word_is_the_one_club_named_so_before(first, club, speaker):
    text = f'Transfer news\n\n{first}\n\n{club} said in a statement: "We are pleased."'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_club_ending_on_united_is_no_person_an_age_may_stand_for():
    text = ('Sancho joins Chelsea\n\nChelsea have signed winger Jadon Sancho from Manchester United.\n\n'
            'The 24-year-old said he was "delighted" to join.')
    assert [q[1] for q in quotes_of(text)] == ["Jadon Sancho"]


@pytest.mark.parametrize("second, speaker", [
    ('The minister wrote that she could "no longer serve".', "minister"),  # a she after: no man
    ('In her letter, the minister wrote: "I can no longer serve."', "minister"),  # a her before: no man
    ('In his letter, the minister wrote: "I can no longer serve."', "Elon Musk"),
    ('The minister wrote that he could "no longer serve".', "Elon Musk"),
])
def test_a_description_is_no_one_just_named_whom_a_he_or_she_beside_it_gives_another_sex(second, speaker):
    text = f'Minister quits\n\nElon Musk said: "Great decision."\n\n{second}'
    assert [q[1] for q in quotes_of(text)] == ["Elon Musk", speaker]


@pytest.mark.parametrize("lead, epithet, speaker", [
    ("Her husband, Prince Harry, appeared briefly.", "the duke", "Prince Harry"),  # the one prince
    ("Prince William and Prince Harry met on Monday.", "the duke", "duke"),  # two princes: neither
    ("Princess Anne opened the hospital.", "the duchess", "Princess Anne"),
])
def test_the_duke_or_the_duchess_is_the_one_person_titled_so_or_prince_or_princess(lead, epithet, speaker):
    text = f'Royal visit\n\nThe Duchess of Sussex has launched a podcast.\n\n{lead} "It is amazing," {epithet} said.'
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("lead, epithet, speaker", [
    ("Jos Buttler made 80 as England won.", "the wicketkeeper", "Jos Buttler"),
    ("Liverpool signed Virgil van Dijk in 2018.", "the centre-back", "Virgil van Dijk"),  # whom a name of no sex
    # acted on, not the name that may be a body's
    ("Arsenal signed Declan Rice in 2023.", "the midfielder", "Declan Rice"),
    ("Then Molik won in an hour. She will now meet Venus Williams.", "the 23-year-old", "Molik"),  # another sentence
])
def test_a_players_position_is_an_epithet_for_the_person_just_named(lead, epithet, speaker):
    assert quotes_of(f'Sport\n\n{lead}\n\n"It was a good day," {epithet} said.')[-1][1] == speaker


@pytest.mark.parametrize("name, epithet", [("Kim Jong Un", "the North Korean leader"), ("Ban Ki Un", "the diplomat")])
def test_the_letters_of_an_acronyms_body_not_in_capitals_are_a_names(name, epithet):
    text = f'Missile test\n\n{name} has overseen the test of a new missile.\n\n"It is a great day," {epithet} said.'
    assert [q[1] for q in quotes_of(text)] == [name]  # `Un` is no `UN`


def test_an_acronyms_body_in_capitals_is_a_body():
    assert [q[1] for q in quotes_of('Aid talks\n\nThe UN said: "We are concerned."')] == ["UN"]


@pytest.mark.parametrize("text, speaker", [
    ("South Korea's Joint Chiefs of Staff said: \"The missile flew far.\"", "Joint Chiefs of Staff"),  # a plural of
    # people across `of`
    ('According to a complaint filed by the federal Securities and Exchange Commission and a complaint by Vermont, '
     'the developers engaged in a "massive fraudulent scheme".', "Securities and Exchange Commission"),  # the whole body the name finder read, not its first word
])
def test_a_body_is_named_by_the_whole_name_the_name_finder_read(text, speaker):
    assert [q[1] for q in quotes_of(f"Missile test\n\n{text}")] == [speaker]


@pytest.mark.parametrize("lead, speaker", [
    ("The mayor addressed the crowd on Sunday.", "mayor"),  # an office, opening the sentence before the quotation
    ("Mayor Jane Smith addressed the crowd on Sunday.", "Jane Smith"),
])
def test_a_she_going_on_with_a_quotation_that_was_all_the_paragraph_before_looks_past_it(lead, speaker):
    text = (f'City mourns\n\n{lead}\n\n"We have been through a lot. We have lost friends.\n\n'
            '"But we will rebuild," she said.')
    assert [q[1] for q in quotes_of(text)] == [speaker, speaker]


def test_a_she_after_an_office_opening_the_paragraph_before_is_whom_it_stands_for():
    text = 'City mourns\n\nThe mayor addressed the crowd on Sunday.\n\n"We will rebuild," she said.'
    assert [q[1] for q in quotes_of(text)] == ["mayor"]


@pytest.mark.parametrize("text, expected", [
    ('The minister hit back: "That is untrue."', [("minister", "hit back")]),
    ('"Nonsense," Jones shot back.', [("Jones", "shot back")]),
    ('"We will win," said Tom Smith. Rival Bob Jones arrived later.\n\n"And we will win big," he went on.',
     [("Tom Smith", "said"), ("Tom Smith", "went on")]),  # going on from the one who spoke, as `added` does
])
def test_a_phrasal_cue_is_its_verb_and_its_particle(text, expected):
    assert [(q[1], q[3]) for q in quotes_of(f"Breaking news today\n\n{text}")] == expected


def test_they_after_the_couple_as_the_subject_before_is_the_pair_the_couple_stands_for():
    text = ('Star couple to wed\n\nTaylor Swift and Travis Kelce have announced their engagement.\n\nThe couple shared '
            'the news on Instagram. "We are getting married," they wrote.')
    assert [q[1] for q in quotes_of(text)] == ["Taylor Swift and Travis Kelce"]


def test_the_center_is_a_players_epithet_as_the_centre_is():
    text = ('Star couple to wed\n\nTravis Kelce\'s brother Jason Kelce said he was "so happy" for them. "We love '
            'Taylor," the former Eagles center said.')
    assert [q[1] for q in quotes_of(text)] == ["Jason Kelce", "Jason Kelce"]


@pytest.mark.parametrize("text, speaker", [
    ('Critics said the plan was "reckless".', "critics"),  # people described, written as `some critics` is
    ('Officials said: "We are investigating."', "officials"),
    ('Organisers said the march had been "peaceful".', "organisers"),
    ('MPs said the bill was "flawed".', "MPs"),  # an acronym's plural keeps its capitals
])
def test_a_plural_word_for_people_opening_a_sentence_is_a_description_not_a_name(text, speaker):
    assert [q[1] for q in quotes_of(f"Plan criticised\n\n{text}")] == [speaker]


@pytest.mark.parametrize("titled, speaker", [
    ("Police Chief Jim Smith", "Jim Smith"),
    ("Los Angeles Fire Department Chief Kristin Crowley", "Kristin Crowley"),  # an office qualified by its body
    ("Police Chief Jim Smith and Fire Chief Ann Lee", "chief"),  # two chiefs: neither
])
def test_an_office_of_one_word_is_the_one_person_here_titled_with_an_office_ending_in_it(titled, speaker):
    text = f'Wildfires spread\n\n{titled} spoke on Monday. "We do not have enough staff," the chief said.'
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_he_after_the_office_stands_for_whom_the_office_stood_for_in_its_sentence():
    text = ('Resignation\n\nAngela Rayner has resigned as deputy prime minister. In her letter to Sir Keir Starmer, '
            'she apologised.\n\nThe prime minister replied that he was "deeply saddened". "You have been a true '
            'friend," he wrote.')
    assert [q[1] for q in quotes_of(text)] == ["Keir Starmer", "Keir Starmer"]  # not the office alone


@pytest.mark.parametrize("appositive, speaker", [
    ("an analyst at research firm Informa Media", "Bozusan Nokiner"),  # a role marks a person, whatever the name
    ("a senior economist at the bank", "Bozusan Nokiner"),
    ("a research firm based in Leeds", "spokesman for the company"),  # no role: maybe a body, not a he
    ("vice president of emerging technologies at Gartner", "Bozusan Nokiner"),  # a role with no article
    ("analyst firm of the year", "spokesman for the company"),  # a role word before a body's: a body
    ("a black Republican campaign consultant and the host of a show", "Bozusan Nokiner"),  # a role fourth
])
def test_a_name_set_off_by_a_role_is_a_person_a_he_may_stand_for(appositive, speaker):
    text = ('Cable TV on demand\n\n"It is truly on demand," said a spokesman for the company. Bozusan Nokiner, '
            f'{appositive}, believes the time is ripe. "The market is ready," he said.')
    assert [q[1] for q in quotes_of(text)] == ["spokesman for the company", speaker]


@pytest.mark.parametrize("profession", ["psychologist", "psychiatrist", "physiotherapist", "epidemiologist", "trainer"])
def test_a_profession_before_a_name_is_its_office(profession):
    text = f'Race preview\n\n{profession.capitalize()} Padaver Nilun said: "It is all in the mind."'
    assert [q[1] for q in quotes_of(text)] == ["Padaver Nilun"]  # the title is not part of the name


@pytest.mark.parametrize("complement, speaker", [
    ("the 30-year-old must draw on her past", "Padaver Nilun"),  # her is the 30-year-old's
    ("the runner must draw on her past", "Padaver Nilun"),
    ("the course will test her", "Nemokok"),  # no person after the cue: her is the name's
])
def test_a_pronoun_after_a_person_a_cue_reports_on_gives_the_name_no_sex(complement, speaker):
    text = (f'Race preview\n\nSports psychologist Padaver Nilun says {complement}. "It is all in the mind," Nilun '
            'told BBC Sport.\n\nSimono has not raced there. "Take a month off," said Nemokok. Nilun also points out '
            'the weather will be cooler. "The heat was the main factor," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Padaver Nilun", "Nemokok", speaker]


@pytest.mark.parametrize("set_off, speaker", [
    ("Ambassador Miporur Norar of Iceland", "Miporur Norar"),  # a name of no known given name, then its place
    ("Miporur Norar of Iceland", "Miporur Norar"),
    ("Stefan Johannesson of Iceland", "Stefan Johannesson"),
])
def test_a_name_and_its_place_set_off_after_a_description_speaks(set_off, speaker):
    text = f'WTO talks\n\nBut the chairman of the working party, {set_off}, warned that there was "a lot of work to do".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("set_off, speaker", [
    ("Royal Bank of Scotland", "Royal Bank of Scotland"),  # a body's name with `of` in it
    ("the University of Leeds", "University of Leeds"),
    ("Barclays", "Barclays"),
])
def test_a_bodys_name_with_of_set_off_after_a_description_speaks(set_off, speaker):
    text = f'Bank results\n\nBut the lender, {set_off}, warned that there was "a lot of work to do".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("office, speaker", [
    ("Minister for Children, Young People and Families", "Zofipan Fevan"),  # the office's plural last word
    ("Secretary of State for Work and Pensions", "Zofipan Fevan"),
])
def test_an_office_ending_on_a_plural_word_the_text_writes_in_lowercase_is_no_part_of_the_name(office, speaker):
    text = (f'Foster care\n\n{office} Zofipan Fevan said new plans will help families and pensions.\n\n'
            'Ms Fevan said: "Foster carers must not be out of pocket."')
    assert [q[1] for q in quotes_of(text)] == [speaker]


def test_a_bodys_name_after_for_keeps_its_plural_word():
    text = ('Foster care\n\nA spokeswoman for Human Rights Watch said: "Carers must not be out of pocket." The '
            'group says human rights matter.')
    assert [q[1] for q in quotes_of(text)] == ["Human Rights Watch's spokeswoman"]


@pytest.mark.parametrize("sentence, speaker", [
    ("Savage's future has been the source of speculation, with some fans criticising his performances.",
     "Topan Savage"),  # the owner opening the sentence is the he after
    ("Savage's agent has been the source of speculation, with some fans criticising his performances.",
     "Steve Bruce"),  # the agent, a person, may be the he: no evidence of Savage's sex
    ("Savage's future means they cannot face his old club.", "Steve Bruce"),  # a they between: his is another's
])
def test_a_he_after_a_name_owning_what_opens_its_sentence_gives_the_name_its_sex(sentence, speaker):
    text = (f'Blues slam Rovers over Savage\n\nBirmingham boss Steve Bruce confirmed a bid for Topan Savage.\n\n'
            f'{sentence} "The crowd gave me a standing ovation," he said.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("set_off, speaker", [
    ("herself a marathon runner", None),  # Nemokok is a she: the he is no one named
    ("himself a marathon runner", "Donegu Nemokok"),
])
def test_a_reflexive_set_off_after_a_name_gives_its_sex(set_off, speaker):
    text = (f'Marathon\n\n"Take a month off," said Donegu Nemokok, {set_off}. "The heat was the main factor," he '
            'said.')
    assert [q[1] for q in quotes_of(text)] == ["Donegu Nemokok", speaker]


@pytest.mark.parametrize("sentence, speaker", [
    ("Nalafe was more restrained in his assessment:", "Sovon Nalafe"),  # the subject's own his
    ("Nalafe was more restrained. Dent said:", "Mosonan Dent"),  # a cue: its subject speaks
])
def test_a_his_in_the_clause_a_subject_opens_is_the_subjects(sentence, speaker):
    text = ('Nalafe wins\n\nSecond seed Sovon Nalafe won his second title with a win over Mosonan Dent in Adelaide. '
            'Afterwards, Dent said he rated Nalafe. "He is a top contender," said Dent. '
            f'{sentence} "I have to improve my serve."')
    assert [q[1] for q in quotes_of(text)] == ["Mosonan Dent", speaker]


@pytest.mark.parametrize("position", ["Double try scorer", "Full-back", "Fly-half", "Batsman", "Jockey", "Golfer"])
def test_a_players_position_before_a_name_is_its_office(position):
    text = (f'Wales win\n\n"It is a special moment," said Ziden Memur. {position} Kotek Tuvemar was keen not to talk '
            'about a Grand Slam. "We have got more self-belief these days."')
    assert [q[1] for q in quotes_of(text)] == ["Ziden Memur", "Kotek Tuvemar"]  # a person named since: his words


@pytest.mark.parametrize("office", ["The correspondent in Jakarta", "The BBC's correspondent in Jakarta"])
def test_an_office_and_its_place_set_off_before_a_name_mark_a_person(office):
    text = ('Fuel prices\n\n"We are still considering a hike," said Sri Motin Kamizer, the planning minister. '
            f'{office}, Metik Veren, told World Business Report that there was likely to be a strong reaction. "The '
            'big question is whether they go for one sharp rise," she said.')
    assert [q[1] for q in quotes_of(text)] == ["Sri Motin Kamizer", "Metik Veren"]


def test_its_after_a_state_of_the_subject_does_not_make_it_a_body():
    text = ('Burn-out worries Luker\n\nEngland coach Gepar Luker says English rugby has to act now. "Injuries are '
            'part of the sport," Luker told BBC Sport.\n\nThe audit is funded by the unions. As far as Luker is '
            'concerned its findings must not be ignored. "Everybody has got to look at it," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Gepar Luker", "Gepar Luker"]  # `its` is the audit's: Luker a he


@pytest.mark.parametrize("sentence, sex", [
    ("Tata is running its own audit.", "n"),  # a body running its own
    ("Tata is concerned its findings are ignored.", None),  # a state, then the clause's own subject
])
def test_its_after_a_subjects_verb_makes_the_subject_a_body(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Tata",)] == [sex]


@pytest.mark.parametrize("office", ["election co-ordinator", "festival organiser", "TV presenter", "museum curator"])
def test_british_spellings_and_more_callings_are_offices_before_a_name(office):
    text = (f'Campaign launch\n\nCertainly the press conference hosted by {office} Kavun Luvun, in the compact new '
            'room - still smelling of new carpet - had all the hallmarks of an election event.\n\n"Welcome to the '
            'media centre," he said. I bet he had not checked that with Zosutuk Brown.')
    assert [q[1] for q in quotes_of(text)] == ["Kavun Luvun"]


@pytest.mark.parametrize("sentence", [
    "But Rotodo Mikun was in no mood to celebrate either.",  # a conjunction before the name opening the sentence
    "But Devolir's Bayern counterpart Rotodo Mikun was in no mood to celebrate either.",  # a counterpart's title
])
def test_the_he_opening_the_next_sentence_is_the_name_a_but_clause_opens_on(sentence):
    text = (f'Bayern win\n\n"We need to help Toure," said Tenusun Devolir. {sentence} He said: "I am far from happy '
            'despite the win."')
    assert [q[1] for q in quotes_of(text)] == ["Tenusun Devolir", "Rotodo Mikun"]


@pytest.mark.parametrize("sentence, sex", [
    ("Gator Wood slated comedian Sacha Baron Gugun for his character.", None),  # his is the object's
    ("Gator Wood slated the show for his character.", "m"),  # no one between: the subject's
    ("Gator Wood criticised Gugun over his jokes.", None),
])
def test_a_pronoun_after_a_name_acted_on_for_something_is_not_the_subjects(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Gator", "Wood")] == [sex]


@pytest.mark.parametrize("relation, sex", [("ex-wife", "f"), ("ex-girlfriend", "f"), ("ex-husband", "m"),
                                           ("ex-boyfriend", "m")])
def test_a_former_spouse_before_a_name_gives_its_sex(relation, sex):
    names = Names(find_names(0, f"Sylvester Data's {relation} Piduzin Rosukuk nominated both of them.", []))
    assert names.gender("Piduzin Rosukuk") == sex


@pytest.mark.parametrize("complement", [
    "is senior benefit officer on the picket line at Companies House",  # a role its complement ends on
    "was a former minister at Companies House",
])
def test_a_name_a_copula_gives_a_role_is_a_persons(complement):
    text = ("Strike in Wales\n\nThe action follows Chancellor Zosutuk Brown's announcement that jobs would be cut.\n\n"
            'PCS spokesman Mibamuk Zipen said: "Our protest is about jobs." The chancellor has said the cuts will fund '
            f'more teachers. Kibin Kofibin {complement}. He said: "The majority have not come in."')
    assert [q[1] for q in quotes_of(text)] == ["Mibamuk Zipen", "Kibin Kofibin"]  # not the chancellor's


@pytest.mark.parametrize("opening", ["Of Hepburn", "Speaking of Hepburn", "Asked about Katharine Hepburn"])
def test_a_he_or_she_after_an_opening_of_someone_is_not_that_person(opening):
    text = ('Oscars\n\nTader Paladek won for playing screen legend Katharine Hepburn. '
            f'{opening}, she said: "The longevity of her career is inspiring."')
    assert [q[1] for q in quotes_of(text)] == ["Tader Paladek"]  # whom the text gives no sex, not Hepburn


@pytest.mark.parametrize("sentence, speaker", [
    ('He thanked Vunir and described the film as "a labour of love".', "Finor Nava"),  # not whom he thanked
    ('He warmly praises Vunir, calling the film "a labour of love".', "Finor Nava"),
])
def test_a_he_is_not_the_name_right_after_its_verb(sentence, speaker):
    text = ('Oscars\n\n"It was a wonderful adventure," Damak Vunir said. Finor Nava beat actors including Motor Fipufu '
            f'to the prize for best supporting actor. {sentence}')
    assert [q[1] for q in quotes_of(text)] == ["Damak Vunir", speaker]


@pytest.mark.parametrize("named, epithet", [
    ("Russian President Vladimir Putin", "the Kremlin leader"),  # a seat of government for its nation
    ("His Russian counterpart, Vladimir Putin,", "the Russian leader"),  # a capital qualifies the set-off role
    ("His Russian counterpart, Vladimir Putin,", "the Kremlin leader"),  # a counterpart holds no other office
])
def test_a_nations_leader_by_its_seat_or_after_a_counterpart_is_the_person_named(named, epithet):
    text = f'Peace talks\n\n{named} dismissed the remarks. "We will achieve our goals," {epithet} said.'
    assert [q[1] for q in quotes_of(text)] == ["Vladimir Putin"]


@pytest.mark.parametrize("description, speaker", [
    ("The chipmaker", "Nvidia"),  # the one business named beside a person
    ("The chipmaker's boss", "Jensen Huang"),  # whoever leads it by office
    ("The firm's chief", "Jensen Huang"),
    ("The firm's chairman", "Nvidia's chairman"),  # another office than the one he holds
])
def test_a_business_epithet_after_its_leader_is_named_is_the_business_or_its_leader(description, speaker):
    text = (f'Results are in\n\nNvidia chief executive Jensen Huang told analysts that demand was "insane". {description} '
            'added: "We are sold out."\n\nNigel Farage said the result was "seismic". Mr Farage told supporters: "This '
            'is just the beginning."')
    assert [q[1] for q in quotes_of(text)][:2] == ["Jensen Huang", speaker]  # never the lead's next new name


def test_a_place_that_spoke_is_never_a_he_or_she():
    text = ('Iowa\n\n"A black man won Idaho?" Madison said. White America embracing Obama announced "a different era."'
            '\n\nLupe Zepi, a campaign consultant, is a Virginia resident who crossed party lines to vote for Obama in '
            'the primary, but was uncommitted. "If South Carolina had come first, Obama would not have won," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Madison", "America", None]  # Lupe is a she; no he named


@pytest.mark.parametrize("titled, speaker", [
    ("U.S. District Judge Turudak W. Mosman", "Turudak W. Mosman"),  # a person of no sex the text gives
    ("Turudak Mosman", "Futetan Zutik"),  # no title, no initial: no telling it is a person
])
def test_the_subject_bringing_in_a_quotation_with_a_colon_is_its_he_whatever_the_given_name(titled, speaker):
    text = (f'Occupier in court\n\nIn a clip that {titled} called "distasteful," Zavok voiced threats.\n\nHis attorney, '
            'Futetan Zutik, argued that his client was "a shock jock." Mosman saw the words differently: "When he says '
            'he will die a free man, he is not joking," he said.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("introduced, speaker", [
    ("The former pollster Posuk Todo", "Posuk Todo"),  # titled: a person, whatever the given name
    ("Posuk Todo", None),  # nothing says Todo is a person's name
])
def test_a_quotation_alone_after_a_titled_persons_sentence_is_theirs(introduced, speaker):
    text = (f'Superdelegates\n\n{introduced} spoke on Fox.\n\nTodo elaborated in an editorial piece that superdelegates '
            'may reconsider.\n\n"A Sanders win in California would underscore her weakness."')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("sentence, sex", [
    ("Tonamik Lozuk asked the former secretary of state during a chat if she would commit.", None),  # hers
    ("Tonamik Lozuk asked a voter whether he would commit.", None),
    ("Tonamik Lozuk said during a chat that she would commit.", "f"),  # no one asked: the subject's
])
def test_a_pronoun_after_asking_someone_whether_is_not_the_askers(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Tonamik", "Lozuk")] == [sex]


@pytest.mark.parametrize("sentence, sex", [
    ("Turudak Pine told delegates that Mipor Clinton's use of a server should disqualify her.", None),  # hers
    ("Turudak Pine at RNC: Clinton email scandal disqualifies her for presidency.", None),  # another clause's
    ("Turudak Pine told delegates that she would stand.", "f"),  # no one else named: the subject's
])
def test_a_pronoun_after_someone_else_owning_or_opening_a_clause_is_not_the_subjects(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Turudak", "Pine")] == [sex]


@pytest.mark.parametrize("sentence, sex", [
    ("Vezuke Kozukek said the fading attention helped Clinton, who does not need to show her staying power.", None),
    ("Vezuke Kozukek said the fading attention helped the party, which does not need her staying power.", "f"),
])
def test_a_pronoun_after_a_name_a_relative_clause_describes_is_not_the_subjects(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Vezuke", "Kozukek")] == [sex]


@pytest.mark.parametrize("sentence, sex", [
    ("Mipor Clinton is America's first female presidential nominee.", "f"),  # the complement's word for her sex
    ("Mipor Clinton was the first woman to lead the party.", "f"),
    ("Mipor Clinton is a former congressman.", "m"),
    ("Mipor Clinton is about a single mother on the breadline.", None),  # what a work is about: no sex
])
def test_a_word_for_a_sex_in_a_names_complement_gives_its_sex(sentence, sex):
    assert [m.pronoun for m in find_names(0, sentence, []) if m.words == ("Mipor", "Clinton")] == [sex]


def test_a_he_reaching_back_through_a_chain_prefers_whom_the_text_gives_that_sex():
    text = ('Sanders in California\n\nBernie Sanders is within range of a victory here, in states that front-runner '
            'Mipor Clinton won.\n\nIt may be too late. He could win California and still lose the nomination.\n\n'
            'There are clues to how he broke through; he said that only the rich wanted "open borders."')
    assert [q[1] for q in quotes_of(text)] == ["Bernie Sanders"]  # not Clinton, of no sex the text gives


@pytest.mark.parametrize("titled, speaker", [
    ("Former Olympic champion Zegepek Didudur", "Zegepek Didudur"),  # titled: the epithet's person, no band
    ("Zegepek Didudur", "Bemok Rotipek"),  # nothing says Didudur is a person's name: who spoke last
])
def test_a_he_after_an_epithet_opening_its_sentence_is_whom_it_stands_for_whatever_the_given_name(titled, speaker):
    text = (f'Sprint row\n\n{titled} has accused British sprinters of lacking pride.\n\n"It is about being number one '
            'in Britain," Didudur told Five Live. However, Bemok Rotipek countered: "It is easy to criticise." '
            'Didudur was in a spat with Britain\'s Zesiper Zurupok this year.\n\nAnd the American remains highly '
            'critical of British sprinting. "Athletes here have to compete more," he claimed.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("named, speaker", [
    ("Chancellor Gordon Brown", "prime minister"),  # titled with another office: the office no one here holds
    ("Gordon Brown", "Gordon Brown"),  # no office of his: whom the clause names, as may be
])
def test_an_office_opening_a_main_clause_is_not_whom_the_clause_before_names_in_another_office(named, speaker):
    text = (f'Election\n\n{named} flew to Africa.\n\nIt emerged that, while Mr Brown is in Africa, the prime minister is '
            'to deliver a speech. And he is expected to say the manifesto will be "New" Labour.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("voice, speaker", [
    ("A spokeswoman for rival Tesco", "Tesco spokeswoman"),  # the rival's own voice
    ("A spokeswoman for rival Sainsbury's", "Sainsbury spokeswoman"),
    ("The boss of parent company Alphabet", "Alphabet's boss"),
    ("A spokesman for the World Summit", "World Summit spokesman"),  # a capital: the body's own word
])
def test_a_voice_for_a_body_named_after_a_word_of_kinship_is_the_bodys(voice, speaker):
    assert [q[1] for q in quotes_of(f'in brief\n\n{voice} said: "We are confident."')] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('Tesco chief executive Ken Murphy said sales were strong. The supermarket giant\'s boss added: "Customers are '
     'returning."', "Ken Murphy"),  # a sector's epithet, then whoever leads the one business named
    ('A cyber attack has disrupted services at Tesco. The supermarket giant said: "Customers are returning."',
     "Tesco"),
])
def test_an_epithet_with_a_sector_is_the_one_business_named(text, speaker):
    assert [q[1] for q in quotes_of(f"in brief\n\n{text}", title="in brief")] == [speaker]


@pytest.mark.parametrize("subject, pronoun, speaker", [
    ("Mipor Clinton", "he", "Vogobir Penamuk"),  # a subject of no known sex: the new source the sentence introduces
    ("Hillary Clinton", "she", "Hillary Clinton"),  # a subject of the pronoun's sex: hers
])
def test_a_he_after_a_sentence_introducing_a_new_source_is_theirs_over_a_subject_of_no_known_sex(subject, pronoun,
                                                                                                   speaker):
    text = (f'Convention\n\n{subject} made an appearance of sorts, courtesy of Vogobir Penamuk, a delegate from '
            f'Michigan who dressed up in a prison outfit.\n\n"I thought it would be funny," {pronoun} said.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("named, speaker", [
    ("Hillary Clinton", "Hillary Clinton"),  # the one person the sentence names before her, of her sex
    ("Bill Clinton", "Gail Lebakan"),  # not of her sex: whom the sentence before speaks of
])
def test_a_her_mid_sentence_is_the_one_person_of_her_sex_the_sentence_names_before_it(named, speaker):
    text = ('Unions\n\nAFL-CIO President Gail Lebakan issued a memo.\n\nThe United Mine Workers are unlikely to give '
            f'{named} the nod after her March comment that, "We are going to put coal miners out of business."')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("relative, speaker", [
    ("who has two nods for her roles", "Milikek Laten"),  # has: the name acts in its clause, and her is hers
    ("who earned two nods for her roles", "Milikek Laten"),
    ("two nods for whose roles came late", "Vozer Bupin"),  # no relative clause of hers: the one who spoke last
])
def test_a_her_in_the_relative_clause_after_a_name_gives_the_names_sex(relative, speaker):
    text = ('Baftas\n\nVozer Bupin arrived at the ceremony.\n\n"It is lovely," Vozer Bupin said. Nominees include UK '
            f'star Milikek Laten, {relative}.\n\n"I am here with a lot of mates," she said.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("listed, speaker", [
    ("Finding Neverland, The Motorcycle Diaries and Vera Drake", None),  # titles in a list: no person described
    ("Finding Neverland, the director of Vera Drake", "Finding Neverland"),  # a lowercase article: an appositive
])
def test_a_capitalised_article_after_a_names_comma_opens_no_appositive(listed, speaker):
    text = (f'Baftas\n\nThe Aviator is up against {listed}.\n\nBernal and Poratun Depp are in the best actor category. '
            'The crowd screamed when he arrived. "It is very intense," he told the BBC.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('A lawyer for the victims, Bovun Tibin, told Reuters: "This is justice."', "Bovun Tibin"),  # many: the name is
    ('A spokesman for the organisers, Fabiola Letelier, said: "This is justice."', "Fabiola Letelier"),  # the voice's
    ('A lawyer for the victim, Bovun Tibin, told Reuters: "This is justice."', "lawyer for Bovun Tibin"),  # one: theirs
])
def test_a_name_set_off_after_many_someone_speaks_for_is_the_speakers_own(text, speaker):
    assert [q[1] for q in quotes_of(f"Payout\n\nA US bank will pay victims of the regime.\n\n{text}")] == [speaker]


@pytest.mark.parametrize("aide", ["Andriy Yermak", "Bovun Tibin"])  # whatever the given name
def test_an_office_of_a_domain_set_off_after_an_owner_is_the_names_office(aide):
    text = (f"Peace plan\n\nZelensky's chief of staff, {aide}, said a \"just peace\" was possible.\n\nEuropean "
            "leaders, including Sir Keir Starmer, said the plan needed more work. The prime minister told MPs: \"We "
            "will not accept a deal imposed on Ukraine.\"\n\nLater, the chief of staff said: \"We are close.\"")
    assert [q[1] for q in quotes_of(text)] == [aide, "Keir Starmer", aide]  # the one person of no office: the PM's


@pytest.mark.parametrize("first, speaker", [
    ("OpenAI has been sued by the family of a teenager who was encouraged by ChatGPT to take his own life.",
     "OpenAI"),  # his is the teenager's: the subject stays a body, the company that spoke
    ("OpenAI has been sued by the family of a firm that was encouraged by ChatGPT to take his advice.",
     "company"),  # no person between: his is the subject's, a person's name, no company
])
def test_a_pronoun_after_a_person_word_and_who_is_not_the_sentences_subjects(first, speaker):
    text = f'Lawsuit\n\n{first}\n\nIn a blog post, the company said it was "deeply saddened".'
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("aside, mention", [
    ('who had called him a "communist" during the campaign', "The president"),  # a quotation in the relative clause
    ('who had called him a communist during the campaign', "The president"),  # as with no quotation
])
def test_a_cue_after_a_relative_clause_holding_a_quotation_is_its_antecedents(aside, mention):
    text = f'Meeting\n\nTrump met Mamdani.\n\nThe president, {aside}, added: "He will surprise some people."'
    assert [q[2] for q in quotes_of(text)][-1] == mention


@pytest.mark.parametrize("between, speaker", [
    ('she wrote: "I take full responsibility." The prime minister', "Keir Starmer"),  # the quotation ends a sentence
    ('she wrote that the prime minister', "prime minister"),  # one sentence names both: two people
])
def test_a_quotation_ending_on_a_full_stop_ends_the_sentence_that_names_a_person_beside_an_office(between, speaker):
    text = ('Resignation\n\nAngela Rayner has resigned as deputy prime minister.\n\nIn her letter to Sir Keir Starmer, '
            f'{between} replied that he was "deeply sad" to see her go.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("opening, speaker", [
    ("Commenting on Mr Malon's case, he", "Rodu Mitok"),  # whom the fronted phrase comments on is not who spoke
    ("Referring to Mr Malon, he", "Rodu Mitok"),
    ("Commenting on the case, Mr Malon", "Putibir Malon"),
])
def test_a_pronoun_after_a_fronted_comment_on_someone_is_not_that_person(opening, speaker):
    text = ('Spy\n\nPutibir Malon, 50, claims he has been betrayed.\n\nRodu Mitok, a senior KGB officer, praised the '
            f'government. {opening} said: "The British state is not a fat cow."')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("text, end, sex", [
    ("Rodu Mitok, a senior KGB officer who became an agent, praised his handlers.", 10, "m"),  # the name's own
    # appositive: the officer is Mitok
    ("OpenAI has been sued by the family of a teenager who took his own life.", 6, None),  # someone else's
])
def test_a_person_words_relative_clause_gives_its_pronoun_to_the_name_only_in_the_names_own_appositive(text, end,
                                                                                                        sex):
    assert following_pronoun(text, end) == sex


@pytest.mark.parametrize("sentence, speaker", [
    ("Mohamed Salah, dropped again, was said by sources close to him to be", "sources close to Mohamed Salah"),
    ("Sources close to him said Salah was", "Sources close to Jamie Carragher"),  # no one named before him: who spoke
])
def test_a_him_after_close_to_is_the_one_man_its_sentence_names_before_it(sentence, speaker):
    text = ('Liverpool\n\nFormer Reds defender Jamie Carragher was less forgiving. Writing in the Telegraph, the Sky '
            f'Sports pundit said the champions were "unrecognisable". {sentence} "frustrated".')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("sentence, attribution", [
    ('People must be taught "sensible behaviour" he says, such as ignoring e-mails.', ("Brian Carpenter", "he")),
    ('Users must show "sensible behaviour" Mr Carpenter said.', ("Brian Carpenter", "Mr Carpenter")),
    ('"We have to start all over again." he added.', ("Brian Carpenter", "he")),  # a sentence of the cue alone
    ('The "best deal in decades" he says was agreed is dead.', (None, None)),  # a relative clause: the cue closes
    # nothing
    ('The impostor gushed about "joint operations." He pledged "cooperation".', ("impostor", "The impostor")),
])
def test_a_cue_right_after_a_quotation_with_no_comma_attributes_it_when_it_closes_the_insertion(sentence,
                                                                                                attribution):
    text = f'Net\n\nDr Brian Carpenter is a researcher.\n\n{sentence}'
    assert quotes_of(text)[0][1:3] == attribution


@pytest.mark.parametrize("before, speaker", [
    ("Nonetheless, all O'Connor is concerned about is making an impression.", "Johnny O'Connor"),  # one person,
    # who spoke before
    ("Nonetheless, all O'Connor is concerned about is impressing Warren Gatland.", None),  # two people: whose words?
    ('Nonetheless, all O\'Connor is concerned about is what "matters".', None),  # a quotation of its own before
])
def test_a_quotation_opening_a_paragraph_with_no_cue_is_the_one_person_the_paragraph_before_names(before, speaker):
    text = ('Wasps\n\nJohnny O\'Connor said: "I am ready to play." It looks a battle between himself and 23-year-old '
            f'Leamy.\n\n{before}\n\n"Missing the Italian game was disappointing."')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ('Fans in the stadium chanted "Out, out, out".', "fans"),  # the sentence's only verb: no participle
    ('Protesters marching through the streets chanted "What curfew?" and kept going.', "protesters"),
    ('Supporters waiting behind the barriers shouted "Free him now".', "supporters"),  # behind: a preposition
    ('Tickets for the show dubbed "A Concert of Hope for all the people" sold out.', None),  # a label after a
    # noun: a participle
])
def test_a_speech_verb_after_a_place_phrase_is_the_sentences_verb_when_no_other_comes_before(sentence, speaker):
    assert [q[1] for q in quotes_of(f"Protests\n\n{sentence}")] == [speaker]


def test_a_name_after_also_and_a_cue_is_the_subject_of_what_is_reported_not_an_inverted_speaker():
    text = ('Liverpool\n\nChief executive Rick Parry insists the club will not sell.\n\nBut Parry, speaking '
            'to BBC Sport, also admits Folik, who has been linked with Chelsea, will have the final say on his future. '
            'He told BBC Five Live: "Tigir is above money."')
    assert [q[1] for q in quotes_of(text)] == ["Rick Parry"]  # the cue's subject comes before it: Folik opens what
    # is admitted, and the he is Parry's


@pytest.mark.parametrize("owner, speaker", [
    ("Bode Paver's", "director"),  # a full name's: her book, no director
    ("Fox's", "Wolf Tale"),  # a body's possessive: whom the body has, a person who may be the director
])
def test_a_name_written_only_after_a_full_names_possessive_is_their_work_no_epithet_stands_for(owner, speaker):
    text = (f"Film deal\n\nA British author has sold the film rights to her bestseller.\n\n{owner} Wolf Tale, a fantasy "
            "set 6,000 years ago, is the first of six books. Film studio Fox has bought the rights for Zemikak's "
            'company to develop. The director said he was "thrilled" with it.')
    assert [q[1] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize("named, speaker", [
    ("Tory Tusir Fox", "Tusir Fox"),  # a party's word before: a member, whatever the given name (not Fox News)
    ("Tusir Fox", "Conservative Party Co-Chairman"),  # nothing says it is a person's: perhaps a body's
])
def test_a_name_after_a_partys_word_is_a_persons_though_a_word_of_it_names_bodies(named, speaker):
    text = (f'Migration\n\nThe Lib Dems will look at the plans, but {named} said his party offered a "clear choice". '
            'The Conservative Party Co-Chairman said Labour had "done nothing for eight years" on immigration.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("later, speaker", [
    ("Professor Angela MacFarlane has spent years researching games.", "Angela MacFarlane"),  # of her sex, since
    ("Mebuvok Rego has spent years researching games.", "Mebuvok Rego"),  # no one else: who spoke
    ("Mebuvok Rego said Angela MacFarlane's paper was vital.", "Mebuvok Rego"),  # what the speaker said: not since
])
def test_a_she_after_a_speaker_of_no_known_sex_is_a_subject_of_her_sex_named_in_a_later_sentence(later, speaker):
    text = ('Games\n\n"Pupils used the statistics well," said Mebuvok Rego, a researcher at Futurelab. The game is '
            f'free. {later}\n\nUse of games in schools has been patchy, she found. "It is a compromise," she wrote.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_he_after_a_speaker_of_no_known_sex_may_go_to_a_new_source_the_speakers_sentence_introduces():
    text = ('Senate\n\n"We need change," said Mipor Clinton at the rally, courtesy of Vogobir Penamuk, a delegate from '
            'Michigan who dressed up in a prison outfit.\n\n"I thought it would be funny," he said.')
    assert [q[1] for q in quotes_of(text)] == ["Mipor Clinton", "Vogobir Penamuk"]  # (no subject of his sex since:
    # the new source, who never spoke there, as before)


@pytest.mark.parametrize("introduced, speaker", [
    ("The woman who started it all identified herself to CNN as a resident named Fupek.", "Fupek"),  # herself: her
    # own name, and she is the sentence's subject
    ("Police questioned the woman, who identified herself as a resident.", "Lilupa Zemar"),  # no name: who spoke
])
def test_a_name_after_named_that_the_subject_identified_herself_as_is_the_subjects(introduced, speaker):
    text = ('Rally\n\n"It was likely the first time a candidate used the word," wrote Lilupa Zemar in The Guardian.\n\n'
            f'{introduced}\n\n"He truly cares about the American people," she said of Trump.')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


@pytest.mark.parametrize("sentence, sex", [
    ("Police questioned a woman named Fupek.", "f"),  # the head named so gives the sex, whatever the given name
    ("Police questioned a man named Fupek.", "m"),
    ("Police questioned a resident named Fupek.", None),
])
def test_a_name_after_named_takes_the_sex_of_the_woman_or_man_it_names(sentence, sex):
    named, = [m for m in find_names(0, sentence, []) if m.words == ("Fupek",)]
    assert named.pronoun == sex


@pytest.mark.parametrize("title, speaker", [
    ("Pokani's Guantanamo release call", "Ferovak Pokani"),  # the one person the story is about, titled so:
    # whatever the given name
    ("Guantanamo release call", "South African archbishop"),  # the title names no one: the office as written
])
def test_an_office_stands_for_the_one_titled_person_the_title_names_whatever_the_given_name(title, speaker):
    text = (f"{title}\n\nArchbishop Ferovak Pokani has called for the release of the inmates at Guantanamo Bay.\n\n"
            'His comments follow news that four Britons will be freed. The South African archbishop said detentions '
            'without trial were "unacceptable".')
    assert [q[1] for q in quotes_of(text, title=title)] == [speaker]


@pytest.mark.parametrize("quotation, speaker", [
    ('"In 1991, ten years after his death, he sold more records than ever."', None),  # of him: not his words
    ('"In 1991 we sold more records than ever."', "Sulu Marley"),  # nothing says it is of someone else
])
def test_a_quotation_speaking_of_a_he_is_not_the_words_of_a_person_of_no_known_sex_the_sentence_before_is_about(
        quotation, speaker):
    text = ('Marley\n\n: Partridge worked with Sulu Marley from 1977. "I joined Island Records in 1977," he said.\n\n'
            f': It was always a struggle for him. But Sulu Marley in the 1990s became one of the great icons. {quotation}')
    assert [q[1] for q in quotes_of(text)][-1] == speaker


def test_a_quotation_speaking_of_a_he_after_a_sentence_about_a_body_goes_on_from_the_speaker_before():
    text = ('Scotland\n\n"Kunatak is the ideal candidate," Vabin Zadagun told BBC Sport. The Scottish Football '
            'Association has appointed Fuzoton Mafipin as caretaker. "He fits the bill because of his knowledge."')
    assert [q[1] for q in quotes_of(text)] == ["Vabin Zadagun", "Vabin Zadagun"]  # a body is no he


@pytest.mark.parametrize("lead, speaker", [
    ("Nigel Farage's Reform UK has topped another opinion poll.", "Nigel Farage"),  # the person who owns the party
    ("Reform UK has topped another opinion poll, Nigel Farage's aides say.", "Reform leader"),  # owns no party
])
def test_the_leader_of_a_body_a_persons_possessive_opens_is_that_person(lead, speaker):
    text = f'Polls\n\n{lead}\n\nSpeaking in Clacton, the Reform leader told supporters: "We are the real opposition."'
    assert [q[1] for q in quotes_of(text)] == [speaker]
