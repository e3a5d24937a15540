"""Golden segmentation of the bundled seeds; refresh with `pytest --update-golden`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nrc_search.ingest import parse_file
from tests._golden import GOLDEN, as_golden, update_requested

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_seed_matches_golden(seed: Path, request: pytest.FixtureRequest) -> None:
    golden = GOLDEN / (seed.stem + ".json")
    got = as_golden(parse_file(seed))
    if update_requested(request.config):
        golden.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if not golden.exists():
        pytest.fail(f"no golden file {golden.name}: run `pytest --update-golden` and review it")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("prefix", "turns", "speakers"),
    [
        (
            "000",
            13,
            {
                "Oana Lungescu": 5,
                "Anders Fogh Rasmussen": 5,
                "Priit Simson": 1,
                "Giovanna Pancheri": 1,
                "Darius": 1,
            },
        ),
        ("001", 1, {"Anders Fogh Rasmussen": 1}),
        ("002", 6, {"Lord Robertson": 1, "Sergei Ivanov": 3}),
    ],
)
def test_seed_turn_counts(prefix: str, turns: int, speakers: dict[str, int]) -> None:
    doc = parse_file(next(p for p in SEEDS if p.name.startswith(prefix)))
    assert len(doc.turns) == turns
    counts: dict[str, int] = {}
    for t in doc.turns:
        if t.speaker:
            counts[t.speaker] = counts.get(t.speaker, 0) + 1
    assert counts == speakers


def test_golden_files_exist_for_every_seed() -> None:
    assert {p.stem for p in SEEDS} <= {p.stem for p in GOLDEN.glob("*.json")}
