"""The bulk path (nrc_search/bulk.py) and its numpy-free twin (nrc_search/lite.py) answer
exactly as Whoosh's matchers do.

Every judged query (tests/relevance/queries.json), plus queries that use each operator, is run
over the relevance pool forced through the plain path, through bulk and through lite. A user
must not be able to tell which one answered: the same hits in the same order, the same
scores, totals, partial matches and what each partial match is missing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nrc_search import execute
from nrc_search.model import SearchRequest
from nrc_search.search import search
from tests.test_relevance import CASES, relevance

OPERATORS = [
    "nato -russia",
    "nato NOT russia",
    "+missile defence",
    '"missile defence"',
    '"united nations security council"',
    'nato -"strategic concept"',
    "sector*",
    "defen?e",
    "kadhafi~1",
    "nato OR russia",
    "(nato OR russia) AND cooperation",
    "no-fly zone Libya",
    "peace",
    "security council",
    '"international community"',  # two common words: the pair's list and its counts
    '"united nations"',
    "united nations",  # the phrase bonus of two common words
    '"human rights" -"united nations"',
]


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return relevance.build_index(tmp_path_factory.mktemp("bulk") / "index")


def _run(index: Path, req: SearchRequest, mode: str, monkeypatch) -> dict:
    monkeypatch.setattr(execute, "FORCE", mode)
    res = search(index, req)
    return {
        "total": res.total,
        "partial": res.partial,
        "hits": [(h.turn_id, round(h.score, 6), h.missing) for h in res.hits],
    }


QUERIES = [c["query"] for c in CASES] + OPERATORS


@pytest.mark.parametrize("query", QUERIES)
def test_bulk_and_plain_paths_give_the_same_answer(pool: Path, query: str, monkeypatch) -> None:
    for req in (
        SearchRequest(query, limit=10),
        SearchRequest(query, limit=3, since="2010", until="2011-06"),
        SearchRequest(query, limit=4, since="2011-03-15"),  # a part of a year, then whole ones
        SearchRequest(query, limit=5, speakers=("Lavrov", "Rasmussen")),
        SearchRequest(query, all=True),
    ):
        plain = _run(pool, req, "plain", monkeypatch)
        for mode in ("bulk", "lite"):
            fast = _run(pool, req, mode, monkeypatch)
            assert fast == plain, json.dumps({"query": query, "plain": plain, mode: fast})


def test_the_bulk_path_really_answers(pool: Path, monkeypatch) -> None:
    """The comparison above is not plain against plain: bulk evaluates these queries itself."""
    from nrc_search import bulk

    calls = []
    real = bulk.evaluate
    monkeypatch.setattr(bulk, "evaluate", lambda post, q: calls.append(q) or real(post, q))
    _run(pool, SearchRequest('"missile defence" cooperation', limit=5), "bulk", monkeypatch)
    assert calls


@pytest.fixture(scope="module")
def phrases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Meetings whose turns say two-common-word phrases a varying number of times, in turns
    of varying length, some with only one of the words."""
    import random

    rng = random.Random(11)
    folder = tmp_path_factory.mktemp("phrases")
    filler = [
        "the",
        "delegation",
        "noted",
        "that",
        "progress",
        "on",
        "the",
        "agenda",
        "item",
        "was",
        "slow",
    ]
    said = ["international community", "united nations", "human rights", "security council"]
    for m in range(6):
        lines = [f"UNITED NATIONS GENERAL ASSEMBLY, meeting {m + 1}, 12 March 201{m}", ""]
        for t in range(40):
            words = [rng.choice(filler) for _ in range(rng.randint(3, 60))]
            for _ in range(rng.randint(0, 3)):
                phrase = rng.choice(said)
                words.insert(
                    rng.randint(0, len(words)), phrase if rng.random() < 0.8 else phrase.split()[0]
                )
            lines += [f"Mr. Speaker{t % 7} (Country{t % 5}): " + " ".join(words) + ".", ""]
        (folder / f"ga{m}.txt").write_text("\n".join(lines), encoding="utf-8")
    return relevance.build_index(tmp_path_factory.mktemp("phrases-ix") / "index", [folder])


@pytest.mark.parametrize("mode", ["bulk", "lite"])
def test_a_phrase_of_two_common_words_is_scored_from_its_pair(
    phrases: Path, mode: str, monkeypatch
):
    """`"united nations"` reads the pair's postings and their counts, not both words' lists,
    and gives the plain path's hits, scores and totals."""
    from nrc_search import bulk, lite

    module = bulk if mode == "bulk" else lite
    counted = []
    real = module.Postings.counts
    monkeypatch.setattr(
        module.Postings, "counts", lambda self, f, t: counted.append(t) or real(self, f, t)
    )
    for query in (
        '"united nations"',
        '"international community"',
        "human rights",
        '"security council" -"human rights"',
    ):
        for req in (SearchRequest(query, limit=10), SearchRequest(query, limit=4, since="2013")):
            plain = _run(phrases, req, "plain", monkeypatch)
            assert plain["total"] > 3
            assert _run(phrases, req, mode, monkeypatch) == plain, (mode, query)
    assert b"united nations" in counted and b"international community" in counted


