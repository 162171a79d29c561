"""Who wrote an HTML page, in order of trust: the JSON-LD author; the author meta tags (all of one kind:
two `<meta name="author">` are two writers); the byline the page shows (an element that `rel`, `itemprop`,
its class or its id marks as the author's or the byline, or an `<author>`), outside comments, quotations,
figures and sidebars.

A byline's words become names: without `By`, a Twitter handle, a time, a `— Site` or `for Daily Mail
Australia` after the name, a nickname in quotation marks, or an emoji; several writers are joined as
whosaid's bylines are (`Jenny Smith and John Smith`, `A, B and C`). An address (`https://facebook.com/…`)
names no one. A paper's name glued to the last writer's (`Isabel KeaneJournal News`) is cut off; a desk
alone (`Court Reporter`) is the byline.
"""
from __future__ import annotations

import re

from ..models import author_line

_METAS = ("author", "article:author", "og:author", "byl", "parsely-author", "sailthru.author", "dc.creator",
          "dc:creator", "dcterms.creator", "citation_author")
_MARKED = re.compile(r"author|byline|writer|submitted-by", re.I)
_NOT_THE_WRITERS = re.compile(r"comment|quote|bio\b|avatar|related|sidebar|widget|popup", re.I)
_OUTSIDE = {"figure", "aside", "footer", "blockquote", "nav", "q"}
_BLOCKS = {"div", "p", "li", "ul", "ol", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6", "time",
           "table", "tr", "td", "dl", "dt", "dd"}
_TAG = re.compile(r"<[^>]*>")
_BY = re.compile(r"^\W*(?:(?:written|words|posted|story|reporting|text)\s+)?(?:by|von|par|por)\b\W*",
                 re.I)
_AFTER_THE_NAMES = re.compile(r"\s+(?:[|—–-]|from|for)\s+|\s*@|\s*\n|\s+\d|\s*\(", re.I)
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")
_LIST = re.compile(r"\s*[,;]\s*(?:(?:and|und|et|&)\s+)?|\s+(?:and|und|et|&)\s+", re.I)  # (not Spanish `y`:
# `Ortega y Gasset`)
_NICKNAME = re.compile(r"\s+[\"“][^\"”]{1,40}[\"”]")  # `Jenny "The Author" Smith`
_NOT_IN_A_NAME = re.compile(r"[^\w\s.'’-]")
_GLUED_OUTLET = re.compile(r"(?<=[a-z]{2})(?:Journal|News|Times|Post|Herald|Tribune|Gazette|Press)\b")
_NAME_WORDS = 6
_BYLINE_CHARACTERS = 300
_ROLES = {"editor", "correspondent", "reporter", "writer", "columnist", "contributor", "staff", "producer", "analyst",
          "journalist", "presenter", "photographer", "intern"}  # `Jenny Smith, Political Editor`: hers, no one else
_LABELS = {"published", "updated", "posted", "share", "follow", "more", "read", "about", "contact", "email", "profile",
           "print"}
_FUNCTION_WORDS = {"on", "at", "in", "to", "of", "the", "a", "an", "is", "are", "was", "were", "has", "have", "for",
                   "from", "with", "by", "who", "which", "that", "this", "it", "as", "min", "ago"}  # never in a name
# (`Lauren del Valle`, `Mobasir hassan`), but in a sentence


def author(soup, linked: dict) -> str | None:
    """The page's writers, joined; None when it names none."""
    found = _names_in(linked.get("author")) or _meta_names(soup) or _byline_names(soup)
    return author_line(found) if found else None


