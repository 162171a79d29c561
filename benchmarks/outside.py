#!/usr/bin/env python3
"""whosaid read against other projects' published test material: figures, never a pass/fail test.

    python benchmarks/outside.py              # fetches the material from PyPI into benchmarks/results/outside
    python benchmarks/outside.py --offline    # only what is fetched already

Sections (each needs one package's source distribution, fetched with `pip download --no-binary`):
  feeds   feedparser 6.0.14's test feeds (tests/wellformed, illformed, entities, encoding: 2,242 files,
          RSS 0.9 to 2.0, RDF, Atom 0.3 and 1.0). Each file's `Expect:` line names what feedparser
          reads from its first entry; where it names a title, a link, an author or a story
          (description, summary, content) as a string, whosaid's first article is compared: the title,
          `url` and `author` as they stand, the story as its words (the expected HTML's text, with
          whitespace collapsed, found in whosaid's paragraphs). An entry whosaid keeps no article of (no
          title and no story) is the same where feedparser reads no words either (a sanitized `<script>`
          alone), and a miss otherwise (an author alone). Files feedparser reads only with an HTTP
          response's headers (`http_*`) are left out. Also: files read, files refused, and any failure; and
          runtests.py's date-parser cases (`date_tests`), whosaid's day against feedparser's (which is in UTC,
          where whosaid keeps the day as written in its own zone).
  dates   htmldate 1.11.0's unit tests (tests/unit_tests.py): every `find_date("<html>…")` whose expected
          value is written out, with the default options or `original_date=True` (the publication date,
          not the last update's); a test of `extensive_search=False` that expects no date is left out
          (whosaid always searches the whole page). whosaid reads each page as a file would be read.
  bylines trafilatura 2.3.1's metadata tests (tests/metadata_tests.py): the pages of `test_titles`,
          `test_author_from_meta`, `test_author_from_markup` and `test_dates` with the title, author or date
          each expects. Authors are compared as lists of names (theirs `A; B`, whosaid's `A and B`).
  pages   newspaper4k 0.9.6's test pages (tests/data/html with tests/data/metadata: 20 news pages, 17 of
          them with the expected main text): title, publication date and main text (the share of the
          expected paragraphs found, and the share of whosaid's text inside the expected text).

The material stays outside the repository (the feeds and pages belong to their authors).
"""
from __future__ import annotations

import argparse
import ast
import json
import re
import subprocess
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

from run import RESULTS, ROOT, _env, run_sections, whosaid_command

CACHE = RESULTS / "outside"
PACKAGES = {"feeds": "feedparser==6.0.14", "dates": "htmldate==1.11.0", "bylines": "trafilatura==2.3.1",
            "pages": "newspaper4k==0.9.6"}
_EXPECT = re.compile(r"^Expect:\s*(.*)$", re.M)
_FIELD = re.compile(r"entries\[0\]\[['\"](title|link|author|description|summary)['\"]\]\s*==\s*(u?(['\"]).*?(?<!\\)\3)")
_CONTENT = re.compile(r"entries\[0\]\[['\"]content['\"]\]\[0\]\[['\"]value['\"]\]\s*==\s*(u?(['\"]).*?(?<!\\)\2)")
_KEYS = {"title": "title", "link": "url", "author": "author"}


