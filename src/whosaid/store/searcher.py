"""Queries in, models out. Whoosh objects never leave this module: each hit becomes a
`models.Hit` inside the searcher's `with` block."""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from ..errors import IndexNotFound, NotIndexed
from ..models import Filters, Hit, Passage, SearchResult, Span
from ..parties import in_full
from . import location
from . import schema as f
from .highlight import query_terms, spans
from .query import blank, build, expand, filters_query
from .collect import DateCollector
from .records import Document, PassageReader, day_term, file_record
from .suggest import name_suggestion, suggestion

SORTS = ("relevance", "date", "-date")
FACETS = ("speaker", "author", "date")


class Index:
    """An index opened once for many searches: `Index(dir).search("retaliation")`.

    The searcher is reopened only when a newer commit has landed.
    """

    def __init__(self, index_dir: Path):
        self.index_dir = Path(index_dir)
        self._ix = open_index(self.index_dir)
        self._searcher = self._ix.searcher(weighting=_weighting())

    def close(self) -> None:
        self._searcher.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def search(self, query: str, filters: Filters | None = None, *, limit: int = 10, page: int = 1,
               sort: str = "relevance", per_doc: int | None = None, facets: tuple[str, ...] = ()) -> SearchResult:
        """Ranked passages for `query` under `filters`: page `page` of `limit` hits."""
        self._refresh()
        # the searcher's schema, not the index's: FileIndex.schema unpickles the TOC on every access
        return _search(self._searcher, self._searcher.schema, query, filters or Filters(), limit, page, sort, per_doc,
                       facets)

    def _refresh(self) -> None:
        """A searcher of the latest commit. Whoosh's `refresh` reuses the segments of the reader it had,
        and the reader of an index with none (an empty folder indexed) has no list of them to give."""
        if self._searcher.up_to_date():
            return
        if self._searcher.reader().segments() is None:
            self._searcher.close()
            self._searcher = self._ix.searcher(weighting=_weighting())
        else:
            self._searcher = self._searcher.refresh()


def search(index_dir: Path, query: str, filters: Filters | None = None, *, limit: int = 10, page: int = 1,
           sort: str = "relevance", per_doc: int | None = None, facets: tuple[str, ...] = ()) -> SearchResult:
    """Ranked passages for `query` under `filters`: page `page` of `limit` hits."""
    with Index(index_dir) as index:
        return index.search(query, filters, limit=limit, page=page, sort=sort, per_doc=per_doc, facets=facets)


def _search(searcher, schema, query, filters, limit, page, sort, per_doc, facets) -> SearchResult:
    reader = searcher.reader()
    only = filters_query(replace(filters, since=None, until=None), reader)
    browsing = blank(query) and filters != Filters()
    if browsing:  # `whosaid search --speaker weinstein`: every passage the filters allow, newest first
        parsed, only, query = only or _every(), None, ""
        sort = "-date" if sort == "relevance" else sort
    else:
        parsed = expand(build(query, schema, filters.quotes_only), reader)
    if _empty(reader):
        return SearchResult(query, 0, (), page, limit, {name: [] for name in facets})
    offset = (page - 1) * limit
    days = (day_term(filters.since) or "00000000", day_term(filters.until) or "99999999") \
        if filters.since or filters.until else None
    passages = PassageReader(searcher)
    terms = query_terms(parsed, reader)
    names = _named(filters.speakers, schema)
    theirs = _TheirQuotes(passages, terms, schema, names) if filters.quotes_only and names and not browsing else None
    wanted = offset + limit
    fetched = None if per_doc or theirs else wanted * 10  # room for repeats without a second run: a run scores
    # every match whatever it keeps, so keeping more costs little
    while True:
        ranked, total = _run(searcher, parsed, fetched, only, sort, days)
        if theirs is not None:
            ranked = [hit for hit in ranked if theirs.match(hit[0])]
            total = len(ranked)
        chosen = _chosen(passages, ranked, per_doc, wanted)
        if fetched is None or len(chosen) == wanted or len(ranked) < fetched:
            break
        fetched *= 4  # repeats left fewer than a page: read further down the ranking
    if names:  # the speaker asked for is marked where the passage names them
        terms[f.SPEAKER] = terms.get(f.SPEAKER, set()) | {word for words in names for word in words}
    hits = tuple(_hit(rank, hit, terms, schema, searcher, passages, filters.quotes_only, repeats, names, browsing)
                 for rank, (*hit, repeats) in enumerate(chosen[offset:], offset + 1))
    counts = _facets(facets, searcher, parsed, only, days, theirs, names)
    hint = _hint(query, filters, reader, schema) if total == 0 else None
    unfiltered, empty = _filtered_out(searcher, schema, query, parsed, filters) \
        if total == 0 and filters != Filters() else (None, ())
    return SearchResult(query, total, hits, page, limit, counts, hint, unfiltered, empty)


