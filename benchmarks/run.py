#!/usr/bin/env python3
"""whosaid's benchmarks: one command that prints figures (never a pass/fail test).

    python benchmarks/run.py                 # every section whose data is at hand
    python benchmarks/run.py quotes html     # some sections
    python benchmarks/run.py --shared PATH   # where the evaluation material is (default ../shared)

Sections:
  quotes  quote extraction scored on the seed and PolNeAR dev (eval/score_quotes.py), also on a
          copy of dev's gold with its ''…'' quotations direct (see with_apostrophe_quotes_direct),
          and extraction speed on the BBC corpus (`whosaid extract … --format jsonl`); and how much of BBC's
          speech a copy with its double marks turned single still finds (see single_marked_copy), and how
          many speakers a copy whose speakers' names are invented, whose speech verbs are in the present
          tense or varied, whose titles are dotted, or whose paragraphs hold a sentence each, still gets right
          (see renamed_copy, present_tense_copy, varied_verbs_copy, dotted_titles_copy, newswire_copy), or
          that has curly marks, title-case headlines, a byline under its headlines, a dateline opening its
          leads, advertisements' lines or pictures' credits and captions between its paragraphs, or is a set
          of web pages (see curly_marked_copy, title_case_copy, bylined_copy, datelined_copy,
          interstitials_copy, captioned_copy, web_pages_copy), or that has crossheads, a live blog's time
          stamps or a pull quote between its paragraphs, or no blank lines (see crossheads_copy,
          time_stamped_copy, pull_quoted_copy, unblanked_copy), or a block of links to other stories
          (related_linked_copy), or is a PDF's text, its words broken at its lines' ends and its pages
          numbered (pdf_exported_copy), or a news database's export of ten stories a file
          (nexis_exported_copy), or news feeds of ten stories each, RSS and Atom (feed_syndicated_copy), or
          a press release (press_released_copy), or e-mail, forwarded or quoted
          in a reply (mailed_copy) or ten messages a mailbox (mailbox_copy), or a dataset of JSON Lines
          (dataset_copy), or a crawl's web archive (web_archived_copy); the time one long document takes
          (long_document: BBC's politics stories as one file) and one dataset of every story (one_dataset);
          and PolNeAR train's articles renamed so too, as web pages, as Markdown and as a PDF's text
          (polnear_train_renamed, polnear_train_web_pages, polnear_train_markdown, polnear_train_pdf_exported)
  html    main text, title and date on 60 real pages (eval/score_html.py), and pages/s
  adversarial  seconds to extract each of a few odd paragraphs built here (ADVERSARIAL: 10,000 quotations
          with no full stop, 20,000 opening marks that never close, a word of a megabyte, …), and of
          long transcripts (5,000 and 20,000 short quoted paragraphs of six speakers)
  index   see benchmarks/indexing.py (issue 6)

Figures go to stdout as a table and to benchmarks/results/<section>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import textwrap
import time
import zlib
from collections import Counter
from functools import partial
from html import escape
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
        figures["bbc_politics_as_one_document"] = long_document(bbc / "politics")
        figures["bbc_as_one_dataset"] = one_dataset(bbc)
        records = _extracted(bbc)
        original = _speakers_by_paragraph(bbc, records)
        for name, copy in (("single_marks", single_marked_copy), ("renamed", renamed_copy),
                           ("present_tense", present_tense_copy), ("dotted_titles", dotted_titles_copy),
                           ("varied_verbs", varied_verbs_copy), ("curly_marks", curly_marked_copy),
                           ("title_case_headlines", title_case_copy), ("bylined", bylined_copy),
                           ("datelined", datelined_copy), ("interstitials", interstitials_copy),
                           ("mangled_utf8", mangled_utf8_copy), ("entity_escaped", entity_escaped_copy),
                           ("guillemets", guillemets_copy)):
            figures[f"bbc_{name}"] = copy(bbc, original)  # the speakers paragraph by paragraph
        for name, copy in (("newswire_paragraphs", newswire_copy), ("captioned", captioned_copy),
                           ("web_pages", web_pages_copy), ("crossheads", crossheads_copy),
                           ("time_stamped", time_stamped_copy), ("pull_quoted", pull_quoted_copy),
                           ("bare_pull_quoted", partial(pull_quoted_copy, marked=False)),
                           ("indented_lines", partial(unblanked_copy, indent="    ")),
                           ("wrapped_lines", unblanked_copy), ("related_linked", related_linked_copy),
                           ("bulleted", bulleted_copy), ("capitals_headlined", capitals_headlined_copy),
                           ("pdf_exported", pdf_exported_copy), ("nexis_exported", nexis_exported_copy),
                           ("feed_syndicated", feed_syndicated_copy), ("press_released", press_released_copy),
                           ("forwarded_by_mail", mailed_copy), ("mailbox_of_newsletters", mailbox_copy),
                           ("json_lines_dataset", dataset_copy), ("web_archived", web_archived_copy),
                           ("quoted_in_a_reply", partial(mailed_copy, quoted=True))):
            figures[f"bbc_{name}"] = copy(bbc, records)  # the speakers of each quotation's words
    train = shared / "quotes" / "polnear_train.jsonl"
    if train.exists():  # US political news, whose speakers' names the given-name list knows better than BBC's
        articles = _polnear_articles(shared, train, RESULTS / "_polnear_train")
        records = _extracted(articles)
        figures["polnear_train_renamed"] = renamed_copy(articles, _speakers_by_paragraph(articles, records))
        figures["polnear_train_web_pages"] = web_pages_copy(articles, records)
        figures["polnear_train_markdown"] = markdown_copy(articles, records)
        figures["polnear_train_pdf_exported"] = pdf_exported_copy(articles, records)
        figures["polnear_train_interview_turns"] = interview_turns(train, records)
        shutil.rmtree(articles, ignore_errors=True)
    return figures


def interview_turns(data: Path, records: list[dict]) -> dict:
    """The turns of transcripts and Q&As (`PENCE: …`, `A: …`) whosaid reads as their speakers'
    quotations, and of those the gold annotates as one attribution over the turn's words (PolNeAR
    counts them as attributions without marks, which the quote scorer leaves out), how many name a
    source that shares a word with whosaid's speaker or with the label."""
    gold = {}
    for line in data.open():
        paragraph = json.loads(line)
        gold[(paragraph["doc"], " ".join(paragraph["text"].split()))] = paragraph
    found = annotated = agreed = 0
    for record in records:
        text = record["text"]
        for quote in record["quotes"]:
            label = quote["speaker_mention"]
            if quote["cue"] != ":" or not label or not text.startswith(label) or quote["end"] < len(text.rstrip()):
                continue  # not a labelled turn
            found += 1
            paragraph = gold.get((Path(record["path"]).stem, " ".join(text.split())), {"quotes": []})
            sources = [a.get("speaker") for a in paragraph["quotes"] if abs((a.get("quote_start") or 0) - quote[
                "start"]) <= 3 and abs((a.get("quote_end") or 0) - quote["end"]) <= 3]
            if sources:
                annotated += 1
                agreed += bool(_words(sources[0]) & (_words(quote["speaker"]) | _words(label)))
    return {"turns": found, "annotated": annotated, "same_speaker": agreed,
            "agreement": round(agreed / annotated, 4) if annotated else None}


