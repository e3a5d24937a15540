"""The judged query set (tests/relevance/queries.json): the turns that must come back do."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("relevance", ROOT / "benchmarks" / "relevance.py")
assert _spec and _spec.loader
relevance = importlib.util.module_from_spec(_spec)
sys.modules["relevance"] = relevance  # dataclasses look their module up here
_spec.loader.exec_module(relevance)

CASES = json.loads(relevance.QUERIES.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return relevance.build_index(tmp_path_factory.mktemp("relevance") / "index")


@pytest.mark.parametrize("case", CASES, ids=[c["query"] for c in CASES])
def test_query_finds_its_turns(corpus_index: Path, case: dict) -> None:
    outcome = relevance.evaluate_one(corpus_index, case)
    assert outcome.problems == []


def test_overall_targets(corpus_index: Path) -> None:
    recall, mrr, leaks = relevance.summary(relevance.evaluate(corpus_index))
    assert recall >= 0.9
    assert mrr >= 0.8
    assert leaks == 0
