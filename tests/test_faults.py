"""Nothing lost, nothing crashes: bad files, interrupted and concurrent runs, a full disk."""
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import whosaid
import whosaid.indexing
from whosaid import IndexNotFound, SchemaMismatch, WhosaidError
from whosaid.store import IndexWriter, indexed_paths
from whosaid.store.schema import SCHEMA_VERSION

from .conftest import write


def names(skipped):
    return [(Path(s.path).name, s.reason) for s in skipped]


@pytest.fixture
def messy(tmp_path) -> Path:
    """A folder of good and bad files."""
    folder = tmp_path / "messy"
    write(folder, "good.txt", 'Good news.\n\n"It works," said Ann Lee.')
    write(folder, "empty.txt", b"")
    write(folder, "blank.txt", b"  \n\t\n  ")
    write(folder, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    write(folder, "archive.txt", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48\xcd\xc9\xc9\x07\x00")
    write(folder, "utf16.txt", "\ufeffCafé society.".encode("utf-16-le"))
    write(folder, "latin1.txt", "£100 for a café.".encode("latin-1"))
    write(folder, "cut.txt", "Naïve café owners said it was “great”. ".encode() * 50 + b"\xe2\x80")
    write(folder, "long-line.txt", "x" * 1_000_000 + "\n\nA normal paragraph about elephants.")
    write(folder, "truncated.html", b"<html><body><article><p>A truncated page about giraffes that never")
    write(folder, "scripts.html", b"<html><head><script>var a = 1;</script></head><body><script>b()</script></body></html>")
    write(folder, "nobody.html", b"<p>A page with no body element, about zebras and their stripes.</p>")
    write(folder, "deep.html", b"<div>" * 10_000 + b"<p>Deep inside the page, something about hippos.</p>")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    (folder / "folder.txt").mkdir()  # a folder with a file's name is walked, not read
    os.truncate(write(folder, "huge.txt", b""), 50 * 1024 * 1024)
    return folder


def test_every_good_file_is_indexed_and_every_bad_one_named(tmp_path, messy):
    index_dir = tmp_path / "ix"
    report = whosaid.index_paths([messy], index_dir)
    assert sorted(names(report.skipped)) == [
        ("archive.txt", "binary file (NUL bytes), not text"),
        ("huge.txt", "50 MB is more than the 16 MB an article may have (whosaid index --max-size)"),
        ("image.txt", "binary file (NUL bytes), not text"),
        ("loop.txt", "Too many levels of symbolic links"),
    ]
    found = {word: [Path(h.passage.path).name for h in whosaid.search(index_dir, word).hits]
             for word in ("works", "café", "£100", "elephants", "giraffes", "zebras", "hippos")}
    assert found == {"works": ["good.txt"], "café": ["cut.txt", "latin1.txt", "utf16.txt"], "£100": ["latin1.txt"],
                     "elephants": ["long-line.txt"], "giraffes": ["truncated.html"], "zebras": ["nobody.html"],
                     "hippos": ["deep.html"]}
    assert (report.documents, report.passages) == (11, 10)  # the empty, blank and all-script files have none


def test_a_file_that_cannot_be_read_or_vanishes_is_named(tmp_path, corpus, monkeypatch):
    real = Path.read_bytes
    hotel = corpus / "c/2018-01-06-hotel.txt"

    def guarded(self):
        if self == hotel:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", guarded)
    listed = list(whosaid.ingest.find_files([corpus])) + [corpus / "gone.txt"]
    monkeypatch.setattr(whosaid.indexing, "find_files", lambda paths, passed_over: listed)
    report = whosaid.index_paths([corpus], tmp_path / "ix")
    assert (report.documents, sorted(names(report.skipped))) == (
        2, [("2018-01-06-hotel.txt", "Permission denied"), ("gone.txt", "No such file or directory")])


def test_a_link_to_a_file_that_is_gone_is_named_with_where_it_points(tmp_path, corpus):
    (corpus / "a/link.txt").symlink_to(corpus / "a/moved.txt")
    report = whosaid.index_paths([corpus], tmp_path / "ix")
    assert (report.documents, names(report.skipped)) == (
        3, [("link.txt", f"a link to {corpus / 'a/moved.txt'}, which does not exist")])
    with pytest.raises(WhosaidError) as err:
        whosaid.ingest.read_document(corpus / "a/link.txt")
    assert str(err.value) == f"{corpus / 'a/link.txt'}: a link to {corpus / 'a/moved.txt'}, which does not exist"


def test_a_file_name_that_is_not_utf8_is_indexed_under_an_escaped_key(tmp_path):
    folder = tmp_path / "names"
    folder.mkdir()
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as f:
        f.write(b"An article about a bistro.")
    whosaid.index_paths([folder], tmp_path / "ix")
    assert [h.passage.path for h in whosaid.search(tmp_path / "ix", "bistro").hits] == [f"{folder}/caf\\xe9.txt"]


def as_if_written_by_another_version(index_dir: Path, **marker) -> None:
    path = index_dir / "whosaid.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "schema_version": 1, **marker}))


def test_an_index_of_another_schema_is_searched_only_after_whosaid_index_builds_it_again(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    as_if_written_by_another_version(index_dir)
    with pytest.raises(SchemaMismatch) as err:
        whosaid.search(index_dir, "budget")
    assert str(err.value) == (f"The index at {index_dir} was written by another version of whosaid (schema 1, this "
                              f"one reads {SCHEMA_VERSION}). Build it again from what it was built from with "
                              f"`whosaid index --index-dir {index_dir}`.")
    report = whosaid.index_paths([], index_dir)
    assert (report.upgraded_from, report.added, report.unchanged) == (1, 3, 0)
    assert whosaid.search(index_dir, "budget").total == 5


@pytest.fixture
def old_index(tmp_path, corpus) -> Path:
    """An index of the corpus's a/ and b/, given in two runs, as if another version of whosaid wrote it."""
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus / "a"], index_dir)
    whosaid.index_paths([corpus / "b"], index_dir)
    as_if_written_by_another_version(index_dir)
    return index_dir


def test_building_an_index_of_another_schema_again_reads_every_path_it_was_built_from(tmp_path, corpus, old_index):
    index_dir = old_index
    extra = write(tmp_path / "more", "tariffs.txt", "An article about tariffs.")
    report = whosaid.index_paths([extra], index_dir)
    assert (report.upgraded_from, report.added) == (1, 3)
    assert indexed_paths(index_dir) == [str(corpus / "a"), str(corpus / "b"), str(extra)]
    assert whosaid.search(index_dir, "tariffs").total == 1


def test_an_index_of_another_schema_built_from_a_path_now_gone_asks_for_a_rebuild(corpus, old_index):
    index_dir = old_index
    shutil.rmtree(corpus / "b")
    for attempt in (lambda: whosaid.search(index_dir, "budget"), lambda: whosaid.index_paths([corpus / "a"], index_dir)):
        with pytest.raises(SchemaMismatch) as err:
            attempt()
        assert str(err.value).endswith(f"{corpus / 'b'} is gone; a rebuild drops its articles. "
                                       f"Rebuild it with `whosaid index --rebuild --index-dir {index_dir} {corpus / 'a'}`.")
    whosaid.index_paths([corpus / "a"], index_dir, rebuild=True)
    assert whosaid.search(index_dir, "budget").total == 3  # (b's article spoke of the budget too)


def test_an_index_of_another_schema_that_recorded_no_paths_asks_for_them(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    marker = index_dir / "whosaid.json"
    marker.write_text(json.dumps({"format": "whosaid-index", "schema_version": 12}))
    for attempt in (lambda: whosaid.search(index_dir, "budget"), lambda: whosaid.index_paths([corpus], index_dir)):
        with pytest.raises(SchemaMismatch) as err:
            attempt()
        assert str(err.value).endswith(f"Rebuild it with `whosaid index --rebuild --index-dir {index_dir} PATH`.")


def test_building_an_index_of_another_schema_again_can_be_cut_short_and_run_again(tmp_path, corpus, monkeypatch):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    as_if_written_by_another_version(index_dir)

    def cut(self, *args, **kwargs):
        raise KeyboardInterrupt
    monkeypatch.setattr(IndexWriter, "put", cut)
    with pytest.raises(KeyboardInterrupt):
        whosaid.index_paths([], index_dir)
    monkeypatch.undo()
    assert json.loads((index_dir / "whosaid.json").read_text())["schema_version"] == 1  # still asks to be built again
    assert indexed_paths(index_dir) == [str(corpus)]
    assert whosaid.index_paths([], index_dir).upgraded_from == 1
    assert whosaid.search(index_dir, "budget").total == 5


def test_a_full_disk_is_a_clear_error_and_the_previous_index_stays(tmp_path, corpus, monkeypatch):
    from whosaid.store.codec import CompactFieldWriter

    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    write(corpus, "d/new.txt", "An article about tariffs.")

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(CompactFieldWriter, "add_postings", full)  # writing the new segment's postings
    with pytest.raises(WhosaidError) as err:
        whosaid.index_paths([corpus], index_dir)
    assert str(err.value) == f"Could not write the index at {index_dir}: No space left on device. The previous index is unchanged."
    monkeypatch.undo()
    assert (whosaid.search(index_dir, "budget").total, whosaid.search(index_dir, "tariffs").total) == (5, 0)
    assert whosaid.index_paths([corpus], index_dir).added == 1  # the lock was released


def test_a_stale_lock_file_does_not_block(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    whosaid.index_paths([corpus], index_dir)
    (index_dir / "MAIN_WRITELOCK").write_text("left by a killed process")
    write(corpus, "d/new.txt", "An article about tariffs.")
    assert whosaid.index_paths([corpus], index_dir, rebuild=False).added == 1


def test_a_missing_index_is_never_created_by_a_search(tmp_path):
    with pytest.raises(IndexNotFound):
        whosaid.search(tmp_path / "nothing", "x")
    assert not (tmp_path / "nothing").exists()


def synthetic_corpus(folder: Path, start: int, count: int) -> None:
    for n in range(start, start + count):
        paragraphs = [f"Article {n} headline"] + [
            f'"Paragraph {k} of article {n} says something," said Speaker{n} Person. '
            f"Token{n}x{k} appears once in the whole corpus." for k in range(6)]
        write(folder, f"{n:04d}.txt", "\n\n".join(paragraphs))


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.2, 0.8, 1.6, 3.0])
def test_kill_9_while_indexing_leaves_the_last_commit_and_the_next_run_completes(tmp_path, delay):
    corpus, index_dir, clean_dir = tmp_path / "corpus", tmp_path / "ix", tmp_path / "clean"
    synthetic_corpus(corpus, 0, 100)
    whosaid.index_paths([corpus], index_dir)
    before = whosaid.info(index_dir).passages
    synthetic_corpus(corpus, 100, 500)
    indexer = subprocess.Popen([sys.executable, "-m", "whosaid", "index", str(corpus), "--index-dir", str(index_dir),
                                "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if indexer.poll() is None:
        os.kill(indexer.pid, signal.SIGKILL)
    indexer.wait()
    after_kill = whosaid.info(index_dir).passages
    assert after_kill in (before, 600 * 7)
    assert whosaid.search(index_dir, "token5x3").total == 1
    whosaid.index_paths([corpus], index_dir)
    whosaid.index_paths([corpus], clean_dir)
    assert whosaid.info(index_dir).passages == whosaid.info(clean_dir).passages == 600 * 7
    assert [whosaid.search(index_dir, f"token{n}x5").total for n in (5, 150, 599)] == [1, 1, 1]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_or_a_device_among_the_articles_is_skipped_not_waited_on(tmp_path, seed_dir):
    os.mkfifo(seed_dir / "pipe.txt")  # reading it would wait for a writer for ever
    (seed_dir / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    reason = "not a regular file (a named pipe, a device or a socket), so no article"
    report = whosaid.index_paths([seed_dir], tmp_path / "ix", workers=1)
    assert (report.documents, names(report.skipped)) == (1, [("pipe.txt", reason), ("zero.txt", reason)])
    skipped = [item for item in whosaid.extract_paths([seed_dir], workers=1) if isinstance(item, whosaid.Skipped)]
    assert names(skipped) == [("pipe.txt", reason), ("zero.txt", reason)]
    assert names(item for item in whosaid.extract_paths([seed_dir / "pipe.txt"])) == [("pipe.txt", reason)]
