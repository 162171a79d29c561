"""Paths to Documents: finding article files, decoding them, and splitting them into paragraphs."""
from __future__ import annotations

import os
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..errors import UnreadableFile, failure_skips_the_file
from ..models import Document, Spoken
from . import exports
from . import text as plain
from .decode import decode, html_charset

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
RTF_SUFFIXES = (".rtf",)  # a word processor's, and a news database's export (LexisNexis, Factiva)
DOCX_SUFFIXES = (".docx",)  # Word's, and Nexis Uni's export
ODT_SUFFIXES = (".odt",)  # LibreOffice's
MAIL_SUFFIXES = (".eml",)  # an e-mail message as a mail program saves it
MAILBOX_SUFFIXES = (".mbox",)  # a mail folder of many messages (Thunderbird's, Google Takeout's)
FEED_SUFFIXES = (".rss", ".atom", ".xml")  # a news feed's stories (RSS, Atom)
DATASET_SUFFIXES = (".jsonl", ".ndjson", ".json")  # a dataset's articles, a record each
WARC_SUFFIXES = (".warc", ".warc.gz")  # a web archive's pages (a crawl's: CC-NEWS, wget's, Browsertrix's)
CAPTION_SUFFIXES = (".vtt", ".srt")  # a broadcast's captions or subtitles
SUFFIXES = (TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES + RTF_SUFFIXES + DOCX_SUFFIXES + ODT_SUFFIXES
            + MAIL_SUFFIXES + MAILBOX_SUFFIXES + FEED_SUFFIXES + DATASET_SUFFIXES + WARC_SUFFIXES + CAPTION_SUFFIXES)
WALKED = tuple(s for s in SUFFIXES if s != ".json")  # a folder's .json is more often its settings than articles


def find_files(paths: Iterable[str | Path], passed_over: Counter | None = None) -> Iterator[Path]:
    """Article files under the given paths, each once, folders walked in name order.

    A file named explicitly is taken whatever its suffix; inside folders only the known
    suffixes are (but not `.json`: a dataset there is `.jsonl`), and hidden files and folders are passed over.
    `passed_over`, when given, counts the other files inside the folders by suffix (`.pdf`), so that a
    folder of a kind whosaid does not read can be told from an empty one.
    """
    paths = [Path(p) for p in paths]
    same = os.path.realpath if len(paths) > 1 else os.path.abspath  # overlapping paths need the real one
    seen: set[str] = set()
    for path in paths:
        found = _walk(path, passed_over) if path.is_dir() else [path]  # (a pipe named is reported, not passed over)
        for file in found:
            key = same(file)  # not Path.resolve(), which raises on a symlink loop
            if key not in seen:
                seen.add(key)
                yield file


def document_key(path: Path) -> str:
    """How the index names a file: its absolute path, without resolving links; bytes of a file
    name that are not UTF-8 are written as \\xNN escapes."""
    key = os.path.abspath(path)
    try:
        key.encode("utf-8")
        return key
    except UnicodeEncodeError:
        return os.fsencode(key).decode("utf-8", errors="backslashreplace")


def _walk(folder: Path, passed_over: Counter | None) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):  # os.walk does not follow links to folders
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if name.lower().endswith(WALKED):
                yield Path(dirpath) / name
            elif passed_over is not None:
                passed_over[os.path.splitext(name)[1].lower() or "(no suffix)"] += 1


def read_document(path: str | Path, default_date: date | None = None) -> Document:
    """Read one article file. Raises UnreadableFile when it cannot be read as an article."""
    path = Path(path)
    try:
        check_regular(path, path.stat().st_mode)
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(path, exc) from None
    return parse_document(data, str(path), default_date)


def unreadable(path: Path, exc: OSError) -> UnreadableFile:
    """The error of a file the system would not read, in words: `No such file or directory`, or for a
    link whose target is gone, what it points to."""
    if isinstance(exc, FileNotFoundError) and os.path.islink(path):
        return UnreadableFile(path, f"a link to {os.readlink(path)}, which does not exist")
    return UnreadableFile(path, exc.strerror or str(exc))


