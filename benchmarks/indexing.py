#!/usr/bin/env python3
"""Indexing and search speed: whosaid against plain Whoosh, SQLite FTS5 and ripgrep, in one run.

    python benchmarks/indexing.py [CORPUS] [--runs 3] [--scale 10] [--quick]

CORPUS defaults to ../shared/corpora/bbc. Prints a table and writes
benchmarks/results/indexing.json. Each figure is the median of --runs runs; compare ratios
measured in the same run, not absolute times across runs (the machines are shared and noisy).

- Indexing from empty: whosaid (extraction included), plain Whoosh (references.py), FTS5:
  wall seconds, MB/s, passages/s, peak RSS of the largest process, index size.
- Re-indexing: nothing changed; one new article; one changed article.
- Searching: 30 fixed queries in-process after opening the index once (top 10 with highlight
  spans); the `whosaid search` command from process start to exit, beside `rg -i -w` over
  the raw files and the plain-Whoosh search script.
- Scale: the same at --scale times the corpus (copies with distinct names and dates).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable

QUERIES = [  # single words, phrases, AND, a speaker filter, a date filter
    ("market", {}), ("tax", {}), ("economy", {}), ("election", {}), ("film", {}), ("music", {}),
    ("football", {}), ("internet", {}), ("oil", {}), ("profit", {}), ("government", {}), ("retaliation", {}),
    ('"prime minister"', {}), ('"interest rates"', {}), ('"world cup"', {}), ('"mobile phone"', {}),
    ('"general election"', {}), ("blair AND brown", {}), ("music AND download", {}),
    ("chelsea AND arsenal", {}), ("oil AND price", {}), ("microsoft AND software", {}),
    ("tax", {"speakers": ("brown",)}), ("election", {"speakers": ("blair",)}), ("film", {"speakers": ("spokesman",)}),
    ("economy", {"speakers": ("howard",)}), ("market", {"since": "2004-01-01"}), ("election", {"since": "2005-01-01"}),
    ("profit", {"until": "2004-12-31"}), ("minister", {"since": "2004-06-01", "until": "2005-12-31"}),
]
WORDS = [q for q, filters in QUERIES if not filters and " " not in q][:10]


def median(values):
    return statistics.median(values) if values else None


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else None


def run(cmd, **kwargs) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs)
    return time.perf_counter() - started


def peak_rss_mb(cmd) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the largest process) of a command run alone."""
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, *cmd], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def text_mb(corpus: Path) -> float:
    return sum(p.stat().st_size for p in corpus.rglob("*.txt")) / 1e6


def whosaid_cmd(*args) -> list[str]:
    return [PYTHON, "-m", "whosaid", *map(str, args)]


def bench_indexing(corpus: Path, work: Path, runs: int, passages: int) -> dict:
    mb = text_mb(corpus)
    systems = {
        "whosaid": lambda out: whosaid_cmd("index", corpus, "--index-dir", out, "--quiet"),
        "plain_whoosh": lambda out: [PYTHON, str(HERE / "references.py"), "whoosh-index", str(corpus), str(out)],
        "sqlite_fts5": lambda out: [PYTHON, str(HERE / "references.py"), "fts5-index", str(corpus), str(out)],
    }
    figures = {}
    for name, command in systems.items():
        times, rss, size = [], [], 0.0
        for n in range(runs):
            out = work / f"{name}-{n}"
            shutil.rmtree(out, ignore_errors=True)
            seconds, peak = peak_rss_mb(command(out))
            times.append(seconds)
            rss.append(peak)
            size = size_mb(out)
        seconds = median(times)
        figures[name] = {"seconds": round(seconds, 2), "mb_per_s": round(mb / seconds, 2),
                         "passages_per_s": round(passages / seconds), "peak_rss_mb": round(max(rss)),
                         "index_mb": round(size, 1), "index_to_text": round(size / mb, 2)}
    figures["ratio_whosaid_to_plain_whoosh"] = round(figures["whosaid"]["seconds"] / figures["plain_whoosh"]["seconds"], 2)
    return figures


def bench_reindexing(corpus: Path, work: Path, runs: int) -> dict:
    copy = work / "reindex-corpus"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(corpus, copy)
    index_dir = work / "reindex-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    run(whosaid_cmd("index", copy, "--index-dir", index_dir, "--quiet"))
    unchanged = [run(whosaid_cmd("index", copy, "--index-dir", index_dir, "--quiet")) for _ in range(runs)]
    new, changed = [], []
    first = sorted(copy.rglob("*.txt"))[0]
    for n in range(runs):
        (copy / f"new-{n}.txt").write_text(f'Fresh news {n}\n\n"We are delighted," said Jane Doe{n}.\n')
        new.append(run(whosaid_cmd("index", copy, "--index-dir", index_dir, "--quiet")))
        with first.open("a") as f:
            f.write(f'\n\n"One more thing," said John Roe{n}.\n')
        changed.append(run(whosaid_cmd("index", copy, "--index-dir", index_dir, "--quiet")))
    start = median([run([PYTHON, "-c", "import whosaid.cli"]) for _ in range(runs)])
    return {"nothing_changed_s": round(median(unchanged), 3), "one_new_article_s": round(median(new), 3),
            "one_changed_article_s": round(median(changed), 3), "process_start_s": round(start, 3)}


