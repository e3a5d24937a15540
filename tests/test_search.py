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


def test_narration_is_searched_and_speech_only_leaves_it_out(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "story.txt").write_text(NEWS, encoding="utf-8")
    index = tmp_path / "ix"
    ingest(index, [folder], jobs=1)
    for kw in ({}, {"since": "2012"}):
        hits = search(index, SearchRequest("treaty", all=True, **kw)).hits
        assert {h.attribution for h in hits} == {"quoted", "narration"}, kw
    for kw in ({"speech_only": True}, {"attributions": ("quoted", "reported")}):
        hits = search(index, SearchRequest("treaty", all=True, **kw)).hits
        assert hits and {h.attribution for h in hits} <= {"quoted", "reported"}, kw
    only = search(index, SearchRequest("treaty", all=True, kinds=("narration",))).hits
    assert only and {h.kind for h in only} == {"narration"}


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


# --- issue 11: what the analyst means --------------------------------------------------------

BRIEFING = """Background Briefing on the NATO Ministerial

Brussels, 3 December 2013

MODERATOR: Good morning. Our briefer today is a senior official; this is on background.

SENIOR STATE DEPARTMENT OFFICIAL: Thank you. The ministers will discuss Afghanistan and the \
legally binding guarantees Russia wants on missile defence.

QUESTION: Will the ministers talk about the no-fly zone?

SENIOR STATE DEPARTMENT OFFICIAL: The no-fly zone is not on the agenda. C\u2019est la vie, as \
our French colleagues say.
"""
GATES = """Gates on Libya

Washington, 10 March 2011

SECRETARY GATES: Planning for a no-fly zone continues under SACEUR's auspices.

Q: Will there be transit through Turkey?

SECRETARY GATES: Transit rights are a matter for our allies. The transition in the ministry is \
another matter.
"""
STORY = """Russian envoy speaks on civilians

MOSCOW, May 3, 2012 \u2014 The Security Council met on Friday about Kaliningrad and the \
protection of civilians.

"We consistently support the protection of civilians," Russian envoy Vitaly Churkin said.

The Council will meet again next week to discuss the treaty.
"""


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for name, text in {"briefing.txt": BRIEFING, "gates.txt": GATES, "story.txt": STORY}.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = folder / "index"
    assert ingest(index, [folder], jobs=1).failed == 0
    return index


def hits_of(index: Path, query: str, **kw):
    return search(index, SearchRequest(query, limit=kw.pop("limit", 20), **kw)).hits


def test_the_outlets_own_words_are_found_and_labelled(archive: Path) -> None:
    hits = hits_of(archive, "Kaliningrad")
    assert [h.kind for h in hits] == ["narration"]
    assert hits[0].shown == "News story (narration)"
    assert hits_of(archive, "Kaliningrad", speech_only=True) == ()


def test_narration_ranks_below_speech_of_equal_relevance(archive: Path) -> None:
    kinds = [h.kind for h in hits_of(archive, "protection civilians")]
    assert kinds == ["quote", "narration"]


def test_partial_matches_fill_the_page_and_say_what_they_miss(archive: Path) -> None:
    results = search(archive, SearchRequest("no-fly zone agenda"))
    assert results.total == 1 and results.partial == 2
    assert [h.missing for h in results.hits] == [(), ("agenda",), ("agenda",)]
    every = search(archive, SearchRequest("no-fly zone agenda", all=True))
    assert [h.missing for h in every.hits] == [(), ("agenda",), ("agenda",)]
    strict = search(archive, SearchRequest("no-fly zone agenda", all_words=True))
    assert strict.total == 1 and strict.partial == 0 and len(strict.hits) == 1


def test_a_partial_match_must_hold_the_rare_words(archive: Path) -> None:
    # "Kaliningrad" is rare, "council" is not: a turn with only "council" is no answer
    hits = hits_of(archive, "Kaliningrad council")
    assert [h.turn_id for h in hits] == ["story:1"]


def test_the_document_title_is_context_ranked_below_the_turn_saying_it(archive: Path) -> None:
    hits = hits_of(archive, "libya")
    assert hits and {h.doc_id for h in hits} == {"gates"}
    full = hits_of(archive, "no-fly zone libya")
    assert [h.missing for h in full][:1] == [()] and full[0].doc_id == "gates"


