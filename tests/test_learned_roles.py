"""tools/learn_roles.py, the learned-vs-hand furniture experiment: its labelling reads the dev
gold and documents only (a blind document is never opened, its gold never parsed), labels
blocks the way its docstring says (and sees which end up in a turn of today's parse), and its
logistic regression and threshold do what they claim."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import learn_roles  # noqa: E402

DEV_TEXT = """Subscribe to our newsletter
Sign in | Create an account

Press conference on the new treaty

10 March 2021

MODERATOR: Good morning, everyone, and welcome to the briefing on the treaty.

MINISTER SMITH: Thank you. We have agreed on the text of the treaty today, and it
will be signed next week in the capital by both governments.
"""


def _turn(text: str, first: str, last: str) -> dict:
    start = text.index(first)
    return {
        "speaker": "x",
        "starts_with": first,
        "ends_with": last,
        "char_start": start,
        "char_end": text.index(last) + len(last),
    }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "realcorpus"
    (root / "gold").mkdir(parents=True)
    (root / "docs").mkdir()
    (root / "docs" / "d1.txt").write_text(DEV_TEXT, encoding="utf-8")
    dev = {
        "file": "d1.txt",
        "publisher": "Some Ministry",
        "split": "dev",
        "title": "Press conference on the new treaty",
        "turns": [
            _turn(DEV_TEXT, "Good morning, everyone", "the treaty."),
            _turn(DEV_TEXT, "Thank you. We have", "both governments."),
        ],
        "boilerplate_excluded": ["Subscribe to our newsletter", "Press conference on the new"],
    }
    (root / "gold" / "d1.json").write_text(json.dumps(dev), encoding="utf-8")
    (root / "docs" / "b1.txt").write_text(DEV_TEXT, encoding="utf-8")
    blind = {**dev, "file": "b1.txt", "split": "blind", "publisher": "Secret Office"}
    (root / "gold" / "b1.json").write_text(json.dumps(blind), encoding="utf-8")
    return root


def test_labelling_never_reads_a_blind_document(corpus: Path, tmp_path, monkeypatch) -> None:
    read, parsed = [], []
    real_read, real_loads = learn_roles.read_path, json.loads

    def spy_read(path):
        read.append(Path(path).name)
        return real_read(path)

    def spy_loads(text, *a, **k):
        out = real_loads(text, *a, **k)
        parsed.append(out.get("file") if isinstance(out, dict) else None)
        return out

    monkeypatch.setattr(learn_roles, "read_path", spy_read)
    monkeypatch.setattr(learn_roles.segment_score.json, "loads", spy_loads)
    exs, _ = learn_roles.examples(tmp_path / "no-realdocs", corpus)
    assert read == ["d1.txt"]
    assert "b1.txt" not in parsed
    assert {e.doc for e in exs} == {"d1.txt"}
    assert {e.publisher for e in exs} == {"Some Ministry"}


def test_blocks_get_the_labels_the_gold_implies(corpus: Path) -> None:
    blocks, labels, in_turn, left = learn_roles.label_blocks(
        corpus / "docs" / "d1.txt", json.loads((corpus / "gold" / "d1.json").read_text())
    )
    got = {b.text.split("\n")[0]: lab for b, lab in zip(blocks, labels, strict=True)}
    assert got["Subscribe to our newsletter"] == "furniture"
    assert got["Press conference on the new treaty"] == learn_roles.TITLE
    assert got["10 March 2021"] == learn_roles.TITLE
    assert got[DEV_TEXT.split("\n")[7]] == "content"  # "MODERATOR: Good morning ..."
    assert got[DEV_TEXT.split("\n")[9]] == "content"  # the label's line counts with its turn
    assert left["title or dateline"] == 2
    turned = {b.text.split("\n")[0]: t for b, t in zip(blocks, in_turn, strict=True)}
    assert turned[DEV_TEXT.split("\n")[9]] and not turned["Subscribe to our newsletter"]


def test_pipeline_blocks_are_what_clean_scores() -> None:
    """The blocks rebuilt for the experiment are the blocks `clean` hands to the scorer: the
    lines its earlier rules drop (a "Share this" chrome line) are not in them."""
    lines = ["Share this", "", "We met today and agreed on the text.", ""]
    blocks = learn_roles.pipeline_blocks(lines)
    assert [b.text for b in blocks] == ["We met today and agreed on the text."]


def test_logistic_regression_separates_and_the_threshold_keeps_its_budget() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(400, 3))
    y = (x[:, 0] - 0.5 * x[:, 2] > 0).astype(float)
    w, b = learn_roles.fit(x, y, lam=0.1)
    assert w[0] > 0 > w[2] and abs(w[1]) < 0.5 * w[0]
    p = learn_roles.prob(x, w, b)
    assert ((p >= 0.5) == (y == 1)).mean() > 0.95
    t = learn_roles.pick_threshold(p, y, budgets=(0, 0))
    assert not ((p >= t) & (y == 0)).any()
    assert ((p >= t) & (y == 1)).sum() > 0