def _words(name: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’]+", name or "")}


def long_document(folder: Path) -> dict:
    """Seconds to extract the folder's stories joined into one file (a transcript's or a book's length):
    the time a document's names and quotations take should grow with its length, not its square."""
    one = RESULTS / "_one_document" / "all.txt"
    one.parent.mkdir(parents=True, exist_ok=True)
    one.write_text("\n\n".join(path.read_text(errors="replace") for path in sorted(folder.glob("*.txt"))))
    mb, seconds = one.stat().st_size / 1e6, timed_extract(one.parent, runs=1)
    shutil.rmtree(one.parent, ignore_errors=True)
    return {"mb": round(mb, 2), "seconds": round(seconds, 2), "mb_per_s": round(mb / seconds, 2)}


def one_dataset(corpus: Path) -> dict:
    """Seconds to extract the corpus as one JSON Lines file, a story a record (a researcher's dataset):
    a file of many articles should be read on every core, as a folder of many files is."""
    one = RESULTS / "_one_dataset" / "all.jsonl"
    one.parent.mkdir(parents=True, exist_ok=True)
    with one.open("w") as out:
        for path in sorted(corpus.rglob("*.txt")):
            headline, _, story = path.read_text(errors="replace").partition("\n")
            out.write(json.dumps({"title": headline.strip(), "text": story}) + "\n")
    mb, seconds = one.stat().st_size / 1e6, timed_extract(one, runs=1)
    shutil.rmtree(one.parent, ignore_errors=True)
    return {"mb": round(mb, 2), "seconds": round(seconds, 2), "mb_per_s": round(mb / seconds, 2)}


def _polnear_articles(shared: Path, data: Path, folder: Path) -> Path:
    """PolNeAR's articles as the quote scorer writes them, one text file each, in `folder`."""
    sys.path.insert(0, str(shared / "eval"))
    from score_quotes import write_articles  # the scorer's own writer: the same texts it scores

    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    write_articles([json.loads(line) for line in data.open()], folder)
    return folder


def present_tense_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with its commonest speech verbs in the present
    tense (`said` -> `says`, `told` -> `tells`, as features and columns write): how many quotations the
    copy gives the original's speaker."""
    return _same_speakers(corpus, original, "_present_tense",
                          lambda text: _PAST_CUE.sub(lambda m: _PRESENT[m.group()], text))


def dotted_titles_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with its titles written with a full stop, as US
    papers write them (`Mr Blair` -> `Mr. Blair`, `Dr Reid` -> `Dr. Reid`): how many quotations the copy
    gives the original's speaker."""
    return _same_speakers(corpus, original, "_dotted_titles", lambda text: _UNDOTTED_TITLE.sub(r"\g<0>.", text))


def varied_verbs_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with each `said` replaced by another verb of
    speech (`stated`, `remarked`, `conceded`, `warned` …, chosen by the words before it, the same each
    run): how many quotations the copy gives the original's speaker."""
    def vary(text: str) -> str:
        return _SAID.sub(lambda m: _SPEECH_VERBS[zlib.crc32(text[max(0, m.start() - 30):m.start()].encode())
                                                 % len(_SPEECH_VERBS)], text)

    return _same_speakers(corpus, original, "_varied_verbs", vary)


def newswire_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with each paragraph split into a paragraph per
    sentence, as newswire writes, between sentences outside every quotation the extractor found there
    (so each quotation's words stay whole): how many quotations, matched by their words in each
    document, the copy gives the original's speaker. It measures what rules that look back a paragraph
    or two lose when paragraphs hold a sentence each."""
    return _rewritten(corpus, records, "_newswire_paragraphs", ".txt", lambda paragraphs: "\n\n".join(
        [paragraphs[0]["text"]] + [s for r in paragraphs[1:] for s in _sentences(r)]))


def curly_marked_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with its straight double marks curly, as a word
    processor's smart quotes make them (an opening mark after a space, a bracket or a dash and before a
    word; any other a closing one, so `read:"We …` becomes `read:”We …`): how many quotations the copy
    gives the original's speaker."""
    return _same_speakers(corpus, original, "_curly_marks",
                          lambda text: _STRAIGHT.sub("”", _STRAIGHT_OPENING.sub("“", text)))


def mangled_utf8_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with curly marks, as `curly_marked_copy` makes them,
    written as UTF-8 that a program read as cp1252 and saved again (`â€œWe will winâ€�`, `Â£5`, a byte it
    could not read replaced): how many quotations the copy gives the original's speaker."""
    return _same_speakers(corpus, original, "_mangled_utf8", lambda text: _STRAIGHT.sub(
        "”", _STRAIGHT_OPENING.sub("“", text)).encode("utf-8").decode("cp1252", errors="replace"))


def capitals_headlined_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with each headline in capitals, as a wire's feed
    prints it (`ECONOMY 'STRONGER THAN FORECAST'`): how many quotations, matched by their words in each
    document, the copy gives the original's speaker."""
    return _rewritten(corpus, records, "_capitals_headlined", ".txt", lambda paragraphs: "\n\n".join(
        [paragraphs[0]["text"].upper()] + [record["text"] for record in paragraphs[1:]]))


def guillemets_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with guillemets for its double marks, as English
    copy from a European desk may print them (`«We will win,» he said`): how many quotations the copy
    gives the original's speaker."""
    return _same_speakers(corpus, original, "_guillemets",
                          lambda text: _STRAIGHT.sub("»", _STRAIGHT_OPENING.sub("«", text)))


def entity_escaped_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and as a feed's or a CMS's export writes text, its
    marks, apostrophes and ampersands as character references (`&quot;We&#39;ll win,&quot; he said`):
    how many quotations the copy gives the original's speaker."""
    return _same_speakers(corpus, original, "_entity_escaped", lambda text: text.replace("&", "&amp;").replace(
        '"', "&quot;").replace("'", "&#39;"))


_STRAIGHT_OPENING = re.compile(r'(?:^|(?<=[\s(\[—-]))"(?=\S)', re.M)
_STRAIGHT = re.compile(r'"')


def bylined_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with a byline of two writers and an outlet's line
    under each headline (`By Kalina Vorostova and Peder Lunn` / `BBC News`), as a page copied as text
    reads: how many quotations the copy gives the original's speaker (a headline's quotation takes its
    source from the lead, which the byline now stands before)."""
    return _same_speakers(corpus, original, "_bylined", lambda text: text.replace(
        "\n\n", "\n\nBy Kalina Vorostova and Peder Lunn\n\nBBC News\n\n", 1))


def datelined_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with a wire dateline opening each story's lead
    (`LONDON (Reuters) - Opposition leader Michael Howard has said …`): how many quotations the copy gives
    the original's speaker."""
    return _same_speakers(corpus, original, "_datelined",
                          lambda text: text.replace("\n\n", "\n\nLONDON (Reuters) - ", 1))


