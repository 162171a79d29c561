"""The command line: each command checks its options, makes one library call and renders it.

Exit status: 0 success; 1 an error (printed as one line, `Error: …`); 2 a usage error;
3 `index`/`extract` finished but skipped files it could not read (each named on stderr).
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import render
from .errors import WhosaidError
from .models import Filters, Skipped

EXIT_SKIPPED = 3
FORMATS = ("text", "json", "jsonl", "csv")


class WhosaidGroup(click.Group):
    """Turns any WhosaidError into `Error: <message>` and exit status 1, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except WhosaidError as err:
            raise click.ClickException(str(err)) from None


index_dir_option = click.option(
    "--index-dir", type=click.Path(file_okay=False, path_type=Path), default="index",
    envvar="WHOSAID_INDEX", show_default=True, show_envvar=True, help="Where the index lives.")


@click.group(cls=WhosaidGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="whosaid")
def cli():
    """Search news articles by what was said, who said it, and when.

    \b
    Example:
        whosaid index seeds/
        whosaid search "retaliation"
        whosaid search retaliation --speaker weinstein --format json
    """


@cli.command("index")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@index_dir_option
@click.option("--rebuild", is_flag=True, help="Start from an empty index instead of updating.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary line.")
def index_command(paths, index_dir, rebuild, quiet):
    """Index the articles under PATHS (default: seeds/).

    Reads .txt, .md, .html and .htm files, splits them into paragraphs, finds each
    paragraph's quotations, speakers and date, and adds them to the index. A re-run reads
    only new and changed files. Unreadable files are named on stderr and skipped (exit 3).

    \b
    Example:
        whosaid index seeds/
        whosaid index ~/articles --index-dir ~/articles.idx
        whosaid index seeds/ --rebuild
    """
    from .pipeline import index_paths

    paths = paths or (Path("seeds"),)
    with _progress(quiet) as progress:
        report = index_paths(paths, index_dir, rebuild=rebuild, progress=progress)
    _report_skipped(report.skipped)
    if not quiet:
        click.echo(render.report_line(report), err=True)
    if report.skipped:
        sys.exit(EXIT_SKIPPED)


@cli.command("search")
@click.argument("query")
@index_dir_option
@click.option("--speaker", "speakers", multiple=True, metavar="NAME",
              help="Only passages quoting this speaker (by word: `weinstein`). Repeatable.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Passages dated on or after YYYY-MM-DD.")
@click.option("--until", type=click.DateTime(formats=["%Y-%m-%d"]), help="Passages dated on or before YYYY-MM-DD.")
@click.option("--limit", "-n", type=click.IntRange(min=1), default=10, show_default=True, help="How many passages.")
@click.option("--format", "format_", type=click.Choice(FORMATS), default="text", show_default=True)
def search_command(query, index_dir, speakers, since, until, limit, format_):
    """Find the passages that best match QUERY, ranked, with matches highlighted.

    Matches in quotations and titles weigh more than matches in the body text; words
    are stemmed (`retaliate` finds `retaliation`). On a terminal, matches are bold; in
    plain text (a pipe, or NO_COLOR set) they are marked **like this**.

    \b
    Example:
        whosaid search "retaliation"
        whosaid search "sexual advance" --speaker weinstein
        whosaid search women --since 2017-10-01 --until 2017-10-31 --format json
    """
    from .store import search

    filters = Filters(speakers=speakers, since=since and since.date(), until=until and until.date())
    result = search(index_dir, query, filters, limit=limit)
    if format_ == "text":
        click.echo(render.hits_text(result, render.use_color(sys.stdout)), nl=False)
    else:
        click.echo(getattr(render, f"hits_{format_}")(result), nl=False)


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "format_", type=click.Choice(("text", "jsonl")), default="text", show_default=True)
@click.option("--all", "all_", is_flag=True, help="Text format: also paragraphs without quotations.")
def extract_command(paths, format_, all_):
    """Print what `index` would index, without an index: paragraphs, quotes, speakers, dates.

    `--format jsonl` prints one JSON object a paragraph: path, para, text, title,
    published, date, speakers and quotes (quote, start, end, speaker,
    speaker_mention, cue); `start`/`end` are offsets into `text`.

    \b
    Example:
        whosaid extract seeds/
        whosaid extract seeds/ --format jsonl | jq .quotes
    """
    from .pipeline import extract_paths

    skipped = []
    for item in extract_paths(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif format_ == "jsonl":
            click.echo(render.passage_jsonl(item), nl=False)
        elif item.quotes or all_:
            click.echo(render.passage_text(item), nl=False)
    _report_skipped(skipped)
    if skipped:
        sys.exit(EXIT_SKIPPED)


def _report_skipped(skipped: list[Skipped]) -> None:
    for item in skipped:
        click.echo(f"skipped: {item.path}: {item.reason}", err=True)


class _progress:
    """A progress bar on stderr while indexing, when stderr is a terminal and not --quiet."""

    def __init__(self, quiet: bool):
        self.enabled = not quiet and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        return self.update if self.enabled else None

    def update(self, done: int, total: int, nbytes: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Indexing", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.bar.update(1)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)


def main():
    cli(prog_name="whosaid")
