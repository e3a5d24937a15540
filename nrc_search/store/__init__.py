"""The Whoosh index, the only writer; parsing lives in `ingest/`, this package only stores.

One module per job: `schema` (fields), `generations` (the folder, its marker and generations,
opening and committing), `lock` (the ingest lock), `records` (how documents and turns are
encoded as Whoosh documents), `turns` (reading turns back). Callers use `store.X`.
"""

from __future__ import annotations

from nrc_search import whoosh_fixes
from nrc_search.store.generations import (
    FORMAT,
    MARKER,
    IndexHandle,
    check_readable,
    claim,
    commit_with_segments,
    committed_generation,
    create_generation,
    exists,
    index_path,
    open_for_shard,
    open_index,
    reading,
    switch_generation,
)
from nrc_search.store.lock import LOCKFILE, ingest_lock
from nrc_search.store.records import (
    TURN_KINDS,
    add_document,
    count_turns,
    delete_doc,
    doc_data,
    doc_info,
    doc_records,
    meta_record,
    read_doc,
    read_docs,
    read_meta,
    read_registry,
    records_query,
    registry_record,
    term,
    turn_kind,
    turn_record,
)
from nrc_search.store.schema import META_ID, REGISTRY_ID, SCHEMA_VERSION, make_schema
from nrc_search.store.turns import Turns

whoosh_fixes.apply()

__all__ = [
    "FORMAT",
    "LOCKFILE",
    "MARKER",
    "META_ID",
    "REGISTRY_ID",
    "SCHEMA_VERSION",
    "TURN_KINDS",
    "IndexHandle",
    "Turns",
    "add_document",
    "check_readable",
    "claim",
    "commit_with_segments",
    "committed_generation",
    "count_turns",
    "create_generation",
    "delete_doc",
    "doc_data",
    "doc_info",
    "doc_records",
    "exists",
    "index_path",
    "ingest_lock",
    "make_schema",
    "meta_record",
    "open_for_shard",
    "open_index",
    "read_doc",
    "read_docs",
    "read_meta",
    "read_registry",
    "reading",
    "records_query",
    "registry_record",
    "switch_generation",
    "term",
    "turn_kind",
    "turn_record",
]