def title_case_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with its headlines in title case, as US papers write
    them (`Rank 'set to sell off film unit'` -> `Rank 'Set to Sell Off Film Unit'`): how many quotations
    the copy gives the original's speaker."""
    def title_cased(text: str) -> str:
        headline, rest = text.split("\n", 1) if "\n" in text else (text, "")
        words = [w if n and w.lower() in _MINOR else _capitalised(w) for n, w in enumerate(headline.split(" "))]
        return " ".join(words) + ("\n" + rest if rest else "")

    return _same_speakers(corpus, original, "_title_case", title_cased)


_MINOR = {"a", "an", "the", "and", "but", "or", "of", "to", "in", "on", "at", "for", "by", "over", "with", "as"}


def _capitalised(word: str) -> str:
    """The word with its first letter a capital, after any opening mark (`'set` -> `'Set`)."""
    k = next((i for i, c in enumerate(word) if c.isalpha()), None)
    return word if k is None else word[:k] + word[k].upper() + word[k + 1:]


def interstitials_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with a line a page puts between paragraphs
    (`Advertisement`, `READ MORE: Blair 'sorry' over …`, …) after every second paragraph, as text copied
    from a page keeps them: how many quotations the copy gives the original's speaker."""
    return _same_speakers(corpus, original, "_interstitials",
                          lambda text: _between([{"text": p} for p in text.split("\n\n")], _INTERSTITIALS, 2))


_INTERSTITIALS = ("Advertisement", "Continue reading the main story", "READ MORE: Blair 'sorry' over Iraq war claims",
                  "Story continues below advertisement")


def crossheads_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with a crosshead over every fourth paragraph, in
    sentence or title case (`Rising costs`, `Growing Pressure`, `What Happens Next?`): how many quotations,
    matched by their words in each document, the copy gives the original's speaker."""
    return _rewritten(corpus, records, "_crossheads", ".txt", lambda paragraphs: _between(paragraphs, _CROSSHEADS, 4))


_CROSSHEADS = ("Economic fears", "What happens next?", "Tough Talk", "Growing Pressure", "Rising costs", "Analysis",
               "Mixed Reaction", "Legal challenge", "Who Is Affected?", "A Record Year")


def bulleted_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with each paragraph under the headline a list's item,
    as a newsletter's key points print them in plain text (`• A spokesman said: "…"`): how many
    quotations, matched by their words in each document, the copy gives the original's speaker."""
    return _rewritten(corpus, records, "_bulleted", ".txt", lambda paragraphs: "\n\n".join(
        [paragraphs[0]["text"]] + ["• " + record["text"] for record in paragraphs[1:]]))


def time_stamped_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with a live blog's time stamp over every third
    paragraph (`14:32 GMT`, `Posted at 10:05`, `3:40 p.m.`): how many quotations, matched by their words
    in each document, the copy gives the original's speaker."""
    return _rewritten(corpus, records, "_time_stamped", ".txt",
                      lambda paragraphs: _between(paragraphs, _TIME_STAMPS, 3))


_TIME_STAMPS = ("14:32 GMT", "Posted at 10:05", "3:40 p.m.", "Updated 9:15 AM ET", "16:02 BST")


def pull_quoted_copy(corpus: Path, records: list[dict], marked: bool = True) -> dict:
    """The corpus extracted as it is (`records`) and with a pull quote as each document's fourth
    paragraph, copying its first quotation of eight words or more from the fifth paragraph on, with or
    without its marks (`marked`), as a page shows one: how many quotations, matched by their words in each
    document, the copy gives the original's speaker, the pull quote among them (its quotation's)."""
    pulled = []
    for record in records:
        if record["para"] >= 5:
            quote = next((q for q in record["quotes"] if q["speaker"] and len(q["quote"].split()) >= 8), None)
            if quote is not None and not any(r["path"] == record["path"] for r in pulled):
                words = quote["quote"].rstrip(",. ")
                pulled.append({"path": record["path"], "para": 3.5, "text": f"“{words}”" if marked else words,
                               "quotes": [dict(quote, quote=words)] if marked else []})
    return _rewritten(corpus, records + pulled, "_pull_quoted", ".txt",
                      lambda paragraphs: "\n\n".join(r["text"] for r in paragraphs))


def unblanked_copy(corpus: Path, records: list[dict], indent: str = "") -> dict:
    """The corpus extracted as it is (`records`) and with no blank line between paragraphs, each wrapped
    at 72 characters (an editor's width), its first line indented by `indent` (or not, when the lines
    alone tell where a paragraph ends): how many quotations, matched by their words in each document, the
    copy gives the original's speaker."""
    return _rewritten(corpus, records, "_unblanked", ".txt", lambda paragraphs: "\n".join(
        textwrap.fill(r["text"], 72, initial_indent=indent) for r in paragraphs) + "\n")


