"""How documents, turns and the meta records are encoded as Whoosh documents, and read back."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator

from whoosh.query import Term

from nrc_search.model import DocInfo, Document, Turn
from nrc_search.seeds import live_source
from nrc_search.store.schema import META_ID, REGISTRY_ID


def doc_records(
    doc_id: str, doc: Document, digest: str, next_n: int | None = None
) -> Iterator[dict]:
    """The Whoosh documents of one source document: its record, then its turns.

    The record keeps, zlib'd, the turns' texts joined by newlines (`blob`) and one row per turn
    (`rows`: n, speaker, role, attribution, flags, start, end[, extra]); a turn stores only
    (doc_id, i), its place in those rows. Names repeat within a document, so they compress to
    little. `extra`, only on turns that have them, holds the recording times in seconds and the
    language spoken ({"t0": 252.0, "t1": 260.5, "lang": "French"}); older rows lack it.
    """
    rows: list[list] = []
    pos = 0
    for turn in doc.turns:
        flags = list(turn.flags) or None
        rows.append([turn.n, turn.speaker, turn.role, turn.attribution, flags, pos])
        pos += len(turn.text) + 1
        rows[-1].append(pos - 1)
        extra = turn_extra(turn)
        if extra:
            rows[-1].append(extra)
    yield {
        "type": "doc",
        "key": f"doc:{doc_id}",
        "doc_id": doc_id,
        "data": json.dumps(doc_data(doc, digest, next_n)),
        "blob": zlib.compress("\n".join(t.text for t in doc.turns).encode("utf-8"), 6),
        "rows": zlib.compress(json.dumps(rows, separators=(",", ":")).encode("utf-8"), 6),
    }
    for i, turn in enumerate(doc.turns):
        yield turn_record(doc_id, doc, turn, i)


def turn_extra(turn: Turn) -> dict:
    """The optional row fields of a turn: recording times and the language spoken."""
    extra: dict = {}
    if turn.start is not None:
        extra["t0"] = turn.start
    if turn.end is not None:
        extra["t1"] = turn.end
    if turn.language:
        extra["lang"] = turn.language
    return extra


def turn_record(doc_id: str, doc: Document, turn: Turn, i: int) -> dict:
    """The Whoosh fields of one turn (what it says is indexed here, stored in the doc record)."""
    record: dict = {
        "doc_id": doc_id,
        "attribution": turn.attribution,
        "text": turn.text,
        "r": (doc_id, i),
    }
    if turn.speaker:
        record["speaker"] = turn.speaker
        record["speaker_key"] = turn.speaker.lower()
    if doc.date:
        record["date"] = doc.date
        record["year"] = doc.date[:4]
    return record


def add_document(
    writer, doc_id: str, doc: Document, digest: str, next_n: int | None = None
) -> None:
    for record in doc_records(doc_id, doc, digest, next_n):
        writer.add_document(**record)


def doc_data(doc: Document, digest: str, next_n: int | None = None) -> dict:
    """The doc record's JSON; `next_n` is the first turn number never used in this document."""
    data = {**doc.header(), "hash": digest, "turns": len(doc.turns)}
    if next_n is not None:
        data["next_n"] = next_n
    return data


def doc_info(doc_id: str, data: dict) -> DocInfo:
    return DocInfo(
        doc_id=doc_id,
        source=live_source(data["source"]),
        title=data.get("title"),
        date=data.get("date"),
        kind=data.get("kind", "unknown"),
        turns=data.get("turns", 0),
    )


def read_docs(searcher) -> dict[str, dict]:
    """doc_id -> the doc record's data, for every indexed document."""
    docs = {}
    for fields in searcher.documents(type="doc"):
        docs[fields["key"][4:]] = json.loads(fields["data"])
    return docs


def read_meta(searcher) -> dict:
    fields = searcher.document(key=META_ID)
    return json.loads(fields["data"]) if fields else {}


def meta_record(meta: dict) -> dict:
    return {"type": "meta", "key": META_ID, "data": json.dumps(meta)}


def read_registry(searcher) -> dict:
    """The stored speaker registry (kept apart from the meta record, which every search reads)."""
    fields = searcher.document(key=REGISTRY_ID)
    return json.loads(fields["data"]) if fields else {}


def registry_record(registry: dict) -> dict:
    return {"type": "meta", "key": REGISTRY_ID, "data": json.dumps(registry)}


def delete_doc(writer, doc_id: str) -> None:
    writer.delete_by_term("doc_id", doc_id)


def records_query():
    """Matches the doc and meta records (every record has a `type`; no turn has one)."""
    from whoosh.query import Or

    return Or([Term("type", "doc"), Term("type", "meta")])


def count_turns(searcher) -> int:
    """Live turns: live documents minus the records (doc_count skips replaced documents)."""
    records = sum(1 for _ in searcher.document_numbers(type="doc"))
    records += sum(1 for _ in searcher.document_numbers(type="meta"))
    return searcher.doc_count() - records
