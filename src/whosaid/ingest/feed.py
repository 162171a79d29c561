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
from .decode import c1_as_cp1252
from .html import holds_markup

_FEED_ROOTS = frozenset(("rss", "feed", "RDF"))  # RSS 2.0's, Atom's, RSS 1.0's
_ITEMS = frozenset(("item", "entry"))
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)  # code, not words: gone with what it holds
# The namespaces of a feed's own elements (none is RSS 2.0's): another's `<x:description>` is a module's
# (an extension that reuses the name), read only when the item has no element of its own by that name.
_OWN = frozenset(("", "http://purl.org/rss/1.0/", "http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#",
                  "http://purl.org/rss/1.0/modules/content/", "http://purl.org/dc/elements/1.1/",
                  "http://purl.org/dc/terms/", "http://backend.userland.com/rss2",
                  "http://my.netscape.com/rdf/simple/0.9/"))
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


def _namespace(element) -> str:
    tag = element.tag
    return tag[1:].partition("}")[0] if isinstance(tag, str) and tag.startswith("{") else ""


def _item(element) -> Item:
    fields: dict[str, object] = {}
    for child in element:
        name = _name(child)  # the first of each (`content:encoded` is `encoded`), the feed's own first
        if name not in fields or _namespace(fields[name]) not in _OWN and _namespace(child) in _OWN:
            fields[name] = child
    meta = {key: value for key, value in (("title", _title(fields.get("title"))), ("url", _link(fields)),
                                          ("author", _author(fields)), ("published", _published(fields)))
            if value}
    body, is_html = _story(fields) or _media_description(element)
    return Item(meta, body, is_html)


def _media_description(item) -> tuple[str, bool]:
    """Media RSS's `<media:description>`, alone or in a `<media:group>`: the story of an item that has
    no other (a YouTube channel's feed, a podcast's)."""
    for element in item.iter():
        if _name(element) == "description" and _namespace(element) == _MEDIA_RSS and _text(element).strip():
            return _body(element)
    return "", False


_MEDIA_RSS = "http://search.yahoo.com/mrss/"
_PLAIN = ("text", "text/plain", "plain")  # Atom's and MIME's words for text; Media RSS's `type="plain"`


def _text(element) -> str:
    return c1_as_cp1252("".join(element.itertext())) if element is not None else ""


def _unpacked(element) -> str:
    """Atom 0.3's `mode="base64"`: the story's UTF-8 bytes in base64 (nothing, if they are not)."""
    import base64
    import binascii

    try:
        return base64.b64decode("".join(_text(element).split()), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return ""


def _title(element) -> str:
    """A title's words: an Atom title of `type="html"` (or an RSS title holding tags, or escaped twice:
    `Fish &amp;amp; chips`) as its text, without a script's code; Atom's `type="text"` as it stands
    (`History of the <blink> tag`)."""
    if element is None:
        return ""
    kind = _kind(element)
    text = _serialized(element) if kind in _XHTML else _unpacked(element) if _packed(element) else _text(element)
    if kind in _XHTML or kind != "text" and ("<" in text or "&" in text):
        text = unescape(_TAG.sub("", _SCRIPT.sub("", text)))
    return " ".join(text.split())


_XHTML = ("xhtml", "application/xhtml+xml")


def _serialized(element) -> str:
    """The markup inside an element given as XHTML elements (Atom's `type="xhtml"`)."""
    from lxml import etree

    markup = (element.text or "") + "".join(etree.tostring(child, encoding="unicode", with_tail=True)
                                            for child in element)
    return c1_as_cp1252(_PREFIX.sub(r"<\1", markup))  # `<xhtml:p>` as HTML knows it: `<p>`


_PREFIX = re.compile(r"<(/?)[A-Za-z][\w.-]*:(?=[A-Za-z])")


def _kind(element) -> str:
    return (element.get("type") or "").lower()


def _packed(element) -> bool:
    """Base64: Atom 0.3's `mode="base64"`, or an Atom 1.0 type that is neither text nor XML
    (`application/octet-stream`)."""
    kind = _kind(element)
    return element.get("mode") == "base64" or "/" in kind and not kind.startswith("text/") and not kind.endswith("xml")


def _link(fields: dict) -> str:
    link = fields.get("link")
    if link is None:
        return _permalink(fields.get("guid"))
    href = link.get("href")
    if href is None:  # RSS: the address is the text
        return _text(link).strip()
    parent = link.getparent()  # Atom: the alternate link, the first when none says so
    for candidate in parent:
        if _name(candidate) == "link" and candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return candidate.get("href").strip()
    return href.strip()


def _permalink(guid) -> str:
    """RSS's `<guid>`, an item's address unless it says it is none (`isPermaLink="false"`)."""
    if guid is None or guid.get("isPermaLink", "true").strip().lower() == "false":
        return ""
    text = _text(guid).strip()
    return text if text.lower().startswith(("http://", "https://")) else ""


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


def _story(fields: dict) -> tuple[str, bool] | None:
    """The item's story: the whole one (`content:encoded`, Atom's `content`, an XHTML `<body>`, the
    old `<fullitem>`) before a summary."""
    for name in ("encoded", "content", "body", "fullitem", "description", "summary"):
        element = fields.get(name)
        if element is None or not _text(element).strip():
            continue
        if name == "body":  # `<xhtml:body><p>…</p></xhtml:body>`: markup as elements
            return _serialized(element), True
        return _body(element)
    return None


def _body(element) -> tuple[str, bool]:
    kind = _kind(element)
    if kind in _XHTML:
        return _serialized(element), True
    text = _unpacked(element) if _packed(element) else _text(element)
    is_html = kind in ("html", "text/html") or kind not in _PLAIN and holds_markup(text)
    return (_WORDPRESS_FOOTER.sub("", text) if is_html else text), is_html