def pdf_exported_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as `pdftotext` writes a typeset page's text: each
    paragraph justified at 70 characters, a word that does not fit broken at a syllable with a hyphen
    (`ma-` / `ternity`) or at a hyphen of its own, a blank line after it; every 40 lines a page ends, with
    its number, a form feed and the next page's running head (`BBC News | Page 2`), often inside a
    paragraph: how many quotations, matched by their words in each document, the copy gives the
    original's speaker."""
    def typeset(paragraphs: list[dict]) -> str:
        lines: list[str] = []
        page, filled = 1, 0  # the page's number, and its lines of text so far
        for record in paragraphs:
            for line in _justified(record["text"]):
                lines.append(line)
                filled += 1
                if filled == _PAGE_LINES:
                    lines += ["", str(page), f"\fBBC News | Page {page + 1}"]
                    page, filled = page + 1, 0
            lines.append("")
        return "\n".join(lines)

    return _rewritten(corpus, records, "_pdf_exported", ".txt", typeset)


_PAGE_LINES = 40


def _justified(text: str, width: int = 70) -> list[str]:
    """A paragraph's lines at `width`, a word that does not fit broken as typesetting breaks it: after a
    hyphen of its own, or before a consonant between vowels or between two consonants (`ma-ternity`,
    `gov-ernment`), keeping two letters before the break and three after it, as TeX's English does."""
    lines = [""]
    for word in text.split():
        room = width - len(lines[-1]) - 1
        if not lines[-1] or len(word) <= room:
            lines[-1] += (" " if lines[-1] else "") + word
            continue
        cut = max((n for n in _breaks(word) if n + (word[n - 1] != "-") <= room), default=None)
        if cut is None:
            lines.append(word)
        else:
            lines[-1] += " " + word[:cut] + ("" if word[cut - 1] == "-" else "-")
            lines.append(word[cut:])
    return lines


def _breaks(word: str) -> list[int]:
    letters = re.match(r"[a-zA-Z]*", word).group()
    vowel = [c in "aeiouyAEIOUY" for c in letters]
    syllables = [n for n in range(2, len(letters) - 2)  # before a consonant between vowels, or between two consonants
                 if not vowel[n] and (vowel[n - 1] and vowel[n + 1] or not vowel[n - 1] and vowel[n - 2])]
    return syllables + [m.end() for m in re.finditer("-", word) if 0 < m.end() < len(word)]


def nexis_exported_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as a news database exports it: every ten stories in
    one text file, each under LexisNexis's `N of 10 DOCUMENTS` with its outlet, date, headline, byline,
    section and length, and its load date, language and copyright after it: how many quotations, matched
    by their words in each file, the copy gives the original's speaker, and whether each story's headline
    is its passages' title."""
    def exported(stories: list[list[dict]], _: int) -> str:
        return "\n\n".join(_nexis_article(story, n, len(stories)) for n, story in enumerate(stories, 1))

    return _batched_copy(corpus, records, "_nexis_exported", ".txt", exported)


