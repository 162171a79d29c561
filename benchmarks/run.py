#!/usr/bin/env python3
"""whosaid's benchmarks: one command that prints figures (never a pass/fail test).

    python benchmarks/run.py                 # every section whose data is at hand
    python benchmarks/run.py quotes html     # some sections
    python benchmarks/run.py --shared PATH   # where the evaluation material is (default ../shared)

Sections:
  quotes  quote extraction scored on the seed and PolNeAR dev (eval/score_quotes.py), also on a
          copy of dev's gold with its ''…'' quotations direct (see with_apostrophe_quotes_direct),
          and extraction speed on the BBC corpus (`whosaid extract … --format jsonl`); and how much of BBC's
          speech a copy with its double marks turned single still finds (see single_marked_copy)
  html    main text, title and date on 60 real pages (eval/score_html.py), and pages/s
  index   see benchmarks/indexing.py (issue 6)

Figures go to stdout as a table and to benchmarks/results/<section>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"


def whosaid_command() -> list[str]:
    found = shutil.which("whosaid")
    venv = ROOT / ".venv" / "bin" / "whosaid"
    return [str(venv)] if venv.exists() else [found] if found else [sys.executable, "-m", "whosaid"]


def scorer(shared: Path, script: str, *args: str) -> dict:
    out = RESULTS / f"_{script}.json"
    cmd = [sys.executable, str(shared / "eval" / script), *args,
           "--cmd", " ".join(whosaid_command()) + " extract --format jsonl", "--json", str(out)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=_env())
    return json.loads(out.read_text())


def _env() -> dict:
    env = dict(os.environ)
    env["PATH"] = str(ROOT / ".venv" / "bin") + os.pathsep + env.get("PATH", "")
    return env


def corpus_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def timed_extract(folder: Path, runs: int = 3) -> float:
    """Median wall seconds of `whosaid extract FOLDER --format jsonl > /dev/null`."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(whosaid_command() + ["extract", str(folder), "--format", "jsonl"], check=True,
                       stdout=subprocess.DEVNULL, env=_env())
        times.append(time.perf_counter() - started)
    return sorted(times)[len(times) // 2]


def section_quotes(shared: Path) -> dict:
    figures = {}
    for name in ("seed_gold", "polnear_dev"):
        data = shared / "quotes" / f"{name}.jsonl"
        if data.exists():
            figures[name] = scorer(shared, "score_quotes.py", "--data", str(data))
    dev = shared / "quotes" / "polnear_dev.jsonl"
    if dev.exists():
        relabelled = RESULTS / "_polnear_dev_apostrophes.jsonl"
        with_apostrophe_quotes_direct(dev, relabelled)
        figures["polnear_dev_apostrophes_direct"] = scorer(shared, "score_quotes.py", "--data", str(relabelled))
    bbc = shared / "corpora" / "bbc"
    if bbc.exists():
        seconds = timed_extract(bbc)
        figures["bbc_extract"] = {"mb": round(corpus_bytes(bbc) / 1e6, 2), "seconds": round(seconds, 2),
                                  "mb_per_s": round(corpus_bytes(bbc) / 1e6 / seconds, 2)}
        figures["bbc_single_marks"] = single_marked_copy(bbc)
    return figures


def single_marked_copy(corpus: Path) -> dict:
    """The corpus extracted as it is and with every double mark turned single (`"We…," he said` ->
    `‘We…,’ he said`, as some house styles write speech): how many of its quotations the single-marked
    copy still finds, and how many with the same speaker (per paragraph, quotations matched by speaker)."""
    copy = RESULTS / "_single_marked"
    shutil.rmtree(copy, ignore_errors=True)
    for path in corpus.rglob("*.txt"):
        target = copy / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(_SINGLE_CLOSE.sub("’", _SINGLE_OPEN.sub("‘", path.read_text(errors="replace"))))
    double, single = _speakers_by_paragraph(corpus), _speakers_by_paragraph(copy)
    shutil.rmtree(copy, ignore_errors=True)
    found = sum(min(len(single.get(key, [])), len(speakers)) for key, speakers in double.items())
    same = sum(sum(1 for s in set(speakers) for _ in range(min(speakers.count(s), single.get(key, []).count(s))))
               for key, speakers in double.items())
    total = sum(len(speakers) for speakers in double.values())
    return {"quotes_double_marked": total, "found_single_marked": found, "same_speaker": same,
            "found_ratio": round(found / total, 4) if total else None}


_SINGLE_OPEN = re.compile(r'(?:^|(?<=[\s(\[]))"(?=\S)', re.M)  # after a space or a bracket, before a word
_SINGLE_CLOSE = re.compile(r'"')  # every other mark closes: `enforcer".`, `fool,"` (a stop after it is no word)


def _speakers_by_paragraph(folder: Path) -> dict[tuple[str, int], list]:
    run = subprocess.run(whosaid_command() + ["extract", str(folder), "--format", "jsonl"], check=True,
                         capture_output=True, text=True, env=_env())
    found = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        if record["quotes"]:
            found[(Path(record["path"]).relative_to(folder).as_posix(), record["para"])] = [
                q["speaker"] for q in record["quotes"]]
    return found


def with_apostrophe_quotes_direct(source: Path, target: Path) -> None:
    """A copy of PolNeAR gold in which each quotation marked with two apostrophes (`''…''`: the New
    York Times archive's marks, whose attributions the gold labels indirect, so the scorer skips
    them) is also a direct quotation of the attribution whose content holds it, as a quotation
    between double marks would be: recognising those marks is then scored like recognising any."""
    with source.open() as lines, target.open("w") as out:
        for line in lines:
            record = json.loads(line)
            record["quotes"] += [quoted for span in _APOSTROPHE_QUOTED.finditer(record["text"])
                                 for quoted in _direct_copy(record["quotes"], span)]
            out.write(json.dumps(record) + "\n")


def _direct_copy(quotes: list[dict], span: re.Match) -> list[dict]:
    """The attribution whose content holds `span`, as a direct quotation of its words; none if no attribution does."""
    holder = next((q for q in quotes if q.get("kind") == "indirect" and q.get("quote_start") is not None
                   and q["quote_start"] < span.end() and span.start() < q["quote_end"]), None)
    return [{**holder, "kind": "direct", "quote": f'"{span.group(1)}"'}] if holder else []


_APOSTROPHE_QUOTED = re.compile(r"(?<!')''(?!')(.+?)(?<!')''(?!')")


def section_html(shared: Path) -> dict:
    pages = shared / "html"
    if not pages.exists():
        return {}
    figures = scorer(shared, "score_html.py", "--pages", str(pages))
    seconds = timed_extract(pages)
    count = len(list(pages.glob("*.htm*")))
    figures["pages_per_s"] = round(count / seconds, 1)
    return {"html": figures}


def print_table(section: str, figures: dict) -> None:
    print(f"\n## {section}")
    for name, values in figures.items():
        print(f"\n{name}")
        for key, value in values.items():
            print(f"  {key:28} {value}")


SECTIONS = {"quotes": section_quotes, "html": section_html}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"any of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not args.shared.exists():
        sys.exit(f"No evaluation material at {args.shared}; pass --shared PATH.")
    unknown = set(args.sections) - set(SECTIONS)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(SECTIONS)}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    for section in args.sections or list(SECTIONS):
        figures = SECTIONS[section](args.shared)
        (RESULTS / f"{section}.json").write_text(json.dumps(figures, indent=1))
        print_table(section, figures)


if __name__ == "__main__":
    main()
