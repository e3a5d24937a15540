"""bulk.py's answers in plain Python, for a one-shot `nrc search` that has not loaded numpy.

bulk.py evaluates a query over whole posting lists with numpy; importing numpy costs a fresh
process 45-60 ms, more than a query of a few hundred thousand postings then takes. For such a
query (execute.LITE_POSTINGS) this module gives the same answers with the standard library:
a list is read a block at a time (the block's id deltas summed by itertools.accumulate), a
query's parts become dicts of document number -> score, and BM25F is Whoosh's formula with
the same operations in the same order (the length part once per length byte). Where a filter
(a speaker, a date range) is part of an And, only the documents it lets through are scored.

The query tree, the ranking and the ties are bulk.py's (see there); tests/test_bulk.py runs
the judged query sets through the plain path, bulk and this one.
"""

from __future__ import annotations

import bisect
import datetime
import heapq
import itertools
import operator
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeAlias

from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from nrc_search.store.postings import LeafMatcher, block_value, leaf_postings, positions_at
from nrc_search.tree import (
    Unsupported,
    bm25_constants,
    expansion_words,
    is_filter,
    phrase_pairs,
    positional,
)

_LENGTH_OF_BYTE = [float(byte_to_length(b)) for b in range(256)]

#: the documents a part may match (None: any)
Within: TypeAlias = "Collection[int] | Dated | None"


@dataclass(frozen=True)
class Later:
    """As bulk.Later: a score part at most `bound[d]`, exactly `exact(ids)[d]`."""

    bound: dict[int, float]
    exact: Callable[[list[int]], dict[int, float]]


@dataclass(frozen=True)
class Matches:
    """The documents a query matches, each with its score, and a part still `later`."""

    scores: dict[int, float]
    later: Later | None = None
    #: every score is this one value (a filter's terms: weight 1, times the boost)
    constant: float | None = None

    def __len__(self) -> int:
        return len(self.scores)

    def rows(self, keep: Iterable[int]) -> Matches:
        """Only the documents `keep` lists (each of them one of these)."""
        scores = self.scores
        later = self.later
        kept = {d: scores[d] for d in keep}
        if later is not None:
            later = Later({d: later.bound[d] for d in kept}, later.exact)
        return Matches(kept, later, self.constant)

    def settled(self) -> Matches:
        if self.later is None:
            return self
        extra = self.later.exact(sorted(self.scores))
        return Matches({d: s + extra[d] for d, s in self.scores.items()})


_EMPTY = Matches({})


