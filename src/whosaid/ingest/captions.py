"""Captions and subtitles (.vtt, .srt): a broadcast's words, a paragraph a speaker's turn.

A broadcaster's captions, a video platform's subtitles and a newsroom's own are cues of a few lines,
each with its time. WebVTT may name the speaker with a voice tag (`<v Roger Bingham>We are …`); a
broadcast's closed captions mark each change of speaker with `>>`, and name the speaker after it when
they can (`>> ROGER: We are …`); a subtitle marks each speaker of a two-line exchange with a dash
(`- Hello.` / `- Hi.`). A turn runs over cues until the speaker changes, or, where nothing says who
speaks, until a pause (`_PAUSE`) or a long paragraph's sentence ends. Markup (`<i>`, `<c.yellow>`,
word timings `<00:00:01.500>`, `{\\an8}`), sound and music (`[Applause]`, `♪ …`) and the lines a
rolling caption repeats are not words anyone says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape


@dataclass(slots=True)
class Turn:
    """A paragraph of the broadcast: its words, and who speaks them where the captions say (`label` as
    written: `Roger Bingham`, `ROGER`), with `by_voice` when a voice tag rather than the text names them."""

    words: list[str] = field(default_factory=list)
    label: str | None = None
    by_voice: bool = False
    end: float = 0.0


def turns(text: str) -> list[Turn]:
    """The broadcast's turns, in order."""
    out: list[Turn] = []
    last_line = None
    for start, end, lines in _cues(text):
        for line in lines:
            voice, words = _voice(line), _words(line)
            if not words or words == last_line:
                continue  # a sound, or a line a rolling caption repeats
            last_line = words
            changed, label, words = _speaker_change(words)
            if voice is not None:
                changed, label = (not out or out[-1].label != voice), voice
            current = out[-1] if out else None
            if current is None or changed or current.label is None and _paused(current, start):
                out.append(Turn(label=label, by_voice=voice is not None))
            if words:  # (not a `>>` alone on its line, whose words follow)
                out[-1].words.append(words)
            out[-1].end = end
    return [t for t in out if t.words]


_PAUSE = 2.0  # seconds of silence that end a paragraph where no speaker is named
_LONG = 600  # characters after which a paragraph with no named speaker ends at a sentence's end


def _paused(turn: Turn, start: float) -> bool:
    return start - turn.end >= _PAUSE or sum(map(len, turn.words)) >= _LONG and turn.words[-1][-1:] in ".?!"


def paragraph(turn: Turn) -> tuple[str, int]:
    """The turn's paragraph, and where its speaker's words start in it (after `ROGER: `)."""
    words = " ".join(turn.words)
    if turn.label is None or turn.by_voice:
        return words, 0
    return f"{turn.label}: {words}", len(turn.label) + 2


def _cues(text: str):
    """(start, end, lines) of each cue, in seconds, in order: a timing line and the lines under it."""
    blocks = re.split(r"\r?\n\s*\r?\n", text.replace("\ufeff", ""))
    for block in blocks:
        lines = block.splitlines()
        at = next((i for i, line in enumerate(lines) if _TIMING.match(line)), None)
        if at is None:
            continue  # the WEBVTT header, a NOTE, a STYLE or REGION block
        timing = _TIMING.match(lines[at])
        yield _seconds(timing.group(1)), _seconds(timing.group(2)), [line for line in lines[at + 1:] if line.strip()]


_TIMING = re.compile(r"\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})")


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return sum(float(p) * 60 ** i for i, p in enumerate(reversed(parts)))


def _voice(line: str) -> str | None:
    """The speaker a voice tag names (`<v Roger Bingham>`, `<v.loud Mary>`)."""
    voice = _VOICE.search(line)
    return " ".join(voice.group(1).split()) or None if voice else None


_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")


def _words(line: str) -> str:
    """The line's words: no markup, no sound or music, its entities as characters."""
    line = unescape(_MARKUP.sub("", line)).replace("\u200e", "").replace("\u200f", "")
    line = _SOUND.sub(" ", line)
    return " ".join(line.split())


_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>|<\d[\d:.]*>|\{\\[^}]*\}")  # tags, word timings, SubStation's `{\an8}`
_SOUND = re.compile(r"\[[^\]]*\]|\([A-Z ]+\)|\((?:applause|laughter|laughs|music|cheering|inaudible)[^)]*\)|♪[^♪]*♪?|♪",
                    re.I)


def _speaker_change(words: str) -> tuple[bool, str | None, str]:
    """Whether the line opens a new speaker's turn (`>>`, a dialogue's `- `, a label), the label
    (`ROGER`, `MARY JONES`) and the words without the marks."""
    marked = _CHANGE.match(words)
    if marked:
        words = words[marked.end():]
    label = _LABEL.match(words)
    if label:
        return True, label.group(1), words[label.end():]
    return marked is not None, None, words


_CHANGE = re.compile(r">>+\s*|-\s+(?=\S)")
_LABEL = re.compile(r"((?:[A-Z][A-Z.'’-]*)(?: [A-Z][A-Z.'’-]*){0,3}):(?:\s+(?=\S)|\s*$)")  # `ROGER BINGHAM: `, capitals,
# its words on the line or the next
