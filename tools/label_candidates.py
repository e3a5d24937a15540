"""Candidate speaker-label lines and their features, for `tools/learn_labels.py`: every line
that could open a turn with a label (a short line-start up to a separator, or a short line of
its own) becomes a *candidate* with features that name no publisher (its length, case,
separator, what follows it, the blank lines around it, whether the same label recurs and
alternates with other recurring ones in the document, lexicon hits, name shape, stopword
share, and whether the rule grammar accepts the line). `revise` opens a turn at each body line
of the segmenter's label runs that the rules reject and a model scores high, for measuring a
model end to end.

Not part of the package: no learned model beat the rule grammar on dev-check
(benchmarks/realcorpus/SCORES.md, "Eleventh round: h/labels6"), so nothing here is shipped.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from label_confusion import accepts

from nrc_search.ingest.labels import Label, match_label
from nrc_search.ingest.lexicon import terms
from nrc_search.ingest.names import HONORIFICS, ROLE_WORDS, norm

MAX_WORDS = 10
MAX_CHARS = 80

#: Separators a candidate label may end with.
SEPS = ("colon", "dash", "dot", "caps", "alone", "tag")

#: The features of a candidate, in the order of a row.
NAMES = (
    "bias",
    "log_words",
    "chars",
    "upper_share",
    "caseless",
    "all_caps",
    "titled_share",
    "lower_first",
    *(f"sep_{s}" for s in SEPS),
    "text_after",
    "log_after",
    "blank_before",
    "blank_after",
    "next_upper",
    "position",
    "log_recur",
    "recurs",
    "alternates",
    "log_sep_recurring",
    "recurring_share",
    "alternates_here",
    "next_log_words",
    "prev_sentence_end",
    "recurs_x_colon",
    "recurs_x_caps",
    "recurs_x_alone",
    "recurs_x_dash",
    "recurs_x_dot",
    "courtesy_first",
    "role_word",
    "particle",
    "qa_word",
    "name_like",
    "stop_share",
    "digit",
    "bracket",
    "sentence_inside",
    "rules_accept",
    "grammar_parses",
    "grammar_weak",
    "log_doc_rules",
)


@dataclass(frozen=True)
class Candidate:
    """A line's would-be label: its text, its separator, and where the speech after it starts
    in the line (the line's length when nothing follows)."""

    label: str
    sep: str
    rest: int

    @property
    def key(self) -> str:
        return " ".join(self.label.casefold().split())


_TAG = re.compile(r"^([<\[【]([^<>\[\]【】]{1,30})[>\]】])\s*")
_COLON = re.compile(r"[:：]")
_DASH = re.compile(r"\s?(?:\.-|[-–—])(?=\s)|\s[-–—]")
_DOT = re.compile(r"\.(?=\s|$)")


def _words(text: str) -> int:
    return len(text.split())


def candidate(line: str) -> Candidate | None:
    """The line's candidate label, or None: the earliest of a bracketed tag, a colon, a dash,
    a full stop after a word, a run of words in capitals before a word that is not, or the
    whole line when it is short; the label at most ten words and eighty characters."""
    text = line.strip()
    if not text or len(text) > 2000:
        return None
    lead = len(line) - len(line.lstrip())
    found: list[tuple[int, int, str]] = []  # (label end, speech start, separator)
    if m := _TAG.match(text):
        found.append((m.end(1), m.end(), "tag"))
    head = text[: MAX_CHARS + 2]
    if (m := _COLON.search(head)) and m.start() > 0:
        found.append((m.start(), m.end(), "colon"))
    if (m := _DASH.search(head)) and m.start() > 0:
        found.append((m.start(), m.end(), "dash"))
    for m in _DOT.finditer(head):
        word = text[: m.start()].rsplit(None, 1)[-1] if text[: m.start()].strip() else ""
        short = len(word) <= 2 and word.isupper() and m.start() == len(word)  # "Q." "A."
        if (len(word) >= 4 or short) and norm(word) not in HONORIFICS:
            found.append((m.start(), m.end(), "dot"))
            break
    caps = _caps_run(text)
    if caps:
        found.append((caps, caps, "caps"))
    found = [f for f in found if f[0] > 0]
    if found:
        end, rest, sep = min(found)
    elif _words(text) <= 8:
        end, rest, sep = len(text), len(text), "alone"
    else:
        return None
    label = text[:end].strip()
    if not label or _words(label) > MAX_WORDS or len(label) > MAX_CHARS:
        return None
    if label[:1].islower():
        return None  # a line a sentence runs on into, not a label (none starts in lower case)
    if sep in ("colon", "dash", "dot") and not text[rest:].strip():
        rest = len(text)
    return Candidate(label, sep, lead + rest)


def _caps_run(text: str) -> int:
    """The end of a run of words in capitals that opens the line, followed by a word that is
    not in capitals ("CORIN All right."), or 0."""
    at, end = 0, 0
    for word in text.split(" "):
        if word.isalpha() and word.isupper() and len(word) >= 2:
            at += len(word) + 1
            end = at - 1
            continue
        break
    if not end or end >= len(text):
        return 0
    nxt = text[end + 1 : end + 2]
    return end if nxt and (nxt.isalpha() or nxt in "\"“‘'«(¿¡") else 0


@functools.cache
def _lexicon() -> dict[str, frozenset[str]]:
    return {
        "courtesy": terms("courtesy_titles") | terms("label_courtesy") | frozenset(HONORIFICS),
        "particles": terms("name_particles"),
        "qa": terms("question_labels") | terms("answer_labels") | terms("anonymous_officials"),
        "stops": terms("subject_pronouns")
        | terms("relative_pronouns")
        | terms("first_person_pronouns")
        | terms("sentence_connectives")
        | _STOPS,
    }


_STOPS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "to",
        "in",
        "is",
        "it",
        "that",
        "this",
        "was",
        "for",
        "on",
        "with",
        "as",
        "at",
        "by",
        "from",
        "not",
        "be",
        "are",
        "have",
        "has",
        "will",
        "would",
        "can",
        "we",
        "you",
        "they",
        "he",
        "she",
        "i",
        "our",
        "your",
    ]
)


