"""Search options on a small corpus: filters, results, facets, and what the index knows."""
from datetime import date

import pytest

import whosaid
from whosaid import BadQuery, Filters

from .conftest import where, write

BUDGET, CLIMATE, HOTEL = "2017-10-02-budget.txt", "2017-11-15-climate.md", "2018-01-06-hotel.txt"


def test_speaker_filter_ignores_case_and_accents(corpus_index):
    result = whosaid.search(corpus_index, "budget OR wait", Filters(speakers=("NUNEZ",)))
    assert where(result) == [(CLIMATE, 3), (CLIMATE, 4)]  # "wait" in a quotation outranks "budget" in text


def test_several_speakers_are_alternatives(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(speakers=("hammond", "lopez")))
    assert sorted(where(result)) == [(BUDGET, 1), (HOTEL, 3)]


def test_since_and_until_take_whole_months(corpus_index):
    filters = Filters(since=date(2017, 11, 1), until=date(2017, 11, 30))
    assert sorted(where(whosaid.search(corpus_index, "budget OR delegates", filters))) == [
        (CLIMATE, 2), (CLIMATE, 3), (CLIMATE, 4)]


def test_quotes_only_matches_inside_quoted_words(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(quotes_only=True))
    assert sorted(where(result)) == [(BUDGET, 1), (BUDGET, 2), (HOTEL, 3)]
    hotel = next(h for h in result.hits if h.passage.para == 3 and "hotel" in h.passage.path)
    assert [hotel.passage.text[s.start:s.end] for s in hotel.highlights] == ["budget"]


def test_quotes_only_highlights_nothing_outside_the_quotes(corpus_index):
    hit = whosaid.search(corpus_index, "budget", Filters(quotes_only=True, sources=("a/*",))).hits
    first = [h for h in hit if h.passage.para == 1][0]
    assert [(s.start, s.end) for s in first.highlights] == [(52, 58)]  # not "the budget on Monday" at 28


def test_source_globs_match_paths_and_urls(corpus_index):
    assert {p for p, _ in where(whosaid.search(corpus_index, "budget", Filters(sources=("b/*",))))} == {CLIMATE}
    by_url = whosaid.search(corpus_index, "budget", Filters(sources=("https://news.example/*",)))
    assert {p for p, _ in where(by_url)} == {BUDGET}


@pytest.mark.parametrize("glob", ["", "  "])
def test_an_empty_source_glob_is_an_error_not_every_source(corpus_index, glob):
    with pytest.raises(BadQuery) as err:
        whosaid.search(corpus_index, "budget", Filters(sources=("a/*", glob)))
    assert str(err.value) == "--source '' is empty; give a glob, such as 'bbc/politics/*' or '*nytimes.com*'."


def test_sort_by_date_oldest_and_newest_first(corpus_index):
    oldest = where(whosaid.search(corpus_index, "budget", sort="date"))
    assert oldest == [(BUDGET, 3), (BUDGET, 1), (BUDGET, 2), (CLIMATE, 4), (HOTEL, 3)]
    assert where(whosaid.search(corpus_index, "budget", sort="-date")) == [
        (HOTEL, 3), (CLIMATE, 4), (BUDGET, 1), (BUDGET, 2), (BUDGET, 3)]


def test_undated_passages_come_last_in_either_order(tmp_path):
    write(tmp_path / "a", "undated.txt", "Budget\n\nThe budget was cut.\n")
    write(tmp_path / "a", "2017-10-02-early.txt", "Budget early\n\nThe budget grew.\n")
    write(tmp_path / "a", "2018-01-06-late.txt", "Budget late\n\nThe budget held.\n")
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    order = {sort: where(whosaid.search(tmp_path / "ix", "cut OR grew OR held", sort=sort))
             for sort in ("date", "-date")}
    assert order == {"date": [("2017-10-02-early.txt", 2), ("2018-01-06-late.txt", 2), ("undated.txt", 2)],
                     "-date": [("2018-01-06-late.txt", 2), ("2017-10-02-early.txt", 2), ("undated.txt", 2)]}


def test_pages_continue_the_ranking(corpus_index):
    everything = where(whosaid.search(corpus_index, "budget", limit=5))
    pages = [where(whosaid.search(corpus_index, "budget", limit=2, page=n)) for n in (1, 2, 3)]
    assert pages == [everything[0:2], everything[2:4], everything[4:5]]
    third = whosaid.search(corpus_index, "budget", limit=2, page=3)
    assert (third.total, [h.rank for h in third.hits]) == (5, [5])


