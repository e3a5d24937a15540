"""Whoosh query trees evaluated over whole posting lists: exact totals and top hits in bulk.

Whoosh answers a query with one matcher step per posting: at a million turns a common word is
~100,000 Python calls to count it and as many to score it. Here a term's posting list is read
block by block into arrays (document numbers and frequencies, positions only for phrases), the
query's And / Or / AndMaybe / AndNot become sorted-array set operations, and BM25F is computed
for every candidate at once with numpy. The few hits shown then take the usual excerpt path.

Scores follow Whoosh's BM25F (the same idf, average and byte-coded field lengths, K1, B and
boosts; a sum's terms may be added in another order, so a score can differ in its last bits),
and ties go to the lower document number as in Whoosh's collector: the hits, their order and
the totals equal the plain path's (tests/test_bulk.py runs the judged query sets both ways).
A query with a part this module does not know gives None, and the caller asks Whoosh.

A `Postings` belongs to one searcher, that is one committed state of the index; a warm process
(`nrc serve`, a library user) keeps it with the searcher, so a posting list is decoded once.
"""

from __future__ import annotations

import functools
import pickle
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.util.numeric import byte_to_length

from nrc_search.store.postings import (
    LeafMatcher,
    block_values_at,
    decode_block,
    leaf_postings,
    positions_at,
)
from nrc_search.tree import (
    Unsupported,
    bm25_constants,
    expansion_words,
    is_filter,
    phrase_pairs,
    positional,
)

_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
_PAIR_VALUE = 8  # bytes of a `pairs` posting's value: its two words' counts (schema.PairCounts)
_EMPTY_IDS = np.zeros(0, dtype=np.int64)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)
#: Bytes of decoded posting lists a Postings keeps (a common word's is ~1.5 MB at 1M turns),
#: and of worked-out filters (speaker, date range, kind): `nrc serve` stays well under 1 GiB.
CACHE_TERMS_BYTES = 256 << 20
CACHE_FILTERS_BYTES = 128 << 20


class _Kept(dict):
    """A dict that forgets its oldest entries when their arrays pass `budget` bytes."""

    def __init__(self, budget: int) -> None:
        super().__init__()
        self.budget, self.used = budget, 0

    def keep(self, key, value, size: int) -> None:
        if key in self:
            return
        while self and self.used + size > self.budget:
            _, old_size = self.pop(next(iter(self)))
            self.used -= old_size
        self[key] = (value, size)
        self.used += size

    def found(self, key):
        entry = self.get(key)
        return None if entry is None else entry[0]


@dataclass(frozen=True)
class Later:
    """A score part not yet worked out: at most `bound` (aligned with the ids), exactly what
    `exact(ids)` says. A phrase bonus (`a b` also scores "a b") needs positions, so `top` asks
    for it only for the documents that could still reach the top."""

    bound: np.ndarray
    exact: Callable[[np.ndarray], np.ndarray]


@dataclass(frozen=True)
class Matches:
    """The documents a query matches (sorted, unique), their scores, and a part still `later`."""

    ids: np.ndarray
    scores: np.ndarray
    later: Later | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def rows(self, keep: np.ndarray) -> Matches:
        """Only the rows `keep` (a mask or an index array) selects."""
        later = self.later
        if later is not None:
            later = Later(later.bound[keep], later.exact)
        return Matches(self.ids[keep], self.scores[keep], later)

    def settled(self) -> Matches:
        """Every score worked out."""
        if self.later is None:
            return self
        return Matches(self.ids, self.scores + self.later.exact(self.ids))


def empty() -> Matches:
    return Matches(_EMPTY_IDS, _EMPTY_SCORES)


