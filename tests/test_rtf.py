"""RTF files: a word processor's, and a news database's export."""
import pytest

from whosaid import UnreadableFile, annotate
from whosaid.ingest import parse_document
from whosaid.ingest.rtf import to_text

from .test_exports import NEXIS

WORDPAD = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Times New Roman;}}{\colortbl ;\red0\green0\blue0;}"
           r"{\*\generator Riched20 10.0;}{\info{\title Draft}{\author Desk}}" "\r\n"
           r"\pard\f0\fs24 Rank set to sell off film unit\par" "\r\n"
           r"\pard Caf\'e9 owners met.\tab \u8220?We are looking at every option,\u8221? chief executive Mike" "\r\n"
           r" Smith said.\par" "\r\n"
           r"{\b\ldblquote Nothing has been decided,\rdblquote  he added.}{\*\bkmkstart end}\line Braces \{ \}.\par"
           r"{\header Page \chpgn}\uc2\u20013\'a4\'a4\par}")


def test_rtf_is_read_as_its_bodys_text_a_blank_line_after_each_paragraph():
    assert to_text(WORDPAD.encode()) == (
        "Rank set to sell off film unit\n\nCafé owners met.\t“We are looking at every option,” chief executive Mike"
        " Smith said.\n\n“Nothing has been decided,” he added.\nBraces { }.\n\n中\n\n")


def test_an_rtf_articles_quotations_have_their_speakers():
    document = parse_document(WORDPAD.encode(), "story.rtf")
    assert document.title == "Rank set to sell off film unit"
    assert [(q.text, q.speaker) for p in annotate(document) for q in p.quotes] == [
        ("We are looking at every option,", "Mike Smith"), ("Nothing has been decided,", "Mike Smith")]


def test_a_news_databases_rtf_export_is_read_as_its_articles():
    rtf = "{\\rtf1\\ansi " + NEXIS.replace("\n", "\\par\n") + "}"
    document = parse_document(rtf.encode(), "export.rtf")
    assert (document.title, document.author, str(document.published)) == (
        "Rank set to sell off film unit", "Jane Reporter", "2005-03-14")


def test_a_file_named_rtf_that_is_none_is_refused_with_a_reason():
    with pytest.raises(UnreadableFile) as err:
        parse_document(b"plain words", "story.rtf")
    assert err.value.reason == "not an RTF file (it does not open with {\\rtf)"
