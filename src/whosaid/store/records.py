"""Passages to Whoosh field dicts and back."""
from __future__ import annotations

from datetime import date, datetime

from ..models import Passage, Quote
from . import schema as f


def passage_fields(p: Passage) -> dict:
    speakers = [s.replace(",", " ") for s in p.speakers]
    fields = {
        f.KIND: f.PASSAGE_KIND, f.KEY: p.key, f.PATH: p.path, f.TITLE: p.title or "", f.PARA: p.para,
        f.TEXT: p.text, f.QUOTE: "\n".join(q.text for q in p.quotes),
        f.SPEAKER: f.SPEAKER_SEPARATOR.join(speakers), f.SPEAKER_EXACT: ",".join(s.lower() for s in speakers),
        f.CUE: ",".join(c.replace(",", " ") for c in p.cues), f.URL: p.url, f.AUTHOR: p.author,
        f.QUOTES: [_quote_row(q) for q in p.quotes], f.SPEAKERS: p.speakers, f.QUOTED: bool(p.quotes),
    }
    for name, value in ((f.DATE, p.date), (f.PUBLISHED, p.published)):
        if value:
            fields[name] = datetime(value.year, value.month, value.day)
    return {k: v for k, v in fields.items() if v is not None}


def file_fields(path: str, state: tuple, dup_of: str | None = None) -> dict:
    fields = {f.KIND: f.FILE_KIND, f.KEY: "file:" + path, f.PATH: path, f.FILE_STATE: state, f.SHA1: state[2]}
    return fields | ({f.DUP_OF: dup_of} if dup_of else {})


def passage_from(stored: dict) -> Passage:
    return Passage(
        path=stored[f.PATH], para=stored[f.PARA], text=stored[f.TEXT], title=stored.get(f.TITLE) or None,
        published=_date(stored.get(f.PUBLISHED)), date=_date(stored.get(f.DATE)),
        quotes=tuple(Quote(*row) for row in stored.get(f.QUOTES) or ()),
        url=stored.get(f.URL), author=stored.get(f.AUTHOR))


def _quote_row(q: Quote) -> tuple:
    return (q.text, q.start, q.end, q.speaker, q.speaker_mention, q.cue)


def _date(value) -> date | None:
    return value.date() if isinstance(value, datetime) else None