def _names(text: str) -> list[str]:
    """The people or bodies a byline's text names, in order; none when it is no byline (an address, a
    sentence)."""
    text = _TAG.sub(" ", text)
    if "://" in text or "www." in text:
        return []
    text = _NICKNAME.sub("", text.replace("_", " ").replace("\xa0", " "))
    text = _AFTER_THE_NAMES.split(_BY.sub("", text.strip().rpartition(" by ")[2]), maxsplit=1)[0]  # `Revised
    # Edition Edited by Adrian Parr`
    text = _GLUED_OUTLET.split(text, maxsplit=1)[0]  # `Isabel KeaneJournal News`: her name, the paper's glued on
    stop = _FULL_STOP.search(text)
    if stop and " " in text[:stop.start()].strip():
        text = text[:stop.start()]  # `Wilmer Leon. Sputnik International`: the site after a full stop (not
        # `Prof. Jane Doe`, `J. R. Smith`)
    out = []
    for part in _LIST.split(text):
        name = " ".join(_NOT_IN_A_NAME.sub(" ", part).split()).strip("-'’ ")
        if not any(c.isalpha() for c in name):
            continue
        if len(name.split()) > _NAME_WORDS or not name[0].isalnum() or name[0].islower() or any(
                w in _FUNCTION_WORDS or not w.isdigit() and any(c.isdigit() for c in w) for w in name.split()):
            break  # `Jenny Smith, staff writer`: what she is; `Jenny Smith is a reporter who …`, `Submitted on
            # Mon`, `21 ม.ค.2561`: no byline
        if name.lower() in _LABELS:
            break  # `Published 3rd Nov 2023`
        if not (out and name.split()[-1].lower() in _ROLES):  # `Jenny Smith, Political Editor`: what she is
            out.append(name)
    return out


def _names_in(value) -> list[str]:
    """Names from JSON-LD's `author`: a name, a Person or Organization, or a list of them."""
    if isinstance(value, list):
        return [n for item in value for n in _names_in(item)]
    if isinstance(value, dict):
        value = value.get("name")
    return _names(value) if isinstance(value, str) else []


def _meta_names(soup) -> list[str]:
    values: dict[str, list[str]] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("name") or tag.get("property") or tag.get("itemprop") or "").lower()
        if key in _METAS and tag.get("content"):
            values.setdefault(key, []).append(tag["content"])
    for key in _METAS:
        found = [n for value in values.get(key, ()) for n in _names(value)]
        if found:
            return list(dict.fromkeys(found))
    return []


def _byline_names(soup) -> list[str]:
    from bs4 import Tag

    for tag in soup.descendants:
        if isinstance(tag, Tag) and (tag.name == "author" or tag.attrs and _MARKED.search(_hints(tag))) \
                and not _not_the_writers(tag):
            found = _tag_names(tag) if len(tag.get_text()) <= _BYLINE_CHARACTERS else None
            if found:  # (not an article whose class names its writer: `node-report author-sarayut`)
                return found
    return []


def _tag_names(tag) -> list[str]:
    """The names of the first run of a byline's text that has any (`Jenny Smith`, not the `Editor` in a
    block after it); an element the byline marks as the name (`itemprop="name"`) first."""
    named = tag.find(attrs={"itemprop": "name"})
    for run in ([named.get_text(" ")] if named is not None else []) + _runs(tag):
        found = _names(run)
        if found:
            return found
    return []


def _runs(tag) -> list[str]:
    """The element's text in runs: a new run at each block inside it (`<div>`, `<p>`, `<time>`)."""
    from bs4 import NavigableString

    runs, current, last = [], [], None
    for text in tag.find_all(string=True):
        if type(text) is not NavigableString:
            continue
        block = next((p for p in text.parents if p is tag or p.name in _BLOCKS), tag)
        if block is not last and current:
            runs.append(" ".join(current))
            current = []
        current.append(text.strip())
        last = block
    if current:
        runs.append(" ".join(current))
    return [run for run in runs if run.strip()]


def _hints(tag) -> str:
    attrs = tag.attrs
    values = [attrs[k] for k in _HINT_ATTRIBUTES if k in attrs]
    return " ".join(" ".join(v) if isinstance(v, list) else str(v) for v in values)


_HINT_ATTRIBUTES = ("class", "id", "rel", "itemprop", "data-component", "data-testid")


def _not_the_writers(tag) -> bool:
    """Whether the element is, or is inside, a comment, a quotation, a figure or a sidebar."""
    for node in (tag, *tag.parents):
        if node.name in _OUTSIDE or node.attrs and _NOT_THE_WRITERS.search(_hints(node)):
            return True
    return False
