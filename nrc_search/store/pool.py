"""An ingest's postings kept by term, and written a block at a time (whoosh only).

Whoosh's posting pool holds one `(field, term, docnum, weight, value)` tuple a posting
(~200 bytes), sorts all of them, spills sorted runs of them to disk, merges the runs posting
by posting with a heap, and its field writer then takes them one at a time: at a million
turns ~50 million tuples go through each of those steps, half of an ingest's CPU.

Documents are added in docnum order, so a term's postings arrive in order. Here each term
has its own arrays (docnums, weights, value lengths) and value bytes (~20 bytes a posting);
a full pool spills its terms, sorted, to a run file; the runs are merged term by term; and
`FieldWriter` hands each term's arrays to the postings writer (store/postings.py), which cuts
them into blocks. The segment's files are byte for byte the ones Whoosh's pool and field
writer would write (tests/test_store_pool.py compares them).
"""

from __future__ import annotations

import heapq
import pickle
from array import array
from collections.abc import Iterator
from operator import itemgetter
from typing import Any

from whoosh.codec.whoosh3 import W3FieldWriter
from whoosh.writing import PostingPool

#: terms a run file holds in one pickle, at most, and about how many bytes: a merge holds one
#: pickle of every run in memory, and a run's frequent words sit side by side in term order
#: ("the", "their", "they"...: 30 MB in 512 terms of a run at 3M turns, times a dozen runs)
CHUNK = 512
CHUNK_BYTES = 1 << 20
#: bytes a new term costs the pool (its dict entry, key, two arrays and a list)
TERM_BYTES = 480
#: bytes a posting costs (docnum 4, weight as float64 8, a reference to its value 8; most
#: values are shared one-position bytes): 2.2M postings of UN turns count 67 MiB of the
#: writer's 83 MiB more RSS, the share the earlier bytearray pool counted
POSTING_BYTES = 20

_KEY = itemgetter(0, 1)

#: one term's postings so far: docnums, weights (as given: a block's max weight is worked out
#: from these), values
Term = tuple[array, array, list]


def _new_term() -> Term:
    return array("I"), array("d"), []


def _packed(fieldname: str, text: bytes, term: Term) -> Run:
    """A term as a run holds it: its values' lengths in an array, the values joined."""
    ids, weights, values = term
    return fieldname, text, ids, weights, array("I", map(len, values)), b"".join(values)


Run = tuple[str, bytes, array, array, array, bytes]


