"""Relevance of `nrc search` on judged query sets: recall@10, MRR and trap hits.

Two sets, each over its own pool:
- ours: tests/relevance/queries.json over the seeds plus tests/relevance/corpus/;
- realdocs: ../shared/realdocs/gold/relevance.json over the seeds plus its 31 documents (scored
  as its README's "Scoring search" says: file, speaker and turn start must match; a near-duplicate
  collapsed into a returned hit is credited). Each realdocs miss is marked `parser` when no
  indexed turn could ever match it (the turn's boundary or speaker differs from the gold), or
  `search` when the turn exists and ranking left it out.

The test suite runs the first evaluation (tests/test_relevance.py).
Usage: python benchmarks/relevance.py [--index DIR] [--realdocs DIR] [--verbose]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "relevance" / "queries.json"
CORPUS = [ROOT / "seeds", ROOT / "tests" / "relevance" / "corpus"]
REALDOCS_PLACES = [ROOT.parent / "shared" / "realdocs", ROOT.parent.parent / "shared" / "realdocs"]


@dataclass
class Outcome:
    query: str
    ranks: list[int | None]  # rank of each expected turn in the top 10, None if missing
    problems: list[str] = field(default_factory=list)
    first: int | None = None  # rank of the first expected turn (MRR)

    @property
    def recall(self) -> float:
        return sum(r is not None for r in self.ranks) / len(self.ranks)

    @property
    def reciprocal_rank(self) -> float:
        found = [r for r in self.ranks if r is not None]
        first = self.first if self.first is not None else (min(found) if found else None)
        return 1.0 / first if first else 0.0

    @property
    def traps(self) -> int:
        return sum(1 for p in self.problems if p.startswith(("returned:", "trap:")))


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
        if not h.speaker and h.text == h.title:
            outcome.problems.append(f"headline returned as a turn: {h.turn_id}")
    return outcome


def evaluate(index: Path) -> list[Outcome]:
    cases = json.loads(QUERIES.read_text(encoding="utf-8"))
    return [evaluate_one(index, case) for case in cases]


def build_index(target: Path, corpus: list[Path] | None = None) -> Path:
    from nrc_search.indexer import ingest

    summary = ingest(target, corpus or CORPUS, jobs=1)
    if summary.failed:
        raise SystemExit(f"could not index the relevance corpus: {summary.warnings}")
    return target


def summary(outcomes: list[Outcome]) -> tuple[float, float, int]:
    """recall@10, MRR and the number of trap hits (rejected or headline turns in a top 10)."""
    recall = sum(o.recall for o in outcomes) / len(outcomes)
    mrr = sum(o.reciprocal_rank for o in outcomes) / len(outcomes)
    leaks = sum(o.traps + sum(p.startswith("headline") for p in o.problems) for o in outcomes)
    return recall, mrr, leaks


# --- the realdocs gold set ---------------------------------------------------------------------

# A caption header or cue timing, e.g. "WEBVTT" or "00:04.140 --> 00:06.430".
_CUE = re.compile(
    r"^webvtt\s*|\d\d:\d\d(?::\d\d)?[.,]\d{3}\s*-->\s*\d\d:\d\d(?::\d\d)?[.,]\d{3}\s*"
)


def find_realdocs(given: Path | None) -> Path | None:
    for place in [given] if given else REALDOCS_PLACES:
        if place and (place / "gold" / "relevance.json").is_file():
            return place
    return None


class RealdocsJudge:
    """The realdocs README's matching rules, with its own normalisation (tools/score_segments)."""

    def __init__(self, realdocs: Path) -> None:
        sys.path.insert(0, str(realdocs / "tools"))
        import score_segments  # the reference normalisation of names and text

        self.norm, self.name_key = score_segments.norm, score_segments.name_key

    def body(self, text: str) -> str:
        return re.sub(r"\s+", " ", _CUE.sub(" ", self.norm(text))).strip()

    def matches(self, file: str, text: str, speaker: str | None, req: dict) -> bool:
        if Path(file).stem != Path(req["file"]).stem:
            return False
        if not self.body(text).startswith(self.body(req["starts_with"])[:60]):
            return False
        want = req["speaker"]
        if want == "Question" or "narrative" in want or want.startswith("unknown"):
            return True  # a question, the outlet's words or unlabelled captions: the turn counts
        if want == "Itar-Tass":
            return True
        return self.name_key(speaker or "") == self.name_key(want)


def _shares_a_word(query: str, text: str) -> bool:
    """Whether the turn holds a word of the query (else its words went to another turn)."""
    from nrc_search.analysis import related_stem, terms

    have = {related_stem(t) for t in terms(text)}
    return any(related_stem(w) in have for w in terms(query))


