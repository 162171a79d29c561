"""Plain-text and Markdown articles: front matter, title and paragraphs.

Metadata convention: an optional front-matter block at the very top of the file,

    ---
    title: Cara Delevingne says Harvey Weinstein made inappropriate advances
    date: 2017-10-11
    url: https://example.com/article
    author: Jane Reporter
    ---

`key: value` lines between two `---` lines (YAML, as Jekyll and Hugo write them: a value may be
quoted, `"Trump: \"I will win\""` or `'Dan O''Brien'`, and `authors:` a list, `[A, B]` or one `- A`
line an item), or `key = value` lines between two `+++` lines (Hugo's TOML); `published` is a
synonym of `date`. The block is not part of the article's text. Without one, a short first line with
no closing punctuation is taken as the title; a byline or a dateline among the first paragraphs (`By
Jane Reporter, 3 March 2021`, `Published: March 3, 2021`) gives the author and the publication date,
and is metadata, not text; else a date in the file name (`2017-10-11-story.txt`) is the publication date.
"""
from __future__ import annotations

import re
from collections import Counter
from html import unescape
from datetime import date, datetime

from ..models import author_line
from .dates import find_date

_FRONT = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_TITLE_END = re.compile(r"[.,;:!?]['\"’”]?$")
_KEYS = {"title": "title", "date": "published", "published": "published", "url": "url",
         "author": "author", "authors": "author", "by": "author"}


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` (or `+++`) front matter from the body: ({key: value}, body)."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    assign = ":" if match.group(1) == "---" else "="
    meta: dict[str, list[str]] = {}
    listing = None  # the key whose list the next `- item` lines continue
    for line in match.group(2).splitlines():
        item = _LIST_ITEM.match(line)
        if item and listing:
            meta[listing].append(_scalar(item.group(1)))
            continue
        key, found, value = line.partition(assign)
        key, value = key.strip().lower(), value.strip()
        listing = None
        if not found or key not in _KEYS:
            continue
        if not value:
            listing = _KEYS[key]
            meta[listing] = []
        elif value[0] == "[" and value[-1] == "]":
            meta[_KEYS[key]] = [_scalar(v) for v in _FLOW_ITEM.findall(value[1:-1])]
        else:
            meta[_KEYS[key]] = [_scalar(value)]
    found = {key: [v for v in values if v] for key, values in meta.items()}
    return {key: author_line(values) if key == "author" else values[0]
            for key, values in found.items() if values}, text[match.end():]


_LIST_ITEM = re.compile(r"\s*-\s+(.+)")
_FLOW_ITEM = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*'|[^,\s][^,]*")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_ESCAPED = {"n": " ", "t": " ", "r": " ", "0": ""}


def _scalar(value: str) -> str:
    """A YAML or TOML value as text: `"…"` without its marks and escapes, `'…'` with `''` one mark."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return _ESCAPE.sub(lambda m: chr(int(m.group(1)[1:], 16)) if len(m.group(1)) == 5
                           else _ESCAPED.get(m.group(1), m.group(1)), value[1:-1]).strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    return value.strip("\"'")  # (a mark left open: the words)


def header_block(body: str) -> tuple[dict[str, str], str]:
    """An article whose first lines are `Key: value` metadata with no front matter's `---` around them, as
    scrapers and archives write them (`Title: …`, `Author: …`, `Date: 2025-02-14`, `Source: …`): ({title,
    author, published, url} as front matter gives them, the rest dropped), and the body without the block.
    Two such lines or more in a row open the text, one of them a title's, a date's, an author's or a link's, and
    a blank line or the text's end follows them (not a paragraph that opens `Note: …`)."""
    if _META_LINE.match(body.lstrip()) is None:
        return {}, body  # (most texts: no block, told without splitting the text)
    lines = body.lstrip("\n").split("\n", _HEADER_REACH + 1)
    end = 0
    while end < min(len(lines), _HEADER_REACH) and _META_LINE.fullmatch(lines[end].strip()):
        end += 1
    if end < 2 or end < len(lines) and lines[end].strip():
        return {}, body
    meta: dict[str, str] = {}
    for line in lines[:end]:
        key, _, value = line.partition(":")
        field = _META_KEYS.get(key.strip().lower())
        if field and value.strip():
            meta.setdefault(field, author_line([value.strip()]) if field == "author" else value.strip())
    return (meta, "\n".join(lines[end:])) if meta else ({}, body)


_META_KEYS = {"title": "title", "headline": "title", "author": "author", "authors": "author", "by": "author",
              "byline": "author", "date": "published", "published": "published", "pubdate": "published",
              "url": "url", "link": "url"}
_META_LINE = re.compile(r"(?i:title|headline|authors?|by|byline|date|published|pubdate|url|link|source|"
                        r"publication|section|category|tags|keywords|language|id|updated)[ \t]*:[ \t]*\S.*")


def forwarded_mail(body: str) -> tuple[dict[str, str], str]:
    """An article that came by e-mail, as it was sent: {title, published} from the message's header block
    at the top (`From:`, `Sent:`/`Date:`, `To:`, `Subject: Fwd: …`, after a `---------- Forwarded message
    ---------` line or not), which goes; and a reply's quoted text (`> …` lines under `On Mon, … Jane
    wrote:`) without its marks. The sender is no author of the article, and no one it speaks of."""
    meta: dict[str, str] = {}
    body = _unquoted(body)
    lines = body.split("\n", _HEADER_REACH * 4)  # the first lines, and the rest as it is
    block = _header_block(lines)
    if block is None:
        return meta, body
    start, end = block
    for line in lines[start:end]:
        name, _, value = line.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name == "subject" and without_reply_prefix(value):
            meta["title"] = without_reply_prefix(value)
        elif name in ("date", "sent") and find_date(value):
            meta["published"] = find_date(value)
    opens = start - 1 if start and _FORWARDED.fullmatch(lines[start - 1].strip()) else start
    return meta, "\n".join(lines[:opens] + lines[end:])


def without_reply_prefix(subject: str) -> str:
    """`Fwd: RE: Trust opens new hospice` -> `Trust opens new hospice`."""
    return _REPLY_PREFIX.sub("", subject)


def _header_block(lines: list[str]) -> tuple[int, int] | None:
    """Where a message's header block stands among a text's first lines: two header lines or more in a
    row, `From:` or `Subject:` among them."""
    for start in range(min(len(lines), _HEADER_REACH)):
        end = start
        while end < len(lines) and _MAIL_HEADER.match(lines[end]):
            end += 1
        names = {lines[n].split(":", 1)[0].strip().lower() for n in range(start, end)}
        if end - start >= 2 and names & {"from", "subject"}:
            return start, end
    return None


def _unquoted(body: str) -> str:
    """A text that is mostly a reply's quoted lines (`> `), without the marks, and without the line that
    says whose they are (`On Mon, Mar 14, 2005 at 10:02 AM Jane Doe <jane@example.org> wrote:`)."""
    if ">" not in body:
        return body
    lines = body.split("\n")
    filled = [line for line in lines if line.strip()]
    quoted = sum(1 for line in filled if line.lstrip().startswith(">"))
    if not filled or quoted * 10 < len(filled) * 6:
        return body
    return "\n".join(_QUOTE_MARK.sub("", line) for line in lines if not _WROTE.fullmatch(line.strip()))


_MAIL_HEADER = re.compile(r"(?:From|Sent|Date|To|Cc|CC|Bcc|Subject|Reply-To|Importance)[ \t]*:")
_FORWARDED = re.compile(r"-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:", re.I)
_REPLY_PREFIX = re.compile(r"^(?:(?:Fwd?|FW|Re|RE|AW|WG)\s*:\s*)+")
_WROTE = re.compile(r"On .{5,200} wrote:")
_QUOTE_MARK = re.compile(r"^[ \t]*> ?")
_HEADER_REACH = 12


def without_page_furniture(body: str) -> str:
    """A text exported from a paged document (`pdftotext`'s, its pages parted by form feeds, or by lines
    that number them) as one text: without the lines at a page's head or foot that number it (`3`, `Page
    3 of 12`, `- 3 -`, `BBC News | Page 3`) or that a page repeats (a running head, a publication's name),
    and with a paragraph that a page break cut in two whole again. Left in, they would stand as
    paragraphs between a quotation and its cue, or cut a quotation's sentence in two."""
    pages = body.split("\f") if "\f" in body else _pages_by_number(body)
    if len(pages) < 2:
        return body
    lines = [page.split("\n") for page in pages]
    edges = Counter(_furniture_key(page[n]) for page in lines for n in _edges(page))
    text = [_without_furniture(page, edges) for page in lines]
    width = _longest_but_a_few([line for page in text for line in page if line.strip()] or [""])
    blank_lines = any(not line.strip() for page in text for line in _inner(page))
    joined = _page_text(text[0])
    for page in map(_page_text, text[1:]):
        if joined and page:
            last = joined.rsplit("\n", 1)[-1]
            ends = len(last) < width - _WRAP_SLACK and _PARAGRAPH_END.search(last) and not page[0].islower()
            joined += "\n\n" if ends and blank_lines else "\n"
        joined += page
    return joined


def _pages_by_number(body: str) -> list[str]:
    """A text's pages where lines that number them part it: a line that names its page (`Page 3 of 12`,
    `BBC News | Page 3`), or bare numbers counting up (`2`, `- 3 -`); else the text as one page."""
    counted = _counting_up(list(_PAGE_NUMBER_LINE.finditer(body)), body)
    found = _PAGE_NAMING_LINE.finditer(body) if "page" in body or "Page" in body or "PAGE" in body else ()
    breaks = sorted({m.start(): m for m in [*found, *(counted if len(counted) >= 2 else ())]}.values(),
                    key=lambda m: m.start())
    pages, start = [], 0
    for line in breaks:
        pages.append(body[start:line.start()])
        start = line.end()
    return pages + [body[start:]]


def _counting_up(numbers: list[re.Match], body: str) -> list[re.Match]:
    """The lines of bare numbers one more or one less than the next or the last, each many lines apart:
    a page's folios, not a list's or a table's numbers."""
    def apart(first: re.Match, then: re.Match) -> bool:
        return _page_number(then) == _page_number(first) + 1 and \
            body.count("\n", first.end(), then.start()) >= _PAGE_LINES

    return [m for n, m in enumerate(numbers)
            if n > 0 and apart(numbers[n - 1], m) or n + 1 < len(numbers) and apart(m, numbers[n + 1])]


def _page_number(match: re.Match) -> int:
    return int(match["number"])


def _edges(page: list[str]) -> set[int]:
    """Where a page's first and last two lines with text stand: where a running head or a folio does."""
    filled = [n for n, line in enumerate(page) if line.strip()]
    return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])


def _without_furniture(page: list[str], edges: Counter) -> list[str]:
    """A page's lines without those at its edges that number it or that other pages' edges repeat."""
    at_edges = _edges(page)
    return [line for n, line in enumerate(page) if n not in at_edges or not _furniture(line.strip(), edges)]


def _furniture(line: str, edges: Counter) -> bool:
    """A line at a page's edge that other pages' edges repeat, or that numbers its page."""
    if len(line) > _FURNITURE_CHARACTERS:
        return False
    return edges[_furniture_key(line)] >= 2 or bool(_PAGED_LINE.search(line) or _FOLIO_LINE.fullmatch(line))


def _furniture_key(line: str) -> str:
    """A line as a running head repeats it, whatever the page's number."""
    return " ".join(_DIGITS.sub("#", line).lower().split())


def _inner(page: list[str]) -> list[str]:
    filled = [n for n, line in enumerate(page) if line.strip()]
    return page[filled[0]:filled[-1] + 1] if filled else []


def _page_text(page: list[str]) -> str:
    return "\n".join(_inner(page))


_FOLIO = r"[ \t]*(?:[Pp]age[ \t]+|[-–—][ \t]*)?(?P<number>\d{1,4})(?:[ \t]*(?:of|/)[ \t]*\d{1,4}|[ \t]*[-–—])?[ \t]*"
_FOLIO_LINE = re.compile(_FOLIO)
_PAGE_NUMBER_LINE = re.compile(rf"\n{_FOLIO}(?=\n|\Z)")  # (a newline first: the search looks for one, not at
# every line's start)
_PAGE_NAMING_LINE = re.compile(r"\n[^\n]{0,80}\b(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?[ \t]*(?=\n|\Z)")
_PAGED_LINE = re.compile(r"\b(?i:page)[ \t]+\d{1,4}(?:[ \t]+(?i:of)[ \t]+\d{1,4})?$")
_PARAGRAPH_END = re.compile(r"[.!?:][\"”’')\]]?$|[\"”]$")
_DIGITS = re.compile(r"\d+")
_EDGE_LINES = 2
_PAGE_LINES = 10
_FURNITURE_CHARACTERS = 100


def split_paragraphs(body: str, mend: bool = True) -> list[str]:
    """Blank-line separated paragraphs; in a text with no blank line, paragraphs that open on an
    indented line, or that end where a hard-wrapped text's line ends short of its width, or else one
    paragraph a line.

    The lines of a paragraph are joined with single spaces, and so are paragraphs that lost the
    markup of a word or two in a sentence: a fragment of up to four words that opens in lowercase
    after a paragraph with no closing punctuation goes on it, and so does the paragraph after it
    (`… Parry revealed Real Madrid` / `did` / `ask for an option …`). Not a longer paragraph that
    opens in lowercase, whose subject may be what was lost (`Russian` / `was back on form …`); nor
    anything unless `mend` (Markdown keeps its list items apart).
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINE.split(body) if _BLANK_LINE.search(body) else _line_blocks(body.split("\n"))
    paragraphs: list[str] = []
    fragment = False  # whether the last paragraph took a fragment in
    soft = _soft_hyphens(body) if "-\n" in body or "\u00ad\n" in body else frozenset()
    for p in (" ".join(_joined_at_hyphens(block, soft).split()) for block in blocks):  # runs of whitespace as one
        # space: split() is the regex `\s+`'s whitespace, several times faster
        if not p:
            continue
        broken = mend and len(paragraphs) > 1 and p[0].islower() and not _SENTENCE_CLOSE.search(paragraphs[-1])
        if broken and (fragment or len(p.split()) <= _FRAGMENT_WORDS):
            paragraphs[-1] += " " + p
            fragment = True
        else:
            paragraphs.append(p)
            fragment = False
    return paragraphs


def _joined_at_hyphens(block: str, soft: frozenset[tuple[str, str]]) -> str:
    """A block's lines joined where a wrapped line ends on a word's hyphen (`CBI director-` /
    `general Sir Digby Jones`, `Jean-` / `Pierre Garnier`): the hyphen stays, and no space; but not a
    hyphen that only broke a word at the line's end (`gov-` / `ernment`, one of `soft`'s pairs of
    parts, or a soft hyphen character), which goes."""
    if "-\n" not in block and "\u00ad\n" not in block:
        return block
    return _BROKEN.sub(lambda m: m[1] + ("" if (m[1].lower(), m[2].lower()) in soft else "-") + m[2],
                       _SOFT_HYPHEN_BREAK.sub("", block))


_BROKEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)")
_SOFT_HYPHEN_BREAK = re.compile(r"\u00ad[ \t]*\n[ \t]*")


def _soft_hyphens(body: str) -> frozenset[tuple[str, str]]:
    """The words a typeset text (a PDF's, justified) broke with a hyphen at a line's end, as the pairs of
    their parts in lowercase (`("gov", "ernment")`), told from compounds broken at their own hyphen
    (`director-` / `general`) by the text's other words: a word written whole elsewhere (`government`)
    was broken, a compound written whole elsewhere was not. In a text that breaks words so, as one
    does when a word is seen broken or when a twelfth of its lines or more end on a hyphen, so is
    each lowercase word with no such evidence, unless a part is shorter than typesetting leaves one
    (`e-` / `mail`, `clean-` / `up`) or the first is a prefix or a number that makes compounds
    (`self-` / `employed`, `twenty-` / `five`)."""
    breaks = [(m[1], m[2]) for m in _BROKEN.finditer(body)]
    if not breaks:
        return frozenset()
    words = _words_and_compounds(body)
    evidence = [_broken_word(left, right, words) for left, right in breaks]
    unknown = [(left, right) for (left, right), seen in zip(breaks, evidence) if seen is None and right[0].islower()
               and len(left) >= 2 and len(right) >= 3 and not _compound_part(left.lower(), right.lower())]
    lines = sum(1 for line in body.split("\n") if line.strip())
    breaking = True in evidence or len(unknown) >= _FEW_BREAKS and len(unknown) * _LINES_A_BREAK >= lines
    return frozenset((left.lower(), right.lower()) for (left, right), seen in zip(breaks, evidence) if seen) | \
        frozenset((left.lower(), right.lower()) for left, right in unknown if breaking or left[0].isupper())


def _words_and_compounds(body: str) -> set[str]:
    """A text's words in lowercase, hyphenated ones whole and as each two parts in a row
    (`voice-over-packet`: `voice-over`, `over-packet`)."""
    words = {w.lower() for w in _HYPHENATED_WORD.findall(body)}
    for word in [w for w in words if w.count("-") > 1]:
        parts = word.split("-")
        words.update(f"{a}-{b}" for a, b in zip(parts, parts[1:]))
    return words


def _broken_word(left: str, right: str, words: set[str]) -> bool | None:
    """Whether a text's other `words` (in lowercase) show a word broken at a line's end to be one word
    (`government` written whole) rather than a compound (`director-general` written whole); None when
    they show neither."""
    left, right = left.lower(), right.lower()
    whole, compound = left + right in words, f"{left}-{right}" in words
    return None if whole == compound else whole


def _compound_part(left: str, right: str) -> bool:
    """`self-` / `employed`, `twenty-` / `five`, `three-` / `year`: a prefix or a number that makes
    compounds, but not a number's own ending (`seven-` / `teen`, `seven-` / `ties`); an adverb
    (`highly-` / `regulated`); or a word that ends them (`long-` / `term`, `so-` / `called`)."""
    return left in _COMPOUNDING and not right.startswith(("teen", "ties")) or right in _COMPOUNDED \
        or left.endswith("ly")


_HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_FEW_BREAKS = 3
_LINES_A_BREAK = 12
_COMPOUNDING = frozenset("""
anti non self well semi co vice half all year first second third one two three four five six seven eight
nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred
""".split())
_COMPOUNDED = frozenset("""
term based known related called old led owned born run style language cutting making winning looking free level
scale class wide
""".split())


def _line_blocks(lines: list[str]) -> list[str]:
    """The paragraphs of a text with no blank line, each as its lines: in a text of short lines, where
    some are indented and some not, each indented line opens one (`    The firm, …` / `benefited from
    …`); where the lines are wrapped at a width, a line ends one when the next line's first word would
    have fitted on it; else each line is one (a line that opens on a space by chance among the long
    lines of a paragraph a line opens no paragraph of several)."""
    lines = [line.rstrip() for line in lines if line.strip()]
    if not lines or _longest_but_a_few(lines) > _WIDEST_WRAP:
        return lines
    indented = [line[:1] in (" ", "\t") for line in lines]
    if sum(indented) >= _FEW_LINES and not all(indented[1:]):
        return _grouped(lines, [n == 0 or indented[n] for n in range(len(lines))])
    width = _wrap_width(lines)
    if width is None:
        return lines
    return _grouped(lines, [n == 0 or len(lines[n - 1]) + 1 + len(lines[n].split(None, 1)[0]) <= width
                            for n in range(len(lines))])


def _grouped(lines: list[str], opens: list[bool]) -> list[str]:
    blocks: list[str] = []
    for line, first in zip(lines, opens):
        if first or not blocks:
            blocks.append(line)
        else:
            blocks[-1] += "\n" + line
    return blocks


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text's lines are wrapped at (`textwrap`'s 70, an editor's 72 or 80), when most of
    its lines end within a few characters of it; None for a text of a paragraph a line, whose lines'
    lengths spread."""
    if len(lines) < _FEW_LINES * 3:
        return None
    width = _longest_but_a_few(lines)
    full = sum(width - _WRAP_SLACK <= len(line) <= width for line in lines)
    return width if width <= _WIDEST_WRAP and full >= len(lines) // 2 else None


def _longest_but_a_few(lines: list[str]) -> int:
    """The length of the lines, but for the longest twentieth (a URL or a long word may stick out)."""
    return sorted(len(line) for line in lines)[len(lines) * 19 // 20]


_FEW_LINES = 2
_WRAP_SLACK = 12  # how far short of the width a wrapped line may end: the next word's length
_WIDEST_WRAP = 120


_FRAGMENT_WORDS = 4  # an emphasised word or two that lost its markup: `… Real Madrid` / `did` / `ask for …`


_SENTENCE_CLOSE = re.compile(r"[.!?:;,'\")\]”’…—-]$")


def without_related_links(paragraphs: list[str]) -> list[str]:
    """The paragraphs without a block of links to other stories that text copied from a page keeps: a
    label line (`More on this story`, `Related stories`, `Most read`) and the headlines after it
    (`Parties warned over 'grey vote'`), up to the first line that ends as a sentence does. Their
    quotations and names are other stories'."""
    out: list[str] = []
    links = 0  # how many more lines the block may hold
    for paragraph in paragraphs:
        if _LINKS_LABEL.fullmatch(paragraph.strip()):
            links = _MOST_LINKS
            continue
        if links and len(paragraph) <= _HEADLINE_LENGTH and not paragraph.rstrip().endswith(_PROSE_ENDS):
            links -= 1
            continue
        links = 0
        out.append(paragraph)
    return out


_LINKS_LABEL = re.compile(
    r"(?:more on this story|related (?:stories|links|articles|content|coverage|reading|news)|read more|"
    r"you (?:may|might) also like|recommended(?: (?:stories|for you|reading))?|most (?:read|popular|viewed|shared)|"
    r"top stories|trending(?: now)?|also in the news|elsewhere on the web|around the web|more stories|"
    r"latest stories|don['’]t miss|editor['’]s picks|more headlines|other stories)\s*:?", re.I)
_MOST_LINKS = 10
_HEADLINE_LENGTH = 150
_PROSE_ENDS = (".", ".\"", ".”", ".'", ".’", ":", ";", ",")


def unescaped(text: str) -> str:
    """A text copied with a page's character references left in (`&quot;We will win,&quot; she said`,
    `It&rsquo;s`, `&#8220;`), as a feed's or a CMS's export keeps them, with the characters they stand
    for. Only references closed by a semicolon: `AT&T`, `R&D` and `&nothing` stay as written."""
    if "&" not in text or _REFERENCE.search(text) is None:
        return text
    return _REFERENCE.sub(lambda m: unescape(m.group()), text)


_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def typeset_quotes(text: str) -> str:
    """A text that marks quotations as typewriters and treebanks do, with two backticks opening and two
    apostrophes closing (``We will win,'' she said), with curly marks instead."""
    if "``" not in text or "''" not in text:
        return text
    return _TWO_APOSTROPHES_CLOSING.sub("”", text.replace("``", "“"))


_TWO_APOSTROPHES_CLOSING = re.compile(r"(?<=\S)''(?!')")


def marked_posts(paragraphs: list[str]) -> list[str]:
    """The paragraphs with quotation marks around an embedded post's words, which a page shows as a
    box and text copied from it as words with no marks, signed by the writer's name, handle and date
    (`Iron Mike Tyson was not asked to speak … The media makes everything up!` ¶ `— Donald J. Trump
    (@realDonaldTrump) June 29, 2016`, or the signature at the words' end): the writer's quotation."""
    out = list(paragraphs)
    for n, paragraph in enumerate(out):
        signed = _POST_SIGNATURE.search(paragraph) if "(@" in paragraph else None
        if signed is not None and signed.start() > 0:
            out[n] = quoted(paragraph, _POST_SIGNATURE)
        elif signed is not None and n > 0:
            out[n - 1] = quoted(out[n - 1])
    return out


_POST_SIGNATURE = re.compile(r"\s*[-–—―]\s*[A-Z][^()\n]{0,60}\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}$")


def quoted(text: str, signature: re.Pattern | None = None) -> str:
    """A paragraph with the quotation marks a page shows by its layout alone (`“Trump has arrived at his
    golf club …”`), before the signature that `signature` finds closing it, which stays after the closing
    mark; as it is when it has double marks of its own."""
    if _DOUBLE_MARKS.search(text):
        return text
    signed = signature.search(text) if signature is not None else None
    words, signed_by = (text[:signed.start()], text[signed.start():]) if signed else (text, "")
    return f"“{words.strip()}”{signed_by}" if words.strip() else text


_DOUBLE_MARKS = re.compile(r'["“”„«»]')
SIGNED = re.compile(r"\s*[-–—―]\s*[A-Z][^.!?]{0,80}$")  # `-Chinedum Okwudire`, `— Brad Heath (@bradheath) …`


def interstitial(paragraph: str) -> bool:
    """`Advertisement`, `Continue reading the main story`, `READ MORE: Blair 'sorry' over Iraq`: a line a
    page puts between paragraphs (a link to another story), which copied text keeps; no part of the
    story, and it would part a quotation from the one that goes on from it, or bring in another's. So
    are a press release's end mark (`###`, `-30-`, `ENDS`) and its contact line (`Media contact: Jane
    Doe, 555-0100`), whose name is no one the release speaks of."""
    if len(paragraph) < _INTERSTITIAL_CHARACTERS and (paragraph.strip(" .:!-–—»›>").lower() in _INTERSTITIALS
                                                      or paragraph.strip().lower() in _END_MARKS):
        return True
    short = len(paragraph) < _LINK_LINE_CHARACTERS
    return short and bool(_LINK_LINE.match(paragraph) or _CONTACT_LINE.match(paragraph))


_INTERSTITIALS = {"advertisement", "advertisements", "ad", "advert", "sponsored", "continue reading",
                  "continue reading below", "continue reading the main story", "story continues below",
                  "story continues below advertisement", "article continues below", "article continues below advert",
                  "article continues below this ad", "skip advertisement", "scroll to continue",
                  "scroll down to continue", "scroll to continue with content", "continue reading after the ad",
                  "read more below"}
_END_MARKS = {"###", "# # #", "-30-", "- 30 -", "ends", "- ends -", "-ends-", "end", "-end-"}  # a press release's
_INTERSTITIAL_CHARACTERS = 50
_CONTACT_LINE = re.compile(r"(?i:(?:media|press|news)\s+)?(?:Contacts?|CONTACTS?)\s*:\s*\S")
_LINK_LINE = re.compile(r"(?i:read more|related|see also|more|also read|read also|recommended|watch|listen)\s*:\s*\S")
_LINK_LINE_CHARACTERS = 200


def guess_title(paragraphs: list[str]) -> str | None:
    """A short first paragraph with no closing punctuation, written in title case (`Dr. Ben
    Carson: Hillary Clinton ‘Not Fit To Serve As President.’`) or opening on a name and a colon
    (`Lewandowski: FBI director acted as 'judge and jury' on Clinton.`), reads as a headline."""
    if len(paragraphs) > 1 and len(paragraphs[0]) <= 150 and (
            not _TITLE_END.search(paragraphs[0]) or _title_case(paragraphs[0])
            or _LABELLED.match(paragraphs[0]) and _one_sentence(paragraphs[0]) or _headlinese(paragraphs[0])):
        return paragraphs[0]
    return None


_LABELLED = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}: \S")  # `Lewandowski: `, `Sen. Ted Cruz: `


def _headlinese(text: str) -> bool:
    """`Trump demands Ginsburg resign for criticizing him as unfit.`: one short sentence in the style
    of a headline (no article to open it, no auxiliary, no `said`), though a stop closes it; not a
    story's first sentence (`Gordon Brown has made an appeal …`, `The council voted …`)."""
    words = text.split()
    return len(words) <= _HEADLINE_WORDS and not _NOT_HEADLINESE.search(text) and _one_sentence(text) \
        and words[0].lower() not in ("the", "a", "an")


def _one_sentence(text: str) -> bool:
    """No sentence ends inside `text` (before its closing stop, if any)."""
    return not _NEXT_SENTENCE.search(text.rstrip(" .!?"))


_HEADLINE_WORDS = 16
_NOT_HEADLINESE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|been|be|said|says)\b", re.I)
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")


def _title_case(text: str) -> bool:
    """Most words, and every long one, capitalised: `These Are The People Missing In The Crash.`
    (the reader's own test: ingest imports no later stage)."""
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    return len(words) >= 3 and all(w[0].isupper() for w in words if len(w) > 3)


def separated_head(body: str) -> str:
    """A text whose headline, byline and dateline stand on lines of their own with no blank line between them
    (`Council tax to rise` / `Jane Smith, Local Democracy Reporter` / `14 February 2025`), and a plain text's
    headline underlined (`=====`), with those lines as paragraphs of their own and without the underline; else the
    text as it is (not a wrapped paragraph's lines, none of which is a byline, a dateline or an underline)."""
    body = body.lstrip("\n")
    end = body.find("\n\n")
    if "\n" not in body[:end if end >= 0 else len(body)].strip():
        return body  # (most texts: a headline alone on its first lines)
    block, blank, rest = body.partition("\n\n")
    lines = block.split("\n")
    if not 2 <= len(lines) <= _HEAD_LINES or not any(_a_head_line(line.strip(), n, lines)
                                                   for n, line in enumerate(lines[1:], 1)):
        return body
    head = [line for line in lines if line.strip() and not _UNDERLINE.fullmatch(line.strip())]
    return "\n\n".join(head) + blank + rest


def _a_head_line(line: str, n: int, lines: list[str]) -> bool:
    """Whether `line`, the `n`th of a text's first `lines`, is an underline, a byline or a dateline, or a byline's
    second line right under a headline (`Jane Smith, Local Democracy Reporter`)."""
    return bool(_UNDERLINE.fullmatch(line)) or len(line) <= _META_CHARACTERS and (
        _meta_line(line) is not None or n == 1 and _byline_second_line(line) and guess_title(lines[:2]) is not None)


_HEAD_LINES = 5  # lines of a head block: a headline, a byline and its second line, a dateline, an underline
_UNDERLINE = re.compile(r"={3,}|-{3,}")


def byline(paragraphs: list[str]) -> tuple[dict[str, str], list[str]]:
    """The author and publication date a byline or a dateline gives among the first paragraphs
    (`By Jane Reporter`, `By Jane Reporter, 3 March 2021`, `By Jane Reporter | Political editor`,
    `Published: March 3, 2021 10:02 EST`, `Tuesday 3 March 2021`), as front matter's keys, and the
    paragraphs without those lines, nor a line of a role or an outlet under a byline (`BBC News`). A
    sentence that opens on `By` (`By Tuesday, the council had voted.`) is text."""
    meta: dict[str, str] = {}
    kept = []
    after_byline = False
    for n, paragraph in enumerate(paragraphs):
        found = _meta_line(paragraph) if n < _META_PARAGRAPHS and len(paragraph) <= _META_CHARACTERS else None
        if found is None and after_byline and _byline_second_line(paragraph):
            found = {}  # `By Nick Robinson` / `Political Editor`, `By Jane Reporter` / `BBC News`: the byline's
            # second line
        after_byline = bool(found and "author" in found)
        if found is None:
            kept.append(paragraph)
            continue
        for key, value in found.items():
            meta.setdefault(key, value)
    return meta, kept


def _byline_second_line(paragraph: str) -> bool:
    """`BBC News`, `Political editor`, `Technology reporter, BBC News`: a line of six words or fewer
    that names a role or an outlet, each word capitalised or one of a writer's roles."""
    words = paragraph.replace(",", " ").split()
    return 0 < len(words) <= 6 and all(w[0].isupper() or w in _WRITERS_ROLES for w in words) \
        and paragraph[-1].isalnum()


_WRITERS_NOUNS = {"editor", "correspondent", "reporter", "writer", "columnist", "contributor", "journalist",
                  "presenter"}  # a writer's role that makes a name and a role line a byline
_WRITERS_ROLES = _WRITERS_NOUNS | {"staff", "producer", "analyst", "news", "political", "business", "economics",
                                   "health", "technology", "science", "sports", "and", "of", "for", "the", "&", "at",
                                   "in", "senior", "chief"}


def _meta_line(paragraph: str) -> dict[str, str] | None:
    """{author, published} from a byline, {published} from a dateline, else None."""
    by = _BYLINE.fullmatch(paragraph)
    if by and not _WHEN_WORDS.intersection(by.group("author").lower().split()):
        rest = by.group("rest") or ""
        published = find_date(rest) if rest else None
        if not rest or published or _ROLE_LINE.fullmatch(rest):
            return {"author": by.group("author"), **({"published": published} if published else {})}
        return None
    named = _NAMED_WRITER.fullmatch(paragraph) if "," in paragraph else None
    if named and _ROLE_LINE.fullmatch(named.group("role")) \
            and not _WRITERS_NOUNS.isdisjoint(named.group("role").lower().split()):
        return {"author": named.group("author")}  # `Jane Smith, Local Democracy Reporter`: a byline with no `By`
    if _RELEASE_LINE.fullmatch(paragraph):
        return {}  # `FOR IMMEDIATE RELEASE`, `Media contact: Jane Doe, 555-0100`: a press release's
    published = dateline_date(paragraph)
    return {"published": published} if published else None


def dateline_date(line: str) -> str | None:
    """The date a line of a date and words of when alone gives (`Tuesday 3 March 2021`, `Published: March
    3, 2021 10:02 EST`, `October 11, 2017 Wednesday`), as YYYY-MM-DD; None for any other line."""
    published = find_date(line)
    if published and all(w.lower() in _WHEN_WORDS for w in re.findall(r"[A-Za-z]+", line)):
        return published
    return None


_RELEASE_LINE = re.compile(r"(?i:for immediate release|(?:for release|embargoed)\b.*|(?:news|press|media) release"
                           r"|(?:(?:media|press|news)\s+)?contacts?\s*:.*)")
_META_PARAGRAPHS = 4  # a title, a standfirst, a byline, a dateline
_META_CHARACTERS = 120
_NAME_WORD = r"(?:[A-Z][\w.'’-]*|de|van|von|der|da|di|le|la)"
_BYLINE = re.compile(rf"(?:By|BY|by)\s+(?P<author>[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{0,3}}"
                     rf"(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{0,3}})*)"  # `, Political Editor`: no name
                     r"\s*(?:(?:[,|•·]|\s[-–—]\s?)\s*(?P<rest>.+))?")
_NAMED_WRITER = re.compile(rf"(?P<author>[A-Z][\w.'’-]*(?:\s+{_NAME_WORD}){{1,3}}),\s+(?P<role>.+)")

_ROLE_LINE = re.compile(r"(?:[A-Z][\w.'’-]*|and|of|for|the|&)(?:\s+(?:[A-Z][\w.'’-]*|and|of|for|the|&)){0,5}")
# `Political Correspondent`, `Editor of the Daily Bugle`: who the writer is, after their name
_WHEN_WORDS = {"published", "posted", "updated", "last", "on", "at", "am", "pm", "a", "p", "m", "gmt", "bst", "utc",
               "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "cet", "cest", "monday", "tuesday", "wednesday",
               "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
               "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
               "oct", "nov", "dec", "st", "nd", "rd", "th", "of"}


def parse_date(value: str | None) -> date | None:
    """An ISO date (`2017-10-11`, optionally with a time), an e-mail's or a feed's (RFC 822: `Mon, 14 Mar
    2005 10:02:00 GMT`, the date as written in its own zone; also `Sat Jun 03 10:00:00 +0000 2017`), a
    feed's looser forms (`Mon, 26 January 2004 16:31:00 ET`, `Thu, 01 Jan 2004`, `Mon, 13 Feb, 2012`,
    JavaScript's `Thu Aug 30 2012 17:26:16 +0200`), any date `dates.find_date` reads, or None; a year
    before 1000 or after 2999 is a placeholder, no date."""
    found = _parsed_date(value) if value else None
    return found if found is not None and _FIRST_YEAR <= found.year <= _LAST_YEAR else None  # not a placeholder:
    # `Thu, 01 Jan 0100`, `9999-12-31T23:59:59`


_FIRST_YEAR, _LAST_YEAR = 1000, 2999


def _parsed_date(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
    except ValueError:
        match = _NAME_DATE.search(value)
        if match:
            return _safe_date(*match.groups())
        return _mail_date(value) or _written_date(value)


def _written_date(value: str) -> date | None:
    found = find_date(value)
    return date.fromisoformat(found) if found else None


def _mail_date(value: str) -> date | None:
    if _RFC822.match(value) is None:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


_RFC822 = re.compile(r"\s*(?:[A-Z][a-z]{2},?\s*)?(?:\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2,4}"
                     r"|[A-Z][a-z]{2}\s+\d{1,2})\s+\d\d:\d\d")  # (or C's asctime, as Twitter's API writes it)


def date_from_name(name: str) -> date | None:
    match = _NAME_DATE.search(name)
    return _safe_date(*match.groups()) if match else None


def _safe_date(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None
