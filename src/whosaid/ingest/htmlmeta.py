"""Title, publication date, canonical URL and author (`htmlauthor`) of an HTML page.

Title: an h1 that og:title, twitter:title or <title> repeats; else the JSON-LD headline; else an
h1 that the page's other titles hold; else og:title, twitter:title or <title> without the site's
name (but a bare domain, `example.com`); else the first h1; else an element marked as the title (`post-title`),
or the first h2.
Date, in order of trust: JSON-LD datePublished; publication meta tags; a <time> that is not an
update; the URL path; Facebook's `data-utime`; a visible date in an element whose class says
date/time/posted/published (its `datetime`, `content` or `title` first); a `Date:` / `Updated:` / `last
edited` line (or a German, French, Spanish, Italian or Dutch one); a date in the share image's path. A UTC
timestamp in the early hours gives way to a local date one day earlier found lower down (the publisher's
day). Where none of these dates the page, the last guesses: a modification date, the newest picture's
upload day in its path, and a line that holds a date and little else.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial

from . import htmlauthor
from .decode import json_value
from .dates import find_date, utc_early_hours

_DATE_METAS = ("article:published_time", "og:published_time", "og:article:published_time", "article:published",
               "article:published_date", "article:post_date", "og:article:published", "og:pubdate",
               "og:publish_date", "og:datepublished", "og:regdate", "datepublished", "pubdate", "publishdate",
               "publish-date", "publish_date", "publish_time", "published_date", "published-date", "published_time",
               "publisheddate", "publication_date", "date_published", "dateposted", "date", "dc.date.issued",
               "dcterms.issued", "dc.issued", "dc.date", "dc:date", "dcterms.date", "dc.date.created",
               "dcterms.created", "dc.created", "dc:created", "created", "date_created", "datecreated",
               "sailthru.date", "parsely-pub-date", "article.published", "article.created",
               "cxenseparse:recs:publishtime", "originalpublicationdate", "article_date_original", "date.release",
               "citation_publication_date", "citation_date", "rnews:datepublished", "displaydate")
_MODIFIED = ("og:updated_time", "article:modified_time", "og:modified_time", "article:modified", "modified_time",
             "updated_time", "datemodified", "dateupdate", "dateupdated", "dc.modified", "dcterms.modified",
             "last-modified", "lastmodified", "lastmod", "modified")
_TITLE_METAS = ("og:title", "twitter:title")
_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}", re.I)
_TITLE_CLASS = re.compile(r"(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])", re.I)  # `post-title`, `entry-title`, not
# `subtitle`
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:/|[-_.]|$)|/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})/")
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|•|»)\s+")
_DATE_CLASS = re.compile(r"date|time|posted|published|dateline|pubdate|fecha|datum", re.I)
_NOT_PUBLICATION = re.compile(r"updat|modif|edit", re.I)
_DATE_LINE = re.compile(r"(?:^|\b)(?:date|updated|published|posted|last (?:edited|modified|updated)|(?:datum|stand)\s*:"
                        r"|ver(?:ö|oe)ffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato"
                        r"|aggiornato|gepubliceerd)\b[^\n]{0,40}", re.I)  # and a German, French, Spanish, Italian or
# Dutch page's
_EPOCH = re.compile(r"\d{10}")  # seconds since 1970 (`data-utime`): from September 2001
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")
_DATE_ATTRIBUTES = ("datetime", "content", "title")  # `<abbr class="published" title="2016-11-12">`
_SHORT_LINE = 4  # words of four letters or more a line that stands alone with a date may hold, a month's name
# among them (`Published: 5/5/2020`, `Wednesday, 19 October 2022`)


def read(soup) -> dict:
    metas = _metas(soup)
    linked = _json_ld(soup)
    url = _first(metas.get("og:url"), _canonical(soup), linked.get("url"))
    return {
        "title": _title(soup, metas, linked),
        "published": _published(soup, metas, linked, url),
        "url": url,
        "author": htmlauthor.author(soup, linked),
    }


def _metas(soup) -> dict[str, str]:
    out = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv") or (
            "pubdate" if tag.has_attr("pubdate") else None)
        value = tag.get("content") or tag.get("datetime")  # `<meta itemprop="dateCreated" datetime="…">`
        if key and value and key.lower() not in out:
            out[key.lower()] = value.strip()
    return out


def _json_ld(soup) -> dict:
    """headline, datePublished, author and url from the first JSON-LD object that has them."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json_value(script.string or "", strict=False)
        except (ValueError, TypeError, RecursionError):
            continue
        for item in _walk(data):
            if item.get("datePublished") or item.get("headline"):
                return {"title": _text(item.get("headline")),
                        "published": _text(item.get("datePublished")) or _text(item.get("dateCreated")),
                        "author": item.get("author"), "url": _text(item.get("url"))}
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


