"""HTML pages to articles: the main text's paragraphs, title and publication date (bs4).

A first version: boilerplate containers are dropped by tag and by class/id hints, the main
container is `<article>`, `<main>` or the densest block of paragraphs, and each block-level
element (paragraph, heading, list item, block quote) is one paragraph.
"""
from __future__ import annotations

import re

from . import htmlmeta

BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "figcaption")
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "nav", "header",
              "footer", "aside", "button", "select", "input", "textarea", "menu", "dialog")
_BOILERPLATE = re.compile(
    r"(^|[-_ ])(nav|navbar|menu|footer|header|masthead|sidebar|aside|related|recommend|promo|share|"
    r"sharing|social|subscribe|newsletter|signup|cookie|consent|banner|advert|ads?|sponsor|comment|"
    r"comments|breadcrumbs?|pagination|popup|modal|widget|tags|byline-share|more-stories|outbrain|"
    r"taboola|trending)($|[-_ ])", re.I)
_SPACES = re.compile(r"\s+")


def parse(markup: str) -> tuple[dict, list[str]]:
    """({title, published, url, author}, paragraphs) of an HTML page."""
    soup = _soup(markup)
    meta = htmlmeta.read(soup)
    for tag in soup.find_all(_DROP_TAGS):
        tag.decompose()
    _drop_boilerplate(soup)
    root = _main_container(soup)
    return meta, _paragraphs(root) if root else []


def _soup(markup: str):
    from bs4 import BeautifulSoup

    try:
        return BeautifulSoup(markup, "lxml")
    except Exception:  # lxml missing or refusing the input: the stdlib parser always answers
        return BeautifulSoup(markup, "html.parser")


def _drop_boilerplate(soup) -> None:
    doomed = []
    for tag in soup.find_all(True):
        if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
            continue
        hints = " ".join(tag.get("class") or []) + " " + str(tag.get("id") or "") + " " + str(tag.get("role") or "")
        if _BOILERPLATE.search(hints) or tag.get("aria-hidden") == "true" or tag.get("hidden") is not None:
            doomed.append(tag)
    for tag in doomed:
        if tag.parent is not None:  # not inside something already removed
            tag.decompose()


def _main_container(soup):
    candidates = soup.find_all("article") + soup.find_all("main") + soup.find_all(attrs={"itemprop": "articleBody"})
    best = max(candidates, key=_text_weight, default=None)
    if best is not None and _text_weight(best) >= 200:
        return best
    return _densest_parent(soup) or soup.body or soup


def _densest_parent(soup):
    scores: dict[int, tuple[int, object]] = {}
    for p in soup.find_all("p"):
        parent = p.parent
        if parent is not None:
            weight, _ = scores.get(id(parent), (0, parent))
            scores[id(parent)] = (weight + len(p.get_text()), parent)
    return max(scores.values(), key=lambda pair: pair[0], default=(0, None))[1]


def _text_weight(tag) -> int:
    return sum(len(p.get_text()) for p in tag.find_all("p"))


def _paragraphs(root) -> list[str]:
    out = []
    for tag in root.find_all(BLOCKS):
        if tag.find(BLOCKS):  # take the innermost blocks only
            continue
        text = _SPACES.sub(" ", tag.get_text(" ")).strip()
        text = re.sub(r" ([,.;:!?])", r"\1", text)
        if text and (not out or out[-1] != text):
            out.append(text)
    return out
