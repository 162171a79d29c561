"""`whosaid info`: what an index holds."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..models import IndexInfo
from . import location
from . import schema as f
from .records import document_published, is_passage, passage_quotes
from .searcher import open_index


def info(index_dir: Path) -> IndexInfo:
    index_dir = Path(index_dir)
    ix = open_index(index_dir)
    documents = duplicates = passages = quotes = 0
    speakers: set[str] = set()
    dates = []
    with ix.searcher() as searcher:
        for stored in searcher.reader().all_stored_fields():
            if not is_passage(stored):  # a file record
                documents += not stored.get(f.DUP_OF)
                duplicates += bool(stored.get(f.DUP_OF))
                dates += [d for d in (document_published(stored),) if d]
                continue
            when, rows = passage_quotes(stored)
            passages += 1
            quotes += len(rows)
            speakers.update(q.speaker for q in rows if q.speaker)
            dates += [when] if when else []
    return IndexInfo(str(index_dir), documents, duplicates, passages, quotes, len(speakers),
                     min(dates, default=None), max(dates, default=None), _disk_size(index_dir), _updated(index_dir))


def _disk_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _updated(index_dir: Path) -> str | None:
    stamp = location.read_marker(index_dir).get("updated")
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds") if stamp else None
