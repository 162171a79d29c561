"""HTML pages to articles: the main text's paragraphs, title and publication date (bs4).

1. Noise goes: scripts, styles, forms, navigation, footers, asides, hidden elements, and
   elements whose class/id/role says menu, share, related, cookie, comments, gallery… but only when they
   hold little of the page's paragraph text (a theme may call its content `sidebar_content`),
   and never an element that holds the densest text.
2. The main container is found by text density: each paragraph scores its parent by its length
   and its grandparent by half; the article is the lowest element holding every container that
   scores at least 30% of the best (an article in sections, a live blog's entries).
3. Each innermost block (paragraph, heading, list item, block quote, pre) and each div's own
   text is a paragraph, unless it is mostly links or a short share/subscribe/label line.

The tree is walked by hand rather than with bs4's find_all, which costs more than the parse.
"""
from __future__ import annotations

import re

from . import htmlmeta
from . import text as plain

BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt"))
_SCORED = frozenset(("p", "pre", "blockquote"))
_WEIGHED = frozenset(("p", "pre", "li", "blockquote"))
_ALWAYS_NOISE = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
                 "input", "textarea", "canvas", "object", "embed", "dialog", "nav", "footer", "aside",
                 "figcaption", "label", "menu")
_INLINE = frozenset(("a", "span", "b", "i", "em", "strong", "u", "small", "sub", "sup", "abbr", "cite", "q",
                     "mark", "code", "font", "br", "time", "s", "del", "ins",
                     "big", "tt", "strike", "acronym", "nobr", "wbr", "kbd", "var", "samp", "dfn", "bdi", "bdo",
                     "data", "blink"))  # old pages' and rarer phrases: words all the same
_HINTS = re.compile(
    r"(^|[-_ ])(nav|navbar|navigation|menu|footer|header|masthead|sidebar|aside|related|recommend\w*|"
    r"promo\w*|share|sharing|social|subscri\w*|newsletter|signup|sign-up|cookie\w*|consent|gdpr|banner|"
    r"advert\w*|ads?|sponsor\w*|comments?|breadcrumbs?|pagination|pager|popup|modal|widget|tags|"
    r"more-stories|outbrain|taboola|trending|most-popular|byline|author-bio|disclaimer|print-only|cta|"
    r"topics?|after-body|gallery|slideshow|carousel)($|[-_ ])",
    re.I)
_NOISE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "dialog"}
_BOILER_LINE = re.compile(
    r"^(share( this)?|follow us|subscribe|sign up|advertisement|read more|related|click here|"
    r"we use cookies|accept cookies|all rights reserved|©|copyright)\b", re.I)
_CALL_TO_ACTION = re.compile(r"\b(newsletter|sign(ing)? up|subscribe|unsubscribe)\b", re.I)
_LABEL = re.compile(r"^\W*(?:tags?|tagged|topics?|related topics|categor(?:y|ies)|filed under|posted in|keywords|"
                    r"share(?: this(?: article| story)?)?|guests)\s*:$", re.I)  # "Tagged:", "Share this:"; not a
# lead-in (`Stated Stone:`, `The measures are:`) or a list's heading (`Pros:`)
_SPACES = re.compile(r"\s+")
LIGHT = 0.25  # hinted elements holding less than this share of the page's paragraph text go
MIN_PARAGRAPH = 25  # characters for a paragraph to vote for its container
STRONG = 0.3  # containers scoring this share of the best one belong to the article


def parse(markup: str) -> tuple[dict, list[str]]:
    """({title, published, url, author, headings}, paragraphs) of an HTML page; `headings` are the
    paragraphs that are headings (`<h2>Rising costs</h2>`)."""
    soup = _soup(markup)
    meta = htmlmeta.read(soup)
    _drop_noise(soup)
    root = _main_container(soup)
    headings: set[str] = set()
    meta["headings"] = headings
    return meta, _paragraphs(root, headings) if root is not None else []


def holds_markup(text: str) -> bool:
    """Whether a story's text is HTML: it holds a block's or a phrase's tag (`<p>`, `<br/>`, `</em>`), not
    merely a `<` (`a <b> c` in prose is rare; `x < y > z` is not a tag)."""
    return _STORY_TAG.search(text) is not None