class Postings:
    """The posting lists and field lengths of one searcher, read as Python ints and floats."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.weighting = searcher.weighting
        self.schema = searcher.schema
        self.leaves = list(searcher.leaf_searchers())
        self.n = searcher.doc_count_all()
        self._lengths: dict[str, bytes] = {}
        self._terms: dict[tuple[str, bytes], tuple[list[int], list[float]]] = {}
        # (field, text) -> the term's decoded blocks, for its positions (None: not kept)
        self._blocks: dict[tuple[str, bytes], list[_Block] | None] = {}
        self._deleted: list[frozenset[int]] | None = None
        self._days: array | None = None

    def term(self, field: str, text: bytes) -> tuple[list[int], list[float]]:
        """(document numbers, frequencies) of one term, deleted documents left out (kept for
        the query: a phrase bonus reads its words again)."""
        key = (field, text)
        found = self._terms.get(key)
        if found is None:
            found = self._terms[key] = self._read_term(field, text)
        return found

    def _read_term(self, field: str, text: bytes) -> tuple[list[int], list[float]]:
        ids: list[int] = []
        tfs: list[float] = []
        blocks: list[_Block] | None = []
        for i, (sub, offset) in enumerate(self.leaves):
            reader = sub.reader()
            if (field, text) not in reader:
                continue
            leaf_ids, leaf_tfs, leaf_blocks = _read_postings(reader.postings(field, text), offset)
            gone = self._deleted_of(i)
            if gone:
                keep = [d - offset not in gone for d in leaf_ids]
                leaf_ids = list(itertools.compress(leaf_ids, keep))
                leaf_tfs = list(itertools.compress(leaf_tfs, keep))
                leaf_blocks = None
            if blocks is not None and leaf_blocks is not None:
                blocks += [b._replace(start=b.start + len(ids)) for b in leaf_blocks]
            else:
                blocks = None
            ids += leaf_ids
            tfs += leaf_tfs
        self._blocks[(field, text)] = blocks
        return ids, tfs

    def _deleted_of(self, leaf: int) -> frozenset[int]:
        if self._deleted is None:
            self._deleted = []
            for sub, _ in self.leaves:
                reader = sub.reader()
                gone = reader.deleted_docs_set if reader.has_deletions() else ()
                self._deleted.append(frozenset(gone or ()))
        return self._deleted[leaf]

    def counts(self, field: str, text: bytes) -> tuple[list[int], array, array] | None:
        """(document numbers, first words' counts, second words' counts) of a `pairs` term
        (schema.PairCounts); None where its postings hold no counts."""
        if not hasattr(self.schema[field].format, "decode_counts"):
            return None
        ids: list[int] = []
        counts = array("I")
        for i, offset, m in leaf_postings(self.leaves, field, text):
            if not isinstance(m, LeafMatcher) or m._fixedsize != 8 or counts.itemsize != 4:
                return None
            gone = self._deleted_of(i)
            while m.is_active():
                m._read_data()
                data, at = m._raw  # type: ignore[attr-defined]  # LeafMatcher's
                n = m._blocklength
                block = array("I", data[at : at + 8 * n])
                if sys.byteorder == "big":
                    block.byteswap()
                local = list(itertools.accumulate(m._data[0]))
                if gone:
                    keep = [d not in gone for d in local]
                    local = list(itertools.compress(local, keep))
                    block = array(
                        "I",
                        itertools.chain.from_iterable(
                            itertools.compress(zip(block[0::2], block[1::2], strict=True), keep)
                        ),
                    )
                ids += [d + offset for d in local] if offset else local
                counts += block
                m._next_block()
        return ids, counts[0::2], counts[1::2]

    def lengths(self, field: str) -> bytes:
        """Every document's length byte in `field`."""
        found = self._lengths.get(field)
        if found is None:
            parts = []
            for sub, _ in self.leaves:
                reader = sub.reader()
                parts.append(_length_bytes(reader, field, reader.doc_count_all()))
            found = self._lengths[field] = b"".join(parts)
        return found

    def days(self) -> array:
        """Every document's day (YYYYMMDD, 0 where undated) from the `day` column."""
        if self._days is None:
            days = array("I")
            for sub, _ in self.leaves:
                reader = sub.reader()
                days += _day_numbers(reader, reader.doc_count_all())
            self._days = days
        return self._days

    def term_matches(
        self, field: str, text: str | bytes, boost: float, within: Within = None
    ) -> Matches:
        """One term's documents (only those in `within`) and their scores, as bulk.py's."""
        if field not in self.schema:
            return _EMPTY
        fieldobj = self.schema[field]
        try:
            btext = text if isinstance(text, bytes) else fieldobj.to_bytes(text)
        except ValueError:
            return _EMPTY
        ids, tfs = self.term(field, btext)
        if within is not None:
            keep = _kept(within, ids)
            ids, tfs = list(itertools.compress(ids, keep)), list(itertools.compress(tfs, keep))
        if not ids:
            return _EMPTY
        constant = None
        if not fieldobj.scorable or self.weighting is None:
            scores = tfs  # Whoosh's WeightScorer: the weight
            if tfs.count(tfs[0]) == len(tfs):
                constant = tfs[0] * boost if boost != 1.0 else tfs[0]
        else:
            scores = self._bm25(field, btext, ids, tfs)
        if boost != 1.0:
            scores = [s * boost for s in scores]
        return Matches(dict(zip(ids, scores, strict=True)), None, constant)

    def _bm25(self, field: str, btext: bytes, ids: list[int], tfs: list[float]) -> list[float]:
        idf, avgfl, b, k1 = bm25_constants(self.searcher, field, btext)
        k1p = k1 + 1
        # bulk.py: idf * ((freq * (k1 + 1)) / (freq + k1 * ((1 - b) + b * fl / avgfl)))
        norm = [k1 * ((1 - b) + b * fl / avgfl) for fl in _LENGTH_OF_BYTE]
        lengths = self.lengths(field)
        return [idf * ((f * k1p) / (f + norm[lengths[d]])) for d, f in zip(ids, tfs, strict=True)]

    def positions(self, field: str, text: bytes, docnums: list[int]) -> dict[int, list[int]]:
        """docnum -> the positions of `text` in it, for the given (sorted) docnums only: from
        the blocks the term's list was read from (each decompressed once), else its matcher."""
        ids, _ = self.term(field, text)
        blocks = self._blocks.get((field, text))
        if not blocks:
            return positions_at(self.leaves, field, text, docnums)
        decode = self.schema[field].format.decode_positions
        starts = [b.start for b in blocks]
        out: dict[int, list[int]] = {}
        for d in docnums:
            i = bisect.bisect_left(ids, d)
            if i < len(ids) and ids[i] == d:
                b = bisect.bisect_right(starts, i) - 1
                out[d] = decode(blocks[b].value(i - starts[b]))
        return out


