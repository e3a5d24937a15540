"""The chunked posting pool (store/pool.py) writes the index Whoosh's own pool writes."""

from __future__ import annotations

import random
from pathlib import Path

from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from nrc_search import store


def _build(folder: Path, docs: list[str], chunked: bool) -> list:
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(store.make_schema(), indexname="g1")
    writer = SegmentWriter(ix, limitmb=1, compound=False)  # 1 MB: many runs to merge
    if chunked:
        store.chunked_pool(writer, 1)
    for i, text in enumerate(docs):
        writer.add_document(doc_id=f"d{i // 50}", text=text, pairs="united nations,human rights")
    assert writer.pool.runs or not chunked  # the runs were really written and merged
    writer.commit()
    with ix.searcher() as s:
        reader = s.reader()
        out = []
        for field, term in reader.all_terms():
            m = reader.postings(field, term)
            out.append((field, term, list(m.items_as("frequency"))))
        return out


def test_chunked_runs_give_the_same_postings(tmp_path: Path) -> None:
    rng = random.Random(7)
    words = [f"w{i}" for i in range(3000)] + ["united", "nations", "peace", "café", "安全"]
    docs = [" ".join(rng.choice(words) for _ in range(rng.randint(5, 80))) for _ in range(4000)]
    assert _build(tmp_path / "a", docs, chunked=True) == _build(tmp_path / "b", docs, False)
