"""What the turn errors on government/organisation documents (the `g` documents) cost, by class:
every gold turn of dev-fit's g documents is put in one class by what the document shows at that
point (a printed label, a question paragraph with no label, a quote or reported speech in a
press release, narration, a reply with no label), and per class the tool counts the gold turns,
the ones whose boundary was missed and the ones whose speaker is wrong, and in how many
publishers each error occurs. Extra predicted turns (no gold turn starts there) are counted by
what they open with. Writes nothing. About 3 s.

    python tools/turn_classes.py            # dev-fit: the class table and the worst documents
    python tools/turn_classes.py --lines    # and each error, one line (dev-fit only)
    python tools/turn_classes.py --check    # dev-check totals only: one table, no document named

Matching is segment_score's (`starts_with`, or a start within 20 characters of `char_start`);
no blind gold is parsed (segment_score.corpus_cases filters on the raw gold text).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import segment_score as ss  # noqa: E402

from nrc_search.ingest import parse_file  # noqa: E402

_QMARK = re.compile(r"^\s*(?:Q\s*[.:]|Question\b|QUESTION\b)")


def gold_class(g: dict) -> str:
    """One class per gold turn, from the gold alone."""
    kind = g.get("kind")
    if kind in ("quote", "reported", "narrative"):
        return f"news:{kind}"
    label = (g.get("label") or "").strip()
    question = g["speaker"] == "Question"
    if label and not g.get("label_missing"):
        return "labelled question" if question else "labelled"
    text = g["starts_with"]
    if question:
        return "unlabelled question (Q./Question)" if _QMARK.match(text) else "unlabelled question"
    return "unlabelled reply/speech"


def extra_class(text: str) -> str:
    head = text.split("\n", 1)[0]
    if ":" in head[:60]:
        return "opens with 'X:'"
    if text.rstrip().endswith("?"):
        return "question paragraph"
    if re.match(r"^\s*\d+\s*[.)]", text):
        return "numbered paragraph"
    if any(q in text[:3] for q in '"“«‘'):
        return "opens with a quote"
    return "other paragraph"


def score_doc(path: Path, gold: dict):
    doc = parse_file(path)
    raw = path.read_text(encoding="utf-8", errors="replace")
    texts = [ss.norm(x.text) for x in doc.turns]
    starts = ss._offsets(raw, doc)
    boiler = [ss.norm(b) for b in gold.get("boilerplate_excluded", []) if ss.norm(b)]
    used: set[int] = set()
    aliases: dict[str, set[str]] = {}
    for g in gold.get("turns", []):
        aliases.setdefault(g["speaker"], set()).update(map(ss.name_key, g.get("aliases", [])))
    rows = []
    for g in gold.get("turns", []):
        sw, cs = ss.norm(g["starts_with"]), g.get("char_start")
        hit = ss.match_turn(texts, starts, used, sw, cs)
        cls = gold_class(g)
        if hit is None:
            rows.append((cls, "missed", g["starts_with"][:50], g["speaker"]))
            continue
        used.add(hit)
        turn = doc.turns[hit]
        ok = ss.speaker_ok(turn, g, aliases)
        rows.append((cls, "ok" if ok else "speaker", g["starts_with"][:50], turn.speaker))
    extras = []
    for i, x in enumerate(texts):
        if i in used:
            continue
        why = (
            "boilerplate"
            if any(x.startswith(b) for b in boiler)
            else extra_class(doc.turns[i].text)
        )
        extras.append((why, doc.turns[i].text[:50].replace("\n", " "), doc.turns[i].speaker))
    return rows, extras


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="dev-check totals only")
    ap.add_argument("--lines", action="store_true", help="each dev-fit error, one line")
    args = ap.parse_args(argv)
    part = "check" if args.check else "fit"
    cases = [
        c
        for c in ss.realdocs_cases(ss.REALDOCS) + ss.corpus_cases(ss.REALCORPUS, "dev")
        if ss.fold(c[0]) == part and c[1].name.startswith("g")
    ]
    table: dict[str, Counter] = defaultdict(Counter)
    pubs: dict[tuple[str, str], set[str]] = defaultdict(set)
    extra: Counter = Counter()
    extra_pubs: dict[str, set[str]] = defaultdict(set)
    per_doc: Counter = Counter()
    lines = []
    for pub, path, gold in cases:
        rows, extras = score_doc(path, gold)
        for cls, what, start, spk in rows:
            table[cls]["gold"] += 1
            table[cls][what] += 1
            if what != "ok":
                pubs[(cls, what)].add(pub)
                per_doc[f"{pub}/{path.name}"] += 1
                lines.append(f"{path.name[:28]} {cls:34} {what:8} {start!r} got={spk!r}")
        for why, start, spk in extras:
            extra[why] += 1
            extra_pubs[why].add(pub)
            per_doc[f"{pub}/{path.name}"] += 1
            lines.append(f"{path.name[:28]} {'extra: ' + why:34} {'':8} {start!r} spk={spk!r}")
    print(f"== dev-{part}, g documents: {len(cases)}")
    print(f"{'class':36} {'gold':>5} {'missed':>7} {'pubs':>5} {'speaker':>8} {'pubs':>5}")
    for cls, c in sorted(table.items(), key=lambda kv: -(kv[1]["missed"] + kv[1]["speaker"])):
        print(
            f"{cls:36} {c['gold']:5} {c['missed']:7} {len(pubs[(cls, 'missed')]):5}"
            f" {c['speaker']:8} {len(pubs[(cls, 'speaker')]):5}"
        )
    print(f"{'extra predicted turns':36} {'':5} {'count':>7} {'pubs':>5}")
    for why, n in extra.most_common():
        print(f"  {why:34} {'':5} {n:7} {len(extra_pubs[why]):5}")
    if not args.check:
        print("== worst documents (errors)")
        for d, n in per_doc.most_common(15):
            print(f"{n:4} {d}")
        if args.lines:
            print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
