import codecs
from collections import Counter
from datetime import date

import pytest

from whosaid import UnreadableFile, annotate
from whosaid.ingest import find_files, kind_of, parse_document, parse_unnamed, read_document
from whosaid.ingest.decode import decode
from whosaid.ingest.text import split_paragraphs, without_page_furniture

from .conftest import SEED, write


@pytest.mark.parametrize("body, expected", [
    ("One.\n\nTwo\nwraps here.\n\n\nThree.", ["One.", "Two wraps here.", "Three."]),
    ("Line one.\nLine two.\nLine three.", ["Line one.", "Line two.", "Line three."]),
    ("A.\r\n\r\nB.\r\n", ["A.", "B."]),
    ("  spaced   out  \n \t \nnext", ["spaced out", "next"]),
    ("", []),
    ("Title\n\nParry revealed Real Madrid\n\ndid\n\nask for an option. He said so.\n\nthen more.",
     ["Title", "Parry revealed Real Madrid did ask for an option. He said so.", "then more."]),  # a fragment that
    # lost its markup, and the rest of its sentence, go on the paragraph they broke
    ("Title\n\nThe winner was a Russian\n\nwho was back on record-breaking form in the vault.",
     ["Title", "The winner was a Russian", "who was back on record-breaking form in the vault."]),  # no fragment
    ("Title\n\nask", ["Title", "ask"]),  # never onto the first paragraph, which may be a title
])
def test_paragraphs_split_on_blank_lines_or_else_one_a_line(body, expected):
    assert split_paragraphs(body) == expected


_STORY = ["Ad sales boost Time Warner profit", "Quarterly profits at US media giant TimeWarner jumped 76% to "
          "$1.13bn for the three months to December, from $639m a year earlier.", "The firm, which is now one of "
          "the biggest investors in Google, benefited from sales of high-speed internet connections and higher "
          "advert sales.", '"Our fourth quarter performance was strong," said chief executive Richard Parsons. "We '
          'expect growth."', "Time Warner's fourth quarter profits were slightly better than "
          "analysts' expectations."]


@pytest.mark.parametrize("layout", ["indented", "wrapped"])
def test_a_text_without_blank_lines_is_read_by_its_indents_or_where_its_wrapped_lines_end_short(layout):
    """(Where a paragraph's last line is as long as the width allows, a wrapped text cannot tell.)"""
    import textwrap

    body = "\n".join(textwrap.fill(p, 60, initial_indent="    " if layout == "indented" else "",
                                   break_on_hyphens=False) for p in _STORY)
    assert split_paragraphs(body) == _STORY


def test_a_text_of_a_paragraph_a_line_is_not_taken_for_a_wrapped_one():
    lines = ["Short one.", "A somewhat longer line of a paragraph here.", "Third paragraph, of middling size.",
             "Four.", "The fifth paragraph is the longest of them all by far.", "Six is brief.", "Seven, too."]
    assert split_paragraphs("\n".join(lines)) == lines


@pytest.mark.parametrize("body, expected", [
    ("CBI director-\ngeneral Sir Digby Jones said so.", "CBI director-general Sir Digby Jones said so."),
    ("Mr Jean-\n  Pierre Garnier said so.", "Mr Jean-Pierre Garnier said so."),
    ("It rose 5 -\nand fell.", "It rose 5 - and fell."),  # a dash, not a word's hyphen
])
def test_a_line_ending_on_a_words_hyphen_joins_the_next_without_a_space(body, expected):
    assert split_paragraphs(f"Title\n\n{body}") == ["Title", expected]


_TYPESET = ("Pay rise\n\nMaternity pay for new mothers is to rise as part of new pro-\nposals. Other plans include letting ma-\n"
            "ternity pay go to fathers, the self-\nemployed and twenty-\nfive others. We will defi-\nnitely extend "
            "it, she said. The clean-\nup cost seven-\nteen million and the plans were ex-\ntended.")


