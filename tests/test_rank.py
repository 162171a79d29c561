"""Term-by-term ranking gives exactly Whoosh's BM25F ranking, deleted passages included."""
import pytest

import whosaid
from whosaid.models import Filters
from whosaid.store.query import build, expand, filters_query
from whosaid.store.rank import ranked
from whosaid.store.searcher import Index

from .conftest import write

QUERIES = {"budget": 5, "fair deal": 1, "budget OR strike": 8, "budget -labour": 4, "title:budget": 3,
           "speaker:lopez": 1, "quote:fair": 2}


def whoosh_ranking(searcher, parsed, allow=None) -> list[tuple[int, float]]:
    from whoosh import collectors

    collector = collectors.UnlimitedCollector()
    if allow is not None:
        collector = collectors.FilterCollector(collector, allow=allow)
    searcher.search_with_collector(parsed, collector)
    return [(hit.docnum, hit.score) for hit in collector.results()]


def same(ours, theirs) -> bool:
    return [d for d, _ in ours] == [d for d, _ in theirs] and all(
        abs(a - b) < 1e-9 for (_, a), (_, b) in zip(ours, theirs))


@pytest.fixture
def searcher(corpus_index):
    with Index(corpus_index) as index:
        yield index._searcher


@pytest.mark.parametrize("query, matches", QUERIES.items())
def test_scores_and_order_are_whooshs(searcher, query, matches):
    parsed = expand(build(query, searcher.schema), searcher.reader())
    ours, total = ranked(searcher, parsed, None)
    theirs = whoosh_ranking(searcher, parsed)
    assert (same(ours, theirs), total, len(theirs)) == (True, matches, matches)


def test_a_filter_keeps_only_allowed_passages_and_the_limit_keeps_the_best(searcher):
    parsed = expand(build("budget OR fair", searcher.schema), searcher.reader())
    allow = filters_query(Filters(speakers=("lopez", "hammond", "mcdonnell")), searcher.reader())
    theirs = whoosh_ranking(searcher, parsed, allow)
    ours, total = ranked(searcher, parsed, 1, allow)
    assert (same(ours, theirs[:1]), total, len(theirs)) == (True, 3, 3)


def test_phrases_are_left_to_whoosh(searcher):
    assert ranked(searcher, build('"prime minister"', searcher.schema), 10) is None


def test_deleted_passages_are_never_ranked(tmp_path):
    folder = tmp_path / "docs"
    write(folder, "a.txt", "The strike goes on, said the union.\n\nA second strike is planned.")
    write(folder, "b.txt", "No strike here, the minister said.")
    whosaid.index_paths([folder], tmp_path / "ix")
    write(folder, "b.txt", "The minister said nothing at all.")
    whosaid.index_paths([folder], tmp_path / "ix")
    with Index(tmp_path / "ix") as index:
        searcher = index._searcher
        parsed = expand(build("strike", searcher.schema), searcher.reader())
        ours, total = ranked(searcher, parsed, None)
        assert (same(ours, whoosh_ranking(searcher, parsed)), total) == (True, 2)