def feed_syndicated_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as news feeds publish it: every ten stories in one
    feed, RSS 2.0 (each story's paragraphs as HTML in `content:encoded`, a teaser in `description`) and
    Atom (escaped HTML in `content`) in turn, each headline an item's title and not in its story: how
    many quotations, matched by their words in each file, the copy gives the original's speaker, and
    whether each story's headline is its passages' title."""
    def syndicated(stories: list[list[dict]], batch: int) -> str:
        return (_atom_feed if batch % 2 else _rss_feed)(stories)

    return _batched_copy(corpus, records, "_feed_syndicated", ".xml", syndicated)


def _rss_feed(stories: list[list[dict]]) -> str:
    items = "".join(
        f"<item><title>{escape(story[0]['text'])}</title><link>https://example.org/{n}</link>"
        f"<pubDate>Mon, 14 Mar 2005 10:{n:02d}:00 GMT</pubDate><dc:creator>Jane Reporter</dc:creator>"
        f"<description>{escape(story[1]['text'] if len(story) > 1 else '')}</description><content:encoded><![CDATA["
        + "".join(f"<p>{escape(r['text'], quote=False)}</p>\n" for r in story[1:]) + "]]></content:encoded></item>\n"
        for n, story in enumerate(stories))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
            'modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>BBC News</title>'
            f"<link>https://example.org/</link><description>News</description>\n{items}</channel></rss>\n")


def _atom_feed(stories: list[list[dict]]) -> str:
    entries = "".join(
        f"<entry><title>{escape(story[0]['text'])}</title><link href=\"https://example.org/{n}\"/>"
        f"<id>https://example.org/{n}</id><updated>2005-03-14T10:{n:02d}:00Z</updated>"
        f"<author><name>Jane Reporter</name></author><content type=\"html\">"
        + escape("".join(f"<p>{escape(r['text'], quote=False)}</p>\n" for r in story[1:])) + "</content></entry>\n"
        for n, story in enumerate(stories))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>BBC News'
            f"</title><id>https://example.org/</id><updated>2005-03-14T12:00:00Z</updated>\n{entries}</feed>\n")


def _batched_copy(corpus: Path, records: list[dict], name: str, suffix: str, write, per_file: int = 10) -> dict:
    """The corpus extracted as it is (`records`) and copied `per_file` stories to a file, each file's text
    `write(stories, batch)`, text or bytes (a story its records in order, its headline first; `batch` the
    file's number): how many quotations, matched by their words in each file, the copy gives the original's
    speaker, and how many stories' headlines are their passages' titles."""
    copy = RESULTS / name
    shutil.rmtree(copy, ignore_errors=True)
    copy.mkdir(parents=True)
    documents: dict[str, list[dict]] = {}
    for record in records:
        documents.setdefault(Path(record["path"]).relative_to(corpus).as_posix(), []).append(record)
    names = sorted(documents)
    batches = {path: f"export_{n // per_file:04d}{suffix}" for n, path in enumerate(names)}
    for start in range(0, len(names), per_file):
        batch = names[start:start + per_file]
        written = write([sorted(documents[path], key=lambda r: r["para"]) for path in batch], start // per_file)
        (copy / batches[batch[0]]).write_bytes(written if isinstance(written, bytes) else written.encode("utf-8"))
    exported = _extracted(copy)
    expected: dict[tuple[str, str], list] = {}
    for (path, words), speakers in _speakers_by_words(records, corpus).items():
        expected.setdefault((batches[path], words), []).extend(speakers)
    _, same, total = _agreement(expected, _speakers_by_words(exported, copy))
    titles = {(Path(r["path"]).name, r["title"]) for r in exported}
    titled = sum((batches[path], min(documents[path], key=lambda r: r["para"])["text"]) in titles for path in names)
    shutil.rmtree(copy, ignore_errors=True)
    return {"quotes": total, "same_speaker": same, "same_ratio": round(same / total, 4) if total else None,
            "stories": len(names), "titled": titled}


def _nexis_article(paragraphs: list[dict], n: int, of: int) -> str:
    words = sum(len(r["text"].split()) for r in paragraphs[1:])
    head = [f"{n} of {of} DOCUMENTS", "BBC News", "March 14, 2005 Monday", paragraphs[0]["text"],
            "BYLINE: By JANE REPORTER", "SECTION: NEWS; Pg. 4", f"LENGTH: {words} words"]
    tail = ["LOAD-DATE: March 15, 2005", "LANGUAGE: ENGLISH", "Copyright 2005 British Broadcasting Corporation"]
    return "\n\n".join(head + [r["text"] for r in paragraphs[1:]] + tail) + "\n"


def press_released_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as press releases: `FOR IMMEDIATE RELEASE` and a media
    contact's line over the headline, and after the story an end mark (`###`), a paragraph about the
    issuer and another contact's line: how many quotations, matched by their words in each document, the
    copy gives the original's speaker."""
    def released(paragraphs: list[dict]) -> str:
        first, second = _CONTACTS[len(paragraphs) % 4], _CONTACTS[(len(paragraphs) + 1) % 4]
        head = ["FOR IMMEDIATE RELEASE", f"Media contact: {first}, +44 20 7946 0000, press@example.org"]
        tail = ["###", "About the Example Trust: a charity founded in 1990.", f"Contact: {second}"]
        return "\n\n".join(head + [r["text"] for r in paragraphs] + tail)

    return _rewritten(corpus, records, "_press_released", ".txt", released)


_CONTACTS = ("Jane Smith", "Robert Holland", "Maria Garcia", "David Chen")


def mailed_copy(corpus: Path, records: list[dict], quoted: bool = False) -> dict:
    """The corpus extracted as it is (`records`) and as e-mail: each story forwarded under a message's
    header block (`---------- Forwarded message ---------`, `From:`, `Date:`, `Subject: Fwd: <headline>`,
    `To:`), or quoted in a reply (`On …, Jane Smith <…> wrote:` over `> ` lines, when `quoted`): how many
    quotations, matched by their words in each document, the copy gives the original's speaker."""
    def mailed(paragraphs: list[dict]) -> str:
        sender = _CONTACTS[len(paragraphs) % 4]
        if quoted:
            return f"On Mon, Mar 14, 2005 at 10:02 AM {sender} <press@example.org> wrote:\n" + "\n>\n".join(
                "> " + r["text"] for r in paragraphs) + "\n"
        return "\n".join(["---------- Forwarded message ---------", f"From: {sender} <press@example.org>",
                          "Date: Mon, Mar 14, 2005 at 10:02 AM", f"Subject: Fwd: {paragraphs[0]['text']}",
                          "To: News Desk <desk@example.org>", ""]) + "\n" + "\n\n".join(r["text"] for r in paragraphs)

    return _rewritten(corpus, records, "_mailed", ".txt", mailed)


def mailbox_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as a mail folder of newsletters: every ten stories one
    mbox file, each story a message (its headline the subject, its text the quoted-printable body, a line
    opening on `From ` quoted `>From `): how many quotations, matched by their words in each file, the copy
    gives the original's speaker, and how many stories' headlines are their passages' titles."""
    from email.message import EmailMessage

    def message(story: list[dict], n: int) -> bytes:
        mail = EmailMessage()
        mail["From"], mail["Subject"] = "BBC News <news@example.org>", story[0]["text"]
        mail["Date"] = f"Mon, 14 Mar 2005 10:{n:02d}:00 +0000"
        mail.set_content("\n\n".join(r["text"] for r in story) + "\n", cte="quoted-printable")
        return b"From news@example.org Mon Mar 14 10:02:00 2005\n" + bytes(mail).replace(b"\nFrom ", b"\n>From ")

    def mailbox(stories: list[list[dict]], _: int) -> bytes:
        return b"\n".join(message(story, n) for n, story in enumerate(stories))

    return _batched_copy(corpus, records, "_mailbox", ".mbox", mailbox)


def dataset_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as a dataset: JSON Lines of 250 records a file, each
    story a record as news-please writes one (its headline the `title`, the rest its `maintext`, a line a
    paragraph, and `date_publish`, `authors`, `url`): how many quotations, matched by their words in each
    file, the copy gives the original's speaker, and how many stories' headlines are their passages' titles."""
    def lines(stories: list[list[dict]], batch: int) -> str:
        return "".join(json.dumps({"title": story[0]["text"], "maintext": "\n".join(r["text"] for r in story[1:]),
                                   "date_publish": "2005-03-14 10:02:00", "authors": ["Jane Reporter"],
                                   "url": f"https://example.org/{batch}/{n}", "language": "en"}) + "\n"
                       for n, story in enumerate(stories))

    return _batched_copy(corpus, records, "_dataset", ".jsonl", lines, per_file=250)


def related_linked_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with a block of links to other stories after each
    story's fourth paragraph, as text copied from a page keeps it (`More on this story` and three other
    stories' headlines, quotations in some): how many quotations, matched by their words in each
    document, the copy gives the original's speaker, and how many it finds (more are the headlines')."""
    headlines = sorted({r["text"] for r in records if r["para"] == 1 and r["quotes"]})
    documents = sorted({r["path"] for r in records})
    others = {path: [headlines[(n * 7 + k) % len(headlines)] for k in range(3)] for n, path in enumerate(documents)}
    return _rewritten(corpus, records, "_related_linked", ".txt", lambda paragraphs: "\n\n".join(
        [r["text"] for r in paragraphs[:4]] + ["More on this story"] + others[paragraphs[0]["path"]]
        + [r["text"] for r in paragraphs[4:]]))


def _between(paragraphs: list[dict], lines: tuple[str, ...], every: int) -> str:
    """A document's paragraph records as text with one of `lines` after every `every`th paragraph (not
    after a paragraph cut mid-sentence, which the next one mends)."""
    return "\n\n".join(r["text"] + (f"\n\n{lines[n // every % len(lines)]}" if n % every == every - 1 and
                                     r["text"].rstrip().endswith((".", "?", "!", '"', "”")) else "")
                       for n, r in enumerate(paragraphs))


def captioned_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and with a picture's credit and caption after every third
    paragraph that ends a sentence, as text copied from a page keeps them, the caption naming one of the
    story's speakers (`Image copyright Getty Images` / `Image caption John Snow arrived in London on
    Monday`): how many quotations, matched by their words in each document, the copy gives the
    original's speaker."""
    def captioned(paragraphs: list[dict]) -> str:
        names, texts = _full_names(paragraphs) or ["Crowds"], [paragraphs[0]["text"]]
        for n, record in enumerate(paragraphs[1:]):
            texts.append(record["text"])
            if n % 3 == 1 and record["text"].rstrip().endswith((".", "?", "!", '"', "”")):
                texts += ["Image copyright Getty Images", f"Image caption {names[n % len(names)]} arrived on Monday"]
        return "\n\n".join(texts)

    return _rewritten(corpus, records, "_captioned", ".txt", captioned)


