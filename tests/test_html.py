"""HTML pages: main text without boilerplate, title, and the publication date from each source."""
import pytest

from whosaid import annotate
from whosaid.ingest import parse_document

ARTICLE = "<p>{}</p>".format("The council voted on Tuesday to close the old bridge for repairs. " * 3)


def page(head="", body="", url_body=ARTICLE):
    return f"<html><head>{head}</head><body>{body}<article>{url_body}</article></body></html>".encode()


def published(markup: bytes, name="page.html"):
    doc = parse_document(markup, name)
    return doc.published.isoformat() if doc.published else None


@pytest.mark.parametrize("head, body, expected", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "datePublished": "2019-04-02T10:00:00-04:00"}</script>'
     '<meta property="article:published_time" content="2018-01-01">', "", "2019-04-02"),
    ('<meta property="article:published_time" content="2020-03-16T08:00:00+01:00">', "", "2020-03-16"),
    ('<meta name="pubdate" content="20200316T08:00:00Z">', "", "2020-03-16"),
    ('<meta name="sailthru.date" content="March 11, 2020">', "", "2020-03-11"),
    ("", '<time datetime="2021-06-01T12:00">June 1</time><time class="updated" datetime="2021-07-01">x</time>', "2021-06-01"),
    ("", '<h2 class="date-header"><span>Wednesday, March 30, 2011</span></h2>', "2011-03-30"),
    ('<link rel="canonical" href="https://paper.example/news/2017/10/11/bridge-closes/">', "", "2017-10-11"),
    ('<meta property="og:image" content="https://x.example/files/2016/05/04/share.png">', "", "2016-05-04"),
    ('<meta property="article:modified_time" content="2022-02-02">', "", "2022-02-02"),
    ("", "", None),
])
def test_publication_date_sources_in_order_of_trust(head, body, expected):
    assert published(page(head, body)) == expected


@pytest.mark.parametrize("head, body, expected", [
    ('<meta itemprop="dateCreated" datetime="2018-02-02">', "", "2018-02-02"),  # the date in `datetime`
    ('<meta name="DC.Issued" content="2021-07-13">', "", "2021-07-13"),
    ('<meta property="dc:created" content="2017-09-01">', "", "2017-09-01"),
    ('<meta property="og:regDate" content="20210820030646">', "", "2021-08-20"),  # with its time of day
    ('<meta pubdate="pubdate" content="2018-02-06">', "", "2018-02-06"),
    ("", '<abbr class="published" title="2016-11-12">Saturday</abbr>', "2016-11-12"),
    ("", '<a class="ribbon date" title="12th December 2018" href="/">Text</a>', "2018-12-12"),
    ("", '<abbr data-utime="1438091078">x</abbr>', "2015-07-28"),  # seconds since 1970
    ("", '<abbr data-utime="86400">x</abbr>', None),  # 2 January 1970: before any web page
    ("", "<time>2018-01-04</time>", "2018-01-04"),  # no `datetime`: its text
    ("", '<div class="fecha">4 de enero de 2018</div>', "2018-01-04"),
    ("", "<p>Stand: 03.04.2019</p>", "2019-04-03"),
    ("", "<p>Published: 5/5/2020</p>", "2020-05-05"),
    ('<meta itemprop="dateModified" content="2018-02-04">', "", "2018-02-04"),  # an update, where nothing else
    ("", '<time class="updated" datetime="2019-01-03T14:56:51+00:00"></time>', "2019-01-03"),
    ("", '<img src="/img/2019-05-05/a.jpg"><img src="/img/2019-05-03/b.jpg">', "2019-05-05"),  # the newest upload
    ("", "<p>Wed, 19 Oct 2022 14:24:05 +0000</p>", "2022-10-19"),  # a line of a date alone
    ("", "<p>5/5/20 tarihinde güncellendi.</p>", "2020-05-05"),
    ("", "<footer>© 2017</footer>", None),  # a copyright's year is no day
    ("", '<script>var date = "2019-05-05";</script>', None),  # a script's code, no words of the page
    ("", "<p>The bridge, opened on 5 May 1960, has carried traffic over the river ever since then.</p>", None),
])
def test_more_publication_date_sources(head, body, expected):
    assert published(page(head, body)) == expected


