"""E-mail messages saved as .eml files, and mailboxes (.mbox) of many."""
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


def _mailbox(*stories: tuple[str, str, str]) -> bytes:
    """An mbox file of one message a story (subject, date, body), a body line opening on `From ` quoted."""
    box = b""
    for subject, sent, body in stories:
        mail = EmailMessage()
        mail["From"], mail["Subject"], mail["Date"] = "The Daily Bugle <news@bugle.example>", subject, sent
        mail.set_content(body, cte="quoted-printable")
        box += b"From news@bugle.example Sat Jan  1 00:00:00 +0000 2022\n" + bytes(mail).replace(
            b"\nFrom ", b"\n>From ") + b"\n"
    return box


BOX = _mailbox(("Smith backs the budget", "Thu, 01 Jun 2017 10:00:00 +0000",
                "Smith backs the budget\n\nFinance minister John Smith spoke.\n\n“The budget is fair,” he said.\n\n"
                "From next week, taxes rise.\n"),
               ("Storm hits coast", "Fri, 02 Jun 2017 10:00:00 +0000",
                "Storm hits coast\n\n“We lost everything,” Smith told reporters.\n"))


def test_each_message_of_a_mailbox_is_an_article_of_its_own():
    document = parse_document(BOX, "Newsletters.mbox")
    assert [(a.title, a.published) for a in document.articles] == [
        ("Smith backs the budget", date(2017, 6, 1)), ("Storm hits coast", date(2017, 6, 2))]
    passages = annotate(document)
    assert [(p.para, q.speaker) for p in passages for q in p.quotes] == [(3, "John Smith"), (6, "Smith")]


def test_a_body_line_a_mailbox_quoted_for_opening_on_from_is_the_line_again():
    assert parse_document(BOX, "Newsletters.mbox").paragraphs[3] == "From next week, taxes rise."


def test_a_mailbox_without_a_suffix_named_on_the_command_line_is_read_as_one():
    assert [a.title for a in parse_document(BOX, "Inbox").articles] == ["Smith backs the budget", "Storm hits coast"]


def test_a_text_that_opens_on_from_is_no_mailbox():
    text = b"From our correspondent\nLondon: the budget is fair, Smith said.\n"
    assert parse_document(text, "story.txt").paragraphs == (
        "From our correspondent", "London: the budget is fair, Smith said.")


def test_a_message_of_a_mailbox_with_no_headers_of_a_message_is_passed_over():
    box = BOX + b"\nFrom - Sun Jan  2 00:00:00 2022\nX-Note: kept by the mail program\n\nNot a message.\n"
    assert [a.title for a in parse_document(box, "Newsletters.mbox").articles] == [
        "Smith backs the budget", "Storm hits coast"]


def test_a_file_named_mbox_with_no_message_is_refused_with_a_reason():
    with pytest.raises(UnreadableFile) as err:
        parse_document(b"just some words\n", "Newsletters.mbox")
    assert err.value.reason == "not a mailbox (no message opening on a `From ` line and its headers)"
