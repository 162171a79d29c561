"""Web archives (.warc, .warc.gz): the pages a crawl fetched, each an article."""
import gzip
from datetime import date

import pytest

from whosaid import annotate
from whosaid.errors import UnreadableFile
from whosaid.ingest import parse_document
from whosaid.ingest.warc import pages

BUDGET = ("<html><head><title>Smith backs the budget | The Bugle</title>"
          '<meta property="article:published_time" content="2017-06-01T10:00:00Z"></head><body>'
          "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Smith backs the budget</h1>"
          "<p>Finance minister John Smith spoke on Monday about the plans for the year ahead.</p>"
          "<p>\u201cThe budget is fair,\u201d he said.</p></article></body></html>")
STORM = ("<html><head><title>Storm hits coast</title></head><body><article><h1>Storm hits coast</h1>"
         "<p>Mary Jones watched the storm from her window on the harbour front.</p>"
         "<p>\"We lost everything,\" Smith told reporters in G\u00f6teborg.</p></article></body></html>")


def _record(kind: str, uri: str, block: bytes) -> bytes:
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n")
    return head.encode() + block + b"\r\n\r\n"


def _response(uri: str, body: bytes, headers: str = "Content-Type: text/html; charset=utf-8",
              status: str = "200 OK") -> bytes:
    return _record("response", uri, f"HTTP/1.1 {status}\r\n{headers}\r\n\r\n".encode() + body)


def _chunked(body: bytes) -> bytes:
    half = len(body) // 2
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (body[:half], body[half:])) + b"0\r\n\r\n"


RECORDS = [
    _record("warcinfo", "", b"software: test\r\n"),
    _record("request", "https://bugle.example/budget", b"GET /budget HTTP/1.1\r\nHost: bugle.example\r\n\r\n"),
    _response("https://bugle.example/budget", _chunked(gzip.compress(BUDGET.encode())),
              "Content-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip"),
    _response("https://bugle.example/logo.png", b"\x89PNG\r\n\x1a\n", "Content-Type: image/png"),
    _response("https://bugle.example/old", b"", "Location: https://bugle.example/budget", "301 Moved Permanently"),
    _response("https://bugle.example/brotli", b"\x0b\x02\x80<p>x</p>\x03",
              "Content-Type: text/html\r\nContent-Encoding: br"),
    _response("https://bugle.example/storm", STORM.encode("iso-8859-1"), "Content-Type: text/html; charset=ISO-8859-1"),
]
WARC = b"".join(RECORDS)
WARC_GZ = b"".join(gzip.compress(r) for r in RECORDS)  # a gzip member a record, as crawlers write


@pytest.mark.parametrize("data", [WARC, WARC_GZ], ids=["warc", "warc.gz"])
def test_each_html_page_an_archive_fetched_is_an_article(data):
    document = parse_document(data, "crawl.warc.gz")
    assert [(a.title, a.url, a.published) for a in document.articles] == [
        ("Smith backs the budget", "https://bugle.example/budget", date(2017, 6, 1)),
        ("Storm hits coast", "https://bugle.example/storm", None)]


def test_the_pages_bodies_are_unchunked_unzipped_and_decoded_as_their_response_says():
    passages = annotate(parse_document(WARC_GZ, "crawl.warc.gz"))
    assert [(p.para, q.text, q.speaker) for p in passages for q in p.quotes] == [
        (3, "The budget is fair,", "John Smith"), (6, "We lost everything,", "Smith")]
    assert passages[-1].text == '"We lost everything," Smith told reporters in G\u00f6teborg.'


def test_a_truncated_archive_keeps_the_pages_before_the_break():
    cut = WARC_GZ[:-40]
    assert [p.url for p in pages(cut)] == ["https://bugle.example/budget"]


@pytest.mark.parametrize("data, reason", [
    (b"just some words\n", "not a web archive (no WARC/1.0 record)"),
    (gzip.compress(b"just some words\n"), "not a web archive (no WARC/1.0 record)"),
    (gzip.compress(b"\0" * 2 ** 21), "web archive larger than 1 MB once unpacked"),
], ids=["text", "gzipped-text", "bomb"])
def test_a_file_that_is_no_archive_or_too_large_unpacked_is_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile) as err:
        pages(data, "crawl.warc.gz", most=2 ** 20)
    assert err.value.reason == reason