def check_regular(path: Path, mode: int) -> None:
    """UnreadableFile unless `mode` (of os.stat) is a regular file's: reading a named pipe waits for a
    writer that may never come, and a device (`article.txt -> /dev/zero`) may never end."""
    if not stat.S_ISREG(mode):
        raise UnreadableFile(path, "not a regular file (a named pipe, a device or a socket), so no article")


def parse_document(data: bytes, path: str, default_date: date | None = None) -> Document:
    """An article from a file's bytes; the suffix of `path` says how to read them.

    `default_date` is the publication date of a document that names none. A failure of whosaid's own
    on the file is an UnreadableFile (WHOSAID_DEBUG=1 lets it through, with its traceback).
    """
    with failure_skips_the_file(path):
        document = _parse(data, path)
    if default_date is None:
        return document
    if document.articles:  # each article that names no date of its own
        dated = tuple(a if a.published else replace(a, published=default_date) for a in document.articles)
        document = replace(document, articles=dated)
    return replace(document, published=document.published or default_date)


def parse_unnamed(data: bytes, default_date: date | None = None) -> Document:
    """An article from bytes with no file name (standard input, `whosaid extract -`), its kind told by
    its first bytes (`kind_of`), its path `-`."""
    return replace(parse_document(data, f"-{kind_of(data)}", default_date), path="-")


def kind_of(data: bytes) -> str:
    """The suffix a file of these bytes would have: `.html` for a page, `.xml` for a feed, `.jsonl` for a
    dataset, `.vtt` for captions, `.warc` for a web archive, `.eml` for a message; else `.txt` (which reads
    a word processor's file by its own first bytes)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    for pattern, suffix in _KINDS:
        if pattern.match(head):
            return suffix
    return ".txt"


_KINDS = (
    (re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.I | re.S), ".xml"),
    (re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|p|div)\b",
                re.I | re.S), ".html"),
    (re.compile(rb"\["), ".json"), (re.compile(rb"{"), ".jsonl"), (re.compile(rb"WEBVTT\b"), ".vtt"),
    (re.compile(rb"WARC/1\.[01]\r?\n"), ".warc"), (re.compile(rb"\x1f\x8b"), ".warc.gz"),
    (re.compile(rb"(?:(?:From|Return-Path|Received|Message-ID|Date|Subject|MIME-Version): [^\n]*\r?\n)+"), ".eml"))


def _parse(data: bytes, path: str) -> Document:
    lower = path.lower()
    read = next((read for suffixes, read in _READERS if lower.endswith(suffixes)), None)
    if read is None and data.startswith(b"From ") and _is_mailbox(data):
        read = _mailbox_document  # a mail program's folder, which has no suffix (`Inbox`), named on the command line
    return read(data, path) if read is not None else _text_document(_text(data, path), path)


def _page_document(data: bytes, path: str, declared: str | None = None) -> Document:
    """A page's story, its bytes decoded as its response declared (`declared`), else as it says itself."""
    return _html_document(decode(data, path, declared=declared or html_charset(data)), path)


def _mail_document(data: bytes, path: str) -> Document:
    """A saved e-mail's story: its body read as a page or as text, the subject (without `Fwd:`) its title
    and the date it was sent its publication date where the body gives none."""
    from . import mail

    sent, body, is_html = mail.read(data, path)
    document = _html_document(body, path) if is_html else _text_document(body, path)
    title = document.title or plain.without_reply_prefix(sent.get("title", "")) or None
    return replace(document, title=title, published=document.published or plain.parse_date(sent.get("published")))


def _feed_document(data: bytes, path: str) -> Document:
    """A news feed's stories, each an article with the title, link, date and author its item gives."""
    from . import feed

    return _exported(path, [_item_document(path, item) for item in feed.items(data, path)])


def _dataset_document(data: bytes, path: str) -> Document:
    """A dataset's records (JSON Lines, JSON), each an article with the title, URL, date and author its
    fields give."""
    from . import dataset

    return _exported(path, [_item_document(path, record) for record in dataset.records(decode(data, path), path)])


def _archive_document(data: bytes, path: str) -> Document:
    """A web archive's pages, each an article read as a page is, its address the archived one where the
    page names none; a page that is not text is passed over."""
    from . import warc

    def archived(page: warc.Page, path: str) -> Document:
        document = _page_document(page.body, path, page.charset)
        return replace(document, url=document.url or page.url or None)

    return _exported(path, list(_each_readable(archived, warc.pages(data, path), path)))