def test_a_modification_date_beats_only_guesses():
    head = '<meta itemprop="dateModified" content="2018-02-04">'
    assert published(page(head, "<p>2017-03-03</p>")) == "2018-02-04"


@pytest.mark.parametrize("language, expected", [
    ("en-GB", "2020-06-05"), ("fr", "2020-06-05"), ("en-US", "2020-05-06"), ("en", "2020-05-06"), ("", "2020-05-06"),
])
def test_a_pages_language_tells_day_from_month(language, expected):
    markup = f'<html lang="{language}"><body><p>Published: 05/06/2020</p>{ARTICLE}</body></html>'
    assert published(markup.encode()) == expected


@pytest.mark.parametrize("text, expected", [
    ("Datum: 10.11.2017", "2017-11-10"),  # dots: the day first
    ("am 12.11.16.", "2016-11-12"),  # a two-digit year is this century's
    ("01/23/2021", "2021-01-23"),
    ("23/1/21", "2021-01-23"),  # 23 is no month
    ("05/06/2020", "2020-05-06"),
    ("Le 26 juin 2019", "2019-06-26"),
    ("3. Januar 2019 um 14:56 Uhr", "2019-01-03"),
    ("5 de mayo de 2020", "2020-05-05"),
    ("1er mai 2020", "2020-05-01"),
    ("Room 12, 2019 rules from March 11, 2020", "2020-03-11"),  # a word before a number is no month's name
    ("version 1.4.18.2", None),
    ("30. Februar 2018", None),
    ("33/23/3033", None),
])
def test_dates_written_in_numbers_and_other_languages(text, expected):
    from whosaid.ingest.dates import find_date

    assert find_date(text) == expected


def test_an_early_utc_time_gives_way_to_the_local_day_before():
    head = '<meta property="article:published_time" content="2023-11-09T01:49:09Z">'
    body = '<time datetime="2023-11-08 17:49:09">November 8, 2023 at 5:49 p.m.</time>'
    assert published(page(head, body)) == "2023-11-08"


def test_a_modification_date_never_beats_a_publication_date():
    head = ('<meta property="article:modified_time" content="2022-02-02">'
            '<meta property="article:published_time" content="2021-01-01">')
    assert published(page(head)) == "2021-01-01"


@pytest.mark.parametrize("head, body, expected", [
    ('<script type="application/ld+json">{"headline": "From JSON-LD"}</script><title>Other | Site</title>', "", "From JSON-LD"),
    ('<meta property="og:title" content="Og title"><title>The h1 title | Site</title>', "<h1>The h1 title</h1>", "The h1 title"),
    ('<meta property="og:title" content="Bridge closes - Daily Bugle"><meta property="og:site_name" content="Daily Bugle">',
     "", "Bridge closes"),
    ("<title>Bridge closes | Daily Bugle</title>", "", "Bridge closes"),
    ("<title>Bridge closes</title>", "", "Bridge closes"),
    ("<title>Daily Bugle Blog: Bridge closes</title>", "<h1>Daily Bugle Blog</h1><h1>Bridge closes</h1>",
     "Bridge closes"),  # a blog's name in the first h1, the post's title in the next
    ('<script type="application/ld+json">{"headline": "Bridge shut for search engines"}</script>'
     '<meta property="og:title" content="Bridge closes">', "<h1>Bridge closes</h1>",
     "Bridge closes"),  # the headline the page shows and its og:title repeats
    ('<script type="application/ld+json">{"headline": "Bridge closes"}</script>'
     '<meta property="og:title" content="Bridge closes - Daily Bugle">', "<h1>Daily Bugle</h1>",
     "Bridge closes"),  # an h1 the og:title only holds (the site's name) does not beat JSON-LD
])
def test_title(head, body, expected):
    assert parse_document(page(head, body), "p.html").title == expected


