#!/usr/bin/env python3
"""kill -9 in the middle of indexing a real corpus, at several moments, and what the index says.

    python benchmarks/faults.py [CORPUS] [--at 1 3 6 9]

For each moment: index half the corpus, add the other half, start `whosaid index`, kill -9 it
after that many seconds; then check that the index opens at its last commit (its passage count
is the half's or the whole's), that searches answer, and that the next `whosaid index` brings
it to exactly the passage and document counts of a clean build. The unit tests do the same on
a small synthetic corpus (tests/test_faults.py); this runs it on ../shared/corpora/bbc.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import whosaid  # noqa: E402


def index(corpus: Path, index_dir: Path) -> None:
    subprocess.run([sys.executable, "-m", "whosaid", "index", str(corpus), "--index-dir", str(index_dir), "--quiet"],
                   check=True)


def counts(index_dir: Path) -> tuple[int, int]:
    facts = whosaid.info(index_dir)
    return facts.documents, facts.passages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpora" / "bbc")
    parser.add_argument("--at", nargs="+", type=float, default=[1, 3, 6, 9], help="seconds before the kill")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="whosaid-faults-") as tmp:
        work = Path(tmp)
        clean = work / "clean"
        index(args.corpus, clean)
        expected = counts(clean)
        print(f"clean build: {expected[0]} documents, {expected[1]} passages")
        folders = sorted(p for p in args.corpus.iterdir() if p.is_dir())
        loose = [p for p in args.corpus.iterdir() if p.is_file()]  # e.g. a README beside the folders
        for seconds in args.at:
            corpus, index_dir = work / f"corpus-{seconds}", work / f"index-{seconds}"
            corpus.mkdir()
            for folder in folders[: len(folders) // 2]:
                shutil.copytree(folder, corpus / folder.name)
            index(corpus, index_dir)
            half = counts(index_dir)
            for folder in folders[len(folders) // 2:]:
                shutil.copytree(folder, corpus / folder.name)
            for path in loose:
                shutil.copy2(path, corpus / path.name)
            runner = subprocess.Popen([sys.executable, "-m", "whosaid", "index", str(corpus), "--index-dir",
                                       str(index_dir), "--quiet"])
            time.sleep(seconds)
            killed = runner.poll() is None
            if killed:
                os.kill(runner.pid, signal.SIGKILL)
            runner.wait()
            after = counts(index_dir)
            answers = whosaid.search(index_dir, "government").total
            index(corpus, index_dir)
            final = counts(index_dir)
            print(f"kill after {seconds:>4} s ({'killed' if killed else 'had finished'}): index opens with "
                  f"{after[1]} passages ({'last commit' if after in (half, expected) else 'UNEXPECTED'}), "
                  f"'government' finds {answers}; after the next run {final[0]} documents, {final[1]} passages "
                  f"({'same as clean' if final == expected else 'DIFFERENT'})")


if __name__ == "__main__":
    main()
