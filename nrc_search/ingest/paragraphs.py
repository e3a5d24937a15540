"""Paragraphs from lines: blank lines split them, and hard-wrapped text with no blank lines
is split where a line ends a sentence well short of the wrap width.

Stdlib only; a single pass over the lines.
"""

from __future__ import annotations

import re

_END = (".", "?", "!", '"', "”", "’", ")", "]")  # not ":": "In favour:" heads its list
# A stage note alone in a paragraph, e.g. "(Applause.)", "[laughter]", "(inaudible)".
STAGE_NOTE = re.compile(r"^\s*[(\[][^()\[\]]{1,60}[)\]]\.?\s*$")


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
    for s in block:
        out[-1].append(s)
        if s.endswith(_END) and (width > 200 or len(s) < 0.8 * width):
            out.append([])
    return [p for p in out if p]


def join(par: list[str]) -> str:
    """One paragraph as one line (hard wraps become spaces)."""
    return " ".join(par)
