"""What kind of document the parser took each real document for, against its gold: a
confusion table of the gold's kind (from its turns) by the parsed `Document.kind`, on dev-fit
and dev-check (totals only: no dev-check document is named), and with --fit-docs the dev-fit
documents whose kind is wrong or whose score has notes. Writes nothing. About 2 s.

    python tools/doc_kinds.py              # the two confusion tables
    python tools/doc_kinds.py --fit-docs   # and dev-fit's documents, one line each, with notes

The gold's kind is read from its turns, the same way for every publisher:
- news: a turn the annotator marked quote/reported/narrative (one turn per paragraph);
- statement: one gold turn, or every turn one speaker's (a parsed transcript whose turns are
  all one speaker's counts as a statement too);
- record: several speakers, and the annotator describes a meeting record ("verbatim record",
  "parliamentary debate", "hearing");
- transcript: several speakers otherwise.
The blind split is never read (segment_score.corpus_cases filters on the raw gold text).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from segment_score import (  # noqa: E402
    REALCORPUS,
    REALDOCS,
    corpus_cases,
    fold,
    realdocs_cases,
    score_real,
)

from nrc_search.ingest import parse_file  # noqa: E402
from nrc_search.model import Document  # noqa: E402

KINDS = ("transcript", "record", "statement", "news")
GOT = ("transcript", "record", "statement", "news", "unknown")
# The annotator's description of a meeting record, e.g. "verbatim record", "parliamentary debate".
_RECORD = re.compile(r"\b(?:record|debate|hearing|evidence)\b", re.I)


def gold_kind(gold: dict) -> str:
    """The kind of document the gold's turns describe (see the module docstring)."""
    turns = gold.get("turns", [])
    if any(t.get("kind") in ("quote", "reported", "narrative") for t in turns):
        return "news"
    speakers = {t.get("speaker") for t in turns if t.get("speaker") != "Question"}
    asked = any(t.get("speaker") == "Question" or t.get("questioner") for t in turns)
    if len(turns) <= 1 or (len(speakers) == 1 and not asked):
        return "statement"
    return "record" if _RECORD.search(gold.get("kind_of_document") or "") else "transcript"


def parsed_kind(doc: Document) -> str:
    """The parsed document's kind, a transcript of one speaker's turns read as a statement
    (its label names who speaks: the same turns as a statement's)."""
    if doc.kind == "transcript" and len({t.speaker for t in doc.turns}) == 1:
        return "statement"
    return doc.kind


def confusion(cases) -> Counter:
    table: Counter = Counter()
    for _, path, gold in cases:
        table[gold_kind(gold), parsed_kind(parse_file(path))] += 1
    return table


def render(name: str, table: Counter) -> str:
    rows = [f"== {name}: gold kind (rows) x parsed kind (columns)"]
    rows.append(f"{'':12}" + "".join(f"{g:>12}" for g in GOT) + f"{'right':>8}")
    for k in KINDS:
        cells = [table[k, g] for g in GOT]
        n = sum(cells)
        right = f"{table[k, k] / n:.2f}" if n else "-"
        rows.append(f"{k:12}" + "".join(f"{c:>12}" for c in cells) + f"{right:>8}")
    n = sum(table.values())
    ok = sum(table[k, k] for k in KINDS)
    rows.append(f"documents {n}, kind right {ok} ({ok / n:.2f})" if n else "no documents")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--fit-docs", action="store_true", help="dev-fit documents with notes")
    args = ap.parse_args(argv)
    dev = realdocs_cases(REALDOCS) + corpus_cases(REALCORPUS, "dev")
    parts = {p: [c for c in dev if fold(c[0]) == p] for p in ("fit", "check")}
    for p, cases in parts.items():
        print(render(f"dev-{p}", confusion(cases)))
    if args.fit_docs:
        for pub, path, gold in parts["fit"]:
            got = parsed_kind(parse_file(path))
            t = score_real(path, gold)
            mark = "" if got == gold_kind(gold) else f"  KIND {gold_kind(gold)}->{got}"
            if mark or t.notes:
                print(f"-- {pub}/{path.name}{mark}")
                print("".join(f"   {n}\n" for n in t.notes), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
