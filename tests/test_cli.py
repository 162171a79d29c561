"""Wiring: options reach the library, output formats, exit codes and error text."""
import json
import re

import pytest
from click.testing import CliRunner

from whosaid.cli import cli

from .conftest import write


@pytest.fixture
def run(monkeypatch, tmp_path):
    monkeypatch.delenv("WHOSAID_INDEX", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    def invoke(*args, **kwargs):
        return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False, **kwargs)
    return invoke


def test_index_then_search_prints_the_spokeswoman_paragraph_first(run, tmp_path, seed_dir):
    ix = tmp_path / "ix"
    indexed = run("index", seed_dir, "--index-dir", ix)
    assert indexed.exit_code == 0, indexed.output
    assert indexed.stdout == ""
    assert indexed.stderr.startswith("Indexed 1 document (1 new, 0 updated), 8 paragraphs, 10 quotes in ")
    found = run("search", "retaliation", "--index-dir", ix)
    assert found.exit_code == 0, found.output
    lines = found.stdout.splitlines()
    assert lines[:4] == [
        "1 passage matches 'retaliation' (showing 1–1)",
        "",
        "1. Cara Delevingne says Harvey Weinstein made inappropriate advances · ¶6 · 2017-10-11",
        "   speaker: Harvey Weinstein's spokeswoman",
    ]
    assert "acts of **retaliation** against" in lines[4]


def test_the_index_dir_comes_from_the_environment(run, tmp_path, seed_dir):
    ix = tmp_path / "from-env"
    assert run("index", seed_dir, env={"WHOSAID_INDEX": str(ix)}).exit_code == 0
    result = run("search", "retaliation", "--format", "json", env={"WHOSAID_INDEX": str(ix)})
    assert json.loads(result.stdout)["total"] == 1


def test_json_output_carries_every_field_and_the_highlight_spans(run, tmp_path, seed_dir):
    ix = tmp_path / "ix"
    run("index", seed_dir, "--index-dir", ix)
    data = json.loads(run("search", "retaliate", "--index-dir", ix, "--format", "json").stdout)
    assert (data["query"], data["total"], data["page"], data["limit"], len(data["hits"])) == ("retaliate", 1, 1, 10, 1)
    hit = data["hits"][0]
    assert sorted(hit) == ["also_at", "author", "date", "highlights", "key", "para", "path", "published", "quotes",
                           "rank", "score", "speaker_highlights", "speakers", "text", "title", "title_highlights",
                           "url"]
    assert (hit["para"], hit["date"], hit["published"], hit["speakers"]) == (
        6, "2017-10-11", "2017-10-11", ["Harvey Weinstein's spokeswoman"])
    assert [hit["text"][s["start"]:s["end"]] for s in hit["highlights"]] == ["retaliation"]
    assert [q["cue"] for q in hit["quotes"]] == ["told", "according to", "according to"]


def test_jsonl_and_csv_formats(run, tmp_path, seed_dir):
    ix = tmp_path / "ix"
    run("index", seed_dir, "--index-dir", ix)
    jsonl = run("search", "delevingne", "--index-dir", ix, "--format", "jsonl", "--limit", "2").stdout
    assert [json.loads(line)["rank"] for line in jsonl.splitlines()] == [1, 2]
    csv_out = run("search", "retaliation", "--index-dir", ix, "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "rank,score,path,para,title,date,published,author,speakers,text"
    assert len(csv_out) == 2


def test_search_without_an_index_is_one_line_and_exit_1(run, tmp_path):
    result = run("search", "retaliation", "--index-dir", tmp_path / "missing")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: No index at {tmp_path / 'missing'}. Run `whosaid index PATH` first "
        f"(add --index-dir {tmp_path / 'missing'} if you chose that folder)."]