def fetched(package: str, offline: bool) -> Path | None:
    """The unpacked source distribution of `package` (`name==version`), fetched once."""
    name, version = package.split("==")
    unpacked = next(iter(sorted(CACHE.glob(f"{name}-{version}"))), None)
    if unpacked is not None or offline:
        return unpacked
    CACHE.mkdir(parents=True, exist_ok=True)
    run = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                          "--dest", str(CACHE), package], capture_output=True, text=True)
    archive = next(iter(CACHE.glob(f"{name}-{version}.tar.gz")), None)
    if run.returncode != 0 or archive is None:
        print(f"could not fetch {package} from PyPI: {run.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    with tarfile.open(archive) as tar:
        tar.extractall(CACHE, filter="data")
    return CACHE / f"{name}-{version}"


def extracted(target: Path) -> tuple[dict[str, list[dict]], list[str]]:
    """whosaid's records for every file under `target`, by path, and its stderr's lines."""
    run = subprocess.run(whosaid_command() + ["extract", str(target), "--format", "jsonl"],
                         capture_output=True, text=True, env=_env())
    records = defaultdict(list)
    for line in run.stdout.splitlines():
        record = json.loads(line)
        records[record["path"]].append(record)
    return records, run.stderr.splitlines()


def words(html: str) -> str:
    from bs4 import BeautifulSoup

    return squeezed(BeautifulSoup(html, "html.parser").get_text(" "))


def squeezed(text: str | None) -> str:
    return " ".join((text or "").split())


def section_feeds(offline: bool) -> dict:
    source = fetched(PACKAGES["feeds"], offline)
    if source is None:
        return {}
    tests = source / "tests"
    records, errors = extracted(tests)
    counts = Counter()
    for path in sorted(tests.rglob("*.xml")):
        counts["files"] += 1
        expected = _expectations(path)
        if not expected or path.name.startswith("http_"):
            continue
        articles = records.get(str(path), [])
        for key, want in expected:
            counts[key] += 1
            if articles:
                counts[f"{key}_same"] += _same(key, want, articles)
            else:  # no article: the same when feedparser reads nothing either (a sanitized `<script>` alone)
                counts["entry_with_no_article"] += 1
                counts[f"{key}_same"] += not (words(want) if key in ("title", "story") else want.strip())
    refused = [line for line in errors if line.startswith("skipped:")]
    figures = {"files": counts["files"], "files_read": len(records), "files_refused": len(refused),
               "failures": sum("failed on it" in line for line in refused),
               "expected_entries_with_no_article": counts["entry_with_no_article"]}
    for key in ("title", "link", "author", "story"):
        figures[f"{key}_same"] = f"{counts[f'{key}_same']}/{counts[key]}"
    cases = _feed_date_cases((tests / "runtests.py").read_text(encoding="utf-8"))
    ours = _in_project(_READ_DATES, [written for written, _ in cases])
    figures["date_parser_cases_same_day"] = f"{sum(o == want for o, (_, want) in zip(ours, cases))}/{len(cases)}"
    return {"feedparser_tests": figures}


_DATE_CASE = re.compile(r"\(\s*('(?:[^'\\]|\\.)*')\s*,\s*(None|\([^)]*\))\s*,?\s*\)")
_READ_DATES = """import json, sys
from whosaid.ingest.text import parse_date
for written in json.load(sys.stdin):
    found = parse_date(written)
    print(json.dumps(found.isoformat() if found else None))
"""


def _feed_date_cases(source: str) -> list[tuple[str, str | None]]:
    """(date as a feed writes it, the day feedparser reads, in UTC, or None) from runtests.py's `date_tests`."""
    block = source[source.index("date_tests = {"):source.index("def make_date_test")]
    out = []
    for written, parsed in _DATE_CASE.findall(block):
        written, parsed = ast.literal_eval(written), ast.literal_eval(parsed)
        if written:
            out.append((written, "%04d-%02d-%02d" % parsed[:3] if parsed else None))
    return out


def _expectations(path: Path) -> list[tuple[str, str]]:
    """(title | link | author | story, expected string) from a test feed's `Expect:` line."""
    head = path.read_text(encoding="utf-8", errors="replace")[:4000]
    line = _EXPECT.search(head)
    if line is None:
        return []
    found = [(key, literal) for key, literal, _ in _FIELD.findall(line.group(1))]
    found += [("content", literal) for literal, _ in _CONTENT.findall(line.group(1))]
    out = []
    for key, literal in found:
        try:
            value = ast.literal_eval(literal)
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, str):
            out.append((key if key in _KEYS else "story", value))
    return out


