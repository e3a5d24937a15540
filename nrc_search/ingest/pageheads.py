"""A record's running heads left in its text: the line a printed record sets atop or at the
foot of every page ("ASSEMBLÉE NATIONALE – SÉANCE DU 14 MARS 2023   1234", "Plenarprotokoll
20/112 · Deutscher Bundestag · 12. Sitzung"), copied into the text between the lines of a
speech or between a label and its speech. Found by repetition: the same short line, its
numbers aside, two times or more, that no speech line is. Stdlib only.
"""

from __future__ import annotations

import re
from itertools import pairwise

from nrc_search.ingest.labels import bare_label, match_label

_DIGITS = re.compile(r"\d+")
_HASH_DIGITS = str.maketrans(dict.fromkeys("0123456789", "#"))
# A character `_key` masks ("#" for a digit) or a "#" already there: a line without one is
# never a running head's copy.
_HASHED = re.compile(r"[0-9#]")
_MAX_WORDS = 16


def _key(line: str) -> str | None:
    """The shape of a line with a number as a running head, its numbers masked; None where
    the line cannot be one: long, a sentence (an end stop, a question), a stage note in
    brackets, a list's numbered item, a time or a date alone."""
    text = line.strip()
    if len(text) > 200 or text[-1:] in '.?!:;,"”’)]' or text[:1] in "([":
        return None
    if _ITEM.match(text):
        return None  # "3. Med shot, journalists": a list's numbered item
    words = text.split()
    if not 2 <= len(words) <= _MAX_WORDS:
        return None
    text = " ".join(words)
    if sum(len(w) >= 3 and w.isalpha() for w in words) < 2:
        return None  # "00:04.140 --> 00:06.430", "February 03, 2021": a time or a date
    return _DIGITS.sub("#", text).casefold()


# A numbered item of a list: "3. Med shot", "12) Agenda".
_ITEM = re.compile(r"^\d{1,3}[.)]\s")
# Lines between two copies of a running head: a page of text at least.
_PAGE_LINES = 6


def running_heads(lines: list[str]) -> set[int]:
    """The indices of the lines that repeat a running head of the record: a line of a few
    words with a page number or a date, printed again (numbers aside) two times or more, a
    page of lines apart, never a speaker's label."""
    joined = "\n".join(lines)
    if joined.isascii():  # (digits to "#" at once: str.translate is quick on ASCII only)
        hashed = joined.translate(_HASH_DIGITS).split("\n")
        found_at = [i for i, line in enumerate(hashed) if "#" in line]
    else:
        found_at = [i for i, line in enumerate(lines) if _HASHED.search(line)]
    keys = {i: k for i in found_at if (k := _key(lines[i]))}
    at: dict[str, list[int]] = {}
    for i, k in keys.items():
        at.setdefault(k, []).append(i)
    heads = {
        i
        for found in at.values()
        if len(found) >= 2 and min(b - a for a, b in pairwise(found)) >= _PAGE_LINES
        for i in found
    }
    return {i for i in heads if not (match_label(lines[i].strip()) or bare_label(lines[i]))}
