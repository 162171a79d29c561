"""`whosaid extract` without an index: passages in file order, formatted in the workers that found them."""
import os

from whosaid import annotate, parallel, render
from whosaid.ingest import parse_document
from whosaid.models import Passage, Quote, Skipped
from whosaid.parallel import MIN_ITEMS
from whosaid.pipeline import extract_paths, render_paths

from .conftest import write


def test_passages_rendered_in_workers_are_the_passages_of_one_process_rendered_in_order(tmp_path):
    folder = tmp_path / "many"
    for n in range(MIN_ITEMS + 2):  # enough files for worker processes
        write(folder, f"{n:02d}.txt", f'Story {n}\n\n"Quote number {n} here," said Person{n} Smith.')
    write(folder, "07b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    serial = [item if isinstance(item, Skipped) else render.passage_jsonl(item)
              for item in extract_paths([folder], workers=1)]
    parallel = list(render_paths([folder], render.passage_jsonl, workers=2))
    assert parallel == serial
    assert len(parallel) == 2 * (MIN_ITEMS + 2) + 1
    assert parallel[16] == Skipped(str(folder / "07b.txt"), "binary file (NUL bytes), not text")


def test_the_text_format_leaves_out_a_paragraph_without_quotations_unless_asked_for_all():
    bare = Passage(path="a.txt", para=3, text="Nothing said here.")
    quoted = Passage(path="a.txt", para=4, text='"Yes," he said.',
                     quotes=(Quote("Yes,", 1, 5, "Tom Smith", "he", "said"),))
    assert render.quoted_passage_text(bare) == ""
    assert render.passage_text(bare) == "a.txt ¶3 · undated\n"
    assert render.quoted_passage_text(quoted) == "a.txt ¶4 · undated\n  Tom Smith [he, said]: “Yes,”\n"


def _feed_of(items: int) -> bytes:
    return ("<rss><channel>" + "".join(
        f"<item><title>Story {n}</title><description>&quot;Quote number {n} here,&quot; said Person{n} Smith. "
        f"&quot;And more,&quot; he added.</description></item>" for n in range(items)) + "</channel></rss>").encode()


def test_a_file_of_many_articles_read_on_every_core_gives_the_passages_of_one(monkeypatch):
    document = parse_document(_feed_of(MIN_ITEMS + 2), "feed.rss")
    shared = annotate(document)
    monkeypatch.setattr(parallel, "_in_worker", True)  # as a worker reads it: in its own process alone
    alone = annotate(document)
    assert shared == alone
    assert [(p.para, [q.speaker for q in p.quotes]) for p in shared[-2:]] == [
        (2 * MIN_ITEMS + 3, []), (2 * MIN_ITEMS + 4, ["Person49 Smith", "Person49 Smith"])]


def test_a_worker_shares_no_work_out_again(monkeypatch):
    monkeypatch.setattr(parallel, "_in_worker", True)
    assert set(parallel.map_ordered(_pid, range(MIN_ITEMS * 2), workers=2)) == {os.getpid()}


def _pid(_item) -> int:
    return os.getpid()



def test_abandoning_a_pool_cut_short_ends_its_workers_at_once():
    """What `whosaid extract … | head -1` does before it ends with no teardown: the workers go too."""
    import subprocess
    import sys

    script = ("import os, time; from whosaid import parallel; from tests.test_pipeline import _pid\n"
              f"results = parallel.map_ordered(_pid, range({MIN_ITEMS * 4}), workers=2)\n"
              "next(results)\n"  # a reader that went away after one result: the pool is open still
              "workers = [worker for pool in parallel._open_pools for worker in pool._pool]\n"
              "parallel.abandon()\n"
              "for worker in workers: worker.join(timeout=10)\n"
              "print([worker.is_alive() for worker in workers], flush=True)\n"
              "os._exit(0)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=os.path.dirname(os.path.dirname(__file__)))
    assert (done.returncode, done.stdout, done.stderr) == (0, "[False, False]\n", "")  # and none left to hold
    # the pipes open: the run ends
