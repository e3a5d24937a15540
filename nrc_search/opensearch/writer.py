"""`nrc ingest --backend opensearch`: the same discovery, parsing and speaker canonicalisation as
the Whoosh ingest, written with bulk requests that retry with back-off.

Idempotent by document id and content hash: a turn's OpenSearch id is its turn id and a
document's record (which holds its hash) is written after its turns, so a run cut short by a
failure or a lost node is finished by the next run, with nothing lost and nothing duplicated.
`--rebuild` fills a new concrete index and then swaps the collection's alias to it in one
request: searches see the old index until the new one is complete.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from nrc_search import indexer
from nrc_search.discover import discover
from nrc_search.errors import NrcError
from nrc_search.indexer import IngestSummary, Progress
from nrc_search.ingest.speakers import SpeakerRegistry
from nrc_search.model import Document
from nrc_search.opensearch import mapping
from nrc_search.opensearch.client import Target, connect, guarded
from nrc_search.store.records import doc_data

META_ID = "__meta__"
REGISTRY_ID = "__speakers__"
CHUNK = 500  # actions per bulk request
RETRIES = 8  # per chunk: 1, 2, 4 ... 30 s apart, about two minutes in all
_RETRY_STATUS = {429, 502, 503, 504}


def concrete_index(client, t: Target) -> str | None:
    """The index the collection's alias points at, or None for a new collection."""
    if not client.indices.exists_alias(name=t.alias):
        if client.indices.exists(index=t.alias):
            raise NrcError(
                f"{t.url}: {t.alias} is an index nrc did not create; use another --collection."
            )
        return None
    names = list(client.indices.get_alias(name=t.alias))
    return names[0]


def read_docs(client, index: str) -> dict[str, dict]:
    """doc_id -> the document record's data, for every document of the collection."""
    from opensearchpy import helpers

    query = {"query": {"term": {"type": "doc"}}, "_source": ["doc_id", "data"]}
    return {
        hit["_source"]["doc_id"]: hit["_source"]["data"]
        for hit in helpers.scan(client, index=index, query=query, size=1000)
    }


def read_record(client, index: str, record_id: str) -> dict:
    found = client.get(index=index, id=record_id, ignore=[404])
    return (found.get("_source") or {}).get("data") or {} if found.get("found") else {}


def ingest(
    t: Target,
    paths: list[Path],
    *,
    rebuild: bool = False,
    prune: bool = False,
    jobs: int | None = None,
    speakers_file: Path | None = None,
    progress: Progress | None = None,
    replicas: int | None = None,
    columns: dict[str, str] | None = None,
) -> IngestSummary:
    """Bring the collection `t` up to date with `paths` (see the module docstring)."""
    client = connect(t)
    with guarded(t):
        return _ingest(
            client, t, paths, rebuild, prune, jobs, speakers_file, progress, replicas, columns
        )


def _ingest(client, t, paths, rebuild, prune, jobs, speakers_file, progress, replicas, columns):
    summary = IngestSummary()
    files = discover(paths, summary.warnings)
    summary.failed += len(summary.warnings)
    current = concrete_index(client, t)
    fresh = rebuild or current is None
    index = f"{t.alias}-{time.strftime('%Y%m%d%H%M%S')}-{time.monotonic_ns() % 10_000}"
    if fresh:
        client.indices.create(index=index, body=mapping.body(replicas))
        _wait_for_replicas(client, index, replicas)
        docs: dict[str, dict] = {}
        registry = SpeakerRegistry()
        if rebuild and current:
            registry = SpeakerRegistry.from_dict(read_record(client, current, REGISTRY_ID))
    else:
        index = str(current)
        docs = read_docs(client, index)
        registry = SpeakerRegistry.from_dict(read_record(client, index, REGISTRY_ID))
    if speakers_file:
        registry.load_aliases(speakers_file)
    if not files and not paths:  # --rebuild/--prune with no PATH: the files the collection holds
        held = [
            Path(d["source"])
            for d in (docs or read_docs(client, current) if current else {}).values()
        ]
        if not held and not prune:
            raise NrcError(f"Nothing to ingest into {t.alias}: give the files or folders (PATH).")
        files = [p for p in held if p.exists()] if not prune else []
        summary.warnings += [
            f"{p}: no longer there (kept; --prune drops it)"
            for p in held
            if not p.exists() and not prune
        ]
    ids = indexer._Ids(docs, {})  # the Whoosh store's ids: path (a seed: its name), then name
    held = ids.by_path
    todo = [
        p for p in files if indexer._changed(p, docs.get(held.get(indexer._key(p), "")), summary)
    ]
    updated: list[tuple[str, int]] = []
    actions = _actions(todo, jobs, registry, ids, summary, updated, progress, columns)
    kept = _Kept()
    bulk(client, index, kept.watch(actions))
    _resend_missing(client, index, kept, summary)
    for doc_id, count in updated:  # turns an edited file no longer has
        _delete(client, index, doc_id, above=count)
    if prune:
        _prune(client, index, docs, summary)
    renames = indexer._renames(registry, docs)
    bulk(
        client,
        index,
        iter([_record(META_ID, {"renames": renames}), _record(REGISTRY_ID, registry.to_dict())]),
    )
    client.indices.refresh(index=index)
    if fresh:
        _switch(client, t, index, current)
    summary.total_turns = client.count(index=index, body={"query": {"term": {"type": "turn"}}})[
        "count"
    ]
    summary.documents = len(docs)
    summary.speakers = len(registry.people())
    return summary