class Postings:
    """Decoded posting lists and field lengths of one searcher (one state of the index)."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.weighting = searcher.weighting
        self.leaves = list(searcher.leaf_searchers())
        self.schema = searcher.schema
        self._terms = _Kept(CACHE_TERMS_BYTES)  # (field, text) -> (ids, frequencies)
        # (field, text) -> where each block of the list starts in its arrays and on disk, for
        # reading positions straight from the blocks that hold them (None: a leaf with deletions)
        self._blocks: dict[tuple[str, bytes], _Blocks | None] = {}  # as long as the term
        self._lengths: dict[str, np.ndarray] = {}  # field -> every document's length byte
        self._deleted: list[np.ndarray | None] | None = None
        self.n = searcher.doc_count_all()
        self.filters = _Kept(CACHE_FILTERS_BYTES)

    # --- reading ----------------------------------------------------------------------------

    def term(self, field: str, text: bytes) -> tuple[np.ndarray, np.ndarray]:
        """(document numbers, frequencies) of one term, deleted documents left out."""
        key = (field, text)
        found = self._terms.found(key)
        if found is not None:
            return found
        ids_parts, tf_parts = [], []
        blocks: _Blocks | None = _Blocks()
        at = 0
        for i, (sub, offset) in enumerate(self.leaves):
            reader = sub.reader()
            if (field, text) not in reader:
                continue
            ids, tf, where = _read_postings(reader.postings(field, text))
            gone = self._deleted_of(i)
            if gone is not None and len(ids):
                keep = ~np.isin(ids, gone, assume_unique=True)
                ids, tf = ids[keep], tf[keep]
                blocks = None
            if blocks is not None and where is not None:
                blocks.add(at, where)
            elif where is None:
                blocks = None
            at += len(ids)
            ids_parts.append(ids + offset if offset else ids)
            tf_parts.append(tf)
        if len(self._blocks) > 4 * len(self._terms) + 64:  # dropped with their terms, roughly
            self._blocks = {k: v for k, v in self._blocks.items() if k in self._terms}
        self._blocks[key] = blocks
        if not ids_parts:
            found = (_EMPTY_IDS, _EMPTY_SCORES)
        elif len(ids_parts) == 1:
            found = (ids_parts[0], tf_parts[0])
        else:
            found = (np.concatenate(ids_parts), np.concatenate(tf_parts))
        self._terms.keep(key, found, found[0].nbytes + found[1].nbytes)
        return found

    def counts(self, field: str, text: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """(document numbers, each one's two word counts) of a `pairs` term (schema.PairCounts);
        None where its postings hold no counts (another format or codec)."""
        if not hasattr(self.schema[field].format, "decode_counts"):
            return None
        key = ("counts", field, text)
        found = self._terms.found(key)
        if found is not None:
            return found
        ids_parts, count_parts = [], []
        for i, offset, m in leaf_postings(self.leaves, field, text):
            if not isinstance(m, LeafMatcher) or m._fixedsize != _PAIR_VALUE:
                return None
            while m.is_active():
                m._read_data()
                data, at = m._raw
                n = m._blocklength
                ids = np.cumsum(np.asarray(m._data[0], dtype=np.int64))
                counts = np.frombuffer(data, dtype="<u4", count=2 * n, offset=at).reshape(n, 2)
                gone = self._deleted_of(i)
                if gone is not None:
                    keep = ~np.isin(ids, gone, assume_unique=True)
                    ids, counts = ids[keep], counts[keep]
                ids_parts.append(ids + offset if offset else ids)
                count_parts.append(counts)
                m._next_block()
        if not ids_parts:
            found = (_EMPTY_IDS, np.zeros((0, 2), dtype=np.uint32))
        else:
            found = (np.concatenate(ids_parts), np.concatenate(count_parts))
        self._terms.keep(key, found, found[0].nbytes + found[1].nbytes)
        return found

    def _deleted_of(self, leaf: int) -> np.ndarray | None:
        if self._deleted is None:
            self._deleted = []
            for sub, _ in self.leaves:
                gone = sub.reader().deleted_docs_set if sub.reader().has_deletions() else None
                self._deleted.append(np.array(sorted(gone), dtype=np.int64) if gone else None)
        return self._deleted[leaf]

    def lengths(self, field: str) -> np.ndarray:
        """Every document's length byte in `field` (_LENGTH_OF_BYTE decodes it as Whoosh does)."""
        found = self._lengths.get(field)
        if found is not None:
            return found
        parts = []
        for sub, _ in self.leaves:
            reader = sub.reader()
            parts.append(_length_bytes(reader, field, reader.doc_count_all()))
        found = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint8)
        self._lengths[field] = found
        return found

    def positions(self, field: str, text: bytes, docnums: np.ndarray) -> dict[int, list[int]]:
        """docnum -> the positions of `text` in it, for the given (sorted) docnums only: the
        blocks that hold them are read straight from the postings file, each once."""
        ids, _ = self.term(field, text)
        blocks = self._blocks.get((field, text))
        if blocks is None or not len(ids):
            return positions_at(self.leaves, field, text, docnums.tolist())
        decode = self.schema[field].format.decode_positions
        hit = _contains(ids, docnums)
        index = np.searchsorted(ids, docnums[hit])
        which = np.searchsorted(blocks.starts, index, side="right") - 1
        wanted: dict[int, list[tuple[int, int]]] = {}  # block -> (docnum, place in the block)
        for d, i, b in zip(docnums[hit].tolist(), index.tolist(), which.tolist(), strict=True):
            wanted.setdefault(b, []).append((d, i - blocks.starts[b]))
        out: dict[int, list[int]] = {}
        for b, pairs in wanted.items():
            values = blocks.values_at(b, [k for _, k in pairs])
            for (d, _), value in zip(pairs, values, strict=True):
                out[d] = decode(value)
        return out

    # --- scoring ----------------------------------------------------------------------------

    def term_matches(self, field: str, text: str | bytes, boost: float) -> Matches:
        if field not in self.schema:
            return empty()
        fieldobj = self.schema[field]
        try:
            btext = text if isinstance(text, bytes) else fieldobj.to_bytes(text)
        except ValueError:
            return empty()
        ids, tf = self.term(field, btext)
        if not len(ids):
            return empty()
        if not fieldobj.scorable or self.weighting is None:
            scores = tf.astype(np.float64)  # Whoosh's WeightScorer: the weight
        else:
            scores = self._bm25(field, btext, ids, tf)
        if boost != 1.0:
            scores = scores * boost
        return Matches(ids, scores)

    def _bm25(self, field: str, btext: bytes, ids: np.ndarray, tf: np.ndarray) -> np.ndarray:
        idf, avgfl, b, k1 = bm25_constants(self.searcher, field, btext)
        freq = tf.astype(np.float64)
        fl = _LENGTH_OF_BYTE[self.lengths(field)[ids]]
        return idf * ((freq * (k1 + 1)) / (freq + k1 * ((1 - b) + b * fl / avgfl)))