@pytest.mark.parametrize("body, expected", [
    ("The government said so.\n\nThe gov-\nernment agreed.", ["The government said so.", "The government agreed."]),
    ("Jobs for the director-general.\n\nOn it, the director-\ngeneral agreed.",
     ["Jobs for the director-general.", "On it, the director-general agreed."]),  # the compound written whole
    ("A voice-over-packet service.\n\nVoice-\nover calls are free.", ["A voice-over-packet service.",
                                                                      "Voice-over calls are free."]),
    (_TYPESET, ["Pay rise", "Maternity pay for new mothers is to rise as part of new proposals. Other plans include letting "
                "maternity pay go to fathers, the self-employed and twenty-five others. We will definitely extend "
                "it, she said. The clean-up cost seventeen million and the plans were extended."]),
    ("The show was pre-\nrecorded on Monday, the channel said, and aired on Friday evening with cuts.\n\n"
     "It was watched by a million people.\n\nThe network said it had no complaints about the show at all.",
     ["The show was pre-recorded on Monday, the channel said, and aired on Friday evening with cuts.",
      "It was watched by a million people.", "The network said it had no complaints about the show at all."]),
    # a text that breaks no word breaks compounds at their hyphens
    ("Row\n\nLiberal Democrat Vince Ca-\nble said so.", ["Row", "Liberal Democrat Vince Cable said so."]),
    # a capital and a lowercase part make no compound
    ("Row\n\nMr Wein\u00ad\nstein said so.", ["Row", "Mr Weinstein said so."]),  # a soft hyphen character
])
def test_a_typeset_texts_hyphen_that_broke_a_word_at_a_lines_end_goes(body, expected):
    assert split_paragraphs(body) == expected


_PAGE_ONE = ("Labour plans maternity pay rise\n\nMaternity pay for new mothers is to rise by 1,400 pounds as part of\n"
             "new proposals announced by the Trade and Industry Secretary.\n\nMs Hewitt said: \"We have already "
             "doubled the length of maternity pay, it was\n13 weeks when we were elected, we have already taken it "
             "up to 26\n")
_PAGE_TWO = ("weeks,\" she told GMTV's Sunday programme on the morning of the launch.\n\nThe Tories dismissed the "
             "plan as desperate.\n")
_PAGES = ["Labour plans maternity pay rise", "Maternity pay for new mothers is to rise by 1,400 pounds as part of new "
          "proposals announced by the Trade and Industry Secretary.", "Ms Hewitt said: \"We have already doubled the "
          "length of maternity pay, it was 13 weeks when we were elected, we have already taken it up to 26 weeks,\" "
          "she told GMTV's Sunday programme on the morning of the launch.", "The Tories dismissed the plan as desperate."]


@pytest.mark.parametrize("pages", [
    f"{_PAGE_ONE}\n1\n\f The Daily Bugle | Page 2\n{_PAGE_TWO}\n2\n\f",  # pdftotext's form feeds, a folio
    # and a running head
    f"The Daily Bugle\n{_PAGE_ONE}\n\fThe Daily Bugle\n\n{_PAGE_TWO}",  # a running head alone
    f"{_PAGE_ONE}\nPage 1 of 2\n{_PAGE_TWO}Page 2 of 2\n",  # no form feeds: lines that name the page
    f"{_PAGE_ONE}\n- 1 -\n\n{_PAGE_TWO}\n" + "More lines.\n" * 10 + "\n- 2 -\n",  # or bare numbers counting up
])
def test_a_paged_texts_folios_and_running_heads_go_and_a_paragraph_a_page_cut_is_whole(pages):
    paragraphs = list(parse_document(pages.encode(), "a.txt").paragraphs)
    assert paragraphs[:4] == _PAGES
    assert annotate(parse_document(pages.encode(), "a.txt"))[2].quotes[0].speaker == "Hewitt"


@pytest.mark.parametrize("body", [
    "Results\n\n1\n\nSmith won.\n\n2\n\nJones was second.\n",  # a list's numbers, close together
    "Title\n\nIt was the year.\n\n2005\n\nThe rest of the story.\n",  # one number alone
])
def test_numbers_alone_on_their_lines_are_no_folios_unless_they_count_pages(body):
    assert split_paragraphs(without_page_furniture(body)) == split_paragraphs(body)


def test_the_seed_has_eight_paragraphs_and_its_front_matter():
    doc = read_document(SEED)
    assert len(doc.paragraphs) == 8
    assert doc.title == "Cara Delevingne says Harvey Weinstein made inappropriate advances"
    assert doc.published.isoformat() == "2017-10-11"
    assert doc.paragraphs[0].startswith("Actress Cara Delevingne claimed")


def test_front_matter_is_metadata_not_text():
    doc = parse_document(b"---\ntitle: T\ndate: 2020-02-03\nurl: https://x.test/a\nauthor: Jo Bloggs\n---\nBody.\n", "a.txt")
    assert (doc.title, doc.published.isoformat(), doc.url, doc.author, doc.paragraphs) == (
        "T", "2020-02-03", "https://x.test/a", "Jo Bloggs", ("Body.",))


