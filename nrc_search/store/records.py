"""How documents, turns and the meta records are encoded as Whoosh documents, and read back."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator

from whoosh.query import Term

from nrc_search.analysis import pair_counts
from nrc_search.model import DocInfo, Document, Turn
from nrc_search.seeds import live_source
from nrc_search.store.pool import add_record
from nrc_search.store.schema import LOOKUP_ID, META_ID, REGISTRY_ID, day_number


def doc_records(
    doc_id: str, doc: Document, digest: str, next_n: int | None = None
) -> Iterator[dict]:
    """The Whoosh documents of one source document: its record, then its turns.

    The record keeps, zlib'd, the turns' texts joined by newlines (`blob`) and one row per turn
    (`rows`: n, speaker, role, attribution, flags, start, end[, extra]); a turn stores only
    (doc_id, i), its place in those rows. Names repeat within a document, so they compress to
    little. `extra`, only on turns that have them, holds the recording times in seconds and the
    language spoken ({"t0": 252.0, "t1": 260.5, "lang": "French"}), the label as printed
    ("label") and the turn's kind when it is not a statement ("kind": "question"); older rows
    lack it.
    """
    rows: list[list] = []
    pos = 0
    for i, turn in enumerate(doc.turns):
        flags = list(turn.flags) or None
        rows.append([turn.n, turn.speaker, turn.role, turn.attribution, flags, pos])
        pos += len(turn.text) + 1
        rows[-1].append(pos - 1)
        extra = {**turn_extra(turn), **_label_and_kind(doc, i)}
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


def _label_and_kind(doc: Document, i: int) -> dict:
    """The row fields `--kind` and a hit's `label` read: left out when empty or a statement."""
    out: dict = {}
    if doc.turns[i].label:
        out["label"] = doc.turns[i].label
    kind = turn_kind(doc, i)
    if kind != "statement":
        out["kind"] = kind
    return out


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
    pairs = pair_counts(turn.text)
    if pairs:  # "international community:3:1,...": the pair, then its words' counts
        record["pairs"] = ",".join(f"{pair}:{a}:{b}" for pair, a, b in pairs)
    if turn.speaker:
        record["speaker"] = turn.speaker
        record["speaker_key"] = turn.speaker.lower()
    if doc.date:
        record["date"] = doc.date
        record["year"] = doc.date[:4]
        if day := day_number(doc.date):
            record["day"] = day
    if doc.title:
        record["context"] = doc.title
    if turn.role:
        record["role"] = turn.role
    record["kind"] = turn_kind(doc, i)
    return record


#: What a turn is, for `--kind` and the `kind` of a hit.
TURN_KINDS = ("question", "answer", "statement", "quote", "narration")


def turn_kind(doc: Document, i: int) -> str:
    """question, answer (the first turn after a question), statement, quote or narration."""
    turn = doc.turns[i]
    if turn.attribution == "narration":
        return "narration"
    if turn.attribution in ("quoted", "reported"):
        return "quote"
    if "question" in turn.flags:
        return "question"
    if i and "question" in doc.turns[i - 1].flags:
        return "answer"
    return "statement"


def add_document(
    writer, doc_id: str, doc: Document, digest: str, next_n: int | None = None
) -> None:
    for record in doc_records(doc_id, doc, digest, next_n):
        add_record(writer, record)


def doc_data(doc: Document, digest: str, next_n: int | None = None) -> dict:
    """The doc record's JSON; `next_n` is the first turn number never used in this document."""
    data = {**doc.header(), "hash": digest, "turns": len(doc.turns)}
    if next_n is not None:
        data["next_n"] = next_n
    outlet = story_outlet(doc)
    if outlet:
        data["outlet"] = outlet
    return data


# A wire dateline naming its agency, e.g. "BRUSSELS, July 6 (Itar-Tass) —",
# "BRUSSELS. July 19 (Interfax) -", "October 19, 2010 (KATAKAMI / RIA NOVOSTI) —".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z .'-]{1,40}[,.]\s+)?[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?\s*"
    r"\((?:[^)/]{1,30}/\s*)?([A-Z][\w .&-]{1,30}?)\)\s*[-\u2013\u2014]"
)
# A story that opens with its source, e.g. "From DPA: A top Kremlin defence official ...".
_FROM = re.compile(r"^From ([A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}):")


def story_outlet(doc: Document) -> str | None:
    """The news agency a story's dateline names ("Itar-Tass"), for labelling its narration."""
    if not any(t.attribution == "narration" for t in doc.turns):
        return None
    for turn in doc.turns[:3]:
        m = _DATELINE.match(turn.text) or _FROM.match(turn.text)
        if m:
            name = m[1].strip()
            return name.title() if name.isupper() and len(name) > 4 else name
    return None


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


def registry_records(registry: dict) -> list[dict]:
    """The registry's record, and its "lookup" (when it has one) as a record of its own: a
    `--speaker` search decodes the lookup alone (0.7 of the registry's 1.3 MB at 1M turns)."""
    kept = {k: v for k, v in registry.items() if k != "lookup"}
    records = [{"type": "meta", "key": REGISTRY_ID, "data": json.dumps(kept)}]
    if "lookup" in registry:
        records.append({"type": "meta", "key": LOOKUP_ID, "data": json.dumps(registry["lookup"])})
    return records


def read_lookup(searcher) -> dict | None:
    """The speaker lookup the last ingest stored (in the registry's record before 1 Dec)."""
    fields = searcher.document(key=LOOKUP_ID)
    if fields:
        return json.loads(fields["data"])
    return read_registry(searcher).get("lookup")


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
