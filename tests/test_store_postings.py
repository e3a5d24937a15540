"""The compact posting blocks (nrc_search/store/postings.py): what is written reads back the same."""

from __future__ import annotations

import random
from array import array

import pytest
from whoosh.formats import Positions

from nrc_search.store.postings import (
    CompactPositions,
    block_values_at,
    decode_block,
    encode_block,
)


def _read(ids, weights, values, fixedsize):
    deltas, w, v = decode_block(encode_block(ids, weights, values, fixedsize), len(ids), fixedsize)
    got_ids = []
    at = 0
    for d in deltas:
        at += d
        got_ids.append(at)
    return got_ids, w, v


@pytest.mark.parametrize(
    "ids",
    [[0], [5, 6, 7], [3, 300, 70_000, 5_000_000_000]],
    ids=["one", "close", "far apart"],
)
def test_ids_read_back(ids: list[int]) -> None:
    assert _read(ids, array("f", [1.0] * len(ids)), [], 0)[0] == ids


@pytest.mark.parametrize(
    ("weights", "kind"),
    [
        ([1.0, 1.0, 1.0], type(None)),
        ([2.5, 2.5, 2.5], float),
        ([1.0, 7.0, 300.0], array),
        ([0.5, 1.25, 3.0], array),
    ],
    ids=["all one", "constant", "counts", "fractions"],
)
def test_weights_read_back(weights: list[float], kind: type) -> None:
    _, got, _ = _read([1, 2, 3], array("f", weights), [], 0)
    assert isinstance(got, kind)
    expanded = [1.0] * 3 if got is None else [got] * 3 if isinstance(got, float) else list(got)
    assert expanded == weights


def test_values_read_back() -> None:
    variable = [b"\x01", b"", b"abc" * 100]
    assert _read([1, 2, 3], array("f", [1.0] * 3), variable, None)[2] == tuple(variable)
    fixed = [b"\x00\x00\x00\x02", b"\x00\x00\x01\x00", b"\x00\x00\x00\x07"]
    assert _read([1, 2, 3], array("f", [1.0] * 3), fixed, 4)[2] == b"".join(fixed)
    assert _read([1, 2, 3], array("f", [1.0] * 3), [], 0)[2] is None


@pytest.mark.parametrize("fixedsize", [None, 3])
def test_one_value_read_without_the_others(fixedsize: int | None) -> None:
    from nrc_search.store.postings import _ids_and_weights, block_value

    values = [b"abc", b"def", b"ghi"] if fixedsize else [b"\x01", b"", b"abc" * 100, b"xy"]
    ids = list(range(1, len(values) + 1))
    data = encode_block(ids, array("f", [2.0] * len(ids)), values, fixedsize)
    at = _ids_and_weights(data, len(ids))[2]
    got = [block_value(data, at, len(ids), fixedsize, k) for k in range(len(ids))]
    assert got == values


@pytest.mark.parametrize(
    "positions", [[0], [3, 4, 9], [2, 400, 401, 90_000]], ids=["first word", "near", "far"]
)
def test_positions_as_whoosh_reads_them(positions: list[int]) -> None:
    fmt = CompactPositions()
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)
    assert len(value) < len(Positions().encode(positions))
    assert fmt.decode_positions(fmt.combine([fmt.encode([1, 8]), value])) == sorted(
        {1, 8, *positions}
    )


def test_skip_to_lands_where_whoosh_would() -> None:
    from whoosh.fields import TEXT, Schema
    from whoosh.filedb.filestore import RamStorage
    from whoosh.writing import SegmentWriter

    from nrc_search.store.postings import LeafMatcher, NrcCodec

    ix = RamStorage().create_index(Schema(t=TEXT(phrase=False)))
    writer = SegmentWriter(ix, codec=NrcCodec(blocklimit=8))
    for n in range(200):
        writer.add_document(t="alpha beta" if n % 3 == 0 else "beta")
    writer.commit()
    wanted = [n for n in range(200) if n % 3 == 0]
    with ix.reader() as reader:
        for target in range(-1, 202, 1):
            m = reader.postings("t", b"alpha")
            assert isinstance(m, LeafMatcher)
            m.skip_to(7)  # from inside the list, as a leapfrogging And does
            m.skip_to(target)
            expected = [n for n in wanted if n >= max(target, 9)]
            assert (m.id() if m.is_active() else None) == (expected[0] if expected else None)
            got = []
            while m.is_active():
                got.append(m.id())
                m.next()
            assert got == expected


def _stored_column(tmp_path, docs: list[dict | None]):
    """A stored-fields column as W3 writes it (with its offset table past 2**15 documents)."""
    from whoosh.codec.whoosh3 import STORED_COLUMN
    from whoosh.filedb.filestore import FileStorage

    storage = FileStorage(str(tmp_path))
    out = storage.create_file("stored.col")
    writer = STORED_COLUMN.writer(out)
    for i, doc in enumerate(docs):
        if doc is not None:
            writer.add(i, doc)
    writer.finish(len(docs))
    length = out.tell()
    out.close()
    return storage.open_file("stored.col"), length


def test_stored_fields_read_one_document_at_a_time(tmp_path) -> None:
    from whoosh.codec.whoosh3 import STORED_COLUMN

    from nrc_search.store.postings import StoredReader

    docs: list[dict | None] = [{"text": f"turn {i}", "n": i} for i in range(40_000)]
    docs[7] = None  # a document with no stored fields
    docs[-1] = {"registry": "x" * 200_000}
    dbfile, length = _stored_column(tmp_path, docs)
    lazy = StoredReader.open(dbfile, 0, length, len(docs))
    whole = STORED_COLUMN.reader(dbfile, 0, length, len(docs))
    assert lazy is not None
    for i in (0, 1, 7, 8, 12_345, 39_998, 39_999):
        assert lazy[i] == whole[i] == docs[i]
    assert lazy.raw(7) == b"" and len(lazy.raw(39_999)) < 10_000  # compressed, not decoded
    assert list(lazy) == docs  # (W3's own pass fails on the empty document)
    with pytest.raises(IndexError):
        lazy[40_000]


def test_a_short_stored_column_is_left_to_whoosh(tmp_path) -> None:
    from nrc_search.store.postings import StoredReader

    dbfile, length = _stored_column(tmp_path, [{"text": "one"}, {"text": "two"}])
    assert StoredReader.open(dbfile, 0, length, 2) is None  # no offset table: W3's reader


def test_a_few_values_of_a_block_are_the_ones_the_whole_block_decodes() -> None:
    # the warm phrase bonus reads a few postings' positions of a block (bulk.positions)
    rng = random.Random(3)
    for _ in range(300):
        count = rng.randint(1, 512)
        ids = sorted(rng.sample(range(10**6), count))
        weights = rng.choice(
            [
                [1.0] * count,  # all ones
                [2.5] * count,  # all equal
                [float(rng.randint(1, 300)) for _ in range(count)],  # counts
                [rng.random() * 3 for _ in range(count)],  # floats
            ]
        )
        values = [bytes(rng.randrange(256) for _ in range(rng.randint(1, 5))) for _ in range(count)]
        data = encode_block(ids, weights, values, None)
        ks = sorted(rng.sample(range(count), min(count, 5)))
        whole = decode_block(data, count, None)[2]
        assert block_values_at(data, count, ks) == [whole[k] for k in ks] == [values[k] for k in ks]
