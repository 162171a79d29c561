"""News feeds saved as files (RSS 2.0, RSS 1.0, Atom): each item an article of its own."""
from datetime import date

import pytest

import whosaid
from whosaid import annotate
from whosaid.errors import UnreadableFile
from whosaid.ingest import parse_document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>The Daily Bugle</title><link>https://bugle.example/</link><description>News</description>
<pubDate>Sun, 04 Jun 2017 08:00:00 GMT</pubDate>
<item><title>Smith backs the budget &amp; the cuts</title><link>https://bugle.example/budget</link>
<pubDate>Thu, 01 Jun 2017 23:30:00 -0700</pubDate><dc:creator>Jane Reporter</dc:creator>
<description>A teaser that is not the story.</description>
<content:encoded><![CDATA[<p>Finance minister John Smith spoke on Monday.</p>
<p>"The budget is fair," he said.</p>
<p>The post Smith backs the budget appeared first on <a href="https://bugle.example">The Daily Bugle</a>.</p>]]>
</content:encoded></item>
<item><title>Storm hits coast</title><link>https://bugle.example/storm</link>
<pubDate>Fri, 02 Jun 2017 09:00:00 GMT</pubDate><author>desk@bugle.example (Tom Writer)</author>
<description>&lt;p&gt;Mary Jones watched the storm.&lt;/p&gt;&lt;p&gt;"We lost everything," Smith told
reporters.&lt;/p&gt;&lt;p&gt;"It was awful," he said.&lt;/p&gt;</description></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>The Daily Bugle</title><updated>2017-06-04T08:00:00Z</updated>
<entry><title type="html">Minister &lt;em&gt;quits&lt;/em&gt; over row</title>
<link rel="self" href="https://bugle.example/feed/quits"/><link rel="alternate" href="https://bugle.example/quits"/>
<published>2017-06-01T23:30:00-07:00</published><updated>2017-06-05T10:00:00Z</updated>
<author><name>Sam Writer</name><email>sam@bugle.example</email></author><summary>A teaser.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>"I have done nothing wrong," said
Peter Hain, the minister.</p><p>He resigned on Monday.</p></div></content></entry>
<entry><title>Prices to rise</title><link href="https://bugle.example/prices"/><updated>2017-06-03T10:00:00Z</updated>
<content type="text">"Prices will rise," warned the economist Dr Alice Grey.

"Nobody is ready," she said.</content></entry>
</feed>
"""
RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://bugle.example/"><title>The Daily Bugle</title><link>https://bugle.example/</link>
<items><rdf:Seq><rdf:li rdf:resource="https://bugle.example/vote"/></rdf:Seq></items></channel>
<item rdf:about="https://bugle.example/vote"><title>Vote delayed</title><link>https://bugle.example/vote</link>
<dc:date>2017-06-03T12:00:00+01:00</dc:date><dc:creator>Ann Clerk</dc:creator>
<description>"We need more time," said the Speaker, John Bercow.</description></item>
</rdf:RDF>
"""


def _read(feed: str, name: str = "news.xml"):
    return parse_document(feed.encode(), name)


def test_each_item_of_an_rss_feed_is_an_article_with_the_items_metadata():
    document = _read(RSS)
    assert [(a.title, a.url, a.author, a.published) for a in document.articles] == [
        ("Smith backs the budget & the cuts", "https://bugle.example/budget", "Jane Reporter", date(2017, 6, 1)),
        ("Storm hits coast", "https://bugle.example/storm", "Tom Writer", date(2017, 6, 2))]


def test_an_items_whole_story_is_read_under_its_title_before_its_teaser_and_without_the_feeds_footer():
    assert _read(RSS).articles[0].paragraphs == (
        "Smith backs the budget & the cuts", "Finance minister John Smith spoke on Monday.",
        '"The budget is fair," he said.')


def test_the_items_of_a_feed_are_numbered_through_it_and_read_alone():
    passages = annotate(_read(RSS))
    assert [(p.para, p.title) for p in passages] == [
        (n, "Smith backs the budget & the cuts") for n in (1, 2, 3)] + [(n, "Storm hits coast") for n in (4, 5, 6, 7)]
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [
        (3, "John Smith"), (6, "Smith"), (7, "Smith")]  # the second story's Smith is no one the first names