def _actions(todo, jobs, registry, ids, summary, updated, progress, columns) -> Iterator[dict]:
    jobs = jobs or 2
    for done, parsed in enumerate(indexer._parse_all(todo, jobs, columns), 1):
        if progress:
            progress(done, len(todo), str(parsed.path))
        if parsed.error or parsed.doc is None:
            summary.failed += 1
            summary.warnings.append(parsed.error or f"{parsed.path}: could not be parsed")
            continue
        summary.warnings += list(parsed.notes)
        for parsed_doc in (parsed.doc, *parsed.more):  # a turn dataset: one per meeting
            yield from _document(parsed, parsed_doc, registry, ids, summary, updated)


def _document(parsed, parsed_doc, registry, ids, summary, updated) -> Iterator[dict]:
    doc = registry.canonicalize(parsed_doc)
    source = str(parsed.path)
    doc_id = ids.of(parsed.path, parsed.digest, parsed_doc.part)
    if doc_id in ids.docs:
        summary.updated += 1
        updated.append((doc_id, len(doc.turns)))
    else:
        summary.added += 1
    doc = Document(**{**doc.__dict__, "source": source})
    data = doc_data(doc, parsed.digest)
    ids.docs[doc_id] = data
    summary.turns += len(doc.turns)
    yield from turn_actions(doc_id, doc)
    yield {
        "_id": f"doc:{doc_id}",
        "type": "doc",
        "doc_id": doc_id,
        "source": source,
        "hash": parsed.digest,
        "title": doc.title,
        "data": data,
        **({"date": doc.date} if doc.date else {}),
    }


def turn_actions(doc_id: str, doc: Document) -> Iterator[dict]:
    """One OpenSearch document per turn, its id the turn id."""
    from nrc_search.store.records import turn_kind

    for i, turn in enumerate(doc.turns):
        source: dict = {
            "_id": f"{doc_id}:{turn.n}",
            "type": "turn",
            "turn_id": f"{doc_id}:{turn.n}",
            "doc_id": doc_id,
            "n": turn.n,
            "text": turn.text,
            "attribution": turn.attribution,
            "kind": turn_kind(doc, i),
            "flags": list(turn.flags),
            "source": doc.source,
        }
        if turn.speaker:
            source.update(speaker=turn.speaker, speaker_key=turn.speaker.lower())
        if turn.role:
            source["role"] = turn.role
        if turn.label:
            source["label"] = turn.label
        for name in ("start", "end", "language"):  # captions' times, a record's language
            if getattr(turn, name, None) is not None:
                source[name] = getattr(turn, name)
        if doc.date:
            source.update(date=doc.date, year=doc.date[:4])
        if doc.title:
            source["title"] = doc.title
        yield source


def _record(record_id: str, data: dict) -> dict:
    return {"_id": record_id, "type": "meta", "data": json.loads(json.dumps(data))}


#: Turns a run keeps (as sent) so that it can check them in the collection afterwards.
KEEP_TURNS = 200_000


class _Kept:
    """The turns one run sends, by document (up to KEEP_TURNS; past that, counts only)."""

    def __init__(self) -> None:
        self.sent: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}
        self.kept = 0

    def watch(self, actions: Iterator[dict]) -> Iterator[dict]:
        for action in actions:
            if action.get("type") == "turn":
                doc_id = action["doc_id"]
                self.counts[doc_id] = self.counts.get(doc_id, 0) + 1
                if self.kept < KEEP_TURNS:
                    self.sent.setdefault(doc_id, []).append(action)
                    self.kept += 1
            yield action


def _resend_missing(client, index: str, kept: _Kept, summary: IngestSummary) -> None:
    """Count each document's turns in the collection and write again any it lacks.

    An acknowledged bulk write is not trusted across a node failure: a CI run that killed a
    node mid-ingest (replicas 1, two nodes) found 36-52 of 3,200 acknowledged turns missing.
    Writes are idempotent by turn id, so sending a document's turns again is safe. What cannot
    be sent again (a run past KEEP_TURNS) is said in one warning."""
    for _ in range(3):
        short = _short_documents(client, index, kept.counts)
        if not short:
            return
        again = [a for doc_id in short for a in kept.sent.get(doc_id, ())]
        if not again:
            break
        bulk(client, index, iter(again))
    short = _short_documents(client, index, kept.counts)
    if short:
        summary.warnings.append(
            f"{index}: {len(short)} document(s) have fewer turns than were sent (for example "
            f"{sorted(short)[0]}); run the same `nrc ingest` again to write them."
        )


