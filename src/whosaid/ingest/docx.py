"""Word documents (.docx) to plain text: the body's paragraphs, a blank line after each.

A .docx file is a zip archive whose `word/document.xml` holds the body: paragraphs (`w:p`) of runs
(`w:r`) of text (`w:t`), tabs (`w:tab`), line breaks (`w:br`, `w:cr`) and hyphens Word keeps apart
(`w:noBreakHyphen`, `w:softHyphen`). Headers, footers, footnotes and comments live in other parts and
are no part of the story. Nexis Uni exports articles as .docx by default.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ..errors import UnreadableFile

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BODY_PART = "word/document.xml"
_MOST_XML = 64 * 1024 * 1024  # a body larger than this once unpacked is no article (a zip bomb's)


def to_text(data: bytes, path: str = "") -> str:
    """The text of a .docx file's body; UnreadableFile when it is no Word document."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_BODY_PART)
            if info.file_size > _MOST_XML:
                raise UnreadableFile(path, "Word document's text is too large")
            body = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError, OSError) as err:
        raise UnreadableFile(path, f"not a Word document ({_why(err)})") from None
    return "".join(_paragraph(p) + "\n\n" for p in body.iter(f"{_W}p"))


def _paragraph(paragraph: ElementTree.Element) -> str:
    """A paragraph's text: its runs' text, tabs and breaks, not a nested paragraph's (a text box's,
    which `iter` reaches on its own)."""
    parts = []
    for element in _own(paragraph):
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(element.text or "")
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{_W}softHyphen":
            parts.append("\u00ad")
    return "".join(parts)


def _own(paragraph: ElementTree.Element):
    """The paragraph's elements, depth first, without those of paragraphs inside it."""
    for child in paragraph:
        if child.tag == f"{_W}p":
            continue
        yield child
        yield from _own(child)


def _why(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"no {_BODY_PART}"
    if isinstance(err, ElementTree.ParseError):
        return "its body is not well-formed XML"
    return "not a zip archive"