@pytest.mark.parametrize("name, body, title, published", [
    ("2005-03-01-budget.txt", "Budget plan unveiled\n\nThe chancellor spoke.", "Budget plan unveiled", "2005-03-01"),
    ("plain.txt", "The chancellor spoke today.\n\nMore.", None, None),
    ("2016-02-01-carson.txt", "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’\n\nCarson spoke.",
     "Dr. Ben Carson: Hillary Clinton ‘Not Fit To Serve As President.’", "2016-02-01"),  # title case, a closing stop
    ("styles.txt", "Responses are in keeping with the candidates' styles.\n\nMore.", None, None),
    ("lewandowski.txt", "Lewandowski: FBI director acted as 'judge and jury' on Clinton.\n\nMore.",
     "Lewandowski: FBI director acted as 'judge and jury' on Clinton.", None),  # a name and a colon open it
    ("note.txt", "Note: the figures are final. They were checked.\n\nMore.", None, None),  # two sentences
    ("ginsburg.txt", "Trump demands Ginsburg resign for criticizing him as unfit.\n\nMore.",
     "Trump demands Ginsburg resign for criticizing him as unfit.", None),  # headline style, a closing stop
    ("appeal.txt", "Gordon Brown has made an appeal after the reports.\n\nMore.", None, None),  # a story's sentence
])
def test_a_headline_first_line_and_a_dated_file_name(name, body, title, published):
    doc = parse_document(body.encode(), name)
    assert doc.title == title
    assert (doc.published.isoformat() if doc.published else None) == published


@pytest.mark.parametrize("name, body, author, published, paragraphs", [
    ("a.txt", "Budget plan unveiled\n\nBy Jane Doe, 3 March 2021\n\nThe chancellor spoke.",
     "Jane Doe", "2021-03-03", ("Budget plan unveiled", "The chancellor spoke.")),
    ("a.txt", "Budget\n\nBy Jane Doe | Political Correspondent\n\nPublished: March 3, 2021 10:02 EST\n\nShe spoke.",
     "Jane Doe", "2021-03-03", ("Budget", "She spoke.")),  # a byline with a role, then a dateline
    ("a.txt", "Budget\n\nTuesday 2 March 2021\n\nShe spoke.", None, "2021-03-02", ("Budget", "She spoke.")),
    ("a.txt", "Budget\n\nBy Jane Doe and Jo Bloggs\n\nShe spoke.", "Jane Doe and Jo Bloggs", None,
     ("Budget", "She spoke.")),
    ("a.txt", "Budget\n\nBy Jane Doe, Political Correspondent\n\nShe spoke.", "Jane Doe", None,
     ("Budget", "She spoke.")),  # her role after a comma, not a second writer
    ("2020-01-01-a.txt", "Budget\n\nBy Jane Doe - 3 March 2021\n\nShe spoke.", "Jane Doe", "2021-03-03",
     ("Budget", "She spoke.")),  # the byline's date, not the file name's
    ("a.md", "# Budget\n\n*By Jane Doe, 3 March 2021*\n\nShe spoke.", "Jane Doe", "2021-03-03",
     ("Budget", "She spoke.")),
    ("a.txt", "Budget\n\nBy Jane Doe\n\nBBC News\n\nShe spoke.", "Jane Doe", None, ("Budget", "She spoke.")),
    ("a.txt", "Budget\n\nBy Jane Doe\n\nTechnology reporter, BBC News\n\nShe spoke.", "Jane Doe", None,
     ("Budget", "She spoke.")),  # the byline's second line: her role, her outlet
    ("a.txt", "Budget\n\nBy Jane Doe\n\nPolice say no one was hurt\n\nShe spoke.", "Jane Doe", None,
     ("Budget", "Police say no one was hurt", "She spoke.")),  # a line of the story
    ("a.txt", "Budget\n\nBBC News\n\nShe spoke.", None, None, ("Budget", "BBC News", "She spoke.")),  # no byline
    ("a.txt", "Budget\n\nBy Tuesday, the council had voted to approve it.\n\nMore.", None, None,
     ("Budget", "By Tuesday, the council had voted to approve it.", "More.")),  # a sentence, not a byline
    ("a.txt", "Budget\n\nBy March 2021 the plan was dead.\n\nMore.", None, None,
     ("Budget", "By March 2021 the plan was dead.", "More.")),
    ("a.txt", "Budget\n\nOne.\n\nTwo.\n\nThree.\n\nBy Jane Doe", None, None,
     ("Budget", "One.", "Two.", "Three.", "By Jane Doe")),  # a sign-off at the end is text
])
def test_a_byline_or_a_dateline_near_the_top_is_metadata_not_text(name, body, author, published, paragraphs):
    doc = parse_document(body.encode(), name)
    assert (doc.author, doc.published.isoformat() if doc.published else None, doc.paragraphs) == (
        author, published, paragraphs)


