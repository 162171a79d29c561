"""The command line: each command checks its options, makes one library call and renders it.

Exit status: 0 success; 1 an error (printed as one line, `Error: …`); 2 a usage error;
3 `index`/`extract` finished but skipped files it could not read (each named on stderr).
"""
from __future__ import annotations

import functools
import gc
import itertools
import os
import sys
import time
from pathlib import Path

import click

from . import render
from .errors import WhosaidError
from .models import Filters, Skipped
from .periods import parse_period

EXIT_SKIPPED = 3
FORMATS = ("text", "json", "jsonl", "csv")
_finished = {"read_only": False,  # set when a read-only command has printed all it had to
             "writes_nothing": False}  # set while a command that writes no file (extract) runs


class WhosaidGroup(click.Group):
    """Turns any WhosaidError into `Error: <message>` and exit status 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WhosaidError as err:
            raise click.ClickException(render.shown(str(err))) from None
        except click.NoSuchOption as err:
            if err.ctx is None or err.ctx.command.name not in ("search", "speakers") or err.option_name[:2] == "--":
                raise
            raise click.UsageError(f"{err.format_message()} A query that starts with - (a word to exclude) goes after "
                                   f"--: whosaid {err.ctx.command.name} -- '-word other'.", err.ctx) from None
        except BrokenPipeError:
            raise _ClosedPipe from None  # (click would exit 1 on it)


class _ClosedPipe(Exception):
    """The reader of stdout went away (`whosaid extract … | head -1`): nothing more to write."""


class Period(click.ParamType):
    """YYYY, YYYY-MM or YYYY-MM-DD: `--since` takes its first day, `--until` its last."""

    name = "DATE"

    def __init__(self, end: bool):
        self.end = end

    def convert(self, value, param, ctx):
        try:
            return parse_period(value)[1 if self.end else 0]
        except ValueError as err:
            self.fail(str(err), param, ctx)


def read_only(command):
    """For a command that only reads the index and prints (search, speakers, info). Python's
    cyclic garbage collector stays off while it runs: a run this short frees nothing through it,
    yet each pass walks every object Whoosh's imports made. And once its output is out, `main`
    ends the process without the interpreter's teardown (12 ms of a 90 ms search on a 90 MB
    index): there is nothing left to close or write."""

    @functools.wraps(command)
    def run(*args, **kwargs):
        collecting = gc.isenabled()
        gc.disable()
        try:
            result = command(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()
        _finished["read_only"] = True
        return result

    return run


index_dir_option = click.option(
    "--index-dir", type=click.Path(file_okay=False, path_type=Path), default="index",
    envvar="WHOSAID_INDEX", show_default=True, show_envvar=True, help="Where the index lives.")


def filter_options(command):
    """--speaker, --author, --since, --until, --quotes-only, --source: shared by search and speakers,
    which receive them as one `filters` (a Filters)."""
    options = [
        click.option("--speaker", "speakers", multiple=True, metavar="NAME", shell_complete=_names_of("speaker"),
                     help="Only passages quoting this speaker, matched by word, case and accents ignored "
                          "(`weinstein` matches Harvey Weinstein and Harvey Weinstein's spokeswoman). Repeatable."),
        click.option("--author", "authors", multiple=True, metavar="NAME", shell_complete=_names_of("author"),
                     help="Only passages of articles this writer wrote (or co-wrote), matched by word as "
                          "--speaker is. Repeatable."),
        click.option("--since", type=Period(end=False), help="Passages dated on or after DATE (2017, 2017-10, 2017-10-11)."),
        click.option("--until", type=Period(end=True), help="Passages dated on or before DATE (2017, 2017-10, 2017-10-11)."),
        click.option("--quotes-only", is_flag=True,
                     help="Only passages with quotations, matching inside the quoted words (with --speaker, inside "
                          "that speaker's)."),
        click.option("--source", "sources", multiple=True, metavar="GLOB",
                     help="Only documents whose path or URL matches, e.g. 'bbc/politics/*' or '*nytimes.com*'. Repeatable."),
    ]

    @functools.wraps(command)
    def with_filters(**kwargs):
        filters = Filters(**{name: kwargs.pop(name) for name in _FILTER_NAMES})
        if filters.since and filters.until and filters.since > filters.until:
            raise click.BadParameter(f"{filters.since} is after --until's last day, {filters.until}.",
                                     param_hint="'--since'")
        return command(filters=filters, **kwargs)

    for option in reversed(options):
        with_filters = option(with_filters)
    return with_filters


_FILTER_NAMES = ("speakers", "authors", "since", "until", "quotes_only", "sources")


def _names_of(field: str):
    """A shell's completion of --speaker or --author: the words of the names in the index that start
    with what is typed (`--speaker wein<Tab>` -> `weinstein`); nothing where there is no index."""
    def complete(ctx, param, incomplete: str) -> list:
        from click.shell_completion import CompletionItem

        from .store import name_words

        try:
            index_dir = ctx.params.get("index_dir") or Path("index")
            return [CompletionItem(word) for word in name_words(index_dir, field, incomplete)]
        except (WhosaidError, OSError):
            return []
    return complete


@click.group(cls=WhosaidGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="whosaid")
def cli():
    """Search news articles by what was said, who said it, and when.

    \b
    Example:
        whosaid index seeds/
        whosaid search "retaliation"
        whosaid search retaliation --speaker weinstein --format json
        whosaid speakers retaliation
        whosaid show seeds/000_eeb03fb59dce04d5.txt#6
    """


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@index_dir_option
@click.option("--rebuild", is_flag=True, help="Start from an empty index instead of updating.")
@click.option("--no-prune", is_flag=True, help="Keep files that vanished from under the folders given.")
@click.option("--date", "default_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) of documents that give none; applies to files read in this run.")
@click.option("--max-size", type=click.IntRange(min=1), default=16, show_default=True, metavar="MB",
              help="Skip files larger than this many megabytes.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
@click.option("--format", "format_", type=click.Choice(("text", "json")), default="text", show_default=True,
              help="json: also print the run's counts, skipped files and files passed over on stdout.")
def index_command(paths, index_dir, rebuild, no_prune, default_date, max_size, quiet, format_):
    """Index the articles under PATHS (default: what the index was built from, or seeds/ for a new one).

    Reads .txt, .md, .html, .htm, .rtf, .docx, .odt and .eml files, captions (.vtt, .srt: a turn
    a paragraph, its speaker the one a voice tag or `>> NAME:` names), and files of many articles:
    mailboxes (.mbox), news feeds (.rss, .atom, .xml), datasets (.jsonl, .ndjson; .json when
    named) and web archives (.warc, .warc.gz). Splits them into paragraphs,
    finds each paragraph's quotations, speakers and date, and adds them to the index. A re-run is
    incremental: new and changed files are (re)indexed, unchanged files are not read,
    files gone from under the folders given are removed, and identical copies of an article
    are recorded once; an index another version of whosaid wrote is built again from all it
    was built from. Everything is committed at the end: an interrupted run leaves the
    previous index as it was. Unreadable files are named on stderr and skipped (exit 3).

    \b
    Example:
        whosaid index seeds/
        whosaid index ~/articles --index-dir ~/articles.idx
        whosaid index --index-dir ~/articles.idx        (again: only what changed)
        whosaid index seeds/ --rebuild
        whosaid index ~/clippings/2017-10 --date 2017-10-11
        whosaid index --quiet --format json | jq .documents
    """
    from .indexing import index_paths

    paths = paths or _indexed_before(index_dir) or _seeds()
    with _Progress(quiet) as progress:
        report = index_paths(paths, index_dir, rebuild=rebuild, prune=not no_prune, progress=progress,
                             default_date=default_date and default_date.date(), max_size=max_size * 1024 * 1024)
    _report_skipped(report.skipped)
    if not quiet:
        click.echo(render.report_line(report), err=True)
        if not (report.documents or report.unchanged or report.duplicates or report.skipped or report.removed):
            _no_articles(paths)
    if format_ == "json":
        click.echo(render.report_json(report), nl=False)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


def _indexed_before(index_dir: Path) -> tuple[Path, ...]:
    """What the index was built from, for `whosaid index` without PATHS; each that is gone is named
    (its articles stay in the index). An error when all are gone."""
    from .store import indexed_paths

    recorded = [Path(p) for p in indexed_paths(index_dir)]
    present = tuple(p for p in recorded if p.exists())
    for gone in (p for p in recorded if not p.exists()):
        click.echo(f"whosaid: {render.shown(str(gone))} is gone; its articles stay in the index "
                   "(--rebuild drops them).", err=True)
    if recorded and not present:
        raise click.UsageError(f"Nothing the index at {render.shown(str(index_dir))} was built from exists any "
                               "more; give PATHS.")
    return present


def _seeds() -> tuple[Path, ...]:
    """seeds/, the demo's articles, for `whosaid index` without PATHS on a new index."""
    if not Path("seeds").is_dir():
        raise click.UsageError("Give the folders or files to index (there is no seeds/ folder here to index).")
    return (Path("seeds"),)


