"""How nrc writes posting blocks: Whoosh's W3 layout with compact block data (whoosh only).

Whoosh's W3 codec pickles each block as `(id deltas, weights, values)` with protocol 2, and
its `Positions` format pickles every posting's position list as well; protocol 2 writes each
bytes value as a `_codecs.encode` call and each weight as a 9-byte float. At 100k turns the
text field's blocks held 13 bytes a posting after zlib. Here the same three lists are written as
plain little-endian arrays (each in the narrowest unsigned type its numbers fit) and zlib'd:
ids, then weights (none when all are 1, or as integers when they are counts), then the values
(their lengths, then their bytes). `CompactPositions` writes a position list the same way.

Everything else is Whoosh's: the block headers (count, last id, max weight, compression,
length bytes) that skipping and block-max pruning read, the term index and the matchers'
behaviour. A segment records the codec that wrote it, so an index written by W3Codec reads as
before. The decoded block is the tuple W3's matcher expects, which bulk.py also reads.
"""

from __future__ import annotations

import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from itertools import accumulate, pairwise
from pickle import dumps, loads
from typing import Any

from whoosh.codec.whoosh3 import (
    COMPRESSION_MIN_SIZE,
    LENGTHS_COLUMN,
    STORED_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3LeafMatcher,
    W3PerDocReader,
    W3PostingsWriter,
    _lenfield,
)
from whoosh.columns import VarBytesColumn
from whoosh.formats import Positions
from whoosh.matching import ReadTooFar
from whoosh.matching.wrappers import FilterMatcher
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length, length_to_byte

_SWAP = sys.byteorder == "big"  # the arrays are stored little-endian
_CODES = {code: array(code).itemsize for code in "BHIQ"}
_FLOAT = struct.Struct("<f")
_LENGTH_OF_BYTE = [byte_to_length(b) for b in range(256)]


def _narrow(nums: Any) -> bytes:
    """A typecode byte, then `nums` (non-negative ints) in the narrowest type they fit."""
    top = max(nums, default=0)
    code = "B" if top < 1 << 8 else "H" if top < 1 << 16 else "I" if top < 1 << 32 else "Q"
    arr = array(code, nums)
    if _SWAP:
        arr.byteswap()
    return code.encode() + arr.tobytes()


def _deltas(nums: Any) -> list[int]:
    """Each number minus the one before it (the first minus 0)."""
    return [b - a for a, b in pairwise((0, *nums))]


def _unnarrow(data: bytes, at: int, count: int) -> tuple[array, int]:
    """The array `_narrow` wrote at `data[at:]` holding `count` numbers, and where it ends."""
    code = chr(data[at])
    end = at + 1 + count * _CODES[code]
    arr = array(code, data[at + 1 : end])
    if _SWAP:
        arr.byteswap()
    return arr, end


def encode_block(
    ids: Any,
    weights: Any,
    values: list[bytes],
    fixedsize: int | None,
    packed: tuple[Any, bytes] | None = None,
) -> bytes:
    """One block's data: id deltas, weights and values (see the module docstring); `packed`
    gives the values as (their lengths, their bytes joined) instead."""
    out = [_narrow(_deltas(ids))]
    if all(w == 1.0 for w in weights):
        out.append(b"1")
    elif all(w == weights[0] for w in weights):
        out.append(b"c" + _FLOAT.pack(weights[0]))
    elif all(w >= 0 and w == int(w) for w in weights):
        out.append(b"i" + _narrow([int(w) for w in weights]))
    else:
        floats = array("f", weights)
        if _SWAP:
            floats.byteswap()
        out.append(b"f" + floats.tobytes())
    if packed is not None:
        lengths, joined = packed
        if fixedsize is None or fixedsize < 0:
            out.append(_narrow(lengths))
        if fixedsize != 0:
            out.append(joined)
        return emptybytes.join(out)
    if fixedsize is None or fixedsize < 0:
        out.append(_narrow([len(v) for v in values]))
    if fixedsize != 0:
        out.extend(values)
    return emptybytes.join(out)