def test_a_skipped_files_name_is_printed_without_its_control_characters(run, tmp_path, seed_dir):
    write(seed_dir, "bad\x1b[2Jname.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("index", seed_dir, "--index-dir", tmp_path / "ix")
    assert result.stderr.splitlines()[0] == f"skipped: {seed_dir}/bad?[2Jname.txt: binary file (NUL bytes), not text"


def test_files_of_other_kinds_are_counted_on_stderr_by_index_and_extract(run, tmp_path, seed_dir):
    for name in ("scan.pdf", "notes.doc", "old.pdf"):
        write(seed_dir, name, "x")
    indexed = run("index", seed_dir, "--index-dir", tmp_path / "ix")
    assert (indexed.exit_code, indexed.stderr.startswith(
        "Indexed 1 document (1 new, 0 updated), 8 paragraphs, 10 quotes; 3 files of other kinds passed over "
        "(2 .pdf, 1 .doc) in ")) == (0, True)
    extracted = run("extract", seed_dir)
    assert (extracted.exit_code, extracted.stderr) == (0, "whosaid: 3 files of other kinds passed over (2 .pdf, 1 .doc).\n")


def test_extract_reads_standard_input_for_a_dash(run, seed_dir):
    result = run("extract", "-", seed_dir, input=b'Vote delayed\n\n"We need time," said John Bercow.\n')
    assert result.stdout.splitlines()[:3] == [
        "- ¶2 · undated · Vote delayed", "  John Bercow [John Bercow, said]: “We need time,”",
        f"{seed_dir / '000_eeb03fb59dce04d5.txt'} ¶2 · 2017-10-11 · Cara Delevingne says Harvey Weinstein made "
        "inappropriate advances"]
    assert run("extract", "-", "-", input=b"x").stderr.splitlines()[-1] == (
        "Error: Invalid value for 'PATHS...': standard input (-) can be given once.")


def test_show_prints_a_paragraph_in_full_among_its_neighbours_with_their_quotations(run, corpus, corpus_index):
    budget = corpus / "a/2017-10-02-budget.txt"
    assert run("show", f"{budget}#2", "-C", "1", "--index-dir", corpus_index).stdout.splitlines() == [
        "Budget row deepens · 2017-10-02", f"{budget} · https://news.example/2017/10/02/budget", "",
        '  ¶1  The chancellor defended the budget on Monday. "This budget is fair to every family," Philip Hammond said.',
        "    Philip Hammond [Philip Hammond, said]: “This budget is fair to every family,”",
        '→ ¶2  Labour attacked the plan. "It is a budget for the few," said John McDonnell, the shadow chancellor.',
        "    John McDonnell [John McDonnell, said]: “It is a budget for the few,”",
        "  ¶3 · 2017-10-01  Economists were divided over the figures released yesterday."]
    whole = json.loads(run("show", budget, "--index-dir", corpus_index, "--format", "json").stdout)
    assert (whole["para"], [p["para"] for p in whole["passages"]]) == (None, [1, 2, 3])


def test_show_names_what_it_cannot_find(run, corpus, corpus_index):
    budget = corpus / "a/2017-10-02-budget.txt"
    assert run("show", f"{budget}#9", "--index-dir", corpus_index).stderr.splitlines()[-1] == (
        f"Error: Invalid value for 'PATH[#PARA]': {budget} has 3 paragraphs; there is no ¶9.")
    assert run("show", corpus / "nope.txt", "--index-dir", corpus_index).stderr == (
        f"Error: {corpus / 'nope.txt'} is not in the index at {corpus_index}; `whosaid search` prints the paths it "
        "holds.\n")


@pytest.mark.parametrize("key, message", [
    ("#3", "give the article's path before #3, as a search hit names it (seeds/a.txt#6)."),
    ("", "give the article's path, as a search hit names it (seeds/a.txt#6)."),
])
def test_show_asks_for_a_path_when_none_is_given(run, corpus_index, key, message):
    assert run("show", key, "--index-dir", corpus_index).stderr.splitlines()[-1] == (
        f"Error: Invalid value for 'PATH[#PARA]': {message}")


def test_show_of_a_folder_asks_for_one_of_its_articles(run, corpus, corpus_index):
    assert run("show", corpus / "a", "--index-dir", corpus_index).stderr.splitlines()[-1] == (
        f"Error: Invalid value for 'PATH[#PARA]': {corpus / 'a'} is a folder; give one of its articles.")


def test_index_of_a_folder_without_articles_says_so(run, tmp_path):
    write(tmp_path / "scans", "page.pdf", "x")
    result = run("index", tmp_path / "scans", "--index-dir", tmp_path / "ix")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (0, (
        f"whosaid: no article files under {tmp_path / 'scans'} (whosaid reads .txt, .md, .html and the other kinds "
        "`whosaid index --help` lists)."))
    write(tmp_path / "scans", "note.txt", "An article.")
    assert "no article files" not in run("index", tmp_path / "scans", "--index-dir", tmp_path / "ix").stderr
    assert "no article files" not in run("index", tmp_path / "scans", "--index-dir", tmp_path / "ix").stderr  # same
    assert "no article files" not in run("extract", tmp_path / "scans").stderr


def test_extract_of_a_folder_without_articles_says_so(run, tmp_path):
    write(tmp_path / "scans", "page.pdf", "x")
    assert run("extract", tmp_path / "scans").stderr.splitlines() == [
        "whosaid: 1 file of other kinds passed over (1 .pdf).",
        f"whosaid: no article files under {tmp_path / 'scans'} (whosaid reads .txt, .md, .html and the other kinds "
        "`whosaid index --help` lists)."]


def test_index_prints_its_counts_as_json_when_asked(run, tmp_path, seed_dir):
    bad = write(seed_dir, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(seed_dir, "scan.pdf", "x")
    result = run("index", seed_dir, "--index-dir", tmp_path / "ix", "--quiet", "--format", "json")
    report = json.loads(result.stdout)
    assert report.pop("seconds") > 0
    assert (result.exit_code, report) == (3, {
        "documents": 1, "added": 1, "updated": 0, "unchanged": 0, "removed": 0, "duplicates": 0, "articles": 1,
        "passages": 8, "quotes": 10, "skipped": [{"path": str(bad), "reason": "binary file (NUL bytes), not text"}],
        "passed_over": {".pdf": 1}, "upgraded_from": None})


def test_index_builds_again_an_index_another_version_wrote_and_says_so(run, tmp_path, seed_dir):
    index_dir = tmp_path / "ix"
    run("index", seed_dir, "--index-dir", index_dir, "--quiet")
    marker = index_dir / "whosaid.json"
    marker.write_text(json.dumps({**json.loads(marker.read_text()), "schema_version": 12}))
    assert run("search", "retaliation", "--index-dir", index_dir).exit_code == 1
    result = run("index", seed_dir, "--index-dir", index_dir)
    assert re.fullmatch(r"Rebuilt the index another version of whosaid wrote \(schema 12\)\. Indexed 1 document "
                        r"\(1 new, 0 updated\), 8 paragraphs, 10 quotes in \d+\.\d\d s\n", result.stderr)
    assert run("search", "retaliation", "--index-dir", index_dir).stdout.startswith("1 passage matches")


def test_a_binary_file_is_reported_skipped_and_exits_3(run, tmp_path, seed_dir):
    bad = write(seed_dir, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = run("index", seed_dir, "--index-dir", tmp_path / "ix")
    assert result.exit_code == 3
    assert result.stderr.splitlines()[0] == f"skipped: {bad}: binary file (NUL bytes), not text"
    assert "Indexed 1 document (1 new, 0 updated), 8 paragraphs, 10 quotes; 1 skipped in " in result.stderr


_FEED = ("<rss><channel><item><title>Vote delayed</title><description>\"We need time,\" said John Bercow."
         "</description></item><item><title>Storm hits</title><description>The coast flooded.</description></item>"
         "</channel></rss>")


def test_extract_text_names_each_articles_title_in_a_file_of_several(run, tmp_path):
    feed = write(tmp_path, "bugle.rss", _FEED.encode())
    assert run("extract", feed).stdout.splitlines() == [
        f"{feed} ¶2 · undated · Vote delayed", "  John Bercow [John Bercow, said]: “We need time,”"]


def test_the_summary_counts_the_articles_a_file_of_several_holds(run, tmp_path, seed_dir):
    write(seed_dir, "bugle.rss", _FEED.encode())
    result = run("index", seed_dir, "--index-dir", tmp_path / "ix")
    assert result.stderr.startswith(
        "Indexed 2 documents (2 new, 0 updated) holding 3 articles, 12 paragraphs, 11 quotes in ")


def test_extract_jsonl_is_the_scorers_contract(run, seed_dir):
    result = run("extract", seed_dir, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 8
    assert sorted(rows[3]) == ["author", "date", "para", "path", "published", "quotes", "speakers", "text", "title",
                               "url"]
    assert rows[3]["quotes"][0] == {
        "quote": "Since then I felt awful that I did the movie. I felt like I didn't deserve the part,",
        "start": 1, "end": 85, "speaker": "Cara Delevingne", "speaker_mention": "she", "cue": "wrote"}


def test_extract_text_lists_quotations_with_their_speakers(run, seed_dir):
    out = run("extract", seed_dir).stdout.splitlines()
    assert out[0].endswith("000_eeb03fb59dce04d5.txt ¶2 · 2017-10-11 · Cara Delevingne says Harvey Weinstein made "
                           "inappropriate advances")
    assert out[1] == "  Cara Delevingne [She, alleged]: “odd and uncomfortable call,”"


@pytest.mark.parametrize("args, message", [
    (["search", "x", "--limit", "0"], "Invalid value for '--limit' / '-n': 0 is not in the range 1<=x<=1000."),
    (["search", "x", "--since", "last tuesday"],
     "Invalid value for '--since': 'last tuesday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
    (["search", "x", "--until", "2017-13"], "Invalid value for '--until': '2017-13' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
    (["search", "x", "--sort", "oldest"], "Invalid value for '--sort': 'oldest' is not one of 'relevance', 'date', '-date'."),
    (["search", "x", "--page", "-1"], "Invalid value for '--page': -1 is not in the range x>=1."),
    (["search", "x", "--format", "xml"], "Invalid value for '--format': 'xml' is not one of 'text', 'json', 'jsonl', 'csv'."),
    (["search", "x", "--since", "2019", "--until", "2018"],
     "Invalid value for '--since': 2019-01-01 is after --until's last day, 2018-12-31."),
    (["speakers", "--since", "2017-10-12", "--until", "2017-10-11"],
     "Invalid value for '--since': 2017-10-12 is after --until's last day, 2017-10-11."),
])
def test_bad_options_are_usage_errors(run, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


def test_a_query_with_nothing_to_search_is_one_line(run, tmp_path, seed_dir):
    ix = tmp_path / "ix"
    run("index", seed_dir, "--index-dir", ix)
    for args in (("",), ()):
        result = run("search", *args, "--index-dir", ix)
        assert (result.exit_code, result.stderr) == (1, "Error: The query is empty. Give words to search for "
                                                        "(`whosaid search retaliation`) or a filter "
                                                        "(`whosaid search --speaker weinstein`).\n")


def test_speakers_command_lists_quotation_counts(run, corpus_index):
    result = run("speakers", "--index-dir", corpus_index)
    assert result.stdout.splitlines() == [
        "     2  José Núñez", "     2  Maria Lopez", "     1  John McDonnell", "     1  Philip Hammond"]
    about = run("speakers", "fair", "--index-dir", corpus_index, "--format", "csv")
    assert about.stdout.splitlines() == ["speaker,quotes", "Maria Lopez,2", "Philip Hammond,1"]


def test_info_command(run, corpus, corpus_index):
    data = json.loads(run("info", "--index-dir", corpus_index, "--format", "json").stdout)
    assert (data["documents"], data["passages"], data["quotes"], data["speakers"], data["first_date"],
            data["built_from"]) == (3, 11, 6, 4, "2017-10-01", [str(corpus)])
    text = run("info", "--index-dir", corpus_index).stdout.splitlines()
    assert text[1:6] == ["    documents  3 (+0 duplicates)", "     passages  11", "   quotations  6", "     speakers  4",
                         "      writers  0"]
    assert text[-1] == f"   built from  {corpus}"


def test_info_names_every_folder_the_index_was_built_from(run, tmp_path, corpus):
    index_dir = tmp_path / "ix"
    run("index", corpus / "b", "--index-dir", index_dir, "--quiet")
    run("index", corpus / "a", "--index-dir", index_dir, "--quiet")
    assert run("info", "--index-dir", index_dir).stdout.splitlines()[-2:] == [
        f"   built from  {corpus / 'a'}", f"               {corpus / 'b'}"]


def test_search_options_reach_the_library(run, corpus_index):
    args = ("search", "budget", "--index-dir", corpus_index, "--format", "json")
    data = json.loads(run(*args, "--quotes-only", "--source", "c/*", "--facet", "speaker").stdout)
    assert ([h["para"] for h in data["hits"]], data["facets"]) == ([3], {"speaker": [{"value": "Maria Lopez", "count": 2}]})
    by_date = json.loads(run(*args, "--sort", "-date", "--per-doc", "1", "--limit", "2", "--page", "2").stdout)
    assert ([h["path"].rsplit("/", 1)[-1] for h in by_date["hits"]], by_date["page"]) == (["2017-10-02-budget.txt"], 2)
    dated = json.loads(run(*args, "--since", "2017-11", "--until", "2017").stdout)
    assert [h["para"] for h in dated["hits"]] == [4]


def test_a_query_that_starts_with_a_minus_sign_is_told_to_follow_two_dashes(run, corpus_index):
    result = run("search", "-budget", "--index-dir", corpus_index)
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, "Error: No such option '-b'. A query that starts with - (a word to exclude) goes after --: "
           "whosaid search -- '-word other'.")
    assert run("search", "--index-dir", corpus_index, "--", "-budget delegates").stdout.splitlines()[0] == (
        "2 passages match '-budget delegates' (showing 1–2)")  # (a delegate, stemmed)
    assert run("search", "--budget", "--index-dir", corpus_index).stderr.splitlines()[-1] == (
        "Error: No such option '--budget'.")


def test_a_shell_completes_speaker_names_from_the_index(tmp_path, corpus_index):
    def complete(words: str) -> str:
        env = {"_WHOSAID_COMPLETE": "bash_complete", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
        return CliRunner().invoke(cli, [], prog_name="whosaid", env=env).stdout
    assert complete(f"whosaid search --index-dir {corpus_index} --speaker m") == "plain,maria\nplain,mcdonnell\n"
    assert complete(f"whosaid speakers --index-dir {tmp_path / 'none'} --speaker m") == "\n"  # no index, no names
    assert complete("whosaid show se") == "file,se\n"  # a path: the shell completes it


def test_search_with_a_speaker_and_no_query_prints_what_they_said(run, corpus_index):
    lines = run("search", "--speaker", "hammond", "--index-dir", corpus_index).stdout.splitlines()
    assert lines[:5] == [
        "1 passage matches the filters (showing 1–1)", "",
        "1. Budget row deepens · ¶1 · 2017-10-02", "   speaker: Philip **Hammond**",
        '   The chancellor defended the budget on Monday. "**This budget is fair to every family,**" Philip Hammond said.']
    assert run("search", "--speaker", "nobody", "--index-dir", corpus_index).stdout == (
        "No passages match the filters.\n--speaker nobody allows no passage in the index.\n")


def test_an_empty_speakers_list_names_each_filter_that_allows_nothing(run, corpus_index):
    assert run("speakers", "--speaker", "hammond", "--source", "z/*", "--index-dir", corpus_index).stdout == (
        "No speakers found.\n--source 'z/*' allows no passage in the index.\n")
    assert run("speakers", "zebras", "--index-dir", corpus_index).stdout == "No speakers found.\n"  # no filter


def test_a_search_its_filters_emptied_says_what_the_query_alone_finds(run, corpus_index):
    assert run("search", "budget", "--speaker", "Jo Nobody", "--source", "b/*", "--index-dir", corpus_index
               ).stdout.splitlines() == ["No passages match 'budget'.", "--speaker 'Jo Nobody' allows no passage in "
                                         "the index.", "Without the filters, 5 passages match 'budget'."]


def test_author_options_reach_the_library(run, tmp_path):
    write(tmp_path / "a", "rail.txt", "---\ntitle: Rail fares rise\nauthor: Anna Berg\n---\n"
                                      '"The budget is stretched," said Carl Webb.\n')
    write(tmp_path / "a", "port.txt", "---\ntitle: Port deal signed\nauthor: Tom Reyes\n---\n"
                                      '"A fair budget," said Lena Holt.\n')
    ix = tmp_path / "ix"
    run("index", tmp_path / "a", "--index-dir", ix, "--quiet")
    args = ("search", "budget", "--index-dir", ix, "--format", "json", "--facet", "author")
    data = json.loads(run(*args, "--author", "berg").stdout)
    assert ([h["author"] for h in data["hits"]], data["facets"]) == (["Anna Berg"], {"author": [
        {"value": "Anna Berg", "count": 1}]})
    assert run("speakers", "--index-dir", ix, "--author", "reyes").stdout == "     1  Lena Holt\n"
    assert run("search", "author:reyes", "--index-dir", ix).stdout.splitlines()[2] == (
        "1. Port deal signed · ¶1 · undated · by Tom Reyes")


def test_index_without_paths_updates_what_the_index_was_built_from(run, tmp_path):
    write(tmp_path / "a", "one.txt", "An article about tariffs.")
    write(tmp_path / "b", "two.txt", "An article about budgets.")
    ix = tmp_path / "ix"
    run("index", tmp_path / "a", "--index-dir", ix, "--quiet")
    run("index", tmp_path / "b", "--index-dir", ix, "--quiet")
    write(tmp_path / "a", "three.txt", "An article about harbours.")
    result = run("index", "--index-dir", ix)
    assert result.stderr == "Indexed 1 document (1 new, 0 updated), 1 paragraph, 0 quotes; 2 unchanged in " + \
        result.stderr.rsplit(" in ", 1)[1]
    (tmp_path / "b" / "two.txt").unlink()
    (tmp_path / "b").rmdir()
    gone = run("index", "--index-dir", ix, "--quiet")
    assert (gone.exit_code, gone.stderr) == (0, f"whosaid: {tmp_path / 'b'} is gone; its articles stay in the index "
                                                "(--rebuild drops them).\n")
    assert run("search", "budgets", "--index-dir", ix, "--format", "json").stdout.count('"para"') == 1


def test_index_without_paths_on_a_new_index_and_no_seeds_folder_is_a_usage_error(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run("index", "--index-dir", tmp_path / "ix")
    assert (result.exit_code, result.stderr.splitlines()[-1], (tmp_path / "ix").exists()) == (
        2, "Error: Give the folders or files to index (there is no seeds/ folder here to index).", False)


def test_index_without_paths_when_all_it_was_built_from_is_gone_is_a_usage_error(run, tmp_path):
    write(tmp_path / "a", "one.txt", "An article about tariffs.")
    ix = tmp_path / "ix"
    run("index", tmp_path / "a", "--index-dir", ix, "--quiet")
    (tmp_path / "a" / "one.txt").unlink()
    (tmp_path / "a").rmdir()
    result = run("index", "--index-dir", ix, "--quiet")
    assert (result.exit_code, result.stderr.splitlines()[-1]) == (
        2, f"Error: Nothing the index at {ix} was built from exists any more; give PATHS.")


def test_no_match_suggests_a_spelling(run, corpus_index):
    result = run("search", "budgte", "--index-dir", corpus_index)
    assert result.stdout.splitlines() == ["No passages match 'budgte'.", "Did you mean: budget"]


def test_index_no_prune_and_the_summary_line(run, tmp_path, corpus):
    ix = tmp_path / "ix"
    run("index", corpus, "--index-dir", ix)
    (corpus / "b/2017-11-15-climate.md").unlink()
    kept = run("index", corpus, "--index-dir", ix, "--no-prune")
    assert kept.stderr.startswith("Indexed 0 documents (0 new, 0 updated), 0 paragraphs, 0 quotes; 2 unchanged in ")
    pruned = run("index", corpus, "--index-dir", ix)
    assert pruned.stderr.startswith("Indexed 0 documents (0 new, 0 updated), 0 paragraphs, 0 quotes; "
                                    "2 unchanged, 1 removed in ")


def test_a_malformed_query_is_one_line_on_stderr(run, corpus_index):
    result = run("search", '"unclosed', "--index-dir", corpus_index)
    assert (result.exit_code, result.stdout, result.stderr) == (
        1, "", 'Error: The query has an unclosed quotation mark ("). Close the phrase or remove the mark.\n')


def _console(*args: str):
    """`whosaid ARGS` through the console script's `main`, in a fresh process."""
    import subprocess
    import sys

    script = f"import sys; from whosaid.cli import main; sys.argv = ['whosaid', *{list(args)!r}]; main()"
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)


def test_search_loads_neither_the_writer_nor_the_extractor_nor_asyncio_nor_http(corpus_index):
    """Start-up is most of `whosaid search`: what it must not import, in a fresh process."""
    import subprocess
    import sys

    script = ("import sys; from whosaid.cli import cli; sys.argv = ['whosaid', 'search', 'budget', '--index-dir', "
              f"{str(corpus_index)!r}, '--format', 'json']\ncli(standalone_mode=False)\n"
              "print(sorted(m for m in ('asyncio', 'bs4', 'whosaid.extract', 'whosaid.store.writer', 'whoosh.writing',"
              " 'urllib.request', 'http.client', 'ssl', 'hashlib', 'html', 'queue', 'tempfile', 'shutil')"
              " if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert (json.loads(done.stdout)["total"] > 0, done.stderr.strip()) == (True, "[]")


def test_the_console_script_ends_a_search_at_once_with_all_its_output(run, corpus_index):
    """A read-only command skips the interpreter's teardown: nothing of its output may be lost."""
    args = ("search", "budget", "--index-dir", str(corpus_index), "--format", "json", "--limit", "50")
    done = _console(*args)
    assert (done.returncode, done.stdout, done.stderr) == (0, run(*args).output, "")


def test_the_console_script_still_reports_errors_with_their_status(tmp_path):
    done = _console("search", "budget", "--index-dir", str(tmp_path / "none"))
    assert (done.returncode, done.stdout, done.stderr.startswith("Error: No index at")) == (1, "", True)


@pytest.mark.parametrize("format_", ["text", "jsonl"])
def test_extract_into_a_pipe_closed_early_ends_quietly_with_success(tmp_path, format_):
    """`whosaid extract … | head -1`: the reader goes away long before the end."""
    import subprocess
    import sys

    for n in range(60):
        write(tmp_path / "many", f"{n:02d}.txt", f'"Quote {n} is here," said Person{n} Smith. ' * 200)
    script = f"import sys; from whosaid.cli import main; sys.argv = ['whosaid', 'extract', {str(tmp_path / 'many')!r}, " \
             f"'--format', {format_!r}]; main()"
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = process.stdout.readline()
    process.stdout.close()
    assert (bool(first), process.wait(timeout=60), process.stderr.read()) == (True, 0, b"")
