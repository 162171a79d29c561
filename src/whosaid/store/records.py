"""Passages to Whoosh field dicts and back.

A passage's stored data is one zlib-compressed pickle (`DATA`): it holds the text, title,
quotations and dates, and costs about a third of storing them as separate fields.
"""
from __future__ import annotations

import pickle
import zlib
from datetime import date

from ..models import Passage, Quote
from . import schema as f


def passage_fields(p: Passage) -> dict:
    fields = {
        f.KIND: f.PASSAGE_KIND, f.PATH: p.path, f.TITLE: p.title or "", f.PARA: p.para, f.TEXT: p.text,
        f.QUOTE: "\n".join(q.text for q in p.quotes), f.SPEAKER: f.SPEAKER_SEPARATOR.join(p.speakers),
        f.DATE: day_term(p.date), f.PUBLISHED: day_term(p.published), f.URL: p.url, f.QUOTED: bool(p.quotes),
        f.DATA: _pack(p),
    }
    return {k: v for k, v in fields.items() if v not in (None, "")}


def file_fields(path: str, state: tuple, dup_of: str | None = None) -> dict:
    fields = {f.KIND: f.FILE_KIND, f.KEY: "file:" + path, f.PATH: path, f.FILE_STATE: state, f.SHA1: state[2]}
    return fields | ({f.DUP_OF: dup_of} if dup_of else {})


def passage_from(stored: dict) -> Passage:
    path, para, text, title, published, when, rows, url, author = pickle.loads(zlib.decompress(stored[f.DATA]))
    return Passage(path=path, para=para, text=text, title=title, published=_day(published), date=_day(when),
                   quotes=tuple(Quote(*row) for row in rows), url=url, author=author)


def day_term(value: date | None) -> str | None:
    """2017-10-11 -> "20171011": sorts and ranges as text."""
    return value.strftime("%Y%m%d") if value else None


def _pack(p: Passage) -> bytes:
    rows = [(q.text, q.start, q.end, q.speaker, q.speaker_mention, q.cue) for q in p.quotes]
    row = (p.path, p.para, p.text, p.title, _ordinal(p.published), _ordinal(p.date), rows, p.url, p.author)
    return zlib.compress(pickle.dumps(row, protocol=5), 1)


def _ordinal(value: date | None) -> int | None:
    return value.toordinal() if value else None


def _day(value: int | None) -> date | None:
    return date.fromordinal(value) if value else None