def _same(key: str, want: str, articles: list[dict]) -> bool:
    first = articles[0]
    if key in _KEYS:
        got = first[_KEYS[key]]
        return squeezed(got) == (words(want) if key == "title" and "<" in want else squeezed(want))
    expected = words(want)
    story = squeezed(" ".join(r["text"] for r in articles if r["title"] != first["title"] or r["text"] != r["title"]))
    return expected == story or (bool(expected) and expected in squeezed(" ".join(r["text"] for r in articles)))


def section_dates(offline: bool) -> dict:
    source = fetched(PACKAGES["dates"], offline)
    if source is None:
        return {}
    cases = _date_cases((source / "tests" / "unit_tests.py").read_text(encoding="utf-8"))
    got = [found["date"] for found in _read_pages([html for html, _ in cases])]
    same = sum(ours == want for ours, (_, want) in zip(got, cases))
    dated = [(ours, want) for ours, (_, want) in zip(got, cases) if want is not None]
    return {"htmldate_tests": {"pages": len(cases), "date_same": f"{same}/{len(cases)}",
                               "dated_pages_same": f"{sum(o == w for o, w in dated)}/{len(dated)}",
                               "undated_pages_left_undated": f"{same - sum(o == w for o, w in dated)}/"
                                                             f"{len(cases) - len(dated)}"}}


def _date_cases(source: str) -> list[tuple[str, str | None]]:
    """(page, expected date or None) of each `find_date("<literal>") == "YYYY-MM-DD"` (or `is None`) test."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Compare) and isinstance(node.left, ast.Call) and len(node.ops) == 1
                and getattr(node.left.func, "id", "") == "find_date" and isinstance(node.comparators[0], ast.Constant)
                and node.left.args and isinstance(node.left.args[0], ast.Constant)
                and isinstance(node.left.args[0].value, str)):
            continue
        options = {k.arg: getattr(k.value, "value", k.value) for k in node.left.keywords}
        want = node.comparators[0].value
        if set(options) - {"original_date", "extensive_search", "verbose"} or options.get("original_date") is False \
                or options.get("extensive_search") is False and want is None:
            continue
        out.append((node.left.args[0].value, want))
    return out


_READ_PAGES = """import json, sys
from whosaid.ingest import parse_document
for page in json.load(sys.stdin):
    doc = parse_document(page.encode(), "page.html")
    print(json.dumps({"title": doc.title, "author": doc.author,
                      "date": doc.published.isoformat() if doc.published else None}))
"""


def _read_pages(pages: list[str]) -> list[dict]:
    """whosaid's title, author and publication date of each page, read as an HTML file is."""
    return _in_project(_READ_PAGES, pages)


def _in_project(script: str, items: list[str]) -> list:
    """What `script`, run by the project's Python on `items` (as JSON on its stdin), prints: a JSON value a line."""
    venv = ROOT / ".venv" / "bin" / "python"
    run = subprocess.run([str(venv) if venv.exists() else sys.executable, "-c", script], input=json.dumps(items),
                         capture_output=True, text=True, check=True, env=_env())
    return [json.loads(line) for line in run.stdout.splitlines()]


_FIELDS = {"test_titles": "title", "test_author_from_meta": "author", "test_author_from_markup": "author",
           "test_dates": "date"}


def section_bylines(offline: bool) -> dict:
    source = fetched(PACKAGES["bylines"], offline)
    if source is None:
        return {}
    cases = _metadata_cases((source / "tests" / "metadata_tests.py").read_text(encoding="utf-8"))
    found = _read_pages([page for _, page, _ in cases])
    counts = Counter()
    for (field, _, want), ours in zip(cases, found):
        got = ours[field]
        if field == "author" and got and want:
            got, want = re.split(r", | and ", got), want.split("; ")
        counts[field] += 1
        counts[f"{field}_same"] += got == want
    return {"trafilatura_metadata_tests": {f"{field}_same": f"{counts[f'{field}_same']}/{counts[field]}"
                                           for field in ("title", "author", "date")}}