def test_a_press_releases_release_line_contacts_and_end_mark_are_no_passages():
    release = ("FOR IMMEDIATE RELEASE\n\nMedia contact: Jane Doe, +44 20 7946 0000, press@example.org\n\n"
               "Trust opens new hospice\n\nThe Example Trust opened its new hospice on Monday.\n\n"
               '"This is a proud day," its director, Tom Fry, said. "She would have loved it," he added.\n\n'
               "###\n\nAbout the Example Trust: a charity founded in 1990.\n\nContact: Ann Lee, 555-0100\n")
    document = parse_document(release.encode(), "release.txt")
    assert (document.title, document.paragraphs) == ("Trust opens new hospice", (
        "Trust opens new hospice", "The Example Trust opened its new hospice on Monday.",
        '"This is a proud day," its director, Tom Fry, said. "She would have loved it," he added.',
        "About the Example Trust: a charity founded in 1990."))
    assert [q.speaker for p in annotate(document) for q in p.quotes] == ["Tom Fry", "Tom Fry"]


_MAILED_STORY = ("Trust opens new hospice\n\nThe Example Trust opened its new hospice on Monday.\n\n"
                 '"This is a proud day," its director, Tom Fry, said.\n')


@pytest.mark.parametrize("mail, published", [
    ("---------- Forwarded message ---------\nFrom: Jane Doe <jane@example.org>\nDate: Mon, Mar 14, 2005 at 10:02 AM\n"
     "Subject: Fwd: Trust opens new hospice\nTo: News Desk <desk@example.org>\n\n" + _MAILED_STORY, date(2005, 3, 14)),
    ("Sent: 14 March 2005 10:02\nFrom: Jane Doe\nSubject: RE: FW: Trust opens new hospice\n\n" + _MAILED_STORY,
     date(2005, 3, 14)),
    ("On Mon, Mar 14, 2005 at 10:02 AM Jane Doe <jane@example.org> wrote:\n"  # a reply's quoted lines
     + "\n".join("> " + line if line else ">" for line in _MAILED_STORY.split("\n")[:-1]) + "\n", None),
])
def test_an_article_sent_by_mail_is_read_without_the_messages_header_or_quote_marks(mail, published):
    document = parse_document(mail.encode(), "mail.txt")
    assert (document.title, document.paragraphs[1:]) == ("Trust opens new hospice", (
        "The Example Trust opened its new hospice on Monday.", '"This is a proud day," its director, Tom Fry, said.'))
    assert document.published == published
    assert [q.speaker for p in annotate(document) for q in p.quotes] == ["Tom Fry"]


@pytest.mark.parametrize("front, title, author, published", [
    ('---\ntitle: "Trump: \\"I will win\\""\nauthor: \'Dan O\'\'Brien\'\n---\n', 'Trump: "I will win"', "Dan O'Brien", None),
    ("---\ntitle: Plain\nauthors:\n  - Jane Doe\n  - \"John Roe\"\ntags:\n  - x\ndate: '2018-01-02'\n---\n", "Plain",
     "Jane Doe and John Roe", "2018-01-02"),  # a list, item by item; `tags` is none of whosaid's
    ("---\ntitle: 'It''s here'\nauthor: [Ann Webb, \"Bo, Li\", Cy Ng]\n---\n", "It's here", "Ann Webb, Bo, Li and Cy Ng", None),
    ('+++\ntitle = "Hugo \\u201cstory\\u201d"\nauthors = ["Ann Webb", "Bo Li"]\ndate = 2019-05-06T10:00:00Z\n+++\n',
     "Hugo \u201cstory\u201d", "Ann Webb and Bo Li", "2019-05-06"),  # Hugo's TOML
    ('---\ntitle: "Unclosed\n---\n', "Unclosed", None, None),
    ("---\r\ntitle: Windows\r\nauthor: Ann Webb\r\n---\r\n", "Windows", "Ann Webb", None),  # lines end in CR LF
])
def test_front_matter_as_jekyll_and_hugo_write_it(front, title, author, published):
    doc = parse_document((front + '"Yes," said Cy Ng.\n').encode(), "a.md")
    assert (doc.title, doc.author, doc.published and doc.published.isoformat(), doc.paragraphs) == (
        title, author, published, ('"Yes," said Cy Ng.',))