SEARCH_HELP = """Find the passages that best match QUERY, ranked, with matches highlighted.

    \b
    Query language:
      retaliation            a word; stemmed, so it also finds retaliate, retaliated
      "second chance"        an exact phrase
      women AND NOT actress  AND, OR, NOT (in capitals); -word excludes, +word requires
      (fired OR terminated) weinstein
                             grouping; words side by side must all match
      retal*   wom?n         wildcards
      retalation~  ~2        fuzzy: words within 1 (or 2) letters
      speaker:weinstein  quote:advances  title:delevingne  text:hotel  author:smith
                             search one field; speaker:"harvey weinstein" by full name
      date:2017-10  date:[2017-10-01 TO 2017-10-11]  published:2017..2018
                             date ranges on the passage's date or the publication date

    Matches in quotations weigh more than matches in the text, matches in titles more
    still. On a terminal matches are bold; in plain text (a pipe, or NO_COLOR set)
    they are marked **like this**. When nothing matches, a close spelling is suggested,
    and each filter that alone allows no passage is named.

    Without QUERY, a filter lists every passage it allows, newest first (--sort date
    for oldest first): `whosaid search --speaker weinstein` is all he said, his
    quotations marked.

    \b
    Example:
        whosaid search "retaliation"
        whosaid search "sexual advance" --speaker weinstein
        whosaid search --speaker weinstein --since 2017-10
        whosaid search women --since 2017-10 --until 2017-10-31 --sort -date
        whosaid search 'speaker:delevingne (industry OR hollywood)' --format json
        whosaid search weinstein --per-doc 1 --facet speaker --limit 5 --page 2
        whosaid search budget --author "jane smith" --facet author
    """


