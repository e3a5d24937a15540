"""Relevance of `nrc search` on a judged query set: recall@10, MRR, and non-speech leaks.

Runs the queries in tests/relevance/queries.json against an index of the seeds plus
tests/relevance/corpus/, and prints one row per query and the totals. The test suite runs the
same evaluation (tests/test_relevance.py). Usage: python benchmarks/relevance.py [--index DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "relevance" / "queries.json"
CORPUS = [ROOT / "seeds", ROOT / "tests" / "relevance" / "corpus"]


@dataclass
class Outcome:
    query: str
    ranks: list[int | None]  # rank of each expected turn in the top 10, None if missing
    problems: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return sum(r is not None for r in self.ranks) / len(self.ranks)

    @property
    def reciprocal_rank(self) -> float:
        found = [r for r in self.ranks if r is not None]
        return 1.0 / min(found) if found else 0.0


def _matches(hit, want: dict) -> bool:
    return want["contains"] in hit.text and want.get("speaker", hit.speaker) == hit.speaker


def evaluate_one(index: Path, case: dict) -> Outcome:
    from nrc_search.model import SearchRequest
    from nrc_search.search import search

    req = SearchRequest(case["query"], speakers=tuple(case.get("speaker", ())), limit=10)
    hits = search(index, req).hits
    outcome = Outcome(case["query"], [])
    for want in case["expect"]:
        rank = next((h.rank for h in hits if _matches(h, want)), None)
        outcome.ranks.append(rank)
        if rank is None:
            outcome.problems.append(f"missing: {want['contains'][:50]!r}")
        elif want.get("duplicates") and not hits[rank - 1].duplicates:
            outcome.problems.append("duplicate statement not collapsed")
    for reject in case.get("reject", ()):
        if any(reject["contains"] in h.text for h in hits):
            outcome.problems.append(f"returned: {reject['contains'][:50]!r}")
    for h in hits:
        if h.attribution == "narration" or (not h.speaker and h.text == h.title):
            outcome.problems.append(f"non-speech returned: {h.turn_id}")
    return outcome


def evaluate(index: Path) -> list[Outcome]:
    cases = json.loads(QUERIES.read_text(encoding="utf-8"))
    return [evaluate_one(index, case) for case in cases]


def build_index(target: Path) -> Path:
    from nrc_search.indexer import ingest

    summary = ingest(target, CORPUS, jobs=1)
    if summary.failed:
        raise SystemExit(f"could not index the relevance corpus: {summary.warnings}")
    return target


def summary(outcomes: list[Outcome]) -> tuple[float, float, int]:
    recall = sum(o.recall for o in outcomes) / len(outcomes)
    mrr = sum(o.reciprocal_rank for o in outcomes) / len(outcomes)
    leaks = sum(1 for o in outcomes for p in o.problems if p.startswith("non-speech"))
    return recall, mrr, leaks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, help="use this index instead of building one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or build_index(Path(tmp) / "index")
        outcomes = evaluate(index)
    print(f"{'query':45} {'recall@10':>9} {'RR':>5}  problems")
    for o in outcomes:
        print(
            f"{o.query[:45]:45} {o.recall:9.2f} {o.reciprocal_rank:5.2f}  {'; '.join(o.problems)}"
        )
    recall, mrr, leaks = summary(outcomes)
    print(
        f"\n{len(outcomes)} queries  recall@10 {recall:.3f}  MRR {mrr:.3f}  non-speech hits {leaks}"
    )
    print("targets: recall@10 >= 0.9, MRR >= 0.8, no non-speech hits")
    return 0 if recall >= 0.9 and mrr >= 0.8 and not leaks else 1


if __name__ == "__main__":
    sys.exit(main())
