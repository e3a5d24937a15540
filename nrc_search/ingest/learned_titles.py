"""The learned title chooser: a linear model that ranks a page's candidate titles (its first
40 non-blank lines, each alone and joined with the next, and the rules' own title) and takes
another one than the rules' only when it scores clearly higher. Stacked on the rules: whether a
candidate is the rules' title is one of its features, so the model overrules them only where
the annotated pages taught it to (a heading over "Toespraken", a headline over "Press Release
May 21, 2025").

The weights (`data/learned_titles.json`) are trained by `tools/learn_cv.py --write` on the
annotated development documents; grouped cross-validation by publisher measured it before it
was wired in (benchmarks/realcorpus/SCORES.md, "Learned models, grouped CV on 356 dev
documents"). Plain Python, the weights read on first use.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

from nrc_search.ingest import blocks as model
from nrc_search.ingest import dates, titles
from nrc_search.ingest.labels import match_label
from nrc_search.ingest.lexicon import phrase_re

MAX_LINES = 40
#: Off: the parse keeps the rules' title (the tools that train and measure the model set it).
ENABLED = True
WEIGHTS = Path(__file__).parent / "data" / "learned_titles.json"
#: The features of a candidate, in the order of a row.
NAMES = (
    "is_parse_title",
    "log_index",
    "first_line",
    "log_words",
    "log_chars",
    "upper_share",
    "title_case",
    "ends_stop",
    "ends_colon",
    "has_date",
    "date_only",
    "ui",
    "interface",
    "linky",
    "site_name",
    "event",
    "before_first_turn",
    "first_heading",
    "dropped",
    "in_header",
    "in_turn",
    "repeated",
    "label",
    "two_lines",
    "heading_shape",
)


@dataclass(frozen=True)
class Choice:
    """The model's title where it overrules the rules'."""

    title: str
    was: str | None  # the rules' title
    score: float  # the model's score of the chosen candidate
    over: float  # the score it had to beat: the rules' title's (0 when they found none)

    def why(self) -> str:
        was = f"over the rules' {self.was[:60]!r}" if self.was else "where the rules found none"
        return f"learned title chooser: score {self.score:+.2f} vs {self.over:+.2f}, {was}"


_SMALL = frozenset(
    ["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)


def _key(text: str | None) -> str:
    return " ".join((text or "").split()).casefold()


def _title_case(text: str) -> float:
    words = [w for w in text.split() if w[:1].isalpha()]
    big = [w for w in words if w.casefold() not in _SMALL]
    return sum(w[:1].isupper() for w in big) / max(len(big), 1)


@dataclass(frozen=True)
class _Page:
    """What the features read of the whole parse."""

    title: str | None
    first_turn: int
    first_heading: int
    dropped: frozenset[str]
    header: frozenset[str]
    turns: str  # every turn's text, case-folded, one per line
    counts: dict[str, int]


def _row(text: str, k: int, page: _Page, two: bool = False) -> list[float]:
    """The features of one candidate (`two`: two lines joined)."""
    words = text.split()
    letters = [c for c in text if c.isalpha()]
    has_date = bool(dates.full_date(text) or dates.partial_date(text)) if len(text) < 200 else False
    key = _key(text)
    return [
        float(bool(page.title) and key == _key(page.title)),
        math.log1p(k),
        float(k == 0),
        math.log1p(len(words)),
        math.log1p(len(text)),
        sum(c.isupper() for c in letters) / max(len(letters), 1),
        _title_case(text),
        float(text.rstrip().endswith((".", "!", "?"))),
        float(text.rstrip().endswith(":")),
        float(has_date),
        float(has_date and len(text) < 40),
        float(min(model._ui_hits(text), 6)),
        float(titles.interface(text)),
        float(model._linky(text)),
        float(titles.site_name(text)),
        float(bool(phrase_re("document_events").search(text))),
        float(k < page.first_turn),
        float(k == page.first_heading),
        float(text.strip() in page.dropped),
        float(text.strip() in page.header),
        float(bool(key) and key[-40:] in page.turns),
        math.log1p(page.counts.get(key, 1) - 1),
        float(match_label(text) is not None),
        float(two),
        float(titles._heading_shaped(text)),
    ]


def _runs_on(line: str, page: _Page) -> bool:
    """A line no title runs onto: one in a turn, a speaker label, a short date line or the
    site's name (a headline joined with the speech, the first label, the date line or the
    site's name under it is not the title)."""
    key = _key(line)
    short_date = len(line) < 60 and bool(dates.full_date(line) or dates.partial_date(line))
    return (
        (bool(key) and key[-40:] in page.turns)
        or match_label(line) is not None
        or short_date
        or titles.site_name(line)
    )


def candidates(
    text: str,
    title: str | None,
    dropped: set[str] | dict[str, str],
    header_lines: list[str] | tuple[str, ...],
    turns: list[str],
) -> list[tuple[str, list[float]]]:
    """(candidate, feature row) for a parse: the rules' title first (when there is one),
    then each of the first `MAX_LINES` non-blank lines alone and joined with the next (unless
    the next is one no title runs onto)."""
    lines = [s.strip() for s in text.split("\n") if s.strip()][:MAX_LINES]
    flat = "\n".join(_key(t) for t in turns)
    first_turn = next((k for k, s in enumerate(lines) if _key(s)[:60] in flat), len(lines))
    counts: dict[str, int] = {}
    for s in text.split("\n"):
        if key := _key(s):
            counts[key] = counts.get(key, 0) + 1
    page = _Page(
        title,
        first_turn,
        next((k for k, s in enumerate(lines) if titles._heading_shaped(s)), -1),
        frozenset(dropped),
        frozenset(s.strip() for s in header_lines),
        flat,
        counts,
    )
    out = [(title, _row(title, 0, page))] if title else []
    for k, s in enumerate(lines):
        out.append((s, _row(s, k, page)))
        second = lines[k + 1] if k + 1 < len(lines) else None
        if second and len(s) + len(second) < 300 and not _runs_on(second, page):
            joined = f"{s} {second}"
            out.append((joined, _row(joined, k, page, True)))
    return out


@functools.cache
def _weights() -> tuple[tuple[float, ...], float, float]:
    """(weights in `NAMES` order, bias, margin) from the shipped JSON."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["names"]) != NAMES:
        raise RuntimeError(f"{WEIGHTS}: its features are not this module's NAMES; retrain it")
    return tuple(map(float, data["weights"])), float(data["bias"]), float(data["margin"])


def pick(scores: list[float], has_title: bool, margin: float) -> int | None:
    """The candidate to take, None to keep the rules' verdict: the best-scored one when it
    is not the rules' title (candidate 0, when there is one) and beats it (or a score of 0,
    when the rules found none) by `margin`."""
    if not scores:
        return None
    best = max(range(len(scores)), key=scores.__getitem__)
    if has_title and best == 0:
        return None
    base = scores[0] if has_title else 0.0
    return best if scores[best] - base >= margin else None


def choose(
    text: str,
    title: str | None,
    dropped: set[str] | dict[str, str],
    header_lines: list[str] | tuple[str, ...],
    turns: list[str],
) -> Choice | None:
    """The model's title for this parse where it overrules the rules' `title`, else None."""
    if not ENABLED:
        return None
    w, b, margin = _weights()
    cands = candidates(text, title, dropped, header_lines, turns)
    scores = [sum(a * x for a, x in zip(w, row, strict=True)) + b for _, row in cands]
    k = pick(scores, bool(title), margin)
    if k is None:
        return None
    return Choice(cands[k][0], title, scores[k], scores[0] if title else 0.0)
