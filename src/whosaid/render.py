"""Results to output: terminal text with highlights, JSON, JSON lines, CSV. Imports models only.

Highlights arrive as character spans; markup is chosen here: ANSI bold yellow on a terminal,
`**word**` (Markdown bold) in plain text.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable

from .models import Hit, IndexInfo, IndexReport, Passage, SearchResult, Span

SNIPPET_CHARS = 320  # a paragraph up to this long is shown whole
CONTEXT_CHARS = 90  # characters kept on each side of a match in a long paragraph
MAX_FRAGMENTS = 3
PLAIN_MARK = ("**", "**")
ANSI_MARK = ("\x1b[1;33m", "\x1b[0m")
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"


def mark(text: str, spans: Iterable[Span], markup: tuple[str, str]) -> str:
    """`text` with every span wrapped in the markup's open and close strings."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < pos:
            continue
        out += [text[pos:span.start], markup[0], text[span.start:span.end], markup[1]]
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def snippet(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """The whole paragraph when short; else up to three fragments around matches joined by `…`.

    Returns the snippet and the spans shifted into it.
    """
    if len(text) <= SNIPPET_CHARS:
        return text, spans
    windows = _windows(text, spans)[:MAX_FRAGMENTS] if spans else [(0, _word_end(text, SNIPPET_CHARS))]
    out, shifted = "", []
    for start, end in windows:
        out += "… " if start > 0 or out else ""
        shifted += [Span(s.start - start + len(out), s.end - start + len(out))
                    for s in spans if start <= s.start and s.end <= end]
        out += text[start:end] + " "
    out = out.rstrip() + (" …" if windows[-1][1] < len(text) else "")
    return out, tuple(shifted)


def _windows(text: str, spans: tuple[Span, ...]) -> list[tuple[int, int]]:
    merged: list[list[int]] = []
    for s in sorted(spans, key=lambda s: s.start):
        start, end = _word_start(text, s.start - CONTEXT_CHARS), _word_end(text, s.end + CONTEXT_CHARS)
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _word_start(text: str, i: int) -> int:
    if i <= 0:
        return 0
    space = text.find(" ", i)
    return space + 1 if 0 <= space < i + 20 else i


def _word_end(text: str, i: int) -> int:
    if i >= len(text):
        return len(text)
    space = text.rfind(" ", 0, i)
    return space if space > i - 20 else i


def use_color(stream) -> bool:
    return stream.isatty() and not os.environ.get("NO_COLOR")


def display_path(path: str) -> str:
    """A path relative to the working directory when it lies below it, `shown`."""
    cwd = os.getcwd() + os.sep
    return shown(path[len(cwd):] if path.startswith(cwd) else path)


def shown(text: str) -> str:
    """`text` safe to print on a terminal, each control character (the ESC of an escape sequence that
    would recolour or retitle it, a carriage return, a line break inside a value) and each direction
    override (which would print what follows reversed) as `?`: one for one, so that spans still fit."""
    return _UNSHOWN.sub("?", text) if _UNSHOWN.search(text) else text


_UNSHOWN = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hits_text(result: SearchResult, color: bool) -> str:
    lines = [_summary(result), ""] if result.hits else [_none_shown(result)]
    if result.suggestion:
        lines.append(f"Did you mean: {shown(result.suggestion)}")
    for hit in result.hits:
        lines += _hit_lines(hit, color) + [""]
    for name, counts in result.facets.items():
        lines += [f"{name}:"] + [f"  {count:>6}  {shown(value)}" for value, count in counts] + [""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _none_shown(result: SearchResult) -> str:
    if not result.total:
        return "\n".join([f"No passages match {_asked(result)}.", *_filtered_out(result)])
    pages = -(-result.total // result.limit)
    return f"{_matching(result)}; page {result.page} is past the last ({pages})."


def _filtered_out(result: SearchResult) -> list[str]:
    """What the filters did to a search that matched nothing: `--speaker weinstien allows no passage.`,
    `Without the filters, 38 passages match 'tuition'.`"""
    lines = empty_filter_lines(result.empty_filters)
    if result.unfiltered:
        verb = "passage matches" if result.unfiltered == 1 else "passages match"
        lines.append(f"Without the filters, {result.unfiltered} {verb} {_asked(result)}.")
    return lines


def empty_filter_lines(options: tuple[str, ...]) -> list[str]:
    """`--since 2031-01-01 allows no passage in the index.`: a line for each filter that allows nothing."""
    return [f"{shown(option)} allows no passage in the index." for option in options]


def _summary(result: SearchResult) -> str:
    first = (result.page - 1) * result.limit + 1
    page = f", page {result.page}" if result.page > 1 else ""
    return f"{_matching(result)} (showing {first}–{first + len(result.hits) - 1}{page})"


def _matching(result: SearchResult) -> str:
    """`12 passages match 'retaliation'`."""
    verb = "passage matches" if result.total == 1 else "passages match"
    return f"{result.total} {verb} {_asked(result)}"


def _asked(result: SearchResult) -> str:
    """The query as the user wrote it, or, for a search with filters alone, `the filters`."""
    return repr(result.query) if result.query else "the filters"


def _hit_lines(hit: Hit, color: bool) -> list[str]:
    p = hit.passage
    markup = ANSI_MARK if color else PLAIN_MARK
    title = mark(_title(p), hit.title_highlights if p.title else (), markup)
    when = p.date.isoformat() if p.date else "undated"
    bold, dim, reset = (_BOLD, _DIM, _RESET) if color else ("", "", "")
    text, spans = snippet(shown(p.text), hit.highlights)
    lines = [f"{hit.rank}. {bold}{title}{reset} · ¶{p.para} · {when}{_byline(p)}"]
    if p.speakers:
        names = [mark(shown(name), hit.speaker_highlights[i] if i < len(hit.speaker_highlights) else (), markup)
                 for i, name in enumerate(p.speakers)]
        lines.append(f"   speaker: {'; '.join(names)}")
    lines.append(f"   {mark(text, spans, markup)}")
    lines.append(f"   {dim}{_place(p)}{reset}")
    lines += [f"   {dim}also at {display_path(path)}{reset}" for path in hit.also_at]
    return lines


def _title(p: Passage) -> str:
    """The passage's title, or its file's name where it has none."""
    return shown(p.title) if p.title else display_path(p.path).rsplit("/", 1)[-1]


def _byline(p: Passage) -> str:
    return f" · by {shown(p.author)}" if p.author else ""


def _place(p: Passage) -> str:
    """Where the passage is: its file, and the page's address where the article gives one."""
    return f"{display_path(p.path)} · {shown(p.url)}" if p.url else display_path(p.path)


def article_text(passages: list[Passage], focus: int | None, color: bool) -> str:
    """An article's paragraphs in full under its title, date, byline and place, each with its quotations
    (`passage_text`'s lines); the paragraph `focus` marked with `→`."""
    if not passages:
        return "No paragraphs.\n"
    bold, dim, reset = (_BOLD, _DIM, _RESET) if color else ("", "", "")
    head = next((p for p in passages if p.para == focus), passages[0])
    lines = [f"{bold}{_title(head)}{reset} · {head.published or 'undated'}{_byline(head)}",
             f"{dim}{_place(head)}{reset}", ""]
    for p in passages:
        when = f" · {p.date}" if p.date and p.date != p.published else ""
        lines.append(f"{'→' if p.para == focus else ' '} ¶{p.para}{when}  {shown(p.text)}")
        lines += ["  " + line for line in _quote_lines(p)]
    return "\n".join(lines) + "\n"


def article_json(passages: list[Passage], focus: int | None) -> str:
    out = {"para": focus, "passages": [p.to_dict() for p in passages]}
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def hits_json(result: SearchResult) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"


def hits_jsonl(result: SearchResult) -> str:
    return "".join(json.dumps(h.to_dict(), ensure_ascii=False) + "\n" for h in result.hits)


CSV_COLUMNS = ("rank", "score", "path", "para", "title", "date", "published", "author", "speakers", "text")


def hits_csv(result: SearchResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for h in result.hits:
        row = h.to_dict()
        writer.writerow([row["rank"], row["score"], row["path"], row["para"], row["title"] or "", row["date"] or "",
                         row["published"] or "", row["author"] or "", "; ".join(row["speakers"]), row["text"]])
    return buffer.getvalue()


def counts_text(counts: list[tuple[str, int]], label: str) -> str:
    """`  12  Harvey Weinstein` lines, most first."""
    if not counts:
        return f"No {label} found.\n"
    return "".join(f"{count:>6}  {shown(value)}\n" for value, count in counts)


def counts_json(counts: list[tuple[str, int]], key: str) -> str:
    return json.dumps([{key: value, "quotes": count} for value, count in counts], ensure_ascii=False, indent=2) + "\n"


def counts_csv(counts: list[tuple[str, int]], key: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow((key, "quotes"))
    writer.writerows(counts)
    return buffer.getvalue()


def info_text(info: IndexInfo) -> str:
    span = f"{info.first_date} to {info.last_date}" if info.first_date else "no dates"
    held = f" holding {info.articles} articles" if info.articles > info.documents else ""
    rows = [("index", info.index_dir), ("documents", f"{info.documents} (+{info.duplicates} duplicates){held}"),
            ("passages", info.passages), ("quotations", info.quotes), ("speakers", info.speakers),
            ("writers", info.writers),
            ("dates", span), ("size on disk", _size(info.size_bytes)), ("last update", info.updated or "never"),
            *((("built from" if i == 0 else "", path) for i, path in enumerate(info.built_from)))]
    return "".join(f"{name:>13}  {shown(str(value))}\n" for name, value in rows)


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"


def passage_jsonl(passage: Passage) -> str:
    return json.dumps(passage.to_dict(), ensure_ascii=False) + "\n"


def passage_text(passage: Passage) -> str:
    """A paragraph's quotations, one a line: `speaker [mention, cue]: "quote"`, under its place, date and
    title (an article's in a file of several: a feed, a database's export)."""
    head = f"{display_path(passage.path)} ¶{passage.para} · {passage.date or 'undated'}"
    if passage.title:
        head += f" · {shown(passage.title)}"
    return "\n".join([head] + _quote_lines(passage)) + "\n"


def _quote_lines(passage: Passage) -> list[str]:
    """`  speaker [mention, cue]: “quote”`, a line each."""
    return [shown(f"  {q.speaker or '(unknown)'} [{q.speaker_mention or '-'}, {q.cue or '-'}]: “{q.text}”")
            for q in passage.quotes]


def quoted_passage_text(passage: Passage) -> str:
    """`passage_text` for a paragraph with quotations; nothing for one without."""
    return passage_text(passage) if passage.quotes else ""


def report_line(report: IndexReport) -> str:
    """The one-line summary of an indexing run."""
    plural = lambda n, word: f"{n} {word}{'' if n == 1 else 's'}"  # noqa: E731
    held = f" holding {plural(report.articles, 'article')}" if report.articles > report.documents else ""
    line = (f"Indexed {plural(report.documents, 'document')} ({report.added} new, {report.updated} updated){held}, "
            f"{plural(report.passages, 'paragraph')}, {plural(report.quotes, 'quote')}")
    extras = [f"{n} {word}" for n, word in ((report.unchanged, "unchanged"), (report.removed, "removed"),
                                             (report.duplicates, "duplicate" + ("s" if report.duplicates != 1 else "")),
                                             (len(report.skipped), "skipped")) if n]
    if report.passed_over:
        extras.append(passed_over(report.passed_over))
    line += ("; " + ", ".join(extras) if extras else "") + f" in {report.seconds:.2f} s"
    if report.upgraded_from is not None:
        line = f"Rebuilt the index another version of whosaid wrote (schema {report.upgraded_from}). " + line
    return line


def report_json(report: IndexReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def passed_over(counts: dict[str, int]) -> str:
    """`3 files of other kinds passed over (2 .pdf, 1 .doc)`: most first, at most five kinds."""
    kinds = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    shown_kinds = ", ".join(f"{n} {shown(kind)}" for kind, n in kinds[:5]) + (", …" if len(kinds) > 5 else "")
    total = sum(counts.values())
    return f"{total} file{'' if total == 1 else 's'} of other kinds passed over ({shown_kinds})"