@pytest.mark.parametrize("head, title, author, published, url", [
    ("Title: Council tax to rise\nAuthor: Jane Smith\nDate: 2025-02-14\nSource: Local Gazette\n",
     "Council tax to rise", "Jane Smith", "2025-02-14", None),  # was all four lines one paragraph, the title
    ("headline: Flood warning\nURL: https://x.test/a\npublished: March 3, 2021\n",
     "Flood warning", None, "2021-03-03", "https://x.test/a"),
])
def test_key_value_lines_opening_a_text_are_its_metadata_without_front_matters_dashes(head, title, author, published,
                                                                                        url):
    doc = parse_document((head + '\nCouncil leader Tom Briggs said: "No choice."\n').encode(), "a.txt")
    assert (doc.title, doc.author, doc.published.isoformat(), doc.url, doc.paragraphs) == (
        title, author, published, url, ('Council leader Tom Briggs said: "No choice."',))


@pytest.mark.parametrize("body, paragraphs", [
    ("Date: 2025-02-14\nTitle: Budget\nThe council met on Friday.",  # no blank line after the lines: no block
     ("Date: 2025-02-14", "Title: Budget", "The council met on Friday.")),
    ("Source: Reuters\nSection: World\n\nThe council met.",  # no title, date, author or link among them
     ("Source: Reuters", "Section: World", "The council met.")),  # (two short lines: a head's, apart)
])
def test_lines_that_are_no_metadata_block_stay_text(body, paragraphs):
    doc = parse_document(body.encode(), "a.txt")
    assert (doc.published, doc.author, doc.paragraphs) == (None, None, paragraphs)


@pytest.mark.parametrize("body, title, author, published", [
    ("Council tax to rise\nJane Smith, Local Democracy Reporter\n14 February 2025\n\n", "Council tax to rise",
     "Jane Smith", "2025-02-14"),  # was one paragraph of three lines, the title, with no author nor date
    ("Council tax to rise\n===================\n\n", "Council tax to rise", None, None),  # was the title with its
    # underline
    ("Council tax to rise\nBy Jane Smith\n\n", "Council tax to rise", "Jane Smith", None),
    ("Council tax to rise\n\nJane Smith, Political Editor\n\n", "Council tax to rise", "Jane Smith", None),  # a
    # byline with no `By`
])
def test_a_headline_byline_and_dateline_on_lines_of_their_own_are_apart(body, title, author, published):
    doc = parse_document((body + 'Council leader Tom Briggs said: "No choice."').encode(), "a.txt")
    assert (doc.title, doc.author, doc.published and doc.published.isoformat(), doc.paragraphs) == (
        title, author, published, (title, 'Council leader Tom Briggs said: "No choice."'))


@pytest.mark.parametrize("body, paragraphs", [
    ("The council voted on Tuesday to raise tax by five per cent, with\nthe leader saying it had no choice.\n\nMore.",
     ("The council voted on Tuesday to raise tax by five per cent, with the leader saying it had no choice.", "More.")),
    ("Council tax to rise\n\nTom Briggs, Council Leader\n\nMore.",  # a name and an office that is no writer's
     ("Council tax to rise", "Tom Briggs, Council Leader", "More.")),
])
def test_wrapped_lines_and_a_name_with_no_writers_role_stay_text(body, paragraphs):
    doc = parse_document(body.encode(), "a.txt")
    assert (doc.author, doc.paragraphs) == (None, paragraphs)


def test_front_matter_wins_over_a_byline():
    source = b"---\ndate: 2020-02-03\nauthor: Jo Bloggs\n---\nBudget\n\nBy Jane Doe, 3 March 2021\n\nBody."
    doc = parse_document(source, "a.txt")
    assert (doc.author, doc.published.isoformat(), doc.paragraphs) == ("Jo Bloggs", "2020-02-03", ("Budget", "Body."))


def test_markdown_loses_its_markup_and_gives_its_heading_as_title():
    source = "# Big *news* today\n\nThe [mayor](https://x.test) said **no**.\n\n- first item\n- second item\n\n```\ncode\n```\n"
    doc = parse_document(source.encode(), "story.md")
    assert doc.title == "Big news today"
    assert doc.paragraphs == ("Big news today", "The mayor said no.", "first item", "second item")