def _all_turns(index: Path) -> dict[str, tuple[str, str, str | None]]:
    """turn_id -> (file, text, speaker shown) for every turn in the index."""
    from nrc_search import store

    out = {}
    handle = store.open_index(index)
    with store.reading(index), handle.ix.searcher() as s:
        turns = store.Turns(s)
        for docnum in s.document_numbers():
            fields = turns.turn(docnum)
            if fields:
                file = os.path.basename(turns.doc(fields["doc_id"]).get("source", ""))
                speaker = fields["speaker"] or (
                    fields["role"] if "question" not in fields["flags"] else None
                )
                out[fields["turn_id"]] = (file, fields["text"], speaker)
    return out


def realdocs_request(q: dict):
    """The search a realdocs judged query asks for (its speaker and dates, top 10)."""
    from nrc_search.model import SearchRequest

    return SearchRequest(
        q["query"],
        speakers=(q["speaker"],) if q.get("speaker") else (),
        since=q.get("date_from"),
        until=q.get("date_to"),
        limit=10,
    )


def evaluate_realdocs(index: Path, realdocs: Path) -> list[Outcome]:
    from nrc_search.search import search

    judge = RealdocsJudge(realdocs)
    gold = json.loads((realdocs / "gold" / "relevance.json").read_text(encoding="utf-8"))
    every = _all_turns(index)
    outcomes = []
    for q in gold["queries"]:
        hits = search(index, realdocs_request(q)).hits[:10]
        outcome = Outcome(f"{q['id']} {q['query']}", [])

        def hit_holds(hit, r) -> bool:
            turns = [(os.path.basename(hit.source), hit.text, hit.speaker)]
            turns += [every[d] for d in hit.duplicates if d in every]
            return any(judge.matches(f, t, s, r) for f, t, s in turns)

        for r in q["required"]:
            rank = next((h.rank for h in hits if hit_holds(h, r)), None)
            outcome.ranks.append(rank)
            if rank is None:
                says = [t for f, t, s in every.values() if judge.matches(f, t, s, r)]
                cause = "search" if any(_shares_a_word(q["query"], t) for t in says) else "parser"
                outcome.problems.append(
                    f"missing ({cause}): {r['file'][:3]} {r['starts_with'][:30]!r}"
                )
        firsts = [h.rank for h in hits if any(hit_holds(h, r) for r in q["required"])]
        outcome.first = min(firsts) if firsts else None
        for m in q.get("must_not", []):
            for h in hits:
                same = Path(os.path.basename(h.source)).stem == Path(m.get("file", "")).stem
                start = m.get("starts_with")
                if same and (not start or judge.norm(h.text).startswith(judge.norm(start))):
                    outcome.problems.append(f"trap: {h.turn_id} ({m.get('why', '')[:40]})")
        outcomes.append(outcome)
    return outcomes


def _table(name: str, outcomes: list[Outcome], verbose: bool) -> tuple[float, float, int]:
    print(f"\n## {name}\n")
    print(f"{'query':45} {'recall@10':>9} {'RR':>5}  problems")
    for o in outcomes:
        if verbose or o.problems:
            problems = "; ".join(o.problems)
            print(f"{o.query[:45]:45} {o.recall:9.2f} {o.reciprocal_rank:5.2f}  {problems}")
    recall, mrr, traps = summary(outcomes)
    parser = sum(p.startswith("missing (parser)") for o in outcomes for p in o.problems)
    found = sum(p.startswith("missing (search)") for o in outcomes for p in o.problems)
    causes = f"  misses: {parser} parser, {found} search" if parser or found else ""
    print(
        f"\n{len(outcomes)} queries  recall@10 {recall:.3f}  MRR {mrr:.3f}  trap hits {traps}{causes}"
    )
    return recall, mrr, traps


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--index", type=Path, help="use this index for our set instead of building one"
    )
    parser.add_argument(
        "--realdocs", type=Path, help="the realdocs folder (default ../shared/realdocs)"
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="a row for every query")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        index = args.index or build_index(Path(tmp) / "index")
        recall, mrr, traps = _table(
            "ours: tests/relevance/queries.json", evaluate(index), args.verbose
        )
        ok = recall >= 0.9 and mrr >= 0.8 and not traps
        realdocs = find_realdocs(args.realdocs)
        if realdocs is None:
            print("\nrealdocs: not found (give --realdocs DIR); skipped")
        else:
            pool = build_index(Path(tmp) / "realdocs", [ROOT / "seeds", realdocs / "docs"])
            recall, mrr, traps = _table(
                f"realdocs: {realdocs}/gold/relevance.json",
                evaluate_realdocs(pool, realdocs),
                args.verbose,
            )
            ok = ok and recall >= 0.95 and mrr >= 0.9 and not traps
    print("\ntargets: ours recall@10 >= 0.9, MRR >= 0.8; realdocs recall@10 >= 0.95, MRR >= 0.9;")
    print("no trap in any top 10")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
