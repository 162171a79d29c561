"""Articles as data (.jsonl, .ndjson, .json): a record an article, as news datasets and APIs give them.

A researcher's corpus is often a file of records rather than a folder of pages: JSON Lines, one object
a line (news-please's `maintext`, `date_publish`, `authors`; a crawl's or a scraper's `text`, `title`,
`url`), or a JSON document holding a list of them, bare or under a key (NewsAPI's `{"articles": […]}`).
Each record's fields are found by their usual names, whatever their case or separators (`publishedAt`,
`date_publish`, `Published-Date`): the story is the first of the story fields that has text, HTML or
plain, and a record with none is no article. A list of authors is written as one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone

from ..errors import UnreadableFile
from ..models import author_line
from .decode import json_value
from .html import holds_markup

_STORY = ("maintext", "text", "body", "bodytext", "fulltext", "articletext", "articlebody", "article", "story",
          "content", "description", "summary")
_TITLE = ("title", "headline", "heading")
_DATE = ("datepublish", "datepublished", "publishdate", "publisheddate", "publishedat", "published", "pubdate", "date",
         "publicationdate", "createdat", "created", "datemodify", "updated")
_URL = ("url", "link", "sourceurl", "canonicalurl", "permalink", "uri")
_AUTHOR = ("authors", "author", "byline", "creator", "writer")


@dataclass(frozen=True, slots=True)
class Record:
    """One article of a dataset: what its fields say of it (`title`, `url`, `author`, `published`, as
    written) and its story, HTML or text."""

    meta: dict[str, str]
    body: str
    is_html: bool


def records(text: str, path: str = "") -> list[Record]:
    """The articles of a dataset's text, in order; UnreadableFile when it holds none."""
    found = [_record(r) for r in _objects(text, path)]
    found = [r for r in found if r is not None]
    if not found:
        raise UnreadableFile(path, "not a file of articles (no record with a text, body or content field)")
    return found


def _objects(text: str, path: str) -> list[dict]:
    """The records: a JSON document's list of objects (bare, or the first list of objects a top-level
    key holds), its one object, or else one object a line."""
    try:
        document = json_value(text)
    except ValueError:
        return _lines(text, path)
    if isinstance(document, dict):
        listed = next((v for v in document.values() if isinstance(v, list) and any(isinstance(o, dict) for o in v)),
                      None)
        return [o for o in listed if isinstance(o, dict)] if listed is not None else [document]
    return [o for o in document if isinstance(o, dict)] if isinstance(document, list) else []


def _lines(text: str, path: str) -> list[dict]:
    objects, bad = [], 0
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            value = json_value(line)
        except ValueError:
            bad += 1
            continue
        if isinstance(value, dict):
            objects.append(value)
    if bad and not objects:
        raise UnreadableFile(path, "not JSON, nor JSON Lines")
    return objects


def _record(obj: dict) -> Record | None:
    fields = {_key(k): v for k, v in reversed(obj.items())}  # the first of two keys that read the same
    body = _first(fields, _STORY)
    if not body:
        return None
    meta = {name: value for name, value in (("title", _first(fields, _TITLE)), ("url", _first(fields, _URL)),
                                            ("author", _first(fields, _AUTHOR)), ("published", _published(fields)))
            if value}
    return Record(meta, body, holds_markup(body))


def _published(fields: dict) -> str:
    """The date field's text; a number is a Unix time, in seconds or milliseconds, as a UTC date."""
    value = next((fields[name] for name in _DATE if fields.get(name) not in (None, "")), None)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) >= _MILLISECONDS else value
        try:
            return datetime.fromtimestamp(seconds, timezone.utc).date().isoformat()
        except (ValueError, OverflowError, OSError):
            return ""
    return _first(fields, _DATE)


_MILLISECONDS = 10 ** 11  # a Unix time this large is in milliseconds (seconds reach it in the year 5138)


def _key(name: str) -> str:
    return re.sub(r"[\W_]", "", str(name)).lower()


def _first(fields: dict, names: tuple[str, ...]) -> str:
    """The first of `names` whose value has text; a list of strings (authors) as one, as bylines join them
    (`A, B and C`)."""
    for name in names:
        value = fields.get(name)
        if isinstance(value, list):
            names = [" ".join(str(v).split()) for v in value if isinstance(v, (str, int)) and str(v).strip()]
            value = author_line(names) if names else ""
        elif isinstance(value, dict):
            value = value.get("name") or ""  # `"author": {"name": "Jane Reporter"}`
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""
