"""Articles exported from news databases (LexisNexis, Nexis Uni, Factiva) as text files."""
from datetime import date

import pytest

import whosaid
from whosaid import annotate
from whosaid.ingest import parse_document

_STORY = ('Leisure group Rank could sell its film unit, the Sunday Times reported.\n\n'
          '"We are looking at every option," chief executive Mike Smith said.\n\n'
          '"Nothing has been decided," he added.\n')

NEXIS = ("                               1 of 1 DOCUMENT\n\n                               The Sunday Times\n\n"
         "                          March 14, 2005 Monday\n\n                          Late Edition - Final\n\n"
         "Rank set to sell off film unit\n\nBYLINE: By JANE REPORTER; Contributing: Tom Aide\n\n"
         "SECTION: BUSINESS; Pg. 4\n\nLENGTH: 38 words\n\nDATELINE: LONDON\n\n" + _STORY +
         "\nLOAD-DATE: March 15, 2005\n\nLANGUAGE: ENGLISH\n\nPUBLICATION-TYPE: Newspaper\n\n"
         "Copyright 2005 Times Newspapers Limited\n\nAll Rights Reserved\n")
NEXIS_UNI = ("Rank set to sell off film unit\n\nThe Sunday Times\n\nMarch 14, 2005 Monday\n\n"
             "Copyright 2005 Times Newspapers Limited All Rights Reserved\n\nSection: BUSINESS; Pg. 4\n\n"
             "Length: 38 words\n\nByline: Jane Reporter\n\nBody\n\n" + _STORY +
             "\nClassification\n\nLanguage: ENGLISH\n\nPublication-Type: Newspaper\n\n"
             "Load-Date: March 15, 2005\n\nEnd of Document\n")
FACTIVA = ("Rank set to sell off film unit\n\nJane Reporter\n\n38 words\n\n14 March 2005\n\nThe Sunday Times\n\n"
           "STIMES\n\nEnglish\n\n(c) 2005 Times Newspapers Limited. All rights reserved.\n\n" + _STORY +
           "\nDocument STIMES0020050314e13e000gx\n")
FACTIVA_CODED = ("HD\tRank set to sell off film unit\nBY\tJane Reporter\nWC\t38 words\nPD\t14 March 2005\n"
                 "SN\tThe Sunday Times\nSC\tSTIMES\nLA\tEnglish\nCY\t(c) 2005 Times Newspapers Limited.\n"
                 "LP\t" + _STORY.split("\n\n", 2)[0] + "\n\n" + _STORY.split("\n\n", 2)[1] + "\nTD\t"
                 + _STORY.split("\n\n", 2)[2] + "CO\trankgp : Rank Group PLC\nAN\tDocument STIMES0020050314e13e000gx\n")
PARAGRAPHS = ("Rank set to sell off film unit",
              "Leisure group Rank could sell its film unit, the Sunday Times reported.",
              '"We are looking at every option," chief executive Mike Smith said.',
              '"Nothing has been decided," he added.')


@pytest.mark.parametrize("export", [NEXIS, NEXIS_UNI, FACTIVA, FACTIVA_CODED],
                         ids=["lexisnexis", "nexis-uni", "factiva", "factiva-coded"])
def test_an_exported_articles_fields_are_its_metadata_not_its_text(export):
    document = parse_document(export.encode(), "export.txt")
    assert (document.title, document.published, document.author, document.paragraphs) == (
        "Rank set to sell off film unit", date(2005, 3, 14), "Jane Reporter", PARAGRAPHS)
    assert [(q.text, q.speaker) for p in annotate(document) for q in p.quotes] == [
        ("We are looking at every option,", "Mike Smith"), ("Nothing has been decided,", "Mike Smith")]


@pytest.mark.parametrize("export, headline", [(NEXIS, "Arsenal in Cup final"),
                                              (NEXIS_UNI, "Vote set for May 5, 2005 after row")])
def test_a_headline_that_ends_on_final_or_holds_a_date_is_still_the_headline(export, headline):
    export = export.replace("Rank set to sell off film unit", headline)
    document = parse_document(export.encode(), "export.txt")
    assert (document.title, document.published) == (headline, date(2005, 3, 14))


def _nexis_file(*stories: tuple[str, str, str]) -> str:
    return "\n\n".join(f"{n} of {len(stories)} DOCUMENTS\n\nThe Daily Bugle\n\n{when}\n\n{title}\n\n"
                       f"LENGTH: 30 words\n\n{text}\n\nLOAD-DATE: {when}\n" for n, (when, title, text) in
                       enumerate(stories, 1))


SEVERAL = _nexis_file(
    ("June 1, 2017", "Smith backs the budget", 'Finance minister John Smith spoke on Monday.\n\n'
                                               '"The budget is fair," he said.'),
    ("June 2, 2017", "Storm hits coast", 'Mary Jones, a fisherman\'s widow, watched the storm.\n\n'
                                         '"We lost everything," Smith told reporters.\n\n"It was awful," he said.'))


def test_a_file_of_several_exported_articles_is_read_as_several():
    passages = annotate(parse_document(SEVERAL.encode(), "export.txt"))
    assert [(p.para, p.title, p.published) for p in passages] == [
        (1, "Smith backs the budget", date(2017, 6, 1)), (2, "Smith backs the budget", date(2017, 6, 1)),
        (3, "Smith backs the budget", date(2017, 6, 1)), (4, "Storm hits coast", date(2017, 6, 2)),
        (5, "Storm hits coast", date(2017, 6, 2)), (6, "Storm hits coast", date(2017, 6, 2)),
        (7, "Storm hits coast", date(2017, 6, 2))]
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [
        (3, "John Smith"), (6, "Smith"), (7, "Smith")]  # the second story's Smith is no one the first names


def test_a_file_of_several_articles_with_factivas_codes_is_read_as_several():
    second = FACTIVA_CODED.replace("Rank set to", "Rank sets out to").replace("14 March", "15 March")
    passages = annotate(parse_document((FACTIVA_CODED + "\n" + second).encode(), "export.txt"))
    assert [(p.para, p.title, p.published) for p in passages if p.para in (1, 5)] == [
        (1, "Rank set to sell off film unit", date(2005, 3, 14)), (5, "Rank sets out to sell off film unit",
                                                                   date(2005, 3, 15))]
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [
        (3, "Mike Smith"), (4, "Mike Smith"), (7, "Mike Smith"), (8, "Mike Smith")]


def test_an_exported_article_with_no_date_takes_the_default_date():
    undated = SEVERAL.replace("June 2, 2017", "Friday")
    document = parse_document(undated.encode(), "export.txt", default_date=date(2020, 1, 1))
    assert [a.published for a in document.articles] == [date(2017, 6, 1), date(2020, 1, 1)]


def test_a_story_that_names_a_field_once_is_no_export():
    text = "Rank sells film unit\n\nLENGTH: 300 words was the limit, the editor said.\n\nThe rest.\n"
    assert parse_document(text.encode(), "a.txt").paragraphs == (
        "Rank sells film unit", "LENGTH: 300 words was the limit, the editor said.", "The rest.")


def test_an_index_of_an_export_finds_each_article_under_its_own_title(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "export.txt").write_text(SEVERAL)
    whosaid.index_paths([tmp_path / "articles"], tmp_path / "index")
    hits = whosaid.search(tmp_path / "index", "lost OR fair").hits
    assert sorted((h.passage.para, h.passage.title) for h in hits) == [
        (3, "Smith backs the budget"), (6, "Storm hits coast")]
