"""Score the segmenter against annotated transcripts: turn-boundary precision/recall/F1,
speaker accuracy, role accuracy (over the turns whose annotation gives a "role"), date
accuracy. Prints one row per document and a total.

    python benchmarks/segment_score.py [more/annotations/dir ...]
    python benchmarks/segment_score.py benchmarks/work/corpus-10000   # a UNGDC corpus too

An annotation is `NAME.expected.json` beside its transcript `NAME.<txt|html|...>` (or with a
"source" key, relative to the JSON): {"date", "title", "kind", "turns": [{"speaker", "role",
"attribution", "starts", "flags"}]}; "starts" is the first words of the turn's text.
A folder holding `turns.jsonl` and `meetings/` (benchmarks/ungdc_corpus.py) is scored turn by
turn against its sidecar: the turn texts and the date must match exactly.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nrc_search.ingest import parse_file  # noqa: E402
from nrc_search.model import Document  # noqa: E402

DEFAULT_DIRS = (ROOT / "tests" / "fixtures",)


@dataclass
class Score:
    name: str
    expected: int
    predicted: int
    matched: int
    speakers_ok: int
    attributions_ok: int
    roles: int  # matched turns whose annotation gives a role
    roles_ok: int
    date_ok: bool
    kind_ok: bool

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else float(not self.expected)

    @property
    def recall(self) -> float:
        return self.matched / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def cases(dirs: list[Path]) -> list[tuple[Path, dict]]:
    """(transcript path, annotation) pairs found in `dirs`."""
    out = []
    for d in dirs:
        for ann in sorted(d.glob("*.expected.json")):
            spec = json.loads(ann.read_text(encoding="utf-8"))
            out.append((source_of(ann, spec), spec))
    return out


def source_of(ann: Path, spec: dict) -> Path:
    if "source" in spec:
        return (ann.parent / spec["source"]).resolve()
    stem = ann.name[: -len(".expected.json")]
    return next(p for p in ann.parent.glob(stem + ".*") if not p.name.endswith(".json"))


def _norm(text: str) -> str:
    return " ".join(text.split())


def align(doc: Document, turns: list[dict]) -> list[tuple[dict, int | None]]:
    """Each expected turn with the index of the predicted turn starting with its words."""
    out, j = [], 0
    texts = [_norm(t.text) for t in doc.turns]
    for exp in turns:
        want = _norm(exp["starts"])
        hit = next((k for k in range(j, len(texts)) if texts[k].startswith(want)), None)
        out.append((exp, hit))
        j = hit + 1 if hit is not None else j
    return out


def score(path: Path, spec: dict) -> Score:
    doc = parse_file(path)
    pairs = align(doc, spec.get("turns", []))
    matched = [(e, doc.turns[k]) for e, k in pairs if k is not None]
    speakers = sum(e.get("speaker") == t.speaker for e, t in matched)
    attributions = sum(e.get("attribution", t.attribution) == t.attribution for e, t in matched)
    roled = [(e, t) for e, t in matched if "role" in e]
    roles_ok = sum(e["role"] == t.role for e, t in roled)
    return Score(
        path.name,
        len(pairs),
        len(doc.turns),
        len(matched),
        speakers,
        attributions,
        len(roled),
        roles_ok,
        spec.get("date") == doc.date,
        spec.get("kind", doc.kind) == doc.kind,
    )


def table(scores: list[Score]) -> str:
    rows = [
        f"{'document':42} {'exp':>4} {'got':>4} {'P':>5} {'R':>5} {'F1':>5} {'spk':>5} "
        f"{'attr':>5} {'role':>5} date kind"
    ]
    for s in scores:
        spk = s.speakers_ok / s.matched if s.matched else 1.0
        attr = s.attributions_ok / s.matched if s.matched else 1.0
        role = f"{s.roles_ok / s.roles:5.2f}" if s.roles else f"{'-':>5}"
        rows.append(
            f"{s.name[:42]:42} {s.expected:4} {s.predicted:4} {s.precision:5.2f} {s.recall:5.2f} "
            f"{s.f1:5.2f} {spk:5.2f} {attr:5.2f} {role} {'ok' if s.date_ok else 'NO':>4} "
            f"{'ok' if s.kind_ok else 'NO'}"
        )
    rows.append(_total(scores))
    return "\n".join(rows)


def _total(scores: list[Score]) -> str:
    exp = sum(s.expected for s in scores)
    got = sum(s.predicted for s in scores)
    hit = sum(s.matched for s in scores)
    p, r = (hit / got if got else 0.0), (hit / exp if exp else 0.0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    spk = sum(s.speakers_ok for s in scores) / hit if hit else 0.0
    attr = sum(s.attributions_ok for s in scores) / hit if hit else 0.0
    roled = sum(s.roles for s in scores)
    role = sum(s.roles_ok for s in scores) / roled if roled else 1.0
    dates = sum(s.date_ok for s in scores) / len(scores) if scores else 0.0
    kinds = sum(s.kind_ok for s in scores) / len(scores) if scores else 0.0
    return (
        f"{'TOTAL (' + str(len(scores)) + ' docs)':42} {exp:4} {got:4} {p:5.2f} {r:5.2f} {f1:5.2f} "
        f"{spk:5.2f} {attr:5.2f} {role:5.2f} {dates:4.2f} {kinds:.2f}"
    )


def corpus_cases(root: Path) -> list[tuple[Path, dict]]:
    """A generated UNGDC corpus as annotations: each sidecar turn's full text is its "starts"."""
    by_doc: dict[str, list[dict]] = {}
    with (root / "turns.jsonl").open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            by_doc.setdefault(row["doc"], []).append(row)
    return [
        (
            root / "meetings" / f"{doc}.txt",
            {
                "date": rows[0]["date"],
                "turns": [
                    {"starts": r["text"], "speaker": None, "attribution": "verbatim"} for r in rows
                ],
            },
        )
        for doc, rows in sorted(by_doc.items())
    ]


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or list(DEFAULT_DIRS)
    scores = []
    for d in dirs:
        if (d / "turns.jsonl").exists():  # speakers there are printed labels: boundaries only
            scores += [_boundaries_only(score(p, spec)) for p, spec in corpus_cases(d)]
        else:
            scores += [score(p, spec) for p, spec in cases([d])]
    print(table(scores))
    return 0


def _boundaries_only(s: Score) -> Score:
    s.speakers_ok = s.attributions_ok = s.matched
    s.roles = s.roles_ok = 0
    s.kind_ok = True
    return s


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