class TermPool(PostingPool):
    """Whoosh's PostingPool interface (add, iter_postings, cleanup) over per-term arrays."""

    def __init__(self, tempstore, segment, limitmb: int = 128, **kwargs) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._fields: dict[str, dict[bytes, Term]] = {}  # field -> term bytes -> postings
        self._unordered = False  # a term's postings came out of docnum order (a merge)
        self._top = -1  # the highest docnum given to `add_field_items`

    def add(self, item) -> None:
        """One posting, `(field, text, docnum, weight, value)` (Whoosh's call a posting: what
        a merge of segments gives; an ingest's documents come by `add_field_items`)."""
        fieldname, text, docnum, weight, value = item
        terms = self._fields.get(fieldname)
        term = terms.get(text) if terms is not None else None
        if term is None:
            if docnum == -1:  # a spelling word: Whoosh's field writer skips these
                return
            if terms is None:
                terms = self._fields[fieldname] = {}
            term = terms[text] = _new_term()
            self.fieldnames.add(fieldname)
            self.currentsize += TERM_BYTES + len(text)
        ids, weights, values = term
        if ids and docnum <= ids[-1]:
            if docnum == -1:
                return
            self._unordered = True
        ids.append(docnum)
        weights.append(weight)
        values.append(value)
        self.currentsize += POSTING_BYTES
        if self.currentsize > self.limit:
            self.save()

    def add_field_items(self, fieldname: str, docnum: int, items) -> int:
        """One document's postings in one field, as the field's `index` gives them (`(term
        bytes, frequency, weight, value)`, each term once), the same as `add` called for each
        but without a tuple and a call a posting: half of an ingest's postings cost. Returns
        the frequencies' sum (the field length Whoosh stores)."""
        if not isinstance(items, list):
            items = list(items)
        if not items:
            return 0
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        if docnum < self._top:  # (a document's fields come with one docnum)
            self._unordered = True
        self._top = docnum
        total = 0
        size = POSTING_BYTES * len(items)
        for text, freq, weight, value in items:
            total += freq
            term = terms.get(text)
            if term is None:
                term = terms[text] = (array("I"), array("d"), [])
                size += TERM_BYTES + len(text)
            ids, weights, values = term
            ids.append(docnum)
            weights.append(weight)
            values.append(value)
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()
        return total

    def _sorted_terms(self) -> Iterator[Run]:
        """The pool's terms in (field, text) order, packed."""
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for text in sorted(terms):
                yield _packed(fieldname, text, terms[text])

    def save(self) -> None:
        if not self._fields:
            return
        path, f = self._new_run()
        batch: list = []
        size = 0
        for run in self._sorted_terms():
            batch.append(run)
            size += 16 * len(run[2]) + len(run[5])
            if len(batch) >= CHUNK or size >= CHUNK_BYTES:
                pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
                batch, size = [], 0
        if batch:
            pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        f.close()
        self._add_run(path)
        self._fields = {}
        self.currentsize = 0

    def _read_terms(self, path: str) -> Iterator[Run]:
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)

    def _in_memory(self) -> Iterator[Run]:
        yield from self._sorted_terms()

    def terms(self) -> Iterator[Run]:
        """Every term in (field, text) order with all its postings in docnum order: the runs'
        parts of one term (written in docnum order) joined."""
        sources = [self._read_terms(path) for path in self.runs] + [self._in_memory()]
        self.runs = []
        merged = heapq.merge(*sources, key=_KEY)  # stable: equal terms in run order
        for key, parts in _grouped(merged):
            if len(parts) == 1:
                yield _in_order(parts[0]) if self._unordered else parts[0]
                continue
            ids, weights, lengths = array("I"), array("d"), array("I")
            values = bytearray()
            for part in parts:
                ids += part[2]
                weights += part[3]
                lengths += part[4]
                values += part[5]
            run = (*key, ids, weights, lengths, bytes(values))
            yield _in_order(run) if self._unordered else run
        self._fields = {}

    def iter_postings(self) -> TermStream:
        return TermStream(self)

    def items(self, maxfiles: int = 128) -> Iterator[Any]:
        return iter(self.iter_postings())


def _in_order(run: Run) -> Run:
    """A term's postings sorted by docnum (Whoosh's pool sorts every posting)."""
    fieldname, text, ids, weights, lengths, values = run
    starts = [0]
    for n in lengths:
        starts.append(starts[-1] + n)
    order = sorted(range(len(ids)), key=ids.__getitem__)
    return (
        fieldname,
        text,
        array("I", [ids[i] for i in order]),
        array("d", [weights[i] for i in order]),
        array("I", [lengths[i] for i in order]),
        b"".join(values[starts[i] : starts[i + 1]] for i in order),
    )


def _grouped(merged: Iterator[Run]) -> Iterator[tuple[tuple[str, bytes], list[Run]]]:
    key: tuple[str, bytes] | None = None
    parts: list[Run] = []
    for run in merged:
        k = (run[0], run[1])
        if k != key:
            if parts:
                yield key, parts  # type: ignore[misc]
            key, parts = k, []
        parts.append(run)
    if parts:
        yield key, parts  # type: ignore[misc]


