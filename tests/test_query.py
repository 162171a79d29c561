"""The query language: what each form matches on a small corpus, and the one-line errors."""
from datetime import date

import pytest

import whosaid
from whosaid import BadQuery

from .conftest import where

BUDGET, CLIMATE, HOTEL = "2017-10-02-budget.txt", "2017-11-15-climate.md", "2018-01-06-hotel.txt"


# A title is part of each of its document's passages: "budget" matches every paragraph of the
# article titled "Budget row deepens".
@pytest.mark.parametrize("query, expected", [
    ("budget", {(BUDGET, 1), (BUDGET, 2), (BUDGET, 3), (CLIMATE, 4), (HOTEL, 3)}),
    ('"fair deal"', {(HOTEL, 3)}),
    ("budget AND fair", {(BUDGET, 1), (HOTEL, 3)}),
    ("budget NOT fair", {(BUDGET, 2), (BUDGET, 3), (CLIMATE, 4)}),
    ("budget -fair", {(BUDGET, 2), (BUDGET, 3), (CLIMATE, 4)}),
    ("text:strike OR text:delegates", {(HOTEL, 1), (HOTEL, 2), (CLIMATE, 2), (CLIMATE, 3)}),
    ("(strike OR delegates) AND bonn", {(CLIMATE, 2)}),
    ("econom*", {(BUDGET, 3)}),
    ("text:hot?l", {(HOTEL, 1), (HOTEL, 2)}),
    ("text:w*", {(BUDGET, 3), (CLIMATE, 2), (CLIMATE, 3), (CLIMATE, 4), (HOTEL, 2), (HOTEL, 3)}),  # one letter
    ("text:a*", {(BUDGET, 2), (CLIMATE, 3), (CLIMATE, 4), (HOTEL, 2)}),  # the letter of a stop word
    ("chancelor~", {(BUDGET, 1), (BUDGET, 2)}),
    ("economists~2", {(BUDGET, 3)}),
    ("speaker:nunez", {(CLIMATE, 3), (CLIMATE, 4)}),
    ('speaker:"maria lopez"', {(HOTEL, 3)}),
    ("quote:budget", {(BUDGET, 1), (BUDGET, 2), (HOTEL, 3)}),
    ("title:hotel", {(HOTEL, 1), (HOTEL, 2), (HOTEL, 3), (HOTEL, 4)}),
    ("text:hotel", {(HOTEL, 1), (HOTEL, 2)}),
    ("text:budget date:2017-10", {(BUDGET, 1), (BUDGET, 2)}),
    ("budget date:[2017-11-01 TO 2018-12-31]", {(CLIMATE, 4), (HOTEL, 3)}),
    ("budget date:2018..", {(HOTEL, 3)}),
    ("said published:2017", {(BUDGET, 1), (BUDGET, 2), (CLIMATE, 3)}),
    ("retaliate OR attacked", {(BUDGET, 2)}),
    ("budget^2 fair", {(BUDGET, 1), (HOTEL, 3)}),
    ('"fair deal"^0.5', {(HOTEL, 3)}),
])
def test_query_forms(corpus_index, query, expected):
    assert set(where(whosaid.search(corpus_index, query, limit=50))) == expected


def test_stemming_matches_other_forms(corpus_index):
    assert where(whosaid.search(corpus_index, "attack")) == [(BUDGET, 2)]