def decode_block(data: bytes, count: int, fixedsize: int | None) -> tuple[Any, Any, Any]:
    """`encode_block`'s data back as W3's block tuple: (id deltas, weights, values), where
    weights is None (all 1.0), a float (all equal) or an array('f'), and values a tuple of
    bytes (variable size), the joined bytes (fixed size) or None."""
    deltas, weights, at = _ids_and_weights(data, count)
    return deltas, weights, _values(data, at, count, fixedsize)


def _ids_and_weights(data: bytes, count: int) -> tuple[array, Any, int]:
    """A block's id deltas and weights, and where its values start."""
    deltas, at = _unnarrow(data, 0, count)
    tag = data[at : at + 1]
    weights: Any
    if tag == b"1":
        weights, at = None, at + 1
    elif tag == b"c":
        weights, at = _FLOAT.unpack_from(data, at + 1)[0], at + 1 + _FLOAT.size
    elif tag == b"i":
        ints, at = _unnarrow(data, at + 1, count)
        weights = array("f", ints)
    else:
        end = at + 1 + 4 * count
        weights = array("f", data[at + 1 : end])
        if _SWAP:
            weights.byteswap()
        at = end
    return deltas, weights, at


def block_value(data: bytes, at: int, count: int, fixedsize: int | None, k: int) -> bytes:
    """The `k`-th value of a block whose values start at `data[at:]` (one of `_values`)."""
    if fixedsize is not None and fixedsize > 0:
        return data[at + k * fixedsize : at + (k + 1) * fixedsize]
    lengths, end = _unnarrow(data, at, count)
    begin = end + sum(lengths[:k])
    return data[begin : begin + lengths[k]]


def block_values_at(data: bytes, count: int, ks: list[int]) -> list[bytes]:
    """The `ks`-th values of a block of variable-size values (`encode_block`'s data), without
    slicing out the others: a search that wants the positions of a few of a block's 512
    postings (a phrase bonus over an AND's hits) reads their lengths' running sum only."""
    lengths, end = _unnarrow(data, _values_start(data, count), count)
    ends = list(accumulate(lengths, initial=end))
    return [data[ends[k] : ends[k + 1]] for k in ks]


def _values_start(data: bytes, count: int) -> int:
    """Where a block's values start: past its ids and weights (`_ids_and_weights`' `at`),
    worked out from their type codes without decoding them."""
    at = 1 + count * _CODES[chr(data[0])]
    tag = data[at : at + 1]
    if tag == b"1":
        return at + 1
    if tag == b"c":
        return at + 1 + _FLOAT.size
    if tag == b"i":
        return at + 2 + count * _CODES[chr(data[at + 1])]
    return at + 1 + 4 * count


def _values(data: bytes, at: int, count: int, fixedsize: int | None) -> Any:
    if fixedsize == 0:
        return None
    if fixedsize is None or fixedsize < 0:
        lengths, at = _unnarrow(data, at, count)
        ends = list(accumulate(lengths, initial=at))
        return tuple(data[a:b] for a, b in pairwise(ends))
    return data[at:]


