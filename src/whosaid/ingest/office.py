"""Word processors' documents to plain text: the body's paragraphs, a blank line after each.

A Word document (.docx) is a zip archive whose `word/document.xml` holds the body: paragraphs (`w:p`)
of runs (`w:r`) of text (`w:t`), tabs (`w:tab`), line breaks (`w:br`, `w:cr`) and hyphens Word keeps
apart (`w:noBreakHyphen`, `w:softHyphen`). An OpenDocument text (.odt, LibreOffice's) is one whose
`content.xml` holds paragraphs and headings (`text:p`, `text:h`) of text and spans, runs of spaces
(`text:s`), tabs and line breaks, and notes (`text:note`), whose text is no part of the paragraph.
Headers, footers, footnotes and comments are no part of the story. Nexis Uni exports articles as .docx
by default.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ..errors import UnreadableFile

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_MOST_XML = 64 * 1024 * 1024  # a body larger than this once unpacked is no article (a zip bomb's)


def docx_text(data: bytes, path: str = "") -> str:
    """The text of a .docx file's body; UnreadableFile when it is no Word document."""
    body = _part(data, path, "word/document.xml", "Word document")
    return "".join(_word_paragraph(p) + "\n\n" for p in body.iter(f"{_W}p"))


def odt_text(data: bytes, path: str = "") -> str:
    """The text of an .odt file's body; UnreadableFile when it is no OpenDocument text."""
    body = _part(data, path, "content.xml", "OpenDocument text")
    return "".join(_open_text(p) + "\n\n" for p in _open_paragraphs(body))


def _part(data: bytes, path: str, name: str, kind: str) -> ElementTree.Element:
    """The XML root of the archive's part `name`; UnreadableFile, saying it is no `kind`, when it has none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(name)
            if info.file_size > _MOST_XML:
                raise UnreadableFile(path, f"{kind}'s text is too large")
            return ElementTree.fromstring(archive.read(info))
    except KeyError:
        raise UnreadableFile(path, f"not a {kind} (no {name})") from None
    except ElementTree.ParseError:
        raise UnreadableFile(path, f"not a {kind} (its body is not well-formed XML)") from None
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError):
        raise UnreadableFile(path, f"not a {kind} (not a zip archive)") from None


def _word_paragraph(paragraph: ElementTree.Element) -> str:
    """A Word paragraph's text: its runs' text, tabs and breaks, not a nested paragraph's (a text box's,
    which `iter` reaches on its own)."""
    parts = []
    for element in _own(paragraph, f"{_W}p"):
        tag = element.tag
        if tag == f"{_W}t":
            parts.append(element.text or "")
        elif tag in _WORD_CHARACTERS:
            parts.append(_WORD_CHARACTERS[tag])
    return "".join(parts)


def _own(paragraph: ElementTree.Element, tag: str):
    """The paragraph's elements, depth first, without those of paragraphs (`tag`) inside it."""
    for child in paragraph:
        if child.tag == tag:
            continue
        yield child
        yield from _own(child, tag)


def _open_paragraphs(element: ElementTree.Element):
    """The paragraphs and headings under `element`, in order, but not those of a note (a footnote's)."""
    for child in element:
        if child.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            yield child
        if child.tag != f"{_TEXT}note":
            yield from _open_paragraphs(child)


def _open_text(element: ElementTree.Element) -> str:
    """An OpenDocument paragraph's text: its own and its spans', with their spaces, tabs and breaks, but
    not a note's nor a nested paragraph's (a frame's, which `iter` reaches on its own)."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * int(child.get(f"{_TEXT}c", "1") or 1))
        elif tag in _OPEN_CHARACTERS:
            parts.append(_OPEN_CHARACTERS[tag])
        elif tag not in (f"{_TEXT}note", f"{_TEXT}p", f"{_TEXT}h") and not tag.endswith("}frame"):
            parts.append(_open_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_WORD_CHARACTERS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
                    f"{_W}softHyphen": "\u00ad"}
_OPEN_CHARACTERS = {f"{_TEXT}tab": "\t", f"{_TEXT}line-break": "\n", f"{_TEXT}soft-page-break": ""}
