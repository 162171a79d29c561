"""Title, publication date, canonical URL and author of an HTML page.

Title: an h1 that og:title, twitter:title or <title> repeats; else the JSON-LD headline; else an
h1 that the page's other titles hold; else og:title, twitter:title or <title> without the site's
name; else the first h1.
Date, in order of trust: JSON-LD datePublished; publication meta tags; a <time> that is not an
update; the URL path; a visible date in an element whose class says date/time/posted/published;
a `Date:` / `Updated:` / `last edited` line; a date in the share image's path. A UTC timestamp in the early hours gives way to a
local date one day earlier found lower down (the publisher's day). Modification dates are last.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta

from .dates import find_date, utc_early_hours

_DATE_METAS = ("article:published_time", "og:published_time", "og:article:published_time",
               "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
               "date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
               "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
               "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original",
               "datecreated", "date.release", "og:updated_time", "article:modified_time", "datemodified",
               "last-modified")
_MODIFIED = ("og:updated_time", "article:modified_time", "datemodified", "last-modified")
_TITLE_METAS = ("og:title", "twitter:title")
_AUTHOR_METAS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[-_.]|$)|/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_DATE_CLASS = re.compile(r"date|time|posted|published|dateline|pubdate", re.I)
_NOT_PUBLICATION = re.compile(r"updat|modif|edit", re.I)
_DATE_LINE = re.compile(r"(?:^|\b)(?:date|updated|published|posted|last (?:edited|modified|updated))\b[^\n]{0,40}", re.I)


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
    """headline, datePublished, author and url from the first JSON-LD object that has them."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "", strict=False)
        except (ValueError, TypeError, RecursionError):
            continue
        for item in _walk(data):
            if item.get("datePublished") or item.get("headline"):
                return {"title": _text(item.get("headline")),
                        "published": _text(item.get("datePublished")) or _text(item.get("dateCreated")),
                        "author": _author(item.get("author")), "url": _text(item.get("url"))}
    return {}


def _walk(data, depth: int = 0):
    if depth > 20:
        return
    if isinstance(data, list):
        for item in data:
            yield from _walk(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _walk(data.get("@graph", []), depth + 1)


def _author(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)


def _text(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _title(soup, metas, linked) -> str | None:
    site = metas.get("og:site_name")
    page = soup.title.get_text(" ", strip=True) if soup.title else None
    others = [t for t in (*(metas.get(k) for k in _TITLE_METAS), page) if t]
    h1s = [" ".join(h.get_text(" ", strip=True).split()) for h in soup.find_all("h1")]
    confirmed = [h for h in h1s if h and any(_norm(h) in _norm(o) for o in others)]
    # the last: a blog's name heads the page in an h1 before the post's (`Blog Name: Post Title`)
    stripped = [_without_site(t, site) for t in others]
    shown = [h for h in confirmed if any(_norm(h) == _norm(o) for o in others)]  # the headline the page shows
    # and its og:title repeats, over a JSON-LD headline written for search engines
    return _text(_first(*shown[-1:], linked.get("title"), *confirmed[-1:], *stripped, *h1s))


def _without_site(title: str, site: str | None) -> str:
    """`Headline - Site Name | Section` -> `Headline`, when the tail names the site."""
    parts = _SEPARATOR.split(title)
    if len(parts) == 1:
        return title
    if site:
        for i in range(1, len(parts)):
            if _norm(site) in _norm(" ".join(parts[i:])) or _norm(" ".join(parts[i:])) in _norm(site):
                return " - ".join(parts[:i]) if i > 1 else parts[0]
    tail = parts[-1]
    return title[: title.rfind(tail)].rstrip(" |-–—:·•»") if len(tail.split()) <= 4 else title


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def _published(soup, metas, linked, url) -> str | None:
    candidates = _date_candidates(soup, metas, linked, url)
    best = next(((value, raw) for value, raw, _ in candidates if value), None)
    if best is None or not utc_early_hours(best[1]):
        return best[0] if best else None
    day_before = (date.fromisoformat(best[0]) - timedelta(days=1)).isoformat()
    local = any(value == day_before for value, _, is_local in candidates if is_local)
    return day_before if local else best[0]


def _date_candidates(soup, metas, linked, url):
    """(YYYY-MM-DD, raw value, whether it is a local date) from every source, most trusted first;
    lazily, since most pages answer from the first sources."""
    yield find_date(linked.get("published")), linked.get("published"), False
    for key in _DATE_METAS:
        if key not in _MODIFIED and metas.get(key):
            yield find_date(metas[key]), metas[key], False
    for raw in _times(soup):
        yield find_date(raw), raw, not raw.rstrip().endswith(("Z", "00:00", "0000"))
    yield _path_date(url), None, True
    for text in _visible_dates(soup):
        yield find_date(text), None, True
    for key in ("og:image", "twitter:image"):  # /2016/05/04/share.png
        yield _path_date(metas.get(key)), None, True
    for key in _MODIFIED:
        yield find_date(metas.get(key)), metas.get(key), False


def _path_date(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    y, m, d = [g for g in match.groups() if g][:3]
    return find_date(f"{y}-{int(m):02d}-{int(d):02d}")


def _times(soup):
    from bs4 import Tag

    times = [t for t in soup.descendants if isinstance(t, Tag) and t.name == "time" and t.get("datetime")]
    published = [t for t in times if (t.get("itemprop") or "").lower() == "datepublished"
                 or "publish" in _classes(t).lower()]
    plain = [t for t in times if not _NOT_PUBLICATION.search(_classes(t) + str(t.get("itemprop") or ""))]
    return [t["datetime"] for t in published + plain]


def _visible_dates(soup):
    from bs4 import Tag

    for tag in soup.descendants:
        if isinstance(tag, Tag) and tag.attrs:
            hints = _classes(tag) + " " + str(tag.attrs.get("id") or "")
            if _DATE_CLASS.search(hints) and not _NOT_PUBLICATION.search(hints):
                yield tag.get_text(" ", strip=True)[:80]
    for match in _DATE_LINE.finditer(soup.get_text("\n")):
        yield match.group(0)


def _classes(tag) -> str:
    value = tag.attrs.get("class") if tag.attrs else None
    return " ".join(value) if isinstance(value, list) else str(value or "")


def _canonical(soup) -> str | None:
    link = soup.find("link", rel="canonical")
    return link.get("href") if link else None


def _first(*values):
    return next((v for v in values if v), None)