def _filtered_out(searcher, schema, query: str, parsed, filters: Filters) -> tuple[int | None, tuple[str, ...]]:
    """Why filters left nothing: how many passages `query` (`parsed`) matches without them (None without a
    query), and each filter that alone allows no passage, as its option is written (`--speaker weinstien`,
    `--since 2031-01-01`). With --quotes-only the query was parsed for quotations alone: parsed again."""
    if blank(query):
        return None, _empties(searcher, filters)
    plain = expand(build(query, schema), searcher.reader()) if filters.quotes_only else parsed
    return _run(searcher, plain, 1, None, "relevance")[1], _empties(searcher, filters)


def empty_filters(index_dir: Path, filters: Filters) -> tuple[str, ...]:
    """Each of `filters` that alone allows no passage of the index, as its option is written
    (`--speaker weinstien`): why a listing under them holds nothing."""
    with open_index(Path(index_dir)).searcher() as searcher:
        if _empty(searcher.reader()):
            return ()
        return _empties(searcher, filters)


def _empties(searcher, filters: Filters) -> tuple[str, ...]:
    return tuple(option for option, alone in _each_filter(filters) if not _allows_any(searcher, alone))


def _each_filter(filters: Filters):
    """(option as written, Filters of that option alone) for each filter given."""
    import shlex

    for name in filters.speakers:
        yield f"--speaker {shlex.quote(name)}", Filters(speakers=(name,))
    for name in filters.authors:
        yield f"--author {shlex.quote(name)}", Filters(authors=(name,))
    if filters.since:
        yield f"--since {filters.since.isoformat()}", Filters(since=filters.since)
    if filters.until:
        yield f"--until {filters.until.isoformat()}", Filters(until=filters.until)
    if filters.quotes_only:
        yield "--quotes-only", Filters(quotes_only=True)
    for glob in filters.sources:
        yield f"--source {shlex.quote(glob)}", Filters(sources=(glob,))


def _allows_any(searcher, alone: Filters) -> bool:
    """Whether one filter alone allows some passage: its query's first match, not a count (a date
    range's collector would read every passage's date). Only passages hold the fields a filter reads."""
    return next(iter(filters_query(alone, searcher.reader()).docs(searcher)), None) is not None


def _hint(query: str, filters: Filters, reader, schema) -> str | None:
    """For a search that matched nothing, `did you mean`: the query mended, and when a --speaker or
    --author name has a word the index lacks, the options too, the names mended (`retaliation --speaker
    weinstein`)."""
    import shlex

    mended = suggestion(query, reader, schema) if query else None
    given = [("--speaker", "speaker", name) for name in filters.speakers] + [
        ("--author", "author", name) for name in filters.authors]
    names = [(option, name, name_suggestion(name, field, reader, schema)) for option, field, name in given]
    if not any(better for *_, better in names):
        return mended
    options = [f"{option} {shlex.quote(better or name)}" for option, name, better in names]
    return " ".join(([shlex.quote(mended or query)] if query else []) + options)