def test_a_word_naming_the_speaker_matches_their_turns(archive: Path) -> None:
    hits = hits_of(archive, "Churkin consistently")
    assert hits[0].speaker == "Vitaly Churkin" and hits[0].missing == ()


def test_exact_forms_rank_above_related_ones(archive: Path) -> None:
    hits = hits_of(archive, "legal guarantees")
    assert [h.missing for h in hits] == [()]  # "legally guarantees" is both words
    transit = hits_of(archive, "transit")
    assert all("transit" in h.text.lower().replace("transition", "") for h in transit)
    assert len(hits_of(archive, "transition")) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nato -afghanistan", ["Good morning.", "The no-fly zone", "Will the ministers"]),
        ("ministers NOT afghanistan", ["Will the ministers talk about the no-fly zone?"]),
        ("+agenda no-fly zone", ["The no-fly zone is not on the agenda."]),
        ('"no-fly zone" -agenda -planning', ["Will the ministers talk about the no-fly zone?"]),
        ("kaliningrad OR turkey", ["MOSCOW, May 3, 2012", "Will there be transit through Turkey?"]),
        ("ministers AND (agenda OR afghanistan)", ["Thank you. The ministers"]),
        ('"ministers discuss"~2', ["Thank you. The ministers will discuss"]),
        ("kalin*", ["MOSCOW, May 3, 2012"]),
        ("kaliningrd~", ["MOSCOW, May 3, 2012"]),
        ("speaker:churkin", ['"We consistently support the protection']),
        ("attribution:quoted", ['"We consistently support the protection']),
        ("date:2011 transit", ["Transit rights are", "Will there be transit through Turkey?"]),
        ("date:[2012-05 to 2012-06] treaty", ["The Council will meet again next week"]),
        ("doc:story treaty", ["The Council will meet again next week"]),
    ],
)
def test_every_operator_in_the_help_applies(archive: Path, query: str, expected: list) -> None:
    found = sorted(h.text for h in hits_of(archive, query, all_words=True))
    assert len(found) == len(expected), found
    for text, start in zip(found, expected, strict=True):
        assert text.startswith(start), (query, found)


def test_hits_say_who_and_what_they_are(archive: Path) -> None:
    hits = {h.n: h for h in hits_of(archive, "doc:briefing")}
    assert hits[1].speaker == "Moderator" and hits[1].label == "MODERATOR"
    assert hits[2].speaker == "Senior State Department Official" and hits[2].kind == "statement"
    assert hits[3].is_question and hits[3].kind == "question" and hits[3].shown == "Question"
    assert hits[4].kind == "answer"


@pytest.mark.parametrize(
    ("kw", "turns"),
    [
        ({"speakers": ("moderator",)}, ["briefing:1"]),
        ({"speakers": ("senior state department official",)}, ["briefing:2", "briefing:4"]),
        ({"speakers": ("question",)}, ["briefing:3", "gates:2"]),
        ({"roles": ("secretary",)}, ["gates:1", "gates:3"]),
        ({"kinds": ("answer",)}, ["briefing:4", "gates:3"]),
        ({"kinds": ("question", "quote")}, ["briefing:3", "gates:2", "story:2"]),
    ],
)
def test_speaker_role_and_kind_filters(archive: Path, kw: dict, turns: list[str]) -> None:
    found = sorted(h.turn_id for h in hits_of(archive, "NOT zzzz", all=True, **kw))
    assert found == turns


def test_an_unknown_role_or_kind_is_an_error(archive: Path) -> None:
    from nrc_search.errors import NrcError

    with pytest.raises(NrcError, match="No turn has the role"):
        hits_of(archive, "zone", roles=("admiral",))
    with pytest.raises(NrcError, match="--kind 'speech': use one of"):
        hits_of(archive, "zone", kinds=("speech",))


def test_apostrophes_are_one_character(archive: Path) -> None:
    for query in ("c'est", "c\u2019est", "c\u02bcest", "est"):
        assert [h.turn_id for h in hits_of(archive, query)] == ["briefing:4"], query
    assert [h.turn_id for h in hits_of(archive, "L\u2019agenda")] == ["briefing:4"]