def test_main_text_drops_navigation_sharing_related_links_and_footers():
    markup = b"""<html><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="sidebar_content">
        <h1>Bridge closes</h1>
        <p>The council voted on Tuesday to close the old bridge for repairs that will last a year.</p>
        <div class="share-bar"><a href="#">Share this</a> <a href="#">Tweet</a></div>
        <blockquote>"It is not safe," the mayor said.</blockquote>
        <ul><li>Repairs start in May and will cost the town two million pounds.</li></ul>
        <p>Never miss the latest news by signing up to our newsletter today!</p>
        <p>Tagged:</p>
      </div>
      <div class="related-stories"><ul><li><a href="/a">Another story about bridges</a></li></ul></div>
      <footer><p>Copyright 2024 The Daily Bugle, all rights reserved.</p></footer>
    </body></html>"""
    assert parse_document(markup, "p.html").paragraphs == (
        "Bridge closes",
        "The council voted on Tuesday to close the old bridge for repairs that will last a year.",
        '"It is not safe," the mayor said.',
        "Repairs start in May and will cost the town two million pounds.",
    )


def test_a_photo_gallery_s_captions_are_no_part_of_the_story():
    gallery = ('<div class="cnnExplainer cnn_html_slideshow"><div><cite>Travelers wait in security lines at the '
               'airport on November 26.</cite></div><div>HIDE CAPTION</div></div>'
               '<div class="photo-gallery"><p>Snow fell on the city through the night, as a plough shows.</p></div>')
    markup = page(url_body=gallery + ARTICLE)
    assert parse_document(markup, "p.html").paragraphs == (
        ("The council voted on Tuesday to close the old bridge for repairs. " * 3).strip(),)


def test_an_article_in_sections_is_kept_whole():
    section = '<section class="article-section"><p>{}</p></section>'
    body = "".join(section.format(f"Section {n} says something long enough to count as a paragraph of text.") for n in (1, 2, 3))
    markup = f"<html><body><main><div>{body}</div></main><div class='comments'><p>Nice.</p></div></body></html>".encode()
    assert parse_document(markup, "p.html").paragraphs == tuple(
        f"Section {n} says something long enough to count as a paragraph of text." for n in (1, 2, 3))


def test_text_held_directly_by_a_div_is_split_at_line_breaks():
    markup = (b"<html><body><div class='post-body'>First line of a blog post that is long enough.<br>"
              b"Second line of the same post, also long enough to be kept.<div style='clear:both'></div></div></body></html>")
    assert parse_document(markup, "p.html").paragraphs == (
        "First line of a blog post that is long enough.", "Second line of the same post, also long enough to be kept.")


@pytest.mark.parametrize("inner, expected", [
    ('Alan Milburn said: “<a href="/p">Michael Howard</a> is entitled to pose with his family today.”',
     "Alan Milburn said: “Michael Howard is entitled to pose with his family today.”"),  # no space after the mark
    ("<a href='/p'>Donald Trump</a>’s plan, <em>the</em> campaign said (<b>again</b>), was a <i>big</i> one.",
     "Donald Trump’s plan, the campaign said (again), was a big one."),
    ("Sodium:<span>4</span><span>mg</span> in each helping, the line<br>under it said.",
     "Sodium:4 mg in each helping, the line under it said."),  # spans laid out apart; a line break
    ("The mayor said <q>it is not safe</q> and left.", "The mayor said “it is not safe” and left."),  # marks shown
    ('<span class="pullquote"><q>It is not safe</q></span>, as the mayor put it.', "It is not safe, as the mayor put it."),
    ("<strong>... </strong><strong>a</strong><strong>nd automobiles</strong> fill the roads, she said.",
     "... and automobiles fill the roads, she said."),  # a word emphasised in two pieces
    ("<b>Sodium:</b><b>4mg</b> and <em>Fat</em><em>Free</em> on the line under it.",
     "Sodium: 4mg and Fat Free on the line under it."),  # pieces that are no one word: a space
])
def test_inline_elements_join_the_words_around_them_as_they_stand(inner, expected):
    markup = page(url_body=f"<p>{inner}</p>" + ARTICLE)
    assert parse_document(markup, "p.html").paragraphs[0] == expected


