"""`nrc similar TURN_ID`: the turns most like one turn, over its key terms ("who else said this").

Key terms come from Whoosh's Bo1 expansion model over the turn's own text (frequent in the turn,
rare in the index); the turns that match them best are ranked by BM25F. The turn's exact copies
(the same words published elsewhere) are listed apart, never as results; results with the same
words are collapsed as in search; a result whose word sequence is almost the same as the turn's
(one word changed, a sentence added) is marked as a near-duplicate.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from whoosh import classify
from whoosh import query as Q

from nrc_search import matches, store
from nrc_search.corpus import Corpus
from nrc_search.errors import NrcError, UsageError
from nrc_search.model import Hit, SearchRequest

NEAR_DUPLICATE = 0.8  # word-sequence similarity from which two turns are the same statement


@dataclass(frozen=True)
class SimilarHit:
    hit: Hit
    shared: tuple[str, ...]  # the source's key terms this turn also has, strongest first
    similarity: float  # 0..1, difflib ratio of the two word sequences
    near_duplicate: bool


@dataclass(frozen=True)
class Similar:
    source: Hit  # the turn asked about (rank 0)
    key_terms: tuple[tuple[str, float], ...]
    copies: tuple[str, ...]  # turn ids with exactly the source's words (left out)
    hits: tuple[SimilarHit, ...]


def similar(index_dir: Path, turn_id: str, req: SearchRequest, *, numterms: int = 12) -> Similar:
    """The `req.limit` turns most like `turn_id` under `req`'s filters (its query is ignored)."""
    from nrc_search.search import _filters, _hit

    if req.limit < 1:
        raise UsageError("--limit must be at least 1.")
    with Corpus(index_dir) as corpus:
        s = corpus.searcher
        fields = corpus.turns.find(turn_id)
        if not fields:
            raise NrcError(
                f"No turn {turn_id!r} in {index_dir}/. Turn ids look like DOC_ID:N; see `nrc docs`."
            )
        key_terms = _key_terms(s, fields["text"], numterms)
        source = _hit(corpus.look, 0, 0.0, fields, {t for t, _ in key_terms}, 0)
        if not key_terms:
            return Similar(source, (), (), ())
        q = _query(key_terms, _filters(s, req), not req.speech_only)
        copies, hits = _rank(corpus, q, fields, key_terms, req.limit, _hit)
    return Similar(source, key_terms, copies, hits)


def _key_terms(searcher, text: str, numterms: int) -> tuple[tuple[str, float], ...]:
    """The turn's `numterms` best Bo1 terms, leaving out words in more than 2% of all turns
    (at least 1,000): "our", "is", "in" add nothing to "who else said this" and, at a million
    turns, walking their postings takes seconds."""
    found = searcher.key_terms_from_text(
        "text", text, numterms=numterms * 2, model=classify.Bo1Model
    )
    common = max(1000, searcher.doc_count() // 50)
    reader = searcher.reader()
    kept = [(t, w) for t, w in found if reader.doc_frequency("text", t) <= common] or found[:3]
    return tuple((t, round(float(w), 4)) for t, w in kept[:numterms])


def _query(key_terms, filters: list[Q.Query], narration: bool) -> Q.Query:
    """The key terms' turns under the filters; narration too unless `narration` is False."""
    q: Q.Query = Q.Or([Q.Term("text", t, boost=max(w, 0.01)) for t, w in key_terms])
    q = Q.AndNot(q, store.records_query())
    if filters:
        q = Q.And([q, *filters])
    return q if narration else Q.AndNot(q, Q.Term("attribution", "narration"))


def _rank(corpus: Corpus, q: Q.Query, source: dict, key_terms, limit: int, make_hit):
    own = matches.dedup_key(source["text"])
    source_words = [t for t, _, _ in matches.tokens(source["text"])]
    terms = [t for t, _ in key_terms]
    copies: list[str] = []
    hits: list[SimilarHit] = []
    seen: dict[str, int] = {}
    results = corpus.searcher.search(q, limit=limit * 3 + 20, terms=False)
    for r in results:
        fields = corpus.turns.turn(r.docnum)
        if fields is None or fields["turn_id"] == source["turn_id"]:
            continue
        key = matches.dedup_key(fields["text"])
        if key == own:
            copies.append(fields["turn_id"])
            continue
        if key in seen:
            first = hits[seen[key]]
            dup = (*first.hit.duplicates, fields["turn_id"])
            hits[seen[key]] = SimilarHit(
                _replace(first.hit, duplicates=dup),
                first.shared,
                first.similarity,
                first.near_duplicate,
            )
            continue
        if len(hits) >= limit:
            continue  # keep reading: later copies of the source are still reported
        words = [t for t, _, _ in matches.tokens(fields["text"])]
        have = set(words)
        shared = tuple(t for t in terms if t in have)
        ratio = round(difflib.SequenceMatcher(None, source_words, words, autojunk=False).ratio(), 3)
        hit = make_hit(corpus.look, len(hits) + 1, r.score or 0.0, fields, set(shared), 0)
        seen[key] = len(hits)
        hits.append(SimilarHit(hit, shared, ratio, ratio >= NEAR_DUPLICATE))
    return tuple(copies), tuple(hits)


def _replace(hit: Hit, **changes) -> Hit:
    from dataclasses import replace

    return replace(hit, **changes)