class _PostingsWriter(W3PostingsWriter):
    """W3's postings writer, with `encode_block` for the block data."""

    _packed: tuple[array, bytes] | None = None  # the next block's values, given joined

    def add_posting(self, id_, weight, vbytes, length=None):
        """W3's, without its four type assertions a posting (the pool's postings are ours)."""
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            if self._minlength is None or length < self._minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def add_arrays(
        self, ids: array, weights: array, lengths: array, values: bytes, doclengths, dfl
    ) -> None:
        """A whole term's postings at once (store/pool.py's arrays: docnums, weights as given,
        value lengths, the values joined), cut into the blocks and with the statistics that a
        call of `add_posting` a posting gives. `doclengths` holds every document's length
        byte in the field (or is None: `dfl(docnum)` gives each length)."""
        limit, n = self._blocklimit, len(ids)
        at = 0
        for start in range(0, n, limit):
            end = min(start + limit, n)
            block = ids[start:end]
            w = weights[start:end]
            top = max(w)
            self._ids = block
            self._weights = array("f", w)
            self._maxweight = top if top > 0 else 0
            self._minlength, self._maxlength = _block_lengths(block, doclengths, dfl)
            sizes = lengths[start:end]
            size = sum(sizes)
            joined = values[at : at + size]
            if end < n and 0 not in sizes:  # a full block, more to come: written now
                self._values = []
                self._packed = (sizes, joined)
                self._write_block()
            else:
                self._values = _split(sizes, joined)
                if end < n:
                    self._write_block()
            at += size

    def _write_block(self, last: bool = False) -> None:
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = self._ids
        given: tuple[array, bytes] | None = getattr(self, "_packed", None)
        self._packed = None
        data = encode_block(
            ids, self._weights, self._values, self._format.fixed_value_size(), given
        )
        comp = self._compression if len(data) >= COMPRESSION_MIN_SIZE else 0
        if comp:
            packed = zlib.compress(data, comp)
            if len(packed) < len(data):
                data = packed
            else:
                comp = 0
        info = (
            len(ids),
            ids[-1],
            self._maxweight,
            comp,
            length_to_byte(self._minlength),
            length_to_byte(self._maxlength),
        )
        infobytes = dumps(info, 2)  # the block header, as W3's matcher reads it
        size = len(infobytes) + len(data)
        self._postfile.write_int(-size if last else size)  # negative: the term's last block
        self._postfile.write(infobytes)
        self._postfile.write(data)
        self._blockcount += 1
        self._new_block()


def _block_lengths(block: array, doclengths: bytes | None, dfl) -> tuple[int | None, int]:
    """(shortest, longest) field length of a block's documents, as add_posting keeps them:
    documents of length 0 (or none) left out of both, (None, 0) when all are."""
    if doclengths is not None:
        found = bytes(map(doclengths.__getitem__, block))
        top = max(found)
        if not top:
            return None, 0
        least = min(found.replace(b"\0", b""))
        return _LENGTH_OF_BYTE[least], _LENGTH_OF_BYTE[top]
    known = [length for length in map(dfl, block) if length]
    return (min(known), max(known)) if known else (None, 0)


def _split(sizes: array, joined: bytes) -> list[bytes]:
    """The values `joined` holds, each `sizes` long; empty ones left out, as add_posting does."""
    out = []
    at = 0
    for size in sizes:
        if size:
            out.append(joined[at : at + size])
            at += size
    return out


def leaf_postings(leaves, field: str, text: bytes, *, unwrap: bool = True):
    """(segment index, its first document number, the term's matcher) for each segment of
    `leaves` (a searcher's leaf_searchers) that has the term; with `unwrap`, the matcher
    without the reader's deletions filter (the caller drops deleted documents itself)."""
    for i, (sub, offset) in enumerate(leaves):
        reader = sub.reader()
        if (field, text) not in reader:
            continue
        m = reader.postings(field, text)
        if unwrap and isinstance(m, FilterMatcher):
            m = m.child
        yield i, offset, m


def positions_at(leaves, field: str, text: bytes, docnums: list[int]) -> dict[int, list[int]]:
    """docnum -> the positions of `text` in it, for the given (sorted) docnums, by skipping the
    term's matcher in each segment to them."""
    out: dict[int, list[int]] = {}
    bounds = [offset for _, offset in leaves] + [1 << 62]
    for i, offset, m in leaf_postings(leaves, field, text, unwrap=False):
        lo, hi = bisect_left(docnums, offset), bisect_left(docnums, bounds[i + 1])
        for d in docnums[lo:hi]:
            local = d - offset
            if not m.is_active():
                break
            if m.id() < local:
                m.skip_to(local)
            if m.is_active() and m.id() == local:
                out[d] = m.value_as("positions")
    return out


