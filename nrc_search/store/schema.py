"""The Whoosh schema of an nrc index and the ids of its record documents (whoosh only)."""

from __future__ import annotations

from whoosh.analysis import CharsetFilter, LowercaseFilter, RegexTokenizer
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Existence
from whoosh.support.charset import accent_map

from nrc_search.analysis import analyzer

SCHEMA_VERSION = 6  # 2: lean schema, turn texts zlib'd per document; 3: year terms;
# 4: exact word forms, title context, role and kind terms, the label in the rows; 5: word pairs;
# 6: compact posting blocks and positions (postings.py)

META_ID = "__meta__"  # small facts every search reads (speaker renames)

REGISTRY_ID = "__speakers__"  # the speaker registry: read by ingest, `--speaker` and `speakers`

LOOKUP_ID = "__speaker_lookup__"  # what `--speaker` reads (catalog.speaker_lookup), on its own


def _name_analyzer():
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


def codec():
    """How segments are written: compact block data (postings.NrcCodec, Whoosh's W3 layout
    otherwise) in blocks of 512 postings (not 128), zlib level 6 (not 3). Each segment records
    its codec, so segments written before read as they were."""
    from nrc_search.store.postings import NrcCodec

    return NrcCodec(blocklimit=512, compression=6)


def _positions(field: TEXT) -> TEXT:
    """`field` with its positions written compactly (postings.CompactPositions)."""
    from nrc_search.store.postings import CompactPositions

    boost = field.format.field_boost if field.format else 1.0
    field.format = CompactPositions(field_boost=boost)
    return field


def _pairs_field() -> KEYWORD:
    """Word-pair terms: which turns hold a pair is all a phrase needs (no counts, no lengths)."""
    field = KEYWORD(commas=True, lowercase=False, scorable=False)
    field.format = Existence()
    return field


def make_schema() -> Schema:
    """One Whoosh document per turn, plus one per source document and the meta records.

    Lean on purpose (the index was twice the size of SQLite's): a turn indexes only the terms
    searches use and stores one short tuple (`r`); its text is stored once per source document,
    zlib'd (`blob` on the doc record), and a turn keeps its (start, end) in it. `type` and `key`
    exist only on the few doc and meta records; a turn is found through `doc_id` and its `n`.
    `date` holds "YYYY-MM-DD" (one term per turn; ranges are TermRanges). `context` lets a
    turn's words be found with its document's title ("Gates on Libya" for `libya`); `role` and
    `kind` serve `--role`, `--kind` and `--speaker moderator`. `pairs` holds each two
    side-by-side common words of the text as one term ("international community", see
    analysis.pair_terms), so a phrase of frequent words is read as one posting list (bulk.py).
    """
    return Schema(
        key=ID(stored=True, unique=True),  # records only: "doc:<doc_id>", META_ID, REGISTRY_ID
        type=ID(),  # records only: "doc" | "meta"
        doc_id=ID(),
        speaker=_positions(TEXT(analyzer=_name_analyzer())),
        speaker_key=ID(),
        attribution=ID(),
        date=ID(),
        year=ID(),  # "YYYY": --since/--until cover whole years with a few terms, not every day
        text=_positions(
            TEXT(analyzer=analyzer(), phrase=True)
        ),  # each word's own form (no stemming)
        pairs=_pairs_field(),  # turns: "international community,nuclear weapons"
        context=TEXT(analyzer=analyzer(), phrase=False),  # turns: the document title's words
        role=TEXT(analyzer=_name_analyzer(), phrase=False),  # turns: "Moderator", "Ambassador"
        kind=ID(),  # turns: question | answer | statement | quote | narration
        r=STORED(),  # turns: (doc_id, i), the turn's row in its doc record
        blob=STORED(),  # doc records: zlib of the turn texts joined by "\n"
        rows=STORED(),  # doc records: zlib of JSON rows, one per turn (see doc_records)
        data=STORED(),  # doc and meta records: a JSON string
    )