_STORY_TAG = re.compile(r"</?(?:p|div|br|hr|h[1-6]|blockquote|li|ul|ol|dl|dt|dd|pre|table|tr|td|th|span|a|em|strong|"
                        r"b|i|u|s|q|cite|code|sup|sub|small|font|center|figure|figcaption|img|picture|video|audio|"
                        r"iframe|embed|object|applet|script|style|noscript|meta|link|frameset|frame|blink|html|body|"
                        r"head|title)\b[^>]*>", re.I)  # also what a page embeds (`<iframe>`, `<script>`): no words
_DOCTYPE = re.compile(r"<!DOCTYPE[^>]*>", re.I)


def fragment(markup: str) -> tuple[set[str], list[str]]:
    """(headings, paragraphs) of a piece of a page that is all story (a feed item's): its blocks, and
    text between them or with no block at all (`A.<br><br>B.`), with noise gone but no container sought."""
    soup = _soup(f"<div>{_DOCTYPE.sub('', markup)}</div>")  # a whole page pasted in: no `html PUBLIC …` text
    _drop_noise(soup)
    headings: set[str] = set()
    return headings, _paragraphs(soup.find("div"), headings)


def _soup(markup: str):
    from bs4 import BeautifulSoup

    try:
        return BeautifulSoup(markup, "lxml", multi_valued_attributes=None)
    except Exception:  # lxml missing or refusing the input: the stdlib parser always answers
        return BeautifulSoup(markup, "html.parser", multi_valued_attributes=None)


def _tags(root):
    """Every element under `root`, in document order."""
    from bs4 import Tag

    return [t for t in root.descendants if isinstance(t, Tag)]


def _drop_noise(soup) -> None:
    """Noise tags go; hinted elements go when light, unless they hold the densest text."""
    from bs4 import Comment

    for tag in _tags(soup):
        if tag.name in _ALWAYS_NOISE and tag.parent is not None:
            tag.decompose()
    for comment in [s for s in soup.descendants if isinstance(s, Comment)]:
        comment.extract()
    weights = _weights(soup)
    best = _densest(_scores(soup))
    keep = {id(best)} | {id(a) for a in best.parents} if best is not None else set()
    total = weights.get(id(soup), 0) or 1
    doomed = [tag for tag in _tags(soup)
              if id(tag) not in keep and _looks_like_noise(tag) and weights.get(id(tag), 0) < LIGHT * total]
    for tag in doomed:
        if tag.parent is not None:
            tag.decompose()


def _looks_like_noise(tag) -> bool:
    if tag.name in ("html", "body", "article", "main") or tag.attrs is None:
        return False
    attrs = tag.attrs
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs or attrs.get("role") in _NOISE_ROLES:
        return True
    classes = attrs.get("class")
    hints = (" ".join(classes) if isinstance(classes, list) else str(classes or "")) + " " + str(attrs.get("id") or "")
    return tag.name == "header" or bool(_HINTS.search(hints))


def _weights(soup) -> dict[int, int]:
    """{id(element): length of the paragraph-like text inside it}."""
    weights: dict[int, int] = {}
    for tag in _tags(soup):
        if tag.name in _WEIGHED:
            length = len(tag.get_text())
            weights[id(tag)] = weights.get(id(tag), 0) + length
            for ancestor in tag.parents:
                weights[id(ancestor)] = weights.get(id(ancestor), 0) + length
    return weights


def _scores(soup) -> dict[int, list]:
    """{id(element): [score, element]}: paragraph text credited to parents and grandparents."""
    scores: dict[int, list] = {}
    for tag in _tags(soup):
        if tag.name in _SCORED:
            length = len(_SPACES.sub(" ", tag.get_text()).strip())
        elif tag.name == "div":
            length = len(_direct_text(tag).strip())
        else:
            continue
        if length < MIN_PARAGRAPH:
            continue
        parent = tag.parent
        for ancestor, share in ((parent, 1.0), (parent.parent if parent is not None else None, 0.5)):
            if ancestor is not None:
                scores.setdefault(id(ancestor), [0.0, ancestor])[0] += length * share
    return scores


def _densest(scores: dict[int, list]):
    return max(scores.values(), key=lambda pair: pair[0])[1] if scores else None


