"""Articles exported from a news database as text (LexisNexis, Nexis Uni, Factiva): each article's
header and footer fields as metadata, not text, and a file of many articles as many.

LexisNexis writes an article so, one after another, each under `N of M DOCUMENTS`:

    1 of 50 DOCUMENTS
    The New York Times                      <- the outlet
    October 11, 2017 Wednesday              <- the publication date
    Late Edition - Final                    <- the edition
    Weinstein's Accusers Speak Out          <- the headline
    BYLINE: By JODI KANTOR                  <- the author
    SECTION: Section A; Pg. 1   LENGTH: 1432 words   DATELINE: NEW YORK
    …the story…
    LOAD-DATE: October 11, 2017   LANGUAGE: ENGLISH   PUBLICATION-TYPE: Newspaper
    Copyright 2017 The New York Times Company

Nexis Uni puts the headline first, writes its fields' names in title case (`Byline:`), opens the
story with `Body` and closes each article with `End of Document`. Factiva puts the headline first, then
the author, the length (`1,432 words`), the date, the source's name and code, the language and the
copyright, and closes each article with its accession number (`Document NYTF000020171011ed…`); or, in
its format with indexing, opens each field's line with the field's code (`HD`, `BY`, `WC`, `PD`, `LP`,
`TD`, `AN`, …) and a tab.
"""
from __future__ import annotations

import re

from .dates import find_date
from .text import dateline_date


def articles(paragraphs: list[str]) -> list[tuple[dict[str, str], list[str]]] | None:
    """The articles of a database's export, each as its metadata (front matter's keys: title,
    published, author) and its paragraphs, the headline first (as a text file's first line is); None for
    a text that is no such export."""
    if _nexis(paragraphs):
        return [_nexis_article(part) for part in _parts(paragraphs, _NEXIS_COUNT, _NEXIS_END) if _has_text(part)]
    if _factiva(paragraphs):
        return [_factiva_article(part) for part in _parts(paragraphs, None, _FACTIVA_END) if _has_text(part)]
    return None


def coded_articles(body: str) -> list[tuple[dict[str, str], str]] | None:
    """The articles of Factiva's export with its fields' codes (`HD` the headline, `BY` the author,
    `PD` the date, `LP` and `TD` the lead and the rest of the story, `AN` the accession number, …, each
    code opening its line), each as its metadata and its headline and story as text; None for a text
    that is no such export."""
    if not (body.startswith("HD") or "\nHD" in body):  # (a quick look for the headline's code first)
        return None
    fields = list(_CODE.finditer(body))
    if len({m["code"] for m in fields} & _REQUIRED_CODES) < len(_REQUIRED_CODES):
        return None
    records: list[dict[str, str]] = []
    for n, field in enumerate(fields):
        if field["code"] == "HD" or not records:
            records.append({})
        value = body[field.end():fields[n + 1].start() if n + 1 < len(fields) else len(body)]
        records[-1][field["code"]] = value.strip()
    return [_coded_article(record) for record in records if record.get("LP") or record.get("TD")]


def _coded_article(record: dict[str, str]) -> tuple[dict[str, str], str]:
    meta = {"title": " ".join(record["HD"].split())} if record.get("HD") else {}
    if record.get("BY"):
        meta["author"] = _author(" ".join(record["BY"].split()))
    if find_date(record.get("PD")):
        meta["published"] = find_date(record["PD"])
    story = [meta.get("title", ""), record.get("LP", ""), record.get("TD", "")]
    return meta, "\n\n".join(part for part in story if part)


_CODE = re.compile(r"^(?P<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN)"
                   r"(?:\t| {2,}|$)", re.M)
_REQUIRED_CODES = {"HD", "WC", "PD", "AN"}


def _nexis(paragraphs: list[str]) -> bool:
    """Two of LexisNexis's fields or more, its length among them (`LENGTH: 1432 words`)."""
    fields = [_NEXIS_FIELD.match(p) for p in paragraphs]
    return sum(1 for f in fields if f) >= 2 and any(f and _LENGTH.fullmatch(f["value"]) for f in fields)


def _factiva(paragraphs: list[str]) -> bool:
    """An accession number closing the text, and a length near the top of each article."""
    return bool(paragraphs) and _FACTIVA_END.fullmatch(paragraphs[-1]) is not None and any(
        _LENGTH.fullmatch(p) for p in paragraphs[:_HEADER_PARAGRAPHS])


def _parts(paragraphs: list[str], opens: re.Pattern | None, closes: re.Pattern) -> list[list[str]]:
    """The paragraphs parted into articles where a line opens one (`3 of 50 DOCUMENTS`, which goes) or
    closes one (`End of Document`, `Document NYTF…`, which go)."""
    parts: list[list[str]] = [[]]
    for paragraph in paragraphs:
        if opens is not None and opens.fullmatch(paragraph):
            parts.append([])
        elif closes.fullmatch(paragraph):
            parts.append([])
        else:
            parts[-1].append(paragraph)
    return parts


