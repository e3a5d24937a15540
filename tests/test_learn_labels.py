"""tools/learn_labels.py and tools/label_candidates.py: the candidate label lines a learned
model scores, their document features, the logistic fit and the end-to-end revision of the
segmenter's label runs, on made-up house styles."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import label_candidates as lc
import learn_labels as ll
from label_confusion import label_lines

from nrc_search.ingest.units import label_runs


def _cand(line: str) -> tuple[str, str, str] | None:
    c = lc.candidate(line)
    return None if c is None else (c.label, c.sep, line[c.rest :].strip())


def test_candidates_end_at_the_first_separator_of_any_house_style():
    assert _cand("HOST.- Good evening, minister.") == ("HOST", "dash", "Good evening, minister.")
    assert _cand("ANNA BERG - Good evening.") == ("ANNA BERG", "dash", "Good evening.")
    assert _cand("ANNA Good evening to you.") == ("ANNA", "caps", "Good evening to you.")
    assert _cand("Chair: Welcome, everyone.") == ("Chair", "colon", "Welcome, everyone.")
    assert _cand("Mr. Roe: Thank you.") == ("Mr. Roe", "colon", "Thank you.")
    assert _cand("Presiding officer. We begin.") == ("Presiding officer", "dot", "We begin.")
    assert _cand("[Q] What now?") == ("[Q]", "tag", "What now?")
    assert _cand("Jane Roe") == ("Jane Roe", "alone", "")


def test_a_long_sentence_is_no_candidate():
    line = "The minister said that the harbour talks would go on for another week at least"
    assert lc.candidate(line) is None
    assert lc.candidate("") is None


# (the speech after each name opens in lower case: a name in capitals before speech that
# opens with a capital, printed again, is a label the rules read, `units._caps_openers`)
_TALK = [
    "Harbour talks",
    "",
    "ANNA good evening, minister. Thank you for joining us tonight.",
    "",
    "BORIS thank you. It is a pleasure to be here at last.",
    "",
    "ANNA what did the talks achieve?",
    "",
    "BORIS a great deal, and more than we hoped.",
]


def test_recurring_alternating_labels_are_marked_as_such():
    rows = {i: (c, dict(zip(lc.NAMES, row, strict=True))) for i, c, _, row in lc.rows(_TALK)}
    assert rows[2][0].label == "ANNA" and rows[4][0].label == "BORIS"
    assert rows[2][1]["recurs"] == 1.0 and rows[2][1]["sep_caps"] == 1.0
    assert rows[4][1]["alternates_here"] == 1.0 and rows[6][1]["alternates_here"] == 1.0
    assert rows[0][1]["recurs"] == 0.0  # the heading is said once


def test_revise_opens_a_turn_where_the_model_scores_a_line_high():
    weights = [0.0] * len(lc.NAMES)
    weights[lc.NAMES.index("bias")] = -5.0
    weights[lc.NAMES.index("recurs_x_caps")] = 10.0  # a made-up model: recurring capitals
    units = label_runs(_TALK, set())
    assert [u[0] for u in units] == [None]  # the rules read no label here
    revised, why = lc.revise(units, _TALK, (weights, 0.5))
    got = [(u[0].label if u[0] else None, u[2]) for u in revised]
    assert got == [
        (None, ""),
        ("ANNA", "good evening, minister. Thank you for joining us tonight."),
        ("BORIS", "thank you. It is a pleasure to be here at last."),
        ("ANNA", "what did the talks achieve?"),
        ("BORIS", "a great deal, and more than we hoped."),
    ]
    assert revised[0][1] == ["Harbour talks", ""]
    assert [d.label for d in why] == ["ANNA", "BORIS", "ANNA", "BORIS"]
    assert why[0].top[0][0] == "recurs_x_caps" and "p 0.99" in why[0].why()
    assert lc.revise(units, _TALK, (weights, 1.0)) == (units, ())  # nothing that high


def test_a_hard_wrapped_story_repeated_opens_no_turn():
    """A line a sentence runs on into is no candidate, and counts saturate: a wire story whose
    lines recur a thousand times (a benchmark's text) is not a transcript to the features."""
    story = [
        "The president will arrive in the afternoon. Alongside",
        "the talks he is scheduled to have two meetings,",
        'the ministry said. "It is assumed that the talks will go',
        'on," the aide said.',
    ] * 1000
    rows = lc.rows(story)
    assert {c.label for _, c, _, _ in rows} == {"The president will arrive in the afternoon"}
    assert max(dict(zip(lc.NAMES, r[3], strict=True))["log_recur"] for r in rows) < 2.5


def test_gold_label_lines_are_the_line_above_a_label_alone():
    raw = "Title\n\nJANE ROE\nGood evening.\n\nJOHN DOE: Thank you.\n"
    lines = ll._lines(raw)
    turns = [
        {"label": "JANE ROE", "char_start": raw.index("Good")},
        {"label": "JOHN DOE:", "char_start": raw.index("Thank")},
        {"char_start": raw.index("Title")},  # no label printed: no label line
    ]
    assert label_lines(raw, lines, turns) == {2: "Good evening.", 5: "Thank you."}


def test_the_logistic_fit_separates_what_is_separable():
    rng = np.random.default_rng(0)
    x = rng.normal(size=200)
    X = np.column_stack([np.ones(200), x])
    y = (x > 0.2).astype(float)
    w = ll.fit(X, y, 0.001)
    assert w[1] > 0
    assert ((ll.prob(w, X) >= 0.5) == (y == 1)).mean() > 0.95
