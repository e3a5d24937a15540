"""The term pool (store/pool.py) and `add_record` write the segment files Whoosh's own
add_document, pool and field writer write, byte for byte: the same terms, postings, blocks,
block statistics, term infos, lengths, stored fields and columns."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from nrc_search import store


def _build(folder: Path, docs: list[str], ours: bool, limitmb: int) -> dict[str, bytes]:
    """The segment's files by extension, written through the term pool or Whoosh's."""
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(store.make_schema(), indexname="g1")
    writer = SegmentWriter(ix, limitmb=limitmb, compound=False, codec=store.codec())
    if ours:
        store.term_pool(writer, limitmb)
    add = store.add_record if ours else lambda w, fields: w.add_document(**fields)
    for i, text in enumerate(docs):
        fields = {
            "doc_id": f"d{i // 50}",
            "r": (f"d{i // 50}", i),
            "text": text,
            "speaker": "Sergey Lavrov" if i % 3 else "Antony Blinken",
            "pairs": "united nations:1:2,human rights:3:1" if i % 2 else "",
            "day": 20100101 + i % 28,
        }
        add(writer, fields)
    if ours and limitmb == 1:
        assert writer.pool.runs  # the runs were really written and merged
    writer.commit()
    files = {}
    for path in folder.iterdir():
        if "." in path.name and path.suffix != ".toc":  # postings, terms, lengths, columns
            files[path.name.split(".", 1)[1]] = path.read_bytes()
    return files


def _docs(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(3000)] + ["united", "nations", "peace", "café", "安全"]
    common = ["peace", "security", "international", "community"]  # lists of many blocks
    return [
        " ".join(
            rng.choice(common if rng.random() < 0.3 else words) for _ in range(rng.randint(0, 80))
        )
        for _ in range(n)
    ]


@pytest.mark.parametrize("limitmb", [1, 64], ids=["spilled runs", "in memory"])
def test_the_term_pool_writes_what_whoosh_writes(tmp_path: Path, limitmb: int) -> None:
    docs = _docs(4000)
    ours = _build(tmp_path / "ours", docs, True, limitmb)
    whoosh = _build(tmp_path / "whoosh", docs, False, limitmb)
    assert ours.keys() == whoosh.keys()
    assert {"pst", "trm", "_stored.col", "_text_len.col", "day.col"} <= ours.keys()
    for ext in ours:
        assert ours[ext] == whoosh[ext], ext


def test_postings_read_back_through_the_term_pool(tmp_path: Path) -> None:
    docs = _docs(1500, seed=3)
    folder = tmp_path / "ix"
    _build(folder, docs, True, 1)
    ix = FileStorage(str(folder)).open_index(indexname="g1")
    with ix.searcher() as s:
        peace = [i for i, d in enumerate(docs) if "peace" in d.split()]
        assert list(s.reader().postings("text", "peace").all_ids()) == peace
