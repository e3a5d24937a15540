"""Validate the real-corpus gold files and print a per-publisher count table.

    python benchmarks/realcorpus/check_gold.py            # check docs/ + gold/, print table
    python benchmarks/realcorpus/check_gold.py fill SPEC  # write doc + gold from an annotation spec

Conventions: /work/shared/realdocs/README.md, "Segmentation gold: conventions".
A spec is JSON with the document text exactly as stored, the metadata and turns given as
[speaker, label, start_anchor, end_anchor, extras]; `fill` locates the anchors in the text
and computes char_start/char_end and the canonical starts_with (first 8 words) and
ends_with (last 6 words), so no offset is ever typed by hand. It never runs any parser.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS, GOLD = HERE / "docs", HERE / "gold"
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "file": str,
    "date": (str, type(None)),
    "date_source": str,
    "title": str,
    "title_source": str,
    "turns": list,
    "boilerplate_excluded": list,
    "publisher": str,
    "source_url": str,
    "kind_of_document": str,
    "split": str,
}
TURN_KEYS = {"speaker", "label", "starts_with", "ends_with", "char_start", "char_end"}
OPTIONAL_TURN_KEYS = {
    "role",
    "kind",
    "questioner",
    "aliases",
    "interpretation",
    "speaker_source",
    "label_missing",
    "note",
    "truncated",
}
KINDS = {"quote", "reported", "narrative"}
NAME = re.compile(r"^g\d{3}_[a-z0-9]+_[a-z0-9_]+$")


def norm(text: str) -> str:
    return " ".join(text.split())


def anchor_re(anchor: str) -> re.Pattern[str]:
    return re.compile(r"\s+".join(re.escape(w) for w in anchor.split()))


def find_after(text: str, anchor: str, pos: int) -> int:
    m = anchor_re(anchor).search(text, pos)
    if not m:
        raise SystemExit(f"start anchor not found after {pos}: {anchor!r}")
    return m.start()


def find_end(text: str, anchor: str | None, lo: int, hi: int) -> int:
    if anchor is None:
        return len(text.rstrip())
    ends = [m.end() for m in anchor_re(anchor).finditer(text, lo, hi)]
    if not ends:
        raise SystemExit(f"end anchor not found in [{lo},{hi}): {anchor!r}")
    return ends[-1]


def fill(spec_path: Path) -> None:
    spec = json.loads(spec_path.read_text(encoding="utf-8"))
    text: str = spec.pop("text")
    stem = f"{spec.pop('id')}_{spec.pop('slug')}"
    raw_turns = spec.pop("turns")
    starts, pos = [], 0
    for _spk, _label, start, _end, *extra in raw_turns:
        after = extra[0].pop("after", None) if extra else None
        for skip in [after] if isinstance(after, str) else after or []:
            pos = find_after(text, skip, pos) + len(skip)  # an anchor that also occurs earlier
        pos = find_after(text, start, pos)
        starts.append(pos)
        pos += 1
    turns = []
    for i, (speaker, label, _start, end, *extra) in enumerate(raw_turns):
        hi = starts[i + 1] if i + 1 < len(starts) else len(text)
        cs, ce = starts[i], find_end(text, end, starts[i], hi)
        words = text[cs:ce].split()
        turn = {"speaker": speaker, **(extra[0] if extra else {}), "label": label}
        turn |= {"starts_with": " ".join(words[:8]), "ends_with": " ".join(words[-6:])}
        turn |= {"char_start": cs, "char_end": ce}
        if end is None:
            turn["truncated"] = True
        turns.append(turn)
    gold = {"file": f"{stem}.txt", **spec}
    gold["truncated"] = any(t.get("truncated", False) for t in turns)
    gold["turns"] = turns
    gold["boilerplate_excluded"] = spec.get("boilerplate_excluded", [])
    DOCS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    (DOCS / f"{stem}.txt").write_text(text, encoding="utf-8", newline="")
    out = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (GOLD / f"{stem}.json").write_text(out, encoding="utf-8")
    print(f"wrote {stem}: {len(turns)} turns, {len(text)} chars")


def check_turn(t: dict, text: str, prev_end: int, where: str) -> list[str]:
    errs = [f"{where}: missing {k}" for k in TURN_KEYS - t.keys()]
    errs += [f"{where}: unknown key {k}" for k in t.keys() - TURN_KEYS - OPTIONAL_TURN_KEYS]
    if errs:
        return errs
    cs, ce = t["char_start"], t["char_end"]
    if not (isinstance(cs, int) and isinstance(ce, int) and prev_end <= cs < ce <= len(text)):
        return [f"{where}: bad or overlapping offsets {cs}-{ce} (previous end {prev_end})"]
    words = text[cs:ce].split()
    if " ".join(words[:8]) != norm(t["starts_with"]):
        errs.append(f"{where}: text at {cs} does not start with {t['starts_with']!r}")
    if " ".join(words[-6:]) != norm(t["ends_with"]):
        errs.append(f"{where}: text before {ce} does not end with {t['ends_with']!r}")
    if text[cs:ce] != text[cs:ce].strip():
        errs.append(f"{where}: offsets include surrounding whitespace")
    label = t["label"]
    if label is not None and norm(label) not in norm(text[max(0, cs - len(label) - 40) : cs]):
        errs.append(f"{where}: label {label!r} not just before the content")
    if "kind" in t and t["kind"] not in KINDS:
        errs.append(f"{where}: kind {t['kind']!r} not in {sorted(KINDS)}")
    if not t["speaker"].strip():
        errs.append(f"{where}: empty speaker")
    return errs


def check_file(path: Path) -> tuple[dict, list[str]]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    errs = [f"{path.name}: missing {k}" for k in REQUIRED if k not in gold]
    errs += [
        f"{path.name}: {k} has type {type(gold[k]).__name__}"
        for k, typ in REQUIRED.items()
        if k in gold and not isinstance(gold[k], typ)
    ]
    if errs:
        return gold, errs
    doc = DOCS / gold["file"]
    if gold["file"] != path.stem + ".txt" or not NAME.match(path.stem) or not doc.exists():
        return gold, [f"{path.name}: file {gold['file']!r} does not name its doc gNNN_pub_slug"]
    if gold["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["date"]):
        errs.append(f"{path.name}: date {gold['date']!r} is not ISO")
    if gold["split"] not in {"dev", "blind"}:
        errs.append(f"{path.name}: split must be dev or blind")
    if not isinstance(gold.get("truncated", False), bool):
        errs.append(f"{path.name}: truncated must be true or false")
    if gold.get("doc_type", "news") != "news":
        errs.append(f"{path.name}: doc_type is only ever 'news'")
    if not gold["turns"]:
        errs.append(f"{path.name}: no turns")
    text, prev_end = doc.read_text(encoding="utf-8"), 0
    for i, turn in enumerate(gold["turns"]):
        errs += check_turn(turn, text, prev_end, f"{path.name} turn {i}")
        prev_end = turn.get("char_end", prev_end) if isinstance(turn.get("char_end"), int) else 0
    for b in gold["boilerplate_excluded"]:
        if norm(b) not in norm(text):
            errs.append(f"{path.name}: boilerplate {b!r} not in text")
    return gold, errs


def check_blind(golds: list[dict]) -> list[str]:
    frozen = HERE / "BLIND-gov.sha256"
    want = {f"docs/{g['file']}" for g in golds if g.get("split") == "blind"}
    want |= {f"gold/{g['file'][:-4]}.json" for g in golds if g.get("split") == "blind"}
    if not frozen.exists():
        return ["BLIND-gov.sha256 missing"] if want else []
    listed = {}
    for line in frozen.read_text().splitlines():
        digest, name = line.split(None, 1)
        listed[name.strip()] = digest
    errs = [f"blind file not frozen: {n}" for n in sorted(want - listed.keys())]
    errs += [f"frozen file no longer blind: {n}" for n in sorted(listed.keys() - want)]
    for name, digest in listed.items():
        p = HERE / name
        if p.exists() and hashlib.sha256(p.read_bytes()).hexdigest() != digest:
            errs.append(f"blind file changed since frozen: {name}")
    return errs


def freeze() -> None:
    lines = []
    for path in sorted(GOLD.glob("g*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if gold.get("split") == "blind":
            for p in (DOCS / gold["file"], path):
                name = f"{p.parent.name}/{p.name}"
                lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {name}")
    (HERE / "BLIND-gov.sha256").write_text("\n".join(lines) + "\n")
    print(f"froze {len(lines) // 2} blind documents")


def table(golds: list[dict]) -> None:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for g in golds:
        counts[g["publisher"]][g["split"]] += 1
        counts[g["publisher"]]["turns"] += len(g["turns"])
    print(f"{'publisher':<46}{'dev':>5}{'blind':>7}{'turns':>7}")
    for pub in sorted(counts):
        c = counts[pub]
        print(f"{pub:<46}{c['dev']:>5}{c['blind']:>7}{c['turns']:>7}")
    tot = sum((c for c in counts.values()), Counter())
    blind_pubs = sum(1 for c in counts.values() if c["blind"])
    print(f"{'total (' + str(len(counts)) + ' publishers)':<46}{tot['dev']:>5}{tot['blind']:>7}")
    print(f"blind publishers: {blind_pubs}")
    kinds = Counter(g["kind_of_document"] for g in golds)
    print("kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))


def main(argv: list[str]) -> int:
    if argv[:1] == ["fill"]:
        for spec in argv[1:]:
            fill(Path(spec))
        return 0
    if argv[:1] == ["freeze"]:
        freeze()
        return 0
    golds, errs = [], []
    docs = {p.name for p in DOCS.glob("g*.txt")}
    for path in sorted(GOLD.glob("g*.json")):
        gold, file_errs = check_file(path)
        golds.append(gold)
        errs += file_errs
        docs.discard(gold.get("file", ""))
    errs += [f"doc without gold: {d}" for d in sorted(docs)]
    errs += check_blind(golds)
    if all("publisher" in g and "split" in g for g in golds):
        table(golds)
    for e in errs:
        print("ERROR", e)
    print(f"{len(golds)} gold files, {len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