def test_a_date_filter_outside_the_index_says_so(archive: Path) -> None:
    results = search(archive, SearchRequest("zone", since="9999-12-31"))
    assert results.hits == () and results.total == 0
    assert results.notes == (
        "No indexed document is dated 9999-12-31 or later: the newest is dated 2013-12-03.",
    )
    early = search(archive, SearchRequest("zone", until="1990"))
    assert early.hits == () and "the oldest is dated 2011-03-10" in early.notes[0]


def test_an_unknown_doc_id_is_an_error_naming_close_ids(archive: Path) -> None:
    from nrc_search.errors import NrcError

    with pytest.raises(NrcError, match=r"No document 'brefing' in the index\. Close ids: briefing"):
        hits_of(archive, "zone", docs=("brefing",))


def _cli(*args: str):
    from click.testing import CliRunner

    from nrc_search.cli import main

    return CliRunner().invoke(main, ["search", *args], catch_exceptions=False)


def test_cli_json_and_csv_carry_the_new_fields(archive: Path) -> None:
    import csv
    import io
    import json

    out = _cli("no-fly zone agenda", "--index", str(archive), "--json")
    assert out.exit_code == 0
    data = json.loads(out.stdout)
    assert data["total"] == 1 and data["partial"] == 2
    first = data["hits"][0]
    assert {k: first[k] for k in ("speaker", "label", "question", "kind", "missing")} == {
        "speaker": "Senior State Department Official",
        "label": "SENIOR STATE DEPARTMENT OFFICIAL",
        "question": False,
        "kind": "answer",
        "missing": [],
    }
    assert [h["missing"] for h in data["hits"][1:]] == [["agenda"], ["agenda"]]
    rows = list(
        csv.DictReader(io.StringIO(_cli("zone", "--index", str(archive), "-f", "csv").stdout))
    )
    assert {"kind", "label", "question", "questioner", "outlet", "missing"} <= set(rows[0])


def test_cli_table_shows_question_role_and_missing(archive: Path) -> None:
    out = _cli("no-fly zone agenda", "--index", str(archive))
    assert "1 matching turn for no-fly zone agenda" in out.stdout
    assert "then 2 with some of the words" in out.stdout
    assert "Senior State Department Official [answer]" in out.stdout
    assert "(unattributed)" not in out.stdout
    assert "Question  2013-12-03" in out.stdout
    assert "missing: agenda" in out.stdout


def test_cli_since_after_the_newest_document_is_an_empty_result(archive: Path) -> None:
    out = _cli("zone", "--index", str(archive), "--since", "9999-12-31")
    assert out.exit_code == 1
    assert "the newest is dated 2013-12-03" in out.stderr
    assert "No turns match 'zone'" in out.stderr


def test_narration_is_labelled_with_the_agency_of_its_dateline(tmp_path: Path) -> None:
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "wire.txt").write_text(
        "Russia and NATO agree on missile talks\n\n"
        "BRUSSELS, July 6 (Itar-Tass) \u2014 Russia and NATO can reach agreement on missile "
        "defence by the spring summit, officials said on Wednesday.\n\n"
        '"We are ready to work together," Russian envoy Dmitry Rogozin said.\n',
        encoding="utf-8",
    )
    ingest(tmp_path / "ix", [folder], jobs=1)
    hits = hits_of(tmp_path / "ix", "spring summit")
    assert [(h.kind, h.outlet, h.shown) for h in hits] == [
        ("narration", "Itar-Tass", "Itar-Tass (news story)")
    ]


def test_a_used_up_multi_segment_matcher_has_no_quality_left() -> None:
    # Whoosh took max() of an empty list here: `theatre missile defence` over two segments
    from whoosh.matching.mcore import NullMatcher
    from whoosh.matching.wrappers import MultiMatcher

    import nrc_search.store  # noqa: F401  (applies the fixes)

    done = MultiMatcher([NullMatcher()], [0])
    done.current = 1
    assert done.max_quality() == 0.0
