"""The learned title chooser: a linear model that ranks a page's candidate titles (its first
40 non-blank lines, each alone and joined with the next, and the rules' own title) and takes
another one than the rules' only when it scores clearly higher. Stacked on the rules: whether a
candidate is the rules' title is one of its features, so the model overrules them only where
the annotated pages taught it to (a heading over "Toespraken", a headline over "Press Release
May 21, 2025").

The weights (`data/learned_titles.json`) are trained by `tools/learn_cv.py --write --fit-only`
on the annotated dev-fit documents (dev-check's publishers stay unseen, so its totals measure
the chooser held out); grouped cross-validation by publisher measured it before it was wired
in (benchmarks/realcorpus/SCORES.md, "Learned models, grouped CV on 356 dev documents").
Plain Python, the weights read on first use.
"""

from __future__ import annotations

import functools
import json
import math
import operator
from collections import Counter
from collections.abc import Callable
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

    title_key: str  # the rules' title, as `_key` gives it
    first_turn: int
    first_heading: int
    dropped: frozenset[str]
    header: frozenset[str]
    turns: str  # every turn's text, case-folded, one per line
    counts: dict[str, int]
    lines: tuple[str, ...]  # the first MAX_LINES non-blank lines, stripped
    keys: tuple[str, ...]  # each of `lines` as `_key` gives it


def _row(text: str, k: int, page: _Page, two: bool = False) -> list[float]:
    """The features of one candidate, in `NAMES` order (`two`: two lines joined)."""
    row = [0.0] * len(NAMES)
    for i, v in zip(_CHEAP, _cheap(text, k, page, two), strict=True):
        row[i] = v
    for i, v in zip(_DEAR, _dear(text, page), strict=True):
        row[i] = v
    return row


def _cheap(text: str, k: int, page: _Page, two: bool, key: str | None = None) -> list[float]:
    """The features that cost little, in `_CHEAP` order (`key`: `_key(text)`, where known)."""
    key = _key(text) if key is None else key
    end = text.rstrip()
    return [
        float(bool(page.title_key) and key == page.title_key),
        math.log1p(k),
        float(k == 0),
        math.log1p(len(text.split())),
        math.log1p(len(text)),
        float(end.endswith((".", "!", "?"))),
        float(end.endswith(":")),
        float(k < page.first_turn),
        float(k == page.first_heading),
        float(text.strip() in page.dropped),
        float(text.strip() in page.header),
        math.log1p(page.counts.get(key, 1) - 1),
        float(two),
    ]


def _dear(text: str, page: _Page) -> list[float]:
    """The features that run the lexicon's patterns, in `_DEAR` order."""
    return [f(text, page) for f in _DEAR_FEATURES]


def _upper_share(text: str, page: _Page) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / max(len(letters), 1)


@functools.lru_cache(maxsize=512)
def _has_date(text: str) -> bool:
    return len(text) < 200 and bool(dates.full_date(text) or dates.partial_date(text))


def _in_turn(text: str, page: _Page) -> float:
    key = _key(text)
    return float(bool(key) and key[-40:] in page.turns)


_Feature = Callable[[str, _Page], float]
#: (name, feature) for the features that run the lexicon's patterns.
_DEAR_NAMED: tuple[tuple[str, _Feature], ...] = (
    ("upper_share", _upper_share),
    ("title_case", lambda t, p: _title_case(t)),
    ("has_date", lambda t, p: float(_has_date(t))),
    ("date_only", lambda t, p: float(len(t) < 40 and _has_date(t))),
    ("ui", lambda t, p: float(min(model._ui_hits(t), 6))),
    ("interface", lambda t, p: float(titles.interface(t))),
    ("linky", lambda t, p: float(model._linky(t))),
    ("site_name", lambda t, p: float(titles.site_name(t))),
    ("event", lambda t, p: float(bool(phrase_re("document_events").search(t)))),
    ("in_turn", _in_turn),
    ("label", lambda t, p: float(match_label(t) is not None)),
    ("heading_shape", lambda t, p: float(titles._heading_shaped(t))),
)
_DEAR_FEATURES = tuple(f for _, f in _DEAR_NAMED)


