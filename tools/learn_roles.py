"""Learned block roles, an experiment: does a logistic regression over the document model's
features beat the hand weights (`blocks.furniture`) at telling site furniture from content, on
publishers it was not trained on? Prints the comparison; writes nothing. About 2 s.

    python tools/learn_roles.py                    # dev-check per publisher, totals
    python tools/learn_roles.py --per-publisher    # dev-fit per publisher as well

Labels come from the gold of the real development set only (/work/shared/realdocs, and the
benchmarks/realcorpus documents whose gold says "split": "dev", filtered on the raw gold text by
segment_score.corpus_cases: no blind gold is parsed, no blind document opened). The blocks are
the ones the pipeline scores: `clean.clean` runs on the file's lines and the blocks are rebuilt
with the lines its earlier rules dropped skipped, as `clean._furniture` hands them to
`blocks.furniture`. A block is

- content: 90 % or more of its characters inside a gold turn (a turn reaches back over its
  speaker label, on the turn's first line or the short line above it), opening no
  `boilerplate_excluded` entry;
- title or dateline (kept): no character in a turn, and the gold title (or inside it), a short
  line with a date, or a short header block naming a gold turn's speaker or role ("Minister for
  Defence": the parse reads offices from it): never furniture, kept out of P/R/F1 and counted
  apart ("tdrop": dropping it costs the title, the date or a role);
- furniture: no character in a turn and neither of the above (site furniture, and the
  headings, bylines and procedural lines the gold lists as `boilerplate_excluded`);
- left out: straddling a turn's edge (10-90 % inside), or a boilerplate entry inside a turn.

Features (`tools/role_features.py`, plain Python): the hand scorer's own (`blocks.scores`: its
score and each feature it names), generic ones (length, case, digits, stopwords, a headline's
shape, a date, a title field, a closing comma, position), the neighbours' (scores, interface
words, dates, lengths, furniture around) and the page's title candidate. A guarded block (a
date, a title field, a salutation, the title candidate) is never called furniture. Models:
class-weighted, L2-regularised logistic regression (numpy, Newton's method), lambda by 5-fold
cross-validation grouped by publisher within dev-fit, threshold the best out-of-fold furniture
F1 on dev-fit that drops no more content blocks, and no more kept blocks, than the hand scorer
does there. "learned" trains with the kept blocks as negatives; "no-title" leaves them out of
training (what a furniture-vs-content labelling alone teaches). A clear win means, on
dev-check: a 95 % bootstrap interval (over publishers) of F1 learned - hand above zero, and no
more content or title/dateline blocks dropped than the hand scorer.

Last run (dev-fit-trained, dev-check scored): furniture F1 hand 0.479, learned 0.547 (+0.070,
bootstrap [-0.016, +0.165]), content dropped 6 -> 0, but title/dateline 10 -> 14: no clear win.
Of the 51 dev-check furniture blocks that end in a turn (the boilerplate turns) it finds 4;
put in the parse (alone, or with the hand verdicts) it lowered dev-check title 0.75 -> 0.73 and
role, so the parse keeps the hand weights.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import role_features  # noqa: E402
import segment_score  # noqa: E402
from segment_score import corpus_cases, fold, norm, realdocs_cases  # noqa: E402

from nrc_search.ingest import blocks as model  # noqa: E402
from nrc_search.ingest import dates, read_path, read_stages  # noqa: E402
from nrc_search.model import Document  # noqa: E402

LAMBDAS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0, 30.0, 100.0)
CV_FOLDS = 5
TITLE = "title or dateline"  # left out of training and of the furniture scores, counted apart


@dataclass(frozen=True)
class Example:
    publisher: str
    doc: str
    text: str
    label: str  # "furniture", "content" or TITLE
    hand: bool  # the hand scorer calls it furniture
    in_turn: bool  # its words are in a turn of today's parse (furniture: a boilerplate turn)
    row: tuple[float, ...]


# ---------------------------------------------------------------- features


NAMES = role_features.NAMES
features = role_features.features


# ---------------------------------------------------------------- the pipeline's blocks


def pipeline(text: str, source: str) -> tuple[list[str], list[model.Block], Document]:
    """(the lines `clean.clean` reads, the blocks it hands to `blocks.furniture` (the lines its
    earlier rules dropped skipped), the parsed document), read by watching the parse's one call
    to `blocks.text_blocks`."""
    seen: list[tuple[list[str], frozenset[int]]] = []
    real = model.text_blocks

    def spy(ls, skip=frozenset()):
        seen.append((ls, frozenset(skip)))
        return real(ls, skip)

    model.text_blocks = spy  # type: ignore[assignment]
    try:
        doc = read_stages(text, source).doc
    finally:
        model.text_blocks = real  # type: ignore[assignment]
    if len(seen) != 1:
        raise RuntimeError("the parse no longer builds its blocks with blocks.text_blocks once")
    lines, skip = seen[0]
    return lines, real(lines, skip), doc


def pipeline_blocks(lines: list[str]) -> list[model.Block]:
    """The blocks `clean.clean` scores for these lines."""
    return pipeline("\n".join(lines), "<lines>")[1]


# ---------------------------------------------------------------- labels from the gold


def cases(realdocs: Path, realcorpus: Path) -> list[tuple[str, Path, dict]]:
    """(publisher, document, gold) of the development set; blind gold is never parsed."""
    return realdocs_cases(realdocs) + corpus_cases(realcorpus, "dev")


def _turn_spans(text: str, gold: dict, boiler: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each gold turn in `text`, reaching back over its speaker label: the
    start of the line that holds the turn's start, and the line above it (blank lines between
    or not) when that line is short (12 words at most: "MICHAEL MORELL:", "Mr Bob Ainsworth",
    "Speaker 2 (01:42):") and is neither a listed boilerplate block nor the title or a date."""
    out = []
    for g in gold.get("turns", []):
        cs, ce = g.get("char_start"), g.get("char_end")
        if cs is None or ce is None:
            continue
        start = text.rfind("\n", 0, cs) + 1
        if text[start:cs].strip() == "":
            end = len(text[:start].rstrip())
            above = text.rfind("\n", 0, end) + 1
            line = text[above:end].strip()
            if (
                line
                and len(line.split()) <= 12
                and not _opens_boilerplate(line, boiler)
                and not _title_or_dateline(line, gold)
            ):
                start = above
        out.append((start, ce))
    return out