def test_per_doc_keeps_the_best_passages_of_each_document(corpus_index):
    result = whosaid.search(corpus_index, "budget", per_doc=1)
    assert (result.total, sorted(p for p, _ in where(result))) == (5, [BUDGET, CLIMATE, HOTEL])


def test_facets_count_over_all_matches(corpus_index):
    result = whosaid.search(corpus_index, "budget", limit=1, facets=("speaker", "date"))
    assert result.facets == {
        "speaker": [("Maria Lopez", 2), ("John McDonnell", 1), ("José Núñez", 1), ("Philip Hammond", 1)],
        "date": [("2017-10", 3), ("2017-11", 1), ("2018-01", 1)],
    }


def test_facets_count_only_the_passages_of_the_dates_asked_for(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(since=date(2017, 11, 1)), facets=("speaker", "date"))
    assert result.facets == {"speaker": [("Maria Lopez", 2), ("José Núñez", 1)],
                             "date": [("2017-11", 1), ("2018-01", 1)]}


def test_filters_without_a_query_list_every_passage_they_allow_newest_first(corpus_index):
    result = whosaid.search(corpus_index, "", Filters(speakers=("lopez", "hammond")))
    assert (result.query, result.total, where(result)) == ("", 2, [(HOTEL, 3), (BUDGET, 1)])
    assert where(whosaid.search(corpus_index, "", Filters(speakers=("lopez", "hammond")), sort="date")) == [
        (BUDGET, 1), (HOTEL, 3)]


def test_a_speaker_without_a_query_has_their_quotations_marked(corpus_index):
    hit = whosaid.search(corpus_index, "", Filters(speakers=("núñez",))).hits
    assert [(h.passage.para, [h.passage.text[s.start:s.end] for s in h.highlights]) for h in hit] == [
        (3, ["We cannot wait any longer,"]), (4, ["far too small."])]  # one day: in the article's order
    assert [[h.passage.speakers[0][s.start:s.end] for s in h.speaker_highlights[0]] for h in hit] == [["Núñez"]] * 2


def test_dates_alone_list_passages_not_the_files_records(corpus_index):
    result = whosaid.search(corpus_index, " ", Filters(since=date(2018, 1, 1)), facets=("date",))
    assert (result.total, where(result)) == (4, [(HOTEL, 1), (HOTEL, 3), (HOTEL, 4), (HOTEL, 2)])  # 2: "on Friday"
    assert result.facets == {"date": [("2018-01", 4)]}


def test_the_speaker_asked_for_is_marked_in_a_search_with_words(corpus_index):
    hit = whosaid.search(corpus_index, "budget", Filters(speakers=("lopez",))).hits[0]
    assert [hit.passage.text[s.start:s.end] for s in hit.highlights] == ["budget"]
    assert [[hit.passage.speakers[0][s.start:s.end] for s in spans] for spans in hit.speaker_highlights] == [["Lopez"]]


@pytest.fixture
def two_voices(tmp_path):
    write(tmp_path / "a", "row.txt", 'Budget row\n\n"The budget is fair," said Ann Lee. "It is a disgrace," said Tom '
                                     'Reyes.\n\n"A fair deal," Reyes added later.\n')
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    return tmp_path / "ix"


def test_quotes_only_with_a_speaker_matches_inside_that_speakers_quotations(two_voices):
    assert whosaid.search(two_voices, "disgrace", Filters(speakers=("lee",), quotes_only=True)).total == 0
    assert whosaid.search(two_voices, "disgrace", Filters(speakers=("lee",))).total == 1  # said beside her words
    result = whosaid.search(two_voices, "fair", Filters(speakers=("lee",), quotes_only=True), facets=("speaker",))
    hit = result.hits[0]
    assert (result.total, hit.passage.para, [hit.passage.text[s.start:s.end] for s in hit.highlights]) == (
        1, 2, ["fair"])
    assert result.facets == {"speaker": [("Ann Lee", 1)]}


def test_speakers_of_a_speaker_filter_are_the_speakers_it_matches_not_who_else_is_quoted(two_voices):
    assert whosaid.speakers(two_voices, filters=Filters(speakers=("lee",))) == [("Ann Lee", 1)]
    assert whosaid.speakers(two_voices, "fair", Filters(speakers=("reyes", "lee"))) == [("Tom Reyes", 2), ("Ann Lee", 1)]