def _metadata_cases(source: str) -> list[tuple[str, str, str | None]]:
    """(title | author | date, page, expected) from the lists of (page, expected, …) tuples in the tests
    `_FIELDS` names; their pages are literals or f-strings of the test's literal `begin` and `end`."""
    out = []
    for function in ast.parse(source).body:
        if not isinstance(function, ast.FunctionDef) or function.name not in _FIELDS:
            continue
        names: dict[str, str] = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                _bind(node.targets[0], node.value, names)
            if isinstance(node, ast.List):
                for item in node.elts:
                    values = [_literal(e, names) for e in item.elts] if isinstance(item, ast.Tuple) else []
                    if len(values) >= 2 and isinstance(values[0], str) and (values[1] is None or isinstance(
                            values[1], str)) and values[2:] in ([], [False], [True]):
                        out.append((_FIELDS[function.name], values[0], values[1]))
    return out


def _bind(target, value, names: dict[str, str]) -> None:
    """`begin, end = "<html><head>", "</head>…"`: the literal strings a test names."""
    if isinstance(target, ast.Tuple) and isinstance(value, ast.Tuple):
        for t, v in zip(target.elts, value.elts):
            _bind(t, v, names)
    elif isinstance(target, ast.Name) and isinstance(_literal(value, names), str):
        names[target.id] = _literal(value, names)


def _literal(node, names: dict[str, str]):
    """A constant, or an f-string of named literal strings; `...` for anything else."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = [_literal(v.value if isinstance(v, ast.FormattedValue) else v, names) for v in node.values]
        return "".join(parts) if all(isinstance(p, str) for p in parts) else ...
    if isinstance(node, ast.Name):
        return names.get(node.id, ...)
    return ...


def section_pages(offline: bool) -> dict:
    source = fetched(PACKAGES["pages"], offline)
    if source is None:
        return {}
    data = source / "tests" / "data"
    metadata = {p.stem: json.loads(p.read_text()) for p in sorted((data / "metadata").glob("*.json"))}
    pages = [data / "html" / f"{stem}.html" for stem in metadata if (data / "html" / f"{stem}.html").exists()]
    folder = CACHE / "newspaper4k-pages"
    folder.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (folder / page.name).write_bytes(page.read_bytes())
    records, _ = extracted(folder)
    counts, found, kept = Counter(), [], []
    for page in pages:
        meta, ours = metadata[page.stem], records.get(str(folder / page.name), [])
        counts["pages"] += 1
        if meta.get("publish_date"):
            counts["dated"] += 1
            counts["date_same"] += bool(ours) and (ours[0]["published"] or "") == meta["publish_date"][:10]
        counts["title_same"] += bool(ours) and squeezed(ours[0]["title"]) == squeezed(meta.get("title"))
        if meta.get("text"):
            expected = [squeezed(p).lower() for p in meta["text"].split("\n") if p.strip()]
            text = squeezed(" ".join(r["text"] for r in ours)).lower()
            found.append(sum(p in text for p in expected) / len(expected))
            whole = squeezed(meta["text"]).lower()
            title = squeezed(ours[0]["title"]).lower() if ours else ""
            lengths = [(len(r["text"]), squeezed(r["text"]).lower() in whole or squeezed(r["text"]).lower() == title)
                       for r in ours]
            kept.append(sum(n for n, inside in lengths if inside) / max(1, sum(n for n, _ in lengths)))
    return {"newspaper4k_pages": {
        "pages": counts["pages"], "date_same": f"{counts['date_same']}/{counts['dated']}",
        "title_same_as_theirs": f"{counts['title_same']}/{counts['pages']}",
        "paragraphs_found_mean": round(sum(found) / max(1, len(found)), 3),
        "text_inside_theirs_mean": round(sum(kept) / max(1, len(kept)), 3),
        "pages_with_text": len(found)}}


SECTIONS = {"feeds": section_feeds, "dates": section_dates, "bylines": section_bylines, "pages": section_pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"any of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--offline", action="store_true", help="fetch nothing; use what is in " + str(CACHE))
    args = parser.parse_args()
    run_sections(parser, args.sections, SECTIONS, args.offline, prefix="outside_")


if __name__ == "__main__":
    main()