class _Blocks:
    """Where a posting list's blocks are: the index of each block's first posting in the
    term's arrays, and how to read its data again (file, offset, length, compressed)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self._where: list[tuple[Any, int, int, bool, Callable[[bytes], Any]]] = []

    def add(self, at: int, where: list[tuple[int, Any, int, int, bool, Callable]]) -> None:
        for start, postfile, offset, length, compressed, decode in where:
            self.starts.append(at + start)
            self._where.append((postfile, offset, length, compressed, decode))

    def values_at(self, block: int, ks: list[int]) -> list[bytes]:
        """The block's `ks`-th values (one encoded positions string a posting)."""
        postfile, offset, length, compressed, decode = self._where[block]
        raw = postfile.get(offset, length)
        data = zlib.decompress(raw) if compressed else raw
        if isinstance(decode, functools.partial) and decode.func is decode_block:
            return block_values_at(data, decode.keywords["count"], ks)
        values = decode(data)[2]  # a block Whoosh's own W3 codec wrote
        return [values[k] for k in ks]


def _read_postings(m) -> tuple[np.ndarray, np.ndarray, list | None]:
    """(ids, weights, where each block is) of a leaf posting list, read a block at a time;
    `where` is None for a list whose blocks cannot be read again directly (inlined)."""
    if isinstance(m, FilterMatcher):  # the reader's deleted docs: Postings drops them itself
        m = m.child
    if isinstance(m, W3LeafMatcher):
        ids_parts, w_parts = [], []
        where: list[tuple[int, Any, int, int, bool, Callable]] | None = []
        at = 0
        while m.is_active():
            m._read_data()
            raw_ids, raw_w = m._data[0], m._data[1]
            ids = np.asarray(raw_ids, dtype=np.int64)
            if not m._byteids:
                ids = np.cumsum(ids)
            n = m._blocklength
            if raw_w is None:  # float32 as Whoosh stores them (exact; scored in float64)
                w = np.ones(n, dtype=np.float32)
            elif isinstance(raw_w, float):
                w = np.full(n, raw_w, dtype=np.float32)
            else:
                w = np.asarray(raw_w, dtype=np.float32)
            ids_parts.append(ids)
            w_parts.append(w)
            if where is not None and m._fixedsize is None:
                length = m._nextoffset - m._dataoffset
                decode = _block_decoder(m)
                where.append((at, m._postfile, m._dataoffset, length, bool(m._compression), decode))
            else:
                where = None
            at += n
            m._next_block()
        if not ids_parts:
            return _EMPTY_IDS, _EMPTY_SCORES, None
        return np.concatenate(ids_parts), np.concatenate(w_parts), where
    ids_list, w_list = [], []
    while m.is_active():  # an inlined short list, or another matcher kind
        ids_list.append(m.id())
        w_list.append(m.weight())
        m.next()
    return np.array(ids_list, dtype=np.int64), np.array(w_list, dtype=np.float32), None