@pytest.mark.parametrize("query, message", [
    ("", "The query is empty. Give words to search for (`whosaid search retaliation`) or a filter "
         "(`whosaid search --speaker weinstein`)."),
    ('"fair deal', 'The query has an unclosed quotation mark ("). Close the phrase or remove the mark.'),
    ("(budget OR fair", "The query has an unclosed parenthesis."),
    ("budget)", "The query closes a parenthesis it never opened."),
    ("writer:smith", "Unknown field writer: in the query. Fields are speaker:, quote:, title:, text:, author:, date:, "
                     "published:"),
    ("title: budget", 'title: needs a word or a "phrase" after it.'),
    ("NOT", "The query 'NOT' has operators but no words to search for."),
    ("budget AND", "The query 'budget AND' has an AND with nothing on one side."),
    ("OR budget", "The query 'OR budget' has an OR with nothing on one side."),
    ("*", "A query of wildcards alone matches everything; give at least one letter, e.g. retal*."),
    ("date:yesterday", "'date:yesterday': dates are written YYYY, YYYY-MM or YYYY-MM-DD, ranges "
                       "[2017-01 TO 2017-06] or 2017-01..2017-06."),
    ("date:[2018 TO 2017-06]", "'date:[2018 TO 2017-06]': the range starts after it ends (2018-01-01 is after "
                               "2017-06-30)."),
    ("the of and", "The query 'the of and' has nothing to search for (only stop words or symbols)."),
    ("x" * 1001, "The query is 1001 characters long; the limit is 1000."),
    ("a(-)", "The query 'a(-)' cannot be read: check its operators, - and + signs, and parentheses."),
    ("NOT budget", "The query 'NOT budget' only excludes words; add a word to search for."),
    ("-budget", "The query '-budget' only excludes words; add a word to search for."),
    ("fair OR NOT budget", "The query 'fair OR NOT budget' only excludes words; add a word to search for."),
    ("budget^x", "'budget^x': a ^ weighs the word before it and takes a number, as in blair^2."),
    ("budget^-1", "'budget^-1': a ^ weighs the word before it and takes a number, as in blair^2."),
    ("fair budget^", "'budget^': a ^ weighs the word before it and takes a number, as in blair^2."),
])
def test_malformed_queries_get_one_line_errors(corpus_index, query, message):
    with pytest.raises(BadQuery) as err:
        whosaid.search(corpus_index, query)
    assert str(err.value) == message


def test_control_characters_are_spaces(corpus_index):
    assert where(whosaid.search(corpus_index, "fair\x00deal\t")) == [(HOTEL, 3)]


def test_a_query_in_another_script_runs_and_finds_nothing(corpus_index):
    result = whosaid.search(corpus_index, "预算")
    assert (result.total, result.hits, result.suggestion) == (0, (), None)


def test_nothing_matched_suggests_a_close_spelling(corpus_index):
    result = whosaid.search(corpus_index, "budgte strik")
    assert (result.total, result.suggestion) == (0, "budget strike")


@pytest.mark.parametrize("start, end, spans", [
    ("2017-10-01", "2017-10-31", [("M", "201710", "201710")]),
    ("2017-10-05", "2018-02-03", [("D", "20171005", "20171031"), ("M", "201711", "201712"), ("M", "201801", "201801"),
                                  ("D", "20180201", "20180203")]),
    ("2004-06-15", "9999-12-31", [("D", "20040615", "20040630"), ("M", "200407", "200412"), ("Y", "2005", "9999")]),
    ("0001-01-01", "2004-12-31", [("Y", "0001", "2004")]),
    ("2017-10-11", "2017-10-11", [("D", "20171011", "20171011")]),
])
def test_date_ranges_become_a_few_spans_of_years_months_and_days(start, end, spans):
    from datetime import date

    from whosaid.store.query import date_spans
    assert date_spans(date.fromisoformat(start), date.fromisoformat(end)) == spans


@pytest.mark.parametrize("text, period", [
    ("2016-02", (date(2016, 2, 1), date(2016, 2, 29))), ("2015-02", (date(2015, 2, 1), date(2015, 2, 28))),
    ("2017-12", (date(2017, 12, 1), date(2017, 12, 31))), ("2017", (date(2017, 1, 1), date(2017, 12, 31))),
    ("2017-10-11", (date(2017, 10, 11), date(2017, 10, 11))),
])
def test_a_typed_date_names_its_whole_year_month_or_day(text, period):
    from whosaid.periods import parse_period

    assert parse_period(text) == period