class _Block(NamedTuple):
    """One decompressed block of a posting list (store/postings.py's layout): the index of its
    first posting in the term's list, its data, where its values start, its size."""

    start: int
    data: bytes
    at: int
    size: int
    fixedsize: int | None

    def value(self, k: int) -> bytes:
        """The `k`-th posting's value (its encoded positions)."""
        return block_value(self.data, self.at, self.size, self.fixedsize, k)


def _read_postings(m, offset: int = 0) -> tuple[list[int], list[float], list[_Block] | None]:
    """(ids + offset, weights, the decompressed blocks where nrc's codec wrote them) of a leaf
    posting list, read a block at a time."""
    if isinstance(m, FilterMatcher):  # the reader's deleted docs: Postings drops them itself
        m = m.child
    ids: list[int] = []
    weights: list[float] = []
    if isinstance(m, W3LeafMatcher):
        ours = isinstance(m, LeafMatcher)
        blocks: list[_Block] | None = [] if ours else None
        while m.is_active():
            m._read_data()
            raw_ids, raw_w = m._data[0], m._data[1]
            n = m._blocklength
            if blocks is not None:
                data, at = m._raw  # type: ignore[attr-defined]  # LeafMatcher's
                blocks.append(_Block(len(ids), data, at, n, m._fixedsize))
            if m._byteids:
                ids.extend(map(offset.__add__, raw_ids))
            else:  # a block's deltas start from 0: summed from the offset, which is dropped
                ids.extend(itertools.islice(itertools.accumulate(raw_ids, initial=offset), 1, None))
            if raw_w is None:
                weights.extend(itertools.repeat(1.0, n))
            elif isinstance(raw_w, float):
                weights.extend(itertools.repeat(raw_w, n))
            else:
                weights.extend(raw_w)  # float32 as Whoosh stores them, exact as floats
            m._next_block()
        return ids, weights, blocks
    while m.is_active():  # an inlined short list, or another matcher kind
        ids.append(m.id() + offset)
        weights.append(_float32(m.weight()))
        m.next()
    return ids, weights, None


def _float32(value: float) -> float:
    """`value` rounded to float32, as bulk.py's arrays hold an inlined list's weights."""
    from array import array

    return array("f", [value])[0]


def _day_numbers(reader, count: int) -> array:
    """The `day` column of one segment as numbers (0 where a document has none)."""
    from nrc_search.store.schema import DAY_COLUMN

    days = array("I")
    perdoc = getattr(reader, "_perdoc", None)
    if perdoc is not None and perdoc.has_column("day"):
        col = perdoc.column_reader("day", DAY_COLUMN)
        n = min(col._count, count)
        days.frombytes(col._dbfile.get(col._basepos, n * days.itemsize))
        if sys.byteorder == "little":
            days.byteswap()  # Whoosh packs numbers big-endian ("!I")
    days.extend(itertools.repeat(0, count - len(days)))
    return days


