"""E-mail messages saved as files (.eml): the subject, the date and the body a reader sees.

A story often reaches a newsroom by e-mail, and a mail program saves a message as its RFC 5322 source:
header lines, then a body that may be quoted-printable or base64, in any character set, plain text
or HTML or both (`multipart/alternative`). The standard library's parser reads it; the plain text is
preferred, as the sender wrote it, else the HTML.
"""
from __future__ import annotations

from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

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
    published = _sent(message["date"])
    if published:
        meta["published"] = published
    return meta, body if isinstance(body, str) else "", part is not None and part.get_content_subtype() == "html"


def _sent(value) -> str | None:
    try:
        return parsedate_to_datetime(str(value)).date().isoformat() if value else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
