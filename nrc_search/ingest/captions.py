"""Caption files (WebVTT, SRT) -> a Document of timed speaker turns.

Cues are read by webvtt-py (timings, cue settings, NOTE/STYLE blocks, `<v Name>` voice spans;
SRT too) and joined into running speech. Rolling captions, where each cue repeats the line
before it, are de-duplicated. A speaker changes at a voice tag, a `NAME:` prefix, a `>>` marker
or a leading dash; an unnamed voice is "Speaker 2" until a label names it. A file with no
speaker marks is one speaker's speech, split into turns at long pauses. Every turn keeps the
start and end of its cues in seconds, and its words as the cues write them (auto-captions'
"Good morning . Sorry" stays so: what a user quotes back, and finds, is the file's text). No whoosh, rich or click.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

from nrc_search.errors import UnreadableFile
from nrc_search.ingest import dates
from nrc_search.ingest.names import proper_case
from nrc_search.model import Document, Turn

#: A silence this long (seconds) between cues starts a new turn when no speaker marks exist.
PAUSE = 2.5

# "00:04.140", "01:02:03.5" or SRT's "01:02:03,500".
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$")
# A leading speaker mark: ">> ", "- " or "– " (dialogue dash), e.g. ">> MR. KIRBY: Thanks."
_CHANGE = re.compile(r"^\s*(?:>>+|[-–—](?=\s))\s*")
# A name prefix before a colon, e.g. "JOHN KIRBY: Thanks" or "Kirby: Thanks" (checked by _name).
_PREFIX = re.compile(r"^([^:\n]{2,40}?)\s*:\s+(?=\S)")
# A sound or music cue, e.g. "[Applause]", "(laughter)", "♪ ♪".
_SOUND = re.compile(r"^\s*(?:\[[^\]]*\]|\([^)]*\)|[♪#\s]+)\s*$")
# Header lines and NOTE blocks that may carry a title or a date: "Title: NATO-Russia Council".
_META = re.compile(r"^(?:NOTE\s+)?(title|date|recorded)\s*[:=]\s*(.+)$", re.I | re.M)
_NOT_NAMES = {"note", "warning", "update", "example", "source", "caption", "captions"}


@dataclass
class _Line:
    text: str
    start: float
    end: float
    speaker: str | None = None  # a name given here
    change: bool = False  # a speaker mark without a name (">>", "-")


@dataclass
class _Turn:
    speaker: str | None
    start: float
    end: float
    words: list[str] = field(default_factory=list)


def seconds(clock: str) -> float:
    """ "00:04:12.500" -> 252.5 ("00:04.140" and SRT's "00:04:12,500" too)."""
    m = _CLOCK.match(clock.strip())
    if not m:
        raise ValueError(f"not a caption time: {clock!r}")
    h, mi, s, frac = m.groups()
    return (
        int(h or 0) * 3600 + int(mi) * 60 + int(s) + (int(frac.ljust(3, "0")) / 1000 if frac else 0)
    )


def parse_captions(text: str, source: str) -> Document:
    """The captions in `text` (WebVTT or SRT) as a Document of timed turns."""
    lines = _lines(_cues(text, source))
    marked = any(line.speaker or line.change for line in lines)
    turns = _turns(lines) if marked else _by_pauses(lines)
    out = tuple(
        Turn(
            n=k,
            speaker=t.speaker,
            role=None,
            attribution="verbatim",
            text=" ".join(t.words),  # the cues' words as written ("Good morning . Sorry")
            start=round(t.start, 3),
            end=round(t.end, 3),
        )
        for k, t in enumerate((t for t in turns if t.words), 1)
    )
    meta = {k.lower(): v.strip() for k, v in _META.findall(_preamble(text))}
    ymd = dates.full_date(meta.get("date") or meta.get("recorded") or "")
    title = meta.get("title") or _header_text(text) or _title_from(source)
    return Document(
        source=source,
        title=title,
        date=dates.iso(ymd) if ymd else None,
        kind="transcript",
        participants=tuple(dict.fromkeys(t.speaker for t in out if t.speaker)),
        turns=out,
    )


def _cues(text: str, source: str) -> list:
    import webvtt
    from webvtt.errors import MalformedCaptionError, MalformedFileError

    fmt = "vtt" if text.lstrip("\ufeff").startswith("WEBVTT") else "srt"
    try:
        return list(webvtt.from_buffer(io.StringIO(text.lstrip("\ufeff")), format=fmt).captions)
    except (MalformedFileError, MalformedCaptionError, ValueError, IndexError) as exc:
        raise UnreadableFile(f"{source}: not a valid {fmt.upper()} caption file ({exc})") from exc


def _lines(cues: list) -> list[_Line]:
    """Each cue's lines with their marks, rolling repeats of the cue before left out."""
    out: list[_Line] = []
    previous: list[str] = []
    for cue in cues:
        start, end = seconds(cue.start), seconds(cue.end)
        raw = [unescape(s).strip() for s in cue.text.split("\n")]
        raw = [s for s in raw if s and not _SOUND.match(s)]
        keys = [_key(s) for s in raw]
        if keys and keys == previous:
            continue  # the same cue again (a 10 ms transition cue of rolling captions)
        k = 0
        while k < len(raw) and keys[k] in previous:
            k += 1  # the lines this cue repeats from the one before
        previous = keys or previous
        voice = unescape(cue.voice).strip() if getattr(cue, "voice", None) else None
        for j, line in enumerate(raw[k:]):
            out.append(_marked(line, start, end, voice if j == 0 and k == 0 else None))
    return out


def _marked(line: str, start: float, end: float, voice: str | None) -> _Line:
    change = False
    m = _CHANGE.match(line)
    if m:
        change, line = True, line[m.end() :]
    speaker = voice
    p = _PREFIX.match(line)
    if p and _name(p.group(1)):
        speaker, line = _display(p.group(1)), line[p.end() :]
    return _Line(line, start, end, speaker, change and not speaker)


def _name(text: str) -> bool:
    """ "JOHN KIRBY", "Mr. Kirby", "Сергей Лавров" are names; "Well, the point" is not."""
    words = text.split()
    if not 1 <= len(words) <= 4 or text.lower() in _NOT_NAMES or any(c.isdigit() for c in text):
        return False
    if not all(w[0].isupper() or w.lower() in ("de", "van", "von", "al", "der") for w in words):
        return False
    return text.isupper() or len(words) <= 3


def _display(name: str) -> str:
    name = " ".join(name.split())
    return proper_case(name) if name.isupper() and len(name) > 3 else name


def _turns(lines: list[_Line]) -> list[_Turn]:
    """Turns at each speaker change. An unnamed voice is "Speaker N" (N voices heard so far);
    an unnamed change after two voices goes back to the other one, as in a dialogue."""
    turns: list[_Turn] = []
    recent: list[str] = []  # every speaker so far, in order of their last turn
    for line in lines:
        speaker = line.speaker
        if speaker is None and line.change and len(recent) >= 2:
            speaker = recent[-2]  # back to the other voice of a dialogue
        elif speaker is None and (line.change or not turns):
            speaker = f"Speaker {len(recent) + 1}"  # the second voice heard is "Speaker 2"
        elif speaker is None:
            speaker = turns[-1].speaker
        if not turns or speaker != turns[-1].speaker:
            turns.append(_Turn(speaker, line.start, line.end))
            recent = [s for s in recent if s != speaker] + [speaker]  # type: ignore[list-item]
        _extend(turns[-1], line)
    return turns


def _by_pauses(lines: list[_Line]) -> list[_Turn]:
    """One unnamed speaker's speech, a new turn after each silence of PAUSE seconds or more."""
    turns: list[_Turn] = []
    for line in lines:
        if not turns or line.start - turns[-1].end >= PAUSE:
            turns.append(_Turn(None, line.start, line.end))
        _extend(turns[-1], line)
    return turns


def _extend(turn: _Turn, line: _Line) -> None:
    """Add a line's words, dropping the words it repeats from the end of the turn so far."""
    words = line.text.split()
    tail = turn.words[-30:]
    for k in range(min(len(tail), len(words)), 3, -1):
        if [_key(w) for w in tail[-k:]] == [_key(w) for w in words[:k]]:
            words = words[k:]
            break
    turn.words.extend(words)
    turn.end = max(turn.end, line.end)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.casefold()).split())


def _preamble(text: str) -> str:
    """The header (before the first cue) and every NOTE block."""
    head = text.split("-->", 1)[0].rsplit("\n", 2)[0]
    notes = "\n".join(re.findall(r"^NOTE\b.*(?:\n.+)*", text, re.M))
    return head + "\n" + notes


# A WebVTT signature line's own text, e.g. "WEBVTT - IAEA Director General Grossi Talks Iran".
_HEADER_TEXT = re.compile(r"^\ufeff?WEBVTT[ \t]+(?:[-–—:|][ \t]*)?(\S.*?)\s*$", re.M)


def _header_text(text: str) -> str | None:
    """The text after "WEBVTT" on a caption file's first line, which the format leaves free
    and files use for the programme's title; not a setting ("Kind: captions")."""
    m = _HEADER_TEXT.match(text)
    found = m.group(1) if m else ""
    return found if len(found.split()) >= 2 and not _SETTING.match(found) else None


# A WebVTT header setting, e.g. "Kind: captions", "Language: en".
_SETTING = re.compile(r"^(?:[\w-]+\s*:\s*\S+\s*)+$")


def _title_from(source: str) -> str | None:
    stem = Path(source).stem
    words = re.sub(r"[_\s]+", " ", stem).strip()
    return words or None
