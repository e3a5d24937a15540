"""Expanding queries against a big index: each finishes within ~2 s or is refused at once.

    python benchmarks/query_budget.py --index benchmarks/work/index-1000000

Runs wildcard, fuzzy and range queries (and plain ones for scale) in-process, warm, through
the library, and prints for each its seconds and hit count or the refusal nrc gives. Build
the index with benchmarks/scale.py. Never run by tests.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from nrc_search.errors import QueryError
from nrc_search.model import SearchRequest
from nrc_search.search import search

QUERIES = [
    "peace",  # a very common plain word, for scale
    "a*",
    "t*",
    "de*",
    "inter*",
    "secur*",
    "nucl*",
    "pe~2",
    "peace~9",
    "peace~",
    "peace~2",
    "missle~2",
    "*tion",
    "p?ace",
    "[a to c]",
    "secur* nucl*",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("queries", nargs="*", default=QUERIES)
    args = parser.parse_args()
    search(args.index, SearchRequest("peace"))  # warm: open the index once
    print(f"{'query':16} {'seconds':>8}  result")
    for text in args.queries:
        start = time.perf_counter()
        try:
            result = f"{search(args.index, SearchRequest(text)).total:,} hits"
        except QueryError as exc:
            result = f"refused: {exc}"
        print(f"{text:16} {time.perf_counter() - start:8.2f}  {result[:110]}", flush=True)


if __name__ == "__main__":
    main()