def web_pages_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as web pages: each article's paragraphs as `<p>`s
    under an `<h1>` headline, inside a page with navigation, related links and a footer, and the full
    names of its speakers linked wherever they stand (`"<a href=…>Michael Howard</a> is …`): how many
    quotations, matched by their words in each document, the pages give the original's speaker."""
    return _rewritten(corpus, records, "_web_pages", ".html",
                      lambda paragraphs: _web_page([r["text"] for r in paragraphs], _full_names(paragraphs)))


def web_archived_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as a crawl archived it: each article the web page
    `web_pages_copy` makes, fetched as a gzipped, chunked HTTP response in a WARC record beside its
    request, a record a gzip member, 250 pages to a .warc.gz file: how many quotations, matched by their
    words in each file, the archive gives the original's speaker, and how many stories' headlines are
    their passages' titles."""
    import gzip

    def record(kind: str, n: int, block: bytes) -> bytes:
        head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: https://example.org/{n}\r\n"
                f"Content-Type: application/http; msgtype={kind}\r\nContent-Length: {len(block)}\r\n\r\n")
        return gzip.compress(head.encode() + block + b"\r\n\r\n")

    def response(story: list[dict]) -> bytes:
        body = gzip.compress(_web_page([r["text"] for r in story], _full_names(story)).encode())
        return (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n" % (len(body), body))

    def archive(stories: list[list[dict]], batch: int) -> bytes:
        return b"".join(record("request", n, f"GET /{n} HTTP/1.1\r\nHost: example.org\r\n\r\n".encode())
                        + record("response", n, response(story)) for n, story in enumerate(stories, batch * 250))

    return _batched_copy(corpus, records, "_web_archived", ".warc.gz", archive, per_file=250)


def markdown_copy(corpus: Path, records: list[dict]) -> dict:
    """The corpus extracted as it is (`records`) and as Markdown: the headline a `#` heading, the full
    names of its speakers linked (`[Michael Howard](…)`): how many quotations, matched by their words in
    each document, the copy gives the original's speaker."""
    def markdown(paragraphs: list[dict]) -> str:
        names = _full_names(paragraphs)
        linked = re.compile("|".join(map(re.escape, names))) if names else None
        texts = [linked.sub(lambda m: f"[{m.group()}](https://example.org/people)", r["text"]) if linked else r["text"]
                 for r in paragraphs[1:]]
        return "\n\n".join([f"# {paragraphs[0]['text']}"] + texts) + "\n"

    return _rewritten(corpus, records, "_markdown", ".md", markdown)


def _rewritten(corpus: Path, records: list[dict], name: str, suffix: str, write) -> dict:
    """How many quotations of the corpus extracted as it is (`records`), matched by their words in each
    document, a copy gives the same speaker, whose files `write` makes of each document's paragraph
    records, in order (with `suffix`; the corpus's own are .txt)."""
    copy = RESULTS / name
    shutil.rmtree(copy, ignore_errors=True)
    documents: dict[str, list[dict]] = {}
    for record in records:
        documents.setdefault(Path(record["path"]).relative_to(corpus).as_posix(), []).append(record)
    original = {}  # each file of the copy's path, the corpus's
    for path, paragraphs in documents.items():
        paragraphs.sort(key=lambda r: r["para"])
        target = copy / path if path.lower().endswith(suffix) else (copy / path).with_suffix(suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(write(paragraphs))
        original[str(target)] = str(copy / path)
    rewritten = _extracted(copy)
    for record in rewritten:
        record["path"] = original[record["path"]]
    expected, found = _speakers_by_words(records, corpus), _speakers_by_words(rewritten, copy)
    shutil.rmtree(copy, ignore_errors=True)
    _, same, total = _agreement(expected, found)
    return {"quotes": total, "same_speaker": same, "same_ratio": round(same / total, 4) if total else None,
            "found": sum(len(speakers) for speakers in found.values())}


def _full_names(paragraphs: list[dict]) -> list[str]:
    """The speakers of a document's quotations that are full names (`Michael Howard`), longest first."""
    speakers = {q["speaker"] for r in paragraphs for q in r["quotes"]}
    return sorted((s for s in speakers if s and _FULL_NAME.fullmatch(s)), key=len, reverse=True)


def _web_page(texts: list[str], names: list[str]) -> str:
    from html import escape

    linked = re.compile("|".join(map(re.escape, names))) if names else None

    def paragraph(text: str) -> str:
        text = escape(text, quote=False)
        return "<p>" + (linked.sub(lambda m: "<a href='/people'>" + m.group() + "</a>", text) if linked else text) + "</p>"

    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + escape(texts[0]) + " - News</title></head>"
            "<body>" + _NAVIGATION + "<main><article><h1>" + escape(texts[0]) + "</h1>"
            + "\n".join(paragraph(t) for t in texts[1:]) + "</article><aside><h2>Related stories</h2><ul>"
            "<li><a href='/a'>Markets rally</a></li><li><a href='/b'>Election latest</a></li></ul></aside></main>"
            "<footer><p>Copyright 2005. We are not responsible for the content of external sites.</p></footer>"
            "</body></html>")


_NAVIGATION = "<nav><ul>" + "".join(f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in (
    "Home", "News", "Sport", "Business", "Politics", "Health", "Science", "Technology")) + "</ul></nav>"


def _sentences(record: dict) -> list[str]:
    """A paragraph's sentences, split only outside the quotations found in it (and where its double marks
    are balanced), never after an abbreviation or an initial (`Mr.`, `R.`)."""
    text, spans = record["text"], [(q["start"], q["end"]) for q in record["quotes"]]
    parts, last = [], 0
    for end in _SENTENCE_END.finditer(text):
        cut = end.end(1)
        if any(start - 2 <= cut <= stop + 2 for start, stop in spans) or text[last:cut].count('"') % 2 \
                or _ABBREVIATED.search(text, 0, cut):
            continue
        parts.append(text[last:cut].strip())
        last = end.end()
    return [part for part in parts + [text[last:].strip()] if part]


def _speakers_by_words(records: list[dict], folder: Path) -> dict[tuple[str, str], list]:
    """The speakers of each document's quotations, by the quotation's words in lowercase (a copy may write
    a headline's in capitals)."""
    found: dict[tuple[str, str], list] = {}
    for record in records:
        for quote in record["quotes"]:
            found.setdefault((Path(record["path"]).relative_to(folder).as_posix(), quote["quote"].lower()), []).append(
                quote["speaker"])
    return found


_SENTENCE_END = re.compile(r"([.!?]) +(?=[A-Z])")
_ABBREVIATED = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Jr|Sr|Co|Inc|Ltd|Corp|Gen|Sen|Rev|Prof|vs|etc|Gov|Rep"
                          r"|Reps|Sens|Capt|Lt|Col|Sgt|Maj|Adm|Cmdr|Fr|Gens))\.$")


