"""The Whoosh index, the only writer; parsing lives in `ingest/`, this package only stores.

One module per job: `schema` (fields), `generations` (the folder, its marker and generations,
opening and committing), `integrity` (file sizes, a failed run's leftovers, a full disk, the
list of sources), `lock` (the ingest lock), `ids` (document ids, turn numbers kept across
re-ingests), `records` (how documents and turns are encoded as Whoosh documents), `turns`
(reading turns back), `warm` (a searcher kept open between searches). Callers use `store.X`.
"""

from __future__ import annotations

from nrc_search import whoosh_fixes
from nrc_search.store.generations import (
    FORMAT,
    MARKER,
    IndexHandle,
    claim,
    commit_with_segments,
    committed_generation,
    create_generation,
    discard_failed,
    exists,
    open_for_shard,
    open_index,
    open_previous,
    reading,
    record_files,
    switch_generation,
)
from nrc_search.store.ids import keep_numbers, make_doc_id, turn_key
from nrc_search.store.integrity import (
    SOURCES,
    no_space,
    read_sources,
    write_sources,
)
from nrc_search.store.lock import LOCKFILE, ingest_lock
from nrc_search.store.pool import add_record, term_pool
from nrc_search.store.records import (
    TURN_KINDS,
    add_document,
    count_turns,
    delete_doc,
    doc_data,
    doc_info,
    meta_record,
    read_docs,
    read_lookup,
    read_meta,
    read_registry,
    records_query,
    registry_records,
    turn_kind,
    turn_record,
)
from nrc_search.store.schema import (
    LOOKUP_ID,
    META_ID,
    REGISTRY_ID,
    SCHEMA_VERSION,
    codec,
    make_schema,
)
from nrc_search.store.turns import Turns
from nrc_search.store.warm import searcher

whoosh_fixes.apply()

__all__ = [
    "FORMAT",
    "LOCKFILE",
    "LOOKUP_ID",
    "MARKER",
    "META_ID",
    "REGISTRY_ID",
    "SCHEMA_VERSION",
    "SOURCES",
    "TURN_KINDS",
    "IndexHandle",
    "Turns",
    "add_document",
    "add_record",
    "claim",
    "codec",
    "commit_with_segments",
    "committed_generation",
    "count_turns",
    "create_generation",
    "delete_doc",
    "discard_failed",
    "doc_data",
    "doc_info",
    "exists",
    "ingest_lock",
    "keep_numbers",
    "make_doc_id",
    "make_schema",
    "meta_record",
    "no_space",
    "open_for_shard",
    "open_index",
    "open_previous",
    "read_docs",
    "read_lookup",
    "read_meta",
    "read_registry",
    "read_sources",
    "reading",
    "record_files",
    "records_query",
    "registry_records",
    "searcher",
    "switch_generation",
    "term_pool",
    "turn_key",
    "turn_kind",
    "turn_record",
    "write_sources",
]