_CHEAP = tuple(
    NAMES.index(n)
    for n in (
        "is_parse_title",
        "log_index",
        "first_line",
        "log_words",
        "log_chars",
        "ends_stop",
        "ends_colon",
        "before_first_turn",
        "first_heading",
        "dropped",
        "in_header",
        "repeated",
        "two_lines",
    )
)
_DEAR = tuple(NAMES.index(n) for n, _ in _DEAR_NAMED)
assert sorted(_CHEAP + _DEAR) == list(range(len(NAMES)))
#: The largest value each of the `_DEAR` features takes ("ui" counts up to 6; the others 0/1).
_DEAR_MAX = tuple(6.0 if NAMES[i] == "ui" else 1.0 for i in _DEAR)


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


def _never_title(text: str) -> bool:
    """A line no title is, whatever it scores: one that opens in lower case (the middle of a
    wrapped sentence, "participation in the session he is ...")."""
    return text.lstrip()[:1].islower()


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
    page = _page(text, title, dropped, header_lines, turns)
    out = [(title, _row(title, 0, page))] if title else []
    for s, k, second in _texts(page):
        if second is None or not _runs_on(second, page):
            out.append((s, _row(s, k, page, second is not None)))
    return out


def _texts(page: _Page):
    """(candidate text, line index, the line joined on or None) for the page's lines. A title
    wrapped over two lines keeps one case: a line in capitals is not joined with one in
    mixed case (a programme's name over the heading of its episode)."""
    lines = page.lines
    for k, s in enumerate(lines):
        yield s, k, None
        second = lines[k + 1] if k + 1 < len(lines) else None
        if second and len(s) + len(second) < 300 and s.isupper() == second.isupper():
            yield f"{s} {second}", k, second


def _page(
    text: str,
    title: str | None,
    dropped: set[str] | dict[str, str],
    header_lines: list[str] | tuple[str, ...],
    turns: list[str],
) -> _Page:
    lines = [s.strip() for s in text.split("\n") if s.strip()][:MAX_LINES]
    keys = tuple(map(_key, lines))
    flat = "\n".join(" ".join(t.split()) for t in turns).casefold()
    counts: dict[str, int] = {}
    for s, n in Counter(text.split("\n")).items():
        if key := _key(s):
            counts[key] = counts.get(key, 0) + n
    return _Page(
        _key(title),
        next((k for k, key in enumerate(keys) if key[:60] in flat), len(lines)),
        next((k for k, s in enumerate(lines) if titles._heading_shaped(s)), -1),
        frozenset(dropped),
        frozenset(s.strip() for s in header_lines),
        flat,
        counts,
        tuple(lines),
        keys,
    )


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
    page = _page(text, title, dropped, header_lines, turns)
    base = _score(w, b, _row(title, 0, page)) if title else 0.0
    best: tuple[float, str] | None = None
    cheap_w, dear, rest = _plan()
    keys = page.keys
    for s, k, second in _texts(page):
        # (the key of two lines joined is theirs joined: they are stripped and not blank)
        key = keys[k] if second is None else f"{keys[k]} {keys[k + 1]}"
        cheap = _cheap(s, k, page, second is not None, key)
        score = b + sum(map(operator.mul, cheap_w, cheap))  # (as the zip, in the same order)
        need = max(base + margin, best[0]) if best else base + margin
        for j, (a, _, f) in enumerate(dear):
            if score + rest[j] < need or (best and score + rest[j] <= best[0]):
                break  # (it cannot score enough to be taken: the other features are not read)
            score += a * f(s, page)
        else:
            if (second is not None and _runs_on(second, page)) or _never_title(s):
                continue
            if best is None or score > best[0]:
                best = (score, s)
    # (as `pick` over every candidate: the rules' title first, so a tie keeps it)
    if best is None or best[0] - base < margin or (title and best[0] <= base):
        return None
    return Choice(best[1], title, best[0], base)


@functools.cache
def _plan() -> tuple[list[float], list[tuple[float, float, _Feature]], list[float]]:
    """(the cheap features' weights, the costly features (weight, largest value, feature) the
    one that can add most first, what the costly features from each on can add at most)."""
    w, _, _ = _weights()
    dear = sorted(
        ((w[i], hi, f) for i, hi, f in zip(_DEAR, _DEAR_MAX, _DEAR_FEATURES, strict=True)),
        key=lambda d: -max(d[0] * d[1], 0.0),
    )
    rest = [float(sum(max(a * hi, 0.0) for a, hi, _ in dear[j:])) for j in range(len(dear) + 1)]
    return [w[i] for i in _CHEAP], dear, rest


def _score(w: tuple[float, ...], b: float, row: list[float]) -> float:
    return sum(a * x for a, x in zip(w, row, strict=True)) + b