def _block_decoder(m: W3LeafMatcher) -> Callable[[bytes], Any]:
    """How the matcher's current block's (decompressed) data becomes (ids, weights, values)."""
    if isinstance(m, LeafMatcher):
        return functools.partial(decode_block, count=m._blocklength, fixedsize=m._fixedsize)
    return pickle.loads  # written by Whoosh's own W3 codec


def _length_bytes(reader, field: str, count: int) -> np.ndarray:
    """The length byte of every document of one segment (0 where it has no such field)."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    perdoc = getattr(reader, "_perdoc", None)
    col = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if perdoc else None
    out = np.zeros(count, dtype=np.uint8)
    if col is None:
        return out
    n = min(getattr(col, "_count", 0), count)
    if n and getattr(col, "_fixedlen", 0) == 1:
        out[:n] = np.frombuffer(col._dbfile.get(col._basepos, n), dtype=np.uint8)
    else:
        out[:n] = [col[i] for i in range(n)]
    return out


# --- the query tree --------------------------------------------------------------------------


def evaluate(post: Postings, q: Q.Query) -> Matches:
    """The documents `q` matches and their Whoosh scores; Unsupported for a part it lacks."""
    return _eval(post, q, None, False)


def _eval(post: Postings, q: Any, within: np.ndarray | None, loose: bool) -> Matches:
    """`q`'s matches among `within` (all documents when None); with `loose`, a phrase counts
    its words wherever they stand (a bound: the matches and scores can only shrink).

    A filter (terms of ID fields only: a speaker, a date range, a kind) is kept with the
    searcher once worked out: the next search with it reads no posting list."""
    if is_filter(post.schema, q):
        found = post.filters.found(q)
        if found is None:
            found = _eval_node(post, q, None, loose)
            post.filters.keep(q, found, found.ids.nbytes + found.scores.nbytes)
        return _within(found, within)
    return _eval_node(post, q, within, loose)


def _eval_node(post: Postings, q: Any, within: np.ndarray | None, loose: bool) -> Matches:
    kind = type(q)
    if kind is Q.Term:
        return _within(post.term_matches(q.fieldname, q.text, q.boost), within)
    if isinstance(q, type(Q.NullQuery)):
        return empty()
    if isinstance(q, Q.Or):
        if q.minmatch or q.scale:
            raise Unsupported("Or with minmatch/scale")
        parts = [_eval(post, c, within, loose) for c in q.subqueries]
        return _boosted(_union(parts, post.n), q.boost)
    if kind is Q.And:
        parts = [_eval(post, c, within, loose) for c in q.subqueries]
        return _boosted(_intersect(parts), q.boost)
    if kind is Q.AndMaybe:
        return _boosted(_maybe(post, _eval(post, q.a, within, loose), q.b, loose), q.boost)
    if kind is Q.AndNot:
        a = _eval(post, q.a, within, loose)
        return _boosted(_minus(a, _eval(post, q.b, a.ids, False)), q.boost)
    if kind is Q.Phrase:
        return _within(_phrase(post, q, within, loose), None)
    if isinstance(q, Q.MultiTerm):  # ranges, prefixes, wildcards, fuzzy terms: their words
        return _within(_multiterm(post, q), within)
    raise Unsupported(type(q).__name__)


def _within(m: Matches, within: np.ndarray | None) -> Matches:
    """Only the rows of `m` whose document is in `within` (sorted)."""
    return m if within is None or not len(m) else m.rows(_contains(within, m.ids))


def _boosted(m: Matches, boost: float) -> Matches:
    if boost == 1.0:
        return m
    later = m.later
    if later is not None:
        exact = later.exact
        later = Later(later.bound * boost, lambda ids: exact(ids) * boost)
    return Matches(m.ids, m.scores * boost, later)


def _union(parts: list[Matches], n: int) -> Matches:
    """Every document of any part, its score the sum of the parts' (in the parts' order). Big
    unions (a decade's year terms) are summed in arrays over all `n` documents, not sorted."""
    parts = [p.settled() for p in parts if len(p)]
    if not parts:
        return empty()
    if len(parts) == 1:
        return parts[0]
    size = sum(len(p) for p in parts)
    if size * 4 >= n:
        acc = np.zeros(n, dtype=np.float64)
        hit = np.zeros(n, dtype=bool)
        for p in parts:
            acc[p.ids] += p.scores
            hit[p.ids] = True
        ids = np.flatnonzero(hit).astype(np.int64)
        return Matches(ids, acc[ids])
    ids = np.concatenate([p.ids for p in parts])
    ids.sort(kind="stable")  # sorted runs: a merge, not a sort (np.unique hashes, 10x slower)
    keep = np.ones(len(ids), dtype=bool)
    np.not_equal(ids[1:], ids[:-1], out=keep[1:])
    ids = ids[keep]
    scores = np.zeros(len(ids), dtype=np.float64)
    for p in parts:
        scores[np.searchsorted(ids, p.ids)] += p.scores
    return Matches(ids, scores)


def _intersect(parts: list[Matches]) -> Matches:
    if not parts or any(not len(p) for p in parts):
        return empty()
    waiting = [p for p in parts if p.later is not None]
    parts = [p.settled() for p in parts if p.later is None or p is not waiting[0]]
    if waiting:
        parts.append(waiting[0])
    by_size = sorted(parts, key=len)
    ids = by_size[0].ids
    for p in by_size[1:]:  # the smallest list's documents looked up in the others
        ids = ids[_contains(p.ids, ids)]
        if not len(ids):
            return empty()
    scores = np.zeros(len(ids), dtype=np.float64)
    later = None
    for p in parts:
        at = np.searchsorted(p.ids, ids)
        scores += p.scores[at]
        if p.later is not None:
            later = Later(p.later.bound[at], p.later.exact)
    return Matches(ids, scores, later)


def _maybe(post: Postings, a: Matches, b: Q.Query, loose: bool) -> Matches:
    """`a`, plus `b`'s score where `b` matches too. A `b` that needs positions (the phrase bonus
    of `a b`) is left for later: at most what `b` scores with its words anywhere."""
    if not len(a):
        return a
    if loose or not positional(post.schema, b):
        return _plus(a, _eval(post, b, a.ids, loose))
    bound = _aligned(a.ids, _eval(post, b, a.ids, True))

    def exact(ids: np.ndarray) -> np.ndarray:
        return _aligned(ids, _eval(post, b, ids, False))

    a = a.settled()
    return Matches(a.ids, a.scores, Later(bound, exact))


def _aligned(ids: np.ndarray, m: Matches) -> np.ndarray:
    """m's scores on `ids` (0 where m does not match)."""
    out = np.zeros(len(ids), dtype=np.float64)
    if len(m):
        m = m.settled()
        hit = member(m, ids)
        out[hit] = m.scores[np.searchsorted(m.ids, ids[hit])]
    return out


def _plus(a: Matches, b: Matches) -> Matches:
    if not len(b):
        return a
    return Matches(a.ids, a.scores + _aligned(a.ids, b), a.later)


def _minus(a: Matches, b: Matches) -> Matches:
    if not len(a) or not len(b):
        return a
    return a.rows(~_contains(b.ids, a.ids))


def _phrase(post: Postings, q: Q.Phrase, within: np.ndarray | None, loose: bool) -> Matches:
    """Words side by side (slop 1), scored as Whoosh does: the words' scores, times the boost.

    Each two neighbours that are both common words are one `pairs` term (analysis.pair_terms):
    for two words that list is the answer; for more, the lists narrow the candidates. Positions
    are read only for what is left, and only when a pair is not indexed or there are more than
    two words (never with `loose`, which gives a bound)."""
    if q.slop != 1 or q.fieldname not in post.schema:
        raise Unsupported("phrase with slop")
    field = post.schema[q.fieldname]
    try:
        words = [field.to_bytes(w) for w in q.words]
    except ValueError:
        return empty()
    paired = phrase_pairs(post.schema, q.fieldname, [w.decode("utf-8") for w in words])
    if len(words) == 2 and len(paired) == 1 and field.scorable and post.weighting is not None:
        counted = post.counts("pairs", post.schema["pairs"].to_bytes(paired[0]))
        if counted is not None:  # the pair's list, with its words' counts, is the answer
            return _boosted(_counted(post, q.fieldname, words, counted, within), q.boost)
    parts = [_within(post.term_matches(q.fieldname, w, 1.0), within) for w in words]
    pairs = [_within(post.term_matches("pairs", p, 1.0), within) for p in paired]
    if any(not len(p) for p in [*parts, *pairs]):
        return empty()
    ids = min((p.ids for p in [*pairs, *parts]), key=len)
    for p in sorted([*pairs, *parts], key=len):
        ids = ids[member(p, ids)]
    scores = np.zeros(len(ids), dtype=np.float64)
    for p in parts:  # Whoosh scores a phrase by its words (the pairs only find it)
        scores += p.scores[np.searchsorted(p.ids, ids)]
    both = Matches(ids, scores)
    if not len(both):
        return both
    if not loose and (len(paired) < len(words) - 1 or len(words) > 2):
        both = both.rows(_in_sequence(post, q.fieldname, words, both.ids))
    return _boosted(both, q.boost)


def _counted(post: Postings, field: str, words: list[bytes], counted, within) -> Matches:
    """A two-word phrase from its pair's postings: each turn's score is its words' BM25F, from
    the counts the posting holds (as the words' own postings weigh them: count x the field's
    boost, as float32), summed in the words' order as `_phrase` sums them."""
    ids, counts = counted
    if within is not None and len(ids):
        keep = _contains(within, ids)
        ids, counts = ids[keep], counts[keep]
    if not len(ids):
        return empty()
    boost = post.schema[field].format.field_boost
    scores = np.zeros(len(ids), dtype=np.float64)
    for k, word in enumerate(words):
        weights = (counts[:, k] * boost).astype(np.float32)
        scores += post._bm25(field, word, ids, weights)
    return Matches(ids, scores)


def _in_sequence(post: Postings, field: str, words: list[bytes], ids: np.ndarray) -> np.ndarray:
    """A mask over `ids`: the documents where `words` stand one after another."""
    positions = [post.positions(field, w, ids) for w in words]
    keep = np.zeros(len(ids), dtype=bool)
    for i, d in enumerate(ids.tolist()):
        starts = set(positions[0].get(d, ()))
        for k in range(1, len(words)):
            if not starts:
                break
            later = set(positions[k].get(d, ()))
            starts = {p for p in starts if p + k in later}
        keep[i] = bool(starts)
    return keep


def _multiterm(post: Postings, q: Any) -> Matches:
    """Its words, each scored as a Term with the query's boost (tree.expansion_words)."""
    field, words = expansion_words(post.schema, post.searcher.reader(), q)
    return _union([post.term_matches(field, w, q.boost) for w in words], post.n)


# --- ranking ---------------------------------------------------------------------------------


def top(m: Matches, limit: int) -> list[tuple[int, float]]:
    """The best `limit` (docnum, score) by score, ties to the lower docnum (Whoosh's order).

    A part left for later is worked out best bound first, a batch at a time, until no
    document left could beat the `limit`-th score found."""
    if not len(m) or limit < 1:
        return []
    if m.later is None:
        return _best(m.ids, m.scores, limit)
    upper = m.scores + m.later.bound
    order = np.lexsort((m.ids, -upper))
    done_ids: list[np.ndarray] = []
    done_scores: list[np.ndarray] = []
    start, batch = 0, limit + 8
    while start < len(order):
        pick = np.sort(order[start : start + batch])
        start += batch
        done_ids.append(m.ids[pick])
        done_scores.append(m.scores[pick] + m.later.exact(m.ids[pick]))
        found = np.concatenate(done_scores)
        if len(found) >= limit and start < len(order):
            kth = np.partition(-found, limit - 1)[limit - 1] * -1
            if kth > upper[order[start]]:
                break
        batch *= 2
    return _best(np.concatenate(done_ids), np.concatenate(done_scores), limit)


def _best(ids: np.ndarray, scores: np.ndarray, limit: int) -> list[tuple[int, float]]:
    if limit < len(ids):
        cut = np.argpartition(-scores, limit - 1)[:limit]
        pick = np.nonzero(scores >= scores[cut].min())[0]  # every tie at the threshold
    else:
        pick = np.arange(len(ids))
    order = np.lexsort((ids[pick], -scores[pick]))[:limit]
    chosen = pick[order]
    return list(zip(ids[chosen].tolist(), scores[chosen].tolist(), strict=True))


def member(m: Matches, docnums: np.ndarray) -> np.ndarray:
    """A mask over `docnums`: which of them `m` matches."""
    return _contains(m.ids, docnums)


def _contains(ids: np.ndarray, docnums: np.ndarray) -> np.ndarray:
    """A mask over `docnums`: which of them are in the sorted array `ids`."""
    if not len(ids) or not len(docnums):
        return np.zeros(len(docnums), dtype=bool)
    where = np.searchsorted(ids, docnums)
    where[where >= len(ids)] = 0
    return ids[where] == docnums
