"""The learned title chooser, as a user meets it: a page whose rules' title is a font-size
widget ("A-") gets its headline as the title from the model, `nrc segment --explain` names the
model's decision, the rules' title stays wherever the model is not clearly surer, and
`nrc --help` never loads it. Plus the cross-validation tool's protocol (whole publishers per
fold, a difference of zero where nothing changed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import learned_titles, parse_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

# A ministry's news page as a text dump: the font-size and language widgets run into the
# headline with no blank line between, so the rules take the first line, "A-", as the title.
WIDGET_PAGE = """• A-
    A+
  • English
Foreign Minister Anna Varga meets her Ruritanian counterpart in Strelsau
12 April 2019


The Foreign Minister of Freedonia Anna Varga met the Foreign Minister of Ruritania in Strelsau on Friday to discuss the river treaty and the next round of talks.

"We have agreed on the quotas, and the treaty will be signed in June", said Varga after the meeting.
"""
HEADLINE = "Foreign Minister Anna Varga meets her Ruritanian counterpart in Strelsau"


def _segment(tmp_path: Path, *extra: str) -> dict:
    path = tmp_path / "page.txt"
    path.write_text(WIDGET_PAGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["segment", str(path), "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_model_puts_the_headline_over_a_font_size_widget(tmp_path: Path) -> None:
    assert _segment(tmp_path)["title"] == HEADLINE


def test_without_the_model_the_rules_take_the_widget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(So the headline above is the model's doing.)"""
    monkeypatch.setattr(learned_titles, "ENABLED", False)
    assert _segment(tmp_path)["title"] == "A-"


def test_explain_names_the_models_decision(tmp_path: Path) -> None:
    blocks = _segment(tmp_path, "--explain")["blocks"]
    why = [b["why"] for b in blocks if HEADLINE in b["text"]]
    assert len(why) == 1
    assert "learned title chooser" in why[0] and "over the rules' 'A-'" in why[0]
    assert not any("learned" in b["why"] for b in blocks if HEADLINE not in b["text"])


def test_a_title_the_rules_get_right_stays() -> None:
    text = (
        "Minister Varga opens the river conference\n\n"
        "12 April 2019\n\n"
        "VARGA: Good morning. The conference opens today with delegations from nine countries.\n\n"
        "QUESTION: When will the treaty be signed?\n\n"
        "VARGA: In June, if the parliaments agree.\n"
    )
    assert parse_text(text, "page.txt").title == "Minister Varga opens the river conference"


def test_the_weights_are_a_small_json_of_this_modules_features() -> None:
    data = json.loads(learned_titles.WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(data["names"]) == learned_titles.NAMES
    assert len(data["weights"]) == len(learned_titles.NAMES)
    assert learned_titles.WEIGHTS.stat().st_size < 4000


def test_pick_keeps_the_rules_title_unless_another_beats_it_by_the_margin() -> None:
    pick = learned_titles.pick
    assert pick([1.0, 2.5, 0.0], has_title=True, margin=2.0) is None  # 1.5 short of the margin
    assert pick([1.0, 3.5, 0.0], has_title=True, margin=2.0) == 1
    assert pick([3.0, 2.0], has_title=True, margin=0.0) is None  # the rules' title is best
    assert pick([1.0, 2.5], has_title=False, margin=2.0) == 1  # none: beat a score of 0
    assert pick([1.0, 1.5], has_title=False, margin=2.0) is None
    assert pick([], has_title=False, margin=0.0) is None


def test_help_does_not_load_the_model() -> None:
    code = (
        "import sys\nfrom nrc_search.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('nrc_search.ingest.learned_titles' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith("False"), out.stdout


def test_cv_folds_hold_whole_publishers_and_are_fixed() -> None:
    import learn_cv

    pubs = [f"pub{k}" for k in range(23)] * 2
    fold = learn_cv.folds(pubs)
    assert fold == learn_cv.folds(list(reversed(pubs)))  # the seed, not the order, decides
    assert set(fold.values()) == set(range(learn_cv.FOLDS))
    assert sorted(fold) == sorted(set(pubs))  # one fold per publisher


def test_cv_compare_gives_zero_where_nothing_changed() -> None:
    import learn_cv
    from segment_score import Tally

    recs = [
        learn_cv.DocRec(f"p{k % 4}", f"d{k}", Tally(docs=1, gold=3, matched=2, predicted=3))
        for k in range(8)
    ]
    rows = learn_cv.compare(recs, [r.base for r in recs])
    assert [r[0] for r in rows] == list(learn_cv.MEASURES)
    f1 = rows[0]
    assert f1[1] == f1[2] == pytest.approx(2 / 3) and f1[3:] == (0.0, 0.0, 0.0)
