"""Learned title chooser, an experiment: does a logistic regression that ranks a page's
candidate lines against the gold titles pick the title better than the rules (`titles.title`
through the whole parse), on publishers it was not trained on? Prints the comparison; writes
nothing. The shipped chooser's fair test (grouped CV over every dev document, the margin
rule) is `tools/learn_cv.py`; this is the earlier dev-fit -> dev-check split.

    python tools/learn_titles.py

Candidates and features: `nrc_search.ingest.learned_titles.candidates` (the shipped
chooser's own), from the rules' parse. A candidate is right when
`segment_score.title_ok` holds (70 % of the gold title's words). Training: dev-fit documents (class-weighted,
L2, lambda by grouped CV as in `learn_roles.py`); the chooser takes the best-scored candidate.
Only the development gold is read (`segment_score.corpus_cases(..., "dev")`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import learn_roles  # noqa: E402
import segment_score  # noqa: E402
from segment_score import fold, title_ok  # noqa: E402

from nrc_search.errors import NrcError  # noqa: E402
from nrc_search.ingest import learned_titles, read_path, read_stages  # noqa: E402

MAX_LINES = learned_titles.MAX_LINES
NAMES = learned_titles.NAMES


@dataclass(frozen=True)
class Doc:
    publisher: str
    name: str
    texts: list[str]  # the candidates
    x: np.ndarray  # one row of NAMES per candidate
    y: np.ndarray  # 1 where the candidate is right (`right`: both ways)
    loose: np.ndarray  # 1 where segment_score.title_ok holds (the gold's words in it)
    rules_ok: bool  # the parse's own title is right
    rules_loose: bool  # ... by segment_score.title_ok


def doc_of(pub: str, path: Path, gold: dict) -> Doc | None:
    """The candidates of one document with their features and labels."""
    try:
        text, html = read_path(path)
    except NrcError:
        return None  # (a .docx or .pdf fixture: no text lines to rank)
    was, learned_titles.ENABLED = learned_titles.ENABLED, False
    try:
        st = read_stages(text, str(path), html=html)
    finally:
        learned_titles.ENABLED = was
    doc = st.doc
    cands = learned_titles.candidates(
        st.text, doc.title, st.cleaned.why, st.header.lines, [t.text for t in doc.turns]
    )
    if not cands:
        return None
    y = np.array([float(right(c, gold["title"])) for c, _ in cands])
    loose = np.array([float(title_ok(c, gold["title"])) for c, _ in cands])
    x = np.array([r for _, r in cands], dtype=float)
    return Doc(
        pub,
        path.name,
        [c for c, _ in cands],
        x,
        y,
        loose,
        right(doc.title, gold["title"]),
        title_ok(doc.title, gold["title"]),
    )


def right(got: str | None, want: str) -> bool:
    """`title_ok` both ways: the candidate holds 70 % of the gold title's words and the gold
    title 70 % of the candidate's (a heading joined to the line under it is not the title)."""
    return title_ok(got, want) and title_ok(want, got)


#: How the chooser may overrule the parse: "always" (the best candidate), "untitled" (only
#: where the parse found no title).
MODE = "always"


def chosen(d: Doc, w: np.ndarray, b: float) -> int:
    has_title = bool(d.x[0][NAMES.index("is_parse_title")])
    if MODE == "untitled" and has_title:
        return 0
    return int(np.argmax(d.x @ w + b))


def _bootstrap(chk_docs: list[Doc], w: np.ndarray, b: float, how: str) -> str:
    """The dev-check accuracy difference, learned - rules, with a 95 % bootstrap over publishers."""
    loose = how != "both ways"
    rules = np.array([d.rules_loose if loose else d.rules_ok for d in chk_docs], dtype=float)
    mine = np.array([float((d.loose if loose else d.y)[chosen(d, w, b)]) for d in chk_docs])
    pubs = sorted({d.publisher for d in chk_docs})
    idx = {p: [k for k, d in enumerate(chk_docs) if d.publisher == p] for p in pubs}
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(1000):
        take = [k for j in rng.integers(0, len(pubs), len(pubs)) for k in idx[pubs[j]]]
        diffs.append(mine[take].mean() - rules[take].mean())
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    verdict = "learned wins clearly" if lo > 0 else "no clear win"
    return (
        f"dev-check ({how}) learned - rules {np.mean(diffs):+.3f}, 95% bootstrap over "
        f"publishers [{lo:+.3f}, {hi:+.3f}]: {verdict}"
    )


def main(argv: list[str]) -> int:
    global MODE
    MODE = argv[0] if argv else "always"
    print(f"mode: {MODE}")
    cases = learn_roles.cases(segment_score.REALDOCS, segment_score.REALCORPUS)
    docs = [d for pub, path, gold in cases if gold.get("title") and (d := doc_of(pub, path, gold))]
    fit_docs = [d for d in docs if fold(d.publisher) == "fit"]
    chk_docs = [d for d in docs if fold(d.publisher) == "check"]
    x = np.vstack([d.x for d in fit_docs])
    y = np.concatenate([d.y for d in fit_docs])
    groups = learn_roles._groups([d.publisher for d in fit_docs for _ in d.texts])
    losses = {
        lam: learn_roles.weighted_loss(learn_roles.out_of_fold(x, y, groups, lam), y)
        for lam in learn_roles.LAMBDAS
    }
    lam = min(losses, key=losses.__getitem__)
    w, b = learn_roles.fit(x, y, lam)
    print(
        f"documents with a gold title: dev-fit {len(fit_docs)}, dev-check {len(chk_docs)}; lambda {lam:g}"
    )
    for name, part in (("dev-fit (in-sample)", fit_docs), ("dev-check", chk_docs)):
        for how in ("both ways", "segment_score"):
            rules = np.array([d.rules_ok if how == "both ways" else d.rules_loose for d in part])
            pick = [chosen(d, w, b) for d in part]
            ys = [d.y if how == "both ways" else d.loose for d in part]
            mine = np.array([bool(yy[k]) for yy, k in zip(ys, pick, strict=True)])
            reach = np.array([bool(yy.any()) for yy in ys])
            print(
                f"{name} ({how}): rules {rules.mean():.3f}, learned {mine.mean():.3f}, a right "
                f"candidate exists {reach.mean():.3f}; learned right where rules wrong "
                f"{int((mine & ~rules).sum())}, wrong where rules right {int((~mine & rules).sum())}"
            )
    for how in ("both ways", "segment_score"):
        print(_bootstrap(chk_docs, w, b, how))
    fixtures = segment_score.fixture_cases(segment_score.FIXTURES)
    fx = [d for pub, path, spec in fixtures if spec.get("title") and (d := doc_of(pub, path, spec))]
    changed = [d.name for d in fx if d.texts[chosen(d, w, b)] != d.texts[0] or not d.rules_loose]
    print(
        f"fixtures with a title: {len(fx)}; rules right {sum(d.rules_loose for d in fx)}, learned "
        f"right {sum(bool(d.loose[chosen(d, w, b)]) for d in fx)}; learned picks another "
        f"title on {len(changed)}: {', '.join(changed[:8])}"
    )
    top = sorted(zip(NAMES, w * x.std(0), strict=True), key=lambda t: -abs(t[1]))
    print("largest standardised weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top[:10]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
