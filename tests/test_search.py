"""Search behaviour through the library: NOT, filters, variants, ranking, duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from nrc_search.indexer import ingest
from nrc_search.model import SearchRequest
from nrc_search.search import search

DOCS = {
    "a.txt": "Briefing\n\n1 May 2012\n\nMR. SMITH: NATO and Russia discussed the treaty.\n\nMR. JONES: NATO alone will decide.\n",
    "b.txt": "Briefing\n\n2 May 2012\n\nMR. BROWN: Russia wants the treaty. NATO agrees on missile defence.\n",
}


@pytest.fixture
def small_index(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = tmp_path / "index"
    assert ingest(index, [folder], jobs=1).failed == 0
    return index


def texts(index: Path, query: str, **kw) -> list[str]:
    return [h.text for h in search(index, SearchRequest(query, limit=50, **kw)).hits]


def test_not_excludes_every_matching_turn(small_index: Path) -> None:
    found = texts(small_index, "nato NOT russia")
    assert found == ["NATO alone will decide."]


def test_total_counts_what_is_returned(small_index: Path) -> None:
    results = search(small_index, SearchRequest("nato NOT russia", all=True))
    assert results.total == len(results.hits) == 1


def test_defense_finds_defence(small_index: Path) -> None:
    results = search(small_index, SearchRequest("missile defense"))
    assert results.total == 1
    assert results.variants == {"defense": ("defence",)}
    hit = results.hits[0]
    assert [hit.excerpt.text[s:e] for s, e in hit.excerpt.spans] == ["missile", "defence"]