def _captions_document(data: bytes, path: str) -> Document:
    """A broadcast's captions: a paragraph a speaker's turn, with the turns the captions mark. Every
    paragraph is kept, so that each turn stays with its paragraph."""
    from . import captions

    paragraphs, spoken = [], []
    for turn in captions.turns(decode(data, path)):
        words, start = captions.paragraph(turn)
        words = _as_read(words)
        if words and words.strip():
            spoken.append(Spoken(len(paragraphs), start, turn.label, turn.by_voice))
            paragraphs.append(words)
    if not paragraphs:
        raise UnreadableFile(path, "not captions (no cue with a time such as 00:00:01.000 --> 00:00:04.000)")
    return Document(path=path, paragraphs=tuple(paragraphs), published=plain.date_from_name(Path(path).name),
                    spoken=tuple(spoken))


def _item_document(path: str, item) -> Document:
    """A feed's item's or a dataset's record's story (`feed.Item`, `dataset.Record`), its title its first
    passage as a page's headline is (it names whom the story's pronouns speak of: `Rapper Kanye West's
    shrewd soul`) unless the story opens with it."""
    if item.is_html:
        from . import html

        headings, paragraphs = html.fragment(item.body)
    else:
        headings, paragraphs = set(), plain.split_paragraphs(plain.typeset_quotes(plain.unescaped(item.body)))
    title = item.meta.get("title")
    if title and (not paragraphs or paragraphs[0] != title):
        paragraphs = [title, *paragraphs]  # a headline alone (a feed of headlines) is still the item's words
    return _document(path, paragraphs, {**item.meta, "headings": headings})


def _is_mailbox(data: bytes) -> bool:
    from . import mail

    return mail.is_mailbox(data)


def _mailbox_document(data: bytes, path: str) -> Document:
    """A mailbox's messages, each an article; one that is no message is passed over, and a file of none
    is refused."""
    from . import mail

    stories = list(_each_readable(_mail_document, mail.mailbox(data), path))
    if not stories:
        raise UnreadableFile(path, "not a mailbox (no message opening on a `From ` line and its headers)")
    return _exported(path, stories)


def _each_readable(read, pieces, path: str) -> Iterator[Document]:
    """`read(piece, path)` of each piece of a file of many (a message, an archived page); a piece that is
    none is passed over, and the rest are read."""
    for piece in pieces:
        try:
            yield read(piece, path)
        except UnreadableFile:
            continue


def _text_document(text: str, path: str) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # Windows' and old Macs' line ends, before the
    # front matter's `---` lines are looked for
    meta, body = plain.parse_front_matter(plain.typeset_quotes(plain.unescaped(text)))
    mailed, body = plain.forwarded_mail(plain.without_page_furniture(body))
    headed, body = plain.header_block(body) if not meta and not mailed else ({}, body)
    for key, value in {**mailed, **headed}.items():
        meta.setdefault(key, value)
    is_markdown = path.lower().endswith(MARKDOWN_SUFFIXES)
    if is_markdown:
        from . import markdown

        meta.setdefault("title", markdown.first_heading(body))
        meta["headings"] = markdown.headings(body)
        body = markdown.to_plain(body)
    coded = exports.coded_articles(body) if not is_markdown else None
    if coded is not None:
        return _exported(path, [_document(path, plain.split_paragraphs(story), {**meta, **found})
                                for found, story in coded])
    paragraphs = plain.split_paragraphs(plain.separated_head(body), mend=not is_markdown)
    exported = exports.articles(paragraphs)
    if exported is not None:
        return _exported(path, [_document(path, story, {**meta, **found}) for found, story in exported])
    found, paragraphs = plain.byline(plain.marked_posts(paragraphs))
    for key, value in found.items():
        meta.setdefault(key, value)
    return _document(path, paragraphs, meta, fallback_title=plain.guess_title(paragraphs))


def _text(data: bytes, path: str) -> str:
    """A file's text: a word processor's document's or an RTF file's body, else its bytes decoded."""
    lower = path.lower()
    if not lower.endswith(RTF_SUFFIXES + DOCX_SUFFIXES + ODT_SUFFIXES):
        return decode(data, path)
    from . import office, rtf  # (their zip and XML readers only for their files)

    if lower.endswith(DOCX_SUFFIXES):
        return office.docx_text(data, path)
    return office.odt_text(data, path) if lower.endswith(ODT_SUFFIXES) else rtf.to_text(data, path)