#: Counts saturate here: a page that prints a line a thousand times is no surer a transcript
#: than one that prints it ten times (and the model saw no such page).
_CAP = 10
_ENDS = (".", "?", "!", '"', "”", "»", ")", ":")


@dataclass
class DocStats:
    """What the features read of the whole document: how often each candidate label occurs,
    how many lines of each separator carry a recurring label, how many labels the rules find."""

    counts: Counter
    recurring: Counter  # separator -> lines whose label recurs
    distinct: Counter  # separator -> distinct recurring labels
    lines: Counter  # separator -> candidate lines
    turns: set[int]  # lines whose recurring label differs from the last one of its separator
    rules: int
    n: int


def doc_stats(cands: list[Candidate | None], rules: int) -> DocStats:
    counts = Counter(c.key for c in cands if c is not None)
    recurring: Counter = Counter()
    distinct: Counter = Counter()
    lines: Counter = Counter(c.sep for c in cands if c is not None)
    seen: set[tuple[str, str]] = set()
    last: dict[str, str] = {}
    turns: set[int] = set()
    for i, c in enumerate(cands):
        if c is not None and counts[c.key] >= 2:
            recurring[c.sep] += 1
            if (c.key, c.sep) not in seen:
                seen.add((c.key, c.sep))
                distinct[c.sep] += 1
            if last.get(c.sep, c.key) != c.key:
                turns.add(i)
            last[c.sep] = c.key
    return DocStats(counts, recurring, distinct, lines, turns, rules, len(cands))


def features(
    c: Candidate, line: str, i: int, lines: list[str], stats: DocStats, rules: bool
) -> list[float]:
    lex = _lexicon()
    label = c.label
    words = label.split()
    lower = [norm(w) for w in words]
    cased = [ch for ch in label if ch.isalpha() and ch.lower() != ch.upper()]
    upper = sum(ch.isupper() for ch in cased) / len(cased) if cased else 0.0
    titled = sum(w[:1].isupper() for w in words) / len(words)
    after = line[c.rest :].strip()
    prev = lines[i - 1].strip() if i > 0 else ""
    nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
    below = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
    above = next((x for x in lines[max(0, i - 3) : i][::-1] if x.strip()), "").rstrip()
    count = stats.counts[c.key]
    recurs = float(count >= 2)
    parsed = match_label(label + ":")
    stop = sum(w in lex["stops"] for w in lower) / len(words)
    name_like = float(
        1 <= len(words) <= 4
        and all(w[:1].isupper() or norm(w) in lex["particles"] for w in words)
        and not any(ch.isdigit() for ch in label)
        and stop == 0
    )
    return [
        1.0,
        math.log1p(len(words)),
        len(label) / 40,
        upper,
        float(not cased),
        float(upper >= 0.9),
        titled,
        float(label[:1].islower()),
        *(float(c.sep == s) for s in SEPS),
        float(bool(after)),
        math.log1p(len(after)) / 5,
        float(not prev),
        float(not nxt),
        float(nxt[:1].isupper()),
        i / max(1, stats.n),
        math.log1p(min(count, _CAP) - 1),
        recurs,
        float(stats.distinct[c.sep] >= 2),
        math.log1p(min(stats.recurring[c.sep], _CAP)),
        stats.recurring[c.sep] / stats.lines[c.sep],
        float(i in stats.turns),
        math.log1p(_words(below)) / 3,
        float(not above or above.endswith(_ENDS)),
        recurs * (c.sep == "colon"),
        recurs * (c.sep == "caps"),
        recurs * (c.sep == "alone"),
        recurs * (c.sep == "dash"),
        recurs * (c.sep == "dot"),
        float(bool(lower) and lower[0] in lex["courtesy"]),
        float(any(w in ROLE_WORDS for w in lower)),
        float(any(w in lex["particles"] for w in lower)),
        float(" ".join(lower) in lex["qa"] or (bool(lower) and lower[0] in lex["qa"])),
        name_like,
        stop,
        float(any(ch.isdigit() for ch in label)),
        float("(" in label or "[" in label),
        float(bool(re.search(r"[.!?]\s", label))),
        float(rules),
        float(parsed is not None),
        float(parsed is not None and parsed.weak),
        math.log1p(min(stats.rules, _CAP)),
    ]