@pytest.mark.parametrize("inner, kept", [
    ("<a href='/p/1'>Ruth Bader Ginsburg</a> regrets her insults of <a href='/p/2'>Donald Trump</a>.", True),
    ("Read more: <a href='/s/1'>Ginsburg regrets her insults of Donald Trump</a>", False),  # a link, labelled
    ("<a href='/s/1'>Ginsburg apologizes</a> and <a href='/s/2'>Trump responds to the justice</a>.", False),
    ("Reporter <a href='/p/3'>Jomana Karadsheh</a> says:", True),  # a lead-in
    ("― <a href='/p/4'>Bernie Sanders</a>.", True),  # a signature
])
def test_a_paragraph_mostly_of_links_is_kept_only_when_a_sentence_or_a_lead_in_of_its_own_runs_between_them(inner, kept):
    paragraphs = parse_document(page(url_body=f"<p>{inner}</p>" + ARTICLE), "p.html").paragraphs
    assert len(paragraphs) == (2 if kept else 1)


@pytest.mark.parametrize("line, kept", [
    ("Tags:", False), ("Share this:", False), ("Filed under:", False),  # a page's labels
    ("Pros:", True), ("The measures are:", True), ("He added:", True),  # a list's heading, lead-ins
])
def test_a_short_line_ending_on_a_colon_is_dropped_only_when_it_is_a_pages_label(line, kept):
    paragraphs = parse_document(page(url_body=f"<p>{line}</p>" + ARTICLE), "p.html").paragraphs
    assert (line in paragraphs) is kept


def test_a_lead_in_of_its_own_is_kept_though_shaped_like_a_label_and_gives_the_quotation_its_speaker():
    body = ("<p>Roger Stone was speaking in an interview on a talk radio program.</p><p>Stated Stone:</p>"
            "<p>“I think that the stakes are so high.”</p><p>Tagged:</p>")
    passages = annotate(parse_document(page(url_body=body + ARTICLE), "p.html"))
    assert [p.text for p in passages][:3] == [
        "Roger Stone was speaking in an interview on a talk radio program.", "Stated Stone:",
        "“I think that the stakes are so high.”"]
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == [("I think that the stakes are so high.",
                                                                          "Roger Stone")]


@pytest.mark.parametrize("body, quotes", [
    ("<p>As Ezra Klein writes:</p><blockquote><p>We are so locked into our political identities.</p>"
     "<p>We will justify almost anything.</p></blockquote>",
     [("We are so locked into our political identities.", "Ezra Klein"), ("We will justify almost anything.", "Ezra Klein")]),
    ('<blockquote class="twitter-tweet"><p>Trump has arrived at his golf club for the 13th consecutive day.</p>'
     '<p>— Daniel Dale (@ddale8) <a href="/s/1">January 1, 2020</a></p></blockquote>',
     [("Trump has arrived at his golf club for the 13th consecutive day.", "Daniel Dale")]),
    ('<p>The minister quit.</p><blockquote class="twitter-tweet"><p>Sad to see Louise go. A real loss.</p>&mdash; '
     'Angela Rayner (@AngelaRayner) <a href="/s/2">November 29, 2024</a></blockquote>',
     [("Sad to see Louise go. A real loss.", "Angela Rayner")]),  # signed after its last block (was no one's)
    ("<blockquote><p>The program adjusts its motions accordingly.<br>-Chinedum Okwudire</p></blockquote>",
     [("The program adjusts its motions accordingly.", "Chinedum Okwudire")]),
    ('<p>The council met.</p><blockquote class="pullquote"><p>We will fight on to the end.</p></blockquote>', []),
])
def test_a_block_quote_is_a_quotation_though_it_has_no_marks(body, quotes):
    passages = annotate(parse_document(page(url_body=body + ARTICLE), "p.html"))
    assert [(q.text, q.speaker) for p in passages for q in p.quotes] == quotes