class LeafMatcher(W3LeafMatcher):
    """W3's matcher over blocks that `_PostingsWriter` wrote. A block's values (positions)
    are decoded when asked for: counting and scoring need only its ids and weights."""

    def _read_data(self) -> None:
        data = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        if self._compression:
            data = zlib.decompress(data)
        deltas, weights, at = _ids_and_weights(data, self._blocklength)
        self._data = (deltas, weights, None)
        self._raw = (data, at)

    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        data, at = self._raw
        values = _values(data, at, self._blocklength, self._fixedsize)
        self._data = (self._data[0], self._data[1], values)
        super()._read_values()

    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        self._ids = tuple(accumulate(self._data[0]))

    def skip_to(self, targetid: int) -> None:
        """W3's skip (whole blocks by their last id), then a binary search in the block where
        W3 steps posting by posting: up to 511 steps a skip in blocks of 512, which made an
        And of a word and a small filter walk most of the word's postings."""
        if not self.is_active():
            raise ReadTooFar
        if targetid <= self.id():
            return
        if targetid > self._maxid:
            self._skip_to_block(lambda: targetid > self._maxid)
            if not self.is_active():
                return
            if self._ids is None:
                self._read_ids()
        self._i = bisect_left(self._ids, targetid, self._i)


class PerDocReader(W3PerDocReader):
    """W3's per-document reader whose field-length accessor (what writing a segment's
    postings asks once a posting) reads the field's length column once, one byte a document,
    where W3 reads the file for every posting (5% of an ingest's CPU)."""

    def doc_field_length_reader(self, fieldname, default=0):
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return lambda docnum, _default=default: _default
        data = reader._dbfile.get(reader._basepos, reader._count)
        count, table = len(data), _LENGTH_OF_BYTE

        def get(docnum: int) -> int | None:
            # as W3's: a zero byte (or a document past the column) gives None
            if docnum < count and (b := data[docnum]):
                return table[b]
            return None

        return get

    def length_bytes(self, fieldname) -> bytes:
        """Every document's length byte in the field (0 where it has none)."""
        reader = self._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if reader is None:
            return bytes(self._doccount)
        data = reader._dbfile.get(reader._basepos, min(reader._count, self._doccount))
        return data + bytes(self._doccount - len(data))

    def column_reader(self, fieldname, column):
        if column is STORED_COLUMN:
            if fieldname not in self._colfiles:
                self._colfiles[fieldname] = self._get_column_file(fieldname)
            colfile, offset, length = self._colfiles[fieldname]
            stored = StoredReader.open(colfile, offset, length, self._doccount)
            if stored is not None:
                return stored
        return super().column_reader(fieldname, column)


