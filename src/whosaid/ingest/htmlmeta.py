"""Title, publication date, canonical URL and author of an HTML page, in order of trust."""
from __future__ import annotations

import json
import re

_DATE_METAS = ("article:published_time", "og:published_time", "og:article:published_time",
               "datepublished", "date", "dc.date.issued", "dc.date", "dcterms.date", "pubdate",
               "publishdate", "publish-date", "publish_date", "sailthru.date", "parsely-pub-date",
               "article.published", "cxenseparse:recs:publishtime", "dc.date.created")
_TITLE_METAS = ("og:title", "twitter:title")
_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|[-_]|$)")
_ISO = re.compile(r"((?:19|20)\d{2})-(\d{2})-(\d{2})")
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+[^|–—-]+$")


def read(soup) -> dict:
    metas = _metas(soup)
    linked = _json_ld(soup)
    url = _first(metas.get("og:url"), _canonical(soup), linked.get("url"))
    return {
        "title": _title(soup, metas, linked),
        "published": _published(soup, metas, linked, url),
        "url": url,
        "author": _first(linked.get("author"), *(metas.get(k) for k in _AUTHOR_METAS)),
    }


def _metas(soup) -> dict[str, str]:
    out = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        value = tag.get("content")
        if key and value and key.lower() not in out:
            out[key.lower()] = value.strip()
    return out


def _json_ld(soup) -> dict:
    """headline, datePublished, author and url from the first JSON-LD article object."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (ValueError, TypeError):
            continue
        for item in _walk(data):
            if item.get("datePublished") or item.get("headline"):
                return {"title": _text(item.get("headline")), "published": _text(item.get("datePublished")),
                        "author": _author(item.get("author")), "url": _text(item.get("url"))}
    return {}


def _walk(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk(item)
    elif isinstance(data, dict):
        yield data
        yield from _walk(data.get("@graph", []))


def _author(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)


def _text(value) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _title(soup, metas, linked) -> str | None:
    h1 = soup.find("h1")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else None
    return _first(*(metas.get(k) for k in _TITLE_METAS), linked.get("title"),
                  h1.get_text(" ", strip=True) if h1 else None,
                  _SITE_SEPARATOR.sub("", page_title) if page_title else None)


def _published(soup, metas, linked, url) -> str | None:
    for value in (linked.get("published"), *(metas.get(k) for k in _DATE_METAS), _time_tag(soup)):
        found = _iso_date(value)
        if found:
            return found
    match = _URL_DATE.search(url or "")
    return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}" if match else None


def _time_tag(soup) -> str | None:
    tag = soup.find("time", attrs={"datetime": True})
    return tag["datetime"] if tag else None


def _iso_date(value: str | None) -> str | None:
    match = _ISO.search(value or "")
    return match.group(0) if match else None


def _canonical(soup) -> str | None:
    link = soup.find("link", rel="canonical")
    return link.get("href") if link else None


def _first(*values):
    return next((v for v in values if v), None)
