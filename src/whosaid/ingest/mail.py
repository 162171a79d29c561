"""E-mail messages saved as files (.eml, .mbox): the subject, the date and the body a reader sees.

A story often reaches a newsroom by e-mail, and a mail program saves a message as its RFC 5322 source:
header lines, then a body that may be quoted-printable or base64, in any character set, plain text
or HTML or both (`multipart/alternative`). The standard library's parser reads it; the plain text is
preferred, as the sender wrote it, else the HTML.

A mailbox (.mbox: Thunderbird's folders, Google Takeout's export of a newsletter's label) holds many
messages, each opening on a `From ` line after a blank line (or at the file's start); a body line that
opened on `From ` was written `>From `, and one more `>` is taken off each such line (mboxrd's rule).
"""
from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser

from ..errors import UnreadableFile


def read(data: bytes, path: str = "") -> tuple[dict[str, str], str, bool]:
    """({title, published}, body, whether the body is HTML) of a message's bytes; UnreadableFile when
    they are no message."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        if not any(message[name] for name in ("from", "subject", "date")):
            raise UnreadableFile(path, "not an e-mail message (no From, Subject or Date header)")
        part = message.get_body(preferencelist=("plain", "html"))
        body = part.get_content() if part is not None else ""
    except (LookupError, ValueError, TypeError, AttributeError) as err:
        raise UnreadableFile(path, f"unreadable e-mail message ({type(err).__name__}: {err})") from None
    meta = {}
    subject = " ".join(str(message["subject"] or "").split())
    if subject:
        meta["title"] = subject
    sent = " ".join(str(message["date"] or "").split())
    if sent:
        meta["published"] = sent  # as written: `text.parse_date` reads an e-mail's dates
    return meta, body if isinstance(body, str) else "", part is not None and part.get_content_subtype() == "html"


def mailbox(data: bytes) -> list[bytes]:
    """The messages of a mailbox's bytes, in order, each without its `From ` line; none when the bytes do
    not open as a mailbox does."""
    if not is_mailbox(data):
        return []
    starts = [0] + [m.end() for m in _SEPARATOR.finditer(data)]
    return [_FROM_QUOTED.sub(rb"\1", data[start:end].partition(b"\n")[2])
            for start, end in zip(starts, starts[1:] + [len(data)])]


def is_mailbox(data: bytes) -> bool:
    """Whether the bytes open as a mailbox does: a `From ` line, then a header line."""
    return _MAILBOX_START.match(data) is not None


_FROM_LINE = rb"From \S+ +[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d[^\n]*\d{4}\r?\n[\x21-\x39\x3b-\x7e]+:"  # and a
# header: `From jane@example.org Mon Mar 14 10:02:00 2005`, `From - …`, `From 1628@xxx Sat Jan 01 00:00:00 +0000 2022`
_MAILBOX_START = re.compile(_FROM_LINE)
_SEPARATOR = re.compile(rb"\n\r?\n(?=" + _FROM_LINE + rb")")
_FROM_QUOTED = re.compile(rb"^>(>*From )", re.M)
