"""The learned title chooser: a linear model that ranks a page's candidate titles (its first
40 non-blank lines, each alone and joined with the next, and the rules' own title) and takes
another one than the rules' only when it scores clearly higher. Stacked on the rules: whether a
candidate is the rules' title is one of its features, so the model overrules them only where
the annotated pages taught it to (a heading over "Toespraken", a headline over "Press Release
May 21, 2025"). Besides a line's own shape it reads the lines around it, as a reader finds a
headline: after a menu, over its date or byline line and the story's first paragraph, which
repeats its words; and the rules' title's own shape apart, which tells when it is weak (a
short line, a sentence, a widget). It never takes a line of the site's interface.

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
import re
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
    "next_dated",
    "prev_dated",
    "prev_short",
    "next_short",
    "next_para",
    "log_to_para",
    "lead_overlap",
    "digit_share",
    "printed_again",
    "rules_log_words",
    "rules_ends_stop",
    "rules_lead_overlap",
    "rules_next_para",
    "rules_prev_short",
    "rules_digit_share",
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
class _Context:
    """Each of a page's first lines as the lines around a headline read it: a date or byline
    line (a headline is printed over its date line, "Published: Sep 28, 2015 7:50 PM"), a
    short line of three words at most (a menu's item: a headline comes after a menu, not in
    it), a paragraph (the story's first paragraph comes right under its headline)."""

    dated: tuple[bool, ...]
    short: tuple[bool, ...]
    para: tuple[bool, ...]
    flat: str  # the whole text, case-folded, its whitespace runs one space
    next_para: tuple[int, ...]  # for each line, the first paragraph from it on (or MAX_LINES)
    lead: tuple[str, ...]  # for each line, the first two paragraphs from it on, as keys


def _context(text: str, lines: list[str], keys: tuple[str, ...]) -> _Context:
    para = tuple(len(s.split()) >= 15 or len(s) >= 120 for s in lines)
    paras = [j for j, p in enumerate(para) if p]
    firsts = [[j for j in paras if j >= e][:2] for e in range(len(lines))]
    return _Context(
        tuple(_date_line(s) for s in lines),
        tuple(len(s.split()) <= 3 and not s.endswith((".", "!", "?")) for s in lines),
        para,
        " ".join(text.split()).casefold(),
        tuple(f[0] if f else MAX_LINES for f in firsts),
        tuple(" ".join(keys[j] for j in f) for f in firsts),
    )


# A year of this era, for a date line the date reader cannot read ("14 Декември 2013").
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _date_line(line: str) -> bool:
    """A short line that dates the story or names its writer ("Published: Sep 28, 2015",
    "2024.11.08 김인애 부대변인", "By Jane Doe"): what a headline is printed over."""
    if len(line) >= 80:
        return False
    digits = sum(c.isdigit() for c in line)
    return _has_date(line) or titles._byline(line) or (digits >= 5 and bool(_YEAR.search(line)))


def _around(text: str, start: int, end: int, page: _Page, key: str | None = None) -> list[float]:
    """The features of the lines around a candidate (lines `start` to `end`, not included),
    in `NAMES` order from "next_dated": whether the line under it dates the story, the line
    over it does, the share of the four lines over it that are short (a menu), the line under
    it is short or a paragraph, how far the first paragraph under it is, the share of its words
    the two paragraphs under it repeat (a headline's words come back in its lead; a menu's,
    a site's name's or a widget's do not), its share of digits and whether the text prints it
    again (a headline printed over the story and again in the page's own title or body)."""
    ctx, n = page.context, len(page.lines)
    above = ctx.short[max(0, start - 4) : start]
    key = _key(text) if key is None else key
    chars = len(text) - sum(map(str.isspace, text))
    return [
        float(end < n and ctx.dated[end]),
        float(start > 0 and ctx.dated[start - 1]),
        sum(above) / len(above) if above else 0.0,
        float(end < n and ctx.short[end]),
        float(end < n and ctx.para[end]),
        math.log1p((ctx.next_para[end] if end < n else MAX_LINES) - end),
        _overlap(key, ctx.lead[end] if end < n else ""),
        sum(map(str.isdigit, text)) / max(chars, 1),
        float(len(key) >= 12 and ctx.flat.count(key) >= 2),
    ]


_WORD = re.compile(r"\w+")


def _overlap(key: str, lead: str) -> float:
    """The share of a candidate's words (four letters or more, or two in a script other than
    Latin's) whose first five letters the lead holds: its words in any inflection, roughly."""
    words = [w for w in _WORD.findall(key) if len(w) >= 4 or (len(w) >= 2 and not w.isascii())]
    if not words or not lead:
        return 0.0
    held: dict[str, bool] = {}
    for w in words:  # (a word read once: a long line says its words many times)
        if (head := w[:5]) not in held:
            held[head] = head in lead
    return sum(held[w[:5]] for w in words) / len(words)


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
    context: _Context  # what each of `lines` is, for the features of the lines around one


def _row(text: str, k: int, page: _Page, two: bool = False) -> list[float]:
    """The features of one candidate, in `NAMES` order (`two`: two lines joined)."""
    row = [0.0] * len(NAMES)
    for i, v in zip(_CHEAP, _cheap(text, k, page, two), strict=True):
        row[i] = v
    for i, v in zip(_DEAR, _dear(text, page), strict=True):
        row[i] = v
    return row


def _title_row(title: str, page: _Page) -> list[float]:
    """The features of the rules' title: its lines' neighbours are read where the page prints
    it (its other features as a first line's: the rules' title counts as line 0)."""
    row = _row(title, 0, page)
    for i, v in zip(_AROUND, _around(title, *_span(_key(title), page), page), strict=True):
        row[i] = v
    return row


def _span(key: str, page: _Page) -> tuple[int, int]:
    """(first, after last) of the lines that print `key` (the first line that holds it or
    begins it, and the lines that go on with it), (0, 1) where none does."""
    keys = page.keys
    for k, line in enumerate(keys):
        if line and (key in line or key.startswith(line)):
            end = k + 1
            while end < len(keys) and key.startswith(" ".join(keys[k : end + 1])):
                end += 1
            return k, end
    return 0, 1


def _cheap(text: str, k: int, page: _Page, two: bool, key: str | None = None) -> list[float]:
    """The features that cost little, in `_CHEAP` order (`key`: `_key(text)`, where known)."""
    key = _key(text) if key is None else key
    end = text.rstrip()
    row = [
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
        *_around(text, k, k + 1 + two, page, key),
    ]
    return row + _weak(row)


#: The features of the rules' title that tell when it is weak ("rules_" and the name).
_RULES_OF = ("log_words", "ends_stop", "lead_overlap", "next_para", "prev_short", "digit_share")


def _weak(cheap: list[float]) -> list[float]:
    """The rules' title's own shape, read apart from every other line's (zero on the others):
    a short line, a sentence, words its lead does not repeat make the rules' title a weak one
    (a site's name, a widget, the first sentence), so another line may overrule it, where the
    same shape in any other line says little."""
    parse = cheap[0]
    return [parse * cheap[_CHEAP_AT[n]] for n in _RULES_OF]


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


#: The cheap features: every other one, in `NAMES` order (the order `_cheap` gives them in).
_DEAR_NAMES = frozenset(n for n, _ in _DEAR_NAMED)
_CHEAP = tuple(k for k, n in enumerate(NAMES) if n not in _DEAR_NAMES)
_DEAR = tuple(NAMES.index(n) for n, _ in _DEAR_NAMED)
#: Where each cheap feature sits in `_cheap`'s list.
_CHEAP_AT = {NAMES[i]: j for j, i in enumerate(_CHEAP)}
#: The features `_around` gives, in `NAMES` order.
_AROUND = tuple(range(NAMES.index("next_dated"), NAMES.index("printed_again") + 1))
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
    wrapped sentence, "participation in the session he is ..."), or a line of the site's
    interface ("Check your inbox and enter verification code", "Compact version | |"), which
    the rules never take either; a headline with the site's name after a bar, "Ministers
    agree ... | Harbour Post", is one the rules take too)."""
    if text.lstrip()[:1].islower():
        return True
    head = _BAR.split(text, maxsplit=1)[0]
    return titles.interface(head) or (head != text and len(head.split()) < 4)


# A bar between a line's parts, e.g. "Compact version | |", "Headline | Site".
_BAR = re.compile(r"\s+(?:→|›|»|>|\|)\s*")


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
    out = [(title, _title_row(title, page))] if title else []
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
        _context(text, lines, keys),
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
    base = _score(w, b, _title_row(title, page)) if title else 0.0
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
            if key == page.title_key:
                continue  # (the rules' title printed on the page: scored as theirs, above)
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