def _line_spans(lines: list[str], b: model.Block) -> list[tuple[int, int]]:
    """[start, end) in the file of the non-blank lines the block holds."""
    offs, pos = [], 0
    for line in lines:
        offs.append(pos)
        pos += len(line) + 1
    held = set(b.text.split("\n"))
    out = []
    for i in range(b.start, b.end):
        s = lines[i].strip()
        if s and s in held:
            lead = len(lines[i]) - len(lines[i].lstrip())
            out.append((offs[i] + lead, offs[i] + lead + len(s)))
    return out


def _inside(spans: list[tuple[int, int]], turns: list[tuple[int, int]]) -> float:
    """The share of the block's characters that lie inside a gold turn."""
    total = sum(e - s for s, e in spans) or 1
    hit = sum(max(0, min(e, te) - max(s, ts)) for s, e in spans for ts, te in turns)
    return min(hit / total, 1.0)


def _opens_boilerplate(text: str, boiler: list[str]) -> bool:
    t = norm(text)
    return any(t.startswith(b) or (len(t) >= 12 and b.startswith(t)) for b in boiler)


def _title_or_dateline(text: str, gold: dict) -> bool:
    t = norm(text)
    title = norm(gold.get("title"))
    if title and (t in title or title in t) and len(t) >= 8:
        return True
    return len(text.split()) <= 15 and bool(dates.full_date(text) or dates.partial_date(text))


def _names_speaker(text: str, gold: dict) -> bool:
    """A short header block naming a gold turn's speaker or role ("Minister for Defence",
    "Senator the Hon David Johnston"): the parse reads speakers' names and offices from it."""
    if len(text.split()) > 25:
        return False
    t = norm(text)
    said = {norm(g.get(k)) for g in gold.get("turns", []) for k in ("speaker", "role")}
    return any(len(s) >= 6 and s in t for s in said if s)


def label_blocks(
    path: Path, gold: dict
) -> tuple[list[model.Block], list[str | None], list[bool], Counter]:
    """The pipeline's blocks of one document, each one's label (None: left out) and whether
    its words end up in a turn of today's parse, with the count of the reasons blocks were
    left out."""
    text, html = read_path(path)
    if html:
        return [], [], [], Counter({"html document (offsets are the raw file's)": 1})
    lines, blocks, doc = pipeline(text, str(path))
    turned = [norm(t.text) for t in doc.turns]
    boiler = [norm(b) for b in gold.get("boilerplate_excluded", []) if norm(b)]
    turns = _turn_spans(text, gold, boiler)
    labels: list[str | None] = []
    out: Counter = Counter()
    for b in blocks:
        inside = _inside(_line_spans(lines, b), turns)
        opens = _opens_boilerplate(b.text, boiler)
        if inside >= 0.9 and not opens:
            labels.append("content")
        elif inside >= 0.9:
            labels.append(None)
            out["boilerplate entry inside a turn"] += 1
        elif inside > 0.1:
            labels.append(None)
            out["straddles a turn's edge"] += 1
        elif _title_or_dateline(b.text, gold) or _names_speaker(b.text, gold):
            labels.append(TITLE)
            out["title or dateline"] += 1
        else:
            labels.append("furniture")
    probes = [norm(b.text)[-60:] for b in blocks]  # (its end: a label is not in the turn)
    in_turn = [bool(p) and any(p in t for t in turned) for p in probes]
    return blocks, labels, in_turn, out