def _length_bytes(reader, field: str, count: int) -> bytes:
    """The length byte of every document of one segment (0 where it has no such field)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    perdoc = getattr(reader, "_perdoc", None)
    col = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if perdoc else None
    if col is None:
        return bytes(count)
    n = min(getattr(col, "_count", 0), count)
    if n and getattr(col, "_fixedlen", 0) == 1:
        data = col._dbfile.get(col._basepos, n)
    else:
        data = bytes(col[i] for i in range(n))
    return data + bytes(count - len(data))


# --- the query tree (bulk.py's, node for node) ------------------------------------------------


def evaluate(post: Postings, q: Q.Query) -> Matches:
    """The documents `q` matches and their scores; Unsupported for a part it lacks."""
    return _eval(post, q, None, False)


def _eval(post: Postings, q: Any, within: Within, loose: bool) -> Matches:
    kind = type(q)
    if kind is Q.Term:
        return post.term_matches(q.fieldname, q.text, q.boost, within)
    if isinstance(q, type(Q.NullQuery)):
        return _EMPTY
    if isinstance(q, Q.Or):
        if q.minmatch or q.scale:
            raise Unsupported("Or with minmatch/scale")
        parts = [_eval(post, c, within, loose) for c in q.subqueries]
        return _boosted(_union(parts), q.boost)
    if kind is Q.And:
        return _boosted(_intersect(_and_parts(post, q.subqueries, within, loose)), q.boost)
    if kind is Q.AndMaybe:
        return _boosted(_maybe(post, _eval(post, q.a, within, loose), q.b, loose), q.boost)
    if kind is Q.AndNot:
        a = _eval(post, q.a, within, loose)
        return _boosted(_minus(a, _eval(post, q.b, a.scores, False)), q.boost)
    if kind is Q.Phrase:
        return _phrase(post, q, within, loose)
    if isinstance(q, Q.MultiTerm):  # ranges, prefixes, wildcards, fuzzy terms: their words
        return _multiterm(post, q, within)
    raise Unsupported(type(q).__name__)


def _and_parts(post: Postings, subqueries: list, within: Within, loose: bool) -> list[Matches]:
    """The And's parts, in its order. Its filters (a speaker, a date range) are worked out
    first, then its other parts from the fewest postings up, each only among the documents
    the parts before it left (the intersection, and its scores, are the same).

    A date filter beside a part that is not a filter is not read from its years' postings
    (a decade: 130,000 at a million turns): the other parts are read among the documents whose
    day (the `day` column) is in range, and the filter then gives each of those its one score."""
    found: dict[int, Matches] = {}
    filters = [i for i, c in enumerate(subqueries) if is_filter(post.schema, c)]
    rest = [i for i in range(len(subqueries)) if i not in filters]
    dated = dated_filters(post.schema, subqueries)
    narrowed = within
    for spans, _ in dated.values():
        narrowed = Dated(post.days(), spans, narrowed)
    dated_within = narrowed
    for i in filters:
        if i not in dated:
            found[i] = m = _eval(post, subqueries[i], narrowed, loose)
            narrowed = m.scores
    m = _EMPTY
    for i in sorted(rest, key=lambda i: _size(post, subqueries[i])):
        found[i] = m = _eval(post, subqueries[i], narrowed, loose)
        narrowed = m.scores
    if dated:  # `m`, the last of `rest`, was read within them all: its documents, checked
        assert isinstance(dated_within, Dated)
        ids = list(m.scores)
        inside = list(itertools.compress(ids, dated_within.kept(ids)))
        for i, (_, value) in dated.items():
            found[i] = Matches(dict.fromkeys(inside, value), None, value)
    return [found[i] for i in range(len(subqueries))]


class Dated:
    """The documents of `inside` (None: any) whose day is in one of `spans` (inclusive
    YYYYMMDD bounds): a date filter as the documents the And's other parts may match."""

    def __init__(self, days: array, spans: list[tuple[int, int]], inside: Within) -> None:
        self.days, self.spans, self.inside = days, spans, inside

    def __contains__(self, d: object) -> bool:
        return (
            isinstance(d, int)
            and _in_spans(self.days[d], self.spans)
            and (self.inside is None or d in self.inside)
        )

    def kept(self, ids: list[int]) -> list[bool]:
        """For each of `ids`, whether it is one of these (a lookup a document, in C)."""
        values = list(map(self.days.__getitem__, ids))
        if len(self.spans) == 1:
            lo, hi = self.spans[0]
            keep = [lo <= v <= hi for v in values]
        else:
            keep = [_in_spans(v, self.spans) for v in values]
        if self.inside is not None:
            keep = list(map(operator.and_, keep, _kept(self.inside, ids)))
        return keep


def _kept(within: Collection[int] | Dated, ids: list[int]) -> list[bool]:
    """For each of `ids`, whether `within` holds it."""
    if isinstance(within, Dated):
        return within.kept(ids)
    return list(map(within.__contains__, ids))


