"""Indexing and searching through the library: ranking, highlight spans, filters, re-indexing."""
import os
from datetime import date

import pytest

import whosaid
from whosaid import BadQuery, Filters, IndexNotFound, NotAnIndex

from .conftest import write


def texts(result):
    return [(h.passage.para, h.passage.text[h.highlights[0].start:h.highlights[0].end] if h.highlights else None)
            for h in result.hits]


def test_retaliation_finds_the_spokeswoman_paragraph_with_the_word_highlighted(seed_index):
    result = whosaid.search(seed_index, "retaliation")
    assert result.total == 1
    hit = result.hits[0]
    assert (hit.rank, hit.passage.para, hit.passage.speakers) == (1, 6, ["Harvey Weinstein's spokeswoman"])
    assert [hit.passage.text[s.start:s.end] for s in hit.highlights] == ["retaliation"]
    assert hit.passage.date == date(2017, 10, 11)


def test_stemming_finds_and_highlights_other_forms(seed_index):
    hit = whosaid.search(seed_index, "retaliate").hits[0]
    assert [hit.passage.text[s.start:s.end] for s in hit.highlights] == ["retaliation"]


def test_every_matched_term_is_highlighted(seed_index):
    hit = whosaid.search(seed_index, "hesitant guilty").hits[0]
    assert (hit.passage.para, [hit.passage.text[s.start:s.end] for s in hit.highlights]) == (4, ["hesitant", "guilty"])


def test_quotes_weigh_more_than_body_text(tmp_path):
    folder = tmp_path / "a"
    write(folder, "one.txt", 'Officials discussed the budget at length on Monday in the capital city.')
    write(folder, "two.txt", '"The budget is a disgrace," said Ann Lee in the capital city on Monday.')
    whosaid.index_paths([folder], tmp_path / "ix")
    assert [h.passage.path.rsplit("/", 1)[-1] for h in whosaid.search(tmp_path / "ix", "budget").hits] == [
        "two.txt", "one.txt"]


def test_speaker_filter_matches_by_word_and_by_full_name(seed_index):
    by_word = whosaid.search(seed_index, "weinstein", Filters(speakers=("weinstein",)))
    assert [h.passage.para for h in by_word.hits] == [6]
    by_name = whosaid.search(seed_index, "she OR women OR weinstein", Filters(speakers=("CARA DELEVINGNE",)))
    assert sorted(h.passage.para for h in by_name.hits) == [2, 4, 7, 8]


def test_date_filters_use_the_passage_date(seed_index):
    result = whosaid.search(seed_index, "weinstein", Filters(until=date(2017, 10, 9)))
    assert [h.passage.para for h in result.hits] == [5]


def test_a_query_of_stop_words_only_is_a_bad_query(seed_index):
    with pytest.raises(BadQuery) as err:
        whosaid.search(seed_index, "   ")
    assert str(err.value) == ("The query is empty. Give words to search for (`whosaid search retaliation`) or a "
                              "filter (`whosaid search --speaker weinstein`).")


def test_searching_without_an_index_says_how_to_build_one(tmp_path):
    with pytest.raises(IndexNotFound) as err:
        whosaid.search(tmp_path / "none", "x")
    assert "Run `whosaid index PATH` first" in str(err.value)


def test_a_foreign_folder_is_never_written_into(tmp_path, seed_dir):
    foreign = tmp_path / "photos"
    write(foreign, "holiday.jpg", b"\xff\xd8")
    with pytest.raises(NotAnIndex):
        whosaid.index_paths([seed_dir], foreign)
    assert sorted(os.listdir(foreign)) == ["holiday.jpg"]


