"""Web archives (.warc, .warc.gz): the pages a crawl fetched, each an article.

A crawl keeps what it fetched as WARC records (ISO 28500): a `WARC/1.0` line, header lines
(`WARC-Type`, `WARC-Target-URI`, `Content-Length`), a blank line and a block of that many bytes.
A `response` record's block is the HTTP response as it came: its status line, its headers, and its
body, perhaps chunked (`Transfer-Encoding: chunked`) and compressed (`Content-Encoding: gzip`). The
news crawls researchers use (Common Crawl's CC-NEWS, a newsroom's own archive made with wget or
Browsertrix) write each record as a gzip member of one `.warc.gz` file. The pages that answered 200
with HTML are the articles; images, scripts, redirects and the crawl's own records are not.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

from ..errors import UnreadableFile

MOST_UNPACKED = 512 * 1024 * 1024  # an archive larger than this once unpacked is refused (a gzip bomb's)
_CHUNK = 16 * 1024 * 1024
_VERSION = re.compile(rb"WARC/\d+\.\d+\r?\n")
_HTML = re.compile(rb"^\s*(?:text/html|application/xhtml\+xml)\b", re.I)
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    """A page the crawl fetched: its address, the charset its response declared (or None), and its bytes."""

    url: str
    charset: str | None
    body: bytes


def pages(data: bytes, path: str = "", most: int = MOST_UNPACKED) -> list[Page]:
    """The HTML pages of an archive's bytes (gzipped or not), in order; UnreadableFile when they hold
    no WARC record."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzipped(data, path, most)
    if not _VERSION.match(data):
        raise UnreadableFile(path, "not a web archive (no WARC/1.0 record)")
    found = []
    for headers, block in _records(data):
        if headers.get(b"warc-type", b"").lower() == b"response":
            page = _page(headers, block)
            if page is not None:
                found.append(page)
    return found


def _gunzipped(data: bytes, path: str, most: int) -> bytes:
    """Every gzip member's bytes, one after another; what a truncated member held, up to where it stops."""
    out, total, rest = [], 0, data
    unpacker = zlib.decompressobj(zlib.MAX_WBITS | 16)
    while rest:
        try:
            piece = unpacker.decompress(rest, _CHUNK)
        except zlib.error:
            break  # a damaged member: what came before it is kept
        total += len(piece)
        if total > most:
            raise UnreadableFile(path, f"web archive larger than {most // 2 ** 20} MB once unpacked")
        out.append(piece)
        if unpacker.eof:
            rest = unpacker.unused_data
            unpacker = zlib.decompressobj(zlib.MAX_WBITS | 16)
        else:
            rest = unpacker.unconsumed_tail
            if not piece and not rest:
                break
    return b"".join(out)


def _records(data: bytes):
    """(headers by lowercase name, block) of each whole record, until the bytes stop making records."""
    at = 0
    while True:
        version = _VERSION.match(data, at)
        if version is None:
            return
        head_end = data.find(b"\r\n\r\n", version.end())
        if head_end < 0:
            return
        headers = _headers(data[version.end():head_end])
        try:
            length = int(headers.get(b"content-length", b""))
        except ValueError:
            return
        start = head_end + 4
        if start + length > len(data):
            return  # a record cut short (a crawl stopped, a copy truncated) is no page
        yield headers, data[start:start + length]
        at = start + length
        while data[at:at + 2] == b"\r\n":  # the two line ends after a block
            at += 2


def _headers(lines: bytes) -> dict[bytes, bytes]:
    headers = {}
    for line in lines.split(b"\r\n"):
        name, colon, value = line.partition(b":")
        if colon:
            headers.setdefault(name.strip().lower(), value.strip())
    return headers


def _page(headers: dict[bytes, bytes], block: bytes) -> Page | None:
    """The page a response record holds, when it answered 200 with HTML."""
    head_end = block.find(b"\r\n\r\n")
    if head_end < 0 or not re.match(rb"HTTP/\d(?:\.\d)? 200\b", block):
        return None
    http = _headers(block[block.find(b"\n") + 1:head_end])
    if not _HTML.match(http.get(b"content-type", b"")):
        return None
    body = block[head_end + 4:]
    if b"chunked" in http.get(b"transfer-encoding", b"").lower():
        body = _dechunked(body)
    body = _decoded(body, http.get(b"content-encoding", b"").strip().lower())
    if body is None:
        return None
    declared = _CHARSET.search(http.get(b"content-type", b"").decode("latin-1"))
    url = headers.get(b"warc-target-uri", b"").decode("utf-8", "replace").strip("<> ")
    return Page(url, declared.group(1) if declared else None, body)


def _dechunked(body: bytes) -> bytes:
    """HTTP's chunks (`1a3\\r\\n…\\r\\n0\\r\\n\\r\\n`) as the bytes they carry; the body as it is when it
    is not chunked."""
    out, at = [], 0
    while True:
        line_end = body.find(b"\r\n", at)
        if line_end < 0:
            break
        try:
            size = int(body[at:line_end].split(b";")[0], 16)
        except ValueError:
            return body if not out else b"".join(out)
        if size == 0:
            break
        out.append(body[line_end + 2:line_end + 2 + size])
        at = line_end + 2 + size + 2
    return b"".join(out)


def _decoded(body: bytes, encoding: bytes) -> bytes | None:
    """The body without its content coding: gzip or deflate; None for one the standard library cannot
    undo (Brotli)."""
    if encoding in (b"", b"identity"):
        return body
    if encoding in (b"gzip", b"x-gzip", b"deflate"):
        for bits in (zlib.MAX_WBITS | 32, -zlib.MAX_WBITS):  # gzip or zlib; raw deflate
            try:
                return zlib.decompressobj(bits).decompress(body, MOST_UNPACKED // 8)
            except zlib.error:
                continue
    return None
