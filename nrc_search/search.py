"""SearchRequest -> SearchResults: query, filters, BM25F ranking, excerpts, duplicates, facets.

Whoosh objects (queries, hits, results) never leave this module. Filters are folded into the
query so Whoosh intersects posting lists lazily instead of building sets of document numbers.
"""

from __future__ import annotations

import collections
import itertools
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from whoosh import query as Q
from whoosh.sorting import FieldFacet

from nrc_search import catalog, execute, store
from nrc_search.errors import UsageError
from nrc_search.excerpt import make_excerpt
from nrc_search.model import ATTRIBUTIONS, Hit, SearchRequest, SearchResults
from nrc_search.query import DATE, ParsedQuery, combine, day_bound, parse, phrase_bonus

FACETS = ("speaker", "year", "month", "doc", "role", "outlet", "kind", "attribution", "country")
#: The outlet's own words rank below speech that matches as well (their score is multiplied).
NARRATION_WEIGHT = 0.8
#: A partial match holds at least this share of the query's weight (its words' idf); a part
#: heavier than this must be in the turn itself, not only in its document's title.
PARTIAL_SHARE = 0.45
PARTIAL_SCAN = 50_000  # candidates looked at for partial matches (their count stops there)


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
    if (full_from or 0) > 9999 or (full_to if full_to is not None else 1) < 1:
        pass  # no whole year left: "--since 9999-12-31" is that one day, not "year >= 10000"
    elif full_from is None or full_to is None or full_from <= full_to:
        low = f"{full_from:04d}" if full_from is not None else None
        high = f"{full_to:04d}" if full_to is not None else None
        parts.append(Q.TermRange("year", low, high, constantscore=True))
    return parts[0] if len(parts) == 1 else Q.Or(parts)


def _filters(searcher, req: SearchRequest, notes: list[str] | None = None) -> list[Q.Query]:
    parts: list[Q.Query] = []
    notes = [] if notes is None else notes
    if req.speakers:
        parts.append(catalog.speaker_filter(searcher, req.speakers))
    if req.since or req.until:
        lo = date_bounds(str(req.since), end=False) if req.since else None  # str: see model
        hi = date_bounds(str(req.until), end=True) if req.until else None
        if lo and hi and lo > hi:
            raise UsageError(f"--since {req.since} is after --until {req.until}.")
        notes += _date_notes(searcher, lo, hi)
        parts.append(date_filter(lo, hi))
    if req.docs:
        _check_docs(searcher, req.docs)
        parts.append(Q.Or([Q.Term("doc_id", d) for d in req.docs]))
    if req.roles:
        parts.append(Q.Or([catalog.role_query(searcher, r) for r in req.roles]))
    if req.kinds:
        parts.append(
            Q.Or([Q.Term("kind", _choice(k, store.TURN_KINDS, "--kind")) for k in req.kinds])
        )
    if req.attributions:
        wanted = [_choice(a, ATTRIBUTIONS, "--attribution") for a in req.attributions]
        parts.append(Q.Or([Q.Term("attribution", a) for a in wanted]))
    return parts


def _choice(value: str, allowed: tuple[str, ...], option: str) -> str:
    v = value.strip().lower()
    if v not in allowed:
        raise UsageError(f"{option} {value!r}: use one of {', '.join(allowed)}.")
    return v


def _date_notes(searcher, lo: str | None, hi: str | None) -> list[str]:
    """A date filter wholly outside the index's dates says so (it matches nothing). The first
    date term, and whether any is on or after `lo`, are a seek each; the whole list of dates
    is read only for the note that names the newest."""
    first = catalog.memo(searcher, "first date", lambda: next(_dates(searcher), None))
    if first is None:
        return ["No indexed document has a date, so a date filter matches nothing."]
    if lo and next(_dates(searcher, lo), None) is None:
        last = catalog.memo(searcher, "last date", lambda: _last_date(searcher))
        return [f"No indexed document is dated {lo} or later: the newest is dated {last}."]
    if hi and hi < first:
        return [f"No indexed document is dated {hi} or earlier: the oldest is dated {first}."]
    return []


def _dates(searcher, start: str = ""):
    """The date terms from `start` on, in order (a seek in each segment's term index)."""
    terms = searcher.reader().terms_from("date", start.encode("utf-8"))
    return (text.decode("utf-8") for field, text in itertools.takewhile(_is_date, terms))