def test_a_misspelt_speaker_that_matches_nothing_is_mended_in_the_suggestion(corpus_index):
    assert whosaid.search(corpus_index, "", Filters(speakers=("lopes",))).suggestion == "--speaker lopez"
    assert whosaid.search(corpus_index, "budgte", Filters(speakers=("maria lopes",), authors=("ann",))).suggestion == (
        "budget --speaker 'maria lopez' --author ann")
    assert whosaid.search(corpus_index, "budgte", Filters(speakers=("lopez",))).suggestion == "budget"


def test_a_search_its_filters_emptied_names_each_filter_that_allows_nothing(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(speakers=("nobody", "lopez"), since=date(2031, 1, 1)))
    assert (result.total, result.unfiltered, result.empty_filters) == (
        0, 5, ("--speaker nobody", "--since 2031-01-01"))


def test_the_query_alone_counts_its_matches_outside_quotations_too(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(quotes_only=True, speakers=("nobody",)))
    assert (result.unfiltered, result.empty_filters) == (5, ("--speaker nobody",))  # not 3, its quoted matches


def test_filters_that_each_allow_passages_but_not_together_name_none(corpus_index):
    result = whosaid.search(corpus_index, "budget", Filters(speakers=("hammond",), sources=("b/*",)))
    assert (result.total, result.unfiltered, result.empty_filters) == (0, 5, ())


def test_filters_alone_that_allow_nothing_have_no_query_to_count(corpus_index):
    result = whosaid.search(corpus_index, "", Filters(quotes_only=True, sources=("z/*", "a/*"), authors=("ann",)))
    assert (result.total, result.unfiltered, result.empty_filters) == (0, None, ("--author ann", "--source 'z/*'"))
    # (the corpus names no writer; its quotations and a/ allow passages)


def test_empty_filters_are_those_that_alone_allow_no_passage(corpus_index):
    from whosaid.store import empty_filters

    assert empty_filters(corpus_index, Filters(speakers=("hammond", "nobody"), since=date(2031, 1, 1))) == (
        "--speaker nobody", "--since 2031-01-01")


def test_a_search_with_hits_or_without_filters_says_nothing_of_filters(corpus_index):
    assert [(r.unfiltered, r.empty_filters) for r in (
        whosaid.search(corpus_index, "budget", Filters(speakers=("lopez",))),
        whosaid.search(corpus_index, "zebras"))] == [(None, ()), (None, ())]


def test_passages_of_a_copy_are_those_of_the_file_it_copies(tmp_path, corpus):
    copy = write(corpus, "d/copy.txt", (corpus / "c/2018-01-06-hotel.txt").read_bytes())
    whosaid.index_paths([corpus], tmp_path / "ix")
    passages = whosaid.passages_of(tmp_path / "ix", str(copy))
    assert [(p.path.rsplit("/", 1)[-1], p.para, p.speakers) for p in passages] == [
        (HOTEL, 1, []), (HOTEL, 2, []), (HOTEL, 3, ["Maria Lopez"]), (HOTEL, 4, [])]
    with pytest.raises(whosaid.NotIndexed):
        whosaid.passages_of(tmp_path / "ix", str(corpus / "nope.txt"))


def test_name_words_are_the_indexed_words_of_names_that_start_so(corpus_index):
    assert whosaid.store.name_words(corpus_index, "speaker", "M") == ["maria", "mcdonnell"]
    assert whosaid.store.name_words(corpus_index, "speaker", "Núñ") == ["nunez"]  # as --speaker matches
    assert whosaid.store.name_words(corpus_index, "author", "m") == []


def test_speakers_of_the_whole_index_and_of_a_query(corpus_index):
    assert whosaid.speakers(corpus_index) == [
        ("José Núñez", 2), ("Maria Lopez", 2), ("John McDonnell", 1), ("Philip Hammond", 1)]
    assert whosaid.speakers(corpus_index, "fair") == [("Maria Lopez", 2), ("Philip Hammond", 1)]


def test_matched_speaker_names_are_highlighted(corpus_index):
    hit = whosaid.search(corpus_index, "speaker:lopez").hits[0]
    assert [[hit.passage.speakers[i][s.start:s.end] for s in spans] for i, spans in enumerate(hit.speaker_highlights)] == [
        ["Lopez"]]