def test_an_atom_entry_gives_its_html_title_alternate_link_author_and_first_publication():
    document = _read(ATOM, "news.atom")
    assert [(a.title, a.url, a.author, a.published) for a in document.articles] == [
        ("Minister quits over row", "https://bugle.example/quits", "Sam Writer", date(2017, 6, 1)),
        ("Prices to rise", "https://bugle.example/prices", None, date(2017, 6, 3))]


def test_an_atom_entrys_content_is_read_as_xhtml_or_as_text():
    passages = annotate(_read(ATOM, "news.atom"))
    assert [(p.para, q.text, q.speaker) for p in passages for q in p.quotes] == [
        (2, "I have done nothing wrong,", "Peter Hain"), (5, "Prices will rise,", "Alice Grey"),
        (6, "Nobody is ready,", "Alice Grey")]


def test_an_rss_1_feeds_items_stand_beside_its_channel():
    document = _read(RDF, "news.rss")
    assert (document.title, document.author, document.published, document.paragraphs) == (
        "Vote delayed", "Ann Clerk", date(2017, 6, 3),
        ("Vote delayed", '"We need more time," said the Speaker, John Bercow.'))


def test_a_feed_that_is_not_well_formed_is_read_with_its_ampersands_and_html_entities():
    broken = RDF.replace("Vote delayed", "Vote &nbsp;delayed &ndash; again & again")
    assert _read(broken, "news.rss").title == "Vote delayed – again & again"


def test_a_feed_that_escapes_its_text_twice_is_read_as_its_words():
    twice = RDF.replace("Vote delayed", "Vote &amp;amp; count delayed").replace(
        '"We need more time,"', "&amp;quot;We need more time,&amp;quot;")
    document = _read(twice, "news.rss")
    assert (document.title, document.paragraphs[1]) == (
        "Vote & count delayed", '"We need more time," said the Speaker, John Bercow.')


def test_a_feed_names_no_outside_file_it_could_make_whosaid_read():
    leaky = RDF.replace("<rdf:RDF", '<!DOCTYPE rdf:RDF [<!ENTITY secret SYSTEM "file:///etc/hostname">]>\n<rdf:RDF',
                        1).replace("John Bercow.", "John Bercow &secret;.")
    assert _read(leaky, "news.rss").paragraphs[1:] == (
        '"We need more time," said the Speaker, John Bercow &secret;.',)


@pytest.mark.parametrize("data, reason", [
    (b'<?xml version="1.0"?><urlset><url><loc>https://bugle.example/</loc></url></urlset>',
     "not a news feed (its root is <urlset>, not <rss>, <feed> or <rdf:RDF>)"),
    (b"just some words\n", "not a news feed (not XML)")], ids=["sitemap", "text"])
def test_a_file_named_xml_that_is_no_feed_is_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile) as err:
        parse_document(data, "sitemap.xml")
    assert err.value.reason == reason


def test_an_items_story_that_opens_with_its_title_has_it_once():
    opened = RSS.replace("<![CDATA[<p>", "<![CDATA[<h1>Smith backs the budget &amp; the cuts</h1><p>")
    assert _read(opened).articles[0].paragraphs[:2] == (
        "Smith backs the budget & the cuts", "Finance minister John Smith spoke on Monday.")


def test_an_item_with_a_title_alone_is_an_article_of_its_headline_and_one_with_nothing_is_none():
    headline = "<item><title>Blair: 'We will win'</title><link>https://bugle.example/win</link></item>"
    bare = RSS.replace("<item><title>Storm", f"{headline}<item><link>https://bugle.example/x</link></item>"
                                             "<item><title>Storm")
    articles = _read(bare).articles
    assert [(a.title, a.paragraphs) for a in articles[1:]] == [
        ("Blair: 'We will win'", ("Blair: 'We will win'",)),  # a feed of headlines is searchable by them
        ("Storm hits coast", ("Storm hits coast", "Mary Jones watched the storm.",
                              '"We lost everything," Smith told reporters.', '"It was awful," he said.'))]


FEEDPARSER_LIKE = """<?xml version="1.0" encoding="iso-8859-1"?>
<rss version="2.0" xmlns:szf="http://schemas.example/myDescModule/">
<channel><item><title>Words</title><guid>https://bugle.example/words</guid>
<szf:description>An extension's words, not the story.</szf:description>
<description>Mary Jones said she didnt know &lt;script&gt;track('x');&lt;/script&gt;&lt;iframe
src="https://video.example/1"&gt;&lt;/iframe&gt; why.</description></item>
<item><title>Kept apart</title><guid isPermaLink="false">tag:bugle,2017:2</guid>
<description>&lt;!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"&gt;&lt;html&gt;&lt;body&gt;&lt;p&gt;A whole
page pasted in.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</description></item>
</channel></rss>
"""


