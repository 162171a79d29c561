"""Word processors' documents: Word's (.docx, also Nexis Uni's export) and OpenDocument texts (.odt)."""
import io
import zipfile

import pytest

from whosaid import UnreadableFile, annotate
from whosaid.ingest import parse_document
from whosaid.ingest.office import docx_text, odt_text

from .test_exports import NEXIS_UNI

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(*paragraphs: str, header: str = "") -> bytes:
    """A Word document whose body holds `paragraphs` (each a run's XML), and a header part."""
    body = "".join(f"<w:p><w:pPr><w:jc w:val='left'/></w:pPr>{p}</w:p>" for p in paragraphs)
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f"<w:document {_NS}><w:body>{body}<w:sectPr/></w:body></w:document>")
        archive.writestr("word/header1.xml", f"<w:hdr {_NS}><w:p><w:r><w:t>{header}</w:t></w:r></w:p></w:hdr>")
    return data.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


STORY = docx(run("Rank set to sell off film unit"),
             run("Leisure group Rank could sell its film unit.") + "<w:r><w:tab/></w:r>" + run("Caf&#233; owners met."),
             run("“We are looking at every option,” chief executive Mike Smith said.") + "<w:r><w:br/></w:r>"
             + run("“Nothing has been decided,” he added. A non") + "<w:r><w:noBreakHyphen/></w:r>" + run("stop day."),
             header="The Daily Bugle | Page 1")


def test_a_word_documents_body_is_read_as_its_paragraphs_not_its_header():
    assert docx_text(STORY) == (
        "Rank set to sell off film unit\n\nLeisure group Rank could sell its film unit.\tCafé owners met.\n\n"
        "“We are looking at every option,” chief executive Mike Smith said.\n“Nothing has been decided,” he added. "
        "A non-stop day.\n\n")


def test_nexis_unis_word_export_is_read_as_its_articles():
    exported = docx(*(run(p.replace("&", "&amp;")) for p in NEXIS_UNI.split("\n\n") if p.strip()))
    document = parse_document(exported, "export.docx")
    assert (document.title, document.author, str(document.published), len(document.paragraphs)) == (
        "Rank set to sell off film unit", "Jane Reporter", "2005-03-14", 4)


def _zip(name: str, content: str) -> bytes:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr(name, content)
    return data.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"plain words", "not a Word document (not a zip archive)"),
    (docx(run("x"))[:40], "not a Word document (not a zip archive)"),
    (_zip("content.xml", "<office/>"), "not a Word document (no word/document.xml)"),  # an OpenDocument file's
    (_zip("word/document.xml", "<w:document"), "not a Word document (its body is not well-formed XML)"),
])
def test_a_file_named_docx_that_is_none_is_refused_with_a_reason(data, reason):
    with pytest.raises(UnreadableFile) as err:
        parse_document(data, "story.docx")
    assert err.value.reason == reason


_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
ODT = _zip("content.xml", f"<office:document-content {_ODT_NS}><office:body><office:text>"
       "<text:h text:outline-level='1'>Trust opens new hospice</text:h>"
       "<text:p>The Example Trust opened its <text:span>new hospice</text:span> on Monday.<text:s text:c='2'/>"
       "It cost<text:tab/>£2m.<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>"
       "A footnote.</text:p></text:note-body></text:note></text:p>"
       "<text:list><text:list-item><text:p>“This is a proud day,” its director, Tom Fry, said.<text:line-break/>"
       "“She would have loved it,” he added.</text:p></text:list-item></text:list>"
       "</office:text></office:body></office:document-content>")


def test_an_opendocument_texts_paragraphs_are_read_without_its_notes():
    assert odt_text(ODT) == ("Trust opens new hospice\n\nThe Example Trust opened its new hospice on Monday.  It "
                             "cost\t£2m.\n\n“This is a proud day,” its director, Tom Fry, said.\n“She would have loved "
                             "it,” he added.\n\n")


@pytest.mark.parametrize("data, name, title, quotes", [
    (STORY, "story.docx", "Rank set to sell off film unit",
     [("We are looking at every option,", "Mike Smith"), ("Nothing has been decided,", "Mike Smith")]),
    (ODT, "story.odt", "Trust opens new hospice",
     [("This is a proud day,", "Tom Fry"), ("She would have loved it,", "Tom Fry")]),
])
def test_a_word_processors_documents_quotations_have_their_speakers(data, name, title, quotes):
    document = parse_document(data, name)
    assert document.title == title
    assert [(q.text, q.speaker) for p in annotate(document) for q in p.quotes] == quotes
