"""Wildcard, fuzzy and range terms stay within a budget, or are refused in one line saying why.

The budget is in postings visited, so these tests shrink it to the seeds' size instead of
building a million turns (benchmarks/query_budget.py measures the real thing).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search import query
from nrc_search.cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("nrc: error: "), result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("a*", "give at least 2 letters before the * or ?"),
        ("t*", "give at least 2 letters before the * or ?"),
        ("*ssile", "give at least 2 letters before the * or ?"),
        ("m?ssile", "give at least 2 letters before the * or ?"),
        ("peace~9", "9 edits is too many (the most is 2); type peace~1 or peace~2"),
        ("missile~3", "3 edits is too many"),
        ("pe~2", "would match almost every short word"),
        ("nato a*", "`a*`"),
    ],
)
def test_expansions_over_the_whole_vocabulary_are_refused(
    seed_index: Path, text: str, says: str
) -> None:
    line = one_line_error(run("search", text, "--index", str(seed_index)))
    assert says in line


def test_an_expansion_over_the_budget_names_words_to_type_instead(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    allowed = run("search", "miss*", "--json", "--index", str(seed_index))
    assert allowed.exit_code == 0 and json.loads(allowed.stdout)["total"] > 10
    monkeypatch.setattr(query, "MAX_EXPANSION_COST", 10)
    line = one_line_error(run("search", "miss*", "--index", str(seed_index)))
    assert "`miss*` would take too long" in line
    assert "Name the words you mean (e.g. missile" in line


def test_the_budget_is_shared_by_the_terms_of_one_query(
    seed_index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    alone = run("search", "defen*", "--json", "--index", str(seed_index))
    assert alone.exit_code == 0
    words = json.loads(alone.stdout)["total"]
    monkeypatch.setattr(query, "MAX_EXPANSION_COST", int(words * 1.5))
    assert run("search", "defen*", "--index", str(seed_index)).exit_code == 0
    line = one_line_error(run("search", "defen* OR missi*", "--index", str(seed_index)))
    assert "would take too long" in line


def test_a_fuzzy_term_within_the_budget_still_finds_near_spellings(seed_index: Path) -> None:
    result = run("search", "missle~", "--json", "--index", str(seed_index))
    assert result.exit_code == 0
    found = json.loads(result.stdout)["hits"]
    assert found and all(
        "missile" in h["excerpt"].lower() or "missle" in h["excerpt"].lower() for h in found
    )