def _same_speakers(corpus: Path, original: dict, name: str, change) -> dict:
    """How many quotations a copy of the corpus with `change` made to every text gives the speaker the
    corpus extracted as it is (`original`) gives them."""
    _, same, total = _agreement(original, _copy_extracted(corpus, name, change))
    return {"quotes": total, "same_speaker": same, "same_ratio": round(same / total, 4) if total else None}


_UNDOTTED_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rev|Prof|Col|Capt|Lt|Sgt|Gov|Rep)\b(?!\.)")
_SAID = re.compile(r"\bsaid\b")
_SPEECH_VERBS = ("stated", "remarked", "explained", "noted", "stressed", "declared", "observed", "commented",
                 "maintained", "asserted", "contended", "suggested", "conceded", "acknowledged", "insisted",
                 "claimed", "argued", "warned", "added", "replied", "continued", "admitted", "complained", "recalled")


_PRESENT = {"said": "says", "told": "tells", "added": "adds", "explained": "explains", "insisted": "insists",
            "warned": "warns", "claimed": "claims", "argued": "argues", "admitted": "admits"}
_PAST_CUE = re.compile(r"\b(?:" + "|".join(_PRESENT) + r")\b")


def single_marked_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with every double mark turned single (`"We…,"
    he said` -> `‘We…,’ he said`, as some house styles write speech): how many of its quotations the
    single-marked copy still finds, and how many with the same speaker (per paragraph, quotations
    matched by speaker)."""
    copied = _copy_extracted(corpus, "_single_marked",
                             lambda text: _SINGLE_CLOSE.sub("’", _SINGLE_OPEN.sub("‘", text)))
    found, same, total = _agreement(original, copied)
    return {"quotes_double_marked": total, "found_single_marked": found, "same_speaker": same,
            "found_ratio": round(found / total, 4) if total else None}


def renamed_copy(corpus: Path, original: dict) -> dict:
    """The corpus extracted as it is (`original`) and with every word of its speakers' names
    replaced by an invented one, the same throughout (`Tony Blair` -> `Kavun Zobekun`, `Mr Blair` ->
    `Mr Zobekun`), as names no list of given names knows: how many quotations the renamed copy gives
    the speaker the original gives, renamed. Words the corpus also writes in lowercase, places,
    nations, parties and bodies stay, so what changes is only whether a name is known."""
    texts = [path.read_text(errors="replace") for path in corpus.rglob("*.txt")]
    names = _invented_names(_speakers_words(original, texts))

    def rename(text: str) -> str:
        return _CAPITALISED.sub(lambda m: names.get(m.group(), m.group()), text)

    copied = _copy_extracted(corpus, "_renamed", rename)
    expected = {key: [rename(s) if s else s for s in speakers] for key, speakers in original.items()}
    _, same, total = _agreement(expected, copied)
    return {"quotes": total, "name_words_replaced": len(names), "same_speaker": same,
            "same_ratio": round(same / total, 4) if total else None}


def _speakers_words(original: dict, texts) -> list[str]:
    """The words of the speakers' full names (two or three capitalised words) that may be replaced:
    none the corpus writes in lowercase (`Will`, `Brown`), none of a place, a nation, a party or a body."""
    from whosaid.extract import lexicon  # the words the extractor knows as no person's

    text = "\n".join(texts)
    lowercase = set(re.findall(r"\b[a-z]+\b", text))
    known = set().union(*(getattr(lexicon, name) for name in _NOT_PERSONS))
    places = {w for w, n in Counter(re.findall(r"\bin ([A-Z][a-z]+)\b", text)).items() if n >= 2}  # `in Wales`
    places |= set(re.findall(r"\b([A-Z][a-z]+)(?:-based|ian|ese)\b", text))  # `Paris-based`
    speakers = {s for speakers in original.values() for s in speakers if s and _FULL_NAME.fullmatch(s)}
    return sorted({w for s in speakers for w in s.split()
                   if len(w) > 2 and w.lower() not in lowercase and w.lower() not in known and w not in places})


_FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NOT_PERSONS = ("DEMONYMS", "PLACES", "US_STATES", "NEW_PLACES", "VENUES", "ORG_WORDS", "PARTY_WORDS", "NOT_NAMES",
                "HONORIFICS", "ROLE_WORDS", "NOT_HUMAN", "PLACE_NOUNS", "BODY_NOUNS", "OUTLETS")


def _invented_names(words: list[str], seed: int = 1) -> dict[str, str]:
    """Each word an invented one of consonant-vowel syllables (`Zupur`, `Vopolir`), the same each run."""
    chooser, taken, names = random.Random(seed), set(words), {}
    for word in words:
        while True:
            syllables = "".join(chooser.choice("bdfgklmnprstvz") + chooser.choice("aeiou")
                                for _ in range(chooser.choice((2, 3))))
            invented = (syllables + chooser.choice(("", "n", "r", "k"))).capitalize()
            if invented not in taken:
                taken.add(invented)
                names[word] = invented
                break
    return names


def _copy_extracted(corpus: Path, name: str, change) -> dict:
    """The speakers by paragraph of a copy of the corpus with `change` made to every text."""
    copy = RESULTS / name
    shutil.rmtree(copy, ignore_errors=True)
    for path in corpus.rglob("*.txt"):
        target = copy / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(change(path.read_text(errors="replace")))
    found = _speakers_by_paragraph(copy)
    shutil.rmtree(copy, ignore_errors=True)
    return found


def _agreement(expected: dict, found: dict) -> tuple[int, int, int]:
    """Quotations found again, found with the expected speaker, and expected, paragraph by paragraph."""
    hits = sum(min(len(found.get(key, [])), len(speakers)) for key, speakers in expected.items())
    same = sum(sum(1 for s in set(speakers) for _ in range(min(speakers.count(s), found.get(key, []).count(s))))
               for key, speakers in expected.items())
    return hits, same, sum(len(speakers) for speakers in expected.values())


_SINGLE_OPEN = re.compile(r'(?:^|(?<=[\s(\[]))"(?=\S)', re.M)  # after a space or a bracket, before a word
_SINGLE_CLOSE = re.compile(r'"')  # every other mark closes: `enforcer".`, `fool,"` (a stop after it is no word)


def _extracted(folder: Path) -> list[dict]:
    """`whosaid extract FOLDER --format jsonl`'s records, a paragraph each."""
    run = subprocess.run(whosaid_command() + ["extract", str(folder), "--format", "jsonl"], check=True,
                         capture_output=True, text=True, env=_env())
    return [json.loads(line) for line in run.stdout.splitlines()]