def test_the_lite_path_really_answers(pool: Path, monkeypatch) -> None:
    """Nor plain against plain for lite, and lite does without numpy."""
    import sys

    from nrc_search import lite

    calls = []
    real = lite.evaluate
    monkeypatch.setattr(lite, "evaluate", lambda post, q: calls.append(q) or real(post, q))
    monkeypatch.setitem(sys.modules, "numpy", None)  # an import of numpy would fail
    res = _run(
        pool,
        SearchRequest('"missile defence" cooperation', limit=5, since="2010"),
        "lite",
        monkeypatch,
    )
    assert calls and res["total"] > 0


def test_a_date_filter_beside_words_is_read_from_the_day_column(pool: Path, monkeypatch) -> None:
    """lite checks the words' documents' days instead of reading the years' postings, and
    answers as the plain path does, for every shape of date filter search.date_filter makes."""
    from nrc_search import lite

    used = []
    real = lite.Dated.kept
    monkeypatch.setattr(lite.Dated, "kept", lambda self, ids: used.append(ids) or real(self, ids))
    for since, until in [
        ("2011", "2011"),  # one whole year: the year's term
        ("2011-06", "2011-06"),  # a month: day terms
        ("2009-11-20", "2011-02"),  # the end of one year, a whole year, the start of another
        (None, "2010"),  # open below
        ("2011-03-15", None),  # open above
        ("1800", "1801"),  # nothing then
    ]:
        for query in ("nato", "missile defence", '"missile defence"', "nato -russia"):
            req = SearchRequest(query, limit=4, since=since, until=until)
            plain = _run(pool, req, "plain", monkeypatch)
            assert _run(pool, req, "lite", monkeypatch) == plain, (query, since, until)
    assert used
    totals = [
        _run(pool, SearchRequest("nato", since=s, until=u), "lite", monkeypatch)["total"]
        for s, u in [("2011", "2011"), (None, "2010"), (None, None)]
    ]
    assert 0 < totals[0] < totals[2] and 0 < totals[1] < totals[2], totals  # real filtering


@pytest.mark.parametrize("query", ["nato", "missile defence", "nato -russia", '"missile defence"'])
def test_counting_an_and_by_leapfrogging_gives_the_same_totals(pool: Path, query: str, monkeypatch):
    """The plain path counts an And with a short side (a word within a speaker's turns at a
    million turns) step by step instead of listing both sides; here every And is counted so."""
    used = []
    monkeypatch.setattr(execute, "_short_side", lambda s, q: used.append(q) or True)
    for req in (
        SearchRequest(query, limit=5, speakers=("Lavrov",)),
        SearchRequest(query, limit=5, since="2010", until="2011-06"),
    ):
        plain = _run(pool, req, "plain", monkeypatch)
        assert plain == _run(pool, req, "bulk", monkeypatch), query
        assert plain == _run(pool, req, "lite", monkeypatch), query
    assert used


REALDOCS = relevance.find_realdocs(None)


@pytest.fixture(scope="module")
def realdocs_pool(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert REALDOCS is not None
    corpus = [relevance.ROOT / "seeds", REALDOCS / "docs"]
    return relevance.build_index(tmp_path_factory.mktemp("bulk-real") / "index", corpus)


@pytest.mark.skipif(REALDOCS is None, reason="../shared/realdocs is not on this machine")
def test_realdocs_judged_queries_same_both_ways(realdocs_pool: Path, monkeypatch) -> None:
    assert REALDOCS is not None
    queries = json.loads((REALDOCS / "gold" / "relevance.json").read_text(encoding="utf-8"))
    for q in queries["queries"]:
        req = relevance.realdocs_request(q)
        plain = _run(realdocs_pool, req, "plain", monkeypatch)
        for mode in ("bulk", "lite"):
            assert _run(realdocs_pool, req, mode, monkeypatch) == plain, (mode, q["query"])


def test_speaker_lookup_written_at_ingest_resolves_as_the_registry_does(pool: Path, monkeypatch):
    """--speaker reads a lookup the ingest wrote; it must pick the same turns as rebuilding
    the speaker registry would, for every speaker and for surnames alone."""
    from nrc_search import catalog, store
    from nrc_search.errors import SpeakerError

    def keys(s, name):
        try:
            return sorted(catalog.resolve_speakers(s, (name,)))
        except SpeakerError as e:
            return str(e)

    speakers = catalog.list_speakers(pool)
    names = [sp.name for sp in speakers] + [sp.name.split()[-1] for sp in speakers] + ["Nobody"]
    handle = store.open_index(pool)
    with handle.ix.searcher() as s:
        assert store.read_lookup(s)
        assert "lookup" not in store.read_registry(s)  # a record of its own, decoded alone
        fast = {n: keys(s, n) for n in names}
    monkeypatch.setattr(store, "read_lookup", lambda s: None)
    with handle.ix.searcher() as s:
        slow = {n: keys(s, n) for n in names}
    assert fast == slow
    assert any(isinstance(v, list) and v for v in fast.values())


def test_an_index_with_the_lookup_inside_its_registry_still_resolves_speakers() -> None:
    """Indexes written before the lookup had a record of its own kept it in the registry's."""
    import json

    from nrc_search import store

    lookup = {"names": {}, "words": {}, "resolved": {"lavrov": "sergey lavrov"}}
    records = {r["key"]: r for r in store.registry_records({"version": 1, "lookup": lookup})}
    assert json.loads(records[store.LOOKUP_ID]["data"]) == lookup

    class Old:  # a searcher over an index with the older registry record only
        def document(self, key):
            data = {"version": 1, "lookup": lookup}
            return {"data": json.dumps(data)} if key == store.REGISTRY_ID else None

    assert store.read_lookup(Old()) == lookup