@pytest.mark.parametrize("name, source", [
    ("a.txt", "Budget\n\nThe chancellor spoke.\n\nAdvertisement\n\nShe left.\n\nContinue reading the main story\n\n"
              "Advertising revenue fell.\n\nStory continues below advertisement"),
    ("a.txt", "Budget\n\nThe chancellor spoke.\n\nREAD MORE: Blair 'sorry' over Iraq\n\nShe left.\n\n"
              "Related: Tories attack 'fantasy' budget\n\nAdvertising revenue fell."),  # links to other stories
    ("a.md", "# Budget\n\nThe chancellor spoke.\n\n*Advertisement*\n\nShe left.\n\nContinue reading the main story\n\n"
             "Advertising revenue fell."),
    ("a.html", "<html><body><article><h1>Budget</h1><p>The chancellor spoke.</p><p>Advertisement</p><p>She left.</p>"
               "<div>Continue reading the main story</div><p>Advertising revenue fell.</p></article></body></html>"),
])
def test_a_line_a_page_puts_between_paragraphs_is_no_part_of_the_story(name, source):
    assert parse_document(source.encode(), name).paragraphs == (
        "Budget", "The chancellor spoke.", "She left.", "Advertising revenue fell.")


@pytest.mark.parametrize("source, paragraphs", [
    ("Watch: 'It's like a war zone' - residents describe storm damage\n\nResidents described the scene.\n\n"
     "Watch: Storm hits coast\n\nThe council apologised.",
     ("Watch: 'It's like a war zone' - residents describe storm damage", "Residents described the scene.",
      "The council apologised.")),
])
def test_the_headline_stays_however_it_opens_where_a_link_line_inside_the_story_goes(source, paragraphs):
    assert parse_document(source.encode(), "a.txt").paragraphs == paragraphs


@pytest.mark.parametrize("source, paragraphs", [
    ("Claim.\n\n- Bernie Sanders.\n\nMore.", ("Claim.", "- Bernie Sanders.", "More.")),  # a dash typed, no list
    ("He said: \"Go f*** yourself!\" and n****rs, *twice*.", ('He said: "Go f*** yourself!" and n****rs, twice.',)),
    ("\"Absent a [U.S.[ force,\" said [Daniel Benjamin](https://x.test).", ('"Absent a [U.S.[ force," said Daniel Benjamin.',)),
])
def test_markdown_keeps_what_is_no_markup(source, paragraphs):
    assert parse_document(source.encode(), "story.md").paragraphs == paragraphs


@pytest.mark.parametrize("source, paragraphs", [
    ("Campaigners reacted.\n\nLiberty said in a statement:\n\n> We are concerned.\n> It sets a precedent.\n>\n"
     "> We will appeal.\n\nMore came later.\n\nThe case goes on.",
     ("Campaigners reacted.", "Liberty said in a statement:", "“We are concerned. It sets a precedent.”",
      "“We will appeal.”", "More came later.", "The case goes on.")),  # (a text mostly of `>` lines is a mail's reply)
    ("She posted:\n> So proud of this team. — Jane Doe\n", ("She posted:", "“So proud of this team.” — Jane Doe")),
    ('> "Justice has been done," said Jess Phillips.', ('"Justice has been done," said Jess Phillips.',)),  # its own
    ("> > Nested words.", ("“Nested words.”",)),
])
def test_a_markdown_block_quote_is_a_quotation_each_paragraph_in_marks(source, paragraphs):
    assert parse_document(source.encode(), "story.md").paragraphs == paragraphs


@pytest.mark.parametrize("data, text", [
    ("Price: £5 “quoted”".encode("utf-8"), "Price: £5 “quoted”"),
    (codecs.BOM_UTF8 + "café".encode("utf-8"), "café"),
    (codecs.BOM_UTF16_LE + "naïve".encode("utf-16-le"), "naïve"),
    ("£100 paid".encode("latin-1"), "£100 paid"),
    (b"\x93smart quotes\x94 \x96 dash", "“smart quotes” – dash"),
])
def test_decoding_utf8_boms_and_the_windows_fallbacks(data, text):
    assert decode(data) == text


@pytest.mark.parametrize("mangled, text", [
    ("â€œWe will cut taxes,â€\ufffd he said. â€œItâ€™s time.â€\ufffd",
     "“We will cut taxes,” he said. “It’s time.”"),  # UTF-8 read as cp1252, its 0x9d byte replaced
    ("â€œWe winâ€\x9d said", "“We win” said"),  # read as Latin-1: the byte kept as a control character
    ("He said â€œnoâ€ to it.", "He said “no” to it."),  # the byte dropped
    ("CafÃ© costs Â£5 â€” and more â€¦", "Café costs £5 — and more …"),
    ("ÃƒÂ©cole", "école"),  # mangled twice over: mended twice
    ("voilà\u00a0» ok", "voilà\u00a0» ok"),  # French with a no-break space: no mangled UTF-8
    ("SÃO PAULO, pâte, naïve", "SÃO PAULO, pâte, naïve"),
])
def test_utf8_once_read_as_cp1252_is_mended(mangled, text):
    assert decode(mangled.encode("utf-8")) == text


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_character_references_left_in_copied_text_are_the_characters_they_stand_for(suffix):
    source = ("Tory pledge\n\nMichael Howard set out his plans. &quot;We will cut taxes,&quot; he said. "
              "&#8220;It&rsquo;s time.&#x201D; AT&T, R&D and &nothing stay.\n")
    passages = annotate(parse_document(source.encode(), "a" + suffix))
    assert passages[1].text == ('Michael Howard set out his plans. "We will cut taxes," he said. “It’s time.” '
                                'AT&T, R&D and &nothing stay.')
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [
        ("We will cut taxes,", "Michael Howard"), ("It’s time.", "Michael Howard")]