def test_a_quotation_opening_on_a_linked_name_is_found_and_attributed():
    inner = 'But Alan Milburn said: "<a href="/p">Michael Howard</a> is entitled to pose with his family today."'
    quotes = [q for p in annotate(parse_document(page(url_body=f"<p>{inner}</p>" + ARTICLE), "p.html")) for q in p.quotes]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Michael Howard is entitled to pose with his family today.", "Alan Milburn")]


def test_a_sentence_a_page_cut_into_paragraphs_is_joined_again():
    para = '<div class="markup"><p>{}</p></div>'
    body = "".join(para.format(text) for text in (
        "Police suspected Axcell was a lynchpin in the distribution of “kilos’ worth” of cocaine",
        "and cannabis being brought into the town, “with responsibility to distribute the drugs among",
        "low-level dealers”.", "The new phone went on sale in the town on Friday morning.",
        "iPhones sold out within hours at both of the shops that stock them."))
    markup = f"<html><body><article>{body}<div id='ad'></div></article></body></html>".encode()
    assert parse_document(markup, "p.html").paragraphs == (
        "Police suspected Axcell was a lynchpin in the distribution of “kilos’ worth” of cocaine and cannabis being "
        "brought into the town, “with responsibility to distribute the drugs among low-level dealers”.",
        "The new phone went on sale in the town on Friday morning.",
        "iPhones sold out within hours at both of the shops that stock them.")  # a sentence ended: not joined


@pytest.mark.parametrize("markup", [
    b"", b"<html>", b"<html><body><p>Truncated paragraph with no end", b"<p>" * 300,
    b"<html><body><script>var x = 1;</script></body></html>",
])
def test_broken_pages_give_what_text_they_have(markup):
    doc = parse_document(markup, "broken.html")
    assert doc.paragraphs in ((), ("Truncated paragraph with no end",))


def test_undecodable_bytes_are_an_unreadable_file():
    from whosaid import UnreadableFile
    with pytest.raises(UnreadableFile) as err:
        parse_document(b"\xff\xfe\x00\x00garbage", "broken.html")
    assert err.value.reason == "not valid utf-32-le: code point not in range(0x110000) at byte 0"


def test_a_declared_charset_is_honoured():
    markup = '<html><head><meta charset="windows-1251"></head><body><p>Привет, это длинный абзац текста статьи.</p></body></html>'
    assert parse_document(markup.encode("cp1251"), "p.html").paragraphs == ("Привет, это длинный абзац текста статьи.",)


@pytest.mark.parametrize("charset", ["iso-8859-1", "us-ascii"])
def test_a_page_declared_latin1_or_ascii_is_read_as_windows_1252_as_browsers_read_it(charset):
    markup = f'<html><head><meta charset="{charset}"></head><body><p>\x93It\x92s long enough,\x94 she said.</p>'
    assert parse_document(markup.encode("latin-1") + b"</body></html>", "p.html").paragraphs == (
        "“It’s long enough,” she said.",)


def test_a_batch_date_applies_only_where_a_document_names_none():
    from datetime import date
    undated = parse_document(b"Just text.", "a.txt", default_date=date(2001, 2, 3))
    dated = parse_document(b"---\ndate: 2010-01-01\n---\nText.", "b.txt", default_date=date(2001, 2, 3))
    assert (undated.published, dated.published) == (date(2001, 2, 3), date(2010, 1, 1))


def author(head="", body=""):
    return parse_document(page(head, body), "page.html").author


