"""Excerpts: the sentences around the best matches of a turn, with the matched words as offsets.

Works on plain strings and a set of index terms; the analyzer decides what a match is, so
"defences" lights up for the term "defence". Never imports rich; offsets stay offsets until the
renderer or the exporter uses them.
"""

from __future__ import annotations

import re

from nrc_search.analysis import analyzer
from nrc_search.model import Excerpt

MAX_FRAGMENT = 320  # characters in one fragment
MAX_FRAGMENTS = 3
JOINER = " … "

# Sentence ends: ". " "? " "! " followed by a capital, a quote or a digit ("... Libya. We ...").
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(A-Z0-9])")


def match_spans(text: str, terms: set[str]) -> list[tuple[int, int]]:
    """[start, end) of every token in `text` whose index term is in `terms`."""
    if not terms:
        return []
    spans = []
    for tok in analyzer()(text, chars=True, mode="index"):
        if tok.text in terms:
            spans.append((tok.startchar, tok.endchar))
    return spans


def sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence, whitespace trimmed."""
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if e > s]


def make_excerpt(text: str, terms: set[str], *, long_turn: int = 700) -> Excerpt:
    """The best fragment(s) of `text` for `terms`; several for long turns, joined by " … "."""
    spans = match_spans(text, terms)
    if not spans:
        return Excerpt(_clip(text, 0, min(len(text), MAX_FRAGMENT)), ())
    windows = _best_windows(text, spans, MAX_FRAGMENTS if len(text) > long_turn else 1)
    parts: list[str] = []
    out_spans: list[tuple[int, int]] = []
    offset = 0
    for start, end in windows:
        prefix = "…" if start > 0 and not parts else ""
        suffix = "…" if end < len(text) and (start, end) == windows[-1] else ""
        chunk = prefix + text[start:end] + suffix
        base = offset + len(prefix)
        out_spans += [
            (s - start + base, e - start + base) for s, e in spans if s >= start and e <= end
        ]
        parts.append(chunk)
        offset += len(chunk) + len(JOINER)
    return Excerpt(JOINER.join(parts), tuple(out_spans))


def _best_windows(text: str, spans, count: int) -> list[tuple[int, int]]:
    sents = sentences(text)
    scored = []
    for i, (s, e) in enumerate(sents):
        inside = [text[a:b].lower() for a, b in spans if a >= s and b <= e]
        if inside:
            scored.append((len(set(inside)) * 10 + len(inside), -i, i))
    scored.sort(reverse=True)
    chosen: list[int] = []
    for _, _, i in scored:
        if all(abs(i - j) > 1 for j in chosen):
            chosen.append(i)
        if len(chosen) == count:
            break
    budget = MAX_FRAGMENT if count == 1 else 0  # several fragments: the matching sentences only
    windows = [_grow(text, sents, i, spans, budget) for i in sorted(chosen)]
    return _merge(windows)


def _grow(text: str, sents, i: int, spans, budget: int) -> tuple[int, int]:
    """The sentence, with neighbours while it fits; a long sentence is cut around its first match."""
    start, end = sents[i]
    if end - start > MAX_FRAGMENT:
        first = next(a for a, b in spans if a >= start)
        lo = max(start, first - MAX_FRAGMENT // 3)
        return _clip_bounds(text, lo, min(end, lo + MAX_FRAGMENT))
    j, k = i, i
    while True:
        grew = False
        if k + 1 < len(sents) and sents[k + 1][1] - start <= budget:
            k, end, grew = k + 1, sents[k + 1][1], True
        if j > 0 and end - sents[j - 1][0] <= budget:
            j, start, grew = j - 1, sents[j - 1][0], True
        if not grew:
            return start, end


def _clip_bounds(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Move the bounds to word boundaries."""
    if lo > 0:
        space = text.find(" ", lo)
        lo = space + 1 if 0 <= space < hi else lo
    if hi < len(text) and text[hi - 1].isalnum() and text[hi].isalnum():  # inside a word
        space = text.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return lo, hi


def _clip(text: str, lo: int, hi: int) -> str:
    lo, hi = _clip_bounds(text, lo, hi)
    return text[lo:hi] + ("…" if hi < len(text) else "")


def _merge(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in windows:
        if merged and s <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
