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
        item = s.endswith(";") and k + 1 < len(block) and block[k + 1][:1].isupper()
        if not (s.endswith(_END) or item):  # "...;" over a capital: one item of a list
            continue
        short = width > 200 or len(s) < 0.8 * width
        if not short and k + 1 < len(block) and block[k + 1][:1].isupper():
            # the line stops short: the next line's first word would have fitted on it
            nxt = block[k + 1]
            space = nxt.find(" ")
            short = len(s) + 1 + (space if space > 0 else len(nxt)) < width
        if short and not _ABBREV.search(s):
            out.append([])
    return [p for p in out if p]


def join(par: list[str]) -> str:
    """One paragraph as one line (hard wraps become spaces; "secu-" + "rity" is "security")."""
    if len(par) == 1:
        return par[0]
    parts = [par[0]]
    for line in par[1:]:
        prev = parts[-1]
        if "a" <= line[:1] <= "z" and prev.endswith("-") and _BROKEN.search(prev):
            parts[-1] = prev[:-1] + line
        else:
            parts.append(line)
    return " ".join(parts)


# A numbered or marked topic heading, e.g. "(1) Foreign Minister Kamikawa's Visit to the U.S.",
# "1. Opening Statements", "II. Bilateral relations", "**Saudi Arabia", "## Ukraine".
_NUMBERED_HEAD = re.compile(
    r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.|\*\*|#{1,4}(?=\s))\s*[^\W\d_]"
)
# The abbreviation a heading may end in, e.g. "the U.S.", "Washington, D.C.".
_HEAD_ABBREV = re.compile(r"(?:\b[A-Z]\.){2,}$")


def topic_heading(par: str) -> bool:
    """A numbered or marked heading of the next topic: 16 words at most, no sentence end
    (but an abbreviation), no sentence inside. It opens no turn and is nobody's words."""
    text = par.strip()
    if not _NUMBERED_HEAD.match(text) or len(text.split()) > 16:
        return False
    if re.search(r"[a-z]{2}[.!?]\s", text):
        return False  # "1. We agreed. Then ..." is a numbered point of speech
    return not text.endswith(("?", "!", ":", ";", ",")) and (
        not text.endswith(".") or bool(_HEAD_ABBREV.search(text))
    )