def speakers(index_dir: Path, query: str | None = None, filters: Filters | None = None) -> list[tuple[str, int]]:
    """Who is quoted, with their number of quotations: in the whole index or in the passages
    `query` matches under `filters`, most quoted first."""
    from whoosh import query as q

    filters = filters or Filters()
    ix = open_index(Path(index_dir))
    with ix.searcher(weighting=_weighting()) as searcher:
        parsed = expand(build(query, searcher.schema, filters.quotes_only), searcher.reader()) if query else q.Every()
        given = filters_query(filters, searcher.reader())
        if _empty(searcher.reader()):
            return []
        only = q.And([given, q.Term(f.QUOTED, True)]) if given is not None else q.Term(f.QUOTED, True)
        return _facet("speaker", searcher, _matches(searcher, parsed, only), _named(filters.speakers, searcher.schema))


def passages_of(index_dir: Path, path: str) -> list[Passage]:
    """Every passage of the document indexed under `path` (its key: the absolute path), in order; a copy's
    path gives the passages of the file it copies. NotIndexed when the index holds no such document."""
    with open_index(Path(index_dir)).searcher() as searcher:
        reader = searcher.reader()
        docnum = file_record(reader, path) if not _empty(reader) else None
        if docnum is None:
            raise NotIndexed(f"{path} is not in the index at {index_dir}; `whosaid search` prints the paths it holds.")
        original = searcher.stored_fields(docnum).get(f.DUP_OF)
        if original:
            path, docnum = original, file_record(reader, original)
        stored = searcher.stored_fields(docnum) if docnum is not None else {}
        return (Document(*stored[f.DOCUMENT]) if f.DOCUMENT in stored else Document()).passages(path)


def name_words(index_dir: Path, field: str, prefix: str, limit: int = 100) -> list[str]:
    """The words of the indexed speakers' (`field` "speaker") or writers' ("author") names that start
    with `prefix`, as --speaker and --author match them: for a shell's completion."""
    name = f.NAME_FIELDS[field]
    with open_index(Path(index_dir)).reader() as reader:
        words = [t.text for t in reader.schema[name].analyzer(prefix)] if prefix else [""]
        if not words or _empty(reader):
            return []
        found = reader.expand_prefix(name, words[-1])
        return [w.decode("utf-8") if isinstance(w, bytes) else w for _, w in zip(range(limit), found)]


def _empty(reader) -> bool:
    """An index of no passage (an empty folder indexed): Whoosh's reader of it has no columns to read."""
    return reader.doc_count_all() == 0


def open_index(index_dir: Path):
    from whoosh import index

    location.check_readable(index_dir)
    try:  # not index.exists_in first: it opens the index too, reading its table of contents twice
        return index.open_dir(str(index_dir))
    except index.EmptyIndexError:
        raise IndexNotFound(f"The index at {index_dir} is empty. Run `whosaid index PATH` first.") from None


def _weighting():
    from whoosh import scoring

    return scoring.BM25F()


def _run(searcher, parsed, limit: int | None, only, sort: str, days: tuple[str, str] | None = None
         ) -> tuple[list[tuple[int, float]], int]:
    """The top `limit` (docnum, score) pairs (all when None), and how many documents match.

    Queries of words, AND, OR and NOT ranked by relevance go to `rank`, which scores term by
    term; the rest to Whoosh, with block skipping off and nothing pruned, so that one pass
    both ranks and counts (Whoosh's default collector runs the query a second time to count).
    """
    from whoosh import collectors, sorting

    from .rank import ranked

    if sort == "relevance" and (found := ranked(searcher, parsed, limit, only, days)) is not None:
        return found
    if sort != "relevance":
        by_date = sorting.FieldFacet(f.DATE, reverse=sort == "-date")  # newest first: an undated passage ("") last
        if sort == "date":  # oldest first: an undated passage last too, not first
            by_date = sorting.TranslateFacet(_undated_last, by_date)
        facet = sorting.MultiFacet([by_date, sorting.FieldFacet(f.PATH), sorting.FieldFacet(f.PARA)])
        collector = collectors.SortingCollector(facet, limit=limit)
    elif limit is None:
        collector = collectors.UnlimitedCollector()
    else:
        collector = collectors.TopCollector(limit, usequality=False, replace=0)
    if days is not None:
        collector = DateCollector(collector, *days)
    if only is not None:
        collector = collectors.FilterCollector(collector, allow=only)
    searcher.search_with_collector(parsed, collector)
    results = collector.results()
    return [(hit.docnum, hit.score) for hit in results], len(results)


