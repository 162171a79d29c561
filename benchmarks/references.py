"""The references whosaid is measured against, each run as its own process by indexing.py.

    python references.py whoosh-index CORPUS INDEX_DIR    plain Whoosh: one document a paragraph
    python references.py whoosh-search INDEX_DIR WORD     open, search, print ten hits
    python references.py fts5-index CORPUS DB             SQLite FTS5, porter tokenizer
    python references.py fts5-search DB WORD

"Plain" means Whoosh used as its tutorial shows: fields path (ID), para (NUMERIC) and text
(TEXT with StemmingAnalyzer, stored); one writer with default settings; commit once.
"""
import os
import re
import sqlite3
import sys
from pathlib import Path

BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(corpus: Path):
    for path in sorted(corpus.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        blocks = BLANK.split(text) if BLANK.search(text) else text.split("\n")
        for n, block in enumerate(b for b in blocks if b.strip()):
            yield str(path), n + 1, " ".join(block.split())


def whoosh_index(corpus, index_dir):
    from whoosh import fields, index
    from whoosh.analysis import StemmingAnalyzer

    schema = fields.Schema(path=fields.ID(stored=True), para=fields.NUMERIC(stored=True),
                           text=fields.TEXT(analyzer=StemmingAnalyzer(), stored=True))
    os.makedirs(index_dir, exist_ok=True)
    ix = index.create_in(index_dir, schema)
    writer = ix.writer()
    for path, para, text in paragraphs(Path(corpus)):
        writer.add_document(path=path, para=para, text=text)
    writer.commit()


def whoosh_search(index_dir, word):
    from whoosh import highlight, index
    from whoosh.qparser import QueryParser

    ix = index.open_dir(index_dir)
    with ix.searcher() as searcher:
        query = QueryParser("text", ix.schema).parse(word)
        results = searcher.search(query, limit=10)
        results.formatter = highlight.UppercaseFormatter()
        for hit in results:
            print(hit["path"], hit["para"], hit.highlights("text"))


def fts5_index(corpus, db):
    connection = sqlite3.connect(db)
    connection.execute("CREATE VIRTUAL TABLE passages USING fts5(path UNINDEXED, para UNINDEXED, text, tokenize=porter)")
    connection.executemany("INSERT INTO passages VALUES (?, ?, ?)", paragraphs(Path(corpus)))
    connection.commit()


def fts5_search(db, word):
    connection = sqlite3.connect(db)
    for row in connection.execute("SELECT path, para, snippet(passages, 2, '[', ']', '…', 12) FROM passages "
                                  "WHERE passages MATCH ? ORDER BY rank LIMIT 10", (word,)):
        print(*row)


if __name__ == "__main__":
    {"whoosh-index": whoosh_index, "whoosh-search": whoosh_search,
     "fts5-index": fts5_index, "fts5-search": fts5_search}[sys.argv[1]](*sys.argv[2:])
