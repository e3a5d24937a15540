"""SearchRequest -> SearchResults: query, filters, BM25F ranking, excerpts, duplicates, facets.

Whoosh objects (queries, hits, results) never leave this module. Filters are folded into the
query so Whoosh intersects posting lists lazily instead of building sets of document numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from whoosh import query as Q
from whoosh.scoring import BM25F
from whoosh.sorting import FieldFacet

from nrc_search import catalog, store
from nrc_search.errors import UsageError
from nrc_search.excerpt import make_excerpt
from nrc_search.model import Hit, SearchRequest, SearchResults
from nrc_search.query import DATE, ParsedQuery, day_bound, parse, phrase_bonus

FACETS = ("speaker", "year", "month", "doc", "role", "outlet", "kind", "attribution", "country")


def date_bounds(value: str, *, end: bool) -> str:
    """The first (or last) day of a YYYY, YYYY-MM or YYYY-MM-DD date, as "YYYY-MM-DD"."""
    if not DATE.match(value.strip()):
        raise UsageError(f"Bad date {value!r}: use YYYY, YYYY-MM or YYYY-MM-DD.")
    day = day_bound(value, end=end)
    if day is None:
        raise UsageError(f"Bad date {value!r}: no such day.")
    return day


def date_filter(lo: str | None, hi: str | None) -> Q.Query:
    """Turns dated lo..hi (inclusive "YYYY-MM-DD", either may be open).

    Whole years go through the `year` terms and only the partial years at the ends through day
    terms: a decade is ten posting lists, not the hundreds of days it holds, which Whoosh would
    union one posting at a time (2.7 s instead of a fraction of it at a million turns).
    """
    first = int(lo[:4]) if lo else None
    last = int(hi[:4]) if hi else None
    if (
        lo is not None
        and hi is not None
        and first == last
        and not (lo.endswith("-01-01") and hi.endswith("-12-31"))
    ):
        return Q.TermRange("date", lo, hi, constantscore=True)
    parts: list[Q.Query] = []
    full_from, full_to = first, last
    if lo and first is not None and not lo.endswith("-01-01"):
        parts.append(Q.TermRange("date", lo, f"{first}-12-31", constantscore=True))
        full_from = first + 1
    if hi and last is not None and not hi.endswith("-12-31"):
        parts.append(Q.TermRange("date", f"{last}-01-01", hi, constantscore=True))
        full_to = last - 1
    if full_from is None or full_to is None or full_from <= full_to:
        low = f"{full_from:04d}" if full_from is not None else None
        high = f"{full_to:04d}" if full_to is not None else None
        parts.append(Q.TermRange("year", low, high, constantscore=True))
    return parts[0] if len(parts) == 1 else Q.Or(parts)


def _filters(searcher, req: SearchRequest) -> list[Q.Query]:
    parts: list[Q.Query] = []
    if req.speakers:
        keys = catalog.resolve_speakers(searcher, req.speakers)
        parts.append(Q.Or([Q.Term("speaker_key", k) for k in keys]))
    if req.since or req.until:
        lo = date_bounds(str(req.since), end=False) if req.since else None  # str: see model
        hi = date_bounds(str(req.until), end=True) if req.until else None
        if lo and hi and lo > hi:
            raise UsageError(f"--since {req.since} is after --until {req.until}.")
        parts.append(date_filter(lo, hi))
    if req.docs:
        parts.append(Q.Or([Q.Term("doc_id", d) for d in req.docs]))
    return parts


def build_query(searcher, req: SearchRequest) -> tuple[Q.Query, ParsedQuery]:
    parsed = parse(req.query, searcher.schema, searcher.reader())
    q = phrase_bonus(parsed.query, parsed.words)
    filters = _filters(searcher, req)
    if _reaches_records(parsed.query):  # keep document and meta records out
        q = Q.AndNot(q, store.records_query())
    if filters:  # constant-score parts add the same amount to every hit: ranking unchanged
        q = Q.And([q, *filters])
    if req.narration or not searcher.doc_frequency("attribution", "narration"):
        return q, parsed
    return Q.AndNot(q, Q.Term("attribution", "narration")), parsed


def _reaches_records(q: Q.Query) -> bool:
    """True when `q` can match a non-turn record: a negation, or a term on `doc_id`."""
    if isinstance(q, Q.Not) or getattr(q, "fieldname", None) == "doc_id":
        return True
    return any(_reaches_records(c) for c in q.children())


def search(index_dir: Path, req: SearchRequest) -> SearchResults:
    """Run `req` against the index at `index_dir`."""
    if req.limit < 1 and not req.all:
        raise UsageError("--limit must be at least 1.")
    handle = store.open_index(index_dir)
    with store.reading(index_dir), handle.ix.searcher(weighting=BM25F()) as searcher:
        q, parsed = build_query(searcher, req)
        total = _count(searcher, q)
        hits = _hits(searcher, q, req, total) if total else []
        facets, folded = _facets(searcher, q, req.facets) if req.facets and total else ({}, 0)
        suggestion = None if total else _suggest(searcher, req, parsed)
    return SearchResults(
        req, total, tuple(hits), dict(parsed.variants), suggestion, facets, facet_collapsed=folded
    )


def _count(searcher, q: Q.Query) -> int:
    """The exact number of matching turns, without scoring them."""
    if isinstance(q, Q.Term) and not searcher.reader().has_deletions():
        return searcher.doc_frequency(q.fieldname, q.text)  # one word, no filter: free
    matcher = q.matcher(searcher)
    count = 0
    for _ in matcher.all_ids():
        count += 1
    return count


def _hits(searcher, q: Q.Query, req: SearchRequest, total: int) -> list[Hit]:
    want = total if req.all else req.offset + req.limit
    fetch = min(total, want * 2 + 10) if not req.all else total
    if req.sort == "date":
        results = searcher.search(q, limit=fetch, sortedby=FieldFacet("date"), terms=False)
    else:
        results = searcher.search(q, limit=fetch, terms=False)
    terms = _match_terms(searcher, q)
    hits: list[Hit] = []
    seen: dict[str, int] = {}
    look = _Lookup(searcher)
    for r in results:
        fields = look.turns.turn(r.docnum)
        if fields is None:  # a record; the query keeps them out, but never show one
            continue
        key = _dedup_key(fields["text"])
        if key in seen:
            first = hits[seen[key]]
            hits[seen[key]] = _with_duplicate(first, fields["turn_id"])
            continue
        seen[key] = len(hits)
        hit = _hit(look, len(hits) + 1, r.score or 0.0, fields, terms, req.context)
        if req.with_question:
            from nrc_search.questions import question_for

            hit = replace(hit, question=question_for(look.turns, fields))
        hits.append(hit)
        if len(hits) >= want:
            break
    return hits[req.offset :]


def _match_terms(searcher, q: Q.Query) -> set[str]:
    terms = set()
    for field, value in q.existing_terms(searcher.reader(), phrases=True, expand=True):
        if field == "text":
            terms.add(value.decode("utf-8") if isinstance(value, bytes) else value)
    return terms


_NORM = re.compile(r"\W+")


def _dedup_key(text: str) -> str:
    """Two turns with the same words (punctuation and case aside) are one statement."""
    return _NORM.sub(" ", text.lower()).strip()[:2000]


def _with_duplicate(hit: Hit, turn_id: str) -> Hit:
    from dataclasses import replace

    return replace(hit, duplicates=(*hit.duplicates, turn_id))


class _Lookup:
    """Per-search caches: turns and document records, stored speaker names -> today's names."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.turns = store.Turns(searcher)
        self._names: dict[str, str] = {}
        self._registry: Any = None  # renames dict, or a SpeakerRegistry built on demand

    def doc(self, doc_id: str) -> dict:
        return self.turns.doc(doc_id)

    def speaker(self, name: str | None) -> str | None:
        if not name:
            return name
        if name not in self._names:
            self._names[name] = self._resolve(name)
        return self._names[name]

    def _resolve(self, name: str) -> str:
        if self._registry is None:
            meta = store.read_meta(self.searcher)
            renames = meta.get("renames")  # written by ingest: no registry to rebuild
            self._registry = renames if renames is not None else catalog.registry(self.searcher)
        if isinstance(self._registry, dict):
            return self._registry.get(name, name)
        return self._registry.resolve(name)


