"""Score the segmenter on one annotation batch of the real development corpus only: the
benchmarks/realcorpus gold files whose "split" is "dev" and whose "batch" is BATCH (the blind
split is never read). Same measures and table as segment_score.py (boundary P/R/F1, speaker,
role, attribution, date, title, boilerplate turns), per publisher and in total.

    python benchmarks/score_batch.py 2026-12-01-fresh           # per publisher + total
    python benchmarks/score_batch.py 2026-12-01-fresh --docs    # one row per document, notes
    python benchmarks/score_batch.py 2026-12-02-fresh8 2026-12-02-fresh9   # batches together

A batch is scored this way once, right after its gold is committed, to record how the parser
does on documents it has never seen (benchmarks/realcorpus/SCORES.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from segment_score import REALCORPUS, corpus_cases, report, run_set, score_real


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "batch",
        nargs="+",
        help='the gold files\' "batch" value, e.g. 2026-12-01-fresh; several are scored together',
    )
    ap.add_argument("--docs", action="store_true", help="one row per document, with notes")
    args = ap.parse_args(argv)
    wanted = set(args.batch)
    cases = [c for c in corpus_cases(REALCORPUS, "dev") if c[2].get("batch") in wanted]
    found = {c[2].get("batch") for c in cases}
    for batch in args.batch:
        if batch not in found:
            print(f"no dev gold file has batch {batch!r}")
            return 1
    print(f"batch {' + '.join(args.batch)}: {len(cases)} documents")
    print(report({"dev": run_set(cases, score_real)}, args.docs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