def test_an_apostrophe_lost_to_an_inverted_question_mark_between_letters_is_mended():
    source = "Row\n\nMr Blair&#191;s government is all talk, a person&#191;s view. &#191;Qué pasa?\n"
    assert parse_document(source.encode(), "a.txt").paragraphs[1] == "Mr Blair’s government is all talk, a person’s view. ¿Qué pasa?"


def test_a_footnotes_superscript_after_a_mark_is_dropped_and_a_units_kept():
    source = 'Tory pledge\n\nMichael Howard set out his plans.\n\n"We will cut taxes,"¹ he said. A 50 m² flat.²\n'
    document = parse_document(source.encode(), "a.txt")
    assert document.paragraphs[2] == '"We will cut taxes," he said. A 50 m² flat.'
    assert [(q.text, q.speaker) for p in annotate(document) for q in p.quotes] == [
        ("We will cut taxes,", "Michael Howard")]


def test_a_story_in_mangled_utf8_gives_its_speaker_its_quotations():
    source = "Tory pledge\n\nMichael Howard set out his plans. â€œWe will cut taxes,â€\ufffd he said.\n"
    passages = annotate(parse_document(source.encode("utf-8"), "a.txt"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [("We will cut taxes,", "Michael Howard")]


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL bytes), not text"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", "binary file (NUL bytes), not text"),
])
def test_binary_files_are_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile) as err:
        decode(data, "x.txt")
    assert err.value.reason == reason


def test_find_files_walks_folders_for_known_suffixes_only(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.html", "sub/d.htm", "sub/e.rtf", "sub/f.docx", "sub/g.eml", "sub/h.odt", "skip.pdf", ".hidden.txt", ".git/e.txt"):
        write(tmp_path, name, "x")
    assert [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])] == [
        "a.md", "b.txt", "sub/c.html", "sub/d.htm", "sub/e.rtf", "sub/f.docx",
        "sub/g.eml", "sub/h.odt"]


def test_find_files_counts_the_files_of_other_kinds_it_passes_over(tmp_path):
    for name in ("a.txt", "b.pdf", "sub/c.PDF", "sub/d.doc", "sub/README", "sub/e.json", ".f.pdf", ".git/g.pdf"):
        write(tmp_path, name, "x")
    passed_over = Counter()
    assert [p.name for p in find_files([tmp_path], passed_over)] == ["a.txt"]
    assert passed_over == {".pdf": 2, ".doc": 1, "(no suffix)": 1, ".json": 1}  # not the hidden ones


def test_html_main_text_title_and_date():
    page = b"""<html><head><title>Mayor quits | Daily Bugle</title>
      <meta property="article:published_time" content="2019-04-02T08:00:00Z"></head>
      <body><nav><p>Home News Sport</p></nav>
      <article><h1>Mayor quits</h1><p>The mayor resigned on Monday, officials said.</p>
      <p>"I am done," she told reporters.</p><div class="share"><p>Share this</p></div></article>
      <footer><p>Copyright 2019</p></footer></body></html>"""
    doc = parse_document(page, "page.html")
    assert doc.title == "Mayor quits"
    assert doc.published.isoformat() == "2019-04-02"
    assert doc.paragraphs == ("Mayor quits", "The mayor resigned on Monday, officials said.",
                              '"I am done," she told reporters.')


def test_a_pages_headings_are_known_as_such():
    html = ('<html><head><title>Jobs</title></head><body><article><h1>Jobs report</h1><p>Payrolls grew in '
            'December, the figures show.</p><h2>Rising <em>costs</em></h2><p>Prices rose too, the figures show, '
            'for the third month.</p></article></body></html>')
    markdown = "# Jobs report\n\nPayrolls grew.\n\n## Rising *costs*\n\nPrices rose.\n\n```\n## not a heading\n```\n"
    assert parse_document(html.encode(), "a.html").headings == frozenset({"Jobs report", "Rising costs"})
    assert parse_document(markdown.encode(), "a.md").headings == frozenset({"Jobs report", "Rising costs"})
    assert parse_document(b"Jobs report\n\nRising costs\n\nPrices rose.", "a.txt").headings == frozenset()


