"""Re-indexing the way archives grow: only what changed is read and written, safely."""
import os

import pytest

import whosaid
import whosaid.indexing
from whosaid import IndexLocked
from whosaid.store import IndexWriter

from .conftest import where, write


def counts(report):
    return (report.added, report.updated, report.removed, report.unchanged, report.duplicates, len(report.skipped))


def touch(path, ns):
    os.utime(path, ns=(ns, ns))


def test_a_second_run_with_nothing_changed_reads_no_article(tmp_path, corpus, monkeypatch):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    reads = []
    monkeypatch.setattr(whosaid.indexing, "_read", lambda path: reads.append(path) or path.read_bytes())
    report = whosaid.index_paths([corpus], index_dir)
    assert (counts(report), reads) == ((0, 0, 0, 3, 0, 0), [])


def test_new_changed_and_vanished_files(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    write(corpus, "d/new.txt", "A new article about tariffs.")
    hotel = corpus / "c/2018-01-06-hotel.txt"
    hotel.write_text("Hotel strike ends\n\nThe strike is over.\n")
    touch(hotel, 10**9)
    (corpus / "b/2017-11-15-climate.md").unlink()
    report = whosaid.index_paths([corpus], index_dir)
    assert counts(report) == (1, 1, 1, 1, 0, 0)
    assert [whosaid.search(index_dir, q).total for q in ("tariffs", "text:strike", "bonn", "wages")] == [1, 2, 0, 0]


def test_a_touched_but_unchanged_file_is_not_reindexed(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    touch(corpus / "c/2018-01-06-hotel.txt", 10**9)
    assert counts(whosaid.index_paths([corpus], index_dir)) == (0, 0, 0, 3, 0, 0)


def test_no_prune_keeps_what_vanished(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    (corpus / "b/2017-11-15-climate.md").unlink()
    assert counts(whosaid.index_paths([corpus], index_dir, prune=False)) == (0, 0, 0, 2, 0, 0)
    assert whosaid.search(index_dir, "bonn").total == 1


def test_only_files_under_the_folders_given_are_pruned(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    report = whosaid.index_paths([corpus / "a"], index_dir)
    assert counts(report) == (0, 0, 0, 1, 0, 0)
    assert whosaid.search(index_dir, "bonn").total == 1


def test_a_duplicate_takes_over_when_its_original_goes(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    copy = write(corpus, "z/copy.txt", (corpus / "c/2018-01-06-hotel.txt").read_bytes())
    whosaid.index_paths([corpus], index_dir)
    (corpus / "c/2018-01-06-hotel.txt").unlink()
    report = whosaid.index_paths([corpus], index_dir)
    assert (report.removed, report.updated) == (1, 1)  # the copy was indexed as a duplicate before
    hit = whosaid.search(index_dir, '"fair deal"').hits[0]
    assert (hit.passage.path, hit.also_at) == (str(copy), ())


def test_rebuild_starts_from_empty(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    report = whosaid.index_paths([corpus / "a"], index_dir, rebuild=True)
    assert counts(report) == (1, 0, 0, 0, 0, 0)
    assert whosaid.search(index_dir, "bonn").total == 0


def test_a_second_indexer_waits_then_says_another_is_running(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    with IndexWriter(index_dir):
        with pytest.raises(IndexLocked) as err:
            with IndexWriter(index_dir, lock_timeout=0.3):
                pass
    assert str(err.value) == (f"Another `whosaid index` is writing to {index_dir}; "
                              "try again when it has finished.")


def test_searches_see_the_last_commit_while_a_run_is_writing(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    write(corpus, "d/new.txt", "A new article about tariffs.")
    with IndexWriter(index_dir) as writer:
        from whosaid.store import FileState
        from whosaid import Passage
        writer.put("/x/new.txt", FileState(1, 1, "abc"), [Passage(path="/x/new.txt", para=1, text="tariffs rise")])
        assert whosaid.search(index_dir, "tariffs").total == 0
    assert whosaid.search(index_dir, "tariffs").total == 1


def test_an_error_during_a_run_leaves_the_previous_index(tmp_path, corpus, monkeypatch):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    write(corpus, "d/new.txt", "A new article about tariffs.")

    def explode(job):
        raise RuntimeError("crash in the middle")
    monkeypatch.setattr(whosaid.indexing, "_passages_of", explode)
    with pytest.raises(RuntimeError):
        whosaid.index_paths([corpus], index_dir)
    assert whosaid.search(index_dir, "tariffs").total == 0
    assert where(whosaid.search(index_dir, '"fair deal"')) == [("2018-01-06-hotel.txt", 3)]
    monkeypatch.undo()
    assert counts(whosaid.index_paths([corpus], index_dir)) == (1, 0, 0, 3, 0, 0)


def test_a_run_that_changes_nothing_commits_nothing(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    before = (whosaid.info(index_dir).updated, sorted(p.name for p in index_dir.iterdir()))
    whosaid.index_paths([corpus], index_dir)
    assert (whosaid.info(index_dir).updated, sorted(p.name for p in index_dir.iterdir())) == before


def test_many_files_are_written_by_parallel_workers_with_the_same_result(tmp_path):
    folder = tmp_path / "many"
    for n in range(40):
        write(folder, f"{n:02d}.txt", f'Story {n}\n\n"Quote number {n} here," said Person{n} Smith.\n\nWord{n} appears once.')
    write(folder, "feed.xml", "<feed><entry><title>One</title><summary>Text one.</summary></entry>"
                              "<entry><title>Two</title><summary>Text two.</summary></entry></feed>")
    one, two = tmp_path / "one", tmp_path / "two"
    serial = whosaid.index_paths([folder], one, workers=1)
    parallel = whosaid.index_paths([folder], two, workers=2)
    assert (serial.documents, serial.passages, serial.quotes, serial.articles) == (
        parallel.documents, parallel.passages, parallel.quotes, parallel.articles) == (41, 124, 40, 42)
    assert [h.passage.speakers for h in whosaid.search(two, "word17").hits] == [[]]
    assert whosaid.speakers(two, "quote")[:2] == whosaid.speakers(one, "quote")[:2]


def test_a_worker_that_fails_cancels_the_run(tmp_path, corpus, monkeypatch):
    folder = tmp_path / "many"
    for n in range(40):
        write(folder, f"{n:02d}.txt", f"Article {n} about tariffs.")
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)

    def explode(job):
        raise RuntimeError("worker crash")
    monkeypatch.setattr(whosaid.indexing, "_passages_of", explode)
    with pytest.raises(RuntimeError) as err:
        whosaid.index_paths([folder], index_dir, workers=2, prune=False)
    assert str(err.value) == "indexing worker failed: RuntimeError: worker crash"
    monkeypatch.undo()
    assert (whosaid.search(index_dir, "tariffs").total, whosaid.search(index_dir, "budget").total) == (0, 5)


def test_worker_segments_come_back_in_worker_order_whoever_finishes_first():
    from multiprocessing.connection import Pipe

    from whosaid.store.segments import _collect

    pipes = [Pipe(duplex=False) for _ in range(2)]
    (_, first), (_, second) = pipes
    second.send(("done", "segment of worker 1", ["b"]))  # worker 1 finishes first
    first.send(("tick", None, None))
    first.send(("done", "segment of worker 0", ["a"]))
    ticks = []
    segments, results = _collect([r for r, _ in pipes], [], [[0], [1]], 2, lambda: ticks.append(1))
    assert (segments, results, ticks) == (["segment of worker 0", "segment of worker 1"], ["a", "b"], [1])


def test_the_index_records_the_paths_of_every_run_and_a_rebuild_starts_again(tmp_path):
    from whosaid.store import indexed_paths

    for name in ("a/one.txt", "b/two.txt", "a/deep/three.txt"):
        write(tmp_path, name, f"An article called {name}.")
    index_dir = tmp_path / "ix"
    whosaid.index_paths([tmp_path / "a"], index_dir)
    whosaid.index_paths([tmp_path / "b", tmp_path / "a" / "deep"], index_dir)  # `a/deep` is inside `a`
    assert indexed_paths(index_dir) == [str(tmp_path / "a"), str(tmp_path / "b")]
    whosaid.index_paths([tmp_path / "b"], index_dir, rebuild=True)
    assert indexed_paths(index_dir) == [str(tmp_path / "b")]


def test_a_run_that_changes_nothing_records_no_new_path(tmp_path, corpus):
    from whosaid.store import indexed_paths

    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    (tmp_path / "empty").mkdir()
    whosaid.index_paths([tmp_path / "empty"], index_dir)  # nothing to commit: the index is as it was
    assert indexed_paths(index_dir) == [str(corpus)]