def _text(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _title(soup, metas, linked) -> str | None:
    site = metas.get("og:site_name")
    page = soup.title.get_text(" ", strip=True) if soup.title else None
    others = [t for t in (*(metas.get(k) for k in _TITLE_METAS), page) if t and not _DOMAIN.fullmatch(t)]  # not
    # `example.com`
    h1s = [" ".join(h.get_text(" ", strip=True).split()) for h in soup.find_all("h1")]
    confirmed = [h for h in h1s if h and any(_norm(h) in _norm(o) for o in others)]
    # the last: a blog's name heads the page in an h1 before the post's (`Blog Name: Post Title`)
    stripped = [_without_site(t, site) for t in others]
    shown = [h for h in confirmed if any(_norm(h) == _norm(o) for o in others)]  # the headline the page shows
    # and its og:title repeats, over a JSON-LD headline written for search engines
    return _text(_first(*shown[-1:], linked.get("title"), *confirmed[-1:], *stripped, *h1s)
                 or next(filter(None, _lesser_titles(soup)), None))


def _lesser_titles(soup):
    """A page's titles where it has no `<title>` and no `<h1>`: an element its class or id marks as the title
    (`<div class="post-title">`), then the first `<h2>`; lazily."""
    from bs4 import Tag

    for tag in soup.descendants:
        if isinstance(tag, Tag) and tag.attrs and _TITLE_CLASS.search(_class_and_id(tag)):
            yield " ".join(tag.get_text(" ", strip=True).split())
    for tag in soup.find_all("h2"):
        yield " ".join(tag.get_text(" ", strip=True).split())


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
    date_in = partial(find_date, day_first=_day_first(soup))
    candidates = _date_candidates(soup, metas, linked, url, date_in)
    best = next(((value, raw) for value, raw, _ in candidates if value), None)
    if best is None:
        return next(filter(None, _last_guesses(soup, metas, date_in)), None)
    if not utc_early_hours(best[1]):
        return best[0]
    day_before = (date.fromisoformat(best[0]) - timedelta(days=1)).isoformat()
    local = any(value == day_before for value, _, is_local in candidates if is_local)
    return day_before if local else best[0]


def _date_candidates(soup, metas, linked, url, date_in):
    """(YYYY-MM-DD, raw value, whether it is a local date) from every source of a publication date, most
    trusted first; lazily, since most pages answer from the first sources."""
    yield date_in(linked.get("published")), linked.get("published"), False
    for key in _DATE_METAS:
        if metas.get(key):
            yield date_in(metas[key]), metas[key], False
    for raw in _times(soup):
        yield date_in(raw), raw, not raw.rstrip().endswith(("Z", "00:00", "0000"))
    yield _path_date(url), None, True
    yield _epoch_date(soup), None, False
    for text in _visible_dates(soup):
        yield date_in(text), None, True
    for key in ("og:image", "twitter:image"):  # /2016/05/04/share.png
        yield _path_date(metas.get(key)), None, True


def _last_guesses(soup, metas, date_in):
    """Dates of a page that gives no publication date, in order: an update's, the newest picture's upload
    (`/img/2019-05-05/a.jpg`), a line of a date alone; lazily."""
    for key in _MODIFIED:
        yield date_in(metas.get(key))
    for raw in _times(soup, updates=True):
        yield date_in(raw)
    yield max(filter(None, (_path_date(img.get("src")) for img in soup.find_all("img"))), default=None)
    for line in soup.get_text("\n").splitlines():  # (no script's or style's code)
        yield _date_alone(line, date_in)


def _date_alone(line: str, date_in) -> str | None:
    """The date of a line that holds little else: `2020-05-05`, `Wed, 19 Oct 2022 14:24:05 +0000`,
    `5/5/20 tarihinde güncellendi.`"""
    found = date_in(line) if len(line) < 80 else None
    return found if found and len(_LONG_WORD.findall(line)) <= _SHORT_LINE else None


def _day_first(soup) -> bool:
    """Whether the page writes `05/06/2020` for 5 June: its language is not English, or a British or other
    English that is not American (`<html lang="en-GB">`)."""
    language = (soup.html.get("lang") if soup.html else None) or ""
    return bool(language) and language.lower().replace("_", "-") not in _MONTH_FIRST


_MONTH_FIRST = {"en", "en-us", "en-ph"}


def _epoch_date(soup) -> str | None:
    """The date of the first `data-utime` (seconds since 1970, as Facebook's pages write it), in UTC."""
    from datetime import datetime, timezone

    from bs4 import Tag

    seconds = next((tag.attrs["data-utime"] for tag in soup.descendants
                    if isinstance(tag, Tag) and tag.attrs and "data-utime" in tag.attrs), "")
    if not _EPOCH.fullmatch(seconds):
        return None
    return datetime.fromtimestamp(int(seconds), tz=timezone.utc).date().isoformat()


def _path_date(url: str | None) -> str | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    y, m, d = [g for g in match.groups() if g][:3]
    return find_date(f"{y}-{int(m):02d}-{int(d):02d}")


def _times(soup, updates: bool = False):
    """The `<time>` elements' dates: those marked published first, then those not marked as an update, with
    the text of one that has no `datetime`; or, with `updates`, those marked as an update."""
    from bs4 import Tag

    times = [t for t in soup.descendants if isinstance(t, Tag) and t.name == "time"]
    marked = [(t, _NOT_PUBLICATION.search(_classes(t) + str(t.get("itemprop") or ""))) for t in times]
    if updates:
        return [t["datetime"] for t, update in marked if update and t.get("datetime")]
    published = [t for t in times if (t.get("itemprop") or "").lower() == "datepublished"
                 or "publish" in _classes(t).lower()]
    plain = [t for t, update in marked if not update]
    return [t.get("datetime") or t.get_text(" ", strip=True)[:80] for t in published + plain]


def _visible_dates(soup):
    from bs4 import Tag

    for tag in soup.descendants:
        if isinstance(tag, Tag) and tag.attrs:
            hints = _class_and_id(tag)
            if _DATE_CLASS.search(hints) and not _NOT_PUBLICATION.search(hints):
                yield from (str(tag.attrs[k]) for k in _DATE_ATTRIBUTES if k in tag.attrs)
                yield tag.get_text(" ", strip=True)[:80]
    for match in _DATE_LINE.finditer(soup.get_text("\n")):
        yield match.group(0)


def _class_and_id(tag) -> str:
    return _classes(tag) + " " + str(tag.attrs.get("id") or "")


def _classes(tag) -> str:
    value = tag.attrs.get("class") if tag.attrs else None
    return " ".join(value) if isinstance(value, list) else str(value or "")


def _canonical(soup) -> str | None:
    link = soup.find("link", rel="canonical")
    return link.get("href") if link else None


def _first(*values):
    return next((v for v in values if v), None)
