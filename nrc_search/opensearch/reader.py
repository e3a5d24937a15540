"""Searches and catalog reads against an OpenSearch collection, returning the same model values
(SearchResults, Speaker, DocInfo, ContextTurn) as the Whoosh store, so that the renderers and
exporters, and so the terminal output and the JSON shape, are one code path.

Excerpts are nrc's own (excerpt.make_excerpt over the turn's text); the words OpenSearch
highlighted for wildcard and fuzzy terms are mapped back through nrc's analyzer, so highlights
are the contract's [start, end) offsets into the excerpt.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from nrc_search import catalog
from nrc_search.analysis import terms as analyzed_terms
from nrc_search.errors import NrcError, UsageError
from nrc_search.excerpt import make_excerpt
from nrc_search.ingest.speakers import SpeakerRegistry
from nrc_search.model import ContextTurn, DocInfo, Hit, SearchRequest, SearchResults, Speaker
from nrc_search.opensearch import translate
from nrc_search.opensearch.client import Target, connect, failure
from nrc_search.opensearch.writer import (
    META_ID,
    REGISTRY_ID,
    concrete_index,
    read_docs,
    read_record,
)
from nrc_search.search import _dedup_key, date_bounds
from nrc_search.store.records import doc_info

TRACK_TOTAL = 100_000  # exact totals up to here; beyond it the total is "at least N"
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"
_MARKED = re.compile("\x02(.*?)\x03", re.S)


class Collection:
    """One collection on a cluster, opened for reading (the alias must exist)."""

    def __init__(self, t: Target) -> None:
        self.t = t
        self.client = connect(t)
        try:
            index = concrete_index(self.client, t)
        except Exception as exc:
            raise failure(t, exc) from exc
        if index is None:
            raise NrcError(
                f"No nrc collection {t.alias} at {t.url}. Run `nrc ingest --backend opensearch` first."
            )
        self.index = t.alias
        self._registry: SpeakerRegistry | None = None
        self._renames: dict[str, str] | None = None
        self._turn_count: int | None = None
        self._df: dict[tuple[str, str], int] = {}  # term frequencies asked for, per process

    # --- records -----------------------------------------------------------------------------

    def registry(self) -> SpeakerRegistry:
        if self._registry is None:
            self._registry = SpeakerRegistry.from_dict(
                read_record(self.client, self.index, REGISTRY_ID)
            )
        return self._registry

    def renames(self) -> dict[str, str]:
        if self._renames is None:
            self._renames = read_record(self.client, self.index, META_ID).get("renames", {})
        return self._renames

    def speaker(self, name: str | None) -> str | None:
        return self.renames().get(name, name) if name else name

    def docs(self) -> dict[str, dict]:
        return read_docs(self.client, self.index)

    # --- the vocabulary, for nrc's spelling variants and did-you-mean ------------------------

    def doc_count(self) -> int:
        if self._turn_count is None:
            self._turn_count = self._count({"term": {"type": "turn"}})
        return self._turn_count

    def doc_frequency(self, field: str, term: str) -> int:
        key = (field, term)
        if key not in self._df:
            self._df[key] = self._count({"term": {field: term}})
        return self._df[key]

    def terms_within(self, field: str, word: str, maxdist: int, prefix: int = 0) -> list[str]:
        body = {
            "size": 0,
            "suggest": {
                "w": {
                    "text": word,
                    "term": {
                        "field": field,
                        "suggest_mode": "always",
                        "max_edits": min(2, maxdist),
                        "prefix_length": prefix,
                        "size": 20,
                        "min_word_length": 3,
                    },
                }
            },
        }
        reply = self.client.search(index=self.index, body=body)
        options = [o for entry in reply["suggest"]["w"] for o in entry["options"]]
        for o in options:  # the suggester gives each term's frequency: no request per term
            self._df[(field, o["text"])] = int(o["freq"])
        return [o["text"] for o in options]

    def _count(self, query: dict) -> int:
        return int(self.client.count(index=self.index, body={"query": query})["count"])

    # --- search ------------------------------------------------------------------------------

    def search(self, req: SearchRequest) -> SearchResults:
        from nrc_search.query import parse, phrase_bonus
        from nrc_search.store.schema import make_schema

        if req.limit < 1 and not req.all:
            raise UsageError("--limit must be at least 1.")
        parsed = parse(req.query, make_schema(), _Vocabulary(self))
        scored = phrase_bonus(parsed.query, parsed.words)  # as the Whoosh search scores it
        query = {"bool": {"must": [translate.to_dsl(scored)], "filter": self._filters(req)}}
        query["bool"]["filter"].append({"term": {"type": "turn"}})
        if not req.narration:
            query["bool"]["must_not"] = [{"term": {"attribution": "narration"}}]
        want = None if req.all else req.offset + req.limit
        body: dict = {
            "query": query,
            "track_total_hits": TRACK_TOTAL,
            "size": 0,
            "aggs": _aggs(req.facets),
        }
        reply = self.client.search(index=self.index, body=body)
        total = int(reply["hits"]["total"]["value"])
        exact = reply["hits"]["total"].get("relation", "eq") == "eq"
        facets = self._facets(reply.get("aggregations", {}), req.facets) if total else {}
        hits = (
            self._hits(query, req, total, want, translate.match_words(parsed.query))
            if total
            else []
        )
        suggestion = None if total else self._suggest(req, parsed.words)
        return SearchResults(
            req, total, tuple(hits), dict(parsed.variants), suggestion, facets, total_exact=exact
        )

    def _filters(self, req: SearchRequest) -> list[dict]:
        parts: list[dict] = []
        if req.speakers:
            parts.append({"terms": {"speaker_key": self.resolve_speakers(req.speakers)}})
        if req.since or req.until:
            lo = date_bounds(str(req.since), end=False) if req.since else None
            hi = date_bounds(str(req.until), end=True) if req.until else None
            if lo and hi and lo > hi:
                raise UsageError(f"--since {req.since} is after --until {req.until}.")
            parts.append({"range": {"date": {k: v for k, v in (("gte", lo), ("lte", hi)) if v}}})
        if req.docs:
            parts.append({"terms": {"doc_id": list(req.docs)}})
        return parts

    def resolve_speakers(self, wanted: tuple[str, ...]) -> list[str]:
        """The stored speaker keys for --speaker values (the Whoosh store's rules, catalog's code)."""
        reg = self.registry()
        names = catalog.speaker_names(reg)
        targets = {catalog._resolve_one(name, names).lower() for name in wanted}
        stored = self._terms("speaker_key")
        keys = [k for k in stored if k in targets or reg.resolve(k).lower() in targets]
        return keys or sorted(targets)

    def _terms(self, field: str, size: int = 65_536) -> list[str]:
        body = {
            "size": 0,
            "query": {"term": {"type": "turn"}},
            "aggs": {"t": {"terms": {"field": field, "size": size}}},
        }
        reply = self.client.search(index=self.index, body=body)
        return [b["key"] for b in reply["aggregations"]["t"]["buckets"]]

    def _hits(self, query: dict, req: SearchRequest, total: int, want, words) -> list[Hit]:
        fetch = total if want is None else min(total, want * 2 + 10)
        sort = (
            [{"date": {"order": "asc", "missing": "_last"}}, "_score"]
            if req.sort == "date"
            else None
        )
        hits: list[Hit] = []
        seen: dict[str, int] = {}
        docs: dict[str, dict] = {}
        for raw in self._fetch(query, fetch, sort):
            src = raw["_source"]
            key = _dedup_key(src["text"])
            if key in seen:
                first = hits[seen[key]]
                hits[seen[key]] = replace(first, duplicates=(*first.duplicates, src["turn_id"]))
                continue
            seen[key] = len(hits)
            terms = set(analyzed_terms(" ".join(words))) | _highlighted(raw)
            hits.append(self._hit(len(hits) + 1, raw, terms, req.context, docs))
            if want is not None and len(hits) >= want:
                break
        return hits[req.offset :]

    def _fetch(self, query: dict, fetch: int, sort):
        """The top `fetch` turns, in pages (search_after past the first 10,000)."""
        page = min(fetch, 1000)
        body: dict = {
            "query": query,
            "size": page,
            "track_total_hits": False,
            "highlight": {
                "fields": {
                    "text": {"number_of_fragments": 0},
                    "text.exact": {"number_of_fragments": 0},
                },
                "pre_tags": [_MARK_OPEN],
                "post_tags": [_MARK_CLOSE],
                "require_field_match": False,
            },
            "sort": sort or ["_score", {"turn_id": "asc"}],
        }
        got = 0
        while got < fetch:
            # dfs: corpus-wide term statistics, so ranking does not depend on the shard a turn is on
            reply = self.client.search(
                index=self.index, body=body, search_type="dfs_query_then_fetch"
            )
            rows = reply["hits"]["hits"]
            if not rows:
                return
            yield from rows[: fetch - got]
            got += len(rows)
            body["search_after"] = rows[-1]["sort"]

    def _hit(self, rank: int, raw: dict, terms: set[str], context: int, docs: dict) -> Hit:
        src = raw["_source"]
        doc_id = src["doc_id"]
        before, after = self.context(doc_id, src["n"], context) if context else ([], [])
        return Hit(
            rank=rank,
            score=round(float(raw.get("_score") or 0.0), 4),
            turn_id=src["turn_id"],
            doc_id=doc_id,
            n=src["n"],
            title=src.get("title"),
            date=src.get("date"),
            speaker=self.speaker(src.get("speaker")),
            role=src.get("role"),
            attribution=src.get("attribution", "verbatim"),
            text=src["text"],
            excerpts=(make_excerpt(src["text"], terms),),
            source=src.get("source", ""),
            before=tuple(before),
            after=tuple(after),
            start=src.get("start"),
            end=src.get("end"),
        )

    def _facets(self, aggs: dict, names: tuple[str, ...]) -> dict[str, tuple[tuple[str, int], ...]]:
        out: dict[str, tuple[tuple[str, int], ...]] = {}
        for name in names:
            counts: Counter[str] = Counter()
            for b in aggs.get(name, {}).get("buckets", []):
                key = str(b["key"])
                if name == "speaker":
                    key = self.speaker(key) or "(unattributed)"
                counts[key] += int(b["doc_count"])
            missing = aggs.get(f"{name}_missing", {}).get("doc_count", 0)
            if missing:
                counts["(unattributed)" if name == "speaker" else "undated"] += int(missing)
            out[name] = tuple(counts.most_common())
        return out

    def _suggest(self, req: SearchRequest, words: list[str]) -> str | None:
        from nrc_search import variants

        text, changed = req.query, False
        for word in words:
            if len(word) < 3 or not word.isalpha() or self.doc_frequency("text", word):
                continue
            candidates = [
                (t, self.doc_frequency("text", t)) for t in self.terms_within("text", word, 2)
            ]
            better = variants.suggest_word(word, candidates)
            if better:
                text = re.sub(
                    rf"\b{re.escape(word)}\w*", better, text, count=1, flags=re.IGNORECASE
                )
                changed = True
        return text if changed else None

    # --- catalog -----------------------------------------------------------------------------

    def context(self, doc_id: str, n: int, k: int) -> tuple[list[ContextTurn], list[ContextTurn]]:
        ids = [f"{doc_id}:{i}" for i in range(max(1, n - k), n + k + 1) if i != n]
        if not ids:
            return [], []
        found = self.client.mget(index=self.index, body={"ids": ids})["docs"]
        before: list[ContextTurn] = []
        after: list[ContextTurn] = []
        for d in found:
            if not d.get("found"):
                continue
            s = d["_source"]
            turn = ContextTurn(
                s["turn_id"], s["n"], self.speaker(s.get("speaker")), s.get("role"), s["text"]
            )
            (before if s["n"] < n else after).append(turn)
        return before, after

    def list_docs(self) -> list[DocInfo]:
        infos = [doc_info(doc_id, data) for doc_id, data in self.docs().items()]
        return sorted(infos, key=lambda d: (d.date or "9999", d.doc_id))

    def list_speakers(self) -> list[Speaker]:
        reg = self.registry()
        body = {
            "size": 0,
            "query": {"term": {"type": "turn"}},
            "aggs": {
                "s": {
                    "terms": {"field": "speaker.raw", "size": 65_536},
                    "aggs": {"d": {"cardinality": {"field": "doc_id"}}},
                }
            },
        }
        reply = self.client.search(index=self.index, body=body)
        turns: Counter[str] = Counter()
        docs: dict[str, set[str]] = {}
        for b in reply["aggregations"]["s"]["buckets"]:
            name = reg.resolve(self.speaker(b["key"]) or b["key"])
            turns[name] += int(b["doc_count"])
        for doc_id, data in self.docs().items():
            for stored in data.get("participants", ()):
                docs.setdefault(reg.resolve(stored), set()).add(doc_id)
        people = {p.name: p for p in reg.people()}
        aliases = catalog.speaker_names(reg)
        out = []
        for name, count in turns.items():
            roles = catalog._distinct(sorted(people[name].roles)) if name in people else ()
            out.append(Speaker(name, aliases.get(name, ()), roles, count, len(docs.get(name, ()))))
        return sorted(out, key=lambda sp: (-sp.turns, sp.name))

    def show_turn(self, turn_id: str, context: int = 0):
        found = self.client.get(index=self.index, id=turn_id, ignore=[404])
        if not found.get("found") or found["_source"].get("type") != "turn":
            raise NrcError(
                f"No turn {turn_id!r} in {self.t.alias}. Turn ids look like DOC_ID:N; see `nrc docs`."
            )
        s = found["_source"]
        fields = {
            **s,
            "speaker": self.speaker(s.get("speaker")),
            "day": s.get("date"),
            "flags": s.get("flags") or [],
        }
        data = read_record(self.client, self.index, f"doc:{s['doc_id']}")
        before, after = self.context(s["doc_id"], s["n"], context) if context else ([], [])
        return fields, doc_info(s["doc_id"], data or {"source": s.get("source", "")}), before, after


class _Vocabulary:
    """The few reader calls nrc's variant expansion makes, answered by the cluster."""

    def __init__(self, coll: Collection) -> None:
        self.coll = coll

    def doc_frequency(self, field: str, term: str) -> int:
        return self.coll.doc_frequency(field, term)

    def doc_count(self) -> int:
        return self.coll.doc_count()

    def terms_within(self, field: str, word: str, maxdist: int, prefix: int = 0) -> list[str]:
        return self.coll.terms_within(field, word, maxdist, prefix)


def _aggs(names: tuple[str, ...]) -> dict:
    fields = {"speaker": "speaker.raw", "year": "year", "doc": "doc_id"}
    aggs: dict = {}
    for name in names:
        if name not in fields:
            raise UsageError(f"--facet {name}: choose from {', '.join(fields)}.")
        aggs[name] = {"terms": {"field": fields[name], "size": 1000}}
        aggs[f"{name}_missing"] = {"missing": {"field": fields[name]}}
    return aggs


def _highlighted(raw: dict) -> set[str]:
    words: set[str] = set()
    for fragments in (raw.get("highlight") or {}).values():
        for fragment in fragments:
            for w in _MARKED.findall(fragment):
                words.update(analyzed_terms(w))
    return words