def dated_filters(
    schema, subqueries: Sequence[Any]
) -> dict[int, tuple[list[tuple[int, int]], float]]:
    """An And's date filters that the day column answers (each: its spans and its score),
    by their place in the And: those beside a part that is not a filter."""
    if not any(not is_filter(schema, c) for c in subqueries):
        return {}
    found = {}
    for i, c in enumerate(subqueries):
        if is_filter(schema, c) and (got := _date_spans(schema, c)) is not None:
            found[i] = got
    return found


def _in_spans(day: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= day <= hi for lo, hi in spans)


def _date_spans(schema, q: Any) -> tuple[list[tuple[int, int]], float] | None:
    """The day spans a date filter (search.date_filter's TermRanges of `date` and `year`
    terms, or an Or of them) lets through, merged, and the one score it gives each document;
    None for any other query, or where a document's score could differ."""
    if "day" not in schema:
        return None
    if type(q) is Q.TermRange:
        span = _term_span(schema, q)
        return None if span is None else ([span], 1.0 * q.boost)
    if type(q) is not Q.Or or q.minmatch or q.scale or not q.subqueries:
        return None
    parts = [_date_spans(schema, c) for c in q.subqueries]
    if any(p is None for p in parts) or len({p[1] for p in parts if p}) != 1:
        return None
    spans = sorted(span for p in parts if p for span in p[0])
    if any(b[0] <= a[1] for a, b in itertools.pairwise(spans)):
        return None  # overlapping parts: a document in two would score twice
    merged = [spans[0]]
    for lo, hi in spans[1:]:
        if lo <= _after(merged[-1][1]):
            merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    value = parts[0][1] if parts[0] else 1.0
    return merged, value * q.boost if q.boost != 1.0 else value


def _term_span(schema, q: Q.TermRange) -> tuple[int, int] | None:
    """A constant-score, inclusive TermRange of `date` or `year` terms as (first, last) day."""
    if q.fieldname not in ("date", "year") or not q.constantscore or q.startexcl or q.endexcl:
        return None
    if schema[q.fieldname].format.field_boost != 1.0:
        return None
    if q.fieldname == "date":
        lo = _day_of(q.start) if q.start is not None else 1
        hi = _day_of(q.end) if q.end is not None else 99999999
    else:
        lo = _year_of(q.start) * 10000 if q.start is not None else 1
        hi = _year_of(q.end) * 10000 + 9999 if q.end is not None else 99999999
    return (lo, hi) if lo > 0 and hi > 0 else None


def _day_of(text: Any) -> int:
    from nrc_search.store.schema import day_number

    return day_number(text) if isinstance(text, str) else 0


def _year_of(text: Any) -> int:
    ok = isinstance(text, str) and len(text) == 4 and text.isascii() and text.isdigit()
    return int(text) if ok and text != "0000" else -1


