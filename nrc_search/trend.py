"""`nrc trend`: how often one or more queries match, per year, month, speaker, role, outlet, country.

For each bucket: the matching turns (duplicates collapsed as `nrc search` does), the matches in
them (a phrase counts once), and the words of all turns in that bucket under the same filters,
so `per_10k` (matches per 10,000 words) does not rise just because a year was busy. Years and
months are listed in order with the empty ones; other buckets by matches, the first `top`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from nrc_search import buckets, catalog, matches
from nrc_search.corpus import Corpus
from nrc_search.errors import UsageError
from nrc_search.model import SearchRequest

MEASURES = ("per_10k", "matches", "turns")


@dataclass(frozen=True)
class Cell:
    turns: int  # matching turns in the bucket
    matches: int  # matches in them
    per_10k: float | None  # matches per 10,000 words of all the bucket's turns; None: no words


@dataclass(frozen=True)
class TrendRow:
    bucket: str
    words: int  # words of all turns in the bucket (under the filters)
    all_turns: int
    cells: tuple[Cell, ...]  # one per query


@dataclass(frozen=True)
class Trend:
    queries: tuple[str, ...]
    by: str
    request: SearchRequest  # the filters (its query is the first one)
    rows: tuple[TrendRow, ...]
    totals: tuple[Cell, ...]  # per query, over every bucket
    collapsed: tuple[int, ...]  # per query: duplicate turns counted once
    words: int  # words of all turns under the filters, every bucket
    hidden: int = 0  # buckets left out by `top`


def trend(
    index_dir: Path, queries: list[str], req: SearchRequest, *, by: str = "year", top: int = 20
) -> Trend:
    """Counts per bucket of each query in `queries` under `req`'s filters."""
    if by not in buckets.TREND_BY:
        raise UsageError(f"--by {by!r}: use one of {', '.join(buckets.TREND_BY)}.")
    if not queries:
        raise UsageError("Give at least one QUERY.")
    with Corpus(index_dir) as corpus:
        counts = [_matches(corpus, replace(req, query=q), by) for q in queries]
        words, turns = _denominators(corpus, req, by)
    keys = _order(by, words, [c for c, _ in counts], top)
    rows = tuple(
        TrendRow(b, words.get(b, 0), turns.get(b, 0), tuple(_cell(c, b, words) for c, _ in counts))
        for b in keys
    )
    total_words = sum(words.values())
    totals = tuple(_total(c, total_words) for c, _ in counts)
    shown = len(keys)
    every = set(words) | {b for c, _ in counts for b in c}
    hidden = 0 if by in buckets.CHRONOLOGICAL else max(0, len(every) - shown)
    return Trend(
        tuple(queries), by, req, rows, totals, tuple(n for _, n in counts), total_words, hidden
    )


def _matches(corpus: Corpus, req: SearchRequest, by: str) -> tuple[dict[str, Counter[str]], int]:
    """bucket -> Counter(turns=, matches=) for one query, and how many duplicates were folded."""
    from nrc_search.search import build_query

    q = matches.said(build_query(corpus.searcher, req)[0])
    found = matches.units(q, corpus.searcher.reader())
    collapsed = matches.collapse(corpus.searcher, q)
    out: dict[str, Counter[str]] = {}
    for fields in collapsed.kept:
        doc = corpus.facts(fields["doc_id"]) if by == "outlet" else fields["_doc"]
        key = buckets.bucket(by, fields, doc, corpus.look.speaker(fields.get("speaker")))
        c = out.setdefault(key, Counter())
        c["turns"] += 1
        c["matches"] += max(1, len(matches.spans(fields["text"], found)))
    return out, collapsed.collapsed


def _denominators(corpus: Corpus, req: SearchRequest, by: str) -> tuple[Counter, Counter]:
    """bucket -> words, bucket -> turns, over every turn the filters let through.

    Read from the per-document sums in the views cache (words and turns per speaker and role),
    never from the turns themselves, so a million turns cost a few thousand small records.
    """
    from nrc_search.search import date_bounds

    keys = set(catalog.resolve_speakers(corpus.searcher, req.speakers)) if req.speakers else None
    lo = date_bounds(str(req.since), end=False) if req.since else None  # str: see model
    hi = date_bounds(str(req.until), end=True) if req.until else None
    words: Counter[str] = Counter()
    turns: Counter[str] = Counter()
    for doc_id, data in corpus.docs().items():
        day = str(data.get("date") or "")
        if (req.docs and doc_id not in req.docs) or ((lo or hi) and not day):
            continue
        if (lo is not None and day < lo) or (hi is not None and day > hi):
            continue
        names = data.get("participants") or ()
        if keys is not None and names and not any(p.lower() in keys for p in names):
            continue  # none of the wanted speakers speaks in this document
        narration = not req.speech_only  # as search: the outlet's own words count unless left out
        stats = corpus.stats(doc_id, data)
        facts = corpus.facts(doc_id)
        fields = {"day": day or None, "doc_id": doc_id}
        if by in ("year", "month", "outlet") and keys is None:  # whole documents
            key = buckets.bucket(by, fields, facts, None)
            words[key] += stats.speech[0] + (stats.narration[0] if narration else 0)
            turns[key] += stats.speech[1] + (stats.narration[1] if narration else 0)
            continue
        parts = list(stats.pairs)
        if narration and keys is None:
            parts.append((None, None, *stats.narration))
        for speaker, role, count, n in parts:
            if keys is not None and (speaker or "").lower() not in keys:
                continue
            cell = {**fields, "role": role}
            key = buckets.bucket(by, cell, facts, corpus.look.speaker(speaker))
            words[key] += count
            turns[key] += n
    return words, turns


def _order(by: str, words: Counter, counts: list[dict[str, Counter[str]]], top: int) -> list[str]:
    present = set(words) | {b for c in counts for b in c}
    if by in buckets.CHRONOLOGICAL:
        return _timeline(by, present)
    hits = Counter({b: sum(c.get(b, Counter())["matches"] for c in counts) for b in present})
    ranked = sorted(present, key=lambda b: (-hits[b], -words.get(b, 0), b))  # then the busiest
    return ranked[:top]


def _timeline(by: str, present: set[str]) -> list[str]:
    """Every year (or month) from the first to the last present, then "undated" if present."""
    dated = sorted(b for b in present if b != buckets.UNDATED)
    out: list[str] = []
    if dated:
        if by == "year":
            out = [f"{y:04d}" for y in range(int(dated[0]), int(dated[-1]) + 1)]
        else:
            y, m = int(dated[0][:4]), int(dated[0][5:7])
            while f"{y:04d}-{m:02d}" <= dated[-1]:
                out.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out + ([buckets.UNDATED] if buckets.UNDATED in present else [])


def _per_10k(found: int, words: int) -> float | None:
    return round(found * 10_000 / words, 2) if words else None


def _cell(counts: dict[str, Counter[str]], bucket: str, words: Counter) -> Cell:
    c = counts.get(bucket, Counter())
    return Cell(c["turns"], c["matches"], _per_10k(c["matches"], words.get(bucket, 0)))


def _total(counts: dict[str, Counter[str]], words: int) -> Cell:
    turns = sum(c["turns"] for c in counts.values())
    found = sum(c["matches"] for c in counts.values())
    return Cell(turns, found, _per_10k(found, words))


def value(cell: Cell, measure: str) -> float:
    """The number `measure` names (a missing per_10k is 0)."""
    if measure not in MEASURES:
        raise UsageError(f"--measure {measure!r}: use one of {', '.join(MEASURES)}.")
    return float(getattr(cell, measure) or 0)
