"""The learned title chooser, as a user meets it: a page whose rules' title is a font-size
widget ("A-") gets its headline as the title from the model, `nrc segment --explain` names the
model's decision, the rules' title stays wherever the model is not clearly surer, and
`nrc --help` never loads it, a page with no headline gets no title rather than an interface
line, the model never "overrules" the rules with their own title, and the lines around a
headline (a menu over it, its date line under it, its lead repeating its words) read as such.
Plus the cross-validation tool's protocol (whole publishers per fold, a difference of zero
where nothing changed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from nrc_search.cli import main
from nrc_search.ingest import learned_titles, parse_text, read_stages

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


# A video site's account widget over a speech: no headline anywhere, and the widget's lines
# are what the model would score highest ("Create an account Check your inbox ...").
ACCOUNT_WIDGET_PAGE = """Create an account

Check your inbox and enter verification code

We have sent a verification code to your email address. Enter the code to verify your account. This code will expire in 30 minutes.

Reset password

Ladies and Gentlemen, good morning.

Let me start by welcoming the minister to this informal meeting of Defence Ministers. We met last in June in Brussels.
"""


def test_a_page_with_no_headline_gets_no_title_rather_than_its_account_widget() -> None:
    assert parse_text(ACCOUNT_WIDGET_PAGE, "page.txt").title is None


def test_interface_lines_are_never_the_models_title_but_a_headline_with_its_site_is() -> None:
    never = learned_titles._never_title
    assert never("Check your inbox and enter verification code")
    assert never("Compact version | |")  # a short head before a bar: a menu
    assert not never("Ministers agree on the river treaty | Harbour Post")
    assert not never("Ruritanian envoy says Minister Varga never summoned him")


def test_the_model_never_overrules_the_rules_with_their_own_title() -> None:
    """`nrc segment --explain` said "learned title chooser ... over the rules' 'Press
    conference by NATO Secretary General ...'" where the chosen line was that same title."""
    for path in sorted((ROOT / "seeds").glob("*.txt"))[:6]:
        st = read_stages(path.read_text(encoding="utf-8"), str(path))
        if st.retitled is not None:
            assert learned_titles._key(st.retitled.title) != learned_titles._key(st.retitled.was)


# A news page: a menu, the headline, its date lines, the story, whose lead repeats the
# headline's words.
MENU_PAGE = """Most Read
Most Commented
Read more like this
News
Envoy: Minister Varga said the ministry did not summon me
Published:  Apr 12, 2019 7:50 PM

Minister Anna Varga reportedly told the Ruritanian envoy that the ministry had never summoned him, the envoy said on Friday in Strelsau.

He said this during a meeting with Varga at the trade ministry, the envoy told a newspaper in Strelsau.
"""


def test_the_lines_around_a_headline_tell_it_from_a_menus_item() -> None:
    page = learned_titles._page(MENU_PAGE, None, set(), [], [])
    names = [learned_titles.NAMES[i] for i in learned_titles._AROUND]

    def around(k: int) -> dict[str, float]:
        return dict(zip(names, learned_titles._around(page.lines[k], k, k + 1, page), strict=True))

    headline, item = around(4), around(1)
    assert page.lines[4].startswith("Envoy:") and page.lines[1] == "Most Commented"
    assert headline["next_dated"] == 1.0 and item["next_dated"] == 0.0  # "Published: ..."
    assert headline["prev_short"] == 0.75  # three of the four lines over it: a menu
    assert headline["lead_overlap"] >= 0.6 > item["lead_overlap"]  # its words in the lead
