"""`whosaid info`: what an index holds."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from ..models import IndexInfo
from . import location
from .records import documents
from .searcher import open_index


def info(index_dir: Path) -> IndexInfo:
    index_dir = Path(index_dir)
    ix = open_index(index_dir)
    count = duplicates = articles = passages = quotes = 0
    speakers: set[str] = set()
    writers: set[str] = set()
    dates = []
    with ix.searcher() as searcher:
        for dup_of, document in documents(searcher.reader()):
            duplicates += bool(dup_of)
            if document is None:
                continue
            count += 1
            articles += 1 + len(document.articles)
            dates += [document.published] if document.published else []
            for passage in document.passages(""):
                passages += 1
                quotes += len(passage.quotes)
                speakers.update(q.speaker for q in passage.quotes if q.speaker)
                writers.update(passage.writers)
                dates += [passage.date] if passage.date else []
    return IndexInfo(str(index_dir), count, duplicates, articles, passages, quotes, len(speakers), len(writers),
                     min(dates, default=None), max(dates, default=None), _disk_size(index_dir), _updated(index_dir),
                     tuple(location.indexed_paths(index_dir)))


def _disk_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def _updated(index_dir: Path) -> str | None:
    stamp = location.read_marker(index_dir).get("updated")
    return datetime.fromtimestamp(stamp, timezone.utc).isoformat(timespec="seconds") if stamp else None