def _is_date(term: tuple[str, bytes]) -> bool:
    return term[0] == "date"


def _last_date(searcher) -> str:
    return collections.deque(_dates(searcher), maxlen=1).pop()


def _check_docs(searcher, docs: tuple[str, ...]) -> None:
    import difflib

    known = [b.decode("utf-8") for b in searcher.lexicon("doc_id")]
    have = set(known)
    for doc in docs:
        if doc in have:
            continue
        close = difflib.get_close_matches(doc, known, n=3, cutoff=0.5)
        close += [k for k in known if doc.lower() in k.lower() and k not in close][:3]
        hint = f" Close ids: {', '.join(close)}." if close else " See `nrc docs`."
        raise UsageError(f"No document {doc!r} in the index.{hint}")


def _scope(q: Q.Query, filters: list[Q.Query], req: SearchRequest, searcher) -> Q.Query:
    """`q` within the filters, records kept out, narration left out with --speech-only."""
    if _reaches_records(q):  # keep document and meta records out
        q = Q.AndNot(q, store.records_query())
    if filters:  # constant-score parts add the same amount to every hit: ranking unchanged
        q = Q.And([q, *filters])
    if req.speech_only and searcher.doc_frequency("attribution", "narration"):
        q = Q.AndNot(q, Q.Term("attribution", "narration"))
    return q


def build_query(searcher, req: SearchRequest) -> tuple[Q.Query, ParsedQuery]:
    """The query of the turns that hold every word of `req` under its filters (no partials)."""
    parsed = parse(req.query, searcher.schema, searcher.reader())
    filters = _filters(searcher, req)
    weights = [_weight(searcher, u.query) for u in parsed.units]
    units = _title_where_light(parsed, weights)
    words = parsed.words if _plain_words(parsed) else []
    bonus = phrase_bonus(combine(parsed, units), words, searcher.reader(), parsed.variants)
    return _scope(bonus, filters, req, searcher), parsed


def _plain_words(parsed: ParsedQuery) -> bool:
    return bool(parsed.units) and all(
        " " not in u.label and "-" not in u.label[1:] for u in parsed.units
    )


def _reaches_records(q: Q.Query) -> bool:
    """True when `q` can match a non-turn record: a negation, or a term on `doc_id`."""
    if isinstance(q, (Q.Not, Q.AndNot)) or getattr(q, "fieldname", None) == "doc_id":
        return True
    return any(_reaches_records(c) for c in q.children())


def search(index_dir: Path, req: SearchRequest) -> SearchResults:
    """Run `req` against the index at `index_dir`."""
    if req.limit < 1 and not req.all:
        raise UsageError("--limit must be at least 1.")
    with store.reading(index_dir), store.searcher(index_dir) as (searcher, extras):
        parsed = parse(req.query, searcher.schema, searcher.reader())
        notes: list[str] = []
        filters = _filters(searcher, req, notes)
        weights = [_weight(searcher, u.query) for u in parsed.units]
        units = _title_where_light(parsed, weights)
        words = parsed.words if _plain_words(parsed) else []
        bonus = phrase_bonus(combine(parsed, units), words, searcher.reader(), parsed.variants)
        q = _scope(bonus, filters, req, searcher)
        run = execute.engine(searcher, extras, q)
        total = run.count(q)
        want = total if req.all else req.offset + req.limit
        look = _Lookup(searcher, _match_terms(searcher, q))
        hits = _hits(look, _ranked(run, look, q, req, total, want), req, want) if total else []
        partial = 0
        if (req.all or len(hits) < want) and len(units) > 1 and not req.all_words:
            pq = _scope(combine(parsed, [Q.Or(units)]), filters, req, searcher)
            pq = Q.AndNot(pq, q) if total else pq
            room = PARTIAL_SCAN if req.all else want - len(hits)
            more, partial = _partials(run, look, pq, parsed, units, weights, req, room, total)
            if more:
                look.terms |= _match_terms(searcher, pq)
                hits = _hits(look, more, req, len(hits) + len(more) if req.all else want, hits)
        facets, folded = _facets(searcher, q, req.facets) if req.facets and total else ({}, 0)
        suggestion = None if total else _suggest(searcher, req, parsed)
    return SearchResults(
        req,
        total,
        tuple(hits[req.offset :]),
        {k: v for k, v in parsed.variants.items() if v},
        suggestion,
        facets,
        partial=partial,
        notes=tuple(notes),
        facet_collapsed=folded,
    )


