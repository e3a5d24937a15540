"""`nrc similar TURN_ID`: turns like one turn, its own copies left out, near-duplicates marked."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from nrc_search.cli import main

REUTERS = "wire_reuters_2012:2"


def run(index: Path, *args: str):
    return CliRunner().invoke(main, [*args, "--index", str(index)], catch_exceptions=False)


def similar_json(index: Path, *args: str) -> dict:
    result = run(index, "similar", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_reworded_copy_is_first_and_marked_the_exact_copy_left_out(views_index: Path) -> None:
    data = similar_json(views_index, REUTERS, "--limit", "3")
    assert data["turn"]["turn_id"] == REUTERS
    assert data["copies"] == ["wire_afp_2012:2"]
    assert [t["term"] for t in data["key_terms"]] == [  # the index's terms: exact word forms
        "reporters", "told", "aimed", "must", "legal", "need",
        "europe", "guarantees", "moscow", "lavrov", "in", "be",
    ]  # fmt: skip
    first = data["hits"][0]
    assert (first["turn_id"], first["near_duplicate"], first["similarity"]) == (
        "wire_interfax_2013:2",
        True,
        0.955,  # 21 of 22 words, in order
    )
    assert first["shared_terms"] == [t["term"] for t in data["key_terms"]]
    assert [(h["turn_id"], h["attribution"]) for h in data["hits"][1:]] == [
        ("wire_reuters_2012:1", "reported"),
        ("wire_afp_2012:1", "narration"),  # the outlet's own words are searched, as in search
    ]
    assert not any(h["near_duplicate"] for h in data["hits"][1:])
    assert all(h["turn_id"] != REUTERS and h["turn_id"] not in data["copies"] for h in data["hits"])
    speech = similar_json(views_index, REUTERS, "--limit", "3", "--speech-only")
    assert [h["turn_id"] for h in speech["hits"]] == [
        "wire_interfax_2013:2",
        "wire_reuters_2012:1",
        "004_fbef40a881d0f922:21",
    ]


def test_filters_apply(views_index: Path) -> None:
    data = similar_json(views_index, REUTERS, "--until", "2011", "--limit", "2")
    assert [h["turn_id"] for h in data["hits"]] == [
        "004_fbef40a881d0f922:21",
        "004_fbef40a881d0f922:5",
    ]
    data = similar_json(views_index, REUTERS, "--speaker", "rasmussen", "--limit", "1")
    assert [h["speaker"] for h in data["hits"]] == ["Anders Fogh Rasmussen"]


def test_table_shows_shared_terms_and_the_mark(views_index: Path) -> None:
    result = run(views_index, "similar", REUTERS, "--limit", "1")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"Turns like {REUTERS} (Sergei Lavrov, 2012-03-05)"
    assert lines[3] == "its own copies (left out): wire_afp_2012:2"
    assert lines[-2].endswith("· similarity 0.95  NEAR-DUPLICATE")
    assert "shares: reporters, told, aimed, must, legal" in lines[-2]


def test_unknown_turn_is_one_line_exit_2(views_index: Path) -> None:
    result = run(views_index, "similar", "nope:3")
    assert result.exit_code == 2
    assert result.stderr.startswith("nrc: error: No turn 'nope:3'")
    assert len(result.stderr.splitlines()) == 1
