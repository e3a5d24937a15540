"""What bulk.py and lite.py both ask of a Whoosh query tree before reading any posting list:
which parts are filters, which need positions, and which word pairs answer a phrase. Plain
Python (lite.py must not import numpy)."""

from __future__ import annotations

import itertools
from typing import Any

from whoosh import query as Q

from nrc_search.analysis import common_words, pair_term


class Unsupported(Exception):
    """A part of the query that only Whoosh's matchers can answer."""


def is_filter(schema, q: Any) -> bool:
    """Whether `q` is terms of ID fields only (a speaker, a date range, a kind)."""
    field: str | None
    if type(q) is Q.Term:
        field = q.fieldname
    elif isinstance(q, Q.MultiTerm):
        field = q.field()
    elif isinstance(q, Q.Or) and not (q.minmatch or q.scale):
        return bool(q.subqueries) and all(is_filter(schema, c) for c in q.subqueries)
    else:
        return False
    return field in schema and not schema[field].scorable


def positional(schema, q: Any) -> bool:
    """Whether evaluating `q` reads positions (a phrase that word pairs do not answer)."""
    if type(q) is Q.Phrase:
        return q.slop != 1 or not pairs_answer(schema, q)
    return any(positional(schema, c) for c in q.children())


def pairs_answer(schema, q: Q.Phrase) -> bool:
    return len(q.words) == 2 and len(phrase_pairs(schema, q.fieldname, list(q.words))) == 1


def phrase_pairs(schema, fieldname: str, texts: list[str]) -> list[str]:
    """The `pairs` terms of a phrase's neighbouring words that are both common words."""
    if fieldname != "text" or "pairs" not in schema:
        return []
    common = common_words()
    return [pair_term(a, b) for a, b in itertools.pairwise(texts) if a in common and b in common]


def counted_pair(schema, q: Q.Phrase) -> str | None:
    """The `pairs` term whose postings (with their words' counts, schema.PairCounts) answer
    phrase `q` whole, or None (execute.py estimates a query's cost by it)."""
    if len(q.words) != 2 or q.slop != 1 or q.fieldname != "text" or "pairs" not in schema:
        return None
    if not hasattr(schema["pairs"].format, "decode_counts"):
        return None
    found = phrase_pairs(schema, q.fieldname, list(q.words))
    return found[0] if found else None


def expansion_words(schema, reader, q: Any) -> tuple[str, list[bytes]]:
    """A range's, prefix's or wildcard's field and its words; Unsupported for a constant-score
    one over a text field (Whoosh scores it by BM25 or by the boost alone depending on the
    index's size). Over an ID field (a date or year range) both come to the boost."""
    words = [w for w in q._btexts(reader) if w]
    field = q.field()
    if (
        len(words) > 1
        and getattr(q, "constantscore", False)
        and (field not in schema or schema[field].scorable)
    ):
        raise Unsupported("constant-score expansion of a text field")
    return field, words


def bm25_constants(searcher, field: str, btext: bytes) -> tuple[float, float, float, float]:
    """(idf, average field length, B, K1) of Whoosh's BM25F for one term, as its scorer
    takes them: a score is idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * length / avg)))."""
    w = searcher.weighting
    return (
        searcher.idf(field, btext),
        searcher.avg_field_length(field) or 1,
        w._field_B.get(field, w.B),
        w.K1,
    )