def test_a_feeds_own_story_wins_over_a_modules_its_code_goes_and_its_guid_is_its_address():
    articles = parse_document(FEEDPARSER_LIKE.encode("latin-1"), "news.xml").articles
    assert [(a.url, a.paragraphs) for a in articles] == [
        ("https://bugle.example/words", ("Words", "Mary Jones said she didn’t know why.")),  # Word's \x92 as ’
        (None, ("Kept apart", "A whole page pasted in."))]  # a guid that is no permalink is no address


ATOM_PACKED = """<feed xmlns="http://www.w3.org/2005/Atom">
<entry><title type="application/octet-stream">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">History of the &lt;blink&gt; tag</div></content></entry>
<entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">safe<script>location.href='x';</script>
title</div></title><content mode="base64" type="text/html">PHA+QW4gb2xkIGZlZWQncyBzdG9yeS48L3A+</content></entry>
</feed>
"""


def test_atom_text_in_base64_or_as_xhtml_elements_is_read_as_its_words():
    articles = parse_document(ATOM_PACKED.encode(), "news.atom").articles
    assert [a.paragraphs for a in articles] == [
        ("Example Atom", "History of the <blink> tag"),  # a title in base64; escaped markup is words
        ("safe title", "An old feed's story.")]  # a script's code is no title; Atom 0.3's base64