def bench_search(corpus: Path, work: Path, runs: int) -> dict:
    index_dir, plain_dir = work / "whosaid-0", work / "plain_whoosh-0"
    sys.path.insert(0, str(ROOT / "src"))
    from datetime import date

    import whosaid

    timings = []
    with whosaid.Index(index_dir) as index:
        for query, options in QUERIES:
            filters = whosaid.Filters(speakers=options.get("speakers", ()),
                                      since=date.fromisoformat(options["since"]) if "since" in options else None,
                                      until=date.fromisoformat(options["until"]) if "until" in options else None)
            index.search(query, filters)  # warm
            for _ in range(runs):
                started = time.perf_counter()
                index.search(query, filters)
                timings.append((time.perf_counter() - started) * 1000)
    cli = [run(whosaid_cmd("search", word, "--index-dir", index_dir, "--format", "json")) * 1000
           for word in WORDS for _ in range(runs)]
    plain = [run([PYTHON, str(HERE / "references.py"), "whoosh-search", str(plain_dir), word]) * 1000
             for word in WORDS for _ in range(runs)]
    figures = {"in_process_p50_ms": round(percentile(timings, 50), 2), "in_process_p95_ms": round(percentile(timings, 95), 2),
               "whosaid_search_p50_ms": round(percentile(cli, 50)), "whosaid_search_p95_ms": round(percentile(cli, 95)),
               "plain_whoosh_script_p50_ms": round(percentile(plain, 50)), "plain_whoosh_script_p95_ms": round(percentile(plain, 95))}
    if shutil.which("rg"):
        rg = [run(["rg", "-i", "-w", word, str(corpus)]) * 1000 for word in WORDS for _ in range(runs)]
        figures |= {"rg_p50_ms": round(percentile(rg, 50)), "rg_p95_ms": round(percentile(rg, 95))}
    return figures


def scaled_corpus(corpus: Path, work: Path, scale: int) -> Path:
    """`scale` copies of the corpus, each file with a front-matter date of its own."""
    out = work / f"corpus-x{scale}"
    if out.exists():
        return out
    for k in range(scale):
        for path in sorted(corpus.rglob("*.txt")):
            target = out / f"copy{k}" / path.relative_to(corpus)
            target.parent.mkdir(parents=True, exist_ok=True)
            body = path.read_bytes().decode("utf-8", errors="replace")
            target.write_text(f"---\ndate: {2000 + k}-06-{1 + k:02d}\n---\n{body}", encoding="utf-8")
    return out


def count_passages(corpus: Path) -> int:
    sys.path.insert(0, str(HERE))
    from references import paragraphs

    return sum(1 for _ in paragraphs(corpus))


def section(corpus: Path, work: Path, runs: int) -> dict:
    passages = count_passages(corpus)
    figures = {"corpus": str(corpus), "text_mb": round(text_mb(corpus), 2), "files": len(list(corpus.rglob("*.txt"))),
               "passages": passages}
    figures["indexing"] = bench_indexing(corpus, work, runs, passages)
    figures["reindexing"] = bench_reindexing(corpus, work, runs)
    figures["searching"] = bench_search(corpus, work, runs)
    return figures


def print_table(title: str, figures: dict) -> None:
    print(f"\n## {title}: {figures['files']} files, {figures['text_mb']} MB, {figures['passages']} passages")
    indexing = figures["indexing"]
    print(f"\n{'indexing from empty':22} {'seconds':>8} {'MB/s':>6} {'passages/s':>11} {'peak RSS MB':>12} {'index MB':>9} {'× text':>7}")
    for name in ("whosaid", "plain_whoosh", "sqlite_fts5"):
        row = indexing[name]
        print(f"{name:22} {row['seconds']:>8} {row['mb_per_s']:>6} {row['passages_per_s']:>11} {row['peak_rss_mb']:>12} "
              f"{row['index_mb']:>9} {row['index_to_text']:>7}")
    print(f"whosaid / plain Whoosh: {indexing['ratio_whosaid_to_plain_whoosh']}")
    print("\nre-indexing (s): " + ", ".join(f"{k} {v}" for k, v in figures["reindexing"].items()))
    print("searching (ms):  " + ", ".join(f"{k} {v}" for k, v in figures["searching"].items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=int, default=10, help="the larger corpus, in copies (0: skip)")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"No corpus at {args.corpus}; pass a folder of .txt articles.")
    results = {}
    with tempfile.TemporaryDirectory(prefix="whosaid-bench-") as tmp:
        work = Path(tmp)
        results["x1"] = section(args.corpus, work / "x1", args.runs)
        print_table("corpus", results["x1"])
        if args.scale > 1:
            big = scaled_corpus(args.corpus, work, args.scale)
            results[f"x{args.scale}"] = section(big, work / f"x{args.scale}", max(1, args.runs // 2))
            print_table(f"corpus × {args.scale}", results[f"x{args.scale}"])
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "indexing.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