def _ranked(run, look: _Lookup, q: Q.Query, req: SearchRequest, total: int, want: int):
    """(docnum, score, missing) of the best full matches; narration weighted below speech."""
    fetch = min(total, want * 2 + 10) if not req.all else total
    searcher = look.searcher
    if req.sort == "date":
        results = searcher.search(q, limit=fetch, sortedby=FieldFacet("date"), terms=False)
        return [(r.docnum, r.score or 0.0, ()) for r in results]
    best = run.best(q, fetch)
    factor = look.weights([d for d, _ in best])
    scored = [(d, score * factor[d], ()) for d, score in best]
    return sorted(scored, key=lambda c: -c[1])


def _weight(searcher, q: Q.Query) -> float:
    """How much a unit of the query tells: the idf of its words in the turns' text."""
    n = max(searcher.doc_count(), 1)
    return math.log(1 + n / max(_df(searcher, q), 1))


def _df(searcher, q: Q.Query) -> int:
    """About how many turns say `q`: variants add up, words that must all be there take the
    rarest; related forms, titles and speaker names are left out (they count for less)."""
    if isinstance(q, Q.Term):
        if q.fieldname != "text" or q.boost < 0.99:
            return 0
        return searcher.doc_frequency("text", q.text)
    if isinstance(q, Q.Phrase):
        return min(searcher.doc_frequency("text", w) for w in q.words)
    kids = [_df(searcher, c) for c in q.children()]
    if isinstance(q, Q.Or):
        return sum(kids)
    if isinstance(q, (Q.AndMaybe, Q.AndNot, Q.Not)):
        return kids[0] if kids else 0
    kids = [k for k in kids if k]
    return min(kids) if kids else 0


def _known(searcher, q: Q.Query) -> bool:
    """Whether any term of `q` is in the index (else the word is a typo: did you mean?)."""
    return any(searcher.doc_frequency(f, t) for f, t in q.iter_all_terms())


def _title_where_light(parsed: ParsedQuery, weights: list[float]) -> list[Q.Query]:
    """The units' queries; a unit that carries most of a many-word query's weight must be in
    the turn itself, not only in the document title ("ABM" in "ABM Treaty" is not a headline's)."""
    total = sum(weights)
    if len(parsed.units) < 2:
        return [u.query for u in parsed.units]
    return [
        u.query if w <= total * PARTIAL_SHARE else _without_context(u.query)
        for u, w in zip(parsed.units, weights, strict=True)
    ]


def _without_context(q: Q.Query) -> Q.Query:
    if isinstance(q, Q.Or):
        kept = [
            _without_context(c) for c in q.subqueries if getattr(c, "fieldname", "") != "context"
        ]
        return kept[0] if len(kept) == 1 else Q.Or(kept, boost=q.boost)
    return q if q.is_leaf() else q.apply(_without_context)


def _partials(run, look: _Lookup, q: Q.Query, parsed, units, weights, req, want, full):
    """(ranked partial matches, how many there are): turns that hold most of the query.

    A partial match must hold parts that carry at least 45% of the query's weight (idf):
    for `transit to Afghanistan`, a turn with "transit" but not one with only "Afghanistan".
    Ranked by how many parts they hold, then by score; each says what it is missing. When no
    turn has every word (`full` is 0) and none holds that much, the best of the rest are shown
    unless a word is unknown to the index (a typo: "did you mean" answers that).
    """
    searcher = look.searcher
    known = [_known(searcher, u.query) for u in parsed.units]
    need = sum(weights) * PARTIAL_SHARE
    if sum(w for w, k in zip(weights, known, strict=True) if k) < need - 1e-9:
        return [], 0  # the words the index lacks carry the query: "did you mean" answers it
    docnums = run.ids(q, PARTIAL_SCAN)
    held = run.held(units, docnums)
    keep = {d for d in docnums if sum(weights[i] for i in held[d]) >= need - 1e-9}
    if not keep and not full and all(known):
        keep = {d for d in docnums if held[d]}
    if not keep:
        return [], 0
    fetch = len(keep) if req.all else min(len(keep), max(want * 5, 50))
    results = run.best(q, max(fetch * 3, 100))
    factor = look.weights([d for d, _ in results if d in keep])
    out = []
    for d, score in results:
        if d in keep:
            missing = tuple(u.label for i, u in enumerate(parsed.units) if i not in held[d])
            out.append((d, score * factor[d], missing))
    if req.sort != "date":
        out.sort(key=lambda c: (len(c[2]), -c[1]))
    return out, len(keep)


