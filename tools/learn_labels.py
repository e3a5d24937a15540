"""Learn which lines open a turn with a speaker label: a logistic model over the candidate lines
of `tools/label_candidates.py` (a permissive superset of label lines), trained on dev-fit
documents only and measured against the rule grammar on dev-check by totals only.

    python tools/learn_labels.py               # train on dev-fit, print the tables
    python tools/learn_labels.py --segment     # ... and segment_score's totals with them
    python tools/learn_labels.py --profile     # ... and what the rules' misses look like
    python tools/learn_labels.py --top 15      # ... and the weights that weigh most

A candidate line is a *label line* where a gold turn with a printed `label` opens (the line that
holds its `char_start`, or the last non-empty line above it when the label stands alone), as in
`tools/label_confusion.py`. Lines before the first gold turn (less 200 characters) and after
the last are left out; documents whose gold has turns but no labels give negatives only (a news
story's "WASHINGTON -" must not open a turn). Lambda and the threshold are chosen by a grouped
cross-validation over dev-fit's publishers; dev-check is read once, for the table. The decision
on a line with no candidate is the rules'. numpy only (already a dependency).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import label_candidates as lm
import segment_score as s
from label_confusion import _lines, label_lines


def samples(cases):
    """Per document: (publisher, labelled?, X, y, rules, gold label lines without candidate
    (the rules' verdict on each))."""
    out = []
    for pub, path, gold in cases:
        turns = [g for g in gold.get("turns", []) if g.get("char_start") is not None]
        if not turns:
            continue
        raw = path.read_text(encoding="utf-8", errors="replace")
        lines = _lines(raw)
        first, last = turns[0]["char_start"], max(g.get("char_end") or 0 for g in turns)
        gold_at = set(label_lines(raw, lines, turns))
        text = [x for _, x in lines]
        rows = lm.rows(text)
        keep = [
            r
            for r in rows
            if not (lines[r[0]][0] + len(text[r[0]]) < first - 200) and lines[r[0]][0] <= last
        ]
        covered = {r[0] for r in keep}
        uncovered = []
        for k in gold_at - covered:
            nxt = next((x for x in text[k + 1 : k + 3] if x.strip()), None)
            uncovered.append(lm.accepts(text[k], nxt))
        X = np.array([r[3] for r in keep], dtype=float).reshape(-1, len(lm.NAMES))
        y = np.array([r[0] in gold_at for r in keep], dtype=float)
        rules = np.array([r[2] for r in keep], dtype=float)
        out.append((pub, bool(gold_at), X, y, rules, uncovered))
    return out


def fit(X: np.ndarray, y: np.ndarray, lam: float, iters: int = 30) -> np.ndarray:
    """L2 logistic regression by Newton's method (the bias not penalised)."""
    w = np.zeros(X.shape[1])
    pen = np.full(X.shape[1], lam * len(y))
    pen[0] = 0.0
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        g = X.T @ (p - y) + pen * w
        h = (X * (p * (1 - p))[:, None]).T @ X + np.diag(pen + 1e-6)
        step = np.linalg.solve(h, g)
        w -= step
        if np.abs(step).max() < 1e-7:
            break
    return w


def tally(docs, decide) -> dict[str, int]:
    """Label lines accepted / missed and other candidate lines accepted (false), in documents
    with gold labels and in those without; `decide(doc)` is the verdict on each candidate."""
    t = dict(accepted=0, missed=0, false=0, rejected=0, false_unlabelled=0)
    for doc in docs:
        _, labelled, _, y, _, uncovered = doc
        yes = decide(doc)
        t["accepted"] += int(((yes == 1) & (y == 1)).sum()) + sum(uncovered)
        t["missed"] += int(((yes == 0) & (y == 1)).sum()) + len(uncovered) - sum(uncovered)
        false = int(((yes == 1) & (y == 0)).sum())
        t["false" if labelled else "false_unlabelled"] += false
        t["rejected"] += int(((yes == 0) & (y == 0)).sum())
    return t


def f1(t: dict[str, int]) -> tuple[float, float, float]:
    fp = t["false"] + t["false_unlabelled"]
    p = t["accepted"] / max(1, t["accepted"] + fp)
    r = t["accepted"] / max(1, t["accepted"] + t["missed"])
    return p, r, 2 * p * r / max(1e-9, p + r)


def prob(w: np.ndarray, X: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))


def stacked(w_of, thr: float):
    """The model decides every candidate (the rules' verdict is one of its features)."""
    return lambda doc: (prob(w_of(doc), doc[2]) >= thr).astype(int)


def added(w_of, thr: float):
    """The rules decide, and the model adds the candidates they reject that it scores high."""
    return lambda doc: ((doc[4] == 1) | (prob(w_of(doc), doc[2]) >= thr)).astype(int)


def rules_only(doc):
    return doc[4].astype(int)


def stack(docs, residual: bool = False):
    """All candidates of the documents, or only those the rules reject (`residual`)."""
    keep = [d[4] == 0 if residual else np.ones(len(d[3]), bool) for d in docs]
    X = np.vstack([d[2][k] for d, k in zip(docs, keep, strict=True)])
    y = np.concatenate([d[3][k] for d, k in zip(docs, keep, strict=True)])
    return X, y


LAMBDAS = (0.0001, 0.001, 0.01, 0.1)
THRESHOLDS = tuple(round(0.3 + 0.05 * k, 2) for k in range(13))
FOLDS = 3


def _part(publisher: str) -> int:
    return zlib.crc32(publisher.encode()) % FOLDS


def out_of_fold(docs, lam: float, residual: bool) -> dict[str, np.ndarray]:
    """Publisher -> the weights learned on the other folds' publishers."""
    ws = [fit(*stack([d for d in docs if _part(d[0]) != k], residual), lam) for k in range(FOLDS)]
    return {d[0]: ws[_part(d[0])] for d in docs}


def choose(docs, residual: bool) -> tuple[float, float, float]:
    """Lambda and threshold with the best F1 over a grouped cross-validation by publisher
    inside `docs` (dev-fit), and that F1."""
    best = (-1.0, LAMBDAS[0], 0.5)
    for lam in LAMBDAS:
        ws = out_of_fold(docs, lam, residual)
        for thr in THRESHOLDS:
            rule = added if residual else stacked
            score = f1(tally(docs, rule(lambda d, ws=ws: ws[d[0]], thr)))[2]
            if score > best[0]:
                best = (score, lam, thr)
    return best[1], best[2], best[0]


def row(name: str, t: dict[str, int]) -> str:
    p, r, f = f1(t)
    return (
        f"{name:<22} {t['accepted']:>8} {t['missed']:>6} {t['false']:>6} "
        f"{t['false_unlabelled']:>10} {p:>6.3f} {r:>6.3f} {f:>6.3f}"
    )


PROFILE = (
    "recurs",
    "alternates_here",
    "text_after",
    "blank_before",
    "name_like",
    "all_caps",
    "grammar_parses",
    *(f"sep_{s}" for s in lm.SEPS),
    "courtesy_first",
    "role_word",
    "qa_word",
    "caseless",
    "sentence_inside",
)


def profile(name: str, docs) -> None:
    """The share of rule-rejected label lines and other rule-rejected candidates with each of
    a few features: what a model that adds labels to the rules can learn from."""
    pos = [d[2][(d[4] == 0) & (d[3] == 1)] for d in docs]
    neg = np.vstack([d[2][(d[4] == 0) & (d[3] == 0)] for d in docs])
    X = np.vstack(pos)
    pubs = len({d[0] for d, x in zip(docs, pos, strict=True) if len(x)})
    print(f"{name}: {len(X)} label lines the rules reject ({pubs} publishers), {len(neg)} others")
    for f in PROFILE:
        k = lm.NAMES.index(f)
        print(f"  {f:<16} label lines {X[:, k].mean():.2f}   others {neg[:, k].mean():.2f}")


def segment_totals(dev, models: dict[str, tuple[np.ndarray, float]]) -> None:
    """segment_score's totals for the fixtures, dev-fit and dev-check, parsed by the rules
    alone and with each model's labels added (`label_candidates.revise` after `label_runs`)."""
    segment = importlib.import_module("nrc_search.ingest.segment")
    hand = segment.label_runs

    def learned(w: np.ndarray, at: float):
        model = ([float(x) for x in w], at)
        return lambda lines, known: lm.revise(hand(lines, known), lines, model)[0]

    cases = {
        "fixtures": (s.fixture_cases(s.FIXTURES), s.score_fixture),
        "dev-fit": ([c for c in dev if s.fold(c[0]) == "fit"], s.score_real),
        "dev-check": ([c for c in dev if s.fold(c[0]) == "check"], s.score_real),
    }
    sides = {"rules": hand, **{k: learned(w, at) for k, (w, at) in models.items()}}
    try:
        for name, (cs, scorer) in cases.items():
            tots = {}
            for side, runs in sides.items():
                segment.label_runs = runs
                tots[side] = s.total(s.run_set(cs, scorer)[0])
            print(f"== segment_score totals, {name}: the rules alone and with each model's labels")
            side = [
                (h, [t.cells()[k] if t else "n/a" for t in tots.values()])
                for k, h in enumerate(s.HEAD)
            ]
            print(s.render(side, list(tots), width=10))
    finally:
        segment.label_runs = hand


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--segment",
        action="store_true",
        help="also parse with each model's labels added at its threshold and print "
        "segment_score's totals, the rules alone and with each model",
    )
    ap.add_argument("--profile", action="store_true", help="the rule-rejected label lines' shape")
    ap.add_argument("--top", type=int, default=0, help="print the N weights that weigh most")
    args = ap.parse_args(argv)
    dev = s.realdocs_cases(s.REALDOCS) + s.corpus_cases(s.REALCORPUS, "dev")
    fit_docs = samples([c for c in dev if s.fold(c[0]) == "fit"])
    check_docs = samples([c for c in dev if s.fold(c[0]) == "check"])
    print(f"dev-fit: {len(fit_docs)} documents, {len(stack(fit_docs)[1])} candidate lines")
    models = {}
    for residual in (False, True):
        lam, thr, cv = choose(fit_docs, residual)
        w = fit(*stack(fit_docs, residual), lam)
        oof = out_of_fold(fit_docs, lam, residual)
        models[residual] = (lam, thr, cv, w, oof)
        kind = "rules + residual model" if residual else "stacked model"
        print(f"{kind}: lambda {lam}, threshold {thr}, grouped-CV F1 on dev-fit {cv:.3f}")
    head = f"{'':<22} {'accepted':>8} {'missed':>6} {'false':>6} {'false(unl)':>10} "
    print(head + f"{'P':>6} {'R':>6} {'F1':>6}")
    for part, docs in (("dev-fit, out of fold", fit_docs), ("dev-check", check_docs)):
        print(f"== {part} ({len(docs)} documents, totals)")
        print(row("rules", tally(docs, rules_only)))
        for residual, rule in ((False, stacked), (True, added)):
            lam, thr, _, w, oof = models[residual]
            w_of = (lambda d, oof=oof: oof[d[0]]) if part != "dev-check" else (lambda d, w=w: w)
            name = "rules + residual model" if residual else "stacked model"
            print(row(name, tally(docs, rule(w_of, thr))))
    if args.profile:
        profile("dev-fit", fit_docs)
        profile("dev-check", check_docs)
    if args.segment:
        pick = {"stacked": models[False], "residual": models[True]}
        segment_totals(dev, {k: (m[3], m[1]) for k, m in pick.items()})
    w = models[False][3]
    if args.top:
        order = np.argsort(-np.abs(w))[: args.top]
        print("== the stacked model's weights that weigh most")
        print("\n".join(f"  {lm.NAMES[k]:<20} {w[k]:+.3f}" for k in order))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