@cli.command("search", help=SEARCH_HELP)
@click.argument("query", required=False, default="")
@index_dir_option
@filter_options
@click.option("--limit", "-n", type=click.IntRange(1, 1000), default=10, show_default=True, help="Passages a page.")
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="Which page of results.")
@click.option("--sort", type=click.Choice(("relevance", "date", "-date")), default="relevance", show_default=True,
              help="Best match first, oldest first, or newest first.")
@click.option("--per-doc", type=click.IntRange(min=1),
              help="At most N passages from one article (each of a feed's, a dataset's, an export's).")
@click.option("--facet", "facets", multiple=True, type=click.Choice(("speaker", "author", "date")),
              help="Add counts over all matches: quotations by speaker, passages by writer, or passages by "
                   "month. Repeatable.")
@click.option("--format", "format_", type=click.Choice(FORMATS), default="text", show_default=True)
@read_only
def search_command(query, index_dir, filters, limit, page, sort, per_doc, facets, format_):
    from .store import search

    result = search(index_dir, query, filters, limit=limit, page=page, sort=sort, per_doc=per_doc, facets=facets)
    if format_ == "text":
        click.echo(render.hits_text(result, render.use_color(sys.stdout)), nl=False)
    else:
        click.echo(getattr(render, f"hits_{format_}")(result), nl=False)