def test_info_counts_what_the_index_holds(corpus_index):
    facts = whosaid.info(corpus_index)
    assert (facts.documents, facts.duplicates, facts.articles, facts.passages, facts.quotes, facts.speakers) == (
        3, 0, 3, 11, 6, 4)
    assert (facts.first_date, facts.last_date) == (date(2017, 10, 1), date(2018, 1, 6))
    assert facts.size_bytes > 0 and facts.updated.endswith("+00:00")


def test_identical_articles_are_indexed_once_with_every_path(tmp_path, corpus):
    copy = write(corpus, "d/copy-of-hotel.txt", (corpus / "c/2018-01-06-hotel.txt").read_bytes())
    index_dir = tmp_path / "ix"
    report = whosaid.index_paths([corpus], index_dir)
    assert (report.documents, report.duplicates) == (3, 1)
    hit = whosaid.search(index_dir, '"fair deal"').hits[0]
    assert (hit.passage.path.endswith("c/2018-01-06-hotel.txt"), hit.also_at) == (True, (str(copy),))


AUTHORED = {  # one writer in the front matter, two in a text byline, one in a page's meta
    "rail.txt": ("---\ntitle: Rail fares rise\nauthor: Anna Berg\ndate: 2018-02-01\n---\n"
                 'Fares will rise in March. "The budget is stretched," said Carl Webb, the rail minister.\n\n'
                 "Passengers groaned.\n"),
    "port.txt": ("Port deal signed\n\nBy Anna Bergman and Tom Reyes\n\n"
                 'The port budget was agreed on Friday. "A fair deal for the town," said Mayor Lena Holt.\n'),
    "school.html": ('<html><head><title>Schools tighten belts</title><meta name="author" content="Tom Reyes"></head>'
                    "<body><article><h1>Schools tighten belts</h1><p>The school budget was cut by a tenth. "
                    '"We will cope," said head teacher Ruth Moss.</p></article></body></html>'),
}


@pytest.fixture
def authored_index(tmp_path):
    for name, text in AUTHORED.items():
        write(tmp_path / "authored", name, text)
    whosaid.index_paths([tmp_path / "authored"], tmp_path / "authored-index")
    return tmp_path / "authored-index"


def test_author_filter_finds_a_writer_in_any_byline_by_word(authored_index):
    result = whosaid.search(authored_index, "budget", Filters(authors=("REYES",)))
    assert sorted(where(result)) == [("port.txt", 2), ("school.html", 2)]
    assert {h.passage.author for h in result.hits} == {"Anna Bergman and Tom Reyes", "Tom Reyes"}


def test_author_filter_by_full_name_is_those_words_side_by_side(authored_index):
    result = whosaid.search(authored_index, "budget", Filters(authors=("anna berg",)))
    assert where(result) == [("rail.txt", 1)]  # not Anna Bergman


def test_several_authors_are_alternatives(authored_index):
    result = whosaid.search(authored_index, "budget", Filters(authors=("anna berg", "anna bergman")))
    assert sorted(where(result)) == [("port.txt", 2), ("rail.txt", 1)]


def test_author_field_in_the_query(authored_index):
    assert where(whosaid.search(authored_index, "author:berg budget")) == [("rail.txt", 1)]
    assert where(whosaid.search(authored_index, "reyes")) == []  # a writer's name is no word of the passages


def test_author_facet_counts_each_writers_passages(authored_index):
    result = whosaid.search(authored_index, "budget", facets=("author",))
    assert result.facets == {"author": [("Tom Reyes", 2), ("Anna Berg", 1), ("Anna Bergman", 1)]}


def test_info_counts_each_writer_once(authored_index):
    assert (whosaid.info(authored_index).writers, whosaid.info(authored_index).speakers) == (3, 3)


def test_speakers_of_one_writers_articles(authored_index):
    assert whosaid.speakers(authored_index, filters=Filters(authors=("reyes",))) == [("Lena Holt", 1), ("Ruth Moss", 1)]


@pytest.mark.parametrize("asked", ["tories", "Conservatives", "TORIES"])
def test_a_party_asked_for_by_its_nickname_or_full_name_finds_what_it_said(tmp_path, asked):
    write(tmp_path / "a", "poll.txt", 'Poll\n\nThe Tories said the plan was "a fantasy".\n\n'
                                      'Labour said it was "fully costed".\n')
    whosaid.index_paths([tmp_path / "a"], tmp_path / "ix")
    assert whosaid.speakers(tmp_path / "ix", filters=Filters(speakers=(asked,))) == [("Conservatives", 1)]
