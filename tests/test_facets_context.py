"""`--facet` month/role/outlet/kind/attribution (duplicates once, time order), `--context` in CSV,
`--with-question`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main

PRESS = "000_d1db97aa885e651d"


def run(index: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--index", str(index)], catch_exceptions=False)


def facets(index: Path, query: str, *names: str) -> dict:
    argv = ["search", query, "--json"] + [a for n in names for a in ("--facet", n)]
    data = json.loads(run(index, *argv).stdout)
    rows = {k: [(r["value"], r["count"]) for r in v] for k, v in data["facets"].items()}
    return {"total": data["total"], "collapsed": data["facets_collapsed"], **rows}


def test_facets_count_duplicates_once_and_say_so(views_index: Path) -> None:
    got = facets(views_index, '"legal guarantees"', "outlet", "year", "month", "kind", "role")
    assert got == {
        "total": 3,  # the matching turns, the AFP copy included
        "collapsed": 1,  # ... which every facet counts once
        "outlet": [("Interfax", 1), ("Reuters", 1)],
        "year": [("2012", 1), ("2013", 1)],
        "month": [("2012-03", 1), ("2013-04", 1)],
        "kind": [("news", 2)],
        "role": [("Foreign Minister", 1), ("Russian Foreign Minister", 1)],
    }
    table = run(views_index, "search", '"legal guarantees"', "--facet", "outlet").stdout
    assert table.endswith("duplicates counted once (1 copy collapsed)\n")


def test_year_and_month_facets_are_chronological(seed_index: Path) -> None:
    got = facets(seed_index, "missile defence", "year", "month", "attribution")
    assert got["year"] == [("2001", 3), ("2011", 20)]  # by time, though 2011 has more
    assert got["month"] == [("2001-12", 3), ("2011-06", 5), ("2011-07", 15)]
    assert got["attribution"] == [("reported", 9), ("verbatim", 9), ("quoted", 5)]


def test_context_goes_into_csv_columns(seed_index: Path) -> None:
    result = run(seed_index, "search", "Serdyukov", "--context", "1", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["turn_id"] for r in rows] == [f"{PRESS}:11"]
    before, after = rows[0]["context_before"], rows[0]["context_after"]
    assert before.startswith("10 Anders Fogh Rasmussen: Hum, well, I have in general terms")
    assert after.startswith("12 Anders Fogh Rasmussen: Right from the outset, we have made clear")
    plain = run(seed_index, "search", "Serdyukov", "--format", "csv").stdout
    assert "context_before" not in plain.splitlines()[0]


def test_with_question_gives_an_answer_its_question(seed_index: Path) -> None:
    result = run(seed_index, "search", "outsource", "--with-question", "--json")
    (hit,) = json.loads(result.stdout)["hits"]
    assert hit["turn_id"] == f"{PRESS}:12"
    q = hit["question"]
    assert (q["turn_id"], q["speaker"], q["role"]) == (
        f"{PRESS}:11",
        "Darius",
        "Baltic News Service",
    )
    assert q["text"].startswith("My name is Darius")
    table = run(seed_index, "search", "outsource", "--with-question").stdout
    assert "    11 Darius: My name is Darius" in table
    csv_out = run(seed_index, "search", "outsource", "--with-question", "-f", "csv").stdout
    assert next(iter(csv.DictReader(io.StringIO(csv_out))))["question"].startswith(
        "11 Darius: My name"
    )


def test_a_question_has_no_question(seed_index: Path) -> None:
    result = run(seed_index, "search", "Serdyukov", "--with-question", "--json")
    assert "question" not in json.loads(result.stdout)["hits"][0]


def test_second_answerer_still_gets_the_question(tmp_path: Path) -> None:
    from nrc_search.indexer import ingest

    fixture = Path(__file__).resolve().parent / "fixtures" / "aus_pm_presser.txt"
    index = tmp_path / "index"
    ingest(index, [fixture], jobs=1)
    turns = json.loads(run(index, "search", "*", "--all", "--with-question", "--json").stdout)
    by_n = {h["n"]: h for h in turns["hits"]}
    flagged = json.loads(
        (fixture.parent / "aus_pm_presser.expected.json").read_text(encoding="utf-8")
    )["turns"]
    asked = [i for i, t in enumerate(flagged, 1) if "question" in (t.get("flags") or ())]
    answers = [n for n in sorted(by_n) if n > asked[0] and n not in asked]
    assert len(answers) >= 4
    for n in answers:  # each answer, the second official's too, has the question before it
        assert by_n[n]["question"]["n"] == max(q for q in asked if q < n)
    assert all("question" not in by_n[n] for n in asked)