def _hits(look: _Lookup, ranked, req: SearchRequest, want: int, start=()) -> list[Hit]:
    hits: list[Hit] = list(start)
    seen: dict[str, int] = {_dedup_key(h.text): i for i, h in enumerate(hits)}
    for docnum, score, missing in ranked:
        fields = look.turns.turn(docnum)
        if fields is None:  # a record; the query keeps them out, but never show one
            continue
        key = _dedup_key(fields["text"])
        if key in seen:
            first = hits[seen[key]]
            hits[seen[key]] = _with_duplicate(first, fields["turn_id"])
            continue
        seen[key] = len(hits)
        hit = _hit(look, len(hits) + 1, score, fields, look.terms, req.context, missing)
        if req.with_question:
            from nrc_search.questions import question_for

            hit = replace(hit, question=question_for(look.turns, fields))
        hits.append(hit)
        if len(hits) >= want:
            break
    return hits


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

    def __init__(self, searcher, terms: set[str] | None = None) -> None:
        self.searcher = searcher
        self.terms = terms or set()  # the index terms to highlight
        self.turns = store.Turns.shared(searcher)
        self._names: dict[str, str] = {}
        self._registry: Any = None  # renames dict, or a SpeakerRegistry built on demand

    def doc(self, doc_id: str) -> dict:
        return self.turns.doc(doc_id)

    def weights(self, docnums: list[int]) -> dict[int, float]:
        """docnum -> score factor: NARRATION_WEIGHT for the outlet's own words, else 1.

        Read from the `attribution` postings (one pass), not from the turns' stored rows."""
        out = dict.fromkeys(docnums, 1.0)
        if not docnums or not self.searcher.doc_frequency("attribution", "narration"):
            return out
        m = Q.Term("attribution", "narration").matcher(self.searcher)
        for d in sorted(docnums):
            if not m.is_active():
                break
            if m.id() < d:
                m.skip_to(d)
            if m.is_active() and m.id() == d:
                out[d] = NARRATION_WEIGHT
        return out

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


def _hit(look: _Lookup, rank, score, fields, terms, context, missing=()) -> Hit:
    doc_id = fields["doc_id"]
    data = look.doc(doc_id)
    before: list = []
    after: list = []
    if context:
        before, after = catalog.context_turns(look.turns, doc_id, fields["n"], context, context)
    attribution = fields.get("attribution", "verbatim")
    question = "question" in fields.get("flags", ())
    kind = fields.get("kind") or _kind(attribution, question)
    speaker = look.speaker(fields.get("speaker"))
    role = fields.get("role")
    if not speaker and not question and kind != "narration":
        speaker = role  # an anonymous official: "Senior State Department Official", "Moderator"
    outlet = (
        role
        if question
        else (data.get("outlet") or data.get("site") if kind == "narration" else None)
    )
    return Hit(
        rank=rank,
        score=round(float(score), 4),
        turn_id=fields["turn_id"],
        doc_id=doc_id,
        n=fields["n"],
        title=data.get("title"),
        date=fields.get("day"),
        speaker=speaker,
        role=role,
        attribution=attribution,
        text=fields["text"],
        excerpts=(make_excerpt(fields["text"], terms),),
        source=data.get("source", ""),
        before=tuple(before),
        after=tuple(after),
        label=fields.get("label"),
        kind=kind,
        is_question=question,
        questioner=speaker if question else None,
        outlet=outlet,
        missing=tuple(missing),
        start=fields.get("start"),
        end=fields.get("end"),
    )


def _kind(attribution: str, question: bool) -> str:
    """The kind of a turn indexed before kinds were stored."""
    if attribution == "narration":
        return "narration"
    if attribution in ("quoted", "reported"):
        return "quote"
    return "question" if question else "statement"


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
        known = any(reader.doc_frequency(f, word) for f in ("text", "context", "speaker"))
        if len(word) < 3 or not word.isalpha() or known:
            continue
        candidates = [
            (t, reader.doc_frequency("text", t)) for t in reader.terms_within("text", word, 2)
        ]
        better = variants.suggest_word(word, candidates)
        if better:
            text = re.sub(rf"\b{re.escape(word)}\w*", better, text, count=1, flags=re.IGNORECASE)
            changed = True
    return text if changed else None
