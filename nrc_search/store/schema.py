"""The Whoosh schema of an nrc index and the ids of its record documents (whoosh only)."""

from __future__ import annotations

import re
import struct

from whoosh.analysis import (
    CharsetFilter,
    IDTokenizer,
    LowercaseFilter,
    RegexTokenizer,
)
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, KEYWORD, STORED, TEXT, Schema
from whoosh.formats import Existence
from whoosh.support.charset import accent_map

from nrc_search.analysis import analyzer

SCHEMA_VERSION = 8  # 2: lean schema, turn texts zlib'd per document; 3: year terms;
# 4: exact word forms, title context, role and kind terms, the label in the rows; 5: word pairs;
# 6: compact posting blocks and positions (postings.py); 7: a pair's posting holds its words'
# counts (PairCounts); 8: a turn's day as a number column (`day`, DAY_COLUMN)

META_ID = "__meta__"  # small facts every search reads (speaker renames)

REGISTRY_ID = "__speakers__"  # the speaker registry: read by ingest, `--speaker` and `speakers`

LOOKUP_ID = "__speaker_lookup__"  # what `--speaker` reads (catalog.speaker_lookup), on its own


def _name_analyzer():
    return RegexTokenizer(r"\w+") | LowercaseFilter() | CharsetFilter(accent_map)


# --- fields indexed without Whoosh's per-call Token machinery ----------------------------------
# An ingest asks a turn's twelve fields for their terms: a million turns, twelve million calls
# through Whoosh's analyzer, format and generator layers, ~15% of its CPU. These classes give
# the same (term bytes, frequency, weight, value) items (tests/test_store_fields.py compares
# them with Whoosh's own) more cheaply; anything unusual goes to Whoosh's method. The word pairs
# have a field of their own (PairsField, below).


class FastID(ID):
    """An ID field: a string value is its one term, as IDTokenizer and Existence give it."""

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str) or not _plain(self, IDTokenizer):
            return super().index(value, **kwargs)
        return [(value.encode("utf-8"), 1, self.format.field_boost, b"")]


class FastText(TEXT):
    """A TEXT field that remembers what the last values it indexed gave: a document's turns
    share its title (`context`), a speaker's turns a name and role. Its positions are those of
    its format (postings.CompactPositions.postings for the text)."""

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)
        if len(_RECENT) > 64:  # fields of schemas long gone (each open unpickles new ones)
            _RECENT.clear()
        box = _RECENT.setdefault(id(self), {})
        found = box.get(value)
        if found is not None and found[0] is self:
            return found[1]
        fast = getattr(self.format, "postings", None)
        items = fast(value, self.analyzer) if fast else None
        if items is None:
            items = list(super().index(value))
        if len(value) <= _RECENT_CHARS:  # a name or a title; a turn's text is not asked twice
            if len(box) >= 8:
                box.pop(next(iter(box)))
            box[value] = (self, items)
        return items


_PIECE = re.compile(r"[^,]+")
_RECENT_CHARS = 300
#: id(field) -> value -> (the field, its items): module-level, so nothing lands in the pickled
#: schema of an index
_RECENT: dict[int, dict[str, tuple[object, list]]] = {}


def _plain(field, tokenizer: type) -> bool:
    return type(field.analyzer) is tokenizer and type(field.format) is Existence


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


class PairCounts(Existence):
    """The `pairs` field's format: a posting's value is how often each of the pair's two words
    stands in the turn (two little-endian uint32), which is all BM25 needs to score the
    phrase, so `"international community"` reads the pair's list and not both words' (~170,000
    postings at 1M turns). No frequencies or lengths of its own, as Existence."""

    posting_size = 8

    def word_values(self, value, analyzer, **kwargs):
        fb = self.field_boost
        for token in {t.text for t in analyzer(value, mode="index")}:
            pair, a, b = token.rsplit(":", 2)
            yield pair, 1, fb, _COUNTS.pack(int(a), int(b))

    def encode(self, value) -> bytes:
        return _COUNTS.pack(*value)

    def decode_counts(self, valuestring: bytes) -> tuple[int, int]:
        return _COUNTS.unpack(valuestring)


_COUNTS = struct.Struct("<II")


class PairsField(KEYWORD):
    """The word pairs of a turn, given as "pair:count:count,..." (records.turn_record)."""

    def index(self, value, **kwargs):
        if kwargs or not isinstance(value, str) or type(self.format) is not PairCounts:
            return super().index(value, **kwargs)
        fb = self.format.field_boost
        out = []
        for piece in {m.strip() for m in _PIECE.findall(value)}:
            pair, a, b = piece.rsplit(":", 2)
            out.append((pair.encode("utf-8"), 1, fb, _COUNTS.pack(int(a), int(b))))
        return out


def _pairs_field() -> KEYWORD:
    """Word-pair terms: which turns hold a pair, and how often its words stand in each."""
    field = PairsField(commas=True, lowercase=False, scorable=False)
    field.format = PairCounts()
    return field


#: The `day` column: a turn's date as the number YYYYMMDD, 0 when undated (day_number). A
#: one-shot search with a date filter and a smaller text part checks that part's documents
#: here (lite.py) instead of reading every posting of the years in the range.
DAY_COLUMN = NumericColumn("I", default=0)


def day_number(date: str | None) -> int:
    """ "2011-06-08" -> 20110608; 0 for no date or anything that is not YYYY-MM-DD. The
    numbers sort as the `date` terms do."""
    if date and len(date) == 10 and date[4] == date[7] == "-":
        digits = date[:4] + date[5:7] + date[8:]
        if digits.isascii() and digits.isdigit():
            return int(digits)
    return 0


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
    `day` is the date once more, as a number in a column (DAY_COLUMN).
    """
    return Schema(
        key=FastID(stored=True, unique=True),  # records only: "doc:<doc_id>", META_ID, REGISTRY_ID
        type=FastID(),  # records only: "doc" | "meta"
        doc_id=FastID(),
        speaker=_positions(FastText(analyzer=_name_analyzer())),
        speaker_key=FastID(),
        attribution=FastID(),
        date=FastID(),
        year=FastID(),  # "YYYY": --since/--until cover whole years with a few terms, not every day
        day=COLUMN(DAY_COLUMN),  # turns: the date as YYYYMMDD (0: undated), 4 bytes a document
        text=_positions(
            FastText(analyzer=analyzer(), phrase=True)
        ),  # each word's own form (no stemming)
        pairs=_pairs_field(),  # turns: "international community,nuclear weapons"
        context=FastText(analyzer=analyzer(), phrase=False),  # turns: the document title's words
        role=FastText(analyzer=_name_analyzer(), phrase=False),  # turns: "Moderator", "Ambassador"
        kind=FastID(),  # turns: question | answer | statement | quote | narration
        r=STORED(),  # turns: (doc_id, i), the turn's row in its doc record
        blob=STORED(),  # doc records: zlib of the turn texts joined by "\n"
        rows=STORED(),  # doc records: zlib of JSON rows, one per turn (see doc_records)
        data=STORED(),  # doc and meta records: a JSON string
    )
