"""Markdown to plain paragraphs: the markup goes, the words stay."""
from __future__ import annotations

import re

from .text import SIGNED, quoted

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_QUOTE_BLOCK = re.compile(r"(?:^[ \t]{0,3}>.*(?:\n|$))+", re.M)  # lines opening on `>`, one after another
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)  # `> > ` of a quotation inside one
_BULLET = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\([^)]*\)")  # the text holds no bracket: `[U.S.[ force …, said [Benjamin](…)`
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*)(?=[^\s*])(.+?)(?<=[^\s*])\1(?![\w*])"
                       r"|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)")
# not inside a word: `f*** yourself`, `n****rs` are censored words
_CODE = re.compile(r"`([^`]*)`")
_RULE = re.compile(r"^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$", re.M)


def first_heading(markdown: str) -> str | None:
    match = _HEADING.search(markdown)
    return strip_inline(match.group(1)) if match else None


def headings(markdown: str) -> set[str]:
    """The text of each heading (`## Rising costs` -> `Rising costs`)."""
    return {" ".join(strip_inline(m.group(1)).split()) for m in _HEADING.finditer(_FENCE.sub("", markdown))}


def to_plain(markdown: str) -> str:
    """Markdown source to plain text, keeping blank lines between blocks.

    Headings and list items become blocks of their own.
    """
    text = _FENCE.sub("", markdown)
    text = _RULE.sub("", text)
    text = _HEADING.sub(lambda m: f"\n{m.group(1)}\n", text)
    text = _QUOTE_BLOCK.sub(_quoted_paragraphs, text)
    return strip_inline(_without_bullets(text))


def _quoted_paragraphs(block: re.Match) -> str:
    """A block quote's paragraphs, each in the quotation marks its `>` stood for (a statement a writer
    quotes, an embedded post), unless it has double marks of its own; a signature (`— Jane Doe`) stays
    after the closing mark."""
    paragraphs = re.split(r"\n[ \t]*\n", _QUOTE_MARKS.sub("", block.group()))
    return "\n" + "\n\n".join(quoted(" ".join(p.split()), SIGNED) for p in paragraphs if p.strip()) + "\n\n"


def _without_bullets(text: str) -> str:
    """Each list item a block of its own, its bullet gone; but a lone `- ` line, with no item
    before or after it, is a dash the writer typed (`- Bernie Sanders.`, signing the quotation
    above), not a list of one."""
    lines = text.split("\n")
    bullets = [_BULLET.match(line) for line in lines]
    for i, bullet in enumerate(bullets):
        if bullet and (not bullet.group().strip().startswith("-") or any(
                bullets[j] for j in (i - 1, i + 1) if 0 <= j < len(lines))):
            lines[i] = "\n" + lines[i][bullet.end():]
    return "\n".join(lines)


def strip_inline(text: str) -> str:
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    return _EMPHASIS.sub(lambda m: m.group(2) or m.group(4), text)