@cli.command("speakers")
@click.argument("query", required=False)
@index_dir_option
@filter_options
@click.option("--limit", "-n", type=click.IntRange(min=1), default=50, show_default=True, help="How many speakers.")
@click.option("--format", "format_", type=click.Choice(("text", "json", "csv")), default="text", show_default=True)
@read_only
def speakers_command(query, index_dir, filters, limit, format_):
    """List who is quoted, with their number of quotations, most quoted first.

    Without QUERY: the whole index. With QUERY (same language as `search`): the
    passages it matches, so "who talked about retaliation?" is one command. With
    --speaker, the speakers it matches alone (which Blairs, and how often).

    \b
    Example:
        whosaid speakers
        whosaid speakers retaliation
        whosaid speakers --since 2017-10 --format csv
        whosaid speakers --speaker blair
    """
    from .store import speakers as count_speakers

    counts = count_speakers(index_dir, query, filters)[:limit]
    if format_ == "text":
        click.echo(render.counts_text(counts, "speakers"), nl=False)
        if not counts and filters != Filters():
            _say_empty_filters(index_dir, filters)
    else:
        click.echo(getattr(render, f"counts_{format_}")(counts, "speaker"), nl=False)


def _say_empty_filters(index_dir: Path, filters) -> None:
    """After an empty listing: each filter that alone allows no passage (`--speaker weinstien`)."""
    from .store import empty_filters

    for line in render.empty_filter_lines(empty_filters(index_dir, filters)):
        click.echo(line)


@cli.command("show")
@click.argument("key", metavar="PATH[#PARA]", type=click.Path())  # (a shell completes it as a file)
@index_dir_option
@click.option("--context", "-C", type=click.IntRange(min=0), default=2, show_default=True, metavar="N",
              help="Paragraphs shown before and after PARA.")
@click.option("--format", "format_", type=click.Choice(("text", "json")), default="text", show_default=True)
@read_only
def show_command(key, index_dir, context, format_):
    """Print an indexed article's paragraphs in full, each with its quotations and speakers.

    PATH#PARA (the `key` of a search hit, or the file a hit names with its ¶)
    shows that paragraph, marked, with --context paragraphs on each side, to
    check a quotation against what surrounds it; PATH alone, the whole article.

    \b
    Example:
        whosaid show seeds/000_eeb03fb59dce04d5.txt#6
        whosaid show seeds/000_eeb03fb59dce04d5.txt -C 0 --format json
    """
    from .ingest import document_key
    from .store import passages_of

    path, para = _key(key)
    passages = passages_of(index_dir, document_key(Path(path)))
    if para is not None and not 1 <= para <= len(passages):
        raise click.BadParameter(f"{path} has {len(passages)} paragraphs; there is no ¶{para}.",
                                 param_hint="'PATH[#PARA]'")
    near = [p for p in passages if para is None or abs(p.para - para) <= context]
    if format_ == "text":
        click.echo(render.article_text(near, para, render.use_color(sys.stdout)), nl=False)
    else:
        click.echo(render.article_json(near, para), nl=False)


def _key(key: str) -> tuple[str, int | None]:
    """`seeds/a.txt#6` -> ("seeds/a.txt", 6); a path alone (which may hold a `#`) -> (path, None)."""
    path, mark, para = key.rpartition("#")
    path, para = (path, int(para)) if mark and para.isdigit() else (key, None)
    if not path:
        raise click.BadParameter(f"give the article's path{' before ' + key if key else ''}, as a search hit "
                                 "names it (seeds/a.txt#6).", param_hint="'PATH[#PARA]'")
    if Path(path).is_dir():
        raise click.BadParameter(f"{render.shown(path)} is a folder; give one of its articles.",
                                 param_hint="'PATH[#PARA]'")
    return path, para