def examples(realdocs: Path, realcorpus: Path) -> tuple[list[Example], Counter]:
    out: list[Example] = []
    left: Counter = Counter()
    for pub, path, gold in cases(realdocs, realcorpus):
        blocks, labels, in_turn, why = label_blocks(path, gold)
        left += why
        if not blocks:
            continue
        hand = model.furniture(blocks)
        rows = features(blocks)
        for k, (b, lab) in enumerate(zip(blocks, labels, strict=True)):
            if lab is not None:
                ex = Example(pub, path.name, b.text, lab, k in hand, in_turn[k], tuple(rows[k]))
                out.append(ex)
    return out, left


# ---------------------------------------------------------------- logistic regression


def fit(x: np.ndarray, y: np.ndarray, lam: float) -> tuple[np.ndarray, float]:
    """L2-regularised, class-weighted logistic regression by Newton's method on standardised
    features; returns (weights, bias) in the raw features' scale."""
    mu, sd = x.mean(0), x.std(0)
    sd[sd == 0] = 1.0
    z = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / max(pos, 1e-9), 0.5 / max(1 - pos, 1e-9))
    reg = np.full(z.shape[1], lam)
    reg[-1] = 0.0  # (the bias is not shrunk)
    w = np.zeros(z.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -60, 60)))
        grad = z.T @ (sw * (p - y)) + reg * w
        hess = (z * (sw * p * (1 - p))[:, None]).T @ z + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = w[:-1] / sd
    return raw, float(w[-1] - raw @ mu)


def prob(x: np.ndarray, w: np.ndarray, b: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(x @ w + b, -60, 60)))


def _groups(pubs: list[str]) -> np.ndarray:
    return np.array([zlib.crc32(p.encode()) % CV_FOLDS for p in pubs])


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, lam: float) -> np.ndarray:
    """Each row's probability from a model fitted without its publisher's fold."""
    p = np.zeros(len(y))
    for g in range(CV_FOLDS):
        test = groups == g
        if test.any() and (~test).any():
            w, b = fit(x[~test], y[~test], lam)
            p[test] = prob(x[test], w, b)
    return p


def weighted_loss(p: np.ndarray, y: np.ndarray) -> float:
    """Class-weighted log loss (each class counts half)."""
    eps = 1e-9
    pos, neg = y == 1, y == 0
    return float(-0.5 * np.log(p[pos] + eps).mean() - 0.5 * np.log(1 - p[neg] + eps).mean())


def pick_threshold(p: np.ndarray, y: np.ndarray, budgets: tuple[int, int]) -> float:
    """The threshold with the best furniture F1 (against content) among those that drop no
    more content blocks, and no more title/dateline blocks, than `budgets` (the hand
    scorer's two counts)."""
    best, best_t = -1.0, 1.0
    scored = y >= 0
    for t in np.unique(np.round(p, 4)):
        pred = p >= t
        lost = (int((pred & (y == 0)).sum()), int((pred & (y < 0)).sum()))
        f1 = _prf(pred[scored], y[scored])[2]
        if lost[0] <= budgets[0] and lost[1] <= budgets[1] and f1 > best:
            best, best_t = f1, float(t)
    return best_t


# ---------------------------------------------------------------- comparing


def _prf(pred: np.ndarray, y: np.ndarray) -> tuple[float, float, float, int, int]:
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, fp, fn