class StoredReader:
    """The stored-fields column of a segment, one document read at a time.

    W3's reader loads the column's whole offset and length tables when it opens (at 1M turns
    two 2-4 MB arrays, byte-swapped, ~7 ms in every fresh search); a search reads the stored
    fields of ~20 documents. Here each document's offset and length are read from the tables
    on disk when asked for. The bytes are W3's (VarBytesColumn with stored offsets, zlib,
    pickle): a column written without an offset table gives None, and W3's reader is used."""

    def __init__(self, dbfile, span: tuple[int, int], doccount: int, lens, offs) -> None:
        self._dbfile, (self._basepos, self._length), self._doccount = dbfile, span, doccount
        (self._lenstart, self._lensize), (self._offstart, self._offsize) = lens, offs
        self._whole: Any = None

    @classmethod
    def open(cls, dbfile, basepos: int, length: int, doccount: int) -> StoredReader | None:
        lastbyte = basepos + length - 1
        if not doccount or length < 3 or chr(dbfile.get_byte(lastbyte)) != "X":
            return None
        lens_code, offs_code = (
            chr(dbfile.get_byte(lastbyte - 2)),
            chr(dbfile.get_byte(lastbyte - 1)),
        )
        try:
            lensize, offsize = array(lens_code).itemsize, array(offs_code).itemsize
        except ValueError:
            return None
        offstart = (lastbyte - 2) - doccount * offsize
        lenstart = offstart - doccount * lensize
        return cls(dbfile, (basepos, length), doccount, (lenstart, lensize), (offstart, offsize))

    def __len__(self) -> int:
        return self._doccount

    def _entry(self, start: int, size: int, docnum: int) -> int:
        # W3 writes its arrays big-endian (StructFile.write_array)
        return int.from_bytes(self._dbfile.get(start + docnum * size, size), "big")

    def raw(self, docnum: int) -> bytes:
        """The document's bytes as stored (compressed; empty for a document with none)."""
        if not 0 <= docnum < self._doccount:
            raise IndexError(f"document {docnum} of {self._doccount}")
        length = self._entry(self._lenstart, self._lensize, docnum)
        if not length:
            return emptybytes
        offset = self._entry(self._offstart, self._offsize, docnum)
        data = self._dbfile.get(self._basepos + offset, length)
        if len(data) != length:
            raise EOFError(f"the stored fields of document {docnum} are cut short")
        return data

    def __getitem__(self, docnum: int) -> Any:
        data = self.raw(docnum)
        return loads(zlib.decompress(data)) if data else None

    def __iter__(self):
        """Every document in turn, through W3's tables (read once, for a pass over all)."""
        if self._whole is None:
            self._whole = VarBytesColumn.Reader(
                self._dbfile, self._basepos, self._length, self._doccount
            )
        for data in self._whole:  # W3's own pass would decompress an empty document
            yield loads(zlib.decompress(data)) if data else None

    def load(self) -> list[Any]:
        return list(self)


class NrcCodec(W3Codec):
    """W3Codec whose posting blocks are compact arrays (term vectors, which nrc does not
    use, stay as W3 writes them: W3's per-document reader opens them itself)."""

    def postings_writer(self, dbfile, byteids=False):
        if byteids:
            return super().postings_writer(dbfile, byteids=byteids)
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=False,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def per_document_reader(self, storage, segment):
        return PerDocReader(storage, segment)

    def field_writer(self, storage, segment):
        from nrc_search.store.pool import FieldWriter

        return FieldWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return LeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


_ONE_POSITION = [b"B" + bytes((p,)) for p in range(256)]


class CompactPositions(Positions):
    """Whoosh's `Positions`, with each posting's positions as a `_narrow` array of deltas
    (2 bytes for one position below 256, where Positions pickles 13)."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any):
        """Whoosh's (term, frequency, weight, encoded positions) for each term of `value`;
        from nrc's text analyzer's `term_positions` when it has one (no Token objects)."""
        positions_of = getattr(analyzer, "term_positions", None)
        if positions_of is None or not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        fb = self.field_boost
        encode = self.encode
        for word, poslist in positions_of(value).items():
            yield word, len(poslist), len(poslist) * fb, encode(poslist)

    def postings(self, value: str, analyzer: Any) -> list[tuple[bytes, int, float, bytes]] | None:
        """What the field's `index` gives for `value` (term bytes, not text), as one list
        (schema.FastText); None when the analyzer has no `term_positions`."""
        positions_of = getattr(analyzer, "term_positions", None)
        if positions_of is None:
            return None
        fb = self.field_boost
        encode = self.encode
        return [
            (word.encode("utf-8"), len(poslist), len(poslist) * fb, encode(poslist))
            for word, poslist in positions_of(value).items()
        ]

    def encode(self, poslist: Any) -> bytes:
        if len(poslist) == 1 and poslist[0] < 256:
            return _ONE_POSITION[poslist[0]]  # most postings: a word once in a turn
        return _narrow(_deltas(poslist))

    def decode_positions(self, valuestring: bytes) -> list[int]:
        deltas, _ = _unnarrow(valuestring, 0, (len(valuestring) - 1) // _CODES[chr(valuestring[0])])
        return list(accumulate(deltas))

    def decode_frequency(self, valuestring: bytes) -> int:
        return (len(valuestring) - 1) // _CODES[chr(valuestring[0])]