def _has_text(part: list[str]) -> bool:
    return any(not _NEXIS_FIELD.match(p) for p in part)


def _nexis_article(part: list[str]) -> tuple[dict[str, str], list[str]]:
    """A LexisNexis article's metadata and story: the header is what stands before its first field; in
    it, the line before the date is the outlet, the lines right after it the edition, and the first
    other line the headline."""
    first_field = next((n for n, p in enumerate(part) if _NEXIS_FIELD.match(p)), 0)
    header, rest = part[:first_field], part[first_field:]
    meta: dict[str, str] = {}
    dated = next((n for n, p in enumerate(header) if dateline_date(p)), None)
    metadata = set()  # the outlet before the date, the date, and the edition lines after it
    if dated is not None:
        meta["published"] = dateline_date(header[dated])
        metadata = {dated - 1, dated}
        after = dated + 1
        while after < len(header) and _EDITION.fullmatch(header[after]):
            metadata.add(after)
            after += 1
    headline = [p for n, p in enumerate(header) if n not in metadata and not _COPYRIGHT.match(p)]
    if headline:
        meta["title"] = headline[0]
    story = []
    for paragraph in rest:
        field = _NEXIS_FIELD.match(paragraph)
        if field is None:
            if not _COPYRIGHT.match(paragraph) and paragraph not in _NEXIS_LINES:
                story.append(paragraph)
        elif field["name"].lower() == "byline":
            meta.setdefault("author", _author(field["value"]))
        elif field["name"].lower() == "load-date" and "published" not in meta and find_date(field["value"]):
            meta["published"] = find_date(field["value"])
    return meta, [meta["title"], *story] if "title" in meta else story


def _factiva_article(part: list[str]) -> tuple[dict[str, str], list[str]]:
    """A Factiva article's metadata and story: the header runs from the headline to the copyright line
    (or the language's, when there is none), the author before the length, the date after it."""
    length = next((n for n, p in enumerate(part[:_HEADER_PARAGRAPHS]) if _LENGTH.fullmatch(p)), None)
    if length is None:
        return {}, part
    ends = [n for n, p in enumerate(part[:_HEADER_PARAGRAPHS + 2]) if n > length and (
        _COPYRIGHT.match(p) or p.lower() in _LANGUAGES)]
    end = max((n for n in ends if _COPYRIGHT.match(part[n])), default=max(ends, default=length))
    meta = {"title": part[0]} if length > 0 else {}
    if length > 1:
        meta["author"] = _author(part[length - 1])
    published = next((find_date(p) for p in part[length + 1:end + 1] if find_date(p)), None)
    if published:
        meta["published"] = published
    return meta, part[:1] + [p for p in part[end + 1:] if not _COPYRIGHT.match(p)]


def _author(byline: str) -> str:
    """`By JODI KANTOR; Contributing: …` -> `Jodi Kantor`."""
    name = re.sub(r"^(?:By|BY|by)\s+", "", byline.split(";")[0]).strip()
    return name.title() if name.isupper() else name


_NEXIS_COUNT = re.compile(r"\d{1,6} of \d{1,6} DOCUMENTS?", re.I)
_NEXIS_END = re.compile(r"End of Document", re.I)
_FACTIVA_END = re.compile(r"Document [A-Za-z0-9]{16,40}")
_NEXIS_FIELD = re.compile(
    r"(?P<name>BYLINE|SECTION|LENGTH|DATELINE|HIGHLIGHT|LOAD-DATE|LANGUAGE|PUBLICATION-TYPE|GRAPHIC|DOCUMENT-TYPE"
    r"|JOURNAL-CODE|SUBJECT|ORGANIZATION|PERSON|GEOGRAPHIC|CITY|STATE|COUNTRY|TICKER|INDUSTRY|NOTES|CORRECTION"
    r"|CORRECTION-DATE|SERIES|COLUMN|EDITION|ACC-NO|DISTRIBUTION|URL|TYPE|Byline|Section|Length|Dateline|Highlight"
    r"|Load-Date|Language|Publication-Type|Graphic|Document-Type|Subject|Organization|Person|Geographic|Industry"
    r"|Company|Ticker|Notes|Correction|Correction-Date|Series|Column|Edition|Url|Type):[ \t]*(?P<value>.*)", re.S)
_NEXIS_LINES = {"Body", "BODY", "Classification", "CLASSIFICATION", "All Rights Reserved", "All rights reserved"}
_LENGTH = re.compile(r"(?:\d{1,3}(?:,\d{3})*|\d+) words", re.I)
_EDITION = re.compile(r"(?i:[\w ]{0,30}\bedition\b[\w ;,.-]{0,30}|correction appended)")  # `Late Edition - Final`
_COPYRIGHT = re.compile(r"(?:Copyright|COPYRIGHT|\(c\)|\(C\)|©)\s")
_LANGUAGES = {"english", "french", "german", "spanish", "italian", "dutch", "portuguese"}
_HEADER_PARAGRAPHS = 8