def test_an_unreadable_file_is_skipped_and_the_rest_indexed(tmp_path, seed_dir):
    write(seed_dir, "broken.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    report = whosaid.index_paths([seed_dir], tmp_path / "ix")
    assert (report.documents, report.passages, report.quotes) == (1, 8, 10)
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [
        ("broken.txt", "binary file (NUL bytes), not text")]


def test_reindexing_skips_unchanged_files_and_replaces_changed_ones(tmp_path):
    folder = tmp_path / "a"
    story = write(folder, "story.txt", "First paragraph about bananas.\n\nSecond paragraph about apples.")
    ix = tmp_path / "ix"
    whosaid.index_paths([folder], ix)
    again = whosaid.index_paths([folder], ix)
    assert (again.documents, again.unchanged) == (0, 1)
    story.write_text("Only one paragraph now, about cherries.")
    os.utime(story, ns=(1, 1))  # a different mtime, whatever the clock's resolution
    changed = whosaid.index_paths([folder], ix)
    assert (changed.documents, changed.updated, changed.passages) == (1, 1, 1)
    assert whosaid.search(ix, "apples").total == 0
    assert whosaid.search(ix, "cherries").total == 1


def test_rebuild_starts_from_empty(tmp_path):
    write(tmp_path / "a", "x.txt", "Alpha text.")
    write(tmp_path / "b", "y.txt", "Beta text.")
    ix = tmp_path / "ix"
    whosaid.index_paths([tmp_path / "a"], ix)
    whosaid.index_paths([tmp_path / "b"], ix, rebuild=True)
    assert (whosaid.search(ix, "alpha").total, whosaid.search(ix, "beta").total) == (0, 1)


def test_a_suggestion_mends_the_words_of_a_query_but_not_its_field_names(tmp_path):
    write(tmp_path / "a", "one.txt", "---\nauthor: Tom Reyes\n---\nThe anchor read the budget.\n")
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    result = whosaid.search(tmp_path / "ix", "author:reyes budgte")
    assert (result.total, result.suggestion) == (0, "author:reyes budget")  # not `anchor:read budget`
    assert whosaid.search(tmp_path / "ix", 'author:"tom reyse" budget').suggestion == 'author:"tom reyes" budget'
    assert whosaid.search(tmp_path / "ix", "budget date:2016").suggestion is None


def test_a_misspelling_far_longer_than_the_stem_is_still_suggested(seed_index):
    result = whosaid.search(seed_index, "retaliaton")
    assert (result.total, result.suggestion) == (0, "retaliation")


def test_a_suggestion_is_the_word_written_nearest_not_the_nearest_short_stem(tmp_path):
    write(tmp_path / "a", "one.txt", "Tui raised prices. Tuition fees rose. Zen gardens opened.\n")
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    assert [whosaid.search(tmp_path / "ix", typed).suggestion for typed in ("tuiton", "zenn", "zxxn", "zzzqqq")] == [
        "tuition", "zen", None, None]  # `tui` is as near `tuiton` as `tuition` once a stem's tail is free; a
    # word of under five letters is one edit from the typed word or not near (`zxx` is two from `zen`)


def test_whoosh_loads_without_urllib_request_nor_morph_en_and_their_functions_are_the_real_ones_when_called():
    import subprocess
    import sys

    script = ("import sys, whosaid.store, whoosh.compat, whoosh.query.terms\n"
              "print('urllib.request' in sys.modules, 'whoosh.lang.morph_en' in sys.modules)\n"
              "found = sorted(whoosh.query.terms.variations('rendered'))\nprint(len(found), found[:3])\n"
              "import urllib.request\n"
              "urllib.request.urlretrieve = lambda *args: ('fetched',) + args\n"
              "print(whoosh.compat.urlretrieve('http://example.org/x', 'x'))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == [
        "False False", "24 ['render', 'rendere', 'rendered']", "('fetched', 'http://example.org/x', 'x')"]


def test_the_term_table_hashes_as_whoosh_does_with_hashlib_md5_without_loading_hashlib():
    import subprocess
    import sys

    script = ("import sys, whosaid.store, whoosh.filedb.filetables as t\n"
              "print('hashlib' in sys.modules, [t.md5_hash(k) for k in (b'', b'text\\x00budget')])\n"
              "import hashlib\n"
              "print([int(hashlib.md5(k).hexdigest(), 16) & 0xFFFFFFFF for k in (b'', b'text\\x00budget')])")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded, ours = done.stdout.splitlines()[0].split(" ", 1)
    assert (loaded, ours) == ("False", done.stdout.splitlines()[1])


def test_segment_parts_are_read_from_the_mapped_bytes_without_a_copy():
    import pickle

    import whosaid.store  # noqa: F401 (installs the BufferFile)
    from whoosh.filedb import compound

    data = memoryview(b"\x00\x00\x00\x07abcdef" + pickle.dumps({"fieldmap": {"text": 0}}, 2) + b"line\nrest")
    part = compound.BufferFile(data, name="part")
    by_offset = (part.get_int(0), part.get(4, 3), type(part.file).__name__)
    part.seek(5)
    read = part.read(2)
    part.seek(10)
    assert (by_offset, read, part.read_pickle(), part.readline(), part.read(), part.tell(), part.subset(4, 2).get(0, 2)) == (
        (7, b"abc", "_Cursor"), b"bc", {"fieldmap": {"text": 0}}, b"line\n", b"rest", len(data), b"ab")


def test_an_article_the_extractor_fails_on_is_skipped_with_the_error_and_the_rest_indexed(tmp_path, seed_dir,
                                                                                         monkeypatch):
    from whosaid import extract

    real = extract.annotate

    def failing_on_odd(document):
        if document.path.endswith("odd.txt"):
            raise ValueError("no quotes here")
        return real(document)

    monkeypatch.setattr(extract, "annotate", failing_on_odd)
    write(seed_dir, "odd.txt", "An odd article.")
    report = whosaid.index_paths([seed_dir], tmp_path / "ix", workers=1)
    assert (report.documents, report.passages, report.quotes) == (1, 8, 10)
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [
        ("odd.txt", "whosaid failed on it (ValueError: no quotes here); please report it")]


def test_a_failure_of_whosaids_own_in_reading_one_file_skips_that_file_alone(tmp_path, seed_dir, monkeypatch):
    import whosaid.ingest as ingest

    real = ingest.plain.parse_front_matter

    def failing_on_odd(text, *args, **kwargs):
        if "Quuxville" in text:
            raise KeyError("odd")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(ingest.plain, "parse_front_matter", failing_on_odd)
    write(seed_dir, "odd.txt", "An article about Quuxville.")
    report = whosaid.index_paths([seed_dir], tmp_path / "ix", workers=1)
    assert (report.documents, report.quotes) == (1, 10)
    assert [(s.path.rsplit("/", 1)[-1], s.reason) for s in report.skipped] == [
        ("odd.txt", "whosaid failed on it (KeyError: 'odd'); please report it")]
    monkeypatch.setenv("WHOSAID_DEBUG", "1")
    with pytest.raises(KeyError):
        whosaid.read_document(seed_dir / "odd.txt")


def test_an_index_of_an_empty_folder_finds_nothing_without_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    whosaid.index_paths([tmp_path / "empty"], tmp_path / "ix")
    result = whosaid.search(tmp_path / "ix", "budget", facets=("speaker", "author"))
    assert (result.total, result.hits, result.facets) == (0, (), {"speaker": [], "author": []})
    assert whosaid.speakers(tmp_path / "ix") == []
    with pytest.raises(BadQuery):
        whosaid.search(tmp_path / "ix", "AND")  # a malformed query is still one


def test_an_index_opened_empty_sees_the_first_articles_committed_later(tmp_path):
    (tmp_path / "a").mkdir()
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    with whosaid.Index(tmp_path / "ix") as index:
        assert index.search("budget").total == 0
        write(tmp_path / "a", "one.txt", "An article about the budget.")
        whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
        assert index.search("budget").total == 1


def test_a_misspelt_speaker_is_mended_from_the_speakers_names(seed_index):
    assert whosaid.search(seed_index, "speaker:weinstien advances").suggestion == "speaker:weinstein advances"