def test_an_index_of_a_feed_finds_each_item_under_its_own_title_and_skips_a_sitemap(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bugle.rss").write_text(RSS)
    (tmp_path / "articles" / "sitemap.xml").write_text("<urlset/>")
    report = whosaid.index_paths([tmp_path / "articles"], tmp_path / "index")
    hits = whosaid.search(tmp_path / "index", "lost OR fair").hits
    assert sorted((h.passage.para, h.passage.title, h.passage.published) for h in hits) == [
        (3, "Smith backs the budget & the cuts", date(2017, 6, 1)), (6, "Storm hits coast", date(2017, 6, 2))]
    assert [s.path.rsplit("/", 1)[1] for s in report.skipped] == ["sitemap.xml"]


def test_at_most_n_passages_a_document_means_each_item_of_a_feed_alone(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bugle.rss").write_text(RSS)
    whosaid.index_paths([tmp_path / "articles"], tmp_path / "index")
    hits = whosaid.search(tmp_path / "index", "smith OR storm OR budget", per_doc=1).hits
    assert sorted(h.passage.title for h in hits) == ["Smith backs the budget & the cuts", "Storm hits coast"]


def test_info_counts_the_articles_of_an_indexed_feed(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bugle.rss").write_text(RSS)
    whosaid.index_paths([tmp_path / "articles"], tmp_path / "index")
    facts = whosaid.info(tmp_path / "index")
    assert (facts.documents, facts.articles, facts.passages) == (1, 2, 7)


def test_a_story_two_saved_copies_of_a_feed_hold_is_one_hit_that_names_both(tmp_path):
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "bugle-06-02.rss").write_text(RSS)
    later = RSS.replace("Smith backs the budget &amp; the cuts", "Rates rise again").replace(
        "Finance minister John Smith spoke on Monday.", "The central bank raised rates on Tuesday.")
    (tmp_path / "feeds" / "bugle-06-03.rss").write_text(later)
    whosaid.index_paths([tmp_path / "feeds"], tmp_path / "index")
    hits = whosaid.search(tmp_path / "index", "text:storm OR monday OR tuesday").hits
    assert [(h.passage.path.rsplit("/", 1)[1], h.passage.para, h.also_at) for h in sorted(
        hits, key=lambda h: (h.passage.path, h.passage.para))] == [
        ("bugle-06-02.rss", 2, ()), ("bugle-06-02.rss", 4, (str(tmp_path / "feeds" / "bugle-06-03.rss"),)),
        ("bugle-06-02.rss", 5, (str(tmp_path / "feeds" / "bugle-06-03.rss"),)), ("bugle-06-03.rss", 2, ())]


def test_pages_of_one_hit_list_a_repeated_story_once_in_the_same_order(tmp_path):
    (tmp_path / "feeds").mkdir()
    for day in range(3):
        (tmp_path / "feeds" / f"bugle-{day}.rss").write_text(RSS.replace("Finance", f"Day {day}: finance"))
    whosaid.index_paths([tmp_path / "feeds"], tmp_path / "index")
    whole = [h.passage.key for h in whosaid.search(tmp_path / "index", "smith", limit=50).hits]
    paged = [h.passage.key for page in range(1, 8) for h in whosaid.search(tmp_path / "index", "smith", limit=1,
                                                                           page=page).hits]
    assert paged == whole and len(whole) == len(set(whole)) == 7  # each day's own paragraph, and the 4 they share


def test_speakers_count_a_quotation_that_saved_copies_of_a_feed_repeat_once(tmp_path):
    (tmp_path / "feeds").mkdir()
    for day in range(3):
        (tmp_path / "feeds" / f"bugle-{day}.rss").write_text(RSS)
    (tmp_path / "feeds" / "bugle-2.rss").write_text(RSS + "<!-- saved again -->")  # not byte for byte the same
    whosaid.index_paths([tmp_path / "feeds"], tmp_path / "index")
    assert whosaid.speakers(tmp_path / "index") == [("Smith", 2), ("John Smith", 1)]


def test_a_paragraph_one_file_repeats_is_found_each_time(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "song.txt").write_text(
        "The anthem\n\nWe shall overcome, they sang.\n\nThe crowd grew.\n\nWe shall overcome, they sang.\n")
    whosaid.index_paths([tmp_path / "articles"], tmp_path / "index")
    assert sorted(h.passage.para for h in whosaid.search(tmp_path / "index", "overcome").hits) == [2, 4]


@pytest.mark.parametrize("written, day", [
    ("Mon, 26 January 2004 16:31:00 ET", date(2004, 1, 26)),  # a month's whole name, a US zone's letters
    ("Thu, 01 Jan 2004", date(2004, 1, 1)),  # no time
    ("Mon, 13 Feb, 2012 06:28:00 UTC", date(2012, 2, 13)),  # a comma after the month
    ("Thu Aug 30 2012 17:26:16 +0200", date(2012, 8, 30)),  # JavaScript's Date
    ("Sun, 99 Jun 2009 12:00:00 GMT", None),  # no such day
    ("2004년 05월 28일  01:31:15", date(2004, 5, 28)),  # a Korean blog's
    ("2023年11月17日 10:00", date(2023, 11, 17)),
    ("Thu, 01 Jan 0100 00:00:01 +0100", None),  # a placeholder, no date
    ("9999-12-31T23:59:59", None),
])
def test_an_items_date_is_read_in_the_looser_forms_feeds_write(written, day):
    feed = RSS.replace("Thu, 01 Jun 2017 23:30:00 -0700", written)
    assert _read(feed).articles[0].published == day


def test_an_items_xhtml_body_or_old_fullitem_is_its_story():
    feed = """<rss version="2.0" xmlns:xhtml="http://www.w3.org/1999/xhtml"><channel>
    <item><title>One</title><xhtml:body><xhtml:p>"We will win," said Mary Jones.</xhtml:p></xhtml:body></item>
    <item><title>Two</title><fullitem>&lt;p&gt;"We lost," said Tom Smith.&lt;/p&gt;</fullitem></item>
    </channel></rss>"""
    document = parse_document(feed.encode(), "news.rss")
    assert [a.paragraphs for a in document.articles] == [
        ("One", '"We will win," said Mary Jones.'), ("Two", '"We lost," said Tom Smith.')]


def test_a_youtube_like_entrys_media_description_is_its_story():
    feed = """<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
    <entry><title>Minister interviewed</title><link rel="alternate" href="https://video.example/1"/>
    <published>2024-05-01T10:00:00+00:00</published><media:group><media:title>Minister interviewed</media:title>
    <media:description>"We will cut taxes," said the minister, Jane Smith.</media:description></media:group></entry>
    </feed>"""
    document = parse_document(feed.encode(), "channel.xml")
    assert (document.paragraphs, document.url, document.published) == (
        ("Minister interviewed", '"We will cut taxes," said the minister, Jane Smith.'), "https://video.example/1",
        date(2024, 5, 1))