def _after(day: int) -> int:
    """The day after YYYYMMDD `day` (a bound that is no real day, such as 20099999: + 1)."""
    year, rest = divmod(day, 10000)
    try:
        nxt = datetime.date(year, rest // 100, rest % 100) + datetime.timedelta(days=1)
    except (ValueError, OverflowError):
        return day + 1
    return nxt.year * 10000 + nxt.month * 100 + nxt.day


def _size(post: Postings, q: Any) -> int:
    """About how many postings `q` holds (its words' document frequencies)."""
    if type(q) is Q.Term:
        try:
            return post.searcher.doc_frequency(q.fieldname, q.text)
        except Exception:  # a text the field cannot encode: it matches nothing anyway
            return 0
    kids = list(q.children())
    return sum(_size(post, c) for c in kids) if kids else 1 << 62


def _boosted(m: Matches, boost: float) -> Matches:
    if boost == 1.0:
        return m
    later = m.later
    if later is not None:
        exact = later.exact
        later = Later(
            {d: v * boost for d, v in later.bound.items()},
            lambda ids: {d: v * boost for d, v in exact(ids).items()},
        )
    return Matches({d: s * boost for d, s in m.scores.items()}, later)


def _union(parts: list[Matches]) -> Matches:
    """Every document of any part, its score the sum of the parts' (in the parts' order: a
    document in one part keeps that score, 0.0 + s being s).

    Parts that all score one value (a date range's year terms) are counted in C, each
    document's score the same sum of that value as many times as parts hold it."""
    parts = [p.settled() for p in parts if len(p)]
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    value = parts[0].constant
    if value is not None and all(p.constant == value for p in parts):
        counts = Counter(itertools.chain.from_iterable(p.scores for p in parts))
        if len(counts) == sum(len(p) for p in parts):  # no document in two parts
            return Matches(dict.fromkeys(counts, value), None, value)
        sums = [0.0]
        for _ in parts:
            sums.append(sums[-1] + value)
        return Matches({d: sums[k] for d, k in counts.items()})
    if len(parts) == 2:  # a + b == b + a: the bigger one copied, the smaller one added
        parts.sort(key=len, reverse=True)
    acc = dict(parts[0].scores)
    for p in parts[1:]:
        for d, s in p.scores.items():
            acc[d] = acc[d] + s if d in acc else s
    return Matches(acc)


def _intersect(parts: list[Matches]) -> Matches:
    if not parts or any(not len(p) for p in parts):
        return _EMPTY
    waiting = [p for p in parts if p.later is not None]
    parts = [p.settled() for p in parts if p.later is None or p is not waiting[0]]
    if waiting:
        parts.append(waiting[0])
    by_size = sorted(parts, key=len)
    ids: Iterable[int] = by_size[0].scores
    for p in by_size[1:]:  # the smallest part's documents looked up in the others
        ids = list(filter(p.scores.__contains__, ids))
        if not ids:
            return _EMPTY
    acc = dict.fromkeys(ids, 0.0)
    later = None
    for p in parts:
        scores = p.scores
        for d in acc:
            acc[d] += scores[d]
        if p.later is not None:
            bound = p.later.bound
            later = Later({d: bound[d] for d in acc}, p.later.exact)
    return Matches(acc, later)


def _maybe(post: Postings, a: Matches, b: Q.Query, loose: bool) -> Matches:
    """`a`, plus `b`'s score where `b` matches too; a `b` that needs positions is left for
    later, at most what it scores with its words anywhere (bulk._maybe)."""
    if not len(a):
        return a
    if loose or not positional(post.schema, b):
        return _plus(a, _eval(post, b, a.scores, loose))
    bound = _aligned(a.scores, _eval(post, b, a.scores, True))

    def exact(ids: list[int]) -> dict[int, float]:
        return _aligned(ids, _eval(post, b, set(ids), False))

    a = a.settled()
    return Matches(a.scores, Later(bound, exact))


def _aligned(ids: Iterable[int], m: Matches) -> dict[int, float]:
    """m's scores on `ids` (0 where m does not match)."""
    scores = m.settled().scores if len(m) else {}
    return {d: scores.get(d, 0.0) for d in ids}


def _plus(a: Matches, b: Matches) -> Matches:
    if not len(b):
        return a
    extra = _aligned(a.scores, b)
    return Matches({d: s + extra[d] for d, s in a.scores.items()}, a.later)


def _minus(a: Matches, b: Matches) -> Matches:
    if not len(a) or not len(b):
        return a
    gone = b.scores
    return a.rows(d for d in a.scores if d not in gone)


def _phrase(post: Postings, q: Q.Phrase, within: Within, loose: bool) -> Matches:
    """Words side by side, scored by its words (bulk._phrase). The pair lists are read first,
    and the words are scored only where the pairs (and `within`) leave a candidate."""
    if q.slop != 1 or q.fieldname not in post.schema:
        raise Unsupported("phrase with slop")
    field = post.schema[q.fieldname]
    try:
        words = [field.to_bytes(w) for w in q.words]
    except ValueError:
        return _EMPTY
    paired = phrase_pairs(post.schema, q.fieldname, [w.decode("utf-8") for w in words])
    if len(words) == 2 and len(paired) == 1 and field.scorable and post.weighting is not None:
        counted = post.counts("pairs", post.schema["pairs"].to_bytes(paired[0]))
        if counted is not None:  # the pair's list, with its words' counts (bulk._counted)
            return _boosted(_counted(post, q.fieldname, words, counted, within), q.boost)
    candidates = within
    for pair in paired:
        found = post.term_matches("pairs", pair, 1.0, candidates)
        if not len(found):
            return _EMPTY
        candidates = found.scores
    parts = []
    for w in words:  # each word among the documents every list so far holds
        found = post.term_matches(q.fieldname, w, 1.0, candidates)
        if not len(found):
            return _EMPTY
        parts.append(found)
        candidates = found.scores
    acc = dict.fromkeys(parts[-1].scores, 0.0)
    for part in parts:  # Whoosh scores a phrase by its words (the pairs only find it)
        scores = part.scores
        for d in acc:
            acc[d] += scores[d]
    both = Matches(acc)
    if not len(both):
        return both
    if not loose and (len(paired) < len(words) - 1 or len(words) > 2):
        both = both.rows(_in_sequence(post, q.fieldname, words, sorted(acc)))
    return _boosted(both, q.boost)


def _counted(post: Postings, field: str, words: list[bytes], counted, within: Within) -> Matches:
    """A two-word phrase scored from its pair's postings (bulk._counted)."""
    ids, *counts = counted
    if within is not None:
        keep = _kept(within, ids)
        ids = list(itertools.compress(ids, keep))
        counts = [array("I", itertools.compress(c, keep)) for c in counts]
    if not ids:
        return _EMPTY
    boost = post.schema[field].format.field_boost
    acc = [0.0] * len(ids)
    for word, count in zip(words, counts, strict=True):
        weights = array("f", [c * boost for c in count]).tolist()  # float32, as postings hold
        scores = post._bm25(field, word, ids, weights)
        acc = [a + s for a, s in zip(acc, scores, strict=True)]
    return Matches(dict(zip(ids, acc, strict=True)))


def _in_sequence(post: Postings, field: str, words: list[bytes], ids: list[int]) -> list[int]:
    """The documents of `ids` where `words` stand one after another."""
    positions = [post.positions(field, w, ids) for w in words]
    keep = []
    for d in ids:
        starts = set(positions[0].get(d, ()))
        for k in range(1, len(words)):
            if not starts:
                break
            later = set(positions[k].get(d, ()))
            starts = {p for p in starts if p + k in later}
        if starts:
            keep.append(d)
    return keep


def _multiterm(post: Postings, q: Any, within: Within) -> Matches:
    """Its words, each scored as a Term with the query's boost (bulk._multiterm)."""
    field, words = expansion_words(post.schema, post.searcher.reader(), q)
    if field in post.schema and not post.schema[field].scorable and within is None:
        found = _id_union(post, field, words, q.boost)
        if found is not None:
            return found
    return _union([post.term_matches(field, w, q.boost, within) for w in words])


def _id_union(post: Postings, field: str, words: list[bytes], boost: float) -> Matches | None:
    """The documents of an ID field's terms (a date range's years) as one dict, when each
    document has one of them and every weight is 1 (else None: `_union` sums them)."""
    lists = []
    for w in words:
        ids, tfs = post.term(field, w)
        if tfs.count(1.0) != len(tfs):
            return None
        lists.append(ids)
    value = 1.0 * boost
    scores = dict.fromkeys(itertools.chain.from_iterable(lists), value)
    if len(scores) != sum(map(len, lists)):
        return None
    return Matches(scores, None, value)


# --- ranking ---------------------------------------------------------------------------------


def top(m: Matches, limit: int) -> list[tuple[int, float]]:
    """The best `limit` (docnum, score) by score, ties to the lower docnum (bulk.top)."""
    if not len(m) or limit < 1:
        return []
    if m.later is None:
        return _best(m.scores, limit)
    bound = m.later.bound
    upper = {d: s + bound[d] for d, s in m.scores.items()}
    order = sorted(upper, key=lambda d: (-upper[d], d))
    done: dict[int, float] = {}
    start, batch = 0, limit + 8
    while start < len(order):
        pick = sorted(order[start : start + batch])
        start += batch
        extra = m.later.exact(pick)
        for d in pick:
            done[d] = m.scores[d] + extra[d]
        if len(done) >= limit and start < len(order):
            kth = heapq.nlargest(limit, done.values())[-1]
            if kth > upper[order[start]]:
                break
        batch *= 2
    return _best(done, limit)


def _best(scores: dict[int, float], limit: int) -> list[tuple[int, float]]:
    return heapq.nsmallest(limit, scores.items(), key=lambda item: (-item[1], item[0]))


def first_ids(m: Matches, limit: int) -> list[int]:
    """The `limit` lowest document numbers `m` matches."""
    return heapq.nsmallest(limit, m.scores)
