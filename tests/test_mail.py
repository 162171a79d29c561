"""E-mail messages saved as .eml files."""
from datetime import date
from email.message import EmailMessage

import pytest

from whosaid import UnreadableFile, annotate
from whosaid.ingest import parse_document

_STORY = ("Trust opens new hospice\n\nThe Example Trust opened its new hospice on Monday.\n\n"
          "“This is a proud day,” its director, Tom Fry, said. “She would have loved it,” he added.\n")
_PAGE = ("<html><body><article><h1>Trust opens new hospice</h1><p>The Example Trust opened its new hospice on "
         "Monday.</p><p>“This is a proud day,” its director, Tom Fry, said. “She would have loved it,” he added.</p>"
         "</article></body></html>")


def message(plain: str | None, html: str | None) -> bytes:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"] = "Jane Doe <jane@example.org>", "desk@example.org", "Fwd: Hospice"
    mail["Date"] = "Mon, 14 Mar 2005 10:02:00 +0000"
    if plain is not None:
        mail.set_content(plain, cte="quoted-printable")
    if html is not None:
        (mail.add_alternative if plain is not None else mail.set_content)(html, subtype="html", cte="base64")
    return bytes(mail)


@pytest.mark.parametrize("plain, html", [(_STORY, _PAGE), (None, _PAGE)], ids=["plain-and-html", "html-only"])
def test_a_saved_e_mails_story_is_read_from_its_plain_text_else_its_html(plain, html):
    document = parse_document(message(plain, html), "story.eml")
    assert (document.title, document.published, document.paragraphs[1:]) == (
        "Trust opens new hospice", date(2005, 3, 14), ("The Example Trust opened its new hospice on Monday.",
                                                       "“This is a proud day,” its director, Tom Fry, said. “She "
                                                       "would have loved it,” he added."))
    assert [q.speaker for p in annotate(document) for q in p.quotes] == ["Tom Fry", "Tom Fry"]


def test_a_message_with_no_headline_takes_its_subject_as_title():
    document = parse_document(message("The Example Trust opened its new hospice on Monday, it said.\n", None),
                              "story.eml")
    assert (document.title, document.published) == ("Hospice", date(2005, 3, 14))


def test_a_file_named_eml_that_is_no_message_is_refused_with_a_reason():
    with pytest.raises(UnreadableFile) as err:
        parse_document(b"just some words\n", "story.eml")
    assert err.value.reason == "not an e-mail message (no From, Subject or Date header)"