def rows(lines: list[str]) -> list[tuple[int, Candidate, bool, list[float]]]:
    """(line index, candidate, the rules' verdict, features) of every candidate line."""
    cands = [candidate(x) for x in lines]
    verdicts = []
    for i, (c, line) in enumerate(zip(cands, lines, strict=True)):
        if c is None:
            verdicts.append(False)
            continue
        nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), None)
        verdicts.append(accepts(line, nxt))
    stats = doc_stats(cands, sum(verdicts))
    return [
        (i, c, verdicts[i], features(c, lines[i], i, lines, stats, verdicts[i]))
        for i, c in enumerate(cands)
        if c is not None
    ]


def score(weights: Sequence[float], row: Sequence[float]) -> float:
    """The logistic model's probability that the candidate is a label line."""
    z = sum(w * x for w, x in zip(weights, row, strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class Decision:
    """The model's label at one line: its probability and the features that weighed most."""

    line: str
    label: str
    p: float
    at: float
    top: tuple[tuple[str, float], ...]  # (feature, weight x value), largest first

    def why(self) -> str:
        feats = ", ".join(f"{n} {v:+.1f}" for n, v in self.top)
        return (
            f"label {self.label!r} by the learned label model: p {self.p:.2f} >= {self.at:.2f}, "
            f"the rules reject the line ({feats})"
        )


def _label_of(c: Candidate) -> Label:
    """The label the grammar reads in the candidate set before a colon, or a person's label
    as printed where it reads none (a name in a script or shape it does not know)."""
    lab = match_label(c.label + ":")
    if lab is None:
        lab = Label(c.label, "person", c.label, None, (), len(c.label) + 1)
    return replace(lab, rest=c.rest, weak=False, flags=(*lab.flags, "learned"))


def revise(
    units: list, lines: list[str], model: tuple[Sequence[float], float]
) -> tuple[list, tuple[Decision, ...]]:
    """`units.label_runs`' runs with a new run opened at every body line the rules reject as
    a label line (`accepts`) and the model takes for one, and the model's decisions. (A line
    the rules accept but the segmenter left in a body was left there for what the document
    around it says: a news story's "X said: ..." line.)"""
    ws, at = model
    found: dict[str, tuple[Candidate, int]] = {}
    decisions = []
    for i, c, rules, row in rows(lines):
        if rules or (p := score(ws, row)) < at:
            continue
        text = lines[i].strip()
        found[text] = (c, c.rest - (len(lines[i]) - len(lines[i].lstrip())))
        parts = zip(NAMES[1:], [w * x for w, x in zip(ws[1:], row[1:], strict=True)], strict=True)
        top = tuple(sorted(parts, key=_weight)[:4])  # (the bias is no feature of the line)
        decisions.append(Decision(text, c.label, p, at, top))
    if not found:
        return units, ()
    out: list = []
    used: set[str] = set()
    for lab, body, first in units:
        cur: list[str] = []
        for line in body:
            hit = found.get(line.strip())
            if hit is None:
                cur.append(line)
                continue
            if lab is not None or any(x.strip() for x in cur) or first:
                out.append((lab, cur, first))
            used.add(line.strip())
            lab, cur, first = _label_of(hit[0]), [], line.strip()[hit[1] :].strip()
        out.append((lab, cur, first))
    if not used:
        return units, ()
    return out, tuple(d for d in decisions if d.line in used)


def _weight(item: tuple[str, float]) -> float:
    return -abs(item[1])