def _main_container(soup):
    scores = _scores(soup)
    if not scores:
        return soup.body or soup
    best_score = max(score for score, _ in scores.values())
    strong = [el for score, el in scores.values() if score >= STRONG * best_score]
    return _common_ancestor(strong)


def _common_ancestor(elements):
    chains = [[el] + list(el.parents) for el in elements]
    shared = set(map(id, chains[0]))
    for chain in chains[1:]:
        shared &= set(map(id, chain))
    return next(el for el in chains[0] if id(el) in shared)


def _direct_text(tag) -> str:
    """The text of a tag outside its block-level children."""
    parts = []
    for child in tag.children:
        name = getattr(child, "name", None)
        if name is None:
            parts.append(str(child))
        elif name in _INLINE:
            parts.append(_text(child))
    return " ".join(parts)


def _text(tag) -> str:
    """A tag's text as a browser runs it: an inline element (`<a>`, `<em>`) joins the words around it
    as they stand (`“<a>Michael Howard</a> is`, `<a>Trump</a>’s`), where bs4's `get_text(" ")` puts a
    space at every tag (`“ Michael Howard is`, `Trump ’s`); a `<br>`, any other element, and an
    element right after another (`<span>Sodium:</span><span>4</span>`, laid out apart by style) are
    a space; but not inside a word that an editor emphasised in two pieces (`<strong>a</strong><strong>nd
    automobiles</strong>`)."""
    parts = []
    element_before = None
    emphasised = ""  # the text of the element before, if an emphasis
    for child in tag.children:
        name = getattr(child, "name", None)
        if name is None:
            parts.append(str(child))
            element_before, emphasised = None, ""
            continue
        text = _text(child)
        if name in _EMPHASES and element_before == name and _one_word_across(emphasised, text):
            parts[-1] = parts[-1].rstrip(" ") + text
        elif name == "br" or name not in _INLINE or element_before:
            parts.append(f" {text} ")
        elif name == "q" and not _in_a_pull_quote(child):
            parts.append(f"“{text}”")  # the marks a browser puts around an inline quotation
        else:
            parts.append(text)
        element_before = name
        emphasised = text if name in _EMPHASES else ""
    return "".join(parts)


_EMPHASES = frozenset(("strong", "b", "em", "i"))


def _one_word_across(before: str, text: str) -> bool:
    """`before` ends on a letter and `text` goes on in lowercase: one word in two pieces."""
    return before[-1:].isalpha() and text[:1].islower()


def _paragraphs(root, headings: set[str]) -> list[str]:
    """The blocks' texts, in order; those of headings are added to `headings` too."""
    out: list[str] = []
    last_tag = None
    for tag, direct in _block_tags(root):
        block_quote = _quoted_block(tag)
        texts = _block_texts(tag, direct)
        signature = _closing_signature(tag) if block_quote and texts else ""
        if signature:
            texts[-1] = f"{texts[-1]} {signature}"  # `<blockquote><p>…</p>&mdash; Angela Rayner (@AngelaRayner) …`:
            # an embedded post signed after its last paragraph
        for text in texts:
            text = plain.quoted(text, plain.SIGNED) if block_quote else text  # a block quote's paragraph, signed
            # or not (`… accordingly. -Chinedum Okwudire`, `— Daniel Dale (@ddale8) December 30, 2019`)
            if out and last_tag == "p" == tag.name and _cut_sentence(out[-1], text):
                out[-1] = f"{out[-1]} {text}"  # `…of “kilos’ worth” of cocaine</p>…<p>and cannabis being…`
            elif not out or out[-1] != text:
                out.append(text)
                if tag.name in _HEADINGS:
                    headings.add(text)
            last_tag = tag.name
    return out


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _quoted_block(tag) -> bool:
    """A block inside a `<blockquote>` that quotes (an embedded post, a passage a writer quotes), not a
    pull quote."""
    quote = tag if tag.name == "blockquote" else tag.find_parent("blockquote")
    return quote is not None and not _in_a_pull_quote(quote)


