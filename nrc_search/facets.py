"""`nrc search --facet NAME`: the matching turns counted per speaker, year, month, role, outlet...

Duplicates are collapsed as the hit list collapses them (the same words published twice count
once, under their earliest copy). Years and months come in time order, "undated" last; the other
facets by count. Reads only; Whoosh objects stay inside.
"""

from __future__ import annotations

from collections import Counter

from whoosh import query as Q

from nrc_search import buckets, matches

Rows = tuple[tuple[str, int], ...]


def facet_counts(searcher, q: Q.Query, names: tuple[str, ...], look) -> tuple[dict[str, Rows], int]:
    """name -> ((value, turns), ...) over every turn `q` matches, and how many copies were folded."""
    unknown = [n for n in names if n not in buckets.FACETS]
    if unknown:
        raise ValueError(f"unknown facet {unknown[0]!r}")
    collapsed = matches.collapse(searcher, q, outlets="outlet" in names)
    counters: dict[str, Counter[str]] = {name: Counter() for name in names}
    for fields in collapsed.kept:
        doc = fields["_doc"]
        speaker = look.speaker(fields.get("speaker")) if "speaker" in counters else None
        for name, counter in counters.items():
            counter[buckets.bucket(name, fields, doc, speaker)] += 1
    return {name: _ordered(name, c) for name, c in counters.items()}, collapsed.collapsed


def _ordered(name: str, counter: Counter[str]) -> Rows:
    if name in buckets.CHRONOLOGICAL:
        dated = sorted((k, v) for k, v in counter.items() if k != buckets.UNDATED)
        undated = (
            [(buckets.UNDATED, counter[buckets.UNDATED])] if buckets.UNDATED in counter else []
        )
        return tuple(dated + undated)
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
