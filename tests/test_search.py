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


def test_a_negative_only_query_returns_turns(small_index: Path) -> None:
    results = search(small_index, SearchRequest("NOT russia", all=True))
    assert [h.text for h in results.hits] == ["NATO alone will decide."]


def test_doc_field_returns_that_documents_turns(small_index: Path) -> None:
    results = search(small_index, SearchRequest("doc:b", all=True))
    assert results.total == 1
    assert results.hits[0].speaker


NEWS = (
    "Lavrov speaks on the treaty\n\nMOSCOW, May 3, 2012 — The treaty was discussed in Moscow.\n\n"
    '"The treaty must be respected," Russian Foreign Minister Sergei Lavrov said.\n\n'
    "The talks on the treaty lasted three hours, officials in the ministry added.\n"
)


def test_narration_stays_out_with_filters_too(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(NEWS, encoding="utf-8")
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    for kw in ({}, {"since": "2012"}, {"speakers": ("lavrov",)}):
        hits = search(index, SearchRequest("treaty", all=True, **kw)).hits
        assert hits and {h.attribution for h in hits} <= {"quoted", "reported"}, kw
    everything = search(index, SearchRequest("treaty", all=True, narration=True, since="2012")).hits
    assert "narration" in {h.attribution for h in everything}


def test_a_surname_seen_before_the_full_name_is_one_speaker(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a_briefing.txt").write_text(
        "Briefing on arms control\n\n3 May 2002\n\nMR. IVANOV: The treaty on strategic arms matters.\n",
        encoding="utf-8",
    )
    (folder / "b_press.txt").write_text(
        "Press conference by Russian Defence Minister Sergei Ivanov\n\n4 May 2002\n\n"
        "IVANOV: We will ratify the treaty this year.\n",
        encoding="utf-8",
    )
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    for name in ("Sergei Ivanov", "ivanov"):
        hits = search(index, SearchRequest("treaty", speakers=(name,), all=True)).hits
        assert len(hits) == 2, name
        assert {h.speaker for h in hits} == {"Sergei Ivanov"}


def test_exact_phrase_ranks_above_scattered_words(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Briefing\n\n1 May 2012\n\nMR. SMITH: The defence of Europe needs every missile we have.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Briefing\n\n2 May 2012\n\nMR. BROWN: Europe needs missile defence for all its cities.\n",
        encoding="utf-8",
    )
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    hits = search(index, SearchRequest("missile defence")).hits
    assert hits[0].speaker.endswith("Brown")
    assert len(hits) == 2


def test_one_statement_on_two_sites_is_one_hit(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    quote = '"We will never accept a divided Europe," Russian Foreign Minister Sergei Lavrov said.'
    for site in ("wire_a", "wire_b"):
        (folder / f"{site}.txt").write_text(
            f"Lavrov on Europe\n\nMOSCOW, May 3, 2012\n\n{quote}\n", encoding="utf-8"
        )
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    results = search(index, SearchRequest("divided Europe"))
    assert results.total == 2
    assert len(results.hits) == 1
    assert len(results.hits[0].duplicates) == 1


@pytest.mark.parametrize(
    ("lo", "hi", "inside", "outside"),
    [
        (
            "2000-01-01",
            "2009-12-31",
            ["2000-01-01", "2005-06-07", "2009-12-31"],
            ["1999-12-31", "2010-01-01"],
        ),
        (
            "2000-03-15",
            "2009-02-10",
            ["2000-03-15", "2004-01-01", "2009-02-10"],
            ["2000-03-14", "2009-02-11"],
        ),
        ("2011-07-01", "2011-07-31", ["2011-07-01", "2011-07-31"], ["2011-06-30", "2011-08-01"]),
        ("2011-07-01", None, ["2011-07-01", "2024-01-01"], ["2011-06-30", "1999-05-05"]),
        (None, "2001-12-18", ["1946-01-01", "2001-12-18"], ["2001-12-19", "2011-01-01"]),
        ("2001-01-01", None, ["2001-01-01", "2024-12-31"], ["2000-12-31"]),
    ],
)
def test_date_filter_is_inclusive_at_both_ends(tmp_path: Path, lo, hi, inside, outside) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for day in inside + outside:
        (folder / f"{day}.txt").write_text(
            f"Briefing\n\n{day}\n\nMR. SMITH: The treaty matters on {day}.\n", encoding="utf-8"
        )
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    since, until = lo, hi
    hits = search(index, SearchRequest("treaty", since=since, until=until, all=True)).hits
    assert sorted(h.date for h in hits) == sorted(inside)