def _closing_signature(tag) -> str:
    """The signature a block quote writes after its last block when `tag` is that block (`— Angela Rayner
    (@AngelaRayner) November 29, 2024`), else ""."""
    quote = tag.find_parent("blockquote")
    if quote is None or tag.parent is not quote:
        return ""
    after = []
    for sibling in tag.next_siblings:
        name = getattr(sibling, "name", None)
        if name in BLOCKS or name == "div":
            return ""  # not the last block: the signature, if any, is another's
        after.append(str(sibling) if name is None else _text(sibling) if name in _INLINE else "")
    text = _SPACES.sub(" ", " ".join(after)).strip()
    return text if plain.SIGNED.fullmatch(" " + text) else ""


def _in_a_pull_quote(tag) -> bool:
    """Inside an element whose class says pull quote: the story's own words, repeated large."""
    return any("pull" in str(t.attrs.get("class") or "").lower() for t in (tag, *tag.parents) if t.attrs is not None)


def _cut_sentence(previous: str, text: str) -> bool:
    """A page that cut one sentence into paragraphs (around an advert): the first stops on a word
    or a comma, the next opens in lowercase."""
    return (previous[-1].isalnum() or previous[-1] == ",") and text[0].islower()


def _block_tags(root) -> list[tuple[object, bool]]:
    """(tag, own_text_only) for each innermost block, and each div with text of its own, in order."""
    tags = [root] + _tags(root)
    has_block = {}
    for tag in reversed(tags):  # children come after their parents in document order
        inner = any(has_block.get(id(c), False) or getattr(c, "name", None) in BLOCKS or getattr(c, "name", None) == "div"
                    for c in tag.children)
        has_block[id(tag)] = inner
    out = []
    for tag in tags:
        if tag.name not in BLOCKS and tag.name != "div":
            continue
        if not has_block[id(tag)]:
            out.append((tag, False))
        elif tag.name == "div" and len(_direct_text(tag).strip()) >= MIN_PARAGRAPH:
            out.append((tag, True))
    return out


def _block_texts(tag, direct: bool = False) -> list[str]:
    if _link_density(tag) > 0.5 and len(tag.get_text()) < 300 and not _a_sentence_around_links(tag) \
            and not tag.get_text().strip().endswith(":") and not tag.get_text().lstrip().startswith(_DASHES):
        return []  # but `Reporter <a>Jomana Karadsheh</a> says:` announces what follows, `— <a>Bernie Sanders</a>.`
        # signs the one before
    if tag.name == "div":
        pieces = _split_at_breaks(tag)
    else:
        pieces = [_text(tag)]
    texts = []
    for piece in pieces:
        text = _SPACES.sub(" ", piece).strip()
        if text and not _boilerplate(text):
            texts.append(text)
    return texts


def _boilerplate(text: str) -> bool:
    """Short lines that sell, label or share rather than report."""
    return (len(text) < 120 and bool(_BOILER_LINE.match(text)) or len(text) < 160 and bool(_CALL_TO_ACTION.search(text))
            or bool(_LABEL.match(text)))


def _split_at_breaks(tag) -> list[str]:
    """A div's own text, cut at <br> and at its block children (whose text is taken elsewhere)."""
    parts, current = [], []
    for child in tag.children:
        name = getattr(child, "name", None)
        if name == "br" or name is not None and name not in _INLINE:
            parts.append("".join(current))
            current = []
        else:
            current.append(_text(child) if name else str(child))
    parts.append("".join(current))
    return parts


def _a_sentence_around_links(tag) -> bool:
    """`<a>Ruth Bader Ginsburg</a> regrets her insults of <a>Donald Trump</a>.`: mostly links, but a
    sentence, ended so, with four words or more of its own (not `Related: <a>…</a>`, `<a>Home</a>`)."""
    from bs4 import Tag

    text = tag.get_text().strip()
    linked = sum(len(a.get_text().split()) for a in tag.descendants if isinstance(a, Tag) and a.name == "a")
    return bool(text) and text[-1] in _SENTENCE_ENDS and len(text.split()) - linked >= 4


_SENTENCE_ENDS = ".!?\"”’)"
_DASHES = ("-", "–", "—", "―")


def _link_density(tag) -> float:
    text = len(tag.get_text(strip=True))
    if not text:
        return 0.0
    from bs4 import Tag

    links = sum(len(a.get_text(strip=True)) for a in tag.descendants if isinstance(a, Tag) and a.name == "a")
    return links / text