@pytest.mark.parametrize("suffix, source", [
    (".txt", "Film row\n\nHarvey Wein\u00adstein was in court.\u200b He denied it.\n\n\ufeff\n\nThe end."),
    (".html", "<html><head><title>Film row</title></head><body><article><h1>Film row</h1><p>Harvey Wein&shy;stein "
              "was in court.&#8203; He denied it.</p><p>&#65279;</p><p>The end.</p></article></body></html>"),
])
def test_characters_that_show_nothing_are_dropped_so_that_words_match_themselves(suffix, source):
    document = parse_document(source.encode(), "a" + suffix)
    assert document.paragraphs == ("Film row", "Harvey Weinstein was in court. He denied it.", "The end.")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_backticks_and_apostrophes_marking_a_quotation_become_curly_marks(suffix):
    source = "Cup final\n\n``We will win,'' said Mary Smith. ``It's the players' year.''\n"
    assert parse_document(source.encode(), "a" + suffix).paragraphs[1] == (
        "“We will win,” said Mary Smith. “It's the players' year.”")  # the players' apostrophe stays


def test_a_line_opening_on_a_space_in_a_text_of_a_paragraph_a_line_is_still_one_paragraph():
    lines = ["Budget row", " The chancellor set out his plans on Monday, promising to cut taxes for working families "
             "and to raise spending on schools and hospitals over the next five years.", "Critics said the sums did "
             "not add up and that borrowing would have to rise to pay for the promises he had made.",
             " Labour said it would study the details before deciding how to vote on the measures next week."]
    assert split_paragraphs("\n".join(lines)) == [line.strip() for line in lines]


def test_a_block_of_links_to_other_stories_is_no_part_of_the_story():
    source = ("Tory pledge\n\nMichael Howard set out his plans on Monday.\n\nMore on this story\n\n"
              "Parties warned over 'grey vote'\n\nBlair 'sorry' over Iraq claims\n\n"
              "\"We will cut taxes,\" he said.\n\nRead more about it in our guide, said the editor.\n")
    assert parse_document(source.encode(), "a.txt").paragraphs == (
        "Tory pledge", "Michael Howard set out his plans on Monday.", "\"We will cut taxes,\" he said.",
        "Read more about it in our guide, said the editor.")


@pytest.mark.parametrize("written, read", [
    ("The mayor said \x1b[31mred\x1b[0m words.", "The mayor said red words."),  # a colour, whole
    ("A \x1b]0;pwned\x07title and a bell\x07 here.", "A title and a bell here."),  # a window title
    ("Saved\x1b7 and\x1b\\ done.", "Saved and done."),  # two-character sequences
    ("Form\x0cfeed and\x7f next line.", "Form feed and next line."),  # controls
    ("FranÃ\x83§ois Hollande spoke.", "FranÃ\x83§ois Hollande spoke."),  # a double decoding's C1 stays as written
])
def test_control_characters_and_escape_sequences_are_not_the_articles_text(written, read):
    assert parse_document(f"Title\n\n{written}\n".encode(), "a.txt").paragraphs == ("Title", read)


@pytest.mark.parametrize("data, kind", [
    (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", ".html"),
    (b"\xef\xbb\xbf  <html lang=en>", ".html"),
    (b"<p>A paragraph alone.</p>", ".html"),
    (b'<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">', ".html"),
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', ".xml"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom">', ".xml"),
    (b'{"title": "Vote", "text": "..."}\n', ".jsonl"),
    (b'[{"title": "Vote"}]', ".json"),
    (b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello", ".vtt"),
    (b"Subject: Vote\nFrom: desk@example.org\n\nBody", ".eml"),
    (b'Vote delayed\n\n"We need time," said John Bercow.', ".txt"),
])
def test_unnamed_bytes_are_read_as_the_kind_their_first_bytes_say(data, kind):
    assert kind_of(data) == kind


def test_a_page_from_standard_input_is_read_as_a_page_named_dash():
    doc = parse_unnamed(b"<html><head><title>Mayor quits</title></head><body><article><p>The mayor resigned, "
                        b"officials said on Monday.</p></article></body></html>")
    assert (doc.path, doc.title, doc.paragraphs) == ("-", "Mayor quits", ("The mayor resigned, officials said on Monday.",))
