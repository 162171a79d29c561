from dataclasses import replace

import pytest

from whosaid.models import Hit, Passage, SearchResult, Span
from whosaid.render import hits_csv, hits_text, mark, snippet


def test_mark_wraps_each_span():
    assert mark("no acts of retaliation here", [Span(11, 22)], ("**", "**")) == "no acts of **retaliation** here"


def test_a_short_paragraph_is_its_own_snippet():
    assert snippet("Short text.", (Span(0, 5),)) == ("Short text.", (Span(0, 5),))


def test_a_long_paragraph_shows_fragments_around_matches_with_spans_moved_along():
    text = (("word " * 100) + "needle " + ("word " * 100) + "haystack " + ("word " * 100)).strip()
    spans = tuple(Span(text.index(w), text.index(w) + len(w)) for w in ("needle", "haystack"))
    out, moved = snippet(text, spans)
    assert [out[s.start:s.end] for s in moved] == ["needle", "haystack"]
    assert out.startswith("… word") and out.endswith("word …")
    assert out.count(" … ") == 1


@pytest.fixture
def result():
    passage = Passage(path="/x/a.txt", para=3, text='"No acts of retaliation," she said.', title="A story")
    return SearchResult(query="retaliation", total=1, hits=(Hit(1, 2.5, passage, (Span(12, 23),)),))


def test_plain_text_marks_matches_with_double_asterisks(result):
    assert hits_text(result, color=False).splitlines() == [
        "1 passage matches 'retaliation' (showing 1–1)",
        "",
        "1. A story · ¶3 · undated",
        '   "No acts of **retaliation**," she said.',
        "   /x/a.txt",
    ]


def test_a_hit_with_an_address_shows_it_beside_its_file(result):
    at_a_page = replace(result, hits=(replace(result.hits[0], passage=replace(
        result.hits[0].passage, path="/x/feed.rss", url="https://bugle.example/story")),))
    assert hits_text(at_a_page, color=False).splitlines()[-1] == "   /x/feed.rss · https://bugle.example/story"


def test_a_hit_with_an_author_names_them_after_its_date(result):
    bylined = replace(result, hits=(replace(result.hits[0], passage=replace(
        result.hits[0].passage, author="Anna Berg and Tom Reyes")),))
    assert hits_text(bylined, color=False).splitlines()[2] == "1. A story · ¶3 · undated · by Anna Berg and Tom Reyes"
    assert hits_csv(bylined).splitlines()[1] == (
        '1,2.5,/x/a.txt,3,A story,,,Anna Berg and Tom Reyes,,"""No acts of retaliation,"" she said."')


@pytest.mark.parametrize("author, writers", [
    ("Anna Berg", ["Anna Berg"]),
    ("Anna Berg and Tom Reyes", ["Anna Berg", "Tom Reyes"]),
    ("Anna Berg, Tom Reyes and Lena Holt", ["Anna Berg", "Tom Reyes", "Lena Holt"]),
    ("Anna Berg, Tom Reyes, and Lena Holt", ["Anna Berg", "Tom Reyes", "Lena Holt"]),
    ("Anna Berg & Tom Reyes", ["Anna Berg", "Tom Reyes"]),
    ("Anna Berg; Tom Reyes", ["Anna Berg", "Tom Reyes"]),
    ("Alexandra Anderson", ["Alexandra Anderson"]),  # `and` inside a name splits nothing
    (None, []),
])
def test_an_author_line_is_split_into_writers(author, writers):
    assert Passage(path="a.txt", para=1, text="x", author=author).writers == writers


def test_a_page_past_the_last_says_so(result):
    past = replace(result, hits=(), page=3, total=12)
    assert hits_text(past, color=False) == "12 passages match 'retaliation'; page 3 is past the last (2).\n"
    assert hits_text(replace(past, total=0), color=False) == "No passages match 'retaliation'.\n"


def test_a_search_its_filters_emptied_names_them_and_counts_the_query_alone(result):
    emptied = replace(result, hits=(), total=0, unfiltered=1, empty_filters=("--since 2031-01-01",))
    assert hits_text(emptied, color=False) == ("No passages match 'retaliation'.\n--since 2031-01-01 allows no passage "
                                               "in the index.\nWithout the filters, 1 passage matches 'retaliation'.\n")
    assert emptied.to_dict()["unfiltered"] == 1 and emptied.to_dict()["empty_filters"] == ["--since 2031-01-01"]
    assert "unfiltered" not in result.to_dict() and "empty_filters" not in result.to_dict()


def test_color_uses_ansi_bold(result):
    assert "\x1b[1;33mretaliation\x1b[0m" in hits_text(result, color=True)


def test_csv_has_a_header_and_a_row_a_hit(result):
    assert hits_csv(result).splitlines() == [
        "rank,score,path,para,title,date,published,author,speakers,text",
        '1,2.5,/x/a.txt,3,A story,,,,,"""No acts of retaliation,"" she said."',
    ]


def test_text_output_prints_no_control_or_direction_character(result):
    odd = replace(result, hits=(replace(result.hits[0], passage=replace(
        result.hits[0].passage, path="/x/a\x1b[2J\u202etxt.exe", title="A\rstory", author="Jo\x07 Li")),))
    assert hits_text(odd, color=False).splitlines() == [
        "1 passage matches 'retaliation' (showing 1–1)", "",
        "1. A?story · ¶3 · undated · by Jo? Li", '   "No acts of **retaliation**," she said.', "   /x/a?[2J?txt.exe"]