def _short_documents(client, index: str, counts: dict[str, int]) -> list[str]:
    if not counts:
        return []
    client.indices.refresh(index=index)
    have: dict[str, int] = {}
    names = sorted(counts)
    for start in range(0, len(names), 1000):
        batch = names[start : start + 1000]
        body = {
            "size": 0,
            "query": {
                "bool": {"filter": [{"term": {"type": "turn"}}, {"terms": {"doc_id": batch}}]}
            },
            "aggs": {"d": {"terms": {"field": "doc_id", "size": len(batch)}}},
        }
        reply = client.search(index=index, body=body, request_timeout=120)
        have.update({b["key"]: b["doc_count"] for b in reply["aggregations"]["d"]["buckets"]})
    return [d for d in names if have.get(d, 0) < counts[d]]


def _wait_for_replicas(client, index: str, replicas: int) -> None:
    """Before the first turn is written, every copy of a new index is started (when the
    cluster has nodes for them): a write the cluster acknowledges is then on a replica too, and
    a node that dies mid-ingest takes none with it. (A CI run under load once found 52 of 3,200
    turns missing after a node was killed mid-ingest; replicas still starting when the first
    turns were acknowledged is the likely way, not a proven one.)"""
    if not replicas:
        return
    try:
        nodes = client.cluster.health()["number_of_data_nodes"]
        if nodes > replicas:
            client.cluster.health(
                index=index, wait_for_status="green", timeout="60s", request_timeout=70
            )
    except Exception:  # a cluster that does not answer health: the bulk's retries still apply
        return


def bulk(client, index: str, actions: Iterable[dict]) -> int:
    """Index `actions` (dicts with an `_id`) in chunks; retry what the cluster could not take."""
    written, chunk = 0, []
    for action in actions:
        chunk.append(action)
        if len(chunk) >= CHUNK:
            written += _send(client, index, chunk)
            chunk = []
    if chunk:
        written += _send(client, index, chunk)
    return written


def _send(client, index: str, chunk: list[dict]) -> int:
    from opensearchpy.exceptions import ConnectionError as OSConnectionError
    from opensearchpy.exceptions import TransportError

    pending = chunk
    for attempt in range(RETRIES + 1):
        body: list[dict] = []
        for action in pending:
            source = {k: v for k, v in action.items() if k != "_id"}
            body += [{"index": {"_index": index, "_id": action["_id"]}}, source]
        try:
            reply = client.bulk(body=body, request_timeout=120)
        except (OSConnectionError, TransportError) as exc:
            status = getattr(exc, "status_code", None)
            if isinstance(status, int) and status not in _RETRY_STATUS:
                raise
            if attempt == RETRIES:
                raise
            time.sleep(min(30, 2**attempt))
            continue
        if not reply.get("errors"):
            return len(chunk)
        retry: list[dict] = []
        fatal: list[dict] = []
        for action, item in zip(pending, reply["items"], strict=True):
            result = item.get("index", {})
            status = result.get("status", 200)
            if status >= 300:
                (retry if status in _RETRY_STATUS else fatal).append(
                    action if status in _RETRY_STATUS else result
                )
        if fatal:
            reason = (fatal[0].get("error") or {}).get("reason", fatal[0])
            raise NrcError(f"OpenSearch refused a turn ({fatal[0].get('_id')}): {reason}")
        pending = retry
        time.sleep(min(30, 2**attempt))
    raise NrcError(f"OpenSearch kept refusing {len(pending)} turns; run the ingest again.")


def _delete(client, index: str, doc_id: str, above: int = 0) -> None:
    """Delete a document's record and turns (or only its turns numbered above `above`).

    By id, in bulk: `_delete_by_query` lives in the reindex module, which a cluster may lack.
    """
    from opensearchpy import helpers

    filters: list[dict] = [{"term": {"doc_id": doc_id}}]
    if above:
        filters += [{"term": {"type": "turn"}}, {"range": {"n": {"gt": above}}}]
    query = {"query": {"bool": {"filter": filters}}, "_source": False}
    ids = [hit["_id"] for hit in helpers.scan(client, index=index, query=query, size=1000)]
    for start in range(0, len(ids), CHUNK):
        body = [{"delete": {"_index": index, "_id": i}} for i in ids[start : start + CHUNK]]
        client.bulk(body=body, refresh=True, request_timeout=120)


def _prune(client, index: str, docs: dict, summary: IngestSummary) -> None:
    for doc_id, data in list(docs.items()):
        if not Path(data["source"]).exists():
            _delete(client, index, doc_id)
            del docs[doc_id]
            summary.pruned += 1


def _switch(client, t: Target, index: str, old: str | None) -> None:
    """Point the collection's alias at `index` in one request, then drop the old index."""
    steps: list[dict] = [{"add": {"index": index, "alias": t.alias}}]
    if old:
        steps.insert(0, {"remove": {"index": old, "alias": t.alias}})
    client.indices.update_aliases(body={"actions": steps})
    if old:
        client.indices.delete(index=old, ignore=[404])