def _undated_last(day: bytes) -> bytes:
    """The date column's sort key (`b"20171011"`), an undated passage's (`b""`) after every date."""
    return day or b"\xff"


def _chosen(passages: PassageReader, ranked: list[tuple[int, float]], per_doc: int | None, wanted: int) -> list:
    """The first `wanted` hits in order, as (docnum, score, [the other files that repeat it]): a passage that
    another file holds word for word under the same title (a story in two of a feed's saved copies) is
    one hit; and at most `per_doc` from one article (one document, or one of a file of several: a feed's,
    a dataset's). Whoosh's collapse ignores filters."""
    seen: Counter = Counter()
    first: dict[int, tuple] = {}  # a fingerprint to the path of the hit that first had it, and its repeats
    chosen: list[tuple] = []
    for docnum, score in ranked:
        path, said = passages.path(docnum), passages.fingerprint(docnum)
        if said in first and first[said][0] != path:
            first[said][1].append(path)
            continue
        if per_doc:
            article = passages.article(docnum)
            seen[article] += 1
            if seen[article] > per_doc:
                continue
        repeats: list[str] = []
        first.setdefault(said, (path, repeats))
        chosen.append((docnum, score, repeats))
        if len(chosen) == wanted:
            break
    return chosen


def _matches(searcher, parsed, only, days: tuple[str, str] | None = None):
    """The document numbers of every passage `parsed` matches that `only` and the day range allow."""
    from whoosh import collectors

    collector = collectors.UnlimitedCollector()
    if days is not None:
        collector = DateCollector(collector, *days)
    if only is not None:
        collector = collectors.FilterCollector(collector, allow=only)
    searcher.search_with_collector(parsed, collector)
    return collector.results().docs()


def _facets(facets: tuple[str, ...], searcher, parsed, only, days, theirs, names) -> dict[str, list[tuple[str, int]]]:
    """Each facet's counts over every passage the search matched (that `theirs` keeps, when it is given)."""
    if not facets:
        return {}
    matched = [docnum for docnum in _matches(searcher, parsed, only, days) if theirs is None or theirs.match(docnum)]
    return {name: _facet(name, searcher, matched, names) for name in facets}


def _facet(name: str, searcher, docnums, names: tuple[tuple[str, ...], ...] = ()) -> list[tuple[str, int]]:
    """Counts over the passages `docnums`: quotations by speaker (only those of the speakers `names`, when
    the search asked for some: not who else the passages quote), passages by writer, or passages by month;
    a passage that other files repeat (`_chosen`) counted once."""
    counts: Counter = Counter()
    analyzer = searcher.schema[f.SPEAKER].analyzer
    passages = PassageReader(searcher)
    first: dict[int, str] = {}
    for docnum in docnums:
        path = passages.path(docnum)
        if first.setdefault(passages.fingerprint(docnum), path) != path:
            continue
        passage = passages.passage(docnum)
        if name == "speaker":
            counts.update(q.speaker for q in _quotes_of(passage, names, analyzer) if q.speaker)
        elif name == "author":
            counts.update(passage.writers)
        elif passage.date:
            counts[passage.date.strftime("%Y-%m")] += 1
    if name == "date":
        return sorted(counts.items())
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _hit(rank: int, hit: tuple[int, float], terms: dict[str, set[str]], schema, searcher, passages,
         quotes_only: bool, repeats: list[str], said_by: tuple[tuple[str, ...], ...], browsing: bool) -> Hit:
    """`said_by`: the --speaker names' words. Browsing (no query), their quotations are the passage's
    highlights; with --quotes-only, the matches inside their quotations are."""
    docnum, score = hit
    passage = passages.passage(docnum)
    words = schema[f.TEXT].analyzer
    names = schema[f.SPEAKER].analyzer
    theirs = _quotes_of(passage, said_by, names)
    body_terms = terms.get(f.QUOTE, set()) | (set() if quotes_only else terms.get(f.TEXT, set()))
    body = spans(words, passage.text, body_terms)
    if quotes_only:
        body = _inside(body, theirs)
    if browsing:
        body = tuple(Span(q.start, q.end) for q in theirs)
    score = score if isinstance(score, (int, float)) else 0.0  # a sort key when sorted by date
    return Hit(rank=rank, score=score, passage=passage, highlights=body,
               title_highlights=spans(words, passage.title or "", terms.get(f.TITLE, set())),
               speaker_highlights=tuple(spans(names, s, terms.get(f.SPEAKER, set())) for s in passage.speakers),
               also_at=_also_at(_duplicates(searcher, passage.path), repeats))