def _speakers_by_paragraph(folder: Path, records: list[dict] | None = None) -> dict[tuple[str, int], list]:
    found = {}
    for record in _extracted(folder) if records is None else records:
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


def _transcript(paragraphs: int, names: tuple[str, ...]) -> str:
    """A long document of short quoted paragraphs, each a speaker's, the same few named thousands of times
    (a hearing's transcript, a live blog): its paragraphs apart by blank lines."""
    return "\n\n".join(f'"Point {i} stands," said {names[i % len(names)]}. He added: "More." She disagreed with '
                         f'Mr {names[i % len(names)].split()[-1]}.' for i in range(paragraphs))


_SIX = ("Ann Lee", "Tom Reyes", "Bo Li", "Jane Ortiz", "Mark Cole", "Priya Patel")
ADVERSARIAL = {  # one paragraph each, built here: what a data dump, a table or a broken file can hold
    "quotes_10000_no_full_stop": '"x," said ' * 10000,  # 100 KB: a list of quotations with no one to say them
    "opening_marks_20000": "“a " * 20000,  # marks that never close
    "mixed_marks_10000": '"' + "'“‘" * 10000,
    "capitalised_words_20000": "Alpha " * 20000,  # one run of a name's length 20,000 words long
    "commas_20000_then_a_quote": "Smith, " * 20000 + 'said "yes."',
    "possessives_20000_then_a_quote": "Smith's " * 20000 + 'said "yes."',
    "one_word_of_a_megabyte": "a" * 1_000_000,
    "quote_marks_50000": '"' * 50000,
    # and documents of many paragraphs: a paragraph's time should not grow with the paragraphs before it
    "transcript_5000_paragraphs": _transcript(5000, _SIX),
    "transcript_20000_paragraphs": _transcript(20000, _SIX),
    "transcript_5000_paragraphs_two_of_a_surname": _transcript(5000, _SIX[:4] + ("Mark Lee", "Priya Patel")),
}
ADVERSARIAL_TIMEOUT = 300


def section_adversarial(_shared: Path) -> dict:
    """Seconds `whosaid extract` takes on each paragraph of ADVERSARIAL (in a file of its own, after a title):
    none should take minutes, however odd; None when one takes more than ADVERSARIAL_TIMEOUT."""
    folder = RESULTS / "_adversarial"
    folder.mkdir(parents=True, exist_ok=True)
    seconds, kb = {}, {}
    for name, paragraph in ADVERSARIAL.items():
        path = folder / f"{name}.txt"
        path.write_text(f"Title\n\n{paragraph}\n")
        started = time.perf_counter()
        try:
            subprocess.run(whosaid_command() + ["extract", str(path), "--format", "jsonl"], check=True,
                           stdout=subprocess.DEVNULL, env=_env(), timeout=ADVERSARIAL_TIMEOUT)
            seconds[name] = round(time.perf_counter() - started, 2)
        except subprocess.TimeoutExpired:
            seconds[name] = None
        kb[name] = round(len(paragraph.encode()) / 1000)
    shutil.rmtree(folder, ignore_errors=True)
    return {"adversarial_seconds": seconds, "adversarial_kb": kb}


SECTIONS = {"quotes": section_quotes, "html": section_html, "adversarial": section_adversarial}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", metavar="SECTION", help=f"any of {', '.join(SECTIONS)} (default: all)")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    if not args.shared.exists():
        sys.exit(f"No evaluation material at {args.shared}; pass --shared PATH.")
    run_sections(parser, args.sections, SECTIONS, args.shared)


def run_sections(parser: argparse.ArgumentParser, chosen: list[str], sections: dict, argument,
                 prefix: str = "") -> None:
    """Each chosen section (all, if none is) run on `argument`, printed and written to
    benchmarks/results/<prefix><section>.json."""
    unknown = set(chosen) - set(sections)
    if unknown:
        parser.error(f"unknown section(s) {', '.join(sorted(unknown))}; choose from {', '.join(sections)}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    for section in chosen or list(sections):
        figures = sections[section](argument)
        (RESULTS / f"{prefix}{section}.json").write_text(json.dumps(figures, indent=1))
        print_table(section, figures)


if __name__ == "__main__":
    main()
