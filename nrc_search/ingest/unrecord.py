"""UN verbatim records (S/PV, A/PV) read from PDF: cover page facts and the language of each speech.

The cover page gives the organ, the meeting number, the date, the place and who presided;
the speeches go through the ordinary segmenter, whose label grammar already reads
`Mr. Nebenzia (Russian Federation):`. Here the language of the original (`(spoke in French)`,
`(interpretation from Arabic)`) becomes the turn's `language`, never part of its text, and
"The President" becomes the presiding member named on the cover. No whoosh, rich or click.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nrc_search.ingest import dates
from nrc_search.model import Document, Turn

# A document symbol, e.g. "S/PV.9301", "A/77/PV.5", "S/PV.9301 (Resumption 1)".
SYMBOL = re.compile(r"\b([AS]/(?:\d+/)?PV\.\d+(?:\s*\(Resumption \d+\))?)")
# The organ on the cover: "Security Council", "General Assembly".
_ORGAN = re.compile(
    r"^(Security Council|General Assembly|Economic and Social Council|Trusteeship Council)\b"
)
# "9301st meeting", "5th plenary meeting".
_MEETING = re.compile(r"^(\d+(?:st|nd|rd|th) (?:plenary )?meeting)\b", re.I)
# "President: Mr. Nebenzia . . . . . . . (Russian Federation)".
_PRESIDENT = re.compile(r"^President:\s*(.+?)[\s.]*\(([^)]+)\)\s*$")
# "Monday, 10 April 2023, 3 p.m." (the date line, whose next line is the place).
_WEEKDAY = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),", re.I)
# The language of the original in a label: "(spoke in French)", "(interpretation from Arabic)".
_LANGUAGE = re.compile(r"\((?:spoke in|interpretation from|spoke in the)\s+([A-Z][a-z]+)\)")
# The chair's label: "The President (spoke in French)", "The Acting President".
_CHAIR = re.compile(r"^The (?:Acting )?President\b")
# Where the speeches start: "The meeting was called to order at 3.05 p.m."
_OPENED = re.compile(r"^The meeting (?:was called to order|was resumed|resumed)\b")


def symbol_of(first_page: list[str]) -> str | None:
    """The record's symbol if its first page has one near the top ("S/PV.9301")."""
    for line in first_page[:12]:
        m = SYMBOL.search(line)
        if m:
            return " ".join(m.group(1).split())
    return None


def parse_record(paragraphs: list[str], symbol: str, source: str) -> Document:
    """A verbatim record's paragraphs (the cover page first) as a Document of speeches."""
    from nrc_search.ingest import parse_text

    start = next((k for k, p in enumerate(paragraphs) if _OPENED.match(p)), None)
    cover = paragraphs[: start if start is not None else 20]
    body = paragraphs[start:] if start is not None else paragraphs[_cover_end(paragraphs) :]
    facts = cover_facts(cover)
    title = ", ".join(x for x in (facts.get("organ"), facts.get("meeting")) if x)
    title = f"{symbol}: {title}" if title else symbol
    doc = parse_text(f"{title}\n\n" + "\n\n".join(body) + "\n", source)
    turns = tuple(_with_language(t, facts.get("president")) for t in doc.turns)
    return replace(
        doc,
        title=title,
        date=facts.get("date") or doc.date,
        date_inferred=False if facts.get("date") else doc.date_inferred,
        place=facts.get("place") or doc.place,
        kind="record",
        turns=turns,
        participants=tuple(dict.fromkeys(t.speaker for t in turns if t.speaker)),
    )


def cover_facts(cover: list[str]) -> dict[str, str]:
    """organ, meeting, date (ISO), place and president from a cover page's paragraphs."""
    facts: dict[str, str] = {}
    for k, line in enumerate(cover):
        if (m := _ORGAN.match(line)) and "organ" not in facts:
            facts["organ"] = m.group(1)
        elif (m := _MEETING.match(line)) and "meeting" not in facts:
            facts["meeting"] = m.group(1)
        elif _WEEKDAY.match(line) and "date" not in facts and (ymd := dates.full_date(line)):
            facts["date"] = dates.iso(ymd)
            nxt = cover[k + 1] if k + 1 < len(cover) else ""
            if nxt and len(nxt) < 40 and not any(c.isdigit() for c in nxt) and ":" not in nxt:
                facts["place"] = nxt
        elif (m := _PRESIDENT.match(line)) and "president" not in facts:
            facts["president"] = m.group(1).strip()
    return facts


def _cover_end(paragraphs: list[str]) -> int:
    """Without "The meeting was called to order", the speeches start at the first label."""
    for k, p in enumerate(paragraphs):
        if re.match(r"^(?:The (?:Acting )?President|Mr\.|Mrs\.|Ms\.)[^:]{0,120}:", p) and k > 2:
            return k
    return 0


def _with_language(turn: Turn, president: str | None) -> Turn:
    """The turn with its label's language of the original, and the President named."""
    language = None
    if turn.label and (m := _LANGUAGE.search(turn.label)):
        language = m.group(1)
    speaker = turn.speaker
    if turn.label and _CHAIR.match(turn.label):
        # The chair, not a head of State named in an "Address by ..." heading: the President
        # is the one on the cover; an Acting President is a Vice-President the record leaves
        # unnamed.
        speaker = president if turn.label.startswith("The President") else None
    return replace(turn, language=language or turn.language, speaker=speaker)
