"""Articles as data: JSON Lines and JSON files of records, as news datasets and APIs give them."""
import json
from datetime import date

import pytest

from whosaid import annotate
from whosaid.errors import UnreadableFile
from whosaid.ingest import find_files, parse_document

NEWS_PLEASE = [  # news-please's fields
    {"authors": ["Jane Reporter", "Tom Aide"], "date_publish": "2017-06-01 10:00:00", "title": "Smith backs the budget",
     "url": "https://bugle.example/budget", "language": "en",
     "maintext": 'Finance minister John Smith spoke on Monday.\n"The budget is fair," he said.'},
    {"authors": [], "date_publish": "2017-06-02 09:00:00", "title": "Storm hits coast",
     "url": "https://bugle.example/storm",
     "maintext": 'Mary Jones watched the storm.\n"We lost everything," Smith told reporters.'},
]
NEWSAPI = {"status": "ok", "totalResults": 2, "articles": [  # NewsAPI's answer, its story HTML
    {"source": {"id": None, "name": "The Daily Bugle"}, "author": "Sam Writer", "title": "Minister quits over row",
     "url": "https://bugle.example/quits", "publishedAt": "2017-06-01T23:30:00Z",
     "content": '<p>"I have done nothing wrong," said Peter Hain, the minister.</p><p>He resigned on Monday.</p>'},
    {"source": {"id": None, "name": "The Daily Bugle"}, "author": None, "title": "Prices to rise",
     "publishedAt": "2017-06-03T10:00:00Z", "description": '"Prices will rise," warned the economist Dr Alice Grey.'},
]}


def _jsonl(records) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def test_each_record_of_a_json_lines_file_is_an_article_with_its_fields_metadata():
    document = parse_document(_jsonl(NEWS_PLEASE), "crawl.jsonl")
    assert [(a.title, a.url, a.author, a.published) for a in document.articles] == [
        ("Smith backs the budget", "https://bugle.example/budget", "Jane Reporter and Tom Aide", date(2017, 6, 1)),
        ("Storm hits coast", "https://bugle.example/storm", None, date(2017, 6, 2))]


def test_a_records_title_is_its_first_passage_and_its_lines_are_its_paragraphs():
    passages = annotate(parse_document(_jsonl(NEWS_PLEASE), "crawl.jsonl"))
    assert [(p.para, p.text) for p in passages[:3]] == [
        (1, "Smith backs the budget"), (2, "Finance minister John Smith spoke on Monday."),
        (3, '"The budget is fair," he said.')]
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [(3, "John Smith"), (6, "Smith")]


def test_a_json_document_holding_a_list_of_articles_under_a_key_is_read_as_them():
    passages = annotate(parse_document(json.dumps(NEWSAPI).encode(), "answer.json"))
    assert [(p.para, p.title, p.author, p.published) for p in passages] == [
        (1, "Minister quits over row", "Sam Writer", date(2017, 6, 1)),
        (2, "Minister quits over row", "Sam Writer", date(2017, 6, 1)),
        (3, "Minister quits over row", "Sam Writer", date(2017, 6, 1)),
        (4, "Prices to rise", None, date(2017, 6, 3)), (5, "Prices to rise", None, date(2017, 6, 3))]
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [(2, "Peter Hain"), (5, "Alice Grey")]


@pytest.mark.parametrize("record, expected", [
    ({"Headline": "Vote delayed", "Body-Text": "The vote was delayed.", "Published_Date": "2017-06-03"},
     ("Vote delayed", date(2017, 6, 3))),
    ({"title": "Vote delayed", "text": "The vote was delayed.", "timestamp": 1, "date": 1496448000},
     ("Vote delayed", date(2017, 6, 3))),  # Unix seconds
    ({"title": "Vote delayed", "text": "The vote was delayed.", "date": 1496448000000},
     ("Vote delayed", date(2017, 6, 3))),  # Unix milliseconds
    ({"title": "Vote delayed", "text": "The vote was delayed.", "pubDate": "Sat, 03 Jun 2017 10:00:00 GMT"},
     ("Vote delayed", date(2017, 6, 3))),
    ({"title": "Vote delayed", "text": "The vote was delayed.", "created_at": "Sat Jun 03 10:00:00 +0000 2017"},
     ("Vote delayed", date(2017, 6, 3))),  # Twitter's API's
], ids=["names-in-any-case", "unix-seconds", "unix-milliseconds", "rfc-822", "asctime"])
def test_a_records_fields_are_found_by_their_usual_names_and_forms(record, expected):
    document = parse_document(json.dumps([record]).encode(), "export.json")
    assert (document.title, document.published) == expected


def test_a_record_with_no_story_is_no_article():
    records = [{"title": "Index page"}, NEWS_PLEASE[0], {"title": "Empty", "text": "  "}]
    document = parse_document(_jsonl(records), "crawl.jsonl")
    assert (document.title, document.articles) == ("Smith backs the budget", ())  # a file of one article


@pytest.mark.parametrize("data, reason", [
    (b'{"name": "whosaid", "version": "0.1.0"}', "not a file of articles (no record with a text, body or content "
                                                 "field)"),
    (b"just some words\nand more\n", "not JSON, nor JSON Lines")], ids=["settings", "text"])
def test_a_file_that_holds_no_articles_is_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile) as err:
        parse_document(data, "data.json")
    assert err.value.reason == reason


def test_a_folders_json_lines_are_read_but_not_its_json_unless_named(tmp_path):
    for name in ("crawl.jsonl", "package.json", "answer.json"):
        (tmp_path / name).write_text("{}")
    assert [p.name for p in find_files([tmp_path])] == ["crawl.jsonl"]
    assert [p.name for p in find_files([tmp_path / "answer.json"])] == ["answer.json"]


@pytest.mark.parametrize("fields, author", [
    ({"byline": "By Lena Holt and Tom Poe"}, "Lena Holt and Tom Poe"),
    ({"authors": ["Lena Holt", "Tom Poe", "Ann Webb"]}, "Lena Holt, Tom Poe and Ann Webb"),
    ({"author": {"name": "BY LENA HOLT"}}, "LENA HOLT"),
    ({"author": "Byron Holt"}, "Byron Holt"),
])
def test_a_records_writers_read_as_a_byline_without_its_by(fields, author):
    document = parse_document(_jsonl([{"title": "T", "text": '"Yes," said Ann Webb.', **fields}] * 2), "d.jsonl")
    assert document.articles[0].author == author


def test_a_lone_surrogate_json_escapes_is_a_replacement_character():
    record = '{"title": "T\\ud800x", "text": "\\"Yes \\udc80,\\" said Ann Webb. \\ud83d\\ude00", "author": "Jo \\ud800"}\n'
    document = parse_document(record.encode() * 2, "d.jsonl")
    assert (document.articles[0].title, document.articles[0].author, document.paragraphs[1]) == (
        "T\ufffdx", "Jo \ufffd", '"Yes \ufffd," said Ann Webb. \U0001F600')  # a pair is its emoji


def test_json_nested_deeper_than_python_reads_is_no_dataset():
    with pytest.raises(UnreadableFile) as err:
        parse_document(b'{"a":' * 5000 + b'"x"' + b"}" * 5000, "deep.json")
    assert err.value.reason == "not JSON, nor JSON Lines"