@pytest.mark.parametrize("head, body, expected", [
    ('<meta name="author" content="Jenny Smith"><meta name="author" content="John Smith">', "",
     "Jenny Smith and John Smith"),  # two tags, two writers
    ('<meta name="author" content="Jenny Smith ❤️">', "", "Jenny Smith"),
    ('<meta name="byl" content="By JODI KANTOR and MEGAN TWOHEY">', "", "JODI KANTOR and MEGAN TWOHEY"),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", "author": [{"name": "A Jones"}, '
     '{"name": "B Jones"}, {"name": "C Jones"}]}</script>', "", "A Jones, B Jones and C Jones"),
    ('<meta property="article:author" content="https://www.facebook.com/jenny">', '<p class="byline">By Jane Doe</p>',
     "Jane Doe"),  # an address names no one: the byline the page shows
    ("", '<a href="/jenny" rel="author">Jenny Smith</a>', "Jenny Smith"),
    ("", '<span class="author">Jenny Smith — Trafilatura</span>', "Jenny Smith"),  # the site after a dash
    ("", '<a class="author">Jenny Smith <div class="title">Editor</div></a>', "Jenny Smith"),  # her role, a block
    ("", '<div class="byline">By <a>Jenny Smith</a> and <a>John Smith</a> <time>July 12, 2021</time></div>',
     "Jenny Smith and John Smith"),
    ("", '<p class="byline">By Jenny Smith For Daily Mail Australia</p>', "Jenny Smith"),
    ('<meta name="author" content="Jenny Smith. Sputnik International">', "", "Jenny Smith"),  # the site after a stop
    ('<meta name="author" content="Prof. Jenny Smith">', "", "Prof. Jenny Smith"),
    ('<meta name="author" content="J. R. Smith">', "", "J. R. Smith"),
    ("", '<div class="byline">By Jenny Smith, Political Editor</div>', "Jenny Smith"),
    ("", '<div class="byline">By Court Reporter</div>', "Court Reporter"),  # a desk alone is the byline
    ('<meta name="author" content="Robert Brum and Isabel KeaneJournal New">', "", "Robert Brum and Isabel Keane"),
    ('<meta name="author" content="Jenny McPost and Ann DeNews">', "", "Jenny McPost and Ann DeNews"),  # a name's
    # capital after one letter
    ("", '<span id="author">Jenny_Smith</span>', "Jenny Smith"),
    ("", '<span class="author">Jenny "The Author" Smith</span>', "Jenny Smith"),
    ("", '<span class="author-name">Alejandro de la Garza</span>', "Alejandro de la Garza"),
    ("", '<div itemprop="author"><img alt="x"><span itemprop="name">Jenny Smith</span> May 18 2022 Reviewed by '
         "Robert Smith</div>", "Jenny Smith"),  # the name its markup marks
    ("", '<div data-component="Byline">Jenny Smith</div>', "Jenny Smith"),
    ("", "<author>Jenny Smith</author>", "Jenny Smith"),
    ("", '<figure><div class="author">Jenny Smith</div></figure>', None),  # a photographer's credit
    ("", '<div class="sidebar"><div class="author">Jenny Smith</div></div>', None),
    ("", '<div class="comment"><span class="author">Troll King</span></div>', None),  # a reader's comment
    ("", '<div class="quote"><p>My quote</p><p class="quote-author">— Jenny Smith</p></div>', None),
    ("", '<span class="submitted-by">Submitted on Mon, 2019-01-21 13:49</span>', None),  # no name
    ("", '<section class="node author-jsmith"><p>' + "Jenny Smith wrote a long story here. " * 10 + "</p></section>",
     None),  # an article whose class names its writer, not a byline
])
def test_the_author_from_metas_and_the_byline_the_page_shows(head, body, expected):
    assert author(head, body) == expected


def test_a_lone_surrogate_json_ld_escapes_is_a_replacement_character():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bad \\ud800 title", '
            '"author": {"name": "Jane \\udc00 Roe"}}</script>')
    document = parse_document(page(head, ""), "page.html")
    assert (document.title, document.author) == ("Bad \ufffd title", "Jane Roe")  # (no mark in a name)


def test_i_is_the_writer_a_pages_byline_names():
    markup = page(body='<span class="byline">By Jane Reporter</span>', url_body='<p>"Okay," I said to the clerk.</p>')
    quotes = [q for p in annotate(parse_document(markup, "page.html")) for q in p.quotes]
    assert [(q.speaker, q.speaker_mention) for q in quotes] == [("Jane Reporter", "I")]