class TermStream:
    """What TermPool.iter_postings gives: `FieldWriter` takes its terms whole; anything else
    iterating it gets Whoosh's (field, text, docnum, weight, value) postings."""

    def __init__(self, pool: TermPool) -> None:
        self.pool = pool

    def terms(self) -> Iterator[Run]:
        return self.pool.terms()

    def __iter__(self) -> Iterator[tuple[str, bytes, int, float, bytes]]:
        for fieldname, text, ids, weights, lengths, values in self.terms():
            at = 0
            for docnum, weight, n in zip(ids, weights, lengths, strict=True):
                yield fieldname, text, docnum, weight, values[at : at + n]
                at += n


class FieldWriter(W3FieldWriter):
    """W3's field writer; given a TermStream, it writes each term's postings from its arrays
    (the postings writer's `add_arrays`) instead of a call a posting."""

    def add_postings(self, schema, lengths, items) -> None:
        if not isinstance(items, TermStream):
            return super().add_postings(schema, lengths, items)
        lastfn = None
        length_bytes: bytes | None = None
        dfl: Any = None
        for fieldname, text, ids, weights, value_lengths, values in items.terms():
            if fieldname != lastfn:
                if lastfn is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                lastfn = fieldname
                length_bytes, dfl = _field_lengths(lengths, fieldname)
            self.start_term(text)
            postwriter = self._postwriter
            add_arrays = getattr(postwriter, "add_arrays", None)
            if add_arrays is not None:
                add_arrays(ids, weights, value_lengths, values, length_bytes, dfl)
            else:  # W3's own postings writer (term vectors): a posting at a time
                at = 0
                for docnum, weight, n in zip(ids, weights, value_lengths, strict=True):
                    postwriter.add_posting(docnum, weight, values[at : at + n], dfl(docnum))
                    at += n
            self.finish_term()
        if lastfn is not None:
            self.finish_field()


def _field_lengths(lengths, fieldname: str):
    """(every document's length byte in the field, or None, and the per-document accessor
    Whoosh's add_postings would use)."""
    if not lengths:
        return None, lambda docnum: 0
    column = getattr(lengths, "length_bytes", None)
    reader = getattr(lengths, "doc_field_length_reader", None)
    if reader is not None:
        dfl = reader(fieldname)
    else:
        plain = lengths.doc_field_length

        def dfl(docnum: int, _fn: str = fieldname):
            return plain(docnum, _fn)

    return (column(fieldname) if column is not None else None), dfl


def add_record(writer, fields: dict) -> None:
    """`writer.add_document(**fields)` for a SegmentWriter with a TermPool: the same segment
    (Whoosh's steps for fields with no boosts, spelling words or term vectors), each field's
    postings handed to the pool at once (`TermPool.add_field_items`). Anything else goes to
    Whoosh's own method."""
    pool = writer.pool
    schema = writer.schema
    if not isinstance(pool, TermPool) or not _plain_fields(schema, fields):
        writer.add_document(**fields)
        return
    writer._check_state()
    perdocwriter = writer.perdocwriter
    docnum = writer.docnum
    fieldnames = sorted(fields)
    writer._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields[fieldname]
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                length = pool.add_field_items(fieldname, docnum, field.index(value))
                if not field.scorable:
                    length = 0
            perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
            column = field.column_type
            if column:
                perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
    except ValueError:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    writer._added = True
    writer.docnum += 1


#: id(schema) -> whether its fields need none of Whoosh's add_document steps left out above
_PLAIN: dict[int, tuple[object, bool]] = {}


def _plain_fields(schema, fields: dict) -> bool:
    """No boosts or custom stored values (keys starting with "_"), and no field of the schema
    with spelling words or term vectors."""
    for name in fields:
        if name.startswith("_"):
            return False
    known = _PLAIN.get(id(schema))
    if known is None or known[0] is not schema:
        plain = all(
            not field.separate_spelling() and not field.vector for _, field in schema.items()
        )
        if len(_PLAIN) > 16:
            _PLAIN.clear()
        known = _PLAIN[id(schema)] = (schema, plain)
    return known[1]


def term_pool(writer, limitmb: int) -> None:
    """Give a new SegmentWriter the term pool (before anything is added to it)."""
    writer.pool = TermPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)