@dataclass(frozen=True)
class Part:
    """The blocks of one side of the split as arrays: y is 1 furniture, 0 content, -1 title or
    dateline (kept out of P/R/F1, counted apart as "tdrop")."""

    ex: list[Example]
    x: np.ndarray
    y: np.ndarray
    hand: np.ndarray
    guard: np.ndarray  # role_features.guarded: a date in it or the title candidate, never furniture

    @classmethod
    def of(cls, ex: list[Example]) -> Part:
        code = {"furniture": 1, "content": 0, TITLE: -1}
        return cls(
            ex,
            np.array([e.row for e in ex], dtype=float).reshape(len(ex), len(NAMES)),
            np.array([code[e.label] for e in ex], dtype=float),
            np.array([e.hand for e in ex], dtype=bool),
            np.array([role_features.guarded(list(e.row)) for e in ex], dtype=bool),
        )

    def mask(self, pub: str) -> np.ndarray:
        return np.array([e.publisher == pub for e in self.ex], dtype=bool)


def _cells(pred: np.ndarray, y: np.ndarray) -> str:
    s = y >= 0
    p, r, f1, lost, _ = _prf(pred[s], y[s])
    return f"{p:.2f} {r:.2f} {f1:.3f} {lost:>4} {int((pred & (y < 0)).sum()):>5}"


def table(part: Part, models: dict[str, np.ndarray], total: str, per_publisher: bool) -> str:
    """Per publisher (optionally) and in total: furniture and content blocks, then each
    model's furniture P / R / F1, content blocks dropped, title/dateline blocks dropped."""
    head = f"{'':32} {'furn':>4} {'cont':>4}"
    head += "".join(f"  {name + ': P    R    F1  lost tdrop':<31}" for name in models)
    out = [head]
    pubs = sorted({e.publisher for e in part.ex}) if per_publisher else []
    for name, m in [*((p, part.mask(p)) for p in pubs), (total, np.ones(len(part.y), bool))]:
        y = part.y[m]
        row = f"{name[:32]:32} {int((y == 1).sum()):>4} {int((y == 0).sum()):>4}"
        row += "".join(f"  {_cells(pred[m], y):<31}" for pred in models.values())
        out.append(row)
    return "\n".join(out)


def _paired(part: Part, mine: np.ndarray) -> tuple[str, float]:
    """Per-publisher wins and a bootstrap over publishers of the F1 difference."""
    s = part.y >= 0
    y, hand, mine = part.y[s], part.hand[s], mine[s]
    of = np.array([e.publisher for e in part.ex])[s]
    pubs = sorted(set(of[y == 1]))
    better = worse = 0
    for pub in pubs:
        m = of == pub
        d = _prf(mine[m], y[m])[2] - _prf(hand[m], y[m])[2]
        better, worse = better + (d > 1e-9), worse + (d < -1e-9)
    rng = np.random.default_rng(0)
    names = sorted(set(of))
    idx = {pub: np.flatnonzero(of == pub) for pub in names}
    diffs = []
    for _ in range(1000):
        take = np.concatenate([idx[names[k]] for k in rng.integers(0, len(names), len(names))])
        diffs.append(_prf(mine[take], y[take])[2] - _prf(hand[take], y[take])[2])
    lo, hi = np.percentile(diffs, [2.5, 97.5])
    return (
        f"dev-check publishers with furniture: learned F1 higher on {better}, lower on {worse}, "
        f"same on {len(pubs) - better - worse}; F1 learned - hand {np.mean(diffs):+.3f}, 95% "
        f"bootstrap over publishers [{lo:+.3f}, {hi:+.3f}]",
        float(lo),
    )


def verdict(part: Part, mine: np.ndarray, lo: float) -> str:
    """Whether "learned" wins clearly on dev-check (the module docstring's rule)."""
    drops = {
        name: (int((pred & (part.y == 0)).sum()), int((pred & (part.y < 0)).sum()))
        for name, pred in (("hand", part.hand), ("learned", mine))
    }
    clear = lo > 0 and all(a <= b for a, b in zip(drops["learned"], drops["hand"], strict=True))
    return (
        f"verdict: {'learned wins clearly' if clear else 'no clear win'} (F1 interval low end "
        f"{lo:+.3f}; content / title-dateline blocks dropped: hand {drops['hand'][0]} / "
        f"{drops['hand'][1]}, learned {drops['learned'][0]} / {drops['learned'][1]})"
    )