class _TheirQuotes:
    """Whether a passage has a word the query matched inside a quotation of one of the --speaker names
    (`whosaid search iraq --speaker blair --quotes-only`: Blair's words, not those of another speaker
    the passage quotes too)."""

    def __init__(self, passages: PassageReader, terms: dict[str, set[str]], schema, names):
        self.passages, self.names = passages, names
        self.wanted = terms.get(f.QUOTE, set())
        self.words, self.speakers = schema[f.TEXT].analyzer, schema[f.SPEAKER].analyzer

    def match(self, docnum: int) -> bool:
        passage = self.passages.passage(docnum)
        theirs = _quotes_of(passage, self.names, self.speakers)
        return bool(theirs) and bool(_inside(spans(self.words, passage.text, self.wanted), theirs))


def _quotes_of(passage, names: tuple[tuple[str, ...], ...], analyzer) -> list:
    """The passage's quotations by the speakers `names` (`_said_by`); all of them when no names are given."""
    return [q for q in passage.quotes if not names or _said_by(q.speaker, names, analyzer)]


def _inside(found: tuple[Span, ...], quotes) -> tuple[Span, ...]:
    """The spans that lie inside one of `quotes`."""
    return tuple(s for s in found if any(q.start <= s.start and s.end <= q.end for q in quotes))


def _named(speakers: tuple[str, ...], schema) -> tuple[tuple[str, ...], ...]:
    """Each --speaker name as the words the speaker field indexes: `Weinstein` -> ("weinstein",)."""
    analyzer = schema[f.SPEAKER].analyzer  # (a party by its nickname as the extractor names it: `tories`)
    return tuple(words for words in (tuple(t.text for t in analyzer(in_full(name))) for name in speakers) if words)


def _said_by(speaker: str | None, names: tuple[tuple[str, ...], ...], analyzer) -> bool:
    """Whether `speaker` holds one of `names`' words side by side, as the --speaker filter matches."""
    words = tuple(t.text for t in analyzer(speaker or ""))
    return any(words[i:i + len(name)] == name for name in names for i in range(len(words) - len(name) + 1))


def _every():
    """Every passage (not the files' records)."""
    from whoosh import query as q

    return q.Every(f.PATH)


def _also_at(copies: tuple[str, ...], repeats: list[str]) -> tuple[str, ...]:
    """The files that copy the passage's whole file, then those that repeat the passage, each once."""
    return tuple(dict.fromkeys(copies + tuple(repeats)))


def _duplicates(searcher, path: str) -> tuple[str, ...]:
    from whoosh.query import Term

    if (f.DUP_OF, path) not in searcher.reader():  # one term lookup, not a walk over all copies
        return ()
    return tuple(sorted(hit[f.FILE_PATH] for hit in searcher.search(Term(f.DUP_OF, path), limit=None)))


__all__ = ["FACETS", "SORTS", "Index", "name_words", "passages_of", "search", "speakers"]
