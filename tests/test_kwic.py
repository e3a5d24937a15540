"""`nrc kwic`: one aligned line per match, context on both sides, sortable, exported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.analysis import terms
from nrc_search.cli import main
from nrc_search.matches import tokens

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PRESS = "000_d1db97aa885e651d"


def run(index: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--index", str(index)], catch_exceptions=False)


def test_phrase_lines_are_aligned_on_the_match(seed_index: Path) -> None:
    result = run(seed_index, "kwic", '"sectoral approach"', "--width", "30")
    assert result.exit_code == 0
    assert result.stdout == (
        '3 matches in 3 turns for "sectoral approach"\n'
        "on what they're telling about  sectorial approach  to missile defence? Do Russia"
        "  2011-06-08  Darius  000_d1db97aa885e651d:11\n"
        "e are not ready to accept the  sectorial approach . We have made clear that NATO"
        "  2011-06-08  Anders Fogh Rasmussen  000_d1db97aa885e651d:12\n"
        "a and NATO fail to agree on a  sectoral approach  . Our partners from the Allian"
        "  2011-07-06  Sergei Lavrov  004_fbef40a881d0f922:8\n"
    )


def test_every_match_gets_a_line_not_one_per_turn(seed_index: Path) -> None:
    result = run(seed_index, "kwic", "defence", "--doc", PRESS, "--format", "json")
    data = json.loads(result.stdout)
    assert (data["total"], data["turns"]) == (18, 6)
    per_turn = [ln["turn_id"] for ln in data["lines"]]
    assert per_turn.count(f"{PRESS}:5") > 1
    for ln in data["lines"]:
        assert ln["match"].lower() == "defence"
        assert len(ln["left"]) <= 40 and len(ln["right"]) <= 40


@pytest.mark.parametrize(
    ("sort", "first_lines"),
    [
        ("right", [("6", "?"), ("12", " alliance. Once a co"), ("5", ". And of course, I u")]),
        ("left", [("7", "ach other. They are "), ("5", "d develop a missile "), ("11", "stion about missile ")]),
    ],
)  # fmt: skip
def test_sort_by_context_words(seed_index: Path, sort: str, first_lines) -> None:
    result = run(
        seed_index, "kwic", "defence", "--doc", PRESS, "--sort", sort, "-w", "20", "-f", "json"
    )
    lines = json.loads(result.stdout)["lines"][:3]
    side = "right" if sort == "right" else "left"
    assert [(ln["turn_id"].split(":")[1], ln[side]) for ln in lines] == first_lines


def test_json_line_carries_attribution_and_offsets(seed_index: Path) -> None:
    result = run(seed_index, "kwic", '"sectoral approach"', "--speaker", "lavrov", "-f", "json")
    assert json.loads(result.stdout) == {
        "version": 1,
        "view": "kwic",
        "query": '"sectoral approach"',
        "turns": 1,
        "total": 1,
        "width": 40,
        "sort": "date",
        "lines": [
            {
                "turn_id": "004_fbef40a881d0f922:8",
                "doc_id": "004_fbef40a881d0f922",
                "n": 8,
                "title": "RF, NATO can agree on ABM by spring 2012 summit – Rasmussen.",
                "date": "2011-07-06",
                "speaker": "Sergei Lavrov",
                "role": "Russian Foreign Minister",
                "attribution": "quoted",
                "left": "“Russia and NATO fail to agree on a ",
                "match": "sectoral approach",
                "right": ". Our partners from the Alliance say the",
                "start": 36,
                "end": 53,
                "duplicates": [],
            }
        ],
    }


def test_duplicates_collapse_into_the_first_publication(views_index: Path) -> None:
    result = run(views_index, "kwic", '"legal guarantees"', "-f", "jsonl")
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(ln["turn_id"], ln["duplicates"]) for ln in lines] == [
        ("wire_reuters_2012:2", ["wire_afp_2012:2"]),
        ("wire_interfax_2013:2", []),
    ]


def test_csv_has_left_match_right_columns(seed_index: Path) -> None:
    result = run(seed_index, "kwic", "libya", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 9
    assert [r["turn_id"] for r in rows if r["attribution"] == "narration"] == [
        "003_70ece60cd860c727:5"  # the wire story's own words, found as search finds them
    ]
    assert list(rows[0])[:11] == [
        "turn_id", "doc_id", "n", "title", "date", "speaker", "role", "attribution",
        "left", "match", "right",
    ]  # fmt: skip
    assert {r["match"] for r in rows} == {"Libya"}


def test_limit_and_no_match(seed_index: Path) -> None:
    result = run(seed_index, "kwic", "defence", "--limit", "2")
    assert result.stdout.splitlines()[0] == (
        "57 matches in 30 turns for defence, showing 2 (more with --limit or --all)"
    )
    assert len(result.stdout.splitlines()) == 3
    speech = run(seed_index, "kwic", "defence", "--limit", "2", "--speech-only")
    assert speech.stdout.splitlines()[0] == (
        "52 matches in 26 turns for defence, showing 2 (more with --limit or --all)"
    )
    missing = run(seed_index, "kwic", "zeppelin")
    assert missing.exit_code == 1
    assert "No turns match 'zeppelin'" in missing.stderr


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_fast_tokens_are_the_index_terms(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert [term for term, _, _ in tokens(text)] == terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "L’approche de l'OTAN, c’est qu'il faut d'abord",
        "NATO's missile défense and the ministers' U.S. talks",
        "我们讨论了安全问题 and 安全的 ok",
        "Ασφάλεια and ёлка, Straße ÆON",
    ],
)
def test_fast_tokens_fold_like_the_index(text: str) -> None:
    toks = tokens(text)
    assert [term for term, _, _ in toks] == terms(text)
    assert all(text[start:end] for _, start, end in toks)  # offsets point into the text


def test_cjk_and_elided_words_get_their_own_lines(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "fr.txt").write_text(
        "M. DUPONT (France): Nous parlons de l’approche et de la sécurité. 我们讨论了安全问题。\n",
        encoding="utf-8",
    )
    index = tmp_path / "index"
    assert run(index, "ingest", str(docs), "-j", "1").exit_code == 0
    for query, match in (("approche", "l’approche"), ("securite", "sécurité"), ("安全", "安全")):
        data = json.loads(run(index, "kwic", query, "-f", "json").stdout)
        assert [ln["match"] for ln in data["lines"]] == [match], query


def test_a_field_the_user_wrote_still_narrows(seed_index: Path) -> None:
    data = json.loads(run(seed_index, "kwic", "speaker:lavrov defence", "-f", "json").stdout)
    assert (data["total"], data["turns"]) == (6, 5)
    assert {ln["speaker"] for ln in data["lines"]} == {"Sergei Lavrov"}
    assert {ln["match"].lower() for ln in data["lines"]} == {"defence"}