def train(fit_part: Part, keep_titles: bool) -> tuple[np.ndarray, float, float, str]:
    """(weights, bias, threshold, what was chosen): lambda by grouped CV, then the threshold
    on the out-of-fold probabilities; title/dateline blocks are negatives when `keep_titles`,
    left out otherwise."""
    use = fit_part.y >= 0 if not keep_titles else np.ones(len(fit_part.y), bool)
    x, y = fit_part.x[use], (fit_part.y[use] == 1).astype(float)
    groups = _groups([e.publisher for e, u in zip(fit_part.ex, use, strict=True) if u])
    losses = {lam: weighted_loss(out_of_fold(x, y, groups, lam), y) for lam in LAMBDAS}
    lam = min(losses, key=losses.__getitem__)
    oof = np.where(fit_part.guard[use], 0.0, out_of_fold(x, y, groups, lam))
    yy = fit_part.y[use]
    hand = fit_part.hand[use]
    budgets = (
        int((hand & (yy == 0)).sum()),
        int((hand & (yy < 0)).sum()) if keep_titles else 10**6,
    )
    threshold = pick_threshold(oof, yy, budgets)
    w, b = fit(x, y, lam)
    s = yy >= 0
    pred = oof >= threshold
    p, r, f1, lost, _ = _prf(pred[s], yy[s])
    tdrop = int((pred & (yy < 0)).sum()) if keep_titles else "n/a"
    what = (
        "\n  grouped CV log loss by lambda: "
        + " ".join(f"{k:g}:{v:.3f}" for k, v in losses.items())
        + f" -> lambda {lam:g}\n  threshold {threshold:.4f}: the best out-of-fold F1 dropping"
        f" <= {budgets[0]} content and <= {budgets[1]} title/dateline blocks (the hand scorer's)\n  dev-fit out-of-fold"
        f": P {p:.2f} R {r:.2f} F1 {f1:.3f} lost {lost} tdrop {tdrop}"
    )
    return w, b, threshold, what


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-publisher", action="store_true", help="dev-fit publishers as well")
    ap.add_argument(
        "--show-fit-drops", action="store_true", help="dev-fit blocks to keep the model drops"
    )
    args = ap.parse_args(argv)
    every, left = examples(segment_score.REALDOCS, segment_score.REALCORPUS)
    fit_part = Part.of([e for e in every if fold(e.publisher) == "fit"])
    chk_part = Part.of([e for e in every if fold(e.publisher) == "check"])
    n = Counter(e.label for e in every)
    print(
        f"labelled blocks: {n['furniture']} furniture, {n['content']} content; left out of "
        f"training/scoring as furniture or content: {sum(left.values())}"
    )
    for why, k in left.most_common():
        print(f"  {why}: {k}")
    for name, part in (("dev-fit", fit_part), ("dev-check", chk_part)):
        print(
            f"{name}: {len({e.publisher for e in part.ex})} publishers, "
            f"{len({e.doc for e in part.ex})} documents, {int((part.y == 1).sum())} furniture / "
            f"{int((part.y == 0).sum())} content / {int((part.y < 0).sum())} title-dateline"
        )
    models = {}
    for name, keep_titles in (("learned", True), ("no-title", False)):
        w, b, t, what = train(fit_part, keep_titles)
        models[name] = (w, b, t)
        print(
            f"{name} ({'title/dateline as keep' if keep_titles else 'furniture vs content only'}"
            f"): {what}"
        )
    fit_pred = {
        "hand": fit_part.hand,
        **{k: (prob(fit_part.x, w, b) >= t) & ~fit_part.guard for k, (w, b, t) in models.items()},
    }
    chk_pred = {
        "hand": chk_part.hand,
        **{k: (prob(chk_part.x, w, b) >= t) & ~chk_part.guard for k, (w, b, t) in models.items()},
    }
    print("\n== dev-fit (in-sample for the learned models)")
    print(table(fit_part, fit_pred, "TOTAL dev-fit", args.per_publisher))
    print("\n== dev-check (publishers never trained on)")
    print(table(chk_part, chk_pred, "TOTAL dev-check", True))
    for name, part, pred in (("dev-fit", fit_part, fit_pred), ("dev-check", chk_part, chk_pred)):
        leak = np.array([e.in_turn for e in part.ex]) & (part.y == 1)
        print(
            f"{name}: furniture blocks in a turn of today's parse: {int(leak.sum())}; called "
            + ", ".join(f"{k} {int((p & leak).sum())}" for k, p in pred.items())
        )
    if args.show_fit_drops:
        for e, p in zip(fit_part.ex, fit_pred["learned"], strict=True):
            if p and e.label != "furniture":
                print(f"  dev-fit {e.label} dropped: {e.doc[:40]} {e.text[:90]!r}")
    paired, lo = _paired(chk_part, chk_pred["learned"])
    print(paired)
    print(verdict(chk_part, chk_pred["learned"], lo))
    w = models["learned"][0]
    top = sorted(zip(NAMES, w * fit_part.x.std(0), strict=True), key=lambda t: -abs(t[1]))
    print("largest standardised weights: " + ", ".join(f"{k} {v:+.2f}" for k, v in top[:10]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