_READERS = ((HTML_SUFFIXES, _page_document), (MAIL_SUFFIXES, _mail_document), (MAILBOX_SUFFIXES, _mailbox_document),
            (FEED_SUFFIXES, _feed_document), (DATASET_SUFFIXES, _dataset_document), (WARC_SUFFIXES, _archive_document),
            (CAPTION_SUFFIXES, _captions_document))  # by suffix; any other file is text (or a word processor's)


def _exported(path: str, articles: list[Document]) -> Document:
    """A file of articles (a database's export, a feed): its one article, or a document of its articles
    with the first's title. An article with no paragraphs (an empty record) is none."""
    articles = [a for a in articles if a.paragraphs] or articles[:1]
    if len(articles) == 1:
        return articles[0]
    first = articles[0] if articles else Document(path, ())
    return replace(first, paragraphs=tuple(p for a in articles for p in a.paragraphs), articles=tuple(articles))


def _html_document(markup: str, path: str) -> Document:
    from . import html

    meta, paragraphs = html.parse(markup)
    return _document(path, paragraphs, meta)


def _document(path: str, paragraphs: list[str], meta: dict, fallback_title: str | None = None) -> Document:
    published = plain.parse_date(meta.get("published")) or plain.date_from_name(Path(path).name)
    title = _as_read(meta.get("title") or fallback_title)
    paragraphs = plain.without_related_links([p for p in map(_as_read, paragraphs)
                                              if p and (p == title or not plain.interstitial(p))])  # `Watch: '…' -
    # residents describe storm damage`: the headline, however it opens, not a link to another story
    return Document(path=path, paragraphs=tuple(paragraphs), title=title,
                    published=published, url=meta.get("url"), author=_as_read(_without_by(meta.get("author"))),
                    headings=frozenset(map(_as_read, meta.get("headings", ()))))


def _without_by(author: str | None) -> str | None:
    """A dataset's or a feed's `By Jane Reporter` as the name alone."""
    return _BY.sub("", author) if author else author


_BY = re.compile(r"^\s*(?:by|BY|By)\s+(?=\w)")


def _as_read(text: str | None) -> str | None:
    """The text as a reader sees it (`_visible`), its marks mended (`_mended`)."""
    return _visible(_mended(text)) if text else text


def _visible(text: str) -> str:
    """The text without the characters that show nothing and join or part nothing a reader sees: a
    soft hyphen (`Wein&shy;stein`, which a page breaks only at a line's end), a zero-width space, a
    word joiner, a byte-order mark, and C0 control characters (a bell, a terminal's escape sequence
    whole: `\x1b[31mred\x1b[0m` is `red`). Left in, a name or a word would not match itself."""
    if _INVISIBLE.search(text) is None:
        return text
    return " ".join(_UNSEEN.sub("", text).split())


def _mended(text: str) -> str:
    """The text with an apostrophe that a bad conversion wrote as `¿` between two letters (`Blair¿s`,
    where no Spanish question opens) an apostrophe again (`Blair’s`), and without a footnote's
    superscript number after a mark or a stop (`"We will cut taxes,"¹ he said`), which would read as a
    word of the speaker's (`m²` stays)."""
    if "¿" in text:
        text = _LOST_APOSTROPHE.sub("’", text)
    if _SUPERSCRIPT.search(text):  # (a search for the digit first: a lookbehind first reads every character)
        text = _FOOTNOTE.sub("", text)
    return text


_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad\u200b\u2060\ufeff]")  # (C1 controls stay:
# they are what is left of a double decoding, `FranÃ\x83Â§ois`, which a reader may still mend)
_UNSEEN = re.compile("\x1b(?:\\[[0-?]*[ -/]*[@-~]|\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|[ -~])?"  # an escape
                     # sequence: a CSI (colours, cursor), an OSC (a window title) or a two-character one
                     f"|{_INVISIBLE.pattern}")
_SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_FOOTNOTE = re.compile("(?<=[.,;:!?\"”’)\\]])[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])¿(?=[^\W\d_])")
