"""tools/learn_roles.py's threshold keeps content and title/dateline drops each under its own
budget, and tools/role_features.py never lets the model drop the page's date line, title field,
a salutation or its title candidate."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import learn_roles  # noqa: E402
import role_features  # noqa: E402

from nrc_search.ingest import blocks as model  # noqa: E402


def test_the_threshold_keeps_title_drops_under_their_own_budget() -> None:
    # furniture (1) scores high, content (0) low, one title block (-1) scores as high as furniture
    p = np.array([0.99, 0.97, 0.95, 0.10, 0.20, 0.98])
    y = np.array([1, 1, 1, 0, 0, -1])
    loose = learn_roles.pick_threshold(p, y, budgets=(0, 1))
    strict = learn_roles.pick_threshold(p, y, budgets=(0, 0))
    assert loose <= 0.95  # every furniture block, the title block with them
    assert strict > 0.98  # no title block dropped: only what scores above it
    assert not ((p >= strict) & (y < 0)).any()


PAGE = [
    "Sign in | Create an account",
    "",
    "Ministers agree new framework on maritime security",
    "",
    "10 March 2021",
    "",
    "Excellencies,",
    "",
    "We have agreed on the text of the treaty today, and it will be signed next week by both.",
]


def test_the_date_line_salutation_and_title_candidate_are_guarded() -> None:
    blocks = model.text_blocks(PAGE)
    rows = role_features.features(blocks)
    assert len(rows[0]) == len(role_features.NAMES)
    guarded = {b.text: role_features.guarded(r) for b, r in zip(blocks, rows, strict=True)}
    assert guarded == {
        "Sign in | Create an account": False,
        "Ministers agree new framework on maritime security": True,
        "10 March 2021": True,
        "Excellencies,": True,
        "We have agreed on the text of the treaty today, and it will be signed next week by both.": False,
    }


def test_the_title_chooser_counts_a_candidate_right_only_both_ways() -> None:
    import learn_titles

    gold = "Ministers agree new framework on maritime security"
    assert learn_titles.right("Ministers agree new framework on maritime security", gold)
    padded = f"{gold} BRUSSELS, 3 May 2024 - Foreign ministers of the alliance agreed on Monday"
    assert not learn_titles.right(padded, gold)  # segment_score.title_ok alone would pass it
    assert learn_titles.title_ok(padded, gold)
    assert not learn_titles.right("Sign in", gold)
