"""On any input, the quote finder, the date resolver, the HTML reader and the query builder
raise nothing but WhosaidError, and extraction keeps its invariants."""
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from whosaid import BadQuery, Document, WhosaidError, annotate
from whosaid.extract.dates import paragraph_date
from whosaid.extract.marks import find_marked
from whosaid.ingest import parse_document, parse_unnamed
from whosaid.store.query import build
from whosaid.store.schema import build_schema

def pieces(*words, max_size):
    """Text made by joining pieces (characters and whole words) drawn from `words`."""
    return st.lists(st.sampled_from(words), max_size=max_size).map("".join)


NEWSY = pieces(*'abcXYZ "“”‘’\'.,:;!?()-—\n', "Mr.", " said", " told", " he", " she", "Smith", "Jane ",
               " according to", max_size=120)
ANY_TEXT = st.one_of(st.text(max_size=300), NEWSY)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(ANY_TEXT)
def test_marked_spans_lie_inside_the_paragraph(text):
    for span in find_marked(text):
        assert 0 <= span.outer_start <= span.start <= span.end <= span.outer_end <= len(text)


@SETTINGS
@given(st.lists(ANY_TEXT, max_size=5), st.one_of(st.none(), st.dates()))
@example(['"0:0:0', "-B"], None)  # found by hypothesis: a signature in the next paragraph
@example(['"0"0,'], None)  # found by hypothesis: a comma ending the paragraph after a quotation
def test_extraction_invariants(paragraphs, published):
    assert_invariants(Document(path="p.txt", paragraphs=tuple(p for p in paragraphs if p.strip()),
                               published=published))


TURNS = pieces("PENCE: ", "HOLT:", "Q: ", "A. ", "Mr Malone: ", "THE PRESIDENT: ", "Joe Biden: (00:15)", "I ", "we ",
               "you ", "said ", '"', "* * *", "(CROSSTALK)", "Pence", "Mike ", ".", "?", max_size=12)


@SETTINGS
@given(st.lists(TURNS, max_size=8))
@example(['HOLT:', '"A. ', '"A. ', '"PENCE: PENCE: '])  # found by hypothesis: a quotation going on over two paragraphs
# to its speaker's label, whose mention is written in neither
def test_an_interviews_turns_keep_the_extraction_invariants(paragraphs):
    assert_invariants(Document(path="p.txt", paragraphs=tuple(p for p in paragraphs if p.strip())))


def assert_invariants(doc: Document) -> None:
    seen = ""
    for passage in annotate(doc):
        seen += passage.text + "\n"
        signing = doc.paragraphs[passage.para] if passage.para < len(doc.paragraphs) else ""
        for quote in passage.quotes:
            assert passage.text[quote.start:quote.end] == quote.text
            # as written here, where the quotation it continues was attributed, or in the next
            # paragraph when that one signs it (`- Sanders.`)
            assert quote.speaker_mention is None or quote.speaker_mention in seen + signing


@SETTINGS
@given(ANY_TEXT, st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))))
def test_the_date_resolver_returns_a_date_or_none(text, published):
    assert paragraph_date(text, published) is None or isinstance(paragraph_date(text, published), date)


@SETTINGS
@given(st.one_of(st.binary(max_size=400), st.text(alphabet=st.sampled_from(list("<>/=\"' abpdivhtml\n&;#")), max_size=400)
                 .map(str.encode)))
def test_the_html_reader_raises_nothing_but_whosaid_errors(data):
    assert_read_or_refused(data, "page.html")


def assert_read_or_refused(data: bytes, name: str | None) -> None:
    """The file is read into paragraphs that can be written out, or refused for what it is, never for a
    failure of whosaid's own (which parse_document reports as a file it failed on). No `name`: bytes
    from standard input, their kind told by their first bytes."""
    try:
        doc = parse_document(data, name) if name is not None else parse_unnamed(data)
    except WhosaidError as err:
        assert "whosaid failed on it" not in str(err)
        return
    assert all(isinstance(p, str) and p for p in doc.paragraphs)
    for text in (*doc.paragraphs, doc.title or "", doc.author or "", doc.url or ""):
        text.encode("utf-8")  # no lone surrogate


PAGED = pieces("\f", "\n", "\n\n", "1 of 3 DOCUMENTS", "LENGTH: 30 words", "BYLINE: By JANE SMITH", "End of Document",
               "LOAD-DATE: May 1, 2005", "Page 2", "- 3 -", "2", "Document ABCDEFGHIJKLMNOPQRS", "12 words", "English",
               "(c) 2005 X", "gov-\nernment", "Ca-\nble", "\u00ad\n", '"We win," he said.', "John Smith said. ",
               "March 14, 2005 Monday", "Body", max_size=40)


