"""News feeds saved as files (RSS 2.0, RSS 1.0, Atom): each item's story, title, link, date and author.

A newsroom follows outlets by their feeds, and a researcher collects them: one file holds many stories.
An RSS 2.0 item gives `title`, `link`, `pubDate` (RFC 822: `Mon, 14 Mar 2005 10:02:00 GMT`), `author`
or Dublin Core's `dc:creator` and `dc:date`, and its story as `content:encoded` (the whole story, as
HTML) or `description` (often a teaser, HTML or text). RSS 1.0 (RDF) writes items beside its channel
with the same elements. An Atom entry gives `title`, `link rel="alternate"`, `published` or `updated`
(ISO 8601), `author/name`, and `content` or `summary`, whose `type` says text, escaped HTML or inline
XHTML. Feeds in the wild are often not well-formed (a bare `&` in a title), so they are read with a
parser that recovers, and without fetching anything they name (no external entities, no network).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from html.entities import name2codepoint

from ..errors import UnreadableFile
from .html import holds_markup

_FEED_ROOTS = frozenset(("rss", "feed", "RDF"))  # RSS 2.0's, Atom's, RSS 1.0's
_ITEMS = frozenset(("item", "entry"))
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_WORDPRESS_FOOTER = re.compile(r"<p>\s*The post .{1,400}? appeared first on .{1,400}?</p>\s*$", re.S)


@dataclass(frozen=True, slots=True)
class Item:
    """One story of a feed: what the feed says of it (`title`, `url`, `author`, `published`, as written)
    and its body, HTML or text."""

    meta: dict[str, str]
    body: str
    is_html: bool


def items(data: bytes, path: str = "") -> list[Item]:
    """The stories of a feed's bytes, in the feed's order; UnreadableFile when they are no feed."""
    root = _root(data, path)
    return [_item(element) for element in root.iter() if _name(element) in _ITEMS]


def _root(data: bytes, path: str):
    """The feed's root element: read strictly, else with its bare `&`s and HTML's named entities
    (`&nbsp;`, `&rsquo;`, which XML does not know) written as XML knows them, and whatever else is
    wrong passed over."""
    from lxml import etree

    root = None
    for recover in (False, True):
        parser = etree.XMLParser(recover=recover, resolve_entities=False, no_network=True, remove_comments=True)
        try:
            root = etree.fromstring(_mended(data) if recover else data, parser)
            break
        except (etree.XMLSyntaxError, ValueError):
            continue
    if root is None:
        raise UnreadableFile(path, "not a news feed (not XML)")
    if _name(root) not in _FEED_ROOTS:
        raise UnreadableFile(path, f"not a news feed (its root is <{_name(root)}>, not <rss>, <feed> or <rdf:RDF>)")
    return root


def _mended(data: bytes) -> bytes:
    return _AMPERSAND.sub(_entity, data)


def _entity(match: re.Match) -> bytes:
    name = match.group(1)
    if name is None:  # a bare `&`
        return b"&amp;"
    if name in _XML_ENTITIES or name.startswith(b"#"):
        return match.group()
    code = name2codepoint.get(name.decode("ascii"))
    return b"&#%d;" % code if code else b"&amp;" + name + b";"


_AMPERSAND = re.compile(rb"&(?:(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)?")
_XML_ENTITIES = frozenset((b"amp", b"lt", b"gt", b"quot", b"apos"))


def _name(element) -> str:
    """An element's name without its namespace; '' for a comment or a processing instruction."""
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _item(element) -> Item:
    fields: dict[str, object] = {}
    for child in element:
        fields.setdefault(_name(child), child)  # the first of each (`content:encoded` is `encoded`)
    meta = {key: value for key, value in (("title", _title(fields.get("title"))), ("url", _link(fields)),
                                          ("author", _author(fields)), ("published", _published(fields)))
            if value}
    body, is_html = _story(fields)
    return Item(meta, body, is_html)


def _text(element) -> str:
    return "".join(element.itertext()) if element is not None else ""


def _title(element) -> str:
    """A title's words: an Atom title of `type="html"` (or an RSS title holding tags, or escaped twice:
    `Fish &amp;amp; chips`) as its text."""
    text = _text(element)
    if "<" in text or "&" in text:
        text = unescape(_TAG.sub("", text))
    return " ".join(text.split())


def _link(fields: dict) -> str:
    link = fields.get("link")
    if link is None:
        return ""
    href = link.get("href")
    if href is None:  # RSS: the address is the text
        return _text(link).strip()
    parent = link.getparent()  # Atom: the alternate link, the first when none says so
    for candidate in parent:
        if _name(candidate) == "link" and candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return candidate.get("href").strip()
    return href.strip()


def _author(fields: dict) -> str:
    element = fields.get("creator") if fields.get("creator") is not None else fields.get("author")
    if element is None:
        return ""
    names = [child for child in element if _name(child) == "name"]  # Atom's person
    text = " ".join(_text(names[0] if names else element).split())
    return _MAILBOX.sub(r"\1", text)  # RSS's `editor@example.com (Jane Smith)`


_MAILBOX = re.compile(r"^\S+@\S+\s+\((.+)\)$")


def _published(fields: dict) -> str:
    for name in ("pubDate", "published", "date", "issued", "updated", "modified"):
        value = " ".join(_text(fields.get(name)).split())
        if value:
            return value
    return ""


def _story(fields: dict) -> tuple[str, bool]:
    """The item's story: the whole one (`content:encoded`, Atom's `content`) before a summary."""
    for name in ("encoded", "content", "description", "summary"):
        element = fields.get(name)
        if element is not None and _text(element).strip():
            return _body(element)
    return "", False


def _body(element) -> tuple[str, bool]:
    kind = (element.get("type") or "").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        from lxml import etree

        markup = "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in element)
        return (element.text or "") + markup, True
    text = _text(element)
    is_html = kind in ("html", "text/html") or kind not in ("text", "text/plain") and holds_markup(text)
    return (_WORDPRESS_FOOTER.sub("", text) if is_html else text), is_html