@cli.command("info")
@index_dir_option
@click.option("--format", "format_", type=click.Choice(("text", "json")), default="text", show_default=True)
@read_only
def info_command(index_dir, format_):
    """Show what the index holds: documents, passages, quotations, speakers, dates, size.

    \b
    Example:
        whosaid info
        whosaid info --index-dir ~/articles.idx --format json
    """
    import json

    from .store import info

    facts = info(index_dir)
    click.echo(render.info_text(facts) if format_ == "text" else json.dumps(facts.to_dict(), indent=2), nl=False)
    if format_ == "json":
        click.echo()


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True, path_type=Path))
@click.option("--format", "format_", type=click.Choice(("text", "jsonl")), default="text", show_default=True)
@click.option("--all", "all_", is_flag=True, help="Text format: also paragraphs without quotations.")
@click.option("--date", "default_date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) of documents that give none.")
def extract_command(paths, format_, all_, default_date):
    """Print what `index` would index, without an index: paragraphs, quotes, speakers, dates.

    `--format jsonl` prints one JSON object a paragraph: path, para, text, title,
    published, date, speakers and quotes (quote, start, end, speaker,
    speaker_mention, cue); `start`/`end` are offsets into `text`. A PATH of `-`
    is standard input: one article, a page, a feed or a dataset, told by its first bytes.

    \b
    Example:
        whosaid extract seeds/
        whosaid extract seeds/ --format jsonl | jq .quotes
        curl -s https://example.com/story.html | whosaid extract -
    """
    from collections import Counter

    from .pipeline import render_paths, render_stdin

    _finished["writes_nothing"] = True
    if sum(str(p) == "-" for p in paths) > 1:
        raise click.BadParameter("standard input (-) can be given once.", param_hint="'PATHS...'")
    skipped = []
    passed_over: Counter = Counter()
    out = sys.stdout
    to_text = (render.passage_jsonl if format_ == "jsonl" else render.passage_text if all_
               else render.quoted_passage_text)
    day = default_date and default_date.date()
    items = itertools.chain.from_iterable(
        render_stdin(sys.stdin.buffer.read(), to_text, day) if is_stdin
        else render_paths(list(group), to_text, default_date=day, passed_over=passed_over)
        for is_stdin, group in itertools.groupby(paths, key=lambda p: str(p) == "-"))
    found = 0
    for found, item in enumerate(items, 1):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            out.write(item)
    out.flush()
    _report_skipped(skipped)
    if passed_over:
        click.echo(f"whosaid: {render.passed_over(passed_over)}.", err=True)
    if not found and "-" not in map(str, paths):
        _no_articles(paths)
    if skipped:
        sys.exit(EXIT_SKIPPED)


def _no_articles(paths) -> None:
    """Say that the paths hold no file whosaid reads: a run that found none is no success to keep quiet about."""
    click.echo(f"whosaid: no article files under {' '.join(render.shown(str(p)) for p in paths)} "
               "(whosaid reads .txt, .md, .html and the other kinds `whosaid index --help` lists).", err=True)


def _report_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        click.echo(render.shown(f"skipped: {item.path}: {item.reason}"), err=True)


class _Progress:
    """Files and MB/s on stderr while indexing, when stderr is a terminal and not --quiet."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.started = time.perf_counter()
        self.bar = None
        self.done = 0

    def __enter__(self):
        return self.update if self.enabled else None

    def update(self, done: int, total: int, nbytes: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Indexing", file=sys.stderr, show_pos=True,
                                         item_show_func=lambda rate: rate)
            self.bar.__enter__()
        rate = nbytes / 1e6 / max(time.perf_counter() - self.started, 1e-6)
        self.bar.update(done - self.done, f"{rate:.1f} MB/s")
        self.done = done

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


def main():
    """The console script: also quiet on a closed pipe (`whosaid search x | head -1`), and one
    line instead of a traceback for an unexpected error (WHOSAID_DEBUG=1 shows it)."""
    try:
        cli(prog_name="whosaid", standalone_mode=True)
    except SystemExit as done:
        if _finished["read_only"] and not done.code:
            _end_at_once()
        raise
    except (BrokenPipeError, _ClosedPipe):
        devnull = os.open(os.devnull, os.O_WRONLY)  # what is still buffered goes nowhere, without a second error
        os.dup2(devnull, sys.stdout.fileno())
        if _finished["writes_nothing"]:  # `whosaid extract … | head -1`: no teardown, which would wait on the
            from .parallel import abandon  # workers of a pool cut short
            abandon()
            _end_at_once()
        sys.exit(0)  # as `head` expects of what it cut short
    except Exception as err:  # a bug: say so in one line
        if os.environ.get("WHOSAID_DEBUG"):
            raise
        click.echo(f"Error: unexpected {type(err).__name__}: {render.shown(str(err))}. Please report it; "
                   "WHOSAID_DEBUG=1 shows the traceback.", err=True)
        sys.exit(1)


def _end_at_once() -> None:
    """Exit 0 now, once stdout and stderr are flushed: no interpreter teardown (see read_only)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(0)  # on a closed pipe too: quiet, as head expects