def _hit(look: _Lookup, rank, score, fields, terms, context) -> Hit:
    doc_id = fields["doc_id"]
    data = look.doc(doc_id)
    before: list = []
    after: list = []
    if context:
        before, after = catalog.context_turns(look.turns, doc_id, fields["n"], context, context)
    return Hit(
        rank=rank,
        score=round(float(score), 4),
        turn_id=fields["turn_id"],
        doc_id=doc_id,
        n=fields["n"],
        title=data.get("title"),
        date=fields.get("day"),
        speaker=look.speaker(fields.get("speaker")),
        role=fields.get("role"),
        attribution=fields.get("attribution", "verbatim"),
        text=fields["text"],
        excerpts=(make_excerpt(fields["text"], terms),),
        source=data.get("source", ""),
        before=tuple(before),
        after=tuple(after),
        start=fields.get("start"),
        end=fields.get("end"),
    )


def _facets(searcher, q: Q.Query, names: tuple[str, ...]):
    """Matching turns per facet value, duplicates counted once, and the copies folded (facets.py)."""
    from nrc_search.facets import facet_counts

    return facet_counts(searcher, q, names, _Lookup(searcher))


def _suggest(searcher, req: SearchRequest, parsed: ParsedQuery) -> str | None:
    """A corrected query from the index's own vocabulary, if one word is unknown."""
    from nrc_search import variants

    reader = searcher.reader()
    text = req.query
    changed = False
    for word in parsed.words:
        if len(word) < 3 or not word.isalpha() or reader.doc_frequency("text", word):
            continue
        candidates = [
            (t, reader.doc_frequency("text", t)) for t in reader.terms_within("text", word, 2)
        ]
        better = variants.suggest_word(word, candidates)
        if better:
            text = re.sub(rf"\b{re.escape(word)}\w*", better, text, count=1, flags=re.IGNORECASE)
            changed = True
    return text if changed else None
