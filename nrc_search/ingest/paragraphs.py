"""Paragraphs from lines: blank lines split them, and hard-wrapped text with no blank lines
is split where a line ends a sentence well short of the wrap width.

Stdlib only; a single pass over the lines.
"""

from __future__ import annotations

import re

_END = (".", "?", "!", '"', "”", "’", ")", "]")  # not ":": "In favour:" heads its list
# A stage note alone in a paragraph, e.g. "(Applause.)", "[laughter]", "(inaudible)".
STAGE_NOTE = re.compile(r"^\s*[(\[][^()\[\]]{1,60}[)\]]\.?\s*$")
# A line ending in a title or an initial, not a sentence, e.g. "At the outset, I thank Mr.".
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Messrs|Mme|St|Prof|Gen|Amb|No|[A-Z])\.$")
# A word broken across lines in text copied from a PDF, e.g. "escala-" then "tion of".
_BROKEN = re.compile(r"[a-z]{2}-$")


def paragraphs(lines: list[str]) -> list[list[str]]:
    """Group stripped non-blank lines into paragraphs."""
    out: list[list[str]] = []
    block: list[str] = []
    for line in lines:
        s = line.strip()
        if s:
            block.append(s)
        elif block:
            out.extend(_split_wrapped(block))
            block = []
    if block:
        out.extend(_split_wrapped(block))
    return out


def _split_wrapped(block: list[str]) -> list[list[str]]:
    if len(block) == 1:
        return [block]
    width = max(len(s) for s in block)
    out: list[list[str]] = [[]]
    for k, s in enumerate(block):
        out[-1].append(s)
        nxt = block[k + 1] if k + 1 < len(block) else ""
        # the line stops short: the next line's first word would have fitted on it
        fits = nxt[:1].isupper() and len(s) + 1 + len(nxt.split(" ", 1)[0]) < width
        short = width > 200 or len(s) < 0.8 * width or fits
        if s.endswith(_END) and short and not _ABBREV.search(s):
            out.append([])
    return [p for p in out if p]


def join(par: list[str]) -> str:
    """One paragraph as one line (hard wraps become spaces; "secu-" + "rity" is "security")."""
    if len(par) == 1:
        return par[0]
    out = par[0]
    for line in par[1:]:
        glued = _BROKEN.search(out) and "a" <= line[:1] <= "z"
        out = out[:-1] + line if glued else out + " " + line
    return out