@SETTINGS
@given(PAGED)
def test_a_paged_or_exported_text_reads_into_passages_numbered_in_order(text):
    doc = parse_document(text.encode(), "export.txt")
    passages = annotate(doc)
    assert [(p.para, p.text) for p in passages] == list(enumerate(doc.paragraphs, 1))


RTFISH = pieces("{\\rtf1", "{", "}", "\\par", "\\u8220?", "\\uc2", "\\'e9", "\\*", "\\fonttbl", "\\ ", "\\", "text ",
                "\\b0 ", "\\'", "\\u-3913", '"', max_size=40).map(str.encode)
FEEDISH = pieces("<rss>", "<feed>", "<item>", "</item>", "<entry>", "<title>", "</title>", "<content type='xhtml'>",
                 "<description>", "&lt;p&gt;", "<![CDATA[<p>", "]]>", "&", "&nbsp;", "<pubDate>", "text ", '"',
                 "<link href='x'/>", max_size=40).map(str.encode)
MAILBOXISH = pieces("From a@b.example Mon Mar 14 10:02:00 2005\n", "Subject: Fwd: x\n", "Date: Mon, 14 Mar 2005\n",
                    "From: a <a@b>\n", "\n", ">From ", "From ", "Content-Type: text/html\n", "<p>", '"', "text ",
                    "Content-Transfer-Encoding: base64\n", "=E2=80=9C", max_size=40).map(str.encode)
WARCISH = pieces("WARC/1.0\r\n", "WARC-Type: response\r\n", "Content-Length: 40\r\n", "\r\n", "HTTP/1.1 200 OK\r\n",
                 "Content-Type: text/html\r\n", "Transfer-Encoding: chunked\r\n", "Content-Encoding: gzip\r\n", "1a\r\n",
                 "0\r\n", "<p>", '"We won," he said.', "\x1f\x8b", max_size=40).map(str.encode)
CAPTIONISH = pieces("WEBVTT\n", "\n\n", "00:00:01.000 --> 00:00:04.000\n", "00:01,000 --> 00:02,500 align:start\n",
                    "<v Roger>", "<v.loud Mary Jones>", ">> ", ">> ROGER: ", "- ", "[Applause]", "<i>", "</i>", "♪",
                    "<00:00:01.500>", "{\\an8}", "&amp;", '"We won," he said. ', "words ", "\n", max_size=40).map(str.encode)
JSONISH = pieces("{", "}", "[", "]", '"text": ', '"title": ', '"date": ', '"authors": ', '"<p>We won</p>"', "1496448000",
                 "1e400", "null", ", ", "\n", '"x"', '"\\u201c"', '"\\ud800"', max_size=40).map(str.encode)


@SETTINGS
@given(st.one_of(st.binary(max_size=400), RTFISH, FEEDISH, MAILBOXISH, JSONISH, WARCISH, CAPTIONISH),
       st.sampled_from(["a.rtf", "a.docx", "a.odt", "a.eml", "a.mbox", "a.rss", "a.txt", "a.jsonl", "a.warc", "a.vtt"]))
def test_the_readers_of_documents_and_of_files_of_many_raise_nothing_but_whosaid_errors(data, name):
    assert_read_or_refused(data, name)


@SETTINGS
@given(st.one_of(st.binary(max_size=400), RTFISH, FEEDISH, MAILBOXISH, JSONISH, WARCISH, CAPTIONISH))
def test_standard_input_of_any_kind_raises_nothing_but_whosaid_errors(data):
    assert_read_or_refused(data, None)


SCHEMA = build_schema()
QUERYISH = pieces(*'ab "()*?~:-+[]. \t', "AND", "OR", "NOT", "TO", "date:", "speaker:", "title:", "author:", "2017-10",
                  "foo:",
                  max_size=30)


@SETTINGS
@given(st.one_of(QUERYISH, st.text(max_size=60)))
def test_the_query_builder_raises_nothing_but_bad_query(text):
    try:
        build(text, SCHEMA)
    except BadQuery as err:
        assert "\n" not in str(err)


@SETTINGS
@given(st.one_of(QUERYISH, st.text(max_size=40)))
def test_searching_raises_nothing_but_bad_query(text):
    import whosaid

    try:
        result = whosaid.search(_small_index(), text)
    except BadQuery:
        return
    assert result.total >= len(result.hits)


_INDEX = []


def _small_index():
    """One index for every example (hypothesis calls the test many times)."""
    if not _INDEX:
        import tempfile
        from pathlib import Path

        import whosaid
        from .conftest import CORPUS, write

        folder = Path(tempfile.mkdtemp(prefix="whosaid-props-"))
        for name, text in CORPUS.items():
            write(folder / "corpus", name, text)
        whosaid.index_paths([folder / "corpus"], folder / "ix")
        _INDEX.append(folder / "ix")
    return _INDEX[0]
