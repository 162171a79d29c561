"""Captions and subtitles (.vtt, .srt): a broadcast's words, a paragraph a speaker's turn."""
import pytest

from whosaid import annotate
from whosaid.errors import UnreadableFile
from whosaid.ingest import parse_document

VOICED = """WEBVTT
Kind: captions

NOTE a town hall, captioned by hand

1
00:00:01.000 --> 00:00:04.000
<v Roger Bingham>We are in New York City,
and we are talking about taxes tonight.

2
00:00:04.500 --> 00:00:07.000
<v Roger Bingham>Mary, what would you cut first?

3
00:00:07.200 --> 00:00:10.000 align:start
<v.loud Mary Jones>The sales tax. I think it hurts
<c.yellow>working families</c> the most.

4
00:00:10.200 --> 00:00:12.000
[Applause]

5
00:00:12.500 --> 00:00:15.000
<v Roger Bingham><i>Thank you</i>, Mary &amp; goodnight.
"""
BROADCAST = """1
00:00:01,000 --> 00:00:04,000
>> ROGER BINGHAM: WE ARE IN NEW YORK
CITY TONIGHT.

2
00:00:04,500 --> 00:00:07,000
>> I THINK TAXES ARE TOO HIGH.

3
00:00:07,500 --> 00:00:09,000
>> MARY JONES: THE SALES TAX
HURTS US MOST.

4
00:00:09,500 --> 00:00:11,000
AND WE WILL CUT IT.

5
00:00:11,500 --> 00:00:13,000
<i>- Really?</i>
<i>- Yes, really.</i>
"""
ROLLING = """WEBVTT

00:00:00.000 --> 00:00:02.000
<00:00:00.500><c>hello</c><00:00:01.000><c> everyone</c>

00:00:02.000 --> 00:00:04.000
hello everyone
welcome to the show

00:00:07.000 --> 00:00:09.000
welcome to the show
the news tonight
"""


def _turns(captions: str, name: str):
    passages = annotate(parse_document(captions.encode(), name))
    return [(p.text, [(q.speaker, q.speaker_mention, q.cue) for q in p.quotes]) for p in passages]


def test_a_voice_tag_names_who_speaks_a_turn_that_runs_over_cues():
    assert _turns(VOICED, "townhall.vtt") == [
        ("We are in New York City, and we are talking about taxes tonight. Mary, what would you cut first?",
         [("Roger Bingham", "Roger Bingham", "voice")]),
        ("The sales tax. I think it hurts working families the most.", [("Mary Jones", "Mary Jones", "voice")]),
        ("Thank you, Mary & goodnight.", [("Roger Bingham", "Roger Bingham", "voice")])]


def test_a_broadcasts_marks_part_its_turns_and_a_turn_it_names_no_speaker_for_is_no_ones():
    assert _turns(BROADCAST, "news.srt") == [
        ("ROGER BINGHAM: WE ARE IN NEW YORK CITY TONIGHT.", [("Roger Bingham", "ROGER BINGHAM", ":")]),
        ("I THINK TAXES ARE TOO HIGH.", []),  # `>>` alone: someone else, whom the captions do not name
        ("MARY JONES: THE SALES TAX HURTS US MOST. AND WE WILL CUT IT.", [("Mary Jones", "MARY JONES", ":")]),
        ("Really?", []), ("Yes, really.", [])]  # a subtitle's dialogue dashes: two speakers


def test_a_mark_or_a_label_alone_on_its_line_opens_the_turn_the_next_line_speaks():
    captions = ("1\n00:00:01,000 --> 00:00:02,000\n>>\nWE ARE HERE TONIGHT.\n\n"
                "2\n00:00:02,500 --> 00:00:04,000\n>> ROGER BINGHAM:\nYES WE ARE.\n")
    assert _turns(captions, "news.srt") == [
        ("WE ARE HERE TONIGHT.", []), ("ROGER BINGHAM: YES WE ARE.", [("Roger Bingham", "ROGER BINGHAM", ":")])]


def test_a_rolling_captions_repeated_lines_and_word_timings_go_and_a_pause_ends_a_paragraph():
    assert [text for text, _ in _turns(ROLLING, "show.en.vtt")] == [
        "hello everyone welcome to the show", "the news tonight"]


@pytest.mark.parametrize("name", ["show.vtt", "show.srt"])
def test_a_file_named_as_captions_with_no_timed_cue_is_refused_with_a_reason(name):
    with pytest.raises(UnreadableFile) as err:
        parse_document(b"WEBVTT\n\nNOTE nothing yet\n", name)
    assert err.value.reason == "not captions (no cue with a time such as 00:00:01.000 --> 00:00:04.000)"
